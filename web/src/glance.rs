//! An entity at a glance: what a patient asks first (is there an order
//! against it, is it still in force, is it closed, what was it called, who
//! runs it, which facility processed the cells) gathered from the graph. The
//! entity page shows it at the top, the API gives it as `summary`, and search
//! hits carry its short form (`Glance`).
//!
//! Nothing here is inferred beyond what the sources say: an order's
//! `in_force` is `not_stated` unless a notice states a period
//! (「…から…までの間」) or a later notice against the same entity states that
//! the order was lifted (解除).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tadoru_crawler::extract::{article_en, authority_en};
use tadoru_graph::{EdgeKind, Entity, Graph, Notice};
use tadoru_model::NoticeKind;
use tadoru_model::record::PartialDate;
use utoipa::ToSchema;

pub use tadoru_indexing::card::{
    AbsorbedCard, Card, CardFamily, CardLinks, CardOrder, FewRelated, HIT_RELATED, NamedEntity,
    NoticeFacts, absorbed_cards, card, card_from_graph, card_links, family_from_graph, is_order,
    lifts, named_entity, state_of, stated_period, successor_named,
};

use crate::error::WebError;
use crate::views::{schema, state_code};

/// Whether an order is still in force, as far as the sources say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct InForce {
    /// `not_stated` (no source says), `period` (the notice states a period:
    /// see `until` and `ended`) or `lifted` (a later notice says so).
    #[schema(schema_with = schema::in_force_status)]
    pub status: &'static str,
    /// The period the notice states, where it states one.
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// For a stated period: whether its last day has passed.
    pub ended: Option<bool>,
    /// The notice that states the lifting.
    pub lifted_by: Option<String>,
    pub lifted_on: Option<NaiveDate>,
}

impl InForce {
    fn not_stated() -> InForce {
        InForce {
            status: "not_stated",
            from: None,
            until: None,
            ended: None,
            lifted_by: None,
            lifted_on: None,
        }
    }
}

/// One order (or filing) against the entity.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrderRef {
    pub notice_id: String,
    #[schema(schema_with = schema::kind)]
    pub kind: &'static str,
    pub kind_en: &'static str,
    pub kind_ja: &'static str,
    pub issued_on: Option<NaiveDate>,
    /// Articles of the Act it rests on, for this entity where the notice says
    /// per party (法第22条 for the clinic, 法第47条 for the facility).
    pub articles: Vec<String>,
    pub articles_en: Vec<String>,
    pub authority: String,
    pub authority_en: String,
    pub in_force: InForce,
}

/// A name the entity no longer uses.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FormerName {
    pub name: String,
    /// When it stopped being used, where a source says.
    #[schema(schema_with = schema::partial_date)]
    pub until: Option<PartialDate>,
}

/// A rename a notice states, of one of the entity's names.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StatedRename {
    pub old: String,
    pub new: String,
    #[schema(schema_with = schema::partial_date)]
    pub on: Option<PartialDate>,
    pub notice_id: String,
    /// The kind of the notice that states it.
    #[schema(schema_with = schema::kind)]
    pub notice_kind: &'static str,
    /// When that notice was issued.
    pub notice_issued_on: Option<NaiveDate>,
}

/// Another entity, briefly, with its own orders counted.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Related {
    pub id: String,
    pub current_name: String,
    #[schema(schema_with = schema::role)]
    pub role: &'static str,
    pub role_en: &'static str,
    #[schema(schema_with = schema::state)]
    pub state: &'static str,
    /// Orders on record against it.
    pub orders: usize,
}

