#!/usr/bin/env python3
"""Thirteenth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout13/make_heldout13.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout12's generator was read only as the model of a
held-out set's layout and chrome). This set is what a journalist tracking entities
over several years meets: long-lived parties seen on four or five pages each — a
licensed cell-processing facility ordered, renamed, its company absorbed (吸収合併)
and then merged into a new company (新設合併), suspended and finally closed; a
医療法人社団 that becomes a 社会医療法人 while its clinic moves and is renamed in one
notice; an individual doctor's clinic that becomes a 医療法人's under the same name;
and two different clinics with the same name in two prefectures — together with
pages that update earlier pages (更新 lines, 【追記】 / 【更新】 blocks, <del> with the
new value, a 続報), orders to a licence holder and to a 届出 facility, a foreign
accredited manufacturer named only as context, layouts not seen before (<div>
cards, a table with its headers in the first column and one party per column, a
CSV-like <pre>, a numbered 別紙, <caption> and <th scope>), four look-alikes (a
事務連絡, a patients' FAQ, an event report, personnel changes) and a listing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
KASO = "（テスト用の架空の番号）"
MHLW_ADDR = "〒100-8916 東京都千代田区霞が関1-2-2"


def S(name, role, place=None, address=None, operator=None, plans=None, fn=None):
    return {"name": name, "role": role, "place": place, "address": address,
            "operator": operator, "plans": list(plans or []), "facility_number": fn}


def P(name, title, of):
    return {"name": name, "title": title, "of": of}


def R(old, new, on):
    return {"old": old, "new": new, "on": on}


def C(name, on):
    return {"name": name, "on": on}


def N(kind, authority, issued_on, articles, subjects, persons=(), plans=(),
      violations=(), renames=(), closures=(), part=None):
    return {"part": part, "kind": kind, "authority": authority, "issued_on": issued_on,
            "articles": list(articles), "violations": list(violations), "plans": list(plans),
            "subjects": list(subjects), "persons": list(persons), "renames": list(renames),
            "closures": list(closures)}


PAGES = []


def page(fname, covers, html, notices, what="notices"):
    PAGES.append((fname, covers, html, notices, what))


# ---------------------------------------------------------------- chrome
PRESS_SIDE = ["報道発表資料 2026年", "報道発表資料 2025年", "報道発表資料 2024年", "報道発表資料 2023年",
              "再生医療について", "e-再生医療"]


def mhlw(title, date, body, month, contact, kind="press", published="", crumbs=None):
    """The ministry's current template: header, <ol> breadcrumb, the article in
    <main>, a side navigation column beside it, 公開日 at the bottom.
    kind="press": date line, 【照会先】, 報道関係者各位; "policy": a policy page with
    the contact after the body; "plain": title and body only."""
    if kind == "press":
        crumbs = crumbs or ["ホーム", "報道・広報", "報道発表資料", month]
        inner = f"""<div class="m-press">
<p class="m-press__date">{date}</p>
<div class="m-press__contact"><p>【照会先】</p><p class="contact">{contact}</p></div>
<p class="m-press__to">報道関係者各位</p>
<h1 class="m-hdgLv1">{title}</h1>
<div class="m-press__body">
{body}
</div>
</div>"""
    elif kind == "policy":
        crumbs = crumbs or ["ホーム", "政策について", "分野別の政策一覧", "健康・医療", "医療", "再生医療について"]
        inner = f"""<h1 class="m-hdgLv1">{title}</h1>
<div class="m-content">
{body}
</div>
<div class="m-contact"><p>【照会先】</p><p class="contact">{contact}</p></div>"""
    else:
        crumbs = crumbs or ["ホーム", "厚生労働省について", "組織別の情報"]
        inner = f"""<h1 class="m-hdgLv1">{title}</h1>
<div class="m-content">
{body}
</div>"""
    crumb = "".join(f"<li><a>{c}</a></li>" for c in crumbs) + f"<li>{title}</li>"
    side_html = "".join(f"<li><a>{s}</a></li>" for s in PRESS_SIDE)
    pub = f'<p class="m-pubDate">{published}</p>' if published else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}｜厚生労働省</title>
</head>
<body>
<header class="l-header"><p class="l-header__logo"><a>厚生労働省</a></p>
<ul class="l-header__nav"><li><a>テーマ別に探す</a></li><li><a>報道・広報</a></li><li><a>政策について</a></li><li><a>厚生労働省について</a></li><li><a>統計情報・白書</a></li><li><a>所管の法令等</a></li><li><a>申請・募集・情報公開</a></li></ul>
<form class="l-header__search"><input type="search" placeholder="サイト内検索"></form>
</header>
<nav class="m-breadcrumb" aria-label="パンくずリスト"><ol>{crumb}</ol></nav>
<div class="l-contents">
<main class="l-main">
<p class="fiction">{FICTION}</p>
{inner}
{pub}
<p class="m-category">カテゴリ：<a>健康・医療</a> &gt; <a>医療</a> &gt; <a>再生医療</a></p>
</main>
<nav class="l-side"><p class="l-side__ttl">このカテゴリの情報</p><ul>{side_html}</ul></nav>
</div>
<footer class="l-footer"><ul><li><a>サイトマップ</a></li><li><a>ご意見募集</a></li><li><a>利用規約</a></li><li><a>プライバシーポリシー</a></li><li><a>アクセシビリティ</a></li></ul>
<address>厚生労働省　{MHLW_ADDR}　電話番号 03-5253-1111（代表）</address>
<p class="l-footer__copy">Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</p></footer>
</body>
</html>
"""


BUREAU_ADDR = {
    "北海道厚生局": "〒060-0808 北海道札幌市北区北8条西2丁目1番1 札幌第1合同庁舎",
    "関東信越厚生局": "〒330-9713 埼玉県さいたま市中央区新都心1番地1 さいたま新都心合同庁舎1号館",
    "東海北陸厚生局": "〒461-0011 愛知県名古屋市東区白壁1-15-1 名古屋合同庁舎第3号館",
    "近畿厚生局": "〒540-0008 大阪府大阪市中央区大手前4-1-76 大阪合同庁舎第4号館",
    "九州厚生局": "〒812-0013 福岡県福岡市博多区博多駅東2-10-7 福岡第二合同庁舎",
}

SIDE_MENUS = {
    "北海道厚生局": ("業務のご案内", ["医療法人・医療機関", "再生医療等", "臨床研究法", "麻薬等の取締り"]),
    "関東信越厚生局": ("健康福祉部", ["医事課", "再生医療等", "薬事監視", "保険指導"]),
    "東海北陸厚生局": ("医事", ["医療法人", "再生医療等", "臨床研究", "医療安全"]),
    "近畿厚生局": ("医事・薬事", ["医療法人", "再生医療等提供計画", "細胞培養加工施設", "臨床研究"]),
    "九州厚生局": ("医事課", ["再生医療等", "臨床研究", "医療法人", "説明会・研修"]),
}


def bureau(org, title, date, body, contact="", crumbs=("業務内容", "医事", "再生医療等"),
           date_label="", under_title="", a11y=False):
    """A regional bureau page: header, breadcrumb, side menu, date, title, a line
    under the title (e.g. an update note), body, 【担当】 block, footer with the
    bureau's address. a11y=True adds a skip link, landmarks and a language note."""
    trail = " &gt; ".join([f"<a>{org}</a>", *[f"<a>{c}</a>" for c in crumbs], title])
    d = f'<p class="date">{date_label}{date}</p>' if date else ""
    tanto = f'<div class="tanto"><p>【担当】</p><p class="contact">{contact}</p></div>' if contact else ""
    side_ttl, side = SIDE_MENUS[org]
    side_html = "".join(f"<li><a>{s}</a></li>" for s in side)
    skip = '<p class="skip"><a href="#main">本文へ移動</a></p>\n' if a11y else ""
    main_attr = ' id="main" role="main" tabindex="-1"' if a11y else ' id="main"'
    ut = f'<p class="under-title">{under_title}</p>\n' if under_title else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}｜{org}</title>
