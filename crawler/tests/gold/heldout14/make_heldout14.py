#!/usr/bin/env python3
"""Fourteenth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout14/make_heldout14.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout13's generator was read only as the model of a
held-out set's layout and chrome). This set is what a PATIENT, or a CLINIC VETTING
the facility that processes its cells, meets: the house styles of bureaus not yet
common (北海道, 東北, 東海北陸, 中国四国, 四国厚生支局) and the ministry's older
templates (平成 era, <table> layout, <font>, <center>, 別添 as inline text, the era
change 平成31年4月 / 令和元年); text converted from PDF (names broken across lines,
U+3000 padding, page numbers and running headers in the middle of the text,
numbered items); names in every script (full-width Latin, half-width katakana,
English, ・ 〜 ＆, legal forms after the name, 有限会社, 一般財団法人, 学校法人,
国立大学法人); several parties per notice — the clinic, the facility it contracted
to process its cells and both operators, only some of them ordered, with plan
numbers beside plan names —; three parties followed over three pages each under
other spellings, and two different facilities whose names differ by one kana;
dates in every form; four look-alikes and a listing.
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
PRESS_SIDE = ["報道発表資料 2025年", "報道発表資料 2024年", "報道発表資料 2023年",
              "再生医療について", "e-再生医療"]


def mhlw(title, date, body, month, contact, kind="press", published="", crumbs=None):
    """The ministry's current template (header, <ol> breadcrumb, <main>, side nav)."""
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
    else:
        crumbs = crumbs or ["ホーム", "政策について", "分野別の政策一覧", "健康・医療", "医療", "再生医療について"]
        inner = f"""<h1 class="m-hdgLv1">{title}</h1>
<div class="m-content">
{body}
</div>
<div class="m-contact"><p>【照会先】</p><p class="contact">{contact}</p></div>"""
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
</main>
<nav class="l-side"><p class="l-side__ttl">このカテゴリの情報</p><ul>{side_html}</ul></nav>
</div>
<footer class="l-footer"><ul><li><a>サイトマップ</a></li><li><a>利用規約</a></li><li><a>プライバシーポリシー</a></li><li><a>アクセシビリティ</a></li></ul>
<address>厚生労働省　{MHLW_ADDR}　電話番号 03-5253-1111（代表）</address>
<p class="l-footer__copy">Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</p></footer>
</body>
</html>
"""


def mhlw_old(title, date, body, month, contact, kind="press"):
    """The ministry's 平成-era template: a layout <table>, <font>, <center>, a left
    column, 【照会先】 in a bordered box, "ページの先頭へ戻る", the mobile-site note."""
    if kind == "press":
        crumbs = f'<a>ホーム</a> &gt; <a>報道・広報</a> &gt; <a>報道発表資料</a> &gt; <a>{month}</a> &gt; {title}'
        head = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td align="left" valign="top"><font size="2">{date}</font></td>
<td align="right" valign="top"><table border="1" cellpadding="4" cellspacing="0"><tr><td><font size="2">【照会先】<br><span class="contact">{contact}</span></font></td></tr></table></td>
</tr></table>
<p><font size="2">報道関係者各位</font></p>"""
    else:
        crumbs = f'<a>ホーム</a> &gt; <a>政策について</a> &gt; <a>分野別の政策一覧</a> &gt; <a>健康・医療</a> &gt; <a>医療</a> &gt; <a>再生医療について</a> &gt; {title}'
        head = f'<p align="right"><font size="2">{date}</font></p>'
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>報道発表資料｜厚生労働省</title>
</head>
<body bgcolor="#FFFFFF">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" id="header">
<tr><td><img src="/common/img/logo.gif" alt="厚生労働省" width="220" height="40"></td>
<td align="right"><font size="1"><a>サイトマップ</a>｜<a>ENGLISH</a>｜<a>携帯サイト</a></font></td></tr>
<tr><td colspan="2" bgcolor="#003399"><font color="#FFFFFF" size="2">　<a>ホーム</a>　<a>報道・広報</a>　<a>政策について</a>　<a>厚生労働省について</a>　<a>統計情報・白書</a>　<a>所管の法令等</a>　<a>申請・募集・情報公開</a></font></td></tr>
</table>
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><font size="2">{crumbs}</font></td></tr>
<tr>
<td width="180" valign="top" id="left"><font size="2"><b>報道・広報</b><br><a>報道発表資料</a><br><a>広報・出版</a><br><a>国会会議録</a><br><a>審議会・研究会等</a></font></td>
<td width="780" valign="top" id="contents">
<p class="fiction">{FICTION}</p>
{head}
<center><font size="4"><b>{title}</b></font></center>
<br>
{body}
<p align="right"><font size="2"><a>ページの先頭へ戻る</a></font></p>
</td></tr>
</table>
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" id="footer">
<tr><td><font size="1">PDFファイルを見るためには、Adobe Readerというソフトが必要です。<br>厚生労働省携帯サイト　携帯版ホームページでは、緊急情報や厚生労働省のご案内などを掲載しています。</font></td></tr>
<tr><td align="center"><font size="1">厚生労働省　{MHLW_ADDR}　電話番号 03-5253-1111（代表）<br>Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</font></td></tr>
</table>
</body>
</html>
"""


BUREAU = {
    # org: (footer address, side title, side items, header title, breadcrumb root,
    #       breadcrumb separator, a line under the header, a line above the footer)
    "北海道厚生局": ("〒060-0808 北海道札幌市北区北8条西2丁目1番1 札幌第1合同庁舎",
                "健康福祉部", ["医事課", "再生医療等", "臨床研究法", "麻薬取締部"], "北海道厚生局", "トップページ",
                " &gt; ", '<p class="tools">文字サイズ：<a>標準</a> <a>拡大</a>　<a>English</a>　<a>サイトマップ</a></p>',
                '<p class="policy"><a>このサイトについて</a>｜<a>個人情報保護方針</a>｜<a>リンク・著作権</a></p>'),
    "東北厚生局": ("〒980-8426 宮城県仙台市青葉区花京院1-1-20 花京院スクエア21階",
               "業務内容", ["医療法人", "再生医療等", "臨床研究", "指導監査"], "厚生労働省 東北厚生局", "ホーム",
               " ＞ ", '<p class="current">現在位置：</p>',
               '<p class="bnr"><a>厚生労働省</a>｜<a>e-Gov</a>｜<a>東北厚生局の所在地</a></p>'),
    "東海北陸厚生局": ("〒461-0011 愛知県名古屋市東区白壁1-15-1 名古屋合同庁舎第3号館",
                 "医事", ["医療法人", "再生医療等", "臨床研究", "医療安全"], "東海北陸厚生局", "ホーム",
                 " › ", '<p class="search"><input type="text" title="サイト内検索"> <a>検索</a></p>',
                 '<p class="policy"><a>プライバシーポリシー</a>｜<a>ウェブアクセシビリティ方針</a></p>'),
    "中国四国厚生局": ("〒730-0012 広島県広島市中区上八丁堀6-30 広島合同庁舎4号館",
                 "健康福祉部 医事課", ["再生医療等の安全性の確保", "臨床研究", "医療法人", "医療監視"], "中国四国厚生局", "トップ",
                 " ＞ ", '<p class="tools"><a>音声読み上げ</a>　<a>文字サイズ変更</a></p>',
                 '<p class="policy"><a>サイトポリシー</a>｜<a>関連リンク</a></p>'),
    "四国厚生支局": ("〒760-0019 香川県高松市サンポート3番33号 高松サンポート合同庁舎4階",
                "医事・薬事", ["再生医療等", "細胞培養加工施設", "臨床研究", "麻薬等"], "中国四国厚生局 四国厚生支局", "四国厚生支局トップ",
                " &gt; ", '<p class="tools"><a>中国四国厚生局（本局）</a>　<a>サイトマップ</a></p>',
                '<p class="policy"><a>ご利用に当たって</a>｜<a>アクセス</a></p>'),
}


def bureau(org, title, date, body, contact="", crumbs=("業務内容", "医事", "再生医療等"),
           date_label="", note=""):
    """A regional bureau page: header, breadcrumb, side menu, date, title, body,
    【担当】 block, footer with the bureau's address. Each bureau has its own header
    line, tools line, breadcrumb root and separator, side menu and footer links."""
    addr, side_ttl, side, head, root, sep, tools, policy = BUREAU[org]
    trail = sep.join([f"<a>{root}</a>", *[f"<a>{c}</a>" for c in crumbs], title])
    d = f'<p class="date">{date_label}{date}</p>' if date else ""
    tanto = f'<div class="tanto"><p>【担当】</p><p class="contact">{contact}</p></div>' if contact else ""
    side_html = "".join(f"<li><a>{s}</a></li>" for s in side)
    nt = f'<p class="note">{note}</p>\n' if note else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}｜{org}</title>
</head>
<body>
<div id="header"><p class="logo"><a>{head}</a></p>
{tools}
<ul class="gnav"><li><a>ホーム</a></li><li><a>組織案内</a></li><li><a>業務内容</a></li><li><a>申請・届出</a></li><li><a>報道発表</a></li><li><a>お問い合わせ</a></li></ul></div>
<p id="pankuzu">{trail}</p>
<div id="wrap">
<div id="side"><p class="side_ttl">{side_ttl}</p><ul>{side_html}</ul></div>
<div id="main">
<p class="fiction">{FICTION}</p>
{d}
<h1>{title}</h1>
{nt}<div class="box_text">
{body}
</div>
{tanto}
<p class="pagetop"><a>ページの先頭へ</a></p>
</div>
</div>
<div id="footer">{policy}<p>{org}　{addr}</p><p>Copyright (C) {org} All Rights Reserved.</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律"
LAW_FULL = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"

# ------------------------------------------------------------ identity groups
# G1 (東北): a licensed facility FA2040311 whose company is printed in full-width
#     Latin (z02), half-width with ㈱ (z06), then renamed (旧称 in a footnote, z12)
G1_FN = "FA2040311"
G1_FAC = "仙台セルポート 培養加工センター"
G1_FAC_NS = "仙台セルポート培養加工センター"
G1_OP_FW = "Ｓｅｎｄａｉ Ｃｅｌｌ Ｐｏｒｔ株式会社"
G1_OP_HW = "Sendai Cell Port㈱"
G1_OP_OLD = "Sendai Cell Port株式会社"
G1_OP_NEW = "株式会社みちのくセルポート"
# G2 (四国): an English-named clinic, Takamatsu Cell Clinic, in full-width (z04) and
#     half-width (z09, z14), its plan number PB8370215 on three pages, and the
#     contracted facility FA8370094 of a 有限会社 (context on z04, ordered on z09)
G2_CL = "Takamatsu Cell Clinic"
G2_CL_FW = "Ｔａｋａｍａｔｓｕ Ｃｅｌｌ Ｃｌｉｎｉｃ"
G2_PL = "自己脂肪由来間葉系幹細胞を用いた慢性腰痛の治療"
G2_PN = "PB8370215"
G2_FAC = "さぬきセルラボ 高松加工室"
G2_FOP = "有限会社さぬきバイオ"
G2_FN = "FA8370094"
# G3 (北海道): a 一般財団法人's licensed facility FA1010442, はこだて… (kana, z07) renamed
#     函館… (kanji, 旧称 in a table cell, z10), licence revoked (z15, （一財）)
G3_FN = "FA1010442"
G3_FAC0 = "はこだて細胞加工センター"
G3_FAC = "函館細胞加工センター"
# N (東海北陸): two different facilities, …プロセシング… (金沢市) and …プロセッシング… (野々市市)
N1_FAC = "かなざわセルプロセシングセンター"
N2_FAC = "かなざわセルプロセッシングセンター"

# ====================================================================== z01
CL = "ビューティー＆ステムセル赤坂クリニック"
OP = "医療法人社団 桜華会"
page("z01_mhlw_heisei30_old_template_font_center_besshi_ampersand.html",
     "MHLW emergency order (法第22条) on the ministry's 平成-era template (layout <table>, <font>, <center>, left column, 【照会先】 in a bordered box, 研究開発振興課); date line 平成30年2月9日; 「医療法人社団 桜華会が開設する「…＆…」（東京都港区）」 with a full-width ＆ in the name; violation 法第4条第1項 (第一種 treatment with another person's cord blood without a plan — no plan name); the cord-blood supplier unnamed; an inline 別添 (命令書の概要) after the body",
     mhlw_old("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "平成30年2月9日", f"""
