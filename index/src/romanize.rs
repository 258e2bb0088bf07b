//! Names in every script. A name is cut into segments — domain words from
//! the glossary (医療法人 → medical corporation, 細胞培養加工センター → cell
//! processing center, 臍帯血 → cord blood), katakana loanwords (サイエンス →
//! science), kanji words with their readings (池袋 → イケブクロ, from Japan
//! Post's neighbourhood names and JMdict), single kanji (KanjiDic2) — and each
//! segment gives romaji and, where known, English. Search indexes both, so
//! `Ikebukuro`, `Science Clinic` and `cord blood` find what is written in
//! Japanese; English pages show the English or romaji form beside it.
//! The data files and their sources: `data/README.md`.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

use crate::analyzers::{squash_romaji, to_katakana};

const READINGS: &str = include_str!("../data/readings.tsv");
const LOANWORDS: &str = include_str!("../data/loanwords.tsv");
const GLOSSARY: &str = include_str!("../data/glossary.tsv");

/// Longest written form looked up, in characters.
const MAX_SURFACE: usize = 10;

struct Lexicon {
    /// Kanji word → katakana readings, best first.
    readings: HashMap<String, Vec<String>>,
    /// Katakana or kanji word → English renderings, the display form first.
    english: HashMap<String, Vec<String>>,
    /// A single kanji → its first reading that is not a place name's
    /// (KanjiDic2 or JMdict, not Japan Post's town names).
    common: HashMap<String, String>,
}

fn tsv(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() >= 2 && !c[0].is_empty() && !c[1].is_empty())
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut readings: HashMap<String, Vec<String>> = HashMap::new();
    let mut common: HashMap<String, String> = HashMap::new();
    for c in tsv(READINGS) {
        if c.get(2).is_some_and(|src| *src != "town") && c[0].chars().count() == 1 {
            common
                .entry(c[0].to_string())
                .or_insert_with(|| c[1].to_string());
        }
        let r = readings.entry(c[0].to_string()).or_default();
        if !r.iter().any(|x| x == c[1]) {
            r.push(c[1].to_string());
        }
    }
    let mut english: HashMap<String, Vec<String>> = HashMap::new();
    for c in tsv(LOANWORDS) {
        english
            .entry(c[0].to_string())
            .or_default()
            .push(c[1].to_string());
    }
    // The glossary is the domain's own vocabulary: it wins.
    for (key, en) in GLOSSARY_ONLY.iter() {
        english.insert(key.clone(), en.clone());
    }
    Lexicon {
        readings,
        english,
        common,
    }
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Kanji,
    Katakana,
    Hiragana,
    Latin,
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{3041}'..='\u{3096}' => Script::Hiragana,
        '\u{30A1}'..='\u{30FA}' | 'ー' | '\u{30FD}' | '\u{30FE}' => Script::Katakana,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' => {
            Script::Kanji
        }
        c if c.is_alphanumeric() => Script::Latin,
        _ => Script::Other,
    }
}

/// One piece of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub surface: String,
    /// Katakana reading, when known (empty for Latin text).
    pub reading: String,
    /// English renderings, when the glossary or the loanword list knows
    /// the word: the display form first.
    pub english: Vec<String>,
    /// Other readings of an ambiguous kanji word.
    pub alternates: Vec<String>,
}

impl Segment {
    /// Romaji of the reading, or the Latin text itself.
    pub fn romaji(&self) -> String {
        if self.reading.is_empty() {
            self.surface.to_lowercase()
        } else {
            self.reading.as_str().to_romaji()
        }
    }
}

/// Cuts a katakana run into known words (loanwords, glossary), covering all
/// of it, fewest pieces first; `None` when it cannot be covered.
fn cover_katakana(run: &[char]) -> Option<Vec<String>> {
    let n = run.len();
    // best[i]: fewest pieces covering run[..i].
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 1..=n {
        for start in end.saturating_sub(MAX_SURFACE * 2)..end {
            let Some((count, _)) = best[start] else {
                continue;
            };
            if end - start < 2 {
                continue;
            }
            let word: String = run[start..end].iter().collect();
            if LEXICON.english.contains_key(&word) && best[end].is_none_or(|(c, _)| count + 1 < c) {
                best[end] = Some((count + 1, start));
            }
        }
    }
    best[n]?;
    let mut pieces = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        pieces.push(run[start..end].iter().collect());
        end = start;
    }
    pieces.reverse();
    Some(pieces)
}

