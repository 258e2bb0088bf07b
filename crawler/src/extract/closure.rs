//! Closures (廃止): a clinic or facility that filed its closure, stated on a
//! page of its own (再生医療等提供機関の廃止, 廃止の届出, 廃止届) or as an
//! addendum to an order. A plan's discontinuation (中止) is not a closure.

use super::mention::{ANAPHORS, read_line};
use crate::names::{clean, looks_like_plan};
use crate::record::{Closure, NoticeKind, Role, Subject};
use crate::wareki::find_partial_dates;

/// Words that say a party closed.
const CLOSED: &[&str] = &[
    "廃止年月日",
    "失効",
    "廃止(",
    "廃止届",
    "廃止の届出",
    "廃止届出",
    "廃止した",
    "廃止され",
    "廃止しました",
    "廃止する",
    "の廃止",
    "を廃止",
    "閉鎖",
];

/// Closures stated on the page, with the parties named in the sentence. On a
/// closure notice, a sentence that names no party closes the notice's parties.
pub fn closures(kind: NoticeKind, text: &str, subjects: &[Subject]) -> Vec<Closure> {
    let mut out: Vec<Closure> = Vec::new();
    let mut specific_names: Vec<String> = Vec::new();
    // A discontinued plan leaves the clinic open, whatever else the page says.
    if kind == NoticeKind::DiscontinuationFiling {
        return out;
    }
    // The parties the previous line named: `○ X(…)` then, on its own line
    // (a <br>), `廃止(令和7年11月30日付け)`.
    let mut previous: Vec<String> = Vec::new();
    for raw in text.split(['。', '\n']) {
        let sentence = &clean(raw);
        let compact_line = sentence.replace(' ', "");
        let here: Vec<String> = subjects
            .iter()
            .filter(|s| matches!(s.role, Role::Clinic | Role::CellProcessingFacility))
            .filter(|s| compact_line.contains(&s.name.replace(' ', "")))
            .map(|s| s.name.clone())
            .collect();
        let before = std::mem::replace(&mut previous, here);
        if !CLOSED.iter().any(|w| sentence.contains(w)) || sentence.contains("廃止命令") {
            continue;
        }
        let continues = compact_line.starts_with("廃止") && previous.is_empty();
        // The date nearest before the closure word (`令和8年1月31日をもって…廃止`),
        // else the first in the sentence.
        let norm = clean(sentence);
        // The last closure word: `…廃止の届出があり、令和8年1月31日をもって…廃止された`.
        let at = CLOSED
            .iter()
            .filter_map(|w| norm.rfind(w))
            .max()
            .unwrap_or(norm.len());
        let dated_line = norm.contains("廃止年月日");
        let dates = find_partial_dates(&norm);
        let on = dates
            .iter()
            .rev()
            .find(|d| d.2 <= at)
            .or(dates.first())
            .map(|d| d.0);
        let reading = read_line(&clean(sentence));
        // The operator filing for its clinic (`開設者である医療法人X から…廃止の届出`)
        // is not what closed, when the notice names the clinic or facility.
        let has_places = subjects
            .iter()
            .any(|s| matches!(s.role, Role::Clinic | Role::CellProcessingFacility));
        let mut named: Vec<String> = reading
            .mentions
            .iter()
            .filter(|m| !(has_places && crate::names::is_legal_entity(&m.name)))
            .filter(|m| !m.definition && !m.former && !looks_like_plan(&m.name))
            .filter(|m| m.name.chars().count() >= 2)
            .map(|m| m.name.clone())
            .collect();
        let parties = || {
            subjects
                .iter()
                .filter(|s| matches!(s.role, Role::Clinic | Role::CellProcessingFacility))
                .map(|s| s.name.clone())
                .collect::<Vec<_>>()
        };
        // `○ X(…) 廃止(令和7年11月30日付け)`: a party written bare in the sentence.
        if named.is_empty() {
            let compact = clean(sentence).replace(' ', "");
            named = subjects
                .iter()
                .filter(|s| matches!(s.role, Role::Clinic | Role::CellProcessingFacility))
                .filter(|s| {
                    let n = s.name.replace(' ', "");
                    compact.contains(&n)
                        || crate::names::split_operator(&s.name)
                            .1
                            .replace(' ', "")
                            .len()
                            > 6
                            && compact
                                .contains(&crate::names::split_operator(&s.name).1.replace(' ', ""))
                })
                .map(|s| s.name.clone())
                .collect();
        }
        if named.is_empty() && continues {
            named = before.clone();
        }
        // Named in the sentence itself (not by falling back to the notice's parties).
        let specific = !named.is_empty();
        // `当該細胞培養加工施設については…廃止届`: the notice's parties of that kind.
        let anaphor = ANAPHORS.iter().find(|w| sentence.contains(**w));
        if named.is_empty() && (kind == NoticeKind::ClosureFiling || anaphor.is_some()) {
            let of = |role: Role| {
                subjects
                    .iter()
                    .filter(|s| s.role == role)
                    .map(|s| s.name.clone())
                    .collect::<Vec<_>>()
            };
            named = match anaphor {
                Some(a) if a.contains("施設") || a.contains("センター") => {
                    of(Role::CellProcessingFacility)
                }
                Some(a) if a.contains("クリニック") || a.contains("医療機関") => {
                    of(Role::Clinic)
                }
                _ => parties(),
            };
        }
        for name in named {
            match out.iter_mut().find(|c| c.name == name) {
                // A later line may date it (`廃止年月日 令和6年3月15日`), or name
                // it with its own date after a general sentence.
                Some(c) => {
                    let was_general = !specific_names.contains(&name);
                    let better = match (c.on, on) {
                        (_, Some(_)) if dated_line => true,
                        (_, Some(_)) if specific && was_general => true,
                        (None, Some(_)) => true,
                        (Some(a), Some(b)) => a.day.is_none() && b.day.is_some(),
                        _ => false,
                    };
                    if better {
                        c.on = on;
                    }
                }
                None => out.push(Closure {
                    name: name.clone(),
                    on,
                }),
            }
            if specific && !specific_names.contains(&name) {
                specific_names.push(name);
            }
        }
    }
    if out.is_empty() && kind == NoticeKind::ClosureFiling {
        for name in subjects
            .iter()
            .filter(|s| matches!(s.role, Role::Clinic | Role::CellProcessingFacility))
            .map(|s| s.name.clone())
        {
            out.push(Closure { name, on: None });
        }
    }
    out
}

