//! `POST /api/v1/vet`: a list of names or corporate numbers (法人番号) — a
//! clinic's subcontractors, a journalist's spreadsheet — answered item by
//! item with the entity each matches, how (corporate number, a current or
//! former name, or only a name search), how sure that is, and the entity's
//! status and orders. The body is JSON (`["名称", "1234567890123"]`, or
//! `{"items": [...]}`) or CSV / plain text (one item a line: the first cell
//! with something in it, or, under a header row naming `name` / `名称` and
//! `corporate_number` / `法人番号` columns, the row's number else its name),
//! at most [`MAX_BODY`] bytes and [`MAX_ITEMS`] items.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::Value;
use tadoru_graph::{Entity, Graph};
use tadoru_index::SearchRequest;
use tadoru_model::Role;
use unicode_normalization::UnicodeNormalization;

use crate::api::{ApiError, error_response};
use crate::error::WebError;
use crate::openapi::requests::{VetItems, VetLines};
use crate::openapi::responses::{BAD_REQUEST, PostOnly};
use crate::permalink::Base;
use crate::views::ErrorBody;
use crate::views::vet::{VetMatch, VetResponse, VetResult};
use crate::{AppState, LiveIndex, blocking, views};

pub const MAX_BODY: usize = 64 * 1024;
pub const MAX_ITEMS: usize = 200;
pub const MAX_ITEM_CHARS: usize = 200;

/// The 405 of `/api/v1/vet`, which takes only `POST`.
pub async fn not_allowed(req: HttpRequest) -> HttpResponse {
    let mut resp = error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        &format!("{} is not allowed here; allowed: POST", req.method()),
    );
    resp.headers_mut().insert(
        actix_web::http::header::ALLOW,
        actix_web::http::header::HeaderValue::from_static("POST"),
    );
    resp
}

/// The items of a body, by its content type.
pub fn parse_items(content_type: &str, body: &[u8]) -> Result<Vec<String>, WebError> {
    let text = std::str::from_utf8(body)
        .map_err(|_| WebError::BadRequest("the body must be UTF-8".into()))?;
    let text = text.trim_start_matches('\u{feff}');
    let ct = content_type.to_ascii_lowercase();
    let items: Vec<String> = if ct.starts_with("application/json") {
        let v: Value = serde_json::from_str(text)
            .map_err(|e| WebError::BadRequest(format!("the body is not JSON: {e}")))?;
        let list = match &v {
            Value::Array(a) => a,
            Value::Object(o) => match ["items", "names", "queries"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_array))
            {
                Some(a) => a,
                None => {
                    return Err(WebError::BadRequest(
                        "a JSON body is a list of names or numbers, or {\"items\": [...]}".into(),
                    ));
                }
            },
            _ => {
                return Err(WebError::BadRequest(
                    "a JSON body is a list of names or numbers".into(),
                ));
            }
        };
        list.iter()
            .map(|i| match i {
                Value::String(s) => Ok(s.clone()),
                Value::Number(n) => Ok(n.to_string()),
                Value::Object(o) => ["corporate_number", "name", "query"]
                    .iter()
                    .find_map(|k| o.get(*k).and_then(Value::as_str))
                    .map(str::to_string)
                    .ok_or_else(|| {
                        WebError::BadRequest(
                            "an item object needs \"name\" or \"corporate_number\"".into(),
                        )
                    }),
                _ => Err(WebError::BadRequest(
                    "each item is a name or a number".into(),
                )),
            })
            .collect::<Result<_, _>>()?
    } else if ct.starts_with("text/csv") || ct.starts_with("text/plain") {
        let mut out = Vec::new();
        let mut rows = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        // A first row naming the columns says which hold the name and the
        // corporate number; a row's number, when it has one, is the surer key.
        let mut columns: Option<(Option<usize>, Option<usize>)> = None;
        for (i, row) in rows.records().enumerate() {
            let row = row.map_err(|e| WebError::BadRequest(format!("line {}: {e}", i + 1)))?;
            let cells: Vec<&str> = row.iter().map(str::trim).collect();
            if i == 0 {
                let find = |names: &[&str]| {
                    cells
                        .iter()
                        .position(|c| names.contains(&c.to_lowercase().as_str()))
                };
                let name = find(&["name", "names", "query", "名称", "名前", "施設名", "法人名"]);
                let number = find(&["corporate_number", "corporate number", "法人番号"]);
                if name.is_some() || number.is_some() {
                    columns = Some((name, number));
                    continue;
                }
            }
            let cell = |c: Option<usize>| c.and_then(|c| cells.get(c)).filter(|v| !v.is_empty());
            let item = match columns {
                Some((name, number)) => cell(number).or_else(|| cell(name)),
                // Without a header: the first cell with something in it.
                None => cells.iter().find(|v| !v.is_empty()),
            };
            if let Some(item) = item {
                out.push((*item).to_string());
            }
        }
        out
    } else {
        return Err(WebError::BadRequest(format!(
            "send application/json, text/csv or text/plain, not {content_type:?}"
        )));
    };
    if items.is_empty() {
        return Err(WebError::BadRequest("no names or numbers to vet".into()));
    }
    if items.len() > MAX_ITEMS {
        return Err(WebError::BadRequest(format!(
            "at most {MAX_ITEMS} items per request, not {}",
            items.len()
        )));
    }
    if let Some(long) = items.iter().find(|i| i.chars().count() > MAX_ITEM_CHARS) {
        return Err(WebError::BadRequest(format!(
            "an item is longer than {MAX_ITEM_CHARS} characters: {:?}…",
            long.chars().take(20).collect::<String>()
        )));
    }
    Ok(items)
}

