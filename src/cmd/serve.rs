//! `tadoru serve`: the site and JSON API over data crawled before. It also
//! listens on the admin socket (`admin.rs`), so crawls and imports started
//! from the command line land while it serves, and it can re-crawl on a
//! schedule (`--recrawl 6h`). The site answers throughout.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tadoru_web::{AppState, LiveIndex};

use super::admin::{Jobs, Request};
use super::crawl::CrawlArgs;
use super::{UsageError, has_demo_data, open_graph, open_index};

/// Reads `6h`, `30m`, `45s`, `1d` (a bare number is hours) for the flag `flag`.
pub fn parse_span(flag: &str, s: &str) -> anyhow::Result<Duration> {
    let s = s.trim();
    let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = n.parse().map_err(|_| {
        UsageError(format!(
            "{flag} wants a number and a unit (6h, 30m, 1d), not {s:?}"
        ))
    })?;
    let secs = match unit {
        "s" => Some(n),
        "m" => n.checked_mul(60),
        "h" | "" => n.checked_mul(3600),
        "d" => n.checked_mul(86_400),
        _ => {
            return Err(
                UsageError(format!("{flag} unit must be s, m, h or d, not {unit:?}")).into(),
            );
        }
    };
    let secs = secs.ok_or_else(|| UsageError(format!("{flag} {s:?} is too long")))?;
    Ok(Duration::from_secs(secs))
}

/// Reads `--recrawl`: a span of at least a minute.
pub fn parse_every(s: &str) -> anyhow::Result<Duration> {
    let every = parse_span("--recrawl", s)?;
    if every < Duration::from_secs(60) {
        return Err(UsageError(
            "--recrawl must be at least a minute: the sources deserve politeness".into(),
        )
        .into());
    }
    Ok(every)
}

/// Listens on the admin socket of `data`, so that `tadoru crawl` and
/// `tadoru import` on the same data hand their work to this process.
pub fn accept_jobs(data: &Path, graph: &Arc<tadoru_graph::Graph>, index: &Arc<LiveIndex>) -> Jobs {
    let jobs = Jobs {
        data: data.to_path_buf(),
        graph: graph.clone(),
        index: index.clone(),
        lock: Default::default(),
    };
    let admin = jobs.clone();
    actix_web::rt::spawn(async move {
        if let Err(e) = super::admin::listen(admin).await {
            tracing::error!(error = %e, "admin socket stopped: crawls and imports cannot reach this server");
        }
    });
    jobs
}

pub async fn run(
    data: &Path,
    addr: &str,
    recrawl: Option<Duration>,
    public_url: Option<String>,
    crawl: CrawlArgs,
) -> anyhow::Result<()> {
    let listener = super::listen(addr)?;
    let graph = open_graph(data)?;
    let index = Arc::new(LiveIndex::new(open_index(&graph, data)?));
    let demo = has_demo_data(&graph)?;
    let jobs = accept_jobs(data, &graph, &index);
    if let Some(every) = recrawl {
        crawl.config()?;
        let scheduled = jobs.clone();
        actix_web::rt::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let mut out = |line: &str| tracing::info!(report = line, "scheduled re-crawl");
                if let Err(e) = scheduled
                    .run(&Request::Crawl(crawl.clone()), &mut out)
                    .await
                {
                    tracing::error!(error = %e, "scheduled re-crawl failed");
                }
            }
        });
        println!("re-crawling every {} s", every.as_secs());
    }
    println!("tadoru is serving {} at http://{addr}/", data.display());
    let state = AppState {
        graph,
        index,
        demo,
        public_url,
    };
    tadoru_web::serve_on(state, listener)
        .await
        .with_context(|| format!("failed to serve on {addr}"))
}
