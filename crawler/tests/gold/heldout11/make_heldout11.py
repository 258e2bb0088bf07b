#!/usr/bin/env python3
"""Eleventh held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout11/make_heldout11.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout10's generator was read only as the model of a
held-out set's layout). This set stresses how parties are *worded* rather than
labelled: long narrative press releases whose operator is the subject of the
sentence (「株式会社Xは、その設置するYにおいて…」); rename and history wording
(arrows → and ⇒, a 変更前／変更後 table, 変更前の商号, 同院 / 当該医療機関 referring
back, a rename only in a ※ footnote, two successive renames, 組織変更 有限会社 →
株式会社, a move (移転) that is not a rename); parties named by contract roles
(委託元 / 委託先 / 受託者, 甲 / 乙) beside a product that is not a party; university
and public hospitals (国立大学法人, 学校法人, 独立行政法人, 地方独立行政法人); an
English-only and a bilingual page; a correction (訂正), a lifting (解除) and a
compliance report (改善報告); a prefecture's repost of a bureau order; one order
against four clinics with one shared manager; a 法第49条 suspension and a licence
revocation; and pages that look like notices but are not (seminar, news digest,
consultation window) plus one listing.
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
<p class="lang"><a lang="en">English</a></p>
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


def mhlw_en(title, date, body, contact):
    """The ministry's English site: English chrome, a date line, a Contact block."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{title} | Ministry of Health, Labour and Welfare</title>
</head>
<body>
<header id="hd"><p class="logo"><a>Ministry of Health, Labour and Welfare</a></p>
<ul class="gnav"><li><a>Home</a></li><li><a>About MHLW</a></li><li><a>Policy</a></li><li><a>Press Releases</a></li><li><a>Statistics</a></li></ul>
<p class="lang"><a lang="ja">日本語</a></p>
</header>
<nav class="crumb"><a>Home</a> &gt; <a>Press Releases</a> &gt; <a>Health</a> &gt; {title}</nav>
<main id="main">
<p class="fiction">{FICTION}</p>
<p class="date">{date}</p>
<h1>{title}</h1>
<div class="content">
{body}
</div>
<div class="contact-en"><p>Contact</p><p class="contact">{contact}</p></div>
</main>
<footer id="ft"><p><a>Site Map</a> | <a>Privacy Policy</a></p>
<address>Ministry of Health, Labour and Welfare, 1-2-2 Kasumigaseki, Chiyoda-ku, Tokyo 100-8916 Japan</address>
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


def prefecture(title, posted, body, contact):
    """A prefecture's own site (福岡県): its header, breadcrumb, 掲載日, body and
    「このページに関するお問い合わせ」 block, the prefectural office in the footer."""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title} - 福岡県庁ホームページ</title>
</head>
<body>
<div id="pref-header"><p class="logo"><a>福岡県</a></p>
<ul class="gnav"><li><a>くらし・環境</a></li><li><a>健康・福祉・子育て</a></li><li><a>教育・文化・スポーツ</a></li><li><a>産業・労働</a></li><li><a>県土づくり</a></li><li><a>県政情報</a></li></ul>
<form class="search"><input type="text" value="サイト内検索"></form></div>
<p class="breadcrumbs"><a>トップページ</a> &gt; <a>健康・福祉・子育て</a> &gt; <a>医療</a> &gt; <a>医療安全・医療機関</a> &gt; {title}</p>
<div id="content">
<p class="fiction">{FICTION}</p>
<h1>{title}</h1>
<p class="update">掲載日：{posted}更新</p>
{body}
<div class="toiawase"><h2>このページに関するお問い合わせ</h2><p class="contact">{contact}</p></div>
</div>
<div id="pref-footer"><p>福岡県庁　〒812-8577 福岡県福岡市博多区東公園7番7号　電話：092-651-1111（代表）</p><p>Copyright © Fukuoka Prefecture. All Rights Reserved.</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"
EMERG = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
KAIZEN = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
MHLW_CONTACT = "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　{a}<br>専門官　{b}<br>（代表電話）03(5253)1111（内線 4051）"

# Shared identities
# G1: 蒼汐会's clinic and テラセル's facility (v01, v12 English; v15 lifting, other)
G1_CL = "蒼汐メディカルクリニック日本橋"
G1_OLD = "日本橋あおしおクリニック"
G1_OP = "医療法人社団 蒼汐会"
G1_FOP = "株式会社テラセル・ラボラトリーズ"
G1_FAC = "テラセル川崎細胞培養センター"
G1_PL = "変形性膝関節症に対する自己脂肪由来間葉系幹細胞の関節内投与"
# G2: 碧泉会's four clinics (v02, v14 correction; v16 compliance report, other)
G2_PL1 = "自己血由来多血小板血漿を用いた変形性関節症の治療"
G2_PL2 = "自己脂肪由来間葉系幹細胞を用いた慢性疼痛の治療"
# G3: グランセル九州's facility (v08, v11 prefecture repost; v20 listing)
# G4: ほくせいバイオ's facility (v04 as 有限会社, v10 after 組織変更; v18 digest)