/// A 13-digit corporate number in any width, with or without hyphens or spaces.
fn corporate_number(item: &str) -> Option<String> {
    let digits: String = item
        .nfkc()
        .filter(|c| !matches!(c, '-' | ' ' | '‐' | '−'))
        .collect();
    (digits.len() == 13 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The status and orders of a matched entity.
/// Addresses are absolute from `base` (the public URL) besides the path.
fn matched(graph: &Graph, e: &Entity, base: &Base) -> Result<VetMatch, WebError> {
    let notices = graph.notices_of(e)?;
    let summary = crate::glance::summary(graph, e, &notices)?;
    let path = format!("/entities/{}", e.id);
    Ok(VetMatch {
        entity: views::entity_brief(e),
        permalink: base.join(&path),
        api_url: base.join(&format!("/api/v1{path}")),
        url: path,
        status: summary.state,
        closed_on: summary.closed_on,
        orders: summary.orders,
        inherited_orders: summary.inherited_orders,
        now_part_of: graph.successor_of(e)?.as_ref().map(views::entity_brief),
    })
}

/// How an item matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// The corporate number (法人番号) is recorded for the entity: certain.
    CorporateNumber,
    /// One entity has had the name (spacing and legal form aside).
    Name,
    /// Several entities have had the name.
    Ambiguous,
    /// No recorded name is the item: only the best of a name search.
    Search,
    /// No record found (which does not mean safe).
    NoMatch,
}

impl How {
    pub fn code(self) -> &'static str {
        match self {
            How::CorporateNumber => "corporate_number",
            How::Name => "name",
            How::Ambiguous => "ambiguous",
            How::Search => "search",
            How::NoMatch => "none",
        }
    }
}

/// What an item matched: how, how surely, why, and the entities, best first,
/// each with a score from 0 to 1.
#[derive(Debug, Clone)]
pub struct Matched {
    pub how: How,
    pub confidence: f64,
    pub reason: String,
    pub candidates: Vec<(Entity, f64)>,
}

