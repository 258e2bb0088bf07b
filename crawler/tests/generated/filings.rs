//! A bureau's monthly page of the filings it received: closures of clinics
//! and facilities (廃止届, a licence handed back, manufacture given up) and,
//! on some pages, discontinued plans in a numbered section of their own.
//! Rows are labelled lines or table rows; a facility in an individual's
//! clinic may be printed by its number alone (the name cell empty, `―`, or
//! holding the number); cells with nothing to say print a dash. Each page
//! must give back one notice per kind of filing, each party closed on its
//! own date under the name the page prints (its number, when that is all),
//! and the discontinued plans on a notice of their own that closes nothing.

use super::{CLINICS, COMPANIES, FACILITIES, PEOPLE, PLANS, Rng, STREETS, date, width};
use tadoru_crawler::names::{clean, name_key};
use tadoru_crawler::{NoticeKind, NoticeRecord, PageContent, Role};

/// One row of a filing table.
struct Row {
    facility: bool,
    /// `None`: the row prints only the facility's number.
    name: Option<String>,
    /// As printed and in NFKC.
    number: Option<(String, String)>,
    operator: Option<String>,
    /// A doctor who opened the clinic in person (`X Y（個人）`).
    individual: Option<String>,
    address: Option<String>,
    /// The day of the closure or discontinuation, as printed and ISO.
    on: (String, String),
    plan: Option<String>,
}

impl Row {
    /// The name the registry records: the printed name, else the number.
    fn recorded(&self) -> String {
        match (&self.name, &self.number) {
            (Some(n), _) => n.clone(),
            (None, Some((_, nfkc))) => nfkc.clone(),
            (None, None) => String::new(),
        }
    }
}

fn full_date(rng: &mut Rng) -> (String, String) {
    loop {
        let d = date(rng);
        if d.1.len() == 10 {
            return d;
        }
    }
}

fn number(rng: &mut Rng) -> (String, String) {
    let digits = format!("{}", 1_000_000 + rng.next() % 8_999_999);
    let n = format!("F{}{digits}", rng.pick(&["A", "B", "C"]));
    let printed = if rng.chance(30) {
        n.chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
            .collect()
    } else {
        n.clone()
    };
    (printed, n)
}

fn address(rng: &mut Rng) -> String {
    let (place, street) = *rng.pick(STREETS);
    format!("{place}{street}")
}

fn closed_row(rng: &mut Rng, page: usize, k: usize) -> Row {
    let facility = rng.chance(55);
    let (form, base) = *rng.pick(COMPANIES);
    let individual = (!facility || rng.chance(30)) && rng.chance(35);
    let operator = (!individual).then(|| format!("{form}{}{base}", *rng.pick(&["", " "])));
    let by_number = facility && rng.chance(40);
    let name = (!by_number).then(|| {
        if facility {
            format!("{}{page}x{k}", rng.pick(FACILITIES))
        } else {
            format!("{}{page}x{k}", rng.pick(CLINICS))
        }
    });
    Row {
        facility,
        name,
        number: (facility && (by_number || rng.chance(60))).then(|| number(rng)),
        // A facility printed by its number alone prints no operator.
        operator: operator.filter(|_| !by_number),
        individual: (individual && !by_number).then(|| rng.pick(PEOPLE).to_string()),
        address: (!by_number || rng.chance(30)).then(|| address(rng)),
        on: full_date(rng),
        plan: None,
    }
}

fn discontinued_row(rng: &mut Rng, page: usize, k: usize) -> Row {
    let (form, base) = *rng.pick(COMPANIES);
    let operator = format!("{form}{}{base}", *rng.pick(&["", " "]));
    Row {
        facility: false,
        name: Some(format!("{operator} {}{page}y{k}", rng.pick(CLINICS))),
        number: None,
        operator: Some(operator),
        individual: None,
        address: Some(address(rng)),
        on: full_date(rng),
        plan: Some(rng.pick(PLANS).to_string()),
    }
}

/// A cell with nothing in it, as bureaus print one.
fn dash(rng: &mut Rng) -> String {
    rng.pick(&["―", "－", "-", "ー"]).to_string()
}

