#!/usr/bin/env python3
"""Checks the thirteenth held-out gold set against its own pages.

python3 crawler/tests/gold/heldout13/check.py   (exit status 1 on any problem)

Adapted from heldout12's check.py (same generic checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page — also in kanji numerals, doubled, English and abbreviated forms —,
articles printed, violations printed with 違反, persons' "of" and titles, operators
as subjects, facility numbers marked invented, renames change something and their
old name is not a subject, a clinic without an operator has a 開設者 person, every
printed facility / plan / corporate number followed by テスト用の架空の番号, the
ministry's address on MHLW pages and never a party's, no person's family name in a
contact block, several main notices only of different kinds). Changes for this set:
- two main notices of one page may share an **operator** subject (y14: a plan's
  中止 and its in-clinic facility's 廃止, one corporation behind both); clinics and
  facilities are still never shared between main notices;
- no relative dates are needed (RELATIVE_DATES is empty);
- FOLD also equates (医) with 医療法人 (G3's spellings);
- set-specific checks replace heldout12's, one block per theme of the set: the
  identity groups G1 (one licensed facility over five pages: renamed, its company
  absorbed, then merged into a new company, suspended, closed), G2 (医療法人社団 →
  社会医療法人; the clinic moved and renamed in one notice; its 届出 facility), G3 (an
  individual's clinic that became a 医療法人's under the same name; a foreign
  accredited manufacturer as context; a struck closure date) and N (two different
  clinics of the same name); updates of earlier pages (更新 lines, 【追記】, 【更新】,
  <del>, 続報); the new layouts (party columns, <caption>/<th scope>, <div> cards,
  a numbered 別紙, a CSV-like <pre>); kinds and authorities; printed date forms; the
  look-alikes and the listing;
- counts per role and per title are printed;
- collisions are checked against the tuning set and heldout … heldout12 (only
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
    # (page prefix, date): the relative phrase that states it on that page (none in this set)
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
    notice per kind), no clinic or facility shared between two main notices; at most one closure
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
            if s["role"] == "operator":
                continue  # one corporation may stand behind parties of two kinds (y14)
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
FOLD = [("株式会社", "㈱"), ("(株)", "㈱"), ("（株）", "㈱"), ("(医)", "医療法人")]


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

    need = [f"y{i:02d}_" for i in range(1, 21)]
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

    for k in ("y16_", "y17_", "y18_", "y19_"):
        if byp[k]["notices"] or byp[k]["what"] != "other":
            bad(f"{k}: expected other without notices")
    if byp["y20_"]["notices"] or byp["y20_"]["what"] != "listing":
        bad("y20_: expected a listing without notices")
    if raw("y20_").count("<a href=") < 3:
        bad("y20_: the listing has no links")

    # --- 1. G1: one licensed facility across five pages
    g1 = ["y01_", "y03_", "y05_", "y09_", "y13_"]
    fac = {k: [s for s in subs(k, "cell_processing_facility") if s["facility_number"] == "FA3110527"] for k in g1}
    for k in g1:
        if len(fac[k]) != 1:
            bad(f"G1 {k}: expected the facility FA3110527 once")
    if any(len(fac[k]) != 1 for k in g1):
        return
    f1, f3, f5, f9, f13 = (fac[k][0] for k in g1)
    r3 = main_notice("y03_")["renames"]
    if len(r3) != 1 or r3[0]["old"] != f1["name"] or r3[0]["new"] != f3["name"]:
        bad("G1: y03 should rename y01's facility name to its own")
    if not (f3["name"] == f5["name"] == f9["name"] == f13["name"]):
        bad("G1: y03, y05, y09, y13 name the facility alike")
    r13 = main_notice("y13_")["renames"]
    if len(r13) != 1 or r13[0]["old"] != f1["name"] or r13[0]["on"] is not None:
        bad("G1: y13's 旧名称 should be y01's name, undated")
    variants("G1 first company", [f1["operator"], f3["operator"]])
    if fold(f5["operator"]) == fold(f3["operator"]) or "吸収合併" not in text("y05_"):
        bad("G1: y05's operator should be the absorbing company")
    printed_not_annotated("y05_", "(株)ひばりセルファクトリー", "absorbed company")
    if "新設合併" not in text("y09_") or fold(f9["operator"]) == fold(f5["operator"]):
        bad("G1: y09's operator should be the company formed by the 新設合併")
    printed_not_annotated("y09_", "株式会社 リンクスバイオ", "dissolved company")
    printed_not_annotated("y09_", "株式会社ソラメディカル", "dissolved company")
    if main_notice("y09_")["renames"] or main_notice("y05_")["renames"]:
        bad("G1: a merger is not a rename")
    variants("G1 new company", [f9["operator"], f13["operator"]])
    if f13["name"] not in [c["name"] for c in main_notice("y13_")["closures"]]:
        bad("G1: y13 should close the facility")
    if main_notice("y05_")["kind"] != "improvement_order" or main_notice("y05_")["articles"] != ["法第48条第2項"] \
            or "続報" not in text("y05_") or "一時停止命令" not in text("y05_") or "法第47条" not in text("y05_"):
        bad("y05_: a 続報 titled after the stop, annotated as the new improvement order only")
    if main_notice("y09_")["kind"] != "suspension_order" or main_notice("y09_")["articles"] != ["法第49条"]:
        bad("y09_: expected a 法第49条 suspension")
    if not f1["facility_number"].startswith("FA") or any("許可" not in text(k) for k in ("y01_", "y09_")):
        bad("G1: the facility should be a licensed one (FA, 許可 on y01 and y09)")

    # --- 2. G2: 医療法人社団 → 社会医療法人, clinic moved and renamed in one notice
    c2 = one("y02_", "clinic")
    c6 = one("y06_", "clinic")
    c8 = one("y08_", "clinic")
    c14 = one("y14_", "clinic")
    r6 = main_notice("y06_")["renames"]
    if len(r6) != 1 or r6[0]["old"] != c2["name"] or r6[0]["new"] != c6["name"]:
        bad("G2: y06 should rename y02's clinic")
    if "移転" not in text("y06_") or c6["place"] == c2["place"] or c2["place"] not in text("y06_"):
        bad("G2: y06 should tell the move, with the old place printed but not annotated")
    if not (c6["name"] == c8["name"] == c14["name"]):
        bad("G2: y06, y08, y14 name the clinic alike")
    variants("G2 old corporation", [c2["operator"], c6["operator"]])
    r8 = main_notice("y08_")["renames"]
    if len(r8) != 1 or fold(r8[0]["old"]) != fold(c2["operator"]) or r8[0]["new"] != c8["operator"]:
        bad("G2: y08 should rename the 医療法人社団 to the 社会医療法人")
    if "<del>" + r8[0]["old"] + "</del>" not in raw("y08_") or "更新" not in byp["y08_"]["file"] + text("y08_"):
        bad("y08_: the old name should be struck through on an updated page")
    variants("G2 社会医療法人", [c8["operator"], c14["operator"]])
    fn2 = {one(k, "cell_processing_facility")["facility_number"] for k in ("y06_", "y08_")}
    fn2 |= {s["facility_number"] for s in subs("y14_", "cell_processing_facility") if s["name"].startswith(c14["name"])}
    if fn2 != {"FC5280562"}:
        bad(f"G2: the in-clinic 届出 facility keeps FC5280562: {fn2}")
    if kinds("y14_") != [(None, "discontinuation_filing"), (None, "closure_filing")] or byp["y14_"]["notices"][0]["closures"]:
        bad("y14_: expected a discontinuation (closing nothing) and a closure")
    if "<pre" not in raw("y14_") or raw("y14_").count(",") < 20:
        bad("y14_: expected a CSV-like <pre>")

    # --- 3. G3: an individual's clinic that became a 医療法人's under the same name
    c4 = one("y04_", "clinic", notice=0)
    c7 = one("y07_", "clinic")
    c10 = one("y10_", "clinic")
    c12 = [s for s in subs("y12_", "clinic") if s["operator"]][0]
    if c4["operator"] is not None or sorted(pe["title"] for pe in byp["y04_"]["notices"][0]["persons"]) != ["管理者", "開設者"]:
        bad("y04_: an individual's clinic: no operator, the doctor 開設者 and 管理者")
    if kinds("y04_") != [(None, "improvement_order"), ("closure", "closure_filing")]:
        bad("y04_: expected an improvement order with a closure part")
    if c10["name"] != c4["name"] or c12["name"] != c4["name"] or not c7["name"].endswith(c4["name"]):
        bad("G3: the 医療法人's clinic bears the individual's clinic's name")
    variants("G3 医療法人", [c7["operator"], c10["operator"], c12["operator"]])
    if c4["address"].replace("５", "5") != c7["address"]:
        bad("G3: y04 and y07 print one address (widths aside)")
    if [pe["title"] for pe in persons("y07_")] != ["理事長", "管理者"] or len({pe["name"] for pe in persons("y07_")}) != 1:
        bad("y07_: one person, 理事長 and 管理者")
    printed_not_annotated("y10_", "台中セルバイオ・ラボラトリー", "foreign accredited manufacturer")
    if "認定" not in text("y10_"):
        bad("y10_: the foreign manufacturer should be said to be 認定")
    cl12 = [c for c in main_notice("y12_")["closures"] if c["name"] == c12["name"]]
    if not cl12 or "<del>令和7年12月31日</del>" not in raw("y12_") or cl12[0]["on"] != "2025-12-26":
        bad("y12_: the closure date is the corrected one, not the struck one")

    # --- 4. N: two different clinics of the same name
    n11 = one("y11_", "clinic")
    n15 = one("y15_", "clinic")
    if n11["name"] != n15["name"]:
        bad("N: the two clinics should bear the same name")
    if n11["place"] == n15["place"] or fold(n11["operator"]) == fold(n15["operator"]) or \
            {pe["name"] for pe in persons("y11_")} & {pe["name"] for pe in persons("y15_")}:
        bad("N: the two clinics must differ in place, operator and people")
    if "同名の医療機関" not in text("y15_") or "北海道札幌市中央区" not in text("y15_"):
        bad("y15_: expected the note on the other clinic of the same name")
    if any(s["place"] and s["place"].startswith("北海道") for s in subs("y15_")):
        bad("y15_: the 札幌 clinic is context on y15")

    # --- 5. updates of earlier pages
    if "【追記】" not in text("y04_") or "【更新】" not in text("y09_") or "（令和7年7月22日更新）" not in text("y09_"):
        bad("updates: expected 【追記】 (y04) and 【更新】 with an 更新 line (y09)")
    if "令和7年6月10日更新" not in text("y08_") or "<del>" not in raw("y12_"):
        bad("updates: expected y08's 更新 title and y12's <del>")
    if main_notice("y09_")["issued_on"] != "2025-07-18" or main_notice("y08_")["issued_on"] != "2025-05-30":
        bad("updates: an update's date is never issued_on")

    # --- 6. layouts
    r1 = raw("y01_")
    rows = re.findall(r"<tr><th>[^<]+</th>(.*?)</tr>", r1)
    if len(rows) < 8 or any(r.count("<td>") != 2 for r in rows[1:]):
        bad("y01_: expected headers in the first column and two party columns")
    if len(subs("y01_", "operator")) != 2:
        bad("y01_: expected two operators, one per column")
    r2 = raw("y02_")
    if "<caption>" not in r2 or 'scope="row"' not in r2 or 'scope="col"' not in r2 or "本文へ移動" not in r2:
        bad("y02_: expected <caption>, <th scope> and a skip link")
    r10 = raw("y10_")
    if r10.count('class="m-card') < 4 or "<table" in r10:
        bad("y10_: expected <div> cards, no table")
    r13 = raw("y13_")
    if "別紙" not in text("y13_") or r13.count("<li>施設番号") != 3 or len(main_notice("y13_")["closures"]) != 3:
        bad("y13_: expected a numbered 別紙 of three closures")
    f13b = [s for s in subs("y13_", "cell_processing_facility") if s["name"].startswith("医社")]
    if not f13b or f13b[0]["operator"] != "医療法人社団 房総陽光会":
        bad("y13_: the 医社 in the facility name is not its operator; the 設置者 row is")

    # --- 7. licence holder vs 届出 facility; kinds
    if not one("y06_", "cell_processing_facility")["facility_number"].startswith("FC") or "届出" not in text("y06_"):
        bad("y06_: expected a 届出 facility")
    allk = {}
    for k in byp:
        for n in byp[k]["notices"]:
            allk[n["kind"]] = allk.get(n["kind"], 0) + 1
    for kd in ("emergency_order", "improvement_order", "suspension_order", "closure_filing", "discontinuation_filing"):
        if kd not in allk:
            bad(f"kinds: no {kd}")
    auth = {n["authority"] for k in byp for n in byp[k]["notices"]}
    if auth != {"厚生労働省", "北海道厚生局", "関東信越厚生局", "東海北陸厚生局", "近畿厚生局", "九州厚生局"}:
        bad(f"authorities: {sorted(auth)}")

    # --- date forms
    for k, form in (("y01_", "令和５年９月１５日"), ("y02_", "2023年11月10日"), ("y03_", "令和6年3月8日（金）"),
                    ("y06_", "令和6年 12 月 6 日"), ("y07_", "令和七年二月七日"),
                    ("y11_", "令和7年（2025年）10月24日"), ("y15_", "2026年（令和8年）3月6日"),
                    ("y14_", "2026/01/13"), ("y13_", "R8.1.20"), ("y16_", "令和７年２月１４日")):
        if form not in text(k):
            bad(f"{k}: date form {form} not printed")

    # --- 8. look-alikes name parties but carry no notice
    if "事務連絡" not in text("y16_") or "御中" not in text("y16_") or c6["name"] not in text("y16_"):
        bad("y16_: expected a 事務連絡 to prefectures naming y06's clinic")
    if "<details" not in raw("y17_") or n15["name"] not in text("y17_") or "美容クリニック" not in text("y17_"):
        bad("y17_: expected a FAQ naming clinic types and y15's clinic")
    if "開催" not in text("y18_") or "筑後 正臣" not in text("y18_"):
        bad("y18_: expected an event report naming the G3 doctor")
    if "人事異動" not in text("y19_") or "再生医療等研究推進室長" not in text("y19_"):
        bad("y19_: expected personnel changes")
    if "細胞培養加工施設の廃止の届出について" not in text("y20_") or "製造業務の停止命令" not in text("y20_"):
        bad("y20_: the listing should carry y13's and y09's titles")

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
        if not f.startswith("crawler/tests/gold/heldout13/pages/"):
            bad(f"{f}: not under heldout13/pages")
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
                  "heldout10/gold.json", "heldout11/gold.json", "heldout12/gold.json"):
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

