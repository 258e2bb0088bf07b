def check(body):
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - s % 9)
def num(body):
    return check(body) + body
STREET = "（tadoru デモ用の架空データ：法人番号は架空、所在地の詳細は省略）"
rows = [
 # seq, body, process, update, change, name, kind, pref, close_date, close_cause, successor, latest, en, furigana
 (1, "013305000101", "01", "2015-11-13", "2015-10-05", "医療法人輝鳳会", "399", "東京都", "", "", "", "1", "", "キホウカイ"),
 (2, "013305000118", "01", "2015-11-13", "2015-10-05", "一般社団法人TH", "399", "東京都", "", "", "", "0", "", "ティーエイチ"),
 (3, "013305000118", "11", "2025-08-27", "2025-08-25", "一般社団法人日本医療会", "399", "東京都", "", "", "", "1", "", "ニホンイリョウカイ"),
 (4, "030001000125", "01", "2015-11-13", "2015-10-05", "コージンバイオ株式会社", "301", "埼玉県", "", "", "", "1", "Kojin Bio Co., Ltd.", "コージンバイオ"),
 (5, "013305000132", "01", "2015-11-13", "2015-10-05", "医療法人ネオポリス診療所", "399", "東京都", "", "", "", "1", "", "ネオポリスシンリョウジョ"),
 (6, "290005000149", "01", "2015-11-13", "2015-10-05", "医療法人聖慈会", "399", "福岡県", "", "", "", "1", "", "セイジカイ"),
 (7, "500005000156", "01", "2015-11-13", "2015-10-05", "医療法人大手町クリニック", "399", "愛媛県", "", "", "", "1", "", "オオテマチクリニック"),
]
out = ["2026-11-01,7,1,1"]
for seq, body, process, upd, chg, name, kind, pref, cd, cc, succ, latest, en, furi in rows:
    f = [str(seq), num(body), process, "0", upd, chg, f'"{name}"', "", kind, pref, "", STREET, "", "", "", "", "", "", cd, cc, succ, "", "2015-10-05", latest, f'"{en}"' if en else "", "", "", "", furi, "0"]
    assert len(f) == 30
    out.append(",".join(f))
import os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "site")
os.makedirs(os.path.join(ROOT, "nta"), exist_ok=True)
open(os.path.join(ROOT, "nta", "demo_corporate_numbers.csv"), "w", encoding="utf-8").write("\r\n".join(out) + "\r\n")
print("\n".join(out))
