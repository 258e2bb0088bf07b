//! JSON API v1 (DESIGN.md contract). Bad input is a 4xx with
//! `{"error": "snake_code", "message": "..."}`, never a 5xx.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tadoru_index::SearchRequest;
use tadoru_model::{NoticeKind, Role};
use utoipa::IntoParams;

use crate::error::WebError;
use crate::openapi::requests::{self, Binary};
use crate::openapi::responses::{BAD_REQUEST, NOT_FOUND, ReadOnly};
use crate::views::entity::EntityView;
use crate::views::notice::NoticeView;
use crate::views::search::{FacetCount, Facets, Hit, KindFacet, Lookup, PlaceFacet, SearchResults};
use crate::views::{EntityBrief, ErrorBody, Via};
use crate::{AppState, blocking, check_id, views};

/// A `WebError` shown as JSON.
#[derive(Debug)]
pub struct ApiError(pub WebError);

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<WebError> for ApiError {
    fn from(e: WebError) -> Self {
        ApiError(e)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.0.status()
    }

    fn error_response(&self) -> HttpResponse {
        if self.0.status().is_server_error() {
            tracing::error!(error = %self.0, "api request failed");
        }
        let message = if self.0.status().is_server_error() {
            "internal error".to_string()
        } else {
            self.0.to_string()
        };
        crate::http::with_retry_after(HttpResponse::build(self.status_code()).json(
            views::to_value(&ErrorBody {
                error: self.0.code().to_string(),
                message,
            }),
        ))
    }
}

pub fn error_response(status: StatusCode, code: &str, message: &str) -> HttpResponse {
    HttpResponse::build(status).json(views::to_value(&ErrorBody {
        error: code.to_string(),
        message: message.to_string(),
    }))
}

pub fn query_error(
    err: actix_web::error::QueryPayloadError,
    _req: &HttpRequest,
) -> actix_web::Error {
    let resp = error_response(
        StatusCode::BAD_REQUEST,
        "bad_request",
        &format!("invalid query parameters: {err}"),
    );
    actix_web::error::InternalError::from_response(err, resp).into()
}

pub fn path_error(err: actix_web::error::PathError, _req: &HttpRequest) -> actix_web::Error {
    let resp = error_response(
        StatusCode::BAD_REQUEST,
        "bad_request",
        &format!("invalid path: {err}"),
    );
    actix_web::error::InternalError::from_response(err, resp).into()
}

pub async fn not_found(req: HttpRequest) -> HttpResponse {
    error_response(
        StatusCode::NOT_FOUND,
        "not_found",
        &format!("no such endpoint: {}", req.path()),
    )
}

/// Query parameters of search, as typed by a user: checked by `validate`.
/// Each is read as text so that a mistake gets its own message; the
/// document gives the type and limits `validate` holds it to. The doc
/// comments are the parameters' descriptions in the OpenAPI document, and
/// [`SearchParams::JA`] their Japanese.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words, a name (any script: 東京, Tokyo, とうきょう), a "phrase".
    #[serde(default)]
    #[param(inline, value_type = requests::SearchText, required = false)]
    pub q: Option<String>,
    /// Only notices or only entities.
    #[serde(default, rename = "type")]
    #[param(inline, value_type = requests::RecordType, required = false)]
    pub doc_type: Option<String>,
    /// A notice kind or an entity role.
    #[serde(default)]
    #[param(inline, value_type = requests::KindOrRole, required = false)]
    pub kind: Option<String>,
    /// Year of issue (notices).
    #[serde(default)]
    #[param(inline, value_type = requests::Year, required = false)]
    pub year: Option<String>,
    /// A prefecture or city in any script (福岡, Fukuoka).
    #[serde(default)]
    #[param(inline, value_type = requests::Place, required = false)]
    pub place: Option<String>,
    /// Page number.
    #[serde(default)]
    #[param(inline, value_type = requests::Page, required = false)]
    pub page: Option<String>,
    /// Hits per page.
    #[serde(default)]
    #[param(inline, value_type = requests::PerPage, required = false)]
    pub per_page: Option<String>,
    /// The pages' language; the API answers in English.
    #[serde(default)]
    #[param(ignore)]
    pub lang: Option<String>,
}

