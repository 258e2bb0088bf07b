//! The append-only statement log: the durable truth from which sled and the
//! search index are rebuilt, so nothing in it may ever be lost.
//!
//! Format (v2): the file opens with the line [`HEADER`], then frames
//! `[magic: FF 54 44 4C][u32 LE length][u32 LE crc32 of length ‖ payload][payload: JSON entry]`.
//! The magic starts with 0xFF, a byte that never occurs in UTF-8 JSON, so a
//! reader that meets a damaged frame scans forward for the next magic whose
//! checksum holds and carries on there: damage in the middle costs only the
//! damaged bytes, which are reported and copied aside into `quarantine/`. Only
//! a torn tail (an incomplete last frame with nothing intact after it, left by
//! a crash mid-append) is ever cut, and its bytes are saved aside first.
//!
//! Logs in the first format (`[len][crc][payload]`, no header) are read too,
//! and [`StatementLog::open`] migrates them by rewriting them in this format,
//! keeping the old file as `statements.log.v1`.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tracing::{info, warn};

use crate::error::GraphError;
use crate::statement::{Entry, Statement};

/// First line of a log in the current format.
pub const HEADER: &[u8] = b"tadoru statement log v2\n";
/// Starts every frame. 0xFF never occurs in UTF-8, hence never in a payload.
pub const MAGIC: [u8; 4] = [0xFF, b'T', b'D', b'L'];
/// Magic, length and checksum.
const FRAME_HEAD: usize = 12;
/// Largest record accepted when reading: protects against a corrupt length.
const MAX_RECORD: u32 = 64 * 1024 * 1024;
/// How much of the end of the log [`last_seq`] reads before falling back to a full read.
const TAIL_PROBE: u64 = 1024 * 1024;

/// The content hash of a statement: sha256 of its canonical JSON, without the
/// sequence number and time the log adds. Two records of the same fact have
/// the same hash, which is how appends stay idempotent per statement.
pub fn statement_hash(statement: &Statement) -> Result<[u8; 32], GraphError> {
    let json = serde_json::to_vec(statement).map_err(|e| GraphError::json("statement", e))?;
    Ok(Sha256::digest(&json).into())
}

/// Lowercase hex of a hash.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Fsyncs a directory, so that a file created or renamed in it survives a crash.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), GraphError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| GraphError::io(dir, e))
}

/// Which framing a log file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// `[len][crc][payload]`, no header: read, and migrated on open.
    V1,
    /// Header line and magic-framed records.
    V2,
}

/// What kind of damage a region of the log holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamageKind {
    /// Bytes that are not an intact frame; intact frames may follow. Skipped, never cut.
    Damaged,
    /// An incomplete last frame left by a crash mid-append: cut at the next
    /// append, after its bytes are saved aside.
    TornTail,
}

/// A region of the log that is not an intact frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub offset: u64,
    pub len: u64,
    pub kind: DamageKind,
    pub reason: String,
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            DamageKind::Damaged => "damaged",
            DamageKind::TornTail => "torn tail",
        };
        write!(
            f,
            "{what}: {} bytes at byte {}: {}",
            self.len, self.offset, self.reason
        )
    }
}

/// What reading the log found.
pub struct LogContents {
    pub format: LogFormat,
    /// Every intact record, in file order.
    pub entries: Vec<Entry>,
    /// The byte offset of each entry's frame in the file, index for index.
    pub offsets: Vec<u64>,
    /// Every region that is not an intact frame, in file order.
    pub damage: Vec<Damage>,
    /// Where the next frame is written: the end of the file, or the start of a torn tail.
    pub append_at: u64,
}

impl LogContents {
    /// The highest sequence number in the log (0 when it is empty).
    pub fn last_seq(&self) -> u64 {
        self.entries.iter().map(|e| e.seq).max().unwrap_or(0)
    }
}

/// How a curator's judgement reads in a frame's payload: a log without
/// these bytes holds none, and a replay need not look for them.
const CURATION_TAG: &[u8] = br#""type":"curation""#;

/// What [`StatementLog::read_each`] found besides the entries it handed on.
pub struct LogSummary {
    pub format: LogFormat,
    /// Every region that is not an intact frame, in file order.
    pub damage: Vec<Damage>,
    /// Where the next frame is written: the end of the file, or the start of a torn tail.
    pub append_at: u64,
    /// The highest sequence number read (0 when none).
    pub last_seq: u64,
    /// How many entries were read.
    pub entries: usize,
}

/// One intact frame found by a scan.
struct Frame {
    /// Where its payload is in the bytes scanned.
    payload: Range<usize>,
    /// Where the frame starts in the file.
    offset: u64,
    entry: Entry,
}

