//! Applying statements to the views: entity resolution and linking. Records
//! are matched by corporate number first, then by normalized name (NFKC, legal
//! forms, spacing; see `tadoru_crawler::names`) within a compatible place,
//! address, role and operator. Every link records why it was made. Applying
//! is idempotent, so a crash between the log and sled is mended by applying
//! the entry again.
//!
//! One concept per file: `matching` (finding the entity a name refers to),
//! `names` (dated name intervals), `merge` (merges and edges), `notice`
//! (a notice's parties, renames and closures), `people` (persons named in
//! notices), `nta` (corporate-number history), `curation` (curators' judgements).

mod curation;
mod matching;
mod merge;
mod names;
mod notice;
mod nta;
mod people;

use tadoru_crawler::names::{name_key, split_operator};
use tadoru_model::Role;

use crate::error::GraphError;
use crate::model::{Document, Entity, Evidence, Link};
use crate::staged::Staged;
use crate::statement::{Entry, Statement};

use curation::apply_curation;
use matching::{find, find_or_create};
use merge::{add_edge, merge, set_status};
use names::{add_name, show_as};
use notice::apply_notice;
use nta::apply_nta;

/// Why tadoru linked something, in English and in Japanese.
pub(crate) struct Why {
    en: String,
    ja: String,
}

impl Why {
    fn new(en: String, ja: String) -> Why {
        Why { en, ja }
    }
}

/// The id of the notice read from `url` (its path and query: a mirror on
/// another host gives the same ids as the real site) and page part.
pub fn notice_id(url: &str, part: Option<&str>) -> String {
    let path = url::Url::parse(url)
        .map(|u| match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        })
        .unwrap_or_else(|_| url.to_string());
    let seed = match part {
        Some(p) => format!("{path}#{p}"),
        None => path,
    };
    format!(
        "n-{}",
        &tadoru_crawler::crawl::sha256_hex(seed.as_bytes())[..12]
    )
}

/// Applies one entry's statement to the views, through `v` (the caller
/// records its hash and seq there too, and commits).
pub fn apply(v: &Staged, entry: &Entry) -> Result<(), GraphError> {
    match &entry.statement {
        Statement::Document {
            sha256,
            url,
            status,
            content_type,
            encoding,
            fetched_at,
            len,
            page,
            demo,
            ..
        } => {
            v.put_document(&Document {
                sha256: sha256.clone(),
                url: url.clone(),
                status: *status,
                content_type: content_type.clone(),
                encoding: encoding.clone(),
                fetched_at: *fetched_at,
                len: *len,
                page: page.clone(),
                demo: *demo,
            })?;
            v.set_url(url, sha256);
        }
        Statement::Gone { url, seen_at, .. } => {
            for part in [None, Some("closure")] {
                if let Some(mut n) = v.notice(&notice_id(url, part))?
                    && n.withdrawn_seen.is_none()
                {
                    n.withdrawn_seen = Some(*seen_at);
                    v.put_notice(&n)?;
                }
            }
        }
        Statement::Notice {
            id,
            sha256,
            url,
            record,
        } => apply_notice(v, id, sha256, url, record)?,
        Statement::Curation {
            sha256,
            index,
            judgement,
        } => apply_curation(v, sha256, *index, judgement)?,
        Statement::Nta {
            sha256,
            line,
            row,
            demo,
        } => apply_nta(v, sha256, *line, row, *demo)?,
    }
    Ok(())
}

/// The keys a name is registered and looked up under: the whole name, and the
/// facility part when an operator is written in front of it.
pub(crate) fn keys(name: &str, operator: Option<&str>) -> Vec<String> {
    let whole = name_key(name);
    let mut out = vec![whole.clone()];
    let (op, rest) = split_operator(name);
    if op.is_some() && !rest.is_empty() {
        out.push(name_key(&rest));
    }
    if let Some(op) = operator {
        let ok = name_key(op);
        if !ok.is_empty() && whole.len() > ok.len() && whole.starts_with(&ok) {
            out.push(whole[ok.len()..].to_string());
        }
    }
    // The whole name always counts; a shorter alternative only if it says something.
    let mut rest = out.split_off(1);
    rest.retain(|k| k.chars().count() >= 2 && *k != whole);
    out.extend(rest);
    out.retain(|k| !k.is_empty());
    out.dedup();
    out
}

pub(super) fn create(
    v: &Staged,
    role: Role,
    name: &str,
    place: Option<&str>,
    demo: bool,
) -> Result<String, GraphError> {
    // A legal entity's id does not depend on where the first record placed
    // it: NTA rows give its registered address, notices none, and the id must
    // be the same whichever arrives first (a killed crawl re-run after an
    // import, say). A clinic's place stays in its id: same-named clinics differ.
    let place = if role == Role::Operator { None } else { place };
    let seed = format!(
        "{}|{}|{}",
        role.code(),
        tadoru_crawler::names::unfolded_key(name),
        place.unwrap_or("")
    );
    let hash = tadoru_crawler::crawl::sha256_hex(seed.as_bytes());
    let mut id = format!("e-{}", &hash[..12]);
    let mut n = 1;
    while v.entity(&id)?.is_some() {
        n += 1;
        id = format!("e-{}-{n}", &hash[..12]);
    }
    v.put_entity(&Entity {
        id: id.clone(),
        role,
        names: Vec::new(),
        en_name: None,
        furigana: None,
        identifiers: Vec::new(),
        places: Vec::new(),
        addresses: Vec::new(),
        status: Vec::new(),
        edges: Vec::new(),
        notices: Vec::new(),
        mentions: Vec::new(),
        links: Vec::new(),
        merged_into: None,
        merged_from: Vec::new(),
        judgements: Vec::new(),
        demo,
    });
    Ok(id)
}

/// The entity `id` names (following merges): its small fields, lists empty.
pub(super) fn load(v: &Staged, id: &str) -> Result<Entity, GraphError> {
    v.resolve_entity(id)?.ok_or_else(|| {
        GraphError::json(
            format!("entity {id}"),
            serde::de::Error::custom("missing entity"),
        )
    })
}

/// Records why a record was linked to entity `id` (once).
pub(super) fn add_link(v: &Staged, id: &str, why: Why, ev: &Evidence) -> Result<(), GraphError> {
    let link = Link {
        reason: why.en,
        reason_ja: why.ja,
        evidence: ev.clone(),
    };
    v.add_link(id, &link)
}
