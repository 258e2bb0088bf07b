//! HTML pages in Japanese or English: home, search with facets, entity (in
//! `pages/entity.rs`), notice (parsed fields, source, archived original), and
//! the layout they share (skip link, header landmark with the demo note,
//! search box). maud escapes all text; the only raw HTML is the search
//! snippet, which tantivy builds from escaped text.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use tadoru_crawler::extract::{article_en, authority_en};
use tadoru_graph::{Evidence, Notice, State};
use tadoru_index::SearchRequest;
use tadoru_model::{NoticeKind, Role};

use crate::api::{ParamError, SearchParams};

mod api_doc;
mod attachments;
mod document;
mod entity;
mod hit;
mod vet_form;
use crate::error::WebError;
use crate::i18n::Lang;
use crate::permalink::Base;
use crate::views::{kind_en, kind_ja};
use crate::{AppState, blocking, check_id};
pub use api_doc::api_doc;
pub use document::{archived, document};
pub use entity::entity;
use tadoru_indexing::title_en;
pub use vet_form::{MAX_FORM_BODY, not_allowed as vet_not_allowed, vet_form, vet_submit};

const CSS: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("search.js");

pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "max-age=3600"))
        .body(CSS)
}

pub async fn script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "max-age=3600"))
        .body(SCRIPT)
}

/// `/style.css` and `/search.js` with a digest of their text, so that a
/// browser holding an older copy (they are cached for an hour) fetches the new one.
fn asset_url(path: &str, text: &'static str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    text.hash(&mut h);
    format!("{path}?v={:08x}", h.finish() as u32)
}

fn with_lang(path: &str, lang: Lang) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={}", lang.code())
}

/// Japanese source text (names, titles, places) inside an English page is
/// marked `lang="ja"`, so that screen readers and fonts treat it as Japanese.
/// Text mixing both (an English reason quoting a 「name」) has each Japanese
/// run marked.
fn ja_text(lang: Lang, text: &str) -> Markup {
    if lang == Lang::Ja || !has_japanese(text) {
        return html! { (text) };
    }
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return html! { span lang="ja" { (text) } };
    }
    let runs = script_runs(text, true);
    html! { @for (ja, run) in &runs { @if *ja { span lang="ja" { (run) } } @else { (run) } } }
}

/// `text` cut into runs of Japanese and of other characters, each marked
/// whether it is Japanese; with `space_stays`, a space after Japanese stays
/// in its run (`東京 サイエンス` is one run).
fn script_runs(text: &str, space_stays: bool) -> Vec<(bool, String)> {
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        let ja = is_japanese(c);
        match runs.last_mut() {
            Some((j, run)) if *j == ja || (space_stays && !ja && *j && c == ' ') => run.push(c),
            _ => runs.push((ja, c.to_string())),
        }
    }
    runs
}

/// Text that may mix both languages (a message, a cause) in either page:
/// Japanese runs marked on English pages as [`ja_text`] does, and on
/// Japanese pages each English phrase (letters and a space, such as
/// `at most 200 items`) marked `lang="en"`; a Latin name (`JASC`) is not a phrase.
fn mixed_text(lang: Lang, text: &str) -> Markup {
    if lang == Lang::En {
        return ja_text(lang, text);
    }
    let runs = script_runs(text, false);
    let english = |run: &str| {
        run.trim().contains(' ')
            && run
                .split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                .count()
                >= 2
    };
    html! { @for (ja, run) in &runs { @if !*ja && english(run) { span lang="en" { (run) } } @else { (run) } } }
}

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff9f}')
}

/// Whether `text` holds kana or kanji (as opposed to an English rendering).
fn has_japanese(text: &str) -> bool {
    text.chars().any(is_japanese)
}

/// The longest query a browser without script may send: well above the
/// query limit (so the server's own message answers it) and, percent-encoded
/// (up to 9 bytes a character), well inside the HTTP server's request head.
const NO_SCRIPT_MAX_CHARS: usize = 2000;

fn layout(
    lang: Lang,
    demo: bool,
    title: &str,
    q: &str,
    other_lang_url: &str,
    body: Markup,
) -> Markup {
    layout_feed(lang, demo, title, q, other_lang_url, None, body)
}

/// A feed a page advertises (besides the site's feed of all notices), as
/// `<link rel="alternate" type="application/atom+xml">`.
pub(crate) struct FeedLink {
    pub title: String,
    pub href: String,
}

