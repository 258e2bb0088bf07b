#!/usr/bin/env python3
"""Eighth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout8/make_heldout8.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout7's generator was read only as the model of a
held-out set's layout). This set stresses the chrome of real sites (menus,
breadcrumbs, sidebars, footers with the ministry's address, contact blocks, share
buttons, table layouts, <font>, <br>, <span>, <ruby>, &nbsp;), older (平成27-31) and
newer wording, 記/別記/別紙/別表 structure, parties abbreviated (以下「…」という。),
branch clinics, one corporation's several clinics, and pages that must not become
notices (a lifting, a seminar, a guideline).
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
MHLW_GNAV = """<nav class="l-gnav" aria-label="グローバルナビゲーション">
<ul class="m-gnav">
<li><a>ホーム</a></li>
<li><a>テーマ別に探す</a>
 <ul class="m-gnav__sub">
 <li><a>健康・医療</a>
  <ul>
  <li><a>健康</a></li><li><a>食品</a></li>
  <li><a>医療</a>
   <ul>
   <li><a>医療提供体制</a></li><li><a>医療法人・医業経営</a></li><li><a>再生医療について</a></li>
   <li><a>美容医療について</a></li><li><a>医療機関等における広告規制</a></li><li><a>歯科保健医療</a></li>
   </ul></li>
  <li><a>医薬品・医療機器</a></li><li><a>生活衛生</a></li>
  </ul></li>
 <li><a>子ども・子育て</a></li><li><a>福祉・介護</a></li><li><a>雇用・労働</a></li><li><a>年金</a></li>
 </ul></li>
<li><a>報道・広報</a>
 <ul class="m-gnav__sub"><li><a>報道発表資料</a></li><li><a>大臣記者会見</a></li><li><a>広報誌</a></li></ul></li>
<li><a>政策について</a></li><li><a>厚生労働省について</a></li><li><a>統計情報・白書</a></li>
<li><a>所管の法令等</a></li><li><a>申請・募集・情報公開</a></li>
</ul>
</nav>"""

MHLW_FOOTER = f"""<footer class="l-footer">
<ul class="m-footerNav"><li><a>サイトマップ</a></li><li><a>ご意見募集</a></li><li><a>プライバシーポリシー</a></li><li><a>利用規約・リンク・著作権等</a></li><li><a>アクセス</a></li></ul>
<address class="m-footerAddress">厚生労働省　{MHLW_ADDR}　電話番号 03-5253-1111（代表）</address>
<p class="m-copyright">Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</p>
</footer>"""

SHARE = """<div class="m-share"><ul><li><button type="button">印刷</button></li><li><a>Facebookでシェア</a></li><li><a>Xでポスト</a></li><li><a>LINEで送る</a></li></ul></div>"""


def mhlw(title, date, body, month, contact, sidebar="", share=True, pub=None, date_line=True):
    """Current MHLW press release with the site's chrome. `contact` goes in a
    【照会先】 block; `sidebar` is a related-links box; `pub` a 公開日 at the bottom."""
    dl = f'<p class="m-pressDate">{date}</p>' if date_line else ""
    pb = f'<p class="m-pubDate">公開日：{pub}</p>' if pub else ""
    side = f'<aside class="l-sidebar"><h2>関連情報</h2><ul>{sidebar}</ul></aside>' if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}｜厚生労働省</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<header class="l-header"><p class="m-logo"><a>厚生労働省</a></p>
<div class="m-headerUtil"><a>文字サイズの変更</a> <a>English</a> <form><input type="search" placeholder="サイト内検索"><button>検索</button></form></div>
{MHLW_GNAV}
</header>
<div class="l-breadcrumb"><ol class="m-breadcrumb"><li><a>ホーム</a></li><li><a>報道・広報</a></li><li><a>報道発表資料</a></li><li><a>{month}</a></li><li>{title}</li></ol></div>
<div class="l-contents">
<main class="l-main">
<p class="fiction">{FICTION}</p>
{SHARE if share else ""}
<div class="m-pressRelease">
{dl}
<div class="m-pressContact">
<p>【照会先】</p>
<p class="contact">{contact}</p>
</div>
<p class="m-pressAddressee">報道関係者各位</p>
<h1 class="m-hdgLv1">{title}</h1>
<div class="m-pressBody">
{body}
</div>
</div>
{pb}
<p class="m-pageTop"><a>ページの先頭へ戻る</a></p>
</main>
{side}
</div>
{MHLW_FOOTER}
</body>
</html>
"""


def mhlw_old(title, date, body, contact):
    """Older MHLW press release (平成 era): table layout, <font>, <center>, <br>."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>報道発表資料｜厚生労働省</title>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000FF">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><a>厚生労働省</a>　｜　<a>サイトマップ</a>　｜　<a>English</a></td></tr>
<tr><td colspan="2"><font size="2"><a>トップへ</a>　&gt;　<a>報道・広報</a>　&gt;　<a>報道発表資料</a>　&gt;　{title}</font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEF3FA"><font size="2">
<b>メニュー</b><br>
<a>報道発表資料</a><br><a>厚生労働省について</a><br><a>所管の法令等</a><br>
<a>医療法人の設立認可</a><br><a>診療所の開設手続</a><br><a>再生医療について</a><br>
</font></td>
<td width="600" valign="top">
<p><font size="2" color="#CC0000">{FICTION}</font></p>
<table width="100%" border="0">
<tr><td align="right"><font size="2">{date}</font></td></tr>
<tr><td align="right"><table border="1" cellspacing="0" cellpadding="4"><tr><td class="contact"><font size="2">{contact}</font></td></tr></table></td></tr>
</table>
<p><font size="2">報道関係者各位</font></p>
<center><font size="4"><b>{title}</b></font></center>
<br>
{body}
<hr>
<font size="1">{MHLW_ADDR}　電話番号 03-5253-1111（代表）<br>Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</font>
</td>
</tr>
</table>
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


def bureau(org, title, date, body, crumbs=("業務内容", "医事", "再生医療等"), contact="",
           side="", top=None, date_pos="top", line_div=False):
    """A current regional bureau page: header menu, breadcrumb, side menu, a 担当
    block, footer with the bureau's own address (never a party's)."""
    top = top or org
    trail = "".join([f"<li><a>{top}</a></li>", *[f"<li><a>{c}</a></li>" for c in crumbs], f"<li>{title}</li>"])
    above = f'<p class="txt_right">{date}</p>' if date_pos == "right" else ""
    below = f'<p class="date">{date}</p>' if date_pos == "top" else ""
    tanto = f'<div class="tanto"><p>【担当】</p><p class="contact">{contact}</p></div>' if contact else ""
    sidebox = side or "<li><a>医療法人</a></li><li><a>診療所の開設</a></li><li><a>保険医療機関等の指定</a></li><li><a>麻薬・覚醒剤原料</a></li>"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}｜{org}</title>
</head>
<body>
<div id="header"><p class="logo"><a>厚生労働省 {org}</a></p>
<ul class="gnav"><li><a>ホーム</a></li><li><a>組織案内</a></li><li><a>業務内容</a><ul><li><a>医事</a></li><li><a>薬事</a></li><li><a>保険</a></li><li><a>年金</a></li></ul></li><li><a>申請・届出</a></li><li><a>報道発表</a></li><li><a>アクセス</a></li></ul>
<p class="util"><a>文字サイズ</a> <a>背景色</a> <a>サイトマップ</a></p></div>
<ol id="pankuzu">{trail}</ol>
<div id="wrap">
<div id="side"><p class="side_ttl">医事</p><ul>{sidebox}</ul></div>
<div id="main">
<p class="fiction">{FICTION}</p>
<p class="print"><a>このページを印刷する</a></p>
{above}
<h1>{title}</h1>
{below}
<div class="box_text">
{body}
</div>
{tanto}
</div>
</div>
<div id="footer"><p>{org}　{BUREAU_ADDR[org]}</p><p>Copyright (C) {org} All Rights Reserved.</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"

# ====================================================================== s01
CL = "医療法人社団 璃宮会 山手ヒルズクリニック"
OP = "医療法人社団 璃宮会"
page("s01_mhlw_heisei27_old_layout_honin_doho_violation.html",
     "平成27 MHLW press release in an old table layout (HTML 4.01 doctype, left menu cell with 医療法人/診療所 links, <font>, <center><b> title, 担当 in a bordered cell with phone extensions, the ministry's address in the footer); 研究開発振興課; full-width digits; the law spelled out 「（平成２５年法律第８５号）」 then 同法; 記 with １．２．３． items; the clinic named in full once with （以下「本院」という。） and then only as 本院; 法第２２条 provision stop of unplanned treatment (no plan); violation 同法第４条第１項; 第２４条第２項 inspection not an article",
     mhlw_old("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "平成２７年１２月１８日", f"""