/// The day a closure was filed, where the page states it apart from the day
/// the party closed: `令和7年11月21日、…同クリニックを令和7年11月15日付けで
/// 廃止した旨の届出がなされました` was filed on the 21st. The first date of a
/// sentence reporting the filing, outside parentheses (a posting date
/// `（令和8年4月20日）` is not the filing's) and not an effective date
/// (`…付けで`, `…をもって`, the closure's own day).
pub fn filing_date(text: &str) -> Option<chrono::NaiveDate> {
    text.split(['。', '\n']).find_map(|raw| {
        let sentence = clean(raw);
        let filed = sentence.contains("廃止")
            && ["届出", "廃止届", "提出"]
                .iter()
                .any(|w| sentence.contains(w));
        if !filed {
            return None;
        }
        let dates: Vec<_> = find_partial_dates(&sentence)
            .into_iter()
            .filter(|(_, start, _)| {
                sentence[..*start].matches('(').count() <= sentence[..*start].matches(')').count()
            })
            .collect();
        let after = |end: usize| sentence[end..].trim_start().to_string();
        // The day the party closed: `…をもって`, `…限り`, `…付けで廃止`.
        let closes = |end: usize| {
            let a = after(end);
            [
                "をもって",
                "限り",
                "に廃止",
                "で廃止",
                "付けで廃止",
                "付け廃止",
                "付けをもって",
            ]
            .iter()
            .any(|w| a.starts_with(w))
        };
        if dates.iter().any(|d| closes(d.2)) {
            // Any other date of the sentence is the filing's, `付けで` or not:
            // `X から、DATE付けで、「Y」をDATE2をもって廃止した旨の届出`.
            return dates
                .iter()
                .filter(|d| !closes(d.2))
                .find_map(|(d, _, _)| d.date());
        }
        dates
            .iter()
            .filter(|(_, _, end)| !after(*end).starts_with("付け"))
            .find_map(|(d, _, _)| d.date())
    })
}
