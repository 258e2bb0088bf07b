//! A page of search hits with facet counts (`GET /api/v1/search`), one hit
//! (the same struct is each line of an NDJSON download and, flattened, each
//! CSV row), and the entities a name looks up to (`GET /api/v1/lookup`).

use serde::Serialize;
use utoipa::ToSchema;

use super::{EntityBrief, schema};
use crate::glance::Glance;
use crate::permalink::Base;

/// A notice or an entity. Notices carry `issued_on` and `parties`; entities
/// carry `names`, `status`, `romaji`, `name_en` and `summary`.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = SearchHit)]
pub struct Hit {
    #[serde(rename = "type")]
    #[schema(schema_with = schema::record_type)]
    pub doc_type: String,
    pub id: String,
    pub title: String,
    /// A notice's kind or an entity's role.
    #[schema(schema_with = schema::kind_or_role)]
    pub kind: String,
    pub kind_en: String,
    /// HTML: the matched words in <b>, everything else escaped.
    pub snippet: String,
    pub score: f32,
    /// The page of the hit on this site.
    pub url: String,
    /// Notices: the date of issue (null where the notice gives none).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub issued_on: Option<Option<String>>,
    /// Notices: whom the notice is addressed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parties: Option<Vec<String>>,
    /// Entities: every name it has had.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::state)]
    pub status: Option<String>,
    /// Entities: the current name in romaji, made automatically (a reading
    /// for search, not an official or verified one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub romaji: Option<String>,
    /// Entities: the official English name where one is recorded (NTA
    /// 英語表記), else an automatic English rendering (none for a person);
    /// `name_en_source` says which.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub name_en: Option<Option<String>>,
    /// `official` or `automatic`, where there is a `name_en`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::name_en_source)]
    pub name_en_source: Option<&'static str>,
    /// Entities: the entity at a glance, short (state, orders, former names).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Glance>,
}

/// The columns of a search download, one per field of [`Hit::csv_row`].
pub const CSV_COLUMNS: [&str; 11] = [
    "type",
    "id",
    "title",
    "kind",
    "kind_en",
    "issued_on",
    "parties",
    "status",
    "names",
    "url",
    "api_url",
];

impl Hit {
    /// The hit as a CSV row (lists joined with `|`, addresses absolute).
    pub fn csv_row(&self, base: &Base) -> Vec<String> {
        let api = if self.doc_type == "notice" {
            format!("/api/v1/notices/{}", self.id)
        } else {
            format!("/api/v1/entities/{}", self.id)
        };
        let list = |l: &Option<Vec<String>>| l.as_deref().unwrap_or_default().join("|");
        vec![
            self.doc_type.clone(),
            self.id.clone(),
            self.title.clone(),
            self.kind.clone(),
            self.kind_en.clone(),
            self.issued_on.clone().flatten().unwrap_or_default(),
            list(&self.parties),
            self.status.clone().unwrap_or_default(),
            list(&self.names),
            base.join(&self.url),
            base.join(&api),
        ]
    }
}

/// A facet value and the hits that have it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// A kind or role facet value, with its names.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct KindFacet {
    pub value: String,
    pub count: u64,
    pub label_en: String,
    pub label_ja: String,
}

/// A place facet value.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlaceFacet {
    pub value: String,
    pub count: u64,
    /// The place in romaji.
    pub label_en: Option<String>,
}

/// Facet counts over every hit, not only this page's.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Facets {
    pub kind: Vec<KindFacet>,
    pub year: Vec<FacetCount>,
    #[serde(rename = "type")]
    pub doc_type: Vec<FacetCount>,
    pub place: Vec<PlaceFacet>,
}

/// A page of search hits with facet counts.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchResults {
    pub query: String,
    /// Hits in all, over every page.
    pub total: usize,
    #[schema(minimum = 1)]
    pub page: usize,
    #[schema(minimum = 1)]
    pub per_page: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Nothing matched as typed: these hits forgive spelling.
    pub approximate: bool,
    /// When nothing matched: names of entities close to the query.
    pub suggestions: Vec<String>,
    pub demo: bool,
}

/// Entities that have had a name.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Lookup {
    pub name: String,
    /// `exact`: a current or former name normalizes the same; `search`: none
    /// does, these are the best of a name search.
    #[serde(rename = "match")]
    #[schema(schema_with = schema::lookup_match)]
    pub matched: &'static str,
    pub entities: Vec<EntityBrief>,
}
