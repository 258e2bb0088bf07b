//! Relevance on the judged query set (`tests/relevance/queries.json`, 212
//! queries written by someone who had not read the search code): the bundled
//! mirror plus every gold and held-out page is crawled into one store, each
//! query goes through the JSON API, and MRR and nDCG@10 are printed per
//! category. The test fails if either falls below the figures recorded here.
//! `bench/relevance.sh` runs it and prints the table.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::Value;

use super::{Mirror, crawl_mirror, enc, get, ok, serve, tadoru};

/// Recorded on the set's first full run; raise them as search improves.
const MRR_FLOOR: f64 = 0.82;
const NDCG_FLOOR: f64 = 0.80;

fn key(name: &str) -> String {
    tadoru_crawler::names::name_key(name)
}

/// The keys a stored name answers to: whole, and without its operator
/// (`医療法人社団慈涌会 アクティクリニック` is the judged `アクティクリニック`).
fn keys(name: &str) -> [String; 2] {
    [
        key(name),
        key(&tadoru_crawler::names::split_operator(name).1),
    ]
}

struct Judge {
    base: String,
    /// Entity id → name keys of every name it had.
    entities: HashMap<String, Vec<String>>,
    /// Notice id → URLs of its documents.
    notices: HashMap<String, Vec<String>>,
}

impl Judge {
    fn json(&self, path: &str) -> Value {
        let resp = get(&format!("{}{path}", self.base));
        assert_eq!(resp.status().as_u16(), 200, "GET {path}");
        serde_json::from_slice(&resp.bytes().unwrap()).unwrap()
    }

    /// The grade of a hit for a query's answers (0 when not judged).
    fn grade(&mut self, hit: &Value, expect: &[Value]) -> u32 {
        let id = hit["id"].as_str().unwrap().to_string();
        let is_entity = hit["type"] == "entity";
        if is_entity && !self.entities.contains_key(&id) {
            let e = self.json(&format!("/api/v1/entities/{id}"));
            let mut keys: Vec<String> = Vec::new();
            keys.retain(|k| !k.is_empty());
            for n in e["names"].as_array().into_iter().flatten() {
                keys.extend(self::keys(n["name"].as_str().unwrap_or("")));
                for v in n["variants"].as_array().into_iter().flatten() {
                    keys.extend(self::keys(v.as_str().unwrap_or("")));
                }
            }
            self.entities.insert(id.clone(), keys);
        }
        if !is_entity && !self.notices.contains_key(&id) {
            let n = self.json(&format!("/api/v1/notices/{id}"));
            let urls = n["documents"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|d| d["url"].as_str().map(str::to_string))
                .collect();
            self.notices.insert(id.clone(), urls);
        }
        let mut best = 0;
        for a in expect {
            let g = a["grade"].as_u64().unwrap_or(0) as u32;
            let hit_matches = match (a["type"].as_str(), is_entity) {
                (Some("entity"), true) => {
                    let want = key(a["name"].as_str().unwrap());
                    self.entities[&id].contains(&want)
                }
                (Some("notice"), false) => {
                    let page = a["page"].as_str().unwrap();
                    self.notices[&id]
                        .iter()
                        .any(|u| u.ends_with(&format!("/{page}")))
                }
                _ => false,
            };
            if hit_matches {
                best = best.max(g);
            }
        }
        best
    }
}

fn dcg(gains: &[u32]) -> f64 {
    gains
        .iter()
        .enumerate()
        .map(|(i, &g)| (2f64.powi(g as i32) - 1.0) / ((i + 2) as f64).log2())
        .sum()
}

