//! The evidence store: the exact bytes of every response, as files named by
//! their sha256 (`evidence/ab/abcdef…`). Content addressing makes storing the
//! same bytes twice a no-op, and lets anyone check a document against the hash
//! every fact cites. Files are written to a temporary name, fsync'd, then
//! renamed, and the directory is fsync'd after the rename, so a crash never
//! leaves a half-written document under a real hash nor loses one recorded.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::GraphError;
use crate::log::sync_dir;

/// What checking every evidence file against its name found.
#[derive(Debug, Default)]
pub struct EvidenceCheck {
    /// Files whose bytes hash to their name.
    pub ok: usize,
    /// Files whose bytes do not: `(path, sha256 of the bytes)`.
    pub mismatched: Vec<(PathBuf, String)>,
    /// Files that are not named by a sha256 (leftover temporary files and strays).
    pub strays: Vec<PathBuf>,
    /// Files that could not be read: `(path, error)`.
    pub unreadable: Vec<(PathBuf, String)>,
}

pub struct EvidenceStore {
    dir: PathBuf,
}

impl EvidenceStore {
    pub fn open(dir: &Path) -> Result<EvidenceStore, GraphError> {
        fs::create_dir_all(dir).map_err(|e| GraphError::io(dir, e))?;
        Ok(EvidenceStore {
            dir: dir.to_path_buf(),
        })
    }

    /// The store in `dir`, without creating anything (for checks).
    pub fn at(dir: &Path) -> EvidenceStore {
        EvidenceStore {
            dir: dir.to_path_buf(),
        }
    }

    fn path(&self, sha256: &str) -> Option<PathBuf> {
        let valid = sha256.len() == 64
            && sha256
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
        valid.then(|| self.dir.join(&sha256[..2]).join(sha256))
    }

    /// Stores `bytes` under their sha256 and returns it.
    pub fn put(&self, bytes: &[u8]) -> Result<String, GraphError> {
        let sha = tadoru_crawler::crawl::sha256_hex(bytes);
        let path = self
            .path(&sha)
            .ok_or_else(|| GraphError::BadHash(sha.clone()))?;
        if path.exists() {
            return Ok(sha);
        }
        let parent = path.parent().unwrap_or(&self.dir);
        if !parent.exists() {
            fs::create_dir_all(parent).map_err(|e| GraphError::io(parent, e))?;
            // The new fan-out directory must itself survive a crash.
            sync_dir(&self.dir)?;
        }
        let tmp = parent.join(format!(".{sha}.tmp"));
        let mut f = fs::File::create(&tmp).map_err(|e| GraphError::io(&tmp, e))?;
        f.write_all(bytes).map_err(|e| GraphError::io(&tmp, e))?;
        f.sync_all().map_err(|e| GraphError::io(&tmp, e))?;
        fs::rename(&tmp, &path).map_err(|e| GraphError::io(&path, e))?;
        sync_dir(parent)?;
        Ok(sha)
    }

