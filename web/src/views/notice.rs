//! A notice (`GET /api/v1/notices/{id}`): parsed fields, subjects, the text
//! and every version of the source document; and a notice briefly, as lists
//! of notices show it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use tadoru_crawler::extract::{article_en, authority_en};
use tadoru_crawler::pdf::TextReader;
use tadoru_graph::{Graph, Notice};
use tadoru_model::record::PartialDate;
use utoipa::ToSchema;

use super::{EntityBrief, entity_brief, schema};
use crate::error::WebError;
use tadoru_indexing::title_en;

/// A notice, briefly.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NoticeBrief {
    /// `n-…`
    pub id: String,
    /// The official title, in Japanese.
    pub title: String,
    /// An English rendering made by tadoru.
    pub title_en: String,
    #[schema(schema_with = schema::kind)]
    pub kind: &'static str,
    pub kind_en: &'static str,
    /// The issuing authority (厚生労働省 or a regional bureau).
    pub authority: String,
    pub issued_on: Option<NaiveDate>,
}

pub fn notice_brief(n: &Notice) -> NoticeBrief {
    NoticeBrief {
        id: n.id.clone(),
        title: n.record.title.clone(),
        title_en: title_en(n),
        kind: n.record.kind.code(),
        kind_en: n.record.kind.en(),
        authority: n.record.authority.clone(),
        issued_on: n.record.issued_on,
    }
}

/// An article of the Act, with its English rendering.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ArticleRef {
    pub article: String,
    pub article_en: String,
}

fn articles(list: &[String]) -> Vec<ArticleRef> {
    list.iter()
        .map(|a| ArticleRef {
            article: a.clone(),
            article_en: article_en(a),
        })
        .collect()
}

/// A party the notice is addressed to or names.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Subject)]
pub struct SubjectView {
    pub name: String,
    #[schema(schema_with = schema::role)]
    pub role: &'static str,
    pub role_en: &'static str,
    pub place: Option<String>,
    pub operator: Option<String>,
    pub plans: Vec<String>,
    pub articles: Vec<String>,
    pub address: Option<String>,
    pub facility_number: Option<String>,
    pub entity: Option<EntityBrief>,
}

/// A rename the notice states.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Rename)]
pub struct RenameView {
    pub old: String,
    pub new: String,
    #[schema(schema_with = schema::partial_date)]
    pub on: Option<PartialDate>,
}

/// A closure (廃止) the notice states.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Closure)]
pub struct ClosureView {
    pub name: String,
    #[schema(schema_with = schema::partial_date)]
    pub on: Option<PartialDate>,
}

/// A person the notice names, as printed.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Person)]
pub struct PersonView {
    pub name: String,
    pub title: String,
    pub title_en: &'static str,
    pub of: String,
}

/// A version of the source document, as fetched.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Document)]
pub struct DocumentView {
    pub sha256: String,
    pub url: String,
    pub fetched_at: DateTime<Utc>,
    pub encoding: Option<String>,
    pub archived_url: String,
}

/// A file the notice page links as its details (別添, 概要: a PDF), kept as
/// evidence and read for text, which is searched with the notice.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Attachment)]
pub struct AttachmentView {
    /// The link's text on the notice page.
    pub title: String,
    pub url: String,
    /// The bytes kept; null when nothing was fetched.
    pub sha256: Option<String>,
    /// Bytes kept.
    pub len: u64,
    pub content_type: Option<String>,
    /// Whether text was read from it.
    pub text_extracted: bool,
    /// Which reader read the text: `pdf_extract` (the crate), or `pdftotext`
    /// (poppler) when the crate could not.
    pub reader: Option<String>,
    /// The text read from it.
    pub text: Option<String>,
    /// Why the first reader was not the one used, or that the text was cut.
    pub note: Option<String>,
    /// Why there is no text: not fetched, not a PDF, too large, encrypted, unreadable.
    pub error: Option<String>,
    /// The bytes as fetched: `/api/v1/documents/{sha256}`.
    pub archived_url: Option<String>,
}

