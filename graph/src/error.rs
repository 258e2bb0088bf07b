//! Errors of the store of record, with the path or id they concern.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once this process has met an error from sled or a record it could not
/// decode: a store it then closes is not marked clean, so the next open reads
/// every record of sled again (see `Graph::open`).
static VIEWS_FAULT: AtomicBool = AtomicBool::new(false);

/// Whether this process has met a sled or decoding error (see [`VIEWS_FAULT`]).
pub(crate) fn views_faulted() -> bool {
    VIEWS_FAULT.load(Ordering::SeqCst)
}

impl From<sled::Error> for GraphError {
    fn from(e: sled::Error) -> GraphError {
        VIEWS_FAULT.store(true, Ordering::SeqCst);
        GraphError::Sled(e)
    }
}

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
    Sled(sled::Error),
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

    /// A record that could not be encoded or decoded; counts as a fault of
    /// the views (the record may be sled's), see [`VIEWS_FAULT`].
    pub fn json(what: impl Into<String>, source: serde_json::Error) -> GraphError {
        VIEWS_FAULT.store(true, Ordering::SeqCst);
        GraphError::Json {
            what: what.into(),
            source,
        }
    }
}
