//! The grammar of party mentions, over the tokens of `lexer`:
//!
//! ```text
//! mention   := name [ "(" attr { sep attr } ")" ]
//! name      := 「…」 | 『…』 | legal-form name (株式会社X, X株式会社, 医療法人 X)
//! attr      := place | address | facility-number | plan
//!            | former   (旧名称 | 旧称 | 旧) [:] name [date]          old name of the mention
//!            | current  (現名称 | 現) [:] name                      new name of the mention
//!            | change   [date [付けで | に]] name (から | より) [name (へ | に)] 名称を変更 …
//!            | operator (開設者 | 設置者 | 製造者 | 法人名 …) [:] name [ "(" attr … ")" ]
//!            | person   (管理者 | 理事長 | 実施責任者 …) [:] person-name
//!            | manager  name (管理者 | 実施責任者)                  "(the clinic's manager)"
//! ```
//!
//! Outside parentheses, a sentence may state a rename with the same words:
//! `「X」は、DATEに「Y」から名称を変更した`, `DATEに「Y」から名称変更した「X」`,
//! `「Y」から「X」へ名称変更`, `「Y」は「X」に改称`. Every combination of these
//! parts reads the same way, because the parts are parsed, not matched as phrases.

use std::sync::LazyLock;

use regex::Regex;

use super::lexer::{Kw, Tok, Token, lex};
use crate::names::{self, clean, is_place, looks_like_plan, place_of_address};
use crate::record::{PartialDate, Rename};

/// One party named in a line, with what its parenthesis says of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mention {
    pub name: String,
    pub quoted: bool,
    /// Byte range of the name in the line.
    pub start: usize,
    pub end: usize,
    pub attrs: Attrs,
    /// The name appears only as the old name in a rename phrase.
    pub former: bool,
    /// `以下「法」という`: a defined short name, not a party.
    pub definition: bool,
    /// Named inside a parenthesis of the running text (an aside), or written
    /// bare without quotes or legal form: it states facts (a rename, another
    /// spelling) but is not by itself a party of the notice.
    pub aside: bool,
}

/// What a parenthesis after a name says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attrs {
    pub place: Option<String>,
    pub address: Option<String>,
    pub operator: Option<String>,
    /// (position, person's name): `(管理者:山田 太郎)`.
    pub persons: Vec<(String, String)>,
    /// (position, whose): `(医療法人 輝鳳会 THE K CLINIC管理者)` after a person's name.
    pub position_of: Option<(String, String)>,
    pub plans: Vec<String>,
    pub facility_number: Option<String>,
    /// `「A」及び「B」(いずれも東京都目黒区)`: the place is every listed party's.
    pub shared: bool,
    /// `(所在地:同上)`: where the party named before it is.
    pub same_place: bool,
}

/// Everything the grammar read from one line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    pub mentions: Vec<Mention>,
    pub renames: Vec<Rename>,
    /// `同クリニックは、DATEに「Y」から名称を変更`: a rename whose new name is
    /// a party named earlier on the page (old name, date, the anaphor).
    pub anaphoric: Vec<(String, Option<PartialDate>, String)>,
    /// An operator stated apart from any party's parenthesis, with the
    /// people its own parenthesis names: `細胞培養加工施設(設置者:医療法人社団
    /// X)`, `開設者である医療法人 Xから`, `製造事業者:株式会社X(代表取締役 Y)`.
    pub operators: Vec<(String, Vec<(String, String)>)>,
}

/// Words that point back at a party named earlier (同クリニック, 当該施設 …).
pub const ANAPHORS: &[&str] = &[
    "同クリニック",
    "同医療機関",
    "同施設",
    "同センター",
    "当該医療機関",
    "当該クリニック",
    "当該細胞培養加工施設",
    "当該施設",
    "当該センター",
    "同法人",
    "当該法人",
];

