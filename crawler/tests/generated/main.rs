//! Notice sentences composed from the grammar's parts — rename phrasings,
//! dates (era, width, 元年, missing day, 付け), quote styles, legal forms,
//! places, operators, people, separators — in every order the grammar
//! allows, several thousand of them from a fixed seed. Each must read back
//! exactly the names, former names, dates, places, operators and people it
//! was composed from.

mod chrome;
mod document;
mod filings;
mod layouts;
mod narrative;
mod orders;
mod printed;
mod rows;

use tadoru_crawler::extract::mention::read_line;
use tadoru_crawler::names::{address_key, clean, name_key};
use tadoru_crawler::{NoticeRecord, Role};

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
    // Some sites gloss the era year with the Western one: 令和7年（2025年）.
    let gloss = if rng.chance(15) {
        let (open, close) = *rng.pick(&[("（", "）"), ("(", ")")]);
        format!("{open}{year}年{close}")
    } else {
        String::new()
    };
    if rng.chance(25) {
        let text = width(&format!("{era}{y}年{gloss}{month}月"), rng);
        (text, format!("{year:04}-{month:02}"))
    } else {
        let day = 1 + rng.next() % 28;
        let sp = if rng.chance(20) { " " } else { "" };
        let text = width(
            &format!("{era}{y}年{gloss}{sp}{month}{sp}月{sp}{day}{sp}日"),
            rng,
        );
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
    let form = rng.next() % 13;
    let base = if rng.chance(70) {
        *rng.pick(CLINICS)
    } else {
        *rng.pick(FACILITIES)
    };
    let (new, old) = if form == 12 {
        // A corporation renamed, written bare with its legal form before or
        // after the name: `株式会社X12（旧商号：株式会社Y12）`, `X12株式会社（…）`.
        let (form_new, base_new) = *rng.pick(COMPANIES);
        let (form_old, base_old) = *rng.pick(&[
            ("株式会社", "ネクストラボ"),
            ("医療法人社団", "若葉会"),
            ("一般社団法人", "東和協会"),
        ]);
        let after = |f: &str, b: &str, rng: &mut Rng| {
            if f == "株式会社" && rng.chance(40) {
                format!("{b}{i}株式会社")
            } else {
                format!("{f}{b}{i}")
            }
        };
        (
            after(form_new, base_new, rng),
            after(form_old, base_old, rng),
        )
    } else {
        (format!("{base}{i}"), format!("旧{base}{i}"))
    };
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
        // `旧名称「Y」、令和７年９月１日改称`: the old name, then the day.
        8 => Some(format!(
            "旧名称{qo}、{date_text}{}",
            rng.pick(&["改称", "付けで改称", "に名称変更", "名称変更"])
        )),
        // `令和7年10月1日付けで「Y」より現名称に変更`: the new name is the owner.
        9 => Some(format!(
            "{}{qo}{from}{}",
            d(eff),
            rng.pick(&["現名称に変更", "現在の名称に変更", "現名称へ変更"])
        )),
        12 => Some(match rng.next() % 3 {
            0 => format!("旧商号：{old}"),
            1 => format!("旧名称：{old}"),
            _ => format!("{}{old}から商号変更", d(eff)),
        }),
        _ => None,
    };
    let on = match form {
        2 => None,
        0 | 12 if !dated => None,
        // `旧商号：Y` and `旧名称：Y` state no day.
        12 if !rename_attr.as_deref().unwrap_or("").contains("商号変更") => None,
        8 => Some(iso.clone()),
        _ => on,
    };
    // An undated former name beside a sentence of history in the same
    // parenthesis (`旧名称：Y。令和8年2月13日付けで…命令を受けていたもの`):
    // that sentence's date is of something else, not of the rename.
    let history = (on.is_none() && matches!(form, 0 | 2) && rng.chance(50)).then(|| {
        let when = *rng.pick(&["令和5年3月3日", "令和８年２月１３日", "平成31年4月"]);
        let what = *rng.pick(&[
            "付けで法第22条に基づく緊急命令を受けていたもの",
            "に開設",
            "に立入検査を実施",
        ]);
        format!("{when}{what}")
    });
    let line = match form {
        0..=2 | 8 | 9 => {
            let mut all = attrs.clone();
            let r = rename_attr.unwrap_or_default();
            let at = (rng.next() % (all.len() as u64 + 1)) as usize;
            all.insert(at, r);
            let all = match &history {
                Some(h) => vec![all.join(sep), h.clone()],
                None => all,
            };
            let sep = if history.is_some() { "。" } else { sep };
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
        12 => {
            // The corporation's own parenthesis; it is named bare, never quoted.
            let mut all = attrs.clone();
            let r = rename_attr.unwrap_or_default();
            let at = (rng.next() % (all.len() as u64 + 1)) as usize;
            all.insert(at, r);
            format!("{new}（{}）に対し、命令を行った。", all.join(sep))
        }
        10 => {
            // `名称を「Y」から「X」に変更`: the name as the verb's object.
            let a = if attrs.is_empty() {
                String::new()
            } else {
                format!("（{}）", attrs.join(sep))
            };
            let after_date = *rng.pick(&["、", "に", "付けで、"]);
            format!(
                "{qn}{a}は、{}名称を{qo}{from}{qn}に変更している。",
                d(after_date)
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
            // `現名称：X`, `現：X`, or `現「X」` (m09: the current name quoted).
            all.push(match rng.next() % 3 {
                0 => format!("現名称：{new}"),
                1 => format!("現：{new}"),
                _ => format!("現{qn}"),
            });
            format!("{qo}（{}）に対し、命令を行った。", all.join(sep))
        }
    };
    let on = match form {
        6 | 11 => None,
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
                if let Some(p) = &c.place
                    && m.attrs.place.as_deref() != Some(p.as_str())
                {
                    wrong.push(format!("place {:?}", m.attrs.place));
                }
                if let Some(o) = &c.operator
                    && m.attrs.operator.as_deref().map(name_key) != Some(name_key(o))
                {
                    wrong.push(format!("operator {:?}", m.attrs.operator));
                }
                if let Some(p) = &c.person
                    && !m.attrs.persons.iter().any(|(_, n)| clean(n) == clean(p))
                {
                    wrong.push(format!("person {:?}", m.attrs.persons));
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
    report(n, "composed sentences", &failures, 25);
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
        line.push_str(&format!(
            "（{shared}{}）に対し、命令を行った。",
            width(&place, &mut rng)
        ));
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
    assert!(
        failures.is_empty(),
        "{} of {n} lists misread",
        failures.len()
    );
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
        // The words of labels nobody listed, sections and merged names.
        "現名称に変更",
        "現在の名称に変更",
        "【",
        "】",
        "【停止の期間】",
        "許可を受けていた者",
        "旧 称",
        "名称変更日",
        "根拠条文：",
        "被処分者",
        "(2)",
        "①",
        "１．",
        "経緯",
        "吸収合併",
        "に吸収合併された",
        "緊急命令及び改善命令",
        "対象となる再生医療等提供計画（",
        "管理者",
        "氏名",
        "／",
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
        // Pages of one order, or of several (read section by section).
        let kinds = *rng.pick(&["改善命令", "緊急命令及び改善命令"]);
        let html = format!(
            "<html><head><title>再生医療等の安全性の確保等に関する法律に基づく{kinds}について</title></head><body>{body}</body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let _ = tadoru_crawler::extract::extract_unguarded(&page);
    }
}

// ---------------------------------------------------------------------------
// Whole bureau pages composed from entries and layouts.

/// Prints how many of `n` compositions read back exactly and the first
/// `shown` failures; fails the test if any failed.
fn report(n: usize, what: &str, failures: &[String], shown: usize) {
    println!("{} of {n} {what} read back exactly", n - failures.len());
    for f in failures.iter().take(shown) {
        println!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {n} {what} misread",
        failures.len()
    );
}

/// What one addressee of a composed bureau page is.
struct Entry {
    facility: bool,
    /// The clinic's or facility's name as printed.
    name: String,
    operator: Option<String>,
    /// The operator's legal form is printed in front of the name.
    operator_in_name: bool,
    address: String,
    person: String,
    /// The person's position as printed (管理者, 実施責任者, 理事長, 代表取締役).
    title: &'static str,
    plans: Vec<String>,
    number: Option<(String, String)>,
    /// An individual's clinic whose 管理者 is also its 開設者 (`開設者兼管理者`).
    opener: bool,
    /// A facility in the clinic of the entry before it: `所在地 同上`.
    address_as_above: bool,
}

impl Entry {
    /// The position as the page prints it: `開設者兼管理者` for a doctor who
    /// opens and manages the clinic, else the title.
    fn position(&self) -> &'static str {
        if self.opener {
            "開設者兼管理者"
        } else {
            self.title
        }
    }
}

/// Whether `notice` gives back entry `e`'s subject (same role and name); what
/// differs of it — address, operator, facility number, plans, its person — is
/// written to `wrong`.
fn check_entry(notice: &NoticeRecord, e: &Entry, wrong: &mut Vec<String>) -> bool {
    let role = if e.facility {
        Role::CellProcessingFacility
    } else {
        Role::Clinic
    };
    let Some(s) = notice
        .subjects
        .iter()
        .find(|s| s.role == role && name_key(&s.name) == name_key(&e.name))
    else {
        wrong.push(format!("no {role:?} {}", e.name));
        return false;
    };
    if s.address.as_deref().map(address_key) != Some(address_key(&e.address)) {
        wrong.push(format!("address of {}: {:?}", e.name, s.address));
    }
    if s.operator.as_deref().map(name_key) != e.operator.as_deref().map(name_key) {
        wrong.push(format!("operator of {}: {:?}", e.name, s.operator));
    }
    if s.facility_number != e.number.as_ref().map(|n| n.1.clone()) {
        wrong.push(format!("number of {}: {:?}", e.name, s.facility_number));
    }
    if s.plans != e.plans {
        wrong.push(format!("plans of {}: {:?}", e.name, s.plans));
    }
    let of = if e.facility {
        e.operator.clone().unwrap_or_default()
    } else {
        e.name.clone()
    };
    let person = notice.persons.iter().any(|p| {
        clean(&p.name) == clean(&e.person) && p.title == e.title && name_key(&p.of) == name_key(&of)
    });
    if !person {
        wrong.push(format!(
            "person {} {} of {of}: {:?}",
            e.title, e.person, notice.persons
        ));
    }
    let opener = notice.persons.iter().any(|p| {
        clean(&p.name) == clean(&e.person)
            && p.title == "開設者"
            && name_key(&p.of) == name_key(&of)
    });
    if e.opener && !opener {
        wrong.push(format!(
            "person 開設者 {} of {of}: {:?}",
            e.person, notice.persons
        ));
    }
    true
}

const PLANS: &[&str] = &[
    "慢性疼痛に対する自己脂肪由来間葉系幹細胞を用いた治療",
    "変形性膝関節症に対する自己多血小板血漿の関節内投与",
    "悪性腫瘍の予防に対する自家NK細胞療法",
    "毛髪の再生を目的とした自己多血小板血漿の頭皮内注射",
];
const STREETS: &[(&str, &str)] = &[
    ("東京都港区", "南青山三丁目1番2号"),
    ("東京都港区", "南青山3-1-2 青山ビル5階"),
    ("大阪府大阪市北区", "梅田2丁目4番9号 梅田タワー12階"),
    ("福岡県福岡市中央区", "天神一丁目9番12号"),
    ("埼玉県川越市", "新富町二丁目8番3号 川越メディカルビル4階"),
    ("千葉県柏市", "若柴178番地4"),
    ("宮城県仙台市青葉区", "中央1-9-12 1F"),
];

fn entry(rng: &mut Rng, page: usize, k: usize) -> Entry {
    let facility = rng.chance(40);
    let (form, base) = *rng.pick(COMPANIES);
    let operator = if facility || rng.chance(70) {
        Some(format!(
            "{form}{}{base}",
            if rng.chance(50) { " " } else { "" }
        ))
    } else {
        None
    };
    let own = if facility {
        format!("{}{page}x{k}", rng.pick(FACILITIES))
    } else {
        format!("{}{page}x{k}", rng.pick(CLINICS))
    };
    let operator_in_name = operator.is_some() && rng.chance(50);
    let name = match (&operator, operator_in_name) {
        (Some(op), true) => format!("{op} {own}"),
        _ => own,
    };
    let (place, street) = *rng.pick(STREETS);
    let title = if facility {
        *rng.pick(&["理事長", "代表取締役"])
    } else {
        *rng.pick(&["管理者", "管理者", "実施責任者"])
    };
    let plans = if facility {
        Vec::new()
    } else {
        let n = 1 + (rng.next() % 2) as usize;
        let first = (rng.next() % PLANS.len() as u64) as usize;
        (0..n)
            .map(|j| PLANS[(first + j) % PLANS.len()].to_string())
            .collect()
    };
    let number = (facility && rng.chance(70)).then(|| {
        let digits = format!("{}", 1_000_000 + rng.next() % 8_999_999);
        let n = format!("F{}{digits}", rng.pick(&["A", "C"]));
        let printed = if rng.chance(30) {
            n.chars()
                .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
                .collect()
        } else {
            n.clone()
        };
        (printed, n)
    });
    // An individual doctor opens the clinic and manages it (heldout9 decision 9).
    let opener = !facility && operator.is_none() && title == "管理者" && rng.chance(40);
    Entry {
        facility,
        name,
        operator,
        operator_in_name,
        address: format!("{place}{street}"),
        person: rng.pick(PEOPLE).to_string(),
        title,
        plans,
        number,
        opener,
        address_as_above: false,
    }
}

/// `同上`: a facility after a clinic, in that clinic, prints its address so
/// (the address is the clinic's).
fn as_above(entries: &mut [Entry], rng: &mut Rng) {
    for j in 1..entries.len() {
        if entries[j].facility && !entries[j - 1].facility && rng.chance(40) {
            entries[j].address = entries[j - 1].address.clone();
            entries[j].address_as_above = true;
        }
    }
}

/// The party addressed, as a `被処分者` row prints a person: the holder then
/// `(<clinic> <position>)`, or the position then its holder (the clinic
/// named in rows of its own). Brackets of either width, a space or none.
fn addressed_person(e: &Entry, rng: &mut Rng) -> String {
    let position = e.position();
    let (open, close) = *rng.pick(&[("（", "）"), ("(", ")")]);
    let sp = *rng.pick(&["", " ", "　"]);
    format!("{}{open}{}{sp}{position}{close}", e.person, e.name)
}

/// A label as bureaus print it: with spaces between its characters or not.
fn label(l: &str, rng: &mut Rng) -> String {
    if l.chars().count() <= 4 && rng.chance(40) {
        l.chars().map(String::from).collect::<Vec<_>>().join(" ")
    } else {
        l.to_string()
    }
}

fn order_text(e: &Entry, rng: &mut Rng) -> String {
    let article = if e.facility {
        "第48条第2項"
    } else {
        "第23条第1項"
    };
    if rng.chance(50) {
        format!("再生医療等の安全性の確保等に関する法律{article}による改善命令")
    } else {
        format!("法{article}に基づく改善命令")
    }
}

const QUALIFICATIONS: [&str; 3] = ["", "", "（医師）"];

fn qualification(rng: &mut Rng) -> &'static str {
    QUALIFICATIONS[(rng.next() % 3) as usize]
}

/// The labelled rows of one entry, one per line or all on one line.
fn entry_rows(e: &Entry, one_line: bool, rng: &mut Rng) -> Vec<String> {
    let colon = *rng.pick(&["", "：", ":"]);
    let sp = if colon.is_empty() { " " } else { "" };
    let row = |l: &str, v: &str, rng: &mut Rng| format!("{}{colon}{sp}{v}", label(l, rng));
    let mut rows = Vec::new();
    if e.facility && !one_line && rng.chance(25) {
        // `株式会社X 代表取締役 Y` unlabelled, then labels in parentheses:
        // `（製造所）…` / `（所在地）…` / `（施設番号）…`.
        let op = e.operator.clone().unwrap_or_default();
        rows.push(format!("{op} {} {}", e.title, e.person));
        rows.push(format!("（製造所）{}", e.name));
        rows.push(format!("（所在地）{}", e.address));
        if let Some((printed, _)) = &e.number {
            rows.push(format!("（施設番号）{printed}"));
        }
    } else if e.facility {
        // `名 称 <operator>` / `(理事長:…)` / `所 在 地` / `施 設 名` / `施設番号`.
        let op = e.operator.clone().unwrap_or_default();
        rows.push(row("名称", &op, rng));
        rows.push(format!("（{}：{}）", e.title, e.person));
        rows.push(row("所在地", &e.address, rng));
        match &e.number {
            Some((printed, _)) if rng.chance(50) => {
                rows.push(row("施設名", &e.name, rng));
                rows.push(row("施設番号", printed, rng));
            }
            Some((printed, _)) => {
                rows.push(row(
                    "施設名",
                    &format!("{}（施設番号：{printed}）", e.name),
                    rng,
                ));
            }
            None => rows.push(row("施設名", &e.name, rng)),
        }
    } else if (e.operator.is_none() || e.operator_in_name) && rng.chance(30) {
        // `被処分者 <holder>（<clinic> 管理者）`: the party addressed is a person.
        let addressee = *rng.pick(&["被処分者", "処分を受けた者", "被処分者"]);
        rows.push(row(addressee, &addressed_person(e, rng), rng));
        rows.push(row("所在地", &e.address, rng));
    } else if e.title == "管理者" && (e.operator.is_none() || e.operator_in_name) && rng.chance(50)
    {
        // `氏 名 <manager>` / `(<clinic>管理者)` / `(<clinic>開設者兼管理者)`.
        rows.push(row("氏名", &e.person, rng));
        let position = if e.opener {
            "開設者兼管理者"
        } else {
            "管理者"
        };
        rows.push(format!("（{}{position}）", e.name));
        rows.push(row("所在地", &e.address, rng));
    } else {
        rows.push(row("医療機関名", &e.name, rng));
        if let (Some(op), false) = (&e.operator, e.operator_in_name) {
            rows.push(row("開設者", op, rng));
        }
        let position = e.position();
        if rng.chance(20) && !one_line {
            // `被処分者 [院長 ]X（管理者）` over `再生医療等提供機関 Y`: the
            // holder with the position addressed in a parenthesis, a gloss
            // of the position before the name, the clinic on the next row.
            let gloss = *rng.pick(&["", "院長 ", "院長　", "施設長 "]);
            rows.insert(
                0,
                row(
                    "被処分者",
                    &format!("{gloss}{}（{position}）", e.person),
                    rng,
                ),
            );
            let clinic = rows.remove(1);
            let kind = *rng.pick(&["再生医療等提供機関", "医療機関名", "提供機関"]);
            rows.insert(1, clinic.replacen("医療機関名", kind, 1));
        } else if rng.chance(30) {
            // `被処分者 管理者 X`: the position addressed, then its holder.
            rows.push(row("被処分者", &format!("{position} {}", e.person), rng));
        } else {
            rows.push(format!("{position} {}{}", e.person, qualification(rng)));
        }
        rows.push(row("所在地", &e.address, rng));
    }
    if e.address_as_above
        && let Some(r) = rows.iter_mut().find(|r| r.contains(&e.address))
    {
        *r = r.replace(&e.address, "同上");
    }
    if one_line {
        // Plans on one line are listed with 、 (quoted or not).
        if !e.plans.is_empty() {
            let quoted = rng.chance(50);
            let list: Vec<String> = e
                .plans
                .iter()
                .map(|p| {
                    if quoted {
                        format!("「{p}」")
                    } else {
                        p.clone()
                    }
                })
                .collect();
            rows.push(row("計画名", &list.join("、"), rng));
        }
    } else if !e.plans.is_empty() {
        // A second plan on the line under the first.
        rows.push(row("計画名", &e.plans[0], rng));
        for p in &e.plans[1..] {
            rows.push(p.clone());
        }
    }
    let order = order_text(e, rng);
    rows.push(row("処分内容", &order, rng));
    rows
}

/// A table with one row per entry, under a header of one or two rows.
/// Former names a table's 旧名称 column prints (never a current name).
const FORMER_NAMES: &[&str] = &[
    "駅前整形外科クリニック",
    "しおさい美容皮膚科",
    "研究学園ペインクリニック",
];

/// The 旧名称 cell of entry `k` of a table: the former name and the date
/// of the change under it, or `－` for a party never renamed.
fn former_cell(k: usize, rng: &mut Rng) -> Option<(String, String, String)> {
    (k < FORMER_NAMES.len() && rng.chance(60)).then(|| {
        let (text, iso) = date(rng);
        let sep = *rng.pick(&["<br>", ""]);
        let old = FORMER_NAMES[k].to_string();
        (format!("{old}{sep}（{text}変更）"), old, iso)
    })
}

fn entry_table(entries: &[Entry], rng: &mut Rng) -> String {
    let merged = rng.chance(50);
    // A 旧名称 column beside the names (no 新名称 column).
    let former = !merged && rng.chance(40);
    let mut html = String::from("<table>");
    // A caption row spanning the table (with a doubled date) is no header.
    if rng.chance(30) {
        let (d, _) = date(rng);
        let cols = if former { 8 } else { 7 };
        html.push_str(&format!("<tr><td colspan=\"{cols}\">{d}受理分</td></tr>"));
    }
    if merged {
        html.push_str("<tr><th rowspan=\"2\">区分</th><th colspan=\"2\">被処分者</th><th rowspan=\"2\">所在地</th><th rowspan=\"2\">施設番号</th><th rowspan=\"2\">計画名</th><th rowspan=\"2\">根拠条項</th></tr><tr><th>名称</th><th>代表者等</th></tr>");
    } else if former {
        html.push_str("<tr><th>区分</th><th>名称</th><th>旧名称</th><th>代表者等</th><th>所在地</th><th>施設番号</th><th>提供計画の名称</th><th>処分内容</th></tr>");
    } else {
        html.push_str("<tr><th>区分</th><th>名称</th><th>代表者等</th><th>所在地</th><th>施設番号</th><th>提供計画の名称</th><th>処分内容</th></tr>");
    }
    for e in entries {
        let kind = if e.facility {
            "細胞培養加工施設"
        } else {
            "再生医療等提供機関"
        };
        let number = e.number.as_ref().map_or("－".to_string(), |n| n.0.clone());
        let article = if e.facility {
            "法第48条第2項"
        } else {
            "法第23条第1項"
        };
        // Several plans in one cell: one per line (<br>) or listed with 、.
        let sep = *rng.pick(&["<br>", "、"]);
        let plans = if e.plans.is_empty() {
            "－".to_string()
        } else {
            e.plans.join(sep)
        };
        let former_td = if former {
            let k = entries.iter().position(|x| x.name == e.name).unwrap_or(0);
            let cell = former_cell(k, rng).map_or("－".to_string(), |(cell, old, iso)| {
                // The expected rename, for the check to read back.
                format!("{cell}<!--rename {old}→{}@{iso}-->", e.name)
            });
            format!("<td>{cell}</td>")
        } else {
            String::new()
        };
        html.push_str(&format!(
            "<tr><td>{kind}</td><td>{}</td>{former_td}<td>{} {}</td><td>{}</td><td>{number}</td><td>{plans}</td><td>{article}</td></tr>",
            e.name, e.position(), e.person, e.address
        ));
    }
    html.push_str("</table>");
    html
}

/// The renames a composed page states in a table's 旧名称 column, as the
/// page's comments record them (`old→new@iso`).
fn table_renames(html: &str) -> Vec<String> {
    html.split("<!--rename ")
        .skip(1)
        .filter_map(|r| r.split("-->").next())
        .map(str::to_string)
        .collect()
}

/// The day every composed bureau page is dated.
const BUREAU_DAY: (i32, u32, u32) = (2025, 10, 10);

fn bureau_page(entries: &[Entry], rng: &mut Rng) -> String {
    let (y, m, d) = BUREAU_DAY;
    let date = chrome::date_line(
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default(),
        rng,
    );
    // The lead may cite the articles, the second listed with or without its
    // 第 (`第23条第1項及び48条第2項`, as real pages print it).
    let both = entries.iter().any(|e| e.facility) && entries.iter().any(|e| !e.facility);
    let cited = if both && rng.chance(50) {
        format!(
            "（平成25年法律第85号）第23条第1項{}{}48条第2項",
            rng.pick(&["及び", "並びに", "、"]),
            rng.pick(&["第", ""])
        )
    } else {
        String::new()
    };
    let mut body = format!(
        "{}<p>近畿厚生局</p><h1>再生医療等の安全性の確保等に関する法律に基づく改善命令について</h1>\
         <p>近畿厚生局長は、本日、下記の者に対し、再生医療等の安全性の確保等に関する法律{cited}に基づく改善命令を行いました。</p>",
        date.top.as_deref().unwrap_or_default()
    );
    if rng.chance(70) {
        body.push_str("<p>記</p>");
    }
    let heading = *rng.pick(&[
        "第1 被処分者等",
        "１ 被処分者",
        "一 処分を受けた者",
        "1. 被処分者",
    ]);
    body.push_str(&format!("<p>{heading}</p>"));
    // Tables give each entry a kind and a representative cell; rows the rest.
    let table = rng.chance(25)
        && entries
            .iter()
            .all(|e| e.operator_in_name || e.operator.is_none());
    // The vertical table's 氏名 row prints no position: an opener's is not stated.
    let vertical = entries.len() == 1
        && !entries[0].facility
        && entries[0].title == "管理者"
        && !entries[0].opener;
    if vertical && rng.chance(40) {
        // One clinic in a vertical th/td table; the 氏名 row has no position:
        // the 処分内容 says whom the order is addressed to.
        let e = &entries[0];
        let mut rows = vec![
            ("氏名", e.person.clone()),
            (*rng.pick(&["医療機関の名称", "医療機関"]), e.name.clone()),
        ];
        if let (Some(op), false) = (&e.operator, e.operator_in_name) {
            rows.push(("開設者", op.clone()));
        }
        rows.push(("所在地", e.address.clone()));
        let plans: Vec<String> = e.plans.iter().map(|p| format!("「{p}」")).collect();
        rows.push(("計画名", plans.join("、")));
        rows.push((
            "処分内容",
            "法第23条第1項に基づく改善命令（上記医療機関の管理者に対するもの）".to_string(),
        ));
        body.push_str("<table>");
        // A layout table may open with its lead sentence, a row one cell spans.
        if rng.chance(40) {
            body.push_str(
                "<tr><td colspan=\"2\">下記の再生医療等提供機関の管理者に対して改善命令を行いました。</td></tr>",
            );
        }
        for (l, v) in rows {
            body.push_str(&format!("<tr><th>{l}</th><td>{v}</td></tr>"));
        }
        body.push_str("</table>");
    } else if table {
        body.push_str(&entry_table(entries, rng));
    } else {
        let one_line = rng.chance(25);
        let numbering = *rng.pick(&["", "(n)", "n.", "■"]);
        for (k, e) in entries.iter().enumerate() {
            let rows = entry_rows(e, one_line, rng);
            let mark = numbering.replace('n', &(k + 1).to_string());
            if one_line {
                body.push_str(&format!("<p>{mark}{}</p>", rows.join(" ")));
            } else {
                if !mark.is_empty() {
                    body.push_str(&format!(
                        "<p>{mark} {}</p>",
                        if e.facility {
                            "細胞培養加工施設"
                        } else {
                            "再生医療等提供機関"
                        }
                    ));
                }
                for r in rows {
                    body.push_str(&format!("<p>{r}</p>"));
                }
            }
        }
    }
    body.push_str(
        "<p>第2 経緯</p><p>令和7年7月、当局が立入検査を行ったところ、上記の不備が確認された。</p>",
    );
    body.push_str(date.bottom.as_deref().unwrap_or_default());
    chrome::dress(&body, "改善命令について", "近畿厚生局", rng)
}

/// Bureau pages composed from one to three entries (clinics with their
/// manager or 実施責任者, facilities with their operator, representative and
/// facility number) in every layout bureaus use — labelled rows one per
/// line, one line per entry, numbered or bulleted entries, category
/// headings, tables with one- or two-row (merged) headers — with labels
/// spaced or not, colons of either width or none, plans continued on a
/// second line, facility numbers in their own row or in the name's
/// parenthesis in either width, and section headings numbered 第1, １, 一.
/// Each page must give back exactly its parties, roles, operators,
/// addresses, facility numbers, plans, people and articles.
#[test]
fn thousands_of_composed_bureau_pages_read_back() {
    use tadoru_crawler::PageContent;
    let mut rng = Rng(0xb0_2ea0_0000_0005);
    let n = 2_000;
    let mut failures = Vec::new();
    for i in 0..n {
        let k = 1 + (rng.next() % 3) as usize;
        let mut entries: Vec<Entry> = (0..k).map(|j| entry(&mut rng, i, j)).collect();
        as_above(&mut entries, &mut rng);
        let html = bureau_page(&entries, &mut rng);
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
        let mut expected_operators: Vec<String> = Vec::new();
        for e in &entries {
            if !check_entry(&notice, e, &mut wrong) {
                continue;
            }
            if let Some(op) = &e.operator
                && !expected_operators
                    .iter()
                    .any(|o| name_key(o) == name_key(op))
            {
                expected_operators.push(op.clone());
            }
        }
        let operators: Vec<&str> = notice
            .subjects
            .iter()
            .filter(|s| s.role == Role::Operator)
            .map(|s| s.name.as_str())
            .collect();
        if operators.len() != expected_operators.len()
            || !expected_operators
                .iter()
                .all(|o| operators.iter().any(|x| name_key(x) == name_key(o)))
        {
            wrong.push(format!("operators {operators:?}"));
        }
        if notice.subjects.len() != entries.len() + expected_operators.len() {
            let names: Vec<&str> = notice.subjects.iter().map(|s| s.name.as_str()).collect();
            wrong.push(format!("subjects {names:?}"));
        }
        let mut articles: Vec<&str> = entries
            .iter()
            .map(|e| {
                if e.facility {
                    "法第48条第2項"
                } else {
                    "法第23条第1項"
                }
            })
            .collect();
        articles.sort();
        articles.dedup();
        let mut got: Vec<&str> = notice.articles.iter().map(String::as_str).collect();
        got.sort();
        if got != articles {
            wrong.push(format!("articles {got:?}"));
        }
        let mut renames: Vec<String> = notice
            .renames
            .iter()
            .map(|r| {
                let on = r.on.map(|d| d.to_string()).unwrap_or_default();
                format!("{}→{}@{on}", name_key(&r.old), name_key(&r.new))
            })
            .collect();
        renames.sort();
        let mut expected: Vec<String> = table_renames(&html)
            .iter()
            .filter_map(|r| {
                let (names, on) = r.split_once('@')?;
                let (old, new) = names.split_once('→')?;
                Some(format!("{}→{}@{on}", name_key(old), name_key(new)))
            })
            .collect();
        expected.sort();
        if renames != expected {
            wrong.push(format!("renames {renames:?}"));
        }
        let (y, m, d) = BUREAU_DAY;
        if notice.issued_on != chrono::NaiveDate::from_ymd_opt(y, m, d) {
            wrong.push(format!("issued on {:?}", notice.issued_on));
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "composed bureau pages", &failures, 8);
}

// ---------------------------------------------------------------------------
// Whole press releases composed from the ways MHLW names its parties.

/// One party of a composed press release.
struct PressParty {
    facility: bool,
    name: String,
    operator: Option<String>,
    representative: Option<String>,
    place: Option<String>,
    address: Option<String>,
    number: Option<String>,
    plans: Vec<String>,
}

/// A closure addendum: which party, the filing date and the closure date
/// (each as printed and as ISO).
type Addendum = (usize, (String, String), (String, String));

/// How the lead names one party, and what it states of it.
fn press_mention(p: &PressParty, rng: &mut Rng) -> String {
    let q = quote(&p.name, rng);
    let place = p
        .place
        .as_deref()
        .map(|x| format!("（{x}）"))
        .unwrap_or_default();
    let Some(op) = &p.operator else {
        return format!("{q}{place}");
    };
    let rep = p
        .representative
        .as_deref()
        .map(|r| format!("（代表取締役 {r}）"))
        .unwrap_or_default();
    match (&p.address, rng.next() % 3) {
        // `Xが<address>に設置する細胞培養加工施設「Y」`.
        (Some(a), _) => format!(
            "{op}{rep}が{a}に{}する{}{q}",
            rng.pick(&["設置", "開設"]),
            if p.facility {
                "細胞培養加工施設"
            } else {
                ""
            }
        ),
        (None, 0) => format!(
            "{op}{rep}{}{q}{place}",
            rng.pick(&["が開設する", "が運営する", "の設置する"])
        ),
        // `「Y」(…)を運営するX`.
        (None, 1) if p.representative.is_none() => {
            format!(
                "{q}{place}を{}する{op}",
                rng.pick(&["運営", "開設", "設置"])
            )
        }
        _ => format!("{op}{rep}が設置する{q}{place}"),
    }
}

fn press_page(parties: &[PressParty], closure: Option<Addendum>, rng: &mut Rng) -> String {
    // The date line and heading in the page, or in the site's <header>.
    let day = chrome::date_line(
        chrono::NaiveDate::from_ymd_opt(2025, 10, 3).unwrap_or_default(),
        rng,
    );
    let top = day.top.as_deref().unwrap_or_default();
    let mut body = if rng.chance(20) {
        format!(
            "<header><nav><a href=\"/\">ホーム</a></nav>{top}\
             <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1></header>\
             <p>【照会先】</p><p>医政局研究開発政策課</p><p>報道関係者各位</p>",
        )
    } else {
        format!(
            "{top}<p>【照会先】</p><p>医政局研究開発政策課</p><p>報道関係者各位</p>\
             <h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1>",
        )
    };
    // The lead names every party with what it states of them; a first
    // party named bare with its place may have lost its closing 」 (the
    // sentence goes on after its parenthesis).
    let mut mentions: Vec<String> = parties.iter().map(|p| press_mention(p, rng)).collect();
    let first = &parties[0];
    let unclosed = first.operator.is_none() && first.place.is_some() && rng.chance(30);
    if unclosed {
        let head = format!(
            "「{}（{}）",
            first.name,
            first.place.as_deref().unwrap_or_default()
        );
        let rest = mentions.split_off(1);
        body.push_str(&format!(
            "<p>厚生労働省は、{head}で製造された特定細胞加工物{}について、報告を受けました。</p>",
            if rest.is_empty() {
                String::new()
            } else {
                format!("を用いた{}", rest.join("及び"))
            }
        ));
    } else {
        body.push_str(&format!(
            "<p>厚生労働省は、{}について、報告を受けました。</p>",
            mentions.join("及び")
        ));
    }
    // A merger of an operator is context: the other corporation is no party.
    if let Some(op) = parties.iter().find_map(|p| p.operator.as_deref())
        && rng.chance(30)
    {
        let (d, _) = date(rng);
        let other = format!("{}合併相手会", rng.pick(&["医療法人社団", "医療法人"]));
        body.push_str(&match rng.next() % 2 {
            0 => format!("<p>なお、{op}は、{d}付けで{other}を吸収合併している。</p>"),
            _ => format!("<p>なお、{other}は、{d}に{op}に吸収合併された。</p>"),
        });
    }
    // The order: each party under its article, with no word of its kind.
    let orders: Vec<String> = parties
        .iter()
        .map(|p| {
            let (article, what) = if p.facility {
                ("法第47条", "特定細胞加工物の製造の一時停止")
            } else {
                ("法第22条", "再生医療等の提供の一時停止")
            };
            if rng.chance(50) {
                format!("{article}に基づき「{}」に対して{what}を", p.name)
            } else {
                format!("「{}」に対し{article}に基づく{what}を", p.name)
            }
        })
        .collect();
    body.push_str(&format!(
        "<p>本日付けで、{}それぞれ命じましたのでお知らせいたします。</p>",
        orders.join("、")
    ));
    // Facility numbers and addresses in a list: the number in the quote, the
    // address on the next line.
    let listed: Vec<&PressParty> = parties.iter().filter(|p| p.number.is_some()).collect();
    if !listed.is_empty() {
        body.push_str("<p>製造の一時停止を命じた細胞培養加工施設</p>");
        for p in listed {
            body.push_str(&format!(
                "<p>○「{}（施設番号：{}）」</p>",
                p.name,
                p.number.as_deref().unwrap_or("")
            ));
        }
    }
    // Plans: under the heading, each clinic's own on a `X：「plan」` line,
    // or each plan on its line followed by its clinic (`「plan」（X）`).
    let clinics: Vec<&PressParty> = parties.iter().filter(|p| !p.facility).collect();
    body.push_str("<p>【提供の一時停止を命じた再生医療等】</p>");
    let trailing = rng.chance(40);
    for c in &clinics {
        let list: Vec<String> = c.plans.iter().map(|p| format!("「{p}」")).collect();
        if trailing {
            for plan in &list {
                body.push_str(&format!("<p>{plan}（{}）</p>", c.name));
            }
        } else if clinics.len() == 1 && rng.chance(50) {
            body.push_str(&format!("<p>{}</p>", list.join("、")));
        } else {
            body.push_str(&format!("<p>・{}：{}</p>", c.name, list.join("、")));
        }
    }
    if let Some((k, (filed, _), (closed, _))) = &closure {
        let p = &parties[*k];
        // The filing's day first, or its day `付けで` and the closure's `をもって`.
        body.push_str(&if rng.chance(50) {
            format!(
                "<p>【追記】</p><p>{filed}、「{}」の開設者から、同クリニックを{closed}付けで廃止した旨の届出がなされました。</p>",
                p.name
            )
        } else {
            format!(
                "<p>【追記】（令和9年1月5日掲載）</p><p>開設者から、{filed}付けで、「{}」を{closed}をもって廃止した旨の届出がありました。</p>",
                p.name
            )
        });
    }
    body.push_str(day.bottom.as_deref().unwrap_or_default());
    chrome::dress(&body, "緊急命令について", "厚生労働省", rng)
}

/// Press releases composed from one to three parties, each named in one of
/// the ways MHLW writes them — its operator before it (が開設する, が運営する,
/// with the operator's representative in its parenthesis), after it
/// (「Y」(…)を運営するX), or with the address it was set up at
/// (Xが<address>に設置する「Y」) — ordered each under its own article with no
/// word of its kind in its name (法第47条に基づき「Y」に対して, 「Y」に対し法第22条
/// に基づく), facility numbers inside a listed quote, each clinic's plans on
/// its own `X：「plan」` line, and a closure addendum whose filing date and
/// closure date differ. Each page must give back its parties, roles,
/// operators, places, addresses, numbers, plans, people and closure.
#[test]
fn thousands_of_composed_press_releases_read_back() {
    use tadoru_crawler::PageContent;
    const NEUTRAL: &[&str] = &[
        "北辰ラボ",
        "みなとセルワークス",
        "THE M LAB",
        "青葉メディカル",
        // A name a clinic or a facility may bear: the facility number, the
        // articles or the 細胞培養加工施設 label says which.
        "東雲 浜名センター",
    ];
    let mut rng = Rng(0x9e55_0000_0000_0007);
    let n = 2_000;
    let mut failures = Vec::new();
    for i in 0..n {
        let k = 1 + (rng.next() % 3) as usize;
        let parties: Vec<PressParty> = (0..k)
            .map(|j| {
                let facility = j > 0 && rng.chance(60) || k == 1 && rng.chance(30);
                let operator = rng.chance(60).then(|| company(&mut rng, ""));
                let with_address = operator.is_some() && rng.chance(30);
                let (place, street) = *rng.pick(STREETS);
                let address = with_address.then(|| format!("{place}{street}"));
                let place = (!with_address && rng.chance(70)).then(|| place.to_string());
                let representative =
                    (operator.is_some() && rng.chance(40)).then(|| rng.pick(PEOPLE).to_string());
                let number = (facility && rng.chance(50)).then(|| {
                    format!(
                        "F{}{}",
                        rng.pick(&["A", "C"]),
                        1_000_000 + rng.next() % 8_999_999
                    )
                });
                let plans = if facility {
                    Vec::new()
                } else {
                    let first = (rng.next() % PLANS.len() as u64) as usize;
                    (0..1 + (rng.next() % 2) as usize)
                        .map(|x| PLANS[(first + x) % PLANS.len()].to_string())
                        .collect()
                };
                PressParty {
                    facility,
                    name: format!("{}{i}x{j}", rng.pick(NEUTRAL)),
                    operator,
                    representative,
                    place,
                    address,
                    number,
                    plans,
                }
            })
            .collect();
        let closure = parties
            .iter()
            .position(|p| !p.facility)
            .filter(|_| rng.chance(30))
            .map(|c| {
                let a = date(&mut rng);
                let mut b = date(&mut rng);
                while b.1.len() != 10 || b.1 == a.1 {
                    b = date(&mut rng);
                }
                let mut a = a;
                while a.1.len() != 10 {
                    a = date(&mut rng);
                }
                (c, a, b)
            });
        let html = press_page(&parties, closure.clone(), &mut rng);
        if std::env::var_os("SHOW").is_some() && i % 97 == 0 {
            println!("{html}");
        }
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let notices = match tadoru_crawler::extract::extract_unguarded(&page) {
            PageContent::Notices(n) => n,
            _ => Vec::new(),
        };
        let Some(notice) = notices.first() else {
            failures.push(format!("{html}\n    not a notice"));
            continue;
        };
        let mut wrong = Vec::new();
        let clinics = parties.iter().filter(|p| !p.facility).count();
        for p in &parties {
            let role = if p.facility {
                Role::CellProcessingFacility
            } else {
                Role::Clinic
            };
            let Some(s) = notice
                .subjects
                .iter()
                .find(|s| name_key(&s.name) == name_key(&p.name))
            else {
                wrong.push(format!("no {}", p.name));
                continue;
            };
            if s.role != role {
                wrong.push(format!("role of {}: {:?}", p.name, s.role));
            }
            if s.operator.as_deref().map(name_key) != p.operator.as_deref().map(name_key) {
                wrong.push(format!("operator of {}: {:?}", p.name, s.operator));
            }
            let place = p.place.clone().or_else(|| {
                p.address
                    .as_deref()
                    .and_then(tadoru_crawler::names::place_of_address)
            });
            if s.place != place {
                wrong.push(format!("place of {}: {:?}", p.name, s.place));
            }
            if s.address.as_deref().map(address_key) != p.address.as_deref().map(address_key) {
                wrong.push(format!("address of {}: {:?}", p.name, s.address));
            }
            if s.facility_number != p.number {
                wrong.push(format!("number of {}: {:?}", p.name, s.facility_number));
            }
            if clinics > 0 && s.plans != p.plans && !p.facility {
                wrong.push(format!("plans of {}: {:?}", p.name, s.plans));
            }
            if let (Some(op), Some(rep)) = (&p.operator, &p.representative) {
                let found = notice.persons.iter().any(|x| {
                    clean(&x.name) == clean(rep)
                        && x.title == "代表取締役"
                        && name_key(&x.of) == name_key(op)
                });
                if !found {
                    wrong.push(format!("representative of {op}: {:?}", notice.persons));
                }
            }
        }
        if notice.issued_on.map(|d| d.to_string()).as_deref() != Some("2025-10-03") {
            wrong.push(format!("issued on {:?}", notice.issued_on));
        }
        // No other party: not the corporation of a merger.
        let mut operators: Vec<String> = parties
            .iter()
            .filter_map(|p| p.operator.as_deref().map(name_key))
            .collect();
        operators.sort();
        operators.dedup();
        if notice.subjects.len() != parties.len() + operators.len() {
            let names: Vec<&str> = notice.subjects.iter().map(|s| s.name.as_str()).collect();
            wrong.push(format!("subjects {names:?}"));
        }
        if let Some((c, filed, closed)) = &closure {
            match notices.get(1) {
                Some(part) => {
                    if part.issued_on.map(|d| d.to_string()).as_deref() != Some(filed.1.as_str()) {
                        wrong.push(format!("filed {:?}", part.issued_on));
                    }
                    let on: Vec<(String, Option<String>)> = part
                        .closures
                        .iter()
                        .map(|x| (name_key(&x.name), x.on.map(|d| d.to_string())))
                        .collect();
                    if on != vec![(name_key(&parties[*c].name), Some(closed.1.clone()))] {
                        wrong.push(format!("closures {on:?}"));
                    }
                }
                None => wrong.push("no closure part".into()),
            }
        } else if notices.len() != 1 {
            wrong.push(format!("{} notices", notices.len()));
        }
        if !wrong.is_empty() {
            failures.push(format!("{html}\n    {}", wrong.join("\n    ")));
        }
    }
    report(n, "composed press releases", &failures, 8);
}

/// Closure pages listing one to three closed facilities, each with its own
/// closure date — in a table (施設番号｜施設の名称｜製造事業者｜所在地｜廃止年月日,
/// columns in any order), in labelled rows, or in numbered rows of labels
/// no list names with a rename before the closure and a 届出日 beside it —
/// must close each facility on its own date, never on another row's.
#[test]
fn closure_pages_close_each_party_on_its_own_date() {
    use tadoru_crawler::PageContent;
    let mut rng = Rng(0xc105_0000_0000_0011);
    let n = 1_000;
    let mut failures = Vec::new();
    for i in 0..n {
        let k = 1 + (rng.next() % 3) as usize;
        let rows: Vec<(Entry, (String, String))> = (0..k)
            .map(|j| {
                let mut e = entry(&mut rng, i, j);
                e.facility = true;
                e.name = format!("{}{i}x{j}", rng.pick(FACILITIES));
                let mut d = date(&mut rng);
                while d.1.len() != 10 {
                    d = date(&mut rng);
                }
                (e, d)
            })
            .collect();
        let mut body = String::from(
            "<p>令和8年3月27日</p><p>関東信越厚生局</p><h1>細胞培養加工施設の廃止について</h1>\
             <p>再生医療等の安全性の確保等に関する法律に基づき届出がなされていた細胞培養加工施設のうち、次の施設について廃止の届出がありましたので、お知らせします。</p>",
        );
        if rng.chance(60) {
            let mut columns = vec![
                "施設番号",
                "施設の名称",
                "特定細胞加工物等製造事業者",
                "所在地",
                "廃止年月日",
            ];
            if rng.chance(50) {
                columns.swap(0, 1);
            }
            body.push_str("<table><tr>");
            for c in &columns {
                body.push_str(&format!("<th>{c}</th>"));
            }
            body.push_str("</tr>");
            for (e, (d, _)) in &rows {
                body.push_str("<tr>");
                for c in &columns {
                    let v = match *c {
                        "施設番号" => e.number.as_ref().map_or("－".into(), |x| x.0.clone()),
                        "施設の名称" => e.name.clone(),
                        "所在地" => e.address.clone(),
                        "廃止年月日" => d.clone(),
                        _ => e.operator.clone().unwrap_or_default(),
                    };
                    body.push_str(&format!("<td>{v}</td>"));
                }
                body.push_str("</tr>");
            }
            body.push_str("</table>");
        } else if rng.chance(50) {
            body.push_str("<p>記</p>");
            for (e, (d, _)) in &rows {
                body.push_str(&format!(
                    "<p>{} {}</p><p>{} {}</p><p>{} {d}</p>",
                    label("施設名", &mut rng),
                    e.name,
                    label("所在地", &mut rng),
                    e.address,
                    label("廃止年月日", &mut rng)
                ));
            }
        } else {
            // Rows numbered 1．…, in words no list names, the facility renamed
            // before it closed (the filing under the old name): it closes
            // under the name the page gives it now.
            for (j, (e, (d, _))) in rows.iter().enumerate() {
                if rows.len() > 1 {
                    body.push_str(&format!("<p>（{}）</p>", j + 1));
                }
                let (when, _) = date(&mut rng);
                let renamed = if rng.chance(50) {
                    format!(
                        "（{when}に「旧{}」から改称。廃止の届出は改称前の名称で行われた。）",
                        e.name
                    )
                } else {
                    String::new()
                };
                let op = e.operator.clone().unwrap_or_default();
                let fields = [
                    (
                        *rng.pick(&["施設の名称", "細胞培養加工施設の名称"]),
                        format!("{}{renamed}", e.name),
                    ),
                    (
                        *rng.pick(&["製造事業者", "届出者", "特定細胞加工物等製造事業者"]),
                        format!("{op} {} {}", e.title, e.person),
                    ),
                    (
                        *rng.pick(&["所在地", "細胞培養加工施設の所在地"]),
                        e.address.clone(),
                    ),
                    (*rng.pick(&["廃止年月日", "廃止日"]), d.clone()),
                    ("届出日", "令和8年3月20日".to_string()),
                ];
                for (k, (l, v)) in fields.iter().enumerate() {
                    let sep = *rng.pick(&[" ", "：", ":"]);
                    body.push_str(&format!("<p>{}．{l}{sep}{v}</p>", k + 1));
                }
            }
        }
        let html = format!(
            "<html><head><meta charset=\"utf-8\"><title>廃止について</title></head><body>{body}</body></html>"
        );
        let page = tadoru_crawler::html::page_text(&html).unwrap();
        let got: Vec<(String, Option<String>)> =
            match tadoru_crawler::extract::extract_unguarded(&page) {
                PageContent::Notices(n) => n
                    .first()
                    .map(|n| {
                        n.closures
                            .iter()
                            .map(|c| (name_key(&c.name), c.on.map(|d| d.to_string())))
                            .collect()
                    })
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
        let want: Vec<(String, Option<String>)> = rows
            .iter()
            .map(|(e, (_, iso))| (name_key(&e.name), Some(iso.clone())))
            .collect();
        if got != want {
            failures.push(format!("{html}\n    got {got:?}\n    want {want:?}"));
        }
    }
    report(n, "closure pages", &failures, 5);
}
