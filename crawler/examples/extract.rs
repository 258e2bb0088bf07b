//! Prints what the extractor reads from one saved page: its lines, then the
//! notices (`cargo run -p tadoru-crawler --example extract -- PAGE.html`).
//! A tool for reading a miss of the gold sets, not part of the crawler.

use tadoru_crawler::decode::decode;
use tadoru_crawler::extract::extract;
use tadoru_crawler::html::page_text;

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("cannot read {path}");
            continue;
        };
        let html = decode(&bytes, Some("text/html")).text;
        let Ok(page) = page_text(&html) else {
            eprintln!("cannot parse {path}");
            continue;
        };
        println!("== {path}");
        if std::env::var_os("LINES").is_some() {
            for l in &page.lines {
                println!("  | {l}");
            }
            for t in &page.tables {
                println!("  table: {t:?}");
            }
        }
        println!("{:#?}", extract(&page));
    }
}
