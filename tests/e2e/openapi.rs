//! The OpenAPI document against the real API: every answer of every route
//! (each entity and notice of the crawled mirror, searches, lookups, changes,
//! vetting, reconciliation, errors) validates against the schema the document
//! gives for its route and status, and a field the document does not list is
//! an error, so the document cannot fall behind the views. The check is a
//! small JSON Schema reader (types, enums, formats, required, properties,
//! items, anyOf, `$ref`); schemathesis (bench/api/fuzz.sh) checks the rest.
//! Also: the readable API page, in both languages, linked from every footer.

use std::collections::BTreeSet;
use std::sync::Mutex;

use serde_json::Value;

use crate::*;

fn doc() -> &'static Value {
    static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    DOC.get_or_init(|| api("/api/v1/openapi.json", 200))
}

fn resolve(schema: &Value) -> &Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            let s = &doc()["components"]["schemas"][name];
            assert!(s.is_object(), "unresolved {r}");
            s
        }
        None => schema,
    }
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        other => panic!("unknown type {other}"),
    }
}

/// Errors of `v` against `schema`, each with the JSON path where it is.
fn check(schema: &Value, v: &Value, at: &str, errs: &mut Vec<String>) {
    let schema = resolve(schema);
    let fits = |alts: &Vec<Value>| {
        alts.iter()
            .filter(|a| {
                let mut e = Vec::new();
                check(a, v, at, &mut e);
                e.is_empty()
            })
            .count()
    };
    if let Some(alts) = schema["anyOf"].as_array() {
        if fits(alts) == 0 {
            errs.push(format!("{at}: fits none of anyOf: {v:.200}"));
        }
        return;
    }
    // The generated document writes `Option<T>` as oneOf T or null.
    if let Some(alts) = schema["oneOf"].as_array() {
        match fits(alts) {
            1 => {}
            0 => errs.push(format!("{at}: fits none of oneOf: {v:.200}")),
            n => errs.push(format!("{at}: fits {n} of oneOf, not one: {v:.200}")),
        }
        return;
    }
    for part in ["allOf", "not", "if"] {
        assert!(
            schema.get(part).is_none(),
            "{at}: the check cannot read {part}"
        );
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    if !types.is_empty() && !types.iter().any(|t| type_ok(t, v)) {
        errs.push(format!("{at}: {v:.100} is not {types:?}"));
        return;
    }
    if let Some(e) = schema["enum"].as_array()
        && !e.contains(v)
    {
        errs.push(format!("{at}: {v} is not one of {e:?}"));
    }
    if let (Some(f), Some(s)) = (schema["format"].as_str(), v.as_str()) {
        let ok = match f {
            "date" => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            "date-time" => chrono::DateTime::parse_from_rfc3339(s).is_ok(),
            _ => true,
        };
        if !ok {
            errs.push(format!("{at}: {s:?} is not a {f}"));
        }
    }
    if let (Some(min), Some(n)) = (schema["minimum"].as_f64(), v.as_f64())
        && n < min
    {
        errs.push(format!("{at}: {n} < {min}"));
    }
    if let (Some(max), Some(n)) = (schema["maximum"].as_f64(), v.as_f64())
        && n > max
    {
        errs.push(format!("{at}: {n} > {max}"));
    }
    match v {
        Value::Object(o) => {
            for r in schema["required"].as_array().into_iter().flatten() {
                let r = r.as_str().unwrap();
                if !o.contains_key(r) {
                    errs.push(format!("{at}: required {r} is missing"));
                }
            }
            let props = schema["properties"].as_object();
            for (k, x) in o {
                let here = format!("{at}.{k}");
                match props.and_then(|p| p.get(k)) {
                    Some(s) => check(s, x, &here, errs),
                    None => match &schema["additionalProperties"] {
                        s @ Value::Object(_) => check(s, x, &here, errs),
                        Value::Bool(true) => {}
                        // An object schema with no properties listed takes anything.
                        _ if props.is_none() => {}
                        _ => errs.push(format!("{here}: not in the document")),
                    },
                }
            }
        }
        Value::Array(a) if schema["items"].is_object() => {
            for (i, x) in a.iter().enumerate() {
                check(&schema["items"], x, &format!("{at}[{i}]"), errs);
            }
        }
        _ => {}
    }
}

/// Which (path, method, status) were seen valid: every route must be.
static SEEN: Mutex<BTreeSet<(String, String, u16)>> = Mutex::new(BTreeSet::new());

/// Sends a request and validates the answer against the document's response
/// for `template` (the documented path), `method` and the status it got.
fn validated(
    template: &str,
    method: &str,
    req: reqwest::blocking::RequestBuilder,
    status: u16,
) -> (reqwest::header::HeaderMap, Value) {
    let resp = req.send().unwrap();
    let got = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().unwrap();
    assert_eq!(
        got,
        status,
        "{method} {template}: {}",
        String::from_utf8_lossy(&bytes)
    );
    let op = &doc()["paths"][template][method];
    assert!(op.is_object(), "{method} {template} is not documented");
    let r = &op["responses"][status.to_string()];
    assert!(
        r.is_object(),
        "{method} {template}: status {status} is not documented"
    );
    for name in r["headers"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, _)| k)
    {
        assert!(
            headers.contains_key(name.as_str()),
            "{method} {template} {status}: documented header {name} missing"
        );
    }
    let content = &r["content"];
    let v = if let Some(schema) = content.get("application/json").map(|c| &c["schema"]) {
        let ct = headers
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        assert!(
            ct.starts_with("application/json"),
            "{method} {template}: {ct}"
        );
        let v: Value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{method} {template}: not JSON: {e}"));
        let mut errs = Vec::new();
        check(schema, &v, "$", &mut errs);
        assert!(
            errs.is_empty(),
            "{method} {template} {status} does not match its schema:\n{}",
            errs.join("\n")
        );
        v
    } else {
        assert!(
            content.is_null() || content.get("*/*").is_some(),
            "{method} {template}: content {content}"
        );
        Value::Null
    };
    SEEN.lock()
        .unwrap()
        .insert((template.to_string(), method.to_string(), status));
    (headers, v)
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn get_ok(template: &str, path: &str) -> Value {
    let url = format!("{}/api/v1{path}", site().base);
    validated(template, "get", client().get(url), 200).1
}

fn get_status(template: &str, path: &str, status: u16) -> Value {
    let url = format!("{}/api/v1{path}", site().base);
    validated(template, "get", client().get(url), status).1
}

#[test]
fn every_route_answers_as_the_openapi_document_says() {
    // Searches, and through them every entity and notice of the mirror.
    let mut entity_ids = BTreeSet::new();
    let mut notice_ids = BTreeSet::new();
    for q in [
        "/search?q=",
        "/search?type=entity&per_page=100",
        "/search?type=notice&per_page=100",
        "/search?q=東京サイエンスクリニック",
        "/search?q=Tokyo%20Science",
        "/search?q=tokyo+saiensu",
        "/search?q=kurinikku&kind=clinic&page=2&per_page=3",
        "/search?place=福岡",
        "/search?q=まったく存在しない名称xyz",
        "/search?q=&type=&kind=&page=&per_page=",
    ] {
        let v = get_ok("/search", q);
        for h in v["hits"].as_array().unwrap() {
            let id = h["id"].as_str().unwrap().to_string();
            match h["type"].as_str().unwrap() {
                "entity" => entity_ids.insert(id),
                _ => notice_ids.insert(id),
            };
        }
    }
    assert!(entity_ids.len() > 10 && notice_ids.len() > 5);
    for id in &entity_ids {
        get_ok("/entities/{id}", &format!("/entities/{id}"));
    }
    let mut shas = BTreeSet::new();
    for id in &notice_ids {
        let n = get_ok("/notices/{id}", &format!("/notices/{id}"));
        for d in n["documents"].as_array().unwrap() {
            shas.insert(d["sha256"].as_str().unwrap().to_string());
        }
    }
    for sha in shas.iter().take(3) {
        get_ok("/documents/{sha256}", &format!("/documents/{sha}"));
    }
    for name in [
        "東京サイエンスクリニック",
        "ティーエスクリニック",
        "東京サイエンス",
        "zzz",
    ] {
        get_ok("/lookup", &format!("/lookup?name={}", enc(name)));
    }
    // Changes, paged by cursor and by time.
    let first = get_ok("/changes", "/changes?limit=5");
    let next = first["next"].as_str().unwrap();
    get_ok("/changes", &format!("/changes?since={next}&type=notice"));
    get_ok(
        "/changes",
        "/changes?since=2020-01-01T00:00:00Z&type=entity",
    );
    get_ok("/changes", "/changes?limit=1000");
    // (A merged entity's 308 is checked where a merge is crawled: phrasings.)
    // Vetting, every kind of match.
    let body = r#"["東京サイエンスクリニック", "東京サイエンス", "0000000000000", "架空の名称", {"name": "ティーエスクリニック"}]"#;
    let v = validated(
        "/vet",
        "post",
        client()
            .post(format!("{}/api/v1/vet", site().base))
            .header("content-type", "application/json")
            .body(body),
        200,
    )
    .1;
    assert_eq!(v["count"], 5);
    validated(
        "/vet",
        "post",
        client()
            .post(format!("{}/api/v1/vet", site().base))
            .header("content-type", "text/csv")
            .body("name\nコージンバイオ株式会社\n"),
        200,
    );
    validated(
        "/vet",
        "post",
        client()
            .post(format!("{}/api/v1/vet", site().base))
            .header("content-type", "application/json")
            .body("[]"),
        400,
    );
    validated(
        "/vet",
        "post",
        client()
            .post(format!("{}/api/v1/vet", site().base))
            .header("content-type", "text/plain")
            .body("x".repeat(tadoru_web::vet::MAX_BODY + 1)),
        413,
    );
    validated(
        "/vet",
        "post",
        client().get(format!("{}/api/v1/vet", site().base)),
        405,
    );
    // Reconciliation: the manifest, and queries by GET, form and JSON.
    get_ok("/reconcile", "/reconcile");
    let queries = r#"{"q0": {"query": "東京サイエンスクリニック"}, "q1": {"query": "コージン", "type": "operator", "limit": 2}}"#;
    get_ok(
        "/reconcile",
        &format!("/reconcile?queries={}", enc(queries)),
    );
    validated(
        "/reconcile",
        "post",
        client()
            .post(format!("{}/api/v1/reconcile", site().base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("queries={}", enc(queries))),
        200,
    );
    validated(
        "/reconcile",
        "post",
        client()
            .post(format!("{}/api/v1/reconcile", site().base))
            .header("content-type", "application/json")
            .body(queries),
        200,
    );
    get_status("/reconcile", "/reconcile?queries=%5B%5D", 400);
    get_ok("/openapi.json", "/openapi.json");
    // Errors: bad input, unknown records, other methods.
    get_status("/search", "/search?page=0", 400);
    get_status("/lookup", "/lookup", 400);
    get_status("/entities/{id}", "/entities/e-doesnotexist", 404);
    get_status("/entities/{id}", "/entities/x", 400);
    get_status("/notices/{id}", "/notices/n-000000", 404);
    get_status("/documents/{sha256}", "/documents/abc", 400);
    get_status("/changes", "/changes?since=yesterday", 400);
    for (template, path) in [
        ("/search", "/search"),
        ("/changes", "/changes"),
        ("/lookup", "/lookup?name=x"),
        ("/reconcile", "/reconcile"),
    ] {
        let (h, _) = validated(
            template,
            "get",
            client().delete(format!("{}/api/v1{path}", site().base)),
            405,
        );
        assert!(h.contains_key("allow"), "{path}");
    }
    // Every documented operation was seen answering 200.
    let seen = SEEN.lock().unwrap().clone();
    for (path, item) in doc()["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            assert!(
                seen.contains(&(path.clone(), method.clone(), 200)),
                "{method} {path} was never checked"
            );
        }
    }
}

