//! Site chrome: the parts of a page every page of its site repeats — the
//! header, menus, breadcrumbs, sidebars, share buttons and footer. They are
//! not the notice, and the clinics they name (a related-links list, a scam
//! warning in a sidebar) are nobody's parties. Sites mark them in three
//! ways, and all three are read: HTML's own elements (`<header>`, `<nav>`,
//! `<aside>`, `<footer>`), the class or id a site gives its layout blocks
//! (`<div id="side">`, `<ol class="m-breadcrumb">`, `<ul class="gnav">`), and,
//! on old table layouts that name nothing, a block that is nothing but links
//! (a menu cell of `<a>…</a><br>` lines).

use std::collections::HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// What a block of site chrome is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    /// The site's header: skipped, but its lines outside its menus are kept
    /// apart, since some sites set the page's date line there.
    Header,
    /// Navigation, sidebars, breadcrumbs, footers, link lists: skipped.
    Other,
}

/// Elements that are chrome by their name (HTML's sectioning elements).
fn by_tag(name: &str) -> Option<Chrome> {
    match name {
        "header" => Some(Chrome::Header),
        "nav" | "aside" | "footer" => Some(Chrome::Other),
        _ => None,
    }
}

/// Words a site's class or id names chrome with, whole (`side`, `menu`) or
/// as the head of a word (`headerUtil`, `footerNav`, `gnavi`, `sidebar`).
const HEADER_WORDS: &[&str] = &["header"];
const CHROME_HEADS: &[&str] = &[
    "footer",
    "gnav",
    "globalnav",
    "localnav",
    "breadcrumb",
    "pankuzu",
    "topicpath",
    "sidebar",
    "pagetop",
    "copyright",
];
const CHROME_WORDS: &[&str] = &[
    "nav", "navi", "menu", "side", "util", "share", "sns", "search", "related",
];

/// Chrome by the class or id a site gave the block: each is split into
/// words at `-`, `_` and spaces (`m-gnav__sub` → m, gnav, sub).
fn by_name(el: &scraper::node::Element) -> Option<Chrome> {
    let mut words = el
        .attr("class")
        .into_iter()
        .chain(el.attr("id"))
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    let mut found = None;
    for w in words.by_ref() {
        if HEADER_WORDS.iter().any(|h| w.starts_with(h)) {
            // `headerUtil` is a header's menu, not the header itself.
            if w.len() > "header".len() {
                return Some(Chrome::Other);
            }
            found = Some(Chrome::Header);
        } else if CHROME_HEADS.iter().any(|h| w.starts_with(h))
            || CHROME_WORDS.contains(&w.as_str())
        {
            return Some(Chrome::Other);
        }
    }
    found
}

/// Text counted towards a block's link density: letters and digits, not the
/// separators menus put between links (`｜`, `>`, `・`).
fn weight(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// A block that is nothing but links: at least three, and no more than a
/// caption's worth of other text beside them (`メニュー` over its links).
/// Content is never that: a paragraph that links its 別紙 says more.
fn is_link_block(links: usize, linked: usize, unlinked: usize) -> bool {
    const CAPTION: usize = 12;
    links >= 3 && unlinked <= CAPTION && linked >= unlinked * 2
}

/// Block elements a link block may be.
const LINK_BLOCKS: &[&str] = &["ul", "ol", "dl", "td", "th", "div", "p", "table", "tr"];

/// Every element of `doc` that is chrome, nested ones too (a `<nav>` inside
/// the header is the header's menu).
pub fn chrome(doc: &Html) -> HashMap<NodeId, Chrome> {
    // Per open element: (links, linked text, unlinked text).
    let mut stack: Vec<(NodeId, usize, usize, usize)> = Vec::new();
    let mut in_anchor = 0usize;
    let mut density: HashMap<NodeId, (usize, usize, usize)> = HashMap::new();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    if el.name() == "a" {
                        in_anchor += 1;
                    }
                    stack.push((node.id(), 0, 0, 0));
                }
                Node::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        if in_anchor > 0 {
                            top.2 += weight(t);
                        } else {
                            top.3 += weight(t);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value()
                    && let Some((id, mut links, linked, unlinked)) = stack.pop()
                {
                    if el.name() == "a" {
                        in_anchor = in_anchor.saturating_sub(1);
                        links += 1;
                    }
                    density.insert(id, (links, linked, unlinked));
                    if let Some(parent) = stack.last_mut() {
                        parent.1 += links;
                        parent.2 += linked;
                        parent.3 += unlinked;
                    }
                }
            }
        }
    }
    doc.tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .filter_map(|el| {
            let name = el.value().name();
            let link_block = LINK_BLOCKS.contains(&name)
                && density
                    .get(&el.id())
                    .is_some_and(|&(n, l, u)| is_link_block(n, l, u));
            by_tag(name)
                .or_else(|| by_name(el.value()))
                .or(link_block.then_some(Chrome::Other))
                .map(|c| (el.id(), c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome_texts(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let found = chrome(&doc);
        // The outermost chrome blocks' texts.
        let mut out: Vec<String> = doc
            .tree
            .nodes()
            .filter(|n| found.contains_key(&n.id()))
            .filter(|n| n.ancestors().all(|a| !found.contains_key(&a.id())))
            .filter_map(ElementRef::wrap)
            .map(|e| e.text().flat_map(|t| t.split_whitespace()).collect())
            .collect();
        out.sort();
        out
    }

    #[test]
    fn layout_blocks_named_by_class_or_id_are_chrome() {
        let html = r#"<body><div id="header"><p>局</p></div>
            <ol class="m-breadcrumb"><li><a>ホーム</a></li><li>改善命令</li></ol>
            <div id="side"><p class="side_ttl">医事</p></div>
            <div id="main"><p class="date">令和7年1月1日</p><p>本文「Aクリニック」</p></div>
            <div class="m-footerNav">x</div></body>"#;
        assert_eq!(chrome_texts(html), ["x", "ホーム改善命令", "医事", "局"]);
    }

    #[test]
    fn a_cell_of_links_is_chrome_and_content_with_links_is_not() {
        let html = r#"<table><tr><td><b>メニュー</b><br><a>報道発表資料</a><br><a>所管の法令等</a><br>
            <a>再生医療について</a></td><td><p>本日、「Bクリニック」に対し命令しました。<a>別紙1</a>
            <a>別紙2</a><a>別紙3</a></p></td></tr></table>"#;
        assert_eq!(
            chrome_texts(html),
            ["メニュー報道発表資料所管の法令等再生医療について"]
        );
    }

    #[test]
    fn words_inside_other_words_are_not_chrome() {
        let html = r#"<div class="m-pressRelease"><div class="release-head">令和7年</div>
            <div class="box_text">本文</div><div class="m-hdgLv2">見出し</div></div>"#;
        assert!(chrome_texts(html).is_empty());
    }
}
