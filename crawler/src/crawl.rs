//! The crawl: a bounded, deduplicated frontier over the allowed hosts, fetched
//! one request at a time with a per-host delay and robots.txt (RFC 9309) rules.
//! Links are followed only from seeds and listing pages, and only where the
//! anchor or address looks like enforcement news or another listing, so a crawl
//! of the real site does not wander into its thousands of other pages. Every
//! response's exact bytes go to the sink before anything is made of them.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use regex::Regex;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;
use texting_robots::Robot;
use tracing::{debug, info, warn};
use url::Url;

use crate::decode::decode;
use crate::extract::extract;
use crate::html::page_text;
use crate::record::PageContent;

/// How a crawl behaves. Defaults are polite to the real MHLW site.
#[derive(Debug, Clone)]
pub struct CrawlConfig {
    /// Hosts (with port, if not the default) links may be followed to.
    pub allow_hosts: Vec<String>,
    pub max_pages: usize,
    /// Link hops from a seed.
    pub max_depth: usize,
    /// The least time between two requests to one host; robots.txt may ask for more.
    pub delay: Duration,
    pub timeout: Duration,
    /// Responses longer than this are cut off and reported.
    pub max_bytes: usize,
    pub user_agent: String,
}

impl Default for CrawlConfig {
    fn default() -> Self {
        CrawlConfig {
            allow_hosts: Vec::new(),
            max_pages: 2_000,
            max_depth: 4,
            delay: Duration::from_secs(2),
            timeout: Duration::from_secs(30),
            max_bytes: 20 * 1024 * 1024,
            user_agent: concat!(
                "tadoru/",
                env!("CARGO_PKG_VERSION"),
                " (+public transparency registry)"
            )
            .to_string(),
        }
    }
}

/// Errors of the crawl as a whole (a single page's failure is reported to the sink).
#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    #[error("invalid seed url {url:?}: {reason}")]
    BadSeed { url: String, reason: String },
    #[error("failed to build http client: {0}")]
    Client(#[from] reqwest::Error),
    #[error("sink refused page {url}: {reason}")]
    Sink { url: String, reason: String },
}

/// One fetched response, as the sink receives it.
#[derive(Debug, Clone)]
pub struct FetchedPage {
    pub url: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub fetched_at: DateTime<Utc>,
    pub sha256: String,
    pub bytes: Vec<u8>,
    /// The encoding the page was decoded with, for HTML.
    pub encoding: Option<&'static str>,
    /// What the page is, or why it could not be read.
    pub content: Result<PageContent, String>,
    /// The page carries tadoru's demo marker (`DEMO_MARKER`).
    pub demo: bool,
}

/// Where crawl results go. Errors stop the crawl: evidence that cannot be kept
/// must not be silently dropped.
pub trait CrawlSink {
    fn page(&mut self, page: &FetchedPage) -> Result<(), String>;
    /// A page that answered 404 or 410: it may have been withdrawn.
    fn gone(&mut self, url: &str, status: u16, seen_at: DateTime<Utc>) -> Result<(), String>;
}

/// What a crawl did.
#[derive(Debug, Clone, Default)]
pub struct CrawlReport {
    pub fetched: usize,
    pub notices: usize,
    pub listings: usize,
    pub other: usize,
    pub gone: usize,
    /// `(url, error)` for pages that could not be fetched or read.
    pub errors: Vec<(String, String)>,
    pub skipped_by_robots: usize,
}

static MONTH_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{4}年\s*\d{1,2}月|houdou_list|list|ichiran")
        .unwrap_or_else(|e| unreachable!("{e}"))
});

/// Words that make a link worth following from a listing page.
const FOLLOW_WORDS: [&str; 11] = [
    "再生医療",
    "細胞",
    "緊急命令",
    "改善命令",
    "停止命令",
    "取消",
    "廃止",
    "報道発表",
    "一覧",
    "処分",
    "saisei",
];

fn host_key(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        _ => String::new(),
    }
}

