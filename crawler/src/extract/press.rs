//! The MHLW press-release layout (報道発表資料): parties are named in running
//! text, in 「」 with a parenthesis of attributes (place, former names,
//! operator, manager), and plans in a section such as 【提供の一時停止を命じた再生医療等】.

use std::sync::LazyLock;

use regex::Regex;

use super::mention::{Mention, looks_like_address, read_line};
use super::reading::{ACT, articles};
use super::{Parsed, add_operators, add_subject, push_unique, role_for, subject};
use crate::names::{self, clean, looks_like_plan, split_operator};
use crate::record::{Role, Subject};

/// `所在地:香川県高松市朝日町五丁目3番14号` on the line after a party.
static LOCATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[・○◯\s]*(?:所\s?在\s?地|住\s?所)\s*:\s*(\S.*)$")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// Words between an operator's name and the facility it runs: `X が開設する「Y」`.
const OPERATES: &[&str] = &[
    "が開設する",
    "の開設する",
    "が開設している",
    "が運営する",
    "の運営する",
    "が設置する",
    "の設置する",
    "の",
];

/// Reads the parties, plans, renames and people of a press release.
pub fn read(lines: &[String]) -> Parsed {
    let (basis, violations) = articles(&lines.join("\n"));
    let mut p = Parsed {
        articles: basis,
        violations,
        ..Parsed::default()
    };
    // `【提供の一時停止を命じた再生医療等】`: what follows names plans.
    let mut in_plans = false;
    // The parties the previous line named: a `所在地:…` line after them is theirs.
    let mut previous: Vec<String> = Vec::new();
    let mut stated_operator: Option<String> = None;
    // Roles the articles a party is ordered under give it, wherever on the page.
    let mut governed_roles: Vec<(String, Role)> = Vec::new();
    for line in lines {
        if let Some(c) = LOCATED.captures(line) {
            let value = clean(&c[1]);
            if let [name] = previous.as_slice() {
                let key = names::name_key(name);
                if let Some(s) = p
                    .subjects
                    .iter_mut()
                    .find(|s| s.role != Role::Operator && names::name_key(&s.name) == key)
                {
                    if looks_like_address(&value) {
                        s.address.get_or_insert(value.clone());
                    }
                    if let Some(place) = names::place_of_address(&value) {
                        s.place.get_or_insert(place);
                    }
                }
            }
            continue;
        }
        let mut here = Vec::new();
        let mut line = line.clone();
        if line.starts_with('【') {
            let heading = line.split('】').next().unwrap_or("");
            in_plans = ["再生医療等", "計画", "治療"]
                .iter()
                .any(|w| heading.ends_with(w))
                && !heading.contains("機関")
                && !heading.contains("施設");
            // `【提供の一時停止を命じた再生医療等】「X」`: the plans on the
            // heading's own line are read as those under it.
            match line.split_once('】') {
                Some((_, rest)) if in_plans && !rest.trim().is_empty() => {
                    line = rest.trim().to_string();
                }
                _ => continue,
            }
        }
        let line = &super::bureau::bullet_as_quote(&line).unwrap_or_else(|| line.clone());
        let reading = read_line(line);
        for r in reading.renames {
            super::push_rename(&mut p.renames, r);
        }
        // An operator stated on its own holds for the parties named after it
        // that state none of their own; the people it names are its own.
        for (op, persons) in &reading.operators {
            stated_operator = Some(op.clone());
            for (title, name) in persons {
                super::add_person(&mut p.persons, title, name, op);
            }
        }
        super::resolve_anaphora(&mut p, &reading.anaphoric);
        let ms = &reading.mentions;
        for (i, m) in ms.iter().enumerate() {
            if m.definition || m.former || m.name.contains(ACT) || m.name.chars().count() < 2 {
                continue;
            }
            // Under a plans heading a quoted name is a plan, unless it names
            // a party (`「株式会社X 港北細胞加工センター」で製造された…`).
            let party_like = names::looks_like_facility(&m.name)
                || split_operator(&m.name).0.is_some()
                || m.attrs != super::mention::Attrs::default();
            if looks_like_plan(&m.name) || (in_plans && m.quoted && !party_like) {
                push_unique(&mut p.plans, crate::names::plan_name(&m.name));
                continue;
            }
            // An aside only adds a spelling to a party named elsewhere; so
            // does a party of a merger (`医療法人Aに吸収合併された`,
            // `医療法人Bを吸収合併`): a merger is context, not an order.
            if (m.aside || merged(line, m))
                && !p
                    .subjects
                    .iter()
                    .any(|s| names::name_key(&s.name) == names::name_key(&m.name))
            {
                continue;
            }
            // `医療法人X が開設する「Y」`: X is Y's operator, not a party of its
            // own here; the people its parenthesis names are its own.
            if !m.quoted
                && ms
                    .get(i + 1)
                    .is_some_and(|next| next.quoted && operates(line, m, next))
            {
                for (title, name) in &m.attrs.persons {
                    super::add_person(&mut p.persons, title, name, &m.name);
                }
                continue;
            }
            let runner_before = i
                .checked_sub(1)
                .and_then(|j| ms.get(j))
                .filter(|prev| !prev.quoted && operates(line, prev, m));
            // `Xが鹿児島市中央町19番地4に設置する「Y」`: where X set Y up.
            let set_up_at = runner_before.and_then(|prev| set_up_at(line, prev, m));
            let operator = m
                .attrs
                .operator
                .clone()
                .or_else(|| runner_before.map(|prev| prev.name.clone()))
                .or_else(|| {
                    // `「X」(…)を運営する株式会社Y`: the operator named after.
                    ms.get(i + 1)
                        .filter(|next| !next.quoted && operated_by(line, m, next))
                        .map(|next| next.name.clone())
                })
                .or_else(|| split_operator(&m.name).0)
                .or_else(|| {
                    // `(2) 細胞培養加工施設(設置者:X)` before it, `開設者であるX` in the lead.
                    stated_operator
                        .clone()
                        .filter(|_| !names::is_legal_entity(&m.name))
                });
            let governed = (!names::looks_like_facility(&m.name)
                && !names::is_legal_entity(&m.name))
            .then(|| governing_role(line, ms, i))
            .flatten();
            if let Some(r) = governed {
                governed_roles.push((names::name_key(&m.name), r));
            }
            let role = governed.unwrap_or_else(|| role_for(&m.name, &p.articles));
            // `(所在地:同上)`: where the party named before it is.
            let (mut place, mut address) = (m.attrs.place.clone(), m.attrs.address.clone());
            if m.attrs.same_place {
                let key = names::name_key(&m.name);
                if let Some(prev) = p
                    .subjects
                    .iter()
                    .rev()
                    .find(|s| s.role != Role::Operator && names::name_key(&s.name) != key)
                {
                    place = place.or(prev.place.clone());
                    address = address.or(prev.address.clone());
                }
            }
            let address = address.or(set_up_at.clone());
            let place = place.or(set_up_at.as_deref().and_then(names::place_of_address));
            for (title, name) in &m.attrs.persons {
                // A representative is the operator's; a manager the clinic's.
                let of_operator = ["理事長", "代表取締役", "代表理事", "代表者", "会長", "学長"]
                    .contains(&title.as_str());
                let of = match (&operator, of_operator) {
                    (Some(op), true) => op.clone(),
                    _ => m.name.clone(),
                };
                super::add_person(&mut p.persons, title, name, &of);
            }
            for plan in &m.attrs.plans {
                push_unique(&mut p.plans, plan.clone());
            }
            if role != Role::Operator {
                here.push(m.name.clone());
            }
            add_subject(
                &mut p.subjects,
                Subject {
                    operator,
                    address,
                    facility_number: m.attrs.facility_number.clone(),
                    plans: m.attrs.plans.clone(),
                    ..subject(&m.name, role, place)
                },
            );
        }
        previous = here;
    }
    // A party first named in the lead (no article there) is of the kind its
    // order's article says.
    for s in p.subjects.iter_mut() {
        let key = names::name_key(&s.name);
        if let Some((_, r)) = governed_roles.iter().find(|(k, _)| *k == key)
            && matches!(s.role, Role::Clinic | Role::CellProcessingFacility)
        {
            s.role = *r;
        } else if s.role == Role::Clinic && s.facility_number.is_some() {
            // A facility number (FA…, FC…) is given to a cell-processing
            // facility only (法第35条, 第40条): a party printed with one is a
            // facility, whatever its name ends in.
            s.role = Role::CellProcessingFacility;
        }
    }
    add_operators(&mut p.subjects);
    merge_renamed(&mut p);
    super::plans::plans_by_party(lines, &mut p);
    super::plans::plans_under_party(lines, &mut p);
    super::plans::plans_of_the_only_clinic(&mut p);
    p
}

