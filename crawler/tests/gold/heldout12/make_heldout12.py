#!/usr/bin/env python3
"""Twelfth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout12/make_heldout12.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout11's generator was read only as the model of a
held-out set's layout). This set is a *mix*, shaped like one year's crawl of all
the sources: the Ministry's press releases in three generations of its site (an
old table layout, the current layout with breadcrumb and side navigation, a
release whose HTML is a two-line summary over 別添 PDF links); every regional
bureau in its own style (北海道, 東北, 関東信越, 東海北陸, 近畿, 中国四国, 四国厚生支局,
九州 with a clinic in 沖縄) — labelled tables, one-line entries, numbered lists,
definition lists, a PDF converted to HTML with hard line breaks inside names; a
prefecture's repost; parties with their attributes in unusual order (place before
the name, operator before the clinic, 「院長　X（管理者）」, a corporate number, the
facility number before the name, 番地 / 字 / 郡 / 村 / 政令市の区 addresses); renames
of every sort (a ※ footnote, a clinic's rename on the day its 開設者 changed, a
clinic renamed back to its first name, a company renamed while its facility's
name stays); all kinds of notice, two pages with two kinds each, a closure
addendum; and look-alikes (an annual report by counts, an explanation of the law,
a call for public comment, a list of accepted plans) plus one listing.
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
def mhlw_old(title, date, body, month, contact):
    """The ministry's older site template: layout tables, <font>, a grey left column,
    the date and a bordered 【照会先】 box at the top right."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>報道発表資料：{title}</title>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td width="300"><a><img src="/images/common/logo.gif" alt="厚生労働省" width="220" height="44" border="0"></a></td>
<td align="right"><font size="-1"><a>サイトマップ</a>｜<a>English</a>｜<a>携帯サイト</a>｜<a>文字サイズの変更</a></font></td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#E8EEF7"><font size="-1"><a>ホーム</a> &gt; <a>報道・広報</a> &gt; <a>報道発表資料</a> &gt; <a>{month}</a> &gt; {title}</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#F2F2F2"><font size="-1"><b>報道発表資料</b><br>
<a>最新の報道発表資料</a><br><a>過去の報道発表資料</a><br><a>審議会等の開催予定</a><br><a>大臣記者会見概要</a><br><a>広報誌</a></font></td>
<td width="610" valign="top">
<p class="fiction">{FICTION}</p>
<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr>
<td valign="bottom"><font size="-1">報道関係者各位</font></td>
<td width="260" align="right" valign="top"><font size="-1">{date}</font><br>
<table border="1" cellspacing="0" cellpadding="3" width="250"><tr><td><font size="-1">【照会先】<br><span class="contact">{contact}</span></font></td></tr></table></td>
</tr></table>
<br>
<p align="center"><font size="+1"><b>{title}</b></font></p>
{body}
<p align="right"><a>ページの先頭へ戻る</a></p>
</td></tr></table>
<hr size="1" width="760" align="left">
<table width="760" border="0"><tr><td align="center"><font size="-1">厚生労働省　{MHLW_ADDR}　電話：03-5253-1111（代表）<br>Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</font></td></tr></table>
</body>
</html>
"""


def mhlw_new(title, date, body, month, contact, side, kind="press", published=""):
    """The ministry's current template: header, <ol> breadcrumb, the article in
    <main>, a side navigation column beside it, 公開日 at the bottom.
    kind="press": date line, 【照会先】, 報道関係者各位; "policy": a policy page with
    the contact after the body; "list": a monthly listing (no date line)."""
    if kind == "press":
        crumbs = ["ホーム", "報道・広報", "報道発表資料", month]
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
        crumbs = ["ホーム", "政策について", "分野別の政策一覧", "健康・医療", "医療", "再生医療について"]
        inner = f"""<h1 class="m-hdgLv1">{title}</h1>
<div class="m-content">
{body}
</div>
<div class="m-contact"><p>【照会先】</p><p class="contact">{contact}</p></div>"""
    else:
        crumbs = ["ホーム", "報道・広報", "報道発表資料"]
        inner = f"""<h1 class="m-hdgLv1">{title}</h1>
<div class="m-content">
{body}
</div>"""
    crumb = "".join(f"<li><a>{c}</a></li>" for c in crumbs) + f"<li>{title}</li>"
    side_html = "".join(f"<li><a>{s}</a></li>" for s in side)
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
    "東北厚生局": "〒980-8426 宮城県仙台市青葉区花京院1-1-20 花京院スクエア21階",
    "関東信越厚生局": "〒330-9713 埼玉県さいたま市中央区新都心1番地1 さいたま新都心合同庁舎1号館",
    "東海北陸厚生局": "〒461-0011 愛知県名古屋市東区白壁1-15-1 名古屋合同庁舎第3号館",
    "近畿厚生局": "〒540-0008 大阪府大阪市中央区大手前4-1-76 大阪合同庁舎第4号館",
    "中国四国厚生局": "〒730-0012 広島県広島市中区上八丁堀6-30 広島合同庁舎4号館",
    "四国厚生支局": "〒760-0019 香川県高松市サンポート3-33 高松サンポート合同庁舎",
    "九州厚生局": "〒812-0013 福岡県福岡市博多区博多駅東2-10-7 福岡第二合同庁舎",
}

SIDE_MENUS = {
    "北海道厚生局": ("業務のご案内", ["医療法人・医療機関", "再生医療等", "臨床研究法", "麻薬等の取締り"]),
    "東北厚生局": ("医事課", ["医療法人", "再生医療等の安全性確保", "臨床研究", "医療監視"]),
    "関東信越厚生局": ("健康福祉部", ["医事課", "再生医療等", "薬事監視", "保険指導"]),
    "東海北陸厚生局": ("医事", ["医療法人", "再生医療等", "臨床研究", "医療安全"]),
    "近畿厚生局": ("医事・薬事", ["医療法人", "再生医療等提供計画", "細胞培養加工施設", "臨床研究"]),
    "中国四国厚生局": ("健康福祉部", ["医事課", "再生医療等", "臨床研究", "医療監視"]),
    "四国厚生支局": ("医事", ["再生医療等", "臨床研究", "医療法人"]),
    "九州厚生局": ("医事課", ["再生医療等", "臨床研究", "医療法人", "沖縄県の皆様へ"]),
}


def bureau(org, title, date, body, contact="", top=None, crumbs=("業務内容", "医事", "再生医療等"),
           date_below=False, date_label=""):
    """A regional bureau page: header, breadcrumb, side menu, date (above or below
    the body), body, 【担当】 block, footer with the bureau's address."""
    top = top or org
    trail = " &gt; ".join([f"<a>{top}</a>", *[f"<a>{c}</a>" for c in crumbs], title])
    d = f'<p class="date">{date_label}{date}</p>' if date else ""
    tanto = f'<div class="tanto"><p>【担当】</p><p class="contact">{contact}</p></div>' if contact else ""
    side_ttl, side = SIDE_MENUS[org]
    side_html = "".join(f"<li><a>{s}</a></li>" for s in side)
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
<div id="side"><p class="side_ttl">{side_ttl}</p><ul>{side_html}</ul></div>
<div id="main">
<p class="fiction">{FICTION}</p>
{"" if date_below else d}
<h1>{title}</h1>
<div class="box_text">
{body}
</div>
{d if date_below else ""}
{tanto}
<p class="pagetop"><a>ページの先頭へ</a></p>
</div>
</div>
<div id="footer"><p>{org}　{BUREAU_ADDR[org]}</p><p>Copyright (C) {org} All Rights Reserved.</p></div>
</body>
</html>
"""


def osaka(title, posted, body, contact):
    """大阪府's own site: its header, breadcrumb, 掲載日, body and お問合せ block."""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}／大阪府</title>
