//! `GET /api/v1/changes?since=`: the entities and notices added or changed
//! since a cursor, oldest change first, a page at a time with the cursor of
//! the next page. The positions are the statement log's seqs (the graph's
//! change feed), so a cursor stays valid however the registry grows: a record
//! changed again moves after every cursor handed out before, and is listed
//! again. `since` also takes an RFC 3339 timestamp: what was recorded since then.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use tadoru_graph::{Change, ChangeKind, ChangePos, Graph};
use utoipa::IntoParams;

use crate::api::ApiError;
use crate::error::WebError;
use crate::openapi::requests;
use crate::openapi::responses::{BAD_REQUEST, ReadOnly};
use crate::permalink::Base;
use crate::views::ErrorBody;
use crate::{AppState, blocking, check_id, views};

/// Changes per page unless `limit` says otherwise, and the most it may say.
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;

/// Query parameters of changes; the doc comments are their descriptions
/// in the OpenAPI document, [`ChangesParams::JA`] their Japanese.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChangesParams {
    /// A cursor (`next` of an earlier answer) or an RFC 3339 timestamp; none: from the start.
    #[serde(default)]
    #[param(inline, value_type = requests::Since, required = false)]
    pub since: Option<String>,
    /// Changes per page.
    #[serde(default)]
    #[param(inline, value_type = requests::ChangesLimit, required = false)]
    pub limit: Option<String>,
    /// Only notices or only entities.
    #[serde(default, rename = "type")]
    #[param(inline, value_type = requests::RecordType, required = false)]
    pub kind: Option<String>,
}

impl ChangesParams {
    /// The parameters' descriptions in Japanese (`x-description-ja`).
    pub const JA: &[(&str, &str)] = &[
        (
            "since",
            "前回の next、または RFC 3339 の日時。省略時は最初から。",
        ),
        ("limit", "1 回に返す件数。"),
        ("type", "処分等のみ、または施設・法人のみ。"),
    ];
}

/// A cursor as handed out: `{seq}` or `{seq}.{e|n}.{id}`. Clients treat it
/// as opaque; it is readable only so that a log of requests can be read.
pub fn cursor(pos: &ChangePos) -> String {
    match &pos.record {
        None => pos.seq.to_string(),
        Some((kind, id)) => format!(
            "{}.{}.{id}",
            pos.seq,
            match kind {
                ChangeKind::Entity => 'e',
                ChangeKind::Notice => 'n',
            }
        ),
    }
}

/// Reads a cursor back; `None` when it is not one.
pub fn parse_cursor(s: &str) -> Option<ChangePos> {
    let mut parts = s.splitn(3, '.');
    let digits = parts.next()?;
    if digits.is_empty() || digits.len() > 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A seq past any position there can be is after everything.
    let seq = digits.parse::<u64>().unwrap_or(u64::MAX);
    match (parts.next(), parts.next()) {
        (None, None) => Some(ChangePos { seq, record: None }),
        (Some(k), Some(id)) => {
            let (kind, prefix) = match k {
                "e" => (ChangeKind::Entity, "e-"),
                "n" => (ChangeKind::Notice, "n-"),
                _ => return None,
            };
            check_id(id, prefix).ok()?;
            Some(ChangePos {
                seq,
                record: Some((kind, id.to_string())),
            })
        }
        _ => None,
    }
}

/// Where `since` starts: nothing (the beginning), a cursor, or a time.
enum Since {
    Start,
    Pos(ChangePos),
    Time(DateTime<Utc>),
}

fn parse_since(s: Option<&str>) -> Result<Since, WebError> {
    let Some(s) = s.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(Since::Start);
    };
    if let Some(pos) = parse_cursor(s) {
        return Ok(Since::Pos(pos));
    }
    // A `+` in a query string arrives as a space: `2026-01-01T00:00:00 09:00`.
    let t = s.replacen(' ', "+", 1);
    match DateTime::parse_from_rfc3339(&t) {
        Ok(t) => Ok(Since::Time(t.with_timezone(&Utc))),
        Err(_) => Err(WebError::BadRequest(format!(
            "since must be a cursor from an earlier answer or an RFC 3339 timestamp (2026-01-31T00:00:00Z), not {s:?}"
        ))),
    }
}

