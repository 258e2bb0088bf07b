//! `tadoru rebuild`: regenerate the sled graph and the search index from the
//! durable truth, the evidence files and the statement log. The old sled is
//! not read: it is moved aside, and removed only if it matched the log.

use std::path::Path;

use anyhow::Context;
use tadoru_graph::Graph;

use super::{UsageError, reindex};

pub fn run(data: &Path) -> anyhow::Result<()> {
    if std::os::unix::net::UnixStream::connect(super::admin::socket_path(data)).is_ok() {
        return Err(anyhow::anyhow!(
            "a running tadoru serve holds {}: a rebuild needs the store to itself, stop the server first (crawls and imports can run while it serves)",
            data.display()
        ));
    }
    if !data.join(tadoru_graph::LOG_FILE).exists() {
        return Err(UsageError(format!("{} holds no statement log", data.display())).into());
    }
    let (graph, n, kept) = Graph::open_rebuilt(data)
        .with_context(|| format!("failed to rebuild the store in {}", data.display()))?;
    if let Some(kept) = kept {
        println!(
            "the previous sled store did not match the log; it is kept in {}",
            kept.display()
        );
    }
    // The curator's judgements: recorded in the log, then applied to the
    // whole history (a "not the same" undoes merges recorded before it).
    let curation = data.join(tadoru_graph::curation::CURATION_FILE);
    if let Ok(bytes) = std::fs::read(&curation) {
        let (total, new) = graph.record_curation(&bytes).map_err(|e| match e {
            tadoru_graph::GraphError::Curation { .. } => {
                anyhow::Error::new(UsageError(e.to_string()))
            }
            other => anyhow::Error::new(other),
        })?;
        if new > 0 {
            graph.rebuild()?;
        }
        println!(
            "applied {total} curator's judgements from {} ({new} new)",
            curation.display()
        );
    }
    let index = reindex(&graph, data)?;
    let (entities, notices) = graph.counts()?;
    println!(
        "replayed {n} statements; {entities} entities, {notices} notices; {} documents indexed",
        index.len()
    );
    Ok(())
}
