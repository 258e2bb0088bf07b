#!/usr/bin/env python3
"""Ninth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout9/make_heldout9.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout8's generator was read only as the model of a
held-out set's layout). This set stresses the variation a real crawl meets that
the earlier themes do not cover: dates in every printed form (令和元年, 平成31年,
kanji numerals, full/half-width, western-only, 2025/9/26, 2025.12.05, R7.12.19,
doubled era/western in both orders, an English date, 同日/同月/翌日, a period
across years), legal forms and their abbreviations (医社, (医), ㈱, (株), （株）,
合同会社, 有限会社, 一般財団法人, 公益社団法人, 社会福祉法人, 学校法人, 国立大学法人,
医療法人財団, a legal form after the name), half-width katakana, Latin with ＆,
numbers in names, people in every role (開設者 of an individual's clinic, 管理者,
実施責任者, 代表者, 代表理事, 理事長, 代表取締役, 学長, 会長), plan numbers, an
absorption merger, and layouts (press release, 公表 table, a list of several
orders, Q&A, <pre>, one long paragraph, an English summary, a listing).
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
def mhlw(title, date, body, month, contact):
    """A current MHLW press release: header menu, breadcrumb, date line, 【照会先】,
    報道関係者各位, title, body, the ministry's own address in the footer."""
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
<nav class="crumb"><a>ホーム</a> &gt; <a>報道・広報</a> &gt; <a>報道発表資料</a> &gt; <a>{month}</a> &gt; {title}</nav>
<main id="main">
<p class="fiction">{FICTION}</p>
<div class="press">
<p class="press-date">{date}</p>
<div class="press-contact"><p>【照会先】</p><p class="contact">{contact}</p></div>
<p>報道関係者各位</p>
<h1>{title}</h1>
<div class="press-body">
{body}
</div>
</div>
</main>
<footer id="ft"><p><a>サイトマップ</a>｜<a>プライバシーポリシー</a>｜<a>アクセス</a></p>
<address>厚生労働省　{MHLW_ADDR}　電話番号 03-5253-1111（代表）</address>
<p>Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</p></footer>
</body>
</html>
"""


def mhlw_en(title, date, body, contact):
    """The ministry's English site: an English summary of a Japanese release."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{title} | Ministry of Health, Labour and Welfare</title>
</head>
<body>
<header id="hd"><p class="logo"><a>Ministry of Health, Labour and Welfare</a></p>
<ul class="gnav"><li><a>Home</a></li><li><a>Policy</a></li><li><a>Press Releases</a></li><li><a>Statistics</a></li><li><a>About MHLW</a></li><li><a lang="ja">日本語</a></li></ul>
</header>
<nav class="crumb"><a>Home</a> &gt; <a>Press Releases</a> &gt; {title}</nav>
<main id="main">
<p class="fiction" lang="ja">{FICTION}</p>
<p class="fiction">(A fictional example for testing. It has nothing to do with any real medical institution or corporation.)</p>
<p class="press-date">{date}</p>
<h1>{title}</h1>
{body}
<p>Contact:</p><p class="contact">{contact}</p>
</main>
<footer id="ft"><address>Ministry of Health, Labour and Welfare, 1-2-2 Kasumigaseki, Chiyoda-ku, Tokyo 100-8916, Japan</address>
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
    the title, or none), body, 【担当】 block, footer with the bureau's address."""
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
<ul class="gnav"><li><a>ホーム</a></li><li><a>組織案内</a></li><li><a>業務内容</a></li><li><a>申請・届出</a></li><li><a>報道発表</a></li><li><a>アクセス</a></li></ul></div>
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

# ====================================================================== t01
CL = "せせらぎ坂クリニック"
page("t01_mhlw_reiwa_gannen_heisei31_individual_clinic_violation.html",
     "MHLW press release dated 令和元年６月７日 (full-width digits) whose history runs across the era boundary (平成３１年４月２２日, 同月２５日及びその翌日, 令和元年５月２９日); 研究開発振興課; 法第２２条 provision stop of unplanned treatment (no plan); violation 法第４条第１項; 第２４条第２項 inspection not an article; a clinic opened by an individual: 開設者（個人開設） row and the same doctor as 管理者 (開設者が兼務), no operator",
     mhlw(EMERG, "令和元年６月７日", f"""
<p>　平成３１年４月２２日、東京都から、個人が開設する診療所「{CL}」（東京都世田谷区）において、再生医療等提供計画が提出されないまま再生医療等が提供されている疑いがある旨の情報提供がありました。</p>
<p>　このため、厚生労働省は、同月２５日及びその翌日、東京都と合同で、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）第２４条第２項に基づく立入検査を実施し、令和元年５月２９日には当該医療機関から追加の報告を受けました。その結果、下記の法律違反が確認されたことから、保健衛生上の危害の発生又は拡大を防止するため、本日、法第２２条に基づき、当該医療機関の管理者に対し、再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<h2>【確認された法律違反】</h2>
<p>　第二種再生医療等に該当する自己脂肪組織由来幹細胞の投与を、第二種再生医療等提供計画を提出することなく行っていた（法第４条第１項違反）。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>　自己脂肪組織由来幹細胞を用いた再生医療等（提供計画の提出なし）</p>
<h2>【対象医療機関】</h2>
<table class="tbl">
<tr><th>名称</th><td>{CL}</td></tr>
<tr><th>所在地</th><td>東京都世田谷区等々力三丁目１５番８号　等々力ヒルズ１階</td></tr>
<tr><th>開設者（個人開設）</th><td>日向野　周作（医師）</td></tr>
<tr><th>管理者</th><td>日向野　周作（開設者が兼務）</td></tr>
</table>
""", "令和元年6月", "医政局研究開発振興課<br>再生医療等研究推進室<br>室長補佐　竜飛（内線２５８６）<br>専門官　　襟裳（内線４１０９）<br>（代表電話）０３（５２５３）１１１１"),
     [N("emergency_order", "厚生労働省", "2019-06-07", ["法第22条"],
        [S(CL, "clinic", "東京都世田谷区", "東京都世田谷区等々力三丁目１５番８号 等々力ヒルズ１階")],
        persons=[P("日向野 周作", "開設者", CL), P("日向野 周作", "管理者", CL)],
        violations=["法第4条第1項"])])

