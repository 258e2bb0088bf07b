//! The search index: tantivy over notices and entities, derived from the graph
//! and rebuildable from it at any time. Japanese fields use the bigram analyzer
//! of `analyzers`, English renderings tantivy's stemming analyzer, and kana
//! names a romaji trigram field so that `kojin bio` finds コージンバイオ.

pub mod analyzers;
pub mod places;
pub mod query;
pub mod romanize;

use std::path::Path;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::query::Query;
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, IndexRecordOption, STORED, STRING, Schema, TantivyDocument,
    TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Term, doc};

pub use query::SearchRequest;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("failed to open index directory {path}: {source}")]
    OpenDir {
        path: String,
        source: tantivy::directory::error::OpenDirectoryError,
    },
    #[error("i/o error at {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("index at {path} is of version {found:?}, this tadoru reads {INDEX_VERSION}")]
    Version { path: String, found: String },
    #[error("bad query: {0}")]
    BadQuery(String),
}

/// A notice as the index sees it.
#[derive(Debug, Clone, Default)]
pub struct NoticeDoc {
    pub id: String,
    pub title: String,
    pub title_en: String,
    pub kind: String,
    pub issued_on: Option<String>,
    pub year: Option<i32>,
    /// Every name of every subject entity, former names included.
    pub subject_names: Vec<String>,
    /// The names its snippets may quote: its subjects' names as recorded
    /// (spellings and readings included), without the search keys that
    /// `subject_names` also holds; empty: `subject_names`.
    pub shown_names: Vec<String>,
    /// The clinics and facilities it is addressed to, as written (shown with hits).
    pub parties: Vec<String>,
    /// Places and addresses of its subjects, as written (found in the gazetteer).
    pub places: Vec<String>,
    pub body: String,
    /// The text read from its attachments (別添, 概要 PDFs): searched with the
    /// notice, below its own text.
    pub attachments: String,
    /// English renderings: kind words, authority, summary.
    pub english: String,
    /// tadoru's own words for the notice (its kind in Japanese, with
    /// synonyms): searched, never shown as if the source said them.
    pub labels: String,
}

/// An entity as the index sees it.
#[derive(Debug, Clone, Default)]
pub struct EntityDoc {
    pub id: String,
    pub current_name: String,
    /// Every name it ever had, with spelling variants and its reading, and
    /// the search keys made of them (legal form and spaces left out).
    pub names: Vec<String>,
    /// The names a snippet may quote: those recorded, without search keys;
    /// empty: `names`.
    pub shown_names: Vec<String>,
    /// The issue date (`yyyy-mm-dd`) of its latest notice: browsing
    /// entities without a query lists them by it, newest first.
    pub latest_on: Option<String>,
    /// `clinic`, `cell_processing_facility`, `operator`.
    pub role: String,
    /// English name, role and status words.
    pub english: String,
    /// Places, status and other details in Japanese.
    pub details: String,
    /// Its places and addresses, as written (found in the gazetteer).
    pub places: Vec<String>,
    /// Years of the notices about it.
    pub years: Vec<i32>,
    /// What a search hit shows of it (names, status, orders at a glance),
    /// prepared by the caller when the entity is indexed and stored as is, so
    /// that answering a search reads no other store. Opaque to the index.
    pub card: String,
}

/// Field handles, by name. Field names are defined here only.
#[derive(Clone, Copy)]
pub(crate) struct Fields {
    doc_type: Field,
    id: Field,
    kind: Field,
    title: Field,
    names: Field,
    body: Field,
    /// Text of a notice's attachments (PDFs), stored for snippets.
    attachments: Field,
    english: Field,
    romaji: Field,
    /// Whole romaji words of names (squashed), for typo-tolerant matching.
    romaji_words: Field,
    /// Dictionary words of names, title and text: ranks whole-word matches up.
    words: Field,
    /// Search keys of the places named, in every script (see `places`).
    places: Field,
    /// A notice's kind words in Japanese (not stored).
    labels: Field,
    /// English words of the glossary and loanwords found in names and text
    /// (not stored, so snippets quote only what tadoru rendered).
    glossed: Field,
    facets: Field,
    issued_on: Field,
    parties: Field,
    card: Field,
    /// Names as recorded (stored, not indexed): what a names snippet quotes.
    shown: Field,
    bigrams: Field,
    /// Issue date as yyyymmdd (0 when unknown): browsing without a query sorts on it.
    date: Field,
    /// An entity's latest notice date as yyyymmdd (0: none): browsing
    /// entities alone sorts on it (a mixed browse lists notices first, as
    /// entities keep `date` 0).
    latest: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |analyzer: &str, positions: bool| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(if positions {
                    IndexRecordOption::WithFreqsAndPositions
                } else {
                    IndexRecordOption::WithFreqs
                }),
        )
    };
    let fields = Fields {
        doc_type: b.add_text_field("type", STRING | STORED),
        id: b.add_text_field("id", STRING | STORED),
        kind: b.add_text_field("kind", STRING | STORED),
        title: b.add_text_field("title", text(analyzers::JA, true)),
        names: b.add_text_field("names", text(analyzers::JA, true)),
        body: b.add_text_field("body", text(analyzers::JA, true)),
        attachments: b.add_text_field("attachments", text(analyzers::JA, true)),
        english: b.add_text_field("english", text(analyzers::EN, true)),
        romaji: b.add_text_field(
            "romaji",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::ROMAJI)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        romaji_words: b.add_text_field(
            "romaji_words",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::ROMAJI)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        words: b.add_text_field(
            "words",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::JA_WORDS)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            ),
        ),
        places: b.add_text_field(
            "places",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::ROMAJI)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        labels: b.add_text_field(
            "labels",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::JA)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            ),
        ),
        glossed: b.add_text_field(
            "glossed",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::EN)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            ),
        ),
        facets: b.add_facet_field("facets", FacetOptions::default()),
        issued_on: b.add_text_field("issued_on", STRING | STORED),
        parties: b.add_text_field("parties", STORED),
        card: b.add_text_field("card", STORED),
        shown: b.add_text_field("shown", STORED),
        // Every Japanese-analyzer token of title, names, text and labels, with
        // documents only: what a Japanese run must match is one intersection
        // of single postings (ranking comes from the fields themselves).
        bigrams: b.add_text_field(
            "bigrams",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzers::JA)
                    .set_index_option(IndexRecordOption::Basic),
            ),
        ),
        date: b.add_u64_field(DATE_FIELD, FAST),
        latest: b.add_u64_field(LATEST_FIELD, FAST),
    };
    (b.build(), fields)
}