struct Scan {
    format: LogFormat,
    frames: Vec<Frame>,
    damage: Vec<Damage>,
    append_at: u64,
}

pub struct StatementLog {
    path: PathBuf,
    quarantine: PathBuf,
}

impl StatementLog {
    /// Opens (or creates) the log at `path`, migrating a log in the first
    /// format. Damaged bytes are copied into `quarantine`.
    pub fn open(path: &Path, quarantine: &Path) -> Result<StatementLog, GraphError> {
        let log = StatementLog::at(path, quarantine);
        let parent = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| GraphError::io(parent, e))?;
        // Only the header is read: opening must not cost the size of the log.
        let mut bytes = Vec::with_capacity(HEADER.len() + 1);
        match File::open(path) {
            Ok(f) => {
                f.take(HEADER.len() as u64 + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| GraphError::io(path, e))?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(GraphError::io(path, e)),
        }
        if bytes.len() <= HEADER.len() && HEADER.starts_with(&bytes) {
            if bytes.len() < HEADER.len() {
                // New, or a crash while creating it: nothing but (part of) the header.
                let mut f = File::create(path).map_err(|e| GraphError::io(path, e))?;
                f.write_all(HEADER)
                    .and_then(|()| f.sync_all())
                    .map_err(|e| GraphError::io(path, e))?;
                sync_dir(parent)?;
            }
        } else if !bytes.starts_with(HEADER) {
            // The old format: migrated whole, once.
            let bytes = fs::read(path).map_err(|e| GraphError::io(path, e))?;
            log.migrate_v1(&bytes)?;
        }
        Ok(log)
    }

