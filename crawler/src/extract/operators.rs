//! Operators stated once for several parties, and only where the text says
//! so: `医療法人財団X(理事長 Y)が開設する下記の2診療所に対し`, `Xが開設する3つの
//! 再生医療等提供機関`, a heading `…提供機関(開設者:X)` over a table of
//! clinics. The operator then runs every clinic (or facility, for 設置する)
//! of the page that states none of its own. Also: a facility inside a clinic
//! and named after it (`「GAIA CLINIC 新宿 セルラボ」` beside `「医療法人社団 恒青会
//! GAIA CLINIC 新宿」`) is run by the clinic's operator.

use super::lexer::{Kw, Tok, lex};
use super::{Parsed, add_subject, subject};
use crate::names::{self, clean};
use crate::record::Role;

/// Verbs saying the name before them runs what follows.
const RUNS: &[(&str, bool)] = &[
    ("が開設する", false),
    ("の開設する", false),
    ("が開設している", false),
    ("が運営する", false),
    ("が設置する", true),
    ("の設置する", true),
];

/// Words for parties in general (not a party's own name).
const GENERIC: &[&str] = &["診療所", "医療機関", "提供機関", "クリニック", "施設"];

/// Fills in operators stated for parties in general.
pub(crate) fn resolve(lines: &[String], p: &mut Parsed) {
    let mut stated: Vec<(String, bool)> = Vec::new();
    for line in lines {
        let toks = lex(line);
        for (i, t) in toks.iter().enumerate() {
            // `X(理事長 Y)が開設する下記の2診療所`: the verb after the name's parenthesis.
            if matches!(t.tok, Tok::Name { quoted: false, .. }) && names::is_legal_entity(&t.text) {
                let mut j = i + 1;
                if toks.get(j).is_some_and(|x| x.tok == Tok::Open) {
                    let mut depth = 0usize;
                    while let Some(x) = toks.get(j) {
                        match x.tok {
                            Tok::Open => depth += 1,
                            Tok::Close => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    j += 1;
                }
                // The lexer reads `が` / `の` as a particle of its own
                // (`X が 開設する下記4医療機関`): the verb follows it.
                let particle = toks
                    .get(j)
                    .filter(|x| x.is_kw(Kw::Topic) || x.text == "の")
                    .map(|x| x.text.clone());
                if particle.is_some() {
                    j += 1;
                }
                let Some(next) = toks.get(j).filter(|x| x.tok == Tok::Text) else {
                    continue;
                };
                let verb = format!("{}{}", particle.unwrap_or_default(), next.text);
                let Some((_, facility)) = RUNS.iter().find(|(v, _)| verb.starts_with(v)) else {
                    continue;
                };
                // What it runs is named in general, not by a name of its own.
                let rest = next.text.chars().take(24).collect::<String>();
                let named_next = toks.get(j + 1).is_some_and(|x| x.is_name())
                    && !GENERIC.iter().any(|g| rest.contains(g));
                if GENERIC.iter().any(|g| rest.contains(g)) && !named_next {
                    stated.push((clean(&t.text), *facility));
                }
            }
            // `…提供機関(開設者:X)` over a table: the parenthesis of a general word.
            if t.is_kw(Kw::Operator)
                && i >= 2
                && toks[i - 1].tok == Tok::Open
                && toks[i - 2].tok == Tok::Text
                && GENERIC.iter().any(|g| toks[i - 2].text.ends_with(g))
            {
                let value = toks[i + 1..]
                    .iter()
                    .find(|x| x.tok != Tok::Colon)
                    .filter(|x| x.is_name() && names::is_legal_entity(&x.text));
                if let Some(v) = value {
                    stated.push((clean(&v.text), t.text == "設置者"));
                }
            }
        }
    }
    stated.dedup();
    // Only one operator stated so: two would not say which runs which.
    if let [(op, facility)] = stated.as_slice() {
        let mut any = false;
        for s in p.subjects.iter_mut() {
            let fits = match s.role {
                Role::Clinic => true,
                Role::CellProcessingFacility => *facility,
                _ => false,
            };
            if fits && s.operator.is_none() {
                s.operator = Some(op.clone());
                any = true;
            }
        }
        if any {
            add_subject(&mut p.subjects, subject(op, Role::Operator, None));
        }
    }
    in_clinic_facilities(p);
    sentence_topics(lines, p);
}

/// The sentences of a line: up to each 。 outside parentheses and quotes
/// (`「X」(東京都中央区。以下「同院」という。)において…` is one sentence).
pub(crate) fn sentences(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '(' | '「' | '『' | '（' => depth += 1,
            ')' | '」' | '』' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == '。' && depth == 0 {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// `text` without its parenthesised asides (`X(以下「同社」という。)は` → `Xは`).
fn without_asides(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Verbs saying the sentence's topic opens or sets up what they govern.
const OPENS_BEFORE: &[&str] = &[
    "開設する",
    "設置する",
    "開設している",
    "設置している",
    "運営する",
];
const OPENS_AFTER: &[&str] = &["を開設", "を設置", "を運営"];

/// The operator as the subject of a narrative sentence: `医療法人社団X
/// は、その開設する「Y」において…`, `株式会社X(以下「同社」という。)は、…その設置
/// する細胞培養加工施設「Y」において`, `受託者である有限会社Xが、その設置する『Y』
/// で製造`, `一般社団法人Xは、…において『Y』を開設し`. The topic (an
/// operator of the page, then は or が) runs each clinic or facility of the
/// same sentence that its verb governs.
fn sentence_topics(lines: &[String], p: &mut Parsed) {
    let operators: Vec<(String, String)> = p
        .subjects
        .iter()
        .filter(|s| s.role == Role::Operator)
        .map(|s| (names::name_key(&s.name), s.name.clone()))
        .filter(|(k, _)| k.chars().count() >= 2)
        .collect();
    if operators.is_empty() {
        return;
    }
    for line in lines {
        for sentence in sentences(line) {
            let k = names::name_key(&without_asides(&sentence));
            // The topic: the first operator followed by は or が.
            let topic = operators
                .iter()
                .filter_map(|(ok, name)| {
                    k.match_indices(ok.as_str())
                        .map(|(at, _)| at + ok.len())
                        .find(|&end| k[end..].starts_with('は') || k[end..].starts_with('が'))
                        .map(|end| (end, name.clone()))
                })
                .min_by_key(|(end, _)| *end);
            let Some((from, op)) = topic else { continue };
            let others: Vec<String> = p
                .subjects
                .iter()
                .filter(|s| s.role != Role::Operator)
                .map(|s| names::name_key(&s.name))
                .filter(|k| k.chars().count() >= 3)
                .collect();
            for s in p.subjects.iter_mut() {
                if !matches!(s.role, Role::Clinic | Role::CellProcessingFacility)
                    || s.operator.is_some()
                {
                    continue;
                }
                let sk = names::name_key(&s.name);
                if sk.chars().count() < 3 {
                    continue;
                }
                let Some(at) = k[from..].find(&sk).map(|a| a + from) else {
                    continue;
                };
                // The verb just before the name (a few words of its kind
                // between: `その設置する細胞培養加工施設「Y」`), or just after it.
                let lead: String = k[from..at]
                    .chars()
                    .rev()
                    .take(24)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let governed_before = OPENS_BEFORE.iter().any(|v| {
                    lead.rfind(v).is_some_and(|i| {
                        let between = &lead[i + v.len()..];
                        // Only words of its kind between (`細胞培養加工施設`),
                        // never another party: `Xが設置する「A」及び「B」` sets up A.
                        between.chars().count() <= 10
                            && !between.contains(['は', 'が', 'を', 'に'])
                            && !between.contains("及び")
                            && !between.contains("並びに")
                            && !others.iter().any(|o| between.contains(o.as_str()))
                    })
                });
                let governed_after = OPENS_AFTER
                    .iter()
                    .any(|v| k[at + sk.len()..].starts_with(v));
                if governed_before || governed_after {
                    s.operator = Some(op.clone());
                }
            }
        }
    }
}

/// A facility named after a clinic of the page (its name opens with the
/// clinic's own name) is inside it, and run by the clinic's operator.
fn in_clinic_facilities(p: &mut Parsed) {
    let clinics: Vec<(String, String)> = p
        .subjects
        .iter()
        .filter(|s| s.role == Role::Clinic)
        .filter_map(|s| {
            let own = names::split_operator(&s.name).1;
            let own = if own.is_empty() { s.name.clone() } else { own };
            s.operator
                .clone()
                .map(|op| (names::name_key(&own).replace(' ', ""), op))
        })
        .filter(|(k, _)| k.chars().count() >= 4)
        .collect();
    for s in p.subjects.iter_mut() {
        if s.role != Role::CellProcessingFacility || s.operator.is_some() {
            continue;
        }
        let k = names::name_key(&s.name).replace(' ', "");
        if let Some((_, op)) = clinics
            .iter()
            .find(|(c, _)| k.starts_with(c.as_str()) && k != *c)
        {
            s.operator = Some(op.clone());
        }
    }
}