impl SearchParams {
    /// The parameters' descriptions in Japanese (`x-description-ja`).
    pub const JA: &[(&str, &str)] = &[
        (
            "q",
            "検索語。名称（漢字・かな・ローマ字）、\"語句\" 検索も可。",
        ),
        (
            "type",
            "処分等のみ（notice）または施設・法人のみ（entity）。",
        ),
        ("kind", "処分の種別、または施設・法人の種類。"),
        ("year", "発出年（処分等）。"),
        ("place", "都道府県・市区町村（漢字・ローマ字）。"),
        ("page", "ページ番号。"),
        ("per_page", "1 ページの件数。"),
    ];
}

/// What can be wrong with search parameters; each has a message in both
/// languages (the API answers in English, a page in its own language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamError {
    BadType(String),
    UnknownKind(String),
    QueryTooLong {
        chars: usize,
        max: usize,
    },
    BadNumber {
        name: &'static str,
        min: i64,
        max: i64,
        value: String,
    },
    /// The index reads at most `MAX_OFFSET` results deep.
    PageTooDeep {
        page: i64,
        per_page: i64,
        max_page: i64,
    },
}

impl ParamError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Lang::{En, Ja};
        match (self, lang) {
            (ParamError::BadType(t), En) => format!("type must be notice or entity, not {t:?}"),
            (ParamError::BadType(t), Ja) => {
                format!("種類（type）は notice か entity で指定してください（{t:?} は使えません）")
            }
            (ParamError::UnknownKind(k), En) => format!("unknown kind {k:?}"),
            (ParamError::UnknownKind(k), Ja) => format!("種別（kind）{k:?} はありません"),
            (ParamError::QueryTooLong { chars, max }, En) => {
                format!("Your search is too long ({chars} characters); use at most {max}.")
            }
            (ParamError::QueryTooLong { chars, max }, Ja) => {
                format!("検索語が長すぎます（{chars} 文字）。{max} 文字以内にしてください")
            }
            (
                ParamError::BadNumber {
                    name,
                    min,
                    max,
                    value,
                },
                En,
            ) => {
                format!("{name} must be a whole number from {min} to {max}, not {value:?}")
            }
            (
                ParamError::BadNumber {
                    name,
                    min,
                    max,
                    value,
                },
                Ja,
            ) => {
                format!(
                    "{name} は {min} から {max} までの整数で指定してください（{value:?} は使えません）"
                )
            }
            (
                ParamError::PageTooDeep {
                    page,
                    per_page,
                    max_page,
                },
                En,
            ) => format!(
                "page {page} is beyond the first {} results: with per_page {per_page} the last page is {max_page}; narrow the search instead",
                tadoru_index::MAX_OFFSET
            ),
            (
                ParamError::PageTooDeep {
                    page,
                    per_page,
                    max_page,
                },
                Ja,
            ) => format!(
                "{page} ページ目は表示できません。先頭から {} 件までしか読めないため、1 ページ {per_page} 件では {max_page} ページ目までです。条件を絞り込んでください",
                tadoru_index::MAX_OFFSET
            ),
        }
    }
}

impl From<ParamError> for WebError {
    fn from(e: ParamError) -> Self {
        WebError::BadRequest(e.message(crate::i18n::Lang::En))
    }
}

fn number(
    name: &'static str,
    v: &Option<String>,
    min: i64,
    max: i64,
) -> Result<Option<i64>, ParamError> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => match s.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(ParamError::BadNumber {
                name,
                min,
                max,
                value: s.to_string(),
            }),
        },
    }
}