# ====================================================================== t02
OP = "医療法人社団 澄明会"
CL = "Bloom & Grace Aesthetic Clinic 銀座"
CLH = "Bloom &amp; Grace Aesthetic Clinic 銀座"
FOP = "合同会社ルーメンセルワークス"
FAC = "ルーメンセルワークス 有明加工室"
PL = "自家培養線維芽細胞を用いた皮膚のしわ及びたるみの治療"
page("t02_mhlw_kanji_numeral_date_latin_ampersand_goudou_kaisha.html",
     "MHLW press release written with kanji numerals throughout: date line 令和七年十月三日, history 令和七年九月二十九日, the law 平成二十五年法律第八十五号, articles 法第十八条 (report, not an article) / 法第二十二条 / 第四十七条, addresses 六丁目四番十号; a Latin clinic name with spaces and an ampersand written &amp;amp; (Bloom & Grace Aesthetic Clinic 銀座); 医療法人社団 with U+3000; an outside facility of a 合同会社 with a 代表者 and a 許可 facility number; 【参考】 as <dl>; 同法人 abbreviation",
     mhlw(EMERG, "令和七年十月三日", f"""
<p>　令和七年九月二十九日、医療法人社団　澄明会（以下「同法人」という。）が開設する「{CLH}」（東京都中央区）から、再生医療等の安全性の確保等に関する法律（平成二十五年法律第八十五号。以下「法」という。）第十八条に基づく疾病等報告がなされました。当該医療機関で用いられた特定細胞加工物等は、{FOP}が設置する細胞培養加工施設「{FAC}」（東京都江東区）において製造されたものです。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、当該医療機関に対し法第二十二条に基づき再生医療等の提供の一時停止を、当該細胞培養加工施設に対し法第四十七条に基づき特定細胞加工物等の製造の一時停止を、それぞれ命じましたので、お知らせいたします。</p>
<h2>報告された事案</h2>
<p>　令和七年九月二十六日に当該再生医療等を受けた者二名が、投与の翌日に発熱及び注射部位の発赤を来し、うち一名が入院した。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL}」</p>
<h2>【参考】</h2>
<dl class="ref">
<dt>医療機関</dt>
<dd>{CLH}<br>所在地　東京都中央区銀座六丁目四番十号　銀座ＢＧビル七階<br>管理者　潮見　瑛二<br>開設者　医療法人社団　澄明会（理事長　澄川　ゆかり）</dd>
<dt>細胞培養加工施設</dt>
<dd>{FAC}（施設番号　FA3130415{KASO}、許可）<br>所在地　東京都江東区有明二丁目五番十四号　有明テクノ棟三階<br>設置者　{FOP}（代表者　汐入　拓真）</dd>
</dl>
""", "2025年10月", "医政局研究開発政策課 再生医療等研究推進室<br>室長　霧多布<br>専門官　知床<br>（代表電話）03(5253)1111（内線 4051）"),
     [N("emergency_order", "厚生労働省", "2025-10-03", ["法第22条", "法第47条"],
        [S(CL, "clinic", "東京都中央区", "東京都中央区銀座六丁目四番十号 銀座ＢＧビル七階", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "東京都江東区", "東京都江東区有明二丁目五番十四号 有明テクノ棟三階", FOP, [], "FA3130415"),
         S(FOP, "operator")],
        persons=[P("潮見 瑛二", "管理者", CL), P("澄川 ゆかり", "理事長", OP), P("汐入 拓真", "代表者", FOP)],
        plans=[PL])])

# ====================================================================== t03
OP = "潮彩会 医療法人社団"
CL = "横浜ベイサイド第二クリニック"
FAC = "横浜ベイサイド第二クリニック 細胞調製室"
PL = "自己末梢血由来単核球を用いた脱毛症の治療"
AD = "神奈川県横浜市中区海岸通四丁目２０番２号　ベイサイド第二ビル５階"
page("t03_kantoshinetsu_western_date_daini_legal_form_after_name.html",
     "関東信越 improvement orders (法第23条第1項 to the manager, 法第48条第2項 to the corporation for its in-clinic 届出 facility) with western dates only (date line 2025年11月14日, history 2025年9月30日, 2025年10月7日及び同月8日); a number in the clinic name (第二クリニック, 第二ビル); the legal form written after the name (名　　称　潮彩会 医療法人社団, 潮彩会 医療法人社団（以下「同法人」という。）); 関東信越 labelled rows with <br>; （理事長：…）",
     bureau("関東信越厚生局", KAIZEN, "2025年11月14日", f"""
<p>関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、再生医療等提供機関の管理者及び細胞培養加工施設の設置者に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1　被処分者等</p>
<p>氏　　名　碓氷　早苗<br>　　　　　（{CL}管理者）<br>所 在 地　{AD}<br>計 画 名　{PL}<br>処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>名　　称　{OP}<br>　　　　　（理事長：浦賀　孝之）<br>所 在 地　{AD}<br>施 設 名　{FAC}<br>施設番号　FC3140387{KASO}<br>処分内容　再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</p>
<p>第2　経緯</p>
<p>　2025年9月30日、{OP}（以下「同法人」という。）が開設する「{CL}」から、法第18条に基づく疾病等報告がなされた。これを受け、当局は、2025年10月7日及び同月8日、同クリニック及び同法人が同クリニック内に設置する細胞培養加工施設に対して立入検査を行った。その結果、同クリニックにおいて提供計画に記載された採血量を超える採血が行われていたこと、及び同施設において単核球の分離工程の手順書が作成されていなかったことが確認された。</p>
<p>第3　命令の内容</p>
<p>（1）同クリニックの管理者は、提供計画に従って再生医療等を提供する体制を整備し、2025年12月12日までにその結果を報告すること。</p>
<p>（2）同法人は、同施設の製造工程ごとの手順書を作成し、その運用状況を報告すること。</p>
""", contact="健康福祉部 医事課　秩父（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2025-11-14", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "神奈川県横浜市中区", "神奈川県横浜市中区海岸通四丁目２０番２号 ベイサイド第二ビル５階", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "神奈川県横浜市中区", "神奈川県横浜市中区海岸通四丁目２０番２号 ベイサイド第二ビル５階", OP, [], "FC3140387")],
        persons=[P("碓氷 早苗", "管理者", CL), P("浦賀 孝之", "理事長", OP)],
        plans=[PL])])

# ====================================================================== t04
OP = "医療法人 翠嶂会"
CL = "医療法人 翠嶂会 みどりがおか整形外科 ２号館"
UOP = "国立大学法人 摂河医科大学"
FAC = "摂河医科大学 細胞治療センターCPC"
PL = "自己骨髄由来間葉系幹細胞を用いた膝軟骨損傷の治療"
page("t04_kinki_dot_date_kokuritsu_daigaku_cpc_gakucho_gogokan.html",
     "近畿 公表 table of two improvement orders of the same day: the manager of a clinic whose name carries a number (みどりがおか整形外科 ２号館) under 法第23条第1項, and a 国立大学法人 for its university CPC (outside processing facility, 許可施設番号) under 法第48条第2項; dotted western dates (公表日：2025.12.05, 処分年月日 2025.12.05, history 2025.10.21); （学長：…） as the operator's title; the plan inside the name cell after <br>",
     bureau("近畿厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について（公表）", "公表日：2025.12.05", f"""
<p>近畿厚生局長は、{LAW}に基づき、下記のとおり改善命令を行いましたので、公表します。</p>
<table class="tbl">
<tr><th>処分年月日</th><th>被処分者</th><th>医療機関・施設</th><th>所在地</th><th>処分の内容</th></tr>
<tr><td>2025.12.05</td><td>管理者　鴫野　悠介</td><td>{CL}<br>（計画名：{PL}）</td><td>大阪府吹田市江坂町一丁目２３番５号　江坂Ｍビル３階</td><td>法第23条第1項に基づく改善命令</td></tr>
<tr><td>2025.12.05</td><td>{UOP}<br>（学長：交野　宗一郎）</td><td>{FAC}<br>（許可施設番号：FA5270146{KASO}）</td><td>大阪府茨木市彩都あさぎ七丁目７番１８号</td><td>法第48条第2項に基づく改善命令</td></tr>
</table>
<h2>経緯</h2>
<p>　{OP}（以下「同法人」という。）が開設する「みどりがおか整形外科 ２号館」は、{UOP}が設置する「{FAC}」に特定細胞加工物の製造を委託していた。2025.10.21に当局が両施設に対して行った立入検査において、同院では特定細胞加工物の受入れ時の確認が記録されていなかったこと、同センターでは出荷判定前の特定細胞加工物が同院に引き渡されていたことが確認された。</p>
<h2>命令の内容</h2>
<p>・同院の管理者は、特定細胞加工物の受入れの手順を定め、その記録を作成すること。</p>
<p>・{UOP}は、出荷判定の手順を見直し、再発防止策を報告すること。</p>
""", contact="健康福祉部 医事課　吉野（電話 06-6942-2241）"),
     [N("improvement_order", "近畿厚生局", "2025-12-05", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "大阪府吹田市", "大阪府吹田市江坂町一丁目２３番５号 江坂Ｍビル３階", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "大阪府茨木市", "大阪府茨木市彩都あさぎ七丁目７番１８号", UOP, [], "FA5270146"),
         S(UOP, "operator")],
        persons=[P("鴫野 悠介", "管理者", CL), P("交野 宗一郎", "学長", UOP)],
        plans=[PL])])

