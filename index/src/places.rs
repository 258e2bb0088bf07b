//! Places in every script. The gazetteer (`data/gazetteer.tsv`: the 47
//! prefectures and every municipality, with kana and romaji, from Japan
//! Post's postal data) gives each place its search keys — 福岡県, 福岡,
//! フクオカケン, フクオカ, fukuokaken, fukuoka — and finds the places a text
//! names, so that `Fukuoka`, `ふくおか` and `福岡` find the same notices.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::analyzers::{squash_romaji, to_katakana};

const GAZETTEER: &str = include_str!("../data/gazetteer.tsv");

/// A prefecture, municipality or ward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// JIS X 0402 code.
    pub code: String,
    /// `prefecture`, `city`, `special_ward`, `ward`, `town` or `village`.
    pub kind: String,
    pub prefecture: String,
    /// As written in addresses: 福岡市, 札幌市中央区, 豊島区.
    pub name: String,
    /// Katakana reading of `name`.
    pub kana: String,
    /// Hepburn with macrons, hyphenated: `sapporo-shi-chūō-ku`.
    pub romaji: String,
    /// Its search keys (see `Gazetteer::keys_of`), made once when the gazetteer is read.
    keys: Vec<String>,
}

impl Place {
    pub fn is_prefecture(&self) -> bool {
        self.kind == "prefecture"
    }

    /// Facet path: `/place/福岡県` or `/place/福岡県/福岡市`.
    pub fn facet(&self) -> String {
        if self.is_prefecture() {
            format!("/place/{}", self.prefecture)
        } else {
            format!("/place/{}/{}", self.prefecture, self.name)
        }
    }

    /// Romaji for display: `Fukuoka`, `Sapporo Chūō`, without the suffix words.
    pub fn romaji_display(&self) -> String {
        let parts: Vec<&str> = self.romaji.split('-').collect();
        let kept: Vec<String> = parts
            .iter()
            .enumerate()
            .filter(|(i, p)| !(is_suffix_word(p) && *i > 0))
            .map(|(_, p)| {
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            })
            .collect();
        kept.join(" ")
    }
}

fn is_suffix_word(w: &str) -> bool {
    matches!(
        w,
        "ken" | "to" | "fu" | "shi" | "ku" | "machi" | "chō" | "cho" | "mura" | "son"
    )
}

/// Kanji suffixes of place names with their readings.
const SUFFIXES: &[(char, &[&str])] = &[
    ('都', &["ト"]),
    ('道', &[]),
    ('府', &["フ"]),
    ('県', &["ケン"]),
    ('市', &["シ"]),
    ('区', &["ク"]),
    ('町', &["マチ", "チョウ"]),
    ('村', &["ムラ", "ソン"]),
];

pub struct Gazetteer {
    places: Vec<Place>,
    /// Search key → places.
    by_key: HashMap<String, Vec<usize>>,
    /// Prefecture name → its place.
    prefectures: HashMap<String, usize>,
    /// Written names found in text, with the places each may be.
    matcher: AhoCorasick,
    patterns: Vec<Vec<usize>>,
}

pub static GAZ: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::parse(GAZETTEER));

/// The search keys of one written name with its reading and romaji parts.
fn keys(name: &str, kana: &str, romaji_parts: &[&str], out: &mut Vec<String>) {
    out.push(name.to_string());
    out.push(to_katakana(kana));
    out.push(squash_romaji(&romaji_parts.concat()));
    let chars: Vec<char> = name.chars().collect();
    let Some(last) = chars.last() else { return };
    let Some((_, readings)) = SUFFIXES.iter().find(|(c, _)| c == last) else {
        return;
    };
    if chars.len() >= 3 {
        out.push(chars[..chars.len() - 1].iter().collect());
        for r in *readings {
            if let Some(stem) = kana.strip_suffix(r) {
                out.push(stem.to_string());
            }
        }
    }
    if romaji_parts.len() >= 2
        && romaji_parts
            .last()
            .is_some_and(|p| is_suffix_word(&squash_romaji(p)) || is_suffix_word(p))
    {
        out.push(squash_romaji(
            &romaji_parts[..romaji_parts.len() - 1].concat(),
        ));
    }
}

