#!/usr/bin/env python3
"""The speed queries, drawn from a synthetic site (bench/gen_site.py).

    bench/peers/queries.py SITE OUT.txt [--seed S]

Writes 160 queries, one per line, the mix users type: 70 party names as the
listings print them, 30 parts of names (a run of 3–6 characters, as someone
half-remembering a name types it), 20 names with the legal form dropped or
the space removed, and 40 fixed queries — kinds, places, kind + place + year,
and English / romaji queries (which the peers, having no readings, answer
with nothing, quickly). Deterministic for a given site and seed.
"""
import glob
import random
import re
import sys

FIXED = [
    "緊急命令", "改善命令", "業務停止命令", "廃止", "提供計画の中止", "許可の取消し",
    "東京都港区", "福岡市博多区", "大阪府", "札幌市中央区", "名古屋市", "横浜市西区",
    "仙台市", "広島市中区", "京都市", "神戸市中央区",
    "改善命令 福岡県", "緊急命令 東京都 2025", "廃止 北海道", "業務停止命令 大阪府",
    "細胞培養センター", "再生医療 クリニック", "幹細胞 培養上清", "臍帯血",
    "第22条", "法第23条", "令和7年", "平成28年",
    "Fukuoka", "Tokyo", "improvement order", "emergency order Tokyo 2025",
    "cord blood", "Ginza clinic", "cell processing center", "Sapporo",
    "stem cell clinic Osaka", "suspension order", "Umeda", "Hakata",
]


def main():
    site, out = sys.argv[1], sys.argv[2]
    seed = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--seed" else "tadoru-peers-1"
    names = []
    seen = set()
    for path in sorted(glob.glob(f"{site}/list/list_*.html")):
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(r"について（([^<]+)）</a>", f.read()):
                n = m.group(1)
                if n not in seen:
                    seen.add(n)
                    names.append(n)
    rng = random.Random(seed)
    full = rng.sample(names, 70)
    parts = []
    for n in rng.sample(names, 30):
        core = re.sub(r"^(㈱|（株）|\(株\)|株式会社|医療法人社団|医療法人)\s*", "", n).replace(" ", "")
        k = rng.randint(3, min(6, max(3, len(core))))
        i = rng.randint(0, max(0, len(core) - k))
        parts.append(core[i:i + k])
    folded = []
    for n in rng.sample(names, 20):
        folded.append(re.sub(r"(㈱|（株）|\(株\)|株式会社|医療法人社団|医療法人)", "", n).replace(" ", "").replace("　", ""))
    qs = full + parts + folded + FIXED
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(qs) + "\n")
    print(f"{len(qs)} queries from {len(names)} distinct names -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
