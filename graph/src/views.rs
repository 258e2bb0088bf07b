//! The sled trees that materialize the log, and typed access to them. Tree
//! names and key encodings are defined here and nowhere else.

use serde::de::DeserializeOwned;

use crate::error::GraphError;
use std::collections::HashMap;

use crate::model::{Document, Edge, EdgeKind, Entity, Evidence, Link, Notice, StatusChange};

/// Bumped whenever what the trees hold changes shape: a store of another
/// version is rebuilt from the log on open.
/// 7: an entity's growing lists moved out of its JSON into [`TREE_ENTITY_ITEMS`].
/// 8: the change feed ([`TREE_CHANGES`], [`TREE_CHANGE_SEQ`], [`TREE_CHANGE_TIMES`]).
/// 9: an operator is one entity per name within a notice, placed by the
///    parties it runs (the same graph whichever source arrives first).
/// 10: name keys fold variant kanji and the ケ of place names (髙/高, 﨑/崎, ヶ/が).
/// 11: the change feed by kind ([`TREE_CHANGES_BY_KIND`]).
/// 12: a party renamed as it moved within its prefecture is one party
///     (its old name at its old place, under the operator that runs it).
/// 13: a clinic or facility is found by its facility number first
///     ([`facility_number_key`]), and two numbers are two parties; the
///     abbreviated legal forms (一財), (公財) … fold into name keys.
pub const SCHEMA_VERSION: &str = "13";

pub const TREE_META: &str = "meta";
/// entity id → JSON [`Entity`] holding only its small, bounded fields: the
/// lists that grow with every notice (notices, mentions, links, edges, and
/// the evidence of names, identifiers, status changes and edges) are empty
/// here and live in [`TREE_ENTITY_ITEMS`], one key each, so that a notice
/// naming an entity writes a few small keys instead of rewriting the entity.
pub const TREE_ENTITIES: &str = "entities";
/// `{entity id}\0{tag}\0{rest}` → `[order: u64 BE][JSON]`: one item of one of
/// an entity's growing lists, read back by a prefix scan of `{entity id}\0`
/// and put in order by `order` (the statement's seq and a counter within it,
/// so the order items were added in). Tags and rests:
/// [`ITEM_NOTICE`] and [`ITEM_MENTION`] (rest: notice id, no JSON),
/// [`ITEM_LINK`] (rest: hash of the link), [`ITEM_EDGE`] (rest:
/// [`edge_rest`], JSON edge without evidence), [`ITEM_EVIDENCE`] (rest:
/// `{owner}\0{hash of the evidence}`, owner from [`owner_name`],
/// [`owner_identifier`], [`owner_status`] or [`owner_edge`]).
pub const TREE_ENTITY_ITEMS: &str = "entity_items";
pub const ITEM_NOTICE: u8 = b'n';
pub const ITEM_MENTION: u8 = b'm';
pub const ITEM_LINK: u8 = b'l';
pub const ITEM_EDGE: u8 = b'e';
pub const ITEM_EVIDENCE: u8 = b'v';
/// `{name_key}\0{entity_id}` → empty: every name an entity ever had.
pub const TREE_NAMES: &str = "names";
/// corporate number → entity id; and [`facility_number_key`] → entity id.
pub const TREE_CORP: &str = "corporate_numbers";

/// The key of a facility number in [`TREE_CORP`]: `facility\u{1f}{role}\u{1f}{number}`,
/// the number NFKC-folded, upper-case, without spaces or hyphens (ＦＡ２０４０３１１,
/// FA-2040311 and fa2040311 are one number). No corporate number starts so.
pub fn facility_number_key(role: tadoru_model::Role, number: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let number: String = number
        .nfkc()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    format!("facility\u{1f}{}\u{1f}{number}", role.code())
}
pub const TREE_NOTICES: &str = "notices";
pub const TREE_DOCUMENTS: &str = "documents";
/// url → sha256 of the latest bytes fetched from it.
pub const TREE_URLS: &str = "urls";

