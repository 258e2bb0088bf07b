//! The store of record: sled is a view that `tadoru rebuild` regenerates from
//! the evidence and the statement log; NTA files with broken rows import the
//! rest and say which lines were skipped.

use crate::*;

fn answers(base: &str) -> Vec<Value> {
    let client = reqwest::blocking::Client::new();
    let get = |p: &str| -> Value {
        serde_json::from_slice(
            &client
                .get(format!("{base}{p}"))
                .send()
                .unwrap()
                .bytes()
                .unwrap(),
        )
        .unwrap()
    };
    let mut out = Vec::new();
    for name in [
        "ティーエスクリニック",
        "一般社団法人TH",
        "コージンバイオ株式会社 埼玉細胞加工センター",
        "埼玉メディカルクリニック",
    ] {
        let l = get(&format!("/api/v1/lookup?name={}", enc(name)));
        let id = l["entities"][0]["id"].as_str().unwrap().to_string();
        out.push(get(&format!("/api/v1/entities/{id}")));
    }
    let mut s = get("/api/v1/search?q=%E7%B7%8A%E6%80%A5%E5%91%BD%E4%BB%A4&per_page=50");
    // Scores may differ in the last bits between index builds; ids and order may not.
    for h in s["hits"].as_array_mut().unwrap() {
        h.as_object_mut().unwrap().remove("score");
    }
    out.push(s);
    out
}

#[test]
fn deleting_sled_and_rebuilding_gives_the_same_answers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    {
        let mirror = Mirror::start();
        crawl_mirror(&mirror, &data);
    }
    let copy = dir.path().join("copy");
    copy_dir(&data, &copy);
    let before = answers(&serve(&copy));

    std::fs::remove_dir_all(data.join("sled")).unwrap();
    std::fs::remove_dir_all(data.join("index")).unwrap();
    let out = ok(&tadoru(&["rebuild", "--data", data.to_str().unwrap()]));
    assert!(out.contains("replayed"), "{out}");
    let after = answers(&serve(&data));
    assert_eq!(before, after);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn nta_import_reports_bad_rows_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let good = std::fs::read_to_string("mirror/site/nta/demo_corporate_numbers.csv").unwrap();
    let mut lines: Vec<String> = good.lines().map(str::to_string).collect();
    // Line 3: a wrong check digit; line 9: too few fields; line 10: a bad date.
    lines[2] = lines[2].replacen(",1013305000118,", ",2013305000118,", 1);
    lines.push("8,broken,row".to_string());
    lines.push(lines[1].replacen("2015-11-13", "2015-13-45", 1));
    let text = lines.join("\r\n");
    // Shift_JIS, as the NTA also publishes it.
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
    let file = dir.path().join("nta.csv");
    std::fs::write(&file, &sjis).unwrap();
    let out = tadoru(&[
        "import",
        "nta",
        "--data",
        data.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    let stdout = ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("imported 6 rows")
            && stdout.contains("Shift_JIS")
            && stdout.contains("3 rejected"),
        "{stdout}"
    );
    assert!(stderr.contains(":3: corporate number"), "{stderr}");
    assert!(stderr.contains(":9: expected 30 fields"), "{stderr}");
    assert!(stderr.contains(":10: field 5: bad date"), "{stderr}");
    let hits = ok(&tadoru(&[
        "search",
        "--data",
        data.to_str().unwrap(),
        "コージンバイオ",
    ]));
    assert!(hits.contains("コージンバイオ株式会社"), "{hits}");

    let out = tadoru(&[
        "import",
        "nta",
        "--data",
        data.to_str().unwrap(),
        "/nonexistent.csv",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_formats() {
    let data = &site().data;
    let dir = tempfile::tempdir().unwrap();
    for format in ["ndjson", "csv", "ftm", "warc"] {
        let out = dir.path().join(format!("x.{format}"));
        // The shared site holds the store open, so export from a copy.
        let copy = dir.path().join(format!("copy-{format}"));
        copy_dir(data, &copy);
        let stdout = ok(&tadoru(&[
            "export",
            "--data",
            copy.to_str().unwrap(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]));
        assert!(stdout.contains("wrote"), "{stdout}");
        let text = String::from_utf8_lossy(&std::fs::read(&out).unwrap()).into_owned();
        match format {
            "ndjson" => {
                for line in text.lines() {
                    serde_json::from_str::<Value>(line).unwrap();
                }
                assert!(text.contains("東京サイエンスクリニック"));
            }
            "csv" => assert!(text.starts_with("notice_id,issued_on,kind")),
            "ftm" => assert!(text.contains("\"schema\":\"Sanction\"")),
            _ => assert!(text.starts_with("WARC/1.1\r\n")),
        }
    }
    let out = tadoru(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--format",
        "pdf",
        "--out",
        "/tmp/x",
    ]);
    assert_eq!(out.status.code(), Some(2));
}