# ====================================================================== t05
OP = "医療法人 糸島玄洋会"
CL1 = "医療法人 糸島玄洋会 いとしま再生クリニック"
FOP = "㈱ながさきセルテック"
FAC = "ながさきセルテック 出島細胞加工センター"
CL3 = "くまもと城東クリニック"
PL1 = "自己脂肪組織由来間葉系幹細胞を用いた慢性腰痛の治療"
PL3a = "自家多血小板血漿を用いた肘関節外側上顆炎の治療"
PL3b = "自家多血小板血漿を用いた足底腱膜炎の治療"
page("t05_kyushu_list_table_three_orders_R_dates_kabu_maru.html",
     "九州 list table of several orders by one bureau (three improvement orders on different days: R7.7.4, R7.9.12, R7.12.19), read as one notice carrying both articles (decision 1); date line 最終更新日：R7.12.19 at the bottom; <br> inside cells between legal entity and clinic name and between title and name; ㈱ (U+3231); a clinic opened by an individual (（個人開設）, 開設者兼管理者); two plans in one cell",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく処分等の状況", "最終更新日：R7.12.19", f"""
<p>九州厚生局長が{LAW}に基づき行った処分等は、次のとおりです。</p>
<table class="tbl">
<thead><tr><th>処分日</th><th>被処分者</th><th>医療機関・細胞培養加工施設</th><th>所在地</th><th>処分の内容</th><th>計画名</th></tr></thead>
<tbody>
<tr><td>R7.7.4</td><td>管理者<br>志摩　亜希子</td><td>医療法人 糸島玄洋会<br>いとしま再生クリニック</td><td>福岡県糸島市前原中央二丁目３番１号</td><td>改善命令（法第23条第1項）</td><td>{PL1}</td></tr>
<tr><td>R7.9.12</td><td>{FOP}<br>代表取締役　平戸　修二</td><td>{FAC}<br>（施設番号 FA7420033{KASO}）</td><td>長崎県長崎市出島町１番３０号　出島ラボビル２階</td><td>改善命令（法第48条第2項）</td><td>－</td></tr>
<tr><td>R7.12.19</td><td>開設者兼管理者<br>八代　玲央</td><td>{CL3}<br>（個人開設）</td><td>熊本県熊本市中央区城東町４番１２号</td><td>改善命令（法第23条第1項）</td><td>{PL3a}<br>{PL3b}</td></tr>
</tbody>
</table>
<p>※　処分の詳細は、各処分日に掲載した報道発表資料をご覧ください。</p>
""", contact="健康福祉部 医事課　雲仙（電話 092-707-1120）", date_below=True),
     [N("improvement_order", "九州厚生局", "2025-12-19", ["法第23条第1項", "法第48条第2項"],
        [S(CL1, "clinic", "福岡県糸島市", "福岡県糸島市前原中央二丁目３番１号", OP, [PL1]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "長崎県長崎市", "長崎県長崎市出島町１番３０号 出島ラボビル２階", FOP, [], "FA7420033"),
         S(FOP, "operator"),
         S(CL3, "clinic", "熊本県熊本市中央区", "熊本県熊本市中央区城東町４番１２号", None, [PL3a, PL3b])],
        persons=[P("志摩 亜希子", "管理者", CL1), P("平戸 修二", "代表取締役", FOP),
                 P("八代 玲央", "開設者", CL3), P("八代 玲央", "管理者", CL3)],
        plans=[PL1, PL3a, PL3b])])

# ====================================================================== t06
OP = "社会福祉法人 白山慈光会"
CL = "かなざわ医王診療所"
PL = "多血小板血漿（ＰＲＰ）を用いた難治性皮膚潰瘍の治療"
page("t06_tokai_hokuriku_qa_doubled_western_first_shafuku_jisshi.html",
     "東海北陸 improvement order (法第23条第1項) told as a Q&A (Ｑ１…Ｑ６ in <dl>); doubled dates with the western year first (2026年（令和8年）1月16日, 2025年（令和7年）11月); a clinic (診療所) opened by a 社会福祉法人; 管理者, 実施責任者 and 理事長 named in one answer with 医師 / 氏; the clinic's full address inside the place parenthesis; the plan with a parenthesis inside (（ＰＲＰ）); 法第18条 not an article",
     bureau("東海北陸厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について（よくあるご質問）", "2026年（令和8年）1月16日", f"""
<p>東海北陸厚生局では、本日公表した改善命令について、お問い合わせの多い事項を次のとおり取りまとめました。</p>
<dl class="qa">
<dt>Ｑ１．どのような処分が行われたのですか。</dt>
<dd>Ａ１．東海北陸厚生局長は、2026年（令和8年）1月16日、{LAW}第23条第1項に基づき、再生医療等提供機関の管理者に対して改善命令を行いました。</dd>
<dt>Ｑ２．対象となった医療機関はどこですか。</dt>
<dd>Ａ２．{OP}が開設する「{CL}」（石川県金沢市小立野五丁目１１番２０号）です。</dd>
<dt>Ｑ３．命令の相手方は誰ですか。</dt>
<dd>Ａ３．同診療所の管理者である尾山　千景医師です。なお、対象となった再生医療等提供計画の実施責任者は金石　航医師、同法人の理事長は大乗寺　恵那氏です。</dd>
<dt>Ｑ４．対象となった再生医療等は何ですか。</dt>
<dd>Ａ４．「{PL}」です。</dd>
<dt>Ｑ５．なぜ改善命令が行われたのですか。</dt>
<dd>Ａ５．2025年（令和7年）11月に当局が行った立入検査において、法第18条に基づく疾病等報告が期限内に行われていなかったこと、及び再生医療等を受ける者への説明文書に計画と異なる内容が記載されていたことが確認されたためです。</dd>
<dt>Ｑ６．この診療所で治療を受けています。どうすればよいですか。</dt>
<dd>Ａ６．改善命令は提供の停止を命じるものではありません。体調に変化がある場合は、同診療所又はお近くの医療機関にご相談ください。</dd>
</dl>
""", contact="健康福祉部 医事課　白川郷（電話 052-228-6312）"),
     [N("improvement_order", "東海北陸厚生局", "2026-01-16", ["法第23条第1項"],
        [S(CL, "clinic", "石川県金沢市", "石川県金沢市小立野五丁目１１番２０号", OP, [PL]),
         S(OP, "operator")],
        persons=[P("尾山 千景", "管理者", CL), P("金石 航", "実施責任者", CL), P("大乗寺 恵那", "理事長", OP)],
        plans=[PL])])

# ====================================================================== t07
OP = "医社 瀬戸風会"
CL = "医社 瀬戸風会 くらしき膝関節クリニック"
FAC = "医社 瀬戸風会 くらしき膝関節クリニック 細胞加工室"
PL = "自己脂肪組織由来幹細胞を用いた変形性膝関節症の治療"
AD = "岡山県倉敷市阿知二丁目１９番３号 くらしきメディカルスクエア６階"
PRE = f"""                                              令和８年2月6日
                                              中国四国厚生局

      再生医療等の安全性の確保等に関する法律に基づく改善命令について

  中国四国厚生局長は、本日、下記の者に対し、再生医療等の安全性の確保等に
関する法律（平成25年法律第85号。以下「法」という。）第23条第1項及び第48条
第2項に基づく改善命令を行った。

                                  記

１ 被処分者
 (1) 氏    名  備中 奈緒子
               （{CL} 管理者）
     所 在 地  {AD}
     計 画 名  自己脂肪組織由来幹細胞を用いた
               変形性膝関節症の治療
     処分内容  法第23条第1項による改善命令
 (2) 名    称  {OP}
               （理事長  水島 恭平）
     所 在 地  {AD}
     施 設 名  {FAC}
     施設番号  FC6330112{KASO}
     処分内容  法第48条第2項による改善命令

２ 経緯
  令和7年12月、同クリニックから法第18条に基づく疾病等報告があり、令和8年1月
20日、当局が立入検査を行ったところ、細胞加工室の清浄度の管理記録が作成され
ていなかったこと等が確認された。

３ 命令の内容
  (1) 管理者は、疾病等の発生時の対応手順を見直すこと。
  (2) {OP}は、細胞加工室の環境管理の記録を作成し、保存すること。
"""
page("t07_chugoku_shikoku_pre_block_ishi_abbrev_mixed_width_date.html",
     "中国四国 improvement orders whose whole body is a plain-text <pre> block (the date and the bureau right-aligned with spaces inside it, no date line outside; the law and 第48条/第2項 broken over lines; labels padded with spaces); date 令和８年2月6日 with mixed-width digits; the abbreviation 医社 for 医療法人社団 in every name; plan name broken over two lines (annotated joined); （理事長  …） with two spaces",
     bureau("中国四国厚生局", KAIZEN, None, f"<pre>{PRE}</pre>", contact="健康福祉部 医事課　隠岐（電話 082-223-8225）"),
     [N("improvement_order", "中国四国厚生局", "2026-02-06", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "岡山県倉敷市", AD, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "岡山県倉敷市", AD, OP, [], "FC6330112")],
        persons=[P("備中 奈緒子", "管理者", CL), P("水島 恭平", "理事長", OP)],
        plans=[PL])])

# ====================================================================== t08
OP = "有限会社 とかち細胞技研"
FAC = "とかち細胞技研 音更プロセッシングセンター"
page("t08_hokkaido_one_paragraph_suspension_across_years_yugen_kaisha.html",
     "北海道 suspension order (法第49条, 製造の業務の停止) whose whole body is one long paragraph (one <p>, one sentence of several hundred characters); a period across years (令和7年12月22日から令和8年1月20日まで); 同年10月28日及びその翌日, 同年9月; 有限会社 with 代表取締役 and a corporate number (法人番号) in the same parenthesis; 郡 address with 番地 (北海道河東郡音更町…十六丁目２番地５) and the facility number in the place parenthesis; an earlier 法第48条第2項 order as history",
     bureau("北海道厚生局", "特定細胞加工物製造事業者に対する業務停止命令について", "令和7年12月12日", f"""
<p>　北海道厚生局長は、令和7年12月12日、{OP}（法人番号 4460102038211{KASO}、代表取締役 幕別 昭雄）に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第49条の規定に基づき、同社が設置する細胞培養加工施設「{FAC}」（北海道河東郡音更町木野大通西十六丁目２番地５、施設番号 FA1010307{KASO}）における特定細胞加工物等の製造の業務を令和7年12月22日から令和8年1月20日までの30日間停止するよう命じたが、これは、令和7年6月20日付けで当局が同施設に対して行った法第48条第2項に基づく改善命令について、同社が提出した改善計画に記載された無菌操作区域の環境モニタリングの頻度の見直し及び製造指図記録書の様式の改訂がいずれも実施されていないことが同年10月28日及びその翌日に当局が行った立入検査において確認され、さらに、同施設から特定細胞加工物等の提供を受けていた道内の医療機関3施設に対し同年9月以降に出荷された特定細胞加工物等の一部について無菌試験の結果が記録されないまま出荷判定が行われていた事実も判明したことから、保健衛生上の危害の発生のおそれがあると判断したものであり、当局は、業務停止期間中、同社に対して製造管理及び品質管理の体制の再構築並びにその結果の報告を求めるとともに、上記の医療機関3施設に対しては当該特定細胞加工物等の投与を受けた者の健康状態の確認を行うよう要請したところであって、今後、同社から提出される報告の内容を確認した上で、必要に応じて更なる措置を講ずることとしている。</p>
""", contact="健康福祉部 医事課　積丹（電話 011-796-5105）"),
     [N("suspension_order", "北海道厚生局", "2025-12-12", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道河東郡音更町", "北海道河東郡音更町木野大通西十六丁目２番地５", OP, [], "FA1010307")],
        persons=[P("幕別 昭雄", "代表取締役", OP)])])

# ====================================================================== t09
OP = "医療法人社団 澄明会"
CL = "Bloom & Grace Aesthetic Clinic 銀座"
FOP = "合同会社ルーメンセルワークス"
FAC = "ルーメンセルワークス 有明加工室"
CLH = "Bloom &amp; Grace Aesthetic Clinic 銀座"
PL = "自家培養線維芽細胞を用いた皮膚のしわ及びたるみの治療"
page("t09_mhlw_english_summary_of_t02.html",
     "English-language summary (MHLW English site) of t02's orders: date October 3, 2025 only; articles as Article 22 / Article 47 of the Act; Japanese names, titles, places and the plan in parentheses after their English renderings (Bloom & Grace Aesthetic Clinic Ginza (Bloom & Grace Aesthetic Clinic 銀座), Chuo City, Tokyo (東京都中央区), manager (管理者): Dr. Eiji Shiomi (潮見 瑛二)); authority 厚生労働省 only in a parenthesis; the English footer address; Article 18 report not an article; cross-page link to t02 (same parties, same facility number)",
     mhlw_en("Emergency Orders under the Act on the Safety of Regenerative Medicine", "October 3, 2025", f"""
<p>(Provisional translation of the Japanese press release. The Japanese text prevails.)</p>
<p>On September 29, 2025, the Ministry of Health, Labour and Welfare (厚生労働省) received a report of diseases, etc. under Article 18 of the Act on the Safety of Regenerative Medicine (Act No. 85 of 2013; "the Act") from Bloom &amp; Grace Aesthetic Clinic Ginza ({CLH}), a clinic in Chuo City, Tokyo (東京都中央区), opened by the medical corporation Chomeikai ({OP}). The specified processed cells used at the clinic were manufactured at the Ariake Processing Room ({FAC}) in Koto City, Tokyo (東京都江東区), run by Lumen Cell Works LLC ({FOP}).</p>
<p>To prevent the occurrence or spread of harm to public health, the Minister today ordered the clinic to suspend the provision of regenerative medicine under Article 22 of the Act, and the processing facility to suspend the manufacture of specified processed cells under Article 47 of the Act.</p>
<h2>Regenerative medicine whose provision was suspended</h2>
<p>Treatment of facial wrinkles and sagging skin with autologous cultured fibroblasts ({PL})</p>
<h2>Parties</h2>
<ul>
<li>Clinic: Bloom &amp; Grace Aesthetic Clinic Ginza; manager (管理者): Dr. Eiji Shiomi (潮見 瑛二); chair of the medical corporation (理事長): Ms. Yukari Sumikawa (澄川 ゆかり)</li>
<li>Processing facility: Ariake Processing Room, facility number FA3130415 {KASO}; representative of the LLC (代表者): Mr. Takuma Shioiri (汐入 拓真)</li>
</ul>
""", "Office of Regenerative Medicine Research Promotion, Research and Development Policy Division, Health Policy Bureau — Mr. Kiritappu (ext. 4051)"),
     [N("emergency_order", "厚生労働省", "2025-10-03", ["法第22条", "法第47条"],
        [S(CL, "clinic", "東京都中央区", None, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "東京都江東区", None, FOP, [], "FA3130415"),
         S(FOP, "operator")],
        persons=[P("潮見 瑛二", "管理者", CL), P("澄川 ゆかり", "理事長", OP), P("汐入 拓真", "代表者", FOP)],
        plans=[PL])])

# ====================================================================== t10
OP = "(医)光楓会"
CL = "ひかりの森クリニック"
UOP = "学校法人 緑星学園"
FAC = "緑星医科大学病院 再生医療CPC"
PL = "自己脂肪組織由来間葉系幹細胞を用いた慢性肝疾患の治療"
page("t10_mhlw_doubled_era_first_gakko_hojin_hospital_cpc_todokede.html",
     "MHLW emergency orders (法第22条 to a clinic, 法第47条 to a 学校法人's university-hospital CPC that processed for it); doubled dates with the era first (令和7年（2025年）7月11日 date line, 同月9日, 翌日（同月10日）); (医) with half-width parentheses as the clinic's operator (開設者：(医)光楓会　理事長　…); the facility number marked 届出; the housing hospital (緑星医科大学病院) as context; 施行規則第107条 report and 第24条第2項 inspection not articles; 【命令の対象】 as th/td rows",
     mhlw(EMERG, "令和7年（2025年）7月11日", f"""
<p>　令和7年（2025年）7月9日、{UOP}（以下「同学園」という。）が緑星医科大学病院内に設置する細胞培養加工施設「{FAC}」（群馬県前橋市）から、再生医療等の安全性の確保等に関する法律施行規則（平成26年厚生労働省令第110号）第107条に基づく重大事態報告がなされました。同施設は、同学園の病院のほか、{OP}が開設する「{CL}」（群馬県高崎市）からも特定細胞加工物の製造を受託しており、同クリニックに出荷された特定細胞加工物の一部について、無菌試験の結果が判明する前に投与が行われていたことが判明しました。</p>
<p>　厚生労働省は、翌日（同月10日）、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第24条第2項に基づき、群馬県と合同で両施設に立入検査を行いました。保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、同クリニックに対し法第22条に基づき再生医療等の提供の一時停止を、同施設に対し法第47条に基づき特定細胞加工物の製造の一時停止を命じましたので、お知らせいたします。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL}」</p>
<h2>【命令の対象】</h2>
<table class="tbl">
<tr><th>医療機関</th><td>{CL}<br>所在地：群馬県高崎市箕郷町西明屋４２０番地１<br>管理者：烏川　陽向<br>開設者：{OP}　理事長　倉渕　美晴</td></tr>
<tr><th>細胞培養加工施設</th><td>{FAC}（施設番号：FC3100251{KASO}、届出）<br>所在地：群馬県前橋市朝倉町四丁目８番２２号　緑星医科大学病院 中央診療棟地下1階<br>設置者：{UOP}（理事長　赤城　隆之介）</td></tr>
</table>
""", "2025年7月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　蔵王<br>専門官　鳴子<br>（代表電話）03(5253)1111（内線 2586）"),
     [N("emergency_order", "厚生労働省", "2025-07-11", ["法第22条", "法第47条"],
        [S(CL, "clinic", "群馬県高崎市", "群馬県高崎市箕郷町西明屋４２０番地１", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "群馬県前橋市", "群馬県前橋市朝倉町四丁目８番２２号 緑星医科大学病院 中央診療棟地下1階", UOP, [], "FC3100251"),
         S(UOP, "operator")],
        persons=[P("烏川 陽向", "管理者", CL), P("倉渕 美晴", "理事長", OP), P("赤城 隆之介", "理事長", UOP)],
        plans=[PL])])

# ====================================================================== t11
OP = "医療法人社団 那珂湊会"
CL = "ひたちなか海浜クリニック"
FAC = "ひたちなか海浜クリニック 細胞培養室"
PL = "自己脂肪組織由来間葉系幹細胞を用いた糖尿病性足潰瘍の治療"
AD = "茨城県ひたちなか市東石川三丁目８番１２号"
page("t11_kantoshinetsu_slash_date_absorption_merger_houjin_bangou.html",
     "関東信越 improvement orders (法第23条第1項 + 法第48条第2項) dated 2025/9/26 (slash date line); 吸収合併: the clinic and its facility were opened by 医療法人社団 ひたち海浜会 until 令和7年3月31日, which was absorbed on 令和7年4月1日 by the survivor 医療法人社団 那珂湊会 (the operator; the absorbed corporation is context, no rename); corporate numbers (法人番号) of both in parentheses; labelled entries as <table> th/td rows",
     bureau("関東信越厚生局", KAIZEN, "2025/9/26", f"""
