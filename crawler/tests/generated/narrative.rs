//! Parties worded rather than labelled: long narrative releases whose
//! operator is the sentence's subject (`X は、その開設する「Y」において…`,
//! `X（以下「同社」という。）は、…その設置する細胞培養加工施設『Z』…`, `受託者であ
//! る X が、その設置する…`, `X は、…において「Y」を開設し`), people named
//! through back-references (`同社代表取締役 A 氏`, `同法人（理事長 B）`,
//! `同院の管理者である C 医師`, `同クリニックの管理者 D に対して`), renames as
//! arrow chains (`A → B → C`, `A ⇒ B（令和6年4月変更）`); and bureau tables
//! laid out one party per column (`区分｜再生医療等提供機関｜細胞培養加工施設`,
//! `｜甲（委託元）｜乙（委託先）`, `同左`, dashes) and `変更前｜変更後` tables.
//! Each must read back every party's operator, every person's party and
//! every rename with its date.

use super::{Rng, report};
use tadoru_crawler::names::name_key;
use tadoru_crawler::{PageContent, Role};

const CLINICS: &[&str] = &[
    "しおさい再生クリニック",
    "湖東メディカルクリニック",
    "ARIA CLINIC 梅田",
    "みずほ台整形外科",
];
const FACILITIES: &[&str] = &[
    "湖南細胞培養センター",
    "しらかば細胞加工所",
    "北浜セルプロセッシングラボ",
];
const CLINIC_OPERATORS: &[&str] = &[
    "医療法人社団 湖光会",
    "医療法人湖光会",
    "一般社団法人 潮騒医療会",
    "社会医療法人 白樺会",
];
const COMPANIES: &[&str] = &[
    "株式会社ルミナセル",
    "有限会社しらかばバイオ",
    "合同会社アクアセルワークス",
];
const PEOPLE: &[&str] = &["湊 一輝", "浜名 沙織", "白川 悠真", "葛城 里奈"];
const OLD_NAMES: &[&str] = &["旧湖畔クリニック", "湖畔美容外科", "みなもクリニック"];

/// Running text quotes the names it introduces (「」 or 『』): a bare name
/// inside a sentence is not one the grammar claims to find.
fn quoted(name: &str, rng: &mut Rng) -> String {
    match rng.next() % 2 {
        0 => format!("「{name}」"),
        _ => format!("『{name}』"),
    }
}

