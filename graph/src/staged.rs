//! Applying statements to sled as a unit: every write of a group of
//! statements is staged here, read back by the statements that follow, and
//! committed in one sled transaction with the statements' hashes and the
//! applied seq. A crash leaves sled with all of a group or none of it, so
//! the applied seq always says exactly which statements sled reflects, and an
//! open catches up from there.
//!
//! It also keeps each entity's small fields decoded while a group is applied
//! (a notice reads and changes the same few entities many times), and gives
//! resolution the entity's growing lists one item at a time (see
//! `views::TREE_ENTITY_ITEMS`), so that applying a notice costs what it adds,
//! not what the entities it names already hold.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use sled::Transactional;
use sled::transaction::TransactionError;

use crate::error::GraphError;
use crate::model::{Document, Edge, EdgeKind, Entity, Evidence, Link, Notice};
use crate::views::{self, META_APPLIED, META_APPLIED_AT, Views};

/// What applying statements changed in the views: what a derived view (the
/// search index) must update to follow them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Entities whose record or lists changed.
    pub entities: BTreeSet<String>,
    /// Entities whose names (or their spellings or reading) changed: every
    /// notice naming them shows their names.
    pub renamed: BTreeSet<String>,
    /// Notices added or changed.
    pub notices: BTreeSet<String>,
}

impl Changes {
    pub fn extend(&mut self, other: Changes) {
        self.entities.extend(other.entities);
        self.renamed.extend(other.renamed);
        self.notices.extend(other.notices);
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty() && self.notices.is_empty()
    }
}

/// The names an entity is found under: every spelling and its reading.
fn names_of(e: &Entity) -> Vec<String> {
    let mut out: Vec<String> = e
        .names
        .iter()
        .flat_map(|n| std::iter::once(n.name.clone()).chain(n.variants.iter().cloned()))
        .chain(e.furigana.clone())
        .collect();
    out.sort();
    out
}

/// Writes staged for one tree: key → new value, or `None` for a removal.
type Writes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;
/// Keys and values read from a tree.
type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

/// Which tree a staged write goes to (an index into [`Staged::writes`]).
#[derive(Clone, Copy)]
enum T {
    Meta,
    Entities,
    Items,
    Names,
    Corp,
    Notices,
    Documents,
    Urls,
    Hashes,
    NotSame,
    Changes,
    ChangesByKind,
    ChangeSeq,
    ChangeTimes,
}

const TREES: usize = 14;

/// Keys per sled batch when a bulk load writes a group.
const BULK_BATCH_KEYS: usize = 4096;

pub struct Staged<'a> {
    v: &'a Views,
    /// A bulk load into views emptied first (a rebuild): groups are written
    /// with plain batches, not transactions (sled's transaction reads every
    /// key before it writes it), and commit only when much is staged.
    bulk: bool,
    /// Nothing was committed to the trees since they were emptied: reads
    /// need not ask sled (a bulk load's first group, usually the only one).
    sled_empty: Cell<bool>,
    /// About how many bytes of keys and values are staged.
    bytes: Cell<usize>,
    writes: RefCell<[Writes; TREES]>,
    /// Entities' small fields read or written by this group (`None`: no such entity).
    cores: RefCell<HashMap<String, Option<Entity>>>,
    /// Ids of the entities in `cores` changed by this group.
    dirty: RefCell<HashSet<String>>,
    /// The names (with variants and reading) of each entity as sled held them
    /// before this group: a notice shows its subjects' names, so one whose
    /// subject got another name must be re-indexed.
    names_before: RefCell<HashMap<String, Vec<String>>>,
    /// What the groups committed so far changed.
    touched: RefCell<Changes>,
    /// The seq of the statement being applied and a counter within it: the
    /// order of the items it adds.
    seq: Cell<u64>,
    counter: Cell<u64>,
    staged: Cell<usize>,
    /// When the statement being applied was recorded (ms since the epoch),
    /// and when the one before it was.
    at: Cell<i64>,
    last_at: Cell<Option<i64>>,
    /// The records this group changed, `(kind, id)` → the seq and time of
    /// the last statement that changed each: their keys in the change feed.
    changed: RefCell<BTreeMap<(u8, String), (u64, i64)>>,
}

