//! Names of clinics, facilities and operators as government pages write them:
//! NFKC folding, legal forms (株式会社 / (株) / ㈱ / 医療法人社団 …), spacing, and
//! the split of "operator + facility" names such as `医療法人輝鳳会 THE K CLINIC`.
//! The resolution key made here is what makes `コージンバイオ株式会社 埼玉細胞加工センター`
//! and `コージンバイオ社 埼玉細胞加工センター` the same facility.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

use crate::html::squash;

/// Legal forms, longest first so that 医療法人社団 wins over 医療法人. Written
/// after NFKC, which turns ㈱ and （株） into `(株)`.
pub const LEGAL_FORMS: &[&str] = &[
    "特定非営利活動法人",
    "地方独立行政法人",
    "国立研究開発法人",
    "国立大学法人",
    "独立行政法人",
    "医療法人社団",
    "医療法人財団",
    "社会医療法人",
    "一般社団法人",
    "一般財団法人",
    "公益社団法人",
    "公益財団法人",
    "社会福祉法人",
    "医療法人",
    "学校法人",
    "株式会社",
    "有限会社",
    "合同会社",
    "合名会社",
    "合資会社",
    // 医療法人社団 abbreviated, as bureaus print it in tables and letters.
    "医社",
    // The bracketed abbreviations (法人略語) of [`ABBREVIATIONS`].
    "(特非)",
    "(医社)",
    "(医財)",
    "(社医)",
    "(一社)",
    "(一財)",
    "(公社)",
    "(公財)",
    "(社福)",
    "(株)",
    "(有)",
    "(同)",
    "(名)",
    "(資)",
    "(医)",
    "(学)",
    "(独)",
    "(福)",
];

/// Each abbreviated legal form and the form it stands for: the bracketed
/// abbreviations (法人略語) that tables, lists and letters print, after NFKC
/// (which turns ㈱ and （株） into `(株)`, ㈲ into `(有)`, ㈻ into `(学)`).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("医社", "医療法人社団"),
    ("(医社)", "医療法人社団"),
    ("(医財)", "医療法人財団"),
    ("(社医)", "社会医療法人"),
    ("(医)", "医療法人"),
    ("(株)", "株式会社"),
    ("(有)", "有限会社"),
    ("(同)", "合同会社"),
    ("(名)", "合名会社"),
    ("(資)", "合資会社"),
    ("(一社)", "一般社団法人"),
    ("(一財)", "一般財団法人"),
    ("(公社)", "公益社団法人"),
    ("(公財)", "公益財団法人"),
    ("(社福)", "社会福祉法人"),
    ("(福)", "社会福祉法人"),
    ("(学)", "学校法人"),
    ("(独)", "独立行政法人"),
    ("(特非)", "特定非営利活動法人"),
];

/// NFKC-normalizes and collapses white space: the form every extracted name is stored in.
pub fn clean(s: &str) -> String {
    squash(&s.nfkc().collect::<String>())
}

/// The legal form a name starts or ends with, if any.
pub fn legal_form(name: &str) -> Option<&'static str> {
    let name = clean(name);
    LEGAL_FORMS
        .iter()
        .copied()
        .find(|f| name.starts_with(f) || name.split(' ').next().is_some_and(|w| w.ends_with(f)))
}

/// The legal form a name is written with, abbreviations spelt out
/// (`(株)` → 株式会社), or "" when it has none.
pub fn canonical_form(name: &str) -> &'static str {
    match legal_form(name) {
        Some(f) => ABBREVIATIONS
            .iter()
            .find(|(abbr, _)| *abbr == f)
            .map_or(f, |(_, full)| full),
        None => "",
    }
}

/// Whether two spellings name the same thing: the same key and the same
/// legal form (有限会社X → 株式会社X is a change of name, 株式会社 / (株) is not).
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b) && canonical_form(a) == canonical_form(b)
}

/// Whether the whole name is a legal entity (法人), not a facility.
pub fn is_legal_entity(name: &str) -> bool {
    let (op, rest) = split_operator(name);
    op.is_some() && rest.is_empty()
}

