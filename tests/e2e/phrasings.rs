//! The gold set's invented pages (crawler/tests/gold/pages), crawled over
//! loopback into a real store and served: every rename they state links the
//! old name to the new one in `/api/v1/lookup` and in search, with the
//! party's role; every closure they state closes the entity, under any name.

use std::path::PathBuf;

use serde_json::Value;

use crate::{Mirror, enc, get, ok, serve, tadoru};

fn json(base: &str, path: &str) -> Value {
    let resp = get(&format!("{base}{path}"));
    assert_eq!(resp.status().as_u16(), 200, "GET {path}");
    serde_json::from_slice(&resp.bytes().unwrap()).unwrap()
}

fn lookup(base: &str, name: &str) -> Vec<Value> {
    json(base, &format!("/api/v1/lookup?name={}", enc(name)))["entities"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn every_gold_rename_and_closure_holds_in_the_api_and_search() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crawler/tests/gold");
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("gold.json")).unwrap()).unwrap();
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pages")).unwrap();
    let mut links = String::new();
    let mut pages = Vec::new();
    for page in gold["pages"].as_array().unwrap() {
        let file = page["file"].as_str().unwrap();
        let Some(name) = file.strip_prefix("crawler/tests/gold/pages/") else {
            continue;
        };
        std::fs::copy(
            root.join("pages").join(name),
            site.path().join("pages").join(name),
        )
        .unwrap();
        links.push_str(&format!(
            "<li><a href=\"/pages/{name}\">再生医療等に関する処分 {name}</a></li>\n"
        ));
        pages.push(page.clone());
    }
    // Three pages that make two entities one: the old name, the new name,
    // then a later notice stating the rename.
    let press = |date: &str, body: &str| {
        format!(
            "<html><head><meta charset=\"utf-8\"><title>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</title></head>\
             <body><p>（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）</p><p>{date}</p>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1><p>{body}</p></body></html>"
        )
    };
    let merge_pages = [
        (
            "m1.html",
            press(
                "令和5年2月1日",
                "「みなみ野再生クリニック」（東京都八王子市）に対し、法第22条に基づき、再生医療等の提供の一時停止を命じました。",
            ),
        ),
        (
            "m2.html",
            press(
                "令和6年2月1日",
                "「八王子セルクリニック」（東京都八王子市）に対し、法第22条に基づき、再生医療等の提供の一時停止を命じました。",
            ),
        ),
        (
            "m3.html",
            press(
                "令和6年3月1日",
                "「八王子セルクリニック」（東京都八王子市。令和5年10月1日に「みなみ野再生クリニック」から名称を変更）に対し、法第22条に基づき命令を行いました。",
            ),
        ),
    ];
    for (name, html) in &merge_pages {
        std::fs::write(site.path().join("pages").join(name), html).unwrap();
        links.push_str(&format!(
            "<li><a href=\"/pages/{name}\">再生医療等に関する処分 {name}</a></li>\n"
        ));
    }
    std::fs::write(
        site.path().join("index.html"),
        format!(
            "<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head>\
             <body><h1>処分等一覧</h1><ul>{links}</ul></body></html>"
        ),
    )
    .unwrap();
    let mirror = Mirror::start_root(site.path());
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    ok(&tadoru(&[
        "crawl",
        "--data",
        d,
        "--seed",
        &mirror.seed(),
        "--delay-ms",
        "0",
    ]));
    let base = serve(data.path());

    let mut checked = (0, 0, 0);
    for page in &pages {
        let file = page["file"].as_str().unwrap();
        for n in page["notices"].as_array().into_iter().flatten() {
            for r in n["renames"].as_array().into_iter().flatten() {
                let (old, new) = (r["old"].as_str().unwrap(), r["new"].as_str().unwrap());
                let a = lookup(&base, old);
                let b = lookup(&base, new);
                let shared: Vec<&Value> = a
                    .iter()
                    .filter(|e| b.iter().any(|x| x["id"] == e["id"]))
                    .collect();
                assert!(
                    !shared.is_empty(),
                    "{file}: {old} → {new} not linked: {a:?} / {b:?}"
                );
                // The old name's search finds the entity among the first three hits.
                let hits = json(&base, &format!("/api/v1/search?q={}&type=entity", enc(old)));
                let top: Vec<&Value> = hits["hits"].as_array().unwrap().iter().take(3).collect();
                assert!(
                    top.iter()
                        .any(|h| shared.iter().any(|e| e["id"] == h["id"])),
                    "{file}: search {old} → {top:?}"
                );
                checked.0 += 1;
            }
            for s in n["subjects"].as_array().into_iter().flatten() {
                let (name, role) = (s["name"].as_str().unwrap(), s["role"].as_str().unwrap());
                let found = lookup(&base, name);
                assert!(
                    found.iter().any(|e| e["role"] == role),
                    "{file}: {name} as {role}: {found:?}"
                );
                checked.1 += 1;
            }
            for c in n["closures"].as_array().into_iter().flatten() {
                let name = c["name"].as_str().unwrap();
                let found = lookup(&base, name);
                assert!(
                    found
                        .iter()
                        .any(|e| e["status"] == "closed" && e["role"] != "operator"),
                    "{file}: {name} not closed: {found:?}"
                );
                checked.2 += 1;
            }
        }
    }
    // A merged entity's old id answers with a 308 to the survivor, API and page.
    let all = json(&base, "/api/v1/search?type=entity&per_page=100");
    let no_redirects = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut redirects = 0;
    for hit in all["hits"].as_array().unwrap() {
        let id = hit["id"].as_str().unwrap();
        let e = json(&base, &format!("/api/v1/entities/{id}"));
        for link in e["links"].as_array().unwrap() {
            let reason = link["reason"].as_str().unwrap_or("");
            let Some(old) = reason
                .strip_prefix("merged with ")
                .and_then(|r| r.split(':').next())
            else {
                continue;
            };
            for (path, want) in [
                (
                    format!("/api/v1/entities/{old}"),
                    format!("/api/v1/entities/{id}"),
                ),
                (
                    format!("/entities/{old}?lang=en"),
                    format!("/entities/{id}?lang=en"),
                ),
            ] {
                let resp = no_redirects.get(format!("{base}{path}")).send().unwrap();
                assert_eq!(resp.status().as_u16(), 308, "GET {path}");
                assert_eq!(resp.headers()["location"].to_str().unwrap(), want);
            }
            redirects += 1;
        }
    }
    assert!(redirects > 0, "no merged entity among the gold pages");
    println!(
        "{} renames, {} parties and {} closures checked through the API",
        checked.0, checked.1, checked.2
    );
    assert!(checked.0 >= 10 && checked.2 >= 3, "{checked:?}");
}
