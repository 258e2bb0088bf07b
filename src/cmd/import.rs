//! `tadoru import nta`: an NTA corporate-number CSV (UTF-8 or Shift_JIS).
//! Broken rows are reported with their line numbers and skipped.

use std::path::Path;

use super::{UsageError, open_graph, reindex};

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
    // Always re-index: an earlier run may have been killed before it did.
    reindex(&graph, data)?;
    if report.rows == 0 && !report.errors.is_empty() {
        return Err(UsageError(format!("no readable rows in {}", file.display())).into());
    }
    Ok(())
}