<p><font size="2">　平成２７年１２月１６日、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号）第２４条第２項に基づき、下記の医療機関に立入検査を行ったところ、同法に違反する事実が確認されました。<br>
　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したことから、本日、同法第２２条に基づき、再生医療等の提供の一時停止を命じましたので、お知らせします。</font></p>
<center><font size="2">記</font></center>
<table width="100%" border="0" cellpadding="2">
<tr><td colspan="2"><font size="2"><b>１．対象医療機関</b></font></td></tr>
<tr><td width="90" valign="top"><font size="2">名　称</font></td><td><font size="2">{CL}（以下「本院」という。）</font></td></tr>
<tr><td valign="top"><font size="2">所在地</font></td><td><font size="2">神奈川県横浜市中区山手町２１番地<br>山手ヒルズ２階</font></td></tr>
<tr><td valign="top"><font size="2">管理者</font></td><td><font size="2">朝比奈　透流</font></td></tr>
<tr><td colspan="2"><font size="2"><b>２．確認された法律違反</b></font></td></tr>
<tr><td colspan="2"><font size="2">・本院は、第一種再生医療等提供計画を提出することなく、美容を目的として他人の脂肪組織から採取した幹細胞を用いた第一種再生医療等を提供していた（同法第４条第１項違反）。</font></td></tr>
<tr><td colspan="2"><font size="2"><b>３．命令の内容</b></font></td></tr>
<tr><td colspan="2"><font size="2">・本院において行われている他人の細胞を用いた再生医療等の提供を一時停止すること。<br>・本院で当該再生医療等を受けた者の健康状態を把握し、その結果を報告すること。</font></td></tr>
</table>
""", "【担当】<br>医政局研究開発振興課<br>再生医療等研究推進室<br>室長補佐　鳥羽（２６８５）<br>専門官　　伊良湖（４１６２）<br>（代表）０３－５２５３－１１１１"),
     [N("emergency_order", "厚生労働省", "2015-12-18", ["法第22条"],
        [S(CL, "clinic", "神奈川県横浜市中区", "神奈川県横浜市中区山手町２１番地 山手ヒルズ２階", OP),
         S(OP, "operator")],
        persons=[P("朝比奈 透流", "管理者", CL)],
        violations=["法第4条第1項"])])

# ====================================================================== s02
OP = "医療法人社団 煌星会"
CT = "ＬＵＭＩＮＡ Clinic 東京院"
CO = "ＬＵＭＩＮＡ Clinic 大阪院"
CN = "ＬＵＭＩＮＡ Clinic 名古屋院"
FAC = "煌星会 ルミナ細胞加工センター"
PL1 = "自己脂肪由来間葉系幹細胞を用いた慢性疼痛の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた変形性関節症の治療"
page("s02_mhlw_reiwa_chrome_three_branches_inhouse_facility_doubled_date.html",
     "令和7 MHLW press release with full site chrome (deep mega-menu with 医療法人・医業経営 / 美容医療 / 歯科 items, breadcrumb <ol>, print/share buttons, a sidebar whose links name a clinic in 「」 (a scam warning) and 美容クリニック/医療法人 topics, footer with the ministry's 霞が関1-2-2 address and phone); doubled dates 令和7年（2025年）10月3日 in the date line and the body; 法第22条 to three branch clinics of one corporation (東京院/大阪院/名古屋院, full-width Latin + half-width Clinic) and 法第47条 to the corporation's own facility processing for all three; 同法人 abbreviation; one plan list for all clinics (notice only); managers and 理事長 only in a 【参考】 table; 特定細胞加工物等 wording after 2025-05-31; 法第18条 report not an article",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和7年（2025年）10月3日", f"""
<p>　令和7年（2025年）9月29日、{OP}（以下「同法人」という。）が開設する「{CT}」（東京都港区）から、{LAW}第18条に基づく疾病等報告がなされました。同法人は、「{CO}」（大阪府大阪市北区）及び「{CN}」（愛知県名古屋市中区）においても同一の再生医療等を提供しており、これらの医療機関で用いられる特定細胞加工物等は、いずれも同法人が設置する細胞培養加工施設「{FAC}」（東京都品川区）で製造されています。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、上記3医療機関に対し法第22条に基づき再生医療等の提供の一時停止を、上記細胞培養加工施設に対し法第47条に基づき特定細胞加工物等の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2 class="m-hdgLv2">報告された事案</h2>
<p>　「{CT}」において当該再生医療等を受けた者1名が、投与後に高熱を来し、集中治療を要する状態となった。</p>
<h2 class="m-hdgLv2">【提供の一時停止を命じた再生医療等】</h2>
<ul>
<li>「{PL1}」</li>
<li>「{PL2}」</li>
</ul>
<h2 class="m-hdgLv2">【参考】</h2>
<table class="m-tableFlex">
<thead><tr><th>医療機関</th><th>所在地</th><th>管理者</th></tr></thead>
<tbody>
<tr><td>{CT}</td><td>東京都港区南青山五丁目８番３号 ＬＭビル２階</td><td>渋谷 凛太郎</td></tr>
<tr><td>{CO}</td><td>大阪府大阪市北区梅田一丁目１１番４号 梅田ルミナタワー９階</td><td>中之島 晴香</td></tr>
<tr><td>{CN}</td><td>愛知県名古屋市中区栄三丁目６番１号 栄スクエア５階</td><td>大須 剛志</td></tr>
</tbody>
</table>
<p>開設者：{OP}（理事長　星野　澪）</p>
<p>細胞培養加工施設：{FAC}（施設番号 FA3130522{KASO}）<br>所在地：東京都品川区東品川二丁目２番２４号</p>
""", "2025年10月", "医政局研究開発政策課 再生医療等研究推進室<br>室長　葉山<br>専門官　逗子<br>（代表電話）03(5253)1111（内線 4051）<br>（直通電話）03(3595)2430",
         sidebar="<li><a>再生医療について</a></li><li><a>再生医療等提供機関の一覧（クリニック・病院）</a></li><li><a>「青山さくら美容クリニック」を名乗る不審な電話にご注意ください</a></li><li><a>美容医療の施術を受ける前に（クリニック選びのポイント）</a></li><li><a>医療法人の設立・解散について</a></li>"),
     [N("emergency_order", "厚生労働省", "2025-10-03", ["法第22条", "法第47条"],
        [S(CT, "clinic", "東京都港区", "東京都港区南青山五丁目８番３号 ＬＭビル２階", OP),
         S(CO, "clinic", "大阪府大阪市北区", "大阪府大阪市北区梅田一丁目１１番４号 梅田ルミナタワー９階", OP),
         S(CN, "clinic", "愛知県名古屋市中区", "愛知県名古屋市中区栄三丁目６番１号 栄スクエア５階", OP),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "東京都品川区", "東京都品川区東品川二丁目２番２４号", OP, [], "FA3130522")],
        persons=[P("渋谷 凛太郎", "管理者", CT), P("中之島 晴香", "管理者", CO), P("大須 剛志", "管理者", CN),
                 P("星野 澪", "理事長", OP)],
        plans=[PL1, PL2])])

# ====================================================================== s03
OP = "医療法人 藤花会"
CL = "医療法人 藤花会 Ｒ＆Ｋ整形外科クリニック"
FAC = "医療法人 藤花会 Ｒ＆Ｋ整形外科クリニック 細胞培養室"
PL = "自己多血小板血漿を用いた腱付着部症の治療"
page("s03_kantoshinetsu_div_per_line_nbsp_span_ampersand_koumoku.html",
     "関東信越 improvement orders (法第23条第1項 to the manager, 法第48条第2項 to the corporation for its in-clinic facility) where every line is its own <div>; spaced labels written with &nbsp; (氏&nbsp;&nbsp;名); the manager's and the 理事長's names wrapped in <span> with &nbsp; between family and given name; ＆ in the clinic name (Ｒ＆Ｋ); 経緯 abbreviates the parties (以下「医療機関Ａ」／「施設Ｂ」という。); ①②③ items; 担当 block with a staff name and extension; footer with the bureau's own address",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年11月21日", f"""
