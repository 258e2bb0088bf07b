//! Bureau pages in the layouts and words no list names: rows whose labels
//! are read by their head noun (許可を受けていた者, 特定細胞加工物等製造事業者,
//! 細胞培養加工施設の所在地, 根拠条文), rows numbered (1) / 1. / ① or written
//! 【label】value, `<dl>`s whose position labels stand over `氏名 X`,
//! vertical tables, tables with a column of addressees (被処分者) and a name
//! column for either kind (医療機関・施設の名称), renames as 旧名称 /
//! 名称変更日 rows or in the operator's parenthesis, rows nobody keeps
//! (停止の期間, 理由, 届出日), plans listed under a heading that names their
//! clinic, and after the entries a narrative that names a context clinic
//! and lists findings. Each page must give back its parties and nothing
//! else: a finding, a clause or the reporting clinic is never a party.

use super::{Entry, Rng, check_entry, date, entry, label, report, width};
use tadoru_crawler::PageContent;
use tadoru_crawler::names::{clean, name_key, split_operator};

/// A rename of an entry's party as a page may state it: the old name, and
/// the date as printed and as ISO (`YYYY-MM-DD` or `YYYY-MM`).
struct Renamed {
    old: String,
    on: Option<(String, String)>,
}

/// One addressee with what the page states of it beyond `Entry`.
struct Party {
    e: Entry,
    /// The party itself was renamed (旧名称 row, or a second line of its cell).
    renamed: Option<Renamed>,
    /// Its operator was renamed (in the operator's parenthesis).
    operator_was: Option<String>,
}

/// A label for a field, from the words bureaus use — listed or not.
fn field_label(field: &str, facility: bool, rng: &mut Rng) -> String {
    let words: &[&str] = match field {
        "name" if facility => &["施設名", "施設の名称", "細胞培養加工施設の名称"],
        "name" => &["医療機関名", "医療機関の名称", "再生医療等提供機関の名称"],
        "operator" if facility => &[
            "特定細胞加工物等製造事業者",
            "製造事業者",
            "事業者",
            "設置者",
            "許可を受けていた者",
            "届出者",
        ],
        "operator" => &["開設者", "開設法人"],
        "address" if facility => &["所在地", "施設の所在地", "細胞培養加工施設の所在地"],
        "address" => &["所在地", "住所", "医療機関の所在地"],
        "number" => &["施設番号"],
        "plans" => &["計画名", "再生医療等提供計画", "提供計画の名称"],
        "basis" => &["処分内容", "根拠条項", "根拠条文", "処分の内容"],
        "old" => &["旧名称", "旧称"],
        "renamed_on" => &["名称変更日", "変更年月日"],
        _ => &["備考"],
    };
    let word = *rng.pick(words);
    label(word, rng)
}

/// Rows nobody keeps, with values a careless reader would take for a date
/// of the order or a party.
const IGNORED: &[(&str, &str)] = &[
    ("停止の期間", "令和8年4月1日から令和8年6月30日まで"),
    (
        "理由",
        "許可を受けていた者が改善命令に従わず製造を続けていたため。",
    ),
    ("届出日", "令和7年5月9日"),
    ("連絡先", "健康福祉部医事課(代表)"),
];

