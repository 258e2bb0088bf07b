//! The gold set (crawler/tests/gold): every page of the bundled mirror, the
//! invented pages covering each rename phrasing, closure wording and bureau
//! layout, and the three real reference pages (read from ../shared/reference
//! when it is beside the repository), annotated field by field in gold.json.
//! This test extracts every page, prints precision and recall per field, and
//! fails when a field falls below the bar.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tadoru_crawler::decode::decode;
use tadoru_crawler::html::page_text;
use tadoru_crawler::names::{address_key, clean, name_key};
use tadoru_crawler::{NoticeRecord, PageContent, extract::extract};

/// The target every field must reach (issue 5): printed beside the figures.
const BAR: f64 = 0.98;

/// Fields allowed to stay under `BAR` for now, with their floor
/// (precision, recall). Empty: every field meets the target.
const FLOOR: &[(&str, f64, f64)] = &[];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A reference page's text laid out as the real site shows it: one block per line.
fn text_as_html(text: &str) -> String {
    let mut html = String::from("<html><head><meta charset=\"utf-8\"><title>");
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    html.push_str(&escape(first));
    html.push_str("</title></head><body>");
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        html.push_str("<p>");
        html.push_str(&escape(line));
        html.push_str("</p>\n");
    }
    html.push_str("</body></html>");
    html
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    misses: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

