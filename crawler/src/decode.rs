//! Charset decoding of fetched pages. MHLW pages are mostly UTF-8 but the HTTP
//! header often declares no charset, and older pages may be Shift_JIS or EUC-JP.
//! The order of evidence follows the HTML standard's encoding sniffing: a BOM,
//! then the `Content-Type` header, then a `<meta>` declaration in the first
//! bytes, then the bytes themselves. A declaration the bytes do not fit (a
//! header saying UTF-8 over Shift_JIS bytes, a template's stale `<meta>`) is
//! not believed: the bytes are sniffed again and the disagreement noted.

use encoding_rs::{EUC_JP, Encoding, SHIFT_JIS, UTF_8};

/// Where the chosen encoding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    Bom,
    Header,
    Meta,
    Sniffed,
}

/// A page's text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub source: CharsetSource,
    /// True when some bytes could not be decoded and were replaced (U+FFFD).
    pub had_errors: bool,
    /// Set when the declared charset did not decode the bytes cleanly and the
    /// sniffed one did: what was declared, where, and what was used.
    pub note: Option<String>,
}

/// How many bytes of the page are searched for a `<meta charset>`; the HTML
/// standard's prescan reads 1024, real pages put it a little later at times.
const META_PRESCAN: usize = 4096;

/// Decodes `bytes` using the BOM, the `Content-Type` header value, a `<meta>`
/// declaration, then sniffing, in that order.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(enc, &bytes[bom_len..], CharsetSource::Bom);
    }
    if let Some(enc) = content_type.and_then(charset_param).and_then(label) {
        return checked(enc, bytes, CharsetSource::Header);
    }
    if let Some(enc) = meta_charset(&bytes[..bytes.len().min(META_PRESCAN)]) {
        return checked(enc, bytes, CharsetSource::Meta);
    }
    finish(sniff(bytes), bytes, CharsetSource::Sniffed)
}

/// Decodes with a declared encoding, unless the bytes are not valid in it
/// and a sniffed encoding reads them without error.
fn checked(declared: &'static Encoding, bytes: &[u8], source: CharsetSource) -> Decoded {
    let d = finish(declared, bytes, source);
    if !d.had_errors {
        return d;
    }
    let guess = sniff(bytes);
    if guess == declared {
        return d;
    }
    let mut s = finish(guess, bytes, CharsetSource::Sniffed);
    if s.had_errors {
        return d;
    }
    let place = match source {
        CharsetSource::Header => "the content-type header",
        _ => "a <meta> tag",
    };
    s.note = Some(format!(
        "{place} declares {} but the bytes are not valid {}; read as {}",
        declared.name(),
        declared.name(),
        guess.name()
    ));
    s
}

fn finish(enc: &'static Encoding, bytes: &[u8], source: CharsetSource) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        source,
        had_errors,
        note: None,
    }
}

/// Maps a label to an encoding; a page that says "utf-16" in a `<meta>` is
/// really ASCII-compatible (HTML standard), so UTF-16 labels read as UTF-8.
fn label(name: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(name.trim().trim_matches(['"', '\'']).as_bytes())?;
    Some(
        if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            UTF_8
        } else {
            enc
        },
    )
}

fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then_some(v.trim())
    })
}

/// Finds `charset=` inside a `<meta` tag in the prescan window (ASCII only).
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.strip_prefix(b"=").or_else(|| {
                let trimmed = trim_ascii_start(rest);
                trimmed.strip_prefix(b"=")
            });
            if let Some(rest) = rest {
                let rest = trim_ascii_start(rest);
                let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
                let rest = rest.strip_prefix(b"'").unwrap_or(rest);
                let name_end = rest
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = std::str::from_utf8(&rest[..name_end]).ok().and_then(label) {
                    return Some(enc);
                }
            }
        }
        from = end;
    }
    None
}

fn trim_ascii_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Guesses among UTF-8, Shift_JIS and EUC-JP: valid UTF-8 wins; otherwise the
/// Japanese encoding that decodes with fewer errors (ties go to Shift_JIS,
/// the more common legacy encoding on government sites).
fn sniff(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let errors = |enc: &'static Encoding| {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        text.chars().filter(|&c| c == '\u{FFFD}').count()
    };
    let (sjis, euc) = (errors(SHIFT_JIS), errors(EUC_JP));
    if euc < sjis { EUC_JP } else { SHIFT_JIS }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "<html><body><h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1><p>埼玉メディカルクリニック（埼玉県所沢市）</p></body></html>";

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        let (bytes, _, errors) = enc.encode(s);
        assert!(!errors);
        bytes.into_owned()
    }

    #[test]
    fn sniffs_shift_jis_with_no_header() {
        let d = decode(&encode(SHIFT_JIS, TEXT), Some("text/html"));
        assert_eq!(d.text, TEXT);
        assert_eq!(d.encoding, "Shift_JIS");
        assert_eq!(d.source, CharsetSource::Sniffed);
        assert!(!d.had_errors);
    }

    #[test]
    fn sniffs_euc_jp_with_no_header() {
        let d = decode(&encode(EUC_JP, TEXT), None);
        assert_eq!(d.text, TEXT);
        assert_eq!(d.encoding, "EUC-JP");
    }

    #[test]
    fn header_charset_wins_over_sniffing() {
        let d = decode(&encode(EUC_JP, TEXT), Some("text/html; charset=EUC-JP"));
        assert_eq!(d.source, CharsetSource::Header);
        assert_eq!(d.text, TEXT);
    }

    #[test]
    fn meta_charset_is_read() {
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>{TEXT}"
        );
        let d = decode(&encode(SHIFT_JIS, &page), None);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.encoding, "Shift_JIS");
        assert!(d.text.contains("埼玉メディカルクリニック"));
        let page = format!("<meta charset='euc-jp'>{TEXT}");
        assert_eq!(decode(&encode(EUC_JP, &page), None).encoding, "EUC-JP");
    }

    #[test]
    fn bom_wins_over_everything() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(TEXT.as_bytes());
        let d = decode(&bytes, Some("text/html; charset=Shift_JIS"));
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.text, TEXT);
    }

    #[test]
    fn utf8_without_any_declaration() {
        let d = decode(TEXT.as_bytes(), Some("text/html"));
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, TEXT);
    }

    #[test]
    fn a_wrong_declaration_is_sniffed_again_and_noted() {
        let sjis = encode(SHIFT_JIS, TEXT);
        let d = decode(&sjis, Some("text/html; charset=UTF-8"));
        assert_eq!(d.text, TEXT);
        assert_eq!(d.encoding, "Shift_JIS");
        assert!(!d.had_errors);
        let note = d.note.unwrap();
        assert!(note.contains("header declares UTF-8"), "{note}");
        assert!(note.ends_with("read as Shift_JIS"), "{note}");
        let page = format!("<meta charset=\"utf-8\">{TEXT}");
        let d = decode(&encode(EUC_JP, &page), None);
        assert_eq!(d.encoding, "EUC-JP");
        assert!(d.note.unwrap().starts_with("a <meta> tag declares UTF-8"));
        // A right declaration leaves no note.
        assert_eq!(
            decode(TEXT.as_bytes(), Some("text/html; charset=utf-8")).note,
            None
        );
    }

    #[test]
    fn garbage_does_not_panic() {
        let d = decode(
            &[0xff, 0xfe, 0x00, 0x81, 0x3c, 0x6d, 0x65, 0x74, 0x61],
            None,
        );
        assert!(!d.encoding.is_empty());
        let d = decode(b"<meta charset=", None);
        assert_eq!(d.encoding, "UTF-8");
    }
}