/// Whether a mention is named in a sentence that states a merger (`Aは、
/// DATEに Bに吸収合併された`, `AがBを吸収合併`) and orders nothing: a merger
/// is context, and its parties are parties of the notice only where the
/// page names them so elsewhere.
fn merged(line: &str, m: &Mention) -> bool {
    let start = line[..m.start.min(line.len())]
        .rfind('。')
        .map_or(0, |k| k + '。'.len_utf8());
    let end = line
        .get(m.end..)
        .and_then(|rest| rest.find('。'))
        .map_or(line.len(), |k| m.end + k);
    let sentence = line.get(start..end).unwrap_or("");
    sentence.contains("合併")
        && !["命じ", "命令", "に対し"]
            .iter()
            .any(|w| sentence.contains(w))
}

/// Whether the text between two mentions says the first operates the second.
fn operates(line: &str, first: &Mention, second: &Mention) -> bool {
    if first.end > second.start || !names::is_legal_entity(&first.name) {
        return false;
    }
    // The operator's own parenthesis (`株式会社X（代表取締役 Y）`) sits between.
    let after_attrs = line[first.end..second.start]
        .rfind(')')
        .map_or(first.end, |i| first.end + i + 1);
    let between = line[after_attrs..second.start].trim();
    // `医療法人ネオポリス診療所が開設する「銀座クリニック」` (the bare name may stop
    // before が), or with words between: `…が鹿児島市中央町19番地4に設置する細胞培養加工施設「X」`.
    OPERATES.contains(&between)
        || between.is_empty()
        || (between.starts_with('が')
            && ["設置する", "開設する", "運営する"]
                .iter()
                .any(|w| between.contains(w))
            && !between.contains('。'))
}

