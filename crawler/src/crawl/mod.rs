//! The crawl: a bounded, deduplicated frontier over the allowed hosts, fetched
//! one request at a time with a per-host delay and robots.txt (RFC 9309) rules.
//! Links are followed only from seeds and listing pages, and only where the
//! anchor or address looks like enforcement news or another listing, so a crawl
//! of the real site does not wander into its thousands of other pages. Every
//! response's exact bytes go to the sink before anything is made of them.
//!
//! Coming back is cheap and polite: validators kept from the last visit make
//! each request conditional (a 304 records nothing), a 429/503 `Retry-After` is
//! honoured per host up to a cap, and redirects are followed here, one hop at a
//! time, so that every target passes robots.txt and the final url is the one
//! archived and used to resolve links.

pub mod attachments;
pub mod fetch;
pub mod frontier;
pub mod robots;

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use tracing::{debug, info, warn};
use url::Url;

use crate::decode::decode;
use crate::extract::extract;
use crate::html::page_text;
use crate::pdf::PdfConfig;
use crate::record::PageContent;
pub use attachments::FetchedAttachment;
pub use fetch::Validators;
use fetch::{Limits, Response};
pub use frontier::canonical;
use frontier::{Frontier, Host, Task, host_key};

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
    /// The most one page may take, headers and body.
    pub timeout: Duration,
    /// The longest silence allowed while waiting for headers or between two
    /// chunks of a body.
    pub read_timeout: Duration,
    /// The longest `Retry-After` honoured; a host asking for more is skipped
    /// for the rest of the crawl.
    pub max_retry_after: Duration,
    /// How often one url may be sent back by a 429/503.
    pub max_retries: u32,
    /// Responses longer than this are kept cut to it, and reported.
    pub max_bytes: usize,
    /// The same for an attachment (a PDF a notice page links): its
    /// beginning is kept, its text not read, and the reason recorded.
    pub max_attachment_bytes: usize,
    /// Attachments fetched from one notice page; the rest are reported.
    pub max_attachments: usize,
    /// How text is read from attachments.
    pub pdf: PdfConfig,
    pub user_agent: String,
    /// A page that is not a seed nor a listing, and that answered within
    /// this time, is not asked again: its listing is, so new notices and
    /// withdrawn ones are still seen. Zero asks every page every time.
    pub revisit_after: Duration,
}

impl Default for CrawlConfig {
    fn default() -> Self {
        CrawlConfig {
            allow_hosts: Vec::new(),
            max_pages: 2_000,
            max_depth: 4,
            delay: Duration::from_secs(2),
            timeout: Duration::from_secs(30),
            read_timeout: Duration::from_secs(20),
            max_retry_after: Duration::from_secs(10 * 60),
            max_retries: 3,
            max_bytes: 20 * 1024 * 1024,
            max_attachment_bytes: 10 * 1024 * 1024,
            max_attachments: 20,
            pdf: PdfConfig::default(),
            user_agent: concat!(
                "tadoru/",
                env!("CARGO_PKG_VERSION"),
                " (+public transparency registry)"
            )
            .to_string(),
            revisit_after: Duration::ZERO,
        }
    }
}

/// The wait assumed when a 429 or 503 gives no (readable) `Retry-After`.
const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Redirect hops followed from one url (RFC 9309 §2.3.1.2 asks for at least five).
const MAX_REDIRECTS: usize = 5;

/// Errors of the crawl as a whole (a single page's failure is reported to the sink).
#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    #[error("invalid seed url {url:?}: {reason}")]
    BadSeed { url: String, reason: String },
    #[error("failed to build http client")]
    Client(#[from] reqwest::Error),
    #[error("sink refused page {url}: {reason}")]
    Sink { url: String, reason: String },
}

