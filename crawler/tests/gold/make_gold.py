# Writes the fictional gold pages (pages/*.html) and gold.json.
#
# The annotations below are written by hand from what each page states; nothing
# here runs tadoru's extractor. Edit this file, then run it with python3 from
# anywhere. Pages under pages/ are invented test pages: they are never served and
# never part of the demo mirror.
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
FICT = "<p class=\"test-note\">（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）</p>"
ACT = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"

# ---------------------------------------------------------------- annotation helpers
def S(name, role, place=None, address=None, operator=None, plans=(), fn=None):
    return {"name": name, "role": role, "place": place, "address": address,
            "operator": operator, "plans": list(plans), "facility_number": fn}

def OP(name, place=None, address=None):
    return S(name, "operator", place, address)

def PER(name, title, of):
    return {"name": name, "title": title, "of": of}

def RN(old, new, on=None):
    return {"old": old, "new": new, "on": on}

def CL(name, on=None):
    return {"name": name, "on": on}

def N(kind, authority, issued_on, articles=(), violations=(), plans=(), subjects=(),
      persons=(), renames=(), closures=(), part=None):
    return {"part": part, "kind": kind, "authority": authority, "issued_on": issued_on,
            "articles": list(articles), "violations": list(violations), "plans": list(plans),
            "subjects": list(subjects), "persons": list(persons), "renames": list(renames),
            "closures": list(closures)}

# ---------------------------------------------------------------- page templates
def doc(title, body, site, header_extra="", crumbs=None, title_in_crumb=True):
    crumbs = crumbs or ["ホーム"]
    crumb = " &gt; ".join(crumbs + ([html.escape(title)] if title_in_crumb else []))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{html.escape(title)}｜{site}</title></head>
<body>
<header><div class="site-name">{site}</div>{header_extra}<nav><a href="/">ホーム</a> <a href="/news/">新着情報</a> <a href="/about/">組織案内</a></nav></header>
<div class="breadcrumb">{crumb}</div>
<main>
{FICT}
{body}
</main>
<footer><p>ページの先頭へ戻る</p></footer>
</body>
</html>
"""

def press(date_line, title, paras, month_label, contacts=("室長補佐　架空 一郎（内線0000）",),
          section="医政局研究開発政策課 再生医療等研究推進室", heading_in_header=False):
    contact = "".join(f"<p>{c}</p>" for c in contacts)
    h1 = f"<h1>{title}</h1>"
    body = f"""<div class="date"><p>{date_line}</p></div>
