#!/usr/bin/env python3
"""Tenth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout10/make_heldout10.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout9's generator was read only as the model of a
held-out set's layout). This set stresses the mix a crawl of every bureau over
several years meets, above all identity across pages: one clinic or company on
several pages under different spellings (髙/高, 﨑/崎, ヶ/ケ/が, ・ or a space,
full/half width, with or without a space after the legal form, 医療法人社団 vs 医社,
㈱/(株)/株式会社), a clinic renamed and then ordered again, an operator absorbed by
merger, a facility handed to another company by 事業譲渡, an individual's clinic
turned into a 医療法人's; closure pages in each bureau's style (monthly tables,
廃止届の受理, 提供計画の中止, 許可証の返納, 製造の廃止), rows naming only a facility
number; an order against a doctor as 開設者 of an individual clinic and one against
a hospital as 特定細胞加工物製造事業者; the typos a real page has (a name spelled two
ways, a missing 」, a wrong weekday, 47条 without 第); and pages that look like
notices but are not (Q&A, statistics, recruitment, a list of laws).
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
def mhlw(title, date, body, month, contact, press=True):
    """An MHLW page. press=True: a press release (breadcrumb to 報道発表資料, date
    line, 【照会先】, 報道関係者各位); press=False: an ordinary policy page with the
    update date at the bottom and the contact after the body."""
    if press:
        crumb = f"<a>ホーム</a> &gt; <a>報道・広報</a> &gt; <a>報道発表資料</a> &gt; <a>{month}</a> &gt; {title}"
        inner = f"""<div class="press">
<p class="press-date">{date}</p>
<div class="press-contact"><p>【照会先】</p><p class="contact">{contact}</p></div>
<p>報道関係者各位</p>
<h1>{title}</h1>
<div class="press-body">
{body}
</div>
</div>"""
    else:
        crumb = f"<a>ホーム</a> &gt; <a>政策について</a> &gt; <a>分野別の政策一覧</a> &gt; <a>健康・医療</a> &gt; <a>医療</a> &gt; <a>再生医療について</a> &gt; {title}"
        inner = f"""<h1>{title}</h1>
<div class="content">
{body}
</div>
<div class="press-contact"><p>【照会先】</p><p class="contact">{contact}</p></div>
<p class="update">{date}</p>"""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{title}｜厚生労働省</title>
</head>
<body>
<header id="hd"><p class="logo"><a>厚生労働省</a></p>
<ul class="gnav"><li><a>ホーム</a></li><li><a>テーマ別に探す</a></li><li><a>報道・広報</a></li><li><a>政策について</a></li><li><a>厚生労働省について</a></li><li><a>統計情報・白書</a></li><li><a>所管の法令等</a></li></ul>
</header>
<nav class="crumb">{crumb}</nav>
<main id="main">
<p class="fiction">{FICTION}</p>
{inner}
</main>
<footer id="ft"><p><a>サイトマップ</a>｜<a>プライバシーポリシー</a>｜<a>アクセス</a></p>
<address>厚生労働省　{MHLW_ADDR}　電話番号 03-5253-1111（代表）</address>
<p>Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</p></footer>
</body>
</html>
"""


BUREAU_ADDR = {
    "北海道厚生局": "〒060-0808 北海道札幌市北区北8条西2丁目1番1 札幌第1合同庁舎",
    "東北厚生局": "〒980-8426 宮城県仙台市青葉区花京院1-1-20 花京院スクエア21階",
    "関東信越厚生局": "〒330-9713 埼玉県さいたま市中央区新都心1番地1 さいたま新都心合同庁舎1号館",
    "東海北陸厚生局": "〒461-0011 愛知県名古屋市東区白壁1-15-1 名古屋合同庁舎第3号館",
    "近畿厚生局": "〒540-0008 大阪府大阪市中央区大手前4-1-76 大阪合同庁舎第4号館",
    "中国四国厚生局": "〒730-0012 広島県広島市中区上八丁堀6-30 広島合同庁舎4号館",
    "四国厚生支局": "〒760-0019 香川県高松市サンポート3-33 高松サンポート合同庁舎",
    "九州厚生局": "〒812-0013 福岡県福岡市博多区博多駅東2-10-7 福岡第二合同庁舎",
}


def bureau(org, title, date, body, contact="", top=None, crumbs=("業務内容", "医事", "再生医療等"),
           date_below=False):
    """A regional bureau page: header, breadcrumb, side menu, date (above or below
    the body), body, 【担当】 block, footer with the bureau's address."""
    top = top or org
    trail = " &gt; ".join([f"<a>{top}</a>", *[f"<a>{c}</a>" for c in crumbs], title])
    d = f'<p class="date">{date}</p>' if date else ""
    tanto = f'<div class="tanto"><p>【担当】</p><p class="contact">{contact}</p></div>' if contact else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}｜{org}</title>
</head>
<body>
<div id="header"><p class="logo"><a>厚生労働省 {org}</a></p>
<ul class="gnav"><li><a>ホーム</a></li><li><a>組織案内</a></li><li><a>業務内容</a></li><li><a>申請・届出</a></li><li><a>報道発表</a></li><li><a>採用情報</a></li></ul></div>
<p id="pankuzu">{trail}</p>
<div id="wrap">
<div id="side"><p class="side_ttl">医事</p><ul><li><a>医療法人</a></li><li><a>再生医療等</a></li><li><a>臨床研究</a></li><li><a>保険医療機関等の指定</a></li></ul></div>
<div id="main">
<p class="fiction">{FICTION}</p>
{"" if date_below else d}
<h1>{title}</h1>
<div class="box_text">
{body}
</div>
{d if date_below else ""}
{tanto}
</div>
</div>
<div id="footer"><p>{org}　{BUREAU_ADDR[org]}</p><p>Copyright (C) {org} All Rights Reserved.</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"
EMERG = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
KAIZEN = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
MHLW_CONTACT = "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　{a}<br>専門官　{b}<br>（代表電話）03(5253)1111（内線 4051）"

# Shared identities (group G1/G2: 髙嶺会 clinic and 芝浦 facility)
PL_G1 = "自己脂肪組織由来間葉系幹細胞を用いた皮膚の光老化の治療"
FAC_G2 = "芝浦第一細胞加工センター"

