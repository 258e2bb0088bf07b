//! What a search hit shows of an entity (its [`Card`]), made from the graph
//! when the entity is indexed and kept in the index, so that a search
//! answers without reading the graph.
//!
//! Nothing here is inferred beyond what the sources say: an order's period
//! is read only where a notice states one (「…から…までの間」), and an order
//! is lifted only where a later notice against the same entity says so
//! (解除).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tadoru_graph::{EdgeKind, Entity, Graph, Notice, State};
use tadoru_model::NoticeKind;
use tadoru_model::record::PartialDate;
use unicode_normalization::UnicodeNormalization;
use utoipa::ToSchema;

use crate::IndexingError;

/// Another entity, by name, as a search hit shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NamedEntity {
    pub id: String,
    pub current_name: String,
}

/// A few related entities and how many there are in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FewRelated {
    /// How many there are.
    pub count: usize,
    /// The first few of them (at most 3).
    pub entities: Vec<NamedEntity>,
}

/// How many related entities a search hit names; the rest are counted.
pub const HIT_RELATED: usize = 3;

/// What a card keeps of one order: enough to say at any later date whether
/// the sources put it in force (a stated period ends by itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardOrder {
    pub kind: NoticeKind,
    pub issued_on: Option<NaiveDate>,
    /// The last day of the period the notice states, if it states one.
    pub until: Option<NaiveDate>,
    /// A later notice against the entity says it was lifted.
    pub lifted: bool,
}

/// What a search hit shows of an entity: made when the entity is indexed
/// (every change to an entity, or to the name of one it is linked to,
/// re-indexes it) and stored in the index, so a search answers without
/// reading the graph. Whether an order is in force is worked out from it
/// when the hit is shown (in web: `glance::of_card`), since a stated period ends
/// without any new statement.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Card {
    pub names: Vec<String>,
    pub status: String,
    pub romaji: String,
    pub name_en: Option<String>,
    pub state: String,
    pub closed_on: Option<PartialDate>,
    /// Every order, newest first (undated ones last).
    pub orders: Vec<CardOrder>,
    pub former_names: usize,
    pub now_part_of: Option<String>,
    /// The successor's id with its name (cards made before it have none).
    #[serde(default)]
    pub now_part_of_entity: Option<NamedEntity>,
    /// `name_en` is the entity's official English name (NTA 英語表記), not
    /// an automatic rendering.
    #[serde(default)]
    pub name_en_official: bool,
    /// A person named in notices: no reading of the name is shown.
    #[serde(default)]
    pub person: bool,
    /// The corporations it absorbed, each with the orders against it.
    #[serde(default)]
    pub absorbed: Vec<AbsorbedCard>,
    pub operators: FewRelated,
    pub operates: FewRelated,
    pub cells_processed_by: FewRelated,
    pub processes_cells_for: FewRelated,
}

/// What a card keeps of a corporation its entity absorbed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsorbedCard {
    pub id: String,
    pub current_name: String,
    /// Every order against it, newest first.
    pub orders: Vec<CardOrder>,
}

/// What the card of an entity needs of one of its notices: its kind and
/// date, the period it states, and the kinds of order it says were lifted.
#[derive(Debug, Clone)]
pub struct NoticeFacts {
    pub id: String,
    pub kind: NoticeKind,
    pub issued_on: Option<NaiveDate>,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub lifts: Vec<NoticeKind>,
}

impl NoticeFacts {
    pub fn of(n: &Notice) -> NoticeFacts {
        let text = &n.record.text;
        NoticeFacts {
            id: n.id.clone(),
            kind: n.record.kind,
            issued_on: n.record.issued_on,
            period: if is_order(n.record.kind) {
                stated_period(text)
            } else {
                None
            },
            lifts: [
                NoticeKind::EmergencyOrder,
                NoticeKind::ImprovementOrder,
                NoticeKind::SuspensionOrder,
            ]
            .into_iter()
            .filter(|k| lifts(text, *k))
            .collect(),
        }
    }
}

/// The entities linked to a card's entity, each by one edge kind.
#[derive(Debug, Clone, Default)]
pub struct CardLinks {
    pub operators: FewRelated,
    pub operates: FewRelated,
    pub cells_processed_by: FewRelated,
    pub processes_cells_for: FewRelated,
}

