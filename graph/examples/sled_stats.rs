//! Live bytes per sled tree: `cargo run --release -p tadoru-graph --example sled_stats -- DATA/sled`
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: sled_stats DATA/sled")?;
    let db = sled::Config::new().path(path).open()?;
    let (mut tk, mut tv, mut tn) = (0usize, 0usize, 0usize);
    for name in db.tree_names() {
        let tree = db.open_tree(&name)?;
        let (mut k, mut v, mut n) = (0usize, 0usize, 0usize);
        let mut sample = None;
        for item in tree.iter() {
            let (key, val) = item?;
            k += key.len();
            v += val.len();
            n += 1;
            if sample.is_none() && n == 50 {
                sample = Some((
                    String::from_utf8_lossy(&key).into_owned(),
                    String::from_utf8_lossy(&val[..val.len().min(300)]).into_owned(),
                ));
            }
        }
        tk += k;
        tv += v;
        tn += n;
        println!(
            "{:<20} {:>9} items {:>8.1} MiB keys {:>8.1} MiB values",
            String::from_utf8_lossy(&name),
            n,
            k as f64 / 1048576.0,
            v as f64 / 1048576.0
        );
        if let Some((sk, sv)) = sample {
            println!("    e.g. {sk:?} => {sv:?}");
        }
    }
    println!(
        "total {tn} items, {:.1} MiB keys, {:.1} MiB values; size_on_disk {:.1} MiB",
        tk as f64 / 1048576.0,
        tv as f64 / 1048576.0,
        db.size_on_disk()? as f64 / 1048576.0
    );
    Ok(())
}
