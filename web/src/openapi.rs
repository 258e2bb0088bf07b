//! The API v1 described as an OpenAPI 3.1 document (`GET /api/v1/openapi.json`)
//! and the source of the readable API page (`/api`). The schemas of every
//! answer are generated from the view structs (`crate::views`, utoipa's
//! `ToSchema`), so an answer and its schema cannot differ in a field; the
//! operations (paths, parameters, status codes, each in English and in
//! Japanese as `x-summary-ja` / `x-description-ja`, which the API page
//! shows) are written here beside the router, from the same constants
//! (limits, kind and role codes), as are the request bodies of `/vet` and
//! `/reconcile`. Two tests keep it honest: every route the router registers
//! under `/api/v1` is described here with the same methods (unit test
//! below), and real answers of every route validate against their schemas,
//! undocumented fields refused (`tests/e2e/openapi.rs`).

use std::sync::LazyLock;

use serde_json::{Map, Value, json};
use tadoru_crawler::{NoticeKind, Role};
use utoipa::OpenApi;

use crate::views::ErrorBody;
use crate::views::entity::EntityView;
use crate::views::follow::Changes;
use crate::views::notice::NoticeView;
use crate::views::search::{Lookup, SearchResults};
use crate::views::vet::{ReconcileManifest, ReconcileResults, VetResponse};

/// The document, built once.
pub static DOCUMENT: LazyLock<Value> = LazyLock::new(document);

/// `GET /api/v1/openapi.json`.
pub async fn openapi_json() -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .insert_header(("Cache-Control", "max-age=3600"))
        .json(&*DOCUMENT)
}

/// Every answer of the API, by its view: the derive reads each struct (and
/// every struct it holds) into `components/schemas`, doc comments becoming
/// descriptions, so that a field added to a view is in the document.
#[derive(OpenApi)]
#[openapi(components(schemas(
    ErrorBody,
    SearchResults,
    Lookup,
    EntityView,
    NoticeView,
    Changes,
    VetResponse,
    ReconcileManifest,
    ReconcileResults,
)))]
struct Views;

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn kind_codes() -> Vec<&'static str> {
    NoticeKind::ALL.iter().map(|k| k.code()).collect()
}

fn role_codes() -> Vec<&'static str> {
    Role::ALL.iter().map(|r| r.code()).collect()
}

/// The schemas of the views, generated, and of the reconciliation
/// service's queries (a request format, written in `reconcile`).
fn schemas() -> Value {
    let mut s = match Views::openapi().components {
        Some(c) => match serde_json::to_value(c.schemas) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        },
        None => Map::new(),
    };
    for (name, schema) in s.iter_mut() {
        require_nullable(name, schema);
    }
    let mut add = |name: &str, v: Value| {
        s.insert(name.to_string(), v);
    };
    crate::reconcile::schemas(&mut add);
    Value::Object(s)
}

/// The `Option` fields that an answer leaves out (rather than sets to
/// null) when they do not apply: `skip_serializing_if` in the views.
const SOMETIMES_ABSENT: [(&str, &[&str]); 4] = [
    (
        "SearchHit",
        &[
            "issued_on",
            "parties",
            "names",
            "status",
            "romaji",
            "name_en",
            "summary",
        ],
    ),
    (
        "Change",
        &[
            "title",
            "kind",
            "kind_en",
            "issued_on",
            "current_name",
            "role",
            "merged_into",
        ],
    ),
    (
        "VetResult",
        &[
            "candidates",
            "entity",
            "url",
            "status",
            "closed_on",
            "orders",
            "now_part_of",
        ],
    ),
    ("EntityBrief", &["now_part_of", "via"]),
];

fn admits_null(schema: &Value) -> bool {
    match &schema["type"] {
        Value::Array(ts) => ts.iter().any(|t| t == "null"),
        _ => schema["oneOf"]
            .as_array()
            .is_some_and(|alts| alts.iter().any(|a| a["type"] == "null")),
    }
}

/// The derive takes an `Option` field as not required; in these views every
/// one is written, as null when unknown, but for [`SOMETIMES_ABSENT`]: the
/// document says so, and the e2e check holds real answers to it.
fn require_nullable(name: &str, schema: &mut Value) {
    let Some(props) = schema["properties"].as_object() else {
        return;
    };
    let mut required: Vec<Value> = schema["required"].as_array().cloned().unwrap_or_default();
    for (k, v) in props {
        let absent = SOMETIMES_ABSENT
            .iter()
            .any(|(n, fields)| *n == name && fields.contains(&k.as_str()));
        if admits_null(v) && !absent && !required.iter().any(|r| r == k) {
            required.push(Value::String(k.clone()));
        }
    }
    schema["required"] = Value::Array(required);
}

