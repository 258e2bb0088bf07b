//! `/api/v1/reconcile`: the Reconciliation Service API 0.2 (W3C Entity
//! Reconciliation Community Group), so that OpenRefine and other clients can
//! match a spreadsheet column of names to tadoru's entities. `GET` without
//! `queries` answers the service manifest; `queries` (a JSON object of
//! named queries, by `GET` or as a form field of a `POST`) is answered query
//! by query with candidates (`id`, `name`, `score` 0–100, `match`, `type`),
//! matched exactly as `POST /api/v1/vet` matches ([`crate::vet::match_item`]).
//! A query may restrict the types (`clinic`, `cell_processing_facility`,
//! `operator`, `person`) and give a corporate number as the property
//! `corporate_number`, which decides the match when it is recorded.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use serde_json::Value;
use tadoru_model::Role;
use utoipa::IntoParams;

use crate::api::{ApiError, error_response};
use crate::error::WebError;
use crate::openapi::requests::{ReconcileForm, ReconcileQueries};
use crate::openapi::responses::GetOrPost;
use crate::vet::{How, match_item};
use crate::views::ErrorBody;
use crate::views::vet::{
    ReconcileAnswer, ReconcileAnswerBody, ReconcileCandidate, ReconcileManifest, ReconcileResults,
    ReconcileType, ReconcileView,
};
use crate::{AppState, blocking, views};

/// Queries in one batch (OpenRefine sends 10 at a time), candidates per query.
pub const MAX_QUERIES: usize = 50;
pub const DEFAULT_LIMIT: usize = 5;
pub const MAX_LIMIT: usize = 25;
/// The longest `queries` value, by `GET` or `POST`, in bytes.
pub const MAX_QUERIES_BYTES: usize = 64 * 1024;

/// The query string (or form) of the service.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReconcileParams {
    /// A JSON object of named queries: {"q0": {"query": "東京サイエンスクリニック", "type": "clinic", "limit": 3, "properties": [{"pid": "corporate_number", "v": "1234567890123"}]}}. Without it, the service manifest.
    #[serde(default)]
    #[param(value_type = String, required = false)]
    pub queries: Option<String>,
}

impl ReconcileParams {
    /// The parameters' descriptions in Japanese (`x-description-ja`).
    pub const JA: &[(&str, &str)] = &[(
        "queries",
        "名前付きの照会の JSON オブジェクト。省略するとサービスの説明（マニフェスト）を返します。",
    )];
}

/// The service described, for `GET` and `POST` alike.
const DESCRIPTION: &str = "OpenRefine's Reconciliation API 0.2: without `queries` the service manifest (types clinic, cell_processing_facility, operator, person; entity pages at `/entities/{{id}}`); with `queries` the candidates of each query, matched as `/vet` matches (a recorded corporate number or a name only one entity has had is a `match`; a name search only proposes). At most 50 queries a batch, 25 candidates a query.";
const DESCRIPTION_JA: &str = "OpenRefine の名寄せ API（Reconciliation API 0.2）。queries なしでサービスの説明、queries ありで各照会の候補を返します。一致の判定は /vet と同じです（記録された法人番号、または一つの施設・法人だけが持った名称なら match）。";
const ANSWER: &str = "The manifest (no queries) or the candidates of each query.";
const BAD_QUERIES: &str = "Bad queries: the message says what was wrong.";

/// One query of a batch, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub key: String,
    pub query: String,
    pub roles: Vec<Role>,
    pub limit: usize,
    pub corporate_number: Option<String>,
}

fn bad(msg: impl Into<String>) -> WebError {
    WebError::BadRequest(msg.into())
}

/// A `type` as a query gives it: a role code, or `{"id": code}`.
fn role_of(v: &Value) -> Result<Role, WebError> {
    let code = match v {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o.get("id").and_then(Value::as_str).unwrap_or(""),
        _ => "",
    };
    Role::from_code(code).ok_or_else(|| {
        bad(format!(
            "unknown type {v}: one of clinic, cell_processing_facility, operator, person"
        ))
    })
}

/// The `v` of a property: a string, a number, `{"id": …}`, or a list of them (the first).
fn property_value(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("id").and_then(property_value),
        Value::Array(a) => a.first().and_then(property_value),
        _ => None,
    }
}

