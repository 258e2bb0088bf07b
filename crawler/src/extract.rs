//! Extractors: what a page is, and the notices in it. The page decides its
//! extractor — a listing, an MHLW press release (報道発表資料), a regional
//! bureau's improvement-order page with its `第1 被処分者等` labelled entries,
//! or something else — never the host it came from, so a mirror on any host
//! extracts like the real site.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

use crate::html::PageText;
use crate::names::{self, clean, is_place, looks_like_facility, looks_like_plan, split_operator};
use crate::record::{Closure, NoticeKind, NoticeRecord, PageContent, Rename, Role, Subject};
use crate::wareki::{find_dates, parse_date};

/// The Act every notice tadoru keeps is made under (平成25年法律第85号).
const ACT: &str = "再生医療等の安全性の確保等に関する法律";

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

static BUREAU: LazyLock<Regex> =
    LazyLock::new(|| re(r"(北海道|東北|関東信越|東海北陸|近畿|中国四国|四国|九州)厚生(支)?局"));
// `（…以下「法」という。）第22条`: a closing parenthesis can stand for 法.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(施行規則|省令)?(?:法|法律|及び|並びに|、|\))\s*第\s*(\d+)\s*条(?:\s*第\s*(\d+)\s*項)?(\s*違反)?",
    )
});
static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| re(r"「([^「」]{2,80})」(?:\s*\(([^()]{2,60})\))?"));
static OPERATOR_BEFORE_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"((?:医療法人社団|医療法人財団|社会医療法人|医療法人|一般社団法人|一般財団法人|株式会社)\s?[^\s「」、。()]{1,30}?|[^\s「」、。()]{1,30}?(?:株式会社|\(株\)))\s*(?:が開設する|が運営する|の開設する|の)?\s*「$",
    )
});
static RENAME_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:「([^「」]+?)\s*\(旧(?:名称)?\s*:\s*「?([^」()、。]+?)」?(?:[、。,]\s*([^()]*?))?\)\s*」|「([^「」]+)」\s*\(旧(?:名称)?\s*:\s*「?([^」()、。]+?)」?(?:[、。,]\s*([^()]*?))?\)|([^\s「」()、。]+)\s*\(旧(?:名称)?\s*:\s*「?([^」()、。]+?)」?(?:[、。,]\s*([^()]*?))?\))",
    )
});
static RENAME_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"「([^「」]+)」から(?:「([^「」]+)」(?:へ|に)(?:と)?)?(?:の)?名称(?:を|の)?変更")
});
static SECTION_START: LazyLock<Regex> = LazyLock::new(|| re(r"^第\s*1\s*被処分者"));
static SECTION_NEXT: LazyLock<Regex> = LazyLock::new(|| re(r"^第\s*[2-9２-９]\s"));
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|\s)(氏\s?名|名\s?称|所\s?在\s?地|計\s?画\s?名|施\s?設\s?名|処\s?分\s?内\s?容|施\s?設\s?番\s?号)(?:\s*:\s*|\s+)",
    )
});
static MANAGER_OF: LazyLock<Regex> = LazyLock::new(|| re(r"\(([^()]+?)\s*管理者\)"));
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:令和|平成|昭和|\d{4})\s*(?:元|\d{1,2})?\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
});

/// Classifies a page and extracts its notices.
pub fn extract(page: &PageText) -> PageContent {
    let lines: Vec<String> = page
        .lines
        .iter()
        .map(|l| clean(l))
        .filter(|l| !l.is_empty())
        .collect();
    let title = clean(if page.h1.is_empty() {
        &page.title
    } else {
        &page.h1
    });
    let text = lines.join("\n");
    if let Some(kind) = kind_of(&title, &text) {
        let notices = if lines.iter().any(|l| SECTION_START.is_match(l)) {
            bureau_notice(kind, &title, &lines, &text)
        } else {
            press_release(kind, &title, &lines, &text)
        };
        return PageContent::Notices(notices);
    }
    if is_listing(&title, page) {
        PageContent::Listing { title }
    } else {
        PageContent::Other { title }
    }
}