static PREFIX_FORM: LazyLock<Regex> = LazyLock::new(|| {
    let forms = LEGAL_FORMS
        .iter()
        .map(|f| regex::escape(f))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(r"^((?:{forms})\s?[^\s「」]+)(?:\s+(.+))?$"))
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});
static SUFFIX_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^\s「」]+?(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|社))(?:\s+(.+))?$")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// Splits `医療法人輝鳳会 THE K CLINIC` into (`医療法人輝鳳会`, `THE K CLINIC`) and
/// `コージンバイオ株式会社 埼玉細胞加工センター` into (`コージンバイオ株式会社`, `埼玉細胞加工センター`).
/// A name with no recognisable operator part comes back whole as the second item.
/// `X社 Y` (a company written as "X社") splits only when a facility name follows.
pub fn split_operator(name: &str) -> (Option<String>, String) {
    let name = clean(name);
    if let Some(c) = PREFIX_FORM.captures(&name) {
        let op = c.get(1).map(|m| m.as_str().to_string());
        let rest = c.get(2).map_or("", |m| m.as_str()).to_string();
        // `医療法人 輝鳳会 THE K CLINIC`: the legal form stands apart from its name.
        return (op, rest);
    }
    if let Some(c) = SUFFIX_FORM.captures(&name) {
        let op = c.get(1).map_or("", |m| m.as_str());
        let rest = c.get(2).map_or("", |m| m.as_str()).to_string();
        let is_sha = !op.ends_with("会社") && op.ends_with('社');
        if is_sha && (rest.is_empty() || op.chars().count() < 3) {
            return (None, name);
        }
        return (Some(op.to_string()), rest);
    }
    (None, name)
}

/// The key names are resolved by: NFKC, lower case, variant kanji and the ケ
/// of place names folded ([`crate::variants`]), legal forms and the `X社`
/// company suffix removed, all spaces and punctuation removed.
pub fn name_key(name: &str) -> String {
    // Resolution asks for the keys of the same few thousand names again and
    // again (every notice naming an entity, every name it had): computed
    // once per thread, a bounded memo.
    thread_local! {
        static KEYS: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::default();
    }
    const MEMO_NAMES: usize = 100_000;
    KEYS.with(|m| {
        if let Some(k) = m.borrow().get(name) {
            return k.clone();
        }
        let k = key_of(&crate::variants::fold(&clean(name).to_lowercase()));
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_NAMES {
            m.clear();
        }
        m.insert(name.to_string(), k.clone());
        k
    })
}

/// [`name_key`] without the folding of variant kanji. An entity's id is
/// made from it (as ids were made before the folding, so an entity keeps
/// its id, its permalink, when a store is rebuilt), and the index holds it
/// as the name typed without legal form or spaces, shown as printed.
pub fn unfolded_key(name: &str) -> String {
    key_of(&clean(name).to_lowercase())
}

/// Legal forms, the `X社` suffix, spaces and punctuation out of a cleaned,
/// lower-cased name.
fn key_of(name: &str) -> String {
    let mut s = name.to_string();
    for form in LEGAL_FORMS {
        s = s.replace(form, " ");
    }
    // `コージンバイオ社 埼玉…`: 社 closing a word that is not 会社/公社 means "company".
    let words: Vec<String> = s
        .split(' ')
        .map(|w| {
            let chars: Vec<char> = w.chars().collect();
            if chars.len() >= 3 && w.ends_with('社') && !w.ends_with("会社") && !w.ends_with("公社")
            {
                let prev = chars[chars.len() - 2];
                if !is_kanji(prev) {
                    return chars[..chars.len() - 1].iter().collect();
                }
            }
            w.to_string()
        })
        .collect();
    words
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == 'ー')
        .collect()
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Whether a name reads as a cell-processing facility (細胞培養加工施設).
pub fn looks_like_facility(name: &str) -> bool {
    let n = clean(name).to_lowercase();
    [
        "細胞加工",
        "細胞培養",
        "培養センター",
        "加工センター",
        "加工施設",
        "培養加工",
        "細胞センター",
        "プロセッシングセンター",
        "プロセシングセンター",
        "加工室",
        "培養室",
        "加工所",
        "培養所",
        "調製室",
        "細胞調製",
        "セルプロセッシング",
        "プロセッシングラボ",
        "培養ラボ",
        "加工ラボ",
        "セルセンター",
        "cell processing",
    ]
    .iter()
    .any(|k| n.contains(k))
}

