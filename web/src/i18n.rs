//! Japanese or English, by `?lang=` first and the Accept-Language header
//! second; Japanese when neither says.

use actix_web::HttpRequest;
use tadoru_crawler::nta;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Picks the Japanese or English text.
    pub fn t<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    pub fn from_request(req: &HttpRequest) -> Lang {
        let query = req.query_string();
        for pair in query.split('&') {
            match pair {
                "lang=en" => return Lang::En,
                "lang=ja" => return Lang::Ja,
                _ => {}
            }
        }
        let header = req
            .headers()
            .get(actix_web::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        from_accept_language(header)
    }
}

/// The preferred of ja/en in an Accept-Language value (RFC 9110 §12.5.4).
pub fn from_accept_language(header: &str) -> Lang {
    let mut best: Option<(f32, Lang)> = None;
    for part in header.split(',') {
        let mut it = part.trim().split(';');
        let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = it
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|v| v.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        let lang = if tag.starts_with("ja") {
            Lang::Ja
        } else if tag.starts_with("en") {
            Lang::En
        } else {
            continue;
        };
        // q=0 means "not acceptable" (RFC 9110 §12.4.2).
        if q <= 0.0 || q.is_nan() {
            continue;
        }
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map_or(Lang::Ja, |(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language() {
        assert_eq!(from_accept_language("en-US,en;q=0.9"), Lang::En);
        assert_eq!(from_accept_language("ja,en-US;q=0.8"), Lang::Ja);
        assert_eq!(from_accept_language("fr, en;q=0.5, ja;q=0.9"), Lang::Ja);
        assert_eq!(from_accept_language(""), Lang::Ja);
        assert_eq!(from_accept_language("de"), Lang::Ja);
        // q=0: not acceptable, whatever its place.
        assert_eq!(from_accept_language("en;q=0"), Lang::Ja);
        assert_eq!(from_accept_language("en;q=0, ja;q=0.1"), Lang::Ja);
        assert_eq!(from_accept_language("en-US;q=0.0,fr"), Lang::Ja);
    }
}

/// The cause of a status change as the store words it, in `lang`. The store
/// keeps one wording (`NTA: <cause> (process 21, register closed)`, `廃止届
/// (closure filing)`); a page shows it in its own language.
pub fn cause(lang: Lang, cause: &str) -> String {
    if let Some(rest) = cause.strip_prefix("NTA: ") {
        // `<what> (process <code>, <process in English>)`
        let code = rest
            .rsplit_once("(process ")
            .and_then(|(_, c)| c.get(..2))
            .filter(|c| c.bytes().all(|b| b.is_ascii_digit()));
        if let (Lang::Ja, Some(code)) = (lang, code) {
            let what = rest.split(" (process ").next().unwrap_or(rest);
            let close = ["01", "11", "21", "31"]
                .into_iter()
                .find(|c| nta::close_cause_en(c) == what)
                .map(nta::close_cause_ja);
            let process = nta::process_ja(code);
            return match close {
                Some(c) => format!("国税庁法人番号公表サイト：{c}（処理区分 {code}：{process}）"),
                None => format!("国税庁法人番号公表サイト：処理区分 {code}：{process}"),
            };
        }
        return cause.to_string();
    }
    match (lang, cause) {
        (Lang::Ja, "廃止届 (closure filing)") => "廃止届".into(),
        (Lang::En, "廃止届 (closure filing)") => "closure filing (廃止届)".into(),
        _ => cause.to_string(),
    }
}

#[cfg(test)]
mod cause_tests {
    use super::*;

    #[test]
    fn a_cause_is_shown_in_the_page_language() {
        let nta = "NTA: liquidation completed (process 21, register closed)";
        assert_eq!(
            cause(Lang::Ja, nta),
            "国税庁法人番号公表サイト：清算の結了等（処理区分 21：登記記録の閉鎖等）"
        );
        assert_eq!(cause(Lang::En, nta), nta);
        assert_eq!(
            cause(Lang::Ja, "NTA: deleted (process 99, deleted)"),
            "国税庁法人番号公表サイト：処理区分 99：削除"
        );
        assert_eq!(cause(Lang::Ja, "廃止届 (closure filing)"), "廃止届");
        assert_eq!(
            cause(Lang::En, "廃止届 (closure filing)"),
            "closure filing (廃止届)"
        );
        // Anything else is shown as stored.
        assert_eq!(cause(Lang::Ja, "curator: duplicate"), "curator: duplicate");
    }
}
