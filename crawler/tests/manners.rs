//! The crawler against hostile servers on 127.0.0.1: each test serves one
//! misbehaviour (throttling, stalls, a huge robots.txt, a lying charset,
//! redirects around robots.txt, oversized and missing pages) and checks what
//! the crawler asked, waited for, kept and reported.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tadoru_crawler::PageContent;
use tadoru_crawler::crawl::{
    CrawlConfig, CrawlReport, CrawlSink, FetchedPage, KeptPage, Validators, crawl,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One request the server saw.
#[derive(Debug, Clone)]
struct Hit {
    path: String,
    /// The request head, lowercased.
    head: String,
    at: Instant,
}

/// What the server sends: these bytes, then (optionally) silence before closing.
struct Reply {
    bytes: Vec<u8>,
    stall: Option<Duration>,
}

fn reply(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    Reply { bytes, stall: None }
}

fn html(body: &str) -> Reply {
    reply(
        "200 OK",
        &[("Content-Type", "text/html; charset=utf-8")],
        body.as_bytes(),
    )
}

type Handler = Arc<dyn Fn(&str, &str) -> Reply + Send + Sync>;

struct Server {
    base: String,
    hits: Arc<Mutex<Vec<Hit>>>,
}

impl Server {
    async fn start(handler: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let hits: Arc<Mutex<Vec<Hit>>> = Arc::default();
        let handler: Handler = Arc::new(handler);
        let log = hits.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                let handler = handler.clone();
                let log = log.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let head = String::from_utf8_lossy(&buf).to_ascii_lowercase();
                    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                    log.lock().unwrap().push(Hit {
                        path: path.clone(),
                        head: head.clone(),
                        at: Instant::now(),
                    });
                    let r = handler(&path, &head);
                    let _ = sock.write_all(&r.bytes).await;
                    let _ = sock.flush().await;
                    if let Some(d) = r.stall {
                        tokio::time::sleep(d).await;
                    }
                    let _ = sock.shutdown().await;
                });
            }
        });
        Server { base, hits }
    }

    fn hits(&self, path: &str) -> Vec<Hit> {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .filter(|h| h.path == path)
            .cloned()
            .collect()
    }

    fn host(&self) -> String {
        self.base.trim_start_matches("http://").to_string()
    }
}

/// Keeps what a crawl reports, in memory, and answers validators from it.
#[derive(Default)]
struct MemSink {
    /// Every `keep`, `page` and `gone` in order.
    events: Vec<String>,
    kept: Vec<Vec<u8>>,
    pages: Vec<FetchedPage>,
    gone: Vec<FetchedPage>,
    store: HashMap<String, (Validators, Option<String>, Vec<u8>)>,
}

impl CrawlSink for MemSink {
    fn keep(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.events.push(format!("keep {}", bytes.len()));
        self.kept.push(bytes.to_vec());
        Ok(())
    }
    fn validators(&self, url: &str) -> Option<Validators> {
        self.store.get(url).map(|(v, _, _)| v.clone())
    }
    fn kept(&self, url: &str) -> Option<KeptPage> {
        self.store.get(url).map(|(_, ct, b)| KeptPage {
            content_type: ct.clone(),
            bytes: b.clone(),
        })
    }
    fn page(&mut self, page: &FetchedPage) -> Result<(), String> {
        self.events.push(format!("page {}", page.url));
        self.store.insert(
            page.url.clone(),
            (
                page.validators.clone(),
                page.content_type.clone(),
                page.bytes.clone(),
            ),
        );
        self.pages.push(page.clone());
        Ok(())
    }
    fn gone(&mut self, page: &FetchedPage) -> Result<(), String> {
        self.events.push(format!("gone {}", page.url));
        self.gone.push(page.clone());
        Ok(())
    }
}

fn config(server: &Server) -> CrawlConfig {
    CrawlConfig {
        allow_hosts: vec![server.host()],
        delay: Duration::ZERO,
        ..CrawlConfig::default()
    }
}

async fn run(config: &CrawlConfig, seed: &str, sink: &mut MemSink) -> CrawlReport {
    crawl(config, &[seed.to_string()], sink).await.unwrap()
}

const LISTING: &str = r#"<html><body><h1>報道発表資料</h1>
<a href="/saisei_a.html">再生医療 A</a>
<a href="/saisei_b.html">再生医療 B</a></body></html>"#;

