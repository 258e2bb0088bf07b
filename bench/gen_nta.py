#!/usr/bin/env python3
"""Deterministic synthetic NTA corporate-number file for the scale benchmark.

    bench/gen_nta.py ROWS OUT.csv [--seed S]

The format of mirror/site/nta/demo_corporate_numbers.csv (the NTA full-file
format): a `lastUpdateDate,count,divideNumber,divideSize` line, then ROWS rows
of 30 fields, CRLF line ends, UTF-8. Corporate numbers are invented, unique
and carry a valid check digit: 9 - (sum of Pn*Qn mod 9) over the 12-digit
body, Pn the n-th digit from the right, Qn = 1 for odd n and 2 for even n.
About 10% of numbers get a second row (a change of name or address, process
11/12/13), some a closure (process 71/72). Names are invented; part of them
share the shapes of the clinic operators of bench/gen_site.py so lookups can
match. Every row's street field says the data are invented.
"""
import argparse
import random

STREET = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
PREFS = ["北海道", "宮城県", "東京都", "神奈川県", "埼玉県", "千葉県", "愛知県", "石川県", "大阪府",
         "京都府", "兵庫県", "広島県", "岡山県", "福岡県", "熊本県"]
KANJI = "翠白青紅蒼緑桜梅松竹鳳凰輝光明陽慈聖仁誠和泰栄寿康健華恵優清雅瑞敬信友福誉宝豊静"
KATA = ["ミライ", "ネクスト", "ベイサイド", "サンライズ", "グリーン", "ブルー", "アルファ", "オメガ", "ノヴァ",
        "ルミナ", "アクア", "テラ", "ソラ", "ヒカリ", "ユニ", "プライム", "エール", "コスモ", "ジェネ", "アーク"]
WORD = ["商事", "物産", "工業", "建設", "不動産", "サービス", "システム", "フーズ", "セル", "バイオ", "メディカル",
        "ホールディングス", "トレーディング", "ラボ", "デザイン"]
# kind code, prefix or suffix
KINDS = [("301", "株式会社", True), ("301", "株式会社", False), ("305", "合同会社", True),
         ("399", "医療法人", True), ("399", "医療法人社団", True), ("399", "一般社団法人", True)]


def check(body):
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - s % 9)


def name_for(rng, i):
    code, t, prefix = KINDS[rng.randrange(len(KINDS))]
    if t.startswith(("医療", "一般")):
        core = f"{rng.choice(KANJI)}{rng.choice(KANJI)}会"
    else:
        core = f"{rng.choice(KATA)}{rng.choice(WORD)}"
    # Keep names mostly distinct at scale with a serial kana tail.
    if rng.random() < 0.7:
        core += f"{rng.choice(KATA)}"
    return code, (t + core if prefix else core + t)


def iso(rng, lo, hi):
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", default="tadoru-bench-nta-1")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    used = set()
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(f"2026-11-01,{a.rows},1,1\r\n")
        seq = 0
        pending = []
        while seq < a.rows:
            if pending and rng.random() < 0.5:
                body, code, name, pref = pending.pop()
                process = rng.choice(["11", "12", "13", "71", "72"])
                if process in ("11",):
                    name = name + "ネオ"
                close_date, close_cause = ("", "")
                if process in ("71", "72"):
                    close_date, close_cause = iso(rng, 2020, 2026), "01" if process == "71" else "11"
                latest = "1"
            else:
                while True:
                    body = f"{rng.randrange(10**12):012d}"
                    if body not in used:
                        used.add(body)
                        break
                code, name = name_for(rng, seq)
                pref = rng.choice(PREFS)
                process, close_date, close_cause, latest = "01", "", "", "1"
                if rng.random() < 0.1:
                    pending.append((body, code, name, pref))
                    latest = "0"
            seq += 1
            upd = iso(rng, 2015, 2026)
            furi = ""
            fields = [str(seq), check(body) + body, process, "0", upd, upd, f'"{name}"', "", code, pref,
                      "", STREET, "", "", "", "", "", "", close_date, close_cause, "", "", "2015-10-05",
                      latest, "", "", "", "", furi, "0"]
            assert len(fields) == 30
            f.write(",".join(fields) + "\r\n")
    print(f"{a.rows} rows in {a.out}")


if __name__ == "__main__":
    main()
