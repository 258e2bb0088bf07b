//! The records the crawler extracts from government pages: notices, their
//! subjects, renames and closures. These are the domain words of DESIGN.md's
//! glossary and are shared by every crate that stores or shows them; notice
//! records are written into the statement log, so the serde discipline of
//! the crate's documentation applies to them.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The mark tadoru's bundled mirror puts in every page and data row it
/// invents or retells: data carrying it is demo data, wherever it is crawled
/// from, and anything identified in it is shown as invented.
pub const DEMO_MARKER: &str = "tadoru デモ";

/// A date as a source states it: with its day, or only its year and month
/// (`令和7年12月に改称`). Written and read as ISO 8601 (`2025-12-01`, `2025-12`),
/// so a full date is stored exactly as a `NaiveDate` was before. Dates without
/// a day sort before the dated days of their month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn month(year: i32, month: u32) -> PartialDate {
        PartialDate {
            year,
            month,
            day: None,
        }
    }

    /// The full date, when the day is known.
    pub fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day?)
    }

    /// The first day the date can mean (for sorting and comparing with full dates).
    pub fn earliest(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(d: NaiveDate) -> PartialDate {
        PartialDate {
            year: d.year(),
            month: d.month(),
            day: Some(d.day()),
        }
    }
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{d:02}", self.year, self.month),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = String;

    fn from_str(s: &str) -> Result<PartialDate, String> {
        let bad = || format!("not an ISO date or year-month: {s:?}");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str| p.parse::<u32>().map_err(|_| bad());
        match parts.as_slice() {
            [y, m] => {
                let year = y.parse::<i32>().map_err(|_| bad())?;
                let month = num(m)?;
                NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
                Ok(PartialDate::month(year, month))
            }
            [_, _, _] => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map(PartialDate::from)
                .map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What kind of enforcement action a notice announces (DESIGN.md glossary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// 緊急命令 (法第22条 provision stop; 法第47条 manufacturing stop).
    EmergencyOrder,
    /// 改善命令 (法第23条第1項 provider; 法第48条第2項 manufacturer).
    ImprovementOrder,
    /// 停止命令 / 業務停止命令.
    SuspensionOrder,
    /// 許可の取消し (法第49条).
    LicenceRevocation,
    /// 廃止届.
    ClosureFiling,
    /// 中止届: a provision plan (再生医療等提供計画) was discontinued. The
    /// clinic itself stays open.
    DiscontinuationFiling,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 6] = [
        NoticeKind::EmergencyOrder,
        NoticeKind::ImprovementOrder,
        NoticeKind::SuspensionOrder,
        NoticeKind::LicenceRevocation,
        NoticeKind::ClosureFiling,
        NoticeKind::DiscontinuationFiling,
    ];

    /// The snake_case code used in the API, facets and URLs.
    pub fn code(self) -> &'static str {
        match self {
            NoticeKind::EmergencyOrder => "emergency_order",
            NoticeKind::ImprovementOrder => "improvement_order",
            NoticeKind::SuspensionOrder => "suspension_order",
            NoticeKind::LicenceRevocation => "licence_revocation",
            NoticeKind::ClosureFiling => "closure_filing",
            NoticeKind::DiscontinuationFiling => "discontinuation_filing",
        }
    }

    pub fn from_code(code: &str) -> Option<NoticeKind> {
        NoticeKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn ja(self) -> &'static str {
        match self {
            NoticeKind::EmergencyOrder => "緊急命令",
            NoticeKind::ImprovementOrder => "改善命令",
            NoticeKind::SuspensionOrder => "停止命令",
            NoticeKind::LicenceRevocation => "許可の取消し",
            NoticeKind::ClosureFiling => "廃止届",
            NoticeKind::DiscontinuationFiling => "中止届（提供計画の中止）",
        }
    }

    /// English rendering. Emergency orders under 法第22条/第47条 order a
    /// temporary suspension, so the rendering says so: a search for
    /// "suspension" must find them.
    pub fn en(self) -> &'static str {
        match self {
            NoticeKind::EmergencyOrder => "emergency order",
            NoticeKind::ImprovementOrder => "improvement order",
            NoticeKind::SuspensionOrder => "suspension order",
            NoticeKind::LicenceRevocation => "licence revocation",
            NoticeKind::ClosureFiling => "closure filing",
            NoticeKind::DiscontinuationFiling => "plan discontinuation",
        }
    }

    /// Words a Japanese reader may search for this kind with, however the
    /// notice itself words it (廃止届 for a page that says 廃止の届出).
    pub fn ja_keywords(self) -> &'static str {
        match self {
            NoticeKind::EmergencyOrder => "緊急命令 一時停止 提供の一時停止 製造の一時停止",
            NoticeKind::ImprovementOrder => "改善命令 改善措置命令",
            NoticeKind::SuspensionOrder => "停止命令 業務停止命令 業務停止 提供停止",
            NoticeKind::LicenceRevocation => "許可の取消し 許可取消し 許可取消 取消処分",
            NoticeKind::ClosureFiling => "廃止届 廃止届出 廃止の届出 廃止 閉鎖",
            NoticeKind::DiscontinuationFiling => "中止届 中止届出 中止の届出 提供計画の中止 中止",
        }
    }

    /// Words an English reader may search for this kind with.
    pub fn en_keywords(self) -> &'static str {
        match self {
            NoticeKind::EmergencyOrder => {
                "emergency order temporary suspension stop of provision or manufacturing"
            }
            NoticeKind::ImprovementOrder => "improvement order corrective order",
            NoticeKind::SuspensionOrder => "suspension order business suspension",
            NoticeKind::LicenceRevocation => "licence license revocation revoked cancelled",
            NoticeKind::ClosureFiling => "closure filing closed closure notification",
            NoticeKind::DiscontinuationFiling => {
                "discontinuation filing plan discontinued discontinuance stopped"
            }
        }
    }
}