/// A query or path parameter. An optional query parameter given empty
/// (`?type=&page=`, as an HTML form sends it) is taken as not given.
fn param(name: &str, location: &str, required: bool, schema: Value, en: &str, ja: &str) -> Value {
    let mut p = json!({
        "name": name,
        "in": location,
        "required": required,
        "schema": schema,
        "description": en,
        "x-description-ja": ja,
    });
    if !required && location == "query" {
        p["allowEmptyValue"] = json!(true);
    }
    p
}

fn json_response(description: &str, schema: Value) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": schema}}})
}

pub(crate) fn error(description: &str) -> Value {
    json_response(description, r("Error"))
}

fn busy() -> Value {
    json!({
        "description": "The store is busy (an update is being applied); retry after the given seconds.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}},
        "content": {"application/json": {"schema": r("Error")}},
    })
}

fn not_allowed(allow: &str) -> Value {
    json!({
        "description": format!("Another method than {allow}."),
        "headers": {"Allow": {"schema": {"type": "string"}, "description": allow}},
        "content": {"application/json": {"schema": r("Error")}},
    })
}

/// An operation with the errors every route may answer.
pub(crate) fn operation(
    id: &str,
    tag: &str,
    summary: (&str, &str),
    description: (&str, &str),
    parameters: Vec<Value>,
    ok: Value,
    mut errors: Vec<(&str, Value)>,
) -> Value {
    let mut responses = Map::new();
    responses.insert("200".into(), ok);
    errors.push(("405", not_allowed("GET, HEAD")));
    errors.push(("503", busy()));
    errors.push(("500", error("An internal error (logged).")));
    for (status, v) in errors {
        responses.entry(status.to_string()).or_insert(v);
    }
    json!({
        "operationId": id,
        "tags": [tag],
        "summary": summary.0,
        "x-summary-ja": summary.1,
        "description": description.0,
        "x-description-ja": description.1,
        "parameters": parameters,
        "responses": responses,
    })
}

fn id_param(prefix: &str, en: &str, ja: &str) -> Value {
    param(
        "id",
        "path",
        true,
        json!({"type": "string", "pattern": format!("^{prefix}[A-Za-z0-9-]{{1,{}}}$", 40 - prefix.len()), "maxLength": 40}),
        en,
        ja,
    )
}

