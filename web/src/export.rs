//! Downloads of what a page shows, as CSV or NDJSON: a search with the same
//! query and filters as the search page (every hit the index reaches, in the
//! same order, NDJSON lines equal to the API's hits), and an entity's
//! notices under every name. Streamed: a blocking task reads a page of hits
//! at a time and sends it down a small channel, so memory stays bounded by
//! the page, and a client that goes away stops the work.
//!
//! CSV is RFC 4180 in UTF-8 (`?bom=1` puts a byte order mark first, for
//! spreadsheet programs that otherwise guess another encoding), and every
//! cell that a spreadsheet would read as a formula (one starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'` (OWASP,
//! "CSV Injection").

use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BodySize, MessageBody};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};
use tadoru_crawler::Role;
use tadoru_graph::{Graph, Notice};
use tadoru_index::{SearchIndex, SearchRequest};
use tokio::sync::mpsc;

use crate::api::SearchParams;
use crate::error::WebError;
use crate::i18n::Lang;
use crate::indexing::title_en;
use crate::permalink::Base;
use crate::{AppState, blocking, check_id};

/// Hits read from the index per chunk sent.
const CHUNK: usize = 100;
/// Chunks waiting to be sent: the memory a slow client can hold up.
const QUEUE: usize = 4;

/// The columns of a search download.
pub const SEARCH_COLUMNS: [&str; 11] = [
    "type",
    "id",
    "title",
    "kind",
    "kind_en",
    "issued_on",
    "parties",
    "status",
    "names",
    "url",
    "api_url",
];

/// The columns of an entity's notices download.
pub const ENTITY_COLUMNS: [&str; 12] = [
    "entity_id",
    "relation",
    "notice_id",
    "issued_on",
    "kind",
    "kind_en",
    "title",
    "title_en",
    "authority",
    "parties",
    "source_sha256",
    "url",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv { bom: bool },
    Ndjson,
}

impl Format {
    fn content_type(self) -> &'static str {
        match self {
            Format::Csv { .. } => "text/csv; charset=utf-8; header=present",
            Format::Ndjson => "application/x-ndjson; charset=utf-8",
        }
    }

    fn ext(self) -> &'static str {
        match self {
            Format::Csv { .. } => "csv",
            Format::Ndjson => "ndjson",
        }
    }
}

/// A cell a spreadsheet will show as text, never run as a formula.
pub fn safe_cell(s: &str) -> std::borrow::Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// CSV rows (no header) as bytes.
fn csv_rows(rows: &[Vec<String>]) -> Result<Vec<u8>, WebError> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|c| safe_cell(c).into_owned()))
            .map_err(|e| WebError::BadRequest(format!("cannot write csv: {e}")))?;
    }
    w.into_inner()
        .map_err(|e| WebError::BadRequest(format!("cannot write csv: {}", e.error())))
}

/// A response body fed by a channel: each message is sent as it arrives.
pub struct ChannelBody(mpsc::Receiver<Bytes>);

impl MessageBody for ChannelBody {
    type Error = std::convert::Infallible;

    fn size(&self) -> BodySize {
        BodySize::Stream
    }

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        self.get_mut().0.poll_recv(cx).map(|m| m.map(Ok))
    }
}

/// Sends chunks to the client; `false` once it has gone away.
pub struct Sink(mpsc::Sender<Bytes>);

impl Sink {
    pub fn send(&self, bytes: Vec<u8>) -> bool {
        bytes.is_empty() || self.0.blocking_send(Bytes::from(bytes)).is_ok()
    }
}

/// A streamed download: `first` (made before answering, so that its errors
/// are still an error status) goes out at once, then what `rest` sends.
fn stream<F>(format: Format, filename: &str, first: Vec<u8>, rest: F) -> HttpResponse
where
    F: FnOnce(&Sink) -> Result<(), WebError> + Send + 'static,
{
    let (tx, rx) = mpsc::channel(QUEUE);
    let sink = Sink(tx);
    actix_web::rt::task::spawn_blocking(move || {
        if !sink.send(first) {
            return;
        }
        // A failure after the status line went out can only cut the body
        // short; it is logged, and an NDJSON download says so in its last line.
        if let Err(e) = rest(&sink) {
            tracing::error!(error = %e, "download stopped early");
            if format == Format::Ndjson {
                let line = json!({"error": e.code(), "message": "the download stopped early"});
                sink.send(format!("{line}\n").into_bytes());
            }
        }
    });
    HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}.{}\"", format.ext()),
        ))
        .body(ChannelBody(rx))
}

