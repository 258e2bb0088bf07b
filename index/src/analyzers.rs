//! Analyzers, registered by name. Japanese text is folded (NFKC, so half-width
//! katakana and full-width letters meet their usual forms; hiragana to
//! katakana, so こーじん finds コージン) and cut into overlapping character
//! bigrams with real positions, so phrase queries check adjacency — tantivy's
//! own `NgramTokenizer` puts every gram at position 0 (DESIGN.md). Latin and
//! digit runs inside Japanese text become lower-cased words. A space between two
//! CJK characters does not break a run: `医療法人 輝鳳会` and `医療法人輝鳳会` index alike.

use std::collections::HashMap;
use std::sync::LazyLock;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

/// Name of the Japanese bigram analyzer.
pub const JA: &str = "tadoru_ja";
/// Name of the Japanese word analyzer (ICU dictionary segmentation): a
/// precision signal beside the bigrams, so that 京都 ranks 京都市 above 東京都.
pub const JA_WORDS: &str = "tadoru_ja_words";
/// Name of tantivy's built-in English stemming analyzer.
pub const EN: &str = "en_stem";
/// The romaji field holds precomputed trigrams separated by spaces.
pub const ROMAJI: &str = "whitespace";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    Word,
    Other,
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '々' | '〆')
}

/// Old and variant kanji forms with the Jōyō / Jinmeiyō form they fold to
/// (會 → 会, 條 → 条, 櫻 → 桜): `data/kanji_variants.tsv`, from KANJIDIC2.
static KANJI_VARIANTS: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    include_str!("../data/kanji_variants.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t').map(|c| c.chars().next());
            Some((cols.next()??, cols.next()??))
        })
        .collect()
});

/// Folds one character: NFKC, old kanji forms to new, lower case, hiragana to katakana.
fn fold(c: char, out: &mut Vec<char>) {
    for n in std::iter::once(c).nfkc() {
        let n = KANJI_VARIANTS.get(&n).copied().unwrap_or(n);
        for l in n.to_lowercase() {
            out.push(match l {
                '\u{3041}'..='\u{3096}' => char::from_u32(l as u32 + 0x60).unwrap_or(l),
                _ => l,
            });
        }
    }
}

/// The folded characters of `text` with the byte range of the original each came from.
fn folded(text: &str) -> Vec<(char, usize, usize)> {
    let mut out: Vec<(char, usize, usize)> = Vec::with_capacity(text.len());
    let mut buf = Vec::new();
    for (i, c) in text.char_indices() {
        buf.clear();
        fold(c, &mut buf);
        for &f in &buf {
            // Half-width ｼﾞ folds to シ + a combining voiced mark: compose them.
            if matches!(f, '\u{3099}' | '\u{309A}')
                && let Some(last) = out.last_mut()
                && let Some(composed) = unicode_normalization::char::compose(last.0, f)
            {
                last.0 = composed;
                last.2 = i + c.len_utf8();
                continue;
            }
            out.push((f, i, i + c.len_utf8()));
        }
    }
    out
}

fn class(c: char) -> Class {
    if is_cjk(c) || c == 'ー' {
        Class::Cjk
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Other
    }
}