/// The rows of one entry as label and value, in the order a bureau prints them.
fn rows(p: &Party, rng: &mut Rng) -> Vec<(String, String)> {
    let e = &p.e;
    let mut out = Vec::new();
    let op_value = |op: &str, rng: &mut Rng| match &p.operator_was {
        Some(was) if op.starts_with("株式会社") => format!(
            "{op}（{}）",
            if rng.chance(50) {
                format!("旧商号：{was}")
            } else {
                let (d, _) = date(rng);
                format!("{d}付けで{was}から商号変更")
            }
        ),
        Some(was) => format!("{op}（旧名称：{was}）"),
        None => op.to_string(),
    };
    let person_value = |rng: &mut Rng| -> (String, String) {
        if e.facility {
            // `代表者 代表取締役：X`, `代表者 理事長 X`, `代表者 X（理事長）`, or
            // the position as the label.
            if rng.chance(20) {
                (label("代表者", rng), format!("{}（{}）", e.person, e.title))
            } else if rng.chance(50) {
                let colon = *rng.pick(&["：", " ", ":"]);
                (
                    label("代表者", rng),
                    format!("{}{colon}{}", e.title, e.person),
                )
            } else {
                (label(e.title, rng), e.person.clone())
            }
        } else {
            (label(e.position(), rng), e.person.clone())
        }
    };
    // `施設番号 FA… 施設名 …`: the number printed before everything else.
    let number_first = e.facility && e.number.is_some() && rng.chance(25);
    if number_first && let Some((printed, _)) = &e.number {
        out.push((
            field_label("number", true, rng),
            format!("{printed}（テスト用の架空の番号）"),
        ));
    }
    if e.facility {
        let op = e.operator.clone().unwrap_or_default();
        out.push((field_label("operator", true, rng), op_value(&op, rng)));
        out.push(person_value(rng));
        out.push((field_label("name", true, rng), e.name.clone()));
    } else {
        out.push((field_label("name", false, rng), e.name.clone()));
        if let (Some(op), false) = (&e.operator, e.operator_in_name) {
            out.push((field_label("operator", false, rng), op_value(op, rng)));
        }
        out.push(person_value(rng));
    }
    if let Some(r) = &p.renamed {
        out.push((field_label("old", e.facility, rng), r.old.clone()));
        if let Some((printed, _)) = &r.on {
            out.push((field_label("renamed_on", e.facility, rng), printed.clone()));
        }
    }
    if let (Some((printed, _)), false) = (&e.number, number_first) {
        out.push((
            field_label("number", true, rng),
            format!("{printed}（テスト用の架空の番号）"),
        ));
    }
    out.push((field_label("address", e.facility, rng), e.address.clone()));
    if !e.plans.is_empty() {
        let list: Vec<String> = e.plans.iter().map(|x| format!("「{x}」")).collect();
        let sep = *rng.pick(&["、", "／"]);
        out.push((field_label("plans", false, rng), list.join(sep)));
    }
    if rng.chance(40) {
        let (l, v) = *rng.pick(IGNORED);
        out.push((l.to_string(), v.to_string()));
    }
    let article = if e.facility {
        "法第48条第2項"
    } else {
        "法第23条第1項"
    };
    out.push((
        field_label("basis", e.facility, rng),
        format!("{article}に基づく改善命令"),
    ));
    out
}

/// `①`…`⑨`: how a bureau numbers rows with circled digits.
fn circled(k: usize) -> char {
    char::from_u32('①' as u32 + k as u32).unwrap_or('・')
}

/// One entry's rows as HTML, in the layout chosen for the page.
fn entry_html(p: &Party, layout: usize, rng: &mut Rng) -> String {
    let rows = rows(p, rng);
    match layout {
        // `<dl>`: a position over `氏名 X` as often as not.
        0 => {
            let mut html = String::from("<dl>");
            for (l, v) in rows {
                let position = ["管理者", "実施責任者", "理事長", "代表取締役"]
                    .contains(&l.replace(' ', "").as_str());
                let v = if position && rng.chance(60) {
                    format!("氏名{}{v}", rng.pick(&["　", " ", "："]))
                } else {
                    v
                };
                html.push_str(&format!("<dt>{l}</dt><dd>{v}</dd>"));
            }
            html.push_str("</dl>");
            html
        }
        // A vertical table: th over td, one row per field.
        1 => {
            let mut html = String::from("<table>");
            for (l, v) in rows {
                html.push_str(&format!("<tr><th>{l}</th><td>{v}</td></tr>"));
            }
            html.push_str("</table>");
            html
        }
        // One line for the whole entry (`名称：X 施設名：Y 施設番号：Z 所在地：…`).
        3 => {
            let sep = *rng.pick(&[" ", "　", "  "]);
            let colon = *rng.pick(&["：", ":"]);
            let line: Vec<String> = rows
                .into_iter()
                .map(|(l, v)| format!("{}{colon}{v}", l.replace(' ', "")))
                .collect();
            format!("<p>{}</p>", line.join(sep))
        }
        // A PDF converted to HTML: one `<p>` per printed line, a long name
        // going on at the start of the next line, a building under its address.
        4 => {
            let operator = p.e.operator.clone().unwrap_or_default();
            rows.into_iter()
                .map(|(l, v)| {
                    let broken = if v == p.e.name || (p.e.facility && v == operator) {
                        pdf_break(&v, rng)
                    } else if v == p.e.address {
                        let brk = *rng.pick(&["<br>", "</p><p>"]);
                        v.replacen(' ', brk, 1)
                    } else {
                        v
                    };
                    format!("<p>{l}{}{broken}</p>", rng.pick(&["　", " ", "　　"]))
                })
                .collect()
        }
        // Rows numbered (1), 1., ①, or written 【label】value.
        _ => {
            let style = rng.next() % 5;
            let colon = *rng.pick(&[" ", "：", ":", "　"]);
            rows.into_iter()
                .enumerate()
                .map(|(k, (l, v))| {
                    let row = match style {
                        0 => format!("({}) {l}{colon}{v}", k + 1),
                        1 => format!("{}．{l}{colon}{v}", k + 1),
                        2 => format!("{}{l}{colon}{v}", circled(k)),
                        3 => format!("【{}】{v}", l.replace(' ', "")),
                        _ => format!("{l}{colon}{v}"),
                    };
                    format!("<p>{row}</p>")
                })
                .collect()
        }
    }
}

