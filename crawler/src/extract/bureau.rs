//! The regional bureaus' order layout: after `記`, section `第1 被処分者等`
//! holds one labelled entry per addressee. Labels may contain spaces
//! (`氏 名`, `所 在 地`), stand one per line, run together on one line
//! (`氏名：… 所在地：… 計画名：…`), or sit in table cells or `<dt>`s — all read
//! alike. A clinic entry names its manager (`氏 名` + `（…管理者）`); a facility
//! entry its operator (`名 称` + `（理事長：…）`) and the facility (`施 設 名`).

use std::sync::LazyLock;

use regex::Regex;

use super::labels::{
    LABEL, PERSON_LABELS, UNKNOWN, canonical_label, labelled_row, strip_numbering,
};
use super::lexer::{Tok, lex};
use super::mention::{looks_like_address, omitted, read_line};
use super::reading::articles;
pub use super::sections::is_bureau_order;
use super::sections::{self, section};
use super::{Parsed, add_operators, add_subject, push_unique, role_for, subject};
use crate::names::{self, clean, place_of_address, split_operator};
use crate::record::{Role, Subject};

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

/// An entry's number alone on its line: `(2)`, `２．`, `③`.
static ENTRY_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\(\s*[0-9]{1,2}\s*\)|[0-9]{1,2}\s*[.．、)]?)$"));

/// A date under a label nobody listed (`届出年月日`), kept for a `同日` below it.
const DATED: &str = "日付";

/// Category headings inside the section, not names.
const CATEGORIES: &[&str] = &[
    "再生医療等提供機関",
    "細胞培養加工施設",
    "医療機関",
    "特定細胞加工物製造事業者",
    "被処分者",
    "処分の対象",
    "処分対象",
    "対象",
];
static TITLE_IN_VALUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(.+?)\s*(代表取締役|代表理事|理事長|代表者)\s*:?\s*(.+)$"));
/// `Xクリニック管理者`, `Xクリニック 開設者兼管理者`: the party, then the
/// position held there — two positions when joined by 兼 (heldout9 decision 9).
/// A gloss in parentheses after the position (`管理者(病院長)`) is the
/// position's everyday name, not another position.
static TITLE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(.+?)\s*(?:(開設者|院長|理事長)\s*兼\s*)?(管理者|実施責任者|院長|施設長)(?:\s*\((?:病院長|院長|施設長|センター長|所長)\))?$",
    )
});
/// `下記4医療機関の管理者`, `上記の各医療機関の管理者`: a position held at
/// every clinic an entry lists, not at one named.
static SHARED_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:下記|上記|以下|次)の?\s*(?:[0-9]+|全て|すべて|各)?\s*(?:つの|か所の|箇所の|の)?\s*(?:再生医療等提供機関|医療機関|診療所|提供機関|クリニック)(?:すべて|全て)?の?\s*(管理者|実施責任者)$",
    )
});
static TITLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(理事長|代表理事|代表取締役|代表者|実施責任者|開設者兼管理者|管理者)\s*:?\s*(.+)$")
});

/// The role a category heading or a table's 区分 cell names
/// (`再生医療等提供機関`, `細胞培養加工施設`), if it names one.
pub(crate) fn kind_of_category(value: &str) -> Option<Role> {
    let v = clean(value);
    if v.contains("施設") || v.contains("製造") {
        Some(Role::CellProcessingFacility)
    } else if v.contains("医療機関") || v.contains("提供機関") {
        Some(Role::Clinic)
    } else {
        None
    }
}

/// The parenthesised groups at the top level of `s`, with the text outside them.
fn groups(s: &str) -> (String, Vec<String>) {
    let (mut outside, mut inside, mut out) = (String::new(), String::new(), Vec::new());
    let mut depth = 0usize;
    // `(医)光楓会`, `(株)X`: an abbreviated legal form is part of the name.
    let mut form_left = 0usize;
    for (i, c) in s.char_indices() {
        if form_left == 0
            && depth == 0
            && c == '('
            && let Some(f) = names::LEGAL_FORMS
                .iter()
                .find(|f| f.starts_with('(') && s[i..].starts_with(**f))
        {
            form_left = f.chars().count();
        }
        if form_left > 0 {
            form_left -= 1;
            outside.push(c);
            continue;
        }
        match c {
            '(' => {
                if depth > 0 {
                    inside.push(c);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(clean(&inside));
                    inside.clear();
                } else {
                    inside.push(c);
                }
            }
            _ if depth > 0 => inside.push(c),
            _ => outside.push(c),
        }
    }
    (clean(&outside), out)
}

/// A name as written in an entry, without a rename parenthesis: `X(旧名称:Y)` → `X`.
fn strip_former(name: &str, renames: &mut Vec<crate::record::Rename>) -> String {
    for r in read_line(name).renames {
        push_unique(renames, r);
    }
    match name.find("(旧").or_else(|| name.find("(現")) {
        Some(i) => clean(&name[..i]),
        None => clean(name),
    }
}

/// Whether a bulleted line's parenthesis says where it is or who runs it
/// (`X(京都府京都市伏見区、開設者:…)`): a plan's `(第三種)` or a remark's
/// `(両施設)` does not make a party.
pub fn bullet_party(bare: &str) -> bool {
    bare.split_once('(')
        .map(|(_, rest)| rest.split(')').next().unwrap_or(""))
        .is_some_and(|inside| {
            inside.split(['、', '。', ',']).any(|part| {
                let part = part.trim();
                crate::names::is_place(part)
                    || looks_like_address(part)
                    || ["開設者", "設置者", "所在地"]
                        .iter()
                        .any(|w| part.starts_with(w))
            })
        })
}