    /// The log at `path`, without creating or migrating anything (for checks).
    pub fn at(path: &Path, quarantine: &Path) -> StatementLog {
        StatementLog {
            path: path.to_path_buf(),
            quarantine: quarantine.to_path_buf(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads every intact record, skipping (and reporting) damaged regions.
    pub fn read(&self) -> Result<LogContents, GraphError> {
        let bytes = fs::read(&self.path).map_err(|e| GraphError::io(&self.path, e))?;
        Ok(contents(scan(&bytes)))
    }

    /// Reads every intact record like [`StatementLog::read`], but hands each
    /// entry (with its frame's offset) to `sink` as it is read instead of
    /// keeping them all: memory holds the file's bytes, not every entry
    /// decoded (several times larger). Damage is returned, not reported.
    pub fn read_each(
        &self,
        sink: &mut dyn FnMut(u64, Entry) -> Result<(), GraphError>,
    ) -> Result<LogSummary, GraphError> {
        let bytes = fs::read(&self.path).map_err(|e| GraphError::io(&self.path, e))?;
        let mut last_seq = 0;
        let mut count = 0;
        let mut each = |offset: u64, entry: Entry| {
            last_seq = last_seq.max(entry.seq);
            count += 1;
            sink(offset, entry)
        };
        let (format, damage, append_at) = if bytes.len() > HEADER.len() && bytes.starts_with(HEADER)
        {
            let (damage, append_at) = scan_v2_each(&bytes, HEADER.len(), 0, &mut |f: Frame| {
                each(f.offset, f.entry)
            })?;
            (LogFormat::V2, damage, append_at)
        } else {
            let scan = scan(&bytes);
            for f in scan.frames {
                each(f.offset, f.entry)?;
            }
            (scan.format, scan.damage, scan.append_at)
        };
        Ok(LogSummary {
            format,
            damage,
            append_at,
            last_seq,
            entries: count,
        })
    }

    /// The curators' judgements recorded in the log, in log order.
    pub fn curations(&self) -> Result<Vec<Entry>, GraphError> {
        let bytes = fs::read(&self.path).map_err(|e| GraphError::io(&self.path, e))?;
        if memchr::memmem::find(&bytes, CURATION_TAG).is_none() {
            return Ok(Vec::new());
        }
        Ok(contents(scan(&bytes))
            .entries
            .into_iter()
            .filter(|e| matches!(e.statement, Statement::Curation { .. }))
            .collect())
    }

    /// Reads the records from the frame at byte `at` to the end, without
    /// reading what comes before: how an open catches up with the log from
    /// the position sled reflects. `None` when the log is not in the current
    /// format or is shorter than `at` (then only a full read can say what it holds).
    pub fn read_from(&self, at: u64) -> Result<Option<LogContents>, GraphError> {
        let mut f = File::open(&self.path).map_err(|e| GraphError::io(&self.path, e))?;
        let len = f
            .metadata()
            .map_err(|e| GraphError::io(&self.path, e))?
            .len();
        let mut head = [0u8; HEADER.len()];
        if at < HEADER.len() as u64
            || at > len
            || f.read_exact(&mut head).is_err()
            || head != HEADER
        {
            return Ok(None);
        }
        let mut tail = Vec::new();
        f.seek(SeekFrom::Start(at))
            .and_then(|_| f.read_to_end(&mut tail))
            .map_err(|e| GraphError::io(&self.path, e))?;
        Ok(Some(contents(scan_v2(&tail, 0, at))))
    }

    /// Copies every damaged region of the log into the quarantine directory
    /// (once: a region already saved is not saved again) and returns where each is.
    pub fn quarantine_damage(&self, damage: &[Damage]) -> Result<Vec<PathBuf>, GraphError> {
        if damage.is_empty() {
            return Ok(Vec::new());
        }
        let bytes = fs::read(&self.path).map_err(|e| GraphError::io(&self.path, e))?;
        damage
            .iter()
            .map(|d| {
                let start = usize::try_from(d.offset).unwrap_or(usize::MAX);
                let end = start.saturating_add(usize::try_from(d.len).unwrap_or(usize::MAX));
                let region = bytes.get(start..end.min(bytes.len())).unwrap_or_default();
                self.save_aside("statements", d.offset, region)
            })
            .collect()
    }

    /// Where the bytes of a damaged region were saved, if they were.
    pub fn quarantined(&self, offset: u64, len: u64) -> Option<PathBuf> {
        let prefix = format!("statements-{offset}-{len}-");
        fs::read_dir(&self.quarantine)
            .ok()?
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with(&prefix))
            .map(|e| e.path())
    }

    /// Saves `bytes` found at `offset` into the quarantine directory, unless
    /// the same bytes from the same place are there already.
    fn save_aside(&self, stem: &str, offset: u64, bytes: &[u8]) -> Result<PathBuf, GraphError> {
        let prefix = format!("{stem}-{offset}-{}-", bytes.len());
        if let Ok(dir) = fs::read_dir(&self.quarantine) {
            for e in dir.filter_map(Result::ok) {
                if e.file_name().to_string_lossy().starts_with(&prefix)
                    && fs::read(e.path()).is_ok_and(|b| b == bytes)
                {
                    return Ok(e.path());
                }
            }
        }
        fs::create_dir_all(&self.quarantine).map_err(|e| GraphError::io(&self.quarantine, e))?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ");
        let path = self.quarantine.join(format!("{prefix}{stamp}.bin"));
        let mut f = File::create(&path).map_err(|e| GraphError::io(&path, e))?;
        f.write_all(bytes)
            .and_then(|()| f.sync_all())
            .map_err(|e| GraphError::io(&path, e))?;
        sync_dir(&self.quarantine)?;
        warn!(path = %path.display(), offset, len = bytes.len(), "damaged statement-log bytes saved aside");
        Ok(path)
    }

    /// Appends `entries` at `append_at` (from [`LogContents::append_at`] or
    /// the previous append) and fsyncs; returns where the next append goes
    /// and where each entry's frame starts. A torn tail past `append_at` is
    /// saved aside, then cut.
    pub fn append(&self, entries: &[Entry], append_at: u64) -> Result<(u64, Vec<u64>), GraphError> {
        let mut f = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&self.path)
            .map_err(|e| GraphError::io(&self.path, e))?;
        let len = f
            .metadata()
            .map_err(|e| GraphError::io(&self.path, e))?
            .len();
        let mut start = append_at;
        let mut buf = Vec::new();
        if append_at < HEADER.len() as u64 {
            // The file lost even its header (or never had one): start it afresh.
            if len > 0 {
                let mut old = Vec::new();
                f.read_to_end(&mut old)
                    .map_err(|e| GraphError::io(&self.path, e))?;
                if !HEADER.starts_with(&old) {
                    self.save_aside("statements", 0, &old)?;
                }
            }
            start = 0;
            buf.extend_from_slice(HEADER);
        } else if len < append_at {
            return Err(GraphError::DamagedLog {
                path: self.path.clone(),
                offset: len,
                reason: format!(
                    "the log is shorter than the {append_at} bytes read before (was it cut by another program?)"
                ),
            });
        } else if len > append_at {
            let mut torn = Vec::new();
            f.seek(SeekFrom::Start(append_at))
                .and_then(|_| f.read_to_end(&mut torn))
                .map_err(|e| GraphError::io(&self.path, e))?;
            self.save_aside("statements", append_at, &torn)?;
            warn!(
                offset = append_at,
                len = torn.len(),
                "cutting a torn tail off the statement log"
            );
        }
        if len != start {
            f.set_len(start)
                .map_err(|e| GraphError::io(&self.path, e))?;
        }
        let mut offsets = Vec::with_capacity(entries.len());
        for entry in entries {
            let payload =
                serde_json::to_vec(entry).map_err(|e| GraphError::json("statement", e))?;
            offsets.push(start + buf.len() as u64);
            encode_frame(&payload, &mut buf).map_err(|reason| GraphError::DamagedLog {
                path: self.path.clone(),
                offset: start,
                reason,
            })?;
        }
        f.seek(SeekFrom::Start(start))
            .and_then(|_| f.write_all(&buf))
            .and_then(|()| f.sync_all())
            .map_err(|e| GraphError::io(&self.path, e))?;
        Ok((start + buf.len() as u64, offsets))
    }

    /// Rewrites a first-format log in the current format. The old file stays
    /// as `statements.log.v1` (hard-linked before the new file replaces it,
    /// so a crash at any point leaves a readable log), and bytes it held that
    /// are not intact records are saved aside.
    fn migrate_v1(&self, bytes: &[u8]) -> Result<(), GraphError> {
        let scan = scan(bytes);
        for d in &scan.damage {
            let start = d.offset as usize;
            let region = bytes.get(start..start + d.len as usize).unwrap_or_default();
            self.save_aside("statements.v1", d.offset, region)?;
        }
        let mut out = HEADER.to_vec();
        for frame in &scan.frames {
            encode_frame(&bytes[frame.payload.clone()], &mut out).map_err(|reason| {
                GraphError::DamagedLog {
                    path: self.path.clone(),
                    offset: frame.payload.start as u64,
                    reason,
                }
            })?;
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let name = self.path.file_name().map_or_else(
            || "statements.log".into(),
            |n| n.to_string_lossy().into_owned(),
        );
        let tmp = dir.join(format!("{name}.v2-tmp"));
        let mut f = File::create(&tmp).map_err(|e| GraphError::io(&tmp, e))?;
        f.write_all(&out)
            .and_then(|()| f.sync_all())
            .map_err(|e| GraphError::io(&tmp, e))?;
        // Keep the old file under a name of its own before replacing it.
        let mut keep = dir.join(format!("{name}.v1"));
        let mut n = 1;
        while keep.exists() && fs::read(&keep).map_or(true, |b| b != bytes) {
            n += 1;
            keep = dir.join(format!("{name}.v1-{n}"));
        }
        if !keep.exists() {
            if fs::hard_link(&self.path, &keep).is_err() {
                let mut k = File::create(&keep).map_err(|e| GraphError::io(&keep, e))?;
                k.write_all(bytes)
                    .and_then(|()| k.sync_all())
                    .map_err(|e| GraphError::io(&keep, e))?;
            }
            sync_dir(dir)?;
        }
        fs::rename(&tmp, &self.path).map_err(|e| GraphError::io(&self.path, e))?;
        sync_dir(dir)?;
        info!(
            records = scan.frames.len(),
            damaged = scan.damage.len(),
            kept = %keep.display(),
            "statement log migrated to format v2"
        );
        Ok(())
    }
}

/// The highest sequence number in the log at `path` (0 when empty or
/// missing), read from its end when it can be, without reading the whole file.
pub fn last_seq(path: &Path) -> Result<u64, GraphError> {
    let mut f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(GraphError::io(path, e)),
    };
    let len = f.metadata().map_err(|e| GraphError::io(path, e))?.len();
    let mut head = [0u8; HEADER.len()];
    let is_v2 = f.read_exact(&mut head).is_ok() && head == HEADER;
    if is_v2 {
        let from = len.saturating_sub(TAIL_PROBE).max(HEADER.len() as u64);
        let mut tail = Vec::new();
        f.seek(SeekFrom::Start(from))
            .and_then(|_| f.read_to_end(&mut tail))
            .map_err(|e| GraphError::io(path, e))?;
        // The last intact frame wholly inside the probe holds the highest seq.
        let mut best = None;
        let mut pos = 0;
        while let Some(i) = find_magic(&tail, pos) {
            if let Some((payload, next)) = valid_frame(&tail, i) {
                if let Ok(e) = serde_json::from_slice::<Entry>(&tail[payload]) {
                    best = Some(e.seq);
                }
                pos = next;
            } else {
                pos = i + 1;
            }
        }
        if let Some(seq) = best {
            return Ok(seq);
        }
    }
    let bytes = fs::read(path).map_err(|e| GraphError::io(path, e))?;
    Ok(scan(&bytes)
        .frames
        .iter()
        .map(|f| f.entry.seq)
        .max()
        .unwrap_or(0))
}

fn encode_frame(payload: &[u8], buf: &mut Vec<u8>) -> Result<(), String> {
    let len = u32::try_from(payload.len())
        .ok()
        .filter(|l| *l <= MAX_RECORD)
        .ok_or_else(|| format!("record of {} bytes is too large", payload.len()))?
        .to_le_bytes();
    buf.extend_from_slice(&MAGIC);
    buf.extend_from_slice(&len);
    buf.extend_from_slice(&frame_crc(&len, payload).to_le_bytes());
    buf.extend_from_slice(payload);
    Ok(())
}

fn frame_crc(len: &[u8], payload: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(len);
    h.update(payload);
    h.finalize()
}

fn u32_at(bytes: &[u8], pos: usize) -> Option<u32> {
    let b = bytes.get(pos..pos + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn find_magic(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    rest.windows(MAGIC.len())
        .position(|w| w == MAGIC)
        .map(|i| from + i)
}

/// Why the bytes at a position are not an intact v2 frame.
enum NotAFrame {
    /// Could be the start of a frame the file ends in the middle of.
    Incomplete(String),
    Invalid(String),
}

fn check_frame(bytes: &[u8], pos: usize) -> Result<(Range<usize>, usize), NotAFrame> {
    let rest = &bytes[pos..];
    if rest.len() < FRAME_HEAD {
        let n = rest.len().min(MAGIC.len());
        return Err(if rest[..n] == MAGIC[..n] {
            NotAFrame::Incomplete(format!("frame header cut short after {} bytes", rest.len()))
        } else {
            NotAFrame::Invalid("no frame marker".into())
        });
    }
    if rest[..4] != MAGIC {
        return Err(NotAFrame::Invalid("no frame marker".into()));
    }
    let len = u32_at(rest, 4).unwrap_or(u32::MAX);
    let crc = u32_at(rest, 8).unwrap_or(0);
    if len > MAX_RECORD {
        return Err(NotAFrame::Invalid(format!(
            "record length {len} is not believable"
        )));
    }
    let end = FRAME_HEAD + len as usize;
    let Some(payload) = rest.get(FRAME_HEAD..end) else {
        return Err(NotAFrame::Incomplete(format!(
            "record of {len} bytes cut short after {} bytes",
            rest.len() - FRAME_HEAD
        )));
    };
    if frame_crc(&rest[4..8], payload) != crc {
        return Err(NotAFrame::Invalid("checksum mismatch".into()));
    }
    Ok((pos + FRAME_HEAD..pos + end, pos + end))
}

fn valid_frame(bytes: &[u8], pos: usize) -> Option<(Range<usize>, usize)> {
    check_frame(bytes, pos).ok()
}

/// Reads a whole log of either format.
fn scan(bytes: &[u8]) -> Scan {
    if bytes.len() <= HEADER.len() && HEADER.starts_with(bytes) {
        return Scan {
            format: LogFormat::V2,
            frames: Vec::new(),
            damage: Vec::new(),
            append_at: if bytes.len() == HEADER.len() {
                bytes.len() as u64
            } else {
                0
            },
        };
    }
    if !bytes.starts_with(HEADER) {
        return scan_v1(bytes);
    }
    scan_v2(bytes, HEADER.len(), 0)
}

fn contents(scan: Scan) -> LogContents {
    let (offsets, entries) = scan.frames.into_iter().map(|f| (f.offset, f.entry)).unzip();
    LogContents {
        format: scan.format,
        entries,
        offsets,
        damage: scan.damage,
        append_at: scan.append_at,
    }
}

/// Reads current-format frames from `bytes[start..]`, where `bytes` starts
/// at byte `base` of the file (offsets reported are the file's).
fn scan_v2(bytes: &[u8], start: usize, base: u64) -> Scan {
    let mut frames = Vec::new();
    let Ok((damage, append_at)) = scan_v2_each(bytes, start, base, &mut |frame| {
        frames.push(frame);
        Ok::<(), std::convert::Infallible>(())
    });
    Scan {
        format: LogFormat::V2,
        frames,
        damage,
        append_at,
    }
}

/// [`scan_v2`] handing each intact frame to `sink` as it is read instead of
/// keeping them all: a replay of a large log holds one entry at a time.
/// Returns the damage found and where the next frame goes.
fn scan_v2_each<E>(
    bytes: &[u8],
    start: usize,
    base: u64,
    sink: &mut dyn FnMut(Frame) -> Result<(), E>,
) -> Result<(Vec<Damage>, u64), E> {
    let mut damage = Vec::new();
    let mut pos = start;
    let mut append_at = base + bytes.len() as u64;
    while pos < bytes.len() {
        let failure = match check_frame(bytes, pos) {
            Ok((payload, next)) => {
                match serde_json::from_slice::<Entry>(&bytes[payload.clone()]) {
                    Ok(entry) => sink(Frame {
                        payload,
                        offset: base + pos as u64,
                        entry,
                    })?,
                    Err(e) => damage.push(Damage {
                        offset: base + pos as u64,
                        len: (next - pos) as u64,
                        kind: DamageKind::Damaged,
                        reason: format!("intact frame holds an unreadable record: {e}"),
                    }),
                }
                pos = next;
                continue;
            }
            Err(f) => f,
        };
        // Resynchronise on the next magic whose frame checks out.
        let mut next = None;
        let mut from = pos + 1;
        while let Some(i) = find_magic(bytes, from) {
            if valid_frame(bytes, i).is_some() {
                next = Some(i);
                break;
            }
            from = i + 1;
        }
        match (next, failure) {
            (Some(q), NotAFrame::Incomplete(reason) | NotAFrame::Invalid(reason)) => {
                damage.push(Damage {
                    offset: base + pos as u64,
                    len: (q - pos) as u64,
                    kind: DamageKind::Damaged,
                    reason,
                });
                pos = q;
            }
            (None, failure) => {
                let rest = &bytes[pos..];
                let (torn, reason) = match failure {
                    NotAFrame::Incomplete(r) => (true, r),
                    // Zeros are what a file extended by a crash reads as.
                    NotAFrame::Invalid(r) => (rest.iter().all(|b| *b == 0), r),
                };
                damage.push(Damage {
                    offset: base + pos as u64,
                    len: rest.len() as u64,
                    kind: if torn {
                        DamageKind::TornTail
                    } else {
                        DamageKind::Damaged
                    },
                    reason,
                });
                if torn {
                    append_at = base + pos as u64;
                }
                break;
            }
        }
    }
    Ok((damage, append_at))
}

/// A v1 record at `pos`: `[len][crc of payload][payload]`, with a readable entry.
fn v1_record(bytes: &[u8], pos: usize) -> Result<(Frame, usize), NotAFrame> {
    let (Some(len), Some(crc)) = (u32_at(bytes, pos), u32_at(bytes, pos + 4)) else {
        return Err(NotAFrame::Incomplete("torn record header".into()));
    };
    if len > MAX_RECORD {
        return Err(NotAFrame::Invalid(format!(
            "record length {len} is not believable"
        )));
    }
    let payload = pos + 8..pos + 8 + len as usize;
    let Some(body) = bytes.get(payload.clone()) else {
        return Err(NotAFrame::Incomplete("torn record".into()));
    };
    if crc32fast::hash(body) != crc {
        return Err(NotAFrame::Invalid("checksum mismatch".into()));
    }
    let entry = serde_json::from_slice::<Entry>(body)
        .map_err(|e| NotAFrame::Invalid(format!("unreadable record: {e}")))?;
    let next = payload.end;
    Ok((
        Frame {
            payload,
            offset: pos as u64,
            entry,
        },
        next,
    ))
}

/// Reads a first-format log. It has no frame marker, so after damage the
/// reader tries each later offset whose payload would start a JSON object.
fn scan_v1(bytes: &[u8]) -> Scan {
    let mut frames = Vec::new();
    let mut damage = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let failure = match v1_record(bytes, pos) {
            Ok((frame, next)) => {
                frames.push(frame);
                pos = next;
                continue;
            }
            Err(f) => f,
        };
        let next = (pos + 1..bytes.len().saturating_sub(8))
            .filter(|&q| bytes.get(q + 8) == Some(&b'{'))
            .find(|&q| v1_record(bytes, q).is_ok());
        let (len, kind, reason) = match (next, failure) {
            (Some(q), NotAFrame::Incomplete(r) | NotAFrame::Invalid(r)) => {
                (q - pos, DamageKind::Damaged, r)
            }
            (None, NotAFrame::Incomplete(r)) => (bytes.len() - pos, DamageKind::TornTail, r),
            (None, NotAFrame::Invalid(r)) => (bytes.len() - pos, DamageKind::Damaged, r),
        };
        damage.push(Damage {
            offset: pos as u64,
            len: len as u64,
            kind,
            reason,
        });
        pos += len;
    }
    Scan {
        format: LogFormat::V1,
        frames,
        damage,
        append_at: bytes.len() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: u64) -> Entry {
        Entry {
            seq,
            at: chrono::Utc::now(),
            statement: Statement::Gone {
                url: format!("http://127.0.0.1/{seq}"),
                status: 404,
                seen_at: chrono::Utc::now(),
            },
        }
    }

    fn open(dir: &Path) -> StatementLog {
        StatementLog::open(&dir.join("statements.log"), &dir.join("quarantine")).unwrap()
    }

    fn seqs(c: &LogContents) -> Vec<u64> {
        c.entries.iter().map(|e| e.seq).collect()
    }

    fn quarantined(dir: &Path) -> Vec<Vec<u8>> {
        fs::read_dir(dir.join("quarantine"))
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| fs::read(e.path()).unwrap())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Byte offsets where each frame starts.
    fn frame_starts(bytes: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut pos = HEADER.len();
        while let Some(i) = find_magic(bytes, pos) {
            out.push(i);
            pos = i + 1;
        }
        out
    }

    #[test]
    fn append_read_and_torn_tail_saved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let log = open(dir.path());
        let c = log.read().unwrap();
        assert_eq!(c.append_at, HEADER.len() as u64);
        let (end, offsets) = log.append(&[entry(1), entry(2)], c.append_at).unwrap();
        let c = log.read().unwrap();
        assert_eq!(seqs(&c), vec![1, 2]);
        assert_eq!(c.append_at, end);
        assert_eq!(c.offsets, offsets);
        assert!(c.damage.is_empty());
        // Read from the second frame on: only it, and the same end.
        let tail = log.read_from(offsets[1]).unwrap().unwrap();
        assert_eq!(seqs(&tail), vec![2]);
        assert_eq!(
            (tail.append_at, tail.offsets.clone()),
            (end, vec![offsets[1]])
        );
        assert!(log.read_from(end + 1).unwrap().is_none(), "past the end");

        // A crash mid-append leaves part of a frame.
        let mut torn = Vec::new();
        encode_frame(br#"{"seq":3}"#, &mut torn).unwrap();
        torn.truncate(15);
        let mut f = OpenOptions::new().append(true).open(log.path()).unwrap();
        f.write_all(&torn).unwrap();
        let c = log.read().unwrap();
        assert_eq!(seqs(&c), vec![1, 2]);
        assert_eq!(c.damage.len(), 1);
        assert_eq!(c.damage[0].kind, DamageKind::TornTail);
        assert_eq!(c.append_at, end);
        // The next append saves the torn bytes aside, then cuts them.
        log.append(&[entry(3)], c.append_at).unwrap();
        assert_eq!(quarantined(dir.path()), vec![torn]);
        let c = log.read().unwrap();
        assert_eq!(seqs(&c), vec![1, 2, 3]);
        assert!(c.damage.is_empty());
    }

    #[test]
    fn a_flipped_byte_in_the_middle_loses_no_intact_record() {
        let dir = tempfile::tempdir().unwrap();
        let log = open(dir.path());
        let entries: Vec<Entry> = (1..=10).map(entry).collect();
        log.append(&entries, HEADER.len() as u64).unwrap();
        let clean = fs::read(log.path()).unwrap();
        let starts = frame_starts(&clean);
        // One byte in the payload of frame 4, one in the header of frame 7.
        for at in [starts[3] + 20, starts[6] + 5] {
            let mut bytes = clean.clone();
            bytes[at] ^= 0x01;
            fs::write(log.path(), &bytes).unwrap();
            let c = log.read().unwrap();
            assert_eq!(c.entries.len(), 9, "only the damaged record is missing");
            assert_eq!(c.damage.len(), 1);
            assert_eq!(c.damage[0].kind, DamageKind::Damaged);
            let hit = starts.iter().rposition(|s| *s <= at).unwrap();
            assert_eq!(c.damage[0].offset, starts[hit] as u64);
            assert_eq!(c.append_at, bytes.len() as u64);
            // The damaged bytes are copied aside, and appending never cuts the rest.
            let saved = log.quarantine_damage(&c.damage).unwrap();
            assert_eq!(
                fs::read(&saved[0]).unwrap(),
                bytes[starts[hit]..starts[hit + 1]]
            );
            assert_eq!(
                log.quarantined(c.damage[0].offset, c.damage[0].len),
                Some(saved[0].clone())
            );
            log.append(&[entry(11)], c.append_at).unwrap();
            let c = log.read().unwrap();
            assert_eq!(c.entries.len(), 10);
            assert_eq!(c.last_seq(), 11);
            assert_eq!(last_seq(log.path()).unwrap(), 11);
        }
    }

    #[test]
    fn read_each_hands_on_what_read_keeps() {
        let dir = tempfile::tempdir().unwrap();
        let log = open(dir.path());
        let entries: Vec<Entry> = (1..=10).map(entry).collect();
        let (end, _) = log.append(&entries, HEADER.len() as u64).unwrap();
        let mut bytes = fs::read(log.path()).unwrap();
        let starts = frame_starts(&bytes);
        // Damage in the middle and a torn tail: both reads must agree on both.
        bytes[starts[4] + 20] ^= 0x01;
        bytes.extend_from_slice(&MAGIC);
        bytes.extend_from_slice(&[7, 0]);
        fs::write(log.path(), &bytes).unwrap();
        let whole = log.read().unwrap();
        let mut seen = Vec::new();
        let summary = log
            .read_each(&mut |offset, e| {
                seen.push((offset, e.seq));
                Ok(())
            })
            .unwrap();
        let expected: Vec<(u64, u64)> = whole
            .offsets
            .iter()
            .zip(&whole.entries)
            .map(|(o, e)| (*o, e.seq))
            .collect();
        assert_eq!(seen, expected);
        assert_eq!(seen.len(), 9);
        assert_eq!(summary.entries, 9);
        assert_eq!(summary.last_seq, whole.last_seq());
        assert_eq!(summary.damage, whole.damage);
        assert_eq!(summary.append_at, whole.append_at);
        assert_eq!(summary.append_at, end);
        assert_eq!(
            summary.damage.last().map(|d| d.kind),
            Some(DamageKind::TornTail)
        );
    }

    #[test]
    fn garbage_appended_is_reported_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let log = open(dir.path());
        let (end, _) = log
            .append(&[entry(1), entry(2)], HEADER.len() as u64)
            .unwrap();
        let mut f = OpenOptions::new().append(true).open(log.path()).unwrap();
        f.write_all(b"this is not a frame \xff\xfe garbage")
            .unwrap();
        let c = log.read().unwrap();
        assert_eq!(seqs(&c), vec![1, 2]);
        assert_eq!(c.damage.len(), 1);
        assert_eq!(c.damage[0].kind, DamageKind::Damaged);
        assert_eq!(c.damage[0].offset, end);
        // Not a torn frame: it stays in place and later frames go after it.
        log.append(&[entry(3)], c.append_at).unwrap();
        let c = log.read().unwrap();
        assert_eq!(seqs(&c), vec![1, 2, 3]);
        assert_eq!(c.damage.len(), 1);
    }

    #[test]
    fn a_first_format_log_migrates_and_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("statements.log");
        let mut old = Vec::new();
        for seq in 1..=4 {
            let payload = serde_json::to_vec(&entry(seq)).unwrap();
            old.extend_from_slice(&(payload.len() as u32).to_le_bytes());
            old.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
            old.extend_from_slice(&payload);
        }
        // And a torn record after them.
        old.extend_from_slice(&[200, 0, 0, 0, 1, 2]);
        fs::write(&path, &old).unwrap();
        assert_eq!(last_seq(&path).unwrap(), 4);
        let log = open(dir.path());
        assert_eq!(fs::read(dir.path().join("statements.log.v1")).unwrap(), old);
        let c = log.read().unwrap();
        assert_eq!(c.format, LogFormat::V2);
        assert_eq!(seqs(&c), vec![1, 2, 3, 4]);
        assert!(c.damage.is_empty());
        assert_eq!(quarantined(dir.path()), vec![vec![200, 0, 0, 0, 1, 2]]);
        log.append(&[entry(5)], c.append_at).unwrap();
        assert_eq!(seqs(&log.read().unwrap()), vec![1, 2, 3, 4, 5]);
        // Opening again migrates nothing more.
        let log = open(dir.path());
        assert_eq!(log.read().unwrap().entries.len(), 5);
        assert!(!dir.path().join("statements.log.v1-2").exists());
    }

