//! Following and exporting the registry, as a journalist does: Atom feeds
//! (parsed here as XML and checked against RFC 4287's required elements), an
//! entity's feed across a rename and a merge, the changes API paged by its
//! cursor, CSV and NDJSON downloads row for row against the search API,
//! formula cells made harmless, citations with the full sha256 and an
//! absolute permalink, and archived originals inside their banner page.

use std::collections::HashSet;

use serde_json::Value;

use crate::xml::{El, parse_xml};
use crate::{Mirror, api, enc, get, ok, serve_with, site, tadoru};

fn rfc3339(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s.trim()).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

/// A feed as RFC 4287 requires it: the feed's id, title, updated, author,
/// self and alternate links; each entry's id, title, updated and
/// alternate link; ids absolute and unique.
fn check_atom(xml: &str, base: &str) -> El {
    let feed = parse_xml(xml);
    assert_eq!(feed.name, "feed");
    assert_eq!(feed.attr("xmlns"), Some("http://www.w3.org/2005/Atom"));
    assert!(feed.one("id").text.starts_with(base), "{xml}");
    assert!(!feed.one("title").text.trim().is_empty());
    let updated = rfc3339(&feed.one("updated").text);
    assert!(!feed.one("author").one("name").text.trim().is_empty());
    let links = feed.all("link");
    let rel = |rel: &str| {
        links
            .iter()
            .find(|l| l.attr("rel") == Some(rel))
            .unwrap_or_else(|| panic!("no rel={rel} link"))
            .attr("href")
            .unwrap()
            .to_string()
    };
    assert!(rel("self").starts_with(base) && rel("alternate").starts_with(base));
    let mut ids = HashSet::new();
    for e in feed.all("entry") {
        let id = e.one("id").text.clone();
        assert!(id.starts_with(base), "entry id {id} is not absolute");
        assert!(ids.insert(id.clone()), "entry id {id} twice");
        assert!(!e.one("title").text.trim().is_empty());
        assert!(rfc3339(&e.one("updated").text) <= updated);
        assert!(
            e.all("link")
                .iter()
                .any(|l| l.attr("rel") == Some("alternate")
                    && l.attr("href").is_some_and(|h| h.starts_with(base)))
        );
    }
    feed
}

fn entry_ids(feed: &El) -> Vec<String> {
    feed.all("entry")
        .iter()
        .map(|e| e.one("id").text.clone())
        .collect()
}

fn text_ok(url: &str) -> (reqwest::header::HeaderMap, String) {
    let resp = get(url);
    assert_eq!(resp.status().as_u16(), 200, "GET {url}");
    let headers = resp.headers().clone();
    (headers, resp.text().unwrap())
}