static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d|[一二三四五六七八九十]+丁目|番地|番\s*\d*号?")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// Whether a phrase reads as a street address: a place followed by a street part.
pub fn looks_like_address(s: &str) -> bool {
    let s = clean(s);
    place_of_address(&s).is_some_and(|p| {
        let rest = s.replace(' ', "");
        rest.len() > p.len() && STREET.is_match(&rest[p.len()..])
    }) && !s.contains("法人")
}

/// Reads the mentions and renames of one NFKC-normalized line.
pub fn read_line(line: &str) -> Reading {
    let toks = lex(line);
    let mut out = Reading::default();
    // A parenthesis after a name is read as its attributes (and skipped
    // here); any other parenthesis is transparent: `…の死亡事案(X(旧名称:Y)における事案)`.
    let mut i = 0;
    let mut depth = 0usize;
    while i < toks.len() {
        let t = &toks[i];
        match t.tok {
            Tok::Open => depth += 1,
            Tok::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
        // `…(設置者:X)` after words, or `開設者であるX`: an operator statement.
        // `開設者が X から Y に変更`: X is the operator before a transfer,
        // context, not the operator (heldout12 decision 2).
        if t.is_kw(Kw::Operator)
            && let Some((op, after)) = value(line, &toks, i + 1)
            && names::is_legal_entity(&op)
            && !(toks.get(after).is_some_and(|n| n.is_kw(Kw::From))
                && toks.get(after + 1).is_some_and(|n| n.is_name())
                && toks.get(after + 2).is_some_and(|n| n.is_kw(Kw::To)))
        {
            let mut attrs = Attrs::default();
            if toks.get(after).is_some_and(|n| n.tok == Tok::Open) {
                let close = matching_close(&toks, after);
                attributes(
                    line,
                    &toks[after + 1..close.min(toks.len())],
                    &op,
                    &mut attrs,
                    &mut out.renames,
                    &mut None,
                );
            }
            out.operators.push((op, attrs.persons));
        }
        // `医療法人 錦江会 かごしま天文館クリニック(…から名称変更)`: a bare
        // name after the legal-form name it belongs to.
        let mut joined: Option<usize> = None;
        let owner = if t.is_name() {
            Some((
                t.text.clone(),
                matches!(t.tok, Tok::Name { quoted: true, .. }),
            ))
        } else if t.tok == Tok::Text
            && toks.get(i + 1).is_some_and(|n| n.tok == Tok::Open)
            && group_says_rename(&toks, i + 1)
        {
            // `ティーエスクリニック(旧:…)`: an unquoted name before a rename parenthesis.
            last_word(&t.text).map(|w| {
                let prev = i.checked_sub(1).and_then(|j| toks.get(j)).filter(|p| {
                    matches!(p.tok, Tok::Name { quoted: false, .. })
                        && line
                            .get(p.end..t.start)
                            .is_some_and(|g| g.trim().is_empty())
                        && w == t.text.trim()
                });
                match prev {
                    Some(p) => {
                        joined = Some(p.start);
                        (format!("{} {w}", p.text), false)
                    }
                    None => (w, false),
                }
            })
        } else {
            None
        };
        let Some((name, quoted)) = owner else {
            i += 1;
            continue;
        };
        if let Some(at) = joined
            && out.mentions.last().is_some_and(|m| m.start == at)
        {
            out.mentions.pop();
        }
        let bare_word = t.tok == Tok::Text && joined.is_none();
        // `1. 東京都中央区 「X」`: a place written just before the name.
        let place_before = i
            .checked_sub(1)
            .and_then(|j| toks.get(j))
            .filter(|p| p.tok == Tok::Text && p.end + 1 >= t.start)
            .and_then(|p| {
                p.text
                    .split([' ', '.', '、'])
                    .next_back()
                    .map(str::to_string)
            })
            .filter(|w| is_place(w));
        let mut m = Mention {
            name: clean(&name),
            quoted,
            start: joined.unwrap_or(t.start),
            end: t.end,
            aside: depth > 0 || bare_word,
            ..Mention::default()
        };
        m.definition = i > 0 && toks[i - 1].is_kw(Kw::Definition)
            || toks
                .get(i + 1)
                .is_some_and(|n| n.tok == Tok::Text && n.text.starts_with("という"));
        if quoted {
            m.name = trailing_attrs(&m.name, &mut m.attrs, &mut out.renames);
        }
        if m.attrs.place.is_none() {
            m.attrs.place = place_before;
        }
        let mut next = i + 1;
        // `「A」(現名称:B)(大阪府堺市堺区)`: every parenthesis right after the name.
        while toks.get(next).is_some_and(|n| n.tok == Tok::Open) {
            let close = matching_close(&toks, next);
            let mut current = None;
            attributes(
                line,
                &toks[next + 1..close],
                &m.name,
                &mut m.attrs,
                &mut out.renames,
                &mut current,
            );
            if let Some(now) = current {
                // `「Y」(現名称:X)`: the party is X today.
                m.name = now;
            }
            next = close + 1;
        }
        // `「X」(東京都渋谷区) 院長:青山 恵子`: a position written after the mention.
        if toks.get(next).is_some_and(|t| t.is_kw(Kw::Title))
            && toks.get(next + 1).is_some_and(|t| t.tok == Tok::Colon)
            && let Some((person, after)) = value(line, &toks, next + 1)
        {
            if !omitted(&person) {
                m.attrs.persons.push((toks[next].text.clone(), person));
            }
            next = after;
        }
        out.mentions.push(m);
        i = next;
    }
    super::sentences::sentence_renames(&toks, &mut out);
    share_attributes(line, &mut out.mentions);
    out
}

/// `「A」、「B」及び「C」(いずれも東京都目黒区)`: a shared parenthesis gives
/// its place and address to every party of the list it closes.
fn share_attributes(line: &str, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if !mentions[i].attrs.shared {
            continue;
        }
        let (place, address) = (
            mentions[i].attrs.place.clone(),
            mentions[i].attrs.address.clone(),
        );
        let mut j = i;
        while j > 0 {
            let (prev, next) = (&mentions[j - 1], &mentions[j]);
            let between = line.get(prev.end..next.start).unwrap_or("").trim();
            let listed = ["及び", "並びに", "、", "と", "及", ","].contains(&between)
                && prev.attrs.place.is_none();
            if !listed {
                break;
            }
            j -= 1;
            let m = &mut mentions[j];
            m.attrs.place = m.attrs.place.take().or(place.clone());
            m.attrs.address = m.attrs.address.take().or(address.clone());
        }
    }
}