/// The cells of one closed row: (label, value), in the page's order.
fn closed_cells(
    r: &Row,
    number_first: bool,
    name_label: &str,
    rng: &mut Rng,
) -> Vec<(String, String)> {
    let kind = if r.facility {
        *rng.pick(&["細胞培養加工施設", "細胞培養加工施設（院内）"])
    } else {
        *rng.pick(&["再生医療等提供機関", "医療機関"])
    };
    let name = match (&r.name, &r.number) {
        (Some(n), _) => n.clone(),
        // By number alone: the name cell empty, or holding the number.
        (None, Some((printed, _))) if rng.chance(50) => format!(
            "{printed}{}",
            rng.pick(&["", "（施設番号のみ掲載）", "(番号のみ)"])
        ),
        (None, _) => dash(rng),
    };
    let number = r.number.as_ref().map_or_else(|| dash(rng), |n| n.0.clone());
    let runner = match (&r.operator, &r.individual) {
        (Some(op), _) => op.clone(),
        (None, Some(p)) => format!("{p}{}", rng.pick(&["（個人）", "(個人)", "（医師・個人）"])),
        _ => dash(rng),
    };
    let address = r.address.clone().unwrap_or_else(|| dash(rng));
    let name_cell = (name_label.to_string(), name);
    // The facility number in the first column, before the name (no 区分).
    if number_first {
        let mut cells = vec![("施設番号".to_string(), number), name_cell];
        cells.push((
            rng.pick(&["設置者", "開設者・設置者", "届出者"])
                .to_string(),
            runner,
        ));
        cells.push(("所在地".into(), address));
        cells.push((
            rng.pick(&["廃止年月日", "廃止日"]).to_string(),
            cell_date(&r.on, rng),
        ));
        return cells;
    }
    vec![
        ("区分".into(), kind.into()),
        name_cell,
        ("施設番号".into(), number),
        (
            rng.pick(&["開設者・設置者", "製造事業者", "届出者"])
                .to_string(),
            runner,
        ),
        ("所在地".into(), address),
        (
            rng.pick(&["廃止年月日", "廃止日"]).to_string(),
            cell_date(&r.on, rng),
        ),
    ]
}

/// A date cell: as the page's prose prints it, or `2026/2/27` (西暦 with
/// slashes, as a spreadsheet exports it).
fn cell_date(on: &(String, String), rng: &mut Rng) -> String {
    if rng.chance(30) {
        let parts: Vec<u32> = on.1.split('-').filter_map(|x| x.parse().ok()).collect();
        if let [y, m, d] = parts[..] {
            return format!("{y}/{m}/{d}");
        }
    }
    width(&on.0, rng)
}

fn discontinued_cells(r: &Row, operator_column: bool, rng: &mut Rng) -> Vec<(String, String)> {
    let name = r.name.clone().unwrap_or_default();
    // The operator in a column of its own (`開設者`), the name cell the
    // clinic's own name.
    let own = r
        .operator
        .as_deref()
        .and_then(|op| name.strip_prefix(op))
        .map(|n| n.trim().to_string());
    let mut cells = vec![(
        rng.pick(&["医療機関名", "医療機関の名称"]).to_string(),
        name.clone(),
    )];
    if let (Some(own), Some(op), true) = (own, &r.operator, operator_column) {
        cells = vec![
            (rng.pick(&["医療機関名", "医療機関の名称"]).to_string(), own),
            ("開設者".into(), op.clone()),
        ];
    }
    cells.extend(vec![
        ("所在地".into(), r.address.clone().unwrap_or_default()),
        (
            rng.pick(&["計画名", "中止した提供計画"]).to_string(),
            r.plan.clone().unwrap_or_default(),
        ),
        (
            rng.pick(&["中止年月日", "中止日"]).to_string(),
            cell_date(&r.on, rng),
        ),
    ]);
    cells
}

/// Rows as labelled lines (`label value`, `label：value`) or as one table.
fn rows_html(rows: &[Vec<(String, String)>], rng: &mut Rng) -> String {
    let mut html = String::new();
    if rng.chance(50) && !rows.is_empty() {
        html.push_str("<table><tr>");
        for (l, _) in &rows[0] {
            html.push_str(&format!("<th>{l}</th>"));
        }
        html.push_str("</tr>");
        for r in rows {
            html.push_str("<tr>");
            for (_, v) in r {
                html.push_str(&format!("<td>{v}</td>"));
            }
            html.push_str("</tr>");
        }
        html.push_str("</table>");
    } else {
        let sep = *rng.pick(&[" ", "：", ":"]);
        for (k, r) in rows.iter().enumerate() {
            if rows.len() > 1 && rng.chance(50) {
                html.push_str(&format!("<p>（{}）</p>", k + 1));
            }
            for (l, v) in r {
                html.push_str(&format!("<p>{l}{sep}{v}</p>"));
            }
        }
    }
    html
}