<p><font size="2">　平成30年2月7日、{OP}が開設する「{CL}」（東京都港区）に対し、{LAW_FULL}第24条第2項に基づく立入検査を行ったところ、下記の法律違反が確認されました。</font></p>
<p><font size="2">　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、同院の管理者に対し、再生医療等の提供の一時停止を命じましたのでお知らせいたします。</font></p>
<p><font size="2"><b>【確認された法律違反】</b></font></p>
<p><font size="2">「{CL}」<br>・第一種再生医療等提供計画を提出することなく、美容及び疲労回復を目的として、他人の臍帯血を用いた第一種再生医療等を提供していたこと（法第4条第1項違反）</font></p>
<p><font size="2"><b>【参考】</b><br>・同院が用いていた臍帯血は、同院の説明によれば、国外の事業者から輸入されたものとのことであり、現在、入手の経路を確認しています。</font></p>
<hr>
<p><font size="2"><b>別添</b>　命令書の概要</font></p>
<table border="1" cellpadding="4" cellspacing="0" width="90%" align="center">
<tr><td width="25%"><font size="2">命令の相手方</font></td><td><font size="2">「{CL}」管理者</font></td></tr>
<tr><td><font size="2">命令の内容</font></td><td><font size="2">他人の臍帯血を用いた再生医療等の提供を一時停止すること</font></td></tr>
<tr><td><font size="2">根拠規定</font></td><td><font size="2">法第22条</font></td></tr>
</table>
""", "2018年2月", "医政局研究開発振興課 再生医療等研究推進室<br>室長補佐　能登川（内線2685）<br>専門官　多賀（内線4162）<br>（代表電話）03(5253)1111"),
     [N("emergency_order", "厚生労働省", "2018-02-09", ["法第22条"],
        [S(CL, "clinic", "東京都港区", None, OP),
         S(OP, "operator")],
        violations=["法第4条第1項"])])

# ====================================================================== z02
CL = "医療法人 定禅寺会 あおば通りスキンクリニック"
OP = "医療法人 定禅寺会"
AD = "宮城県仙台市青葉区中央二丁目８番１６号 あおば通りセンタービル５階"
FAD = "宮城県仙台市宮城野区扇町三丁目４番１２号"
PL = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"
page("z02_tohoku_pdf_text_page_header_fullwidth_latin_operator_g1.html",
     "東北 improvement orders (法第23条第1項 to a clinic's manager — ordered because the facility it contracted shipped cells before their sterility test —, 法第48条第2項 to that facility's company) as text converted from the PDF: a running header and page numbers 「－ 1 －」「－ 2 －」 between the entries, names and the plan broken across lines (<br> inside words), U+3000 padding in labels and names, full-width digits, numbered items １．（１）①ア; the company in full-width Latin with the legal form after it (Ｓｅｎｄａｉ　Ｃｅｌｌ　Ｐｏｒｔ株式会社); 計画番号 beside the plan name; group G1",
     bureau("東北厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和５年１１月２２日", f"""
