//! Vetting answers (`POST /api/v1/vet`: each item with the entity it
//! matched, how, how surely, and its status and orders) and the OpenRefine
//! reconciliation service's answers (Reconciliation API 0.2: the manifest
//! and the candidates of each query, field names as that API spells them).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tadoru_model::record::PartialDate;
use utoipa::ToSchema;

use super::{EntityBrief, schema};
use crate::glance::{InheritedOrder, OrderRef};

/// A matched entity's status and orders.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VetMatch {
    pub entity: EntityBrief,
    /// The entity's page on this site, as a path (`/entities/e-…`).
    pub url: String,
    /// The entity's page, absolute: from the site's public address
    /// (`--public-url`), else the request's host.
    pub permalink: String,
    /// The entity's record in the API (`GET /api/v1/entities/{id}`), absolute.
    pub api_url: String,
    #[schema(schema_with = schema::state)]
    pub status: &'static str,
    /// Since when it is closed, where a source says.
    #[schema(schema_with = schema::partial_date)]
    pub closed_on: Option<PartialDate>,
    /// Orders against it, newest first.
    pub orders: Vec<OrderRef>,
    /// Orders against the corporations it absorbed, newest first, each with
    /// the corporation it was against (not counted in `orders`).
    pub inherited_orders: Vec<InheritedOrder>,
    /// The corporation an absorbed one is now part of.
    pub now_part_of: Option<EntityBrief>,
}

/// One item answered. A single match carries the entity's fields
/// (`entity`, `url`, `permalink`, `api_url`, `status`, `closed_on`,
/// `orders`, `inherited_orders`, `now_part_of`); an
/// ambiguous one lists `candidates`; no match carries neither.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VetResult {
    /// The item as sent, trimmed.
    pub query: String,
    /// How it matched: a recorded corporate number, one entity's name,
    /// several entities' name, only a name search, or nothing.
    #[serde(rename = "match")]
    #[schema(schema_with = schema::vet_match)]
    pub how: &'static str,
    /// From 0 to 1.
    #[schema(minimum = 0, maximum = 1)]
    pub confidence: f64,
    /// Why, in English.
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<VetMatch>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityBrief>,
    /// The entity's page, as a path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The entity's page, absolute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permalink: Option<String>,
    /// The entity's record in the API, absolute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::state)]
    pub status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::partial_date)]
    pub closed_on: Option<Option<PartialDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub orders: Option<Vec<OrderRef>>,
    /// Orders against the corporations it absorbed (not against it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_orders: Option<Vec<InheritedOrder>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<EntityBrief>)]
    pub now_part_of: Option<Option<EntityBrief>>,
}

impl VetResult {
    /// An item answered with no entity of its own (none, or several).
    pub fn new(query: &str, how: &'static str, confidence: f64, reason: String) -> VetResult {
        VetResult {
            query: query.to_string(),
            how,
            confidence,
            reason,
            candidates: None,
            entity: None,
            url: None,
            permalink: None,
            api_url: None,
            status: None,
            closed_on: None,
            orders: None,
            inherited_orders: None,
            now_part_of: None,
        }
    }

    /// The item answered with one entity.
    pub fn with_match(mut self, m: VetMatch) -> VetResult {
        self.entity = Some(m.entity);
        self.url = Some(m.url);
        self.permalink = Some(m.permalink);
        self.api_url = Some(m.api_url);
        self.status = Some(m.status);
        self.closed_on = Some(m.closed_on);
        self.orders = Some(m.orders);
        self.inherited_orders = Some(m.inherited_orders);
        self.now_part_of = Some(m.now_part_of);
        self
    }
}

/// Every item answered.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VetResponse {
    pub count: usize,
    pub results: Vec<VetResult>,
    /// When the registry last changed.
    pub data_as_of: Option<DateTime<Utc>>,
    pub note: &'static str,
}

/// A type of entity, as the Reconciliation API names one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReconcileType {
    #[schema(schema_with = schema::role)]
    pub id: &'static str,
    pub name: &'static str,
}

/// Where an entity's page is.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReconcileView {
    /// `{{id}}` stands for an entity id.
    pub url: String,
}

/// The service manifest (Reconciliation API 0.2).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReconcileManifest {
    pub versions: Vec<&'static str>,
    pub name: &'static str,
    pub identifier_space: String,
    pub schema_space: String,
    pub default_types: Vec<ReconcileType>,
    pub view: ReconcileView,
    pub documentation: String,
}

/// A candidate of a query.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReconcileCandidate {
    /// The entity id (`e-…`).
    pub id: String,
    /// Its current name.
    pub name: String,
    #[schema(minimum = 0, maximum = 100)]
    pub score: f64,
    /// True for a recorded corporate number, or a name only one entity has had.
    #[serde(rename = "match")]
    pub sure: bool,
    #[serde(rename = "type")]
    pub types: Vec<ReconcileType>,
    pub description: String,
}

/// The candidates of one query, best first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReconcileAnswer {
    pub result: Vec<ReconcileCandidate>,
}

/// For each query key, its candidates, best first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReconcileResults(pub BTreeMap<String, ReconcileAnswer>);

/// What `GET` or `POST /reconcile` answers: the service manifest when no
/// queries were sent, else the candidates of each query.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ReconcileAnswerBody {
    Manifest(ReconcileManifest),
    Results(ReconcileResults),
}