/// A name cut where a printed line ends: its last word goes on at the start
/// of the next line (a `<br>` or the next `<p>`), somewhere after its
/// legal form and before its digits' run ends.
fn pdf_break(name: &str, rng: &mut Rng) -> String {
    // The last word, which the line break cuts (an operator's legal form
    // and name stay on the first line).
    let start = name.rfind(' ').map_or(0, |i| i + 1);
    let word: Vec<char> = name[start..].chars().collect();
    // Cut after its legal form and two more characters, leaving a rest
    // that does not open with a digit.
    let head: String = word.iter().collect();
    let form = tadoru_crawler::names::LEGAL_FORMS
        .iter()
        .find(|f| head.starts_with(**f))
        .map_or(0, |f| f.chars().count());
    let cuts: Vec<usize> = (form + 2..word.len().saturating_sub(1))
        .filter(|&k| !word[k].is_ascii_digit() && word.len() - k <= 16)
        .collect();
    if cuts.is_empty() {
        return name.to_string();
    }
    let k = *rng.pick(&cuts);
    let head: String = word[..k].iter().collect();
    let rest: String = word[k..].iter().collect();
    format!(
        "{}{head}{}{rest}",
        &name[..start],
        rng.pick(&["<br>", "</p><p>"])
    )
}

/// A table of addressees as 関東信越 prints it: 区分｜被処分者｜医療機関・施設の名称
/// ｜所在地｜根拠条項, the addressee cell naming the manager or the operator
/// over its representative, the name cell the facility number or former
/// name on a second line.
fn addressee_table(parties: &[Party], rng: &mut Rng) -> String {
    let mut html = String::from(
        "<table><tr><th>区分</th><th>被処分者</th><th>医療機関・施設の名称</th><th>所在地</th><th>根拠条項</th></tr>",
    );
    for p in parties {
        let e = &p.e;
        let (kind, addressee, article) = if e.facility {
            let op = e.operator.clone().unwrap_or_default();
            let op = match &p.operator_was {
                Some(was) => format!("{op}（旧名称：{was}）"),
                None => op,
            };
            (
                "細胞培養加工施設",
                format!("{op}<br>{} {}", e.title, e.person),
                "法第48条第2項",
            )
        } else {
            (
                "再生医療等提供機関",
                format!("{} {}", e.position(), e.person),
                "法第23条第1項",
            )
        };
        let mut name = e.name.clone();
        if let Some((printed, _)) = &e.number {
            name.push_str(&format!("<br>施設番号{}{printed}", rng.pick(&["：", " "])));
        }
        if let Some(r) = &p.renamed {
            let on =
                r.on.as_ref()
                    .map(|(d, _)| format!("、{d}{}", rng.pick(&["名称変更", "改称", "付けで改称"])))
                    .unwrap_or_default();
            name.push_str(&format!("<br>（旧名称：{}{on}）", r.old));
        }
        html.push_str(&format!(
            "<tr><td>{kind}</td><td>{addressee}</td><td>{name}</td><td>{}</td><td>{article}</td></tr>",
            e.address
        ));
    }
    html.push_str("</table>");
    html
}

/// The name a plan heading gives a clinic by: without its operator, as often as not.
fn short_name(name: &str, rng: &mut Rng) -> String {
    let (op, rest) = split_operator(name);
    if op.is_some() && !rest.is_empty() && rng.chance(60) {
        rest
    } else {
        name.to_string()
    }
}

