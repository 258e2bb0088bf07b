//! Notice sentences composed from the grammar's parts — rename phrasings,
//! dates (era, width, 元年, missing day, 付け), quote styles, legal forms,
//! places, operators, people, separators — in every order the grammar
//! allows, several thousand of them from a fixed seed. Each must read back
//! exactly the names, former names, dates, places, operators and people it
//! was composed from.

use tadoru_crawler::extract::mention::read_line;
use tadoru_crawler::names::{clean, name_key};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const CLINICS: &[&str] = &[
    "さくら再生クリニック",
    "青葉セルクリニック",
    "THE M CLINIC",
    "銀座幹細胞クリニック",
    "みなと再生医療センター",
];
const FACILITIES: &[&str] = &["東京細胞培養センター", "関西細胞加工センター"];
const COMPANIES: &[(&str, &str)] = &[
    ("株式会社", "ミライセルラボ"),
    ("医療法人社団", "青葉会"),
    ("一般社団法人", "日本再生協会"),
    ("医療法人", "緑風会"),
    // Names that open with a hiragana word.
    ("株式会社", "みちのくバイオセル"),
    ("合同会社", "さがみ野セルワークス"),
    ("一般財団法人", "ひかり先端医療財団"),
    ("社会医療法人", "瀬音会"),
];
const PLACES: &[&str] = &[
    "東京都港区",
    "大阪府大阪市北区",
    "福岡県福岡市",
    "京都市左京区",
    "埼玉県坂戸市",
];
const PEOPLE: &[&str] = &["山田 太郎", "佐藤 花子", "鈴木 一郎"];

