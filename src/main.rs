//! `tadoru`: crawl, import, index and serve the regenerative-medicine
//! enforcement registry. This file only parses arguments and maps errors to
//! exit codes (2 for bad input, 1 for anything else); each subcommand lives in
//! `cmd/`.

mod cmd;
mod mirror;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "tadoru",
    version,
    about = "Public transparency registry of enforcement against Japan's regenerative-medicine clinics and cell-processing facilities"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Crawl the bundled mirror of government pages, then serve the result.
    Demo {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        #[arg(long, default_value = "tadoru-data")]
        data: PathBuf,
        /// The site's public address (`https://tadoru.example`) for
        /// permalinks, citations and feeds; by default taken from each
        /// request's Host header.
        #[arg(long)]
        public_url: Option<String>,
    },
    /// Crawl notice pages from seeds (the real MHLW seeds when none are given).
    Crawl {
        #[arg(long)]
        data: PathBuf,
        #[arg(long = "seed")]
        seeds: Vec<String>,
        #[arg(long = "allow-host")]
        allow_hosts: Vec<String>,
        /// Least time between two requests to one host, in milliseconds.
        #[arg(long)]
        delay_ms: Option<u64>,
        #[arg(long)]
        max_pages: Option<usize>,
        /// Leave pages that answered within this span alone (`1d`, `12h`,
        /// `0` asks every page): their listings are still read, so new and
        /// withdrawn notices are seen. Default: 1d.
        #[arg(long)]
        revisit_after: Option<String>,
    },
    /// Import data files.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Serve the site and JSON API over existing data. While it serves,
    /// `tadoru crawl` and `tadoru import` on the same --data hand their work
    /// to it; `--recrawl 6h` keeps the registry current by itself.
    Serve {
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Re-crawl every so often (`6h`, `30m`, `1d`); off by default.
        #[arg(long)]
        recrawl: Option<String>,
        /// The site's public address (`https://tadoru.example`) for
        /// permalinks, citations and feeds; by default taken from each
        /// request's Host header.
        #[arg(long)]
        public_url: Option<String>,
        /// Seeds of the scheduled re-crawl (the real MHLW seeds when none are given).
        #[arg(long = "seed")]
        seeds: Vec<String>,
        #[arg(long = "allow-host")]
        allow_hosts: Vec<String>,
        #[arg(long)]
        delay_ms: Option<u64>,
    },
    /// Search from the command line.
    Search {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        json: bool,
        query: Vec<String>,
    },
    /// Export the registry.
    Export {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        format: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Regenerate the sled graph and the search index from evidence and the statement log.
    Rebuild {
        #[arg(long)]
        data: PathBuf,
    },
    /// Check evidence hashes, log frames, sled and the index against each other.
    Verify {
        #[arg(long)]
        data: PathBuf,
        /// Print every statement's content hash instead (seq, sha256, type).
        #[arg(long)]
        hashes: bool,
    },
    /// Serve only the bundled mirror (for tests and for trying the crawler).
    #[command(hide = true)]
    Mirror {
        #[arg(long, default_value = "127.0.0.1:0")]
        addr: String,
        /// Serve the files of this directory instead of the bundled mirror
        /// (test pages shaped like the real sites).
        #[arg(long)]
        root: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// An NTA corporate-number CSV (UTF-8 or Shift_JIS).
    Nta {
        #[arg(long)]
        data: PathBuf,
        file: PathBuf,
    },
}

/// sled copies a node on every write; glibc malloc spent a quarter of an
/// import or rebuild in its own bookkeeping (BENCHMARKS.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    quiet_pdf_panics();
    let result = actix_web::rt::System::new().block_on(run(cli));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            if e.downcast_ref::<cmd::UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// The PDF crate's panics are expected (it is run under `catch_unwind`, and
/// its reason recorded with the attachment): logged at debug level instead
/// of printed as if tadoru had crashed. Every other panic prints as before.
fn quiet_pdf_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let on_pdf_thread =
            std::thread::current().name() == Some(tadoru_crawler::pdf::PDF_THREAD_NAME);
        if on_pdf_thread {
            tracing::debug!(panic = %info, "pdf-extract panicked; the attachment records why");
        } else {
            default(info);
        }
    }));
}

/// `--public-url`, checked: a usage error (exit 2) when it is no http(s) address.
fn public_url_arg(arg: Option<String>) -> anyhow::Result<Option<String>> {
    arg.map(|u| {
        tadoru_web::permalink::parse_public_url(&u)
            .map_err(|e| anyhow::Error::from(cmd::UsageError(format!("--public-url: {e}"))))
    })
    .transpose()
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Demo {
            addr,
            data,
            public_url,
        } => cmd::demo::run(&addr, &data, public_url_arg(public_url)?).await,
        Command::Crawl {
            data,
            seeds,
            allow_hosts,
            delay_ms,
            max_pages,
            revisit_after,
        } => {
            let revisit_after_s = revisit_after
                .map(|s| cmd::serve::parse_span("--revisit-after", &s))
                .transpose()?
                .map(|d| d.as_secs());
            let args = cmd::crawl::CrawlArgs {
                seeds,
                allow_hosts,
                delay_ms,
                max_pages,
                revisit_after_s,
            };
            cmd::crawl::run(&data, args).await
        }
        Command::Import {
            what: ImportCommand::Nta { data, file },
        } => cmd::import::run(&data, &file).await,
        Command::Serve {
            data,
            addr,
            recrawl,
            public_url,
            seeds,
            allow_hosts,
            delay_ms,
        } => {
            let recrawl = recrawl
                .as_deref()
                .map(cmd::serve::parse_every)
                .transpose()?;
            let args = cmd::crawl::CrawlArgs {
                seeds,
                allow_hosts,
                delay_ms,
                max_pages: None,
                revisit_after_s: None,
            };
            let public_url = public_url_arg(public_url)?;
            cmd::serve::run(&data, &addr, recrawl, public_url, args).await
        }
        Command::Search { data, json, query } => cmd::search::run(&data, json, &query.join(" ")),
        Command::Export { data, format, out } => cmd::export::run(&data, &format, &out).await,
        Command::Rebuild { data } => cmd::rebuild::run(&data),
        Command::Verify { data, hashes } => cmd::verify::run(&data, hashes),
        Command::Mirror { addr, root } => cmd::mirror::run(&addr, root).await,
    }
}
