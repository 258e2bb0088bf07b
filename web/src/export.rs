//! Downloads of what a page shows, as CSV or NDJSON: a search with the same
//! query and filters as the search page (every hit, in the same order —
//! not only the first `MAX_OFFSET` a browser can page to —, NDJSON lines
//! equal to the API's hits), and an entity's notices under every name.
//! Streamed: the search ranks every hit once (12 bytes each), then a
//! blocking task reads a chunk of hits at a time and sends it down a small
//! channel, so memory stays bounded by the chunk and the ranking, and a
//! client that goes away stops the work.
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
use tadoru_graph::{EdgeKind, Graph};
use tadoru_index::AllHits;
use tokio::sync::mpsc;

use crate::api::SearchParams;
use crate::error::WebError;
use crate::glance::NamedEntity;
use crate::i18n::Lang;
use crate::permalink::Base;
use crate::views::follow::NoticeLine;
use crate::views::{self, ErrorBody};
use crate::{AppState, blocking, check_id};

/// Hits read from the index per chunk sent.
const CHUNK: usize = 100;
/// Chunks waiting to be sent: the memory a slow client can hold up.
const QUEUE: usize = 4;

/// The columns of a search download.
pub use crate::views::search::CSV_COLUMNS as SEARCH_COLUMNS;

/// The columns of an entity's notices download.
pub use crate::views::follow::NOTICE_CSV_COLUMNS as ENTITY_COLUMNS;

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
                sink.send(views::line(&ErrorBody {
                    error: e.code().to_string(),
                    message: "the download stopped early".into(),
                }));
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

/// The hits of one page of the search, as bytes in `format`.
/// Hits `from..from + CHUNK` of a download, in `format`; the number read.
fn search_chunk(
    graph: &Graph,
    all: &AllHits,
    from: usize,
    format: Format,
    base: &Base,
) -> Result<(Vec<u8>, usize), WebError> {
    let found = all.chunk(from, CHUNK)?;
    let mut hits = Vec::with_capacity(found.len());
    for h in &found {
        hits.push(crate::api::hit(graph, h)?);
    }
    let bytes = match format {
        Format::Ndjson => hits.iter().flat_map(views::line).collect(),
        Format::Csv { .. } => csv_rows(&hits.iter().map(|h| h.csv_row(base)).collect::<Vec<_>>())?,
    };
    Ok((bytes, found.len()))
}

/// A search's every hit (not only the first pages a browser can reach),
/// streamed in chunks of [`CHUNK`].
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
    let request = match params.search.validate() {
        Ok(r) => r,
        Err(e) => return error_response(&WebError::BadRequest(e.message(lang))),
    };
    let base = state.base(&req);
    let st = state.into_inner();
    // One snapshot of the index for the whole download: a re-index
    // meanwhile does not shift what is read.
    let index = st.index.current();
    let graph = st.graph.clone();
    let (g1, b1) = (graph.clone(), base.clone());
    let first = blocking(move || {
        let all = index.all_hits(&request)?;
        let (bytes, n) = search_chunk(&g1, &all, 0, format, &b1)?;
        Ok((all, bytes, n))
    })
    .await;
    let (all, mut first, n) = match first {
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
        let mut from = n;
        while from < all.len() {
            let (bytes, got) = search_chunk(&graph, &all, from, format, &base)?;
            if got == 0 || !sink.send(bytes) {
                return Ok(());
            }
            from += got;
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

/// The entity's notices (addressed to it, then those addressed to the
/// corporations it absorbed, then those only mentioning it), whole, in `format`.
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
    let mut lines: Vec<NoticeLine> = notices
        .iter()
        .map(|n| NoticeLine::new(&e.id, "addressed", n, base))
        .collect();
    // The notices of the corporations it absorbed (as its page and feed
    // show them), each saying through which.
    for edge in e.edges.iter().filter(|x| x.kind == EdgeKind::Succeeds) {
        let Some(a) = graph.entity(&edge.target)? else {
            continue;
        };
        if a.id == e.id
            || lines
                .iter()
                .any(|l| l.through.as_ref().is_some_and(|t| t.id == a.id))
        {
            continue;
        }
        let through = NamedEntity {
            id: a.id.clone(),
            current_name: a.current_name().to_string(),
        };
        for n in graph.notices_of(&a)? {
            if !lines.iter().any(|l| l.notice.id == n.id) {
                lines.push(NoticeLine::inherited(&e.id, through.clone(), &n, base));
            }
        }
    }
    lines.extend(
        mentions
            .iter()
            .map(|n| NoticeLine::new(&e.id, "mentioned", n, base)),
    );
    let bytes = match format {
        Format::Ndjson => lines.iter().flat_map(views::line).collect(),
        Format::Csv { bom } => {
            let mut rows = vec![ENTITY_COLUMNS.iter().map(|c| c.to_string()).collect()];
            rows.extend(lines.iter().map(NoticeLine::csv_row));
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
