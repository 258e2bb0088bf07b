//! What a follower reads: a page of changes (`GET /api/v1/changes`), and an
//! entity's notices as downloaded (`/entities/{id}.ndjson`, and the same
//! struct flattened into each row of `/entities/{id}.csv`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use tadoru_graph::Notice;
use tadoru_model::Role;
use utoipa::ToSchema;

use super::{NoticeBrief, notice_brief, schema};
use crate::glance::NamedEntity;
use crate::permalink::Base;

/// A notice or entity added or changed. Notices carry `title`, `kind`,
/// `kind_en`, `issued_on`; entities `current_name`, `role` and, once merged,
/// `merged_into`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Change {
    /// The statement log position of the change.
    pub seq: u64,
    #[serde(rename = "type")]
    #[schema(schema_with = schema::record_type)]
    pub record_type: &'static str,
    pub id: String,
    pub recorded_at: DateTime<Utc>,
    /// The record in the API, as a path (`/api/v1/notices/n-…`).
    pub url: String,
    /// The record's page, as a path (`/notices/n-…`).
    pub page_url: String,
    /// The record in the API, absolute: from the site's public address
    /// (`--public-url`), else the request's host.
    pub api_url: String,
    /// The record's page, absolute.
    pub permalink: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::kind)]
    pub kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind_en: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub issued_on: Option<Option<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::role)]
    pub role: Option<&'static str>,
    /// The entity it was merged into: its id now answers with that one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<String>,
}

/// A page of changes, oldest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Changes {
    /// The cursor this page starts after (null: from the start).
    pub since: Option<String>,
    pub changes: Vec<Change>,
    /// Pass back as `since` for the next page.
    pub next: String,
    /// There is a next page now.
    pub more: bool,
    /// When the registry last changed.
    pub data_as_of: Option<DateTime<Utc>>,
}

/// A version of a notice's source document, as a download lists it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentRef {
    pub sha256: String,
    pub url: String,
    pub fetched_at: DateTime<Utc>,
}

/// One of an entity's notices, as a line of its download.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeLine {
    #[serde(flatten)]
    pub notice: NoticeBrief,
    pub entity_id: String,
    /// `addressed` (to it or naming it as a party), `mentioned`, or
    /// `inherited` (addressed to a corporation it absorbed: see `through`).
    pub relation: &'static str,
    /// For `inherited`: the absorbed corporation the notice is addressed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub through: Option<NamedEntity>,
    /// Whom the notice is addressed to (operators aside).
    pub parties: Vec<String>,
    pub documents: Vec<DocumentRef>,
    /// The notice's page, absolute.
    pub url: String,
}

/// The columns of an entity's notices download, one per field of
/// [`NoticeLine::csv_row`].
pub const NOTICE_CSV_COLUMNS: [&str; 14] = [
    "entity_id",
    "relation",
    "notice_id",
    "issued_on",
    "kind",
    "kind_en",
    "title",
    "title_en",
    "authority",
    "parties",
    "source_sha256",
    "url",
    "through_entity_id",
    "through_name",
];

impl NoticeLine {
    pub fn new(entity_id: &str, relation: &'static str, n: &Notice, base: &Base) -> NoticeLine {
        NoticeLine {
            notice: notice_brief(n),
            entity_id: entity_id.to_string(),
            relation,
            through: None,
            parties: n
                .record
                .subjects
                .iter()
                .filter(|s| s.role != Role::Operator)
                .map(|s| s.name.clone())
                .collect(),
            documents: n
                .documents
                .iter()
                .map(|d| DocumentRef {
                    sha256: d.sha256.clone(),
                    url: d.url.clone(),
                    fetched_at: d.fetched_at,
                })
                .collect(),
            url: base.join(&format!("/notices/{}", n.id)),
        }
    }

    /// The line as a CSV row (lists joined with `|`).
    pub fn csv_row(&self) -> Vec<String> {
        let n = &self.notice;
        vec![
            self.entity_id.clone(),
            self.relation.to_string(),
            n.id.clone(),
            n.issued_on.map(|d| d.to_string()).unwrap_or_default(),
            n.kind.to_string(),
            n.kind_en.to_string(),
            n.title.clone(),
            n.title_en.clone(),
            n.authority.clone(),
            self.parties.join("|"),
            self.documents
                .iter()
                .map(|d| d.sha256.as_str())
                .collect::<Vec<_>>()
                .join("|"),
            self.url.clone(),
            self.through
                .as_ref()
                .map(|t| t.id.clone())
                .unwrap_or_default(),
            self.through
                .as_ref()
                .map(|t| t.current_name.clone())
                .unwrap_or_default(),
        ]
    }

    /// A notice addressed to `through`, a corporation the entity absorbed.
    pub fn inherited(entity_id: &str, through: NamedEntity, n: &Notice, base: &Base) -> NoticeLine {
        NoticeLine {
            through: Some(through),
            ..NoticeLine::new(entity_id, "inherited", n, base)
        }
    }
}
