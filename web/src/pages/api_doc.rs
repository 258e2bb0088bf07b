//! `/api`: the JSON API explained for people, in Japanese or English, read
//! off the OpenAPI document itself (`crate::openapi`) so that the page and
//! the machine-readable description cannot disagree: each operation with its
//! parameters, answers and the fields of its answer, and a live example.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::{Markup, html};
use serde_json::Value;

use super::{ja_text, layout, page, with_lang};
use crate::AppState;
use crate::i18n::Lang;

/// A request to try for each operation (GET: a link to the live answer).
fn example(operation_id: &str) -> Option<&'static str> {
    Some(match operation_id {
        "search" => "/api/v1/search?q=東京サイエンスクリニック&per_page=5",
        "lookup" => "/api/v1/lookup?name=ティーエスクリニック",
        "changes" => "/api/v1/changes?limit=5",
        "reconcile" => "/api/v1/reconcile",
        "openapi" => "/api/v1/openapi.json",
        "vet" => {
            "curl -X POST -H 'Content-Type: text/csv' --data-binary @subcontractors.csv \\\n  {base}/api/v1/vet"
        }
        "reconcile_batch" => {
            "curl --data-urlencode 'queries={\"q0\":{\"query\":\"東京サイエンスクリニック\",\"type\":\"clinic\"}}' \\\n  {base}/api/v1/reconcile"
        }
        _ => return None,
    })
}

/// The order operations are listed in: the way a reader meets them.
const ORDER: [&str; 10] = [
    "search",
    "lookup",
    "entity",
    "notice",
    "document",
    "changes",
    "vet",
    "reconcile",
    "reconcile_batch",
    "openapi",
];

/// What a status means, for the Japanese page.
fn status_ja(status: &str) -> Option<&'static str> {
    Some(match status {
        "200" => "成功",
        "308" => "他の記録に統合済み（Location が統合先）",
        "400" => "入力の誤り（message に理由）",
        "404" => "該当する記録がありません",
        "405" => "このメソッドは使えません（Allow に使えるメソッド）",
        "413" => "送信内容が大きすぎます",
        "500" => "内部エラー（記録されます）",
        "503" => "混雑中（Retry-After の秒数のあとに再試行）",
        _ => return None,
    })
}

/// A description as the document writes it, Markdown's `code` spans shown
/// as code (CommonMark, which OpenAPI descriptions are written in: only the
/// spans are used here), the rest marked up by language.
fn prose(lang: Lang, text: &str) -> Markup {
    let parts: Vec<&str> = text.split('`').collect();
    // An unpaired backtick is a backtick.
    if parts.len().is_multiple_of(2) {
        return ja_text(lang, text);
    }
    html! {
        @for (i, part) in parts.iter().enumerate() {
            @if i % 2 == 1 { code { (part) } } @else { (ja_text(lang, part)) }
        }
    }
}

/// The schema a `$ref` names, or the schema itself.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> (&'a Value, Option<&'a str>) {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            (&doc["components"]["schemas"][name], Some(name))
        }
        None => (schema, None),
    }
}