/// A facility number (施設番号): `F`, a class letter and digits (`FC5140001`),
/// standing apart from letters and digits on either side, so that
/// `施設番号FC5270031(…)` and `(施設番号:FA4160007)` read and `XFC12345678901`
/// does not. Returns the number and its byte range in `s` (read after NFKC).
pub fn find_facility_number(s: &str) -> Option<(String, std::ops::Range<usize>)> {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"F[A-Z]\d{5,9}").unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    NUMBER.find_iter(s).find_map(|m| {
        let before = s[..m.start()].chars().next_back();
        let after = s[m.end()..].chars().next();
        let apart = before.is_none_or(|c| !c.is_ascii_alphanumeric())
            && after.is_none_or(|c| !c.is_ascii_digit());
        apart.then(|| (m.as_str().to_string(), m.range()))
    })
}

/// Whether a phrase reads as a sentence or a clause rather than a name: a
/// name is a noun phrase, so it holds no 。, no date, no object marker を,
/// and kana written after a kanji stem only as 「の」/「が」/「ヶ」
/// (`自由が丘クリニック`, `森の杜会`) or as one okurigana (`明け星会`); kana
/// after katakana is a word of the name (`クリニックあおば`). A clause (`許可を受けていた者`, `…処理されていなかったこと`, `停止の期間
/// 令和8年3月23日から…`) is never a party: read as one it would link the
/// wrong entities in the registry.
pub fn reads_as_sentence(s: &str) -> bool {
    let s = clean(s);
    if s.contains('。') || s.chars().count() > 60 || contains_date(&s) {
        return true;
    }
    let chars: Vec<char> = s.chars().collect();
    let is_kana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    // Hiragana runs that follow a kanji (not the ones opening a word:
    // `ひいらぎ銀座クリニック`, `医療法人社団 もりのみやこ会`).
    let mut inner_runs: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if is_kana(chars[i]) {
            let start = i;
            while i < chars.len() && is_kana(chars[i]) {
                i += 1;
            }
            // Inflections and particles follow a kanji stem (`処理されて…`,
            // `許可に係る`); kana after katakana or Latin letters is a word of
            // the name (`メディカルクリニックあおば`).
            let after_stem = start > 0 && is_kanji(chars[start - 1]);
            if after_stem {
                inner_runs.push(chars[start..i].iter().collect());
            }
        } else {
            i += 1;
        }
    }
    let particle = |r: &str| matches!(r, "の" | "が" | "ヶ" | "ノ");
    let clauses = inner_runs.iter().filter(|r| !particle(r)).count();
    // A run that ends the phrase after a word is an inflection (`…こと`, `…ため`).
    let ends_inflected = inner_runs.last().is_some_and(|r| {
        !particle(r) && s.ends_with(r.as_str()) && chars.len() > r.chars().count()
    });
    s.contains('を') || clauses >= 2 || ends_inflected || CLAUSE_WORDS.iter().any(|w| s.contains(w))
}

/// Whether a phrase can be a person's name as notices print them (`岸田
/// ゆかり`, `山田 太郎`): short, with no punctuation of a sentence, no date
/// and no clause.
pub fn reads_as_person(s: &str) -> bool {
    let s = clean(s);
    s.chars().count() <= 20
        && !s.contains(['。', '、', 'を', ':'])
        && !contains_date(&s)
        && !CLAUSE_WORDS.iter().any(|w| s.contains(w))
}

/// Words only a clause holds.
const CLAUSE_WORDS: &[&str] = &[
    "にもかかわらず",
    "について",
    "に対し",
    "に基づ",
    "に係る",
    "ている",
    "ていた",
    "された",
    "される",
    "として",
];

/// Whether a phrase can be a party's name: neither a clause nor a plan.
pub fn reads_as_name(s: &str) -> bool {
    !reads_as_sentence(s) && (looks_like_facility(s) || !reads_as_plan(s))
}

fn contains_date(s: &str) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年|\d{4}\s*年\s*\d{1,2}\s*月")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    DATE.is_match(s)
}

