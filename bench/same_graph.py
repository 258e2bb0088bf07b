#!/usr/bin/env python3
"""Whether two NDJSON exports (`tadoru export --format ndjson`) say the same.

    bench/same_graph.py A.ndjson B.ndjson

Entity ids are replaced by what they stand for (role, names, places,
identifiers), because an id's collision suffix (`e-…-2`) follows arrival
order by design; lists are compared as sorted sets, because evidence and
links are listed in the order they arrived; fetch times are left out.
Exit 0 when the two say the
same, 1 (with the first differences) when not.
"""
import json
import re
import sys

ID = re.compile(r"^e-[0-9a-f]{12}(-\d+)?$")
# When a page was fetched differs between two crawls of the same site.
VOLATILE = {"fetched_at"}


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def canon_ids(records):
    out = {}
    for r in records:
        if isinstance(r.get("id"), str) and ID.match(r["id"]):
            names = sorted(n["name"] if isinstance(n, dict) else n for n in r.get("names", []))
            ids = sorted(f'{i.get("scheme")}:{i.get("value")}' for i in r.get("identifiers", []) if isinstance(i, dict))
            out[r["id"]] = f'<{r.get("role")} {names} {sorted(r.get("places", []))} {ids}>'
    return out


def norm(v, ids):
    if isinstance(v, dict):
        return {k: norm(x, ids) for k, x in v.items() if k not in VOLATILE}
    if isinstance(v, list):
        items = [norm(x, ids) for x in v]
        return sorted(items, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
    if isinstance(v, str):
        if ID.match(v):
            return ids.get(v, "<unknown id>")
        # Ids inside text (links, reasons).
        return re.sub(r"e-[0-9a-f]{12}(-\d+)?", lambda m: ids.get(m.group(0), "<id>"), v)
    return v


def shape(path):
    records = load(path)
    ids = canon_ids(records)
    return sorted(json.dumps(norm(r, ids), ensure_ascii=False, sort_keys=True) for r in records)


def main():
    a, b = shape(sys.argv[1]), shape(sys.argv[2])
    if a == b:
        print(f"same: {len(a)} records")
        return 0
    only_a = sorted(set(a) - set(b))
    only_b = sorted(set(b) - set(a))
    print(f"differ: {len(a)} vs {len(b)} records; {len(only_a)} only in A, {len(only_b)} only in B")
    for x in only_a[:3]:
        print("A:", x[:1200])
    for x in only_b[:3]:
        print("B:", x[:1200])
    return 1


if __name__ == "__main__":
    sys.exit(main())