fn layout_feed(
    lang: Lang,
    demo: bool,
    title: &str,
    q: &str,
    other_lang_url: &str,
    feed: Option<FeedLink>,
    body: Markup,
) -> Markup {
    let other = match lang {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    let max = tadoru_index::query::MAX_QUERY_CHARS;
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // The home page is the site itself: its name once, with what it is.
                title { @if title == "tadoru" { (lang.t("tadoru（辿る）— 再生医療の行政処分の記録", "tadoru — a record of enforcement against regenerative-medicine clinics")) } @else { (title) " — tadoru" } }
                link rel="stylesheet" href=(asset_url("/style.css", CSS));
                @if let Some(f) = &feed {
                    link rel="alternate" type="application/atom+xml" title=(f.title) href=(f.href);
                }
                link rel="alternate" type="application/atom+xml" title=(lang.t("tadoru — 新しく記録された処分等", "tadoru — notices as recorded")) href=(with_lang("/notices.atom", lang));
                script src=(asset_url("/search.js", SCRIPT)) defer {}
            }
            body {
                header.site {
                    a.skip href="#main" { (lang.t("本文へ移動", "Skip to content")) }
                    @if demo {
                        // One line on a phone; the full note one tap away.
                        details.demo {
                            summary {
                                strong { (lang.t("デモ用の再構成データ", "Demo reconstruction")) }
                                (lang.t("（政府の原文ではありません）", " — not the government's text"))
                            }
                            p { (lang.t(
                                "表示中のデータは、公表された事実をもとに tadoru が独自に書き起こした同梱ミラーから収集したもので、政府の公表資料そのものではありません。「デモ」と記した番号は架空です。",
                                "This data was crawled from tadoru's bundled mirror, which retells published facts in tadoru's own words; it is not the government's text. Identifiers marked \"demo\" are invented.")) }
                        }
                    }
                    div.bar {
                        a.brand href=(with_lang("/", lang)) { "tadoru " span lang="ja" { "辿る" } }
                        form action="/search" method="get" role="search" data-max=(max)
                            data-too-long=(lang.t("検索語が長すぎます（{n} 文字）。{max} 文字以内にしてください。", "The search text is too long ({n} characters); use at most {max}.")) {
                            input type="hidden" name="lang" value=(lang.code());
                            // Without script, the browser itself stops a paste long
                            // enough to overflow the server's request head (431):
                            // what gets through is answered with the polite message.
                            input type="search" name="q" value=(q) maxlength=(NO_SCRIPT_MAX_CHARS) aria-label=(lang.t("検索", "Search")) aria-describedby="qerr"
                                placeholder=(lang.t("施設名・旧名称・法人名で検索", "Search any name, former name or operator"));
                            button type="submit" { (lang.t("検索", "Search")) }
                        }
                        a.lang href=(other_lang_url) lang=(other.code()) hreflang=(other.code()) { (lang.t("English", "日本語")) }
                    }
                    p id="qerr" class="qerr" role="alert" {}
                }
                main id="main" tabindex="-1" { (body) }
                footer {
                    (lang.t("tadoru は再生医療等安全性確保法に基づく行政処分の公開記録です。各事実は保存された原文書（sha256）を根拠として示します。",
                        "tadoru is a public record of enforcement under the Act on the Safety of Regenerative Medicine. Every fact cites the archived original document (sha256) it came from."))
                    " · " a href=(with_lang("/vet", lang)) { (lang.t("取引先の一括照会", "Vet a list")) }
                    " · " a href=(with_lang("/api", lang)) { (lang.t("API（JSON）", "JSON API")) }
                    " · " a href=(with_lang("/notices.atom", lang)) { (lang.t("新着フィード（Atom）", "Feed of new notices (Atom)")) }
                }
            }
        }
    }
}

fn page(status: StatusCode, markup: Markup) -> HttpResponse {
    crate::http::with_retry_after(
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(markup.into_string()),
    )
}

fn error_page(lang: Lang, demo: bool, err: &WebError) -> HttpResponse {
    if err.status().is_server_error() {
        tracing::error!(error = %err, "page request failed");
    }
    let (heading, message) = match err.status() {
        StatusCode::NOT_FOUND => (lang.t("見つかりません", "Not found"), err.message(lang)),
        s if s.is_client_error() => (
            lang.t("入力に誤りがあります", "Something in the request was wrong"),
            err.to_string(),
        ),
        StatusCode::SERVICE_UNAVAILABLE => (
            lang.t("ただいま混み合っています", "The service is busy"),
            lang.t(
                "少し待ってから、もう一度お試しください。",
                "Please try again in a few seconds.",
            )
            .to_string(),
        ),
        _ => (
            lang.t("内部エラー", "Internal error"),
            lang.t(
                "処理できませんでした。",
                "The request could not be completed.",
            )
            .to_string(),
        ),
    };
    page(
        err.status(),
        layout(
            lang,
            demo,
            heading,
            "",
            &with_lang("/", lang),
            html! {
                h1 { (heading) }
                p { (mixed_text(lang, &message)) }
                p { a href=(with_lang("/", lang)) { (lang.t("トップへ戻る", "Back to the start page")) } }
            },
        ),
    )
}

pub fn query_error(
    err: actix_web::error::QueryPayloadError,
    req: &HttpRequest,
) -> actix_web::Error {
    let lang = Lang::from_request(req);
    let resp = error_page(
        lang,
        false,
        &WebError::BadRequest(format!("invalid query parameters: {err}")),
    );
    actix_web::error::InternalError::from_response(err, resp).into()
}

pub async fn not_found(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let lang = Lang::from_request(&req);
    error_page(
        lang,
        state.demo,
        &WebError::NotFound {
            what: "page",
            id: req.path().to_string(),
        },
    )
}

fn date_or<D: std::fmt::Display>(d: Option<D>, lang: Lang) -> String {
    d.map_or_else(
        || lang.t("日付不明", "date not stated").to_string(),
        |d| d.to_string(),
    )
}

fn kind_label(code: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => kind_ja(code),
        Lang::En => kind_en(code),
    }
}

fn evidence_links(ev: &[Evidence], lang: Lang) -> Markup {
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<&Evidence> = ev
        .iter()
        .filter(|e| seen.insert(e.sha256.as_str()))
        .collect();
    html! {
        @for e in unique {
            // The notice the evidence was read from: the archived copy's
            // banner then leads back to it.
            @let from = e.locator.strip_prefix("notice ").filter(|id| check_id(id, "n-").is_ok());
            @let href = match from {
                Some(id) => format!("/documents/{}?notice={id}", e.sha256),
                None => format!("/documents/{}", e.sha256),
            };
            a.ev href=(with_lang(&href, lang)) title=(format!("{} — {}", e.url, e.locator)) {
                // The whole hash, on screen and on paper: a prefix cannot
                // be checked against the archived bytes.
                (lang.t("原文", "source")) " " code.sha256 { "sha256 " (e.sha256) }
            }
            span.print-only.src { " " (lang.t("出典：", "from ")) (e.url) }
            " "
        }
    }
}

/// A link's whole address, shown only on paper (where a relative link
/// cannot be followed) and without the language parameter.
fn on_paper(base: &Base, path: &str) -> Markup {
    html! { span.print-only.href { " <" (base.join(path)) ">" } }
}