/// A run of kanji cut into dictionary words; single kanji that stand
/// together (a name read kanji by kanji, 輝鳳会) form one word: `Kihōkai`.
fn kanji_segments(run: &[char], out: &mut Vec<Segment>) {
    let mut words = Vec::new();
    kanji_words(run, &mut words);
    // Whether the last segment pushed is made of single kanji.
    let mut singles = false;
    for w in words {
        let single = w.surface.chars().count() == 1 && w.english.is_empty();
        match out.last_mut() {
            Some(last) if single && singles => {
                last.surface.push_str(&w.surface);
                last.reading.push_str(&w.reading);
            }
            _ => {
                singles = single;
                out.push(Segment {
                    alternates: if single {
                        Vec::new()
                    } else {
                        w.alternates.clone()
                    },
                    ..w
                });
            }
        }
    }
}

fn kanji_words(run: &[char], out: &mut Vec<Segment>) {
    let mut i = 0;
    while i < run.len() {
        let mut found = None;
        for len in (1..=MAX_SURFACE.min(run.len() - i)).rev() {
            let word: String = run[i..i + len].iter().collect();
            let english = LEXICON.english.get(&word).cloned().unwrap_or_default();
            // Words with a reading only: glossary words are cut by the caller,
            // and read here by their parts.
            if let Some(readings) = LEXICON.readings.get(&word) {
                let r: Vec<String> = readings.clone();
                let reading = r.first().cloned().unwrap_or_default();
                found = Some((
                    len,
                    Segment {
                        surface: word,
                        reading,
                        english,
                        alternates: r.into_iter().skip(1).collect(),
                    },
                ));
                break;
            }
        }
        match found {
            Some((len, seg)) => {
                out.push(seg);
                i += len;
            }
            None => {
                let reading = match script(run[i]) {
                    Script::Katakana | Script::Hiragana => to_katakana(&run[i].to_string()),
                    _ => String::new(),
                };
                out.push(Segment {
                    surface: run[i].to_string(),
                    reading,
                    english: Vec::new(),
                    alternates: Vec::new(),
                });
                i += 1;
            }
        }
    }
}

/// Latin letters and "the" as katakana writes them standing alone
/// (ザ・ケイ・クリニック is THE K CLINIC).
fn letter_name(run: &[char]) -> Option<&'static str> {
    const LETTERS: &[(&str, &str)] = &[
        ("ザ", "the"),
        ("エー", "a"),
        ("エイ", "a"),
        ("ビー", "b"),
        ("シー", "c"),
        ("ディー", "d"),
        ("デー", "d"),
        ("イー", "e"),
        ("エフ", "f"),
        ("ジー", "g"),
        ("エイチ", "h"),
        ("エッチ", "h"),
        ("アイ", "i"),
        ("ジェー", "j"),
        ("ジェイ", "j"),
        ("ケー", "k"),
        ("ケイ", "k"),
        ("エル", "l"),
        ("エム", "m"),
        ("エヌ", "n"),
        ("オー", "o"),
        ("ピー", "p"),
        ("キュー", "q"),
        ("アール", "r"),
        ("エス", "s"),
        ("ティー", "t"),
        ("ユー", "u"),
        ("ブイ", "v"),
        ("ヴィ", "v"),
        ("ダブリュー", "w"),
        ("エックス", "x"),
        ("ワイ", "y"),
        ("ゼット", "z"),
        ("ゼッド", "z"),
    ];
    let word: String = run.iter().collect();
    LETTERS.iter().find(|(k, _)| *k == word).map(|(_, v)| *v)
}