/// The role a named party plays (DESIGN.md glossary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 医療機関 / 再生医療等提供機関.
    Clinic,
    /// 細胞培養加工施設 of a 特定細胞加工物(等)製造事業者.
    CellProcessingFacility,
    /// 開設者 / 法人: the legal entity.
    Operator,
    /// A person a notice names (管理者, 理事長, 実施責任者), only as printed.
    Person,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Clinic => "clinic",
            Role::CellProcessingFacility => "cell_processing_facility",
            Role::Operator => "operator",
            Role::Person => "person",
        }
    }

    pub const ALL: [Role; 4] = [
        Role::Clinic,
        Role::CellProcessingFacility,
        Role::Operator,
        Role::Person,
    ];

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn ja(self) -> &'static str {
        match self {
            Role::Clinic => "医療機関",
            Role::CellProcessingFacility => "細胞培養加工施設",
            Role::Operator => "法人（開設者・製造事業者）",
            Role::Person => "人物（処分等の文書に記載）",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Role::Clinic => "clinic",
            Role::CellProcessingFacility => "cell processing facility",
            Role::Operator => "operator (legal entity)",
            Role::Person => "person (as named in a notice)",
        }
    }
}

/// A party a notice is addressed to or names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    /// The name as the page writes it (after NFKC), e.g. `医療法人輝鳳会 THE K CLINIC`.
    pub name: String,
    pub role: Role,
    /// The operating legal entity, when the page names it.
    pub operator: Option<String>,
    /// Where it is, as the page gives it (`東京都中央区`).
    pub place: Option<String>,
    /// The full street address as printed (after NFKC), where the page gives one.
    #[serde(default)]
    pub address: Option<String>,
    /// 施設番号 of a cell-processing facility (`FC5140001`), where printed.
    #[serde(default)]
    pub facility_number: Option<String>,
    /// Provision plans (再生医療等提供計画) named for this subject.
    pub plans: Vec<String>,
    /// The articles the action against this subject rests on, where stated per subject.
    pub articles: Vec<String>,
    /// Other spellings of the same name on the same page (`コージンバイオ社 …`).
    #[serde(default)]
    pub spellings: Vec<String>,
}

/// A rename stated by a page: 「旧名称：X」, 「（旧：X）」, 「Xから名称変更」.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rename {
    pub old: String,
    pub new: String,
    /// The date the rename took effect or was filed, where the page gives it
    /// (possibly only year and month).
    pub on: Option<PartialDate>,
}

/// A closure (廃止) of a named party stated by a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub name: String,
    pub on: Option<PartialDate>,
}

/// A person a notice names, with the position it gives them: only names the
/// notice itself prints, never inferred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name as printed (white space kept as one space: `橋口 華子`).
    pub name: String,
    /// The position as the notice writes it: 管理者, 理事長, 実施責任者, 代表者 …
    pub title: String,
    /// The subject (clinic, facility or operator) they are named with.
    pub of: String,
}

impl Person {
    /// English rendering of the position.
    pub fn title_en(&self) -> &'static str {
        match self.title.as_str() {
            "管理者" => "manager",
            "理事長" => "chairperson",
            "実施責任者" => "responsible physician",
            "院長" => "director",
            "施設長" => "facility director",
            "代表理事" => "representative director",
            "代表取締役" => "representative director",
            _ => "representative",
        }
    }
}

