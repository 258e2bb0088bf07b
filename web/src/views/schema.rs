//! Schemas the derive cannot read off a Rust type: closed sets held as
//! `&'static str` codes (kinds, roles, states), and dates as precise as their
//! source. The codes come from the enums themselves, so the OpenAPI document
//! lists exactly the values the API can answer.

use tadoru_model::{NoticeKind, Role};
use utoipa::openapi::schema::{Object, ObjectBuilder, SchemaType, Type};

fn one_of<I: IntoIterator<Item = &'static str>>(values: I) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .build()
}

/// The states of an entity: `active` means no closure on record.
pub const STATES: [&str; 3] = ["active", "closed", "deleted"];

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

pub fn kind() -> Object {
    one_of(NoticeKind::ALL.iter().map(|k| k.code()))
}

pub fn role() -> Object {
    one_of(Role::ALL.iter().map(|r| r.code()))
}

/// A notice's kind or an entity's role (a search hit's `kind`).
pub fn kind_or_role() -> Object {
    one_of(
        NoticeKind::ALL
            .iter()
            .map(|k| k.code())
            .chain(Role::ALL.iter().map(|r| r.code())),
    )
}

pub fn state() -> Object {
    one_of(STATES)
}

pub fn record_type() -> Object {
    one_of(["notice", "entity"])
}

pub fn error_code() -> Object {
    one_of(ERROR_CODES)
}

pub fn edge_kind() -> Object {
    one_of(EDGE_KINDS)
}

pub fn in_force_status() -> Object {
    one_of(["not_stated", "period", "lifted"])
}

pub fn force_at_glance() -> Object {
    one_of(["in_force", "not_stated", "ended", "none"])
}

pub fn lookup_match() -> Object {
    one_of(["exact", "search"])
}

pub fn name_en_source() -> Object {
    one_of(["official", "automatic"])
}

pub fn vet_match() -> Object {
    one_of(["corporate_number", "name", "ambiguous", "search", "none"])
}

pub fn identifier_scheme() -> Object {
    one_of(["corporate_number", "facility_number"])
}

pub fn judgement_kind() -> Object {
    one_of(["same", "not_same", "renamed"])
}

/// A date as precise as its source (`2025-08` or `2025-08-29`), or null.
pub fn partial_date() -> Object {
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
        .pattern(Some("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"))
        .build()
}
