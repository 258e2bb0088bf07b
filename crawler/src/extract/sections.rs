//! Where a bureau order's addressees are: the section after `記` or `第1
//! 被処分者等` (numbered 第1, 1, 一 or (1); named 被処分者, 処分を受けた者 …), or
//! on a page with neither, from its first labelled row. It ends at the next
//! section numbered like it (`1 被処分者` … `2 対象となる計画`, unless its
//! entries are numbered the same way and restart at 1), at a later heading
//! standing alone (`経緯`, `命令の内容`) with no rows under it, or at a
//! numbered heading of another part of the page.

use std::sync::LazyLock;

use regex::Regex;

use super::labels::{LABEL, canonical_label, labelled_row, strip_numbering};

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

/// The section of addressees: numbered 第1, 1, 一 or (1), and named
/// 被処分者, 処分を受けた者 …
static SECTION_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:第\s*)?(?:[1１一]|\(\s*1\s*\))\s*[.．、]?\s*(?:被処分者|処分を受けた者|処分の相手方|名宛人)",
    )
});
static SECTION_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:第\s*[2-9二三四五六七八九]|[2-9二三四五六七八九]\s*[.、]?\s*(?:経緯|処分|理由|概要|改善|その他|命令|内容|違反|措置|事実)|なお|【)",
    )
});
/// Whether a line anchors the addressees' section (`記`, `第1 被処分者等`).
pub(crate) fn anchors(line: &str) -> bool {
    SECTION_START.is_match(line) || line == "記"
}

/// Whether the page is laid out as a bureau order.
pub fn is_bureau_order(lines: &[String]) -> bool {
    section(lines).is_some_and(|(a, b)| {
        // A one-line entry (`名称：X 施設名：Y 施設番号：Z 所在地：…`) counts
        // every label it holds.
        let labels: usize = lines[a..b]
            .iter()
            .filter(|l| opens_with_label(l))
            .map(|l| LABEL.find_iter(l).count().max(1))
            .sum();
        lines[a..b].iter().any(|l| SECTION_START.is_match(l)) || labels >= 2
    }) || lines.iter().any(|l| SECTION_START.is_match(l))
}

/// Whether a row opens with a label, after its numbering: `所在地 X`,
/// `(3) 細胞培養加工施設の名称 X`, `【施設名】X`, `許可を受けていた者 X`.
pub(crate) fn opens_with_label(line: &str) -> bool {
    LABEL
        .find(&format!("{} ", strip_numbering(line)))
        .is_some_and(|m| m.start() == 0)
        || labelled_row(line, false).is_some()
}

/// Whether a line is a heading standing alone (`経緯`, `記`, `以上`), never
/// the rest of a value cut by a printed line's end.
pub(crate) fn heading(line: &str) -> bool {
    let body = strip_numbering(line);
    LATER_SECTIONS.contains(&body) || matches!(body, "記" | "以上" | "別紙" | "別添")
}

/// Headings of the sections that follow the addressees (`経緯`, `命令の内容`),
/// written alone on their line, numbered or not.
const LATER_SECTIONS: &[&str] = &[
    "経緯",
    "命令の内容",
    "改善命令の内容",
    "処分の理由",
    "処分理由",
    "理由",
    "確認された事項",
    "指摘事項",
    "違反事実",
    "違反の内容",
    "事案の概要",
    "概要",
    "参考",
    "その他",
];

/// The numbering of a section heading: `第` or not, the number, and the mark after it.
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(第)?\s*([0-9]{1,2})\s*([.、)．]?)\s*\S"));

/// The lines of the addressees' section: after `第1 被処分者等` (or `記`) up
/// to the next section — one numbered as the next after it (`1 被処分者` …
/// `2 対象となる計画`), or a heading of a later section (`経緯`).
pub(crate) fn section(lines: &[String]) -> Option<(usize, usize)> {
    let heading = lines.iter().position(|l| SECTION_START.is_match(l));
    let start = heading
        .or_else(|| lines.iter().position(|l| l == "記"))
        .map(|i| i + 1)
        // A page without 記: from its first labelled line.
        .or_else(|| lines.iter().position(|l| opens_with_label(l)))?;
    // `1 被処分者` numbers the sections: `2 …` opens the next one, unless the
    // entries are numbered the same way (`1. 被処分者` then `1. 提供機関`).
    let numbering = heading
        .and_then(|h| SECTION_NUMBER.captures(&lines[h]))
        .and_then(|c| {
            let n = c.get(2)?.as_str().parse::<u32>().ok()?;
            Some((
                c.get(1).is_some(),
                n,
                c.get(3).map_or("", |m| m.as_str()).to_string(),
            ))
        });
    let same_style = |l: &str| {
        let (ordinal, _, mark) = numbering.as_ref()?;
        let c = SECTION_NUMBER.captures(l)?;
        (c.get(1).is_some() == *ordinal && c.get(3).map_or("", |m| m.as_str()) == mark)
            .then(|| c.get(2)?.as_str().parse::<u32>().ok())
            .flatten()
    };
    // Entries numbered like the sections restart at 1 before any next section.
    let restarts = numbering.as_ref().is_some_and(|(_, n, _)| {
        lines[start..]
            .iter()
            .filter_map(|l| same_style(l))
            .find(|k| *k == 1 || *k == n + 1)
            == Some(1)
    });
    // A section that opens with what is done (`第1 処分の内容`) before whom
    // it is done to (`第2 対象`) does not end before its first party.
    let first_party = lines[start..].iter().position(|l| names_party(l));
    let end = lines[start..]
        .iter()
        .enumerate()
        .position(|(k, l)| {
            if first_party.is_some_and(|f| k < f)
                && !lines[start..start + k].iter().any(|l| names_party(l))
            {
                return false;
            }
            // A heading alone (`経緯`), unless rows follow it: then it is a
            // `<dt>` label of an entry (`理由` over its value, then `根拠条文`).
            let rows_follow = lines[start + k + 1..]
                .iter()
                .take(2)
                .any(|n| opens_with_label(n));
            let later = (LATER_SECTIONS.contains(&strip_numbering(l))
                || strip_numbering(l).starts_with("(参考)"))
                && !rows_follow;
            let next_number = !restarts
                && numbering
                    .as_ref()
                    .is_some_and(|(_, n, _)| same_style(l) == Some(n + 1));
            later
                || next_number
                || (SECTION_NEXT.is_match(l)
                    && LABEL.find(&format!("{l} ")).is_none_or(|m| m.start() != 0)
                    && labelled_row(l, true).is_none())
        })
        .map_or(lines.len(), |i| start + i);
    Some((start, end))
}

/// Whether a row names a party: its label is a name's (`名称`, `施設の名称`,
/// `医療機関名`, `氏名`) or an operator's (`許可事業者`, `開設者`).
fn names_party(line: &str) -> bool {
    let row = labelled_row(line, false).unwrap_or_else(|| strip_numbering(line).to_string());
    LABEL
        .captures(&format!("{row} "))
        .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
        .and_then(|c| c.get(1))
        .is_some_and(|m| {
            ["名称", "施設名", "医療機関名", "氏名", "運営者"]
                .contains(&canonical_label(m.as_str()).as_str())
        })
}
