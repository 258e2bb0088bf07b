//! PDF attachments of notices (別添, 概要): fetched from the mirror over
//! loopback HTTP, kept as evidence with their sha256, read by the crate or by
//! pdftotext, searched with their notice, listed by the notice's API answer
//! and page — and bad ones (not a PDF, cut short, encrypted, image-only, too
//! large, missing, forbidden by robots.txt, on a host not allowed) recorded
//! with their reasons while the crawl finishes.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::*;

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// These tests need poppler's pdftotext: without it they fail saying how
/// to install it, rather than pass without checking the fallback.
fn require_pdftotext() {
    let ok = Command::new("pdftotext").arg("-v").output().is_ok();
    assert!(
        ok,
        "pdftotext is not installed: run .ci/setup (Debian: apt-get install poppler-utils poppler-data)"
    );
}

fn sha256_of(path: &Path) -> String {
    tadoru_crawler::crawl::sha256_hex(&std::fs::read(path).unwrap())
}

/// The attachment of `notice` whose url ends with `suffix`.
fn attachment<'a>(notice: &'a Value, suffix: &str) -> &'a Value {
    notice["attachments"]
        .as_array()
        .unwrap_or_else(|| panic!("no attachments in {notice}"))
        .iter()
        .find(|a| a["url"].as_str().unwrap().ends_with(suffix))
        .unwrap_or_else(|| panic!("no attachment {suffix} in {}", notice["attachments"]))
}

/// GETs `url` and parses its JSON.
fn json_at(url: &str) -> Value {
    let bytes = get(url).bytes().unwrap();
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

fn hit_ids(v: &Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_mirror_attachment_is_archived_read_and_finds_its_notice() {
    let n = notice_on("2026-01-23", "improvement_order");
    let id = n["id"].as_str().unwrap();
    let a = attachment(&n, "/content/001234561.pdf");
    let file = repo("mirror/site/content/001234561.pdf");
    assert_eq!(a["sha256"], sha256_of(&file), "{a}");
    assert_eq!(a["len"], std::fs::metadata(&file).unwrap().len());
    assert_eq!(a["content_type"], "application/pdf");
    assert_eq!(a["title"], "別添 改善命令の概要（PDF：7KB）");
    assert_eq!(a["text_extracted"], true);
    assert_eq!(a["reader"], "pdf_extract", "{a}");
    assert_eq!(a["error"], Value::Null);
    // The archived bytes are the file's, byte for byte, served as a PDF.
    let resp = get(&format!(
        "{}{}",
        site().base,
        a["archived_url"].as_str().unwrap()
    ));
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-type"].to_str().unwrap(),
        "application/pdf"
    );
    assert!(
        resp.headers()["x-tadoru-source-url"]
            .to_str()
            .unwrap()
            .ends_with("/content/001234561.pdf")
    );
    assert_eq!(
        resp.bytes().unwrap().as_ref(),
        std::fs::read(&file).unwrap()
    );
    // 逸脱管理 is in the PDF only, not in the notice page's text.
    assert!(!n["text"].as_str().unwrap().contains("逸脱管理"));
    assert!(a["text"].as_str().unwrap().contains("逸脱管理"));
    let found = search("逸脱管理", "&type=notice");
    assert_eq!(hit_ids(&found), vec![id.to_string()], "{found}");
    assert!(
        found["hits"][0]["snippet"]
            .as_str()
            .unwrap()
            .contains("<b>"),
        "{found}"
    );
}

#[test]
fn a_pdf_the_crate_cannot_read_is_read_by_pdftotext() {
    require_pdftotext();
    let n = notice_on("2025-08-29", "emergency_order");
    let a = attachment(&n, "/content/001234562.pdf");
    assert_eq!(
        a["sha256"],
        sha256_of(&repo("mirror/site/content/001234562.pdf"))
    );
    assert_eq!(a["reader"], "pdftotext", "{a}");
    assert!(
        a["note"]
            .as_str()
            .unwrap()
            .starts_with("pdf-extract: panicked"),
        "{a}"
    );
    assert!(!n["text"].as_str().unwrap().contains("事案の経過"));
    // The closure the same page reports as an addendum does not carry the
    // emergency order's attachment.
    let closures = api("/api/v1/search?type=notice&kind=closure_filing", 200);
    let addendum = closures["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| {
            h["title"]
                .as_str()
                .unwrap()
                .contains("東京サイエンスクリニック")
        })
        .unwrap_or_else(|| panic!("{closures}"));
    let addendum = api(
        &format!("/api/v1/notices/{}", addendum["id"].as_str().unwrap()),
        200,
    );
    assert_eq!(addendum["attachments"], serde_json::json!([]), "{addendum}");
    let found = search("事案の経過", "&type=notice");
    assert!(
        hit_ids(&found).contains(&n["id"].as_str().unwrap().to_string()),
        "{found}"
    );
}

