# Sanity checks for the second held-out gold set (issue 5).
#   python3 crawler/tests/gold/heldout2/check.py
# - gold.json has exactly the schema of ../gold.json (same keys at every level,
#   known kinds and roles, "file" relative to the repo root, a "covers" string);
# - every page is a full document with the fiction line, and every page in pages/
#   is annotated;
# - every annotated string (authority, names, places, addresses, operators, plans,
#   persons, titles, renames, facility numbers) is on its page, white-space runs
#   compared as one space (or ignoring white space);
# - every date is one the page states (令和/平成/西暦/元年/同年/同月, R7.3.5, 2025/3/5,
#   full- or half-width digits);
# - every article is printed, every violation is stated as …違反;
# - every person's "of", every closed party and every clinic/facility operator is a
#   subject of that same notice; subject plans are among the notice's plans;
# - every printed facility number is marked as invented on the page;
# - no subject name collides with the tuning set or the first held-out set.
import html as H, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
REL = "crawler/tests/gold/heldout2/pages/"
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
tuning = json.load(open(os.path.join(HERE, "..", "gold.json"), encoding="utf-8"))
others = [tuning]
first = os.path.join(HERE, "..", "heldout", "gold.json")
if os.path.exists(first):
    others.append(json.load(open(first, encoding="utf-8")))
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def text_of(raw):
    t = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    return H.unescape(re.sub(r"<[^>]+>", "\n", t))


def ws(s):
    return re.sub(r"[\s\u3000]+", " ", s).strip()


def nospace(s):
    return re.sub(r"[\s\u3000]+", "", s)


def key(s):  # for collisions: width, spaces and legal-form spelling ignored
    s = nospace(unicodedata.normalize("NFKC", s))
    for a in ("(株)", "㈱", "株式会社"):
        s = s.replace(a, "株式会社")
    return s


ERA = {"令和": 2018, "平成": 1988, "R": 2018, "H": 1988}


