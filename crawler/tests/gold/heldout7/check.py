#!/usr/bin/env python3
"""Checks the seventh held-out gold set against its own pages.

python3 crawler/tests/gold/heldout7/check.py   (exit status 1 on any problem)

Adapted from heldout6's check.py (same checks: schema and key order against
../gold.json, full documents with the fiction line, every annotated string and date
on its page, articles printed, violations printed with 違反, persons' "of" and titles,
operators as subjects, facility numbers marked invented, one main notice per page,
at most one closure part, renames change something and their old name is not a
subject, a clinic without an operator has a 開設者 person). Changes for this set:
- dates may also be written with separators and abbreviated eras, as tables do
  (r16: 「R7.11.4」 for 2025-11-04, 「H30.4」 for 2018-04), and in full-width Western
  years (r06 「２０２５年４月１日」, matched after NFKC like every date);
- a facility address written 「同上」 (r08, r16) is annotated with the address it
  refers to; the check asserts that 同上 is printed and the address is on the page;
- cross-page links: r18 (listing) carries r02's and r10's titles, r19 (listing)
  carries r11's title; r18, r19 and r20 have no notices; r16 closes r17's clinic
  (same name up to spaces);
- collisions are checked against the tuning set and heldout … heldout6 (only
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
TITLE_ROLE = {"管理者": "clinic", "実施責任者": "clinic", "院長": "clinic", "開設者": "clinic",
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


RELATIVE_DATES = {}  # none on this set


def date_stated(d, nfkc, f=None, raw=""):
    for (pre, dd), txt in RELATIVE_DATES.items():
        if f and os.path.basename(f).startswith(pre) and dd == d and txt in raw:
            return True
    return _date_stated(d, nfkc)


def _date_stated(d, nfkc):
    parts = [int(x) for x in d.split("-")]
    y, m = parts[0], parts[1]
    day = parts[2] if len(parts) == 3 else None
    years = [rf"{e}\s*{y - off if y - off > 1 else '(?:1|元)'}\s*年" for e, off in ERA if y - off >= 1]
    years.append(rf"(?<!\d){y}\s*年")
    tail = rf"\s*{m}\s*月" + (rf"\s*{day}\s*日" if day else r"(?!\s*\d)")
    if any(re.search(rf"{yr}{tail}", nfkc) for yr in years):
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


def check_links(gold):
    """r18 lists r02's and r10's titles, r19 lists r11's; not-notice pages carry no
    notices; r16 closes r17's clinic; 同上 addresses are printed as 同上."""
    byp = {os.path.basename(p["file"])[:4]: p for p in gold["pages"]}

    def raw(k):
        return open(os.path.join(REPO, byp[k]["file"]), encoding="utf-8").read()

    def title(k):
        m = re.search(r"<title>(.*?)｜", raw(k))
        return m.group(1) if m else None

    for lst, srcs in (("r18_", ("r02_", "r10_")), ("r19_", ("r11_",))):
        if lst not in byp or any(k not in byp for k in srcs):
            bad(f"link: {lst} or {srcs} missing")
            continue
        for k in srcs:
            t = title(k)
            if not t or t not in raw(lst):
                bad(f"link {k}/{lst}: {k}'s title not listed on {lst}")
    for k in ("r18_", "r19_", "r20_"):
        if byp.get(k, {}).get("notices"):
            bad(f"{k}: not-notice page with notices")
    if "r16_" in byp and "r17_" in byp:
        n16 = {key(s["name"]) for n in byp["r16_"]["notices"] for s in n["subjects"]}
        c17 = [s["name"] for n in byp["r17_"]["notices"] for s in n["subjects"] if s["role"] == "clinic"]
        closed16 = {key(c["name"]) for n in byp["r16_"]["notices"] for c in n["closures"]}
        if not c17 or key(c17[0]) not in n16 or key(c17[0]) not in closed16:
            bad("link r17/r16: r17's clinic is not closed on r16")
    for k in ("r08_", "r16_"):
        if k in byp and "同上" not in raw(k):
            bad(f"{k}: 同上 not printed")
    for p in gold["pages"]:
        for n in p["notices"]:
            for s in n["subjects"]:
                if s["role"] == "clinic" and not s["operator"] and n["part"] is None:
                    if not any(pe["title"] == "開設者" and pe["of"] == s["name"] for pe in n["persons"]):
                        bad(f"{p['file']}: clinic {s['name']} has no operator and no 開設者 person")


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
        if not f.startswith("crawler/tests/gold/heldout7/pages/"):
            bad(f"{f}: not under heldout7/pages")
        if not os.path.exists(path):
            bad(f"{f}: missing")
            continue
        raw = open(path, encoding="utf-8").read()
        if not raw.lstrip().startswith("<!DOCTYPE html>") or "</html>" not in raw:
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
                if not r or not re.search(r, nfkc):
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
                  "heldout4/gold.json", "heldout5/gold.json", "heldout6/gold.json"):
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
