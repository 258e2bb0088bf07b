//! Extractors: what a page is, and the notices in it. The page decides its
//! extractor — a listing, an MHLW press release (報道発表資料), a regional
//! bureau's order with its `第1 被処分者等` labelled entries, a closure or
//! discontinuation notice, or something else — never the host it came from, so
//! a mirror on any host extracts like the real site.
//!
//! Parties are read by a grammar (`lexer` + `mention`, with `sentences` for
//! renames stated by whole sentences), not by a list of phrases; `reading`
//! reads kind, authority, date and articles; `press` and `bureau` are the two
//! page layouts (`tables` turns tables into the rows `bureau` reads, `labels`
//! says what a label is, `sections` where the addressees are); `plans` ties
//! plans to parties; `orders` splits a page of unrelated orders; `closure`
//! finds closures. Then `renames`, `operators`, `people` and `addresses`
//! read the whole page for what it states away from the parties' names.

pub mod addresses;
pub mod anaphora;
pub mod bureau;
pub mod closure;
pub mod labels;
pub mod lexer;
pub mod linebreaks;
pub mod mention;
pub mod operators;
pub mod orders;
pub mod people;
pub mod plans;
pub mod press;
pub mod reading;
pub mod renames;
pub mod sections;
pub mod sentences;
pub mod tables;

use chrono::NaiveDate;

use crate::html::PageText;
use crate::names::{self, clean, looks_like_facility};
use crate::record::{
    Closure, NoticeKind, NoticeRecord, PageContent, Person, Rename, Role, Subject,
};

pub use reading::{ACT, article_en, authority_en};

/// Classifies a page and extracts its notices. A bug in an extractor must
/// not take the crawl down: a panic is logged and the page filed as other
/// (its bytes are kept as evidence all the same, and can be read again).
pub fn extract(page: &PageText) -> PageContent {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_page(page))) {
        Ok(content) => content,
        Err(_) => {
            tracing::error!(title = %page.title, "extractor failed on a page; filed as other");
            PageContent::Other {
                title: format!("(extractor failed) {}", clean(&page.title)),
            }
        }
    }
}

/// `extract` without its panic guard, for tests that must see a panic.
pub fn extract_unguarded(page: &PageText) -> PageContent {
    extract_page(page)
}

fn extract_page(page: &PageText) -> PageContent {
    let lines: Vec<String> = page
        .lines
        .iter()
        .map(|l| crate::wareki::arabic_numerals(&clean(l)))
        .filter(|l| !l.is_empty())
        .collect();
    // Dates and articles printed in kanji numerals (令和七年十月三日, 法第二十二条)
    // read as the digits the grammar knows, in tables too.
    let page_tables: Vec<Vec<Vec<String>>> = page
        .tables
        .iter()
        .map(|t| {
            t.iter()
                .map(|r| {
                    r.iter()
                        .map(|c| crate::wareki::arabic_numerals(c))
                        .collect()
                })
                .collect()
        })
        .collect();
    // Tables with a header row of labels read as labelled entries.
    let lines = tables::unroll_tables(&lines, &page_tables);
    let h1 = clean(&page.h1);
    // The browser title carries the site's name after ｜ or |.
    let browser_title = clean(&page.title);
    let browser_title = browser_title
        .split(['|', '｜'])
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let heading_lines: Vec<&str> = lines
        .iter()
        .take(15)
        .filter(|l| l.ends_with("について") && l.chars().count() <= 80)
        .map(String::as_str)
        .collect();
    let mut headings: Vec<&str> = vec![h1.as_str(), browser_title.as_str()];
    // Heading-like lines count only on a page without an <h1> (a listing's
    // link texts end in について too).
    if h1.is_empty() {
        headings.extend(heading_lines);
    }
    headings.retain(|h| !h.is_empty());
    let text = lines.join("\n");
    let main_title = if h1.is_empty() { &browser_title } else { &h1 };
    if is_listing(main_title, page)
        && reading::kind_in(main_title).is_none()
        && reading::kind_from_body(&text).is_none()
        && reading::kind_from_rows(&lines).is_none()
    {
        return PageContent::Listing {
            title: main_title.clone(),
        };
    }
    let kind = reading::kind_of(&headings, &text)
        .or_else(|| reading::kind_of_filings(&headings, &text))
        .or_else(|| {
            // A page whose headings name no action (`報道発表資料` as its only
            // title) but whose own sentence orders something today.
            text.contains(reading::ACT)
                .then(|| reading::kind_from_body(&text).or_else(|| reading::kind_from_rows(&lines)))
                .flatten()
        });
    if let Some(kind) = kind {
        let title = headings
            .iter()
            .find(|h| reading::kind_in(h).is_some())
            .copied()
            .unwrap_or_default();
        let header: Vec<String> = page
            .header
            .iter()
            .map(|l| crate::wareki::arabic_numerals(&clean(l)))
            .collect();
        // A page announcing unrelated orders of several kinds, each in its
        // own numbered section: one notice per order.
        if let Some(notices) = orders::split(title, &lines, &header) {
            return PageContent::Notices(notices);
        }
        let parsed = read_layout(&lines, &text);
        // A filing names what was closed or discontinued; a page about
        // filings that names nothing is a guide to the procedure.
        let filing = matches!(
            kind,
            NoticeKind::ClosureFiling | NoticeKind::DiscontinuationFiling
        );
        if !(filing && parsed.subjects.is_empty() && parsed.closures.is_empty()) {
            return PageContent::Notices(finish(kind, title, &lines, &header, &text, parsed));
        }
    }
    let title = if h1.is_empty() { browser_title } else { h1 };
    if is_listing(&title, page) {
        PageContent::Listing { title }
    } else {
        PageContent::Other { title }
    }
}