fn paths() -> Value {
    let max_q = tadoru_index::query::MAX_QUERY_CHARS;
    let kinds_and_roles: Vec<&str> = kind_codes().into_iter().chain(role_codes()).collect();
    let bad = || error("Bad input: the message says what was wrong.");
    let not_found = || error("No such record.");
    let mut p = Map::new();
    p.insert("/search".into(), json!({"get": operation(
        "search",
        "search",
        ("Search notices and entities", "処分等と施設・法人を検索"),
        (
            "Full-text search in Japanese or English over notices (title, parties, text) and entities (every current and former name, romaji, English). Without `q`, every record matching the filters, newest first. At most 10,000 results deep: `page` × `per_page` beyond that is refused.",
            "処分等（件名・対象・本文）と施設・法人（現在と過去のすべての名称、ローマ字、英語）を日本語・英語で全文検索します。q を省くと、絞り込み条件に合うすべての記録を新しい順に返します。先頭から 10,000 件より先のページは指定できません。",
        ),
        vec![
            param("q", "query", false, json!({"type": "string", "maxLength": max_q}), "Words, a name (any script: 東京, Tokyo, とうきょう), a \"phrase\".", "検索語。名称（漢字・かな・ローマ字）、\"語句\" 検索も可。"),
            param("type", "query", false, json!({"type": "string", "enum": ["notice", "entity"]}), "Only notices or only entities.", "処分等のみ（notice）または施設・法人のみ（entity）。"),
            param("kind", "query", false, json!({"type": "string", "enum": kinds_and_roles}), "A notice kind or an entity role.", "処分の種別、または施設・法人の種類。"),
            param("year", "query", false, json!({"type": "integer", "minimum": 1900, "maximum": 2200}), "Year of issue (notices).", "発出年（処分等）。"),
            param("place", "query", false, json!({"type": "string", "maxLength": 64}), "A prefecture or city in any script (福岡, Fukuoka).", "都道府県・市区町村（漢字・ローマ字）。"),
            param("page", "query", false, json!({"type": "integer", "minimum": 1, "default": 1}), "Page number.", "ページ番号。"),
            param("per_page", "query", false, json!({"type": "integer", "minimum": 1, "maximum": 100, "default": 20}), "Hits per page.", "1 ページの件数。"),
        ],
        json_response("A page of hits.", r("SearchResults")),
        vec![("400", bad())],
    )}));
    p.insert("/lookup".into(), json!({"get": operation(
        "lookup",
        "search",
        ("Entities by any current or former name", "現在または過去の名称から施設・法人を引く"),
        (
            "Every entity that has had the name (spacing, width and legal form aside); an absorbed corporation also brings the one it is now part of. When no name matches, the best entities of a name search (`match`: `search`).",
            "その名称を持ったことのあるすべての施設・法人（空白・全角半角・法人格の違いは問いません）。吸収合併された法人は承継法人も返します。一致する名称がなければ名称検索の上位（match: search）。",
        ),
        vec![param("name", "query", true, json!({"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S"}), "A name, as written anywhere.", "名称。")],
        json_response("The entities.", r("Lookup")),
        vec![("400", bad())],
    )}));
    let mut entity = operation(
        "entity",
        "records",
        ("An entity's whole record", "施設・法人の全記録"),
        (
            "Dated names, identifiers, status and its history, edges with the reason for each, notices, the evidence of every fact, and `summary`: the entity at a glance. An entity merged into another answers 308 with the survivor's address.",
            "日付つきの名称、識別番号、状態とその履歴、関係（それぞれの根拠つき）、処分等、各事実の根拠文書、概要（summary）。他の記録に統合された施設・法人は 308 で統合先を示します。",
        ),
        vec![id_param(
            "e-",
            "The entity id (`e-…`).",
            "施設・法人の ID（e-…）。",
        )],
        json_response("The entity.", r("Entity")),
        vec![("400", bad()), ("404", not_found())],
    );
    entity["responses"]["308"] = json!({
        "description": "Merged into another entity: its id answers from now on.",
        "headers": {"Location": {"schema": {"type": "string"}, "description": "/api/v1/entities/{survivor}"}},
    });
    p.insert("/entities/{id}".into(), json!({"get": entity}));
    p.insert("/notices/{id}".into(), json!({"get": operation(
        "notice",
        "records",
        ("A notice", "処分等の記録"),
        (
            "Parsed fields (kind, authority, date, articles, subjects, renames, closures, persons), the text, and every version of the source document with its sha256.",
            "読み取った項目（種別・発出者・日付・条項・対象・名称変更・廃止・人物）、本文、原文書の各版（sha256 つき）。",
        ),
        vec![id_param("n-", "The notice id (`n-…`).", "処分等の ID（n-…）。")],
        json_response("The notice.", r("Notice")),
        vec![("400", bad()), ("404", not_found())],
    )}));
    p.insert("/documents/{sha256}".into(), json!({"get": operation(
        "document",
        "records",
        ("An archived original, as fetched", "保存された原文書（取得したバイト列そのまま）"),
        (
            "The exact bytes fetched, under their original content type, served with a sandboxing Content-Security-Policy. Headers name the source address and fetch time. Their sha256 is the address.",
            "取得したバイト列を元の Content-Type のまま返します（サンドボックス化した CSP つき）。ヘッダーに取得元 URL と取得日時。sha256 がそのまま住所です。",
        ),
        vec![param("sha256", "path", true, json!({"type": "string", "pattern": "^[0-9a-f]{64}$"}), "Lowercase hex sha256 of the bytes.", "バイト列の sha256（小文字の16進数）。")],
        json!({
            "description": "The archived bytes.",
            "headers": {
                "X-Tadoru-Source-Url": {"schema": {"type": "string"}, "description": "Where the bytes were fetched from."},
                "X-Tadoru-Fetched-At": {"schema": {"type": "string", "format": "date-time"}},
                "ETag": {"schema": {"type": "string"}},
            },
            "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
        }),
        vec![("400", bad()), ("404", not_found())],
    )}));
    p.insert("/changes".into(), json!({"get": operation(
        "changes",
        "follow",
        ("What was added or changed since a cursor", "カーソル以降に追加・変更された記録"),
        (
            "Notices and entities added or changed, oldest change first, a page at a time. Pass `next` back as `since` to read on; a record changed again is listed again after every cursor handed out before. `since` also takes an RFC 3339 timestamp.",
            "追加・変更された処分等と施設・法人を、古い変更から順に返します。next をそのまま since に渡すと続きを読めます。変更された記録は、それまでのカーソルより後に再び現れます。since には RFC 3339 の日時も指定できます。",
        ),
        vec![
            param("since", "query", false, json!({"anyOf": [
                {"type": "string", "pattern": "^([0-9]{1,20}([.]e[.]e-[A-Za-z0-9-]{0,38}|[.]n[.]n-[A-Za-z0-9-]{0,38})?)?$"},
                {"type": "string", "format": "date-time"},
            ]}), "A cursor (`next` of an earlier answer) or an RFC 3339 timestamp; none: from the start.", "前回の next、または RFC 3339 の日時。省略時は最初から。"),
            param("limit", "query", false, json!({"type": "integer", "minimum": 1, "maximum": crate::changes::MAX_LIMIT, "default": crate::changes::DEFAULT_LIMIT}), "Changes per page.", "1 回に返す件数。"),
            param("type", "query", false, json!({"type": "string", "enum": ["notice", "entity"]}), "Only notices or only entities.", "処分等のみ、または施設・法人のみ。"),
        ],
        json_response("A page of changes.", r("Changes")),
        vec![("400", bad())],
    )}));
    let mut vet = operation(
        "vet",
        "vet",
        (
            "Vet a list of names or corporate numbers",
            "名称・法人番号の一覧をまとめて照会",
        ),
        (
            "Each item (a name or a 13-digit corporate number, in any width, hyphens allowed) answered with the entity it matches, how and how surely, its status and orders. JSON (a list, or {\"items\": [...]}) or CSV / plain text (the first column of each line; a header line `name` is skipped).",
            "各項目（名称、または13桁の法人番号。全角・ハイフン可）について、一致した施設・法人、一致の仕方と確からしさ、状態と処分を返します。JSON（配列または {\"items\": [...]}）または CSV・テキスト（各行の1列目。見出し行 name は読み飛ばします）。",
        ),
        vec![],
        json_response("Every item answered.", r("VetResponse")),
        vec![
            ("400", bad()),
            (
                "413",
                error(&format!("The body is over {} bytes.", crate::vet::MAX_BODY)),
            ),
        ],
    );
    let item_chars = crate::vet::MAX_ITEM_CHARS;
    let item = json!({"anyOf": [
        {"type": "string", "maxLength": item_chars},
        {"type": "integer", "minimum": 0},
        {"type": "object", "properties": {
            "name": {"type": "string", "maxLength": item_chars},
            "corporate_number": {"type": "string", "maxLength": item_chars},
            "query": {"type": "string", "maxLength": item_chars},
        }, "anyOf": [{"required": ["name"]}, {"required": ["corporate_number"]}, {"required": ["query"]}]},
    ]});
    let list =
        json!({"type": "array", "items": item, "minItems": 1, "maxItems": crate::vet::MAX_ITEMS});
    // At least one line whose first column is not empty.
    let text = json!({"type": "string", "pattern": "(^|\n)[^\\s,\"]", "description": "One item a line (the first CSV column)."});
    vet["requestBody"] = json!({
        "required": true,
        "content": {
            "application/json": {
                "schema": {"anyOf": [list, {"type": "object", "properties": {"items": list}, "required": ["items"]}]},
                "example": ["東京サイエンスクリニック", "1234567890123"],
            },
            "text/csv": {"schema": text, "example": "name\n東京サイエンスクリニック\n1234567890123\n"},
            "text/plain": {"schema": text},
        },
    });
    if let Some(r) = vet["responses"]["405"].as_object_mut() {
        r.insert("description".into(), json!("Another method than POST."));
        r.insert(
            "headers".into(),
            json!({"Allow": {"schema": {"type": "string"}, "description": "POST"}}),
        );
    }
    p.insert("/vet".into(), json!({"post": vet}));
    crate::reconcile::paths(&mut p);
    p.insert("/openapi.json".into(), json!({"get": operation(
        "openapi",
        "meta",
        ("This document", "この文書"),
        ("The API described as OpenAPI 3.1.", "API の説明（OpenAPI 3.1）。"),
        vec![],
        json!({"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}),
        vec![],
    )}));
    Value::Object(p)
}

/// Removes `"description": ""` left by the helpers.
fn drop_empty_descriptions(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if o.get("description").is_some_and(|d| d == "") {
                o.remove("description");
            }
            o.values_mut().for_each(drop_empty_descriptions);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_empty_descriptions),
        _ => {}
    }
}

