//! A curator's judgement about identity as the log keeps it (one entry of
//! `curation.toml`; reading and applying the file is the graph's).

use serde::{Deserialize, Serialize};

use crate::record::PartialDate;

/// What a judgement says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JudgementKind {
    Same,
    NotSame,
    Renamed,
}

impl JudgementKind {
    pub fn code(self) -> &'static str {
        match self {
            JudgementKind::Same => "same",
            JudgementKind::NotSame => "not_same",
            JudgementKind::Renamed => "renamed",
        }
    }
}

/// One judgement of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curated {
    pub kind: JudgementKind,
    /// The entity (an id `e-…`, or for `same`/`renamed` a name it is known by).
    pub a: String,
    /// The other entity, for `same` and `not_same`.
    #[serde(default)]
    pub b: Option<String>,
    #[serde(default)]
    pub old: Option<String>,
    #[serde(default)]
    pub new: Option<String>,
    #[serde(default)]
    pub on: Option<PartialDate>,
    /// Why: required, and shown with the judgement.
    pub note: String,
    #[serde(default)]
    pub source: Option<String>,
}