struct Tally(BTreeMap<&'static str, Score>);

impl Tally {
    /// Compares two sets of normalized values.
    fn sets(&mut self, field: &'static str, page: &str, gold: Vec<String>, got: Vec<String>) {
        let s = self.0.entry(field).or_default();
        let mut got_left = got.clone();
        for g in &gold {
            if let Some(i) = got_left.iter().position(|x| x == g) {
                got_left.remove(i);
                s.tp += 1;
            } else {
                s.fn_ += 1;
                s.misses.push(format!("{page}: missing {g}"));
            }
        }
        for x in got_left {
            s.fp += 1;
            s.misses.push(format!("{page}: extra {x}"));
        }
    }

    fn scalar(
        &mut self,
        field: &'static str,
        page: &str,
        gold: Option<String>,
        got: Option<String>,
    ) {
        self.sets(
            field,
            page,
            gold.into_iter().collect(),
            got.into_iter().collect(),
        );
    }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn opt(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// Names linked by a rename on the page count as one name.
struct Names(Vec<Vec<String>>);

impl Names {
    fn new(renames: &[(String, String)]) -> Names {
        let mut groups: Vec<Vec<String>> = Vec::new();
        for (a, b) in renames {
            let (a, b) = (name_key(a), name_key(b));
            let ia = groups.iter().position(|g| g.contains(&a));
            let ib = groups.iter().position(|g| g.contains(&b));
            match (ia, ib) {
                (Some(i), Some(j)) if i != j => {
                    let g = groups.remove(j.max(i));
                    groups[j.min(i)].extend(g);
                }
                (Some(i), None) => groups[i].push(b),
                (None, Some(j)) => groups[j].push(a),
                (None, None) => groups.push(vec![a, b]),
                _ => {}
            }
        }
        Names(groups)
    }

    /// The key a name compares by: the first name of its rename group.
    fn key(&self, name: &str) -> String {
        let k = name_key(name);
        self.0
            .iter()
            .find(|g| g.contains(&k))
            .map_or(k, |g| g.iter().min().cloned().unwrap_or_default())
    }
}

fn compare(t: &mut Tally, page: &str, gold: &Value, got: Option<&NoticeRecord>) {
    let empty = NoticeRecord {
        kind: tadoru_crawler::NoticeKind::EmergencyOrder,
        authority: String::new(),
        issued_on: None,
        title: String::new(),
        articles: vec![],
        violations: vec![],
        subjects: vec![],
        plans: vec![],
        renames: vec![],
        closures: vec![],
        persons: vec![],
        attachments: vec![],
        text: String::new(),
        summary_en: String::new(),
        part: None,
    };
    let present = got.is_some();
    let n = got.unwrap_or(&empty);
    let gold_renames: Vec<(String, String)> = gold["renames"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                opt(&r["old"]).unwrap_or_default(),
                opt(&r["new"]).unwrap_or_default(),
            )
        })
        .collect();
    let names = Names::new(&gold_renames);
    t.scalar(
        "kind",
        page,
        opt(&gold["kind"]),
        present.then(|| n.kind.code().to_string()),
    );
    t.scalar(
        "authority",
        page,
        opt(&gold["authority"]),
        present.then(|| n.authority.clone()),
    );
    t.scalar(
        "issued_on",
        page,
        opt(&gold["issued_on"]),
        n.issued_on.map(|d| d.to_string()),
    );
    t.sets(
        "articles",
        page,
        strs(&gold["articles"]),
        n.articles.clone(),
    );
    t.sets(
        "violations",
        page,
        strs(&gold["violations"]),
        n.violations.clone(),
    );
    let plan = |p: &str| name_key(p);
    t.sets(
        "plans",
        page,
        strs(&gold["plans"]).iter().map(|p| plan(p)).collect(),
        n.plans.iter().map(|p| plan(p)).collect(),
    );
    let gold_subjects = gold["subjects"].as_array().cloned().unwrap_or_default();
    t.sets(
        "subjects",
        page,
        gold_subjects
            .iter()
            .map(|s| names.key(s["name"].as_str().unwrap_or("")))
            .collect(),
        n.subjects.iter().map(|s| names.key(&s.name)).collect(),
    );
    for gs in &gold_subjects {
        let key = names.key(gs["name"].as_str().unwrap_or(""));
        // `医療法人X` and its clinic 「X」 share a key: match the operator to the operator.
        let is_op = gs["role"].as_str() == Some("operator");
        let found = n
            .subjects
            .iter()
            .find(|s| names.key(&s.name) == key && (s.role.code() == "operator") == is_op);
        let place = |p: Option<String>| p.map(|p| clean(&p).replace(' ', ""));
        t.scalar(
            "subject.role",
            page,
            opt(&gs["role"]),
            found.map(|s| s.role.code().to_string()),
        );
        t.scalar(
            "subject.place",
            page,
            place(opt(&gs["place"])),
            found.and_then(|s| place(s.place.clone())),
        );
        t.scalar(
            "subject.address",
            page,
            opt(&gs["address"]).map(|a| address_key(&a)),
            found.and_then(|s| s.address.as_deref().map(address_key)),
        );
        t.scalar(
            "subject.operator",
            page,
            opt(&gs["operator"]).map(|o| names.key(&o)),
            found.and_then(|s| s.operator.as_deref().map(|o| names.key(o))),
        );
        // Compared after NFKC, as names are: `ＦＣ７４３００１９` printed is `FC7430019`.
        t.scalar(
            "subject.facility_number",
            page,
            opt(&gs["facility_number"]).map(|n| clean(&n)),
            found.and_then(|s| s.facility_number.as_deref().map(clean)),
        );
        t.sets(
            "subject.plans",
            page,
            strs(&gs["plans"]).iter().map(|p| plan(p)).collect(),
            found
                .map(|s| s.plans.iter().map(|p| plan(p)).collect())
                .unwrap_or_default(),
        );
    }
    t.sets(
        "persons",
        page,
        gold["persons"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                format!(
                    "{}|{}|{}",
                    name_key(p["name"].as_str().unwrap_or("")),
                    p["title"].as_str().unwrap_or(""),
                    names.key(p["of"].as_str().unwrap_or(""))
                )
            })
            .collect(),
        n.persons
            .iter()
            .map(|p| format!("{}|{}|{}", name_key(&p.name), p.title, names.key(&p.of)))
            .collect(),
    );
    t.sets(
        "renames",
        page,
        gold["renames"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                format!(
                    "{}→{}@{}",
                    name_key(r["old"].as_str().unwrap_or("")),
                    name_key(r["new"].as_str().unwrap_or("")),
                    r["on"].as_str().unwrap_or("-")
                )
            })
            .collect(),
        n.renames
            .iter()
            .map(|r| {
                format!(
                    "{}→{}@{}",
                    name_key(&r.old),
                    name_key(&r.new),
                    r.on.map_or("-".to_string(), |d| d.to_string())
                )
            })
            .collect(),
    );
    t.sets(
        "closures",
        page,
        gold["closures"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                format!(
                    "{}@{}",
                    names.key(c["name"].as_str().unwrap_or("")),
                    c["on"].as_str().unwrap_or("-")
                )
            })
            .collect(),
        n.closures
            .iter()
            .map(|c| {
                format!(
                    "{}@{}",
                    names.key(&c.name),
                    c.on.map_or("-".to_string(), |d| d.to_string())
                )
            })
            .collect(),
    );
}

#[test]
fn gold_set_precision_and_recall_per_field() {
    report("crawler/tests/gold/gold.json", BAR, FLOOR);
}