</head>
<body>
<div id="tmp_header"><p id="tmp_hlogo"><a>大阪府</a></p>
<ul id="tmp_gnavi"><li><a>くらし・住まい・まちづくり</a></li><li><a>健康・医療・福祉</a></li><li><a>子育て・教育</a></li><li><a>しごと・産業</a></li><li><a>府政運営・統計</a></li></ul></div>
<div id="tmp_pankuzu"><a>ホーム</a> &gt; <a>健康・医療・福祉</a> &gt; <a>医療</a> &gt; <a>医療安全</a> &gt; {title}</div>
<div id="tmp_contents">
<p class="fiction">{FICTION}</p>
<p id="tmp_update">更新日：{posted}</p>
<h1>{title}</h1>
{body}
<div id="tmp_inquiry"><p class="inquiry_ttl">このページの作成所属</p><p class="contact">{contact}</p></div>
</div>
<div id="tmp_footer"><p>大阪府庁　〒540-8570 大阪市中央区大手前2丁目　電話番号：06-6941-0351（代表）</p><p>Copyright © Osaka Prefectural Government, All rights reserved.</p></div>
</body>
</html>
"""


def egov(title, body, contact):
    """e-Gov パブリック・コメント: the case's header table, body and contact."""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}｜e-Govパブリック・コメント</title>
</head>
<body>
<header class="egov-header"><p class="egov-logo"><a>e-Gov パブリック・コメント</a></p>
<ul><li><a>意見募集中案件一覧</a></li><li><a>結果公示案件一覧</a></li><li><a>パブリック・コメント制度について</a></li></ul></header>
<nav class="egov-crumb"><a>ホーム</a> &gt; <a>意見募集中案件一覧</a> &gt; 案件詳細</nav>
<main>
<p class="fiction">{FICTION}</p>
<h1>{title}</h1>
{body}
<div class="egov-contact"><p>問合せ先（所管府省・部局名等）</p><p class="contact">{contact}</p></div>
</main>
<footer><p>e-Gov（イーガブ）　デジタル庁</p></footer>
</body>
</html>
"""


LAW_FULL = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"
LAW = "再生医療等の安全性の確保等に関する法律"
PRESS_SIDE = ["報道発表資料 2026年", "報道発表資料 2025年", "報道発表資料 2024年", "大臣会見", "再生医療について", "e-再生医療"]

# Shared identities (see README, "Identity groups")
# G1: 北総バイオプロセシングセンター FA3120456 (w03 under 株式会社ライフテクト北総; w07 after
#     the company's 商号変更 to 株式会社セルメディクス房総, facility name unchanged)
G1_FAC = "北総バイオプロセシングセンター"
G1_OLD_OP = "株式会社ライフテクト北総"
G1_OP = "株式会社セルメディクス房総"
G1_FN = "FA3120456"
# G2: 医療法人 澪標会's clinic, renamed and renamed back (w02 emergency as 北浜ルミエール…,
#     w15 大阪府 repost, w09 improvement as 北浜スキンケア… again; w16, w19 others)
G2_A = "北浜スキンケアクリニック"
G2_B = "北浜ルミエールクリニック"
G2_PL = "自己脂肪由来間葉系幹細胞の静脈内投与による動脈硬化性疾患の予防"
G2_FOP = "株式会社なにわセルファクトリー"
G2_FAC = "株式会社なにわセルファクトリー 淀川細胞加工室"
# G3: the 名駅 clinic whose 開設者 changed on the day it was renamed (w08 old names,
#     w04 new names, w13 closure)
G3_OLD = "名駅ウェルエイジングクリニック"
G3_NEW = "名古屋メディカルリバースクリニック"
G3_PL = "自己脂肪組織由来間葉系幹細胞を用いた変形性膝関節症の治療"
G3_AD = "愛知県名古屋市中村区名駅四丁目11番6号 名駅ヴェールタワー9階"
# G4: くまもとセルプロ's facility FA7430218 (w12 improvement, w14 closure)
G4_FN = "FA7430218"

# ====================================================================== w01
CL = "麻布台ヴィータセルクリニック"
OP = "医療法人社団 凜瑛会"
AD = "東京都港区麻布台一丁目４番３号 麻布台メディカルテラス５階"
page("w01_mhlw_old_table_layout_place_first_violation_closure_addendum.html",
     "MHLW emergency order (法第22条) in the ministry's older template (layout tables, <font>, a grey left column, the date and a bordered 【照会先】 box top right); full-width digits and a weekday in the date line (令和６年６月１４日（金）); the place before the name 「東京都港区に所在する『…』（開設者：…、管理者：…）」 with 『』 quotes; treatment without a plan, 法第４条第１項違反, so no plan; the inspection under 法第２４条第２項 not an article; 【参考】 address with a U+3000 before the building; 【追記】 closure: 廃止届 filed 令和６年８月３０日付け, closed 「同月２３日をもって」 (relative date), posted 令和６年９月３日",
     mhlw_old("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和６年６月１４日（金）", f"""
<p>　厚生労働省は、令和６年６月１１日、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）第２４条第２項に基づき、東京都港区に所在する『{CL}』（開設者：{OP}、管理者：氷見　達郎）に立入検査を行ったところ、下記の法律違反が確認されました。</p>
<p>　このため、保健衛生上の危害の発生又は拡大を防止するため必要があると認め、本日付けで、法第２２条に基づき、同クリニックに対し、再生医療等の提供の一時停止を命じましたので、お知らせいたします。</p>
<p align="center">記</p>
<p><b>【確認された法律違反】</b></p>
<p>『{CL}』</p>
<p>・第二種再生医療等提供計画を厚生労働大臣に提出することなく、自己の脂肪組織から採取し培養した幹細胞を点滴により静脈内に投与する第二種再生医療等を、疲労回復等を目的として提供していたこと（法第４条第１項違反）</p>
<p><b>【参考】</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#EEEEEE"><font size="-1">医療機関の所在地</font></td><td><font size="-1">{AD.replace(" ", "　")}</font></td></tr>
<tr><td bgcolor="#EEEEEE"><font size="-1">命令の内容</font></td><td><font size="-1">再生医療等（提供計画の提出のないものを含む。）の提供の一時停止</font></td></tr>
</table>
<p><b>【追記】（令和６年９月３日）</b></p>
<p>　同クリニックについては、令和６年８月３０日付けで、開設者から、同月２３日をもって診療所を廃止した旨の廃止届が提出されました。</p>
""", "2024年6月", "医政局研究開発政策課<br>再生医療等研究推進室<br>室長補佐　神威（内線4051）<br>専門官　恵庭（内線2685）"),
     [N("emergency_order", "厚生労働省", "2024-06-14", ["法第22条"],
        [S(CL, "clinic", "東京都港区", AD, OP),
         S(OP, "operator")],
        persons=[P("氷見 達郎", "管理者", CL)],
        violations=["法第4条第1項"]),
      N("closure_filing", "厚生労働省", "2024-08-30", [],
        [S(CL, "clinic", "東京都港区", AD, OP)],
        closures=[C(CL, "2024-08-23")], part="closure")])

# ====================================================================== w02
page("w02_mhlw_current_layout_side_nav_operator_first_g2.html",
     "MHLW emergency orders (法第22条 + 法第47条) in the current template (ol breadcrumb, side navigation beside the article, 公開日 in 西暦 at the bottom); operator before the clinic 「医療法人 澪標会が開設する「…」（大阪府大阪市中央区。令和6年4月1日に「…」から名称変更）」; a facility whose name embeds its company (株式会社なにわセルファクトリー 淀川細胞加工室, 大阪市淀川区); 報告された事案 per party; 【提供の一時停止を命じた再生医療等】; group G2 (the clinic renamed back on w09, reposted by 大阪府 on w15)",
     mhlw_new("再生医療等の提供及び特定細胞加工物の製造の一時停止命令について", "令和6年11月22日", f"""
