//! The same facts make the same graph whichever source arrives first: a
//! notice crawled before or after an NTA file naming a company of the same
//! name. Found by importing a generated NTA file before crawling a generated
//! site: the operator a notice names without a place was matched to a
//! same-named company in another prefecture, so its representative was
//! filed under that company while the facility it runs went to another.

use std::collections::BTreeSet;

use chrono::Utc;
use tadoru_crawler::crawl::{FetchedPage, Validators};
use tadoru_crawler::record::Person;
use tadoru_crawler::{NoticeKind, NoticeRecord, PageContent, Role, Subject};
use tadoru_graph::Graph;

fn subject(name: &str, role: Role, operator: Option<&str>, place: Option<&str>) -> Subject {
    Subject {
        name: name.into(),
        role,
        operator: operator.map(Into::into),
        place: place.map(Into::into),
        address: None,
        facility_number: None,
        plans: vec![],
        articles: vec![],
        spellings: vec![],
    }
}

fn notice(subjects: Vec<Subject>, persons: Vec<Person>) -> NoticeRecord {
    NoticeRecord {
        kind: NoticeKind::ImprovementOrder,
        authority: "近畿厚生局".into(),
        issued_on: chrono::NaiveDate::from_ymd_opt(2023, 3, 11),
        title: "再生医療等の安全性の確保等に関する法律に基づく改善命令について".into(),
        articles: vec!["法第48条第2項".into()],
        violations: vec![],
        subjects,
        plans: vec![],
        renames: vec![],
        closures: vec![],
        persons,
        attachments: vec![],
        text: String::new(),
        summary_en: String::new(),
        part: None,
    }
}

fn page(url: &str, r: NoticeRecord) -> FetchedPage {
    let bytes = format!("{url} {}", r.title).into_bytes();
    FetchedPage {
        url: url.into(),
        status: 200,
        content_type: Some("text/html".into()),
        fetched_at: Utc::now(),
        sha256: tadoru_crawler::crawl::sha256_hex(&bytes),
        bytes,
        encoding: Some("UTF-8"),
        encoding_note: None,
        validators: Validators::default(),
        truncated: false,
        content: Ok(PageContent::Notices(vec![r])),
        demo: false,
    }
}

/// An NTA full-file row (30 fields) for a company.
fn nta_row(seq: u32, number: &str, name: &str, pref: &str) -> String {
    format!(
        "{seq},{number},01,0,2022-04-26,2022-04-26,\"{name}\",,301,{pref},,（テスト用の架空の例です。）,,,,,,,,,,,2015-10-05,1,,,,,,0\r\n"
    )
}

/// What a reader sees of the graph, without ids (which depend on order by
/// design: a second entity of one name gets a suffix): each entity's role,
/// names, places (as a set) and corporate numbers, and its edges to others
/// described the same way.
fn shape(g: &Graph) -> BTreeSet<String> {
    let entities = g.entities().unwrap();
    let describe = |id: &str| {
        let e = g.entity(id).unwrap().unwrap();
        let names: Vec<&str> = e.names.iter().map(|n| n.name.as_str()).collect();
        let numbers: Vec<&str> = e
            .identifiers
            .iter()
            .filter(|i| i.scheme == "corporate_number")
            .map(|i| i.value.as_str())
            .collect();
        // Places as a set: a record lists them in the order sources gave
        // them, which is the order they arrived in.
        let mut places = e.places.clone();
        places.sort();
        format!("{:?} {names:?} {places:?} {numbers:?}", e.role)
    };
    entities
        .iter()
        .filter(|e| e.merged_into.is_none())
        .flat_map(|e| {
            let me = describe(&e.id);
            let mut lines = vec![me.clone()];
            for x in &e.edges {
                lines.push(format!("{me} -{:?}-> {}", x.kind, describe(&x.target)));
            }
            lines
        })
        .collect()
}

/// Applies the notices and the NTA file in both orders; both graphs must read the same.
fn both_orders(pages: &[FetchedPage], nta: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let csv = format!("2026-11-01,{},1,1\r\n{nta}", nta.lines().count());
    let crawl_first = tempfile::tempdir().unwrap();
    let g = Graph::open(crawl_first.path()).unwrap();
    for p in pages {
        g.record_page(p).unwrap();
    }
    g.import_nta(csv.as_bytes(), "nta.csv").unwrap();
    let a = shape(&g);
    let import_first = tempfile::tempdir().unwrap();
    let g = Graph::open(import_first.path()).unwrap();
    g.import_nta(csv.as_bytes(), "nta.csv").unwrap();
    for p in pages {
        g.record_page(p).unwrap();
    }
    let b = shape(&g);
    (a, b)
}

