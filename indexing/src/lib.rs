//! From the graph (store of record) to the search index (derived). Each
//! notice is indexed with every name its subjects ever had, so a search for an
//! old name finds the orders issued under the new one, and the reverse.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use tadoru_crawler::extract::authority_en;
use tadoru_graph::{Changes, Entity, Graph, Notice, State};
use tadoru_index::{EntityDoc, NoticeDoc, SearchIndex};
use tadoru_model::Role;

use crate::card::{CardFamily, CardLinks, NamedEntity, NoticeFacts};

pub mod card;

/// What can go wrong building documents: reading the graph or writing the index.
#[derive(Debug, thiserror::Error)]
pub enum IndexingError {
    #[error("{0}")]
    Graph(#[from] tadoru_graph::GraphError),
    #[error("{0}")]
    Index(#[from] tadoru_index::IndexError),
}

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

/// The entity's names as recorded: every name, its spelling variants and
/// its reading (furigana). What a snippet may quote.
pub fn recorded_names(e: &Entity) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for n in &e.names {
        names.push(n.name.clone());
        names.extend(n.variants.iter().cloned());
    }
    if let Some(f) = &e.furigana {
        names.push(f.clone());
    }
    names
}

/// The names search reads: [`recorded_names`] and a key of each.
pub fn all_names(e: &Entity) -> Vec<String> {
    let mut names = recorded_names(e);
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
    /// Every name (search) and the recorded ones (snippets), by id.
    cache: HashMap<String, (Vec<String>, Vec<String>)>,
}

impl<'g> NamesOf<'g> {
    fn new(graph: &'g Graph) -> NamesOf<'g> {
        NamesOf {
            graph,
            cache: HashMap::new(),
        }
    }

    fn get(&mut self, id: &str) -> Result<(&[String], &[String]), IndexingError> {
        if !self.cache.contains_key(id) {
            let names = self
                .graph
                .entity_core(id)?
                .map(|e| (all_names(&e), recorded_names(&e)))
                .unwrap_or_default();
            self.cache.insert(id.to_string(), names);
        }
        Ok(self
            .cache
            .get(id)
            .map(|(all, shown)| (all.as_slice(), shown.as_slice()))
            .unwrap_or_default())
    }
}

/// A notice's search document: its own fields and every name its subjects
/// ever had.
fn notice_doc(n: &Notice, names: &mut NamesOf) -> Result<NoticeDoc, IndexingError> {
    let mut subject_names: Vec<String> = n.record.subjects.iter().map(|s| s.name.clone()).collect();
    let mut shown_names = subject_names.clone();
    for id in &n.subject_entities {
        let (all, shown) = names.get(id)?;
        subject_names.extend(all.iter().cloned());
        shown_names.extend(shown.iter().cloned());
    }
    subject_names.sort();
    subject_names.dedup();
    shown_names.sort();
    shown_names.dedup();
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
        shown_names,
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

/// The card family of `e` (see [`CardFamily`]), with notice facts from `facts`.
fn family_of(graph: &Graph, e: &Entity, facts: &dyn Fn(&str) -> Option<NoticeFacts>) -> CardFamily {
    let entity = |id: &str| graph.entity(id).ok().flatten();
    CardFamily {
        now_part_of: card::successor_named(graph, e).ok().flatten(),
        absorbed: card::absorbed_cards(e, &entity, facts),
    }
}

/// The facts of notice `id` an entity's card needs, if the graph has it.
fn facts_of(graph: &Graph, id: &str) -> Option<NoticeFacts> {
    graph.notice(id).ok().flatten().map(|n| NoticeFacts::of(&n))
}

/// What an entity's document needs from beyond the entity: the facts of a
/// notice by id, the survivor and current name of a linked entity by id,
/// and its absorption mergers (the corporation that absorbed it, those it
/// absorbed with their orders).
struct Around<'a> {
    facts: &'a dyn Fn(&str) -> Option<NoticeFacts>,
    named: &'a mut dyn FnMut(&str) -> Option<NamedEntity>,
    family: &'a dyn Fn(&Entity) -> CardFamily,
}

/// An entity's search document.
fn entity_doc(e: &Entity, around: &mut Around) -> EntityDoc {
    let facts: Vec<NoticeFacts> = e
        .notices
        .iter()
        .filter_map(|id| (around.facts)(id))
        .collect();
    let mut years: Vec<i32> = facts
        .iter()
        .filter_map(|f| f.issued_on.map(|d| chrono::Datelike::year(&d)))
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
    let links: CardLinks = card::card_links(e, around.named);
    let card = card::card(e, &facts, links, (around.family)(e));
    EntityDoc {
        id: e.id.clone(),
        current_name: e.current_name().to_string(),
        names: all_names(e),
        shown_names: recorded_names(e),
        latest_on: facts
            .iter()
            .filter_map(|f| f.issued_on)
            .max()
            .map(|d| d.to_string()),
        role: e.role.code().to_string(),
        english: english.join("\n"),
        details: details.join("\n"),
        places: e.places.iter().chain(&e.addresses).cloned().collect(),
        years,
        card: serde_json::to_string(&card).unwrap_or_default(),
    }
}

/// Linked entities by id, remembered for a build: many clinics name the
/// same operator or facility.
fn named_cached<'g>(graph: &'g Graph) -> impl FnMut(&str) -> Option<NamedEntity> + 'g {
    let mut cache: HashMap<String, Option<NamedEntity>> = HashMap::new();
    move |id: &str| {
        cache
            .entry(id.to_string())
            .or_insert_with(|| card::named_entity(graph, id).ok().flatten())
            .clone()
    }
}

