//! The subcommands, one file each, and what they share: opening the store,
//! rebuilding the index (and knowing which log position it reflects),
//! recording crawl results.

pub mod admin;
pub mod crawl;
pub mod demo;
pub mod export;
pub mod import;
pub mod mirror;
pub mod rebuild;
pub mod search;
pub mod serve;
pub mod verify;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use tadoru_crawler::crawl::{CrawlSink, FetchedAttachment, FetchedPage, KeptPage, Validators};
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

/// Prints one line of a command's report: warnings to stderr, the rest to stdout.
pub fn print_line(line: &str) {
    if line.starts_with("warning:") {
        eprintln!("{line}");
    } else {
        println!("{line}");
    }
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

/// Beside the index's own files: the seq of the last statement of the log
/// the index reflects, written only once the index is built.
pub const INDEX_SEQ_FILE: &str = "tadoru-applied-seq";

/// The log position the index in `data` reflects, if it says.
pub fn index_seq(data: &Path) -> Option<u64> {
    std::fs::read_to_string(index_dir(data).join(INDEX_SEQ_FILE))
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Rebuilds the search index from the graph. The new index is built in a
/// sibling directory and swapped in only when complete, so a failure or a
/// crash never leaves the registry without an index.
pub fn reindex(graph: &Graph, data: &Path) -> anyhow::Result<SearchIndex> {
    let seq = graph.applied_seq()?;
    let dir = index_dir(data);
    let pid = std::process::id();
    let new = data.join(format!("{INDEX_DIR}.new-{pid}"));
    let old = data.join(format!("{INDEX_DIR}.old-{pid}"));
    remove_leftovers(data)?;
    let built = tadoru_indexing::build_index(graph, &new);
    let built = match built {
        Ok(index) => index,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&new);
            return Err(anyhow::Error::new(e).context("failed to build the search index"));
        }
    };
    drop(built);
    let seq_file = new.join(INDEX_SEQ_FILE);
    write_synced(&seq_file, seq.to_string().as_bytes())?;
    if dir.exists() {
        std::fs::rename(&dir, &old)
            .with_context(|| format!("failed to move {} aside", dir.display()))?;
    }
    std::fs::rename(&new, &dir)
        .with_context(|| format!("failed to move the new index into {}", dir.display()))?;
    sync_dir(data)?;
    if old.exists() {
        std::fs::remove_dir_all(&old)
            .with_context(|| format!("failed to remove the old index {}", old.display()))?;
    }
    SearchIndex::open(&dir).context("failed to open the search index just built")
}

/// Brings the search index up to date after a job. When the graph can say
/// what changed since the position the index reflects, only those notices
/// and entities are re-indexed, in place, in one commit; otherwise (the views
/// were rebuilt, the index is missing or behind) the index is rebuilt whole.
/// The index's seq file is removed while it changes, so a crash meanwhile
/// leaves an index that says nothing and is rebuilt on the next open.
pub fn update_index(graph: &Graph, data: &Path) -> anyhow::Result<SearchIndex> {
    let (since, changes, now) = graph.take_changes()?;
    let dir = index_dir(data);
    if let (Some(since), Some(seq)) = (since, index_seq(data))
        && seq == since
        && let Ok(index) = SearchIndex::open(&dir)
    {
        if since == now {
            return Ok(index);
        }
        let seq_file = dir.join(INDEX_SEQ_FILE);
        std::fs::remove_file(&seq_file)
            .with_context(|| format!("failed to remove {}", seq_file.display()))?;
        sync_dir(&dir)?;
        let n = tadoru_indexing::update_index(graph, &index, &changes)
            .context("failed to update the search index")?;
        write_synced(&seq_file, now.to_string().as_bytes())?;
        sync_dir(&dir)?;
        tracing::info!(
            documents = n,
            since,
            now,
            "search index updated with what changed"
        );
        return Ok(index);
    }
    reindex(graph, data)
}