fn page(parties: &[Party], rng: &mut Rng) -> String {
    let mut body = String::from(
        "<p>令和8年2月13日</p><p>近畿厚生局</p><h1>再生医療等の安全性の確保等に関する法律に基づく改善命令について</h1>\
         <p>近畿厚生局長は、本日、下記の者に対し、再生医療等の安全性の確保等に関する法律に基づく改善命令を行いました。</p>",
    );
    // The section of addressees, numbered 第1, 1, １． or not at all.
    let (first, next) = *rng.pick(&[
        ("第1 被処分者", "第{} "),
        ("1 被処分者", "{} "),
        ("１．被処分者", "{}．"),
        ("", ""),
    ]);
    let numbered = !first.is_empty();
    let section = |n: usize, what: &str| next.replace("{}", &n.to_string()) + what;
    if numbered || rng.chance(50) {
        body.push_str("<p>記</p>");
    }
    if numbered {
        body.push_str(&format!("<p>{first}</p>"));
    }
    // A table of addressees lists plans apart, under headings naming their
    // clinic; so may any layout of a numbered page.
    // (A clinic's operator has no cell of its own there: it is in the name or not printed.)
    let table = numbered
        && parties.iter().all(|p| {
            p.e.facility
                || (p.operator_was.is_none() && (p.e.operator_in_name || p.e.operator.is_none()))
        })
        && rng.chance(30);
    let plans_apart = table || (numbered && rng.chance(25));
    if table {
        body.push_str(&addressee_table(parties, rng));
    } else {
        let layout = if parties.len() == 1 {
            (rng.next() % 5) as usize
        } else {
            *rng.pick(&[0, 2, 3, 4])
        };
        for (k, p) in parties.iter().enumerate() {
            if parties.len() > 1 && layout != 0 && rng.chance(50) {
                body.push_str(&format!("<p>({})</p>", k + 1));
            }
            let q = Party {
                e: Entry {
                    plans: if plans_apart {
                        Vec::new()
                    } else {
                        p.e.plans.clone()
                    },
                    ..clone_entry(&p.e)
                },
                renamed: p.renamed.as_ref().map(|r| Renamed {
                    old: r.old.clone(),
                    on: r.on.clone(),
                }),
                operator_was: p.operator_was.clone(),
            };
            body.push_str(&entry_html(&q, layout, rng));
        }
    }
    let mut n = 2;
    if plans_apart {
        for p in parties.iter().filter(|p| !p.e.plans.is_empty()) {
            body.push_str(&format!(
                "<p>{}</p>",
                section(
                    n,
                    &format!(
                        "対象となる再生医療等提供計画（{}）",
                        short_name(&p.e.name, rng)
                    )
                )
            ));
            for (k, plan) in p.e.plans.iter().enumerate() {
                body.push_str(&format!("<p>{}{plan}</p>", circled(k)));
            }
            n += 1;
        }
    }
    // What follows the entries: a later section, a context clinic, findings.
    let later = if numbered {
        let heading = *rng.pick(&["経緯", "命令の内容", "確認された事項"]);
        section(n, heading)
    } else {
        rng.pick(&["経緯", "命令の内容", "【経緯】", "確認された事項"])
            .to_string()
    };
    body.push_str(&format!(
        "<p>{later}</p><p>令和7年11月、当該施設に製造を委託している「医療法人 月白会 にしじん整形外科」（京都市上京区）から疾病等報告がなされ、当局が立入検査を行ったところ、次の事項が確認された。</p>\
         <p>① 清浄度管理区域の微生物モニタリングで基準値を超えた記録があるにもかかわらず、逸脱として処理されていなかったこと</p>\
         <p>(2) 許可を受けていた者が原料の受入れ試験を行っていなかったこと。</p>\
         <p>３．令和8年3月31日までに改善の状況を報告すること。</p>",
    ));
    format!(
        "<html><head><meta charset=\"utf-8\"><title>改善命令について</title></head><body>{body}</body></html>"
    )
}

fn clone_entry(e: &Entry) -> Entry {
    Entry {
        facility: e.facility,
        name: e.name.clone(),
        operator: e.operator.clone(),
        operator_in_name: e.operator_in_name,
        address: e.address.clone(),
        person: e.person.clone(),
        title: e.title,
        plans: e.plans.clone(),
        number: e.number.clone(),
        opener: e.opener,
        address_as_above: e.address_as_above,
    }
}

/// A date as a 名称変更日 row prints it, and its ISO form.
fn rename_date(rng: &mut Rng) -> (String, String) {
    let (printed, iso) = date(rng);
    (width(&printed, rng), iso)
}