/// When each url's versions were fetched, oldest first, urls in first-seen order.
fn versions_by_url(
    docs: &[tadoru_graph::DocRef],
) -> Vec<(&str, Vec<chrono::DateTime<chrono::Utc>>)> {
    let mut out: Vec<(&str, Vec<chrono::DateTime<chrono::Utc>>)> = Vec::new();
    for d in docs {
        match out.iter_mut().find(|(u, _)| *u == d.url) {
            Some((_, v)) => v.push(d.fetched_at),
            None => out.push((d.url.as_str(), vec![d.fetched_at])),
        }
    }
    for (_, v) in out.iter_mut() {
        v.sort();
    }
    out
}

/// Notices in a table that reflows into labelled rows on a phone. Many
/// notices share an official title, so each link also names (for screen
/// readers) whom the notice is addressed to and its date.
fn notices_table(notices: &[Notice], lang: Lang, paper: Option<&Base>) -> Markup {
    let (date, kind, title, issuer) = (
        lang.t("日付", "Date"),
        lang.t("種別", "Kind"),
        lang.t("件名", "Title"),
        lang.t("発出", "Issued by"),
    );
    html! {
        table.reflow {
            thead { tr { th { (date) } th { (kind) } th { (title) } th { (issuer) } } }
            tbody {
                @for n in notices {
                    @let parties: Vec<&str> = n.record.subjects.iter().filter(|s| s.role != Role::Operator).map(|s| s.name.as_str()).collect();
                    tr {
                        td.date data-label=(date) { (date_or(n.record.issued_on, lang)) }
                        td data-label=(kind) { span class=(format!("badge {}", n.record.kind.code())) { (kind_label(n.record.kind.code(), lang)) } }
                        td data-label=(title) {
                            a href=(with_lang(&format!("/notices/{}", n.id), lang)) {
                                @match lang { Lang::Ja => (n.record.title), Lang::En => (ja_text(lang, &title_en(n))) }
                                span.vh {
                                    " — " @if !parties.is_empty() { (ja_text(lang, &parties.join("、"))) ", " }
                                    (date_or(n.record.issued_on, lang))
                                }
                            }
                            @if let Some(base) = paper { (on_paper(base, &format!("/notices/{}", n.id))) }
                            @if n.withdrawn_seen.is_some() { " " span.badge { (lang.t("掲載終了", "withdrawn")) } }
                            @if !parties.is_empty() { br; span.muted aria-hidden="true" { (ja_text(lang, &parties.join("、"))) } }
                        }
                        td.muted data-label=(issuer) { (match lang { Lang::Ja => n.record.authority.clone(), Lang::En => authority_en(&n.record.authority) }) }
                    }
                }
            }
        }
    }
}

pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let demo = state.demo;
    let st = state.into_inner();
    // The index answers "newest notices" and the totals; only the 15 shown
    // are read from the graph.
    let result = blocking(move || {
        let count = |doc_type: &str, per_page: usize| {
            st.index.search(&SearchRequest {
                doc_type: Some(doc_type.into()),
                per_page,
                ..SearchRequest::default()
            })
        };
        let latest = count("notice", 15)?;
        let entities = count("entity", 1)?.total;
        let mut notices = Vec::with_capacity(latest.hits.len());
        for h in &latest.hits {
            notices.extend(st.graph.notice(&h.id)?);
        }
        Ok((notices, latest.total, entities))
    })
    .await;
    let (notices, notice_count, entity_count) = match result {
        Ok(r) => r,
        Err(e) => return error_page(lang, demo, &e),
    };
    let other = with_lang("/", if lang == Lang::Ja { Lang::En } else { Lang::Ja });
    page(
        StatusCode::OK,
        layout(
            lang,
            demo,
            "tadoru",
            "",
            &other,
            html! {
                h1 { (lang.t("再生医療の行政処分を、名前が変わっても辿る", "Trace enforcement against regenerative-medicine clinics, through every rename")) }
                p {
                    (lang.t("医療機関・細胞培養加工施設・運営法人を、現在の名称でも旧名称でも検索できます。緊急命令・改善命令・停止命令・許可取消し・廃止届を、原文書とともに記録しています。",
                        "Search clinics, cell processing facilities and their operators by any name they ever had. Emergency orders, improvement orders, suspensions, licence revocations and closures are kept with their original documents."))
                }
                p.muted { (notice_count) (lang.t(" 件の処分等、", " notices, ")) (entity_count) (lang.t(" 件の施設・法人", " clinics, facilities and operators")) }
                h2 { (lang.t("最近の処分等", "Latest notices")) }
                (notices_table(&notices, lang, None))
                h2 { (lang.t("種別で見る", "Browse by kind")) }
                p { @for k in NoticeKind::ALL { a.badge href=(with_lang(&format!("/search?type=notice&kind={}", k.code()), lang)) { (kind_label(k.code(), lang)) } " " } }
            },
        ),
    )
}

fn search_url(
    params: &SearchRequest,
    lang: Lang,
    kind: Option<&str>,
    year: Option<i32>,
    doc_type: Option<&str>,
    place: Option<&str>,
    page: usize,
) -> String {
    let mut parts = vec![format!("q={}", urlencode(&params.q))];
    if let Some(p) = place {
        parts.push(format!("place={}", urlencode(p)));
    }
    if let Some(t) = doc_type {
        parts.push(format!("type={t}"));
    }
    if let Some(k) = kind {
        parts.push(format!("kind={k}"));
    }
    if let Some(y) = year {
        parts.push(format!("year={y}"));
    }
    if page > 1 {
        parts.push(format!("page={page}"));
    }
    parts.push(format!("lang={}", lang.code()));
    format!("/search?{}", parts.join("&"))
}

/// The query and filters of a search, without page or language: what its
/// feed and downloads take.
fn search_query(r: &SearchRequest) -> String {
    let mut parts = vec![format!("q={}", urlencode(&r.q))];
    if let Some(p) = &r.place {
        parts.push(format!("place={}", urlencode(p)));
    }
    if let Some(t) = &r.doc_type {
        parts.push(format!("type={}", urlencode(t)));
    }
    if let Some(k) = &r.kind {
        parts.push(format!("kind={}", urlencode(k)));
    }
    if let Some(y) = r.year {
        parts.push(format!("year={y}"));
    }
    parts.join("&")
}

