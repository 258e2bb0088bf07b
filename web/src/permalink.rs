//! Absolute addresses for permalinks, citations and feeds. A deployment
//! names its public address with `--public-url`; without it the address is
//! taken from the request (its Host header and scheme), and pages say which,
//! because a citation copied from `http://127.0.0.1:8080` is no permalink.

use actix_web::HttpRequest;

/// Where the absolute address came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseSource {
    /// `--public-url`.
    Configured,
    /// The request's Host header.
    Request,
}

/// The site's address: `https://host[:port][/prefix]`, no trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    pub url: String,
    pub source: BaseSource,
}

impl Base {
    /// The absolute address of a site path (`/entities/e-…`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

/// Checks a `--public-url`: an http(s) address without query, fragment,
/// user info or spaces. Returns it without a trailing slash.
pub fn parse_public_url(s: &str) -> Result<String, String> {
    let s = s.trim();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or_else(|| format!("{s:?} must start with https:// or http://"))?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || !host_ok(host) {
        return Err(format!("{s:?} has no valid host"));
    }
    if rest
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>'))
    {
        return Err(format!(
            "{s:?} must be a plain address (no spaces, query or fragment)"
        ));
    }
    Ok(s.trim_end_matches('/').to_string())
}

/// A host (and port) as a Host header may carry it: letters, digits, dots,
/// hyphens, a port, or a bracketed IPv6 address. Anything else (a header
/// injected to forge links) is not used.
fn host_ok(host: &str) -> bool {
    host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

/// The address absolute links are made from for this request.
pub fn base(req: &HttpRequest, configured: Option<&str>) -> Base {
    if let Some(url) = configured {
        return Base {
            url: url.trim_end_matches('/').to_string(),
            source: BaseSource::Configured,
        };
    }
    let info = req.connection_info();
    let scheme = match info.scheme() {
        "https" => "https",
        _ => "http",
    };
    let host = info.host();
    let host = if host_ok(host) { host } else { "localhost" };
    Base {
        url: format!("{scheme}://{host}"),
        source: BaseSource::Request,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_checked() {
        assert_eq!(
            parse_public_url("https://tadoru.example/").unwrap(),
            "https://tadoru.example"
        );
        assert_eq!(
            parse_public_url("http://127.0.0.1:8080/reg").unwrap(),
            "http://127.0.0.1:8080/reg"
        );
        for bad in [
            "tadoru.example",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x/?q=1",
            "https://x/#f",
            "javascript:alert(1)",
            "https://u@x",
        ] {
            assert!(parse_public_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_forged_host_is_not_used() {
        let req = actix_web::test::TestRequest::default()
            .insert_header(("Host", "evil\"><script>"))
            .to_http_request();
        assert_eq!(base(&req, None).url, "http://localhost");
        let req = actix_web::test::TestRequest::default()
            .insert_header(("Host", "tadoru.example:8080"))
            .to_http_request();
        let b = base(&req, None);
        assert_eq!(b.url, "http://tadoru.example:8080");
        assert_eq!(b.source, BaseSource::Request);
        assert_eq!(
            base(&req, Some("https://t.example/")).join("/x"),
            "https://t.example/x"
        );
    }
}
