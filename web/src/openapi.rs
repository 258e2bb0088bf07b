//! The API v1 described as an OpenAPI 3.1 document (`GET /api/v1/openapi.json`)
//! and the source of the readable API page (`/api`), generated from the code
//! by utoipa: each handler's `#[utoipa::path]` gives its operation (path,
//! parameters from its query struct's `IntoParams`, request body, answers
//! with the view each returns, and its summary and description in Japanese
//! as the extensions `x-summary-ja` / `x-description-ja`, which the API page
//! shows), and the views' `ToSchema` give `components/schemas`, so an answer
//! and its schema cannot differ in a field. [`ApiDoc`] collects them.
//!
//! What utoipa's attributes cannot say is added to the generated JSON in
//! [`document`], each step with its reason: `info.summary`, the tags'
//! Japanese, the Japanese of parameters read off a query struct (its `JA`
//! table), `allowEmptyValue`, the reconciliation `queries` parameter as
//! JSON content, and which nullable fields are always present.
//!
//! Two tests keep it honest: every route the router registers under
//! `/api/v1` is described here with the same methods, and nothing else is
//! (unit test below), and real answers of every route validate against
//! their schemas, undocumented fields refused (`tests/e2e/openapi.rs`).
//! utoipa-actix-web's scope wrapper was not used: it collects only services
//! registered with actix's route macros, and the API's resources are built
//! by hand (JSON 405s, per-route body limits, GET/HEAD guards; see
//! `crate::api_routes`).

pub mod requests;
pub mod responses;

use std::sync::LazyLock;

use serde_json::{Value, json};
use utoipa::OpenApi;

use crate::views::ErrorBody;
use crate::views::entity::EntityView;
use crate::views::follow::Changes;
use crate::views::notice::NoticeView;
use crate::views::search::{Lookup, SearchResults};
use crate::views::vet::{ReconcileManifest, ReconcileResults, VetResponse};
use requests::{ReconcileQueries, ReconcileQuery};

/// The document, built once.
pub static DOCUMENT: LazyLock<Value> = LazyLock::new(document);

/// `GET /api/v1/openapi.json`.
#[utoipa::path(
    get,
    path = "/openapi.json",
    operation_id = "openapi",
    tag = "meta",
    summary = "This document",
    description = "The API described as OpenAPI 3.1.",
    responses(
        (status = 200, description = "The OpenAPI document.", body = Object),
        responses::ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("この文書")),
        ("x-description-ja" = json!("API の説明（OpenAPI 3.1）。")),
    ),
)]
pub async fn openapi_json() -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .insert_header(("Cache-Control", "max-age=3600"))
        .json(&*DOCUMENT)
}

/// Every operation of the API, by its handler, and every answer by its
/// view: the derive reads each struct (and every struct it holds) into
/// `components/schemas`, doc comments becoming descriptions, so that a
/// field added to a view is in the document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "tadoru API",
        version = "1",
        description = "Field names are snake_case English; Japanese values stay Japanese, with English renderings beside them (`kind_en`, `title_en`). Errors are JSON `{\"error\": \"snake_code\", \"message\": \"...\"}`, a 4xx for bad input. Every fact cites the archived document it came from (sha256). A match or the absence of a record says what tadoru's sources record: no record found does not mean safe.",
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    servers((url = "/api/v1")),
    tags(
        (name = "search", description = "Find notices and entities."),
        (name = "records", description = "Entities, notices and archived originals."),
        (name = "follow", description = "What changed."),
        (name = "vet", description = "Batch vetting and reconciliation."),
        (name = "meta", description = "This description."),
    ),
    paths(
        crate::api::search,
        crate::api::lookup,
        crate::api::entity,
        crate::api::notice,
        crate::api::document,
        crate::changes::changes,
        crate::vet::vet,
        crate::reconcile::get,
        crate::reconcile::post,
        openapi_json,
    ),
    components(schemas(
        ErrorBody,
        SearchResults,
        Lookup,
        EntityView,
        NoticeView,
        Changes,
        VetResponse,
        ReconcileManifest,
        ReconcileResults,
        ReconcileQuery,
        ReconcileQueries,
    )),
)]
pub struct ApiDoc;

/// One line of API info the derive has no attribute for (OpenAPI 3.1 `info.summary`).
const SUMMARY: &str = "Enforcement notices against Japan's regenerative-medicine clinics and cell-processing facilities, linked through every rename.";

/// The tags in Japanese (the derive takes no extensions on tags).
const TAGS_JA: [(&str, &str); 5] = [
    ("search", "検索"),
    ("records", "記録"),
    ("follow", "更新の追跡"),
    ("vet", "一括照会・名寄せ"),
    ("meta", "この説明"),
];

/// The Japanese of the parameters read off a query struct, by operation:
/// `#[param(...)]` takes no extensions, so each struct keeps its own table.
const PARAMS_JA: [(&str, &[(&str, &str)]); 4] = [
    ("search", crate::api::SearchParams::JA),
    ("lookup", crate::api::LookupParams::JA),
    ("changes", crate::changes::ChangesParams::JA),
    ("reconcile", crate::reconcile::ReconcileParams::JA),
];

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
            "name_en_source",
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
            "permalink",
            "api_url",
            "status",
            "closed_on",
            "orders",
            "inherited_orders",
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

/// Adds what the derive cannot say to the generated document.
fn complete(doc: &mut Value) {
    doc["info"]["summary"] = json!(SUMMARY);
    if let Some(tags) = doc["tags"].as_array_mut() {
        for tag in tags {
            let ja = TAGS_JA.iter().find(|(n, _)| tag["name"] == *n);
            if let Some((_, ja)) = ja {
                tag["x-description-ja"] = json!(ja);
            }
        }
    }
    let ops = doc["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut());
    for op in ops {
        let id = op["operationId"].as_str().unwrap_or("").to_string();
        let ja = PARAMS_JA.iter().find(|(o, _)| *o == id).map(|(_, t)| *t);
        let params = op.get_mut("parameters").and_then(Value::as_array_mut);
        for p in params.into_iter().flatten() {
            let name = p["name"].as_str().unwrap_or("").to_string();
            if let Some((_, text)) = ja.into_iter().flatten().find(|(n, _)| *n == name) {
                p["x-description-ja"] = json!(text);
            }
            // An optional query parameter given empty (`?type=&page=`, as
            // an HTML form sends it) is taken as not given.
            if p["in"] == "query" && p["required"] != true {
                p["allowEmptyValue"] = json!(true);
            }
            // `queries` is a JSON text: described as JSON content (OpenAPI
            // 3.1 §4.8.12.2), which `#[param]` cannot write.
            if id == "reconcile"
                && name == "queries"
                && let Some(p) = p.as_object_mut()
            {
                p.remove("schema");
                p.remove("allowEmptyValue");
                p.insert(
                        "content".into(),
                        json!({"application/json": {"schema": {"$ref": "#/components/schemas/ReconcileQueries"}}}),
                    );
            }
        }
    }
    if let Some(schemas) = doc["components"]["schemas"].as_object_mut() {
        for (name, schema) in schemas.iter_mut() {
            require_nullable(name, schema);
        }
    }
}

/// The whole document.
pub fn document() -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_else(|_| json!({}));
    complete(&mut doc);
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
        assert_eq!(doc["openapi"], "3.1.0");
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
                for p in op["parameters"].as_array().into_iter().flatten() {
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