/// Parties, plans and the rest, read by the layout the lines are in.
/// Renames stated anywhere on the page are then attached to those parties.
pub(crate) fn read_layout(lines: &[String], text: &str) -> Parsed {
    let lines = &linebreaks::rejoin(lines);
    let mut parsed = if bureau::is_bureau_order(lines) {
        bureau::read(lines, text)
    } else {
        press::read(lines)
    };
    renames::resolve(lines, &mut parsed);
    operators::resolve(lines, &mut parsed);
    people::resolve(lines, &mut parsed);
    addresses::resolve(lines, &mut parsed);
    parsed
}

fn is_listing(title: &str, page: &PageText) -> bool {
    const WORDS: [&str; 6] = [
        "一覧",
        "報道発表資料",
        "新着",
        "お知らせ",
        "処分等",
        "公表情報",
    ];
    // Links to the items, or the items as lines each opening with its date.
    let dated = page
        .lines
        .iter()
        .filter(|l| {
            let l = clean(l);
            crate::wareki::find_dates(&l)
                .first()
                .is_some_and(|d| d.start == 0 && l.chars().count() > 14)
        })
        .count();
    WORDS.iter().any(|w| title.contains(w)) && (!page.links.is_empty() || dated >= 3)
}

/// What a layout extracted from a page, before the parts every notice shares.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<String>,
    pub violations: Vec<String>,
    pub subjects: Vec<Subject>,
    pub plans: Vec<String>,
    pub renames: Vec<Rename>,
    pub persons: Vec<Person>,
    /// The date a layout states for the order itself (a table's 処分日), used
    /// when the page has no date line of its own.
    pub issued_on: Option<NaiveDate>,
    /// Closures a layout states per party (a row's 廃止年月日): they win
    /// over what the running text says.
    pub closures: Vec<Closure>,
}