#[test]
fn bureau_pages_in_words_no_list_names_read_back() {
    let mut rng = Rng(0x1ab3_15ee_0000_0013);
    let n = 2_000;
    let mut failures = Vec::new();
    for i in 0..n {
        let k = 1 + (rng.next() % 3) as usize;
        let parties: Vec<Party> = (0..k)
            .map(|j| {
                let e = entry(&mut rng, 5_000 + i, j);
                let renamed = rng.chance(35).then(|| Renamed {
                    old: format!("旧{}", split_operator(&e.name).1),
                    on: rng.chance(60).then(|| rename_date(&mut rng)),
                });
                let operator_was = (e.operator.is_some() && !e.operator_in_name && rng.chance(25))
                    .then(|| {
                        let op = e.operator.clone().unwrap_or_default();
                        let (form, _) = split_operator(&op);
                        let form = form
                            .and_then(|f| {
                                tadoru_crawler::names::LEGAL_FORMS
                                    .iter()
                                    .find(|x| f.starts_with(**x))
                                    .copied()
                            })
                            .unwrap_or("株式会社");
                        format!("{form}ネクスト{i}x{j}")
                    });
                Party {
                    e,
                    renamed,
                    operator_was,
                }
            })
            .collect();
        let html = page(&parties, &mut rng);
        if std::env::var_os("SHOW").is_some() && i % 97 == 0 {
            println!("{html}");
        }
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notice = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n.into_iter().next(),
            _ => None,
        };
        let Some(notice) = notice else {
            failures.push(format!("{html}\n    not a notice"));
            continue;
        };
        let mut wrong = Vec::new();
        let mut operators: Vec<String> = Vec::new();
        let mut renames = 0;
        for p in &parties {
            let e = &p.e;
            if !check_entry(&notice, e, &mut wrong) {
                continue;
            }
            if let Some(r) = &p.renamed {
                renames += 1;
                let on = r.on.as_ref().map(|d| d.1.clone());
                if !notice.renames.iter().any(|x| {
                    name_key(&x.old) == name_key(&r.old)
                        && name_key(&x.new) == name_key(&e.name)
                        && x.on.map(|d| d.to_string()) == on
                }) {
                    wrong.push(format!(
                        "rename {} → {} @{on:?}: {:?}",
                        r.old, e.name, notice.renames
                    ));
                }
            }
            if let (Some(was), Some(op)) = (&p.operator_was, &e.operator) {
                renames += 1;
                if !notice
                    .renames
                    .iter()
                    .any(|x| name_key(&x.old) == name_key(was) && name_key(&x.new) == name_key(op))
                {
                    wrong.push(format!("rename {was} → {op}: {:?}", notice.renames));
                }
            }
            if let Some(op) = &e.operator
                && !operators.iter().any(|o| name_key(o) == name_key(op))
            {
                operators.push(op.clone());
            }
        }
        if notice.renames.len() != renames {
            wrong.push(format!("renames {:?}", notice.renames));
        }
        // Nothing else: no context clinic, no finding, no clause.
        if notice.subjects.len() != parties.len() + operators.len() {
            let names: Vec<&str> = notice.subjects.iter().map(|s| s.name.as_str()).collect();
            wrong.push(format!("subjects {names:?}"));
        }
        // One person per position held (two facilities of one operator share its representative).
        // An opener who manages the clinic holds two positions there.
        let mut held: Vec<(String, &str, String)> = parties
            .iter()
            .flat_map(|p| {
                let of = if p.e.facility {
                    p.e.operator.clone().unwrap_or_default()
                } else {
                    p.e.name.clone()
                };
                let opener =
                    p.e.opener
                        .then(|| (clean(&p.e.person), "開設者", name_key(&of)));
                [Some((clean(&p.e.person), p.e.title, name_key(&of))), opener]
                    .into_iter()
                    .flatten()
            })
            .collect();
        held.sort();
        held.dedup();
        if notice.persons.len() != held.len() {
            wrong.push(format!("persons {:?}", notice.persons));
        }
        if notice.issued_on.map(|d| d.to_string()).as_deref() != Some("2026-02-13") {
            wrong.push(format!("issued on {:?}", notice.issued_on));
        }
        if !wrong.is_empty() {
            if let Some(dir) = std::env::var_os("DUMP") {
                let path = std::path::Path::new(&dir).join(format!("layout{i}.html"));
                let _ = std::fs::write(path, &html);
            }
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "bureau pages in unlisted words", &failures, 6);
}
