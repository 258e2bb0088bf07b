//! HTML to lines of text and links. Pages are reduced to their visible text,
//! one block element per line, so that extractors can work on the labelled
//! lines government notices are written in. Traversal is iterative: a hostile
//! page with deep nesting cannot overflow the stack.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::chrome::Chrome;

/// The visible text of a page and its links.
#[derive(Debug, Clone, Default)]
pub struct PageText {
    /// Text of `<title>`.
    pub title: String,
    /// Text of the first `<h1>`, even one inside the site's `<header>`.
    pub h1: String,
    /// Visible text, one block per line, lines trimmed, blank lines dropped.
    pub lines: Vec<String>,
    /// `(href, anchor text)` in document order.
    pub links: Vec<(String, String)>,
    /// Lines of the site's `<header>` outside its navigation: some sites set
    /// the page's date line and heading there (`<header><p>令和8年2月6日</p>
    /// <h1>…</h1></header>`). Not page content, but the date is the page's.
    pub header: Vec<String>,
    /// Every table of the page content: rows of cell texts, in order, as a
    /// grid — a cell spanning rows or columns (`rowspan`, `colspan`) fills
    /// every place it covers, so each column holds one field.
    pub tables: Vec<Vec<Vec<String>>>,
}

const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
];
/// Not page content: scripts and styles. The site's own header, navigation,
/// sidebars and footer, which repeat on every page, are `chrome`.
const SKIP: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Element nesting beyond this is refused: html5ever's tree builder checks
/// scope by walking the stack of open elements, so a hostile page of a million
/// nested `<div>`s would take quadratic time. Real notices nest a few dozen deep.
pub const MAX_DEPTH: usize = 1_000;

/// A page nested too deeply to be parsed safely.
#[derive(Debug, thiserror::Error)]
#[error("page nests elements at least {depth} deep, more than the limit of {MAX_DEPTH}")]
pub struct TooDeep {
    pub depth: usize,
}

/// Elements that are void or whose end tag is usually left out: they do not
/// deepen the estimate of nesting.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta",
    "option", "p", "source", "td", "th", "tr", "track", "wbr", "!doctype", "!--",
];

/// A quick upper estimate of how deep elements nest, from the tags alone.
pub fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!' || **b == b'-')
            .count();
        if len == 0 {
            continue;
        }
        let name = html[start..start + len].to_ascii_lowercase();
        if FLAT.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let self_closing = bytes[start..]
                .iter()
                .position(|&b| b == b'>')
                .is_some_and(|e| e > 0 && bytes[start + e - 1] == b'/');
            if !self_closing {
                depth += 1;
                max = max.max(depth);
            }
        }
    }
    max
}