#[test]
fn the_notice_page_lists_its_attachment_and_the_archived_copy_leads_back() {
    let n = notice_on("2026-01-23", "improvement_order");
    let id = n["id"].as_str().unwrap();
    let sha = attachment(&n, "/content/001234561.pdf")["sha256"]
        .as_str()
        .unwrap()
        .to_string();
    for lang in ["ja", "en"] {
        let page = get(&format!("{}/notices/{id}?lang={lang}", site().base))
            .text()
            .unwrap();
        assert!(page.contains("別添 改善命令の概要"), "{lang}: no title");
        assert!(
            page.contains(&format!("/documents/{sha}?notice={id}")),
            "{lang}"
        );
        assert!(page.contains(&sha), "{lang}: no sha256");
        assert!(page.contains("pdf-extract"), "{lang}: no reader");
    }
    let doc = get(&format!(
        "{}/documents/{sha}?notice={id}&lang=en",
        site().base
    ));
    assert_eq!(doc.status(), 200);
    let doc = doc.text().unwrap();
    assert!(doc.contains(&format!("/notices/{id}")), "no way back");
    assert!(doc.contains("Open the PDF"), "no link to the PDF");
    assert!(doc.contains("逸脱管理"), "the text read is not shown");
}

/// A copy of the PDF fixture site with a file over the attachment size
/// limit (10 MiB) added; returns the directory.
fn fixture_site(dir: &Path) -> PathBuf {
    let root = dir.join("site");
    let src = repo("tests/fixtures/pdf-site");
    for sub in ["", "stf", "content", "private"] {
        std::fs::create_dir_all(root.join(sub)).unwrap();
        for e in std::fs::read_dir(src.join(sub)).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                std::fs::copy(e.path(), root.join(sub).join(e.file_name())).unwrap();
            }
        }
    }
    let mut huge = b"%PDF-1.4\n".to_vec();
    huge.resize(11 * 1024 * 1024, b' ');
    std::fs::write(root.join("content/huge.pdf"), huge).unwrap();
    root
}