#[test]
fn feeds_are_valid_atom_and_pages_advertise_them() {
    let base = &site().base;
    let (h, xml) = text_ok(&format!("{base}/notices.atom"));
    assert!(
        h["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'")
    );
    let all = check_atom(&xml, base);
    let notices = api("/api/v1/search?type=notice&per_page=100", 200);
    assert_eq!(
        all.all("entry").len(),
        notices["total"].as_u64().unwrap() as usize,
        "every notice of the demo in the feed of new notices"
    );
    for (path, lang) in [
        ("/search.atom?q=", "ja"),
        ("/search.atom?q=Tokyo&lang=en", "en"),
    ] {
        let (_, xml) = text_ok(&format!("{base}{}", path.replace("Tokyo", &enc("東京"))));
        let feed = check_atom(&xml, base);
        assert_eq!(feed.attr("xml:lang"), Some(lang));
    }
    // The search feed has the search's hits.
    let hits = crate::search("輝鳳会", "&type=notice");
    let (_, xml) = text_ok(&format!(
        "{base}/search.atom?q={}&type=notice",
        enc("輝鳳会")
    ));
    let ids = entry_ids(&check_atom(&xml, base));
    assert_eq!(ids.len(), hits["hits"].as_array().unwrap().len());
    for h in hits["hits"].as_array().unwrap() {
        let want = format!("{base}/notices/{}", h["id"].as_str().unwrap());
        assert!(ids.contains(&want), "{want} not in {ids:?}");
    }
    // Pages say where their feeds are, in both languages.
    let e = crate::lookup_one("東京サイエンスクリニック");
    let id = e["id"].as_str().unwrap();
    for lang in ["ja", "en"] {
        let (_, page) = text_ok(&format!("{base}/entities/{id}?lang={lang}"));
        assert!(
            page.contains(&format!(
                "type=\"application/atom+xml\" title=\"tadoru — {}\" href=\"/entities/{id}.atom?lang={lang}\"",
                e["current_name"].as_str().unwrap()
            )),
            "{page}"
        );
        assert!(page.contains(&format!("href=\"/entities/{id}.csv\"")));
        assert!(page.contains(&format!("href=\"/entities/{id}.ndjson\"")));
        let (_, page) = text_ok(&format!("{base}/search?q={}&lang={lang}", enc("東京")));
        assert!(page.contains(&format!(
            "href=\"/search.atom?q={}&amp;lang={lang}\"",
            enc("東京")
        )));
        assert!(page.contains(&format!("href=\"/search.csv?q={}\"", enc("東京"))));
        assert!(page.contains("href=\"/notices.atom?lang="));
    }
    // The manners of every route: HEAD works, other methods are 405.
    let client = reqwest::blocking::Client::new();
    for path in [
        "/notices.atom".to_string(),
        format!("/entities/{id}.atom"),
        "/search.csv?q=".to_string(),
        "/api/v1/changes".to_string(),
    ] {
        let head = client.head(format!("{base}{path}")).send().unwrap();
        assert_eq!(head.status().as_u16(), 200, "HEAD {path}");
        let post = client.post(format!("{base}{path}")).send().unwrap();
        assert_eq!(post.status().as_u16(), 405, "POST {path}");
    }
    // Bad input is a 4xx, never a feed of nothing.
    for (path, status) in [
        ("/entities/e-doesnotexist.atom", 404),
        ("/entities/%3Cx%3E.atom", 400),
        ("/search.atom?kind=nope", 400),
    ] {
        assert_eq!(
            get(&format!("{base}{path}")).status().as_u16(),
            status,
            "{path}"
        );
    }
}