fn width(s: &str, rng: &mut Rng) -> String {
    // Full-width, half-width or mixed digits.
    s.chars()
        .map(|c| match c {
            '0'..='9' if rng.chance(50) => {
                char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// A date as notices write it, and its ISO form.
fn date(rng: &mut Rng) -> (String, String) {
    let (era, first) = *rng.pick(&[("令和", 2019), ("平成", 1989)]);
    let n = (rng.next() % 6 + 1) as i32; // 1..=6
    let year = first + n - 1;
    // Reiwa began on 1 May 2019 and Heisei on 8 January 1989: days before
    // that are not dates of those eras (the reader rightly refuses them).
    let month = match (era, n) {
        ("令和", 1) => 5 + rng.next() % 8,
        ("平成", 1) => 2 + rng.next() % 3,
        _ => 1 + rng.next() % 3,
    };
    let y = if n == 1 && rng.chance(50) {
        "元".to_string()
    } else {
        n.to_string()
    };
    if rng.chance(25) {
        let text = width(&format!("{era}{y}年{month}月"), rng);
        (text, format!("{year:04}-{month:02}"))
    } else {
        let day = 1 + rng.next() % 28;
        let sp = if rng.chance(20) { " " } else { "" };
        let text = width(&format!("{era}{y}年{sp}{month}{sp}月{sp}{day}{sp}日"), rng);
        (text, format!("{year:04}-{month:02}-{day:02}"))
    }
}

fn quote(name: &str, rng: &mut Rng) -> String {
    match rng.next() % 3 {
        0 => format!("「{name}」"),
        1 => format!("『{name}』"),
        _ => format!("「{name}」"),
    }
}

fn company(rng: &mut Rng, suffix: &str) -> String {
    let (form, base) = *rng.pick(COMPANIES);
    let sp = if rng.chance(30) { "\u{3000}" } else { "" };
    format!("{form}{sp}{base}{suffix}")
}

struct Case {
    line: String,
    old: String,
    new: String,
    on: Option<String>,
    place: Option<String>,
    operator: Option<String>,
    person: Option<String>,
    facility_number: Option<String>,
}

/// A facility number as printed (any width, with or without its label and a
/// note after it), and its NFKC form.
fn facility_number(rng: &mut Rng) -> (String, String) {
    let class = *rng.pick(&["A", "B", "C"]);
    let digits = format!("{}", 1_000_000 + rng.next() % 8_999_999);
    let number = format!("F{class}{digits}");
    let printed = if rng.chance(30) {
        number
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
            .collect()
    } else {
        number.clone()
    };
    let label = *rng.pick(&["施設番号：", "施設番号:", "施設番号 ", "施設番号"]);
    let note = *rng.pick(&["", "（テスト用の架空の番号）", "(テスト用)"]);
    (format!("{label}{printed}{note}"), number)
}

fn case(rng: &mut Rng, i: usize) -> Case {
    let base = if rng.chance(70) {
        *rng.pick(CLINICS)
    } else {
        *rng.pick(FACILITIES)
    };
    let new = format!("{base}{i}");
    let old = format!("旧{base}{i}");
    let dated = rng.chance(70);
    let (date_text, iso) = date(rng);
    let on = dated.then(|| iso.clone());
    let d = |particle: &str| {
        if dated {
            format!("{date_text}{particle}")
        } else {
            String::new()
        }
    };
    let sep = *rng.pick(&["。", "、"]);
    let (qn, qo) = (quote(&new, rng), quote(&old, rng));
    let place = rng.chance(60).then(|| rng.pick(PLACES).to_string());
    let operator = rng.chance(40).then(|| company(rng, ""));
    let person = rng.chance(30).then(|| rng.pick(PEOPLE).to_string());
    let number = rng.chance(25).then(|| facility_number(rng));
    let eff = *rng.pick(&["に", "付けで", "付けで、"]);
    let verb = *rng.pick(&[
        "名称を変更",
        "名称変更",
        "改称",
        "名称の変更",
        "社名変更",
        "社名を変更",
        "商号変更",
    ]);
    let from = *rng.pick(&["から", "より"]);
    // The extra attributes, in random order.
    let mut attrs: Vec<String> = Vec::new();
    if let Some(p) = &place {
        attrs.push(width(p, rng));
    }
    if let Some(o) = &operator {
        let label = *rng.pick(&["開設者", "設置者", "開設者：", "法人名："]);
        attrs.push(format!(
            "{label}{}{o}",
            if label.ends_with('：') { "" } else { " " }
        ));
    }
    if let Some(p) = &person {
        let label = *rng.pick(&["管理者：", "管理者 ", "実施責任者：", "実施責任者 "]);
        // A qualification after the name is not part of it.
        let qualification = *rng.pick(&["", "", "（医師）", "(歯科医師)"]);
        attrs.push(format!("{label}{p}{qualification}"));
    }
    if let Some((printed, _)) = &number {
        attrs.push(printed.clone());
    }
    let form = rng.next() % 8;
    let rename_attr = match form {
        0 => Some(format!(
            "旧名称：{old}{}",
            if dated {
                format!("、{}", d(""))
            } else {
                String::new()
            }
        )),
        1 => Some(format!("{}{qo}{from}{verb}", d(eff))),
        2 => Some(format!(
            "旧{}{old}",
            if rng.chance(50) { "：" } else { "称：" }
        )),
        _ => None,
    };
    let on = if form == 2 || (form == 0 && !dated) {
        None
    } else {
        on
    };
    let line = match form {
        0..=2 => {
            let mut all = attrs.clone();
            let r = rename_attr.unwrap_or_default();
            let at = (rng.next() % (all.len() as u64 + 1)) as usize;
            all.insert(at, r);
            if rng.chance(25) {
                // The quote drawn around the name and its parenthesis alike.
                let q = quote(&format!("{new}（{}）", all.join(sep)), rng);
                format!("{q}に対し、命令を行った。")
            } else {
                format!("{qn}（{}）に対し、命令を行った。", all.join(sep))
            }
        }
        7 => {
            // `(…。令和6年9月までの名称は「Y」)`: the name it had until then.
            let mut all = attrs.clone();
            let until = format!("{date_text}までの名称は{qo}");
            let at = (rng.next() % (all.len() as u64 + 1)) as usize;
            all.insert(at, until);
            format!("{qn}（{}）に対し、命令を行った。", all.join(sep))
        }
        3 => {
            let a = if attrs.is_empty() {
                String::new()
            } else {
                format!("（{}）", attrs.join(sep))
            };
            format!(
                "{}{qo}{from}{verb}した{qn}{a}において事案が発生した。",
                d(eff)
            )
        }
        4 => {
            let a = if attrs.is_empty() {
                String::new()
            } else {
                format!("（{}）", attrs.join(sep))
            };
            format!("{qn}{a}は、{}{qo}{from}{verb}した。", d(eff))
        }
        5 => {
            let a = if attrs.is_empty() {
                String::new()
            } else {
                format!("（{}）", attrs.join(sep))
            };
            format!(
                "{}{qo}{from}{qn}{a}{}{verb}した。",
                d(eff),
                *rng.pick(&["に", "へ", "へと"])
            )
        }
        _ => {
            let mut all = attrs.clone();
            all.push(format!(
                "現{}{new}",
                if rng.chance(50) { "名称：" } else { "：" }
            ));
            format!("{qo}（{}）に対し、命令を行った。", all.join(sep))
        }
    };
    let on = match form {
        6 => None,
        7 => Some(iso),
        _ => on,
    };
    Case {
        line,
        old,
        new,
        on,
        place,
        operator,
        person,
        facility_number: number.map(|n| n.1),
    }
}

#[test]
fn thousands_of_composed_sentences_read_back() {
    let mut rng = Rng(0x7ad0_2025_0829_0001);
    let n = 5_000;
    let mut failures = Vec::new();
    for i in 0..n {
        let c = case(&mut rng, i);
        let r = read_line(&clean(&c.line));
        if std::env::var_os("SHOW").is_some() && i % 250 == 0 {
            println!("{}", c.line);
        }
        let mut wrong = Vec::new();
        let rename = r
            .renames
            .iter()
            .find(|x| name_key(&x.new) == name_key(&c.new));
        match rename {
            Some(x) if name_key(&x.old) == name_key(&c.old) => {
                if x.on.map(|d| d.to_string()) != c.on {
                    wrong.push(format!(
                        "date {:?} != {:?}",
                        x.on.map(|d| d.to_string()),
                        c.on
                    ));
                }
            }
            other => wrong.push(format!("rename {other:?}")),
        }
        if r.renames.len() != 1 + usize::from(false) {
            wrong.push(format!("renames {:?}", r.renames));
        }
        let m = r
            .mentions
            .iter()
            .find(|m| name_key(&m.name) == name_key(&c.new));
        match m {
            None => wrong.push("no mention of the new name".into()),
            Some(m) => {
                if m.former {
                    wrong.push("new name marked former".into());
                }
                if let Some(p) = &c.place {
                    if m.attrs.place.as_deref() != Some(p.as_str()) {
                        wrong.push(format!("place {:?}", m.attrs.place));
                    }
                }
                if let Some(o) = &c.operator {
                    if m.attrs.operator.as_deref().map(name_key) != Some(name_key(o)) {
                        wrong.push(format!("operator {:?}", m.attrs.operator));
                    }
                }
                if let Some(p) = &c.person {
                    if !m.attrs.persons.iter().any(|(_, n)| clean(n) == clean(p)) {
                        wrong.push(format!("person {:?}", m.attrs.persons));
                    }
                }
                if m.attrs.facility_number != c.facility_number {
                    wrong.push(format!("facility number {:?}", m.attrs.facility_number));
                }
                if m.name != clean(&c.new) && m.name != clean(&c.old) {
                    wrong.push(format!("name {:?}", m.name));
                }
            }
        }
        if r.mentions
            .iter()
            .any(|m| !m.former && name_key(&m.name) == name_key(&c.old) && !m.aside)
        {
            // The old name read as a party of its own.
            let only_old = r
                .mentions
                .iter()
                .all(|m| name_key(&m.name) != name_key(&c.new));
            if only_old {
                wrong.push("old name is a party".into());
            }
        }
        if !wrong.is_empty() {
            failures.push(format!("{}\n    {}", c.line, wrong.join("; ")));
        }
    }
    println!(
        "{} of {n} composed sentences read back exactly",
        n - failures.len()
    );
    for f in failures.iter().take(25) {
        println!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {n} sentences misread",
        failures.len()
    );
}

/// `「A」、「B」及び「C」（いずれも東京都目黒区）`: a list of parties closed by
/// one shared parenthesis gives every one of them its place, in any list
/// length, coordinator, quote style and distributive word.
#[test]
fn listed_parties_share_their_parenthesis() {
    let mut rng = Rng(0x5eed_0000_0000_0003);
    let n = 2_000;
    let mut failures = Vec::new();
    for i in 0..n {
        let k = 2 + (rng.next() % 3) as usize;
        let names: Vec<String> = (0..k)
            .map(|j| format!("{}{i}x{j}", rng.pick(CLINICS)))
            .collect();
        let place = rng.pick(PLACES).to_string();
        let mut line = String::new();
        for (j, name) in names.iter().enumerate() {
            if j > 0 {
                let and = *rng.pick(&["及び", "並びに", "と"]);
                line.push_str(if j + 1 == k { and } else { "、" });
            }
            line.push_str(&quote(name, &mut rng));
        }
        let shared = *rng.pick(&["いずれも", "ともに", "いずれも、"]);
        line.push_str(&format!("（{shared}{}）に対し、命令を行った。", width(&place, &mut rng)));
        let r = read_line(&clean(&line));
        let wrong: Vec<String> = names
            .iter()
            .filter(|name| {
                !r.mentions
                    .iter()
                    .any(|m| m.name == **name && m.attrs.place.as_deref() == Some(place.as_str()))
            })
            .cloned()
            .collect();
        if !wrong.is_empty() {
            failures.push(format!("{line}\n    no place for {wrong:?}"));
        }
    }
    println!("{} of {n} lists read back", n - failures.len());
    for f in failures.iter().take(10) {
        println!("  {f}");
    }
    assert!(failures.is_empty(), "{} of {n} lists misread", failures.len());
}

/// Random lines made of the grammar's pieces in any order (unbalanced
/// quotes and parentheses, dangling keywords, dates at the edges): reading
/// them must never panic, and whole pages of them must extract.
#[test]
fn random_fragments_never_panic() {
    const PIECES: &[&str] = &[
        "「",
        "」",
        "『",
        "』",
        "（",
        "）",
        "(",
        ")",
        "、",
        "。",
        ":",
        "：",
        "旧名称",
        "旧",
        "現",
        "現名称",
        "から",
        "より",
        "へ",
        "に",
        "と",
        "は",
        "が",
        "名称を変更",
        "改称",
        "商号変更",
        "変更",
        "付けで",
        "開設者",
        "管理者",
        "理事長",
        "代表取締役",
        "実施責任者",
        "以下",
        "という",
        "同年",
        "同日",
        "同月",
        "令和7年8月22日",
        "令和元年",
        "平成31年4月",
        "2025年3月5日",
        "株式会社",
        "(株)",
        "㈱",
        "医療法人",
        "さくら",
        "クリニック",
        "細胞培養加工センター",
        "東京都港区",
        "として",
        "現在の名称",
        "当該施設",
        "同クリニック",
        "第1 被処分者等",
        "一 処分を受けた者",
        "社名変更",
        "までの名称は",
        "いずれも",
        "所在地：同上",
        "設置者：",
        "開設者である",
        "施設番号：FC1234567",
        "（医師）",
        "みちのく",
        "株式会社みちのくバイオ",
        "を運営する",
        "に設置する",
        "区分",
        "代表者等",
        "（製造所）",
        "(1)",
        "■",
        "記",
        "氏 名",
        "所 在 地",
        "計画名",
        "・",
        "第三種",
        " ",
        "\n",
    ];
    let mut rng = Rng(0xdead_beef_1234_5678);
    for _ in 0..20_000 {
        let n = 1 + (rng.next() % 24) as usize;
        let line: String = (0..n).map(|_| *rng.pick(PIECES)).collect();
        let _ = read_line(&clean(&line));
    }
    for _ in 0..500 {
        let mut body = String::new();
        for _ in 0..(1 + rng.next() % 12) {
            let n = 1 + (rng.next() % 30) as usize;
            let line: String = (0..n).map(|_| *rng.pick(PIECES)).collect();
            body.push_str(&format!("<p>{line}</p>"));
        }
        let html = format!(
            "<html><head><title>再生医療等の安全性の確保等に関する法律に基づく改善命令について</title></head><body>{body}</body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let _ = tadoru_crawler::extract::extract_unguarded(&page);
    }
}