</head>
<body>
{skip}<div id="header"><p class="logo"><a>厚生労働省 {org}</a></p>
<ul class="gnav"><li><a>ホーム</a></li><li><a>組織案内</a></li><li><a>業務内容</a></li><li><a>申請・届出</a></li><li><a>報道発表</a></li><li><a>採用情報</a></li></ul></div>
<p id="pankuzu">{trail}</p>
<div id="wrap">
<div id="side"><p class="side_ttl">{side_ttl}</p><ul>{side_html}</ul></div>
<div{main_attr}>
<p class="fiction">{FICTION}</p>
{d}
<h1>{title}</h1>
{ut}<div class="box_text">
{body}
</div>
{tanto}
<p class="pagetop"><a>ページの先頭へ</a></p>
</div>
</div>
<div id="footer"><p>{org}　{BUREAU_ADDR[org]}</p><p>Copyright (C) {org} All Rights Reserved.</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律"
LAW_FULL = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"

# ------------------------------------------------------------ identity groups
# G1: a licensed facility, FA3110527 (y01 ordered under its first name; y03 renamed;
#     y05 its company absorbed by 株式会社リンクスバイオ; y09 that company merged with
#     株式会社ソラメディカル into a new company; y13 closed; y20 lists three titles)
G1_FN = "FA3110527"
G1_FAC0 = "ひばりセルファクトリー 所沢培養センター"
G1_FAC = "所沢セルプロセシングセンター"
G1_OP1 = "株式会社ひばりセルファクトリー"
G1_OP2 = "株式会社リンクスバイオ"
G1_OP3 = "株式会社リンクソラ・セラピューティクス"
G1_AD = "埼玉県所沢市くすのき台二丁目18番地3"
# G2: 六甲嶺会 (医療法人社団 → 社会医療法人) and its clinic, moved and renamed in one
#     notice (y02, y06, y08, y14; y16 names it)
G2_CL0 = "みなと元町リペアクリニック"
G2_CL = "東灘リペアメディカルクリニック"
G2_FAC = "東灘リペアメディカルクリニック 細胞調製室"
G2_FN = "FC5280562"
G2_PL = "自己骨髄由来間葉系幹細胞を用いた変形性股関節症の治療"
# G3: くるめ幹細胞クリニック, an individual's clinic (y04) that became 医療法人 耳納会's
#     under the same name (y07, y10, y12; y18 names its doctor)
G3_CL = "くるめ幹細胞クリニック"
G3_PL1 = "自己培養線維芽細胞を用いた顔面のしわの改善"
G3_PL2 = "自己脂肪由来幹細胞の静脈内投与による慢性疲労の改善"
# N: two different clinics called さくら通り再生クリニック (y11 札幌, y15 名古屋)
N_CL = "さくら通り再生クリニック"

