//! The document-level rename resolver. A page often states a rename away
//! from the party's name — in a 備考 cell, a ※ footnote, a closing
//! 「なお、…」 paragraph, a 経緯 section, or a parenthesis of its own — and
//! often without printing the new name (`同院は、…「Y」から名称を変更`,
//! `「Y」から現在の名称に改めている`). This pass reads every line of the page
//! once, after the layout has found the parties, splits it into clauses (a
//! sentence up to 。, or one parenthesis), and reads each clause's rename
//! statements with the lexer's tokens:
//!
//! ```text
//! clause  := [topic] [date] OLD (から|より) [date] [NEW (へ|に)] RENAME
//!          | OLD の名称で … (date (NEW|現在の名称) に)+ … RENAME        (a chain)
//!          | (旧|前名称|変更前の名称|旧法人名) [:] OLD                      (a former name)
//! topic   := NAME (は|が) | anaphor (同院, 同社, 当該施設 …) | a party's printed name
//! ```
//!
//! A statement whose new name is not printed is attached to its party: the
//! clause's topic, else the party of the parenthesis, row or footnote (`※1`)
//! it sits in, else the only party of the kind its words name (商号 → the
//! operator). A statement that attaches to no party of the page is context
//! and is dropped.

use super::Parsed;
use super::lexer::{Kw, Tok, Token, lex};
use crate::names::{self, clean};
use crate::record::{PartialDate, Rename, Role, Subject};

/// Words pointing back at a party, with the kind of party they point at.
const ANAPHORS: &[(&str, Option<Role>)] = &[
    ("当該医療機関", Some(Role::Clinic)),
    ("当該診療所", Some(Role::Clinic)),
    ("当該クリニック", Some(Role::Clinic)),
    ("同医療機関", Some(Role::Clinic)),
    ("同クリニック", Some(Role::Clinic)),
    ("同診療所", Some(Role::Clinic)),
    ("同院", Some(Role::Clinic)),
    ("当院", Some(Role::Clinic)),
    ("当該細胞培養加工施設", Some(Role::CellProcessingFacility)),
    ("当該施設", Some(Role::CellProcessingFacility)),
    ("同施設", Some(Role::CellProcessingFacility)),
    ("当該センター", Some(Role::CellProcessingFacility)),
    ("同センター", Some(Role::CellProcessingFacility)),
    ("同ラボ", Some(Role::CellProcessingFacility)),
    ("当該法人", Some(Role::Operator)),
    ("同法人", Some(Role::Operator)),
    ("当該会社", Some(Role::Operator)),
    ("同社", Some(Role::Operator)),
    ("開設者", Some(Role::Operator)),
    ("設置者", Some(Role::Operator)),
];

/// A party of the page and where it is printed.
struct Party {
    key: String,
    name: String,
    role: Role,
    /// The first line printing it.
    line: usize,
}

/// A name's key without spaces, for finding it inside running text.
fn key(s: &str) -> String {
    names::name_key(s).replace(' ', "")
}

/// Reads the page's rename statements and attaches them to its parties.
pub(crate) fn resolve(lines: &[String], p: &mut Parsed) {
    let keys: Vec<String> = lines.iter().map(|l| key(l)).collect();
    let parties: Vec<Party> = p
        .subjects
        .iter()
        .filter(|s| s.role != Role::Person)
        .map(|s| {
            let k = key(&s.name);
            let short = short_key(&s.name);
            let line = keys
                .iter()
                .position(|l| l.contains(&k) || (!short.is_empty() && l.contains(&short)))
                .unwrap_or(usize::MAX);
            Party {
                key: k,
                name: s.name.clone(),
                role: s.role,
                line,
            }
        })
        .collect();
    if parties.is_empty() {
        dedupe(&mut p.renames);
        return;
    }
    let mut found: Vec<Rename> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if !says_rename(line) {
            continue;
        }
        let toks = lex(line);
        for clause in clauses(&toks) {
            let ctx = Context {
                lines,
                toks: &toks,
                clause: &clause,
                parties: &parties,
                line: li,
                owner: clause_owner(&toks, &clause, &parties),
                owned_by_other: owned(&toks, &clause),
            };
            ctx.read(&mut found);
        }
    }
    // Arrow chains after the statements in words, whose dates they lack.
    for line in lines {
        found.extend(arrow_chain(line));
    }
    // A rename of a name the page does not use for any of its parties is
    // context — unless it is a step of a chain that ends at one (`A から B へ
    // 商号を変更し、さらに B から現商号へ`).
    let mut known: Vec<String> = parties.iter().map(|x| x.key.clone()).collect();
    let names_party = |n: &str, known: &[String]| {
        let k = key(n);
        known
            .iter()
            .any(|x| *x == k || x.ends_with(&k) || k.ends_with(x.as_str()))
    };
    let mut left = found;
    loop {
        let (attached, rest): (Vec<Rename>, Vec<Rename>) = left
            .into_iter()
            .partition(|r| names_party(&r.old, &known) || names_party(&r.new, &known));
        left = rest;
        if attached.is_empty() {
            break;
        }
        for r in attached {
            known.push(key(&r.old));
            known.push(key(&r.new));
            p.renames.push(r);
        }
    }
    dedupe(&mut p.renames);
    super::press::merge_renamed(p);
    drop_short_spellings(p);
}