/// The first held-out set (crawler/tests/gold/heldout): pages written by
/// someone who did not see the extractor. It was measured as is first
/// (subjects 64 % recall, renames 27 %), then the general mechanisms it
/// exposed were fixed (header tables, numbered and bracketed entries, entry
/// boundaries, 同年/同日, titles inside values, anaphora), so it is no longer
/// unseen: `heldout2` is the measure of wording nobody tuned on.
#[test]
fn held_out_set_precision_and_recall_per_field() {
    report("crawler/tests/gold/heldout/gold.json", BAR, HELD_OUT_FLOOR);
}

/// The second held-out set (crawler/tests/gold/heldout2), written after the
/// fixes above by another hand. First measured unseen: subjects 73 % / 51 %,
/// renames 100 % / 25 %, persons 63 % / 29 % (precision / recall). Fixes to
/// the general mechanisms it exposed followed, so it too is now seen; since
/// a page of unrelated orders (g09) is read as one notice per order, every
/// field meets the bar.
#[test]
fn second_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout2/gold.json",
        BAR,
        HELD_OUT_2_FLOOR,
    );
}

/// The third held-out set (crawler/tests/gold/heldout3), written by a third
/// hand after every fix above. First measured unseen: subjects 100 % / 79 %,
/// addresses 78 %, operators 75 %, persons 55 % / 35 %, renames 100 % / 33 %,
/// closures 67 %, facility numbers 62 %, subject plans 53 % (recall). The
/// general mechanisms it exposed were then fixed (tables with merged header
/// cells, sections numbered 一/二, labels in parentheses, one entry's
/// `氏名` beside its clinic, `Xの Y` facilities, names opening with hiragana,
/// `社名変更`, `DATEまでの名称は`, a row's own closure date, an addendum's
/// filing date, operators named after their facility, roles from the article
/// a party is ordered under): it is seen now, and every field must meet the bar.
#[test]
fn third_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout3/gold.json",
        BAR,
        HELD_OUT_3_FLOOR,
    );
}

/// The fourth held-out set (crawler/tests/gold/heldout4), 22 pages written
/// by a blind writer (who never opened the extractor) while the third set's
/// misses were being fixed: measured as is, the honest figure for unseen
/// wording. First measured on commit 7c6f702's extractor: subjects 68 / 62 %
/// (precision / recall), renames 67 / 57 %, persons 60 / 38 %, closures
/// 100 / 43 %, addresses 100 / 58 %. After the fixes heldout3 led to (still
/// unseen by whoever made them): subjects 71 / 80 %, renames 67 / 57 %,
/// persons 80 / 50 %, closures 67 / 57 %, addresses 93 / 68 %. Its misses
/// were then read and their mechanisms fixed in general (labels read by
/// their head noun, the section's end, clauses never parties, tables of
/// addressees, plans under headings, 現名称に変更, quotes left open, the
/// date in `<header>`, filing dates): it is seen now, and every field must
/// meet the bar.
#[test]
fn fourth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout4/gold.json",
        BAR,
        HELD_OUT_4_FLOOR,
    );
}

/// The fifth held-out set (crawler/tests/gold/heldout5), 22 pages by a blind
/// writer (older table layouts, PDF-like line breaks, 備考 and footnote
/// renames, a rename chain, a correction notice, more legal forms). Measured
/// unseen after heldout3's fixes: subjects 82 / 72 %, renames 50 / 14 %,
/// persons 88 / 35 %, addresses 100 / 46 %, closures 71 / 83 %; after
/// heldout4's fixes: subjects 83 / 75 %, renames 100 / 14 %, persons
/// 89 / 40 %, addresses 100 / 50 %, operators 91 / 36 %, closures 75 / 100 %.
/// Then tuned on, by class (the document-level rename resolver, people and
/// addresses in running text, operators stated for parties in general,
/// bracketed and marked labels, page type): subjects 86 / 86 %, renames
/// 100 / 71 %, persons 100 / 80 %, operators 100 / 68 %, addresses
/// 100 / 69 %. It is seen now; the floor is that figure. Round 6 (a
/// party with a facility number is a facility) raised subject role
/// 98 / 86 → 100 / 88 %, addresses 73 → 77 %, operators 71 → 75 % (recall).
/// Round 7 (sentence topics, back-references): persons 85 → 90 %, operators
/// 75 → 82 %, subject role 88 → 90 %, subjects 88 → 90 % (recall).
#[test]
fn fifth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout5/gold.json",
        BAR,
        HELD_OUT_5_FLOOR,
    );
}

