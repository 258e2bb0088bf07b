//! `POST /api/v1/vet`: a list of names or corporate numbers (法人番号) — a
//! clinic's subcontractors, a journalist's spreadsheet — answered item by
//! item with the entity each matches, how (corporate number, a current or
//! former name, or only a name search), how sure that is, and the entity's
//! status and orders. The body is JSON (`["名称", "1234567890123"]`, or
//! `{"items": [...]}`) or CSV / plain text (the first column of each line),
//! at most [`MAX_BODY`] bytes and [`MAX_ITEMS`] items.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};
use tadoru_crawler::Role;
use tadoru_graph::{Entity, Graph};
use tadoru_index::SearchRequest;
use unicode_normalization::UnicodeNormalization;

use crate::api::{ApiError, error_response};
use crate::error::WebError;
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
        for (i, row) in rows.records().enumerate() {
            let row = row.map_err(|e| WebError::BadRequest(format!("line {}: {e}", i + 1)))?;
            let first = row.get(0).unwrap_or("").trim().to_string();
            let header = [
                "name",
                "names",
                "query",
                "corporate_number",
                "名称",
                "法人番号",
            ];
            if i == 0 && header.contains(&first.to_lowercase().as_str()) {
                continue;
            }
            if !first.is_empty() {
                out.push(first);
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
fn matched(graph: &Graph, e: &Entity) -> Result<Value, WebError> {
    let notices = graph.notices_of(e)?;
    let summary = crate::glance::summary(graph, e, &notices)?;
    Ok(json!({
        "entity": views::entity_brief(e),
        "url": format!("/entities/{}", e.id),
        "status": summary.state,
        "closed_on": summary.closed_on,
        "orders": summary.orders,
        "now_part_of": views::successor_of(graph, e)?.as_ref().map(views::entity_brief),
    }))
}

fn vet_one(graph: &Graph, index: &LiveIndex, item: &str) -> Result<Value, WebError> {
    let query = item.trim();
    let mut out = json!({"query": query});
    let answer = |out: &mut Value, how: &str, confidence: f64, reason: String| {
        out["match"] = json!(how);
        out["confidence"] = json!(confidence);
        out["reason"] = json!(reason);
    };
    if let Some(number) = corporate_number(query) {
        match graph.by_corporate_number(&number)? {
            Some(e) => {
                answer(
                    &mut out,
                    "corporate_number",
                    1.0,
                    format!("corporate number {number} (法人番号) is recorded for this entity"),
                );
                merge(&mut out, matched(graph, &e)?);
            }
            None => answer(
                &mut out,
                "none",
                0.0,
                format!(
                    "no entity with corporate number {number}: no record found does not mean safe"
                ),
            ),
        }
        return Ok(out);
    }
    let exact: Vec<Entity> = graph
        .lookup(query)?
        .into_iter()
        .filter(|e| e.role != Role::Person)
        .collect();
    match exact.len() {
        0 => {}
        1 => {
            let e = &exact[0];
            let which = if e.current_name() == query {
                "its current name"
            } else {
                "one of its current or former names (spacing and legal form aside)"
            };
            answer(
                &mut out,
                "name",
                0.95,
                format!("{query:?} is {which}: {:?}", e.current_name()),
            );
            merge(&mut out, matched(graph, e)?);
            return Ok(out);
        }
        n => {
            answer(
                &mut out,
                "ambiguous",
                0.5,
                format!("{n} entities have had this name: check each by place or operator"),
            );
            let mut candidates = Vec::new();
            for e in &exact {
                candidates.push(matched(graph, e)?);
            }
            out["candidates"] = json!(candidates);
            return Ok(out);
        }
    }
    // No name normalizes the same: the best entity of a name search, said to be a guess.
    let mut req = SearchRequest::query(query);
    req.doc_type = Some("entity".into());
    req.per_page = 5;
    let results = index.search(&req)?;
    let mut candidates = Vec::new();
    for h in &results.hits {
        if let Some(e) = graph.entity(&h.id)? {
            if e.role != Role::Person && !candidates.iter().any(|c: &Entity| c.id == e.id) {
                candidates.push(e);
            }
        }
    }
    match candidates.first() {
        Some(e) => {
            let confidence = if results.approximate { 0.3 } else { 0.6 };
            answer(
                &mut out,
                "search",
                confidence,
                format!(
                    "no recorded name is {query:?}; the closest by name search{} is {:?}: check it is the same",
                    if results.approximate { " (spelling forgiven)" } else { "" },
                    e.current_name()
                ),
            );
            merge(&mut out, matched(graph, e)?);
        }
        None => answer(
            &mut out,
            "none",
            0.0,
            "no record found: this does not mean safe, only that no enforcement notice tadoru read names it".into(),
        ),
    }
    Ok(out)
}

fn merge(out: &mut Value, more: Value) {
    if let (Value::Object(o), Value::Object(m)) = (out, more) {
        o.extend(m);
    }
}

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
    let state = state.into_inner();
    let body = blocking(move || {
        let mut results = Vec::with_capacity(items.len());
        for item in &items {
            results.push(vet_one(&state.graph, &state.index, item)?);
        }
        Ok(json!({
            "count": results.len(),
            "results": results,
            "data_as_of": state.graph.data_as_of()?,
            "note": "a match says what tadoru's sources record; no record found does not mean safe",
        }))
    })
    .await?;
    Ok(HttpResponse::Ok().json(body))
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