<p>報道発表資料（PDF：215KB）の内容を、以下にテキストで掲載しています。</p>
<div class="pdf-text">
<p>令和５年１１月２２日<br>東北厚生局</p>
<p>再生医療等の安全性の確保等に関する法律に基づく改善命令について</p>
<p>　東北厚生局長は、本日、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）に基づき、下記の再生医療等提供機関の管理者及び特定細胞加工物製造事業者に対し、改善命令を行ったので、お知らせする。</p>
<p style="text-align:center">記</p>
<p>１．被処分者等<br>
（１）再生医療等提供機関<br>
　氏　　名　榴岡　沙織<br>
　　　　　　（医療法人　定禅寺会　あおば通りスキンクリニック管理者）<br>
　所 在 地　宮城県仙台市青葉区中央二丁目８番１６号　あおば通りセンタービル５階<br>
　計 画 名　自己脂肪由来間葉系幹細胞を用いた変形性膝関節症<br>の治療（計画番号：PB2040156{KASO}）<br>
　処分内容　法第２３条第１項による改善命令</p>
<p class="pdf-page" style="text-align:center">－ 1 －</p>
<p class="pdf-header" style="text-align:right">令和５年１１月２２日　東北厚生局　報道発表資料</p>
<p>（２）特定細胞加工物製造事業者<br>
　名　　称　Ｓｅｎｄａｉ　Ｃｅｌｌ　Ｐｏｒｔ株式会社<br>
　　　　　　（代表取締役：岩切　健人）<br>
　所 在 地　宮城県仙台市宮城野区扇町三丁目４番１２号<br>
　施 設 名　仙台セルポート　培養加工セン<br>ター<br>
　施設番号　{G1_FN}{KASO}<br>
　処分内容　法第４８条第２項による改善命令</p>
<p>２．経緯<br>
（１）当局は、令和５年９月２６日及び同月２７日、上記（１）の医療機関及び上記（２）の細胞培養加工施設に対し、立入検査を行った。<br>
（２）その結果、次の事項が確認された。<br>
　①　上記（２）の施設において、無菌試験の結果が判明する前に特定細胞加工物が出荷され、上記（１）の医療機関において投与されていたこと。<br>
　②　上記（１）の医療機関において、特定細胞加工物の製造を委託している施設から試験成績の提出を受けず、委託先における製造管理の状況を確認していなかったこと。</p>
<p>３．命令の内容<br>
　ア　上記（１）の管理者は、特定細胞加工物の受入れ時に試験成績を確認する手順を定め、委託先の管理の体制を整備すること。<br>
　イ　上記（２）の事業者は、出荷の判定の手順を見直し、無菌試験の結果の判明前に出荷しない体制を整備すること。<br>
　　なお、いずれも改善の状況を令和５年１２月２２日までに当局に報告すること。</p>
<p class="pdf-page" style="text-align:center">－ 2 －</p>
</div>
""", contact="健康福祉部 医事課　多賀城・栗原（電話 022-206-5216）"),
     [N("improvement_order", "東北厚生局", "2023-11-22", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "宮城県仙台市青葉区", AD, OP, [PL]),
         S(OP, "operator"),
         S(G1_OP_FW, "operator"),
         S(G1_FAC, "cell_processing_facility", "宮城県仙台市宮城野区", FAD, G1_OP_FW, [], G1_FN)],
        persons=[P("榴岡 沙織", "管理者", CL), P("岩切 健人", "代表取締役", G1_OP_FW)],
        plans=[PL])])

# ====================================================================== z03
FAC = "セル・ネクスト〜横浜 細胞加工所"
OP = "Cell Next合同会社"
page("z03_mhlw_heisei31_april_era_change_wave_dash_godo_kaisha.html",
     "MHLW emergency order (法第47条 only) on the 平成-era template, dated 平成31年4月19日（金） with a deadline written in the coming era (令和元年5月31日); a facility whose name has ・ and 〜 (「セル・ネクスト〜横浜 細胞加工所」), its company an English name with the legal form after it (Cell Next合同会社, 代表社員); the number and the place in the parenthesis; the trigger 重大事態報告 (施行規則第107条) as history; five client clinics unnamed",
     mhlw_old("特定細胞加工物の製造の一時停止命令について", "平成31年4月19日（金）", f"""
<p><font size="2">　平成31年4月16日、{OP}（代表社員　戸部　陽介）が設置する細胞培養加工施設「{FAC}」（神奈川県横浜市西区。施設番号 FA3140377{KASO}）から、{LAW}施行規則第107条に基づく重大事態報告がなされました。</font></p>
<p><font size="2">　同施設で製造され、医療機関に出荷された特定細胞加工物から、出荷後に行われた試験でマイコプラズマが検出されたことから、保健衛生上の危害の発生又は拡大を防止するため必要があると判断し、本日付けで、{LAW}（以下「法」という。）第47条に基づき、同施設における特定細胞加工物の製造の一時停止を命じましたので、お知らせいたします。</font></p>
<p><font size="2"><b>【製造の一時停止を命じた施設】</b><br>「{FAC}」（設置者：{OP}）</font></p>
<p><font size="2"><b>【今後の対応】</b><br>・同施設に特定細胞加工物の製造を委託している医療機関（5施設）に対し、当該ロットの使用を中止するよう連絡しました。<br>・{OP}に対し、原因の究明及び再発防止策をまとめた報告書を令和元年5月31日までに提出するよう求めています。</font></p>
""", "2019年4月", "医政局研究開発振興課 再生医療等研究推進室<br>室長補佐　鞆（内線2685）<br>専門官　尾道（内線4162）<br>（代表電話）03(5253)1111"),
     [N("emergency_order", "厚生労働省", "2019-04-19", ["法第47条"],
        [S(FAC, "cell_processing_facility", "神奈川県横浜市西区", None, OP, [], "FA3140377"),
         S(OP, "operator")],
        persons=[P("戸部 陽介", "代表社員", OP)])])

# ====================================================================== z04
OP = "医療法人社団 玉藻会"
AD = "香川県高松市瓦町一丁目3番7号 瓦町スクエアビル4階"
page("z04_shikoku_kanji_date_fullwidth_english_clinic_contracted_facility_context_g2.html",
     "四国厚生支局 improvement order (法第23条第1項) dated in kanji numerals (令和六年八月九日, date line and lead); th/td table; the clinic's English name printed in full-width Latin (Ｔａｋａｍａｔｓｕ　Ｃｅｌｌ　Ｃｌｉｎｉｃ); a 計画番号 row beside the plan (plan with （第二種）); the contracted facility and its 有限会社 named in a 委託先 row and said not to be ordered (context); the clinic ordered because it administered cells before the facility's release decision; group G2",
     bureau("四国厚生支局", "再生医療等提供機関の管理者に対する改善命令について", "令和六年八月九日", f"""