#[test]
fn narrative_releases_read_back_operators_people_and_renames() {
    let mut rng = Rng(0x7a11_0b5e_0000_0711);
    let n = 800;
    let mut failures = Vec::new();
    for i in 0..n {
        let clinic = *rng.pick(CLINICS);
        let facility = *rng.pick(FACILITIES);
        let clinic_op = *rng.pick(CLINIC_OPERATORS);
        let company = *rng.pick(COMPANIES);
        let manager = PEOPLE[i % PEOPLE.len()];
        let chair = PEOPLE[(i + 1) % PEOPLE.len()];
        let rep = PEOPLE[(i + 2) % PEOPLE.len()];
        let q_clinic = quoted(clinic, &mut rng);
        let q_facility = quoted(facility, &mut rng);
        let clinic_alias = *rng.pick(&["同院", "同クリニック", "当該医療機関"]);
        let company_alias = *rng.pick(&["同社", "受託者"]);
        // The clinic's operator as the subject, one of three verbs.
        let opens = match rng.next() % 3 {
            0 => format!(
                "{clinic_op}は、その開設する{q_clinic}（東京都港区。以下「{clinic_alias}」という。）において、再生医療等を提供しています。"
            ),
            1 => format!(
                "{clinic_op}は、東京都港区において{q_clinic}を開設し、再生医療等を提供しています。"
            ),
            _ => format!(
                "{clinic_op}（以下「同法人」という。）は、その開設する{q_clinic}において、再生医療等を提供しています。"
            ),
        };
        let defined = rng.chance(60);
        let company_head = if defined {
            format!("{company}（以下「{company_alias}」という。）は")
        } else {
            format!("受託者である{company}が")
        };
        let sets_up = match rng.next() % 2 {
            0 => format!(
                "{company_head}、その設置する細胞培養加工施設{q_facility}（大阪府大阪市北区）において特定細胞加工物を製造しています。"
            ),
            _ => format!(
                "{company_head}、その設置する{q_facility}（大阪府大阪市北区）で製造しています。"
            ),
        };
        // People through back-references; 同社 stands for the only company
        // when no word is defined for it.
        let company_ref = if defined { company_alias } else { "同社" };
        let clinic_ref = if opens.contains(clinic_alias) {
            clinic_alias
        } else {
            "同クリニック"
        };
        let people = format!(
            "立入検査の結果、{clinic_ref}の管理者である{manager}医師が投与を行わせていたこと、また、{company_ref}代表取締役 {rep} 氏の指示の下、記録が省略されていたことが判明しました。同法人（理事長 {chair}）は、提供を見合わせる意向を示しています。"
        );
        let old = *rng.pick(OLD_NAMES);
        let (rename_line, want_renames) = match rng.next() % 5 {
            // Renamed on the day its 開設者 changed: the transfer renames no one.
            3 => {
                let prev = *rng.pick(&[
                    "医療法人 汐留会",
                    "医療法人社団 松籟会",
                    "一般社団法人 若葉会",
                ]);
                let (date, iso) = *rng.pick(&[
                    ("令和7年4月1日", "2025-04-01"),
                    ("令和６年１０月１日", "2024-10-01"),
                ]);
                let (change, same_day) = *rng.pick(&[
                    ("に変更された", "のと同じ日に"),
                    ("へ変更された", "同日に"),
                    ("に変更となった", "のに合わせ、同日付けで"),
                ]);
                (
                    format!(
                        "{clinic_ref}は、{date}、開設者が{prev}から{clinic_op}{change}{same_day}、「{old}」から現在の名称に改称している。"
                    ),
                    vec![(old, clinic, iso)],
                )
            }
            0 => (
                format!(
                    "なお、{clinic_ref}の名称は、令和5年4月1日に「{old}」から現在の名称へ変更されています（{old} → {clinic}）。"
                ),
                vec![(old, clinic, "2023-04-01")],
            ),
            1 => (
                format!("名称の変更　{old} ⇒ {clinic}（令和6年4月変更）"),
                vec![(old, clinic, "2024-04")],
            ),
            // A history whose steps print their date before the new name and
            // a verb after it, the clinic back at its first name at the end.
            2 => {
                let label = *rng.pick(&["名称の経過", "名称の変遷", "名称の変更履歴"]);
                let opened = *rng.pick(&["（平成30年5月開設）", "（平成29年開設）", ""]);
                let (verb1, verb2) = *rng.pick(&[
                    ("に変更", "に再変更"),
                    ("へ変更", "に名称を戻した"),
                    ("に改称", "に再変更（開設時の名称に戻したもの）"),
                ]);
                let (d1, d2) = *rng.pick(&[
                    ("令和6年4月1日", "令和7年9月1日"),
                    ("令和６年４月１日に", "令和７年９月１日に"),
                    ("2024年4月1日", "2025年9月1日"),
                ]);
                let arrow = *rng.pick(&["→", " → ", "⇒"]);
                (
                    format!(
                        "{label}　{clinic}{opened}{arrow}{d1} {old}{verb1}{arrow}{d2} {clinic}{verb2}"
                    ),
                    vec![(clinic, old, "2024-04-01"), (old, clinic, "2025-09-01")],
                )
            }
            _ => (String::new(), Vec::new()),
        };
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>緊急命令について</title></head><body>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1>\
             <p>令和7年11月{day}日</p><p>{opens}</p><p>{sets_up}</p><p>{people}</p>\
             <p>以上を踏まえ、本日付けで、法第22条に基づき{clinic_ref}に対して提供の一時停止を、法第47条に基づき{company_ref}に対して製造の一時停止を命じました。</p>\
             <p>{rename_line}</p></body></html>",
            day = 1 + i % 28
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let Some(notice) = (match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n.into_iter().next(),
            _ => None,
        }) else {
            failures.push(format!("{html}\n    no notice"));
            continue;
        };
        let mut wrong = Vec::new();
        for (name, role, op) in [
            (clinic, Role::Clinic, clinic_op),
            (facility, Role::CellProcessingFacility, company),
        ] {
            match notice
                .subjects
                .iter()
                .find(|s| s.role == role && name_key(&s.name) == name_key(name))
            {
                Some(s) if s.operator.as_deref().map(name_key) == Some(name_key(op)) => {}
                Some(s) => wrong.push(format!("{name}: operator {:?}, want {op}", s.operator)),
                None => wrong.push(format!(
                    "no {name} among {:?}",
                    notice.subjects.iter().map(|s| &s.name).collect::<Vec<_>>()
                )),
            }
        }
        for (who, title, of) in [
            (manager, "管理者", clinic),
            (rep, "代表取締役", company),
            (chair, "理事長", clinic_op),
        ] {
            let held = notice.persons.iter().any(|p| {
                name_key(&p.name) == name_key(who)
                    && p.title == title
                    && name_key(&p.of) == name_key(of)
                    && (title != "理事長" || p.of.contains("法人"))
            });
            if !held {
                wrong.push(format!("no {who}|{title}|{of} among {:?}", notice.persons));
            }
        }
        for (old, new, on) in want_renames {
            let read = notice.renames.iter().any(|r| {
                name_key(&r.old) == name_key(old)
                    && name_key(&r.new) == name_key(new)
                    && r.on.map(|d| d.to_string()).as_deref() == Some(on)
            });
            if !read {
                wrong.push(format!("no {old} → {new} @{on} among {:?}", notice.renames));
            }
        }
        // A change of 開設者 is no rename, and the operator before is no party.
        if notice
            .renames
            .iter()
            .any(|r| tadoru_crawler::names::is_legal_entity(&r.old))
        {
            wrong.push(format!("an operator renamed: {:?}", notice.renames));
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "narrative releases", &failures, 4);
}

