//! Pages announcing two or three unrelated orders of different kinds on one
//! day, each in its numbered section (`１．緊急命令（…）`, `２．改善命令`)
//! with its own 対象, 根拠 and plans: each order must come back as a notice
//! of its own kind, with its own parties and articles and none of the others'.

use super::{PLACES, Rng, quote};
use tadoru_crawler::names::name_key;
use tadoru_crawler::{NoticeKind, PageContent};

/// One order of a page: its kind as headed, the article, whom it addresses.
struct Order {
    kind: NoticeKind,
    heading: &'static str,
    article: &'static str,
    party: String,
    facility: bool,
}

fn order(rng: &mut Rng, page: usize, k: usize, kind: NoticeKind) -> Order {
    let facility = match kind {
        NoticeKind::LicenceRevocation | NoticeKind::SuspensionOrder => true,
        _ => rng.chance(50),
    };
    let (heading, article) = match (kind, facility) {
        (NoticeKind::EmergencyOrder, false) => {
            ("緊急命令（再生医療等の提供の一時停止）", "法第22条")
        }
        (NoticeKind::EmergencyOrder, true) => {
            ("緊急命令（特定細胞加工物の製造の一時停止）", "法第47条")
        }
        (NoticeKind::ImprovementOrder, false) => ("改善命令", "法第23条第1項"),
        (NoticeKind::ImprovementOrder, true) => ("改善命令（細胞培養加工施設）", "法第48条第2項"),
        (NoticeKind::LicenceRevocation, _) => ("特定細胞加工物の製造の許可の取消し", "法第49条"),
        _ => ("業務停止命令", "法第49条"),
    };
    let party = if facility {
        format!(
            "{}細胞加工センター{page}x{k}",
            rng.pick(&["北辰", "みなと", "青葉"])
        )
    } else {
        format!(
            "{}クリニック{page}x{k}",
            rng.pick(&["さくら再生", "銀座幹細胞", "THE M "])
        )
    };
    Order {
        kind,
        heading,
        article,
        party,
        facility,
    }
}