#[test]
fn an_operator_named_without_a_place_is_placed_by_the_party_it_runs() {
    let r = notice(
        vec![
            subject(
                "株式会社アサギリバイオ 中洲細胞培養センター",
                Role::CellProcessingFacility,
                Some("株式会社アサギリバイオ"),
                Some("京都府京都市下京区"),
            ),
            subject("株式会社アサギリバイオ", Role::Operator, None, None),
        ],
        vec![Person {
            name: "清水 誠".into(),
            title: "代表取締役".into(),
            of: "株式会社アサギリバイオ".into(),
        }],
    );
    // A company of the same name in another prefecture.
    let nta = nta_row(1, "9372925719160", "株式会社アサギリバイオ", "北海道");
    let (a, b) = both_orders(&[page("http://x/n1.html", r)], &nta);
    assert_eq!(a, b, "crawl first vs import first");
    // The representative and the facility are under the one operator the
    // notice names, placed in Kyoto, not under the Hokkaido company.
    let held: Vec<&String> = a.iter().filter(|l| l.contains("HoldsPosition")).collect();
    assert_eq!(held.len(), 1, "{a:#?}");
    assert!(
        held[0].contains("京都府") && !held[0].contains("北海道"),
        "{held:?}"
    );
    let runs: Vec<&String> = a.iter().filter(|l| l.contains("-Operates->")).collect();
    assert_eq!(runs.len(), 1, "{a:#?}");
    assert!(
        runs[0].starts_with("Operator [\"株式会社アサギリバイオ\"] [\"京都府\"] []"),
        "{runs:?}"
    );
}

#[test]
fn one_operator_of_clinics_in_several_prefectures_is_one_entity() {
    let op = "医療法人社団ルミナ会";
    let r = notice(
        ["東京都港区", "大阪府大阪市北区", "愛知県名古屋市中区"]
            .iter()
            .zip(["東京院", "大阪院", "名古屋院"])
            .map(|(place, branch)| {
                subject(
                    &format!("ルミナクリニック{branch}"),
                    Role::Clinic,
                    Some(op),
                    Some(place),
                )
            })
            .collect(),
        vec![],
    );
    let (a, b) = both_orders(
        &[page("http://x/n2.html", r)],
        &nta_row(1, "1013305000101", op, "東京都"),
    );
    assert_eq!(a, b, "crawl first vs import first");
    let operators: Vec<&String> = a
        .iter()
        .filter(|l| l.starts_with("Operator") && !l.contains("->"))
        .collect();
    assert_eq!(operators.len(), 1, "{operators:#?}");
    let runs = a.iter().filter(|l| l.contains("-Operates->")).count();
    assert_eq!(runs, 3, "{a:#?}");
}

/// A clinic that moved within its prefecture and took a new name the same
/// day (`…から現在地に移転し、同日、「Y」から名称を変更`) is one clinic, whether
/// the notice stating the rename comes before or after one naming it under
/// its old name at its old place. A clinic of the old name in another
/// prefecture stays another clinic.
#[test]
fn a_clinic_renamed_as_it_moved_is_one_clinic_in_either_order() {
    let op = "医療法人社団しおかぜ会";
    let before = notice(
        vec![
            subject(
                "しおさいリペアクリニック",
                Role::Clinic,
                Some(op),
                Some("兵庫県神戸市中央区"),
            ),
            subject(op, Role::Operator, None, None),
        ],
        vec![],
    );
    let mut after = notice(
        vec![
            subject(
                "うみかぜリペアメディカルクリニック",
                Role::Clinic,
                Some(op),
                Some("兵庫県神戸市東灘区"),
            ),
            subject(op, Role::Operator, None, None),
        ],
        vec![],
    );
    after.issued_on = chrono::NaiveDate::from_ymd_opt(2024, 12, 6);
    after.renames = vec![tadoru_model::Rename {
        old: "しおさいリペアクリニック".into(),
        new: "うみかぜリペアメディカルクリニック".into(),
        on: chrono::NaiveDate::from_ymd_opt(2024, 10, 1).map(Into::into),
    }];
    let elsewhere = notice(
        vec![subject(
            "しおさいリペアクリニック",
            Role::Clinic,
            Some("医療法人ほかの会"),
            Some("北海道札幌市中央区"),
        )],
        vec![],
    );
    let pages = [
        page("http://x/before.html", before),
        page("http://x/after.html", after),
        page("http://x/elsewhere.html", elsewhere),
    ];
    let in_order = |order: &[usize]| {
        let dir = tempfile::tempdir().unwrap();
        let g = Graph::open(dir.path()).unwrap();
        for &i in order {
            g.record_page(&pages[i]).unwrap();
        }
        shape(&g)
    };
    let a = in_order(&[0, 1, 2]);
    let b = in_order(&[1, 0, 2]);
    let c = in_order(&[2, 1, 0]);
    assert_eq!(a, b, "the old name first vs the rename first");
    assert_eq!(a, c, "the namesake elsewhere first");
    let clinics: Vec<&String> = a
        .iter()
        .filter(|l| l.starts_with("Clinic") && !l.contains("->"))
        .collect();
    assert_eq!(clinics.len(), 2, "{clinics:#?}");
    assert!(
        clinics
            .iter()
            .any(|l| l.contains("しおさいリペアクリニック")
                && l.contains("うみかぜリペアメディカルクリニック")),
        "{clinics:#?}"
    );
}

