//! The answers every API route may give besides its own: a 405 naming the
//! methods it takes (`Allow`), a 503 while an update is applied
//! (`Retry-After`), a 500, each with the JSON error body. They are
//! `IntoResponses` types that a handler's `#[utoipa::path]` lists after its
//! own answers.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use utoipa::IntoResponses;
use utoipa::openapi::RefOr;
use utoipa::openapi::response::Response;

/// A 400's description, as every route words it.
pub const BAD_REQUEST: &str = "Bad input: the message says what was wrong.";
/// A 404's description.
pub const NOT_FOUND: &str = "No such record.";

fn error_body() -> Value {
    json!({"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}})
}

fn from_json(v: Value) -> Option<RefOr<Response>> {
    serde_json::from_value(v).ok()
}

/// 405 (with `Allow`), 503 and 500.
fn common(allow: &str, methods: &str) -> BTreeMap<String, RefOr<Response>> {
    [
        (
            "405",
            json!({
                "description": format!("Another method than {methods}."),
                "headers": {"Allow": {"schema": {"type": "string"}, "description": allow}},
                "content": error_body(),
            }),
        ),
        (
            "503",
            json!({
                "description": "The store is busy (an update is being applied); retry after the given seconds.",
                "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}},
                "content": error_body(),
            }),
        ),
        (
            "500",
            json!({"description": "An internal error (logged).", "content": error_body()}),
        ),
    ]
    .into_iter()
    .filter_map(|(status, v)| Some((status.to_string(), from_json(v)?)))
    .collect()
}

/// The common answers of a read-only route (`GET`, `HEAD`).
pub struct ReadOnly;

impl IntoResponses for ReadOnly {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        common("GET, HEAD", "GET, HEAD")
    }
}

/// The common answers of a `POST`-only route.
pub struct PostOnly;

impl IntoResponses for PostOnly {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        common("POST", "POST")
    }
}

/// The common answers of a route that reads and takes posts.
pub struct GetOrPost;

impl IntoResponses for GetOrPost {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        common("GET, HEAD, POST", "GET, HEAD or POST")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_answer_is_read() {
        for r in [
            ReadOnly::responses(),
            PostOnly::responses(),
            GetOrPost::responses(),
        ] {
            let statuses: Vec<&str> = r.keys().map(String::as_str).collect();
            assert_eq!(statuses, ["405", "500", "503"]);
        }
        let v = serde_json::to_value(&GetOrPost::responses()["405"]).unwrap();
        assert_eq!(v["headers"]["Allow"]["description"], "GET, HEAD, POST");
        assert_eq!(v["description"], "Another method than GET, HEAD or POST.");
    }
}
