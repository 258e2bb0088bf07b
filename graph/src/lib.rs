//! The store of record. The durable truth is two things on disk: the evidence
//! store (exact bytes of every response, named by sha256) and the append-only
//! statement log (checksummed, fsync'd). sled holds the entity graph as a view
//! of the log: if it is missing, corrupt or of another schema it is rebuilt,
//! never fatal (sled 0.34 is beta software; DESIGN.md "Storage").

pub mod error;
pub mod evidence;
pub mod log;
pub mod model;
pub mod resolve;
pub mod statement;
pub mod views;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use tadoru_crawler::PageContent;
use tadoru_crawler::crawl::FetchedPage;
use tadoru_crawler::nta;
use tracing::{info, warn};

pub use error::GraphError;
pub use model::{
    DocRef, Document, Edge, EdgeKind, Entity, Evidence, Identifier, Link, NameInterval, Notice,
    State, StatusChange,
};
pub use resolve::notice_id;
use statement::{Entry, Statement};
use views::{META_SCHEMA, SCHEMA_VERSION, Views};

pub const EVIDENCE_DIR: &str = "evidence";
pub const LOG_FILE: &str = "statements.log";
pub const SLED_DIR: &str = "sled";

/// What recording one fetched page did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recorded {
    /// False when these exact bytes were already recorded for this url.
    pub new_document: bool,
    pub notices: usize,
}

/// What importing an NTA file did.
#[derive(Debug, Clone, Default)]
pub struct NtaImport {
    pub sha256: String,
    pub encoding: &'static str,
    pub rows: usize,
    pub errors: Vec<nta::RowError>,
    /// The same bytes were imported before: nothing new was recorded.
    pub already_imported: bool,
}

struct LogState {
    next_seq: u64,
    valid_len: u64,
}

pub struct Graph {
    dir: PathBuf,
    evidence: evidence::EvidenceStore,
    log: log::StatementLog,
    views: Views,
    state: Mutex<LogState>,
    demo: AtomicBool,
}

