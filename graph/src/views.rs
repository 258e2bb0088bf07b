//! The sled trees that materialize the log, and typed access to them. Tree
//! names and key encodings are defined here and nowhere else.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::GraphError;
use crate::model::{Document, Entity, Notice};

/// Bumped whenever what the trees hold changes shape: a store of another
/// version is rebuilt from the log on open.
pub const SCHEMA_VERSION: &str = "6";

pub const TREE_META: &str = "meta";
pub const TREE_ENTITIES: &str = "entities";
/// `{name_key}\0{entity_id}` → empty: every name an entity ever had.
pub const TREE_NAMES: &str = "names";
/// corporate number → entity id.
pub const TREE_CORP: &str = "corporate_numbers";
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
/// notice identity key → notice id: one notice however many urls print it.
/// Keys are `sha:{sha256}#{part}` (the same bytes) and
/// `id:{authority}|{issued_on}|{title}|{subject name/operator …}#{part}`.
pub const TREE_NOTICE_KEYS: &str = "notice_keys";

/// statement content hash (32 bytes, see `log::statement_hash`) → seq (u64
/// BE) of the entry that recorded it: what makes appends idempotent per statement.
pub const TREE_HASHES: &str = "statement_hashes";
/// `{entity id}\0{entity id}` → empty: a curator judged the two not the same.
pub const TREE_NOT_SAME: &str = "not_same";

pub const META_APPLIED: &str = "applied_seq";
pub const META_SCHEMA: &str = "schema";
/// Present once [`TREE_HASHES`] holds the hash of every applied statement
/// (stores made before it existed are rebuilt on open to fill it).
pub const META_HASHES: &str = "statement_hashes_complete";

#[derive(Clone)]
pub struct Views {
    pub db: sled::Db,
    pub meta: sled::Tree,
    pub entities: sled::Tree,
    pub names: sled::Tree,
    pub corp: sled::Tree,
    pub notices: sled::Tree,
    pub documents: sled::Tree,
    pub urls: sled::Tree,
    pub hashes: sled::Tree,
    pub not_same: sled::Tree,
    pub validators: sled::Tree,
    pub notice_keys: sled::Tree,
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
            names: db.open_tree(TREE_NAMES)?,
            corp: db.open_tree(TREE_CORP)?,
            notices: db.open_tree(TREE_NOTICES)?,
            documents: db.open_tree(TREE_DOCUMENTS)?,
            urls: db.open_tree(TREE_URLS)?,
            hashes: db.open_tree(TREE_HASHES)?,
            not_same: db.open_tree(TREE_NOT_SAME)?,
            validators: db.open_tree(TREE_VALIDATORS)?,
            notice_keys: db.open_tree(TREE_NOTICE_KEYS)?,
            db,
        })
    }

    /// Empties every tree (for a rebuild).
    pub fn clear(&self) -> Result<(), GraphError> {
        for t in [
            &self.meta,
            &self.entities,
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
        ] {
            t.clear()?;
        }
        Ok(())
    }

    pub fn applied_seq(&self) -> Result<u64, GraphError> {
        Ok(self
            .meta
            .get(META_APPLIED)?
            .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
            .map_or(0, u64::from_be_bytes))
    }

    pub fn set_applied_seq(&self, seq: u64) -> Result<(), GraphError> {
        self.meta.insert(META_APPLIED, &seq.to_be_bytes())?;
        Ok(())
    }

    /// Whether a statement with this content hash has been applied.
    pub fn has_hash(&self, hash: &[u8; 32]) -> Result<bool, GraphError> {
        Ok(self.hashes.contains_key(hash)?)
    }

    pub fn put_hash(&self, hash: &[u8; 32], seq: u64) -> Result<(), GraphError> {
        self.hashes.insert(hash, &seq.to_be_bytes())?;
        Ok(())
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
                    TREE_NOTICES => drop(decode::<Notice>(&v, &key)?),
                    TREE_DOCUMENTS => drop(decode::<Document>(&v, &key)?),
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

    pub fn entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        get_json(&self.entities, id)
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

    pub fn put_entity(&self, e: &Entity) -> Result<(), GraphError> {
        put_json(&self.entities, &e.id, e)
    }

    pub fn notice(&self, id: &str) -> Result<Option<Notice>, GraphError> {
        get_json(&self.notices, id)
    }

    pub fn put_notice(&self, n: &Notice) -> Result<(), GraphError> {
        put_json(&self.notices, &n.id, n)
    }

    pub fn document(&self, sha: &str) -> Result<Option<Document>, GraphError> {
        get_json(&self.documents, sha)
    }

    pub fn put_document(&self, d: &Document) -> Result<(), GraphError> {
        put_json(&self.documents, &d.sha256, d)
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

    pub fn add_name_key(&self, key: &str, id: &str) -> Result<(), GraphError> {
        if key.is_empty() {
            return Ok(());
        }
        self.names.insert(format!("{key}\0{id}"), &[])?;
        Ok(())
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

fn put_json<T: Serialize>(tree: &sled::Tree, key: &str, value: &T) -> Result<(), GraphError> {
    let bytes = serde_json::to_vec(value).map_err(|e| GraphError::json(key, e))?;
    tree.insert(key, bytes)?;
    Ok(())
}
