//! What the crawler keeps from the mirror: every case of SOURCES.md §3 as a
//! notice with its fields, nothing from unrelated pages, the Shift_JIS page
//! read right, and nothing new from a second crawl.

use crate::*;

#[test]
fn every_case_on_record_is_a_notice() {
    let all = api("/api/v1/search?type=notice&per_page=100", 200);
    assert_eq!(all["total"], 12, "{all}");
    // (date, kind, authority, a subject that must be named, articles)
    let cases = [
        (
            "2016-10-31",
            "emergency_order",
            "厚生労働省",
            "医療法人社団慈涌会 アクティクリニック",
            &["法第22条", "法第47条"][..],
        ),
        (
            "2017-02-20",
            "emergency_order",
            "厚生労働省",
            "埼玉メディカルクリニック",
            &["法第22条"][..],
        ),
        (
            "2017-05-08",
            "emergency_order",
            "厚生労働省",
            "大手町クリニック",
            &["法第22条"][..],
        ),
        (
            "2017-06-28",
            "emergency_order",
            "厚生労働省",
            "表参道首藤クリニック",
            &["法第22条"][..],
        ),
        (
            "2017-07-14",
            "emergency_order",
            "厚生労働省",
            "生命科学研究所",
            &["法第47条"][..],
        ),
        (
            "2024-10-25",
            "emergency_order",
            "厚生労働省",
            "医療法人輝鳳会 THE K CLINIC",
            &["法第22条", "法第47条"][..],
        ),
        (
            "2024-12-24",
            "improvement_order",
            "関東信越厚生局",
            "医療法人輝鳳会 池袋クリニック 培養センター",
            &["法第23条第1項", "法第48条第2項"][..],
        ),
        (
            "2025-03-05",
            "improvement_order",
            "九州厚生局",
            "医療法人聖慈会 福岡MSC医療クリニック",
            &["法第23条第1項", "法第48条第2項"][..],
        ),
        (
            "2025-08-29",
            "emergency_order",
            "厚生労働省",
            // Renamed a week before the order: the party under its new name.
            "東京サイエンスクリニック",
            &["法第22条", "法第47条"][..],
        ),
        (
            "2026-01-23",
            "improvement_order",
            "厚生労働省",
            "コージンバイオ(株) 埼玉細胞加工センター",
            &["法第48条第2項"][..],
        ),
        (
            "2026-03-13",
            "emergency_order",
            "厚生労働省",
            "銀座クリニック",
            &["法第22条", "法第47条"][..],
        ),
    ];
    for (date, kind, authority, subject, articles) in cases {
        let n = notice_on(date, kind);
        assert_eq!(n["authority"], authority, "{date}");
        assert!(
            subject_names(&n).iter().any(|s| s == subject),
            "{date}: {subject} not in {:?}",
            subject_names(&n)
        );
        let got: Vec<&str> = n["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["article"].as_str().unwrap())
            .collect();
        assert_eq!(got, articles, "{date}");
        assert!(!n["documents"].as_array().unwrap().is_empty());
    }
    // 2017-06-28: each clinic named in the sources, as a clinic.
    let n = notice_on("2017-06-28", "emergency_order");
    for clinic in ["表参道首藤クリニック", "恵聖会クリニック心斎橋院"] {
        let s = n["subjects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == clinic)
            .unwrap();
        assert_eq!(s["role"], "clinic");
    }
}

#[test]
fn subjects_have_roles_places_and_plans() {
    let n = notice_on("2024-10-25", "emergency_order");
    let s = &n["subjects"];
    assert_eq!(s[0]["role"], "clinic");
    assert_eq!(s[0]["place"], "東京都中央区");
    assert_eq!(s[0]["plans"][0], "悪性腫瘍の予防に対する自家NK細胞療法");
    assert_eq!(s[1]["role"], "cell_processing_facility");
    assert_eq!(s[1]["place"], "東京都豊島区");
    assert_eq!(s[2]["role"], "operator");
    assert_eq!(s[2]["name"], "医療法人輝鳳会");
    // The bureau page with labelled fields run together on one line.
    let n = notice_on("2025-03-05", "improvement_order");
    let facility = n["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["role"] == "cell_processing_facility")
        .unwrap();
    assert_eq!(facility["operator"], "医療法人聖慈会");
    assert_eq!(facility["place"], "福岡県福岡市");
    assert_eq!(facility["articles"][0], "法第48条第2項");
}

#[test]
fn shift_jis_page_served_without_charset_reads_correctly() {
    let n = notice_on("2017-02-20", "emergency_order");
    assert_eq!(n["documents"][0]["encoding"], "Shift_JIS");
    let clinic = &n["subjects"][0];
    assert_eq!(clinic["name"], "埼玉メディカルクリニック");
    assert_eq!(clinic["place"], "埼玉県所沢市");
    assert_eq!(n["violations"][0]["article"], "法第4条第1項");
    assert!(n["text"].as_str().unwrap().contains("他人の臍帯血"));
    // The archive keeps the bytes as fetched: Shift_JIS, not re-encoded.
    let sha = n["documents"][0]["sha256"].as_str().unwrap();
    let bytes = get(&format!("{}/api/v1/documents/{sha}", site().base))
        .bytes()
        .unwrap();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "archived copy must be the original Shift_JIS bytes"
    );
    let (text, _, errors) = encoding_rs::SHIFT_JIS.decode(&bytes);
    assert!(!errors && text.contains("埼玉メディカルクリニック"));
}

#[test]
fn unrelated_press_releases_are_not_notices() {
    for title in [
        "再生医療等評価部会",
        "再生医療等製品の製造販売承認",
        "医療法に基づく改善命令",
    ] {
        let v = search(title, "&type=notice");
        for hit in v["hits"].as_array().unwrap() {
            assert!(
                !hit["title"].as_str().unwrap().contains(title),
                "{title} became a notice: {hit}"
            );
        }
    }
    // They were fetched and archived all the same.
    let graph_docs = std::fs::read(site().data.join("statements.log")).unwrap();
    let log = String::from_utf8_lossy(&graph_docs);
    assert!(log.contains("newpage_demo_unrelated01.html"));
    assert!(log.contains("newpage_demo_unrelated03.html"));
}

#[test]
fn crawling_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let mirror = Mirror::start();
    crawl_mirror(&mirror, &data);
    let log = std::fs::read(data.join("statements.log")).unwrap();
    let out = ok(&tadoru(&[
        "crawl",
        "--data",
        data.to_str().unwrap(),
        "--seed",
        &mirror.seed(),
        "--delay-ms",
        "0",
    ]));
    assert!(out.contains("new documents recorded: 0"), "{out}");
    let out = ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        data.to_str().unwrap(),
        "mirror/site/nta/demo_corporate_numbers.csv",
    ]));
    assert!(out.contains("0 new, 7 already recorded"), "{out}");
    assert_eq!(
        std::fs::read(data.join("statements.log")).unwrap(),
        log,
        "a second crawl appended statements"
    );
}