/// The entities `e` links to, a few of each kind by name: `named` gives an
/// entity id's survivor (following merges) and its current name.
pub fn card_links(e: &Entity, named: &mut dyn FnMut(&str) -> Option<NamedEntity>) -> CardLinks {
    let mut few = |kind: EdgeKind| {
        let mut seen: Vec<String> = Vec::new();
        let mut out = FewRelated::default();
        for edge in e.edges.iter().filter(|x| x.kind == kind) {
            // Two edges to entities since merged into one count once.
            let Some(t) = named(&edge.target) else {
                continue;
            };
            if seen.contains(&t.id) {
                continue;
            }
            seen.push(t.id.clone());
            out.count += 1;
            if out.entities.len() < HIT_RELATED {
                out.entities.push(t);
            }
        }
        out
    };
    CardLinks {
        operators: few(EdgeKind::OperatedBy),
        operates: few(EdgeKind::Operates),
        cells_processed_by: few(EdgeKind::CellsProcessedBy),
        processes_cells_for: few(EdgeKind::ProcessesCellsFor),
    }
}

/// Each order among `notices`, with the period it states and whether a
/// later one of them lifts it, newest first (undated ones last).
fn card_orders(notices: &[NoticeFacts]) -> Vec<CardOrder> {
    let mut orders: Vec<CardOrder> = notices
        .iter()
        .filter(|n| is_order(n.kind))
        .map(|n| CardOrder {
            kind: n.kind,
            issued_on: n.issued_on,
            until: n.period.map(|(_, until)| until),
            // As [`lifted_by`]: a later notice about the same entity.
            lifted: notices
                .iter()
                .any(|m| m.id != n.id && m.issued_on > n.issued_on && m.lifts.contains(&n.kind)),
        })
        .collect();
    // Newest first; `None` sorts below every date.
    orders.sort_by_key(|o| std::cmp::Reverse(o.issued_on));
    orders
}

/// What a card shows of the entity's absorption mergers: the corporation
/// that absorbed it, and those it absorbed with their orders.
#[derive(Debug, Clone, Default)]
pub struct CardFamily {
    pub now_part_of: Option<NamedEntity>,
    pub absorbed: Vec<AbsorbedCard>,
}

/// The corporations `e` absorbed (its `Succeeds` edges, as the entity
/// page's `absorbed`), each with its orders: `entity` reads one by id
/// (following merges), `facts` one of its notices.
pub fn absorbed_cards(
    e: &Entity,
    entity: &dyn Fn(&str) -> Option<Entity>,
    facts: &dyn Fn(&str) -> Option<NoticeFacts>,
) -> Vec<AbsorbedCard> {
    let mut out: Vec<AbsorbedCard> = Vec::new();
    for edge in e.edges.iter().filter(|x| x.kind == EdgeKind::Succeeds) {
        let Some(a) = entity(&edge.target) else {
            continue;
        };
        if a.id == e.id || out.iter().any(|x| x.id == a.id) {
            continue;
        }
        let notices: Vec<NoticeFacts> = a.notices.iter().filter_map(|id| facts(id)).collect();
        out.push(AbsorbedCard {
            current_name: a.current_name().to_string(),
            id: a.id.clone(),
            orders: card_orders(&notices),
        });
    }
    out
}

/// The card of `e`, from the facts of each of its notices, the entities it
/// links to and its absorption mergers.
pub fn card(e: &Entity, notices: &[NoticeFacts], links: CardLinks, family: CardFamily) -> Card {
    let current = e.current_name();
    let orders = card_orders(notices);
    let (state, closed_on, _) = state_of(e);
    let person = e.role == tadoru_crawler::Role::Person;
    // The official English name where the NTA records one; otherwise an
    // automatic rendering, never for a person's name.
    let (name_en, name_en_official) = match &e.en_name {
        Some(en) if !en.trim().is_empty() => (Some(en.clone()), true),
        _ if person => (None, false),
        _ => (tadoru_index::romanize::english(current), false),
    };
    Card {
        names: e.names.iter().map(|n| n.name.clone()).collect(),
        status: e
            .current_status()
            .map_or("active", |s| s.state.code())
            .to_string(),
        romaji: tadoru_index::romanize::romaji(current),
        name_en,
        state: state.to_string(),
        closed_on,
        orders,
        former_names: e.names.iter().filter(|n| n.name != current).count(),
        now_part_of: family.now_part_of.as_ref().map(|s| s.current_name.clone()),
        now_part_of_entity: family.now_part_of,
        name_en_official,
        person,
        absorbed: family.absorbed,
        operators: links.operators,
        operates: links.operates,
        cells_processed_by: links.cells_processed_by,
        processes_cells_for: links.processes_cells_for,
    }
}

