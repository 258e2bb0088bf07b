//! An entity's whole record (`GET /api/v1/entities/{id}`): dated names,
//! identifiers, status and its history, edges with the reason for each,
//! notices, the evidence of every fact, and the entity at a glance.

use chrono::NaiveDate;
use serde::Serialize;
use tadoru_graph::{Entity, Graph};
use tadoru_model::record::PartialDate;
use utoipa::ToSchema;

use super::{EntityBrief, EvidenceView, NoticeBrief, entity_brief, evidence, notice_brief, schema};
use crate::error::WebError;
use crate::glance::Summary;

/// A name it had, with the dates it is known to have held.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = EntityName)]
pub struct NameView {
    pub name: String,
    /// Other spellings seen in sources.
    pub variants: Vec<String>,
    #[schema(schema_with = schema::partial_date)]
    pub from: Option<PartialDate>,
    #[schema(schema_with = schema::partial_date)]
    pub to: Option<PartialDate>,
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    pub evidence: Vec<EvidenceView>,
}

/// A corporate number (法人番号) or facility number (施設番号).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Identifier)]
pub struct IdentifierView {
    #[schema(schema_with = schema::identifier_scheme)]
    pub scheme: String,
    pub value: String,
    /// Invented for the demo mirror: not a real identifier.
    pub demo: bool,
    pub evidence: Vec<EvidenceView>,
}

/// The entity's state now.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Status)]
pub struct StatusView {
    #[schema(schema_with = schema::state)]
    pub state: &'static str,
    #[schema(schema_with = schema::partial_date)]
    pub since: Option<PartialDate>,
    pub cause: Option<String>,
}

/// A change of state, with its evidence.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = StatusChange)]
pub struct StatusChangeView {
    #[schema(schema_with = schema::state)]
    pub state: &'static str,
    #[schema(schema_with = schema::partial_date)]
    pub since: Option<PartialDate>,
    pub cause: Option<String>,
    pub evidence: Vec<EvidenceView>,
}

/// A curator's judgement.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Judgement)]
pub struct JudgementView {
    #[schema(schema_with = schema::judgement_kind)]
    pub kind: String,
    pub other: String,
    pub note: String,
    pub source: Option<String>,
    pub evidence: Vec<EvidenceView>,
}

/// The other end of an edge: briefly, or only its id when it is no longer
/// in the graph.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(untagged)]
pub enum EdgeTarget {
    Known(EntityBrief),
    Missing { id: String },
}

/// A dated, explained link to another entity.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Edge)]
pub struct EdgeView {
    #[schema(schema_with = schema::edge_kind)]
    pub kind: tadoru_graph::EdgeKind,
    pub kind_en: &'static str,
    pub kind_ja: &'static str,
    /// The position, for holds_position / position_held_by.
    pub detail: Option<String>,
    pub on: Option<NaiveDate>,
    pub target: EdgeTarget,
    pub reason: String,
    pub reason_ja: String,
    pub evidence: Vec<EvidenceView>,
}

/// Why a record was linked to this entity.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Link)]
pub struct LinkView {
    pub reason: String,
    pub reason_ja: String,
    pub evidence: Vec<EvidenceView>,
}

/// A clinic, cell processing facility, operator or person with its whole record.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Entity)]
pub struct EntityView {
    pub id: String,
    #[schema(schema_with = schema::role)]
    pub role: &'static str,
    pub role_en: &'static str,
    pub current_name: String,
    pub en_name: Option<String>,
    /// Reading in katakana (NTA), where known.
    pub furigana: Option<String>,
    pub names: Vec<NameView>,
    pub identifiers: Vec<IdentifierView>,
    pub status: StatusView,
    pub status_history: Vec<StatusChangeView>,
    pub places: Vec<String>,
    pub addresses: Vec<String>,
    pub now_part_of: Option<EntityBrief>,
    pub judgements: Vec<JudgementView>,
    pub edges: Vec<EdgeView>,
    /// Notices addressed to it or naming it as a party.
    pub notices: Vec<NoticeBrief>,
    /// Notices that only mention it.
    pub mentioned_in: Vec<NoticeBrief>,
    pub links: Vec<LinkView>,
    pub demo: bool,
    /// The entity at a glance: orders and whether each is still in force as
    /// far as the sources say, closure, renames, operator, and the facilities
    /// or clinics linked by cell processing.
    pub summary: Summary,
}

pub fn entity(graph: &Graph, e: &Entity) -> Result<EntityView, WebError> {
    let mut edges = Vec::with_capacity(e.edges.len());
    for edge in &e.edges {
        let target = match graph.entity(&edge.target)? {
            Some(t) => EdgeTarget::Known(entity_brief(&t)),
            None => EdgeTarget::Missing {
                id: edge.target.clone(),
            },
        };
        edges.push(EdgeView {
            kind: edge.kind,
            kind_en: edge.kind.en(),
            kind_ja: edge.kind.ja(),
            detail: edge.detail.clone(),
            on: edge.on,
            target,
            reason: edge.reason.clone(),
            reason_ja: edge.reason_ja.clone(),
            evidence: evidence(&edge.evidence),
        });
    }
    let notice_records = graph.notices_of(e)?;
    let summary = crate::glance::summary(graph, e, &notice_records)?;
    let status = e.current_status();
    Ok(EntityView {
        id: e.id.clone(),
        role: e.role.code(),
        role_en: e.role.en(),
        current_name: e.current_name().to_string(),
        en_name: e.en_name.clone(),
        furigana: e.furigana.clone(),
        names: e
            .names
            .iter()
            .map(|n| NameView {
                name: n.name.clone(),
                variants: n.variants.clone(),
                from: n.from,
                to: n.to,
                first_seen: n.first_seen,
                last_seen: n.last_seen,
                evidence: evidence(&n.evidence),
            })
            .collect(),
        identifiers: e
            .identifiers
            .iter()
            .map(|i| IdentifierView {
                scheme: i.scheme.clone(),
                value: i.value.clone(),
                demo: i.demo,
                evidence: evidence(&i.evidence),
            })
            .collect(),
        status: StatusView {
            state: status.map_or("active", |s| super::state_code(s.state)),
            since: status.and_then(|s| s.since),
            cause: status.and_then(|s| s.cause.clone()),
        },
        status_history: e
            .status
            .iter()
            .map(|s| StatusChangeView {
                state: super::state_code(s.state),
                since: s.since,
                cause: s.cause.clone(),
                evidence: evidence(&s.evidence),
            })
            .collect(),
        places: e.places.clone(),
        addresses: e.addresses.clone(),
        now_part_of: graph.successor_of(e)?.as_ref().map(entity_brief),
        judgements: e
            .judgements
            .iter()
            .map(|j| JudgementView {
                kind: j.kind.clone(),
                other: j.other.clone(),
                note: j.note.clone(),
                source: j.source.clone(),
                evidence: evidence(std::slice::from_ref(&j.evidence)),
            })
            .collect(),
        edges,
        notices: notice_records.iter().map(notice_brief).collect(),
        mentioned_in: graph.mentions_of(e)?.iter().map(notice_brief).collect(),
        links: e
            .links
            .iter()
            .map(|l| LinkView {
                reason: l.reason.clone(),
                reason_ja: l.reason_ja.clone(),
                evidence: evidence(std::slice::from_ref(&l.evidence)),
            })
            .collect(),
        demo: e.demo,
        summary,
    })
}