/// `○ X(大阪市北区…) 廃止(…)` as the grammar reads a quoted party: `「X」(…) 廃止(…)`.
pub fn bullet_as_quote(line: &str) -> Option<String> {
    let bare = line.trim_start_matches(['・', '○', '◯', '◆', '●', ' ']);
    if bare.len() == line.len() || bare.starts_with('「') || !bullet_party(bare) {
        return None;
    }
    let at = bare.find('(')?;
    Some(format!("「{}」{}", bare[..at].trim(), &bare[at..]))
}

/// A `施設名` value as a name: its first line, without the facility number
/// printed with it or a rename parenthesis (whose rename is kept).
fn facility_name(value: &str, renames: &mut Vec<crate::record::Rename>) -> String {
    let first = clean(value.lines().next().unwrap_or(""));
    // `「X(施設番号:FA…)」` or `X(旧名称:Y)`: the mention grammar reads the parenthesis.
    let quoted = if first.starts_with(['「', '『']) {
        first.clone()
    } else {
        format!("「{first}」")
    };
    let reading = read_line(&quoted);
    for r in reading.renames {
        push_unique(renames, r);
    }
    let first = reading
        .mentions
        .first()
        .map_or(first.clone(), |m| m.name.clone());
    let first = match crate::names::find_facility_number(&first) {
        // A facility the page names by its number alone keeps the number as its name.
        Some((_, at)) if !only_a_number(&first) => {
            format!("{}{}", &first[..at.start], &first[at.end..])
        }
        Some((number, _)) => number,
        None => first,
    };
    let name = strip_former(first.trim_end_matches([' ', '(', ')', ':']), renames);
    possessive(&name).map_or(name, |(_, facility)| facility)
}

/// A cell that holds nothing (`―`, `－`, `-`, `なし`): no value at all.
fn placeholder(value: &str) -> bool {
    let v = clean(value);
    v.is_empty()
        || v.chars().all(|c| "―－-‐—ー─〃".contains(c))
        || ["なし", "該当なし", "記載なし"].contains(&v.as_str())
}

/// `FC7400215（テスト用の架空の番号）`: a value that is a facility number and
/// nothing else, but for what a parenthesis adds.
fn only_a_number(value: &str) -> bool {
    let (outside, _) = groups(&clean(value.lines().next().unwrap_or("")));
    let outside = outside.trim_matches(['「', '」', ' ']);
    names::find_facility_number(outside)
        .is_some_and(|(_, at)| at.start == 0 && at.end == outside.len())
}

/// An entry as its party is named. A row that prints only a facility
/// number — the name cell empty (`名称 ―`) beside `施設番号 FC…`, or the
/// name cell holding the number — names the facility by that number
/// (heldout10 decision 4), so the entry is a facility's (`施設名 <number>`);
/// cells that hold nothing (`製造事業者 ―`, `所在地 ―`) are dropped.
fn named_by_number(entry: Vec<(String, String)>) -> Vec<(String, String)> {
    const NAMES: [&str; 3] = ["名称", "医療機関名", "施設名"];
    let number = entry
        .iter()
        .find(|(l, _)| l == "施設番号")
        .and_then(|(_, v)| names::find_facility_number(&clean(v)).map(|x| x.0));
    let names_nothing = entry
        .iter()
        .filter(|(l, _)| NAMES.contains(&l.as_str()))
        .all(|(_, v)| placeholder(v));
    let mut out = Vec::new();
    for (label, value) in entry {
        let is_name = NAMES.contains(&label.as_str());
        if is_name && only_a_number(&value) {
            out.push(("施設名".to_string(), value));
        } else if is_name && placeholder(&value) {
            if let (Some(n), true) = (&number, names_nothing)
                && !out.iter().any(|(l, _)| l == "施設名")
            {
                out.push(("施設名".to_string(), n.clone()));
            }
        } else if label != "区分" && label != "備考" && placeholder(&value) && !value.is_empty()
        {
            // `―` in a cell of its own.
        } else {
            out.push((label, value));
        }
    }
    out
}