impl SearchParams {
    pub fn validate(&self) -> Result<SearchRequest, ParamError> {
        let empty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        let doc_type = empty(&self.doc_type);
        if let Some(t) = &doc_type
            && t != "notice"
            && t != "entity"
        {
            return Err(ParamError::BadType(t.clone()));
        }
        let kind = empty(&self.kind);
        if let Some(k) = &kind
            && NoticeKind::from_code(k).is_none()
            && Role::from_code(k).is_none()
        {
            return Err(ParamError::UnknownKind(k.clone()));
        }
        let q = self.q.clone().unwrap_or_default();
        let chars = q.chars().count();
        if chars > tadoru_index::query::MAX_QUERY_CHARS {
            return Err(ParamError::QueryTooLong {
                chars,
                max: tadoru_index::query::MAX_QUERY_CHARS,
            });
        }
        let per_page = number("per_page", &self.per_page, 1, 100)?.unwrap_or(20);
        // The index reads at most MAX_OFFSET results deep: a page past that
        // would silently repeat the last reachable one, so it is refused.
        let max_page = tadoru_index::last_reachable_page(per_page as usize) as i64;
        let page = number("page", &self.page, 1, i64::MAX)?.unwrap_or(1);
        if page > max_page {
            return Err(ParamError::PageTooDeep {
                page,
                per_page,
                max_page,
            });
        }
        Ok(SearchRequest {
            q,
            doc_type,
            kind,
            year: number("year", &self.year, 1900, 2200)?.map(|y| y as i32),
            place: empty(&self.place),
            page: page as usize,
            per_page: per_page as usize,
        })
    }
}

/// An entity hit's card: stored with it in the index when it was indexed;
/// read from the graph when the index holds none (or one it cannot read).
/// `None` when the entity is no longer in the graph.
pub(crate) fn entity_card(
    graph: &tadoru_graph::Graph,
    h: &tadoru_index::Hit,
) -> Result<Option<crate::glance::Card>, WebError> {
    if let Ok(c) = serde_json::from_str::<crate::glance::Card>(&h.card) {
        return Ok(Some(c));
    }
    let Some(e) = graph.entity(&h.id)? else {
        return Ok(None);
    };
    Ok(Some(crate::glance::card_from_graph(graph, &e)?))
}

#[utoipa::path(
    get,
    path = "/search",
    operation_id = "search",
    tag = "search",
    summary = "Search notices and entities",
    description = "Full-text search in Japanese or English over notices (title, parties, text) and entities (every current and former name, romaji, English). Without `q`, every record matching the filters, newest first. At most 10,000 results deep: a `page` starting beyond that is refused (the CSV and NDJSON downloads hold every result).",
    params(SearchParams),
    responses(
        (status = 200, description = "A page of hits.", body = SearchResults),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("処分等と施設・法人を検索")),
        ("x-description-ja" = json!("処分等（件名・対象・本文）と施設・法人（現在と過去のすべての名称、ローマ字、英語）を日本語・英語で全文検索します。q を省くと、絞り込み条件に合うすべての記録を新しい順に返します。先頭から 10,000 件より先から始まるページは指定できません（CSV・NDJSON のダウンロードにはすべての結果が入ります）。")),
    ),
)]
pub async fn search(
    state: web::Data<AppState>,
    params: web::Query<SearchParams>,
) -> Result<HttpResponse, ApiError> {
    let req = params.validate().map_err(WebError::from)?;
    let state = state.into_inner();
    let body = blocking(move || {
        let results = state.index.search(&req)?;
        let mut hits = Vec::with_capacity(results.hits.len());
        for h in &results.hits {
            hits.push(hit(&state.graph, h)?);
        }
        let count = |f: &Vec<(String, u64)>| -> Vec<FacetCount> {
            f.iter()
                .map(|(value, count)| FacetCount {
                    value: value.clone(),
                    count: *count,
                })
                .collect()
        };
        let f = &results.facets;
        Ok(SearchResults {
            query: req.q,
            total: results.total,
            page: req.page,
            per_page: req.per_page,
            hits,
            facets: Facets {
                kind: f
                    .kind
                    .iter()
                    .map(|(value, count)| KindFacet {
                        value: value.clone(),
                        count: *count,
                        label_en: views::kind_en(value),
                        label_ja: views::kind_ja(value),
                    })
                    .collect(),
                year: count(&f.year),
                doc_type: count(&f.doc_type),
                place: f
                    .place
                    .iter()
                    .map(|(value, count)| PlaceFacet {
                        value: value.clone(),
                        count: *count,
                        label_en: tadoru_index::places::GAZ
                            .lookup(value)
                            .first()
                            .map(|p| p.romaji_display()),
                    })
                    .collect(),
            },
            approximate: results.approximate,
            suggestions: results.suggestions,
            demo: state.demo,
        })
    })
    .await?;
    Ok(views::json(&body))
}

