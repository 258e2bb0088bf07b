//! A notice's parties: renames first (so both names land on one entity),
//! then each subject, its operator, the facility–clinic link, closures and
//! the people it names.

use tadoru_crawler::names::name_key;
use tadoru_model::{NoticeKind, NoticeRecord, Role};

use super::matching::{FACILITY_NUMBER, Printed};
use crate::error::GraphError;
use crate::model::{DocRef, EdgeKind, Entity, Evidence, Identifier, Notice, State};
use crate::staged::Staged;
use crate::views::owner_identifier;

use tadoru_crawler::names::{
    address_key, is_legal_entity, looks_like_facility, prefecture, split_prefecture,
};

use super::*;

/// The role a bare name reads as, when no party of the notice carries it.
fn role_of_name(name: &str) -> Role {
    if looks_like_facility(name) {
        Role::CellProcessingFacility
    } else if is_legal_entity(name) {
        Role::Operator
    } else {
        Role::Clinic
    }
}

/// The prefecture a notice places an operator in by the parties it runs:
/// the one they all share, or none when they are in several (a chain's
/// branches are not its seat) or none is placed.
fn operator_prefecture(record: &NoticeRecord, operator: &str) -> Option<String> {
    let key = name_key(operator);
    let mut prefectures = record
        .subjects
        .iter()
        .filter(|s| s.operator.as_deref().is_some_and(|o| name_key(o) == key))
        .filter_map(|s| s.place.as_deref().map(prefecture));
    let first = prefectures.next()?;
    prefectures.all(|p| p == first).then_some(first)
}

/// Adds an identifier (or its evidence, when it is known already).
pub(super) fn add_identifier(
    v: &Staged,
    e: &mut Entity,
    scheme: &str,
    value: &str,
    demo: bool,
    ev: &Evidence,
) -> Result<(), GraphError> {
    if !e
        .identifiers
        .iter()
        .any(|i| i.scheme == scheme && i.value == value)
    {
        e.identifiers.push(Identifier {
            scheme: scheme.to_string(),
            value: value.to_string(),
            demo,
            evidence: Vec::new(),
        });
    }
    v.add_evidence(&e.id, &owner_identifier(scheme, value), ev)
}

