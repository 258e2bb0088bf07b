//! Atom feeds (RFC 4287): every notice as tadoru records it (`/notices.atom`),
//! a search with the same query and filters as the search page
//! (`/search.atom?q=…`), and one entity (`/entities/{id}.atom`) under every
//! name it had, with the notices of every record merged into it. A merged
//! id's feed keeps answering with its survivor's entries, so a reader who
//! subscribed before the merge loses nothing. Each feed and entry has the
//! elements RFC 4287 §4.1 requires (`id`, `title`, `updated`, an author, a
//! `self` and an `alternate` link); ids are the records' permalinks.

use std::collections::HashSet;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, NaiveTime, Utc};
use tadoru_graph::{ChangeKind, EdgeKind, Entity, Graph, Notice};
use tadoru_model::Role;

use crate::api::SearchParams;
use crate::error::WebError;
use crate::i18n::Lang;
use crate::permalink::Base;
use crate::views::{kind_en, kind_ja};
use crate::{AppState, blocking, check_id};
use tadoru_indexing::title_en;

/// Entries in a feed: the newest 50 (an entity's feed: its record, its 50
/// newest notices and its 50 newest mentions). A feed is for what is new: a
/// reader keeps what it has seen, so it misses an entry only if more than 50
/// arrive between two polls — for one entity, more orders than any clinic
/// has had. The feeds are not paged (RFC 5005): the whole history is the
/// entity's download (`/entities/{id}.ndjson`, every notice under every
/// name) and `GET /api/v1/changes`, which pages by cursor without a cap.
pub const FEED_ENTRIES: usize = 50;

pub const ATOM_TYPE: &str = "application/atom+xml";

/// Text for XML: escaped, and without the characters XML 1.0 forbids
/// (control characters a source page may carry).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// One entry of a feed.
pub struct Entry {
    /// The record's permalink: its id and its `alternate` link.
    pub url: String,
    /// The record's JSON in the API, linked as `related`.
    pub api_url: String,
    pub title: String,
    pub updated: DateTime<Utc>,
    pub published: Option<DateTime<Utc>>,
    pub category: Option<(String, String)>,
    pub summary: String,
}

/// A whole feed.
pub struct Feed {
    pub lang: Lang,
    pub self_url: String,
    pub alternate: String,
    pub title: String,
    pub subtitle: String,
    pub base: String,
    pub entries: Vec<Entry>,
    /// When nothing is in it: the time the data is as of.
    pub fallback_updated: DateTime<Utc>,
}

impl Feed {
    pub fn render(&self) -> String {
        let updated = self
            .entries
            .iter()
            .map(|e| e.updated)
            .max()
            .unwrap_or(self.fallback_updated);
        let mut x = String::with_capacity(1024 + self.entries.len() * 800);
        x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.push_str(&format!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
            self.lang.code()
        ));
        x.push_str(&format!("  <id>{}</id>\n", xml_escape(&self.self_url)));
        x.push_str(&format!(
            "  <title type=\"text\">{}</title>\n",
            xml_escape(&self.title)
        ));
        x.push_str(&format!(
            "  <subtitle type=\"text\">{}</subtitle>\n",
            xml_escape(&self.subtitle)
        ));
        x.push_str(&format!("  <updated>{}</updated>\n", rfc3339(updated)));
        x.push_str(&format!(
            "  <author><name>tadoru</name><uri>{}/</uri></author>\n",
            xml_escape(&self.base)
        ));
        x.push_str(&format!(
            "  <link rel=\"self\" type=\"{ATOM_TYPE}\" href=\"{}\"/>\n",
            xml_escape(&self.self_url)
        ));
        x.push_str(&format!(
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&self.alternate)
        ));
        x.push_str("  <generator>tadoru</generator>\n");
        for e in &self.entries {
            x.push_str("  <entry>\n");
            x.push_str(&format!("    <id>{}</id>\n", xml_escape(&e.url)));
            x.push_str(&format!(
                "    <title type=\"text\">{}</title>\n",
                xml_escape(&e.title)
            ));
            x.push_str(&format!("    <updated>{}</updated>\n", rfc3339(e.updated)));
            if let Some(p) = e.published {
                x.push_str(&format!("    <published>{}</published>\n", rfc3339(p)));
            }
            x.push_str(&format!(
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                xml_escape(&e.url)
            ));
            x.push_str(&format!(
                "    <link rel=\"related\" type=\"application/json\" href=\"{}\"/>\n",
                xml_escape(&e.api_url)
            ));
            if let Some((term, label)) = &e.category {
                x.push_str(&format!(
                    "    <category term=\"{}\" label=\"{}\"/>\n",
                    xml_escape(term),
                    xml_escape(label)
                ));
            }
            x.push_str(&format!(
                "    <summary type=\"text\">{}</summary>\n",
                xml_escape(&e.summary)
            ));
            x.push_str("  </entry>\n");
        }
        x.push_str("</feed>\n");
        x
    }
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn with_lang(url: &str, lang: Lang) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}lang={}", lang.code())
}

