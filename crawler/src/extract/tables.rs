//! Tables of a notice read as labelled lines. Bureaus print their entries
//! in tables as often as in rows: a header of labels (`医療機関名｜所在地｜
//! 管理者…`, perhaps over two rows with merged cells) and one entry per row.
//! Each row becomes the labelled lines `bureau` reads, so a table and rows
//! read alike; a table of 旧名称 and 新名称 becomes rename sentences. Labels
//! written in 【】 or in parentheses at a line's start are labels too.

use std::sync::LazyLock;

use regex::Regex;

use super::labels::{LABEL, LABELS, canonical_key};
use crate::names::clean;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

/// What a table's header cell labels, folding composite headers:
/// `医療機関の名称／管理者` → 医療機関名 and 管理者,
/// `細胞培養加工施設の名称（施設番号）` → 施設名,
/// `特定細胞加工物等製造事業者の名称及び代表者` → 製造事業者.
fn header_labels(cell: &str) -> Vec<&'static str> {
    let c: String = clean(cell).chars().filter(|c| !c.is_whitespace()).collect();
    let has = |w: &str| c.contains(w);
    let mut out = Vec::new();
    if has("旧名称") || has("旧商号") || has("変更前の名称") || has("変更前の商号")
    {
        return vec!["旧名称"];
    }
    if has("新名称") || has("新商号") {
        return vec!["新名称"];
    }
    if has("変更年月日") || has("変更日") {
        return vec!["変更年月日"];
    }
    if (has("施設") && (has("名称") || has("施設名"))) && !has("医療機関") {
        out.push("施設名");
    } else if has("医療機関") || has("提供機関") {
        out.push("医療機関名");
    } else if has("事業者")
        || has("開設者")
        || has("設置者")
        || has("届出者")
        || has("運営法人")
        || has("開設法人")
        || has("法人名")
    {
        out.push("製造事業者");
    } else if has("被処分者") || has("処分を受けた者") || has("名宛人") {
        // The addressee: a manager (`管理者 X`) or an operator with its
        // representative under it — each line says which (`addressee_lines`).
        out.push(ADDRESSEE);
    } else if c == "名称" || c == "氏名" {
        out.push(if c == "名称" { "名称" } else { "氏名" });
    }
    if has("管理者") && !out.is_empty() {
        out.push("管理者");
    } else if has("管理者") || has("院長") {
        out.push(if has("院長") { "院長" } else { "管理者" });
    }
    if has("所在地") || has("住所") {
        out.push("所在地");
    }
    if has("処分") && (has("内容") || has("種類")) || has("根拠条項") {
        out.push("処分内容");
    }
    if has("処分日") || has("処分年月日") || has("命令日") {
        out.push("処分日");
    }
    if has("計画") {
        out.push("計画名");
    }
    if has("施設番号") && out.is_empty() {
        out.push("施設番号");
    }
    if has("失効日") || has("廃止年月日") || has("廃止日") {
        out.push("廃止年月日");
    }
    if has("中止日") || has("中止年月日") {
        out.push("中止年月日");
    }
    if c == "区分" || c == "種別" {
        out.push("区分");
    }
    if has("代表者") && !has("事業者") && out.is_empty() {
        out.push("代表者");
    }
    // `名称変更履歴`: the party's names over time, a remark on the party.
    if has("備考") || has("変更履歴") || has("沿革") {
        out.push("備考");
    }
    out
}

/// The label of a column of addressees (`被処分者`), whose cells say by
/// themselves what they are.
const ADDRESSEE: &str = "被処分者";

/// Positions a cell line may open with (`管理者 榊原 雅臣`, `代表取締役 真柴 伸吾`).
const POSITIONS: &[&str] = &[
    "管理者",
    "実施責任者",
    "代表取締役",
    "代表理事",
    "理事長",
    "代表者",
    "院長",
];

/// The labelled lines of an addressee cell: a line opening with a position
/// names that person; any other line is the party addressed — an operator
/// when it is a legal entity (`株式会社X（旧商号：Y）`), else a name.
fn addressee_lines(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in positions_over_names(cell_lines(value)) {
        let position = POSITIONS.iter().chain(&["開設者"]).find(|p| {
            line.strip_prefix(**p)
                .is_some_and(|rest| rest.starts_with([' ', ':']))
        });
        match position {
            Some(p) => out.push(clean(&format!(
                "{p} {}",
                line[p.len()..].trim_start_matches([' ', ':'])
            ))),
            None => {
                // `(株)X(…)`: the parenthesis of an abbreviated legal form
                // belongs to the name.
                let form = crate::names::LEGAL_FORMS
                    .iter()
                    .find(|f| f.starts_with('(') && line.starts_with(**f))
                    .map_or(0, |f| f.len());
                let head = &line[..form + line[form..].find('(').unwrap_or(line.len() - form)];
                let label = if crate::names::is_legal_entity(head) {
                    "製造事業者"
                } else {
                    "処分を受けた者"
                };
                out.push(format!("{label} {line}"));
            }
        }
    }
    out
}

