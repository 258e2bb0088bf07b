#!/usr/bin/env python3
"""Checks the fourteenth held-out gold set against its own pages.

python3 crawler/tests/gold/heldout14/check.py   (exit status 1 on any problem)

Adapted from heldout13's check.py (same generic checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page — also in kanji numerals, doubled, English and abbreviated forms —,
articles printed, violations printed with 違反, persons' "of" and titles, operators
as subjects, facility numbers marked invented, renames change something and their
old name is not a subject, a clinic without an operator has a 開設者 person, every
printed facility / plan / corporate number followed by テスト用の架空の番号, the
ministry's address on MHLW pages and never a party's, no person's family name in a
contact block, several main notices only of different kinds, two main notices may
share an operator only). Changes for this set:
- FOLD equates 株式会社 / ㈱ / (株), 医社 / 医療法人社団 and （一財） / 一般財団法人 (the
  spellings of G1, G2 and G3);
- every printed 案件番号 and 医政研発 number is also checked for the invented mark;
- set-specific checks replace heldout13's, one block per theme of the set: the
  bureaus and the ministry's older templates (authorities, <font>/<center>, 平成 and
  令和元年 dates, 別添 inline); text converted from PDF (running header and page
  numbers, <br> inside names, U+3000, numbered items); names in every script
  (full-width Latin, half-width katakana, English, ・〜＆, legal forms after the
  name, 有限会社, 一般財団法人, 学校法人, 国立大学法人); several parties per notice
  (both parties of a contract ordered; contracted facilities and client clinics
  printed but not annotated; plan numbers never inside a plan name); the identity
  groups G1, G2, G3 and the pair N that must not link; printed date forms; the
  look-alikes and the listing;
- counts per role and per title are printed;
- collisions are checked against the tuning set and heldout … heldout13 (only
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
                continue  # one corporation may stand behind parties of two kinds (heldout13 y14)
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
FOLD = [("株式会社", "㈱"), ("(株)", "㈱"), ("（株）", "㈱"), ("医社", "医療法人社団"),
        ("（一財）", "一般財団法人"), ("(一財)", "一般財団法人")]


def fold(s):
    s = key(s)
    s = unicodedata.normalize("NFKC", s)
    for a, b in FOLD:
        s = s.replace(unicodedata.normalize("NFKC", a), unicodedata.normalize("NFKC", b))
    return s


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def has_fullwidth_latin(s):
    return any("\uff21" <= c <= "\uff5a" for c in s)


def has_halfwidth_kana(s):
    return any("\uff66" <= c <= "\uff9f" for c in s)


OTHER_NUMBERS = re.compile(r"(案件番号\s*[0-9]{9}|医政研発[0-9]{4}第[0-9]+号)")


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
            return {"name": "", "operator": "", "facility_number": None, "address": "", "place": "", "plans": []}
        return xs[0]

    def by_fn(k, fn):
        xs = [s for s in subs(k, "cell_processing_facility") if s["facility_number"] == fn]
        if len(xs) != 1:
            bad(f"{k}: expected the facility {fn} once, found {len(xs)}")
            return {"name": "", "operator": "", "facility_number": fn, "address": "", "place": ""}
        return xs[0]

    def main_notice(k):
        return byp[k]["notices"][0]

    def kinds(k):
        return [(n["part"], n["kind"]) for n in byp[k]["notices"]]

    need = [f"z{i:02d}_" for i in range(1, 21)]
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

    for k in ("z16_", "z17_", "z18_", "z19_"):
        if byp[k]["notices"] or byp[k]["what"] != "other":
            bad(f"{k}: expected other without notices")
    if byp["z20_"]["notices"] or byp["z20_"]["what"] != "listing":
        bad("z20_: expected a listing without notices")

    # --- 1. bureaus not yet common and the ministry's older templates
    auth = {n["authority"] for k in byp for n in byp[k]["notices"]}
    if auth != {"厚生労働省", "北海道厚生局", "東北厚生局", "東海北陸厚生局", "中国四国厚生局", "四国厚生支局"}:
        bad(f"authorities: {sorted(auth)}")
    for k in ("z04_", "z14_"):
        if main_notice(k)["authority"] != "四国厚生支局" or "中国四国厚生局 四国厚生支局" not in text(k):
            bad(f"{k}: the 支局 is the authority, its parent bureau only in the header")
    for k in ("z01_", "z03_", "z07_", "z17_"):
        r = raw(k)
        if "<font" not in r or "<center>" not in r or "研究開発振興課" not in text(k) or "l-header" in r:
            bad(f"{k}: expected the 平成-era template (<font>, <center>, 研究開発振興課)")
    for k in ("z09_", "z16_"):
        if "<font" in raw(k) or "研究開発政策課" not in text(k):
            bad(f"{k}: expected the current template")
    if "別添" not in text("z01_") or ".pdf" in raw("z01_"):
        bad("z01_: the 別添 is inline text, not a PDF link")
    if main_notice("z03_")["issued_on"] != "2019-04-19" or "令和元年5月31日" not in text("z03_"):
        bad("z03_: 平成31年4月 page with a 令和元年 deadline; issued_on the 平成 date")
    if main_notice("z07_")["issued_on"] != "2019-06-28" or "平成31年4月22日" not in text("z07_"):
        bad("z07_: 令和元年 page with 平成31年 history")

    # --- 2. text converted from PDF (z02)
    r2, t2 = raw("z02_"), text("z02_")
    if "－ 1 －" not in t2 or "－ 2 －" not in t2 or t2.count("令和５年１１月２２日") < 3:
        bad("z02_: expected page numbers and the running header inside the text")
    if "培養加工セン<br>ター" not in r2 or "変形性膝関節症<br>の治療" not in r2:
        bad("z02_: expected a name and a plan broken across lines")
    f2 = by_fn("z02_", "FA2040311")
    spaced2 = page_texts(r2)[1]
    if f2["name"] in spaced2 or f2["name"].replace(" ", "") not in t2.replace(" ", ""):
        bad("z02_: the facility's name is printed only across a line break")
    if "Ｓｅｎｄａｉ　Ｃｅｌｌ　Ｐｏｒｔ" not in r2 or "氏　　名" not in r2:
        bad("z02_: expected U+3000 padding in a name and a label")
    for item in ("１．", "２．", "３．", "（１）", "（２）", "①", "②", "ア", "イ"):
        if item not in t2:
            bad(f"z02_: numbered item {item} missing")
    if [pe["name"] for pe in persons("z02_")] != ["榴岡 沙織", "岩切 健人"]:
        bad("z02_: U+3000 inside persons' names is one ASCII space")

    r15, t15 = raw("z15_"), text("z15_")
    if "－１－" not in t15 or "－２－" not in t15 or "加工セ<br>ンター" not in r15 or "（一財）　道南" not in r15:
        bad("z15_: expected PDF text (page numbers, a broken name, U+3000 inside the name)")

    # --- 3. names in every script
    if not has_fullwidth_latin(one("z04_", "clinic")["name"]) or not has_fullwidth_latin(f2["operator"]):
        bad("scripts: full-width Latin expected on z04's clinic and z02's company")
    hw = [s["name"] for k in ("z11_", "z14_") for s in subs(k, "clinic") if has_halfwidth_kana(s["name"])]
    if len(hw) < 2:
        bad("scripts: half-width katakana clinic names expected on z11 and z14")
    if not is_ascii(one("z09_", "clinic")["name"]):
        bad("scripts: z09's clinic name is English, half-width")
    f3 = by_fn("z03_", "FA3140377")
    if "・" not in f3["name"] or "〜" not in f3["name"] or "＆" not in one("z01_", "clinic")["name"]:
        bad("scripts: ・ and 〜 (z03) and ＆ (z01) in names")
    ops = [s["name"] for k in byp for s in subs(k, "operator")]
    for form in ("株式会社", "合同会社"):
        if not any(o.endswith(form) and not o.startswith(form) and o[0].isascii() or
                   o.endswith(form) and has_fullwidth_latin(o) for o in ops):
            bad(f"scripts: an English-named operator with {form} after the name")
    for form in ("有限会社", "一般財団法人", "学校法人", "国立大学法人", "医社", "（一財）", "医療法人社団", "医療法人 "):
        if not any(o.startswith(form) for o in ops):
            bad(f"scripts: no operator starting with {form}")

    # --- 4. several parties per notice; only some ordered; plan numbers
    z5 = main_notice("z05_")
    if z5["articles"] != ["法第23条第1項", "法第48条第2項"] or len(subs("z05_", "operator")) != 2 \
            or not one("z05_", "clinic")["name"].startswith("学校法人") or one("z05_", "cell_processing_facility")["operator"] != "国立大学法人 安芸総合大学":
        bad("z05_: both parties of the contract ordered, each with its own operator")
    if sorted(pe["title"] for pe in persons("z05_")) != ["学長", "理事長", "管理者"]:
        bad("z05_: 管理者 of the hospital, 理事長 of the 学校法人, 学長 of the 国立大学法人")
    for k, s, label in (("z04_", "有限会社さぬきバイオ", "contracted facility's company"),
                        ("z04_", "さぬきセルラボ 高松加工室", "contracted facility"),
                        ("z08_", "けんろく整形外科クリニック", "client clinic"),
                        ("z08_", "医療法人社団 兼六会", "client clinic's corporation"),
                        ("z11_", "ジェネシスセル株式会社", "contracted facility's company"),
                        ("z11_", "いずも細胞加工室", "contracted facility")):
        printed_not_annotated(k, s, label)
    if "本命令の対象" not in text("z04_") or "本命令の対象" not in text("z08_") or "本命令の対象" not in text("z11_"):
        bad("only-some-ordered pages must say who is not ordered")
    if subs("z08_", "clinic") or subs("z04_", "cell_processing_facility") or subs("z11_", "cell_processing_facility"):
        bad("context parties are not subjects (z04, z08, z11)")
    plan_no = re.compile(r"P[A-C][0-9]{7}")
    for k in ("z02_", "z04_", "z05_", "z09_", "z11_", "z14_"):
        if not plan_no.search(text(k)):
            bad(f"{k}: expected a printed plan number")
        for n in byp[k]["notices"]:
            for pl in n["plans"]:
                if plan_no.search(pl) or "計画番号" in pl or "第二種" in pl:
                    bad(f"{k}: plan {pl} carries a number or class")
    for cls in ("第一種", "第二種", "第三種"):
        if not any(cls in text(k) for k in byp if byp[k]["what"] == "notices"):
            bad(f"classes: {cls} not printed on any notice page")
    z1 = main_notice("z01_")
    if z1["plans"] or z1["violations"] != ["法第4条第1項"]:
        bad("z01_: no plan (treatment without a plan), violation 法第4条第1項")
    if kinds("z11_") != [(None, "improvement_order"), ("closure", "closure_filing")] \
            or byp["z11_"]["notices"][1]["issued_on"] != "2025-02-03" or byp["z11_"]["notices"][1]["closures"][0]["on"] != "2025-01-31":
        bad("z11_: improvement order + closure part dated by the filing, closed on the closing date")

    # --- 5. identity groups
    g1 = {k: by_fn(k, "FA2040311") for k in ("z02_", "z06_", "z12_")}
    if len({key(s["name"]) for s in g1.values()}) != 1 or len({s["name"] for s in g1.values()}) < 2:
        bad("G1: one facility name, spaced and unspaced")
    variants("G1 company", [g1["z02_"]["operator"], g1["z06_"]["operator"]])
    r12 = main_notice("z12_")["renames"]
    if len(r12) != 1 or fold(r12[0]["old"]) != fold(g1["z06_"]["operator"]) or r12[0]["new"] != g1["z12_"]["operator"] \
            or r12[0]["on"] != "2025-04" or "※1" not in text("z12_"):
        bad("G1: z12's footnote renames the company (year-month), the facility keeps its name and number")
    if any("※" in s["name"] or "※" in (s["operator"] or "") for s in subs("z12_")):
        bad("z12_: the footnote mark is not part of a name")
    if len({s["address"].replace("-", "") for s in g1.values()}) != 3:
        bad("G1: three spellings of one address expected")
    if main_notice("z06_")["kind"] != "suspension_order" or main_notice("z06_")["articles"] != ["法第49条"] \
            or "令和6年4月1日から同年6月30日まで" not in text("z06_"):
        bad("z06_: 法第49条 suspension with a period range")

    g2c = {k: one(k, "clinic") if k != "z14_" else [s for s in subs(k, "clinic") if key(s["name"]).isascii()][0]
           for k in ("z04_", "z09_", "z14_")}
    if len({key(s["name"]) for s in g2c.values()}) != 1 or len({s["name"] for s in g2c.values()}) < 2:
        bad("G2: one clinic, full-width and half-width")
    variants("G2 corporation", [s["operator"] for s in g2c.values()])
    for k in ("z04_", "z09_", "z14_"):
        if "PB8370215" not in text(k) or g2c[k]["plans"] != ["自己脂肪由来間葉系幹細胞を用いた慢性腰痛の治療"]:
            bad(f"G2 {k}: plan number PB8370215 beside the one plan")
    by_fn("z09_", "FA8370094")
    for k in ("z04_", "z19_"):
        if "FA8370094" not in text(k):
            bad(f"G2 {k}: the contracted facility's number should be printed")
    if main_notice("z14_")["kind"] != "discontinuation_filing" or main_notice("z14_")["closures"]:
        bad("z14_: a discontinuation closes nothing")

    g3 = {k: by_fn(k, "FA1010442") for k in ("z07_", "z10_", "z15_")}
    r10 = main_notice("z10_")["renames"]
    if len(r10) != 1 or r10[0]["old"] != g3["z07_"]["name"] or r10[0]["new"] != g3["z10_"]["name"] \
            or g3["z15_"]["name"] != g3["z10_"]["name"] or "旧称" not in text("z10_"):
        bad("G3: z10's 旧称 row renames z07's kana name to the kanji name z15 uses")
    variants("G3 foundation", [s["operator"] for s in g3.values()])
    p10, p15 = persons("z10_"), persons("z15_")
    if len(p10) != 1 or len(p15) != 1 or key(p10[0]["name"]) != key(p15[0]["name"]) or p10[0]["title"] == p15[0]["title"]:
        bad("G3: one person, 理事長 on z10 and 代表理事 on z15")
    if main_notice("z15_")["kind"] != "licence_revocation" or main_notice("z15_")["articles"] != ["法第49条"]:
        bad("z15_: licence revocation under 法第49条")

    n1 = by_fn("z08_", "FA3170188")
    n2 = by_fn("z13_", "FA3170251")
    if n1["name"] == n2["name"] or n1["name"] != n2["name"].replace("ッ", "", 1):
        bad("N: the two facilities' names differ by one kana only")
    if n1["place"] == n2["place"] or fold(n1["operator"]) == fold(n2["operator"]):
        bad("N: the two facilities differ in place and company")
    if n2["name"] in text("z08_") or n1["name"] in text("z13_"):
        bad("N: neither page names the other facility")

    # --- 6. date forms
    for k, form in (("z01_", "平成30年2月9日"), ("z03_", "平成31年4月19日（金）"), ("z07_", "令和元年６月２８日"),
                    ("z02_", "令和５年１１月２２日"), ("z04_", "令和六年八月九日"), ("z09_", "2024年（令和6年）11月15日"),
                    ("z14_", "R7.3.14"), ("z06_", "令和6年4月1日から同年6月30日まで"), ("z08_", "令和6年6月7日付け"),
                    ("z10_", "令和３年１２月３日（金）"), ("z12_", "令和7年4月に"), ("z16_", "令和7年1月20日～同年2月18日")):
        if form not in text(k):
            bad(f"{k}: date form {form} not printed")
    if main_notice("z04_")["issued_on"] != "2024-08-09" or main_notice("z14_")["issued_on"] != "2025-03-14":
        bad("dates: kanji and dotted date lines")

    # --- 7. look-alikes and the listing
    if "意見募集" not in text("z16_") or "Takamatsu Cell Clinic" not in text("z16_"):
        bad("z16_: expected a 意見募集 naming G2's clinic")
    if "（通知）" not in text("z17_") or "殿" not in text("z17_") or "法第48条第2項" not in text("z17_"):
        bad("z17_: expected a 通知 citing the articles")
    if "第三種" not in text("z18_") or "<caption>" not in raw("z18_"):
        bad("z18_: expected a statistics table by class")
    if "(有)さぬきバイオ" not in text("z19_") or "許可" not in text("z19_"):
        bad("z19_: expected the register naming G2's facility")
    if raw("z20_").count("<a href=") < 3 or "細胞培養加工施設の廃止の届出について" not in text("z20_") \
            or "特定細胞加工物製造事業者に対する改善命令について" not in text("z20_"):
        bad("z20_: the listing should carry z13's and z08's titles")

    # --- 8. kinds
    allk = {n["kind"] for k in byp for n in byp[k]["notices"]}
    if allk != KINDS:
        bad(f"kinds: {sorted(KINDS - allk)} missing")

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

        for m in OTHER_NUMBERS.finditer(t):
            tail = t[m.end():m.end() + 16]
            if not re.match(r"\s*[（(]?テスト用の架空の番号", tail):
                bad(f"{f}: number {m.group(1)} not followed by テスト用の架空の番号")



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
        if not f.startswith("crawler/tests/gold/heldout14/pages/"):
            bad(f"{f}: not under heldout14/pages")
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
                  "heldout10/gold.json", "heldout11/gold.json", "heldout12/gold.json",
                  "heldout13/gold.json"):
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

