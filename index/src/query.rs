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
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;
use unicode_normalization::UnicodeNormalization;

use crate::analyzers::{self, ja_tokens, ja_word_tokens};
use crate::{Fields, IndexError, places};

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
    /// A place in any script (福岡, Fukuoka, ふくおか): hits whose subjects lie there.
    #[serde(default)]
    pub place: Option<String>,
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
            place: None,
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
/// A notice's attachments weigh less than its own text: they repeat it, and
/// name parties in passing.
const BOOST_ATTACHMENTS: f32 = 0.5;
const BOOST_ENGLISH: f32 = 1.5;
const BOOST_ROMAJI: f32 = 1.0;
const BOOST_WORDS: f32 = 3.0;
const BOOST_PLACE: f32 = 1.5;
const BOOST_FUZZY: f32 = 0.5;
const BOOST_YEAR: f32 = 0.5;
/// The score of a Japanese run whose bigrams all occur, adjacent or not.
const SCORE_SCATTERED: f32 = 1.0;
/// Added to the score of an entity whose names match every term.
const ENTITY_BONUS: f32 = 30.0;
/// Added again when that entity has notices on record (a year facet): of
/// the many corporations an NTA file brings that share a word
/// (メディカル), those with enforcement on record come first.
const RECORD_BONUS: f32 = 10.0;

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
    f: &Fields,
    text: &str,
) -> Result<Option<Box<dyn Query>>, IndexError> {
    let mut analyzer = index.tokenizer_for_field(f.english)?;
    let mut stream = analyzer.token_stream(text);
    let mut terms: Vec<Box<dyn Query>> = Vec::new();
    while stream.advance() {
        let word = &stream.token().text;
        // In tadoru's English renderings, or in the glossary's words for
        // the names and the text.
        terms.push(Box::new(BooleanQuery::union(vec![
            term_query(f.english, word),
            term_query(f.glossed, word),
        ])));
    }
    Ok(match terms.len() {
        0 => None,
        _ => Some(boxed(BooleanQuery::intersection(terms), BOOST_ENGLISH)),
    })
}

/// Enough trigrams of a romaji spelling in the romaji field (half of them
/// when `loose`).
fn romaji_clause(field: Field, latin: &str, loose: bool) -> Option<Box<dyn Query>> {
    let grams = analyzers::query_trigrams(latin);
    if grams.is_empty() {
        return None;
    }
    // Words up to 8 letters need every trigram (tokyo must not find kyoto,
    // toshima not kagoshima: fuzzy matching forgives their typos); longer
    // ones 60%, for a vowel or two spelt differently.
    let need = if loose {
        grams.len().div_ceil(2)
    } else if grams.len() <= 6 {
        grams.len()
    } else {
        (grams.len() * 3).div_ceil(5)
    };
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

/// Whole romaji words within a few edits of what was typed: `kojn bio`,
/// `kojinnbaio` find `kojinbaio`. One edit up to 7 letters, two beyond.
/// When `loose`, two edits from 5 letters on.
fn fuzzy_clause(field: Field, romaji: &str, boost: f32, loose: bool) -> Option<Box<dyn Query>> {
    let key = analyzers::squash_romaji(romaji);
    let n = key.chars().count();
    if n < 5 || key.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let distance = if n <= 7 && !loose { 1 } else { 2 };
    Some(boxed(
        FuzzyTermQuery::new(Term::from_field_text(field, &key), distance, true),
        boost,
    ))
}

/// Whether a term is all kana (so it can be read as romaji).
fn is_kana(term: &str) -> bool {
    term.chars()
        .all(|c| matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | 'ー' | '・'))
}

/// The romaji of a kana term, or the term itself when Latin.
fn romaji_of(term: &str) -> Option<String> {
    if is_latin(term) {
        Some(term.to_string())
    } else if is_kana(term) {
        Some(wana_kana::ConvertJapanese::to_romaji(term))
    } else {
        None
    }
}

fn is_latin(term: &str) -> bool {
    term.chars().all(|c| c.is_ascii() || !c.is_alphanumeric())
}