/// The role of a party from its name and the articles the page rests on.
pub(crate) fn role_for(name: &str, page_articles: &[String]) -> Role {
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

/// Adds a party, or fills in what an earlier mention of it lacked. Another
/// spelling of the same name is kept on the party.
///
/// A legal form followed by a particle (`地方独立行政法人への移行`,
/// `株式会社に組織変更`) is a phrase about a kind of corporation, not a name.
pub(crate) fn add_subject(subjects: &mut Vec<Subject>, new: Subject) {
    let new = Subject {
        name: without_note_mark(&new.name),
        ..new
    };
    let key = names::name_key(&new.name);
    if key.is_empty() || !names::reads_as_name(&new.name) || form_in_a_phrase(&new.name) {
        return;
    }
    let operator = new
        .operator
        .filter(|o| new.role != Role::Operator && clean(o) != clean(&new.name));
    // `医療法人X` (operator) and 「X」 (its clinic) share a key but are two parties.
    let is_op = |r: Role| r == Role::Operator;
    if let Some(s) = subjects
        .iter_mut()
        .find(|s| names::name_key(&s.name) == key && is_op(s.role) == is_op(new.role))
    {
        if s.place.is_none() {
            s.place = new.place;
        }
        if s.address.is_none() {
            s.address = new.address;
        }
        if s.operator.is_none() {
            s.operator = operator;
        }
        if s.facility_number.is_none() {
            s.facility_number = new.facility_number;
        }
        for p in new.plans {
            if !s.plans.contains(&p) {
                s.plans.push(p);
            }
        }
        for a in new.articles {
            if !s.articles.contains(&a) {
                s.articles.push(a);
            }
        }
        let spelling = clean(&new.name);
        if spelling != s.name && !s.spellings.contains(&spelling) {
            s.spellings.push(spelling);
        }
        return;
    }
    subjects.push(Subject {
        name: clean(&new.name),
        operator,
        ..new
    });
}

/// A name without the footnote mark printed after it (`X※1`, `X ※`): the
/// mark points at a note (read by `renames`), it is no part of the name.
pub(crate) fn without_note_mark(name: &str) -> String {
    let name = clean(name);
    match name.rfind('※') {
        Some(at)
            if name[at + '※'.len_utf8()..]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ') =>
        {
            clean(&name[..at])
        }
        _ => name,
    }
}

/// A subject with only a name, role and place.
pub(crate) fn subject(name: &str, role: Role, place: Option<String>) -> Subject {
    Subject {
        name: clean(name),
        role,
        operator: None,
        place,
        address: None,
        facility_number: None,
        plans: Vec::new(),
        articles: Vec::new(),
        spellings: Vec::new(),
    }
}

/// Adds a rename unless the page stated it already (filling in a date it lacked).
pub(crate) fn push_rename(list: &mut Vec<Rename>, r: Rename) {
    if names::same_name(&r.old, &r.new)
        || !names::reads_as_name(&r.old)
        || !names::reads_as_name(&r.new)
    {
        return;
    }
    let key = |x: &Rename| {
        (
            names::name_key(&x.old),
            names::canonical_form(&x.old),
            names::name_key(&x.new),
            names::canonical_form(&x.new),
        )
    };
    match list.iter_mut().find(|x| key(x) == key(&r)) {
        Some(x) => {
            if x.on.is_none() {
                x.on = r.on;
            }
        }
        None => list.push(r),
    }
}

/// Adds a person the page prints (never a placeholder such as 氏名省略), once.
/// A person's name as printed, without what a parenthesis adds to it
/// (`潮田 玲奈（医師）`: a qualification, not part of the name).
pub(crate) fn add_person(persons: &mut Vec<Person>, title: &str, name: &str, of: &str) {
    if name.trim().is_empty() || mention::omitted(name) {
        return;
    }
    // `管理者` over `氏名 X` (a `<dt>` and its `<dd>`, read on one line).
    let name = name
        .strip_prefix("氏名")
        .filter(|rest| rest.starts_with([' ', ':']))
        .map_or(name, |rest| rest.trim_start_matches([' ', ':']));
    let mut bare = String::new();
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let name = without_note_mark(&bare);
    // `七里篤氏`, `汐見 航太郎 医師`: the honorific or qualification after a
    // name is no part of it.
    let name = ["医師", "先生", "氏", "殿"]
        .iter()
        .find_map(|h| {
            name.strip_suffix(h)
                .map(clean)
                .filter(|n| n.chars().filter(|c| !c.is_whitespace()).count() >= 2)
        })
        .unwrap_or(name);
    if name.is_empty()
        || of.trim().is_empty()
        || !names::reads_as_person(&name)
        || !names::reads_as_name(of)
    {
        return;
    }
    // Once per position held, however the page spaces the holder's name
    // (`医療法人 緑風会` / `医療法人緑風会` are one operator).
    let held = persons.iter().any(|p| {
        p.title == title
            && names::name_key(&p.name) == names::name_key(&name)
            && names::name_key(&p.of) == names::name_key(of)
            && names::canonical_form(&p.of) == names::canonical_form(of)
    });
    if !held {
        persons.push(Person {
            name,
            title: title.to_string(),
            // `うわじま臨海総合病院※`: the note mark is no part of the party's name.
            of: without_note_mark(of),
        });
    }
}

/// `地方独立行政法人への移行`: a legal form, then a particle opening the rest.
fn form_in_a_phrase(name: &str) -> bool {
    let n = clean(name);
    names::legal_form(&n).is_some_and(|f| {
        n.strip_prefix(f).is_some_and(|rest| {
            ["への", "から", "を", "に移行", "に組織", "に変更", "である"]
                .iter()
                .any(|p| rest.trim_start().starts_with(p))
        })
    })
}

pub(crate) fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Renames whose new name is an anaphor (同クリニック, 当該施設): the latest
/// party of that kind named so far.
pub(crate) fn resolve_anaphora(
    p: &mut Parsed,
    anaphoric: &[(String, Option<crate::record::PartialDate>, String)],
) {
    for (old, on, anaphor) in anaphoric {
        let wants_facility = anaphor.contains("施設") || anaphor.contains("センター");
        let wants_operator = anaphor.contains("法人");
        let target = p.subjects.iter().rev().find(|s| match s.role {
            Role::CellProcessingFacility => wants_facility,
            Role::Operator => wants_operator,
            _ => !wants_facility && !wants_operator,
        });
        if let Some(s) = target
            && names::name_key(old) != names::name_key(&s.name)
        {
            push_rename(
                &mut p.renames,
                Rename {
                    old: old.clone(),
                    new: s.name.clone(),
                    on: *on,
                },
            );
        }
    }
}

/// Operators named with their facilities are parties too.
pub(crate) fn add_operators(subjects: &mut Vec<Subject>) {
    let operators: Vec<(String, Option<String>)> = subjects
        .iter()
        .filter(|s| s.role != Role::Operator && s.role != Role::Person)
        .filter_map(|s| s.operator.clone().map(|o| (o, s.place.clone())))
        .collect();
    // The page states where the clinic is, not where its operator is registered.
    for (op, _) in operators {
        add_subject(subjects, subject(&op, Role::Operator, None));
    }
}

pub(crate) fn finish(
    kind: NoticeKind,
    title: &str,
    lines: &[String],
    header: &[String],
    text: &str,
    parsed: Parsed,
) -> Vec<NoticeRecord> {
    let Parsed {
        articles,
        violations,
        subjects,
        plans,
        renames,
        persons,
        issued_on: stated_on,
        closures: stated_closures,
    } = parsed;
    // A filing (廃止届, 中止届) rests on no article: one it cites is of the
    // earlier order it reports on (`…第23条第1項に基づく改善命令を行った…から、…の届出`).
    // Whichever reader found it, a rename is between names, never from a
    // place or a facility number.
    let renames: Vec<Rename> = renames
        .into_iter()
        .filter(|r| names::could_be_former_name(&r.old) && names::could_be_former_name(&r.new))
        .collect();
    let articles = if matches!(
        kind,
        NoticeKind::ClosureFiling | NoticeKind::DiscontinuationFiling
    ) {
        Vec::new()
    } else {
        articles
    };
    let mut closures = stated_closures;
    if kind == NoticeKind::DiscontinuationFiling {
        closures.clear();
    }
    for c in closure::closures(kind, text, &subjects) {
        let key = names::name_key(&c.name);
        match closures
            .iter_mut()
            .find(|x| names::name_key(&x.name) == key)
        {
            Some(x) => {
                x.on = x.on.or(c.on);
            }
            None => closures.push(c),
        }
    }
    let authority = reading::authority(header, lines);
    // The date line, in the page or in the site's header above it.
    // A date line that only says when the page was updated gives way to the
    // order's own date (`命令年月日`, `処分日`) where the page states one.
    let updated = reading::date_line_is_update(lines)
        && stated_on.is_some()
        && reading::order_days(lines) == 1;
    let issued_on = if updated {
        None
    } else {
        reading::issue_date_line(lines)
    }
    .or_else(|| reading::issue_date_line(header))
    .or(stated_on)
    .or_else(|| reading::issue_date(lines));
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
        persons,
        text: text.to_string(),
        part: None,
        attachments: Vec::new(),
    };
    let mut out = vec![main];
    // A closure reported on an order's page (an addendum, 追記) is a closure
    // filing of its own; the page does not give the filing's date.
    if kind != NoticeKind::ClosureFiling && !closures.is_empty() {
        let closed: Vec<Subject> = closures
            .iter()
            .map(|c| {
                let key = names::name_key(&c.name);
                let linked: Vec<String> = renames
                    .iter()
                    .filter(|r| names::name_key(&r.new) == key || names::name_key(&r.old) == key)
                    .flat_map(|r| [names::name_key(&r.old), names::name_key(&r.new)])
                    .collect();
                subjects
                    .iter()
                    .find(|s| {
                        let k = names::name_key(&s.name);
                        k == key || linked.contains(&k)
                    })
                    .map(|s| Subject {
                        name: c.name.clone(),
                        // The closure is of the party, not of its plans or orders.
                        plans: Vec::new(),
                        articles: Vec::new(),
                        ..s.clone()
                    })
                    .unwrap_or_else(|| subject(&c.name, Role::Clinic, None))
            })
            .collect();
        let issued_on = closure::filing_date(text)
            .or_else(|| closures.iter().find_map(|c| c.on.and_then(|d| d.date())));
        let names: Vec<&str> = closures.iter().map(|c| c.name.as_str()).collect();
        // The order itself closes nothing: its closure part does.
        out[0].closures.clear();
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
            renames: renames
                .iter()
                .filter(|r| {
                    closures.iter().any(|c| {
                        let k = names::name_key(&c.name);
                        names::name_key(&r.old) == k || names::name_key(&r.new) == k
                    })
                })
                .cloned()
                .collect(),
            closures,
            persons: Vec::new(),
            // The closure's own words, not the whole order it was appended to.
            text: text
                .split(['。', '\n'])
                .filter(|l| l.contains("廃止"))
                .map(|l| format!("{}。", l.trim_end_matches('。')))
                .collect::<Vec<_>>()
                .join("\n"),
            part: Some("closure".to_string()),
            attachments: Vec::new(),
        });
    }
    out
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
        .filter(|x| x.role != Role::Operator && x.role != Role::Person)
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
                ("医療法人輝鳳会", Role::Operator, None, None),
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
        // `再生医療等提供計画9件` counts plans; it names none.
        assert!(n.subjects[0].plans.is_empty());
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
    fn renames_on_a_page_link_old_and_new() {
        let html = PRESS.replace(
            "</body>",
            "<p>当該医療機関は、令和7年8月22日に「ティーエスクリニック」から「東京サイエンスクリニック」に名称を変更した。</p>\
             <p>開設者は令和7年8月25日に「一般社団法人TH」から名称変更し、現在は「一般社団法人日本医療会」である。</p></body>",
        );
        let n = &notices(&html)[0];
        let r: Vec<(&str, &str, String)> = n
            .renames
            .iter()
            .map(|r| {
                (
                    r.old.as_str(),
                    r.new.as_str(),
                    r.on.map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        assert!(
            r.contains(&(
                "ティーエスクリニック",
                "東京サイエンスクリニック",
                "2025-08-22".into()
            )),
            "{r:?}"
        );
    }

    #[test]
    fn heading_in_site_header_or_only_in_title() {
        let body = "<p>令和7年1月10日</p><p>「さくら再生クリニック」（東京都港区）に対し、再生医療等の安全性の確保等に関する法律第22条に基づき提供の一時停止を命じた。</p>";
        let in_header = format!(
            "<html><head><title>厚生労働省</title></head><body><header><h1>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</h1></header>{body}</body></html>"
        );
        assert_eq!(notices(&in_header)[0].kind, NoticeKind::EmergencyOrder);
        let in_title = format!(
            "<html><head><title>再生医療等の安全性の確保等に関する法律に基づく緊急命令について｜厚生労働省</title></head><body>{body}</body></html>"
        );
        let n = &notices(&in_title)[0];
        assert_eq!(n.kind, NoticeKind::EmergencyOrder);
        assert_eq!(n.subjects[0].name, "さくら再生クリニック");
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
}