# ====================================================================== u01
OP = "医療法人社団髙嶺会"
CL = "髙嶺ヶ丘スキンクリニック"
FOP = "株式会社芝浦セルプロセス"
CAD = "東京都目黒区自由が丘二丁目８番５号 自由が丘ＴＫビル４階"
FAD = "東京都港区芝浦四丁目１０番３号 芝浦ラボタワー６階"
page("u01_mhlw_wrong_weekday_old_kanji_taka_ga_oka.html",
     "MHLW emergency orders (法第22条 + 法第47条) against 「髙嶺ヶ丘スキンクリニック」 of 医療法人社団髙嶺会 (old kanji 髙, ヶ, no space after the legal form) and 株式会社芝浦セルプロセス's 芝浦第一細胞加工センター; date line with a wrong weekday (令和7年5月16日（木）, a Friday); 理事長 written 嶋﨑 (﨑); 【参考】 table with 施設番号; first page of groups G1 (clinic, renamed on u03) and G2 (facility, transferred on u03)",
     mhlw(EMERG, "令和7年5月16日（木）", f"""
<p>　令和7年5月13日、{OP}が開設する「{CL}」（東京都目黒区）から、{LAW}第18条に基づく疾病等報告がなされました。当該医療機関で投与された特定細胞加工物等は、{FOP}が設置する細胞培養加工施設「{FAC_G2}」（東京都港区）において製造されたものです。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき同クリニックに対し再生医療等の提供の一時停止を、法第47条に基づき同施設に対し特定細胞加工物等の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>　令和7年5月9日に当該再生医療等を受けた者2名が、投与部位の蜂窩織炎のため入院した。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL_G1}」</p>
<h2>【参考】</h2>
<table class="tbl">
<tr><th>医療機関</th><td>{CL}</td></tr>
<tr><th>所在地</th><td>東京都目黒区自由が丘二丁目８番５号　自由が丘ＴＫビル４階</td></tr>
<tr><th>管理者</th><td>髙木　惠子</td></tr>
<tr><th>開設者</th><td>{OP}（理事長　嶋﨑　宗一郎）</td></tr>
<tr><th>細胞培養加工施設</th><td>{FAC_G2}（施設番号：FA3130521{KASO}）</td></tr>
<tr><th>所在地</th><td>東京都港区芝浦四丁目１０番３号　芝浦ラボタワー６階</td></tr>
<tr><th>設置者</th><td>{FOP}（代表取締役　汐留　謙吾）</td></tr>
</table>
""", "2025年5月", MHLW_CONTACT.format(a="伊吹", b="比良")),
     [N("emergency_order", "厚生労働省", "2025-05-16", ["法第22条", "法第47条"],
        [S(CL, "clinic", "東京都目黒区", CAD, OP, [PL_G1]),
         S(OP, "operator"),
         S(FAC_G2, "cell_processing_facility", "東京都港区", FAD, FOP, [], "FA3130521"),
         S(FOP, "operator")],
        persons=[P("髙木 惠子", "管理者", CL), P("嶋﨑 宗一郎", "理事長", OP), P("汐留 謙吾", "代表取締役", FOP)],
        plans=[PL_G1])])

# ====================================================================== u02
OP = "医療法人社団 高嶺会"
CL = "医療法人社団 高嶺会 高嶺ケ丘スキンクリニック"
FOP = "株式会社 芝浦セルプロセス"
CAD = "東京都目黒区自由が丘2-8-5 自由が丘TKビル4階"
FAD = "東京都港区芝浦4-10-3 芝浦ラボタワー6階"
page("u02_kantoshinetsu_two_spellings_on_one_page_new_kanji.html",
     "関東信越 improvement orders (法第23条第1項 to the manager, 法第48条第2項 to the company) against u01's parties under other spellings: 医療法人社団 高嶺会 高嶺ケ丘スキンクリニック (new kanji 高, ケ, spaces) in the entry, but 「医療法人社団髙嶺会 髙嶺ヶ丘スキンクリニック」 in 経緯 (one clinic spelled two ways on one page; the entry's spelling is annotated); manager 高木 恵子 (u01: 髙木 惠子); 株式会社 芝浦セルプロセス with a space; half-width hyphen addresses; same facility number as u01; the Minister's earlier 法第22条/第47条 orders as history",
     bureau("関東信越厚生局", KAIZEN, "令和7年7月25日", f"""
<p>関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、再生医療等提供機関の管理者及び特定細胞加工物製造事業者に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1　被処分者等</p>
<p>氏　　名　高木　恵子<br>（{CL}管理者）<br>所 在 地　{CAD}<br>計 画 名　{PL_G1}<br>処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>名　　称　{FOP}<br>（代表取締役：汐留　謙吾）<br>所 在 地　{FAD}<br>施 設 名　{FAC_G2}<br>施設番号　FA3130521{KASO}<br>処分内容　再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</p>
<p>第2　経緯</p>
<p>　令和7年5月16日、厚生労働大臣は、「医療法人社団髙嶺会 髙嶺ヶ丘スキンクリニック」（以下「医療機関A」という。）に対し法第22条に基づく再生医療等の提供の一時停止を、医療機関Aに特定細胞加工物を供給していた「{FAC_G2}」（以下「施設B」という。）に対し法第47条に基づく製造の一時停止を命じた。その後、当局が同年6月10日及び11日に医療機関A及び施設Bに立入検査を行ったところ、医療機関Aにおいて再生医療等を受ける者への説明及び同意の記録が作成されていなかったこと、施設Bにおいて無菌操作区域の環境モニタリングが手順書のとおり行われていなかったことが確認された。</p>
<p>第3　命令の内容</p>
<p>（1）医療機関Aの管理者は、説明及び同意の手順を見直し、令和7年8月29日までに改善の結果を報告すること。</p>
<p>（2）{FOP}は、施設Bの環境モニタリングの手順を見直し、その実施記録を作成すること。</p>
""", contact="健康福祉部 医事課　妙高（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2025-07-25", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "東京都目黒区", CAD, OP, [PL_G1]),
         S(OP, "operator"),
         S(FAC_G2, "cell_processing_facility", "東京都港区", FAD, FOP, [], "FA3130521"),
         S(FOP, "operator")],
        persons=[P("高木 恵子", "管理者", CL), P("汐留 謙吾", "代表取締役", FOP)],
        plans=[PL_G1])])

