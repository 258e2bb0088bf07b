//! Japanese dates: era dates (和暦: 令和/平成/昭和) and western 年月日 dates, as
//! MHLW writes them — with full-width digits, spaces inside (`令和6年 10 月 24 日`)
//! and 元年 for the first year of an era — converted to ISO dates.

use chrono::{Datelike, NaiveDate};

pub use crate::record::PartialDate;
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// One era: its name and the first day of its first year.
struct Era {
    name: &'static str,
    start: (i32, u32, u32),
    /// The last valid day, for the eras that ended.
    end: Option<(i32, u32, u32)>,
}

const ERAS: [Era; 3] = [
    Era {
        name: "令和",
        start: (2019, 5, 1),
        end: None,
    },
    Era {
        name: "平成",
        start: (1989, 1, 8),
        end: Some((2019, 4, 30)),
    },
    Era {
        name: "昭和",
        start: (1926, 12, 25),
        end: Some((1989, 1, 7)),
    },
];

/// The other calendar's year glossed in parentheses after a year, which
/// some sites print in every date: `令和7年（2025年）10月3日`,
/// `2025年（令和7年）10月3日`, `令和元年（2019年）`. One date, not two.
pub const YEAR_GLOSS: &str =
    r"(?:\s*\(\s*(?:(?:令和|平成|昭和)\s*(?:元|\d{1,2})|\d{4})\s*年?\s*\))?";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(令和|平成|昭和|\d{{4}})\s*(元|\d{{1,2}})?\s*年{YEAR_GLOSS}\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
    ))
    .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});
/// A date with or without its day (`令和7年12月`), as rename notices write them.
static PARTIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(令和|平成|昭和|\d{{4}})\s*(元|\d{{1,2}})?\s*年{YEAR_GLOSS}\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*日)?"
    ))
    .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// A date found in text, with its byte range in the NFKC-normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub date: NaiveDate,
    pub start: usize,
    pub end: usize,
}

/// Compact dates in tables: `R7.3.5`, `H30.7.6`, `2025/3/14`, `2025.3.14`.
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9A-Za-z])(?:([RHS])\s*(\d{1,2})|(\d{4}))[./](\d{1,2})[./](\d{1,2})(?:[^0-9]|$)",
    )
    .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

fn compact_dates(norm: &str) -> Vec<FoundDate> {
    COMPACT
        .captures_iter(norm)
        .filter_map(|c| {
            let (start, end) = match (c.get(1), c.get(3)) {
                (Some(e), _) => (e.start(), c.get(5)?.end()),
                (None, Some(y)) => (y.start(), c.get(5)?.end()),
                _ => return None,
            };
            let date = match c.get(1).map(|m| m.as_str()) {
                Some(era) => {
                    let name = match era {
                        "R" => "令和",
                        "H" => "平成",
                        _ => "昭和",
                    };
                    to_date(name, c.get(2).map(|m| m.as_str()), &c[4], &c[5])?
                }
                None => to_date(&c[3], None, &c[4], &c[5])?,
            };
            Some(FoundDate { date, start, end })
        })
        .collect()
}

/// Compact year-months in tables and remarks: `H30.4`, `R7.11` (an era
/// letter is required: `2025.4` could be a version or an amount).
static COMPACT_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9A-Za-z.])([RHS])\s*(\d{1,2})\.(\d{1,2})(?:[^0-9./]|$)")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

fn compact_months(norm: &str) -> Vec<(PartialDate, usize, usize)> {
    COMPACT_MONTH
        .captures_iter(norm)
        .filter_map(|c| {
            let era = match &c[1] {
                "R" => "令和",
                "H" => "平成",
                _ => "昭和",
            };
            let (start, end) = (c.get(1)?.start(), c.get(3)?.end());
            let first = to_date(era, Some(&c[2]), &c[3], "1")
                .or_else(|| to_date(era, Some(&c[2]), &c[3], "28"))?;
            Some((PartialDate::month(first.year(), first.month()), start, end))
        })
        .collect()
}

