//! `tadoru serve`: the site and JSON API over data crawled before.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use tadoru_web::AppState;

use super::{has_demo_data, open_graph, open_index};

pub async fn run(data: &Path, addr: &str) -> anyhow::Result<()> {
    let listener = super::listen(addr)?;
    let graph = open_graph(data)?;
    let index = open_index(&graph, data)?;
    let demo = has_demo_data(&graph)?;
    println!("tadoru is serving {} at http://{addr}/", data.display());
    let state = AppState {
        graph,
        index: Arc::new(index),
        demo,
    };
    tadoru_web::serve_on(state, listener)
        .await
        .with_context(|| format!("failed to serve on {addr}"))
}