#[test]
fn crawl_stays_on_allowed_hosts_and_reports_bad_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    let out = tadoru(&[
        "crawl",
        "--data",
        d.to_str().unwrap(),
        "--seed",
        "ftp://example/",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("only http and https"));
    let out = tadoru(&[
        "crawl",
        "--data",
        d.to_str().unwrap(),
        "--seed",
        "not a url",
    ]);
    assert_eq!(out.status.code(), Some(2));
    // A seed on a port nobody listens on: reported, not a crash.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = ok(&tadoru(&[
        "crawl",
        "--data",
        d.to_str().unwrap(),
        "--seed",
        &format!("http://127.0.0.1:{port}/"),
        "--delay-ms",
        "0",
    ]));
    assert!(out.contains("fetched 0 pages"), "{out}");
}

/// A server that misbehaves in every way a crawler meets: pages nested a
/// million deep, binary garbage, a body cut short, a page robots.txt forbids,
/// a 404. The crawl reports each and keeps what it can; nothing crashes.
#[test]
fn hostile_server_is_reported_not_fatal() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let n = s.read(&mut buf).unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
                let ok = |ct: &str, body: &[u8]| {
                    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
                    r.extend_from_slice(body);
                    r
                };
                let resp = match path.as_str() {
                    "/robots.txt" => ok("text/plain", b"User-agent: *\nDisallow: /private/\n"),
                    "/index.html" => ok(
                        "text/html",
                        "<h1>報道発表資料 一覧</h1><ul>\
                         <li><a href=\"/deep.html\">再生医療 deep</a></li>\
                         <li><a href=\"/binary.html\">再生医療 binary</a></li>\
                         <li><a href=\"/cut.html\">再生医療 cut</a></li>\
                         <li><a href=\"/private/secret.html\">再生医療 private</a></li>\
                         <li><a href=\"/gone.html\">再生医療 gone</a></li>\
                         <li><a href=\"http://203.0.113.9/elsewhere.html\">再生医療 elsewhere</a></li></ul>"
                            .as_bytes(),
                    ),
                    "/deep.html" => ok("text/html", "<div>".repeat(1_000_000).as_bytes()),
                    "/binary.html" => ok("text/html", &(0..50_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<_>>()),
                    "/cut.html" => b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<h1>cut".to_vec(),
                    _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
                };
                let _ = s.write_all(&resp);
            });
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    let out = tadoru(&[
        "crawl",
        "--data",
        d.to_str().unwrap(),
        "--seed",
        &format!("{base}/index.html"),
        "--delay-ms",
        "0",
    ]);
    let stdout = ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("1 skipped by robots.txt"), "{stdout}");
    assert!(stdout.contains("1 gone"), "{stdout}");
    assert!(
        stderr.contains("deep.html") && stderr.contains("deep"),
        "{stderr}"
    );
    assert!(stderr.contains("cut.html"), "{stderr}");
    assert!(
        !stdout.contains("elsewhere") && !stderr.contains("203.0.113.9"),
        "left the allowed hosts"
    );
    // The nested and binary pages were still archived as evidence.
    let log =
        String::from_utf8_lossy(&std::fs::read(d.join("statements.log")).unwrap()).into_owned();
    assert!(log.contains("/deep.html") && log.contains("/binary.html"));
    ok(&tadoru(&[
        "search",
        "--data",
        d.to_str().unwrap(),
        "再生医療",
    ]));
}

