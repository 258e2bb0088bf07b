//! What a label is. Bureaus print their entries as labelled rows — `所 在 地
//! X`, `氏名：X`, `【施設名】X`, `(3) 細胞培養加工施設の名称 X`, a `<dt>` over
//! its `<dd>` — and no two bureaus use the same words. A label is a short
//! noun phrase at the start of a row whose head noun says what the value is:
//! `…者` a party (許可を受けていた者, 届出者), `…名称` a name, `…所在地` a place,
//! `…番号` a number, `…日` a date, `…条文` the basis. The known labels are
//! listed (`LABELS`, spaces allowed between their characters); a label
//! nobody listed is read by its head noun (`label_class`), and one whose
//! head says nothing tadoru keeps (停止の期間, 理由) still ends the value
//! before it.

use std::sync::LazyLock;

use regex::Regex;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("static regex {pattern}: {e}"))
}

/// The labels entries are written with. Spaces may sit between the
/// characters (`所 在 地`); synonyms are folded by `canonical_label`.
pub(crate) const LABELS: &[&str] = &[
    "再生医療等提供計画の名称",
    "変更前の医療機関名",
    "変更前の商号",
    "変更前の名称",
    "細胞培養加工施設の名称",
    "主たる事務所の所在地",
    "提供計画の名称",
    "処分を受けた者",
    "被処分者",
    "開設者兼管理者",
    "処分年月日",
    "取消しの理由",
    "処分の理由",
    "施設の所在地",
    "中止年月日",
    "中止日",
    "根拠条項",
    "根拠条文",
    "代表者等",
    "製造所",
    "再生医療等提供機関の名称",
    "医療機関の名称",
    "施設の名称",
    "医療機関名",
    "製造事業者",
    "実施責任者",
    "代表取締役",
    "廃止年月日",
    "中止した再生医療等提供計画の名称",
    "廃止した再生医療等提供計画の名称",
    "中止した再生医療等提供計画",
    "廃止した再生医療等提供計画",
    "中止した提供計画",
    "廃止した提供計画",
    "中止した計画",
    "診療所の廃止日",
    "廃止した計画",
    "変更年月日",
    "名称変更日",
    "処分の内容",
    "新名称",
    "処分日",
    "備考",
    "処分内容",
    "届出者",
    "施設番号",
    "代表理事",
    "旧名称",
    "旧商号",
    "開設者",
    "設置者",
    "所在地",
    "計画名",
    "施設名",
    "失効日",
    "管理者",
    "理事長",
    "代表者",
    "氏名",
    "名称",
    "住所",
    "院長",
    "区分",
    "細胞培養加工施設",
    "再生医療等提供計画",
    "医療機関",
    UNKNOWN,
];

/// The label a row written with a label nobody listed is given: it ends
/// the value before it, and its own value is kept by no field.
pub(crate) const UNKNOWN: &str = "その他の項目";

/// Labels that count only at the start of a line (they are also words a
/// value may hold: `区分 細胞培養加工施設`, `…再生医療等提供計画 …`).
const LINE_LABELS: &[&str] = &[
    "区分",
    "細胞培養加工施設",
    "再生医療等提供計画",
    "医療機関",
    UNKNOWN,
];

/// Labels that name a person holding a position in the entry.
pub(crate) const PERSON_LABELS: &[&str] = &[
    "開設者兼管理者",
    "管理者",
    "実施責任者",
    "院長",
    "理事長",
    "代表取締役",
    "代表理事",
    "代表者",
];

pub(crate) static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<String> = LABELS
        .iter()
        .map(|l| {
            let chars = l
                .chars()
                .map(|c| regex::escape(&c.to_string()))
                .collect::<Vec<_>>()
                .join(r"\s?");
            if LINE_LABELS.contains(l) {
                format!("(?m:^){chars}")
            } else {
                chars
            }
        })
        .collect();
    re(&format!(
        r"(?:(?m:^)|\s)({})(?:\s*:\s*|\s*\n|\s+|$)",
        alternatives.join("|")
    ))
});

/// A label as written, without the spaces set between its characters.
pub(crate) fn canonical_key(label: &str) -> String {
    label.chars().filter(|c| !c.is_whitespace()).collect()
}