/// One search hit as the API gives it (and the NDJSON download, line for line).
pub fn hit(graph: &tadoru_graph::Graph, h: &tadoru_index::Hit) -> Result<Hit, WebError> {
    let mut v = Hit {
        doc_type: h.doc_type.clone(),
        id: h.id.clone(),
        title: h.title.clone(),
        kind: h.kind.clone(),
        kind_en: views::kind_en(&h.kind),
        snippet: h.snippet.clone(),
        score: h.score,
        url: String::new(),
        issued_on: None,
        parties: None,
        names: None,
        status: None,
        romaji: None,
        name_en: None,
        name_en_source: None,
        summary: None,
    };
    if h.doc_type == "notice" {
        v.url = format!("/notices/{}", h.id);
        v.issued_on = Some(h.issued_on.clone());
        v.parties = Some(h.parties.clone());
    } else {
        v.url = format!("/entities/{}", h.id);
        match entity_card(graph, h)? {
            Some(c) => {
                // The entity at a glance, short: orders and whether one is
                // in force today, closure, former names, linked entities.
                v.summary = Some(crate::glance::of_card(&c, chrono::Utc::now().date_naive()));
                v.names = Some(c.names);
                v.status = Some(c.status);
                v.romaji = Some(c.romaji);
                v.name_en_source = c.name_en.as_ref().map(|_| {
                    if c.name_en_official {
                        "official"
                    } else {
                        "automatic"
                    }
                });
                v.name_en = Some(c.name_en);
            }
            None => {
                v.names = Some(Vec::new());
                v.status = Some("active".into());
                v.romaji = Some(tadoru_index::romanize::romaji(&h.title));
                v.name_en = Some(tadoru_index::romanize::english(&h.title));
                v.name_en_source = v.name_en.clone().flatten().map(|_| "automatic");
            }
        }
    }
    Ok(v)
}

/// Query parameters of a lookup.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LookupParams {
    /// A name, as written anywhere.
    #[serde(default)]
    #[param(inline, value_type = requests::LookupName, required = true)]
    pub name: Option<String>,
}

impl LookupParams {
    /// The parameters' descriptions in Japanese (`x-description-ja`).
    pub const JA: &[(&str, &str)] = &[("name", "名称。")];
}