/// `「X(施設番号:FA4160007)」`: a parenthesis of attributes that closes a
/// quoted name (the quote drawn around name and attributes alike) is read as
/// the name's attributes. A parenthesis that states none (`「X(本院)」`,
/// `「Y(第三種)」`) stays part of the name.
fn trailing_attrs(name: &str, attrs: &mut Attrs, renames: &mut Vec<Rename>) -> String {
    let mut name = name.trim_end().to_string();
    while name.ends_with(')') {
        let mut depth = 0usize;
        let mut open = None;
        for (j, c) in name.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        open = Some(j);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(open) = open else { break };
        let head = name[..open].trim_end().to_string();
        if head.is_empty() {
            break;
        }
        let inner = &name[open + 1..name.len() - 1];
        let toks = lex(inner);
        let mut found = Attrs::default();
        let mut stated = Vec::new();
        let mut current = None;
        attributes(inner, &toks, &head, &mut found, &mut stated, &mut current);
        if found == Attrs::default() && stated.is_empty() && current.is_none() {
            break;
        }
        attrs.place = attrs.place.take().or(found.place);
        attrs.address = attrs.address.take().or(found.address);
        attrs.operator = attrs.operator.take().or(found.operator);
        attrs.facility_number = attrs.facility_number.take().or(found.facility_number);
        attrs.position_of = attrs.position_of.take().or(found.position_of);
        attrs.persons.extend(found.persons);
        attrs.plans.extend(found.plans);
        renames.extend(stated);
        name = current.unwrap_or(head);
    }
    name
}

