//! JSON views of the API v1, kept apart from the stored models (as crates.io's
//! `EncodableCrate`): one `#[derive(Serialize, ToSchema)]` struct per answer
//! and per part of one, so the answer and its schema in the OpenAPI document
//! (`crate::openapi`) come from the same type. Field names are snake_case
//! English, Japanese values stay Japanese, and English renderings sit beside
//! them (`kind_en`, `title_en`). A field shown as null when unknown is an
//! `Option`; a field that only some answers carry is skipped when `None`
//! (`Option<Option<_>>` where it is then present but may be null).
//!
//! Answers are written with their keys in sorted order ([`json`], [`line`]),
//! as API v1 has always written them, so that the same record gives the same
//! bytes in the API, in an NDJSON download and in a snapshot.

pub mod entity;
pub mod follow;
pub mod notice;
pub mod schema;
pub mod search;
pub mod vet;

use actix_web::HttpResponse;
use serde::Serialize;
use tadoru_graph::{Entity, Evidence, Graph, State};
use tadoru_model::{NoticeKind, Role};
use utoipa::ToSchema;

use crate::error::WebError;

pub use entity::{EntityView, entity};
pub use notice::{NoticeBrief, NoticeView, notice, notice_brief};

pub fn kind_en(code: &str) -> String {
    NoticeKind::from_code(code)
        .map(|k| k.en().to_string())
        .or_else(|| Role::from_code(code).map(|r| r.en().to_string()))
        .unwrap_or_default()
}

pub fn kind_ja(code: &str) -> String {
    NoticeKind::from_code(code)
        .map(|k| k.ja().to_string())
        .or_else(|| Role::from_code(code).map(|r| r.ja().to_string()))
        .unwrap_or_default()
}

pub fn state_code(s: State) -> &'static str {
    s.code()
}

/// A view as a JSON value, its keys sorted at every level.
pub fn to_value<T: Serialize>(view: &T) -> serde_json::Value {
    // Views hold strings, numbers, dates and nested views, all of which
    // serialize; `Null` only if one ever does not.
    serde_json::to_value(view).unwrap_or(serde_json::Value::Null)
}

/// A `200 OK` JSON answer of a view.
pub fn json<T: Serialize>(view: &T) -> HttpResponse {
    HttpResponse::Ok().json(to_value(view))
}

/// A view as one NDJSON line, newline included.
pub fn line<T: Serialize>(view: &T) -> Vec<u8> {
    let mut out = to_value(view).to_string().into_bytes();
    out.push(b'\n');
    out
}

/// A refused or failed request. 4xx: something in the request was wrong (the
/// message says what); 503 busy: retry after the Retry-After seconds.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    /// A stable snake_case code.
    #[schema(schema_with = schema::error_code)]
    pub error: String,
    /// What was wrong, in English.
    pub message: String,
}

/// Where a fact came from: the archived document (sha256 of the exact bytes
/// fetched) and the place in it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Evidence)]
pub struct EvidenceView {
    /// Lowercase hex sha256 of the archived bytes.
    pub sha256: String,
    /// The address the document was fetched from.
    pub url: String,
    /// Where in the document (`notice n-…`, `line 12`).
    pub locator: String,
    /// The archived bytes: `/api/v1/documents/{sha256}`.
    pub archived_url: String,
}

impl From<&Evidence> for EvidenceView {
    fn from(e: &Evidence) -> Self {
        EvidenceView {
            sha256: e.sha256.clone(),
            url: e.url.clone(),
            locator: e.locator.clone(),
            archived_url: format!("/api/v1/documents/{}", e.sha256),
        }
    }
}

pub(crate) fn evidence(ev: &[Evidence]) -> Vec<EvidenceView> {
    ev.iter().map(EvidenceView::from).collect()
}

/// lookup: listed as the successor of an entity the name matched.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Via {
    pub successor_of: String,
}

/// An entity, briefly.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EntityBrief {
    /// `e-…`; the same id as the entity page `/entities/{id}`.
    pub id: String,
    pub current_name: String,
    /// Every name it has had, current and former.
    pub names: Vec<String>,
    /// clinic, cell processing facility, operator (legal entity) or person (as printed in a notice).
    #[schema(schema_with = schema::role)]
    pub role: &'static str,
    pub role_en: &'static str,
    /// `active` means no closure on record.
    #[schema(schema_with = schema::state)]
    pub status: &'static str,
    /// Every fact about it comes from tadoru's demo mirror.
    pub demo: bool,
    /// lookup: the corporation an absorbed one is now part of.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(no_recursion)]
    pub now_part_of: Option<Box<EntityBrief>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
}

/// The short form of an entity used in lists.
pub fn entity_brief(e: &Entity) -> EntityBrief {
    EntityBrief {
        id: e.id.clone(),
        current_name: e.current_name().to_string(),
        names: e.names.iter().map(|n| n.name.clone()).collect(),
        role: e.role.code(),
        role_en: e.role.en(),
        status: e.current_status().map_or("active", |s| state_code(s.state)),
        demo: e.demo,
        now_part_of: None,
        via: None,
    }
}

/// The current name of the corporation that absorbed `e` (following chains), if one did.
pub fn successor_name(graph: &Graph, e: &Entity) -> Result<Option<String>, WebError> {
    if e.successor().is_none() {
        return Ok(None);
    }
    Ok(graph.successor_of(e)?.map(|s| s.current_name().to_string()))
}
