//! From the graph (store of record) to the search index (derived). Each
//! notice is indexed with every name its subjects ever had, so a search for an
//! old name finds the orders issued under the new one, and the reverse.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use tadoru_crawler::Role;
use tadoru_crawler::extract::authority_en;
use tadoru_graph::{Changes, Entity, Graph, Notice, State};
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
        .map(|n| tadoru_crawler::names::unfolded_key(n))
        .filter(|k| !k.is_empty())
        .collect();
    for k in keys {
        if !names.contains(&k) {
            names.push(k);
        }
    }
    names
}

/// Every name (see [`all_names`]) of the entity an id names, following
/// merges, remembered: the notices of a build name the same entities many
/// times, and only the entity's small fields are read for it.
struct NamesOf<'g> {
    graph: &'g Graph,
    cache: HashMap<String, Vec<String>>,
}

impl<'g> NamesOf<'g> {
    fn new(graph: &'g Graph) -> NamesOf<'g> {
        NamesOf {
            graph,
            cache: HashMap::new(),
        }
    }

    fn get(&mut self, id: &str) -> Result<&[String], WebError> {
        if !self.cache.contains_key(id) {
            let names = self
                .graph
                .entity_core(id)?
                .map(|e| all_names(&e))
                .unwrap_or_default();
            self.cache.insert(id.to_string(), names);
        }
        Ok(self.cache.get(id).map(Vec::as_slice).unwrap_or_default())
    }
}

/// A notice's search document: its own fields and every name its subjects
/// ever had.
fn notice_doc(n: &Notice, names: &mut NamesOf) -> Result<NoticeDoc, WebError> {
    let mut subject_names: Vec<String> = n.record.subjects.iter().map(|s| s.name.clone()).collect();
    for id in &n.subject_entities {
        subject_names.extend(names.get(id)?.iter().cloned());
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
    Ok(NoticeDoc {
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
        attachments: r
            .attachments
            .iter()
            .filter_map(|a| a.text.as_deref())
            .collect::<Vec<_>>()
            .join("\n"),
        english,
        labels: r.kind.ja_keywords().to_string(),
    })
}

/// A notice's kind and date, what an entity's document needs of each of its notices.
type Head = (tadoru_crawler::NoticeKind, Option<chrono::NaiveDate>);

/// The kind and date of notice `id`, if the graph has it.
fn head_of(graph: &Graph, id: &str) -> Option<Head> {
    graph
        .notice(id)
        .ok()
        .flatten()
        .map(|n| (n.record.kind, n.record.issued_on))
}

/// An entity's search document (`head_of` gives a notice's kind and date by
/// id, `successor` the name of the corporation that absorbed it).
fn entity_doc(
    e: &Entity,
    head_of: &dyn Fn(&str) -> Option<Head>,
    successor: &dyn Fn(&Entity) -> Option<String>,
) -> EntityDoc {
    let heads: Vec<Head> = e.notices.iter().filter_map(|id| head_of(id)).collect();
    let mut years: Vec<i32> = heads
        .iter()
        .filter_map(|(_, d)| d.map(|d| chrono::Datelike::year(&d)))
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
    EntityDoc {
        id: e.id.clone(),
        current_name: e.current_name().to_string(),
        names: all_names(e),
        role: e.role.code().to_string(),
        english: english.join("\n"),
        details: details.join("\n"),
        places: e.places.iter().chain(&e.addresses).cloned().collect(),
        years,
        card: serde_json::to_string(&crate::glance::card(e, &heads, successor(e)))
            .unwrap_or_default(),
    }
}

/// Builds the index in `dir` from everything in the graph, [`UPDATE_CHUNK`]
/// notices or entities at a time (one commit each), so memory is bounded by
/// the chunk, not by the store.
pub fn build_index(graph: &Graph, dir: &Path) -> Result<SearchIndex, WebError> {
    let index = SearchIndex::create_empty(dir)?;
    let mut names = NamesOf::new(graph);
    // Every notice's kind and date, for the entities' documents below.
    let mut heads: HashMap<String, Head> = HashMap::new();
    let mut after: Option<String> = None;
    loop {
        let notices = graph.notices_after(after.as_deref(), UPDATE_CHUNK)?;
        let Some(last) = notices.last() else { break };
        after = Some(last.id.clone());
        let mut docs = Vec::with_capacity(notices.len());
        for n in &notices {
            docs.push(notice_doc(n, &mut names)?);
            heads.insert(n.id.clone(), (n.record.kind, n.record.issued_on));
        }
        index.apply(&docs, &[], &[])?;
    }
    drop(names);
    let head = |id: &str| heads.get(id).copied().or_else(|| head_of(graph, id));
    let successor = |e: &Entity| crate::views::successor_name(graph, e).ok().flatten();
    let mut after: Option<String> = None;
    loop {
        let entities = graph.entities_after(after.as_deref(), UPDATE_CHUNK)?;
        let Some(last) = entities.last() else { break };
        after = Some(last.id.clone());
        let docs: Vec<EntityDoc> = entities
            .iter()
            .map(|e| entity_doc(e, &head, &successor))
            .collect();
        index.apply(&[], &docs, &[])?;
    }
    Ok(index)
}

/// Brings `index` up to date with `changes` (from `Graph::take_changes`):
/// the documents of the notices and entities that changed are replaced, and
/// so are those of the notices naming an entity whose names changed; an
/// entity merged into another leaves the index (the survivor answers for
/// it). Returns how many documents were written.
pub fn update_index(
    graph: &Graph,
    index: &SearchIndex,
    changes: &Changes,
) -> Result<usize, WebError> {
    let mut names = NamesOf::new(graph);
    let mut notice_ids: BTreeSet<String> = changes.notices.clone();
    for id in &changes.renamed {
        if let Some(e) = graph.entity(id)? {
            notice_ids.extend(e.notices.iter().cloned());
        }
    }
    // In chunks, each its own commit, so memory is bounded by the chunk
    // (an import can change a million entities); segments merged at the end.
    let mut written = 0;
    let ids: Vec<&String> = notice_ids.iter().collect();
    for chunk in ids.chunks(UPDATE_CHUNK) {
        let mut docs = Vec::with_capacity(chunk.len());
        for id in chunk {
            if let Some(n) = graph.notice(id)? {
                docs.push(notice_doc(&n, &mut names)?);
            }
        }
        index.apply(&docs, &[], &[])?;
        written += docs.len();
    }
    let head = |id: &str| head_of(graph, id);
    let successor = |e: &Entity| crate::views::successor_name(graph, e).ok().flatten();
    let ids: Vec<&String> = changes.entities.iter().collect();
    for chunk in ids.chunks(UPDATE_CHUNK) {
        let mut docs = Vec::with_capacity(chunk.len());
        let mut removed = Vec::new();
        for id in chunk {
            match graph.entity_record(id)? {
                Some(e) if e.merged_into.is_none() => {
                    docs.push(entity_doc(&e, &head, &successor));
                }
                _ => removed.push((*id).clone()),
            }
        }
        index.apply(&[], &docs, &removed)?;
        written += docs.len();
    }
    index.merge_segments()?;
    Ok(written)
}

/// Documents written per commit by [`update_index`].
const UPDATE_CHUNK: usize = 20_000;
