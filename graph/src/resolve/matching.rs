//! Finding the entity a name refers to: the same normalized name (under any
//! name it ever had) in a compatible place, at a compatible address, of the
//! same role, under a compatible operator, and not judged different by a curator.

use tadoru_crawler::names::{name_key, places_compatible, split_prefecture};
use tadoru_model::Role;

use crate::error::GraphError;
use crate::model::{EdgeKind, Entity, Evidence};
use crate::staged::Staged;
use crate::views::facility_number_key;

use tadoru_crawler::names::address_key;

use super::*;

/// Finds the entity a name refers to, with the reason for the match.
pub(super) fn find(
    v: &Staged,
    role: Option<Role>,
    name: &str,
    place: Option<&str>,
    operator: Option<&str>,
    address: Option<&str>,
) -> Result<Option<(String, Why)>, GraphError> {
    let address = address.map(address_key).filter(|a| !a.is_empty());
    for key in keys(name, operator) {
        for id in v.ids_for_key(&key)? {
            let Some(e) = v.resolve_entity(&id)? else {
                continue;
            };
            if role.is_some_and(|r| r != e.role) {
                continue;
            }
            let place_ok = e.places.is_empty()
                || place.is_none()
                || e.places.iter().any(|p| places_compatible(Some(p), place))
                || moved_since(v, &e, &key, place, operator)?;
            if !place_ok || !operator_compatible(v, &e, operator)? {
                continue;
            }
            // Clinics and facilities at different street addresses are
            // different places (銀座クリニック is a common name), unless the
            // same operator is known to run both.
            let same_address = match (&address, e.role) {
                (Some(a), Role::Clinic | Role::CellProcessingFacility)
                    if !e.addresses.is_empty() =>
                {
                    let same = e.addresses.iter().any(|x| address_key(x) == *a);
                    if !same && !operator_known_same(v, &e, operator)? {
                        continue;
                    }
                    same
                }
                _ => false,
            };
            if same_address {
                return Ok(Some((
                    e.id,
                    Why::new(
                        format!("same normalized name 「{key}」 at the same address"),
                        format!("正規化した名称「{key}」と所在地（番地まで）が一致"),
                    ),
                )));
            }
            let why = match place {
                Some(p) => Why::new(
                    format!("same normalized name 「{key}」 in a compatible place ({p})"),
                    format!("正規化した名称「{key}」が一致し、所在地（{p}）も矛盾しない"),
                ),
                None => Why::new(
                    format!("same normalized name 「{key}」"),
                    format!("正規化した名称「{key}」が一致"),
                ),
            };
            return Ok(Some((e.id, why)));
        }
    }
    Ok(None)
}

/// Whether `key` is a name the entity had before a rename, and the record is
/// at another place of the same prefecture under an operator known to run
/// it: a party that moved with its rename (`…から現在地に移転し、同日、「Y」
/// から名称を変更`) read under its old name at its old place. A namesake in
/// another prefecture, or without that operator, stays another party.
fn moved_since(
    v: &Staged,
    e: &Entity,
    key: &str,
    place: Option<&str>,
    operator: Option<&str>,
) -> Result<bool, GraphError> {
    let former = e
        .names
        .iter()
        .any(|n| n.to.is_some() && name_key(&n.name) == key);
    let Some(pref) = place.and_then(|p| split_prefecture(p).0) else {
        return Ok(false);
    };
    let same_prefecture = e.places.iter().any(|p| split_prefecture(p).0 == Some(pref));
    Ok(former && same_prefecture && operator_known_same(v, e, operator)?)
}

/// Whether the record's operator is known and is one the entity is operated by.
fn operator_known_same(v: &Staged, e: &Entity, operator: Option<&str>) -> Result<bool, GraphError> {
    let has_operator = v
        .edges(&e.id)?
        .iter()
        .any(|x| x.kind == EdgeKind::OperatedBy);
    Ok(operator.is_some() && has_operator && operator_compatible(v, e, operator)?)
}

