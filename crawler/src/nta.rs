//! The National Tax Agency's corporate-number (法人番号) CSV: full and diff files
//! in Shift_JIS (cp932) or UTF-8, and the Web-API answer with its
//! `lastUpdateDate,count,divideNumber,divideSize` header line. Rows have 30
//! fields and no header row (SOURCES.md §4). A broken row is reported with its
//! line number and skipped; the rest are read.

use chrono::NaiveDate;
use encoding_rs::{SHIFT_JIS, UTF_8};
use serde::Serialize;

pub use tadoru_model::nta::{NtaRow, close_cause_en, close_cause_ja, process_en, process_ja};

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub line: u64,
    pub message: String,
}

/// Everything read from one file.
#[derive(Debug, Clone, Default)]
pub struct NtaFile {
    pub encoding: &'static str,
    /// `(line, row)` in file order.
    pub rows: Vec<(u64, NtaRow)>,
    pub errors: Vec<RowError>,
}

const PROCESSES: [&str; 10] = ["01", "11", "12", "13", "21", "22", "71", "72", "81", "99"];

/// Reads an NTA CSV file from its bytes, detecting UTF-8 or Shift_JIS.
pub fn parse(bytes: &[u8]) -> NtaFile {
    let (text, encoding) = if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        (enc.decode_without_bom_handling(&bytes[bom..]).0, enc.name())
    } else if std::str::from_utf8(bytes).is_ok() {
        (UTF_8.decode_without_bom_handling(bytes).0, "UTF-8")
    } else {
        (SHIFT_JIS.decode_without_bom_handling(bytes).0, "Shift_JIS")
    };
    let mut out = NtaFile {
        encoding,
        ..NtaFile::default()
    };
    parse_text(&text, 1, true, &mut out);
    out
}

/// The encoding of an NTA file and how many bytes of BOM it starts with,
/// from its first bytes and whether all of it is valid UTF-8 (what
/// [`parse`] decides from the whole file at once).
pub fn encoding_of(first: &[u8], all_utf8: bool) -> (&'static encoding_rs::Encoding, usize) {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(first) {
        (enc, bom)
    } else if all_utf8 {
        (UTF_8, 0)
    } else {
        (SHIFT_JIS, 0)
    }
}

/// Reads an NTA file from `reader` (in `encoding`, after `bom` bytes) a
/// block at a time, and hands its rows and errors to `batch` about
/// `batch_rows` rows at a time: the same rows, lines and errors as
/// [`parse`] gives, in memory bounded by the batch, whatever the file's size.
pub fn parse_stream<E>(
    reader: &mut dyn std::io::Read,
    (encoding, bom): (&'static encoding_rs::Encoding, usize),
    batch_rows: usize,
    batch: &mut dyn FnMut(NtaFile) -> Result<(), E>,
) -> Result<(), StreamError<E>> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut skip = bom;
    let mut buf = vec![0u8; 1 << 20];
    let mut text = String::new();
    // Where scanning for a record boundary resumes, and whether it is inside quotes there.
    let (mut scanned, mut in_quote) = (0usize, false);
    let (mut line, mut first) = (1u64, true);
    let mut out = NtaFile {
        encoding: encoding.name(),
        ..NtaFile::default()
    };
    loop {
        let n = reader.read(&mut buf).map_err(StreamError::Io)?;
        let mut chunk = &buf[..n];
        if skip > 0 {
            let k = skip.min(chunk.len());
            chunk = &chunk[k..];
            skip -= k;
        }
        let last = n == 0;
        text.reserve(
            decoder
                .max_utf8_buffer_length(chunk.len())
                .unwrap_or(chunk.len() * 3),
        );
        let _ = decoder.decode_to_string(chunk, &mut text, last);
        // The last line end outside quotes ends a block of whole records.
        let mut cut = None;
        for (i, b) in text.as_bytes()[scanned..].iter().enumerate() {
            match b {
                b'"' => in_quote = !in_quote,
                b'\n' if !in_quote => cut = Some(scanned + i + 1),
                _ => {}
            }
        }
        scanned = text.len();
        let end = if last { Some(text.len()) } else { cut };
        if let Some(end) = end {
            let block: String = text.drain(..end).collect();
            scanned -= end;
            line = parse_text(&block, line, first, &mut out);
            first = false;
            if out.rows.len() >= batch_rows || last {
                let done = std::mem::replace(
                    &mut out,
                    NtaFile {
                        encoding: encoding.name(),
                        ..NtaFile::default()
                    },
                );
                batch(done).map_err(StreamError::Batch)?;
            }
        }
        if last {
            return Ok(());
        }
    }
}

