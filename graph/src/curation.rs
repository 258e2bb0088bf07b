//! The curator's file, `DATA/curation.toml`: judgements a person makes about
//! identity when the sources cannot — two records are the same entity, two
//! entities are not the same (a merge the sources suggested is refused), or
//! an entity was renamed on a date. The file's bytes are kept as evidence and
//! each judgement becomes a statement in the log, so it is applied on every
//! rebuild and shown on the entity as a curator's judgement.
//!
//! ```toml
//! [[judgement]]
//! kind = "not_same"            # same | not_same | renamed
//! a = "e-1234abcd5678"         # an entity id (same / renamed: or a name)
//! b = "e-8765dcba4321"
//! note = "different clinics that share a name; addresses differ"
//! source = "https://…"         # optional
//!
//! [[judgement]]
//! kind = "renamed"
//! a = "e-1234abcd5678"
//! old = "旧クリニック"
//! new = "新クリニック"
//! on = "2025-08-22"            # optional; 2025-08 for a month
//! note = "renamed per the clinic's own notice"
//! ```

use serde::Deserialize;

use crate::error::GraphError;

/// The file the curator writes, in the data directory.
pub const CURATION_FILE: &str = "curation.toml";

pub use tadoru_model::curation::{Curated, JudgementKind};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    judgement: Vec<Curated>,
}

fn is_id(s: &str) -> bool {
    s.starts_with("e-")
        && s.len() <= 40
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Reads and checks a curation file.
pub fn parse(text: &str) -> Result<Vec<Curated>, GraphError> {
    let bad = |i: usize, why: &str| GraphError::Curation {
        entry: i + 1,
        reason: why.to_string(),
    };
    let file: File = toml::from_str(text).map_err(|e| GraphError::Curation {
        entry: 0,
        reason: e.to_string(),
    })?;
    for (i, j) in file.judgement.iter().enumerate() {
        if j.note.trim().is_empty() {
            return Err(bad(i, "every judgement needs a note saying why"));
        }
        match j.kind {
            JudgementKind::Same if j.b.is_none() => return Err(bad(i, "`same` needs `b`")),
            JudgementKind::NotSame => {
                let both_ids = is_id(&j.a) && j.b.as_deref().is_some_and(is_id);
                if !both_ids {
                    return Err(bad(i, "`not_same` needs two entity ids (`a` and `b`, e-…)"));
                }
            }
            JudgementKind::Renamed if j.old.is_none() || j.new.is_none() => {
                return Err(bad(i, "`renamed` needs `old` and `new`"));
            }
            _ => {}
        }
    }
    Ok(file.judgement)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_checks_judgements() {
        let j = parse(
            "[[judgement]]\nkind = \"renamed\"\na = \"e-1\"\nold = \"甲\"\nnew = \"乙\"\non = \"2025-08\"\nnote = \"届出による\"\n",
        )
        .unwrap();
        assert_eq!(j[0].on.map(|d| d.to_string()).as_deref(), Some("2025-08"));
        let err = parse("[[judgement]]\nkind = \"not_same\"\na = \"銀座クリニック\"\nb = \"e-2\"\nnote = \"x\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("judgement 1") && err.contains("entity ids"),
            "{err}"
        );
        assert!(
            parse("[[judgement]]\nkind = \"same\"\na = \"e-1\"\nb = \"e-2\"\nnote = \"\"\n")
                .is_err()
        );
        assert!(parse("[[judgement]]\nkind = \"merge\"\na = \"e-1\"\nnote = \"x\"\n").is_err());
        assert!(parse("not toml [").is_err());
    }
}
