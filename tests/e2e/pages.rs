//! The site as a patient, a journalist or a clinic meets it, over loopback
//! HTTP against the crawled mirror: the entity at a glance (page, API
//! `summary`, search-hit status line), HTTP manners (security headers, HEAD,
//! 405), search pages that say what happened (over-long queries, pages past
//! the end, empty filters, singular counts) and accessibility structure
//! (skip link, landmarks, headings, `lang="ja"`, distinct link texts).

use reqwest::Method;
use scraper::{Html, Selector};

use crate::*;

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::new()
}

fn page_text(path: &str) -> (u16, String) {
    let resp = get(&format!("{}{path}", site().base));
    let status = resp.status().as_u16();
    (status, resp.text().unwrap())
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The clinic renamed in 2025 (ティーエスクリニック → 東京サイエンスクリニック).
fn renamed_clinic() -> Value {
    lookup_one("ティーエスクリニック")
}

/// One path of each page type, ids from the crawled data.
fn page_paths() -> Vec<String> {
    let e = renamed_clinic();
    let n = notice_on("2026-01-23", "improvement_order");
    vec![
        "/".into(),
        format!("/search?q={}", enc("クリニック")),
        format!("/entities/{}", e["id"].as_str().unwrap()),
        format!("/notices/{}", n["id"].as_str().unwrap()),
        "/api".into(),
        "/vet".into(),
    ]
}

#[test]
fn entity_summary_says_orders_closure_renames_operator_and_cell_processor() {
    let e = renamed_clinic();
    let s = &e["summary"];
    assert_eq!(s["state"], "closed", "{s}");
    let orders = s["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 1, "{s}");
    let o = &orders[0];
    assert_eq!(o["kind"], "emergency_order");
    assert_eq!(o["issued_on"], "2025-08-29");
    assert_eq!(o["authority"], "厚生労働省");
    assert!(
        o["articles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "法第22条"),
        "{o}"
    );
    // The mirror's notices state no period and no lifting: not stated.
    assert_eq!(o["in_force"]["status"], "not_stated", "{o}");
    assert!(o["in_force"]["until"].is_null());
    // The closure filing is a filing, not an order.
    assert!(
        s["filings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "closure_filing"),
        "{s}"
    );
    assert!(
        s["former_names"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["name"] == "ティーエスクリニック"),
        "{s}"
    );
    assert!(
        s["renames_stated"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["old"] == "ティーエスクリニック" && r["new"] == "東京サイエンスクリニック"),
        "{s}"
    );
    assert!(!s["operators"].as_array().unwrap().is_empty(), "{s}");
    // The facility that processed its cells, with its own orders counted …
    let cpf = &s["cells_processed_by"].as_array().unwrap()[0];
    assert_eq!(cpf["role"], "cell_processing_facility", "{s}");
    assert!(cpf["orders"].as_u64().unwrap() >= 1, "{cpf}");
    // … and, from the facility's side, the clinic it served.
    let f = api(
        &format!("/api/v1/entities/{}", cpf["id"].as_str().unwrap()),
        200,
    );
    assert!(
        f["summary"]["processes_cells_for"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == e["id"]),
        "{}",
        f["summary"]
    );
    // The contract's fields are all still there beside it.
    for field in ["names", "identifiers", "status", "edges", "notices"] {
        assert!(e.get(field).is_some(), "{field} missing");
    }
}

#[test]
fn entity_page_opens_with_the_status_block() {
    let e = renamed_clinic();
    let id = e["id"].as_str().unwrap();
    let (_, ja) = page_text(&format!("/entities/{id}?lang=ja"));
    let doc = Html::parse_document(&ja);
    let glance = doc
        .select(&sel("main section.glance"))
        .next()
        .expect("a status block");
    let text: String = glance.text().collect();
    for want in [
        "緊急命令",
        "2025-08-29",
        "法第22条",
        "厚生労働省",
        "資料に記載なし",
        "廃止・閉鎖",
        "ティーエスクリニック",
        "細胞加工の委託先",
    ] {
        assert!(text.contains(want), "{want} missing in {text}");
    }
    // It comes before the name timeline and the notices.
    assert!(ja.find("class=\"glance\"").unwrap() < ja.find("名称の変遷").unwrap());
    let (_, en) = page_text(&format!("/entities/{id}?lang=en"));
    assert!(en.contains("At a glance") && en.contains("not stated in the sources"));
}

#[test]
fn search_hits_carry_a_status_line() {
    let v = search("ティーエスクリニック", "&type=entity");
    let hit = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["title"] == "東京サイエンスクリニック")
        .expect("the renamed clinic");
    assert_eq!(hit["summary"]["state"], "closed");
    assert_eq!(hit["summary"]["orders"], 1);
    assert_eq!(hit["summary"]["latest_order"]["kind"], "emergency_order");
    assert_eq!(hit["summary"]["former_names"], 1);
    // Whether the order is in force (the mirror states no period), the
    // operator, and the facility that processed its cells, as on its page.
    let s = &hit["summary"];
    assert_eq!(s["in_force"]["status"], "not_stated", "{s}");
    let e = api(
        &format!("/api/v1/entities/{}", hit["id"].as_str().unwrap()),
        200,
    );
    for (field, of_page) in [
        ("operators", "operators"),
        ("cells_processed_by", "cells_processed_by"),
    ] {
        let full = e["summary"][of_page].as_array().unwrap();
        assert!(!full.is_empty(), "{field}: {e}");
        assert_eq!(s[field]["count"], full.len(), "{field}: {s}");
        assert_eq!(s[field]["entities"][0]["id"], full[0]["id"], "{field}: {s}");
        assert_eq!(
            s[field]["entities"][0]["current_name"], full[0]["current_name"],
            "{field}: {s}"
        );
    }
    let cpf_name = s["cells_processed_by"]["entities"][0]["current_name"]
        .as_str()
        .unwrap()
        .to_string();
    let operator = s["operators"]["entities"][0]["current_name"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, page) = page_text(&format!(
        "/search?q={}&type=entity&lang=en",
        enc("ティーエスクリニック")
    ));
    assert!(
        page.contains("1 order (latest: emergency order, 2025-08-29)"),
        "{page}"
    );
    let doc = Html::parse_document(&page);
    let first = doc
        .select(&sel("ol.hits > li"))
        .find(|li| {
            li.text()
                .collect::<String>()
                .contains("東京サイエンスクリニック")
        })
        .expect("the clinic's hit");
    let text: String = first.text().collect();
    for want in [
        "still in force? not stated in the sources",
        "Operator: ",
        "Cells processed by: ",
        cpf_name.as_str(),
        operator.as_str(),
    ] {
        assert!(text.contains(want), "{want} missing in {text}");
    }
    let (_, page) = page_text(&format!(
        "/search?q={}&type=entity&lang=ja",
        enc("ティーエスクリニック")
    ));
    assert!(page.contains("命令 1 件（最新：緊急命令 2025-08-29）"));
    assert!(page.contains("効力の継続・解除：資料に記載なし"));
    assert!(page.contains("細胞加工の委託先："));
    // From the facility's side: the clinics it processed cells for.
    let v = search(&cpf_name, "&type=entity");
    let f = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["title"] == cpf_name.as_str())
        .expect("the facility's hit");
    assert!(
        f["summary"]["processes_cells_for"]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == hit["id"]),
        "{f}"
    );
    let (_, page) = page_text(&format!("/search?q={}&type=entity&lang=ja", enc(&cpf_name)));
    assert!(page.contains("細胞を加工した医療機関："), "{page}");
}

#[test]
fn every_site_page_sends_security_headers() {
    let mut paths = page_paths();
    paths.extend([
        "/nowhere".into(),
        "/style.css".into(),
        "/api/v1/search?q=".into(),
    ]);
    for path in paths {
        let resp = get(&format!("{}{path}", site().base));
        let h = resp.headers();
        let csp = h
            .get("content-security-policy")
            .unwrap_or_else(|| panic!("{path}: no CSP"))
            .to_str()
            .unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        // The language follows Accept-Language: caches must keep them apart.
        let vary: Vec<&str> = h
            .get_all("vary")
            .into_iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        assert!(
            vary.iter()
                .any(|v| v.to_ascii_lowercase().contains("accept-language")),
            "{path}: {vary:?}"
        );
    }
    // The archived originals keep their own sandboxing policy.
    let n = notice_on("2026-01-23", "improvement_order");
    let sha = n["documents"][0]["sha256"].as_str().unwrap();
    let resp = get(&format!("{}/api/v1/documents/{sha}", site().base));
    let csp = resp.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.starts_with("sandbox"), "{csp}");
}

