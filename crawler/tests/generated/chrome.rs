//! What real sites put around a notice, for the composed pages to wear: the
//! site's header and mega-menu, a breadcrumb, share buttons, a sidebar, a
//! related-links list and a footer — in HTML's own elements, in `<div>`s a
//! site names (`id="side"`, `class="gnav"`), or in an old table layout whose
//! menu is a cell of links — with clinics named in them (a scam warning, a
//! list of examples) that are nobody's party, and the page's date in every
//! form sites print it: era or Western year first, the other calendar's year
//! glossed in parentheses (`令和7年（2025年）10月3日`), full-width digits, a
//! weekday, labelled 掲載日 or 公開日, or only as a 公開日 at the bottom.

use chrono::{Datelike, NaiveDate};

use super::{Rng, width};

/// Clinics and companies the chrome names: never parties.
const DECOYS: &[&str] = &[
    "青山さくら美容クリニック",
    "医療法人社団 翠嵐会 みなと美容外科",
    "銀座ローズ再生クリニック",
    "株式会社セルバンク東京",
];

/// The page's date: a line near the top, or (when `top` is `None`) a
/// labelled 公開日 at the bottom of the content.
pub struct DateLine {
    pub top: Option<String>,
    pub bottom: Option<String>,
}

/// The date `on` as a site prints it at the top of a page or at its bottom.
pub fn date_line(on: NaiveDate, rng: &mut Rng) -> DateLine {
    let (y, m, d) = (on.year(), on.month(), on.day());
    let reiwa = y - 2018;
    let era_year = if reiwa == 1 && rng.chance(50) {
        "元".to_string()
    } else {
        reiwa.to_string()
    };
    let (open, close) = *rng.pick(&[("（", "）"), ("(", ")")]);
    let text = match rng.next() % 5 {
        0 => format!("令和{era_year}年{m}月{d}日"),
        1 => format!("令和{era_year}年{open}{y}年{close}{m}月{d}日"),
        2 => format!("{y}年{open}令和{era_year}年{close}{m}月{d}日"),
        3 => format!("{y}年{m}月{d}日"),
        _ => {
            let weekday = ["月", "火", "水", "木", "金", "土", "日"]
                [on.weekday().num_days_from_monday() as usize];
            format!("令和{era_year}年{m}月{d}日{open}{weekday}{close}")
        }
    };
    let text = width(&text, rng);
    match rng.next() % 6 {
        0 => DateLine {
            top: None,
            bottom: Some(format!("<p>公開日：{text}</p>")),
        },
        1 => DateLine {
            top: Some(format!(
                "<p>{}：{text}</p>",
                rng.pick(&["掲載日", "公開日"])
            )),
            bottom: None,
        },
        _ => DateLine {
            top: Some(format!("<p class=\"date\">{text}</p>")),
            bottom: None,
        },
    }
}

/// A mega-menu's items.
const MENU: &[&str] = &[
    "ホーム",
    "組織案内",
    "業務内容",
    "医事",
    "薬事",
    "医療法人",
    "診療所の開設",
    "報道発表",
    "申請・届出",
    "アクセス",
];

fn links(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("<li><a href=\"#\">{i}</a></li>"))
        .collect()
}

/// Links a sidebar or a related-links list carries, naming a clinic or two.
fn related(rng: &mut Rng) -> Vec<String> {
    let decoy = *rng.pick(DECOYS);
    let other = *rng.pick(DECOYS);
    let mut out = vec![
        format!("「{decoy}」を名乗る不審な電話にご注意ください"),
        "再生医療等提供機関の一覧（クリニック・病院）".to_string(),
        format!("{other}（東京都港区）の事例について"),
        "美容医療の施術を受ける前に".to_string(),
    ];
    let k = (rng.next() % out.len() as u64) as usize;
    out.rotate_left(k);
    out
}

/// `body` (the page's content: its date line, heading and notice) inside
/// the chrome of a site, or bare.
pub fn dress(body: &str, title: &str, site: &str, rng: &mut Rng) -> String {
    let related = related(rng);
    let related: Vec<&str> = related.iter().map(String::as_str).collect();
    let footer_address = "〒100-8916 東京都千代田区霞が関1-2-2";
    let inner = match rng.next() % 4 {
        0 => body.to_string(),
        1 => format!(
            "<header class=\"l-header\"><p class=\"m-logo\"><a href=\"/\">{site}</a></p>\
             <div class=\"m-headerUtil\"><a>文字サイズ</a> <a>English</a></div>\
             <nav class=\"l-gnav\"><ul class=\"m-gnav\">{}<li><a>報道・広報</a>\
             <ul class=\"m-gnav__sub\">{}</ul></li></ul></nav></header>\
             <div class=\"l-breadcrumb\"><ol class=\"m-breadcrumb\">{}<li>改善命令について</li></ol></div>\
             <div class=\"l-contents\"><main class=\"l-main\">\
             <div class=\"m-share\"><ul><li><button>印刷</button></li>{}</ul></div>{body}\
             <p class=\"m-pageTop\"><a>ページの先頭へ戻る</a></p></main>\
             <aside class=\"l-sidebar\"><h2>関連情報</h2><ul>{}</ul></aside></div>\
             <footer class=\"l-footer\"><ul class=\"m-footerNav\">{}</ul>\
             <p class=\"m-footerAddress\">{footer_address}</p></footer>",
            links(&MENU[..5]),
            links(&related),
            links(&MENU[..4]),
            links(&["Facebookでシェア", "Xでポスト", "LINEで送る"]),
            links(&related),
            links(&MENU[5..]),
        ),
        2 => format!(
            "<div id=\"header\"><p class=\"logo\"><a>{site}</a></p>\
             <ul class=\"gnav\">{}</ul><p class=\"util\"><a>文字サイズ</a> <a>背景色</a> \
             <a>サイトマップ</a></p></div>\
             <ol id=\"pankuzu\">{}<li>改善命令について</li></ol>\
             <div id=\"wrap\"><div id=\"side\"><p class=\"side_ttl\">医事</p><ul>{}</ul></div>\
             <div id=\"main\"><p class=\"print\"><a>このページを印刷する</a></p>{body}</div></div>\
             <div id=\"footer\"><p>{site} {footer_address}</p><p>Copyright (C) {site}</p></div>",
            links(MENU),
            links(&MENU[..3]),
            links(&related),
        ),
        _ => {
            // An old table layout: a menu cell of links beside the content.
            let menu: String = related
                .iter()
                .chain(&MENU[..4])
                .map(|l| format!("<a href=\"#\">{l}</a><br>"))
                .collect();
            format!(
                "<table width=\"760\"><tr><td colspan=\"2\"><a>{site}</a> ｜ <a>サイトマップ</a> ｜ \
                 <a>English</a></td></tr><tr><td width=\"160\"><b>メニュー</b><br>{menu}</td>\
                 <td width=\"600\">{body}<hr><font size=\"1\">{footer_address}</font></td></tr></table>"
            )
        }
    };
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}｜{site}</title></head>\
         <body>{inner}</body></html>"
    )
}