/// Matches one item (a name or a corporate number) to entities of the given
/// roles (`&[]`: any but persons), at most `limit` candidates. The one
/// matching logic of `POST /api/v1/vet` and the reconciliation endpoint.
pub fn match_item(
    graph: &Graph,
    index: &LiveIndex,
    item: &str,
    roles: &[Role],
    limit: usize,
) -> Result<Matched, WebError> {
    let query = item.trim();
    let wanted = |e: &Entity| {
        if roles.is_empty() {
            e.role != Role::Person
        } else {
            roles.contains(&e.role)
        }
    };
    let none = |reason: String| Matched {
        how: How::NoMatch,
        confidence: 0.0,
        reason,
        candidates: Vec::new(),
    };
    if let Some(number) = corporate_number(query) {
        return Ok(
            match graph.by_corporate_number(&number)?.filter(|e| wanted(e)) {
                Some(e) => Matched {
                    how: How::CorporateNumber,
                    confidence: 1.0,
                    reason: format!(
                        "corporate number {number} (法人番号) is recorded for this entity"
                    ),
                    candidates: vec![(e, 1.0)],
                },
                None => none(format!(
                    "no entity with corporate number {number}: no record found does not mean safe"
                )),
            },
        );
    }
    if query.is_empty() {
        return Ok(none("an empty item matches nothing".into()));
    }
    // Digits and signs alone (a wrong number, a formula cell) name nothing:
    // a name search would still rank something first.
    if !query.chars().any(char::is_alphabetic) {
        return Ok(none(format!(
            "{query:?} is neither a name nor a 13-digit corporate number with a valid check digit"
        )));
    }
    let exact: Vec<Entity> = graph.lookup(query)?.into_iter().filter(wanted).collect();
    match exact.len() {
        0 => {}
        1 => {
            let which = if exact[0].current_name() == query {
                "its current name"
            } else {
                "one of its current or former names (spacing and legal form aside)"
            };
            let reason = format!("{query:?} is {which}: {:?}", exact[0].current_name());
            return Ok(Matched {
                how: How::Name,
                confidence: 0.95,
                reason,
                candidates: exact.into_iter().map(|e| (e, 0.95)).collect(),
            });
        }
        n => {
            return Ok(Matched {
                how: How::Ambiguous,
                confidence: 0.5,
                reason: format!("{n} entities have had this name: check each by place or operator"),
                candidates: exact.into_iter().map(|e| (e, 0.5)).collect(),
            });
        }
    }
    // No name normalizes the same: entities of a name search, said to be a guess.
    let mut req = SearchRequest::query(query);
    req.doc_type = Some("entity".into());
    req.per_page = limit.clamp(5, 50);
    if let [role] = roles {
        req.kind = Some(role.code().into());
    }
    let results = match index.search(&req) {
        Ok(r) => r,
        // An item the query syntax cannot read is a name that matches nothing.
        Err(tadoru_index::IndexError::BadQuery(_)) => {
            return Ok(none("no record found: this does not mean safe".into()));
        }
        Err(e) => return Err(e.into()),
    };
    let confidence = if results.approximate { 0.3 } else { 0.6 };
    let top = results
        .hits
        .first()
        .map_or(1.0, |h| h.score.max(f32::EPSILON));
    let mut candidates: Vec<(Entity, f64)> = Vec::new();
    for h in &results.hits {
        if candidates.len() >= limit.max(1) {
            break;
        }
        if let Some(e) = graph.entity(&h.id)?
            && wanted(&e)
            && !candidates.iter().any(|(c, _)| c.id == e.id)
        {
            // Below the first, each scaled by its search score.
            let score = confidence * f64::from((h.score / top).clamp(0.0, 1.0));
            candidates.push((e, score));
        }
    }
    Ok(match candidates.first() {
        Some((e, _)) => Matched {
            how: How::Search,
            confidence,
            reason: format!(
                "no recorded name is {query:?}; the closest by name search{} is {:?}: check it is the same",
                if results.approximate { " (spelling forgiven)" } else { "" },
                e.current_name()
            ),
            candidates,
        },
        None => none(
            "no record found: this does not mean safe, only that no enforcement notice tadoru read names it".into(),
        ),
    })
}

/// What a reason adds for orders inherited through absorption mergers:
/// `; it absorbed "A", which has 1 order on record (emergency order,
/// 2025-08-29): see inherited_orders`. Empty when there are none.
fn inherited_reason(inherited: &[crate::glance::InheritedOrder]) -> String {
    let mut by: Vec<(&str, Vec<&crate::glance::OrderRef>)> = Vec::new();
    for io in inherited {
        match by.iter_mut().find(|(n, _)| *n == io.through.current_name) {
            Some((_, l)) => l.push(&io.order),
            None => by.push((&io.through.current_name, vec![&io.order])),
        }
    }
    by.iter()
        .map(|(name, orders)| {
            let list: Vec<String> = orders
                .iter()
                .map(|o| match o.issued_on {
                    Some(d) => format!("{}, {d}", o.kind_en),
                    None => o.kind_en.to_string(),
                })
                .collect();
            format!(
                "; it absorbed {name:?} (absorption merger), which has {} {} on record ({}): see inherited_orders",
                orders.len(),
                if orders.len() == 1 { "order" } else { "orders" },
                list.join("; ")
            )
        })
        .collect()
}

pub(crate) fn vet_one(
    graph: &Graph,
    index: &LiveIndex,
    item: &str,
    base: &Base,
) -> Result<VetResult, WebError> {
    let m = match_item(graph, index, item, &[], 5)?;
    let out = VetResult::new(item.trim(), m.how.code(), m.confidence, m.reason.clone());
    Ok(match m.how {
        How::Ambiguous => {
            let mut candidates = Vec::with_capacity(m.candidates.len());
            for (e, _) in &m.candidates {
                candidates.push(matched(graph, e, base)?);
            }
            VetResult {
                candidates: Some(candidates),
                ..out
            }
        }
        _ => match m.candidates.first() {
            Some((e, _)) => {
                let found = matched(graph, e, base)?;
                let mut out = out;
                out.reason
                    .push_str(&inherited_reason(&found.inherited_orders));
                out.with_match(found)
            }
            None => out,
        },
    })
}