<div>関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、</div>
<div>再生医療等提供機関及び細胞培養加工施設に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</div>
<div class="center">記</div>
<div>第1　被処分者等</div>
<div>氏&nbsp;&nbsp;名　<span class="name">宇都宮&nbsp;圭吾</span></div>
<div>　　　　（{CL}管理者）</div>
<div>所&nbsp;在&nbsp;地　栃木県宇都宮市馬場通り三丁目１番１２号&nbsp;ＲＫメディカルビル４階</div>
<div>計&nbsp;画&nbsp;名　{PL}</div>
<div>処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</div>
<div>&nbsp;</div>
<div>名&nbsp;&nbsp;称　{OP}</div>
<div>　　　　（理事長：<span class="name">那須&nbsp;野々花</span>）</div>
<div>所&nbsp;在&nbsp;地　栃木県宇都宮市馬場通り三丁目１番１２号&nbsp;ＲＫメディカルビル４階</div>
<div>施&nbsp;設&nbsp;名　{FAC}（施設番号：FC3090214{KASO}）</div>
<div>処分内容　再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</div>
<div>&nbsp;</div>
<div>第2　経緯</div>
<div>　令和7年9月、「{CL}」（以下「医療機関Ａ」という。）及び「{FAC}」（以下「施設Ｂ」という。）に対して立入検査を実施したところ、</div>
<div>医療機関Ａにおいて提供計画に記載のない遠心分離機が使用されていたこと、及び施設Ｂにおいて製造記録の一部が作成されていなかったことが確認された。</div>
<div>第3　命令の内容</div>
<div>①　医療機関Ａは、提供計画に従って再生医療等を提供する体制を整備すること。</div>
<div>②　施設Ｂは、製造記録を作成し、保存する手順を定めること。</div>
<div>③　①及び②の措置の結果を令和7年12月19日までに報告すること。</div>
""", contact="健康福祉部 医事課　課長補佐　日光（内線 2741）", crumbs=("業務内容", "医事", "再生医療等", "行政処分")),
     [N("improvement_order", "関東信越厚生局", "2025-11-21", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "栃木県宇都宮市", "栃木県宇都宮市馬場通り三丁目１番１２号 ＲＫメディカルビル４階", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "栃木県宇都宮市", "栃木県宇都宮市馬場通り三丁目１番１２号 ＲＫメディカルビル４階", OP, [], "FC3090214")],
        persons=[P("宇都宮 圭吾", "管理者", CL), P("那須 野々花", "理事長", OP)],
        plans=[PL])])

# ====================================================================== s04
OP = "医療法人 泉州和光会"
CL = "医療法人 泉州和光会 いずみ整形外科 堺分院"
PL = "自己多血小板血漿を用いた変形性膝関節症の治療"
page("s04_kinki_heisei30_layout_table_date_in_th_bunin.html",
     "平成30 近畿 improvement order (法第23条第1項) on an old table-layout page (left menu cell, <font>, <b>, bgcolor); no date line: the only date is in the table's header cell 「平成30年9月14日　改善命令」; a branch clinic (…堺分院) whose main clinic (本院) is named as context and is not a subject; 開設者 cell with the 理事長 after a <br>; the address broken by a <br> mid-word inside its cell; 担当 with phone number",
     f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>近畿厚生局　再生医療等提供機関に対する改善命令について</title>
</head>
<body bgcolor="#FFFFFF">
<table width="780" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#336699"><font color="#FFFFFF" size="3"><b>厚生労働省　近畿厚生局</b></font></td></tr>
<tr><td colspan="2"><font size="2"><a>トップページ</a> &gt; <a>業務内容</a> &gt; <a>医事課</a> &gt; 再生医療等提供機関に対する改善命令について</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#F0F0F0"><font size="2">
<b>医事課のページ</b><br>
・<a>医療法人の設立認可</a><br>
・<a>診療所開設届の様式</a><br>
・<a>病院・クリニックの広告</a><br>
・<a>再生医療等</a><br>
・<a>臨床研修</a><br>
</font></td>
<td width="610" valign="top">
<p><font size="2" color="#CC0000">{FICTION}</font></p>
<p><font size="4"><b>再生医療等提供機関に対する改善命令について</b></font></p>
<p><font size="2">　近畿厚生局長は、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づき、下記の再生医療等提供機関の管理者に対し、改善命令を行いました。</font></p>
<table width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><th colspan="2" bgcolor="#DDEEFF"><font size="2">平成30年9月14日　改善命令</font></th></tr>
<tr><td width="25%"><font size="2">医療機関名</font></td><td><font size="2">{CL}</font></td></tr>
<tr><td><font size="2">開設者</font></td><td><font size="2">{OP}<br>理事長　岸和田　泰造</font></td></tr>
<tr><td><font size="2">管理者</font></td><td><font size="2">鳳　真由美</font></td></tr>
<tr><td><font size="2">所在地</font></td><td><font size="2">大阪府堺市堺区熊野町東<br>四丁目２番１５号</font></td></tr>
<tr><td><font size="2">対象計画</font></td><td><font size="2">{PL}（第三種再生医療等）</font></td></tr>
<tr><td><font size="2">命令の内容</font></td><td><font size="2">(1) 血液の採取及び加工に従事する者に対する教育訓練を実施すること。<br>(2) 再生医療等の提供に関する記録を作成し、保存すること。<br>(3) 改善の状況を１か月以内に報告すること。</font></td></tr>
</table>
<p><font size="2">　なお、同法人が開設する本院（いずみ整形外科、大阪府和泉市）は、本命令の対象ではありません。</font></p>
<p class="contact"><font size="2">【担当】医事課　係長　泉北（電話 06-6942-2241）</font></p>
<hr>
<font size="1">近畿厚生局　〒540-0008 大阪府大阪市中央区大手前4-1-76 大阪合同庁舎第4号館</font>
</td>
</tr>
</table>
</body>
</html>
""",
     [N("improvement_order", "近畿厚生局", "2018-09-14", ["法第23条第1項"],
        [S(CL, "clinic", "大阪府堺市堺区", "大阪府堺市堺区熊野町東四丁目２番１５号", OP, [PL]),
         S(OP, "operator")],
        persons=[P("鳳 真由美", "管理者", CL), P("岸和田 泰造", "理事長", OP)],
        plans=[PL])])

