//! The tokens of notice text. Government notices name their parties in a
//! small, regular language: a name (in 「」 or 『』, or bare with a legal form
//! such as 株式会社X / X株式会社), an optional parenthesis of attributes
//! separated by 。 or 、, and rename phrases built from a few words (旧名称,
//! 現, から/より, へ/に, 名称を変更, 改称, 商号変更, 付けで) and era dates. The
//! lexer turns one NFKC-normalized line into those tokens; `mention` parses them.

use std::sync::LazyLock;

use regex::Regex;

use crate::names::LEGAL_FORMS;
use crate::record::PartialDate;
use crate::wareki::find_partial_dates;

/// Words the grammar is built from. Matched outside quotes only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    /// 旧名称 / 旧称 / 旧: a former name follows.
    Former,
    /// 現名称 / 現: the current name follows.
    Current,
    /// から / より: the name before it is the one changed from.
    From,
    /// へ / に / と after a name: the name before it is the one changed to.
    To,
    /// 付けで / 付け after a date: the date the change took effect.
    Effective,
    /// 名称を変更 / 名称変更 / 改称 / 商号変更 …
    Rename,
    /// 開設者 / 設置者 / 製造者 / 法人名 …: the operator follows.
    Operator,
    /// 管理者 / 理事長 / 実施責任者 …: a person's position.
    Title,
    /// は / が after a name: the sentence is about that name.
    Topic,
    /// 以下: a definition (`以下「法」という`) follows.
    Definition,
    /// 改め: `Y改めX`, Y is now called X.
    Aratame,
}

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// A name: quoted (`unclosed` when the source forgot the closing 」) or bare with a legal form.
    Name {
        quoted: bool,
        unclosed: bool,
    },
    Date(PartialDate),
    Open,
    Close,
    /// 、 。 , ;
    Sep,
    Colon,
    Kw(Kw),
    /// Anything else.
    Text,
}

/// One token: its kind, its text (a name without its quotes) and its byte range in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn is_name(&self) -> bool {
        matches!(self.tok, Tok::Name { .. })
    }

    pub fn is_kw(&self, kw: Kw) -> bool {
        self.tok == Tok::Kw(kw)
    }
}

const KEYWORDS: &[(&str, Kw)] = &[
    // `「Y」より現名称に変更`: a change to the name the party is known by
    // now — the new name is the one the phrase is attached to.
    ("現在の名称に変更", Kw::Rename),
    ("現在の名称へ変更", Kw::Rename),
    ("現在の名称に改め", Kw::Rename),
    ("現名称に変更", Kw::Rename),
    ("現名称へ変更", Kw::Rename),
    ("現名称に改称", Kw::Rename),
    ("現名称に改め", Kw::Rename),
    ("現商号に変更", Kw::Rename),
    ("現商号へ変更", Kw::Rename),
    ("現社名に変更", Kw::Rename),
    ("現社名へ変更", Kw::Rename),
    ("変更前の名称", Kw::Former),
    ("変更前の商号", Kw::Former),
    // `（変更前：Y、平成30年7月）`.
    ("変更前", Kw::Former),
    ("前名称", Kw::Former),
    // `（令和6年10月1日付け法人名称変更。旧法人名称：Y）`.
    ("旧法人名称", Kw::Former),
    ("法人名称変更", Kw::Rename),
    ("法人名称の変更", Kw::Rename),
    // `（平成28年11月に有限会社Xから組織変更）`: the legal form changed,
    // and with it the registered name.
    ("組織変更", Kw::Rename),
    // `令和6年9月までの名称は「Y」`: the name it had until that date.
    ("までの名称", Kw::Former),
    ("までの商号", Kw::Former),
    ("までの社名", Kw::Former),
    ("社名を変更", Kw::Rename),
    ("社名の変更", Kw::Rename),
    ("社名変更", Kw::Rename),
    ("旧社名", Kw::Former),
    ("現社名", Kw::Current),
    ("旧法人名", Kw::Former),
    ("変更後の名称", Kw::Current),
    ("現在の名称", Kw::Current),
    ("旧商号", Kw::Former),
    ("現商号", Kw::Current),
    ("新名称", Kw::Current),
    ("新商号", Kw::Current),
    ("名称を変更", Kw::Rename),
    ("名称の変更", Kw::Rename),
    ("名称を改め", Kw::Rename),
    ("商号を変更", Kw::Rename),
    ("商号の変更", Kw::Rename),
    ("実施責任者", Kw::Title),
    ("製造事業者", Kw::Operator),
    ("代表取締役", Kw::Title),
    ("名称変更", Kw::Rename),
    ("商号変更", Kw::Rename),
    ("旧名称", Kw::Former),
    ("現名称", Kw::Current),
    ("開設者", Kw::Operator),
    ("設置者", Kw::Operator),
    ("製造者", Kw::Operator),
    ("法人名", Kw::Operator),
    ("開設法人", Kw::Operator),
    ("運営法人", Kw::Operator),
    ("開設主体", Kw::Operator),
    ("管理者", Kw::Title),
    ("理事長", Kw::Title),
    ("代表理事", Kw::Title),
    ("代表者", Kw::Title),
    ("施設長", Kw::Title),
    ("院長", Kw::Title),
    // A 公益社団法人's 会長, a 国立大学法人's 学長: the corporation's head.
    ("会長", Kw::Title),
    ("学長", Kw::Title),
    ("付けで", Kw::Effective),
    ("付け", Kw::Effective),
    ("改称", Kw::Rename),
    ("旧称", Kw::Former),
    ("以下", Kw::Definition),
    ("改め", Kw::Aratame),
    ("から", Kw::From),
    ("より", Kw::From),
];