<p>　四国厚生支局長は、令和六年八月九日付けで、{LAW}（以下「法」という。）第23条第1項の規定に基づき、次の再生医療等提供機関の管理者に対し、改善命令を行いました。</p>
<table class="shikoku_tbl" border="1">
<tr><th>医療機関の名称</th><td>Ｔａｋａｍａｔｓｕ　Ｃｅｌｌ　Ｃｌｉｎｉｃ</td></tr>
<tr><th>開設者</th><td>{OP}（理事長　香西　美和子）</td></tr>
<tr><th>管理者</th><td>屋島　拓真</td></tr>
<tr><th>所在地</th><td>{AD.replace(" ", "　")}</td></tr>
<tr><th>再生医療等提供計画の名称</th><td>{G2_PL}（第二種）</td></tr>
<tr><th>計画番号</th><td>{G2_PN}{KASO}</td></tr>
<tr><th>特定細胞加工物の製造の委託先</th><td>{G2_FOP} {G2_FAC}（施設番号 {G2_FN}{KASO}）</td></tr>
<tr><th>処分内容</th><td>法第23条第1項による改善命令</td></tr>
</table>
<h2>処分の理由</h2>
<p>　当支局が令和6年7月に同院に対して行った立入検査において、同院が、委託先の細胞培養加工施設による出荷の判定の結果を受領する前に特定細胞加工物を投与していたこと、及び委託先から製造の記録の写しの提供を受けていなかったことが確認されました。</p>
<h2>命令の内容</h2>
<p>（1）特定細胞加工物の受入れ時に、委託先による出荷の判定の結果を確認する手順を定めること。<br>
（2）委託先との契約において、製造の記録の提供に関する事項を定めること。<br>
（3）上記の改善の状況を、令和6年9月13日までに報告すること。</p>
<p>※ 委託先の事業者は本命令の対象ではありません。同施設については、当支局において別途確認を行っています。</p>
""", contact="医事課　琴平（電話 087-851-9565）"),
     [N("improvement_order", "四国厚生支局", "2024-08-09", ["法第23条第1項"],
        [S(G2_CL_FW, "clinic", "香川県高松市", AD, OP, [G2_PL]),
         S(OP, "operator")],
        persons=[P("屋島 拓真", "管理者", G2_CL_FW), P("香西 美和子", "理事長", OP)],
        plans=[G2_PL])])

# ====================================================================== z05
CL = "学校法人 吉備医科学園 吉備医科大学病院"
OP1 = "学校法人 吉備医科学園"
AD1 = "岡山県倉敷市松島1188番地"
OP2 = "国立大学法人 安芸総合大学"
FAC = "安芸総合大学 細胞療法センター"
AD2 = "広島県広島市南区宇品東五丁目3番21号 臨床研究棟4階"
PL = "自己末梢血単核球を用いた重症下肢虚血に対する血管再生治療"
page("z05_chugoku_shikoku_university_hospital_national_university_cpc_both_ordered.html",
     "中国四国 improvement orders to both parties of a contract: a private university hospital (学校法人; its manager in 氏　　名 with （… 管理者）) under 法第23条第1項 and the 国立大学法人's CPC it contracted under 法第48条第2項 (名　　称 / （学長：…） / 施 設 名 / 施設番号); the hospital's 理事長 in a 参考 line; plan with 計画番号 in the 計 画 名 row; full-width date line 令和６年１０月２日; hospital and CPC in two prefectures",
     bureau("中国四国厚生局", "再生医療等提供機関及び特定細胞加工物製造事業者に対する改善命令について", "令和６年１０月２日", f"""
<p>　中国四国厚生局長は、本日、{LAW_FULL}に基づき、再生医療等提供機関の管理者及び当該医療機関から特定細胞加工物の製造を受託していた特定細胞加工物製造事業者に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p style="text-align:center">記</p>
<p>第1　被処分者等</p>
<p>氏　　名　倉敷　直哉<br>
　　　　　（{CL}管理者）<br>
所 在 地　{AD1}<br>
計 画 名　{PL}（計画番号：PB6330048{KASO}）<br>
処分内容　{LAW}第23条第1項による改善命令</p>
<p>名　　称　{OP2}<br>
　　　　　（学長：宇品　京子）<br>
所 在 地　{AD2.replace(" ", "　")}<br>
施 設 名　{FAC}<br>
施設番号　FA6340105{KASO}<br>
処分内容　{LAW}第48条第2項による改善命令</p>
<p>（参考）上記病院の開設者：{OP1}（理事長　玉島　一成）</p>
<p>第2　経緯</p>
<p>　令和6年8月、上記病院から、第二種再生医療等として行っている上記計画に係る疾病等報告（細胞投与後の発熱及び菌血症 1例）がなされた。当局が同年9月に両者に対して行った立入検査において、上記施設では、製造に用いる培地の受入試験が行われていなかったこと、上記病院では、委託先の施設の製造管理の状況を定期的に確認する手順が定められていなかったことが確認された。</p>
<p>第3　命令の内容</p>
<p>　それぞれ、上記の事項を改善し、令和6年11月1日までにその状況を報告すること。</p>
""", contact="健康福祉部 医事課　萩・津和野（電話 082-223-8181）"),
     [N("improvement_order", "中国四国厚生局", "2024-10-02", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "岡山県倉敷市", AD1, OP1, [PL]),
         S(OP1, "operator"),
         S(OP2, "operator"),
         S(FAC, "cell_processing_facility", "広島県広島市南区", AD2, OP2, [], "FA6340105")],
        persons=[P("倉敷 直哉", "管理者", CL), P("宇品 京子", "学長", OP2), P("玉島 一成", "理事長", OP1)],
        plans=[PL])])

# ====================================================================== z06
AD = "宮城県仙台市宮城野区扇町3-4-12"
page("z06_tohoku_suspension_period_range_halfwidth_latin_kabu_g1.html",
     "東北 suspension order (法第49条, 製造業務の全部の停止) for 令和6年4月1日から同年6月30日まで (period not recorded); the G1 company printed half-width with ㈱ (Sendai Cell Port㈱), the facility name without its space, the address with hyphens; 「代表者 | 代表取締役 岩切健人」 (no space); z02's order as history; weekday in the date line 令和6年3月1日（金）; four client clinics unnamed; group G1",
     bureau("東北厚生局", "特定細胞加工物の製造業務の停止命令について", "令和6年3月1日（金）", f"""
<p>東北厚生局長は、本日、{LAW}第49条の規定に基づき、次の特定細胞加工物製造事業者に対し、特定細胞加工物の製造業務の全部の停止を命じました。</p>
<table class="tbl_tohoku">
<tr><th>事業者の名称</th><td>{G1_OP_HW}</td></tr>
<tr><th>代表者</th><td>代表取締役 岩切健人</td></tr>
<tr><th>細胞培養加工施設</th><td>{G1_FAC_NS}</td></tr>
<tr><th>施設番号</th><td>{G1_FN}{KASO}</td></tr>
<tr><th>所在地</th><td>{AD}</td></tr>
<tr><th>停止を命ずる業務</th><td>特定細胞加工物の製造業務の全部</td></tr>
<tr><th>停止期間</th><td>令和6年4月1日から同年6月30日まで</td></tr>
</table>
<h2>経緯</h2>
<p>同社に対しては、令和5年11月22日付けで、当局が法第48条第2項に基づく改善命令を行い、同社から改善計画が提出されていました。令和6年1月及び2月に当局が行った立入検査において、改善計画に記載された出荷の判定の手順が実施されておらず、無菌試験の結果が判明する前の出荷が引き続き行われていたことが確認されたため、本日の処分を行ったものです。</p>
<p>同施設に特定細胞加工物の製造を委託している医療機関（4施設）に対しては、停止期間中の委託先の変更等について、当局から連絡しています。</p>
""", contact="健康福祉部 医事課　多賀城（電話 022-206-5216）"),
     [N("suspension_order", "東北厚生局", "2024-03-01", ["法第49条"],
        [S(G1_OP_HW, "operator"),
         S(G1_FAC_NS, "cell_processing_facility", "宮城県仙台市宮城野区", AD, G1_OP_HW, [], G1_FN)],
        persons=[P("岩切健人", "代表取締役", G1_OP_HW)])])

# ====================================================================== z07
CL = "湯の川ステムセルクリニック"
OP = "医療法人社団 湯の川会"
FOP = "一般財団法人道南臨床医学財団"
PL = "自己骨髄由来単核球を用いた重症下肢虚血の治療"
page("z07_mhlw_reiwa_gannen_old_template_clinic_and_contracted_facility_g3.html",
     "MHLW emergency orders (法第22条 to a clinic's manager, 法第47条 to the facility it contracted) shortly after the era change, still on the 平成-era template: date line 令和元年６月２８日 (元年, full-width), history in 平成31年4月 and 令和元年６月; the facility named in kana (はこだて細胞加工センター) with its 一般財団法人 written without a space and its number in the parenthesis; the plan with （第二種）; two other client clinics unnamed; group G3",
     mhlw_old("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和元年６月２８日", f"""