#[test]
fn changes_page_through_every_record_by_cursor() {
    let whole = api("/api/v1/changes?limit=1000", 200);
    assert_eq!(whole["more"], false);
    // Each change gives its addresses absolute too (here the request's host,
    // no --public-url being set), and a script can follow them as given.
    let base = &site().base;
    for (i, c) in whole["changes"].as_array().unwrap().iter().enumerate() {
        let (url, page) = (c["url"].as_str().unwrap(), c["page_url"].as_str().unwrap());
        assert!(url.starts_with("/api/v1/") && page.starts_with('/'), "{c}");
        assert_eq!(c["api_url"], format!("{base}{url}"), "{c}");
        assert_eq!(c["permalink"], format!("{base}{page}"), "{c}");
        if i < 4 {
            let api_url = c["api_url"].as_str().unwrap();
            assert_eq!(get(api_url).status().as_u16(), 200, "{api_url}");
        }
    }
    let all: Vec<(String, String)> = whole["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["type"].as_str().unwrap().into(),
                c["id"].as_str().unwrap().into(),
            )
        })
        .collect();
    // Paged five at a time: the same records in the same order, none twice.
    let mut paged = Vec::new();
    let mut since = String::new();
    let mut seqs = Vec::new();
    loop {
        let v = api(
            &format!("/api/v1/changes?limit=5&since={}", enc(&since)),
            200,
        );
        for c in v["changes"].as_array().unwrap() {
            paged.push((
                c["type"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap().to_string(),
            ));
            seqs.push(c["seq"].as_u64().unwrap());
            rfc3339(c["recorded_at"].as_str().unwrap());
        }
        since = v["next"].as_str().unwrap().to_string();
        if v["more"] == false {
            break;
        }
        assert!(paged.len() <= all.len(), "paging does not end");
    }
    assert_eq!(paged, all);
    assert!(seqs.windows(2).all(|w| w[0] <= w[1]), "oldest change first");
    let unique: HashSet<_> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "each record once");
    // Every record the search finds is in the feed of changes.
    for t in ["notice", "entity"] {
        let s = api(&format!("/api/v1/search?type={t}&per_page=100"), 200);
        for h in s["hits"].as_array().unwrap() {
            let key = (t.to_string(), h["id"].as_str().unwrap().to_string());
            assert!(unique.contains(&key), "{key:?} not in the changes");
        }
    }
    // From the last cursor: nothing yet, and the same cursor to poll with.
    let end = api(&format!("/api/v1/changes?since={}", enc(&since)), 200);
    assert_eq!(end["changes"].as_array().unwrap().len(), 0);
    assert_eq!(end["next"], since.as_str());
    // Only one type.
    let only = api("/api/v1/changes?type=notice&limit=1000", 200);
    let n = only["changes"].as_array().unwrap();
    assert!(
        !n.is_empty()
            && n.iter()
                .all(|c| c["type"] == "notice" && c["title"].is_string())
    );
    // A timestamp: before everything gives everything; after, nothing.
    let from_1970 = api("/api/v1/changes?limit=1000&since=1970-01-01T00:00:00Z", 200);
    assert_eq!(from_1970["changes"], whole["changes"]);
    let future = api(
        &format!("/api/v1/changes?since={}", enc("2999-01-01T00:00:00+09:00")),
        200,
    );
    assert_eq!(future["changes"].as_array().unwrap().len(), 0);
    // The time of a change is a since that lists it again (and what came after).
    let mid = &whole["changes"][all.len() / 2];
    let at = mid["recorded_at"].as_str().unwrap();
    let again = api(
        &format!("/api/v1/changes?limit=1000&since={}", enc(at)),
        200,
    );
    assert!(again["changes"].as_array().unwrap().contains(mid));
    for bad in [
        "since=yesterday",
        "since=1.x.n-1",
        "limit=0",
        "limit=1001",
        "type=person",
    ] {
        let v = api(&format!("/api/v1/changes?{bad}"), 400);
        assert_eq!(v["error"], "bad_request", "{bad}");
    }
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn downloads_have_the_rows_of_the_search_api() {
    let base = &site().base;
    for query in [
        "q=".to_string(),
        format!("q={}", enc("東京")),
        format!("q={}&type=notice", enc("輝鳳会")),
        "q=&type=notice&kind=improvement_order".to_string(),
        "q=&type=entity".to_string(),
    ] {
        let api_hits = api(&format!("/api/v1/search?{query}&per_page=100"), 200);
        let hits = api_hits["hits"].as_array().unwrap();
        assert!(!hits.is_empty(), "{query}");
        assert!(
            api_hits["total"].as_u64().unwrap() <= 100,
            "the demo fits one page"
        );
        // NDJSON: each line is the API's hit.
        let (h, body) = text_ok(&format!("{base}/search.ndjson?{query}"));
        assert!(
            h["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/x-ndjson")
        );
        assert!(
            h["content-disposition"]
                .to_str()
                .unwrap()
                .contains("attachment")
        );
        assert_eq!(
            h.get("transfer-encoding").map(|v| v.to_str().unwrap()),
            Some("chunked"),
            "streamed"
        );
        let lines: Vec<Value> = body
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(&lines, hits, "{query}");
        // CSV: a header, then one row per hit, in order.
        let (h, body) = text_ok(&format!("{base}/search.csv?{query}"));
        assert!(h["content-type"].to_str().unwrap().starts_with("text/csv"));
        assert!(!body.starts_with('\u{feff}'));
        let rows = csv_rows(&body);
        assert_eq!(rows[0][..3], ["type", "id", "title"]);
        let ids: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
        let want: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
        assert_eq!(ids, want, "{query}");
        for (r, h) in rows[1..].iter().zip(hits) {
            assert_eq!(r[2], h["title"].as_str().unwrap());
            assert!(
                r[9].starts_with("http://127.0.0.1:"),
                "absolute url: {}",
                r[9]
            );
        }
        // With a byte order mark for spreadsheet programs.
        let (_, body) = text_ok(&format!("{base}/search.csv?{query}&bom=1"));
        assert!(body.starts_with("\u{feff}type,id,"));
    }
    // An entity's notices, under every name.
    let e = crate::lookup_one("東京サイエンスクリニック");
    let id = e["id"].as_str().unwrap();
    let (_, body) = text_ok(&format!("{base}/entities/{id}.csv"));
    let rows = csv_rows(&body);
    let notices: Vec<&str> = e["notices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let addressed: Vec<&str> = rows[1..]
        .iter()
        .filter(|r| r[1] == "addressed")
        .map(|r| r[2].as_str())
        .collect();
    assert_eq!(addressed, notices);
    for r in &rows[1..] {
        for sha in r[10].split('|') {
            assert_eq!(sha.len(), 64, "full sha256: {sha}");
        }
    }
    let (_, body) = text_ok(&format!("{base}/entities/{id}.ndjson"));
    let lines: Vec<Value> = body
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), rows.len() - 1);
    assert!(
        lines
            .iter()
            .all(|l| l["entity_id"] == id && l["documents"].is_array())
    );
    for (path, status) in [
        ("/search.csv?q=x&page=abc", 400),
        ("/search.ndjson?type=person", 400),
        ("/entities/e-doesnotexist.csv", 404),
    ] {
        assert_eq!(
            get(&format!("{base}{path}")).status().as_u16(),
            status,
            "{path}"
        );
    }
}

