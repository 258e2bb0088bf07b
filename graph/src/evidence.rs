//! The evidence store: the exact bytes of every response, as files named by
//! their sha256 (`evidence/ab/abcdef…`). Content addressing makes storing the
//! same bytes twice a no-op, and lets anyone check a document against the hash
//! every fact cites. Files are written to a temporary name, fsync'd, then
//! renamed, so a crash never leaves a half-written document under a real hash.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::GraphError;

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
        fs::create_dir_all(parent).map_err(|e| GraphError::io(parent, e))?;
        let tmp = parent.join(format!(".{sha}.tmp"));
        let mut f = fs::File::create(&tmp).map_err(|e| GraphError::io(&tmp, e))?;
        f.write_all(bytes).map_err(|e| GraphError::io(&tmp, e))?;
        f.sync_all().map_err(|e| GraphError::io(&tmp, e))?;
        fs::rename(&tmp, &path).map_err(|e| GraphError::io(&path, e))?;
        Ok(sha)
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
    }
}
