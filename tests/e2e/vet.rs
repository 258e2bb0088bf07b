//! A clinic vetting its subcontractors: `POST /api/v1/vet` with a list of
//! names and corporate numbers (JSON or CSV) answers each with the entity, how
//! it matched and how surely, its status and orders; and the entity page
//! prints as a complete vetting record (hashes whole, why linked, citation).

use serde_json::Value;

use crate::{get, site};

fn post(body: &str, content_type: &str) -> (u16, reqwest::header::HeaderMap, Value) {
    let resp = reqwest::blocking::Client::new()
        .post(format!("{}/api/v1/vet", site().base))
        .header("Content-Type", content_type)
        .body(body.to_string())
        .send()
        .unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let v = serde_json::from_slice(&resp.bytes().unwrap()).unwrap_or(Value::Null);
    (status, headers, v)
}

#[test]
fn vet_answers_each_name_and_number_with_match_reason_status_and_orders() {
    let clinic = crate::lookup_one("東京サイエンスクリニック");
    let former = clinic["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .find(|n| *n != clinic["current_name"])
        .expect("a former name")
        .to_string();
    let kojin = crate::lookup_one("コージンバイオ株式会社");
    let number = kojin["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["scheme"] == "corporate_number")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_string();
    // Full-width digits with a hyphen, as a spreadsheet may hold them.
    let wide: Vec<char> = number
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
        .collect();
    let wide = format!(
        "{}－{}",
        wide[..12].iter().collect::<String>(),
        wide[12..].iter().collect::<String>()
    );
    let items = [
        former.as_str(),
        wide.as_str(),
        "東京サイエンス",
        "どこにも載っていない架空の名称",
        "0000000000000",
    ];
    let json_body = serde_json::to_string(&items).unwrap();
    let csv_body = format!("name\n{}\n", items.join("\n"));
    for (body, ct) in [
        (json_body.as_str(), "application/json"),
        (csv_body.as_str(), "text/csv"),
    ] {
        let (status, _, v) = post(body, ct);
        assert_eq!(status, 200, "{ct}: {v}");
        let r = v["results"].as_array().unwrap();
        assert_eq!(r.len(), items.len(), "{ct}");
        // A former name: the entity of today, closed, with its emergency order.
        assert_eq!(r[0]["match"], "name");
        assert_eq!(r[0]["entity"]["id"], clinic["id"]);
        assert_eq!(r[0]["status"], "closed");
        assert!(r[0]["confidence"].as_f64().unwrap() > 0.9);
        assert!(
            r[0]["reason"].as_str().unwrap().contains("former"),
            "{}",
            r[0]
        );
        assert!(
            r[0]["orders"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["kind"] == "emergency_order" && o["in_force"]["status"].is_string()),
            "{}",
            r[0]
        );
        // Addresses a script can follow: the page as a path, and absolute
        // (the request's host here, no --public-url being set).
        let base = &site().base;
        let id = clinic["id"].as_str().unwrap();
        assert_eq!(r[0]["url"], format!("/entities/{id}"));
        assert_eq!(r[0]["permalink"], format!("{base}/entities/{id}"));
        assert_eq!(r[0]["api_url"], format!("{base}/api/v1/entities/{id}"));
        assert_eq!(
            get(r[0]["api_url"].as_str().unwrap()).status().as_u16(),
            200
        );
        // A corporate number in any width: certain.
        assert_eq!(r[1]["match"], "corporate_number");
        assert_eq!(r[1]["entity"]["id"], kojin["id"]);
        assert_eq!(r[1]["confidence"], 1.0);
        // Part of a name: only a guess, said so.
        assert_eq!(r[2]["match"], "search");
        assert_eq!(r[2]["entity"]["id"], clinic["id"]);
        assert!(r[2]["confidence"].as_f64().unwrap() < 0.9);
        // Nothing: no entity, and no claim of safety.
        for none in &r[3..] {
            assert_eq!(none["match"], "none", "{none}");
            assert_eq!(none["confidence"], 0.0);
            assert!(none.get("entity").is_none());
            assert!(
                none["reason"]
                    .as_str()
                    .unwrap()
                    .contains("does not mean safe")
            );
        }
    }
}

#[test]
fn vet_refuses_what_it_cannot_read() {
    let many = serde_json::to_string(&vec!["x"; 201]).unwrap();
    for (body, ct) in [
        ("{}", "application/json"),
        ("[", "application/json"),
        ("[]", "application/json"),
        ("<names/>", "application/xml"),
        (many.as_str(), "application/json"),
    ] {
        let (status, _, v) = post(body, ct);
        assert_eq!(status, 400, "{ct} {body:.30}: {v}");
        assert_eq!(v["error"], "bad_request");
    }
    let (status, _, v) = post(&"a".repeat(70_000), "text/plain");
    assert_eq!(status, 413);
    assert_eq!(v["error"], "payload_too_large");
    let resp = get(&format!("{}/api/v1/vet", site().base));
    assert_eq!(resp.status().as_u16(), 405);
    assert_eq!(resp.headers()["allow"], "POST");
}

#[test]
fn the_entity_page_prints_as_a_complete_vetting_record() {
    let base = &site().base;
    let e = crate::lookup_one("東京サイエンスクリニック");
    let id = e["id"].as_str().unwrap();
    for lang in ["ja", "en"] {
        let page = get(&format!("{base}/entities/{id}?lang={lang}"))
            .text()
            .unwrap();
        // Every evidence hash whole, on screen and on paper.
        let full: Vec<&str> = page
            .split("<code class=\"sha256\">sha256 ")
            .skip(1)
            .map(|s| s.split('<').next().unwrap())
            .collect();
        assert!(!full.is_empty());
        assert!(full.iter().all(|h| h.len() == 64), "{full:?}");
        // Why linked, printed whole (not only in a folded <details>).
        let links = e["links"].as_array().unwrap().len();
        let printed = page.split("<section class=\"print-only\">").nth(1).unwrap();
        assert_eq!(
            printed
                .split("</ul>")
                .next()
                .unwrap()
                .matches("<li>")
                .count(),
            links
        );
        assert!(page.contains("data-print"), "a print button");
        assert!(page.contains("id=\"cite-text\""));
    }
    let css = get(&format!("{base}/style.css")).text().unwrap();
    assert!(css.contains("@page{size:A4"));
    let print = css.split("@media print{").last().unwrap();
    assert!(
        !css.contains("code.sha256{display:none"),
        "hashes are not hidden"
    );
    assert!(
        print.contains("table.reflow td[data-label]::before"),
        "labelled rows on paper"
    );
}

/// A reconciliation batch as OpenRefine sends it: a form field `queries`.
fn reconcile(queries: &Value) -> (u16, Value) {
    let resp = reqwest::blocking::Client::new()
        .post(format!("{}/api/v1/reconcile", site().base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("queries={}", crate::enc(&queries.to_string())))
        .send()
        .unwrap();
    let status = resp.status().as_u16();
    let v = serde_json::from_slice(&resp.bytes().unwrap()).unwrap_or(Value::Null);
    (status, v)
}

#[test]
fn openrefine_reconciles_a_column_of_names_as_vet_matches_them() {
    let base = &site().base;
    let manifest: Value =
        serde_json::from_slice(&get(&format!("{base}/api/v1/reconcile")).bytes().unwrap()).unwrap();
    assert_eq!(manifest["versions"][0], "0.2");
    let types: Vec<&str> = manifest["defaultTypes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        ["clinic", "cell_processing_facility", "operator", "person"]
    );
    assert_eq!(
        manifest["view"]["url"],
        format!("{base}/entities/{{{{id}}}}")
    );
    assert_eq!(manifest["identifierSpace"], format!("{base}/entities/"));

    let clinic = crate::lookup_one("東京サイエンスクリニック");
    let former = clinic["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .find(|n| *n != clinic["current_name"])
        .unwrap()
        .to_string();
    let kojin = crate::lookup_one("コージンバイオ株式会社");
    let number = kojin["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["scheme"] == "corporate_number")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, v) = reconcile(&serde_json::json!({
        "former": {"query": former},
        "typed": {"query": former, "type": "operator"},
        "partial": {"query": "東京サイエンス", "limit": 2},
        "number": {"query": "どの名前でもよい", "properties": [{"pid": "corporate_number", "v": number}]},
        "nothing": {"query": "どこにも載っていない架空の名称"},
        "empty": {"query": ""},
    }));
    assert_eq!(status, 200, "{v}");
    // A former name: the clinic of today, a sure match, typed, described.
    let r = &v["former"]["result"];
    assert_eq!(r[0]["id"], clinic["id"], "{v}");
    assert_eq!(r[0]["name"], clinic["current_name"]);
    assert_eq!(r[0]["match"], true);
    assert!(r[0]["score"].as_f64().unwrap() >= 90.0);
    assert_eq!(r[0]["type"][0]["id"], "clinic");
    assert!(r[0]["description"].as_str().unwrap().contains("closed"));
    // Restricted to operators, the clinic is not a candidate.
    assert!(
        v["typed"]["result"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["type"][0]["id"] == "operator" && c["id"] != clinic["id"]),
        "{v}"
    );
    // Part of a name: proposed, not matched, at most the limit.
    let partial = v["partial"]["result"].as_array().unwrap();
    assert!(!partial.is_empty() && partial.len() <= 2, "{v}");
    assert_eq!(partial[0]["id"], clinic["id"]);
    assert!(partial.iter().all(|c| c["match"] == false));
    assert!(partial[0]["score"].as_f64().unwrap() < 90.0);
    // A recorded corporate number decides, whatever the name.
    assert_eq!(v["number"]["result"][0]["id"], kojin["id"]);
    assert_eq!(v["number"]["result"][0]["match"], true);
    assert_eq!(v["number"]["result"][0]["score"], 100.0);
    assert_eq!(v["nothing"]["result"], serde_json::json!([]));
    assert_eq!(v["empty"]["result"], serde_json::json!([]));

    // The same batch by GET answers the same.
    let q = serde_json::json!({"q0": {"query": former}});
    let by_get: Value = serde_json::from_slice(
        &get(&format!(
            "{base}/api/v1/reconcile?queries={}",
            crate::enc(&q.to_string())
        ))
        .bytes()
        .unwrap(),
    )
    .unwrap();
    assert_eq!(by_get["q0"], v["former"]);

    for bad in [
        serde_json::json!([]),
        serde_json::json!({"q0": {"query": "x", "type": "hospital"}}),
        serde_json::json!({"q0": {"query": "x", "limit": 1000}}),
    ] {
        let (status, v) = reconcile(&bad);
        assert_eq!(status, 400, "{bad}: {v}");
        assert_eq!(v["error"], "bad_request");
    }
    let resp = reqwest::blocking::Client::new()
        .delete(format!("{base}/api/v1/reconcile"))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 405);
    assert_eq!(resp.headers()["allow"], "GET, HEAD, POST");
}

/// The vetting form (`/vet`) posts as a browser does.
fn post_form(lang: &str, items: &str) -> (u16, String) {
    let resp = reqwest::blocking::Client::new()
        .post(format!("{}/vet?lang={lang}", site().base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("items={}", crate::enc(items)))
        .send()
        .unwrap();
    (resp.status().as_u16(), resp.text().unwrap())
}

#[test]
fn the_vetting_form_answers_a_pasted_list_and_keeps_it() {
    let clinic = crate::lookup_one("東京サイエンスクリニック");
    let id = clinic["id"].as_str().unwrap();
    for lang in ["ja", "en"] {
        let (status, html) = post_form(
            lang,
            "ティーエスクリニック\r\nどこにも載っていない架空の名称\r\n",
        );
        assert_eq!(status, 200, "{html:.500}");
        let doc = scraper::Html::parse_document(&html);
        let rows: Vec<_> = doc
            .select(&scraper::Selector::parse("table.vet tbody tr").unwrap())
            .collect();
        assert_eq!(rows.len(), 2, "{lang}");
        // The first links to the clinic's printable record, in the page's language.
        let link = rows[0]
            .select(&scraper::Selector::parse("a").unwrap())
            .next()
            .unwrap();
        assert_eq!(
            link.value().attr("href"),
            Some(format!("/entities/{id}?lang={lang}").as_str())
        );
        assert!(
            rows[1]
                .select(&scraper::Selector::parse("a").unwrap())
                .next()
                .is_none()
        );
        assert!(
            html.contains("ティーエスクリニック\r\nどこにも載っていない架空の名称")
                || html.contains("ティーエスクリニック\nどこにも")
        );
    }
    // Too many items: refused on the same page, the text kept.
    let many = "x\n".repeat(201);
    let (status, html) = post_form("ja", &many);
    assert_eq!(status, 400);
    assert!(html.contains("200 件まで"), "{html:.300}");
    assert!(html.contains(&many[..20]));
    let resp = reqwest::blocking::Client::new()
        .delete(format!("{}/vet", site().base))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 405);
    assert_eq!(resp.headers()["allow"], "GET, HEAD, POST");
}
