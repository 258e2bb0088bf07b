//! The crawler: fetch government pages politely, keep their exact bytes as
//! evidence, decode their charset, and extract enforcement notices and NTA
//! corporate-number records. Extractors are chosen by what a page is, never by
//! its host.

pub mod chrome;
pub mod crawl;
pub mod decode;
pub mod extract;
pub mod html;
pub mod names;
pub mod nta;
pub mod pdf;
pub mod variants;
pub mod wareki;

/// The records extracted from pages live in the shared vocabulary crate.
pub use tadoru_model::record;

pub use record::{
    Attachment, Closure, DEMO_MARKER, NoticeKind, NoticeRecord, PageContent, Rename, Role, Subject,
};