/// What a query says, once read: free terms, strict phrases and filters.
#[derive(Debug, Default, PartialEq)]
pub struct ParsedQuery {
    pub terms: Vec<String>,
    /// `"…"` in the query: matched as written, adjacent.
    pub phrases: Vec<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
    pub place: Option<String>,
    pub doc_type: Option<String>,
}

/// Reads filters (`kind:` `year:` `place:` `type:`), quoted phrases and
/// terms out of what was typed. Legal forms are folded away from terms
/// (`(医)輝鳳会` → `輝鳳会`), as resolution does with names.
pub fn parse(q: &str) -> ParsedQuery {
    let normalized: String = q.nfkc().collect();
    let mut out = ParsedQuery::default();
    let mut rest = String::new();
    // Quoted phrases first: "…" or 「…」 (NFKC leaves both).
    let mut chars = normalized.chars().peekable();
    while let Some(c) = chars.next() {
        let close = match c {
            '"' => '"',
            '「' => '」',
            '“' => '”',
            _ => {
                rest.push(c);
                continue;
            }
        };
        let phrase: String = chars.by_ref().take_while(|&x| x != close).collect();
        let phrase = phrase.trim().to_string();
        if !phrase.is_empty() {
            out.phrases.push(phrase);
        }
        rest.push(' ');
    }
    for word in rest.split_whitespace() {
        if let Some((key, value)) = word.split_once(':') {
            let value = value.trim();
            let handled = !value.is_empty()
                && match key.to_lowercase().as_str() {
                    "kind" => {
                        out.kind = Some(value.to_lowercase());
                        true
                    }
                    "year" => match value.parse::<i32>() {
                        Ok(y) => {
                            out.year = Some(y);
                            true
                        }
                        Err(_) => false,
                    },
                    "place" => {
                        out.place = Some(value.to_string());
                        true
                    }
                    "type" => {
                        out.doc_type = Some(value.to_lowercase());
                        true
                    }
                    _ => false,
                };
            if handled {
                continue;
            }
        }
        let folded = analyzers::fold_legal_forms(word);
        if !folded.is_empty() {
            out.terms.push(folded);
        }
    }
    out.terms.truncate(MAX_TERMS);
    out.phrases.truncate(MAX_TERMS);
    out
}

