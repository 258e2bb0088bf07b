#!/usr/bin/env python3
"""Deterministic synthetic notice site for the scale benchmark.

    bench/gen_site.py N OUT [--add K] [--seed S]

Writes N notice pages (MHLW press releases and regional-bureau orders, in the
layouts of crawler/tests/gold/pages) under OUT, one listing page per 200
notices (titled 報道発表資料 一覧) and OUT/index.html (titled 処分等一覧)
linking every listing. Entities repeat across notices: about N/30 clinics
(3,333 for 100k notices), N/60 corporations, N/150 cell-processing
facilities, each with a manager or representative, some renamed.

With --add K, the site of N notices is assumed to be in OUT already: only the
K further notices (numbered N..N+K-1, drawn from the same entity pools) and
the listing pages and index they change are written. Notice i depends only on
the seed, the pool size (from N) and i, so `gen_site.py N OUT --add 1` gives
exactly the site that `gen_site.py N OUT` gave plus one new notice.

Every page carries 「（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）」.
All names, places and numbers are invented.
"""
import argparse
import os
import random

PER_LISTING = 200
PER_DIR = 1000
NOTE = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
ACT = "再生医療等の安全性の確保等に関する法律"
ACT_FULL = ACT + "（平成25年法律第85号。以下「法」という。）"
FW = str.maketrans("0123456789", "０１２３４５６７８９")

PLACES = [
    ("東京都", ["中央区", "港区", "渋谷区", "新宿区", "豊島区", "千代田区", "江東区", "品川区"]),
    ("大阪府", ["大阪市北区", "大阪市中央区", "堺市堺区", "豊中市"]),
    ("福岡県", ["福岡市博多区", "福岡市中央区", "北九州市小倉北区"]),
    ("北海道", ["札幌市中央区", "旭川市", "函館市"]),
    ("愛知県", ["名古屋市中村区", "名古屋市中区", "豊田市"]),
    ("宮城県", ["仙台市青葉区", "石巻市"]),
    ("広島県", ["広島市中区", "福山市"]),
    ("神奈川県", ["横浜市西区", "川崎市川崎区", "相模原市中央区"]),
    ("京都府", ["京都市下京区", "京都市中京区"]),
    ("兵庫県", ["神戸市中央区", "姫路市"]),
    ("埼玉県", ["さいたま市大宮区", "川越市"]),
    ("千葉県", ["千葉市中央区", "柏市", "船橋市"]),
    ("岡山県", ["岡山市北区", "倉敷市"]),
    ("熊本県", ["熊本市中央区"]),
    ("石川県", ["金沢市"]),
]
BUREAU_OF = {
    "北海道": ("北海道厚生局", "hokkaido"), "宮城県": ("東北厚生局", "tohoku"),
    "東京都": ("関東信越厚生局", "kantoshinetsu"), "神奈川県": ("関東信越厚生局", "kantoshinetsu"),
    "埼玉県": ("関東信越厚生局", "kantoshinetsu"), "千葉県": ("関東信越厚生局", "kantoshinetsu"),
    "愛知県": ("東海北陸厚生局", "tokaihokuriku"), "石川県": ("東海北陸厚生局", "tokaihokuriku"),
    "大阪府": ("近畿厚生局", "kinki"), "京都府": ("近畿厚生局", "kinki"), "兵庫県": ("近畿厚生局", "kinki"),
    "広島県": ("中国四国厚生局", "chugokushikoku"), "岡山県": ("中国四国厚生局", "chugokushikoku"),
    "福岡県": ("九州厚生局", "kyushu"), "熊本県": ("九州厚生局", "kyushu"),
}
TOWN = ["銀座", "梅田", "博多", "天神", "栄", "青葉", "紙屋", "元町", "大宮", "柏の葉", "表参道", "心斎橋",
        "難波", "名駅", "すすきの", "桜木", "御堂筋", "日本橋", "白金", "代官山", "恵比寿", "麻布", "六本木",
        "北浜", "三宮", "小倉", "中洲", "金山", "伏見", "烏丸", "四条", "河原町", "藤沢", "湘南", "舞浜",
        "幕張", "浦和", "所沢", "岡山駅前", "倉敷美観", "熊本城", "兼六", "香林坊", "函館山", "大通",
        "定禅寺", "広瀬", "宮島", "八丁堀", "赤坂"]
