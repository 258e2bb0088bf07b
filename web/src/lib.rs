//! The site and JSON API v1. One router lists every route (`routes`); pages
//! live in `pages`, API handlers in `api`, JSON views in `views`. sled and
//! tantivy are synchronous, so handlers reach them through `web::block`.

pub mod api;
pub mod error;
pub mod i18n;
pub mod indexing;
pub mod pages;
pub mod views;

use std::sync::Arc;

use actix_web::{App, HttpServer, web};
use tadoru_graph::Graph;
use tadoru_index::SearchIndex;

pub use error::WebError;

/// The search index a running server reads, replaced whole when a crawl or
/// import lands: a request searches the index it started with, so readers
/// never see a half-built one.
pub struct LiveIndex(std::sync::RwLock<Arc<SearchIndex>>);

impl LiveIndex {
    pub fn new(index: SearchIndex) -> LiveIndex {
        LiveIndex(std::sync::RwLock::new(Arc::new(index)))
    }

    /// The index as it is now.
    pub fn current(&self) -> Arc<SearchIndex> {
        match self.0.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// Puts a newly built index in place for every later request.
    pub fn replace(&self, index: SearchIndex) {
        let index = Arc::new(index);
        match self.0.write() {
            Ok(mut g) => *g = index,
            Err(p) => *p.into_inner() = index,
        }
    }

    pub fn search(
        &self,
        req: &tadoru_index::SearchRequest,
    ) -> Result<tadoru_index::SearchResults, tadoru_index::IndexError> {
        self.current().search(req)
    }

    pub fn len(&self) -> u64 {
        self.current().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What every handler shares.
pub struct AppState {
    pub graph: Arc<Graph>,
    pub index: Arc<LiveIndex>,
    /// The data is tadoru's demo reconstruction: every page says so.
    pub demo: bool,
}

/// Runs a blocking closure (sled, tantivy) off the async workers.
pub async fn blocking<T, F>(f: F) -> Result<T, WebError>
where
    F: FnOnce() -> Result<T, WebError> + Send + 'static,
    T: Send + 'static,
{
    web::block(f)
        .await
        .map_err(|e| WebError::Blocking(e.to_string()))?
}

/// Ids are short ASCII (`e-…`, `n-…`): anything else is refused before a lookup.
pub(crate) fn check_id(id: &str, prefix: &str) -> Result<(), WebError> {
    let ok = id.starts_with(prefix)
        && id.len() <= 40
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(WebError::BadRequest(format!("not a valid id: {id:?}")))
    }
}

/// Every route of the site and the API.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .app_data(web::QueryConfig::default().error_handler(api::query_error))
            .app_data(web::PathConfig::default().error_handler(api::path_error))
            .route("/search", web::get().to(api::search))
            .route("/lookup", web::get().to(api::lookup))
            .route("/entities/{id}", web::get().to(api::entity))
            .route("/notices/{id}", web::get().to(api::notice))
            .route("/documents/{sha256}", web::get().to(api::document))
            .default_service(web::to(api::not_found)),
    )
    .service(
        web::scope("")
            .app_data(web::QueryConfig::default().error_handler(pages::query_error))
            .route("/", web::get().to(pages::home))
            .route("/search", web::get().to(pages::search))
            .route("/entities/{id}", web::get().to(pages::entity))
            .route("/notices/{id}", web::get().to(pages::notice))
            .route("/style.css", web::get().to(pages::stylesheet))
            .default_service(web::to(pages::not_found)),
    );
}

/// Serves the site on a bound listener until the process is stopped. The
/// caller binds first, so a busy port is known before any other work.
pub async fn serve_on(state: AppState, listener: std::net::TcpListener) -> std::io::Result<()> {
    let state = web::Data::new(state);
    HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .wrap(actix_web::middleware::Compress::default())
            .wrap(
                actix_web::middleware::DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("Referrer-Policy", "no-referrer")),
            )
            .configure(routes)
    })
    .workers(2)
    .listen(listener)?
    .run()
    .await
}
