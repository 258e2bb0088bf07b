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
        // `UNROLLED=1`: the lines as the layouts read them, tables unrolled.
        if std::env::var_os("UNROLLED").is_some() {
            let lines: Vec<String> = page
                .lines
                .iter()
                .map(|l| tadoru_crawler::names::clean(l))
                .collect();
            for l in tadoru_crawler::extract::tables::unroll_tables(&lines, &page.tables) {
                println!("  > {l}");
            }
        }
        // `TOKENS=word`: the lexer's tokens of every line holding the word.
        if let Some(word) = std::env::var_os("TOKENS") {
            let word = word.to_string_lossy().to_string();
            for l in page.lines.iter().map(|l| tadoru_crawler::names::clean(l)) {
                if l.contains(&word) {
                    println!("  tokens of {l}");
                    for t in tadoru_crawler::extract::lexer::lex(&l) {
                        println!("    {:?} {}", t.tok, t.text);
                    }
                }
            }
        }
        let content = extract(&page);
        // `COMPACT=1`: one line per field, as the gold files write them.
        match (&content, std::env::var_os("COMPACT").is_some()) {
            (tadoru_crawler::PageContent::Notices(ns), true) => {
                for n in ns {
                    println!(
                        "notice {:?} part={:?} {} on={:?} articles={:?} violations={:?}",
                        n.kind, n.part, n.authority, n.issued_on, n.articles, n.violations
                    );
                    println!("  plans {:?}", n.plans);
                    for s in &n.subjects {
                        println!(
                            "  subject {} [{:?}] place={:?} addr={:?} op={:?} no={:?} plans={:?}",
                            s.name,
                            s.role,
                            s.place,
                            s.address,
                            s.operator,
                            s.facility_number,
                            s.plans
                        );
                    }
                    for p in &n.persons {
                        println!("  person {} {} of {}", p.name, p.title, p.of);
                    }
                    for r in &n.renames {
                        println!(
                            "  rename {} → {} @{:?}",
                            r.old,
                            r.new,
                            r.on.map(|d| d.to_string())
                        );
                    }
                    for c in &n.closures {
                        println!("  closure {} @{:?}", c.name, c.on.map(|d| d.to_string()));
                    }
                }
            }
            _ => println!("{content:#?}"),
        }
    }
}
