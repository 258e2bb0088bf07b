//! The store of record. The durable truth is two things on disk: the evidence
//! store (exact bytes of every response, named by sha256) and the append-only
//! statement log (checksummed, fsync'd). sled holds the entity graph as a view
//! of the log: if it is missing, unreadable anywhere, or of another schema it
//! is moved aside and rebuilt, never fatal (sled 0.34 is beta software;
//! DESIGN.md "Storage"). Every statement carries a content hash, so recording
//! the same fact twice is a no-op and re-running an interrupted import or crawl
//! restores exactly what is missing.

pub mod attachments;
pub mod changelog;
pub mod curation;
pub mod error;
pub mod evidence;
pub mod log;
pub mod model;
pub mod resolve;
mod staged;
/// The statements of the log live in the shared vocabulary crate.
pub use tadoru_model::statement;
pub mod views;

use std::collections::HashSet;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use tadoru_crawler::crawl::FetchedPage;
use tadoru_crawler::nta;
use tadoru_model::PageContent;
use tracing::{info, warn};

pub use changelog::{Change, ChangeKind, ChangePos};
pub use error::GraphError;
pub use model::{
    DocRef, Document, Edge, EdgeKind, Entity, Evidence, Identifier, Link, NameInterval, Notice,
    State, StatusChange,
};
pub use resolve::notice_id;
pub use staged::Changes;
use staged::Staged;
use statement::{Entry, Statement};
use views::{META_HASHES, META_SCHEMA, SCHEMA_VERSION, Views};

/// How many writes a replay or a long append stages before it commits them
/// (with the hashes and seq of the statements they apply) in one sled
/// transaction: bounds memory, and a crash loses at most that group, which
/// the next open applies again from the log.
const STAGED_WRITES: usize = 50_000;

/// How many bytes (keys and values, about) a replay into emptied views
/// stages in memory before it writes them to sled: such a replay (a rebuild)
/// is one bulk load, atomic as a whole by the schema mark written at its end,
/// so only memory bounds a group: a 10,000-notice store fits in one, a
/// 100,000-notice store takes two or three.
const BULK_BYTES: usize = 512 << 20;

/// Rows of an NTA file recorded per append (one log write and fsync).
pub const NTA_BATCH_ROWS: usize = 10_000;

pub const EVIDENCE_DIR: &str = "evidence";
pub const LOG_FILE: &str = "statements.log";
pub const SLED_DIR: &str = "sled";
/// Where damaged log bytes are copied before anything else happens to them.
pub const QUARANTINE_DIR: &str = "quarantine";

/// What recording one fetched page did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recorded {
    /// False when these exact bytes were already recorded for this url.
    pub new_document: bool,
    /// Notice statements recorded now (those recorded before are not counted).
    pub notices: usize,
}

/// What importing an NTA file did.
#[derive(Debug, Clone, Default)]
pub struct NtaImport {
    pub sha256: String,
    pub encoding: &'static str,
    /// Readable rows in the file.
    pub rows: usize,
    /// Rows recorded by this import.
    pub new_rows: usize,
    /// Rows that were recorded before (by an earlier import of these bytes).
    pub already_recorded: usize,
    pub errors: Vec<nta::RowError>,
}

struct LogState {
    next_seq: u64,
    /// Where the next frame goes in the log.
    append_at: u64,
}

pub struct Graph {
    dir: PathBuf,
    evidence: evidence::EvidenceStore,
    log: log::StatementLog,
    views: Views,
    state: Mutex<LogState>,
    demo: AtomicBool,
    changes: Mutex<Tracked>,
    /// Whether this open trusted sled on its [`CLEAN_MARK`] instead of reading it whole.
    trusted: AtomicBool,
    /// Set by [`Graph::close`], so that the drop that follows does nothing.
    closed: AtomicBool,
}

/// What changed in the views since an applied seq, kept in memory for the
/// derived views to follow (see [`Graph::take_changes`]).
#[derive(Default)]
struct Tracked {
    /// The applied seq the changes are counted from; `None` when unknown
    /// (the views were rebuilt), and then everything may have changed.
    since: Option<u64>,
    changes: Changes,
}

/// How opening sled went.
enum SledOpen {
    Ok(Views),
    InUse(std::io::Error),
    Damaged(String),
}

/// Opens sled under `catch_unwind` (sled 0.34 panics on some damage) and,
/// with `check`, reads every record of it.
fn try_sled(sled_dir: &Path, check: bool) -> Result<SledOpen, GraphError> {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(
        || -> Result<Views, GraphError> {
            let views = Views::open(open_sled(sled_dir)?)?;
            if check {
                views.check()?;
            }
            Ok(views)
        },
    ));
    Ok(match result {
        Ok(Ok(views)) => SledOpen::Ok(views),
        // Another process holds the store: that is not damage, and nothing may be touched.
        Ok(Err(GraphError::Sled(sled::Error::Io(e))))
            if e.to_string().contains("could not acquire lock") =>
        {
            SledOpen::InUse(e)
        }
        Ok(Err(GraphError::Sled(sled::Error::Io(e))))
            if e.kind() == std::io::ErrorKind::PermissionDenied =>
        {
            return Err(GraphError::io(sled_dir, e));
        }
        Ok(Err(e)) => SledOpen::Damaged(e.to_string()),
        Err(panic) => SledOpen::Damaged(format!(
            "sled panicked: {}",
            panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
        )),
    })
}

/// [`try_sled`], waiting up to a second for the lock: a process just killed
/// can hold it for a moment while its threads finish exiting, and the run
/// that follows it should not fail for that.
fn try_sled_waiting(sled_dir: &Path, check: bool) -> Result<SledOpen, GraphError> {
    let mut tries = 0;
    loop {
        match try_sled(sled_dir, check)? {
            SledOpen::InUse(_) if tries < 10 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => return Ok(other),
        }
    }
}

/// A free name `{stem}-{time}` in `dir` for something moved aside.
fn aside_path(dir: &Path, stem: &str) -> PathBuf {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let mut path = dir.join(format!("{stem}-{stamp}"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("{stem}-{stamp}-{n}"));
    }
    path
}

/// Moves the sled directory aside (nothing is deleted) and fsyncs the move.
fn move_aside(dir: &Path, stem: &str) -> Result<Option<PathBuf>, GraphError> {
    let sled_dir = dir.join(SLED_DIR);
    if !sled_dir.exists() {
        return Ok(None);
    }
    let aside = aside_path(dir, stem);
    std::fs::rename(&sled_dir, &aside).map_err(|e| GraphError::io(&sled_dir, e))?;
    log::sync_dir(dir)?;
    Ok(Some(aside))
}

/// Reports and quarantines the damage a read of the log found.
fn report_damage(log: &log::StatementLog, damage: &[log::Damage]) -> Result<(), GraphError> {
    let saved = log.quarantine_damage(damage)?;
    for (d, path) in damage.iter().zip(&saved) {
        warn!(path = %log.path().display(), damage = %d, saved = %path.display(), "statement log damage skipped");
    }
    Ok(())
}

/// The log from the frame of the last statement sled applied, when sled is
/// of this schema, says where that frame is, and the frame there is intact
/// and is the very statement sled recorded under that seq (its hash). Then
/// sled holds exactly the log up to there (it commits a statement whole, with
/// its seq), and only what follows needs reading. `None`: read it all.
fn caught_up_from(
    log: &log::StatementLog,
    views: &Views,
) -> Result<Option<(log::LogContents, u64)>, GraphError> {
    let schema_ok = views
        .meta
        .get(META_SCHEMA)?
        .is_some_and(|v| v.as_ref() == SCHEMA_VERSION.as_bytes());
    let (Some(at), true, true) = (
        views.applied_at()?,
        schema_ok,
        views.meta.get(META_HASHES)?.is_some(),
    ) else {
        return Ok(None);
    };
    let applied = views.applied_seq()?;
    let Some(tail) = log.read_from(at)? else {
        return Ok(None);
    };
    let matches = match (tail.entries.first(), tail.offsets.first()) {
        (Some(e), Some(&o)) if o == at && e.seq == applied => {
            views.hash_seq(&log::statement_hash(&e.statement)?)? == Some(applied)
        }
        _ => false,
    };
    Ok(matches.then_some((tail, applied)))
}