/// Builds the index in `dir` from everything in the graph, [`UPDATE_CHUNK`]
/// notices or entities at a time (one commit each), so memory is bounded by
/// the chunk, not by the store.
pub fn build_index(graph: &Graph, dir: &Path) -> Result<SearchIndex, IndexingError> {
    let index = SearchIndex::create_empty(dir)?;
    let mut names = NamesOf::new(graph);
    // Every notice's facts, for the entities' cards below.
    let mut facts: HashMap<String, NoticeFacts> = HashMap::new();
    let mut after: Option<String> = None;
    loop {
        let notices = graph.notices_after(after.as_deref(), UPDATE_CHUNK)?;
        let Some(last) = notices.last() else { break };
        after = Some(last.id.clone());
        let mut docs = Vec::with_capacity(notices.len());
        for n in &notices {
            docs.push(notice_doc(n, &mut names)?);
            facts.insert(n.id.clone(), NoticeFacts::of(n));
        }
        index.apply(&docs, &[], &[])?;
    }
    drop(names);
    let fact = |id: &str| facts.get(id).cloned().or_else(|| facts_of(graph, id));
    let family = |e: &Entity| family_of(graph, e, &fact);
    let mut named = named_cached(graph);
    let mut around = Around {
        facts: &fact,
        named: &mut named,
        family: &family,
    };
    let mut after: Option<String> = None;
    loop {
        let entities = graph.entities_after(after.as_deref(), UPDATE_CHUNK)?;
        let Some(last) = entities.last() else { break };
        after = Some(last.id.clone());
        let docs: Vec<EntityDoc> = entities
            .iter()
            .map(|e| entity_doc(e, &mut around))
            .collect();
        index.apply(&[], &docs, &[])?;
    }
    Ok(index)
}