/// The entity at a glance (API: `summary`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Summary {
    #[schema(schema_with = schema::role)]
    pub role: &'static str,
    pub role_en: &'static str,
    /// `active` (no closure on record), `closed` or `deleted`.
    #[schema(schema_with = schema::state)]
    pub state: &'static str,
    /// Since when it is closed, where a source says.
    #[schema(schema_with = schema::partial_date)]
    pub closed_on: Option<PartialDate>,
    pub closure_cause: Option<String>,
    /// Orders against it, newest first.
    pub orders: Vec<OrderRef>,
    /// Closure and discontinuation filings about it, newest first.
    pub filings: Vec<OrderRef>,
    pub former_names: Vec<FormerName>,
    pub renames_stated: Vec<StatedRename>,
    /// Operators of a clinic or facility.
    pub operators: Vec<Related>,
    /// What an operator runs.
    pub operates: Vec<Related>,
    /// For a clinic: the cell-processing facilities that processed its cells.
    pub cells_processed_by: Vec<Related>,
    /// For a facility: the clinics it processed cells for.
    pub processes_cells_for: Vec<Related>,
    /// An absorbed corporation's successor.
    pub now_part_of: Option<Related>,
    /// The corporations it absorbed (NTA absorption merger): their orders
    /// are part of its history.
    pub absorbed: Vec<Related>,
    /// The orders against the corporations it absorbed (newest first), each
    /// with the corporation it was against: inherited through the merger,
    /// never counted in `orders`, which are its own.
    pub inherited_orders: Vec<InheritedOrder>,
}

/// An order against a corporation the entity absorbed: part of the
/// entity's history through the merger, not an order against it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InheritedOrder {
    /// The absorbed corporation the order was against.
    pub through: NamedEntity,
    pub order: OrderRef,
}

/// Whether an order on record is in force, for a search hit: what the
/// sources say of all of the entity's orders together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ForceAtGlance {
    /// `in_force`: a notice states a period for an order that has not ended
    /// (and no later notice lifted it); `not_stated`: for at least one order
    /// no source says how long it lasts; `ended`: every order's stated period
    /// has ended or a later notice lifted it; `none`: no orders on record.
    #[schema(schema_with = schema::force_at_glance)]
    pub status: &'static str,
    /// For `in_force`: the last day of the period stated (the latest, if
    /// several orders are in force).
    pub until: Option<NaiveDate>,
}

/// The short form carried by a search hit (API: `summary` of an entity
/// hit), made from its [`Card`] when the hit is shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Glance {
    #[schema(schema_with = schema::state)]
    pub state: String,
    #[schema(schema_with = schema::partial_date)]
    pub closed_on: Option<PartialDate>,
    /// Orders on record against it.
    pub orders: usize,
    pub latest_order: Option<LatestOrder>,
    /// Whether an order is in force, as far as the sources say, today.
    pub in_force: ForceAtGlance,
    pub former_names: usize,
    /// An absorbed corporation's successor, by its current name.
    pub now_part_of: Option<String>,
    /// The same successor, with its id and page (`now_part_of` is its name).
    pub now_part_of_entity: Option<LinkedEntity>,
    /// Orders against the corporations it absorbed, all together: inherited
    /// through the merger, not counted in `orders` (its own).
    pub inherited_orders: usize,
    /// The corporations it absorbed, each with its own orders.
    pub absorbed: Vec<AbsorbedGlance>,
    /// Operators of a clinic or facility.
    pub operators: FewRelated,
    /// What an operator runs.
    pub operates: FewRelated,
    /// For a clinic: the cell-processing facilities that processed its cells.
    pub cells_processed_by: FewRelated,
    /// For a facility: the clinics it processed cells for.
    pub processes_cells_for: FewRelated,
}

/// Another entity with its page on this site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct LinkedEntity {
    pub id: String,
    pub current_name: String,
    /// Its page, as a path (`/entities/e-…`).
    pub url: String,
}

impl From<&NamedEntity> for LinkedEntity {
    fn from(e: &NamedEntity) -> Self {
        LinkedEntity {
            id: e.id.clone(),
            current_name: e.current_name.clone(),
            url: format!("/entities/{}", e.id),
        }
    }
}

/// A corporation the entity absorbed, with the orders against it, as a
/// search hit shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AbsorbedGlance {
    pub id: String,
    pub current_name: String,
    /// Orders on record against it.
    pub orders: usize,
    pub latest_order: Option<LatestOrder>,
    /// Whether one of its orders is in force, as far as the sources say.
    pub in_force: ForceAtGlance,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LatestOrder {
    #[schema(schema_with = schema::kind)]
    pub kind: String,
    pub kind_en: String,
    pub issued_on: Option<NaiveDate>,
}

