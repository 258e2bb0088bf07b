//! What a client sends, as the OpenAPI document describes it: the schemas of
//! query parameters whose limits are constants of the code (so the document
//! and the check that enforces a limit read the same number), and the
//! request bodies of `POST /vet` and `/reconcile`. The handlers read these
//! bodies by hand (a list or an object, JSON or CSV, a form or JSON) to give
//! a precise message for each mistake, so their schemas are written here as
//! JSON Schema, beside the limits they state, rather than derived from a
//! Rust type; a unit test holds every one to what utoipa's model keeps of it.

use serde_json::{Value, json};
use tadoru_model::{NoticeKind, Role};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{Object, Schema};
use utoipa::{PartialSchema, ToSchema};

/// A schema written as JSON. An unreadable one would be a defect of this
/// file, which the unit test below catches; it becomes an empty schema.
fn from_json(v: Value) -> RefOr<Schema> {
    serde_json::from_value(v).unwrap_or_else(|_| RefOr::T(Schema::Object(Object::new())))
}

/// Defines each schema as a function, and lists their JSON for the test.
macro_rules! schemas {
    ($($(#[$m:meta])* $name:ident => $json:expr;)*) => {
        $( $(#[$m])* pub fn $name() -> RefOr<Schema> { from_json($json) } )*

        #[cfg(test)]
        fn sources() -> Vec<(&'static str, Value)> {
            vec![$((stringify!($name), $json)),*]
        }
    };
}

fn kinds_and_roles() -> Vec<&'static str> {
    NoticeKind::ALL
        .iter()
        .map(|k| k.code())
        .chain(Role::ALL.iter().map(|r| r.code()))
        .collect()
}

fn roles() -> Vec<&'static str> {
    Role::ALL.iter().map(|r| r.code()).collect()
}

/// One item to vet: a name, a corporate number, or an object with either.
fn vet_item() -> Value {
    let chars = crate::vet::MAX_ITEM_CHARS;
    let field = json!({"type": "string", "maxLength": chars});
    let with = |name: &str| {
        json!({
            "type": "object",
            "properties": {"name": field, "corporate_number": field, "query": field},
            "required": [name],
        })
    };
    json!({"anyOf": [
        {"type": "string", "maxLength": chars},
        {"type": "integer", "minimum": 0},
        with("name"),
        with("corporate_number"),
        with("query"),
    ]})
}

fn vet_list() -> Value {
    json!({"type": "array", "items": vet_item(), "minItems": 1, "maxItems": crate::vet::MAX_ITEMS})
}

schemas! {
    /// `q` of a search.
    search_text => json!({"type": "string", "maxLength": tadoru_index::query::MAX_QUERY_CHARS});
    /// `type` of a search or of changes.
    record_type => json!({"type": "string", "enum": ["notice", "entity"]});
    /// `kind` of a search: a notice kind or an entity role.
    kind_or_role => json!({"type": "string", "enum": kinds_and_roles()});
    /// `year` of a search.
    year => json!({"type": "integer", "minimum": 1900, "maximum": 2200});
    /// `place` of a search.
    place => json!({"type": "string", "maxLength": 64});
    /// `page` of a search.
    page => json!({"type": "integer", "minimum": 1, "default": 1});
    /// `per_page` of a search.
    per_page => json!({"type": "integer", "minimum": 1, "maximum": 100, "default": 20});
    /// `name` of a lookup.
    lookup_name => json!({"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S"});
    /// `since` of changes: a cursor or a timestamp.
    since => json!({"anyOf": [
        {"type": "string", "pattern": "^([0-9]{1,20}([.]e[.]e-[A-Za-z0-9-]{0,38}|[.]n[.]n-[A-Za-z0-9-]{0,38})?)?$"},
        {"type": "string", "format": "date-time"},
    ]});
    /// `limit` of changes.
    changes_limit => json!({
        "type": "integer",
        "minimum": 1,
        "maximum": crate::changes::MAX_LIMIT,
        "default": crate::changes::DEFAULT_LIMIT,
    });
    /// The JSON body of `POST /vet`: a list, or `{"items": [...]}`.
    vet_json => json!({"anyOf": [
        vet_list(),
        {"type": "object", "properties": {"items": vet_list()}, "required": ["items"]},
    ]});
    /// The CSV or plain-text body of `POST /vet`: at least one cell with
    /// something in it.
    vet_lines => json!({
        "type": "string",
        "pattern": "[^\\s,\"]",
        "description": "One item a line: the first cell with something in it, or under a header row naming `name` and `corporate_number` columns, the row's corporate number, else its name.",
    });
    /// A reconciliation query.
    reconcile_query => json!({
        "type": "object",
        "description": "A query: a name, optionally restricted to types, and a corporate number as the property `corporate_number` (which then decides the match; `query` may then be left out).",
        "properties": {
            "query": {"type": "string", "maxLength": crate::vet::MAX_ITEM_CHARS},
            "type": {"anyOf": [
                {"type": "string", "enum": roles()},
                {"type": "array", "items": {"type": "string", "enum": roles()}},
            ]},
            "limit": {
                "type": "integer",
                "minimum": 1,
                "maximum": crate::reconcile::MAX_LIMIT,
                "default": crate::reconcile::DEFAULT_LIMIT,
            },
            "properties": {"type": "array", "items": {
                "type": "object",
                "properties": {"pid": {"type": "string"}, "v": {
                    "type": ["string", "number", "boolean", "object", "array", "null"],
                    "description": "The value: a string, a number, the `id` of an object or the first item of an array is read.",
                }},
                "required": ["pid", "v"],
            }},
            "type_strict": {"type": "string", "enum": ["any", "all", "should"]},
        },
        "required": ["query"],
    });
    /// A batch of named reconciliation queries.
    reconcile_queries => json!({
        "type": "object",
        "description": "Named queries: {\"q0\": {\"query\": \"…\"}, …}.",
        "maxProperties": crate::reconcile::MAX_QUERIES,
        "additionalProperties": {"$ref": "#/components/schemas/ReconcileQuery"},
    });
    /// The form OpenRefine posts: `queries`, a JSON text.
    reconcile_form => json!({
        "type": "object",
        "properties": {"queries": {"$ref": "#/components/schemas/ReconcileQueries"}},
        "required": ["queries"],
    });
    /// Bytes of any type.
    binary => json!({"type": "string", "format": "binary"});
}

/// Declares a type whose schema is one of the above, for a parameter's
/// `#[param(inline, value_type = ...)]` or a body's `inline(...)`: a
/// parameter given by `schema_with` would lose its description and
/// `required` (utoipa 6 builds it from the schema alone).
macro_rules! schema_type {
    ($($(#[$m:meta])* $ty:ident = $f:ident;)*) => {$(
        $(#[$m])*
        pub struct $ty;

        impl PartialSchema for $ty {
            fn schema() -> RefOr<Schema> {
                $f()
            }
        }

        impl ToSchema for $ty {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($ty))
            }
        }
    )*};
}

schema_type! {
    /// `q` of a search.
    SearchText = search_text;
    /// `type` of a search or of changes.
    RecordType = record_type;
    /// `kind` of a search.
    KindOrRole = kind_or_role;
    /// `year` of a search.
    Year = year;
    /// `place` of a search.
    Place = place;
    /// `page` of a search.
    Page = page;
    /// `per_page` of a search.
    PerPage = per_page;
    /// `name` of a lookup.
    LookupName = lookup_name;
    /// `since` of changes.
    Since = since;
    /// `limit` of changes.
    ChangesLimit = changes_limit;
    /// The JSON body of `POST /vet`.
    VetItems = vet_json;
    /// The CSV or plain-text body of `POST /vet`.
    VetLines = vet_lines;
    /// A reconciliation query.
    ReconcileQuery = reconcile_query;
    /// Named reconciliation queries.
    ReconcileQueries = reconcile_queries;
    /// The form of `POST /reconcile`.
    ReconcileForm = reconcile_form;
    /// The bytes of an archived document.
    Binary = binary;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// utoipa's model keeps every keyword written above, unchanged: a
    /// keyword it cannot hold would otherwise vanish from the document.
    #[test]
    fn every_written_schema_survives_utoipas_model() {
        for (name, source) in sources() {
            let parsed: RefOr<Schema> =
                serde_json::from_value(source.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(serde_json::to_value(parsed).unwrap(), source, "{name}");
        }
    }

    #[test]
    fn the_limits_are_the_codes() {
        let v = serde_json::to_value(search_text()).unwrap();
        assert_eq!(v["maxLength"], tadoru_index::query::MAX_QUERY_CHARS);
        let v = serde_json::to_value(vet_json()).unwrap();
        assert_eq!(v["anyOf"][0]["maxItems"], crate::vet::MAX_ITEMS);
        let v = serde_json::to_value(kind_or_role()).unwrap();
        assert!(v["enum"].as_array().unwrap().iter().any(|k| k == "clinic"));
    }
}