CORE = ["再生", "セル", "幹細胞", "リジェネ", "美容再生", "メディカル", "ステム", "スキン", "ライフ",
        "アンチエイジング", "整形", "ペイン", "免疫", "ウェルネス", "バイオ", "未来", "ヘルス", "エイジケア",
        "ひかり", "さくら"]
SUFFIX = ["クリニック", "診療所", "医院", "美容クリニック", "メディカルクリニック"]
KANJI = "翠白青紅蒼緑桜梅松竹鳳凰輝光明陽慈聖仁誠和泰栄寿康健華恵優清雅瑞敬信友福誉宝豊静"
CORP_TYPE = ["医療法人", "医療法人社団", "医療法人財団", "一般社団法人"]
KATA = ["ミライ", "ネクスト", "ベイサイド", "サンライズ", "グリーン", "ブルー", "アルファ", "オメガ", "ノヴァ",
        "ルミナ", "アクア", "テラ", "ソラ", "ヒカリ", "ユニ", "プライム", "エール", "コスモ", "ジェネ", "アーク"]
CELL = ["セル", "セルラボ", "バイオ", "セルプロセッシング", "ステムセル", "ティッシュ"]
SURNAME = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
           "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本",
           "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
           "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原",
           "三浦", "中野"]
GIVEN = ["一郎", "健太", "翔", "大輔", "直樹", "亮介", "航", "拓也", "誠", "浩二", "恵一", "陽平", "和也",
         "修", "隆", "花子", "由紀", "恵", "美咲", "彩", "しおり", "真由美", "京子", "優子", "智子", "里奈",
         "千尋", "舞", "奈々", "香織"]
THERAPY = ["自己脂肪由来幹細胞を用いた変形性膝関節症の治療", "自己多血小板血漿を用いた皮膚再生療法",
           "臍帯由来間葉系幹細胞を用いた慢性疲労の治療", "自家NK細胞療法による悪性腫瘍の予防",
           "自己血由来多血小板血漿を用いた脱毛症の治療", "自己脂肪由来幹細胞を用いた肌の若返り療法",
           "臍帯血を用いた免疫機能の改善", "自己培養線維芽細胞を用いたしわの治療",
           "歯髄由来幹細胞培養上清を用いた点滴療法", "自家樹状細胞ワクチン療法"]
FINDINGS = ["細胞の採取及び保管の記録が作成されていないこと", "認定再生医療等委員会の意見を聴かずに提供計画の内容を変更していたこと",
            "無菌操作の手順書が作成されていないこと", "出荷判定の記録が作成されていないこと",
            "疾病等報告を行っていなかったこと", "説明同意文書の記載が不十分であったこと"]
KANSUJI = "〇一二三四五六七八九"


def addr(rng, pref, city):
    style = rng.randrange(3)
    a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
    if style == 0:
        num = f"{KANSUJI[a]}丁目{b}番{c}号"
    elif style == 1:
        num = f"{a}-{b}-{c}"
    else:
        num = f"{a}丁目{b}番地{c}"
    return f"{pref}{city}{num}　{rng.choice(TOWN)}ビル{rng.randint(2, 12)}階"


def day(rng, lo=2015, hi=2026):
    while True:
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
        if (y, m) >= (2015, 6):
            return (y, m, d)


def wareki(ymd, fullwidth=False):
    y, m, d = ymd
    if (y, m) < (2019, 5):
        era, n = "平成", y - 1988
    else:
        era, n = "令和", y - 2018
    yy = "元" if n == 1 else str(n)
    s = f"{era}{yy}年{m}月{d}日"
    return s.translate(FW) if fullwidth else s