/// Bumped whenever the schema or analyzers change, or what a stored field
/// holds (10: names as recorded stored apart for snippets, an entity's
/// latest notice date to browse by, its card's absorbed corporations and
/// official English name): an index of another version is refused on open,
/// and callers rebuild it from the graph.
pub const INDEX_VERSION: &str = "10";

/// How deep into the results a search reads: a page past this offset shows
/// the last reachable results, so callers refuse such pages.
pub const MAX_OFFSET: usize = 10_000;

/// The last page a search can show at `per_page` hits a page: the one
/// holding the [`MAX_OFFSET`]-th result. Downloads read every hit.
pub fn last_reachable_page(per_page: usize) -> usize {
    MAX_OFFSET.div_ceil(per_page.max(1))
}

const VERSION_FILE: &str = "tadoru-index-version";

/// The fast field of issue dates.
const DATE_FIELD: &str = "date";

/// The fast field of an entity's latest notice date.
const LATEST_FIELD: &str = "latest";

/// What one run of a query gives: the page of hits, the total, the facet counts.
type Ranked = (Vec<(f32, DocAddress)>, usize, FacetCounts);

/// One search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// `notice` or `entity`.
    #[serde(rename = "type")]
    pub doc_type: String,
    pub id: String,
    pub title: String,
    /// Notice kind code, or entity role code.
    pub kind: String,
    /// HTML with `<b>` around matches; source text escaped.
    pub snippet: String,
    pub score: f32,
    pub issued_on: Option<String>,
    /// For notices: the clinics and facilities addressed, as the notice writes them.
    pub parties: Vec<String>,
    /// For entities: the card stored with it ([`EntityDoc::card`]); empty when none.
    #[serde(skip)]
    pub card: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    pub kind: Vec<(String, u64)>,
    pub year: Vec<(String, u64)>,
    /// Prefectures named by the hits' subjects.
    pub place: Vec<(String, u64)>,
    #[serde(rename = "type")]
    pub doc_type: Vec<(String, u64)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Nothing matched as typed: these hits match a forgiving reading of it
    /// (typos allowed), and pages say so.
    pub approximate: bool,
    /// When nothing matched as typed: names of entities close to it.
    pub suggestions: Vec<String>,
}

/// Every hit of one search ([`SearchIndex::all_hits`]), read in chunks from
/// the one snapshot of the index it was found in.
pub struct AllHits {
    index: SearchIndex,
    searcher: tantivy::Searcher,
    top: Vec<(f32, DocAddress)>,
    snippets: [SnippetGenerator; 4],
}

impl AllHits {
    pub fn len(&self) -> usize {
        self.top.len()
    }

    pub fn is_empty(&self) -> bool {
        self.top.is_empty()
    }

    /// Up to `n` hits from the `from`-th.
    pub fn chunk(&self, from: usize, n: usize) -> Result<Vec<Hit>, IndexError> {
        let [names, body, english, attachments] = &self.snippets;
        self.top
            .iter()
            .skip(from)
            .take(n)
            .map(|&(score, addr)| {
                self.index.hit(
                    &self.searcher,
                    addr,
                    score,
                    [names, body, english, attachments],
                )
            })
            .collect()
    }
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(analyzers::JA, analyzers::JaTokenizer);
    tokenizers.register(analyzers::JA_WORDS, analyzers::JaWordsTokenizer);
}