/// Every valid date in `text`. The text is NFKC-normalized first (full-width
/// digits become ASCII); offsets refer to the normalized text, which callers
/// that parse dates already work on.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let norm: String = text.nfkc().collect();
    DATE.captures_iter(&norm)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let date = to_date(
                c.get(1)?.as_str(),
                c.get(2).map(|m| m.as_str()),
                &c[3],
                &c[4],
            )?;
            Some(FoundDate {
                date,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .chain(compact_dates(&norm))
        .fold(Vec::new(), |mut all: Vec<FoundDate>, d| {
            all.push(d);
            all.sort_by_key(|d| d.start);
            all
        })
}

/// Every valid date in `text`, with or without its day (`令和7年12月`), with
/// byte ranges in the NFKC-normalized text.
pub fn find_partial_dates(text: &str) -> Vec<(PartialDate, usize, usize)> {
    let norm: String = text.nfkc().collect();
    PARTIAL
        .captures_iter(&norm)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let era = c.get(1)?.as_str();
            let era_year = c.get(2).map(|m| m.as_str());
            let month = &c[3];
            let date = match c.get(4) {
                Some(day) => PartialDate::from(to_date(era, era_year, month, day.as_str())?),
                None => {
                    // Check the month against the era by its first day.
                    let first = to_date(era, era_year, month, "1")
                        .or_else(|| to_date(era, era_year, month, "28"))?;
                    PartialDate::month(first.year(), first.month())
                }
            };
            Some((date, whole.start(), whole.end()))
        })
        .chain(
            compact_dates(&norm)
                .into_iter()
                .map(|d| (PartialDate::from(d.date), d.start, d.end)),
        )
        .chain(compact_months(&norm))
        .fold(
            Vec::new(),
            |mut all: Vec<(PartialDate, usize, usize)>, d| {
                all.push(d);
                all.sort_by_key(|d| d.1);
                all
            },
        )
}

/// Kanji numerals as a date or an article prints them (令和七年十月三日,
/// 十月三日, 法第二十二条第一項, 平成二十五年法律第八十五号): only there, so that
/// a name's numeral (第二クリニック) stays as printed.
static KANJI_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(令和|平成|昭和)\s*(元|[〇一二三四五六七八九十]+)\s*年\s*)?([〇一二三四五六七八九十]+)\s*月\s*([〇一二三四五六七八九十]+)\s*日",
    )
    .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});
static KANJI_ERA_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(令和|平成|昭和)\s*([〇一二三四五六七八九十]+)\s*年")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});
static KANJI_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"月\s*([〇一二三四五六七八九十]+)\s*日")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});
static KANJI_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第([〇一二三四五六七八九十百]+)(条|項|号)")
        .unwrap_or_else(|e| unreachable!("static regex: {e}"))
});

/// The value of a kanji numeral (`二十五` → 25, `百七` → 107, `二〇` → 20).
fn kanji_number(k: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c);
    if !k.contains(['十', '百']) {
        return k
            .chars()
            .try_fold(0u32, |n, c| Some(n * 10 + u32::try_from(digit(c)?).ok()?));
    }
    let (mut total, mut pending) = (0u32, None::<u32>);
    for c in k.chars() {
        match c {
            '百' => {
                total += pending.take().unwrap_or(1) * 100;
            }
            '十' => {
                total += pending.take().unwrap_or(1) * 10;
            }
            _ => pending = Some(u32::try_from(digit(c)?).ok()?),
        }
    }
    Some(total + pending.unwrap_or(0))
}