/// One fetched response, as the sink receives it.
#[derive(Debug, Clone)]
pub struct FetchedPage {
    /// The url the bytes came from: after redirects, never the one first asked.
    pub url: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub fetched_at: DateTime<Utc>,
    pub sha256: String,
    pub bytes: Vec<u8>,
    /// The encoding the page was decoded with, for HTML.
    pub encoding: Option<&'static str>,
    /// Set when the declared charset did not fit the bytes and another was used.
    pub encoding_note: Option<String>,
    /// The response's `ETag` and `Last-Modified`, for the next visit.
    pub validators: Validators,
    /// The body was longer than the limit: `bytes` is its beginning.
    pub truncated: bool,
    /// What the page is, or why it could not be read.
    pub content: Result<PageContent, String>,
    /// The page carries tadoru's demo marker (`DEMO_MARKER`).
    pub demo: bool,
}

/// A page kept from an earlier visit, read again when the server answers 304.
#[derive(Debug, Clone)]
pub struct KeptPage {
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// Where crawl results go. Errors stop the crawl: evidence that cannot be kept
/// must not be silently dropped.
pub trait CrawlSink {
    /// Keeps a response's exact bytes, before anything is made of them.
    fn keep(&mut self, _bytes: &[u8]) -> Result<(), String> {
        Ok(())
    }
    /// The validators of the latest version of `url` kept, to ask with
    /// `If-None-Match` / `If-Modified-Since`.
    fn validators(&self, _url: &str) -> Option<Validators> {
        None
    }
    /// The latest version of `url` kept, read when the server says it has not
    /// changed (its links are followed again).
    fn kept(&self, _url: &str) -> Option<KeptPage> {
        None
    }
    /// Whether `url` is a page (not a listing) that answered within
    /// `within`: such a page is not asked again ([`CrawlConfig::revisit_after`]).
    fn fresh(&self, _url: &str, _within: Duration) -> bool {
        false
    }
    /// `url` answered 200 or 304 at `at`.
    fn checked(&mut self, _url: &str, _at: DateTime<Utc>) -> Result<(), String> {
        Ok(())
    }
    /// An attachment a notice page links (a PDF), after its bytes were
    /// kept and its text read or not: recorded as a document of its own.
    /// The notice that links it is given to [`CrawlSink::page`] after it.
    fn attachment(&mut self, _attachment: &FetchedAttachment) -> Result<(), String> {
        Ok(())
    }
    fn page(&mut self, page: &FetchedPage) -> Result<(), String>;
    /// A page that answered 404 or 410: it may have been withdrawn. Its body
    /// was kept first.
    fn gone(&mut self, page: &FetchedPage) -> Result<(), String>;
}

/// A host left for the rest of a crawl because it asked for too long a wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedHost {
    pub host: String,
    pub status: u16,
    /// What `Retry-After` asked for.
    pub asked: Duration,
    /// The longest wait the crawl would honour.
    pub cap: Duration,
    /// Urls of the host not fetched because of it (the one asked included).
    pub urls_left: usize,
}

