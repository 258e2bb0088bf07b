//! `tadoru crawl`: crawl seeds (the real MHLW seeds when none are given), keep
//! every response as evidence, record the notices, and rebuild the index.

use std::path::Path;
use std::time::Duration;

use tadoru_crawler::crawl::{CrawlConfig, CrawlReport, crawl};
use tadoru_graph::Graph;

use super::{GraphSink, UsageError, open_graph, reindex};

/// Where the real sources start (SOURCES.md §2): MHLW's press-release index,
/// which links the monthly listings, and regional-bureau notice pages.
pub const REAL_SEEDS: &[&str] = &[
    "https://www.mhlw.go.jp/stf/houdou/index.html",
    "https://kouseikyoku.mhlw.go.jp/kantoshinetsu/iji/saiseiiryou_0001.html",
    "https://kouseikyoku.mhlw.go.jp/kyushu/iji/saiseiiryou/newpage_00730.html",
];
pub const REAL_HOSTS: &[&str] = &["www.mhlw.go.jp", "kouseikyoku.mhlw.go.jp"];

pub async fn run(
    data: &Path,
    seeds: Vec<String>,
    allow_hosts: Vec<String>,
    delay_ms: Option<u64>,
    max_pages: Option<usize>,
) -> anyhow::Result<()> {
    let (seeds, mut hosts) = if seeds.is_empty() {
        (
            REAL_SEEDS.iter().map(|s| s.to_string()).collect(),
            REAL_HOSTS.iter().map(|s| s.to_string()).collect(),
        )
    } else {
        (seeds, Vec::new())
    };
    hosts.extend(allow_hosts);
    let mut config = CrawlConfig {
        allow_hosts: hosts,
        ..CrawlConfig::default()
    };
    if let Some(ms) = delay_ms {
        config.delay = Duration::from_millis(ms);
    }
    if let Some(n) = max_pages {
        if n == 0 {
            return Err(UsageError("--max-pages must be at least 1".into()).into());
        }
        config.max_pages = n;
    }
    let graph = open_graph(data)?;
    let report = crawl_into(&graph, &config, &seeds).await?;
    print_report(&report);
    let index = reindex(&graph, data)?;
    println!(
        "indexed {} documents in {}",
        index.len(),
        super::index_dir(data).display()
    );
    Ok(())
}

/// Crawls into the graph; bad seeds are the user's error.
pub async fn crawl_into(
    graph: &Graph,
    config: &CrawlConfig,
    seeds: &[String],
) -> anyhow::Result<CrawlReport> {
    let mut sink = GraphSink::new(graph);
    let report = crawl(config, seeds, &mut sink).await.map_err(|e| match e {
        tadoru_crawler::crawl::CrawlError::BadSeed { .. } => {
            anyhow::Error::new(UsageError(e.to_string()))
        }
        other => anyhow::Error::new(other),
    })?;
    if sink.pages > 0 && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        eprintln!();
    }
    println!(
        "new documents recorded: {}, new notice statements: {}, newly gone: {}",
        sink.new_documents, sink.new_notices, sink.new_gone
    );
    Ok(report)
}

pub fn print_report(r: &CrawlReport) {
    println!(
        "fetched {} pages: {} notices, {} listings, {} other, {} gone, {} not modified (304), {} skipped by robots.txt",
        r.fetched, r.notices, r.listings, r.other, r.gone, r.not_modified, r.skipped_by_robots
    );
    if r.retried > 0 {
        println!(
            "{} requests asked again after a 429/503 Retry-After",
            r.retried
        );
    }
    for h in &r.skipped_hosts {
        println!(
            "host {} skipped for the rest of this crawl: http status {} asked to wait {} s, above the cap of {} s; url(s) not fetched: {}",
            h.host,
            h.status,
            h.asked.as_secs(),
            h.cap.as_secs(),
            h.urls_left
        );
    }
    for (url, err) in &r.errors {
        eprintln!("warning: {url}: {err}");
    }
}
