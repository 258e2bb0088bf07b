//! `tadoru crawl`: crawl seeds (the real MHLW seeds when none are given), keep
//! every response as evidence, record the notices, and rebuild the index.

use std::path::Path;
use std::time::Duration;

use tadoru_crawler::crawl::{CrawlConfig, CrawlReport, crawl};
use tadoru_graph::Graph;

use super::{GraphSink, UsageError, open_graph, update_index};

/// Where the real sources start (SOURCES.md §2): MHLW's press-release index,
/// which links the monthly listings, and regional-bureau notice pages.
pub const REAL_SEEDS: &[&str] = &[
    "https://www.mhlw.go.jp/stf/houdou/index.html",
    "https://kouseikyoku.mhlw.go.jp/kantoshinetsu/iji/saiseiiryou_0001.html",
    "https://kouseikyoku.mhlw.go.jp/kyushu/iji/saiseiiryou/newpage_00730.html",
];
pub const REAL_HOSTS: &[&str] = &["www.mhlw.go.jp", "kouseikyoku.mhlw.go.jp"];

/// What to crawl, as the command line or an admin request gives it.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct CrawlArgs {
    pub seeds: Vec<String>,
    pub allow_hosts: Vec<String>,
    pub delay_ms: Option<u64>,
    pub max_pages: Option<usize>,
    /// `--revisit-after` in seconds; [`DEFAULT_REVISIT_AFTER`] when absent.
    #[serde(default)]
    pub revisit_after_s: Option<u64>,
}

/// How long a notice page that answered is left alone by later crawls
/// (its listing is still read each time): a day.
pub const DEFAULT_REVISIT_AFTER: Duration = Duration::from_secs(86_400);

impl CrawlArgs {
    /// The crawl configuration and seeds (the real MHLW seeds when none are given).
    pub fn config(&self) -> anyhow::Result<(CrawlConfig, Vec<String>)> {
        let (seeds, mut hosts) = if self.seeds.is_empty() {
            (
                REAL_SEEDS.iter().map(|s| s.to_string()).collect(),
                REAL_HOSTS.iter().map(|s| s.to_string()).collect(),
            )
        } else {
            (self.seeds.clone(), Vec::new())
        };
        hosts.extend(self.allow_hosts.iter().cloned());
        let mut config = CrawlConfig {
            allow_hosts: hosts,
            revisit_after: self
                .revisit_after_s
                .map_or(DEFAULT_REVISIT_AFTER, Duration::from_secs),
            ..CrawlConfig::default()
        };
        if let Some(ms) = self.delay_ms {
            config.delay = Duration::from_millis(ms);
        }
        if let Some(n) = self.max_pages {
            if n == 0 {
                return Err(UsageError("--max-pages must be at least 1".into()).into());
            }
            config.max_pages = n;
        }
        Ok((config, seeds))
    }
}

pub async fn run(data: &Path, args: CrawlArgs) -> anyhow::Result<()> {
    // A running `tadoru serve` on this data takes the crawl over.
    if let Some(result) =
        super::admin::forward(data, &super::admin::Request::Crawl(args.clone())).await
    {
        return result;
    }
    let (config, seeds) = args.config()?;
    let graph = open_graph(data)?;
    let mut out = super::print_line;
    crawl_into(&graph, &config, &seeds, &mut out).await?;
    let index = update_index(&graph, data)?;
    println!(
        "indexed {} documents in {}",
        index.len(),
        super::index_dir(data).display()
    );
    Ok(())
}

/// Crawls into the graph and reports what it did through `out`; bad seeds
/// are the user's error.
pub async fn crawl_into(
    graph: &Graph,
    config: &CrawlConfig,
    seeds: &[String],
    out: &mut dyn FnMut(&str),
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
    out(&format!(
        "new documents recorded: {}, new notice statements: {}, newly gone: {}",
        sink.new_documents, sink.new_notices, sink.new_gone
    ));
    for line in report_lines(&report) {
        out(&line);
    }
    Ok(report)
}

/// What a crawl did, line by line (warnings start with `warning:`).
pub fn report_lines(r: &CrawlReport) -> Vec<String> {
    let mut lines = vec![format!(
        "fetched {} pages: {} notices, {} listings, {} other, {} gone, {} not modified (304), {} skipped by robots.txt",
        r.fetched, r.notices, r.listings, r.other, r.gone, r.not_modified, r.skipped_by_robots
    )];
    if r.not_revisited > 0 {
        lines.push(format!(
            "{} pages checked recently were not asked again (--revisit-after)",
            r.not_revisited
        ));
    }
    if r.retried > 0 {
        lines.push(format!(
            "{} requests asked again after a 429/503 Retry-After",
            r.retried
        ));
    }
    for h in &r.skipped_hosts {
        lines.push(format!(
            "host {} skipped for the rest of this crawl: http status {} asked to wait {} s, above the cap of {} s; url(s) not fetched: {}",
            h.host,
            h.status,
            h.asked.as_secs(),
            h.cap.as_secs(),
            h.urls_left
        ));
    }
    if r.attachments_read > 0 || !r.bad_attachments.is_empty() {
        lines.push(format!(
            "attachments of notices: {} read, {} kept without text or not fetched",
            r.attachments_read,
            r.bad_attachments.len()
        ));
    }
    for (url, err) in &r.errors {
        lines.push(format!("warning: {url}: {err}"));
    }
    for (url, reason) in &r.bad_attachments {
        lines.push(format!("warning: attachment {url}: {reason}"));
    }
    lines
}