impl<'a> Staged<'a> {
    pub fn new(v: &'a Views) -> Staged<'a> {
        Staged {
            v,
            bulk: false,
            sled_empty: Cell::new(false),
            bytes: Cell::new(0),
            writes: RefCell::new(Default::default()),
            cores: RefCell::new(HashMap::new()),
            dirty: RefCell::new(HashSet::new()),
            names_before: RefCell::new(HashMap::new()),
            touched: RefCell::new(Changes::default()),
            seq: Cell::new(0),
            counter: Cell::new(0),
            staged: Cell::new(0),
            at: Cell::new(0),
            last_at: Cell::new(None),
            changed: RefCell::new(BTreeMap::new()),
        }
    }

    /// A bulk load into `v`, whose trees (those written here) must be empty:
    /// everything is staged in memory and written in large plain batches,
    /// the applied seq last. A crash in the middle leaves views without the
    /// schema mark (cleared before), which the next open rebuilds; it is
    /// for replays from scratch, never for appends.
    pub fn new_bulk(v: &'a Views) -> Staged<'a> {
        Staged {
            bulk: true,
            sled_empty: Cell::new(true),
            ..Staged::new(v)
        }
    }

    /// Whether enough is staged that the caller should commit: a number of
    /// writes, or for a bulk load a number of bytes (memory, not atomicity,
    /// bounds a bulk group).
    pub fn should_commit(&self, max_writes: usize, max_bulk_bytes: usize) -> bool {
        if self.bulk {
            self.bytes.get() >= max_bulk_bytes
        } else {
            self.staged.get() >= max_writes
        }
    }

    fn tree(&self, t: T) -> &sled::Tree {
        match t {
            T::Meta => &self.v.meta,
            T::Entities => &self.v.entities,
            T::Items => &self.v.items,
            T::Names => &self.v.names,
            T::Corp => &self.v.corp,
            T::Notices => &self.v.notices,
            T::Documents => &self.v.documents,
            T::Urls => &self.v.urls,
            T::Hashes => &self.v.hashes,
            T::NotSame => &self.v.not_same,
            T::Changes => &self.v.changes,
            T::ChangesByKind => &self.v.changes_by_kind,
            T::ChangeSeq => &self.v.change_seq,
            T::ChangeTimes => &self.v.change_times,
        }
    }

    fn get(&self, t: T, key: &[u8]) -> Result<Option<Vec<u8>>, GraphError> {
        if let Some(v) = self.writes.borrow()[t as usize].get(key) {
            return Ok(v.clone());
        }
        if self.sled_empty.get() {
            return Ok(None);
        }
        Ok(self.tree(t).get(key)?.map(|v| v.to_vec()))
    }

    fn contains(&self, t: T, key: &[u8]) -> Result<bool, GraphError> {
        if let Some(v) = self.writes.borrow()[t as usize].get(key) {
            return Ok(v.is_some());
        }
        if self.sled_empty.get() {
            return Ok(false);
        }
        Ok(self.tree(t).contains_key(key)?)
    }

    fn put(&self, t: T, key: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) {
        let key = key.into();
        match t {
            T::Items => {
                let end = key.iter().position(|b| *b == 0).unwrap_or(key.len());
                let id = String::from_utf8_lossy(&key[..end]).into_owned();
                self.mark(views::CHANGE_ENTITY, &id);
                self.touched.borrow_mut().entities.insert(id);
            }
            T::Notices => {
                let id = String::from_utf8_lossy(&key).into_owned();
                self.mark(views::CHANGE_NOTICE, &id);
                self.touched.borrow_mut().notices.insert(id);
            }
            _ => {}
        }
        let value = value.into();
        self.bytes
            .set(self.bytes.get() + key.len() + value.len() + 64);
        self.writes.borrow_mut()[t as usize].insert(key, Some(value));
        self.staged.set(self.staged.get() + 1);
    }

    /// What everything staged through this so far changed (committed or not).
    pub fn changes(&self) -> Changes {
        self.touched.take()
    }

    /// Every key and value under `prefix`, staged writes included, in key order.
    fn scan(&self, t: T, prefix: &[u8]) -> Result<Pairs, GraphError> {
        let writes = self.writes.borrow();
        if self.sled_empty.get() {
            return Ok(writes[t as usize]
                .range(prefix.to_vec()..)
                .take_while(|(k, _)| k.starts_with(prefix))
                .filter_map(|(k, v)| Some((k.clone(), v.clone()?)))
                .collect());
        }
        let mut out: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        for kv in self.tree(t).scan_prefix(prefix) {
            let (k, v) = kv?;
            out.insert(k.to_vec(), v.to_vec());
        }
        for (k, v) in writes[t as usize]
            .range(prefix.to_vec()..)
            .take_while(|(k, _)| k.starts_with(prefix))
        {
            match v {
                Some(v) => out.insert(k.clone(), v.clone()),
                None => out.remove(k),
            };
        }
        Ok(out.into_iter().collect())
    }

    /// Starts applying the statement with this seq, recorded at `at`. The
    /// first statement of each recording time is noted in the change feed's
    /// time index.
    pub fn begin(&self, seq: u64, at: chrono::DateTime<chrono::Utc>) {
        self.seq.set(seq);
        self.counter.set(0);
        let ms = at.timestamp_millis();
        self.at.set(ms);
        if self.last_at.replace(Some(ms)) != Some(ms) {
            let mut key = ms.to_be_bytes().to_vec();
            key.extend_from_slice(&seq.to_be_bytes());
            self.put(T::ChangeTimes, key, Vec::new());
        }
    }

    /// Notes that the statement being applied changed a record.
    fn mark(&self, kind: u8, id: &str) {
        self.changed
            .borrow_mut()
            .insert((kind, id.to_string()), (self.seq.get(), self.at.get()));
    }

    /// Moves every record this group changed to its new place in the change
    /// feed (staged with the rest, so the feed never runs ahead of the views).
    fn stage_changes(&self) -> Result<(), GraphError> {
        for ((kind, id), (seq, at)) in self.changed.take() {
            let mut of = vec![kind];
            of.extend_from_slice(id.as_bytes());
            let old = self
                .get(T::ChangeSeq, &of)?
                .and_then(|v| <[u8; 8]>::try_from(v.as_slice()).ok())
                .map(u64::from_be_bytes);
            let mut writes = self.writes.borrow_mut();
            if let Some(old) = old.filter(|o| *o != seq) {
                writes[T::Changes as usize].insert(views::change_key(old, kind, &id), None);
                writes[T::ChangesByKind as usize]
                    .insert(views::change_kind_key(kind, old, &id), None);
            }
            let at = at.to_be_bytes().to_vec();
            writes[T::Changes as usize].insert(views::change_key(seq, kind, &id), Some(at.clone()));
            writes[T::ChangesByKind as usize]
                .insert(views::change_kind_key(kind, seq, &id), Some(at));
            writes[T::ChangeSeq as usize].insert(of, Some(seq.to_be_bytes().to_vec()));
        }
        Ok(())
    }

    /// The order of the next item added: after every item added before.
    fn next_order(&self) -> [u8; 8] {
        let n = self.counter.get();
        self.counter.set(n + 1);
        ((self.seq.get() << 20) | n.min((1 << 20) - 1)).to_be_bytes()
    }

    pub fn is_empty(&self) -> bool {
        self.staged.get() == 0 && self.dirty.borrow().is_empty()
    }

    /// Writes everything staged to sled in one transaction, and starts afresh.
    pub fn commit(&self) -> Result<(), GraphError> {
        self.stage_changes()?;
        for id in self.dirty.take() {
            if let Some(Some(e)) = self.cores.borrow().get(&id) {
                let json = serde_json::to_vec(e).map_err(|err| GraphError::json(&id, err))?;
                let mut touched = self.touched.borrow_mut();
                if self.names_before.borrow().get(&id) != Some(&names_of(e)) {
                    touched.renamed.insert(id.clone());
                }
                touched.entities.insert(id.clone());
                self.writes.borrow_mut()[T::Entities as usize].insert(id.into_bytes(), Some(json));
            }
        }
        self.cores.borrow_mut().clear();
        self.names_before.borrow_mut().clear();
        self.staged.set(0);
        self.bytes.set(0);
        let mut writes = std::mem::take(&mut *self.writes.borrow_mut());
        if self.bulk {
            // Data first, then the statements' hashes and the change feed,
            // the applied seq last; one plain batch per tree.
            let order = [
                T::Entities,
                T::Items,
                T::Names,
                T::Corp,
                T::Notices,
                T::Documents,
                T::Urls,
                T::NotSame,
                T::Hashes,
                T::Changes,
                T::ChangesByKind,
                T::ChangeSeq,
                T::ChangeTimes,
                T::Meta,
            ];
            for t in order {
                let w = std::mem::take(&mut writes[t as usize]);
                if w.is_empty() {
                    continue;
                }
                // In batches of a few thousand keys: sled keeps what one
                // batch replaces until the batch ends, so one batch of a
                // whole tree would hold all of it in memory twice.
                let mut batch = sled::Batch::default();
                let mut n = 0;
                for (k, v) in w {
                    match v {
                        Some(v) => batch.insert(k, v),
                        None => batch.remove(k),
                    }
                    n += 1;
                    if n % BULK_BATCH_KEYS == 0 {
                        self.tree(t).apply_batch(std::mem::take(&mut batch))?;
                    }
                }
                self.tree(t).apply_batch(batch)?;
            }
            self.sled_empty.set(false);
            return Ok(());
        }
        let all = [
            T::Meta,
            T::Entities,
            T::Items,
            T::Names,
            T::Corp,
            T::Notices,
            T::Documents,
            T::Urls,
            T::Hashes,
            T::NotSame,
            T::Changes,
            T::ChangesByKind,
            T::ChangeSeq,
            T::ChangeTimes,
        ];
        let used: Vec<(&sled::Tree, &Writes)> = all
            .iter()
            .filter(|t| !writes[**t as usize].is_empty())
            .map(|t| (self.tree(*t), &writes[*t as usize]))
            .collect();
        if used.is_empty() {
            return Ok(());
        }
        let trees: Vec<&sled::Tree> = used.iter().map(|(t, _)| *t).collect();
        trees
            .as_slice()
            .transaction(|tx| {
                for (tree, (_, w)) in tx.iter().zip(&used) {
                    let mut batch = sled::Batch::default();
                    for (k, v) in w.iter() {
                        match v {
                            Some(v) => batch.insert(k.as_slice(), v.as_slice()),
                            None => batch.remove(k.as_slice()),
                        }
                    }
                    tree.apply_batch(&batch)?;
                }
                Ok(())
            })
            .map_err(|e: TransactionError<()>| match e {
                TransactionError::Storage(e) => GraphError::Sled(e),
                TransactionError::Abort(()) => {
                    GraphError::Sled(sled::Error::Unsupported("transaction aborted".into()))
                }
            })
    }

    // ---- the statement log's bookkeeping ----

    pub fn put_hash(&self, hash: &[u8; 32], seq: u64) {
        self.put(T::Hashes, hash.to_vec(), seq.to_be_bytes().to_vec());
    }

    pub fn has_hash(&self, hash: &[u8; 32]) -> Result<bool, GraphError> {
        self.contains(T::Hashes, hash)
    }

    /// Records that sled reflects the log up to `seq`, whose frame is at byte `at`.
    pub fn set_applied(&self, seq: u64, at: Option<u64>) {
        self.put(T::Meta, META_APPLIED, seq.to_be_bytes().to_vec());
        if let Some(at) = at {
            self.put(T::Meta, META_APPLIED_AT, at.to_be_bytes().to_vec());
        }
    }

    // ---- entities: small fields ----

    /// The entity's small fields (lists empty), or `None`.
    pub fn entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        if let Some(e) = self.cores.borrow().get(id) {
            return Ok(e.clone());
        }
        let e: Option<Entity> = match self.get(T::Entities, id.as_bytes())? {
            Some(v) => Some(serde_json::from_slice(&v).map_err(|err| GraphError::json(id, err))?),
            None => None,
        };
        if let Some(e) = &e {
            self.names_before
                .borrow_mut()
                .insert(id.to_string(), names_of(e));
        }
        self.cores.borrow_mut().insert(id.to_string(), e.clone());
        Ok(e)
    }

    /// The entity `id` names, following merges to the one it became.
    pub fn resolve_entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        let mut current = self.entity(id)?;
        for _ in 0..32 {
            match current {
                Some(Entity {
                    merged_into: Some(ref next),
                    ..
                }) => current = self.entity(next)?,
                _ => break,
            }
        }
        Ok(current)
    }

