//! Text out of a PDF attachment (別添, 概要), so that it can be searched with
//! its notice. Two readers, tried in turn:
//!
//! 1. the `pdf-extract` crate, in this process. It panics on much of what
//!    government offices publish (a Type0 font named by a predefined CMap
//!    such as `UniJIS-UCS2-H` and not embedded), and a hostile file may make
//!    it loop, so it runs on a thread of its own under `catch_unwind` with a
//!    time limit: a panic or a stall is a reason, never a crash;
//! 2. poppler's `pdftotext` (Debian: poppler-utils, with poppler-data for the
//!    Japanese CMaps), as a child process with the same time limit, when the
//!    crate failed or found no text. Without it installed the crate alone
//!    reads what it can, and a PDF neither can read says so, naming both
//!    reasons.
//!
//! Nothing here fetches or stores: the crawler has already kept the bytes as
//! evidence before it asks for their text.

use std::io::{Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// The name of the thread `pdf-extract` runs on: the command's panic hook
/// recognises it and logs the crate's panics instead of printing them.
pub const PDF_THREAD_NAME: &str = "tadoru-pdf-extract";

/// The most text kept from one attachment (bytes of UTF-8); the rest is cut
/// at a character boundary and the cut reported.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;

/// How text is read from PDFs.
#[derive(Debug, Clone)]
pub struct PdfConfig {
    /// The `pdftotext` program: a name looked up on `PATH`, or a path.
    pub pdftotext: PathBuf,
    /// The longest either reader may take over one file.
    pub timeout: Duration,
}

impl Default for PdfConfig {
    fn default() -> Self {
        PdfConfig {
            pdftotext: PathBuf::from("pdftotext"),
            timeout: Duration::from_secs(30),
        }
    }
}

pub use tadoru_model::record::TextReader;

/// The text of a PDF and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfText {
    pub text: String,
    pub reader: TextReader,
    /// Why the first reader was not the one used, or that the text was cut.
    pub note: Option<String>,
}

/// Why no text came out of a PDF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("not a pdf: the bytes do not start with %PDF-")]
    NotPdf,
    #[error("the pdf is encrypted with a password: its text cannot be read")]
    Encrypted,
    #[error(
        "the pdf has no text layer (image-only or scanned?): pdf-extract: {crate_said}; pdftotext: {pdftotext_said}"
    )]
    NoText {
        crate_said: String,
        pdftotext_said: String,
    },
    #[error(
        "neither reader could read the pdf: pdf-extract: {crate_said}; pdftotext: {pdftotext_said}"
    )]
    Unreadable {
        crate_said: String,
        pdftotext_said: String,
    },
}

/// One reader's answer: text (possibly empty) or why it failed.
type Attempt = Result<String, String>;

/// Reads the text of `bytes`: `pdf-extract` first, `pdftotext` when the crate
/// fails or finds nothing.
pub fn extract_text(bytes: &[u8], config: &PdfConfig) -> Result<PdfText, PdfError> {
    if !looks_like_pdf(bytes) {
        return Err(PdfError::NotPdf);
    }
    let first = with_crate(bytes, config.timeout);
    if let Ok(text) = &first
        && has_text(text)
    {
        return Ok(finish(text, TextReader::PdfExtract, None));
    }
    let crate_said = match &first {
        Ok(_) => "no text".to_string(),
        Err(e) => e.clone(),
    };
    let second = with_pdftotext(bytes, config);
    match second {
        Ok(text) if has_text(&text) => Ok(finish(
            &text,
            TextReader::Pdftotext,
            Some(format!("pdf-extract: {crate_said}")),
        )),
        Ok(_) => Err(PdfError::NoText {
            crate_said,
            pdftotext_said: "no text".into(),
        }),
        Err(_) if is_encrypted(bytes) => Err(PdfError::Encrypted),
        Err(pdftotext_said) if first.is_ok() => Err(PdfError::NoText {
            crate_said,
            pdftotext_said,
        }),
        Err(pdftotext_said) => Err(PdfError::Unreadable {
            crate_said,
            pdftotext_said,
        }),
    }
}

/// Whether the bytes are a PDF: `%PDF-` within the first KiB (some writers
/// put bytes before the header, and readers accept them).
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Whether the trailer names an `/Encrypt` dictionary.
fn is_encrypted(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(64 * 1024)..];
    tail.windows(8).any(|w| w == b"/Encrypt")
}

fn has_text(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace())
}

/// Tidies the text (no trailing spaces, at most one blank line in a row, no
/// form feeds) and cuts it to [`MAX_TEXT_BYTES`].
fn finish(raw: &str, reader: TextReader, note: Option<String>) -> PdfText {
    let mut text = String::with_capacity(raw.len());
    let mut blank = true;
    for line in raw.lines() {
        let line = line.replace('\u{c}', "");
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                text.push('\n');
            }
            blank = true;
            continue;
        }
        text.push_str(line);
        text.push('\n');
        blank = false;
    }
    let mut note = note;
    if text.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        let msg = format!("text cut to its first {MAX_TEXT_BYTES} bytes");
        note = Some(match note {
            Some(n) => format!("{n}; {msg}"),
            None => msg,
        });
    }
    PdfText { text, reader, note }
}