/// Links to follow what a page shows (its Atom feed) and to download it
/// (CSV, CSV with a byte order mark for spreadsheet programs, NDJSON), with
/// the same query and filters. `stem` is the page's path (`/search`,
/// `/entities/e-…`), `query` its query string.
fn follow_links(lang: Lang, stem: &str, what: &str, query: &str) -> Markup {
    let url = |ext: &str, extra: &str| {
        let q: Vec<&str> = [query, extra]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if q.is_empty() {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}.{ext}?{}", q.join("&"))
        }
    };
    let lang_q = format!("lang={}", lang.code());
    html! {
        section.follow aria-labelledby="follow-h" {
            h2 id="follow-h" { (lang.t("フォロー・ダウンロード", "Follow and download")) }
            p {
                (what) (lang.t("：", ": "))
                a href=(url("atom", &lang_q)) { (lang.t("Atom フィード", "Atom feed")) }
                " · " a href=(url("csv", "")) download { "CSV" }
                " · " a href=(url("csv", "bom=1")) download { (lang.t("CSV（Excel 用）", "CSV for Excel")) }
                " · " a href=(url("ndjson", "")) download { "NDJSON" }
            }
            p.muted { (lang.t(
                "CSV は UTF-8（Excel 用は先頭に BOM 付き）。= + - @ で始まるセルは、数式として実行されないよう先頭に ' を付けています。",
                "CSV is UTF-8 (the Excel link adds a byte order mark). Cells starting with = + - @ begin with ' so that no spreadsheet runs them as formulas.")) }
        }
    }
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub async fn search(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<SearchParams>,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let demo = state.demo;
    let request = match params.validate() {
        Ok(r) => r,
        Err(e) => return search_refused(lang, demo, &params, &e),
    };
    let st = state.into_inner();
    let r2 = request.clone();
    let result = blocking(move || {
        let results = st.index.search(&r2)?;
        let today = chrono::Utc::now().date_naive();
        // Entity hits carry their status at a glance (stored with them in the index).
        let mut glances = Vec::new();
        for h in &results.hits {
            let g = match h.doc_type.as_str() {
                "entity" => crate::api::entity_card(&st.graph, h)?
                    .map(|c| (crate::glance::of_card(&c, today), c)),
                _ => None,
            };
            glances.push(g);
        }
        Ok((results, glances))
    })
    .await;
    let (results, glances) = match result {
        Ok(r) => r,
        Err(e) => return error_page(lang, demo, &e),
    };
    let other = search_url(
        &request,
        if lang == Lang::Ja { Lang::En } else { Lang::Ja },
        request.kind.as_deref(),
        request.year,
        request.doc_type.as_deref(),
        request.place.as_deref(),
        request.page,
    );
    let title = if request.q.is_empty() {
        lang.t("検索", "Search").to_string()
    } else {
        format!("{} — {}", request.q, lang.t("検索", "Search"))
    };
    let total = results.total;
    let pages = total.div_ceil(request.per_page).max(1);
    // Pages past the first MAX_OFFSET results are not shown (downloads hold them).
    let reachable = pages.min(tadoru_index::last_reachable_page(request.per_page));
    // A page past the last: say so beside the total, and lead back.
    let beyond = results.hits.is_empty() && total > 0;
    let first = (request.page - 1) * request.per_page + 1;
    let last = first + results.hits.len().saturating_sub(1);
    let place = request.place.as_deref();
    let url_in =
        |kind: Option<&str>,
         year: Option<i32>,
         doc_type: Option<&str>,
         place: Option<&str>,
         page: usize| { search_url(&request, lang, kind, year, doc_type, place, page) };
    let url = |kind: Option<&str>, year: Option<i32>, doc_type: Option<&str>, page: usize| {
        url_in(kind, year, doc_type, place, page)
    };
    let place_label = |p: &str| match lang {
        Lang::Ja => p.to_string(),
        Lang::En => tadoru_index::places::GAZ
            .lookup(p)
            .first()
            .map_or(p.to_string(), |g| format!("{} ({p})", g.romaji_display())),
    };
    let (kind, year, doc_type) = (
        request.kind.as_deref(),
        request.year,
        request.doc_type.as_deref(),
    );
    let type_label = |t: &str| {
        if t == "notice" {
            lang.t("処分等", "Notices")
        } else {
            lang.t("施設・法人", "Clinics, facilities, operators")
        }
    };
    let filtered = kind.is_some() || year.is_some() || doc_type.is_some() || place.is_some();
    let query = search_query(&request);
    page(
        StatusCode::OK,
        layout_feed(
            lang,
            demo,
            &title,
            &request.q,
            &other,
            Some(FeedLink {
                title: format!("tadoru — {title}"),
                href: format!("/search.atom?{query}&lang={}", lang.code()),
            }),
            html! {
                h1 {
                    @match (lang, request.q.is_empty()) {
                        (_, true) => (lang.t("検索結果", "Results")),
                        (Lang::Ja, false) => { "検索結果：「" (request.q) "」" }
                        (Lang::En, false) => { "Results for “" (ja_text(lang, &request.q)) "”" }
                    }
                }
                @if filtered {
                    p.filters {
                        (lang.t("絞り込み中：", "Filtered by: "))
                        @if let Some(t) = doc_type {
                            a href=(url(kind, year, None, 1)) { (type_label(t)) span.vh { (lang.t("（指定を外す）", " (remove this filter)")) } span aria-hidden="true" { " ✕" } }
                        }
                        @if let Some(k) = kind {
                            a href=(url(None, year, doc_type, 1)) { (kind_label(k, lang)) span.vh { (lang.t("（指定を外す）", " (remove this filter)")) } span aria-hidden="true" { " ✕" } }
                        }
                        @if let Some(y) = year {
                            a href=(url(kind, None, doc_type, 1)) { (y) span.vh { (lang.t("（指定を外す）", " (remove this filter)")) } span aria-hidden="true" { " ✕" } }
                        }
                        @if let Some(p) = place {
                            a href=(url_in(kind, year, doc_type, None, 1)) { (ja_text(lang, &place_label(p))) span.vh { (lang.t("（指定を外す）", " (remove this filter)")) } span aria-hidden="true" { " ✕" } }
                        }
                    }
                }
                @if results.approximate {
                    p.notice-approx role="status" {
                        (lang.t("入力どおりの記録はありません。表記の近い記録を表示しています。", "Nothing matched exactly as typed. Showing records with similar spellings."))
                    }
                }
                @if !results.suggestions.is_empty() {
                    p.suggest {
                        (lang.t("もしかして：", "Did you mean: "))
                        @for (i, name) in results.suggestions.iter().enumerate() {
                            @if i > 0 { (lang.t("、", ", ")) }
                            a href=(with_lang(&format!("/search?q={}", urlencode(name)), lang)) { (ja_text(lang, name)) }
                            @if lang == Lang::En { " " span.muted { "(" (tadoru_index::romanize::english(name).unwrap_or_else(|| tadoru_index::romanize::romaji(name))) ")" } }
                        }
                    }
                }
                p.muted {
                    @if beyond {
                        (match lang {
                            Lang::Ja => format!("{total} 件（{pages} ページ）のうち、{} ページ目に表示する結果はありません。", request.page),
                            Lang::En => format!("{total} {} on {pages} {}; page {} has none.", plural(total, "result", "results"), plural(pages, "page", "pages"), request.page),
                        })
                        " " a href=(url(kind, year, doc_type, reachable)) { (lang.t("最後のページへ", "Go to the last page")) }
                    } @else if pages > 1 {
                        (match lang {
                            Lang::Ja => format!("{total} 件中 {first}〜{last} 件目"),
                            Lang::En => format!("Results {first}–{last} of {total}"),
                        })
                    } @else {
                        (match lang {
                            Lang::Ja => format!("{total} 件"),
                            Lang::En => format!("{total} {}", plural(total, "result", "results")),
                        })
                    }
                }
                @if request.q.trim().is_empty() && total > 0 {
                    p.muted.order {
                        @if doc_type == Some("entity") {
                            (lang.t("並び順：最新の処分等の発出日が新しい順（処分等のないものは最後）。",
                                "Order: by the date of the latest notice, newest first (those with no notice last)."))
                        } @else {
                            (lang.t("並び順：処分等は発出日の新しい順、施設・法人はその後。",
                                "Order: notices by date of issue, newest first; clinics, facilities and operators after them."))
                        }
                    }
                }
                div.layout {
                    section.results {
                        @if total == 0 {
                            @if request.q.is_empty() {
                                p { (lang.t("この条件に該当する記録はありません。", "No records match these filters.")) " "
                                    a href=(with_lang("/search?q=", lang)) { (lang.t("すべての記録を見る", "See all records")) } }
                            } @else {
                                p { (lang.t("該当する記録はありません。別の名称（旧名称・運営法人名）でもお試しください。", "Nothing matched. Try another name: a former name or the operator's name.")) }
                            }
                            p.caveat { strong { (lang.t("記録が見つからないことは、安全であることを意味しません。", "No record found does not mean safe.")) } " "
                                (lang.t("tadoru が読んだ行政処分等の公表資料に載っていない、というだけです。", "It only means that the enforcement notices tadoru has read do not name it.")) }
                        }
                        ol.hits start=(first) {
                            @for (h, g) in results.hits.iter().zip(&glances) {
                                li {
                                    // Real separators between the badges, for screen readers and copying.
                                    span class=(format!("badge {}", h.kind)) { (kind_label(&h.kind, lang)) }
                                    @if let Some((g, _)) = g { @if g.state != "active" { (lang.t("、", ", ")) span.badge.closed { (state_label_code(&g.state, lang)) } } }
                                    @if let Some(d) = &h.issued_on { " " span.muted { (d) } }
                                    br;
                                    a href=(with_lang(&format!("/{}s/{}", if h.doc_type == "entity" { "entitie" } else { "notice" }, h.id), lang)) { strong { (ja_text(lang, &h.title)) } }
                                    @if let Some((_, card)) = g { @if let Some(r) = english_name(card, &h.title, lang) { " " (r) } }
                                    @if !h.parties.is_empty() { div.muted { (ja_text(lang, &h.parties.join("、"))) } }
                                    @if let Some((g, _)) = g { (hit::glance_lines(g, &h.kind, lang)) }
                                    @if lang == Lang::En && has_japanese(&h.snippet) { div.snippet lang="ja" { (PreEscaped(&h.snippet)) } } @else { div.snippet { (PreEscaped(&h.snippet)) } }
                                }
                            }
                        }
                        @if pages > 1 && !beyond {
                            nav.pages aria-label=(lang.t("ページ", "Pages")) {
                                @if request.page > 1 { a href=(url(kind, year, doc_type, request.page - 1)) { (lang.t("← 前へ", "← Previous")) } " " }
                                span.muted { (request.page) " / " (pages) }
                                @if request.page < reachable { " " a href=(url(kind, year, doc_type, request.page + 1)) { (lang.t("次へ →", "Next →")) } }
                            }
                            @if reachable < pages {
                                p.muted {
                                    (match lang {
                                        Lang::Ja => format!("表示できるのは先頭の {reachable} ページ（{} 件）までです。条件で絞り込むか、下の CSV・NDJSON ダウンロード（すべての結果）をご利用ください。", grouped(tadoru_index::MAX_OFFSET)),
                                        Lang::En => format!("Only the first {reachable} pages ({} results) can be shown. Narrow the search with the filters, or use the CSV or NDJSON download below, which holds every result.", grouped(tadoru_index::MAX_OFFSET)),
                                    })
                                }
                            }
                        }
                    }
                    details.facets open {
                        summary { (lang.t("絞り込み", "Filter")) }
                        h2 { (lang.t("種類", "Type")) }
                        ul {
                            li { a class=(if doc_type.is_none() { "on" } else { "" }) href=(url(kind, year, None, 1)) { (lang.t("すべて", "All")) } }
                            @for (t, c) in &results.facets.doc_type {
                                li { a class=(if doc_type == Some(t.as_str()) { "on" } else { "" }) href=(url(kind, year, Some(t), 1)) { (type_label(t)) " (" (c) ")" } }
                            }
                        }
                        @if kind.is_some() || !results.facets.kind.is_empty() {
                        h2 { (lang.t("種別", "Kind")) }
                        ul {
                            @if kind.is_some() { li { a href=(url(None, year, doc_type, 1)) { (lang.t("指定を外す", "Any kind")) } } }
                            @for (k, c) in &results.facets.kind {
                                li { a class=(if kind == Some(k.as_str()) { "on" } else { "" }) href=(url(Some(k), year, doc_type, 1)) { (kind_label(k, lang)) " (" (c) ")" } }
                            }
                        }
                        }
                        @if place.is_some() || !results.facets.place.is_empty() {
                        h2 { (lang.t("所在地", "Place")) }
                        ul {
                            @if place.is_some() { li { a href=(url_in(kind, year, doc_type, None, 1)) { (lang.t("指定を外す", "Anywhere")) } } }
                            @for (p, c) in &results.facets.place {
                                li { a class=(if place == Some(p.as_str()) { "on" } else { "" }) href=(url_in(kind, year, doc_type, Some(p), 1)) { (ja_text(lang, &place_label(p))) " (" (c) ")" } }
                            }
                        }
                        }
                        @if year.is_some() || !results.facets.year.is_empty() {
                        h2 { (lang.t("年", "Year")) }
                        ul {
                            @if year.is_some() { li { a href=(url(kind, None, doc_type, 1)) { (lang.t("指定を外す", "Any year")) } } }
                            @for (y, c) in &results.facets.year {
                                li { a class=(if year.map(|v| v.to_string()).as_deref() == Some(y.as_str()) { "on" } else { "" }) href=(url(kind, y.parse().ok(), doc_type, 1)) { (y) " (" (c) ")" } }
                            }
                        }
                        }
                    }
                    details.tips {
                        summary { (lang.t("検索のしかた", "How to search")) }
                        ul {
                            li { (ja_text(lang, lang.t("名称は漢字・かな・ローマ字・英語のどれでも（例：池袋, いけぶくろ, Ikebukuro）。法人の種類（株式会社・(医) など）や空白は省いてかまいません。", "Names in kanji, kana, romaji or English (e.g. 池袋, いけぶくろ, Ikebukuro). Legal forms (株式会社, (医)…) and spaces may be left out."))) }
                            li { code { "\"…\"" } " " code lang="ja" { "「…」" } (ja_text(lang, lang.t("：囲んだ語は書かれたとおりに一致", ": words in quotes must match as written"))) }
                            li { code { "kind:improvement_order" } " " code { "year:2025" } " " code lang="ja" { "place:福岡" } " " code { "place:Fukuoka" } " " code { "type:entity" } (ja_text(lang, lang.t("：種別・年・所在地・種類で絞り込み", ": filter by kind, year, place or type"))) }
                            li { (ja_text(lang, lang.t("年（2025）や地名（Tokyo, 中央区）はそのまま書いても検索できます。", "A year (2025) or a place (Tokyo, 中央区) can also just be typed."))) }
                        }
                    }
                }
                (follow_links(lang, "/search", lang.t("この検索の結果", "This search"), &query))
            },
        ),
    )
}

