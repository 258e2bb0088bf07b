//! Errors of the store of record, with the path or id they concern.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error("i/o error at {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the store at {path} is in use by another tadoru process (stop it first) or cannot be opened"
    )]
    InUse {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The curator's file is not valid (entry 0: the file as a whole).
    #[error("curation.toml, judgement {entry}: {reason}")]
    Curation { entry: usize, reason: String },
    #[error("sled error: {0}")]
    Sled(#[from] sled::Error),
    #[error("failed to encode or decode {what}: {source}")]
    Json {
        what: String,
        source: serde_json::Error,
    },
    #[error("not a sha256: {0:?}")]
    BadHash(String),
    #[error("evidence file {path} does not match its sha256 {sha256}")]
    Tampered { sha256: String, path: PathBuf },
    #[error("sled tree {tree} holds a bad record under {key:?}: {reason}")]
    BadView {
        tree: String,
        key: String,
        reason: String,
    },
    #[error("sled store at {path} is damaged: {reason}")]
    DamagedViews { path: PathBuf, reason: String },
    #[error("statement log {path} is damaged at byte {offset}: {reason}")]
    DamagedLog {
        path: PathBuf,
        offset: u64,
        reason: String,
    },
}

impl GraphError {
    pub fn io(path: &Path, source: std::io::Error) -> GraphError {
        GraphError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn json(what: impl Into<String>, source: serde_json::Error) -> GraphError {
        GraphError::Json {
            what: what.into(),
            source,
        }
    }
}