/// The value of a row that names a party (`医療機関名`, `施設名`, `名称`, an
/// operator's label), after its numbering.
fn name_row(line: &str) -> Option<String> {
    let body = strip_numbering(line);
    let c = LABEL.captures(body)?;
    let (whole, label) = (c.get(0)?, c.get(1)?);
    let party = ["医療機関名", "施設名", "名称", "運営者"]
        .contains(&canonical_label(label.as_str()).as_str());
    // Up to the next label on the line (`名称：X 所在地：Y 施設名：Z`).
    let rest = &body[whole.end()..];
    let value = LABEL.find(rest).map_or(rest, |m| &rest[..m.start()]);
    (whole.start() == 0 && party)
        .then(|| value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// A name field's first line as the mention grammar reads it: a bare name
/// is read as if quoted, so that its parenthesis (`X(京都府京都市伏見区、
/// 開設者:…)`, `株式会社X(令和5年7月3日、有限会社Xから商号変更)`) gives
/// the name's attributes and renames.
fn read_name_field(value: &str) -> super::mention::Reading {
    let v = clean(value.lines().next().unwrap_or(""));
    if v.starts_with(['「', '『']) {
        return read_line(&v);
    }
    // The first parenthesis that is not an abbreviated legal form (`(株)`).
    let open = v.char_indices().find_map(|(i, c)| {
        (c == '('
            && i > 0
            && !names::LEGAL_FORMS
                .iter()
                .any(|f| f.starts_with('(') && v[i..].starts_with(f)))
        .then_some(i)
    });
    match open {
        Some(at) => read_line(&format!("「{}」{}", v[..at].trim(), &v[at..])),
        None => read_line(&format!("「{v}」")),
    }
}

/// `株式会社みちのくバイオセルの仙台細胞加工センター`: an operator's facility
/// written with の. Returns the operator and the facility's own name.
pub fn possessive(name: &str) -> Option<(String, String)> {
    let toks = lex(name);
    let first = toks.first()?;
    if !matches!(first.tok, Tok::Name { quoted: false, .. }) || first.start != 0 {
        return None;
    }
    let rest = name[first.end..].strip_prefix('の')?.trim();
    (names::is_legal_entity(&first.text) && rest.chars().count() >= 2 && !rest.contains('の'))
        .then(|| (clean(&first.text), clean(rest)))
}

/// A row labelled as the party addressed (`被処分者`, `処分を受けた者`: read
/// as `名称`) whose value is a person: `管理者 今福 大樹` (the position, then
/// its holder) or `佐鳴 智也(Xクリニック 管理者)` (the holder, then the party
/// and position, as an `氏名` row prints them). The row is then read as that
/// position's or that `氏名`'s, so the clinic is the party and the person its
/// manager — never a clinic named after the person.
fn person_addressed(label: &str, value: &str) -> Option<(String, String)> {
    if label != "名称" {
        return None;
    }
    let first = clean(value.lines().next().unwrap_or(""));
    let not_a_party =
        |n: &str| !names::is_legal_entity(n) && !names::looks_like_facility(n) && !n.is_empty();
    // `堂島 美紀(管理者)`, `院長 志田 拓也(管理者)`: the holder with the
    // position addressed in a parenthesis of its own (a position before the
    // name is a gloss; heldout11 decision 17).
    let (outside, gs) = groups(&first);
    if let [g] = gs.as_slice()
        && PERSON_LABELS.contains(&g.trim())
    {
        let holder = match TITLE_FIRST.captures(&outside) {
            Some(c) if PERSON_LABELS.contains(&&c[1]) => clean(&c[2]),
            // `院長 X`, `施設長 X`: a gloss of the position before the name.
            _ => match outside.split_once(' ') {
                Some((gloss, rest)) if gloss.ends_with('長') && gloss.chars().count() <= 5 => {
                    clean(rest)
                }
                _ => outside.clone(),
            },
        };
        if not_a_party(&holder) && names::reads_as_person(&holder) {
            return Some((g.trim().to_string(), holder));
        }
    }
    if let Some(c) = TITLE_FIRST.captures(&first)
        && PERSON_LABELS.contains(&&c[1])
        && not_a_party(&groups(&c[2]).0)
        && names::reads_as_person(&c[2])
    {
        return Some((c[1].to_string(), clean(&c[2])));
    }
    let (outside, gs) = groups(&first);
    let holds = gs.iter().any(|g| {
        TITLE_AT_END
            .captures(g)
            .is_some_and(|c| names::reads_as_name(&c[1]) && !names::same_name(&c[1], &outside))
    });
    (holds && not_a_party(&outside) && names::reads_as_person(&outside))
        .then(|| ("氏名".to_string(), value.to_string()))
}

/// Reads the labelled entries of `第1 被処分者等`.
pub fn read(lines: &[String], text: &str) -> Parsed {
    let (basis, violations) = articles(text);
    let mut p = Parsed {
        articles: basis,
        violations,
        ..Parsed::default()
    };
    // Renames whose new name is an anaphor wait for the entries (below).
    let mut anaphoric = Vec::new();
    for line in lines {
        // A row naming a party (`医療機関名 X(…から名称変更)`, `開設者 Y(旧
        // 名称:Z)`) is read as its name field is, the value as if quoted.
        let reading = match name_row(line) {
            Some(value) => read_name_field(&value),
            None => read_line(line),
        };
        anaphoric.extend(reading.anaphoric);
        for r in reading.renames {
            super::push_rename(&mut p.renames, r);
        }
        // `第二種再生医療等提供計画「X」に基づき…` in the narrative.
        for m in reading.mentions.iter().filter(|m| m.quoted) {
            if crate::names::looks_like_plan(&m.name) {
                push_unique(&mut p.plans, crate::names::plan_name(&m.name));
            }
        }
    }
    let (start, end) = section(lines).unwrap_or((0, lines.len()));
    // A page without `記` or a numbered section of addressees is a press
    // release whose parties are named in running text, with labelled rows
    // or a table after it (`別紙`, `中止した計画:「…」`): it is read as a
    // press release, and its rows as entries too. Only the lead and the
    // rows name parties: what follows them (経緯) tells of others as
    // context (the clinic that reported, the customer a facility supplied).
    let anchored = lines.iter().any(|l| sections::anchors(l));
    if !anchored && start > 0 {
        // A remark (`備考`) tells of others (the corporation that absorbed
        // the operator, the clinic it opened since): it is read with its
        // entry below, for renames, never for parties.
        let running: Vec<String> = lines[..end]
            .iter()
            .filter(|l| {
                LABEL
                    .captures(&format!("{} ", strip_numbering(l)))
                    .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
                    .and_then(|c| c.get(1))
                    .is_none_or(|m| canonical_label(m.as_str()) != "備考")
            })
            .cloned()
            .collect();
        let lead = super::press::read(&running);
        for s in lead.subjects {
            add_subject(&mut p.subjects, s);
        }
        for person in lead.persons {
            super::add_person(&mut p.persons, &person.title, &person.name, &person.of);
        }
        for plan in lead.plans {
            push_unique(&mut p.plans, plan);
        }
        for r in lead.renames {
            super::push_rename(&mut p.renames, r);
        }
    }
    let section = lines[start..end]
        .iter()
        .map(|l| {
            // `・X(京都府京都市伏見区、開設者:…) 管理者 Y`: a bulleted party.
            let bare = l.trim_start_matches(['・', '○', '◯', ' ']);
            if bare.len() < l.len() && bullet_party(bare) && !bare.starts_with('「') {
                let head = bare.split('(').next().unwrap_or("");
                let label = if crate::names::looks_like_facility(head) {
                    "施設名"
                } else {
                    "医療機関名"
                };
                format!("{label} {bare}")
            } else {
                l.clone()
            }
        })
        .filter_map(|l| {
            // `(2)` alone: the next entry begins.
            if ENTRY_MARK.is_match(&l) {
                return Some("区分".to_string());
            }
            let body = strip_numbering(&l).trim();
            let numbered = body.len() < l.trim().len();
            let padded = format!("{body} ");
            let label = LABEL.find(&padded).filter(|m| m.start() == 0);
            let with_value = label.is_some_and(|m| m.end() < padded.len());
            if numbered
                && !with_value
                && CATEGORIES.iter().any(|k| body.starts_with(k))
                && body.chars().count() <= 20
            {
                // `2 細胞培養加工施設`: the entries that follow are of that kind.
                return kind_of_category(body).map(|_| format!("区分 {body}"));
            }
            // `(1)氏名:…`: a numbered entry whose first field is labelled.
            if label.is_some() {
                return Some(body.to_string());
            }
            // `許可を受けていた者 X`, `【事業者】X`, `届出日:X`: a label nobody listed.
            if let Some(row) = labelled_row(&l, true) {
                return Some(row);
            }
            if numbered {
                if body.chars().all(|c| !c.is_alphanumeric()) {
                    // `１．` alone: the next entry begins, as under a category.
                    return Some("区分".to_string());
                }
                // `(1) 自己多血小板血漿を用いた脱毛症の治療`: a plan listed under its label.
                if names::reads_as_plan(body) && !names::looks_like_facility(body) {
                    return Some(format!("・{body}"));
                }
                // `① …が確認されたこと`: a finding, not an addressee.
                if names::reads_as_sentence(body) {
                    return Some(l);
                }
                return Some(if names::looks_like_facility(body) {
                    format!("施設名 {body}")
                } else {
                    format!("医療機関名 {body}")
                });
            }
            // `株式会社X 代表取締役 Y` on a line of its own: the party and its representative.
            if LABEL.find(&l).is_none_or(|m| m.start() > 0)
                && !l.contains('。')
                && TITLE_IN_VALUE
                    .captures(&l)
                    .is_some_and(|c| names::is_legal_entity(&c[1]))
            {
                return Some(format!("名称 {l}"));
            }
            Some(l)
        })
        .collect::<Vec<_>>()
        .join("\n");

    tracing::trace!(%section, "the entries' section as labelled lines");
    // (label, value) pairs in order.
    let mut fields: Vec<(String, String)> = Vec::new();
    let labels: Vec<_> = LABEL.captures_iter(&section).collect();
    for (i, c) in labels.iter().enumerate() {
        let (Some(label), Some(whole)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let value_end = labels
            .get(i + 1)
            .and_then(|n| n.get(0))
            .map_or(section.len(), |n| n.start());
        let value = section[whole.end()..value_end].trim().to_string();
        let label = canonical_label(label.as_str());
        let addressed = person_addressed(&label, &value);
        // The party addressed opens an entry, even read as a position's
        // holder: after an entry closed by its disposition, a new one begins.
        let since_closed: Vec<&str> = fields
            .iter()
            .rev()
            .take_while(|(l, _)| l != "処分内容" && l != "区分")
            .map(|(l, _)| l.as_str())
            .collect();
        let closed = fields
            .iter()
            .rev()
            .take_while(|(l, _)| l != "区分")
            .any(|(l, _)| l == "処分内容");
        let named_since = since_closed
            .iter()
            .any(|l| ["名称", "医療機関名", "施設名", "氏名", "運営者", "施設番号"].contains(l));
        if addressed.is_some() && closed && !named_since {
            fields.push(("区分".to_string(), String::new()));
        }
        let (label, value) = addressed.unwrap_or((label, value));
        // `管理者` over `氏名 X` (a `<dt>` and its `<dd>`): the name of the
        // position the row above labels.
        if label == "氏名"
            && let Some(last) = fields.last_mut()
            && last.1.is_empty()
            && PERSON_LABELS.contains(&last.0.as_str())
        {
            last.1 = value;
            continue;
        }
        // A label nobody listed keeps no value; it only ends the one before
        // it — but a date it gives (`届出年月日`) dates a `同日` after it.
        if label == UNKNOWN {
            if crate::wareki::parse_date(&clean(&value)).is_some() {
                fields.push((DATED.to_string(), value));
            }
            continue;
        }
        fields.push((label, value));
    }
    let mut entries: Vec<Vec<(String, String)>> = Vec::new();
    // An entry ends where a label it has comes again, or a second name.
    const NAMES: [&str; 3] = ["氏名", "名称", "医療機関名"];
    // Labels that name an entry's party: once an entry has its disposition
    // (`処分内容`, the row bureaus close an entry with), one of them opens
    // the next entry (`製造事業者 X` after a clinic's `根拠条項`).
    // A facility's number printed before its name (`施設番号 FA… 施設名 …`)
    // opens the facility's entry too.
    const PARTIES: [&str; 6] = ["氏名", "名称", "医療機関名", "施設名", "運営者", "施設番号"];
    for (label, value) in fields {
        let new_entry = match entries.last() {
            None => true,
            // A category heading opens the entries of its kind.
            Some(e) if label == "区分" => !e.is_empty(),
            Some(e) => {
                // `氏名 X` then `医療機関名 Y` (a vertical table): the manager
                // and the clinic of one entry.
                let person_and_clinic = e.len() == 1
                    && matches!(
                        (e[0].0.as_str(), label.as_str()),
                        ("氏名", "医療機関名") | ("医療機関名", "氏名")
                    );
                let closed = e.iter().any(|(l, _)| l == "処分内容");
                // `医療機関 X` / `所在地 …` / `管理者 …` then `細胞培養加工施設 Y`
                // (a 【参考】 list): the facility is an entry of its own.
                // So is a facility after a clinic whose row gives its place
                // in a parenthesis (`対象医療機関 X(開設者:…/大阪市中央区)`).
                let clinic_done = label == "施設名"
                    && e.iter().any(|(l, v)| l == "医療機関名" && v.contains('('))
                    || (label == "施設名"
                        && e.iter().any(|(l, _)| l == "医療機関名")
                        && e.iter().any(|(l, _)| l == "所在地"));
                e.iter().any(|(l, _)| *l == label)
                    || (NAMES.contains(&label.as_str())
                        && e.iter().any(|(l, _)| NAMES.contains(&l.as_str()))
                        && !person_and_clinic)
                    || (closed && PARTIES.contains(&label.as_str()))
                    || clinic_done
            }
        };
        if new_entry {
            entries.push(Vec::new());
        }
        if let Some(e) = entries.last_mut() {
            e.push((label, value));
        }
    }

    // The clinic of the entry before: an in-clinic facility's entry closes
    // it too when its closure date says so (`同日（医療機関及び…施設）`).
    let entries: Vec<Vec<(String, String)>> = entries.into_iter().map(named_by_number).collect();
    let mut clinic_before: Option<String> = None;
    let mut shared_holders: Vec<(String, String)> = Vec::new();
    // The address of the entry before: `所在地 同上` (an in-clinic facility
    // under its clinic) is that address.
    let mut address_before: Option<String> = None;
    for entry in &entries {
        let get = |l: &str| entry.iter().find(|(k, _)| k == l).map(|(_, v)| v.as_str());
        // `氏名 X (… 下記4医療機関の管理者)`: one holder of the position at
        // every clinic the entry lists (heldout7 decision 7).
        if let Some(v) = get("氏名") {
            let (who, gs) = groups(&v.replace('\n', " "));
            if let Some(title) = gs
                .iter()
                .find_map(|g| SHARED_POSITION.captures(g).map(|c| c[1].to_string()))
            {
                shared_holders.push((title, clean(&who)));
            }
        }
        let address = get("所在地")
            .and_then(|v| v.lines().next())
            .map(clean)
            .and_then(|a| {
                if a.starts_with("同上") || a.starts_with("同所") {
                    address_before.clone()
                } else {
                    Some(a)
                }
            })
            .filter(|a| looks_like_address(a) || place_of_address(a).is_some());
        if address.is_some() {
            address_before = address.clone();
        }
        // `医療機関名 X（香川県高松市、開設者:…）`, `名称 株式会社X(…から商号変更)`:
        // a name field's parenthesis, read by the mention grammar.
        let mut name_attrs = super::mention::Attrs::default();
        for l in ["医療機関名", "施設名", "名称"] {
            let Some(v) = get(l) else { continue };
            let reading = read_name_field(v);
            for r in reading.renames {
                super::push_rename(&mut p.renames, r);
            }
            if let Some(m) = reading.mentions.into_iter().next() {
                name_attrs.place = name_attrs.place.or(m.attrs.place);
                name_attrs.address = name_attrs.address.or(m.attrs.address);
                name_attrs.facility_number = name_attrs.facility_number.or(m.attrs.facility_number);
            }
        }
        let address = address.or(name_attrs.address.clone());
        let place = address
            .as_deref()
            .and_then(names::place_of_address)
            .or(name_attrs.place.map(|p| p.replace(' ', "")));
        let address = address.filter(|a| looks_like_address(a));
        let entry_articles = super::reading::cited(get("処分内容").unwrap_or(""));
        // What each entry's order rests on is what the notice rests on.
        for a in &entry_articles {
            push_unique(&mut p.articles, a.clone());
        }
        let entry_plans = get("計画名")
            .map(super::plans::split_plans)
            .unwrap_or_default();
        let facility_number = get("施設番号")
            .or_else(|| get("施設名"))
            .and_then(|v| names::find_facility_number(&clean(v)).map(|x| x.0))
            .or(name_attrs.facility_number);
        for plan in &entry_plans {
            push_unique(&mut p.plans, plan.clone());
        }
        let details = |s: Subject| Subject {
            plans: entry_plans.clone(),
            articles: entry_articles.clone(),
            ..s
        };
        // `製造事業者 大雪バイオ株式会社 代表取締役 旭 雄大`: the operator and
        // its representative in one value.
        let runner = get("運営者").map(|v| {
            let v = clean(v.lines().next().unwrap_or(""));
            let (outside, gs) = groups(&v);
            match TITLE_IN_VALUE.captures(&outside) {
                Some(c) => (clean(&c[1]), Some((c[2].to_string(), clean(&c[3])))),
                // `株式会社X（代表取締役 Y）`.
                None => {
                    let person = gs.iter().find_map(|g| {
                        TITLE_FIRST
                            .captures(g)
                            .map(|c| (c[1].to_string(), clean(&c[2])))
                    });
                    (outside, person)
                }
            }
        });
        if let Some((op, Some((title, name)))) = &runner
            && !omitted(name)
        {
            super::add_person(&mut p.persons, title, name, op);
        }
        let runner = runner.map(|(op, _)| op);
        // `備考 「X」(開設者:… 令和6年9月1日に「Y」から名称変更)`.
        let remark = get("備考").map(|v| read_line(&clean(v.lines().next().unwrap_or(""))));
        if let Some(r) = &remark {
            for rn in &r.renames {
                super::push_rename(&mut p.renames, rn.clone());
            }
        }
        let runner = runner.or_else(|| {
            remark
                .as_ref()
                .and_then(|r| r.mentions.first().and_then(|m| m.attrs.operator.clone()))
        });
        if let Some(d) = get("処分日").and_then(crate::wareki::parse_date) {
            p.issued_on.get_or_insert(d);
        }
        // `旧名称` / `旧商号` rows: the entry's facility or clinic (or its operator) had that name.
        let main_name = get("施設名")
            .or(get("医療機関名"))
            .map(|v| groups(&clean(v.lines().next().unwrap_or(""))).0);
        // `名称変更日 令和6年12月1日` (or `変更年月日`) beside them: the day of that change.
        let renamed_on = get("変更年月日").and_then(|v| {
            crate::wareki::find_partial_dates(&clean(v))
                .first()
                .map(|d| d.0)
        });
        // `旧商号 Y(令和7年4月1日商号変更)`: the day in the old name's own
        // parenthesis, when no row states it.
        let own_day = |v: &str| {
            groups(&clean(v.lines().next().unwrap_or("")))
                .1
                .iter()
                .find_map(|g| crate::wareki::find_partial_dates(g).first().map(|d| d.0))
        };
        if let (Some(old), Some(new)) = (get("旧名称"), &main_name) {
            let renamed_on = renamed_on.or_else(|| own_day(old));
            let old = groups(&clean(old.lines().next().unwrap_or(""))).0;
            let new = match names::find_facility_number(new) {
                Some((_, at)) => clean(&format!("{}{}", &new[..at.start], &new[at.end..])),
                None => new.clone(),
            };
            super::push_rename(
                &mut p.renames,
                crate::record::Rename {
                    old,
                    new,
                    on: renamed_on,
                },
            );
        }
        if let (Some(old), Some(new)) = (get("旧商号"), get("名称").or(runner.as_deref())) {
            let renamed_on = renamed_on.or_else(|| own_day(old));
            let old = groups(&clean(old.lines().next().unwrap_or(""))).0;
            let new = groups(&clean(new.lines().next().unwrap_or(""))).0;
            super::push_rename(
                &mut p.renames,
                crate::record::Rename {
                    old,
                    new,
                    on: renamed_on,
                },
            );
        }
        // `管理者 佐々木 智子` rows: the person holds the position at the
        // entry's clinic (管理者, 実施責任者) or operator (理事長, 代表者 …).
        let manager_of = get("氏名").and_then(|v| {
            groups(&v.replace('\n', " ")).1.iter().rev().find_map(|g| {
                TITLE_AT_END
                    .captures(g)
                    .map(|c| strip_former(&c[1], &mut Vec::new()))
            })
        });
        let named = get("名称")
            .map(|v| groups(&v.replace('\n', " ")).0)
            .map(|n| strip_former(&n, &mut Vec::new()))
            .map(|n| match TITLE_IN_VALUE.captures(&n) {
                Some(c) => clean(&c[1]),
                None => n,
            });
        // `名称` names the clinic itself (not its operator) when no facility
        // follows and the name is not a legal entity's.
        let names_itself = named
            .as_deref()
            .is_some_and(|n| get("施設名").is_none() && !names::is_legal_entity(n));
        let entry_clinic = get("医療機関名")
            .map(|v| groups(&v.replace('\n', " ")).0)
            .map(|n| strip_former(&n, &mut Vec::new()))
            .map(|n| n.trim_matches(['「', '」', '『', '』']).to_string())
            .or(manager_of)
            .or_else(|| named.clone().filter(|_| names_itself));
        let entry_operator = if names_itself {
            runner
                .clone()
                .or_else(|| named.as_deref().and_then(|n| split_operator(n).0))
        } else {
            named.clone().or(runner.clone())
        };
        // `廃止年月日 令和8年2月28日`: the entry's party closed on that day.
        // `廃止年月日 同日`: the day of the row above it (届出年月日).
        let same_day = || {
            entry
                .iter()
                .take_while(|(l, _)| l != "廃止年月日")
                .filter_map(|(_, v)| crate::wareki::parse_date(&clean(v)))
                .last()
        };
        if let Some(on) = get("廃止年月日") {
            let facility = get("施設名").map(|v| facility_name(v, &mut Vec::new()));
            let clinic = entry_clinic
                .clone()
                .filter(|n| !n.is_empty())
                .or(named.clone());
            // `同日（医療機関及び細胞培養加工施設）`: the parties the date is of.
            let remark = groups(&clean(on)).1.join(" ");
            let (of_clinic, of_facility) = (
                remark.contains("医療機関") || remark.contains("診療所"),
                remark.contains("施設"),
            );
            let clinic = clinic.or_else(|| clinic_before.clone().filter(|_| of_clinic));
            let parties: Vec<String> = if of_clinic || of_facility {
                [
                    clinic.filter(|_| of_clinic),
                    facility.filter(|_| of_facility),
                ]
                .into_iter()
                .flatten()
                .collect()
            } else {
                facility.or(clinic).into_iter().collect()
            };
            let on = crate::wareki::find_partial_dates(&clean(on))
                .first()
                .map(|d| d.0)
                .or_else(|| crate::wareki::parse_date(on).map(Into::into))
                .or_else(|| {
                    clean(on)
                        .starts_with("同日")
                        .then(same_day)
                        .flatten()
                        .map(Into::into)
                });
            for name in parties.into_iter().filter(|n| !n.is_empty()) {
                if !p.closures.iter().any(|c| c.name == name) {
                    p.closures.push(crate::record::Closure { name, on });
                }
            }
        }
        if let Some(c) = entry_clinic.clone().filter(|c| !c.is_empty()) {
            clinic_before = Some(c);
        }
        for (label, value) in entry
            .iter()
            .filter(|(l, _)| PERSON_LABELS.contains(&l.as_str()))
        {
            let name = clean(value.lines().next().unwrap_or(""));
            // `代表者等 管理者 岩城 直人`, `代表者 X（代表取締役）`: the
            // position printed with the name, before it or in a parenthesis.
            let (label, name) = match TITLE_FIRST.captures(&name) {
                Some(c) => (c[1].to_string(), clean(&c[2])),
                None => match groups(&name) {
                    // Only under the generic 代表者: after a position
                    // (`管理者 X（院長）`) the parenthesis is a gloss.
                    (holder, gs)
                        if label == "代表者"
                            && gs.len() == 1
                            && PERSON_LABELS.contains(&gs[0].trim())
                            && gs[0].trim() != "院長" =>
                    {
                        (gs[0].trim().to_string(), clean(&holder))
                    }
                    _ => (label.clone(), name),
                },
            };
            let of = if matches!(
                label.as_str(),
                "管理者" | "実施責任者" | "院長" | "施設長" | "開設者兼管理者"
            ) {
                entry_clinic.clone().or(entry_operator.clone())
            } else {
                entry_operator.clone().or(entry_clinic.clone())
            };
            // `開設者兼管理者 X`: two positions, one holder (heldout9 decision 9).
            let titles: &[&str] = match label.as_str() {
                "開設者兼管理者" => &["開設者", "管理者"],
                l => &[l],
            };
            if let Some(of) = of {
                for title in titles {
                    super::add_person(&mut p.persons, title, &name, &of);
                }
            }
        }
        if get("氏名").is_none() && get("名称").is_none() && get("医療機関名").is_none() {
            // `施 設 名 X` alone (a closure notice): the facility, its operator in its name.
            if let Some(value) = get("施設名") {
                let facility = facility_name(value, &mut p.renames);
                let operator = runner
                    .clone()
                    .or_else(|| possessive(&clean(value.lines().next().unwrap_or(""))).map(|x| x.0))
                    .or(split_operator(&facility).0);
                add_subject(
                    &mut p.subjects,
                    details(Subject {
                        operator: operator.clone(),
                        address: address.clone(),
                        facility_number: facility_number.clone(),
                        ..subject(&facility, Role::CellProcessingFacility, place.clone())
                    }),
                );
                if let Some(op) = operator {
                    add_subject(&mut p.subjects, subject(&op, Role::Operator, None));
                }
            }
            continue;
        }
        if let Some(clinic) = get("医療機関名") {
            // `医療機関名 「X」(…から改称)`: the clinic named directly; a bare
            // `X(開設者:…)` reads as if quoted, so its parenthesis is parsed.
            let value = clean(clinic.lines().next().unwrap_or(""));
            // The first parenthesis that is not an abbreviated legal form
            // (`(医)光楓会 Xクリニック(…)`).
            let open = value.char_indices().find_map(|(i, c)| {
                (c == '('
                    && !names::LEGAL_FORMS
                        .iter()
                        .any(|f| f.starts_with('(') && value[i..].starts_with(f)))
                .then_some(i)
            });
            let value = match open {
                Some(at) if !value.contains('「') && at > 0 => {
                    format!("「{}」{}", value[..at].trim(), &value[at..])
                }
                _ => value,
            };
            let reading = read_line(&value);
            let runner = runner.clone().or_else(|| {
                reading
                    .mentions
                    .first()
                    .and_then(|m| m.attrs.operator.clone())
            });
            for m in reading.mentions.iter().take(1) {
                for (title, name) in &m.attrs.persons {
                    super::add_person(&mut p.persons, title, name, &m.name);
                }
            }
            for r in reading.renames {
                push_unique(&mut p.renames, r);
            }
            // A quoted name, else the whole value (`一般社団法人 X 名駅クリニック`).
            let name = reading
                .mentions
                .iter()
                .find(|m| m.quoted && !m.former && !m.definition)
                .map(|m| m.name.clone())
                .unwrap_or_else(|| entry_clinic.clone().unwrap_or_default());
            let operator = runner.clone().or(split_operator(&name).0);
            // `氏名 X` beside the clinic's name, with no position of its own:
            // the position the entry's order is addressed to (`処分内容 …
            // (上記医療機関の管理者に対するもの)`).
            if let Some(person) = get("氏名") {
                let (person_name, gs) = groups(&person.replace('\n', " "));
                let stated = gs.iter().any(|g| TITLE_AT_END.is_match(g));
                let title = ["管理者", "実施責任者"]
                    .into_iter()
                    .find(|t| get("処分内容").is_some_and(|v| v.contains(t)));
                if let (false, Some(title)) = (stated, title) {
                    super::add_person(&mut p.persons, title, &person_name, &name);
                }
            }
            add_subject(
                &mut p.subjects,
                details(Subject {
                    operator: operator.clone(),
                    address: address.clone(),
                    facility_number: facility_number.clone(),
                    ..subject(&name, role_for(&name, &p.articles), place.clone())
                }),
            );
            if let Some(op) = operator {
                add_subject(&mut p.subjects, subject(&op, Role::Operator, None));
            }
        } else if let Some(person) = get("氏名") {
            // Clinic entry: `氏 名 <manager>` then `(<clinic>管理者)`.
            let (person_name, gs) = groups(&person.replace('\n', " "));
            let Some((titles, clinic)) = gs.iter().rev().find_map(|g| {
                TITLE_AT_END.captures(g).map(|c| {
                    let titles: Vec<String> = [c.get(2), c.get(3)]
                        .into_iter()
                        .flatten()
                        .map(|m| m.as_str().to_string())
                        .collect();
                    (titles, c[1].to_string())
                })
            }) else {
                continue;
            };
            let name = strip_former(&clinic, &mut p.renames);
            let operator = split_operator(&name).0;
            let person_name = clean(&person_name);
            for title in &titles {
                super::add_person(&mut p.persons, title, &person_name, &name);
            }
            add_subject(
                &mut p.subjects,
                details(Subject {
                    operator: operator.clone(),
                    address: address.clone(),
                    facility_number: facility_number.clone(),
                    ..subject(&name, role_for(&name, &p.articles), place.clone())
                }),
            );
            if let Some(op) = operator {
                add_subject(&mut p.subjects, subject(&op, Role::Operator, None));
            }
        } else if let Some(op_value) = get("名称") {
            // Facility entry: `名 称 <operator>`, `(理事長:…)`, `施 設 名 <facility>`.
            let (operator, mut gs) = groups(&op_value.replace('\n', " "));
            // `名称 株式会社X 代表取締役 Y` on one line.
            let operator = match TITLE_IN_VALUE.captures(&operator) {
                Some(c) => {
                    gs.push(format!("{}:{}", &c[2], &c[3]));
                    clean(&c[1])
                }
                None => operator,
            };
            let operator = strip_former(&operator, &mut p.renames);
            let persons: Vec<(String, String)> = gs
                .iter()
                .filter_map(|g| {
                    TITLE_FIRST
                        .captures(g)
                        .map(|c| (c[1].to_string(), clean(&c[2])))
                })
                .filter(|(_, n)| !omitted(n))
                .collect();
            for (title, name) in persons {
                super::add_person(&mut p.persons, &title, &name, &operator);
            }
            match get("施設名") {
                Some(facility) => {
                    let facility = facility_name(facility, &mut p.renames);
                    add_subject(
                        &mut p.subjects,
                        details(Subject {
                            operator: Some(operator.clone()),
                            address: address.clone(),
                            facility_number: facility_number.clone(),
                            ..subject(&facility, Role::CellProcessingFacility, place.clone())
                        }),
                    );
                    add_subject(&mut p.subjects, subject(&operator, Role::Operator, None));
                }
                None if names::is_legal_entity(&operator) => {
                    add_subject(&mut p.subjects, subject(&operator, Role::Operator, None));
                }
                None => {
                    // `名 称` names the clinic itself; its operator is the
                    // 開設者 row or the legal form in front of its name.
                    // The kind its category states (`区分 細胞培養加工施設`), else its name and articles.
                    let role = get("区分")
                        .and_then(kind_of_category)
                        .unwrap_or_else(|| role_for(&operator, &entry_articles));
                    let runs = runner.clone().or(split_operator(&operator).0);
                    add_subject(
                        &mut p.subjects,
                        details(Subject {
                            address: address.clone(),
                            facility_number: facility_number.clone(),
                            operator: runs.clone(),
                            ..subject(&operator, role, place.clone())
                        }),
                    );
                    if let Some(op) = runs {
                        add_subject(&mut p.subjects, subject(&op, Role::Operator, None));
                    }
                }
            }
        }
    }
    for (title, who) in &shared_holders {
        let clinics: Vec<String> = p
            .subjects
            .iter()
            .filter(|s| s.role == Role::Clinic)
            .map(|s| s.name.clone())
            .collect();
        for clinic in clinics {
            super::add_person(&mut p.persons, title, who, &clinic);
        }
    }
    add_operators(&mut p.subjects);
    super::resolve_anaphora(&mut p, &anaphoric);
    super::plans::plans_by_party(lines, &mut p);
    super::plans::plans_under_party(lines, &mut p);
    super::plans::plans_of_the_only_clinic(&mut p);
    p
}