/// Whether a line may state a rename at all (a cheap test before lexing).
fn says_rename(line: &str) -> bool {
    [
        "名称",
        "商号",
        "改称",
        "改め",
        "社名",
        "旧",
        "前名称",
        "法人名",
    ]
    .iter()
    .any(|w| line.contains(w))
}

/// The clauses of a line: each top-level sentence (up to 。) without its
/// parentheses, and each parenthesis on its own, as token indices.
fn clauses(toks: &[Token]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    let mut stack: Vec<Vec<usize>> = Vec::new();
    for (j, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::Open => stack.push(vec![j]),
            Tok::Close => {
                if let Some(g) = stack.pop() {
                    out.push(g);
                }
            }
            Tok::Sep if t.text == "。" && stack.is_empty() => out.push(Vec::new()),
            _ => match stack.last_mut() {
                Some(g) => g.push(j),
                None => {
                    if let Some(s) = out.last_mut() {
                        s.push(j);
                    }
                }
            },
        }
    }
    // A parenthesis left open runs to the end of the line.
    out.extend(stack);
    out.retain(|c| !c.is_empty());
    out
}

/// The party a parenthesis belongs to: the name just before it.
fn clause_owner(toks: &[Token], clause: &[usize], parties: &[Party]) -> Option<Found> {
    let first = *clause.first()?;
    if toks.get(first)?.tok != Tok::Open || first == 0 {
        return None;
    }
    let before = toks.get(first - 1)?;
    match before.tok {
        Tok::Name { .. } => party_named(&before.text, parties),
        Tok::Text => party_in_text(&before.text, parties, true),
        _ => None,
    }
}

/// Whether a clause is a parenthesis right after a name or a word.
fn owned(toks: &[Token], clause: &[usize]) -> bool {
    clause.first().is_some_and(|&first| {
        first > 0
            && toks[first].tok == Tok::Open
            && matches!(toks[first - 1].tok, Tok::Name { .. } | Tok::Text)
    })
}

/// `※1 令和6年7月1日、「Y」から現在の名称に変更。`: a footnote's party is the
/// one printed with its mark (`X※1`) on an earlier line.
fn footnote_owner(lines: &[String], li: usize, parties: &[Party], old: &str) -> Option<Found> {
    let line = lines.get(li)?.trim();
    let rest = line.strip_prefix('※')?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let mark = format!("※{digits}");
    lines[..li].iter().rev().find_map(|l| {
        let at = l.find(&mark)?;
        // `※1` must not be the start of `※12`.
        let next = l[at + mark.len()..].chars().next();
        if next.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        row_party(l, parties, old).map(|i| (i, None))
    })
}

/// The kind of party a name is: a legal entity the operator, a facility's
/// name a facility, else a clinic. A rename keeps the kind.
fn kind_of(name: &str) -> Role {
    if names::is_legal_entity(name) {
        Role::Operator
    } else if names::looks_like_facility(name) {
        Role::CellProcessingFacility
    } else {
        Role::Clinic
    }
}

/// Whether a party may be the one renamed from `old`.
fn same_kind(x: &Party, old: &str) -> bool {
    match kind_of(old) {
        Role::Operator => x.role == Role::Operator,
        // A facility may have been named like anything before.
        Role::CellProcessingFacility => x.role != Role::Operator,
        // A clinic's name is never a facility's.
        _ if looks_like_clinic(old) => {
            x.role != Role::Operator && x.role != Role::CellProcessingFacility
        }
        _ => x.role != Role::Operator,
    }
}

