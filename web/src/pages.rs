//! HTML pages in Japanese or English: home, search with facets, entity (name
//! timeline, every notice under every name, evidence), notice (parsed fields,
//! source, archived original). maud escapes all text; the only raw HTML is
//! the search snippet, which tantivy builds from escaped text.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use tadoru_crawler::extract::{article_en, authority_en};
use tadoru_crawler::{NoticeKind, Role};
use tadoru_graph::{Entity, Evidence, Notice, State};
use tadoru_index::SearchRequest;

use crate::api::SearchParams;
use crate::error::WebError;
use crate::i18n::Lang;
use crate::indexing::title_en;
use crate::views::{kind_en, kind_ja};
use crate::{AppState, blocking, check_id};

const CSS: &str = r#"
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--accent:#0b5cad;--warn:#9a1c1c;--bg:#fff;--soft:#f4f6f9}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}header.site{border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}
header.site .brand{font-weight:700;text-decoration:none;color:var(--fg);font-size:1.2rem}header.site form{flex:1;display:flex;min-width:14rem}
input[type=search]{flex:1;font:inherit;padding:.45rem .6rem;border:1px solid var(--line);border-radius:6px 0 0 6px}
button{font:inherit;padding:.45rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:0 6px 6px 0}
main{max-width:60rem;margin:0 auto;padding:1rem}.demo{background:#fff4d6;border-bottom:1px solid #e8c86a;padding:.5rem 1rem;font-size:.92rem}
.muted{color:var(--muted)}.badge{display:inline-block;font-size:.78rem;padding:.05rem .45rem;border-radius:99px;border:1px solid var(--line);background:var(--soft);margin-right:.3rem;white-space:nowrap}
.badge.closed,.badge.emergency_order{border-color:#e3a1a1;background:#fde8e8;color:var(--warn)}.badge.demo{background:#fff4d6;border-color:#e8c86a}
.layout{display:grid;grid-template-columns:13rem 1fr;gap:1.5rem}@media(max-width:700px){.layout{grid-template-columns:1fr}}
.facets h3{font-size:.9rem;margin:.8rem 0 .3rem}.facets ul{list-style:none;padding:0;margin:0}.facets li{font-size:.92rem}.facets a.on{font-weight:700}
ol.hits{list-style:none;padding:0}ol.hits li{border-bottom:1px solid var(--line);padding:.7rem 0}.snippet{font-size:.92rem}.snippet b{background:#fff0a8}
table{border-collapse:collapse;width:100%;font-size:.93rem}th,td{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}pre.text{white-space:pre-wrap;background:var(--soft);padding:.8rem;border-radius:6px;font:inherit;font-size:.92rem}
code{font-size:.82rem;word-break:break-all}dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.fields dt{color:var(--muted)}dl.fields dd{margin:0}
td:first-child{white-space:nowrap}@media(max-width:600px){.auth{display:none}main{padding:.6rem}}
footer{max-width:60rem;margin:2rem auto;padding:1rem;border-top:1px solid var(--line);font-size:.85rem;color:var(--muted)}
.cite{border-left:3px solid var(--line);padding:.3rem .8rem;font-size:.88rem}
.warn{border-left:3px solid #e8c86a;background:#fff8e6;padding:.4rem .7rem}
@media print{header.site form,header.site a[lang],details,nav{display:none}a{color:inherit;text-decoration:none}main{max-width:none}.layout{display:block}}
"#;

pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "max-age=3600"))
        .body(CSS)
}

fn with_lang(path: &str, lang: Lang) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={}", lang.code())
}