<p><font size="2">　令和元年６月２４日、{OP}が開設する「{CL}」（北海道函館市）から、{LAW_FULL}第18条に基づく疾病等報告がなされました。また、同院が特定細胞加工物の製造を委託していた{FOP}の細胞培養加工施設「{G3_FAC0}」（北海道函館市。施設番号 {G3_FN}{KASO}）から、同月２５日、重大事態報告がなされました。</font></p>
<p><font size="2">　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき同院の管理者に対して再生医療等の提供の一時停止を、法第47条に基づき同施設に対して特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</font></p>
<p><font size="2"><b>報告された事案</b><br>　当該再生医療等を受けた２名が、投与後に発熱し、血液培養から同一の菌が検出された。同施設で同一日に製造された特定細胞加工物の保存品からも同じ菌が検出されている。</font></p>
<p><font size="2"><b>【提供の一時停止を命じた再生医療等】</b><br>「{PL}」（第二種）</font></p>
<p><font size="2"><b>【参考】</b><br>・同施設に対しては、平成31年4月22日に北海道厚生局が立入検査を行い、文書による指導を行っています。<br>・同施設に製造を委託している他の医療機関（２施設）は、当該製造日の特定細胞加工物を使用していないことを確認しています。</font></p>
""", "2019年6月", "医政局研究開発振興課 再生医療等研究推進室<br>室長補佐　洞爺（内線2685）<br>専門官　羅臼（内線4162）<br>（代表電話）03(5253)1111"),
     [N("emergency_order", "厚生労働省", "2019-06-28", ["法第22条", "法第47条"],
        [S(CL, "clinic", "北海道函館市", None, OP, [PL]),
         S(OP, "operator"),
         S(G3_FAC0, "cell_processing_facility", "北海道函館市", None, FOP, [], G3_FN),
         S(FOP, "operator")],
        plans=[PL])])

# ====================================================================== z08
OP = "株式会社加賀ライフサイエンス"
AD = "石川県金沢市鞍月東二丁目10番地"
page("z08_tokai_hokuriku_facility_only_ordered_client_clinic_context_n.html",
     "東海北陸 improvement order (法第48条第2項) to a licensed facility only; its client clinic (with its corporation) named in 経緯 and said not to be ordered — context; one line per label (名称：… 施設名：…); lead with 令和6年6月7日付けで; group N — かなざわセルプロセシングセンター (金沢市), not the same as かなざわセルプロセッシングセンター (野々市市) on z13",
     bureau("東海北陸厚生局", "特定細胞加工物製造事業者に対する改善命令について", "令和6年6月7日", f"""
<p>東海北陸厚生局長は、令和6年6月7日付けで、{LAW}第48条第2項に基づき、次の特定細胞加工物製造事業者に対し、改善命令を行いました。</p>
<p style="text-align:center">記</p>
<p>1　被処分者</p>
<p>名称：{OP}（代表取締役　犀川　聡）<br>
施設名：{N1_FAC}<br>
施設番号：FA3170188{KASO}<br>
所在地：{AD}<br>
処分内容：法第48条第2項による改善命令</p>
<p>2　経緯</p>
<p>同施設に特定細胞加工物の製造を委託している医療法人社団 兼六会の「けんろく整形外科クリニック」（石川県金沢市）から、令和6年4月、細胞の投与を受けた者に関節の腫脹が続いているとの疾病等報告がなされた。当局が同年5月に同施設に対して行った立入検査において、製造工程で用いる器具の滅菌の記録が一部作成されていないこと、及び逸脱の発生時に原因の調査が行われていないことが確認された。</p>
<p>なお、同院については、委託先の管理の状況に問題は認められなかったため、本命令の対象とはしていない。</p>
<p>3　命令の内容</p>
<p>滅菌の記録及び逸脱の管理の手順を整備し、令和6年7月5日までに改善の状況を報告すること。</p>
""", contact="健康福祉部 医事課　郡上（電話 052-228-6179）"),
     [N("improvement_order", "東海北陸厚生局", "2024-06-07", ["法第48条第2項"],
        [S(OP, "operator"),
         S(N1_FAC, "cell_processing_facility", "石川県金沢市", AD, OP, [], "FA3170188")],
        persons=[P("犀川 聡", "代表取締役", OP)])])

# ====================================================================== z09
OP = "医療法人社団玉藻会"
page("z09_mhlw_western_date_with_wareki_english_clinic_yugen_gaisha_facility_g2.html",
     "MHLW emergency orders (法第22条 to the clinic's manager, 法第47条 to the contracted facility of a 有限会社) on the current template; date line 西暦 with 和暦 in parentheses 2024年（令和6年）11月15日; the clinic's English name half-width in 「」 (Takamatsu Cell Clinic); the facility's number inside the place parenthesis; 計画番号 after the plan; 四国厚生支局's earlier order (z04) as history; group G2",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "2024年（令和6年）11月15日", f"""
<p>令和6年11月12日、{OP}が開設する「{G2_CL}」（香川県高松市）から、{LAW_FULL}第18条に基づく疾病等報告がなされました。同院が特定細胞加工物の製造を委託していた{G2_FOP}の細胞培養加工施設「{G2_FAC}」（香川県高松市。施設番号：{G2_FN}{KASO}）で同一日に製造された特定細胞加工物の投与を受けた2名が、敗血症により入院しています。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき同院の管理者に対して再生医療等の提供の一時停止を、法第47条に基づき{G2_FOP}に対して同施設における特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{G2_PL}」（第二種再生医療等。計画番号：{G2_PN}{KASO}）</p>
<h2>【製造の一時停止を命じた施設】</h2>
<p>「{G2_FAC}」（{G2_FOP}）</p>
<h2>【参考】</h2>
<ul>
<li>同院に対しては、令和6年8月9日付けで、四国厚生支局長が法第23条第1項に基づく改善命令を行っています。</li>
<li>同施設に製造を委託している他の医療機関はありません。</li>
</ul>
""", "2024年11月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　小豆（内線4051）<br>専門官　鳴門（内線4162）<br>（代表電話）03-5253-1111",
         published="公開日：2024年11月15日"),
     [N("emergency_order", "厚生労働省", "2024-11-15", ["法第22条", "法第47条"],
        [S(G2_CL, "clinic", "香川県高松市", None, OP, [G2_PL]),
         S(OP, "operator"),
         S(G2_FAC, "cell_processing_facility", "香川県高松市", None, G2_FOP, [], G2_FN),
         S(G2_FOP, "operator")],
        plans=[G2_PL])])

# ====================================================================== z10
OP = "一般財団法人 道南臨床医学財団"
AD = "北海道函館市五稜郭町31番8号"
page("z10_hokkaido_kyusho_table_cell_rename_kana_to_kanji_weekday_g3.html",
     "北海道 improvement order (法第48条第2項) to a 一般財団法人's licensed facility; a th/td table whose 旧称 row gives the kana former name with the date (はこだて細胞加工センター（令和2年10月1日改称）) → the kanji current name; 「代表者 | 理事長　…」; full-width date line with a weekday 令和３年１２月３日（金）; the Minister's 令和元年 orders (z07) and their 解除 as history; client clinics unnamed; group G3",
     bureau("北海道厚生局", "特定細胞加工物製造事業者に対する改善命令について", "令和３年１２月３日（金）", f"""