<p>令和6年11月19日、医療法人 澪標会が開設する「{G2_B}」（大阪府大阪市中央区。令和6年4月1日に「{G2_A}」から名称変更）から、{LAW_FULL}第18条に基づく疾病等報告が、翌20日、同院から特定細胞加工物の製造の委託を受けている「{G2_FAC}」（大阪府大阪市淀川区）から、{LAW}施行規則第107条に基づく重大事態報告が、それぞれ厚生労働省になされました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき同院に対して再生医療等の提供の一時停止を、法第47条に基づき同加工室に対して当該特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<h3>「{G2_B}」</h3>
<p>当該再生医療等の静脈内投与を受けた1名が、投与中に呼吸困難及び意識障害を来し、医療機関に救急搬送された。肺塞栓症が疑われている。</p>
<h3>「{G2_FAC}」</h3>
<p>当該ロットの出荷時の記録において、細胞の凝集塊の有無の確認が行われていなかった。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{G2_PL}」</p>
""", "2024年11月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　遠野（内線4051）<br>専門官　猪苗代（内線4162）<br>（代表電話）03(5253)1111",
         PRESS_SIDE, published="公開日：2024年11月22日"),
     [N("emergency_order", "厚生労働省", "2024-11-22", ["法第22条", "法第47条"],
        [S(G2_B, "clinic", "大阪府大阪市中央区", None, "医療法人 澪標会", [G2_PL]),
         S("医療法人 澪標会", "operator"),
         S(G2_FAC, "cell_processing_facility", "大阪府大阪市淀川区", None, G2_FOP),
         S(G2_FOP, "operator")],
        plans=[G2_PL],
        renames=[R(G2_A, G2_B, "2024-04-01")])])

# ====================================================================== w03
W03_FAC = f"{G1_OLD_OP} {G1_FAC}"
page("w03_mhlw_betten_pdf_summary_only_g1.html",
     "MHLW emergency order (法第47条 only) whose HTML is a two-paragraph summary over 別添 PDF links (【別添1】【別添2】【参考】, with PDF sizes); the facility named unquoted with its company in front (株式会社ライフテクト北総 北総バイオプロセシングセンター), the place and the facility number in one parenthesis （千葉県印西市、施設番号 …）; 特定細胞加工物等 (after 令和7年5月31日); no person, no plan; group G1 (the company renamed on w07, the facility's name kept)",
     mhlw_new("特定細胞加工物等の製造の一時停止命令について", "令和7年6月6日", f"""
<p>厚生労働省は、本日、{W03_FAC}（千葉県印西市、施設番号 {G1_FN}{KASO}）に対し、{LAW}第47条に基づき、特定細胞加工物等の製造の一時停止を命じました。</p>
<p>命令に至った経緯、命令の内容及び同施設に製造を委託している医療機関への対応については、別添資料をご覧ください。</p>
<h2>添付資料</h2>
<ul class="m-listLink">
<li><a href="https://www.mhlw.go.jp/content/10808000/001489126.pdf">【別添1】緊急命令の概要［PDF形式：312KB］</a></li>
<li><a href="https://www.mhlw.go.jp/content/10808000/001489127.pdf">【別添2】製造を委託している医療機関の皆様へ［PDF形式：98KB］</a></li>
<li><a href="https://www.mhlw.go.jp/content/10808000/001489128.pdf">【参考】再生医療等の安全性の確保等に関する法律の概要［PDF形式：1.2MB］</a></li>
</ul>
<p class="m-pdfNote">PDFファイルを見るためには、Adobe Readerというソフトが必要です。</p>
""", "2025年6月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐 赤城<br>専門官 妙義<br>（代表電話）03-5253-1111（内線4051）",
         PRESS_SIDE, published="公開日：2025年6月6日"),
     [N("emergency_order", "厚生労働省", "2025-06-06", ["法第47条"],
        [S(W03_FAC, "cell_processing_facility", "千葉県印西市", None, G1_OLD_OP, [], G1_FN),
         S(G1_OLD_OP, "operator")])])

# ====================================================================== w04
FOP = "合同会社とうかいセルワークス"
FAC = "とうかいセルワークス 豊田培養ラボ"
FAD = "愛知県豊田市若宮町一丁目57番地1 豊田ラボビル3階"
page("w04_mhlw_two_kinds_emergency_and_improvement_same_day_rename_operator_change_g3.html",
     "MHLW page with two kinds of order: a 法第22条 緊急命令 to a clinic and a 法第48条第2項 改善命令 to a facility not implicated in the harm (two notices, each with its own parties); operator before the clinic in the lead, the 合同会社 with （代表社員 …） before its facility; the plan in “ ” quotes; 備考: the clinic was renamed on the same day its 開設者 changed (「令和7年10月1日、開設者が医療法人 鷺照会から医療法人 錦和会に変更されたのと同じ日に、「名駅…」から現在の名称に改称」) — one clinic rename, the former 開設者 context; group G3 (old names on w08, closure on w13)",
     mhlw_new("再生医療等の安全性の確保等に関する法律に基づく緊急命令及び改善命令について", "令和8年2月13日", f"""
<p>厚生労働省は、本日、医療法人 錦和会が開設する「{G3_NEW}」（愛知県名古屋市中村区）の管理者に対し、再生医療等の安全性の確保等に関する法律（以下「法」という。）第22条に基づく緊急命令を、{FOP}（代表社員 設楽 恵）が設置する細胞培養加工施設「{FAC}」（愛知県豊田市）に対し、法第48条第2項に基づく改善命令を、それぞれ行いましたのでお知らせします。</p>
<h2>1　緊急命令（再生医療等の提供の一時停止）</h2>
<p>（1）命令の相手方　「{G3_NEW}」管理者　庄内 由紀夫</p>
<p>（2）一時停止を命じた再生医療等　“{G3_PL}”</p>
<p>（3）経緯　令和8年2月6日、同院から、法第18条に基づき、当該再生医療等の関節内投与を受けた2名が化膿性関節炎を発症し入院した旨の疾病等報告がなされた。同月10日に法第24条第1項に基づき立入検査を行ったところ、同院において、細胞培養加工施設から受け入れた細胞懸濁液を、清浄度の管理されていない処置室で希釈し分注していたことが確認された。</p>
<p>（4）備考　同院は、令和7年10月1日、開設者が医療法人 鷺照会から医療法人 錦和会に変更されたのと同じ日に、「{G3_OLD}」から現在の名称に改称している。</p>
<h2>2　改善命令</h2>
<p>（1）命令の相手方　{FOP}</p>
<p>（2）対象施設　{FAC}（施設番号：FA4230117{KASO}）<br>所在地　{FAD}</p>
<p>（3）経緯　上記1の事案に関連して、同院に特定細胞加工物を供給していた同施設に令和8年2月10日に立入検査を行ったところ、当該事案の原因となった事実は認められなかったものの、出荷時の輸送条件の記録が一部作成されていないこと、及び製造に従事する者の教育訓練の記録が不備であることが確認された。</p>
<p>（4）命令の内容　輸送条件及び教育訓練の記録の作成手順を整備し、令和8年3月13日までに改善結果を報告すること。</p>
""", "2026年2月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　比叡<br>専門官　伊良部<br>（代表電話）03(5253)1111（内線4051）",
         PRESS_SIDE, published="公開日：2026年2月13日"),
     [N("emergency_order", "厚生労働省", "2026-02-13", ["法第22条"],
        [S(G3_NEW, "clinic", "愛知県名古屋市中村区", None, "医療法人 錦和会", [G3_PL]),
         S("医療法人 錦和会", "operator")],
        persons=[P("庄内 由紀夫", "管理者", G3_NEW)],
        plans=[G3_PL],
        renames=[R(G3_OLD, G3_NEW, "2025-10-01")]),
      N("improvement_order", "厚生労働省", "2026-02-13", ["法第48条第2項"],
        [S(FOP, "operator"),
         S(FAC, "cell_processing_facility", "愛知県豊田市", FAD, FOP, [], "FA4230117")],
        persons=[P("設楽 恵", "代表社員", FOP)])])

# ====================================================================== w05
OP = "株式会社道央セルテクノ"
FAC = "道央セルテクノ 東神楽プロセスセンター"
FAD = "北海道上川郡東神楽町ひじり野北1条3丁目2番地1"
page("w05_hokkaido_licence_revocation_gun_cho_reiwa_gannen.html",
     "北海道 licence revocation (法第49条, 許可の取消し) of a licensed facility in a 郡/町 with a 条・丁目・番地 address (北海道上川郡東神楽町ひじり野北1条3丁目2番地1); ■ headed blocks of colon-labelled rows; the representative's name before the title 「代表者：支笏 理沙（代表取締役）」; 許可年月日 令和元年7月1日 (元年) and its renewal as history; an earlier 法第48条第2項 order (令和7年8月22日付け) as history",
     bureau("北海道厚生局", "特定細胞加工物等の製造の許可の取消しについて", "令和8年1月9日", f"""