<p>関東信越厚生局長は、本日、{LAW}第23条第1項及び第48条第2項に基づき、下記のとおり改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1　被処分者等</p>
<table class="entry">
<tr><th>氏名</th><td>平磯　かおり（{CL}管理者）</td></tr>
<tr><th>所在地</th><td>{AD}</td></tr>
<tr><th>計画名</th><td>{PL}</td></tr>
<tr><th>処分内容</th><td>法第23条第1項による改善命令</td></tr>
</table>
<table class="entry">
<tr><th>名称</th><td>{OP}（法人番号 3050005017734{KASO}）<br>（理事長：湊　雄一郎）</td></tr>
<tr><th>所在地</th><td>{AD}</td></tr>
<tr><th>施設名</th><td>{FAC}</td></tr>
<tr><th>施設番号</th><td>FC3080199{KASO}</td></tr>
<tr><th>処分内容</th><td>法第48条第2項による改善命令</td></tr>
</table>
<p>第2　経緯</p>
<p>　{CL}及び同クリニック内の細胞培養加工施設は、令和7年3月31日までは医療法人社団 ひたち海浜会（法人番号 4050005017790{KASO}）が開設・設置していたが、同法人は、令和7年4月1日、{OP}を存続法人とする吸収合併により解散し、その権利義務は{OP}に承継された。合併に伴い、同クリニックの開設者の変更及び細胞培養加工施設の設置者の変更の届出が行われている。</p>
<p>　令和7年7月、同クリニックから法第18条に基づく疾病等報告があり、同年8月に当局が立入検査を行ったところ、合併前に作成された手順書が改訂されないまま使用され、施設の責任者の記載が実態と異なっていたこと等が確認された。</p>
<p>第3　命令の内容</p>
<p>（1）管理者は、提供計画の記載事項を現在の開設者に合わせて変更すること。（2）{OP}は、細胞培養加工施設の手順書を改訂し、職員に周知すること。</p>
""", contact="健康福祉部 医事課　袋田（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2025-09-26", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "茨城県ひたちなか市", AD, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "茨城県ひたちなか市", AD, OP, [], "FC3080199")],
        persons=[P("平磯 かおり", "管理者", CL), P("湊 雄一郎", "理事長", OP)],
        plans=[PL])])

# ====================================================================== t12
OP = "一般財団法人 なにわ再生医療技術財団"
FAC = "なにわ再生医療技術財団 玉造セルプロセッシングラボ"
page("t12_kinki_revocation_ippan_zaidan_daihyo_riji_dougetsu.html",
     "近畿 licence revocation (法第49条, 許可の取消し) of a 一般財団法人's licensed facility; full-width date 令和７年１１月２８日; 名称：/代表者：/主たる事務所の所在地： list items (the operator's own office address is not annotated); 代表者：代表理事　… (title 代表理事); 許可年月日 令和２年４月１日; （株） context party (an unlicensed subcontractor, not a subject); 同月２８日付け; an earlier 法第４８条第２項 order as history",
     bureau("近畿厚生局", "特定細胞加工物製造事業者の許可の取消しについて", "令和７年１１月２８日", f"""
