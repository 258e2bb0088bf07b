# Sanity checks for the held-out gold set: every annotated string is on its page,
# every date is stated on the page, every person's "of" is a subject of that notice,
# and the schema matches ../gold.json. python3 crawler/tests/gold/heldout/check.py
import html as H, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
main = json.load(open(os.path.join(HERE, "..", "gold.json"), encoding="utf-8"))
errors = []

def err(f, m): errors.append(f"{f}: {m}")

def text_of(raw):
    t = re.sub(r"<[^>]+>", "\n", raw)
    return H.unescape(t)

def ws(s):  # runs of white space (incl. U+3000) -> one ASCII space
    return re.sub(r"[\s\u3000]+", " ", s).strip()

def nospace(s):
    return re.sub(r"[\s\u3000]+", "", s)

ERA = {"令和": 2018, "平成": 1988}
def dates_on(text):
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"(\d)\s+(?=[\d年月日])|(?<=[年月])\s+(?=\d)", r"\1", t)
    t = t.replace("元年", "1年")
    out, last_year = set(), None
    for m in re.finditer(r"(令和|平成)?(\d{1,4})年(\d{1,2})月(?:(\d{1,2})日)?|同年(\d{1,2})月(?:(\d{1,2})日)?|同月(\d{1,2})日", t):
        if m.group(2):
            y = int(m.group(2)) + ERA.get(m.group(1) or "", 0)
            if not m.group(1) and y < 1900: continue
            last_year = y; mo, d = int(m.group(3)), m.group(4)
        elif m.group(5):
            y = last_year; mo, d = int(m.group(5)), m.group(6)
        else:
            continue
        out.add(f"{y:04d}-{mo:02d}" + (f"-{int(d):02d}" if d else ""))
    return out

# schema: same keys as the main gold set
def keys(o): return sorted(o.keys())
ref_n = next(n for p in main["pages"] for n in p["notices"])
ref_s, ref_p = ref_n["subjects"][0], next(n["persons"][0] for p in main["pages"] for n in p["notices"] if n["persons"])
ref_r = next(n["renames"][0] for p in main["pages"] for n in p["notices"] if n["renames"])
ref_c = next(n["closures"][0] for p in main["pages"] for n in p["notices"] if n["closures"])
ref_page = next(p for p in main["pages"] if "covers" in p)
KINDS = {"emergency_order", "improvement_order", "suspension_order", "licence_revocation",
         "closure_filing", "discontinuation_filing"}
ROLES = {"clinic", "cell_processing_facility", "operator"}

counts = dict(pages=0, notices=0, subjects=0, persons=0, renames=0, closures=0)
for pg in gold["pages"]:
    f = pg["file"]; counts["pages"] += 1
    if keys(pg) != keys(ref_page): err(f, f"page keys {keys(pg)}")
    raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
    if FICTION not in raw: err(f, "fiction line missing")
    if not raw.lstrip().startswith("<!DOCTYPE html>") or "</html>" not in raw: err(f, "not a full document")
    txt = text_of(raw); W = ws(txt); NS = nospace(txt); D = dates_on(txt)
    def on_page(s, what):
        if s is None: return
        if ws(s) not in W and nospace(s) not in NS: err(f, f"{what} not on page: {s}")
    if pg["what"] != "notices" and pg["notices"]: err(f, "non-notice page with notices")
    for n in pg["notices"]:
        counts["notices"] += 1
        if keys(n) != keys(ref_n): err(f, f"notice keys {keys(n)}")
        if n["kind"] not in KINDS: err(f, f"kind {n['kind']}")
        on_page(n["authority"], "authority")
        if n["issued_on"] and n["issued_on"] not in D: err(f, f"issued_on {n['issued_on']} not a stated date {sorted(D)}")
        for a in n["articles"] + n["violations"]:
            m = re.fullmatch(r"法第(\d+)条(?:第(\d+)項)?", a)
            if not m: err(f, f"article form {a}"); continue
            pat = f"第{m.group(1)}条" + (f"第{m.group(2)}項" if m.group(2) else "")
            if pat not in unicodedata.normalize("NFKC", NS): err(f, f"article {a} not on page")
        for v in n["violations"]:
            if f"{v}違反" not in NS: err(f, f"violation {v} not stated as 違反")
        for pl in n["plans"]: on_page(pl, "plan")
        names = [s["name"] for s in n["subjects"]]
        if len(set(names)) != len(names): err(f, "duplicate subject")
        for s in n["subjects"]:
            counts["subjects"] += 1
            if keys(s) != keys(ref_s): err(f, f"subject keys {keys(s)}")
            if s["role"] not in ROLES: err(f, f"role {s['role']}")
            for k in ("name", "place", "address", "operator", "facility_number"): on_page(s[k], f"subject.{k}")
            if s["operator"] and n["part"] != "closure" and s["operator"] not in names: err(f, f"operator {s['operator']} of {s['name']} is not a subject")
            for pl in s["plans"]:
                if pl not in n["plans"]: err(f, f"subject plan {pl} not among the notice's plans")
            if s["role"] == "operator" and (s["place"] or s["address"] or s["operator"] or s["plans"]): err(f, "operator with place/plans")
            if s["place"] and s["address"] and not nospace(s["address"]).startswith(s["place"]): err(f, f"place {s['place']} not the start of {s['address']}")
        for p in n["persons"]:
            counts["persons"] += 1
            if keys(p) != keys(ref_p): err(f, f"person keys {keys(p)}")
            on_page(p["name"], "person"); on_page(p["title"], "title")
            if p["of"] not in names: err(f, f"person {p['name']} of {p['of']}: not a subject")
        for r in n["renames"]:
            counts["renames"] += 1
            if keys(r) != keys(ref_r): err(f, f"rename keys {keys(r)}")
            on_page(r["old"], "rename.old"); on_page(r["new"], "rename.new")
            if r["on"] and r["on"] not in D: err(f, f"rename date {r['on']} not stated {sorted(D)}")
        for c in n["closures"]:
            counts["closures"] += 1
            if keys(c) != keys(ref_c): err(f, f"closure keys {keys(c)}")
            if c["name"] not in names: err(f, f"closed {c['name']} is not a subject")
            if c["on"] and c["on"] not in D: err(f, f"closure date {c['on']} not stated")
        if n["part"] == "closure" and not n["closures"]: err(f, "closure part without closures")

listed = {pg["file"] for pg in gold["pages"]}
for fn in os.listdir(os.path.join(HERE, "pages")):
    if "crawler/tests/gold/heldout/pages/" + fn not in listed: err(fn, "page without annotation")
print(counts)
print("\n".join(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
