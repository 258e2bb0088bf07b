//! What every notice page states outside its parties: the kind of action
//! (from its headings), the issuing authority, the issue date, and the
//! articles of the Act it rests on or says were violated.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::record::NoticeKind;
use crate::wareki::parse_date;

/// The Act every notice tadoru keeps is made under (平成25年法律第85号).
pub const ACT: &str = "再生医療等の安全性の確保等に関する法律";

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

static BUREAU: LazyLock<Regex> =
    LazyLock::new(|| re(r"(北海道|東北|関東信越|東海北陸|近畿|中国四国|四国|九州)厚生(支)?局"));
// `(…以下「法」という。)第22条`: a closing parenthesis can stand for 法.
/// `法第22条`, `）第18条`, and an article listed after another with or
/// without its 第 (`法第22条及び47条`, a typo real pages have).
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(施行規則|省令)?(?:(?:法|法律|\))\s*第|(?:及び|並びに|、)\s*第?)\s*(\d+)\s*条(?:\s*第\s*(\d+)\s*項)?(\s*違反)?",
    )
});
/// A line that is only a date (`令和7年（2025年）10月3日`, `令和7年10月3日（金）`).
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:令和|平成|昭和|\d{{4}})\s*(?:元|\d{{1,2}})?\s*年{}\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:\s*\([月火水木金土日]\))?$",
        crate::wareki::YEAR_GLOSS
    ))
});

/// The kind of enforcement a page announces: a heading names the action and
/// the page cites the Act. The headings are tried in order (the page's `<h1>`
/// even inside site chrome, the browser title, then heading-like lines), so a
/// page whose heading sits in `<header>` or only in `<title>` still reads.
/// Anything else (a committee meeting, a product approval) is not a notice.
pub fn kind_of(headings: &[&str], text: &str) -> Option<NoticeKind> {
    // The Act by name, or the regime's own words (a closure notice may not
    // cite the Act: 再生医療等提供機関の廃止について).
    let regime = |t: &str| {
        t.contains(ACT)
            || [
                "再生医療等提供機関",
                "再生医療等提供計画",
                "特定細胞加工物",
                "細胞培養加工施設",
            ]
            .iter()
            .any(|w| t.contains(w))
    };
    if !regime(text) && !headings.iter().any(|h| regime(h)) {
        return None;
    }
    headings.iter().find_map(|t| kind_in(t))
}

/// The kind of filings a page reports whose heading names filings but no
/// kind (`届出の受理状況について`): the kind its lead names for the filings
/// it lists (`…届出のうち、…の廃止及び…の中止に係るものは、次のとおり`).
/// Only a filing's kind: a page about filings orders nothing.
pub fn kind_of_filings(headings: &[&str], text: &str) -> Option<NoticeKind> {
    let regime = [
        "再生医療等",
        "提供計画",
        "細胞培養加工施設",
        "特定細胞加工物",
    ]
    .iter()
    .any(|w| text.contains(w));
    if !regime
        || !headings
            .iter()
            .any(|h| h.contains("届出") || h.contains("受理") || h.contains("届の"))
    {
        return None;
    }
    // The sentence that presents the list: `次のとおり`, `以下のとおり`,
    // `下記のとおり掲載します`, `お知らせします`, `公表します`, or the part
    // of the month's filings it picks (`受理した届出のうち、…に係るもの`).
    const PRESENTS: &[&str] = &["のとおり", "お知らせ", "公表", "掲載", "のうち"];
    sentences(text)
        .into_iter()
        .filter(|s| {
            (s.contains("届出") || s.contains("受理")) && PRESENTS.iter().any(|w| s.contains(w))
        })
        .find_map(|s| {
            kinds_named(s).into_iter().find(|k| {
                matches!(
                    k,
                    NoticeKind::ClosureFiling | NoticeKind::DiscontinuationFiling
                )
            })
        })
}