static PLAN_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[・○◯\-\s]*(?:第[一二三123]種(?:再生医療等)?(?:提供計画)?\s*)?|\s*\(?第[一二三123]種\)?\s*$")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// A plan's name without its class (`第三種再生医療等提供計画「X」`, `X（第三種）`)
/// or list bullet.
pub fn plan_name(s: &str) -> String {
    let c = clean(s);
    let c = PLAN_CLASS.replace_all(&c, "");
    clean(c.trim_matches(['「', '」', '『', '』']))
}

/// Whether a quoted phrase reads as a provision plan or treatment, not a party.
pub fn looks_like_plan(s: &str) -> bool {
    let s = clean(s);
    s.ends_with("療法")
        || s.contains("治療")
        || s.contains("投与")
        || s.contains("注射")
        || s.contains("移植")
        || s.contains("を目的とした")
        || s.contains("を用いた")
        || s.contains("に対する")
        || s.contains("による")
        || s.ends_with("計画")
}

/// Whether a phrase is a plan's name rather than a party's: it ends in the
/// treatment (`…の治療`, `…療法`, `…の関節内投与`) or is built as one (`…を
/// 用いた…`, `…に対する…`). `毛髪移植クリニック` ends in its kind of place.
pub fn reads_as_plan(s: &str) -> bool {
    let s = clean(s);
    ["治療", "療法", "計画", "投与", "注射", "移植"]
        .iter()
        .any(|w| s.ends_with(w))
        || ["を用いた", "を目的とした", "に対する"]
            .iter()
            .any(|w| s.contains(w))
}

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:東京都|北海道|京都府|大阪府|[^\s\d]{2,3}県)?(?:[^\s\d]{1,6}?市[^\s\d]{1,4}?区|[^\s\d]{1,5}?郡[^\s\d]{1,5}?[町村]|[^\s\d]{1,6}?[市区町村])?")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// Every municipality and ward by prefecture (`data/gazetteer.tsv` of the
/// index: Japan Post's list), longest name first, and every prefecture.
struct Municipalities {
    prefectures: Vec<String>,
    by_prefecture: std::collections::HashMap<String, Vec<String>>,
    all: Vec<String>,
}

static MUNICIPALITIES: LazyLock<Municipalities> = LazyLock::new(|| {
    let mut m = Municipalities {
        prefectures: Vec::new(),
        by_prefecture: std::collections::HashMap::new(),
        all: Vec::new(),
    };
    for line in include_str!("../../index/data/gazetteer.tsv")
        .lines()
        .skip(1)
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(kind), Some(pref), Some(name)) = (cols.get(1), cols.get(2), cols.get(3)) else {
            continue;
        };
        if *kind == "prefecture" {
            m.prefectures.push(name.to_string());
        } else {
            m.by_prefecture
                .entry(pref.to_string())
                .or_default()
                .push(name.to_string());
            m.all.push(name.to_string());
        }
    }
    let longest_first =
        |v: &mut Vec<String>| v.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    m.by_prefecture.values_mut().for_each(longest_first);
    longest_first(&mut m.all);
    m
});

/// The place at the start of `a` (NFKC, no spaces) read with the list of
/// municipalities: a prefecture, a district (…郡) and the longest
/// municipality or ward it lists, so that 野々市市, 四日市市 and 町田市
/// are not cut at their first 市 or 町.
fn listed_place(a: &str) -> Option<String> {
    let m = &*MUNICIPALITIES;
    let pref = m.prefectures.iter().find(|p| a.starts_with(p.as_str()));
    let rest = &a[pref.map_or(0, |p| p.len())..];
    static DISTRICT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^\s\d]{1,5}?郡").unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    let district = DISTRICT.find(rest).map_or("", |d| d.as_str());
    let after = &rest[district.len()..];
    let names = match pref {
        Some(p) => m.by_prefecture.get(p.as_str())?,
        None => &m.all,
    };
    let town = names.iter().find(|n| after.starts_with(n.as_str()))?;
    Some(format!(
        "{}{district}{town}",
        pref.map_or("", |p| p.as_str())
    ))
}

/// The prefecture and municipality at the start of an address:
/// `東京都豊島区南池袋1丁目…` → `東京都豊島区`, `石川県野々市市本町…` →
/// `石川県野々市市`. A municipality the list does not know (an old name, a
/// variant spelling) is read by the shape of place names.
pub fn place_of_address(address: &str) -> Option<String> {
    let a = clean(address).replace(' ', "");
    if let Some(p) = listed_place(&a) {
        return Some(p);
    }
    let m = PLACE.find(&a)?;
    (!m.as_str().is_empty()).then(|| m.as_str().to_string())
}