/// The role the article an order names a party under gives it: `法第47条に
/// 基づき「X」に対して` (manufacturing: a facility), `「X」に対し法第22条に
/// 基づく` (provision: a clinic). The article is the last one between the
/// previous party (or the sentence's start) and this one, else the first
/// after `に対し` up to the next party.
fn governing_role(line: &str, ms: &[Mention], i: usize) -> Option<Role> {
    let m = ms.get(i)?;
    // Clauses end at 。 and at an object's を: `「A」に対し法第22条に基づく…を、
    // 「B」に対し法第47条…`.
    let from = i
        .checked_sub(1)
        .and_then(|j| ms.get(j))
        .map_or(0, |prev| prev.end)
        .max(
            line[..m.start]
                .rfind('。')
                .map_or(0, |k| k + '。'.len_utf8()),
        )
        .max(
            line[..m.start]
                .rfind("を、")
                .map_or(0, |k| k + "を、".len()),
        );
    let before = line.get(from..m.start).unwrap_or("");
    let to = ms.get(i + 1).map_or(line.len(), |next| next.start);
    let after = line.get(m.end..to.max(m.end)).unwrap_or("");
    let after = after.split(['。', 'を']).next().unwrap_or("");
    let role = |text: &str, last: bool| {
        let mut found =
            ARTICLE_NUMBER
                .captures_iter(text)
                .filter_map(|c| match c[1].parse::<u32>().ok()? {
                    22 | 23 => Some(Role::Clinic),
                    47..=49 => Some(Role::CellProcessingFacility),
                    _ => None,
                });
        if last { found.last() } else { found.next() }
    };
    after
        .trim_start()
        .starts_with("に対")
        .then(|| role(after, false))
        .flatten()
        .or_else(|| role(before, true))
}

static ARTICLE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第\s*(\d+)\s*条").unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// The address between an operator and the facility it set up at it:
/// `Xが鹿児島市中央町19番地4に設置する「Y」`.
fn set_up_at(line: &str, first: &Mention, second: &Mention) -> Option<String> {
    let between = line.get(first.end..second.start)?;
    let after_attrs = between.rfind(')').map_or(0, |i| i + 1);
    let between = between[after_attrs..].trim().strip_prefix('が')?;
    let at = ["に設置", "に開設", "において運営", "で運営"]
        .iter()
        .filter_map(|w| between.find(w))
        .min()?;
    let place = clean(&between[..at]);
    looks_like_address(&place).then_some(place)
}