    /// Stores the entity's small fields; its lists are kept as items, never here.
    pub fn put_entity(&self, e: &Entity) {
        let core = views::core_of(e);
        self.mark(views::CHANGE_ENTITY, &e.id);
        let mut cores = self.cores.borrow_mut();
        cores.insert(e.id.clone(), Some(core));
        let mut dirty = self.dirty.borrow_mut();
        if !dirty.contains(&e.id) {
            dirty.insert(e.id.clone());
        }
    }

    /// The entity whole (its lists filled), staged items included.
    pub fn full_entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        let Some(core) = self.entity(id)? else {
            return Ok(None);
        };
        let items = self.scan(T::Items, &views::item_prefix(id))?;
        views::assemble(core, &items).map(Some)
    }

    // ---- entities: growing lists, one item each ----

    /// Adds an item unless it is there; returns whether it was added.
    fn add_item(&self, key: Vec<u8>, json: &[u8]) -> Result<bool, GraphError> {
        if self.contains(T::Items, &key)? {
            return Ok(false);
        }
        let mut value = self.next_order().to_vec();
        value.extend_from_slice(json);
        self.put(T::Items, key, value);
        Ok(true)
    }

    /// Lists notice `notice` among those addressed to (or naming) entity `id`.
    pub fn add_notice(&self, id: &str, notice: &str) -> Result<(), GraphError> {
        self.add_item(views::item_key(id, views::ITEM_NOTICE, notice), &[])
            .map(drop)
    }

    /// Lists notice `notice` among those that mention entity `id`.
    pub fn add_mention(&self, id: &str, notice: &str) -> Result<(), GraphError> {
        self.add_item(views::item_key(id, views::ITEM_MENTION, notice), &[])
            .map(drop)
    }

    /// Adds a link (why a record was linked) unless the same one is there.
    pub fn add_link(&self, id: &str, link: &Link) -> Result<(), GraphError> {
        let json = serde_json::to_vec(link).map_err(|e| GraphError::json(id, e))?;
        let key = views::item_key(id, views::ITEM_LINK, &views::short_hash(&json));
        self.add_item(key, &json).map(drop)
    }

    /// Adds a link even when the same one is there (a merge keeps both copies, as it always did).
    pub fn add_link_copy(&self, id: &str, link: &Link) -> Result<(), GraphError> {
        let json = serde_json::to_vec(link).map_err(|e| GraphError::json(id, e))?;
        let hash = views::short_hash(&json);
        let key = views::item_key(id, views::ITEM_LINK, &hash);
        if !self.add_item(key, &json)? {
            let order = self.next_order();
            let copy = format!("{hash}+{}", u64::from_be_bytes(order));
            let mut value = order.to_vec();
            value.extend_from_slice(&json);
            self.put(
                T::Items,
                views::item_key(id, views::ITEM_LINK, &copy),
                value,
            );
        }
        Ok(())
    }

    /// Adds evidence to one of the entity's facts (`owner`: `views::owner_*`) unless it is there.
    pub fn add_evidence(&self, id: &str, owner: &str, ev: &Evidence) -> Result<(), GraphError> {
        let json = serde_json::to_vec(ev).map_err(|e| GraphError::json(id, e))?;
        let rest = format!("{owner}\0{}", views::short_hash(&json));
        self.add_item(views::item_key(id, views::ITEM_EVIDENCE, &rest), &json)
            .map(drop)
    }

    /// The entity's edges in the order they were drawn, without their evidence.
    pub fn edges(&self, id: &str) -> Result<Vec<Edge>, GraphError> {
        let prefix = views::item_key(id, views::ITEM_EDGE, "");
        let mut out = Vec::new();
        for (k, v) in self.scan(T::Items, &prefix)? {
            let json = v.get(8..).unwrap_or_default();
            let order = v.get(..8).and_then(|o| <[u8; 8]>::try_from(o).ok());
            let edge: Edge = serde_json::from_slice(json)
                .map_err(|e| GraphError::json(String::from_utf8_lossy(&k), e))?;
            out.push((order.map_or(0, u64::from_be_bytes), edge));
        }
        out.sort_by_key(|(o, _)| *o);
        Ok(out.into_iter().map(|(_, e)| e).collect())
    }

    /// Draws an edge from `id` unless one of this kind, target and detail is
    /// there (stored without evidence), then adds `evidence` to it.
    pub fn add_edge(&self, id: &str, edge: &Edge, evidence: &[Evidence]) -> Result<(), GraphError> {
        let rest = views::edge_rest(edge.kind, &edge.target, edge.detail.as_deref());
        let bare = Edge {
            evidence: Vec::new(),
            ..edge.clone()
        };
        let json = serde_json::to_vec(&bare).map_err(|e| GraphError::json(id, e))?;
        self.add_item(views::item_key(id, views::ITEM_EDGE, &rest), &json)?;
        let owner = views::owner_edge(&rest);
        for ev in evidence {
            self.add_evidence(id, &owner, ev)?;
        }
        Ok(())
    }

    /// Whether entity `id` has an edge of this kind to `target` (any detail).
    pub fn has_edge_to(&self, id: &str, kind: EdgeKind, target: &str) -> Result<bool, GraphError> {
        let rest = views::edge_rest(kind, target, None);
        let prefix = views::item_key(id, views::ITEM_EDGE, &rest);
        Ok(!self.scan(T::Items, &prefix)?.is_empty())
    }

    // ---- names, identifiers, notices, documents ----

    pub fn add_name_key(&self, key: &str, id: &str) {
        if key.is_empty() {
            return;
        }
        self.put(T::Names, format!("{key}\0{id}"), Vec::new());
    }

    /// Entity ids registered under `key`.
    pub fn ids_for_key(&self, key: &str) -> Result<Vec<String>, GraphError> {
        let prefix = format!("{key}\0");
        Ok(self
            .scan(T::Names, prefix.as_bytes())?
            .into_iter()
            .filter_map(|(k, _)| String::from_utf8(k[prefix.len()..].to_vec()).ok())
            .collect())
    }

    /// The entity a corporate number was recorded for.
    pub fn corp(&self, number: &str) -> Result<Option<String>, GraphError> {
        Ok(self
            .get(T::Corp, number.as_bytes())?
            .map(|id| String::from_utf8_lossy(&id).into_owned()))
    }

    pub fn set_corp(&self, number: &str, id: &str) {
        self.put(T::Corp, number.as_bytes(), id.as_bytes());
    }

    pub fn set_url(&self, url: &str, sha256: &str) {
        self.put(T::Urls, url.as_bytes(), sha256.as_bytes());
    }

    pub fn notice(&self, id: &str) -> Result<Option<Notice>, GraphError> {
        match self.get(T::Notices, id.as_bytes())? {
            Some(v) => serde_json::from_slice(&v)
                .map(Some)
                .map_err(|e| GraphError::json(id, e)),
            None => Ok(None),
        }
    }

    pub fn put_notice(&self, n: &Notice) -> Result<(), GraphError> {
        let json = serde_json::to_vec(n).map_err(|e| GraphError::json(&n.id, e))?;
        self.put(T::Notices, n.id.as_bytes(), json);
        Ok(())
    }

    pub fn document(&self, sha: &str) -> Result<Option<Document>, GraphError> {
        match self.get(T::Documents, sha.as_bytes())? {
            Some(v) => serde_json::from_slice(&v)
                .map(Some)
                .map_err(|e| GraphError::json(sha, e)),
            None => Ok(None),
        }
    }

    pub fn put_document(&self, d: &Document) -> Result<(), GraphError> {
        let json = serde_json::to_vec(d).map_err(|e| GraphError::json(&d.sha256, e))?;
        self.put(T::Documents, d.sha256.as_bytes(), json);
        Ok(())
    }

    /// Records that a curator judged `a` and `b` not the same.
    pub fn add_not_same(&self, a: &str, b: &str) {
        self.put(T::NotSame, format!("{a}\0{b}"), Vec::new());
        self.put(T::NotSame, format!("{b}\0{a}"), Vec::new());
    }

    pub fn is_not_same(&self, a: &str, b: &str) -> Result<bool, GraphError> {
        self.contains(T::NotSame, format!("{a}\0{b}").as_bytes())
    }
}