/// `…クリニック`, `…医院`, `…診療所`: a clinic's name.
fn looks_like_clinic(name: &str) -> bool {
    let n = clean(name).to_lowercase();
    ["クリニック", "医院", "診療所", "病院", "clinic"]
        .iter()
        .any(|w| n.ends_with(w))
}

/// The one party of `old`'s kind a row prints (a table row with its 備考
/// cell; a line with its ※ mark).
fn row_party(line: &str, parties: &[Party], old: &str) -> Option<usize> {
    let k = key(line);
    let here: Vec<usize> = parties
        .iter()
        .enumerate()
        .filter(|(_, x)| same_kind(x, old) && k.contains(&x.key))
        .map(|(i, _)| i)
        .collect();
    match here.as_slice() {
        [one] => Some(*one),
        // A clinic and the facility inside it: a clinic's old name is the clinic's.
        many => {
            let fitting: Vec<usize> = many
                .iter()
                .copied()
                .filter(|&i| parties[i].role == kind_of(old))
                .collect();
            (fitting.len() == 1).then(|| fitting[0])
        }
    }
}

/// The party of the entry a labelled row belongs to (`備考 …` under `名称 X`,
/// a table row unrolled into labelled lines): the nearest row above it, in
/// the same run of labelled rows, that prints a party of `old`'s kind.
fn entry_party(lines: &[String], li: usize, parties: &[Party], old: &str) -> Option<usize> {
    if !super::sections::opens_with_label(lines.get(li)?) {
        return None;
    }
    lines[..li]
        .iter()
        .rev()
        .take_while(|l| super::sections::opens_with_label(l))
        .find_map(|l| row_party(l, parties, old))
}

/// The party a name stands for: the same key, or the party whose name ends
/// with it (`かなざわ再生クリニック` for `医療法人社団X かなざわ再生クリニック`).
fn party_named(name: &str, parties: &[Party]) -> Option<Found> {
    party_named_at(name, parties).map(|i| (i, Some(clean(name))))
}

fn party_named_at(name: &str, parties: &[Party]) -> Option<usize> {
    let k = key(name);
    if k.chars().count() < 2 {
        return None;
    }
    parties.iter().position(|x| x.key == k).or_else(|| {
        let ends: Vec<usize> = parties
            .iter()
            .enumerate()
            .filter(|(_, x)| x.key.ends_with(&k))
            .map(|(i, _)| i)
            .collect();
        (ends.len() == 1).then(|| ends[0])
    })
}

/// The party a run of text prints; the last printed when `last`, else the
/// longest (a clinic's name holds its operator's).
fn party_in_text(text: &str, parties: &[Party], last: bool) -> Option<Found> {
    let k = key(text);
    let mut hits: Vec<(usize, usize, usize, bool)> = parties
        .iter()
        .enumerate()
        .filter_map(|(i, x)| {
            let short = short_key(&x.name);
            let at = k
                .rfind(&x.key)
                .map(|a| (a + x.key.len(), x.key.len(), false))
                .or_else(|| {
                    (short.chars().count() >= 4)
                        .then(|| {
                            k.rfind(&short)
                                .map(|a| (a + short.len(), short.len(), true))
                        })
                        .flatten()
                })?;
            Some((i, at.0, at.1, at.2))
        })
        .collect();
    if last {
        hits.sort_by_key(|h| (h.1, h.2));
    } else {
        hits.sort_by_key(|h| h.2);
    }
    // Printed short (`かなざわ再生クリニック` for `医療法人社団X かなざわ再生クリニック`):
    // the rename names it as printed.
    hits.last().map(|h| {
        let printed = if h.3 {
            short_name(&parties[h.0].name)
        } else {
            parties[h.0].name.clone()
        };
        (h.0, Some(printed))
    })
}

/// A party's name without its operator's part (`医療法人社団X かなざわ再生クリニック`,
/// `立葵会 かなざわ再生クリニック`): the name running text may call it by.
fn short_name(name: &str) -> String {
    let (op, rest) = names::split_operator(name);
    if op.is_some() && !rest.is_empty() {
        return rest;
    }
    let n = clean(name);
    match n.split_once(' ') {
        Some((_, rest)) if rest.chars().count() >= 4 => rest.to_string(),
        _ => n,
    }
}

fn short_key(name: &str) -> String {
    key(&short_name(name))
}