/// The index of the `)` closing the `(` at `open` (or the end).
fn matching_close(toks: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (j, t) in toks.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Open => depth += 1,
            Tok::Close => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// Whether the parenthesis at `open` itself (not one nested in it) states a rename.
fn group_says_rename(toks: &[Token], open: usize) -> bool {
    let close = matching_close(toks, open);
    let mut depth = 0usize;
    toks[open..close].iter().any(|t| {
        match t.tok {
            Tok::Open => depth += 1,
            Tok::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 1 && (t.is_kw(Kw::Former) || t.is_kw(Kw::Current) || t.is_kw(Kw::Rename))
    })
}

/// The last word of a text run: after its last space, or after the last
/// particle that follows a word (`同センターはX` → X). A particle inside a
/// word that opens with kana is the word's own (`もりのみやこセルセンター`).
fn last_word(text: &str) -> Option<String> {
    let chunk = text.rsplit(char::is_whitespace).next().unwrap_or("").trim();
    let is_kana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    let mut cut = 0;
    let mut prev: Option<char> = None;
    for (j, c) in chunk.char_indices() {
        let particle = matches!(c, 'は' | 'が' | 'を' | 'の' | 'に' | 'と' | 'で' | 'も');
        if particle && prev.is_some_and(|p| !is_kana(p)) {
            cut = j + c.len_utf8();
        }
        prev = Some(c);
    }
    let w = chunk[cut..].trim();
    (w.chars().count() >= 2).then(|| w.to_string())
}

/// The value after a keyword: one name, or the text up to a parenthesis,
/// date or separator, as written in the line. Returns it and the index after it.
fn value(line: &str, toks: &[Token], from: usize) -> Option<(String, usize)> {
    let mut j = from;
    // `旧名称:Y`, `旧名称はY`, `までの名称は「Y」`.
    while toks.get(j).is_some_and(|t| {
        t.tok == Tok::Colon
            || (t.tok == Tok::Text
                && ["は", "が", "も", "=", "である", "は、"].contains(&t.text.as_str()))
    }) {
        j += 1;
    }
    let first = toks.get(j)?;
    // A quoted name is the whole value; a bare one may run on
    // (`(株)ナニワセルテック 泉州細胞加工センター`).
    if matches!(first.tok, Tok::Name { quoted: true, .. }) {
        return Some((clean(&first.text), j + 1));
    }
    let start = j;
    while toks
        .get(j)
        .is_some_and(|t| matches!(t.tok, Tok::Text | Tok::Name { .. } | Tok::Kw(Kw::Title)))
    {
        j += 1;
    }
    if j == start {
        return None;
    }
    let v = clean(&line[toks[start].start..toks[j - 1].end]);
    (!v.is_empty()).then_some((v, j))
}

pub(super) fn first_date(toks: &[Token]) -> Option<PartialDate> {
    toks.iter().find_map(|t| match t.tok {
        Tok::Date(d) => Some(d),
        _ => None,
    })
}

/// Splits a parenthesis body at its top-level separators.
fn split_attrs(toks: &[Token]) -> Vec<&[Token]> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (j, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::Open => depth += 1,
            Tok::Close => depth = depth.saturating_sub(1),
            Tok::Sep if depth == 0 => {
                out.push(&toks[start..j]);
                start = j + 1;
            }
            _ => {}
        }
    }
    out.push(&toks[start..]);
    out.retain(|a| !a.is_empty());
    out
}

