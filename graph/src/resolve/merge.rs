//! Merges (one entity turned out to be another), typed edges between
//! entities, and dated status changes.

use chrono::NaiveDate;
use tadoru_crawler::record::PartialDate;

use crate::error::GraphError;
use crate::model::{Edge, EdgeKind, Entity, Evidence, State, StatusChange};
use crate::views::Views;

use super::*;

pub(super) fn add_edge(
    v: &Views,
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
        let mut e = load(v, a)?;
        let d = detail.map(|(d, _)| d.to_string());
        match e
            .edges
            .iter_mut()
            .find(|x| x.kind == k && x.target == b && x.detail == d)
        {
            Some(edge) => push_evidence(&mut edge.evidence, ev),
            None => e.edges.push(Edge {
                kind: k,
                target: b.to_string(),
                reason: reason.to_string(),
                reason_ja: reason_ja.to_string(),
                evidence: vec![ev.clone()],
                detail: detail.map(|(d, _)| d.to_string()),
                on: detail.and_then(|(_, on)| on),
            }),
        }
        v.put_entity(&e)?;
    }
    Ok(())
}

pub(super) fn set_status(
    e: &mut Entity,
    state: State,
    since: Option<PartialDate>,
    cause: Option<String>,
    ev: &Evidence,
) {
    if let Some(s) = e
        .status
        .iter_mut()
        .find(|s| s.state == state && s.since == since && s.cause == cause)
    {
        push_evidence(&mut s.evidence, ev);
        return;
    }
    e.status.push(StatusChange {
        state,
        since,
        cause,
        evidence: vec![ev.clone()],
    });
    // Oldest first; an undated change sorts after every dated one (it is
    // known only from a later document), in order of arrival among the undated.
    e.status.sort_by_key(|s| (s.since.is_none(), s.since));
}

/// Folds entity `from` into `into`: names, identifiers, notices and edges move;
/// `from` stays, marked as merged, so its old id still resolves.
pub(super) fn merge(
    v: &Views,
    from: &str,
    into: &str,
    reason: &Why,
    ev: &Evidence,
) -> Result<(), GraphError> {
    let (Some(mut a), Some(mut b)) = (v.resolve_entity(into)?, v.resolve_entity(from)?) else {
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
                add_link(&mut a, Why::new(refused.en.clone(), refused.ja.clone()), ev);
                add_link(&mut b, refused, ev);
                v.put_entity(&a)?;
                v.put_entity(&b)?;
                return Ok(());
            }
        }
    }
    for n in &b.names {
        for e in &n.evidence {
            add_name(&mut a, &n.name, n.from, n.to, n.first_seen, e);
        }
        if let Some(last) = n.last_seen {
            add_name(&mut a, &n.name, None, None, Some(last), &n.evidence[0]);
        }
        for key in keys(&n.name, None) {
            v.add_name_key(&key, &a.id)?;
        }
    }
    for i in &b.identifiers {
        if !a
            .identifiers
            .iter()
            .any(|x| x.scheme == i.scheme && x.value == i.value)
        {
            a.identifiers.push(i.clone());
        }
        if i.scheme == "corporate_number" {
            v.corp.insert(i.value.as_bytes(), a.id.as_bytes())?;
        }
    }
    for p in &b.places {
        if !a.places.contains(p) {
            a.places.push(p.clone());
        }
    }
    for n in &b.notices {
        if !a.notices.contains(n) {
            a.notices.push(n.clone());
        }
    }
    for n in &b.mentions {
        if !a.mentions.contains(n) {
            a.mentions.push(n.clone());
        }
    }
    for s in &b.status {
        for e in &s.evidence {
            set_status(&mut a, s.state, s.since, s.cause.clone(), e);
        }
    }
    for edge in &b.edges {
        if !a
            .edges
            .iter()
            .any(|x| x.kind == edge.kind && x.target == edge.target)
            && edge.target != a.id
        {
            a.edges.push(edge.clone());
        }
    }
    a.links.extend(b.links.iter().cloned());
    add_link(
        &mut a,
        Why::new(
            format!("merged with {}: {}", b.id, reason.en),
            format!("{} と統合：{}", b.id, reason.ja),
        ),
        ev,
    );
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
    v.put_entity(&a)?;
    v.put_entity(&b)?;
    Ok(())
}