impl Gazetteer {
    fn parse(text: &str) -> Gazetteer {
        let mut places: Vec<Place> = Vec::new();
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 6 {
                continue;
            }
            places.push(Place {
                code: cols[0].to_string(),
                kind: cols[1].to_string(),
                prefecture: cols[2].to_string(),
                name: cols[3].to_string(),
                kana: cols[4].to_string(),
                romaji: cols[5].to_string(),
                keys: Vec::new(),
            });
        }
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut written: HashMap<String, Vec<usize>> = HashMap::new();
        // Designated cities, to write their wards short: 札幌市中央区 → 中央区.
        let cities: Vec<(String, String, usize)> = places
            .iter()
            .filter(|p| p.kind == "city")
            .map(|p| {
                let parts = p.romaji.split('-').count();
                (p.name.clone(), p.kana.clone(), parts)
            })
            .collect();
        let mut keys_of: Vec<Vec<String>> = Vec::with_capacity(places.len());
        for (i, p) in places.iter().enumerate() {
            let parts: Vec<&str> = p.romaji.split('-').collect();
            let mut k = Vec::new();
            keys(&p.name, &p.kana, &parts, &mut k);
            written.entry(p.name.clone()).or_default().push(i);
            if p.kind == "ward"
                && let Some((city, city_kana, n)) = cities
                    .iter()
                    .filter(|(c, _, _)| p.name.starts_with(c.as_str()) && p.name != *c)
                    .max_by_key(|(c, _, _)| c.len())
            {
                let short = &p.name[city.len()..];
                let short_kana = p.kana.strip_prefix(city_kana.as_str()).unwrap_or(&p.kana);
                let short_parts = &parts[(*n).min(parts.len())..];
                keys(short, short_kana, short_parts, &mut k);
            }
            k.retain(|key| key.chars().count() >= 2);
            k.sort();
            k.dedup();
            for key in &k {
                by_key.entry(key.clone()).or_default().push(i);
            }
            keys_of.push(k);
        }
        for (p, k) in places.iter_mut().zip(keys_of) {
            p.keys = k;
        }
        let prefectures = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_prefecture())
            .map(|(i, p)| (p.prefecture.clone(), i))
            .collect();
        let mut names: Vec<(String, Vec<usize>)> = written.into_iter().collect();
        names.sort();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|(n, _)| n.as_str()))
            .unwrap_or_else(|e| unreachable!("gazetteer patterns: {e}"));
        let patterns = names.into_iter().map(|(_, v)| v).collect();
        Gazetteer {
            places,
            by_key,
            prefectures,
            matcher,
            patterns,
        }
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The places a typed word may mean: 福岡, fukuoka, Fukuoka-shi, ふくおか, Tōkyō, toukyou.
    pub fn lookup(&self, typed: &str) -> Vec<&Place> {
        let key = search_key(typed);
        self.by_key
            .get(&key)
            .map(|v| v.iter().map(|&i| &self.places[i]).collect())
            .unwrap_or_default()
    }

    /// The prefecture a place lies in, as a place.
    pub fn prefecture_of(&self, p: &Place) -> Option<&Place> {
        self.prefectures
            .get(&p.prefecture)
            .map(|&i| &self.places[i])
    }

    /// The places a text names (full written names only: 福岡県, 豊島区,
    /// 坂戸市). A municipality name shared by several prefectures counts only
    /// when the text also names its prefecture.
    pub fn places_in(&self, text: &str) -> Vec<&Place> {
        let mut found: Vec<Vec<usize>> = Vec::new();
        for m in self.matcher.find_iter(text) {
            found.push(self.patterns[m.pattern().as_usize()].clone());
        }
        let prefectures: Vec<&str> = found
            .iter()
            .flatten()
            .map(|&i| &self.places[i])
            .filter(|p| p.is_prefecture())
            .map(|p| p.prefecture.as_str())
            .collect();
        let mut out: Vec<&Place> = Vec::new();
        for candidates in found {
            let chosen: Vec<&Place> = if candidates.len() == 1 {
                vec![&self.places[candidates[0]]]
            } else {
                candidates
                    .iter()
                    .map(|&i| &self.places[i])
                    .filter(|p| prefectures.contains(&p.prefecture.as_str()))
                    .collect()
            };
            for p in chosen {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// Every search key of a place (a ward's short forms included): what
    /// the index's place field holds for a document naming it.
    pub fn keys_of<'a>(&self, p: &'a Place) -> &'a [String] {
        &p.keys
    }
}

