//! What the store makes of crawl results that come back: the same notice at
//! two urls (the same bytes, or the same authority, date, title and
//! subjects) is one notice with both urls as evidence; a 404 is recorded once
//! per url until the page comes back; validators are answered only for the
//! bytes the store holds as the url's latest.

use chrono::Utc;
use tadoru_crawler::crawl::{FetchedPage, Validators};
use tadoru_crawler::{NoticeKind, NoticeRecord, PageContent, Role, Subject};
use tadoru_graph::Graph;
use tadoru_graph::statement::Statement;

fn record(title: &str, names: &[&str]) -> NoticeRecord {
    NoticeRecord {
        kind: NoticeKind::EmergencyOrder,
        authority: "厚生労働省".into(),
        issued_on: chrono::NaiveDate::from_ymd_opt(2025, 8, 29),
        title: title.into(),
        articles: vec!["法第22条".into()],
        violations: vec![],
        subjects: names
            .iter()
            .map(|n| Subject {
                name: (*n).into(),
                role: Role::Clinic,
                operator: None,
                place: Some("東京都中央区".into()),
                address: None,
                facility_number: None,
                plans: vec![],
                articles: vec![],
                spellings: vec![],
            })
            .collect(),
        plans: vec![],
        renames: vec![],
        closures: vec![],
        persons: vec![],
        attachments: vec![],
        text: title.into(),
        summary_en: String::new(),
        part: None,
    }
}

fn page(url: &str, bytes: &[u8], status: u16, content: Result<PageContent, String>) -> FetchedPage {
    FetchedPage {
        url: url.into(),
        status,
        content_type: Some("text/html".into()),
        fetched_at: Utc::now(),
        sha256: tadoru_crawler::crawl::sha256_hex(bytes),
        bytes: bytes.to_vec(),
        encoding: Some("UTF-8"),
        encoding_note: None,
        validators: Validators::default(),
        truncated: false,
        content,
        demo: false,
    }
}

fn notice_page(url: &str, bytes: &[u8], r: NoticeRecord) -> FetchedPage {
    page(url, bytes, 200, Ok(PageContent::Notices(vec![r])))
}

fn urls_of(g: &Graph, id: &str) -> Vec<String> {
    let n = g.notice(id).unwrap().unwrap();
    n.documents.iter().map(|d| d.url.clone()).collect()
}

#[test]
fn the_same_bytes_at_a_second_url_are_one_notice() {
    let dir = tempfile::tempdir().unwrap();
    let g = Graph::open(dir.path()).unwrap();
    let r = record("緊急命令について", &["甲クリニック"]);
    g.record_page(&notice_page("http://x/a.html", b"same bytes", r.clone()))
        .unwrap();
    let rec = g
        .record_page(&notice_page("http://x/mirror/b.html", b"same bytes", r))
        .unwrap();
    assert_eq!(rec.notices, 1, "the notice gains the url as evidence");
    let notices = g.notices().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(
        urls_of(&g, &notices[0].id),
        ["http://x/a.html", "http://x/mirror/b.html"]
    );
    // The store rebuilt from the log says the same.
    g.rebuild().unwrap();
    assert_eq!(g.notices().unwrap().len(), 1);
    assert_eq!(urls_of(&g, &notices[0].id).len(), 2);
}

#[test]
fn the_same_authority_date_title_and_subjects_are_one_notice() {
    let dir = tempfile::tempdir().unwrap();
    let g = Graph::open(dir.path()).unwrap();
    let r = record("緊急命令について", &["甲クリニック", "乙加工施設"]);
    g.record_page(&notice_page("http://x/a.html", b"version one", r))
        .unwrap();
    // Another layout of the same notice, subjects in another order.
    let mut r2 = record("緊急命令について", &["乙加工施設", "甲クリニック"]);
    r2.text = "another layout".into();
    g.record_page(&notice_page("http://y/b.html", b"version two", r2))
        .unwrap();
    let notices = g.notices().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(
        urls_of(&g, &notices[0].id),
        ["http://x/a.html", "http://y/b.html"]
    );
    // Another title on the same day is another notice.
    g.record_page(&notice_page(
        "http://y/c.html",
        b"version three",
        record("改善命令について", &["甲クリニック", "乙加工施設"]),
    ))
    .unwrap();
    assert_eq!(g.notices().unwrap().len(), 2);
    // The same names under another operator are not the same notice.
    let mut r4 = record("緊急命令について", &["甲クリニック", "乙加工施設"]);
    r4.subjects[0].operator = Some("医療法人別法人".into());
    g.record_page(&notice_page("http://y/d.html", b"version four", r4))
        .unwrap();
    assert_eq!(g.notices().unwrap().len(), 3);
}