/// Tokenizes `text` into Japanese bigrams and Latin words with positions.
pub fn ja_tokens(text: &str) -> Vec<Token> {
    let chars = folded(text);
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut position = 0;
    while i < chars.len() {
        match class(chars[i].0) {
            Class::Other => i += 1,
            Class::Word => {
                let start = i;
                while i < chars.len() && class(chars[i].0) == Class::Word {
                    i += 1;
                }
                tokens.push(Token {
                    offset_from: chars[start].1,
                    offset_to: chars[i - 1].2,
                    position,
                    text: chars[start..i].iter().map(|c| c.0).collect(),
                    position_length: 1,
                });
                position += 1;
            }
            Class::Cjk => {
                // Collect the run, stepping over white space between CJK characters.
                let mut run: Vec<(char, usize, usize)> = Vec::new();
                while i < chars.len() {
                    let c = chars[i];
                    if class(c.0) == Class::Cjk {
                        run.push(c);
                        i += 1;
                    } else if c.0.is_whitespace() {
                        let mut j = i;
                        while j < chars.len() && chars[j].0.is_whitespace() {
                            j += 1;
                        }
                        if j < chars.len() && class(chars[j].0) == Class::Cjk {
                            i = j;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if run.len() == 1 {
                    tokens.push(Token {
                        offset_from: run[0].1,
                        offset_to: run[0].2,
                        position,
                        text: run[0].0.to_string(),
                        position_length: 1,
                    });
                    position += 1;
                } else {
                    for w in run.windows(2) {
                        tokens.push(Token {
                            offset_from: w[0].1,
                            offset_to: w[1].2,
                            position,
                            text: [w[0].0, w[1].0].iter().collect(),
                            position_length: 1,
                        });
                        position += 1;
                    }
                }
            }
        }
    }
    tokens
}

/// NFKC characters of `text` (half-width voiced marks composed) with the byte
/// range of the original each came from; no case or kana folding, so that the
/// word segmenter sees the script the dictionary knows.
fn nfkc_chars(text: &str) -> Vec<(char, usize, usize)> {
    let mut out: Vec<(char, usize, usize)> = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        for f in std::iter::once(c).nfkc() {
            if matches!(f, '\u{3099}' | '\u{309A}')
                && let Some(last) = out.last_mut()
                && let Some(composed) = unicode_normalization::char::compose(last.0, f)
            {
                last.0 = composed;
                last.2 = i + c.len_utf8();
                continue;
            }
            out.push((f, i, i + c.len_utf8()));
        }
    }
    out
}

/// Tokenizes `text` into dictionary words (ICU), each folded like the bigrams
/// (lower case, katakana), with real positions and original offsets.
pub fn ja_word_tokens(text: &str) -> Vec<Token> {
    let chars = nfkc_chars(text);
    let norm: String = chars.iter().map(|c| c.0).collect();
    // Byte offset in `norm` → index in `chars`.
    let mut index_of = vec![0usize; norm.len() + 1];
    let mut at = 0;
    for (i, c) in chars.iter().enumerate() {
        for b in 0..c.0.len_utf8() {
            index_of[at + b] = i;
        }
        at += c.0.len_utf8();
    }
    index_of[norm.len()] = chars.len();
    let segmenter = icu_segmenter::WordSegmenter::new_auto(Default::default());
    let mut tokens = Vec::new();
    let mut iter = segmenter.segment_str(&norm);
    let mut start = iter.next().unwrap_or(0);
    let mut buf = Vec::new();
    for end in iter {
        // ICU's word-type flags are unreliable for CJK segments (埼玉 comes
        // back as "none"): a segment with any letter or digit is a word.
        if end > start && norm[start..end].chars().any(char::is_alphanumeric) {
            let (from, to) = (index_of[start], index_of[end]);
            let mut word = String::new();
            for c in &chars[from..to] {
                buf.clear();
                fold(c.0, &mut buf);
                word.extend(buf.iter());
            }
            if !word.is_empty() && to > from {
                tokens.push(Token {
                    offset_from: chars[from].1,
                    offset_to: chars[to - 1].2,
                    position: tokens.len(),
                    text: word,
                    position_length: 1,
                });
            }
        }
        start = end;
    }
    tokens
}

/// The word analyzer as a tantivy tokenizer.
#[derive(Clone, Default)]
pub struct JaWordsTokenizer;

impl Tokenizer for JaWordsTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream {
            tokens: ja_word_tokens(text),
            next: 0,
            none: Token::default(),
        }
    }
}

/// The Japanese analyzer as a tantivy tokenizer.
#[derive(Clone, Default)]
pub struct JaTokenizer;

pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
    /// Returned when asked for a token before the first `advance` or after
    /// the last: never a panic.
    none: Token,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        self.next
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .unwrap_or(&self.none)
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.next.checked_sub(1) {
            Some(i) if i < self.tokens.len() => &mut self.tokens[i],
            _ => &mut self.none,
        }
    }
}

