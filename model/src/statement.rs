//! Statements: the facts tadoru records, each citing the evidence it came
//! from. The log holds them in order; applying them in that order to an empty
//! store yields the entity graph, which is why `tadoru rebuild` can always
//! regenerate sled and the index.

use crate::curation::Curated;
use crate::nta::NtaRow;
use crate::record::NoticeRecord;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One record of the log.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub seq: u64,
    /// When tadoru recorded the statement.
    pub at: DateTime<Utc>,
    pub statement: Statement,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Statement {
    /// Bytes were fetched or imported and kept in the evidence store.
    Document {
        sha256: String,
        url: String,
        status: u16,
        content_type: Option<String>,
        encoding: Option<String>,
        fetched_at: DateTime<Utc>,
        len: u64,
        /// What the page was: `notice`, `listing`, `other`, `nta_csv` or an error.
        page: String,
        /// Bytes from tadoru's bundled demo mirror, not from a government server.
        demo: bool,
        /// The response's `ETag`, sent back as `If-None-Match` on the next crawl.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        etag: Option<String>,
        /// The response's `Last-Modified`, sent back as `If-Modified-Since`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last_modified: Option<String>,
        /// Set when the declared charset did not fit the bytes and another
        /// was used to read them: what was declared and what was used.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        encoding_note: Option<String>,
    },
    /// A page that answered 404/410 (or, with status 0, that vanished from the
    /// listing that linked it): it may have been withdrawn. Its archived
    /// copies stay.
    Gone {
        url: String,
        status: u16,
        seen_at: DateTime<Utc>,
    },
    /// A notice extracted from a document.
    Notice {
        id: String,
        sha256: String,
        url: String,
        record: NoticeRecord,
    },
    /// A curator's judgement (entry `index`, from 1, of the curation file
    /// whose bytes are the document `sha256`).
    Curation {
        sha256: String,
        index: usize,
        judgement: Curated,
    },
    /// One row of an NTA corporate-number file (its line in the file).
    Nta {
        sha256: String,
        line: u64,
        row: NtaRow,
        demo: bool,
    },
}
