//! What tadoru's users ask, case by case from SOURCES.md §3.

use crate::*;

fn kinds_and_dates(entity: &Value) -> Vec<(String, String)> {
    entity["notices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["kind"].as_str().unwrap().to_string(),
                n["issued_on"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Journalist: the clinic ordered to stop in 2025 is found under its old
/// name, with its new name, dated rename, closure and emergency order.
#[test]
fn old_clinic_name_leads_to_new_name_and_its_emergency_order() {
    let e = lookup_one("ティーエスクリニック");
    assert_eq!(e["current_name"], "東京サイエンスクリニック");
    assert_eq!(e["role"], "clinic");
    assert_eq!(e["status"]["state"], "closed");
    let names = e["names"].as_array().unwrap();
    let old = names
        .iter()
        .find(|n| n["name"] == "ティーエスクリニック")
        .unwrap();
    let new = names
        .iter()
        .find(|n| n["name"] == "東京サイエンスクリニック")
        .unwrap();
    assert_eq!(old["to"], "2025-08-22");
    assert_eq!(new["from"], "2025-08-22");
    assert!(!old["evidence"].as_array().unwrap().is_empty());
    let notices = kinds_and_dates(&e);
    assert!(
        notices.contains(&("emergency_order".into(), "2025-08-29".into())),
        "{notices:?}"
    );
    assert!(
        notices.iter().any(|(k, _)| k == "closure_filing"),
        "{notices:?}"
    );
    // The 2026 order against the facility only mentions the clinic's rename:
    // it is not listed as an order against the clinic.
    assert!(
        !notices.iter().any(|(_, d)| d == "2026-01-23"),
        "{notices:?}"
    );
    assert_eq!(e["mentioned_in"][0]["issued_on"], "2026-01-23");
    // The same entity under the new name.
    assert_eq!(lookup_one("東京サイエンスクリニック")["id"], e["id"]);
    // And a search for the old name puts that entity first.
    let v = search("ティーエスクリニック", "");
    assert_eq!(v["hits"][0]["id"], e["id"]);
}

/// Journalist: the operator's rename comes from the NTA change history.
#[test]
fn operator_rename_from_nta_history() {
    let e = lookup_one("一般社団法人TH");
    assert_eq!(e["current_name"], "一般社団法人日本医療会");
    assert_eq!(e["role"], "operator");
    let id = &e["identifiers"][0];
    assert_eq!(id["scheme"], "corporate_number");
    assert_eq!(id["value"].as_str().unwrap().len(), 13);
    // Invented for the demo, and marked so.
    assert_eq!(id["demo"], true);
    let new = e["names"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "一般社団法人日本医療会")
        .unwrap();
    assert_eq!(new["from"], "2025-08-25");
    let old = e["names"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "一般社団法人TH")
        .unwrap();
    assert_eq!(old["to"], "2025-08-25");
    // It operates the clinic.
    let edges = e["edges"].as_array().unwrap();
    assert!(
        edges.iter().any(|x| x["kind"] == "operates"
            && x["target"]["current_name"] == "東京サイエンスクリニック"),
        "{edges:?}"
    );
}

/// Patient: "my cells are processed at コージンバイオ — is it safe?"
#[test]
fn kojin_bio_finds_both_its_2025_and_2026_notices() {
    let v = search("コージンバイオ", "&type=notice");
    let dates: Vec<&str> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["issued_on"].as_str())
        .collect();
    // Each hit says whom it is addressed to.
    for h in v["hits"].as_array().unwrap() {
        assert!(
            h["parties"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p.as_str().unwrap().contains("コージンバイオ")),
            "{h}"
        );
    }
    assert!(
        dates.contains(&"2025-08-29") && dates.contains(&"2026-01-23"),
        "{dates:?}"
    );
    let facility = lookup_one("コージンバイオ株式会社 埼玉細胞加工センター");
    assert_eq!(facility["role"], "cell_processing_facility");
    let notices = kinds_and_dates(&facility);
    assert!(notices.contains(&("emergency_order".into(), "2025-08-29".into())));
    assert!(notices.contains(&("improvement_order".into(), "2026-01-23".into())));
    // Every spelling leads to the same facility.
    for spelling in [
        "コージンバイオ社 埼玉細胞加工センター",
        "コージンバイオ埼玉細胞加工センター",
        "コージンバイオ㈱ 埼玉細胞加工センター",
    ] {
        assert_eq!(lookup_one(spelling)["id"], facility["id"], "{spelling}");
    }
    // Every spelling the sources used is kept on the record.
    let spellings: Vec<&str> = facility["names"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|n| std::iter::once(&n["name"]).chain(n["variants"].as_array().unwrap()))
        .map(|v| v.as_str().unwrap())
        .collect();
    for s in [
        "コージンバイオ株式会社 埼玉細胞加工センター",
        "コージンバイオ(株) 埼玉細胞加工センター",
        "コージンバイオ社 埼玉細胞加工センター",
    ] {
        assert!(spellings.contains(&s), "{s} not in {spellings:?}");
    }
    // Where the clinic's cells were processed.
    let clinic = lookup_one("東京サイエンスクリニック");
    let edges = clinic["edges"].as_array().unwrap();
    assert!(
        edges
            .iter()
            .any(|x| x["kind"] == "cells_processed_by" && x["target"]["id"] == facility["id"]),
        "{edges:?}"
    );
}

#[test]
fn every_way_of_typing_the_name_finds_it() {
    let top = |q: &str| {
        search(q, "")["hits"][0]["title"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    for q in [
        "コージンバイオ",
        "こーじんばいお",
        "ｺｰｼﾞﾝﾊﾞｲｵ",
        "kojin bio",
        "Kojin Bio",
    ] {
        assert!(
            top(q).starts_with("コージンバイオ"),
            "{q}: top hit {:?}",
            top(q)
        );
    }
    // Kanji, with and without the space inside the name.
    assert_eq!(top("医療法人輝鳳会"), "医療法人輝鳳会");
    assert!(top("池袋クリニック 培養センター").contains("培養センター"));
}

#[test]
fn english_kind_words_find_notices_of_that_kind() {
    for (q, kind) in [
        ("improvement order", "improvement_order"),
        ("emergency order", "emergency_order"),
        ("suspension", "emergency_order"),
        ("closure", "closure_filing"),
    ] {
        let v = search(q, "&type=notice");
        let hits = v["hits"].as_array().unwrap();
        assert!(!hits.is_empty(), "{q}");
        assert!(hits.iter().all(|h| h["kind"] == kind), "{q}: {hits:?}");
    }
    assert_eq!(search("improvement order", "&type=notice")["total"], 3);
}

#[test]
fn a_name_match_ranks_above_a_passing_mention() {
    // The 2026 order names the clinic only in passing (its narrative);
    // the 2025 order is addressed to it.
    let v = search("東京サイエンスクリニック", "&type=notice");
    let hits = v["hits"].as_array().unwrap();
    let pos = |date: &str| hits.iter().position(|h| h["issued_on"] == date).unwrap();
    assert!(pos("2025-08-29") < pos("2026-01-23"), "{hits:?}");
}

#[test]
fn results_have_facets_and_highlighted_snippets() {
    let v = search("緊急命令", "");
    let kinds = v["facets"]["kind"].as_array().unwrap();
    assert!(
        kinds
            .iter()
            .any(|k| k["value"] == "emergency_order" && k["count"].as_u64().unwrap() >= 8)
    );
    let years = v["facets"]["year"].as_array().unwrap();
    assert!(years.iter().any(|y| y["value"] == "2017"));
    let filtered = search("緊急命令", "&year=2017&type=notice");
    assert_eq!(filtered["total"], 4);
    let hit = &search("臍帯血", "&type=notice")["hits"][0];
    assert!(
        hit["snippet"].as_str().unwrap().contains("<b>臍帯</b>")
            || hit["snippet"].as_str().unwrap().contains("<b>"),
        "{hit}"
    );
}

/// Clinic vetting: a facility's whole record, with open orders and evidence.
#[test]
fn facility_record_for_vetting() {
    let f = lookup_one("医療法人輝鳳会 池袋クリニック 培養センター");
    assert_eq!(f["role"], "cell_processing_facility");
    let notices = kinds_and_dates(&f);
    assert!(notices.contains(&("emergency_order".into(), "2024-10-25".into())));
    assert!(notices.contains(&("improvement_order".into(), "2024-12-24".into())));
    let op = f["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "operated_by")
        .unwrap();
    assert_eq!(op["target"]["current_name"], "医療法人輝鳳会");
    for link in f["links"].as_array().unwrap() {
        assert!(!link["reason"].as_str().unwrap().is_empty());
        assert_eq!(link["evidence"][0]["sha256"].as_str().unwrap().len(), 64);
    }
}

/// Bigrams find 京都 inside 東京都 too; whole-word matches must come first.
#[test]
fn kyoto_is_not_tokyo() {
    let v = search("京都", "");
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits[0]["title"], "JASC京都幹細胞培養センター", "{hits:?}");
    assert_eq!(hits[1]["issued_on"], "2026-03-13", "{hits:?}");
    let top = hits[0]["score"].as_f64().unwrap();
    for h in &hits[2..] {
        assert!(h["score"].as_f64().unwrap() < top / 3.0, "{h}");
    }
}

/// Browsing by kind without a query lists newest first, across pages.
#[test]
fn browsing_without_a_query_is_newest_first_across_pages() {
    let mut dates: Vec<String> = Vec::new();
    for page in 1..=3 {
        let v = api(
            &format!("/api/v1/search?type=notice&kind=emergency_order&per_page=3&page={page}"),
            200,
        );
        assert_eq!(v["total"], 8);
        dates.extend(
            v["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["issued_on"].as_str().unwrap().to_string()),
        );
    }
    assert_eq!(dates.len(), 8);
    assert_eq!(dates[0], "2026-03-13");
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}