#[utoipa::path(
    get,
    path = "/lookup",
    operation_id = "lookup",
    tag = "search",
    summary = "Entities by any current or former name",
    description = "Every entity that has had the name (spacing, width and legal form aside); an absorbed corporation also brings the one it is now part of. When no name matches, the best entities of a name search (`match`: `search`).",
    params(LookupParams),
    responses(
        (status = 200, description = "The entities.", body = Lookup),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("現在または過去の名称から施設・法人を引く")),
        ("x-description-ja" = json!("その名称を持ったことのあるすべての施設・法人（空白・全角半角・法人格の違いは問いません）。吸収合併された法人は承継法人も返します。一致する名称がなければ名称検索の上位（match: search）。")),
    ),
)]
pub async fn lookup(
    state: web::Data<AppState>,
    params: web::Query<LookupParams>,
) -> Result<HttpResponse, ApiError> {
    let name = params.name.clone().unwrap_or_default();
    if name.trim().is_empty() {
        return Err(WebError::BadRequest("name is required".into()).into());
    }
    if name.chars().count() > 200 {
        return Err(WebError::BadRequest("name is longer than 200 characters".into()).into());
    }
    let state = state.into_inner();
    let body = blocking(move || {
        let exact = state.graph.lookup(&name)?;
        let (matched, entities) = if exact.is_empty() {
            // No name normalizes the same: fall back to a name search.
            let mut req = SearchRequest::query(&name);
            req.doc_type = Some("entity".into());
            req.per_page = 10;
            let mut found = Vec::new();
            if let Ok(results) = state.index.search(&req) {
                for h in results.hits {
                    found.extend(state.graph.entity(&h.id)?);
                }
            }
            ("search", found)
        } else {
            ("exact", exact)
        };
        // An absorbed corporation answers with what it is now part of.
        let mut out: Vec<EntityBrief> = Vec::new();
        for e in &entities {
            let mut v = views::entity_brief(e);
            if let Some(successor) = state.graph.successor_of(e)? {
                v.now_part_of = Some(Box::new(views::entity_brief(&successor)));
                out.push(v);
                if !entities.iter().any(|x| x.id == successor.id)
                    && !out.iter().any(|x| x.id == successor.id)
                {
                    let mut s = views::entity_brief(&successor);
                    s.via = Some(Via {
                        successor_of: e.id.clone(),
                    });
                    out.push(s);
                }
            } else {
                out.push(v);
            }
        }
        Ok(Lookup {
            name,
            matched,
            entities: out,
        })
    })
    .await?;
    Ok(views::json(&body))
}

#[utoipa::path(
    get,
    path = "/entities/{id}",
    operation_id = "entity",
    tag = "records",
    summary = "An entity's whole record",
    description = "Dated names, identifiers, status and its history, edges with the reason for each, notices, the evidence of every fact, and `summary`: the entity at a glance. An entity merged into another answers 308 with the survivor's address.",
    params(
        ("id" = String, Path, description = "The entity id (`e-…`).", pattern = "^e-[A-Za-z0-9-]{1,38}$", max_length = 40,
            extensions(("x-description-ja" = json!("施設・法人の ID（e-…）。")))),
    ),
    responses(
        (status = 200, description = "The entity.", body = EntityView),
        (status = 308, description = "Merged into another entity: its id answers from now on.",
            headers(("Location" = String, description = "/api/v1/entities/{survivor}"))),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        (status = 404, description = NOT_FOUND, body = ErrorBody),
        ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("施設・法人の全記録")),
        ("x-description-ja" = json!("日付つきの名称、識別番号、状態とその履歴、関係（それぞれの根拠つき）、処分等、各事実の根拠文書、概要（summary）。他の記録に統合された施設・法人は 308 で統合先を示します。")),
    ),
)]
pub async fn entity(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    check_id(&id, "e-")?;
    let state = state.into_inner();
    let asked = id.clone();
    let body = blocking(move || {
        let e = state
            .graph
            .entity(&id)?
            .ok_or(WebError::NotFound { what: "entity", id })?;
        if e.id != asked {
            return Ok(Err(e.id));
        }
        views::entity(&state.graph, &e).map(Ok)
    })
    .await?;
    match body {
        Ok(body) => Ok(views::json(&body)),
        // Merged into another entity: its id answers from now on.
        Err(survivor) => Ok(crate::pages::moved(
            &req,
            &format!("/api/v1/entities/{survivor}"),
        )),
    }
}

#[utoipa::path(
    get,
    path = "/notices/{id}",
    operation_id = "notice",
    tag = "records",
    summary = "A notice",
    description = "Parsed fields (kind, authority, date, articles, subjects, renames, closures, persons), the text, and every version of the source document with its sha256.",
    params(
        ("id" = String, Path, description = "The notice id (`n-…`).", pattern = "^n-[A-Za-z0-9-]{1,38}$", max_length = 40,
            extensions(("x-description-ja" = json!("処分等の ID（n-…）。")))),
    ),
    responses(
        (status = 200, description = "The notice.", body = NoticeView),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        (status = 404, description = NOT_FOUND, body = ErrorBody),
        ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("処分等の記録")),
        ("x-description-ja" = json!("読み取った項目（種別・発出者・日付・条項・対象・名称変更・廃止・人物）、本文、原文書の各版（sha256 つき）。")),
    ),
)]
pub async fn notice(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    check_id(&id, "n-")?;
    let state = state.into_inner();
    let body = blocking(move || {
        let n = state
            .graph
            .notice(&id)?
            .ok_or(WebError::NotFound { what: "notice", id })?;
        views::notice(&state.graph, &n)
    })
    .await?;
    Ok(views::json(&body))
}

