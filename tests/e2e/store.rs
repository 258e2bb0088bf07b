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
    tie_order(&mut s);
    out.push(s);
    out
}

/// Scores may differ in the last bits between index builds, and hits of
/// equal score come in the order the index holds them (an index updated in
/// place holds them in another order than one built whole); ids and ranks
/// may not differ. Hits are put in order of score (rounded), then id, and the
/// score dropped.
fn tie_order(results: &mut Value) {
    let hits = results["hits"].as_array_mut().unwrap();
    let rank = |h: &Value| -(h["score"].as_f64().unwrap_or(0.0) * 1000.0).round() as i64;
    hits.sort_by(|a, b| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| a["id"].as_str().cmp(&b["id"].as_str()))
    });
    for h in hits {
        h.as_object_mut().unwrap().remove("score");
    }
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
    // On a store a running `tadoru serve` holds, the server writes the
    // export: the same records as from the copy.
    let served = dir.path().join("served");
    copy_dir(data, &served);
    let (_server, _) = serve_child(&served);
    let held = dir.path().join("held.ndjson");
    let stdout = ok(&tadoru(&[
        "export",
        "--data",
        served.to_str().unwrap(),
        "--format",
        "ndjson",
        "--out",
        held.to_str().unwrap(),
    ]));
    assert!(stdout.contains("wrote"), "{stdout}");
    assert_eq!(
        std::fs::read(&held).unwrap(),
        std::fs::read(dir.path().join("x.ndjson")).unwrap()
    );
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

fn data_str(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

/// Where each frame of a statement log starts (its magic begins with 0xFF).
fn frame_starts(log: &[u8]) -> Vec<usize> {
    log.windows(4)
        .enumerate()
        .filter(|(_, w)| *w == [0xFF, b'T', b'D', b'L'])
        .map(|(i, _)| i)
        .collect()
}

fn hashes(data: &std::path::Path) -> Vec<String> {
    let out = ok(&tadoru(&["verify", "--data", data_str(data), "--hashes"]));
    let mut h: Vec<String> = out
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    h.sort();
    h
}

fn search_json(data: &std::path::Path, q: &str) -> Value {
    let mut v: Value = serde_json::from_str(&ok(&tadoru(&[
        "search",
        "--data",
        data_str(data),
        "--json",
        q,
    ])))
    .unwrap();
    tie_order(&mut v);
    v
}

fn nta_file() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("mirror/site/nta/demo_corporate_numbers.csv")
}

fn import(data: &std::path::Path) -> String {
    ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        data_str(data),
        nta_file().to_str().unwrap(),
    ]))
}

/// A crawled store, shared read-only: each test works on a copy.
fn crawled() -> &'static std::path::Path {
    static STORE: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let mirror = Mirror::start();
            crawl_mirror(&mirror, &dir.path().join("d"));
            dir
        })
        .path()
}

fn fresh_copy(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let data = dir.path().join("d");
    copy_dir(&crawled().join("d"), &data);
    data
}

#[test]
fn a_flipped_byte_in_the_log_is_reported_and_costs_only_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let data = fresh_copy(&dir);
    assert!(ok(&tadoru(&["verify", "--data", data_str(&data)])).contains("all well"));
    let before = hashes(&data);
    let log = data.join("statements.log");
    let mut bytes = std::fs::read(&log).unwrap();
    let starts = frame_starts(&bytes);
    let mid = starts[starts.len() / 2];
    bytes[mid + 40] ^= 0x01;
    std::fs::write(&log, &bytes).unwrap();

    let out = tadoru(&["verify", "--data", data_str(&data)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "damaged: {} bytes at byte {mid}",
            starts[starts.len() / 2 + 1] - mid
        )),
        "{stdout}"
    );
    let hits = ok(&tadoru(&[
        "search",
        "--data",
        data_str(&data),
        "コージンバイオ",
    ]));
    assert!(hits.contains("コージンバイオ株式会社"), "{hits}");
    // Writing after the damage keeps every intact record. An open reads the
    // log only from where sled is, so the damage before it is left to
    // `verify` (which still reports it) and to `rebuild`, which keeps the
    // damaged bytes aside.
    import(&data);
    let after = hashes(&data);
    assert_eq!(after.len(), before.len() - 1);
    assert!(after.iter().all(|h| before.contains(h)));
    let stdout = String::from_utf8_lossy(&tadoru(&["verify", "--data", data_str(&data)]).stdout)
        .into_owned();
    assert!(stdout.contains("tadoru rebuild"), "{stdout}");
    ok(&tadoru(&["rebuild", "--data", data_str(&data)]));
    assert_eq!(
        std::fs::read_dir(data.join("quarantine")).unwrap().count(),
        1
    );
    let stdout = String::from_utf8_lossy(&tadoru(&["verify", "--data", data_str(&data)]).stdout)
        .into_owned();
    assert!(stdout.contains("bytes kept in"), "{stdout}");
}