class Pools:
    """Entities shared by notices, sized from the base site size."""

    def __init__(self, n, seed):
        rng = random.Random(f"{seed}:pools")
        n_clinic = max(40, n // 30)
        n_corp = max(20, n // 60)
        n_fac = max(10, n // 150)
        clinic_names = [f"{t}{c}{s}" for t in TOWN for c in CORE for s in SUFFIX]
        rng.shuffle(clinic_names)
        corp_names = [(t, f"{a}{b}会") for t in CORP_TYPE for a in KANJI for b in KANJI if a != b]
        rng.shuffle(corp_names)
        people = [(s, g) for s in SURNAME for g in GIVEN]
        rng.shuffle(people)
        # Reuse people when the pool runs out: the same person may then
        # manage two clinics, as happens.
        pick_person = lambda: "　".join(rng.choice(people))
        self.corps = []
        for i in range(n_corp):
            t, core = corp_names[i % len(corp_names)]
            core += "" if i < len(corp_names) else KANJI[i // len(corp_names) % len(KANJI)]
            self.corps.append({"name": t + core, "spaced": t + "　" + core, "chair": pick_person()})
        self.facilities = []
        fac_names = [(k, c) for k in KATA for c in CELL]
        for i in range(n_fac):
            k, c = fac_names[i % len(fac_names)]
            pref, cities = rng.choice(PLACES)
            town = rng.choice(TOWN)
            ctype = rng.choice(["株式会社", "株式会社", "㈱"])
            company = f"{ctype}{k}{c}" + ("" if i < len(fac_names) else KANJI[i // len(fac_names) % len(KANJI)])
            f = {"company": company, "name": f"{company} {town}細胞培養センター",
                 "rep": pick_person(), "pref": pref, "city": rng.choice(cities),
                 "no": f"FC{rng.randint(1, 8)}{rng.randint(10, 99)}{i:04d}"}
            f["addr"] = addr(rng, f["pref"], f["city"])
            if rng.random() < 0.1:
                f["former"] = f"{company} {rng.choice(TOWN)}加工センター"
                f["renamed_on"] = day(rng, 2016, 2024)
            self.facilities.append(f)
        self.clinics = []
        for i in range(n_clinic):
            pref, cities = rng.choice(PLACES)
            name = clinic_names[i % len(clinic_names)] + ("" if i < len(clinic_names) else f"第{i // len(clinic_names) + 1}")
            c = {"name": name, "corp": rng.randrange(n_corp), "manager": pick_person(),
                 "pref": pref, "city": rng.choice(cities),
                 "plans": rng.sample(THERAPY, rng.randint(1, 3)),
                 "facility": rng.randrange(n_fac)}
            c["addr"] = addr(rng, pref, c["city"])
            if rng.random() < 0.15:
                c["former"] = clinic_names[(i + n_clinic + 7919) % len(clinic_names)]
                c["renamed_on"] = day(rng, 2016, 2024)
            self.clinics.append(c)


def clinic_full(p, c):
    return f"{p.corps[c['corp']]['name']}　{c['name']}"


def rename_note(c, when):
    if "former" in c and c["renamed_on"] < when:
        return f"（{wareki(c['renamed_on'])}付けで「{c['former']}」より名称を変更）"
    return ""


def page(title, site, crumbs, body):
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title}｜{site}</title></head>
<body>
<header><div class="site-name">{site}</div><nav><a href="/">ホーム</a></nav></header>
<div class="breadcrumb">{crumbs}</div>
<main>
<p class="test-note">{NOTE}</p>
{body}
</main>
<footer><p><a href="#top">ページの先頭へ戻る</a></p></footer>
</body>
</html>
"""


def bureau_order(rng, p, when):
    """A regional bureau's improvement order (table, paragraph or colon layout)."""
    c = p.clinics[rng.randrange(len(p.clinics))]
    bureau, _ = BUREAU_OF[c["pref"]]
    corp = p.corps[c["corp"]]
    with_fac = rng.random() < 0.3
    fac = p.facilities[c["facility"]]
    kind = "改善命令"
    arts = "第23条第1項" + ("及び第48条第2項" if with_fac else "")
    fw = rng.random() < 0.5
    title = f"{ACT}に基づく{kind}について"
    plans = "、".join(c["plans"])
    layout = rng.randrange(3)
    rows = []
    if layout == 0:
        rows.append('<table class="entry">'
                    f"<tr><th>氏　名</th><td>{c['manager']}<br>（{corp['spaced']}　{c['name']}管理者）</td></tr>"
                    f"<tr><th>所 在 地</th><td>{c['addr']}</td></tr>"
                    f"<tr><th>計 画 名</th><td>{plans}</td></tr>"
                    f"<tr><th>処分内容</th><td>{ACT}第23条第1項による改善命令</td></tr></table>")
        if with_fac:
            rows.append('<table class="entry">'
                        f"<tr><th>名　称</th><td>{fac['company']}<br>（代表取締役：{fac['rep']}）</td></tr>"
                        f"<tr><th>所 在 地</th><td>{fac['addr']}</td></tr>"
                        f"<tr><th>施 設 名</th><td>{fac['name']}</td></tr>"
                        f"<tr><th>処分内容</th><td>{ACT}第48条第2項による改善命令</td></tr></table>")
    elif layout == 1:
        rows += [f"<p>氏 名　{c['manager']}</p>", f"<p>（{corp['name']}　{c['name']}管理者）</p>",
                 f"<p>所 在 地　{c['addr']}</p>", f"<p>計 画 名　{plans}</p>",
                 f"<p>処分内容　{ACT}第23条第1項による改善命令</p>"]
        if with_fac:
            rows += [f"<p>名 称　{fac['company']}</p>", f"<p>（代表取締役：{fac['rep']}）</p>",
                     f"<p>所 在 地　{fac['addr']}</p>", f"<p>施 設 名　{fac['name']}</p>",
                     f"<p>施設番号　{fac['no']}（テスト用の架空の番号）</p>",
                     f"<p>処分内容　{ACT}第48条第2項による改善命令</p>"]
    else:
        quoted = "、".join(f"「{x}」" for x in c["plans"])
        rows.append(f"<p>氏名：{c['manager']}（{corp['name']} {c['name']}管理者）　所在地：{c['addr']}　"
                    f"計画名：{quoted}　処分内容：法第23条第1項による改善命令</p>")
        if with_fac:
            rows.append(f"<p>名称：{fac['company']}（代表取締役：{fac['rep']}）　所在地：{fac['addr']}　"
                        f"施設名：{fac['name']}　処分内容：法第48条第2項による改善命令</p>")
    insp = day(rng, when[0] - 1, when[0])
    insp = min(insp, when)
    body = "\n".join([
        f"<p>{wareki(when, fw)}</p>", f"<p>{bureau}</p>", f"<h1>{title}</h1>",
        f"<p>{bureau}長は、本日、下記のとおり、{ACT_FULL}{arts}に基づき、再生医療等提供機関"
        f"{'及び細胞培養加工施設' if with_fac else 'の管理者'}に対し改善命令を行いましたので、お知らせします。</p>",
        "<p>記</p>", "<p>第１　被処分者等</p>", *rows, "<p>第２　経緯</p>",
        f"<p>「{c['name']}」{rename_note(c, when)}に対し、{wareki(insp)}に法第24条第1項に基づく立入検査を行ったところ、"
        f"{rng.choice(FINDINGS)}が確認された。</p>",
    ])
    return title, bureau, body, [c["name"]]


def bureau_suspension(rng, p, when):
    f = p.facilities[rng.randrange(len(p.facilities))]
    bureau, _ = BUREAU_OF[f["pref"]]
    start = when
    title = f"{ACT}に基づく業務停止命令について"
    note = ""
    if "former" in f and f["renamed_on"] < when:
        note = f"<p>当該施設は、{wareki(f['renamed_on'])}に「{f['former']}」から「{f['name']}」へ名称変更を行っている。</p>"
    body = "\n".join([
        f"<p>{wareki(when)}</p>", f"<p>{bureau}</p>", f"<h1>{title}</h1>",
        f"<p>{bureau}長は、本日、{ACT_FULL}第49条の規定に基づき、下記の特定細胞加工物製造事業者に対し、"
        f"{wareki(start)}から{rng.randint(1, 6)}月間、細胞培養加工施設における特定細胞加工物の製造業務の全部の停止を命じました（業務停止命令）。</p>",
        "<p>記</p>", "<p>１．被処分者</p>",
        f"<p>名称：{f['company']}（代表取締役：{f['rep']}）</p>", f"<p>所在地：{f['addr']}</p>",
        f"<p>施設名：{f['name']}</p>", f"<p>施設番号：{f['no']}（テスト用の架空の番号）</p>",
        "<p>処分内容：法第49条による業務停止命令</p>", "<p>２．経緯</p>", note,
        f"<p>立入検査で、{rng.choice(FINDINGS)}が判明した。</p>",
    ])
    return title, bureau, body, [f["name"]]


def bureau_closure(rng, p, when):
    c = p.clinics[rng.randrange(len(p.clinics))]
    bureau, _ = BUREAU_OF[c["pref"]]
    title = "再生医療等提供機関の廃止について"
    closed = day(rng, when[0] - 1, when[0])
    closed = min(closed, when)
    body = "\n".join([
        f"<p>{wareki(when)}</p>", f"<p>{bureau}</p>", f"<h1>{title}</h1>",
        f"<p>当局が改善命令を行った下記の再生医療等提供機関について、開設者から廃止の届出があり、"
        f"{wareki(closed)}をもって再生医療等提供機関が廃止されたことを確認しましたので、お知らせします。</p>",
        "<p>記</p>", f"<p>医療機関名：{clinic_full(p, c)}</p>",
        f"<p>所在地：{c['addr']}</p>", f"<p>廃止年月日：{wareki(closed)}</p>",
    ])
    return title, bureau, body, [c["name"]]


def press_head(when, fw):
    return (f'<div class="date"><p>{wareki(when, fw)}</p></div>\n'
            '<div class="contact"><p>【照会先】</p><p>医政局研究開発政策課 再生医療等研究推進室</p>'
            "<p>室長補佐　架空 一郎（内線0000）</p></div>\n<p>報道関係者各位</p>")


def press_emergency(rng, p, when):
    k = rng.choice([1, 1, 2, 3])
    cs = [p.clinics[rng.randrange(len(p.clinics))] for _ in range(k)]
    fac = p.facilities[cs[0]["facility"]]
    title = f"{ACT}に基づく緊急命令について"
    items = []
    for c in cs:
        old = f"。旧称：{c['former']}" if "former" in c and c["renamed_on"] < when else ""
        items.append(f"<p>・「{c['name']}」（{c['pref']}{c['city']}{old}。開設者 {p.corps[c['corp']]['name']}）</p>")
    plans = sorted({pl for c in cs for pl in c["plans"]})
    body = "\n".join([
        press_head(when, rng.random() < 0.5), f"<h1>{title}</h1>",
        f"<p>厚生労働省は、{ACT_FULL}第24条第2項に基づく立入検査等により、下記の医療機関が、"
        "第一種再生医療等提供計画を提出しないまま再生医療等を提供していたこと（法第4条第1項違反）を確認しました。"
        "また、これらの医療機関で用いられた特定細胞加工物は、下記の細胞培養加工施設で製造されていました。</p>",
        "<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、医療機関に対しては法第22条に基づき"
        "再生医療等の提供の一時停止を、細胞培養加工施設に対しては法第47条に基づき特定細胞加工物の製造の一時停止を、それぞれ命じました。</p>",
        "<p>【対象の医療機関】</p>", *items,
        "<p>【対象の細胞培養加工施設】</p>", f"<p>・「{fac['name']}」（{fac['pref']}{fac['city']}）</p>",
        "<p>【提供の一時停止を命じた再生医療等】</p>",
        "<p>" + "、".join(f"「{x}」" for x in plans) + "</p>",
    ])
    return title, "厚生労働省", body, [c["name"] for c in cs]


def press_improvement(rng, p, when):
    f = p.facilities[rng.randrange(len(p.facilities))]
    title = f"{ACT}に基づく改善命令について"
    body = "\n".join([
        press_head(when, rng.random() < 0.5), f"<h1>{title}</h1>",
        f"<p>厚生労働大臣は、本日、「{f['name']}」（{f['pref']}{f['city']}）に対し、{ACT_FULL}第48条第2項に基づく改善命令を行いました。</p>",
        f"<p>立入検査の結果、{rng.choice(FINDINGS)}が確認されたためです。</p>",
    ])
    return title, "厚生労働省", body, [f["name"]]


def press_closure(rng, p, when):
    c = p.clinics[rng.randrange(len(p.clinics))]
    title = "再生医療等提供機関の廃止届について"
    before = day(rng, when[0] - 1, when[0])
    before = min(before, when)
    extra = ""
    if "former" in c and c["renamed_on"] < when:
        extra = f"<p>同クリニックは、{wareki(c['renamed_on'])}に「{c['former']}」から名称を変更していました。</p>"
    body = "\n".join([
        press_head(when, True), f"<h1>{title}</h1>",
        f"<p>{before[0]}年{before[1]}月に法第22条に基づく緊急命令を受けた「{c['name']}」（{c['pref']}{c['city']}）について、"
        f"{wareki(when, True)}付けで廃止届が提出されました。</p>",
        extra, "<p>これにより、同クリニックにおける再生医療等の提供は終了しています。</p>",
    ])
    return title, "厚生労働省", body, [c["name"]]


KINDS = [(bureau_order, 40), (press_emergency, 15), (bureau_closure, 12), (bureau_suspension, 10),
         (press_improvement, 13), (press_closure, 10)]
KIND_FNS = [k for k, w in KINDS for _ in range(w)]


def notice(pools, seed, i):
    rng = random.Random(f"{seed}:notice:{i}")
    when = day(rng)
    fn = rng.choice(KIND_FNS)
    title, site, body, names = fn(rng, pools, when)
    if site == "厚生労働省":
        path = f"/stf/houdou/{i // PER_DIR:03d}/n{i:06d}.html"
        crumbs = "ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; " + title
    else:
        slug = next(s for b, s in BUREAU_OF.values() if b == site)
        path = f"/{slug}/iji/{i // PER_DIR:03d}/n{i:06d}.html"
        crumbs = f"{site} &gt; 医事課 &gt; {title}"
    html = page(title, site, crumbs, body)
    short = title.replace(ACT + "に基づく", "")
    anchor = f"再生医療等に関する処分 {wareki(when)} {short}（{names[0]}）"
    return path, html, anchor


def listing(k, items):
    title = f"報道発表資料 一覧（その{k + 1}）"
    lis = "\n".join(f'<li><a href="{path}">{anchor}</a></li>' for path, anchor in items)
    body = f'<h1>{title}</h1>\n<ul class="m-listNews">\n{lis}\n</ul>'
    return page(title, "厚生労働省", "ホーム &gt; 報道発表資料 &gt; " + title, body)


def index(n_listings):
    title = "処分等一覧"
    lis = "\n".join(f'<li><a href="/list/list_{k + 1:04d}.html">報道発表資料 一覧（その{k + 1}）</a></li>'
                    for k in range(n_listings))
    body = f"<h1>{title}</h1>\n<ul>\n{lis}\n</ul>"
    return page(title, "厚生労働省", "ホーム &gt; " + title, body)


def write(root, path, text):
    full = os.path.join(root, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--add", type=int, default=0)
    ap.add_argument("--seed", default="tadoru-bench-1")
    a = ap.parse_args()
    pools = Pools(a.n, a.seed)
    total = a.n + a.add
    first = a.n if a.add else 0
    listings = {}
    # Listings: notices first..total-1 are (re)written; the listings they
    # fall in are rewritten whole, so earlier notices' anchors are needed too.
    first_listing = first // PER_LISTING
    for i in range(first_listing * PER_LISTING, total):
        path, html, anchor = notice(pools, a.seed, i)
        if i >= first:
            write(a.out, path, html)
        listings.setdefault(i // PER_LISTING, []).append((path, anchor))
    for k, items in listings.items():
        write(a.out, f"/list/list_{k + 1:04d}.html", listing(k, items))
    n_listings = (total + PER_LISTING - 1) // PER_LISTING
    write(a.out, "/index.html", index(n_listings))
    write(a.out, "/robots.txt", "User-agent: *\nAllow: /\n")
    print(f"{total} notices, {n_listings} listings in {a.out}" + (f" ({a.add} added)" if a.add else ""))


if __name__ == "__main__":
    main()
