//! The regional bureaus' order layout: after `記`, section `第1 被処分者等`
//! holds one labelled entry per addressee. Labels may contain spaces
//! (`氏 名`, `所 在 地`), stand one per line, run together on one line
//! (`氏名：… 所在地：… 計画名：…`), or sit in table cells or `<dt>`s — all read
//! alike. A clinic entry names its manager (`氏 名` + `（…管理者）`); a facility
//! entry its operator (`名 称` + `（理事長：…）`) and the facility (`施 設 名`).

use std::sync::LazyLock;

use regex::Regex;

use super::lexer::{Tok, lex};
use super::mention::{looks_like_address, omitted, read_line};
use super::reading::articles;
use super::{Parsed, add_operators, add_subject, push_unique, role_for, subject};
use crate::names::{self, clean, place_of_address, split_operator};
use crate::record::{Person, Role, Subject};

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

static SECTION_START: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:第\s*)?[1１]\s*[.．、]?\s*被処分者"));
static SECTION_NEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:第\s*)?[2-9２-９]\s*[.．、]?\s*\S|^なお"));
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|\s)(医\s?療\s?機\s?関\s?名|氏\s?名|名\s?称|所\s?在\s?地|計\s?画\s?名|施\s?設\s?名|処\s?分\s?内\s?容|施\s?設\s?番\s?号|廃\s?止\s?年\s?月\s?日|管\s?理\s?者|実\s?施\s?責\s?任\s?者|理\s?事\s?長|代\s?表\s?取\s?締\s?役|代\s?表\s?理\s?事|代\s?表\s?者)(?:\s*:\s*|\s*\n|\s+)",
    )
});
/// Labels that name a person holding a position in the entry.
const PERSON_LABELS: &[&str] = &[
    "管理者",
    "実施責任者",
    "理事長",
    "代表取締役",
    "代表理事",
    "代表者",
];
static TITLE_AT_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(.+?)\s*(管理者|実施責任者|院長|施設長)$"));
static TITLE_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(理事長|代表理事|代表取締役|代表者|実施責任者|管理者)\s*:?\s*(.+)$"));
static FACILITY_NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"F[A-Z]\d{5,9}"));

/// Whether the page is laid out as a bureau order.
pub fn is_bureau_order(lines: &[String]) -> bool {
    section(lines).is_some_and(|(a, b)| {
        let labels = LABEL.captures_iter(&lines[a..b].join("\n")).count();
        lines[a..b].iter().any(|l| SECTION_START.is_match(l)) || labels >= 2
    }) || lines.iter().any(|l| SECTION_START.is_match(l))
}

/// The lines of the addressees' section: after `第1 被処分者等` (or `記`) up
/// to the next numbered section.
fn section(lines: &[String]) -> Option<(usize, usize)> {
    let start = lines
        .iter()
        .position(|l| SECTION_START.is_match(l))
        .or_else(|| lines.iter().position(|l| l == "記"))?
        + 1;
    let end = lines[start..]
        .iter()
        .position(|l| SECTION_NEXT.is_match(l) && !LABEL.is_match(&format!("{l} ")))
        .map_or(lines.len(), |i| start + i);
    Some((start, end))
}

