//! Dated name intervals: every name an entity had, its spellings, when it
//! took effect and stopped, and the documents that use it.

use chrono::NaiveDate;
use tadoru_crawler::names::name_key;
use tadoru_model::record::PartialDate;

use crate::error::GraphError;
use crate::model::{Entity, Evidence, NameInterval};
use crate::staged::Staged;
use crate::views::owner_name;

/// Records that `e` was called `name`, with what the source says of its dates.
pub(super) fn add_name(
    v: &Staged,
    e: &mut Entity,
    name: &str,
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    seen: Option<NaiveDate>,
    ev: &Evidence,
) -> Result<(), GraphError> {
    let key = name_key(name);
    let interval = match e.names.iter_mut().find(|n| name_key(&n.name) == key) {
        Some(n) => n,
        None => {
            e.names.push(NameInterval {
                name: name.to_string(),
                variants: Vec::new(),
                from: None,
                to: None,
                first_seen: None,
                last_seen: None,
                evidence: Vec::new(),
            });
            let last = e.names.len() - 1;
            &mut e.names[last]
        }
    };
    if interval.name != name && !interval.variants.iter().any(|x| x == name) {
        interval.variants.push(name.to_string());
    }
    // Show the fullest spelling: 株式会社 rather than (株).
    if is_abbreviated(&interval.name) && !is_abbreviated(name) {
        show_as(interval, name);
    }
    if from.is_some() && interval.from.is_none() {
        interval.from = from;
    }
    if to.is_some() && interval.to.is_none() {
        interval.to = to;
    }
    if let Some(d) = seen {
        interval.first_seen = Some(interval.first_seen.map_or(d, |f| f.min(d)));
        interval.last_seen = Some(interval.last_seen.map_or(d, |l| l.max(d)));
    }
    // The interval's evidence is kept by its normalized name, the same for every spelling.
    let owner = owner_name(&interval.name);
    v.add_evidence(&e.id, &owner, ev)
}

pub(super) fn is_abbreviated(name: &str) -> bool {
    ["(株)", "(有)", "(同)", "(医)", "(一社)", "㈱", "（株）"]
        .iter()
        .any(|a| name.contains(a))
}

/// Makes `name` the spelling an interval is shown under, keeping the old one as a variant.
pub(super) fn show_as(interval: &mut NameInterval, name: &str) {
    if interval.name == name {
        return;
    }
    let old = std::mem::replace(&mut interval.name, name.to_string());
    interval.variants.retain(|v| v != name);
    if !interval.variants.contains(&old) {
        interval.variants.push(old);
    }
}