fn error_response(err: &WebError) -> HttpResponse {
    if err.status().is_server_error() {
        tracing::error!(error = %err, "download failed");
    }
    let message = if err.status().is_server_error() {
        "internal error".to_string()
    } else {
        err.to_string()
    };
    crate::http::with_retry_after(
        HttpResponse::build(err.status())
            .content_type("text/plain; charset=utf-8")
            .body(format!("{message}\n")),
    )
}

#[derive(Debug, Deserialize)]
pub struct ExportParams {
    #[serde(flatten)]
    pub search: SearchParams,
    /// `1`: a UTF-8 byte order mark before a CSV.
    #[serde(default)]
    pub bom: Option<String>,
}

fn wants_bom(p: &Option<String>) -> bool {
    matches!(p.as_deref(), Some("1" | "true" | "yes"))
}

/// One search hit as a CSV row (the API's hit, flattened).
fn hit_row(v: &Value, base: &Base) -> Vec<String> {
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let list = |k: &str| {
        v[k].as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .unwrap_or_default()
    };
    let path = s("url");
    let api = if s("type") == "notice" {
        format!("/api/v1/notices/{}", s("id"))
    } else {
        format!("/api/v1/entities/{}", s("id"))
    };
    vec![
        s("type"),
        s("id"),
        s("title"),
        s("kind"),
        s("kind_en"),
        s("issued_on"),
        list("parties"),
        s("status"),
        list("names"),
        base.join(&path),
        base.join(&api),
    ]
}

/// The hits of one page of the search, as bytes in `format`.
fn search_chunk(
    graph: &Graph,
    index: &SearchIndex,
    req: &SearchRequest,
    format: Format,
    base: &Base,
) -> Result<(Vec<u8>, usize), WebError> {
    let results = index.search(req)?;
    let mut values = Vec::with_capacity(results.hits.len());
    for h in &results.hits {
        values.push(crate::api::hit_json(graph, h)?);
    }
    let bytes = match format {
        Format::Ndjson => {
            let mut out = Vec::new();
            for v in &values {
                out.extend_from_slice(v.to_string().as_bytes());
                out.push(b'\n');
            }
            out
        }
        Format::Csv { .. } => {
            csv_rows(&values.iter().map(|v| hit_row(v, base)).collect::<Vec<_>>())?
        }
    };
    Ok((bytes, results.hits.len()))
}

async fn search_download(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<ExportParams>,
    ndjson: bool,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let format = if ndjson {
        Format::Ndjson
    } else {
        Format::Csv {
            bom: wants_bom(&params.bom),
        }
    };
    let mut request = match params.search.validate() {
        Ok(r) => r,
        Err(e) => return error_response(&WebError::BadRequest(e.message(lang))),
    };
    request.page = 1;
    request.per_page = CHUNK;
    let base = state.base(&req);
    let st = state.into_inner();
    // One index for the whole download: a re-index meanwhile does not shift pages.
    let index = st.index.current();
    let graph = st.graph.clone();
    let (r1, i1, g1, b1) = (request.clone(), index.clone(), graph.clone(), base.clone());
    let first = blocking(move || search_chunk(&g1, &i1, &r1, format, &b1)).await;
    let (mut first, n) = match first {
        Ok(r) => r,
        Err(e) => return error_response(&e),
    };
    if let Format::Csv { bom } = format {
        let mut head = if bom {
            "\u{feff}".as_bytes().to_vec()
        } else {
            Vec::new()
        };
        let columns: Vec<String> = SEARCH_COLUMNS.iter().map(|c| c.to_string()).collect();
        match csv_rows(&[columns]) {
            Ok(h) => head.extend(h),
            Err(e) => return error_response(&e),
        }
        head.append(&mut first);
        first = head;
    }
    stream(format, "tadoru-search", first, move |sink| {
        let mut n = n;
        while n == CHUNK && request.page * CHUNK < tadoru_index::MAX_OFFSET + CHUNK {
            request.page += 1;
            let (bytes, got) = search_chunk(&graph, &index, &request, format, &base)?;
            if !sink.send(bytes) {
                return Ok(());
            }
            n = got;
        }
        Ok(())
    })
}

pub async fn search_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<ExportParams>,
) -> HttpResponse {
    search_download(req, state, params, false).await
}