/// The English a katakana query spells, when every piece of it is a known
/// word or letter: ザ・ケイ・クリニック → `the k clinic`.
pub fn spelled_english(term: &str) -> Option<String> {
    let segs = segments(term);
    if segs.len() < 2 || segs.iter().any(|s| s.english.is_empty()) {
        return None;
    }
    Some(
        segs.iter()
            .map(|s| s.english[0].split(", ").next().unwrap_or("").to_lowercase())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The segments of a name (NFKC-folded first).
pub fn segments(name: &str) -> Vec<Segment> {
    let chars: Vec<char> = name.nfkc().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // The glossary first, wherever a word of it starts: it holds mixed
        // words such as (株) and 細胞培養加工センター.
        if let Some((len, word)) = glossary_at(&chars, i) {
            let mut inner = Vec::new();
            kanji_segments(&chars[i..i + len], &mut inner);
            let reading: String = inner.iter().map(|s| s.reading.as_str()).collect();
            out.push(Segment {
                reading: to_katakana(&reading),
                english: GLOSSARY_ONLY.get(&word).cloned().unwrap_or_default(),
                surface: word,
                alternates: Vec::new(),
            });
            i += len;
            continue;
        }
        let s = script(chars[i]);
        let start = i;
        i += 1;
        while i < chars.len() && script(chars[i]) == s && glossary_at(&chars, i).is_none() {
            i += 1;
        }
        let run = &chars[start..i];
        match s {
            Script::Other => {}
            Script::Latin => out.push(Segment {
                surface: run.iter().collect(),
                reading: String::new(),
                english: Vec::new(),
                alternates: Vec::new(),
            }),
            Script::Hiragana => out.push(Segment {
                surface: run.iter().collect(),
                reading: to_katakana(&run.iter().collect::<String>()),
                english: Vec::new(),
                alternates: Vec::new(),
            }),
            Script::Katakana if letter_name(run).is_some() => {
                let surface: String = run.iter().collect();
                out.push(Segment {
                    english: vec![letter_name(run).unwrap_or_default().to_string()],
                    reading: surface.clone(),
                    surface,
                    alternates: Vec::new(),
                });
            }
            Script::Katakana => {
                let pieces =
                    cover_katakana(run).unwrap_or_else(|| vec![run.iter().collect::<String>()]);
                for p in pieces {
                    out.push(Segment {
                        english: LEXICON.english.get(&p).cloned().unwrap_or_default(),
                        reading: p.clone(),
                        surface: p,
                        alternates: Vec::new(),
                    });
                }
            }
            // One kanji straight after a loanword or Latin name is a
            // suffix of it (コージンバイオ社, ABC堂), read as a word, not as
            // the town of that name (社 is シャ here, not ヤシロ).
            Script::Kanji
                if run.len() == 1
                    && start > 0
                    && matches!(script(chars[start - 1]), Script::Katakana | Script::Latin)
                    && LEXICON.common.contains_key(&run[0].to_string()) =>
            {
                let surface = run[0].to_string();
                out.push(Segment {
                    reading: LEXICON.common[&surface].clone(),
                    english: Vec::new(),
                    alternates: LEXICON.readings.get(&surface).cloned().unwrap_or_default(),
                    surface,
                });
            }
            Script::Kanji => kanji_segments(run, &mut out),
        }
    }
    out
}

/// Glossary entries only (not loanwords): the display form, then the
/// synonyms search also knows.
static GLOSSARY_ONLY: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    tsv(GLOSSARY)
        .map(|c| {
            let mut en = vec![c[1].to_string()];
            if let Some(also) = c.get(2).filter(|a| !a.is_empty()) {
                en.push(also.to_string());
            }
            (c[0].nfkc().collect::<String>(), en)
        })
        .collect()
});

/// The longest glossary word starting at `chars[i]`, with its length.
fn glossary_at(chars: &[char], i: usize) -> Option<(usize, String)> {
    (2..=MAX_SURFACE.min(chars.len() - i))
        .rev()
        .find_map(|len| {
            let word: String = chars[i..i + len].iter().collect();
            GLOSSARY_ONLY.contains_key(&word).then_some((len, word))
        })
}

fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Romaji for reading, with long vowels as macrons: `Kōjinbaio`.
fn display_romaji(seg: &Segment) -> String {
    let mut r = seg.romaji();
    if !seg.reading.is_empty() {
        for (from, to) in [
            ("ou", "ō"),
            ("oo", "ō"),
            ("uu", "ū"),
            ("aa", "ā"),
            ("ee", "ē"),
        ] {
            r = r.replace(from, to);
        }
    }
    capitalized(&r)
}