def dates_on(text):
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"(?<=\d)\s+(?=[\d年月日])|(?<=[年月])\s+(?=\d)", "", t)
    t = t.replace("元年", "1年")
    out, last_year, last_month = set(), None, None
    pat = (r"(令和|平成)?(\d{1,4})年(\d{1,2})月(?:(\d{1,2})日)?"
           r"|同年(\d{1,2})月(?:(\d{1,2})日)?"
           r"|同月(\d{1,2})日"
           r"|(?<![A-Za-z0-9])([RH])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?!\d)"
           r"|(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
    for m in re.finditer(pat, t):
        g = m.groups()
        if g[1]:
            y = int(g[1]) + ERA.get(g[0] or "", 0)
            if not g[0] and y < 1900:
                continue
            mo, d = int(g[2]), g[3]
        elif g[4]:
            if last_year is None:
                continue
            y, mo, d = last_year, int(g[4]), g[5]
        elif g[6]:
            if last_year is None or last_month is None:
                continue
            y, mo, d = last_year, last_month, g[6]
        elif g[7]:
            y, mo, d = int(g[8]) + ERA[g[7]], int(g[9]), g[10]
        else:
            y, mo, d = int(g[11]), int(g[12]), g[13]
        last_year, last_month = y, mo
        out.add(f"{y:04d}-{mo:02d}")
        if d:
            out.add(f"{y:04d}-{mo:02d}-{int(d):02d}")
    return out


def keys(o):
    return sorted(o.keys())


def first_of(gen):
    return next(gen)


ref_page = first_of(p for p in tuning["pages"] if "covers" in p)
ref_n = first_of(n for p in tuning["pages"] for n in p["notices"])
ref_s = ref_n["subjects"][0]
ref_p = first_of(x for p in tuning["pages"] for n in p["notices"] for x in n["persons"])
ref_r = first_of(x for p in tuning["pages"] for n in p["notices"] for x in n["renames"])
ref_c = first_of(x for p in tuning["pages"] for n in p["notices"] for x in n["closures"])
KINDS = {"emergency_order", "improvement_order", "suspension_order", "licence_revocation",
         "closure_filing", "discontinuation_filing"}
ROLES = {"clinic", "cell_processing_facility", "operator"}
WHAT = {"notices", "listing", "other"}

taken = {}
for g in others:
    for p in g["pages"]:
        for n in p["notices"]:
            for s in n["subjects"]:
                taken[key(s["name"])] = p["file"]
            for r in n["renames"]:
                taken[key(r["old"])] = p["file"]

if keys(gold) != keys(tuning):
    err("gold.json", f"top-level keys {keys(gold)}")
counts = dict(pages=0, notice_pages=0, notices=0, subjects=0, persons=0, renames=0, closures=0,
              facility_numbers=0)
kinds = {}
for pg in gold["pages"]:
    f = pg["file"]
    counts["pages"] += 1
    if keys(pg) != keys(ref_page):
        err(f, f"page keys {keys(pg)}")
    if not f.startswith(REL):
        err(f, "file not under " + REL)
    if not isinstance(pg.get("covers"), str) or not pg["covers"].strip():
        err(f, "covers missing")
    if pg["what"] not in WHAT:
        err(f, f"what {pg['what']}")
    path = os.path.join(ROOT, f)
    if not os.path.exists(path):
        err(f, "file missing")
        continue
    raw = open(path, encoding="utf-8").read()
    if FICTION not in text_of(raw):
        err(f, "fiction line missing")
    if not raw.lstrip().startswith("<!DOCTYPE html>") or "</html>" not in raw:
        err(f, "not a full document")
    txt = text_of(raw)
    W, NS, D = ws(txt), nospace(txt), dates_on(txt)
    NFKC_NS = unicodedata.normalize("NFKC", NS)

    def on_page(s, what):
        if s is None:
            return
        if ws(s) not in W and nospace(s) not in NS:
            err(f, f"{what} not on page: {s}")

    if pg["what"] != "notices":
        if pg["notices"]:
            err(f, "non-notice page with notices")
        continue
    counts["notice_pages"] += 1
    if not pg["notices"]:
        err(f, "notice page without notices")
    for n in pg["notices"]:
        counts["notices"] += 1
        kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
        if keys(n) != keys(ref_n):
            err(f, f"notice keys {keys(n)}")
        if n["part"] not in (None, "closure"):
            err(f, f"part {n['part']}")
        if n["kind"] not in KINDS:
            err(f, f"kind {n['kind']}")
        on_page(n["authority"], "authority")
        if not n["issued_on"]:
            err(f, "issued_on missing")
        elif n["issued_on"] not in D:
            err(f, f"issued_on {n['issued_on']} not a stated date {sorted(D)}")
        for a in n["articles"] + n["violations"]:
            m = re.fullmatch(r"法第(\d+)条(?:第(\d+)項)?", a)
            if not m:
                err(f, f"article form {a}")
                continue
            pat = f"第{m.group(1)}条" + (f"第{m.group(2)}項" if m.group(2) else "")
            if pat not in NFKC_NS:
                err(f, f"article {a} not on page")
        for v in n["violations"]:
            m = re.fullmatch(r"法(第\d+条(?:第\d+項)?)", v)
            if m and f"{m.group(1)}違反" not in NFKC_NS:
                err(f, f"violation {v} not stated as 違反")
        for pl in n["plans"]:
            on_page(pl, "plan")
        names = [s["name"] for s in n["subjects"]]
        if len(set(names)) != len(names):
            err(f, "duplicate subject")
        if not names:
            err(f, "notice without subjects")
        for s in n["subjects"]:
            counts["subjects"] += 1
            if keys(s) != keys(ref_s):
                err(f, f"subject keys {keys(s)}")
            if s["role"] not in ROLES:
                err(f, f"role {s['role']}")
            for k in ("name", "place", "address", "operator", "facility_number"):
                on_page(s[k], f"subject.{k}")
            if s["name"] != ws(s["name"]):
                err(f, f"name not white-space-collapsed: {s['name']!r}")
            if s["operator"] and n["part"] != "closure" and s["operator"] not in names:
                err(f, f"operator {s['operator']} of {s['name']} is not a subject")
            for pl in s["plans"]:
                if pl not in n["plans"]:
                    err(f, f"subject plan {pl} not among the notice's plans")
            if s["role"] == "operator" and (s["place"] or s["address"] or s["operator"] or s["plans"]
                                            or s["facility_number"]):
                err(f, f"operator {s['name']} with place/address/plans/number")
            if s["place"] and nospace(s["place"]) != s["place"]:
                err(f, f"place with spaces {s['place']}")
            if s["place"] and s["address"] and not nospace(s["address"]).startswith(s["place"]):
                err(f, f"place {s['place']} not the start of {s['address']}")
            if s["facility_number"]:
                counts["facility_numbers"] += 1
                if "テスト用の架空の番号" not in txt:
                    err(f, f"facility number {s['facility_number']} not marked as invented")
            if n["part"] != "closure" and key(s["name"]) in taken:
                err(f, f"subject {s['name']} collides with {taken[key(s['name'])]}")
        for p in n["persons"]:
            counts["persons"] += 1
            if keys(p) != keys(ref_p):
                err(f, f"person keys {keys(p)}")
            on_page(p["name"], "person")
            on_page(p["title"], "title")
            if p["of"] not in names:
                err(f, f"person {p['name']} of {p['of']}: not a subject of this notice")
            else:
                role = next(s["role"] for s in n["subjects"] if s["name"] == p["of"])
                if p["title"] in ("理事長", "代表取締役", "代表者") and role != "operator":
                    err(f, f"{p['title']} {p['name']} attached to a {role}")
                if p["title"] == "管理者" and role != "clinic":
                    err(f, f"管理者 {p['name']} attached to a {role}")
        for r in n["renames"]:
            counts["renames"] += 1
            if keys(r) != keys(ref_r):
                err(f, f"rename keys {keys(r)}")
            on_page(r["old"], "rename.old")
            on_page(r["new"], "rename.new")
            if r["on"] and r["on"] not in D:
                err(f, f"rename date {r['on']} not stated {sorted(D)}")
        for c in n["closures"]:
            counts["closures"] += 1
            if keys(c) != keys(ref_c):
                err(f, f"closure keys {keys(c)}")
            if c["name"] not in names:
                err(f, f"closed {c['name']} is not a subject")
            if c["on"] and c["on"] not in D:
                err(f, f"closure date {c['on']} not stated")
        if n["part"] == "closure" and not n["closures"]:
            err(f, "closure part without closures")
        if n["kind"] == "discontinuation_filing" and n["closures"]:
            err(f, "a discontinuation closes nothing")
        if n["kind"] in ("closure_filing", "discontinuation_filing") and n["articles"]:
            err(f, "filing with articles")

listed = {pg["file"] for pg in gold["pages"]}
for fn in sorted(os.listdir(os.path.join(HERE, "pages"))):
    if REL + fn not in listed:
        err(fn, "page without annotation")
    raw = open(os.path.join(HERE, "pages", fn), encoding="utf-8").read()
    for g in others:
        for p in g["pages"]:
            op = os.path.join(ROOT, p["file"])
            if os.path.basename(op) == fn:
                err(fn, f"same file name as {p['file']}")

print(counts)
print("kinds", dict(sorted(kinds.items())))
print("\n".join(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
