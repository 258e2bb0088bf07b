//! An archived original shown as what it is: a page with a banner (an
//! archived copy, its source address as a link, when tadoru fetched it, its
//! sha256, the way back to the notice, the raw bytes one click away) and the
//! copy itself in a sandboxed frame.
//!
//! The framed copy (`/documents/{sha256}/archived`) is the archived bytes
//! with a `<base href>` of the source address put at the top of an HTML
//! page, so that its relative links lead to the source site, not to tadoru
//! 404s; it is served with a sandboxing Content-Security-Policy (no script,
//! an opaque origin, links open outside the frame) and may be framed only by
//! tadoru's own pages. The raw bytes (`/api/v1/documents/{sha256}`) keep
//! their own sandbox and may not be framed at all.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::html;
use serde::Deserialize;
use tadoru_graph::Document;

use super::*;

/// The policy of the frame page: the site's, and frames from this site.
const FRAME_PAGE_CSP: &str = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; \
    frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The policy of the framed copy: no script, an opaque origin, links may
/// open a new window (to the source site); framed by tadoru's pages only.
pub const ARCHIVED_CSP: &str = "sandbox allow-popups allow-popups-to-escape-sandbox; \
    default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

#[derive(Debug, Deserialize)]
pub struct DocParams {
    /// The notice the reader came from: the banner leads back to it.
    #[serde(default)]
    pub notice: Option<String>,
}

fn check_sha(sha: &str) -> Result<(), WebError> {
    if sha.len() == 64
        && sha
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        Ok(())
    } else {
        Err(WebError::BadRequest(format!(
            "not a lowercase hex sha256: {sha:?}"
        )))
    }
}

/// Whether the document can be shown in a frame (HTML or plain text).
fn frameable(d: &Document) -> bool {
    let ct = d.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    ct.starts_with("text/html")
        || ct.starts_with("application/xhtml")
        || ct.starts_with("text/plain")
}

/// Whether the document is a PDF (an attachment of a notice).
pub fn is_pdf(d: &Document) -> bool {
    let ct = d.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    ct.starts_with("application/pdf")
        || d.page
            .starts_with(tadoru_graph::attachments::ATTACHMENT_PAGE)
}

fn is_html(d: &Document) -> bool {
    let ct = d.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    ct.starts_with("text/html") || ct.starts_with("application/xhtml")
}

/// Only web addresses become links (never `javascript:` or a local path).
fn web_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