pub(super) fn apply_notice(
    v: &Staged,
    id: &str,
    sha256: &str,
    url: &str,
    record: &NoticeRecord,
) -> Result<(), GraphError> {
    let doc = v.document(sha256)?;
    let demo = doc.as_ref().is_some_and(|d| d.demo);
    let ev = Evidence {
        sha256: sha256.to_string(),
        url: url.to_string(),
        locator: format!("notice {id}"),
    };
    let seen = record.issued_on;
    let id_of_notice = id;

    // Renames first, so that subjects under either name land on one entity.
    for r in &record.renames {
        let subject = record.subjects.iter().find(|s| {
            name_key(&s.name) == name_key(&r.old) || name_key(&s.name) == name_key(&r.new)
        });
        // The role is the party's, whichever name the page gives it under: an
        // old facility name is a facility, not a new "clinic".
        let role = subject
            .map(|s| s.role)
            .unwrap_or_else(|| role_of_name(&r.new).max(role_of_name(&r.old)));
        let place = subject.and_then(|s| s.place.as_deref());
        let old = match find(v, Some(role), &r.old, place, None, None)? {
            Some(hit) => Some(hit),
            // The party may have moved with the rename (`…から現在地に移転し、
            // 同日、「Y」から名称を変更`): its old name elsewhere in the same
            // prefecture, under an operator that does not contradict it.
            None => match place.and_then(|p| split_prefecture(p).0) {
                Some(pref) => find(
                    v,
                    Some(role),
                    &r.old,
                    Some(pref),
                    subject.and_then(|s| s.operator.as_deref()),
                    None,
                )?,
                None => None,
            },
        };
        let new = find(v, Some(role), &r.new, place, None, None)?;
        let reason = Why::new(
            format!("the notice states the rename 「{}」→「{}」", r.old, r.new),
            format!("文書に名称変更「{}」→「{}」の記載", r.old, r.new),
        );
        let target = match (old, new) {
            (Some((a, _)), Some((b, _))) if a != b => {
                merge(v, &b, &a, &reason, &ev)?;
                let merged = v.resolve_entity(&b)?.is_some_and(|e| e.id == a);
                if !merged {
                    // A curator judged them not the same: each keeps its own
                    // name, and both keep the notice as one that mentions them.
                    for id in [&a, &b] {
                        let e = load(v, id)?;
                        v.add_mention(&e.id, id_of_notice)?;
                    }
                    continue;
                }
                a
            }
            (Some((a, _)), _) => a,
            (None, Some((b, _))) => b,
            (None, None) => create(v, role, &r.old, place, demo)?,
        };
        let mut e = load(v, &target)?;
        // A notice that states the rename mentions the entity; it is one of
        // its notices only if it also names it as a party (below).
        v.add_mention(&e.id, id)?;
        if name_key(&r.old) == name_key(&r.new) {
            // A change of legal form (有限会社X → 株式会社X): one name, shown as the new.
            add_name(v, &mut e, &r.old, None, None, seen, &ev)?;
            add_name(v, &mut e, &r.new, r.on, None, seen, &ev)?;
            let key = name_key(&r.new);
            if let Some(i) = e.names.iter_mut().find(|n| name_key(&n.name) == key) {
                show_as(i, &r.new);
            }
        } else {
            add_name(v, &mut e, &r.old, None, r.on, seen, &ev)?;
            add_name(v, &mut e, &r.new, r.on, None, seen, &ev)?;
        }
        add_link(v, &e.id, reason, &ev)?;
        if let Some(p) = place
            && !e.places.iter().any(|x| x == p)
        {
            e.places.push(p.to_string());
        }
        v.put_entity(&e);
        for key in keys(&r.old, None).into_iter().chain(keys(&r.new, None)) {
            v.add_name_key(&key, &e.id);
        }
    }

    let mut subject_ids = Vec::with_capacity(record.subjects.len());
    for s in &record.subjects {
        // An operator named without a place is where the parties it runs
        // are, as it is when named only as their operator (below).
        let place = match (&s.place, s.role) {
            (None, Role::Operator) => operator_prefecture(record, &s.name),
            (p, _) => p.clone(),
        };
        let sid = find_or_create(
            v,
            s.role,
            Printed {
                name: &s.name,
                place: place.as_deref(),
                address: s.address.as_deref(),
                operator: s.operator.as_deref(),
                facility_number: s.facility_number.as_deref(),
            },
            demo,
            &ev,
        )?;
        let mut e = load(v, &sid)?;
        add_name(v, &mut e, &s.name, None, None, seen, &ev)?;
        if let Some(a) = &s.address {
            let key = address_key(a);
            if !e.addresses.iter().any(|x| address_key(x) == key) {
                e.addresses.push(a.clone());
            }
        }
        if let Some(number) = &s.facility_number {
            add_identifier(v, &mut e, FACILITY_NUMBER, number, demo, &ev)?;
        }
        for spelling in &s.spellings {
            add_name(v, &mut e, spelling, None, None, seen, &ev)?;
            for key in keys(spelling, s.operator.as_deref()) {
                v.add_name_key(&key, &e.id);
            }
        }
        v.add_notice(&e.id, id)?;
        v.put_entity(&e);
        subject_ids.push(e.id);
    }
    for (s, sid) in record.subjects.iter().zip(&subject_ids) {
        if let Some(op) = &s.operator {
            if s.role == Role::Operator {
                continue;
            }
            // One name is one operator within a notice: the party of that
            // name, else the one entity its name and place lead to.
            let key = name_key(op);
            let party = record
                .subjects
                .iter()
                .zip(&subject_ids)
                .find(|(x, _)| x.role == Role::Operator && name_key(&x.name) == key);
            let oid = match party {
                Some((_, id)) => id.clone(),
                None => find_or_create(
                    v,
                    Role::Operator,
                    Printed {
                        name: op,
                        place: operator_prefecture(record, op).as_deref(),
                        ..Printed::default()
                    },
                    demo,
                    &ev,
                )?,
            };
            let mut o = load(v, &oid)?;
            add_name(v, &mut o, op, None, None, seen, &ev)?;
            v.put_entity(&o);
            add_edge(
                v,
                &oid,
                EdgeKind::Operates,
                sid,
                (
                    &format!("the notice names 「{op}」 as operator of 「{}」", s.name),
                    &format!(
                        "処分等の文書が「{op}」を「{}」の開設者・運営者として記載",
                        s.name
                    ),
                ),
                None,
                &ev,
            )?;
        }
    }
    // A facility and a clinic named in one order: the facility's cells were
    // used at the clinic (the orders tadoru keeps are about exactly that).
    if matches!(
        record.kind,
        NoticeKind::EmergencyOrder | NoticeKind::ImprovementOrder
    ) {
        let pairs: Vec<(&String, &String)> = record
            .subjects
            .iter()
            .zip(&subject_ids)
            .filter(|(s, _)| s.role == Role::CellProcessingFacility)
            .flat_map(|(_, f)| {
                record
                    .subjects
                    .iter()
                    .zip(&subject_ids)
                    .filter(|(s, _)| s.role == Role::Clinic)
                    .map(move |(_, c)| (f, c))
            })
            .collect();
        for (f, c) in pairs {
            add_edge(
                v,
                f,
                EdgeKind::ProcessesCellsFor,
                c,
                (
                    "named together with the clinic in one order",
                    "同一の命令で医療機関とともに名指しされている",
                ),
                None,
                &ev,
            )?;
        }
    }
    // A closure closes the entity it names, under any of its names: a party
    // of this notice first, else any clinic or facility known by that name.
    for c in &record.closures {
        let key = name_key(&c.name);
        let linked: Vec<String> = record
            .renames
            .iter()
            .filter(|r| name_key(&r.old) == key || name_key(&r.new) == key)
            .flat_map(|r| [name_key(&r.old), name_key(&r.new)])
            .chain(std::iter::once(key.clone()))
            .collect();
        let party = record
            .subjects
            .iter()
            .zip(&subject_ids)
            .find(|(s, _)| {
                std::iter::once(&s.name)
                    .chain(&s.spellings)
                    .any(|n| linked.contains(&name_key(n)))
            })
            .map(|(_, id)| id.clone());
        let found = match party {
            Some(id) => Some(id),
            None => {
                let mut hit = None;
                for role in [Role::Clinic, Role::CellProcessingFacility] {
                    if let Some((id, _)) = find(v, Some(role), &c.name, None, None, None)? {
                        hit = Some(id);
                        break;
                    }
                }
                hit
            }
        };
        if let Some(cid) = found {
            let mut e = load(v, &cid)?;
            set_status(
                v,
                &mut e,
                State::Closed,
                c.on,
                Some("廃止届 (closure filing)".to_string()),
                &ev,
            )?;
            v.put_entity(&e);
        }
    }
    people::apply_persons(v, id, record, &subject_ids, demo, &ev)?;

    let doc_ref = DocRef {
        sha256: sha256.to_string(),
        url: url.to_string(),
        fetched_at: doc.map_or_else(chrono::Utc::now, |d| d.fetched_at),
    };
    let notice = match v.notice(id)? {
        Some(mut n) => {
            if !n
                .documents
                .iter()
                .any(|d| d.sha256 == sha256 && d.url == url)
            {
                n.documents.push(doc_ref);
            }
            n.record = record.clone();
            n.subject_entities = subject_ids;
            n
        }
        None => Notice {
            id: id.to_string(),
            record: record.clone(),
            subject_entities: subject_ids,
            documents: vec![doc_ref],
            withdrawn_seen: None,
        },
    };
    v.put_notice(&notice)
}
