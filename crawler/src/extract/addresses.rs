//! Addresses stated away from the party's name: a `所在地` row whose value
//! sits on the same line or the next (`医療機関の所在地` over its `<dd>`), a
//! row labelled in brackets (`＜所在地＞ X`, `（エ）所在地 X`), a 【参考】 block,
//! or an address alone on its line under its party. Read after the layout
//! found the parties; each address goes to the party of the kind its label
//! names (医療機関 a clinic, 施設 a facility), else to the nearest party
//! printed above it, else to the only party that is not an operator — and
//! only to a party that has no address yet. Operators get none: the page
//! states where the clinic is, not where its operator is registered.

use super::Parsed;
use super::mention::looks_like_address;
use crate::names::{self, clean};
use crate::record::Role;

/// A name's key without spaces, for finding it inside running text.
fn key(s: &str) -> String {
    names::name_key(s).replace(' ', "")
}

/// `＜所在地＞`, `【所在地】`, `(エ)所在地`, `2. 所在地:`: the label and the
/// rest of the line, when the line opens with a place label.
fn place_label(line: &str) -> Option<(String, String)> {
    let body = super::labels::strip_numbering(line.trim());
    // `(エ)`, `ア`: katakana item marks.
    let body = body
        .strip_prefix('(')
        .and_then(|b| b.split_once(')'))
        .filter(|(mark, _)| mark.chars().count() <= 2)
        .map_or(body, |(_, rest)| rest)
        .trim_start();
    let body = body.trim_start_matches(['<', '＜', '【', '[', '〈']);
    let end = body
        .find(['>', '＞', '】', ']', '〉', ':', ' '])
        .unwrap_or(body.len());
    let label = clean(&body[..end]);
    let rest = body[end..]
        .trim_start_matches(['>', '＞', '】', ']', '〉', ':', ' '])
        .trim();
    let is_place = (label.ends_with("所在地") || label.ends_with("住所"))
        && label.chars().count() <= 12
        && ![
            "事務所",
            "本店",
            "法人",
            "事業者",
            "開設者",
            "設置者",
            "連絡先",
        ]
        .iter()
        .any(|w| label.contains(w));
    is_place.then(|| (label, rest.to_string()))
}

/// Whether a line is an address and nothing else (`山形県山形市香澄町3−8−12 ざおうビル2階`).
fn address_alone(line: &str) -> bool {
    let l = clean(line);
    looks_like_address(&l)
        && names::place_of_address(&l).is_some_and(|p| l.replace(' ', "").starts_with(&p))
        && !l.contains(['。', '、', '「', '」', '(', ')'])
        && l.chars().count() <= 60
}

/// Fills in the addresses the page states away from its parties' names.
pub(crate) fn resolve(lines: &[String], p: &mut Parsed) {
    if p.subjects.iter().all(|s| s.role == Role::Operator) {
        return;
    }
    let keys: Vec<String> = lines.iter().map(|l| key(l)).collect();
    for (i, line) in lines.iter().enumerate() {
        let (label, value) = match place_label(line) {
            Some((label, value)) if !value.is_empty() => (label, value),
            // `医療機関の所在地` alone: its value on the next line.
            Some((label, _)) => match lines.get(i + 1) {
                Some(next) => (label, next.clone()),
                None => continue,
            },
            None if address_alone(line) => (String::new(), line.clone()),
            None => continue,
        };
        let value = clean(&value);
        if !looks_like_address(&value) {
            continue;
        }
        let wants = if label.contains("医療機関") || label.contains("診療所") {
            Some(Role::Clinic)
        } else if label.contains("施設") {
            Some(Role::CellProcessingFacility)
        } else {
            None
        };
        let fits =
            |r: Role| r != Role::Operator && r != Role::Person && wants.is_none_or(|w| w == r);
        // The nearest party printed on this line or the five above it.
        let above = (i.saturating_sub(5)..=i).rev().find_map(|j| {
            p.subjects
                .iter()
                .enumerate()
                .filter(|(_, s)| fits(s.role))
                .filter(|(_, s)| {
                    let k = key(&s.name);
                    !k.is_empty() && keys[j].contains(&k)
                })
                .max_by_key(|(_, s)| key(&s.name).len())
                .map(|(n, _)| n)
        });
        let only: Vec<usize> = (0..p.subjects.len())
            .filter(|&n| fits(p.subjects[n].role))
            .collect();
        let target = above.or_else(|| (only.len() == 1).then(|| only[0]));
        let Some(n) = target else { continue };
        let s = &mut p.subjects[n];
        if s.address.is_none() {
            s.place = s.place.clone().or_else(|| names::place_of_address(&value));
            s.address = Some(value);
        }
    }
}
