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
use tadoru_crawler::NoticeKind;
use tadoru_crawler::extract::{article_en, authority_en};
use tadoru_crawler::record::PartialDate;
use tadoru_graph::{EdgeKind, Entity, Graph, Notice, State};
use unicode_normalization::UnicodeNormalization;
use utoipa::ToSchema;

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
}

/// The short form carried by a search hit.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Glance {
    #[schema(schema_with = schema::state)]
    pub state: String,
    #[schema(schema_with = schema::partial_date)]
    pub closed_on: Option<PartialDate>,
    pub orders: usize,
    pub latest_order: Option<LatestOrder>,
    pub former_names: usize,
    /// An absorbed corporation's successor, by its current name.
    #[serde(default)]
    pub now_part_of: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LatestOrder {
    #[schema(schema_with = schema::kind)]
    pub kind: String,
    pub kind_en: String,
    pub issued_on: Option<NaiveDate>,
}

/// What a search hit shows of an entity: made when the entity is indexed
/// (every change to an entity re-indexes it) and stored in the index, so a
/// search answers without reading the graph.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Card {
    pub names: Vec<String>,
    pub status: String,
    pub summary: Glance,
    pub romaji: String,
    pub name_en: Option<String>,
}

/// The card of `e`, from the kind and date of each of its notices and the
/// current name of the corporation that absorbed it, if one did.
pub fn card(
    e: &Entity,
    notices: &[(NoticeKind, Option<NaiveDate>)],
    now_part_of: Option<String>,
) -> Card {
    let current = e.current_name();
    Card {
        names: e.names.iter().map(|n| n.name.clone()).collect(),
        status: e
            .current_status()
            .map_or("active", |s| state_code(s.state))
            .to_string(),
        summary: glance_of(e, notices, now_part_of),
        romaji: tadoru_index::romanize::romaji(current),
        name_en: tadoru_index::romanize::english(current),
    }
}

pub(crate) fn is_order(k: NoticeKind) -> bool {
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

/// A later notice against the same entity that says an order of this kind
/// was lifted (「緊急命令を解除」「一時停止…解除」).
fn lifted_by<'a>(order: &Notice, all: &'a [Notice]) -> Option<&'a Notice> {
    let words: &[&str] = match order.record.kind {
        NoticeKind::EmergencyOrder => &["緊急命令", "一時停止"],
        NoticeKind::ImprovementOrder => &["改善命令"],
        NoticeKind::SuspensionOrder => &["停止命令", "業務の停止", "業務停止"],
        _ => &[],
    };
    all.iter().find(|m| {
        m.id != order.id
            && m.record.issued_on > order.record.issued_on
            && m.record.text.contains("解除")
            && words.iter().any(|w| m.record.text.contains(w))
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

fn state_of(e: &Entity) -> (&'static str, Option<PartialDate>, Option<String>) {
    match e.current_status() {
        Some(s) if s.state != State::Active => (state_code(s.state), s.since, s.cause.clone()),
        _ => ("active", None, None),
    }
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
    let now_part_of = match crate::views::successor_of(graph, e)? {
        Some(s) => related(graph, &s.id)?,
        None => None,
    };
    let absorbed = edge_targets(EdgeKind::Succeeds)?;
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
    })
}

/// The short form for a search hit, read from the graph (search hits read
/// it from the index: [`card`]).
pub fn glance(graph: &Graph, e: &Entity) -> Result<Glance, WebError> {
    let notices: Vec<(NoticeKind, Option<NaiveDate>)> = graph
        .notices_of(e)?
        .iter()
        .map(|n| (n.record.kind, n.record.issued_on))
        .collect();
    Ok(glance_of(
        e,
        &notices,
        crate::views::successor_name(graph, e)?,
    ))
}

/// The short form from the kind and date of each notice (in any order: the
/// latest order is the one issued last, undated ones after every dated one).
fn glance_of(
    e: &Entity,
    notices: &[(NoticeKind, Option<NaiveDate>)],
    now_part_of: Option<String>,
) -> Glance {
    let mut orders: Vec<&(NoticeKind, Option<NaiveDate>)> =
        notices.iter().filter(|(k, _)| is_order(*k)).collect();
    // Newest first; `None` sorts below every date.
    orders.sort_by_key(|o| std::cmp::Reverse(o.1));
    let (state, closed_on, _) = state_of(e);
    let current = e.current_name();
    Glance {
        state: state.to_string(),
        closed_on,
        orders: orders.len(),
        latest_order: orders.first().map(|(kind, issued_on)| LatestOrder {
            kind: kind.code().to_string(),
            kind_en: kind.en().to_string(),
            issued_on: *issued_on,
        }),
        former_names: e.names.iter().filter(|n| n.name != current).count(),
        now_part_of,
    }
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
}
