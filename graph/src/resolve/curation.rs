//! Curators' judgements from `curation.toml`: `same`, `not_same` and
//! `renamed` between entities, applied through the statement log like every
//! other fact, shown on the entity as a curator's judgement.

use tadoru_model::Role;

use crate::curation::{Curated, JudgementKind};
use crate::error::GraphError;
use crate::model::{Evidence, Judgement};
use crate::staged::Staged;

use super::{Why, add_link, add_name, find, keys, load, merge};

/// The entity a judgement names: an id (following merges), else a name it is known by.
fn entity_of(v: &Staged, reference: &str) -> Result<Option<String>, GraphError> {
    if reference.starts_with("e-") {
        return Ok(v.resolve_entity(reference)?.map(|e| e.id));
    }
    for role in Role::ALL {
        if let Some((id, _)) = find(v, Some(role), reference, None, None, None)? {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

fn record(v: &Staged, id: &str, j: &Curated, other: &str, ev: &Evidence) -> Result<(), GraphError> {
    let mut e = load(v, id)?;
    let judgement = Judgement {
        kind: j.kind.code().to_string(),
        other: other.to_string(),
        note: j.note.clone(),
        source: j.source.clone(),
        evidence: ev.clone(),
    };
    if !e.judgements.contains(&judgement) {
        e.judgements.push(judgement);
    }
    v.put_entity(&e);
    Ok(())
}

pub(super) fn apply_curation(
    v: &Staged,
    sha256: &str,
    index: usize,
    j: &Curated,
) -> Result<(), GraphError> {
    let ev = Evidence {
        sha256: sha256.to_string(),
        url: crate::curation::CURATION_FILE.to_string(),
        locator: format!("judgement {index}"),
    };
    let why = |what: &str, ja: &str| {
        Why::new(
            format!("a curator's judgement ({what}): {}", j.note),
            format!("キュレーターの判断（{ja}）：{}", j.note),
        )
    };
    match j.kind {
        JudgementKind::NotSame => {
            let b = j.b.clone().unwrap_or_default();
            v.add_not_same(&j.a, &b);
            for (x, y) in [(&j.a, &b), (&b, &j.a)] {
                if let Some(id) = v.resolve_entity(x)?.map(|e| e.id) {
                    record(v, &id, j, y, &ev)?;
                }
            }
        }
        JudgementKind::Same => {
            let b = j.b.clone().unwrap_or_default();
            if let (Some(a), Some(bid)) = (entity_of(v, &j.a)?, entity_of(v, &b)?) {
                merge(v, &bid, &a, &why("same", "同一"), &ev)?;
                let survivor = v.resolve_entity(&a)?.map_or(a, |e| e.id);
                record(v, &survivor, j, &b, &ev)?;
            }
        }
        JudgementKind::Renamed => {
            let (old, new) = (
                j.old.clone().unwrap_or_default(),
                j.new.clone().unwrap_or_default(),
            );
            let Some(id) = entity_of(v, &j.a)?.or(entity_of(v, &old)?) else {
                return Ok(());
            };
            // Whatever is known under the new name is this entity too.
            if let Some(other) = entity_of(v, &new)?
                && other != id
            {
                merge(v, &other, &id, &why("renamed", "名称変更"), &ev)?;
            }
            let id = v.resolve_entity(&id)?.map_or(id, |e| e.id);
            let mut e = load(v, &id)?;
            add_name(v, &mut e, &old, None, j.on, None, &ev)?;
            add_name(v, &mut e, &new, j.on, None, None, &ev)?;
            add_link(v, &e.id, why("renamed", "名称変更"), &ev)?;
            v.put_entity(&e);
            for key in keys(&old, None).into_iter().chain(keys(&new, None)) {
                v.add_name_key(&key, &id);
            }
            record(v, &id, j, &format!("{old} → {new}"), &ev)?;
        }
    }
    Ok(())
}