#[test]
fn head_works_wherever_get_does_and_other_methods_get_405() {
    let n = notice_on("2026-01-23", "improvement_order");
    let sha = n["documents"][0]["sha256"].as_str().unwrap().to_string();
    let e = renamed_clinic();
    let mut paths = page_paths();
    paths.extend([
        "/style.css".into(),
        "/search.js".into(),
        "/api/v1/search?q=x".into(),
        format!("/api/v1/lookup?name={}", enc("ティーエスクリニック")),
        format!("/api/v1/entities/{}", e["id"].as_str().unwrap()),
        format!("/api/v1/notices/{}", n["id"].as_str().unwrap()),
        format!("/api/v1/documents/{sha}"),
    ]);
    for path in &paths {
        let url = format!("{}{path}", site().base);
        // Uncompressed, so that the two lengths compare.
        let got = client()
            .get(&url)
            .header("Accept-Encoding", "identity")
            .send()
            .unwrap();
        assert_eq!(got.status().as_u16(), 200, "GET {path}");
        let body_len = got.bytes().unwrap().len();
        let head = client()
            .head(&url)
            .header("Accept-Encoding", "identity")
            .send()
            .unwrap();
        assert_eq!(head.status().as_u16(), 200, "HEAD {path}");
        let len: usize = head
            .headers()
            .get("content-length")
            .unwrap_or_else(|| panic!("HEAD {path}: no content-length"))
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        // Pages with today's date in them are the same length every day.
        assert_eq!(len, body_len, "HEAD {path}: content-length");
        assert!(head.bytes().unwrap().is_empty(), "HEAD {path}: a body");
        // The vetting form also takes its POST.
        let allow = if path == "/vet" {
            "GET, HEAD, POST"
        } else {
            "GET, HEAD"
        };
        for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
            if allow.contains(method.as_str()) {
                continue;
            }
            let resp = client().request(method.clone(), &url).send().unwrap();
            assert_eq!(resp.status().as_u16(), 405, "{method} {path}");
            assert_eq!(resp.headers()["allow"], allow, "{method} {path}");
        }
    }
    // An unknown path is still not found, whatever the method.
    let resp = client()
        .post(format!("{}/nowhere", site().base))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    let resp = client()
        .delete(format!("{}/api/v1/search", site().base))
        .send()
        .unwrap();
    let v: Value = serde_json::from_slice(&resp.bytes().unwrap()).unwrap();
    assert_eq!(v["error"], "method_not_allowed");
}

