#!/usr/bin/env python3
"""Generate index/data/kanji_variants.tsv: old or variant kanji forms mapped
to the Jōyō form search folds them to (會 → 会, 條 → 条, 櫻 → 桜, 蘆 → 芦), so
that a name written with either form finds the other.

Source: KANJIDIC2 (EDRDG, CC BY-SA; see data/README.md), from the PyPI
package jamdict-data 1.5, unpacked as for gen_readings.py:

    python3 index/tools/gen_kanji_variants.py /tmp/jd/jamdict_data-1.5/jamdict_data/jamdict.db

Rule: KANJIDIC2 lists, per character, its variants by JIS X 0208 code. A
pair (A, B) is kept when B is a Jōyō or Jinmeiyō kanji (grade 1-10) of a
lower grade than A (no grade counts as 99): A folds to B. When A has several
such variants, the one with the lowest grade wins (ties: lowest code point).
Added by hand, because they lie outside JIS X 0208: 髙 → 高 and 﨑 → 崎 (the
"ladder" and "tall" forms common in names). Output is deterministic, sorted
by the variant.
"""
import sqlite3
import sys

db = sys.argv[1] if len(sys.argv) > 1 else "/tmp/jd/jamdict_data-1.5/jamdict_data/jamdict.db"
out = sys.argv[2] if len(sys.argv) > 2 else "index/data/kanji_variants.tsv"
c = sqlite3.connect(db)
by_code = {}
grade = {}
for cid, lit, g in c.execute("select ID, literal, grade from character"):
    grade[lit] = int(g) if g and g.isdigit() else 99
for lit, value in c.execute(
    "select c.literal, cp.value from codepoint cp join character c on c.ID = cp.cid where cp.cp_type = 'jis208'"
):
    by_code[value] = lit
pairs = {}
for lit, value in c.execute(
    "select c.literal, v.value from variant v join character c on c.ID = v.cid where v.var_type = 'jis208'"
):
    other = by_code.get(value)
    if not other or other == lit:
        continue
    if grade.get(other, 99) <= 10 and grade.get(other, 99) < grade.get(lit, 99):
        best = pairs.get(lit)
        if best is None or (grade[other], ord(other)) < (grade[best], ord(best)):
            pairs[lit] = other
pairs.setdefault("髙", "高")
pairs.setdefault("﨑", "崎")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("variant\tjoyo\n")
    for a in sorted(pairs):
        f.write(f"{a}\t{pairs[a]}\n")
print(f"{len(pairs)} pairs written to {out}", file=sys.stderr)