/// The kind of enforcement a page announces: its title names the action and
/// the page cites the Act. Anything else (a committee meeting, a product
/// approval) is not a notice, even when it is about regenerative medicine.
fn kind_of(title: &str, text: &str) -> Option<NoticeKind> {
    if !text.contains(ACT) && !title.contains(ACT) {
        return None;
    }
    let t = title;
    if t.contains("緊急命令") {
        Some(NoticeKind::EmergencyOrder)
    } else if t.contains("改善命令") {
        Some(NoticeKind::ImprovementOrder)
    } else if t.contains("取消") || t.contains("取り消") {
        Some(NoticeKind::LicenceRevocation)
    } else if t.contains("停止命令") {
        Some(NoticeKind::SuspensionOrder)
    } else if t.contains("廃止") {
        Some(NoticeKind::ClosureFiling)
    } else {
        None
    }
}

fn is_listing(title: &str, page: &PageText) -> bool {
    const WORDS: [&str; 5] = ["一覧", "報道発表資料", "新着", "お知らせ", "処分等"];
    WORDS.iter().any(|w| title.contains(w)) && !page.links.is_empty()
}

/// The issue date: the first line that is only a date, near the top; failing
/// that, the first date on the page.
fn issue_date(lines: &[String]) -> Option<NaiveDate> {
    lines
        .iter()
        .take(20)
        .find(|l| DATE_LINE.is_match(l))
        .and_then(|l| parse_date(l))
        .or_else(|| lines.iter().take(20).find_map(|l| parse_date(l)))
}

/// 厚生労働省 unless a regional bureau heads the page.
fn authority(lines: &[String]) -> String {
    lines
        .iter()
        .take(8)
        .find_map(|l| BUREAU.find(l).map(|m| m.as_str().to_string()))
        .unwrap_or_else(|| "厚生労働省".to_string())
}

/// Articles of the Act in sentences that order something, and articles said to
/// be violated. Articles of the enforcement regulations (施行規則) are not the Act's.
fn articles(text: &str) -> (Vec<String>, Vec<String>) {
    let mut basis = Vec::new();
    let mut violated = Vec::new();
    for sentence in text.split(['。', '\n']) {
        let orders = ["命令", "命じ", "取消", "取り消"]
            .iter()
            .any(|w| sentence.contains(w));
        let mut in_regulation = false;
        for c in ARTICLE.captures_iter(sentence) {
            if c.get(1).is_some() {
                in_regulation = true;
                continue;
            }
            // `施行規則第107条及び第108条`: a chained article stays in the regulation.
            let whole = c.get(0).map_or("", |m| m.as_str());
            if whole.starts_with("法") {
                in_regulation = false;
            }
            if in_regulation {
                continue;
            }
            let mut a = format!("法第{}条", &c[2]);
            if let Some(p) = c.get(3) {
                a.push_str(&format!("第{}項", p.as_str()));
            }
            let list = if c.get(4).is_some() {
                &mut violated
            } else if orders {
                &mut basis
            } else {
                continue;
            };
            if !list.contains(&a) {
                list.push(a);
            }
        }
    }
    (basis, violated)
}

/// Renames stated anywhere on the page.
fn renames(text: &str) -> Vec<Rename> {
    let mut out: Vec<Rename> = Vec::new();
    for line in text.lines() {
        for c in RENAME_PAREN.captures_iter(line) {
            let (new, old, extra) = if c.get(1).is_some() {
                (c.get(1), c.get(2), c.get(3))
            } else if c.get(4).is_some() {
                (c.get(4), c.get(5), c.get(6))
            } else {
                (c.get(7), c.get(8), c.get(9))
            };
            let (Some(new), Some(old)) = (new, old) else {
                continue;
            };
            let on = extra.and_then(|m| parse_date(m.as_str()));
            push_rename(&mut out, old.as_str(), new.as_str(), on);
        }
        for sentence in line.split('。') {
            for c in RENAME_FROM.captures_iter(sentence) {
                let Some(old) = c.get(1) else { continue };
                let new = match c.get(2) {
                    Some(n) => n.as_str().to_string(),
                    // `「X」から名称変更`: the new name is the one the sentence is
                    // about, before the phrase, or else the one it names after it.
                    None => match QUOTE
                        .captures_iter(sentence)
                        .filter_map(|q| q.get(1))
                        .filter(|q| q.as_str() != old.as_str())
                        .min_by_key(|q| q.start() > old.start())
                    {
                        Some(n) => n.as_str().to_string(),
                        None => continue,
                    },
                };
                // The date nearest before the rename phrase, else any in the sentence.
                let dates = find_dates(sentence);
                let before = dates
                    .iter()
                    .rev()
                    .find(|d| d.end <= c.get(0).map_or(0, |m| m.start()));
                let on = before.or(dates.first()).map(|d| d.date);
                push_rename(&mut out, old.as_str(), &new, on);
            }
        }
    }
    out
}