/// `pdf-extract` threads given up on (past their time limit) that still run.
static ABANDONED: AtomicUsize = AtomicUsize::new(0);

/// A `pdf-extract` run: still running, finished, or given up on.
const RUNNING: u8 = 0;
const FINISHED: u8 = 1;
const GIVEN_UP: u8 = 2;

/// Marks the run finished when its thread ends, however it ends, and
/// takes it off [`ABANDONED`] if it had been given up on.
struct Finish(Arc<AtomicU8>);

impl Drop for Finish {
    fn drop(&mut self) {
        if self.0.swap(FINISHED, Ordering::SeqCst) == GIVEN_UP {
            ABANDONED.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// `pdf-extract` on a thread of its own: its panics are caught, and a file
/// that keeps it busy past `timeout` is left to it (the thread is
/// abandoned, the crawl goes on). While an abandoned thread still runs, the
/// crate is not tried again, so a server that crawls for months leaves at
/// most one such thread behind, and pdftotext reads alone meanwhile.
fn with_crate(bytes: &[u8], timeout: Duration) -> Attempt {
    if ABANDONED.load(Ordering::SeqCst) > 0 {
        return Err("not tried: an earlier file still keeps it busy".into());
    }
    let state = Arc::new(AtomicU8::new(RUNNING));
    let finish = Finish(state.clone());
    let (tx, rx) = mpsc::channel();
    let owned = bytes.to_vec();
    let spawned = std::thread::Builder::new()
        .name(PDF_THREAD_NAME.into())
        .spawn(move || {
            let _finish = finish;
            let result = catch_unwind(AssertUnwindSafe(|| {
                pdf_extract::extract_text_from_mem(&owned)
            }));
            let answer = match result {
                Ok(Ok(text)) => Ok(text),
                Ok(Err(e)) => Err(format!("failed ({e})")),
                Err(panic) => Err(format!("panicked ({})", panic_message(&panic))),
            };
            // The receiver may have given up waiting.
            let _ = tx.send(answer);
        });
    if let Err(e) = spawned {
        return Err(format!("could not start a thread ({e})"));
    }
    match rx.recv_timeout(timeout) {
        Ok(answer) => answer,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            ABANDONED.fetch_add(1, Ordering::SeqCst);
            if state.swap(GIVEN_UP, Ordering::SeqCst) != RUNNING {
                // It finished meanwhile: nothing left behind.
                ABANDONED.fetch_sub(1, Ordering::SeqCst);
            }
            Err(format!("gave no answer within {timeout:?}"))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("stopped without an answer".into()),
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let msg = if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "no message".to_string()
    };
    let msg = msg.lines().next().unwrap_or("").trim().to_string();
    if msg.is_empty() {
        "no message".into()
    } else {
        msg.chars().take(200).collect()
    }
}

/// `pdftotext -enc UTF-8 - -`: the PDF on standard input, the text on
/// standard output, killed after `config.timeout`.
fn with_pdftotext(bytes: &[u8], config: &PdfConfig) -> Attempt {
    let mut child = Command::new(&config.pdftotext)
        .args(["-q", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "{} is not installed (Debian: apt-get install poppler-utils poppler-data)",
                    config.pdftotext.display()
                )
            } else {
                format!("could not run {} ({e})", config.pdftotext.display())
            }
        })?;
    // Feed stdin and drain stdout on threads, so that neither pipe can
    // fill up and stall the other.
    let stdin = child.stdin.take();
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            // A reader that quits early closes the pipe: not an error here.
            let _ = stdin.write_all(&input);
        }
    });
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        if let Some(mut s) = stdout {
            let _ = s.read_to_end(&mut out);
        }
        out
    });
    let stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        if let Some(s) = stderr {
            let _ = s.take(4096).read_to_end(&mut out);
        }
        out
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > config.timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("gave no answer within {:?}", config.timeout));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("could not wait for it ({e})")),
        }
    };
    let _ = writer.join();
    let out = reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if !status.success() {
        let err = String::from_utf8_lossy(&err);
        let said = err.lines().last().unwrap_or("").trim().to_string();
        return Err(match (status.code(), said.is_empty()) {
            (Some(code), true) => format!("exited with status {code}"),
            (Some(code), false) => format!("exited with status {code} ({said})"),
            (None, _) => "was killed by a signal".into(),
        });
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(path: &str) -> Vec<u8> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(path);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    fn without_pdftotext() -> PdfConfig {
        PdfConfig {
            pdftotext: PathBuf::from("/nonexistent/pdftotext"),
            ..PdfConfig::default()
        }
    }

    /// The tests that need poppler fail, saying how to install it, rather
    /// than pass without checking anything.
    fn require_pdftotext() {
        let ok = Command::new("pdftotext")
            .arg("-v")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        assert!(
            ok,
            "pdftotext is not installed: run .ci/setup (Debian: apt-get install poppler-utils poppler-data)"
        );
    }

    #[test]
    fn the_crate_reads_an_identity_h_attachment_without_pdftotext() {
        let bytes = fixture("mirror/site/content/001234561.pdf");
        let t = extract_text(&bytes, &without_pdftotext()).unwrap();
        assert_eq!(t.reader, TextReader::PdfExtract);
        assert_eq!(t.note, None);
        for word in [
            "改善命令の概要",
            "コージンバイオ株式会社",
            "第48条第2項",
            "逸脱管理",
        ] {
            assert!(t.text.contains(word), "{word} not in {:?}", t.text);
        }
    }

    #[test]
    fn a_crate_panic_falls_back_to_pdftotext() {
        require_pdftotext();
        // UniJIS-UCS2-H, a predefined CMap not in the file: pdf-extract panics.
        let bytes = fixture("mirror/site/content/001234562.pdf");
        let t = extract_text(&bytes, &PdfConfig::default()).unwrap();
        assert_eq!(t.reader, TextReader::Pdftotext);
        let note = t.note.unwrap();
        assert!(note.starts_with("pdf-extract: panicked"), "{note}");
        for word in ["緊急命令の概要", "東京サイエンスクリニック", "事案の経過"]
        {
            assert!(t.text.contains(word), "{word} not in {:?}", t.text);
        }
    }

    #[test]
    fn pdftotext_reads_the_identity_h_attachment_too() {
        require_pdftotext();
        let bytes = fixture("mirror/site/content/001234561.pdf");
        let text = with_pdftotext(&bytes, &PdfConfig::default()).unwrap();
        assert!(text.contains("逸脱管理"), "{text}");
    }

    #[test]
    fn without_pdftotext_a_crate_panic_names_both_reasons() {
        let bytes = fixture("mirror/site/content/001234562.pdf");
        let e = extract_text(&bytes, &without_pdftotext()).unwrap_err();
        let msg = e.to_string();
        assert!(matches!(e, PdfError::Unreadable { .. }), "{msg}");
        assert!(msg.contains("pdf-extract: panicked"), "{msg}");
        assert!(msg.contains("is not installed"), "{msg}");
        assert!(msg.contains("poppler-utils"), "{msg}");
    }

    #[test]
    fn bad_pdfs_are_reasons_not_crashes() {
        require_pdftotext();
        let config = PdfConfig::default();
        let dir = "tests/fixtures/pdf-site/content";
        let broken = fixture(&format!("{dir}/broken.pdf"));
        assert_eq!(extract_text(&broken, &config), Err(PdfError::NotPdf));
        let encrypted = fixture(&format!("{dir}/encrypted.pdf"));
        assert_eq!(extract_text(&encrypted, &config), Err(PdfError::Encrypted));
        let truncated = fixture(&format!("{dir}/truncated.pdf"));
        let e = extract_text(&truncated, &config).unwrap_err();
        assert!(
            matches!(e, PdfError::Unreadable { .. } | PdfError::NoText { .. }),
            "{e}"
        );
        let scanned = fixture(&format!("{dir}/scanned.pdf"));
        let e = extract_text(&scanned, &config).unwrap_err();
        assert!(matches!(e, PdfError::NoText { .. }), "{e}");
        assert!(e.to_string().contains("image-only"), "{e}");
    }

    #[test]
    fn a_pdftotext_that_hangs_is_stopped_at_the_time_limit() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fake = dir.path().join("pdftotext");
        std::fs::write(&fake, "#!/bin/sh\nexec sleep 30\n").unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let config = PdfConfig {
            pdftotext: fake,
            timeout: Duration::from_millis(300),
        };
        let started = Instant::now();
        let bytes = fixture("mirror/site/content/001234562.pdf");
        let said = with_pdftotext(&bytes, &config).unwrap_err();
        assert_eq!(said, "gave no answer within 300ms");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        let raw = "あ".repeat(MAX_TEXT_BYTES);
        let t = finish(&raw, TextReader::Pdftotext, None);
        assert!(t.text.len() <= MAX_TEXT_BYTES);
        assert!(t.text.chars().all(|c| c == 'あ'));
        assert!(t.note.unwrap().contains("cut"));
    }

    #[test]
    fn blank_lines_and_form_feeds_are_tidied() {
        let t = finish("a  \n\n\n\u{c}b\n", TextReader::PdfExtract, None);
        assert_eq!(t.text, "a\n\nb\n");
    }
}