    #[test]
    fn a_first_format_log_resyncs_after_damage() {
        let mut old = Vec::new();
        let mut starts = Vec::new();
        for seq in 1..=3 {
            starts.push(old.len());
            let payload = serde_json::to_vec(&entry(seq)).unwrap();
            old.extend_from_slice(&(payload.len() as u32).to_le_bytes());
            old.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
            old.extend_from_slice(&payload);
        }
        old[starts[1] + 12] ^= 0x01;
        let s = scan(&old);
        assert_eq!(
            s.frames.iter().map(|f| f.entry.seq).collect::<Vec<_>>(),
            vec![1, 3]
        );
        assert_eq!(s.damage.len(), 1);
        assert_eq!(s.damage[0].offset, starts[1] as u64);
        assert_eq!(s.damage[0].len, (starts[2] - starts[1]) as u64);
    }

    #[test]
    fn statement_hash_ignores_seq_and_time() {
        let a = entry(1);
        let mut b = a.clone();
        b.seq = 7;
        b.at = chrono::Utc::now() + chrono::Duration::seconds(5);
        assert_eq!(
            statement_hash(&a.statement).unwrap(),
            statement_hash(&b.statement).unwrap()
        );
        assert_ne!(
            statement_hash(&a.statement).unwrap(),
            statement_hash(&entry(2).statement).unwrap()
        );
    }
}
