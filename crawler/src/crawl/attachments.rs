//! The files a notice page links as its details (別添, 概要 — PDFs at
//! `https://www.mhlw.go.jp/content/NNNNNNNNN.pdf`): found among the page's
//! links, fetched with the same manners as pages (allowed hosts, robots.txt,
//! the host's delay, conditional requests) under a size limit of their own,
//! kept as evidence before anything is read from them, and read for text
//! (`crate::pdf`). Whatever goes wrong — not allowed, not found, too large,
//! not a PDF, encrypted, unreadable — becomes the attachment's recorded
//! reason; the crawl goes on.

use std::collections::HashMap;

use tracing::{info, warn};
use url::Url;

use super::fetch::Limits;
use super::frontier::{Frontier, Task, canonical};
use super::{CrawlConfig, CrawlError, CrawlReport, CrawlSink, Validators, follow, sha256_hex};
use crate::pdf::{self, PdfError};
use crate::record::Attachment;

/// One attachment's response, as the sink receives it (its bytes are kept
/// already).
#[derive(Debug, Clone)]
pub struct FetchedAttachment {
    /// The url the bytes came from, after redirects.
    pub url: String,
    /// The notice page that links it.
    pub linked_from: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub fetched_at: chrono::DateTime<chrono::Utc>,
    pub sha256: String,
    pub bytes: Vec<u8>,
    pub validators: Validators,
    pub truncated: bool,
    /// The page linking it carries tadoru's demo marker.
    pub demo: bool,
    /// What became of it: its text read (and by which reader), or why not.
    pub outcome: Result<pdf::TextReader, String>,
}

/// A link of a notice page taken for an attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub url: Url,
    /// The link's text (`別添（PDF：123KB）`), or the file's name when it has none.
    pub title: String,
    /// Only the link's text calls it an attachment (`別紙`): it is one if
    /// the server answers a PDF (`application/pdf`, or bytes that are one),
    /// and is left alone otherwise.
    pub maybe: bool,
}

/// Words of a link's text that say it leads to a PDF even when its address
/// does not end in `.pdf`.
const PDF_WORDS: &[&str] = &["PDF", "ＰＤＦ", "pdf"];

/// Words of a link's text that name an attachment, which may or may not be
/// a PDF: the answer decides.
const ATTACHMENT_WORDS: &[&str] = &["別添", "別紙", "添付資料"];

/// The links of a page at `page` that are attachments: an address ending in
/// `.pdf`, or a link text saying PDF; and, to be decided by the answer, a
/// link text naming an attachment. Each address once, in page order.
pub fn links(page: &Url, links: &[(String, String)]) -> Vec<Link> {
    let mut out: Vec<Link> = Vec::new();
    for (href, anchor) in links {
        let Ok(mut url) = page.join(href) else {
            continue;
        };
        url.set_fragment(None);
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        let is_pdf = url.path().to_ascii_lowercase().ends_with(".pdf")
            || PDF_WORDS.iter().any(|w| anchor.contains(w));
        let maybe = !is_pdf && ATTACHMENT_WORDS.iter().any(|w| anchor.contains(w));
        if !(is_pdf || maybe) || out.iter().any(|l| canonical(&l.url) == canonical(&url)) {
            continue;
        }
        let title = anchor.split_whitespace().collect::<Vec<_>>().join(" ");
        let title = if title.is_empty() {
            url.path_segments()
                .and_then(|mut s| s.next_back())
                .unwrap_or("")
                .to_string()
        } else {
            title
        };
        out.push(Link { url, title, maybe });
    }
    out
}

/// Attachments already fetched in this crawl, by canonical url (`None`: a
/// link that turned out not to be one): a PDF two notices link is fetched once.
#[derive(Debug, Default)]
pub struct Seen(HashMap<String, Option<Attachment>>);

