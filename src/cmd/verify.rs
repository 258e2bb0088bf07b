//! `tadoru verify`: checks the store against itself without changing it —
//! every evidence file against its sha256, every frame of the statement log,
//! that every document's evidence exists, that sled reflects the log (applied
//! seq and statement hashes), and that the index reflects it too. Exit 0 when
//! all is well, 1 with the list of what is wrong otherwise.

use std::path::Path;

use tadoru_graph::ViewsCheck;

use super::{UsageError, index_dir, index_seq};

pub fn run(data: &Path, hashes: bool) -> anyhow::Result<()> {
    if !data.join(tadoru_graph::LOG_FILE).exists() {
        return Err(UsageError(format!("{} holds no statement log", data.display())).into());
    }
    if hashes {
        // One line per intact record: seq, content hash, statement type.
        for (seq, hash, kind) in tadoru_graph::statement_hashes(data)? {
            println!("{seq}\t{hash}\t{kind}");
        }
        return Ok(());
    }
    let v = tadoru_graph::verify(data)?;
    let mut problems = v.problems();
    println!(
        "evidence: {} files match their sha256, {} do not, {} unreadable, {} stray files",
        v.evidence.ok,
        v.evidence.mismatched.len(),
        v.evidence.unreadable.len(),
        v.evidence.strays.len()
    );
    for stray in &v.evidence.strays {
        println!(
            "  stray (not named by a sha256, ignored): {}",
            stray.display()
        );
    }
    println!(
        "statement log ({:?}): {} intact records up to seq {}, {} distinct statements, {} damaged regions",
        v.log_format,
        v.log_records,
        v.last_seq,
        v.log_hashes,
        v.log_damage.len()
    );
    println!(
        "documents: {} recorded, {} without their evidence file",
        v.documents,
        v.documents_missing.len()
    );
    match &v.views {
        ViewsCheck::Missing => println!("sled: missing"),
        ViewsCheck::InUse => {
            println!("sled: in use by another tadoru process (a running serve?), not checked")
        }
        ViewsCheck::Damaged(e) => println!("sled: damaged: {e}"),
        ViewsCheck::Checked {
            applied_seq,
            hashes,
            missing,
            extra,
        } => println!(
            "sled: every record readable; reflects the log up to seq {applied_seq}; {hashes} statement hashes ({missing} missing, {extra} extra)"
        ),
    }
    match tadoru_index::SearchIndex::open(&index_dir(data)) {
        Err(e) => problems.push(format!(
            "the search index cannot be opened (it is rebuilt on the next serve or import): {e}"
        )),
        Ok(index) => match index_seq(data) {
            Some(seq) if seq == v.last_seq => println!(
                "index: {} documents, reflects the log up to seq {seq}",
                index.len()
            ),
            Some(seq) => problems.push(format!(
                "the search index reflects the log up to seq {seq}, the log ends at seq {} (it is rebuilt on the next serve or import)",
                v.last_seq
            )),
            None => problems.push(
                "the search index does not record which log position it reflects (it is rebuilt on the next serve or import)"
                    .into(),
            ),
        },
    }
    if problems.is_empty() {
        println!("all well");
        return Ok(());
    }
    println!("{} problems:", problems.len());
    for p in &problems {
        println!("  {p}");
    }
    Err(anyhow::anyhow!(
        "verify found {} problems in {}",
        problems.len(),
        data.display()
    ))
}