/// url → JSON [`UrlValidators`]: the `ETag` / `Last-Modified` of the latest
/// bytes kept from the url, for conditional requests. A cache of what the
/// Document statements say (and of later responses with the same bytes);
/// trusted only while its sha256 is the url's latest in [`TREE_URLS`].
pub const TREE_VALIDATORS: &str = "url_validators";
/// A key of [`TREE_VALIDATORS`] that is no url: present once the tree was
/// filled from the log (after a fresh sled).
pub const VALIDATORS_FILLED: &[u8] = b"\0filled-from-log";
/// url → when it last answered 200 or 304 (unix seconds, big-endian i64).
/// Crawler state, not a fact: not in the log, kept through a rebuild, and a
/// missing entry only means the page is asked again.
pub const TREE_CHECKED: &str = "url_checked";
/// notice identity key → notice id: one notice however many urls print it.
/// Keys are `sha:{sha256}#{part}` (the same bytes) and
/// `id:{authority}|{issued_on}|{title}|{subject name/operator …}#{part}`.
pub const TREE_NOTICE_KEYS: &str = "notice_keys";

/// statement content hash (32 bytes, see `log::statement_hash`) → seq (u64
/// BE) of the entry that recorded it: what makes appends idempotent per statement.
pub const TREE_HASHES: &str = "statement_hashes";
/// `{entity id}\0{entity id}` → empty: a curator judged the two not the same.
pub const TREE_NOT_SAME: &str = "not_same";

/// The change feed, one key per record at the statement that last changed
/// it: `[seq: u64 BE][kind][id]` → `[recorded at: i64 BE, ms since the
/// epoch]`, kind [`CHANGE_ENTITY`] or [`CHANGE_NOTICE`]. A record changed
/// again moves to its new seq, so reading in key order from a position
/// gives everything changed since, each record once, oldest change first.
pub const TREE_CHANGES: &str = "changes";
/// The same feed by kind: `[kind][seq: u64 BE][id]` → the same value as
/// [`TREE_CHANGES`], written and removed with it, so that the latest `n`
/// changes of one kind (`/notices.atom`) cost `n` reads however many
/// changes of the other kind (an NTA import's entities) came after them.
pub const TREE_CHANGES_BY_KIND: &str = "changes_by_kind";
/// `[kind][id]` → seq (u64 BE) of the record's key in [`TREE_CHANGES`].
pub const TREE_CHANGE_SEQ: &str = "change_seq";
/// `[recorded at: i64 BE, ms][seq: u64 BE]` → empty, for the first
/// statement recorded at each time: turns a timestamp into a log position.
pub const TREE_CHANGE_TIMES: &str = "change_times";
pub const CHANGE_ENTITY: u8 = b'e';
pub const CHANGE_NOTICE: u8 = b'n';

pub const META_APPLIED: &str = "applied_seq";
/// Byte offset in the statement log of the frame of the entry at
/// [`META_APPLIED`], written with it: where an open catches up from.
pub const META_APPLIED_AT: &str = "applied_at";
pub const META_SCHEMA: &str = "schema";
/// Present once [`TREE_HASHES`] holds the hash of every applied statement
/// (stores made before it existed are rebuilt on open to fill it).
pub const META_HASHES: &str = "statement_hashes_complete";

#[derive(Clone)]
pub struct Views {
    pub db: sled::Db,
    pub meta: sled::Tree,
    pub entities: sled::Tree,
    pub items: sled::Tree,
    pub names: sled::Tree,
    pub corp: sled::Tree,
    pub notices: sled::Tree,
    pub documents: sled::Tree,
    pub urls: sled::Tree,
    pub hashes: sled::Tree,
    pub not_same: sled::Tree,
    pub validators: sled::Tree,
    pub checked: sled::Tree,
    pub notice_keys: sled::Tree,
    pub changes: sled::Tree,
    pub changes_by_kind: sled::Tree,
    pub change_seq: sled::Tree,
    pub change_times: sled::Tree,
}