<p>　北海道厚生局長は、本日、{LAW}第48条第2項の規定に基づき、下記の特定細胞加工物製造事業者に対して改善命令を行いましたので、お知らせします。</p>
<h3>1　処分の対象</h3>
<table class="hk_table" border="1">
<tr><th>特定細胞加工物製造事業者</th><td>{OP}</td></tr>
<tr><th>代表者</th><td>理事長　七飯　恭介</td></tr>
<tr><th>細胞培養加工施設の名称</th><td>{G3_FAC}</td></tr>
<tr><th>旧称</th><td>{G3_FAC0}（令和2年10月1日改称）</td></tr>
<tr><th>施設番号</th><td>{G3_FN}{KASO}</td></tr>
<tr><th>所在地</th><td>{AD}</td></tr>
<tr><th>処分内容</th><td>法第48条第2項に基づく改善命令</td></tr>
</table>
<h3>2　経緯</h3>
<p>　同施設に対しては、令和元年6月28日、厚生労働大臣が法第47条に基づく製造の一時停止を命じ、同年9月13日に解除されています。当局が令和3年10月に行った立入検査において、無菌操作区域の環境モニタリングで処置基準を超えた日の製造について、逸脱としての処理が行われていないこと等が確認されました。</p>
<h3>3　命令の内容</h3>
<p>　逸脱の管理の手順を見直し、職員への教育訓練を実施した上で、令和4年1月14日までに改善の状況を報告すること。</p>
<p>　※ 同施設に特定細胞加工物の製造を委託している医療機関（3施設）は、本命令の対象ではありません。</p>
""", contact="健康福祉部 医事課　野付（電話 011-709-2311）"),
     [N("improvement_order", "北海道厚生局", "2021-12-03", ["法第48条第2項"],
        [S(OP, "operator"),
         S(G3_FAC, "cell_processing_facility", "北海道函館市", AD, OP, [], G3_FN)],
        persons=[P("七飯 恭介", "理事長", OP)],
        renames=[R(G3_FAC0, G3_FAC, "2020-10-01")])])

# ====================================================================== z11
CL = "ﾖﾅｺﾞ駅前ｽｷﾝｸﾘﾆｯｸ"
OP = "医療法人 皆生会"
AD = "鳥取県米子市明治町120番地3 よなごステーションビル3F"
PL = "自己培養線維芽細胞を用いたにきび瘢痕の治療"
page("z11_chugoku_shikoku_halfwidth_kana_clinic_contractor_context_tsuiki_closure.html",
     "中国四国 improvement order (法第23条第1項) to a clinic whose name is in half-width katakana (ﾖﾅｺﾞ駅前ｽｷﾝｸﾘﾆｯｸ); th/td table with 計画番号 in its own row; the contracted facility of ジェネシスセル株式会社 (legal form after the name) named but not ordered — context; full-width date with a weekday 令和６年１２月１３日（金）; 【追記】（令和７年２月７日掲載）: 廃止届 令和７年２月３日付け, closed 令和７年１月３１日 (closure part)",
     bureau("中国四国厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和６年１２月１３日（金）", f"""
<p>　中国四国厚生局長は、本日、{LAW}第23条第1項に基づき、次の再生医療等提供機関の管理者に対し、改善命令を行いました。</p>
<table class="cs_tbl" border="1">
<tr><th>医療機関名</th><td>{CL}</td></tr>
<tr><th>開設者</th><td>{OP}（理事長　弓浜　修）</td></tr>
<tr><th>管理者</th><td>日野　佳奈</td></tr>
<tr><th>所在地</th><td>{AD}</td></tr>
<tr><th>再生医療等の名称</th><td>{PL}</td></tr>
<tr><th>計画番号</th><td>PB6310019{KASO}</td></tr>
<tr><th>区分</th><td>第二種再生医療等</td></tr>
</table>
<h2>命令の理由</h2>
<p>　同院は、特定細胞加工物の製造をジェネシスセル株式会社の細胞培養加工施設「いずも細胞加工室」（島根県出雲市）に委託している。同施設から、令和6年10月に製造された特定細胞加工物について規格外の結果が出た旨の連絡を受けていたにもかかわらず、同院は当該特定細胞加工物を投与し、その後の経過の確認及び疾病等の報告の要否の判断を行っていなかった。</p>
<p>　なお、同施設は、当該連絡を適切に行っていたことから、本命令の対象ではない。</p>
<h2>命令の内容</h2>
<p>　委託先から規格外の連絡を受けた場合の対応手順を定め、令和7年1月17日までに改善の状況を報告すること。</p>
<div class="tsuiki">
<p><strong>【追記】（令和７年２月７日掲載）</strong></p>
<p>　同院については、開設者から令和７年２月３日付けで廃止届が提出され、令和７年１月３１日をもって廃止された。</p>
</div>
""", contact="健康福祉部 医事課　鞆・萩（電話 082-223-8181）"),
     [N("improvement_order", "中国四国厚生局", "2024-12-13", ["法第23条第1項"],
        [S(CL, "clinic", "鳥取県米子市", AD, OP, [PL]),
         S(OP, "operator")],
        persons=[P("日野 佳奈", "管理者", CL), P("弓浜 修", "理事長", OP)],
        plans=[PL]),
      N("closure_filing", "中国四国厚生局", "2025-02-03", [],
        [S(CL, "clinic", "鳥取県米子市", AD, OP)],
        closures=[C(CL, "2025-01-31")], part="closure")])

# ====================================================================== z12
AD1 = "宮城県仙台市宮城野区扇町三丁目4番12号"
FAC2 = "やまがた整形外科クリニック 細胞調製室"
OP2 = "医療法人 紅花会"
AD2 = "山形県山形市香澄町一丁目9番5号 やまがた駅前ビル2階"
page("z12_tohoku_closure_table_footnote_kyusho_year_month_g1.html",
     "東北 closure page (細胞培養加工施設の廃止): a table of two facilities; the G1 facility's 設置者 under its new name with a footnote mark (株式会社みちのくセルポート※1) and the footnote 「※1 旧称：Sendai Cell Port株式会社（令和7年4月に商号変更）」 (rename with year-month only); an in-clinic 届出 facility (FC) of a 医療法人; weekday in the date line 令和7年10月3日（金）; group G1",
     bureau("東北厚生局", "細胞培養加工施設の廃止について", "令和7年10月3日（金）", f"""
<p>次の細胞培養加工施設について、{LAW}に基づく廃止の届出がありましたので、お知らせします。</p>
<table class="tbl_tohoku" border="1">
<tr><th>施設番号</th><th>施設の名称</th><th>設置者</th><th>所在地</th><th>廃止年月日</th></tr>
<tr><td>{G1_FN}{KASO}</td><td>{G1_FAC}</td><td>{G1_OP_NEW}<sup>※1</sup></td><td>{AD1}</td><td>令和7年9月30日</td></tr>
<tr><td>FC2060077{KASO}</td><td>{FAC2}</td><td>{OP2}</td><td>{AD2}</td><td>令和7年9月12日</td></tr>
</table>
<p class="fn">※1　旧称：{G1_OP_OLD}（令和7年4月に商号変更）</p>
<p>※ 廃止された施設に製造を委託していた医療機関は、提供計画の変更の手続を行っています。</p>
""", contact="健康福祉部 医事課　栗原（電話 022-206-5216）"),
     [N("closure_filing", "東北厚生局", "2025-10-03", [],
        [S(G1_FAC, "cell_processing_facility", "宮城県仙台市宮城野区", AD1, G1_OP_NEW, [], G1_FN),
         S(G1_OP_NEW, "operator"),
         S(FAC2, "cell_processing_facility", "山形県山形市", AD2, OP2, [], "FC2060077"),
         S(OP2, "operator")],
        renames=[R(G1_OP_OLD, G1_OP_NEW, "2025-04")],
        closures=[C(G1_FAC, "2025-09-30"), C(FAC2, "2025-09-12")])])

# ====================================================================== z13
OP = "合同会社ノノイチ細胞技研"
AD = "石川県野々市市本町三丁目18番4号"
page("z13_tokai_hokuriku_closure_prosesshingu_not_the_same_n.html",
     "東海北陸 closure page (細胞培養加工施設の廃止の届出) of one facility in colon rows; its name differs from z08's facility by one kana (プロセッシング / プロセシング), its place (野々市市 / 金沢市), number, company (合同会社, 代表社員) — group N, not the same; weekday in the date line 令和7年2月14日（金）; 届出 date and 廃止年月日 differ",
     bureau("東海北陸厚生局", "細胞培養加工施設の廃止の届出について", "令和7年2月14日（金）", f"""
