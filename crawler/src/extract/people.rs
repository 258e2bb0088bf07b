//! People named in running text, wherever the page names them: a position
//! and a name — `管理者 汐見 航太郎 医師に対し`, `同社代表取締役 音更 拓真 氏`,
//! `理事長酒津孝明氏`, `「X」の管理者である 岩瀬 陽介 氏`, `(院長 Z)` — read
//! after the layout has found the parties, so that each person is tied to the
//! party the sentence names them with: the nearest party of the position's
//! kind printed before them (a manager's clinic, a representative's
//! corporation), an anaphor (同社, 同院), or the only party of that kind.
//! Also: an individual doctor stated as a clinic's 開設者 is a person, not an
//! operator.

use std::sync::LazyLock;

use regex::Regex;

use super::Parsed;
use super::anaphora::Anaphora;
use crate::names::{self, clean};
use crate::record::{Role, Subject};

/// A position, then a name (family and given name, with or without a space
/// between them), then what closes it: 氏, 医師, 殿, a parenthesis, a particle.
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(管理者|院長|理事長|代表取締役|代表社員|代表理事|実施責任者|会長|学長)(?:である|は)?[、,]?\s*[:(]?\s*([\p{Han}々ヶ]{1,5}(?:\s?[\p{Han}々ヶ]{1,5})?)",
    )
    .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// What may follow a name: an honorific or qualification, or the end of
/// its phrase (a particle, a parenthesis, punctuation).
const HONORIFICS: &[&str] = &["医師", "先生", "氏", "殿"];
const CLOSERS: &[&str] = &[
    "に",
    "、",
    "。",
    ")",
    "が",
    "は",
    "を",
    "も",
    "及び",
    "です",
    "である",
];

/// Words that follow a position but name nobody.
const NOT_NAMES: &[&str] = &[
    "氏名",
    "等",
    "及び",
    "並び",
    "又は",
    "医師",
    "省略",
    "非公表",
    "職務",
    "責任",
    "自身",
    "本人",
    "同人",
    "変更",
    "交代",
    "病院長",
    "院長",
    "施設長",
    "センター長",
];

/// Positions held at a corporation; the others are held at a clinic or facility.
fn of_operator(title: &str) -> bool {
    matches!(
        title,
        "理事長" | "代表取締役" | "代表社員" | "代表理事" | "会長" | "学長"
    )
}

/// A name's key without spaces, for finding it inside running text.
fn key(s: &str) -> String {
    names::name_key(s).replace(' ', "")
}

/// Reads the people running text names and ties them to the page's parties.
pub(crate) fn resolve(lines: &[String], p: &mut Parsed) {
    individual_openers(p);
    let parties: Vec<(String, String, Role)> = p
        .subjects
        .iter()
        .map(|s| (key(&s.name), s.name.clone(), s.role))
        .collect();
    if parties.is_empty() {
        return;
    }
    let subjects = p.subjects.clone();
    let back = Anaphora::read(lines, &subjects);
    for line in lines {
        for sentence in line.split('。') {
            for c in PERSON.captures_iter(sentence) {
                let (Some(title), Some(run), Some(whole)) = (c.get(1), c.get(2), c.get(0)) else {
                    continue;
                };
                // `七里篤氏`, `汐見 航太郎 医師`: the honorific closes the name.
                let mut name = clean(run.as_str());
                let mut honoured = false;
                for h in HONORIFICS {
                    if let Some(n) = name.strip_suffix(h) {
                        name = clean(n);
                        honoured = true;
                        break;
                    }
                }
                let after = sentence[whole.end()..].trim_start();
                if HONORIFICS.iter().any(|h| after.starts_with(h)) {
                    honoured = true;
                }
                // `代表理事は、藻岩 慎一 です`: after a comma, only a name
                // closed as a name is (an honorific, です), not a clause.
                let comma = whole.as_str().contains(['、', ',']);
                let closed = if comma {
                    honoured || after.starts_with("です") || after.starts_with("である")
                } else {
                    honoured || after.is_empty() || CLOSERS.iter().any(|w| after.starts_with(w))
                };
                let letters = name.chars().filter(|c| !c.is_whitespace()).count();
                // `管理者に対し`, `理事長及び…`: no name. A name without an
                // honorific is a family and a given name (three letters or a space).
                if !closed
                    || letters < 2
                    || NOT_NAMES.iter().any(|w| name.contains(w))
                    || (!honoured && letters < 3 && !name.contains(' '))
                    || !names::reads_as_person(&name)
                {
                    continue;
                }
                let title = title.as_str();
                let before = &sentence[..whole.start()];
                let Some(of) = party_before(before, &parties, of_operator(title), &back, &subjects)
                else {
                    continue;
                };
                let known = p
                    .persons
                    .iter()
                    .any(|x| key(&x.name) == key(&name) && x.title == title);
                if !known {
                    super::add_person(&mut p.persons, title, &name, &of);
                }
            }
        }
    }
}