fn latest_order(orders: &[CardOrder]) -> Option<LatestOrder> {
    orders.first().map(|o| LatestOrder {
        kind: o.kind.code().to_string(),
        kind_en: o.kind.en().to_string(),
        issued_on: o.issued_on,
    })
}

/// A hit's glance on `today`, from the card the index keeps for it.
pub fn of_card(card: &Card, today: NaiveDate) -> Glance {
    let absorbed: Vec<AbsorbedGlance> = card
        .absorbed
        .iter()
        .map(|a| AbsorbedGlance {
            id: a.id.clone(),
            current_name: a.current_name.clone(),
            orders: a.orders.len(),
            latest_order: latest_order(&a.orders),
            in_force: force_at_glance(&a.orders, today),
        })
        .collect();
    Glance {
        state: card.state.clone(),
        closed_on: card.closed_on,
        orders: card.orders.len(),
        latest_order: latest_order(&card.orders),
        in_force: force_at_glance(&card.orders, today),
        former_names: card.former_names,
        now_part_of: card.now_part_of.clone(),
        now_part_of_entity: card.now_part_of_entity.as_ref().map(LinkedEntity::from),
        inherited_orders: absorbed.iter().map(|a| a.orders).sum(),
        absorbed,
        operators: card.operators.clone(),
        operates: card.operates.clone(),
        cells_processed_by: card.cells_processed_by.clone(),
        processes_cells_for: card.processes_cells_for.clone(),
    }
}

/// What the sources say of the force of `orders` together, on `today`
/// (the same reading as each order's [`InForce`] on the entity's page).
fn force_at_glance(orders: &[CardOrder], today: NaiveDate) -> ForceAtGlance {
    let open = orders.iter().filter(|o| !o.lifted);
    let in_force = open
        .clone()
        .filter_map(|o| o.until)
        .filter(|u| *u >= today)
        .max();
    let status = match in_force {
        _ if orders.is_empty() => "none",
        Some(_) => "in_force",
        None if open.clone().any(|o| o.until.is_none()) => "not_stated",
        None => "ended",
    };
    ForceAtGlance {
        status,
        until: in_force,
    }
}

/// A later notice against the same entity that says an order of this kind
/// was lifted.
fn lifted_by<'a>(order: &Notice, all: &'a [Notice]) -> Option<&'a Notice> {
    all.iter().find(|m| {
        m.id != order.id
            && m.record.issued_on > order.record.issued_on
            && lifts(&m.record.text, order.record.kind)
    })
}

fn in_force(order: &Notice, all: &[Notice], today: NaiveDate) -> InForce {
    if let Some(m) = lifted_by(order, all) {
        return InForce {
            status: "lifted",
            lifted_by: Some(m.id.clone()),
            lifted_on: m.record.issued_on,
            ..InForce::not_stated()
        };
    }
    match stated_period(&order.record.text) {
        Some((from, until)) => InForce {
            status: "period",
            from: Some(from),
            until: Some(until),
            ended: Some(until < today),
            ..InForce::not_stated()
        },
        None => InForce::not_stated(),
    }
}

fn order_ref(e: &Entity, n: &Notice, all: &[Notice], today: NaiveDate) -> OrderRef {
    let r = &n.record;
    // The articles stated for this party, else the notice's.
    let own = n
        .subject_entities
        .iter()
        .position(|id| *id == e.id || e.merged_from.contains(id))
        .and_then(|i| r.subjects.get(i))
        .map(|s| s.articles.clone())
        .filter(|a| !a.is_empty());
    let articles = own.unwrap_or_else(|| r.articles.clone());
    OrderRef {
        notice_id: n.id.clone(),
        kind: r.kind.code(),
        kind_en: r.kind.en(),
        kind_ja: r.kind.ja(),
        issued_on: r.issued_on,
        articles_en: articles.iter().map(|a| article_en(a)).collect(),
        articles,
        authority: r.authority.clone(),
        authority_en: authority_en(&r.authority),
        in_force: if is_order(r.kind) {
            in_force(n, all, today)
        } else {
            InForce::not_stated()
        },
    }
}