fn layout(
    lang: Lang,
    demo: bool,
    title: &str,
    q: &str,
    other_lang_url: &str,
    body: Markup,
) -> Markup {
    let other = match lang {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — tadoru" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                @if demo {
                    div.demo role="note" {
                        strong { (lang.t("デモ用の再構成データです。", "Demo reconstruction.")) }
                        " "
                        (lang.t(
                            "表示中のデータは、公表された事実をもとに tadoru が独自に書き起こした同梱ミラーから収集したもので、政府の公表資料そのものではありません。「デモ」と記した番号は架空です。",
                            "This data was crawled from tadoru's bundled mirror, which retells published facts in tadoru's own words; it is not the government's text. Identifiers marked \"demo\" are invented."))
                    }
                }
                header.site {
                    a.brand href=(with_lang("/", lang)) { "tadoru 辿る" }
                    form action="/search" method="get" role="search" {
                        input type="hidden" name="lang" value=(lang.code());
                        input type="search" name="q" value=(q) aria-label=(lang.t("検索", "Search"))
                            placeholder=(lang.t("施設名・旧名称・法人名で検索", "Search any name, former name or operator"));
                        button type="submit" { (lang.t("検索", "Search")) }
                    }
                    a href=(other_lang_url) lang=(other.code()) { (lang.t("English", "日本語")) }
                }
                main { (body) }
                footer {
                    (lang.t("tadoru は再生医療等安全性確保法に基づく行政処分の公開記録です。各事実は保存された原文書（sha256）を根拠として示します。",
                        "tadoru is a public record of enforcement under the Act on the Safety of Regenerative Medicine. Every fact cites the archived original document (sha256) it came from."))
                    " · " a href="/api/v1/search?q=" { "JSON API v1" }
                }
            }
        }
    }
}

fn page(status: StatusCode, markup: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}