# ====================================================================== y01
CL = "ふじみ野スキンクリニック"
OP = "医療法人 星霜会"
AD = "埼玉県ふじみ野市上福岡三丁目4番8号 上福岡メディカルモール3階"
PL = "自己脂肪由来間葉系幹細胞を用いた皮膚の光老化の改善"
page("y01_kantoshinetsu_matrix_table_parties_in_columns_g1.html",
     "関東信越 improvement orders (法第23条第1項 to a clinic's manager, 法第48条第2項 to a licensed manufacturer) in one table whose headers are in the first column and whose two parties are its two columns (被処分者１ / 被処分者２); full-width date line; the clinic column's 開設者 cell 「医療法人 星霜会<br>理事長　…」, the company column's 「代表取締役　…」; U+3000 inside names and before the building; the facility under its first name with its number; group G1 (renamed on y03)",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和５年９月１５日", f"""
<p>　関東信越厚生局長は、本日、{LAW_FULL}に基づき、下表の再生医療等提供機関の管理者及び特定細胞加工物製造事業者に対し、それぞれ改善命令を行いました。</p>
<table class="tbl_matrix" border="1">
<tr><th>項目</th><th>被処分者１</th><th>被処分者２</th></tr>
<tr><th>区分</th><td>再生医療等提供機関</td><td>特定細胞加工物製造事業者（許可）</td></tr>
<tr><th>名称</th><td>{CL}</td><td>{G1_OP1}</td></tr>
<tr><th>開設者・代表者</th><td>{OP}<br>理事長　大井　澄江</td><td>代表取締役　宮代　昌平</td></tr>
<tr><th>管理者</th><td>亀久保　遥</td><td>－</td></tr>
<tr><th>所在地</th><td>{AD.replace(" ", "　")}</td><td>{G1_AD}</td></tr>
<tr><th>細胞培養加工施設の名称</th><td>－</td><td>{G1_FAC0}</td></tr>
<tr><th>施設番号</th><td>－</td><td>{G1_FN}{KASO}</td></tr>
<tr><th>再生医療等提供計画の名称</th><td>{PL}</td><td>－</td></tr>
<tr><th>処分の根拠</th><td>法第23条第1項</td><td>法第48条第2項</td></tr>
<tr><th>処分の内容</th><td>細胞の受入れ時の確認の手順を定め、その実施状況を報告すること</td><td>無菌操作区域の環境モニタリングで逸脱があった場合の手順を整備し、その実施状況を報告すること</td></tr>
</table>
<h2>経緯</h2>
<p>　当局が令和５年７月２６日に被処分者２の細胞培養加工施設に、同月２７日に法第24条第2項に基づき被処分者１に、それぞれ立入検査を行ったところ、被処分者２においては浮遊菌数が処置基準を超えた日に原因調査が行われないまま製造が継続されていたこと、被処分者１においては受け入れた特定細胞加工物の外観及び温度の確認が記録されていなかったことが確認されました。</p>
<p>　改善の状況は、令和５年１０月３１日までに当局に報告することとしています。</p>
""", contact="健康福祉部 医事課 再生医療等担当　雲取（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2023-09-15", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "埼玉県ふじみ野市", AD, OP, [PL]),
         S(OP, "operator"),
         S(G1_OP1, "operator"),
         S(G1_FAC0, "cell_processing_facility", "埼玉県所沢市", G1_AD, G1_OP1, [], G1_FN)],
        persons=[P("亀久保 遥", "管理者", CL), P("大井 澄江", "理事長", OP),
                 P("宮代 昌平", "代表取締役", G1_OP1)],
        plans=[PL])])

# ====================================================================== y02
OP = "医療法人社団 六甲嶺会"
AD = "兵庫県神戸市中央区元町通三丁目9番21号 元町トアビル4階"
page("y02_kinki_accessible_caption_th_scope_kanji_article_g2.html",
     "近畿 improvement order (法第23条第1項, written 法第二十三条第一項 in the lead) on an accessibility-minded page: skip link, role=main, tables with <caption> and <th scope=\"row\"> / <th scope=\"col\">; 公表日 in 西暦 (2023年11月10日) and the lead in 和暦; 開設者 cell 「医療法人社団 六甲嶺会（理事長 …）」, the manager in its own row; the plan's class in a separate row; group G2 (the clinic before it moved and was renamed, the corporation before it became a 社会医療法人)",
     bureau("近畿厚生局", "再生医療等提供機関の管理者に対する改善命令について", "2023年11月10日", f"""
<p>近畿厚生局長は、令和5年11月10日、{LAW}第二十三条第一項の規定に基づき、次の再生医療等提供機関の管理者に対し、改善命令を発出しました。</p>
<table class="tbl" summary="">
<caption>改善命令の対象となった再生医療等提供機関（1件）</caption>
<tbody>
<tr><th scope="row">医療機関の名称</th><td>{G2_CL0}</td></tr>
<tr><th scope="row">開設者</th><td>{OP}（理事長 摩耶 隆之）</td></tr>
<tr><th scope="row">管理者</th><td>須磨 佳代</td></tr>
<tr><th scope="row">所在地</th><td>{AD}</td></tr>
<tr><th scope="row">再生医療等の名称</th><td>{G2_PL}</td></tr>
<tr><th scope="row">再生医療等の区分</th><td>第二種再生医療等</td></tr>
</tbody>
</table>
<table class="tbl">
<caption>命令の内容</caption>
<thead><tr><th scope="col">番号</th><th scope="col">改善を求める事項</th><th scope="col">報告期限</th></tr></thead>
<tbody>
<tr><th scope="row">1</th><td>骨髄液の採取から細胞培養加工施設への搬送までの温度管理の手順書を作成すること</td><td>令和5年12月8日</td></tr>
<tr><th scope="row">2</th><td>再生医療等を受ける者への説明に用いる文書を、認定再生医療等委員会の意見を聴いた内容と一致させること</td><td>令和5年12月8日</td></tr>
</tbody>
</table>
<h2>経緯</h2>
<p>令和5年10月、当局が同院に対して法第24条第2項に基づく立入検査を行ったところ、骨髄液の搬送時の温度が記録されていないこと、及び説明文書に委員会の意見を聴いていない記載が追加されていたことが確認されました。</p>
<p class="note"><span class="visually-hidden">補足：</span>本ページの表は、音声読み上げソフトで読み上げやすいよう、見出しセルを設定しています。</p>
""", contact="医事課　宇治（電話 06-6942-2241）", date_label="公表日：", a11y=True),
     [N("improvement_order", "近畿厚生局", "2023-11-10", ["法第23条第1項"],
        [S(G2_CL0, "clinic", "兵庫県神戸市中央区", AD, OP, [G2_PL]),
         S(OP, "operator")],
        persons=[P("須磨 佳代", "管理者", G2_CL0), P("摩耶 隆之", "理事長", OP)],
        plans=[G2_PL])])

# ====================================================================== y03
OP = "㈱ひばりセルファクトリー"
page("y03_mhlw_manufacturing_stop_facility_renamed_weekday_g1.html",
     "MHLW emergency order (法第47条 only) to a licensed facility, the company written ㈱; the facility renamed, told in the place parenthesis with the number after it 「「所沢セルプロセシングセンター」（埼玉県所沢市。令和6年1月15日付けで「…」から改称。施設番号 …）」; the trigger report (施行規則第107条) and the bureau's earlier 法第48条第2項 order (y01) as history; client clinics unnamed; date line with a weekday 令和6年3月8日（金）; group G1",
     mhlw("特定細胞加工物の製造の一時停止を命じました", "令和6年3月8日（金）", f"""
<p>令和6年3月5日、{OP}が設置する細胞培養加工施設「{G1_FAC}」（埼玉県所沢市。令和6年1月15日付けで「{G1_FAC0}」から改称。施設番号 {G1_FN}{KASO}）から、{LAW}施行規則第107条に基づく重大事態報告がなされました。</p>
<p>同施設で製造された特定細胞加工物について、出荷後に行われた無菌試験で真菌が検出され、同一の製造期間に製造された他のロットについても無菌性が確認できないことから、保健衛生上の危害の発生又は拡大を防止するため必要があると判断し、本日付けで、{LAW}（以下「法」という。）第47条に基づき、同施設における特定細胞加工物の製造の一時停止を命じましたのでお知らせします。</p>
<h2>【製造の一時停止を命じた施設】</h2>
<p>「{G1_FAC}」（製造事業者：{OP}）</p>
<h2>【参考】</h2>
<ul>
<li>同施設に特定細胞加工物の製造を委託している医療機関（3施設）に対しては、当該ロットを用いた再生医療等を行わないよう、本日、連絡しています。</li>
<li>同施設に対しては、令和5年9月15日付けで、関東信越厚生局長が法第48条第2項に基づく改善命令を行っています。</li>
</ul>
""", "2024年3月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　木曽（内線4051）<br>専門官　御岳（内線2685）<br>（代表電話）03(5253)1111",
         published="公開日：2024年3月8日"),
     [N("emergency_order", "厚生労働省", "2024-03-08", ["法第47条"],
        [S(G1_FAC, "cell_processing_facility", "埼玉県所沢市", None, OP, [], G1_FN),
         S(OP, "operator")],
        renames=[R(G1_FAC0, G1_FAC, "2024-01-15")])])

# ====================================================================== y04
AD = "福岡県久留米市東町32番地8 久留米駅前メディカルビル５階"
page("y04_kyushu_individual_clinic_kaisetsusha_kan_kanrisha_tsuiki_closure_g3.html",
     "九州 improvement order (法第23条第1項) to an individual doctor's clinic: 「開設者兼管理者：… （個人開設）」 (two person entries, no operator); full-width date line 令和６年４月１９日; 記 with numbered paragraphs of colon rows; mixed-width floor (５階); 【追記】（令和６年７月５日掲載）: 廃止届 filed 令和６年７月２日付け, closed 令和６年６月３０日, and a 医療法人 opened a clinic of the same name at the same address from 同年７月１日 (context); group G3",
     bureau("九州厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和６年４月１９日", f"""
<p>　九州厚生局長は、本日付けで、{LAW}第23条第1項に基づき、下記の再生医療等提供機関の管理者に対して改善命令を行った。</p>
<p style="text-align:center">記</p>
<p>１　被処分者<br>
　医療機関名：{G3_CL}<br>
　開設者兼管理者：筑後　正臣（個人開設）<br>
　所在地：{AD.replace(" ", "　")}<br>
　計画名：{G3_PL1}</p>
<p>２　処分の理由<br>
　当局が令和６年３月に行った立入検査において、同院が、提供計画に記載されていない細胞培養加工施設に特定細胞加工物の製造を委託していたこと、及び当該委託に係る契約書が作成されていなかったことが確認された。</p>
<p>３　改善を求める事項<br>
　（１）特定細胞加工物の製造の委託先を提供計画に記載されたものに限ること。<br>
　（２）委託の契約書を作成し、その写しを令和６年５月３１日までに当局に提出すること。</p>
<div class="tsuiki">
<p><strong>【追記】（令和６年７月５日掲載）</strong></p>
<p>　同院については、開設者から令和６年７月２日付けで廃止届が提出され、令和６年６月３０日をもって廃止された。なお、同年７月１日以降、同一の所在地において、医療法人 耳納会が同じ名称の診療所を開設している（同法人は本命令の対象ではない）。</p>
</div>
""", contact="健康福祉部 医事課　耶馬（電話 092-707-1119）"),
     [N("improvement_order", "九州厚生局", "2024-04-19", ["法第23条第1項"],
        [S(G3_CL, "clinic", "福岡県久留米市", AD, None, [G3_PL1])],
        persons=[P("筑後 正臣", "開設者", G3_CL), P("筑後 正臣", "管理者", G3_CL)],
        plans=[G3_PL1]),
      N("closure_filing", "九州厚生局", "2024-07-02", [],
        [S(G3_CL, "clinic", "福岡県久留米市", AD, None)],
        closures=[C(G3_CL, "2024-06-30")], part="closure")])

# ====================================================================== y05
page("y05_mhlw_zokuho_absorption_merger_improvement_title_says_stop_g1.html",
     "MHLW 続報 whose title names the earlier stop (「…一時停止命令について（続報）」) while the new action is a 法第48条第2項 改善命令 to the company that absorbed the facility's operator (吸収合併; the absorbed (株)ひばりセルファクトリー is context); 法第47条 named only as history; numbered sections; 『』 around the order's content; the facility's address given in 「所在地（…）に変更はありません」; group G1",
     mhlw("特定細胞加工物の製造の一時停止命令について（続報）", "令和6年6月21日", f"""
<p>令和6年3月8日付けで法第47条に基づき特定細胞加工物の製造の一時停止を命じた「{G1_FAC}」（埼玉県所沢市、施設番号：{G1_FN}{KASO}）について、その後の経過をお知らせします。</p>
<h2>1　製造事業者の地位の承継</h2>
<p>同施設を設置していた(株)ひばりセルファクトリーは、令和6年5月1日、{G1_OP2}（代表取締役 岩槻 美沙）を存続会社とする吸収合併により解散し、同施設に係る特定細胞加工物製造事業者の地位は{G1_OP2}が承継しました。同施設の名称及び所在地（{G1_AD}）に変更はありません。</p>
<h2>2　改善命令</h2>
<p>厚生労働省が令和6年6月11日及び12日に同施設に対して行った立入検査において、真菌が検出されたロットの原因調査が完了していないこと、及び清浄度の管理区域における更衣の手順が守られていないことが確認されたため、本日、{LAW}（以下「法」という。）第48条第2項に基づき、{G1_OP2}に対し、次の事項を命じました。</p>
<p>『原因調査を完了し、再発防止策を含む製造管理及び品質管理の方法の改善計画を、令和6年7月19日までに提出すること』</p>
<h2>3　一時停止命令の取扱い</h2>
<p>令和6年3月8日付けの製造の一時停止命令は、上記の改善が確認されるまでの間、引き続きその効力を有します。</p>
""", "2024年6月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　白神<br>専門官　月山<br>（代表電話）03-5253-1111（内線4051）",
         published="公開日：2024年6月21日"),
     [N("improvement_order", "厚生労働省", "2024-06-21", ["法第48条第2項"],
        [S(G1_FAC, "cell_processing_facility", "埼玉県所沢市", G1_AD, G1_OP2, [], G1_FN),
         S(G1_OP2, "operator")],
        persons=[P("岩槻 美沙", "代表取締役", G1_OP2)])])

# ====================================================================== y06
OP = "医療法人社団六甲嶺会"
page("y06_mhlw_emergency_moved_and_renamed_same_notice_tsukede_facility_spaced_date_g2.html",
     "MHLW emergency orders (法第22条 to the clinic's manager + 法第47条 to its in-clinic 届出 facility); the clinic moved and renamed in the same parenthesis 「（兵庫県神戸市東灘区。令和6年10月1日に兵庫県神戸市中央区から現在地に移転し、同日、「…」から名称を変更。）」 — a move is no rename, the old place not annotated; the facility 「同院内に設置された」 with （届出施設。施設番号：…）; operator written without a space; spaced date line 令和6年 12 月 6 日; group G2",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和6年 12 月 6 日", f"""
<p>令和6年12月3日、{OP}が開設する「{G2_CL}」（兵庫県神戸市東灘区。令和6年10月1日に兵庫県神戸市中央区から現在地に移転し、同日、「{G2_CL0}」から名称を変更。）から、{LAW_FULL}第18条に基づく疾病等報告がなされました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき同院の管理者に対して再生医療等の提供の一時停止を、法第47条に基づき同院内に設置された細胞培養加工施設「{G2_FAC}」（届出施設。施設番号：{G2_FN}{KASO}）に対して特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>【命令の相手方】</h2>
<p>「{G2_CL}」管理者　須磨 佳代<br>「{G2_FAC}」（設置者：{OP}）</p>
<h2>報告された事案</h2>
<p>当該再生医療等として股関節内に細胞の投与を受けた1名が、投与の翌日から発熱及び関節痛を訴え、化膿性股関節炎と診断されて入院した。同一日に同施設で加工された細胞の参考品から細菌が検出されている。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{G2_PL}」</p>
""", "2024年12月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　丹後（内線4051）<br>専門官　鳥海（内線4162）<br>（代表電話）03(5253)1111",
         published="公開日：2024年12月6日"),
     [N("emergency_order", "厚生労働省", "2024-12-06", ["法第22条", "法第47条"],
        [S(G2_CL, "clinic", "兵庫県神戸市東灘区", None, OP, [G2_PL]),
         S(OP, "operator"),
         S(G2_FAC, "cell_processing_facility", None, None, OP, [], G2_FN)],
        persons=[P("須磨 佳代", "管理者", G2_CL)],
        plans=[G2_PL],
        renames=[R(G2_CL0, G2_CL, "2024-10-01")])])

# ====================================================================== y07
CL = "医療法人 耳納会 くるめ幹細胞クリニック"
OP = "医療法人 耳納会"
AD = "福岡県久留米市東町32番地8 久留米駅前メディカルビル5階"
page("y07_kyushu_kanji_date_rijicho_ken_kanrisha_two_plans_g3.html",
     "九州 improvement order (法第二十三条第一項) dated in kanji numerals (令和七年二月七日, date line and lead); th/td table; the clinic named with its operator in front (医療法人 耳納会 くるめ幹細胞クリニック); 「医療法人 耳納会（理事長兼管理者　…）」 (one person, two titles); two plans marked ① ②; 経緯 tells that the 医療法人 took over the individual's clinic of the same name (context); group G3",
     bureau("九州厚生局", "改善命令について（再生医療等提供機関）", "令和七年二月七日", f"""
<p>　九州厚生局長は、令和七年二月七日付けで、次の再生医療等提供機関の管理者に対し、{LAW}第二十三条第一項に基づく改善命令を行った。</p>
<table class="kihon" border="1">
<tr><th>名称</th><td>{CL}</td></tr>
<tr><th>開設者</th><td>{OP}（理事長兼管理者　筑後 正臣）</td></tr>
<tr><th>所在地</th><td>{AD}</td></tr>
<tr><th>計画名</th><td>①{G3_PL1}<br>②{G3_PL2}</td></tr>
<tr><th>処分内容</th><td>細胞の投与後の経過観察の記録を作成し、疾病等の発生の有無を確認する体制を整備すること</td></tr>
</table>
<h2>経緯</h2>
<p>　同院は、令和６年７月１日、同一の所在地で筑後正臣が個人で開設していた同名の診療所を医療法人が引き継いで開設したものであり、提供計画は同日付けで改めて提出されている。当局が令和７年１月に行った立入検査において、上記②の再生医療等を受けた者について、投与後の経過観察の記録が作成されていないことが確認された。</p>
""", contact="健康福祉部 医事課　高千穂（電話 092-707-1119）"),
     [N("improvement_order", "九州厚生局", "2025-02-07", ["法第23条第1項"],
        [S(CL, "clinic", "福岡県久留米市", AD, OP, [G3_PL1, G3_PL2]),
         S(OP, "operator")],
        persons=[P("筑後 正臣", "理事長", OP), P("筑後 正臣", "管理者", CL)],
        plans=[G3_PL1, G3_PL2])])

# ====================================================================== y08
CL_AD = "兵庫県神戸市東灘区住吉宮町四丁目2番10号 住吉ステーションビル2階"
OP0 = "医療法人社団 六甲嶺会"
OP = "社会医療法人 六甲嶺会"
page("y08_kinki_update_del_shakai_iryo_hojin_rename_tsukede_facility_g2.html",
     "近畿 improvement orders (法第23条第1項 to the clinic, 法第48条第2項 to its in-clinic 届出 facility) on a page updated after publication: title 「（令和7年6月10日更新）」, 掲載日 and 更新日 lines, a 【更新】 note, and the 開設者 / 設置者 cells with the old name struck (<del>医療法人社団 六甲嶺会</del>) before the new one (社会医療法人 六甲嶺会, 名称変更 令和7年6月2日); 第1 被処分者等 with spaced labels; the facility's 所在地 「同上」; the Minister's 法第22条 / 法第47条 orders of y06 as history; group G2",
     bureau("近畿厚生局", "再生医療等提供機関及び細胞培養加工施設に対する改善命令について（令和7年6月10日更新）", "令和7年5月30日", f"""
<p class="update">【更新】令和7年6月10日　開設者及び設置者の名称を更新しました（同法人が令和7年6月2日付けで社会医療法人の認定を受け、名称を変更したため）。</p>
<p>近畿厚生局長は、令和7年5月30日、{LAW}（以下「法」という。）に基づき、次のとおり改善命令を行いました。</p>
<h2>第1　被処分者等</h2>
<h3>(1) 再生医療等提供機関</h3>
<p>名　　称：{G2_CL}<br>
開 設 者：<del>{OP0}</del> {OP}（理事長 摩耶 隆之）<br>
管 理 者：須磨 佳代<br>
所 在 地：{CL_AD}<br>
計 画 名：{G2_PL}<br>
処分内容：法第23条第1項に基づく改善命令</p>
<h3>(2) 細胞培養加工施設（届出）</h3>
<p>施 設 名：{G2_FAC}<br>
施設番号：{G2_FN}{KASO}<br>
設 置 者：<del>{OP0}</del> {OP}<br>
所 在 地：同上<br>
処分内容：法第48条第2項に基づく改善命令</p>
<h2>第2　経緯</h2>
<p>同院及び同施設については、令和6年12月6日、厚生労働大臣が法第22条及び法第47条に基づき再生医療等の提供及び特定細胞加工物の製造の一時停止を命じ、令和7年3月28日に当該命令が解除されている。その後、当局が同年5月に行った立入検査において、同施設の清浄度の管理区域の差圧が記録されていない日があること、及び同院が疾病等報告の要否を判断した記録を残していないことが確認された。</p>
<h2>第3　命令の内容</h2>
<p>差圧の記録及び疾病等報告の判断の手順を整備し、令和7年6月30日までに改善の状況を報告すること。</p>
<p class="date2">更新日：令和7年6月10日</p>
""", contact="医事課　平等院（電話 06-6942-2241）", date_label="掲載日："),
     [N("improvement_order", "近畿厚生局", "2025-05-30", ["法第23条第1項", "法第48条第2項"],
        [S(G2_CL, "clinic", "兵庫県神戸市東灘区", CL_AD, OP, [G2_PL]),
         S(OP, "operator"),
         S(G2_FAC, "cell_processing_facility", "兵庫県神戸市東灘区", CL_AD, OP, [], G2_FN)],
        persons=[P("須磨 佳代", "管理者", G2_CL), P("摩耶 隆之", "理事長", OP)],
        plans=[G2_PL],
        renames=[R(OP0, OP, "2025-06-02")])])

# ====================================================================== y09
page("y09_kantoshinetsu_suspension_shinsetsu_gappei_koshin_block_g1.html",
     "関東信越 suspension order (法第49条, 製造業務の全部の停止) to the company formed by a 新設合併 of the facility's operator and another company (both dissolved companies context, no rename); labelled rows with U+3000 (名　　称 / （代表取締役：…） / 所 在 地 / 施 設 名 / 施設番号 / 処分内容); the Minister's earlier 法第47条 stop and 法第48条第2項 order (y03, y05) as history; update line 「（令和7年7月22日更新）」 under the title and a 【更新】 block correcting the period's end; the period not recorded; group G1",
     bureau("関東信越厚生局", "特定細胞加工物等の製造業務の停止命令について", "令和7年7月18日", f"""
<p>　関東信越厚生局長は、本日、{LAW}（平成25年法律第85号）第49条の規定に基づき、下記の特定細胞加工物等製造事業者に対し、特定細胞加工物等の製造業務の全部の停止を命じましたので、お知らせします。</p>
<p style="text-align:center">記</p>
<p>第1　被処分者</p>
<p>名　　称　{G1_OP3}<br>
　　　　　（代表取締役：入間　健吾）<br>
所 在 地　{G1_AD}<br>
施 設 名　{G1_FAC}<br>
施設番号　{G1_FN}{KASO}<br>
処分内容　法第49条による製造業務の全部の停止（令和7年7月25日から同年10月24日まで）</p>
<p>第2　経緯</p>
<p>（1）同施設については、令和6年3月8日に厚生労働大臣が法第47条に基づく製造の一時停止を、同年6月21日に法第48条第2項に基づく改善命令を、それぞれ行っている。</p>
<p>（2）同施設の製造事業者であった株式会社 リンクスバイオは、令和7年4月1日、株式会社ソラメディカルとの新設合併により解散し、同日設立された{G1_OP3}が同施設に係る製造の許可を承継した。</p>
<p>（3）当局が令和7年6月に行った立入検査において、上記（1）の改善命令を受けて提出された改善計画に記載された措置のうち、更衣手順の教育訓練及び環境モニタリングの頻度の見直しが実施されていないことが確認された。</p>
<div class="koshin">
<p>【更新】（令和7年7月22日）</p>
<p>　処分内容の停止期間の終期を「同年10月25日まで」と記載していましたが、「同年10月24日まで」の誤りでしたので修正しました。</p>
</div>
""", contact="健康福祉部 医事課 再生医療等担当　八ヶ岳（電話 048-740-0757）",
            under_title="（令和7年7月22日更新）"),
     [N("suspension_order", "関東信越厚生局", "2025-07-18", ["法第49条"],
        [S(G1_OP3, "operator"),
         S(G1_FAC, "cell_processing_facility", "埼玉県所沢市", G1_AD, G1_OP3, [], G1_FN)],
        persons=[P("入間 健吾", "代表取締役", G1_OP3)])])

# ====================================================================== y10
OP = "医療法人耳納会"
AD = "福岡県久留米市東町32番地8 久留米駅前メディカルビル5階"
page("y10_mhlw_div_cards_foreign_accredited_facility_context_g3.html",
     "MHLW emergency order (法第22条) laid out as <div> cards (命令の相手方 / 一時停止を命じた再生医療等 / 報告された事案 / 参考); the card's title 「… 管理者」 with 氏名・開設者（理事長　…）・所在地 rows; the plan in “ ” quotes; a foreign manufacturer accredited by the Minister (外国の特定細胞加工物製造事業者の認定) named in the 参考 card — not ordered, context; weekday in the date line; group G3 (same name as the individual's closed clinic on y04)",
     mhlw("再生医療等の提供の一時停止命令について", "令和7年9月26日（金）", f"""
<p>令和7年9月22日、{OP}が開設する「{G3_CL}」（福岡県久留米市）から、{LAW_FULL}第18条に基づく疾病等報告がなされました。保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、同院の管理者に対し、下記の再生医療等の提供の一時停止を命じましたのでお知らせします。</p>
<div class="m-cards">
<div class="m-card">
<p class="m-card__label">命令の相手方</p>
<p class="m-card__title">{G3_CL} 管理者</p>
<p class="m-card__row">氏名：田主丸 奈央</p>
<p class="m-card__row">開設者：{OP}（理事長　筑後正臣）</p>
<p class="m-card__row">所在地：{AD}</p>
</div>
<div class="m-card">
<p class="m-card__label">一時停止を命じた再生医療等</p>
<p class="m-card__title">“{G3_PL2}”</p>
<p class="m-card__row">第二種再生医療等</p>
</div>
<div class="m-card">
<p class="m-card__label">報告された事案</p>
<p class="m-card__row">当該再生医療等として細胞の静脈内投与を受けた1名が、投与の約30分後に血圧低下及び意識障害を来し、救急搬送された。</p>
</div>
<div class="m-card m-card--ref">
<p class="m-card__label">参考：特定細胞加工物の製造</p>
<p class="m-card__row">当該再生医療等に用いられた特定細胞加工物は外国において製造されたものであり、その製造者である「台中セルバイオ・ラボラトリー」（台湾台中市）は、外国の特定細胞加工物製造事業者として厚生労働大臣の認定を受けています。同施設は本日の命令の対象ではありませんが、厚生労働省から同施設に対し、当該ロットの製造記録の提出を求めています。</p>
</div>
</div>
""", "2025年9月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　平尾台（内線4051）<br>専門官　夜叉（内線4162）",
         published="公開日：2025年9月26日"),
     [N("emergency_order", "厚生労働省", "2025-09-26", ["法第22条"],
        [S(G3_CL, "clinic", "福岡県久留米市", AD, OP, [G3_PL2]),
         S(OP, "operator")],
        persons=[P("田主丸 奈央", "管理者", G3_CL), P("筑後正臣", "理事長", OP)],
        plans=[G3_PL2])])

# ====================================================================== y11
OP = "医療法人社団 藻岩会"
AD = "北海道札幌市中央区南1条西4丁目5番地8 さくら通りビル7F"
PL = "自己多血小板血漿を用いた変形性膝関節症の治療"
page("y11_hokkaido_sakura_dori_sapporo_angle_quotes_doubled_date_n.html",
     "北海道 improvement order (法第23条第1項); the clinic in 〈〉 quotes with its operator before it (「医療法人社団 藻岩会が開設する〈…〉」); <h3> sections with <ul> rows; 条・丁目・番地 address with 7F; 和暦+西暦 date line 令和7年（2025年）10月24日; group N — the 札幌 clinic, not the same as the 名古屋 clinic of the same name on y15",
     bureau("北海道厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年（2025年）10月24日", f"""
<p>北海道厚生局長は、令和7年10月24日付けで、{OP}が開設する〈{N_CL}〉の管理者に対し、{LAW}第23条第1項の規定に基づき、改善命令を行いました。</p>
<h3>1. 処分の相手方</h3>
<ul>
<li>医療機関：{N_CL}</li>
<li>所在地：{AD}</li>
<li>管理者：手稲 和樹</li>
<li>開設者：{OP}（理事長 円山 千里）</li>
</ul>
<h3>2. 対象となる再生医療等提供計画</h3>
<ul><li>{PL}（第三種）</li></ul>
<h3>3. 命令の理由</h3>
<p>当局が令和7年9月に行った立入検査において、多血小板血漿の調製を、提供計画に記載された者以外の職員が行っていたこと、及び調製に用いる遠心分離機の設定が提供計画と異なっていたことが確認されました。</p>
<h3>4. 命令の内容</h3>
<p>調製を行う者及び調製の条件を提供計画に適合させ、令和7年11月28日までにその状況を報告すること。</p>
""", contact="健康福祉部 医事課　大雪山（電話 011-796-5105）"),
     [N("improvement_order", "北海道厚生局", "2025-10-24", ["法第23条第1項"],
        [S(N_CL, "clinic", "北海道札幌市中央区", AD, OP, [PL]),
         S(OP, "operator")],
        persons=[P("手稲 和樹", "管理者", N_CL), P("円山 千里", "理事長", OP)],
        plans=[PL])])

# ====================================================================== y12
OP = "(医)耳納会"
AD = "福岡県久留米市東町32-8 久留米駅前メディカルビル5階"
CL2 = "天神ひかりスキンクリニック"
AD2 = "福岡県福岡市中央区天神二丁目7番21号 天神プレイスビル6階"
page("y12_kyushu_closure_table_del_corrected_date_individual_row_g3.html",
     "九州 closure page (再生医療等提供機関の廃止) as a table of two rows: the G3 clinic of (医)耳納会 with a corrected 廃止年月日 (<del>令和7年12月31日</del> 令和7年12月26日, 「（令和8年1月23日 廃止年月日を訂正しました）」 under the title), hyphen address; a second clinic opened by an individual （個人） with its 開設者; 備考 citing the Minister's 法第22条 order (y10) as history; group G3",
     bureau("九州厚生局", "再生医療等提供機関の廃止について", "令和8年1月16日", f"""
<p>　次の再生医療等提供機関から、再生医療等の提供を行う医療機関の廃止の届出がありましたので、お知らせします。</p>
<table class="kihon" border="1">
<tr><th>医療機関名</th><th>開設者</th><th>所在地</th><th>廃止年月日</th><th>届出受理日</th><th>備考</th></tr>
<tr><td>{G3_CL}</td><td>{OP}</td><td>{AD}</td><td><del>令和7年12月31日</del> 令和7年12月26日</td><td>令和8年1月8日</td><td>令和7年9月26日付けで厚生労働大臣から法第22条に基づく再生医療等の提供の一時停止命令を受けていた。</td></tr>
<tr><td>{CL2}</td><td>那珂 玲子（個人）</td><td>{AD2}</td><td>令和7年12月15日</td><td>令和8年1月6日</td><td>－</td></tr>
</table>
<p>　※ 廃止に伴い、各医療機関が提出していた再生医療等提供計画は全て終了しています。</p>
""", contact="健康福祉部 医事課　玄界（電話 092-707-1119）",
            under_title="（令和8年1月23日 廃止年月日を訂正しました）"),
     [N("closure_filing", "九州厚生局", "2026-01-16", [],
        [S(G3_CL, "clinic", "福岡県久留米市", AD, OP),
         S(OP, "operator"),
         S(CL2, "clinic", "福岡県福岡市中央区", AD2, None)],
        persons=[P("那珂 玲子", "開設者", CL2)],
        closures=[C(G3_CL, "2025-12-26"), C(CL2, "2025-12-15")])])

# ====================================================================== y13
OP1 = "（株）リンクソラ・セラピューティクス"
AD1 = "埼玉県所沢市くすのき台2-18-3"
FAC2 = "医社 房総陽光会 いちはら陽光クリニック 細胞培養室"
OP2 = "医療法人社団 房総陽光会"
AD2 = "千葉県市原市五井中央東1丁目15番地4"
FAC3 = "ふじさわ細胞調製室"
OP3 = "一般社団法人 湘南再生医学研究会"
AD3 = "神奈川県藤沢市辻堂元町六丁目3番1号 辻堂メディカルスクエア1階"
page("y13_kantoshinetsu_besshi_numbered_closures_kyumeisho_g1.html",
     "関東信越 closure page (細胞培養加工施設の廃止の届出) whose body points to a 別紙 of three numbered entries (施設番号 first, then 施設の名称 / 設置者 / 所在地 / 廃止年月日 / 備考); the G1 facility under its current name with 「旧名称「…」」 (a rename without date) and （株） for its company; a facility name with 医社 embedded while the 設置者 row prints 医療法人社団; an 一般社団法人; dates 令和7年12月26日 / 令和8年1月9日 / R8.1.20; group G1",
     bureau("関東信越厚生局", "細胞培養加工施設の廃止の届出について（令和8年1月受理分）", "令和8年2月6日", f"""
<p>　令和8年1月中に当局が受理した細胞培養加工施設の廃止の届出は、別紙のとおりです。</p>
<p>　なお、廃止された施設に係る特定細胞加工物の製造の委託先の変更等については、各医療機関において提供計画の変更の手続が行われています。</p>
<h2>別紙</h2>
<ol class="besshi">
<li>施設番号：{G1_FN}{KASO}<br>施設の名称：{G1_FAC}<br>設置者：{OP1}<br>所在地：{AD1}<br>廃止年月日：令和7年12月26日<br>備考：旧名称「{G1_FAC0}」</li>
<li>施設番号：FC3120881{KASO}<br>施設の名称：{FAC2}<br>設置者：{OP2}<br>所在地：{AD2}<br>廃止年月日：令和8年1月9日<br>備考：－</li>
<li>施設番号：FC3140263{KASO}<br>施設の名称：{FAC3}<br>設置者：{OP3}<br>所在地：{AD3}<br>廃止年月日：R8.1.20<br>備考：－</li>
</ol>
""", contact="健康福祉部 医事課 再生医療等担当　雲取（電話 048-740-0757）"),
     [N("closure_filing", "関東信越厚生局", "2026-02-06", [],
        [S(G1_FAC, "cell_processing_facility", "埼玉県所沢市", AD1, OP1, [], G1_FN),
         S(OP1, "operator"),
         S(FAC2, "cell_processing_facility", "千葉県市原市", AD2, OP2, [], "FC3120881"),
         S(OP2, "operator"),
         S(FAC3, "cell_processing_facility", "神奈川県藤沢市", AD3, OP3, [], "FC3140263"),
         S(OP3, "operator")],
        renames=[R(G1_FAC0, G1_FAC, None)],
        closures=[C(G1_FAC, "2025-12-26"), C(FAC2, "2026-01-09"), C(FAC3, "2026-01-20")])])

# ====================================================================== y14
OP = "社会医療法人六甲嶺会"
AD = "兵庫県神戸市東灘区住吉宮町4-2-10 住吉ステーションビル2階"
FAC = "たじまセルプロセシング 豊岡工場"
FOP = "(株)たじまバイオ"
FAD = "兵庫県豊岡市中陰字大坪321番地"
page("y14_kinki_csv_pre_discontinuation_and_closure_shared_operator_g2.html",
     "近畿 monthly filings as a CSV-like <pre> block (header line, comma-separated rows, empty fields, one name in \"\" quotes, slash dates 2026/01/13); a plan's 中止 (discontinuation; the clinic stays open) and two facility 廃止 (the G2 clinic's in-clinic 届出 facility, a licensed facility of (株)たじまバイオ in a 字 address): one discontinuation_filing and one closure_filing, the same operator in both; operator written 社会医療法人六甲嶺会 without a space; group G2",
     bureau("近畿厚生局", "再生医療等提供計画の中止及び細胞培養加工施設の廃止の届出状況（令和8年1月受付分）", "令和8年2月13日", f"""
<p>令和8年1月に当局が受け付けた再生医療等提供計画の中止の届出及び細胞培養加工施設の廃止の届出を、次のとおりCSV形式で掲載します。</p>
<pre class="csv">
種別,受付日,名称,開設者・設置者,所在地,施設番号,再生医療等の名称,中止・廃止年月日
中止,2026/01/13,{G2_CL},{OP},{AD},,{G2_PL},2026/01/08
廃止,2026/01/13,{G2_FAC},{OP},{AD},{G2_FN}{KASO},,2026/01/08
廃止,2026/01/22,"{FAC}",{FOP},{FAD},FA5280777{KASO},,2026/01/20
</pre>
<p>※ 中止の届出は、当該計画に係る再生医療等の提供を終了したものであり、医療機関の廃止を意味するものではありません。{G2_CL}は、他の提供計画に基づく診療を継続しています。</p>
""", contact="医事課　宇治（電話 06-6942-2241）"),
     [N("discontinuation_filing", "近畿厚生局", "2026-02-13", [],
        [S(G2_CL, "clinic", "兵庫県神戸市東灘区", AD, OP, [G2_PL]),
         S(OP, "operator")],
        plans=[G2_PL]),
      N("closure_filing", "近畿厚生局", "2026-02-13", [],
        [S(G2_FAC, "cell_processing_facility", "兵庫県神戸市東灘区", AD, OP, [], G2_FN),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "兵庫県豊岡市", FAD, FOP, [], "FA5280777"),
         S(FOP, "operator")],
        closures=[C(G2_FAC, "2026-01-08"), C(FAC, "2026-01-20")])])

# ====================================================================== y15
OP = "医療法人 葵泉会"
AD = "愛知県名古屋市東区泉一丁目20番15号 泉さくら通りビル3階"
PL = "自己培養軟骨細胞を用いた膝関節軟骨欠損の修復"
page("y15_tokai_hokuriku_sakura_dori_nagoya_not_the_same_western_first_date_n.html",
     "東海北陸 improvement order (法第23条第1項); date line 西暦 first 2026年（令和8年）3月6日; the lead names the clinic with its operator embedded, the ・ rows name it plain; 「開設者：医療法人 葵泉会（理事長：…）」; a ※ note that the clinic is not the 札幌 clinic of the same name (context, not a subject); group N",
     bureau("東海北陸厚生局", "改善命令を行いました（再生医療等提供機関）", "2026年（令和8年）3月6日", f"""
<p>東海北陸厚生局長は、2026年（令和8年）3月6日、{OP} {N_CL}（愛知県名古屋市東区）の管理者に対し、{LAW}第23条第1項に基づき、改善を命じました。</p>
<p>・医療機関の名称：{N_CL}<br>
・開設者：{OP}（理事長：大曽根 浩）<br>
・管理者：千種 由香<br>
・所在地：{AD}<br>
・計画の名称：{PL}<br>
・命令の内容：軟骨細胞の移植後の定期的な画像評価を提供計画のとおり実施し、その結果を記録すること。令和8年4月10日までに改善の状況を報告すること。</p>
<p>※ 北海道札幌市中央区に所在する同名の医療機関（{N_CL}）とは異なる医療機関です。</p>
<h2>経緯</h2>
<p>当局が令和8年2月に同院に対して行った立入検査において、提供計画に定められた移植後6か月及び12か月の画像評価が、対象者の半数以上について行われていないことが確認されました。</p>
""", contact="健康福祉部 医事課　木曽川（電話 052-228-6179）"),
     [N("improvement_order", "東海北陸厚生局", "2026-03-06", ["法第23条第1項"],
        [S(N_CL, "clinic", "愛知県名古屋市東区", AD, OP, [PL]),
         S(OP, "operator")],
        persons=[P("千種 由香", "管理者", N_CL), P("大曽根 浩", "理事長", OP)],
        plans=[PL])])

# ====================================================================== y16 (other)
page("y16_mhlw_other_jimu_renraku_inspections_to_prefectures.html",
     "MHLW 事務連絡 to prefectures (各都道府県衛生主管部（局） 御中) about cooperating in inspections; full-width date 令和７年２月１４日 in the 事務連絡 head; cites 法第24条第1項, 法第22条, 法第47条 and 法第23条第1項 and names y06's clinic as an example (G2) — not a notice",
     mhlw("再生医療等提供機関に対する立入検査等の実施に当たっての協力について（事務連絡）", "", f"""
<p style="text-align:right">事　務　連　絡<br>令和７年２月１４日</p>
<p>各都道府県衛生主管部（局）　御中</p>
<p style="text-align:right">厚生労働省医政局研究開発政策課<br>再生医療等研究推進室</p>
<p style="text-align:center">再生医療等提供機関に対する立入検査等の実施に当たっての協力について</p>
<p>　再生医療等の安全性の確保等に関する法律（以下「法」という。）第24条第1項に基づく報告の徴収及び立入検査については、厚生労働省及び地方厚生局において実施しているところですが、令和６年１２月に法第22条及び法第47条に基づく緊急命令を行った{G2_CL}（兵庫県神戸市東灘区）の事案においては、貴部局の医療監視員による医療法に基づく立入検査が並行して行われ、事実の確認に大きく寄与しました。</p>
<p>　つきましては、今後、同様の事案が生じた場合に迅速な対応がとれるよう、下記の点について御協力をお願いします。</p>
<p style="text-align:center">記</p>
<ol>
<li>地方厚生局から立入検査への同行の依頼があった場合には、可能な範囲で職員を同行させること。</li>
<li>医療法に基づく立入検査において、提供計画を提出せずに再生医療等を行っている疑いのある医療機関を把握した場合には、速やかに地方厚生局に情報提供すること。</li>
<li>法第23条第1項に基づく改善命令を受けた医療機関について、地方厚生局から改善状況の確認への協力の依頼があった場合には、これに応じること。</li>
</ol>
""", "", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　月山<br>（代表電話）03-5253-1111（内線4051）",
         kind="policy", crumbs=["ホーム", "政策について", "分野別の政策一覧", "健康・医療", "医療", "再生医療について", "通知・事務連絡"]),
     [], what="other")

# ====================================================================== y17 (other)
page("y17_mhlw_other_faq_for_patients_clinic_types.html",
     "MHLW FAQ for patients in <details>/<summary>: clinic types (美容クリニック, 整形外科, 歯科医院, 内科), classes of treatment, 許可 / 届出 / 外国の事業者の認定, what 緊急命令 and 改善命令 mean (法第22条, 法第23条第1項), a link list naming y15's order with its clinic — not a notice",
     mhlw("再生医療等を受けようとする皆様へ（よくあるご質問）", "", f"""
<p>自由診療として幹細胞や血液を用いた治療を受けることを検討されている方から寄せられることの多いご質問をまとめました。</p>
<details open><summary>Q1. どのような医療機関で再生医療等が行われていますか。</summary>
<p>A. 美容クリニック、整形外科、歯科医院、内科など、様々な診療所や病院で行われています。医療機関が再生医療等を提供するには、あらかじめ再生医療等提供計画を厚生労働大臣又は地方厚生局長に提出しなければなりません。計画が提出されているかは「e-再生医療」で確認できます。</p></details>
<details><summary>Q2. 第一種・第二種・第三種とは何ですか。</summary>
<p>A. 人の生命及び健康に与える影響の程度に応じた区分です。例えば、他人の細胞を用いるものは第一種、自分の脂肪から採った幹細胞を培養して用いるものは第二種、自分の血液から作った多血小板血漿（PRP）を用いるものは多くが第三種に当たります。</p></details>
<details><summary>Q3. 細胞はどこで加工されていますか。</summary>
<p>A. 医療機関の中の施設（届出）、厚生労働大臣の許可を受けた施設、又は外国の施設で、外国の特定細胞加工物製造事業者として厚生労働大臣の認定を受けたものです。どの施設で加工されるかは、提供計画に記載されています。</p></details>
<details><summary>Q4. 「緊急命令」や「改善命令」とは何ですか。</summary>
<p>A. 保健衛生上の危害の発生又は拡大を防止するため必要がある場合に、厚生労働大臣が再生医療等の提供の一時停止等を命じるもの（法第22条）が緊急命令、法令に違反する状態を改めるよう命じるもの（法第23条第1項等）が改善命令です。命令が行われた場合は、報道発表資料や地方厚生局のホームページでお知らせしています。</p>
<ul>
<li><a href="https://kouseikyoku.mhlw.go.jp/tokaihokuriku/iji/saisei_0306.html">2026年3月6日　東海北陸厚生局：改善命令を行いました（{N_CL}・愛知県名古屋市東区）</a></li>
<li><a href="/stf/houdou/houdou_list_202602.html">報道発表資料一覧</a></li>
</ul></details>
<details><summary>Q5. 治療を受けた後に体調が悪くなったときは。</summary>
<p>A. まず治療を受けた医療機関にご相談ください。医療機関には、疾病等が発生した場合に報告する義務があります。</p></details>
<p class="m-update">最終更新日：2026年3月19日</p>
""", "", "医政局研究開発政策課 再生医療等研究推進室<br>（代表電話）03-5253-1111（内線4051）", kind="policy"),
     [], what="other")

# ====================================================================== y18 (other)
page("y18_kyushu_other_event_report_speaker_names_g3_doctor.html",
     "九州 event report (説明会の開催報告): date, venue, programme with speakers — among them the G3 doctor as 理事長 of 医療法人 耳納会 and 院長 of its clinic —, attendance, a summary of questions mentioning 改善命令 and 法第23条第1項 — not a notice",
     bureau("九州厚生局", "再生医療等安全性確保法に関する説明会（久留米会場）を開催しました", "令和6年11月29日", f"""
<p>九州厚生局では、再生医療等を提供する医療機関及び細胞培養加工施設の関係者を対象に、{LAW}に関する説明会を開催しました。</p>
<table class="kihon" border="1">
<tr><th>日時</th><td>令和6年11月22日（金）14時00分～16時30分</td></tr>
<tr><th>会場</th><td>久留米シティプラザ 会議室（福岡県久留米市）</td></tr>
<tr><th>参加者数</th><td>84名（医療機関 61名、細胞培養加工施設 15名、その他 8名）</td></tr>
</table>
<h2>プログラム</h2>
<ol>
<li>再生医療等提供計画の記載と変更の手続（九州厚生局 健康福祉部 医事課）</li>
<li>立入検査で指摘の多い事項（九州厚生局 健康福祉部 医事課）</li>
<li>事例紹介「診療所の法人化に伴う提供計画の再提出」　講師：筑後 正臣 氏（医療法人 耳納会 理事長、{G3_CL} 院長）</li>
</ol>
<h2>主な質疑</h2>
<p>・改善命令を受けた場合、改善の状況はどのように報告するのか。→ 命令書に記載された期限までに、改善の内容を示す資料を添えて報告していただきます。法第23条第1項に基づく命令の内容は、当局のホームページで公表しています。</p>
<p>・開設者が個人から医療法人に変わった場合、施設番号や計画番号は引き継がれるのか。→ 引き継がれません。廃止の届出と新たな計画の提出が必要です。</p>
<p>当日の資料は、後日、当局のホームページに掲載します。</p>
""", contact="健康福祉部 医事課　耶馬（電話 092-707-1119）",
            crumbs=("業務内容", "医事", "説明会・研修")),
     [], what="other")

# ====================================================================== y19 (other)
page("y19_mhlw_other_iseikyoku_personnel_changes.html",
     "MHLW personnel changes (人事異動, 医政局, 令和7年7月1日付) as a table 新官職 / 氏名 / 旧官職, the head of the 再生医療等研究推進室 among them — persons and titles that belong to no notice",
     mhlw("人事異動（令和7年7月1日付）医政局", "", """
<p>令和7年7月1日付けで、医政局において次のとおり人事異動を行いました。</p>
<table class="m-table">
<caption>医政局（令和7年7月1日付）</caption>
<thead><tr><th scope="col">新官職</th><th scope="col">氏名</th><th scope="col">旧官職</th></tr></thead>
<tbody>
<tr><td>医政局研究開発政策課長</td><td>霧ヶ峰 隆司</td><td>医政局医事課長</td></tr>
<tr><td>医政局研究開発政策課再生医療等研究推進室長</td><td>美ヶ原 智子</td><td>医薬局医療機器審査管理課課長補佐</td></tr>
<tr><td>医政局医事課長</td><td>車山 浩之</td><td>健康・生活衛生局総務課企画官</td></tr>
<tr><td>医政局研究開発政策課課長補佐</td><td>蓼科 亮</td><td>九州厚生局健康福祉部医事課長</td></tr>
<tr><td>辞職（医政局研究開発政策課再生医療等研究推進室長）</td><td>白樺 直樹</td><td>－</td></tr>
</tbody>
</table>
""", "", "", kind="plain", crumbs=["ホーム", "厚生労働省について", "人事異動"]),
     [], what="other")

# ====================================================================== y20 (listing)
page("y20_kantoshinetsu_listing_saisei_news.html",
     "関東信越 news listing for 再生医療等 (お知らせ一覧): dated, linked titles, three of them this set's G1 pages (y01, y09 with 【更新】, y13) among unrelated items; paging — a listing, not a notice",
     bureau("関東信越厚生局", "再生医療等に関するお知らせ一覧", "", """
<ul class="news_list">
<li><span class="day">2026年2月6日</span><a href="/kantoshinetsu/iji/saisei_haishi_202601.html">細胞培養加工施設の廃止の届出について（令和8年1月受理分）</a></li>
<li><span class="day">2025年11月14日</span><a href="/kantoshinetsu/iji/saisei_setsumeikai.html">令和7年度 再生医療等提供機関向け説明会の開催について</a></li>
<li><span class="day">2025年7月22日</span><a href="/kantoshinetsu/iji/saisei_teishi_0718.html">【更新】特定細胞加工物等の製造業務の停止命令について</a></li>
<li><span class="day">2025年4月11日</span><a href="/kantoshinetsu/iji/saisei_keikaku_r0703.html">再生医療等提供計画の受理状況（令和7年3月末時点）</a></li>
<li><span class="day">2023年9月15日</span><a href="/kantoshinetsu/iji/saisei_kaizen_0915.html">再生医療等の安全性の確保等に関する法律に基づく改善命令について</a></li>
</ul>
<p class="paging"><a href="?page=1">前へ</a>　1　<a href="?page=2">2</a>　<a href="?page=3">3</a>　<a href="?page=2">次へ</a></p>
""", crumbs=("業務内容", "医事")),
     [], what="listing")


def main():
    pages_dir = os.path.join(HERE, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    out = []
    names = set()
    for fname, covers, html, notices, what in PAGES:
        assert fname not in names, fname
        names.add(fname)
        assert FICTION in html, fname
        with open(os.path.join(pages_dir, fname), "w", encoding="utf-8") as f:
            f.write(html)
        rel = os.path.relpath(os.path.join(pages_dir, fname), REPO)
        out.append({"file": rel, "what": what, "covers": covers, "notices": notices})
    for stale in os.listdir(pages_dir):
        if stale not in names:
            os.remove(os.path.join(pages_dir, stale))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} pages to {pages_dir} and gold.json")


if __name__ == "__main__":
    main()
