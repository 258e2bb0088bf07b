//! The change feed: which entities and notices changed, in the order the
//! statement log recorded the changes. Each record sits at the seq of the
//! statement that last changed it (`views::TREE_CHANGES`), written in the same
//! sled transaction as the change itself, so a reader paging from a position
//! sees every record changed after it at least once, however the registry
//! grows meanwhile; and since seqs come from the log, `tadoru rebuild` puts
//! every record back at the same position.

use chrono::{DateTime, TimeZone, Utc};

use crate::Graph;
use crate::error::GraphError;
use crate::views::{self, CHANGE_ENTITY, CHANGE_NOTICE};

/// What kind of record changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeKind {
    Entity,
    Notice,
}

impl ChangeKind {
    fn byte(self) -> u8 {
        match self {
            ChangeKind::Entity => CHANGE_ENTITY,
            ChangeKind::Notice => CHANGE_NOTICE,
        }
    }

    fn from_byte(b: u8) -> Option<ChangeKind> {
        match b {
            CHANGE_ENTITY => Some(ChangeKind::Entity),
            CHANGE_NOTICE => Some(ChangeKind::Notice),
            _ => None,
        }
    }

    /// `entity` or `notice`, as the API names them.
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::Entity => "entity",
            ChangeKind::Notice => "notice",
        }
    }

    pub fn from_code(s: &str) -> Option<ChangeKind> {
        match s {
            "entity" => Some(ChangeKind::Entity),
            "notice" => Some(ChangeKind::Notice),
            _ => None,
        }
    }
}

/// A place in the change feed: after the record `id` of `kind` changed by
/// statement `seq`. `kind` and `id` empty-ish (`None`) mean "after every
/// change up to and including `seq`".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangePos {
    pub seq: u64,
    pub record: Option<(ChangeKind, String)>,
}

/// One record and the last statement that changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: u64,
    pub kind: ChangeKind,
    pub id: String,
    /// When tadoru recorded that statement.
    pub recorded_at: DateTime<Utc>,
}

impl Change {
    pub fn pos(&self) -> ChangePos {
        ChangePos {
            seq: self.seq,
            record: Some((self.kind, self.id.clone())),
        }
    }
}

fn millis(v: &[u8]) -> DateTime<Utc> {
    let ms = <[u8; 8]>::try_from(v).map_or(0, i64::from_be_bytes);
    Utc.timestamp_millis_opt(ms)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

fn decode(k: &[u8], v: &[u8]) -> Option<Change> {
    let seq = u64::from_be_bytes(<[u8; 8]>::try_from(k.get(..8)?).ok()?);
    let kind = ChangeKind::from_byte(*k.get(8)?)?;
    let id = std::str::from_utf8(k.get(9..)?).ok()?.to_string();
    Some(Change {
        seq,
        kind,
        id,
        recorded_at: millis(v),
    })
}

impl Graph {
    /// Up to `n` records changed after `after` (from the start with `None`),
    /// oldest change first; with `kind`, only records of that kind.
    pub fn changes_after(
        &self,
        after: Option<&ChangePos>,
        kind: Option<ChangeKind>,
        n: usize,
    ) -> Result<Vec<Change>, GraphError> {
        let start = match after {
            None => Vec::new(),
            Some(ChangePos { seq, record: None }) => match seq.checked_add(1) {
                Some(next) => next.to_be_bytes().to_vec(),
                None => return Ok(Vec::new()),
            },
            Some(ChangePos {
                seq,
                record: Some((k, id)),
            }) => {
                let mut key = views::change_key(*seq, k.byte(), id);
                key.push(0);
                key
            }
        };
        let mut out = Vec::new();
        for kv in self.views.changes.range(start..) {
            let (k, v) = kv?;
            let Some(c) = decode(&k, &v) else { continue };
            if kind.is_none_or(|want| want == c.kind) {
                out.push(c);
                if out.len() >= n {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// Up to `n` records of `kind` (any with `None`), latest change first.
    pub fn latest_changes(
        &self,
        kind: Option<ChangeKind>,
        n: usize,
    ) -> Result<Vec<Change>, GraphError> {
        let mut out = Vec::new();
        for kv in self.views.changes.iter().rev() {
            let (k, v) = kv?;
            let Some(c) = decode(&k, &v) else { continue };
            if kind.is_none_or(|want| want == c.kind) {
                out.push(c);
                if out.len() >= n {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// The last change of one record, where the feed has it.
    pub fn last_change(&self, kind: ChangeKind, id: &str) -> Result<Option<Change>, GraphError> {
        let mut of = vec![kind.byte()];
        of.extend_from_slice(id.as_bytes());
        let Some(seq) = self
            .views
            .change_seq
            .get(&of)?
            .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
            .map(u64::from_be_bytes)
        else {
            return Ok(None);
        };
        let key = views::change_key(seq, kind.byte(), id);
        Ok(self.views.changes.get(&key)?.and_then(|v| decode(&key, &v)))
    }

    /// The position just before the first statement recorded at or after
    /// `t`: reading the feed from there gives what was recorded since `t`.
    pub fn change_pos_at(&self, t: DateTime<Utc>) -> Result<ChangePos, GraphError> {
        let key = t.timestamp_millis().to_be_bytes();
        let first = self.views.change_times.range(key..).next().transpose()?;
        let seq = first
            .and_then(|(k, _)| k.get(8..16).and_then(|s| <[u8; 8]>::try_from(s).ok()))
            .map(u64::from_be_bytes);
        Ok(ChangePos {
            // Nothing recorded since: after everything applied so far.
            seq: match seq {
                Some(s) => s.saturating_sub(1),
                None => self.applied_seq()?,
            },
            record: None,
        })
    }

    /// When the last statement the views reflect was recorded: what the
    /// registry's data is "as of".
    pub fn data_as_of(&self) -> Result<Option<DateTime<Utc>>, GraphError> {
        Ok(self
            .views
            .change_times
            .iter()
            .next_back()
            .transpose()?
            .map(|(k, _)| millis(k.get(..8).unwrap_or_default())))
    }
}