# ====================================================================== u03
OP = "医療法人社団 髙嶺会"
CL = "目黒髙嶺再生クリニック"
FOP = "株式会社セルゲート東京"
CAD = "東京都目黒区自由が丘二丁目8番5号 自由が丘TKビル4階"
FAD = "東京都港区芝浦四丁目10番3号 芝浦ラボタワー6階"
page("u03_mhlw_renamed_clinic_ordered_again_two_kinds_jigyo_joto.html",
     "MHLW page with two kinds of order (one notice per kind): an emergency order (法第22条) against u01's clinic under its new name 「目黒髙嶺再生クリニック」（東京都目黒区。令和7年10月1日に「髙嶺ヶ丘スキンクリニック」から名称変更） and an improvement order (法第48条第2項, by the Minister) against u01's facility, whose operator changed by 事業譲渡 (株式会社芝浦セルプロセス → 株式会社セルゲート東京, 令和7年11月1日; the old operator is context, not a rename); 医療法人社団　髙嶺会 with U+3000; 理事長 written 嶋崎 (u01: 嶋﨑); same facility number as u01/u02",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令及び改善命令について", "令和8年2月13日", f"""
<p>　令和8年2月10日、医療法人社団　髙嶺会が開設する「{CL}」（東京都目黒区。令和7年10月1日に「髙嶺ヶ丘スキンクリニック」から名称変更）から、{LAW}第18条に基づく疾病等報告がなされました。当該医療機関で投与された特定細胞加工物等は、{FOP}が設置する細胞培養加工施設「{FAC_G2}」（東京都港区）において製造されたものです。なお、同施設は、令和7年11月1日、株式会社芝浦セルプロセスから{FOP}に事業譲渡され、{FOP}が設置者の地位を承継しています。</p>
<p>　同クリニックは、令和7年5月16日にも法第22条に基づく提供の一時停止命令を受けており、今回の報告は同一の再生医療等に係るものです。</p>
<p>　このため、本日付けで、次の命令を行いましたのでお知らせいたします。</p>
<h2>１　緊急命令（提供の一時停止）</h2>
<p>　保健衛生上の危害の発生又は拡大を防止するため、法第22条に基づき、「{CL}」に対し、下記の再生医療等の提供の一時停止を命じました。</p>
<p>【提供の一時停止を命じた再生医療等】「{PL_G1}」</p>
<h2>２　改善命令</h2>
<p>　「{FAC_G2}」において、製造記録と出荷判定記録の不一致が確認されたことから、法第48条第2項に基づき、{FOP}に対し、製造管理及び品質管理の方法の改善を命じました。同施設に対する製造の停止は命じていません。</p>
<h2>【参考】</h2>
<p>医療機関：{CL}<br>所在地：東京都目黒区自由が丘二丁目8番5号　自由が丘TKビル4階<br>管理者：碑文谷　亮<br>開設者：医療法人社団　髙嶺会（理事長　嶋崎　宗一郎）</p>
<p>細胞培養加工施設：{FAC_G2}（施設番号 FA3130521{KASO}）<br>所在地：東京都港区芝浦四丁目10番3号　芝浦ラボタワー6階<br>設置者：{FOP}（代表取締役　天王洲　玲奈）</p>
""", "2026年2月", MHLW_CONTACT.format(a="鈴鹿", b="大台")),
     [N("emergency_order", "厚生労働省", "2026-02-13", ["法第22条"],
        [S(CL, "clinic", "東京都目黒区", CAD, OP, [PL_G1]),
         S(OP, "operator")],
        persons=[P("碑文谷 亮", "管理者", CL), P("嶋崎 宗一郎", "理事長", OP)],
        plans=[PL_G1],
        renames=[R("髙嶺ヶ丘スキンクリニック", CL, "2025-10-01")]),
      N("improvement_order", "厚生労働省", "2026-02-13", ["法第48条第2項"],
        [S(FAC_G2, "cell_processing_facility", "東京都港区", FAD, FOP, [], "FA3130521"),
         S(FOP, "operator")],
        persons=[P("天王洲 玲奈", "代表取締役", FOP)])])

# ====================================================================== u04
FOP = "㈱芝浦セルプロセス"
FAC2 = "芝浦第二細胞加工センター"
CL = "かしわ台ひふ科クリニック"
page("u04_kantoshinetsu_monthly_closure_table_number_only_rows.html",
     "関東信越 monthly table of 廃止届 received in one month (令和7年10月受理分): a facility of ㈱芝浦セルプロセス (G2's company, written ㈱), two in-clinic facilities printed by facility number only (name cell ―; the number is the subject's name), an individual's clinic with 開設者・設置者 「柏台 直樹（個人）」; 区分 column; 廃止年月日 per row; one closure notice",
     bureau("関東信越厚生局", "再生医療等提供機関及び細胞培養加工施設の廃止届の受理状況（令和7年10月受理分）", "令和7年11月10日", f"""
<p>令和7年10月中に当局が受理した再生医療等提供機関（再生医療等の提供を終了した医療機関）及び細胞培養加工施設の廃止の届出は、次のとおりです。</p>
<table class="tbl">
<thead><tr><th>区分</th><th>名称</th><th>施設番号</th><th>開設者・設置者</th><th>所在地</th><th>廃止年月日</th></tr></thead>
<tbody>
<tr><td>細胞培養加工施設</td><td>{FAC2}</td><td>FA3130634{KASO}</td><td>{FOP}</td><td>東京都港区海岸三丁目２２番７号</td><td>令和7年10月3日</td></tr>
<tr><td>細胞培養加工施設</td><td>―</td><td>FC3130877{KASO}</td><td>―</td><td>―</td><td>令和7年10月20日</td></tr>
<tr><td>再生医療等提供機関</td><td>{CL}</td><td>―</td><td>柏台　直樹（個人）</td><td>千葉県柏市柏四丁目５番１２号　柏Ｓビル２階</td><td>令和7年10月31日</td></tr>
<tr><td>細胞培養加工施設</td><td>―</td><td>FC3120455{KASO}</td><td>―</td><td>―</td><td>令和7年10月31日</td></tr>
</tbody>
</table>
<p>※　個人が開設する医療機関内に設置された細胞培養加工施設については、施設番号のみを掲載しています。</p>
<p>※　廃止届の受理は、当該施設に対する処分を意味するものではありません。</p>
""", contact="健康福祉部 医事課　乗鞍（電話 048-740-0757）"),
     [N("closure_filing", "関東信越厚生局", "2025-11-10", [],
        [S(FAC2, "cell_processing_facility", "東京都港区", "東京都港区海岸三丁目２２番７号", FOP, [], "FA3130634"),
         S(FOP, "operator"),
         S("FC3130877", "cell_processing_facility", None, None, None, [], "FC3130877"),
         S(CL, "clinic", "千葉県柏市", "千葉県柏市柏四丁目５番１２号 柏Ｓビル２階"),
         S("FC3120455", "cell_processing_facility", None, None, None, [], "FC3120455")],
        persons=[P("柏台 直樹", "開設者", CL)],
        closures=[C(FAC2, "2025-10-03"), C("FC3130877", "2025-10-20"), C(CL, "2025-10-31"),
                  C("FC3120455", "2025-10-31")])])

# ====================================================================== u05
CL = "はかた駅南クリニック"
FAC = "はかた駅南クリニック 細胞加工室"
AD = "福岡県福岡市博多区博多駅南四丁目２番１０号"
PL = "自己血由来多血小板血漿を用いた変形性膝関節症の治療"
page("u05_kyushu_individual_kaisetsusha_one_line_kurosaki.html",
     "九州 improvement orders (法第23条第1項 + 法第48条第2項) against a doctor as 開設者兼管理者 of an individual clinic (no operator) and its in-clinic facility (設置者：同上, 所在地：同上); one-line entries (氏名：… 所在地：… 計画名：「…」 処分内容：…); person written 黒﨑 (﨑; u06 prints 黒崎); group G3",
     bureau("九州厚生局", KAIZEN, "令和7年6月20日", f"""
<p>九州厚生局長は、本日、下記の者に対し、{LAW}第23条第1項及び第48条第2項に基づく改善命令を行いました。</p>
<p class="center">記</p>
<p>１．被処分者</p>
<p>（１）氏名：黒﨑　真澄（{CL}開設者兼管理者）　所在地：{AD}　計画名：「{PL}」　処分内容：法第23条第1項に基づく改善命令</p>
<p>（２）施設名：{FAC}（設置者：同上）　所在地：同上　施設番号：FC7400215{KASO}　処分内容：法第48条第2項に基づく改善命令</p>
<p>２．経緯</p>
<p>　令和7年5月、当局が同クリニック及び同クリニック内の細胞培養加工施設に立入検査を行ったところ、同クリニックにおいて提供計画に記載のない採血量で多血小板血漿が調製されていたこと、同施設において遠心分離機の保守点検の記録が作成されていなかったことが確認された。</p>
<p>３．命令の内容</p>
<p>（１）開設者兼管理者は、提供計画に従った調製の手順を定めること。</p>
<p>（２）設置者は、同施設の設備の保守点検の手順を定め、その記録を作成すること。</p>
""", contact="健康福祉部 医事課　霧島（電話 092-707-1120）"),
     [N("improvement_order", "九州厚生局", "2025-06-20", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "福岡県福岡市博多区", AD, None, [PL]),
         S(FAC, "cell_processing_facility", "福岡県福岡市博多区", AD, None, [], "FC7400215")],
        persons=[P("黒﨑 真澄", "開設者", CL), P("黒﨑 真澄", "管理者", CL)],
        plans=[PL])])

# ====================================================================== u06
CL = "はかた駅南クリニック"
AD = "福岡県福岡市博多区博多駅南4-2-10"
CL2 = "医療法人 玄界会 からつ城内クリニック"
OP2 = "医療法人 玄界会"
PL2 = "自家多血小板血漿を用いた足関節捻挫後遺症の治療"
page("u06_kyushu_monthly_closure_and_discontinuation_two_kinds.html",
     "九州 monthly table (令和7年10月分) with two sections of different kinds, read as one notice per kind: 廃止 (u05's individual clinic, 開設者 written 黒崎 (u05: 黒﨑), closed on its move to a 医療法人 — the new 「医療法人 真澄会 はかた駅南クリニック」 is context, not a rename; its in-clinic facility printed by number only, 同上 cells) and 提供計画の中止 (a 医療法人's clinic, plan named); R7.9.30 / R7.10.14 dates; hyphen address (u05: 丁目番号)",
     bureau("九州厚生局", "再生医療等提供機関の廃止等の状況（令和7年10月分）", "令和7年11月7日", f"""
<p>令和7年10月中に九州厚生局が受理した届出のうち、再生医療等提供機関等の廃止及び再生医療等提供計画の中止に係るものは、次のとおりです。</p>
<h2>１　廃止</h2>
<table class="tbl">
<tr><th>名称</th><th>開設者・設置者</th><th>所在地</th><th>廃止年月日</th><th>備考</th></tr>
<tr><td>{CL}</td><td>黒崎　真澄（個人）</td><td>{AD}</td><td>R7.9.30</td><td>医療法人化に伴う廃止。同日付けで「医療法人 真澄会 はかた駅南クリニック」として新たに再生医療等提供計画が提出されている。</td></tr>
<tr><td>FC7400215{KASO}</td><td>同上</td><td>同上</td><td>R7.9.30</td><td>上記医療機関内の細胞培養加工施設（施設番号のみ掲載）</td></tr>
</table>
<h2>２　再生医療等提供計画の中止</h2>
<table class="tbl">
<tr><th>医療機関名</th><th>所在地</th><th>計画の名称</th><th>中止年月日</th></tr>
<tr><td>{CL2}</td><td>佐賀県唐津市城内一丁目３番８号</td><td>{PL2}</td><td>R7.10.14</td></tr>
</table>
""", contact="健康福祉部 医事課　由布（電話 092-707-1120）"),
     [N("closure_filing", "九州厚生局", "2025-11-07", [],
        [S(CL, "clinic", "福岡県福岡市博多区", AD),
         S("FC7400215", "cell_processing_facility", "福岡県福岡市博多区", AD, None, [], "FC7400215")],
        persons=[P("黒崎 真澄", "開設者", CL)],
        closures=[C(CL, "2025-09-30"), C("FC7400215", "2025-09-30")]),
      N("discontinuation_filing", "九州厚生局", "2025-11-07", [],
        [S(CL2, "clinic", "佐賀県唐津市", "佐賀県唐津市城内一丁目３番８号", OP2, [PL2]),
         S(OP2, "operator")],
        plans=[PL2])])

# ====================================================================== u07
OP = "医療法人 浪速仁愛会"
CL = "しらさぎヶ丘整形クリニック"
PL_G4 = "自己骨髄由来単核球を用いた大腿骨頭壊死症の治療"
AD = "大阪府大阪市福島区鷺洲三丁目７番２１号 鷺洲メディカルビル２階"
page("u07_kinki_absorption_merger_survivor_operator_ga_oka.html",
     "近畿 improvement order (法第23条第1項) in a th/td table; the clinic's former operator 医療法人 鷺洲会 was absorbed (吸収合併) into 医療法人 浪速仁愛会 on 令和7年4月1日 — the survivor is the operator, the absorbed corporation is context (no subject, no rename, no closure); clinic written しらさぎヶ丘 (u08: しらさぎが丘); 理事長 in the 開設者 cell; group G4",
     bureau("近畿厚生局", KAIZEN, "令和7年8月8日", f"""
<p>近畿厚生局長は、本日、{LAW}第23条第1項に基づき、下記の再生医療等提供機関の管理者に対し、改善命令を行いましたので、お知らせします。</p>
<table class="tbl">
<tr><th>医療機関の名称</th><td>{CL}</td></tr>
<tr><th>所在地</th><td>大阪府大阪市福島区鷺洲三丁目７番２１号　鷺洲メディカルビル２階</td></tr>
<tr><th>開設者</th><td>{OP}（理事長　玉川　恭介）</td></tr>
<tr><th>被処分者</th><td>管理者　今福　大樹</td></tr>
<tr><th>計画名</th><td>{PL_G4}</td></tr>
<tr><th>処分内容</th><td>法第23条第1項に基づく改善命令</td></tr>
</table>
<h2>経緯</h2>
<p>　同クリニックは、令和7年3月31日までは医療法人 鷺洲会が開設していたが、同法人は令和7年4月1日に{OP}を存続法人とする吸収合併により解散し、同日以降は{OP}が開設している。当局が同年6月に行った立入検査において、開設者の変更後も提供計画の変更の届出が行われず、合併前の法人名義の説明同意文書が用いられていたことが確認された。</p>
<h2>命令の内容</h2>
<p>　管理者は、提供計画の記載事項を現在の開設者に合わせて変更するとともに、説明同意文書を改訂すること。</p>
""", contact="健康福祉部 医事課　蒜山（電話 06-6942-2241）"),
     [N("improvement_order", "近畿厚生局", "2025-08-08", ["法第23条第1項"],
        [S(CL, "clinic", "大阪府大阪市福島区", AD, OP, [PL_G4]),
         S(OP, "operator")],
        persons=[P("今福 大樹", "管理者", CL), P("玉川 恭介", "理事長", OP)],
        plans=[PL_G4])])

# ====================================================================== u08
OP = "医療法人浪速仁愛会"
CL = "医療法人浪速仁愛会 しらさぎが丘整形クリニック"
page("u08_kinki_plan_discontinued_same_clinic_spelled_ga.html",
     "近畿 discontinuation (再生医療等提供計画の中止) of u07's plan by the same clinic, written 医療法人浪速仁愛会 しらさぎが丘整形クリニック (operator embedded without a space; が instead of ヶ); place printed without the prefecture (大阪市福島区) and half-width hyphen address; 中止年月日 and 届出年月日 before the date line; the clinic stays open",
     bureau("近畿厚生局", "再生医療等提供計画の中止について", "令和7年12月5日", f"""
<p>下記の再生医療等提供機関から、再生医療等提供計画に係る再生医療等の提供を中止した旨の届出がありましたので、お知らせします。</p>
<ul class="plain">
<li>医療機関：{CL}</li>
<li>所在地：大阪市福島区鷺洲3-7-21 鷺洲メディカルビル2階</li>
<li>管理者：今福　大樹</li>
<li>中止した再生医療等提供計画：{PL_G4}</li>
<li>中止年月日：令和7年11月28日</li>
<li>届出年月日：令和7年12月1日</li>
<li>中止の理由：細胞の採取及び調製を行う体制を確保できなくなったため</li>
</ul>
<p>※　同医療機関は、引き続き診療を行っています。</p>
""", contact="健康福祉部 医事課　剣山（電話 06-6942-2241）"),
     [N("discontinuation_filing", "近畿厚生局", "2025-12-05", [],
        [S(CL, "clinic", "大阪市福島区", "大阪市福島区鷺洲3-7-21 鷺洲メディカルビル2階", OP, [PL_G4]),
         S(OP, "operator")],
        persons=[P("今福 大樹", "管理者", CL)],
        plans=[PL_G4])])

# ====================================================================== u09
FOP = "株式会社みやぎセルテクノ"
FAC = "みやぎセルテクノ 名取プロセスセンター"
page("u09_tohoku_licence_returned_facility_closed.html",
     "東北 許可証の返納 page (licence returned on closing the facility): closure_filing of a licensed facility; 名称：/施設の名称：/施設番号：/所在地： paragraphs; 代表取締役 in the name's parenthesis; 廃止年月日 and 返納年月日 both before the date line (closure on the 廃止年月日)",
     bureau("東北厚生局", "特定細胞加工物製造許可証の返納について", "令和7年9月12日", f"""
<p>下記の特定細胞加工物製造事業者から、細胞培養加工施設の廃止に伴い、{LAW}に基づく特定細胞加工物の製造の許可に係る許可証の返納がありましたので、お知らせします。</p>
<p>名称：{FOP}（代表取締役：閖上　悠）</p>
<p>施設の名称：{FAC}</p>
<p>施設番号：FA2040188{KASO}</p>
<p>所在地：宮城県名取市植松四丁目１０番１号</p>
<p>廃止年月日：令和7年8月31日</p>
<p>許可証返納年月日：令和7年9月5日</p>
<p>※　同施設で製造された特定細胞加工物の提供を受けていた医療機関には、当局から個別に連絡しています。</p>
""", contact="健康福祉部 医事課　栗駒（電話 022-726-9260）"),
     [N("closure_filing", "東北厚生局", "2025-09-12", [],
        [S(FOP, "operator"),
         S(FAC, "cell_processing_facility", "宮城県名取市", "宮城県名取市植松四丁目１０番１号", FOP, [], "FA2040188")],
        persons=[P("閖上 悠", "代表取締役", FOP)],
        closures=[C(FAC, "2025-08-31")])])

# ====================================================================== u10
OP = "社会医療法人樹光会"
FAC = "社会医療法人樹光会　あさひかわ北斗病院"
FACN = "社会医療法人樹光会 あさひかわ北斗病院"
page("u10_hokkaido_manufacturing_abolished_hospital_facility.html",
     "北海道 製造の廃止 page (特定細胞加工物の製造の廃止の届出): the hospital facility of u11 (same facility number) closed, its name printed with the operator embedded (社会医療法人樹光会　あさひかわ北斗病院, no space after the legal form); 届出者 with 理事長; 「…をもって製造を廃止」 date before the date line; group G5",
     bureau("北海道厚生局", "特定細胞加工物の製造の廃止の届出について", "令和8年1月16日", f"""
<p>{LAW}に基づき、下記の細胞培養加工施設について、特定細胞加工物の製造の廃止の届出がありましたので、お知らせします。</p>
<dl class="list">
<dt>届出者</dt><dd>{OP}（理事長　神楽　岳人）</dd>
<dt>細胞培養加工施設の名称</dt><dd>{FAC}</dd>
<dt>施設番号</dt><dd>FC1010073{KASO}</dd>
<dt>所在地</dt><dd>北海道旭川市神楽3条5丁目2-1</dd>
<dt>廃止の内容</dt><dd>令和7年12月26日をもって特定細胞加工物の製造を廃止（病院の診療は継続）</dd>
</dl>
""", contact="健康福祉部 医事課　大雪（電話 011-796-5105）"),
     [N("closure_filing", "北海道厚生局", "2026-01-16", [],
        [S(OP, "operator"),
         S(FACN, "cell_processing_facility", "北海道旭川市", "北海道旭川市神楽3条5丁目2-1", OP, [], "FC1010073")],
        persons=[P("神楽 岳人", "理事長", OP)],
        closures=[C(FACN, "2025-12-26")])])

# ====================================================================== u11
OP = "社会医療法人 樹光会"
FAC = "あさひかわ北斗病院"
page("u11_hokkaido_improvement_order_hospital_as_manufacturer.html",
     "北海道 improvement order (法第48条第2項) against a 特定細胞加工物製造事業者 that is a hospital: the facility is registered under the hospital's own name (施 設 名 あさひかわ北斗病院, role cell_processing_facility, not clinic), operator 社会医療法人 樹光会 with （理事長：…）; labelled rows; the client clinics are unnamed; kanji-numeral address 神楽三条五丁目 (u10: 3条5丁目2-1)",
     bureau("北海道厚生局", KAIZEN, "令和7年10月24日", f"""
<p>北海道厚生局長は、本日、{LAW}第48条第2項に基づき、下記の特定細胞加工物製造事業者に対し、改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1　被処分者</p>
<p>名　　称　{OP}<br>（理事長：神楽　岳人）<br>所 在 地　北海道旭川市神楽三条五丁目２番１号<br>施 設 名　{FAC}<br>施設番号　FC1010073{KASO}<br>処分内容　法第48条第2項による改善命令</p>
<p>第2　経緯</p>
<p>　{OP}は、{FAC}内に細胞培養加工施設を設け、同病院の名称で特定細胞加工物の製造の届出を行い、道内の医療機関2施設から委託を受けて特定細胞加工物を製造している。令和7年9月に当局が同施設に立入検査を行ったところ、委託元の医療機関に対する製造に関する記録の提供が行われていなかったこと、及び品質の照査が一度も実施されていなかったことが確認された。</p>
<p>第3　命令の内容</p>
<p>　{OP}は、委託元の医療機関への記録の提供の手順及び品質の照査の手順を定め、令和7年12月19日までに改善の結果を報告すること。</p>
""", contact="健康福祉部 医事課　羊蹄（電話 011-796-5105）"),
     [N("improvement_order", "北海道厚生局", "2025-10-24", ["法第48条第2項"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道旭川市", "北海道旭川市神楽三条五丁目２番１号", OP, [], "FC1010073")],
        persons=[P("神楽 岳人", "理事長", OP)])])

# ====================================================================== u12
OP = "医療法人遠州会"
CL = "はままつ駅前ペインクリニック"
FOP = "株式会社とうかいセルワークス"
FAC = "とうかい・セルワークス 浜松センター"
PL_G6 = "自己脂肪組織由来幹細胞を用いた慢性膝痛の治療"
CAD = "静岡県浜松市中央区砂山町３２５番地６ 浜松駅南ビル５階"
FAD = "静岡県浜松市浜名区於呂１２３４番地"
page("u12_mhlw_missing_bracket_article_without_dai.html",
     "MHLW emergency orders where the first mention of the clinic lacks its closing 」 (「はままつ駅前ペインクリニック（静岡県浜松市中央区）から…) and the manufacturing stop is written 法第22条及び47条 (47条 without 第); facility named with ・ (とうかい・セルワークス 浜松センター; u13 writes a space); 施行規則第107条 report not an article; group G6",
     mhlw(EMERG, "令和7年9月19日", f"""
<p>　令和7年9月16日、{OP}が開設する「{CL}（静岡県浜松市中央区）から、{LAW}第18条に基づく疾病等報告、及び{FOP}が設置する「{FAC}」（静岡県浜松市浜名区）から、再生医療等の安全性の確保等に関する法律施行規則（平成26年厚生労働省令第110号）第107条に基づく重大事態報告がなされました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条及び47条に基づき、再生医療等の提供及び特定細胞加工物等の製造の一時停止を命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>　当該再生医療等を受けた者1名が、膝関節内への投与の翌日に化膿性関節炎を来し、入院した。投与された特定細胞加工物等の参考品の無菌試験で陽性が確認された。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL_G6}」</p>
<h2>【参考】</h2>
<p>医療機関：「{CL}」　所在地：静岡県浜松市中央区砂山町３２５番地６　浜松駅南ビル５階　管理者：佐鳴　智也　開設者：{OP}（理事長　舘山寺　和美）</p>
<p>細胞培養加工施設：「{FAC}」（施設番号 FA4220109{KASO}）　所在地：静岡県浜松市浜名区於呂１２３４番地　設置者：{FOP}（代表取締役　天竜　航）</p>
""", "2025年9月", MHLW_CONTACT.format(a="八甲田", b="阿寒")),
     [N("emergency_order", "厚生労働省", "2025-09-19", ["法第22条", "法第47条"],
        [S(CL, "clinic", "静岡県浜松市中央区", CAD, OP, [PL_G6]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "静岡県浜松市浜名区", FAD, FOP, [], "FA4220109"),
         S(FOP, "operator")],
        persons=[P("佐鳴 智也", "管理者", CL), P("舘山寺 和美", "理事長", OP), P("天竜 航", "代表取締役", FOP)],
        plans=[PL_G6])])

# ====================================================================== u13
OP = "医療法人遠州会"
CL = "医療法人遠州会 はままつ駅前ペインクリニック"
FOP = "(株)とうかいセルワークス"
FAC = "とうかいセルワークス 浜松センター"
CAD = "静岡県浜松市中央区砂山町325-6 浜松駅南ビル5階"
FAD = "静岡県浜松市浜名区於呂1234番地"
page("u13_tokai_hokuriku_same_parties_space_for_nakaguro_kabu_halfwidth.html",
     "東海北陸 improvement orders (法第23条第1項 + 法第48条第2項) against u12's parties, one th/td table per addressee: the clinic with its operator embedded (医療法人遠州会 はままつ駅前ペインクリニック), the company written (株) with half-width parentheses, the facility written with a space instead of ・ (とうかいセルワークス 浜松センター); half-width digits; the Minister's 令和7年9月19日 orders (法第22条, 第47条) as history",
     bureau("東海北陸厚生局", KAIZEN, "令和7年11月21日", f"""