/// The form a typed place word is looked up by: NFKC, katakana for kana,
/// squashed romaji (no macrons, long vowels folded, no hyphens) for Latin.
pub fn search_key(typed: &str) -> String {
    let t: String = unicode_normalization::UnicodeNormalization::nfkc(typed.trim()).collect();
    if t.chars().all(|c| c.is_ascii() || "āīūēōâîûêô".contains(c)) {
        squash_romaji(&t)
    } else {
        to_katakana(&t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: Vec<&Place>) -> Vec<String> {
        v.into_iter().map(|p| p.name.clone()).collect()
    }

    #[test]
    fn every_prefecture_and_many_municipalities() {
        let prefectures = GAZ.places.iter().filter(|p| p.is_prefecture()).count();
        assert_eq!(prefectures, 47);
        assert!(GAZ.len() > 1_800, "{}", GAZ.len());
    }

    #[test]
    fn any_script_finds_the_place() {
        for typed in [
            "Fukuoka",
            "fukuoka",
            "ふくおか",
            "フクオカ",
            "福岡",
            "福岡県",
            "Fukuoka-ken",
        ] {
            let found = names(GAZ.lookup(typed));
            assert!(found.contains(&"福岡県".to_string()), "{typed}: {found:?}");
        }
        for typed in ["Tokyo", "Tōkyō", "toukyou", "TOKYO", "とうきょう", "東京"] {
            let found = names(GAZ.lookup(typed));
            assert!(found.contains(&"東京都".to_string()), "{typed}: {found:?}");
        }
        for (typed, want) in [
            ("Toshima", "豊島区"),
            ("toshima-ku", "豊島区"),
            ("Tokorozawa", "所沢市"),
            ("Sakado", "坂戸市"),
            ("Chuo", "中央区"),
            ("chūō-ku", "札幌市中央区"),
            ("Saitama", "埼玉県"),
        ] {
            let found = names(GAZ.lookup(typed));
            assert!(found.contains(&want.to_string()), "{typed}: {found:?}");
        }
        assert!(GAZ.lookup("clinic").is_empty());
        assert!(GAZ.lookup("x").is_empty());
    }

    #[test]
    fn places_written_in_text() {
        let found = names(GAZ.places_in("所在地：東京都豊島区西池袋一丁目、埼玉県坂戸市千代田"));
        assert_eq!(found, ["東京都", "豊島区", "埼玉県", "坂戸市"]);
        // The longest written name wins: 大阪市中央区, not Tokyo's 中央区.
        let found = names(GAZ.places_in("大阪府大阪市中央区本町"));
        assert_eq!(found, ["大阪府", "大阪市中央区"]);
        // A town name several prefectures share needs its prefecture.
        let shared: Vec<&Place> = GAZ.lookup("美里町");
        assert!(shared.len() > 1);
        assert!(GAZ.places_in("美里町の診療所").is_empty());
        assert_eq!(names(GAZ.places_in("宮城県美里町")), ["宮城県", "美里町"]);
    }

    #[test]
    fn keys_and_display() {
        let p = GAZ.lookup("豊島区")[0];
        let k = GAZ.keys_of(p);
        for want in [
            "豊島区",
            "豊島",
            "トシマク",
            "トシマ",
            "toshimaku",
            "toshima",
        ] {
            assert!(k.contains(&want.to_string()), "{want} in {k:?}");
        }
        assert_eq!(p.romaji_display(), "Toshima");
        assert_eq!(p.facet(), "/place/東京都/豊島区");
        let sapporo_chuo = GAZ.lookup("札幌市中央区")[0];
        assert_eq!(sapporo_chuo.romaji_display(), "Sapporo Chūō");
        assert!(GAZ.keys_of(sapporo_chuo).contains(&"chuo".to_string()));
    }
}