fn page(closed: &[Row], discontinued: &[Row], rng: &mut Rng) -> String {
    let bureau = *rng.pick(&["東北厚生局", "関東信越厚生局", "九州厚生局", "四国厚生支局"]);
    let two = !discontinued.is_empty();
    let heading = if two {
        *rng.pick(&[
            "再生医療等提供機関等の廃止等の状況（令和7年12月分）",
            "届出の受理状況について（令和7年12月受理分）",
            "再生医療等の安全性の確保等に関する法律に基づく届出の状況（令和7年12月受理分）",
        ])
    } else {
        *rng.pick(&[
            "再生医療等提供機関及び細胞培養加工施設の廃止届の受理状況",
            "特定細胞加工物製造許可証の返納について",
            "特定細胞加工物の製造の廃止について",
            "再生医療等提供機関の廃止について",
        ])
    };
    let mut body = format!(
        "<p>令和8年1月9日</p><p>{bureau}</p><h1>{heading}</h1><p>令和7年12月中に{bureau}が受理した届出のうち、{}{}</p>",
        if two {
            *rng.pick(&[
                "再生医療等提供機関等の廃止及び再生医療等提供計画の中止に係るもの",
                "廃止の届出及び提供計画の中止の届出に係るもの",
            ])
        } else {
            "再生医療等提供機関等の廃止に係るもの"
        },
        rng.pick(&[
            "は、次のとおりです。",
            "をお知らせします。",
            "を下記のとおり掲載します。",
            "を公表します。",
            "は以下のとおりです。",
        ])
    );
    let number_first = rng.chance(30);
    // The name column's header says what the rows are: facilities,
    // clinics, or either.
    let name_label = if closed.iter().all(|r| r.facility) {
        *rng.pick(&["名称", "施設・医療機関の名称", "施設の名称"])
    } else if closed.iter().all(|r| !r.facility) {
        *rng.pick(&["名称", "施設・医療機関の名称", "医療機関の名称"])
    } else {
        *rng.pick(&["名称", "施設・医療機関の名称"])
    };
    let cells: Vec<Vec<(String, String)>> = closed
        .iter()
        .map(|r| closed_cells(r, number_first, name_label, rng))
        .collect();
    if two {
        let numbering = *rng.pick(&["n ", "n．", "(n)", "第n "]);
        let first = *rng.pick(&["廃止", "廃止の届出", "再生医療等提供機関等の廃止"]);
        let second = *rng.pick(&["再生医療等提供計画の中止", "提供計画の中止"]);
        body.push_str(&format!("<p>{}{first}</p>", numbering.replace('n', "1")));
        body.push_str(&rows_html(&cells, rng));
        body.push_str(&format!("<p>{}{second}</p>", numbering.replace('n', "2")));
        let operator_column = rng.chance(40);
        let d: Vec<Vec<(String, String)>> = discontinued
            .iter()
            .map(|r| discontinued_cells(r, operator_column, rng))
            .collect();
        body.push_str(&rows_html(&d, rng));
    } else {
        body.push_str(&rows_html(&cells, rng));
    }
    if rng.chance(50) {
        body.push_str(
            "<p>※ 施設番号のみを掲載している施設は、個人が開設する医療機関内の施設です。</p>",
        );
    }
    body.push_str("<p>【担当】</p><p>健康福祉部 医事課（電話 000-000-0000）</p>");
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{heading}</title></head><body>{body}</body></html>"
    )
}

