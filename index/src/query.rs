//! From what a user typed to a tantivy query. Every whitespace-separated term
//! must match somewhere: a Japanese term as an adjacent-bigram phrase in a name
//! (weighted most), the title or the text; a Latin term as an English word
//! (stemmed) or a Latin word in the Japanese text, or as the romaji of a kana
//! name. Latin terms together may also spell one kana name (`kojin bio`).
//! Filters (type, kind, year) are exact facet terms.

use serde::Deserialize;
use tantivy::Index;
use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, PhraseQuery, Query,
    TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;
use unicode_normalization::UnicodeNormalization;

use crate::analyzers::{self, ja_tokens, ja_word_tokens};
use crate::{Fields, IndexError};

/// What to search for. Field names match the API's query parameters.
#[derive(Debug, Clone, Deserialize)]
pub struct SearchRequest {
    #[serde(default)]
    pub q: String,
    /// `notice` or `entity`.
    #[serde(default, rename = "type")]
    pub doc_type: Option<String>,
    /// A notice kind code or entity role code.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default = "one")]
    pub page: usize,
    #[serde(default = "twenty")]
    pub per_page: usize,
}

fn one() -> usize {
    1
}
fn twenty() -> usize {
    20
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            q: String::new(),
            doc_type: None,
            kind: None,
            year: None,
            page: 1,
            per_page: 20,
        }
    }
}

impl SearchRequest {
    pub fn query(q: &str) -> SearchRequest {
        SearchRequest {
            q: q.to_string(),
            ..SearchRequest::default()
        }
    }
}

/// Longest query accepted, in characters, and most terms used.
pub const MAX_QUERY_CHARS: usize = 256;
const MAX_TERMS: usize = 12;

const BOOST_NAMES: f32 = 4.0;
const BOOST_TITLE: f32 = 2.0;
const BOOST_BODY: f32 = 1.0;
const BOOST_ENGLISH: f32 = 1.5;
const BOOST_ROMAJI: f32 = 1.0;
const BOOST_WORDS: f32 = 3.0;
/// Added to the score of an entity whose names match every term.
const ENTITY_BONUS: f32 = 30.0;

fn boxed(q: impl Query + 'static, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(Box::new(q), boost))
}

/// A phrase (or single term) of Japanese-analyzer tokens in `field`.
fn ja_clause(field: Field, text: &str, boost: f32) -> Option<Box<dyn Query>> {
    let tokens = ja_tokens(text);
    match tokens.len() {
        0 => None,
        1 => Some(boxed(
            TermQuery::new(
                Term::from_field_text(field, &tokens[0].text),
                IndexRecordOption::WithFreqs,
            ),
            boost,
        )),
        _ => {
            let terms: Vec<(usize, Term)> = tokens
                .iter()
                .map(|t| (t.position, Term::from_field_text(field, &t.text)))
                .collect();
            Some(boxed(PhraseQuery::new_with_offset(terms), boost))
        }
    }
}

/// The term as whole dictionary words, adjacent: a precision signal that
/// lifts 京都 in 京都市 above the 京都 inside 東京都.
fn words_clause(field: Field, text: &str) -> Option<Box<dyn Query>> {
    let tokens = ja_word_tokens(text);
    let query: Box<dyn Query> = match tokens.len() {
        0 => return None,
        1 => Box::new(TermQuery::new(
            Term::from_field_text(field, &tokens[0].text),
            IndexRecordOption::WithFreqs,
        )),
        _ => Box::new(PhraseQuery::new_with_offset(
            tokens
                .iter()
                .map(|t| (t.position, Term::from_field_text(field, &t.text)))
                .collect(),
        )),
    };
    Some(Box::new(BoostQuery::new(query, BOOST_WORDS)))
}

/// All English-analyzer tokens of `text` in `field`.
fn english_clause(
    index: &Index,
    field: Field,
    text: &str,
) -> Result<Option<Box<dyn Query>>, IndexError> {
    let mut analyzer = index.tokenizer_for_field(field)?;
    let mut stream = analyzer.token_stream(text);
    let mut terms: Vec<Box<dyn Query>> = Vec::new();
    while stream.advance() {
        let t = Term::from_field_text(field, &stream.token().text);
        terms.push(Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)));
    }
    Ok(match terms.len() {
        0 => None,
        _ => Some(boxed(BooleanQuery::intersection(terms), BOOST_ENGLISH)),
    })
}

/// Enough trigrams of a romaji spelling in the romaji field.
fn romaji_clause(field: Field, latin: &str) -> Option<Box<dyn Query>> {
    let grams = analyzers::query_trigrams(latin);
    if grams.is_empty() {
        return None;
    }
    // Allow for a vowel or two spelt differently (bio / baio): 60% of trigrams.
    let need = (grams.len() * 3).div_ceil(5).max(1);
    let clauses: Vec<Box<dyn Query>> = grams
        .iter()
        .map(|g| {
            Box::new(TermQuery::new(
                Term::from_field_text(field, g),
                IndexRecordOption::WithFreqs,
            )) as Box<dyn Query>
        })
        .collect();
    Some(boxed(
        BooleanQuery::union_with_minimum_required_clauses(clauses, need),
        BOOST_ROMAJI,
    ))
}