/// Squashed romaji readings a written word may have, each kanji word read
/// every way the dictionary knows (at most `max`): 輝宝会 → kihokai,
/// kitakarakai, … — for matching a kanji typo by its sound.
pub fn reading_variants(word: &str, max: usize) -> Vec<String> {
    let chars: Vec<char> = word.nfkc().collect();
    let mut pieces = Vec::new();
    kanji_words(&chars, &mut pieces);
    let mut out: Vec<String> = vec![String::new()];
    for p in &pieces {
        let mut readings: Vec<String> = vec![p.reading.clone()];
        readings.extend(p.alternates.iter().cloned());
        if readings.iter().all(String::is_empty) {
            readings = vec![p.surface.to_lowercase()];
        }
        let mut next = Vec::new();
        for prefix in &out {
            for r in readings.iter().take(3) {
                if next.len() < max {
                    next.push(format!("{prefix}{}", r.as_str().to_romaji()));
                }
            }
        }
        out = next;
    }
    let mut out: Vec<String> = out.iter().map(|r| squash_romaji(r)).collect();
    out.sort();
    out.dedup();
    out
}

/// The name in romaji, for display: `Ikebukuro Kurinikku`.
pub fn romaji(name: &str) -> String {
    segments(name)
        .iter()
        .map(display_romaji)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name in English where words are known, romaji elsewhere, for
/// display: `Medical Corporation Kihōkai Ikebukuro Clinic`. `None` when no
/// segment has an English word (then the romaji says as much).
pub fn english(name: &str) -> Option<String> {
    let segs = segments(name);
    if segs.iter().all(|s| s.english.is_empty()) {
        return None;
    }
    let words: Vec<String> = segs
        .iter()
        .map(|s| match s.english.first() {
            Some(en) => en
                .split(", ")
                .next()
                .map(capitalized_words)
                .unwrap_or_default(),
            None => display_romaji(s),
        })
        .filter(|w| !w.is_empty())
        .collect();
    Some(words.join(" "))
}

fn capitalized_words(en: &str) -> String {
    en.split(' ').map(capitalized).collect::<Vec<_>>().join(" ")
}

/// Squashed romaji words of names, for the search fields: each segment's
/// reading (and alternates) and each run of segments read together.
pub fn search_words(names: &[String]) -> Vec<String> {
    let mut words = Vec::new();
    for name in names {
        words.extend(memo(&NAME_WORDS, name, name_words));
    }
    words.retain(|w| w.chars().count() >= 2);
    words.sort();
    words.dedup();
    words
}

/// The search words of one name (see [`search_words`]).
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let segs = segments(name);
    let mut joined = String::new();
    for s in &segs {
        let r = squash_romaji(&s.romaji());
        joined.push_str(&r);
        words.push(r);
        for a in &s.alternates {
            words.push(squash_romaji(&a.as_str().to_romaji()));
        }
    }
    words.push(joined);
    // Each name word (split where the name has spaces) read as one.
    for part in name.split_whitespace() {
        let w: String = segments(part)
            .iter()
            .map(|s| squash_romaji(&s.romaji()))
            .collect();
        words.push(w);
    }
    words
}

/// The English renderings of one name's segments.
fn name_english(name: &str) -> Vec<String> {
    segments(name).into_iter().flat_map(|s| s.english).collect()
}

/// Per-name results already computed on this thread: a whole index build
/// reads the same few thousand names in every notice that names them, and
/// cutting a name into segments is most of what indexing a notice costs.
type Memo = std::cell::RefCell<HashMap<String, Vec<String>>>;

thread_local! {
    static NAME_WORDS: Memo = Memo::default();
    static NAME_ENGLISH: Memo = Memo::default();
}

/// Names kept per memo before it is emptied (memory stays bounded).
const MEMO_NAMES: usize = 100_000;

fn memo(
    cache: &'static std::thread::LocalKey<Memo>,
    name: &str,
    f: fn(&str) -> Vec<String>,
) -> Vec<String> {
    cache.with(|c| {
        if let Some(w) = c.borrow().get(name) {
            return w.clone();
        }
        let w = f(name);
        let mut c = c.borrow_mut();
        if c.len() >= MEMO_NAMES {
            c.clear();
        }
        c.insert(name.to_string(), w.clone());
        w
    })
}

