#!/usr/bin/env python3
"""Checks the tenth held-out gold set against its own pages.

python3 crawler/tests/gold/heldout10/check.py   (exit status 1 on any problem)

Adapted from heldout9's check.py (same checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page — also in kanji numerals, doubled, English and abbreviated R7.9.30 forms —,
articles printed, violations printed with 違反, persons' "of" and titles, operators as
subjects, facility numbers marked invented, renames change something and their old
name is not a subject, a clinic without an operator has a 開設者 person, every printed
facility / plan / corporate number followed by テスト用の架空の番号, the ministry's
address on MHLW pages and never a party's, no person's family name in a contact
block). Changes for this set:
- an article is also found without 第 before its number (u12's 「及び47条」);
- a page may carry several main notices when they are of different kinds (README:
  one notice per kind of order; u03 緊急命令 + 改善命令, u06 廃止 + 計画の中止); no
  subject is shared between two main notices; a closure part's subjects must be
  subjects of a main notice;
- set-specific checks replace heldout9's: u17–u20 are `other` without notices; the
  identity groups across pages (G1 u01/u02/u03 clinic and operator, G2 facility
  FA3130521 on u01/u02/u03 and its company on u04, G3 u05/u06, G4 u07/u08, G5
  u10/u11, G6 u12/u13, G7 u15/u16) are spelled differently on their pages and equal
  once the variants this set uses are folded (髙/高, 﨑/崎, ヶ/ケ/が, ・, spaces, width,
  ㈱/(株)/株式会社, 医社/医療法人社団); u03's rename starts from u01's name and its
  old operator (事業譲渡) is printed but not annotated; u07's absorbed corporation and
  u06's new 医療法人 are printed but not annotated; u01's date line has a wrong
  weekday; u12 prints 47条 without 第 and a 「 left open; u02 prints its clinic in two
  spellings; facility-number-only subjects (u04, u06) are named by their number; u11's
  hospital is a facility, not a clinic; u17 names u03's clinic;
- collisions are checked against the tuning set and heldout … heldout9 (only
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
    # (page prefix, date): the relative phrase that states it on that page (none here)
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
FOLD = [("医療法人社団", "医社"), ("株式会社", "㈱"), ("(株)", "㈱"), ("（株）", "㈱"),
        ("髙", "高"), ("﨑", "崎"), ("ヶ", "ケ"), ("が丘", "ケ丘"), ("・", "")]


def fold(s):
    s = key(s)
    s = unicodedata.normalize("NFKC", s)
    for a, b in FOLD:
        s = s.replace(unicodedata.normalize("NFKC", a), unicodedata.normalize("NFKC", b))
    return s


def weekday_wrong(raw):
    m = re.search(r"令和(\d+)年(\d+)月(\d+)日（([月火水木金土日])）", raw)
    if not m:
        return False
    import datetime
    d = datetime.date(2018 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return "月火水木金土日"[d.weekday()] != m.group(4)


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
            return {"name": "", "operator": None, "facility_number": None}
        return xs[0]

    need = [f"u{i:02d}_" for i in range(1, 21)]
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

    for k in ("u17_", "u18_", "u19_", "u20_"):
        if byp[k]["notices"] or byp[k]["what"] != "other":
            bad(f"{k}: expected other without notices")

    # G1: the 髙嶺会 clinic and its operator
    c1, c2 = one("u01_", "clinic"), one("u02_", "clinic")
    c3 = one("u03_", "clinic", notice=0)
    if fold(c1["name"]) not in fold(c2["name"]) or key(c1["name"]) in key(c2["name"]):
        bad("G1: u02's clinic is not u01's clinic in another spelling")
    ren = byp["u03_"]["notices"][0]["renames"]
    if len(ren) != 1 or ren[0]["old"] != c1["name"] or ren[0]["new"] != c3["name"]:
        bad("G1: u03's rename does not lead from u01's clinic to u03's")
    variants("G1 operator", [c1["operator"], c2["operator"], c3["operator"]])
    if "髙嶺ヶ丘スキンクリニック" not in text("u02_") or "高嶺ケ丘スキンクリニック" not in text("u02_"):
        bad("u02_: the clinic is not printed in two spellings")
    if c3["name"] not in text("u17_"):
        bad("u17_: u03's clinic not named on the Q&A")
    # G2: facility FA3130521, its company, the transfer on u03 and the closure on u04
    f1, f2 = one("u01_", "cell_processing_facility"), one("u02_", "cell_processing_facility")
    f3 = one("u03_", "cell_processing_facility", notice=1)
    if {f1["facility_number"], f2["facility_number"], f3["facility_number"]} != {"FA3130521"}:
        bad("G2: facility number differs across u01/u02/u03")
    f4 = [s for s in subs("u04_", "cell_processing_facility") if s["facility_number"] == "FA3130634"]
    variants("G2 company", [f1["operator"], f2["operator"]] + [s["operator"] for s in f4])
    if fold(f3["operator"]) == fold(f1["operator"]):
        bad("G2: u03's facility should have the transferee as operator")
    if "事業譲渡" not in text("u03_") or "株式会社芝浦セルプロセス" not in text("u03_") or \
            any(fold(s["name"]) == fold("株式会社芝浦セルプロセス") for s in subs("u03_")):
        bad("u03_: the transferor must be printed (事業譲渡) and not annotated")
    kinds3 = [n["kind"] for n in byp["u03_"]["notices"]]
    if kinds3 != ["emergency_order", "improvement_order"]:
        bad(f"u03_: expected an emergency and an improvement notice, got {kinds3}")
    # G3: individual's clinic u05 -> closure u06
    variants("G3 clinic", [one("u05_", "clinic")["name"], one("u06_", "clinic", notice=0)["name"]], must_differ=False)
    variants("G3 person", [persons("u05_")[0]["name"], persons("u06_")[0]["name"]])
    if "FC7400215" not in {s["facility_number"] for s in subs("u06_")}:
        bad("G3: u05's facility number not on u06")
    if [n["kind"] for n in byp["u06_"]["notices"]] != ["closure_filing", "discontinuation_filing"]:
        bad("u06_: expected a closure and a discontinuation notice")
    if "医療法人 真澄会" not in text("u06_") or any("真澄会" in s["name"] for s in subs("u06_")):
        bad("u06_: the new 医療法人 must be printed and not annotated")
    for p in ("u01_", "u02_", "u03_", "u05_", "u06_"):
        for s in subs(p, "clinic"):
            if s["role"] == "clinic" and not s["operator"] and p not in ("u05_", "u06_"):
                bad(f"{p}: clinic {s['name']} without operator")
    # G4: merger survivor u07 -> discontinuation u08
    variants("G4 clinic", [one("u07_", "clinic")["name"],
                           one("u08_", "clinic")["name"].replace(one("u08_", "clinic")["operator"], "")])
    variants("G4 operator", [one("u07_", "clinic")["operator"], one("u08_", "clinic")["operator"]])
    absorbed = "医療法人 鷺洲会"
    if absorbed not in text("u07_") or "吸収合併" not in text("u07_") or \
            any(fold(absorbed) in fold(s["name"]) for s in subs("u07_")) or byp["u07_"]["notices"][0]["renames"]:
        bad("u07_: absorbed corporation must be printed and not annotated")
    # G5: hospital facility u11 -> 製造の廃止 u10
    h10, h11 = one("u10_", "cell_processing_facility"), one("u11_", "cell_processing_facility")
    if h10["facility_number"] != h11["facility_number"]:
        bad("G5: facility number differs")
    variants("G5 operator", [h10["operator"], h11["operator"]])
    if not h11["name"].endswith("病院") or subs("u11_", "clinic"):
        bad("u11_: the hospital should be the facility, and no clinic")
    # G6: u12 / u13
    g12, g13 = one("u12_", "cell_processing_facility"), one("u13_", "cell_processing_facility")
    variants("G6 facility", [g12["name"], g13["name"]])
    variants("G6 company", [g12["operator"], g13["operator"]])
    if g12["facility_number"] != g13["facility_number"]:
        bad("G6: facility number differs")
    r12 = text("u12_")
    if "及び47条" not in r12 or "第47条" in r12 or not re.search(r"「はままつ駅前ペインクリニック（", r12):
        bad("u12_: expected 47条 without 第 and an unclosed 「")
    # G7: u15 / u16 full / half width
    variants("G7 clinic", [one("u15_", "clinic")["name"], one("u16_", "clinic")["name"]])
    if key(one("u15_", "clinic")["name"]) != key(one("u16_", "clinic")["name"]):
        bad("G7: the width-folded key should already be equal")
    variants("G7 operator", [one("u15_", "clinic")["operator"], one("u16_", "clinic")["operator"]])
    # u14: one corporation in two legal-form spellings on one page
    if "医社 道後ゆうひ会" not in text("u14_") or "医療法人社団 道後ゆうひ会" not in text("u14_"):
        bad("u14_: both legal-form spellings must be printed")
    # u01: wrong weekday
    if not weekday_wrong(raw("u01_")):
        bad("u01_: the date line should carry a wrong weekday")
    # facility-number-only subjects
    for k in ("u04_", "u06_"):
        if not any(s["name"] == s["facility_number"] for s in subs(k)):
            bad(f"{k}: no subject named by its facility number")

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
        if os.path.basename(f).split("_")[1].startswith("mhlw") and "霞が関1-2-2" not in r:
            bad(f"{f}: ministry footer address missing")
        contact = " ".join(re.findall(r'class="contact">(.*?)</p>', r, flags=re.S))
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
    my_names = {}
    for p in mine["pages"]:
        f = p["file"]
        annotated.add(os.path.basename(f))
        path = os.path.join(REPO, f)
        counts["pages"] += 1
        if not f.startswith("crawler/tests/gold/heldout10/pages/"):
            bad(f"{f}: not under heldout10/pages")
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
        nfkc = unicodedata.normalize("NFKC", texts[0])
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
            if not on_page(n["authority"], texts):
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
                if s["place"] and " " in s["place"]:
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
                if ws(r["old"]) in subj:
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
                  "heldout7/gold.json", "heldout8/gold.json", "heldout9/gold.json"):
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
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for m in problems:
            print("  " + m)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