/// The URL without its fragment: the unit of deduplication.
pub fn canonical(url: &Url) -> String {
    let mut u = url.clone();
    u.set_fragment(None);
    u.to_string()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

struct HostState {
    robot: Option<Robot>,
    delay: Duration,
    last: Option<Instant>,
}

/// Crawls from `seeds` and reports every response to `sink`.
pub async fn crawl(
    config: &CrawlConfig,
    seeds: &[String],
    sink: &mut dyn CrawlSink,
) -> Result<CrawlReport, CrawlError> {
    let mut allow: HashSet<String> = config
        .allow_hosts
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let mut frontier: VecDeque<(Url, usize)> = VecDeque::new();
    let mut seen: HashSet<String> = HashSet::new();
    for s in seeds {
        let url = Url::parse(s).map_err(|e| CrawlError::BadSeed {
            url: s.clone(),
            reason: e.to_string(),
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(CrawlError::BadSeed {
                url: s.clone(),
                reason: "only http and https are crawled".into(),
            });
        }
        // A seed's own host is always allowed.
        allow.insert(host_key(&url));
        if seen.insert(canonical(&url)) {
            frontier.push_back((url, 0));
        }
    }
    let allow_redirect = allow.clone();
    let client = reqwest::Client::builder()
        .user_agent(config.user_agent.clone())
        .timeout(config.timeout)
        .connect_timeout(config.timeout)
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 5 {
                attempt.error("too many redirects")
            } else if allow_redirect.contains(&host_key(attempt.url())) {
                attempt.follow()
            } else {
                attempt.stop()
            }
        }))
        .build()?;

    let mut hosts: HashMap<String, HostState> = HashMap::new();
    let mut report = CrawlReport::default();
    while let Some((url, depth)) = frontier.pop_front() {
        if report.fetched >= config.max_pages {
            info!(
                max_pages = config.max_pages,
                "page limit reached, crawl stops"
            );
            break;
        }
        let host = host_key(&url);
        if !hosts.contains_key(&host) {
            let state = robots(&client, &url, config).await;
            hosts.insert(host.clone(), state);
        }
        let Some(state) = hosts.get_mut(&host) else {
            continue;
        };
        if let Some(robot) = &state.robot {
            if !robot.allowed(url.as_str()) {
                debug!(url = %url, "disallowed by robots.txt");
                report.skipped_by_robots += 1;
                continue;
            }
        }
        if let Some(last) = state.last {
            let wait = state.delay.saturating_sub(last.elapsed());
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
            }
        }
        state.last = Some(Instant::now());

        let fetched_at = Utc::now();
        let (status, content_type, bytes) = match fetch(&client, &url, config.max_bytes).await {
            Ok(r) => r,
            Err(e) => {
                warn!(url = %url, error = %e, "fetch failed");
                report.errors.push((url.to_string(), e));
                continue;
            }
        };
        report.fetched += 1;
        if status == 404 || status == 410 {
            report.gone += 1;
            sink.gone(url.as_str(), status, fetched_at)
                .map_err(|reason| CrawlError::Sink {
                    url: url.to_string(),
                    reason,
                })?;
            continue;
        }
        let is_html = content_type
            .as_deref()
            .is_none_or(|c| c.contains("html") || c.contains("text/plain"));
        let mut demo = false;
        let (encoding, content, links) = if !(200..300).contains(&status) {
            (None, Err(format!("http status {status}")), Vec::new())
        } else if !is_html {
            (
                None,
                Err(format!(
                    "not an html page ({})",
                    content_type.as_deref().unwrap_or("?")
                )),
                Vec::new(),
            )
        } else {
            let decoded = decode(&bytes, content_type.as_deref());
            demo = decoded.text.contains(crate::record::DEMO_MARKER);
            match page_text(&decoded.text) {
                Ok(text) => {
                    let content = extract(&text);
                    (Some(decoded.encoding), Ok(content), text.links)
                }
                Err(e) => (Some(decoded.encoding), Err(e.to_string()), Vec::new()),
            }
        };
        let page = FetchedPage {
            url: url.to_string(),
            status,
            content_type,
            fetched_at,
            sha256: sha256_hex(&bytes),
            bytes,
            encoding,
            content,
            demo,
        };
        match &page.content {
            Ok(PageContent::Notices(n)) => report.notices += n.len(),
            Ok(PageContent::Listing { .. }) => report.listings += 1,
            Ok(PageContent::Other { .. }) => report.other += 1,
            Err(e) => report.errors.push((page.url.clone(), e.clone())),
        }
        info!(url = %page.url, status, sha256 = %page.sha256, "fetched page");
        sink.page(&page).map_err(|reason| CrawlError::Sink {
            url: page.url.clone(),
            reason,
        })?;

        let follow = depth == 0 || matches!(page.content, Ok(PageContent::Listing { .. }));
        if follow && depth < config.max_depth {
            for (href, anchor) in links {
                let Ok(next) = url.join(&href) else { continue };
                if !matches!(next.scheme(), "http" | "https") || !allow.contains(&host_key(&next)) {
                    continue;
                }
                let path = next.path().to_ascii_lowercase();
                let htmlish =
                    path.ends_with(".html") || path.ends_with(".htm") || path.ends_with('/');
                let relevant = FOLLOW_WORDS
                    .iter()
                    .any(|w| anchor.contains(w) || path.contains(w))
                    || MONTH_LINK.is_match(&anchor)
                    || MONTH_LINK.is_match(&path);
                if htmlish && relevant && seen.insert(canonical(&next)) {
                    frontier.push_back((next, depth + 1));
                }
            }
        }
    }
    Ok(report)
}

