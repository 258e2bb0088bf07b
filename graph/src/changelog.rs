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

/// Reads a change from a key and value of one of the feed's trees.
type Decode = fn(&[u8], &[u8]) -> Option<Change>;

/// A key of [`views::TREE_CHANGES_BY_KIND`]: `[kind][seq BE][id]`.
fn decode_by_kind(k: &[u8], v: &[u8]) -> Option<Change> {
    let kind = ChangeKind::from_byte(*k.first()?)?;
    let seq = u64::from_be_bytes(<[u8; 8]>::try_from(k.get(1..9)?).ok()?);
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
    /// oldest change first; with `kind`, only records of that kind (read
    /// from the feed by kind: records of the other kind cost nothing).
    pub fn changes_after(
        &self,
        after: Option<&ChangePos>,
        kind: Option<ChangeKind>,
        n: usize,
    ) -> Result<Vec<Change>, GraphError> {
        if let Some(want) = kind {
            return self.changes_of_kind_after(after, want, n);
        }
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
            if out.len() >= n {
                break;
            }
            let (k, v) = kv?;
            out.extend(decode(&k, &v));
        }
        Ok(out)
    }

    /// [`Graph::changes_after`] for one kind. The feed orders records by
    /// `(seq, kind, id)`; within one kind that is `(seq, id)`, the order of
    /// [`views::TREE_CHANGES_BY_KIND`], so the first record after `after`
    /// is found by one seek.
    fn changes_of_kind_after(
        &self,
        after: Option<&ChangePos>,
        want: ChangeKind,
        n: usize,
    ) -> Result<Vec<Change>, GraphError> {
        let prefix = [want.byte()];
        let next_seq = |seq: u64| {
            seq.checked_add(1)
                .map(|s| views::change_kind_key(want.byte(), s, ""))
        };
        let start = match after {
            None => Some(prefix.to_vec()),
            Some(ChangePos { seq, record: None }) => next_seq(*seq),
            Some(ChangePos {
                seq,
                record: Some((k, id)),
            }) => match k.byte().cmp(&want.byte()) {
                // After a record of this kind: the next id at the same seq.
                std::cmp::Ordering::Equal => {
                    let mut key = views::change_kind_key(want.byte(), *seq, id);
                    key.push(0);
                    Some(key)
                }
                // After a record of a kind that sorts first: this kind's
                // records at the same seq come after it.
                std::cmp::Ordering::Less => Some(views::change_kind_key(want.byte(), *seq, "")),
                std::cmp::Ordering::Greater => next_seq(*seq),
            },
        };
        let Some(start) = start else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for kv in self.views.changes_by_kind.range(start..) {
            if out.len() >= n {
                break;
            }
            let (k, v) = kv?;
            if !k.starts_with(&prefix) {
                break;
            }
            out.extend(decode_by_kind(&k, &v));
        }
        Ok(out)
    }

    /// Up to `n` records of `kind` (any with `None`), latest change first:
    /// `n` reads either way (one kind is read from the feed by kind).
    pub fn latest_changes(
        &self,
        kind: Option<ChangeKind>,
        n: usize,
    ) -> Result<Vec<Change>, GraphError> {
        let (tree, prefix, decode): (_, &[u8], Decode) = match kind {
            None => (&self.views.changes, &[], decode),
            Some(want) => (&self.views.changes_by_kind, &[want.byte()], decode_by_kind),
        };
        let mut out = Vec::new();
        for kv in tree.scan_prefix(prefix).rev() {
            if out.len() >= n {
                break;
            }
            let (k, v) = kv?;
            out.extend(decode(&k, &v));
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

#[cfg(test)]
mod tests {
    use super::*;
    use tadoru_crawler::crawl::FetchedPage;
    use tadoru_model::PageContent;
    use tadoru_model::record::{NoticeKind, NoticeRecord, Role, Subject};

    fn page(url: &str, clinic: &str, day: u32) -> FetchedPage {
        let subject = Subject {
            name: clinic.into(),
            role: Role::Clinic,
            operator: None,
            place: Some("東京都中央区".into()),
            address: None,
            facility_number: None,
            plans: vec![],
            articles: vec![],
            spellings: vec![],
        };
        let record = NoticeRecord {
            kind: NoticeKind::ImprovementOrder,
            authority: "厚生労働省".into(),
            issued_on: chrono::NaiveDate::from_ymd_opt(2026, 1, day),
            title: "改善命令".into(),
            articles: vec![],
            violations: vec![],
            subjects: vec![subject],
            plans: vec![],
            renames: vec![],
            closures: vec![],
            persons: vec![],
            attachments: vec![],
            text: url.into(),
            summary_en: String::new(),
            part: None,
        };
        FetchedPage {
            url: url.into(),
            status: 200,
            content_type: Some("text/html".into()),
            fetched_at: Utc::now(),
            sha256: String::new(),
            bytes: url.as_bytes().to_vec(),
            encoding: Some("UTF-8"),
            encoding_note: None,
            validators: Default::default(),
            truncated: false,
            content: Ok(PageContent::Notices(vec![record])),
            demo: false,
        }
    }

    /// NTA rows for `n` invented corporations: entity changes only.
    fn nta_rows(from: usize, n: usize) -> String {
        let mut csv = format!("2026-11-01,{n},1,1\r\n");
        for i in from..from + n {
            csv.push_str(&format!(
                "{i},{:013},01,0,2015-11-13,2015-10-05,\"株式会社テスト{i}\",,301,東京都,,（架空）,,,,,,,,,,,2015-10-05,1,,,,,テスト,0\r\n",
                1_000_000_000_000u64 + i as u64
            ));
        }
        csv
    }

    /// What the feed by kind must answer: the whole feed, filtered.
    fn reference(g: &Graph) -> Vec<Change> {
        g.changes_after(None, None, usize::MAX).unwrap()
    }

    fn check_by_kind(g: &Graph) {
        let all = reference(g);
        assert_eq!(
            g.views.changes_by_kind.len(),
            g.views.changes.len(),
            "one key by kind for each record in the feed, none left behind"
        );
        for kind in [ChangeKind::Entity, ChangeKind::Notice] {
            let of_kind: Vec<Change> = all.iter().filter(|c| c.kind == kind).cloned().collect();
            let mut latest = of_kind.clone();
            latest.reverse();
            for n in [1, 2, 5, 1000] {
                let want: Vec<Change> = latest.iter().take(n).cloned().collect();
                assert_eq!(
                    g.latest_changes(Some(kind), n).unwrap(),
                    want,
                    "{kind:?} {n}"
                );
            }
            // From every position of the feed, of either kind, and from
            // every seq alone: the same records as the whole feed filtered.
            let mut positions: Vec<ChangePos> = all.iter().map(Change::pos).collect();
            positions.extend(all.iter().map(|c| ChangePos {
                seq: c.seq,
                record: None,
            }));
            positions.push(ChangePos {
                seq: 0,
                record: None,
            });
            for p in &positions {
                let at = all.iter().position(|c| c.pos() == *p);
                let after: Vec<Change> = match (at, &p.record) {
                    (Some(i), _) => all[i + 1..].to_vec(),
                    (None, _) => all.iter().filter(|c| c.seq > p.seq).cloned().collect(),
                };
                let want: Vec<Change> = after.into_iter().filter(|c| c.kind == kind).collect();
                assert_eq!(
                    g.changes_after(Some(p), Some(kind), usize::MAX).unwrap(),
                    want,
                    "{kind:?} after {p:?}"
                );
                assert_eq!(
                    g.changes_after(Some(p), Some(kind), 2).unwrap(),
                    want.iter().take(2).cloned().collect::<Vec<_>>()
                );
            }
            assert_eq!(
                g.changes_after(None, Some(kind), usize::MAX).unwrap(),
                of_kind
            );
        }
    }

    #[test]
    fn the_feed_by_kind_is_the_feed_filtered_as_records_move_and_after_a_rebuild() {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        g.record_page(&page("http://x/a.html", "甲クリニック", 1))
            .unwrap();
        g.import_nta(nta_rows(1, 30).as_bytes(), "a.csv").unwrap();
        // The same clinic named again: it moves to a later seq, in both trees.
        g.record_page(&page("http://x/b.html", "甲クリニック", 2))
            .unwrap();
        g.record_page(&page("http://x/c.html", "乙クリニック", 3))
            .unwrap();
        g.import_nta(nta_rows(31, 30).as_bytes(), "b.csv").unwrap();
        let notices = g.latest_changes(Some(ChangeKind::Notice), 10).unwrap();
        assert_eq!(notices.len(), 3);
        assert!(
            notices.windows(2).all(|w| w[0].seq > w[1].seq),
            "latest first"
        );
        check_by_kind(&g);
        let before = reference(&g);
        // A rebuild (the bulk load) writes the same feed by kind.
        g.rebuild().unwrap();
        assert_eq!(reference(&g), before);
        check_by_kind(&g);
    }
}