/// The sixth held-out set (crawler/tests/gold/heldout6), 16 pages by a blind
/// writer, aimed at what heldout5 showed weakest: renames stated away from the
/// party's name (備考, ※ footnotes, 経緯, なお-paragraphs, chains), operators
/// in varied positions, people and addresses. Measured unseen after
/// heldout4's fixes: subjects 87 / 79 %, renames 60 / 20 %, persons
/// 100 / 32 %, operators 91 / 59 %, addresses 100 / 58 %, page type 81 %.
/// Then tuned on with heldout5, by class: subjects 100 / 85 %, renames
/// 100 / 73 %, persons 100 / 91 %, operators 100 / 65 %, addresses
/// 100 / 79 %, page type 100 %. It is seen now; the floor is that figure,
/// and heldout7 is the measure of unseen wording.
#[test]
fn sixth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout6/gold.json",
        BAR,
        HELD_OUT_6_FLOOR,
    );
}

/// The seventh held-out set (crawler/tests/gold/heldout7), 20 pages by a
/// blind writer who read no code: renames in columns, footnotes, 経緯 and
/// chains, 組織変更, operators under 開設法人/運営法人/法人名, individual
/// 開設者, Kyoto and Hokkaido addresses, order letters, another law's
/// revocation. Nobody tunes on it: the measure of unseen wording. First
/// measured (after heldout4's fixes): subjects 88 / 88 %, renames 43 / 20 %,
/// persons 95 / 53 %, operators 85 / 65 %, addresses 100 / 71 %, page type 85 %.
/// After round 3 (fixes by class from heldout5/6, still unseen): subjects
/// 94 / 88 %, renames 83 / 33 %, persons 100 / 82 %, operators 100 / 65 %,
/// addresses 100 / 82 %, page type 95 %. Round 4 read its misses by class
/// (it is seen now): subjects 94 / 90 %, renames 91 / 67 %, operators
/// 100 / 69 %, issued_on 100 %. Round 7 (arrow chains): renames
/// 91 / 67 → 92 / 73 %, subjects precision 94 → 96 %.
#[test]
fn seventh_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout7/gold.json",
        BAR,
        HELD_OUT_7_FLOOR,
    );
}

/// The eighth held-out set (crawler/tests/gold/heldout8), 20 pages by a
/// blind writer who read no code: real-site chrome (menus, sidebars, footers,
/// 担当 blocks), old table layouts, <br> and <ruby> inside names, 以下「甲」
/// abbreviations, history and example clinics that are not parties, a
/// correction, a lifted order, doubled 令和7年（2025年） dates. Nobody tunes on
/// it: the second measure of unseen wording. First measured (after
/// heldout4's fixes): subjects 71 / 92 %, issued_on 100 / 35 % (doubled
/// dates), persons 95 / 70 %, operators 100 / 78 %, addresses 100 / 76 %,
/// articles 94 / 84 %, page type 95 %. After round 3 (still unseen):
/// persons 100 / 78 %, addresses 100 / 84 %, the rest unchanged. Round 4
/// read its misses by class (it is seen now): subjects 94 / 92 %, issued_on
/// 100 / 100 %, persons 100 / 89 %, addresses 100 / 92 %, articles 94 / 89 %,
/// renames 100 / 100 %.
#[test]
fn eighth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout8/gold.json",
        BAR,
        HELD_OUT_8_FLOOR,
    );
}

/// Ninth held-out set: 21 pages by a blind writer (dates in every printed
/// form, legal forms and their abbreviations, roles and titles, list tables,
/// `<pre>`, one long paragraph, an English summary). Unseen when first
/// measured (before round 4 → after round 4, neither tuned on it): subjects
/// 97 / 72 → 97 / 72 %, persons 82 / 58 → 82 / 61 %, operators 100 / 57 %,
/// addresses 85 / 63 → 80 / 59 %, places 100 / 69 %, issued_on 100 / 72 →
/// 100 / 83 %, articles 91 / 76 %, closures 0 / 0 %, kind 100 / 89 %, page
/// type 81 %. Seen since round 5, which read its misses by class: subjects
/// 98 / 91 %, persons 97 / 89 %, operators 100 / 79 %, addresses 100 / 96 %,
/// places 100 / 90 %, facility numbers 100 / 85 %, issued_on 100 / 94 %,
/// articles 92 / 92 %, closures 67 / 67 %, kind 100 / 94 %, page type 95 %,
/// plans 75 / 83 %, subject plans 92 / 67 %. Round 7: operators 79 → 82 %
/// (recall).
#[test]
fn ninth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout9/gold.json",
        BAR,
        HELD_OUT_9_FLOOR,
    );
}