/// The English name an entity is shown with, the same on its hit and its
/// page: the official one (NTA 英語表記) as it is; an automatic rendering
/// only on English pages, marked as such; nothing for a person, whose name
/// no machine reading gets right.
fn english_name(card: &crate::glance::Card, name: &str, lang: Lang) -> Option<Markup> {
    match (&card.name_en, card.name_en_official) {
        (Some(en), true) => Some(html! { span.muted.romaji lang="en" { (en) } }),
        _ if card.person || lang == Lang::Ja || !has_japanese(name) => None,
        (en, _) => {
            let reading = en
                .clone()
                .unwrap_or_else(|| tadoru_index::romanize::romaji(name));
            Some(html! {
                span.muted.romaji { (reading) " (" (lang.t("ローマ字は自動変換", "automatic romanization")) ")" }
            })
        }
    }
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// A count with thousands separated (`10,000`), as both languages print it.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A search the parameters rule out (an over-long query, a page past the
/// index's reach): said on the search page in its language, the user's text
/// kept in the box.
fn search_refused(lang: Lang, demo: bool, params: &SearchParams, err: &ParamError) -> HttpResponse {
    let q = params.q.clone().unwrap_or_default();
    let other = with_lang(
        "/search",
        if lang == Lang::Ja { Lang::En } else { Lang::Ja },
    );
    page(
        StatusCode::BAD_REQUEST,
        layout(
            lang,
            demo,
            lang.t("検索できませんでした", "The search could not be run"),
            &q,
            &other,
            html! {
                h1 { (lang.t("検索できませんでした", "The search could not be run")) }
                p.warn role="alert" { (err.message(lang)) }
                p { a href=(with_lang("/", lang)) { (lang.t("トップへ戻る", "Back to the start page")) } }
            },
        ),
    )
}

/// What a citation names: the record, its permalink, how current the data
/// is, and the source documents with their full hashes.
pub(crate) struct Cite<'a> {
    pub title: &'a str,
    pub path: String,
    pub base: &'a crate::permalink::Base,
    /// When the last statement the registry holds was recorded.
    pub data_as_of: Option<chrono::DateTime<chrono::Utc>>,
    /// Source documents: url, when tadoru fetched it, sha256.
    pub sources: Vec<(&'a str, chrono::DateTime<chrono::Utc>, &'a str)>,
}