fn related(graph: &Graph, id: &str) -> Result<Option<Related>, WebError> {
    let Some(t) = graph.entity(id)? else {
        return Ok(None);
    };
    let orders = graph
        .notices_of(&t)?
        .iter()
        .filter(|n| is_order(n.record.kind))
        .count();
    Ok(Some(Related {
        id: t.id.clone(),
        current_name: t.current_name().to_string(),
        role: t.role.code(),
        role_en: t.role.en(),
        state: t.current_status().map_or("active", |s| state_code(s.state)),
        orders,
    }))
}

/// The entity at a glance, from its notices (`notices_of`) and its edges.
pub fn summary(graph: &Graph, e: &Entity, notices: &[Notice]) -> Result<Summary, WebError> {
    summary_on(graph, e, notices, chrono::Utc::now().date_naive())
}

fn summary_on(
    graph: &Graph,
    e: &Entity,
    notices: &[Notice],
    today: NaiveDate,
) -> Result<Summary, WebError> {
    let (orders, filings): (Vec<OrderRef>, Vec<OrderRef>) = notices
        .iter()
        .map(|n| order_ref(e, n, notices, today))
        .partition(|o| NoticeKind::from_code(o.kind).is_some_and(is_order));
    let current = e.current_name();
    let former_names = e
        .names
        .iter()
        .filter(|n| n.name != current)
        .map(|n| FormerName {
            name: n.name.clone(),
            until: n.to,
        })
        .collect();
    let names: Vec<&str> = e.names.iter().map(|n| n.name.as_str()).collect();
    let mut renames_stated: Vec<StatedRename> = Vec::new();
    for n in notices.iter().chain(graph.mentions_of(e)?.iter()) {
        for rn in &n.record.renames {
            let ours = names.iter().any(|x| {
                tadoru_crawler::names::same_name(x, &rn.old)
                    || tadoru_crawler::names::same_name(x, &rn.new)
            });
            let seen = renames_stated
                .iter()
                .any(|s| s.old == rn.old && s.new == rn.new);
            if ours && !seen {
                renames_stated.push(StatedRename {
                    old: rn.old.clone(),
                    new: rn.new.clone(),
                    on: rn.on,
                    notice_id: n.id.clone(),
                    notice_kind: n.record.kind.code(),
                    notice_issued_on: n.record.issued_on,
                });
            }
        }
    }
    let edge_targets = |kind: EdgeKind| -> Result<Vec<Related>, WebError> {
        let mut out: Vec<Related> = Vec::new();
        for edge in e.edges.iter().filter(|x| x.kind == kind) {
            if out.iter().any(|r| r.id == edge.target) {
                continue;
            }
            out.extend(related(graph, &edge.target)?);
        }
        Ok(out)
    };
    let operators = edge_targets(EdgeKind::OperatedBy)?;
    let operates = edge_targets(EdgeKind::Operates)?;
    let cells_processed_by = edge_targets(EdgeKind::CellsProcessedBy)?;
    let processes_cells_for = edge_targets(EdgeKind::ProcessesCellsFor)?;
    let now_part_of = match graph.successor_of(e)? {
        Some(s) => related(graph, &s.id)?,
        None => None,
    };
    let absorbed = edge_targets(EdgeKind::Succeeds)?;
    let mut inherited_orders: Vec<InheritedOrder> = Vec::new();
    for r in &absorbed {
        let Some(a) = graph.entity(&r.id)? else {
            continue;
        };
        let theirs = graph.notices_of(&a)?;
        let through = NamedEntity {
            id: a.id.clone(),
            current_name: a.current_name().to_string(),
        };
        inherited_orders.extend(theirs.iter().filter(|n| is_order(n.record.kind)).map(|n| {
            InheritedOrder {
                through: through.clone(),
                order: order_ref(&a, n, &theirs, today),
            }
        }));
    }
    inherited_orders.sort_by_key(|o| std::cmp::Reverse(o.order.issued_on));
    let (state, closed_on, closure_cause) = state_of(e);
    Ok(Summary {
        role: e.role.code(),
        role_en: e.role.en(),
        state,
        closed_on,
        closure_cause,
        orders,
        filings,
        former_names,
        renames_stated,
        operators,
        operates,
        cells_processed_by,
        processes_cells_for,
        now_part_of,
        absorbed,
        inherited_orders,
    })
}