/// Why [`parse_stream`] stopped.
#[derive(Debug)]
pub enum StreamError<E> {
    Io(std::io::Error),
    Batch(E),
}

/// Reads the records of `text` (whole records: it starts at a record and
/// ends after one) into `out`, numbering lines from `first_line`; `start`
/// says whether it is the start of the file (where the Web-API's count line
/// may be). Returns the line number after it.
fn parse_text(text: &str, first_line: u64, start: bool, out: &mut NtaFile) -> u64 {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    // csv's own line counter lags on CRLF files, and its offsets can point at
    // the previous record's line end: count newlines up to each record instead.
    let (mut counted_to, mut line) = (0usize, first_line);
    for i in 0.. {
        let bytes = text.as_bytes();
        let mut start_at = (reader.position().byte() as usize).min(bytes.len());
        while start_at < bytes.len() && matches!(bytes[start_at], b'\r' | b'\n') {
            start_at += 1;
        }
        line += bytes[counted_to..start_at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = start_at;
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                out.errors.push(RowError {
                    line,
                    message: format!("unreadable csv: {e}"),
                });
                if e.is_io_error() {
                    break;
                }
                continue;
            }
        }
        // The Web-API's first line: lastUpdateDate,count,divideNumber,divideSize.
        if start && record.len() == 4 && i == 0 && record.get(0).and_then(date).is_some() {
            continue;
        }
        match row(&record) {
            Ok(r) => out.rows.push((line, r)),
            Err(message) => out.errors.push(RowError { line, message }),
        }
    }
    first_line + text.as_bytes().iter().filter(|&&b| b == b'\n').count() as u64
}

fn row(r: &csv::StringRecord) -> Result<NtaRow, String> {
    if r.len() != 30 {
        return Err(format!("expected 30 fields, found {}", r.len()));
    }
    let f = |i: usize| r.get(i - 1).unwrap_or("").trim().to_string();
    let corporate_number = f(2);
    check_digit_ok(&corporate_number)
        .then_some(())
        .ok_or_else(|| format!("corporate number {corporate_number:?} fails its check digit"))?;
    let process = f(3);
    if !PROCESSES.contains(&process.as_str()) {
        return Err(format!("unknown process code {process:?}"));
    }
    let name = f(7);
    if name.is_empty() {
        return Err("empty name".to_string());
    }
    let opt_date = |i: usize| -> Result<Option<NaiveDate>, String> {
        let v = f(i);
        if v.is_empty() {
            return Ok(None);
        }
        date(&v)
            .map(Some)
            .ok_or_else(|| format!("field {i}: bad date {v:?}"))
    };
    let successor = f(21);
    if !successor.is_empty() && !check_digit_ok(&successor) {
        return Err(format!(
            "successor corporate number {successor:?} fails its check digit"
        ));
    }
    Ok(NtaRow {
        sequence_number: f(1)
            .parse()
            .map_err(|_| format!("bad sequence number {:?}", f(1)))?,
        corporate_number,
        process,
        correct: f(4) == "1",
        update_date: opt_date(5)?,
        change_date: opt_date(6)?,
        name,
        kind: f(9),
        prefecture: f(10),
        city: f(11),
        street: f(12),
        post_code: f(16),
        address_outside: f(17),
        close_date: opt_date(19)?,
        close_cause: f(20),
        successor_corporate_number: successor,
        change_cause: f(22),
        assignment_date: opt_date(23)?,
        latest: f(24) == "1",
        en_name: f(25),
        furigana: f(29),
        hihyoji: f(30) == "1",
        demo: r
            .iter()
            .any(|field| field.contains(crate::record::DEMO_MARKER)),
    })
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The NTA check digit: the first digit = 9 − (Σ Pn·Qn mod 9) over the 12-digit
/// body, Pn the n-th digit from the right, Qn = 1 for odd n and 2 for even n.
pub fn check_digit(body: &str) -> Option<u32> {
    if body.len() != 12 || !body.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 1 } else { 2 })
        .sum();
    Some(9 - sum % 9)
}