/// The citation as one line of plain text (what the copy button copies).
fn citation_text(lang: Lang, c: &Cite) -> String {
    let today = chrono::Utc::now().date_naive();
    let url = c.base.join(&c.path);
    let as_of = c
        .data_as_of
        .map_or_else(|| "—".to_string(), |d| d.format("%Y-%m-%d").to_string());
    let mut out = match lang {
        Lang::Ja => format!(
            "tadoru（辿る）「{}」{url}（データ時点 {as_of}、閲覧日 {today}）。",
            c.title
        ),
        Lang::En => format!(
            "tadoru. “{}”. {url}. Data as of {as_of}; retrieved {today} (UTC).",
            c.title
        ),
    };
    for (src, fetched, sha) in &c.sources {
        let fetched = fetched.format("%Y-%m-%d");
        out.push_str(&match lang {
            Lang::Ja => format!("原文書：{src}（{fetched} 取得、sha256 {sha}）。"),
            Lang::En => format!(" Source: {src}, fetched {fetched}, sha256 {sha}."),
        });
    }
    out
}

/// How to cite a record: the text (selectable without script), a copy
/// button that the script shows, and where the permalink's address came from.
fn citation(lang: Lang, c: &Cite) -> Markup {
    use crate::permalink::BaseSource;
    html! {
        section.cite aria-labelledby="cite-h" {
            h2 id="cite-h" { (lang.t("引用する場合", "To cite this record")) }
            p id="cite-text" class="cite-text" { (ja_text(lang, &citation_text(lang, c))) }
            button.copy type="button" hidden data-copy="cite-text"
                data-done=(lang.t("コピーしました", "Copied")) { (lang.t("引用をコピー", "Copy citation")) }
            p.muted {
                (lang.t("固定リンク：", "Permalink: ")) a href=(c.base.join(&c.path)) { (c.base.join(&c.path)) } " — "
                @match c.base.source {
                    BaseSource::Configured => (lang.t("運営者が設定した公開アドレス（--public-url）による。", "from the public address the operator set (--public-url).")),
                    BaseSource::Request => (lang.t("このリクエストのアドレス（Host）による。運営者が --public-url を設定していないため、別のアドレスでは変わることがあります。", "from this request's address (Host), as the operator has not set --public-url: it may differ at another address.")),
                }
                " " (lang.t("「データ時点」は tadoru が最後に記録した日、sha256 は保存した原文書のバイト列のハッシュです。", "“Data as of” is when tadoru last recorded anything; sha256 is the hash of the archived bytes of the source."))
            }
        }
    }
}