#[test]
fn citations_carry_the_full_hash_and_an_absolute_permalink() {
    let base = &site().base;
    let n = crate::notice_on("2025-08-29", "emergency_order");
    let id = n["id"].as_str().unwrap();
    let sha = n["documents"][0]["sha256"].as_str().unwrap();
    for lang in ["ja", "en"] {
        let (_, page) = text_ok(&format!("{base}/notices/{id}?lang={lang}"));
        let cite = page
            .split("id=\"cite-text\"")
            .nth(1)
            .and_then(|s| s.split("</p>").next())
            .unwrap_or_else(|| panic!("no citation: {page}"));
        assert!(cite.contains(&format!("{base}/notices/{id}")), "{cite}");
        assert!(cite.contains(sha), "full sha256 in {cite}");
        let today = chrono::Utc::now().date_naive().to_string();
        assert!(cite.contains(&today), "retrieval date in {cite}");
        assert!(
            cite.contains(if lang == "ja" {
                "データ時点"
            } else {
                "Data as of"
            }),
            "{cite}"
        );
        assert!(page.contains("data-copy=\"cite-text\""), "copy button");
        // The permalink's address is said to come from the request.
        assert!(page.contains("--public-url"));
    }
    let e = crate::lookup_one("東京サイエンスクリニック");
    let (_, page) = text_ok(&format!(
        "{base}/entities/{}?lang=en",
        e["id"].as_str().unwrap()
    ));
    assert!(page.contains(&format!("{base}/entities/{}", e["id"].as_str().unwrap())));
}