/// Removes index directories a killed `reindex` left half-built or half-swapped.
fn remove_leftovers(data: &Path) -> anyhow::Result<()> {
    let Ok(entries) = std::fs::read_dir(data) else {
        return Ok(());
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with(&format!("{INDEX_DIR}.new-"))
            || name.starts_with(&format!("{INDEX_DIR}.old-"));
        if ours && e.path().is_dir() {
            std::fs::remove_dir_all(e.path())
                .with_context(|| format!("failed to remove {}", e.path().display()))?;
        }
    }
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut f = std::fs::File::create(path)
        .with_context(|| format!("failed to create {}", path.display()))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .with_context(|| format!("failed to write {}", path.display()))
}

fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("failed to sync {}", dir.display()))
}

/// Opens the index, building it when it is missing, unreadable, or behind
/// the graph (an import or crawl killed before it re-indexed).
pub fn open_index(graph: &Graph, data: &Path) -> anyhow::Result<SearchIndex> {
    // The graph is open, so no other tadoru process is building an index here.
    remove_leftovers(data)?;
    let applied = graph.applied_seq()?;
    match (SearchIndex::open(&index_dir(data)), index_seq(data)) {
        (Ok(i), Some(seq)) if seq == applied => Ok(i),
        (Ok(_), seq) => {
            tracing::info!(index_seq = ?seq, applied, "search index is behind the store, rebuilding it");
            reindex(graph, data)
        }
        (Err(e), _) => {
            tracing::info!(error = %e, "search index missing or unreadable, rebuilding it");
            reindex(graph, data)
        }
    }
}

/// Whether any recorded document came from the demo mirror.
pub fn has_demo_data(graph: &Graph) -> anyhow::Result<bool> {
    Ok(graph.documents()?.iter().any(|d| d.demo))
}

/// Records crawl results in the graph, and answers the crawler's questions
/// about what it kept before (validators for conditional requests, the bytes
/// behind a 304).
pub struct GraphSink<'a> {
    pub graph: &'a Graph,
    pub new_documents: usize,
    pub new_notices: usize,
    pub pages: usize,
    /// `Gone` statements recorded (a url already known gone records none).
    pub new_gone: usize,
}

impl<'a> GraphSink<'a> {
    pub fn new(graph: &'a Graph) -> GraphSink<'a> {
        GraphSink {
            graph,
            new_documents: 0,
            new_notices: 0,
            pages: 0,
            new_gone: 0,
        }
    }
}

impl CrawlSink for GraphSink<'_> {
    fn keep(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.graph
            .keep_evidence(bytes)
            .map(drop)
            .map_err(|e| e.to_string())
    }

    fn validators(&self, url: &str) -> Option<Validators> {
        match self.graph.validators(url) {
            Ok(v) => v.map(|v| Validators {
                etag: v.etag,
                last_modified: v.last_modified,
            }),
            Err(e) => {
                // Without them the request is simply unconditional.
                tracing::warn!(url, error = %e, "could not read the validators kept for a url");
                None
            }
        }
    }

    fn kept(&self, url: &str) -> Option<KeptPage> {
        match self.graph.latest_document(url) {
            Ok(d) => d.map(|(doc, bytes)| KeptPage {
                content_type: doc.content_type,
                bytes,
            }),
            Err(e) => {
                tracing::warn!(url, error = %e, "could not read the page kept for a url");
                None
            }
        }
    }

    fn attachment(&mut self, attachment: &FetchedAttachment) -> Result<(), String> {
        let new = self
            .graph
            .record_attachment(attachment)
            .map_err(|e| e.to_string())?;
        self.new_documents += usize::from(new);
        Ok(())
    }

    fn fresh(&self, url: &str, within: std::time::Duration) -> bool {
        match self.graph.checked_page(url) {
            Ok(Some(at)) => chrono::Utc::now()
                .signed_duration_since(at)
                .to_std()
                .is_ok_and(|age| age < within),
            Ok(None) => false,
            Err(e) => {
                tracing::warn!(url, error = %e, "could not read when a url was last checked");
                false
            }
        }
    }

    fn checked(&mut self, url: &str, at: chrono::DateTime<chrono::Utc>) -> Result<(), String> {
        self.graph.note_checked(url, at).map_err(|e| e.to_string())
    }

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

    fn gone(&mut self, page: &FetchedPage) -> Result<(), String> {
        let new = self
            .graph
            .record_gone_page(page)
            .map_err(|e| e.to_string())?;
        self.new_gone += usize::from(new);
        Ok(())
    }
}