<p>東海北陸厚生局長は、本日、{LAW}第23条第1項及び第48条第2項に基づき、下記のとおり改善命令を行いましたので、お知らせします。</p>
<h2>1　被処分者</h2>
<table class="tbl">
<tr><th>被処分者</th><td>佐鳴　智也（{CL} 管理者）</td></tr>
<tr><th>所在地</th><td>{CAD}</td></tr>
<tr><th>計画名</th><td>{PL_G6}</td></tr>
<tr><th>処分内容</th><td>法第23条第1項に基づく改善命令</td></tr>
</table>
<table class="tbl">
<tr><th>被処分者</th><td>{FOP}（代表取締役　天竜　航）</td></tr>
<tr><th>施設名</th><td>{FAC}</td></tr>
<tr><th>施設番号</th><td>FA4220109{KASO}</td></tr>
<tr><th>所在地</th><td>{FAD}</td></tr>
<tr><th>処分内容</th><td>法第48条第2項に基づく改善命令</td></tr>
</table>
<h2>2　経緯</h2>
<p>　令和7年9月19日、厚生労働大臣は、同クリニックに対し法第22条に基づく提供の一時停止を、同施設に対し法第47条に基づく製造の一時停止を命じた。その後、当局が同年10月に行った立入検査において、同クリニックでは疾病等の発生時の報告体制が整備されていなかったこと、同施設では無菌試験の逸脱時の処理が行われていなかったことが確認された。</p>
<h2>3　命令の内容</h2>
<p>（1）管理者は、疾病等報告の体制を整備すること。（2）{FOP}は、逸脱管理の手順を定めること。</p>
""", contact="健康福祉部 医事課　立山（電話 052-228-6312）"),
     [N("improvement_order", "東海北陸厚生局", "2025-11-21", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "静岡県浜松市中央区", CAD, OP, [PL_G6]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "静岡県浜松市浜名区", FAD, FOP, [], "FA4220109"),
         S(FOP, "operator")],
        persons=[P("佐鳴 智也", "管理者", CL), P("天竜 航", "代表取締役", FOP)],
        plans=[PL_G6])])

# ====================================================================== u14
OP = "医療法人社団 道後ゆうひ会"
CL = "医社 道後ゆうひ会 まつやま道後再生クリニック"
page("u14_shikoku_haishi_todoke_juri_ishi_vs_iryohojin_shadan.html",
     "四国厚生支局 廃止届の受理 page: a clinic named with 医社 in the 名称 row (医社 道後ゆうひ会 まつやま道後再生クリニック) and its 開設者 named 医療法人社団 道後ゆうひ会 in the next row (one corporation in two legal-form spellings on one page); 廃止年月日 and 受理年月日 before the date line; the breadcrumb leads with 中国四国厚生局",
     bureau("四国厚生支局", "再生医療等提供機関の廃止届の受理について", "令和7年12月12日", f"""