/// Particles that end a bare name (`株式会社Yから…`).
const PARTICLES: &[&str] = &[
    "及び",
    "並びに",
    "又は",
    "若しくは",
    "から",
    "より",
    "について",
    "に対",
    "へ",
    "に",
    "は",
    "が",
    "を",
    "の",
    "と",
    "で",
    "も",
    "や",
];

/// `同年10月1日`, `同月5日`, `同日`: a date relative to the last one written.
static SAME_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^同(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|月\s*(\d{1,2})\s*日|日)")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

static DATE_START: LazyLock<Regex> = LazyLock::new(|| {
    // Era or Western years, and compact dates (`R7.11.4`, `H30.4`).
    Regex::new(r"^(?:令和|平成|昭和|\d{4}\s*年|[RHS]\d{1,2}\.\d)")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

fn is_sep(c: char) -> bool {
    matches!(c, '、' | '。' | ',' | ';' | '，' | '．')
}

/// Characters a bare name is made of (no hiragana: particles end a bare name).
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() && !('\u{3041}'..='\u{309F}').contains(&c)
        || matches!(c, 'ー' | '・' | '&' | '\'' | '.' | '-' | '々')
}

/// Legal forms that can also close a name (`コージンバイオ株式会社`).
const SUFFIX_FORMS: &[&str] = &["株式会社", "有限会社", "合同会社", "(株)", "(有)"];

/// Splits one NFKC-normalized line into tokens.
pub fn lex(line: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut text_start: Option<usize> = None;
    let mut i = 0;
    let flush = |out: &mut Vec<Token>, text_start: &mut Option<usize>, end: usize| {
        if let Some(s) = text_start.take()
            && !line[s..end].trim().is_empty()
        {
            out.push(Token {
                tok: Tok::Text,
                text: line[s..end].trim().to_string(),
                start: s,
                end,
            });
        }
    };
    while i < line.len() {
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else { break };
        // Quotes: opaque names.
        if c == '「' || c == '『' {
            flush(&mut out, &mut text_start, i);
            let close = if c == '「' { '」' } else { '』' };
            let body_start = i + c.len_utf8();
            let mut depth = 0usize;
            let mut end = None;
            for (j, d) in line[body_start..].char_indices() {
                if d == c {
                    depth += 1;
                } else if d == close {
                    if depth == 0 {
                        end = Some(body_start + j);
                        break;
                    }
                    depth -= 1;
                }
            }
            let (body_end, next, unclosed) = match end {
                Some(e) => (e, e + close.len_utf8(), false),
                None => {
                    let e = unclosed_end(line, body_start);
                    (e, e, true)
                }
            };
            out.push(Token {
                tok: Tok::Name {
                    quoted: true,
                    unclosed,
                },
                text: line[body_start..body_end].trim().to_string(),
                start: i,
                end: next,
            });
            i = next;
            continue;
        }
        // Suffix legal forms: the name chars just before them are the name.
        if let Some(form) = SUFFIX_FORMS.iter().find(|f| rest.starts_with(**f)) {
            let before = text_start.map_or(i, |s| s);
            let tail_start = line[before..i]
                .char_indices()
                .rev()
                .take_while(|(_, ch)| is_name_char(*ch))
                .last()
                .map(|(j, _)| before + j)
                .map(|ts| {
                    // A hiragana word opening the name, after a space, a mark or the line start.
                    // Only within the text run being read, never into an earlier token.
                    let head = &line[before..ts];
                    let kana: usize = head
                        .chars()
                        .rev()
                        .take_while(|c| is_hiragana(*c))
                        .map(char::len_utf8)
                        .sum();
                    let opens = head[..head.len() - kana]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !is_name_char(c) && !is_hiragana(c));
                    if kana > 0 && opens && leading_kana(&line[ts - kana..]) == kana {
                        ts - kana
                    } else {
                        ts
                    }
                });
            if let Some(ts) = tail_start {
                flush(&mut out, &mut text_start, ts);
                let end = i + form.len();
                out.push(Token {
                    tok: Tok::Name {
                        quoted: false,
                        unclosed: false,
                    },
                    text: line[ts..end].to_string(),
                    start: ts,
                    end,
                });
                i = end;
                continue;
            }
        }
        // `(株)X`, `(医)X`: an abbreviated legal form opens a bare name.
        if c == '('
            && let Some(form) = PAREN_FORMS.iter().find(|f| rest.starts_with(**f))
        {
            let end = bare_name_end(line, i + form.len());
            if end > i + form.len() {
                flush(&mut out, &mut text_start, i);
                out.push(Token {
                    tok: Tok::Name {
                        quoted: false,
                        unclosed: false,
                    },
                    text: line[i..end].trim_end().to_string(),
                    start: i,
                    end,
                });
                i = end;
                continue;
            }
        }
        if c == '(' || c == ')' {
            flush(&mut out, &mut text_start, i);
            out.push(Token {
                tok: if c == '(' { Tok::Open } else { Tok::Close },
                text: c.to_string(),
                start: i,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        // `(開設者:X/大阪市中央区)`: a slash between words separates
        // attributes as 、 does (between digits it is a date's: 2026/2/27).
        let slash = c == '/'
            && !line[..i].ends_with(|p: char| p.is_ascii_digit() || p == '/')
            && !rest[1..].starts_with(|n: char| n.is_ascii_digit() || n == '/');
        if is_sep(c) || c == ':' || slash {
            flush(&mut out, &mut text_start, i);
            out.push(Token {
                tok: if c == ':' { Tok::Colon } else { Tok::Sep },
                text: c.to_string(),
                start: i,
                end: i + c.len_utf8(),
            });
            i += c.len_utf8();
            continue;
        }
        if let Some(c) = SAME_DATE.captures(rest) {
            let last = out.iter().rev().find_map(|t| match t.tok {
                Tok::Date(d) => Some(d),
                _ => None,
            });
            let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let date = last.and_then(|l| {
                let d = match (num(1), num(2), num(3)) {
                    (Some(m), day, _) => PartialDate {
                        year: l.year,
                        month: m,
                        day,
                    },
                    (None, None, Some(day)) => PartialDate {
                        day: Some(day),
                        ..l
                    },
                    _ => l,
                };
                // Only a real calendar date.
                (d.day.is_none() || d.date().is_some()).then_some(d)
            });
            if let (Some(date), Some(whole)) = (date, c.get(0)) {
                flush(&mut out, &mut text_start, i);
                out.push(Token {
                    tok: Tok::Date(date),
                    text: whole.as_str().to_string(),
                    start: i,
                    end: i + whole.end(),
                });
                i += whole.end();
                continue;
            }
        }
        if DATE_START.is_match(rest)
            && let Some((date, s, e)) = find_partial_dates(rest).into_iter().next()
            && s == 0
        {
            flush(&mut out, &mut text_start, i);
            out.push(Token {
                tok: Tok::Date(date),
                text: rest[..e].to_string(),
                start: i,
                end: i + e,
            });
            i += e;
            continue;
        }
        // `その名称を「X」から「Y」に変更`: 変更 after へ/に is a rename where the
        // line speaks of a name (名称, 商号).
        if rest.starts_with("変更")
            && out.last().is_some_and(|t| t.is_kw(Kw::To))
            && text_start.is_none()
            && (line.contains("名称") || line.contains("商号"))
        {
            out.push(Token {
                tok: Tok::Kw(Kw::Rename),
                text: "変更".to_string(),
                start: i,
                end: i + "変更".len(),
            });
            i += "変更".len();
            continue;
        }
        if let Some((word, kw)) = keyword(rest, out.last(), text_start.is_some()) {
            flush(&mut out, &mut text_start, i);
            out.push(Token {
                tok: Tok::Kw(kw),
                text: word.to_string(),
                start: i,
                end: i + word.len(),
            });
            i += word.len();
            continue;
        }
        // Prefix legal forms: a bare name follows.
        if let Some(form) = LEGAL_FORMS
            .iter()
            .filter(|f| !f.starts_with('('))
            .find(|f| rest.starts_with(**f))
        {
            let end = bare_name_end(line, i + form.len());
            if end > i + form.len() {
                flush(&mut out, &mut text_start, i);
                out.push(Token {
                    tok: Tok::Name {
                        quoted: false,
                        unclosed: false,
                    },
                    text: line[i..end].trim_end().to_string(),
                    start: i,
                    end,
                });
                i = end;
                continue;
            }
        }
        if text_start.is_none() {
            text_start = Some(i);
        }
        i += c.len_utf8();
    }
    flush(&mut out, &mut text_start, line.len());
    out
}

/// Where a quote the source forgot to close ends: at the end of the line
/// (`「悪性腫瘍の予防に対する自家NK細胞療法`), unless the sentence goes on —
/// then the name ends where a name cannot go on: before a parenthesis with
/// words after it (`「X(神奈川県川崎市川崎区)で製造された…`), another quote,
/// or the punctuation of the sentence.
fn unclosed_end(line: &str, from: usize) -> usize {
    let body = &line[from..];
    let mut depth = 0usize;
    for (j, c) in body.char_indices() {
        match c {
            '「' | '『' | '。' | '、' if depth == 0 => return from + j,
            '(' => {
                if depth == 0 {
                    // The parenthesis's close, and whether words follow it.
                    let mut d = 0usize;
                    let after = body[j..].char_indices().find_map(|(k, x)| {
                        match x {
                            '(' => d += 1,
                            ')' => {
                                d -= 1;
                                if d == 0 {
                                    return Some(j + k + 1);
                                }
                            }
                            _ => {}
                        }
                        None
                    });
                    if after.is_some_and(|a| !body[a..].trim().is_empty()) {
                        return from + j;
                    }
                }
                depth += 1;
            }
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    line.len()
}

/// Abbreviated legal forms written in parentheses (after NFKC).
const PAREN_FORMS: &[&str] = &["(株)", "(有)", "(医)", "(一社)", "(一財)", "(同)", "(社医)"];

/// Where a bare name that starts after a legal form ending at `from` ends:
/// one space may follow the form; particles, keywords and punctuation end it.
fn bare_name_end(line: &str, from: usize) -> usize {
    let mut end = from;
    if line[end..].starts_with(' ')
        && (line[end + 1..].chars().next().is_some_and(is_name_char)
            || leading_kana(&line[end + 1..]) > 0)
    {
        end += 1;
    }
    let body_start = end;
    end += leading_kana(&line[end..]);
    while end < line.len() {
        let r = &line[end..];
        let Some(ch) = r.chars().next() else { break };
        let stops = !is_name_char(ch)
            || KEYWORDS.iter().any(|(w, _)| r.starts_with(w))
            || (end > body_start && PARTICLES.iter().any(|p| r.starts_with(p)));
        if stops {
            break;
        }
        end += ch.len_utf8();
    }
    if end == body_start { from } else { end }
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// A name may start with a hiragana word (`株式会社みちのくバイオセル`,
/// `さがみ野バイオ株式会社`): the length in bytes of that word at the start of
/// `s`, when it is one — two hiragana or more, then a name character that is
/// not hiragana, and not itself a particle (`株式会社が開設する` is no name).
fn leading_kana(s: &str) -> usize {
    let run: usize = s
        .chars()
        .take_while(|c| is_hiragana(*c))
        .map(char::len_utf8)
        .sum();
    let word = &s[..run];
    let next = s[run..].chars().next();
    let ok = word.chars().count() >= 2
        && next.is_some_and(|c| is_name_char(c) && !is_hiragana(c))
        && !PARTICLES
            .iter()
            .any(|p| p.chars().count() > 1 && word.starts_with(p))
        && ![
            "である",
            "であった",
            "による",
            "における",
            "として",
            "に",
            "は",
            "が",
            "を",
            "で",
        ]
        .iter()
        .any(|w| word.starts_with(w) && (w.chars().count() > 1 || word.chars().count() == 2))
        && !KEYWORDS.iter().any(|(k, _)| word.starts_with(k));
    if ok { run } else { 0 }
}

/// The keyword at the start of `rest`, where the grammar allows one there.
fn keyword<'a>(rest: &'a str, prev: Option<&Token>, in_text: bool) -> Option<(&'a str, Kw)> {
    // `「X」(東京都港区)は` / `「X」(…)に名称変更`: a parenthesis closes the name's phrase.
    let after_name = !in_text && prev.is_some_and(|p| p.is_name() || p.tok == Tok::Close);
    let at_attr_start = !in_text && prev.is_none_or(|p| matches!(p.tok, Tok::Open | Tok::Sep));
    // 旧 / 現 alone only where an attribute starts: `(旧:Y)`, `、現「X」`.
    for (w, kw) in [("旧", Kw::Former), ("現", Kw::Current)] {
        if rest.starts_with(w)
            && at_attr_start
            && !KEYWORDS.iter().any(|(k, _)| rest.starts_with(k))
        {
            return Some((&rest[..w.len()], kw));
        }
    }
    if after_name {
        for (w, kw) in [
            ("へと", Kw::To),
            ("へ", Kw::To),
            ("に", Kw::To),
            ("は", Kw::Topic),
            ("が", Kw::Topic),
        ] {
            let not_to = [
                "に対",
                "におい",
                "につい",
                "にて",
                "によ",
                "に係",
                "に関",
                "において",
            ];
            if rest.starts_with(w) && !not_to.iter().any(|x| rest.starts_with(x)) {
                return Some((&rest[..w.len()], kw));
            }
        }
        if rest.starts_with('と')
            && ["名称", "改称", "商号"]
                .iter()
                .any(|x| rest['と'.len_utf8()..].starts_with(x))
        {
            return Some((&rest[..'と'.len_utf8()], Kw::To));
        }
    }
    // 改めて ("again") is not 改め ("now called").
    if rest.starts_with("改めて") {
        return None;
    }
    KEYWORDS
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(w, kw)| (&rest[..w.len()], *kw))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<String> {
        lex(line)
            .iter()
            .map(|t| match &t.tok {
                Tok::Name { quoted: true, .. } => format!("Q[{}]", t.text),
                Tok::Name { .. } => format!("N[{}]", t.text),
                Tok::Date(d) => format!("D[{d}]"),
                Tok::Kw(k) => format!("{k:?}"),
                Tok::Text => format!("T[{}]", t.text),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn rename_in_a_parenthesis() {
        assert_eq!(
            kinds("「X」(東京都港区。旧名称:Y。開設者 Z(現:W))"),
            vec![
                "Q[X]",
                "Open",
                "T[東京都港区]",
                "Sep",
                "Former",
                "Colon",
                "T[Y]",
                "Sep",
                "Operator",
                "T[Z]",
                "Open",
                "Current",
                "Colon",
                "T[W]",
                "Close",
                "Close"
            ]
        );
    }

    #[test]
    fn bare_names_with_legal_forms_stop_at_particles() {
        assert_eq!(
            kinds("株式会社X(令和5年10月1日に株式会社Yから商号変更)"),
            vec![
                "N[株式会社X]",
                "Open",
                "D[2023-10-01]",
                "T[に]",
                "N[株式会社Y]",
                "From",
                "Rename",
                "Close"
            ]
        );
        assert_eq!(
            kinds("コージンバイオ株式会社が製造した"),
            vec!["N[コージンバイオ株式会社]", "Topic", "T[製造した]"]
        );
        assert_eq!(
            kinds("医療法人 輝鳳会から"),
            vec!["N[医療法人 輝鳳会]", "From"]
        );
        // A name may open with a hiragana word; a particle still ends it.
        assert_eq!(
            kinds("株式会社みちのくバイオセルの仙台細胞加工センター"),
            vec!["N[株式会社みちのくバイオセル]", "T[の仙台細胞加工センター]"]
        );
        assert_eq!(
            kinds("を運営する株式会社さがみ野バイオに対し"),
            vec!["T[を運営する]", "N[株式会社さがみ野バイオ]", "T[に対し]"]
        );
        assert_eq!(
            kinds("有限会社とかちセルラボから商号変更"),
            vec!["N[有限会社とかちセルラボ]", "From", "Rename"]
        );
        assert_eq!(kinds("株式会社が開設する")[0], "T[株式会社が開設する]");
        assert_eq!(
            kinds("、さくらバイオ株式会社が"),
            vec!["Sep", "N[さくらバイオ株式会社]", "Topic"]
        );
    }

    #[test]
    fn an_unclosed_quote_in_a_sentence_ends_with_the_name() {
        let k = kinds(
            "「株式会社X 川崎培養センター(神奈川県川崎市川崎区)で製造され、「Yクリニック」(東京都渋谷区)にも出荷",
        );
        assert_eq!(k[0], "Q[株式会社X 川崎培養センター]");
        assert_eq!(k[1], "Open");
        assert!(k.contains(&"Q[Yクリニック]".to_string()), "{k:?}");
        assert_eq!(kinds("「X(本院)")[0], "Q[X(本院)]");
    }

    #[test]
    fn unclosed_quote_runs_to_the_end() {
        let t = lex("「悪性腫瘍の予防に対する自家NK細胞療法");
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].tok,
            Tok::Name {
                quoted: true,
                unclosed: true
            }
        );
    }
}
