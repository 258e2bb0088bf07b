// Checks the search box before the form is sent: a query over the length
// limit stays in the box, with a message in the page's language, instead of
// becoming a URL the server would refuse (a long paste of Japanese text can
// exceed the HTTP server's request-head limit, which answers 431). Without
// this script the server still answers an over-long query with the same
// message on the search page, as long as the request reaches it.
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