<p>四国厚生支局は、{LAW}に基づく再生医療等提供計画に係る再生医療等の提供の終了及び医療機関の廃止の届出を、下記のとおり受理しました。</p>
<ul class="plain">
<li>名称：{CL}</li>
<li>開設者：{OP}（理事長　石手　修）</li>
<li>管理者：湯築　早紀</li>
<li>所在地：愛媛県松山市道後湯之町１８番２号</li>
<li>廃止年月日：令和7年11月30日</li>
<li>受理年月日：令和7年12月8日</li>
</ul>
<p>※　当該医療機関で再生医療等を受けた方の記録は、開設者において保存されています。</p>
""", contact="医事課　九重（電話 087-851-9565）", top="中国四国厚生局", crumbs=("四国厚生支局", "業務内容", "医事")),
     [N("closure_filing", "四国厚生支局", "2025-12-12", [],
        [S(CL, "clinic", "愛媛県松山市", "愛媛県松山市道後湯之町１８番２号", OP),
         S(OP, "operator")],
        persons=[P("石手 修", "理事長", OP), P("湯築 早紀", "管理者", CL)],
        closures=[C(CL, "2025-11-30")])])

# ====================================================================== u15
OP = "一般社団法人 ルミア会"
CL = "ＬＵＭＩＡ ＣＬＩＮＩＣ 梅田"
page("u15_mhlw_fullwidth_latin_clinic_no_plan_violation.html",
     "MHLW emergency order (法第22条) against a clinic with a full-width Latin name and U+3000 spaces (「ＬＵＭＩＡ　ＣＬＩＮＩＣ　梅田」) of 一般社団法人　ルミア会; unplanned treatment (no plan), violation 法第4条第1項; 法第24条第2項 inspection not an article; 代表理事; group G7 (u16 prints the name half-width)",
     mhlw(EMERG, "令和7年7月4日", f"""