/// Reads a `queries` object: `{"q0": {"query": "…", "type": "clinic", "limit": 3}, …}`.
pub fn parse_queries(text: &str) -> Result<Vec<Query>, WebError> {
    if text.len() > MAX_QUERIES_BYTES {
        return Err(bad(format!(
            "queries may be at most {MAX_QUERIES_BYTES} bytes"
        )));
    }
    let v: Value = serde_json::from_str(text)
        .map_err(|e| bad(format!("queries is not a JSON object: {e}")))?;
    let Value::Object(batch) = v else {
        return Err(bad(
            "queries is a JSON object of named queries: {\"q0\": {\"query\": \"…\"}}",
        ));
    };
    if batch.len() > MAX_QUERIES {
        return Err(bad(format!(
            "at most {MAX_QUERIES} queries per batch, not {}",
            batch.len()
        )));
    }
    let mut out = Vec::with_capacity(batch.len());
    for (key, q) in batch {
        let Value::Object(q) = q else {
            return Err(bad(format!("query {key:?} is not an object")));
        };
        let query = match q.get("query") {
            None => None,
            Some(Value::String(s)) => Some(s.trim().to_string()),
            Some(_) => return Err(bad(format!("query {key:?}: \"query\" is not a string"))),
        };
        if query
            .as_ref()
            .is_some_and(|q| q.chars().count() > crate::vet::MAX_ITEM_CHARS)
        {
            return Err(bad(format!(
                "query {key:?} is longer than {} characters",
                crate::vet::MAX_ITEM_CHARS
            )));
        }
        let roles = match q.get("type") {
            None => Vec::new(),
            Some(Value::Array(a)) => a.iter().map(role_of).collect::<Result<_, _>>()?,
            Some(t) => vec![role_of(t)?],
        };
        let limit = match q.get("limit") {
            None => DEFAULT_LIMIT,
            Some(l) => match l.as_u64() {
                Some(n) if (1..=MAX_LIMIT as u64).contains(&n) => n as usize,
                _ => {
                    return Err(bad(format!(
                        "query {key:?}: limit must be a whole number from 1 to {MAX_LIMIT}"
                    )));
                }
            },
        };
        let mut corporate_number = None;
        if let Some(props) = q.get("properties") {
            let Value::Array(props) = props else {
                return Err(bad(format!("query {key:?}: properties is a list")));
            };
            for p in props {
                let (Some(pid), Some(v)) = (p.get("pid").and_then(Value::as_str), p.get("v"))
                else {
                    return Err(bad(format!(
                        "query {key:?}: each property is {{\"pid\": \"…\", \"v\": …}}"
                    )));
                };
                if pid == "corporate_number" {
                    corporate_number = property_value(v);
                }
            }
        }
        match q.get("type_strict") {
            None => {}
            Some(Value::String(t)) if ["any", "all", "should"].contains(&t.as_str()) => {}
            Some(_) => {
                return Err(bad(format!(
                    "query {key:?}: type_strict is any, all or should"
                )));
            }
        }
        // An empty query has no candidates; a missing one needs a corporate number.
        let query = match (query, &corporate_number) {
            (Some(q), _) => q,
            (None, Some(_)) => String::new(),
            (None, None) => {
                return Err(bad(format!(
                    "query {key:?} has neither a query nor a corporate_number property"
                )));
            }
        };
        out.push(Query {
            key,
            query,
            roles,
            limit,
            corporate_number,
        });
    }
    Ok(out)
}