/// One name for each label and its synonyms.
pub(crate) fn canonical_label(label: &str) -> String {
    let l: String = canonical_key(label);
    match l.as_str() {
        "細胞培養加工施設の名称" | "施設の名称" | "製造所" | "細胞培養加工施設" => {
            "施設名".into()
        }
        "再生医療等提供計画の名称" | "提供計画の名称" | "再生医療等提供計画" => {
            "計画名".into()
        }
        "施設の所在地" => "所在地".into(),
        "主たる事務所の所在地" => "事務所".into(),
        "処分を受けた者" | "被処分者" => "名称".into(),
        "処分年月日" => "処分日".into(),
        "中止日" => "中止年月日".into(),
        "根拠条項" | "根拠条文" => "処分内容".into(),
        "代表者等" => "代表者".into(),
        "取消しの理由" | "処分の理由" => "理由".into(),
        "再生医療等提供機関の名称" | "医療機関の名称" | "医療機関" => {
            "医療機関名".into()
        }
        "住所" => "所在地".into(),
        "失効日" => "廃止年月日".into(),
        "製造事業者" | "開設者" | "届出者" | "設置者" => "運営者".into(),
        "処分の内容" => "処分内容".into(),
        "名称変更日" => "変更年月日".into(),
        "変更前の商号" => "旧商号".into(),
        "変更前の名称" | "変更前の医療機関名" => "旧名称".into(),
        _ if (l.starts_with("中止した") || l.starts_with("廃止した")) && l.contains("計画") => {
            "計画名".into()
        }
        "診療所の廃止日" => "廃止年月日".into(),
        _ => l,
    }
}

/// Positions a `…者` label may name: a person's, not a party's.
const PERSON_HEADS: &[&str] = &["管理者", "代表者", "責任者", "担当者", "院長", "理事長"];

/// The listed label a label nobody listed stands for, read by its head noun
/// (the end of the phrase, as Japanese puts it last): `許可を受けていた者` a
/// party addressed (名称), `特定細胞加工物等製造事業者` the operator,
/// `細胞培養加工施設の所在地` a place, `名称変更日` a date of rename. `None`
/// when the phrase does not read as a label at all (a name, a sentence).
pub(crate) fn label_class(word: &str) -> Option<&'static str> {
    let w = canonical_key(&crate::names::clean(word));
    let n = w.chars().count();
    if !(2..=16).contains(&n)
        || w.contains(['。', '、', '「', '」', '(', ')', '【', '】'])
        || w.chars().any(|c| c.is_ascii_digit())
        || crate::names::legal_form(&w).is_some()
        // A heading (`…の中止について`), not a label: a label ends in its noun.
        || w.ends_with(|c: char| ('\u{3041}'..='\u{309F}').contains(&c))
        || ["について", "に対", "に関する", "のお知らせ"]
            .iter()
            .any(|x| w.contains(x))
    {
        return None;
    }
    if let Some(l) = LABELS.iter().find(|l| **l == w) {
        return Some(l);
    }

    let ends = |s: &str| w.ends_with(s);
    let has = |s: &str| w.contains(s);
    // `対象医療機関 X`, `対象施設 X`: the party the order is addressed to, by kind.
    if let Some(kind) = w.strip_prefix("対象") {
        if ["医療機関", "提供機関", "再生医療等提供機関", "機関"].contains(&kind)
        {
            return Some("医療機関名");
        }
        if ["施設", "細胞培養加工施設"].contains(&kind) {
            return Some("施設名");
        }
    }
    // `命令を行った者 厚生労働大臣`: who acted, not who was acted on.
    if ends("者")
        && ["行った", "命じた", "処分した", "処分をした"]
            .iter()
            .any(|x| has(x))
    {
        return Some(UNKNOWN);
    }
    Some(if PERSON_HEADS.iter().any(|h| ends(h)) {
        // `施設管理者`, `代表者等`: the position the row names.
        PERSON_HEADS
            .iter()
            .find(|h| ends(h))
            .and_then(|h| LABELS.iter().find(|l| *l == h))
            .copied()
            .unwrap_or(UNKNOWN)
    } else if [
        "事業者",
        "開設者",
        "設置者",
        "届出者",
        "製造者",
        "開設法人",
        "設置法人",
    ]
    .iter()
    .any(|h| ends(h))
    {
        "製造事業者"
    } else if ends("者") || ends("者名") || ends("名宛人") || ends("相手方") {
        "処分を受けた者"
    } else if ends("変更") || ends("改称") || ends("変更履歴") || ends("の経緯") {
        // `名称の変更 A ⇒ B(…)`: a remark telling a change, read for renames.
        "備考"
    } else if has("旧") && (has("名称") || has("商号") || ends("称")) {
        "旧名称"
    } else if has("施設番号") || (has("施設") && ends("番号")) {
        "施設番号"
    } else if ends("日") || ends("年月日") {
        if has("廃止") || has("失効") {
            "廃止年月日"
        } else if has("中止") {
            "中止年月日"
        } else if has("変更") || has("改称") {
            "変更年月日"
        } else if has("処分") || has("命令") {
            "処分日"
        } else {
            UNKNOWN
        }
    } else if ends("計画") || ends("計画名") || ends("計画の名称") {
        "計画名"
    } else if ends("所在地") || ends("住所") {
        "所在地"
    } else if (ends("細胞培養加工施設") || ends("細胞加工施設")) && !has("した") {
        // `院内の細胞培養加工施設 X`: the kind of party names the row.
        "施設名"
    } else if (has("施設") || has("製造所")) && !has("医療機関") && (ends("名称") || ends("名"))
    {
        "施設名"
    } else if (has("医療機関") || has("提供機関") || has("診療所"))
        && !has("施設")
        && (ends("名称") || ends("名"))
    {
        "医療機関名"
    } else if ends("名称") || ends("商号") {
        "名称"
    } else if ends("条項") || ends("条文") || ends("根拠") || ends("根拠法令") {
        "根拠条項"
    } else if ends("内容") && has("処分") {
        "処分内容"
    } else if [
        "期間",
        "範囲",
        "理由",
        "内容",
        "事項",
        "概要",
        "経緯",
        "区分",
        "種別",
        "番号",
        "連絡先",
    ]
    .iter()
    .any(|h| ends(h))
    {
        UNKNOWN
    } else {
        return None;
    })
}