/// When a notice last changed in tadoru: its last statement, else the
/// latest fetch of its documents.
fn notice_updated(graph: &Graph, n: &Notice) -> Result<DateTime<Utc>, WebError> {
    Ok(match graph.last_change(ChangeKind::Notice, &n.id)? {
        Some(c) => c.recorded_at,
        None => n
            .documents
            .iter()
            .map(|d| d.fetched_at)
            .max()
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH),
    })
}

pub fn notice_entry(
    graph: &Graph,
    base: &Base,
    lang: Lang,
    n: &Notice,
    note: Option<&str>,
) -> Result<Entry, WebError> {
    let r = &n.record;
    let kind = r.kind.code();
    let label = match lang {
        Lang::Ja => kind_ja(kind),
        Lang::En => kind_en(kind),
    };
    let parties: Vec<&str> = r
        .subjects
        .iter()
        .filter(|s| s.role != Role::Operator)
        .map(|s| s.name.as_str())
        .collect();
    let date = r.issued_on.map_or_else(
        || lang.t("日付不明", "date not stated").to_string(),
        |d| d.to_string(),
    );
    let title = entry_title(lang, &label, &parties, &r.authority, &date);
    let official = match lang {
        Lang::Ja => r.title.clone(),
        Lang::En => title_en(n),
    };
    let mut summary = format!("{official}\n{label} · {date} · {}", r.authority);
    if !parties.is_empty() {
        summary.push_str(" · ");
        summary.push_str(&parties.join("、"));
    }
    if let Some(note) = note {
        summary.push_str(" · ");
        summary.push_str(note);
    }
    if lang == Lang::En && !r.summary_en.is_empty() {
        summary.push('\n');
        summary.push_str(&r.summary_en);
    }
    Ok(Entry {
        url: base.join(&format!("/notices/{}", n.id)),
        api_url: base.join(&format!("/api/v1/notices/{}", n.id)),
        title,
        updated: notice_updated(graph, n)?,
        // Issued on a date in Japan: midnight JST.
        published: r
            .issued_on
            .map(|d| d.and_time(NaiveTime::MIN).and_utc() - chrono::Duration::hours(9)),
        category: Some((kind.to_string(), label)),
        summary,
    })
}

/// A notice's entry title: its kind, whom it is addressed to and its date
/// of issue, so that notices sharing an official title (most orders are
/// 「…に基づく緊急命令について」) can be told apart in a feed reader.
fn entry_title(lang: Lang, kind: &str, parties: &[&str], authority: &str, date: &str) -> String {
    // Many parties: the first two and how many more.
    let who = match parties {
        [] => authority.to_string(),
        [a] => a.to_string(),
        [a, b] => match lang {
            Lang::Ja => format!("{a}、{b}"),
            Lang::En => format!("{a}, {b}"),
        },
        [a, b, rest @ ..] => match lang {
            Lang::Ja => format!("{a}、{b} ほか {} 件", rest.len()),
            Lang::En => format!("{a}, {b} and {} more", rest.len()),
        },
    };
    match lang {
        Lang::Ja => format!("{kind}：{who}（{date}）"),
        Lang::En => {
            let mut k = kind.chars();
            let kind = k
                .next()
                .map(|f| f.to_uppercase().chain(k).collect::<String>())
                .unwrap_or_default();
            format!("{kind} — {who} — {date}")
        }
    }
}