#[test]
fn an_import_cut_short_is_completed_and_reindexed_by_running_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = fresh_copy(&dir);
    let before = (hashes(&data), search_json(&data, "コージンバイオ"));
    // What a SIGKILL mid-append leaves: the last rows' frames cut inside one.
    let log = data.join("statements.log");
    let bytes = std::fs::read(&log).unwrap();
    let starts = frame_starts(&bytes);
    std::fs::write(&log, &bytes[..starts[starts.len() - 3] + 20]).unwrap();
    let out = import(&data);
    assert!(out.contains("3 new, 4 already recorded"), "{out}");
    assert_eq!(
        (hashes(&data), search_json(&data, "コージンバイオ")),
        before
    );
    assert_eq!(
        std::fs::read_dir(data.join("quarantine")).unwrap().count(),
        1,
        "the torn bytes are kept"
    );
    assert!(ok(&tadoru(&["verify", "--data", data_str(&data)])).contains("all well"));
    // The same file again: nothing new, nothing twice.
    assert!(import(&data).contains("0 new, 7 already recorded"));
    assert_eq!(hashes(&data), before.0);
}

#[test]
fn an_index_behind_the_log_is_caught_up_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let data = fresh_copy(&dir);
    // An import killed after recording, before re-indexing.
    std::fs::write(data.join("index").join("tadoru-applied-seq"), "1").unwrap();
    let out = tadoru(&["verify", "--data", data_str(&data)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("search index reflects the log up to seq 1")
    );
    assert!(import(&data).contains("0 new"));
    assert!(ok(&tadoru(&["verify", "--data", data_str(&data)])).contains("all well"));
    // No half-built or set-aside index is left behind.
    let leftovers = std::fs::read_dir(&data)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("index."))
        .count();
    assert_eq!(leftovers, 0);
}

