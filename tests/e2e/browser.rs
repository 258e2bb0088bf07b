//! The site in a real browser (headless Chromium through chromedriver, see
//! `webdriver.rs`): the three journeys tadoru is for, typed and clicked as a
//! person would at phone width — a patient searching a renamed clinic's old
//! name, a journalist following an entity through its rename to its feed and
//! an archived original, a clinic vetting a list and printing the record —
//! and every page type in Japanese and English checked for sideways
//! scrolling at 320, 390 and 440 px (and 1280) and by axe-core (vendored in
//! `vendor/axe-core`, MPL-2.0) with every rule it runs by default plus
//! WCAG 2.2 target size: no violation of any impact is allowed.

use std::sync::Mutex;

use serde_json::json;

use crate::webdriver::Browser;
use crate::*;

/// axe-core 4.14.1 as published on the npm registry (`npm pack axe-core`).
const AXE: &str = include_str!("vendor/axe-core/axe.min.js");

/// One browser at a time: the machines have two cores.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn browser() -> (std::sync::MutexGuard<'static, ()>, Browser) {
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    (guard, Browser::start())
}

const PHONE: (u32, u32) = (390, 844);

/// Whether the page scrolls sideways at this width, with the elements that
/// stick out.
fn overflow(b: &Browser, width: u32) -> Option<String> {
    b.viewport(width, 900);
    let v = b.js(
        r#"const vw = document.documentElement.clientWidth;
           const out = [];
           for (const el of document.querySelectorAll("body *")) {
             const r = el.getBoundingClientRect();
             if (r.right > vw + 1 && r.width > 0) out.push(Math.round(r.right) + " " + el.tagName.toLowerCase() + (el.className ? "." + el.className : ""));
           }
           return {sw: document.documentElement.scrollWidth, vw, over: out.slice(0, 5)};"#,
        json!([]),
    );
    let (sw, vw) = (v["sw"].as_i64().unwrap_or(0), v["vw"].as_i64().unwrap_or(0));
    assert_eq!(
        vw,
        i64::from(width),
        "the page was not laid out {width} px wide"
    );
    (sw > vw).then(|| format!("{sw} px wide in a {vw} px viewport: {}", v["over"]))
}