/// Fetches, keeps and reads the attachments `found` on the notice page
/// `page_url`. Only the sink's refusal to keep evidence stops the crawl.
#[allow(clippy::too_many_arguments)]
pub async fn fetch_all(
    client: &reqwest::Client,
    config: &CrawlConfig,
    limits: Limits,
    frontier: &mut Frontier,
    sink: &mut dyn CrawlSink,
    seen: &mut Seen,
    page_url: &Url,
    demo: bool,
    found: Vec<Link>,
    report: &mut CrawlReport,
) -> Result<Vec<Attachment>, CrawlError> {
    let mut out = Vec::new();
    let limit = config.max_attachments;
    if found.len() > limit {
        let reason = format!(
            "the page links {} attachments; only the first {limit} are fetched",
            found.len()
        );
        warn!(url = %page_url, reason = %reason, "too many attachments");
        report.bad_attachments.push((page_url.to_string(), reason));
    }
    for link in found.into_iter().take(limit) {
        let key = canonical(&link.url);
        if let Some(known) = seen.0.get(&key) {
            if let Some(known) = known {
                out.push(Attachment {
                    title: link.title,
                    ..known.clone()
                });
            }
            continue;
        }
        let Some(a) = fetch_one(
            client, config, limits, frontier, sink, page_url, demo, &link, report,
        )
        .await?
        else {
            seen.0.insert(key, None);
            continue;
        };
        match &a.error {
            Some(e) => {
                warn!(url = %a.url, page = %page_url, reason = %e, "attachment not read");
                report.bad_attachments.push((a.url.clone(), e.clone()));
            }
            None => {
                info!(url = %a.url, page = %page_url, sha256 = a.sha256.as_deref().unwrap_or(""), reader = a.reader.map(|r| r.name()).unwrap_or(""), "attachment read");
                report.attachments_read += 1;
            }
        }
        seen.0.insert(key, Some(a.clone()));
        out.push(a);
    }
    Ok(out)
}

/// An attachment with nothing fetched, and why.
fn not_fetched(link: &Link, reason: String) -> Attachment {
    Attachment {
        title: link.title.clone(),
        url: link.url.to_string(),
        sha256: None,
        len: 0,
        content_type: None,
        text: None,
        reader: None,
        note: None,
        error: Some(reason),
    }
}

