#!/usr/bin/env python3
"""Request paths for wrk: bench/peers/paths.py SYSTEM QUERIES.txt OUT.txt"""
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import systems  # noqa: E402

system, queries, out = sys.argv[1:4]
with open(queries, encoding="utf-8") as f, open(out, "w") as o:
    for q in f:
        if q.strip():
            o.write(systems.path(system, q.strip()) + "\n")