/// Tenth held-out set: 20 pages by a blind writer (the same parties across
/// pages in other spellings, renames and mergers between pages, closures in
/// every bureau's style, rows naming only a facility number, typos). Unseen
/// when first measured (after round 4, before round 5): subjects 74 / 79 %,
/// persons 78 / 64 %, operators 100 / 80 %, addresses 94 / 60 %, places
/// 100 / 76 %, facility numbers 89 / 62 %, closures 70 / 70 %, issued_on
/// 100 / 89 %, articles 100 / 93 %, kind 100 / 89 %, page type 95 %. After
/// round 5 (still unseen: round 5 was tuned on heldout9): subjects 75 / 81 %,
/// persons 84 / 75 %, operators 100 / 85 %, addresses 100 / 76 %, places
/// 100 / 80 %, facility numbers 100 / 69 %, the rest unchanged. Seen since
/// round 6, which read its misses by class (a 被処分者 row printing a person,
/// 開設者兼管理者, 所在地 同上; filings: 許可証の返納, a 届出 heading with no
/// kind, closures and discontinuations in numbered sections, rows naming a
/// facility by its number alone; related orders sharing a 【参考】 block; a
/// party with a facility number is a facility; 及び47条 without 第):
/// subjects 98 / 100 %, and every other field 100 / 100 % (persons,
/// operators, addresses, places, facility numbers, closures, issued_on,
/// kind, articles, plans, subject plans, renames, page type).
#[test]
fn tenth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout10/gold.json",
        BAR,
        HELD_OUT_10_FLOOR,
    );
}

/// Eleventh held-out set: 20 pages by a blind writer (long narrative
/// releases, rename arrows and 変更前/変更後 tables, back-references such as
/// 同院 and 甲/乙, university and hospital CPCs, an English and a bilingual
/// page, a correction, a prefecture's repost, four clinics under one order,
/// suspension and revocation, look-alikes). Unseen: measured first on the
/// extractor of round 5, before round 6 (which was tuned on heldout10):
/// subjects 76 / 76 %, persons 71 / 43 %, operators 67 / 25 %, addresses
/// 92 / 52 %, places 93 / 54 %, facility numbers 100 / 50 %, renames
/// 100 / 33 %, issued_on 86 / 80 %, articles 100 / 85 %, kind 100 / 93 %,
/// page type 90 %. After round 6 (still unseen), every field the same: round
/// 6 brought heldout10 to 98–100 % and moved nothing here. Seen since round
/// 7, which read its misses by class (the operator as a narrative
/// sentence's subject, back-references defined by 以下「…」 or named by kind,
/// arrow chains and 変更前／変更後 tables, tables one party per column,
/// 変更前の商号, one manager of 下記N医療機関, a position's gloss), before →
/// after: subjects 76 / 76 → 90 / 88 %, persons 71 / 43 → 93 / 96 %,
/// operators 67 / 25 → 95 / 83 %, addresses 92 / 52 → 100 / 81 %, places
/// 93 / 54 → 100 / 79 %, facility numbers 100 / 50 → 100 / 60 %, renames
/// 100 / 33 → 100 / 83 %, articles 100 / 85 → 100 / 90 %, subject plans
/// 25 / 11 → 75 / 67 %, subject role 100 / 76 → 100 / 88 %; issued_on,
/// kind and page type unchanged (the English page, the prefecture's repost
/// and the compliance report are left). Round 8 (tuned on heldout12) raised
/// the prefecture's repost's parties (対象施設 rows): subjects 90 / 88 →
/// 93 / 90 %, operators 95 / 83 → 95 / 88 %, addresses 81 → 86 %, places
/// 79 → 83 %, facility numbers 60 → 70 % recall.
#[test]
fn eleventh_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout11/gold.json",
        BAR,
        HELD_OUT_11_FLOOR,
    );
}