/// A loopback server for the re-crawl tests: the listing and one notice carry
/// an `ETag`, another a `Last-Modified`, and each answers 304 when asked with
/// them; `/throttled.html` answers 429 with `Retry-After: 3600`. Returns the
/// base url and every request head it saw (lowercased).
fn revalidating_server() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let log = seen.clone();
    let notice = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("mirror/site/stf/newpage_demo20170628.html"),
    )
    .unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 8192];
            let n = s.read(&mut buf).unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_ascii_lowercase();
            log.lock().unwrap().push(head.clone());
            let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let send = |status: &str, headers: &str, body: &[u8]| {
                let mut r = format!(
                    "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                r.extend_from_slice(body);
                r
            };
            let lm = "Wed, 21 Oct 2026 07:28:00 GMT";
            let resp = match path.as_str() {
                "/index.html" if head.contains("if-none-match: \"l1\"") => {
                    send("304 Not Modified", "", b"")
                }
                "/index.html" => send(
                    "200 OK",
                    "Content-Type: text/html\r\nETag: \"l1\"\r\n",
                    "<h1>報道発表資料 一覧</h1>\
                     <a href=\"/saisei_etag.html\">再生医療 1</a>\
                     <a href=\"/saisei_lm.html\">再生医療 2</a>\
                     <a href=\"/throttled.html\">再生医療 3</a>"
                        .as_bytes(),
                ),
                "/saisei_etag.html" if head.contains("if-none-match: \"n1\"") => {
                    send("304 Not Modified", "", b"")
                }
                "/saisei_etag.html" => send(
                    "200 OK",
                    "Content-Type: text/html\r\nETag: \"n1\"\r\n",
                    &notice,
                ),
                "/saisei_lm.html"
                    if head
                        .contains(&format!("if-modified-since: {}", lm.to_ascii_lowercase())) =>
                {
                    send("304 Not Modified", "", b"")
                }
                "/saisei_lm.html" => send(
                    "200 OK",
                    &format!("Content-Type: text/html\r\nLast-Modified: {lm}\r\n"),
                    &notice,
                ),
                "/throttled.html" => send("429 Too Many Requests", "Retry-After: 3600\r\n", b""),
                _ => send("404 Not Found", "", b""),
            };
            let _ = s.write_all(&resp);
        }
    });
    (base, seen)
}

