//! The printed facts themselves in every form a real crawl meets them:
//! bureau list tables of several orders whose heading names no kind (`…に基づく
//! 処分等の状況`, the kind in each row's `処分の内容`), addressee cells with a
//! position alone over its holder (`管理者` / `志摩 亜希子`, `開設者兼管理者` for
//! a doctor who opened the clinic in person, `(株)X` over `代表取締役 Y`), name
//! cells whose `<br>` wraps the operator before its clinic, abbreviated legal
//! forms (医社, (医), ㈱, (株), （株）), and the page's date as kanji numerals
//! (令和七年十月三日), a 最終更新日 in R-form or a dotted 公表日 — each page also
//! printed as a letter in `<pre>` whose plan names wrap after を用いた. Each
//! must read back its kind, its date, every clinic and facility with its
//! operator, every person with their position, and every plan.

use super::{Rng, report};
use tadoru_crawler::names::name_key;
use tadoru_crawler::{NoticeKind, PageContent, Role};

const CLINICS: &[&str] = &[
    "いとしま再生クリニック",
    "くまもと城東クリニック",
    "さつま中央整形外科",
];
const FACILITIES: &[&str] = &["出島細胞加工センター", "城南セルプロセッシングラボ"];
/// Operators as printed, and their name without the legal form.
const CLINIC_OPERATORS: &[(&str, &str)] = &[
    ("医療法人 糸島玄洋会", "糸島玄洋会"),
    ("医社 瀬戸風会", "瀬戸風会"),
    ("(医)光楓会", "光楓会"),
    ("医療法人社団　潮彩会", "潮彩会"),
];
const COMPANIES: &[(&str, &str)] = &[
    ("㈱ながさきセルテック", "ながさきセルテック"),
    ("(株)バイオセル・ラボ", "バイオセルラボ"),
    ("（株）ひむかセル", "ひむかセル"),
];
const PEOPLE: &[&str] = &["志摩　亜希子", "平戸 修二", "八代　玲央", "水島 恭平"];
const KANJI: &[&str] = &[
    "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

/// A kanji numeral for 1–31 (`二十八`).
fn kanji(n: u32) -> String {
    match n {
        0..=12 => KANJI[n as usize].to_string(),
        _ if n.is_multiple_of(10) => format!("{}十", KANJI[(n / 10) as usize]),
        _ => format!(
            "{}十{}",
            if n < 20 { "" } else { KANJI[(n / 10) as usize] },
            KANJI[(n % 10) as usize]
        ),
    }
}

/// One row of the list: what it prints, and what must come back.
struct Row {
    party: String,
    facility: bool,
    operator: Option<String>,
    person: (String, Vec<&'static str>),
    plans: Vec<String>,
    cells: [String; 5],
}

fn row(rng: &mut Rng, i: usize, k: usize) -> Row {
    let plan = |n: usize| format!("自己脂肪組織由来幹細胞を用いた慢性腰痛の治療{i}{k}{n}");
    let person = rng.pick(PEOPLE).to_string();
    match rng.next() % 3 {
        0 => {
            let (op, _) = *rng.pick(CLINIC_OPERATORS);
            let clinic = format!("{}{k}", rng.pick(CLINICS));
            let plans: Vec<String> = (0..1 + rng.next() as usize % 2).map(plan).collect();
            Row {
                party: format!("{op} {clinic}"),
                facility: false,
                operator: Some(op.to_string()),
                person: (person.clone(), vec!["管理者"]),
                cells: [
                    format!("管理者<br>{person}"),
                    format!("{op}<br>{clinic}"),
                    "改善命令（法第23条第1項）".into(),
                    plans.join("<br>"),
                    String::new(),
                ],
                plans,
            }
        }
        1 => {
            let (co, _) = *rng.pick(COMPANIES);
            let facility = format!("{}{k}", rng.pick(FACILITIES));
            Row {
                party: facility.clone(),
                facility: true,
                operator: Some(co.to_string()),
                person: (person.clone(), vec!["代表取締役"]),
                cells: [
                    format!("{co}<br>代表取締役　{person}"),
                    format!("{facility}<br>（施設番号 FA74200{k}{}）", i % 10),
                    "改善命令（法第48条第2項）".into(),
                    "－".into(),
                    String::new(),
                ],
                plans: Vec::new(),
            }
        }
        _ => {
            let clinic = format!("{}{k}", rng.pick(CLINICS));
            let plans = vec![plan(0)];
            Row {
                party: clinic.clone(),
                facility: false,
                operator: None,
                person: (person.clone(), vec!["開設者", "管理者"]),
                cells: [
                    format!("開設者兼管理者<br>{person}"),
                    format!("{clinic}<br>（個人開設）"),
                    "改善命令（法第23条第1項）".into(),
                    plans.join("<br>"),
                    String::new(),
                ],
                plans,
            }
        }
    }
}

#[test]
fn list_tables_of_orders_printed_every_way_read_back() {
    let mut rng = Rng(0x0a0d_2e55_0000_0909);
    let n = 1500;
    let mut failures = Vec::new();
    for i in 0..n {
        let rows: Vec<Row> = (0..1 + rng.next() as usize % 3)
            .map(|k| row(&mut rng, i, k))
            .collect();
        let (month, day) = (1 + (i as u32 % 12), 1 + (i as u32 % 28));
        let (date_line, at_bottom) = match rng.next() % 3 {
            0 => (format!("令和七年{}月{}日", kanji(month), kanji(day)), false),
            1 => (format!("最終更新日：R7.{month}.{day}"), true),
            _ => (format!("公表日：2025.{month:02}.{day:02}"), rng.chance(50)),
        };
        let table: String = rows
            .iter()
            .map(|r| {
                format!(
                    "<tr><td>R7.{month}.{day}</td><td>{}</td><td>{}</td><td>福岡県糸島市前原中央二丁目３番１号</td><td>{}</td><td>{}</td></tr>",
                    r.cells[0], r.cells[1], r.cells[2], r.cells[3]
                )
            })
            .collect();
        let head = "<tr><th>処分日</th><th>被処分者</th><th>医療機関・細胞培養加工施設</th><th>所在地</th><th>処分の内容</th><th>計画名</th></tr>";
        let top = if at_bottom {
            String::new()
        } else {
            format!("<p>{date_line}</p>")
        };
        let bottom = if at_bottom {
            format!("<p class=\"date\">{date_line}</p>")
        } else {
            String::new()
        };
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>処分等の状況｜九州厚生局</title></head><body>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく処分等の状況</h1>{top}\
             <p>九州厚生局長が再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）に基づき行った処分等は、次のとおりです。</p>\
             <table>{head}{table}</table>{bottom}</body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notice = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n.into_iter().next(),
            _ => None,
        };
        let Some(notice) = notice else {
            failures.push(format!("{html}\n    no notice"));
            continue;
        };
        let mut wrong = Vec::new();
        if notice.kind != NoticeKind::ImprovementOrder {
            wrong.push(format!("kind {:?}", notice.kind));
        }
        let want_date = chrono::NaiveDate::from_ymd_opt(2025, month, day);
        if notice.issued_on != want_date {
            wrong.push(format!(
                "issued_on {:?}, want {want_date:?}",
                notice.issued_on
            ));
        }
        for r in &rows {
            let role = if r.facility {
                Role::CellProcessingFacility
            } else {
                Role::Clinic
            };
            let found = notice
                .subjects
                .iter()
                .find(|s| s.role == role && name_key(&s.name) == name_key(&r.party));
            let Some(s) = found else {
                wrong.push(format!(
                    "no {} among {:?}",
                    r.party,
                    notice.subjects.iter().map(|s| &s.name).collect::<Vec<_>>()
                ));
                continue;
            };
            if s.operator.as_deref().map(name_key) != r.operator.as_deref().map(name_key) {
                wrong.push(format!(
                    "{}: operator {:?}, want {:?}",
                    r.party, s.operator, r.operator
                ));
            }
            let mut plans = s.plans.clone();
            plans.sort();
            let mut want = r.plans.clone();
            want.sort();
            if plans != want {
                wrong.push(format!("{}: plans {plans:?}, want {want:?}", r.party));
            }
            for title in &r.person.1 {
                let of = if *title == "代表取締役" {
                    r.operator.clone().unwrap_or_default()
                } else {
                    r.party.clone()
                };
                let held = notice.persons.iter().any(|p| {
                    name_key(&p.name) == name_key(&r.person.0)
                        && p.title == *title
                        && name_key(&p.of) == name_key(&of)
                });
                if !held {
                    wrong.push(format!(
                        "no {}|{title}|{of} among {:?}",
                        r.person.0, notice.persons
                    ));
                }
            }
        }
        if !wrong.is_empty() {
            failures.push(format!("{table}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "list tables of orders printed every way", &failures, 6);
}

#[test]
fn letters_in_pre_read_back() {
    let mut rng = Rng(0x0a0d_2e55_0000_0907);
    let n = 1000;
    let mut failures = Vec::new();
    for i in 0..n {
        let (op, _) = *rng.pick(CLINIC_OPERATORS);
        let op = op.replace('　', " ");
        let clinic = format!("{}{}", rng.pick(CLINICS), i % 5);
        let person = rng.pick(PEOPLE).replace('　', " ");
        let (month, day) = (1 + (i as u32 % 12), 1 + (i as u32 % 28));
        let date = if rng.chance(50) {
            format!("令和８年{month}月{day}日")
        } else {
            format!("令和八年{}月{}日", kanji(month), kanji(day))
        };
        let head = *rng.pick(&[
            "自己脂肪組織由来幹細胞を用いた",
            "自家多血小板血漿による",
            "末梢血単核球の",
        ]);
        let plan = format!("{head}\n変形性膝関節症の治療{i}");
        let want_plan = plan.replace('\n', "");
        let article = if rng.chance(50) {
            "第23条第1項"
        } else {
            "第二十三条第一項"
        };
        let body = format!(
            "                                              {date}\n中国四国厚生局\n\
             再生医療等の安全性の確保等に関する法律に基づく改善命令について\n\
             中国四国厚生局長は、本日、下記の者に対し、再生医療等の安全性の確保等に\n\
             関する法律（平成25年法律第85号。以下「法」という。）{article}に基づく改善命令を行った。\n\
             記\n１ 被処分者\n(1) 氏    名  {person}\n（{op} {clinic} 管理者）\n\
             所 在 地  岡山県倉敷市阿知二丁目１９番３号\n計 画 名  {plan}\n\
             処分内容  法第23条第1項による改善命令\n２ 経緯\n立入検査を行った。\n"
        );
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>改善命令について</title></head><body><pre>{body}</pre></body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notice = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n.into_iter().next(),
            _ => None,
        };
        let Some(notice) = notice else {
            failures.push(format!("{body}\n    no notice"));
            continue;
        };
        let mut wrong = Vec::new();
        let want_date = chrono::NaiveDate::from_ymd_opt(2026, month, day);
        if notice.issued_on != want_date {
            wrong.push(format!(
                "issued_on {:?}, want {want_date:?}",
                notice.issued_on
            ));
        }
        if notice.articles != ["法第23条第1項"] {
            wrong.push(format!("articles {:?}", notice.articles));
        }
        let party = format!("{op} {clinic}");
        match notice
            .subjects
            .iter()
            .find(|s| s.role == Role::Clinic && name_key(&s.name) == name_key(&party))
        {
            None => wrong.push(format!(
                "no {party} among {:?}",
                notice.subjects.iter().map(|s| &s.name).collect::<Vec<_>>()
            )),
            Some(s) => {
                if s.operator.as_deref().map(name_key) != Some(name_key(&op)) {
                    wrong.push(format!("operator {:?}", s.operator));
                }
                if s.plans != [want_plan.clone()] {
                    wrong.push(format!("plans {:?}, want {want_plan}", s.plans));
                }
            }
        }
        let held = notice.persons.iter().any(|p| {
            name_key(&p.name) == name_key(&person)
                && p.title == "管理者"
                && name_key(&p.of) == name_key(&party)
        });
        if !held {
            wrong.push(format!("persons {:?}", notice.persons));
        }
        if !wrong.is_empty() {
            failures.push(format!("{body}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "letters printed in <pre>", &failures, 6);
}
