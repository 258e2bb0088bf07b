//! The stored views: entities with dated names, identifiers, status and
//! edges; notices with their subjects and source documents; documents. Every
//! fact carries the evidence (document sha256 and where in it) it came from.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tadoru_model::record::PartialDate;
use tadoru_model::{NoticeRecord, Role};

/// Where a fact came from: the archived document and the place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub sha256: String,
    pub url: String,
    /// Where in the document: `notice n-…`, `line 12`.
    pub locator: String,
}

/// A name an entity had, with the dates it is known to have held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameInterval {
    pub name: String,
    /// Other spellings of the same name (spacing, legal-form variants) seen in sources.
    #[serde(default)]
    pub variants: Vec<String>,
    /// When the name took effect, where a source says (possibly only year and month).
    pub from: Option<PartialDate>,
    /// When the name stopped being used (a rename), where a source says.
    pub to: Option<PartialDate>,
    /// Dates of the earliest and latest documents that use the name.
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    /// `corporate_number` (法人番号) or `facility_number` (施設番号).
    pub scheme: String,
    pub value: String,
    /// Invented for tadoru's demo mirror: not a real identifier.
    pub demo: bool,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Active,
    Closed,
    Deleted,
}

impl State {
    /// The state's code in pages, the API and the index.
    pub fn code(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Closed => "closed",
            State::Deleted => "deleted",
        }
    }
}

/// One dated change of status; the entity keeps them all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub state: State,
    pub since: Option<PartialDate>,
    pub cause: Option<String>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// Operator → clinic or facility.
    Operates,
    OperatedBy,
    /// Facility → clinic it processes cells for.
    ProcessesCellsFor,
    CellsProcessedBy,
    /// Dissolved corporation → successor (NTA absorption merger).
    SucceededBy,
    Succeeds,
    /// Person → the clinic, facility or operator a notice names them with
    /// (the position is in `Edge::detail`: 管理者, 理事長, 実施責任者).
    HoldsPosition,
    PositionHeldBy,
    /// Two person records printed with the same name: NOT asserted to be one
    /// person, listed so that a reader can check.
    SameNameAs,
}

impl EdgeKind {
    pub fn inverse(self) -> EdgeKind {
        match self {
            EdgeKind::Operates => EdgeKind::OperatedBy,
            EdgeKind::OperatedBy => EdgeKind::Operates,
            EdgeKind::ProcessesCellsFor => EdgeKind::CellsProcessedBy,
            EdgeKind::CellsProcessedBy => EdgeKind::ProcessesCellsFor,
            EdgeKind::SucceededBy => EdgeKind::Succeeds,
            EdgeKind::Succeeds => EdgeKind::SucceededBy,
            EdgeKind::HoldsPosition => EdgeKind::PositionHeldBy,
            EdgeKind::PositionHeldBy => EdgeKind::HoldsPosition,
            EdgeKind::SameNameAs => EdgeKind::SameNameAs,
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            EdgeKind::Operates => "operates",
            EdgeKind::OperatedBy => "operated by",
            EdgeKind::ProcessesCellsFor => "processes cells for",
            EdgeKind::CellsProcessedBy => "cells processed by",
            EdgeKind::SucceededBy => "succeeded by",
            EdgeKind::Succeeds => "successor of",
            EdgeKind::HoldsPosition => "named in a notice as",
            EdgeKind::PositionHeldBy => "people named in notices",
            EdgeKind::SameNameAs => "same printed name (not verified as one person)",
        }
    }

