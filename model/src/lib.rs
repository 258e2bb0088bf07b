//! tadoru's shared vocabulary: what the crawler reads from a page
//! ([`record`]), a row of the NTA file ([`nta`]), a curator's judgement
//! ([`curation`]) and the statements the log keeps of them ([`statement`]).
//! The crawler makes these, the graph records and applies them, the index
//! and the site show them; none of those depends on another for its words.
//!
//! **The log outlives the code.** Every type here that reaches
//! `statements.log` is read back by every later version of tadoru, so:
//! a field added to it is `#[serde(default)]` (an old entry lacks it); a
//! field is never renamed or removed (an old entry has it; rename only with
//! `#[serde(alias)]`); an enum variant is never removed. The tests below
//! read entries as the first versions of the log wrote them.

pub mod curation;
pub mod nta;
pub mod record;
pub mod statement;

pub use record::{
    Attachment, Closure, DEMO_MARKER, NoticeKind, NoticeRecord, PageContent, PartialDate, Rename,
    Role, Subject, TextReader,
};
pub use statement::{Entry, Statement};
