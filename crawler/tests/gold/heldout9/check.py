#!/usr/bin/env python3
"""Checks the ninth held-out gold set against its own pages.

python3 crawler/tests/gold/heldout9/check.py   (exit status 1 on any problem)

Adapted from heldout8's check.py (same checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page, articles printed, violations printed with 違反, persons' "of" and titles,
operators as subjects, facility numbers marked invented, one main notice per page,
at most one closure part, renames change something and their old name is not a
subject, a clinic without an operator has a 開設者 person). Changes for this set:
- dates are also found when printed with kanji numerals (令和七年十月三日), as
  doubled dates with the western year first (2026年（令和8年）1月16日), in English
  (October 3, 2025), and through the relative dates listed in RELATIVE_DATES (同月16日);
- articles are also found with kanji numerals (法第二十二条) and in English
  (Article 22 of the Act);
- titles 学長 and 会長 point to the operator;
- every plan number (P[A-C] + 7 digits), facility number (F[A-Z] + 7 digits) and
  corporate number (13 digits) printed on a page is followed by テスト用の架空の番号,
  and corporate numbers carry a valid check digit;
- set-specific checks replace heldout8's: t18 / t19 / t21 are `other` and t20 a
  `listing`, without notices; t09 (English) restates t02 (same subjects, date,
  facility number, no Japanese-era date); t18 names t15's clinic; t20 names the
  clinics of t03, t11 and t14; t07's body is a <pre> block holding the only date;
  t08's body is one paragraph; t05's table lists three orders; t06 is a Q&A; t11's
  absorbed corporation is printed but neither a subject nor a rename; every MHLW
  page prints the ministry's address (never a subject's); no person's family name
  appears in a contact block;
- collisions are checked against the tuning set and heldout … heldout8 (only
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
    ("t16_", "2026-02-16"): "同月16日をもって廃止",
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
    r = rf"第\s*{m.group(1)}\s*条"
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
    """One main notice per page, at most one closure part after it; the part is a
    closure_filing whose subjects are subjects of the main notice, and the main
    notice then closes nothing. Articles and violations are written 法第N条[第M項]
    with half-width digits; filings rest on no article."""
    mains = [n for n in notices if n["part"] is None]
    parts = [n for n in notices if n["part"] == "closure"]
    if len(mains) != 1 or notices[0]["part"] is not None:
        bad(f"{f}: expected exactly one main notice, first")
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
        if mains:
            main_names = {ws(s["name"]) for s in mains[0]["subjects"]}
            for s in part["subjects"]:
                if ws(s["name"]) not in main_names:
                    bad(f"{f}: closure part subject {s['name']} is not a subject of the main notice")
            if mains[0]["closures"]:
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


def check_links(gold):
    """Set-specific checks (see the module docstring)."""
    byp = {os.path.basename(p["file"])[:4]: p for p in gold["pages"]}

    def raw(k):
        return open(os.path.join(REPO, byp[k]["file"]), encoding="utf-8").read()

    def text(k):
        return page_texts(raw(k))[0]

    def nosp(t):
        return re.sub(r"[\s\u3000]+", "", t)

    for k, what in (("t18_", "other"), ("t19_", "other"), ("t21_", "other"), ("t20_", "listing")):
        if k not in byp:
            bad(f"link: no page {k}")
        elif byp[k]["notices"] or byp[k]["what"] != what:
            bad(f"{k}: expected {what} without notices")
    if "t02_" in byp and "t09_" in byp:
        n2, n9 = byp["t02_"]["notices"][0], byp["t09_"]["notices"][0]
        if {s["name"] for s in n2["subjects"]} != {s["name"] for s in n9["subjects"]} \
                or n2["issued_on"] != n9["issued_on"] or n2["articles"] != n9["articles"]:
            bad("link t02/t09: the English summary does not restate t02's order")
        if "令和" in raw("t09_") or "平成" in raw("t09_"):
            bad("t09_: an era date is printed on the English page")
        if "October 3, 2025" not in raw("t09_"):
            bad("t09_: English date missing")
    if "t15_" in byp and "t18_" in byp:
        cl = [s["name"] for s in byp["t15_"]["notices"][0]["subjects"] if s["role"] == "clinic"]
        if not all(c in text("t18_") for c in cl):
            bad("link t15/t18: t15's clinic not named on the lifting page")
    if "t20_" in byp:
        t20 = nosp(text("t20_"))
        for k in ("t03_", "t11_", "t14_"):
            cl = [s["name"] for s in byp[k]["notices"][0]["subjects"] if s["role"] == "clinic"]
            if not all(nosp(c) in t20 for c in cl):
                bad(f"link {k}/t20: clinic not named on the listing")
    if "t07_" in byp:
        r = raw("t07_")
        outside = re.sub(r"<pre>.*?</pre>", "", r, flags=re.S)
        if "<pre>" not in r or "令和８年2月6日" not in r or "令和" in outside:
            bad("t07_: expected the body and its only date inside <pre>")
    if "t08_" in byp:
        box = re.search(r'<div class="box_text">(.*?)</div>', raw("t08_"), flags=re.S).group(1)
        paras = re.findall(r"<p>(.*?)</p>", box, flags=re.S)
        if len(paras) != 1 or len(paras[0]) < 500 or paras[0].count("。") > 3 or not paras[0].endswith("。"):
            bad("t08_: body is not one long paragraph of one sentence")
    if "t05_" in byp:
        rows = re.findall(r"<tr><td>R7\.\d+\.\d+</td>", raw("t05_"))
        if len(rows) != 3:
            bad("t05_: expected three order rows")
    if "t06_" in byp and len(re.findall(r"<dt>Ｑ[１-９]", raw("t06_"))) < 5:
        bad("t06_: not a Q&A page")
    if "t11_" in byp:
        absorbed = "医療法人社団 ひたち海浜会"
        n = byp["t11_"]["notices"][0]
        if absorbed not in text("t11_") or "吸収合併" not in text("t11_"):
            bad("t11_: absorbed corporation or 吸収合併 not printed")
        if any(key(s["name"]) == key(absorbed) for s in n["subjects"]) or \
                any(key(absorbed) in (key(r["old"]), key(r["new"])) for r in n["renames"]):
            bad("t11_: absorbed corporation annotated as a subject or a rename")
    if "t01_" in byp and ("令和元年" not in raw("t01_") or "平成３１年" not in raw("t01_")):
        bad("t01_: era boundary not printed")
    if "t02_" in byp and "令和七年十月三日" not in raw("t02_"):
        bad("t02_: kanji date line missing")
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
        if os.path.basename(f).split("_")[1].startswith("mhlw") and \
                "霞が関1-2-2" not in r and "1-2-2 Kasumigaseki" not in r:
            bad(f"{f}: ministry footer address missing")
        contact = " ".join(re.findall(r'class="contact">(.*?)</p>', r, flags=re.S))
        if ("【照会先】" in r or "【担当】" in r or "Contact:" in r) and not contact:
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
        if not f.startswith("crawler/tests/gold/heldout9/pages/"):
            bad(f"{f}: not under heldout9/pages")
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
                  "heldout7/gold.json", "heldout8/gold.json"):
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