/// A real notice page of the bundled mirror (UTF-8).
fn notice_html() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../mirror/site/stf/newpage_demo20170628.html"
    );
    std::fs::read_to_string(path).unwrap()
}

#[tokio::test]
async fn a_second_crawl_asks_conditionally_and_gets_304s() {
    let lm = "Wed, 21 Oct 2026 07:28:00 GMT";
    let server = Server::start(move |path, head| match path {
        "/index.html" => {
            if head.contains("if-none-match: \"list-1\"") {
                return reply("304 Not Modified", &[("ETag", "\"list-1\"")], b"");
            }
            reply(
                "200 OK",
                &[
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("ETag", "\"list-1\""),
                ],
                LISTING.as_bytes(),
            )
        }
        "/saisei_a.html" if head.contains("if-modified-since: wed, 21 oct 2026 07:28:00 gmt") => {
            reply("304 Not Modified", &[], b"")
        }
        "/saisei_a.html" | "/saisei_b.html" => reply(
            "200 OK",
            &[("Content-Type", "text/html"), ("Last-Modified", lm)],
            notice_html().as_bytes(),
        ),
        _ => reply("404 Not Found", &[], b"no"),
    })
    .await;
    let mut sink = MemSink::default();
    let cfg = config(&server);
    let seed = format!("{}/index.html", server.base);
    let first = run(&cfg, &seed, &mut sink).await;
    assert_eq!((first.fetched, first.not_modified), (3, 0), "{first:?}");
    assert_eq!(sink.pages.len(), 3);
    let listing = &sink.pages[0];
    assert_eq!(listing.validators.etag.as_deref(), Some("\"list-1\""));
    assert_eq!(sink.pages[1].validators.last_modified.as_deref(), Some(lm));

    // saisei_b changes its mind: it ignores the validators and answers 200.
    sink.pages.clear();
    sink.kept.clear();
    let second = run(&cfg, &seed, &mut sink).await;
    assert_eq!((second.fetched, second.not_modified), (3, 2), "{second:?}");
    // The 304s record nothing; the links of the listing kept are followed.
    let urls: Vec<_> = sink.pages.iter().map(|p| p.url.as_str()).collect();
    assert_eq!(urls, [format!("{}/saisei_b.html", server.base)]);
    assert_eq!(sink.kept.len(), 1);
    let asked = server.hits("/index.html");
    assert!(asked[1].head.contains("if-none-match: \"list-1\""));
    let asked = server.hits("/saisei_a.html");
    assert!(
        asked[1]
            .head
            .contains("if-modified-since: wed, 21 oct 2026 07:28:00 gmt")
    );
    assert!(!asked[1].head.contains("if-none-match"));
}