/// The candidates of one query, best first.
fn answer(state: &AppState, q: &Query) -> Result<ReconcileAnswer, WebError> {
    let (g, ix) = (&state.graph, &state.index);
    // A corporate number recorded for an entity decides; otherwise the name.
    let mut m = None;
    if let Some(n) = &q.corporate_number {
        let by_number = match_item(g, ix, n, &q.roles, q.limit)?;
        if by_number.how == How::CorporateNumber {
            m = Some(by_number);
        }
    }
    let m = match m {
        Some(m) => m,
        None if q.query.is_empty() => return Ok(ReconcileAnswer { result: Vec::new() }),
        None => match_item(g, ix, &q.query, &q.roles, q.limit)?,
    };
    let sure = matches!(m.how, How::CorporateNumber | How::Name);
    let mut result = Vec::new();
    for (e, score) in m.candidates.iter().take(q.limit) {
        let orders = g
            .notices_of(e)?
            .iter()
            .filter(|n| crate::glance::is_order(n.record.kind))
            .count();
        let state = e
            .current_status()
            .map_or("active", |s| crate::views::state_code(s.state));
        result.push(ReconcileCandidate {
            id: e.id.clone(),
            name: e.current_name().to_string(),
            score: (score * 1000.0).round() / 10.0,
            sure,
            types: vec![reconcile_type(e.role)],
            description: format!(
                "{}, {state}, {orders} order{} on record",
                e.role.en(),
                if orders == 1 { "" } else { "s" }
            ),
        });
    }
    Ok(ReconcileAnswer { result })
}

fn reconcile_type(r: Role) -> ReconcileType {
    ReconcileType {
        id: r.code(),
        name: r.en(),
    }
}

fn manifest(state: &AppState, req: &HttpRequest) -> ReconcileManifest {
    let base = state.base(req);
    ReconcileManifest {
        versions: vec!["0.2"],
        name: "tadoru — enforcement against Japan's regenerative-medicine clinics and cell-processing facilities",
        identifier_space: base.join("/entities/"),
        schema_space: base.join("/api/v1/openapi.json#/components/schemas/Entity"),
        default_types: Role::ALL.iter().map(|r| reconcile_type(*r)).collect(),
        view: ReconcileView {
            url: base.join("/entities/{{id}}"),
        },
        documentation: base.join("/api"),
    }
}

async fn run(state: web::Data<AppState>, queries: Vec<Query>) -> Result<HttpResponse, ApiError> {
    let state = state.into_inner();
    let body = blocking(move || {
        let mut out = BTreeMap::new();
        for q in &queries {
            out.insert(q.key.clone(), answer(&state, q)?);
        }
        Ok(ReconcileResults(out))
    })
    .await?;
    Ok(cors(HttpResponse::Ok()).json(views::to_value(&body)))
}

/// Any site may call the service from a browser.
fn cors(mut b: actix_web::HttpResponseBuilder) -> actix_web::HttpResponseBuilder {
    b.insert_header(("Access-Control-Allow-Origin", "*"));
    b
}

/// `GET /api/v1/reconcile[?queries=…]`.
#[utoipa::path(
    get,
    path = "/reconcile",
    operation_id = "reconcile",
    tag = "vet",
    summary = "Reconcile names (OpenRefine)",
    description = DESCRIPTION,
    params(ReconcileParams),
    responses(
        (status = 200, description = ANSWER, body = inline(ReconcileAnswerBody)),
        (status = 400, description = BAD_QUERIES, body = ErrorBody),
        GetOrPost,
    ),
    extensions(
        ("x-summary-ja" = json!("名寄せ（OpenRefine）")),
        ("x-description-ja" = json!(DESCRIPTION_JA)),
    ),
)]
pub async fn get(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<ReconcileParams>,
) -> Result<HttpResponse, ApiError> {
    match params.queries.as_deref() {
        None => Ok(cors(HttpResponse::Ok()).json(views::to_value(&manifest(&state, &req)))),
        Some(q) => {
            let queries = parse_queries(q)?;
            run(state, queries).await
        }
    }
}

