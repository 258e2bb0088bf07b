//! The API contract of DESIGN.md, and bad input: always a 4xx with a JSON
//! error (API) or an explaining page (site), never a 5xx; source text escaped.

use crate::*;

#[test]
fn search_hits_carry_the_contract_fields() {
    let v = search("輝鳳会", "");
    for h in v["hits"].as_array().unwrap() {
        for field in ["type", "id", "title", "kind", "kind_en", "snippet", "score"] {
            assert!(h.get(field).is_some(), "{field} missing in {h}");
        }
        match h["type"].as_str().unwrap() {
            "notice" => assert!(h["issued_on"].is_string() && h["parties"].is_array()),
            "entity" => assert!(h["names"].is_array()),
            other => panic!("type {other}"),
        }
    }
}

#[test]
fn notice_carries_documents_and_english_renderings() {
    let n = notice_on("2026-01-23", "improvement_order");
    assert_eq!(n["kind_en"], "improvement order");
    assert!(
        n["title_en"]
            .as_str()
            .unwrap()
            .starts_with("Improvement order")
    );
    assert_eq!(n["articles"][0]["article_en"], "Art. 48(2)");
    let doc = &n["documents"][0];
    let sha = doc["sha256"].as_str().unwrap();
    assert!(
        doc["url"]
            .as_str()
            .unwrap()
            .ends_with("/stf/newpage_demo20260123.html")
    );
    assert!(doc["fetched_at"].is_string());
    // The archived bytes hash to the cited sha256.
    let resp = get(&format!("{}/api/v1/documents/{sha}", site().base));
    assert_eq!(resp.status().as_u16(), 200);
    assert!(
        resp.headers()
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    let bytes = resp.bytes().unwrap();
    assert_eq!(tadoru_crawler::crawl::sha256_hex(&bytes), sha);
}

#[test]
fn bad_input_gets_a_json_4xx() {
    let cases = [
        ("/api/v1/search?q=x&page=abc", 400),
        ("/api/v1/search?q=x&page=0", 400),
        ("/api/v1/search?q=x&per_page=100000", 400),
        ("/api/v1/search?q=x&type=person", 400),
        ("/api/v1/search?q=x&kind=/kind/../x", 400),
        ("/api/v1/search?q=x&year=19999", 400),
        ("/api/v1/lookup", 400),
        ("/api/v1/entities/e-doesnotexist", 404),
        ("/api/v1/entities/%3Cscript%3E", 400),
        ("/api/v1/notices/n-000000000000", 404),
        ("/api/v1/documents/abc", 400),
        (
            "/api/v1/documents/0000000000000000000000000000000000000000000000000000000000000000",
            404,
        ),
        ("/api/v1/nothing-here", 404),
    ];
    for (path, status) in cases {
        let v = api(path, status);
        assert!(
            v["error"].is_string() && v["message"].is_string(),
            "{path}: {v}"
        );
    }
    let long = "あ".repeat(300);
    let v = api(&format!("/api/v1/search?q={}", enc(&long)), 400);
    assert_eq!(v["error"], "bad_request");
    // Strange queries are not errors.
    for q in ["\"", "((", "AND OR", "*", "title:x", "「」", "🙂"] {
        api(&format!("/api/v1/search?q={}", enc(q)), 200);
    }
}

#[test]
fn pages_render_in_both_languages_and_escape_input() {
    let base = &site().base;
    let home = get(&format!("{base}/?lang=en")).text().unwrap();
    assert!(home.contains("Demo reconstruction"));
    assert!(home.contains("Latest notices"));
    let ja = reqwest::blocking::Client::new()
        .get(format!("{base}/"))
        .header("Accept-Language", "ja,en;q=0.5")
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(ja.contains("最近の処分等"));
    let en = reqwest::blocking::Client::new()
        .get(format!("{base}/"))
        .header("Accept-Language", "en-GB")
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(en.contains("Latest notices"));

    let resp = get(&format!(
        "{base}/search?q={}&lang=en",
        enc("<script>alert(1)</script> THE K")
    ));
    assert_eq!(resp.status().as_u16(), 200);
    let body = resp.text().unwrap();
    assert!(!body.contains("<script>alert(1)"));
    assert!(body.contains("&lt;script&gt;"));

    let e = lookup_one("ティーエスクリニック");
    let page = get(&format!(
        "{base}/entities/{}?lang=ja",
        e["id"].as_str().unwrap()
    ))
    .text()
    .unwrap();
    assert!(
        page.contains("名称の変遷")
            && page.contains("ティーエスクリニック")
            && page.contains("2025-08-22")
    );
    let page = get(&format!(
        "{base}/entities/{}?lang=en",
        e["id"].as_str().unwrap()
    ))
    .text()
    .unwrap();
    assert!(page.contains("Name timeline") && page.contains("Notices under every name"));

    let n = notice_on("2024-12-24", "improvement_order");
    let page = get(&format!(
        "{base}/notices/{}?lang=en",
        n["id"].as_str().unwrap()
    ))
    .text()
    .unwrap();
    assert!(page.contains("Kanto-Shinetsu Regional Bureau") && page.contains("/api/v1/documents/"));

    for (path, status) in [
        ("/entities/e-nope", 404),
        ("/entities/..%2F..%2Fetc", 400),
        ("/notices/x", 400),
        ("/nowhere", 404),
        ("/search?page=x", 400),
    ] {
        let resp = get(&format!("{base}{path}"));
        assert_eq!(resp.status().as_u16(), status, "{path}");
        assert!(
            resp.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
    }
}