/// The kind a single heading names.
/// In Japanese the head noun comes last: `改善命令を行った再生医療等提供機関の
/// 廃止について` is about a closure. The kind word nearest the end of the
/// heading (before `について` and any parenthesis after it) wins.
pub fn kind_in(t: &str) -> Option<NoticeKind> {
    let head = t.split("について").next().unwrap_or(t);
    const WORDS: &[(&str, NoticeKind)] = &[
        ("緊急命令", NoticeKind::EmergencyOrder),
        ("改善命令", NoticeKind::ImprovementOrder),
        ("取消", NoticeKind::LicenceRevocation),
        ("取り消", NoticeKind::LicenceRevocation),
        ("停止命令", NoticeKind::SuspensionOrder),
        // After 停止命令: of two words ending alike the later one wins. A
        // 一時停止命令 (法第22条・第47条) is an emergency order, not a suspension.
        ("一時停止命令", NoticeKind::EmergencyOrder),
        ("廃止", NoticeKind::ClosureFiling),
        ("失効", NoticeKind::ClosureFiling),
        // `許可証の返納`: a manufacturer hands its licence back on closing.
        ("返納", NoticeKind::ClosureFiling),
        ("中止", NoticeKind::DiscontinuationFiling),
    ];
    let last = WORDS
        .iter()
        .filter_map(|(w, k)| head.rfind(w).map(|at| (at + w.len(), *k)))
        .max_by_key(|(end, _)| *end);
    if let Some((end, k)) = last {
        // `一時停止命令の解除について`: the order is lifted, which is no
        // enforcement of its own (the order itself was the notice).
        return (!lifted(&head[end..])).then_some(k);
    }
    if lifted(head) {
        return None;
    }
    kind_in_any(t).or_else(|| kind_by_article(head))
}

/// Words that lift or withdraw an order: what follows them is not an order.
fn lifted(t: &str) -> bool {
    ["解除", "撤回"].iter().any(|w| t.contains(w))
}

/// `法第23条第1項に基づく命令について`: a heading that names an order only by
/// the article it is made under.
fn kind_by_article(t: &str) -> Option<NoticeKind> {
    if !(t.contains("命令") || t.contains("命じ")) {
        return None;
    }
    let n: u32 = ARTICLE_NUMBER.captures(t)?.get(1)?.as_str().parse().ok()?;
    match n {
        22 | 47 => Some(NoticeKind::EmergencyOrder),
        23 | 48 => Some(NoticeKind::ImprovementOrder),
        _ => None,
    }
}

static ARTICLE_NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"第\s*(\d+)\s*条"));

