//! A small XML reader for the tests: enough to prove a feed well-formed
//! (balanced tags, quoted attributes, known entities, no raw `<` or control
//! characters in text) and to read its elements, without an XML dependency.

#[derive(Debug, Default)]
pub struct El {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<El>,
    pub text: String,
}

impl El {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&El> {
        self.children.iter().filter(|c| c.name == name).collect()
    }

    /// The one child called `name`; more or fewer is a failure.
    pub fn one(&self, name: &str) -> &El {
        let found = self.all(name);
        assert_eq!(found.len(), 1, "<{}> needs exactly one <{name}>", self.name);
        found[0]
    }
}

struct Reader<'a> {
    s: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.s[self.at..]
    }

    fn fail(&self, what: &str) -> ! {
        let near: String = self.rest().chars().take(60).collect();
        panic!(
            "not well-formed XML: {what} at byte {} near {near:?}",
            self.at
        )
    }

    fn skip_ws(&mut self) {
        while self.rest().starts_with(|c: char| c.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    fn name(&mut self) -> String {
        let len = self
            .rest()
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '/' | '>' | '='))
            .unwrap_or(0);
        if len == 0 {
            self.fail("a name was expected");
        }
        let n = self.rest()[..len].to_string();
        self.at += len;
        n
    }

    /// Text up to `end`, with its entity references resolved.
    fn text_until(&mut self, end: char) -> String {
        let len = self
            .rest()
            .find(end)
            .unwrap_or_else(|| self.fail("unterminated text"));
        let raw = self.rest()[..len].to_string();
        if raw.contains('<') {
            self.fail("a raw < in text");
        }
        if raw
            .chars()
            .any(|c| (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
        {
            self.fail("a control character");
        }
        let mut out = String::new();
        let mut parts = raw.split('&');
        out.push_str(parts.next().unwrap_or(""));
        for p in parts {
            let semi = p.find(';').unwrap_or_else(|| self.fail("a bare &"));
            match &p[..semi] {
                "amp" => out.push('&'),
                "lt" => out.push('<'),
                "gt" => out.push('>'),
                "quot" => out.push('"'),
                "apos" => out.push('\''),
                e if e.starts_with('#') => {
                    let n = e
                        .strip_prefix("#x")
                        .map(|h| u32::from_str_radix(h, 16))
                        .unwrap_or_else(|| e[1..].parse());
                    out.push(
                        n.ok()
                            .and_then(char::from_u32)
                            .unwrap_or_else(|| self.fail("a bad character reference")),
                    );
                }
                _ => self.fail("an unknown entity"),
            }
            out.push_str(&p[semi + 1..]);
        }
        self.at += len;
        out
    }

    fn element(&mut self) -> El {
        if !self.rest().starts_with('<') {
            self.fail("< expected");
        }
        self.at += 1;
        let mut el = El {
            name: self.name(),
            ..El::default()
        };
        loop {
            self.skip_ws();
            if self.rest().starts_with("/>") {
                self.at += 2;
                return el;
            }
            if self.rest().starts_with('>') {
                self.at += 1;
                break;
            }
            let k = self.name();
            if !self.rest().starts_with("=\"") {
                self.fail("an attribute without a quoted value");
            }
            self.at += 2;
            let v = self.text_until('"');
            self.at += 1;
            if el.attrs.iter().any(|(a, _)| *a == k) {
                self.fail("a repeated attribute");
            }
            el.attrs.push((k, v));
        }
        loop {
            if self.rest().starts_with("</") {
                self.at += 2;
                let close = self.name();
                if close != el.name {
                    self.fail(&format!("</{close}> closes <{}>", el.name));
                }
                self.skip_ws();
                if !self.rest().starts_with('>') {
                    self.fail("> expected");
                }
                self.at += 1;
                return el;
            }
            if self.rest().starts_with('<') {
                el.children.push(self.element());
            } else {
                let t = self.text_until('<');
                el.text.push_str(&t);
            }
        }
    }
}

pub fn parse_xml(s: &str) -> El {
    let mut r = Reader { s, at: 0 };
    if r.rest().starts_with("<?xml") {
        r.at = r.rest().find("?>").expect("unterminated prolog") + 2;
    }
    r.skip_ws();
    let root = r.element();
    r.skip_ws();
    assert!(r.rest().is_empty(), "text after the root element");
    root
}

/// The reader refuses what is not well-formed, so that a feed
/// passing it is well-formed.
#[test]
fn the_xml_reader_refuses_broken_xml() {
    for bad in [
        "<feed><id>x</feed>",
        "<feed a=x/>",
        "<feed>a & b</feed>",
        "<feed>a &nbsp; b</feed>",
        "<feed>\u{1}</feed>",
        "<feed a=\"1\" a=\"2\"/>",
        "<feed/><feed/>",
        "<feed><a></b></feed>",
    ] {
        let r = std::panic::catch_unwind(|| parse_xml(bad));
        assert!(r.is_err(), "accepted {bad:?}");
    }
    let ok = parse_xml("<?xml version=\"1.0\"?>\n<f x=\"&lt;&#x41;&#66;\"><g/>t&amp;u</f>");
    assert_eq!(ok.attr("x"), Some("<AB"));
    assert_eq!(ok.text, "t&u");
}