/// Whether a parenthesised phrase is a place (`東京都中央区`, `京都市`, `埼玉県坂戸市`).
pub fn is_place(s: &str) -> bool {
    let s = clean(s).replace(' ', "");
    !s.is_empty()
        && s.chars().count() <= 16
        && place_of_address(&s).is_some_and(|p| p == s)
        && !s.contains("法人")
}

/// Whether two places can be the same: equal, or one a prefix of the other
/// (`東京都` and `東京都中央区`). Unknown places never contradict.
pub fn places_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (a, b) = (clean(a).replace(' ', ""), clean(b).replace(' ', ""));
            a.starts_with(&b) || b.starts_with(&a) || strip_pref(&a) == strip_pref(&b)
        }
        _ => true,
    }
}

/// Whether a phrase can be a name a party had: not a place alone
/// (`兵庫県神戸市中央区`, read from `…から現在地に移転し`, with the particle
/// the reading left on it) and not a facility number alone (`FA3110527`).
/// A party may be *addressed* by its number (a row that prints nothing
/// else), but it is never renamed from or to one.
pub fn could_be_former_name(s: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Za-z]{2}\d{7}$").unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    static MUNICIPALITIES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[^\s]{1,6}?[市区町村郡])+$")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    let c = clean(s).replace(' ', "");
    let c = c.trim_start_matches(['に', 'で', 'が', 'は', 'を']);
    if NUMBER.is_match(c) {
        return false;
    }
    match split_prefecture(c) {
        (Some(_), rest) => !(rest.is_empty() || MUNICIPALITIES.is_match(rest)),
        // A city without its prefecture (`神戸市中央区`, `札幌市`).
        (None, rest) => {
            !((rest.contains('市') || rest.contains('郡')) && MUNICIPALITIES.is_match(rest))
        }
    }
}

/// Splits `東京都中央区` into (`東京都`, `中央区`); `京都市` has no prefecture part.
pub fn split_prefecture(place: &str) -> (Option<&str>, &str) {
    for p in ["東京都", "北海道", "京都府", "大阪府"] {
        if let Some(rest) = place.strip_prefix(p) {
            return (Some(&place[..p.len()]), rest);
        }
    }
    // 県 after two or three characters (埼玉県, 神奈川県).
    for (i, c) in place.char_indices().skip(2).take(2) {
        if c == '県' {
            let end = i + c.len_utf8();
            return (Some(&place[..end]), &place[end..]);
        }
    }
    (None, place)
}

/// The prefecture of a place (`東京都中央区` → `東京都`), or the place itself.
pub fn prefecture(place: &str) -> String {
    split_prefecture(place).0.unwrap_or(place).to_string()
}

/// The place without its prefecture, unless nothing would be left.
fn strip_pref(p: &str) -> &str {
    match split_prefecture(p) {
        (Some(_), rest) if !rest.is_empty() => rest,
        _ => p,
    }
}