/// Reads the attributes of a parenthesis belonging to `owner`.
fn attributes(
    line: &str,
    body: &[Token],
    owner: &str,
    attrs: &mut Attrs,
    renames: &mut Vec<Rename>,
    current: &mut Option<String>,
) {
    // A date standing alone between separators belongs to the rename next
    // to it: `旧名称：Y、令和4年3月18日` or `令和6年2月9日付けで、「Y」から改称`.
    let mut pending: Option<PartialDate> = None;
    for attr in split_attrs(body) {
        // Also `令和5年4月1日名称変更` after `旧:「Y」`: the date of that rename.
        let date_only = attr.iter().any(|t| matches!(t.tok, Tok::Date(_)))
            && attr.iter().all(|t| {
                matches!(
                    t.tok,
                    Tok::Date(_) | Tok::Kw(Kw::Effective) | Tok::Kw(Kw::Rename)
                ) || (t.tok == Tok::Text
                    && ["に", "で", "を", "し", "した"].contains(&t.text.as_str()))
            });
        if date_only {
            let d = first_date(attr);
            match renames
                .last_mut()
                .filter(|r| r.new == owner && r.on.is_none())
            {
                Some(r) => r.on = d,
                None => pending = d,
            }
            continue;
        }
        let before = renames.len();
        let mut head = attr.iter().position(|t| t.tok != Tok::Colon).unwrap_or(0);
        // `令和6年9月までの名称は「Y」`: a date in front of 旧/現.
        if matches!(attr[head].tok, Tok::Date(_))
            && attr
                .get(head + 1)
                .is_some_and(|t| t.is_kw(Kw::Former) || t.is_kw(Kw::Current))
        {
            head += 1;
        }
        let first = &attr[head];
        if attr.iter().any(|t| t.is_kw(Kw::Rename)) {
            change_clause(attr, owner, renames);
        } else if first.is_kw(Kw::Former) {
            if let Some((old, _)) = value(line, attr, head + 1) {
                push_rename(renames, &old, owner, first_date(attr));
            }
        } else if first.is_kw(Kw::Current) {
            if let Some((new, _)) = value(line, attr, head + 1) {
                push_rename(renames, owner, &new, first_date(attr));
                *current = Some(new);
            }
        } else if first.is_kw(Kw::Operator) {
            if let Some((op, after)) = value(line, attr, head + 1) {
                let mut op_now = None;
                if attr.get(after).is_some_and(|t| t.tok == Tok::Open) {
                    let close = matching_close(attr, after);
                    let mut ignored = Attrs::default();
                    attributes(
                        line,
                        &attr[after + 1..close],
                        &op,
                        &mut ignored,
                        renames,
                        &mut op_now,
                    );
                }
                attrs.operator = Some(op_now.unwrap_or(op));
            }
        } else if first.is_kw(Kw::Title) {
            if let Some((person, _)) = value(line, attr, head + 1)
                && !omitted(&person)
            {
                attrs.persons.push((first.text.clone(), person));
            }
        } else if first.is_kw(Kw::Definition) {
            continue;
        } else if let Some(last) = attr.last().filter(|t| t.is_kw(Kw::Title)) {
            // `(医療法人 輝鳳会 THE K CLINIC管理者)`: whose position the person holds.
            if attr.len() > 1 {
                let whose = clean(&line[attr[0].start..last.start]);
                attrs.position_of = Some((last.text.clone(), whose));
            }
        } else {
            let text = clean(&line[attr[0].start..attr[attr.len() - 1].end]);
            plain_attr(&text, attr, attrs);
        }
        if renames.len() > before
            && let (Some(d), Some(r)) = (pending.take(), renames.last_mut())
        {
            r.on.get_or_insert(d);
        }
    }
}

