//! Errors of the web layer: each maps to an HTTP status and a stable
//! snake_case code, shown as JSON by the API and as a page by the site.

use actix_web::http::StatusCode;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("{0}")]
    Graph(#[from] tadoru_graph::GraphError),
    #[error("{0}")]
    Index(#[from] tadoru_index::IndexError),
    #[error("{what} {id:?} was not found")]
    NotFound { what: &'static str, id: String },
    #[error("{0}")]
    BadRequest(String),
    #[error("the server is busy: {0}")]
    Blocking(String),
    #[error("a request handler panicked")]
    Panicked,
}

impl From<tadoru_indexing::IndexingError> for WebError {
    fn from(e: tadoru_indexing::IndexingError) -> Self {
        match e {
            tadoru_indexing::IndexingError::Graph(g) => WebError::Graph(g),
            tadoru_indexing::IndexingError::Index(i) => WebError::Index(i),
        }
    }
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound { .. } => StatusCode::NOT_FOUND,
            WebError::BadRequest(_) | WebError::Index(tadoru_index::IndexError::BadQuery(_)) => {
                StatusCode::BAD_REQUEST
            }
            // Busy, not broken: another process holds the store, or the
            // server is shutting down. The client may retry (Retry-After).
            WebError::Blocking(_) | WebError::Graph(tadoru_graph::GraphError::InUse { .. }) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What a page says of the error in `lang`; the wording of the API
    /// (`to_string`) where there is no other.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match (self, lang) {
            (WebError::NotFound { what, id }, crate::i18n::Lang::Ja) => {
                let what = match *what {
                    "entity" => "施設・法人",
                    "notice" => "文書",
                    "document" => "保存資料",
                    _ => "ページ",
                };
                format!("{what}「{id}」は見つかりませんでした。")
            }
            _ => self.to_string(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            WebError::NotFound { .. } => "not_found",
            WebError::BadRequest(_) => "bad_request",
            WebError::Index(tadoru_index::IndexError::BadQuery(_)) => "bad_query",
            WebError::Blocking(_) | WebError::Graph(tadoru_graph::GraphError::InUse { .. }) => {
                "busy"
            }
            _ => "internal_error",
        }
    }
}
