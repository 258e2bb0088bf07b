//! One party printed in several spellings on several pages is one entity:
//! the identity groups of the tenth held-out set (written blind; its README
//! lists what a registry should link), crawled over loopback into a real
//! store. Each spelling's lookup must answer with the same entity of the
//! group's role — variant kanji (髙/高, 﨑/崎), ヶ/ケ/が, ・, width, a space
//! after the legal form, 株式会社/㈱/(株), a legal form before the name or not.

use std::path::PathBuf;

use serde_json::Value;

use crate::{Mirror, enc, get, ok, serve, tadoru};

/// (role, spellings that must be one entity)
const GROUPS: &[(&str, &[&str])] = &[
    (
        "operator",
        &[
            "医療法人社団髙嶺会",
            "医療法人社団 高嶺会",
            "医療法人社団　髙嶺会",
        ],
    ),
    (
        "clinic",
        &[
            "髙嶺ヶ丘スキンクリニック",
            "高嶺ケ丘スキンクリニック",
            "目黒髙嶺再生クリニック",
        ],
    ),
    (
        "operator",
        &[
            "株式会社芝浦セルプロセス",
            "株式会社 芝浦セルプロセス",
            "㈱芝浦セルプロセス",
        ],
    ),
    (
        "clinic",
        &["しらさぎヶ丘整形クリニック", "しらさぎが丘整形クリニック"],
    ),
    (
        "cell_processing_facility",
        &[
            "あさひかわ北斗病院",
            "社会医療法人樹光会 あさひかわ北斗病院",
        ],
    ),
    (
        "operator",
        &["株式会社とうかいセルワークス", "(株)とうかいセルワークス"],
    ),
    (
        "clinic",
        &["ＬＵＭＩＡ ＣＬＩＮＩＣ 梅田", "LUMIA CLINIC 梅田"],
    ),
    (
        "operator",
        &["一般社団法人 ルミア会", "一般社団法人ルミア会"],
    ),
];

#[test]
fn one_party_in_many_spellings_across_pages_is_one_entity() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pages = repo.join("crawler/tests/gold/heldout10/pages");
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pages")).unwrap();
    let mut links = String::new();
    for entry in std::fs::read_dir(&pages).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        std::fs::copy(&path, site.path().join("pages").join(&name)).unwrap();
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
    let mut failures = Vec::new();
    for (role, spellings) in GROUPS {
        let ids: Vec<Option<String>> = spellings
            .iter()
            .map(|name| {
                let resp = get(&format!("{base}/api/v1/lookup?name={}", enc(name)));
                let v: Value = serde_json::from_slice(&resp.bytes().unwrap()).unwrap();
                v["entities"].as_array().and_then(|es| {
                    es.iter()
                        .find(|e| e["role"] == *role)
                        .and_then(|e| e["id"].as_str().map(str::to_string))
                })
            })
            .collect();
        if ids.iter().any(Option::is_none) || ids.windows(2).any(|w| w[0] != w[1]) {
            failures.push(format!("{role} {spellings:?}: {ids:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "not one entity:\n{}",
        failures.join("\n")
    );
}