/// Whether the text between two mentions says the second runs the first:
/// `「X」(…)を運営する株式会社Y`.
fn operated_by(line: &str, first: &Mention, second: &Mention) -> bool {
    if first.end > second.start || !names::is_legal_entity(&second.name) {
        return false;
    }
    let after_attrs = line[first.end..second.start]
        .rfind(')')
        .map_or(first.end, |i| first.end + i + 1);
    let between = line[after_attrs..second.start].trim();
    between.starts_with('を')
        && ["運営", "開設", "設置"].iter().any(|w| between.contains(w))
        && between.chars().count() <= 10
        && !between.contains('。')
}

/// A party named under its old and its new name on one page is one party:
/// the new name stays, the old is a rename.
pub(crate) fn merge_renamed(p: &mut Parsed) {
    for r in &p.renames {
        let (old, new) = (names::name_key(&r.old), names::name_key(&r.new));
        // A party's operator is known by its new name too.
        for s in p.subjects.iter_mut() {
            if s.operator.as_deref().map(names::name_key) == Some(old.clone()) {
                s.operator = Some(r.new.clone());
            }
        }
        let find = |k: &str, subjects: &[Subject]| {
            subjects.iter().position(|s| names::name_key(&s.name) == k)
        };
        match (find(&old, &p.subjects), find(&new, &p.subjects)) {
            (Some(i), Some(j)) if i != j => {
                let gone = p.subjects.remove(i);
                let j = if i < j { j - 1 } else { j };
                let mut s = p.subjects.remove(j);
                s.place = s.place.or(gone.place);
                s.address = s.address.or(gone.address);
                s.operator = s.operator.or(gone.operator);
                s.facility_number = s.facility_number.or(gone.facility_number);
                for plan in gone.plans {
                    if !s.plans.contains(&plan) {
                        s.plans.push(plan);
                    }
                }
                // Where the page first addressed it.
                p.subjects.insert(i.min(p.subjects.len()), s);
            }
            (Some(i), None)
                if p.subjects[i].role != Role::Operator || names::is_legal_entity(&r.new) =>
            {
                // Only the old name is a party here: it is known by its new name now.
                let s = &mut p.subjects[i];
                s.spellings.retain(|x| names::name_key(x) != new);
                s.name = r.new.clone();
                if s.role == Role::Clinic && super::looks_like_facility(&r.old) {
                    s.role = Role::CellProcessingFacility;
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties(text: &str) -> Vec<(String, Role, Option<String>, Option<String>)> {
        let lines: Vec<String> = text.lines().map(clean).collect();
        read(&lines)
            .subjects
            .into_iter()
            .map(|s| (s.name, s.role, s.operator, s.address))
            .collect()
    }

    #[test]
    fn the_article_a_party_is_ordered_under_gives_its_role() {
        let got = parties(
            "本日付けで、法第22条に基づき「すずかけ通りクリニック」に対して提供の一時停止を、法第47条に基づき「北辰ラボ」に対して製造の一時停止を命じました。",
        );
        assert_eq!(got[0].1, Role::Clinic);
        assert_eq!(got[1].1, Role::CellProcessingFacility);
        let got = parties("「北辰ラボ」に対し法第47条に基づく製造の一時停止を命じました。");
        assert_eq!(got[0].1, Role::CellProcessingFacility);
    }

    #[test]
    fn operators_before_and_after_and_where_they_set_up() {
        let got = parties(
            "「さがみ野ラボ」（神奈川県相模原市南区）を運営する株式会社さがみ野バイオに対し、法第48条第2項に基づく改善命令を行いました。",
        );
        assert_eq!(got[0].2.as_deref(), Some("株式会社さがみ野バイオ"));
        let got = parties(
            "株式会社さつまセルテック（代表取締役 桜島 広志）が鹿児島市中央町19番地4に設置する細胞培養加工施設「鹿児島中央細胞加工所」に対し、業務の停止を命じました。",
        );
        let facility = got
            .iter()
            .find(|s| s.1 == Role::CellProcessingFacility)
            .unwrap();
        assert_eq!(facility.2.as_deref(), Some("株式会社さつまセルテック"));
        assert_eq!(facility.3.as_deref(), Some("鹿児島市中央町19番地4"));
    }
}
