//! The bundled mirror of government pages, served over real HTTP on a
//! loopback port. Pages keep the real sites' paths; the page of 2017-02-20 is
//! served in Shift_JIS with no charset in the header, as older MHLW pages may be.

use std::net::TcpListener;
use std::path::PathBuf;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};

mod files {
    include!(concat!(env!("OUT_DIR"), "/mirror_files.rs"));
}

/// Pages served in Shift_JIS (their source is kept in UTF-8).
const SHIFT_JIS_PAGES: &[&str] = &["/stf/houdou/0000152281.html"];

/// The demo NTA corporate-number file inside the mirror.
pub const NTA_PATH: &str = "/nta/demo_corporate_numbers.csv";

/// The page the demo crawl starts from.
pub const SEED_PATH: &str = "/index.html";

/// The bytes of a mirror file as served.
pub fn file(path: &str) -> Option<Vec<u8>> {
    let (_, bytes) = files::FILES.iter().find(|(p, _)| *p == path)?;
    if SHIFT_JIS_PAGES.contains(&path) {
        let text = String::from_utf8_lossy(bytes);
        let (encoded, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
        return Some(encoded.into_owned());
    }
    Some(bytes.to_vec())
}

/// A fingerprint of the whole mirror: the demo recrawls when it changes.
pub fn fingerprint() -> String {
    let mut all = Vec::new();
    for (p, b) in files::FILES {
        all.extend_from_slice(p.as_bytes());
        all.extend_from_slice(b);
    }
    tadoru_crawler::crawl::sha256_hex(&all)
}

/// A file under `root`, for a path with no `..` or other tricks.
fn file_in(root: &std::path::Path, path: &str) -> Option<Vec<u8>> {
    let rel = path.trim_start_matches('/');
    let safe = rel
        .split('/')
        .all(|seg| !seg.is_empty() && seg != ".." && seg != "." && !seg.contains('\\'));
    if !safe {
        return None;
    }
    std::fs::read(root.join(rel)).ok()
}

async fn serve_file(req: HttpRequest, root: web::Data<Option<PathBuf>>) -> HttpResponse {
    let path = match req.path() {
        "/" => SEED_PATH,
        p => p,
    };
    let bytes = match root.get_ref() {
        Some(root) => file_in(root, path),
        None => file(path),
    };
    match bytes {
        Some(bytes) => {
            let content_type = match path.rsplit('.').next() {
                // No charset: the crawler must decide from the page itself.
                Some("html") => "text/html",
                Some("csv") => "text/csv",
                Some("pdf") => "application/pdf",
                _ => "text/plain",
            };
            // An ETag from the bytes, as real servers send, so that a
            // re-crawl is conditional and unchanged pages cost a 304.
            let etag = format!("\"{}\"", &tadoru_crawler::crawl::sha256_hex(&bytes)[..32]);
            let asked = req
                .headers()
                .get(actix_web::http::header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok());
            if asked.is_some_and(|a| a.split(',').any(|t| t.trim() == etag)) {
                return HttpResponse::NotModified()
                    .insert_header((actix_web::http::header::ETAG, etag))
                    .finish();
            }
            HttpResponse::Ok()
                .content_type(content_type)
                .insert_header((actix_web::http::header::ETAG, etag))
                .body(bytes)
        }
        None => HttpResponse::NotFound()
            .content_type("text/html")
            .body("<h1>404 Not Found</h1>"),
    }
}

/// Starts the mirror on `listener` (serving `root` instead of the bundled
/// files when given) and returns its server handle.
pub fn start(
    listener: TcpListener,
    root: Option<PathBuf>,
) -> std::io::Result<actix_web::dev::Server> {
    let root = web::Data::new(root);
    Ok(HttpServer::new(move || {
        App::new()
            .app_data(root.clone())
            .default_service(web::to(serve_file))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)?
    .run())
}