/// Deterministic noise (xorshift).
fn noise(n: usize, mut x: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn garble_middle(path: &std::path::Path, seed: u64) {
    let mut bytes = std::fs::read(path).unwrap();
    let garbage = noise(4096, seed);
    let start = bytes.len().saturating_sub(garbage.len()) / 2;
    let end = (start + garbage.len()).min(bytes.len());
    bytes[start..end].copy_from_slice(&garbage[..end - start]);
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn garbage_in_sled_is_served_right_and_rebuild_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let data = fresh_copy(&dir);
    let copy = dir.path().join("copy");
    copy_dir(&data, &copy);
    let before = answers(&serve(&copy));
    for (i, file) in ["db", "conf"].iter().enumerate() {
        for (j, how) in ["serve", "rebuild"].iter().enumerate() {
            let d = dir.path().join(format!("{file}-{how}"));
            copy_dir(&data, &d);
            garble_middle(&d.join("sled").join(file), (i * 2 + j + 1) as u64);
            if *how == "rebuild" {
                let out = ok(&tadoru(&["rebuild", "--data", data_str(&d)]));
                assert!(out.contains("replayed"), "{out}");
            }
            assert_eq!(
                answers(&serve(&d)),
                before,
                "garbage in sled/{file}, then {how}"
            );
        }
    }
}

/// NTA absorption merger (SOURCES.md §4): the absorbed corporation closes
/// (process 21, close cause 11, successor number) and a lookup of its name
/// answers with what it is now part of; the survivor records process 71
/// ("…を合併") and stays active.
#[test]
fn absorbed_corporation_answers_with_its_successor() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let (absorbed, survivor) = ("2000077770001", "1000077770002");
    let row = |seq: u32,
               n: &str,
               process: &str,
               date: &str,
               name: &str,
               close: &str,
               cause: &str,
               successor: &str,
               change: &str| {
        format!(
            "{seq},{n},{process},0,{date},{date},\"{name}\",,399,東京都,港区,1-1,,13,103,1050001,,,{close},{cause},{successor},\"{change}\",2015-10-05,1,,,,,,0"
        )
    };
    let csv = [
        row(
            1,
            absorbed,
            "01",
            "2015-10-05",
            "医療法人社団旧甲会",
            "",
            "",
            "",
            "",
        ),
        row(
            2,
            survivor,
            "01",
            "2015-10-05",
            "医療法人社団乙会",
            "",
            "",
            "",
            "",
        ),
        row(
            3,
            absorbed,
            "21",
            "2024-04-01",
            "医療法人社団旧甲会",
            "2024-04-01",
            "11",
            survivor,
            "",
        ),
        row(
            4,
            survivor,
            "71",
            "2024-04-01",
            "医療法人社団乙会",
            "",
            "",
            "",
            &format!("令和6年4月1日医療法人社団旧甲会（{absorbed}）を合併"),
        ),
    ]
    .join("\n");
    let file = dir.path().join("merger.csv");
    std::fs::write(&file, csv).unwrap();
    ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        data.to_str().unwrap(),
        file.to_str().unwrap(),
    ]));
    let base = serve(&data);
    let resp = get(&format!("{base}/api/v1/lookup?name={}", enc("旧甲会")));
    let v: Value = serde_json::from_slice(&resp.bytes().unwrap()).unwrap();
    let entities = v["entities"].as_array().unwrap();
    let old = entities
        .iter()
        .find(|e| e["current_name"] == "医療法人社団旧甲会")
        .unwrap();
    assert_eq!(old["status"], "closed", "{v}");
    assert_eq!(
        old["now_part_of"]["current_name"], "医療法人社団乙会",
        "{v}"
    );
    let new = entities
        .iter()
        .find(|e| e["current_name"] == "医療法人社団乙会")
        .unwrap();
    assert_eq!(
        new["status"], "active",
        "the survivor is not closed by its merger: {v}"
    );
    assert_eq!(new["via"]["successor_of"], old["id"]);
    // The survivor's summary lists what it absorbed; the absorbed one's
    // search hit says where it went; its page gives the cause in Japanese.
    let id = new["id"].as_str().unwrap();
    let json = |url: &str| -> Value { serde_json::from_slice(&get(url).bytes().unwrap()).unwrap() };
    let survivor = json(&format!("{base}/api/v1/entities/{id}"));
    assert_eq!(
        survivor["summary"]["absorbed"][0]["current_name"], "医療法人社団旧甲会",
        "{survivor}"
    );
    let hits = json(&format!(
        "{base}/api/v1/search?q={}&type=entity",
        enc("旧甲会")
    ));
    let hit = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["title"] == "医療法人社団旧甲会")
        .unwrap_or_else(|| panic!("{hits}"));
    assert_eq!(hit["summary"]["now_part_of"], "医療法人社団乙会", "{hit}");
    let page = get(&format!(
        "{base}/entities/{}?lang=ja",
        old["id"].as_str().unwrap()
    ))
    .text()
    .unwrap();
    assert!(page.contains("合併による解散等"), "the cause in Japanese");
    assert!(
        !page.contains("dissolved by merger"),
        "no English cause on a Japanese page"
    );
}