<p>北海道厚生局長は、令和8年1月9日付けで、次の特定細胞加工物等製造事業者に対し、{LAW}第49条の規定により、特定細胞加工物等の製造の許可を取り消した。</p>
<p><strong>■処分の相手方</strong><br>
　名称：{OP}<br>
　代表者：支笏 理沙（代表取締役）</p>
<p><strong>■取り消した許可</strong><br>
　細胞培養加工施設の名称：{FAC}<br>
　所在地：{FAD}<br>
　施設番号：{"FA1120345"}{KASO}<br>
　許可年月日：令和元年7月1日（令和6年7月1日更新）</p>
<p><strong>■処分の理由</strong><br>
　同社は、令和7年8月22日付けで法第48条第2項に基づく改善命令を受けたが、期限までに改善の報告を行わず、当局が同年11月に行った立入検査においても、無菌試験の結果を待たずに特定細胞加工物を出荷していたこと、及び製造記録の一部を事後に作成していたことが確認された。このため、製造の許可を取り消すこととした。</p>
<p><strong>■その他</strong><br>
　同施設に製造を委託していた道内の医療機関（4施設）に対しては、当局から個別に連絡し、再生医療等の提供への影響を確認している。</p>
""", contact="健康福祉部 医事課　然別（電話 011-796-5105）"),
     [N("licence_revocation", "北海道厚生局", "2026-01-09", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道上川郡東神楽町", FAD, OP, [], "FA1120345")],
        persons=[P("支笏 理沙", "代表取締役", OP)])])

# ====================================================================== w06
OP = "医療法人社団 七ツ森会"
CL = "大衡ファミリー整形外科クリニック"
AD = "宮城県黒川郡大衡村大衡字萱刈場12番地の8"
PL1 = "自己多血小板血漿を用いた変形性膝関節症の治療"
PL2 = "自己多血小板血漿を用いた上腕骨外側上顆炎の治療"
page("w06_tohoku_numbered_list_incho_name_kanrisha_mura_aza_wareki_seireki.html",
     "東北 improvement order (法第23条第1項) as an <ol> numbered list; the manager's title before and after the name 「院長　志田 拓也（管理者）」; 開設者 row （理事長　…）; 村 address with 字 and 番地の (宮城県黒川郡大衡村大衡字萱刈場12番地の8); two plans in 『』 separated by ，; ，． punctuation; 和暦+西暦 date line 令和7年（2025年）7月18日",
     bureau("東北厚生局", "再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令について", "令和7年（2025年）7月18日", f"""
<p>東北厚生局長は，本日，下記の再生医療等提供機関の管理者に対し，{LAW}第23条第1項に基づく改善命令を行いました．</p>
<ol class="num">
<li>命令の相手方：院長　志田 拓也（管理者）</li>
<li>医療機関の名称：{CL}</li>
<li>開設者：{OP}（理事長　七北田 桂子）</li>
<li>所在地：{AD}</li>
<li>対象となる再生医療等提供計画：『{PL1}』，『{PL2}』</li>
<li>命令の内容：(1) 多血小板血漿の調製に用いる機器の保守点検の記録を作成すること．(2) 再生医療等を受ける者に対する説明文書を提供計画の記載に合わせて改めること．(3) 令和7年8月29日までに改善の状況を報告すること．</li>
</ol>
<h2>経緯</h2>
<p>令和7年6月に当局が同院に対して行った立入検査において，遠心分離機の保守点検が1年以上行われていなかったこと，及び説明文書に提供計画に記載のない効果が記載されていたことが確認されたため，上記のとおり命令を行ったものである．</p>
""", contact="健康福祉部 医事課　遠刈田（電話 022-726-9264）"),
     [N("improvement_order", "東北厚生局", "2025-07-18", ["法第23条第1項"],
        [S(CL, "clinic", "宮城県黒川郡大衡村", AD, OP, [PL1, PL2]),
         S(OP, "operator")],
        persons=[P("志田 拓也", "管理者", CL), P("七北田 桂子", "理事長", OP)],
        plans=[PL1, PL2])])

# ====================================================================== w07
FAD = "千葉県印西市牧の原二丁目5番地3 印西バイオパークB棟2階"
page("w07_kantoshinetsu_pdf_lines_corporate_number_operator_renamed_facility_kept_g1.html",
     "関東信越 improvement order (法第48条第2項) converted from PDF to HTML: one <p> per printed line, a spaced date (令和 8 年 1 月 30 日), hard line breaks inside the company name (株式会社セルメディクス<br>房総), inside the facility name (北総バイオプロセシング<br>センター) and between the address and its building; 名　　称 / （代表取締役：…） / 所 在 地 / 施 設 名 / 施設番号 rows; the company renamed (令和7年10月1日に株式会社ライフテクト北総から商号変更) with its 法人番号 printed (marked invented) and 「細胞培養加工施設の名称に変更はない」; the Minister's earlier 法第47条 stop (w03) and its 解除 as history; group G1",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "", f"""
<p class="pdf-line" style="text-align:right">令和 8 年 1 月 30 日</p>
<p class="pdf-line" style="text-align:right">関東信越厚生局</p>
<p class="pdf-line">　関東信越厚生局長は、本日、下記の特定細胞加工物等製造事業者に対し、再生医療等の安全性の確</p>
<p class="pdf-line">保等に関する法律（平成25年法律第85号。以下「法」という。）第48条第2項に基づく改善命令を行</p>
<p class="pdf-line">ったので、お知らせする。</p>
<p class="pdf-line" style="text-align:center">記</p>
<p class="pdf-line">１　被処分者</p>
<p class="pdf-line">　名　　称　株式会社セルメディクス<br>房総</p>
<p class="pdf-line">　　　　　　（代表取締役：印旛 奈緒子）</p>
<p class="pdf-line">　　　　　　（令和7年10月1日に{G1_OLD_OP}から商号変更。法人番号 2999900087325{KASO}）</p>
<p class="pdf-line">　所 在 地　千葉県印西市牧の原二丁目5番地3<br>印西バイオパークB棟2階</p>
<p class="pdf-line">　施 設 名　北総バイオプロセシング<br>センター</p>
<p class="pdf-line">　施設番号　{G1_FN}{KASO}</p>
<p class="pdf-line">　※　商号変更の前後で、細胞培養加工施設の名称に変更はない。</p>
<p class="pdf-line">　処分内容　法第48条第2項による改善命令</p>
<p class="pdf-line">２　経緯</p>
<p class="pdf-line">　同施設については、令和7年6月6日、厚生労働大臣が法第47条に基づき特定細胞加工物等の製造の</p>
<p class="pdf-line">一時停止を命じ、同年9月19日に当該命令が解除されている。その後、当局が同年12月に行った立入</p>
<p class="pdf-line">検査において、環境モニタリングの結果が基準を超えた際の原因調査が行われていないこと、及び</p>
<p class="pdf-line">委託元の医療機関との取決めに定める品質情報の連絡が遅延していることが確認された。</p>
<p class="pdf-line">３　命令の内容</p>
<p class="pdf-line">　{G1_OP}は、逸脱及び品質情報の管理の手順を改め、令和8年2月27日までに改善計画を提出す</p>
<p class="pdf-line">ること。</p>
""", contact="健康福祉部 医事課　手賀（電話 048-740-0757）"),
     [N("improvement_order", "関東信越厚生局", "2026-01-30", ["法第48条第2項"],
        [S(G1_OP, "operator"),
         S(G1_FAC, "cell_processing_facility", "千葉県印西市", FAD, G1_OP, [], G1_FN)],
        persons=[P("印旛 奈緒子", "代表取締役", G1_OP)],
        renames=[R(G1_OLD_OP, G1_OP, "2025-10-01")])])

# ====================================================================== w08
OP = "医療法人 鷺照会"
PL2 = "自己多血小板血漿を用いた男性型脱毛症の治療"
page("w08_tokai_hokuriku_th_td_table_seireishi_ku_g3_old_names.html",
     "東海北陸 improvement order (法第23条第1項) in a th/td table: 命令を受けた者 「庄内 由紀夫（名駅ウェルエイジングクリニック 管理者）」, 開設者 「医療法人 鷺照会（理事長 稲沢 宗一）」, 政令市の区 address with building and floor (愛知県名古屋市中村区名駅四丁目11番6号 名駅ヴェールタワー9階), two plans as a numbered cell, 命令年月日 row; group G3 under its old names (renamed and 開設者 changed on w04, closed on w13)",
     bureau("東海北陸厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年5月16日", f"""