fn check_closures(n: &NoticeRecord, closed: &[Row], wrong: &mut Vec<String>) {
    let mut got: Vec<(String, Option<String>)> = n
        .closures
        .iter()
        .map(|c| (name_key(&c.name), c.on.map(|d| d.to_string())))
        .collect();
    let mut want: Vec<(String, Option<String>)> = closed
        .iter()
        .map(|r| (name_key(&r.recorded()), Some(r.on.1.clone())))
        .collect();
    got.sort();
    want.sort();
    if got != want {
        wrong.push(format!("closures {got:?}, want {want:?}"));
    }
    for r in closed {
        let role = if r.facility {
            Role::CellProcessingFacility
        } else {
            Role::Clinic
        };
        let Some(s) = n
            .subjects
            .iter()
            .find(|s| name_key(&s.name) == name_key(&r.recorded()) && s.role == role)
        else {
            wrong.push(format!("no {role:?} {}", r.recorded()));
            continue;
        };
        if s.facility_number != r.number.as_ref().map(|x| x.1.clone()) {
            wrong.push(format!("number of {}: {:?}", s.name, s.facility_number));
        }
        if s.operator.as_deref().map(name_key) != r.operator.as_deref().map(name_key) {
            wrong.push(format!("operator of {}: {:?}", s.name, s.operator));
        }
        if let Some(p) = &r.individual
            && !r.facility
            && !n.persons.iter().any(|x| {
                clean(&x.name) == clean(p)
                    && x.title == "開設者"
                    && name_key(&x.of) == name_key(&s.name)
            })
        {
            wrong.push(format!("opener {p} of {}: {:?}", s.name, n.persons));
        }
    }
    // Nothing but the rows and their operators.
    let parties = n
        .subjects
        .iter()
        .filter(|s| s.role != Role::Operator)
        .count();
    if parties != closed.len() {
        let names: Vec<&str> = n.subjects.iter().map(|s| s.name.as_str()).collect();
        wrong.push(format!("subjects {names:?}"));
    }
}

#[test]
fn monthly_filing_pages_read_back_per_kind() {
    let mut rng = Rng(0xf111_0000_0000_0006);
    let n = 800;
    let mut failures = Vec::new();
    for i in 0..n {
        let k = 1 + (rng.next() % 3) as usize;
        let closed: Vec<Row> = (0..k).map(|j| closed_row(&mut rng, i, j)).collect();
        let discontinued: Vec<Row> = if rng.chance(40) {
            (0..1 + (rng.next() % 2) as usize)
                .map(|j| discontinued_row(&mut rng, i, j))
                .collect()
        } else {
            Vec::new()
        };
        let html = page(&closed, &discontinued, &mut rng);
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notices = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n,
            other => {
                failures.push(format!("{html}\n    not notices: {other:?}"));
                continue;
            }
        };
        let mut wrong = Vec::new();
        let kinds: Vec<NoticeKind> = notices.iter().map(|n| n.kind).collect();
        let want_kinds = if discontinued.is_empty() {
            vec![NoticeKind::ClosureFiling]
        } else {
            vec![NoticeKind::ClosureFiling, NoticeKind::DiscontinuationFiling]
        };
        if kinds != want_kinds {
            wrong.push(format!("kinds {kinds:?}"));
        }
        if let Some(c) = notices.iter().find(|n| n.kind == NoticeKind::ClosureFiling) {
            check_closures(c, &closed, &mut wrong);
        }
        if let Some(d) = notices
            .iter()
            .find(|n| n.kind == NoticeKind::DiscontinuationFiling)
        {
            if !d.closures.is_empty() {
                wrong.push(format!("a discontinuation closes {:?}", d.closures));
            }
            for r in &discontinued {
                let name = r.name.clone().unwrap_or_default();
                // Printed with its operator in front, or apart in a 開設者 column.
                let own = r
                    .operator
                    .as_deref()
                    .and_then(|op| name.strip_prefix(op))
                    .map(|n| n.trim().to_string())
                    .unwrap_or_else(|| name.clone());
                let found = d.subjects.iter().find(|s| {
                    s.role == Role::Clinic
                        && (name_key(&s.name) == name_key(&name)
                            || (s.name == own
                                && s.operator.as_deref().map(name_key)
                                    == r.operator.as_deref().map(name_key)))
                });
                match found {
                    None => wrong.push(format!("no clinic {name}")),
                    Some(s) if s.plans != r.plan.clone().into_iter().collect::<Vec<_>>() => {
                        wrong.push(format!("plans of {name}: {:?}", s.plans));
                    }
                    _ => {}
                }
            }
        }
        for x in &notices {
            if x.issued_on.map(|d| d.to_string()).as_deref() != Some("2026-01-09") {
                wrong.push(format!("issued on {:?}", x.issued_on));
            }
        }
        if !wrong.is_empty() {
            if let Some(dir) = std::env::var_os("DUMP") {
                let path = std::path::Path::new(&dir).join(format!("filing{i}.html"));
                let _ = std::fs::write(path, &html);
            }
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    let shown = std::env::var("SHOWN")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(6);
    super::report(n, "monthly filing pages", &failures, shown);
}