<p>近畿厚生局長は、令和７年１１月２８日付けで、{LAW}第４９条の規定に基づき、下記の特定細胞加工物製造事業者の許可を取り消しました。</p>
<p class="center">記</p>
<p>１．許可を取り消した者</p>
<ul class="plain">
<li>名称：{OP}</li>
<li>代表者：代表理事　上町　秀哉</li>
<li>主たる事務所の所在地：大阪府大阪市中央区上町一丁目２番３号</li>
</ul>
<p>２．細胞培養加工施設</p>
<ul class="plain">
<li>施設の名称：{FAC}</li>
<li>施設番号：FA5270233{KASO}</li>
<li>許可年月日：令和２年４月１日</li>
<li>所在地：大阪府大阪市天王寺区玉造元町５番１７号　玉造ラボビル４階</li>
</ul>
<p>３．取消しの理由</p>
<p>（１）同財団は、令和７年７月以降、許可を受けた細胞培養加工施設以外の場所である（株）ミナミ培養サービス（大阪府堺市）の施設において、特定細胞加工物の製造工程の一部を行わせていた。</p>
<p>（２）同財団は、令和７年９月に当局が行った法第４８条第２項に基づく改善命令に従わなかった。</p>
<p>４．経過</p>
<p>　令和７年１１月１４日に聴聞を実施し、同月２８日付けで許可を取り消した。</p>
""", contact="健康福祉部 医事課　十津川（電話 06-6942-2241）"),
     [N("licence_revocation", "近畿厚生局", "2025-11-28", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "大阪府大阪市天王寺区", "大阪府大阪市天王寺区玉造元町５番１７号 玉造ラボビル４階", OP, [], "FA5270233")],
        persons=[P("上町 秀哉", "代表理事", OP)])])

# ====================================================================== t13
OP = "公益社団法人 伊勢志摩健康推進協会"
CL = "公益社団法人 伊勢志摩健康推進協会 附属ウェルネスクリニック"
FAC = "附属ウェルネスクリニック 細胞調製室"
page("t13_tokai_hokuriku_closure_koeki_shadan_doujitsu_kaicho.html",
     "東海北陸 closure page (再生医療等提供機関の廃止): a clinic of a 公益社団法人 and its in-clinic facility closed, 廃止年月日 written 同日 after 届出年月日 令和7年9月30日; （会長　…） as the operator's title; the facility in a row under the clinic without an address of its own; th/td table",
     bureau("東海北陸厚生局", "再生医療等提供機関の廃止について", "令和7年10月10日", f"""