<p>東海北陸厚生局長は、{LAW}第23条第1項の規定に基づき、下記のとおり、再生医療等提供機関の管理者に対して改善命令を行いましたので公表します。</p>
<table class="tbl" summary="改善命令の概要">
<tr><th scope="row">命令を受けた者</th><td>庄内 由紀夫（{G3_OLD} 管理者）</td></tr>
<tr><th scope="row">医療機関の名称</th><td>{G3_OLD}</td></tr>
<tr><th scope="row">開設者</th><td>{OP}（理事長 稲沢 宗一）</td></tr>
<tr><th scope="row">所在地</th><td>{G3_AD}</td></tr>
<tr><th scope="row">再生医療等提供計画</th><td>1 {G3_PL}<br>2 {PL2}</td></tr>
<tr><th scope="row">根拠規定</th><td>法第23条第1項</td></tr>
<tr><th scope="row">命令年月日</th><td>令和7年5月16日</td></tr>
</table>
<h2>命令の理由</h2>
<p>当局が令和7年3月に行った立入検査において、当該医療機関では、再生医療等を受けた者に係る疾病等の発生の有無の確認が計画に定める時期に行われていなかったこと、並びに特定細胞加工物の投与前の外観確認の記録がなかったことが確認された。</p>
<h2>命令の内容</h2>
<p>管理者は、疾病等の把握及び投与前確認の手順を定めて従事者に周知し、令和7年6月30日までにその結果を報告すること。</p>
""", contact="健康福祉部 医事課　御在所（電話 052-971-8831）"),
     [N("improvement_order", "東海北陸厚生局", "2025-05-16", ["法第23条第1項"],
        [S(G3_OLD, "clinic", "愛知県名古屋市中村区", G3_AD, OP, [G3_PL, PL2]),
         S(OP, "operator")],
        persons=[P("庄内 由紀夫", "管理者", G3_OLD), P("稲沢 宗一", "理事長", OP)],
        plans=[G3_PL, PL2])])

# ====================================================================== w09
OP = "医療法人 澪標会"
AD = "大阪府大阪市中央区北浜二丁目3番14号 北浜パークビル4階"
PL = "自家培養線維芽細胞を用いた皮膚のしわ及びたるみの治療"
page("w09_kinki_dl_renamed_back_to_first_name_western_first_date_g2.html",
     "近畿 improvement order (法第23条第1項) in a <dl>; date line with the Western year first (2025年（令和7年）12月5日); a clinic renamed and then renamed back to its first name, told in a 名称の経過 row as a → chain (A（平成30年5月開設）→ 令和6年4月1日 B に変更 → 令和7年9月1日 A に再変更（開設時の名称に戻したもの）); 被処分者 「堂島 美紀（管理者）」; 開設者 （理事長：…）; the Minister's earlier 法第22条 order against the clinic under its middle name and its 解除 as history; group G2",
     bureau("近畿厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "2025年（令和7年）12月5日", f"""
<p>近畿厚生局長は、本日、{LAW}第23条第1項の規定に基づき、次の再生医療等提供機関の管理者に対し、改善命令を行いました。</p>
<dl class="dl_list">
<dt>被処分者</dt><dd>堂島 美紀（管理者）</dd>
<dt>再生医療等提供機関</dt><dd>{G2_A}</dd>
<dt>開設者</dt><dd>{OP}（理事長：中之島 聡）</dd>
<dt>所在地</dt><dd>{AD}</dd>
<dt>名称の経過</dt><dd>{G2_A}（平成30年5月開設）→ 令和6年4月1日 {G2_B}に変更 → 令和7年9月1日 {G2_A}に再変更（開設時の名称に戻したもの）</dd>
<dt>対象となる提供計画</dt><dd>「{PL}」</dd>
<dt>処分の内容</dt><dd>改善命令（法第23条第1項）</dd>
</dl>
<h2>経緯</h2>
<p>同院に対しては、名称が{G2_B}であった令和6年11月22日、厚生労働大臣が法第22条に基づく再生医療等の提供の一時停止を命じ、令和7年3月14日に当該命令が解除されている。当局が同年10月に行った立入検査において、同院では、解除後に再開した上記計画に基づく再生医療等について、再生医療等を受ける者への説明及び同意の記録が一部作成されておらず、また、認定再生医療等委員会への定期報告が行われていなかったことが確認された。</p>
<h2>命令の内容</h2>
<p>管理者は、説明及び同意の手順並びに定期報告の体制を整備し、令和8年1月30日までに改善の結果を報告すること。</p>
""", contact="健康福祉部 医事課　生駒（電話 06-6942-2241）", date_label="掲載日："),
     [N("improvement_order", "近畿厚生局", "2025-12-05", ["法第23条第1項"],
        [S(G2_A, "clinic", "大阪府大阪市中央区", AD, OP, [PL]),
         S(OP, "operator")],
        persons=[P("堂島 美紀", "管理者", G2_A), P("中之島 聡", "理事長", OP)],
        plans=[PL],
        renames=[R(G2_A, G2_B, "2024-04-01"), R(G2_B, G2_A, "2025-09-01")])])

# ====================================================================== w10
OP = "(株)せとうちセルラボ"
FAC = "せとうちセルラボ 宇品加工センター"
FAD = "広島県広島市南区宇品海岸二丁目１０番５号 宇品ポートビル６階"
page("w10_chugoku_shikoku_suspension_one_line_kabu_halfwidth_seireishi_ku.html",
     "中国四国 partial suspension order (法第49条, 製造業務の一部の停止) in one line per entry (名称：… 施設名：… 施設番号：… 所在地：… 処分内容：…); (株) with half-width parentheses; （代表取締役：…） after the company; 政令市の区 address with full-width digits and a building; date line with a weekday and full-width digits; the suspension period is not recorded",
     bureau("中国四国厚生局", "再生医療等の安全性の確保等に関する法律に基づく業務停止命令について", "令和８年１月２６日（月）", f"""
<p>中国四国厚生局長は、本日、以下の特定細胞加工物等製造事業者に対し、{LAW}第４９条に基づき、特定細胞加工物等の製造の業務の一部の停止を命じた。</p>
<p class="entry">名称：{OP}（代表取締役：江田島 颯）　施設名：{FAC}　施設番号：FA6340271{KASO}　所在地：{FAD.replace(" ", "　")}　処分内容：令和８年２月２日から同年３月３１日までの間、他家細胞を原料とする特定細胞加工物等の製造の業務の停止</p>
<h2>処分の理由</h2>
<p>同社は、他家の臍帯由来細胞を原料とする特定細胞加工物等の製造において、ドナーの適格性の確認の記録を保存しておらず、また、原料の受入れ時の試験の一部を実施しないまま製造を行っていた。当局は令和７年１０月及び１２月に立入検査を行い、これらの事実を確認した。</p>
<p>なお、自家細胞を原料とする製造の業務は、今回の処分の対象とはしていない。</p>
""", contact="健康福祉部 医事課　宮島（電話 082-223-8264）"),
     [N("suspension_order", "中国四国厚生局", "2026-01-26", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "広島県広島市南区", FAD, OP, [], "FA6340271")],
        persons=[P("江田島 颯", "代表取締役", OP)])])

# ====================================================================== w11
OP1 = "社会医療法人 潮凪会"
CL1 = "しまなみ再生医療クリニック今治"
AD1 = "愛媛県今治市共栄町三丁目2番15号"
PL1 = "自己脂肪由来間葉系幹細胞を用いた変形性股関節症の治療"
OP2 = "医療法人財団 牧野会"
CL2 = "さかわ膝と腰のクリニック"
AD2 = "高知県高岡郡佐川町甲1480番地2"
PL2 = "自己多血小板血漿を用いた腰部脊柱管狭窄症に伴う疼痛の治療"
page("w11_shikoku_table_footnote_rename_shakai_iryo_hojin_gun_cho.html",
     "四国厚生支局 improvement orders (法第23条第1項) to the managers of two clinics of two operators in one table (番号 / 医療機関の名称 / 開設者 / 管理者 / 所在地 / 計画の名称); a rename told only in the table's footnote ※1 （令和7年4月1日付けで「今治しまなみ整形外科」から名称変更）; ※2 an absorption merger of the second operator (context); 社会医療法人 and 医療法人財団; 郡/町 address with 甲 and 番地 (高知県高岡郡佐川町甲1480番地2); breadcrumb from 中国四国厚生局",
     bureau("四国厚生支局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年10月17日", f"""