/// A place, an address, a facility number or a plan.
fn plain_attr(text: &str, attr: &[Token], attrs: &mut Attrs) {
    // `(所在地:東京都…)`: a labelled place or address.
    let mut text = ["所在地", "住所"]
        .iter()
        .find_map(|l| text.strip_prefix(l))
        .map_or(text, |rest| rest.trim_start_matches([' ', ':']));
    if ["同上", "上に同じ", "同所"].contains(&text) {
        attrs.same_place = true;
        return;
    }
    const SHARED: [&str; 6] = ["いずれも", "ともに", "共に", "両者とも", "両施設とも", "各"];
    // `(いずれも、東京都目黒区)`: the word stands as an attribute of its own.
    if SHARED.contains(&text) {
        attrs.shared = true;
        return;
    }
    for w in SHARED {
        if let Some(rest) = text.strip_prefix(w) {
            let rest = rest.trim_start_matches([' ', ':', '、']);
            if is_place(rest) || looks_like_address(rest) {
                attrs.shared = true;
                text = rest;
                break;
            }
        }
    }
    let compact = text.replace(' ', "");
    if let Some((n, _)) = names::find_facility_number(&compact) {
        attrs.facility_number = Some(n);
    } else if is_place(&compact) {
        attrs.place.get_or_insert(compact);
    } else if looks_like_address(text) {
        attrs.address.get_or_insert(text.to_string());
        if let Some(p) = place_of_address(text) {
            attrs.place.get_or_insert(p);
        }
    } else {
        for t in attr.iter().filter(|t| t.is_name()) {
            if looks_like_plan(&t.text) && !attrs.plans.contains(&t.text) {
                attrs.plans.push(clean(&t.text));
            }
        }
    }
}

/// Whether a printed person's name is a placeholder (`氏名省略`).
pub fn omitted(name: &str) -> bool {
    name.contains("省略") || name.contains("非公表") || name.trim().is_empty()
}

/// The name a token stands for in a rename phrase.
pub(super) fn name_of(t: &Token) -> Option<String> {
    match t.tok {
        Tok::Name { .. } => Some(clean(&t.text)),
        Tok::Text => last_word(&t.text),
        _ => None,
    }
}

/// `[date [付けで|に]] OLD (から|より) [NEW (へ|に)] 名称を変更` inside a parenthesis
/// of `owner`; without `から`: `NEW (へ|に) 名称変更` renames the owner.
fn change_clause(attr: &[Token], owner: &str, renames: &mut Vec<Rename>) {
    let on = first_date(attr);
    let verb = attr
        .iter()
        .position(|t| t.is_kw(Kw::Rename))
        .unwrap_or(attr.len());
    let from = attr[..verb]
        .iter()
        .rposition(|t| t.is_kw(Kw::From))
        .filter(|&f| f > 0 && !matches!(attr[f - 1].tok, Tok::Date(_)));
    let explicit_new = |lo: usize| {
        (lo..verb).find_map(|j| {
            (attr[j].is_name() && attr.get(j + 1).is_some_and(|n| n.is_kw(Kw::To)))
                .then(|| clean(&attr[j].text))
        })
    };
    match from {
        Some(f) => {
            if let Some(old) = name_of(&attr[f - 1]) {
                let new = explicit_new(f + 1).unwrap_or_else(|| owner.to_string());
                push_rename(renames, &old, &new, on);
            }
        }
        None => {
            if let Some(new) = explicit_new(0) {
                push_rename(renames, owner, &new, on);
            }
        }
    }
}

