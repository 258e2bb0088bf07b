#!/usr/bin/env python3
"""Checks the twelfth held-out gold set against its own pages.

python3 crawler/tests/gold/heldout12/check.py   (exit status 1 on any problem)

Adapted from heldout11's check.py (same generic checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page — also in kanji numerals, doubled, English and abbreviated forms —,
articles printed, violations printed with 違反, persons' "of" and titles, operators
as subjects, facility numbers marked invented, renames change something and their
old name is not a subject, a clinic without an operator has a 開設者 person, every
printed facility / plan / corporate number followed by テスト用の架空の番号 (and a
corporate number's check digit right), the ministry's address on MHLW pages and
never a party's, no person's family name in a contact block, several main notices
only of different kinds). Changes for this set:
- contact blocks may be a <span> or <p> of class "contact" (the old template's
  【照会先】 box is a <span> inside a table cell);
- a former name may equal the subject's name when a later rename on the same
  notice returns to it (w09, a clinic renamed back to its first name);
- w01's closure date is stated relatively (「同月２３日をもって」), registered in
  RELATIVE_DATES;
- set-specific checks replace heldout11's, one block per theme of the set: the
  ministry's three templates (old layout tables, current with side navigation,
  別添 summary); every bureau as an authority and its layout (<ol>, <dl>, tables,
  one-line entries, a 沖縄 clinic, 四国厚生支局 under 中国四国厚生局); attributes in
  unusual order (place first, operator first, 院長 X（管理者）, name before title, a
  corporate number, the facility number first, 郡 / 村 / 区 places, 字 and 番地の);
  renames and the identity groups G1–G4 (README); the kinds (closure part, two pages
  with two kinds, revocation with 令和元年, suspension, three closures with an
  individual's clinic); the printed date forms; the look-alikes;
- counts per role and per title are printed;
- collisions are checked against the tuning set and heldout … heldout11 (only
  colliding names are printed; the other sets' pages are not read).
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = os.path.dirname(HERE)
REPO = os.path.abspath(os.path.join(GOLD_DIR, "..", "..", ".."))
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
KINDS = {"emergency_order", "improvement_order", "suspension_order", "licence_revocation",
         "closure_filing", "discontinuation_filing"}
ROLES = {"clinic", "cell_processing_facility", "operator"}
TITLE_ROLE = {"学長": "operator", "会長": "operator", "管理者": "clinic", "実施責任者": "clinic", "院長": "clinic", "開設者": "clinic",
              "理事長": "operator", "代表取締役": "operator", "代表者": "operator",
              "代表社員": "operator", "代表理事": "operator"}
HONORIFICS = ("殿", "氏", "医師", "様", "先生")

problems = []
loose = []  # strings found only when white space is ignored


def bad(msg):
    problems.append(msg)


def ws(s):
    return re.sub(r"[\s\u3000]+", " ", s).strip()


def page_texts(raw):
    body = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S)
    body = re.sub(r"<(rt|rp)\b[^>]*>.*?</\1>", "", body, flags=re.S)  # furigana is not text
    glued = html.unescape(re.sub(r"<[^>]+>", "", body))
    spaced = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return [ws(glued), ws(spaced)]


def on_page(s, texts, nospace=False):
    s = ws(s)
    for t in texts:
        if nospace:
            if s.replace(" ", "") in t.replace(" ", ""):
                return True
        elif s in t:
            return True
    return False


def on_page_loose(s, texts, where, what):
    """On the page as printed, or (hard line breaks) only with white space ignored."""
    if on_page(s, texts):
        return True
    if on_page(s, texts, nospace=True):
        loose.append(f"{where}: {what} {s}")
        return True
    return False


def shape(v):
    if isinstance(v, dict):
        return ("dict", tuple(v.keys()))
    return type(v).__name__


def schema_of(gold):
    """Key order and value types per level, collected over a whole gold file."""
    seen = {}

    def walk(path, v):
        if isinstance(v, dict):
            seen.setdefault(path, set()).add(tuple(v.keys()))
            for k, x in v.items():
                walk(path + "." + k, x)
        elif isinstance(v, list):
            for x in v:
                walk(path + "[]", x)
        else:
            seen.setdefault(path + ":types", set()).add(type(v).__name__)

    walk("", gold)
    return seen


def check_schema(ref, mine):
    rs, ms = schema_of(ref), schema_of(mine)
    for path, keysets in ms.items():
        if path.endswith(":types"):
            allowed = rs.get(path, set()) | {"NoneType"}
            if path not in rs:
                bad(f"schema: {path} not in ../gold.json")
            elif not keysets <= allowed:
                bad(f"schema: {path} types {keysets - allowed} not in ../gold.json")
            continue
        if path not in rs:
            bad(f"schema: {path} not in ../gold.json")
            continue
        for ks in keysets:
            if ks not in rs[path]:
                bad(f"schema: {path} keys {ks} differ from ../gold.json {rs[path]}")


ERA = (("令和", 2018), ("平成", 1988))


RELATIVE_DATES = {
    # (page prefix, date): the relative phrase that states it on that page
    ("w01_", "2024-08-23"): "同月２３日をもって",  # after 令和６年８月３０日付け in the same sentence
}

KANJI_DIGIT = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def kanji_number(k):
    """二十九 -> 29, 十 -> 10, 八十五 -> 85, 二〇二五 -> 2025."""
    if "十" not in k:
        return int("".join(str(KANJI_DIGIT[c]) for c in k))
    tens, _, ones = k.partition("十")
    return (KANJI_DIGIT[tens] if tens else 1) * 10 + (KANJI_DIGIT[ones] if ones else 0)


def dekanji(t):
    """Kanji numerals written before 年 月 日 条 項 become digits (dates and articles only)."""
    return re.sub(r"[〇一二三四五六七八九十]+(?=[年月日条項])", lambda m: str(kanji_number(m.group(0))), t)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_stated(d, nfkc, f=None, raw=""):
    for (pre, dd), txt in RELATIVE_DATES.items():
        if f and os.path.basename(f).startswith(pre) and dd == d and txt in raw:
            return True
    return _date_stated(d, nfkc)


def _date_stated(d, nfkc):
    nfkc = dekanji(nfkc)
    parts = [int(x) for x in d.split("-")]
    y, m = parts[0], parts[1]
    day = parts[2] if len(parts) == 3 else None
    years = [rf"{e}\s*{y - off if y - off > 1 else '(?:1|元)'}\s*年" for e, off in ERA if y - off >= 1]
    years.append(rf"(?<!\d){y}\s*年")
    tail = rf"\s*{m}\s*月" + (rf"\s*{day}\s*日" if day else r"(?!\s*\d)")
    if any(re.search(rf"{yr}{tail}", nfkc) for yr in years):
        return True
    # doubled dates: 令和7年（2025年）10月3日
    for e, off in ERA:
        if y - off >= 1 and re.search(rf"{e}\s*{y - off}\s*年\s*[（(]\s*{y}\s*年\s*[）)]{tail}", nfkc):
            return True
    # doubled dates, western year first: 2026年（令和8年）1月16日
    for e, off in ERA:
        if y - off >= 1 and re.search(rf"(?<!\d){y}\s*年\s*[（(]\s*{e}\s*(?:{y - off}|元)\s*年\s*[）)]{tail}", nfkc):
            return True
    # English: October 3, 2025 / 3 October 2025 / October 2025
    mon = MONTHS[m - 1]
    if day and (re.search(rf"{mon}\s+{day},\s*{y}", nfkc) or re.search(rf"(?<!\d){day}\s+{mon}\s+{y}", nfkc)):
        return True
    if not day and re.search(rf"{mon}\s+{y}", nfkc):
        return True
    # separators and abbreviated eras (R7.11.4, H30.4, 令和7.11.4, 2025/11/4)
    eras = [(e, a, off) for (e, off), a in zip(ERA, ("R", "H"))]
    sep = r"\s*[.．/／]\s*"
    tail2 = rf"{sep}0?{m}" + (rf"{sep}0?{day}(?!\d)" if day else r"(?![\d.．/／])")
    for e, a, off in eras:
        if y - off >= 1 and re.search(rf"(?<![A-Za-z])(?:{e}|{a})\s*0?{y - off}{tail2}", nfkc):
            return True
    return bool(re.search(rf"(?<!\d){y}{tail2}", nfkc))


def article_re(a):
    m = re.fullmatch(r"法第(\d+)条(?:第(\d+)項)?", a)
    if not m:
        return None
    r = rf"(?:第\s*)?(?<![0-9０-９]){m.group(1)}\s*条"
    if m.group(2):
        r += rf"\s*第\s*{m.group(2)}\s*項"
    else:
        r += r"(?!\s*第\s*\d+\s*項)"
    return r


def article_re_en(a):
    m = re.fullmatch(r"法第(\d+)条(?:第(\d+)項)?", a)
    r = rf"Article\s+{m.group(1)}(?!\d)"
    if m.group(2):
        r += rf"(?:\s*\(\s*{m.group(2)}\s*\)|,?\s*paragraph\s*\(?{m.group(2)}\)?)"
    else:
        r += r"(?!\s*\(\d|,?\s*paragraph)"
    return r


ARTICLE_FORM = re.compile(r"法第[0-9]+条(?:第[0-9]+項)?")


def check_page_structure(f, notices):
    """Main notices first, one per kind (README: several orders on one page, one
    notice per kind), no subject shared between two main notices; at most one closure
    part after them, a closure_filing whose subjects are subjects of a main notice,
    and the main notices then close nothing. Articles and violations are written
    法第N条[第M項] with half-width digits; filings rest on no article."""
    mains = [n for n in notices if n["part"] is None]
    parts = [n for n in notices if n["part"] == "closure"]
    if not mains or notices[0]["part"] is not None:
        bad(f"{f}: expected a main notice first")
    if notices[:len(mains)] != mains:
        bad(f"{f}: main notices must come before the closure part")
    kinds = [n["kind"] for n in mains]
    if len(set(kinds)) != len(kinds):
        bad(f"{f}: two main notices of the same kind {kinds}")
    seen = {}
    for i, n in enumerate(mains):
        for s in n["subjects"]:
            k = ws(s["name"])
            if k in seen and seen[k] != i:
                bad(f"{f}: subject {s['name']} in two main notices")
            seen[k] = i
    if len(parts) > 1:
        bad(f"{f}: more than one closure part")
    for n in notices:
        for a in n["articles"] + n["violations"]:
            if not ARTICLE_FORM.fullmatch(a):
                bad(f"{f}: article {a!r} not written 法第N条[第M項] with half-width digits")
        if n["kind"] in ("closure_filing", "discontinuation_filing") and n["articles"]:
            bad(f"{f}: {n['kind']} with articles {n['articles']}")
        if n["kind"] == "discontinuation_filing" and n["closures"]:
            bad(f"{f}: discontinuation closes nothing")
    for part in parts:
        if part["kind"] != "closure_filing":
            bad(f"{f}: closure part of kind {part['kind']}")
        main_names = {ws(s["name"]) for m in mains for s in m["subjects"]}
        for s in part["subjects"]:
            if ws(s["name"]) not in main_names:
                bad(f"{f}: closure part subject {s['name']} is not a subject of a main notice")
        if any(m["closures"] for m in mains):
            bad(f"{f}: main notice has closures although a closure part exists")


def key(s):
    return unicodedata.normalize("NFKC", s).replace(" ", "").replace("　", "")


def subjects_of(gold, prefix):
    for p in gold["pages"]:
        if os.path.basename(p["file"]).startswith(prefix):
            return p, [s for n in p["notices"] for s in n["subjects"]]
    bad(f"link: no page {prefix}")
    return None, []


NUMBER_TOKEN = re.compile(r"(?<![0-9A-Za-z])(P[A-C][0-9]{7}|F[A-Z][0-9]{7}|[0-9]{13})(?![0-9])")


def corporate_number_ok(n):
    body = n[1:]
    total = sum(int(d) * (1 if i % 2 == 1 else 2) for i, d in enumerate(reversed(body), 1))
    return int(n[0]) == 9 - total % 9



# Variant spellings this set uses on purpose; folding them must make a group's
# spellings equal (and the plain key must not, or the pages do not differ).
FOLD = [("株式会社", "㈱"), ("(株)", "㈱"), ("（株）", "㈱")]


def fold(s):
    s = key(s)
    s = unicodedata.normalize("NFKC", s)
    for a, b in FOLD:
        s = s.replace(unicodedata.normalize("NFKC", a), unicodedata.normalize("NFKC", b))
    return s


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def check_links(gold):
    """Set-specific checks (see the module docstring)."""
    byp = {os.path.basename(p["file"])[:4]: p for p in gold["pages"]}

    def raw(k):
        return open(os.path.join(REPO, byp[k]["file"]), encoding="utf-8").read()

    def text(k):
        return page_texts(raw(k))[0]

    def subs(k, role=None, notice=None):
        ns = byp[k]["notices"] if notice is None else [byp[k]["notices"][notice]]
        return [s for n in ns for s in n["subjects"] if role is None or s["role"] == role]

    def persons(k):
        return [pe for n in byp[k]["notices"] for pe in n["persons"]]

    def one(k, role, **kw):
        xs = subs(k, role, **kw)
        if len(xs) != 1:
            bad(f"{k}: expected one {role}, found {len(xs)}")
            return {"name": "", "operator": "", "facility_number": None, "address": "", "place": ""}
        return xs[0]

    def main_notice(k):
        return byp[k]["notices"][0]

    def kinds(k):
        return [(n["part"], n["kind"]) for n in byp[k]["notices"]]

    need = [f"w{i:02d}_" for i in range(1, 21)]
    for k in need:
        if k not in byp:
            bad(f"link: no page {k}")
    if any(k not in byp for k in need):
        return

    def variants(label, names, must_differ=True):
        fs = {fold(x) for x in names}
        if len(fs) != 1:
            bad(f"{label}: spellings do not fold together: {names}")
        if must_differ and len(set(names)) < 2:
            bad(f"{label}: spellings are not different: {names}")

    def printed_not_annotated(k, s, label):
        if s not in text(k):
            bad(f"{k}: {label} {s} is not printed")
        if any(key(s) == key(x["name"]) or key(s) == key(x["operator"] or "") for x in subs(k)):
            bad(f"{k}: {label} {s} must not be a subject or operator")

    for k in ("w16_", "w17_", "w18_", "w19_"):
        if byp[k]["notices"] or byp[k]["what"] != "other":
            bad(f"{k}: expected other without notices")
    if byp["w20_"]["notices"] or byp["w20_"]["what"] != "listing":
        bad("w20_: expected a listing without notices")
    if raw("w20_").count("<a href=") < 3:
        bad("w20_: the listing has no links")

    # --- 1. three generations of the ministry's site
    r1 = raw("w01_")
    if "<font" not in r1 or 'width="150"' not in r1 or "<nav" in r1 or "<main" in r1:
        bad("w01_: expected the old layout-table template (no <nav>/<main>)")
    if "l-side" not in raw("w02_") or "m-breadcrumb" not in raw("w02_"):
        bad("w02_: expected the current template with side navigation and breadcrumb")
    r3 = raw("w03_")
    if r3.count(".pdf\"") < 3 or "別添" not in text("w03_") or "<table" in r3:
        bad("w03_: expected a short summary with 別添 PDF links and no table")
    f3 = one("w03_", "cell_processing_facility")
    if not f3["name"].startswith(f3["operator"] + " "):
        bad("w03_: the facility's name should embed its company")
    if main_notice("w03_")["articles"] != ["法第47条"] or persons("w03_"):
        bad("w03_: expected a 法第47条 stop with no person")

    # --- 2. every bureau in its own layout
    auth = {k: {n["authority"] for n in byp[k]["notices"]} for k in byp if byp[k]["notices"]}
    want = {"北海道厚生局", "東北厚生局", "関東信越厚生局", "東海北陸厚生局", "近畿厚生局",
            "中国四国厚生局", "四国厚生支局", "九州厚生局", "厚生労働省"}
    if set().union(*auth.values()) != want:
        bad(f"authorities: {sorted(set().union(*auth.values()))}")
    if "<ol" not in raw("w06_") or "<dl" not in raw("w09_") or "<table" not in raw("w08_") \
            or "<table" not in raw("w11_") or 'class="entry"' not in raw("w10_"):
        bad("bureau layouts: expected <ol> (w06), <dl> (w09), tables (w08, w11), one-line entry (w10)")
    if "沖縄県" not in one("w12_", "clinic")["place"]:
        bad("w12_: the 九州 order should address a clinic in 沖縄県")
    if "中国四国厚生局" not in raw("w11_").split('id="pankuzu"')[1][:200]:
        bad("w11_: breadcrumb should lead from 中国四国厚生局")

    # --- 3. attributes in unusual order
    t1 = text("w01_")
    c1 = one("w01_", "clinic", notice=0)
    if t1.find("東京都港区に所在する『" + c1["name"]) < 0:
        bad("w01_: the place should stand before the name")
    for k in ("w02_", "w04_"):
        cl = one(k, "clinic", notice=0)
        if cl["operator"] + "が開設する「" + cl["name"] not in text(k):
            bad(f"{k}: the operator should stand before the clinic")
    if "院長　志田 拓也（管理者）" not in text("w06_") and "院長 志田 拓也（管理者）" not in text("w06_"):
        bad("w06_: expected 院長 X（管理者）")
    if [pe["title"] for pe in persons("w06_")] != ["管理者", "理事長"]:
        bad("w06_: 院長 X（管理者） is the 管理者")
    if "支笏 理沙（代表取締役）" not in text("w05_"):
        bad("w05_: expected the name before the title")
    if not re.search(r"法人番号 \d{13}（テスト用の架空の番号）", text("w07_")):
        bad("w07_: expected a corporate number marked invented")
    t12 = text("w12_")
    f12 = one("w12_", "cell_processing_facility")
    if not (0 <= t12.find(f12["facility_number"]) < t12.find(f12["name"])):
        bad("w12_: the facility number should stand before the name")
    places = [s["place"] for k in byp for s in subs(k) if s["place"]]
    for unit in ("郡", "村", "区"):
        if not any(unit in p for p in places):
            bad(f"no place with {unit}")
    if "字" not in one("w06_", "clinic")["address"] or "番地の" not in one("w06_", "clinic")["address"]:
        bad("w06_: expected a 字 / 番地の address")

    # --- 4. renames and identity
    # G1: company renamed, facility name kept
    f7 = one("w07_", "cell_processing_facility")
    r7 = main_notice("w07_")["renames"]
    if f3["facility_number"] != f7["facility_number"] or not f3["name"].endswith(f7["name"]):
        bad("G1: the facility should keep its name and number")
    if len(r7) != 1 or r7[0]["old"] != f3["operator"] or r7[0]["new"] != f7["operator"]:
        bad("G1: w07's rename should lead from w03's company to w07's")
    if "名称に変更はない" not in text("w07_"):
        bad("w07_: expected 「名称に変更はない」")
    if "<br>" not in raw("w07_").split("名　　称")[1][:40] or "<br>" not in raw("w07_").split("施 設 名")[1][:40]:
        bad("w07_: expected PDF line breaks inside the names")
    # G2: renamed and renamed back
    r9 = main_notice("w09_")["renames"]
    c9 = one("w09_", "clinic")
    if len(r9) != 2 or r9[0]["old"] != c9["name"] or r9[1]["new"] != c9["name"] or r9[0]["new"] != r9[1]["old"]:
        bad("w09_: expected A → B → A")
    r2 = main_notice("w02_")["renames"]
    if r2 != r9[:1] or one("w02_", "clinic")["name"] != r9[0]["new"]:
        bad("G2: w02 should carry the first step under the middle name")
    if main_notice("w15_")["issued_on"] != main_notice("w02_")["issued_on"] or main_notice("w15_")["renames"] \
            or "更新日：2024年11月26日" not in text("w15_"):
        bad("w15_: the repost takes the ministry's date and prints no former name")
    variants("G2 clinic w02/w15", [one("w02_", "clinic")["name"], one("w15_", "clinic")["name"]], must_differ=False)
    variants("G2 operator", [one("w02_", "clinic")["operator"], one("w15_", "clinic")["operator"],
                             one("w09_", "clinic")["operator"]])
    variants("G2 facility", [one("w02_", "cell_processing_facility")["name"],
                             one("w15_", "cell_processing_facility")["name"]])
    # G3: renamed on the day the 開設者 changed
    r4 = main_notice("w04_")["renames"]
    c8 = one("w08_", "clinic")
    c4 = one("w04_", "clinic", notice=0)
    if len(r4) != 1 or r4[0]["old"] != c8["name"] or r4[0]["new"] != c4["name"] or r4[0]["on"] != "2025-10-01":
        bad("G3: w04's rename should lead from w08's name")
    printed_not_annotated("w04_", "医療法人 鷺照会", "former 開設者")
    if c8["operator"] != "医療法人 鷺照会" or "同じ日" not in text("w04_"):
        bad("G3: w08's operator is the former 開設者; w04 says 同じ日")
    if {pe["name"] for pe in persons("w04_") if pe["title"] == "管理者"} != \
            {pe["name"] for pe in persons("w08_") if pe["title"] == "管理者"}:
        bad("G3: the manager differs between w04 and w08")
    c13 = [s for s in subs("w13_", "clinic") if key(s["name"]) == key(c4["name"])]
    if not c13 or c13[0]["address"] != c8["address"]:
        bad("G3: w13's clinic should carry w08's address")
    variants("G3 operator", [c4["operator"], c13[0]["operator"] if c13 else ""])
    r13 = main_notice("w13_")["renames"]
    if len(r13) != 1 or r13[0]["on"] is not None or r13[0]["old"] != c8["name"]:
        bad("w13_: expected the undated 旧名称 rename")
    # G4: facility number first, then its closure
    f14 = one("w14_", "cell_processing_facility", notice=0)
    if f14["facility_number"] != f12["facility_number"]:
        bad("G4: facility number differs")
    variants("G4 facility", [f12["name"], f14["name"]])
    variants("G4 company", [f12["operator"], f14["operator"]])
    # footnote rename
    r11 = main_notice("w11_")["renames"]
    t11 = text("w11_")
    c11 = subs("w11_", "clinic")[0]
    if len(r11) != 1 or c11["name"] + "※1" not in t11 or t11.find(r11[0]["old"]) < t11.find("※1 令和"):
        bad("w11_: the rename should be told only in the ※1 footnote")
    printed_not_annotated("w11_", "医療法人財団 佐川仁愛会", "absorbed corporation")

    # --- 5. kinds
    if kinds("w01_") != [(None, "emergency_order"), ("closure", "closure_filing")]:
        bad("w01_: expected an emergency order with a closure part")
    if main_notice("w01_")["violations"] != ["法第4条第1項"] or main_notice("w01_")["plans"]:
        bad("w01_: expected 法第4条第1項 and no plan")
    if kinds("w04_") != [(None, "emergency_order"), (None, "improvement_order")]:
        bad("w04_: expected two kinds")
    if kinds("w14_") != [(None, "closure_filing"), (None, "discontinuation_filing")]:
        bad("w14_: expected a closure and a discontinuation")
    if byp["w14_"]["notices"][1]["closures"]:
        bad("w14_: the discontinuation closes nothing")
    if main_notice("w05_")["kind"] != "licence_revocation" or "令和元年7月1日" not in text("w05_"):
        bad("w05_: expected a revocation with the 令和元年 licence date")
    if main_notice("w10_")["kind"] != "suspension_order" or main_notice("w10_")["articles"] != ["法第49条"]:
        bad("w10_: expected a 法第49条 suspension")
    if len(main_notice("w13_")["closures"]) != 3:
        bad("w13_: expected three closures")
    ind = [x for x in subs("w13_", "clinic") if x["operator"] is None]
    if len(ind) != 1 or not any(pe["title"] == "開設者" and pe["of"] == ind[0]["name"] for pe in persons("w13_")):
        bad("w13_: expected one individual's clinic with its 開設者")
    if "とやま駅北<br>セルクリニック" not in raw("w13_"):
        bad("w13_: expected a <br> inside a clinic name")

    # --- date forms
    for k, form in (("w01_", "令和６年６月１４日（金）"), ("w06_", "令和7年（2025年）7月18日"),
                    ("w09_", "2025年（令和7年）12月5日"), ("w07_", "令和 8 年 1 月 30 日"),
                    ("w13_", "R8.3.19"), ("w14_", "2026/2/27"), ("w10_", "令和８年１月２６日（月）"),
                    ("w05_", "令和元年")):
        if form not in text(k):
            bad(f"{k}: date form {form} not printed")

    # --- 6. look-alikes name parties but carry no notice
    if "北浜ルミエールクリニック" not in text("w16_") or "件数" not in text("w16_"):
        bad("w16_: the annual report should count orders and name w02's clinic")
    for a in ("法第22条", "法第23条第1項", "法第47条", "法第48条第2項", "法第49条"):
        if a not in text("w17_"):
            bad(f"w17_: the explanation should cite {a}")
    if "意見" not in text("w18_") or "募集" not in text("w18_"):
        bad("w18_: expected a call for comment")
    if "受理" not in text("w19_") or c9["name"] not in text("w19_"):
        bad("w19_: the accepted-plan list should name w09's clinic")
    if "緊急命令及び改善命令" not in text("w20_"):
        bad("w20_: the listing should carry w04's title")

    for p in gold["pages"]:
        f = p["file"]
        r = open(os.path.join(REPO, f), encoding="utf-8").read()
        t = page_texts(r)[0]
        for m in NUMBER_TOKEN.finditer(t):
            tail = t[m.end():m.end() + 16]
            if not re.match(r"\s*[（(]?テスト用の架空の番号", tail):
                bad(f"{f}: number {m.group(1)} not followed by テスト用の架空の番号")
            if len(m.group(1)) == 13 and not corporate_number_ok(m.group(1)):
                bad(f"{f}: corporate number {m.group(1)} has a wrong check digit")
        if os.path.basename(f).split("_")[1].startswith("mhlw") and "霞が関1-2-2" not in r and "1-2-2 Kasumigaseki" not in r:
            bad(f"{f}: ministry footer address missing")
        contact = " ".join(re.findall(r'class="contact">(.*?)</(?:p|span)>', r, flags=re.S))
        if ("【照会先】" in r or "【担当】" in r) and not contact:
            bad(f"{f}: contact block not found")
        for n in p["notices"]:
            for pe in n["persons"]:
                fam = pe["name"].split(" ")[0]
                if fam in contact:
                    bad(f"{f}: person {pe['name']} is in the contact block")
            for s in n["subjects"]:
                if s["address"] and "霞が関" in s["address"]:
                    bad(f"{f}: the ministry's address on {s['name']}")
                if s["role"] == "clinic" and not s["operator"] and n["part"] is None:
                    if not any(pe["title"] == "開設者" and pe["of"] == s["name"] for pe in n["persons"]):
                        bad(f"{f}: clinic {s['name']} has no operator and no 開設者 person")


def main():
    ref = json.load(open(os.path.join(GOLD_DIR, "gold.json"), encoding="utf-8"))
    mine = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    check_schema(ref, mine)

    annotated = set()
    fn_pages = {}
    counts = {"pages": 0, "notice pages": 0, "listing": 0, "other": 0, "notices": 0,
              "closure parts": 0, "subjects": 0, "persons": 0, "renames": 0, "closures": 0,
              "facility numbers": 0}
    kinds = {}
    roles = {}
    titles = {}
    my_names = {}
    for p in mine["pages"]:
        f = p["file"]
        annotated.add(os.path.basename(f))
        path = os.path.join(REPO, f)
        counts["pages"] += 1
        if not f.startswith("crawler/tests/gold/heldout12/pages/"):
            bad(f"{f}: not under heldout12/pages")
        if not os.path.exists(path):
            bad(f"{f}: missing")
            continue
        raw = open(path, encoding="utf-8").read()
        if not raw.lstrip().lower().startswith("<!doctype html") or "</html>" not in raw:
            bad(f"{f}: not a full document")
        if FICTION not in raw:
            bad(f"{f}: fiction line missing")
        if not p.get("covers"):
            bad(f"{f}: no covers")
        texts = page_texts(raw)
        # glued and spaced text: a table cell's date must not run into the cell before it
        nfkc = unicodedata.normalize("NFKC", texts[0]) + "\n" + unicodedata.normalize("NFKC", texts[1])
        if p["what"] in ("listing", "other"):
            counts[p["what"]] += 1
            if p["notices"]:
                bad(f"{f}: {p['what']} page with notices")
            continue
        if p["what"] != "notices" or not p["notices"]:
            bad(f"{f}: what={p['what']} with {len(p['notices'])} notices")
            continue
        counts["notice pages"] += 1
        check_page_structure(f, p["notices"])
        for fnum in (s["facility_number"] for n in p["notices"] for s in n["subjects"]):
            if fnum:
                fn_pages.setdefault(fnum, set()).add(os.path.basename(f))
        for i, n in enumerate(p["notices"]):
            where = f"{f} notice {i}"
            counts["notices"] += 1
            if n["part"] == "closure":
                counts["closure parts"] += 1
            elif n["part"] is not None:
                bad(f"{where}: part {n['part']!r}")
            kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
            if n["kind"] not in KINDS:
                bad(f"{where}: kind {n['kind']}")
            if not on_page(n["authority"], texts) and not (
                    n["authority"] == "厚生労働省" and on_page("Ministry of Health, Labour and Welfare", texts)):
                bad(f"{where}: authority {n['authority']} not on page")
            if n["issued_on"] and not date_stated(n["issued_on"], nfkc, f, raw):
                bad(f"{where}: issued_on {n['issued_on']} not stated")
            for a in n["articles"]:
                r = article_re(a)
                if not r or not (re.search(r, dekanji(nfkc)) or re.search(article_re_en(a), nfkc)):
                    bad(f"{where}: article {a} not printed")
            for a in n["violations"]:
                r = article_re(a)
                if not r or not re.search(r + r"[^。]{0,3}違反", nfkc):
                    bad(f"{where}: violation {a} not printed with 違反")
            for pl in n["plans"]:
                if not on_page_loose(pl, texts, where, "plan"):
                    bad(f"{where}: plan {pl} not on page")
            subj = {}
            for s in n["subjects"]:
                counts["subjects"] += 1
                roles[s["role"]] = roles.get(s["role"], 0) + 1
                subj[ws(s["name"])] = s
                my_names[key(s["name"])] = (f, s["name"])
                if s["role"] not in ROLES:
                    bad(f"{where}: role {s['role']}")
                if not on_page_loose(s["name"], texts, where, "name"):
                    bad(f"{where}: name {s['name']} not on page")
                if "※" in s["name"]:
                    bad(f"{where}: footnote mark in name {s['name']}")
                if s["place"] and not on_page(s["place"], texts, nospace=True):
                    bad(f"{where}: place {s['place']} not on page")
                if s["place"] and " " in s["place"] and not is_ascii(s["place"]):
                    bad(f"{where}: place {s['place']} has a space")
                if s["address"] and not on_page_loose(s["address"], texts, where, "address"):
                    bad(f"{where}: address {s['address']} not on page")
                if s["address"] and s["place"] and not s["address"].replace(" ", "").startswith(s["place"]):
                    bad(f"{where}: address {s['address']} does not start with place {s['place']}")
                if s["operator"] and not on_page_loose(s["operator"], texts, where, "operator"):
                    bad(f"{where}: operator {s['operator']} not on page")
                for pl in s["plans"]:
                    if not on_page_loose(pl, texts, where, "plan"):
                        bad(f"{where}: plan {pl} not on page")
                    if pl not in n["plans"]:
                        bad(f"{where}: subject plan {pl} not on the notice")
                if s["role"] == "operator" and (s["place"] or s["address"] or s["operator"] or s["plans"]):
                    bad(f"{where}: operator {s['name']} carries place/address/operator/plans")
                fn = s["facility_number"]
                if fn:
                    counts["facility numbers"] += 1
                    if not on_page(fn, texts):
                        bad(f"{where}: facility number {fn} not on page")
                    marked = re.search(re.escape(fn) + r"\s*[（(]?テスト用の架空の番号", raw) or \
                        re.search(r"※[^<]*施設番号[^<]*テスト用の架空の番号", raw)
                    if not marked:
                        bad(f"{where}: facility number {fn} not marked as invented")
            for s in n["subjects"]:
                op = s["operator"]
                if op and n["part"] is None:
                    o = subj.get(ws(op))
                    if not o or o["role"] != "operator":
                        bad(f"{where}: operator {op} of {s['name']} is not an operator subject")
            for pe in n["persons"]:
                counts["persons"] += 1
                titles[pe["title"]] = titles.get(pe["title"], 0) + 1
                my_names["person:" + key(pe["name"])] = (f, pe["name"])
                if not on_page(pe["name"], texts):
                    bad(f"{where}: person {pe['name']} not on page")
                if pe["name"].endswith(HONORIFICS) or any(t in pe["name"] for t in TITLE_ROLE):
                    bad(f"{where}: person {pe['name']} carries an honorific or a title")
                if not on_page(pe["title"], texts, nospace=True):
                    bad(f"{where}: title {pe['title']} not on page")
                target = subj.get(ws(pe["of"]))
                if not target:
                    bad(f"{where}: person {pe['name']} is 'of' {pe['of']}, not a subject of this notice")
                elif TITLE_ROLE.get(pe["title"]) and TITLE_ROLE[pe["title"]] != target["role"]:
                    bad(f"{where}: {pe['title']} {pe['name']} points to a {target['role']}")
            for r in n["renames"]:
                counts["renames"] += 1
                for k in ("old", "new"):
                    if not on_page_loose(r[k], texts, where, "rename " + k):
                        bad(f"{where}: rename {k} {r[k]} not on page")
                if key(r["old"]) == key(r["new"]):
                    bad(f"{where}: rename {r['old']} -> {r['new']} changes nothing")
                returns = any(ws(x["new"]) == ws(r["old"]) for x in n["renames"][n["renames"].index(r) + 1:])
                if ws(r["old"]) in subj and not returns:
                    bad(f"{where}: former name {r['old']} is also a subject")
                if r["on"] and not date_stated(r["on"], nfkc, f, raw):
                    bad(f"{where}: rename date {r['on']} not stated")
            for c in n["closures"]:
                counts["closures"] += 1
                if ws(c["name"]) not in subj:
                    bad(f"{where}: closed {c['name']} is not a subject")
                if c["on"] and not date_stated(c["on"], nfkc, f, raw):
                    bad(f"{where}: closure date {c['on']} not stated")

    check_links(mine)
    for fnum, fs in sorted(fn_pages.items()):
        if len(fs) > 1:
            print(f"facility number {fnum} on several pages (cross-page link): {', '.join(sorted(fs))}")

    on_disk = set(os.listdir(os.path.join(HERE, "pages")))
    for x in sorted(on_disk - annotated):
        bad(f"pages/{x}: not annotated")

    # collisions with the other sets: compare names only, print only collisions
    for other in ("gold.json", "heldout/gold.json", "heldout2/gold.json", "heldout3/gold.json",
                  "heldout4/gold.json", "heldout5/gold.json", "heldout6/gold.json",
                  "heldout7/gold.json", "heldout8/gold.json", "heldout9/gold.json",
                  "heldout10/gold.json", "heldout11/gold.json"):
        path = os.path.join(GOLD_DIR, other)
        if not os.path.exists(path):
            continue
        for p in json.load(open(path, encoding="utf-8"))["pages"]:
            for n in p["notices"]:
                for s in n["subjects"]:
                    k = key(s["name"])
                    if k in my_names:
                        bad(f"collision with {other}: {my_names[k][1]} ({my_names[k][0]})")
                for pe in n.get("persons", []):
                    k = "person:" + key(pe["name"])
                    if k in my_names:
                        bad(f"person collision with {other}: {my_names[k][1]}")

    if loose:
        print("matched only without white space (hard line breaks):")
        for m in loose:
            print("  " + m)
    for k, v in counts.items():
        print(f"{k}: {v}")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("roles: " + ", ".join(f"{k} {v}" for k, v in sorted(roles.items())))
    print("titles: " + ", ".join(f"{k} {v}" for k, v in sorted(titles.items())))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for m in problems:
            print("  " + m)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()