impl Graph {
    /// Opens (or creates) the store in `dir`, bringing sled up to date with the
    /// log and rebuilding it if it cannot be trusted. Every record of sled is
    /// read on open, and any error or panic reading it counts as damage,
    /// unless the store was closed cleanly and sled's files are exactly as it
    /// left them (see [`CLEAN_MARK`]): then opening costs what the log added
    /// since, not the size of the store. The log is read only from the
    /// position sled reflects (see [`caught_up_from`]); damage before it is
    /// for `verify` to find and `rebuild` to mend, and sled keeps what it was
    /// given meanwhile.
    pub fn open(dir: &Path) -> Result<Graph, GraphError> {
        std::fs::create_dir_all(dir).map_err(|e| GraphError::io(dir, e))?;
        let evidence = evidence::EvidenceStore::open(&dir.join(EVIDENCE_DIR))?;
        // sled first: its lock says whether another process holds the store,
        // and then the log must not be touched (not even migrated).
        let sled_dir = dir.join(SLED_DIR);
        let mark_path = dir.join(CLEAN_MARK);
        // Read before sled opens (opening writes to its files).
        let mark = read_mark(&mark_path);
        let mut trusted = mark.is_some() && mark == sled_fingerprint(&sled_dir);
        let mut opened = try_sled_waiting(&sled_dir, !trusted)?;
        if trusted && matches!(opened, SledOpen::Ok(_)) && read_mark(&mark_path) != mark {
            // Another process opened the store between the two reads of the
            // mark: what it left is not what the mark describes.
            drop(opened);
            trusted = false;
            opened = try_sled_waiting(&sled_dir, true)?;
        }
        if matches!(opened, SledOpen::Ok(_) | SledOpen::Damaged(_)) {
            // From here until a clean close, sled may change under writes: a
            // crash meanwhile must make the next open read everything.
            remove_mark(dir, &mark_path)?;
        }
        let (views, fresh) = match opened {
            SledOpen::Ok(views) => (views, false),
            SledOpen::InUse(e) => {
                return Err(GraphError::InUse {
                    path: sled_dir,
                    source: e,
                });
            }
            SledOpen::Damaged(reason) => {
                // Keep the broken copy aside (nothing is deleted) and rebuild from the log.
                let aside = move_aside(dir, &format!("{SLED_DIR}.broken"))?;
                warn!(error = %reason, aside = ?aside, "sled store unreadable, moving it aside and rebuilding from the statement log");
                (fresh_views(&sled_dir)?, true)
            }
        };
        // Where sled says it is in the log: from there on is all an open reads.
        let log = log::StatementLog::open(&dir.join(LOG_FILE), &dir.join(QUARANTINE_DIR))?;
        if !fresh && let Some((tail, applied)) = caught_up_from(&log, &views)? {
            report_damage(&log, &tail.damage)?;
            let graph = Graph::assemble(dir, evidence, log, views, &tail);
            graph.trusted.store(trusted, Ordering::SeqCst);
            graph.track_from(applied);
            let first = tail
                .entries
                .iter()
                .position(|e| e.seq > applied)
                .unwrap_or(tail.entries.len());
            if first < tail.entries.len() {
                info!(
                    entries = tail.entries.len() - first,
                    "applying statements sled has not seen yet"
                );
                graph.replay(&tail.entries[first..], &tail.offsets[first..], false)?;
            }
            return Ok(graph);
        }
        // sled cannot say where it is (a fresh or older store, or a log that
        // changed under it): read the whole log and compare.
        let contents = log.read()?;
        report_damage(&log, &contents.damage)?;
        let graph = Graph::assemble(dir, evidence, log, views, &contents);
        graph.trusted.store(trusted && !fresh, Ordering::SeqCst);
        let last_seq = contents.last_seq();
        let schema_ok = graph
            .views
            .meta
            .get(META_SCHEMA)?
            .is_some_and(|v| v.as_ref() == SCHEMA_VERSION.as_bytes());
        let hashes_ok = graph.views.meta.get(META_HASHES)?.is_some();
        let applied = graph.views.applied_seq()?;
        // sled must hold exactly the statements of the log up to its applied
        // seq: a statement the log lost (damage), one applied only in part (a
        // crash mid-apply) or one sled lost (sled recovers damage by dropping
        // writes) all show as a difference.
        let consistent = hashes_ok && applied <= last_seq && {
            let expected: HashSet<[u8; 32]> = contents
                .entries
                .iter()
                .filter(|e| e.seq <= applied)
                .map(|e| log::statement_hash(&e.statement))
                .collect::<Result<_, _>>()?;
            graph.views.hash_set()? == expected
        };
        if !fresh && schema_ok && consistent {
            graph.track_from(applied);
        }
        if fresh || !schema_ok || !consistent {
            info!(
                entries = contents.entries.len(),
                "rebuilding sled views from the statement log"
            );
            graph.replay(&contents.entries, &contents.offsets, true)?;
        } else if applied < last_seq {
            let first = contents
                .entries
                .iter()
                .position(|e| e.seq > applied)
                .unwrap_or(contents.entries.len());
            info!(
                entries = contents.entries.len() - first,
                "applying statements sled has not seen yet"
            );
            graph.replay(
                &contents.entries[first..],
                &contents.offsets[first..],
                false,
            )?;
        }
        Ok(graph)
    }

    /// Opens the store in `dir` with new sled views replayed from the log,
    /// without reading the old ones: they are moved aside first, and removed
    /// afterwards only if they read back whole and match the log exactly (a
    /// healthy view holds nothing the log does not); any other copy is kept. Returns the graph, the
    /// number of statements replayed, and where a damaged old copy was kept.
    pub fn open_rebuilt(dir: &Path) -> Result<(Graph, usize, Option<PathBuf>), GraphError> {
        std::fs::create_dir_all(dir).map_err(|e| GraphError::io(dir, e))?;
        let evidence = evidence::EvidenceStore::open(&dir.join(EVIDENCE_DIR))?;
        let sled_dir = dir.join(SLED_DIR);
        // Read before sled opens (opening writes to its files): an old copy
        // a clean close left need not be read whole to be judged below.
        let mark = read_mark(&dir.join(CLEAN_MARK));
        let old_trusted = mark.is_some() && mark == sled_fingerprint(&sled_dir);
        // Only the lock is asked of the old copy: a running `serve` must not lose its store.
        // It is held (when it opens at all) until just before it is moved aside.
        let held = if sled_dir.exists() {
            match try_sled(&sled_dir, false)? {
                SledOpen::InUse(e) => {
                    return Err(GraphError::InUse {
                        path: sled_dir,
                        source: e,
                    });
                }
                other => Some(other),
            }
        } else {
            None
        };
        let log = log::StatementLog::open(&dir.join(LOG_FILE), &dir.join(QUARANTINE_DIR))?;
        drop(held);
        remove_mark(dir, &dir.join(CLEAN_MARK))?;
        let old = move_aside(dir, &format!("{SLED_DIR}.replaced"))?;
        let views = fresh_views(&sled_dir)?;
        let graph = Graph {
            dir: dir.to_path_buf(),
            evidence,
            log,
            views,
            state: Mutex::new(LogState {
                next_seq: 1,
                append_at: 0,
            }),
            demo: AtomicBool::new(false),
            changes: Mutex::new(Tracked::default()),
            trusted: AtomicBool::new(false),
            closed: AtomicBool::new(false),
        };
        // The log is read frame by frame as it is applied, never held whole.
        let (summary, hashes) = graph.replay_log()?;
        report_damage(&graph.log, &summary.damage)?;
        {
            let mut state = graph.state.lock().unwrap_or_else(|p| p.into_inner());
            state.next_seq = summary.last_seq + 1;
            state.append_at = summary.append_at;
        }
        let mut kept = None;
        if let Some(old) = old {
            let whole = match try_sled(&old, !old_trusted)? {
                SledOpen::Ok(views) => {
                    // When each url was last asked is not in the log: carried
                    // over, so that the next crawl does not ask every page again.
                    let carried = graph.views.carry_checked(&views);
                    if let Err(e) = &carried {
                        warn!(error = %e, "could not carry over when each url was last asked");
                    }
                    carried.is_ok()
                        && views.applied_seq()? == summary.last_seq
                        && views.hash_set()? == hashes
                }
                SledOpen::InUse(_) | SledOpen::Damaged(_) => false,
            };
            if whole {
                std::fs::remove_dir_all(&old).map_err(|e| GraphError::io(&old, e))?;
            } else {
                let broken = aside_path(dir, &format!("{SLED_DIR}.broken"));
                std::fs::rename(&old, &broken).map_err(|e| GraphError::io(&old, e))?;
                warn!(aside = %broken.display(), "the replaced sled store was damaged; it is kept");
                kept = Some(broken);
            }
        }
        Ok((graph, summary.entries, kept))
    }

    fn assemble(
        dir: &Path,
        evidence: evidence::EvidenceStore,
        log: log::StatementLog,
        views: Views,
        contents: &log::LogContents,
    ) -> Graph {
        Graph {
            dir: dir.to_path_buf(),
            evidence,
            log,
            views,
            state: Mutex::new(LogState {
                next_seq: contents.last_seq() + 1,
                append_at: contents.append_at,
            }),
            demo: AtomicBool::new(false),
            changes: Mutex::new(Tracked::default()),
            trusted: AtomicBool::new(false),
            closed: AtomicBool::new(false),
        }
    }

    /// Counts changes from `seq` (what sled reflects when the graph is opened).
    fn track_from(&self, seq: u64) {
        let mut t = self.changes.lock().unwrap_or_else(|p| p.into_inner());
        *t = Tracked {
            since: Some(seq),
            changes: Changes::default(),
        };
    }

    fn record_changes(&self, changes: Changes, rebuilt: bool) {
        let mut t = self.changes.lock().unwrap_or_else(|p| p.into_inner());
        if rebuilt {
            *t = Tracked::default();
        } else {
            t.changes.extend(changes);
        }
    }