    /// Stores the bytes of the file at `source` under their sha256, reading
    /// it a block at a time (never whole in memory), and returns the sha256
    /// and whether all of it is valid UTF-8.
    pub fn put_file(&self, source: &Path) -> Result<(String, bool), GraphError> {
        use sha2::Digest;
        use std::io::Read;
        let mut f = fs::File::open(source).map_err(|e| GraphError::io(source, e))?;
        let stamp = format!(
            "{}-{}",
            std::process::id(),
            chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
        );
        let tmp = self.dir.join(format!(".incoming-{stamp}.tmp"));
        let mut out = fs::File::create(&tmp).map_err(|e| GraphError::io(&tmp, e))?;
        let mut hasher = sha2::Sha256::new();
        let mut buf = vec![0u8; 1 << 20];
        // UTF-8 checked across blocks: a sequence cut by a block boundary is carried over.
        let (mut utf8, mut carry) = (true, Vec::new());
        loop {
            let n = f.read(&mut buf).map_err(|e| GraphError::io(source, e))?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n])
                .map_err(|e| GraphError::io(&tmp, e))?;
            if utf8 {
                carry.extend_from_slice(&buf[..n]);
                match std::str::from_utf8(&carry) {
                    Ok(_) => carry.clear(),
                    Err(e) if e.error_len().is_none() => {
                        carry.drain(..e.valid_up_to());
                    }
                    Err(_) => utf8 = false,
                }
            }
        }
        utf8 &= carry.is_empty();
        out.sync_all().map_err(|e| GraphError::io(&tmp, e))?;
        drop(out);
        let sha: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let path = self
            .path(&sha)
            .ok_or_else(|| GraphError::BadHash(sha.clone()))?;
        if path.exists() {
            fs::remove_file(&tmp).map_err(|e| GraphError::io(&tmp, e))?;
            return Ok((sha, utf8));
        }
        let parent = path.parent().unwrap_or(&self.dir);
        if !parent.exists() {
            fs::create_dir_all(parent).map_err(|e| GraphError::io(parent, e))?;
            sync_dir(&self.dir)?;
        }
        fs::rename(&tmp, &path).map_err(|e| GraphError::io(&path, e))?;
        sync_dir(parent)?;
        sync_dir(&self.dir)?;
        Ok((sha, utf8))
    }

    /// The stored file of `sha256`, opened for reading (not checked against its hash).
    pub fn open_file(&self, sha256: &str) -> Result<fs::File, GraphError> {
        let path = self
            .path(sha256)
            .ok_or_else(|| GraphError::BadHash(sha256.to_string()))?;
        fs::File::open(&path).map_err(|e| GraphError::io(&path, e))
    }

    /// Whether a file is stored under `sha256`.
    pub fn contains(&self, sha256: &str) -> bool {
        self.path(sha256).is_some_and(|p| p.is_file())
    }

    /// Hashes every stored file and compares it with its name.
    pub fn check_all(&self) -> Result<EvidenceCheck, GraphError> {
        let mut check = EvidenceCheck::default();
        let fanout = fs::read_dir(&self.dir).map_err(|e| GraphError::io(&self.dir, e))?;
        let mut dirs: Vec<PathBuf> = fanout.filter_map(Result::ok).map(|e| e.path()).collect();
        dirs.sort();
        for dir in dirs {
            if !dir.is_dir() {
                check.strays.push(dir);
                continue;
            }
            let mut files: Vec<PathBuf> = fs::read_dir(&dir)
                .map_err(|e| GraphError::io(&dir, e))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            files.sort();
            for file in files {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if self.path(&name).as_deref() != Some(file.as_path()) {
                    check.strays.push(file);
                    continue;
                }
                match fs::read(&file) {
                    Ok(bytes) => {
                        let sha = tadoru_crawler::crawl::sha256_hex(&bytes);
                        if sha == name {
                            check.ok += 1;
                        } else {
                            check.mismatched.push((file, sha));
                        }
                    }
                    Err(e) => check.unreadable.push((file, e.to_string())),
                }
            }
        }
        Ok(check)
    }

    /// The bytes stored under `sha256`, checked against it, if present.
    pub fn get(&self, sha256: &str) -> Result<Option<Vec<u8>>, GraphError> {
        let Some(path) = self.path(sha256) else {
            return Ok(None);
        };
        match fs::read(&path) {
            Ok(bytes) => {
                if tadoru_crawler::crawl::sha256_hex(&bytes) != sha256 {
                    return Err(GraphError::Tampered {
                        sha256: sha256.to_string(),
                        path,
                    });
                }
                Ok(Some(bytes))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(GraphError::io(&path, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_get_and_tamper_check() {
        let dir = tempfile::tempdir().unwrap();
        let store = EvidenceStore::open(dir.path()).unwrap();
        let sha = store.put("緊急命令".as_bytes()).unwrap();
        assert_eq!(store.put("緊急命令".as_bytes()).unwrap(), sha);
        assert_eq!(store.get(&sha).unwrap().unwrap(), "緊急命令".as_bytes());
        assert_eq!(store.get(&"0".repeat(64)).unwrap(), None);
        assert_eq!(store.get("../../etc/passwd").unwrap(), None);
        fs::write(dir.path().join(&sha[..2]).join(&sha), b"changed").unwrap();
        assert!(matches!(store.get(&sha), Err(GraphError::Tampered { .. })));
        let check = store.check_all().unwrap();
        assert_eq!((check.ok, check.mismatched.len()), (0, 1));
        store.put(b"another").unwrap();
        fs::write(dir.path().join(&sha[..2]).join(".x.tmp"), b"").unwrap();
        let check = store.check_all().unwrap();
        assert_eq!(
            (check.ok, check.mismatched.len(), check.strays.len()),
            (1, 1, 1)
        );
    }
}