/// axe-core's violations on the page as it is laid out now.
fn axe(b: &Browser) -> Vec<String> {
    if b.js("return typeof window.axe", json!([])) != json!("object") {
        b.js(&format!("{AXE}\nreturn typeof window.axe;"), json!([]));
    }
    let v = b.js_async(
        r#"const done = arguments[arguments.length - 1];
           axe.run(document, {iframes: false, resultTypes: ["violations"], rules: {"target-size": {enabled: true}}})
             .then(r => done(r.violations.map(v => v.impact + " " + v.id + ": " + v.help + " — " +
                 v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "))))
             .catch(e => done(["axe failed: " + e]));"#,
        json!([]),
    );
    v.as_array()
        .unwrap_or_else(|| panic!("axe answered {v}"))
        .iter()
        .map(|x| x.as_str().unwrap_or("").to_string())
        .collect()
}

/// Every width and both axe runs for the page the browser is on.
fn check_page(b: &Browser, label: &str, failures: &mut Vec<String>) {
    for width in [320, 390, 440, 1280] {
        if let Some(o) = overflow(b, width) {
            failures.push(format!("{label} at {width} px: {o}"));
        }
    }
    for (w, h) in [PHONE, (1280, 900)] {
        b.viewport(w, h);
        for v in axe(b) {
            failures.push(format!("{label} at {w} px: axe {v}"));
        }
    }
}

fn url(path: &str) -> String {
    format!("{}{path}", site().base)
}

/// One of each page type, ids from the crawled data.
fn page_paths() -> Vec<(String, String)> {
    let clinic = lookup_one("ティーエスクリニック");
    let cpf = lookup_one("コージンバイオ社 埼玉細胞加工センター");
    let n = notice_on("2025-08-29", "emergency_order");
    let sha = n["documents"][0]["sha256"].as_str().unwrap().to_string();
    let nid = n["id"].as_str().unwrap().to_string();
    let pdf = n["attachments"][0]["sha256"].as_str().unwrap().to_string();
    vec![
        ("home".into(), "/".into()),
        (
            "search".into(),
            format!("/search?q={}", enc("ティーエスクリニック")),
        ),
        (
            "search, nothing found".into(),
            format!("/search?q={}", enc("どこにもない名称")),
        ),
        (
            "search refused".into(),
            format!("/search?q={}", "x".repeat(300)),
        ),
        (
            "clinic".into(),
            format!("/entities/{}", clinic["id"].as_str().unwrap()),
        ),
        (
            "facility".into(),
            format!("/entities/{}", cpf["id"].as_str().unwrap()),
        ),
        ("notice".into(), format!("/notices/{nid}")),
        (
            "archived document".into(),
            format!("/documents/{sha}?notice={nid}"),
        ),
        (
            "archived attachment".into(),
            format!("/documents/{pdf}?notice={nid}"),
        ),
        ("api".into(), "/api".into()),
        ("vet form".into(), "/vet".into()),
        ("not found".into(), "/no/such/page".into()),
    ]
}

#[test]
fn every_page_type_fits_a_phone_and_passes_axe_in_both_languages() {
    let paths = page_paths();
    let (_g, b) = browser();
    // The probes see what they look for: a page too wide, an image with no text.
    b.goto(r#"data:text/html,<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>t</title><main><div style="width:600px">wide</div><img src="x.png"></main>"#);
    assert!(
        overflow(&b, 390).is_some(),
        "the width probe missed a 600 px element"
    );
    assert!(
        axe(&b).iter().any(|v| v.contains("image-alt")),
        "axe missed an image without alt text"
    );
    let mut failures = Vec::new();
    for (label, path) in &paths {
        for lang in ["ja", "en"] {
            let sep = if path.contains('?') { '&' } else { '?' };
            b.viewport(PHONE.0, PHONE.1);
            b.goto(&url(&format!("{path}{sep}lang={lang}")));
            let html_lang = b.js("return document.documentElement.lang", json!([]));
            assert_eq!(html_lang, json!(lang), "{label}");
            check_page(&b, &format!("{label} ({lang})"), &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn patient_finds_a_renamed_clinic_by_its_old_name_and_sees_its_status_first() {
    let (_g, b) = browser();
    b.viewport(PHONE.0, PHONE.1);
    b.goto(&url("/?lang=ja"));
    let q = b.find("header form[role=search] input[type=search]");
    b.type_into(&q, "ティーエスクリニック");
    b.click(&b.find("header form[role=search] button[type=submit]"));
    assert!(b.current_url().contains("/search?"), "{}", b.current_url());
    // The first hit is the clinic under its name of today, with its status.
    let hit = b.find("ol.hits > li");
    let text = b.text(&hit);
    assert!(text.contains("東京サイエンスクリニック"), "{text}");
    assert!(text.contains("廃止・閉鎖"), "{text}");
    assert!(text.contains("緊急命令"), "{text}");
    let (_, top, _, _) = b.rect(&hit);
    assert!(
        top < PHONE.1 as f64,
        "the first hit starts below the first screen: {top}"
    );
    b.click(&b.find("ol.hits > li a[href^='/entities/']"));
    assert!(b.current_url().contains("/entities/e-"));
    // The status block is on the first screen: the order, closure, the old name.
    let glance = b.find("section.glance");
    assert!(b.displayed(&glance));
    let (_, top, _, _) = b.rect(&glance);
    assert!(top < PHONE.1 as f64 / 2.0, "status block at {top} px");
    let text = b.text(&glance);
    for want in ["緊急命令", "廃止", "ティーエスクリニック"] {
        assert!(
            text.contains(want),
            "{want} not in the status block: {text}"
        );
    }
}

#[test]
fn journalist_follows_an_entity_through_its_rename_to_its_feed_and_archived_copy() {
    let (_g, b) = browser();
    b.viewport(PHONE.0, PHONE.1);
    b.goto(&url(&format!(
        "/search?q={}&lang=en",
        enc("ティーエスクリニック")
    )));
    b.click(&b.find("ol.hits > li a[href^='/entities/']"));
    let entity_url = b.current_url();
    // Both names, each with its dates.
    let body = b.text(&b.find("main"));
    assert!(body.contains("東京サイエンスクリニック") && body.contains("ティーエスクリニック"));
    // The entity's feed, advertised and linked: valid Atom with the orders
    // against every name.
    let feed_href = b
        .attr(&b.find("section.follow a[href*='.atom']"), "href")
        .unwrap();
    assert!(feed_href.contains("/entities/e-"), "{feed_href}");
    // Chromium shows a feed as its text: read it back as XML, as a reader would.
    b.goto(&url(&feed_href));
    let feed = b.js(
        "const text = document.body.innerText;
         const xml = new DOMParser().parseFromString(text, 'application/xml');
         return {root: xml.documentElement.nodeName, ns: xml.documentElement.namespaceURI,
                 entries: xml.getElementsByTagName('entry').length,
                 errors: xml.getElementsByTagName('parsererror').length, text};",
        json!([]),
    );
    assert_eq!(feed["root"], "feed", "{feed:.300}");
    assert_eq!(feed["ns"], "http://www.w3.org/2005/Atom");
    assert_eq!(feed["errors"], 0);
    assert!(feed["entries"].as_u64().unwrap() >= 2, "{feed:.300}");
    let xml = feed["text"].as_str().unwrap();
    // The order made under the old name's record is followed to today's name.
    assert!(
        xml.contains("Emergency order") && xml.contains("2025-08-29"),
        "{xml:.500}"
    );
    assert!(
        xml.contains("ティーエスクリニック"),
        "the feed names the old name"
    );
    b.goto(&entity_url);
    // A notice, its citation (whole hash), then the archived original.
    b.click(&b.find("table.reflow a[href^='/notices/']"));
    let notice_url = b.current_url();
    let cite = b.text(&b.find("#cite-text"));
    assert!(
        cite.split(|c: char| !c.is_ascii_hexdigit())
            .any(|w| w.len() == 64),
        "no whole sha256 in the citation: {cite}"
    );
    let link = b.find("a[href^='/documents/'][href*='notice=']");
    let sha = b.attr(&link, "href").unwrap()["/documents/".len()..][..64].to_string();
    assert!(
        cite.contains(&sha),
        "the citation names the archived copy: {cite}"
    );
    b.click(&link);
    assert!(b.current_url().contains(&format!("/documents/{sha}")));
    // The banner: archived copy, its whole hash, the source as a link.
    let banner = b.text(&b.find("section.archive"));
    assert!(banner.contains(&sha), "{banner}");
    assert!(
        !b.find_all("section.archive a[href^='http']").is_empty(),
        "the source address is a link"
    );
    let frame = b.find("iframe.archived");
    let (_, _, w, h) = b.rect(&frame);
    assert!(w > 300.0 && h > 200.0, "archived copy frame {w}×{h}");
    assert!(
        b.attr(&frame, "sandbox").is_some(),
        "the archived copy is sandboxed"
    );
    // And back.
    b.click(&b.find("section.archive a[href^='/notices/']"));
    assert_eq!(
        b.current_url().split('?').next(),
        notice_url.split('?').next()
    );
    assert!(entity_url.contains("lang=en"));
}

#[test]
fn clinic_vets_a_list_and_opens_the_printable_record() {
    let kojin = lookup_one("コージンバイオ株式会社");
    let number = kojin["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["scheme"] == "corporate_number")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_string();
    let (_g, b) = browser();
    b.viewport(PHONE.0, PHONE.1);
    b.goto(&url("/?lang=ja"));
    b.click(&b.find("footer a[href^='/vet']"));
    let list = format!("ティーエスクリニック\n{number}\nどこにも載っていない架空の名称");
    b.type_into(&b.find("form.vet textarea"), &list);
    b.click(&b.find("form.vet button[type=submit]"));
    let rows = b.find_all_eventually("table.vet tbody tr");
    assert_eq!(rows.len(), 3);
    let texts: Vec<String> = rows.iter().map(|r| b.text(r)).collect();
    assert!(
        texts[0].contains("名称で一致") && texts[0].contains("東京サイエンスクリニック"),
        "{texts:?}"
    );
    assert!(texts[0].contains("緊急命令"), "{texts:?}");
    assert!(texts[1].contains("法人番号で一致"), "{texts:?}");
    assert!(texts[2].contains("記録なし"), "{texts:?}");
    // The list stays in the box for the next try.
    let kept = b.js(
        "return document.querySelector('form.vet textarea').value",
        json!([]),
    );
    assert_eq!(kept.as_str().map(|s| s.replace("\r\n", "\n")), Some(list));
    let mut failures = Vec::new();
    check_page(&b, "vet results (ja)", &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The matched clinic's printable vetting record.
    b.viewport(PHONE.0, PHONE.1);
    b.click(&b.find("table.vet tbody tr a[href^='/entities/']"));
    let print_button = b.find("button[data-print]");
    assert!(
        b.displayed(&print_button),
        "the print button (search.js) shows on screen"
    );
    // On screen too, every evidence hash is whole (and wraps: the page
    // width checks hold it to 320 px).
    let on_screen = b.js(
        "return [...document.querySelectorAll('main code.sha256')]
            .filter(c => !c.closest('details, .print-only'))
            .map(c => [c.getBoundingClientRect().width > 0, c.textContent]);",
        json!([]),
    );
    let on_screen = on_screen.as_array().unwrap();
    assert!(!on_screen.is_empty());
    for c in on_screen {
        assert_eq!(c[0], json!(true), "{c}");
        assert_eq!(
            c[1].as_str().unwrap().trim_start_matches("sha256 ").len(),
            64,
            "{c}"
        );
    }
    b.media("print");
    assert!(!b.displayed(&print_button), "no button on paper");
    assert!(!b.displayed(&b.find("header form[role=search]")));
    // Every hash outside the folded "why linked" (printed whole below) is whole on paper.
    let full = b.js(
        "return [...document.querySelectorAll('code.sha256')]
            .filter(c => !c.closest('details.why'))
            .map(c => [getComputedStyle(c).display, c.textContent]);",
        json!([]),
    );
    let full = full.as_array().unwrap();
    assert!(!full.is_empty());
    for c in full {
        assert_ne!(c[0], "none", "{c}");
        assert_eq!(
            c[1].as_str().unwrap().trim_start_matches("sha256 ").len(),
            64,
            "{c}"
        );
    }
    assert!(
        b.displayed(&b.find("section.print-only")),
        "why linked, printed whole"
    );
    b.media("screen");
}

#[test]
fn a_pasted_page_of_text_is_refused_politely_and_kept_in_the_box() {
    let (_g, b) = browser();
    b.viewport(PHONE.0, PHONE.1);
    b.goto(&url("/?lang=ja"));
    let q = b.find("header form[role=search] input[type=search]");
    // The script lifts the no-script length cap, then says what is wrong.
    assert_eq!(b.attr(&q, "maxlength"), None);
    let long = "あ".repeat(20_000);
    b.js(
        "document.querySelector('header form[role=search] input[type=search]').value = arguments[0];",
        serde_json::json!([long]),
    );
    b.click(&b.find("header form[role=search] button[type=submit]"));
    let msg = b.text(&b.find("#qerr"));
    assert!(msg.contains("20000 文字"), "{msg}");
    assert!(!b.current_url().contains("/search?"), "{}", b.current_url());
    let kept = b.js("return document.querySelector('header form[role=search] input[type=search]').value.length;", serde_json::json!([]));
    assert_eq!(kept, 20_000);
}

#[test]
fn the_browser_tests_refuse_to_pass_without_a_browser() {
    // With no chromedriver to be found, a browser test fails and says what to do.
    let empty = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "browser::needs_a_browser_probe",
            "--include-ignored",
        ])
        .env_remove("CHROMEDRIVER")
        .env("PATH", empty.path())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("chromedriver not found") && text.contains(".ci/setup-browser"),
        "{text}"
    );
}

/// Started only by the test above, in a child process.
#[test]
#[ignore = "run by the_browser_tests_refuse_to_pass_without_a_browser"]
fn needs_a_browser_probe() {
    let _b = Browser::start();
}