/// `line` with the kanji numerals of its dates and articles written in
/// digits, as the rest of the grammar reads them.
pub fn arabic_numerals(line: &str) -> String {
    if !line.contains([
        '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '〇',
    ]) {
        return line.to_string();
    }
    let n = |m: Option<regex::Match>| {
        m.and_then(|m| kanji_number(m.as_str()))
            .map(|v| v.to_string())
    };
    let line = KANJI_DATE.replace_all(line, |c: &regex::Captures| {
        let (Some(month), Some(day)) = (n(c.get(3)), n(c.get(4))) else {
            return c[0].to_string();
        };
        match c.get(1) {
            Some(era) => {
                let year = match c.get(2).map(|m| m.as_str()) {
                    Some("元") => "元".to_string(),
                    y => y
                        .and_then(kanji_number)
                        .map_or_else(String::new, |v| v.to_string()),
                };
                format!("{}{year}年{month}月{day}日", era.as_str())
            }
            None => format!("{month}月{day}日"),
        }
    });
    // `同月二十八日`, `10月三日`.
    let line = KANJI_DAY.replace_all(&line, |c: &regex::Captures| {
        n(c.get(1)).map_or_else(|| c[0].to_string(), |d| format!("月{d}日"))
    });
    let line = KANJI_ERA_YEAR.replace_all(&line, |c: &regex::Captures| {
        n(c.get(2)).map_or_else(|| c[0].to_string(), |y| format!("{}{y}年", &c[1]))
    });
    let line = KANJI_ARTICLE.replace_all(&line, |c: &regex::Captures| {
        // `第二号館` is a name; `第八十五号` of a law is a number.
        let law = c[2] != *"号" || line[..c.get(0).map_or(0, |m| m.start())].ends_with("法律");
        match n(c.get(1)) {
            Some(v) if law => format!("第{v}{}", &c[2]),
            _ => c[0].to_string(),
        }
    });
    line.into_owned()
}

/// The first valid date in `text`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    find_dates(text).into_iter().next().map(|f| f.date)
}