<p>四国厚生支局長は、令和7年10月17日、{LAW}第23条第1項の規定に基づき、次の2医療機関の管理者に対し、それぞれ改善命令を行った。</p>
<table class="tbl">
<tr><th>番号</th><th>医療機関の名称</th><th>開設者</th><th>管理者</th><th>所在地</th><th>計画の名称</th></tr>
<tr><td>1</td><td>{CL1}※1</td><td>{OP1}</td><td>波方 絢子</td><td>{AD1}</td><td>{PL1}</td></tr>
<tr><td>2</td><td>{CL2}</td><td>{OP2}※2</td><td>黒岩 修</td><td>{AD2}</td><td>{PL2}</td></tr>
</table>
<p class="note">※1　令和7年4月1日付けで「今治しまなみ整形外科」から名称変更（開設者及び所在地に変更なし）。<br>
※2　令和7年7月1日に医療法人財団 佐川仁愛会を吸収合併している。</p>
<h2>命令の理由</h2>
<p>番号1の医療機関では、名称変更に伴う提供計画の変更の届出が行われていなかったほか、細胞の採取に係る記録の一部が作成されていなかった。番号2の医療機関では、再生医療等を受ける者の同意書が保存されていない例が複数確認された。</p>
<h2>命令の内容</h2>
<p>各管理者は、上記の不備を是正し、令和7年11月28日までにその結果を報告すること。</p>
""", contact="医事課　屋島（電話 087-851-9565）", top="中国四国厚生局", crumbs=("四国厚生支局", "業務内容", "再生医療等")),
     [N("improvement_order", "四国厚生支局", "2025-10-17", ["法第23条第1項"],
        [S(CL1, "clinic", "愛媛県今治市", AD1, OP1, [PL1]),
         S(OP1, "operator"),
         S(CL2, "clinic", "高知県高岡郡佐川町", AD2, OP2, [PL2]),
         S(OP2, "operator")],
        persons=[P("波方 絢子", "管理者", CL1), P("黒岩 修", "管理者", CL2)],
        plans=[PL1, PL2],
        renames=[R("今治しまなみ整形外科", CL1, "2025-04-01")])])

# ====================================================================== w12
OP = "医療法人社団 琉陽会"
CL = "医療法人社団 琉陽会 ちゃたんサンセット美容クリニック"
CAD = "沖縄県中頭郡北谷町美浜二丁目4番地5 デポアイランドビル3F"
PL = "自己脂肪由来間葉系幹細胞を用いた顔面の皮膚老化の改善"
FOP = "株式会社くまもとセルプロ"
FAC = "くまもとセルプロ 菊陽培養センター"
FAD = "熊本県菊池郡菊陽町原水1150番地12"
page("w12_kyushu_okinawa_one_line_facility_number_first_g4.html",
     "九州 improvement orders (法第23条第1項 + 法第48条第2項) to a clinic in 沖縄県 (中頭郡北谷町, building with 3F) and the facility in 熊本県 that makes its cells; one line per entry (九州): the clinic's 氏名：… （医療法人社団 … クリニック 管理者） entry, and the facility's entry opening with its number before its name (施設番号：… 施設名：… 名称：…（代表取締役：…） 所在地：…); names unquoted; group G4 (the facility's closure on w14)",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年8月8日", f"""
<p>九州厚生局長は、本日、再生医療等提供機関の管理者1名及び特定細胞加工物等製造事業者1者に対し、{LAW}に基づく改善命令を行いましたので、お知らせします。</p>
<p>１．被処分者</p>
<p>（１）氏名：喜屋武 真一（{CL} 管理者）　所在地：{CAD.replace(" ", "　")}　計画名：{PL}　処分内容：法第23条第1項による改善命令</p>
<p>（２）施設番号：{G4_FN}{KASO}　施設名：{FAC}　名称：{FOP}（代表取締役：阿蘇品 剛）　所在地：{FAD}　処分内容：法第48条第2項による改善命令</p>
<p>２．経緯</p>
<p>　ちゃたんサンセット美容クリニックは、上記計画に用いる特定細胞加工物の製造を{FOP}に委託し、熊本県から航空便で受け入れている。令和7年6月、同院から、受け入れた特定細胞加工物の一部で輸送中の温度逸脱があった旨の報告があり、当局が同年7月に両者に立入検査を行ったところ、同院では温度記録を確認しないまま投与していたこと、同施設では輸送容器の適格性の確認が行われていなかったことが確認された。</p>
<p>３．命令の内容</p>
<p>　両者は、輸送条件の確認の手順を定め、令和7年9月30日までに改善の結果を報告すること。</p>
""", contact="健康福祉部 医事課　屋久（電話 092-707-1120）"),
     [N("improvement_order", "九州厚生局", "2025-08-08", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "沖縄県中頭郡北谷町", CAD, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "熊本県菊池郡菊陽町", FAD, FOP, [], G4_FN),
         S(FOP, "operator")],
        persons=[P("喜屋武 真一", "管理者", CL), P("阿蘇品 剛", "代表取締役", FOP)],
        plans=[PL])])

# ====================================================================== w13
OP1 = "医療法人錦和会"
CL2 = "やおつ渓谷クリニック"
AD2 = "岐阜県加茂郡八百津町八百津3880番地"
CL3 = "とやま駅北セルクリニック"
OP3 = "(一社)北陸先端美容医学会"
AD3 = "富山県富山市牛島町18番7号 アーバンプレイス駅北5階"
page("w13_tokai_hokuriku_closure_table_abbrev_dates_individual_br_g3.html",
     "東海北陸 closure page (再生医療等提供機関の廃止) as a table of three clinics with 廃止年月日 written R8.3.19 / R8.2.28 / R8.3.2; G3's clinic under its new name with 開設者 医療法人錦和会 (no space) and 備考 「旧名称：名駅…」 (undated) beside its earlier 法第22条 order (history); a clinic opened by an individual （個人） in a 郡/町 with 番地; (一社) abbreviation; a <br> inside a clinic name in a narrow cell (とやま駅北<br>セルクリニック)",
     bureau("東海北陸厚生局", "再生医療等提供機関の廃止について（令和8年3月公表分）", "令和8年3月27日", f"""
<p>{LAW}に基づき再生医療等を提供していた医療機関のうち、再生医療等の提供を終了し、廃止の届出があったものは次のとおりです。</p>
<table class="tbl">
<tr><th>医療機関の名称</th><th>開設者</th><th>所在地</th><th>廃止年月日</th><th>備考</th></tr>
<tr><td>{G3_NEW}</td><td>{OP1}</td><td>{G3_AD}</td><td>R8.3.19</td><td>旧名称：{G3_OLD}<br>令和8年2月13日付けで法第22条に基づく緊急命令を受けていたもの</td></tr>
<tr><td>{CL2}</td><td>木曽川 勇（個人）</td><td>{AD2}</td><td>R8.2.28</td><td>―</td></tr>
<tr><td>とやま駅北<br>セルクリニック</td><td>{OP3}</td><td>{AD3}</td><td>R8.3.2</td><td>第三種再生医療等提供計画2件</td></tr>
</table>
<p>※ 廃止年月日は、届出書に記載された廃止の日です。</p>
""", contact="健康福祉部 医事課　九頭竜（電話 052-971-8831）"),
     [N("closure_filing", "東海北陸厚生局", "2026-03-27", [],
        [S(G3_NEW, "clinic", "愛知県名古屋市中村区", G3_AD, OP1),
         S(OP1, "operator"),
         S(CL2, "clinic", "岐阜県加茂郡八百津町", AD2, None),
         S(CL3, "clinic", "富山県富山市", AD3, OP3),
         S(OP3, "operator")],
        persons=[P("木曽川 勇", "開設者", CL2)],
        renames=[R(G3_OLD, G3_NEW, None)],
        closures=[C(G3_NEW, "2026-03-19"), C(CL2, "2026-02-28"), C(CL3, "2026-03-02")])])

# ====================================================================== w14
FAC = "くまもとセルプロ菊陽培養センター"
FOP = "㈱くまもとセルプロ"
FAD = "熊本県菊池郡菊陽町原水1150-12"
CL = "かごしま天文館ペインクリニック"
OP = "医療法人 薩摩隼人会"
CAD = "鹿児島県鹿児島市東千石町15番8号 天文館MKビル2F"
PL = "自己多血小板血漿を用いた慢性腰痛症の治療"
page("w14_kyushu_monthly_filings_closure_and_discontinuation_slash_dates_g4.html",
     "九州 monthly page of filings with two kinds: a facility's 廃止 (closure_filing; 施設番号 first, ㈱, hyphen address; G4) and a plan's 中止 at a clinic that keeps providing other treatment (discontinuation_filing); dates in the tables written 2026/2/27 and 2026/2/20; both notices dated by the page's date line",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく届出の状況（令和8年2月受理分）", "令和8年3月13日", f"""
