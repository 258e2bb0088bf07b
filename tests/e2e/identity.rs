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

/// Crawls the pages of a gold set over loopback into a fresh store and serves it.
fn crawl_set(set: &str) -> (String, tempfile::TempDir) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pages = repo.join("crawler/tests/gold").join(set).join("pages");
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
    (serve(data.path()), data)
}

/// The entities of `role` a lookup of `name` answers with: (id, places and addresses).
fn lookup(base: &str, name: &str, role: &str) -> Vec<(String, Vec<String>)> {
    let resp = get(&format!("{base}/api/v1/lookup?name={}", enc(name)));
    let v: Value = serde_json::from_slice(&resp.bytes().unwrap()).unwrap();
    v["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["role"] == *role)
        .map(|e| {
            let id = e["id"].as_str().unwrap_or_default().to_string();
            let whole = get(&format!("{base}/api/v1/entities/{id}"));
            let whole: Value = serde_json::from_slice(&whole.bytes().unwrap()).unwrap();
            let places = ["places", "addresses"]
                .iter()
                .flat_map(|k| whole[*k].as_array().cloned().unwrap_or_default())
                .filter_map(|p| p.as_str().map(str::to_string))
                .collect();
            (id, places)
        })
        .collect()
}

/// Every spelling of each group looks up one and the same entity of its role.
fn check_groups(base: &str, groups: &[(&str, &[&str])]) -> Vec<String> {
    let mut failures = Vec::new();
    for (role, spellings) in groups {
        let ids: Vec<Option<String>> = spellings
            .iter()
            .map(|name| {
                lookup(base, name, role)
                    .into_iter()
                    .next()
                    .map(|(id, _)| id)
            })
            .collect();
        if ids.iter().any(Option::is_none) || ids.windows(2).any(|w| w[0] != w[1]) {
            failures.push(format!("{role} {spellings:?}: {ids:?}"));
        }
    }
    failures
}

#[test]
fn one_party_in_many_spellings_across_pages_is_one_entity() {
    let (base, _data) = crawl_set("heldout10");
    let failures = check_groups(&base, GROUPS);
    assert!(
        failures.is_empty(),
        "not one entity:\n{}",
        failures.join("\n")
    );
}

/// The thirteenth held-out set (written blind) follows parties over four or
/// five pages: a facility renamed (改称), a clinic moved and renamed in one
/// notice, a corporation printed with and without a space. And it prints two
/// different clinics of one name, in 札幌 and in 名古屋 by other
/// corporations: they must stay two.
#[test]
fn a_party_followed_over_pages_is_one_entity_and_a_namesake_elsewhere_is_not() {
    let (base, _data) = crawl_set("heldout13");
    let groups: &[(&str, &[&str])] = &[
        (
            "cell_processing_facility",
            &[
                "ひばりセルファクトリー 所沢培養センター",
                "所沢セルプロセシングセンター",
            ],
        ),
        (
            "operator",
            &["株式会社ひばりセルファクトリー", "㈱ひばりセルファクトリー"],
        ),
        (
            "clinic",
            &[
                "みなと元町リペアクリニック",
                "東灘リペアメディカルクリニック",
            ],
        ),
        (
            "operator",
            &["医療法人社団 六甲嶺会", "医療法人社団六甲嶺会"],
        ),
    ];
    let mut failures = check_groups(&base, groups);
    let namesakes = lookup(&base, "さくら通り再生クリニック", "clinic");
    let sapporo = namesakes
        .iter()
        .filter(|(_, places)| places.iter().any(|p| p.contains("札幌")))
        .count();
    let nagoya = namesakes
        .iter()
        .filter(|(_, places)| places.iter().any(|p| p.contains("名古屋")))
        .count();
    if namesakes.len() != 2 || sapporo != 1 || nagoya != 1 {
        failures.push(format!(
            "さくら通り再生クリニック of 札幌 and of 名古屋 are not two clinics: {namesakes:?}"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The fourteenth held-out set (written blind) prints one licensed facility
/// over three pages with its company in full-width Latin, as ㈱ and renamed,
/// its permit number the one thing every page shares; a clinic in
/// full-width and half-width Latin; a foundation as （一財）; and two
/// facilities in 石川県 whose names differ by one ッ (プロセシング /
/// プロセッシング), which must stay two.
#[test]
fn a_facility_number_and_an_abbreviated_legal_form_link_and_one_sokuon_does_not() {
    let (base, _data) = crawl_set("heldout14");
    let groups: &[(&str, &[&str])] = &[
        (
            "cell_processing_facility",
            &[
                "仙台セルポート 培養加工センター",
                "仙台セルポート培養加工センター",
            ],
        ),
        (
            "operator",
            &[
                "Ｓｅｎｄａｉ　Ｃｅｌｌ　Ｐｏｒｔ株式会社",
                "Sendai Cell Port㈱",
                "Sendai Cell Port株式会社",
            ],
        ),
        (
            "clinic",
            &[
                "Ｔａｋａｍａｔｓｕ　Ｃｅｌｌ　Ｃｌｉｎｉｃ",
                "Takamatsu Cell Clinic",
            ],
        ),
        (
            "operator",
            &["医療法人社団 玉藻会", "医療法人社団玉藻会", "医社 玉藻会"],
        ),
        (
            "cell_processing_facility",
            &["はこだて細胞加工センター", "函館細胞加工センター"],
        ),
        (
            "operator",
            &[
                "一般財団法人道南臨床医学財団",
                "一般財団法人 道南臨床医学財団",
                "（一財）　道南臨床医学財団",
            ],
        ),
    ];
    let mut failures = check_groups(&base, groups);
    // The licensed facility is one entity, not one per operator name.
    let sendai = lookup(
        &base,
        "仙台セルポート培養加工センター",
        "cell_processing_facility",
    );
    if sendai.len() != 1 {
        failures.push(format!(
            "仙台セルポート培養加工センター is not one facility: {sendai:?}"
        ));
    }
    let a = lookup(
        &base,
        "かなざわセルプロセシングセンター",
        "cell_processing_facility",
    );
    let b = lookup(
        &base,
        "かなざわセルプロセッシングセンター",
        "cell_processing_facility",
    );
    let in_place = |found: &[(String, Vec<String>)], city: &str| {
        found.len() == 1 && found[0].1.iter().any(|p| p.contains(city))
    };
    if !in_place(&a, "金沢市") || !in_place(&b, "野々市") || a[0].0 == b[0].0 {
        failures.push(format!(
            "かなざわセルプロセシングセンター (金沢市) and かなざわセルプロセッシングセンター (野々市市) are not two facilities: {a:?} {b:?}"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
