//! robots.txt (RFC 9309) for one host: fetched once per crawl, following up
//! to five redirects (§2.3.1.2), parsed up to its first 500 KiB (§2.5) with a
//! longer file cut at a line boundary rather than refused, and read as "all
//! allowed" when absent (4xx) or "all disallowed" when unreachable (5xx or a
//! network error, §2.3.1.3–4). `Crawl-delay` may lengthen the host's delay.

use std::time::Duration;

use texting_robots::Robot;
use tracing::{debug, warn};
use url::Url;

use super::fetch::{Limits, fetch};

/// RFC 9309 §2.5: crawlers must parse at least the first 500 kibibytes.
pub const ROBOTS_MAX_BYTES: usize = 500 * 1024;

/// What robots.txt says for one host.
pub struct Rules {
    robot: Option<Robot>,
    /// Crawl-delay, if the file gives one (capped at a minute).
    pub crawl_delay: Option<Duration>,
}

impl Rules {
    /// No robots.txt: everything is allowed.
    pub fn allow_all() -> Rules {
        Rules {
            robot: None,
            crawl_delay: None,
        }
    }

    fn disallow_all(user_agent: &str) -> Rules {
        Rules {
            robot: Robot::new(user_agent, b"User-agent: *\nDisallow: /").ok(),
            crawl_delay: None,
        }
    }

    /// Parses a robots.txt body, cutting it to [`ROBOTS_MAX_BYTES`] at the
    /// last line break first. An unparsable file counts as absent.
    pub fn parse(user_agent: &str, bytes: &[u8]) -> Rules {
        let bytes = cut_at_line(bytes, ROBOTS_MAX_BYTES);
        match Robot::new(user_agent, bytes) {
            Ok(robot) => Rules {
                crawl_delay: robot
                    .delay
                    .map(|d| Duration::from_secs_f32(d.clamp(0.0, 60.0))),
                robot: Some(robot),
            },
            Err(e) => {
                warn!(error = %e, "unreadable robots.txt, crawling as if absent");
                Rules::allow_all()
            }
        }
    }

    pub fn allowed(&self, url: &Url) -> bool {
        self.robot.as_ref().is_none_or(|r| r.allowed(url.as_str()))
    }
}

/// The first `max` bytes of `bytes`, ending after the last line break in
/// them (all of it when it is shorter).
pub fn cut_at_line(bytes: &[u8], max: usize) -> &[u8] {
    if bytes.len() <= max {
        return bytes;
    }
    let head = &bytes[..max];
    match head.iter().rposition(|&b| b == b'\n' || b == b'\r') {
        Some(i) => &head[..=i],
        None => &[],
    }
}

/// Fetches and reads robots.txt for the host of `url`.
pub async fn fetch_rules(
    client: &reqwest::Client,
    url: &Url,
    user_agent: &str,
    limits: Limits,
) -> Rules {
    let Ok(mut robots_url) = url.join("/robots.txt") else {
        return Rules::allow_all();
    };
    // Read a little past the limit only to know the file was longer.
    let limits = Limits {
        max_bytes: ROBOTS_MAX_BYTES,
        ..limits
    };
    for _ in 0..=5 {
        match fetch(client, &robots_url, None, limits).await {
            Ok(r) if (300..400).contains(&r.status) && r.status != 304 => match r.location {
                Some(next) => robots_url = next,
                None => return Rules::allow_all(),
            },
            Ok(r) if (200..300).contains(&r.status) => {
                if r.truncated {
                    warn!(url = %robots_url, kept = r.bytes.len(), "robots.txt longer than 500 KiB, parsing its beginning (RFC 9309 §2.5)");
                }
                return Rules::parse(user_agent, &r.bytes);
            }
            Ok(r) if r.status >= 500 || r.status == 429 => {
                warn!(url = %robots_url, status = r.status, "robots.txt unavailable, host skipped");
                return Rules::disallow_all(user_agent);
            }
            Ok(r) => {
                debug!(url = %robots_url, status = r.status, "no robots.txt, everything allowed");
                return Rules::allow_all();
            }
            Err(e) => {
                warn!(url = %robots_url, error = %e, "robots.txt unreachable, host skipped");
                return Rules::disallow_all(user_agent);
            }
        }
    }
    // §2.3.1.2: more than five redirects may be treated as unavailable (4xx).
    Rules::allow_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_file_is_cut_at_a_line_break() {
        let mut body = b"User-agent: *\nDisallow: /private/\n".to_vec();
        while body.len() < 2 * ROBOTS_MAX_BYTES {
            body.extend_from_slice(b"# padding padding padding padding\n");
        }
        let cut = cut_at_line(&body, ROBOTS_MAX_BYTES);
        assert!(cut.len() <= ROBOTS_MAX_BYTES);
        assert!(cut.ends_with(b"\n"));
        let rules = Rules::parse("tadoru", &body);
        let base = Url::parse("http://h/").unwrap();
        assert!(!rules.allowed(&base.join("/private/x.html").unwrap()));
        assert!(rules.allowed(&base.join("/stf/a.html").unwrap()));
    }

    #[test]
    fn a_short_file_is_kept_whole() {
        assert_eq!(cut_at_line(b"abc", 10), b"abc");
        assert_eq!(cut_at_line(b"abcdef", 3), b"");
    }
}
