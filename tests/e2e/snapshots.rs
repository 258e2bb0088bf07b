//! Snapshots (insta) of every kind of API answer over the crawled demo
//! mirror: search, lookup, entity, notice, changes, vet, reconciliation, an
//! error, and the OpenAPI document. The views are typed structs
//! (`tadoru_web::views`); a change to any field's name, type, order or
//! null/absent behaviour shows here as a diff to review, and is accepted
//! with `cargo insta review` (or `INSTA_UPDATE=always cargo test`).
//!
//! What differs between two runs is redacted, so the snapshots hold from a
//! clean checkout: fetch and record times, the loopback ports of the mirror
//! and the site, and `in_force.ended` (whether a stated period's last day
//! has passed depends on today). Everything else — ids, hashes, scores,
//! cursors — is the same on every crawl of the same mirror.

use serde_json::Value;

use crate::*;

/// `http://127.0.0.1:PORT` → `http://127.0.0.1:[port]` in every string.
fn scrub_ports(v: &mut Value) {
    const HOST: &str = "://127.0.0.1:";
    match v {
        Value::String(s) if s.contains(HOST) => {
            let mut out = String::with_capacity(s.len());
            let mut rest = s.as_str();
            while let Some(i) = rest.find(HOST) {
                out.push_str(&rest[..i + HOST.len()]);
                rest = rest[i + HOST.len()..].trim_start_matches(|c: char| c.is_ascii_digit());
                out.push_str("[port]");
            }
            out.push_str(rest);
            *s = out;
        }
        Value::Array(a) => a.iter_mut().for_each(scrub_ports),
        Value::Object(o) => o.values_mut().for_each(scrub_ports),
        _ => {}
    }
}

fn answer(path: &str, status: u16) -> Value {
    let mut v = api(path, status);
    scrub_ports(&mut v);
    v
}

fn post(path: &str, content_type: &str, body: &str) -> Value {
    let resp = reqwest::blocking::Client::new()
        .post(format!("{}{path}", site().base))
        .header("content-type", content_type)
        .body(body.to_string())
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200, "POST {path}");
    let mut v: Value = serde_json::from_slice(&resp.bytes().unwrap()).unwrap();
    scrub_ports(&mut v);
    v
}

/// Snapshots `value` with the run-dependent fields redacted.
macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::assert_json_snapshot!($name, $value, {
            ".**.fetched_at" => "[fetched_at]",
            ".**.recorded_at" => "[recorded_at]",
            ".**.data_as_of" => "[data_as_of]",
            ".**.in_force.ended" => "[depends on today]",
        })
    };
}

fn entity_id(name: &str) -> String {
    let v = api(&format!("/api/v1/lookup?name={}", enc(name)), 200);
    v["entities"][0]["id"].as_str().unwrap().to_string()
}

#[test]
fn search_answers() {
    snapshot!("search_all", answer("/api/v1/search?q=", 200));
    snapshot!(
        "search_entity_by_former_name",
        answer(
            &format!("/api/v1/search?q={}", enc("ティーエスクリニック")),
            200
        )
    );
    snapshot!(
        "search_notices_filtered",
        answer(
            "/api/v1/search?type=notice&kind=improvement_order&page=1&per_page=5",
            200
        )
    );
    snapshot!(
        "search_nothing_matches",
        answer(
            &format!("/api/v1/search?q={}", enc("まったく存在しない名称xyz")),
            200
        )
    );
}

#[test]
fn lookup_answers() {
    snapshot!(
        "lookup_former_name",
        answer(
            &format!("/api/v1/lookup?name={}", enc("ティーエスクリニック")),
            200
        )
    );
    snapshot!(
        "lookup_by_search",
        answer(
            &format!("/api/v1/lookup?name={}", enc("東京サイエンス")),
            200
        )
    );
}

#[test]
fn entity_answers() {
    // A renamed and closed clinic; the facility that processed its cells;
    // the operator of that facility.
    for (name, label) in [
        ("東京サイエンスクリニック", "entity_clinic"),
        ("コージンバイオ株式会社", "entity_operator"),
    ] {
        let id = entity_id(name);
        snapshot!(label, answer(&format!("/api/v1/entities/{id}"), 200));
    }
}

#[test]
fn notice_answers() {
    let hits = api("/api/v1/search?type=notice&per_page=100", 200);
    let hits = hits["hits"].as_array().unwrap();
    assert!(hits.len() > 5);
    // The oldest and the newest notice of the mirror (ids break ties).
    let mut ids: Vec<(String, String)> = hits
        .iter()
        .map(|h| {
            (
                h["issued_on"].as_str().unwrap_or("").to_string(),
                h["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    ids.sort();
    for (label, (_, id)) in [
        ("notice_oldest", &ids[0]),
        ("notice_newest", &ids[ids.len() - 1]),
    ] {
        snapshot!(label, answer(&format!("/api/v1/notices/{id}"), 200));
    }
}

#[test]
fn changes_answers() {
    let first = answer("/api/v1/changes?limit=5", 200);
    let next = first["next"].as_str().unwrap().to_string();
    snapshot!("changes_first_page", first);
    snapshot!(
        "changes_next_notices",
        answer(
            &format!("/api/v1/changes?since={next}&type=notice&limit=3"),
            200
        )
    );
}

#[test]
fn vet_and_reconcile_answers() {
    snapshot!(
        "vet",
        post(
            "/api/v1/vet",
            "application/json",
            r#"["東京サイエンスクリニック", "ティーエスクリニック", "東京サイエンス", "0000000000000", "架空の名称"]"#,
        )
    );
    snapshot!("reconcile_manifest", answer("/api/v1/reconcile", 200));
    snapshot!(
        "reconcile_queries",
        post(
            "/api/v1/reconcile",
            "application/json",
            r#"{"q0": {"query": "東京サイエンスクリニック"}, "q1": {"query": "コージン", "type": "operator", "limit": 2}}"#,
        )
    );
}

#[test]
fn error_answers() {
    snapshot!("error_bad_request", answer("/api/v1/search?page=0", 400));
    snapshot!(
        "error_not_found",
        answer("/api/v1/entities/e-doesnotexist", 404)
    );
}

#[test]
fn the_openapi_document() {
    snapshot!("openapi", answer("/api/v1/openapi.json", 200));
}