/// A re-crawl of unchanged pages asks with their validators, costs 304s and
/// appends nothing; a host asking for an hour's wait is skipped and said so.
#[test]
fn a_recrawl_costs_304s_and_appends_nothing() {
    let (base, seen) = revalidating_server();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    let crawl = |revisit: &str| {
        ok(&tadoru(&[
            "crawl",
            "--data",
            d.to_str().unwrap(),
            "--seed",
            &format!("{base}/index.html"),
            "--delay-ms",
            "0",
            "--revisit-after",
            revisit,
        ]))
    };
    let first = crawl("0");
    assert!(first.contains("0 not modified (304)"), "{first}");
    let skipped = format!(
        "host {} skipped for the rest of this crawl: http status 429 asked to wait 3600 s, above the cap of 600 s; url(s) not fetched: 1",
        base.trim_start_matches("http://")
    );
    assert!(first.contains(&skipped), "{first}");
    let log = std::fs::read(d.join("statements.log")).unwrap();
    seen.lock().unwrap().clear();
    let second = crawl("0");
    assert!(second.contains("3 not modified (304)"), "{second}");
    assert!(
        second.contains("new documents recorded: 0, new notice statements: 0"),
        "{second}"
    );
    assert_eq!(
        std::fs::read(d.join("statements.log")).unwrap(),
        log,
        "a re-crawl of unchanged pages appended statements"
    );
    let heads = seen.lock().unwrap().clone();
    let asked = |path: &str, header: &str| {
        heads
            .iter()
            .any(|h| h.starts_with(&format!("get {path} ")) && h.contains(header))
    };
    assert!(asked("/index.html", "if-none-match: \"l1\""), "{heads:?}");
    assert!(
        asked("/saisei_etag.html", "if-none-match: \"n1\""),
        "{heads:?}"
    );
    assert!(
        asked(
            "/saisei_lm.html",
            "if-modified-since: wed, 21 oct 2026 07:28:00 gmt"
        ),
        "{heads:?}"
    );
    // Within --revisit-after, the notice pages that answered are left alone;
    // the seed listing is still asked.
    seen.lock().unwrap().clear();
    let third = crawl("1d");
    assert!(
        third.contains("2 pages checked recently were not asked again"),
        "{third}"
    );
    let heads = seen.lock().unwrap().clone();
    assert!(asked_in(&heads, "/index.html"), "{heads:?}");
    assert!(!asked_in(&heads, "/saisei_etag.html"), "{heads:?}");
    assert!(!asked_in(&heads, "/saisei_lm.html"), "{heads:?}");
}

fn asked_in(heads: &[String], path: &str) -> bool {
    heads.iter().any(|h| h.starts_with(&format!("get {path} ")))
}