/// What a crawl did.
#[derive(Debug, Clone, Default)]
pub struct CrawlReport {
    /// Responses read (304s included).
    pub fetched: usize,
    /// Conditional requests answered 304: nothing new was recorded for them.
    pub not_modified: usize,
    /// Pages not asked again because they answered within
    /// [`CrawlConfig::revisit_after`].
    pub not_revisited: usize,
    pub notices: usize,
    pub listings: usize,
    pub other: usize,
    pub gone: usize,
    /// 429/503 answers after which the url was asked again later.
    pub retried: usize,
    /// `(url, error)` for pages that could not be fetched or read.
    pub errors: Vec<(String, String)>,
    pub skipped_by_robots: usize,
    pub skipped_hosts: Vec<SkippedHost>,
    /// Attachments of notice pages whose text was read.
    pub attachments_read: usize,
    /// `(url, reason)` for attachments kept without text, or not fetched.
    pub bad_attachments: Vec<(String, String)>,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// How one url's redirect chain ended: the final url and its response, or
/// `None` when robots.txt said no (already counted in the report).
type Outcome = Option<(Url, Response, DateTime<Utc>)>;

/// Crawls from `seeds` and reports every response to `sink`.
pub async fn crawl(
    config: &CrawlConfig,
    seeds: &[String],
    sink: &mut dyn CrawlSink,
) -> Result<CrawlReport, CrawlError> {
    let mut frontier = Frontier::new(&config.allow_hosts);
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
        frontier.seed(url);
    }
    let client = reqwest::Client::builder()
        .user_agent(config.user_agent.clone())
        .connect_timeout(config.timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let limits = Limits {
        max_bytes: config.max_bytes,
        read_timeout: config.read_timeout,
        total_timeout: config.timeout,
    };
    let mut seen = attachments::Seen::default();

    let mut report = CrawlReport::default();
    while let Some((task, wait)) = frontier.next_ready() {
        if report.fetched >= config.max_pages {
            info!(
                max_pages = config.max_pages,
                "page limit reached, crawl stops"
            );
            break;
        }
        if frontier.is_skipped(&host_key(&task.url)) {
            continue;
        }
        if task.depth > 0
            && !config.revisit_after.is_zero()
            && sink.fresh(task.url.as_str(), config.revisit_after)
        {
            report.not_revisited += 1;
            continue;
        }
        if !wait.is_zero() {
            debug!(url = %task.url, wait_ms = wait.as_millis() as u64, "waiting for the host");
            tokio::time::sleep(wait).await;
        }
        let outcome = match follow(
            &client,
            config,
            limits,
            &mut frontier,
            sink,
            &task,
            &mut report,
        )
        .await
        {
            Ok(o) => o,
            Err(e) => {
                warn!(url = %task.url, error = %e, "fetch failed");
                report.errors.push((task.url.to_string(), e));
                continue;
            }
        };
        let Some((url, resp, fetched_at)) = outcome else {
            continue;
        };
        handle(
            &client,
            config,
            limits,
            &mut frontier,
            sink,
            &mut seen,
            task,
            url,
            resp,
            fetched_at,
            &mut report,
        )
        .await?;
    }
    Ok(report)
}

/// The host's state, reading its robots.txt on first sight.
async fn host<'a>(
    hosts: &'a mut HashMap<String, Host>,
    client: &reqwest::Client,
    url: &Url,
    config: &CrawlConfig,
    limits: Limits,
) -> &'a mut Host {
    let key = host_key(url);
    if !hosts.contains_key(&key) {
        let rules = robots::fetch_rules(client, url, &config.user_agent, limits).await;
        let delay = rules
            .crawl_delay
            .map_or(config.delay, |d| d.max(config.delay));
        let mut h = Host {
            rules,
            delay,
            not_before: None,
        };
        // Reading robots.txt was a request to the host too.
        h.sent();
        hosts.insert(key.clone(), h);
    }
    hosts.entry(key).or_insert_with(|| Host {
        rules: robots::Rules::allow_all(),
        delay: config.delay,
        not_before: None,
    })
}

/// Fetches the task's url, following redirects one hop at a time: each
/// target must be on an allowed host and pass its robots.txt.
async fn follow(
    client: &reqwest::Client,
    config: &CrawlConfig,
    limits: Limits,
    frontier: &mut Frontier,
    sink: &dyn CrawlSink,
    task: &Task,
    report: &mut CrawlReport,
) -> Result<Outcome, String> {
    let mut url = task.url.clone();
    for hop in 0..=MAX_REDIRECTS {
        let h = host(&mut frontier.hosts, client, &url, config, limits).await;
        if !h.rules.allowed(&url) {
            debug!(url = %url, from = %task.url, "disallowed by robots.txt");
            report.skipped_by_robots += 1;
            return Ok(None);
        }
        let wait = h.wait();
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        h.sent();
        let validators = sink.validators(url.as_str()).filter(|v| !v.is_empty());
        let fetched_at = Utc::now();
        let resp = fetch::fetch(client, &url, validators.as_ref(), limits)
            .await
            .map_err(|e| e.to_string())?;
        if resp.status == 304 && validators.is_none() {
            return Err("http status 304 to a request that was not conditional".into());
        }
        if !(300..400).contains(&resp.status) || resp.status == 304 {
            return Ok(Some((url, resp, fetched_at)));
        }
        let Some(next) = resp.location.clone() else {
            return Err(format!("http status {} without a location", resp.status));
        };
        if hop == MAX_REDIRECTS {
            break;
        }
        if !frontier.is_allowed(&next) {
            return Err(format!("redirected to {next}, outside the allowed hosts"));
        }
        debug!(from = %url, to = %next, status = resp.status, "redirect");
        frontier.mark_seen(&next);
        url = next;
    }
    Err(format!("more than {MAX_REDIRECTS} redirects"))
}