fn numbered(name: &str, operator: Option<&str>, place: &str, number: &str) -> Subject {
    Subject {
        facility_number: Some(number.into()),
        ..subject(name, Role::CellProcessingFacility, operator, Some(place))
    }
}

/// Every order of `pages`, each applied to a fresh graph: the facilities of
/// each (as `shape` reads them) and the ids of the facilities.
fn facilities_in_every_order(pages: &[FetchedPage]) -> Vec<Vec<tadoru_graph::Entity>> {
    let n = pages.len();
    let mut orders: Vec<Vec<usize>> = vec![vec![]];
    for _ in 0..n {
        orders = orders
            .into_iter()
            .flat_map(|o| {
                (0..n)
                    .filter(|i| !o.contains(i))
                    .map(|i| [o.clone(), vec![i]].concat())
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    orders
        .iter()
        .map(|order| {
            let dir = tempfile::tempdir().unwrap();
            let g = Graph::open(dir.path()).unwrap();
            for i in order {
                g.record_page(&pages[*i]).unwrap();
            }
            g.entities()
                .unwrap()
                .into_iter()
                .filter(|e| e.role == Role::CellProcessingFacility && e.merged_into.is_none())
                .collect()
        })
        .collect()
}

/// A facility's number stays with it through a rename and a change of
/// operator, however it is printed: three pages that share only the
/// number (in three widths and spellings) are one facility, in every order.
#[test]
fn one_facility_number_is_one_facility_through_renames_and_operators() {
    let place = "宮城県仙台市宮城野区";
    let pages = [
        numbered(
            "仙台セルポート培養加工センター",
            Some("Sendai Cell Port株式会社"),
            place,
            "FA2040311",
        ),
        numbered(
            "みちのく細胞加工センター",
            Some("株式会社みちのくセルポート"),
            place,
            "ＦＡ２０４０３１１",
        ),
        numbered(
            "仙台セルポート 培養加工センター",
            Some("株式会社みちのくセルポート"),
            place,
            "fa-2040311",
        ),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, s)| page(&format!("http://x/f{i}.html"), notice(vec![s], vec![])))
    .collect::<Vec<_>>();
    for facilities in facilities_in_every_order(&pages) {
        assert_eq!(facilities.len(), 1, "{facilities:#?}");
        let names: BTreeSet<&str> = facilities[0]
            .names
            .iter()
            .map(|n| n.name.as_str())
            .collect();
        assert!(names.contains("みちのく細胞加工センター"), "{names:?}");
        assert!(
            facilities[0]
                .links
                .iter()
                .any(|l| l.reason.contains("same facility number")),
            "{:#?}",
            facilities[0].links
        );
    }
}

/// Two facilities of one name in one city with different numbers are two
/// facilities, in every order, whether or not a page names an operator.
#[test]
fn two_facility_numbers_are_two_facilities_whatever_their_names() {
    let place = "石川県金沢市";
    let name = "かなざわセルプロセシングセンター";
    let pages = [
        numbered(name, None, place, "FA3170188"),
        numbered(
            name,
            Some("株式会社加賀ライフサイエンス"),
            place,
            "FA3170251",
        ),
        numbered(name, None, place, "ＦＡ３１７０１８８"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, s)| page(&format!("http://x/k{i}.html"), notice(vec![s], vec![])))
    .collect::<Vec<_>>();
    for facilities in facilities_in_every_order(&pages) {
        assert_eq!(facilities.len(), 2, "{facilities:#?}");
        for f in &facilities {
            let numbers: BTreeSet<String> = f
                .identifiers
                .iter()
                .map(|i| {
                    tadoru_graph::views::facility_number_key(Role::CellProcessingFacility, &i.value)
                })
                .collect();
            assert_eq!(numbers.len(), 1, "{f:#?}");
        }
    }
}