/// Kanji numerals written before 丁目 / 番 / 号 (`二丁目十番`), as Arabic digits.
fn kanji_numbers(s: &str) -> String {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c);
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && (digit(chars[i]).is_some() || chars[i] == '十') {
            i += 1;
        }
        if i > start {
            let run = &chars[start..i];
            let before_unit = chars[i..].iter().collect::<String>();
            if ["丁目", "番", "号"]
                .iter()
                .any(|u| before_unit.starts_with(u))
            {
                // 十 = 10, 二十三 = 23, 十二 = 12, 三 = 3.
                let value = match run.iter().position(|&c| c == '十') {
                    Some(p) => {
                        let tens = if p == 0 {
                            1
                        } else {
                            run[..p].iter().filter_map(|&c| digit(c)).sum()
                        };
                        let ones: usize = run[p + 1..].iter().filter_map(|&c| digit(c)).sum();
                        tens * 10 + ones
                    }
                    None => run
                        .iter()
                        .filter_map(|&c| digit(c))
                        .fold(0, |a, d| a * 10 + d),
                };
                out.push_str(&value.to_string());
            } else {
                out.extend(run);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

static STREET_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\d]*\d+(?:-\d+)*").unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// The key addresses are compared by: NFKC, no spaces, kanji numerals as
/// digits, 丁目・番(地)・号 and the hyphenated form alike, and the building
/// name and floor left out. `東京都中央区日本橋二丁目10番12号 プレリー日本橋ビル10階`
/// and `東京都中央区日本橋2-10-12` give the same key.
pub fn address_key(address: &str) -> String {
    let s = kanji_numbers(&clean(address).replace(' ', ""));
    let mut street = String::new();
    let mut rest = s.as_str();
    while let Some(c) = rest.chars().next() {
        // Every dash a street number is printed with (- － – − ｰ ‐ ー after NFKC),
        // and 番地の as one unit (`1番地の2`).
        let unit = [
            "丁目",
            "番地の",
            "番地",
            "番",
            "号",
            "の",
            "ー",
            "−",
            "‐",
            "–",
            "—",
            "―",
        ]
        .iter()
        .find(|u| rest.starts_with(**u) && street.ends_with(|d: char| d.is_ascii_digit()));
        match unit {
            Some(u) => {
                street.push('-');
                rest = &rest[u.len()..];
            }
            None => {
                street.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    STREET_END
        .find(&street)
        .map_or(street.clone(), |m| m.as_str().to_string())
        .trim_end_matches('-')
        .to_string()
}

#[cfg(test)]
mod tests {

    /// A municipality whose name holds 市, 町 or 村 (野々市市, 四日市市,
    /// 町田市, 十日町市, 東村山市, 大町市) is read whole, with or without its
    /// prefecture, its district or a street after it.
    #[test]
    fn a_municipality_with_a_place_word_inside_is_read_whole() {
        use super::*;
        let cases = [
            ("石川県", "", "野々市市"),
            ("三重県", "", "四日市市"),
            ("広島県", "", "廿日市市"),
            ("東京都", "", "町田市"),
            ("東京都", "", "東村山市"),
            ("新潟県", "", "十日町市"),
            ("長野県", "", "大町市"),
            ("千葉県", "", "市川市"),
            ("北海道", "", "札幌市中央区"),
            ("北海道", "石狩郡", "当別町"),
            ("東京都", "", "中央区"),
        ];
        for (pref, district, town) in cases {
            for street in ["本町三丁目18番4号", "1-2-3", "５丁目", ""] {
                for (p, sep) in [(pref, ""), (pref, " "), ("", "")] {
                    let address = format!("{p}{sep}{district}{town}{street}");
                    let want = format!("{p}{district}{town}");
                    assert_eq!(
                        place_of_address(&address).as_deref(),
                        Some(want.as_str()),
                        "{address}"
                    );
                }
            }
            assert!(is_place(&format!("{pref}{district}{town}")), "{pref}{town}");
        }
    }

    /// Every abbreviated legal form, however it is printed (half- or
    /// full-width brackets, the enclosed ㈱ signs, a space or an ideographic
    /// space after it, before or after the name), is the same name as the
    /// form written out: the same key and the same form.
    #[test]
    fn an_abbreviated_legal_form_is_the_form_written_out() {
        use super::*;
        let enclosed = [("(株)", "㈱"), ("(有)", "㈲"), ("(学)", "㈻")];
        for base in ["道南臨床医学財団", "みなとセルラボ", "ＡＢＣ会"] {
            for (abbr, full) in ABBREVIATIONS {
                let inner = abbr.trim_start_matches('(').trim_end_matches(')');
                let mut printed = vec![abbr.to_string()];
                if abbr.starts_with('(') {
                    printed.push(format!("（{inner}）"));
                }
                printed.extend(
                    enclosed
                        .iter()
                        .filter(|(a, _)| a == abbr)
                        .map(|(_, e)| e.to_string()),
                );
                let written = format!("{full}{base}");
                for form in &printed {
                    for sep in ["", " ", "\u{3000}"] {
                        let name = format!("{form}{sep}{base}");
                        assert_eq!(name_key(&name), name_key(&written), "{name}");
                        assert_eq!(canonical_form(&name), *full, "{name}");
                        assert!(same_name(&name, &written), "{name}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_place_or_a_facility_number_is_never_a_former_name() {
        let prefectures = [
            "東京都",
            "北海道",
            "大阪府",
            "兵庫県",
            "神奈川県",
            "鹿児島県",
        ];
        let towns = [
            "",
            "神戸市中央区",
            "札幌市",
            "千代田区",
            "上益城郡御船町",
            "八王子市",
        ];
        for p in prefectures {
            for t in towns {
                for lead in ["", "に", "で"] {
                    let place = format!("{lead}{p}{t}");
                    assert!(!could_be_former_name(&place), "{place}");
                    let spaced = format!("{lead}{p} {t}");
                    assert!(!could_be_former_name(&spaced), "{spaced}");
                }
            }
        }
        for t in [
            "神戸市中央区",
            "に札幌市",
            "ＦＡ３１１０５２７",
            "FC5280562",
            "fa3110527",
        ] {
            assert!(!could_be_former_name(t), "{t}");
        }
        for name in [
            "みなと元町リペアクリニック",
            "大阪府立再生医療センター",
            "東京都済生会中央病院",
            "中央区クリニック",
            "京都市立病院",
            "医療法人社団六甲嶺会",
            "株式会社FA3110527",
            "北海道大学病院",
            "神戸市民病院",
        ] {
            assert!(could_be_former_name(name), "{name}");
        }
    }
    use super::*;

    #[test]
    fn legal_form_variants_share_a_key() {
        let k = name_key("コージンバイオ株式会社 埼玉細胞加工センター");
        assert_eq!(k, "コージンバイオ埼玉細胞加工センター");
        assert_eq!(name_key("コージンバイオ埼玉細胞加工センター"), k);
        assert_eq!(name_key("コージンバイオ社 埼玉細胞加工センター"), k);
        assert_eq!(name_key("コージンバイオ（株） 埼玉細胞加工センター"), k);
        assert_eq!(name_key("コージンバイオ㈱埼玉細胞加工センター"), k);
        assert_eq!(
            name_key("医療法人 輝鳳会 THE K CLINIC"),
            name_key("医療法人輝鳳会 THE K CLINIC")
        );
        // Variant kanji fold (涌 → 湧, KANJIDIC2), as search folds them.
        assert_eq!(name_key("医療法人社団慈涌会"), "慈湧会");
        assert_eq!(
            name_key("医療法人社団慈涌会"),
            name_key("医療法人社団 慈湧会")
        );
        assert_eq!(name_key("ＴＨＥ　Ｋ　ＣＬＩＮＩＣ"), "thekclinic");
        assert_eq!(name_key("ｺｰｼﾞﾝﾊﾞｲｵ"), "コージンバイオ");
    }

    #[test]
    fn kanji_sha_is_part_of_the_name() {
        // 神社 / 出版社: 社 after a kanji is part of the word.
        assert_eq!(name_key("日本出版社"), "日本出版社");
    }

    #[test]
    fn operator_splits() {
        assert_eq!(
            split_operator("医療法人輝鳳会 THE K CLINIC"),
            (Some("医療法人輝鳳会".into()), "THE K CLINIC".into())
        );
        assert_eq!(
            split_operator("医療法人 輝鳳会 池袋クリニック 培養センター"),
            (
                Some("医療法人 輝鳳会".into()),
                "池袋クリニック 培養センター".into()
            )
        );
        assert_eq!(
            split_operator("コージンバイオ株式会社 埼玉細胞加工センター"),
            (
                Some("コージンバイオ株式会社".into()),
                "埼玉細胞加工センター".into()
            )
        );
        assert_eq!(
            split_operator("コージンバイオ社 埼玉細胞加工センター"),
            (
                Some("コージンバイオ社".into()),
                "埼玉細胞加工センター".into()
            )
        );
        assert_eq!(
            split_operator("一般社団法人TH"),
            (Some("一般社団法人TH".into()), "".into())
        );
        assert_eq!(
            split_operator("埼玉メディカルクリニック"),
            (None, "埼玉メディカルクリニック".into())
        );
        assert!(is_legal_entity("一般社団法人日本医療会"));
        assert!(!is_legal_entity("医療法人輝鳳会 THE K CLINIC"));
    }

    #[test]
    fn addresses_in_every_notation_share_a_key() {
        let k = address_key("東京都中央区日本橋二丁目10番12号 プレリー日本橋ビル10階");
        assert_eq!(k, "東京都中央区日本橋2-10-12");
        assert_eq!(address_key("東京都中央区日本橋2-10-12"), k);
        assert_eq!(address_key("東京都中央区日本橋２丁目１０番１２号"), k);
        assert_eq!(
            address_key("東京都豊島区南池袋1丁目25-11 第15野萩ビル7階"),
            "東京都豊島区南池袋1-25-11"
        );
        assert_eq!(
            address_key("埼玉県坂戸市千代田二十三番地"),
            "埼玉県坂戸市千代田23"
        );
        assert_ne!(
            address_key("東京都中央区銀座1-1-1"),
            address_key("東京都中央区銀座1-1-2")
        );
    }

    #[test]
    fn places() {
        assert_eq!(
            place_of_address("東京都豊島区南池袋1丁目25-11").as_deref(),
            Some("東京都豊島区")
        );
        assert_eq!(
            place_of_address("京都市左京区").as_deref(),
            Some("京都市左京区")
        );
        assert!(is_place("東京都中央区"));
        assert!(is_place("埼玉県坂戸市"));
        assert!(is_place("京都市"));
        assert!(is_place("東京都 豊島区"));
        assert!(!is_place("以下「法」という。"));
        assert!(places_compatible(Some("東京都"), Some("東京都中央区")));
        assert!(!places_compatible(
            Some("東京都中央区"),
            Some("東京都豊島区")
        ));
        assert!(places_compatible(None, Some("京都市")));
        assert!(places_compatible(Some("中央区"), Some("東京都中央区")));
        assert_eq!(prefecture("東京都中央区"), "東京都");
        assert_eq!(prefecture("神奈川県横浜市"), "神奈川県");
        assert_eq!(prefecture("京都市"), "京都市");
        assert_eq!(split_prefecture("京都府京都市"), (Some("京都府"), "京都市"));
    }

    #[test]
    fn facility_and_plan_words() {
        assert!(looks_like_facility(
            "医療法人輝鳳会 池袋クリニック 培養センター"
        ));
        assert!(looks_like_facility("JASC京都幹細胞培養センター"));
        assert!(looks_like_facility(
            "緑陵医科大学病院 細胞プロセッシングセンター"
        ));
        assert!(looks_like_facility("瀬音会 せおと記念病院 細胞加工室"));
        assert_eq!(
            find_facility_number("施設番号FC5270031(テスト用)").map(|x| x.0),
            Some("FC5270031".to_string())
        );
        assert_eq!(find_facility_number("XFC52700311"), None);
        assert!(!looks_like_facility("THE K CLINIC"));
        assert!(looks_like_plan("悪性腫瘍の予防に対する自家NK細胞療法"));
        assert!(looks_like_plan(
            "慢性疼痛に対する自己脂肪由来間葉系幹細胞による治療"
        ));
        assert!(!looks_like_plan("銀座クリニック"));
    }

    #[test]
    fn sentences_are_not_names() {
        for name in [
            "医療法人社団 柊光会 ひいらぎ銀座クリニック",
            "もりのみやこセルセンター",
            "自由が丘クリニック",
            "株式会社みちのくバイオセル",
            "医療法人 明け星会",
            "THE K CLINIC",
            "六甲会 こうべ元町クリニック",
            "コージンバイオ株式会社 埼玉細胞加工センター",
            "医療法人社団 森の杜会",
            "医療法人社団 心和会 メディカルクリニックあおば",
            "THE Mさくら",
        ] {
            assert!(!reads_as_sentence(name), "{name}");
        }
        for clause in [
            "許可を受けていた者 ノースバイオ株式会社",
            "清浄度管理区域の微生物モニタリングで処置基準値を超えた記録があるにもかかわらず、逸脱として処理されていなかったこと",
            "製造所の自己点検が一度も実施されていなかったこと",
            "停止の期間 令和8年3月23日から令和8年6月22日まで",
            "疾病等の報告の体制を整備すること。",
            "提供の停止を命じた再生医療等",
        ] {
            assert!(reads_as_sentence(clause), "{clause}");
        }
        // A plan heading is no name either, for another reason.
        assert!(looks_like_plan("対象となる再生医療等提供計画"));
    }
}
