//! The subcommands, one file each, and what they share: opening the store,
//! rebuilding the index, recording crawl results.

pub mod crawl;
pub mod demo;
pub mod export;
pub mod import;
pub mod mirror;
pub mod rebuild;
pub mod search;
pub mod serve;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};
use tadoru_crawler::crawl::{CrawlSink, FetchedPage};
use tadoru_graph::Graph;
use tadoru_index::SearchIndex;

/// Binds the address the site will be served on, before any work is done,
/// so that a busy port is reported at once, as the user's to change.
pub fn listen(addr: &str) -> anyhow::Result<std::net::TcpListener> {
    std::net::TcpListener::bind(addr).map_err(|e| {
        UsageError(format!(
            "cannot listen on {addr}: {e} (choose another with --addr)"
        ))
        .into()
    })
}

/// Bad input from the user: exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

pub const INDEX_DIR: &str = "index";

pub fn index_dir(data: &Path) -> PathBuf {
    data.join(INDEX_DIR)
}

pub fn open_graph(data: &Path) -> anyhow::Result<Arc<Graph>> {
    Ok(Arc::new(Graph::open(data).with_context(|| {
        format!("failed to open the store in {}", data.display())
    })?))
}

/// Rebuilds the search index from the graph.
pub fn reindex(graph: &Graph, data: &Path) -> anyhow::Result<SearchIndex> {
    tadoru_web::indexing::build_index(graph, &index_dir(data))
        .context("failed to build the search index")
}

/// Opens the index, building it when it is missing or unreadable.
pub fn open_index(graph: &Graph, data: &Path) -> anyhow::Result<SearchIndex> {
    match SearchIndex::open(&index_dir(data)) {
        Ok(i) => Ok(i),
        Err(e) => {
            tracing::info!(error = %e, "search index missing or unreadable, rebuilding it");
            reindex(graph, data)
        }
    }
}

/// Whether any recorded document came from the demo mirror.
pub fn has_demo_data(graph: &Graph) -> anyhow::Result<bool> {
    Ok(graph.documents()?.iter().any(|d| d.demo))
}

/// Records crawl results in the graph.
pub struct GraphSink<'a> {
    pub graph: &'a Graph,
    pub new_documents: usize,
    pub new_notices: usize,
    pub pages: usize,
}

impl CrawlSink for GraphSink<'_> {
    fn page(&mut self, page: &FetchedPage) -> Result<(), String> {
        let r = self.graph.record_page(page).map_err(|e| e.to_string())?;
        self.new_documents += usize::from(r.new_document);
        self.new_notices += r.notices;
        self.pages += 1;
        // A real crawl waits seconds between requests: show it is alive.
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            eprint!(
                "\r{} pages fetched, {} new documents, {} notice statements ",
                self.pages, self.new_documents, self.new_notices
            );
        }
        Ok(())
    }

    fn gone(&mut self, url: &str, status: u16, seen_at: DateTime<Utc>) -> Result<(), String> {
        self.graph
            .record_gone(url, status, seen_at)
            .map_err(|e| e.to_string())
    }
}
