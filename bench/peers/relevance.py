#!/usr/bin/env python3
"""Relevance of tadoru, Groonga and Datasette on the judged query set.

    bench/peers/relevance.py QUERIES.json OUT.tsv system=URL [system=URL ...]

The judged set (tests/relevance/queries.json) grades entities and notice pages.
The peers index pages, not entities, so the systems are compared on what all
three return: notice pages. For every query with a judged notice answer, each
system's top 10 is graded by page (a hit is the page the judgement names), and

- MRR is the reciprocal rank of the first hit carrying the query's best notice
  grade (0 when none is in the top 10);
- nDCG@10 uses gains 2^grade - 1 and the ideal order of the judged notices.

tadoru is asked with `type=notice` here; its full figure (entities and
notices, as users see it) is what `bench/relevance.sh` prints. Prints a table
per category and writes one row per system and category to OUT.tsv.
"""
import collections
import json
import math
import sys
import urllib.request

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import systems  # noqa: E402


def get(url):
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.load(r)


def dcg(gains):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


class Asker:
    def __init__(self, system, base):
        self.system, self.base, self.urls = system, base.rstrip("/"), {}

    def pages(self, text):
        """The top-10 page keys (paths) the system answers."""
        v = get(self.base + systems.path(self.system, text, notices_only=True))
        if self.system == "tadoru":
            out = []
            for h in v["hits"]:
                if h["id"] not in self.urls:
                    n = get(f"{self.base}/api/v1/notices/{h['id']}")
                    self.urls[h["id"]] = [d.get("url", "") for d in n.get("documents", [])]
                out.append(self.urls[h["id"]])
            return out
        if self.system == "groonga":
            rows = v[1][0][2:]
            return [[r[0]] for r in rows]
        if self.system == "datasette":
            return [[r["key"]] for r in v["rows"]]
        raise ValueError(self.system)


def grade(keys, answers, credited):
    """The best grade of a judged page among a hit's keys, each judged page
    credited once per ranking (tadoru may return two notices read from one
    page, an order and its closure addendum)."""
    best, page_of_best = 0, None
    for page, g in answers:
        if page in credited:
            continue
        if any(k == page or k.endswith("/" + page) for k in keys) and g > best:
            best, page_of_best = g, page
    if page_of_best:
        credited.add(page_of_best)
    return best


def main():
    queries, out = sys.argv[1], sys.argv[2]
    askers = [Asker(*a.split("=", 1)) for a in sys.argv[3:]]
    qs = json.load(open(queries, encoding="utf-8"))["queries"]
    rows = []
    for a in askers:
        by_cat = collections.defaultdict(lambda: [0.0, 0.0, 0])
        for q in qs:
            answers = [(e["page"], e["grade"]) for e in q["expect"] if e["type"] == "notice"]
            if not answers:
                continue
            top = max(g for _, g in answers)
            credited = set()
            gains = [grade(keys, answers, credited) for keys in a.pages(q["q"])]
            rr = next((1 / (i + 1) for i, g in enumerate(gains) if g == top), 0.0)
            ideal = sorted((g for _, g in answers), reverse=True)[:10]
            nd = dcg(gains) / max(dcg(ideal), 1e-12)
            for cat in (q["category"], "all"):
                c = by_cat[cat]
                c[0] += rr
                c[1] += nd
                c[2] += 1
        for cat, (rr, nd, n) in sorted(by_cat.items()):
            rows.append((a.system, cat, n, rr / n, nd / n))
    cats = sorted({r[1] for r in rows}, key=lambda c: (c == "all", c))
    names = [a.system for a in askers]
    print("notice-level MRR / nDCG@10 on the judged set")
    print(f"{'category':<12} {'n':>4}  " + "  ".join(f"{s:>16}" for s in names))
    for cat in cats:
        cells = {r[0]: r for r in rows if r[1] == cat}
        n = next(iter(cells.values()))[2]
        print(f"{cat:<12} {n:>4}  " + "  ".join(
            f"{cells[s][3]:>7.3f} / {cells[s][4]:.3f}" for s in names))
    with open(out, "w", encoding="utf-8") as f:
        f.write("system\tcategory\tqueries\tmrr\tndcg10\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]:.3f}\t{r[4]:.3f}\n")


if __name__ == "__main__":
    main()