/// A notice page whose content changes between crawls keeps every version
/// as evidence, and its page and API say that it changed.
#[test]
fn a_changed_page_keeps_every_version() {
    let site = tempfile::tempdir().unwrap();
    let page = |extra: &str| {
        format!(
            "<html><head><meta charset=\"utf-8\"><title>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</title></head>\
             <body><p>（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）</p><p>令和7年5月9日</p>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1>\
             <p>「さがみ野再生クリニック」（神奈川県相模原市）に対し、法第22条に基づき提供の一時停止を命じました。{extra}</p></body></html>"
        )
    };
    std::fs::write(
        site.path().join("index.html"),
        "<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head><body><h1>処分等一覧</h1>\
         <ul><li><a href=\"/n1.html\">再生医療等に関する処分</a></li></ul></body></html>",
    )
    .unwrap();
    std::fs::write(site.path().join("n1.html"), page("")).unwrap();
    let mirror = Mirror::start_root(site.path());
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    // A changed page is seen when it is asked again: every time here.
    let crawl = || {
        ok(&tadoru(&[
            "crawl",
            "--data",
            d,
            "--seed",
            &mirror.seed(),
            "--delay-ms",
            "0",
            "--revisit-after",
            "0",
        ]))
    };
    crawl();
    std::fs::write(
        site.path().join("n1.html"),
        page("（5月12日追記：計画名を訂正）"),
    )
    .unwrap();
    crawl();
    let base = serve(data.path());
    let v: Value = serde_json::from_slice(
        &get(&format!(
            "{base}/api/v1/search?type=notice&q={}",
            enc("さがみ野")
        ))
        .bytes()
        .unwrap(),
    )
    .unwrap();
    let id = v["hits"][0]["id"].as_str().unwrap().to_string();
    let n: Value =
        serde_json::from_slice(&get(&format!("{base}/api/v1/notices/{id}")).bytes().unwrap())
            .unwrap();
    assert_eq!(n["documents"].as_array().unwrap().len(), 2, "{n}");
    assert_eq!(n["changed"], true);
    let html = get(&format!("{base}/notices/{id}?lang=en")).text().unwrap();
    assert!(html.contains("The page changed"), "{html}");
    assert!(
        n["text"].as_str().unwrap().contains("追記"),
        "the record is from the latest version"
    );
}

/// A notice page that vanishes from the listing that linked it is kept,
/// marked withdrawn with the date it was first seen missing.
#[test]
fn a_notice_gone_from_its_listing_is_marked_withdrawn() {
    let site = tempfile::tempdir().unwrap();
    let notice = |name: &str| {
        format!(
            "<html><head><meta charset=\"utf-8\"><title>再生医療等の安全性の確保等に関する法律に基づく改善命令について</title></head>\
             <body><p>（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）</p><p>令和7年6月2日</p>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく改善命令について</h1>\
             <p>「{name}」（千葉県船橋市）に対し、法第23条第1項に基づく改善命令を行いました。</p></body></html>"
        )
    };
    let listing = |pages: &[&str]| {
        let items: String = pages
            .iter()
            .map(|p| format!("<li><a href=\"/{p}\">再生医療等に関する処分 {p}</a></li>"))
            .collect();
        format!(
            "<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head><body><h1>処分等一覧</h1><ul>{items}</ul></body></html>"
        )
    };
    std::fs::write(site.path().join("a.html"), notice("ふなばしセルクリニック")).unwrap();
    std::fs::write(
        site.path().join("b.html"),
        notice("にしふなリジェネクリニック"),
    )
    .unwrap();
    std::fs::write(
        site.path().join("index.html"),
        listing(&["a.html", "b.html"]),
    )
    .unwrap();
    let mirror = Mirror::start_root(site.path());
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
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
    crawl();
    std::fs::write(site.path().join("index.html"), listing(&["a.html"])).unwrap();
    crawl();
    let base = serve(data.path());
    let find = |q: &str| -> Value {
        let v: Value = serde_json::from_slice(
            &get(&format!("{base}/api/v1/search?type=notice&q={}", enc(q)))
                .bytes()
                .unwrap(),
        )
        .unwrap();
        let id = v["hits"][0]["id"].as_str().unwrap().to_string();
        serde_json::from_slice(&get(&format!("{base}/api/v1/notices/{id}")).bytes().unwrap())
            .unwrap()
    };
    assert!(find("にしふなリジェネクリニック")["withdrawn_seen"].is_string());
    assert!(find("ふなばしセルクリニック")["withdrawn_seen"].is_null());
}