/// An enforcement notice: parsed fields, subjects and the documents it was read from.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Notice)]
pub struct NoticeView {
    pub id: String,
    pub title: String,
    pub title_en: String,
    #[schema(schema_with = schema::kind)]
    pub kind: &'static str,
    pub kind_en: &'static str,
    pub kind_ja: &'static str,
    pub authority: String,
    pub authority_en: String,
    pub issued_on: Option<NaiveDate>,
    pub articles: Vec<ArticleRef>,
    pub violations: Vec<ArticleRef>,
    pub subjects: Vec<SubjectView>,
    /// Provision plans (再生医療等提供計画) named.
    pub plans: Vec<String>,
    pub renames: Vec<RenameView>,
    pub closures: Vec<ClosureView>,
    pub persons: Vec<PersonView>,
    /// A short English summary made by tadoru (not a translation).
    pub summary_en: String,
    /// The page's main text, line by line.
    pub text: String,
    /// `closure` for a closure reported as an addendum.
    pub part: Option<String>,
    pub documents: Vec<DocumentView>,
    /// Files the page links as its details (PDFs), with their text or why none.
    pub attachments: Vec<AttachmentView>,
    /// The page changed between fetches: every version is kept.
    pub changed: bool,
    /// When the page was first seen withdrawn (404/410).
    pub withdrawn_seen: Option<DateTime<Utc>>,
    pub demo: bool,
}

pub fn notice(graph: &Graph, n: &Notice) -> Result<NoticeView, WebError> {
    let changed = {
        let mut urls: Vec<&str> = n.documents.iter().map(|d| d.url.as_str()).collect();
        urls.sort();
        urls.dedup();
        n.documents.len() > urls.len()
    };
    let r = &n.record;
    let mut subjects = Vec::with_capacity(r.subjects.len());
    for (i, s) in r.subjects.iter().enumerate() {
        let entity = match n.subject_entities.get(i) {
            Some(id) => graph.entity(id)?,
            None => None,
        };
        subjects.push(SubjectView {
            name: s.name.clone(),
            role: s.role.code(),
            role_en: s.role.en(),
            place: s.place.clone(),
            operator: s.operator.clone(),
            plans: s.plans.clone(),
            articles: s.articles.clone(),
            address: s.address.clone(),
            facility_number: s.facility_number.clone(),
            entity: entity.as_ref().map(entity_brief),
        });
    }
    let mut documents = Vec::with_capacity(n.documents.len());
    let mut demo = false;
    for d in &n.documents {
        let doc = graph.document(&d.sha256)?;
        demo |= doc.as_ref().is_some_and(|x| x.demo);
        documents.push(DocumentView {
            sha256: d.sha256.clone(),
            url: d.url.clone(),
            fetched_at: d.fetched_at,
            encoding: doc.and_then(|x| x.encoding),
            archived_url: format!("/api/v1/documents/{}", d.sha256),
        });
    }
    Ok(NoticeView {
        id: n.id.clone(),
        title: r.title.clone(),
        title_en: title_en(n),
        kind: r.kind.code(),
        kind_en: r.kind.en(),
        kind_ja: r.kind.ja(),
        authority: r.authority.clone(),
        authority_en: authority_en(&r.authority),
        issued_on: r.issued_on,
        articles: articles(&r.articles),
        violations: articles(&r.violations),
        subjects,
        plans: r.plans.clone(),
        renames: r
            .renames
            .iter()
            .map(|x| RenameView {
                old: x.old.clone(),
                new: x.new.clone(),
                on: x.on,
            })
            .collect(),
        closures: r
            .closures
            .iter()
            .map(|x| ClosureView {
                name: x.name.clone(),
                on: x.on,
            })
            .collect(),
        persons: r
            .persons
            .iter()
            .map(|p| PersonView {
                name: p.name.clone(),
                title: p.title.clone(),
                title_en: p.title_en(),
                of: p.of.clone(),
            })
            .collect(),
        summary_en: r.summary_en.clone(),
        text: r.text.clone(),
        part: r.part.clone(),
        documents,
        attachments: r
            .attachments
            .iter()
            .map(|a| AttachmentView {
                title: a.title.clone(),
                url: a.url.clone(),
                sha256: a.sha256.clone(),
                len: a.len,
                content_type: a.content_type.clone(),
                text_extracted: a.text.is_some(),
                reader: a.reader.map(|r| {
                    match r {
                        TextReader::PdfExtract => "pdf_extract",
                        TextReader::Pdftotext => "pdftotext",
                    }
                    .to_string()
                }),
                text: a.text.clone(),
                note: a.note.clone(),
                error: a.error.clone(),
                archived_url: a.sha256.as_ref().map(|s| format!("/api/v1/documents/{s}")),
            })
            .collect(),
        // A page that changed between fetches keeps every version.
        changed,
        withdrawn_seen: n.withdrawn_seen,
        demo,
    })
}