/// The text in the page's search box.
fn box_value(html: &str) -> String {
    Html::parse_document(html)
        .select(&sel("header form input[name=q]"))
        .next()
        .and_then(|i| i.value().attr("value").map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn long_queries_are_refused_on_the_search_page_with_the_text_kept() {
    let over = "再生医療".repeat(70); // 280 characters, over the 256 limit
    let (status, ja) = page_text(&format!("/search?q={}&lang=ja", enc(&over)));
    assert_eq!(status, 400);
    assert!(ja.contains("検索語が長すぎます（280 文字）。256 文字以内にしてください"));
    assert!(
        !ja.contains("q is longer"),
        "English inside the Japanese page"
    );
    assert_eq!(box_value(&ja), over);
    let (status, en) = page_text(&format!("/search?q={}&lang=en", enc(&over)));
    assert_eq!(status, 400);
    assert!(en.contains("Your search is too long (280 characters); use at most 256."));
    assert!(!en.contains("q is longer"), "developer wording");
    assert_eq!(box_value(&en), over);
    // ~20,000 characters (a pasted document) reach the server and get the
    // same page, not an HTTP 431.
    let huge = "clinic ".repeat(2900);
    let (status, en) = page_text(&format!("/search?q={}&lang=en", enc(&huge)));
    assert_eq!(status, 400);
    assert!(en.contains("Your search is too long (20300 characters); use at most 256."));
    assert_eq!(box_value(&en), huge);
    // The form carries the limit and the message for the script that stops
    // a longer paste before it is sent.
    let form = Html::parse_document(&en);
    let f = form.select(&sel("header form")).next().unwrap();
    assert_eq!(f.value().attr("data-max"), Some("256"));
    assert!(en.contains("<script src=\"/search.js?v="));
}

#[test]
fn pages_past_the_end_and_empty_filters_say_so() {
    let (status, en) = page_text("/search?q=&page=99&lang=en");
    assert_eq!(status, 200);
    assert!(en.contains("page 99 has none"), "{en}");
    assert!(en.contains("Go to the last page"));
    assert!(!en.contains("Nothing matched") && !en.contains("No records match"));
    assert!(!en.contains("99 /"), "a pager pointing past the end");
    let (_, ja) = page_text("/search?q=&page=99&lang=ja");
    assert!(ja.contains("99 ページ目に表示する結果はありません"));
    assert!(!ja.contains("該当する記録はありません"));

    // A kind with no records: the filter is shown and can be removed.
    let v = api("/api/v1/search?type=notice&kind=licence_revocation", 200);
    assert_eq!(v["total"], 0, "the mirror has a licence revocation now");
    let (_, en) = page_text("/search?type=notice&kind=licence_revocation&lang=en");
    let doc = Html::parse_document(&en);
    let filters: String = doc
        .select(&sel("p.filters"))
        .next()
        .expect("active filters")
        .text()
        .collect();
    assert!(filters.contains("licence revocation"), "{filters}");
    assert!(en.contains("No records match these filters"));
    assert!(!en.contains("Try another name"));

    // One result is one result.
    let v = api("/api/v1/search?type=notice&kind=closure_filing", 200);
    assert_eq!(v["total"], 1);
    let (_, en) = page_text("/search?type=notice&kind=closure_filing&lang=en");
    assert!(en.contains(">1 result<"), "{en}");
    assert!(!en.contains("1 results"));
}

#[test]
fn api_pages_stop_where_the_index_stops() {
    // The index reads 10,000 results deep: a page starting past that is
    // refused (the downloads hold every result).
    api("/api/v1/search?q=&page=500&per_page=20", 200);
    let v = api("/api/v1/search?q=&page=501&per_page=20", 400);
    assert!(v["message"].as_str().unwrap().contains("500"), "{v}");
    api("/api/v1/search?q=&page=100&per_page=100", 200);
    api("/api/v1/search?q=&page=101&per_page=100", 400);
    api("/api/v1/search?q=&page=334&per_page=30", 200);
    api("/api/v1/search?q=&page=335&per_page=30", 400);
    api("/api/v1/search?q=&page=99999999999999999999", 400);
    let (status, ja) = page_text("/search?q=&page=600&lang=ja");
    assert_eq!(status, 400);
    assert!(ja.contains("500 ページ目まで"));
}

#[test]
fn accept_language_q0_is_not_a_choice() {
    for (header, want) in [
        ("en;q=0", "最近の処分等"),
        ("en;q=0, ja;q=0.1", "最近の処分等"),
        ("en-GB, ja;q=0.5", "Latest notices"),
    ] {
        let body = client()
            .get(format!("{}/", site().base))
            .header("Accept-Language", header)
            .send()
            .unwrap()
            .text()
            .unwrap();
        assert!(body.contains(want), "Accept-Language: {header}");
    }
}

#[test]
fn pages_have_a_skip_link_landmarks_and_no_heading_jumps() {
    for path in page_paths() {
        for lang in ["ja", "en"] {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (_, body) = page_text(&format!("{path}{sep}lang={lang}"));
            let doc = Html::parse_document(&body);
            let first_link = doc.select(&sel("body a")).next().unwrap();
            assert_eq!(first_link.value().attr("href"), Some("#main"), "{path}");
            assert!(doc.select(&sel("main#main")).next().is_some(), "{path}");
            // Everything before <main> is inside the header landmark.
            for child in doc.select(&sel("body > *")) {
                let name = child.value().name();
                assert!(
                    ["header", "main", "footer", "script"].contains(&name),
                    "{path}: <{name}> outside the landmarks"
                );
            }
            assert!(
                doc.select(&sel("header .demo")).next().is_some(),
                "{path}: demo note"
            );
            // h1 then h2 …: no level is skipped.
            let mut last = 0;
            for h in doc.select(&sel("h1, h2, h3, h4, h5, h6")) {
                let level: u32 = h.value().name()[1..].parse().unwrap();
                assert!(level <= last + 1, "{path} ({lang}): h{last} → h{level}");
                last = level;
            }
        }
    }
}

#[test]
fn search_results_come_before_the_collapsible_facets() {
    let (_, body) = page_text(&format!("/search?q={}&lang=ja", enc("クリニック")));
    let hits = body.find("<ol class=\"hits\"").expect("hits");
    let facets = body.find("<details class=\"facets\"").expect("facets");
    assert!(hits < facets);
}

#[test]
fn japanese_text_in_english_pages_is_marked() {
    let e = renamed_clinic();
    let (_, en) = page_text(&format!("/entities/{}?lang=en", e["id"].as_str().unwrap()));
    let doc = Html::parse_document(&en);
    let h1 = doc.select(&sel("h1 [lang=ja]")).next().expect("h1 lang=ja");
    assert_eq!(h1.text().collect::<String>(), "東京サイエンスクリニック");
    // No Japanese text in an English page outside a lang="ja" element (the
    // language switch and the brand name are marked too).
    for path in page_paths() {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (_, en) = page_text(&format!("{path}{sep}lang=en"));
        let doc = Html::parse_document(&en);
        let body = doc.select(&sel("body")).next().unwrap();
        for node in body.descendants() {
            let Some(text) = node.value().as_text() else {
                continue;
            };
            let japanese = text.chars().any(|c| {
                ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
            });
            if !japanese {
                continue;
            }
            let marked = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|el| el.attr("lang") == Some("ja"))
            });
            assert!(marked, "{path}: unmarked Japanese {:?}", &**text);
        }
    }
}