<p>　令和7年6月27日、大阪市から、一般社団法人　ルミア会が開設する「ＬＵＭＩＡ　ＣＬＩＮＩＣ　梅田」（大阪府大阪市北区）において、再生医療等提供計画を提出することなく幹細胞を用いた治療が行われている旨の情報提供がありました。同年7月1日、厚生労働省及び大阪市が{LAW}第24条第2項に基づく立入検査を行ったところ、下記の法律違反が確認されました。</p>
<p>　このため、保健衛生上の危害の発生又は拡大を防止するため、本日、法第22条に基づき、同クリニックの管理者に対し、再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<h2>【確認された法律違反】</h2>
<p>　第二種再生医療等に該当する自己脂肪組織由来幹細胞の点滴投与を、提供計画を提出することなく行っていた（法第4条第1項違反）。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>　自己脂肪組織由来幹細胞を用いた再生医療等（提供計画の提出なし）</p>
<h2>【参考】</h2>
<p>医療機関：ＬＵＭＩＡ　ＣＬＩＮＩＣ　梅田<br>所在地：大阪府大阪市北区茶屋町１２番６号　茶屋町ＬＭビル９階<br>管理者：中津　梨花<br>開設者：一般社団法人　ルミア会（代表理事　茶屋町　仁）</p>
""", "2025年7月", MHLW_CONTACT.format(a="早池峰", b="安達太良")),
     [N("emergency_order", "厚生労働省", "2025-07-04", ["法第22条"],
        [S(CL, "clinic", "大阪府大阪市北区", "大阪府大阪市北区茶屋町１２番６号 茶屋町ＬＭビル９階", OP),
         S(OP, "operator")],
        persons=[P("中津 梨花", "管理者", CL), P("茶屋町 仁", "代表理事", OP)],
        violations=["法第4条第1項"])])

# ====================================================================== u16
OP = "一般社団法人ルミア会"
CL = "LUMIA CLINIC 梅田"
page("u16_kinki_closure_halfwidth_latin_same_clinic.html",
     "近畿 closure page (再生医療等提供機関の廃止) of u15's clinic printed half-width (LUMIA CLINIC 梅田) and its operator without a space (一般社団法人ルミア会); hyphen address in half-width; the Minister's 法第22条 order of 令和7年7月4日 as history in 備考",
     bureau("近畿厚生局", "再生医療等提供機関の廃止について", "令和8年1月9日", f"""