/// A `tadoru serve` process, killed when dropped.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `tadoru serve` on `data` and waits until it answers; its base URL.
fn serve_child(data: &std::path::Path) -> (Killed, String) {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let addr = format!("127.0.0.1:{port}");
    let server = Killed(
        std::process::Command::new(BIN)
            .args(["serve", "--data", data_str(data), "--addr", &addr])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://{addr}");
    let mut up = false;
    for _ in 0..200 {
        if reqwest::blocking::get(format!("{base}/style.css")).is_ok() {
            up = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(up, "serve did not come up");
    (server, base)
}

/// A search hit's status line is stored with the entity in the index: a new
/// notice about the entity, crawled while serving, re-makes it (orders on
/// record, latest order), as the entity page reads it from the graph.
#[test]
fn a_hits_status_follows_a_new_notice_crawled_while_serving() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pages")).unwrap();
    let gold =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crawler/tests/gold/pages");
    let write_index = |pages: &[&str]| {
        let mut links = String::new();
        for p in pages {
            std::fs::copy(gold.join(p), site.join("pages").join(p)).unwrap();
            links.push_str(&format!(
                "<li><a href=\"/pages/{p}\">再生医療等に関する処分 {p}</a></li>"
            ));
        }
        std::fs::write(
            site.join("index.html"),
            format!("<html><head><meta charset=\"utf-8\"><title>処分等一覧</title></head><body><ul>{links}</ul></body></html>"),
        )
        .unwrap();
    };
    let improvement = "f04_kantoshinetsu_rows_shogo_henko.html"; // 2024-01-19
    let emergency = "f20_mhlw_emergency_manufacturing_stop.html"; // 2024-02-02
    write_index(&[improvement]);
    let mirror = Mirror::start_root(&site);
    let data = dir.path().join("d");
    let crawl = || {
        ok(&tadoru(&[
            "crawl",
            "--data",
            data_str(&data),
            "--seed",
            &mirror.seed(),
            "--delay-ms",
            "0",
        ]))
    };
    crawl();
    let (_server, base) = serve_child(&data);
    let facility = || -> Value {
        let v: Value = serde_json::from_slice(
            &get(&format!(
                "{base}/api/v1/search?type=entity&q={}",
                enc("ミライセルラボ 東京細胞培養センター")
            ))
            .bytes()
            .unwrap(),
        )
        .unwrap();
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["kind"] == "cell_processing_facility")
            .cloned()
            .unwrap_or_else(|| panic!("the facility among {v}"))
    };
    let before = facility();
    assert_eq!(before["summary"]["orders"], 1, "{before}");
    assert_eq!(
        before["summary"]["latest_order"]["kind"],
        "improvement_order"
    );
    write_index(&[improvement, emergency]);
    assert!(crawl().contains("searchable now"));
    let after = facility();
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["summary"]["orders"], 2, "{after}");
    assert_eq!(after["summary"]["latest_order"]["kind"], "emergency_order");
    assert_eq!(after["summary"]["latest_order"]["issued_on"], "2024-02-02");
    // The entity page (read from the graph) says the same.
    let id = after["id"].as_str().unwrap();
    let e: Value = serde_json::from_slice(
        &get(&format!("{base}/api/v1/entities/{id}"))
            .bytes()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        e["summary"]["orders"].as_array().map(Vec::len),
        Some(2),
        "{e}"
    );
}

/// `tadoru serve` keeps serving while `tadoru crawl` and `tadoru import` on
/// the same data hand their work to it; the new notices are searchable as
/// soon as the crawl ends, without a restart; `rebuild` says why it cannot.
#[test]
fn crawl_and_import_land_while_serving() {
    let mirror = Mirror::start();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let d = data.to_str().unwrap();
    let nta = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("mirror/site/nta/demo_corporate_numbers.csv");
    ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        d,
        nta.to_str().unwrap(),
    ]));
    let (_server, base) = serve_child(&data);
    let total = |q: &str| -> u64 {
        let v: Value = serde_json::from_slice(
            &get(&format!("{base}/api/v1/search?type=notice&q={}", enc(q)))
                .bytes()
                .unwrap(),
        )
        .unwrap();
        v["total"].as_u64().unwrap()
    };
    assert_eq!(total("コージンバイオ"), 0, "no notice crawled yet");
    let out = ok(&tadoru(&[
        "crawl",
        "--data",
        d,
        "--seed",
        &mirror.seed(),
        "--delay-ms",
        "0",
    ]));
    assert!(out.contains("searchable now"), "{out}");
    assert!(
        total("コージンバイオ") > 0,
        "the crawl is searchable without a restart"
    );
    let out = ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        d,
        nta.to_str().unwrap(),
    ]));
    assert!(out.contains("7 already recorded"), "{out}");
    let out = tadoru(&["rebuild", "--data", d]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stop the server first"));
    // The site answered throughout and still does.
    assert_eq!(get(&format!("{base}/")).status().as_u16(), 200);
}