/// `POST /api/v1/reconcile` with a form field `queries` (as OpenRefine
/// sends it), or the queries object itself as a JSON body.
#[utoipa::path(
    post,
    path = "/reconcile",
    operation_id = "reconcile_batch",
    tag = "vet",
    summary = "Reconcile names (OpenRefine), by POST",
    description = DESCRIPTION,
    request_body(content(
        (inline(ReconcileForm) = "application/x-www-form-urlencoded",
            encoding(("queries" = (content_type = "application/json")))),
        (ReconcileQueries = "application/json"),
    )),
    responses(
        (status = 200, description = ANSWER, body = inline(ReconcileAnswerBody)),
        (status = 400, description = BAD_QUERIES, body = ErrorBody),
        (status = 413, description = "The body is too large.", body = ErrorBody),
        GetOrPost,
    ),
    extensions(
        ("x-summary-ja" = json!("名寄せ（OpenRefine、POST）")),
        ("x-description-ja" = json!(DESCRIPTION_JA)),
    ),
)]
pub async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Result<web::Bytes, actix_web::Error>,
) -> Result<HttpResponse, ApiError> {
    let Ok(body) = body else {
        return Ok(error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            &format!("the body may be at most {MAX_QUERIES_BYTES} bytes"),
        ));
    };
    let ct = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let text = std::str::from_utf8(&body).map_err(|_| bad("the body must be UTF-8"))?;
    let queries = if ct.starts_with("application/json") {
        parse_queries(text)?
    } else if ct.starts_with("application/x-www-form-urlencoded") || ct.is_empty() {
        let form = web::Query::<ReconcileParams>::from_query(text)
            .map_err(|e| bad(format!("the form cannot be read: {e}")))?;
        match form.queries.as_deref() {
            Some(q) => parse_queries(q)?,
            None => return Err(bad("the form has no queries field").into()),
        }
    } else {
        return Err(bad(format!(
            "send a form (application/x-www-form-urlencoded) with a queries field, or JSON; not {ct:?}"
        ))
        .into());
    };
    run(state, queries).await
}

/// The 405 of the service, which takes `GET`, `HEAD` and `POST`.
pub async fn not_allowed(req: HttpRequest) -> HttpResponse {
    let mut resp = error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        &format!(
            "{} is not allowed here; allowed: GET, HEAD, POST",
            req.method()
        ),
    );
    resp.headers_mut().insert(
        actix_web::http::header::ALLOW,
        actix_web::http::header::HeaderValue::from_static("GET, HEAD, POST"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Map, json};

    #[test]
    fn queries_are_read_with_types_limits_and_corporate_numbers() {
        let q = parse_queries(
            r#"{"q0": {"query": " 東京サイエンスクリニック "},
                "q1": {"query": "x", "type": "clinic", "limit": 2},
                "q2": {"query": "y", "type": ["operator", {"id": "person"}]},
                "q3": {"properties": [{"pid": "corporate_number", "v": {"id": "1234567890123"}}]}}"#,
        )
        .unwrap();
        assert_eq!(q.len(), 4);
        assert_eq!(q[0].query, "東京サイエンスクリニック");
        assert_eq!(q[0].limit, DEFAULT_LIMIT);
        assert!(q[0].roles.is_empty());
        assert_eq!(q[1].roles, [Role::Clinic]);
        assert_eq!(q[1].limit, 2);
        assert_eq!(q[2].roles, [Role::Operator, Role::Person]);
        assert_eq!(q[3].corporate_number.as_deref(), Some("1234567890123"));
        for bad in [
            "",
            "[]",
            "{\"q0\": 1}",
            "{\"q0\": {}}",
            "{\"q0\": {\"query\": \"x\", \"properties\": [{\"v\": 1}]}}",
            "{\"q0\": {\"query\": \"x\", \"type_strict\": 1}}",
            "{\"q0\": {\"query\": 5}}",
            "{\"q0\": {\"query\": null}}",
            "{\"q0\": {\"query\": \"x\", \"type\": null}}",
            "{\"q0\": {\"query\": \"x\", \"type\": \"hospital\"}}",
            "{\"q0\": {\"query\": \"x\", \"limit\": 0}}",
            "{\"q0\": {\"query\": \"x\", \"limit\": 26}}",
            "{\"q0\": {\"query\": \"x\", \"properties\": {}}}",
        ] {
            assert!(parse_queries(bad).is_err(), "{bad}");
        }
        let many: Map<String, Value> = (0..=MAX_QUERIES)
            .map(|i| (format!("q{i}"), json!({"query": "x"})))
            .collect();
        assert!(parse_queries(&Value::Object(many).to_string()).is_err());
        let long = json!({"q0": {"query": "あ".repeat(crate::vet::MAX_ITEM_CHARS + 1)}});
        assert!(parse_queries(&long.to_string()).is_err());
    }
}