#[test]
fn archived_originals_open_inside_a_banner_page_with_their_sandbox_kept() {
    let base = &site().base;
    let n = crate::notice_on("2026-01-23", "improvement_order");
    let id = n["id"].as_str().unwrap();
    let doc = &n["documents"][0];
    let sha = doc["sha256"].as_str().unwrap();
    let url = doc["url"].as_str().unwrap();
    // The notice page leads to the banner page.
    let (_, page) = text_ok(&format!("{base}/notices/{id}"));
    assert!(page.contains(&format!(
        "href=\"/documents/{sha}?notice={id}&amp;lang=ja\""
    )));
    for lang in ["ja", "en"] {
        let (h, page) = text_ok(&format!("{base}/documents/{sha}?notice={id}&lang={lang}"));
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert!(page.contains(if lang == "ja" {
            "tadoru が保存したコピー"
        } else {
            "tadoru's archived copy"
        }));
        assert!(
            page.contains(&format!(
                "<a href=\"{url}\" rel=\"noopener noreferrer nofollow\">"
            )),
            "source link"
        );
        assert!(page.contains(sha), "full sha256");
        assert!(
            page.contains(&doc["fetched_at"].as_str().unwrap()[..10]),
            "fetched at"
        );
        assert!(
            page.contains(&format!("href=\"/notices/{id}?lang={lang}\"")),
            "back to the notice"
        );
        assert!(
            page.contains(&format!("href=\"/api/v1/documents/{sha}\"")),
            "raw bytes"
        );
        assert!(page.contains(&format!("src=\"/documents/{sha}/archived\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")));
    }
    // The framed copy: relative links lead to the source, under a sandbox.
    let resp = get(&format!("{base}/documents/{sha}/archived"));
    assert_eq!(resp.status().as_u16(), 200);
    let csp = resp.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.starts_with("sandbox") && csp.contains("frame-ancestors 'self'"),
        "{csp}"
    );
    assert_eq!(resp.headers()["x-frame-options"], "SAMEORIGIN");
    let body = resp.text().unwrap();
    assert!(
        body.contains(&format!("<base href=\"{url}\" target=\"_blank\">")),
        "{}",
        &body[..300]
    );
    // The raw bytes keep their own sandbox and may not be framed.
    let raw = get(&format!("{base}/api/v1/documents/{sha}"));
    assert!(
        raw.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("sandbox")
    );
    assert_eq!(raw.headers()["x-frame-options"], "DENY");
    let bytes = raw.bytes().unwrap();
    assert_eq!(tadoru_crawler::crawl::sha256_hex(&bytes), sha);
    // No way back to a notice that does not cite it; bad hashes are refused.
    let other = crate::notice_on("2025-08-29", "emergency_order");
    let (_, page) = text_ok(&format!(
        "{base}/documents/{sha}?notice={}",
        other["id"].as_str().unwrap()
    ));
    assert!(!page.contains(&format!("/notices/{}", other["id"].as_str().unwrap())));
    assert_eq!(get(&format!("{base}/documents/abc")).status().as_u16(), 400);
    assert_eq!(
        get(&format!("{base}/documents/{}", "0".repeat(64)))
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        get(&format!("{base}/documents/{}/archived", "0".repeat(64)))
            .status()
            .as_u16(),
        404
    );
}

/// A press page naming a clinic whose name a spreadsheet would run.
fn formula_page(dir: &std::path::Path) -> String {
    let html = "<html><head><meta charset=\"utf-8\"><title>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</title></head>\
        <body><p>（テスト用の架空の例です。）</p><p>令和6年5月1日</p>\
        <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1>\
        <p>「=HYPERLINK(\"http://x.example\")クリニック」（東京都八王子市）に対し、法第22条に基づき、再生医療等の提供の一時停止を命じました。</p></body></html>";
    std::fs::write(dir.join("pages").join("f1.html"), html).unwrap();
    "<li><a href=\"/pages/f1.html\">再生医療等に関する処分 f1.html</a></li>\n".to_string()
}

