//! `tadoru search`: the same search as the site, printed as text or JSON.

use std::io::Write;
use std::path::Path;

use tadoru_index::SearchRequest;

use super::{UsageError, open_graph, open_index};

pub fn run(data: &Path, json: bool, query: &str) -> anyhow::Result<()> {
    if query.trim().is_empty() {
        return Err(UsageError("give a query: tadoru search --data DIR QUERY".into()).into());
    }
    // The index alone answers searches, so this works while `serve` holds the store.
    let index = match tadoru_index::SearchIndex::open(&super::index_dir(data)) {
        Ok(index) => index,
        Err(_) => open_index(&*open_graph(data)?, data)?,
    };
    let results = index
        .search(&SearchRequest::query(query))
        .map_err(|e| match e {
            tadoru_index::IndexError::BadQuery(m) => anyhow::Error::new(UsageError(m)),
            other => anyhow::Error::new(other),
        })?;
    // `tadoru search … | head` closes the pipe early: that ends the output,
    // it is not an error (println! would panic on it).
    match print(&mut std::io::stdout().lock(), json, query, &results) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn print(
    out: &mut impl Write,
    json: bool,
    query: &str,
    results: &tadoru_index::SearchResults,
) -> std::io::Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, results)?;
        writeln!(out)?;
        return out.flush();
    }
    writeln!(out, "{} results for {query:?}", results.total)?;
    for h in &results.hits {
        let date = h.issued_on.clone().unwrap_or_default();
        // Notices share their official titles: say whom each is addressed to.
        let title = if h.parties.is_empty() {
            h.title.clone()
        } else {
            h.parties.join("、")
        };
        writeln!(
            out,
            "{:>7.2}  {:<8} {:<26} {date:<10}  {title}  [{}]",
            h.score, h.doc_type, h.kind, h.id
        )?;
    }
    out.flush()
}