fn state_label_code(code: &str, lang: Lang) -> &'static str {
    match code {
        "closed" => state_label(State::Closed, lang),
        "deleted" => state_label(State::Deleted, lang),
        _ => state_label(State::Active, lang),
    }
}

fn state_label(s: State, lang: Lang) -> &'static str {
    match s {
        State::Active => lang.t("廃止・閉鎖の記録なし", "no closure on record"),
        State::Closed => lang.t("廃止・閉鎖", "closed"),
        State::Deleted => lang.t("登記抹消", "deleted"),
    }
}

/// Loads one record off the async workers after checking its id; a bad id,
/// a missing record or a store error becomes an explaining page.
async fn load_record<T, F>(
    req: &HttpRequest,
    state: web::Data<AppState>,
    id: String,
    prefix: &'static str,
    load: F,
) -> Result<(Lang, bool, T), HttpResponse>
where
    T: Send + 'static,
    F: FnOnce(&AppState, String) -> Result<T, WebError> + Send + 'static,
{
    let lang = Lang::from_request(req);
    let demo = state.demo;
    if let Err(e) = check_id(&id, prefix) {
        return Err(error_page(lang, demo, &e));
    }
    let st = state.into_inner();
    match blocking(move || load(&st, id)).await {
        Ok(r) => Ok((lang, demo, r)),
        Err(err) => Err(error_page(lang, demo, &err)),
    }
}

/// 308 Permanent Redirect to `path`, keeping the query string.
pub(crate) fn moved(req: &HttpRequest, path: &str) -> HttpResponse {
    let location = match req.query_string() {
        "" => path.to_string(),
        q => format!("{path}?{q}"),
    };
    HttpResponse::PermanentRedirect()
        .insert_header(("Location", location))
        .finish()
}