pub async fn search_ndjson(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<ExportParams>,
) -> HttpResponse {
    search_download(req, state, params, true).await
}

/// One of an entity's notices, as a JSON line.
fn notice_value(entity_id: &str, relation: &str, n: &Notice, base: &Base) -> Value {
    let mut v = crate::views::notice_brief(n);
    v["entity_id"] = json!(entity_id);
    v["relation"] = json!(relation);
    v["parties"] = json!(parties(n));
    v["documents"] = json!(
        n.documents
            .iter()
            .map(|d| json!({"sha256": d.sha256, "url": d.url, "fetched_at": d.fetched_at}))
            .collect::<Vec<_>>()
    );
    v["url"] = json!(base.join(&format!("/notices/{}", n.id)));
    v
}

fn parties(n: &Notice) -> Vec<&str> {
    n.record
        .subjects
        .iter()
        .filter(|s| s.role != Role::Operator)
        .map(|s| s.name.as_str())
        .collect()
}

fn notice_row(entity_id: &str, relation: &str, n: &Notice, base: &Base) -> Vec<String> {
    let r = &n.record;
    vec![
        entity_id.to_string(),
        relation.to_string(),
        n.id.clone(),
        r.issued_on.map(|d| d.to_string()).unwrap_or_default(),
        r.kind.code().to_string(),
        r.kind.en().to_string(),
        r.title.clone(),
        title_en(n),
        r.authority.clone(),
        parties(n).join("|"),
        n.documents
            .iter()
            .map(|d| d.sha256.as_str())
            .collect::<Vec<_>>()
            .join("|"),
        base.join(&format!("/notices/{}", n.id)),
    ]
}

/// The entity's notices (addressed to it, then those only mentioning it),
/// whole, in `format`.
fn entity_download(
    graph: &Graph,
    id: String,
    format: Format,
    base: &Base,
) -> Result<(String, Vec<u8>), WebError> {
    let e = graph
        .entity(&id)?
        .ok_or(WebError::NotFound { what: "entity", id })?;
    let notices = graph.notices_of(&e)?;
    let mentions = graph.mentions_of(&e)?;
    let all = notices
        .iter()
        .map(|n| ("addressed", n))
        .chain(mentions.iter().map(|n| ("mentioned", n)));
    let bytes = match format {
        Format::Ndjson => {
            let mut out = Vec::new();
            for (rel, n) in all {
                out.extend_from_slice(notice_value(&e.id, rel, n, base).to_string().as_bytes());
                out.push(b'\n');
            }
            out
        }
        Format::Csv { bom } => {
            let mut rows = vec![ENTITY_COLUMNS.iter().map(|c| c.to_string()).collect()];
            rows.extend(all.map(|(rel, n)| notice_row(&e.id, rel, n, base)));
            let mut out = if bom {
                "\u{feff}".as_bytes().to_vec()
            } else {
                Vec::new()
            };
            out.extend(csv_rows(&rows)?);
            out
        }
    };
    Ok((e.id, bytes))
}

async fn entity_export(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: String,
    params: web::Query<ExportParams>,
    ndjson: bool,
) -> HttpResponse {
    if let Err(e) = check_id(&id, "e-") {
        return error_response(&e);
    }
    let format = if ndjson {
        Format::Ndjson
    } else {
        Format::Csv {
            bom: wants_bom(&params.bom),
        }
    };
    let base = state.base(&req);
    let st = state.into_inner();
    match blocking(move || entity_download(&st.graph, id, format, &base)).await {
        // An entity's notices are few: made whole, sent as one chunk.
        Ok((id, bytes)) => stream(format, &format!("tadoru-{id}"), bytes, |_| Ok(())),
        Err(e) => error_response(&e),
    }
}

pub async fn entity_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    params: web::Query<ExportParams>,
) -> HttpResponse {
    entity_export(req, state, id.into_inner(), params, false).await
}

pub async fn entity_ndjson(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    params: web::Query<ExportParams>,
) -> HttpResponse {
    entity_export(req, state, id.into_inner(), params, true).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_quoted_as_text() {
        for (input, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("e-123", "e-123"),
            ("医療法人", "医療法人"),
            ("", ""),
        ] {
            assert_eq!(safe_cell(input), want);
        }
        let bytes = csv_rows(&[vec!["=1+1".into(), "a,b".into()]]).unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "'=1+1,\"a,b\"\n");
    }
}