/// Twelfth held-out set: 20 pages by a blind writer (the Ministry's three
/// page generations, every bureau's own layout incl. PDF-to-HTML line
/// breaks, attributes in unusual order, a clinic renamed back, a rename on
/// the day the 開設者 changed, a prefecture's repost, look-alikes incl. a
/// list of accepted plans). Unseen: measured first on round 6's extractor:
/// subjects 90 / 78 %, persons 86 / 71 %, operators 93 / 61 %, addresses
/// 100 / 72 %, places 100 / 67 %, facility numbers 50 / 14 %, renames
/// 50 / 29 %, closures 75 / 60 %, issued_on 94 / 83 %, articles 90 / 100 %,
/// kind 100 / 89 %, page type 95 %. After round 7 (still unseen; tuned on
/// heldout11): persons 93 / 76 %, every other field the same. Seen since
/// round 8, which read its misses by class (a bureau's rows whatever its
/// printed lines: one-line entries, PDF line breaks inside names and
/// addresses, the facility number first; monthly filings presented by any
/// sentence; dated name chains back to a first name; a change of 開設者 is
/// no rename; 対象医療機関 / 対象施設 rows; a repost dated by its order;
/// an undated 旧名称 beside history, 代表者 X（代表取締役）), before → after: facility numbers
/// 50 / 14 → 100 / 71 %, renames 50 / 29 → 100 / 100 %, closures
/// 75 / 60 → 80 / 80 %, operators 93 / 61 → 95 / 91 %, places 100 / 67 →
/// 100 / 96 %, addresses 100 / 72 → 100 / 100 %, persons 93 / 76 →
/// 100 / 94 %, subjects 90 / 78 → 100 / 98 %, issued_on 94 / 83 → 100 /
/// 100 %, kind 100 / 89 → 100 / 100 %, page type 95 → 100 %, plans
/// 100 / 75 → 100 / 83 %; articles unchanged (90 / 100 %).
#[test]
fn twelfth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout12/gold.json",
        BAR,
        HELD_OUT_12_FLOOR,
    );
}

/// Thirteenth held-out set: 20 pages by a blind writer (entities followed
/// over four or five pages through renames, an absorption and a merger into
/// a new company, a change of legal form, a move and rename in one notice,
/// an individual's clinic reopened by a 医療法人; two different clinics of
/// one name; update markers and `<del>`; div cards, column tables, a `<pre>`
/// CSV; look-alikes). Unseen: measured first on round 7's extractor:
/// subjects 80 / 81 %, persons 78 / 67 %, operators 81 / 62 %, addresses
/// 100 / 67 %, places 100 / 74 %, facility numbers 100 / 73 %, renames
/// 50 / 50 %, closures 80 / 50 %, kind 87 / 77 %, issued_on 100 / 88 %,
/// articles 87 / 87 %, page type 100 %. After round 8 (still unseen; tuned
/// on heldout12): every field the same. Since then one class it showed is
/// fixed (a place or a facility number read as a former name): renames
/// 50 → 100 % precision; so it is no longer wholly unseen for renames.
#[test]
fn thirteenth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout13/gold.json",
        BAR,
        HELD_OUT_13_FLOOR,
    );
}

const HELD_OUT_13_FLOOR: &[(&str, f64, f64)] = &[
    ("articles", 0.862, 0.862),
    ("authority", 0.995, 0.877),
    ("closures", 0.795, 0.495),
    ("issued_on", 0.995, 0.877),
    ("kind", 0.862, 0.760),
    ("persons", 0.773, 0.662),
    ("plans", 0.995, 0.540),
    ("renames", 0.995, 0.495),
    ("subject.address", 0.995, 0.662),
    ("subject.facility_number", 0.995, 0.722),
    ("subject.operator", 0.807, 0.614),
    ("subject.place", 0.995, 0.734),
    ("subject.plans", 0.995, 0.450),
    ("subject.role", 0.995, 0.809),
    ("subjects", 0.790, 0.809),
];

const HELD_OUT_12_FLOOR: &[(&str, f64, f64)] = &[
    ("articles", 0.889, 0.995),
    ("closures", 0.795, 0.795),
    ("persons", 0.995, 0.936),
    ("plans", 0.995, 0.828),
    ("subject.facility_number", 0.995, 0.709),
    ("subject.operator", 0.949, 0.908),
    ("subject.place", 0.995, 0.953),
    ("subject.plans", 0.995, 0.828),
    ("subject.role", 0.995, 0.973),
    ("subjects", 0.995, 0.973),
];

const HELD_OUT_11_FLOOR: &[(&str, f64, f64)] = &[
    ("articles", 0.995, 0.895),
    ("authority", 0.995, 0.928),
    ("issued_on", 0.852, 0.795),
    ("kind", 0.995, 0.928),
    ("notice", 0.000, 0.995),
    ("page", 0.895, 0.895),
    ("persons", 0.926, 0.959),
    ("plans", 0.895, 0.813),
    ("renames", 0.995, 0.828),
    ("subject.address", 0.995, 0.852),
    ("subject.facility_number", 0.995, 0.695),
    ("subject.operator", 0.949, 0.870),
    ("subject.place", 0.995, 0.828),
    ("subject.plans", 0.745, 0.662),
    ("subject.role", 0.995, 0.899),
    ("subjects", 0.921, 0.899),
];

/// Since round 6 only one field is under the bar: u14's 医社 abbreviation
/// split into a stray operator (`医社 道後`).
const HELD_OUT_10_FLOOR: &[(&str, f64, f64)] = &[("subjects", 0.974, 0.995)];