pub async fn notice(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> HttpResponse {
    let base = state.base(&req);
    let loaded = load_record(&req, state, id.into_inner(), "n-", |st, id| {
        let n = st
            .graph
            .notice(&id)?
            .ok_or(WebError::NotFound { what: "notice", id })?;
        let mut subjects = Vec::new();
        for sid in &n.subject_entities {
            subjects.push(st.graph.entity(sid)?);
        }
        let mut docs = Vec::new();
        for d in &n.documents {
            docs.push(st.graph.document(&d.sha256)?);
        }
        Ok((n, subjects, docs, st.graph.data_as_of()?))
    })
    .await;
    let (lang, demo, (n, subjects, docs, data_as_of)) = match loaded {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let path = format!("/notices/{}", n.id);
    let other = with_lang(&path, if lang == Lang::Ja { Lang::En } else { Lang::Ja });
    let r = &n.record;
    let title = match lang {
        Lang::Ja => r.title.clone(),
        Lang::En => title_en(&n),
    };
    page(
        StatusCode::OK,
        layout(
            lang,
            demo,
            &title,
            "",
            &other,
            html! {
                p {
                    span class=(format!("badge {}", r.kind.code())) { (kind_label(r.kind.code(), lang)) }
                    @if n.withdrawn_seen.is_some() { span.badge.closed { (lang.t("原頁は掲載終了", "original page withdrawn")) } }
                }
                h1 { (ja_text(lang, &title)) }
                @if lang == Lang::En { p.muted lang="ja" { (r.title) } }
                dl.fields {
                    dt { (lang.t("発出日", "Issued on")) } dd { (date_or(r.issued_on, lang)) }
                    dt { (lang.t("発出者", "Issued by")) } dd { (ja_text(lang, &r.authority)) @if lang == Lang::En { " — " (authority_en(&r.authority)) } }
                    @if !r.articles.is_empty() {
                        dt { (lang.t("根拠条文", "Articles")) }
                        dd { @for a in &r.articles { span.badge { (ja_text(lang, a)) " (" (article_en(a)) ")" } } }
                    }
                    @if !r.violations.is_empty() {
                        dt { (lang.t("違反条文", "Violations")) }
                        dd { @for a in &r.violations { span.badge { (ja_text(lang, a)) " (" (article_en(a)) ")" } } }
                    }
                    @if !r.plans.is_empty() {
                        dt { (lang.t("再生医療等提供計画", "Provision plans")) }
                        dd { ul { @for p in &r.plans { li { (ja_text(lang, p)) } } } }
                    }
                }
                @if lang == Lang::En { p { (ja_text(lang, &r.summary_en)) } }
                h2 { (lang.t("対象", "Addressed to and named")) }
                @let (l_role, l_name, l_place, l_today) = (lang.t("区分", "Role"), lang.t("名称（資料の表記）", "Name as written"), lang.t("所在地", "Place"), lang.t("現在の記録", "Record today"));
                table.reflow {
                    thead { tr { th { (l_role) } th { (l_name) } th { (l_place) } th { (l_today) } } }
                    tbody {
                        @for (s, e) in r.subjects.iter().zip(subjects.iter().chain(std::iter::repeat(&None))) {
                            tr {
                                td data-label=(l_role) { (kind_label(s.role.code(), lang)) }
                                td data-label=(l_name) { (ja_text(lang, &s.name)) @if !s.plans.is_empty() { br; span.muted { (ja_text(lang, &s.plans.join("、"))) } } }
                                td data-label=(l_place) { (ja_text(lang, &s.place.clone().unwrap_or_default())) }
                                td data-label=(l_today) { @if let Some(e) = e {
                                    a href=(with_lang(&format!("/entities/{}", e.id), lang)) { (ja_text(lang, e.current_name())) }
                                    @if e.is_closed() { " " span.badge.closed { (lang.t("廃止・閉鎖", "closed")) } }
                                } }
                            }
                        }
                    }
                }
                @if !r.persons.is_empty() {
                    h2 { (lang.t("記載された人物", "People named")) }
                    ul { @for p in &r.persons { li { (ja_text(lang, &p.name)) " — " (ja_text(lang, &p.of)) " " (lang.t(&p.title, p.title_en())) } } }
                }
                @if !r.renames.is_empty() {
                    h2 { (lang.t("記載された名称変更", "Renames stated")) }
                    ul { @for rn in &r.renames { li { (ja_text(lang, &rn.old)) " → " (ja_text(lang, &rn.new)) " (" (date_or(rn.on, lang)) ")" } } }
                }
                h2 { (lang.t("原文書", "Source documents")) }
                // A page that changed keeps every version: say so, and when.
                @for (url, versions) in versions_by_url(&n.documents) {
                    @if versions.len() > 1 {
                        p.warn {
                            strong { (lang.t("掲載内容の変更：", "The page changed: ")) }
                            code { (url) }
                            (match lang {
                                Lang::Ja => format!(" は取得のたびに内容が変わり、{} 版すべてを保存しています（最初 {}、最新 {}）。", versions.len(), versions[0].format("%Y-%m-%d"), versions[versions.len() - 1].format("%Y-%m-%d")),
                                Lang::En => format!(" read differently over time; all {} versions are kept (first {}, latest {}).", versions.len(), versions[0].format("%Y-%m-%d"), versions[versions.len() - 1].format("%Y-%m-%d")),
                            })
                        }
                    }
                }
                @let l_fetched = lang.t("取得日時", "Fetched at");
                table.reflow {
                    thead { tr { th { "URL" } th { (l_fetched) } th { "sha256" } } }
                    tbody {
                        @for (d, meta) in n.documents.iter().zip(docs.iter()) {
                            tr {
                                td data-label="URL" { code { (d.url) } @if meta.as_ref().is_some_and(|m| m.demo) { " " span.badge.demo { (lang.t("デモ・ミラー", "demo mirror")) } } }
                                td.date data-label=(l_fetched) { (d.fetched_at.format("%Y-%m-%d %H:%M UTC")) }
                                td data-label="sha256" {
                                    a href=(with_lang(&format!("/documents/{}?notice={}", d.sha256, n.id), lang)) { code { (d.sha256) } }
                                    br;
                                    a href=(with_lang(&format!("/documents/{}?notice={}", d.sha256, n.id), lang)) { (lang.t("保存した原本を見る", "View the archived copy")) }
                                    " · " a href=(format!("/api/v1/documents/{}", d.sha256)) { (lang.t("取得したバイト列そのまま", "raw bytes as fetched")) }
                                    @if let Some(Some(enc)) = meta.as_ref().map(|m| m.encoding.clone()) { span.muted { " · " (enc) } }
                                }
                            }
                        }
                    }
                }
                (attachments::section(lang, &n.id, &r.attachments))
                h2 { (lang.t("本文（抽出テキスト）", "Text as extracted")) }
                pre.text lang="ja" { (r.text) }
                (citation(lang, &Cite {
                    title: &title,
                    path: format!("/notices/{}", n.id),
                    base: &base,
                    data_as_of,
                    sources: n.documents.iter().map(|d| (d.url.as_str(), d.fetched_at, d.sha256.as_str())).collect(),
                }))
                p.muted { a href=(format!("/api/v1/notices/{}", n.id)) { "JSON" } " · id " code { (n.id) } }
            },
        ),
    )
}
