//! Press releases whose renames and people are stated away from the party's
//! name: a closing 「なお、…」 paragraph, a 経緯 section, a ※ footnote, a chain
//! of two renames, the operator and the clinic renamed in one sentence with a
//! 同年 date, a rename phrase that does not print the new name (同院, 当該医療
//! 機関, 現在の名称), and the manager named in the sentence of the order
//! (`管理者 X 医師に対し`, `管理者である X 氏に対し`, `管理者X氏`). Each page
//! must read back the clinic, its operator, every rename (old → new, date)
//! and every person tied to the party they are named with.

use super::{Rng, date, report, width};
use tadoru_crawler::names::name_key;
use tadoru_crawler::{PageContent, Role};

const CLINICS: &[&str] = &[
    "さざなみ再生クリニック",
    "かすみ台ステムセルクリニック",
    "銀座幹細胞クリニック",
    "あおば内科クリニック",
];
const OLD_CLINICS: &[&str] = &[
    "しおさい美容皮膚科クリニック",
    "研究学園ペインクリニック",
    "銀座みゆき通り美容外科",
    "駅前整形外科クリニック",
];
const MIDDLE: &[&str] = &["潮見セルクリニック", "第二あおばクリニック"];
const OPERATORS: &[(&str, &str)] = &[
    ("医療法人社団", "潮鳴会"),
    ("医療法人", "蒼穹会"),
    ("一般社団法人", "みちのく先進医療協会"),
];
const OLD_OPERATORS: &[&str] = &["白壁会", "朧月会", "瀬戸会"];
/// Family and given names.
const NAMES: &[(&str, &str)] = &[("汐見", "航太郎"), ("七里", "篤"), ("各務", "詩織")];

/// A later day of the same year as an ISO date: its text as 同年M月D日 and its ISO form.
fn same_year_later(iso: &str, rng: &mut Rng) -> Option<(String, String)> {
    let year: i32 = iso.get(..4)?.parse().ok()?;
    let month: u32 = iso.get(5..7)?.parse().ok()?;
    if month >= 12 {
        return None;
    }
    let m = month + 1 + (rng.next() % (12 - month as u64)) as u32;
    let d = 1 + (rng.next() % 28) as u32;
    Some((
        width(&format!("同年{m}月{d}日"), rng),
        format!("{year:04}-{m:02}-{d:02}"),
    ))
}

fn person(rng: &mut Rng) -> String {
    let (f, g) = *rng.pick(NAMES);
    let sp = *rng.pick(&[" ", "\u{3000}", ""]);
    format!("{f}{sp}{g}")
}

