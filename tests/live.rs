//! Live check against the real MHLW site: ignored by default, never part of
//! CI. Run on a machine with internet access with
//! `TADORU_LIVE=1 cargo test --test live -- --ignored`. It crawls at most a
//! few pages, politely, and checks that the real press-release index still
//! reads as a listing whose links the crawler follows.

use std::process::Command;

#[test]
#[ignore = "needs the internet: TADORU_LIVE=1 cargo test --test live -- --ignored"]
fn real_press_release_index_is_a_listing() {
    if std::env::var("TADORU_LIVE").as_deref() != Ok("1") {
        panic!("set TADORU_LIVE=1 to run the live check");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tadoru"))
        .args([
            "crawl",
            "--data",
            dir.path().to_str().unwrap(),
            "--max-pages",
            "5",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("fetched 5 pages"), "{stdout}");
    assert!(
        !stdout.contains(" 0 listings"),
        "the real index no longer reads as a listing: {stdout}"
    );
}
