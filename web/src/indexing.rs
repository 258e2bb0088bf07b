//! From the graph (store of record) to the search index (derived). Each
//! notice is indexed with every name its subjects ever had, so a search for an
//! old name finds the orders issued under the new one, and the reverse.

use std::collections::HashMap;
use std::path::Path;

use tadoru_crawler::Role;
use tadoru_crawler::extract::authority_en;
use tadoru_graph::{Entity, Graph, Notice, State};
use tadoru_index::{EntityDoc, NoticeDoc, SearchIndex};

use crate::error::WebError;

/// English title tadoru gives a notice.
pub fn title_en(n: &Notice) -> String {
    let kind = n.record.kind.en();
    let mut s = format!(
        "{}{} — {}",
        kind[..1].to_uppercase(),
        &kind[1..],
        authority_en(&n.record.authority)
    );
    if let Some(d) = n.record.issued_on {
        s.push_str(&format!(", {d}"));
    }
    s
}

pub fn all_names(e: &Entity) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for n in &e.names {
        names.push(n.name.clone());
        names.extend(n.variants.iter().cloned());
    }
    if let Some(f) = &e.furigana {
        names.push(f.clone());
    }
    // Without legal form and spaces, as people type it: コージンバイオ埼玉細胞加工センター.
    let keys: Vec<String> = names
        .iter()
        .map(|n| tadoru_crawler::names::name_key(n))
        .filter(|k| !k.is_empty())
        .collect();
    for k in keys {
        if !names.contains(&k) {
            names.push(k);
        }
    }
    names
}

/// Builds the index in `dir` from everything in the graph.
pub fn build_index(graph: &Graph, dir: &Path) -> Result<SearchIndex, WebError> {
    let entities = graph.entities()?;
    let notices = graph.notices()?;
    let by_id: HashMap<&str, &Entity> = entities.iter().map(|e| (e.id.as_str(), e)).collect();

    let mut notice_docs = Vec::with_capacity(notices.len());
    for n in &notices {
        let mut subject_names: Vec<String> =
            n.record.subjects.iter().map(|s| s.name.clone()).collect();
        for id in &n.subject_entities {
            let entity = match by_id.get(id.as_str()) {
                Some(e) => Some((*e).clone()),
                None => graph.entity(id)?,
            };
            if let Some(e) = entity {
                subject_names.extend(all_names(&e));
            }
        }
        subject_names.sort();
        subject_names.dedup();
        let r = &n.record;
        let english = format!(
            "{}\n{}\n{}\n{}",
            r.kind.en(),
            r.kind.en_keywords(),
            authority_en(&r.authority),
            r.summary_en
        );
        notice_docs.push(NoticeDoc {
            id: n.id.clone(),
            title: r.title.clone(),
            title_en: title_en(n),
            kind: r.kind.code().to_string(),
            issued_on: r.issued_on.map(|d| d.to_string()),
            year: r.issued_on.map(|d| chrono::Datelike::year(&d)),
            subject_names,
            parties: r
                .subjects
                .iter()
                .filter(|s| s.role != Role::Operator)
                .map(|s| s.name.clone())
                .collect(),
            places: r
                .subjects
                .iter()
                .flat_map(|s| [s.place.clone(), s.address.clone()])
                .flatten()
                .collect(),
            body: r.text.clone(),
            english,
            labels: r.kind.ja_keywords().to_string(),
        });
    }
    let year_of: HashMap<&str, i32> = notices
        .iter()
        .filter_map(|n| {
            n.record
                .issued_on
                .map(|d| (n.id.as_str(), chrono::Datelike::year(&d)))
        })
        .collect();
    let mut entity_docs = Vec::with_capacity(entities.len());
    for e in &entities {
        let mut years: Vec<i32> = e
            .notices
            .iter()
            .filter_map(|id| year_of.get(id.as_str()).copied())
            .collect();
        years.sort();
        years.dedup();
        let status = match e.current_status().map(|s| s.state) {
            Some(State::Closed) => "closed",
            Some(State::Deleted) => "deleted",
            _ => "active",
        };
        let mut english = vec![e.role.en().to_string(), status.to_string()];
        english.extend(e.en_name.iter().cloned());
        if e.role == Role::CellProcessingFacility {
            english.push("cell processing facility CPF manufacturer".into());
        }
        let mut details = e.places.clone();
        details.extend(e.addresses.iter().cloned());
        details.extend(e.identifiers.iter().map(|i| i.value.clone()));
        entity_docs.push(EntityDoc {
            id: e.id.clone(),
            current_name: e.current_name().to_string(),
            names: all_names(e),
            role: e.role.code().to_string(),
            english: english.join("\n"),
            details: details.join("\n"),
            places: e.places.iter().chain(&e.addresses).cloned().collect(),
            years,
        });
    }
    Ok(SearchIndex::build(dir, &notice_docs, &entity_docs)?)
}