pub async fn document(
    req: HttpRequest,
    state: web::Data<AppState>,
    sha: web::Path<String>,
    params: web::Query<DocParams>,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let demo = state.demo;
    let sha = sha.into_inner();
    if let Err(e) = check_sha(&sha) {
        return error_page(lang, demo, &e);
    }
    let notice_id = params
        .notice
        .clone()
        .filter(|id| check_id(id, "n-").is_ok());
    let st = state.into_inner();
    let loaded = blocking(move || {
        let doc = st.graph.document(&sha)?.ok_or(WebError::NotFound {
            what: "document",
            id: sha.clone(),
        })?;
        // Back to the notice only when that notice cites this document,
        // as its page or as one of its attachments.
        let notice = match notice_id {
            Some(id) => st.graph.notice(&id)?.filter(|n| {
                n.documents.iter().any(|d| d.sha256 == sha)
                    || n.record
                        .attachments
                        .iter()
                        .any(|a| a.sha256.as_deref() == Some(sha.as_str()))
            }),
            None => None,
        };
        Ok((doc, notice))
    })
    .await;
    let (doc, notice) = match loaded {
        Ok(r) => r,
        Err(e) => return error_page(lang, demo, &e),
    };
    let path = format!("/documents/{}", doc.sha256);
    let self_path = match &notice {
        Some(n) => format!("{path}?notice={}", n.id),
        None => path.clone(),
    };
    let other = with_lang(
        &self_path,
        if lang == Lang::Ja { Lang::En } else { Lang::Ja },
    );
    let raw = format!("/api/v1/documents/{}", doc.sha256);
    // An attachment of the notice: what was read from it, and how.
    let attachment = notice.as_ref().and_then(|n| {
        n.record
            .attachments
            .iter()
            .find(|a| a.sha256.as_deref() == Some(doc.sha256.as_str()))
            .cloned()
    });
    let title = lang.t(
        "保存した原文書（アーカイブ）",
        "Archived copy of a source document",
    );
    let body = html! {
        section.archive aria-labelledby="archive-h" {
            h1 id="archive-h" { (title) }
            p.warn {
                strong { (lang.t("これは tadoru が保存したコピーです。", "This is tadoru's archived copy.")) }
                " "
                @if frameable(&doc) {
                    (lang.t("取得した時点のバイト列そのままで、現在の掲載内容とは異なることがあります。リンクは元のサイトを新しいウィンドウで開きます。",
                        "These are the bytes as fetched then; the live page may differ. Links in it open the source site in a new window."))
                } @else {
                    (lang.t("取得した時点のバイト列そのままで、現在の掲載内容とは異なることがあります。",
                        "These are the bytes as fetched then; the live file may differ."))
                }
            }
            dl.fields {
                dt { (lang.t("原文の URL", "Source URL")) }
                dd {
                    @if web_url(&doc.url) { a href=(doc.url) rel="noopener noreferrer nofollow" { code { (doc.url) } } }
                    @else { code { (doc.url) } }
                    @if doc.demo { " " span.badge.demo { (lang.t("デモ・ミラー", "demo mirror")) } }
                }
                dt { (lang.t("取得日時", "Fetched at")) }
                dd { (doc.fetched_at.format("%Y-%m-%d %H:%M:%S UTC")) }
                dt { "sha256" }
                dd { code { (doc.sha256) } }
                dt { (lang.t("形式", "Type")) }
                dd {
                    (doc.content_type.clone().unwrap_or_else(|| lang.t("不明", "not stated").to_string()))
                    @if let Some(enc) = &doc.encoding { " · " (enc) }
                    " · " (doc.len) (lang.t(" バイト", " bytes"))
                }
            }
            p {
                @if let Some(n) = &notice {
                    a href=(with_lang(&format!("/notices/{}", n.id), lang)) { (lang.t("← 処分等のページへ戻る", "← Back to the notice")) }
                    " · "
                } @else {
                    a href=(with_lang("/", lang)) { (lang.t("← トップへ戻る", "← Back to the start page")) }
                    " · "
                }
                a href=(raw) { (lang.t("取得したバイト列そのまま（raw）", "Raw bytes as fetched")) }
            }
        }
        @if let Some(a) = &attachment {
            section.attachment aria-labelledby="attachment-h" {
                h2 id="attachment-h" { (lang.t("処分等の添付資料", "An attachment of the notice")) " — " span lang="ja" { (a.title) } }
                @if let Some(text) = &a.text {
                    p.muted { (match (lang, a.reader) {
                        (Lang::Ja, Some(r)) => format!("{} で読み取ったテキスト（検索の対象）：", r.name()),
                        (Lang::En, Some(r)) => format!("The text read by {} (what search finds it by):", r.name()),
                        (_, None) => lang.t("読み取ったテキスト：", "The text read from it:").to_string(),
                    }) }
                    pre.text lang="ja" { (text) }
                } @else {
                    p.warn { strong { (lang.t("テキストなし：", "No text: ")) } (a.error.clone().unwrap_or_default()) }
                }
            }
        }
        @if frameable(&doc) {
            iframe.archived src=(format!("{path}/archived")) sandbox="allow-popups allow-popups-to-escape-sandbox"
                title=(lang.t("保存した原文書の内容", "The archived document")) referrerpolicy="no-referrer" {}
        } @else {
            @if is_pdf(&doc) {
                p { a href=(raw) { (lang.t("PDF を開く（取得したバイト列そのまま）", "Open the PDF (the bytes as fetched)")) } }
            } @else {
                p.muted { (lang.t("この形式はページ内に表示できません。上の「raw」から開いてください。", "This type cannot be shown inside the page: open the raw bytes above.")) }
            }
        }
    };
    let mut resp = page(StatusCode::OK, layout(lang, demo, title, "", &other, body));
    if let Ok(v) = actix_web::http::header::HeaderValue::from_str(FRAME_PAGE_CSP) {
        resp.headers_mut()
            .insert(actix_web::http::header::CONTENT_SECURITY_POLICY, v);
    }
    resp
}