pub(super) fn push_rename(out: &mut Vec<Rename>, old: &str, new: &str, on: Option<PartialDate>) {
    let (old, new) = (clean(old), clean(new));
    if old.is_empty()
        || new.is_empty()
        || names::same_name(&old, &new)
        || !names::reads_as_name(&old)
        || !names::reads_as_name(&new)
    {
        return;
    }
    if let Some(r) = out.iter_mut().find(|r| r.old == old && r.new == new) {
        if r.on.is_none() {
            r.on = on;
        }
        return;
    }
    out.push(Rename { old, new, on });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renames(line: &str) -> Vec<(String, String, Option<String>)> {
        read_line(&clean(line))
            .renames
            .into_iter()
            .map(|r| (r.old, r.new, r.on.map(|d| d.to_string())))
            .collect()
    }

    fn r(old: &str, new: &str, on: Option<&str>) -> (String, String, Option<String>) {
        (old.into(), new.into(), on.map(str::to_string))
    }

    #[test]
    fn every_phrasing_of_the_issue() {
        assert_eq!(
            renames("「X」（東京都港区。旧名称：Y。開設者 Z（現：W））"),
            vec![r("Y", "X", None), r("Z", "W", None)]
        );
        assert_eq!(
            renames("「X」（令和６年４月１日付けで「Y」より名称を変更）"),
            vec![r("Y", "X", Some("2024-04-01"))]
        );
        assert_eq!(
            renames("「X」（令和7年12月に「Y」から改称）"),
            vec![r("Y", "X", Some("2025-12"))]
        );
        assert_eq!(
            renames("株式会社X（令和５年１０月１日に株式会社Yから商号変更）"),
            vec![r("株式会社Y", "株式会社X", Some("2023-10-01"))]
        );
        assert_eq!(renames("「Y」（現名称：X）"), vec![r("Y", "X", None)]);
        assert_eq!(
            renames("令和７年８月22日に「Y」から名称変更した「X」において"),
            vec![r("Y", "X", Some("2025-08-22"))]
        );
        assert_eq!(
            renames("「X」は、令和元年5月1日に「Y」から名称を変更した。"),
            vec![r("Y", "X", Some("2019-05-01"))]
        );
        assert_eq!(renames("「Y」から「X」へ名称変更"), vec![r("Y", "X", None)]);
        assert_eq!(renames("「Y」は「X」に改称した"), vec![r("Y", "X", None)]);
        assert_eq!(
            renames("一般社団法人日本医療会(旧:一般社団法人TH)"),
            vec![r("一般社団法人TH", "一般社団法人日本医療会", None)]
        );
    }

    #[test]
    fn a_rename_nested_in_a_narrative_parenthesis() {
        assert_eq!(
            renames(
                "令和7年8月の死亡事案（東京サイエンスクリニック（旧名称：ティーエスクリニック）における事案）を受けて"
            ),
            vec![r("ティーエスクリニック", "東京サイエンスクリニック", None)]
        );
        let m = read_line(&clean(
            "（表記の例：「コージンバイオ社 埼玉細胞加工センター」、コージンバイオ埼玉細胞加工センター）",
        ));
        assert!(
            m.mentions
                .iter()
                .any(|m| m.name == "コージンバイオ社 埼玉細胞加工センター"),
            "{m:?}"
        );
    }

    #[test]
    fn attributes_of_a_mention() {
        let m = &read_line(&clean(
            "「さくら再生クリニック」（東京都港区南青山三丁目1番2号 青山ビル5階。管理者：山田 太郎。施設番号：FC3140001）",
        ))
        .mentions[0];
        assert_eq!(m.name, "さくら再生クリニック");
        assert_eq!(m.attrs.place.as_deref(), Some("東京都港区"));
        assert_eq!(
            m.attrs.address.as_deref(),
            Some("東京都港区南青山三丁目1番2号 青山ビル5階")
        );
        assert_eq!(m.attrs.persons, vec![("管理者".into(), "山田 太郎".into())]);
        assert_eq!(m.attrs.facility_number.as_deref(), Some("FC3140001"));
    }

    #[test]
    fn definitions_and_former_names_are_not_parties() {
        let r = read_line(&clean(
            "再生医療等の安全性の確保等に関する法律（以下「法」という。）",
        ));
        assert!(r.mentions.iter().all(|m| m.definition || m.name != "法"));
        let r = read_line(&clean(
            "令和７年８月22日に「Y」から名称変更した「X」において",
        ));
        let y = r.mentions.iter().find(|m| m.name == "Y").unwrap();
        assert!(y.former);
    }
}
