//! The append-only statement log: the durable truth from which sled and the
//! search index are rebuilt. Each record is framed as
//! `[u32 LE length][u32 LE crc32 of the payload][payload: JSON entry]`, and
//! every append is fsync'd before it is applied anywhere else. A record cut
//! short by a crash is detected by its length or checksum; reading stops there
//! and reports it, and the next append truncates the torn tail first.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::error::GraphError;
use crate::statement::Entry;

/// Largest record accepted when reading: protects against a corrupt length.
const MAX_RECORD: u32 = 64 * 1024 * 1024;

pub struct StatementLog {
    path: PathBuf,
}

/// What reading the log found.
pub struct LogContents {
    pub entries: Vec<Entry>,
    /// Where the valid records end.
    pub valid_len: u64,
    /// Why reading stopped early, if it did.
    pub damage: Option<String>,
}

impl StatementLog {
    pub fn open(path: &Path) -> Result<StatementLog, GraphError> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| GraphError::io(parent, e))?;
        }
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| GraphError::io(path, e))?;
        Ok(StatementLog {
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads every intact record.
    pub fn read(&self) -> Result<LogContents, GraphError> {
        let mut bytes = Vec::new();
        File::open(&self.path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| GraphError::io(&self.path, e))?;
        let mut entries = Vec::new();
        let mut pos = 0usize;
        let mut damage = None;
        while pos < bytes.len() {
            let Some(header) = bytes.get(pos..pos + 8) else {
                damage = Some(format!("torn record header at byte {pos}"));
                break;
            };
            let len = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
            let crc = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
            if len > MAX_RECORD {
                damage = Some(format!(
                    "record length {len} at byte {pos} is not believable"
                ));
                break;
            }
            let Some(payload) = bytes.get(pos + 8..pos + 8 + len as usize) else {
                damage = Some(format!("torn record at byte {pos}"));
                break;
            };
            if crc32fast::hash(payload) != crc {
                damage = Some(format!("checksum mismatch at byte {pos}"));
                break;
            }
            match serde_json::from_slice::<Entry>(payload) {
                Ok(e) => entries.push(e),
                Err(e) => {
                    damage = Some(format!("unreadable record at byte {pos}: {e}"));
                    break;
                }
            }
            pos += 8 + len as usize;
        }
        Ok(LogContents {
            entries,
            valid_len: pos as u64,
            damage,
        })
    }

    /// Appends `entries` and fsyncs. A torn tail left by a crash is cut off first.
    pub fn append(&self, entries: &[Entry], valid_len: u64) -> Result<u64, GraphError> {
        let mut f = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&self.path)
            .map_err(|e| GraphError::io(&self.path, e))?;
        let len = f
            .metadata()
            .map_err(|e| GraphError::io(&self.path, e))?
            .len();
        if len != valid_len {
            f.set_len(valid_len)
                .map_err(|e| GraphError::io(&self.path, e))?;
        }
        f.seek(SeekFrom::Start(valid_len))
            .map_err(|e| GraphError::io(&self.path, e))?;
        let mut buf = Vec::new();
        for entry in entries {
            let payload =
                serde_json::to_vec(entry).map_err(|e| GraphError::json("statement", e))?;
            buf.extend_from_slice(&(payload.len() as u32).to_le_bytes());
            buf.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
            buf.extend_from_slice(&payload);
        }
        f.write_all(&buf)
            .map_err(|e| GraphError::io(&self.path, e))?;
        f.sync_all().map_err(|e| GraphError::io(&self.path, e))?;
        Ok(valid_len + buf.len() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statement::Statement;

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

    #[test]
    fn append_read_and_torn_tail() {
        let dir = tempfile::tempdir().unwrap();
        let log = StatementLog::open(&dir.path().join("statements.log")).unwrap();
        let end = log.append(&[entry(1), entry(2)], 0).unwrap();
        let c = log.read().unwrap();
        assert_eq!(c.entries.len(), 2);
        assert_eq!(c.valid_len, end);
        assert!(c.damage.is_none());

        // A crash mid-append leaves half a record.
        let mut f = OpenOptions::new().append(true).open(log.path()).unwrap();
        f.write_all(&[200, 0, 0, 0, 1, 2]).unwrap();
        let c = log.read().unwrap();
        assert_eq!(c.entries.len(), 2);
        assert!(c.damage.unwrap().contains("torn"));
        // The next append cuts the torn tail and the log reads whole again.
        log.append(&[entry(3)], c.valid_len).unwrap();
        let c = log.read().unwrap();
        assert_eq!(
            c.entries.iter().map(|e| e.seq).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        assert!(c.damage.is_none());
    }

    #[test]
    fn flipped_bit_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let log = StatementLog::open(&dir.path().join("statements.log")).unwrap();
        log.append(&[entry(1), entry(2)], 0).unwrap();
        let mut bytes = fs::read(log.path()).unwrap();
        let last = bytes.len() - 3;
        bytes[last] ^= 0x01;
        fs::write(log.path(), bytes).unwrap();
        let c = log.read().unwrap();
        assert_eq!(c.entries.len(), 1);
        assert!(c.damage.unwrap().contains("checksum"));
    }
}