<p>令和8年2月中に九州厚生局が受理した届出のうち、細胞培養加工施設の廃止及び再生医療等提供計画の中止に係るものをお知らせします。</p>
<h2>1　細胞培養加工施設の廃止</h2>
<table class="tbl">
<tr><th>施設番号</th><th>施設の名称</th><th>設置者</th><th>所在地</th><th>廃止年月日</th></tr>
<tr><td>{G4_FN}{KASO}</td><td>{FAC}</td><td>{FOP}</td><td>{FAD}</td><td>2026/2/27</td></tr>
</table>
<h2>2　再生医療等提供計画の中止</h2>
<table class="tbl">
<tr><th>医療機関の名称</th><th>開設者</th><th>所在地</th><th>中止した計画</th><th>中止年月日</th></tr>
<tr><td>{CL}</td><td>{OP}</td><td>{CAD}</td><td>{PL}</td><td>2026/2/20</td></tr>
</table>
<p>※ 2の医療機関は、他の再生医療等提供計画に基づく再生医療等の提供を継続しています。</p>
""", contact="健康福祉部 医事課　桜島（電話 092-707-1120）"),
     [N("closure_filing", "九州厚生局", "2026-03-13", [],
        [S(FAC, "cell_processing_facility", "熊本県菊池郡菊陽町", FAD, FOP, [], G4_FN),
         S(FOP, "operator")],
        closures=[C(FAC, "2026-02-27")]),
      N("discontinuation_filing", "九州厚生局", "2026-03-13", [],
        [S(CL, "clinic", "鹿児島県鹿児島市", CAD, OP, [PL]),
         S(OP, "operator")],
        plans=[PL])])

# ====================================================================== w15
W15_FAC = "(株)なにわセルファクトリー 淀川細胞加工室"
page("w15_osaka_pref_repost_of_mhlw_emergency_g2.html",
     "大阪府's page (更新日 2024年11月26日) reposting w02's ministry order in its own table: 命令を行った者 厚生労働大臣, 命令年月日 令和6年11月22日, the clinic with （開設者：医療法人澪標会／大阪市中央区）, the facility (株)なにわセルファクトリー 淀川細胞加工室（大阪市淀川区）; places without the prefecture; 法第22条及び第47条; no former name; group G2",
     osaka("厚生労働省による再生医療等の提供等の一時停止命令について（大阪市内の医療機関等）", "2024年11月26日", f"""
<p>令和6年11月22日、厚生労働省は、{LAW}第22条及び第47条に基づき、大阪市内の医療機関及び細胞培養加工施設に対し、再生医療等の提供及び特定細胞加工物の製造の一時停止を命じました。府民の皆様への情報提供のため、厚生労働省の公表内容をもとに概要をお知らせします。</p>
<table class="datatable">
<tr><th>命令を行った者</th><td>厚生労働大臣</td></tr>
<tr><th>命令年月日</th><td>令和6年11月22日</td></tr>
<tr><th>対象医療機関</th><td>{G2_B}（開設者：医療法人澪標会／大阪市中央区）</td></tr>
<tr><th>対象施設</th><td>{W15_FAC}（大阪市淀川区）</td></tr>
<tr><th>一時停止の対象</th><td>{G2_PL}</td></tr>
</table>
<p>当該医療機関で再生医療等を受けた方で、体調に不安のある方は、かかりつけの医師又は最寄りの保健所にご相談ください。</p>
<p>詳しくは厚生労働省のホームページ（報道発表資料）をご覧ください。</p>
""", "健康医療部 保健医療室 医療対策課　泉佐野（電話 06-6944-6694）"),
     [N("emergency_order", "厚生労働省", "2024-11-22", ["法第22条", "法第47条"],
        [S(G2_B, "clinic", "大阪市中央区", None, "医療法人澪標会", [G2_PL]),
         S("医療法人澪標会", "operator"),
         S(W15_FAC, "cell_processing_facility", "大阪市淀川区", None, "(株)なにわセルファクトリー"),
         S("(株)なにわセルファクトリー", "operator")],
        plans=[G2_PL])])

# ====================================================================== w16 (other)
page("w16_mhlw_other_annual_report_counts_by_kind.html",
     "MHLW annual report of the Act's enforcement (令和6年度): a table counting plans, facilities, inspections and orders by kind and article (緊急命令 法第22条・第47条, 改善命令 法第23条・第48条, 業務停止 / 取消し 法第49条, 廃止届); a note naming w02's clinic and facility and w01's order date; 2025年（令和7年）9月 date; not a notice",
     mhlw_new("令和6年度 再生医療等の安全性の確保等に関する法律の施行状況について", "", """
<p>再生医療等の安全性の確保等に関する法律（平成25年法律第85号）の令和6年度（2024年4月1日から2025年3月31日まで）における施行状況を取りまとめましたので、公表します。</p>
<h2>1　再生医療等提供計画の提出件数（令和7年3月31日現在）</h2>
<table class="m-table">
<tr><th>区分</th><th>令和4年度末</th><th>令和5年度末</th><th>令和6年度末</th></tr>
<tr><td>第一種再生医療等提供計画</td><td>18</td><td>21</td><td>24</td></tr>
<tr><td>第二種再生医療等提供計画</td><td>1,102</td><td>1,215</td><td>1,330</td></tr>
<tr><td>第三種再生医療等提供計画</td><td>4,010</td><td>4,388</td><td>4,702</td></tr>
</table>
<h2>2　命令等の件数</h2>
<table class="m-table">
<tr><th>区分</th><th>令和4年度</th><th>令和5年度</th><th>令和6年度</th></tr>
<tr><td>緊急命令（法第22条・法第47条）</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td>改善命令（法第23条第1項・法第48条第2項）</td><td>3</td><td>4</td><td>7</td></tr>
<tr><td>業務停止命令・許可の取消し（法第49条）</td><td>0</td><td>1</td><td>0</td></tr>
<tr><td>立入検査（法第24条ほか）</td><td>15</td><td>19</td><td>31</td></tr>
<tr><td>再生医療等提供機関の廃止の届出</td><td>96</td><td>104</td><td>117</td></tr>
</table>
<p class="note">（注）令和6年度の緊急命令2件は、令和6年6月14日の東京都港区の医療機関に対するもの、及び同年11月22日の「北浜ルミエールクリニック」及び「株式会社なにわセルファクトリー 淀川細胞加工室」に対するものである。</p>
<h2>3　今後の取組</h2>
<p>令和7年5月31日に施行された改正法により、特定核酸等を用いる医療技術が法の対象に加わったことを踏まえ、引き続き立入検査等を通じた監視指導に取り組みます。</p>
""", "", "医政局研究開発政策課 再生医療等研究推進室　天城（内線4051）", PRESS_SIDE, kind="policy",
         published="公開日：2025年（令和7年）9月30日"),
     [], what="other")

# ====================================================================== w17 (other)
page("w17_mhlw_other_explanation_of_the_law.html",
     "MHLW policy page explaining the Act (classes, plans, facilities under 許可 / 届出 / 認定, the orders of 法第22条, 法第23条第1項, 法第47条, 法第48条第2項, 法第49条, name-change notifications, the 令和7年5月31日 amendment); no party; not a notice",
     mhlw_new("再生医療等の安全性の確保等に関する法律について", "", """
