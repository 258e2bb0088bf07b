//! A page that announces several unrelated orders of different kinds on one
//! day (`…緊急命令及び改善命令について`, then `１．緊急命令（…）` and `２．改善
//! 命令`, each with its own 対象 and 根拠) is several notices: each section
//! is read as a page of its own under the page's lead (date, authority), so
//! that the clinic of the emergency order is not a party of the improvement
//! order, nor the other way round.

use std::ops::Range;

use super::labels::strip_numbering;
use super::{Parsed, finish, read_layout, reading};
use crate::names::{self, clean};
use crate::record::{NoticeKind, NoticeRecord, Role, Subject};

/// The page's notices, one per order section, when its heading names two
/// kinds of order or more and numbered sections each name one of them;
/// `None` for a page of one order.
pub fn split(title: &str, lines: &[String], header: &[String]) -> Option<Vec<NoticeRecord>> {
    let sections = sections(lines);
    // The heading names the kinds (`緊急命令及び改善命令について`), or the
    // lead does (`…廃止等の状況` over `…の廃止及び再生医療等提供計画の中止に
    // 係るものは、次のとおり`: filings of two kinds in one monthly table).
    let lead_kinds = sections
        .first()
        .map(|s| reading::kinds_named(&lines[..s.1.start.saturating_sub(1)].join("\n")))
        .unwrap_or_default();
    let mut named = reading::kinds_named(title);
    for k in lead_kinds {
        if !named.contains(&k) {
            named.push(k);
        }
    }
    if named.len() < 2 {
        return None;
    }
    let mut kinds: Vec<NoticeKind> = sections.iter().map(|s| s.0).collect();
    kinds.dedup();
    if sections.len() < 2 || kinds.len() < 2 {
        return None;
    }
    let lead = &lines[..sections[0].1.start];
    // The page read whole: the parties as its lead and its reference block
    // (【参考】, after the last section) describe them — addresses, operators,
    // managers, renames — whichever order they are named in.
    let whole = read_layout(lines, &lines.join("\n"));
    let mut out = Vec::new();
    for (n, (kind, range, heading)) in sections.iter().enumerate() {
        let mut own: Vec<String> = lead.to_vec();
        own.extend(lines[range.clone()].iter().cloned());
        let text = own.join("\n");
        let parsed = read_layout(&own, &text);
        // A filing's section lists its parties in rows of its own; an
        // order's section names them in a sentence the lead describes.
        let filing = matches!(
            kind,
            NoticeKind::ClosureFiling | NoticeKind::DiscontinuationFiling
        );
        let parsed = if filing {
            parsed
        } else {
            addressed(parsed, &whole, &lines[range.clone()])
        };
        let title = format!("{title}（{heading}）");
        let mut notices = finish(*kind, &title, &own, header, &text, parsed);
        // The first order keeps the page's own id; the others are parts of it.
        if n > 0 {
            for x in notices.iter_mut() {
                x.part = Some(match &x.part {
                    Some(p) => format!("{}-{p}", n + 1),
                    None => (n + 1).to_string(),
                });
            }
        }
        out.extend(notices);
    }
    Some(out)
}

/// A section's parties are those its own lines name (`「X」に対し`, `Yに
///対し`), as the whole page describes them, with their operators and the
/// people and renames of those parties — not every party of the lead, which
/// tells of both orders. A section that names none of the page's parties
/// keeps what it read.
fn addressed(own: Parsed, whole: &Parsed, section: &[String]) -> Parsed {
    let said = names::name_key(&section.join(""));
    let spoken = |s: &Subject| {
        std::iter::once(&s.name)
            .chain(s.spellings.iter())
            .map(|n| names::name_key(n))
            .any(|k| k.chars().count() >= 2 && said.contains(&k))
    };
    let named: Vec<&Subject> = whole
        .subjects
        .iter()
        .filter(|s| s.role != Role::Operator && spoken(s))
        .collect();
    if named.is_empty() {
        return own;
    }
    let operators: Vec<String> = named
        .iter()
        .filter_map(|s| s.operator.as_deref().map(names::name_key))
        .collect();
    let subjects: Vec<Subject> = whole
        .subjects
        .iter()
        .filter(|s| {
            if s.role == Role::Operator {
                operators.contains(&names::name_key(&s.name))
            } else {
                named.iter().any(|n| n.name == s.name)
            }
        })
        .map(|s| Subject {
            // The section's own plans: those of its order.
            plans: own
                .subjects
                .iter()
                .find(|o| names::name_key(&o.name) == names::name_key(&s.name))
                .map(|o| o.plans.clone())
                .unwrap_or_default(),
            ..s.clone()
        })
        .collect();
    let keys: Vec<String> = subjects.iter().map(|s| names::name_key(&s.name)).collect();
    let ours = |n: &str| keys.contains(&names::name_key(n));
    Parsed {
        persons: whole
            .persons
            .iter()
            .filter(|p| ours(&p.of))
            .cloned()
            .collect(),
        renames: whole
            .renames
            .iter()
            .filter(|r| ours(&r.new) || ours(&r.old))
            .cloned()
            .collect(),
        subjects,
        ..own
    }
}

/// Sections headed by a numbered line that names a kind of order
/// (`１．緊急命令（再生医療等の提供の一時停止）`, `２．改善命令`), numbered
/// 1, 2, … in turn: each with its kind, its lines and its heading.
fn sections(lines: &[String]) -> Vec<(NoticeKind, Range<usize>, String)> {
    let mut heads: Vec<(usize, NoticeKind, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let body = strip_numbering(line);
        let number = line[..line.len() - body.len()]
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse::<usize>()
            .ok();
        let short = body.chars().count() <= 40 && !body.contains('。');
        let (Some(number), true) = (number, short) else {
            continue;
        };
        // The kind the heading opens with: `緊急命令（…）`, not `…を命じた再生医療等`.
        let Some(kind) = reading::kinds_named(body.split('(').next().unwrap_or(""))
            .first()
            .copied()
        else {
            continue;
        };
        if number == heads.len() + 1 {
            heads.push((i, kind, clean(body)));
        }
    }
    // The last section ends where a block every order shares begins
    // (【参考】 of the parties, 【照会先】): it is read with the whole page.
    let shared = |l: &String| {
        ["【参考", "【照会", "(参考)", "〔参考", "[参考"]
            .iter()
            .any(|w| l.starts_with(w))
            || l == "参考"
    };
    heads
        .iter()
        .enumerate()
        .map(|(k, (start, kind, heading))| {
            let end = heads.get(k + 1).map_or_else(
                || {
                    lines[start + 1..]
                        .iter()
                        .position(shared)
                        .map_or(lines.len(), |at| start + 1 + at)
                },
                |n| n.0,
            );
            (*kind, *start + 1..end, heading.clone())
        })
        .collect()
}