/// An entity's feed follows it through a rename and a merge: the old id's
/// feed still answers, with the notices under both names; a deployment's
/// `--public-url` makes the permalinks; formula names download as text.
#[test]
fn an_entity_feed_follows_renames_and_merges() {
    let site_dir = tempfile::tempdir().unwrap();
    let mut links = crate::phrasings::merge_pages(site_dir.path());
    links.push_str(&formula_page(site_dir.path()));
    std::fs::write(
        site_dir.path().join("index.html"),
        format!("<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head><body><h1>処分等一覧</h1><ul>{links}</ul></body></html>"),
    )
    .unwrap();
    let mirror = Mirror::start_root(site_dir.path());
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    ok(&tadoru(&[
        "crawl",
        "--data",
        d,
        "--seed",
        &mirror.seed(),
        "--delay-ms",
        "0",
    ]));
    let (survivor, absorbed) = {
        let g = tadoru_graph::Graph::open(data.path()).unwrap();
        let e = g.lookup("八王子セルクリニック").unwrap().remove(0);
        (e.id.clone(), e.merged_from[0].clone())
    };
    let public = "https://tadoru.example/registry";
    let base = serve_with(data.path(), Some(public));
    let notices: Vec<Value> = {
        let v: Value = get(&format!("{base}/api/v1/entities/{survivor}"))
            .bytes()
            .map(|b| serde_json::from_slice(&b).unwrap())
            .unwrap();
        v["notices"].as_array().unwrap().clone()
    };
    assert_eq!(notices.len(), 3, "both names' notices on the survivor");
    for path in [
        format!("/entities/{survivor}.atom"),
        format!("/entities/{absorbed}.atom"),
    ] {
        let resp = get(&format!("{base}{path}"));
        assert_eq!(
            resp.status().as_u16(),
            200,
            "{path}: a merged id's feed keeps working"
        );
        let xml = resp.text().unwrap();
        let feed = check_atom(&xml, public);
        assert_eq!(
            feed.all("link")
                .iter()
                .find(|l| l.attr("rel") == Some("self"))
                .unwrap()
                .attr("href"),
            Some(format!("{public}{path}").as_str())
        );
        let ids = entry_ids(&feed);
        for n in &notices {
            let want = format!("{public}/notices/{}", n["id"].as_str().unwrap());
            assert!(ids.contains(&want), "{path}: {want} not in {ids:?}");
        }
        // The notice against the former name is there.
        assert!(xml.contains("みなみ野再生クリニック"), "{xml}");
    }
    // The changes and vetting APIs give the configured address too.
    let changes: Value = get(&format!("{base}/api/v1/changes?limit=1000"))
        .bytes()
        .map(|b| serde_json::from_slice(&b).unwrap())
        .unwrap();
    let list = changes["changes"].as_array().unwrap();
    assert!(!list.is_empty());
    for c in list {
        assert_eq!(
            c["api_url"],
            format!("{public}{}", c["url"].as_str().unwrap()),
            "{c}"
        );
        assert_eq!(
            c["permalink"],
            format!("{public}{}", c["page_url"].as_str().unwrap()),
            "{c}"
        );
    }
    let vetted: Value = reqwest::blocking::Client::new()
        .post(format!("{base}/api/v1/vet"))
        .header("content-type", "application/json")
        .body(r#"["八王子セルクリニック"]"#)
        .send()
        .unwrap()
        .bytes()
        .map(|b| serde_json::from_slice(&b).unwrap())
        .unwrap();
    let one = &vetted["results"][0];
    assert_eq!(one["url"], format!("/entities/{survivor}"), "{vetted}");
    assert_eq!(
        one["permalink"],
        format!("{public}/entities/{survivor}"),
        "{vetted}"
    );
    assert_eq!(
        one["api_url"],
        format!("{public}/api/v1/entities/{survivor}"),
        "{vetted}"
    );
    // The configured address makes the citation, and the page says so.
    let n = &notices[0];
    let page = get(&format!(
        "{base}/notices/{}?lang=en",
        n["id"].as_str().unwrap()
    ))
    .text()
    .unwrap();
    assert!(page.contains(&format!("{public}/notices/{}", n["id"].as_str().unwrap())));
    assert!(page.contains("the public address the operator set"));
    // A name a spreadsheet would run as a formula downloads as text.
    let hits: Value = get(&format!(
        "{base}/api/v1/search?q={}&type=notice",
        enc("HYPERLINK")
    ))
    .bytes()
    .map(|b| serde_json::from_slice(&b).unwrap())
    .unwrap();
    let party = hits["hits"][0]["parties"][0]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        party.starts_with('='),
        "the party is printed as written: {hits}"
    );
    let body = get(&format!(
        "{base}/search.csv?q={}&type=notice",
        enc("HYPERLINK")
    ))
    .text()
    .unwrap();
    let rows = csv_rows(&body);
    assert_eq!(rows[1][6], format!("'{party}"), "{body}");
    assert!(
        rows.iter()
            .flatten()
            .all(|c| !c.starts_with(['=', '+', '-', '@'])),
        "{body}"
    );
}