/// Whether a 13-digit corporate number carries the right check digit.
pub fn check_digit_ok(number: &str) -> bool {
    number.len() == 13
        && number.is_ascii()
        && check_digit(&number[1..]).is_some_and(|d| number.as_bytes()[0] == b'0' + d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_check(body: &str) -> String {
        format!("{}{body}", check_digit(body).unwrap())
    }

    fn line(
        seq: u32,
        number: &str,
        process: &str,
        name: &str,
        change: &str,
        latest: &str,
    ) -> String {
        format!(
            "{seq},{number},{process},0,2025-08-26,{change},\"{name}\",,399,東京都,中央区,銀座1丁目,,13,102,1040061,,,,,,,2015-10-05,{latest},,,,,,0"
        )
    }

    #[test]
    fn check_digit_matches_the_nta_rule() {
        // Published example: 法人番号 7000012050002 (国税庁).
        assert!(check_digit_ok("7000012050002"));
        assert!(!check_digit_ok("8000012050002"));
        assert!(!check_digit_ok("700001205000"));
        assert!(!check_digit_ok("７000012050002"));
    }

    #[test]
    fn reads_utf8_and_shift_jis_and_reports_bad_rows() {
        let n = with_check("900005001234");
        let text = [
            "2025-08-26,3,1,1".to_string(),
            line(1, &n, "01", "一般社団法人TH", "2015-10-05", "0"),
            line(2, &n, "11", "一般社団法人日本医療会", "2025-08-25", "1"),
            line(3, "1234567890123", "01", "悪い番号", "2015-10-05", "1"),
            "4,broken".to_string(),
        ]
        .join("\r\n");
        for bytes in [
            text.as_bytes().to_vec(),
            SHIFT_JIS.encode(&text).0.into_owned(),
        ] {
            let f = parse(&bytes);
            assert_eq!(f.rows.len(), 2, "{:?}", f.errors);
            assert_eq!(f.rows[1].1.name, "一般社団法人日本医療会");
            assert_eq!(
                f.rows[1].1.change_date,
                NaiveDate::from_ymd_opt(2025, 8, 25)
            );
            assert!(f.rows[1].1.latest);
            assert_eq!(f.rows[0].0, 2);
            assert_eq!(f.errors.len(), 2);
            assert_eq!(f.errors[0].line, 4);
            assert!(f.errors[0].message.contains("check digit"));
            assert_eq!(f.errors[1].line, 5);
        }
        assert_eq!(parse(&SHIFT_JIS.encode(&text).0).encoding, "Shift_JIS");
    }

    #[test]
    fn quoted_fields_with_escapes() {
        let n = with_check("900005001234");
        let text = line(
            1,
            &n,
            "01",
            "株式会社\"\"テスト\"\",本店",
            "2015-10-05",
            "1",
        );
        let f = parse(text.as_bytes());
        assert_eq!(f.rows[0].1.name, "株式会社\"テスト\",本店");
    }

    /// Hands out a few bytes per read, so blocks end in every place.
    struct Trickle<'a>(&'a [u8], usize);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(self.0.len()).min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn reading_a_stream_in_batches_gives_what_reading_it_whole_gives() {
        let n = with_check("900005001234");
        let mut lines = vec!["2025-08-26,3,1,1".to_string()];
        for i in 0..40 {
            lines.push(line(
                i,
                &n,
                "01",
                &format!("株式会社\"\"テ\r\nスト{i}\"\",本店"),
                "2015-10-05",
                "1",
            ));
            if i % 7 == 0 {
                lines.push(String::new());
                lines.push(format!("{i},broken"));
            }
        }
        let text = lines.join("\r\n");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        for bytes in [
            text.as_bytes().to_vec(),
            SHIFT_JIS.encode(&text).0.into_owned(),
            bom,
        ] {
            let whole = parse(&bytes);
            assert_eq!(whole.rows.len(), 40);
            for step in [1, 5, 64, 1 << 20] {
                let (mut rows, mut errors, mut batches) = (Vec::new(), Vec::new(), 0);
                let all_utf8 = std::str::from_utf8(&bytes).is_ok();
                parse_stream::<()>(
                    &mut Trickle(&bytes, step),
                    encoding_of(&bytes[..3], all_utf8),
                    8,
                    &mut |f| {
                        assert_eq!(f.encoding, whole.encoding);
                        batches += 1;
                        rows.extend(f.rows);
                        errors.extend(f.errors);
                        Ok(())
                    },
                )
                .unwrap();
                assert_eq!(rows, whole.rows, "step {step}");
                assert_eq!(errors, whole.errors, "step {step}");
                assert!(step > 64 || batches > 3, "{batches} batches");
            }
        }
    }
}