fn is_latin(term: &str) -> bool {
    term.chars().all(|c| c.is_ascii() || !c.is_alphanumeric())
}

pub(crate) fn build(
    index: &Index,
    f: &Fields,
    req: &SearchRequest,
) -> Result<Box<dyn Query>, IndexError> {
    let Fields {
        title,
        names,
        body,
        english,
        romaji,
        words,
        facets,
        ..
    } = *f;
    if req.q.chars().count() > MAX_QUERY_CHARS {
        return Err(IndexError::BadQuery(format!(
            "query longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    let normalized: String = req.q.nfkc().collect();
    let terms: Vec<&str> = normalized.split_whitespace().take(MAX_TERMS).collect();

    let mut must: Vec<Box<dyn Query>> = Vec::new();
    // The same terms, on an entity's names only (its name, romaji or English name).
    let mut on_names: Vec<Box<dyn Query>> = Vec::new();
    for term in &terms {
        let mut name_alternatives: Vec<Box<dyn Query>> = Vec::new();
        name_alternatives.extend(ja_clause(names, term, 1.0));
        if is_latin(term) {
            name_alternatives.extend(english_clause(index, english, term)?);
            name_alternatives.extend(romaji_clause(romaji, term));
        }
        if !name_alternatives.is_empty() {
            on_names.push(Box::new(BooleanQuery::union(name_alternatives)));
        }
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        for (field, boost) in [
            (names, BOOST_NAMES),
            (title, BOOST_TITLE),
            (body, BOOST_BODY),
        ] {
            alternatives.extend(ja_clause(field, term, boost));
        }
        if !is_latin(term) {
            alternatives.extend(words_clause(words, term));
        }
        if is_latin(term) {
            alternatives.extend(english_clause(index, english, term)?);
            alternatives.extend(romaji_clause(romaji, term));
        }
        if !alternatives.is_empty() {
            must.push(Box::new(BooleanQuery::union(alternatives)));
        }
    }
    let latin: Vec<&str> = terms.iter().copied().filter(|t| is_latin(t)).collect();
    let text_query: Option<Box<dyn Query>> = match must.len() {
        0 if terms.is_empty() => None,
        // Only punctuation or symbols: nothing can match, which is an answer, not an error.
        0 => Some(Box::new(EmptyQuery)),
        _ => {
            let all_terms: Box<dyn Query> = Box::new(BooleanQuery::intersection(must));
            if latin.len() >= 2 && latin.len() == terms.len() {
                match romaji_clause(romaji, &latin.concat()) {
                    Some(r) => Some(Box::new(BooleanQuery::union(vec![all_terms, r]))),
                    None => Some(all_terms),
                }
            } else {
                Some(all_terms)
            }
        }
    };

    // An entity whose name matches is the answer itself: it ranks above the
    // notices that name it (an entity matching only by its place does not).
    let text_query = text_query.map(|q| -> Box<dyn Query> {
        let mut named: Vec<Box<dyn Query>> = vec![Box::new(TermQuery::new(
            Term::from_facet(facets, &Facet::from("/type/entity")),
            IndexRecordOption::Basic,
        ))];
        named.append(&mut on_names);
        let entity: Box<dyn Query> = Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::intersection(named)),
            ENTITY_BONUS,
        ));
        Box::new(BooleanQuery::new(vec![
            (Occur::Must, q),
            (Occur::Should, entity),
        ]))
    });
    let mut filters: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let facet_term = |path: String| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_facet(facets, &Facet::from(&path)),
            IndexRecordOption::Basic,
        ))
    };
    if let Some(t) = &req.doc_type {
        filters.push((
            Occur::Must,
            facet_term(format!("/type/{}", clean_segment(t)?)),
        ));
    }
    if let Some(k) = &req.kind {
        filters.push((
            Occur::Must,
            facet_term(format!("/kind/{}", clean_segment(k)?)),
        ));
    }
    if let Some(y) = req.year {
        filters.push((Occur::Must, facet_term(format!("/year/{y}"))));
    }
    Ok(match (text_query, filters.is_empty()) {
        (Some(q), true) => q,
        (None, true) => Box::new(AllQuery),
        (q, false) => {
            filters.push((Occur::Must, q.unwrap_or_else(|| Box::new(AllQuery))));
            Box::new(BooleanQuery::new(filters))
        }
    })
}

/// A filter value must be a plain code, never a facet path.
fn clean_segment(s: &str) -> Result<&str, IndexError> {
    if !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
    {
        Ok(s)
    } else {
        Err(IndexError::BadQuery(format!(
            "not a valid filter value: {s:?}"
        )))
    }
}