#[test]
fn the_api_page_explains_every_operation_in_both_languages() {
    for (lang, heading, method_word) in [
        ("ja", "API（JSON）の使い方", "パラメーター"),
        ("en", "The JSON API", "Parameters"),
    ] {
        let resp = get(&format!("{}/api?lang={lang}", site().base));
        assert_eq!(resp.status().as_u16(), 200);
        assert!(resp.headers().contains_key("content-security-policy"));
        let html = resp.text().unwrap();
        assert!(html.contains(heading), "{lang}");
        assert!(html.contains(method_word), "{lang}");
        for (path, item) in doc()["paths"].as_object().unwrap() {
            assert!(html.contains(&format!("/api/v1{path}")), "{lang}: {path}");
            for op in item.as_object().unwrap().values() {
                let summary = match lang {
                    "ja" => op["x-summary-ja"].as_str().unwrap(),
                    _ => op["summary"].as_str().unwrap(),
                };
                assert!(html.contains(summary), "{lang}: {summary}");
            }
        }
        assert!(html.contains(r#"href="/api/v1/openapi.json""#));
        // Markdown code spans in the descriptions are shown as code, not as backticks.
        let doc_html = scraper::Html::parse_document(&html);
        let main = doc_html
            .select(&scraper::Selector::parse("main").unwrap())
            .next()
            .unwrap();
        let text: String = main.text().collect();
        assert!(!text.contains('`'), "{lang}: a backtick on the page");
        assert!(html.contains("<code>since</code>"), "{lang}");
    }
    // Every page's footer leads to it (not to raw JSON).
    let home = get(&format!("{}/?lang=en", site().base)).text().unwrap();
    let footer = &home[home.find("<footer").unwrap()..];
    assert!(footer.contains(r#"href="/api?lang=en""#), "{footer}");
    assert!(!footer.contains("/api/v1/search"), "{footer}");
}

#[test]
fn the_schema_check_refuses_undocumented_fields_wrong_types_and_missing_ones() {
    let schema = serde_json::json!({
        "type": "object",
        "properties": {
            "a": {"type": ["string", "null"], "format": "date"},
            "b": {"type": "array", "items": {"anyOf": [{"type": "integer"}, {"type": "object", "properties": {"c": {"enum": ["x"]}}, "required": ["c"]}]}},
            "d": {"oneOf": [{"type": "object", "properties": {"e": {"type": "string"}}, "required": ["e"]}, {"type": "null"}]},
            "f": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
        },
        "required": ["a"],
    });
    let errors = |v: Value| {
        let mut e = Vec::new();
        check(&schema, &v, "$", &mut e);
        e
    };
    assert!(errors(serde_json::json!({"a": "2026-01-31", "b": [1, {"c": "x"}]})).is_empty());
    assert!(errors(serde_json::json!({"a": null})).is_empty());
    assert!(errors(serde_json::json!({"a": null, "d": null, "f": 1.5})).is_empty());
    assert!(errors(serde_json::json!({"a": null, "d": {"e": "x"}})).is_empty());
    for bad in [
        serde_json::json!({}),
        serde_json::json!({"a": "31/01/2026"}),
        serde_json::json!({"a": 5}),
        serde_json::json!({"a": null, "z": 1}),
        serde_json::json!({"a": null, "b": [1.5]}),
        serde_json::json!({"a": null, "b": [{"c": "y"}]}),
        serde_json::json!({"a": null, "b": [{}]}),
        serde_json::json!({"a": null, "d": {}}),
        serde_json::json!({"a": null, "d": {"e": "x", "g": 1}}),
        serde_json::json!({"a": null, "d": 5}),
        // An integer is a number too: it fits both, not one.
        serde_json::json!({"a": null, "f": 1}),
    ] {
        assert!(!errors(bad.clone()).is_empty(), "{bad}");
    }
}