#[test]
fn judged_queries_rank_their_answers() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let set: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/relevance/queries.json")).unwrap(),
    )
    .unwrap();
    // The corpus: the mirror, then every gold and held-out page.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let mirror = Mirror::start();
        crawl_mirror(&mirror, &data);
    }
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pages")).unwrap();
    let mut links = String::new();
    for sub in ["", "heldout", "heldout2", "heldout3"] {
        let pages = root.join("crawler/tests/gold").join(sub).join("pages");
        for entry in std::fs::read_dir(&pages).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            std::fs::copy(&path, site.join("pages").join(&name)).unwrap();
            links.push_str(&format!(
                "<li><a href=\"/pages/{name}\">再生医療等に関する処分 {name}</a></li>\n"
            ));
        }
    }
    std::fs::write(
        site.join("index.html"),
        format!(
            "<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head>\
             <body><h1>処分等一覧</h1><ul>{links}</ul></body></html>"
        ),
    )
    .unwrap();
    {
        let gold = Mirror::start_root(&site);
        ok(&tadoru(&[
            "crawl",
            "--data",
            data.to_str().unwrap(),
            "--seed",
            &gold.seed(),
            "--delay-ms",
            "0",
        ]));
    }
    let mut judge = Judge {
        base: serve(&data),
        entities: HashMap::new(),
        notices: HashMap::new(),
    };

    // category → (sum of reciprocal ranks, sum of nDCG, count)
    let mut by_category: HashMap<String, (f64, f64, usize)> = HashMap::new();
    let mut misses: Vec<String> = Vec::new();
    for q in set["queries"].as_array().unwrap() {
        let text = q["q"].as_str().unwrap();
        let expect = q["expect"].as_array().unwrap();
        let v = judge.json(&format!("/api/v1/search?q={}&per_page=10", enc(text)));
        let hits = v["hits"].as_array().unwrap().clone();
        let gains: Vec<u32> = hits.iter().map(|h| judge.grade(h, expect)).collect();
        let rr = gains
            .iter()
            .position(|&g| g == 3)
            .map_or(0.0, |i| 1.0 / (i + 1) as f64);
        let mut ideal: Vec<u32> = expect
            .iter()
            .map(|a| a["grade"].as_u64().unwrap_or(0) as u32)
            .collect();
        ideal.sort_by(|a, b| b.cmp(a));
        ideal.truncate(10);
        let ndcg = dcg(&gains) / dcg(&ideal).max(f64::MIN_POSITIVE);
        if rr < 1.0 / 3.0 {
            misses.push(format!(
                "  {:<12} {text:?}: first answer {} (nDCG {ndcg:.2})",
                q["category"].as_str().unwrap_or(""),
                if rr == 0.0 {
                    "not in top 10".to_string()
                } else {
                    format!("at {}", (1.0 / rr).round())
                }
            ));
        }
        let c = by_category
            .entry(q["category"].as_str().unwrap_or("?").to_string())
            .or_default();
        c.0 += rr;
        c.1 += ndcg;
        c.2 += 1;
    }
    let mut cats: Vec<_> = by_category.iter().collect();
    cats.sort_by(|a, b| a.0.cmp(b.0));
    let (mut rr_all, mut ndcg_all, mut n_all) = (0.0, 0.0, 0);
    println!("\ncategory       queries    MRR  nDCG@10");
    for (cat, (rr, ndcg, n)) in cats {
        println!(
            "{cat:<14} {n:>7} {:>6.3} {:>8.3}",
            rr / *n as f64,
            ndcg / *n as f64
        );
        rr_all += rr;
        ndcg_all += ndcg;
        n_all += n;
    }
    let (mrr, ndcg) = (rr_all / n_all as f64, ndcg_all / n_all as f64);
    println!("{:<14} {n_all:>7} {mrr:>6.3} {ndcg:>8.3}", "all");
    println!(
        "\nqueries whose first grade-3 answer is below rank 3 ({}):",
        misses.len()
    );
    for m in &misses {
        println!("{m}");
    }
    assert!(mrr >= MRR_FLOOR, "MRR {mrr:.3} below {MRR_FLOOR}");
    assert!(ndcg >= NDCG_FLOOR, "nDCG@10 {ndcg:.3} below {NDCG_FLOOR}");
}

/// The queries a first tester tried on the demo, each answered in the top 3
/// (an entity whose name, or a notice whose parties, contain the answer).
#[test]
fn first_testers_queries_find_their_answer_in_the_top_3() {
    let cases: &[(&str, &str)] = &[
        ("コージンバイオ埼玉細胞加工センター", "埼玉細胞加工センター"),
        ("Fukuoka", "福岡MSC医療クリニック"),
        ("Tokyo", "東京サイエンスクリニック"),
        ("Saitama", "埼玉"),
        ("Chuo", "クリニック"),
        ("Toshima", "池袋クリニック"),
        ("Ikebukuro", "池袋クリニック"),
        ("Tokorozawa", "埼玉メディカルクリニック"),
        ("improvement order Fukuoka", "福岡MSC医療クリニック"),
        ("emergency order Tokyo 2025", "東京サイエンスクリニック"),
        ("improvement order 中央区", "THE K CLINIC"),
        ("Science Clinic", "東京サイエンスクリニック"),
        ("Ginza", "銀座"),
        ("cord blood", "クリニック"),
        ("いけぶくろ", "池袋クリニック"),
        ("ザ・ケイ・クリニック", "THE K CLINIC"),
        ("(医)輝鳳会", "輝鳳会"),
        ("コージンバイオー", "コージンバイオ"),
        ("kojn bio", "コージンバイオ"),
        ("こうじんばいお", "コージンバイオ"),
    ];
    let mut failed = Vec::new();
    for (q, want) in cases {
        let v = super::search(q, "&per_page=3");
        let found = v["hits"].as_array().unwrap().iter().any(|h| {
            h["title"].as_str().unwrap_or("").contains(want)
                || h["parties"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|p| p.as_str().unwrap_or("").contains(want))
        });
        if !found {
            failed.push(format!("{q:?} → {want}: {}", v["hits"]));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    // A typo gets names to try, and an empty result says it does not mean safe.
    let v = super::search("kojn bio", "");
    assert!(v["approximate"] == true || !v["suggestions"].as_array().unwrap().is_empty());
    let v = super::search("zzzzqqqq", "");
    assert_eq!(v["total"], 0);
    let resp = get(&format!("{}/search?q=zzzzqqqq&lang=en", super::site().base));
    assert!(resp.text().unwrap().contains("does not mean safe"));
}