#[utoipa::path(
    post,
    path = "/vet",
    operation_id = "vet",
    tag = "vet",
    summary = "Vet a list of names or corporate numbers",
    description = "Each item (a name or a 13-digit corporate number, in any width, hyphens allowed) answered with the entity it matches, how and how surely, its status and orders. JSON (a list, or {\"items\": [...]}) or CSV / plain text (one item a line: the first cell with something in it; under a header row naming `name` and `corporate_number` columns, the row's corporate number, else its name).",
    request_body(content(
        (inline(VetItems) = "application/json", example = json!(["東京サイエンスクリニック", "1234567890123"])),
        (inline(VetLines) = "text/csv", example = json!("name\n東京サイエンスクリニック\n1234567890123\n")),
        (inline(VetLines) = "text/plain"),
    )),
    responses(
        (status = 200, description = "Every item answered.", body = VetResponse),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        (status = 413, description = format!("The body is over {MAX_BODY} bytes."), body = ErrorBody),
        PostOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("名称・法人番号の一覧をまとめて照会")),
        ("x-description-ja" = json!("各項目（名称、または13桁の法人番号。全角・ハイフン可）について、一致した施設・法人、一致の仕方と確からしさ、状態と処分を返します。JSON（配列または {\"items\": [...]}）または CSV・テキスト（1行に1件：空でない最初のセル。name・corporate_number（名称・法人番号）の見出し行があれば、その行の法人番号、なければ名称）。")),
    ),
)]
pub async fn vet(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Result<web::Bytes, actix_web::Error>,
) -> Result<HttpResponse, ApiError> {
    let body = match body {
        Ok(b) => b,
        Err(_) => {
            return Ok(error_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                &format!("the body may be at most {MAX_BODY} bytes"),
            ));
        }
    };
    let ct = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let items = parse_items(&ct, &body)?;
    let base = state.base(&req);
    let state = state.into_inner();
    let body = blocking(move || {
        let mut results = Vec::with_capacity(items.len());
        for item in &items {
            results.push(vet_one(&state.graph, &state.index, item, &base)?);
        }
        Ok(VetResponse {
            count: results.len(),
            results,
            data_as_of: state.graph.data_as_of()?,
            note: "a match says what tadoru's sources record; no record found does not mean safe",
        })
    })
    .await?;
    Ok(views::json(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_read_by_their_type() {
        let json = br#"["A clinic", "1234567890123", {"corporate_number": "9876543210987"}]"#;
        assert_eq!(
            parse_items("application/json", json).unwrap(),
            ["A clinic", "1234567890123", "9876543210987"]
        );
        assert_eq!(
            parse_items("application/json", br#"{"items": ["x"]}"#).unwrap(),
            ["x"]
        );
        let csv = "\u{feff}name,note\n甲クリニック,x\n\"乙, 株式会社\",y\n\n";
        assert_eq!(
            parse_items("text/csv; charset=utf-8", csv.as_bytes()).unwrap(),
            ["甲クリニック", "乙, 株式会社"]
        );
        // A sheet of names and numbers: a row's number first, else its name;
        // a row with only a number is not dropped.
        let sheet = "名称,法人番号\n丙クリニック,\n,1013305000118\n丁会,2013305000117\n,\n";
        assert_eq!(
            parse_items("text/csv", sheet.as_bytes()).unwrap(),
            ["丙クリニック", "1013305000118", "2013305000117"]
        );
        // Without a header, the first cell with something in it.
        assert_eq!(
            parse_items("text/plain", ",1013305000118\n戊医院\n".as_bytes()).unwrap(),
            ["1013305000118", "戊医院"]
        );
        for (ct, body) in [
            ("application/json", "{}".to_string()),
            ("application/json", "[1.5e999".to_string()),
            ("application/json", "[]".to_string()),
            ("application/xml", "<x/>".to_string()),
            ("text/plain", "a\n".repeat(MAX_ITEMS + 1)),
            ("text/plain", "あ".repeat(MAX_ITEM_CHARS + 1)),
        ] {
            assert!(parse_items(ct, body.as_bytes()).is_err(), "{ct} {body:.40}");
        }
        assert!(parse_items("text/plain", &[0xff, 0xfe, 0x00]).is_err());
    }

    #[test]
    fn corporate_numbers_in_any_width() {
        assert_eq!(
            corporate_number("１２３４－５６７８９０１２３").as_deref(),
            Some("1234567890123")
        );
        assert_eq!(
            corporate_number("1234 5678 90123").as_deref(),
            Some("1234567890123")
        );
        assert_eq!(corporate_number("123456789012"), None);
        assert_eq!(corporate_number("甲クリニック"), None);
    }
}