/// A position alone on its line names the person on the next one (`管理者`
/// over `志摩 亜希子`); positions joined by 兼 (`開設者兼管理者` over `八代
/// 玲央`) are each held by that person — a clinic's 開設者 written so is a
/// doctor who opened it in person.
fn positions_over_names(lines: Vec<String>) -> Vec<String> {
    let held = |l: &str| -> Option<Vec<&'static str>> {
        let parts: Vec<&str> = l.split('兼').map(str::trim).collect();
        parts
            .iter()
            .map(|p| {
                POSITIONS
                    .iter()
                    .chain(&["開設者"])
                    .find(|q| **q == *p)
                    .copied()
            })
            .collect()
    };
    let mut out = Vec::new();
    let mut it = lines.into_iter().peekable();
    while let Some(line) = it.next() {
        match held(&line) {
            Some(titles) if it.peek().is_some_and(|n| held(n).is_none()) => {
                let name = it.next().unwrap_or_default();
                out.extend(titles.iter().map(|t| format!("{t} {name}")));
            }
            _ => out.push(line),
        }
    }
    out
}

/// A cell's lines, with a line that is only a parenthesis joined to the
/// name above it: `X` over `（旧名称：Y）` is `X（旧名称：Y）`, and so is `X`
/// over `施設番号 FA…` over `（旧名称：Y）`.
fn cell_lines(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in value.lines().map(clean).filter(|l| !l.is_empty()) {
        let owner = out
            .iter()
            .rposition(|l| LABEL.find(&format!("{l} ")).is_none_or(|m| m.start() > 0));
        match owner {
            Some(i) if line.starts_with('(') && line.ends_with(')') => out[i].push_str(&line),
            _ => out.push(line),
        }
    }
    out
}