/// Parses `html` and returns its text and links.
pub fn page_text(html: &str) -> Result<PageText, TooDeep> {
    let depth = nesting_depth(html);
    if depth > MAX_DEPTH {
        return Err(TooDeep { depth });
    }
    let doc = Html::parse_document(html);
    let chrome = crate::chrome::chrome(&doc);
    let mut out = PageText::default();
    let mut current = String::new();
    let mut all_lines = Vec::new();
    let mut skip_depth = 0usize;
    let mut in_title = false;
    let mut h1_depth: Option<usize> = None;
    let mut depth = 0usize;
    let mut anchor: Option<(String, String)> = None;
    // Tables being read (nested tables stack), and the cell being read.
    let mut tables: Vec<Vec<Vec<Cell>>> = Vec::new();
    let mut cell: Option<String> = None;
    let mut span = (1usize, 1usize);
    // Inside `<header>`, and inside something skipped within it (`<nav>`).
    let (mut in_header, mut skipped_in_header) = (0usize, 0usize);
    // Per open element: (skipped, inside the site's header, skipped inside it).
    let mut open: Vec<(bool, bool, bool)> = Vec::new();
    let mut header_current = String::new();
    // Inside `<pre>`: its text keeps its own line breaks (a body printed as
    // plain text, one line of the letter a line of the page).
    let mut pre = 0usize;
    // The line a `<dt>` just made: the `<dd>` after it is its value, read
    // on one line with it (`医療機関` over `Xクリニック` is `医療機関 Xクリニック`).
    let mut term: Option<usize> = None;

    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    depth += 1;
                    let name = el.name();
                    if name == "title" {
                        in_title = true;
                    }
                    if name == "pre" {
                        pre += 1;
                    }
                    let chrome = chrome.get(&node.id()).copied();
                    // A header inside other chrome (a footer's) is not the site's.
                    let header = chrome == Some(Chrome::Header) && skip_depth == 0;
                    let skipped = SKIP.contains(&name) || chrome.is_some();
                    if skipped {
                        skip_depth += 1;
                    }
                    let in_site_header = header || in_header > 0;
                    let skipped_in_it = in_site_header && skipped && !header;
                    if in_site_header {
                        in_header += 1;
                    }
                    if skipped_in_it {
                        skipped_in_header += 1;
                    }
                    open.push((skipped, in_site_header, skipped_in_it));
                    if name == "h1" && out.h1.is_empty() && h1_depth.is_none() {
                        h1_depth = Some(depth);
                    }
                    if name == "a"
                        && let Some(href) = el.attr("href")
                    {
                        anchor = Some((href.trim().to_string(), String::new()));
                    }
                    if skip_depth == 0 {
                        match name {
                            "table" => tables.push(Vec::new()),
                            "tr" => {
                                if let Some(t) = tables.last_mut() {
                                    t.push(Vec::new());
                                }
                            }
                            "td" | "th" => {
                                cell = Some(String::new());
                                let n = |a: &str| {
                                    el.attr(a)
                                        .and_then(|v| v.trim().parse::<usize>().ok())
                                        .map_or(1, |v| v.clamp(1, MAX_SPAN))
                                };
                                span = (n("rowspan"), n("colspan"));
                            }
                            // A line break inside a cell separates its parts.
                            "br" | "p" | "div" | "li" => {
                                if let Some(c) = cell.as_mut() {
                                    c.push('\n');
                                }
                            }
                            _ => {}
                        }
                    }
                    if BLOCK.contains(&name) {
                        flush(&mut current, &mut all_lines);
                        flush(&mut header_current, &mut out.header);
                        if name == "dd"
                            && skip_depth == 0
                            && term.is_some_and(|t| t + 1 == all_lines.len())
                            && let Some(label) = all_lines.pop()
                        {
                            current = format!("{label} ");
                        }
                        term = None;
                    } else if name == "td" || name == "th" {
                        current.push(' ');
                    }
                }
                Node::Text(t) => {
                    if in_title {
                        out.title.push_str(t);
                    }
                    if in_header > 0 && skipped_in_header == 0 {
                        header_current.push_str(t);
                    }
                    // Links in navigation are still links (listing pages are found through them).
                    if skip_depth > 0
                        && let Some((_, text)) = anchor.as_mut()
                    {
                        text.push_str(t);
                    }
                    // A heading inside site chrome (`<header><h1>…`) still names the page.
                    if h1_depth.is_some() {
                        out.h1.push_str(t);
                    }
                    if skip_depth == 0 {
                        if let Some(c) = cell.as_mut() {
                            c.push_str(t);
                        }
                        if pre > 0 && cell.is_none() {
                            let mut parts = t.split('\n');
                            current.push_str(parts.next().unwrap_or_default());
                            for part in parts {
                                flush(&mut current, &mut all_lines);
                                current.push_str(part);
                            }
                        } else {
                            current.push_str(t);
                        }
                        if let Some((_, text)) = anchor.as_mut() {
                            text.push_str(t);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if name == "title" {
                        in_title = false;
                    }
                    if name == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    let (skipped, in_site_header, skipped_in_it) = open.pop().unwrap_or_default();
                    if skipped {
                        skip_depth = skip_depth.saturating_sub(1);
                    }
                    if in_site_header {
                        in_header = in_header.saturating_sub(1);
                    }
                    if skipped_in_it {
                        skipped_in_header = skipped_in_header.saturating_sub(1);
                    }
                    if h1_depth == Some(depth) && name == "h1" {
                        h1_depth = None;
                    }
                    if name == "a"
                        && let Some((href, text)) = anchor.take()
                    {
                        out.links.push((href, squash(&text)));
                    }
                    if (name == "td" || name == "th")
                        && skip_depth == 0
                        && let (Some(c), Some(row)) =
                            (cell.take(), tables.last_mut().and_then(|t| t.last_mut()))
                    {
                        let parts: Vec<String> =
                            c.lines().map(squash).filter(|l| !l.is_empty()).collect();
                        row.push(Cell {
                            text: parts.join("\n"),
                            rows: span.0,
                            cols: span.1,
                        });
                    }
                    if name == "table"
                        && skip_depth == 0
                        && let Some(t) = tables.pop()
                    {
                        out.tables.push(grid(t));
                    }
                    if BLOCK.contains(&name) {
                        let before = all_lines.len();
                        flush(&mut current, &mut all_lines);
                        flush(&mut header_current, &mut out.header);
                        term = (name == "dt" && skip_depth == 0 && all_lines.len() > before)
                            .then(|| all_lines.len() - 1);
                    }
                    depth = depth.saturating_sub(1);
                }
            }
        }
    }
    flush(&mut current, &mut all_lines);
    out.title = squash(&out.title);
    out.h1 = squash(&out.h1);
    out.lines = all_lines;
    Ok(out)
}

