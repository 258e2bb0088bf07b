//! Where a bureau's rows begin and end, whatever the printed lines say. A
//! one-line entry (`名称:X 施設名:Y 施設番号:Z 所在地:…`) is several rows on
//! one line, split where a label and its colon follow a space outside
//! brackets. And line breaks a PDF converted to HTML leaves inside a row's
//! value are undone. Such a
//! page prints one `<p>` per printed line, so a name too long for its line
//! goes on at the start of the next (`名称 株式会社X` / `房総`), and an
//! address's building sits on a line of its own (`所在地 …5番地3` /
//! `…ビル2階`). A name broken this way is one word (no space: the break is
//! the printer's, not the writer's); a building after its street address is
//! one space away, as when both are printed on one line.

use super::labels::{
    LABEL, LABELS, canonical_key, canonical_label, label_class, labelled_row, strip_numbering,
};

/// The labels whose value is a party's name.
const NAME_LABELS: &[&str] = &["名称", "施設名", "医療機関名", "運営者", "設置者", "開設者"];

/// The label a row opens with, folded to its canonical form.
fn opening_label(line: &str) -> Option<(String, usize)> {
    let body = strip_numbering(line);
    let padded = format!("{body} ");
    let c = LABEL.captures(&padded)?;
    let whole = c.get(0)?;
    (whole.start() == 0).then(|| {
        (
            canonical_label(c.get(1).map_or("", |m| m.as_str())),
            whole.end().min(body.len()),
        )
    })
}

/// The label a row opens with (listed, or read by its head noun) and its value.
fn row_label(line: &str) -> Option<(String, String)> {
    let value = |row: &str, end: usize| {
        strip_numbering(row)
            .get(end..)
            .unwrap_or("")
            .trim()
            .to_string()
    };
    if let Some((l, end)) = opening_label(line) {
        return Some((l, value(line, end)));
    }
    let row = labelled_row(line, false)?;
    let (l, end) = opening_label(&row)?;
    Some((l, value(&row, end)))
}

/// Whether a word before a colon is a label.
fn label_word(word: &str) -> bool {
    LABELS.contains(&canonical_key(word).as_str()) || label_class(word).is_some()
}

/// A one-line entry as its rows: cut before every `label:` that follows a
/// space outside brackets, when the line opens with a label and holds at
/// least two more.
fn split_entry(line: &str) -> Vec<String> {
    if row_label(line).is_none() {
        return vec![line.to_string()];
    }
    let mut cuts = Vec::new();
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '(' | '「' | '『' | '[' | '【' => depth += 1,
            ')' | '」' | '』' | ']' | '】' => depth -= 1,
            _ => {}
        }
        if depth != 0 || !c.is_whitespace() {
            continue;
        }
        let after = &line[i + c.len_utf8()..];
        let start = line.len() - after.trim_start().len();
        let rest = &line[start..];
        if let Some(colon) = rest.find(':')
            && colon > 0
            && !rest[..colon].contains(char::is_whitespace)
            && label_word(&rest[..colon])
            && cuts.last() != Some(&start)
        {
            cuts.push(start);
        }
    }
    if cuts.len() < 2 {
        return vec![line.to_string()];
    }
    let mut out = Vec::new();
    let mut from = 0;
    for at in cuts.into_iter().chain([line.len()]) {
        let part = line[from..at].trim();
        if !part.is_empty() {
            out.push(part.to_string());
        }
        from = at;
    }
    out
}

/// Whether a line is the rest of a name cut by the end of a printed line: a
/// short run of name characters, no label, no bracket, no punctuation.
fn name_fragment(line: &str) -> bool {
    let n = line.chars().count();
    (1..=16).contains(&n)
        && !line.starts_with(|c: char| c.is_ascii_digit())
        && row_label(line).is_none()
        && !super::sections::heading(line)
        && !line.ends_with("内容")
        && line
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, 'ー' | '・'))
}

/// Whether a line is a building (and floor) printed under its address.
fn building(line: &str) -> bool {
    const WORDS: &[&str] = &["ビル", "棟", "階", "タワー", "号室", "館", "センター"];
    line.chars().count() <= 30
        && row_label(line).is_none()
        && crate::names::place_of_address(line).is_none()
        && !line.starts_with('〒')
        && !line.contains(['。', '、', '(', ')', ':'])
        && (WORDS.iter().any(|w| line.contains(w))
            || line.ends_with('F')
                && line
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit()))
}

/// Words a complete clinic's or facility's name ends with: a value ending
/// so is whole, and a line after it is not its rest.
const ESTABLISHMENTS: &[&str] = &[
    "クリニック",
    "病院",
    "診療所",
    "医院",
    "センター",
    "ラボ",
    "加工室",
    "培養室",
];