/// The parenthesised groups at the top level of `s`, with the text outside them.
fn groups(s: &str) -> (String, Vec<String>) {
    let (mut outside, mut inside, mut out) = (String::new(), String::new(), Vec::new());
    let mut depth = 0usize;
    for c in s.chars() {
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

/// Plan names in a `計画名` value: one per line, or several on a line in 「」
/// or separated by 、 / 及び.
pub fn split_plans(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in value.lines() {
        let toks = lex(line);
        let quoted: Vec<String> = toks
            .iter()
            .filter(|t| matches!(t.tok, Tok::Name { quoted: true, .. }))
            .map(|t| clean(&t.text))
            .collect();
        if !quoted.is_empty() {
            out.extend(quoted);
            continue;
        }
        for part in line.split(['、', ',']) {
            for p in part.split("及び").flat_map(|x| x.split("並びに")) {
                let p = clean(p.trim_start_matches('・'));
                if p.chars().count() >= 2 {
                    out.push(p);
                }
            }
        }
    }
    out.dedup();
    // `再生医療等提供計画9件(個々の計画名は省略)` counts plans; it names none.
    out.retain(|p| !(p.contains("省略") || p.contains("件") && p.contains("計画")));
    out
}

/// Reads the labelled entries of `第1 被処分者等`.
pub fn read(lines: &[String], text: &str) -> Parsed {
    let (basis, violations) = articles(text);
    let mut p = Parsed {
        articles: basis,
        violations,
        ..Parsed::default()
    };
    for line in lines {
        for r in read_line(line).renames {
            super::push_rename(&mut p.renames, r);
        }
    }
    let (start, end) = section(lines).unwrap_or((0, lines.len()));
    let section = lines[start..end].join("\n");

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
        fields.push((label.as_str().replace([' ', '\n'], ""), value));
    }
    let mut entries: Vec<Vec<(String, String)>> = Vec::new();
    for (label, value) in fields {
        let starts = label == "氏名" || label == "名称" || label == "医療機関名";
        let new_entry = match entries.last() {
            None => true,
            Some(e) => {
                starts
                    && e.iter().any(|(l, _)| {
                        ["処分内容", "氏名", "名称", "医療機関名"].contains(&l.as_str())
                    })
            }
        };
        if new_entry {
            entries.push(Vec::new());
        }
        if let Some(e) = entries.last_mut() {
            e.push((label, value));
        }
    }

    for entry in &entries {
        let get = |l: &str| entry.iter().find(|(k, _)| k == l).map(|(_, v)| v.as_str());
        let address = get("所在地")
            .and_then(|v| v.lines().next())
            .map(clean)
            .filter(|a| looks_like_address(a) || place_of_address(a).is_some());
        let place = address.as_deref().and_then(names::place_of_address);
        let address = address.filter(|a| looks_like_address(a));
        let (entry_articles, _) = articles(get("処分内容").unwrap_or(""));
        let entry_plans = get("計画名").map(split_plans).unwrap_or_default();
        let facility_number = get("施設番号")
            .or_else(|| get("施設名"))
            .and_then(|v| FACILITY_NUMBER.find(v).map(|m| m.as_str().to_string()));
        for plan in &entry_plans {
            push_unique(&mut p.plans, plan.clone());
        }
        let details = |s: Subject| Subject {
            plans: entry_plans.clone(),
            articles: entry_articles.clone(),
            ..s
        };
        if get("氏名").is_none() && get("名称").is_none() && get("医療機関名").is_none() {
            // `施 設 名 X` alone (a closure notice): the facility, its operator in its name.
            if let Some(facility) = get("施設名") {
                let facility = FACILITY_NUMBER
                    .replace(facility.lines().next().unwrap_or(""), "")
                    .to_string();
                let facility = strip_former(
                    facility.trim_end_matches([' ', '(', ')', ':']),
                    &mut p.renames,
                );
                let operator = split_operator(&facility).0;
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
        // `管理者 佐々木 智子` rows: the person holds the position at the
        // entry's clinic (管理者, 実施責任者) or operator (理事長, 代表者 …).
        let manager_of = get("氏名").and_then(|v| {
            groups(&v.replace('\n', " ")).1.iter().rev().find_map(|g| {
                TITLE_AT_END
                    .captures(g)
                    .map(|c| strip_former(&c[1], &mut Vec::new()))
            })
        });
        let entry_clinic = get("医療機関名")
            .map(|v| groups(&v.replace('\n', " ")).0)
            .map(|n| strip_former(&n, &mut Vec::new()))
            .map(|n| n.trim_matches(['「', '」', '『', '』']).to_string())
            .or(manager_of);
        let entry_operator = get("名称")
            .map(|v| groups(&v.replace('\n', " ")).0)
            .map(|n| strip_former(&n, &mut Vec::new()));
        for (label, value) in entry
            .iter()
            .filter(|(l, _)| PERSON_LABELS.contains(&l.as_str()))
        {
            let name = clean(value.lines().next().unwrap_or(""));
            let of = if matches!(label.as_str(), "管理者" | "実施責任者") {
                entry_clinic.clone().or(entry_operator.clone())
            } else {
                entry_operator.clone().or(entry_clinic.clone())
            };
            if let Some(of) = of.filter(|_| !omitted(&name) && !name.is_empty()) {
                push_unique(
                    &mut p.persons,
                    Person {
                        name,
                        title: label.clone(),
                        of,
                    },
                );
            }
        }
        if let Some(clinic) = get("医療機関名") {
            // `医療機関名 「X」(…から改称)`: the clinic named directly.
            let reading = read_line(&clean(&clinic.replace('\n', " ")));
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
            let operator = split_operator(&name).0;
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
            let Some((title, clinic)) = gs.iter().rev().find_map(|g| {
                TITLE_AT_END
                    .captures(g)
                    .map(|c| (c[2].to_string(), c[1].to_string()))
            }) else {
                continue;
            };
            let name = strip_former(&clinic, &mut p.renames);
            let operator = split_operator(&name).0;
            let person_name = clean(&person_name);
            if !omitted(&person_name) && !person_name.is_empty() {
                push_unique(
                    &mut p.persons,
                    Person {
                        name: person_name,
                        title,
                        of: name.clone(),
                    },
                );
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
            let (operator, gs) = groups(&op_value.replace('\n', " "));
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
                push_unique(
                    &mut p.persons,
                    Person {
                        name,
                        title,
                        of: operator.clone(),
                    },
                );
            }
            match get("施設名") {
                Some(facility) => {
                    let facility = FACILITY_NUMBER
                        .replace(facility.lines().next().unwrap_or(""), "")
                        .to_string();
                    let facility = strip_former(
                        facility.trim_end_matches([' ', '(', ')', ':']),
                        &mut p.renames,
                    );
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
                    let role = role_for(&operator, &entry_articles);
                    add_subject(
                        &mut p.subjects,
                        details(Subject {
                            address: address.clone(),
                            ..subject(&operator, role, place.clone())
                        }),
                    );
                }
            }
        }
    }
    add_operators(&mut p.subjects);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_on_one_line() {
        assert_eq!(
            split_plans("「A療法」、「B療法」及び「C療法」"),
            vec!["A療法", "B療法", "C療法"]
        );
        assert_eq!(split_plans("A療法、B療法"), vec!["A療法", "B療法"]);
        assert_eq!(
            split_plans("「悪性腫瘍の予防に対する自家NK細胞療法"),
            vec!["悪性腫瘍の予防に対する自家NK細胞療法"]
        );
    }
}