/// `１．`, `(1)`, `①` (NFKC: `1`), `第1`, `(ア)`, `■`: the numbering or mark a row
/// opens with, and the rest of the row.
static NUMBERING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:第\s*[0-9]{1,2}\s*|[0-9]{1,2}\s*[.、)．]?\s*|\(\s*[0-9]{1,2}\s*\)\s*|\(\s*[ア-ン]\s*\)\s*|[◆●■◇□]\s*)([^\s0-9].*)$",
    )
});

/// A row without the numbering or mark it opens with.
pub(crate) fn strip_numbering(line: &str) -> &str {
    NUMBERING
        .captures(line)
        .and_then(|c| c.get(1))
        .map_or(line, |m| m.as_str())
}

/// `【停止の期間】X`, `許可を受けていた者 X`, `届出日：X`: a row opening with a
/// label (listed or read by its head noun), written as `<listed label> X` so
/// that the rows read alike. `unknown` lets a label of no class through as
/// `UNKNOWN` (inside a section of entries, where every row is labelled).
pub(crate) fn labelled_row(line: &str, unknown: bool) -> Option<String> {
    let body = strip_numbering(line);
    // `■医療機関 X`, `(ウ)施設 X`: a marked row whose label is the kind of party it names.
    if body.len() < line.trim_start().len()
        && let Some((head, value)) = body.split_once(' ')
    {
        let head = canonical_key(head);
        let class = if ["医療機関", "再生医療等提供機関", "提供機関", "診療所"]
            .contains(&head.as_str())
        {
            Some("医療機関名")
        } else if ["施設", "細胞培養加工施設", "製造所"].contains(&head.as_str()) {
            Some("施設名")
        } else {
            None
        };
        if let (Some(class), false) = (class, value.trim().is_empty()) {
            return Some(format!("{class} {}", value.trim()));
        }
    }
    // `【label】value`.
    if let Some(c) = BRACKETED.captures(body) {
        let class = label_class(&c[1])?;
        if class == UNKNOWN && !unknown {
            return None;
        }
        return Some(format!("{class} {}", c[2].trim()));
    }
    // `label：value` / `label:value`.
    if let Some((head, value)) = body.split_once(':')
        && let Some(class) = label_class(head)
        && (class != UNKNOWN || unknown)
    {
        return Some(format!("{class} {}", value.trim()));
    }
    // A label alone, spaced or not (`旧 称`), its value on the lines under it (`<dt>`).
    if let Some(class) = label_class(body)
        && (class != UNKNOWN || unknown)
    {
        return Some(class.to_string());
    }
    // `再生医療等提供機関 X`: the kind of party as the label, as `医療機関 X` is
    // (a quoted name after it is a press release's list of addressees,
    // `1.再生医療等提供機関:「X」(東京都渋谷区) 院長:Y`, read as prose).
    if let Some((head, value)) = body.split_once([' ', ':'])
        && !value.trim().is_empty()
        && !value.trim_start().starts_with(['「', '『'])
        && let Some(class) = party_kind(head)
    {
        return Some(format!("{class} {}", value.trim()));
    }
    // `label value`: the label is the row's first word, or its first
    // characters set apart by spaces (`開 設 法 人 X`).
    let words: Vec<&str> = body.split(' ').collect();
    let spaced = words.iter().take_while(|w| w.chars().count() == 1).count();
    let heads = [(spaced >= 2).then_some(spaced), Some(1)];
    for k in heads.into_iter().flatten() {
        if k >= words.len() {
            continue;
        }
        if let Some(class) = label_class(&words[..k].concat())
            && (class != UNKNOWN || unknown)
        {
            return Some(format!("{class} {}", words[k..].join(" ").trim()));
        }
    }
    None
}