impl Graph {
    /// Opens (or creates) the store in `dir`, bringing sled up to date with the
    /// log and rebuilding it if it cannot be trusted.
    pub fn open(dir: &Path) -> Result<Graph, GraphError> {
        std::fs::create_dir_all(dir).map_err(|e| GraphError::io(dir, e))?;
        let evidence = evidence::EvidenceStore::open(&dir.join(EVIDENCE_DIR))?;
        let log = log::StatementLog::open(&dir.join(LOG_FILE))?;
        let contents = log.read()?;
        if let Some(damage) = &contents.damage {
            warn!(path = %log.path().display(), damage = %damage, "statement log has a damaged tail; it is ignored and cut at the next write");
        }
        let sled_dir = dir.join(SLED_DIR);
        let db = match sled::open(&sled_dir) {
            Ok(db) => db,
            // Another process holds the store: that is not damage, and nothing may be touched.
            Err(sled::Error::Io(e)) => {
                return Err(GraphError::InUse {
                    path: sled_dir,
                    source: e,
                });
            }
            Err(e) => {
                // Damage: keep the broken copy aside (nothing is deleted) and rebuild from the log.
                let aside = dir.join(format!(
                    "{SLED_DIR}.broken-{}",
                    Utc::now().format("%Y%m%dT%H%M%S")
                ));
                warn!(error = %e, aside = %aside.display(), "sled store unreadable, moving it aside and rebuilding from the statement log");
                std::fs::rename(&sled_dir, &aside).map_err(|e| GraphError::io(&sled_dir, e))?;
                sled::open(&sled_dir)?
            }
        };
        let views = Views::open(db)?;
        let last_seq = contents.entries.last().map_or(0, |e| e.seq);
        let schema_ok = views
            .meta
            .get(META_SCHEMA)?
            .is_some_and(|v| v.as_ref() == SCHEMA_VERSION.as_bytes());
        let applied = views.applied_seq()?;
        let graph = Graph {
            dir: dir.to_path_buf(),
            evidence,
            log,
            views,
            state: Mutex::new(LogState {
                next_seq: last_seq + 1,
                valid_len: contents.valid_len,
            }),
            demo: AtomicBool::new(false),
        };
        if !schema_ok || applied > last_seq {
            info!(
                entries = contents.entries.len(),
                "rebuilding sled views from the statement log"
            );
            graph.replay(&contents.entries, true)?;
        } else if applied < last_seq {
            let missing: Vec<Entry> = contents
                .entries
                .into_iter()
                .filter(|e| e.seq > applied)
                .collect();
            info!(
                entries = missing.len(),
                "applying statements sled has not seen yet"
            );
            graph.replay(&missing, false)?;
        }
        Ok(graph)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Marks what is recorded from now on as coming from the bundled demo mirror.
    pub fn set_demo(&self, demo: bool) {
        self.demo.store(demo, Ordering::SeqCst);
    }

    fn replay(&self, entries: &[Entry], clear: bool) -> Result<(), GraphError> {
        if clear {
            self.views.clear()?;
        }
        for e in entries {
            resolve::apply(&self.views, e)?;
        }
        self.views
            .meta
            .insert(META_SCHEMA, SCHEMA_VERSION.as_bytes())?;
        self.views.db.flush()?;
        Ok(())
    }

    /// Regenerates every sled view from the statement log.
    pub fn rebuild(&self) -> Result<usize, GraphError> {
        let _guard = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let contents = self.log.read()?;
        self.replay(&contents.entries, true)?;
        Ok(contents.entries.len())
    }

    /// Appends statements to the log (fsync'd), then applies them to sled.
    fn append(&self, statements: Vec<Statement>) -> Result<(), GraphError> {
        if statements.is_empty() {
            return Ok(());
        }
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let at = Utc::now();
        let entries: Vec<Entry> = statements
            .into_iter()
            .enumerate()
            .map(|(i, statement)| Entry {
                seq: state.next_seq + i as u64,
                at,
                statement,
            })
            .collect();
        state.valid_len = self.log.append(&entries, state.valid_len)?;
        state.next_seq += entries.len() as u64;
        for e in &entries {
            resolve::apply(&self.views, e)?;
        }
        self.views
            .meta
            .insert(META_SCHEMA, SCHEMA_VERSION.as_bytes())?;
        self.views.db.flush()?;
        Ok(())
    }

    /// Keeps a fetched page as evidence and records what was extracted from it.
    /// The same bytes from the same url a second time record nothing.
    pub fn record_page(&self, page: &FetchedPage) -> Result<Recorded, GraphError> {
        let sha = self.evidence.put(&page.bytes)?;
        if self
            .views
            .urls
            .get(page.url.as_bytes())?
            .is_some_and(|s| s.as_ref() == sha.as_bytes())
        {
            return Ok(Recorded::default());
        }
        let kind = match &page.content {
            Ok(PageContent::Notices(_)) => "notice".to_string(),
            Ok(PageContent::Listing { .. }) => "listing".to_string(),
            Ok(PageContent::Other { .. }) => "other".to_string(),
            Err(e) => format!("unreadable: {e}"),
        };
        let mut statements = vec![Statement::Document {
            sha256: sha.clone(),
            url: page.url.clone(),
            status: page.status,
            content_type: page.content_type.clone(),
            encoding: page.encoding.map(str::to_string),
            fetched_at: page.fetched_at,
            len: page.bytes.len() as u64,
            page: kind,
            demo: self.demo.load(Ordering::SeqCst) || page.demo,
        }];
        let mut notices = 0;
        if let Ok(PageContent::Notices(records)) = &page.content {
            for record in records {
                notices += 1;
                statements.push(Statement::Notice {
                    id: notice_id(&page.url, record.part.as_deref()),
                    sha256: sha.clone(),
                    url: page.url.clone(),
                    record: record.clone(),
                });
            }
        }
        self.append(statements)?;
        Ok(Recorded {
            new_document: true,
            notices,
        })
    }

    /// Records that a page answered 404/410; its archived copies stay.
    pub fn record_gone(
        &self,
        url: &str,
        status: u16,
        seen_at: DateTime<Utc>,
    ) -> Result<(), GraphError> {
        if self.views.urls.get(url.as_bytes())?.is_none() {
            return Ok(());
        }
        self.append(vec![Statement::Gone {
            url: url.to_string(),
            status,
            seen_at,
        }])
    }

    /// Imports an NTA corporate-number file: its bytes become evidence, each
    /// readable row a statement; broken rows are reported and skipped.
    pub fn import_nta(&self, bytes: &[u8], source: &str) -> Result<NtaImport, GraphError> {
        let parsed = nta::parse(bytes);
        let sha = self.evidence.put(bytes)?;
        let mut report = NtaImport {
            sha256: sha.clone(),
            encoding: parsed.encoding,
            rows: parsed.rows.len(),
            errors: parsed.errors,
            already_imported: false,
        };
        if self.views.document(&sha)?.is_some() {
            report.already_imported = true;
            return Ok(report);
        }
        let demo = self.demo.load(Ordering::SeqCst);
        let any_demo_row = parsed.rows.iter().any(|(_, r)| r.demo);
        let mut statements = vec![Statement::Document {
            sha256: sha.clone(),
            url: source.to_string(),
            status: 200,
            content_type: Some("text/csv".into()),
            encoding: Some(parsed.encoding.to_string()),
            fetched_at: Utc::now(),
            len: bytes.len() as u64,
            page: "nta_csv".into(),
            demo: demo || any_demo_row,
        }];
        statements.extend(parsed.rows.into_iter().map(|(line, row)| {
            let demo = demo || row.demo;
            Statement::Nta {
                sha256: sha.clone(),
                line,
                row,
                demo,
            }
        }));
        self.append(statements)?;
        Ok(report)
    }

    // ---- queries ----

    /// The entity with this id, following merges.
    pub fn entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        self.views.resolve_entity(id)
    }

