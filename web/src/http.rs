//! HTTP manners shared by every route: security headers on every response
//! (a Content-Security-Policy that allows only this site's own stylesheet
//! and script and forbids framing; `Vary: Accept-Language`), `HEAD` wherever `GET` answers (RFC 9110
//! §9.3.2), and `405 Method Not Allowed` with `Allow` for any other method on
//! a known path (RFC 9110 §15.5.6) instead of a 404.

use actix_web::http::StatusCode;
use actix_web::middleware::DefaultHeaders;
use actix_web::{FromRequest, Handler, HttpRequest, HttpResponse, Responder, guard, web};

/// The policy of the HTML pages. The archived documents set their own,
/// stricter one (`sandbox`), which this does not replace.
pub const CSP: &str = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; \
    form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The methods every read-only route allows.
pub const ALLOW: &str = "GET, HEAD";

/// Seconds a client should wait when the store is busy (503).
pub const RETRY_AFTER_SECS: u32 = 5;

/// Headers every response carries unless the handler set its own.
pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", CSP))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Frame-Options", "DENY"))
        // Pages and messages follow Accept-Language when `?lang=` is absent:
        // a shared cache must not hand one reader's language to another.
        .add(("Vary", "Accept-Language"))
}

/// A read-only resource: `GET` and `HEAD` reach `handler`, any other method
/// gets `not_allowed` (a page or JSON, by the caller's choice).
pub fn read_only<F, Args, N, NArgs>(path: &str, handler: F, not_allowed: N) -> actix_web::Resource
where
    F: Handler<Args>,
    Args: FromRequest + 'static,
    F::Output: Responder + 'static,
    N: Handler<NArgs>,
    NArgs: FromRequest + 'static,
    N::Output: Responder + 'static,
{
    web::resource(path)
        .route(
            web::route()
                .guard(guard::Any(guard::Get()).or(guard::Head()))
                .to(handler),
        )
        .default_service(web::to(not_allowed))
}

/// The 405 of the site: a short plain page.
pub async fn page_not_allowed(req: HttpRequest) -> HttpResponse {
    HttpResponse::build(StatusCode::METHOD_NOT_ALLOWED)
        .insert_header(("Allow", ALLOW))
        .content_type("text/plain; charset=utf-8")
        .body(format!(
            "405 method not allowed: {} {} (allowed: {ALLOW})\n",
            req.method(),
            req.path()
        ))
}

/// The 405 of the API, as a JSON error.
pub async fn api_not_allowed(req: HttpRequest) -> HttpResponse {
    let mut resp = crate::api::error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        &format!("{} is not allowed here; allowed: {ALLOW}", req.method()),
    );
    resp.headers_mut().insert(
        actix_web::http::header::ALLOW,
        actix_web::http::header::HeaderValue::from_static(ALLOW),
    );
    resp
}

/// Adds `Retry-After` to a 503, so a client knows the store is only busy.
pub fn with_retry_after(mut resp: HttpResponse) -> HttpResponse {
    if resp.status() == StatusCode::SERVICE_UNAVAILABLE {
        resp.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from(RETRY_AFTER_SECS),
        );
    }
    resp
}

#[cfg(test)]
mod tests {
    use actix_web::ResponseError;

    use crate::WebError;
    use crate::api::ApiError;

    #[test]
    fn a_busy_store_is_503_with_retry_after_and_a_panic_is_500() {
        let in_use = WebError::Graph(tadoru_graph::GraphError::InUse {
            path: "/tmp/x".into(),
            source: std::io::Error::other("lock held"),
        });
        for err in [in_use, WebError::Blocking("shutting down".into())] {
            let resp = ApiError(err).error_response();
            assert_eq!(resp.status().as_u16(), 503);
            assert_eq!(resp.headers().get("retry-after").unwrap(), "5");
        }
        let resp = ApiError(WebError::Panicked).error_response();
        assert_eq!(resp.status().as_u16(), 500);
        assert!(resp.headers().get("retry-after").is_none());
    }

    #[test]
    fn a_panicking_store_call_is_not_called_busy() {
        let r: Result<(), WebError> =
            actix_web::rt::System::new().block_on(crate::blocking(|| -> Result<(), WebError> {
                panic!("boom")
            }));
        assert!(matches!(r, Err(WebError::Panicked)), "{r:?}");
        let ok = actix_web::rt::System::new().block_on(crate::blocking(|| Ok(7)));
        assert_eq!(ok.unwrap(), 7);
    }
}