#[test]
fn pages_of_unrelated_orders_split_into_notices() {
    let mut rng = Rng(0x0d0e_5000_0000_0017);
    let n = 500;
    let mut failures = Vec::new();
    let all = [
        NoticeKind::EmergencyOrder,
        NoticeKind::ImprovementOrder,
        NoticeKind::LicenceRevocation,
        NoticeKind::SuspensionOrder,
    ];
    let word = |k: NoticeKind| match k {
        NoticeKind::EmergencyOrder => "緊急命令",
        NoticeKind::ImprovementOrder => "改善命令",
        NoticeKind::LicenceRevocation => "許可の取消し",
        _ => "業務停止命令",
    };
    for i in 0..n {
        // Two or three orders, of at least two kinds.
        let count = 2 + (rng.next() % 2) as usize;
        let first = (rng.next() % all.len() as u64) as usize;
        let kinds: Vec<NoticeKind> = (0..count)
            .map(|k| all[(first + k * (1 + (i % 3))) % all.len()])
            .collect();
        let mut distinct = kinds.clone();
        distinct.dedup();
        if distinct.len() < 2 {
            continue;
        }
        let orders: Vec<Order> = kinds
            .iter()
            .enumerate()
            .map(|(k, kind)| order(&mut rng, i, k, *kind))
            .collect();
        let mut named: Vec<&str> = kinds.iter().map(|k| word(*k)).collect();
        named.dedup();
        let mut body = format!(
            "<p>令和8年2月6日</p><p>報道関係者各位</p><h1>再生医療等の安全性の確保等に関する法律に基づく{}について</h1>\
             <p>厚生労働大臣は、本日、再生医療等の安全性の確保等に関する法律に基づき、下記の{count}件の命令等を行いましたので、お知らせいたします。各事案は相互に関係はありません。</p>",
            named.join("及び")
        );
        for (k, o) in orders.iter().enumerate() {
            let mark = match rng.next() % 3 {
                0 => format!("{}．", k + 1),
                1 => format!("（{}）", k + 1),
                _ => format!("{} ", k + 1),
            };
            let place = rng.pick(PLACES);
            let colon = *rng.pick(&["：", ":", " "]);
            body.push_str(&format!(
                "<p>{mark}{}</p><p>対象{colon}{}（{place}）</p><p>根拠{colon}{}</p>",
                o.heading,
                quote(&o.party, &mut rng),
                o.article
            ));
            if !o.facility && rng.chance(50) {
                body.push_str(&format!(
                    "<p>対象となる再生医療等{colon}「自己脂肪由来幹細胞を用いた治療{i}x{k}」</p>"
                ));
            }
            body.push_str("<p>概要：令和8年1月30日、疾病等報告があり、確認されたもの。</p>");
        }
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>命令について</title></head><body>{body}</body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notices = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n,
            _ => Vec::new(),
        };
        let mut wrong = Vec::new();
        if notices.len() != orders.len() {
            wrong.push(format!("{} notices", notices.len()));
        }
        for (o, n) in orders.iter().zip(&notices) {
            if n.kind != o.kind {
                wrong.push(format!("kind {:?} for {}", n.kind, o.heading));
            }
            if n.articles != vec![o.article.to_string()] {
                wrong.push(format!("articles {:?} for {}", n.articles, o.heading));
            }
            let names: Vec<String> = n.subjects.iter().map(|s| name_key(&s.name)).collect();
            if names != vec![name_key(&o.party)] {
                wrong.push(format!("subjects {names:?} for {}", o.party));
            }
            if n.issued_on.map(|d| d.to_string()).as_deref() != Some("2026-02-06") {
                wrong.push(format!("issued on {:?}", n.issued_on));
            }
        }
        let parts: Vec<Option<String>> = notices.iter().map(|n| n.part.clone()).collect();
        let mut unique = parts.clone();
        unique.dedup();
        if unique.len() != parts.len() {
            wrong.push(format!("parts {parts:?}"));
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    println!(
        "{} of {n} pages of unrelated orders misread",
        failures.len()
    );
    for f in failures.iter().take(5) {
        println!("  {f}");
    }
    assert!(failures.is_empty(), "{} pages misread", failures.len());
}

/// One press release, two related orders: the lead tells of a clinic and
/// the facility that supplied it, `１ 緊急命令` addresses the clinic (its
/// plan on the heading's line or under it), `２ 改善命令` the facility's
/// operator, and a 【参考】 block after both describes every party (address,
/// manager, operator and its representative, facility number). Each notice
/// must carry only its own section's parties, with what the 【参考】 says of
/// them, and only their people and plans.
#[test]
fn related_orders_share_the_reference_block() {
    use super::{COMPANIES, PEOPLE, STREETS};
    let mut rng = Rng(0x0d0e_5000_0000_0023);
    let n = 400;
    let mut failures = Vec::new();
    for i in 0..n {
        let (cf, cb) = *rng.pick(COMPANIES);
        // A company other than the clinic's operator.
        let (ff, fb) = *rng.pick(&[("株式会社", "東雲セルテック"), ("合同会社", "北辰バイオ")]);
        let clinic_op = format!("{cf}{}{cb}", rng.pick(&["", " "]));
        let facility_op = format!("{ff}{fb}");
        let clinic = format!(
            "{}クリニック{i}",
            rng.pick(&["さくら再生", "銀座幹細胞", "青葉"])
        );
        let facility = format!("{}細胞加工センター{i}", rng.pick(&["北辰", "みなと"]));
        let (cplace, cstreet) = *rng.pick(STREETS);
        let (fplace, fstreet) = *rng.pick(STREETS);
        let manager = *rng.pick(PEOPLE);
        let chair = *rng.pick(&["高尾 誠", "日野 恵"]);
        let rep = *rng.pick(&["府中 玲", "国立 薫"]);
        let plan = format!("自己脂肪由来幹細胞を用いた膝関節症の治療{i}");
        let number = format!("FA{}", 3_000_000 + i);
        let verb = *rng.pick(&["が開設する", "の開設する"]);
        let fverb = *rng.pick(&["が設置する", "の"]);
        let (open, close) = *rng.pick(&[("「", "」"), ("『", "』")]);
        let mut body = format!(
            "<p>令和8年2月6日</p><p>報道関係者各位</p><h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令及び改善命令について</h1>\
             <p>令和8年2月2日、{clinic_op}{verb}{open}{clinic}{close}（{cplace}）から疾病等報告がありました。投与された特定細胞加工物は、{facility_op}{fverb}細胞培養加工施設{open}{facility}{close}（{fplace}）で製造されたものです。</p>\
             <p>このため、本日付けで、次の命令を行いました。</p>"
        );
        let mark = |k: usize, rng: &mut Rng| match rng.next() % 3 {
            0 => format!("{k}．"),
            1 => format!("（{k}）"),
            _ => format!("{k} "),
        };
        let m1 = mark(1, &mut rng);
        body.push_str(&format!(
            "<p>{m1}緊急命令（提供の一時停止）</p><p>法第22条に基づき、{open}{clinic}{close}に対し、下記の再生医療等の提供の一時停止を命じました。</p>"
        ));
        if rng.chance(50) {
            body.push_str(&format!(
                "<p>【提供の一時停止を命じた再生医療等】「{plan}」</p>"
            ));
        } else {
            body.push_str(&format!(
                "<p>【提供の一時停止を命じた再生医療等】</p><p>「{plan}」</p>"
            ));
        }
        let m2 = mark(2, &mut rng);
        body.push_str(&format!(
            "<p>{m2}改善命令</p><p>{open}{facility}{close}において記録の不備が確認されたことから、法第48条第2項に基づき、{facility_op}に対し、製造管理の方法の改善を命じました。</p>"
        ));
        let colon = *rng.pick(&["：", ":"]);
        let sp = *rng.pick(&[" ", "　"]);
        body.push_str(&format!(
            "<p>【参考】</p><p>医療機関{colon}{clinic}</p><p>所在地{colon}{cplace}{cstreet}</p><p>管理者{colon}{manager}</p><p>開設者{colon}{clinic_op}（理事長{sp}{chair}）</p>\
             <p>細胞培養加工施設{colon}{facility}（施設番号{sp}{number}）</p><p>所在地{colon}{fplace}{fstreet}</p><p>設置者{colon}{facility_op}（代表取締役{sp}{rep}）</p>"
        ));
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>命令について</title></head><body>{body}</body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notices = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n,
            _ => Vec::new(),
        };
        let mut wrong = Vec::new();
        let keys = |n: &tadoru_crawler::NoticeRecord| {
            let mut k: Vec<String> = n.subjects.iter().map(|s| name_key(&s.name)).collect();
            k.sort();
            k
        };
        let people = |n: &tadoru_crawler::NoticeRecord| {
            let mut k: Vec<String> = n
                .persons
                .iter()
                .map(|p| format!("{}|{}|{}", name_key(&p.name), p.title, name_key(&p.of)))
                .collect();
            k.sort();
            k
        };
        match notices.as_slice() {
            [e, m] => {
                let mut want = vec![name_key(&clinic), name_key(&clinic_op)];
                want.sort();
                if keys(e) != want || e.kind != NoticeKind::EmergencyOrder {
                    wrong.push(format!("emergency {:?} {:?}", e.kind, keys(e)));
                }
                let mut want = vec![name_key(&facility), name_key(&facility_op)];
                want.sort();
                if keys(m) != want || m.kind != NoticeKind::ImprovementOrder {
                    wrong.push(format!("improvement {:?} {:?}", m.kind, keys(m)));
                }
                let mut want = vec![
                    format!("{}|管理者|{}", name_key(manager), name_key(&clinic)),
                    format!("{}|理事長|{}", name_key(chair), name_key(&clinic_op)),
                ];
                want.sort();
                if people(e) != want {
                    wrong.push(format!("emergency persons {:?}", people(e)));
                }
                let want = vec![format!(
                    "{}|代表取締役|{}",
                    name_key(rep),
                    name_key(&facility_op)
                )];
                if people(m) != want {
                    wrong.push(format!("improvement persons {:?}", people(m)));
                }
                let c = e
                    .subjects
                    .iter()
                    .find(|s| name_key(&s.name) == name_key(&clinic));
                if c.and_then(|s| s.address.as_deref())
                    .map(tadoru_crawler::names::address_key)
                    != Some(tadoru_crawler::names::address_key(&format!(
                        "{cplace}{cstreet}"
                    )))
                {
                    wrong.push(format!("clinic address {:?}", c.map(|s| &s.address)));
                }
                if c.map(|s| s.plans.clone()) != Some(vec![plan.clone()])
                    || e.plans != vec![plan.clone()]
                {
                    wrong.push(format!("plans {:?}", e.plans));
                }
                if !m.plans.is_empty() {
                    wrong.push(format!("improvement plans {:?}", m.plans));
                }
                let f = m
                    .subjects
                    .iter()
                    .find(|s| name_key(&s.name) == name_key(&facility));
                if f.and_then(|s| s.facility_number.clone()) != Some(number.clone()) {
                    wrong.push(format!(
                        "facility number {:?}",
                        f.map(|s| &s.facility_number)
                    ));
                }
            }
            _ => wrong.push(format!("{} notices", notices.len())),
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    super::report(n, "pages of related orders", &failures, 5);
}