fn push_rename(out: &mut Vec<Rename>, old: &str, new: &str, on: Option<NaiveDate>) {
    let (old, new) = (clean(old), clean(new));
    if old.is_empty() || new.is_empty() || names::name_key(&old) == names::name_key(&new) {
        return;
    }
    if let Some(r) = out.iter_mut().find(|r| r.old == old && r.new == new) {
        if r.on.is_none() {
            r.on = on;
        }
        return;
    }
    out.push(Rename { old, new, on });
}

/// Strips a rename parenthetical from a quoted name: `X（旧名称：Y）` → `X`.
fn strip_former(name: &str) -> String {
    match name.find("(旧") {
        Some(i) => clean(&name[..i]),
        None => clean(name),
    }
}

/// Closures (廃止届) stated on the page, with the parties named in the sentence.
fn closures(text: &str, subjects: &[Subject]) -> Vec<Closure> {
    let mut out: Vec<Closure> = Vec::new();
    for sentence in text.split(['。', '\n']) {
        if !(sentence.contains("廃止届") || sentence.contains("廃止の届出")) {
            continue;
        }
        let on = parse_date(sentence);
        let mut named: Vec<String> = QUOTE
            .captures_iter(sentence)
            .filter_map(|c| c.get(1).map(|m| strip_former(m.as_str())))
            .filter(|n| !looks_like_plan(n))
            .collect();
        if named.is_empty() && sentence.contains("当該医療機関") {
            named = subjects
                .iter()
                .filter(|s| s.role == Role::Clinic)
                .map(|s| s.name.clone())
                .collect();
        }
        for name in named {
            if !out.iter().any(|c| c.name == name) {
                out.push(Closure { name, on });
            }
        }
    }
    out
}

fn role_for(name: &str, page_articles: &[String]) -> Role {
    if looks_like_facility(name) {
        return Role::CellProcessingFacility;
    }
    if names::is_legal_entity(name) {
        return Role::Operator;
    }
    let cites = |n: &str| {
        page_articles
            .iter()
            .any(|a| a.starts_with(&format!("法第{n}条")))
    };
    let manufacturing = cites("47") || cites("48") || cites("49");
    let provision = cites("22") || cites("23");
    if manufacturing && !provision {
        Role::CellProcessingFacility
    } else {
        Role::Clinic
    }
}

/// An MHLW press release: targets are named in 「」 with their place in （）.
fn press_release(kind: NoticeKind, title: &str, lines: &[String], text: &str) -> Vec<NoticeRecord> {
    let (basis, violations) = articles(text);
    let renames = renames(text);
    let mut subjects: Vec<Subject> = Vec::new();
    let mut plans: Vec<String> = Vec::new();
    for line in lines {
        for c in QUOTE.captures_iter(line) {
            let Some(m) = c.get(1) else { continue };
            let raw = m.as_str();
            // `以下「法」という`, `以下「医療機関A」という`: definitions, not parties.
            let before = &line[..m.start().saturating_sub("「".len())];
            if before.ends_with("以下")
                || line[m.end()..].starts_with("」という")
                || raw.contains(ACT)
            {
                continue;
            }
            if looks_like_plan(raw) {
                let p = clean(raw);
                if !plans.contains(&p) {
                    plans.push(p);
                }
                continue;
            }
            let name = strip_former(raw);
            let place = c
                .get(2)
                .map(|p| clean(p.as_str()).replace(' ', ""))
                .filter(|p| is_place(p));
            let operator = OPERATOR_BEFORE_QUOTE
                .captures(&line[..m.start()])
                .and_then(|o| o.get(1))
                .map(|o| clean(o.as_str()))
                .or_else(|| split_operator(&name).0);
            add_subject(
                &mut subjects,
                &name,
                role_for(&name, &basis),
                operator,
                place,
            );
        }
    }
    // A party named under its old and its new name is one party.
    for r in &renames {
        let (old, new) = (names::name_key(&r.old), names::name_key(&r.new));
        if let (Some(i), Some(j)) = (
            subjects
                .iter()
                .position(|s| names::name_key(&s.name) == old),
            subjects
                .iter()
                .position(|s| names::name_key(&s.name) == new),
        ) {
            let gone = subjects.remove(j);
            let keep = if j < i { i - 1 } else { i };
            let s = &mut subjects[keep];
            s.place = s.place.take().or(gone.place);
            s.operator = s.operator.take().or(gone.operator);
        }
    }
    // Operators named with their facilities are parties too.
    let operators: Vec<(String, Option<String>)> = subjects
        .iter()
        .filter_map(|s| s.operator.clone().map(|o| (o, s.place.clone())))
        .collect();
    for (op, place) in operators {
        add_subject(
            &mut subjects,
            &op,
            Role::Operator,
            None,
            place.map(|p| names::prefecture(&p)),
        );
    }
    if subjects.iter().filter(|s| s.role == Role::Clinic).count() == 1 {
        if let Some(s) = subjects.iter_mut().find(|s| s.role == Role::Clinic) {
            s.plans = plans.clone();
        }
    }
    let parsed = Parsed {
        articles: basis,
        violations,
        subjects,
        plans,
        renames,
    };
    finish(kind, title, lines, text, parsed)
}