/// One change, with enough of the record to decide whether to fetch it.
fn change(graph: &Graph, c: &Change, base: &Base) -> Result<views::follow::Change, WebError> {
    let (api, page) = match c.kind {
        ChangeKind::Notice => ("/api/v1/notices", "/notices"),
        ChangeKind::Entity => ("/api/v1/entities", "/entities"),
    };
    let mut v = views::follow::Change {
        seq: c.seq,
        record_type: c.kind.code(),
        id: c.id.clone(),
        recorded_at: c.recorded_at,
        url: format!("{api}/{}", c.id),
        page_url: format!("{page}/{}", c.id),
        api_url: base.join(&format!("{api}/{}", c.id)),
        permalink: base.join(&format!("{page}/{}", c.id)),
        title: None,
        kind: None,
        kind_en: None,
        issued_on: None,
        current_name: None,
        role: None,
        merged_into: None,
    };
    match c.kind {
        ChangeKind::Notice => {
            if let Some(n) = graph.notice(&c.id)? {
                v.title = Some(n.record.title);
                v.kind = Some(n.record.kind.code());
                v.kind_en = Some(n.record.kind.en());
                v.issued_on = Some(n.record.issued_on);
            }
        }
        ChangeKind::Entity => {
            if let Some(e) = graph.entity_record(&c.id)? {
                v.current_name = Some(e.current_name().to_string());
                v.role = Some(e.role.code());
                // Merged into another: its id now answers with the survivor.
                if let Some(into) = &e.merged_into {
                    let survivor = graph.entity(into)?.map_or_else(|| into.clone(), |s| s.id);
                    v.merged_into = Some(survivor);
                }
            }
        }
    }
    Ok(v)
}

#[utoipa::path(
    get,
    path = "/changes",
    operation_id = "changes",
    tag = "follow",
    summary = "What was added or changed since a cursor",
    description = "Notices and entities added or changed, oldest change first, a page at a time. Pass `next` back as `since` to read on; a record changed again is listed again after every cursor handed out before. `since` also takes an RFC 3339 timestamp.",
    params(ChangesParams),
    responses(
        (status = 200, description = "A page of changes.", body = views::follow::Changes),
        (status = 400, description = BAD_REQUEST, body = ErrorBody),
        ReadOnly,
    ),
    extensions(
        ("x-summary-ja" = json!("カーソル以降に追加・変更された記録")),
        ("x-description-ja" = json!("追加・変更された処分等と施設・法人を、古い変更から順に返します。next をそのまま since に渡すと続きを読めます。変更された記録は、それまでのカーソルより後に再び現れます。since には RFC 3339 の日時も指定できます。")),
    ),
)]
pub async fn changes(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<ChangesParams>,
) -> Result<HttpResponse, ApiError> {
    let since = parse_since(params.since.as_deref())?;
    let limit = match params
        .limit
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => DEFAULT_LIMIT,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
            _ => {
                return Err(WebError::BadRequest(format!(
                    "limit must be a whole number from 1 to {MAX_LIMIT}, not {l:?}"
                ))
                .into());
            }
        },
    };
    let kind = match params
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(k) => Some(ChangeKind::from_code(k).ok_or_else(|| {
            WebError::BadRequest(format!("type must be notice or entity, not {k:?}"))
        })?),
    };
    let base = state.base(&req);
    let state = state.into_inner();
    let body = blocking(move || {
        let g = &state.graph;
        let from = match since {
            Since::Start => None,
            Since::Pos(p) => Some(p),
            Since::Time(t) => Some(g.change_pos_at(t)?),
        };
        // One more than asked: whether there is a next page now.
        let mut found = g.changes_after(from.as_ref(), kind, limit + 1)?;
        let more = found.len() > limit;
        found.truncate(limit);
        let mut list = Vec::with_capacity(found.len());
        for c in &found {
            list.push(change(g, c, &base)?);
        }
        let next = match (found.last(), &from) {
            (Some(c), _) => cursor(&c.pos()),
            (None, Some(p)) => cursor(p),
            (None, None) => "0".to_string(),
        };
        Ok(views::follow::Changes {
            since: from.as_ref().map(cursor),
            changes: list,
            next,
            more,
            data_as_of: g.data_as_of()?,
        })
    })
    .await?;
    Ok(views::json(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_read_back() {
        for pos in [
            ChangePos {
                seq: 0,
                record: None,
            },
            ChangePos {
                seq: 42,
                record: Some((ChangeKind::Notice, "n-0a1b2c".into())),
            },
            ChangePos {
                seq: u64::MAX,
                record: Some((ChangeKind::Entity, "e-x-y".into())),
            },
        ] {
            assert_eq!(parse_cursor(&cursor(&pos)), Some(pos));
        }
        assert_eq!(
            parse_cursor("99999999999999999999").map(|p| p.seq),
            Some(u64::MAX)
        );
        for bad in [
            "",
            "x",
            "-1",
            "1.q.n-1",
            "1.n.e-1",
            "1.n",
            "1.n.n-<b>",
            "1.n.n-1.2",
            "+1",
            "000000000000000000000",
        ] {
            assert_eq!(parse_cursor(bad), None, "{bad}");
        }
    }

    #[test]
    fn since_takes_a_cursor_or_a_timestamp() {
        assert!(matches!(parse_since(None), Ok(Since::Start)));
        assert!(matches!(parse_since(Some("12")), Ok(Since::Pos(_))));
        assert!(matches!(
            parse_since(Some("2026-01-31T00:00:00 09:00")),
            Ok(Since::Time(t)) if t.to_rfc3339() == "2026-01-30T15:00:00+00:00"
        ));
        assert!(parse_since(Some("yesterday")).is_err());
    }
}
