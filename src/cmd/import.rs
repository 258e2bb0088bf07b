//! `tadoru import nta`: an NTA corporate-number CSV (UTF-8 or Shift_JIS).
//! Broken rows are reported with their line numbers and skipped. Rows are
//! recorded one statement each, and a row recorded before is skipped, so
//! running an import again (after a crash, or with the same file) records
//! exactly what is missing and nothing twice.

use std::path::Path;

use super::{UsageError, open_graph, update_index};

pub async fn run(data: &Path, file: &Path) -> anyhow::Result<()> {
    std::fs::File::open(file)
        .map_err(|e| UsageError(format!("cannot read {}: {e}", file.display())))?;
    // A running `tadoru serve` on this data takes the import over.
    let full = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    if let Some(result) =
        super::admin::forward(data, &super::admin::Request::ImportNta { file: full }).await
    {
        return result;
    }
    let graph = open_graph(data)?;
    let mut out = super::print_line;
    import_into(&graph, file, &mut out)?;
    // Only what the import changed is re-indexed; an index an earlier run
    // left behind (killed before it re-indexed) is rebuilt whole.
    update_index(&graph, data)?;
    Ok(())
}

/// Imports an NTA file into the graph (read a block at a time, so memory
/// stays bounded whatever its size), reporting through `out` (warnings start
/// with `warning:`). Returns how many rows were new. The source is recorded
/// by its file name only: the importing machine's paths are not published.
pub fn import_into(
    graph: &tadoru_graph::Graph,
    file: &Path,
    out: &mut dyn FnMut(&str),
) -> anyhow::Result<usize> {
    let name = file.file_name().map_or_else(
        || "nta.csv".to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let report = graph.import_nta_file(file, &format!("file:{name}"))?;
    for err in &report.errors {
        out(&format!(
            "warning: {name}:{}: {} (row skipped)",
            err.line, err.message
        ));
    }
    out(&format!(
        "imported {} rows from {name} ({}), {} rejected: {} new, {} already recorded; evidence sha256 {}",
        report.rows,
        report.encoding,
        report.errors.len(),
        report.new_rows,
        report.already_recorded,
        report.sha256
    ));
    if report.new_rows == 0 && report.rows > 0 {
        out(&format!("{name} was imported before; nothing new"));
    }
    if report.rows == 0 && !report.errors.is_empty() {
        return Err(UsageError(format!("no readable rows in {name}")).into());
    }
    Ok(report.new_rows)
}