/// Entries newest first by when tadoru recorded them (to the second, as
/// `updated` shows it); those recorded at the same time, by date of issue,
/// newest first (a first crawl records years of notices in one second).
fn newest_first(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        b.updated
            .timestamp()
            .cmp(&a.updated.timestamp())
            .then(b.published.cmp(&a.published))
    });
}

fn entity_entry(graph: &Graph, base: &Base, lang: Lang, e: &Entity) -> Result<Entry, WebError> {
    let updated = graph
        .last_change(ChangeKind::Entity, &e.id)?
        .map(|c| c.recorded_at)
        .or(graph.data_as_of()?)
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let names: Vec<&str> = e.names.iter().map(|n| n.name.as_str()).collect();
    let g = crate::glance::glance(graph, e)?;
    let state = match (g.state.as_str(), lang) {
        ("active", _) => lang.t("廃止・閉鎖の記録なし", "no closure on record"),
        (_, Lang::Ja) => "廃止・閉鎖",
        (_, Lang::En) => "closed",
    };
    let inherited = match (g.inherited_orders, lang) {
        (0, _) => String::new(),
        (n, Lang::Ja) => format!("（ほかに吸収合併で承継した法人への命令 {n} 件）"),
        (n, Lang::En) => format!(
            " (and {n} {} against corporations it absorbed)",
            if n == 1 { "order" } else { "orders" }
        ),
    };
    let summary = match lang {
        Lang::Ja => format!(
            "{} · 命令 {} 件{inherited} · {state} · 名称：{}",
            kind_ja(e.role.code()),
            g.orders,
            names.join("、")
        ),
        Lang::En => format!(
            "{} · {} {} on record{inherited} · {state} · names: {}",
            kind_en(e.role.code()),
            g.orders,
            if g.orders == 1 { "order" } else { "orders" },
            names.join(", ")
        ),
    };
    Ok(Entry {
        url: base.join(&format!("/entities/{}", e.id)),
        api_url: base.join(&format!("/api/v1/entities/{}", e.id)),
        title: match lang {
            Lang::Ja => format!("記録：{}", e.current_name()),
            Lang::En => format!("Record: {}", e.current_name()),
        },
        updated,
        published: None,
        category: Some((
            e.role.code().to_string(),
            match lang {
                Lang::Ja => kind_ja(e.role.code()),
                Lang::En => kind_en(e.role.code()),
            },
        )),
        summary,
    })
}

fn atom(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body)
}

/// A feed that could not be made: plain text with the status (a feed reader
/// shows the status; a person reads the text).
fn feed_error(err: &WebError) -> HttpResponse {
    if err.status().is_server_error() {
        tracing::error!(error = %err, "feed request failed");
    }
    let message = if err.status().is_server_error() {
        "internal error".to_string()
    } else {
        err.to_string()
    };
    crate::http::with_retry_after(
        HttpResponse::build(err.status())
            .content_type("text/plain; charset=utf-8")
            .body(format!("{message}\n")),
    )
}

fn fallback(graph: &Graph) -> Result<DateTime<Utc>, WebError> {
    Ok(graph.data_as_of()?.unwrap_or(DateTime::<Utc>::UNIX_EPOCH))
}

/// The path and query of this request, for `rel="self"`.
fn self_url(req: &HttpRequest, base: &Base) -> String {
    match req.query_string() {
        "" => base.join(req.path()),
        q => base.join(&format!("{}?{q}", req.path())),
    }
}

/// `/notices.atom`: the latest notices tadoru recorded (new or changed),
/// newest first.
pub async fn notices(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let base = state.base(&req);
    let self_url = self_url(&req, &base);
    let st = state.into_inner();
    let made = blocking(move || {
        let g = &st.graph;
        let mut entries = Vec::new();
        for c in g.latest_changes(Some(ChangeKind::Notice), FEED_ENTRIES)? {
            if let Some(n) = g.notice(&c.id)? {
                entries.push(notice_entry(g, &base, lang, &n, None)?);
            }
        }
        newest_first(&mut entries);
        Ok(Feed {
            lang,
            alternate: with_lang(&base.join("/"), lang),
            self_url,
            title: lang
                .t("tadoru — 新しく記録された処分等", "tadoru — notices as recorded")
                .to_string(),
            subtitle: lang
                .t(
                    "再生医療等安全性確保法に基づく行政処分等。tadoru が記録・更新した順（新しい順、同時に記録したものは発出日の新しい順）。",
                    "Enforcement under the Act on the Safety of Regenerative Medicine, newest recorded or changed first (recorded at the same time: newest issued first).",
                )
                .to_string(),
            base: base.url.clone(),
            entries,
            fallback_updated: fallback(g)?,
        }
        .render())
    })
    .await;
    match made {
        Ok(body) => atom(body),
        Err(e) => feed_error(&e),
    }
}