/// A table cell as written: its text and how many rows and columns it spans.
struct Cell {
    text: String,
    rows: usize,
    cols: usize,
}

/// Spans beyond this are read as this (a hostile `colspan=1000000`).
const MAX_SPAN: usize = 64;

/// The rows of a table as a grid: a spanning cell is repeated in every
/// place it covers (HTML's table model, simplified), empty rows dropped.
fn grid(rows: Vec<Vec<Cell>>) -> Vec<Vec<String>> {
    let rows: Vec<Vec<Cell>> = rows.into_iter().filter(|r| !r.is_empty()).collect();
    let mut out: Vec<Vec<Option<String>>> = vec![Vec::new(); rows.len()];
    // Places a table may fill: a page of hostile spans costs no more than this.
    let mut budget = 200_000usize;
    for (r, row) in rows.iter().enumerate() {
        let mut c = 0;
        for cell in row {
            while out[r].get(c).is_some_and(Option::is_some) {
                c += 1;
            }
            for place in out.iter_mut().skip(r).take(cell.rows) {
                for k in c..c + cell.cols {
                    if place.len() <= k {
                        place.resize(k + 1, None);
                    }
                    if place[k].is_none() && budget > 0 {
                        budget -= 1;
                        place[k] = Some(cell.text.clone());
                    }
                }
            }
            c += cell.cols;
        }
    }
    out.into_iter()
        .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
        .collect()
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = squash(current);
    if !line.is_empty() {
        lines.push(line);
    }
    current.clear();
}

/// Collapses runs of whitespace (including U+3000) to one ASCII space and trims.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_links_are_kept() {
        let p = page_text(
            "<html><head><title> 題名 </title><script>var x='<p>no</p>';</script></head>\
             <body><h1>緊急命令<span>について</span></h1><p>一行目<br>二行目</p>\
             <table><tr><td>氏 名</td><td>山田</td></tr></table>\
             <ul><li><a href=\"/a.html\">報道発表 <b>2017年2月</b></a></li></ul></body></html>",
        )
        .unwrap();
        assert_eq!(p.title, "題名");
        assert_eq!(p.h1, "緊急命令について");
        assert_eq!(
            p.lines,
            vec![
                "緊急命令について",
                "一行目",
                "二行目",
                "氏 名 山田",
                "報道発表 2017年2月"
            ]
        );
        assert_eq!(
            p.links,
            vec![("/a.html".to_string(), "報道発表 2017年2月".to_string())]
        );
    }

    #[test]
    fn spanning_cells_fill_the_grid() {
        let p = page_text(
            "<table><tr><th rowspan=2>区分</th><th colspan=2>被処分者</th><th rowspan=\"2\">所在地</th></tr>\
             <tr><th>名称</th><th>代表者等</th></tr>\
             <tr><td>A</td><td>B</td><td>C</td><td>D</td></tr></table>",
        )
        .unwrap();
        assert_eq!(
            p.tables[0],
            vec![
                vec!["区分", "被処分者", "被処分者", "所在地"],
                vec!["区分", "名称", "代表者等", "所在地"],
                vec!["A", "B", "C", "D"],
            ]
        );
        let hostile = page_text("<table><tr><td colspan=99999999>x</td></tr></table>").unwrap();
        assert_eq!(hostile.tables[0][0].len(), MAX_SPAN);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(MAX_DEPTH) + "深い" + &"</div>".repeat(MAX_DEPTH);
        let p = page_text(&html).unwrap();
        assert!(p.lines.iter().any(|l| l == "深い"));
        let hostile = "<div>".repeat(1_000_000);
        let err = page_text(&hostile).unwrap_err();
        assert!(err.depth > MAX_DEPTH);
        assert!(err.to_string().contains("deep"));
    }

    #[test]
    fn unclosed_list_items_do_not_count_as_nesting() {
        let html = "<ul>".to_string() + &"<li><p>項目".repeat(5_000) + "</ul>";
        assert!(nesting_depth(&html) < 5);
        assert!(page_text(&html).is_ok());
    }

    #[test]
    fn squash_folds_ideographic_space() {
        assert_eq!(
            squash("\u{3000}医療法人\u{3000} 輝鳳会\n"),
            "医療法人 輝鳳会"
        );
    }
}