#[allow(clippy::too_many_arguments)]
async fn fetch_one(
    client: &reqwest::Client,
    config: &CrawlConfig,
    limits: Limits,
    frontier: &mut Frontier,
    sink: &mut dyn CrawlSink,
    page_url: &Url,
    demo: bool,
    link: &Link,
    report: &mut CrawlReport,
) -> Result<Option<Attachment>, CrawlError> {
    // A link only its text calls an attachment is one only if it answers a
    // PDF: whatever else happens to it, it is no attachment.
    let give_up = |link: &Link, reason: String| -> Option<Attachment> {
        (!link.maybe).then(|| not_fetched(link, reason))
    };
    if !frontier.is_allowed(&link.url) {
        return Ok(give_up(
            link,
            format!(
                "not fetched: {} is not an allowed host",
                super::host_key(&link.url)
            ),
        ));
    }
    frontier.mark_seen(&link.url);
    let task = Task {
        url: link.url.clone(),
        depth: 0,
        retries: 0,
    };
    let (url, resp, fetched_at) =
        match follow(client, config, limits, frontier, &*sink, &task, report).await {
            Ok(Some(o)) => o,
            Ok(None) => {
                return Ok(give_up(
                    link,
                    "not fetched: disallowed by robots.txt".into(),
                ));
            }
            Err(e) => return Ok(give_up(link, format!("could not be fetched: {e}"))),
        };
    let (status, content_type, bytes, truncated, validators) = if resp.status == 304 {
        match sink.kept(url.as_str()) {
            Some(k) => (200, k.content_type, k.bytes, false, Validators::default()),
            None => {
                return Ok(give_up(
                    link,
                    "the server answered 304 but no earlier copy is kept".into(),
                ));
            }
        }
    } else {
        let complete = !resp.truncated && (200..300).contains(&resp.status);
        let validators = if complete {
            Validators {
                etag: resp.etag,
                last_modified: resp.last_modified,
            }
        } else {
            Validators::default()
        };
        (
            resp.status,
            resp.content_type,
            resp.bytes,
            resp.truncated,
            validators,
        )
    };
    if link.maybe {
        let says_pdf = content_type
            .as_deref()
            .is_some_and(|c| c.to_ascii_lowercase().starts_with("application/pdf"));
        if !(200..300).contains(&status) || !(says_pdf || pdf::looks_like_pdf(&bytes)) {
            tracing::debug!(url = %url, status, "a link named like an attachment is not a pdf");
            return Ok(None);
        }
    }
    // The evidence first: whatever follows, these bytes are kept.
    sink.keep(&bytes).map_err(|reason| CrawlError::Sink {
        url: url.to_string(),
        reason,
    })?;
    let sha256 = sha256_hex(&bytes);
    let ct = content_type
        .clone()
        .unwrap_or_else(|| "no content type".into());
    let read: Result<pdf::PdfText, String> = if truncated {
        Err(format!(
            "larger than the limit of {} bytes for an attachment: its first {} bytes are kept, its text is not read",
            limits.max_bytes,
            bytes.len()
        ))
    } else if !(200..300).contains(&status) {
        Err(format!("http status {status}"))
    } else if !pdf::looks_like_pdf(&bytes) {
        Err(format!("{} ({ct})", PdfError::NotPdf))
    } else {
        let owned = bytes.clone();
        let pdf_config = config.pdf.clone();
        tokio::task::spawn_blocking(move || pdf::extract_text(&owned, &pdf_config))
            .await
            .map_err(|e| format!("the text reader stopped: {e}"))
            .and_then(|r| r.map_err(|e| e.to_string()))
    };
    let fetched = FetchedAttachment {
        url: url.to_string(),
        linked_from: page_url.to_string(),
        status,
        content_type: content_type.clone(),
        fetched_at,
        sha256: sha256.clone(),
        validators,
        truncated,
        demo,
        outcome: read.as_ref().map(|t| t.reader).map_err(Clone::clone),
        bytes,
    };
    sink.attachment(&fetched)
        .map_err(|reason| CrawlError::Sink {
            url: url.to_string(),
            reason,
        })?;
    let (text, reader, note, error) = match read {
        Ok(t) => (Some(t.text), Some(t.reader), t.note, None),
        Err(e) => (None, None, None, Some(e)),
    };
    Ok(Some(Attachment {
        title: link.title.clone(),
        url: url.to_string(),
        sha256: Some(sha256),
        len: fetched.bytes.len() as u64,
        content_type,
        text,
        reader,
        note,
        error,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(href: &str, anchor: &str) -> (String, String) {
        (href.to_string(), anchor.to_string())
    }

    #[test]
    fn pdf_links_are_found_by_address_or_by_their_text() {
        let page = Url::parse("https://www.mhlw.go.jp/stf/newpage_12345.html").unwrap();
        let found = links(
            &page,
            &[
                link("/content/001234561.pdf", "別添　改善命令の概要（PDF：7KB）"),
                // The same file again, with a fragment: once.
                link("/content/001234561.pdf#page=2", "2頁目"),
                link("/content/10800000/000123.PDF", ""),
                link("/stf/download?id=9", "概要（ＰＤＦ：120KB）"),
                link("/stf/houdou/index.html", "報道発表資料"),
                link("/content/download?id=3", "別紙　施設の一覧"),
                link("mailto:x@example.org", "PDF を送る"),
                link("javascript:void(0)", "PDF"),
            ],
        );
        let got: Vec<(&str, &str, bool)> = found
            .iter()
            .map(|l| (l.url.as_str(), l.title.as_str(), l.maybe))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "https://www.mhlw.go.jp/content/001234561.pdf",
                    "別添 改善命令の概要（PDF：7KB）",
                    false
                ),
                (
                    "https://www.mhlw.go.jp/content/10800000/000123.PDF",
                    "000123.PDF",
                    false
                ),
                (
                    "https://www.mhlw.go.jp/stf/download?id=9",
                    "概要（ＰＤＦ：120KB）",
                    false
                ),
                (
                    "https://www.mhlw.go.jp/content/download?id=3",
                    "別紙 施設の一覧",
                    true
                ),
            ]
        );
    }
}