#[test]
fn an_import_re_indexes_what_it_changed_as_a_whole_rebuild_would() {
    let dir = tempfile::tempdir().unwrap();
    let data = fresh_copy(&dir);
    // The mirror's first corporation changes its name (process 11): the
    // notices naming it must be found under the new name too.
    let template = std::fs::read_to_string(nta_file()).unwrap();
    let row: Vec<&str> = template.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(row.len(), 30);
    let mut renamed: Vec<String> = row.iter().map(|f| f.to_string()).collect();
    renamed[0] = "100".into();
    renamed[2] = "11".into();
    renamed[4] = "2026-11-05".into();
    renamed[5] = "2026-11-01".into();
    renamed[6] = "\"医療法人新輝鳳会\"".into();
    let file = dir.path().join("rename.csv");
    std::fs::write(&file, format!("{}\r\n", renamed.join(","))).unwrap();
    let out = ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        data_str(&data),
        file.to_str().unwrap(),
    ]));
    assert!(out.contains("1 new"), "{out}");
    let queries = [
        "新輝鳳会",
        "輝鳳会",
        "キホウカイ",
        "クリニック",
        "improvement order",
    ];
    let updated: Vec<Value> = queries.iter().map(|q| search_json(&data, q)).collect();
    let notices = updated[0]["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["type"] == "notice")
        .count();
    assert!(notices > 0, "{}", updated[0]);
    assert!(ok(&tadoru(&["verify", "--data", data_str(&data)])).contains("all well"));
    ok(&tadoru(&["rebuild", "--data", data_str(&data)]));
    let rebuilt: Vec<Value> = queries.iter().map(|q| search_json(&data, q)).collect();
    assert_eq!(updated, rebuilt);
}