#[test]
fn renames_and_people_stated_away_from_the_name_read_back() {
    let mut rng = Rng(0x5eed_d0c0_0000_0031);
    let n = 3000;
    let mut failures = Vec::new();
    for i in 0..n {
        let clinic = *rng.pick(CLINICS);
        let place = *rng.pick(&["神奈川県藤沢市", "東京都中央区", "茨城県つくば市"]);
        let with_operator = rng.chance(60);
        let (form, base) = *rng.pick(OPERATORS);
        let operator = format!("{form}{}{base}", if rng.chance(50) { " " } else { "" });
        let rep = person(&mut rng);
        let manager = person(&mut rng);
        let (d1, iso1) = date(&mut rng);
        let old = *rng.pick(OLD_CLINICS);
        // Where the manager is named.
        let manager_phrase = match rng.next() % 4 {
            0 => format!("の管理者 {manager} 医師に対し"),
            1 => format!("の管理者である{manager}氏に対し"),
            2 => format!("の管理者{}に対し", manager.replace([' ', '\u{3000}'], "")),
            _ => format!("（管理者 {manager}）に対し"),
        };
        let manager_phrase = if manager_phrase.starts_with('（') {
            // `「X」（place）（管理者 Y）に対し` reads oddly: the manager after the place.
            format!("の管理者（{manager}）に対し")
        } else {
            manager_phrase
        };
        let opener = if with_operator {
            if rng.chance(50) {
                format!("{operator}（理事長 {rep}）が開設する")
            } else {
                format!("{operator}（理事長：{rep}）の開設する")
            }
        } else {
            String::new()
        };
        let mut expected: Vec<String> = Vec::new();
        let mut tail = String::new();
        let mut mark = "";
        let key = |a: &str, b: &str, on: &str| format!("{}→{}@{on}", name_key(a), name_key(b));
        let placement = rng.next() % if with_operator { 6 } else { 4 };
        let anaphor = *rng.pick(&["同院", "同クリニック", "当該医療機関"]);
        let topic = if rng.chance(50) {
            clinic.to_string()
        } else {
            anaphor.to_string()
        };
        let verb = *rng.pick(&[
            "から名称を変更している",
            "から名称を変更した",
            "から改称している",
            "から現在の名称に改めている",
            "から現在の名称に変更した",
            "より名称変更している",
        ]);
        let comma = *rng.pick(&["、", ""]);
        let eff = *rng.pick(&["に", "付けで", "、"]);
        match placement {
            // A closing なお paragraph.
            0 => {
                tail.push_str(&format!(
                    "<p>なお、{topic}は{comma}{d1}{eff}「{old}」{verb}。</p>"
                ));
                expected.push(key(old, clinic, &iso1));
            }
            // A 経緯 section.
            1 => {
                tail.push_str(&format!(
                    "<p>【経緯】</p><p>令和8年1月20日、{topic}から、疾病等報告があった。{topic}は{comma}{d1}{eff}「{old}」{verb}。</p>"
                ));
                expected.push(key(old, clinic, &iso1));
            }
            // A ※ footnote on the clinic's name.
            2 => {
                mark = "※1";
                tail.push_str(&format!("<p>※1 {d1}、「{old}」から現在の名称に変更。</p>"));
                expected.push(key(old, clinic, &iso1));
            }
            // A chain of two renames.
            3 => {
                let middle = *rng.pick(MIDDLE);
                let Some((d2, iso2)) = same_year_later(&iso1, &mut rng) else {
                    continue;
                };
                tail.push_str(&format!(
                    "<p>{anaphor}は、「{old}」の名称で開設された後、{d1}に「{middle}」に、{d2}に現在の名称に、それぞれ名称を変更している。</p>"
                ));
                expected.push(key(old, middle, &iso1));
                expected.push(key(middle, clinic, &iso2));
            }
            // The operator renamed; its new name printed or not.
            4 => {
                let old_op = format!("{form} {}", rng.pick(OLD_OPERATORS));
                let subject = *rng.pick(&["同法人", "開設者である法人", "開設者"]);
                let how = *rng.pick(&["から名称を変更している", "から現在の名称に変更した"]);
                tail.push_str(&format!(
                    "<p>なお、{subject}は、{d1}に「{old_op}」{how}。</p>"
                ));
                expected.push(key(&old_op, &operator, &iso1));
            }
            // The operator and the clinic renamed in one sentence, 同年.
            _ => {
                let old_op = format!("{form} {}", rng.pick(OLD_OPERATORS));
                let Some((d2, iso2)) = same_year_later(&iso1, &mut rng) else {
                    continue;
                };
                if iso1.len() < 10 {
                    continue;
                }
                tail.push_str(&format!(
                    "<p>※ 当該医療機関の開設者である{operator}は{d1}に「{old_op}」から、当該医療機関は{d2}に「{old}」から、それぞれ名称を変更している。</p>"
                ));
                expected.push(key(&old_op, &operator, &iso1));
                expected.push(key(old, clinic, &iso2));
            }
        }
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>緊急命令について</title></head><body>\
             <p>令和8年2月6日</p><h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1>\
             <p>厚生労働大臣は、本日、{opener}「{clinic}」{mark}（{place}）{manager_phrase}、再生医療等の安全性の確保等に関する法律第22条に基づき、再生医療等の提供の一時停止を命じました。</p>\
             <p>【一時停止を命じた再生医療等】</p><p>「自己脂肪由来幹細胞を用いた治療{i}」</p>{tail}</body></html>"
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
        let got: Vec<String> = notice
            .renames
            .iter()
            .map(|r| {
                key(
                    &r.old,
                    &r.new,
                    &r.on.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                )
            })
            .collect();
        let mut want = expected.clone();
        want.sort();
        let mut have = got.clone();
        have.sort();
        if want != have {
            wrong.push(format!("renames {have:?}, want {want:?}"));
        }
        let clinics: Vec<String> = notice
            .subjects
            .iter()
            .filter(|s| s.role == Role::Clinic)
            .map(|s| name_key(&s.name))
            .collect();
        if clinics != vec![name_key(clinic)] {
            wrong.push(format!("clinics {clinics:?}"));
        }
        let operators: Vec<String> = notice
            .subjects
            .iter()
            .filter(|s| s.role == Role::Operator)
            .map(|s| name_key(&s.name))
            .collect();
        let want_ops = if with_operator {
            vec![name_key(&operator)]
        } else {
            vec![]
        };
        if operators != want_ops {
            wrong.push(format!("operators {operators:?}"));
        }
        let persons: Vec<String> = notice
            .persons
            .iter()
            .map(|p| format!("{}|{}|{}", name_key(&p.name), p.title, name_key(&p.of)))
            .collect();
        let mut want_persons = vec![format!(
            "{}|管理者|{}",
            name_key(&manager),
            name_key(clinic)
        )];
        if with_operator {
            want_persons.push(format!("{}|理事長|{}", name_key(&rep), name_key(&operator)));
        }
        let (mut a, mut b) = (persons.clone(), want_persons.clone());
        a.sort();
        b.sort();
        if a != b {
            wrong.push(format!("persons {persons:?}, want {want_persons:?}"));
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{tail}\n  {opener}「{clinic}」{mark}（{place}）{manager_phrase}\n    {}",
                wrong.join("\n    ")
            ));
        }
    }
    report(
        n,
        "pages with renames and people stated away from the name",
        &failures,
        6,
    );
}