#[test]
fn identity_keys_survive_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let g = Graph::open(dir.path()).unwrap();
    let r = record("緊急命令について", &["甲クリニック"]);
    g.record_page(&notice_page("http://x/a.html", b"one", r.clone()))
        .unwrap();
    g.rebuild().unwrap();
    g.record_page(&notice_page("http://x/b.html", b"two", r))
        .unwrap();
    assert_eq!(g.notices().unwrap().len(), 1);
}

fn gone_count(g: &Graph, url: &str) -> usize {
    g.statements()
        .unwrap()
        .iter()
        .filter(|e| matches!(&e.statement, Statement::Gone { url: u, .. } if u == url))
        .count()
}

#[test]
fn a_404_is_recorded_once_until_the_page_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let g = Graph::open(dir.path()).unwrap();
    let url = "http://x/a.html";
    let live = notice_page(
        url,
        b"the notice",
        record("緊急命令について", &["甲クリニック"]),
    );
    g.record_page(&live).unwrap();
    let missing = || page(url, b"<p>not found</p>", 404, Err("http status 404".into()));
    assert!(g.record_gone_page(&missing()).unwrap());
    let n = g.statements().unwrap().len();
    for _ in 0..3 {
        assert!(!g.record_gone_page(&missing()).unwrap());
    }
    assert_eq!(
        g.statements().unwrap().len(),
        n,
        "re-crawls of a 404 append nothing"
    );
    assert_eq!(gone_count(&g, url), 1);
    // The 404 body is evidence.
    let sha = tadoru_crawler::crawl::sha256_hex(b"<p>not found</p>");
    assert_eq!(g.document(&sha).unwrap().unwrap().status, 404);
    assert_eq!(
        g.document_bytes(&sha).unwrap().unwrap(),
        b"<p>not found</p>"
    );
    // Back, then gone again: a second Gone.
    let mut back = live.clone();
    back.fetched_at = Utc::now();
    g.record_page(&back).unwrap();
    assert!(g.record_gone_page(&missing()).unwrap());
    assert_eq!(gone_count(&g, url), 2);
    // A url never seen that answers 404 keeps its body and records no Gone.
    let never = page("http://x/never.html", b"nf", 404, Err("x".into()));
    assert!(!g.record_gone_page(&never).unwrap());
    assert_eq!(gone_count(&g, "http://x/never.html"), 0);
    assert!(g.document_bytes(&never.sha256).unwrap().is_some());
}

#[test]
fn validators_are_answered_for_the_latest_bytes_only() {
    let dir = tempfile::tempdir().unwrap();
    let g = Graph::open(dir.path()).unwrap();
    let url = "http://x/list.html";
    let listing = || {
        Ok(PageContent::Listing {
            title: "一覧".into(),
        })
    };
    let mut p = page(url, b"v1", 200, listing());
    p.validators = Validators {
        etag: Some("\"v1\"".into()),
        last_modified: Some("Wed, 21 Oct 2026 07:28:00 GMT".into()),
    };
    g.record_page(&p).unwrap();
    let v = g.validators(url).unwrap().unwrap();
    assert_eq!(v.etag.as_deref(), Some("\"v1\""));
    // The Document statement carries them too.
    assert!(g.statements().unwrap().iter().any(|e| matches!(
        &e.statement,
        Statement::Document { etag: Some(t), last_modified: Some(_), .. } if t == "\"v1\""
    )));
    // A fresh sled (a damaged one moved aside) answers them from the log.
    drop(g);
    std::fs::remove_dir_all(dir.path().join(tadoru_graph::SLED_DIR)).unwrap();
    let g = Graph::open(dir.path()).unwrap();
    let v = g.validators(url).unwrap().unwrap();
    assert_eq!(v.etag.as_deref(), Some("\"v1\""));
    // New bytes with no validators: the old ones no longer describe the url.
    g.record_page(&page(url, b"v2", 200, listing())).unwrap();
    assert_eq!(g.validators(url).unwrap(), None);
    let (doc, bytes) = g.latest_document(url).unwrap().unwrap();
    assert_eq!((doc.status, bytes.as_slice()), (200, &b"v2"[..]));
}

#[test]
fn old_document_statements_without_the_new_fields_still_read() {
    let old = r#"{"type":"document","sha256":"ab","url":"http://x/","status":200,"content_type":null,"encoding":null,"fetched_at":"2026-01-01T00:00:00Z","len":2,"page":"other","demo":false}"#;
    let s: Statement = serde_json::from_str(old).unwrap();
    assert!(matches!(
        s,
        Statement::Document {
            etag: None,
            encoding_note: None,
            ..
        }
    ));
    // And they serialize as before, so their content hash is unchanged.
    assert_eq!(serde_json::to_string(&s).unwrap(), old);
}
