//! One row of the National Tax Agency's corporate-number file as the log
//! keeps it, and the meaning of its codes (SOURCES.md §4). Reading the file
//! is the crawler's (`tadoru_crawler::nta`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One row of an NTA file: one event in a corporation's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NtaRow {
    pub sequence_number: u64,
    pub corporate_number: String,
    /// Process code: 01 new, 11 name change, 12/13 address change, 21 closed,
    /// 22 restored, 71 absorption merger, 72 merger annulled, 81 trade-name
    /// registration deleted, 99 deleted.
    pub process: String,
    /// True when this row corrects an earlier one.
    pub correct: bool,
    pub update_date: Option<NaiveDate>,
    pub change_date: Option<NaiveDate>,
    pub name: String,
    /// 101 national body … 301 株式会社 … 399 other registered corporation.
    pub kind: String,
    pub prefecture: String,
    pub city: String,
    pub street: String,
    pub post_code: String,
    pub address_outside: String,
    pub close_date: Option<NaiveDate>,
    /// 01 liquidation completed, 11 dissolved by merger, 21 closed by the registrar, 31 other.
    pub close_cause: String,
    pub successor_corporate_number: String,
    pub change_cause: String,
    pub assignment_date: Option<NaiveDate>,
    /// True for the latest record of the corporation, false for history.
    pub latest: bool,
    pub en_name: String,
    pub furigana: String,
    /// True when the corporation is excluded from search (非表示).
    pub hihyoji: bool,
    /// The row carries tadoru's demo marker: its identifiers are invented.
    #[serde(default)]
    pub demo: bool,
}

/// The meaning of a process code, in English.
pub fn process_en(code: &str) -> &'static str {
    match code {
        "01" => "new registration",
        "11" => "name change",
        "12" => "domestic address change",
        "13" => "foreign address change",
        "21" => "register closed",
        "22" => "register restored",
        "71" => "absorption merger",
        "72" => "merger annulled",
        "81" => "trade-name registration deleted",
        "99" => "deleted",
        _ => "unknown process",
    }
}

/// The meaning of a close-cause code, in English.
pub fn close_cause_en(code: &str) -> &'static str {
    match code {
        "01" => "liquidation completed",
        "11" => "dissolved by merger",
        "21" => "closed by the registrar",
        "31" => "other liquidation",
        _ => "unknown cause",
    }
}

/// The meaning of a process code (処理区分), as the NTA's own pages word it.
pub fn process_ja(code: &str) -> &'static str {
    match code {
        "01" => "新規",
        "11" => "商号又は名称の変更",
        "12" => "国内所在地の変更",
        "13" => "国外所在地の変更",
        "21" => "登記記録の閉鎖等",
        "22" => "登記記録の復活等",
        "71" => "吸収合併",
        "72" => "吸収合併無効",
        "81" => "商号の登記の抹消",
        "99" => "削除",
        _ => "不明な処理区分",
    }
}

/// The meaning of a close-cause code (登記記録の閉鎖等の事由), in Japanese.
pub fn close_cause_ja(code: &str) -> &'static str {
    match code {
        "01" => "清算の結了等",
        "11" => "合併による解散等",
        "21" => "登記官による閉鎖",
        "31" => "その他の清算の結了等",
        _ => "不明な事由",
    }
}