/// The archived bytes exactly as fetched. They are served under a sandboxing
/// Content-Security-Policy so that a hostile page cannot run script here.
#[utoipa::path(
    get,
    path = "/documents/{sha256}",
    operation_id = "document",
    tag = "records",
    summary = "An archived original, as fetched",
    description = "The exact bytes fetched, under their original content type, served with a sandboxing Content-Security-Policy. Headers name the source address and fetch time. Their sha256 is the address.",
    params(
        ("sha256" = String, Path, description = "Lowercase hex sha256 of the bytes.", pattern = "^[0-9a-f]{64}$",
            extensions(("x-description-ja" = json!("バイト列の sha256（小文字の16進数）。")))),
    ),
    responses(
        (status = 200, description = "The archived bytes.", body = inline(Binary), content_type = "*/*",
            headers(
                ("X-Tadoru-Source-Url" = String, description = "Where the bytes were fetched from."),
                ("X-Tadoru-Fetched-At" = DateTime<Utc>),
                ("ETag" = String),
            )),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        (status = 404, description = NOT_FOUND, body = ErrorBody),
        ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("保存された原文書（取得したバイト列そのまま）")),
        ("x-description-ja" = json!("取得したバイト列を元の Content-Type のまま返します（サンドボックス化した CSP つき）。ヘッダーに取得元 URL と取得日時。sha256 がそのまま住所です。")),
    ),
)]
pub async fn document(
    state: web::Data<AppState>,
    sha: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let sha = sha.into_inner();
    if sha.len() != 64
        || !sha
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(WebError::BadRequest(format!("not a lowercase hex sha256: {sha:?}")).into());
    }
    let state = state.into_inner();
    let (meta, bytes) = blocking(move || {
        let meta = state.graph.document(&sha)?;
        let bytes = state.graph.document_bytes(&sha)?;
        match (meta, bytes) {
            (Some(m), Some(b)) => Ok((m, b)),
            _ => Err(WebError::NotFound {
                what: "document",
                id: sha,
            }),
        }
    })
    .await?;
    let content_type = meta
        .content_type
        .clone()
        .filter(|c| c.is_ascii())
        .unwrap_or_else(|| "application/octet-stream".into());
    let source = if meta.url.is_ascii() {
        meta.url.clone()
    } else {
        "(non-ascii source name)".into()
    };
    // A sandboxed document gets no PDF viewer (browsers block it), so a
    // PDF is served without the sandbox: browsers show it in their own
    // isolated viewer, never as a page of this site. Nothing else is.
    let pdf = content_type
        .to_ascii_lowercase()
        .starts_with("application/pdf");
    let csp = if pdf {
        "frame-ancestors 'none'"
    } else {
        "sandbox; default-src 'none'; style-src 'unsafe-inline'"
    };
    let mut resp = HttpResponse::Ok();
    if pdf {
        resp.insert_header((
            "Content-Disposition",
            format!("inline; filename=\"{}.pdf\"", meta.sha256),
        ));
    }
    Ok(resp
        .insert_header(("Content-Type", content_type))
        .insert_header(("Content-Security-Policy", csp))
        .insert_header(("ETag", format!("\"{}\"", meta.sha256)))
        // Content-addressed: the bytes under a hash never change.
        .insert_header(("Cache-Control", "public, max-age=31536000, immutable"))
        .insert_header(("X-Tadoru-Source-Url", source))
        .insert_header(("X-Tadoru-Fetched-At", meta.fetched_at.to_rfc3339()))
        .body(bytes))
}