/// Brings `index` up to date with `changes` (from `Graph::take_changes`):
/// the documents of the notices and entities that changed are replaced, and
/// so are those of the notices naming an entity whose names changed and of
/// the entities linked to it (their cards show its name); an
/// entity merged into another leaves the index (the survivor answers for
/// it). Returns how many documents were written.
pub fn update_index(
    graph: &Graph,
    index: &SearchIndex,
    changes: &Changes,
) -> Result<usize, IndexingError> {
    let mut names = NamesOf::new(graph);
    let mut notice_ids: BTreeSet<String> = changes.notices.clone();
    let mut entity_ids: BTreeSet<String> = changes.entities.clone();
    for id in &changes.renamed {
        if let Some(e) = graph.entity(id)? {
            notice_ids.extend(e.notices.iter().cloned());
            entity_ids.extend(e.edges.iter().map(|x| x.target.clone()));
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
    let fact = |id: &str| facts_of(graph, id);
    let family = |e: &Entity| family_of(graph, e, &fact);
    let mut named = named_cached(graph);
    let mut around = Around {
        facts: &fact,
        named: &mut named,
        family: &family,
    };
    // A corporation another absorbed is part of the survivor's card (its
    // orders are inherited): a change to it, or a new notice against it,
    // writes the survivor's card again, after the changed entities.
    let mut survivors: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<String> = entity_ids.iter().cloned().collect();
    while !pending.is_empty() {
        for chunk in pending.chunks(UPDATE_CHUNK) {
            let mut docs = Vec::with_capacity(chunk.len());
            let mut removed = Vec::new();
            for id in chunk {
                match graph.entity_record(id)? {
                    Some(e) if e.merged_into.is_none() => {
                        if e.successor().is_some()
                            && let Some(s) = graph.successor_of(&e)?
                            && !entity_ids.contains(&s.id)
                        {
                            survivors.insert(s.id);
                        }
                        docs.push(entity_doc(&e, &mut around));
                    }
                    _ => removed.push(id.clone()),
                }
            }
            index.apply(&[], &docs, &removed)?;
            written += docs.len();
        }
        entity_ids.extend(survivors.iter().cloned());
        pending = std::mem::take(&mut survivors).into_iter().collect();
    }
    index.merge_segments()?;
    Ok(written)
}

/// Documents written per commit by [`update_index`].
const UPDATE_CHUNK: usize = 20_000;

#[cfg(test)]
mod tests {
    use super::*;
    use tadoru_crawler::crawl::FetchedPage;
    use tadoru_model::PageContent;
    use tadoru_model::record::{NoticeKind, NoticeRecord, Subject};

    fn subject(name: &str, role: Role, operator: Option<&str>) -> Subject {
        Subject {
            name: name.into(),
            role,
            operator: operator.map(str::to_string),
            place: Some("東京都中央区".into()),
            address: None,
            facility_number: None,
            plans: vec![],
            articles: vec![],
            spellings: vec![],
        }
    }

    fn page(subjects: Vec<Subject>) -> FetchedPage {
        let record = NoticeRecord {
            kind: NoticeKind::SuspensionOrder,
            authority: "厚生労働省".into(),
            issued_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
            title: "業務停止命令".into(),
            articles: vec![],
            violations: vec![],
            subjects,
            plans: vec![],
            renames: vec![],
            closures: vec![],
            persons: vec![],
            attachments: vec![],
            text: "令和8年10月1日から令和8年12月31日までの間、業務の停止を命じた。".into(),
            summary_en: String::new(),
            part: None,
        };
        FetchedPage {
            url: "http://x/a.html".into(),
            status: 200,
            content_type: Some("text/html".into()),
            fetched_at: chrono::Utc::now(),
            sha256: String::new(),
            bytes: b"a".to_vec(),
            encoding: Some("UTF-8"),
            encoding_note: None,
            validators: Default::default(),
            truncated: false,
            content: Ok(PageContent::Notices(vec![record])),
            demo: false,
        }
    }

    fn card_of(index: &SearchIndex, name: &str) -> crate::card::Card {
        let req = tadoru_index::SearchRequest {
            q: name.into(),
            doc_type: Some("entity".into()),
            kind: None,
            year: None,
            place: None,
            page: 1,
            per_page: 20,
        };
        let hit = index
            .search(&req)
            .unwrap()
            .hits
            .into_iter()
            .find(|h| h.title == name)
            .unwrap_or_else(|| panic!("{name} not found"));
        serde_json::from_str(&hit.card).unwrap()
    }

    #[test]
    fn an_entity_card_holds_its_links_and_order_periods_and_follows_a_linked_rename() {
        let dir = tempfile::tempdir().unwrap();
        let graph = Graph::open(&dir.path().join("data")).unwrap();
        graph
            .record_page(&page(vec![subject(
                "甲クリニック",
                Role::Clinic,
                Some("医療法人社団甲会"),
            )]))
            .unwrap();
        let index = build_index(&graph, &dir.path().join("index")).unwrap();
        let card = card_of(&index, "甲クリニック");
        assert_eq!(card.operators.count, 1, "{card:?}");
        assert_eq!(card.operators.entities[0].current_name, "医療法人社団甲会");
        assert_eq!(card.orders.len(), 1);
        assert_eq!(
            card.orders[0].until,
            chrono::NaiveDate::from_ymd_opt(2026, 12, 31)
        );
        assert!(!card.orders[0].lifted);
        // The operator's names change: the clinic's card, which shows its
        // name, is written again with the notices naming it.
        let op = graph.lookup("医療法人社団甲会").unwrap().remove(0);
        let clinic = graph.lookup("甲クリニック").unwrap().remove(0);
        assert!(op.edges.iter().any(|e| e.target == clinic.id), "{op:?}");
        let changes = Changes {
            renamed: [op.id.clone()].into(),
            ..Default::default()
        };
        let written = update_index(&graph, &index, &changes).unwrap();
        let linked: BTreeSet<&String> = op.edges.iter().map(|e| &e.target).collect();
        assert_eq!(written, op.notices.len() + linked.len());
    }
}
