//! `tadoru import nta`: an NTA corporate-number CSV (UTF-8 or Shift_JIS).
//! Broken rows are reported with their line numbers and skipped. Rows are
//! recorded one statement each, and a row recorded before is skipped, so
//! running an import again (after a crash, or with the same file) records
//! exactly what is missing and nothing twice.

use std::path::Path;

use super::{UsageError, open_graph, open_index, reindex};

pub fn run(data: &Path, file: &Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(file)
        .map_err(|e| UsageError(format!("cannot read {}: {e}", file.display())))?;
    let graph = open_graph(data)?;
    let report = graph.import_nta(&bytes, &format!("file:{}", file.display()))?;
    for err in &report.errors {
        eprintln!(
            "warning: {}:{}: {} (row skipped)",
            file.display(),
            err.line,
            err.message
        );
    }
    println!(
        "imported {} rows from {} ({}), {} rejected: {} new, {} already recorded; evidence sha256 {}",
        report.rows,
        file.display(),
        report.encoding,
        report.errors.len(),
        report.new_rows,
        report.already_recorded,
        report.sha256
    );
    if report.new_rows == 0 && report.rows > 0 {
        println!("{} was imported before; nothing new", file.display());
    }
    // Nothing new still re-indexes when an earlier run was killed before it did.
    if report.new_rows > 0 {
        reindex(&graph, data)?;
    } else {
        open_index(&graph, data)?;
    }
    if report.rows == 0 && !report.errors.is_empty() {
        return Err(UsageError(format!("no readable rows in {}", file.display())).into());
    }
    Ok(())
}
