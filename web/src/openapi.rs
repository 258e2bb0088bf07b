//! The API v1 described as an OpenAPI 3.1 document (`GET /api/v1/openapi.json`)
//! and the source of the readable API page (`/api`). The JSON views are
//! assembled in `views`, `api`, `vet`, `changes` and `reconcile`, so the
//! document is written here beside them, from the same constants (limits,
//! kind and role codes); two tests keep it honest: every route the router
//! registers under `/api/v1` is described here with the same methods (unit
//! test below), and real answers of every route validate against their
//! schemas, undocumented fields refused (`tests/e2e/openapi.rs`).
//!
//! Each operation and parameter also carries its Japanese text as an
//! `x-summary-ja` / `x-description-ja` extension, which the API page shows.

use std::sync::LazyLock;

use serde_json::{Map, Value, json};
use tadoru_crawler::{NoticeKind, Role};

/// The document, built once.
pub static DOCUMENT: LazyLock<Value> = LazyLock::new(document);

/// `GET /api/v1/openapi.json`.
pub async fn openapi_json() -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .insert_header(("Cache-Control", "max-age=3600"))
        .json(&*DOCUMENT)
}

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn string() -> Value {
    json!({"type": "string"})
}

fn string_d(description: &str) -> Value {
    json!({"type": "string", "description": description})
}

fn nullable_string(description: &str) -> Value {
    json!({"type": ["string", "null"], "description": description})
}

fn integer(description: &str) -> Value {
    json!({"type": "integer", "minimum": 0, "description": description})
}

fn boolean(description: &str) -> Value {
    json!({"type": "boolean", "description": description})
}

fn date(description: &str) -> Value {
    json!({"type": ["string", "null"], "format": "date", "description": description})
}

fn date_time(description: &str) -> Value {
    json!({"type": "string", "format": "date-time", "description": description})
}

/// A date as precise as its source: `2025-08` or `2025-08-29`, or null.
fn partial_date(description: &str) -> Value {
    json!({
        "type": ["string", "null"],
        "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$",
        "description": description,
    })
}

fn strings(description: &str) -> Value {
    json!({"type": "array", "items": {"type": "string"}, "description": description})
}

fn array(items: Value) -> Value {
    json!({"type": "array", "items": items})
}

fn nullable(schema: Value) -> Value {
    json!({"anyOf": [schema, {"type": "null"}]})
}

fn one_of(values: &[&str], description: &str) -> Value {
    json!({"type": "string", "enum": values, "description": description})
}

/// An object whose listed fields are all present (null where unknown), but
/// for those in `optional`.
fn object(description: &str, props: Vec<(&str, Value)>, optional: &[&str]) -> Value {
    let required: Vec<&str> = props
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !optional.contains(k))
        .collect();
    let properties: Map<String, Value> =
        props.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
    })
}

fn kind_codes() -> Vec<&'static str> {
    NoticeKind::ALL.iter().map(|k| k.code()).collect()
}

fn role_codes() -> Vec<&'static str> {
    Role::ALL.iter().map(|r| r.code()).collect()
}

const STATES: [&str; 3] = ["active", "closed", "deleted"];

/// The kinds of edge between entities (`tadoru_graph::EdgeKind`, snake_case).
pub const EDGE_KINDS: [&str; 9] = [
    "operates",
    "operated_by",
    "processes_cells_for",
    "cells_processed_by",
    "succeeded_by",
    "succeeds",
    "holds_position",
    "position_held_by",
    "same_name_as",
];

/// The `error` codes an API answer may carry.
pub const ERROR_CODES: [&str; 7] = [
    "bad_request",
    "bad_query",
    "not_found",
    "method_not_allowed",
    "payload_too_large",
    "busy",
    "internal_error",
];