const HELD_OUT_9_FLOOR: &[(&str, f64, f64)] = &[
    ("articles", 0.919, 0.919),
    ("authority", 0.995, 0.943),
    ("closures", 0.666, 0.666),
    ("issued_on", 0.995, 0.943),
    ("kind", 0.995, 0.943),
    ("page", 0.951, 0.951),
    ("persons", 0.970, 0.894),
    ("plans", 0.749, 0.832),
    ("subject.address", 0.995, 0.962),
    ("subject.facility_number", 0.995, 0.845),
    ("subject.operator", 0.995, 0.816),
    ("subject.place", 0.995, 0.896),
    ("subject.plans", 0.922, 0.666),
    ("subject.role", 0.957, 0.867),
    ("subjects", 0.979, 0.905),
];

const HELD_OUT_8_FLOOR: &[(&str, f64, f64)] = &[
    ("articles", 0.943, 0.894),
    ("persons", 0.995, 0.888),
    ("plans", 0.899, 0.817),
    ("subject.address", 0.995, 0.919),
    ("subject.facility_number", 0.995, 0.888),
    ("subject.operator", 0.995, 0.777),
    ("subject.place", 0.959, 0.888),
    ("subject.plans", 0.874, 0.777),
    ("subject.role", 0.976, 0.895),
    ("subjects", 0.935, 0.916),
];

const HELD_OUT_7_FLOOR: &[(&str, f64, f64)] = &[
    ("notice", 0.000, 0.995),
    ("page", 0.949, 0.949),
    ("persons", 0.995, 0.823),
    ("renames", 0.912, 0.728),
    ("subject.address", 0.995, 0.820),
    ("subject.facility_number", 0.995, 0.916),
    ("subject.operator", 0.995, 0.730),
    ("subject.place", 0.995, 0.892),
    ("subject.plans", 0.995, 0.916),
    ("subject.role", 0.995, 0.897),
    ("subjects", 0.952, 0.897),
];

const HELD_OUT_6_FLOOR: &[(&str, f64, f64)] = &[
    ("authority", 0.995, 0.932),
    ("closures", 0.995, 0.799),
    ("issued_on", 0.995, 0.932),
    ("kind", 0.995, 0.932),
    ("persons", 0.995, 0.908),
    ("plans", 0.799, 0.799),
    ("renames", 0.995, 0.732),
    ("subject.address", 0.995, 0.788),
    ("subject.facility_number", 0.995, 0.666),
    ("subject.operator", 0.995, 0.646),
    ("subject.place", 0.995, 0.788),
    ("subject.plans", 0.749, 0.666),
    ("subject.role", 0.995, 0.847),
    ("subjects", 0.995, 0.847),
];

const HELD_OUT_5_FLOOR: &[(&str, f64, f64)] = &[
    ("articles", 0.995, 0.888),
    ("closures", 0.749, 0.995),
    ("persons", 0.995, 0.895),
    ("plans", 0.908, 0.587),
    ("renames", 0.995, 0.713),
    ("subject.address", 0.995, 0.764),
    ("subject.facility_number", 0.995, 0.699),
    ("subject.operator", 0.995, 0.816),
    ("subject.place", 0.995, 0.792),
    ("subject.plans", 0.995, 0.610),
    ("subject.role", 0.995, 0.897),
    ("subjects", 0.864, 0.897),
];

/// Empty: every field of the fourth set meets the bar since its fixes.
const HELD_OUT_4_FLOOR: &[(&str, f64, f64)] = &[];

/// Empty: every field of the third set meets the bar since its fixes.
const HELD_OUT_3_FLOOR: &[(&str, f64, f64)] = &[];

/// Empty: g09 (two orders of two kinds on one page) is read as two notices.
const HELD_OUT_2_FLOOR: &[(&str, f64, f64)] = &[];

/// Held-out fields under `BAR`, at the figures first measured (precision, recall).
const HELD_OUT_FLOOR: &[(&str, f64, f64)] = &[];

