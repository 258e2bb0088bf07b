//! The admin socket: how `tadoru crawl`, `tadoru import` and `tadoru export` reach a running
//! `tadoru serve` on the same data directory. The server holds the store (sled
//! admits one process), so instead of failing with "in use", a command hands
//! its work to the server through a Unix socket in the data directory
//! (`DATA/admin.sock`, readable by its owner only, never on the network). The
//! server runs one job at a time, appends to the store statement by statement
//! (readers see whole statements), builds the new index beside the old one and
//! swaps it in: new facts are searchable as soon as the job ends, with no restart.
//!
//! Protocol: one JSON request line; the server answers with report lines, then
//! a last line `{"done": {"ok": bool, "usage": bool, "message": …}}`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::Mutex;

use super::UsageError;
use super::crawl::CrawlArgs;
use tadoru_graph::Graph;
use tadoru_web::LiveIndex;

/// The socket's file in the data directory.
pub const SOCKET: &str = "admin.sock";

/// A job a command hands to the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "snake_case")]
pub enum Request {
    Crawl(CrawlArgs),
    ImportNta {
        file: PathBuf,
    },
    /// Writes an export (`tadoru export`): reads only, nothing to re-index.
    Export {
        format: String,
        out: PathBuf,
    },
}

#[derive(Debug, Serialize, Deserialize)]
struct Done {
    ok: bool,
    usage: bool,
    message: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Reply {
    Line(String),
    Done(Done),
}

pub fn socket_path(data: &Path) -> PathBuf {
    data.join(SOCKET)
}

/// Hands `request` to a server running on `data`, printing its report.
/// `None` when no server answers there: the command runs itself.
pub async fn forward(data: &Path, request: &Request) -> Option<anyhow::Result<()>> {
    let mut stream = UnixStream::connect(socket_path(data)).await.ok()?;
    Some(talk(&mut stream, request).await)
}

async fn talk(stream: &mut UnixStream, request: &Request) -> anyhow::Result<()> {
    let mut line = serde_json::to_string(request)?;
    line.push('\n');
    stream.write_all(line.as_bytes()).await?;
    eprintln!("a running tadoru serve holds this data directory: it does the work");
    let mut lines = BufReader::new(stream).lines();
    while let Some(l) = lines.next_line().await? {
        match serde_json::from_str::<Reply>(&l) {
            Ok(Reply::Line(text)) => super::print_line(&text),
            Ok(Reply::Done(d)) if d.ok => return Ok(()),
            Ok(Reply::Done(d)) if d.usage => return Err(UsageError(d.message).into()),
            Ok(Reply::Done(d)) => return Err(anyhow::anyhow!(d.message)),
            Err(e) => return Err(anyhow::anyhow!("unreadable answer from the server: {e}")),
        }
    }
    Err(anyhow::anyhow!(
        "the server closed the connection before the job ended"
    ))
}

/// What a server needs to run jobs.
#[derive(Clone)]
pub struct Jobs {
    pub data: PathBuf,
    pub graph: Arc<Graph>,
    pub index: Arc<LiveIndex>,
    /// One job at a time (a crawl, an import, a scheduled re-crawl).
    pub lock: Arc<Mutex<()>>,
}

impl Jobs {
    /// Runs one job, reporting through `out`; the index is brought up to
    /// date (what the job changed) and swapped in.
    pub async fn run(
        &self,
        request: &Request,
        out: &mut (dyn FnMut(&str) + Send),
    ) -> anyhow::Result<()> {
        if let Request::Export { format, out: path } = request {
            // A reader: it runs beside a crawl or an import, and changes
            // nothing the index shows.
            let (graph, format, path) = (self.graph.clone(), format.clone(), path.clone());
            let mut lines: Vec<String> = Vec::new();
            let result = tokio::task::spawn_blocking(move || {
                let mut report = |l: &str| lines.push(l.to_string());
                let r = super::export::export_into(&graph, &format, &path, &mut report);
                (r, lines)
            })
            .await?;
            result.1.iter().for_each(|l| out(l));
            return result.0;
        }
        let _one = self.lock.lock().await;
        match request {
            Request::Export { .. } => return Ok(()),
            Request::Crawl(args) => {
                let (config, seeds) = args.config()?;
                super::crawl::crawl_into(&self.graph, &config, &seeds, out).await?;
            }
            Request::ImportNta { file } => {
                std::fs::File::open(file).map_err(|e| {
                    UsageError(format!("the server cannot read {}: {e}", file.display()))
                })?;
                super::import::import_into(&self.graph, file, out)?;
            }
        }
        let (graph, data) = (self.graph.clone(), self.data.clone());
        let index =
            tokio::task::spawn_blocking(move || super::update_index(&graph, &data)).await??;
        out(&format!(
            "indexed {} documents; searchable now",
            index.len()
        ));
        self.index.replace(index);
        Ok(())
    }
}

/// Listens on the admin socket until the process ends.
pub async fn listen(jobs: Jobs) -> anyhow::Result<()> {
    let path = socket_path(&jobs.data);
    // The store is ours (sled's lock is held), so a socket file left here is stale.
    if path.exists() {
        std::fs::remove_file(&path)?;
    }
    let listener = UnixListener::bind(&path)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    loop {
        let (stream, _) = listener.accept().await?;
        let jobs = jobs.clone();
        actix_web::rt::spawn(async move {
            if let Err(e) = serve_one(stream, jobs).await {
                tracing::warn!(error = %e, "admin request failed");
            }
        });
    }
}

async fn serve_one(stream: UnixStream, jobs: Jobs) -> anyhow::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    let Some(line) = lines.next_line().await? else {
        return Ok(());
    };
    let done = match serde_json::from_str::<Request>(&line) {
        Err(e) => Done {
            ok: false,
            usage: true,
            message: format!("not a request this server knows: {e}"),
        },
        Ok(request) => {
            let mut report: Vec<String> = Vec::new();
            let result = {
                let mut out = |l: &str| report.push(l.to_string());
                jobs.run(&request, &mut out).await
            };
            for l in report {
                let mut json = serde_json::to_string(&Reply::Line(l))?;
                json.push('\n');
                write.write_all(json.as_bytes()).await?;
            }
            match result {
                Ok(()) => Done {
                    ok: true,
                    usage: false,
                    message: String::new(),
                },
                Err(e) => Done {
                    ok: false,
                    usage: e.downcast_ref::<UsageError>().is_some(),
                    message: format!("{e:#}"),
                },
            }
        }
    };
    let mut json = serde_json::to_string(&Reply::Done(done))?;
    json.push('\n');
    write.write_all(json.as_bytes()).await?;
    Ok(())
}