<h2>法律の概要</h2>
<p>再生医療等の安全性の確保等に関する法律は、再生医療等に用いられる再生医療等技術の安全性の確保及び生命倫理への配慮に関する措置その他の再生医療等を提供しようとする者が講ずべき措置を明らかにするとともに、特定細胞加工物等の製造の許可等の制度を定めるものです。</p>
<h2>リスクに応じた3つの区分</h2>
<ul><li>第一種再生医療等（iPS細胞、ES細胞、他家細胞等を用いるもの）</li><li>第二種再生医療等（体性幹細胞等を用いるもの）</li><li>第三種再生医療等（体細胞を加工するもの等）</li></ul>
<h2>細胞培養加工の外部委託</h2>
<p>医療機関は、特定細胞加工物等の製造を、厚生労働大臣（地方厚生局長）の許可を受けた事業者、届出をした医療機関等又は認定を受けた外国の事業者に委託することができます。</p>
<h2>命令等</h2>
<dl>
<dt>緊急命令</dt><dd>保健衛生上の危害の発生又は拡大を防止するため必要があるときは、再生医療等の提供の一時停止（法第22条）又は特定細胞加工物等の製造の一時停止（法第47条）を命ずることができます。</dd>
<dt>改善命令</dt><dd>再生医療等提供機関の管理者（法第23条第1項）又は特定細胞加工物等製造事業者（法第48条第2項）に対し、改善に必要な措置をとるべきことを命ずることができます。</dd>
<dt>許可の取消し等</dt><dd>許可を受けた特定細胞加工物等製造事業者が命令に違反した場合等には、許可を取り消し、又は期間を定めて業務の全部若しくは一部の停止を命ずることができます（法第49条）。</dd>
</dl>
<h2>名称等の変更</h2>
<p>医療機関の名称や開設者、細胞培養加工施設の名称や設置者に変更があった場合は、所定の期間内に変更の届出が必要です。</p>
<h2>令和7年の法改正</h2>
<p>令和7年5月31日から、特定核酸等を用いる医療技術も法の対象となり、「特定細胞加工物」は「特定細胞加工物等」となりました。</p>
""", "", "医政局研究開発政策課 再生医療等研究推進室　丹沢（内線4051）", PRESS_SIDE, kind="policy",
         published="更新日：2025年6月2日"),
     [], what="other")

# ====================================================================== w18 (other)
page("w18_egov_other_public_comment_call.html",
     "e-Gov call for public comment on an amendment of the Act's 施行規則 (案件番号, 意見募集期間 2026年1月20日～2026年2月19日, PDF materials); cites 法第22条 and 法第47条 and 施行規則第107条 as the subject of the amendment; names no party; not a notice",
     egov("再生医療等の安全性の確保等に関する法律施行規則の一部を改正する省令（案）に関する御意見の募集について", """
<table class="case">
<tr><th>案件番号</th><td>495260012（テスト用の架空の番号）</td></tr>
<tr><th>定めようとする命令等の題名</th><td>再生医療等の安全性の確保等に関する法律施行規則の一部を改正する省令</td></tr>
<tr><th>根拠法令項</th><td>再生医療等の安全性の確保等に関する法律第18条等</td></tr>
<tr><th>行政手続法に基づく手続であるか否か</th><td>行政手続法に基づく手続</td></tr>
<tr><th>所管府省・部局名等（問合せ先）</th><td>厚生労働省医政局研究開発政策課</td></tr>
<tr><th>案の公示日</th><td>2026年01月20日</td></tr>
<tr><th>意見・情報受付開始日</th><td>2026年01月20日</td></tr>
<tr><th>意見・情報受付締切日</th><td>2026年02月19日</td></tr>
</table>
<h2>意見公募要領（提出先を含む）、命令等の案</h2>
<ul><li><a href="https://public-comment.e-gov.go.jp/pcm/download?seqNo=0000300101">意見公募要領（PDF）</a></li>
<li><a href="https://public-comment.e-gov.go.jp/pcm/download?seqNo=0000300102">省令案の概要（PDF）</a></li></ul>
<h2>省令案の概要（抜粋）</h2>
<p>法第22条又は法第47条に基づく緊急命令が行われた事案の検証を踏まえ、施行規則第107条に基づく重大事態報告の期限を短縮するとともに、特定細胞加工物等の出荷時の記録の項目を追加する。</p>
""", "厚生労働省医政局研究開発政策課 再生医療等研究推進室　能登　電話：03-5253-1111（内線4051）"),
     [], what="other")

# ====================================================================== w19 (other)
page("w19_kinki_other_accepted_plans_list.html",
     "近畿 list of plans accepted (受理した再生医療等提供計画, 令和8年1月受理分): dates, plan numbers (marked invented), class, plan and clinic names with places — among them w09's clinic (G2) with a new plan; the page says acceptance is not approval; not a notice",
     bureau("近畿厚生局", "再生医療等提供計画の受理状況（令和8年1月受理分）", "令和8年2月6日", """
<p>近畿厚生局が令和8年1月中に受理した第三種再生医療等提供計画は次のとおりです。なお、計画の受理は、当該再生医療等の安全性又は有効性を国が認めたものではありません。</p>
<table class="tbl">
<tr><th>受理日</th><th>計画番号</th><th>再生医療等の名称</th><th>提供機関</th><th>所在地</th></tr>
<tr><td>R8.1.9</td><td>PC5260031（テスト用の架空の番号）</td><td>自己多血小板血漿を用いた皮膚の瘢痕の治療</td><td>北浜スキンケアクリニック</td><td>大阪府大阪市中央区</td></tr>
<tr><td>R8.1.16</td><td>PC5260044（テスト用の架空の番号）</td><td>自己多血小板血漿を用いた足底腱膜炎の治療</td><td>からすま四条スポーツクリニック</td><td>京都府京都市下京区</td></tr>
<tr><td>R8.1.23</td><td>PC5260058（テスト用の架空の番号）</td><td>自己多血小板血漿を用いた歯周組織の再生</td><td>いかるが歯科口腔外科</td><td>奈良県生駒郡斑鳩町</td></tr>
</table>
<p>※ 第一種及び第二種再生医療等提供計画は厚生労働大臣に提出されるため、本表には含みません。</p>
""", contact="医事課　若狭（電話 06-6942-2241）"),
     [], what="other")

# ====================================================================== w20 (listing)
page("w20_mhlw_listing_houdou_list_202602.html",
     "MHLW monthly listing of press releases (2026年2月): dated, linked titles from several bureaus of the ministry, w04's among them; a listing, not a notice",
     mhlw_new("報道発表資料 2026年2月", "", """
<ul class="m-listNews">
<li><span class="m-listNews__date">2026年2月27日</span><a href="/stf/newpage_70412.html">令和7年度第3回医療安全推進会議の開催について</a><span class="m-listNews__org">医政局</span></li>
<li><span class="m-listNews__date">2026年2月20日</span><a href="/stf/newpage_70288.html">介護職員の処遇改善に関する調査結果を公表します</a><span class="m-listNews__org">老健局</span></li>
<li><span class="m-listNews__date">2026年2月13日</span><a href="/stf/newpage_70157.html">再生医療等の安全性の確保等に関する法律に基づく緊急命令及び改善命令について</a><span class="m-listNews__org">医政局</span></li>
<li><span class="m-listNews__date">2026年2月6日</span><a href="/stf/newpage_70031.html">毎月勤労統計調査 令和7年12月分結果速報</a><span class="m-listNews__org">政策統括官</span></li>
<li><span class="m-listNews__date">2026年2月2日</span><a href="/stf/newpage_69974.html">新型インフルエンザ等対策に関する有識者会議の開催について</a><span class="m-listNews__org">健康・生活衛生局</span></li>
</ul>
<p class="m-paging"><a href="/stf/houdou/houdou_list_202601.html">前月</a>　<a href="/stf/houdou/houdou_list_202603.html">翌月</a></p>
""", "2026年2月", "", PRESS_SIDE, kind="list"),
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