#[test]
fn links_with_the_same_text_go_to_the_same_place() {
    for lang in ["ja", "en"] {
        let (_, body) = page_text(&format!("/?lang={lang}"));
        let doc = Html::parse_document(&body);
        let mut seen: std::collections::HashMap<String, String> = Default::default();
        for a in doc.select(&sel("a[href]")) {
            let text = a.text().collect::<String>().trim().to_string();
            let href = a.value().attr("href").unwrap().to_string();
            if let Some(other) = seen.insert(text.clone(), href.clone()) {
                assert_eq!(other, href, "two links named {text:?} ({lang})");
            }
        }
    }
}

#[test]
fn search_output_to_a_closed_pipe_is_not_a_panic() {
    let mut child = std::process::Command::new(BIN)
        .args([
            "search",
            "--data",
            site().data.to_str().unwrap(),
            "クリニック",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before tadoru writes (as `| head -0` would).
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{}: {stderr}", out.status);
}

#[test]
fn evidence_on_an_entity_page_leads_to_its_archived_copy_and_back_to_the_notice() {
    let e = renamed_clinic();
    let (status, body) = page_text(&format!("/entities/{}?lang=en", e["id"].as_str().unwrap()));
    assert_eq!(status, 200);
    let doc = scraper::Html::parse_document(&body);
    let link = doc
        .select(&sel("a.ev"))
        .filter_map(|a| a.value().attr("href"))
        .find(|h| h.contains("?notice=n-"))
        .unwrap_or_else(|| panic!("no evidence link names its notice"))
        .to_string();
    let (status, archived) = page_text(&link);
    assert_eq!(status, 200, "{link}");
    assert!(archived.contains("← Back to the notice"), "{link}");
}
