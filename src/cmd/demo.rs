//! `tadoru demo`: serve the bundled mirror on a loopback port, crawl it like
//! the real site, import the demo NTA file, index, and serve the result. A
//! second start over the same data finds it complete and serves at once.
//! Like `tadoru serve`, it takes crawls and imports handed to it on the
//! admin socket while it serves.

use std::net::TcpListener;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use tadoru_crawler::crawl::CrawlConfig;
use tadoru_web::AppState;

use super::{index_dir, open_graph, open_index, reindex};
use crate::mirror;

/// Written when a demo crawl completes: the mirror fingerprint it crawled.
const MARKER: &str = "demo-complete";

pub async fn run(addr: &str, data: &Path, public_url: Option<String>) -> anyhow::Result<()> {
    let started = Instant::now();
    let listener = super::listen(addr)?;
    let graph = open_graph(data)?;
    graph.set_demo(true);
    let marker = data.join(MARKER);
    let fingerprint = mirror::fingerprint();
    let complete = std::fs::read_to_string(&marker).is_ok_and(|m| m.trim() == fingerprint)
        && index_dir(data).exists();
    let index = if complete {
        println!("reusing the demo data in {}", data.display());
        open_index(&graph, data)?
    } else {
        println!("building the demo: crawling tadoru's bundled mirror of government pages…");
        let listener = TcpListener::bind("127.0.0.1:0")
            .context("failed to bind a loopback port for the mirror")?;
        let mirror_addr = listener.local_addr()?;
        let server = mirror::start(listener, None)?;
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let base = format!("http://{mirror_addr}");
        let config = CrawlConfig {
            allow_hosts: vec![mirror_addr.to_string()],
            delay: Duration::ZERO,
            ..CrawlConfig::default()
        };
        let mut out = super::print_line;
        super::crawl::crawl_into(
            &graph,
            &config,
            &[format!("{base}{}", mirror::SEED_PATH)],
            &mut out,
        )
        .await?;
        let nta = mirror::file(mirror::NTA_PATH).context("the mirror has no NTA file")?;
        let imported = graph.import_nta(&nta, &format!("{base}{}", mirror::NTA_PATH))?;
        println!(
            "imported {} NTA rows ({} rejected)",
            imported.rows,
            imported.errors.len()
        );
        handle.stop(true).await;
        let index = reindex(&graph, data)?;
        std::fs::write(&marker, &fingerprint)
            .with_context(|| format!("failed to write {}", marker.display()))?;
        index
    };
    println!(
        "ready in {:.1}s: {} documents indexed. This is a DEMO reconstruction, not government text.",
        started.elapsed().as_secs_f32(),
        index.len()
    );
    println!("tadoru is serving at http://{addr}/  (Ctrl-C to stop)");
    let index = std::sync::Arc::new(tadoru_web::LiveIndex::new(index));
    // Crawls and imports started on the same data land in this server too.
    super::serve::accept_jobs(data, &graph, &index);
    let state = AppState {
        graph,
        index,
        demo: true,
        public_url,
    };
    tadoru_web::serve_on(state, listener)
        .await
        .with_context(|| format!("failed to serve on {addr}"))
}