#[tokio::test]
async fn a_304_to_an_unconditional_request_is_an_error_not_a_page() {
    let server = Server::start(|_, _| reply("304 Not Modified", &[], b"")).await;
    let mut sink = MemSink::default();
    let report = run(
        &config(&server),
        &format!("{}/index.html", server.base),
        &mut sink,
    )
    .await;
    assert!(sink.pages.is_empty() && sink.gone.is_empty());
    assert!(report.errors[0].1.contains("not conditional"), "{report:?}");
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured_for_the_host() {
    let count = Arc::new(Mutex::new(0));
    let c = count.clone();
    let server = Server::start(move |path, _| match path {
        "/index.html" => {
            let mut n = c.lock().unwrap();
            *n += 1;
            if *n == 1 {
                reply(
                    "429 Too Many Requests",
                    &[("Retry-After", "2")],
                    b"slow down",
                )
            } else {
                html(LISTING)
            }
        }
        "/robots.txt" => reply("404 Not Found", &[], b""),
        _ => html("<p>x</p>"),
    })
    .await;
    let mut sink = MemSink::default();
    let started = Instant::now();
    let report = run(
        &config(&server),
        &format!("{}/index.html", server.base),
        &mut sink,
    )
    .await;
    assert_eq!(report.retried, 1, "{report:?}");
    let hits = server.hits("/index.html");
    assert_eq!(hits.len(), 2);
    let waited = hits[1].at - hits[0].at;
    assert!(
        waited >= Duration::from_millis(1900),
        "asked again after {waited:?}"
    );
    // Every later request to the host waited too.
    let a = server.hits("/saisei_a.html");
    assert!(a[0].at - hits[0].at >= Duration::from_millis(1900));
    assert_eq!(sink.pages.len(), 3, "the 429 is no page");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[tokio::test]
async fn retry_after_as_a_date_is_honoured() {
    let count = Arc::new(Mutex::new(0));
    let c = count.clone();
    let server = Server::start(move |path, _| {
        if path == "/robots.txt" {
            return reply("404 Not Found", &[], b"");
        }
        let mut n = c.lock().unwrap();
        *n += 1;
        if *n == 1 {
            // The first answer asks to wait until 3 s from now (to the second).
            let at = chrono::Utc::now() + chrono::Duration::seconds(3);
            let date = at.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
            reply("503 Service Unavailable", &[("Retry-After", &date)], b"")
        } else {
            html("<p>ok</p>")
        }
    })
    .await;
    let mut sink = MemSink::default();
    let report = run(
        &config(&server),
        &format!("{}/p.html", server.base),
        &mut sink,
    )
    .await;
    let hits = server.hits("/p.html");
    assert_eq!(hits.len(), 2, "{report:?}");
    assert!(hits[1].at - hits[0].at >= Duration::from_millis(1000));
    assert_eq!(sink.pages.len(), 1);
}

#[tokio::test]
async fn a_wait_above_the_cap_skips_the_host_and_says_so() {
    let server = Server::start(|path, _| match path {
        "/robots.txt" => reply("404 Not Found", &[], b""),
        "/index.html" => html(LISTING),
        _ => reply("429 Too Many Requests", &[("Retry-After", "3600")], b""),
    })
    .await;
    let mut sink = MemSink::default();
    let started = Instant::now();
    let report = run(
        &config(&server),
        &format!("{}/index.html", server.base),
        &mut sink,
    )
    .await;
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(report.skipped_hosts.len(), 1, "{report:?}");
    let s = &report.skipped_hosts[0];
    assert_eq!(
        (s.status, s.asked, s.urls_left),
        (429, Duration::from_secs(3600), 2)
    );
    assert_eq!(s.host, server.host());
    // One 429, then nothing more to that host.
    assert_eq!(server.hits("/saisei_a.html").len(), 1);
    assert!(server.hits("/saisei_b.html").is_empty());
}

#[tokio::test]
async fn a_stall_between_chunks_fails_fast_with_an_honest_message() {
    let server = Server::start(|path, _| match path {
        "/robots.txt" => reply("404 Not Found", &[], b""),
        _ => {
            let mut r = reply("200 OK", &[("Content-Type", "text/html")], b"");
            // Claims 1000 bytes, sends 10, then nothing.
            r.bytes = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html>abcd"
                .to_vec();
            r.stall = Some(Duration::from_secs(30));
            r
        }
    })
    .await;
    let mut sink = MemSink::default();
    let cfg = CrawlConfig {
        read_timeout: Duration::from_secs(1),
        ..config(&server)
    };
    let started = Instant::now();
    let report = run(&cfg, &format!("{}/index.html", server.base), &mut sink).await;
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        report.errors[0].1,
        "server stalled: no data for 1 s after 10 bytes"
    );
    // Silence before the headers is a stall too.
    let silent = Server::start(|path, _| match path {
        "/robots.txt" => reply("404 Not Found", &[], b""),
        _ => Reply {
            bytes: Vec::new(),
            stall: Some(Duration::from_secs(30)),
        },
    })
    .await;
    let cfg = CrawlConfig {
        read_timeout: Duration::from_secs(1),
        ..config(&silent)
    };
    let report = run(&cfg, &format!("{}/index.html", silent.base), &mut sink).await;
    assert_eq!(
        report.errors[0].1,
        "server stalled: no response headers for 1 s"
    );
}

#[tokio::test]
async fn a_5_mb_robots_txt_is_read_up_to_500_kib() {
    let mut robots = b"User-agent: *\nDisallow: /saisei_b.html\n".to_vec();
    while robots.len() < 5 * 1024 * 1024 {
        robots.extend_from_slice(b"# a very long robots.txt full of comments\n");
    }
    let robots = Arc::new(robots);
    let server = Server::start(move |path, _| match path {
        "/robots.txt" => reply("200 OK", &[("Content-Type", "text/plain")], &robots),
        "/index.html" => html(LISTING),
        _ => html("<p>x</p>"),
    })
    .await;
    let mut sink = MemSink::default();
    let report = run(
        &config(&server),
        &format!("{}/index.html", server.base),
        &mut sink,
    )
    .await;
    assert_eq!(report.skipped_by_robots, 1, "{report:?}");
    assert_eq!(sink.pages.len(), 2);
    assert!(server.hits("/saisei_b.html").is_empty());
}

#[tokio::test]
async fn shift_jis_bytes_under_a_utf8_header_are_read_as_a_notice() {
    let page = notice_html()
        .replace("charset=\"UTF-8\"", "")
        .replace("charset=UTF-8", "")
        .replace("charset=utf-8", "");
    let (sjis, _, bad) = encoding_rs::SHIFT_JIS.encode(&page);
    assert!(!bad);
    let sjis = sjis.into_owned();
    let server = Server::start(move |path, _| match path {
        "/robots.txt" => reply("404 Not Found", &[], b""),
        _ => reply(
            "200 OK",
            &[("Content-Type", "text/html; charset=UTF-8")],
            &sjis,
        ),
    })
    .await;
    let mut sink = MemSink::default();
    let report = run(
        &config(&server),
        &format!("{}/saisei.html", server.base),
        &mut sink,
    )
    .await;
    assert!(report.notices >= 1 && report.other == 0, "{report:?}");
    let p = &sink.pages[0];
    assert!(matches!(p.content, Ok(PageContent::Notices(_))));
    assert_eq!(p.encoding, Some("Shift_JIS"));
    let note = p.encoding_note.as_deref().unwrap();
    assert!(
        note.contains("declares UTF-8") && note.contains("Shift_JIS"),
        "{note}"
    );
}

#[tokio::test]
async fn redirects_are_archived_under_the_final_url_and_pass_robots() {
    let server = Server::start(|path, _| match path {
        "/robots.txt" => reply("200 OK", &[], b"User-agent: *\nDisallow: /private/\n"),
        "/index.html" => html(
            r#"<a href="/saisei_old.html">再生医療</a> <a href="/saisei_sneaky.html">再生医療</a>"#,
        ),
        "/saisei_old.html" => reply("301 Moved", &[("Location", "/new/saisei_new.html")], b""),
        "/saisei_sneaky.html" => reply("302 Found", &[("Location", "/private/saisei.html")], b""),
        "/new/saisei_new.html" => html("<p>moved here</p>"),
        _ => html("<p>x</p>"),
    })
    .await;
    let mut sink = MemSink::default();
    let report = run(
        &config(&server),
        &format!("{}/index.html", server.base),
        &mut sink,
    )
    .await;
    let urls: Vec<_> = sink.pages.iter().map(|p| p.url.clone()).collect();
    let b = &server.base;
    assert_eq!(
        urls,
        [
            format!("{b}/index.html"),
            format!("{b}/new/saisei_new.html")
        ]
    );
    assert_eq!(report.skipped_by_robots, 1, "{report:?}");
    assert!(server.hits("/private/saisei.html").is_empty());
}

#[tokio::test]
async fn an_oversized_body_is_kept_cut_and_said_so() {
    let big = "x".repeat(10_000);
    let server = Server::start(move |path, _| match path {
        "/robots.txt" => reply("404 Not Found", &[], b""),
        _ => html(&big),
    })
    .await;
    let mut sink = MemSink::default();
    let cfg = CrawlConfig {
        max_bytes: 1000,
        ..config(&server)
    };
    let report = run(&cfg, &format!("{}/index.html", server.base), &mut sink).await;
    assert_eq!(sink.events[0], "keep 1000");
    let p = &sink.pages[0];
    assert!(p.truncated && p.bytes.len() == 1000);
    assert_eq!(p.validators, Validators::default());
    let e = p.content.as_ref().unwrap_err();
    assert_eq!(
        e,
        "response larger than the limit of 1000 bytes: its first 1000 bytes are kept"
    );
    assert_eq!(report.errors.len(), 1);
}

#[tokio::test]
async fn a_404_body_is_kept_before_the_page_is_reported_gone() {
    let server = Server::start(|path, _| match path {
        "/robots.txt" => reply("404 Not Found", &[], b""),
        _ => reply(
            "404 Not Found",
            &[("Content-Type", "text/html")],
            b"<p>not here</p>",
        ),
    })
    .await;
    let mut sink = MemSink::default();
    let report = run(
        &config(&server),
        &format!("{}/gone.html", server.base),
        &mut sink,
    )
    .await;
    assert_eq!(report.gone, 1);
    let url = format!("{}/gone.html", server.base);
    assert_eq!(sink.events, ["keep 15".to_string(), format!("gone {url}")]);
    assert_eq!(sink.gone[0].bytes, b"<p>not here</p>");
    assert_eq!(sink.gone[0].status, 404);
}
