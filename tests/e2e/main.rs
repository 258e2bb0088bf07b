//! End-to-end tests: the real `tadoru` binary crawls the bundled mirror over
//! loopback HTTP into a real store; the real App serves it on a loopback port.
//! Grouped by topic: `crawl` (what the crawler keeps), `journeys` (what a
//! patient, a journalist and a clinic ask), `api` (contract and bad input),
//! `pages` (the site's pages: at a glance, HTTP manners, accessibility),
//! `follow` (feeds, the changes API, downloads, citations, archived copies),
//! `vet` (the batch vetting API, OpenRefine reconciliation and the printed
//! vetting record), `openapi` (the API document against real answers, the API page),
//! `snapshots` (insta snapshots of every kind of API answer), `store`
//! (rebuild, import, durability), `attachments` (PDFs of notices: kept,
//! read, searched, bad ones recorded), `browser` (the journeys, phone
//! widths and axe-core in headless Chromium, driven by `webdriver`).

mod api;
mod attachments;
mod browser;
mod crawl;
mod follow;
mod identity;
mod journeys;
mod openapi;
mod pages;
mod phrasings;
mod relevance;
mod snapshots;
mod store;
mod vet;
mod webdriver;
mod xml;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, OnceLock};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_tadoru");

/// Runs `tadoru` with `args` and returns its output.
pub fn tadoru(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run tadoru: {e}"))
}

pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "tadoru failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The bundled mirror served by `tadoru mirror` on a free loopback port.
pub struct Mirror {
    child: Child,
    pub base: String,
}

impl Mirror {
    pub fn start() -> Mirror {
        Mirror::start_with(&[])
    }

    /// A mirror of the pages in `root` (`tadoru mirror --root`).
    pub fn start_root(root: &Path) -> Mirror {
        Mirror::start_with(&["--root", root.to_str().unwrap()])
    }

    fn start_with(extra: &[&str]) -> Mirror {
        let mut child = Command::new(BIN)
            .args(["mirror", "--addr", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the mirror: {e}"));
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let base = line
            .trim()
            .rsplit(' ')
            .next()
            .unwrap()
            .trim_end_matches('/')
            .to_string();
        assert!(
            base.starts_with("http://127.0.0.1:"),
            "unexpected mirror banner {line:?}"
        );
        Mirror { child, base }
    }

    pub fn host(&self) -> &str {
        self.base.trim_start_matches("http://")
    }

    pub fn seed(&self) -> String {
        format!("{}/index.html", self.base)
    }
}

impl Drop for Mirror {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Crawls the mirror and imports its NTA file into `data`.
pub fn crawl_mirror(mirror: &Mirror, data: &Path) {
    let d = data.to_str().unwrap();
    ok(&tadoru(&[
        "crawl",
        "--data",
        d,
        "--seed",
        &mirror.seed(),
        "--delay-ms",
        "0",
    ]));
    let nta = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("mirror/site/nta/demo_corporate_numbers.csv");
    ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        d,
        nta.to_str().unwrap(),
    ]));
}

/// One crawled store served by the real App, shared by the read-only tests.
pub struct Site {
    pub base: String,
    pub data: PathBuf,
    _dir: tempfile::TempDir,
}

pub fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        {
            let mirror = Mirror::start();
            crawl_mirror(&mirror, &data);
        }
        let base = serve(&data);
        Site {
            base,
            data,
            _dir: dir,
        }
    })
}

/// Serves `data` with the real App in this process, on a free port.
pub fn serve(data: &Path) -> String {
    serve_with(data, None)
}

/// [`serve`] with a `--public-url`.
pub fn serve_with(data: &Path, public_url: Option<&str>) -> String {
    let public_url = public_url.map(str::to_string);
    let graph = Arc::new(tadoru_graph::Graph::open(data).unwrap());
    let index = tadoru_index::SearchIndex::open(&data.join("index")).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let state = tadoru_web::AppState {
            graph,
            index: Arc::new(tadoru_web::LiveIndex::new(index)),
            demo: true,
            public_url,
        };
        actix_web::rt::System::new()
            .block_on(tadoru_web::serve_on(state, listener))
            .unwrap();
    });
    for _ in 0..100 {
        if reqwest::blocking::get(format!("{base}/style.css")).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    base
}

pub fn get(url: &str) -> reqwest::blocking::Response {
    reqwest::blocking::Client::new()
        .get(url)
        .send()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

/// GETs an API path of the shared site and parses the JSON, asserting the status.
pub fn api(path: &str, status: u16) -> Value {
    let resp = get(&format!("{}{}", site().base, path));
    assert_eq!(resp.status().as_u16(), status, "GET {path}");
    let ct = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    assert!(
        ct.starts_with("application/json"),
        "GET {path}: content-type {ct}"
    );
    serde_json::from_slice(&resp.bytes().unwrap()).unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Searches the shared site.
pub fn search(q: &str, extra: &str) -> Value {
    api(&format!("/api/v1/search?q={}{extra}", enc(q)), 200)
}

/// The one entity a name looks up to.
pub fn lookup_one(name: &str) -> Value {
    let v = api(&format!("/api/v1/lookup?name={}", enc(name)), 200);
    let entities = v["entities"].as_array().unwrap();
    assert_eq!(entities.len(), 1, "lookup {name}: {v}");
    api(
        &format!("/api/v1/entities/{}", entities[0]["id"].as_str().unwrap()),
        200,
    )
}

/// The notices of the shared site, by issue date.
pub fn notice_on(date: &str, kind: &str) -> Value {
    let v = api(
        &format!("/api/v1/search?type=notice&kind={kind}&per_page=100"),
        200,
    );
    let hit = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["issued_on"] == date)
        .unwrap_or_else(|| panic!("no {kind} dated {date}"));
    api(
        &format!("/api/v1/notices/{}", hit["id"].as_str().unwrap()),
        200,
    )
}

pub fn subject_names(notice: &Value) -> Vec<String> {
    notice["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}