/// A prefecture's page reposting a ministry's order: dated by its update
/// (`更新日`) above the order's own date (`命令年月日`), the issuer in a row
/// of its own (`命令を行った者 厚生労働大臣`), the parties in rows labelled
/// by kind (`対象医療機関`, `対象施設`), the clinic's operator and place in
/// one parenthesis split by ／. The notice is dated by the order, the
/// issuer is no party, and each party keeps its operator.
#[test]
fn reposted_orders_read_back() {
    let mut rng = Rng(0x7a11_0c01_0000_0812);
    let n = 400;
    let mut failures = Vec::new();
    for i in 0..n {
        let clinic = *rng.pick(CLINICS);
        let facility = *rng.pick(FACILITIES);
        let clinic_op = *rng.pick(CLINIC_OPERATORS);
        let company = *rng.pick(COMPANIES);
        let (order_date, iso) = *rng.pick(&[
            ("令和6年11月22日", "2024-11-22"),
            ("令和７年３月５日", "2025-03-05"),
            ("2025年7月18日", "2025-07-18"),
        ]);
        let updated = *rng.pick(&["更新日：2025年12月26日", "最終更新日：2025年12月26日"]);
        let (issuer, issuer_row) = *rng.pick(&[
            ("厚生労働省", "厚生労働大臣"),
            ("近畿厚生局", "近畿厚生局長"),
        ]);
        let sep = *rng.pick(&["／", "/", "、"]);
        let (place, place2) =
            *rng.pick(&[("大阪市中央区", "大阪市淀川区"), ("堺市北区", "東大阪市")]);
        let rows = [
            (
                *rng.pick(&["命令を行った者", "処分を行った者"]),
                issuer_row.to_string(),
            ),
            (
                *rng.pick(&["命令年月日", "処分年月日"]),
                order_date.to_string(),
            ),
            (
                *rng.pick(&["対象医療機関", "対象機関"]),
                format!("{clinic}（開設者：{clinic_op}{sep}{place}）"),
            ),
            ("対象施設", format!("{company} {facility}（{place2}）")),
        ];
        let table = if rng.chance(50) {
            let cells: String = rows
                .iter()
                .map(|(l, v)| format!("<tr><th>{l}</th><td>{v}</td></tr>"))
                .collect();
            format!("<table>{cells}</table>")
        } else {
            let cells: String = rows
                .iter()
                .map(|(l, v)| format!("<dt>{l}</dt><dd>{v}</dd>"))
                .collect();
            format!("<dl>{cells}</dl>")
        };
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>一時停止命令について</title></head><body>\
             <p>{updated}</p><h1>{issuer}による再生医療等の提供等の一時停止命令について（府内の医療機関等）</h1>\
             <p>{order_date}、{issuer}は、再生医療等の安全性の確保等に関する法律第22条及び第47条に基づき、府内の医療機関及び細胞培養加工施設に対し、再生医療等の提供及び特定細胞加工物の製造の一時停止を命じました。{issuer}の公表内容をもとに概要をお知らせします。</p>\
             {table}<p>このページの作成所属</p><p>健康医療部 医療対策課{i}</p></body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let Some(notice) = (match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n.into_iter().next(),
            _ => None,
        }) else {
            failures.push(format!("{html}\n    no notice"));
            continue;
        };
        let mut wrong = Vec::new();
        if notice.issued_on.map(|d| d.to_string()).as_deref() != Some(iso) {
            wrong.push(format!("issued on {:?}", notice.issued_on));
        }
        let facility_name = format!("{company} {facility}");
        for (name, role, op) in [
            (clinic, Role::Clinic, clinic_op),
            (
                facility_name.as_str(),
                Role::CellProcessingFacility,
                company,
            ),
        ] {
            match notice
                .subjects
                .iter()
                .find(|s| s.role == role && name_key(&s.name) == name_key(name))
            {
                Some(s) if s.operator.as_deref().map(name_key) == Some(name_key(op)) => {}
                Some(s) => wrong.push(format!("{name}: operator {:?}, want {op}", s.operator)),
                None => wrong.push(format!("no {name}")),
            }
        }
        if notice.subjects.len() != 4 {
            let names: Vec<&str> = notice.subjects.iter().map(|s| s.name.as_str()).collect();
            wrong.push(format!("subjects {names:?}"));
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "reposted orders", &failures, 4);
}

