#!/usr/bin/env python3
"""Checks the eleventh held-out gold set against its own pages.

python3 crawler/tests/gold/heldout11/check.py   (exit status 1 on any problem)

Adapted from heldout10's check.py (same checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page — also in kanji numerals, doubled, English and abbreviated forms —,
articles printed (also as "Article N"), violations printed with 違反, persons' "of"
and titles, operators as subjects, facility numbers marked invented, renames change
something and their old name is not a subject, a clinic without an operator has a
開設者 person, every printed facility / plan / corporate number followed by
テスト用の架空の番号, the ministry's address on MHLW pages and never a party's, no
person's family name in a contact block, several main notices only of different
kinds). Changes for this set:
- the English page (v12): the authority 厚生労働省 is printed as "Ministry of Health,
  Labour and Welfare", the ministry's address as "1-2-2 Kasumigaseki", and a place
  printed in English ("Chuo-ku, Tokyo") may contain spaces;
- the prefecture's page (v11) has the prefecture's chrome; its authority is the bureau;
- set-specific checks replace heldout10's, one block per theme of the set: narrative
  pages (v01, v04) carry no table and name each operator as a sentence's subject;
  the rename wordings (同院 … 現在の名称, → chain, ⇒ with year-month, 変更前／変更後,
  変更前の商号, ※ footnote, 組織変更) and the move (移転) that is not a rename; 甲／乙
  and 委託元／委託先 with a product and client clinics printed but not annotated; the
  university and public hospital operators; the English page romanized without
  Japanese, the bilingual page's English renderings printed but not annotated; the
  correction's 誤 name printed but not annotated and its entry equal to v02's; the
  lifting and compliance report naming annotated parties; the repost's authority and
  date; four clinics in four prefectures with one manager; the 法第49条 suspension
  and revocation; the identity groups G1–G4 (README);
- counts per role and per title are printed;
- collisions are checked against the tuning set and heldout … heldout10 (only
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
    ("v04_", "2025-04-18"): "同年４月１８日付け",  # after 令和７年３月３１日 in the same sentence
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

    need = [f"v{i:02d}_" for i in range(1, 21)]
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
        if any(key(s) == key(x["name"]) for x in subs(k)):
            bad(f"{k}: {label} {s} must not be a subject")

    for k in ("v15_", "v16_", "v17_", "v18_", "v19_"):
        if byp[k]["notices"] or byp[k]["what"] != "other":
            bad(f"{k}: expected other without notices")
    if byp["v20_"]["notices"] or byp["v20_"]["what"] != "listing":
        bad("v20_: expected a listing without notices")
    if raw("v20_").count("<a href=") < 3:
        bad("v20_: the listing has no links")

    # --- 1. narrative pages: parties only inside paragraphs, operator as subject
    for k in ("v01_", "v04_"):
        r = raw(k)
        if "<table" in r or "<dl" in r:
            bad(f"{k}: a narrative page should carry no table or <dl>")
        for o in subs(k, "operator"):
            if not re.search(re.escape(o["name"]) + r"(（[^）]*）)?(は、|が、)", text(k)):
                bad(f"{k}: operator {o['name']} is never the subject of a sentence")
    if "その設置する" not in text("v01_") or "その開設する" not in text("v01_"):
        bad("v01_: expected その開設する / その設置する")

    # --- 2. rename and history wording
    c1 = one("v01_", "clinic")
    r1 = main_notice("v01_")["renames"]
    if len(r1) != 1 or r1[0]["new"] != c1["name"] or "同院は" not in text("v01_") or "現在の名称" not in text("v01_"):
        bad("v01_: the rename should be told with 同院 … 現在の名称, new = the clinic's name")
    r4 = main_notice("v04_")["renames"]
    if len(r4) != 2 or r4[0]["new"] != r4[1]["old"] or r4[1]["new"] != one("v04_", "clinic", notice=0)["name"] \
            or "→" not in text("v04_"):
        bad("v04_: expected a chain of two renames, printed with →")
    part4 = [n for n in byp["v04_"]["notices"] if n["part"] == "closure"]
    if len(part4) != 1 or part4[0]["renames"] != r4 or not part4[0]["closures"]:
        bad("v04_: expected a closure part repeating the renames")
    if "令和４年６月" not in text("v04_"):
        bad("v04_: the opening month should be printed (not a rename)")
    r5 = main_notice("v05_")["renames"]
    if "⇒" not in text("v05_") or len(r5) != 1 or len(r5[0]["on"] or "") != 7 or "当該医療機関" not in text("v05_"):
        bad("v05_: expected a ⇒ rename with year-month and 当該医療機関")
    r3 = main_notice("v03_")["renames"]
    if "変更前" not in text("v03_") or "変更後" not in text("v03_") or len(r3) != 2 or len({x["on"] for x in r3}) != 1:
        bad("v03_: expected two renames from a 変更前／変更後 table with one date")
    r8 = main_notice("v08_")["renames"]
    if "変更前の商号" not in text("v08_") or len(r8) != 1 or r8[0]["new"] != one("v08_", "operator")["name"]:
        bad("v08_: expected the 変更前の商号 rename to the operator's name")
    r9 = main_notice("v09_")["renames"]
    t9 = text("v09_")
    if len(r9) != 1 or "※" not in t9 or t9.find(r9[0]["old"]) < t9.find("※　") or \
            one("v09_", "clinic")["name"] + "※" not in t9:
        bad("v09_: the rename should be told only in the ※ footnote")
    r10 = main_notice("v10_")["renames"]
    if "組織変更" not in text("v10_") or len(r10) != 1 or not r10[0]["old"].startswith("有限会社") \
            or not r10[0]["new"].startswith("株式会社"):
        bad("v10_: expected 組織変更 有限会社 → 株式会社 as a rename")
    # move is not a rename
    if "移転" not in text("v02_") or main_notice("v02_")["renames"] or "本町四丁目２番８号" in "".join(
            s["address"] or "" for s in subs("v02_")):
        bad("v02_: the move (移転) must be printed, not a rename, the old address not annotated")

    # --- 3. contract roles; the product is not a party
    t3 = text("v03_")
    if not all(w in t3 for w in ("甲（委託元）", "乙（委託先）", "本契約")):
        bad("v03_: expected 甲（委託元） / 乙（委託先） / 本契約")
    for k, product in (("v03_", "自家末梢血CD34陽性細胞懸濁液"),):
        printed_not_annotated(k, product, "product")
    for w in ("甲", "乙"):
        if any(s["name"] == w for s in subs("v03_")):
            bad("v03_: 甲/乙 is never a name")
    if "受託者である" not in text("v04_") or "受託者" not in text("v08_") or "委託" not in text("v01_"):
        bad("contract wording missing on v01/v04/v08")
    for client in ("天神はなみずきクリニック", "小倉リバーサイドクリニック"):
        printed_not_annotated("v08_", client, "client clinic")

    # --- 4. university and public hospitals
    if not one("v06_", "operator")["name"].startswith("国立大学法人"):
        bad("v06_: operator should be a 国立大学法人")
    c6, f6 = one("v06_", "clinic"), one("v06_", "cell_processing_facility")
    if not f6["address"].startswith(c6["address"]) or not f6["name"].startswith(c6["name"]) or \
            c6["operator"] != f6["operator"]:
        bad("v06_: the CPC should be in the hospital's building, named after it, same operator")
    if not any(pe["title"] == "学長" for pe in persons("v06_")):
        bad("v06_: expected a 学長")
    if not one("v07_", "operator")["name"].startswith("学校法人") or main_notice("v07_")["kind"] != "licence_revocation":
        bad("v07_: expected a licence revocation of a 学校法人's CPC")
    if "，" not in text("v07_") or "．" not in text("v07_"):
        bad("v07_: expected ，． punctuation")
    if not one("v09_", "operator")["name"].startswith("地方独立行政法人"):
        bad("v09_: operator should be a 地方独立行政法人")
    if not one("v03_", "clinic")["operator"].startswith("独立行政法人"):
        bad("v03_: the 委託元 hospital's operator should be a 独立行政法人")

    # --- 5. English and bilingual
    for s in subs("v12_"):
        if not is_ascii(s["name"]) or (s["operator"] and not is_ascii(s["operator"])):
            bad(f"v12_: {s['name']} should be annotated in romanized English as printed")
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text("v12_").replace(FICTION, "").replace("日本語", "").replace(
            "テスト用の架空の番号", "")):
        bad("v12_: the English page should print no Japanese besides the fiction line, number mark and language link")
    if persons("v12_"):
        bad("v12_: no person is printed on the English page")
    for en in ("Luna Regenerative Clinic Roppongi", "Luna Iryokai", "Reiji Iikura", "Miwa Toriizaka"):
        if en not in text("v13_") or any(en in s["name"] or en in (s["operator"] or "") for s in subs("v13_")) or \
                any(en in pe["name"] for pe in persons("v13_")):
            bad(f"v13_: English rendering {en} should be printed and not annotated")
    if main_notice("v13_")["violations"] != ["法第4条第1項"]:
        bad("v13_: expected the violation 法第4条第1項")

    # --- 6. correction, lifting, compliance report
    wrong = "碧泉会 大宮駅東口クリニック"
    if wrong not in [s["name"] for s in subs("v02_")]:
        bad("v02_: the wrong name should be annotated as printed on v02")
    printed_not_annotated("v14_", wrong, "誤 name")
    t14 = text("v14_")
    if "訂正" not in t14 or "誤" not in t14 or "正" not in t14:
        bad("v14_: expected a 誤／正 correction")
    c14 = one("v14_", "clinic")
    c2 = [s for s in subs("v02_") if s["name"] == wrong]
    if c2 and key(c2[0]["address"]) != key(c14["address"]):
        bad("G2: v14's clinic should have v02's third clinic's address (width-folded)")
    variants("G2 operator", [one("v02_", "operator")["name"], one("v14_", "operator")["name"]])
    if {pe["name"] for pe in persons("v02_") if pe["title"] == "管理者"} != \
            {pe["name"] for pe in persons("v14_") if pe["title"] == "管理者"}:
        bad("G2: the manager differs between v02 and v14")
    if main_notice("v14_")["kind"] != "improvement_order":
        bad("v14_: the correction is read as the order it restates")
    if "解除" not in text("v15_") or c1["name"] not in text("v15_"):
        bad("v15_: the lifting should name v01's clinic")
    if "改善報告" not in text("v16_") or c14["name"] not in text("v16_"):
        bad("v16_: the compliance report should name the corrected clinic")

    # --- 7. prefecture repost
    t11 = text("v11_")
    if "福岡県" not in t11 or main_notice("v11_")["authority"] != "九州厚生局" or \
            main_notice("v11_")["issued_on"] != main_notice("v08_")["issued_on"] or "転載" not in t11:
        bad("v11_: expected the bureau as authority and its date, on the prefecture's page")
    if main_notice("v11_")["renames"]:
        bad("v11_: the repost prints no former name")
    f8, f11 = one("v08_", "cell_processing_facility"), one("v11_", "cell_processing_facility")
    if f8["facility_number"] != f11["facility_number"]:
        bad("G3: facility number differs")
    variants("G3 facility", [f8["name"], f11["name"]])
    variants("G3 company", [f8["operator"], f11["operator"]])
    variants("G3 person", [persons("v08_")[0]["name"], persons("v11_")[0]["name"]])

    # --- 8. several parties; suspension vs emergency; revocation
    cl2 = subs("v02_", "clinic")
    prefs = {re.match(r".+?[都道府県]", s["place"]).group(0) for s in cl2}
    if len(cl2) != 4 or len(prefs) != 4:
        bad("v02_: expected four clinics in four prefectures")
    mg = [pe for pe in persons("v02_") if pe["title"] == "管理者"]
    if len({pe["name"] for pe in mg}) != 1 or {pe["of"] for pe in mg} != {s["name"] for s in cl2}:
        bad("v02_: expected one manager, one person entry per clinic")
    if any(s["plans"] for s in cl2) or len(main_notice("v02_")["plans"]) != 2:
        bad("v02_: one plan list for four clinics belongs on the notice only")
    n10 = main_notice("v10_")
    if n10["kind"] != "suspension_order" or n10["articles"] != ["法第49条"] or \
            "法第22条" not in text("v10_") or "法第47条" not in text("v10_"):
        bad("v10_: expected a 法第49条 suspension that cites 法第22条/第47条 without resting on them")
    f4, f10 = one("v04_", "cell_processing_facility", notice=0), one("v10_", "cell_processing_facility")
    if f4["facility_number"] != f10["facility_number"] or key(f4["name"]) != key(f10["name"]):
        bad("G4: facility differs between v04 and v10")
    if r10 and r10[0]["old"] != f4["operator"]:
        bad("G4: v10's rename should start from v04's operator")
    if main_notice("v07_")["articles"] != ["法第49条"]:
        bad("v07_: the revocation rests on 法第49条")

    # --- look-alikes name annotated parties
    if c6["name"] not in text("v17_"):
        bad("v17_: the seminar should name v06's hospital")
    if one("v10_", "operator")["name"] not in text("v18_") or r4[0]["new"] not in text("v18_"):
        bad("v18_: the digest should name v10's company and v04's middle name")
    if one("v13_", "clinic")["name"] not in text("v19_"):
        bad("v19_: the consultation page should name v13's clinic")


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
    roles = {}
    titles = {}
    my_names = {}
    for p in mine["pages"]:
        f = p["file"]
        annotated.add(os.path.basename(f))
        path = os.path.join(REPO, f)
        counts["pages"] += 1
        if not f.startswith("crawler/tests/gold/heldout11/pages/"):
            bad(f"{f}: not under heldout11/pages")
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
                  "heldout7/gold.json", "heldout8/gold.json", "heldout9/gold.json",
                  "heldout10/gold.json"):
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