# ====================================================================== s05
OP = "医療法人社団 白銀会"
CL = "ウェルネス・ラボ（銀座）クリニック"
PL = "自己脂肪由来幹細胞を用いた薄毛の治療"
page("s05_mhlw_ruby_manager_br_mid_sentence_paren_in_name.html",
     "令和6 MHLW emergency order (法第22条) to one clinic whose name carries ・ and a parenthesis inside it 「ウェルネス・ラボ（銀座）クリニック」 followed by the place parenthesis; the manager's name in <ruby> with furigana (<rt>, <rp>) and a U+3000 space; sentences broken by <br> mid-sentence, one break between the operator's legal form and its name (医療法人社団<br>白銀会); the plan on the clinic (only clinic); address in 【参考】 only; share buttons; footer address of the ministry",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和6年12月20日", f"""
<p>　令和6年12月18日、医療法人社団<br>白銀会が開設する「{CL}」（東京都中央区）から、再生医療等の安全性の確保等に関する<br>法律（平成25年法律第85号。以下「法」という。）第18条に基づく疾病等報告がなされました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、同院の管理者である<ruby>御手洗<rp>（</rp><rt>みたらい</rt><rp>）</rp></ruby>　<ruby>紗良<rp>（</rp><rt>さら</rt><rp>）</rp></ruby>に対し、法第22条に基づき、<br>再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>　当該再生医療等を受けた者1名が、頭皮への投与の2日後に<br>蜂窩織炎を発症し、入院した。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>　「{PL}」</p>
<h2>【参考】</h2>
<p>{CL}<br>所在地：東京都中央区銀座七丁目１０番５号 銀座ＷＬビル８階</p>
""", "2024年12月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　蒲田<br>専門官　大森<br>（代表電話）03(5253)1111（内線 4051）"),
     [N("emergency_order", "厚生労働省", "2024-12-20", ["法第22条"],
        [S(CL, "clinic", "東京都中央区", "東京都中央区銀座七丁目１０番５号 銀座ＷＬビル８階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("御手洗 紗良", "管理者", CL)],
        plans=[PL])])

# ====================================================================== s06
OP = "株式会社ミナセ細胞研究所"
FAC = "株式会社ミナセ細胞研究所 大阪ラボ"
page("s06_mhlw_heisei29_correction_teisei_facility_stop.html",
     "平成29 MHLW correction notice (【訂正】 in the title): a 誤｜正 table correcting the facility's ward (淀川区 → 東淀川区) of a 法第47条 manufacturing stop published a week earlier, then the corrected release in full; read as the emergency order it restates (heldout5 decision 5), issued_on the correction's date line; the wrong place is not annotated; 研究開発振興課; 設置者 with （代表取締役　…）; the original release's date and the inspection date as history",
     mhlw("【訂正】再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "平成29年8月4日", f"""
<p>　平成29年7月28日に公表した標記の報道発表資料について、下記のとおり誤りがありましたので、訂正いたします。</p>
<table class="m-table">
<tr><th>訂正箇所</th><th>誤</th><th>正</th></tr>
<tr><td>本文1行目</td><td>「{FAC}」（大阪府大阪市淀川区）</td><td>「{FAC}」（大阪府大阪市東淀川区）</td></tr>
</table>
<h2>【訂正後の本文】</h2>
<p>　平成29年7月26日、「{FAC}」（大阪府大阪市東淀川区）に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）に基づく立入検査を行ったところ、無菌操作を行う区域の清浄度が管理されていないまま特定細胞加工物の製造が行われていることが確認されました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、同月28日付けで、同施設の設置者である{OP}（代表取締役　水無瀬　隼人）に対し、法第47条に基づき、特定細胞加工物の製造の一時停止を命じました。</p>
""", "2017年8月", "医政局研究開発振興課 再生医療等研究推進室<br>室長補佐　有馬（2685）<br>専門官　能勢（4162）", share=False),
     [N("emergency_order", "厚生労働省", "2017-08-04", ["法第47条"],
        [S(FAC, "cell_processing_facility", "大阪府大阪市東淀川区", None, OP),
         S(OP, "operator")],
        persons=[P("水無瀬 隼人", "代表取締役", OP)])])

# ====================================================================== s07
page("s07_mhlw_heisei30_lifting_kaijo_other.html",
     "平成30 MHLW notice of the lifting of a provision-stop order （命令の解除）: names the clinic, its operator and manager, the 法第22条 order of 平成30年6月22日 and the improvement confirmed; not an order, closure or filing of the schema's kinds, so annotated as other with no notice (see README decision 3)",
     mhlw("再生医療等の提供の一時停止命令の解除について", "平成30年11月9日", """
<p>　平成30年6月22日付けで、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第22条に基づき再生医療等の提供の一時停止を命じた「医療法人 蒼翠会 すずらん台クリニック」（千葉県船橋市）について、同院から提出された改善報告書の内容及び同年10月に実施した立入検査の結果により、再発防止のための措置が講じられたことを確認しました。</p>
<p>　このため、本日付けで、同院の管理者 習志野 健吾 に対する当該命令を解除しましたので、お知らせいたします。</p>
<h2>【解除の対象】</h2>
<p>医療機関：医療法人 蒼翠会 すずらん台クリニック（千葉県船橋市）<br>命令の内容：再生医療等の提供の一時停止（平成30年6月22日付け）<br>解除日：平成30年11月9日</p>
""", "2018年11月", "医政局研究開発振興課 再生医療等研究推進室<br>室長補佐　勝浦（2685）<br>専門官　館山（4162）", share=False),
     [], what="other")

# ====================================================================== s08
page("s08_kyushu_other_seminar_example_clinics.html",
     "九州 announcement of a briefing session for clinics and facilities (other): the programme cites s10's improvement order (its clinic named with 天神院) and a closure as examples, names speakers and a venue address, gives dates and an application deadline; no notice",
     bureau("九州厚生局", "再生医療等提供機関・細胞培養加工施設向け説明会の開催について", "令和7年12月12日", """
<p>九州厚生局では、再生医療等の安全性の確保等に関する法律の遵守の徹底を図るため、管内の再生医療等提供機関及び細胞培養加工施設の管理者等を対象として、下記のとおり説明会を開催します。</p>
<p class="center">記</p>
<p>１　日時　令和8年1月23日（金）14時00分～16時30分</p>
<p>２　会場　福岡第二合同庁舎 2階会議室（福岡県福岡市博多区博多駅東2-10-7）</p>
<p>３　内容</p>
<ol>
<li>改正法（特定核酸等の追加）の概要　　講師：九州厚生局 健康福祉部 医事課 課長補佐 姪浜 由紀</li>
<li>最近の行政処分の事例紹介（例：令和7年11月の「医療法人 博多湾光会 ひかり・こころクリニック 天神院」及び細胞培養加工施設に対する改善命令、提供機関の廃止の届出の事例など）　　講師：同課 専門官 愛宕浜 亮</li>
<li>質疑応答</li>
</ol>
<p>４　申込方法　令和8年1月9日（金）までに、別紙申込書により電子メールでお申し込みください。</p>
""", contact="健康福祉部 医事課　姪浜（電話 092-707-1125）", crumbs=("業務内容", "医事", "お知らせ")),
     [], what="other")

# ====================================================================== s09
OP = "医療法人社団 澄空会"
CL = "医療法人社団 澄空会 Ａｚｕｒｅ Ｓｋｉｎ Ｃｌｉｎｉｃ 福岡"
PL = "自己脂肪由来間葉系幹細胞を用いたアトピー性皮膚炎の治療"
page("s09_mhlw_emergency_bekki_history_other_clinic_not_subject.html",
     "令和8 MHLW emergency order (法第22条) whose parties are given in a 別記 with （１）…（４） items; the clinic (full-width Latin name, operator embedded) abbreviated 以下「本件医療機関」という。; an earlier 法第22条 order against another clinic (令和8年1月) mentioned as history: not a subject; 下記のとおり / 記; 照会先 with staff names; sidebar links; ministry footer",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和8年4月10日", f"""
<p>　令和8年4月7日、「{CL}」（福岡県福岡市中央区。以下「本件医療機関」という。）から、{LAW}第18条に基づく疾病等報告がなされました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、本件医療機関の管理者に対し、下記のとおり再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<p>　なお、本件医療機関に特定細胞加工物等を提供していた細胞培養加工施設からは、令和8年1月にも同様の症例が報告されており、その際には、当該症例が生じた「医療法人 黎明会 こもれびクリニック」（熊本県熊本市）に対し、法第22条に基づく緊急命令を行っています。</p>
<p class="center">記</p>
<p>（１）医療機関の名称　{CL}</p>
<p>（２）所在地　別記のとおり</p>
<p>（３）管理者　糸島 航平</p>
<p>（４）提供の一時停止を命じた再生医療等　「{PL}」</p>
<h2>別記</h2>
<table class="m-table"><tr><th>名称</th><td>{CL}</td></tr><tr><th>開設者</th><td>{OP}</td></tr><tr><th>所在地</th><td>福岡県福岡市中央区大名二丁目４番２２号 大名ＡＺビル３階</td></tr></table>
""", "2026年4月", "医政局研究開発政策課 再生医療等研究推進室<br>室長　早良<br>専門官　志賀<br>（代表電話）03(5253)1111（内線 4051）",
         sidebar="<li><a>再生医療等の安全性の確保等に関する法律</a></li><li><a>緊急命令等の一覧</a></li><li><a>自由診療クリニックでのトラブルに関する相談窓口</a></li>"),
     [N("emergency_order", "厚生労働省", "2026-04-10", ["法第22条"],
        [S(CL, "clinic", "福岡県福岡市中央区", "福岡県福岡市中央区大名二丁目４番２２号 大名ＡＺビル３階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("糸島 航平", "管理者", CL)],
        plans=[PL])])

# ====================================================================== s10
OP = "医療法人 博多湾光会"
C1 = "医療法人 博多湾光会 ひかり・こころクリニック 天神院"
C2 = "医療法人 博多湾光会 ひかり・こころクリニック 小倉院"
FOP = "株式会社キューセルテクノ"
FAC = "株式会社キューセルテクノ 粕屋細胞加工センター"
PL = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"
page("s10_kyushu_two_branches_outside_facility_one_line_a_i_u.html",
     "九州 improvement orders: 法第23条第1項 to the managers of two branch clinics of one corporation (天神院 / 小倉院, ・ in the name) and 法第48条第2項 to an outside company's facility that processes for both; 九州-style one-line entries (氏名：… 所在地：… 計画名：… 処分内容：…); the corporation's 理事長 only in the lead; ア イ ウ items; a 郡 + 大字 address for the facility; the same plan on both clinics; 下記のとおり/記",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年11月28日", f"""
<p>九州厚生局長は、本日、下記のとおり、{LAW}に基づき、{OP}（理事長　箱崎 悠）が開設する再生医療等提供機関2機関の管理者及び当該2機関に特定細胞加工物を提供している細胞培養加工施設の設置者に対し、改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1　被処分者等</p>
<p>１　氏名：舞鶴 亮介（{C1} 管理者）　所在地：福岡県福岡市中央区天神二丁目８番３８号 天神ＨＫビル６階　計画名：{PL}　処分内容：法第23条第1項による改善命令</p>
<p>２　氏名：紫川 千尋（{C2} 管理者）　所在地：福岡県北九州市小倉北区京町三丁目１４番１７号　計画名：{PL}　処分内容：法第23条第1項による改善命令</p>
<p>３　名称：{FOP}（代表取締役：粕屋 大地）　所在地：福岡県糟屋郡粕屋町大字仲原２６５１番地　施設名：{FAC}（施設番号：FA7400528{KASO}）　処分内容：法第48条第2項による改善命令</p>
<p>第2　命令の内容</p>
<p>ア　両院は、特定細胞加工物の受入れの際に、製造記録との照合を行うこと。</p>
<p>イ　{FAC}は、出荷判定の手順書を整備し、これに従って出荷判定を行うこと。</p>
<p>ウ　ア及びイの措置の結果を令和7年12月26日までに報告すること。</p>
""", contact="健康福祉部 医事課　西新（電話 092-707-1125）"),
     [N("improvement_order", "九州厚生局", "2025-11-28", ["法第23条第1項", "法第48条第2項"],
        [S(C1, "clinic", "福岡県福岡市中央区", "福岡県福岡市中央区天神二丁目８番３８号 天神ＨＫビル６階", OP, [PL]),
         S(C2, "clinic", "福岡県北九州市小倉北区", "福岡県北九州市小倉北区京町三丁目１４番１７号", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "福岡県糟屋郡粕屋町", "福岡県糟屋郡粕屋町大字仲原２６５１番地", FOP, [], "FA7400528"),
         S(FOP, "operator")],
        persons=[P("舞鶴 亮介", "管理者", C1), P("紫川 千尋", "管理者", C2), P("箱崎 悠", "理事長", OP),
                 P("粕屋 大地", "代表取締役", FOP)],
        plans=[PL])])

# ====================================================================== s11
OP = "医療法人社団 白峰会"
CL = "医療法人社団 白峰会 兼六ステムセルクリニック"
PL = "自己脂肪由来間葉系幹細胞を用いた脳梗塞後遺症の治療"
page("s11_tokai_hokuriku_p_per_line_br_mid_name_keisaibi_meireibi_sekobi.html",
     "東海北陸 improvement order (法第23条第1項) where each line is its own <p> and a <br> breaks the clinic's name mid-word (兼六ステム<br>セルクリニック); the date line is a 掲載日 (令和7年10月3日) while the body gives the order date 令和7年9月30日付け, and an amended law's 施行日 (令和7年5月31日) is mentioned: issued_on is the date line (README decision 5); the manager's name with &nbsp;; 開設者 row with （理事長　…）",
     bureau("東海北陸厚生局", "再生医療等提供機関の管理者に対する改善命令について", "掲載日：令和7年10月3日", f"""
<p>東海北陸厚生局は、令和7年9月30日付けで、再生医療等の安全性の確保等に関する法律第23条第1項に基づき、</p>
<p>下記の再生医療等提供機関の管理者に対し、改善命令を行いました。</p>
<p>（注）令和7年5月31日に施行された改正法により、「特定細胞加工物」は「特定細胞加工物等」と改められています。</p>
<p>１　対象医療機関</p>
<p>　名称　医療法人社団 白峰会 兼六ステム<br>セルクリニック</p>
<p>　開設者　{OP}（理事長　犀川 早苗）</p>
<p>　管理者　尾山&nbsp;奏太</p>
<p>　所在地　石川県金沢市広坂一丁目２番３２号 広坂メディカルプラザ５階</p>
<p>　計画名　{PL}</p>
<p>２　命令の内容</p>
<p>（１）再生医療等を受ける者の選定基準を提供計画に従って運用すること。</p>
<p>（２）改善の状況を令和7年10月31日までに報告すること。</p>
<p>３　経緯</p>
<p>令和7年8月の立入検査において、提供計画に定める適応外の疾患を有する者に対して当該再生医療等が提供されていたことが確認された。</p>
""", contact="健康福祉部 医事課　卯辰（電話 052-971-8831）", crumbs=("業務内容", "医事", "再生医療等")),
     [N("improvement_order", "東海北陸厚生局", "2025-10-03", ["法第23条第1項"],
        [S(CL, "clinic", "石川県金沢市", "石川県金沢市広坂一丁目２番３２号 広坂メディカルプラザ５階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("尾山 奏太", "管理者", CL), P("犀川 早苗", "理事長", OP)],
        plans=[PL])])

# ====================================================================== s12
OP = "株式会社ＨＫＢ細胞技研"
FAC = "ＨＫＢ札幌セルセンター"
page("s12_hokkaido_revocation_latin_initials_beppyo_maru_numbers.html",
     "北海道 licence revocation (法第49条, 許可の取消し) of a facility whose company has Latin initials (株式会社ＨＫＢ細胞技研); the parties in a 別表 (施設の名称｜施設番号｜所在地｜設置者); ①② reasons; an earlier 法第48条第2項 improvement order (令和7年8月) as history, not an article; 条・丁目 address; side menu with 保険医療機関/診療所 links; 担当 with staff name; footer with the bureau's address",
     bureau("北海道厚生局", "特定細胞加工物製造事業者の許可の取消しについて", "令和8年2月6日", f"""
<p>北海道厚生局長は、本日、再生医療等の安全性の確保等に関する法律第49条の規定に基づき、別表の特定細胞加工物製造事業者に対し、特定細胞加工物の製造の許可を取り消しました。</p>
<h2>取消しの理由</h2>
<p>① 令和7年8月に当局が法第48条第2項に基づき行った改善命令に対し、期限までに改善の報告がなされず、その後の立入検査においても改善が確認されなかったこと。</p>
<p>② 製造管理及び品質管理の基準に適合しない状態で特定細胞加工物を製造し、医療機関に提供していたこと。</p>
<h2>別表</h2>
<table class="tbl">
<tr><th>施設の名称</th><th>施設番号</th><th>所在地</th><th>設置者</th></tr>
<tr><td>{FAC}</td><td>FA1110076{KASO}</td><td>北海道札幌市手稲区前田六条十五丁目３番１０号</td><td>{OP}<br>代表取締役　手稲　紘一</td></tr>
</table>
""", contact="健康福祉部 医事課　課長補佐　琴似（電話 011-796-5105）",
         side="<li><a>保険医療機関・保険薬局の指定</a></li><li><a>診療所（クリニック）開設の届出</a></li><li><a>再生医療等</a></li><li><a>麻薬取締</a></li>"),
     [N("licence_revocation", "北海道厚生局", "2026-02-06", ["法第49条"],
        [S(FAC, "cell_processing_facility", "北海道札幌市手稲区", "北海道札幌市手稲区前田六条十五丁目３番１０号", OP, [], "FA1110076"),
         S(OP, "operator")],
        persons=[P("手稲 紘一", "代表取締役", OP)])])

# ====================================================================== s13
OP1 = "医療法人 操山会"
C1 = "Ｓ＆Ｙ ビューティクリニック 岡山"
F1 = "Ｓ＆Ｙ ビューティクリニック 岡山 細胞加工室"
OP2 = "一般社団法人 伊予医療振興会"
C2 = "松山城北再生医療クリニック"
page("s13_chugoku_shikoku_closures_table_doubled_date_header.html",
     "中国四国 monthly list of closures (廃止の届出) in a table whose header cell carries the month in doubled form 「令和7年（2025年）11月受理分」; a clinic with ＆ and its in-clinic facility (number in the name cell after <br>), closed the same day, and another clinic of a 一般社団法人; closing dates in a 廃止年月日 column; the page's date line 令和7年12月10日 is issued_on",
     bureau("中国四国厚生局", "再生医療等提供機関及び細胞培養加工施設の廃止の届出について", "令和7年12月10日", f"""
<p>再生医療等の安全性の確保等に関する法律に基づき、当局が受理した再生医療等提供機関及び細胞培養加工施設の廃止の届出は、次のとおりです。</p>
<table class="tbl">
<tr><th colspan="5">令和7年（2025年）11月受理分</th></tr>
<tr><th>区分</th><th>名称</th><th>開設者・設置者</th><th>所在地</th><th>廃止年月日</th></tr>
<tr><td>提供機関</td><td>{C1}</td><td>{OP1}</td><td>岡山県岡山市北区本町６番３６号 本町ＳＹビル３階</td><td>令和7年11月10日</td></tr>
<tr><td>細胞培養加工施設</td><td>{F1}<br>（FC6330071{KASO}）</td><td>{OP1}</td><td>岡山県岡山市北区本町６番３６号 本町ＳＹビル３階</td><td>令和7年11月10日</td></tr>
<tr><td>提供機関</td><td>{C2}</td><td>{OP2}</td><td>愛媛県松山市清水町二丁目１５番地８</td><td>令和7年10月31日</td></tr>
</table>
""", contact="健康福祉部 医事課　玉島（電話 082-223-8181）"),
     [N("closure_filing", "中国四国厚生局", "2025-12-10", [],
        [S(C1, "clinic", "岡山県岡山市北区", "岡山県岡山市北区本町６番３６号 本町ＳＹビル３階", OP1),
         S(F1, "cell_processing_facility", "岡山県岡山市北区", "岡山県岡山市北区本町６番３６号 本町ＳＹビル３階", OP1, [], "FC6330071"),
         S(OP1, "operator"),
         S(C2, "clinic", "愛媛県松山市", "愛媛県松山市清水町二丁目１５番地８", OP2),
         S(OP2, "operator")],
        closures=[C(C1, "2025-11-10"), C(F1, "2025-11-10"), C(C2, "2025-10-31")])])

# ====================================================================== s14
OP = "株式会社ＴＭＣバイオ"
FAC = "株式会社ＴＭＣバイオ 横浜みなと細胞加工センター"
page("s14_mhlw_facility_stop_honjitsu_pubdate_only_client_clinic_context.html",
     "令和7 MHLW emergency order, manufacturing stop only (法第47条), on a page with no date line: the body says 本日付け and the only date of the page is the 公開日 at the bottom (2025年12月19日, Western); the facility's client clinic 「Ｍクリニック新宿」 is named as context (not a subject); 代表取締役 in 【参考】; 施行規則第107条 report not an article; print/share buttons; ministry footer",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について（特定細胞加工物等の製造の一時停止）", "", f"""
<p>　細胞培養加工施設「{FAC}」（神奈川県横浜市鶴見区）から、再生医療等の安全性の確保等に関する法律施行規則第107条に基づく重大事態報告がなされました。同施設で製造された特定細胞加工物等の投与を受けた者に重篤な感染症が生じたものです（投与は「Ｍクリニック新宿」（東京都新宿区）で行われました。）。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、同施設に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第47条に基づき、特定細胞加工物等の製造の一時停止を命じましたのでお知らせいたします。</p>
<h2>【参考】</h2>
<p>施設の名称：{FAC}<br>施設番号：FA3140339{KASO}<br>設置者：{OP}（代表取締役　鶴見 俊也）<br>所在地：神奈川県横浜市鶴見区末広町一丁目１番４３号</p>
""", "2025年12月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　戸塚<br>専門官　保土ケ谷<br>（代表電話）03(5253)1111（内線 4051）",
         pub="2025年12月19日", date_line=False,
         sidebar="<li><a>再生医療について</a></li><li><a>細胞培養加工施設の一覧</a></li><li><a>美容クリニックの広告に関するガイドライン</a></li>"),
     [N("emergency_order", "厚生労働省", "2025-12-19", ["法第47条"],
        [S(FAC, "cell_processing_facility", "神奈川県横浜市鶴見区", "神奈川県横浜市鶴見区末広町一丁目１番４３号", OP, [], "FA3140339"),
         S(OP, "operator")],
        persons=[P("鶴見 俊也", "代表取締役", OP)])])

# ====================================================================== s15
OP = "医療法人社団 桐韻会"
FAC = "医療法人社団 桐韻会 たかさき再生医療クリニック 細胞培養加工室"
page("s15_kantoshinetsu_heisei31_inhouse_facility_kou_otsu.html",
     "平成31 関東信越 improvement order to a corporation for its in-house (in-clinic) facility (法第48条第2項); the parties abbreviated 以下「甲」／「乙」という。 and then named only so; the housing clinic is context (not a subject: the order acts on the facility); 記 with 1 2 3 sections and (1)(2) items; the 理事長 written with U+3000 spaces inside an 宛先 line 「理事長　榛名　透子　殿」; facility number; 担当",
     bureau("関東信越厚生局", "細胞培養加工施設に対する改善命令について", "平成31年3月22日", f"""
<p>関東信越厚生局長は、本日、{OP}（以下「甲」という。）に対し、甲が設置する「{FAC}」（以下「乙」という。）について、再生医療等の安全性の確保等に関する法律第48条第2項に基づき、改善命令を行いました。</p>
<p class="center">記</p>
<p>1　命令の相手方</p>
<p>　{OP}<br>　理事長　榛名　透子　殿</p>
<p>2　対象施設</p>
<p>　施設の名称　乙<br>　施設番号　FC3100045{KASO}<br>　所在地　群馬県高崎市八島町２２番地１ 高崎ＴＩビル３階</p>
<p>3　命令の内容</p>
<p>　(1)　甲は、乙における衛生管理の手順を定め、これを遵守すること。<br>　(2)　甲は、乙で製造した特定細胞加工物の品質の記録を作成すること。</p>
<p>4　経緯</p>
<p>　平成31年2月に乙（たかさき再生医療クリニック内）への立入検査を実施したところ、手順書が整備されていないことが確認された。</p>
""", contact="健康福祉部 医事課　伊香保（内線 2741）"),
     [N("improvement_order", "関東信越厚生局", "2019-03-22", ["法第48条第2項"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "群馬県高崎市", "群馬県高崎市八島町２２番地１ 高崎ＴＩビル３階", OP, [], "FC3100045")],
        persons=[P("榛名 透子", "理事長", OP)])])

# ====================================================================== s16
OPA = "医療法人 千早会"
CA = "Ｍｉｒａｉ Ｃｌｉｎｉｃ 心斎橋"
OPB = "医療法人社団 葦原会"
CB = "葦原会・なんばクリニック"
FOP = "株式会社ナニワセルワークス"
FAC = "株式会社ナニワセルワークス 本町ラボ"
PL = "自己脂肪由来間葉系幹細胞を用いた糖尿病の治療"
page("s16_mhlw_heisei31_besshi_honpo_two_clinics_facility.html",
     "平成31 MHLW emergency order (法第22条 to two clinics of two corporations, 法第47条 to the facility processing for both), 研究開発振興課; the law abbreviated 以下「本法」という。 and cited as 本法第22条; parties only in a 別紙 with (1)(2) entries (名称／開設者／管理者／所在地; 名称／設置者／施設番号／所在地); full-width Latin clinic name and one with ・; one plan for both clinics (notice only)",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "平成31年4月26日", f"""
<p>　平成31年4月24日、大阪府大阪市内の2医療機関から、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「本法」という。）第18条に基づく疾病等報告がなされました。いずれも同一の細胞培養加工施設で製造された特定細胞加工物を用いたものです。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、別紙1の医療機関に対し本法第22条に基づき再生医療等の提供の一時停止を、別紙2の細胞培養加工施設に対し本法第47条に基づき特定細胞加工物の製造の一時停止を命じましたのでお知らせいたします。</p>
<p>【提供の一時停止を命じた再生医療等】<br>　「{PL}」</p>
<h2>別紙1　医療機関</h2>
<p>(1) 名称：{CA}<br>　開設者：{OPA}<br>　管理者：住吉 直哉<br>　所在地：大阪府大阪市中央区心斎橋筋一丁目５番２０号 ミライビル４階</p>
<p>(2) 名称：{CB}<br>　開設者：{OPB}<br>　管理者：浪速 美咲<br>　所在地：大阪府大阪市浪速区難波中二丁目１０番７０号</p>
<h2>別紙2　細胞培養加工施設</h2>
<p>名称：{FAC}<br>設置者：{FOP}<br>施設番号：FA5270163{KASO}<br>所在地：大阪府大阪市中央区本町二丁目３番８号</p>
""", "2019年4月", "医政局研究開発振興課 再生医療等研究推進室<br>室長補佐　天満（2685）<br>専門官　淀屋（4162）", share=False),
     [N("emergency_order", "厚生労働省", "2019-04-26", ["法第22条", "法第47条"],
        [S(CA, "clinic", "大阪府大阪市中央区", "大阪府大阪市中央区心斎橋筋一丁目５番２０号 ミライビル４階", OPA),
         S(OPA, "operator"),
         S(CB, "clinic", "大阪府大阪市浪速区", "大阪府大阪市浪速区難波中二丁目１０番７０号", OPB),
         S(OPB, "operator"),
         S(FAC, "cell_processing_facility", "大阪府大阪市中央区", "大阪府大阪市中央区本町二丁目３番８号", FOP, [], "FA5270163"),
         S(FOP, "operator")],
        persons=[P("住吉 直哉", "管理者", CA), P("浪速 美咲", "管理者", CB)],
        plans=[PL])])

# ====================================================================== s17
OP = "医療法人 青嵐会"
CL = "医療法人 青嵐会 Ｍ’ｓ Clinic 仙台駅前"
PL = "自己多血小板血漿を用いた肌の老化の治療"
page("s17_tohoku_layout_table_br_cells_apostrophe_latin_nbsp_jisshi.html",
     "東北 improvement order (法第23条第1項) in a layout table with <br> line breaks inside cells (address then building on the next line), the manager's name with two &nbsp;, a clinic name with an apostrophe and Latin (Ｍ’ｓ Clinic); 実施責任者 named in its own cell; <font>; full-width date line right-aligned; 担当 with phone",
     bureau("東北厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和７年９月１９日", f"""
<table width="100%" border="0" cellpadding="3">
<tr><td colspan="2"><font size="2">東北厚生局長は、本日、再生医療等の安全性の確保等に関する法律第２３条第１項に基づき、下記の再生医療等提供機関の管理者に対して改善命令を行いました。</font></td></tr>
<tr><td colspan="2" align="center"><font size="2">記</font></td></tr>
<tr><td width="30%" valign="top"><font size="2">医療機関</font></td><td><font size="2">{CL}</font></td></tr>
<tr><td valign="top"><font size="2">管理者</font></td><td><font size="2">広瀬&nbsp;&nbsp;紘子</font></td></tr>
<tr><td valign="top"><font size="2">実施責任者</font></td><td><font size="2">愛宕　雅也</font></td></tr>
<tr><td valign="top"><font size="2">所在地</font></td><td><font size="2">宮城県仙台市青葉区中央一丁目６番３５号<br>仙台駅前ＭＳビル７階</font></td></tr>
<tr><td valign="top"><font size="2">計画</font></td><td><font size="2">{PL}</font></td></tr>
<tr><td valign="top"><font size="2">命令の内容</font></td><td><font size="2">１．細胞の採取に係る同意書を、提供計画に定める様式により取得すること。<br>２．令和７年１０月１７日までに改善の状況を報告すること。</font></td></tr>
</table>
""", contact="健康福祉部 医事課　課長補佐　八幡（電話 022-726-9263）", date_pos="right"),
     [N("improvement_order", "東北厚生局", "2025-09-19", ["法第23条第1項"],
        [S(CL, "clinic", "宮城県仙台市青葉区", "宮城県仙台市青葉区中央一丁目６番３５号 仙台駅前ＭＳビル７階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("広瀬 紘子", "管理者", CL), P("愛宕 雅也", "実施責任者", CL)],
        plans=[PL])])

# ====================================================================== s18
OP = "医療法人 玉藻会"
CL = "医療法人 玉藻会 たまも膝関節クリニック"
PL = "自己多血小板血漿を用いた変形性膝関節症の治療"
page("s18_shikoku_shikyoku_discontinuation_a_i_u_items.html",
     "四国厚生支局 discontinuation (再生医療等提供計画の中止の届出): items ア イ ウ エ (医療機関／管理者／中止した計画／中止年月日); the filing date and the stop date before the page date; the clinic stays open (nothing closed); breadcrumb 中国四国厚生局 > 四国厚生支局; 担当 with staff name",
     bureau("四国厚生支局", "再生医療等提供計画の中止の届出について", "令和7年8月22日", f"""
<p>四国厚生支局は、再生医療等の安全性の確保等に関する法律に基づき、下記のとおり再生医療等提供計画の中止の届出（令和7年8月8日付け）を受理しましたので、お知らせします。</p>
<p class="center">記</p>
<p>ア　医療機関　{CL}（香川県高松市）</p>
<p>イ　管理者　屋島 智之</p>
<p>ウ　中止した計画　{PL}</p>
<p>エ　中止年月日　令和7年7月31日</p>
<p>※　当該医療機関は、引き続き診療を行っています。</p>
""", contact="四国厚生支局 医事課　栗林（電話 087-851-9565）", top="中国四国厚生局",
         crumbs=("四国厚生支局", "業務内容", "医事")),
     [N("discontinuation_filing", "四国厚生支局", "2025-08-22", [],
        [S(CL, "clinic", "香川県高松市", None, OP, [PL]),
         S(OP, "operator")],
        persons=[P("屋島 智之", "管理者", CL)],
        plans=[PL])])

# ====================================================================== s19
page("s19_mhlw_other_guideline_tsuchi_example_names.html",
     "MHLW guideline (通知, 医政研発 number) on explanations and consent, addressed to prefectures; it names example clinics (「○○クリニック」, 「医療法人社団 例示会 サンプル再生クリニック 東京院」) and cites 法第22条 and 法第23条第1項 in general terms; 別添 and 記 structure; a 担当 with staff; not a notice",
     mhlw("再生医療等提供機関における説明及び同意の取得に関する留意事項について（通知）", "令和7年6月27日", """
<p>医政研発0627第1号<br>令和7年6月27日</p>
<p>各都道府県衛生主管部（局）長　殿</p>
<p>厚生労働省医政局研究開発政策課長<br>（公印省略）</p>
<p>　再生医療等の安全性の確保等に関する法律（平成25年法律第85号）に基づく再生医療等の提供に当たっては、再生医療等を受ける者に対する十分な説明と同意の取得が求められています。今般、その留意事項を別添のとおり取りまとめましたので、貴管下の医療機関に対する周知をお願いします。</p>
<p class="center">記</p>
<p>１　説明文書には、提供する医療機関の名称を正確に記載すること。例えば、「○○クリニック」が分院を有する場合には、「医療法人社団 例示会 サンプル再生クリニック 東京院」のように、院名まで記載すること。</p>
<p>２　説明及び同意の取得が適切に行われていない場合には、法第23条第1項に基づく改善命令や、保健衛生上の危害の発生のおそれがある場合には法第22条に基づく緊急命令の対象となり得ること。</p>
<p>別添　再生医療等の提供に係る説明及び同意に関する留意事項（PDF）</p>
""", "2025年6月", "医政局研究開発政策課 再生医療等研究推進室<br>専門官　鎌倉（内線 4051）", share=True),
     [], what="other")

# ====================================================================== s20
OP = "株式会社いこま・セル＆ティシュー"
FAC = "いこまセルプロセッシングセンター"
page("s20_kinki_suspension_doubled_dates_rename_kakko.html",
     "近畿 suspension order (法第49条, 製造の業務の停止 for 30 days) with doubled dates everywhere (令和7年（2025年）11月7日 in the date line; the period 令和7年（2025年）11月10日から同年12月9日まで, not issued_on); a company name with ・ and ＆; its rename in the parenthesis after its name 「（令和6年（2024年）4月1日に株式会社いこまバイオから商号変更）」 (new name not in the phrase); （１）（２） items; an earlier 法第48条第2項 order as history; 施設番号 row",
     bureau("近畿厚生局", "特定細胞加工物製造事業者に対する業務停止命令について", "令和7年（2025年）11月7日", f"""
<p>近畿厚生局長は、令和7年（2025年）11月7日、再生医療等の安全性の確保等に関する法律第49条の規定に基づき、下記の特定細胞加工物製造事業者に対し、特定細胞加工物等の製造の業務の停止を命じました。</p>
<p class="center">記</p>
<p>（１）処分の相手方</p>
<p>　{OP}（令和6年（2024年）4月1日に株式会社いこまバイオから商号変更）<br>　代表取締役　生駒　晴臣</p>
<p>　施設の名称　{FAC}<br>　施設番号　FA5290230{KASO}<br>　所在地　奈良県生駒市北新町１０番３３号</p>
<p>（２）処分の内容</p>
<p>　令和7年（2025年）11月10日から同年12月9日までの30日間、特定細胞加工物等の製造の業務を停止すること。</p>
<p>（３）処分の理由</p>
<p>　令和7年（2025年）6月に当局が行った法第48条第2項に基づく改善命令に係る措置が講じられないまま、製造が継続されていたため。</p>
""", contact="健康福祉部 医事課　富雄（電話 06-6942-2241）"),
     [N("suspension_order", "近畿厚生局", "2025-11-07", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "奈良県生駒市", "奈良県生駒市北新町１０番３３号", OP, [], "FA5290230")],
        persons=[P("生駒 晴臣", "代表取締役", OP)],
        renames=[R("株式会社いこまバイオ", OP, "2024-04-01")])])


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