/// `<base href="{url}" target="_blank">` put where an HTML page's head
/// starts (after `<head …>`, else at the top): relative links resolve to
/// the source, and open outside the frame. The archived bytes are in an
/// ASCII-compatible charset (UTF-8, Shift_JIS, EUC-JP), so ASCII can be
/// put between their tags.
pub fn with_base(bytes: &[u8], url: &str) -> Vec<u8> {
    let esc: String = url
        .chars()
        .map(|c| match c {
            '"' => "&quot;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '&' => "&amp;".to_string(),
            c => c.to_string(),
        })
        .collect();
    let tag = format!("<base href=\"{esc}\" target=\"_blank\">");
    let lower: Vec<u8> = bytes
        .iter()
        .take(64 * 1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    let at = lower
        .windows(5)
        .enumerate()
        .filter(|(_, w)| *w == b"<head")
        .find_map(|(i, _)| {
            // `<head>` or `<head …>`, not `<header>`.
            match lower.get(i + 5) {
                Some(b'>') => Some(i + 6),
                Some(c) if c.is_ascii_whitespace() => lower[i..]
                    .iter()
                    .position(|b| *b == b'>')
                    .map(|p| i + p + 1),
                _ => None,
            }
        })
        .unwrap_or(0);
    let mut out = Vec::with_capacity(bytes.len() + tag.len());
    out.extend_from_slice(&bytes[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&bytes[at..]);
    out
}

/// The archived copy for the frame: the bytes with a `<base>` of the source
/// (HTML only), under the sandbox.
pub async fn archived(
    req: HttpRequest,
    state: web::Data<AppState>,
    sha: web::Path<String>,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let demo = state.demo;
    let sha = sha.into_inner();
    if let Err(e) = check_sha(&sha) {
        return error_page(lang, demo, &e);
    }
    let st = state.into_inner();
    let loaded = blocking(move || {
        let doc = st.graph.document(&sha)?;
        let bytes = st.graph.document_bytes(&sha)?;
        match (doc, bytes) {
            (Some(d), Some(b)) => Ok((d, b)),
            _ => Err(WebError::NotFound {
                what: "document",
                id: sha,
            }),
        }
    })
    .await;
    let (doc, bytes) = match loaded {
        Ok(r) => r,
        Err(e) => return error_page(lang, demo, &e),
    };
    let html = is_html(&doc);
    let body = if html && web_url(&doc.url) {
        with_base(&bytes, &doc.url)
    } else {
        bytes
    };
    let mut content_type = doc
        .content_type
        .clone()
        .filter(|c| c.is_ascii() && !c.contains(['\r', '\n']))
        .unwrap_or_else(|| "application/octet-stream".into());
    // The charset tadoru read it in (it checked the declared one against the bytes).
    if let Some(enc) = doc.encoding.as_deref().filter(|e| {
        !e.is_empty()
            && e.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }) && (content_type.starts_with("text/") || content_type.starts_with("application/xhtml"))
    {
        let media = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        content_type = format!("{media}; charset={enc}");
    }
    HttpResponse::Ok()
        .insert_header(("Content-Type", content_type))
        .insert_header(("Content-Security-Policy", ARCHIVED_CSP))
        .insert_header(("X-Frame-Options", "SAMEORIGIN"))
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_goes_into_the_head() {
        let out = with_base(
            b"<!DOCTYPE html><HTML><Head lang=ja><title>t</title>",
            "https://x.example/a/b.html",
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<!DOCTYPE html><HTML><Head lang=ja><base href=\"https://x.example/a/b.html\" target=\"_blank\"><title>t</title>"
        );
        let out = with_base(b"<header>x</header><p>", "https://x.example/?a=1&b=\"2\"");
        assert!(String::from_utf8(out).unwrap().starts_with(
            "<base href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\" target=\"_blank\"><header>"
        ));
    }
}