    pub fn notice(&self, id: &str) -> Result<Option<Notice>, GraphError> {
        self.views.notice(id)
    }

    pub fn document(&self, sha256: &str) -> Result<Option<Document>, GraphError> {
        self.views.document(sha256)
    }

    /// The archived bytes, checked against their hash.
    pub fn document_bytes(&self, sha256: &str) -> Result<Option<Vec<u8>>, GraphError> {
        self.evidence.get(sha256)
    }

    /// Entities that have (or had) a name with the same normalized form.
    pub fn lookup(&self, name: &str) -> Result<Vec<Entity>, GraphError> {
        let mut out: Vec<Entity> = Vec::new();
        // The same keys names are registered under when records are resolved.
        let keys = resolve::keys(name, None);
        for k in keys {
            for id in self.views.ids_for_key(&k)? {
                if let Some(e) = self.views.resolve_entity(&id)? {
                    if !out.iter().any(|x| x.id == e.id) {
                        out.push(e);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Every entity that was not merged into another.
    pub fn entities(&self) -> Result<Vec<Entity>, GraphError> {
        let all: Vec<Entity> = self.views.all(&self.views.entities, "entity")?;
        Ok(all
            .into_iter()
            .filter(|e| e.merged_into.is_none())
            .collect())
    }

    pub fn notices(&self) -> Result<Vec<Notice>, GraphError> {
        self.views.all(&self.views.notices, "notice")
    }

    pub fn documents(&self) -> Result<Vec<Document>, GraphError> {
        self.views.all(&self.views.documents, "document")
    }

    /// The notices addressed to (or naming) an entity, newest first.
    pub fn notices_of(&self, e: &Entity) -> Result<Vec<Notice>, GraphError> {
        self.load_notices(&e.notices)
    }

    /// The notices that only mention an entity, newest first.
    pub fn mentions_of(&self, e: &Entity) -> Result<Vec<Notice>, GraphError> {
        let ids: Vec<String> = e
            .mentions
            .iter()
            .filter(|m| !e.notices.contains(m))
            .cloned()
            .collect();
        self.load_notices(&ids)
    }

    fn load_notices(&self, ids: &[String]) -> Result<Vec<Notice>, GraphError> {
        let mut out = Vec::new();
        for id in ids {
            if let Some(n) = self.views.notice(id)? {
                out.push(n);
            }
        }
        out.sort_by_key(|n| std::cmp::Reverse(n.record.issued_on));
        Ok(out)
    }

    /// The statement log's entries, for export and audit.
    pub fn statements(&self) -> Result<Vec<Entry>, GraphError> {
        Ok(self.log.read()?.entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tadoru_crawler::nta::check_digit;
    use tadoru_crawler::{NoticeKind, NoticeRecord, Rename, Role, Subject};

    fn number(body: &str) -> String {
        format!("{}{body}", check_digit(body).unwrap())
    }

    /// One NTA row: (seq, number, process, change date, name, close date, close cause, successor).
    fn row(
        seq: u32,
        n: &str,
        process: &str,
        change: &str,
        name: &str,
        close: &str,
        cause: &str,
        successor: &str,
    ) -> String {
        format!(
            "{seq},{n},{process},0,{change},{change},\"{name}\",,301,東京都,千代田区,1-1,,13,101,1000001,,,{close},{cause},{successor},,2015-10-05,1,,,,,,0"
        )
    }

    #[test]
    fn every_nta_process_code() {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        let (a, b) = (number("000011110001"), number("000011110002"));
        let csv = [
            row(1, &a, "01", "2016-01-01", "株式会社甲", "", "", ""),
            row(2, &a, "12", "2018-04-01", "株式会社甲", "", "", ""),
            row(
                3,
                &a,
                "21",
                "2019-03-31",
                "株式会社甲",
                "2019-03-31",
                "01",
                "",
            ),
            row(4, &a, "22", "2019-06-01", "株式会社甲", "", "", ""),
            row(5, &b, "01", "2016-01-01", "株式会社乙", "", "", ""),
            row(
                6,
                &b,
                "71",
                "2020-10-01",
                "株式会社乙",
                "2020-10-01",
                "11",
                &a,
            ),
            row(7, &b, "72", "2020-12-01", "株式会社乙", "", "", ""),
            row(
                8,
                &b,
                "81",
                "2021-05-01",
                "株式会社乙",
                "2021-05-01",
                "",
                "",
            ),
            row(9, &b, "99", "2022-01-01", "株式会社乙", "", "", ""),
            row(10, &a, "13", "2023-01-01", "株式会社甲", "", "", ""),
        ]
        .join("\n");
        let r = g.import_nta(csv.as_bytes(), "test.csv").unwrap();
        assert_eq!(r.rows, 10, "{:?}", r.errors);
        let ea = &g.lookup("株式会社甲").unwrap()[0];
        let states: Vec<(State, Option<String>)> = ea
            .status
            .iter()
            .map(|s| (s.state, s.since.map(|d| d.to_string())))
            .collect();
        assert_eq!(
            states,
            vec![
                (State::Closed, Some("2019-03-31".into())),
                (State::Active, Some("2019-06-01".into()))
            ]
        );
        assert!(
            ea.status[0]
                .cause
                .as_deref()
                .unwrap()
                .contains("liquidation completed")
        );
        let eb = &g.lookup("株式会社乙").unwrap()[0];
        let last = eb.current_status().unwrap();
        assert_eq!(last.state, State::Deleted);
        assert_eq!(eb.status.len(), 4, "{:?}", eb.status);
        assert!(
            eb.status[0]
                .cause
                .as_deref()
                .unwrap()
                .contains("dissolved by merger")
        );
        let edge = eb
            .edges
            .iter()
            .find(|e| e.kind == EdgeKind::SucceededBy)
            .unwrap();
        assert_eq!(edge.target, ea.id);
        assert!(
            ea.edges
                .iter()
                .any(|e| e.kind == EdgeKind::Succeeds && e.target == eb.id)
        );
        assert_eq!(ea.corporate_number().unwrap().value, a);
        // Importing the same bytes again records nothing.
        assert!(
            g.import_nta(csv.as_bytes(), "test.csv")
                .unwrap()
                .already_imported
        );
    }

    fn notice_page(url: &str, subjects: Vec<Subject>, renames: Vec<Rename>) -> FetchedPage {
        let record = NoticeRecord {
            kind: NoticeKind::EmergencyOrder,
            authority: "厚生労働省".into(),
            issued_on: chrono::NaiveDate::from_ymd_opt(2025, 8, 29),
            title: "緊急命令".into(),
            articles: vec!["法第22条".into()],
            violations: vec![],
            subjects,
            plans: vec![],
            renames,
            closures: vec![],
            persons: vec![],
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
            content: Ok(PageContent::Notices(vec![record])),
            demo: false,
        }
    }

    fn clinic(name: &str) -> Subject {
        Subject {
            name: name.into(),
            role: Role::Clinic,
            operator: None,
            place: Some("東京都中央区".into()),
            address: None,
            facility_number: None,
            plans: vec![],
            articles: vec![],
            spellings: vec![],
        }
    }

    #[test]
    fn a_later_rename_merges_two_entities_and_keeps_both_ids() {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        g.record_page(&notice_page(
            "http://x/a.html",
            vec![clinic("旧クリニック")],
            vec![],
        ))
        .unwrap();
        g.record_page(&notice_page(
            "http://x/b.html",
            vec![clinic("新クリニック")],
            vec![],
        ))
        .unwrap();
        let old_id = g.lookup("旧クリニック").unwrap()[0].id.clone();
        let new_id = g.lookup("新クリニック").unwrap()[0].id.clone();
        assert_ne!(old_id, new_id);
        let rename = Rename {
            old: "旧クリニック".into(),
            new: "新クリニック".into(),
            on: "2025-09-01".parse().ok(),
        };
        g.record_page(&notice_page("http://x/c.html", vec![], vec![rename]))
            .unwrap();
        let a = g.entity(&old_id).unwrap().unwrap();
        let b = g.entity(&new_id).unwrap().unwrap();
        assert_eq!(a.id, b.id, "both ids lead to one entity");
        assert_eq!(a.current_name(), "新クリニック");
        assert_eq!(a.notices.len(), 2);
        assert_eq!(
            g.mentions_of(&a).unwrap().len(),
            1,
            "the rename notice mentions it"
        );
        assert!(a.links.iter().any(|l| l.reason.starts_with("merged with")));
        // Same bytes from the same url: nothing new.
        let again = g
            .record_page(&notice_page(
                "http://x/a.html",
                vec![clinic("旧クリニック")],
                vec![],
            ))
            .unwrap();
        assert!(!again.new_document);
        // The merge survives a rebuild from the log.
        g.rebuild().unwrap();
        assert_eq!(
            g.entity(&old_id).unwrap().unwrap().id,
            g.entity(&new_id).unwrap().unwrap().id
        );
    }

    #[test]
    fn same_name_and_place_but_another_operator_is_another_clinic() {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        let ginza = |op: &str| Subject {
            operator: Some(op.into()),
            ..clinic("銀座クリニック")
        };
        g.record_page(&notice_page(
            "http://x/a.html",
            vec![ginza("医療法人ネオポリス診療所")],
            vec![],
        ))
        .unwrap();
        g.record_page(&notice_page(
            "http://x/b.html",
            vec![ginza("医療法人社団別法人")],
            vec![],
        ))
        .unwrap();
        g.record_page(&notice_page(
            "http://x/c.html",
            vec![ginza("医療法人 ネオポリス診療所")],
            vec![],
        ))
        .unwrap();
        g.record_page(&notice_page(
            "http://x/d.html",
            vec![clinic("銀座クリニック")],
            vec![],
        ))
        .unwrap();
        let found = g.lookup("銀座クリニック").unwrap();
        assert_eq!(
            found.len(),
            2,
            "{:?}",
            found.iter().map(|e| &e.notices).collect::<Vec<_>>()
        );
        let mut counts: Vec<usize> = found.iter().map(|e| e.notices.len()).collect();
        counts.sort();
        // Same operator (spaced or not) joins; an unknown operator does not contradict.
        assert_eq!(counts, vec![1, 3]);
    }

    #[test]
    fn a_withdrawn_page_is_marked_and_its_copy_kept() {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        let page = notice_page("http://x/a.html", vec![clinic("甲クリニック")], vec![]);
        g.record_page(&page).unwrap();
        let id = notice_id("http://x/a.html", None);
        assert!(g.notice(&id).unwrap().unwrap().withdrawn_seen.is_none());
        g.record_gone("http://x/a.html", 404, Utc::now()).unwrap();
        // An unknown url that answers 404 records nothing.
        g.record_gone("http://x/never-seen.html", 404, Utc::now())
            .unwrap();
        let n = g.notice(&id).unwrap().unwrap();
        assert!(n.withdrawn_seen.is_some());
        let sha = &n.documents[0].sha256;
        assert_eq!(g.document_bytes(sha).unwrap().unwrap(), page.bytes);
        assert!(!g.statements().unwrap().iter().any(
            |e| matches!(&e.statement, Statement::Gone { url, .. } if url.contains("never-seen"))
        ));
    }

    #[test]
    fn damaged_sled_is_moved_aside_and_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        {
            let g = Graph::open(dir.path()).unwrap();
            g.record_page(&notice_page(
                "http://x/a.html",
                vec![clinic("甲クリニック")],
                vec![],
            ))
            .unwrap();
        }
        let conf = dir.path().join(SLED_DIR).join("conf");
        std::fs::write(&conf, b"garbage that is not a sled config").unwrap();
        let g = Graph::open(dir.path()).unwrap();
        assert_eq!(g.lookup("甲クリニック").unwrap().len(), 1);
        let aside = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_string_lossy().starts_with("sled.broken-"));
        assert!(aside, "the damaged copy is kept");
    }
}