fn error_page(lang: Lang, demo: bool, err: &WebError) -> HttpResponse {
    if err.status().is_server_error() {
        tracing::error!(error = %err, "page request failed");
    }
    let (heading, message) = match err.status() {
        StatusCode::NOT_FOUND => (lang.t("見つかりません", "Not found"), err.to_string()),
        s if s.is_client_error() => (
            lang.t("入力に誤りがあります", "Something in the request was wrong"),
            err.to_string(),
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
                p { (message) }
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
            a href=(format!("/api/v1/documents/{}", e.sha256)) title=(format!("{} — {}", e.url, e.locator)) {
                (lang.t("原文", "source")) " " code { (&e.sha256[..e.sha256.len().min(10)]) }
            }
            " "
        }
    }
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

fn notice_row(n: &Notice, lang: Lang) -> Markup {
    html! {
        tr {
            td { (date_or(n.record.issued_on, lang)) }
            td { span class=(format!("badge {}", n.record.kind.code())) { (kind_label(n.record.kind.code(), lang)) } }
            td {
                a href=(with_lang(&format!("/notices/{}", n.id), lang)) {
                    (match lang { Lang::Ja => n.record.title.clone(), Lang::En => title_en(n) })
                }
                @if n.withdrawn_seen.is_some() { " " span.badge { (lang.t("掲載終了", "withdrawn")) } }
                @let parties: Vec<&str> = n.record.subjects.iter().filter(|s| s.role != Role::Operator).map(|s| s.name.as_str()).collect();
                @if !parties.is_empty() { br; span.muted { (parties.join("、")) } }
            }
            td.muted.auth { (match lang { Lang::Ja => n.record.authority.clone(), Lang::En => authority_en(&n.record.authority) }) }
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
                table {
                    thead { tr { th { (lang.t("日付", "Date")) } th { (lang.t("種別", "Kind")) } th { (lang.t("件名", "Title")) } th.auth { (lang.t("発出", "Issued by")) } } }
                    tbody { @for n in &notices { (notice_row(n, lang)) } }
                }
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
    page: usize,
) -> String {
    let mut parts = vec![format!("q={}", urlencode(&params.q))];
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
        Err(e) => return error_page(lang, demo, &e),
    };
    let st = state.into_inner();
    let r2 = request.clone();
    let result = blocking(move || {
        let results = st.index.search(&r2)?;
        let mut statuses = Vec::new();
        for h in &results.hits {
            let closed = if h.doc_type == "entity" {
                st.graph
                    .entity(&h.id)?
                    .and_then(|e| e.current_status().map(|s| s.state))
                    .filter(|s| *s != State::Active)
            } else {
                None
            };
            statuses.push(closed);
        }
        Ok((results, statuses))
    })
    .await;
    let (results, statuses) = match result {
        Ok(r) => r,
        Err(e) => return error_page(lang, demo, &e),
    };
    let other = search_url(
        &request,
        if lang == Lang::Ja { Lang::En } else { Lang::Ja },
        request.kind.as_deref(),
        request.year,
        request.doc_type.as_deref(),
        request.page,
    );
    let title = if request.q.is_empty() {
        lang.t("検索", "Search").to_string()
    } else {
        format!("{} — {}", request.q, lang.t("検索", "Search"))
    };
    let pages = results.total.div_ceil(request.per_page).max(1);
    page(
        StatusCode::OK,
        layout(
            lang,
            demo,
            &title,
            &request.q,
            &other,
            html! {
                h1 { (lang.t("検索結果", "Results")) @if !request.q.is_empty() { "：「" (request.q) "」" } }
                p.muted { (results.total) (lang.t(" 件", " results")) }
                div.layout {
                    aside.facets {
                        h3 { (lang.t("種類", "Type")) }
                        ul {
                            li { a class=(if request.doc_type.is_none() { "on" } else { "" }) href=(search_url(&request, lang, request.kind.as_deref(), request.year, None, 1)) { (lang.t("すべて", "All")) } }
                            @for (t, c) in &results.facets.doc_type {
                                li { a class=(if request.doc_type.as_deref() == Some(t) { "on" } else { "" }) href=(search_url(&request, lang, request.kind.as_deref(), request.year, Some(t), 1)) {
                                    (if t == "notice" { lang.t("処分等", "Notices") } else { lang.t("施設・法人", "Clinics, facilities, operators") }) " (" (c) ")" } }
                            }
                        }
                        h3 { (lang.t("種別", "Kind")) }
                        ul {
                            @if request.kind.is_some() { li { a href=(search_url(&request, lang, None, request.year, request.doc_type.as_deref(), 1)) { (lang.t("指定を外す", "Any kind")) } } }
                            @for (k, c) in &results.facets.kind {
                                li { a class=(if request.kind.as_deref() == Some(k) { "on" } else { "" }) href=(search_url(&request, lang, Some(k), request.year, request.doc_type.as_deref(), 1)) { (kind_label(k, lang)) " (" (c) ")" } }
                            }
                        }
                        h3 { (lang.t("年", "Year")) }
                        ul {
                            @if request.year.is_some() { li { a href=(search_url(&request, lang, request.kind.as_deref(), None, request.doc_type.as_deref(), 1)) { (lang.t("指定を外す", "Any year")) } } }
                            @for (y, c) in &results.facets.year {
                                li { a class=(if request.year.map(|v| v.to_string()).as_deref() == Some(y) { "on" } else { "" }) href=(search_url(&request, lang, request.kind.as_deref(), y.parse().ok(), request.doc_type.as_deref(), 1)) { (y) " (" (c) ")" } }
                            }
                        }
                    }
                    section {
                        @if results.hits.is_empty() {
                            p { (lang.t("該当する記録はありません。別の名称（旧名称・運営法人名）でもお試しください。", "Nothing matched. Try another name: a former name or the operator's name.")) }
                        }
                        ol.hits {
                            @for (h, closed) in results.hits.iter().zip(&statuses) {
                                li {
                                    span class=(format!("badge {}", h.kind)) { (kind_label(&h.kind, lang)) }
                                    @if let Some(s) = closed { span.badge.closed { (state_label(*s, lang)) } }
                                    @if let Some(d) = &h.issued_on { span.muted { (d) } }
                                    br;
                                    a href=(with_lang(&format!("/{}s/{}", if h.doc_type == "entity" { "entitie" } else { "notice" }, h.id), lang)) { strong { (h.title) } }
                                    @if !h.parties.is_empty() { div.muted { (h.parties.join("、")) } }
                                    div.snippet { (PreEscaped(&h.snippet)) }
                                }
                            }
                        }
                        @if pages > 1 {
                            nav {
                                @if request.page > 1 { a href=(search_url(&request, lang, request.kind.as_deref(), request.year, request.doc_type.as_deref(), request.page - 1)) { (lang.t("← 前へ", "← Previous")) } " " }
                                span.muted { (request.page) " / " (pages) }
                                @if request.page < pages { " " a href=(search_url(&request, lang, request.kind.as_deref(), request.year, request.doc_type.as_deref(), request.page + 1)) { (lang.t("次へ →", "Next →")) } }
                            }
                        }
                    }
                }
            },
        ),
    )
}

/// How to cite a record: its title, tadoru path and the day it was read.
fn citation(lang: Lang, title: &str, path: &str) -> Markup {
    let today = chrono::Utc::now().date_naive();
    html! {
        p.cite {
            strong { (lang.t("引用する場合：", "To cite: ")) }
            "tadoru, 「" (title) "」, " code { (path) } ", "
            (lang.t("閲覧日 ", "retrieved ")) (today)
            (lang.t("。根拠は上記の原文書（sha256）を参照。", ". Evidence: the source documents above (sha256)."))
        }
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

pub async fn entity(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> HttpResponse {
    let loaded = load_record(&req, state, id.into_inner(), "e-", |st, id| {
        let e = st
            .graph
            .entity(&id)?
            .ok_or(WebError::NotFound { what: "entity", id })?;
        let notices = st.graph.notices_of(&e)?;
        let mentions = st.graph.mentions_of(&e)?;
        let mut targets = Vec::new();
        for edge in &e.edges {
            targets.push(st.graph.entity(&edge.target)?);
        }
        Ok((e, notices, mentions, targets))
    })
    .await;
    let (lang, demo, (e, notices, mentions, targets)) = match loaded {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let path = format!("/entities/{}", e.id);
    // An id merged into another answers with the surviving entity's address.
    if req.match_info().get("id") != Some(e.id.as_str()) {
        return moved(&req, &path);
    }
    let other = with_lang(&path, if lang == Lang::Ja { Lang::En } else { Lang::Ja });
    page(
        StatusCode::OK,
        layout(
            lang,
            demo,
            e.current_name(),
            "",
            &other,
            entity_body(&e, &notices, &mentions, &targets, lang),
        ),
    )
}

fn entity_body(
    e: &Entity,
    notices: &[Notice],
    mentions: &[Notice],
    targets: &[Option<Entity>],
    lang: Lang,
) -> Markup {
    let status = e.current_status();
    let former: Vec<&str> = e
        .names
        .iter()
        .map(|n| n.name.as_str())
        .filter(|n| *n != e.current_name())
        .collect();
    let mut names = e.names.clone();
    names.sort_by_key(|n| (n.from.map(|d| d.earliest()).or(n.first_seen), n.to));
    html! {
        p {
            span class=(format!("badge {}", e.role.code())) { (kind_label(e.role.code(), lang)) }
            @match status.map(|s| s.state) {
                Some(State::Active) if e.status.iter().any(|s| s.state != State::Active) => span.badge { (lang.t("閉鎖後に回復", "restored after a closure")) },
                Some(State::Active) | None => span.badge { (lang.t("廃止・閉鎖の記録なし", "no closure on record")) },
                Some(s) => span.badge.closed { (state_label(s, lang)) @if let Some(d) = status.and_then(|s| s.since) { " " (d) } },
            }
            @if e.demo { span.badge.demo { (lang.t("デモデータ", "demo data")) } }
        }
        h1 { (e.current_name()) }
        @if let Some(en) = &e.en_name { p.muted { (en) } }
        @if !former.is_empty() {
            p { strong { (lang.t("旧名称・別表記：", "Former names and other spellings: ")) } (former.join("、")) }
        }
        dl.fields {
            @for i in &e.identifiers {
                dt { (if i.scheme == "corporate_number" { lang.t("法人番号", "Corporate number") } else { lang.t("施設番号", "Facility number") }) }
                dd {
                    code { (i.value) }
                    @if i.demo { " " span.badge.demo { (lang.t("デモ用の架空番号", "invented for the demo")) } }
                    " " (evidence_links(&i.evidence, lang))
                }
            }
            @if !e.places.is_empty() { dt { (lang.t("所在地", "Place")) } dd { (e.places.join(" / ")) } }
            @if !e.addresses.is_empty() { dt { (lang.t("住所（記載のとおり）", "Address (as printed)")) } dd { (e.addresses.join(" / ")) } }
            @if !e.status.is_empty() {
                dt { (lang.t("状態の記録", "Status record")) }
                dd { ul {
                    @for s in &e.status {
                        li {
                            (match s.state { State::Active => lang.t("存続・回復", "active or restored"), other => state_label(other, lang) })
                            " " (date_or(s.since, lang)) @if let Some(c) = &s.cause { " — " (c) } " " (evidence_links(&s.evidence, lang))
                        }
                    }
                } }
            }
        }
        h2 { (lang.t("名称の変遷", "Name timeline")) }
        table {
            thead { tr { th { (lang.t("名称", "Name")) } th { (lang.t("使用開始", "From")) } th { (lang.t("使用終了", "Until")) } th { (lang.t("資料での初出〜最終", "Seen in sources")) } th { (lang.t("根拠", "Evidence")) } } }
            tbody {
                @for n in &names {
                    tr {
                        td { (n.name) @if !n.variants.is_empty() { br; span.muted { (lang.t("表記ゆれ：", "also written: ")) (n.variants.join("、")) } } }
                        td { (n.from.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) }
                        td { (n.to.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) }
                        td.muted { (n.first_seen.map(|d| d.to_string()).unwrap_or_default()) @if n.last_seen != n.first_seen { " – " (n.last_seen.map(|d| d.to_string()).unwrap_or_default()) } }
                        td { (evidence_links(&n.evidence, lang)) }
                    }
                }
            }
        }
        h2 { (lang.t("処分等（すべての名称）", "Notices under every name")) " (" (notices.len()) ")" }
        @if notices.is_empty() { p.muted { (lang.t("処分等の記録はありません。", "No notices recorded.")) } } @else {
            table {
                thead { tr { th { (lang.t("日付", "Date")) } th { (lang.t("種別", "Kind")) } th { (lang.t("件名", "Title")) } th.auth { (lang.t("発出", "Issued by")) } } }
                tbody { @for n in notices { (notice_row(n, lang)) } }
            }
        }
        @if !mentions.is_empty() {
            h2 { (lang.t("言及されている処分等（この施設等に対するものではありません）", "Mentioned in (not addressed to it)")) }
            table { tbody { @for n in mentions { (notice_row(n, lang)) } } }
        }
        @if !e.judgements.is_empty() {
            h2 { (lang.t("キュレーターの判断", "Curator's judgements")) }
            p.muted { (lang.t("資料からは決められない同一性について、tadoru の編集者が根拠とともに記録した判断です。", "Judgements about identity that the sources cannot settle, recorded by tadoru's editors with their reasons.")) }
            ul {
                @for j in &e.judgements {
                    li {
                        strong { (match j.kind.as_str() {
                            "same" => lang.t("同一と判断", "judged the same as"),
                            "not_same" => lang.t("別と判断", "judged not the same as"),
                            _ => lang.t("名称変更と判断", "judged renamed"),
                        }) }
                        " "
                        @if j.other.starts_with("e-") { a href=(with_lang(&format!("/entities/{}", j.other), lang)) { (j.other) } } @else { (j.other) }
                        " — " (j.note)
                        @if let Some(s) = &j.source {
                            // Only web addresses become links (never `javascript:`).
                            @if s.starts_with("https://") || s.starts_with("http://") { " (" a href=(s) rel="noopener noreferrer" { (lang.t("出典", "source")) } ")" }
                            @else { " (" (s) ")" }
                        }
                        " " (evidence_links(std::slice::from_ref(&j.evidence), lang))
                    }
                }
            }
        }
        @if !e.edges.is_empty() {
            h2 { (lang.t("関係", "Relations")) }
            table {
                thead { tr { th { (lang.t("関係", "Relation")) } th { (lang.t("相手", "With")) } th { (lang.t("理由", "Why")) } th { (lang.t("根拠", "Evidence")) } } }
                tbody {
                    @for (edge, target) in e.edges.iter().zip(targets) {
                        tr {
                            td {
                                (lang.t(edge.kind.ja(), edge.kind.en()))
                                @if let Some(d) = &edge.detail { "：" (d) }
                                @if let Some(on) = edge.on { " (" (on) ")" }
                            }
                            td { a href=(with_lang(&format!("/entities/{}", edge.target), lang)) { (target.as_ref().map_or(edge.target.as_str(), |t| t.current_name())) } }
                            td.muted { (if lang == Lang::Ja && !edge.reason_ja.is_empty() { &edge.reason_ja } else { &edge.reason }) }
                            td { (evidence_links(&edge.evidence, lang)) }
                        }
                    }
                }
            }
        }
        details {
            summary { (lang.t("この記録をつないだ理由", "Why these records were linked")) " (" (e.links.len()) ")" }
            ul { @for l in &e.links { li { (if lang == Lang::Ja && !l.reason_ja.is_empty() { &l.reason_ja } else { &l.reason }) " " (evidence_links(std::slice::from_ref(&l.evidence), lang)) } } }
        }
        (citation(lang, e.current_name(), &format!("/entities/{}", e.id)))
        p.muted { a href=(format!("/api/v1/entities/{}", e.id)) { "JSON" } " · id " code { (e.id) } }
    }
}

pub async fn notice(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> HttpResponse {
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
        Ok((n, subjects, docs))
    })
    .await;
    let (lang, demo, (n, subjects, docs)) = match loaded {
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
                h1 { (title) }
                @if lang == Lang::En { p.muted lang="ja" { (r.title) } }
                dl.fields {
                    dt { (lang.t("発出日", "Issued on")) } dd { (date_or(r.issued_on, lang)) }
                    dt { (lang.t("発出者", "Issued by")) } dd { (r.authority) @if lang == Lang::En { " — " (authority_en(&r.authority)) } }
                    @if !r.articles.is_empty() {
                        dt { (lang.t("根拠条文", "Articles")) }
                        dd { @for a in &r.articles { span.badge { (a) " (" (article_en(a)) ")" } } }
                    }
                    @if !r.violations.is_empty() {
                        dt { (lang.t("違反条文", "Violations")) }
                        dd { @for a in &r.violations { span.badge { (a) " (" (article_en(a)) ")" } } }
                    }
                    @if !r.plans.is_empty() {
                        dt { (lang.t("再生医療等提供計画", "Provision plans")) }
                        dd { ul { @for p in &r.plans { li { (p) } } } }
                    }
                }
                @if lang == Lang::En { p { (r.summary_en) } }
                h2 { (lang.t("対象", "Addressed to and named")) }
                table {
                    thead { tr { th { (lang.t("区分", "Role")) } th { (lang.t("名称（資料の表記）", "Name as written")) } th { (lang.t("所在地", "Place")) } th { (lang.t("現在の記録", "Record today")) } } }
                    tbody {
                        @for (s, e) in r.subjects.iter().zip(subjects.iter().chain(std::iter::repeat(&None))) {
                            tr {
                                td { (kind_label(s.role.code(), lang)) }
                                td { (s.name) @if !s.plans.is_empty() { br; span.muted { (s.plans.join("、")) } } }
                                td { (s.place.clone().unwrap_or_default()) }
                                td { @if let Some(e) = e {
                                    a href=(with_lang(&format!("/entities/{}", e.id), lang)) { (e.current_name()) }
                                    @if e.is_closed() { " " span.badge.closed { (lang.t("廃止・閉鎖", "closed")) } }
                                } }
                            }
                        }
                    }
                }
                @if !r.persons.is_empty() {
                    h2 { (lang.t("記載された人物", "People named")) }
                    ul { @for p in &r.persons { li { (p.name) " — " (p.of) " " (lang.t(&p.title, p.title_en())) } } }
                }
                @if !r.renames.is_empty() {
                    h2 { (lang.t("記載された名称変更", "Renames stated")) }
                    ul { @for rn in &r.renames { li { (rn.old) " → " (rn.new) " (" (date_or(rn.on, lang)) ")" } } }
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
                table {
                    thead { tr { th { "URL" } th { (lang.t("取得日時", "Fetched at")) } th { "sha256" } } }
                    tbody {
                        @for (d, meta) in n.documents.iter().zip(docs.iter()) {
                            tr {
                                td { code { (d.url) } @if meta.as_ref().is_some_and(|m| m.demo) { " " span.badge.demo { (lang.t("デモ・ミラー", "demo mirror")) } } }
                                td { (d.fetched_at.format("%Y-%m-%d %H:%M UTC")) }
                                td { a href=(format!("/api/v1/documents/{}", d.sha256)) { code { (d.sha256) } } br; span.muted { (lang.t("保存された原本（取得したバイト列そのまま）", "archived original, the bytes as fetched")) @if let Some(Some(enc)) = meta.as_ref().map(|m| m.encoding.clone()) { " · " (enc) } } }
                            }
                        }
                    }
                }
                h2 { (lang.t("本文（抽出テキスト）", "Text as extracted")) }
                pre.text lang="ja" { (r.text) }
                (citation(lang, &title, &format!("/notices/{}", n.id)))
                p.muted { a href=(format!("/api/v1/notices/{}", n.id)) { "JSON" } " · id " code { (n.id) } }
            },
        ),
    )
}