# ====================================================================== v01
FAD = "神奈川県川崎市川崎区殿町四丁目３番２１号 殿町バイオスクエア５階"
page("v01_mhlw_narrative_operator_as_subject_doin_rename.html",
     "MHLW emergency orders (法第22条 + 法第47条) told entirely in narrative paragraphs, no labelled rows: 「医療法人社団 蒼汐会は、その開設する「…」（東京都中央区。以下「同院」という。）において…」; the clinic has its cells made under contract (委託) by 株式会社テラセル・ラボラトリーズ, 「株式会社テラセル・ラボラトリーズ（以下「同社」という。）は、同院から…の委託を受け、その設置する細胞培養加工施設「…」（full address。以下「同センター」という。）において製造…」; persons inside sentences (同院の管理者である鳴海祐介医師, 同社代表取締役 寒川 俊 氏, 同法人（理事長 潮田 早苗）); rename only as 「同院は、令和6年10月1日に「日本橋あおしおクリニック」から現在の名称に改めています」 (back-reference, no new name in the phrase); facility number in a closing parenthesis; group G1 (English on v12, lifted on v15)",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく再生医療等の提供及び特定細胞加工物等の製造の一時停止命令について", "令和7年11月21日", f"""
<p>　{G1_OP}は、その開設する「{G1_CL}」（東京都中央区。以下「同院」という。）において、第二種再生医療等提供計画「{G1_PL}」に基づき再生医療等を提供しているところ、令和7年11月18日に当該再生医療等を受けた者1名が、投与の約6時間後に発熱及び血圧低下を来して救急搬送され、入院したことから、同月19日、{LAW}第18条に基づき、厚生労働大臣に疾病等報告を行いました。</p>
<p>　{G1_FOP}（以下「同社」という。）は、同院から当該再生医療等に用いる特定細胞加工物の製造の委託を受け、その設置する細胞培養加工施設「{G1_FAC}」（{FAD}。以下「同センター」という。）において製造して同院に出荷しています。同社は、同月20日、同一ロットの参考品から細菌が検出されたとして、再生医療等の安全性の確保等に関する法律施行規則第107条に基づく重大事態報告を行いました。</p>
<p>　厚生労働省は、同月20日及び21日、法第24条第1項に基づき同院及び同センターに立入検査を行いました。その結果、同院の管理者である鳴海祐介医師が、同センターから出荷判定の結果の連絡を受ける前に投与を行わせていたこと、また、同社代表取締役 寒川 俊 氏の指示の下、同センターにおいて無菌操作区域の清浄度の確認が一部省略されていたことなどが判明しました。同法人（理事長 潮田 早苗）は、当該再生医療等の提供を自主的に見合わせる意向を示していますが、原因の究明が終わっていないことから、その確実な停止を担保する必要があると判断しました。</p>
<p>　以上を踏まえ、保健衛生上の危害の発生又は拡大を防止するため、本日付けで、法第22条に基づき同院に対して当該再生医療等の提供の一時停止を、法第47条に基づき同社に対して同センターにおける特定細胞加工物等の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<p>　なお、同院は、令和6年10月1日に「{G1_OLD}」から現在の名称に改めています。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>{G1_PL}</p>
<p>（同センターの施設番号：FA3140712{KASO}）</p>
""", "2025年11月", MHLW_CONTACT.format(a="十和田", b="奥入瀬")),
     [N("emergency_order", "厚生労働省", "2025-11-21", ["法第22条", "法第47条"],
        [S(G1_CL, "clinic", "東京都中央区", None, G1_OP, [G1_PL]),
         S(G1_OP, "operator"),
         S(G1_FAC, "cell_processing_facility", "神奈川県川崎市川崎区", FAD, G1_FOP, [], "FA3140712"),
         S(G1_FOP, "operator")],
        persons=[P("鳴海祐介", "管理者", G1_CL), P("寒川 俊", "代表取締役", G1_FOP),
                 P("潮田 早苗", "理事長", G1_OP)],
        plans=[G1_PL],
        renames=[R(G1_OLD, G1_CL, "2024-10-01")])])

# ====================================================================== v02
OP = "医療法人 碧泉会"
CLS = [("碧泉会 新宿西口クリニック", "東京都新宿区", "東京都新宿区西新宿七丁目１５番８号 西新宿ＨＳビル３階"),
       ("碧泉会 横浜みなとクリニック", "神奈川県横浜市西区", "神奈川県横浜市西区高島二丁目６番３２号 横浜高島ビル７階"),
       ("碧泉会 大宮駅東口クリニック", "埼玉県さいたま市大宮区", "埼玉県さいたま市大宮区桜木町一丁目７番５号 大宮桜木ビル２階"),
       ("碧泉会 船橋クリニック", "千葉県船橋市", "千葉県船橋市湊町二丁目１０番１７号 湊町メディカルプラザ４階")]
rows = "\n".join(
    f'<tr><td>{"１２３４"[i]}</td><td>{n}{"※" if i == 3 else ""}</td><td>{a.replace(" ", "　")}</td></tr>'
    for i, (n, _, a) in enumerate(CLS))
page("v02_kantoshinetsu_four_clinics_four_prefectures_one_manager_iten.html",
     "関東信越 improvement order (法第23条第1項) against the manager of four clinics of one 医療法人 in four prefectures (東京都, 神奈川県, 埼玉県, 千葉県): one 氏　名 entry 「（医療法人 碧泉会が開設する下記４医療機関の管理者）」 above a table of the four clinics, so one person is 管理者 of each; one 計 画 名 row for all four (plans on the notice only); 開設者 row with 理事長; full-width digits throughout; the lead gives a wrong order date 「令和８年２月５日付け」 and the third clinic a wrong name (both corrected on v14); the fourth clinic moved (移転, ※ footnote after its name: 「名称の変更はない」) — not a rename; 同法人 in 経緯; group G2",
     bureau("関東信越厚生局", KAIZEN, "令和８年２月６日", f"""
<p>　関東信越厚生局長は、令和８年２月５日付けで、下記のとおり、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）に基づき、再生医療等提供機関の管理者に対し、法第２３条第１項に基づく改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第１　被処分者等</p>
<p>氏　　名　渚　隆之<br>（{OP}が開設する下記４医療機関の管理者）</p>
<table class="tbl">
<tr><th>番号</th><th>医療機関の名称</th><th>所在地</th></tr>
{rows}
</table>
<p>計 画 名　{G2_PL1}、{G2_PL2}（４医療機関共通）<br>開 設 者　{OP}（理事長　泉谷　真理）<br>処分内容　再生医療等の安全性の確保等に関する法律第２３条第１項による改善命令（上記４医療機関のそれぞれについて）</p>
<p class="note">※　碧泉会 船橋クリニックは、令和７年９月１日に千葉県船橋市本町四丁目２番８号から上記の所在地に移転している（名称の変更はない）。</p>
<p>第２　経緯</p>
<p>　{OP}（以下「同法人」という。）は、東京都、神奈川県、埼玉県及び千葉県に計４か所の医療機関を開設し、いずれにおいても上記の２計画に基づく再生医療等を提供している。同法人の理事である渚隆之医師は、４医療機関すべての管理者を兼ねているが、当局が令和７年１２月に各医療機関に対して行った立入検査において、同医師がいずれの医療機関にも月１回程度しか勤務しておらず、各医療機関において疾病等が発生した場合の対応手順が定められていなかったこと、並びに細胞の採取に従事する者に対する教育訓練の記録がなかったことが確認された。</p>
<p>第３　命令の内容</p>
<p>（１）各医療機関において、管理者が再生医療等の提供を適切に管理できる体制を整備すること。</p>
<p>（２）疾病等発生時の対応手順及び教育訓練の計画を定め、令和８年３月６日までに改善の結果を報告すること。</p>
""", contact="健康福祉部 医事課　尾瀬（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2026-02-06", ["法第23条第1項"],
        [*[S(n, "clinic", p, a, OP) for n, p, a in CLS],
         S(OP, "operator")],
        persons=[*[P("渚 隆之", "管理者", n) for n, _, _ in CLS], P("泉谷 真理", "理事長", OP)],
        plans=[G2_PL1, G2_PL2])])

# ====================================================================== v03
CL = "独立行政法人西日本医療研究機構 須磨浦病院"
OP = "独立行政法人西日本医療研究機構"
FOP = "株式会社ハーバーセル"
FAC = "ハーバーセル 西宮加工センター"
PL = "重症下肢虚血に対する自己末梢血CD34陽性細胞移植"
CAD = "兵庫県神戸市須磨区須磨浦通五丁目８番１号"
FAD = "兵庫県西宮市鳴尾浜三丁目１２番４号"
page("v03_kinki_kou_otsu_itakumoto_itakusaki_henkomae_henkogo_table.html",
     "近畿 improvement orders (法第23条第1項 + 法第48条第2項) against a contract pair named 甲（委託元） and 乙（委託先） in a two-column th/td table: 甲 a hospital of a 独立行政法人 (operator embedded in its name; 管理者（院長）; 開設者 … （理事長 …）), 乙 a 株式会社 whose facility is named in its own row; 経緯 speaks only of 甲 and 乙 and names the product 「自家末梢血CD34陽性細胞懸濁液」 (not a party); 乙's renames in a 変更前／変更後 table (商号 and 施設の名称, one 変更年月日 cell spanning both columns); names unquoted; 本契約 abbreviation",
     bureau("近畿厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令（委託元医療機関及び委託先細胞培養加工施設）について", "令和7年6月27日", f"""
<p>近畿厚生局長は、本日、再生医療等の安全性の確保等に関する法律（以下「法」という。）に基づき、再生医療等提供機関の管理者に対し法第23条第1項による改善命令を、当該再生医療等提供機関から特定細胞加工物の製造の委託を受けた特定細胞加工物製造事業者に対し法第48条第2項による改善命令を、それぞれ行いました。</p>
<h2>1　命令の相手方</h2>
<table class="tbl">
<tr><th>区分</th><th>甲（委託元）</th><th>乙（委託先）</th></tr>
<tr><th>名称</th><td>{CL}</td><td>{FOP}</td></tr>
<tr><th>代表者等</th><td>管理者（院長）　明石　直人<br>開設者　{OP}（理事長　垂水　康弘）</td><td>代表取締役　芦屋　瑞穂</td></tr>
<tr><th>細胞培養加工施設</th><td>―</td><td>{FAC}</td></tr>
<tr><th>施設番号</th><td>―</td><td>FA5280333{KASO}</td></tr>
<tr><th>所在地</th><td>{CAD}</td><td>{FAD}</td></tr>
<tr><th>再生医療等提供計画</th><td>{PL}</td><td>―</td></tr>
<tr><th>根拠</th><td>法第23条第1項</td><td>法第48条第2項</td></tr>
</table>
<h2>2　経緯</h2>
<p>　甲と乙は、令和5年10月、特定細胞加工物の製造に関する委託契約（以下「本契約」という。）を締結した。乙は、本契約に基づき、甲が提供する再生医療等に用いる特定細胞加工物「自家末梢血CD34陽性細胞懸濁液」を西宮加工センターにおいて製造し、甲に納入してきた。</p>
<p>　当局が令和7年5月に甲及び乙に対して行った立入検査において、甲においては、乙から受け入れた特定細胞加工物の受入れ時の確認の記録が作成されていなかったこと、乙においては、本契約に定める製造工程の変更の通知を甲に行わないまま培地のロットを切り替えていたことが確認された。</p>
<h2>3　乙の名称等の変更</h2>
<table class="tbl">
<tr><th></th><th>変更前</th><th>変更後</th></tr>
<tr><th>商号</th><td>株式会社阪神セルサイエンス</td><td>{FOP}</td></tr>
<tr><th>細胞培養加工施設の名称</th><td>阪神セルサイエンス 西宮加工センター</td><td>{FAC}</td></tr>
<tr><th>変更年月日</th><td colspan="2">令和6年7月1日</td></tr>
</table>
<p>※　施設番号及び所在地に変更はない。</p>
<h2>4　命令の内容</h2>
<p>（1）甲の管理者は、特定細胞加工物の受入れ時の確認の手順を定め、その記録を作成すること。</p>
<p>（2）乙は、本契約に基づく変更の通知の手順を定め、製造工程を変更する場合は事前に甲に通知すること。</p>
""", contact="健康福祉部 医事課　東尋坊（電話 06-6942-2241）"),
     [N("improvement_order", "近畿厚生局", "2025-06-27", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "兵庫県神戸市須磨区", CAD, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "兵庫県西宮市", FAD, FOP, [], "FA5280333"),
         S(FOP, "operator")],
        persons=[P("明石 直人", "管理者", CL), P("垂水 康弘", "理事長", OP), P("芦屋 瑞穂", "代表取締役", FOP)],
        plans=[PL],
        renames=[R("株式会社阪神セルサイエンス", FOP, "2024-07-01"),
                 R("阪神セルサイエンス 西宮加工センター", FAC, "2024-07-01")])])

# ====================================================================== v04
OP = "一般社団法人 北辰メディカルフォーラム"
CL = "ＳＵＺＵＲＡＮ再生医療クリニック札幌"
R1 = ("すずらん通りクリニック", "札幌すずらん美容クリニック")
FOP = "有限会社ほくせいバイオ"
FAC = "ほくせいバイオ石狩細胞加工所"
PL = "肩関節周囲炎に対する自己脂肪組織由来間葉系幹細胞の投与"
CAD = "北海道札幌市中央区南三条西四丁目１６番地 すずらんプレイス６階"
FAD = "北海道石狩市新港西二丁目７５５番地３"
V04_RENAMES = [R(R1[0], R1[1], "2024-02-01"), R(R1[1], CL, "2025-01-06")]
page("v04_mhlw_narrative_jutakusha_renamed_twice_arrows_closure_addendum.html",
     "MHLW emergency orders (法第22条 + 法第47条) in narrative form with 『』 quotes and full-width digits: 「一般社団法人 北辰メディカルフォーラムは、北海道札幌市中央区において『…』を開設し…」; a clinic renamed twice, told in a sentence (『A』から、令和６年２月１日に『B』へ、令和７年１月６日に現在の名称へ) and again as an arrow chain A → B → C; the facility's company called 受託者 (「受託者である有限会社ほくせいバイオが、その設置する『…』（北海道石狩市）で製造」); persons in the order sentence (管理者 円山 香織, 同社（代表取締役 厚田 晴臣）) and 代表理事 in a separate sentence; 【参考】 with addresses and facility number; dated 【追記】: closed 令和７年３月３１日, 廃止の届出 令和７年４月１８日付け (closure part); the clinic's opening month (令和４年６月) is not a rename; group G4 (the company after its 組織変更 on v10)",
     mhlw(EMERG, "令和７年３月１４日", f"""
<p>　{OP}は、北海道札幌市中央区において『{CL}』を開設し、自己脂肪組織由来間葉系幹細胞を用いた再生医療等を提供しています。同クリニックの名称は、令和４年６月の開設時の『{R1[0]}』から、令和６年２月１日に『{R1[1]}』へ、令和７年１月６日に現在の名称へと、２度にわたり変更されています（{R1[0]} → {R1[1]} → {CL}）。</p>
<p>　同クリニックで用いる特定細胞加工物は、受託者である{FOP}が、その設置する『{FAC}』（北海道石狩市）で製造しています。令和７年３月１１日、同クリニックから再生医療等の安全性の確保等に関する法律（以下「法」という。）第１８条に基づく疾病等報告が、翌１２日、同社から同法施行規則第１０７条に基づく重大事態報告が、それぞれなされました。これらの報告によれば、同月７日に同一ロットの特定細胞加工物の投与を受けた２名が、投与部位の膿瘍のため切開排膿を要し、うち１名は入院しています。</p>
<p>　厚生労働省は、保健衛生上の危害の発生又は拡大を防止するため必要があると判断し、本日、法第２２条に基づき同クリニックの管理者 円山 香織 に対して下記の再生医療等の提供の一時停止を、法第４７条に基づき同社（代表取締役 厚田 晴臣）に対して特定細胞加工物等の製造の一時停止を命じました。同クリニックの開設者である同法人の代表理事は、藻岩 慎一 です。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>『{PL}』</p>
<h2>【参考】</h2>
<p>{CL}　所在地：{CAD.replace(" ", "　")}</p>
<p>{FAC}　所在地：{FAD}　施設番号：FA1010622{KASO}</p>
<h2>【追記】（令和７年４月２５日）</h2>
<p>　{CL}は、令和７年３月３１日をもって廃止され、同年４月１８日付けで開設者から廃止の届出がありました。</p>
""", "2025年3月", MHLW_CONTACT.format(a="八幡平", b="浄土ヶ浜")),
     [N("emergency_order", "厚生労働省", "2025-03-14", ["法第22条", "法第47条"],
        [S(CL, "clinic", "北海道札幌市中央区", CAD, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道石狩市", FAD, FOP, [], "FA1010622"),
         S(FOP, "operator")],
        persons=[P("円山 香織", "管理者", CL), P("厚田 晴臣", "代表取締役", FOP), P("藻岩 慎一", "代表理事", OP)],
        plans=[PL],
        renames=V04_RENAMES),
      N("closure_filing", "厚生労働省", "2025-04-18", [],
        [S(CL, "clinic", "北海道札幌市中央区", CAD, OP)],
        renames=V04_RENAMES,
        closures=[C(CL, "2025-03-31")], part="closure")])

# ====================================================================== v05
OP = "医療法人 杜若会"
CL = "青葉通りリジェネクリニック"
OLD = "仙台青葉通り皮フ科"
PL = "ざ瘡瘢痕に対する自家培養線維芽細胞の注入"
AD = "宮城県仙台市青葉区中央2-9-27 青葉通りプラザ8F"
page("v05_tohoku_dl_double_arrow_rename_togai_iryokikan.html",
     "東北 improvement order (法第23条第1項) in a <dl>: rename in its own row written with a double arrow 「仙台青葉通り皮フ科 ⇒ 青葉通りリジェネクリニック（令和6年4月変更）」 (year-month only); names unquoted; 開設者 row 「医療法人 杜若会　理事長 作並 陽一」 (title between operator and name, no parenthesis); plan followed by （第二種）; 経緯 refers back with 当該医療機関 and 同院 and says the clinic kept using its old name; date only in the lead sentence and the date line; hyphen address with 8F",
     bureau("東北厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和6年12月13日", f"""
<p>東北厚生局長は、令和6年12月13日、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づき、下記の再生医療等提供機関の管理者に対し、改善命令を行った。</p>
<dl class="list">
<dt>医療機関名</dt><dd>{CL}</dd>
<dt>名称の変更</dt><dd>{OLD} ⇒ {CL}（令和6年4月変更）</dd>
<dt>開設者</dt><dd>{OP}　理事長 作並 陽一</dd>
<dt>管理者</dt><dd>広瀬 亜希</dd>
<dt>所在地</dt><dd>{AD}</dd>
<dt>再生医療等提供計画</dt><dd>{PL}（第二種）</dd>
<dt>命令の根拠</dt><dd>法第23条第1項</dd>
</dl>
<h2>経緯</h2>
<p>当該医療機関は、令和6年4月に現在の名称に変更した後も再生医療等提供計画の変更の届出を行わず、患者への説明文書にも旧名称を用いたまま再生医療等を提供していた。また、当局が同年10月に同院に対して行った立入検査において、細胞の採取から投与までの記録が患者ごとに作成されていなかったこと、及び培養を委託している細胞培養加工施設から受領した試験成績書が保存されていなかったことが確認された。</p>
<h2>命令の内容</h2>
<p>当該医療機関の管理者は、提供計画の記載事項の変更を速やかに届け出るとともに、記録の作成及び保存の手順を定め、令和7年1月31日までに改善状況を報告すること。</p>
""", contact="健康福祉部 医事課　男鹿（電話 022-726-9260）"),
     [N("improvement_order", "東北厚生局", "2024-12-13", ["法第23条第1項"],
        [S(CL, "clinic", "宮城県仙台市青葉区", AD, OP, [PL]),
         S(OP, "operator")],
        persons=[P("広瀬 亜希", "管理者", CL), P("作並 陽一", "理事長", OP)],
        plans=[PL],
        renames=[R(OLD, CL, "2024-04")])])

# ====================================================================== v06
OP = "国立大学法人 北陸総合医科大学"
CL = "北陸総合医科大学附属病院"
FAC = "北陸総合医科大学附属病院 セルプロセッシングセンター"
PL = "難治性皮膚潰瘍に対する自家培養表皮の移植"
CAD = "石川県金沢市鞍月東三丁目20番地"
FAD = "石川県金沢市鞍月東三丁目20番地 北陸総合医科大学附属病院中央診療棟 地下1階"
page("v06_tokai_hokuriku_national_university_hospital_and_own_cpc.html",
     "東海北陸 improvement orders (法第23条第1項 + 法第48条第2項) against a university hospital that is both the clinic and, through its 国立大学法人, the manufacturer of its own in-building CPC: clinic entry 「（北陸総合医科大学附属病院 管理者（病院長））」, facility entry 名 称 国立大学法人 … （学長：…） with the CPC's address in the hospital's building and floor; the hospital's operator stated only in 経緯 (「国立大学法人 北陸総合医科大学は、その設置する北陸総合医科大学附属病院において…」); half-width spaces inside labels; 届出 facility number (FC)",
     bureau("東海北陸厚生局", KAIZEN, "令和7年8月1日", f"""
<p>東海北陸厚生局長は、本日、下記のとおり、{LAW}に基づき、大学病院である再生医療等提供機関の管理者及び同病院内に細胞培養加工施設を設置する特定細胞加工物製造事業者に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1 被処分者等</p>
<p>氏 名 犀川 智明<br>（{CL} 管理者（病院長））<br>所 在 地 {CAD}<br>計 画 名 {PL}<br>処分内容 再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>名 称 {OP}<br>（学長：白山 一誠）<br>所 在 地 {FAD}<br>施 設 名 {FAC}<br>施設番号 FC4170088{KASO}<br>処分内容 再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</p>
<p>第2 経緯</p>
<p>　{OP}は、その設置する{CL}において、皮膚科及び形成外科の患者に対し上記計画に基づく再生医療等を提供するとともに、同病院の中央診療棟地下1階に細胞培養加工施設を設け、同病院で用いる自家培養表皮を製造している。令和7年6月に当局が同病院及び同施設に対して行った立入検査において、同病院では、再生医療等を受けた者の経過観察の結果が計画に定める期間記録されていなかったこと、同施設では、製造に用いる原料（患者の皮膚組織）の受入れ試験の手順が定められていなかったことが確認された。</p>
<p>第3 命令の内容</p>
<p>（1）管理者は、経過観察の記録の手順を定め、その実施状況を確認すること。</p>
<p>（2）国立大学法人 北陸総合医科大学は、原料の受入れ試験の手順書を作成し、同手順書に従って試験を実施すること。</p>
""", contact="健康福祉部 医事課　三方五湖（電話 052-971-8831）"),
     [N("improvement_order", "東海北陸厚生局", "2025-08-01", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "石川県金沢市", CAD, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "石川県金沢市", FAD, OP, [], "FC4170088")],
        persons=[P("犀川 智明", "管理者", CL), P("白山 一誠", "学長", OP)],
        plans=[PL])])

# ====================================================================== v07
OP = "学校法人 吉備高原医療学園"
FAC = "吉備高原医療大学 再生医療研究センター細胞加工室"
FAD = "岡山県岡山市北区津島東二丁目4番12号 吉備高原医療大学岡山キャンパス研究棟2階"
page("v07_chugoku_shikoku_licence_revocation_gakko_hojin_comma_period.html",
     "中国四国 licence revocation (許可の取消し, 法第49条) of a licensed CPC run by a 学校法人 at a university campus; ，． punctuation throughout; th/td table with 処分を受けた者 （理事長 …）, the corporation's 主たる事務所 (an operator's office address, not annotated), 施設の所在地 with campus building and floor, 許可年月日 and 処分年月日; an earlier 法第48条第2項 order (令和7年7月11日) and its 改善報告 as history; client clinics unnamed",
     bureau("中国四国厚生局", "再生医療等の安全性の確保等に関する法律に基づく特定細胞加工物等の製造の許可の取消しについて", "令和8年3月6日", f"""
<p>中国四国厚生局長は，本日，{OP}に対し，再生医療等の安全性の確保等に関する法律（以下「法」という．）第49条の規定に基づき，同法人が設置する細胞培養加工施設に係る特定細胞加工物等の製造の許可を取り消しました．</p>
<table class="tbl">
<tr><th>処分を受けた者</th><td>{OP}（理事長　足守　信彦）</td></tr>
<tr><th>主たる事務所</th><td>岡山県加賀郡吉備中央町吉川７５１０番地</td></tr>
<tr><th>細胞培養加工施設の名称</th><td>{FAC}</td></tr>
<tr><th>施設番号</th><td>FA6330214{KASO}</td></tr>
<tr><th>施設の所在地</th><td>{FAD}</td></tr>
<tr><th>許可年月日</th><td>令和4年2月18日</td></tr>
<tr><th>処分年月日</th><td>令和8年3月6日</td></tr>
<tr><th>処分の内容</th><td>特定細胞加工物等の製造の許可の取消し</td></tr>
</table>
<h2>経緯</h2>
<p>同法人は，前記の施設において，県内外の医療機関（計3施設）から委託を受けて特定細胞加工物を製造していた．当局は，令和7年7月11日，同施設の製造管理及び品質管理の方法に不備が認められたことから，法第48条第2項に基づく改善命令を行ったが，同法人から提出された改善報告の内容を確認するため同年12月に行った立入検査においても，安全キャビネットの性能確認が行われていないなど，構造設備が基準に適合しない状態が継続していることが確認された．このため，法第49条に基づき，許可を取り消すこととした．</p>
<p>なお，同施設に製造を委託していた医療機関に対しては，当局から個別に連絡している．</p>
""", contact="健康福祉部 医事課　大山（電話 082-223-8264）"),
     [N("licence_revocation", "中国四国厚生局", "2026-03-06", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "岡山県岡山市北区", FAD, OP, [], "FA6330214")],
        persons=[P("足守 信彦", "理事長", OP)])])

# ====================================================================== v08
FOP = "株式会社グランセル九州"
FAC = "グランセル九州 香椎培養センター"
FAD = "福岡県福岡市東区香椎照葉五丁目２番３０号"
page("v08_kyushu_jutakusha_henkomae_shogo_itakumoto_context.html",
     "九州 improvement order (法第48条第2項) against a contract manufacturer only, one-line entry (名称：… 変更前の商号：…（令和7年4月1日商号変更） 所在地：… 施設名：… 施設番号：… 処分内容：…); 経緯 calls the company 受託者 (以下「受託者」という。) and names two 委託元 clinics in 「」 with their places — context, not subjects (the page says they are not ordered); group G3 (reposted by 福岡県 on v11)",
     bureau("九州厚生局", KAIZEN, "令和8年1月16日", f"""
<p>九州厚生局長は、本日、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第48条第2項に基づき、下記の特定細胞加工物製造事業者に対し改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>１．被処分者</p>
<p>名称：{FOP}（代表取締役：名島 拓也）　変更前の商号：株式会社博多ティッシュワークス（令和7年4月1日商号変更）　所在地：{FAD}　施設名：{FAC}　施設番号：FA7400391{KASO}　処分内容：法第48条第2項に基づく改善命令</p>
<p>２．経緯</p>
<p>　{FOP}（以下「受託者」という。）は、九州各県の医療機関から特定細胞加工物の製造を受託している。このうち、委託元である「天神はなみずきクリニック」（福岡市中央区）及び「小倉リバーサイドクリニック」（北九州市小倉北区）から、令和7年10月、納入された特定細胞加工物の一部に容器の破損があった旨の連絡が当局にあった。当局が同年11月に受託者の施設に立入検査を行ったところ、①出荷前の外観検査が手順書どおり行われていなかったこと、②逸脱が生じた際の委託元への連絡の手順が定められていなかったことが確認された。</p>
<p>　なお、委託元の医療機関については、今回の命令の対象としていない。</p>
<p>３．命令の内容</p>
<p>　受託者は、出荷判定及び逸脱管理の手順を見直し、令和8年2月27日までに改善計画を提出すること。</p>
""", contact="健康福祉部 医事課　阿蘇（電話 092-707-1120）"),
     [N("improvement_order", "九州厚生局", "2026-01-16", ["法第48条第2項"],
        [S(FOP, "operator"),
         S(FAC, "cell_processing_facility", "福岡県福岡市東区", FAD, FOP, [], "FA7400391")],
        persons=[P("名島 拓也", "代表取締役", FOP)],
        renames=[R("株式会社博多ティッシュワークス", FOP, "2025-04-01")])])

# ====================================================================== v09
OP = "地方独立行政法人 南予臨海医療機構"
CL = "うわじま臨海総合病院"
FAC = "うわじま臨海総合病院 細胞調製室"
PL1 = "重症虚血肢に対する自家骨髄単核球細胞移植"
PL2 = "歯周組織欠損に対する自家培養骨膜細胞の移植"
CAD = "愛媛県宇和島市弁天町二丁目4番10号"
FAD = "愛媛県宇和島市弁天町二丁目4番10号 本館3階"
page("v09_shikoku_local_incorporated_hospital_footnote_rename.html",
     "四国厚生支局 improvement orders (法第23条第1項 + 法第48条第2項) against a hospital of a 地方独立行政法人 and its in-hospital CPC, side by side in a two-column table (再生医療等提供機関 / 細胞培養加工施設) with 同左 for the facility's 設置者; the hospital's name carries a ※ and its rename is told only in the footnote (「宇和島市立臨海病院」から現在の名称に変更, on becoming a 地方独立行政法人); 管理者 cell 「津島 恵美（院長）」; two plans in 『』; breadcrumb starts at 中国四国厚生局",
     bureau("四国厚生支局", KAIZEN, "令和7年10月10日", f"""
<p>四国厚生支局長は、本日、再生医療等の安全性の確保等に関する法律に基づき、下記の再生医療等提供機関の管理者及び特定細胞加工物製造事業者に対し、改善命令を行いました。</p>
<table class="tbl">
<tr><th>区分</th><th>再生医療等提供機関</th><th>細胞培養加工施設</th></tr>
<tr><th>名称</th><td>{CL}※</td><td>{FAC}</td></tr>
<tr><th>開設者・設置者</th><td>{OP}（理事長　鬼北　正和）</td><td>同左</td></tr>
<tr><th>管理者</th><td>津島　恵美（院長）</td><td>―</td></tr>
<tr><th>所在地</th><td>{CAD}</td><td>{FAD}</td></tr>
<tr><th>施設番号</th><td>―</td><td>FC8380045{KASO}</td></tr>
<tr><th>計画名</th><td>『{PL1}』<br>『{PL2}』</td><td>―</td></tr>
<tr><th>処分内容</th><td>法第23条第1項に基づく改善命令</td><td>法第48条第2項に基づく改善命令</td></tr>
</table>
<p class="note">※　令和6年4月1日、病院事業の地方独立行政法人への移行に伴い、「宇和島市立臨海病院」から現在の名称に変更。</p>
<h2>経緯</h2>
<p>　当局が令和7年8月に同病院及び同病院本館3階の細胞調製室に対して行った立入検査において、同病院では、認定再生医療等委員会への定期報告が2年間行われていなかったこと、細胞調製室では、清浄度の管理区域の差圧の記録に欠落があったことが確認された。</p>
<h2>命令の内容</h2>
<p>　管理者は定期報告の手順を、{OP}は細胞調製室の環境管理の手順を、それぞれ見直し、令和7年11月28日までに改善の結果を報告すること。</p>
""", contact="医事課　桂浜（電話 087-851-9565）", top="中国四国厚生局",
            crumbs=("四国厚生支局", "業務内容", "医事", "再生医療等")),
     [N("improvement_order", "四国厚生支局", "2025-10-10", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "愛媛県宇和島市", CAD, OP, [PL1, PL2]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "愛媛県宇和島市", FAD, OP, [], "FC8380045")],
        persons=[P("津島 恵美", "管理者", CL), P("鬼北 正和", "理事長", OP)],
        plans=[PL1, PL2],
        renames=[R("宇和島市立臨海病院", CL, "2024-04-01")])])

# ====================================================================== v10
FOP = "株式会社ほくせいバイオ"
FAC = "ほくせいバイオ 石狩細胞加工所"
FAD = "北海道石狩市新港西2丁目755番地3"
page("v10_hokkaido_suspension_art49_yugen_to_kabushiki_soshiki_henko.html",
     "北海道 suspension order (業務の全部の停止, 法第49条) against the licensed facility that v04 stopped: numbered colon rows （1）名称：株式会社ほくせいバイオ（令和7年7月1日、有限会社ほくせいバイオから株式会社に組織変更） — 組織変更 read as a rename whose phrase prints only the new legal form; 代表者：代表取締役 …; the page explains that this is not a 緊急命令 (法第22条, 法第47条) and cites the Minister's earlier 法第47条 stop (令和7年3月14日, lifted 同年6月30日) as history; the suspension period dates are not annotated; group G4",
     bureau("北海道厚生局", "再生医療等の安全性の確保等に関する法律に基づく業務停止命令について", "令和7年9月26日", f"""
<p>北海道厚生局長は、本日、再生医療等の安全性の確保等に関する法律（以下「法」という。）第49条に基づき、下記の特定細胞加工物製造事業者に対し、期間を定めて特定細胞加工物等の製造の業務の全部の停止を命じました。</p>
<p>本命令は、法第49条に基づき許可を受けた事業者に対して行う処分であり、保健衛生上の危害の発生又は拡大を防止するために行う緊急命令（法第22条及び法第47条）とは異なるものです。</p>
<p class="center">記</p>
<p>（1）名称：{FOP}（令和7年7月1日、有限会社ほくせいバイオから株式会社に組織変更）</p>
<p>（2）代表者：代表取締役　厚田　晴臣</p>
<p>（3）細胞培養加工施設の名称：{FAC}</p>
<p>（4）施設番号：FA1010622{KASO}</p>
<p>（5）所在地：{FAD}</p>
<p>（6）処分の内容：令和7年10月1日から令和8年3月31日までの間、特定細胞加工物等の製造の業務の全部の停止</p>
<h2>経緯</h2>
<p>令和7年3月14日、厚生労働大臣は、同施設で製造された特定細胞加工物の投与を受けた者に膿瘍が生じたことから、法第47条に基づき同施設に対し製造の一時停止を命じた（同年6月30日解除）。その後、当局が同年7月から8月にかけて行った立入検査において、製造所の構造設備が許可の基準に適合していないこと、及び製造記録の一部が事後に作成されていたことが確認されたため、法第49条に基づき、上記の処分を行うこととした。なお、同施設に製造を委託していた医療機関は既に廃止されている。</p>
""", contact="健康福祉部 医事課　美瑛（電話 011-796-5105）"),
     [N("suspension_order", "北海道厚生局", "2025-09-26", ["法第49条"],
        [S(FOP, "operator"),
         S(FAC, "cell_processing_facility", "北海道石狩市", FAD, FOP, [], "FA1010622")],
        persons=[P("厚田 晴臣", "代表取締役", FOP)],
        renames=[R("有限会社ほくせいバイオ", FOP, "2025-07-01")])])

# ====================================================================== v11
FOP = "(株)グランセル九州"
FAC = "グランセル九州香椎培養センター"
FAD = "福岡市東区香椎照葉5-2-30"
page("v11_fukuoka_pref_repost_of_kyushu_bureau_order.html",
     "福岡県's own page (prefecture header, breadcrumb, 掲載日, お問い合わせ block, 県庁 footer) reposting v08's 九州厚生局 order in a box 「（転載元：九州厚生局ホームページ　令和8年1月16日公表）」 with the prefecture's own table (命令を行った者 / 命令の相手方 / 対象施設 / 施設所在地 / 命令の内容): authority 九州厚生局 (not 福岡県), issued_on the bureau's announcement date, not the 掲載日; spellings differ from v08 ((株), no space in the facility name, 名島拓也 without a space, hyphen address without the prefecture); the former trade name is not reposted; group G3",
     prefecture("九州厚生局による細胞培養加工施設に対する改善命令について（転載）", "令和8年1月21日", f"""
<p>　九州厚生局は、令和8年1月16日、福岡市東区の細胞培養加工施設を設置する事業者に対し、再生医療等の安全性の確保等に関する法律第48条第2項に基づく改善命令を行いました。県民の皆様に広くお知らせするため、同局の公表内容を次のとおり転載します。</p>
<div class="repost">
<p>（転載元：九州厚生局ホームページ　令和8年1月16日公表）</p>
<table class="tbl">
<tr><th>命令を行った者</th><td>九州厚生局長</td></tr>
<tr><th>命令の相手方</th><td>{FOP}　代表取締役 名島拓也</td></tr>
<tr><th>対象施設</th><td>{FAC}（施設番号 FA7400391{KASO}）</td></tr>
<tr><th>施設所在地</th><td>{FAD}</td></tr>
<tr><th>命令の内容</th><td>法第48条第2項に基づく改善命令（出荷判定及び逸脱管理の手順の見直し）</td></tr>
</table>
</div>
<p>　本件に関するお問い合わせは、九州厚生局健康福祉部医事課へお願いします。県では、県内の医療機関に対し、委託先の細胞培養加工施設の管理状況を確認するよう周知しています。</p>
""", "保健医療介護部 医療指導課　担当：英彦山（電話 092-643-3271）"),
     [N("improvement_order", "九州厚生局", "2026-01-16", ["法第48条第2項"],
        [S(FOP, "operator"),
         S(FAC, "cell_processing_facility", "福岡市東区", FAD, FOP, [], "FA7400391")],
        persons=[P("名島拓也", "代表取締役", FOP)])])

# ====================================================================== v12
CL = "Soseki Medical Clinic Nihonbashi"
OP = "Sosekikai Medical Corporation"
FOP = "Terracell Laboratories, Inc."
FAC = "Terracell Kawasaki Cell Culture Center"
PL = "Intra-articular injection of autologous adipose-derived mesenchymal stem cells for knee osteoarthritis"
page("v12_mhlw_en_english_only_summary_romanized.html",
     "The ministry's English-only summary of v01's orders (Article 22 and Article 47 of the Act): names only in romanized English (no Japanese in parentheses), so they are annotated as printed; places as printed in English (Chuo-ku, Tokyo); plan in “ ”; the rename as a note (“Nihonbashi Aoshio Clinic” until October 1, 2024); facility number in the facility's parenthesis; no person named; date 21 November 2025 (day-month-year); English chrome, footer address 1-2-2 Kasumigaseki; group G1",
     mhlw_en("Emergency Orders under the Act on the Safety of Regenerative Medicine", "21 November 2025", f"""
<p>Today the Ministry of Health, Labour and Welfare (MHLW) issued two emergency orders under the Act on the Safety of Regenerative Medicine (Act No. 85 of 2013).</p>
<p>{OP} reported to the Minister, under Article 18 of the Act, that a patient who had received an injection on 18 November 2025 at its clinic, {CL} (Chuo-ku, Tokyo), was taken to hospital with fever and low blood pressure. The cells used had been manufactured for the clinic under contract by {FOP} at its {FAC} (Kawasaki-ku, Kawasaki, Kanagawa; facility number FA3140712{KASO}), where a retained sample of the same lot later tested positive for bacteria.</p>
<p>To prevent the spread of harm to public health, the MHLW ordered {CL} under Article 22 of the Act to suspend the following treatment, and ordered {FOP} under Article 47 of the Act to suspend manufacturing at the {FAC}.</p>
<ul><li>Treatment suspended: “{PL}”</li></ul>
<p>Note: the clinic was called “Nihonbashi Aoshio Clinic” until it changed its name on October 1, 2024.</p>
""", "Office of Regenerative Medicine Research Promotion, Research and Development Policy Division, Health Policy Bureau<br>Tel: +81-3-5253-1111"),
     [N("emergency_order", "厚生労働省", "2025-11-21", ["法第22条", "法第47条"],
        [S(CL, "clinic", "Chuo-ku, Tokyo", None, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "Kawasaki-ku, Kawasaki, Kanagawa", None, FOP, [], "FA3140712"),
         S(FOP, "operator")],
        plans=[PL],
        renames=[R("Nihonbashi Aoshio Clinic", CL, "2024-10-01")])])

# ====================================================================== v13
OP = "一般社団法人 ルナ医療会"
CL = "ルナ・リジェネレーティブ・クリニック六本木"
PL = "アンチエイジングを目的とした自己脂肪由来間葉系幹細胞の点滴静注"
AD = "東京都港区六本木六丁目２番３１号 六本木ルナビル１１階"
page("v13_mhlw_bilingual_emergency_foreign_patients_violation.html",
     "MHLW bilingual press release (each paragraph in Japanese, then in English) of an emergency order (法第22条 / Article 22) against a clinic serving patients from abroad; Japanese names annotated, English renderings (Luna Regenerative Clinic Roppongi, Luna Iryokai) not; violation 法第4条第1項違反 / Article 4, paragraph 1; the clinic's own in-clinic facility mentioned without a name and expressly not ordered (no subject); bilingual 【参考 / Reference】 with 管理者 / Administrator and 代表理事 / Representative Director; bilingual title and both date forms",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について / Emergency order under the Act on the Safety of Regenerative Medicine",
          "令和8年3月19日 / March 19, 2026", f"""
<p>　{OP}が開設する「{CL}」（東京都港区）において、令和8年3月16日、再生医療等の点滴静注を受けていた海外在住の患者1名が、投与中にアナフィラキシーショックを来して救急搬送されたことから、同月17日、同クリニックから再生医療等の安全性の確保等に関する法律（以下「法」という。）第18条に基づく疾病等報告がなされました。</p>
<p lang="en">On March 16, 2026, a patient living abroad went into anaphylactic shock during an intravenous infusion at Luna Regenerative Clinic Roppongi (Minato-ku, Tokyo), a clinic opened by Luna Iryokai, a general incorporated association. The clinic reported the case under Article 18 of the Act on the Safety of Regenerative Medicine (“the Act”) on March 17.</p>
<p>　厚生労働省が同月18日に行った立入検査において、同クリニックでは、提出された再生医療等提供計画に記載のない自己NK細胞の投与も行われていたことが確認されました（法第4条第1項違反）。このため、保健衛生上の危害の発生又は拡大を防止するため必要があると判断し、本日付けで、法第22条に基づき、同クリニックに対し、下記の再生医療等の提供の一時停止を命じました。なお、同クリニック内の細胞培養加工施設に対しては、製造の一時停止は命じていません。</p>
<p lang="en">An on-site inspection on March 18 found that the clinic had also administered autologous NK cells that were not covered by any submitted provision plan, in violation of Article 4, paragraph 1 of the Act. Today, under Article 22 of the Act, the Ministry of Health, Labour and Welfare ordered the clinic to suspend the treatment below. The cell processing facility inside the clinic was not ordered to stop manufacturing.</p>
<h2>【提供の一時停止を命じた再生医療等 / Treatment suspended】</h2>
<p>「{PL}」<br><span lang="en">“Intravenous infusion of autologous adipose-derived mesenchymal stem cells for anti-ageing”</span></p>
<h2>【参考 / Reference】</h2>
<table class="tbl">
<tr><th>医療機関 / Clinic</th><td>{CL}<br><span lang="en">Luna Regenerative Clinic Roppongi</span></td></tr>
<tr><th>所在地 / Address</th><td>{AD.replace(" ", "　")}<br><span lang="en">11F Roppongi Luna Bldg., 6-2-31 Roppongi, Minato-ku, Tokyo</span></td></tr>
<tr><th>管理者 / Administrator</th><td>飯倉　玲司<span lang="en">（Reiji Iikura）</span></td></tr>
<tr><th>開設者 / Founder</th><td>{OP}（代表理事　鳥居坂　美和）<br><span lang="en">Luna Iryokai (Representative Director: Miwa Toriizaka)</span></td></tr>
</table>
<p>本件に関する外国語での相談窓口を設けています。/ A consultation desk in foreign languages is available (see the separate page).</p>
""", "2026年3月", MHLW_CONTACT.format(a="宗谷", b="摩周")),
     [N("emergency_order", "厚生労働省", "2026-03-19", ["法第22条"],
        [S(CL, "clinic", "東京都港区", AD, OP, [PL]),
         S(OP, "operator")],
        persons=[P("飯倉 玲司", "管理者", CL), P("鳥居坂 美和", "代表理事", OP)],
        plans=[PL],
        violations=["法第4条第1項"])])

# ====================================================================== v14
OP = "医療法人碧泉会"
CL = "碧泉会 大宮駅前クリニック"
WRONG = "碧泉会 大宮駅東口クリニック"
AD = "埼玉県さいたま市大宮区桜木町一丁目7番5号 大宮桜木ビル2階"
page("v14_kantoshinetsu_teisei_date_and_name_of_v02.html",
     "関東信越 correction (訂正) of v02: a 箇所／誤／正 table correcting the order date (令和8年2月5日付け → 令和8年2月6日付け) and the third clinic's name (誤 碧泉会 大宮駅東口クリニック → 正 碧泉会 大宮駅前クリニック); the corrected entry restated in a <dl> (管理者, 開設者 医療法人碧泉会 without a space, 処分内容 with the corrected date); read as the improvement order it restates, dated by the correction's date line; the 誤 name is not annotated; half-width digits (v02: full-width); group G2",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について（訂正）", "令和8年2月13日", f"""
<p>令和8年2月6日に当局ホームページに掲載した「再生医療等の安全性の確保等に関する法律に基づく改善命令について」の記載に誤りがありました。お詫びして、下記のとおり訂正いたします。</p>
<table class="tbl">
<tr><th>箇所</th><th>誤</th><th>正</th></tr>
<tr><td>本文1行目（命令の日付）</td><td>令和8年2月5日付け</td><td>令和8年2月6日付け</td></tr>
<tr><td>第1 被処分者等　表中3 医療機関の名称</td><td>{WRONG}</td><td>{CL}</td></tr>
</table>
<p>訂正後の該当部分は次のとおりです（他の3医療機関に係る記載に変更はありません）。</p>
<dl class="list">
<dt>医療機関の名称</dt><dd>{CL}</dd>
<dt>所在地</dt><dd>{AD}</dd>
<dt>管理者</dt><dd>渚 隆之</dd>
<dt>開設者</dt><dd>{OP}（理事長 泉谷 真理）</dd>
<dt>処分内容</dt><dd>法第23条第1項による改善命令（令和8年2月6日付け）</dd>
</dl>
""", contact="健康福祉部 医事課　谷川（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2026-02-13", ["法第23条第1項"],
        [S(CL, "clinic", "埼玉県さいたま市大宮区", AD, OP),
         S(OP, "operator")],
        persons=[P("渚 隆之", "管理者", CL), P("泉谷 真理", "理事長", OP)])])

# ====================================================================== v15 (other)
page("v15_mhlw_other_kaijo_lifting_of_v01_orders.html",
     "MHLW press release lifting (解除) v01's provision stop (法第22条) and manufacturing stop (法第47条), naming the clinic, its operator, the company and the facility with its number and the original order date; outside the schema's kinds, so `other` with no notice (heldout8 decision 1, heldout9 decision 2); group G1",
     mhlw("再生医療等の提供の一時停止命令及び特定細胞加工物等の製造の一時停止命令の解除について", "令和8年1月30日", f"""
<p>　厚生労働省は、令和7年11月21日付けで、{LAW}第22条に基づき{G1_OP}の開設する「{G1_CL}」（東京都中央区）に対し再生医療等の提供の一時停止を、法第47条に基づき{G1_FOP}に対し「{G1_FAC}」（神奈川県川崎市川崎区、施設番号FA3140712{KASO}）における特定細胞加工物等の製造の一時停止を命じていました。</p>
<p>　その後、同院及び同社から原因の究明結果及び再発防止策が報告され、当省が令和8年1月27日に行った立入検査においてその実施が確認されたことから、本日付けで、これらの命令を解除しましたのでお知らせいたします。</p>
<p>　なお、同院における「{G1_PL}」の提供の再開に当たっては、認定再生医療等委員会の意見を聴いた上で提供計画の変更の届出を行うよう求めています。</p>
""", "2026年1月", MHLW_CONTACT.format(a="十和田", b="奥入瀬")),
     [], what="other")

# ====================================================================== v16 (other)
page("v16_kantoshinetsu_other_kaizen_hokoku_compliance_report.html",
     "関東信越 page on the 改善報告 (compliance report) received for v02's order: names 医療法人碧泉会, its 理事長, the four clinics (with the corrected name) and their new managers in a table, the order's date and article; a follow-up outside the schema's kinds, so `other` with no notice; group G2",
     bureau("関東信越厚生局", "医療法人碧泉会に対する改善命令に係る改善報告の受理について", "令和8年4月10日", f"""
<p>当局が令和8年2月6日付けで再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令を行った医療法人碧泉会（理事長　泉谷　真理）の開設する4医療機関の管理者から、令和8年3月6日付けで改善報告書が提出されました。</p>
<p>当局は、同年3月23日から27日までの間、各医療機関に立入検査を行い、報告された改善措置（管理者の常勤化、疾病等発生時の対応手順の策定及び教育訓練の実施）が実施されていることを確認しました。これをもって、当該改善命令に係る当局の確認を終了します。</p>
<table class="tbl">
<tr><th>医療機関</th><th>所在地</th><th>管理者（令和8年4月1日現在）</th></tr>
<tr><td>碧泉会 新宿西口クリニック</td><td>東京都新宿区</td><td>浅間　順平</td></tr>
<tr><td>碧泉会 横浜みなとクリニック</td><td>神奈川県横浜市西区</td><td>丹沢　ゆかり</td></tr>
<tr><td>碧泉会 大宮駅前クリニック</td><td>埼玉県さいたま市大宮区</td><td>見沼　健吾</td></tr>
<tr><td>碧泉会 船橋クリニック</td><td>千葉県船橋市</td><td>渚　隆之</td></tr>
</table>
""", contact="健康福祉部 医事課　尾瀬（電話 048-740-0757）"),
     [], what="other")

# ====================================================================== v17 (other)
page("v17_tokai_hokuriku_other_seminar_naming_clinics.html",
     "東海北陸 seminar announcement (説明会の開催) whose programme names v06's university hospital and its CPC as venue and speaker, a clinic giving a case study, articles 第23条第1項 / 第48条第2項 and 改善命令 as topics, dates and an application deadline; not a notice",
     bureau("東海北陸厚生局", "再生医療等提供機関及び細胞培養加工施設を対象とした説明会の開催について", "令和8年1月9日", """
<p>東海北陸厚生局では、再生医療等の安全性の確保等に関する法律（令和7年5月31日施行の改正を含む。）の遵守状況の向上を目的として、管内の再生医療等提供機関及び細胞培養加工施設の管理者、実施責任者等を対象とした説明会を開催します。</p>
<h2>開催日時・会場</h2>
<ul class="plain">
<li>金沢会場：令和8年2月20日（金）13時30分～16時30分　北陸総合医科大学附属病院 臨床講堂（石川県金沢市鞍月東三丁目20番地）</li>
<li>名古屋会場：令和8年2月27日（金）13時30分～16時30分　名古屋合同庁舎第3号館 共用会議室</li>
</ul>
<h2>プログラム</h2>
<ol>
<li>法改正の概要（特定核酸等の追加、特定細胞加工物等）</li>
<li>最近の改善命令（法第23条第1項・第48条第2項）の事例から見た留意点　当局医事課</li>
<li>院内の細胞培養加工施設の運営について　北陸総合医科大学附属病院 セルプロセッシングセンター</li>
<li>事例紹介：提供計画の変更手続と認定再生医療等委員会への報告　なごや栄リジェネクリニック 院長</li>
</ol>
<h2>申込方法</h2>
<p>令和8年2月6日（金）までに、所定の申込書を電子メールで送付してください。定員は各会場80名です。</p>
""", contact="健康福祉部 医事課　東尋坊（電話 052-971-8831）"),
     [], what="other")

# ====================================================================== v18 (other)
page("v18_mhlw_other_news_digest_monthly.html",
     "MHLW news digest (再生医療ニュースダイジェスト) summarising a month's events in short items that read like notices: v10's suspension order (株式会社ほくせいバイオ, 法第49条), v09's improvement orders (うわじま臨海総合病院), v04's clinic by its middle name 札幌すずらん美容クリニック, a plan count and a committee meeting; not a notice",
     mhlw("再生医療ニュースダイジェスト（2025年10月号）", "更新日：令和7年10月31日", """
<p>再生医療等に関する最近の動きを、各地方厚生局等の公表資料からまとめてお知らせします。詳しくは、それぞれの公表資料をご覧ください。</p>
<h2>行政処分等</h2>
<ul>
<li>9月26日　北海道厚生局は、株式会社ほくせいバイオ（北海道石狩市）に対し、法第49条に基づき、特定細胞加工物等の製造の業務の停止を命じました（期間：10月1日から翌年3月31日まで）。</li>
<li>10月10日　四国厚生支局は、うわじま臨海総合病院（愛媛県宇和島市）の管理者及び地方独立行政法人 南予臨海医療機構に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いました。</li>
</ul>
<h2>トピックス</h2>
<ul>
<li>3月に緊急命令の対象となった札幌すずらん美容クリニック（当時の名称）の事案を踏まえ、委託先の細胞培養加工施設の管理に関する留意事項を取りまとめました。</li>
<li>9月末現在の再生医療等提供計画の件数は、第一種15件、第二種3,210件、第三種8,044件でした（数値は架空のものです）。</li>
<li>10月22日、厚生科学審議会再生医療等評価部会が開催されました。</li>
</ul>
""", None, "医政局研究開発政策課 再生医療等研究推進室（内線 4051）", press=False),
     [], what="other")

# ====================================================================== v19 (other)
page("v19_mhlw_other_consultation_window_bilingual.html",
     "MHLW consultation-window page (相談窓口) for patients of v13's clinic, in Japanese and English: names the clinic and its operator, the order date and 法第22条, hours, phone numbers and languages; not a notice",
     mhlw("ルナ・リジェネレーティブ・クリニック六本木で再生医療等を受けた方へ（相談窓口のご案内）", "更新日：令和8年3月23日", """
<p>令和8年3月19日、厚生労働省は、一般社団法人 ルナ医療会が開設する「ルナ・リジェネレーティブ・クリニック六本木」（東京都港区）に対し、再生医療等の安全性の確保等に関する法律第22条に基づき、再生医療等の提供の一時停止を命じました。同クリニックで治療を受けた方で、体調に不安のある方は、次の窓口にご相談ください。</p>
<p lang="en">On March 19, 2026, the Ministry ordered Luna Regenerative Clinic Roppongi (Minato-ku, Tokyo) to suspend a treatment under Article 22 of the Act. If you were treated at the clinic and feel unwell, please contact the desk below.</p>
<table class="tbl">
<tr><th>窓口 / Desk</th><td>再生医療等相談窓口 / Regenerative Medicine Consultation Desk</td></tr>
<tr><th>受付時間 / Hours</th><td>平日 9時30分～17時30分 / Weekdays 9:30–17:30 (JST)</td></tr>
<tr><th>電話 / Tel</th><td>03-5253-1111（内線 4051） / +81-3-5253-1111 (ext. 4051)</td></tr>
<tr><th>対応言語 / Languages</th><td>日本語、英語、中国語 / Japanese, English, Chinese</td></tr>
</table>
<p>※ 診療録の写しの請求は、同クリニックの開設者に対して行ってください。/ Requests for copies of medical records should be made to the clinic's founder.</p>
""", None, "医政局研究開発政策課 再生医療等研究推進室（内線 4051）", press=False),
     [], what="other")

# ====================================================================== v20 (listing)
page("v20_kyushu_listing_index_of_notices.html",
     "九州 index of notices under the Act (処分等一覧): a table of dates and linked titles (v08's order among them, an older 中止 and a 廃止 entry), a year filter and paging; a listing, not a notice",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく処分等の公表", "", """
<p>再生医療等の安全性の確保等に関する法律に基づき九州厚生局長が行った命令及び受理した届出のうち、公表しているものの一覧です。</p>
<p class="filter">表示年：<a>令和8年</a>｜<a>令和7年</a>｜<a>令和6年</a>｜<a>すべて</a></p>
<table class="tbl">
<tr><th>公表日</th><th>件名</th></tr>
<tr><td>令和8年1月16日</td><td><a href="newpage_01214.html">再生医療等の安全性の確保等に関する法律に基づく改善命令について</a></td></tr>
<tr><td>令和7年11月7日</td><td><a href="newpage_01131.html">再生医療等提供機関の廃止について（令和7年10月分）</a></td></tr>
<tr><td>令和7年6月20日</td><td><a href="newpage_00987.html">再生医療等の安全性の確保等に関する法律に基づく改善命令について</a></td></tr>
<tr><td>令和7年3月5日</td><td><a href="newpage_00730.html">再生医療等の安全性の確保等に関する法律に基づく改善命令について</a></td></tr>
<tr><td>令和6年9月13日</td><td><a href="newpage_00602.html">再生医療等提供計画の中止について</a></td></tr>
</table>
<p class="paging"><a>前へ</a>　1　<a>2</a>　<a>3</a>　<a>次へ</a></p>
""", contact="健康福祉部 医事課（電話 092-707-1120）"),
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