<p>下記の再生医療等提供機関から、医療機関の廃止の届出がありましたので、お知らせします。</p>
<table class="tbl">
<tr><th>名称</th><td>{CL}</td></tr>
<tr><th>開設者</th><td>{OP}（代表理事 茶屋町 仁）</td></tr>
<tr><th>所在地</th><td>大阪府大阪市北区茶屋町12-6 茶屋町LMビル9階</td></tr>
<tr><th>廃止年月日</th><td>令和7年12月25日</td></tr>
<tr><th>備考</th><td>令和7年7月4日付けで厚生労働大臣から法第22条に基づく再生医療等の提供の一時停止を命じられていた医療機関</td></tr>
</table>
""", contact="健康福祉部 医事課　開聞（電話 06-6942-2241）"),
     [N("closure_filing", "近畿厚生局", "2026-01-09", [],
        [S(CL, "clinic", "大阪府大阪市北区", "大阪府大阪市北区茶屋町12-6 茶屋町LMビル9階", OP),
         S(OP, "operator")],
        persons=[P("茶屋町 仁", "代表理事", OP)],
        closures=[C(CL, "2025-12-25")])])

# ====================================================================== u17 (other)
page("u17_mhlw_other_qa_for_patients.html",
     "MHLW Q&A for patients (問/答) explaining 緊急命令 (法第22条, 第47条), 改善命令 (第23条第1項, 第48条第2項) and closures, citing u03's clinic and order as an example; not a notice",
     mhlw("再生医療等を受けようとする方へ（よくある質問）", "更新日：令和8年3月2日", """