/// Every kind a heading names (`緊急命令及び改善命令について` names two).
pub fn kinds_named(t: &str) -> Vec<NoticeKind> {
    let mut out = Vec::new();
    for (w, k) in [
        ("緊急命令", NoticeKind::EmergencyOrder),
        ("改善命令", NoticeKind::ImprovementOrder),
        ("取消", NoticeKind::LicenceRevocation),
        ("取り消", NoticeKind::LicenceRevocation),
        ("停止命令", NoticeKind::SuspensionOrder),
        ("廃止", NoticeKind::ClosureFiling),
        ("返納", NoticeKind::ClosureFiling),
        ("中止", NoticeKind::DiscontinuationFiling),
    ] {
        if t.contains(w) && !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

fn kind_in_any(t: &str) -> Option<NoticeKind> {
    if t.contains("緊急命令") || t.contains("一時停止命令") {
        Some(NoticeKind::EmergencyOrder)
    } else if t.contains("改善命令") || t.contains("改善を命じ") {
        Some(NoticeKind::ImprovementOrder)
    } else if t.contains("取消") || t.contains("取り消") {
        Some(NoticeKind::LicenceRevocation)
    } else if t.contains("停止命令") {
        Some(NoticeKind::SuspensionOrder)
    } else if t.contains("廃止") || t.contains("失効") || t.contains("返納") {
        Some(NoticeKind::ClosureFiling)
    } else if t.contains("中止") {
        Some(NoticeKind::DiscontinuationFiling)
    } else {
        None
    }
}

/// The kind a page's own "today" sentence states, for a page whose headings
/// name none (`…本日付けで…一時停止を…命じました`).
pub fn kind_from_body(text: &str) -> Option<NoticeKind> {
    sentences(text)
        .into_iter()
        .filter(|s| {
            // Today's action, or the authority's own statement of it
            // (`東海北陸厚生局長は、令和8年3月6日、…改善を命じました`).
            (s.contains("本日") || s.contains("局長は") || s.contains("大臣は"))
                && (s.contains("命じ") || s.contains("命令") || s.contains("取り消"))
                && !lifted(s)
        })
        .find_map(|s| {
            if s.contains("一時停止") && (s.contains("第22条") || s.contains("第47条")) {
                Some(NoticeKind::EmergencyOrder)
            } else if s.contains("業務の停止") || s.contains("業務停止") {
                Some(NoticeKind::SuspensionOrder)
            } else {
                kind_in_any(s)
            }
        })
}

/// The kind a page's entries state when its heading names none (`…に基づく
/// 処分等の状況` over a table whose `処分の内容` column reads `改善命令（法第23条
/// 第1項）` in every row): the kind every entry names, if they agree.
pub fn kind_from_rows(lines: &[String]) -> Option<NoticeKind> {
    let mut kinds = lines.iter().filter_map(|l| {
        let value = ["処分内容 ", "処分の内容 "]
            .iter()
            .find_map(|w| l.strip_prefix(w))?;
        Some(kind_in_any(value).or_else(|| kind_by_article(value)))
    });
    let first = kinds.next()??;
    kinds.all(|k| k == Some(first)).then_some(first)
}

/// Labels a page prints its own date under (`掲載日：令和7年10月3日`,
/// `公開日：2025年12月19日`): the day the page announces the order.
const DATE_LABELS: [&str; 6] = [
    "発表日",
    "公表日",
    "掲載日",
    "公開日",
    "最終更新日",
    "更新日",
];

/// The page's date line: the first line near the top that is only a date
/// (`令和6年12月24日`) or a labelled date (`発表日：2025/3/14`); failing
/// that, a labelled date anywhere (a 公開日 printed at the bottom).
pub fn issue_date_line(lines: &[String]) -> Option<NaiveDate> {
    date_line(lines).and_then(|l| parse_date(l))
}

fn date_line(lines: &[String]) -> Option<&String> {
    let labelled = |l: &&String| DATE_LABELS.iter().any(|w| l.starts_with(w));
    lines
        .iter()
        .take(20)
        .find(|l| DATE_LINE.is_match(l) || labelled(l))
        .or_else(|| lines.iter().find(labelled))
}

/// How many different days the page's rows give as an order's own date
/// (`処分日`, `命令年月日`): one on a page about one order, several on a list.
pub fn order_days(lines: &[String]) -> usize {
    const LABELS: [&str; 4] = ["処分日", "処分年月日", "命令年月日", "命令日"];
    let mut days: Vec<NaiveDate> = lines
        .iter()
        .filter_map(|l| {
            let l = l.replace(' ', "");
            let rest = LABELS.iter().find_map(|w| l.strip_prefix(w))?;
            parse_date(rest.trim_start_matches(':'))
        })
        .collect();
    days.sort();
    days.dedup();
    days.len()
}

/// Whether the page's date line says when the page was last updated
/// (`更新日`, `最終更新日`), not when the order was made: a page that
/// reposts an order (a prefecture's) dates it by the order's own date.
pub fn date_line_is_update(lines: &[String]) -> bool {
    date_line(lines).is_some_and(|l| l.starts_with("更新日") || l.starts_with("最終更新日"))
}

/// The issue date: the first line that is only a date, near the top; failing
/// that, the first date on the page.
pub fn issue_date(lines: &[String]) -> Option<NaiveDate> {
    lines
        .iter()
        .take(20)
        .find(|l| DATE_LINE.is_match(l))
        .and_then(|l| parse_date(l))
        .or_else(|| lines.iter().take(20).find_map(|l| parse_date(l)))
}

/// 厚生労働省 unless a regional bureau heads the page: the site's header
/// (its logo names the bureau whose site it is), or the page's first lines.
pub fn authority(header: &[String], lines: &[String]) -> String {
    header
        .iter()
        .chain(lines.iter().take(8))
        .find_map(|l| BUREAU.find(l).map(|m| m.as_str().to_string()))
        .unwrap_or_else(|| "厚生労働省".to_string())
}

/// Articles of the Act in sentences that order something, and articles said to
/// be violated. Articles of the enforcement regulations (施行規則) are not the Act's.
pub fn articles(text: &str) -> (Vec<String>, Vec<String>) {
    // The sentence that orders something today (`本日`) names the basis; an
    // order mentioned elsewhere (`令和7年3月に法第48条第2項に基づき命じた改善`)
    // is an earlier one. Without such a sentence, every ordering sentence counts.
    let today = |s: &str| s.contains("本日");
    let (basis, violated) = articles_in(text, today, false);
    if !basis.is_empty() {
        let (_, all_violated) = articles_in(text, |_| true, false);
        return (
            basis,
            all_violated
                .into_iter()
                .chain(violated)
                .fold(Vec::new(), |mut v, a| {
                    if !v.contains(&a) {
                        v.push(a);
                    }
                    v
                }),
        );
    }
    articles_in(text, |_| true, false)
}

/// The articles a field that states the basis of an order cites (a
/// bureau entry's `処分内容` or `根拠条項`: `法第23条第1項`), whether or not
/// it says 命令.
pub fn cited(text: &str) -> Vec<String> {
    articles_in(text, |_| true, true).0
}

fn articles_in(
    text: &str,
    keep: impl Fn(&str) -> bool,
    basis_field: bool,
) -> (Vec<String>, Vec<String>) {
    let mut basis = Vec::new();
    let mut violated = Vec::new();
    for sentence in sentences(text).into_iter().filter(|s| keep(s)) {
        // `緊急命令を受けた「X」について…`: an earlier order is not this notice's basis.
        // `根拠：法第22条`: a row stating the basis of the order.
        let basis_row = sentence.trim_start().starts_with("根拠");
        let orders = basis_field
            || basis_row
            || ["命令", "命じ", "取消", "取り消"]
                .iter()
                .any(|w| sentence.contains(w))
                && !sentence.contains("命令を受け");
        let mut in_regulation = false;
        for c in ARTICLE.captures_iter(sentence) {
            if c.get(1).is_some() {
                in_regulation = true;
                continue;
            }
            // `施行規則第107条及び第108条`: a chained article stays in the regulation.
            let whole = c.get(0).map_or("", |m| m.as_str());
            if whole.starts_with("法") {
                in_regulation = false;
            }
            if in_regulation {
                continue;
            }
            let mut a = format!("法第{}条", &c[2]);
            if let Some(p) = c.get(3) {
                a.push_str(&format!("第{}項", p.as_str()));
            }
            let list = if c.get(4).is_some() {
                &mut violated
            } else if orders {
                &mut basis
            } else {
                continue;
            };
            if !list.contains(&a) {
                list.push(a);
            }
        }
    }
    (basis, violated)
}

/// Sentences of a text: split at 。 and line ends, but not at a 。 inside
/// parentheses (`(平成25年法律第85号。以下「法」という。)第22条`).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut depth) = (0usize, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            '\n' => {
                out.push(&text[start..i]);
                start = i + 1;
                depth = 0;
            }
            '。' if depth == 0 => {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// English name of an issuing authority.
pub fn authority_en(authority: &str) -> String {
    let bureau = |b: &str| format!("{b} Regional Bureau of Health and Welfare");
    match authority {
        "厚生労働省" => "Ministry of Health, Labour and Welfare (MHLW)".to_string(),
        "北海道厚生局" => bureau("Hokkaido"),
        "東北厚生局" => bureau("Tohoku"),
        "関東信越厚生局" => bureau("Kanto-Shinetsu"),
        "東海北陸厚生局" => bureau("Tokai-Hokuriku"),
        "近畿厚生局" => bureau("Kinki"),
        "中国四国厚生局" => bureau("Chugoku-Shikoku"),
        "四国厚生支局" => {
            "Shikoku Branch, Chugoku-Shikoku Regional Bureau of Health and Welfare".to_string()
        }
        "九州厚生局" => bureau("Kyushu"),
        other => other.to_string(),
    }
}

/// English rendering of an article: `法第48条第2項` → `Art. 48(2)`.
pub fn article_en(article: &str) -> String {
    let digits: Vec<&str> = article
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    match digits.as_slice() {
        [a] => format!("Art. {a}"),
        [a, p] => format!("Art. {a}({p})"),
        _ => article.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_after_the_definition_of_ho() {
        let (basis, _) = articles(
            "再生医療等の安全性の確保等に関する法律(平成25年法律第85号。以下「法」という。)第22条に基づき提供の一時停止を、法第47条に基づき製造の一時停止を命じました。",
        );
        assert_eq!(basis, vec!["法第22条", "法第47条"]);
    }

    #[test]
    fn an_article_listed_without_its_dai() {
        let (basis, _) = articles("本日付けで、法第22条及び47条に基づき、一時停止を命じた。");
        assert_eq!(basis, vec!["法第22条", "法第47条"]);
        let (basis, _) = articles("本日、法第23条第1項、48条第2項に基づく改善命令を行った。");
        assert_eq!(basis, vec!["法第23条第1項", "法第48条第2項"]);
    }

    #[test]
    fn violated_articles_are_kept_apart() {
        let (basis, violated) = articles(
            "提供計画を提出せず提供していたこと(法第4条第1項違反)。法第22条に基づき、提供の一時停止を命じた。",
        );
        assert_eq!(basis, vec!["法第22条"]);
        assert_eq!(violated, vec!["法第4条第1項"]);
    }

    #[test]
    fn kinds_from_any_heading() {
        let text = format!("{ACT}に基づく");
        assert_eq!(
            kind_of(&["", "再生医療等提供機関の廃止について｜厚生局"], &text),
            Some(NoticeKind::ClosureFiling)
        );
        assert_eq!(
            kind_of(&["再生医療等提供計画の中止について"], &text),
            Some(NoticeKind::DiscontinuationFiling)
        );
        assert_eq!(
            kind_of(&["特定細胞加工物製造許可の取消しについて"], &text),
            Some(NoticeKind::LicenceRevocation)
        );
        assert_eq!(
            kind_of(&["特定細胞加工物製造許可証の返納について"], &text),
            Some(NoticeKind::ClosureFiling)
        );
        assert_eq!(kind_of(&["部会の開催について"], &text), None);
    }
}