    /// What changed in the views since the applied seq returned by the
    /// previous call (or since the graph was opened), and the applied seq
    /// now; counting starts afresh from there. The first element is `None`
    /// when that is unknown (the views were rebuilt meanwhile): then a
    /// derived view must be made again from everything.
    pub fn take_changes(&self) -> Result<(Option<u64>, Changes, u64), GraphError> {
        let _guard = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.views.applied_seq()?;
        let mut t = self.changes.lock().unwrap_or_else(|p| p.into_inner());
        let taken = std::mem::replace(
            &mut *t,
            Tracked {
                since: Some(now),
                changes: Changes::default(),
            },
        );
        Ok((taken.since, taken.changes, now))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The sequence number of the last statement sled reflects: the log
    /// position every derived view (the search index too) is compared with.
    pub fn applied_seq(&self) -> Result<u64, GraphError> {
        self.views.applied_seq()
    }

    /// Whether this open trusted sled as a clean close left it (see
    /// [`CLEAN_MARK`]) rather than reading every record.
    pub fn trusted_clean_close(&self) -> bool {
        self.trusted.load(Ordering::SeqCst)
    }

    /// Marks what is recorded from now on as coming from the bundled demo mirror.
    pub fn set_demo(&self, demo: bool) {
        self.demo.store(demo, Ordering::SeqCst);
    }

    /// Applies `entries` (whose frames are at `offsets` in the log) to sled,
    /// in groups of one transaction each; with `clear`, to empty views.
    fn replay(&self, entries: &[Entry], offsets: &[u64], clear: bool) -> Result<(), GraphError> {
        let staged = if clear {
            self.begin_bulk(entries.iter())?
        } else {
            Staged::new(&self.views)
        };
        for (e, at) in entries.iter().zip(offsets) {
            self.apply(&staged, e, &log::statement_hash(&e.statement)?, *at)?;
            if staged.should_commit(STAGED_WRITES, BULK_BYTES) {
                staged.commit()?;
            }
        }
        self.finish_replay(staged, clear)
    }

    /// Empties the views for a replay from scratch and stages the curators'
    /// "not the same" judgements among `curations` first: such a judgement
    /// holds for the whole history, also for merges the log records before it.
    fn begin_bulk<'e>(
        &self,
        curations: impl Iterator<Item = &'e Entry>,
    ) -> Result<Staged<'_>, GraphError> {
        self.views.clear()?;
        let staged = Staged::new_bulk(&self.views);
        for e in curations {
            if let Statement::Curation { judgement, .. } = &e.statement
                && judgement.kind == curation::JudgementKind::NotSame
            {
                let b = judgement.b.as_deref().unwrap_or_default();
                staged.add_not_same(&judgement.a, b);
            }
        }
        Ok(staged)
    }

    /// Replays the whole log into emptied views, reading it a frame at a
    /// time (see [`log::StatementLog::read_each`]). Returns what the read
    /// found and the hash of every statement replayed.
    fn replay_log(&self) -> Result<(log::LogSummary, HashSet<[u8; 32]>), GraphError> {
        let curations = self.log.curations()?;
        let staged = self.begin_bulk(curations.iter())?;
        drop(curations);
        let mut hashes = HashSet::new();
        let summary = self.log.read_each(&mut |at, e| {
            let hash = log::statement_hash(&e.statement)?;
            hashes.insert(hash);
            self.apply(&staged, &e, &hash, at)?;
            if staged.should_commit(STAGED_WRITES, BULK_BYTES) {
                staged.commit()?;
            }
            Ok(())
        })?;
        self.finish_replay(staged, true)?;
        Ok((summary, hashes))
    }

    /// Commits what a replay staged, marks the views of this schema and
    /// complete, and makes them durable (one flush for the whole replay).
    fn finish_replay(&self, staged: Staged, clear: bool) -> Result<(), GraphError> {
        staged.commit()?;
        self.record_changes(staged.changes(), clear);
        self.views
            .meta
            .insert(META_SCHEMA, SCHEMA_VERSION.as_bytes())?;
        self.views.meta.insert(META_HASHES, &[])?;
        self.views.db.flush()?;
        Ok(())
    }

    /// Stages one entry (whose frame is at byte `at` of the log): its
    /// statement's hash, what it changes, and the applied seq, committed
    /// together by the caller, so sled never holds part of a statement.
    fn apply(
        &self,
        staged: &Staged,
        e: &Entry,
        hash: &[u8; 32],
        at: u64,
    ) -> Result<(), GraphError> {
        staged.begin(e.seq, e.at);
        staged.put_hash(hash, e.seq);
        resolve::apply(staged, e)?;
        staged.set_applied(e.seq, Some(at));
        Ok(())
    }

    /// Regenerates every sled view from the statement log.
    pub fn rebuild(&self) -> Result<usize, GraphError> {
        let _guard = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (summary, _) = self.replay_log()?;
        Ok(summary.entries)
    }

    /// Appends the statements not recorded before to the log (fsync'd), then
    /// applies them to sled. Returns, for each statement, whether it was new.
    fn append(&self, statements: Vec<Statement>) -> Result<Vec<bool>, GraphError> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut fresh = Vec::new();
        let mut flags = Vec::with_capacity(statements.len());
        let mut seen = HashSet::new();
        for statement in statements {
            let hash = log::statement_hash(&statement)?;
            let new = seen.insert(hash) && !self.views.has_hash(&hash)?;
            flags.push(new);
            if new {
                fresh.push((statement, hash));
            }
        }
        if fresh.is_empty() {
            return Ok(flags);
        }
        let at = Utc::now();
        let (entries, hashes): (Vec<Entry>, Vec<[u8; 32]>) = fresh
            .into_iter()
            .enumerate()
            .map(|(i, (statement, hash))| {
                let entry = Entry {
                    seq: state.next_seq + i as u64,
                    at,
                    statement,
                };
                (entry, hash)
            })
            .unzip();
        let (end, offsets) = self.log.append(&entries, state.append_at)?;
        state.append_at = end;
        state.next_seq += entries.len() as u64;
        let staged = Staged::new(&self.views);
        for ((e, h), at) in entries.iter().zip(&hashes).zip(offsets) {
            self.apply(&staged, e, h, at)?;
            if staged.should_commit(STAGED_WRITES, BULK_BYTES) {
                staged.commit()?;
            }
        }
        staged.commit()?;
        self.record_changes(staged.changes(), false);
        self.views
            .meta
            .insert(META_SCHEMA, SCHEMA_VERSION.as_bytes())?;
        self.views.db.flush()?;
        Ok(flags)
    }

    /// Keeps bytes in the evidence store, before anything is made of them;
    /// returns their sha256. Keeping the same bytes again is a no-op.
    pub fn keep_evidence(&self, bytes: &[u8]) -> Result<String, GraphError> {
        self.evidence.put(bytes)
    }

    /// Keeps a fetched page as evidence and records what was extracted from it.
    /// The same bytes from the same url a second time record no new document,
    /// only whichever of its notice statements are missing (after a crash).
    /// A notice already recorded from another url (the same bytes, or the same
    /// authority, date, title and subjects) is recorded under that notice's id,
    /// so the notice gains this url as evidence instead of a twin.
    pub fn record_page(&self, page: &FetchedPage) -> Result<Recorded, GraphError> {
        // Before this version replaces the last one: what it no longer lists.
        let delisted = self.delisted(page)?;
        let sha = self.evidence.put(&page.bytes)?;
        let same_bytes = self
            .views
            .urls
            .get(page.url.as_bytes())?
            .is_some_and(|s| s.as_ref() == sha.as_bytes());
        let kind = match &page.content {
            Ok(PageContent::Notices(_)) => "notice".to_string(),
            Ok(PageContent::Listing { .. }) => "listing".to_string(),
            Ok(PageContent::Other { .. }) => "other".to_string(),
            Err(e) => format!("unreadable: {e}"),
        };
        let mut statements = Vec::new();
        if !same_bytes {
            statements.push(Statement::Document {
                sha256: sha.clone(),
                url: page.url.clone(),
                status: page.status,
                content_type: page.content_type.clone(),
                encoding: page.encoding.map(str::to_string),
                fetched_at: page.fetched_at,
                len: page.bytes.len() as u64,
                page: kind,
                demo: self.demo.load(Ordering::SeqCst) || page.demo,
                etag: page.validators.etag.clone(),
                last_modified: page.validators.last_modified.clone(),
                encoding_note: page.encoding_note.clone(),
            });
        }
        let mut keys = Vec::new();
        if let Ok(PageContent::Notices(records)) = &page.content {
            self.fill_notice_keys()?;
            for record in records {
                let own = notice_id(&page.url, record.part.as_deref());
                let record_keys = notice_keys(&sha, record);
                let id = if self.views.notice(&own)?.is_some() {
                    own
                } else {
                    match self.notice_by_keys(&record_keys)? {
                        Some(id) => {
                            info!(url = %page.url, notice = %id, "the same notice is already recorded from another url");
                            id
                        }
                        None => own,
                    }
                };
                keys.extend(record_keys.into_iter().map(|k| (k, id.clone())));
                statements.push(Statement::Notice {
                    id,
                    sha256: sha.clone(),
                    url: page.url.clone(),
                    record: record.clone(),
                });
            }
        }
        let recorded = if statements.is_empty() {
            Recorded::default()
        } else {
            let flags = self.append(statements)?;
            let new_document = !same_bytes && flags.first().copied().unwrap_or(false);
            let notices = flags
                .iter()
                .skip(usize::from(!same_bytes))
                .filter(|f| **f)
                .count();
            Recorded {
                new_document,
                notices,
            }
        };
        for (key, id) in keys {
            self.views
                .notice_keys
                .insert(key.as_bytes(), id.as_bytes())?;
        }
        if !delisted.is_empty() {
            self.append(delisted)?;
        }
        if !page.validators.is_empty() {
            let v = views::UrlValidators {
                sha256: sha,
                etag: page.validators.etag.clone(),
                last_modified: page.validators.last_modified.clone(),
            };
            let json = serde_json::to_vec(&v).map_err(|e| GraphError::json(&page.url, e))?;
            self.views.validators.insert(page.url.as_bytes(), json)?;
        }
        Ok(recorded)
    }

    /// The first notice id any of `keys` is recorded under.
    fn notice_by_keys(&self, keys: &[String]) -> Result<Option<String>, GraphError> {
        for k in keys {
            if let Some(id) = self.views.notice_keys.get(k.as_bytes())? {
                let id = String::from_utf8_lossy(&id).into_owned();
                if self.views.notice(&id)?.is_some() {
                    return Ok(Some(id));
                }
            }
        }
        Ok(None)
    }

    /// Fills the notice identity keys from the notices when a rebuild (or a
    /// store made before the keys existed) left them empty.
    fn fill_notice_keys(&self) -> Result<(), GraphError> {
        if !self.views.notice_keys.is_empty() || self.views.notices.is_empty() {
            return Ok(());
        }
        let notices: Vec<Notice> = self.views.all(&self.views.notices, "notice")?;
        for n in &notices {
            for d in &n.documents {
                for k in notice_keys(&d.sha256, &n.record) {
                    self.views
                        .notice_keys
                        .insert(k.as_bytes(), n.id.as_bytes())?;
                }
            }
        }
        Ok(())
    }

    /// The validators of the latest bytes kept from `url`, if the response
    /// that brought them gave any and those bytes are still in the evidence.
    pub fn validators(&self, url: &str) -> Result<Option<views::UrlValidators>, GraphError> {
        self.fill_validators()?;
        let Some(json) = self.views.validators.get(url.as_bytes())? else {
            return Ok(None);
        };
        let v: views::UrlValidators =
            serde_json::from_slice(&json).map_err(|e| GraphError::json(url, e))?;
        let latest = self.views.urls.get(url.as_bytes())?;
        let current = latest.is_some_and(|s| s.as_ref() == v.sha256.as_bytes());
        Ok((current && self.evidence.contains(&v.sha256)).then_some(v))
    }

    /// Fills the validators from the log's Document statements when a fresh
    /// sled (a damaged one moved aside) has none, so that the next crawl is
    /// still conditional. A marker key records that this was done.
    fn fill_validators(&self) -> Result<(), GraphError> {
        if !self.views.validators.is_empty() || self.views.urls.is_empty() {
            return Ok(());
        }
        let mut latest = std::collections::HashMap::new();
        for e in self.statements()? {
            if let Statement::Document {
                sha256,
                url,
                etag,
                last_modified,
                ..
            } = e.statement
            {
                latest.insert(
                    url,
                    views::UrlValidators {
                        sha256,
                        etag,
                        last_modified,
                    },
                );
            }
        }
        for (url, v) in latest {
            if v.etag.is_some() || v.last_modified.is_some() {
                let json = serde_json::to_vec(&v).map_err(|e| GraphError::json(&url, e))?;
                self.views.validators.insert(url.as_bytes(), json)?;
            }
        }
        self.views
            .validators
            .insert(views::VALIDATORS_FILLED, &[])?;
        Ok(())
    }

    /// Notes that `url` answered (200 or 304) at `at`, for the crawler's
    /// revisit policy. Not a statement: it records no fact.
    pub fn note_checked(&self, url: &str, at: DateTime<Utc>) -> Result<(), GraphError> {
        self.views
            .checked
            .insert(url.as_bytes(), &at.timestamp().to_be_bytes())?;
        Ok(())
    }

    /// When `url` last answered, if it is a page kept (not a listing) whose
    /// latest bytes are known: the pages a crawl need not ask again until
    /// their revisit time. Listings and unknown urls answer `None`.
    pub fn checked_page(&self, url: &str) -> Result<Option<DateTime<Utc>>, GraphError> {
        let Some(at) = self.views.checked.get(url.as_bytes())? else {
            return Ok(None);
        };
        let Ok(secs) = <[u8; 8]>::try_from(at.as_ref()) else {
            return Ok(None);
        };
        let Some(sha) = self.views.urls.get(url.as_bytes())? else {
            return Ok(None);
        };
        let sha = String::from_utf8_lossy(&sha);
        let Some(doc) = self.views.document(&sha)? else {
            return Ok(None);
        };
        if doc.page == "listing" || !(200..300).contains(&doc.status) {
            return Ok(None);
        }
        Ok(DateTime::from_timestamp(i64::from_be_bytes(secs), 0))
    }

    /// The latest document kept from `url` and its bytes.
    pub fn latest_document(&self, url: &str) -> Result<Option<(Document, Vec<u8>)>, GraphError> {
        let Some(sha) = self.views.urls.get(url.as_bytes())? else {
            return Ok(None);
        };
        let sha = String::from_utf8_lossy(&sha).into_owned();
        let (Some(doc), Some(bytes)) = (self.views.document(&sha)?, self.document_bytes(&sha)?)
        else {
            return Ok(None);
        };
        Ok(Some((doc, bytes)))
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
        .map(drop)
    }

    /// Records a 404/410 response: its body as a document (kept as evidence
    /// like any other), and, for a url that was a page until now, that it is
    /// gone. A url whose latest document is already a 404/410 records nothing
    /// more, however often it is crawled, until it comes back. Returns
    /// whether a `Gone` statement was recorded.
    pub fn record_gone_page(&self, page: &FetchedPage) -> Result<bool, GraphError> {
        let before = self.latest_status(&page.url)?;
        if before.is_some_and(|s| s == 404 || s == 410) {
            return Ok(false);
        }
        self.record_page(page)?;
        if before.is_none() {
            return Ok(false);
        }
        let flags = self.append(vec![Statement::Gone {
            url: page.url.clone(),
            status: page.status,
            seen_at: page.fetched_at,
        }])?;
        Ok(flags.first().copied().unwrap_or(false))
    }

    /// A listing that no longer links a notice page it linked in its last
    /// version: that notice has vanished from its listing. Recorded as `Gone`
    /// with status 0 (no http status: the page may still answer), dated when
    /// the listing was first seen without it; its archived copies stay.
    fn delisted(&self, page: &FetchedPage) -> Result<Vec<Statement>, GraphError> {
        if !matches!(page.content, Ok(PageContent::Listing { .. })) {
            return Ok(Vec::new());
        }
        let Some(previous) = self.views.urls.get(page.url.as_bytes())? else {
            return Ok(Vec::new());
        };
        let previous = String::from_utf8_lossy(&previous).into_owned();
        if previous == page.sha256 {
            return Ok(Vec::new());
        }
        let Some(old_bytes) = self.evidence.get(&previous)? else {
            return Ok(Vec::new());
        };
        let old_type = self.views.document(&previous)?.and_then(|d| d.content_type);
        let base = url::Url::parse(&page.url).ok();
        let links =
            |bytes: &[u8], content_type: Option<&str>| -> std::collections::HashSet<String> {
                let text = tadoru_crawler::decode::decode(bytes, content_type).text;
                let Ok(parsed) = tadoru_crawler::html::page_text(&text) else {
                    return Default::default();
                };
                parsed
                    .links
                    .iter()
                    .filter_map(|(href, _)| base.as_ref()?.join(href).ok())
                    .map(|mut u| {
                        u.set_fragment(None);
                        u.to_string()
                    })
                    .collect()
            };
        let before = links(&old_bytes, old_type.as_deref());
        let now = links(&page.bytes, page.content_type.as_deref());
        let mut out = Vec::new();
        for url in before.difference(&now) {
            let id = notice_id(url, None);
            if self
                .views
                .notice(&id)?
                .is_some_and(|n| n.withdrawn_seen.is_none())
            {
                out.push(Statement::Gone {
                    url: url.clone(),
                    status: 0,
                    seen_at: page.fetched_at,
                });
            }
        }
        Ok(out)
    }

    /// The status of the latest document recorded from `url`.
    fn latest_status(&self, url: &str) -> Result<Option<u16>, GraphError> {
        let Some(sha) = self.views.urls.get(url.as_bytes())? else {
            return Ok(None);
        };
        let sha = String::from_utf8_lossy(&sha).into_owned();
        // A url with no readable document still counts as seen.
        Ok(Some(self.views.document(&sha)?.map_or(200, |d| d.status)))
    }

    /// Imports an NTA corporate-number file: its bytes become evidence, each
    /// readable row a statement; broken rows are reported and skipped. Rows
    /// recorded before (the same file imported again, or an import cut short)
    /// are skipped one by one, so a re-run records exactly what is missing.
    pub fn import_nta(&self, bytes: &[u8], source: &str) -> Result<NtaImport, GraphError> {
        let sha = self.evidence.put(bytes)?;
        let utf8 = std::str::from_utf8(bytes).is_ok();
        let mut open = || -> Result<Box<dyn std::io::Read + '_>, GraphError> {
            Ok(Box::new(std::io::Cursor::new(bytes)))
        };
        self.import_nta_stream(&sha, utf8, bytes.len() as u64, &mut open, source)
    }

    /// [`Graph::import_nta`] of the file at `path`, read a block at a time:
    /// it is copied into the evidence store, then its rows are read back from
    /// there and recorded [`NTA_BATCH_ROWS`] at a time, so memory stays
    /// bounded whatever the file's size.
    pub fn import_nta_file(&self, path: &Path, source: &str) -> Result<NtaImport, GraphError> {
        let (sha, utf8) = self.evidence.put_file(path)?;
        let len = std::fs::metadata(path)
            .map_err(|e| GraphError::io(path, e))?
            .len();
        let mut open = || -> Result<Box<dyn std::io::Read>, GraphError> {
            Ok(Box::new(std::io::BufReader::new(
                self.evidence.open_file(&sha)?,
            )))
        };
        self.import_nta_stream(&sha, utf8, len, &mut open, source)
    }

    fn import_nta_stream<'r>(
        &self,
        sha: &str,
        utf8: bool,
        len: u64,
        open: &mut dyn FnMut() -> Result<Box<dyn std::io::Read + 'r>, GraphError>,
        source: &str,
    ) -> Result<NtaImport, GraphError> {
        let mut first = Vec::new();
        std::io::Read::take(open()?, 4)
            .read_to_end(&mut first)
            .map_err(|e| GraphError::io(Path::new(source), e))?;
        let encoding = nta::encoding_of(&first, utf8);
        let stream_err = |e: nta::StreamError<GraphError>| match e {
            nta::StreamError::Io(e) => GraphError::io(Path::new(source), e),
            nta::StreamError::Batch(e) => e,
        };
        let demo = self.demo.load(Ordering::SeqCst);
        let mut report = NtaImport {
            sha256: sha.to_string(),
            encoding: encoding.0.name(),
            ..NtaImport::default()
        };
        // The document is recorded once, when these bytes are first imported;
        // it says whether any row is from the demo mirror, so that is read first.
        if self.views.document(sha)?.is_none() {
            let mut any_demo_row = false;
            nta::parse_stream(&mut *open()?, encoding, NTA_BATCH_ROWS, &mut |f| {
                any_demo_row |= f.rows.iter().any(|(_, r)| r.demo);
                Ok::<(), GraphError>(())
            })
            .map_err(stream_err)?;
            self.append(vec![Statement::Document {
                sha256: sha.to_string(),
                url: source.to_string(),
                status: 200,
                content_type: Some("text/csv".into()),
                encoding: Some(encoding.0.name().to_string()),
                fetched_at: Utc::now(),
                len,
                page: "nta_csv".into(),
                demo: demo || any_demo_row,
                etag: None,
                last_modified: None,
                encoding_note: None,
            }])?;
        }
        nta::parse_stream(&mut *open()?, encoding, NTA_BATCH_ROWS, &mut |f| {
            report.rows += f.rows.len();
            report.errors.extend(f.errors);
            let statements = f
                .rows
                .into_iter()
                .map(|(line, row)| {
                    let demo = demo || row.demo;
                    Statement::Nta {
                        sha256: sha.to_string(),
                        line,
                        row,
                        demo,
                    }
                })
                .collect();
            let flags = self.append(statements)?;
            report.new_rows += flags.iter().filter(|f| **f).count();
            Ok(())
        })
        .map_err(stream_err)?;
        report.already_recorded = report.rows - report.new_rows;
        Ok(report)
    }

    /// Records the curator's file: its bytes as evidence, each judgement as a
    /// statement (those recorded before are skipped). Returns how many
    /// judgements were new; a rebuild then applies them to the whole history.
    pub fn record_curation(&self, bytes: &[u8]) -> Result<(usize, usize), GraphError> {
        let text = std::str::from_utf8(bytes).map_err(|e| GraphError::Curation {
            entry: 0,
            reason: format!("not UTF-8: {e}"),
        })?;
        let judgements = curation::parse(text)?;
        let sha = self.evidence.put(bytes)?;
        let mut statements = Vec::new();
        if self.views.document(&sha)?.is_none() {
            statements.push(Statement::Document {
                sha256: sha.clone(),
                url: curation::CURATION_FILE.to_string(),
                status: 200,
                content_type: Some("application/toml".into()),
                encoding: Some("UTF-8".into()),
                fetched_at: Utc::now(),
                len: bytes.len() as u64,
                page: "curation".into(),
                demo: false,
                etag: None,
                last_modified: None,
                encoding_note: None,
            });
        }
        let total = judgements.len();
        statements.extend(judgements.into_iter().enumerate().map(|(i, judgement)| {
            Statement::Curation {
                sha256: sha.clone(),
                index: i + 1,
                judgement,
            }
        }));
        let flags = self.append(statements)?;
        let new_judgements = flags[flags.len() - total..].iter().filter(|f| **f).count();
        Ok((total, new_judgements))
    }

    // ---- queries ----

    /// The entity with this id, following merges.
    pub fn entity(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        self.views.resolve_entity(id)
    }

    /// [`Graph::entity`] without its growing lists (notices, mentions,
    /// links, edges) and without the evidence of its facts: its names,
    /// identifiers, status and places, for what needs only those (the
    /// names a notice's search document shows) at a fraction of the cost.
    pub fn entity_core(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        self.views.resolve_core(id)
    }

    /// The entity an absorbed corporation is now part of: its successor's
    /// successor, and so on (NTA absorption mergers), to the last one.
    pub fn successor_of(&self, e: &Entity) -> Result<Option<Entity>, GraphError> {
        let mut current: Option<Entity> = None;
        let mut next = e.successor().map(str::to_string);
        // A chain is a few mergers long; a cycle in bad data stops here.
        for _ in 0..16 {
            let Some(id) = next else { break };
            let Some(s) = self.entity(&id)? else { break };
            if s.id == e.id {
                break;
            }
            next = s.successor().map(str::to_string);
            current = Some(s);
        }
        Ok(current)
    }

    /// The entity recorded under exactly this id, merged or not.
    pub fn entity_record(&self, id: &str) -> Result<Option<Entity>, GraphError> {
        self.views.entity(id)
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
                if let Some(e) = self.views.resolve_entity(&id)?
                    && !out.iter().any(|x| x.id == e.id)
                {
                    out.push(e);
                }
            }
        }
        Ok(out)
    }

    /// The entity a corporate number (法人番号) was recorded for, following merges.
    pub fn by_corporate_number(&self, number: &str) -> Result<Option<Entity>, GraphError> {
        match self.views.corp.get(number.as_bytes())? {
            Some(id) => self.views.resolve_entity(&String::from_utf8_lossy(&id)),
            None => Ok(None),
        }
    }

    /// Every entity that was not merged into another.
    pub fn entities(&self) -> Result<Vec<Entity>, GraphError> {
        let cores: Vec<Entity> = self.views.all(&self.views.entities, "entity")?;
        cores
            .into_iter()
            .filter(|e| e.merged_into.is_none())
            .map(|c| self.views.assemble(c))
            .collect()
    }

    /// Up to `n` entities not merged into another, whole, in id order after
    /// `after`: every entity a page at a time, in memory bounded by the page.
    pub fn entities_after(&self, after: Option<&str>, n: usize) -> Result<Vec<Entity>, GraphError> {
        let start = after.map_or_else(Vec::new, |a| {
            let mut k = a.as_bytes().to_vec();
            k.push(0);
            k
        });
        let mut out = Vec::new();
        for kv in self.views.entities.range(start..) {
            let (k, v) = kv?;
            let core: Entity = serde_json::from_slice(&v)
                .map_err(|e| GraphError::json(String::from_utf8_lossy(&k), e))?;
            if core.merged_into.is_none() {
                out.push(self.views.assemble(core)?);
                if out.len() >= n {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// Up to `n` notices in id order after `after` (see [`Graph::entities_after`]).
    pub fn notices_after(&self, after: Option<&str>, n: usize) -> Result<Vec<Notice>, GraphError> {
        let start = after.map_or_else(Vec::new, |a| {
            let mut k = a.as_bytes().to_vec();
            k.push(0);
            k
        });
        let mut out = Vec::new();
        for kv in self.views.notices.range(start..).take(n) {
            let (k, v) = kv?;
            out.push(
                serde_json::from_slice(&v)
                    .map_err(|e| GraphError::json(String::from_utf8_lossy(&k), e))?,
            );
        }
        Ok(out)
    }

    /// How many entities (not merged into another) and notices the store
    /// holds, counted without assembling them.
    pub fn counts(&self) -> Result<(usize, usize), GraphError> {
        #[derive(serde::Deserialize)]
        struct Merged {
            merged_into: Option<String>,
        }
        let mut entities = 0;
        for v in self.views.entities.iter().values() {
            let v = v?;
            let m: Merged =
                serde_json::from_slice(&v).map_err(|e| GraphError::json("entity", e))?;
            entities += usize::from(m.merged_into.is_none());
        }
        Ok((entities, self.views.notices.len()))
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

/// The identity keys of a notice read from the document `sha256`: its bytes,
/// and, when the record says enough to tell it from another, its issuing
/// authority, date, title and the set of its subjects (name and operator as
/// printed). The key errs strict: a false match would hide a notice inside
/// another, a missed one only leaves a twin, as before.
fn notice_keys(sha256: &str, record: &tadoru_model::NoticeRecord) -> Vec<String> {
    let part = record.part.as_deref().unwrap_or("");
    let mut keys = vec![format!("sha:{sha256}#{part}")];
    let mut subjects: Vec<String> = record
        .subjects
        .iter()
        .map(|s| {
            format!(
                "{}/{}",
                s.name.trim(),
                s.operator.as_deref().unwrap_or("").trim()
            )
        })
        .collect();
    subjects.sort_unstable();
    subjects.dedup();
    let title = record.title.trim();
    if let (Some(on), false, false) = (record.issued_on, title.is_empty(), subjects.is_empty()) {
        keys.push(format!(
            "id:{}|{on}|{title}|{}#{part}",
            record.authority.trim(),
            subjects.join("\u{1f}")
        ));
    }
    keys
}

/// A file beside sled, written when a store closes cleanly: the schema and
/// the name, length, inode, modification and change times of every file of sled as
/// that close left them. An open that finds the mark and sled's files as it
/// describes trusts sled without reading every record; it removes the mark
/// first, so that a crash before the next clean close leaves none. A crash,
/// a panic, any sled or decoding error in the process, or anything that
/// writes to sled's files in between (a stray copy, garbage written over a
/// file) means the next open reads all of sled again. Damage that changes
/// no file's length or time (a disk's silent corruption) is not seen at
/// open: sled's own checksums report it when the page is read, that error
/// keeps the process from marking the store clean, and `tadoru verify`
/// reads everything.
const CLEAN_MARK: &str = "sled.clean";

/// What [`CLEAN_MARK`] says of sled's files now; `None` when they cannot be listed.
fn sled_fingerprint(sled_dir: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt as _;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(sled_dir).ok()? {
        let entry = entry.ok()?;
        let meta = entry.metadata().ok()?;
        // ctime too: a write moves it, and no one can set it back.
        files.push(format!(
            "{} {} {} {}.{:09} {}.{:09}",
            entry.file_name().to_string_lossy(),
            meta.len(),
            meta.ino(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ctime(),
            meta.ctime_nsec()
        ));
    }
    files.sort();
    Some(format!(
        "tadoru sled closed cleanly\nschema {SCHEMA_VERSION}\n{}\n",
        files.join("\n")
    ))
}

fn read_mark(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn remove_mark(dir: &Path, path: &Path) -> Result<(), GraphError> {
    match std::fs::remove_file(path) {
        Ok(()) => log::sync_dir(dir),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(GraphError::io(path, e)),
    }
}

impl Graph {
    /// Flushes sled and leaves [`CLEAN_MARK`] describing its files.
    fn mark_clean(&self) -> Result<(), GraphError> {
        self.views.db.flush()?;
        let sled_dir = self.dir.join(SLED_DIR);
        let Some(fingerprint) = sled_fingerprint(&sled_dir) else {
            return Ok(());
        };
        let path = self.dir.join(CLEAN_MARK);
        let tmp = self.dir.join(format!("{CLEAN_MARK}.tmp"));
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            std::io::Write::write_all(&mut f, fingerprint.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| GraphError::io(&path, e))?;
        log::sync_dir(&self.dir)
    }
}

impl Graph {
    /// Closes the store cleanly: flushes sled and marks it trusted for the
    /// next open (see [`CLEAN_MARK`]), whatever this process met before.
    /// Dropping a graph does the same unless the thread is panicking or the
    /// process has met a sled or decoding error.
    pub fn close(self) -> Result<(), GraphError> {
        self.closed.store(true, Ordering::SeqCst);
        self.mark_clean()
    }
}

impl Drop for Graph {
    fn drop(&mut self) {
        if self.closed.load(Ordering::SeqCst) || std::thread::panicking() || error::views_faulted()
        {
            return;
        }
        if let Err(e) = self.mark_clean() {
            warn!(error = %e, "could not mark the store closed cleanly; the next open reads all of sled");
        }
    }
}

fn fresh_views(sled_dir: &Path) -> Result<Views, GraphError> {
    Views::open(open_sled(sled_dir)?)
}

/// sled's page cache, bounded: its default (1 GiB) made an import's memory
/// grow with the store; the views are read through it, not held in it.
const SLED_CACHE_BYTES: u64 = 64 * 1024 * 1024;

fn open_sled(sled_dir: &Path) -> Result<sled::Db, GraphError> {
    Ok(sled::Config::new()
        .path(sled_dir)
        .cache_capacity(SLED_CACHE_BYTES)
        .open()?)
}

fn log_hash_set(entries: &[Entry]) -> Result<HashSet<[u8; 32]>, GraphError> {
    entries
        .iter()
        .map(|e| log::statement_hash(&e.statement))
        .collect()
}

// ---- verification ----

/// What `verify` found in the sled views.
#[derive(Debug)]
pub enum ViewsCheck {
    /// No sled directory: it is built on the next open.
    Missing,
    /// Another process holds the store, so it could not be read.
    InUse,
    /// Opening or reading it failed.
    Damaged(String),
    Checked {
        applied_seq: u64,
        /// Distinct statement hashes sled holds.
        hashes: usize,
        /// Hashes of logged statements sled does not hold.
        missing: usize,
        /// Hashes sled holds that no intact log record has.
        extra: usize,
    },
}

/// The store checked against itself: evidence, log frames, documents, views.
#[derive(Debug)]
pub struct Verification {
    pub evidence: evidence::EvidenceCheck,
    pub log_format: log::LogFormat,
    pub log_records: usize,
    /// Distinct statement hashes in the log.
    pub log_hashes: usize,
    pub last_seq: u64,
    /// Damaged regions of the log, with where their bytes were saved, if they were.
    pub log_damage: Vec<(log::Damage, Option<PathBuf>)>,
    /// Document statements in the log.
    pub documents: usize,
    /// Document statements whose evidence file is missing: `(sha256, url)`.
    pub documents_missing: Vec<(String, String)>,
    pub views: ViewsCheck,
}

impl Verification {
    /// Everything found wrong, one line each; empty when all is well.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (path, sha) in &self.evidence.mismatched {
            out.push(format!(
                "evidence file {} holds bytes whose sha256 is {sha}",
                path.display()
            ));
        }
        for (path, e) in &self.evidence.unreadable {
            out.push(format!(
                "evidence file {} cannot be read: {e}",
                path.display()
            ));
        }
        for (d, saved) in &self.log_damage {
            let saved = saved.as_ref().map_or_else(
                || "not yet saved aside: `tadoru rebuild` does that".to_string(),
                |p| format!("bytes kept in {}", p.display()),
            );
            out.push(format!("statement log {d} ({saved})"));
        }
        for (sha, url) in &self.documents_missing {
            out.push(format!("document {sha} ({url}) has no evidence file"));
        }
        match &self.views {
            ViewsCheck::Missing => {
                out.push("sled views are missing (they are rebuilt on the next open)".into())
            }
            ViewsCheck::InUse => {}
            ViewsCheck::Damaged(e) => out.push(format!(
                "sled views are damaged (they are moved aside and rebuilt on the next open): {e}"
            )),
            ViewsCheck::Checked {
                applied_seq,
                missing,
                extra,
                ..
            } => {
                if *applied_seq != self.last_seq {
                    out.push(format!(
                        "sled reflects the log up to seq {applied_seq}, the log ends at seq {}",
                        self.last_seq
                    ));
                }
                if *missing > 0 {
                    out.push(format!(
                        "sled lacks {missing} statement hashes the log holds"
                    ));
                }
                if *extra > 0 {
                    out.push(format!(
                        "sled holds {extra} statement hashes no intact log record has"
                    ));
                }
            }
        }
        out
    }
}

/// Checks the store in `dir` without changing it: every evidence file against
/// its name, every log frame, that every document has its evidence, and that
/// sled's applied seq and statement hashes match the log.
pub fn verify(dir: &Path) -> Result<Verification, GraphError> {
    let evidence = evidence::EvidenceStore::at(&dir.join(EVIDENCE_DIR));
    let evidence_check = if dir.join(EVIDENCE_DIR).exists() {
        evidence.check_all()?
    } else {
        evidence::EvidenceCheck::default()
    };
    let log = log::StatementLog::at(&dir.join(LOG_FILE), &dir.join(QUARANTINE_DIR));
    let contents = if log.path().exists() {
        log.read()?
    } else {
        log::LogContents {
            format: log::LogFormat::V2,
            entries: Vec::new(),
            offsets: Vec::new(),
            damage: Vec::new(),
            append_at: 0,
        }
    };
    let log_damage = contents
        .damage
        .iter()
        .map(|d| (d.clone(), log.quarantined(d.offset, d.len)))
        .collect();
    let mut documents = 0;
    let mut documents_missing = Vec::new();
    for e in &contents.entries {
        if let Statement::Document { sha256, url, .. } = &e.statement {
            documents += 1;
            if !evidence.contains(sha256) {
                documents_missing.push((sha256.clone(), url.clone()));
            }
        }
    }
    let in_log = log_hash_set(&contents.entries)?;
    let sled_dir = dir.join(SLED_DIR);
    let views = if !sled_dir.exists() {
        ViewsCheck::Missing
    } else {
        match try_sled(&sled_dir, true)? {
            SledOpen::InUse(_) => ViewsCheck::InUse,
            SledOpen::Damaged(e) => ViewsCheck::Damaged(e),
            SledOpen::Ok(views) => {
                let in_sled = views.hash_set()?;
                ViewsCheck::Checked {
                    applied_seq: views.applied_seq()?,
                    hashes: in_sled.len(),
                    missing: in_log.difference(&in_sled).count(),
                    extra: in_sled.difference(&in_log).count(),
                }
            }
        }
    };
    Ok(Verification {
        evidence: evidence_check,
        log_format: contents.format,
        log_records: contents.entries.len(),
        log_hashes: in_log.len(),
        last_seq: contents.last_seq(),
        log_damage,
        documents,
        documents_missing,
        views,
    })
}

/// The highest sequence number in the statement log of `dir`, read cheaply
/// from the end of the file (for checking whether the index is current
/// without opening the store).
pub fn last_seq(dir: &Path) -> Result<u64, GraphError> {
    log::last_seq(&dir.join(LOG_FILE))
}

/// Every intact record of the log of `dir`: `(seq, content hash in hex, statement type)`.
pub fn statement_hashes(dir: &Path) -> Result<Vec<(u64, String, &'static str)>, GraphError> {
    let log = log::StatementLog::at(&dir.join(LOG_FILE), &dir.join(QUARANTINE_DIR));
    log.read()?
        .entries
        .iter()
        .map(|e| {
            let kind = match &e.statement {
                Statement::Document { .. } => "document",
                Statement::Gone { .. } => "gone",
                Statement::Notice { .. } => "notice",
                Statement::Nta { .. } => "nta",
                Statement::Curation { .. } => "curation",
            };
            Ok((e.seq, log::hex(&log::statement_hash(&e.statement)?), kind))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tadoru_crawler::nta::check_digit;
    use tadoru_model::{NoticeKind, NoticeRecord, Rename, Role, Subject};

    fn number(body: &str) -> String {
        format!("{}{body}", check_digit(body).unwrap())
    }

    /// One NTA row: (seq, number, process, change date, name, close date, close cause, successor).
    #[allow(clippy::too_many_arguments)]
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
        // Process 71 is recorded on the SURVIVING corporation: it absorbed
        // another and is not closed by it (SOURCES.md §4).
        assert_eq!(eb.status.len(), 3, "{:?}", eb.status);
        assert!(
            !eb.status
                .iter()
                .any(|s| s.cause.as_deref().unwrap_or("").contains("absorption")),
            "{:?}",
            eb.status
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
        let n = g.statements().unwrap().len();
        let again = g.import_nta(csv.as_bytes(), "test.csv").unwrap();
        assert_eq!((again.new_rows, again.already_recorded), (0, 10));
        assert_eq!(g.statements().unwrap().len(), n);
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
    fn an_entity_s_stored_record_does_not_grow_with_its_notices() {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        let stored = |g: &Graph| {
            let e = &g.lookup("甲クリニック").unwrap()[0];
            (
                e.id.clone(),
                g.views.entities.get(&e.id).unwrap().unwrap().len(),
            )
        };
        let mut sizes = Vec::new();
        for i in 0..40 {
            let mut page = notice_page(
                &format!("http://x/{i}.html"),
                vec![clinic("甲クリニック")],
                vec![],
            );
            // Forty notices, not one read from forty urls.
            if let Ok(PageContent::Notices(records)) = &mut page.content {
                records[0].title = format!("緊急命令 {i}");
            }
            g.record_page(&page).unwrap();
            if i == 4 || i == 39 {
                sizes.push(stored(&g).1);
            }
        }
        assert_eq!(sizes[0], sizes[1], "the entity's own record grew");
        let (id, _) = stored(&g);
        let e = g.entity(&id).unwrap().unwrap();
        // Read back whole, in the order the notices were linked.
        let expected: Vec<String> = (0..40)
            .map(|i| notice_id(&format!("http://x/{i}.html"), None))
            .collect();
        assert_eq!(e.notices, expected);
        assert_eq!(e.names.len(), 1);
        assert_eq!(e.names[0].evidence.len(), 40);
        assert_eq!(e.names[0].evidence[39].url, "http://x/39.html");
        assert_eq!(e.links.len(), 40);
        // And the same after a rebuild from the log.
        let before = answers(&g);
        g.rebuild().unwrap();
        assert_eq!(answers(&g), before);
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

    /// Everything a reader can ask, to compare two stores.
    fn answers(g: &Graph) -> Vec<String> {
        let mut out: Vec<String> = g
            .entities()
            .unwrap()
            .iter()
            .map(|e| serde_json::to_string(e).unwrap())
            .collect();
        out.extend(
            g.notices()
                .unwrap()
                .iter()
                .map(|n| serde_json::to_string(n).unwrap()),
        );
        out.sort();
        out
    }

    fn nta_csv() -> String {
        let (a, b) = (number("000011110001"), number("000011110002"));
        [
            row(1, &a, "01", "2016-01-01", "株式会社甲", "", "", ""),
            row(2, &a, "12", "2018-04-01", "株式会社甲", "", "", ""),
            row(3, &b, "01", "2016-01-01", "株式会社乙", "", "", ""),
            row(
                4,
                &b,
                "71",
                "2020-10-01",
                "株式会社乙",
                "2020-10-01",
                "11",
                &a,
            ),
            row(5, &a, "13", "2023-01-01", "株式会社甲", "", "", ""),
        ]
        .join("\n")
    }

    fn fill(g: &Graph) {
        for (i, name) in ["甲クリニック", "乙クリニック", "丙クリニック"]
            .iter()
            .enumerate()
        {
            g.record_page(&notice_page(
                &format!("http://x/{i}.html"),
                vec![clinic(name)],
                vec![],
            ))
            .unwrap();
        }
        g.import_nta(nta_csv().as_bytes(), "test.csv").unwrap();
    }

    /// Enough pages, over enough openings, that sled's file holds more than its tail.
    fn fill_more(dir: &Path) {
        for round in 0..3 {
            let g = Graph::open(dir).unwrap();
            for i in 0..150 {
                g.record_page(&notice_page(
                    &format!("http://x/{round}/{i}.html"),
                    vec![clinic(&format!("クリニック{round}の{i}"))],
                    vec![],
                ))
                .unwrap();
            }
        }
    }

    /// Deterministic noise (xorshift), so a failure can be replayed.
    fn noise(n: usize, mut x: u64) -> Vec<u8> {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    fn overwrite_middle(path: &Path, garbage: &[u8]) {
        // Past the file system's clock tick (coarse on some kernels), so the
        // write shows in the file's times, as any later damage would.
        std::thread::sleep(std::time::Duration::from_millis(20));
        let mut bytes = std::fs::read(path).unwrap();
        let start = bytes.len().saturating_sub(garbage.len()) / 2;
        let end = (start + garbage.len()).min(bytes.len());
        bytes[start..end].copy_from_slice(&garbage[..end - start]);
        std::fs::write(path, bytes).unwrap();
    }

    fn kept_aside(dir: &Path, prefix: &str) -> usize {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .count()
    }

    #[test]
    fn garbage_in_sled_db_or_conf_is_detected_and_rebuilt() {
        let base = tempfile::tempdir().unwrap();
        fill_more(base.path());
        let before = {
            let g = Graph::open(base.path()).unwrap();
            fill(&g);
            answers(&g)
        };
        assert!(before.len() > 450);
        let size = std::fs::metadata(base.path().join(SLED_DIR).join("db"))
            .unwrap()
            .len() as usize;
        let mut moved_aside = 0;
        // 4 KiB of noise at ten places in sled/db (sled only notices where it
        // hits live pages), and once over the middle of sled/conf.
        let places = (1..=10).map(|i| ("db", size * i / 11)).chain([("conf", 0)]);
        for (i, (file, at)) in places.enumerate() {
            let dir = tempfile::tempdir().unwrap();
            copy_dir(base.path(), dir.path());
            let path = dir.path().join(SLED_DIR).join(file);
            let mut bytes = std::fs::read(&path).unwrap();
            let garbage = noise(4096, i as u64 + 1);
            let start = if file == "conf" {
                bytes.len().saturating_sub(4096) / 2
            } else {
                at
            };
            let end = (start + garbage.len()).min(bytes.len());
            bytes[start..end].copy_from_slice(&garbage[..end - start]);
            std::fs::write(&path, bytes).unwrap();
            let g = Graph::open(dir.path()).unwrap();
            assert_eq!(
                answers(&g),
                before,
                "garbage in sled/{file} at byte {start}"
            );
            moved_aside += kept_aside(dir.path(), "sled.broken-");
            drop(g);
            let v = verify(dir.path()).unwrap();
            assert!(v.problems().is_empty(), "{:?}", v.problems());
        }
        assert!(moved_aside >= 2, "damage was detected {moved_aside} times");
    }

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let target = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                copy_dir(&e.path(), &target);
            } else {
                std::fs::copy(e.path(), target).unwrap();
            }
        }
    }

    #[test]
    fn rebuild_never_reads_a_garbage_sled() {
        let dir = tempfile::tempdir().unwrap();
        let before = {
            let g = Graph::open(dir.path()).unwrap();
            fill(&g);
            answers(&g)
        };
        overwrite_middle(&dir.path().join(SLED_DIR).join("db"), &noise(4096, 3));
        let (g, n, kept) = Graph::open_rebuilt(dir.path()).unwrap();
        assert!(n > 5);
        assert_eq!(answers(&g), before);
        assert!(kept.is_some(), "the damaged copy is kept");
        drop(g);
        // A healthy view replaced by a rebuild holds nothing the log lacks: it is not kept.
        let (_, _, kept) = Graph::open_rebuilt(dir.path()).unwrap();
        assert!(kept.is_none());
        assert_eq!(kept_aside(dir.path(), "sled.replaced-"), 0);
    }

    /// When each url was last asked is not in the log; a rebuild carries it
    /// over from the copy it replaces, so the next crawl does not ask every
    /// page again.
    #[test]
    fn a_rebuild_keeps_when_each_url_was_last_asked() {
        let dir = tempfile::tempdir().unwrap();
        let at = Utc::now();
        {
            let g = Graph::open(dir.path()).unwrap();
            fill(&g);
            g.note_checked("http://x/1.html", at).unwrap();
        }
        let (g, _, kept) = Graph::open_rebuilt(dir.path()).unwrap();
        assert!(kept.is_none());
        assert_eq!(
            g.checked_page("http://x/1.html")
                .unwrap()
                .map(|t| t.timestamp()),
            Some(at.timestamp())
        );
    }

    /// What a SIGKILL in the middle of an append leaves: the log cut inside a
    /// frame, and sled without what was cut.
    fn cut_log_and_sled(dir: &Path, keep_frames: usize) {
        let path = dir.join(LOG_FILE);
        let bytes = std::fs::read(&path).unwrap();
        let starts: Vec<usize> = bytes
            .windows(4)
            .enumerate()
            .filter(|(_, w)| *w == log::MAGIC)
            .map(|(i, _)| i)
            .collect();
        std::fs::write(&path, &bytes[..starts[keep_frames] + 20]).unwrap();
        std::fs::remove_dir_all(dir.join(SLED_DIR)).unwrap();
    }

    fn hash_set(dir: &Path) -> Vec<String> {
        let mut h: Vec<String> = statement_hashes(dir)
            .unwrap()
            .into_iter()
            .map(|(_, h, _)| h)
            .collect();
        h.sort();
        h
    }

    #[test]
    fn a_cut_short_import_is_completed_by_running_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let (before, hashes) = {
            let g = Graph::open(dir.path()).unwrap();
            fill(&g);
            (answers(&g), hash_set(dir.path()))
        };
        // Keep the 3 pages (2 statements each), the NTA document and 2 of 5 rows.
        cut_log_and_sled(dir.path(), 9);
        let g = Graph::open(dir.path()).unwrap();
        assert_ne!(answers(&g), before);
        let r = g.import_nta(nta_csv().as_bytes(), "test.csv").unwrap();
        assert_eq!((r.rows, r.new_rows, r.already_recorded), (5, 3, 2));
        assert_eq!(answers(&g), before);
        assert_eq!(hash_set(dir.path()), hashes);
        let quarantine = dir.path().join(QUARANTINE_DIR);
        assert_eq!(
            std::fs::read_dir(quarantine).unwrap().count(),
            1,
            "the torn bytes are kept"
        );
        drop(g);
        let v = verify(dir.path()).unwrap();
        assert!(v.problems().is_empty(), "{:?}", v.problems());
    }

    #[test]
    fn a_cut_short_page_is_completed_by_recording_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let page = || {
            let mut p = notice_page("http://x/a.html", vec![clinic("甲クリニック")], vec![]);
            if let Ok(PageContent::Notices(records)) = &mut p.content {
                let mut second = records[0].clone();
                second.part = Some("closure".into());
                second.subjects = vec![clinic("乙クリニック")];
                records.push(second);
            }
            p
        };
        let (before, hashes) = {
            let g = Graph::open(dir.path()).unwrap();
            assert_eq!(g.record_page(&page()).unwrap().notices, 2);
            (answers(&g), hash_set(dir.path()))
        };
        // The document and the first notice survived; the second was cut.
        cut_log_and_sled(dir.path(), 2);
        let g = Graph::open(dir.path()).unwrap();
        let r = g.record_page(&page()).unwrap();
        assert_eq!(
            r,
            Recorded {
                new_document: false,
                notices: 1
            }
        );
        assert_eq!(answers(&g), before);
        assert_eq!(hash_set(dir.path()), hashes);
        assert_eq!(g.record_page(&page()).unwrap(), Recorded::default());
    }

    #[test]
    fn sled_behind_the_log_catches_up_from_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let early = tempfile::tempdir().unwrap();
        let before = {
            let g = Graph::open(dir.path()).unwrap();
            g.record_page(&notice_page(
                "http://x/a.html",
                vec![clinic("甲クリニック")],
                vec![],
            ))
            .unwrap();
            g.views.db.flush().unwrap();
            copy_dir(&dir.path().join(SLED_DIR), early.path());
            fill(&g);
            answers(&g)
        };
        // sled as it was after the first page; the log holds everything.
        std::fs::remove_dir_all(dir.path().join(SLED_DIR)).unwrap();
        copy_dir(early.path(), &dir.path().join(SLED_DIR));
        let g = Graph::open(dir.path()).unwrap();
        assert_eq!(answers(&g), before);
        assert_eq!(g.applied_seq().unwrap(), last_seq(dir.path()).unwrap());
        drop(g);
        let v = verify(dir.path()).unwrap();
        assert!(v.problems().is_empty(), "{:?}", v.problems());
    }

    #[test]
    fn damage_in_the_middle_of_the_log_is_shown_by_the_views() {
        let dir = tempfile::tempdir().unwrap();
        {
            let g = Graph::open(dir.path()).unwrap();
            fill(&g);
        }
        // Flip a byte inside the first notice statement (frame 2).
        let path = dir.path().join(LOG_FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        let second = bytes
            .windows(4)
            .enumerate()
            .filter(|(_, w)| *w == log::MAGIC)
            .nth(1)
            .unwrap()
            .0;
        bytes[second + 40] ^= 0x20;
        std::fs::write(&path, &bytes).unwrap();
        let v = verify(dir.path()).unwrap();
        assert_eq!(v.log_damage.len(), 1);
        assert!(
            matches!(v.views, ViewsCheck::Checked { extra: 1, .. }),
            "{:?}",
            v.views
        );
        // An open reads the log only from where sled is: the views keep the
        // statement whose only intact copy they now hold.
        let g = Graph::open(dir.path()).unwrap();
        assert_eq!(g.notices().unwrap().len(), 3);
        drop(g);
        assert_eq!(verify(dir.path()).unwrap().problems().len(), 2);
        // A rebuild makes them the log's again: the lost notice is gone from
        // the view (kept in sled's copy set aside), all else is there.
        let (g, _, kept) = Graph::open_rebuilt(dir.path()).unwrap();
        assert!(
            kept.is_some(),
            "the views that held more than the log are kept"
        );
        assert_eq!(g.notices().unwrap().len(), 2);
        assert_eq!(g.lookup("株式会社甲").unwrap().len(), 1);
        drop(g);
        let v = verify(dir.path()).unwrap();
        let problems = v.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("bytes kept in"), "{problems:?}");
    }

    /// A clean close lets the next open skip reading sled whole; a store
    /// still open (as a crash leaves it) or a sled file written in place
    /// after the close does not.
    #[test]
    fn only_a_clean_close_spares_the_next_open_reading_all_of_sled() {
        let dir = tempfile::tempdir().unwrap();
        let before = {
            let g = Graph::open(dir.path()).unwrap();
            assert!(!g.trusted_clean_close(), "a new store has nothing to trust");
            fill(&g);
            let before = answers(&g);
            // Explicitly: a drop does the same, unless another test of this
            // process has met a sled error meanwhile.
            g.close().unwrap();
            before
        };
        let mark = dir.path().join(CLEAN_MARK);
        assert!(mark.exists(), "a clean close leaves its mark");
        {
            let g = Graph::open(dir.path()).unwrap();
            assert!(g.trusted_clean_close());
            assert!(
                !mark.exists(),
                "while open (and after a crash) there is no mark"
            );
            assert_eq!(answers(&g), before);
            g.close().unwrap();
        }
        // Garbage written in place (same file, same length) after the close.
        std::thread::sleep(std::time::Duration::from_millis(20));
        let db = dir.path().join(SLED_DIR).join("db");
        let len = std::fs::metadata(&db).unwrap().len();
        {
            use std::io::{Seek as _, Write as _};
            let mut f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
            f.seek(std::io::SeekFrom::Start(len / 2)).unwrap();
            f.write_all(&noise(4096, 7)).unwrap();
        }
        let g = Graph::open(dir.path()).unwrap();
        assert!(
            !g.trusted_clean_close(),
            "a sled file changed after the close"
        );
        assert_eq!(answers(&g), before);
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

    #[test]
    fn the_change_feed_moves_a_record_changed_again_after_every_cursor() {
        use crate::{Change, ChangeKind};
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        let key = |c: &Change| (c.kind, c.id.clone());
        g.record_page(&notice_page(
            "http://x/a.html",
            vec![clinic("甲クリニック")],
            vec![],
        ))
        .unwrap();
        let first = g.changes_after(None, None, 100).unwrap();
        let clinic_id = g.lookup("甲クリニック").unwrap()[0].id.clone();
        assert!(
            first
                .iter()
                .any(|c| key(c) == (ChangeKind::Entity, clinic_id.clone()))
        );
        assert_eq!(
            first
                .iter()
                .filter(|c| c.kind == ChangeKind::Notice)
                .count(),
            1
        );
        let cursor = first.last().unwrap().pos();
        assert!(
            g.changes_after(Some(&cursor), None, 100)
                .unwrap()
                .is_empty()
        );
        // Paged one at a time: the same records.
        let mut paged = Vec::new();
        let mut at = None;
        while let Some(c) = g.changes_after(at.as_ref(), None, 1).unwrap().pop() {
            at = Some(c.pos());
            paged.push(c);
        }
        assert_eq!(paged, first);
        // Another notice naming the clinic: the clinic moves after the
        // cursor, with the new notice; each record is in the feed once.
        g.record_page(&notice_page(
            "http://x/b.html",
            vec![clinic("甲クリニック"), clinic("乙クリニック")],
            vec![],
        ))
        .unwrap();
        let next = g.changes_after(Some(&cursor), None, 100).unwrap();
        assert!(
            next.iter()
                .any(|c| key(c) == (ChangeKind::Entity, clinic_id.clone()))
        );
        assert_eq!(
            next.iter().filter(|c| c.kind == ChangeKind::Notice).count(),
            1
        );
        assert!(next.iter().all(|c| c.seq > cursor.seq));
        let all = g.changes_after(None, None, 100).unwrap();
        let unique: HashSet<_> = all.iter().map(key).collect();
        assert_eq!(unique.len(), all.len());
        assert_eq!(
            g.last_change(ChangeKind::Entity, &clinic_id)
                .unwrap()
                .unwrap()
                .seq,
            next.iter().find(|c| c.id == clinic_id).unwrap().seq
        );
        let notices = g.latest_changes(Some(ChangeKind::Notice), 10).unwrap();
        assert_eq!(notices.len(), 2);
        assert!(notices[0].seq > notices[1].seq, "latest first");
        // A time: what was recorded since then.
        let since = g.change_pos_at(next[0].recorded_at).unwrap();
        let again = g.changes_after(Some(&since), None, 100).unwrap();
        assert!(next.iter().all(|c| again.contains(c)));
        assert_eq!(
            g.data_as_of().unwrap(),
            all.iter().map(|c| c.recorded_at).max()
        );
        // A rebuild from the log puts every record back where it was.
        g.rebuild().unwrap();
        assert_eq!(g.changes_after(None, None, 100).unwrap(), all);
    }
}