/// A schema's type in a word: `string`, `integer | null`, `[EntityBrief]`.
fn type_word(schema: &Value) -> String {
    if let Some(r) = schema["$ref"].as_str() {
        return r.trim_start_matches("#/components/schemas/").to_string();
    }
    if let Some(alts) = schema["anyOf"].as_array().or(schema["oneOf"].as_array()) {
        return alts.iter().map(type_word).collect::<Vec<_>>().join(" | ");
    }
    match &schema["type"] {
        Value::String(t) if t == "array" => format!("[{}]", type_word(&schema["items"])),
        Value::String(t) => t.clone(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "any".into(),
    }
}

/// A parameter's constraints: `1–100`, `notice | entity`, `default 20`
/// (`既定 20`, `256 文字まで` on Japanese pages).
fn constraints(schema: &Value, lang: Lang) -> String {
    let mut out = Vec::new();
    if let Some(e) = schema["enum"].as_array() {
        out.push(
            e.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(" | "),
        );
    }
    match (schema["minimum"].as_i64(), schema["maximum"].as_i64()) {
        (Some(a), Some(b)) => out.push(format!("{a}–{b}")),
        (Some(a), None) => out.push(format!("≥ {a}")),
        _ => {}
    }
    if let Some(n) = schema["maxLength"].as_u64() {
        out.push(match lang {
            Lang::Ja => format!("{n} 文字まで"),
            Lang::En => format!("≤ {n} chars"),
        });
    }
    if let Some(d) = schema.get("default") {
        out.push(match lang {
            Lang::Ja => format!("既定 {d}"),
            Lang::En => format!("default {d}"),
        });
    }
    out.join("; ")
}

fn fields(doc: &Value, schema: &Value, lang: Lang) -> Markup {
    let (schema, name) = resolve(doc, schema);
    let Some(props) = schema["properties"].as_object() else {
        return html! {};
    };
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    html! {
        details.fields {
            summary { (lang.t("応答の項目", "Fields of the answer")) @if let Some(n) = name { " (" code { (n) } ")" } }
            dl.fields {
                @for (k, v) in props {
                    dt { code { (k) } }
                    dd {
                        code { (type_word(v)) }
                        @if !required.contains(&k.as_str()) { " " span.muted { (lang.t("（ある場合のみ）", "(when present)")) } }
                        @if let Some(d) = v["description"].as_str().filter(|d| !d.is_empty()) {
                            " — " @if lang == Lang::Ja { span lang="en" { (prose(lang, d)) } } @else { (prose(lang, d)) }
                        }
                    }
                }
            }
        }
    }
}

fn operation(doc: &Value, path: &str, method: &str, op: &Value, lang: Lang, base: &str) -> Markup {
    let id = op["operationId"].as_str().unwrap_or("");
    let text = |key: &str| -> String {
        let ja = op[format!("x-{key}-ja")].as_str();
        let en = op[key].as_str().unwrap_or("");
        match lang {
            Lang::Ja => ja.unwrap_or(en).to_string(),
            Lang::En => en.to_string(),
        }
    };
    let params = op["parameters"].as_array().cloned().unwrap_or_default();
    let ok = &op["responses"]["200"]["content"]["application/json"]["schema"];
    let heading_id = format!("op-{id}");
    html! {
        section.op aria-labelledby=(heading_id) {
            h3 id=(heading_id) { (ja_text(lang, &text("summary"))) }
            p { code.endpoint { (method.to_ascii_uppercase()) " /api/v1" (path) } }
            p { (prose(lang, &text("description"))) }
            @if !params.is_empty() {
                h4 { (lang.t("パラメーター", "Parameters")) }
                dl.fields {
                    @for p in &params {
                        dt {
                            code { (p["name"].as_str().unwrap_or("")) }
                            @if p["required"].as_bool() == Some(true) { " " strong { (lang.t("必須", "required")) } }
                        }
                        dd {
                            @match lang {
                                Lang::Ja => (prose(lang, p["x-description-ja"].as_str().unwrap_or(""))),
                                Lang::En => (prose(lang, p["description"].as_str().unwrap_or(""))),
                            }
                            @let c = constraints(&p["schema"], lang);
                            @if !c.is_empty() { " " span.muted { (lang.t("（", "(")) (c) (lang.t("）", ")")) } }
                        }
                    }
                }
            }
            @if let Some(body) = op["requestBody"]["content"].as_object() {
                h4 { (lang.t("送る内容", "Request body")) }
                p { @for (i, ct) in body.keys().enumerate() { @if i > 0 { ", " } code { (ct) } } }
            }
            h4 { (lang.t("応答", "Answers")) }
            ul.statuses {
                @for (status, r) in op["responses"].as_object().into_iter().flatten() {
                    @let en = r["description"].as_str().unwrap_or("");
                    li { code { (status) } " "
                        @match (lang, status_ja(status)) {
                            (Lang::Ja, Some(ja)) => (ja),
                            (Lang::Ja, None) => span lang="en" { (prose(lang, en)) },
                            (Lang::En, _) => (prose(lang, en)),
                        }
                    }
                }
            }
            @if ok.is_object() { (fields(doc, ok, lang)) }
            @if let Some(ex) = example(id) {
                h4 { (lang.t("例", "Example")) }
                @if ex.starts_with('/') {
                    p { a href=(ex) { code { (ja_text(lang, ex)) } } }
                } @else {
                    pre.example { code { (ja_text(lang, &ex.replace("{base}", base))) } }
                }
            }
        }
    }
}

/// `GET /api`.
pub async fn api_doc(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let doc = &*crate::openapi::DOCUMENT;
    let base = state.base(&req).url;
    let other = with_lang("/api", if lang == Lang::Ja { Lang::En } else { Lang::Ja });
    let title = lang.t("API（JSON）の使い方", "The JSON API");
    let tags = doc["tags"].as_array().cloned().unwrap_or_default();
    let mut ops: Vec<(&String, &String, &Value)> = doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .flat_map(|(path, item)| {
            item.as_object()
                .into_iter()
                .flatten()
                .map(move |(m, op)| (path, m, op))
        })
        .collect();
    ops.sort_by_key(|(_, _, op)| {
        let id = op["operationId"].as_str().unwrap_or("");
        (
            ORDER.iter().position(|o| *o == id).unwrap_or(ORDER.len()),
            id,
        )
    });
    let body = html! {
        h1 { (title) }
        p { (lang.t(
            "tadoru のすべての記録は JSON でも読めます。登録やキーは不要です。項目名は英語の snake_case、日本語の値は日本語のまま、英語の訳を隣に付けています（kind_en、title_en）。誤った入力には 4xx と {\"error\": \"…\", \"message\": \"…\"} を返します。",
            "Every record tadoru shows can be read as JSON, with no key or sign-up. Field names are snake_case English; Japanese values stay Japanese, with English renderings beside them (kind_en, title_en). Bad input is answered with a 4xx and {\"error\": \"…\", \"message\": \"…\"}.")) }
        p {
            (lang.t("住所：", "Base address: ")) code { (base) "/api/v1" }
            br;
            (lang.t("機械で読める説明（OpenAPI 3.1）：", "Machine-readable description (OpenAPI 3.1): "))
            a href="/api/v1/openapi.json" { code { "/api/v1/openapi.json" } }
        }
        p.muted { (lang.t(
            "照会で記録が見つからないことは、安全であることを意味しません。tadoru が読んだ処分等の文書にその名前がない、というだけです。",
            "No record found does not mean safe: only that no enforcement notice tadoru has read names it.")) }
        nav aria-labelledby="toc-h" {
            h2 id="toc-h" { (lang.t("目次", "Contents")) }
            ol {
                @for (_, _, op) in &ops {
                    li { a href=(format!("#op-{}", op["operationId"].as_str().unwrap_or(""))) {
                        @match lang {
                            Lang::Ja => (op["x-summary-ja"].as_str().unwrap_or("")),
                            Lang::En => (ja_text(lang, op["summary"].as_str().unwrap_or(""))),
                        }
                    } }
                }
            }
        }
        @for tag in &tags {
            @let name = tag["name"].as_str().unwrap_or("");
            @let tag_ops: Vec<_> = ops.iter().filter(|(_, _, op)| op["tags"][0] == name).collect();
            @if !tag_ops.is_empty() {
                section aria-labelledby=(format!("tag-{name}")) {
                    h2 id=(format!("tag-{name}")) {
                        @match lang {
                            Lang::Ja => (tag["x-description-ja"].as_str().unwrap_or(name)),
                            Lang::En => (tag["description"].as_str().unwrap_or(name)),
                        }
                    }
                    @for (path, method, op) in tag_ops { (operation(doc, path, method, op, lang, &base)) }
                }
            }
        }
        h2 { (lang.t("フィードとダウンロード", "Feeds and downloads")) }
        p { (lang.t(
            "JSON API のほか、Atom フィード（/notices.atom、/search.atom?q=…、/entities/{id}.atom）と、検索・施設ごとの CSV / NDJSON（/search.csv?q=…、/entities/{id}.ndjson）があります。",
            "Besides the JSON API: Atom feeds (/notices.atom, /search.atom?q=…, /entities/{id}.atom) and CSV / NDJSON downloads of any search or entity (/search.csv?q=…, /entities/{id}.ndjson).")) }
    };
    page(
        StatusCode::OK,
        layout(lang, state.demo, title, "", &other, body),
    )
}