<p>下記の再生医療等提供機関から、医療機関の廃止に伴い、再生医療等提供計画に係る再生医療等の提供を終了した旨及び院内の細胞培養加工施設を廃止した旨の届出がありましたので、お知らせします。</p>
<table class="tbl">
<tr><th>医療機関の名称</th><td>{CL}</td></tr>
<tr><th>所在地</th><td>三重県伊勢市岩渕二丁目４番９号</td></tr>
<tr><th>開設者</th><td>{OP}（会長　神路　正臣）</td></tr>
<tr><th>管理者</th><td>五十鈴　美緒</td></tr>
<tr><th>院内の細胞培養加工施設</th><td>{FAC}（施設番号 FC4240061{KASO}）</td></tr>
<tr><th>届出年月日</th><td>令和7年9月30日</td></tr>
<tr><th>廃止年月日</th><td>同日（医療機関及び細胞培養加工施設）</td></tr>
</table>
<p>※　当該医療機関で再生医療等を受けた方の診療録等の写しは、同協会の本部で保管されています。</p>
""", contact="健康福祉部 医事課　熊野（電話 052-228-6312）"),
     [N("closure_filing", "東海北陸厚生局", "2025-10-10", [],
        [S(CL, "clinic", "三重県伊勢市", "三重県伊勢市岩渕二丁目４番９号", OP),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", None, None, OP, [], "FC4240061")],
        persons=[P("神路 正臣", "会長", OP), P("五十鈴 美緒", "管理者", CL)],
        closures=[C(CL, "2025-09-30"), C(FAC, "2025-09-30")])])

# ====================================================================== t14
OP = "医療法人財団 聖ヶ丘記念会"
CL = "医療法人財団 聖ヶ丘記念会 聖ヶ丘記念メディカルクリニック"
PLa = "自己脂肪組織由来間葉系幹細胞を用いた変形性股関節症の治療"
PLb = "自家多血小板血漿を用いた腱・靱帯損傷の治療"
page("t14_kantoshinetsu_discontinuation_br_long_name_plan_numbers_weekday.html",
     "関東信越 discontinuation (再生医療等提供計画の中止の届出) of two plans listed with their plan numbers (計画番号 PB…/PC…, marked invented) and ①②; date line with a weekday 2025年12月1日（月）; a long name wrapped by <br> in a table cell, once between words and once inside a word (聖ヶ丘記念メディカル<br>クリニック); 医療法人財団; 中止年月日 and 届出年月日 before the date line; the clinic stays open",
     bureau("関東信越厚生局", "再生医療等提供計画の中止の届出について", "2025年12月1日（月）", f"""