#[test]
fn tables_one_party_per_column_read_back() {
    let mut rng = Rng(0x7a11_0c01_0000_0711);
    let n = 600;
    let mut failures = Vec::new();
    for i in 0..n {
        let clinic = *rng.pick(CLINICS);
        let facility = *rng.pick(FACILITIES);
        let clinic_op = *rng.pick(CLINIC_OPERATORS);
        let company = *rng.pick(COMPANIES);
        let manager = PEOPLE[i % PEOPLE.len()];
        let rep = PEOPLE[(i + 1) % PEOPLE.len()];
        let dash = *rng.pick(&["―", "－", "-"]);
        let contract = rng.chance(50);
        let shared = rng.chance(40);
        let (h1, h2, corner) = if contract {
            ("甲（委託元）", "乙（委託先）", "")
        } else {
            ("再生医療等提供機関", "細胞培養加工施設", "区分")
        };
        // The facility's operator: its own company, or the clinic's (同左).
        let (fac_op_cell, fac_op) = if shared {
            ("同左".to_string(), clinic_op)
        } else {
            (format!("{company}（代表取締役 {rep}）"), company)
        };
        let rows = if contract && !shared {
            vec![
                ("名称", clinic.to_string(), company.to_string()),
                (
                    "代表者等",
                    format!("管理者 {manager}<br>開設者 {clinic_op}"),
                    format!("代表取締役 {rep}"),
                ),
                ("細胞培養加工施設", dash.to_string(), facility.to_string()),
                (
                    "所在地",
                    "京都府京都市下京区四条通1番地".into(),
                    "滋賀県大津市浜町2番3号".into(),
                ),
                ("施設番号", dash.to_string(), "FA6250001".into()),
            ]
        } else {
            vec![
                ("名称", format!("{clinic}※"), facility.to_string()),
                ("開設者・設置者", clinic_op.to_string(), fac_op_cell.clone()),
                ("管理者", format!("{manager}（院長）"), dash.to_string()),
                (
                    "所在地",
                    "京都府京都市下京区四条通1番地".into(),
                    "滋賀県大津市浜町2番3号".into(),
                ),
                ("施設番号", dash.to_string(), "FA6250001".into()),
            ]
        };
        let fac_op = if contract && !shared { company } else { fac_op };
        let table: String = rows
            .iter()
            .map(|(l, a, b)| format!("<tr><th>{l}</th><td>{a}</td><td>{b}</td></tr>"))
            .collect();
        let renamed = rng.chance(50);
        let history = if renamed {
            format!(
                "<table><tr><th></th><th>変更前</th><th>変更後</th></tr>\
                 <tr><th>名称</th><td>{old}</td><td>{clinic}</td></tr>\
                 <tr><th>変更年月日</th><td>令和6年7月1日</td><td>令和6年7月1日</td></tr></table>",
                old = OLD_NAMES[i % OLD_NAMES.len()]
            )
        } else {
            String::new()
        };
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>改善命令について</title></head><body>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく改善命令について</h1><p>令和7年8月1日</p>\
             <p>近畿厚生局長は、本日、法第23条第1項及び第48条第2項に基づき、下記の者に対し改善命令を行いました。</p>\
             <table><tr><th>{corner}</th><th>{h1}</th><th>{h2}</th></tr>{table}</table>{history}\
             <p>※ 注記。</p></body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let Some(notice) = (match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n.into_iter().next(),
            _ => None,
        }) else {
            failures.push(format!("{html}\n    no notice"));
            continue;
        };
        let mut wrong = Vec::new();
        for (name, role, op) in [
            (clinic, Role::Clinic, clinic_op),
            (facility, Role::CellProcessingFacility, fac_op),
        ] {
            match notice
                .subjects
                .iter()
                .find(|s| s.role == role && name_key(&s.name) == name_key(name))
            {
                Some(s) => {
                    if s.operator.as_deref().map(name_key) != Some(name_key(op)) {
                        wrong.push(format!("{name}: operator {:?}, want {op}", s.operator));
                    }
                    if role == Role::CellProcessingFacility
                        && s.facility_number.as_deref() != Some("FA6250001")
                    {
                        wrong.push(format!("{name}: number {:?}", s.facility_number));
                    }
                }
                None => wrong.push(format!(
                    "no {name} among {:?}",
                    notice.subjects.iter().map(|s| &s.name).collect::<Vec<_>>()
                )),
            }
        }
        if !notice.persons.iter().any(|p| {
            name_key(&p.name) == name_key(manager)
                && p.title == "管理者"
                && name_key(&p.of) == name_key(clinic)
        }) {
            wrong.push(format!(
                "no {manager}|管理者|{clinic} among {:?}",
                notice.persons
            ));
        }
        if renamed
            && !notice.renames.iter().any(|r| {
                name_key(&r.new) == name_key(clinic)
                    && r.on.map(|d| d.to_string()).as_deref() == Some("2024-07-01")
            })
        {
            wrong.push(format!("no rename to {clinic} among {:?}", notice.renames));
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "tables one party per column", &failures, 4);
}
