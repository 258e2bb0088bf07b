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
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pages")).unwrap();
    let mut links = String::new();
    let mut pages = Vec::new();
    // The invented pages of the tuning set and of the held-out sets that
    // were measured and then fixed (each set's names are its own).
    for set in ["", "heldout/", "heldout2/", "heldout3/", "heldout4/"] {
        let dir = format!("crawler/tests/gold/{set}");
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(repo.join(&dir).join("gold.json")).unwrap(),
        )
        .unwrap();
        for page in gold["pages"].as_array().unwrap() {
            let file = page["file"].as_str().unwrap();
            let Some(name) = file.strip_prefix(&format!("{dir}pages/")) else {
                continue;
            };
            std::fs::copy(repo.join(file), site.path().join("pages").join(name)).unwrap();
            links.push_str(&format!(
                "<li><a href=\"/pages/{name}\">再生医療等に関する処分 {name}</a></li>\n"
            ));
            pages.push(page.clone());
        }
    }
    links.push_str(&merge_pages(site.path()));
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
    let mut hits = Vec::new();
    for page in 1.. {
        let all = json(
            &base,
            &format!("/api/v1/search?type=entity&per_page=100&page={page}"),
        );
        let more = all["hits"].as_array().cloned().unwrap_or_default();
        if more.is_empty() || page > 20 {
            break;
        }
        hits.extend(more);
    }
    let no_redirects = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut redirects = 0;
    for hit in &hits {
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

/// Three pages that make two entities one: the old name, the new name, then
/// a later notice stating the rename.
pub fn merge_pages(dir: &std::path::Path) -> String {
    let press = |date: &str, body: &str| {
        format!(
            "<html><head><meta charset=\"utf-8\"><title>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</title></head>\
             <body><p>（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）</p><p>{date}</p>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1><p>{body}</p></body></html>"
        )
    };
    let pages = [
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
    std::fs::create_dir_all(dir.join("pages")).unwrap();
    let mut links = String::new();
    for (name, html) in &pages {
        std::fs::write(dir.join("pages").join(name), html).unwrap();
        links.push_str(&format!(
            "<li><a href=\"/pages/{name}\">再生医療等に関する処分 {name}</a></li>\n"
        ));
    }
    links
}

/// A curator's file: "not the same" undoes a merge the sources suggested,
/// "renamed" adds a dated name; both show on the entity; a broken file is a
/// usage error that changes nothing.
#[test]
fn curator_judgements_are_applied_by_rebuild() {
    let site = tempfile::tempdir().unwrap();
    let links = merge_pages(site.path());
    std::fs::write(
        site.path().join("index.html"),
        format!("<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head><body><h1>処分等一覧</h1><ul>{links}</ul></body></html>"),
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
    let (survivor, absorbed) = {
        let g = tadoru_graph::Graph::open(data.path()).unwrap();
        let e = g.lookup("八王子セルクリニック").unwrap().remove(0);
        assert_eq!(
            g.lookup("みなみ野再生クリニック").unwrap()[0].id,
            e.id,
            "the sources merge them"
        );
        (e.id.clone(), e.merged_from[0].clone())
    };
    // A broken file: exit 2, a clear message, nothing recorded.
    std::fs::write(
        data.path().join("curation.toml"),
        "[[judgement]]\nkind = \"not_same\"\na = \"みなみ野\"\nb = \"x\"\nnote = \"x\"\n",
    )
    .unwrap();
    let out = tadoru(&["rebuild", "--data", d]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("judgement 1"));
    std::fs::write(
        data.path().join("curation.toml"),
        format!(
            "[[judgement]]\nkind = \"not_same\"\na = \"{absorbed}\"\nb = \"{survivor}\"\nnote = \"別の開設者の別の医療機関（テスト）\"\n\n\
             [[judgement]]\nkind = \"renamed\"\na = \"八王子セルクリニック\"\nold = \"八王子セルクリニック\"\nnew = \"八王子再生医療クリニック\"\non = \"2026-04\"\nnote = \"テスト\"\nsource = \"javascript:alert(1)\"\n"
        ),
    )
    .unwrap();
    let out = ok(&tadoru(&["rebuild", "--data", d]));
    assert!(out.contains("applied 2 curator's judgements"), "{out}");
    let base = serve(data.path());
    let a = lookup(&base, "みなみ野再生クリニック");
    let b = lookup(&base, "八王子セルクリニック");
    assert_eq!((a.len(), b.len()), (1, 1), "{a:?} {b:?}");
    assert_ne!(
        a[0]["id"], b[0]["id"],
        "the curator's 'not the same' undoes the merge"
    );
    let mut split = [a[0]["id"].as_str().unwrap(), b[0]["id"].as_str().unwrap()];
    split.sort();
    let mut before = [survivor.as_str(), absorbed.as_str()];
    before.sort();
    assert_eq!(split, before, "both keep their ids");
    let hachioji = b[0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        lookup(&base, "八王子再生医療クリニック")[0]["id"],
        hachioji.as_str()
    );
    let e = json(&base, &format!("/api/v1/entities/{hachioji}"));
    let kinds: Vec<&str> = e["judgements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"not_same") && kinds.contains(&"renamed"),
        "{e}"
    );
    let page = get(&format!("{base}/entities/{survivor}?lang=en"))
        .text()
        .unwrap();
    assert!(
        page.contains("Curator&#39;s judgements") || page.contains("Curator's judgements"),
        "{page}"
    );
    assert!(
        !page.contains("href=\"javascript:"),
        "a curator's source is never a script link"
    );
}