/// Two records with the same name and place but different operators are two
/// clinics (銀座クリニック is a common name). Unknown operators never contradict;
/// an operator is known under every name it had.
pub(super) fn operator_compatible(
    v: &Staged,
    e: &Entity,
    operator: Option<&str>,
) -> Result<bool, GraphError> {
    let Some(op) = operator else { return Ok(true) };
    let key = name_key(op);
    let mut known = false;
    for edge in v
        .edges(&e.id)?
        .iter()
        .filter(|x| x.kind == EdgeKind::OperatedBy)
    {
        if let Some(o) = v.resolve_entity(&edge.target)? {
            known = true;
            if o.names
                .iter()
                .any(|n| name_key(&n.name) == key || n.variants.iter().any(|x| name_key(x) == key))
            {
                return Ok(true);
            }
        }
    }
    Ok(!known)
}

/// The clinic or facility a facility number was recorded for (following
/// merges), and why: the number a permit or filing gives a facility stays
/// with it through renames and changes of operator.
fn by_facility_number(
    v: &Staged,
    role: Role,
    number: &str,
) -> Result<Option<(String, Why)>, GraphError> {
    let Some(id) = v.corp(&facility_number_key(role, number))? else {
        return Ok(None);
    };
    Ok(v.resolve_entity(&id)?.map(|e| {
        (
            e.id,
            Why::new(
                format!("same facility number {number}"),
                format!("施設番号 {number} が一致"),
            ),
        )
    }))
}

/// Whether the entity holds a facility number and not this one: two
/// numbers are two facilities, whatever their names.
fn numbered_otherwise(v: &Staged, id: &str, role: Role, number: &str) -> Result<bool, GraphError> {
    let Some(e) = v.resolve_entity(id)? else {
        return Ok(false);
    };
    let key = facility_number_key(role, number);
    let numbers: Vec<&str> = e
        .identifiers
        .iter()
        .filter(|i| i.scheme == FACILITY_NUMBER)
        .map(|i| i.value.as_str())
        .collect();
    Ok(!numbers.is_empty() && !numbers.iter().any(|n| facility_number_key(role, n) == key))
}

/// The scheme of a facility number among an entity's identifiers.
pub(super) const FACILITY_NUMBER: &str = "facility_number";

/// The entity a party of a notice is (found by its facility number, then by
/// its name, place, address and operator), or a new one; the facility
/// number is recorded for the entity it leads to.
/// A party as a source prints it: what finding its entity reads.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Printed<'a> {
    pub name: &'a str,
    pub place: Option<&'a str>,
    pub address: Option<&'a str>,
    pub operator: Option<&'a str>,
    pub facility_number: Option<&'a str>,
}

pub(super) fn find_or_create(
    v: &Staged,
    role: Role,
    printed: Printed,
    demo: bool,
    ev: &Evidence,
) -> Result<String, GraphError> {
    let Printed {
        name,
        place,
        address,
        operator,
        facility_number,
    } = printed;
    let number = facility_number
        .filter(|n| !n.trim().is_empty())
        .filter(|_| matches!(role, Role::Clinic | Role::CellProcessingFacility));
    let found = match number {
        Some(n) => match by_facility_number(v, role, n)? {
            Some(found) => Some(found),
            None => find(v, Some(role), name, place, operator, address)?
                .map(|(id, why)| {
                    Ok::<_, GraphError>((numbered_otherwise(v, &id, role, n)?, id, why))
                })
                .transpose()?
                .filter(|(other, _, _)| !other)
                .map(|(_, id, why)| (id, why)),
        },
        None => find(v, Some(role), name, place, operator, address)?,
    };
    let (id, reason) = match found {
        Some(found) => found,
        None => (
            create(v, role, name, place, demo)?,
            Why::new(
                "first record of this entity".into(),
                "この施設・法人の最初の記録".into(),
            ),
        ),
    };
    let mut e = load(v, &id)?;
    for key in keys(name, operator) {
        v.add_name_key(&key, &e.id);
    }
    add_link(
        v,
        &e.id,
        Why::new(
            format!("「{name}」: {}", reason.en),
            format!("「{name}」：{}", reason.ja),
        ),
        ev,
    )?;
    if let Some(p) = place
        && !e.places.iter().any(|x| x == p)
    {
        e.places.push(p.to_string());
    }
    e.demo &= demo;
    v.put_entity(&e);
    if let Some(n) = number {
        let key = facility_number_key(role, n);
        if v.corp(&key)?.is_none() {
            v.set_corp(&key, &e.id);
        }
    }
    Ok(e.id)
}