impl Tokenizer for JaTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream {
            tokens: ja_tokens(text),
            next: 0,
            none: Token::default(),
        }
    }
}

/// Folds the romaji of a reading so that spelling habits meet: long vowels
/// (`ō`, `ou`, `oo`, the katakana bar) collapse, hyphens and apostrophes go.
pub fn squash_romaji(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.to_lowercase().chars() {
        let c = match c {
            'ā' | 'â' => 'a',
            'ī' | 'î' => 'i',
            'ū' | 'û' => 'u',
            'ē' | 'ê' => 'e',
            'ō' | 'ô' => 'o',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        }
    }
    for (from, to) in [
        ("ou", "o"),
        ("oo", "o"),
        ("uu", "u"),
        ("aa", "a"),
        ("ii", "i"),
        ("ee", "e"),
    ] {
        while out.contains(from) {
            out = out.replace(from, to);
        }
    }
    out
}

/// Legal forms, after NFKC (which makes ㈱ and （株） `(株)`), longest first.
const LEGAL_FORMS: &[&str] = &[
    "特定非営利活動法人",
    "地方独立行政法人",
    "国立研究開発法人",
    "独立行政法人",
    "医療法人社団",
    "医療法人財団",
    "社会医療法人",
    "一般社団法人",
    "一般財団法人",
    "公益社団法人",
    "公益財団法人",
    "社会福祉法人",
    "国立大学法人",
    "医療法人",
    "学校法人",
    "株式会社",
    "有限会社",
    "合同会社",
    "(一社)",
    "(株)",
    "(有)",
    "(同)",
    "(医)",
    "(社)",
    "(財)",
];

/// A query word with its legal form folded away, as names are resolved:
/// `(医)輝鳳会` → `輝鳳会`, `コージンバイオ株式会社` → `コージンバイオ`,
/// `コージンバイオ社` → `コージンバイオ`. A word that is only a legal form stays.
pub fn fold_legal_forms(word: &str) -> String {
    let mut w = word.to_string();
    for form in LEGAL_FORMS {
        if w.len() > form.len() {
            if let Some(rest) = w.strip_prefix(form) {
                w = rest.to_string();
            }
            if let Some(rest) = w.strip_suffix(form) {
                w = rest.to_string();
            }
        }
    }
    let chars: Vec<char> = w.chars().collect();
    if chars.len() >= 3
        && chars[chars.len() - 1] == '社'
        && !is_cjk_ideograph(chars[chars.len() - 2])
    {
        w = chars[..chars.len() - 1].iter().collect();
    }
    w
}

fn is_cjk_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '々')
}

/// Hiragana to katakana; everything else as it is.
pub fn to_katakana(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The romaji words of the kana in `text` (kanji have no reading here).
pub fn romaji_words(text: &str) -> Vec<String> {
    let folded: String = folded(text).into_iter().map(|c| c.0).collect();
    let mut words = Vec::new();
    let mut run = String::new();
    for c in folded.chars().chain(std::iter::once(' ')) {
        if ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー' {
            run.push(c);
        } else if !run.is_empty() {
            let romaji = squash_romaji(&run.as_str().to_romaji());
            if romaji.len() >= 2 {
                words.push(romaji);
            }
            run.clear();
        }
    }
    words
}

/// Trigrams of a squashed word (the word itself when shorter).
pub fn trigrams(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() <= 3 {
        return vec![word.to_string()];
    }
    chars.windows(3).map(|w| w.iter().collect()).collect()
}

/// The text stored in the romaji field for `names`: trigrams of each
/// romaji word of the names (kana read as written, kanji by the readings
/// dictionary, see `romanize`).
pub fn romaji_field(names: &[String]) -> String {
    romaji_field_of(&crate::romanize::search_words(names))
}

/// [`romaji_field`] of the names' search words (`romanize::search_words`).
pub fn romaji_field_of(words: &[String]) -> String {
    let mut grams: Vec<String> = words.iter().flat_map(|w| trigrams(w)).collect();
    grams.sort();
    grams.dedup();
    grams.join(" ")
}

