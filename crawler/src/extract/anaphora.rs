//! Back-references in running text. A narrative release names each party in
//! full once and then points back at it: by a word it defines (`株式会社X
//! (以下「同社」という。)`, `以下「受託者」という`) or by a word of the party's
//! kind (同院, 同クリニック, 同法人, 同社, 同センター, 当該医療機関). Such a
//! word is never a name (heldout8 decision 8); it stands for the party first
//! printed in full. This module says which: a defined word for the party
//! printed just before its definition, a word of a kind for the only party
//! of that kind (同社 a company, 同法人 a corporation that is no company).

use super::lexer::{Kw, Tok, lex};
use crate::names::{self, clean};
use crate::record::{Role, Subject};

/// Words pointing back at a party by its kind, longest first.
const WORDS: &[&str] = &[
    "当該細胞培養加工施設",
    "当該医療機関",
    "当該クリニック",
    "当該診療所",
    "当該センター",
    "当該施設",
    "当該法人",
    "当該会社",
    "同医療機関",
    "同クリニック",
    "同センター",
    "同診療所",
    "同病院",
    "同施設",
    "同法人",
    "同ラボ",
    "同院",
    "同社",
];

/// What a word of a kind points at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Clinic,
    Facility,
    Company,
    Corporation,
}

fn kind_of_word(word: &str) -> Option<Kind> {
    if word.ends_with("社") || word.ends_with("会社") {
        Some(Kind::Company)
    } else if word.ends_with("法人") {
        Some(Kind::Corporation)
    } else if ["センター", "施設", "ラボ", "加工施設"]
        .iter()
        .any(|w| word.ends_with(w))
    {
        Some(Kind::Facility)
    } else if ["院", "クリニック", "医療機関", "診療所"]
        .iter()
        .any(|w| word.ends_with(w))
    {
        Some(Kind::Clinic)
    } else {
        None
    }
}

fn fits(kind: Kind, s: &Subject) -> bool {
    let form = names::canonical_form(&s.name);
    match kind {
        Kind::Clinic => s.role == Role::Clinic,
        Kind::Facility => s.role == Role::CellProcessingFacility,
        Kind::Company => s.role == Role::Operator && form.ends_with("会社"),
        Kind::Corporation => s.role == Role::Operator && form.contains("法人"),
    }
}

/// A name's key without spaces, for finding it inside running text.
fn key(s: &str) -> String {
    names::name_key(s).replace(' ', "")
}

/// The back-references of one page.
#[derive(Default, Debug)]
pub(crate) struct Anaphora {
    /// `以下「同社」という`: the word and the party it was defined for.
    defined: Vec<(String, String)>,
}

impl Anaphora {
    /// Reads the page's definitions (`X(…以下「A」という…)`, `X(以下「A」)`):
    /// `A` stands for the last party printed before the definition on its line.
    pub(crate) fn read(lines: &[String], subjects: &[Subject]) -> Anaphora {
        let mut defined: Vec<(String, String)> = Vec::new();
        for line in lines {
            if !line.contains("以下") {
                continue;
            }
            let toks = lex(line);
            for (i, t) in toks.iter().enumerate() {
                if !t.is_kw(Kw::Definition) {
                    continue;
                }
                let Some(word) = toks
                    .get(i + 1)
                    .filter(|x| matches!(x.tok, Tok::Name { quoted: true, .. }))
                    .map(|x| clean(&x.text))
                else {
                    continue;
                };
                // The law, a product, a plan: only words for parties count.
                if word == "法" || word.chars().count() > 12 {
                    continue;
                }
                let before: String = toks[..i].iter().map(|x| x.text.as_str()).collect();
                let k = key(&before);
                let party = subjects
                    .iter()
                    .filter(|s| s.role != Role::Person)
                    .filter_map(|s| {
                        let sk = key(&s.name);
                        (!sk.is_empty())
                            .then(|| k.rfind(&sk).map(|at| (at + sk.len(), sk.len(), s)))
                            .flatten()
                    })
                    .max_by_key(|(at, len, _)| (*at, *len))
                    .map(|(_, _, s)| s.name.clone());
                if let Some(party) = party
                    && !defined.iter().any(|(w, _)| *w == word)
                {
                    defined.push((word, party));
                }
            }
        }
        Anaphora { defined }
    }

    /// The last back-reference in `text`: where it ends (a byte offset into
    /// `text`) and the word.
    pub(crate) fn last_in<'a>(&'a self, text: &str) -> Option<(usize, &'a str)> {
        self.defined
            .iter()
            .map(|(w, _)| w.as_str())
            .chain(WORDS.iter().copied())
            .filter_map(|w| text.rfind(w).map(|at| (at + w.len(), w)))
            .max_by_key(|(end, w)| (*end, w.len()))
    }

    /// The party a back-reference stands for, if the page says which.
    pub(crate) fn party(&self, word: &str, subjects: &[Subject]) -> Option<String> {
        if let Some((_, party)) = self.defined.iter().find(|(w, _)| w == word) {
            return Some(party.clone());
        }
        let kind = kind_of_word(word)?;
        let of_kind: Vec<&Subject> = subjects.iter().filter(|s| fits(kind, s)).collect();
        match of_kind.as_slice() {
            [one] => Some(one.name.clone()),
            // `同法人` with no corporation but one operator, `同社` likewise.
            [] if matches!(kind, Kind::Company | Kind::Corporation) => {
                let ops: Vec<&Subject> = subjects
                    .iter()
                    .filter(|s| s.role == Role::Operator)
                    .collect();
                match ops.as_slice() {
                    [one] => Some(one.name.clone()),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::subject;

    fn subjects() -> Vec<Subject> {
        vec![
            subject("医療法人社団 汐見会", Role::Operator, None),
            subject("株式会社ミナトセル", Role::Operator, None),
            subject("汐見クリニック", Role::Clinic, None),
            subject("ミナト細胞加工センター", Role::CellProcessingFacility, None),
        ]
    }

    #[test]
    fn a_defined_word_stands_for_the_party_before_it() {
        let lines = vec![
            "株式会社ミナトセル(以下「受託者」という。)は、…".to_string(),
            "その設置する「ミナト細胞加工センター」(以下「本施設」という。)".to_string(),
        ];
        let a = Anaphora::read(&lines, &subjects());
        assert_eq!(
            a.party("受託者", &subjects()).as_deref(),
            Some("株式会社ミナトセル")
        );
        assert_eq!(
            a.party("本施設", &subjects()).as_deref(),
            Some("ミナト細胞加工センター")
        );
    }

    #[test]
    fn a_word_of_a_kind_stands_for_the_only_party_of_that_kind() {
        let a = Anaphora::default();
        let s = subjects();
        assert_eq!(a.party("同社", &s).as_deref(), Some("株式会社ミナトセル"));
        assert_eq!(
            a.party("同法人", &s).as_deref(),
            Some("医療法人社団 汐見会")
        );
        assert_eq!(a.party("同院", &s).as_deref(), Some("汐見クリニック"));
        assert_eq!(
            a.party("同センター", &s).as_deref(),
            Some("ミナト細胞加工センター")
        );
        assert_eq!(
            a.last_in("同院の管理者及び同社代表取締役"),
            Some(("同院の管理者及び同社".len(), "同社"))
        );
    }
}
