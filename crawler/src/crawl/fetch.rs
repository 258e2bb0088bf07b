//! One HTTP exchange, done carefully: a conditional GET when validators are
//! known (RFC 9110 §13.1), a body read chunk by chunk under a stall timeout as
//! well as the total one, a size limit that keeps what was read rather than
//! dropping it, and `Retry-After` (RFC 9110 §10.2.3) read in both its forms.
//! Redirects are not followed here: the crawl follows them itself, so that
//! each target passes robots.txt and the allowed hosts.

use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use reqwest::header::{self, HeaderMap};
use url::Url;

/// The validators kept from an earlier response of a url, sent back as
/// `If-None-Match` / `If-Modified-Since`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// Limits of one exchange.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Bytes of body kept; the rest is not read.
    pub max_bytes: usize,
    /// The longest silence allowed between two chunks of the body (and
    /// before the response headers).
    pub read_timeout: Duration,
    /// The whole exchange, headers and body.
    pub total_timeout: Duration,
}

/// A response as read.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The `Location` of a redirect, resolved against the request url.
    pub location: Option<Url>,
    /// The wait a 429 or 503 asked for.
    pub retry_after: Option<Duration>,
    pub bytes: Vec<u8>,
    /// The body was longer than `max_bytes`: `bytes` holds its beginning.
    pub truncated: bool,
}

/// Why an exchange failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("request failed: {0}")]
    Request(String),
    #[error("server stalled: no response headers for {secs} s")]
    NoHeaders { secs: u64 },
    #[error("server stalled: no data for {secs} s after {bytes} bytes")]
    Stalled { secs: u64, bytes: usize },
    #[error("timed out after {secs} s (the limit for one page) with {bytes} bytes read")]
    TotalTimeout { secs: u64, bytes: usize },
    #[error("reading body failed after {bytes} bytes: {reason}")]
    Body { bytes: usize, reason: String },
}

/// GETs `url` once, without following redirects.
pub async fn fetch(
    client: &reqwest::Client,
    url: &Url,
    validators: Option<&Validators>,
    limits: Limits,
) -> Result<Response, FetchError> {
    let started = tokio::time::Instant::now();
    let deadline = started + limits.total_timeout;
    let mut request = client.get(url.clone());
    if let Some(v) = validators {
        if let Some(etag) = &v.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(lm) = &v.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, lm);
        }
    }
    let header_wait = limits.read_timeout.min(limits.total_timeout);
    let mut resp = match tokio::time::timeout(header_wait, request.send()).await {
        Err(_) if header_wait < limits.total_timeout => {
            return Err(FetchError::NoHeaders {
                secs: header_wait.as_secs(),
            });
        }
        Err(_) => {
            return Err(FetchError::TotalTimeout {
                secs: limits.total_timeout.as_secs(),
                bytes: 0,
            });
        }
        Ok(Err(e)) => return Err(FetchError::Request(error_chain(&e))),
        Ok(Ok(r)) => r,
    };
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let text = |name: header::HeaderName| header_text(&headers, name);
    let location = text(header::LOCATION).and_then(|l| url.join(&l).ok());
    let retry_after = text(header::RETRY_AFTER).and_then(|v| parse_retry_after(&v, Utc::now()));
    let mut out = Response {
        status,
        content_type: text(header::CONTENT_TYPE),
        etag: text(header::ETAG),
        last_modified: text(header::LAST_MODIFIED),
        location,
        retry_after,
        bytes: Vec::new(),
        truncated: false,
    };
    // A 304 and a redirect carry nothing worth keeping.
    if status == 304 || (300..400).contains(&status) {
        return Ok(out);
    }
    loop {
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Err(FetchError::TotalTimeout {
                secs: limits.total_timeout.as_secs(),
                bytes: out.bytes.len(),
            });
        }
        let left = deadline - now;
        let wait = limits.read_timeout.min(left);
        let chunk = match tokio::time::timeout(wait, resp.chunk()).await {
            Err(_) if wait == limits.read_timeout => {
                return Err(FetchError::Stalled {
                    secs: limits.read_timeout.as_secs(),
                    bytes: out.bytes.len(),
                });
            }
            Err(_) => {
                return Err(FetchError::TotalTimeout {
                    secs: limits.total_timeout.as_secs(),
                    bytes: out.bytes.len(),
                });
            }
            Ok(Err(e)) => {
                return Err(FetchError::Body {
                    bytes: out.bytes.len(),
                    reason: error_chain(&e),
                });
            }
            Ok(Ok(None)) => break,
            Ok(Ok(Some(chunk))) => chunk,
        };
        let room = limits.max_bytes - out.bytes.len();
        if chunk.len() > room {
            out.bytes.extend_from_slice(&chunk[..room]);
            out.truncated = true;
            break;
        }
        out.bytes.extend_from_slice(&chunk);
    }
    Ok(out)
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The error and its causes on one line (reqwest's own message names only
/// the outermost).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let c = cause.to_string();
        if !s.contains(&c) {
            s.push_str(": ");
            s.push_str(&c);
        }
        source = cause.source();
    }
    s
}

/// Reads `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3,
/// with the obsolete date forms of §5.6.7). A date in the past is no wait.
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = http_date(value)?;
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

/// An HTTP-date in any of its three forms.
pub fn http_date(value: &str) -> Option<DateTime<Utc>> {
    if let Ok(d) = DateTime::parse_from_rfc2822(value) {
        return Some(d.with_timezone(&Utc));
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; asctime: "Sun Nov  6 08:49:37 1994".
    let bare = value.trim_end_matches("GMT").trim();
    ["%A, %d-%b-%y %H:%M:%S", "%a %b %e %H:%M:%S %Y"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(bare, f).ok())
        .map(|n| n.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = DateTime::parse_from_rfc3339("1994-11-06T08:49:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            parse_retry_after("3600", now),
            Some(Duration::from_secs(3600))
        );
        for v in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(
                parse_retry_after(v, now),
                Some(Duration::from_secs(37)),
                "{v}"
            );
        }
        // A date already past asks for no wait; nonsense asks for nothing.
        assert_eq!(
            parse_retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }
}
