//! A small W3C WebDriver client (the endpoints the browser tests use, over
//! the blocking reqwest already in the tree) driving Debian's headless
//! Chromium through chromedriver. Each `Browser` starts its own chromedriver
//! on a free loopback port and one Chromium session with a fresh profile, and
//! ends both when dropped, a failing test included.
//!
//! chromedriver and Chromium are found through `CHROMEDRIVER` / `CHROMIUM`,
//! else on `PATH` (`.ci/setup-browser` installs Debian's `chromium` and
//! `chromium-driver`). When they are missing the tests fail and say how to
//! install them: they never pass without having run.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The key WebDriver names an element reference with.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find_program(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

fn missing(what: &str) -> ! {
    panic!(
        "{what} not found: the browser tests need Debian's chromium and chromium-driver. \
         Run .ci/setup-browser (apt-get install -y chromium chromium-driver) or set \
         CHROMIUM and CHROMEDRIVER to their paths"
    )
}

pub struct Browser {
    driver: Child,
    url: String,
    http: reqwest::blocking::Client,
    profile: tempfile::TempDir,
}

/// An element found on the page.
#[derive(Clone)]
pub struct Element(String);

impl Browser {
    /// Starts chromedriver and a headless Chromium session.
    pub fn start() -> Browser {
        let driver_bin = find_program("CHROMEDRIVER", &["chromedriver"])
            .unwrap_or_else(|| missing("chromedriver"));
        let chromium = find_program("CHROMIUM", &["chromium", "chromium-browser"])
            .unwrap_or_else(|| missing("chromium"));
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_bin.display()));
        let profile = tempfile::tempdir().unwrap();
        let mut b = Browser {
            driver,
            url: format!("http://127.0.0.1:{port}"),
            http: reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(90))
                .build()
                .unwrap(),
            profile,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = b
                .http
                .get(format!("{}/status", b.url))
                .send()
                .ok()
                .and_then(|r| r.json_value().ok())
                .is_some_and(|v| v["value"]["ready"] == true);
            if ready {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver ({}) did not start on port {port}",
                driver_bin.display()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        // The flags CI's Chromium needs: headless as root, no network of its own.
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--hide-scrollbars",
            "--lang=ja",
            &format!("--user-data-dir={}", b.profile.path().display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": {"binary": chromium, "args": args},
        }}});
        let v = b.call("POST", "/session", caps);
        let session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        b.url = format!("{}/session/{session}", b.url);
        b
    }

    /// One WebDriver command; panics with the driver's message on an error.
    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.url);
        let req = match method {
            "GET" => self.http.get(&url),
            "DELETE" => self.http.delete(&url),
            _ => self.http.post(&url).json_body(&body),
        };
        let resp = req
            .send()
            .unwrap_or_else(|e| panic!("webdriver {method} {path}: {e}"));
        let status = resp.status();
        let v = resp.json_value().unwrap_or(Value::Null);
        assert!(
            status.is_success(),
            "webdriver {method} {path}: {status} {}",
            v["value"]["message"]
        );
        v["value"].clone()
    }

    /// Opens a page and waits for it to load.
    pub fn goto(&self, url: &str) {
        self.call("POST", "/url", json!({"url": url}));
    }

    pub fn current_url(&self) -> String {
        self.call("GET", "/url", Value::Null)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Runs a script (a function body: `return …`) in the page.
    pub fn js(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            json!({"script": script, "args": args}),
        )
    }

    /// Runs a script whose last argument is the callback it answers through.
    pub fn js_async(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/async",
            json!({"script": script, "args": args}),
        )
    }

    /// A Chrome DevTools command through chromedriver.
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.call(
            "POST",
            "/goog/cdp/execute",
            json!({"cmd": cmd, "params": params}),
        )
    }

    /// Lays pages out as a phone or desktop of this width does (a page with
    /// `<meta name=viewport content="width=device-width">` gets this width).
    pub fn viewport(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 800}),
        );
    }

    /// Print media (the vetting record on paper) or screen.
    pub fn media(&self, media: &str) {
        self.cdp("Emulation.setEmulatedMedia", json!({"media": media}));
    }

    pub fn find(&self, css: &str) -> Element {
        let v = self.call(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        Element(
            v[ELEMENT]
                .as_str()
                .unwrap_or_else(|| panic!("{css}: {v}"))
                .to_string(),
        )
    }

    pub fn find_all(&self, css: &str) -> Vec<Element> {
        self.call(
            "POST",
            "/elements",
            json!({"using": "css selector", "value": css}),
        )
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e[ELEMENT].as_str().map(|s| Element(s.to_string())))
        .collect()
    }

    /// The elements matching `css` once there is at least one (a page that
    /// a click or a form submission is still loading), waiting up to 15 s;
    /// an empty list after that.
    pub fn find_all_eventually(&self, css: &str) -> Vec<Element> {
        let until = std::time::Instant::now() + std::time::Duration::from_secs(15);
        loop {
            let found = self.find_all(css);
            if !found.is_empty() || std::time::Instant::now() >= until {
                return found;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    pub fn click(&self, e: &Element) {
        self.call("POST", &format!("/element/{}/click", e.0), json!({}));
    }

    /// Types text into a field, as a person would.
    pub fn type_into(&self, e: &Element, text: &str) {
        self.call(
            "POST",
            &format!("/element/{}/value", e.0),
            json!({"text": text}),
        );
    }

    pub fn text(&self, e: &Element) -> String {
        self.call("GET", &format!("/element/{}/text", e.0), Value::Null)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    pub fn attr(&self, e: &Element, name: &str) -> Option<String> {
        self.call(
            "GET",
            &format!("/element/{}/attribute/{name}", e.0),
            Value::Null,
        )
        .as_str()
        .map(str::to_string)
    }

    /// Where an element is on the laid-out page (CSS pixels).
    pub fn rect(&self, e: &Element) -> (f64, f64, f64, f64) {
        let r = self.call("GET", &format!("/element/{}/rect", e.0), Value::Null);
        let n = |k: &str| r[k].as_f64().unwrap_or(f64::NAN);
        (n("x"), n("y"), n("width"), n("height"))
    }

    pub fn displayed(&self, e: &Element) -> bool {
        self.call("GET", &format!("/element/{}/displayed", e.0), Value::Null) == json!(true)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ends Chromium, then its driver.
        let _ = self.http.delete(&self.url).send();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// JSON in and out without reqwest's `json` feature.
trait JsonBody {
    fn json_body(self, v: &Value) -> Self;
}

impl JsonBody for reqwest::blocking::RequestBuilder {
    fn json_body(self, v: &Value) -> Self {
        self.header("content-type", "application/json")
            .body(v.to_string())
    }
}

trait JsonValue {
    fn json_value(self) -> Result<Value, String>;
}

impl JsonValue for reqwest::blocking::Response {
    fn json_value(self) -> Result<Value, String> {
        let bytes = self.bytes().map_err(|e| e.to_string())?;
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }
}
