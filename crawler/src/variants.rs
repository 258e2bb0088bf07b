//! Spellings that name the same thing: variant kanji (異体字, 髙 for 高, 﨑
//! for 崎), old forms (旧字体, 澤 for 沢) and the small ケ of place names
//! (〜ヶ丘, 〜ケ丘, 〜が丘). NFKC leaves all of these apart, yet a clinic's or
//! a person's name is printed one way on one page and the other way on the
//! next. Identity keys fold them; names are shown as printed.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Old and variant kanji forms with the Jōyō / Jinmeiyō form they fold to
/// (髙 → 高, 﨑 → 崎, 澤 → 沢), from KANJIDIC2: the table the search index
/// folds by too, so that what links and what is found agree.
static VARIANTS: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    include_str!("../../index/data/kanji_variants.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t').map(|c| c.chars().next());
            Some((cols.next()??, cols.next()??))
        })
        .collect()
});

/// The word after the small ケ of a place name: 〜ヶ丘, 〜ヶ谷, 〜ヶ崎 …
const KE_PLACES: &[char] = &[
    '丘', '岡', '谷', '崎', '関', '原', '浦', '島', '窪', '池', '瀬', '峰', '森', '沢', '根', '尾',
    '岳', '城', '台', '坂', '淵', '嶺', '峠', '里', '浜', '江', '洞', '作',
];

/// `s` with variant kanji in their common form and the ケ of place names
/// (ヶ, ヵ, and が before 丘, 谷, 崎 …) as ケ. For keys, not for display.
pub fn fold(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let c = VARIANTS.get(&c).copied().unwrap_or(c);
            let place_follows = i > 0 && chars.get(i + 1).is_some_and(|n| KE_PLACES.contains(n));
            match c {
                'ヶ' | 'ヵ' => 'ケ',
                'が' if place_follows => 'ケ',
                _ => c,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_fold_together() {
        for (a, b) in [
            ("髙嶺ヶ丘", "高嶺ケ丘"),
            ("嶋﨑 宗一郎", "島崎 宗一郎"),
            ("黒﨑", "黒崎"),
            ("惠子", "恵子"),
            ("自由ヶ丘", "自由が丘"),
            ("桜ヵ丘", "桜ケ丘"),
            ("渡邊", "渡辺"),
            ("渡邉", "渡辺"),
            ("澤田", "沢田"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} / {b}");
        }
    }

    #[test]
    fn other_words_stay_apart() {
        assert_eq!(fold("しらさぎが丘"), fold("しらさぎヶ丘"));
        assert_ne!(fold("しらさぎが丘"), fold("しらさぎ丘"));
        // が not before a place word, or opening a name, stays.
        assert_eq!(fold("あさがお丘"), "あさがお丘");
        assert_eq!(fold("が丘"), "が丘");
        assert_eq!(fold("ガーデンクリニック"), "ガーデンクリニック");
    }
}
