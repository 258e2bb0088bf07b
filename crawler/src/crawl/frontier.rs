//! The frontier: which urls are still to fetch, which were seen, which hosts
//! links may lead to, which links are worth following, and when each host may
//! be asked again (its delay, a `Retry-After`, or never again in this crawl
//! when it asked for a wait longer than the cap).

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use regex::Regex;
use url::Url;

use super::robots::Rules;

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

/// `host[:port]`: the unit of politeness and of the allowed-hosts list.
pub fn host_key(url: &Url) -> String {
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

/// One url to fetch.
#[derive(Debug, Clone)]
pub struct Task {
    pub url: Url,
    /// Link hops from a seed.
    pub depth: usize,
    /// How many times a 429/503 sent it back.
    pub retries: u32,
}

/// What is known of one host during a crawl.
pub struct Host {
    pub rules: Rules,
    /// The least time between two requests.
    pub delay: Duration,
    /// No request before this instant (the delay after the last request, or
    /// the wait a `Retry-After` asked for).
    pub not_before: Option<Instant>,
}

impl Host {
    /// How long until the host may be asked again.
    pub fn wait(&self) -> Duration {
        self.not_before.map_or(Duration::ZERO, |t| {
            t.saturating_duration_since(Instant::now())
        })
    }

    /// A request is being sent now: the next waits at least the delay.
    pub fn sent(&mut self) {
        let next = Instant::now() + self.delay;
        self.not_before = Some(self.not_before.map_or(next, |t| t.max(next)));
    }

    /// The server asked for `wait` before the next request.
    pub fn back_off(&mut self, wait: Duration) {
        let next = Instant::now() + wait.max(self.delay);
        self.not_before = Some(self.not_before.map_or(next, |t| t.max(next)));
    }
}

#[derive(Default)]
pub struct Frontier {
    queue: VecDeque<Task>,
    seen: HashSet<String>,
    allow: HashSet<String>,
    pub hosts: HashMap<String, Host>,
    /// Hosts that asked for a wait above the cap, with the reason.
    skipped: HashMap<String, String>,
}

impl Frontier {
    pub fn new(allow_hosts: &[String]) -> Frontier {
        Frontier {
            allow: allow_hosts.iter().map(|h| h.to_ascii_lowercase()).collect(),
            ..Frontier::default()
        }
    }

    /// A seed: its host becomes allowed.
    pub fn seed(&mut self, url: Url) {
        self.allow.insert(host_key(&url));
        self.push(url, 0);
    }

    pub fn is_allowed(&self, url: &Url) -> bool {
        matches!(url.scheme(), "http" | "https") && self.allow.contains(&host_key(url))
    }

    /// Queues `url` unless it was seen before; returns whether it was new.
    pub fn push(&mut self, url: Url, depth: usize) -> bool {
        let fresh = self.seen.insert(canonical(&url));
        if fresh {
            self.queue.push_back(Task {
                url,
                depth,
                retries: 0,
            });
        }
        fresh
    }

    /// Marks a url (a redirect target) as seen; returns whether it was new.
    pub fn mark_seen(&mut self, url: &Url) -> bool {
        self.seen.insert(canonical(url))
    }

    /// Sends a task back to wait for its host.
    pub fn retry(&mut self, mut task: Task) {
        task.retries += 1;
        self.queue.push_back(task);
    }

    /// Skips `host` for the rest of the crawl; returns how many queued urls
    /// of it are dropped.
    pub fn skip_host(&mut self, host: &str, reason: String) -> usize {
        self.skipped.insert(host.to_string(), reason);
        let before = self.queue.len();
        self.queue.retain(|t| host_key(&t.url) != host);
        before - self.queue.len()
    }

    pub fn is_skipped(&self, host: &str) -> bool {
        self.skipped.contains_key(host)
    }

    /// The next task whose host may be asked now, or else the one whose host
    /// frees up first, with how long to wait for it. Hosts not yet known
    /// (robots.txt not read) are ready.
    pub fn next_ready(&mut self) -> Option<(Task, Duration)> {
        let mut best: Option<(usize, Duration)> = None;
        for (i, t) in self.queue.iter().enumerate() {
            let wait = self
                .hosts
                .get(&host_key(&t.url))
                .map_or(Duration::ZERO, Host::wait);
            if wait.is_zero() {
                best = Some((i, wait));
                break;
            }
            if best.is_none_or(|(_, w)| wait < w) {
                best = Some((i, wait));
            }
        }
        let (i, wait) = best?;
        self.queue.remove(i).map(|t| (t, wait))
    }

    /// Whether a link from a seed or listing page is worth following.
    pub fn worth_following(&self, next: &Url, anchor: &str) -> bool {
        if !self.is_allowed(next) {
            return false;
        }
        let path = next.path().to_ascii_lowercase();
        let htmlish = path.ends_with(".html") || path.ends_with(".htm") || path.ends_with('/');
        let relevant = FOLLOW_WORDS
            .iter()
            .any(|w| anchor.contains(w) || path.contains(w))
            || MONTH_LINK.is_match(anchor)
            || MONTH_LINK.is_match(&path);
        htmlish && relevant
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_drops_the_fragment() {
        let u = Url::parse("http://127.0.0.1:8080/stf/houdou/a.html#top").unwrap();
        assert_eq!(canonical(&u), "http://127.0.0.1:8080/stf/houdou/a.html");
    }

    #[test]
    fn a_waiting_host_lets_another_go_first() {
        let mut f = Frontier::new(&[]);
        f.seed(Url::parse("http://a/1.html").unwrap());
        f.seed(Url::parse("http://b/1.html").unwrap());
        f.hosts.insert(
            "a".into(),
            Host {
                rules: Rules::allow_all(),
                delay: Duration::ZERO,
                not_before: Some(Instant::now() + Duration::from_secs(60)),
            },
        );
        let (t, wait) = f.next_ready().unwrap();
        assert_eq!(t.url.as_str(), "http://b/1.html");
        assert!(wait.is_zero());
        let (t, wait) = f.next_ready().unwrap();
        assert_eq!(t.url.as_str(), "http://a/1.html");
        assert!(wait > Duration::from_secs(50));
        assert_eq!(f.skip_host("a", "x".into()), 0);
    }
}