/// Whether a name reads as an establishment (a clinic or a facility).
fn establishment(name: &str) -> bool {
    crate::names::looks_like_facility(name) || ESTABLISHMENTS.iter().any(|w| name.contains(w))
}

/// The lines with a value's printed-line breaks joined back: a name's
/// rest to its name row without a space, a building to its address row
/// with one. A name cell that prints the operator on its first line and
/// the clinic under it (`医療法人財団 X会` / `Yクリニック`) keeps the two
/// apart by a space, as the mention grammar reads an operator before its
/// clinic.
pub(crate) fn rejoin(lines: &[String]) -> Vec<String> {
    let lines: Vec<String> = lines.iter().flat_map(|l| split_entry(l)).collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        i += 1;
        let Some((label, value)) = row_label(line) else {
            out.push(line.clone());
            continue;
        };
        let value = value.as_str();
        let mut joined = line.clone();
        if value.is_empty() {
            out.push(joined);
            continue;
        }
        if NAME_LABELS.contains(&label.as_str())
            && !value.ends_with([')', '」', '』', '。'])
            && !ESTABLISHMENTS.iter().any(|w| value.ends_with(w))
        {
            // The run of fragments under the row: the rest of its name.
            let run: Vec<&String> = lines[i..]
                .iter()
                .take_while(|l| name_fragment(l))
                .take(2)
                .collect();
            if !run.is_empty() {
                let rest: String = run.iter().map(|l| l.as_str()).collect();
                if ["医療機関名", "施設名"].contains(&label.as_str())
                    && crate::names::is_legal_entity(value)
                    && establishment(&rest)
                {
                    joined.push(' ');
                }
                joined.push_str(&rest);
                i += run.len();
            }
        } else if label == "所在地"
            && super::mention::looks_like_address(value)
            && lines.get(i).is_some_and(|l| building(l))
        {
            joined.push(' ');
            joined.push_str(&lines[i]);
            i += 1;
        }
        out.push(joined);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &[&str]) -> Vec<String> {
        s.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_name_cut_at_the_end_of_a_printed_line_is_one_word() {
        let got = rejoin(&lines(&[
            "名 称 株式会社ミナトセル",
            "工房",
            "(代表取締役:山 太郎)",
            "所 在 地 千葉県柏市若柴二丁目5番地3",
            "柏ラボビル2階",
            "施 設 名 柏バイオプロセシング",
            "センター",
            "経緯",
        ]));
        assert_eq!(
            got,
            lines(&[
                "名 称 株式会社ミナトセル工房",
                "(代表取締役:山 太郎)",
                "所 在 地 千葉県柏市若柴二丁目5番地3 柏ラボビル2階",
                "施 設 名 柏バイオプロセシングセンター",
                "経緯",
            ])
        );
    }

    #[test]
    fn a_heading_or_a_sentence_after_a_row_stays_a_line() {
        let got = rejoin(&lines(&[
            "名称 株式会社ミナトセル",
            "処分内容 改善命令",
            "同社は、",
        ]));
        assert_eq!(got.len(), 3);
        let got = rejoin(&lines(&[
            "医療機関名 医療法人 青葉会 青葉クリニック",
            "訂正後の内容",
        ]));
        assert_eq!(got.len(), 2);
        let got = rejoin(&lines(&["施設名 みなと細胞加工室", "経緯"]));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_one_line_entry_is_its_rows() {
        let got = rejoin(&lines(&[
            "名称:(株)みなとセル(代表取締役:山 太郎) 施設名:みなと 加工室 施設番号:FA1234567 開設法人:医療法人 青葉会 所在地:東京都港区1-2-3",
            "同社は、令和7年に 所在地:X 名称:Y",
        ]));
        assert_eq!(
            got,
            lines(&[
                "名称:(株)みなとセル(代表取締役:山 太郎)",
                "施設名:みなと 加工室",
                "施設番号:FA1234567",
                "開設法人:医療法人 青葉会",
                "所在地:東京都港区1-2-3",
                "同社は、令和7年に 所在地:X 名称:Y",
            ])
        );
    }

    #[test]
    fn an_operator_over_its_clinic_stays_apart_from_it() {
        let got = rejoin(&lines(&[
            "医療機関名 医療法人財団 青葉会",
            "青葉記念メディカル",
            "クリニック",
            "所在地 東京都多摩市青葉二丁目18番地3",
        ]));
        assert_eq!(
            got[0],
            "医療機関名 医療法人財団 青葉会 青葉記念メディカルクリニック"
        );
        assert_eq!(got.len(), 2);
    }
}