<p>{LAW}に基づく次の細胞培養加工施設の廃止について、令和7年2月5日付けで届出がありました。</p>
<ul class="rows">
<li>施設の名称：{N2_FAC}</li>
<li>施設番号：FA3170251{KASO}</li>
<li>設置者：{OP}（代表社員　押野　茜）</li>
<li>所在地：{AD}</li>
<li>廃止年月日：令和7年1月31日</li>
</ul>
<p>同施設に特定細胞加工物の製造を委託していた医療機関はありません。</p>
""", contact="健康福祉部 医事課　輪島（電話 052-228-6179）"),
     [N("closure_filing", "東海北陸厚生局", "2025-02-14", [],
        [S(N2_FAC, "cell_processing_facility", "石川県野々市市", AD, OP, [], "FA3170251"),
         S(OP, "operator")],
        persons=[P("押野 茜", "代表社員", OP)],
        closures=[C(N2_FAC, "2025-01-31")])])

# ====================================================================== z14
OP1 = "医社 玉藻会"
AD1 = "香川県高松市瓦町1-3-7 瓦町スクエアビル4F"
CL2 = "ｾﾙﾋﾞｭｰﾃｨｰ松山ｸﾘﾆｯｸ"
OP2 = "医療法人 石手会"
AD2 = "愛媛県松山市大街道二丁目5番3号 大街道テラス3階"
PL2 = "自己多血小板血漿を用いた壮年性脱毛症の治療"
page("z14_shikoku_discontinuation_plan_numbers_dotted_date_halfwidth_kana_g2.html",
     "四国厚生支局 monthly table of 提供計画の中止 (discontinuation_filing; the clinics stay open): 計画番号 in the first column (PB8370215 as on z04 and z09), the G2 clinic half-width with its operator abbreviated 医社 玉藻会 and a hyphen address with 4F, a second clinic in half-width katakana (ｾﾙﾋﾞｭｰﾃｨｰ松山ｸﾘﾆｯｸ, 第三種 plan); dotted date line 掲載日：R7.3.14; the Minister's order (z09) in a 備考 as history; group G2",
     bureau("四国厚生支局", "再生医療等提供計画の中止の届出について（令和7年2月受付分）", "R7.3.14", f"""
<p>　令和7年2月に当支局が受け付けた再生医療等提供計画の中止の届出は、次のとおりです。</p>
<table class="shikoku_tbl" border="1">
<tr><th>計画番号</th><th>再生医療等の名称</th><th>区分</th><th>医療機関の名称</th><th>開設者</th><th>所在地</th><th>中止年月日</th><th>備考</th></tr>
<tr><td>{G2_PN}{KASO}</td><td>{G2_PL}</td><td>第二種</td><td>{G2_CL}</td><td>{OP1}</td><td>{AD1}</td><td>令和7年2月28日</td><td>令和6年11月15日付けで厚生労働大臣から法第22条に基づく提供の一時停止命令を受けていたもの</td></tr>
<tr><td>PC8380033{KASO}</td><td>{PL2}</td><td>第三種</td><td>{CL2}</td><td>{OP2}</td><td>{AD2}</td><td>令和7年2月10日</td><td>－</td></tr>
</table>
<p>　※ 計画の中止は、当該計画に係る再生医療等の提供を終了するものであり、医療機関の廃止ではありません。</p>
""", contact="医事課　琴平・小豆（電話 087-851-9565）", date_label="掲載日："),
     [N("discontinuation_filing", "四国厚生支局", "2025-03-14", [],
        [S(G2_CL, "clinic", "香川県高松市", AD1, OP1, [G2_PL]),
         S(OP1, "operator"),
         S(CL2, "clinic", "愛媛県松山市", AD2, OP2, [PL2]),
         S(OP2, "operator")],
        plans=[G2_PL, PL2])])

# ====================================================================== z15
OP = "（一財） 道南臨床医学財団"
AD = "北海道函館市五稜郭町３１－８"
page("z15_hokkaido_pdf_text_licence_revocation_ippan_zaidan_abbrev_daihyo_riji_g3.html",
     "北海道 licence revocation (許可の取消し, 法第49条) of the G3 facility, as text converted from the PDF: a running header and page numbers 「－１－」「－２－」 in the text, the facility name broken across lines (函館細胞加工セ<br>ンター), numbered items １ (１) ①; the 一般財団法人 abbreviated and padded with U+3000 (（一財）　道南臨床医学財団); 「（代表理事：七飯恭介）」 (same person as z10's 理事長, another title, no space); full-width digits and a full-width hyphen in the address; 許可年月日 and z10's order as history; group G3",
     bureau("北海道厚生局", "特定細胞加工物の製造の許可の取消しについて", "令和7年7月25日", f"""
<p>報道発表資料（PDF：168KB）の本文を、以下にテキストで掲載します。</p>
<div class="pdf-text">
<p style="text-align:right">令和７年７月２５日<br>北海道厚生局</p>
<p style="text-align:center">特定細胞加工物の製造の許可の取消しについて</p>
<p>　北海道厚生局長は、本日、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）第４９条の規定に基づき、下記の特定細胞加工物製造事業者に対し、特定細胞加工物の製造の許可を取り消したので、お知らせする。</p>
<p style="text-align:center">記</p>
<p>１　処分の相手方<br>
（１）名　　称　（一財）　道南臨床医学財団<br>
　　　　　　　　（代表理事：七飯恭介）<br>
（２）施 設 名　函館細胞加工セ<br>ンター<br>
（３）施設番号　{G3_FN}{KASO}<br>
（４）所 在 地　{AD}<br>
（５）許可年月日　平成２８年３月１８日</p>
<p class="pdf-page" style="text-align:center">－１－</p>
<p class="pdf-header" style="text-align:right">北海道厚生局　報道発表資料（令和７年７月２５日）</p>
<p>２　処分の理由<br>
　①　同施設については、令和３年１２月３日付けで当局が法第４８条第２項に基づく改善命令を行ったが、当局が令和７年５月及び６月に行った立入検査において、環境モニタリングの記録が事後に書き換えられていたことが確認された。<br>
　②　無菌試験が一部のロットで実施されていなかったにもかかわらず、実施したとする記録が作成されていた。</p>
<p>３　患者の皆様へ<br>
　同施設で製造された特定細胞加工物を用いた再生医療等を受けた方で、体調に変化がある方は、治療を受けた医療機関に御相談ください。</p>
<p class="pdf-page" style="text-align:center">－２－</p>
</div>
""", contact="健康福祉部 医事課　羅臼・洞爺（電話 011-709-2311）"),
     [N("licence_revocation", "北海道厚生局", "2025-07-25", ["法第49条"],
        [S(OP, "operator"),
         S(G3_FAC, "cell_processing_facility", "北海道函館市", AD, OP, [], G3_FN)],
        persons=[P("七飯恭介", "代表理事", OP)])])

# ====================================================================== z16 (other)
page("z16_mhlw_other_iken_boshu_public_comment_names_g2_clinic.html",
     "MHLW 意見募集 (public comment) on a draft ordinance about contracting the manufacture of cells: 案件番号, 募集期間 令和7年1月20日～同年2月18日, the reasons citing the 法第22条 / 法第47条 case of 令和6年11月 and naming G2's clinic — not a notice",
     mhlw("「再生医療等の安全性の確保等に関する法律施行規則の一部を改正する省令（案）」に関する御意見の募集について", "", f"""
<table class="m-table">
<tr><th>案件番号</th><td>495250012{KASO}</td></tr>
<tr><th>定めようとする命令等の題名</th><td>再生医療等の安全性の確保等に関する法律施行規則の一部を改正する省令</td></tr>
<tr><th>意見募集期間</th><td>令和7年1月20日～同年2月18日</td></tr>
<tr><th>所管府省・部局名等</th><td>厚生労働省医政局研究開発政策課</td></tr>
</table>
<h2>1．改正の趣旨</h2>
<p>　特定細胞加工物の製造を委託する医療機関が、委託先の細胞培養加工施設による出荷の判定の結果を確認しないまま投与を行った事例が確認されています（令和6年11月には、{G2_CL}（香川県高松市）及びその委託先に対し、法第22条及び法第47条に基づく緊急命令が行われました。）。このため、再生医療等提供機関の管理者が行うべき委託先の管理について、省令に規定することとします。</p>
<h2>2．改正の概要</h2>
<p>（1）再生医療等提供機関の管理者は、特定細胞加工物の受入れの際、委託先による出荷の判定の記録を確認し、その記録を保存しなければならないこととする。<br>
（2）特定細胞加工物製造事業者は、規格外の結果が判明した場合、委託元の医療機関に速やかに通知しなければならないこととする。</p>
<h2>3．施行期日（予定）</h2>
<p>　令和7年4月1日</p>
<h2>4．意見の提出方法</h2>
<p>　e-Govの意見提出フォーム、郵送又はFAXにより提出してください。電話による御意見は受け付けておりません。</p>
""", "", "医政局研究開発政策課 再生医療等研究推進室（代表電話）03-5253-1111（内線4051）", kind="policy",
         crumbs=["ホーム", "申請・募集・情報公開", "パブリックコメント"]),
     [], what="other")

# ====================================================================== z17 (other)
page("z17_mhlw_other_heisei_tsuchi_guidance_on_contracting.html",
     "MHLW 通知 (医政研発 課長通知, 平成30年3月30日, 各地方厚生（支）局長 殿) on the old template: guidance on contracting the manufacture of 特定細胞加工物, numbered １．２．(1)(2)①② ア イ, citing 法第23条第1項 and 法第48条第2項 as possible orders — not a notice",
     mhlw_old("特定細胞加工物の製造の委託に係る留意事項について（通知）", "平成30年3月30日", """