#[test]
fn bad_pdfs_are_recorded_with_their_reasons_and_the_crawl_finishes() {
    require_pdftotext();
    let dir = tempfile::tempdir().unwrap();
    let root = fixture_site(dir.path());
    let mirror = Mirror::start_root(&root);
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let crawl = || {
        ok(&tadoru(&[
            "crawl",
            "--data",
            d,
            "--seed",
            &mirror.seed(),
            "--delay-ms",
            "0",
        ]))
    };
    let out = crawl();
    assert!(
        out.contains("attachments of notices: 2 read, 8 kept without text or not fetched"),
        "{out}"
    );
    // A second crawl of the same bytes records nothing new.
    let again = crawl();
    assert!(
        again.contains("new documents recorded: 0, new notice statements: 0"),
        "{again}"
    );
    // The attachments are in the log: a rebuild (which reads no PDF) keeps
    // them, and every kept PDF checks against its hash.
    ok(&tadoru(&["rebuild", "--data", d]));
    let verified = ok(&tadoru(&["verify", "--data", d]));
    assert!(verified.contains("all well"), "{verified}");
    let base = serve(&data);
    let v = json_at(&format!("{base}/api/v1/search?type=notice"));
    assert_eq!(v["total"], 1, "{v}");
    let id = v["hits"][0]["id"].as_str().unwrap();
    let n = json_at(&format!("{base}/api/v1/notices/{id}"));
    // Ten: the page's eleven links less the one named 別紙 that is a page.
    assert_eq!(n["attachments"].as_array().unwrap().len(), 10, "{n}");
    assert!(
        !n["attachments"].to_string().contains("besshi_note"),
        "{}",
        n["attachments"]
    );

    let good = attachment(&n, "/content/good.pdf");
    assert_eq!(good["reader"], "pdf_extract", "{good}");
    // No .pdf in its address, served as text/plain: its link text (別紙)
    // and its bytes make it an attachment.
    let besshi = attachment(&n, "/content/besshi");
    assert_eq!(besshi["reader"], "pdf_extract", "{besshi}");
    assert_eq!(besshi["content_type"], "text/plain", "{besshi}");
    let reason = |suffix: &str| -> String {
        let a = attachment(&n, suffix);
        assert_eq!(a["text_extracted"], false, "{a}");
        a["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{a}"))
            .to_string()
    };
    let kept = |suffix: &str| -> String {
        let a = attachment(&n, suffix);
        let sha = a["sha256"]
            .as_str()
            .unwrap_or_else(|| panic!("not kept: {a}"));
        let raw = get(&format!("{base}/api/v1/documents/{sha}"));
        assert_eq!(raw.status(), 200, "{a}");
        sha.to_string()
    };
    let expect = [
        ("/content/broken.pdf", "not a pdf"),
        ("/content/encrypted.pdf", "encrypted with a password"),
        (
            "/content/scanned.pdf",
            "no text layer (image-only or scanned?)",
        ),
        (
            "/content/huge.pdf",
            "larger than the limit of 10485760 bytes",
        ),
        ("/content/missing.pdf", "http status 404"),
    ];
    for (suffix, why) in expect {
        let r = reason(suffix);
        assert!(r.contains(why), "{suffix}: {r}");
        kept(suffix);
    }
    let truncated = reason("/content/truncated.pdf");
    assert!(
        truncated.contains("neither reader could read the pdf")
            || truncated.contains("no text layer"),
        "{truncated}"
    );
    assert_eq!(
        kept("/content/truncated.pdf"),
        sha256_of(&repo("tests/fixtures/pdf-site/content/truncated.pdf"))
    );
    // The huge file's beginning is kept, up to the limit.
    assert_eq!(attachment(&n, "/content/huge.pdf")["len"], 10 * 1024 * 1024);
    for (suffix, why) in [
        ("/private/internal.pdf", "disallowed by robots.txt"),
        (
            "/content/outside.pdf",
            "attachments.invalid is not an allowed host",
        ),
    ] {
        let a = attachment(&n, suffix);
        assert_eq!(a["sha256"], Value::Null, "{a}");
        assert!(reason(suffix).contains(why), "{a}");
    }
    // The good attachment's words find the notice.
    for word in ["松山城下照合語", "道後温泉照合語"] {
        let found = json_at(&format!("{base}/api/v1/search?q={}", enc(word)));
        assert_eq!(hit_ids(&found), vec![id.to_string()], "{word}: {found}");
    }
    // The page says why for each.
    let page = get(&format!("{base}/notices/{id}?lang=en")).text().unwrap();
    for why in [
        "encrypted with a password",
        "not an allowed host",
        "http status 404",
    ] {
        assert!(page.contains(why), "page does not say {why}");
    }
}

#[test]
fn without_pdftotext_the_crate_reads_what_it_can_and_says_what_it_could_not() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mirror = Mirror::start();
    let out = Command::new(BIN)
        .args([
            "crawl",
            "--data",
            data.to_str().unwrap(),
            "--seed",
            &mirror.seed(),
            "--delay-ms",
            "0",
        ])
        // No pdftotext on the way.
        .env("PATH", dir.path())
        .output()
        .unwrap();
    let stdout = ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("attachments of notices: 1 read, 1 kept without text"),
        "{stdout}"
    );
    assert!(
        stderr.contains("001234562.pdf: neither reader could read the pdf")
            && stderr.contains("pdftotext is not installed"),
        "{stderr}"
    );
    // The crate's panic is the attachment's reason, not a crash report.
    assert!(!stderr.contains("panicked at"), "{stderr}");
    let base = serve(&data);
    let search =
        |q: &str| -> Value { json_at(&format!("{base}/api/v1/search?type=notice&q={}", enc(q))) };
    assert_eq!(
        search("逸脱管理")["total"],
        1,
        "the crate read 001234561.pdf"
    );
    assert_eq!(search("事案の経過")["total"], 0);
}