/// The whole document.
pub fn document() -> Value {
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "tadoru API",
            "version": "1",
            "summary": "Enforcement notices against Japan's regenerative-medicine clinics and cell-processing facilities, linked through every rename.",
            "description": "Field names are snake_case English; Japanese values stay Japanese, with English renderings beside them (`kind_en`, `title_en`). Errors are JSON `{\"error\": \"snake_code\", \"message\": \"...\"}`, a 4xx for bad input. Every fact cites the archived document it came from (sha256). A match or the absence of a record says what tadoru's sources record: no record found does not mean safe.",
            "license": {"name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0"},
        },
        "servers": [{"url": "/api/v1"}],
        "tags": [
            {"name": "search", "description": "Find notices and entities.", "x-description-ja": "検索"},
            {"name": "records", "description": "Entities, notices and archived originals.", "x-description-ja": "記録"},
            {"name": "follow", "description": "What changed.", "x-description-ja": "更新の追跡"},
            {"name": "vet", "description": "Batch vetting and reconciliation.", "x-description-ja": "一括照会・名寄せ"},
            {"name": "meta", "description": "This description.", "x-description-ja": "この説明"},
        ],
        "paths": paths(),
        "components": {"schemas": schemas()},
    });
    drop_empty_descriptions(&mut doc);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `$ref` points to a schema that exists.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(s)) = o.get("$ref") {
                    out.push(s.clone());
                }
                o.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }

    #[test]
    fn every_api_route_is_described_with_its_methods_and_nothing_else() {
        let doc = document();
        let paths = doc["paths"].as_object().unwrap();
        let routes = crate::api_routes();
        for route in &routes {
            let item = paths
                .get(route.path)
                .unwrap_or_else(|| panic!("{} is not in the OpenAPI document", route.path));
            for m in route.methods {
                if *m == "HEAD" {
                    continue;
                }
                let op = &item[m.to_ascii_lowercase()];
                assert!(op.is_object(), "{m} {} is not described", route.path);
                assert!(op["responses"]["200"].is_object(), "{m} {}", route.path);
                assert!(op["x-summary-ja"].is_string(), "{m} {}", route.path);
            }
            let described: Vec<&String> = item.as_object().unwrap().keys().collect();
            for d in described {
                assert!(
                    route
                        .methods
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(d.as_str())),
                    "{d} {} is described but not routed",
                    route.path
                );
            }
        }
        for path in paths.keys() {
            assert!(
                routes.iter().any(|r| r.path == path),
                "{path} is described but not routed"
            );
        }
    }

    #[test]
    fn every_reference_resolves_and_every_parameter_has_both_languages() {
        let doc = document();
        let mut out = Vec::new();
        refs(&doc, &mut out);
        assert!(!out.is_empty());
        for r in out {
            let name = r.trim_start_matches("#/components/schemas/");
            assert!(doc["components"]["schemas"][name].is_object(), "{r}");
        }
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                for p in op["parameters"].as_array().unwrap() {
                    assert!(
                        p["description"].is_string() && p["x-description-ja"].is_string(),
                        "{method} {path} {p}"
                    );
                }
                for status in op["responses"].as_object().unwrap().keys() {
                    assert!(status.parse::<u16>().is_ok(), "{method} {path} {status}");
                }
            }
        }
    }

    #[test]
    fn the_sometimes_absent_fields_exist_and_are_not_required() {
        let doc = document();
        for (schema, field) in SOMETIMES_ABSENT
            .iter()
            .flat_map(|(s, fields)| fields.iter().map(move |f| (*s, *f)))
        {
            let s = &doc["components"]["schemas"][schema];
            assert!(s["properties"][field].is_object(), "{schema}.{field}");
            assert!(
                !s["required"].as_array().unwrap().iter().any(|r| r == field),
                "{schema}.{field}"
            );
        }
        // Every other nullable field is required: present, null when unknown.
        let entity = &doc["components"]["schemas"]["Entity"]["required"];
        for field in ["en_name", "furigana", "now_part_of", "summary"] {
            assert!(
                entity.as_array().unwrap().iter().any(|r| r == field),
                "{field}"
            );
        }
    }

    #[test]
    fn the_edge_kinds_are_the_graphs() {
        for k in [
            tadoru_graph::EdgeKind::Operates,
            tadoru_graph::EdgeKind::OperatedBy,
            tadoru_graph::EdgeKind::ProcessesCellsFor,
            tadoru_graph::EdgeKind::CellsProcessedBy,
            tadoru_graph::EdgeKind::SucceededBy,
            tadoru_graph::EdgeKind::Succeeds,
            tadoru_graph::EdgeKind::HoldsPosition,
            tadoru_graph::EdgeKind::PositionHeldBy,
            tadoru_graph::EdgeKind::SameNameAs,
        ] {
            let code = serde_json::to_value(k).unwrap();
            assert!(
                crate::views::schema::EDGE_KINDS.contains(&code.as_str().unwrap()),
                "{code}"
            );
        }
    }
}