/// A party found for a clause, with its name as the clause prints it (none
/// for an anaphor or a party the clause only implies).
type Found = (usize, Option<String>);

struct Context<'a> {
    lines: &'a [String],
    toks: &'a [Token],
    clause: &'a [usize],
    parties: &'a [Party],
    line: usize,
    owner: Option<Found>,
    /// The clause is a parenthesis after a name that is no party.
    owned_by_other: bool,
}

impl Context<'_> {
    fn tok(&self, k: usize) -> Option<&Token> {
        self.clause.get(k).and_then(|&j| self.toks.get(j))
    }

    fn date(&self, k: usize) -> Option<PartialDate> {
        match self.tok(k)?.tok {
            Tok::Date(d) => Some(d),
            _ => None,
        }
    }

    fn is(&self, k: usize, kw: Kw) -> bool {
        self.tok(k).is_some_and(|t| t.is_kw(kw))
    }

    /// `現在の名称`, `現商号`, `現名称に変更`: the party's name now.
    fn current(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.is_kw(Kw::Current) || (t.is_kw(Kw::Rename) && t.text.starts_with('現'))
        })
    }

    /// The first date of the clause, else (for a parenthesis) the last one
    /// before it in its sentence: `令和7年4月1日付けで名称変更(変更前の名称:Y)`.
    /// The date of a former name stated at `k` in a parenthesis of several
    /// sentences (`(旧名称:Y。令和8年2月13日付けで…命令を受けていたもの)`):
    /// its own sentence's, else one of a sentence that tells a rename;
    /// another sentence's date is of something else (an order, an opening).
    fn former_date(&self, k: usize) -> Option<PartialDate> {
        let n = self.clause.len();
        let stop = |j: usize| {
            self.tok(j)
                .is_some_and(|t| t.tok == Tok::Sep && t.text == "。")
        };
        if !(0..n).any(stop) {
            return self.clause_date();
        }
        let mut segments: Vec<(usize, usize)> = Vec::new();
        let mut lo = 0;
        for j in 0..=n {
            if j == n || stop(j) {
                segments.push((lo, j));
                lo = j + 1;
            }
        }
        let date_in = |(a, b): (usize, usize)| (a..b).find_map(|d| self.date(d));
        let own = segments.iter().copied().find(|&(a, b)| a <= k && k < b);
        own.and_then(date_in)
            .or_else(|| {
                segments
                    .iter()
                    .copied()
                    .filter(|&(a, b)| (a..b).any(|j| self.is(j, Kw::Rename)))
                    .find_map(date_in)
            })
            .or_else(|| {
                // A date outside before a rename verb, as `clause_date` reads it.
                let first = *self.clause.first()?;
                let mut verb = false;
                self.toks[..first]
                    .iter()
                    .rev()
                    .take_while(|t| !(t.tok == Tok::Sep && t.text == "。"))
                    .find_map(|t| match t.tok {
                        Tok::Kw(Kw::Rename) => {
                            verb = true;
                            None
                        }
                        Tok::Date(d) if verb => Some(d),
                        _ => None,
                    })
            })
    }

    fn clause_date(&self) -> Option<PartialDate> {
        (0..self.clause.len())
            .find_map(|d| self.date(d))
            .or_else(|| {
                // Only a date of the change the parenthesis explains: a rename
                // verb stands between it and the parenthesis.
                let first = *self.clause.first()?;
                let mut verb = false;
                self.toks[..first]
                    .iter()
                    .rev()
                    .take_while(|t| !(t.tok == Tok::Sep && t.text == "。"))
                    .find_map(|t| match t.tok {
                        Tok::Kw(Kw::Rename) => {
                            verb = true;
                            None
                        }
                        Tok::Date(d) if verb => Some(d),
                        _ => None,
                    })
            })
    }

    /// The party a change from `old` is about when no new name is printed.
    fn party_for(&self, topic: Option<Found>, old: &str) -> Option<Found> {
        // A parenthesis explaining a name that is no party of the page
        // (`東京サイエンスクリニック(旧名称:…)における事案`) is context.
        if topic.is_none() && self.owner.is_none() && self.owned_by_other {
            return None;
        }
        topic
            .or_else(|| self.owner.clone())
            .or_else(|| footnote_owner(self.lines, self.line, self.parties, old))
            .or_else(|| row_party(&self.lines[self.line], self.parties, old).map(|i| (i, None)))
            .or_else(|| entry_party(self.lines, self.line, self.parties, old).map(|i| (i, None)))
            .or_else(|| self.only_party(old).map(|i| (i, None)))
            .filter(|(i, _)| same_kind(&self.parties[*i], old) && self.parties[*i].key != key(old))
    }

    fn name_of(&self, f: &Found) -> String {
        f.1.clone()
            .unwrap_or_else(|| self.parties[f.0].name.clone())
    }

    fn read(&self, out: &mut Vec<Rename>) {
        let n = self.clause.len();
        let verb = (0..n).any(|k| self.is(k, Kw::Rename) || self.current(k));
        // `(旧:Y)`, `(前名称:Y)`, `(変更前の名称:Y)`, `(旧法人名:医療法人 Y)`:
        // inside a parenthesis (a labelled `旧名称 Y` row is the layout's).
        let in_parenthesis = self
            .clause
            .first()
            .is_some_and(|&j| self.toks[j].tok == Tok::Open);
        for k in 0..n {
            if !self.is(k, Kw::Former) || !in_parenthesis {
                continue;
            }
            let mut v = k + 1;
            if self.tok(v).is_some_and(|t| t.tok == Tok::Colon) {
                v += 1;
            }
            // The value up to the next separator, whole (`旧:THE M CLINIC`).
            let old = self.tok(v).and_then(|t| match t.tok {
                Tok::Text => Some(clean(&t.text)).filter(|n| {
                    n.chars().count() >= 2 && !names::reads_as_sentence(n) && !n.contains("名称")
                }),
                _ => old_name(t),
            });
            let Some(old) = old else {
                continue;
            };
            let topic = self.topic_between(0, k, &old);
            if let Some(party) = self.party_for(topic, &old) {
                self.push(out, &old, &self.name_of(&party), self.former_date(k));
            }
        }
        if !verb {
            return;
        }
        // `「A」の名称で…、D1に「B」に、D2に現在の名称に、それぞれ名称を変更`.
        let origin = (0..n).find(|&k| {
            self.tok(k).is_some_and(|t| t.is_name())
                && self
                    .tok(k + 1)
                    .is_some_and(|t| t.tok == Tok::Text && t.text.starts_with("の名称で"))
        });
        let froms: Vec<usize> = (1..n)
            .filter(|&k| self.is(k, Kw::From) && self.tok(k - 1).and_then(old_name).is_some())
            .filter(|&k| self.date(k - 1).is_none())
            // `開設者が X から Y に変更`: a change of the party that opened the
            // clinic (a transfer), not of a name (heldout12 decision 2).
            .filter(|&k| {
                !(k >= 3
                    && self.tok(k - 2).is_some_and(|t| {
                        t.tok == Tok::Text && ["が", "は"].contains(&t.text.as_str())
                    })
                    && self.is(k - 3, Kw::Operator))
            })
            .collect();
        let mut starts: Vec<usize> = froms.clone();
        if let (Some(o), true) = (origin, froms.is_empty()) {
            starts.push(o + 1);
        }
        for (i, &f) in starts.iter().enumerate() {
            let Some(mut old) = self.tok(f - 1).and_then(old_name) else {
                continue;
            };
            let lo = if i == 0 { 0 } else { starts[i - 1] + 1 };
            let hi = starts.get(i + 1).map_or(n, |&x| x - 1);
            let topic = self.topic_between(lo, f - 1, &old);
            // The date stated for this change: the last between the topic and
            // the verb, else the first of the clause.
            let on = (lo..f)
                .rev()
                .find_map(|d| self.date(d))
                .or_else(|| (f..hi).find_map(|d| self.date(d)))
                .or_else(|| self.clause_date());
            // Steps: `NEW に`, `現在の名称に`, each after its own date.
            let mut step_on = (lo..f).rev().find_map(|d| self.date(d));
            let mut steps = 0;
            let mut k = f + 1;
            while k < hi {
                if let Some(d) = self.date(k) {
                    step_on = Some(d);
                }
                let named = self.tok(k).is_some_and(|t| t.is_name()) && self.is(k + 1, Kw::To);
                let now = self.current(k);
                if named || now {
                    let new = if named {
                        self.tok(k).map(|t| clean(&t.text))
                    } else {
                        self.party_for(topic.clone(), &old)
                            .map(|p| self.name_of(&p))
                    };
                    if let Some(new) = new {
                        self.push(out, &old, &new, step_on.or(on));
                        steps += 1;
                        old = new;
                    }
                    if now {
                        break;
                    }
                }
                k += 1;
            }
            if steps == 0 {
                // No new name printed: the party the clause is about.
                if let Some(party) = self.party_for(topic, &old) {
                    self.push(out, &old, &self.name_of(&party), on);
                }
            }
        }
    }

    fn push(&self, out: &mut Vec<Rename>, old: &str, new: &str, on: Option<PartialDate>) {
        let (old, new) = (clean(old), clean(new));
        if old.is_empty() || new.is_empty() || key(&old) == key(&new) {
            return;
        }
        out.push(Rename { old, new, on });
    }

    /// The topic between tokens `lo` and `hi`: a name followed by は/が, an
    /// anaphor, or a party's printed name, the nearest first — of `old`'s kind.
    fn topic_between(&self, lo: usize, hi: usize, old: &str) -> Option<Found> {
        let fits = |f: Option<Found>| f.filter(|(i, _)| same_kind(&self.parties[*i], old));
        for k in (lo..hi.min(self.clause.len())).rev() {
            let Some(t) = self.tok(k) else { continue };
            let found = match t.tok {
                Tok::Name { .. } if self.is(k + 1, Kw::Topic) => {
                    fits(party_named(&t.text, self.parties))
                }
                Tok::Text => fits(self.anaphor(&t.text, old).map(|i| (i, None)))
                    .or_else(|| fits(party_in_text(&t.text, self.parties, true))),
                // `開設者は、…から名称を変更`: the operator.
                Tok::Kw(Kw::Operator) => fits(self.anaphor(&t.text, old).map(|i| (i, None))),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The party an anaphor in `text` points at: the clause's owner when of
    /// its kind, else the last party of its kind printed so far, else the
    /// only one of its kind.
    fn anaphor(&self, text: &str, old: &str) -> Option<usize> {
        let (_, role) = ANAPHORS.iter().find(|(a, _)| text.contains(a))?;
        let role = (*role)?;
        // The anaphor points at the party under its present name, never at
        // the old name the page also prints as a party.
        let old_key = key(old);
        let fits = |x: &Party| {
            x.key != old_key
                && match role {
                    Role::CellProcessingFacility => x.role == Role::CellProcessingFacility,
                    Role::Operator => x.role == Role::Operator,
                    _ => x.role != Role::Operator && x.role != Role::CellProcessingFacility,
                }
        };
        if let Some(o) = self
            .owner
            .as_ref()
            .map(|o| o.0)
            .filter(|&o| fits(&self.parties[o]))
        {
            return Some(o);
        }
        let before: Vec<usize> = self
            .parties
            .iter()
            .enumerate()
            .filter(|(_, x)| fits(x) && x.line <= self.line)
            .map(|(i, _)| i)
            .collect();
        if let Some(&last) = before.iter().max_by_key(|&&i| self.parties[i].line) {
            return Some(last);
        }
        let all: Vec<usize> = (0..self.parties.len())
            .filter(|&i| fits(&self.parties[i]))
            .collect();
        (all.len() == 1).then(|| all[0])
    }

    /// The only party of `old`'s kind on the page.
    fn only_party(&self, old: &str) -> Option<usize> {
        let of: Vec<usize> = (0..self.parties.len())
            .filter(|&i| {
                self.parties[i].role == kind_of(old) || {
                    kind_of(old) != Role::Operator && self.parties[i].role != Role::Operator && {
                        // A clinic's old name may be a facility's and back only when
                        // there is no party of its own kind.
                        !self.parties.iter().any(|x| x.role == kind_of(old))
                    }
                }
            })
            .collect();
        match of.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
}

/// Arrows between names.
const ARROWS: &[char] = &['→', '⇒', '⇨', '➡', '➔'];

/// A name at one end of an arrow, without quotes and the label before it.
fn arrow_end(text: &str, before_arrow: bool) -> Option<String> {
    let t = text.trim();
    let cut = if before_arrow {
        // What follows the last delimiter, then the words that are not a
        // label (`名称の変更 A`, `(A`).
        let from = t
            .rfind(['(', '、', '。', ':', '【', '】', ')', '「', '『'])
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let mut tail = t[from..].trim().to_string();
        if t[..from].ends_with(['「', '『']) {
            tail = t[from..].to_string();
        } else if t.ends_with(['」', '』']) {
            let inner = t.trim_end_matches(['」', '』']);
            let open = inner.rfind(['「', '『'])?;
            tail = inner[open..].to_string();
        }
        let words: Vec<&str> = tail.split(' ').collect();
        let keep = words
            .iter()
            .rev()
            .take_while(|w| {
                !w.contains("変更")
                    && !w.contains("名称")
                    && !w.contains("商号")
                    && !w.is_empty()
                    && super::labels::label_class(w).is_none_or(|l| l == super::labels::UNKNOWN)
            })
            .count();
        words[words.len() - keep..].join(" ")
    } else {
        let end = t
            .find(['(', '、', '。', ')', ':', '【', '※'])
            .unwrap_or(t.len());
        let head = &t[..end];
        if head.starts_with(['「', '『']) {
            head.find(['」', '』'])
                .map_or(head, |i| &head[..i])
                .to_string()
        } else {
            head.to_string()
        }
    };
    let name = clean(cut.trim_matches(['「', '」', '『', '』', ' ']));
    (name.chars().count() >= 3
        && name.chars().count() <= 40
        && names::reads_as_name(&name)
        && !names::reads_as_sentence(&name))
    .then_some(name)
}

/// `A → B → C` (a history told in a parenthesis), `名称の変更 A ⇒ B(令和6年4月
/// 変更)`: one rename per arrow, in order (heldout5 decision 9). Each is dated
/// by the parenthesis after its new name, else by the date the line prints
/// just before the new name (`令和6年2月1日に『B』へ`) or, for the last, before
/// `現在の名称`; a line of one arrow and one date (`令和2年4月1日 「A」→「B」`)
/// is dated by it.
fn arrow_chain(line: &str) -> Vec<Rename> {
    if !line.contains(ARROWS) {
        return Vec::new();
    }
    let printed: Vec<&str> = line.split(ARROWS).collect();
    let steps: Vec<(String, Option<PartialDate>)> = printed
        .iter()
        .enumerate()
        .map(|(i, p)| step(p, i == 0))
        .collect();
    let parts: Vec<&str> = steps.iter().map(|(p, _)| p.as_str()).collect();
    let mut chain: Vec<(String, usize)> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let name = if i == 0 {
            arrow_end(part, true)
        } else if i + 1 == parts.len() {
            arrow_end(part, false)
        } else {
            arrow_end(part, false)
                .filter(|n| clean(part).trim_matches(['「', '」', '『', '』', ' ']) == n.as_str())
        };
        let Some(name) = name else {
            // A break in the chain: what came before is a chain of its own.
            if chain.len() < 2 {
                chain.clear();
            }
            continue;
        };
        chain.push((name, i));
    }
    if chain.len() < 2 {
        return Vec::new();
    }
    let dates = crate::wareki::find_partial_dates(line);
    let last_part = parts.last().copied().unwrap_or("");
    let own = last_part
        .split_once('(')
        .map(|(_, rest)| rest.split(')').next().unwrap_or(""))
        .filter(|g| g.contains("変更") || g.contains("改称"))
        .and_then(|g| crate::wareki::find_partial_dates(g).first().map(|d| d.0));
    let arrow_at = line.find(ARROWS).unwrap_or(line.len());
    let chain_start = line[..arrow_at]
        .rfind(chain[0].0.as_str())
        .unwrap_or(arrow_at);
    // The date printed just before `word`, before the chain itself.
    let date_before = |word: &str| {
        line.match_indices(word)
            .filter(|(at, _)| *at < chain_start)
            .find_map(|(at, _)| {
                dates
                    .iter()
                    .filter(|d| d.2 <= at && line[d.2..at].chars().count() <= 3)
                    .map(|d| d.0)
                    .next_back()
            })
    };
    let n = chain.len();
    let mut out = Vec::new();
    for (i, w) in chain.windows(2).enumerate() {
        let (old, new) = (&w[0].0, &w[1].0);
        let last = i + 2 == n;
        // `→ 令和6年4月1日 Bに変更`: the date the step prints before its name.
        let stepped = steps.get(w[1].1).and_then(|s| s.1);
        let on = if stepped.is_some() {
            stepped
        } else if last && own.is_some() {
            own
        } else {
            date_before(new).or_else(|| {
                last.then(|| {
                    ["現在の名称", "現名称", "現在の商号", "現商号"]
                        .iter()
                        .find_map(|w| date_before(w))
                })
                .flatten()
            })
        }
        .or_else(|| (n == 2 && dates.len() == 1).then(|| dates[0].0));
        out.push(Rename {
            old: old.clone(),
            new: new.clone(),
            on,
        });
    }
    out
}

/// Verbs a step of a chain may end with (`Bに変更`, `Aに再変更`, `Bへ改称`).
const STEP_VERBS: &[&str] = &[
    "に再変更",
    "へ再変更",
    "に名称変更",
    "へ名称変更",
    "に変更",
    "へ変更",
    "に改称",
    "へ改称",
    "と改称",
    "に戻",
    "に名称を戻",
    "へ名称を戻",
    "と名称変更",
];

/// One step of an arrow chain as printed — `令和6年4月1日 Bに変更`,
/// `令和7年9月1日 Aに再変更(開設時の名称に戻したもの)`, the first
/// `A(平成30年5月開設)` — as the bare name `arrow_end` reads, and the date
/// printed before it (the day of that step). An aside that tells no rename
/// (when it opened) is no part of the name.
fn step(part: &str, first: bool) -> (String, Option<PartialDate>) {
    let mut t = clean(part).trim().to_string();
    let mut on = None;
    if !first
        && let Some(d) = crate::wareki::find_partial_dates(&t).first()
        && t[..d.1].trim().is_empty()
    {
        on = Some(d.0);
        t = t[d.2..]
            .trim_start_matches(['に', '、', ',', ' ', '付', 'け', 'で'])
            .to_string();
    }
    if let Some(at) = STEP_VERBS.iter().filter_map(|v| t.find(v)).min() {
        t.truncate(at);
    }
    // `A(平成30年5月開設)`: an aside after the name that renames nothing.
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && !["変更", "改称", "旧", "現"]
            .iter()
            .any(|w| t[open..].contains(w))
    {
        t.truncate(open);
    }
    (t.trim().to_string(), on)
}

/// The old name a token prints: a name, or the last word of a run of text.
fn old_name(t: &Token) -> Option<String> {
    let n = super::mention::name_of(t)?;
    let n = n.trim_end_matches(['。', '、']).to_string();
    // A quoted name is a name even when its words read like a phrase
    // (`銀座みゆき通り美容外科`); a bare one must not read as a sentence.
    let quoted = matches!(t.tok, Tok::Name { quoted: true, .. });
    let fits = if quoted {
        !n.contains('。') && n.chars().count() <= 60
    } else {
        !names::reads_as_sentence(&n)
    };
    (n.chars().count() >= 2 && fits && !n.contains("名称")).then_some(n)
}

/// One rename per (old, new), with the date whichever statement gave one.
/// A rename keeps the kind of what it renames: a corporation's old name is
/// a corporation's (`くらしき駅前ペインクリニック` → `医療法人 瀬波会` is a misreading).
/// The same change read twice (`→ かなざわ再生クリニック`, `→ 医療法人X
/// かなざわ再生クリニック`) is kept once, as first read.
fn dedupe(list: &mut Vec<Rename>) {
    let mut out: Vec<Rename> = Vec::new();
    for r in list.drain(..) {
        if names::is_legal_entity(&r.old) != names::is_legal_entity(&r.new) {
            continue;
        }
        let (ko, kn) = (key(&r.old), key(&r.new));
        match out.iter_mut().find(|x| {
            let (xo, xn) = (key(&x.old), key(&x.new));
            xo == ko && (xn == kn || xn.ends_with(&kn) || kn.ends_with(&xn))
        }) {
            Some(x) => {
                if x.on.is_none() {
                    x.on = r.on;
                }
            }
            None => out.push(r),
        }
    }
    *list = out;
}

/// A party the page also names by a shorter spelling in a rename sentence
/// (`かなざわ再生クリニック` beside `医療法人社団X かなざわ再生クリニック`) is one party.
fn drop_short_spellings(p: &mut Parsed) {
    let renamed: Vec<String> = p
        .renames
        .iter()
        .flat_map(|r| [key(&r.old), key(&r.new)])
        .collect();
    let all: Vec<(String, Role)> = p.subjects.iter().map(|s| (key(&s.name), s.role)).collect();
    p.subjects.retain(|s: &Subject| {
        let k = key(&s.name);
        !(renamed.contains(&k)
            && all
                .iter()
                .any(|(o, r)| *r == s.role && o != &k && o.ends_with(&k)))
    });
}
