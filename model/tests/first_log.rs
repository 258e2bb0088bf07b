//! The log outlives the code: entries exactly as the first version of the
//! log wrote them (commit dd14a17, before any field was added to a
//! statement, a notice record or an NTA row) must still read, and read to
//! what they said. A field added without `#[serde(default)]`, or renamed or
//! removed, fails here.

use tadoru_model::statement::{Entry, Statement};
use tadoru_model::{NoticeKind, Role};

/// One entry of each kind the first log held, as its code serialised them.
const FIRST_LOG: &[&str] = &[
    r#"{"seq":1,"at":"2026-11-22T03:04:05.123456789Z","statement":{"type":"document","sha256":"5f1e0d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100","url":"http://127.0.0.1:8080/stf/houdou/0000123.html","status":200,"content_type":"text/html","encoding":"UTF-8","fetched_at":"2026-11-22T03:04:05Z","len":4321,"page":"notice","demo":true}}"#,
    r#"{"seq":2,"at":"2026-11-22T03:04:06Z","statement":{"type":"gone","url":"http://127.0.0.1:8080/stf/houdou/0000999.html","status":404,"seen_at":"2026-11-22T03:04:06Z"}}"#,
    r#"{"seq":3,"at":"2026-11-22T03:04:07Z","statement":{"type":"notice","id":"n-0123456789ab","sha256":"5f1e0d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100","url":"http://127.0.0.1:8080/stf/houdou/0000123.html","record":{"kind":"emergency_order","authority":"厚生労働省","issued_on":"2025-08-29","title":"再生医療等の安全性の確保等に関する法律に基づく緊急命令について","articles":["法第22条"],"violations":[],"subjects":[{"name":"テスト再生クリニック","role":"clinic","operator":"医療法人社団テスト会","place":"東京都港区","plans":["自己脂肪由来幹細胞を用いた治療"],"articles":["法第22条"]},{"name":"医療法人社団テスト会","role":"operator","operator":null,"place":null,"plans":[],"articles":[]}],"plans":["自己脂肪由来幹細胞を用いた治療"],"renames":[{"old":"旧テストクリニック","new":"テスト再生クリニック","on":"2025-08-22"},{"old":"元テスト院","new":"旧テストクリニック","on":null}],"closures":[{"name":"テスト再生クリニック","on":"2025-10-01"}],"text":"本文","summary_en":"Emergency order","part":null}}}"#,
    r#"{"seq":4,"at":"2026-11-22T03:04:08Z","statement":{"type":"nta","sha256":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff","line":7,"row":{"sequence_number":7,"corporate_number":"1234567890123","process":"71","correct":false,"update_date":"2025-10-02","change_date":"2025-10-01","name":"医療法人社団テスト会","kind":"399","prefecture":"東京都","city":"港区","street":"芝公園一丁目1番1号","post_code":"1050011","address_outside":"","close_date":null,"close_cause":"","successor_corporate_number":"","change_cause":"医療法人社団テスト旧会を合併","assignment_date":"2015-10-05","latest":true,"en_name":"","furigana":"テストカイ","hihyoji":false},"demo":true}}"#,
];

#[test]
fn every_entry_of_the_first_log_still_reads_to_what_it_said() {
    let entries: Vec<Entry> = FIRST_LOG
        .iter()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    assert_eq!(
        entries.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    match &entries[0].statement {
        Statement::Document {
            status,
            len,
            demo,
            etag,
            encoding_note,
            ..
        } => {
            assert_eq!((*status, *len, *demo), (200, 4321, true));
            assert!(
                etag.is_none() && encoding_note.is_none(),
                "added fields default"
            );
        }
        other => panic!("not a document: {other:?}"),
    }
    assert!(matches!(
        &entries[1].statement,
        Statement::Gone { status: 404, .. }
    ));
    let Statement::Notice { record, .. } = &entries[2].statement else {
        panic!("not a notice");
    };
    assert_eq!(record.kind, NoticeKind::EmergencyOrder);
    assert_eq!(record.subjects.len(), 2);
    assert_eq!(record.subjects[1].role, Role::Operator);
    assert_eq!(
        record.subjects[0].operator.as_deref(),
        Some("医療法人社団テスト会")
    );
    assert_eq!(record.renames.len(), 2);
    assert_eq!(
        record.renames[0]
            .on
            .as_ref()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2025-08-22"),
        "a rename's full date, written before dates could be partial"
    );
    assert!(record.renames[1].on.is_none());
    assert_eq!(record.closures[0].name, "テスト再生クリニック");
    let Statement::Nta { row, demo, .. } = &entries[3].statement else {
        panic!("not an NTA row");
    };
    assert_eq!((row.process.as_str(), *demo), ("71", true));
    assert!(!row.demo, "a field added since defaults");
}

/// What is written today reads back the same (and so will, by the rules of
/// the crate's documentation, in every later version).
#[test]
fn an_entry_written_today_reads_back_the_same() {
    for line in FIRST_LOG {
        let entry: Entry = serde_json::from_str(line).unwrap();
        let again: Entry = serde_json::from_str(&serde_json::to_string(&entry).unwrap()).unwrap();
        assert_eq!(format!("{again:?}"), format!("{entry:?}"));
    }
}