fn add_subject(
    subjects: &mut Vec<Subject>,
    name: &str,
    role: Role,
    operator: Option<String>,
    place: Option<String>,
) {
    let key = names::name_key(name);
    if key.is_empty() {
        return;
    }
    let operator = operator.filter(|o| role != Role::Operator && names::name_key(o) != key);
    if let Some(s) = subjects
        .iter_mut()
        .find(|s| names::name_key(&s.name) == key)
    {
        if s.place.is_none() {
            s.place = place;
        }
        if s.operator.is_none() {
            s.operator = operator;
        }
        let spelling = clean(name);
        if spelling != s.name && !s.spellings.contains(&spelling) {
            s.spellings.push(spelling);
        }
        return;
    }
    subjects.push(Subject {
        name: clean(name),
        role,
        operator,
        place,
        plans: Vec::new(),
        articles: Vec::new(),
        spellings: Vec::new(),
    });
}

/// A regional bureau's order: `第1 被処分者等` holds one labelled entry per
/// addressee, either a label per line or all labels on one line.
fn bureau_notice(kind: NoticeKind, title: &str, lines: &[String], text: &str) -> Vec<NoticeRecord> {
    let (basis, violations) = articles(text);
    let renames = renames(text);
    let start = lines
        .iter()
        .position(|l| SECTION_START.is_match(l))
        .map_or(0, |i| i + 1);
    let end = lines[start..]
        .iter()
        .position(|l| SECTION_NEXT.is_match(l))
        .map_or(lines.len(), |i| start + i);
    let section = lines[start..end].join("\n");

    // (label, value) pairs in order.
    let mut fields: Vec<(String, String)> = Vec::new();
    let labels: Vec<_> = LABEL.captures_iter(&section).collect();
    for (i, c) in labels.iter().enumerate() {
        let (Some(label), Some(whole)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let value_end = labels
            .get(i + 1)
            .and_then(|n| n.get(0))
            .map_or(section.len(), |n| n.start());
        let value = section[whole.end()..value_end].trim().to_string();
        fields.push((label.as_str().replace(' ', ""), value));
    }
    let mut entries: Vec<Vec<(String, String)>> = Vec::new();
    for (label, value) in fields {
        let starts = label == "氏名" || label == "名称";
        let new_entry = match entries.last() {
            None => true,
            Some(e) => {
                starts
                    && e.iter()
                        .any(|(l, _)| l == "処分内容" || l == "氏名" || l == "名称")
            }
        };
        if new_entry {
            entries.push(Vec::new());
        }
        if let Some(e) = entries.last_mut() {
            e.push((label, value));
        }
    }

    let mut subjects: Vec<Subject> = Vec::new();
    let mut plans: Vec<String> = Vec::new();
    for entry in &entries {
        let get = |l: &str| entry.iter().find(|(k, _)| k == l).map(|(_, v)| v.as_str());
        let place = get("所在地").and_then(names::place_of_address);
        let (entry_articles, _) = articles(get("処分内容").unwrap_or(""));
        let entry_plans: Vec<String> = get("計画名")
            .map(|v| v.lines().map(clean).filter(|p| !p.is_empty()).collect())
            .unwrap_or_default();
        for p in &entry_plans {
            if !plans.contains(p) {
                plans.push(p.clone());
            }
        }
        if let Some(person) = get("氏名") {
            // Clinic entry: `氏 名 <manager>` then `（<clinic>管理者）`.
            let Some(clinic) = MANAGER_OF.captures(person).and_then(|c| c.get(1)) else {
                continue;
            };
            let name = strip_former(clinic.as_str());
            let operator = split_operator(&name).0;
            add_subject(
                &mut subjects,
                &name,
                Role::Clinic,
                operator.clone(),
                place.clone(),
            );
            set_entry_details(&mut subjects, &name, &entry_plans, &entry_articles);
            if let Some(op) = operator {
                add_subject(
                    &mut subjects,
                    &op,
                    Role::Operator,
                    None,
                    place.as_deref().map(names::prefecture),
                );
            }
        } else if let Some(op_value) = get("名称") {
            // Facility entry: `名 称 <operator>`, `（理事長：…）`, `施 設 名 <facility>`.
            let operator = clean(
                op_value
                    .lines()
                    .next()
                    .unwrap_or("")
                    .split("(")
                    .next()
                    .unwrap_or(""),
            );
            match get("施設名") {
                Some(facility) => {
                    let facility = strip_former(facility.lines().next().unwrap_or(""));
                    add_subject(
                        &mut subjects,
                        &facility,
                        Role::CellProcessingFacility,
                        Some(operator.clone()),
                        place.clone(),
                    );
                    set_entry_details(&mut subjects, &facility, &entry_plans, &entry_articles);
                    add_subject(
                        &mut subjects,
                        &operator,
                        Role::Operator,
                        None,
                        place.as_deref().map(names::prefecture),
                    );
                }
                None => {
                    let role = role_for(&operator, &entry_articles);
                    add_subject(&mut subjects, &operator, role, None, place.clone());
                    set_entry_details(&mut subjects, &operator, &entry_plans, &entry_articles);
                }
            }
        }
    }
    let parsed = Parsed {
        articles: basis,
        violations,
        subjects,
        plans,
        renames,
    };
    finish(kind, title, lines, text, parsed)
}

fn set_entry_details(subjects: &mut [Subject], name: &str, plans: &[String], articles: &[String]) {
    let key = names::name_key(name);
    if let Some(s) = subjects
        .iter_mut()
        .find(|s| names::name_key(&s.name) == key)
    {
        for p in plans {
            if !s.plans.contains(p) {
                s.plans.push(p.clone());
            }
        }
        for a in articles {
            if !s.articles.contains(a) {
                s.articles.push(a.clone());
            }
        }
    }
}

/// What a layout extracted from a page, before the parts every notice shares.
struct Parsed {
    articles: Vec<String>,
    violations: Vec<String>,
    subjects: Vec<Subject>,
    plans: Vec<String>,
    renames: Vec<Rename>,
}

fn finish(
    kind: NoticeKind,
    title: &str,
    lines: &[String],
    text: &str,
    parsed: Parsed,
) -> Vec<NoticeRecord> {
    let Parsed {
        articles,
        violations,
        subjects,
        plans,
        renames,
    } = parsed;
    let closures = closures(text, &subjects);
    let authority = authority(lines);
    let issued_on = issue_date(lines);
    let main = NoticeRecord {
        kind,
        summary_en: summary_en(kind, &authority, issued_on, &subjects, &articles),
        authority: authority.clone(),
        issued_on,
        title: title.to_string(),
        articles,
        violations,
        subjects: subjects.clone(),
        plans,
        renames: renames.clone(),
        closures: closures.clone(),
        text: text.to_string(),
        part: None,
    };
    let mut out = vec![main];
    // A closure reported on an order's page (an addendum, 追記) is a closure
    // filing of its own; the page does not give the filing's date.
    if kind != NoticeKind::ClosureFiling && !closures.is_empty() {
        let closed: Vec<Subject> = closures
            .iter()
            .map(|c| {
                let key = names::name_key(&c.name);
                let renamed_from = renames
                    .iter()
                    .find(|r| names::name_key(&r.new) == key)
                    .map(|r| names::name_key(&r.old));
                subjects
                    .iter()
                    .find(|s| {
                        let k = names::name_key(&s.name);
                        k == key || Some(&k) == renamed_from.as_ref()
                    })
                    .map(|s| Subject {
                        name: c.name.clone(),
                        ..s.clone()
                    })
                    .unwrap_or_else(|| Subject {
                        name: c.name.clone(),
                        role: Role::Clinic,
                        operator: None,
                        place: None,
                        plans: Vec::new(),
                        articles: Vec::new(),
                        spellings: Vec::new(),
                    })
            })
            .collect();
        let issued_on = closures.iter().find_map(|c| c.on);
        let names: Vec<&str> = closures.iter().map(|c| c.name.as_str()).collect();
        out.push(NoticeRecord {
            kind: NoticeKind::ClosureFiling,
            summary_en: summary_en(
                NoticeKind::ClosureFiling,
                &authority,
                issued_on,
                &closed,
                &[],
            ),
            authority,
            issued_on,
            title: format!("廃止届：{}（「{}」の追記による）", names.join("、"), title),
            articles: Vec::new(),
            violations: Vec::new(),
            subjects: closed,
            plans: Vec::new(),
            renames,
            closures,
            // The closure's own words, not the whole order it was appended to.
            text: text
                .split(['。', '\n'])
                .filter(|l| l.contains("廃止"))
                .map(|l| format!("{}。", l.trim_end_matches('。')))
                .collect::<Vec<_>>()
                .join("\n"),
            part: Some("closure".to_string()),
        });
    }
    out
}

/// English name of an issuing authority.
pub fn authority_en(authority: &str) -> String {
    let bureau = |b: &str| format!("{b} Regional Bureau of Health and Welfare");
    match authority {
        "厚生労働省" => "Ministry of Health, Labour and Welfare (MHLW)".to_string(),
        "北海道厚生局" => bureau("Hokkaido"),
        "東北厚生局" => bureau("Tohoku"),
        "関東信越厚生局" => bureau("Kanto-Shinetsu"),
        "東海北陸厚生局" => bureau("Tokai-Hokuriku"),
        "近畿厚生局" => bureau("Kinki"),
        "中国四国厚生局" => bureau("Chugoku-Shikoku"),
        "四国厚生支局" => {
            "Shikoku Branch, Chugoku-Shikoku Regional Bureau of Health and Welfare".to_string()
        }
        "九州厚生局" => bureau("Kyushu"),
        other => other.to_string(),
    }
}

/// English rendering of an article: `法第48条第2項` → `Art. 48(2)`.
pub fn article_en(article: &str) -> String {
    let digits: Vec<&str> = article
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    match digits.as_slice() {
        [a] => format!("Art. {a}"),
        [a, p] => format!("Art. {a}({p})"),
        _ => article.to_string(),
    }
}

fn summary_en(
    kind: NoticeKind,
    authority: &str,
    on: Option<NaiveDate>,
    subjects: &[Subject],
    articles: &[String],
) -> String {
    let mut s = format!(
        "{} by the {}",
        capitalize(kind.en()),
        authority_en(authority)
    );
    match on {
        Some(d) => s.push_str(&format!(", dated {d}")),
        None => s.push_str(", date not stated"),
    }
    let parties: Vec<String> = subjects
        .iter()
        .filter(|x| x.role != Role::Operator)
        .map(|x| match &x.place {
            Some(p) => format!("{} {} ({p})", x.role.en(), x.name),
            None => format!("{} {}", x.role.en(), x.name),
        })
        .collect();
    if !parties.is_empty() {
        s.push_str(". Addressed to: ");
        s.push_str(&parties.join("; "));
    }
    if !articles.is_empty() {
        let a: Vec<String> = articles.iter().map(|a| article_en(a)).collect();
        s.push_str(&format!(
            ". Under {} of the Act on the Safety of Regenerative Medicine",
            a.join(", ")
        ));
    }
    s.push('.');
    s
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::page_text;

    fn notices(html: &str) -> Vec<NoticeRecord> {
        match extract(&page_text(html).unwrap()) {
            PageContent::Notices(n) => n,
            other => panic!("expected notices, got {other:?}"),
        }
    }

    const PRESS: &str = r#"<html><body><div class="m-breadcrumb">ホーム &gt; 報道・広報 &gt; 報道発表資料</div>
<p>令和６年 10 月 25 日</p><p>【照会先】</p><p>医政局研究開発政策課</p><p>報道関係者各位</p>
<h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1>
<p>「医療法人輝鳳会 THE K CLINIC」（東京都中央区）及び「医療法人輝鳳会　池袋クリニック　培養センター」（東京都 豊島区）から、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第18条に基づく疾病等報告及び施行規則第107条に基づく重大事態報告がありました。</p>
<p>本日付けで、法第22条及び法第47条に基づき、再生医療等の提供及び特定細胞加工物の製造の一時停止を命じました。</p>
<p>【提供の一時停止を命じた再生医療等】</p><p>「悪性腫瘍の予防に対する自家NK細胞療法」</p></body></html>"#;

    #[test]
    fn press_release_fields() {
        let n = notices(PRESS);
        assert_eq!(n.len(), 1);
        let n = &n[0];
        assert_eq!(n.kind, NoticeKind::EmergencyOrder);
        assert_eq!(n.authority, "厚生労働省");
        assert_eq!(n.issued_on, NaiveDate::from_ymd_opt(2024, 10, 25));
        assert_eq!(n.articles, vec!["法第22条", "法第47条"]);
        assert_eq!(n.plans, vec!["悪性腫瘍の予防に対する自家NK細胞療法"]);
        let s: Vec<(&str, Role, Option<&str>, Option<&str>)> = n
            .subjects
            .iter()
            .map(|s| {
                (
                    s.name.as_str(),
                    s.role,
                    s.place.as_deref(),
                    s.operator.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            s,
            vec![
                (
                    "医療法人輝鳳会 THE K CLINIC",
                    Role::Clinic,
                    Some("東京都中央区"),
                    Some("医療法人輝鳳会")
                ),
                (
                    "医療法人輝鳳会 池袋クリニック 培養センター",
                    Role::CellProcessingFacility,
                    Some("東京都豊島区"),
                    Some("医療法人輝鳳会")
                ),
                ("医療法人輝鳳会", Role::Operator, Some("東京都"), None),
            ]
        );
        assert_eq!(n.subjects[0].plans, n.plans);
        assert!(n.summary_en.contains("Emergency order"));
        assert!(n.summary_en.contains("Art. 22"));
    }

    #[test]
    fn bureau_layout_one_label_per_line() {
        let html = r#"<body><p>関東信越厚生局 &gt;</p><p>令和6年12月24日</p><p>関東信越厚生局</p>
<h1>再生医療等の安全性の確保等に関する法律に基づく改善命令について</h1>
<p>関東信越厚生局長は、本日、法第23条第1項及び第48条第2項に基づく改善命令を行いました。</p><p>記</p>
<p>第1　被処分者等</p>
<p>氏　名　（氏名省略）</p><p>（医療法人　輝鳳会　THE K CLINIC管理者）</p><p>所 在 地　東京都中央区日本橋</p>
<p>計 画 名　悪性腫瘍の予防に対する自家NK細胞療法</p><p>処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>名　称　医療法人　輝鳳会</p><p>（理事長：（氏名省略））</p><p>所 在 地　東京都豊島区南池袋</p>
<p>施 設 名　医療法人輝鳳会 池袋クリニック 培養センター</p><p>処分内容　再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</p>
<p>第2　経緯</p><p>令和6年10月24日、報告があった。</p></body>"#;
        let n = notices(html);
        let n = &n[0];
        assert_eq!(n.kind, NoticeKind::ImprovementOrder);
        assert_eq!(n.authority, "関東信越厚生局");
        assert_eq!(n.issued_on, NaiveDate::from_ymd_opt(2024, 12, 24));
        assert_eq!(n.articles, vec!["法第23条第1項", "法第48条第2項"]);
        let clinic = &n.subjects[0];
        assert_eq!(clinic.name, "医療法人 輝鳳会 THE K CLINIC");
        assert_eq!(clinic.role, Role::Clinic);
        assert_eq!(clinic.place.as_deref(), Some("東京都中央区"));
        assert_eq!(clinic.plans, vec!["悪性腫瘍の予防に対する自家NK細胞療法"]);
        assert_eq!(clinic.articles, vec!["法第23条第1項"]);
        let facility = n
            .subjects
            .iter()
            .find(|s| s.role == Role::CellProcessingFacility)
            .unwrap();
        assert_eq!(facility.name, "医療法人輝鳳会 池袋クリニック 培養センター");
        assert_eq!(facility.operator.as_deref(), Some("医療法人 輝鳳会"));
        assert_eq!(facility.place.as_deref(), Some("東京都豊島区"));
        assert_eq!(facility.articles, vec!["法第48条第2項"]);
    }

    #[test]
    fn bureau_layout_fields_on_one_line() {
        let html = r#"<body><p>令和７年３月５日</p><p>九州厚生局</p>
<h1>再生医療等の安全性の確保等に関する法律に基づく改善命令について</h1><p>記</p><p>第１ 被処分者等</p>
<p>氏名：（氏名省略）（医療法人聖慈会 福岡MSC医療クリニック管理者） 所在地：福岡県福岡市 計画名：再生医療等提供計画9件 処分内容：法第23条第1項による改善命令</p>
<p>名称：医療法人聖慈会 所在地：福岡県福岡市 施設名：医療法人聖慈会 福岡MSC医療クリニック 細胞培養加工施設 処分内容：法第48条第2項による改善命令</p>
<p>第２ 経緯</p></body>"#;
        let n = &notices(html)[0];
        assert_eq!(n.authority, "九州厚生局");
        assert_eq!(n.issued_on, NaiveDate::from_ymd_opt(2025, 3, 5));
        let roles: Vec<(&str, Role)> = n
            .subjects
            .iter()
            .map(|s| (s.name.as_str(), s.role))
            .collect();
        assert_eq!(
            roles,
            vec![
                ("医療法人聖慈会 福岡MSC医療クリニック", Role::Clinic),
                ("医療法人聖慈会", Role::Operator),
                (
                    "医療法人聖慈会 福岡MSC医療クリニック 細胞培養加工施設",
                    Role::CellProcessingFacility
                ),
            ]
        );
        assert_eq!(n.subjects[0].place.as_deref(), Some("福岡県福岡市"));
        assert_eq!(n.subjects[0].plans, vec!["再生医療等提供計画9件"]);
    }

    #[test]
    fn renames_in_every_phrasing() {
        let text = "当該医療機関は、令和7年8月22日に「ティーエスクリニック」から「東京サイエンスクリニック」に名称を変更する届出を行った。\n\
                    開設者は令和7年8月25日に「一般社団法人TH」から名称変更し、現在は「一般社団法人日本医療会」である。\n\
                    「東京サイエンスクリニック(旧名称:ティーエスクリニック)」\n\
                    一般社団法人日本医療会(旧:一般社団法人TH)";
        let r = renames(text);
        let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day);
        assert_eq!(
            r[0],
            Rename {
                old: "ティーエスクリニック".into(),
                new: "東京サイエンスクリニック".into(),
                on: d(8, 22)
            }
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].old, "一般社団法人TH");
        assert_eq!(r[1].new, "一般社団法人日本医療会");
        assert_eq!(r[1].on, d(8, 25));
    }

    #[test]
    fn rename_from_without_new_name_uses_the_sentence_subject() {
        let r = renames(
            "「東京サイエンスクリニック」は、令和7年8月22日に「ティーエスクリニック」から名称変更した",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].new, "東京サイエンスクリニック");
        assert_eq!(r[0].on, NaiveDate::from_ymd_opt(2025, 8, 22));
    }

    #[test]
    fn closure_addendum_becomes_a_closure_filing() {
        let html = PRESS.replace(
            "</body>",
            "<p>【追記】「医療法人輝鳳会 THE K CLINIC」は、その後、廃止届を提出した。</p></body>",
        );
        let n = notices(&html);
        assert_eq!(n.len(), 2);
        assert_eq!(n[1].kind, NoticeKind::ClosureFiling);
        assert_eq!(n[1].issued_on, None);
        assert_eq!(n[1].subjects[0].role, Role::Clinic);
        assert_eq!(n[1].part.as_deref(), Some("closure"));
        assert!(n[1].summary_en.contains("date not stated"));
    }

    #[test]
    fn unrelated_pages_are_not_notices() {
        let html = "<body><p>令和7年8月1日</p><h1>再生医療等評価部会の開催について</h1><p>再生医療等の安全性の確保等に関する法律に基づく部会を開催します。</p></body>";
        assert!(matches!(
            extract(&page_text(html).unwrap()),
            PageContent::Other { .. }
        ));
        let html = "<body><h1>報道発表資料 2025年8月</h1><ul><li><a href=\"/x.html\">x</a></li></ul></body>";
        assert!(matches!(
            extract(&page_text(html).unwrap()),
            PageContent::Listing { .. }
        ));
    }

    #[test]
    fn article_after_the_definition_of_ho() {
        let (basis, _) = articles(
            "再生医療等の安全性の確保等に関する法律(平成25年法律第85号。以下「法」という。)第22条に基づき提供の一時停止を、法第47条に基づき製造の一時停止を命じました。",
        );
        assert_eq!(basis, vec!["法第22条", "法第47条"]);
    }

    #[test]
    fn violated_articles_are_kept_apart() {
        let (basis, violated) = articles(
            "提供計画を提出せず提供していたこと(法第4条第1項違反)。法第22条に基づき、提供の一時停止を命じた。",
        );
        assert_eq!(basis, vec!["法第22条"]);
        assert_eq!(violated, vec!["法第4条第1項"]);
    }
}
