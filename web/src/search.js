// Checks the search box before the form is sent: a query over the length
// limit stays in the box, with a message in the page's language, instead of
// becoming a URL the server would refuse (a long paste of Japanese text can
// exceed the HTTP server's request-head limit, which answers 431). Without
// this script the server still answers an over-long query with the same
// message on the search page, as long as the request reaches it.
// With this script running, the box takes any length and the check below
// says what is wrong; the maxlength is only for browsers without script.
document.querySelectorAll("form[data-max] input[name=q]").forEach(function (q) {
  q.removeAttribute("maxlength");
});
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  var q = form.querySelector("input[name=q]");
  var max = Number(form.getAttribute("data-max"));
  var out = document.getElementById("qerr");
  if (!q || !max || !out) return;
  var n = Array.from(q.value).length;
  if (n > max) {
    ev.preventDefault();
    out.textContent = form.getAttribute("data-too-long").replace("{n}", n).replace("{max}", max);
    q.setAttribute("aria-invalid", "true");
    q.focus();
  } else {
    q.removeAttribute("aria-invalid");
    out.textContent = "";
  }
});

// The copy button beside a citation: shown only when this script runs (the
// citation stays selectable text without it). It copies the text, or where
// the clipboard is not allowed (a page not served over https), selects it.
document.querySelectorAll("button[data-copy]").forEach(function (b) {
  var target = document.getElementById(b.getAttribute("data-copy"));
  if (!target) return;
  b.hidden = false;
  b.addEventListener("click", function () {
    var text = target.textContent.trim();
    var select = function () {
      var range = document.createRange();
      range.selectNodeContents(target);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        b.textContent = b.getAttribute("data-done");
      }, select);
    } else {
      select();
    }
  });
});

// The print button of an entity page (the vetting record); without this
// script the browser's own print command prints the same record.
document.querySelectorAll("button[data-print]").forEach(function (b) {
  b.hidden = false;
  b.addEventListener("click", function () { window.print(); });
});