<p>下記の再生医療等提供機関から、再生医療等提供計画に係る再生医療等の提供を中止した旨の届出がありましたので、お知らせします。なお、当該医療機関は引き続き診療を行っています。</p>
<table class="tbl">
<tr><th>医療機関名</th><td>医療法人財団 聖ヶ丘記念会<br>聖ヶ丘記念メディカル<br>クリニック</td></tr>
<tr><th>所在地</th><td>東京都多摩市聖ヶ丘二丁目１８番地３</td></tr>
<tr><th>管理者</th><td>連光寺　航平</td></tr>
<tr><th>中止した計画</th><td>①　計画番号 PB3130981{KASO}<br>　　{PLa}<br>②　計画番号 PC3130455{KASO}<br>　　{PLb}</td></tr>
<tr><th>中止年月日</th><td>令和7年11月20日</td></tr>
<tr><th>届出年月日</th><td>令和7年11月25日</td></tr>
</table>
""", contact="健康福祉部 医事課　奥多摩（電話 048-740-0757）"),
     [N("discontinuation_filing", "関東信越厚生局", "2025-12-01", [],
        [S(CL, "clinic", "東京都多摩市", "東京都多摩市聖ヶ丘二丁目１８番地３", OP, [PLa, PLb]),
         S(OP, "operator")],
        persons=[P("連光寺 航平", "管理者", CL)],
        plans=[PLa, PLb])])

# ====================================================================== t15
OP = "医療法人 浪華彩会"
CL = "ﾒﾃﾞｨｶﾙﾋﾞｭｰﾃｨｰｸﾘﾆｯｸ心斎橋"
FOP = "(株)バイオセル・ラボ大阪"
FAC = "(株)バイオセル・ラボ大阪 本町加工センター"
PLS = ["自己脂肪組織由来間葉系幹細胞を用いた顔面皮膚の若返り治療",
       "自己脂肪組織由来間葉系幹細胞を用いた男性型脱毛症の治療",
       "自家培養線維芽細胞を用いたざ瘡瘢痕の治療"]
page("t15_mhlw_plan_numbers_hankaku_kana_operator_after_clinic_kabu.html",
     "MHLW emergency orders (法第22条 + 法第47条): a clinic name in half-width katakana (ﾒﾃﾞｨｶﾙﾋﾞｭｰﾃｨｰｸﾘﾆｯｸ心斎橋) with its operator in parentheses after it inside the quotes (「…（医療法人 浪華彩会）」（大阪府大阪市中央区）); a facility named with (株) and ・; three stopped plans in a table with their plan numbers (marked invented); 理事長 and 代表取締役 in 【参考】; 法第18条 / 施行規則第107条 reports not articles",
     mhlw(EMERG, "令和7年8月8日", f"""
<p>　令和7年8月5日、「{CL}（{OP}）」（大阪府大阪市中央区）から、{LAW}第18条に基づく疾病等報告、及び「{FAC}」（大阪府大阪市西区）から、再生医療等の安全性の確保等に関する法律施行規則（平成26年厚生労働省令第110号）第107条に基づく重大事態報告がなされました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条及び法第47条に基づき、再生医療等の提供及び特定細胞加工物の製造の一時停止を命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>　当該医療機関において令和7年8月1日に自己脂肪組織由来間葉系幹細胞の投与を受けた者1名が、同日夜に悪寒及び血圧低下を来し、救急搬送された。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<table class="tbl">
<tr><th>計画番号</th><th>再生医療等提供計画の名称</th></tr>
<tr><td>PB5150072{KASO}</td><td>{PLS[0]}</td></tr>
<tr><td>PB5150301{KASO}</td><td>{PLS[1]}</td></tr>
<tr><td>PC5150210{KASO}</td><td>{PLS[2]}</td></tr>
</table>
<h2>【参考】</h2>
<p>医療機関：{CL}　所在地：大阪府大阪市中央区心斎橋筋一丁目９番２号　心斎橋ＮＢビル８階　管理者：道修　颯太　開設者：{OP}（理事長　難波江　史織）</p>
<p>細胞培養加工施設：{FAC}（施設番号 FA5270418{KASO}）　所在地：大阪府大阪市西区靱本町二丁目３番１０号　設置者：{FOP}（代表取締役　白鷺　大河）</p>
""", "2025年8月", "医政局研究開発政策課 再生医療等研究推進室<br>室長　祖谷<br>専門官　大歩危<br>（代表電話）03(5253)1111（内線 4051）"),
     [N("emergency_order", "厚生労働省", "2025-08-08", ["法第22条", "法第47条"],
        [S(CL, "clinic", "大阪府大阪市中央区", "大阪府大阪市中央区心斎橋筋一丁目９番２号 心斎橋ＮＢビル８階", OP, PLS),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "大阪府大阪市西区", "大阪府大阪市西区靱本町二丁目３番１０号", FOP, [], "FA5270418"),
         S(FOP, "operator")],
        persons=[P("道修 颯太", "管理者", CL), P("難波江 史織", "理事長", OP), P("白鷺 大河", "代表取締役", FOP)],
        plans=PLS)])

# ====================================================================== t16
OP = "一般社団法人 凌霄会"
CL = "凌霄クリニック 日本橋"
PL = "自家活性化リンパ球を用いた免疫機能の改善"
AD = "東京都中央区日本橋室町四丁目３番１８号 室町ＲＳビル３階"
CLS = S(CL, "clinic", "東京都中央区", AD, OP, [PL])
page("t16_mhlw_closure_addendum_dougetsu_yokujitsu_ippan_shadan.html",
     "MHLW emergency order (法第22条) to a clinic of a 一般社団法人, 翌日 inspection in the history; a 【追記】 dated 令和8年2月20日 reports the clinic's 廃止届 filed 令和8年2月18日付け, closed 同月16日 (relative date; closure part: issued_on the filing date, closure on 2026-02-16); 代表理事 and 管理者 in 【参考】",
     mhlw(EMERG, "令和8年1月30日", f"""
<p>　令和8年1月28日、{OP}（以下「同法人」という。）が開設する「{CL}」（東京都中央区）から、{LAW}第18条に基づく疾病等報告がなされ、翌日、厚生労働省及び東京都が同クリニックに対して立入検査を行いました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、同クリニックに対し再生医療等の提供の一時停止を命じましたので、お知らせいたします。</p>
<h2>報告された事案</h2>
<p>　当該再生医療等を受けた者1名が、投与後に意識障害を来し、入院した。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL}」</p>
<h2>【参考】</h2>
<p>開設者：{OP}（代表理事　紫藤　まどか）<br>管理者：木挽　祐樹<br>所在地：{AD}</p>
<div class="addendum">
<p>【追記】（令和8年2月20日）</p>
<p>　「{CL}」について、同法人から、令和8年2月18日付けで診療所の廃止届が提出されました（同月16日をもって廃止）。当該クリニックで治療を受けた方の相談は、下記の照会先で受け付けています。</p>
</div>
""", "2026年1月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　白峰<br>専門官　五箇山<br>（代表電話）03(5253)1111（内線 4051）"),
     [N("emergency_order", "厚生労働省", "2026-01-30", ["法第22条"],
        [CLS, S(OP, "operator")],
        persons=[P("紫藤 まどか", "代表理事", OP), P("木挽 祐樹", "管理者", CL)],
        plans=[PL]),
      N("closure_filing", "厚生労働省", "2026-02-18", [], [S(CL, "clinic", "東京都中央区", AD, OP)],
        closures=[C(CL, "2026-02-16")], part="closure")])

# ====================================================================== t17
OP = "医療法人 火の国会"
CL = "医療法人 火の国会 くまもと白川クリニック"
FOP = "（株）阿蘇バイオサイエンス"
FAC = "阿蘇バイオサイエンス 菊陽細胞加工所"
PL = "自己脂肪組織由来間葉系幹細胞を用いた肩関節周囲炎の治療"
page("t17_kyushu_heisei31_reiwa_gannen_deadline_one_line_kabu_fullwidth.html",
     "九州 improvement orders dated 平成31年4月26日 (the last days of 平成) with a report deadline in 令和元年5月31日; one-line entries (氏名：…　所在地：…　計画名：「…」　処分内容：…); （株） with full-width parentheses as an outside facility's operator with （代表取締役：…）; 郡 address with 番地 (熊本県菊池郡菊陽町…); 平成31年3月 history",
     bureau("九州厚生局", KAIZEN, "平成31年4月26日", f"""