/// The survivor of an absorption merger (the b8 browser check's case): the
/// demo's 医療法人大手町クリニック, which had an emergency order, is absorbed
/// by a new corporation. Everywhere the survivor is shown — its search hit
/// (API and page), vet (API and page), its downloads and its page's notice
/// list — it has no orders of its own and the absorbed corporation's order
/// is there, said to be against that corporation, as its summary and feed
/// already say; the absorbed corporation's hit links the survivor.
#[test]
fn a_survivor_shows_the_orders_it_inherited_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    {
        let mirror = Mirror::start();
        crawl_mirror(&mirror, &data);
    }
    let csv = "\
1,5013305000163,01,0,2026-02-02,2015-10-05,医療法人社団さくら再生会,,399,東京都,千代田区,（tadoru 検証用の架空データ）,,13,101,1000001,,,,,,,2015-10-05,1,,,,,サクラサイセイカイ,0
2,4500005000156,21,0,2026-02-03,2026-02-01,医療法人大手町クリニック,,399,愛媛県,,（tadoru 検証用の架空データ）,,38,,,,,2026-02-01,11,5013305000163,,2015-10-05,1,,,,,オオテマチクリニック,0
3,5013305000163,71,0,2026-02-03,2026-02-01,医療法人社団さくら再生会,,399,東京都,千代田区,（tadoru 検証用の架空データ）,,13,101,1000001,,,,,,医療法人大手町クリニック（4500005000156）を合併,2015-10-05,1,,,,,サクラサイセイカイ,0
";
    let file = dir.path().join("merger.csv");
    std::fs::write(&file, csv).unwrap();
    ok(&tadoru(&[
        "import",
        "nta",
        "--data",
        data.to_str().unwrap(),
        file.to_str().unwrap(),
    ]));
    let base = serve(&data);
    let json = |url: &str| -> Value { serde_json::from_slice(&get(url).bytes().unwrap()).unwrap() };

    // The API hit: its own orders stay 0, the inherited one counted apart.
    let hits = json(&format!(
        "{base}/api/v1/search?q={}&type=entity",
        enc("さくら再生会")
    ));
    let hit = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["title"] == "医療法人社団さくら再生会")
        .unwrap_or_else(|| panic!("{hits}"))
        .clone();
    let survivor = hit["id"].as_str().unwrap().to_string();
    let g = &hit["summary"];
    assert_eq!(g["orders"], 0, "{hit}");
    assert_eq!(g["inherited_orders"], 1, "{hit}");
    assert_eq!(
        g["absorbed"][0]["current_name"], "医療法人大手町クリニック",
        "{hit}"
    );
    assert_eq!(
        g["absorbed"][0]["latest_order"]["kind"], "emergency_order",
        "{hit}"
    );
    let absorbed = g["absorbed"][0]["id"].as_str().unwrap().to_string();

    // The page's hit says so, and links the absorbed corporation.
    let ja = get(&format!("{base}/search?q={}&lang=ja", enc("さくら再生会")))
        .text()
        .unwrap();
    assert!(ja.contains("吸収した<a href=\"/entities/"), "{ja}");
    assert!(ja.contains("に緊急命令 1 件"), "{ja}");
    let en = get(&format!("{base}/search?q={}&lang=en", enc("さくら再生会")))
        .text()
        .unwrap();
    assert!(en.contains("no orders of its own"), "{en}");
    assert!(en.contains(", which it absorbed"), "{en}");

    // The absorbed corporation's hit links its survivor (the name kept).
    let hits = json(&format!(
        "{base}/api/v1/search?q={}&type=entity",
        enc("大手町クリニック")
    ));
    let old = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == absorbed.as_str())
        .unwrap_or_else(|| panic!("{hits}"));
    assert_eq!(old["summary"]["now_part_of"], "医療法人社団さくら再生会");
    assert_eq!(
        old["summary"]["now_part_of_entity"]["id"],
        survivor.as_str()
    );
    assert_eq!(
        old["summary"]["now_part_of_entity"]["url"],
        format!("/entities/{survivor}").as_str()
    );

    // Vet by corporate number: its orders empty, the inherited one apart,
    // and the reason says through which corporation.
    let resp = reqwest::blocking::Client::new()
        .post(format!("{base}/api/v1/vet"))
        .header("Content-Type", "application/json")
        .body(r#"["5013305000163"]"#)
        .send()
        .unwrap();
    let v: Value = serde_json::from_slice(&resp.bytes().unwrap()).unwrap();
    let r = &v["results"][0];
    assert_eq!(r["orders"].as_array().unwrap().len(), 0, "{v}");
    assert_eq!(
        r["inherited_orders"][0]["through"]["id"],
        absorbed.as_str(),
        "{v}"
    );
    assert_eq!(
        r["inherited_orders"][0]["order"]["kind"], "emergency_order",
        "{v}"
    );
    let reason = r["reason"].as_str().unwrap();
    assert!(
        reason.contains("it absorbed \"医療法人大手町クリニック\"") && reason.contains("1 order"),
        "{reason}"
    );

    // The downloads hold the notice, saying through which entity.
    let csv = get(&format!("{base}/entities/{survivor}.csv"))
        .text()
        .unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",through_entity_id,through_name"),
        "{header}"
    );
    assert!(
        csv.lines().any(|l| l.contains(",inherited,")
            && l.contains(&format!(",{absorbed},医療法人大手町クリニック"))),
        "{csv}"
    );
    let nd = get(&format!("{base}/entities/{survivor}.ndjson"))
        .text()
        .unwrap();
    let line: Value = serde_json::from_str(nd.lines().next().unwrap()).unwrap();
    assert_eq!(line["relation"], "inherited", "{nd}");
    assert_eq!(line["through"]["id"], absorbed.as_str(), "{nd}");

    // The page lists the notice apart from its own, and its summary agrees.
    let page = get(&format!("{base}/entities/{survivor}?lang=ja"))
        .text()
        .unwrap();
    assert!(
        page.contains("吸収合併で承継した法人への処分等："),
        "{page}"
    );
    assert!(!page.contains(">処分等の記録はありません。"), "{page}");
    let e = json(&format!("{base}/api/v1/entities/{survivor}"));
    assert_eq!(e["summary"]["orders"].as_array().unwrap().len(), 0);
    assert_eq!(
        e["summary"]["inherited_orders"][0]["through"]["id"],
        absorbed.as_str()
    );
}