/// What [`TREE_VALIDATORS`] holds for a url.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UrlValidators {
    pub sha256: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Views {
    pub fn open(db: sled::Db) -> Result<Views, GraphError> {
        Ok(Views {
            meta: db.open_tree(TREE_META)?,
            entities: db.open_tree(TREE_ENTITIES)?,
            items: db.open_tree(TREE_ENTITY_ITEMS)?,
            names: db.open_tree(TREE_NAMES)?,
            corp: db.open_tree(TREE_CORP)?,
            notices: db.open_tree(TREE_NOTICES)?,
            documents: db.open_tree(TREE_DOCUMENTS)?,
            urls: db.open_tree(TREE_URLS)?,
            hashes: db.open_tree(TREE_HASHES)?,
            not_same: db.open_tree(TREE_NOT_SAME)?,
            validators: db.open_tree(TREE_VALIDATORS)?,
            checked: db.open_tree(TREE_CHECKED)?,
            notice_keys: db.open_tree(TREE_NOTICE_KEYS)?,
            changes: db.open_tree(TREE_CHANGES)?,
            changes_by_kind: db.open_tree(TREE_CHANGES_BY_KIND)?,
            change_seq: db.open_tree(TREE_CHANGE_SEQ)?,
            change_times: db.open_tree(TREE_CHANGE_TIMES)?,
            db,
        })
    }

    /// Empties every tree (for a rebuild).
    pub fn clear(&self) -> Result<(), GraphError> {
        for t in [
            &self.meta,
            &self.entities,
            &self.items,
            &self.names,
            &self.corp,
            &self.notices,
            &self.documents,
            &self.urls,
            &self.hashes,
            &self.not_same,
            // Not the validators: they are checked against `urls` on use,
            // and a rebuild that emptied them would cost a full re-download.
            &self.notice_keys,
            &self.changes,
            &self.changes_by_kind,
            &self.change_seq,
            &self.change_times,
        ] {
            t.clear()?;
        }
        Ok(())
    }

    /// Copies `from`'s record of when each url was last asked (not a fact
    /// of the log, so a replay cannot make it) where this one has none.
    pub fn carry_checked(&self, from: &Views) -> Result<usize, GraphError> {
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for kv in from.checked.iter() {
            let (k, v) = kv?;
            if !self.checked.contains_key(&k)? {
                batch.insert(k, v);
                n += 1;
            }
        }
        self.checked.apply_batch(batch)?;
        self.db.flush()?;
        Ok(n)
    }

    pub fn applied_seq(&self) -> Result<u64, GraphError> {
        Ok(self
            .meta
            .get(META_APPLIED)?
            .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
            .map_or(0, u64::from_be_bytes))
    }

    /// The log offset of the frame of the last applied entry, if recorded.
    pub fn applied_at(&self) -> Result<Option<u64>, GraphError> {
        Ok(self
            .meta
            .get(META_APPLIED_AT)?
            .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
            .map(u64::from_be_bytes))
    }

    /// Whether a statement with this content hash has been applied.
    pub fn has_hash(&self, hash: &[u8; 32]) -> Result<bool, GraphError> {
        Ok(self.hashes.contains_key(hash)?)
    }

    /// The seq of the entry that recorded the statement with this hash.
    pub fn hash_seq(&self, hash: &[u8; 32]) -> Result<Option<u64>, GraphError> {
        Ok(self
            .hashes
            .get(hash)?
            .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
            .map(u64::from_be_bytes))
    }

    /// Every statement hash recorded.
    pub fn hash_set(&self) -> Result<std::collections::HashSet<[u8; 32]>, GraphError> {
        let mut out = std::collections::HashSet::new();
        for k in self.hashes.iter().keys() {
            let k = k?;
            if let Ok(h) = <[u8; 32]>::try_from(k.as_ref()) {
                out.insert(h);
            }
        }
        Ok(out)
    }

    /// Reads every key and value of every tree and decodes every stored
    /// record, so that damage anywhere shows now, as an error, rather than
    /// later as a failed page.
    pub fn check(&self) -> Result<(), GraphError> {
        let mut names = self.db.tree_names();
        names.sort();
        for name in names {
            let tree = self.db.open_tree(&name)?;
            let name = String::from_utf8_lossy(&name).into_owned();
            for kv in tree.iter() {
                let (k, v) = kv?;
                let key = String::from_utf8_lossy(&k);
                match name.as_str() {
                    TREE_ENTITIES => drop(decode::<Entity>(&v, &key)?),
                    TREE_ENTITY_ITEMS => {
                        if v.len() < 8 {
                            return Err(GraphError::BadView {
                                tree: name,
                                key: key.into_owned(),
                                reason: "no order".into(),
                            });
                        }
                        if v.len() > 8 {
                            decode::<serde::de::IgnoredAny>(&v[8..], &key)?;
                        }
                    }
                    TREE_NOTICES => drop(decode::<Notice>(&v, &key)?),
                    TREE_DOCUMENTS => drop(decode::<Document>(&v, &key)?),
                    TREE_CHANGES | TREE_CHANGES_BY_KIND | TREE_CHANGE_SEQ
                        if k.len() < 2 || v.len() != 8 =>
                    {
                        return Err(GraphError::BadView {
                            tree: name,
                            key: key.into_owned(),
                            reason: "not a change".into(),
                        });
                    }
                    TREE_HASHES if k.len() != 32 || v.len() != 8 => {
                        return Err(GraphError::BadView {
                            tree: name,
                            key: key.into_owned(),
                            reason: "not a statement hash".into(),
                        });
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// The entity with this id, whole: its small fields and every list.
    pub fn entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        match self.entity_core(id)? {
            Some(core) => self.assemble(core).map(Some),
            None => Ok(None),
        }
    }

    /// The entity's small fields only (its lists empty), as stored in [`TREE_ENTITIES`].
    pub fn entity_core(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        get_json(&self.entities, id)
    }

    /// The entity `id` names, following merges to the one it became: its
    /// small fields only (lists and evidence empty).
    pub fn resolve_core(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        let mut current = self.entity_core(id)?;
        for _ in 0..32 {
            match current {
                Some(Entity {
                    merged_into: Some(ref next),
                    ..
                }) => current = self.entity_core(next)?,
                _ => break,
            }
        }
        Ok(current)
    }

    /// The entity `id` names, following merges to the one it became, whole.
    pub fn resolve_entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        let mut current = self.entity_core(id)?;
        for _ in 0..32 {
            match current {
                Some(Entity {
                    merged_into: Some(ref next),
                    ..
                }) => current = self.entity_core(next)?,
                _ => break,
            }
        }
        match current {
            Some(core) => self.assemble(core).map(Some),
            None => Ok(None),
        }
    }

    /// Every entity, whole.
    pub fn all_entities(&self) -> Result<Vec<Entity>, GraphError> {
        let cores: Vec<Entity> = self.all(&self.entities, "entity")?;
        cores.into_iter().map(|c| self.assemble(c)).collect()
    }

    /// Fills an entity's lists from [`TREE_ENTITY_ITEMS`].
    pub fn assemble(&self, core: Entity) -> Result<Entity, GraphError> {
        let prefix = item_prefix(&core.id);
        let mut items = Vec::new();
        for kv in self.items.scan_prefix(&prefix) {
            let (k, v) = kv?;
            items.push((k.to_vec(), v.to_vec()));
        }
        assemble(core, &items)
    }

    pub fn notice(&self, id: &str) -> Result<Option<Notice>, GraphError> {
        get_json(&self.notices, id)
    }

    pub fn document(&self, sha: &str) -> Result<Option<Document>, GraphError> {
        get_json(&self.documents, sha)
    }

    /// Records that a curator judged `a` and `b` not the same.
    pub fn add_not_same(&self, a: &str, b: &str) -> Result<(), GraphError> {
        self.not_same.insert(format!("{a}\0{b}"), &[])?;
        self.not_same.insert(format!("{b}\0{a}"), &[])?;
        Ok(())
    }

    pub fn is_not_same(&self, a: &str, b: &str) -> Result<bool, GraphError> {
        Ok(self.not_same.contains_key(format!("{a}\0{b}"))?)
    }

    /// Entity ids registered under `key`.
    pub fn ids_for_key(&self, key: &str) -> Result<Vec<String>, GraphError> {
        let prefix = format!("{key}\0");
        let mut out = Vec::new();
        for kv in self.names.scan_prefix(prefix.as_bytes()) {
            let (k, _) = kv?;
            if let Ok(id) = std::str::from_utf8(&k[prefix.len()..]) {
                out.push(id.to_string());
            }
        }
        Ok(out)
    }

    pub fn all<T: DeserializeOwned>(
        &self,
        tree: &sled::Tree,
        what: &str,
    ) -> Result<Vec<T>, GraphError> {
        tree.iter()
            .values()
            .map(|v| {
                let v = v?;
                serde_json::from_slice(&v).map_err(|e| GraphError::json(what, e))
            })
            .collect()
    }
}

/// The key of a record in [`TREE_CHANGES`]: `[seq BE][kind][id]`.
pub fn change_key(seq: u64, kind: u8, id: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(9 + id.len());
    k.extend_from_slice(&seq.to_be_bytes());
    k.push(kind);
    k.extend_from_slice(id.as_bytes());
    k
}

/// The key of a record in [`TREE_CHANGES_BY_KIND`]: `[kind][seq BE][id]`.
pub fn change_kind_key(kind: u8, seq: u64, id: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(9 + id.len());
    k.push(kind);
    k.extend_from_slice(&seq.to_be_bytes());
    k.extend_from_slice(id.as_bytes());
    k
}

/// The prefix of every item of entity `id`: `{id}\0`.
pub fn item_prefix(id: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(id.len() + 1);
    k.extend_from_slice(id.as_bytes());
    k.push(0);
    k
}

/// The key of an item: `{id}\0{tag}\0{rest}`.
pub fn item_key(id: &str, tag: u8, rest: &str) -> Vec<u8> {
    let mut k = item_prefix(id);
    k.push(tag);
    k.push(0);
    k.extend_from_slice(rest.as_bytes());
    k
}

/// A short content hash (16 hex digits) naming a link or an evidence among an entity's items.
pub fn short_hash(json: &[u8]) -> String {
    tadoru_crawler::crawl::sha256_hex(json)[..16].to_string()
}

/// Separates the parts of an owner or edge key (never in ids, codes or names).
const SEP: char = '\u{1f}';

/// The item rest of an edge: its kind, target and detail identify it.
pub fn edge_rest(kind: EdgeKind, target: &str, detail: Option<&str>) -> String {
    let kind = serde_json::to_string(&kind).unwrap_or_default();
    match detail {
        Some(d) => format!("{}{SEP}{target}{SEP}={d}", kind.trim_matches('"')),
        None => format!("{}{SEP}{target}{SEP}", kind.trim_matches('"')),
    }
}

/// The evidence owner of a name interval (by its normalized name).
pub fn owner_name(name: &str) -> String {
    format!("n{SEP}{}", tadoru_crawler::names::name_key(name))
}

pub fn owner_identifier(scheme: &str, value: &str) -> String {
    format!("i{SEP}{scheme}{SEP}{value}")
}

/// The evidence owner of a status change: its state, date and cause.
pub fn owner_status(s: &StatusChange) -> String {
    let json = serde_json::to_vec(&(s.state, s.since, &s.cause)).unwrap_or_default();
    format!("s{SEP}{}", short_hash(&json))
}

pub fn owner_edge(rest: &str) -> String {
    format!("e{SEP}{rest}")
}

/// The order and JSON of an item's value.
fn split_item(v: &[u8]) -> (u64, &[u8]) {
    match <[u8; 8]>::try_from(v.get(..8).unwrap_or_default()) {
        Ok(o) => (u64::from_be_bytes(o), &v[8..]),
        Err(_) => (0, &[]),
    }
}

/// An entity whole: `core` (as stored) with its lists filled from its items
/// (`(key, value)` of [`TREE_ENTITY_ITEMS`] under its prefix), each list in
/// the order its items were added.
pub fn assemble(mut core: Entity, items: &[(Vec<u8>, Vec<u8>)]) -> Result<Entity, GraphError> {
    let skip = core.id.len() + 1;
    let mut notices = Vec::new();
    let mut mentions = Vec::new();
    let mut links = Vec::new();
    let mut edges = Vec::new();
    let mut evidence: HashMap<&str, Vec<(u64, Evidence)>> = HashMap::new();
    for (k, v) in items {
        let Some(&tag) = k.get(skip) else { continue };
        let rest = std::str::from_utf8(k.get(skip + 2..).unwrap_or_default()).unwrap_or("");
        let (order, json) = split_item(v);
        let what = || String::from_utf8_lossy(k).into_owned();
        match tag {
            ITEM_NOTICE => notices.push((order, rest.to_string())),
            ITEM_MENTION => mentions.push((order, rest.to_string())),
            ITEM_LINK => links.push((order, decode::<Link>(json, &what())?)),
            ITEM_EDGE => edges.push((order, rest, decode::<Edge>(json, &what())?)),
            ITEM_EVIDENCE => {
                let owner = rest.split('\0').next().unwrap_or("");
                let ev = decode::<Evidence>(json, &what())?;
                evidence.entry(owner).or_default().push((order, ev));
            }
            _ => {}
        }
    }
    for list in evidence.values_mut() {
        list.sort_by_key(|(o, _)| *o);
    }
    let mut take = |owner: String| -> Vec<Evidence> {
        evidence
            .remove(owner.as_str())
            .map(|l| l.into_iter().map(|(_, e)| e).collect())
            .unwrap_or_default()
    };
    for n in &mut core.names {
        n.evidence = take(owner_name(&n.name));
    }
    for i in &mut core.identifiers {
        i.evidence = take(owner_identifier(&i.scheme, &i.value));
    }
    for s in &mut core.status {
        s.evidence = take(owner_status(s));
    }
    edges.sort_by_key(|(o, _, _)| *o);
    core.edges = edges
        .into_iter()
        .map(|(_, rest, mut e)| {
            e.evidence = take(owner_edge(rest));
            e
        })
        .collect();
    notices.sort_by_key(|(o, _)| *o);
    core.notices = notices.into_iter().map(|(_, n)| n).collect();
    mentions.sort_by_key(|(o, _)| *o);
    core.mentions = mentions.into_iter().map(|(_, n)| n).collect();
    links.sort_by_key(|(o, _)| *o);
    core.links = links.into_iter().map(|(_, l)| l).collect();
    Ok(core)
}

/// `e` without its growing lists: what [`TREE_ENTITIES`] holds.
pub fn core_of(e: &Entity) -> Entity {
    let mut core = Entity {
        notices: Vec::new(),
        mentions: Vec::new(),
        links: Vec::new(),
        edges: Vec::new(),
        ..e.clone()
    };
    for n in &mut core.names {
        n.evidence.clear();
    }
    for i in &mut core.identifiers {
        i.evidence.clear();
    }
    for s in &mut core.status {
        s.evidence.clear();
    }
    core
}

fn decode<T: DeserializeOwned>(bytes: &[u8], key: &str) -> Result<T, GraphError> {
    serde_json::from_slice(bytes).map_err(|e| GraphError::json(key, e))
}

fn get_json<T: DeserializeOwned>(tree: &sled::Tree, key: &str) -> Result<Option<T>, GraphError> {
    match tree.get(key)? {
        Some(v) => serde_json::from_slice(&v)
            .map(Some)
            .map_err(|e| GraphError::json(key, e)),
        None => Ok(None),
    }
}
