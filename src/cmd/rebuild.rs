//! `tadoru rebuild`: regenerate the sled graph and the search index from the
//! durable truth, the evidence files and the statement log.

use std::path::Path;

use super::{UsageError, open_graph, reindex};

pub fn run(data: &Path) -> anyhow::Result<()> {
    if !data.join(tadoru_graph::LOG_FILE).exists() {
        return Err(UsageError(format!("{} holds no statement log", data.display())).into());
    }
    let graph = open_graph(data)?;
    let n = graph.rebuild()?;
    let index = reindex(&graph, data)?;
    println!(
        "replayed {n} statements; {} entities, {} notices; {} documents indexed",
        graph.entities()?.len(),
        graph.notices()?.len(),
        index.len()
    );
    Ok(())
}
