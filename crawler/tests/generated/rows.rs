//! Bureau pages whose entries are rows labelled in every way bureaus label
//! them (`【所在地】`, `＜所在地＞`, `〈所在地〉`, `■所在地`, `（エ）所在地`, `所在地：`),
//! with addresses in every form they are printed in (丁目・番・号 in digits or
//! kanji numerals, 番地／番地の, 大字…字…, 郡, 条, hyphens - － – − ｰ ‐ ー, a
//! building and floor in either width), an operator that is a corporation or
//! a doctor in person (個人開設), and the manager, in sections numbered
//! 第1 処分の内容 / 第2 対象 or not. Each page must read back
//! the clinic, its address (by the address key), place, operator or 開設者,
//! and manager.

use super::{Rng, report};
use tadoru_crawler::names::{address_key, name_key};
use tadoru_crawler::{PageContent, Role};

const KANJI: &[&str] = &["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const HYPHENS: &[&str] = &["-", "－", "–", "−", "ｰ", "‐", "ー"];
const CLINICS: &[&str] = &[
    "いぬやま内科・再生医療クリニック",
    "みちのくステムセル美容外科 盛岡院",
    "さいじょう駅前クリニック",
    "ながさき出島クリニック",
];
const OPERATORS: &[&str] = &[
    "医療法人 石槌会",
    "医療法人社団蘭館会",
    "一般社団法人 みちのく先進医療協会",
];
const PEOPLE: &[(&str, &str)] = &[("犬山", "剛"), ("丹原", "博之"), ("紫波", "千尋")];

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            'A'..='Z' => char::from_u32(c as u32 - 'A' as u32 + 'Ａ' as u32).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// An address as printed, and the form its key must equal.
fn address(rng: &mut Rng) -> (String, String, String) {
    let (place, town) = *rng.pick(&[
        ("愛知県犬山市", "大字犬山字東古券"),
        ("岩手県盛岡市", "大通"),
        ("群馬県利根郡みなかみ町", "月夜野"),
        ("北海道帯広市", "西19条南"),
        ("長崎県長崎市", "出島町"),
    ]);
    let a = 1 + rng.next() % 9;
    let b = 1 + rng.next() % 30;
    let c = 1 + rng.next() % 20;
    let h = *rng.pick(HYPHENS);
    let street = match rng.next() % 6 {
        0 => format!("{a}丁目{b}番{c}号"),
        1 => format!("{}丁目{b}番{c}号", KANJI[a as usize]),
        2 => format!("{a}{h}{b}{h}{c}"),
        3 => format!("{a}丁目{b}番地{c}"),
        4 => format!("{a}丁目{b}番地の{c}"),
        _ => format!("{a}{h}{b}{h}{c}"),
    };
    let street = if rng.chance(50) {
        full_width(&street)
    } else {
        street
    };
    let building = match rng.next() % 4 {
        0 => String::new(),
        1 => " 駅前ビル2階".to_string(),
        2 => full_width(" MSビル5F"),
        _ => "　メディカルプラザ３階".to_string(),
    };
    let printed = format!("{place}{town}{street}{building}");
    let canonical = format!("{place}{town}{a}-{b}-{c}");
    (printed, canonical, place.to_string())
}

/// A label as one bureau or another writes it.
fn label(word: &str, style: u64, k: usize) -> String {
    match style {
        0 => format!("【{word}】"),
        1 => format!("＜{word}＞ "),
        2 => format!("〈{word}〉"),
        3 => format!("■{word} "),
        4 => format!("（{}）{word} ", ["ア", "イ", "ウ", "エ", "オ"][k % 5]),
        _ => format!("{word}："),
    }
}

#[test]
fn rows_labelled_every_way_read_back() {
    let mut rng = Rng(0x0a0d_2e55_0000_0041);
    let n = 3000;
    let mut failures = Vec::new();
    for i in 0..n {
        let clinic = format!("{}{}", rng.pick(CLINICS), i % 7);
        let (printed, canonical, place) = address(&mut rng);
        let style = rng.next() % 6;
        let individual = rng.chance(30);
        let (f, g) = *rng.pick(PEOPLE);
        let (mf, mg) = *rng.pick(&[("各務", "詩織"), ("平戸", "雅也")]);
        let sp = *rng.pick(&[" ", "　", ""]);
        let operator = *rng.pick(OPERATORS);
        let opener = if individual {
            format!(
                "{f} {g}{}",
                rng.pick(&["（医師・個人開設）", "（個人）", ""])
            )
        } else {
            operator.to_string()
        };
        let clinic_label = *rng.pick(&["医療機関名", "医療機関の名称"]);
        let rows = [
            format!("{}{clinic}", label(clinic_label, style, 0)),
            format!("{}{opener}", label("開設者", style, 1)),
            format!("{}{mf}{sp}{mg}", label("管理者", style, 2)),
            format!("{}{printed}", label("所在地", style, 3)),
            format!(
                "{}自己脂肪由来幹細胞を用いた治療{i}",
                label("対象計画", style, 4)
            ),
        ];
        let body: String = rows.iter().map(|r| format!("<p>{r}</p>")).collect();
        // Sections numbered 第1/第2 with what is done before whom it is done to.
        let body = if rng.chance(30) {
            format!(
                "<p>第1 処分の内容</p><p>下記の医療機関の管理者に対し、改善を命じる。</p><p>第2 対象</p>{body}<p>第3 経緯</p><p>立入検査において確認された。</p>"
            )
        } else {
            body
        };
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>改善命令について</title></head><body>\
             <h1>再生医療等提供機関の管理者に対する改善命令について</h1><p>令和8年3月6日</p>\
             <p>東海北陸厚生局長は、令和8年3月6日、下記の再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づき、改善命令を行いました。</p>\
             {body}<p>【命令の内容】</p><p>記録を作成すること。</p></body></html>"
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
        let found = notice
            .subjects
            .iter()
            .find(|s| s.role == Role::Clinic && name_key(&s.name) == name_key(&clinic));
        match found {
            None => wrong.push(format!(
                "no clinic among {:?}",
                notice.subjects.iter().map(|s| &s.name).collect::<Vec<_>>()
            )),
            Some(s) => {
                let got = s.address.as_deref().map(address_key);
                if got.as_deref() != Some(address_key(&canonical).as_str()) {
                    wrong.push(format!(
                        "address {:?} (key {got:?}), want key {}",
                        s.address,
                        address_key(&canonical)
                    ));
                }
                if s.place.as_deref().map(|p| p.replace(' ', "")) != Some(place.clone()) {
                    wrong.push(format!("place {:?}", s.place));
                }
                let want_op = (!individual).then(|| name_key(operator));
                if s.operator.as_deref().map(name_key) != want_op {
                    wrong.push(format!("operator {:?}", s.operator));
                }
            }
        }
        let persons: Vec<String> = notice
            .persons
            .iter()
            .map(|p| format!("{}|{}|{}", name_key(&p.name), p.title, name_key(&p.of)))
            .collect();
        let mut want = vec![format!(
            "{}|管理者|{}",
            name_key(&format!("{mf}{mg}")),
            name_key(&clinic)
        )];
        if individual {
            want.push(format!(
                "{}|開設者|{}",
                name_key(&format!("{f}{g}")),
                name_key(&clinic)
            ));
        }
        let (mut a, mut b) = (persons.clone(), want.clone());
        a.sort();
        b.sort();
        if a != b {
            wrong.push(format!("persons {persons:?}, want {want:?}"));
        }
        let operators: Vec<&str> = notice
            .subjects
            .iter()
            .filter(|s| s.role == Role::Operator)
            .map(|s| s.name.as_str())
            .collect();
        if individual != operators.is_empty() {
            wrong.push(format!("operators {operators:?}"));
        }
        if !wrong.is_empty() {
            failures.push(format!("{body}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "bureau pages with rows labelled every way", &failures, 6);
}