<div class="contact"><p>【照会先】</p><p>{section}</p>{contact}</div>
<p>報道関係者各位</p>
{'' if heading_in_header else h1}
{''.join(f'<p>{p}</p>' + chr(10) for p in paras)}"""
    return doc(title, body, "厚生労働省", header_extra=h1 if heading_in_header else "",
               crumbs=["ホーム", "報道・広報", "報道発表資料", month_label], title_in_crumb=not heading_in_header)

def bureau(date_line, site, title, body, heading=True):
    head = f"<p>{date_line}</p>\n<p>{site}</p>\n" + (f"<h1>{title}</h1>\n" if heading else "")
    return doc(title, head + body, site, crumbs=[site, "医事課"], title_in_crumb=heading)

P = lambda *ls: "".join(f"<p>{l}</p>\n" for l in ls)

def table(rows):
    return "<table class=\"entry\">\n" + "".join(f"<tr><th>{l}</th><td>{v}</td></tr>\n" for l, v in rows) + "</table>\n"

def dl(rows):
    return "<dl class=\"entry\">\n" + "".join(f"<dt>{l}</dt><dd>{v}</dd>\n" for l, v in rows) + "</dl>\n"

FICT_PAGES = []  # (file name, html, notices, covers)

def page(fname, text, notices, covers):
    FICT_PAGES.append((fname, text, notices, covers))

MHLW = "厚生労働省"
EMERG_CLOSE = "保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、"

# ================================================================ fictional pages
# F01 rename inside the place parenthesis, operator with its current name
p = "変形性膝関節症に対する自己脂肪由来間葉系幹細胞を用いた治療"
page("f01_mhlw_former_name_in_place_paren.html", press(
    "令和７年１１月１４日", "再生医療等の安全性の確保等に関する法律に基づく緊急命令について",
    [f"令和７年１１月１０日、「みなと再生医療クリニック」（東京都港区。旧名称：赤坂セルクリニック。開設者　医療法人社団白金会（現：医療法人社団翠嶺会））から、{ACT}第18条に基づく疾病等報告が厚生労働省に提出されました。",
     "報告では、治療を受けた方のうち１名に重い感染症が生じ、入院による治療を要したとされています。",
     EMERG_CLOSE + "本日付けで、法第22条に基づき、同クリニックに対し再生医療等の提供の一時停止を命じましたのでお知らせします。",
     "【提供の一時停止を命じた再生医療等】", f"「{p}」"],
    "2025年11月"),
    [N("emergency_order", MHLW, "2025-11-14", ["法第22条"], [], [p],
       [S("みなと再生医療クリニック", "clinic", "東京都港区", None, "医療法人社団翠嶺会", [p]),
        OP("医療法人社団翠嶺会")],
       [], [RN("赤坂セルクリニック", "みなと再生医療クリニック"), RN("医療法人社団白金会", "医療法人社団翠嶺会")])],
    "rename: 旧名称 inside the place parenthesis; operator 開設者 Z（現：W）; full-width date; press-release layout")

# F02 Kinki, <table> layout, 付けで…より名称を変更, full-width digits, plans A、B
pa, pb = "脂肪由来幹細胞を用いた変形性関節症の治療", "自己多血小板血漿を用いた皮膚再生療法"
clinic = "医療法人 緑風会 うめだ幹細胞クリニック"
page("f02_kinki_table_tsukede_yori.html", bureau(
    "令和６年９月１３日", "近畿厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"近畿厚生局長は、本日、下記のとおり、{ACT}第２３条第１項に基づき、再生医療等提供機関の管理者に対し改善命令を行いましたので、お知らせします。", "記", "第１　被処分者等")
    + table([("氏　名", "中島　恵一<br>（医療法人　緑風会　うめだ幹細胞クリニック管理者）"),
             ("所 在 地", "大阪府大阪市北区梅田三丁目４番５号　梅田ガーデンビル８階"),
             ("計 画 名", f"{pa}、{pb}"),
             ("処分内容", "再生医療等の安全性の確保等に関する法律第２３条第１項による改善命令")])
    + P("第２　経緯",
        "「うめだ幹細胞クリニック」（令和６年４月１日付けで「北浜セルクリニック」より名称を変更）に対し、令和６年７月２日に法第２４条第１項に基づく立入検査を行ったところ、上記２件の再生医療等提供計画について、細胞の採取及び保管の記録が作成されていないことが確認された。",
        "第３　改善命令の内容", "１　記録の作成及び保存の手順を定め、従業者に周知すること。", "２　改善の状況を令和６年１０月１１日までに報告すること。")),
    [N("improvement_order", "近畿厚生局", "2024-09-13", ["法第23条第1項"], [], [pa, pb],
       [S(clinic, "clinic", "大阪府大阪市北区", "大阪府大阪市北区梅田三丁目４番５号 梅田ガーデンビル８階", "医療法人 緑風会", [pa, pb]),
        OP("医療法人 緑風会")],
       [PER("中島 恵一", "管理者", clinic)],
       [RN("北浜セルクリニック", "うめだ幹細胞クリニック", "2024-04-01")])],
    "rename: （令和６年４月１日付けで「Y」より名称を変更）; <table> th/td layout; 管理者 in 氏 名 row; plans A、B unquoted; full-width digits; 丁目/番/号 address with building and floor")

# F03 Tohoku, <dl> layout, 改称 with year-month only, 『』, hyphen address, facility number
p3 = "自己脂肪由来幹細胞を用いた慢性腰痛の治療"
fac3 = "株式会社みちのくバイオ 仙台細胞培養センター"
page("f03_tohoku_dl_kaisho_year_month.html", bureau(
    "令和8年2月6日", "東北厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"東北厚生局長は、本日、{ACT}第23条第1項及び第48条第2項に基づき、下記の再生医療等提供機関及び特定細胞加工物製造事業者に対し、改善命令を行いました。", "記", "1 被処分者等")
    + dl([("医療機関名", "「杜の都セルクリニック」（令和7年12月に「仙台青葉再生クリニック」から改称）"),
          ("管理者", "佐々木 智子"),
          ("所在地", "宮城県仙台市青葉区一番町2-7-3 青葉一番町ビル5F"),
          ("計画名", f"『{p3}』"),
          ("処分内容", "法第23条第1項による改善命令")])
    + dl([("名称", "株式会社 みちのくバイオ"),
          ("代表者", "大友 健"),
          ("施設名", fac3),
          ("施設番号", "FC2040017（テスト用の架空の番号）"),
          ("所在地", "宮城県仙台市宮城野区扇町4丁目3番15号"),
          ("処分内容", "法第48条第2項による改善命令")])
    + P("2 経緯", "令和7年11月、上記医療機関において投与された特定細胞加工物に関し、上記施設から重大事態報告がなされた。当局が調査したところ、工程管理の記録及び出荷判定の手順に不備が認められた。")),
    [N("improvement_order", "東北厚生局", "2026-02-06", ["法第23条第1項", "法第48条第2項"], [], [p3],
       [S("杜の都セルクリニック", "clinic", "宮城県仙台市青葉区", "宮城県仙台市青葉区一番町2-7-3 青葉一番町ビル5F", None, [p3]),
        S(fac3, "cell_processing_facility", "宮城県仙台市宮城野区", "宮城県仙台市宮城野区扇町4丁目3番15号", "株式会社 みちのくバイオ", [], "FC2040017"),
        OP("株式会社 みちのくバイオ")],
       [PER("佐々木 智子", "管理者", "杜の都セルクリニック"), PER("大友 健", "代表者", "株式会社 みちのくバイオ")],
       [RN("仙台青葉再生クリニック", "杜の都セルクリニック", "2025-12")])],
    "rename: （令和7年12月に「Y」から改称）, year-month without day; <dl>/<dt>/<dd> layout; 『』 plan quote; hyphen address with 5F; facility number; 管理者 and 代表者 rows; half-width digits")

# F04 Kanto-Shinetsu, labelled rows one per line, 商号変更, facility number
p4 = "自己脂肪由来幹細胞を用いた変形性膝関節症の治療"
cl4 = "医療法人社団 桜花会 さくら再生医療クリニック"
fac4 = "株式会社ミライセルラボ 東京細胞培養センター"
page("f04_kantoshinetsu_rows_shogo_henko.html", bureau(
    "令和６年１月１９日", "関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"関東信越厚生局長は、本日、下記のとおり、{ACT}に基づき、再生医療等提供機関及び細胞培養加工施設に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。",
      "記", "第1　被処分者等",
      "氏 名　森下　由紀", "（医療法人社団　桜花会　さくら再生医療クリニック管理者）",
      "所 在 地　東京都渋谷区神宮前5-12-8　表参道テラス3階",
      f"計 画 名　{p4}",
      "処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令",
      "名 称　株式会社ミライセルラボ（令和５年１０月１日に株式会社ネクストセルから商号変更）",
      "（代表取締役：北村　翔）",
      "所 在 地　東京都江東区有明三丁目7番26号　有明フロンティアビルB棟2階",
      f"施 設 名　{fac4}",
      "施設番号　FC3130099（テスト用の架空の番号）",
      "処分内容　再生医療等の安全性の確保等に関する法律第48条第2項による改善命令",
      "第2　経緯",
      "令和5年11月、上記医療機関から、当該施設で製造された特定細胞加工物の投与後に発熱等が生じた旨の疾病等報告がなされた。当局が立入検査を行ったところ、無菌操作の手順書が作成されておらず、また、医療機関側でも受入れ時の確認が行われていなかった。")),
    [N("improvement_order", "関東信越厚生局", "2024-01-19", ["法第23条第1項", "法第48条第2項"], [], [p4],
       [S(cl4, "clinic", "東京都渋谷区", "東京都渋谷区神宮前5-12-8 表参道テラス3階", "医療法人社団 桜花会", [p4]),
        OP("医療法人社団 桜花会"),
        S(fac4, "cell_processing_facility", "東京都江東区", "東京都江東区有明三丁目7番26号 有明フロンティアビルB棟2階", "株式会社ミライセルラボ", [], "FC3130099"),
        OP("株式会社ミライセルラボ")],
       [PER("森下 由紀", "管理者", cl4), PER("北村 翔", "代表取締役", "株式会社ミライセルラボ")],
       [RN("株式会社ネクストセル", "株式会社ミライセルラボ", "2023-10-01")])],
    "rename: 株式会社X（令和５年１０月１日に株式会社Yから商号変更）; labelled rows one per line (関東信越); 管理者 (氏 名 row + （…管理者）); （代表取締役：…）; hyphen address and 三丁目7番26号; facility number; U+3000 spaces")

# F05 MHLW, 「Y」（現名称：X）, full-width digits, （株）
fac5_old = "（株）ナニワセルテック 堺細胞加工センター"
fac5 = "（株）ナニワセルテック 泉州細胞加工センター"
page("f05_mhlw_genmeisho_fullwidth.html", press(
    "令和７年６月２７日", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    [f"厚生労働大臣は、本日、「{fac5_old}」（現名称：{fac5}）（大阪府堺市堺区）に対し、{ACT}第４８条第２項に基づく改善命令を行いました。",
     "令和７年４月に実施した立入検査において、次の事項が確認されたためです。",
     "・無菌試験の結果が基準を満たさないロットについて、原因の調査を行わないまま出荷していたこと",
     "・製造記録の一部が作成されていなかったこと",
     "当該施設には、改善計画を令和７年７月３１日までに提出するよう求めています。"],
    "2025年6月"),
    [N("improvement_order", MHLW, "2025-06-27", ["法第48条第2項"], [], [],
       [S(fac5, "cell_processing_facility", "大阪府堺市堺区", None, "（株）ナニワセルテック"),
        OP("（株）ナニワセルテック")],
       [], [RN(fac5_old, fac5)])],
    "rename: 「Y」（現名称：X） (old name quoted first); full-width digits; （株）; facility-only improvement order by the Minister")

# F06 Kyushu, one-line entries, date in front of the quote, plans 「A」、「B」
p6a, p6b = "自己血由来多血小板血漿を用いた脱毛症の治療", "自己脂肪由来幹細胞を用いた肌の若返り療法"
cl6 = "医療法人 玄海会 博多セルメディカルクリニック"
page("f06_kyushu_one_line_date_before_quote.html", bureau(
    "令和7年10月3日", "九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"九州厚生局長は、本日、{ACT}第23条第1項に基づき、下記の再生医療等提供機関に対し改善命令を行いました。", "記", "第１　被処分者等",
      f"氏名：今村　航（医療法人 玄海会 博多セルメディカルクリニック管理者）　所在地：福岡県福岡市博多区博多駅前二丁目19番24号 博多駅前スクエア6階　計画名：「{p6a}」、「{p6b}」　処分内容：法第23条第1項による改善命令",
      "第２　経緯",
      "令和７年８月22日に「はかた美容再生クリニック」から名称変更した「博多セルメディカルクリニック」において、令和7年6月に立入検査を行ったところ、認定再生医療等委員会の意見を聴かずに提供計画の内容を変更して再生医療等を提供していたことが確認された。")),
    [N("improvement_order", "九州厚生局", "2025-10-03", ["法第23条第1項"], [], [p6a, p6b],
       [S(cl6, "clinic", "福岡県福岡市博多区", "福岡県福岡市博多区博多駅前二丁目19番24号 博多駅前スクエア6階", "医療法人 玄海会", [p6a, p6b]),
        OP("医療法人 玄海会")],
       [PER("今村 航", "管理者", cl6)],
       [RN("はかた美容再生クリニック", "博多セルメディカルクリニック", "2025-08-22")])],
    "rename: 令和７年８月22日に「Y」から名称変更した「X」 (date in front, mixed-width digits); one-line entry (九州): 氏名：… 所在地：… 計画名：… 処分内容：…; plans 「A」、「B」")

# F07 Chugoku-Shikoku, 「X」は、令和元年5月1日に「Y」から名称を変更した; 氏名省略
cl7 = "医療法人社団瀬戸会 せとうち再生医療クリニック"
p7 = "自己培養線維芽細胞を用いた皮膚のしわの治療"
fac7 = "医療法人社団瀬戸会 せとうち再生医療クリニック 細胞培養加工室"
page("f07_chugoku_shikoku_gannen.html", bureau(
    "令和2年1月17日", "中国四国厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"中国四国厚生局長は、本日、{ACT}第23条第1項及び第48条第2項に基づき、下記の者に対して改善命令を行いましたので、お知らせします。", "記", "第1 被処分者等",
      "氏 名 （氏名省略）", "（医療法人社団瀬戸会 せとうち再生医療クリニック管理者）",
      "所 在 地 広島県広島市中区紙屋町一丁目2番22号 紙屋町セントラルビル4階",
      f"計 画 名 {p7}",
      "処分内容 再生医療等の安全性の確保等に関する法律第23条第1項による改善命令",
      "名 称 医療法人社団瀬戸会", "（理事長：瀬戸口 正雄）",
      "所 在 地 広島県広島市中区紙屋町一丁目2番22号 紙屋町セントラルビル4階",
      f"施 設 名 {fac7}",
      "処分内容 再生医療等の安全性の確保等に関する法律第48条第2項による改善命令",
      "第2 経緯",
      "「せとうち再生医療クリニック」は、令和元年5月1日に「瀬戸内美容皮膚科クリニック」から名称を変更した。同クリニックは、名称変更に伴う提供計画の変更を届け出ないまま、旧名称の計画により再生医療等の提供を続けていた。")),
    [N("improvement_order", "中国四国厚生局", "2020-01-17", ["法第23条第1項", "法第48条第2項"], [], [p7],
       [S(cl7, "clinic", "広島県広島市中区", "広島県広島市中区紙屋町一丁目2番22号 紙屋町セントラルビル4階", "医療法人社団瀬戸会", [p7]),
        S(fac7, "cell_processing_facility", "広島県広島市中区", "広島県広島市中区紙屋町一丁目2番22号 紙屋町セントラルビル4階", "医療法人社団瀬戸会"),
        OP("医療法人社団瀬戸会")],
       [PER("瀬戸口 正雄", "理事長", "医療法人社団瀬戸会")], [RN("瀬戸内美容皮膚科クリニック", "せとうち再生医療クリニック", "2019-05-01")])],
    "rename: 「X」は、令和元年5月1日に「Y」から名称を変更した (元年); manager 氏名省略 (no person) beside a named 理事長 （理事長：…）; clinic and in-clinic facility entries; labelled rows with half-width spaces")

# F08 Hokkaido, suspension order, 「Y」から「X」へ名称変更, ㈱
fac8_old, fac8 = "㈱ほっかいセル 札幌加工センター", "㈱ほっかいセル 札幌細胞培養センター"
page("f08_hokkaido_suspension_he.html", bureau(
    "令和8年4月24日", "北海道厚生局", "再生医療等の安全性の確保等に関する法律に基づく業務停止命令について",
    P(f"北海道厚生局長は、本日、{ACT}第49条の規定に基づき、下記の特定細胞加工物製造事業者に対し、令和8年5月1日から同年7月31日までの間、細胞培養加工施設における特定細胞加工物の製造業務の全部の停止を命じました（業務停止命令）。",
      "記", "１．被処分者",
      "名称：㈱ほっかいセル（代表取締役：石狩 亮介）",
      "所在地：北海道札幌市中央区北三条西四丁目1番地1 札幌北三条ビル9階",
      f"施設名：{fac8}",
      "施設番号：FC1010008（テスト用の架空の番号）",
      "処分内容：法第49条による業務停止命令",
      "２．経緯",
      "当該施設は、令和7年10月1日に「㈱ほっかいセル 札幌加工センター」から「㈱ほっかいセル 札幌細胞培養センター」へ名称変更を行っている。令和8年2月の立入検査で、許可を受けた製造工程と異なる方法で製造を行っていたことが判明した。")),
    [N("suspension_order", "北海道厚生局", "2026-04-24", ["法第49条"], [], [],
       [S(fac8, "cell_processing_facility", "北海道札幌市中央区", "北海道札幌市中央区北三条西四丁目1番地1 札幌北三条ビル9階", "㈱ほっかいセル", [], "FC1010008"),
        OP("㈱ほっかいセル")],
       [PER("石狩 亮介", "代表取締役", "㈱ほっかいセル")],
       [RN(fac8_old, fac8, "2025-10-01")])],
    "suspension order (業務停止命令, 法第49条); rename 「Y」から「X」へ名称変更; ㈱; colon-labelled rows (名称：…); 四丁目1番地1 address; facility number")

# F09 Kinki, licence revocation, 旧称, (株) half-width parentheses, 京都市左京区 as printed
fac9_old, fac9 = "(株)洛北バイオ 京都細胞加工所", "(株)洛北バイオ 左京細胞培養センター"
page("f09_kinki_licence_revocation_kyusho.html", bureau(
    "令和７年２月１４日", "近畿厚生局", "再生医療等の安全性の確保等に関する法律に基づく許可の取消しについて",
    P(f"近畿厚生局長は、本日、{ACT}第49条に基づき、下記の特定細胞加工物製造事業者の製造の許可を取り消しました。",
      "記", "第1　処分の対象",
      "名　称　(株)洛北バイオ", "（代表取締役：賀茂 俊彦）",
      "所 在 地　京都市左京区北白川二丁目10番12号 白川ラボ棟3階",
      f"施 設 名　「{fac9}」（旧称「{fac9_old}」）",
      "施設番号　FA5260042（テスト用の架空の番号）",
      "処分内容　法第49条による特定細胞加工物の製造の許可の取消し",
      "第2　理由",
      "当該事業者は、令和6年に受けた改善命令に従わず、構造設備が基準に適合しない状態で製造を続けていた。")),
    [N("licence_revocation", "近畿厚生局", "2025-02-14", ["法第49条"], [], [],
       [S(fac9, "cell_processing_facility", "京都市左京区", "京都市左京区北白川二丁目10番12号 白川ラボ棟3階", "(株)洛北バイオ", [], "FA5260042"),
        OP("(株)洛北バイオ")],
       [PER("賀茂 俊彦", "代表取締役", "(株)洛北バイオ")],
       [RN(fac9_old, fac9)])],
    "licence revocation (許可の取消し, 法第49条); rename with 旧称「Y」; (株) with half-width parentheses; address with kanji numeral 二丁目10番12号; place printed without prefecture (京都市左京区); facility number with another class letter")

# F10 MHLW, plan and clinic names with a missing closing 」, 旧「Y」, 開設者：
p10 = "自家培養NK細胞を用いたがんの再発予防"
page("f10_mhlw_missing_bracket_kyu.html", press(
    "令和6年 11 月 8 日", "再生医療等の安全性の確保等に関する法律に基づく緊急命令について",
    [f"令和6年 11 月 6 日、「あおば再生クリニック」（神奈川県横浜市青葉区。旧「あおば美容クリニック」。開設者：医療法人社団青葉会）から、{ACT}第 18 条に基づく疾病等報告がありました。",
     EMERG_CLOSE + "本日付けで、法第 22 条に基づき、再生医療等の提供の一時停止を命じましたのでお知らせいたします。",
     "報告された事案",
     "「あおば再生クリニック",
     "当該再生医療等を受けた方１名に、投与後に重い感染症が生じ入院を要した。",
     "【提供の一時停止を命じた再生医療等】",
     f"「{p10}"],
    "2024年11月"),
    [N("emergency_order", MHLW, "2024-11-08", ["法第22条"], [], [p10],
       [S("あおば再生クリニック", "clinic", "神奈川県横浜市青葉区", None, "医療法人社団青葉会", [p10]),
        OP("医療法人社団青葉会")],
       [], [RN("あおば美容クリニック", "あおば再生クリニック")])],
    "plan name and clinic name whose closing 」 is missing; rename 旧「Y」 inside the place parenthesis; 開設者：; spaced date 令和6年 11 月 8 日")

# F11 Tokai-Hokuriku, 再生医療等提供機関の廃止 (clinic closed)
cl11 = "一般社団法人 中部再生医療協会 名駅リジェネクリニック"
page("f11_tokai_hokuriku_provider_closed.html", bureau(
    "令和8年2月10日", "東海北陸厚生局", "再生医療等提供機関の廃止について",
    P("令和7年9月12日付けで当局が改善命令を行った下記の再生医療等提供機関について、開設者から廃止の届出があり、令和8年1月31日をもって再生医療等提供機関が廃止されたことを確認しましたので、お知らせします。",
      "記",
      "医療機関名：一般社団法人 中部再生医療協会 名駅リジェネクリニック",
      "所在地：愛知県名古屋市中村区名駅四丁目5番28号 名駅ヒルズ11階",
      "廃止年月日：令和8年1月31日",
      "なお、当該医療機関が提出していた再生医療等提供計画（2件）は、いずれも廃止に伴い終了しています。")),
    [N("closure_filing", "東海北陸厚生局", "2026-02-10", [], [], [],
       [S(cl11, "clinic", "愛知県名古屋市中村区", "愛知県名古屋市中村区名駅四丁目5番28号 名駅ヒルズ11階", "一般社団法人 中部再生医療協会"),
        OP("一般社団法人 中部再生医療協会")],
       [], [], [CL(cl11, "2026-01-31")])],
    "closure page: 再生医療等提供機関の廃止 (a clinic closed, with date); 一般社団法人 with a space; colon-labelled rows")

# F12 Kanto-Shinetsu, facility 廃止の届出 / 廃止届, under its old name
fac12 = "株式会社ネクストセル 東京細胞培養センター"
page("f12_kantoshinetsu_facility_closure_old_name.html", bureau(
    "令和６年３月２２日", "関東信越厚生局", "細胞培養加工施設の廃止の届出について",
    P("下記の細胞培養加工施設について、再生医療等の安全性の確保等に関する法律に基づく廃止の届出がありましたので、お知らせします。",
      "記",
      f"施 設 名　{fac12}",
      "施設番号　FC3130099（テスト用の架空の番号）",
      "所 在 地　東京都江東区有明三丁目7番26号",
      "廃止年月日　令和６年３月１５日",
      "備　　考　廃止届は、商号変更前の法人名で提出されています。")),
    [N("closure_filing", "関東信越厚生局", "2024-03-22", [], [], [],
       [S(fac12, "cell_processing_facility", "東京都江東区", "東京都江東区有明三丁目7番26号", "株式会社ネクストセル", [], "FC3130099"),
        OP("株式会社ネクストセル")],
       [], [], [CL(fac12, "2024-03-15")])],
    "closure page: 廃止の届出 / 廃止届 of a facility, under its old name (same facility number as f04, whose operator was renamed); full-width date")

# F13 Kyushu, 再生医療等提供計画の中止 (discontinuation; the clinic stays open)
p13 = "自己脂肪由来幹細胞を用いた変形性膝関節症の治療"
cl13 = "医療法人 南風会 かごしま再生クリニック"
page("f13_kyushu_plan_discontinued.html", bureau(
    "令和7年12月5日", "九州厚生局", "再生医療等提供計画の中止について",
    P(f"令和7年7月18日付けで当局が改善命令を行った「{cl13}」（鹿児島県鹿児島市）から、再生医療等提供計画の中止の届出がありました。",
      f"中止した計画：「{p13}」",
      "中止年月日：令和7年11月30日",
      "なお、同クリニックは、他の再生医療等提供計画に基づく再生医療等の提供を継続しています（医療機関は廃止されていません）。")),
    [N("discontinuation_filing", "九州厚生局", "2025-12-05", [], [], [p13],
       [S(cl13, "clinic", "鹿児島県鹿児島市", None, "医療法人 南風会", [p13]),
        OP("医療法人 南風会")],
       [], [], [])],
    "再生医療等提供計画の中止 (discontinuation_filing; the clinic is not closed)")

# F14 MHLW, three clinics and one facility; plans 「A」、「B」及び「C」; 旧称 in place paren
pa14, pb14, pc14 = "臍帯由来間葉系幹細胞を用いた慢性疲労の治療", "臍帯由来間葉系幹細胞を用いた美容目的の点滴療法", "臍帯血を用いた免疫機能の改善"
c14a = "一般社団法人 新宿メディカルフォーラム 西新宿セルクリニック"
c14b = "医療法人社団 浪速会 なんば再生医療クリニック"
c14c = "天神リジェネラボクリニック"
f14 = "株式会社ベイサイドセル 柏細胞加工センター"
page("f14_mhlw_several_parties.html", press(
    "令和8年1月30日", "再生医療等の安全性の確保等に関する法律に基づく緊急命令について",
    [f"厚生労働省は、{ACT}第24条第2項に基づく立入検査等により、下記の医療機関が、第一種再生医療等提供計画を提出しないまま、他人の臍帯に由来する細胞を用いた再生医療等を提供していたこと（法第4条第1項違反）を確認しました。また、これらの医療機関で用いられた特定細胞加工物は、下記の細胞培養加工施設で製造されていました。",
     EMERG_CLOSE + "本日付けで、医療機関に対しては法第22条に基づき再生医療等の提供の一時停止を、細胞培養加工施設に対しては法第47条に基づき特定細胞加工物の製造の一時停止を、それぞれ命じました。",
     "【対象の医療機関】",
     f"・「{c14a}」（東京都新宿区）",
     f"・「{c14b}」（大阪府大阪市中央区）",
     f"・「{c14c}」（福岡県福岡市中央区。旧称：天神美容外科クリニック。開設者 医療法人 博多湾会）",
     "【対象の細胞培養加工施設】",
     f"・「{f14}」（千葉県柏市）",
     "【提供の一時停止を命じた再生医療等】",
     f"「{pa14}」、「{pb14}」及び「{pc14}」"],
    "2026年1月"),
    [N("emergency_order", MHLW, "2026-01-30", ["法第22条", "法第47条"], ["法第4条第1項"], [pa14, pb14, pc14],
       [S(c14a, "clinic", "東京都新宿区", None, "一般社団法人 新宿メディカルフォーラム"),
        OP("一般社団法人 新宿メディカルフォーラム"),
        S(c14b, "clinic", "大阪府大阪市中央区", None, "医療法人社団 浪速会"),
        OP("医療法人社団 浪速会"),
        S(c14c, "clinic", "福岡県福岡市中央区", None, "医療法人 博多湾会"),
        OP("医療法人 博多湾会"),
        S(f14, "cell_processing_facility", "千葉県柏市", None, "株式会社ベイサイドセル"),
        OP("株式会社ベイサイドセル")],
       [], [RN("天神美容外科クリニック", c14c)])],
    "one notice about several parties (three clinics, one facility), Arts. 22 and 47; plans 「A」、「B」及び「C」 on one line; rename 旧称：Y inside the place parenthesis; 一般社団法人 / 医療法人社団 / 医療法人 with a space; violation 法第4条第1項")

# F15 MHLW, the kind-bearing heading sits in <header>
page("f15_mhlw_heading_in_header.html", press(
    "令和７年４月１１日", "再生医療等の安全性の確保等に関する法律に基づく緊急命令について",
    [f"「しまなみ再生医療クリニック」（愛媛県今治市）において、{ACT}に適合しない方法で再生医療等が提供されていることが確認されました。",
     "本日付けで、法第22条に基づき、同クリニックに対する命令を行いましたのでお知らせします。",
     "対象となった計画は、提供計画の記載と異なる細胞を用いていました。"],
    "2025年4月", heading_in_header=True),
    [N("emergency_order", MHLW, "2025-04-11", ["法第22条"], [], [],
       [S("しまなみ再生医療クリニック", "clinic", "愛媛県今治市")], [], [], [])],
    "the kind-bearing heading (…緊急命令について) is inside <header>; the body only says 命令を行いました")

# F16 Tohoku, only the browser <title> carries the kind; 実施責任者; ，． punctuation
cl16 = "医療法人 北上会 盛岡セルクリニック"
p16 = "自己脂肪由来間葉系幹細胞を用いた脊髄損傷の治療"
page("f16_tohoku_title_only_jisshi.html", bureau(
    "令和5年7月21日", "東北厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"東北厚生局長は，本日，{ACT}第23条第1項に基づき，下記の者に対し命令を行いました．",
      "記",
      "氏 名　岩手 花子", "（医療法人 北上会 盛岡セルクリニック管理者）",
      "実施責任者　遠野 孝",
      "所 在 地　岩手県盛岡市大通一丁目3番4号 大通スクエア２階",
      f"計 画 名　{p16}",
      "処分内容　法第23条第1項に基づく命令",
      "経緯",
      "同クリニックは，提供計画に記載した細胞の投与量を超えて投与していた．また，実施責任者による確認の記録がなかった．"),
    heading=False),
    [N("improvement_order", "東北厚生局", "2023-07-21", ["法第23条第1項"], [], [p16],
       [S(cl16, "clinic", "岩手県盛岡市", "岩手県盛岡市大通一丁目3番4号 大通スクエア２階", "医療法人 北上会", [p16]),
        OP("医療法人 北上会")],
       [PER("岩手 花子", "管理者", cl16), PER("遠野 孝", "実施責任者", cl16)], [], [])],
    "only the browser <title> carries the kind (改善命令); no heading in the body; 実施責任者 row; ，． punctuation; mixed-width floor (２階)")

# F17 MHLW, half-width digits, facility improvement order with a dated closure addendum
fac17 = "株式会社 瀬戸内セルプロセッシング 岡山細胞加工センター"
page("f17_mhlw_closure_addendum_dated.html", press(
    "令和8年4月7日", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    [f"厚生労働大臣は、本日、「{fac17}」（岡山県岡山市北区）に対し、{ACT}第48条第2項に基づく改善命令を行いました。",
     "立入検査の結果、出荷判定の記録が作成されていないこと、及び清浄度の管理基準を定めていないことが確認されたためです。",
     "【追記】（令和8年4月20日）当該細胞培養加工施設については、令和8年4月17日に廃止届が提出されました。"],
    "2026年4月"),
    [N("improvement_order", MHLW, "2026-04-07", ["法第48条第2項"], [], [],
       [S(fac17, "cell_processing_facility", "岡山県岡山市北区", None, "株式会社 瀬戸内セルプロセッシング"),
        OP("株式会社 瀬戸内セルプロセッシング")], [], [], []),
     N("closure_filing", MHLW, "2026-04-17", [], [], [],
       [S(fac17, "cell_processing_facility", "岡山県岡山市北区", None, "株式会社 瀬戸内セルプロセッシング")],
       [], [], [CL(fac17, "2026-04-17")], part="closure")],
    "order page with a dated closure addendum (part closure, 廃止届): the addendum carries its own posting date (令和8年4月20日) and the filing date (令和8年4月17日), both later than the page date; half-width digits; 株式会社 with a space")

# F18 MHLW, 平成 era, 廃止届 of a clinic, after a 名称を変更
page("f18_mhlw_heisei_closure_filing.html", press(
    "平成３０年１２月２１日", "再生医療等提供機関の廃止届について",
    ["平成２９年６月に法第22条に基づく緊急命令を受けた「銀杏並木セルクリニック」（東京都渋谷区）について、平成３０年１２月１４日付けで廃止届が提出されました。",
     "同クリニックは、平成３０年３月１日に「いちょう通り美容クリニック」から名称を変更していました。",
     "これにより、同クリニックにおける再生医療等の提供は終了しています。"],
    "2018年12月", section="医政局研究開発振興課 再生医療等研究推進室"),
    [N("closure_filing", MHLW, "2018-12-21", [], [], [],
       [S("銀杏並木セルクリニック", "clinic", "東京都渋谷区")],
       [], [RN("いちょう通り美容クリニック", "銀杏並木セルクリニック", "2018-03-01")],
       [CL("銀杏並木セルクリニック", "2018-12-14")])],
    "closure page: 廃止届 of a clinic, 平成 era, full-width digits; 「X」…は、平成…に「Y」から名称を変更 across two sentences (同クリニック); an earlier article (法第22条) mentioned only as history")

# F19 Kanto-Shinetsu, <table>, two clinic entries naming the same manager
cl19a = "医療法人社団 青葉会 あおば再生クリニック"
cl19b = "医療法人社団 青葉会 たまプラーザ再生クリニック"
p19 = "自家培養NK細胞を用いたがんの再発予防"
page("f19_kantoshinetsu_same_manager_two_clinics.html", bureau(
    "令和7年3月14日", "関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について",
    P(f"関東信越厚生局長は、本日、{ACT}に基づき、下記の再生医療等提供機関に対し、法第23条第1項に基づく改善命令を行いましたので、お知らせします。", "記", "第1 被処分者等")
    + table([("氏 名", "緑山 直樹<br>(医療法人社団 青葉会 あおば再生クリニック管理者)"),
             ("所 在 地", "神奈川県横浜市青葉区青葉台2-8-1 青葉台メディカルモール3F"),
             ("計 画 名", p19),
             ("処分内容", "再生医療等の安全性の確保等に関する法律第23条第1項による改善命令")])
    + table([("氏 名", "緑山 直樹<br>(医療法人社団 青葉会 たまプラーザ再生クリニック管理者)"),
             ("所 在 地", "神奈川県横浜市青葉区美しが丘一丁目11番地2 美しが丘プラザ5階"),
             ("計 画 名", p19),
             ("処分内容", "再生医療等の安全性の確保等に関する法律第23条第1項による改善命令")])
    + P("第2 経緯", "令和6年11月8日に厚生労働大臣が行った緊急命令の後、当局が両医療機関の調査を行ったところ、同一の管理者のもとで、細胞の受入れ検査を行わないまま投与していたことが確認された。")),
    [N("improvement_order", "関東信越厚生局", "2025-03-14", ["法第23条第1項"], [], [p19],
       [S(cl19a, "clinic", "神奈川県横浜市青葉区", "神奈川県横浜市青葉区青葉台2-8-1 青葉台メディカルモール3F", "医療法人社団 青葉会", [p19]),
        S(cl19b, "clinic", "神奈川県横浜市青葉区", "神奈川県横浜市青葉区美しが丘一丁目11番地2 美しが丘プラザ5階", "医療法人社団 青葉会", [p19]),
        OP("医療法人社団 青葉会")],
       [PER("緑山 直樹", "管理者", cl19a), PER("緑山 直樹", "管理者", cl19b)], [], [])],
    "one manager named for two clinics (people across clinics); <table> with half-width parentheses around （…管理者）; two clinics of one operator; 番地 address")

# F20 MHLW, half-width digits, rename 「Y」から「X」に名称変更 with ㈱ / 株式会社 variants
fac20 = "㈱ミライセルラボ 東京細胞培養センター"
page("f20_mhlw_emergency_manufacturing_stop.html", press(
    "令和6年2月2日", "再生医療等の安全性の確保等に関する法律に基づく緊急命令について",
    [f"「{fac20}」（東京都江東区。施設番号：FC3130099（テスト用の架空の番号））から、令和6年1月31日、{ACT}施行規則第107条に基づく重大事態報告がありました。",
     "当該施設の運営会社は、令和５年１０月１日に株式会社ネクストセルから株式会社ミライセルラボに商号を変更しています。",
     EMERG_CLOSE + "本日付けで、法第47条に基づき、特定細胞加工物の製造の一時停止を命じました。"],
    "2024年2月"),
    [N("emergency_order", MHLW, "2024-02-02", ["法第47条"], [], [],
       [S(fac20, "cell_processing_facility", "東京都江東区", None, "㈱ミライセルラボ", [], "FC3130099"),
        OP("㈱ミライセルラボ")],
       [], [RN("株式会社ネクストセル", "株式会社ミライセルラボ", "2023-10-01")])],
    "manufacturing stop only (法第47条); ㈱ in the quoted name; 施設番号 inside the place parenthesis; rename 「…から…に商号を変更」 unquoted, date in front")

# ================================================================ mirror pages
KS, KY = "関東信越厚生局", "九州厚生局"
mirror = {}
def M(path, what, notices=()):
    mirror["mirror/site" + path] = {"what": what, "notices": list(notices)}

M("/index.html", "listing")
for lp in ["201610", "201702", "201705", "201706", "201707", "202410", "202508", "202601", "202603"]:
    M(f"/stf/houdou/houdou_list_{lp}.html", "listing")
M("/stf/houdou/index.html", "listing")
M("/kantoshinetsu/iji/saiseiiryou_list.html", "listing")
M("/kyushu/iji/saiseiiryou/index.html", "listing")
M("/stf/newpage_demo_kansen.html", "other")
M("/stf/newpage_demo_unrelated01.html", "other")
M("/stf/newpage_demo_unrelated02.html", "other")
M("/stf/newpage_demo_unrelated03.html", "other")

ak = "医療法人社団慈涌会 アクティクリニック"
M("/stf/newpage_demo20161031.html", "notices", [N("emergency_order", MHLW, "2016-10-31", ["法第22条", "法第47条"], [], [],
    [S(ak, "clinic", None, None, "医療法人社団慈涌会"),
     S("医療法人社団慈涌会 アクティクリニック 細胞培養加工施設", "cell_processing_facility", None, None, "医療法人社団慈涌会"),
     OP("医療法人社団慈涌会")])])
M("/stf/houdou/0000152281.html", "notices", [N("emergency_order", MHLW, "2017-02-20", ["法第22条"], ["法第4条第1項"], [],
    [S("埼玉メディカルクリニック", "clinic", "埼玉県所沢市")])])
M("/stf/newpage_demo20170508.html", "notices", [N("emergency_order", MHLW, "2017-05-08", ["法第22条"], [], [],
    [S("大手町クリニック", "clinic", "愛媛県松山市", None, "医療法人大手町クリニック"), OP("医療法人大手町クリニック")])])
M("/stf/newpage_demo20170628.html", "notices", [N("emergency_order", MHLW, "2017-06-28", ["法第22条"], ["法第4条第1項"], [],
    [S("表参道首藤クリニック", "clinic", "東京都"), S("恵聖会クリニック心斎橋院", "clinic", "大阪府")])])
M("/stf/newpage_demo20170714.html", "notices", [N("emergency_order", MHLW, "2017-07-14", ["法第47条"], [], [],
    [S("生命科学研究所", "cell_processing_facility", "東京都千代田区")])])
pk = "悪性腫瘍の予防に対する自家NK細胞療法"
M("/stf/houdou/0000164606_00001.html", "notices", [N("emergency_order", MHLW, "2024-10-25", ["法第22条", "法第47条"], [], [pk],
    [S("医療法人輝鳳会 THE K CLINIC", "clinic", "東京都中央区", None, "医療法人輝鳳会", [pk]),
     S("医療法人輝鳳会 池袋クリニック 培養センター", "cell_processing_facility", "東京都豊島区", None, "医療法人輝鳳会"),
     OP("医療法人輝鳳会")])])
pt = "慢性疼痛に対する自己脂肪由来間葉系幹細胞による治療"
tsc = S("東京サイエンスクリニック", "clinic", "東京都中央区", None, "一般社団法人日本医療会", [pt])
M("/stf/newpage_demo20250829.html", "notices", [
    N("emergency_order", MHLW, "2025-08-29", ["法第22条", "法第47条"], [], [pt],
      [tsc, OP("一般社団法人日本医療会"),
       S("コージンバイオ株式会社 埼玉細胞加工センター", "cell_processing_facility", "埼玉県坂戸市", None, "コージンバイオ株式会社"),
       OP("コージンバイオ株式会社")],
      [], [RN("ティーエスクリニック", "東京サイエンスクリニック", "2025-08-22"), RN("一般社団法人TH", "一般社団法人日本医療会", "2025-08-25")]),
    N("closure_filing", MHLW, None, [], [], [], [dict(tsc, plans=[])], [],
      [RN("ティーエスクリニック", "東京サイエンスクリニック", "2025-08-22")], [CL("東京サイエンスクリニック")], part="closure")])
M("/stf/newpage_demo20260123.html", "notices", [N("improvement_order", MHLW, "2026-01-23", ["法第48条第2項"], [], [],
    [S("コージンバイオ㈱ 埼玉細胞加工センター", "cell_processing_facility", "埼玉県坂戸市", None, "コージンバイオ㈱"), OP("コージンバイオ㈱")],
    [], [RN("ティーエスクリニック", "東京サイエンスクリニック")])])
M("/stf/newpage_demo20260313.html", "notices", [N("emergency_order", MHLW, "2026-03-13", ["法第22条", "法第47条"], [], [],
    [S("銀座クリニック", "clinic", "東京都中央区", None, "医療法人ネオポリス診療所"), OP("医療法人ネオポリス診療所"),
     S("JASC京都幹細胞培養センター", "cell_processing_facility", "京都市")])])
kc, ic, op = "医療法人 輝鳳会 THE K CLINIC", "医療法人 輝鳳会 池袋クリニック", "医療法人 輝鳳会"
pi = "悪性腫瘍の予防に対する自家培養NK細胞療法"
ika = "東京都豊島区南池袋1丁目25-11 第15野萩ビル7階"
ks_notice = N("improvement_order", KS, "2024-12-24", ["法第23条第1項", "法第48条第2項"], [], [pk, pi],
    [S(kc, "clinic", "東京都中央区", "東京都中央区日本橋二丁目10番12号 プレリー日本橋ビル10階", op, [pk]),
     S(ic, "clinic", "東京都豊島区", ika, op, [pi]),
     S("医療法人輝鳳会 池袋クリニック 培養センター", "cell_processing_facility", "東京都豊島区", ika, op),
     OP(op)],
    [PER("橋口 華子", "管理者", kc), PER("甲 陽平", "管理者", ic), PER("久藤 しおり", "理事長", op)])
M("/kantoshinetsu/iji/saiseiiryou_0001.html", "notices", [ks_notice])
M("/kyushu/iji/saiseiiryou/newpage_demo0305.html", "notices", [N("improvement_order", KY, "2025-03-05", ["法第23条第1項", "法第48条第2項"], [], [],
    [S("医療法人聖慈会 福岡MSC医療クリニック", "clinic", "福岡県福岡市", None, "医療法人聖慈会"),
     OP("医療法人聖慈会"),
     S("医療法人聖慈会 福岡MSC医療クリニック 細胞培養加工施設", "cell_processing_facility", "福岡県福岡市", None, "医療法人聖慈会")])])

# ================================================================ reference pages
ref = {}
ref["../shared/reference/mhlw-press-release-2017-02-20.txt"] = mirror["mirror/site/stf/houdou/0000152281.html"]
ref["../shared/reference/mhlw-press-release-2024-10-25.txt"] = mirror["mirror/site/stf/houdou/0000164606_00001.html"]
ref["../shared/reference/kantoshinetsu-improvement-order-2024-12-24.txt"] = {"what": "notices", "notices": [ks_notice]}

# ================================================================ write
def main():
    os.makedirs(PAGES, exist_ok=True)
    out = []
    root = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
    site = os.path.join(root, "mirror", "site")
    found = sorted(os.path.relpath(os.path.join(d, f), root)
                   for d, _, fs in os.walk(site) for f in fs if f.endswith(".html"))
    missing = [f for f in found if f not in mirror]
    extra = [f for f in mirror if f.endswith(".html") and f not in found]
    assert not missing and not extra, (missing, extra)
    for f in found:
        out.append({"file": f, **mirror[f]})
    for f, a in ref.items():
        out.append({"file": f, **a})
    for fname, text, notices, covers in FICT_PAGES:
        assert "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）" in text
        with open(os.path.join(PAGES, fname), "w", encoding="utf-8") as fh:
            fh.write(text)
        out.append({"file": f"crawler/tests/gold/pages/{fname}", "what": "notices", "covers": covers, "notices": notices})
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump({"pages": out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    nn = sum(len(p["notices"]) for p in out)
    print(len(out), "pages,", len(FICT_PAGES), "fictional,", nn, "notices")

if __name__ == "__main__":
    main()