async fn robots(client: &reqwest::Client, url: &Url, config: &CrawlConfig) -> HostState {
    let mut state = HostState {
        robot: None,
        delay: config.delay,
        last: None,
    };
    let Ok(robots_url) = url.join("/robots.txt") else {
        return state;
    };
    match fetch(client, &robots_url, 512 * 1024).await {
        Ok((status, _, bytes)) if (200..300).contains(&status) => {
            match Robot::new(&config.user_agent, &bytes) {
                Ok(robot) => {
                    if let Some(d) = robot.delay {
                        state.delay = state.delay.max(Duration::from_secs_f32(d.clamp(0.0, 60.0)));
                    }
                    state.robot = Some(robot);
                }
                Err(e) => {
                    warn!(url = %robots_url, error = %e, "unreadable robots.txt, crawling as if absent")
                }
            }
        }
        // RFC 9309 §2.3.1.3: an unreachable robots.txt (5xx) means full disallow.
        Ok((status, _, _)) if status >= 500 => {
            warn!(url = %robots_url, status, "robots.txt unavailable, host skipped");
            state.robot = Robot::new(&config.user_agent, b"User-agent: *\nDisallow: /").ok();
        }
        // RFC 9309 §2.3.1.4: unreachable through a network error is also full disallow.
        Err(e) => {
            warn!(url = %robots_url, error = %e, "robots.txt unreachable, host skipped");
            state.robot = Robot::new(&config.user_agent, b"User-agent: *\nDisallow: /").ok();
        }
        // 4xx (§2.3.1.3): no robots.txt, everything is allowed.
        Ok(_) => {}
    }
    state
}

/// GETs `url`, reading at most `max_bytes` of the body.
async fn fetch(
    client: &reqwest::Client,
    url: &Url,
    max_bytes: usize,
) -> Result<(u16, Option<String>, Vec<u8>), String> {
    let mut resp = client
        .get(url.clone())
        .send()
        .await
        .map_err(|e| format!("request failed: {e}"))?;
    let status = resp.status().as_u16();
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut bytes = Vec::new();
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| format!("reading body failed: {e}"))?
    {
        if bytes.len() + chunk.len() > max_bytes {
            return Err(format!(
                "response larger than the limit of {max_bytes} bytes"
            ));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok((status, content_type, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_empty_input() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn canonical_drops_the_fragment() {
        let u = Url::parse("http://127.0.0.1:8080/stf/houdou/a.html#top").unwrap();
        assert_eq!(canonical(&u), "http://127.0.0.1:8080/stf/houdou/a.html");
    }
}
