//! `tadoru mirror` (hidden): serve only the bundled mirror — or, with
//! `--root DIR`, a directory of pages — for tests and for trying `tadoru
//! crawl` by hand.

use std::net::TcpListener;

use anyhow::Context;

use super::UsageError;
use crate::mirror;

pub async fn run(addr: &str, root: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let listener =
        TcpListener::bind(addr).map_err(|e| UsageError(format!("cannot bind {addr}: {e}")))?;
    let local = listener.local_addr()?;
    println!("mirror serving at http://{local}/");
    if let Some(root) = &root
        && !root.is_dir()
    {
        return Err(UsageError(format!("{} is not a directory", root.display())).into());
    }
    mirror::start(listener, root)?
        .await
        .context("mirror server failed")
}
