//! Times the sled half of `tadoru rebuild` alone (no search index):
//! `cargo run --release -p tadoru-graph --example replay -- DATA`
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: replay DATA")?;
    let start = std::time::Instant::now();
    let (graph, n, kept) = tadoru_graph::Graph::open_rebuilt(std::path::Path::new(&dir))?;
    println!(
        "replayed {n} statements in {:.2} s (old copy kept: {kept:?}); applied seq {}",
        start.elapsed().as_secs_f64(),
        graph.applied_seq()?
    );
    Ok(())
}