/// A bare year the user typed (2025), as a year facet alternative.
fn typed_year(term: &str) -> Option<i32> {
    let y: i32 = term.strip_suffix('年').unwrap_or(term).parse().ok()?;
    (1950..=2100).contains(&y).then_some(y)
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

/// A Japanese run: every bigram must occur (in the names, title or text),
/// adjacency only ranks. `コージンバイオ埼玉細胞加工センター` finds
/// `コージンバイオ株式会社 埼玉細胞加工センター` this way.
/// When `loose` (nothing matched strictly), two bigrams in three suffice:
/// a kanji chosen wrongly (輝宝会 for 輝鳳会) still finds the name.
fn ja_bigrams_clause(f: &Fields, text: &str, loose: bool) -> Option<Box<dyn Query>> {
    let tokens = ja_tokens(text);
    if tokens.is_empty() {
        return None;
    }
    let mut grams: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    grams.sort();
    grams.dedup();
    // A bigram matches when it occurs in names, title, text or labels: all
    // of them are in the `bigrams` field, one posting list per bigram.
    let all: Vec<Box<dyn Query>> = grams
        .iter()
        .map(|g| {
            Box::new(TermQuery::new(
                Term::from_field_text(f.bigrams, g),
                IndexRecordOption::Basic,
            )) as Box<dyn Query>
        })
        .collect();
    // The bigrams only decide what matches; ranking is the adjacent phrase's.
    let n = all.len();
    let required: Box<dyn Query> = if loose && n >= 2 {
        Box::new(BooleanQuery::union_with_minimum_required_clauses(
            all,
            (n * 2).div_ceil(3).max(1).min(n - 1).max(1),
        ))
    } else {
        Box::new(BooleanQuery::intersection(all))
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Must,
        Box::new(ConstScoreQuery::new(required, SCORE_SCATTERED)),
    )];
    if tokens.len() > 1 {
        for (field, boost) in [
            (f.names, BOOST_NAMES),
            (f.title, BOOST_TITLE),
            (f.body, BOOST_BODY),
            (f.attachments, BOOST_ATTACHMENTS),
            (f.labels, BOOST_TITLE),
        ] {
            if let Some(q) = ja_clause(field, text, boost) {
                clauses.push((Occur::Should, q));
            }
        }
    }
    if let Some(q) = words_clause(f.words, text) {
        clauses.push((Occur::Should, q));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// The same on an entity's names only, for the entity bonus.
fn ja_names_clause(field: Field, text: &str) -> Option<Box<dyn Query>> {
    let mut grams: Vec<String> = ja_tokens(text).into_iter().map(|t| t.text).collect();
    grams.sort();
    grams.dedup();
    match grams.len() {
        0 => None,
        _ => Some(Box::new(BooleanQuery::intersection(
            grams.iter().map(|g| term_query(field, g)).collect(),
        ))),
    }
}

/// The query for `req`; `loose` is the second try when nothing matched
/// (typos: fewer bigrams and trigrams required, more edits allowed).
pub(crate) fn build(
    index: &Index,
    f: &Fields,
    req: &SearchRequest,
    loose: bool,
) -> Result<Box<dyn Query>, IndexError> {
    if req.q.chars().count() > MAX_QUERY_CHARS {
        return Err(IndexError::BadQuery(format!(
            "query longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    let parsed = parse(&req.q);
    let terms = &parsed.terms;

    let mut must: Vec<Box<dyn Query>> = Vec::new();
    // The same terms, on an entity's names only (its name, romaji or English name).
    let mut on_names: Vec<Box<dyn Query>> = Vec::new();
    for term in terms {
        let latin = is_latin(term);
        let mut name_alternatives: Vec<Box<dyn Query>> = Vec::new();
        name_alternatives.extend(ja_names_clause(f.names, term));
        if latin {
            name_alternatives.extend(english_clause(index, f, term)?);
        }
        let romaji = romaji_of(term);
        if let Some(r) = &romaji {
            name_alternatives.extend(romaji_clause(f.romaji, r, loose));
            name_alternatives.extend(fuzzy_clause(f.romaji_words, r, 1.0, loose));
        }
        let mut name_alternatives_extra: Vec<Box<dyn Query>> = Vec::new();
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        alternatives.extend(ja_bigrams_clause(f, term, loose));
        // A kanji typo is mostly a homophone the input method chose (輝宝会
        // for 輝鳳会): on the second try, match by reading.
        if loose && romaji.is_none() {
            for reading in crate::romanize::reading_variants(term, 8) {
                if reading.chars().count() >= 3 {
                    alternatives.push(boxed(term_query(f.romaji_words, &reading), BOOST_FUZZY));
                }
            }
        }
        // Katakana that spells a Latin name: ザ・ケイ・クリニック → THE K CLINIC.
        if is_kana(term)
            && let Some(en) = crate::romanize::spelled_english(term)
        {
            alternatives.extend(ja_clause(f.names, &en, BOOST_NAMES));
            name_alternatives_extra.extend(ja_clause(f.names, &en, 1.0));
        }
        if latin {
            alternatives.extend(english_clause(index, f, term)?);
            if loose && term.chars().count() >= 5 {
                alternatives.push(boxed(
                    FuzzyTermQuery::new(
                        Term::from_field_text(f.english, &term.to_lowercase()),
                        if term.chars().count() >= 7 { 2 } else { 1 },
                        true,
                    ),
                    BOOST_FUZZY,
                ));
            }
        }
        if let Some(r) = &romaji {
            alternatives.extend(romaji_clause(f.romaji, r, loose));
            alternatives.extend(fuzzy_clause(f.romaji_words, r, BOOST_FUZZY, loose));
        }
        let key = places::search_key(term);
        if key.chars().count() >= 2 {
            alternatives.push(boxed(
                TermQuery::new(
                    Term::from_field_text(f.places, &key),
                    IndexRecordOption::WithFreqs,
                ),
                BOOST_PLACE,
            ));
        }
        if let Some(y) = typed_year(term) {
            alternatives.push(Box::new(ConstScoreQuery::new(
                Box::new(TermQuery::new(
                    Term::from_facet(f.facets, &Facet::from(&format!("/year/{y}"))),
                    IndexRecordOption::Basic,
                )),
                BOOST_YEAR,
            )));
        }
        name_alternatives.append(&mut name_alternatives_extra);
        if !name_alternatives.is_empty() {
            on_names.push(Box::new(BooleanQuery::union(name_alternatives)));
        }
        if !alternatives.is_empty() {
            must.push(Box::new(BooleanQuery::union(alternatives)));
        }
    }
    for phrase in &parsed.phrases {
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        for (field, boost) in [
            (f.names, BOOST_NAMES),
            (f.title, BOOST_TITLE),
            (f.body, BOOST_BODY),
            (f.attachments, BOOST_ATTACHMENTS),
        ] {
            alternatives.extend(ja_clause(field, phrase, boost));
        }
        if is_latin(phrase) {
            alternatives.extend(english_phrase(index, f.english, phrase)?);
        }
        match alternatives.is_empty() {
            true => must.push(Box::new(EmptyQuery)),
            false => must.push(Box::new(BooleanQuery::union(alternatives))),
        }
    }
    let latin: Vec<&str> = terms
        .iter()
        .map(String::as_str)
        .filter(|t| is_latin(t))
        .collect();
    let typed_anything = !terms.is_empty() || !parsed.phrases.is_empty();
    let text_query: Option<Box<dyn Query>> = match must.len() {
        0 if !typed_anything => None,
        // Only punctuation or symbols: nothing can match, which is an answer, not an error.
        0 => Some(Box::new(EmptyQuery)),
        _ => {
            let all_terms: Box<dyn Query> = Box::new(BooleanQuery::intersection(must));
            if latin.len() >= 2 && latin.len() == terms.len() && parsed.phrases.is_empty() {
                // The Latin words may spell one name: `kojin bio`, `kojn bio`.
                let joined = latin.concat();
                let mut any: Vec<Box<dyn Query>> = vec![all_terms];
                any.extend(romaji_clause(f.romaji, &joined, loose));
                any.extend(fuzzy_clause(f.romaji_words, &joined, BOOST_FUZZY, loose));
                Some(Box::new(BooleanQuery::union(any)))
            } else {
                Some(all_terms)
            }
        }
    };

    // An entity whose name matches is the answer itself: it ranks above the
    // notices that name it (an entity matching only by its place does not).
    let text_query = text_query.map(|q| -> Box<dyn Query> {
        if on_names.is_empty() {
            return q;
        }
        let mut named: Vec<Box<dyn Query>> = vec![Box::new(TermQuery::new(
            Term::from_facet(f.facets, &Facet::from("/type/entity")),
            IndexRecordOption::Basic,
        ))];
        named.append(&mut on_names);
        let mut with_record: Vec<Box<dyn Query>> = named.iter().map(|q| q.box_clone()).collect();
        with_record.push(Box::new(TermQuery::new(
            Term::from_facet(f.facets, &Facet::from("/year")),
            IndexRecordOption::Basic,
        )));
        let entity: Box<dyn Query> = Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::intersection(named)),
            ENTITY_BONUS,
        ));
        let on_record: Box<dyn Query> = Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::intersection(with_record)),
            RECORD_BONUS,
        ));
        Box::new(BooleanQuery::new(vec![
            (Occur::Must, q),
            (Occur::Should, entity),
            (Occur::Should, on_record),
        ]))
    });
    let mut filters: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let facet_term = |path: String| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_facet(f.facets, &Facet::from(&path)),
            IndexRecordOption::Basic,
        ))
    };
    if let Some(t) = parsed.doc_type.as_ref().or(req.doc_type.as_ref()) {
        filters.push((
            Occur::Must,
            facet_term(format!("/type/{}", clean_segment(t)?)),
        ));
    }
    if let Some(k) = parsed.kind.as_ref().or(req.kind.as_ref()) {
        filters.push((
            Occur::Must,
            facet_term(format!("/kind/{}", clean_segment(k)?)),
        ));
    }
    if let Some(y) = parsed.year.or(req.year) {
        filters.push((Occur::Must, facet_term(format!("/year/{y}"))));
    }
    if let Some(p) = parsed.place.as_ref().or(req.place.as_ref()) {
        let found = places::GAZ.lookup(p);
        if found.is_empty() {
            return Err(IndexError::BadQuery(format!("not a known place: {p:?}")));
        }
        let mut paths: Vec<String> = found.iter().map(|pl| pl.facet()).collect();
        paths.sort();
        paths.dedup();
        filters.push((
            Occur::Must,
            Box::new(BooleanQuery::union(
                paths.into_iter().map(facet_term).collect(),
            )),
        ));
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

/// A loose query over entity names for "did you mean": any term close to a
/// name — romaji or kana within two edits, half of a Japanese run's bigrams.
pub(crate) fn suggestion_query(f: &Fields, q: &str) -> Option<Box<dyn Query>> {
    let parsed = parse(q);
    let mut words: Vec<String> = parsed.terms.clone();
    words.extend(parsed.phrases.iter().cloned());
    let latin: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|t| is_latin(t))
        .collect();
    if latin.len() >= 2 {
        words.push(latin.concat());
    }
    let mut any: Vec<Box<dyn Query>> = Vec::new();
    for w in &words {
        if let Some(r) = romaji_of(w) {
            let key = analyzers::squash_romaji(&r);
            if key.chars().count() >= 4 {
                any.push(Box::new(FuzzyTermQuery::new(
                    Term::from_field_text(f.romaji_words, &key),
                    2,
                    true,
                )));
            }
            let grams = analyzers::query_trigrams(&r);
            if grams.len() >= 2 {
                let need = grams.len().div_ceil(3).max(2).min(grams.len());
                any.push(Box::new(BooleanQuery::union_with_minimum_required_clauses(
                    grams.iter().map(|g| term_query(f.romaji, g)).collect(),
                    need,
                )));
            }
        }
        let mut grams: Vec<String> = ja_tokens(w).into_iter().map(|t| t.text).collect();
        grams.sort();
        grams.dedup();
        if grams.len() >= 2 {
            let need = grams.len().div_ceil(2);
            any.push(Box::new(BooleanQuery::union_with_minimum_required_clauses(
                grams.iter().map(|g| term_query(f.names, g)).collect(),
                need,
            )));
        }
    }
    if any.is_empty() {
        return None;
    }
    Some(Box::new(BooleanQuery::new(vec![
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_facet(f.facets, &Facet::from("/type/entity")),
                IndexRecordOption::Basic,
            )) as Box<dyn Query>,
        ),
        (Occur::Must, Box::new(BooleanQuery::union(any))),
    ])))
}

/// English words of a quoted phrase, adjacent.
fn english_phrase(
    index: &Index,
    field: Field,
    text: &str,
) -> Result<Option<Box<dyn Query>>, IndexError> {
    let mut analyzer = index.tokenizer_for_field(field)?;
    let mut stream = analyzer.token_stream(text);
    let mut terms: Vec<(usize, Term)> = Vec::new();
    while stream.advance() {
        let t = stream.token();
        terms.push((t.position, Term::from_field_text(field, &t.text)));
    }
    Ok(match terms.len() {
        0 => None,
        1 => Some(boxed(
            TermQuery::new(terms.remove(0).1, IndexRecordOption::WithFreqs),
            BOOST_ENGLISH,
        )),
        _ => Some(boxed(PhraseQuery::new_with_offset(terms), BOOST_ENGLISH)),
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