<p>九州厚生局長は、本日、下記の者に対し、{LAW}第23条第1項及び第48条第2項に基づく改善命令を行いました。</p>
<p class="center">記</p>
<p>１．被処分者</p>
<p>（１）氏名：肥後　大悟（{CL}管理者）　所在地：熊本県熊本市中央区水前寺三丁目１番２８号　計画名：「{PL}」　処分内容：法第23条第1項に基づく改善命令</p>
<p>（２）名称：{FOP}（代表取締役：外輪　紘一）　所在地：熊本県菊池郡菊陽町原水４２００番地８　施設名：{FAC}　施設番号：FA7430058{KASO}　処分内容：法第48条第2項に基づく改善命令</p>
<p>２．経緯</p>
<p>　平成31年3月、当局が同クリニック及び同社の細胞培養加工施設に立入検査を行ったところ、同クリニックにおいて特定細胞加工物の投与記録が作成されていなかったこと、同施設において原料の受入試験が行われていなかったことが確認された。</p>
<p>３．命令の内容</p>
<p>（１）管理者は、投与記録の作成及び保存の手順を定めること。</p>
<p>（２）{FOP}は、原料の受入試験の手順を定め、実施すること。</p>
<p>（３）いずれも、令和元年5月31日までに、改善の結果を九州厚生局長に報告すること。</p>
""", contact="健康福祉部 医事課　球磨（電話 092-707-1120）"),
     [N("improvement_order", "九州厚生局", "2019-04-26", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "熊本県熊本市中央区", "熊本県熊本市中央区水前寺三丁目１番２８号", OP, [PL]),
         S(OP, "operator"),
         S(FOP, "operator"),
         S(FAC, "cell_processing_facility", "熊本県菊池郡菊陽町", "熊本県菊池郡菊陽町原水４２００番地８", FOP, [], "FA7430058")],
        persons=[P("肥後 大悟", "管理者", CL), P("外輪 紘一", "代表取締役", FOP)],
        plans=[PL])])

# ====================================================================== t18 (other)
page("t18_mhlw_other_lifting_of_t15_provision_stop.html",
     "MHLW lifting (命令の解除) of t15's 法第22条 provision stop, naming t15's clinic, its operator and the order date 令和7年8月8日付け; the 法第47条 stop of the facility stays in force; not a notice (heldout8 decision 1)",
     mhlw("再生医療等の提供の一時停止命令の解除について", "令和8年3月2日", """
<p>　厚生労働省は、令和7年8月8日付けで「ﾒﾃﾞｨｶﾙﾋﾞｭｰﾃｨｰｸﾘﾆｯｸ心斎橋（医療法人 浪華彩会）」（大阪府大阪市中央区）に対して行った再生医療等の安全性の確保等に関する法律第22条に基づく再生医療等の提供の一時停止命令について、同クリニックから提出された改善報告の内容を確認し、保健衛生上の危害の発生又は拡大のおそれがなくなったと認められたことから、本日、当該命令を解除しました。</p>
<p>　なお、「(株)バイオセル・ラボ大阪 本町加工センター」に対する同法第47条に基づく製造の一時停止命令は、引き続き効力を有しています。</p>
""", "2026年3月", "医政局研究開発政策課 再生医療等研究推進室<br>専門官　寸又（内線 4051）"),
     [], what="other")

# ====================================================================== t19 (other)
page("t19_shikoku_other_gyosei_shido_not_an_order.html",
     "四国厚生支局 administrative guidance (行政指導, 文書指導) to a clinic after an inspection: names the clinic, its operator and manager, cites 法第24条第1項 and says it is not an order under 法第23条第1項; not a notice (decision 2)",
     bureau("四国厚生支局", "再生医療等提供機関に対する行政指導について", "令和7年11月5日", """
<p>四国厚生支局は、令和7年10月に再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第24条第1項に基づく報告徴収を行った結果を踏まえ、本日、医療法人 土佐清流会が開設する「こうち清流クリニック」（高知県高知市）に対し、文書による行政指導を行いました。</p>
<p>指導の内容：再生医療等を受ける者に対する説明文書の記載を提供計画と一致させること。</p>
<p>管理者：仁井田　聡</p>
<p>※　本件は行政手続法に基づく行政指導であり、法第23条第1項に基づく改善命令ではありません。</p>
""", contact="医事課　石鎚（電話 087-851-9565）", top="中国四国厚生局", crumbs=("四国厚生支局", "業務内容", "医事")),
     [], what="other")

# ====================================================================== t20 (listing)
page("t20_kantoshinetsu_listing_links_mixed_date_forms.html",
     "関東信越 listing of published notices (links with dates in three forms: 2025年12月1日, 2025年11月14日, 2025/9/26) naming the clinics of t14, t03 and t11; a listing, not a notice",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく公表情報", "更新日：2025年12月1日", """
<p>当局が公表した処分等は次のとおりです。</p>
<ul class="news">
<li>2025年12月1日　<a>再生医療等提供計画の中止の届出について（医療法人財団 聖ヶ丘記念会 聖ヶ丘記念メディカルクリニック）</a></li>
<li>2025年11月14日　<a>再生医療等の安全性の確保等に関する法律に基づく改善命令について（横浜ベイサイド第二クリニック）</a></li>
<li>2025/9/26　<a>再生医療等の安全性の確保等に関する法律に基づく改善命令について（ひたちなか海浜クリニック）</a></li>
</ul>
<p><a>過去の公表情報（令和6年度以前）</a></p>
"""),
     [], what="listing")

# ====================================================================== t21 (other)
page("t21_tohoku_other_licence_granted_not_enforcement.html",
     "東北 licence grant (特定細胞加工物の製造の許可) to a company's facility, with 代表取締役, facility number and the 5-year term 令和7年10月1日から令和12年9月30日まで; not enforcement, not a notice",
     bureau("東北厚生局", "特定細胞加工物の製造の許可について", "令和7年10月3日", f"""
<p>東北厚生局長は、令和7年10月1日付けで、再生医療等の安全性の確保等に関する法律に基づき、下記の者に対し、特定細胞加工物の製造の許可を行いました。</p>
<p>名称：株式会社 みちのく細胞工房（代表取締役　松島　遥）</p>
<p>施設の名称：みちのく細胞工房 仙台泉ラボ（施設番号 FA2040071{KASO}）</p>
<p>所在地：宮城県仙台市泉区明通三丁目１５番地</p>
<p>許可の有効期間：令和7年10月1日から令和12年9月30日まで</p>
""", contact="健康福祉部 医事課　鳴瀬（電話 022-726-9260）"),
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