/// `/search.atom?q=…`: the first hits of the same search as `/search`.
pub async fn search(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<SearchParams>,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let mut request = match params.validate() {
        Ok(r) => r,
        Err(e) => return feed_error(&WebError::BadRequest(e.message(lang))),
    };
    request.page = 1;
    request.per_page = FEED_ENTRIES;
    let base = state.base(&req);
    let self_url = self_url(&req, &base);
    let page_url = base.join(&format!("/search?{}", req.query_string()));
    let st = state.into_inner();
    let made = blocking(move || {
        let g = &st.graph;
        let results = st.index.search(&request)?;
        let mut entries = Vec::new();
        for h in &results.hits {
            if h.doc_type == "notice" {
                if let Some(n) = g.notice(&h.id)? {
                    entries.push(notice_entry(g, &base, lang, &n, None)?);
                }
            } else if let Some(e) = g.entity(&h.id)? {
                entries.push(entity_entry(g, &base, lang, &e)?);
            }
        }
        let q = if request.q.trim().is_empty() {
            lang.t("すべての記録", "all records").to_string()
        } else {
            request.q.clone()
        };
        Ok(Feed {
            lang,
            alternate: page_url,
            self_url,
            title: match lang {
                Lang::Ja => format!("tadoru — 検索「{q}」"),
                Lang::En => format!("tadoru — search “{q}”"),
            },
            subtitle: lang
                .t(
                    "検索ページと同じ条件の上位の結果。",
                    "The first results of the same search as the search page.",
                )
                .to_string(),
            base: base.url.clone(),
            entries,
            fallback_updated: fallback(g)?,
        }
        .render())
    })
    .await;
    match made {
        Ok(body) => atom(body),
        Err(e) => feed_error(&e),
    }
}

