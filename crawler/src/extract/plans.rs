//! Plans (再生医療等提供計画) and the parties they belong to. A notice lists
//! plans under a label (`計画名`), under a heading (`【提供の一時停止を命じた
//! 再生医療等】`, `2 対象となる再生医療等提供計画（Xクリニック）`), one per
//! line or several on a line; it ties them to a party by naming it — in the
//! heading's parenthesis, before a colon (`X：「plan」`) or after the plan
//! (`「plan」（X）`) — or by addressing only one clinic.

use super::Parsed;
use super::labels::{label_class, strip_numbering};
use super::lexer::{Tok, lex};
use super::push_unique;
use crate::names::{self, clean};
use crate::record::Role;

/// Words a plan's name cannot end on (`…を用いた` / `変形性膝関節症の治療`):
/// a line ending on one was wrapped by the page (a `<pre>` letter, a PDF's
/// text), and the next line goes on with the same name.
const UNFINISHED: [&str; 9] = [
    "を用いた",
    "による",
    "に対する",
    "における",
    "の",
    "及び",
    "並びに",
    "と",
    "を",
];

/// The value's lines, each wrapped name joined again.
fn wrapped(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // `(1) X` / `② Y`: the numbering of a list of plans is not their name.
    for line in value.lines().map(strip_numbering) {
        match out.last_mut() {
            Some(last)
                if UNFINISHED.iter().any(|w| last.trim_end().ends_with(w))
                    && !line
                        .trim_start()
                        .starts_with(['・', '○', '◯', '-', '「', '『']) =>
            {
                let joined = format!("{}{}", last.trim_end(), line.trim_start());
                *last = joined;
            }
            _ => out.push(line.to_string()),
        }
    }
    out
}

/// Plan names in a `計画名` value: one per line, or several on a line in 「」
/// or separated by 、 / 及び.
pub fn split_plans(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    // The first line, then list items and lines that read as plan names
    // (a second plan written under the first): any other line after a
    // list is the page going on, not another plan.
    for (n, line) in wrapped(value).iter().map(String::as_str).enumerate() {
        let item = line
            .trim_start()
            .starts_with(['・', '○', '◯', '-', '「', '『']);
        let plan_like = crate::names::looks_like_plan(line)
            && !line.contains('。')
            && line.chars().count() <= 80;
        if n > 0 && !item && !plan_like {
            break;
        }
        let toks = lex(line);
        let quoted: Vec<String> = toks
            .iter()
            .filter(|t| matches!(t.tok, Tok::Name { quoted: true, .. }))
            .map(|t| clean(&t.text))
            .collect();
        if !quoted.is_empty() {
            out.extend(quoted.iter().map(|q| crate::names::plan_name(q)));
            continue;
        }
        // `A／B` (NFKC: `/`) lists plans as `、` does.
        for part in line.split(['、', ',', '/', '／']) {
            for p in part.split("及び").flat_map(|x| x.split("並びに")) {
                let p = crate::names::plan_name(p);
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

/// The plans of a notice that addresses one clinic are that clinic's plans.
pub(crate) fn plans_of_the_only_clinic(p: &mut Parsed) {
    let mut clinics = p.subjects.iter_mut().filter(|s| s.role == Role::Clinic);
    if let (Some(s), None) = (clinics.next(), clinics.next()) {
        for plan in &p.plans {
            if !s.plans.contains(plan) {
                s.plans.push(plan.clone());
            }
        }
    }
}

/// `・ふしみ桃山再生クリニック:「腰部脊柱管狭窄症に対する…」`: a line that
/// names a party, a colon and plans ties those plans to that party.
pub(crate) fn plans_by_party(lines: &[String], p: &mut Parsed) {
    for line in lines {
        let bare = line.trim_start_matches(['・', '○', '◯', '-', ' ']);
        let Some((head, rest)) = bare.split_once(':') else {
            continue;
        };
        let key = names::name_key(head.trim_matches(['「', '」', '『', '』', ' ']));
        if key.chars().count() < 3 {
            continue;
        }
        let plans = split_plans(rest.trim());
        if plans.is_empty() || !plans.iter().all(|x| names::looks_like_plan(x)) {
            continue;
        }
        let party = p.subjects.iter_mut().find(|s| {
            let k = names::name_key(&s.name);
            s.role != Role::Operator && (k == key || k.ends_with(&key))
        });
        if let Some(s) = party {
            for plan in plans {
                if !s.plans.contains(&plan) {
                    s.plans.push(plan.clone());
                }
                push_unique(&mut p.plans, plan);
            }
        }
    }
}

/// `2 対象となる再生医療等提供計画（たまプラーザ再生クリニック）` over
/// `① …の治療` / `② …の治療`, and `「…の治療」（みなとみらい幹細胞クリニック）`:
/// plans listed under a heading that names their party, or each followed by
/// the party in a parenthesis. The party may be named by its short name
/// (without its operator): it is the subject whose name ends so.
pub(crate) fn plans_under_party(lines: &[String], p: &mut Parsed) {
    let mut heading_party: Option<String> = None;
    for line in lines {
        let body = strip_numbering(line).trim_matches(['【', '】', ' ']);
        // A heading naming plans, with its party in a closing parenthesis.
        if let Some((head, party)) = trailing_paren(body)
            && label_class(head) == Some("計画名")
        {
            heading_party = Some(party);
            continue;
        }
        let item = body.len() < line.len() || line.starts_with(['・', '「', '『']);
        let (plan_part, party) = match trailing_paren(body) {
            Some((head, party)) if party_of(p, &party).is_some() => (head, Some(party)),
            _ => (body, None),
        };
        let plan = names::plan_name(plan_part.trim_start_matches(['・', ' ']));
        if !item || !names::looks_like_plan(&plan) || plan.contains('。') {
            if !item {
                heading_party = None;
            }
            continue;
        }
        let Some(party) = party.or(heading_party.clone()) else {
            continue;
        };
        if let Some(i) = party_of(p, &party) {
            let s = &mut p.subjects[i];
            if !s.plans.contains(&plan) {
                s.plans.push(plan.clone());
            }
            push_unique(&mut p.plans, plan);
        }
    }
}

/// `X（Y）`: the text before a closing parenthesis and what it holds.
fn trailing_paren(s: &str) -> Option<(&str, String)> {
    let s = s.trim_end();
    let inner = s.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let party = clean(&inner[open + 1..]);
    (!party.is_empty()).then(|| (inner[..open].trim_end(), party))
}

/// The subject (not an operator) a short name stands for.
fn party_of(p: &Parsed, short: &str) -> Option<usize> {
    let key = names::name_key(short);
    if key.chars().count() < 3 {
        return None;
    }
    p.subjects.iter().position(|s| {
        let k = names::name_key(&s.name);
        s.role != Role::Operator && (k == key || k.ends_with(&key))
    })
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
        assert_eq!(split_plans("A療法／B療法"), vec!["A療法", "B療法"]);
        assert_eq!(
            split_plans("「悪性腫瘍の予防に対する自家NK細胞療法"),
            vec!["悪性腫瘍の予防に対する自家NK細胞療法"]
        );
    }
}
