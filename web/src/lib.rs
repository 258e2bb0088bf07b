//! The site and JSON API v1. One router lists every route (`routes`); pages
//! live in `pages`, API handlers in `api`, JSON views in `views`. sled and
//! tantivy are synchronous, so handlers reach them through `web::block`.

pub mod api;
pub mod changes;
pub mod error;
pub mod export;
pub mod feeds;
pub mod glance;
pub mod http;
pub mod i18n;
pub mod openapi;
pub mod pages;
pub mod permalink;
pub mod reconcile;
pub mod vet;
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
    /// The site's public address (`--public-url`), checked by
    /// [`permalink::parse_public_url`]; `None`: each request's Host.
    pub public_url: Option<String>,
}

impl AppState {
    /// The address absolute links (permalinks, citations, feeds) start with.
    pub fn base(&self, req: &actix_web::HttpRequest) -> permalink::Base {
        permalink::base(req, self.public_url.as_deref())
    }
}

/// Runs a blocking closure (sled, tantivy) off the async workers. A closure
/// that panicked is an internal error; one that never ran (the pool is
/// shutting down) means the server is busy.
pub async fn blocking<T, F>(f: F) -> Result<T, WebError>
where
    F: FnOnce() -> Result<T, WebError> + Send + 'static,
    T: Send + 'static,
{
    match actix_web::rt::task::spawn_blocking(f).await {
        Ok(r) => r,
        Err(e) if e.is_panic() => Err(WebError::Panicked),
        Err(e) => Err(WebError::Blocking(e.to_string())),
    }
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

/// A route of the JSON API: its path under `/api/v1`, the methods it
/// answers, and the resource the router mounts. The OpenAPI document is
/// checked against this list (`openapi` tests).
pub struct ApiRoute {
    pub path: &'static str,
    pub methods: &'static [&'static str],
    pub resource: actix_web::Resource,
}

/// A read-only API route: `GET` and `HEAD`, a JSON 405 otherwise.
fn get<F, Args>(path: &'static str, handler: F) -> ApiRoute
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    ApiRoute {
        path,
        methods: &["GET", "HEAD"],
        resource: http::read_only(path, handler, http::api_not_allowed),
    }
}

/// Every route of the API, in the order the router tries them.
pub fn api_routes() -> Vec<ApiRoute> {
    vec![
        get("/search", api::search),
        get("/changes", changes::changes),
        ApiRoute {
            path: "/vet",
            methods: &["POST"],
            resource: web::resource("/vet")
                .app_data(web::PayloadConfig::new(vet::MAX_BODY))
                .route(web::post().to(vet::vet))
                .default_service(web::to(vet::not_allowed)),
        },
        ApiRoute {
            path: "/reconcile",
            methods: &["GET", "HEAD", "POST"],
            resource: web::resource("/reconcile")
                .app_data(web::PayloadConfig::new(reconcile::MAX_QUERIES_BYTES + 1024))
                .route(
                    web::route()
                        .guard(
                            actix_web::guard::Any(actix_web::guard::Get())
                                .or(actix_web::guard::Head()),
                        )
                        .to(reconcile::get),
                )
                .route(web::post().to(reconcile::post))
                .default_service(web::to(reconcile::not_allowed)),
        },
        get("/lookup", api::lookup),
        get("/entities/{id}", api::entity),
        get("/notices/{id}", api::notice),
        get("/documents/{sha256}", api::document),
        get("/openapi.json", openapi::openapi_json),
    ]
}

/// Every route of the site and the API. Each answers `GET` and `HEAD`, and
/// 405 to any other method; every response carries the security headers.
pub fn routes(cfg: &mut web::ServiceConfig) {
    use http::{page_not_allowed as page405, read_only};
    let mut api = web::scope("/api/v1")
        .wrap(http::security_headers())
        .app_data(web::QueryConfig::default().error_handler(api::query_error))
        .app_data(web::PathConfig::default().error_handler(api::path_error))
        .default_service(web::to(api::not_found));
    for route in api_routes() {
        api = api.service(route.resource);
    }
    cfg.service(api).service(
        web::scope("")
            .wrap(http::security_headers())
            .app_data(web::QueryConfig::default().error_handler(pages::query_error))
            .service(read_only("/", pages::home, page405))
            // Feeds and downloads first: `/entities/{id}` would take `e-….atom` as an id.
            .service(read_only("/notices.atom", feeds::notices, page405))
            .service(read_only("/search.atom", feeds::search, page405))
            .service(read_only("/entities/{id}.atom", feeds::entity, page405))
            .service(read_only("/search.csv", export::search_csv, page405))
            .service(read_only("/search.ndjson", export::search_ndjson, page405))
            .service(read_only("/entities/{id}.csv", export::entity_csv, page405))
            .service(read_only(
                "/entities/{id}.ndjson",
                export::entity_ndjson,
                page405,
            ))
            .service(read_only("/search", pages::search, page405))
            .service(read_only("/api", pages::api_doc, page405))
            .service(
                web::resource("/vet")
                    .app_data(web::PayloadConfig::new(pages::MAX_FORM_BODY))
                    .route(
                        web::route()
                            .guard(
                                actix_web::guard::Any(actix_web::guard::Get())
                                    .or(actix_web::guard::Head()),
                            )
                            .to(pages::vet_form),
                    )
                    .route(web::post().to(pages::vet_submit))
                    .default_service(web::to(pages::vet_not_allowed)),
            )
            .service(read_only("/entities/{id}", pages::entity, page405))
            .service(read_only("/notices/{id}", pages::notice, page405))
            .service(read_only("/documents/{sha256}", pages::document, page405))
            .service(read_only(
                "/documents/{sha256}/archived",
                pages::archived,
                page405,
            ))
            .service(read_only("/style.css", pages::stylesheet, page405))
            .service(read_only("/search.js", pages::script, page405))
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
            .configure(routes)
    })
    .workers(2)
    .listen(listener)?
    .run()
    .await
}
