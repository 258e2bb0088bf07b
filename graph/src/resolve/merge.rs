//! Merges (one entity turned out to be another), typed edges between
//! entities, and dated status changes.

use chrono::NaiveDate;
use tadoru_model::record::PartialDate;

use crate::error::GraphError;
use crate::model::{Edge, EdgeKind, Entity, Evidence, State, StatusChange};
use crate::staged::Staged;
use crate::views::{owner_identifier, owner_status};

use super::*;

pub(super) fn add_edge(
    v: &Staged,
    from: &str,
    kind: EdgeKind,
    to: &str,
    (reason, reason_ja): (&str, &str),
    detail: Option<(&str, Option<NaiveDate>)>,
    ev: &Evidence,
) -> Result<(), GraphError> {
    if from == to {
        return Ok(());
    }
    for (a, k, b) in [(from, kind, to), (to, kind.inverse(), from)] {
        let e = load(v, a)?;
        // An edge drawn before (same kind, target and detail) only gains the evidence.
        let edge = Edge {
            kind: k,
            target: b.to_string(),
            reason: reason.to_string(),
            reason_ja: reason_ja.to_string(),
            evidence: Vec::new(),
            detail: detail.map(|(d, _)| d.to_string()),
            on: detail.and_then(|(_, on)| on),
        };
        v.add_edge(&e.id, &edge, std::slice::from_ref(ev))?;
    }
    Ok(())
}

pub(super) fn set_status(
    v: &Staged,
    e: &mut Entity,
    state: State,
    since: Option<PartialDate>,
    cause: Option<String>,
    ev: &Evidence,
) -> Result<(), GraphError> {
    let change = StatusChange {
        state,
        since,
        cause,
        evidence: Vec::new(),
    };
    if !e
        .status
        .iter()
        .any(|s| s.state == state && s.since == since && s.cause == change.cause)
    {
        e.status.push(change.clone());
        // Oldest first; an undated change sorts after every dated one (it is
        // known only from a later document), in order of arrival among the undated.
        e.status.sort_by_key(|s| (s.since.is_none(), s.since));
    }
    v.add_evidence(&e.id, &owner_status(&change), ev)
}

/// Folds entity `from` into `into`: names, identifiers, notices and edges move;
/// `from` stays, marked as merged, so its old id still resolves.
pub(super) fn merge(
    v: &Staged,
    from: &str,
    into: &str,
    reason: &Why,
    ev: &Evidence,
) -> Result<(), GraphError> {
    let (Some(mut a), Some(b)) = (v.resolve_entity(into)?, v.resolve_entity(from)?) else {
        return Ok(());
    };
    if a.id == b.id {
        return Ok(());
    }
    // A curator judged them not the same: the sources' suggestion is refused,
    // and both keep a note of it.
    let ids = |e: &Entity| {
        std::iter::once(e.id.clone())
            .chain(e.merged_from.clone())
            .collect::<Vec<_>>()
    };
    for x in ids(&a) {
        for y in ids(&b) {
            if v.is_not_same(&x, &y)? {
                let refused = Why::new(
                    format!(
                        "not merged: {}; a curator judged {x} and {y} not the same",
                        reason.en
                    ),
                    format!(
                        "統合しない：{}（キュレーターが {x} と {y} は別と判断）",
                        reason.ja
                    ),
                );
                add_link(
                    v,
                    &a.id,
                    Why::new(refused.en.clone(), refused.ja.clone()),
                    ev,
                )?;
                add_link(v, &b.id, refused, ev)?;
                return Ok(());
            }
        }
    }
    // Everything `b` holds moves over: its lists too.
    let Some(mut b) = v.full_entity(&b.id)? else {
        return Ok(());
    };
    for n in &b.names {
        for e in &n.evidence {
            add_name(v, &mut a, &n.name, n.from, n.to, n.first_seen, e)?;
        }
        if let (Some(last), Some(first)) = (n.last_seen, n.evidence.first()) {
            add_name(v, &mut a, &n.name, None, None, Some(last), first)?;
        }
        for key in keys(&n.name, None) {
            v.add_name_key(&key, &a.id);
        }
    }
    for i in &b.identifiers {
        if !a
            .identifiers
            .iter()
            .any(|x| x.scheme == i.scheme && x.value == i.value)
        {
            a.identifiers.push(i.clone());
            for e in &i.evidence {
                v.add_evidence(&a.id, &owner_identifier(&i.scheme, &i.value), e)?;
            }
        }
        if i.scheme == "corporate_number" {
            v.set_corp(&i.value, &a.id);
        }
    }
    for p in &b.places {
        if !a.places.contains(p) {
            a.places.push(p.clone());
        }
    }
    for n in &b.notices {
        v.add_notice(&a.id, n)?;
    }
    for n in &b.mentions {
        v.add_mention(&a.id, n)?;
    }
    for s in &b.status {
        for e in &s.evidence {
            set_status(v, &mut a, s.state, s.since, s.cause.clone(), e)?;
        }
    }
    for edge in &b.edges {
        if !v.has_edge_to(&a.id, edge.kind, &edge.target)? && edge.target != a.id {
            v.add_edge(&a.id, edge, &edge.evidence)?;
        }
    }
    for l in &b.links {
        v.add_link_copy(&a.id, l)?;
    }
    add_link(
        v,
        &a.id,
        Why::new(
            format!("merged with {}: {}", b.id, reason.en),
            format!("{} と統合：{}", b.id, reason.ja),
        ),
        ev,
    )?;
    a.demo &= b.demo;
    b.merged_into = Some(a.id.clone());
    for id in ids(&b) {
        if !a.merged_from.contains(&id) {
            a.merged_from.push(id);
        }
    }
    for j in &b.judgements {
        if !a.judgements.contains(j) {
            a.judgements.push(j.clone());
        }
    }
    v.put_entity(&a);
    v.put_entity(&b);
    Ok(())
}