/// The party a position named after `before` is held at: the nearest party
/// of its kind printed before it, else the only one of its kind.
fn party_before(
    before: &str,
    parties: &[(String, String, Role)],
    operator: bool,
    back: &Anaphora,
    subjects: &[Subject],
) -> Option<String> {
    let fits = |r: Role| (r == Role::Operator) == operator && r != Role::Person;
    let k = key(before);
    // `同社代表取締役 Y 氏`, `同法人(理事長 Y)`, `同クリニックの管理者 Y`: a
    // back-reference nearer than any name printed stands for its party.
    let pointed = back.last_in(before).and_then(|(end, word)| {
        let at = key(&before[..end]).len();
        let party = back.party(word, subjects)?;
        let s = subjects.iter().find(|s| s.name == party)?;
        let of = if fits(s.role) {
            Some(party)
        } else if operator {
            s.operator.clone()
        } else {
            None
        }?;
        Some((at, of))
    });
    let nearest = parties
        .iter()
        .filter(|(_, _, r)| fits(*r))
        .filter_map(|(pk, name, _)| {
            let short = key(&names::split_operator(name).1);
            let at = k.rfind(pk.as_str()).map(|a| a + pk.len()).or_else(|| {
                (short.chars().count() >= 4)
                    .then(|| k.rfind(&short).map(|a| a + short.len()))
                    .flatten()
            })?;
            Some((at, pk.len(), name.clone()))
        })
        .max_by_key(|(at, len, _)| (*at, *len));
    match (nearest, pointed) {
        (Some((at, _, _)), Some((pat, of))) if pat > at => return Some(of),
        (Some((_, _, name)), _) => return Some(name),
        (None, Some((_, of))) => return Some(of),
        (None, None) => {}
    }
    let of_kind: Vec<&String> = parties
        .iter()
        .filter(|(_, _, r)| fits(*r) && (operator || *r != Role::CellProcessingFacility))
        .map(|(_, n, _)| n)
        .collect();
    // With nothing printed before it (`同社代表取締役 Y 氏`), the only party
    // of its kind.
    match of_kind.as_slice() {
        [one] => Some((*one).clone()),
        _ => None,
    }
}

/// `開設者 犬山 剛(医師・個人開設)`, `浅間 慎吾(個人)` in an operator column:
/// a clinic opened by a doctor in person has no operator; the doctor is a
/// person holding the position 開設者.
fn individual_openers(p: &mut Parsed) {
    let mut openers: Vec<(String, String, bool)> = Vec::new();
    for s in p.subjects.iter_mut() {
        let Some(op) = s.operator.clone() else {
            continue;
        };
        if s.role == Role::Operator || names::legal_form(&op).is_some() {
            continue;
        }
        let bare = clean(op.split('(').next().unwrap_or(""));
        if names::reads_as_person(&bare) && looks_like_person_name(&bare) {
            s.operator = None;
            openers.push((bare, s.name.clone(), s.role == Role::CellProcessingFacility));
        }
    }
    for (person, of, facility) in &openers {
        let k = key(person);
        p.subjects
            .retain(|s| !(s.role == Role::Operator && key(&s.name) == k));
        // The doctor who opened the clinic also sets up the facility in it
        // (設置者, no title of a person's): recorded once, at the clinic
        // (heldout10 decisions 7 and 8).
        let opens_a_clinic = openers.iter().any(|(x, _, f)| !f && key(x) == k);
        if *facility && opens_a_clinic {
            continue;
        }
        super::add_person(&mut p.persons, "開設者", person, of);
    }
}

/// `浅間 慎吾`, `犬山剛`: two to six kanji, at most one space between.
fn looks_like_person_name(s: &str) -> bool {
    let parts: Vec<&str> = s.split(' ').collect();
    let han = |w: &str| {
        w.chars()
            .all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '々' || c == 'ヶ')
    };
    let n: usize = parts.iter().map(|w| w.chars().count()).sum();
    let corporate = ["会", "社", "団", "院", "所", "構", "部"]
        .iter()
        .any(|w| s.ends_with(w));
    parts.len() == 2
        && !corporate
        && parts.iter().all(|w| han(w) && !w.is_empty())
        && (2..=7).contains(&n)
}