/// One enforcement notice as extracted from one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRecord {
    pub kind: NoticeKind,
    /// Issuing authority: 厚生労働省 or a regional bureau (関東信越厚生局 …).
    pub authority: String,
    pub issued_on: Option<NaiveDate>,
    pub title: String,
    /// Articles of the Act cited as the basis, normalized as `法第48条第2項`.
    pub articles: Vec<String>,
    /// Articles the page says were violated (`法第4条第1項`).
    pub violations: Vec<String>,
    pub subjects: Vec<Subject>,
    /// Plans named on the page (the union over subjects and plan sections).
    pub plans: Vec<String>,
    pub renames: Vec<Rename>,
    pub closures: Vec<Closure>,
    /// People the notice names (管理者, 理事長, 実施責任者).
    #[serde(default)]
    pub persons: Vec<Person>,
    /// The page's main text, line by line.
    pub text: String,
    /// A short English summary made by tadoru (not a translation of the page).
    pub summary_en: String,
    /// Which part of the page this notice comes from: `None` for the page's own
    /// notice, `Some("closure")` for a closure reported as an addendum.
    pub part: Option<String>,
    /// The files the page links as its details (別添, 概要: PDFs), fetched,
    /// kept as evidence and read. Absent from statements written before
    /// attachments were fetched, and from those of pages that link none, so
    /// those statements read and hash as they always did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A file a notice page links as its details (別添, 概要), as the crawl
/// found it: where it was, what was kept, and whether its text could be
/// read (and by which reader) or why not. The text is searched with the
/// notice; the kept bytes are the evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The link's text on the notice page (`別添（PDF：123KB）`).
    pub title: String,
    /// The address the bytes came from (after redirects), or the link's
    /// address when nothing was fetched.
    pub url: String,
    /// sha256 of the bytes kept as evidence; `None` when nothing was fetched
    /// (outside the allowed hosts, refused by robots.txt, a network error).
    #[serde(default)]
    pub sha256: Option<String>,
    /// Bytes kept (the beginning only, for a file over the size limit).
    #[serde(default)]
    pub len: u64,
    #[serde(default)]
    pub content_type: Option<String>,
    /// The text read from it, when a reader could.
    #[serde(default)]
    pub text: Option<String>,
    /// Which reader read the text.
    #[serde(default)]
    pub reader: Option<TextReader>,
    /// What else is worth knowing (why the first reader was not used, a cut).
    #[serde(default)]
    pub note: Option<String>,
    /// Why there is no text: never fetched, not a PDF, too large, unreadable.
    #[serde(default)]
    pub error: Option<String>,
}

/// Which reader produced an attachment's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextReader {
    /// The `pdf-extract` crate, in process.
    PdfExtract,
    /// poppler's `pdftotext`.
    Pdftotext,
}

impl TextReader {
    pub fn name(self) -> &'static str {
        match self {
            TextReader::PdfExtract => "pdf-extract",
            TextReader::Pdftotext => "pdftotext",
        }
    }
}

/// What the extractor made of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageContent {
    /// A listing page: its links are worth following.
    Listing { title: String },
    /// One or more enforcement notices.
    Notices(Vec<NoticeRecord>),
    /// Anything else (an unrelated press release, a navigation page).
    Other { title: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> NoticeRecord {
        NoticeRecord {
            kind: NoticeKind::ImprovementOrder,
            authority: "厚生労働省".into(),
            issued_on: NaiveDate::from_ymd_opt(2026, 1, 23),
            title: "改善命令について".into(),
            articles: vec!["法第48条第2項".into()],
            violations: vec![],
            subjects: vec![],
            plans: vec![],
            renames: vec![],
            closures: vec![],
            persons: vec![],
            text: "本文".into(),
            summary_en: String::new(),
            part: None,
            attachments: vec![],
        }
    }

    #[test]
    fn a_notice_without_attachments_is_written_and_read_as_before() {
        // Statements written before attachments existed have no such key,
        // and a notice without any writes none: its statement hashes as it did.
        let json = serde_json::to_value(record()).unwrap();
        assert!(json.get("attachments").is_none(), "{json}");
        let read: NoticeRecord = serde_json::from_value(json).unwrap();
        assert_eq!(read, record());
    }

    #[test]
    fn attachments_round_trip() {
        let mut r = record();
        r.attachments.push(Attachment {
            title: "別添（PDF：7KB）".into(),
            url: "https://www.mhlw.go.jp/content/001234561.pdf".into(),
            sha256: Some("ab".repeat(32)),
            len: 6349,
            content_type: Some("application/pdf".into()),
            text: Some("逸脱管理".into()),
            reader: Some(TextReader::Pdftotext),
            note: Some("pdf-extract: panicked (unsupported encoding)".into()),
            error: None,
        });
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["attachments"][0]["reader"], "pdftotext");
        let read: NoticeRecord = serde_json::from_value(json).unwrap();
        assert_eq!(read, r);
    }
}