<p align="right"><font size="2">医政研発0330第2号（テスト用の架空の番号）<br>平成30年3月30日</font></p>
<p><font size="2">各地方厚生（支）局長　殿</font></p>
<p align="right"><font size="2">厚生労働省医政局研究開発振興課長<br>（公印省略）</font></p>
<center><font size="3">特定細胞加工物の製造の委託に係る留意事項について</font></center>
<p><font size="2">　再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）に基づき、再生医療等提供機関が特定細胞加工物の製造を委託する場合の留意事項を下記のとおり取りまとめましたので、管下の再生医療等提供機関及び特定細胞加工物製造事業者に対する指導に当たり、御留意願います。</font></p>
<center><font size="2">記</font></center>
<p><font size="2">１．委託契約について<br>
（１）委託契約書には、次の事項を定めること。<br>
　①　特定細胞加工物の規格及び出荷の判定の方法<br>
　②　製造の記録の提供の方法<br>
（２）委託先の細胞培養加工施設の施設番号を提供計画に正確に記載すること。<br>
２．受入れ時の確認について<br>
　ア　委託先による出荷の判定の結果を確認してから投与すること。<br>
　イ　規格外の連絡を受けた場合の対応を定めておくこと。<br>
３．指導の結果、改善が見られない場合には、法第23条第1項（再生医療等提供機関）又は法第48条第2項（特定細胞加工物製造事業者）に基づく改善命令を検討すること。</font></p>
""", "", "医政局研究開発振興課 再生医療等研究推進室（内線2685）", kind="policy"),
     [], what="other")

# ====================================================================== z18 (other)
page("z18_tohoku_other_statistics_plan_counts_by_class.html",
     "東北 statistics: 再生医療等提供計画の受理件数 by prefecture × 第一種／第二種／第三種 and 細胞培養加工施設数 (許可／届出) as of 令和7年3月31日 — numbers and classes, no party — not a notice",
     bureau("東北厚生局", "管内の再生医療等提供計画及び細胞培養加工施設の状況（令和7年3月31日現在）", "令和7年4月18日", """
<p>当局管内（青森県、岩手県、宮城県、秋田県、山形県、福島県）の医療機関から提出された再生医療等提供計画の件数及び細胞培養加工施設の数は、次のとおりです。</p>
<table class="tbl_tohoku" border="1">
<caption>再生医療等提供計画（治療）の件数</caption>
<tr><th>県名</th><th>第一種</th><th>第二種</th><th>第三種</th><th>計</th></tr>
<tr><td>青森県</td><td>0</td><td>4</td><td>21</td><td>25</td></tr>
<tr><td>岩手県</td><td>0</td><td>3</td><td>18</td><td>21</td></tr>
<tr><td>宮城県</td><td>1</td><td>17</td><td>64</td><td>82</td></tr>
<tr><td>秋田県</td><td>0</td><td>2</td><td>12</td><td>14</td></tr>
<tr><td>山形県</td><td>0</td><td>5</td><td>19</td><td>24</td></tr>
<tr><td>福島県</td><td>0</td><td>6</td><td>27</td><td>33</td></tr>
<tr><th>計</th><td>1</td><td>37</td><td>161</td><td>199</td></tr>
</table>
<table class="tbl_tohoku" border="1">
<caption>細胞培養加工施設の数</caption>
<tr><th>区分</th><th>施設数</th></tr>
<tr><td>許可（医療機関以外の施設）</td><td>3</td></tr>
<tr><td>届出（医療機関内の施設等）</td><td>46</td></tr>
</table>
<p>※ 前年同期との比較：第二種 ＋5件、第三種 ＋22件。提供計画の中止・廃止に伴う減少を含みます。<br>※ 改善命令等の処分の状況は、別ページでお知らせしています。</p>
""", contact="健康福祉部 医事課　栗原（電話 022-206-5216）", crumbs=("業務内容", "医事", "統計")),
     [], what="other")

# ====================================================================== z19 (other)
page("z19_shikoku_other_licensed_facility_register_names_g2_facility.html",
     "四国厚生支局 register of licensed facilities (許可施設一覧) for clinics choosing a contractor: 施設番号 / 名称 / 事業者 / 所在地 / 許可年月日, G2's facility with its company abbreviated (有)さぬきバイオ and a ※ that its manufacture is stopped — not a notice",
     bureau("四国厚生支局", "特定細胞加工物製造の許可を受けた細胞培養加工施設の一覧", "令和7年1月10日", f"""
<p>　四国4県に所在し、{LAW}に基づく特定細胞加工物の製造の許可を受けている細胞培養加工施設の一覧です。製造を委託しようとする医療機関の皆様は、委託先の選定の参考としてください。</p>
<table class="shikoku_tbl" border="1">
<tr><th>施設番号</th><th>細胞培養加工施設の名称</th><th>事業者の名称</th><th>所在地</th><th>許可年月日</th></tr>
<tr><td>{G2_FN}{KASO}</td><td>{G2_FAC}※</td><td>(有)さぬきバイオ</td><td>香川県高松市林町2217番地15</td><td>令和2年6月1日</td></tr>
<tr><td>FA8390012{KASO}</td><td>とさ細胞プロセスセンター</td><td>株式会社土佐セルテック</td><td>高知県高知市本町四丁目2番40号</td><td>令和4年9月20日</td></tr>
<tr><td>FA8360021{KASO}</td><td>阿波バイオ加工所</td><td>阿波メディカルサポート株式会社</td><td>徳島県徳島市南末広町5番8号</td><td>平成30年11月1日</td></tr>
</table>
<p>　※ 令和6年11月15日から、厚生労働大臣の命令により製造を一時停止しています。</p>
""", contact="医事課　琴平（電話 087-851-9565）", crumbs=("業務内容", "医事・薬事", "細胞培養加工施設")),
     [], what="other")

# ====================================================================== z20 (listing)
page("z20_tokai_hokuriku_listing_saisei_news_n_titles.html",
     "東海北陸 news listing for 再生医療等: dated, linked titles, among them z13's and z08's (group N) — a listing, not a notice",
     bureau("東海北陸厚生局", "再生医療等に関するお知らせ", "", """
<dl class="news">
<dt>令和7年2月14日</dt><dd><a href="/tokaihokuriku/iji/saisei/haishi_070214.html">細胞培養加工施設の廃止の届出について</a></dd>
<dt>令和6年11月29日</dt><dd><a href="/tokaihokuriku/iji/saisei/setsumeikai_r06.html">令和6年度 再生医療等提供機関向け説明会（金沢会場・名古屋会場）の開催について</a></dd>
<dt>令和6年6月7日</dt><dd><a href="/tokaihokuriku/iji/saisei/kaizen_060607.html">特定細胞加工物製造事業者に対する改善命令について</a></dd>
<dt>令和6年4月1日</dt><dd><a href="/tokaihokuriku/iji/saisei/tetsuzuki.html">再生医療等提供計画の提出先及び手続について（更新）</a></dd>
</dl>
<p class="more"><a href="/tokaihokuriku/iji/saisei/archive.html">過去のお知らせ</a></p>
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