/// The short form, read from the graph, on `today`.
pub fn glance(graph: &Graph, e: &Entity) -> Result<Glance, WebError> {
    Ok(of_card(
        &card_from_graph(graph, e)?,
        chrono::Utc::now().date_naive(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_stated_period_is_read_and_a_deadline_is_not() {
        assert_eq!(
            stated_period("令和７年３月１日から令和７年５月３１日までの間、業務の停止を命じた。"),
            Some((d(2025, 3, 1), d(2025, 5, 31)))
        );
        assert_eq!(
            stated_period("2024年4月1日より2024年6月30日まで業務停止"),
            Some((d(2024, 4, 1), d(2024, 6, 30)))
        );
        // A deadline for a report is not a period of force.
        assert_eq!(
            stated_period("令和8年1月23日付けで命じ、令和8年2月13日までに改善計画を報告すること"),
            None
        );
        assert_eq!(stated_period("本日付けで一時停止を命じました。"), None);
    }

    fn notice(id: &str, kind: &str, on: &str, text: &str) -> Notice {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "record": {
                "kind": kind, "authority": "厚生労働省", "issued_on": on, "title": "t",
                "articles": [], "violations": [], "subjects": [], "plans": [],
                "renames": [], "closures": [], "text": text, "summary_en": "", "part": null,
            },
            "subject_entities": [],
            "documents": [],
            "withdrawn_seen": null,
        }))
        .unwrap()
    }

    #[test]
    fn in_force_is_only_what_a_notice_states() {
        let today = d(2026, 11, 23);
        let plain = notice(
            "n-1",
            "emergency_order",
            "2025-08-29",
            "本日付けで一時停止を命じました。",
        );
        assert_eq!(
            in_force(&plain, std::slice::from_ref(&plain), today),
            InForce::not_stated()
        );

        let period = notice(
            "n-2",
            "suspension_order",
            "2026-10-01",
            "令和8年10月1日から令和8年12月31日までの間、業務の停止を命じた。",
        );
        let f = in_force(&period, std::slice::from_ref(&period), today);
        assert_eq!(
            (f.status, f.until, f.ended),
            ("period", Some(d(2026, 12, 31)), Some(false))
        );
        let f = in_force(&period, std::slice::from_ref(&period), d(2027, 1, 1));
        assert_eq!(f.ended, Some(true));

        // A later notice against the same entity that lifts the order.
        let lift = notice(
            "n-3",
            "emergency_order",
            "2025-10-01",
            "緊急命令を解除した。",
        );
        let all = [plain.clone(), lift];
        let f = in_force(&plain, &all, today);
        assert_eq!((f.status, f.lifted_by.as_deref()), ("lifted", Some("n-3")));
        // An earlier one does not, nor one about another kind of order.
        let before = notice(
            "n-4",
            "emergency_order",
            "2025-01-01",
            "緊急命令を解除した。",
        );
        let other = notice(
            "n-5",
            "improvement_order",
            "2025-12-01",
            "改善命令を解除した。",
        );
        assert_eq!(
            in_force(&plain, &[plain.clone(), before, other], today).status,
            "not_stated"
        );
    }

    fn order(
        kind: NoticeKind,
        on: (i32, u32, u32),
        until: Option<NaiveDate>,
        lifted: bool,
    ) -> CardOrder {
        CardOrder {
            kind,
            issued_on: Some(d(on.0, on.1, on.2)),
            until,
            lifted,
        }
    }

    #[test]
    fn a_hit_says_in_force_from_stored_dates_on_the_day_it_is_shown() {
        let today = d(2026, 11, 23);
        let status = |orders: &[CardOrder], on| force_at_glance(orders, on).status;
        assert_eq!(status(&[], today), "none");
        let plain = order(NoticeKind::EmergencyOrder, (2025, 8, 29), None, false);
        assert_eq!(status(std::slice::from_ref(&plain), today), "not_stated");
        let period = order(
            NoticeKind::SuspensionOrder,
            (2026, 10, 1),
            Some(d(2026, 12, 31)),
            false,
        );
        // The same stored card: in force today, ended the day after its last day.
        let f = force_at_glance(&[period.clone(), plain.clone()], today);
        assert_eq!((f.status, f.until), ("in_force", Some(d(2026, 12, 31))));
        assert_eq!(
            status(std::slice::from_ref(&period), d(2026, 12, 31)),
            "in_force"
        );
        assert_eq!(
            status(std::slice::from_ref(&period), d(2027, 1, 1)),
            "ended"
        );
        // Ended, but another order says nothing of its end.
        assert_eq!(
            status(&[period.clone(), plain.clone()], d(2027, 1, 1)),
            "not_stated"
        );
        // Lifted orders are not in force, whatever their period.
        let lifted = CardOrder {
            lifted: true,
            ..period.clone()
        };
        assert_eq!(status(std::slice::from_ref(&lifted), today), "ended");
        let lifted_plain = CardOrder {
            lifted: true,
            ..plain
        };
        assert_eq!(status(&[lifted, lifted_plain], today), "ended");
    }

    #[test]
    fn a_card_keeps_each_orders_period_and_lifting_and_the_glance_agrees_with_the_summary() {
        let notices = [
            notice(
                "n-1",
                "suspension_order",
                "2026-10-01",
                "令和8年10月1日から令和8年12月31日までの間、業務の停止を命じた。",
            ),
            notice(
                "n-2",
                "emergency_order",
                "2025-08-29",
                "一時停止を命じました。",
            ),
            notice(
                "n-3",
                "emergency_order",
                "2025-10-01",
                "緊急命令を解除した。",
            ),
            notice("n-4", "closure_filing", "2026-11-01", "廃止届"),
        ];
        let e: Entity = serde_json::from_value(serde_json::json!({
            "id": "e-x", "role": "clinic",
            "names": [{"name": "甲クリニック", "from": null, "to": null,
                       "first_seen": null, "last_seen": null, "evidence": []}],
            "en_name": null, "furigana": null, "identifiers": [], "places": [],
            "addresses": [], "status": [], "edges": [], "notices": [], "links": [],
            "merged_into": null, "demo": false,
        }))
        .unwrap();
        let facts: Vec<NoticeFacts> = notices.iter().map(NoticeFacts::of).collect();
        let c = card(&e, &facts, CardLinks::default(), CardFamily::default());
        // Orders only, newest first; the filing is not one.
        let kinds: Vec<&str> = c.orders.iter().map(|o| o.kind.code()).collect();
        assert_eq!(
            kinds,
            ["suspension_order", "emergency_order", "emergency_order"]
        );
        assert_eq!(c.orders[0].until, Some(d(2026, 12, 31)));
        assert!(!c.orders[0].lifted);
        // n-2 (third, the oldest) was lifted by n-3 (second); n-3 was not.
        assert!(!c.orders[1].lifted && c.orders[2].lifted, "{:?}", c.orders);
        // Stored and read back, then shown on two days.
        let c: Card = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        let g = of_card(&c, d(2026, 11, 23));
        assert_eq!(g.orders, 3);
        assert_eq!(g.latest_order.as_ref().unwrap().kind, "suspension_order");
        assert_eq!(g.in_force.status, "in_force");
        // n-3 itself states nothing of its end.
        assert_eq!(of_card(&c, d(2027, 2, 1)).in_force.status, "not_stated");
        // The same reading as the entity page's, order by order.
        for (n, o) in [&notices[0], &notices[2], &notices[1]]
            .iter()
            .zip(&c.orders)
        {
            let f = in_force(n, &notices, d(2026, 11, 23));
            assert_eq!(f.status == "lifted", o.lifted, "{}", n.id);
            assert_eq!(f.until, if o.lifted { None } else { o.until }, "{}", n.id);
        }
    }
}