/// A kind of party written as a row's label (`再生医療等提供機関 X`), as a
/// label with a value only: alone on its line it is a category heading.
fn party_kind(word: &str) -> Option<&'static str> {
    ["再生医療等提供機関", "提供機関", "診療所"]
        .contains(&canonical_key(word).as_str())
        .then_some("医療機関名")
}

/// `【label】value`, `<label> value` (＜＞ after NFKC), `〈label〉value`, `[label]value`.
static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[【<〈\[]([^】>〉\]]{2,16})[】>〉\]]\s*(\S.*)$"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_nobody_listed_read_by_their_head_noun() {
        assert_eq!(label_class("許可を受けていた者"), Some("処分を受けた者"));
        assert_eq!(
            label_class("特定細胞加工物等製造事業者"),
            Some("製造事業者")
        );
        assert_eq!(label_class("事業者"), Some("製造事業者"));
        assert_eq!(label_class("名称変更日"), Some("名称変更日"));
        assert_eq!(label_class("届出日"), Some(UNKNOWN));
        assert_eq!(label_class("停止の期間"), Some(UNKNOWN));
        assert_eq!(label_class("根拠条文"), Some("根拠条文"));
        assert_eq!(label_class("細胞培養加工施設の所在地"), Some("所在地"));
        assert_eq!(label_class("施設管理者"), Some("管理者"));
        // A column of clinics and facilities alike: its 区分 says which.
        assert_eq!(label_class("施設・医療機関の名称"), Some("名称"));
        assert_eq!(label_class("医療法人 輝鳳会"), None);
        assert_eq!(label_class("ぎふ長良川クリニック"), None);
        assert_eq!(label_class("追記"), None);
        assert_eq!(label_class("再生医療等提供計画の中止について"), None);
        assert_eq!(label_class("再生医療等提供計画の中止"), None);
        assert_eq!(label_class("対象となる再生医療等提供計画"), Some("計画名"));
    }

    #[test]
    fn rows_opening_with_a_label() {
        assert_eq!(
            labelled_row("(1) 許可を受けていた者 ノースバイオ株式会社", false).as_deref(),
            Some("処分を受けた者 ノースバイオ株式会社")
        );
        assert_eq!(
            labelled_row("【事業者】株式会社X", false).as_deref(),
            Some("製造事業者 株式会社X")
        );
        assert_eq!(
            labelled_row("【停止の期間】令和8年2月16日から", false),
            None
        );
        assert_eq!(
            labelled_row("【停止の期間】令和8年2月16日から", true).as_deref(),
            Some("その他の項目 令和8年2月16日から")
        );
        assert_eq!(labelled_row("【追記】「X」は廃止した", true), None);
        assert_eq!(
            labelled_row("届出日:令和7年5月9日", true).as_deref(),
            Some("その他の項目 令和7年5月9日")
        );
        assert_eq!(labelled_row("1 自己脂肪由来幹細胞を用いた治療", true), None);
        assert_eq!(
            labelled_row("開 設 法 人 医療法人 X会", false).as_deref(),
            Some("製造事業者 医療法人 X会")
        );
        assert_eq!(labelled_row("旧 称", false).as_deref(), Some("旧名称"));
    }
}