/// The successor of `e` by absorption (following chains), by id and name.
pub fn successor_named(graph: &Graph, e: &Entity) -> Result<Option<NamedEntity>, IndexingError> {
    if e.successor().is_none() {
        return Ok(None);
    }
    Ok(graph.successor_of(e)?.map(|s| NamedEntity {
        current_name: s.current_name().to_string(),
        id: s.id,
    }))
}

/// What the card of `e` shows of its absorption mergers, read from the graph.
pub fn family_from_graph(graph: &Graph, e: &Entity) -> Result<CardFamily, IndexingError> {
    let facts = |id: &str| graph.notice(id).ok().flatten().map(|n| NoticeFacts::of(&n));
    let entity = |id: &str| graph.entity(id).ok().flatten();
    Ok(CardFamily {
        now_part_of: successor_named(graph, e)?,
        absorbed: absorbed_cards(e, &entity, &facts),
    })
}

/// The card of `e` read from the graph (the index stores one per entity:
/// this is for an entity the index holds none for, and for feeds).
pub fn card_from_graph(graph: &Graph, e: &Entity) -> Result<Card, IndexingError> {
    let notices: Vec<NoticeFacts> = graph.notices_of(e)?.iter().map(NoticeFacts::of).collect();
    let links = card_links(e, &mut |id| named_entity(graph, id).ok().flatten());
    Ok(card(e, &notices, links, family_from_graph(graph, e)?))
}

/// An entity id's survivor (following merges) and its current name, from
/// the entity's small fields only.
pub fn named_entity(graph: &Graph, id: &str) -> Result<Option<NamedEntity>, IndexingError> {
    Ok(graph.entity_core(id)?.map(|t| NamedEntity {
        current_name: t.current_name().to_string(),
        id: t.id,
    }))
}

pub fn is_order(k: NoticeKind) -> bool {
    !matches!(
        k,
        NoticeKind::ClosureFiling | NoticeKind::DiscontinuationFiling
    )
}

/// The period a notice states for its order: 「令和7年3月1日から令和7年5月31日までの間」.
/// Only a date followed by から/より and then a date followed by まで counts,
/// so a deadline (「…までに報告」 with no start) is not read as a period.
pub fn stated_period(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let norm: String = text.nfkc().collect();
    let dates = tadoru_crawler::wareki::find_dates(&norm);
    dates.windows(2).find_map(|w| {
        let between = norm.get(w[0].end..w[1].start)?.trim();
        let after = norm.get(w[1].end..)?;
        let joined = between == "から" || between == "より";
        (joined && after.starts_with("まで") && w[0].date <= w[1].date)
            .then_some((w[0].date, w[1].date))
    })
}

/// The words that name an order of `kind` in a notice lifting it.
fn lifting_words(kind: NoticeKind) -> &'static [&'static str] {
    match kind {
        NoticeKind::EmergencyOrder => &["緊急命令", "一時停止"],
        NoticeKind::ImprovementOrder => &["改善命令"],
        NoticeKind::SuspensionOrder => &["停止命令", "業務の停止", "業務停止"],
        _ => &[],
    }
}

/// Whether a notice's text says that an order of `kind` was lifted
/// (「緊急命令を解除」「一時停止…解除」).
pub fn lifts(text: &str, kind: NoticeKind) -> bool {
    let words = lifting_words(kind);
    !words.is_empty() && text.contains("解除") && words.iter().any(|w| text.contains(w))
}

/// The entity's state code, since when and why, if it is not active.
pub fn state_of(e: &Entity) -> (&'static str, Option<PartialDate>, Option<String>) {
    match e.current_status() {
        Some(s) if s.state != State::Active => (s.state.code(), s.since, s.cause.clone()),
        _ => ("active", None, None),
    }
}