fn report(gold_file: &str, bar: f64, floor: &[(&str, f64, f64)]) {
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(gold_file)).unwrap()).unwrap();
    let mut t = Tally(BTreeMap::new());
    let mut pages = 0;
    let mut skipped = Vec::new();
    for page in gold["pages"].as_array().unwrap() {
        let file = page["file"].as_str().unwrap();
        let path = root().join(file);
        let Ok(bytes) = std::fs::read(&path) else {
            skipped.push(file.to_string());
            continue;
        };
        pages += 1;
        let html = if file.ends_with(".txt") {
            text_as_html(&String::from_utf8_lossy(&bytes))
        } else {
            decode(&bytes, Some("text/html")).text
        };
        let content = extract(&page_text(&html).unwrap());
        let what = match &content {
            PageContent::Notices(_) => "notices",
            PageContent::Listing { .. } => "listing",
            PageContent::Other { .. } => "other",
        };
        t.scalar("page", file, opt(&page["what"]), Some(what.to_string()));
        let got: Vec<NoticeRecord> = match content {
            PageContent::Notices(n) => n,
            _ => Vec::new(),
        };
        // A gold notice with no part is one of the page's orders (a page
        // may announce several: parts `None`, `2`, `3` …); a closure part
        // is a closure part of either. Each extracted notice answers one gold
        // notice, of the same kind where the page has several.
        let class = |part: Option<&str>| part.is_some_and(|p| p.ends_with("closure"));
        let mut used = vec![false; got.len()];
        for g in page["notices"].as_array().into_iter().flatten() {
            let part = opt(&g["part"]);
            let kind = opt(&g["kind"]);
            let candidates: Vec<usize> = (0..got.len())
                .filter(|&i| !used[i] && class(got[i].part.as_deref()) == class(part.as_deref()))
                .collect();
            let pick = candidates
                .iter()
                .copied()
                .find(|&i| Some(got[i].kind.code().to_string()) == kind)
                .or(candidates.first().copied());
            if let Some(i) = pick {
                used[i] = true;
            }
            compare(&mut t, file, g, pick.map(|i| &got[i]));
        }
        for (i, n) in got.iter().enumerate() {
            if !used[i] {
                t.scalar(
                    "notice",
                    file,
                    None,
                    Some(format!("{:?} {:?}", n.kind, n.part)),
                );
            }
        }
    }
    println!(
        "\ngold set: {pages} pages ({} skipped: {skipped:?})",
        skipped.len()
    );
    println!(
        "{:<26} {:>6} {:>6} {:>6} {:>9} {:>9}",
        "field", "tp", "fp", "fn", "precision", "recall"
    );
    let mut below = Vec::new();
    let mut under_target = Vec::new();
    for (field, s) in &t.0 {
        println!(
            "{field:<26} {:>6} {:>6} {:>6} {:>8.1}% {:>8.1}%",
            s.tp,
            s.fp,
            s.fn_,
            100.0 * s.precision(),
            100.0 * s.recall()
        );
        let (fp, fr) = floor
            .iter()
            .find(|(f, _, _)| f == field)
            .map_or((bar, bar), |(_, p, r)| (*p, *r));
        if s.precision() + 1e-9 < fp || s.recall() + 1e-9 < fr {
            below.push(*field);
        }
        if s.precision() < BAR || s.recall() < BAR {
            under_target.push(*field);
        }
    }
    for (field, s) in &t.0 {
        for m in s.misses.iter().take(40) {
            println!("  {field}: {m}");
        }
    }
    println!("fields under the {BAR} target: {under_target:?}");
    assert!(
        below.is_empty(),
        "fields below their recorded floor: {below:?}"
    );
}

/// The fourteenth held-out set (crawler/tests/gold/heldout14, written blind:
/// five regional bureaus' house styles, 平成-era ministry templates, text
/// converted from PDF, names in every script, several parties per notice
/// with plan numbers). Unseen: measured first after round 8, with the
/// legal-form table and the gazetteer's places: subjects 85 / 93 %, persons
/// 93 / 87 %, operators 89 / 73 %, addresses 100 / 94 %, places 100 / 95 %,
/// facility numbers 100 / 100 %, closures 100 / 75 %, kind 100 / 94 %,
/// renames 100 / 50 %, plans 38 / 38 %, authority 87 / 81 %.
#[test]
fn fourteenth_held_out_set_precision_and_recall_per_field() {
    report(
        "crawler/tests/gold/heldout14/gold.json",
        BAR,
        HELD_OUT_14_FLOOR,
    );
}

const HELD_OUT_14_FLOOR: &[(&str, f64, f64)] = &[
    ("authority", 0.862, 0.807),
    ("closures", 0.995, 0.745),
    ("issued_on", 0.995, 0.933),
    ("kind", 0.995, 0.933),
    ("persons", 0.924, 0.862),
    ("plans", 0.370, 0.370),
    ("renames", 0.995, 0.495),
    ("subject.address", 0.995, 0.933),
    ("subject.operator", 0.884, 0.722),
    ("subject.place", 0.995, 0.950),
    ("subject.plans", 0.424, 0.370),
    ("subject.role", 0.995, 0.925),
    ("subjects", 0.846, 0.925),
];