<dl class="qa">
<dt>問１　「緊急命令」とは何ですか。</dt>
<dd>答　再生医療等の安全性の確保等に関する法律第22条又は第47条に基づき、保健衛生上の危害の発生又は拡大を防止するため、厚生労働大臣が再生医療等の提供や特定細胞加工物等の製造の一時停止を命じるものです。</dd>
<dt>問２　「改善命令」とは何ですか。</dt>
<dd>答　同法第23条第1項（医療機関）又は第48条第2項（細胞培養加工施設）に基づき、厚生労働大臣又は地方厚生局長が、体制の改善を命じるものです。提供や製造の停止を命じるものではありません。</dd>
<dt>問３　命令を受けた医療機関はどこで確認できますか。</dt>
<dd>答　厚生労働省の報道発表資料及び各地方厚生局のホームページで公表しています。例えば、令和8年2月13日には「目黒髙嶺再生クリニック」（東京都目黒区）に対する緊急命令を公表しました。</dd>
<dt>問４　通っていたクリニックが廃止されました。記録はどうなりますか。</dt>
<dd>答　診療録等は開設者が保存することとされています。開設者が分からない場合は、所在地を管轄する地方厚生局にお問い合わせください。</dd>
</dl>
""", None, "医政局研究開発政策課 再生医療等研究推進室（内線 4051）", press=False),
     [], what="other")

# ====================================================================== u18 (other)
page("u18_mhlw_other_statistics_per_prefecture.html",
     "MHLW statistics page: counts of provision plans per prefecture and counts of orders per fiscal year (緊急命令, 改善命令, 許可の取消し) with no party named; not a notice",
     mhlw("再生医療等提供計画の提出状況（都道府県別）", "令和8年1月31日現在", """
<p>再生医療等の安全性の確保等に関する法律に基づき提出された再生医療等提供計画の件数（令和8年1月31日現在、治療に係るもの）を都道府県別に示します。数値は架空のものです。</p>
<table class="tbl">
<tr><th>都道府県</th><th>第一種</th><th>第二種</th><th>第三種</th><th>計</th></tr>
<tr><td>北海道</td><td>1</td><td>48</td><td>212</td><td>261</td></tr>
<tr><td>宮城県</td><td>0</td><td>17</td><td>96</td><td>113</td></tr>
<tr><td>東京都</td><td>6</td><td>1,204</td><td>2,310</td><td>3,520</td></tr>
<tr><td>静岡県</td><td>0</td><td>41</td><td>158</td><td>199</td></tr>
<tr><td>大阪府</td><td>3</td><td>512</td><td>987</td><td>1,502</td></tr>
<tr><td>福岡県</td><td>1</td><td>233</td><td>401</td><td>635</td></tr>
<tr><td>その他</td><td>4</td><td>1,020</td><td>3,875</td><td>4,899</td></tr>
</table>
<h2>法に基づく命令等の件数（年度別）</h2>
<table class="tbl">
<tr><th>年度</th><th>緊急命令（法第22条・第47条）</th><th>改善命令（法第23条第1項・第48条第2項）</th><th>許可の取消し等（法第49条）</th></tr>
<tr><td>令和6年度</td><td>2</td><td>3</td><td>0</td></tr>
<tr><td>令和7年度</td><td>5</td><td>9</td><td>1</td></tr>
</table>
<p>※　件数は公表日ベース。同一の医療機関に対する複数の命令はそれぞれ計上しています。</p>
""", None, "医政局研究開発政策課 再生医療等研究推進室（内線 4051）", press=False),
     [], what="other")

# ====================================================================== u19 (other)
page("u19_kantoshinetsu_other_recruitment_of_inspectors.html",
     "関東信越 recruitment notice for staff doing 法第24条 inspections and drafting 改善命令 (法第23条第1項, 第48条第2項); dates of application; no party; not a notice",
     bureau("関東信越厚生局", "再生医療等の立入検査等に従事する期間業務職員の募集について", "令和7年12月1日", """
<p>関東信越厚生局では、再生医療等の安全性の確保等に関する法律に基づく立入検査（法第24条等）並びに改善命令（法第23条第1項、第48条第2項）等の処分に係る事務に従事する期間業務職員を募集します。</p>
<ul class="plain">
<li>業務内容：再生医療等提供機関及び細胞培養加工施設への立入検査の補助、改善命令等の文書案の作成、廃止届等の受理事務</li>
<li>応募資格：医師、薬剤師、臨床検査技師又は細胞培養加工の実務経験を有する者</li>
<li>勤務地：さいたま新都心合同庁舎1号館</li>
<li>任用期間：令和8年4月1日から令和9年3月31日まで</li>
<li>応募締切：令和8年1月16日（必着）</li>
</ul>
""", contact="総務課 人事係　白馬（電話 048-740-0711）", crumbs=("採用情報",)),
     [], what="other")

# ====================================================================== u20 (other)
page("u20_mhlw_other_list_of_laws_and_articles.html",
     "MHLW page listing the Act, its cabinet order, ministerial ordinance and notices, with a table of the enforcement articles (第22条, 第23条, 第47条, 第48条, 第49条) and the 令和7年5月31日 amendment (特定細胞加工物等); no party; not a notice",
     mhlw("再生医療等の安全性の確保等に関する法律 関係法令・通知", "更新日：令和7年6月2日", """
<h2>法令</h2>
<ul>
<li><a>再生医療等の安全性の確保等に関する法律（平成25年法律第85号）</a></li>
<li><a>再生医療等の安全性の確保等に関する法律施行令</a></li>
<li><a>再生医療等の安全性の確保等に関する法律施行規則（平成26年厚生労働省令第110号）</a></li>
</ul>
<h2>主な命令等に関する規定</h2>
<table class="tbl">
<tr><th>条</th><th>内容</th><th>命令を行う者</th></tr>
<tr><td>第22条</td><td>再生医療等の提供の一時停止等（緊急命令）</td><td>厚生労働大臣</td></tr>
<tr><td>第23条第1項</td><td>再生医療等提供機関に対する改善命令</td><td>厚生労働大臣（地方厚生局長に委任）</td></tr>
<tr><td>第47条</td><td>特定細胞加工物等の製造の一時停止等（緊急命令）</td><td>厚生労働大臣</td></tr>
<tr><td>第48条第2項</td><td>特定細胞加工物等製造事業者に対する改善命令</td><td>厚生労働大臣（地方厚生局長に委任）</td></tr>
<tr><td>第49条</td><td>許可の取消し等</td><td>厚生労働大臣（地方厚生局長に委任）</td></tr>
</table>
<h2>改正</h2>
<p>令和7年5月31日施行の改正により、特定核酸等を用いる医療技術が法の対象に加わり、「特定細胞加工物」は「特定細胞加工物等」となりました。</p>
<h2>通知</h2>
<ul><li><a>再生医療等の安全性の確保等に関する法律等の施行について</a></li><li><a>再生医療等提供計画等の記載要領等について</a></li></ul>
""", None, "医政局研究開発政策課 再生医療等研究推進室（内線 4051）", press=False),
     [], what="other")


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