/// Records one response and queues the links worth following.
#[allow(clippy::too_many_arguments)]
async fn handle(
    client: &reqwest::Client,
    config: &CrawlConfig,
    limits: Limits,
    frontier: &mut Frontier,
    sink: &mut dyn CrawlSink,
    seen: &mut attachments::Seen,
    task: Task,
    url: Url,
    resp: Response,
    fetched_at: DateTime<Utc>,
    report: &mut CrawlReport,
) -> Result<(), CrawlError> {
    let host = host_key(&url);
    let sink_error = |reason: String| CrawlError::Sink {
        url: url.to_string(),
        reason,
    };
    if resp.status == 429 || resp.status == 503 {
        let asked = resp.retry_after.unwrap_or(DEFAULT_RETRY_AFTER);
        if asked > config.max_retry_after {
            let urls_left = frontier.skip_host(&host, format!("retry-after {asked:?}")) + 1;
            warn!(host = %host, status = resp.status, retry_after_s = asked.as_secs(), cap_s = config.max_retry_after.as_secs(), urls_left, "host asked for a wait above the cap, skipped for the rest of this crawl");
            report.skipped_hosts.push(SkippedHost {
                host,
                status: resp.status,
                asked,
                cap: config.max_retry_after,
                urls_left,
            });
        } else if task.retries >= config.max_retries {
            report.errors.push((
                url.to_string(),
                format!("http status {} after {} retries", resp.status, task.retries),
            ));
        } else {
            info!(url = %url, status = resp.status, retry_after_s = asked.as_secs(), "server asked to wait, url asked again later");
            if let Some(h) = frontier.hosts.get_mut(&host) {
                h.back_off(asked);
            }
            report.retried += 1;
            frontier.retry(task);
        }
        return Ok(());
    }
    report.fetched += 1;
    if resp.status == 304 || (200..300).contains(&resp.status) {
        sink.checked(url.as_str(), fetched_at).map_err(sink_error)?;
        if task.url != url {
            sink.checked(task.url.as_str(), fetched_at)
                .map_err(sink_error)?;
        }
    }
    if resp.status == 304 {
        report.not_modified += 1;
        debug!(url = %url, "not modified");
        if task.depth < config.max_depth
            && let Some(kept) = sink.kept(url.as_str())
        {
            let (content, links) = read(&kept.bytes, kept.content_type.as_deref()).1;
            if task.depth == 0 || matches!(content, Ok(PageContent::Listing { .. })) {
                queue_links(config, frontier, &url, task.depth, links);
            }
        }
        return Ok(());
    }
    // The evidence first: whatever follows, these bytes are kept.
    sink.keep(&resp.bytes).map_err(sink_error)?;
    let is_html = resp
        .content_type
        .as_deref()
        .is_none_or(|c| c.contains("html") || c.contains("text/plain"));
    let mut demo = false;
    let mut encoding = None;
    let mut encoding_note = None;
    let (content, links) = if resp.truncated {
        (
            Err(format!(
                "response larger than the limit of {} bytes: its first {} bytes are kept",
                config.max_bytes,
                resp.bytes.len()
            )),
            Vec::new(),
        )
    } else if !(200..300).contains(&resp.status) {
        (Err(format!("http status {}", resp.status)), Vec::new())
    } else if !is_html {
        (
            Err(format!(
                "not an html page ({})",
                resp.content_type.as_deref().unwrap_or("?")
            )),
            Vec::new(),
        )
    } else {
        let (decoded, read) = read(&resp.bytes, resp.content_type.as_deref());
        demo = decoded.text.contains(crate::record::DEMO_MARKER);
        encoding = Some(decoded.encoding);
        encoding_note = decoded.note;
        read
    };
    let complete = !resp.truncated && (200..300).contains(&resp.status);
    let mut page = FetchedPage {
        url: url.to_string(),
        status: resp.status,
        content_type: resp.content_type,
        fetched_at,
        sha256: sha256_hex(&resp.bytes),
        bytes: resp.bytes,
        encoding,
        encoding_note,
        validators: if complete {
            Validators {
                etag: resp.etag,
                last_modified: resp.last_modified,
            }
        } else {
            Validators::default()
        },
        truncated: resp.truncated,
        content,
        demo,
    };
    if page.status == 404 || page.status == 410 {
        report.gone += 1;
        info!(url = %page.url, status = page.status, sha256 = %page.sha256, "page gone");
        return sink.gone(&page).map_err(sink_error);
    }
    match &page.content {
        Ok(PageContent::Notices(n)) => report.notices += n.len(),
        Ok(PageContent::Listing { .. }) => report.listings += 1,
        Ok(PageContent::Other { .. }) => report.other += 1,
        Err(e) => report.errors.push((page.url.clone(), e.clone())),
    }
    if let Some(note) = &page.encoding_note {
        warn!(url = %page.url, note = %note, "declared charset does not fit the bytes");
    }
    // A notice's attachments are fetched, kept and read before the notice
    // is recorded, so that the notice's statement lists them.
    if let Ok(PageContent::Notices(records)) = &mut page.content {
        let found = attachments::links(&url, &links);
        if !found.is_empty() {
            let limits = Limits {
                max_bytes: config.max_attachment_bytes,
                ..limits
            };
            let kept = attachments::fetch_all(
                client, config, limits, frontier, sink, seen, &url, page.demo, found, report,
            )
            .await?;
            // They are the page's orders' details: a closure the page
            // reports as an addendum (part `closure`) is another matter.
            let addendum =
                |r: &crate::NoticeRecord| r.part.as_deref().is_some_and(|p| p.ends_with("closure"));
            let all = records.iter().all(addendum);
            for r in records.iter_mut().filter(|r| all || !addendum(r)) {
                r.attachments = kept.clone();
            }
        }
    }
    info!(url = %page.url, status = page.status, sha256 = %page.sha256, "fetched page");
    sink.page(&page).map_err(sink_error)?;
    if task.depth == 0 || matches!(page.content, Ok(PageContent::Listing { .. })) {
        queue_links(config, frontier, &url, task.depth, links);
    }
    Ok(())
}

type Read = (Result<PageContent, String>, Vec<(String, String)>);

/// Decodes and extracts a page: what it is and its links.
fn read(bytes: &[u8], content_type: Option<&str>) -> (crate::decode::Decoded, Read) {
    let decoded = decode(bytes, content_type);
    let read = match page_text(&decoded.text) {
        Ok(text) => (Ok(extract(&text)), text.links),
        Err(e) => (Err(e.to_string()), Vec::new()),
    };
    (decoded, read)
}

/// Queues the links of a page at `url` (the final url: relative links
/// resolve against it) that are worth following.
fn queue_links(
    config: &CrawlConfig,
    frontier: &mut Frontier,
    url: &Url,
    depth: usize,
    links: Vec<(String, String)>,
) {
    if depth >= config.max_depth {
        return;
    }
    for (href, anchor) in links {
        let Ok(next) = url.join(&href) else { continue };
        if frontier.worth_following(&next, &anchor) {
            frontier.push(next, depth + 1);
        }
    }
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
}
