//! Attachments of notices (PDFs a notice page links): each response is a
//! document of its own in the log — its bytes in the evidence store, a
//! `Document` statement saying it is an attachment and whether its text was
//! read — while the notice's own statement lists its attachments with their
//! text (`NoticeRecord::attachments`), so that rebuilding the index needs
//! no PDF reader.

use tadoru_crawler::crawl::FetchedAttachment;

use crate::statement::Statement;
use crate::{Graph, GraphError, views};

/// What the `page` field of an attachment's `Document` statement starts with.
pub const ATTACHMENT_PAGE: &str = "attachment";

impl Graph {
    /// Keeps an attachment's bytes and records it as a document. The same
    /// bytes from the same url a second time record nothing new. Returns
    /// whether a document was recorded.
    pub fn record_attachment(&self, a: &FetchedAttachment) -> Result<bool, GraphError> {
        let sha = self.evidence.put(&a.bytes)?;
        let same_bytes = self
            .views
            .urls
            .get(a.url.as_bytes())?
            .is_some_and(|s| s.as_ref() == sha.as_bytes());
        let mut recorded = false;
        if !same_bytes {
            let page = match &a.outcome {
                Ok(reader) => format!("{ATTACHMENT_PAGE}: text read by {}", reader.name()),
                Err(e) => format!("{ATTACHMENT_PAGE}: no text ({e})"),
            };
            let flags = self.append(vec![Statement::Document {
                sha256: sha.clone(),
                url: a.url.clone(),
                status: a.status,
                content_type: a.content_type.clone(),
                encoding: None,
                fetched_at: a.fetched_at,
                len: a.bytes.len() as u64,
                page,
                demo: self.demo.load(std::sync::atomic::Ordering::SeqCst) || a.demo,
                etag: a.validators.etag.clone(),
                last_modified: a.validators.last_modified.clone(),
                encoding_note: None,
            }])?;
            recorded = flags.first().copied().unwrap_or(false);
        }
        if !a.validators.is_empty() {
            let v = views::UrlValidators {
                sha256: sha,
                etag: a.validators.etag.clone(),
                last_modified: a.validators.last_modified.clone(),
            };
            let json = serde_json::to_vec(&v).map_err(|e| GraphError::json(&a.url, e))?;
            self.views.validators.insert(a.url.as_bytes(), json)?;
        }
        Ok(recorded)
    }
}