/// A cell under a composite header: `Xクリニック管理者 熱田 昌平` gives the
/// clinic and the manager.
fn split_composite(value: &str, labels: &[&'static str]) -> Vec<(&'static str, String)> {
    if labels.len() == 2
        && labels[1] == "管理者"
        && let Some(at) = value.find("管理者")
    {
        let (a, b) = (&value[..at], &value[at + "管理者".len()..]);
        return vec![
            (labels[0], clean(a)),
            ("管理者", clean(b.trim_start_matches([':', '：']))),
        ];
    }
    labels
        .first()
        .map(|l| {
            let lines = if ["医療機関名", "施設名", "名称"].contains(l) {
                name_cell_lines(value)
            } else {
                cell_lines(value)
            };
            vec![(*l, lines.join("\n"))]
        })
        .unwrap_or_default()
}

/// A name cell's lines, with an operator the cell wraps before its clinic
/// (`医療法人 糸島玄洋会` over `いとしま再生クリニック`) joined to it: the
/// `<br>` of a narrow column stands between two words of one name.
fn name_cell_lines(value: &str) -> Vec<String> {
    let mut lines = cell_lines(value);
    if lines.len() >= 2
        && crate::names::is_legal_entity(&lines[0])
        && !lines[1].starts_with('(')
        && LABEL
            .find(&format!("{} ", lines[1]))
            .is_none_or(|m| m.start() > 0)
        && crate::names::find_facility_number(&lines[1]).is_none()
        && !crate::names::looks_like_plan(&lines[1])
    {
        let second = lines.remove(1);
        lines[0] = format!("{} {second}", lines[0]);
    }
    lines
}

/// Unrolls tables with a header row of labels (`医療機関名｜所在地｜管理者…`)
/// into labelled lines, one entry per row (`同上` repeats the cell above),
/// replacing the flattened lines those rows became. A table of 旧名称 and
/// 新名称 columns becomes rename sentences.
pub fn unroll_tables(lines: &[String], tables: &[Vec<Vec<String>>]) -> Vec<String> {
    // `【施設の名称】X`: a bracketed label is a label.
    // `（製造所）X`, `(施設番号)FA…`: a label in parentheses, when it is one.
    let mut out: Vec<String> = lines
        .iter()
        .map(|l| match BRACKETED.captures(l) {
            Some(c) if LABEL.is_match(&format!("{} ", &c[1])) => {
                clean(&format!("{} {}", &c[1], &c[2]))
            }
            _ => match PAREN_LABEL.captures(l) {
                Some(c) if LABELS.contains(&canonical_key(&c[1]).as_str()) => {
                    clean(&format!("{} {}", &c[1], &c[2]))
                }
                _ => l.clone(),
            },
        })
        .collect();
    for table in tables {
        // A row one cell spans (a caption, a section heading, a lead
        // sentence in a layout table) labels nothing: the header is the
        // first row of several cells.
        let spanning = |r: &Vec<String>| r.len() > 1 && r.iter().all(|c| *c == r[0]);
        let table: &Vec<Vec<String>> = &match table.iter().position(|r| !spanning(r)) {
            Some(0) | None => table.clone(),
            Some(at) => table[at..].to_vec(),
        };
        let Some(header) = table.first() else {
            continue;
        };
        // A header may take several rows (`被処分者` over `名称｜代表者等`):
        // a row whose every cell is a label or the cell above continues it.
        let mut head_rows = 1;
        while head_rows + 1 < table.len() {
            let (row, prev) = (&table[head_rows], &table[head_rows - 1]);
            let continues = row
                .iter()
                .enumerate()
                .all(|(i, c)| prev.get(i) == Some(c) || !header_labels(c).is_empty())
                && row.iter().enumerate().any(|(i, c)| prev.get(i) != Some(c));
            if !continues {
                break;
            }
            head_rows += 1;
        }
        // Each column is labelled by its lowest header cell that names a field.
        let labels: Vec<Vec<&'static str>> = (0..header.len())
            .map(|i| {
                table[..head_rows]
                    .iter()
                    .rev()
                    .map(|r| r.get(i).map(|h| header_labels(h)).unwrap_or_default())
                    .find(|l| !l.is_empty())
                    .unwrap_or_default()
            })
            .collect();
        if let Some(unrolled) = by_columns(table) {
            splice(&mut out, table, unrolled);
            continue;
        }
        let labelled = labels.iter().filter(|l| !l.is_empty()).count();
        // A vertical table (a label in each row's first cell, its value in
        // the second) already reads as labelled lines.
        let vertical = table.len() > 1
            && table.iter().filter(|r| !spanning(r)).all(|r| {
                r.len() == 2
                    && (!header_labels(&r[0]).is_empty()
                        || super::labels::label_class(&r[0]).is_some())
            });
        if vertical {
            // Each row a label and its value: the label as the layouts know
            // it (a `医療機関` cell labels the clinic's name), a spanning row
            // (a section heading) as it is.
            let unrolled: Vec<String> = table
                .iter()
                .flat_map(|r| {
                    if spanning(r) {
                        return cell_lines(&r[0]);
                    }
                    let label = match super::labels::label_class(&r[0]) {
                        Some(_) => r[0].clone(),
                        None => header_labels(&r[0])
                            .first()
                            .map_or_else(|| r[0].clone(), |l| (*l).to_string()),
                    };
                    let mut lines = r[1].lines().map(clean).filter(|l| !l.is_empty());
                    let first = clean(&format!("{label} {}", lines.next().unwrap_or_default()));
                    std::iter::once(first).chain(lines).collect()
                })
                .collect();
            splice(&mut out, table, unrolled);
            continue;
        }
        if labelled < 2 || labelled * 2 < header.len() || table.len() <= head_rows {
            continue;
        }
        let renames =
            labels.iter().any(|l| l == &["旧名称"]) && labels.iter().any(|l| l == &["新名称"]);
        let mut unrolled = Vec::new();
        let mut above: Vec<String> = Vec::new();
        for row in &table[head_rows..] {
            let mut cells = Vec::new();
            for cell in row {
                let i = cells.len();
                let value = if cell.trim() == "同上" {
                    above.get(i).cloned().unwrap_or_default()
                } else {
                    cell.clone()
                };
                cells.push(value);
            }
            let col = |name: &str| {
                labels
                    .iter()
                    .position(|l| l.contains(&name))
                    .and_then(|i| cells.get(i).cloned())
            };
            if renames {
                if let (Some(old), Some(new)) = (col("旧名称"), col("新名称")) {
                    let on = col("変更年月日")
                        .and_then(|d| crate::wareki::parse_date(&d))
                        .map(|d| d.format("%Y年%-m月%-d日").to_string())
                        .unwrap_or_default();
                    unrolled.push(clean(&format!("{on}に「{old}」から「{new}」に名称を変更")));
                }
            } else {
                let main = col("医療機関名").or(col("施設名")).or(col("名称"));
                // `医療機関・施設の名称` over rows of either kind: the row's
                // 区分 (or the name itself) says which it names.
                let facility_row = col("区分")
                    .and_then(|k| super::bureau::kind_of_category(&k))
                    .map(|r| r == crate::record::Role::CellProcessingFacility)
                    .or_else(|| main.as_deref().map(crate::names::looks_like_facility))
                    .unwrap_or(false);
                for (i, value) in cells.iter().enumerate() {
                    let here = labels.get(i).map(Vec::as_slice).unwrap_or(&[]);
                    if value.trim().is_empty() || here.is_empty() {
                        continue;
                    }
                    if here == [ADDRESSEE] {
                        unrolled.extend(addressee_lines(value));
                        continue;
                    }
                    let either = header
                        .get(i)
                        .is_some_and(|h| h.contains("医療機関") && h.contains("施設"));
                    let here: &[&'static str] = if either && facility_row && here == ["医療機関名"]
                    {
                        &["施設名"]
                    } else {
                        here
                    };
                    // A 旧名称 column beside the name (no 新名称 column): a
                    // remark that the party had that name, `－` when none.
                    let former = here == ["旧名称"];
                    if former && value.trim().chars().all(|c| "-－ーなし無".contains(c)) {
                        continue;
                    }
                    let value = if former && main.is_some() {
                        format!("旧名称:{}", value.replace('\n', ""))
                    } else {
                        value.clone()
                    };
                    let here: &[&'static str] = if former && main.is_some() {
                        &["備考"]
                    } else {
                        here
                    };
                    if here == ["備考"] {
                        // A remark about the entry's party: read as its parenthesis.
                        if let Some(m) = &main {
                            let name = split_composite(
                                m,
                                &labels[labels
                                    .iter()
                                    .position(|l| {
                                        l.contains(&"医療機関名")
                                            || l.contains(&"施設名")
                                            || l.contains(&"名称")
                                    })
                                    .unwrap_or(0)],
                            )
                            .first()
                            .map(|x| x.1.clone())
                            .unwrap_or_default();
                            let value = value.replace('\n', "。");
                            unrolled.push(clean(&format!("備考 「{name}」({value})")));
                        } else {
                            // The entry's party is in the rows above (read by `renames`).
                            unrolled.push(clean(&format!("備考 {}", value.replace('\n', "。"))));
                        }
                        continue;
                    }
                    for (label, v) in split_composite(&value, here) {
                        // A cell's lines (<br>) stay lines: a second plan under the first.
                        let mut parts = v.lines();
                        unrolled.push(clean(&format!("{label} {}", parts.next().unwrap_or(""))));
                        unrolled.extend(parts.map(clean).filter(|l| !l.is_empty()));
                    }
                }
            }
            above = cells;
        }
        splice(&mut out, table, unrolled);
    }
    out
}

/// Puts `unrolled` in place of the lines `table` became (a cell with <br>
/// spans several): from its first row on, every line that is part of the
/// table's text. A cell spanning columns is one cell in the page's text.
/// A dash or nothing: a cell that states nothing.
fn says_nothing(cell: &str) -> bool {
    cell.trim().chars().all(|c| "-－―ー‐—なし無 ".contains(c))
}

/// A table laid out one party per column: a corner cell (`区分`, `項目` or
/// nothing) over labels in the first column (`名称`, `所在地`, `施設番号` …),
/// each other column one party (`再生医療等提供機関｜細胞培養加工施設`,
/// `甲（委託元）｜乙（委託先）`). Each column reads as an entry, opened by its
/// kind (`区分 …`; 委託元 is the clinic's side of a contract, 委託先 the
/// facility's), `同左` the cell to its left, dashes nothing; a cell's line
/// that is a labelled row of its own (`開設者 X`) keeps its own label. A
/// `変更前｜変更後` table is a rename per row that changes, dated by its
/// `変更年月日` row.
fn by_columns(table: &[Vec<String>]) -> Option<Vec<String>> {
    let header = table.first()?;
    let corner = clean(&header[0]);
    if table.len() < 3
        || header.len() < 3
        || !["", "区分", "項目", "事項"].contains(&corner.as_str())
        || table.iter().any(|r| r.len() != header.len())
    {
        return None;
    }
    let is_label = |c: &str| {
        !header_labels(c).is_empty()
            || super::labels::label_class(c).is_some()
            || ["商号", "名称"].contains(&clean(c).as_str())
    };
    let labelled = table[1..].iter().filter(|r| is_label(&r[0])).count();
    if labelled * 3 < (table.len() - 1) * 2
        || header[1..]
            .iter()
            .any(|h| is_label(h) && super::bureau::kind_of_category(h).is_none())
    {
        return None;
    }
    let mut out = Vec::new();
    let (h1, h2) = (clean(&header[1]), clean(&header[2]));
    if (h1.contains("変更前") || h1.starts_with('旧'))
        && (h2.contains("変更後") || h2.starts_with('新'))
    {
        let on = table[1..]
            .iter()
            .filter(|r| r[0].contains('日'))
            .find_map(|r| {
                crate::wareki::parse_date(&clean(&r[2]))
                    .or(crate::wareki::parse_date(&clean(&r[1])))
            })
            .map(|d| d.format("%Y年%-m月%-d日").to_string())
            .unwrap_or_default();
        for r in &table[1..] {
            let (old, new) = (clean(&r[1]), clean(&r[2]));
            if r[0].contains('日') || old == new || says_nothing(&old) || says_nothing(&new) {
                continue;
            }
            out.push(format!("備考 {on}に「{old}」から「{new}」に名称を変更"));
        }
        return Some(out);
    }
    for (j, cell) in header.iter().enumerate().skip(1) {
        let h = clean(cell);
        let kind = if h.contains("委託元") {
            "再生医療等提供機関".to_string()
        } else if h.contains("委託先") || h.contains("受託") {
            "細胞培養加工施設".to_string()
        } else {
            h
        };
        out.push(format!("区分 {kind}"));
        for r in &table[1..] {
            let mut k = j;
            while k > 1 && clean(&r[k]) == "同左" {
                k -= 1;
            }
            let cell = &r[k];
            if says_nothing(cell) || clean(cell) == "同左" {
                continue;
            }
            for (n, line) in cell
                .lines()
                .map(clean)
                .filter(|l| !says_nothing(l))
                .enumerate()
            {
                if n > 0 || super::sections::opens_with_label(&line) {
                    out.push(line);
                } else {
                    out.push(clean(&format!("{} {line}", r[0])));
                }
            }
        }
    }
    Some(out)
}

fn splice(out: &mut Vec<String>, table: &[Vec<String>], unrolled: Vec<String>) {
    let rows: Vec<String> = table
        .iter()
        .map(|r| {
            let mut cells = r.clone();
            cells.dedup();
            clean(&cells.join(" ").replace('\n', ""))
        })
        .collect();
    let blob: String = table
        .iter()
        .flatten()
        .map(|c| clean(c).replace([' ', '\n'], ""))
        .collect();
    let Some(first) = rows.first() else {
        return;
    };
    // A cell's `<br>` broke its row over several lines: the row's first
    // line is the text up to that break.
    let first_line = table.first().map(|r| {
        let mut cells = r.clone();
        cells.dedup();
        clean(cells.join(" ").split('\n').next().unwrap_or(""))
    });
    let found = out.iter().position(|l| l == first).or_else(|| {
        // The row's first line, followed by more of the table (the same
        // first line may open a table already unrolled above).
        (0..out.len()).find(|&i| {
            Some(&out[i]) == first_line.as_ref()
                && out
                    .get(i + 1)
                    .is_some_and(|n| blob.contains(&n.replace(' ', "")))
        })
    });
    match found {
        Some(at) => {
            // As many lines as the rows printed: no more (a table of the
            // same lines may follow).
            let printed: usize = table
                .iter()
                .map(|r| {
                    let mut cells = r.clone();
                    cells.dedup();
                    1 + cells.join(" ").matches('\n').count()
                })
                .sum();
            let end = (at + 1..out.len())
                .find(|&i| !blob.contains(&out[i].replace(' ', "")))
                .unwrap_or(out.len())
                .min(at + printed.max(rows.len()));
            out.splice(at..end, unrolled);
        }
        None => out.extend(unrolled),
    }
}

static BRACKETED: LazyLock<Regex> = LazyLock::new(|| re(r"^【([^】]{2,14})】\s*(\S.*)$"));
static PAREN_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"^\(([^)]{2,14})\)\s*(\S.*)$"));