    pub fn ja(self) -> &'static str {
        match self {
            EdgeKind::Operates => "開設・運営",
            EdgeKind::OperatedBy => "開設者・運営法人",
            EdgeKind::ProcessesCellsFor => "細胞加工の委託元",
            EdgeKind::CellsProcessedBy => "細胞加工の委託先",
            EdgeKind::SucceededBy => "承継法人",
            EdgeKind::Succeeds => "被承継法人",
            EdgeKind::HoldsPosition => "処分等の文書上の役職",
            EdgeKind::PositionHeldBy => "処分等の文書に記載された人物",
            EdgeKind::SameNameAs => "同じ氏名の記録（同一人物とは確認していない）",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    pub kind: EdgeKind,
    pub target: String,
    /// Why tadoru drew this edge, in English and in Japanese.
    pub reason: String,
    #[serde(default)]
    pub reason_ja: String,
    pub evidence: Vec<Evidence>,
    /// The position, for `HoldsPosition`/`PositionHeldBy` (管理者 …).
    #[serde(default)]
    pub detail: Option<String>,
    /// The date of the notice that states it, where known.
    #[serde(default)]
    pub on: Option<NaiveDate>,
}

/// Why a record was linked to this entity: the explanation of resolution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub reason: String,
    #[serde(default)]
    pub reason_ja: String,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub role: Role,
    pub names: Vec<NameInterval>,
    pub en_name: Option<String>,
    /// Reading in katakana (NTA furigana), where known.
    pub furigana: Option<String>,
    pub identifiers: Vec<Identifier>,
    /// Places as sources give them (`東京都中央区`).
    pub places: Vec<String>,
    /// Full addresses (NTA), oldest first.
    pub addresses: Vec<String>,
    /// Every status change, oldest first; the last is current. Empty: active as far as known.
    pub status: Vec<StatusChange>,
    pub edges: Vec<Edge>,
    /// Notices addressed to or naming it as a party, in the order they were linked.
    pub notices: Vec<String>,
    /// Notices that only mention it (they state its rename, say): not orders against it.
    #[serde(default)]
    pub mentions: Vec<String>,
    pub links: Vec<Link>,
    /// Set when this entity turned out to be another: lookups follow it.
    pub merged_into: Option<String>,
    /// Ids of the entities merged into this one (they resolve to it).
    #[serde(default)]
    pub merged_from: Vec<String>,
    /// Curators' judgements about this entity (same / not same / renamed).
    #[serde(default)]
    pub judgements: Vec<Judgement>,
    /// Every fact about it comes from the demo mirror.
    pub demo: bool,
}

impl Entity {
    /// The name in use now: one with no end date, the latest to take effect or be seen.
    pub fn current_name(&self) -> &str {
        self.names
            .iter()
            .filter(|n| n.to.is_none())
            .max_by_key(|n| (n.from, n.last_seen))
            .or_else(|| self.names.iter().max_by_key(|n| (n.to, n.last_seen)))
            .map_or("", |n| n.name.as_str())
    }

    pub fn current_status(&self) -> Option<&StatusChange> {
        self.status.last()
    }

    pub fn is_closed(&self) -> bool {
        self.current_status()
            .is_some_and(|s| s.state != State::Active)
    }

    /// The entity this one was absorbed into (NTA absorption merger), if any.
    pub fn successor(&self) -> Option<&str> {
        self.edges
            .iter()
            .find(|e| e.kind == EdgeKind::SucceededBy)
            .map(|e| e.target.as_str())
    }

    pub fn corporate_number(&self) -> Option<&Identifier> {
        self.identifiers
            .iter()
            .find(|i| i.scheme == "corporate_number")
    }
}

/// A curator's judgement, applied from `curation.toml` through the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    /// `same`, `not_same` or `renamed`.
    pub kind: String,
    /// The other entity (same / not same), or the names (renamed: `old → new`).
    pub other: String,
    pub note: String,
    pub source: Option<String>,
    pub evidence: Evidence,
}

/// A reference from a notice to the archived document it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRef {
    pub sha256: String,
    pub url: String,
    pub fetched_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub record: NoticeRecord,
    /// Entity ids of `record.subjects`, index for index.
    pub subject_entities: Vec<String>,
    /// Every document version the notice was read from, oldest first; the
    /// record is from the last.
    pub documents: Vec<DocRef>,
    /// Set when the page answered 404/410 after it was archived.
    pub withdrawn_seen: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub sha256: String,
    pub url: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub encoding: Option<String>,
    pub fetched_at: DateTime<Utc>,
    pub len: u64,
    pub page: String,
    pub demo: bool,
}