impl SearchIndex {
    /// Builds a fresh index in `dir` (anything there is replaced) from the docs.
    pub fn build(
        dir: &Path,
        notices: &[NoticeDoc],
        entities: &[EntityDoc],
    ) -> Result<SearchIndex, IndexError> {
        let io = |e| IndexError::Io {
            path: dir.display().to_string(),
            source: e,
        };
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(io)?;
        }
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, f) = schema();
        let index = Index::create_in_dir(dir, schema)?;
        register(&index);
        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        for n in notices {
            writer.add_document(notice_document(&f, n))?;
        }
        for e in entities {
            writer.add_document(entity_document(&f, e))?;
        }
        writer.commit()?;
        let version = dir.join(VERSION_FILE);
        std::fs::write(&version, INDEX_VERSION).map_err(|e| IndexError::Io {
            path: version.display().to_string(),
            source: e,
        })?;
        Self::from_index(index, f)
    }

    /// Opens an index built before.
    pub fn open(dir: &Path) -> Result<SearchIndex, IndexError> {
        let found = std::fs::read_to_string(dir.join(VERSION_FILE)).unwrap_or_default();
        if found.trim() != INDEX_VERSION {
            return Err(IndexError::Version {
                path: dir.display().to_string(),
                found,
            });
        }
        let mmap =
            tantivy::directory::MmapDirectory::open(dir).map_err(|e| IndexError::OpenDir {
                path: dir.display().to_string(),
                source: e,
            })?;
        let index = Index::open(mmap)?;
        register(&index);
        let (_, f) = schema();
        Self::from_index(index, f)
    }

    fn from_index(index: Index, fields: Fields) -> Result<SearchIndex, IndexError> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
        })
    }

    /// Number of documents.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs the query (and, when nothing matched as typed, its forgiving
    /// reading): `limit` hits from `offset` in the order pages show them,
    /// the total, the facet counts, the query that matched, and whether it
    /// was the forgiving one.
    fn ranked(
        &self,
        searcher: &tantivy::Searcher,
        req: &SearchRequest,
        limit: usize,
        offset: usize,
    ) -> Result<(Ranked, Box<dyn Query>, bool), IndexError> {
        let f = self.fields;
        let browse = req.q.trim().is_empty();
        let run = |q: &dyn Query| -> Result<Ranked, IndexError> {
            let mut facets = FacetCollector::for_field("facets");
            for root in ["/kind", "/year", "/type", "/place"] {
                facets.add_facet(root);
            }
            let top = TopDocs::with_limit(limit).and_offset(offset);
            Ok(if browse {
                // Browsing without a query: newest first, across all pages;
                // entities alone by their latest notice.
                let field = if req.doc_type.as_deref() == Some("entity") {
                    LATEST_FIELD
                } else {
                    DATE_FIELD
                };
                let newest = top.order_by_fast_field::<u64>(field, tantivy::Order::Desc);
                let (docs, total, facet_counts) = searcher.search(q, &(newest, Count, facets))?;
                (
                    docs.into_iter().map(|(_, addr)| (0.0, addr)).collect(),
                    total,
                    facet_counts,
                )
            } else {
                searcher.search(q, &(top.order_by_score(), Count, facets))?
            })
        };
        let q = query::build(&self.index, &f, req, false)?;
        let ranked = run(q.as_ref())?;
        // Nothing matched as typed: try again forgiving typos, and say so.
        if ranked.1 == 0 && !browse {
            let loose = query::build(&self.index, &f, req, true)?;
            let again = run(loose.as_ref())?;
            if again.1 > 0 {
                return Ok((again, loose, true));
            }
        }
        Ok((ranked, q, false))
    }

    /// Every hit of a search in the order pages show them, for downloads:
    /// unlike [`SearchIndex::search`], not limited to the first
    /// [`MAX_OFFSET`] results. Read them with [`AllHits::chunk`].
    pub fn all_hits(&self, req: &SearchRequest) -> Result<AllHits, IndexError> {
        let searcher = self.reader.searcher();
        let ((_, total, _), _, _) = self.ranked(&searcher, req, 1, 0)?;
        let ((top, _, _), q, _) = self.ranked(&searcher, req, total.max(1), 0)?;
        let f = self.fields;
        let gens = [f.names, f.body, f.english, f.attachments]
            .map(|field| SnippetGenerator::create(&searcher, q.as_ref(), field));
        let [names, body, english, attachments] = gens;
        Ok(AllHits {
            index: SearchIndex {
                index: self.index.clone(),
                reader: self.reader.clone(),
                fields: self.fields,
            },
            searcher,
            top,
            snippets: [names?, body?, english?, attachments?],
        })
    }

    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, IndexError> {
        let f = self.fields;
        let searcher = self.reader.searcher();
        let browse = req.q.trim().is_empty();
        let limit = req.per_page.clamp(1, 100);
        let offset = req
            .page
            .saturating_sub(1)
            .saturating_mul(limit)
            .min(MAX_OFFSET);
        let ((top, total, facet_counts), q, approximate) =
            self.ranked(&searcher, req, limit, offset)?;

        let body_snippets = SnippetGenerator::create(&searcher, q.as_ref(), f.body)?;
        let names_snippets = SnippetGenerator::create(&searcher, q.as_ref(), f.names)?;
        let english_snippets = SnippetGenerator::create(&searcher, q.as_ref(), f.english)?;
        let attachment_snippets = SnippetGenerator::create(&searcher, q.as_ref(), f.attachments)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            hits.push(self.hit(
                &searcher,
                addr,
                score,
                [
                    &names_snippets,
                    &body_snippets,
                    &english_snippets,
                    &attachment_snippets,
                ],
            )?);
        }
        let collect = |root: &str| -> Vec<(String, u64)> {
            let mut v: Vec<(String, u64)> = facet_counts
                .get(root)
                .map(|(facet, count)| {
                    (
                        facet
                            .to_path()
                            .last()
                            .map_or(String::new(), |s| s.to_string()),
                        count,
                    )
                })
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        let mut year = collect("/year");
        year.sort_by(|a, b| b.0.cmp(&a.0));
        let suggestions = if (total == 0 || approximate) && !browse {
            self.suggest(&searcher, &req.q)?
        } else {
            Vec::new()
        };
        Ok(SearchResults {
            total,
            hits,
            approximate,
            suggestions,
            facets: Facets {
                kind: collect("/kind"),
                year,
                place: collect("/place"),
                doc_type: collect("/type"),
            },
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        addr: DocAddress,
        score: f32,
        gens: [&SnippetGenerator; 4],
    ) -> Result<Hit, IndexError> {
        let f = self.fields;
        let d: TantivyDocument = searcher.doc(addr)?;
        let get = |field: Field| {
            d.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let doc_type = get(f.doc_type);
        // Names are quoted from the names as recorded, never from the
        // search keys the names field also holds (輝鳳会thekclinic).
        let shown = match get(f.shown) {
            s if s.is_empty() => get(f.names),
            s => s,
        };
        let names = || gens[0].snippet(&shown);
        let field = |i: usize| gens[i].snippet_from_doc(&d);
        // A notice's own text first; its attachments' text last, when
        // nothing else holds the match.
        let order: [usize; 4] = if doc_type == "entity" {
            [0, 1, 2, 3]
        } else {
            [1, 0, 2, 3]
        };
        let mut snippet = String::new();
        for i in order {
            let s = if i == 0 { names() } else { field(i) };
            if !s.is_empty() && !s.highlighted().is_empty() {
                snippet = s.to_html();
                break;
            }
        }
        if snippet.is_empty() {
            // Nothing to highlight (a romaji match, say): show who it is about.
            let text = shown.replace('\n', " · ");
            let short: String = text.chars().take(120).collect();
            snippet = html_escape(&short);
        }
        let issued_on = Some(get(f.issued_on)).filter(|s| !s.is_empty());
        let parties = get(f.parties)
            .lines()
            .map(str::to_string)
            .filter(|p| !p.is_empty())
            .collect();
        Ok(Hit {
            doc_type,
            id: get(f.id),
            title: get(f.title),
            kind: get(f.kind),
            snippet,
            score,
            issued_on,
            parties,
            card: get(f.card),
        })
    }

    /// Up to three current names of entities close to `q` (did you mean).
    fn suggest(&self, searcher: &tantivy::Searcher, q: &str) -> Result<Vec<String>, IndexError> {
        let Some(query) = query::suggestion_query(&self.fields, q) else {
            return Ok(Vec::new());
        };
        let top = searcher.search(query.as_ref(), &TopDocs::with_limit(10).order_by_score())?;
        let mut names: Vec<String> = Vec::new();
        for (_, addr) in top {
            let d: TantivyDocument = searcher.doc(addr)?;
            if let Some(name) = d.get_first(self.fields.title).and_then(|v| v.as_str())
                && !names.iter().any(|n| n == name)
            {
                names.push(name.to_string());
            }
            if names.len() == 3 {
                break;
            }
        }
        Ok(names)
    }

    /// Whether a document with this id is indexed.
    pub fn contains(&self, id: &str) -> bool {
        let term = Term::from_field_text(self.fields.id, id);
        self.reader.searcher().doc_freq(&term).is_ok_and(|n| n > 0)
    }
}

impl SearchIndex {
    /// Brings the index up to date with what changed, in one commit: each of
    /// `notices` and `entities` replaces the document of its id (or is added),
    /// and the documents of `removed` ids are deleted. Readers of this
    /// `SearchIndex` see the change once it is committed; [`SearchIndex::build`]
    /// stays the way to make the whole index again.
    pub fn apply(
        &self,
        notices: &[NoticeDoc],
        entities: &[EntityDoc],
        removed: &[String],
    ) -> Result<(), IndexError> {
        let f = self.fields;
        let mut writer: tantivy::IndexWriter<TantivyDocument> =
            self.index.writer_with_num_threads(1, 50_000_000)?;
        let ids = notices
            .iter()
            .map(|n| &n.id)
            .chain(entities.iter().map(|e| &e.id))
            .chain(removed);
        for id in ids {
            writer.delete_term(Term::from_field_text(f.id, id));
        }
        for n in notices {
            writer.add_document(notice_document(&f, n))?;
        }
        for e in entities {
            writer.add_document(entity_document(&f, e))?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Makes a new, empty index in `dir` (anything there is replaced), for
    /// [`SearchIndex::apply`] to fill a part at a time.
    pub fn create_empty(dir: &Path) -> Result<SearchIndex, IndexError> {
        SearchIndex::build(dir, &[], &[])
    }

    /// Keeps the segments few after [`SearchIndex::apply`], at a cost that
    /// follows the change, not the index. Deleted documents still count in
    /// the term statistics that score hits until their segment is merged, so
    /// once they are [`MERGE_ALL_DELETED`] of the index every segment is
    /// merged into one (scores are then those a whole build gives); below
    /// that, only the segments beside the largest are merged, leaving the
    /// bulk of the index as it is (a one-notice crawl into a 100,000-notice
    /// index used to rewrite all of it).
    pub fn merge_segments(&self) -> Result<(), IndexError> {
        let searcher = self.reader.searcher();
        let readers = searcher.segment_readers();
        let docs: u64 = readers.iter().map(|r| u64::from(r.max_doc())).sum();
        let deleted: u64 = readers
            .iter()
            .map(|r| u64::from(r.num_deleted_docs()))
            .sum();
        let mut segments: Vec<(u32, tantivy::index::SegmentId)> = readers
            .iter()
            .map(|r| (r.max_doc(), r.segment_id()))
            .collect();
        let all = deleted > 0 && deleted as f64 >= MERGE_ALL_DELETED * docs as f64;
        let merging: Vec<tantivy::index::SegmentId> = if all {
            segments.iter().map(|(_, id)| *id).collect()
        } else {
            segments.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
            segments.iter().skip(1).map(|(_, id)| *id).collect()
        };
        if merging.len() > 1 || (all && deleted > 0) {
            let mut writer: tantivy::IndexWriter<TantivyDocument> =
                self.index.writer_with_num_threads(1, 50_000_000)?;
            writer.merge(&merging).wait()?;
            writer.wait_merging_threads()?;
            self.reader.reload()?;
        }
        Ok(())
    }

    /// How many segments the index has, and the share of its documents that
    /// are deleted but not yet merged away.
    pub fn segment_stats(&self) -> (usize, f64) {
        let searcher = self.reader.searcher();
        let readers = searcher.segment_readers();
        let docs: u64 = readers.iter().map(|r| u64::from(r.max_doc())).sum();
        let deleted: u64 = readers
            .iter()
            .map(|r| u64::from(r.num_deleted_docs()))
            .sum();
        (readers.len(), deleted as f64 / docs.max(1) as f64)
    }
}

/// The share of deleted documents at which [`SearchIndex::merge_segments`]
/// merges every segment: below it, term statistics are off by at most this
/// share, which moves a hit's score, rarely its rank.
pub const MERGE_ALL_DELETED: f64 = 0.05;

/// The place search keys and facets of what a document's places say.
fn add_places(f: &Fields, d: &mut TantivyDocument, written: &[String]) {
    let mut keys: Vec<String> = Vec::new();
    let mut facets: Vec<String> = Vec::new();
    for text in written {
        for p in places::GAZ.places_in(text) {
            keys.extend_from_slice(places::GAZ.keys_of(p));
            facets.push(p.facet());
            if let Some(pref) = places::GAZ.prefecture_of(p) {
                keys.extend_from_slice(places::GAZ.keys_of(pref));
                facets.push(pref.facet());
            }
        }
    }
    keys.sort();
    keys.dedup();
    facets.sort();
    facets.dedup();
    d.add_text(f.places, keys.join(" "));
    for facet in facets {
        d.add_facet(f.facets, Facet::from(&facet));
    }
}

fn notice_document(f: &Fields, n: &NoticeDoc) -> TantivyDocument {
    let words = romanize::search_words(&n.subject_names);
    let mut d = doc!(
        f.doc_type => "notice",
        f.id => n.id.as_str(),
        f.kind => n.kind.as_str(),
        f.title => n.title.as_str(),
        f.names => n.subject_names.join("\n"),
        f.body => n.body.as_str(),
        f.attachments => n.attachments.as_str(),
        f.english => format!("{}\n{}", n.title_en, n.english),
        f.glossed => romanize::english_words(&n.subject_names, &n.body),
        f.romaji => analyzers::romaji_field_of(&words),
        f.romaji_words => words.join(" "),
        f.words => format!("{}\n{}\n{}", n.title, n.subject_names.join("\n"), n.body),
        f.issued_on => n.issued_on.clone().unwrap_or_default(),
        f.parties => n.parties.join("\n"),
        f.shown => shown_text(&n.shown_names, &n.subject_names),
        f.labels => n.labels.as_str(),
        f.bigrams => n.title.as_str(),
        f.bigrams => n.subject_names.join("\n"),
        f.bigrams => n.body.as_str(),
        f.bigrams => n.attachments.as_str(),
        f.bigrams => n.labels.as_str(),
        f.date => n.issued_on.as_deref().map_or(0u64, |d| d.replace('-', "").parse().unwrap_or(0)),
        f.latest => n.issued_on.as_deref().map_or(0u64, |d| d.replace('-', "").parse().unwrap_or(0)),
    );
    d.add_facet(f.facets, Facet::from("/type/notice"));
    d.add_facet(f.facets, Facet::from(&format!("/kind/{}", n.kind)));
    if let Some(y) = n.year {
        d.add_facet(f.facets, Facet::from(&format!("/year/{y}")));
    }
    add_places(f, &mut d, &n.places);
    d
}

fn entity_document(f: &Fields, e: &EntityDoc) -> TantivyDocument {
    let words = romanize::search_words(&e.names);
    let mut d = doc!(
        f.doc_type => "entity",
        f.id => e.id.as_str(),
        f.kind => e.role.as_str(),
        f.title => e.current_name.as_str(),
        f.names => e.names.join("\n"),
        f.body => e.details.as_str(),
        f.english => e.english.as_str(),
        f.glossed => romanize::english_words(&e.names, ""),
        f.romaji => analyzers::romaji_field_of(&words),
        f.romaji_words => words.join(" "),
        f.words => format!("{}\n{}", e.names.join("\n"), e.details),
        f.card => e.card.as_str(),
        f.shown => shown_text(&e.shown_names, &e.names),
        f.bigrams => e.current_name.as_str(),
        f.bigrams => e.names.join("\n"),
        f.bigrams => e.details.as_str(),
        f.date => 0u64,
        f.latest => e.latest_on.as_deref().map_or(0u64, |d| d.replace('-', "").parse().unwrap_or(0)),
    );
    d.add_facet(f.facets, Facet::from("/type/entity"));
    d.add_facet(f.facets, Facet::from(&format!("/kind/{}", e.role)));
    for y in &e.years {
        d.add_facet(f.facets, Facet::from(&format!("/year/{y}")));
    }
    add_places(f, &mut d, &e.places);
    d
}

/// The names a snippet may quote: `shown`, else every name.
fn shown_text(shown: &[String], names: &[String]) -> String {
    if shown.is_empty() { names } else { shown }.join("\n")
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(id: &str, kind: &str, date: &str, body: &str, english: &str) -> NoticeDoc {
        NoticeDoc {
            id: id.into(),
            title: format!("{kind} title"),
            title_en: String::new(),
            kind: kind.into(),
            issued_on: Some(date.into()),
            year: date[..4].parse().ok(),
            subject_names: vec![],
            parties: vec![],
            places: vec![],
            labels: String::new(),
            body: body.into(),
            attachments: String::new(),
            english: english.into(),
            ..NoticeDoc::default()
        }
    }

    /// A Tokyo order naming a clinic with its operator.
    fn n3() -> NoticeDoc {
        NoticeDoc {
            places: vec!["東京都中央区".into()],
            subject_names: vec!["医療法人 輝鳳会 池袋クリニック".into()],
            ..notice(
                "n-3",
                "improvement_order",
                "2024-12-24",
                "東京都中央区の医療機関",
                "improvement order",
            )
        }
    }

    /// A cell processing facility in Kyoto.
    fn kyoto_facility() -> EntityDoc {
        EntityDoc {
            id: "e-1".into(),
            current_name: "JASC京都幹細胞培養センター".into(),
            names: vec!["JASC京都幹細胞培養センター".into()],
            role: "cell_processing_facility".into(),
            english: "cell processing facility".into(),
            details: "京都市".into(),
            places: vec!["京都府京都市下京区".into()],
            years: vec![2026],
            card: r#"{"status":"active"}"#.into(),
            ..EntityDoc::default()
        }
    }

    fn index(dir: &Path) -> SearchIndex {
        let notices = [
            notice(
                "n-1",
                "emergency_order",
                "2025-08-29",
                "細胞加工施設に対する命令",
                "emergency order",
            ),
            notice(
                "n-2",
                "improvement_order",
                "2026-01-23",
                "細胞の加工に関する改善",
                "improvement order",
            ),
            n3(),
        ];
        let entity = kyoto_facility();
        SearchIndex::build(dir, &notices, &[entity]).unwrap()
    }

    fn ids(r: &SearchResults) -> Vec<&str> {
        r.hits.iter().map(|h| h.id.as_str()).collect()
    }

    #[test]
    fn a_snippet_quotes_recorded_names_never_search_keys() {
        let dir = tempfile::tempdir().unwrap();
        let e = EntityDoc {
            id: "e-2".into(),
            current_name: "医療法人社団 輝鳳会 THE K CLINIC".into(),
            // The key search also reads, legal form and spaces left out.
            names: vec![
                "医療法人社団 輝鳳会 THE K CLINIC".into(),
                "輝鳳会thekclinic".into(),
            ],
            shown_names: vec!["医療法人社団 輝鳳会 THE K CLINIC".into()],
            role: "operator".into(),
            ..EntityDoc::default()
        };
        let idx = SearchIndex::build(dir.path(), &[], &[e]).unwrap();
        for q in ["輝鳳会", "thekclinic", ""] {
            let mut req = SearchRequest::query(q);
            req.doc_type = Some("entity".into());
            let r = idx.search(&req).unwrap();
            assert_eq!(ids(&r), ["e-2"], "{q}");
            let snippet = r.hits[0].snippet.to_lowercase();
            assert!(!snippet.contains("thekclinic"), "{q}: {snippet}");
            assert!(snippet.contains("the k clinic"), "{q}: {snippet}");
        }
    }

    #[test]
    fn browsing_entities_lists_the_latest_notice_first() {
        let dir = tempfile::tempdir().unwrap();
        let e = |id: &str, latest: Option<&str>| EntityDoc {
            id: id.into(),
            current_name: format!("施設{id}"),
            names: vec![format!("施設{id}")],
            role: "clinic".into(),
            latest_on: latest.map(str::to_string),
            ..EntityDoc::default()
        };
        let idx = SearchIndex::build(
            dir.path(),
            &[],
            &[
                e("e-a", Some("2016-05-01")),
                e("e-b", None),
                e("e-c", Some("2026-03-13")),
            ],
        )
        .unwrap();
        let mut req = SearchRequest::query("");
        req.doc_type = Some("entity".into());
        assert_eq!(ids(&idx.search(&req).unwrap()), ["e-c", "e-a", "e-b"]);
    }

    #[test]
    fn of_entities_sharing_a_word_those_on_record_come_first() {
        let dir = tempfile::tempdir().unwrap();
        let corp = |id: &str, name: &str, years: Vec<i32>| EntityDoc {
            id: id.into(),
            current_name: name.into(),
            names: vec![name.into()],
            role: "operator".into(),
            english: "operator".into(),
            details: String::new(),
            places: vec![],
            years,
            card: String::new(),
            ..EntityDoc::default()
        };
        // Many corporations from a registry file, one with an order on record.
        let mut entities: Vec<EntityDoc> = (0..30)
            .map(|i| {
                corp(
                    &format!("e-nta{i}"),
                    &format!("株式会社メディカル{i}"),
                    vec![],
                )
            })
            .collect();
        entities.push(corp("e-rec", "株式会社メディカルサンプル細胞", vec![2025]));
        let idx = SearchIndex::build(dir.path(), &[], &entities).unwrap();
        let r = idx.search(&SearchRequest::query("メディカル")).unwrap();
        assert_eq!(r.hits[0].id, "e-rec", "{:?}", ids(&r));
    }

    #[test]
    fn every_hit_is_read_for_a_download_past_the_deepest_page() {
        let dir = tempfile::tempdir().unwrap();
        let n = MAX_OFFSET + 150;
        let notices: Vec<NoticeDoc> = (0..n)
            .map(|i| {
                let date = format!("{}-01-01", 2000 + i % 25);
                notice(
                    &format!("n-{i}"),
                    "emergency_order",
                    &date,
                    "細胞加工施設に対する命令",
                    "order",
                )
            })
            .collect();
        let idx = SearchIndex::build(dir.path(), &notices, &[]).unwrap();
        for q in ["", "細胞加工"] {
            let req = SearchRequest {
                q: q.into(),
                doc_type: None,
                kind: None,
                year: None,
                place: None,
                page: 1,
                per_page: 100,
            };
            let all = idx.all_hits(&req).unwrap();
            assert_eq!(all.len(), n, "{q:?}");
            let mut seen = std::collections::HashSet::new();
            let mut from = 0;
            while from < all.len() {
                let chunk = all.chunk(from, 1000).unwrap();
                assert!(!chunk.is_empty());
                from += chunk.len();
                seen.extend(chunk.into_iter().map(|h| h.id));
            }
            assert_eq!(seen.len(), n, "every hit once: {q:?}");
            // The first pages are in the order the search pages show them.
            let page = idx
                .search(&SearchRequest {
                    page: 2,
                    ..req.clone()
                })
                .unwrap();
            let ids_of_page: Vec<String> = page.hits.iter().map(|h| h.id.clone()).collect();
            let from_all: Vec<String> = all
                .chunk(100, 100)
                .unwrap()
                .into_iter()
                .map(|h| h.id)
                .collect();
            assert_eq!(ids_of_page, from_all, "{q:?}");
        }
        assert_eq!(last_reachable_page(20), 500);
        assert_eq!(last_reachable_page(30), 334);
    }

    #[test]
    fn an_entity_hit_carries_the_card_stored_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let i = index(dir.path());
        let r = i.search(&SearchRequest::query("JASC京都")).unwrap();
        let hit = r.hits.iter().find(|h| h.id == "e-1").unwrap();
        assert_eq!(hit.card, r#"{"status":"active"}"#);
        let notice = r.hits.iter().find(|h| h.doc_type == "notice");
        assert!(notice.is_none_or(|h| h.card.is_empty()));
    }

    #[test]
    fn attachment_text_finds_its_notice_below_a_notice_saying_it_itself() {
        let dir = tempfile::tempdir().unwrap();
        let in_pdf = NoticeDoc {
            attachments: "別添　改善命令の概要\n逸脱管理の手順に沿った処理をしていなかった".into(),
            ..notice("n-pdf", "improvement_order", "2026-01-23", "改善命令", "")
        };
        let in_body = notice(
            "n-body",
            "improvement_order",
            "2026-01-24",
            "逸脱管理の手順",
            "",
        );
        let other = notice("n-other", "emergency_order", "2026-01-25", "緊急命令", "");
        let i = SearchIndex::build(dir.path(), &[in_pdf, in_body, other], &[]).unwrap();
        let r = i.search(&SearchRequest::query("逸脱管理")).unwrap();
        assert_eq!(ids(&r), vec!["n-body", "n-pdf"]);
        let pdf_hit = &r.hits[1];
        assert!(
            pdf_hit.snippet.contains("<b>逸脱管理</b>") || pdf_hit.snippet.contains("<b>逸脱</b>"),
            "the snippet quotes the attachment: {}",
            pdf_hit.snippet
        );
        let phrase = i
            .search(&SearchRequest::query("\"逸脱管理の手順\""))
            .unwrap();
        let mut got = ids(&phrase);
        got.sort();
        assert_eq!(got, vec!["n-body", "n-pdf"]);
    }

    #[test]
    fn phrases_need_adjacent_bigrams() {
        let dir = tempfile::tempdir().unwrap();
        let i = index(dir.path());
        // 細胞加工 is in n-1 only; n-2 has 細胞 and 加工 apart.
        assert_eq!(
            ids(&i.search(&SearchRequest::query("細胞加工")).unwrap()),
            vec!["n-1"]
        );
        let r = i.search(&SearchRequest::query("細胞 加工")).unwrap();
        assert_eq!(r.total, 2, "separate terms match both");
    }

    #[test]
    fn english_is_stemmed_and_filters_apply() {
        let dir = tempfile::tempdir().unwrap();
        let i = index(dir.path());
        let r = i
            .search(&SearchRequest::query("Improvement Orders"))
            .unwrap();
        let mut got = ids(&r);
        got.sort();
        assert_eq!(got, vec!["n-2", "n-3"]);
        assert!(r.hits[0].snippet.contains("<b>"), "{}", r.hits[0].snippet);
        let mut req = SearchRequest::query("order");
        req.year = Some(2026);
        assert_eq!(ids(&i.search(&req).unwrap()), vec!["n-2"]);
        req.kind = Some("/kind/x".into());
        assert!(matches!(i.search(&req), Err(IndexError::BadQuery(_))));
        let browse = SearchRequest {
            doc_type: Some("notice".into()),
            ..SearchRequest::default()
        };
        assert_eq!(
            ids(&i.search(&browse).unwrap()),
            vec!["n-2", "n-1", "n-3"],
            "newest first"
        );
    }

    #[test]
    fn japanese_runs_need_every_bigram_not_adjacency() {
        let dir = tempfile::tempdir().unwrap();
        let i = index(dir.path());
        // The legal form and the space of the name are not typed.
        for q in [
            "輝鳳会池袋クリニック",
            "(医)輝鳳会",
            "医療法人社団輝鳳会",
            "池袋クリニック 輝鳳会",
        ] {
            assert_eq!(
                ids(&i.search(&SearchRequest::query(q)).unwrap()),
                vec!["n-3"],
                "{q}"
            );
        }
        // Quoted, the words must stand as written.
        assert_eq!(
            ids(&i.search(&SearchRequest::query("池袋 輝鳳会")).unwrap()),
            vec!["n-3"]
        );
        assert!(ids(&i.search(&SearchRequest::query("\"池袋 輝鳳会\"")).unwrap()).is_empty());
        assert_eq!(
            ids(&i
                .search(&SearchRequest::query("「池袋クリニック」"))
                .unwrap()),
            vec!["n-3"]
        );
    }

    #[test]
    fn places_in_every_script_and_as_filters() {
        let dir = tempfile::tempdir().unwrap();
        let i = index(dir.path());
        for q in [
            "Tokyo",
            "tōkyō",
            "とうきょう",
            "Chuo",
            "chuo-ku",
            "improvement order Tokyo",
        ] {
            assert_eq!(
                ids(&i.search(&SearchRequest::query(q)).unwrap()),
                vec!["n-3"],
                "{q}"
            );
        }
        for q in ["Kyoto", "Shimogyo", "きょうと"] {
            assert_eq!(
                ids(&i.search(&SearchRequest::query(q)).unwrap()),
                vec!["e-1"],
                "{q}"
            );
        }
        let r = i.search(&SearchRequest::query("order")).unwrap();
        assert_eq!(r.facets.place, vec![("東京都".to_string(), 1)]);
        assert_eq!(
            ids(&i.search(&SearchRequest::query("order place:東京")).unwrap()),
            vec!["n-3"]
        );
        let mut req = SearchRequest::query("");
        req.place = Some("Kyoto".into());
        assert_eq!(ids(&i.search(&req).unwrap()), vec!["e-1"]);
        req.place = Some("Atlantis".into());
        assert!(matches!(i.search(&req), Err(IndexError::BadQuery(_))));
        // A bare year means the year; year: and kind: filter.
        assert_eq!(
            ids(&i
                .search(&SearchRequest::query("emergency order 2025"))
                .unwrap()),
            vec!["n-1"]
        );
        let r = i
            .search(&SearchRequest::query("kind:improvement_order"))
            .unwrap();
        let mut got = ids(&r);
        got.sort();
        assert_eq!(got, vec!["n-2", "n-3"]);
        assert_eq!(
            ids(&i
                .search(&SearchRequest::query("order year:2026 type:notice"))
                .unwrap()),
            vec!["n-2"]
        );
    }

    #[test]
    fn applying_changes_answers_as_building_whole() {
        let whole_dir = tempfile::tempdir().unwrap();
        let whole = index(whole_dir.path());
        // Built from an older state: n-2 missing, n-3 with other words, and a
        // stray document since merged away; then the changes applied.
        let dir = tempfile::tempdir().unwrap();
        let old_n3 = notice("n-3", "closure_filing", "2019-01-01", "古い本文", "old");
        let stray = EntityDoc {
            id: "e-gone".into(),
            current_name: "消えた施設".into(),
            names: vec!["消えた施設".into()],
            role: "clinic".into(),
            ..EntityDoc::default()
        };
        let n1 = notice(
            "n-1",
            "emergency_order",
            "2025-08-29",
            "細胞加工施設に対する命令",
            "emergency order",
        );
        let i = SearchIndex::build(dir.path(), &[n1, old_n3], &[stray]).unwrap();
        let n2 = notice(
            "n-2",
            "improvement_order",
            "2026-01-23",
            "細胞の加工に関する改善",
            "improvement order",
        );
        let n3 = n3();
        let entity = kyoto_facility();
        i.apply(&[n2, n3], &[entity], &["e-gone".to_string()])
            .unwrap();
        i.merge_segments().unwrap();
        assert_eq!(i.len(), whole.len());
        for q in [
            "細胞",
            "order",
            "古い本文",
            "消えた施設",
            "京都",
            "improvement",
        ] {
            let (a, b) = (
                i.search(&SearchRequest::query(q)).unwrap(),
                whole.search(&SearchRequest::query(q)).unwrap(),
            );
            let (mut x, mut y) = (ids(&a), ids(&b));
            x.sort();
            y.sort();
            assert_eq!(x, y, "{q}");
        }
        let browse = SearchRequest {
            doc_type: Some("notice".into()),
            year: Some(2024),
            ..SearchRequest::default()
        };
        assert_eq!(ids(&i.search(&browse).unwrap()), vec!["n-3"]);
    }

    /// A change that touches a few documents of a large index merges only
    /// the new segments, not the bulk; the bulk is merged once deleted
    /// documents pass [`MERGE_ALL_DELETED`]. Either way a search finds what
    /// a whole build finds.
    #[test]
    fn a_small_change_leaves_the_bulk_of_the_index_unmerged() {
        let body = |i: usize| format!("細胞加工施設{i}に対する命令");
        let all: Vec<NoticeDoc> = (0..200)
            .map(|i| {
                notice(
                    &format!("n-{i}"),
                    "emergency_order",
                    "2025-08-29",
                    &body(i),
                    "order",
                )
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let i = SearchIndex::build(dir.path(), &all, &[]).unwrap();
        assert_eq!(i.segment_stats().0, 1);
        // Three small changes, one segment each: the bulk stays, the small
        // ones become one.
        for k in 0..3 {
            let changed = notice(
                &format!("n-{k}"),
                "improvement_order",
                "2026-01-23",
                "改善",
                "improvement",
            );
            i.apply(&[changed], &[], &[]).unwrap();
            i.merge_segments().unwrap();
        }
        let (segments, deleted) = i.segment_stats();
        assert_eq!(segments, 2, "{deleted}");
        assert!(deleted > 0.0 && deleted < MERGE_ALL_DELETED, "{deleted}");
        // Past the share, everything is merged and nothing deleted is left.
        let changed: Vec<NoticeDoc> = (0..20)
            .map(|k| {
                notice(
                    &format!("n-{k}"),
                    "improvement_order",
                    "2026-01-23",
                    "改善",
                    "improvement",
                )
            })
            .collect();
        i.apply(&changed, &[], &[]).unwrap();
        i.merge_segments().unwrap();
        assert_eq!(i.segment_stats(), (1, 0.0));
        let whole_dir = tempfile::tempdir().unwrap();
        let mut docs = changed.clone();
        docs.extend(all.into_iter().skip(20));
        let whole = SearchIndex::build(whole_dir.path(), &docs, &[]).unwrap();
        for q in ["細胞", "改善", "order", "improvement"] {
            let req = SearchRequest {
                per_page: 500,
                ..SearchRequest::query(q)
            };
            let (a, b) = (i.search(&req).unwrap(), whole.search(&req).unwrap());
            let (mut x, mut y) = (ids(&a), ids(&b));
            x.sort();
            y.sort();
            assert_eq!(x, y, "{q}");
        }
    }

    #[test]
    fn a_stale_index_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        drop(index(dir.path()));
        assert!(SearchIndex::open(dir.path()).is_ok());
        std::fs::write(dir.path().join(VERSION_FILE), "0").unwrap();
        assert!(matches!(
            SearchIndex::open(dir.path()),
            Err(IndexError::Version { .. })
        ));
    }
}