/// Trigrams of what a user typed in Latin letters (`kojin bio`, `Kōjin`).
pub fn query_trigrams(latin: &str) -> Vec<String> {
    let squashed = squash_romaji(latin);
    if squashed.len() < 3 || squashed.chars().any(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    let mut grams = trigrams(&squashed);
    grams.dedup();
    grams
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        ja_tokens(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn bigrams_with_offsets_and_positions() {
        let t = ja_tokens("細胞加工");
        assert_eq!(
            t.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            vec!["細胞", "胞加", "加工"]
        );
        assert_eq!(
            t.iter().map(|t| t.position).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
        assert_eq!((t[0].offset_from, t[0].offset_to), (0, 6));
        assert_eq!((t[2].offset_from, t[2].offset_to), (6, 12));
    }

    #[test]
    fn old_kanji_forms_fold_to_new() {
        assert_eq!(texts("櫻花會"), texts("桜花会"));
        assert_eq!(texts("四條烏丸"), texts("四条烏丸"));
        assert_eq!(texts("髙橋"), texts("高橋"));
        assert_ne!(texts("東京"), texts("京都"));
    }

    #[test]
    fn kana_forms_fold_together() {
        let k = texts("コージンバイオ");
        assert_eq!(texts("ｺｰｼﾞﾝﾊﾞｲｵ"), k);
        assert_eq!(texts("こーじんばいお"), k);
        assert_eq!(k[0], "コー");
    }

    #[test]
    fn half_width_offsets_point_into_the_original() {
        let s = "ｺｰｼﾞﾝ";
        let t = ja_tokens(s);
        // ｼﾞ is two half-width characters folded into one ジ.
        assert_eq!(
            t.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            vec!["コー", "ージ", "ジン"]
        );
        assert_eq!(&s[t[1].offset_from..t[1].offset_to], "ｰｼﾞ");
        for tok in &t {
            assert!(s.is_char_boundary(tok.offset_from) && s.is_char_boundary(tok.offset_to));
        }
    }

    #[test]
    fn latin_words_and_spaces_between_kanji() {
        assert_eq!(
            texts("医療法人 輝鳳会 THE K CLINIC"),
            texts("医療法人輝鳳会 the k clinic")
        );
        assert_eq!(texts("ＴＨＥ　Ｋ"), vec!["the", "k"]);
        assert_eq!(texts("会"), vec!["会"]);
        assert!(texts("「」、。（）").is_empty());
        let t = ja_tokens("法第48条");
        assert_eq!(
            t.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            vec!["法第", "48", "条"]
        );
    }

    #[test]
    fn words_keep_kyoto_apart_from_tokyo() {
        let words = |s: &str| {
            ja_word_tokens(s)
                .into_iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
        };
        let tokyo = words("東京都中央区");
        assert!(!tokyo.iter().any(|w| w == "京都"), "{tokyo:?}");
        assert!(
            words("JASC京都幹細胞培養センター")
                .iter()
                .any(|w| w == "京都")
        );
        let t = ja_word_tokens("ｺｰｼﾞﾝﾊﾞｲｵ 埼玉");
        assert_eq!(t.last().map(|t| t.text.as_str()), Some("埼玉"));
        for tok in &t {
            assert!(tok.offset_from < tok.offset_to);
        }
        assert!(ja_word_tokens("").is_empty());
        assert!(ja_word_tokens("、。「」").is_empty());
    }

    #[test]
    fn romaji_of_katakana_names() {
        assert_eq!(
            romaji_words("コージンバイオ株式会社 埼玉細胞加工センター"),
            vec!["kojinbaio", "senta"]
        );
        assert!(romaji_words("ティーエスクリニック")[0].ends_with("esukurinikku"));
        assert_eq!(squash_romaji("Kōjin"), "kojin");
        assert_eq!(squash_romaji("koujin"), "kojin");
        let field = romaji_field(&["コージンバイオ".to_string()]);
        let q = query_trigrams("kojin bio");
        let hits = q
            .iter()
            .filter(|g| field.split(' ').any(|f| f == *g))
            .count();
        assert!(hits * 2 >= q.len(), "{hits} of {q:?} in {field}");
    }
}
