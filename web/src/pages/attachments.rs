//! A notice's attachments (別添, 概要: PDFs its page links) on the notice
//! page: each with its link text and source address, the archived copy and
//! its size and hash, and whether its text was read — by which reader — or
//! why not. The text itself is folded away below each; it is what search
//! finds the notice by, so a reader can see where a match came from.

use maud::{Markup, html};
use tadoru_crawler::pdf::TextReader;
use tadoru_model::Attachment;

use super::*;

/// Bytes as a reader says them: `6.2 KB`, `11.0 MB`.
fn size(len: u64) -> String {
    match len {
        n if n >= 1024 * 1024 => format!("{:.1} MB", n as f64 / (1024.0 * 1024.0)),
        n if n >= 1024 => format!("{:.1} KB", n as f64 / 1024.0),
        n => format!("{n} B"),
    }
}

fn reader_name(lang: Lang, reader: Option<TextReader>) -> &'static str {
    match reader {
        Some(TextReader::PdfExtract) => lang.t(
            "pdf-extract（内蔵）で抽出",
            "read by pdf-extract (built in)",
        ),
        Some(TextReader::Pdftotext) => {
            lang.t("pdftotext（poppler）で抽出", "read by pdftotext (poppler)")
        }
        None => "",
    }
}

/// The attachments section of a notice page (nothing when it has none).
pub(super) fn section(lang: Lang, notice_id: &str, attachments: &[Attachment]) -> Markup {
    if attachments.is_empty() {
        return html! {};
    }
    html! {
        h2 id="attachments" { (lang.t("添付資料（別添・概要）", "Attachments")) }
        p.muted { (lang.t(
            "処分等の頁が詳細として添付している資料です。取得した時点のバイト列を保存し、読み取れたテキストは処分等とあわせて検索できます。",
            "Files the notice page links as its details. The bytes are kept as fetched; text read from them is searched with the notice.")) }
        ul.attachments {
            @for a in attachments {
                li {
                    strong lang="ja" { (a.title) }
                    br;
                    code { (a.url) }
                    @if let Some(sha) = &a.sha256 {
                        br;
                        a href=(with_lang(&format!("/documents/{sha}?notice={notice_id}"), lang)) { (lang.t("保存した原本を見る", "View the archived copy")) }
                        " · " a href=(format!("/api/v1/documents/{sha}")) { (lang.t("取得したバイト列そのまま", "raw bytes as fetched")) }
                        " · " (size(a.len))
                        @if let Some(ct) = &a.content_type { " · " (ct) }
                        br;
                        "sha256 " code { (sha) }
                    }
                    @match (&a.text, &a.error) {
                        (Some(_), _) => {
                            p.attachment-ok { (lang.t("テキストあり：", "Text: ")) (reader_name(lang, a.reader)) }
                        }
                        (None, Some(e)) => {
                            p.warn { strong { (lang.t("テキストなし：", "No text: ")) } (e) }
                        }
                        (None, None) => {
                            p.warn { (lang.t("テキストなし", "No text")) }
                        }
                    }
                    @if let Some(note) = &a.note { p.muted { (note) } }
                    @if let Some(text) = &a.text {
                        details.attachment-text {
                            summary { (lang.t("読み取ったテキスト", "The text read from it")) }
                            pre.text lang="ja" { (text) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size(512), "512 B");
        assert_eq!(size(6349), "6.2 KB");
        assert_eq!(size(11 * 1024 * 1024), "11.0 MB");
    }
}