/// English words for the names and for the domain words a text contains
/// (`臍帯血` in a notice → `cord blood`), for the English search field.
pub fn english_words(names: &[String], text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        out.extend(memo(&NAME_ENGLISH, name, name_english));
    }
    let folded: String = text.nfkc().collect();
    for (jp, en) in GLOSSARY_ONLY.iter() {
        if jp.chars().count() >= 2 && folded.contains(jp.as_str()) {
            out.extend(en.iter().cloned());
        }
    }
    out.sort();
    out.dedup();
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_words_in_english() {
        let e = english("医療法人社団 輝鳳会 池袋クリニック").unwrap();
        assert!(e.starts_with("Medical Corporation"), "{e}");
        assert!(e.ends_with("Clinic"), "{e}");
        let e = english("コージンバイオ株式会社 埼玉細胞加工センター").unwrap();
        assert!(e.contains("Cell Processing Center"), "{e}");
        assert!(english_words(&[], "臍帯血を用いた再生医療").contains("cord blood"));
        assert_eq!(english("タナカ"), None);
    }

    #[test]
    fn katakana_names_are_cut_into_known_words() {
        let segs = segments("サイエンスクリニック");
        let surfaces: Vec<&str> = segs.iter().map(|s| s.surface.as_str()).collect();
        assert_eq!(surfaces, ["サイエンス", "クリニック"]);
        assert_eq!(
            english("東京サイエンスクリニック").unwrap(),
            "Tōkyō Science Clinic"
        );
        assert_eq!(romaji("コージンバイオ"), "Kōjinbaio");
        assert_eq!(
            romaji("サイエンスクリニック"),
            romaji("サイエンス クリニック")
        );
    }

    #[test]
    fn a_kanji_suffix_of_a_loanword_name_is_not_read_as_a_town() {
        let e = english("コージンバイオ社 埼玉細胞加工センター").unwrap();
        assert!(!e.contains("Yashiro"), "{e}");
        assert!(e.starts_with("Kōjinbaio Sha "), "{e}");
        assert_eq!(romaji("コージンバイオ社"), "Kōjinbaio Sha");
        // Standing alone or in a kanji word, the dictionary reads it as before.
        assert_eq!(romaji("社"), romaji("社 "));
        // Search still knows every reading of it.
        let words = search_words(&["コージンバイオ社".to_string()]);
        assert!(words.iter().any(|w| w.contains("sha")), "{words:?}");
    }

    #[test]
    fn a_kanji_typo_can_sound_like_the_name() {
        let typo = reading_variants("輝宝会", 16);
        let name = reading_variants("輝鳳会", 16);
        assert!(typo.iter().any(|r| name.contains(r)), "{typo:?} / {name:?}");
    }

    #[test]
    fn katakana_letters_spell_latin_names() {
        assert_eq!(
            spelled_english("ザ・ケイ・クリニック").as_deref(),
            Some("the k clinic")
        );
        assert_eq!(
            spelled_english("サイエンスクリニック").as_deref(),
            Some("science clinic")
        );
        assert_eq!(spelled_english("コージンバイオ"), None);
        // A letter name inside a word is not a letter.
        assert!(
            segments("ケイタクリニック")
                .iter()
                .all(|s| s.english.first().map(String::as_str) != Some("k"))
        );
    }

    #[test]
    fn readings_of_kanji_words() {
        let words = search_words(&["池袋クリニック".to_string()]);
        assert!(words.contains(&"ikebukuro".to_string()), "{words:?}");
        assert!(
            words.contains(&"ikebukurokurinikku".to_string()),
            "{words:?}"
        );
        assert!(words.contains(&"kurinikku".to_string()), "{words:?}");
        let words = search_words(&["銀座美容外科".to_string()]);
        assert!(words.contains(&"ginza".to_string()), "{words:?}");
        assert!(words.contains(&"biyogeka".to_string()), "{words:?}");
        assert_eq!(
            english("医療法人社団 輝鳳会 池袋クリニック").unwrap(),
            "Medical Corporation Kihōkai Ikebukuro Clinic"
        );
    }
}
