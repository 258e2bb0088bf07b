//! The records the crawler extracts from government pages: notices, their
//! subjects, renames and closures. These are the domain words of DESIGN.md's
//! glossary and are shared by every crate that stores or shows them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The mark tadoru's bundled mirror puts in every page and data row it
/// invents or retells: data carrying it is demo data, wherever it is crawled
/// from, and anything identified in it is shown as invented.
pub const DEMO_MARKER: &str = "tadoru デモ";

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
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 5] = [
        NoticeKind::EmergencyOrder,
        NoticeKind::ImprovementOrder,
        NoticeKind::SuspensionOrder,
        NoticeKind::LicenceRevocation,
        NoticeKind::ClosureFiling,
    ];

    /// The snake_case code used in the API, facets and URLs.
    pub fn code(self) -> &'static str {
        match self {
            NoticeKind::EmergencyOrder => "emergency_order",
            NoticeKind::ImprovementOrder => "improvement_order",
            NoticeKind::SuspensionOrder => "suspension_order",
            NoticeKind::LicenceRevocation => "licence_revocation",
            NoticeKind::ClosureFiling => "closure_filing",
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
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Clinic => "clinic",
            Role::CellProcessingFacility => "cell_processing_facility",
            Role::Operator => "operator",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        [Role::Clinic, Role::CellProcessingFacility, Role::Operator]
            .into_iter()
            .find(|r| r.code() == code)
    }

    pub fn ja(self) -> &'static str {
        match self {
            Role::Clinic => "医療機関",
            Role::CellProcessingFacility => "細胞培養加工施設",
            Role::Operator => "法人（開設者・製造事業者）",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Role::Clinic => "clinic",
            Role::CellProcessingFacility => "cell processing facility",
            Role::Operator => "operator (legal entity)",
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
    /// The date the rename took effect or was filed, where the page gives it.
    pub on: Option<NaiveDate>,
}

/// A closure (廃止) of a named party stated by a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub name: String,
    pub on: Option<NaiveDate>,
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
    /// The page's main text, line by line.
    pub text: String,
    /// A short English summary made by tadoru (not a translation of the page).
    pub summary_en: String,
    /// Which part of the page this notice comes from: `None` for the page's own
    /// notice, `Some("closure")` for a closure reported as an addendum.
    pub part: Option<String>,
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
