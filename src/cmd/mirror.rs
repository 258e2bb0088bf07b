//! `tadoru mirror` (hidden): serve only the bundled mirror, for tests and for
//! trying `tadoru crawl` by hand.

use std::net::TcpListener;

use anyhow::Context;

use super::UsageError;
use crate::mirror;

pub async fn run(addr: &str) -> anyhow::Result<()> {
    let listener =
        TcpListener::bind(addr).map_err(|e| UsageError(format!("cannot bind {addr}: {e}")))?;
    let local = listener.local_addr()?;
    println!("mirror serving at http://{local}/");
    mirror::start(listener)?
        .await
        .context("mirror server failed")
}