/// `/entities/{id}.atom`: the entity's record and every notice addressed to
/// it or mentioning it, under any of its names and any id merged into it.
pub async fn entity(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let id = id.into_inner();
    if let Err(e) = check_id(&id, "e-") {
        return feed_error(&e);
    }
    let base = state.base(&req);
    let self_url = self_url(&req, &base);
    let st = state.into_inner();
    let made = blocking(move || {
        let g = &st.graph;
        // Follows merges: a merged id's feed is its survivor's.
        let e = g
            .entity(&id)?
            .ok_or(WebError::NotFound { what: "entity", id })?;
        let mut entries = vec![entity_entry(g, &base, lang, &e)?];
        for n in g.notices_of(&e)?.iter().take(FEED_ENTRIES) {
            entries.push(notice_entry(g, &base, lang, n, None)?);
        }
        let mention = lang.t(
            "（この記録に対するものではなく、言及のみ）",
            "(mentions it; not addressed to it)",
        );
        for n in g.mentions_of(&e)?.iter().take(FEED_ENTRIES) {
            entries.push(notice_entry(g, &base, lang, n, Some(mention))?);
        }
        // Follows absorption mergers both ways: the corporations it absorbed
        // (their orders are its history) and the one that absorbed it (where
        // its story goes on).
        let mut family: Vec<(Entity, String)> = Vec::new();
        for edge in e.edges.iter().filter(|x| x.kind == EdgeKind::Succeeds) {
            if let Some(a) = g.entity(&edge.target)?
                && a.id != e.id
                && !family.iter().any(|(f, _)| f.id == a.id)
            {
                let note = match lang {
                    Lang::Ja => format!("（吸収合併で承継した「{}」に対するもの）", a.current_name()),
                    Lang::En => format!("(addressed to 「{}」, which it absorbed)", a.current_name()),
                };
                family.push((a, note));
            }
        }
        if let Some(s) = g.successor_of(&e)? {
            let note = match lang {
                Lang::Ja => format!("（承継法人「{}」に対するもの）", s.current_name()),
                Lang::En => format!("(addressed to 「{}」, which absorbed it)", s.current_name()),
            };
            family.push((s, note));
        }
        let mut seen: HashSet<String> = entries.iter().map(|x| x.url.clone()).collect();
        for (other, note) in &family {
            for n in g.notices_of(other)?.iter().take(FEED_ENTRIES) {
                let entry = notice_entry(g, &base, lang, n, Some(note))?;
                if seen.insert(entry.url.clone()) {
                    entries.push(entry);
                }
            }
        }
        let names: Vec<&str> = e.names.iter().map(|n| n.name.as_str()).collect();
        Ok(Feed {
            lang,
            alternate: with_lang(&base.join(&format!("/entities/{}", e.id)), lang),
            self_url,
            title: format!("tadoru — {}", e.current_name()),
            subtitle: match lang {
                Lang::Ja => format!(
                    "{} に関する処分等。すべての名称（{}）と統合された記録、吸収合併の相手方を含みます。",
                    e.current_name(),
                    names.join("、")
                ),
                Lang::En => format!(
                    "Notices on {} under every name it had ({}), every record merged into it, and the corporations of its absorption mergers.",
                    e.current_name(),
                    names.join(", ")
                ),
            },
            base: base.url.clone(),
            entries,
            fallback_updated: fallback(g)?,
        }
        .render())
    })
    .await;
    match made {
        Ok(body) => atom(body),
        Err(e) => feed_error(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_cleaned() {
        assert_eq!(
            xml_escape("a<b>&\"'\u{1}\u{b}c\n"),
            "a&lt;b&gt;&amp;&quot;&apos;c\n"
        );
    }

    fn entry(title: &str, updated: &str, issued: Option<&str>) -> Entry {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        Entry {
            url: title.into(),
            api_url: String::new(),
            title: title.into(),
            updated: t(updated),
            published: issued.map(t),
            category: None,
            summary: String::new(),
        }
    }

    #[test]
    fn notices_recorded_together_list_the_newest_issued_first() {
        let mut entries = vec![
            entry(
                "2016",
                "2026-11-20T20:28:48.100Z",
                Some("2016-01-01T00:00:00Z"),
            ),
            entry("undated", "2026-11-20T20:28:48.300Z", None),
            entry(
                "2026",
                "2026-11-20T20:28:48.900Z",
                Some("2026-03-13T00:00:00Z"),
            ),
            entry(
                "changed later",
                "2026-11-21T08:00:00Z",
                Some("2020-01-01T00:00:00Z"),
            ),
            entry(
                "2025",
                "2026-11-20T20:28:48.500Z",
                Some("2025-08-29T00:00:00Z"),
            ),
        ];
        newest_first(&mut entries);
        let order: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(order, ["changed later", "2026", "2025", "2016", "undated"]);
    }

    #[test]
    fn an_entry_title_names_the_kind_the_party_and_the_date() {
        assert_eq!(
            entry_title(
                Lang::Ja,
                "緊急命令",
                &["銀座クリニック"],
                "厚生労働省",
                "2026-03-13"
            ),
            "緊急命令：銀座クリニック（2026-03-13）"
        );
        assert_eq!(
            entry_title(
                Lang::En,
                "emergency order",
                &["銀座クリニック"],
                "厚生労働省",
                "2026-03-13"
            ),
            "Emergency order — 銀座クリニック — 2026-03-13"
        );
        assert_eq!(
            entry_title(
                Lang::Ja,
                "改善命令",
                &["A", "B", "C", "D"],
                "x",
                "2025-01-01"
            ),
            "改善命令：A、B ほか 2 件（2025-01-01）"
        );
        assert_eq!(
            entry_title(
                Lang::En,
                "closure filing",
                &[],
                "関東信越厚生局",
                "date not stated"
            ),
            "Closure filing — 関東信越厚生局 — date not stated"
        );
    }
}