fn to_date(era_or_year: &str, era_year: Option<&str>, month: &str, day: &str) -> Option<NaiveDate> {
    let month: u32 = month.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    let year = match ERAS.iter().find(|e| e.name == era_or_year) {
        Some(era) => {
            let n: i32 = match era_year? {
                "元" => 1,
                digits => digits.parse().ok()?,
            };
            if n < 1 {
                return None;
            }
            let year = era.start.0 + n - 1;
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            let start = NaiveDate::from_ymd_opt(era.start.0, era.start.1, era.start.2)?;
            if date < start {
                return None;
            }
            if let Some((y, m, d)) = era.end
                && date > NaiveDate::from_ymd_opt(y, m, d)?
            {
                return None;
            }
            return Some(date);
        }
        None => {
            if era_year.is_some() {
                return None;
            }
            era_or_year.parse().ok()?
        }
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn kanji_numerals_of_dates_and_articles_become_digits() {
        assert_eq!(arabic_numerals("令和七年十月三日"), "令和7年10月3日");
        assert_eq!(arabic_numerals("令和元年十二月二十日"), "令和元年12月20日");
        assert_eq!(
            arabic_numerals("法第二十二条第一項及び第四十七条"),
            "法第22条第1項及び第47条"
        );
        assert_eq!(
            arabic_numerals("平成二十五年法律第八十五号"),
            "平成25年法律第85号"
        );
        assert_eq!(arabic_numerals("同月二十八日付け"), "同月28日付け");
        assert_eq!(arabic_numerals("施行規則第百七条"), "施行規則第107条");
        // A name's numeral stays as printed.
        assert_eq!(
            arabic_numerals("第二クリニック 第二号館"),
            "第二クリニック 第二号館"
        );
        assert_eq!(
            parse_date(&arabic_numerals("令和七年九月二十九日")),
            Some(d(2025, 9, 29))
        );
    }

    #[test]
    fn era_dates_in_every_spelling() {
        assert_eq!(parse_date("平成29年2月20日"), Some(d(2017, 2, 20)));
        assert_eq!(parse_date("令和6年10月25日"), Some(d(2024, 10, 25)));
        assert_eq!(parse_date("令和6年 10 月 24 日、"), Some(d(2024, 10, 24)));
        assert_eq!(parse_date("令和６年１２月２４日"), Some(d(2024, 12, 24)));
        assert_eq!(parse_date("令和 ８ 年 １ 月 ２３ 日"), Some(d(2026, 1, 23)));
        assert_eq!(parse_date("令和元年5月1日"), Some(d(2019, 5, 1)));
        assert_eq!(parse_date("平成31年4月30日"), Some(d(2019, 4, 30)));
        assert_eq!(parse_date("公開日：2024年10月28日"), Some(d(2024, 10, 28)));
    }

    #[test]
    fn a_year_glossed_in_the_other_calendar_is_one_date() {
        assert_eq!(parse_date("令和7年（2025年）10月3日"), Some(d(2025, 10, 3)));
        assert_eq!(
            parse_date("令和７年（２０２５年）１０月３日"),
            Some(d(2025, 10, 3))
        );
        assert_eq!(parse_date("2025年(令和7年)10月3日"), Some(d(2025, 10, 3)));
        assert_eq!(parse_date("令和元年（2019年）5月7日"), Some(d(2019, 5, 7)));
        let found = find_dates("令和7年（2025年）11月10日から同年12月9日まで");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, 0);
        let partial = find_partial_dates("令和6年（2024年）4月に商号変更");
        assert_eq!(
            partial.first().map(|d| d.0.to_string()).as_deref(),
            Some("2024-04")
        );
    }

    #[test]
    fn compact_year_months() {
        let partial = find_partial_dates("旧名称：Y（H30.4変更）");
        assert_eq!(
            partial.first().map(|d| d.0.to_string()).as_deref(),
            Some("2018-04")
        );
        assert!(find_partial_dates("版 1.2").is_empty());
        assert_eq!(
            find_partial_dates("R7.11.4").len(),
            1,
            "a whole date, not also a month"
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(
            parse_date("平成32年1月1日"),
            None,
            "Heisei ended in April 2019"
        );
        assert_eq!(
            parse_date("令和元年4月1日"),
            None,
            "Reiwa began on 1 May 2019"
        );
        assert_eq!(parse_date("令和6年2月30日"), None);
        assert_eq!(parse_date("令和0年1月1日"), None);
        assert_eq!(parse_date("年月日"), None);
    }

    #[test]
    fn compact_table_dates() {
        assert_eq!(parse_date("処分日 R7.3.5"), Some(d(2025, 3, 5)));
        assert_eq!(parse_date("H30.7.6"), Some(d(2018, 7, 6)));
        assert_eq!(parse_date("発表日:2025/3/14"), Some(d(2025, 3, 14)));
        assert_eq!(parse_date("版 1.2.3"), None);
        assert_eq!(parse_date("R1.4.30"), None, "Reiwa began on 1 May 2019");
    }

    #[test]
    fn dates_without_a_day() {
        let found =
            find_partial_dates("令和7年12月に「Y」から改称し、令和８年１月２３日に届け出た");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0.to_string(), "2025-12");
        assert_eq!(found[1].0.to_string(), "2026-01-23");
        assert_eq!(
            find_partial_dates("令和元年5月")
                .first()
                .map(|d| d.0.to_string())
                .as_deref(),
            Some("2019-05")
        );
        assert!(
            find_partial_dates("令和元年4月").is_empty(),
            "Reiwa began in May 2019"
        );
        assert_eq!(
            find_partial_dates("平成31年4月")
                .first()
                .map(|d| d.0.to_string())
                .as_deref(),
            Some("2019-04")
        );
    }

    #[test]
    fn finds_every_date_with_offsets() {
        let found = find_dates("令和7年8月22日に届出、令和7年8月25日に変更");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].date, d(2025, 8, 22));
        assert_eq!(found[1].date, d(2025, 8, 25));
        assert!(found[0].end <= found[1].start);
    }
}