fn schemas() -> Value {
    let kinds = kind_codes();
    let roles = role_codes();
    let kinds_and_roles: Vec<&str> = kinds.iter().chain(roles.iter()).copied().collect();
    let mut s = Map::new();
    let mut add = |name: &str, v: Value| {
        s.insert(name.to_string(), v);
    };
    add(
        "Error",
        object(
            "A refused or failed request. 4xx: something in the request was wrong (the message says what); 503 busy: retry after the Retry-After seconds.",
            vec![
                ("error", one_of(&ERROR_CODES, "A stable snake_case code.")),
                ("message", string_d("What was wrong, in English.")),
            ],
            &[],
        ),
    );
    add(
        "Evidence",
        object(
            "Where a fact came from: the archived document (sha256 of the exact bytes fetched) and the place in it.",
            vec![
                (
                    "sha256",
                    string_d("Lowercase hex sha256 of the archived bytes."),
                ),
                (
                    "url",
                    string_d("The address the document was fetched from."),
                ),
                (
                    "locator",
                    string_d("Where in the document (`notice n-…`, `line 12`)."),
                ),
                (
                    "archived_url",
                    string_d("The archived bytes: `/api/v1/documents/{sha256}`."),
                ),
            ],
            &[],
        ),
    );
    add(
        "EntityBrief",
        object(
            "An entity, briefly.",
            vec![
                (
                    "id",
                    string_d("`e-…`; the same id as the entity page `/entities/{id}`."),
                ),
                ("current_name", string()),
                (
                    "names",
                    strings("Every name it has had, current and former."),
                ),
                (
                    "role",
                    one_of(
                        &roles,
                        "clinic, cell processing facility, operator (legal entity) or person (as printed in a notice).",
                    ),
                ),
                ("role_en", string()),
                (
                    "status",
                    one_of(&STATES, "`active` means no closure on record."),
                ),
                (
                    "demo",
                    boolean("Every fact about it comes from tadoru's demo mirror."),
                ),
                (
                    "now_part_of",
                    json!({"$ref": "#/components/schemas/EntityBrief", "description": "lookup: the corporation an absorbed one is now part of."}),
                ),
                (
                    "via",
                    object(
                        "lookup: listed as the successor of an entity the name matched.",
                        vec![("successor_of", string())],
                        &[],
                    ),
                ),
            ],
            &["now_part_of", "via"],
        ),
    );
    add(
        "NoticeBrief",
        object(
            "A notice, briefly.",
            vec![
                ("id", string_d("`n-…`")),
                ("title", string_d("The official title, in Japanese.")),
                ("title_en", string_d("An English rendering made by tadoru.")),
                ("kind", one_of(&kinds, "")),
                ("kind_en", string()),
                (
                    "authority",
                    string_d("The issuing authority (厚生労働省 or a regional bureau)."),
                ),
                ("issued_on", date("")),
            ],
            &[],
        ),
    );
    add(
        "Related",
        object(
            "Another entity linked to this one, with its own orders counted.",
            vec![
                ("id", string()),
                ("current_name", string()),
                ("role", one_of(&roles, "")),
                ("role_en", string()),
                ("state", one_of(&STATES, "")),
                ("orders", integer("Orders on record against it.")),
            ],
            &[],
        ),
    );
    add(
        "InForce",
        object(
            "Whether an order is still in force, as far as the sources say; nothing is inferred.",
            vec![
                (
                    "status",
                    one_of(
                        &["not_stated", "period", "lifted"],
                        "`not_stated`: no source says; `period`: the notice states one (see `until`, `ended`); `lifted`: a later notice says so.",
                    ),
                ),
                ("from", date("")),
                ("until", date("")),
                (
                    "ended",
                    json!({"type": ["boolean", "null"], "description": "For a stated period: whether its last day has passed."}),
                ),
                (
                    "lifted_by",
                    nullable_string("The notice that states the lifting."),
                ),
                ("lifted_on", date("")),
            ],
            &[],
        ),
    );
    add(
        "OrderRef",
        object(
            "An order (or filing) against the entity.",
            vec![
                ("notice_id", string()),
                ("kind", one_of(&kinds, "")),
                ("kind_en", string()),
                ("kind_ja", string()),
                ("issued_on", date("")),
                (
                    "articles",
                    strings(
                        "Articles of the Act it rests on (法第22条 …), for this entity where the notice says per party.",
                    ),
                ),
                ("articles_en", strings("")),
                ("authority", string()),
                ("authority_en", string()),
                ("in_force", r("InForce")),
            ],
            &[],
        ),
    );
    add(
        "Summary",
        object(
            "The entity at a glance: orders and whether each is in force, closure, renames, operator, and the facilities or clinics linked by cell processing.",
            vec![
                ("role", one_of(&roles, "")),
                ("role_en", string()),
                ("state", one_of(&STATES, "")),
                (
                    "closed_on",
                    partial_date("Since when it is closed, where a source says."),
                ),
                ("closure_cause", nullable_string("")),
                (
                    "orders",
                    json!({"type": "array", "items": r("OrderRef"), "description": "Orders against it, newest first."}),
                ),
                (
                    "filings",
                    json!({"type": "array", "items": r("OrderRef"), "description": "Closure and discontinuation filings, newest first."}),
                ),
                (
                    "former_names",
                    array(object(
                        "",
                        vec![
                            ("name", string()),
                            (
                                "until",
                                partial_date("When it stopped being used, where a source says."),
                            ),
                        ],
                        &[],
                    )),
                ),
                (
                    "renames_stated",
                    array(object(
                        "A rename a notice states.",
                        vec![
                            ("old", string()),
                            ("new", string()),
                            ("on", partial_date("")),
                            ("notice_id", string()),
                        ],
                        &[],
                    )),
                ),
                ("operators", array(r("Related"))),
                ("operates", array(r("Related"))),
                ("cells_processed_by", array(r("Related"))),
                ("processes_cells_for", array(r("Related"))),
                ("now_part_of", nullable(r("Related"))),
            ],
            &[],
        ),
    );
    add(
        "Glance",
        object(
            "A search hit's short form of the summary.",
            vec![
                ("state", one_of(&STATES, "")),
                ("closed_on", partial_date("")),
                ("orders", integer("")),
                (
                    "latest_order",
                    nullable(object(
                        "",
                        vec![
                            ("kind", one_of(&kinds, "")),
                            ("kind_en", string()),
                            ("issued_on", date("")),
                        ],
                        &[],
                    )),
                ),
                ("former_names", integer("")),
            ],
            &[],
        ),
    );
    add(
        "SearchHit",
        object(
            "A notice or an entity. Notices carry `issued_on` and `parties`; entities carry `names`, `status`, `romaji`, `name_en` and `summary`.",
            vec![
                ("type", one_of(&["notice", "entity"], "")),
                ("id", string()),
                ("title", string()),
                (
                    "kind",
                    one_of(&kinds_and_roles, "A notice's kind or an entity's role."),
                ),
                ("kind_en", string()),
                (
                    "snippet",
                    string_d("HTML: the matched words in <b>, everything else escaped."),
                ),
                ("score", json!({"type": "number"})),
                ("url", string_d("The page of the hit on this site.")),
                ("issued_on", date("")),
                ("parties", strings("Whom the notice is addressed to.")),
                ("names", strings("")),
                ("status", one_of(&STATES, "")),
                ("romaji", string()),
                ("name_en", nullable_string("")),
                ("summary", r("Glance")),
            ],
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
    );
    let facet = |labels: bool| {
        let mut props = vec![("value", string()), ("count", integer(""))];
        if labels {
            props.push(("label_en", string()));
            props.push(("label_ja", string()));
        }
        array(object("", props, &[]))
    };
    add(
        "SearchResults",
        object(
            "A page of search hits with facet counts.",
            vec![
                ("query", string()),
                ("total", integer("Hits in all, over every page.")),
                ("page", json!({"type": "integer", "minimum": 1})),
                ("per_page", json!({"type": "integer", "minimum": 1})),
                ("hits", array(r("SearchHit"))),
                (
                    "facets",
                    object(
                        "",
                        vec![
                            ("kind", facet(true)),
                            ("year", facet(false)),
                            ("type", facet(false)),
                            (
                                "place",
                                array(object(
                                    "",
                                    vec![
                                        ("value", string()),
                                        ("count", integer("")),
                                        ("label_en", nullable_string("The place in romaji.")),
                                    ],
                                    &[],
                                )),
                            ),
                        ],
                        &[],
                    ),
                ),
                (
                    "approximate",
                    boolean("Nothing matched as typed: these hits forgive spelling."),
                ),
                (
                    "suggestions",
                    strings("When nothing matched: names of entities close to the query."),
                ),
                ("demo", boolean("")),
            ],
            &[],
        ),
    );
    add(
        "Lookup",
        object(
            "Entities that have had a name.",
            vec![
                ("name", string()),
                (
                    "match",
                    one_of(
                        &["exact", "search"],
                        "`exact`: a current or former name normalizes the same; `search`: none does, these are the best of a name search.",
                    ),
                ),
                ("entities", array(r("EntityBrief"))),
            ],
            &[],
        ),
    );
    let ev = || array(r("Evidence"));
    add(
        "Entity",
        object(
            "A clinic, cell processing facility, operator or person with its whole record.",
            vec![
                ("id", string()),
                ("role", one_of(&roles, "")),
                ("role_en", string()),
                ("current_name", string()),
                ("en_name", nullable_string("")),
                (
                    "furigana",
                    nullable_string("Reading in katakana (NTA), where known."),
                ),
                (
                    "names",
                    array(object(
                        "A name it had, with the dates it is known to have held.",
                        vec![
                            ("name", string()),
                            ("variants", strings("Other spellings seen in sources.")),
                            ("from", partial_date("")),
                            ("to", partial_date("")),
                            ("first_seen", date("")),
                            ("last_seen", date("")),
                            ("evidence", ev()),
                        ],
                        &[],
                    )),
                ),
                (
                    "identifiers",
                    array(object(
                        "",
                        vec![
                            (
                                "scheme",
                                one_of(
                                    &["corporate_number", "facility_number"],
                                    "法人番号 or 施設番号.",
                                ),
                            ),
                            ("value", string()),
                            (
                                "demo",
                                boolean("Invented for the demo mirror: not a real identifier."),
                            ),
                            ("evidence", ev()),
                        ],
                        &[],
                    )),
                ),
                (
                    "status",
                    object(
                        "",
                        vec![
                            ("state", one_of(&STATES, "")),
                            ("since", partial_date("")),
                            ("cause", nullable_string("")),
                        ],
                        &[],
                    ),
                ),
                (
                    "status_history",
                    array(object(
                        "",
                        vec![
                            ("state", one_of(&STATES, "")),
                            ("since", partial_date("")),
                            ("cause", nullable_string("")),
                            ("evidence", ev()),
                        ],
                        &[],
                    )),
                ),
                ("places", strings("")),
                ("addresses", strings("")),
                ("now_part_of", nullable(r("EntityBrief"))),
                (
                    "judgements",
                    array(object(
                        "A curator's judgement.",
                        vec![
                            ("kind", one_of(&["same", "not_same", "renamed"], "")),
                            ("other", string()),
                            ("note", string()),
                            ("source", nullable_string("")),
                            ("evidence", ev()),
                        ],
                        &[],
                    )),
                ),
                (
                    "edges",
                    array(object(
                        "A dated, explained link to another entity.",
                        vec![
                            ("kind", one_of(&EDGE_KINDS, "")),
                            ("kind_en", string()),
                            ("kind_ja", string()),
                            (
                                "detail",
                                nullable_string(
                                    "The position, for holds_position / position_held_by.",
                                ),
                            ),
                            ("on", date("")),
                            (
                                "target",
                                json!({"anyOf": [r("EntityBrief"), object("", vec![("id", string())], &[])]}),
                            ),
                            ("reason", string()),
                            ("reason_ja", string()),
                            ("evidence", ev()),
                        ],
                        &[],
                    )),
                ),
                (
                    "notices",
                    json!({"type": "array", "items": r("NoticeBrief"), "description": "Notices addressed to it or naming it as a party."}),
                ),
                (
                    "mentioned_in",
                    json!({"type": "array", "items": r("NoticeBrief"), "description": "Notices that only mention it."}),
                ),
                (
                    "links",
                    array(object(
                        "Why a record was linked to this entity.",
                        vec![
                            ("reason", string()),
                            ("reason_ja", string()),
                            ("evidence", ev()),
                        ],
                        &[],
                    )),
                ),
                ("demo", boolean("")),
                ("summary", r("Summary")),
            ],
            &[],
        ),
    );
    let article = || {
        array(object(
            "",
            vec![("article", string()), ("article_en", string())],
            &[],
        ))
    };
    add(
        "Notice",
        object(
            "An enforcement notice: parsed fields, subjects and the documents it was read from.",
            vec![
                ("id", string()),
                ("title", string()),
                ("title_en", string()),
                ("kind", one_of(&kinds, "")),
                ("kind_en", string()),
                ("kind_ja", string()),
                ("authority", string()),
                ("authority_en", string()),
                ("issued_on", date("")),
                ("articles", article()),
                ("violations", article()),
                (
                    "subjects",
                    array(object(
                        "A party the notice is addressed to or names.",
                        vec![
                            ("name", string()),
                            ("role", one_of(&roles, "")),
                            ("role_en", string()),
                            ("place", nullable_string("")),
                            ("operator", nullable_string("")),
                            ("plans", strings("")),
                            ("articles", strings("")),
                            ("address", nullable_string("")),
                            ("facility_number", nullable_string("")),
                            ("entity", nullable(r("EntityBrief"))),
                        ],
                        &[],
                    )),
                ),
                (
                    "plans",
                    strings("Provision plans (再生医療等提供計画) named."),
                ),
                (
                    "renames",
                    array(object(
                        "",
                        vec![
                            ("old", string()),
                            ("new", string()),
                            ("on", partial_date("")),
                        ],
                        &[],
                    )),
                ),
                (
                    "closures",
                    array(object(
                        "",
                        vec![("name", string()), ("on", partial_date(""))],
                        &[],
                    )),
                ),
                (
                    "persons",
                    array(object(
                        "A person the notice names, as printed.",
                        vec![
                            ("name", string()),
                            ("title", string()),
                            ("title_en", string()),
                            ("of", string()),
                        ],
                        &[],
                    )),
                ),
                (
                    "summary_en",
                    string_d("A short English summary made by tadoru (not a translation)."),
                ),
                ("text", string_d("The page's main text, line by line.")),
                (
                    "part",
                    nullable_string("`closure` for a closure reported as an addendum."),
                ),
                (
                    "documents",
                    array(object(
                        "A version of the source document, as fetched.",
                        vec![
                            ("sha256", string()),
                            ("url", string()),
                            ("fetched_at", date_time("")),
                            ("encoding", nullable_string("")),
                            ("archived_url", string()),
                        ],
                        &[],
                    )),
                ),
                (
                    "attachments",
                    array(object(
                        "A file the notice page links as its details (別添, 概要: a PDF), kept as evidence and read for text, which is searched with the notice.",
                        vec![
                            ("title", string_d("The link's text on the notice page.")),
                            ("url", string()),
                            (
                                "sha256",
                                nullable_string("The bytes kept; null when nothing was fetched."),
                            ),
                            ("len", integer("Bytes kept.")),
                            ("content_type", nullable_string("")),
                            ("text_extracted", boolean("Whether text was read from it.")),
                            (
                                "reader",
                                json!({"type": ["string", "null"], "enum": ["pdf_extract", "pdftotext", null], "description": "Which reader read the text: the pdf-extract crate, or poppler's pdftotext when the crate could not."}),
                            ),
                            ("text", nullable_string("The text read from it.")),
                            (
                                "note",
                                nullable_string(
                                    "Why the first reader was not the one used, or that the text was cut.",
                                ),
                            ),
                            (
                                "error",
                                nullable_string(
                                    "Why there is no text: not fetched, not a PDF, too large, encrypted, unreadable.",
                                ),
                            ),
                            ("archived_url", nullable_string("The bytes as fetched.")),
                        ],
                        &[],
                    )),
                ),
                (
                    "changed",
                    boolean("The page changed between fetches: every version is kept."),
                ),
                (
                    "withdrawn_seen",
                    json!({"type": ["string", "null"], "format": "date-time", "description": "When the page was first seen withdrawn (404/410)."}),
                ),
                ("demo", boolean("")),
            ],
            &[],
        ),
    );
    add(
        "Change",
        object(
            "A notice or entity added or changed. Notices carry `title`, `kind`, `kind_en`, `issued_on`; entities `current_name`, `role` and, once merged, `merged_into`.",
            vec![
                ("seq", integer("The statement log position of the change.")),
                ("type", one_of(&["notice", "entity"], "")),
                ("id", string()),
                (
                    "recorded_at",
                    json!({"type": ["string", "null"], "format": "date-time"}),
                ),
                ("url", string_d("The record in the API.")),
                ("page_url", string_d("The record's page.")),
                ("title", string()),
                ("kind", one_of(&kinds, "")),
                ("kind_en", string()),
                ("issued_on", date("")),
                ("current_name", string()),
                ("role", one_of(&roles, "")),
                (
                    "merged_into",
                    string_d("The entity it was merged into: its id now answers with that one."),
                ),
            ],
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
    );
    add(
        "Changes",
        object(
            "A page of changes, oldest first, with the cursor of the next page.",
            vec![
                (
                    "since",
                    nullable_string("The cursor this page starts after."),
                ),
                ("changes", array(r("Change"))),
                (
                    "next",
                    string_d("Pass as `since` for the next page (opaque)."),
                ),
                ("more", boolean("Whether more changes follow now.")),
                (
                    "data_as_of",
                    json!({"type": ["string", "null"], "format": "date-time"}),
                ),
            ],
            &[],
        ),
    );
    let vet_match = || {
        vec![
            ("entity", r("EntityBrief")),
            (
                "url",
                string_d("The entity's page (its printable vetting record)."),
            ),
            ("status", one_of(&STATES, "")),
            ("closed_on", partial_date("")),
            ("orders", array(r("OrderRef"))),
            ("now_part_of", nullable(r("EntityBrief"))),
        ]
    };
    let mut result = vec![
        ("query", string_d("The item as sent, trimmed.")),
        (
            "match",
            one_of(
                &["corporate_number", "name", "ambiguous", "search", "none"],
                "How it matched: `corporate_number` (法人番号, certain), `name` (a current or former name), `ambiguous` (several entities had the name: see `candidates`), `search` (only a name search: check it), `none` (no record found — which does not mean safe).",
            ),
        ),
        (
            "confidence",
            json!({"type": "number", "minimum": 0, "maximum": 1}),
        ),
        ("reason", string_d("Why, in words.")),
        ("candidates", array(object("", vet_match(), &[]))),
    ];
    result.extend(vet_match());
    add(
        "VetResult",
        object(
            "One item answered. A match carries the entity, its status and orders.",
            result,
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
    );
    add(
        "VetResponse",
        object(
            "Every item answered, in the order sent.",
            vec![
                ("count", integer("")),
                ("results", array(r("VetResult"))),
                (
                    "data_as_of",
                    json!({"type": ["string", "null"], "format": "date-time"}),
                ),
                ("note", string()),
            ],
            &[],
        ),
    );
    crate::reconcile::schemas(&mut add);
    Value::Object(s)
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
            assert!(EDGE_KINDS.contains(&code.as_str().unwrap()), "{code}");
        }
    }
}
