#!/usr/bin/env python3
"""Fifth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout5/make_heldout5.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout4's generator was read as the model of the
layout of a held-out set only).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
KASO = "（テスト用の架空の番号）"


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


def mhlw(title, date, body, month, staff, office="医政局研究開発政策課 再生医療等研究推進室",
         tel="03（5253）1111（内線4051）"):
    """Current-style MHLW press release (2020s)."""
    staff_html = "<br>\n".join(staff)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{title}｜厚生労働省</title>
</head>
<body>
<div id="header"><p class="site-title">厚生労働省</p>
<ul class="gnav"><li>ホーム</li><li>テーマ別に探す</li><li>報道・広報</li><li>政策について</li><li>厚生労働省について</li></ul></div>
<ol class="breadcrumb"><li>ホーム</li><li>報道・広報</li><li>報道発表資料</li><li>{month}</li><li>{title}</li></ol>
<div id="content">
<p class="fiction">{FICTION}</p>
<div class="m-grid">
<div class="m-grid__col"><p class="m-date">{date}</p></div>
<div class="m-grid__col m-contact"><p>【照会先】</p>
<p>{office}<br>
{staff_html}<br>
（代表電話）{tel}</p></div>
</div>
<p>報道関係者各位</p>
<h1 class="m-hdg">{title}</h1>
{body}
</div>
<div id="footer"><p>ページの先頭へ戻る</p><p>Copyright © Ministry of Health, Labour and Welfare, All Right reserved.</p></div>
</body>
</html>
"""


def bureau(org, title, date, body, crumbs=("健康福祉部", "医事課"), title_tag=None,
           org_line=None, lead_class="date", parents=()):
    """A regional bureau page (layout varies by the body). `parents` go before the
    bureau in the breadcrumb (the 四国厚生支局 sits under the 中国四国厚生局 site)."""
    trail = " &gt; ".join([*parents, org, *crumbs, title])
    org_line = org_line or org
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title_tag or title}｜{org}</title></head>
<body>
<div class="header"><span class="logo">{org}</span>
<ul class="menu"><li>トップページ</li><li>業務内容</li><li>新着情報</li><li>お問い合わせ</li></ul></div>
<p class="pankuzu">{trail}</p>
<div class="contents">
<p class="fiction">{FICTION}</p>
<h1>{title}</h1>
<p class="{lead_class}">{date}</p>
<p class="org">{org_line}</p>
{body}
</div>
<div class="footer"><p>{org}　〒000-0000（テスト用の架空の所在地）</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"

# ====================================================================== p01
OP = "医療法人財団 瑠璃光会"
CL1 = "瑠璃光会・上野クリニック"
CL2 = "瑠璃光会・関内クリニック"
page("p01_mhlw_heisei_font_center_two_clinics.html",
     "MHLW emergency order (法第22条) of 平成29年 in an old layout (<body bgcolor>, <table width> frames, <font>, <center><b> title, contact block in a bordered cell); full-width digits throughout; two clinics of one 医療法人財団 named in a 名称｜所在地 table, their names written with ・ and without the legal form; the 理事長 in a parenthesis after the corporation （理事長 X）; kanji-numeral addresses (上野三丁目五番地, 尾上町四丁目五十七番地); violation 法第４条第１項; the stop is of unplanned treatment (no plan name); 第２４条第２項 inspection not an article",
     f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>報道発表資料｜厚生労働省</title>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000FF">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#003366"><font color="#FFFFFF" size="2">厚生労働省</font></td></tr>
<tr><td><font size="2">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; 2017年11月 &gt; 再生医療等の安全性の確保等に関する法律に基づく緊急命令について</font></td></tr>
</table>
<p><font size="2" color="#CC0000">{FICTION}</font></p>
<table width="720" border="0" cellspacing="0" cellpadding="2">
<tr><td align="right"><font size="2">平成２９年１１月１０日</font></td></tr>
<tr><td align="right">
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><font size="2">【照会先】<br>
医政局研究開発振興課<br>
再生医療等研究推進室<br>
室長補佐　梶ヶ谷（２６８５）<br>
専門官　　東雲　（４１６２）<br>
（代表電話）０３（５２５３）１１１１</font></td></tr>
</table>
</td></tr>
<tr><td><font size="2">報道関係者各位</font></td></tr>
</table>
<br>
<center><font size="4"><b>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</b></font></center>
<br>
<table width="720" border="0" cellspacing="0" cellpadding="2"><tr><td>
<font size="3">
　平成２９年１１月７日及び８日、{OP}（理事長　蓮見 宗一郎）が開設する下記の２診療所に対し、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）第２４条第２項に基づく立入検査を行ったところ、下記の法律違反が確認されました。<br>
<br>
　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第２２条に基づき、両診療所の管理者に対し、他人の臍帯血を用いた再生医療等の提供を一時停止するよう命じましたのでお知らせいたします。<br>
</font>
<br>
<center><font size="3">記</font></center>
<br>
<table border="1" cellspacing="0" cellpadding="4" width="640">
<tr bgcolor="#DDDDDD"><td align="center"><font size="2">名称</font></td><td align="center"><font size="2">所在地</font></td></tr>
<tr><td><font size="2">{CL1}</font></td><td><font size="2">東京都台東区上野三丁目五番地　上野ルリビル２階</font></td></tr>
<tr><td><font size="2">{CL2}</font></td><td><font size="2">神奈川県横浜市中区尾上町四丁目五十七番地</font></td></tr>
</table>
<br>
<font size="3"><b>【確認された法律違反】</b><br>
・第一種再生医療等提供計画を提出せずに、美容及び疲労回復を目的として、他人の臍帯血を用いた第一種再生医療等を提供していたこと（法第４条第１項違反）<br>
</font>
</td></tr></table>
<br>
<table width="720" border="0"><tr><td><font size="1"><img src="/common/images/pdf.gif" alt="">PDFファイルを見るためには、Adobe Readerというソフトが必要です。Adobe Readerは無料で配布されていますので、左記のアイコンをクリックしてダウンロードしてください。</font></td></tr>
<tr><td><font size="2">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; 2017年11月 &gt; 再生医療等の安全性の確保等に関する法律に基づく緊急命令について</font></td></tr>
<tr><td align="right"><font size="2">ページの先頭へ戻る</font></td></tr></table>
</body>
</html>
""",
     [N("emergency_order", "厚生労働省", "2017-11-10", ["法第22条"],
        [S(CL1, "clinic", "東京都台東区", "東京都台東区上野三丁目五番地 上野ルリビル２階", OP),
         S(CL2, "clinic", "神奈川県横浜市中区", "神奈川県横浜市中区尾上町四丁目五十七番地", OP),
         S(OP, "operator")],
        persons=[P("蓮見 宗一郎", "理事長", OP)],
        violations=["法第4条第1項"])])

# ====================================================================== p02
OP = "社会医療法人 慈照会"
CL = "社会医療法人 慈照会 さがみ野リハビリテーションクリニック"
FAC = "さがみ野リハビリテーションクリニック 細胞調製センター"
PL = "自己骨髄由来間葉系幹細胞を用いた脊髄損傷後の運動機能障害の治療"


def pdf(lines):
    """Text as a PDF-to-HTML converter leaves it: one <br> per PDF line."""
    return "<br>\n".join(lines)


LETTER1 = pdf([
    "関厚発0912第4号",
    "令和７年９月１２日",
    "",
    "神奈川県座間市相模が丘六丁目２番１５号",
    "社会医療法人 慈照会",
    "さがみ野リハビリテーションクリニック 管理者",
    "鶴見 遼一 殿",
    "",
    "関東信越厚生局長",
    "（公印省略）",
    "",
    "改 善 命 令 書",
    "",
    "再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」と",
    "いう。）第２３条第１項の規定に基づき、貴殿に対し、下記のとおり命ずる。",
    "",
    "記",
    "",
    "１ 命令の内容",
    "（１）再生医療等提供計画「自己骨髄由来間葉系幹細胞を用いた脊髄損傷後の運動機能",
    "障害の治療」に係る再生医療等に、同計画に記載されていない細胞培養加工施設で製",
    "造された特定細胞加工物を用いないこと。",
    "（２）疾病等が発生した場合の報告の手順を定め、従業者に周知すること。",
    "（３）上記（１）及び（２）の措置の状況を、令和７年１０月１０日までに文書により",
    "報告すること。",
    "２ 命令の理由",
    "令和７年７月に実施した立入検査において、上記計画に係る特定細胞加工物の一部が計",
    "画に記載のない施設で製造されていたこと、及び投与後に生じた発熱について疾病等の",
    "報告の要否が検討されていなかったことが確認されたため。",
])
LETTER2 = pdf([
    "関厚発0912第5号",
    "令和７年９月１２日",
    "",
    "社会医療法人 慈照会",
    "理事長 相模 恭平 殿",
    "",
    "関東信越厚生局長",
    "（公印省略）",
    "",
    "改 善 命 令 書",
    "",
    "法第４８条第２項の規定に基づき、貴法人が設置する細胞培養加工施設「さがみ野リハビ",
    "リテーションクリニック 細胞調製センター」（所在地：神奈川県座間市相模が丘六丁目",
    "２番１５号 ３階。施設番号：FC3140207" + KASO + "）について、下記のとおり命ずる。",
    "",
    "記",
    "",
    "１ 命令の内容",
    "（１）無菌操作を行う区域の環境モニタリングの手順を定め、その結果を記録すること。",
    "（２）特定細胞加工物の出荷の可否の判定を、製造部門から独立した者に行わせること。",
    "（３）上記の措置の状況を、令和７年１０月１０日までに文書により報告すること。",
    "２ 命令の理由",
    "令和７年７月に実施した立入検査において、環境モニタリングが計画どおり実施されて",
    "おらず、出荷判定の記録も作成されていなかったことが確認されたため。",
])
page("p02_kantoshinetsu_pdf_letters_tono_linebreaks.html",
     "関東信越 improvement order (法第23条第1項 to the clinic's manager, 法第48条第2項 to the corporation for its facility) published as two 命令書 converted from PDF: one <br> per PDF line, lines broken in the middle of the plan name (…運動機能 / 障害の治療), of the facility name (…リハビ / リテーションクリニック…), of its address and of sentences; addressee blocks with 殿 (管理者 X 殿, 理事長 X 殿) and the clinic's address above its name; 社会医療法人; kanji-numeral 六丁目 with full-width digits; facility address and number inside the facility's parenthesis",
     bureau("関東信越厚生局", "改善命令書（写し）の公表について", "令和7年9月12日", f"""
<p>関東信越厚生局長は、令和7年9月12日付けで、再生医療等の安全性の確保等に関する法律に基づき、下記の命令書のとおり改善命令を行いました。</p>
<p class="note">※ 命令書（PDF）から変換したテキストを掲載しています。改行の位置は原文のままです。</p>
<h2>命令書（1）</h2>
<div class="pdftext"><p>{LETTER1}</p></div>
<h2>命令書（2）</h2>
<div class="pdftext"><p>{LETTER2}</p></div>
""", crumbs=("健康福祉部", "医事課", "再生医療等関係")),
     [N("improvement_order", "関東信越厚生局", "2025-09-12", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "神奈川県座間市", "神奈川県座間市相模が丘六丁目２番１５号", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "神奈川県座間市", "神奈川県座間市相模が丘六丁目２番１５号 ３階",
           OP, [], "FC3140207")],
        persons=[P("鶴見 遼一", "管理者", CL), P("相模 恭平", "理事長", OP)],
        plans=[PL])])

# ====================================================================== p03
OP = "一般財団法人 なにわ健康医学財団"
CL1 = "なにわ再生医療クリニック 本院"
CL2 = "なにわ再生医療クリニック 堺院"
CL3 = "なにわ再生医療クリニック ＫＯＢＥ"
PL1 = "自己脂肪由来間葉系幹細胞を用いた膝関節の変形性関節症の治療"
PL2 = "自己多血小板血漿を用いた肩関節周囲炎の治療"
PL3 = "自己脂肪由来間葉系幹細胞を用いた神経障害性疼痛の治療"
page("p03_kinki_betsushi_three_clinics_bikou_rename.html",
     "近畿 improvement order (法第23条第1項) to the managers of three clinics of one 一般財団法人, the clinics listed in a numbered 別紙 table (No.｜名称｜管理者｜所在地｜計画｜備考) below the notice; the rename only in the 備考 column (「令和6年4月1日、「Y」から名称変更」, new name = the row's name); 理事長 named in the lead sentence （理事長 X）; two plans in one cell split by <br>, the same plan at two clinics; full-width Latin name (ＫＯＢＥ) and building (梅田ＮＫビル); blank 備考 written －",
     bureau("近畿厚生局", "再生医療等提供機関（3機関）の管理者に対する改善命令について", "令和7年11月21日", f"""
<p>近畿厚生局長は、本日、{OP}（理事長　住之江 実）が開設する3つの再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令を行いました。対象となる医療機関は、別紙のとおりです。</p>
<h2>命令の概要</h2>
<p>令和7年9月から10月にかけて当局が実施した立入検査において、同財団が開設する各医療機関では、認定再生医療等委員会の意見を聴かずに再生医療等提供計画の内容（細胞の投与回数及び投与量）を変更し、変更後の内容で再生医療等を提供していたほか、同意文書の保存が不十分であったことが確認されました。各管理者に対し、再発防止策を含む改善計画を令和7年12月19日までに提出するよう命じています。</p>
<h2>別紙</h2>
<p>改善命令の対象となった再生医療等提供機関（開設者：{OP}）</p>
<table border="1" class="betsushi">
<tr><th>No.</th><th>医療機関の名称</th><th>管理者</th><th>所在地</th><th>対象となった再生医療等提供計画</th><th>備考</th></tr>
<tr><td>1</td><td>{CL1}</td><td>天満 康介</td><td>大阪府大阪市北区梅田１丁目３番２１号 梅田ＮＫビル９階</td><td>{PL1}</td><td>－</td></tr>
<tr><td>2</td><td>{CL2}</td><td>浜寺 千春</td><td>大阪府堺市堺区北瓦町２丁目４番１８号</td><td>{PL1}<br>{PL2}</td><td>令和6年4月1日、「健財クリニック堺東」から名称変更</td></tr>
<tr><td>3</td><td>{CL3}</td><td>須磨 まどか</td><td>兵庫県神戸市中央区三宮町１丁目９番１号 三宮ＮＫスクエア６階</td><td>{PL3}</td><td>－</td></tr>
</table>
""", crumbs=("健康福祉部", "医事課", "お知らせ")),
     [N("improvement_order", "近畿厚生局", "2025-11-21", ["法第23条第1項"],
        [S(CL1, "clinic", "大阪府大阪市北区", "大阪府大阪市北区梅田１丁目３番２１号 梅田ＮＫビル９階", OP, [PL1]),
         S(CL2, "clinic", "大阪府堺市堺区", "大阪府堺市堺区北瓦町２丁目４番１８号", OP, [PL1, PL2]),
         S(CL3, "clinic", "兵庫県神戸市中央区", "兵庫県神戸市中央区三宮町１丁目９番１号 三宮ＮＫスクエア６階", OP, [PL3]),
         S(OP, "operator")],
        persons=[P("住之江 実", "理事長", OP), P("天満 康介", "管理者", CL1),
                 P("浜寺 千春", "管理者", CL2), P("須磨 まどか", "管理者", CL3)],
        plans=[PL1, PL2, PL3],
        renames=[R("健財クリニック堺東", CL2, "2024-04-01")])])

# ====================================================================== p04
OP = "医療法人社団 恒青会"
CL = "医療法人社団 恒青会 ＧＡＩＡ ＣＬＩＮＩＣ 新宿"
FAC = "ＧＡＩＡ ＣＬＩＮＩＣ 新宿 セルラボ"
PL1 = "自己脂肪由来幹細胞を用いたアトピー性皮膚炎の治療"
PL2 = "自己脂肪由来幹細胞を用いた尋常性乾癬の治療"
page("p04_mhlw_fullwidth_latin_clinic_and_inclinic_facility.html",
     "MHLW emergency order (法第22条 to the clinic's manager, 法第47条 to the corporation for its in-clinic facility) in sections 【概要】【命令の内容】【一時停止の対象となる再生医療等】【参考】; names in full-width Latin (ＧＡＩＡ ＣＬＩＮＩＣ); the facility's parenthesis holds place and 施設番号; the clinic's street address only in a 【参考】 line, with full-width hyphens (西新宿７－１２－３) and ５Ｆ; 法第18条 report not an article; the same clinic is closed in p12 (half-width GAIA) and named in p20",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令（再生医療等の提供及び特定細胞加工物の製造の一時停止）について",
          "令和7年6月6日", f"""
<h2>【概要】</h2>
<p>1．令和7年6月3日、「{CL}」（東京都新宿区）から、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第18条に基づき、再生医療等の提供後に肺塞栓症が疑われる症例が1例発生した旨の疾病等報告がありました。</p>
<p>2．同日及び翌日に行った調査により、同院内に設置された細胞培養加工施設「{FAC}」（東京都新宿区。施設番号：FC3130915{KASO}）において、当該特定細胞加工物の製造記録の一部が作成されていないことが判明しました。</p>
<h2>【命令の内容】</h2>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、同院の管理者に対し法第22条に基づき再生医療等の提供の一時停止を、同施設を設置する{OP}に対し法第47条に基づき特定細胞加工物の製造の一時停止を、それぞれ命じました。</p>
<h2>【一時停止の対象となる再生医療等】</h2>
<p>・{PL1}<br>・{PL2}</p>
<h2>【参考】</h2>
<p>医療機関の所在地：東京都新宿区西新宿７－１２－３ 新宿ＧＡＩＡタワー５Ｆ</p>
""", "2025年6月", ["室長　嵯峨山", "専門官　宇多津", "専門官　木津川"]),
     [N("emergency_order", "厚生労働省", "2025-06-06", ["法第22条", "法第47条"],
        [S(CL, "clinic", "東京都新宿区", "東京都新宿区西新宿７－１２－３ 新宿ＧＡＩＡタワー５Ｆ", OP, [PL1, PL2]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "東京都新宿区", None, OP, [], "FC3130915")],
        plans=[PL1, PL2])])

# ====================================================================== p05
OP = "合同会社オーロラ・セルファクトリー"
FAC = "Aurora Cell Factory 札幌"
page("p05_hokkaido_revocation_goudou_daihyo_shain_prose.html",
     "北海道 licence revocation (法第49条) told in one long sentence, no labelled rows: 合同会社 operator with 「（代表社員 X 氏）」, the facility's address given as where the company set it up (…に設置する), half-width Latin facility name (Aurora Cell Factory 札幌), ・ in the company name, address with U+2010 hyphens (本通14丁目北1‐2‐7); an earlier 法第48条第2項 improvement order as history (not an article); the revoked facility reappears as context in p15",
     bureau("北海道厚生局", "特定細胞加工物製造事業者の許可の取消しについて", "令和8年3月27日", f"""
<p>　北海道厚生局長は、本日、{OP}（代表社員　氷室 航 氏）が北海道札幌市白石区本通14丁目北1‐2‐7 オーロラ本通ビル2階に設置する細胞培養加工施設「{FAC}」（施設番号　FA1010093{KASO}）について、同社が受けていた特定細胞加工物の製造の許可を、再生医療等の安全性の確保等に関する法律第49条の規定に基づき取り消しました。</p>
<p>　取消しの理由は、同施設について、令和7年12月12日付けで法第48条第2項に基づく改善命令を行ったにもかかわらず、同社が期限までに改善を行わず、令和8年2月の立入検査においても、無菌操作区域の清浄度が基準に適合していない状態で特定細胞加工物の製造が続けられていたこと、及び当局に対して事実と異なる製造記録を提出していたことが確認されたためです。</p>
<p>　なお、同施設に特定細胞加工物の製造を委託していた医療機関に対しては、再生医療等提供計画の変更又は中止の手続を行うよう、別途周知しています。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("licence_revocation", "北海道厚生局", "2026-03-27", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道札幌市白石区",
           "北海道札幌市白石区本通14丁目北1‐2‐7 オーロラ本通ビル2階", OP, [], "FA1010093")],
        persons=[P("氷室 航", "代表社員", OP)])])

# ====================================================================== p06
OP = "一般社団法人 みちのく先進医療協会"
CL = "みちのく・ステムセル美容外科 盛岡院"
PL1 = "自己脂肪由来幹細胞を用いた顔面の皮膚のたるみの治療"
PL2 = "自己培養線維芽細胞を用いたざ瘡瘢痕の治療"
page("p06_tohoku_square_bullets_daihyo_riji_choon_hyphen.html",
     "東北 improvement order (法第23条第1項) in ■-labelled rows; clinic name with ・ (みちのく・ステムセル美容外科 盛岡院) run by an 一般社団法人 whose 代表理事 is in the 開設者 row （代表理事　X）; address with katakana long-vowel marks used as hyphens (大通２ー１４ー３) and a full-width building name; two plans as ・ lines under a label, unquoted; date line with 曜日",
     bureau("東北厚生局", "再生医療等提供機関に対する改善命令の実施について", "令和8年1月30日（金）", f"""
<p>東北厚生局は、令和8年1月30日付けで、次の再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項の規定による改善命令を行いました。</p>
<p>■医療機関　{CL}</p>
<p>■開設者　{OP}（代表理事　遠野 嘉一）</p>
<p>■管理者　紫波 千尋</p>
<p>■所在地　岩手県盛岡市大通２ー１４ー３ 大通ＭＳビル４階</p>
<p>■対象となる再生医療等提供計画</p>
<p>　・{PL1}</p>
<p>　・{PL2}</p>
<p>■命令の内容</p>
<p>　(1) 再生医療等を受ける者に対する説明及び同意の手順を見直し、説明文書に費用及び代替治療を記載すること。</p>
<p>　(2) 細胞の採取から投与までの記録を作成し、保存すること。</p>
<p>　(3) 令和8年2月27日までに、改善の結果を当局に報告すること。</p>
<p>■経緯</p>
<p>　令和7年11月、患者からの相談を端緒として当局が立入検査を行ったところ、説明文書に記載のない費用を徴収していたこと、及び細胞の採取記録が作成されていなかったことが確認された。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("improvement_order", "東北厚生局", "2026-01-30", ["法第23条第1項"],
        [S(CL, "clinic", "岩手県盛岡市", "岩手県盛岡市大通２ー１４ー３ 大通ＭＳビル４階", OP, [PL1, PL2]),
         S(OP, "operator")],
        persons=[P("紫波 千尋", "管理者", CL), P("遠野 嘉一", "代表理事", OP)],
        plans=[PL1, PL2])])

# ====================================================================== p07
OP = "株式会社瀬戸内バイオプロセス"
FAC = "せとうちバイオプロセスセンター"
page("p07_chugoku_shikoku_facility_footnote_kome1.html",
     "中国四国 improvement order to a facility only (法第48条第2項) in a two-column th/td table; the rename only in a footnote 「※1 令和6年7月1日、「Y」から現在の名称に変更。」 referenced by ※1 after the facility name; the facility number marked invented by a ※2 footnote; 代表者 row reading 「代表取締役　X」; 番地の address (二丁目5番地の3); a clinic that used the cells is context (おのみち港クリニック（広島県尾道市）ほか2機関)",
     bureau("中国四国厚生局", "特定細胞加工物製造事業者に対する改善命令について", "令和7年10月24日", f"""
<p>中国四国厚生局長は、令和7年10月24日付けで、下記の特定細胞加工物製造事業者に対し、再生医療等の安全性の確保等に関する法律第48条第2項の規定による改善命令を発しました。</p>
<table class="tbl">
<tr><th>被処分者</th><td>{OP}</td></tr>
<tr><th>代表者</th><td>代表取締役　因島 航平</td></tr>
<tr><th>細胞培養加工施設の名称</th><td>{FAC}<sup>※1</sup></td></tr>
<tr><th>施設番号</th><td>FA6340151<sup>※2</sup></td></tr>
<tr><th>所在地</th><td>広島県広島市南区宇品海岸二丁目5番地の3</td></tr>
<tr><th>命令の内容</th><td>(1) 原料等の受入試験の手順を定め、実施すること。<br>(2) 逸脱が生じた場合の処理の手順を整備すること。<br>(3) 令和7年11月28日までに改善計画を提出すること。</td></tr>
<tr><th>経緯</th><td>当該施設が製造した特定細胞加工物を用いていた医療機関（おのみち港クリニック（広島県尾道市）ほか2機関）から、投与後の発熱に係る疾病等報告が相次いだため、令和7年9月に立入検査を行ったところ、原料の受入試験が行われていなかったこと等が確認された。</td></tr>
</table>
<p class="footnote">※1　令和6年7月1日、「瀬戸内細胞培養センター」から現在の名称に変更。</p>
<p class="footnote">※2　施設番号はテスト用の架空の番号です。</p>
""", crumbs=("健康福祉部", "医事課", "再生医療")),
     [N("improvement_order", "中国四国厚生局", "2025-10-24", ["法第48条第2項"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "広島県広島市南区", "広島県広島市南区宇品海岸二丁目5番地の3",
           OP, [], "FA6340151")],
        persons=[P("因島 航平", "代表取締役", OP)],
        renames=[R("瀬戸内細胞培養センター", FAC, "2024-07-01")])])

# ====================================================================== p08
OP = "医療法人 立山会"
CL = "医療法人 立山会 たてやまステムセルクリニック富山"
PL = "自己由来脂肪組織幹細胞による変形性股関節症治療"
page("p08_tokai_hokuriku_merger_and_rename_same_page.html",
     "東海北陸 improvement order (法第23条第1項) with sections １ 処分の相手方 / ２ 処分の内容 / ３ 処分の理由 / ４ 参考; in 参考 both a merger (the operator 医療法人 立山会 absorbed 医療法人社団 呉羽会: context, not a subject, not a rename) and the clinic's rename (「…「Y」は、令和7年6月1日付けで「X」へ名称を変更」, the new name shorter than the subject name); 管理者 after the clinic name on one line; 三丁目9番地 address with building; the plan as 対象計画：",
     bureau("東海北陸厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年12月5日", f"""
<p>東海北陸厚生局長は、令和7年12月5日、{LAW}第23条第1項の規定に基づき、下記のとおり改善命令を行った。</p>
<p>１　処分の相手方</p>
<p>　　{CL}　管理者　岩瀬 典子</p>
<p>　　（所在地：富山県富山市新総曲輪三丁目9番地 総曲輪メディカルスクエア3階）</p>
<p>２　処分の内容</p>
<p>　　法第23条第1項に基づく改善命令</p>
<p>　　対象計画：{PL}</p>
<p>　　（１）提供計画の記載事項（開設者、医療機関の名称及び細胞培養加工施設）を実態に合わせて変更する手続を速やかに行うこと。</p>
<p>　　（２）変更の手続が完了するまでの間、新たな患者に対する当該再生医療等の提供を行わないこと。</p>
<p>３　処分の理由</p>
<p>　　令和7年10月の立入検査において、下記４の合併及び名称変更の後も提供計画の変更の手続が行われないまま再生医療等が提供されていたこと、並びに計画に記載された細胞培養加工施設とは異なる施設で製造された特定細胞加工物が用いられていたことが確認されたため。</p>
<p>４　参考</p>
<p>　　医療法人 立山会は、令和7年4月1日、医療法人社団 呉羽会を吸収合併し、同法人が開設していた「呉羽ステムセルクリニック」の開設者となった。同クリニックは、令和7年6月1日付けで「たてやまステムセルクリニック富山」へ名称を変更している。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("improvement_order", "東海北陸厚生局", "2025-12-05", ["法第23条第1項"],
        [S(CL, "clinic", "富山県富山市", "富山県富山市新総曲輪三丁目9番地 総曲輪メディカルスクエア3階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("岩瀬 典子", "管理者", CL)],
        plans=[PL],
        renames=[R("呉羽ステムセルクリニック", "たてやまステムセルクリニック富山", "2025-06-01")])])

# ====================================================================== p09
OP = "株式会社ミナミセルテック"
FAC = "ミナミセルテック宮崎プロセシングセンター"
page("p09_kyushu_suspension_renamed_twice_katakana_items.html",
     "九州 suspension order (法第49条: 期間を定めて製造の業務の停止) with items （ア）…（キ）; the operator renamed twice in one parenthesis: 有限会社X → 株式会社Y (平成31年4月1日) → current name (令和6年10月1日, 「Yから現商号へ変更」), so two renames, the second's new name being the current name; 代表取締役 in a 代表者 item; 施設番号 inside the facility item's parenthesis; the stop period (令和8年4月6日から…) is not issued_on",
     bureau("九州厚生局", "特定細胞加工物製造事業者に対する業務停止命令について", "令和8年3月30日", f"""
<p>九州厚生局長は、令和8年3月30日、下記の特定細胞加工物製造事業者に対し、再生医療等の安全性の確保等に関する法律第49条の規定に基づき、期間を定めて特定細胞加工物の製造の業務の停止を命じました。</p>
<p>記</p>
<p>（ア）事業者名　{OP}</p>
<p>　　　（平成31年4月1日に有限会社南九州細胞研究所から株式会社南九州セルラボへ商号を変更し、さらに令和6年10月1日に株式会社南九州セルラボから現商号へ変更）</p>
<p>（イ）代表者　代表取締役　日南 孝之</p>
<p>（ウ）施設　{FAC}（施設番号：FA4450066{KASO}）</p>
<p>（エ）所在地　宮崎県宮崎市橘通東三丁目1番11号 橘通ＳＴビル5階</p>
<p>（オ）停止の期間　令和8年4月6日から令和8年5月5日まで（30日間）</p>
<p>（カ）停止の範囲　当該施設における特定細胞加工物の製造の業務の全部</p>
<p>（キ）理由　当該施設において、無菌試験の結果が陰性と確認される前に特定細胞加工物を出荷していたことが繰り返し確認され、令和7年度に2度の行政指導を行ったにもかかわらず改められなかったため。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("suspension_order", "九州厚生局", "2026-03-30", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "宮崎県宮崎市", "宮崎県宮崎市橘通東三丁目1番11号 橘通ＳＴビル5階",
           OP, [], "FA4450066")],
        persons=[P("日南 孝之", "代表取締役", OP)],
        renames=[R("有限会社南九州細胞研究所", "株式会社南九州セルラボ", "2019-04-01"),
                 R("株式会社南九州セルラボ", OP, "2024-10-01")])])

# ====================================================================== p10
OPW = "医療法人 石槌会"
CLW = "医療法人 石槌会 さいじょう駅前クリニック"
PL10 = "自己多血小板血漿を用いた変形性膝関節症の治療"  # p10 and p17 (its correction)
SHIKOKU_BODY = """
<p>＜医療機関の名称＞　{cl}</p>
<p>＜管理者＞　丹原 博之</p>
<p>＜所在地＞　愛媛県西条市神拝甲１５０番地２ 西条駅前ビル２階</p>
<p>＜再生医療等提供計画＞　「{pl}」</p>
"""
page("p10_shikoku_shikyoku_angle_labels_wrong_name.html",
     "四国厚生支局 (under 中国四国厚生局 in the breadcrumb) improvement order (法第23条第1項) in ＜label＞ rows; the operator's name is printed wrongly (石槌会) and corrected a week later by p17 (石鎚会): annotated as printed here; 番地 address with full-width digits",
     bureau("四国厚生支局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年7月18日",
            f"""
<p>四国厚生支局長は、令和7年7月18日、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第23条第1項の規定に基づき、下記の医療機関の管理者に対して改善命令を行いました。</p>
<p>記</p>
{SHIKOKU_BODY.format(cl=CLW, pl=PL10)}
<p>＜命令の内容＞　細胞の採取及び調製の記録を作成すること、並びに認定再生医療等委員会への定期報告を期限内に行う体制を整備すること。</p>
<p>＜経緯＞　令和7年6月の立入検査において、定期報告が2年続けて行われておらず、多血小板血漿の調製記録も作成されていないことが確認された。</p>
""", crumbs=("医事課",), org_line="中国四国厚生局 四国厚生支局",
            parents=("中国四国厚生局",)),
     [N("improvement_order", "四国厚生支局", "2025-07-18", ["法第23条第1項"],
        [S(CLW, "clinic", "愛媛県西条市", "愛媛県西条市神拝甲１５０番地２ 西条駅前ビル２階", OPW, [PL10]),
         S(OPW, "operator")],
        persons=[P("丹原 博之", "管理者", CLW)],
        plans=[PL10])])

# ====================================================================== p11
OP = "医療法人 蘭館会"
CL = "ながさき出島クリニック"
PL1 = "自己脂肪由来幹細胞を用いた慢性腎臓病の治療"
PL2 = "自己末梢血単核球を用いた閉塞性動脈硬化症の治療"
page("p11_kyushu_pre_text_incho_ishi.html",
     "九州 improvement order (法第23条第1項) laid out as a preformatted text page (<pre>) with space-aligned labels and full-width digits; the addressee written 「X 院長 Y 医師」 (title 院長, honorific 医師 not part of the name); 開設者 on its own line; plans (1)(2) on continuation lines; 根拠 line",
     f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>再生医療等提供機関の管理者に対する改善命令について｜九州厚生局</title></head>
<body>
<p>九州厚生局 &gt; 健康福祉部 &gt; 医事課 &gt; 再生医療等の安全性の確保等に関する法律関係</p>
<p>{FICTION}</p>
<pre>
                                                令和８年２月２０日
                                                九州厚生局

      再生医療等提供機関の管理者に対する改善命令について

  九州厚生局長は、本日、再生医療等の安全性の確保等に関する法律（以下
「法」という。）第２３条第１項の規定に基づき、次の医療機関の管理者に対し、
改善命令を行いました。

  被処分者    {CL}  院長  平戸 雅也 医師
  開設者      {OP}
  所在地      長崎県長崎市出島町１０番１５号  出島ポートビル３階
  対象計画    (1) {PL1}
              (2) {PL2}
  根拠        法第２３条第１項

  命令の内容
    ・提供計画に記載されていない医師に再生医療等を行わせないこと。
    ・細胞の投与後の経過観察の記録を作成し、保存すること。
    ・令和８年３月１９日までに改善の状況を報告すること。

  経緯
    令和７年１２月、当局が立入検査を行ったところ、提供計画に記載されていない
  非常勤医師が細胞の投与を行っていたこと、及び投与後の経過観察の記録が作成
  されていなかったことが確認された。
</pre>
<p>ページの先頭へ</p>
</body>
</html>
""",
     [N("improvement_order", "九州厚生局", "2026-02-20", ["法第23条第1項"],
        [S(CL, "clinic", "長崎県長崎市", "長崎県長崎市出島町１０番１５号 出島ポートビル３階", OP, [PL1, PL2]),
         S(OP, "operator")],
        persons=[P("平戸 雅也", "院長", CL)],
        plans=[PL1, PL2])])

# ====================================================================== p12
OP1 = "医療法人社団 恒青会"
CL1 = "医療法人社団 恒青会 GAIA CLINIC 新宿"
F1 = "GAIA CLINIC 新宿 セルラボ"
OP2 = "医療法人財団瑠璃光会"
CL2 = "瑠璃光会上野クリニック"
OP3 = "株式会社つくばセルクラフト"
F3 = "株式会社つくばセルクラフト 研究学園加工室"
page("p12_kantoshinetsu_monthly_closures_table_halfwidth_latin.html",
     "関東信越 closure page: a monthly table of accepted 廃止届 (区分｜名称｜開設者・設置者｜所在地｜廃止年月日｜備考) with two clinics and two facilities; p04's clinic and in-clinic facility in half-width Latin (GAIA CLINIC) with half-width hyphen address (7-12-3 … 5F); p01's clinic written without ・ (瑠璃光会上野クリニック) and its corporation without a space, address now 上野3丁目5番地; facility numbers in the name cell; a 備考 naming the earlier emergency order (法第22条: history, not an article)",
     bureau("関東信越厚生局", "再生医療等提供機関及び細胞培養加工施設の廃止届の受理状況（令和7年8月受付分）", "令和7年9月19日", f"""
<p>再生医療等の安全性の確保等に関する法律に基づき、令和7年8月中に当局が受け付けた廃止届は、次のとおりです。</p>
<table border="1" class="haishi">
<tr><th>区分</th><th>名称</th><th>開設者・設置者</th><th>所在地</th><th>廃止年月日</th><th>備考</th></tr>
<tr><td>再生医療等提供機関</td><td>{CL1}</td><td>{OP1}</td><td>東京都新宿区西新宿7-12-3 新宿GAIAタワー5F</td><td>令和7年8月25日</td><td>令和7年6月6日付けで法第22条に基づく緊急命令（提供の一時停止）の対象となった医療機関</td></tr>
<tr><td>細胞培養加工施設</td><td>{F1}<br>（FC3130915{KASO}）</td><td>{OP1}</td><td>東京都新宿区西新宿7-12-3 新宿GAIAタワー5F</td><td>令和7年8月25日</td><td>院内施設</td></tr>
<tr><td>再生医療等提供機関</td><td>{CL2}</td><td>{OP2}</td><td>東京都台東区上野3丁目5番地 上野ルリビル2階</td><td>令和7年8月8日</td><td></td></tr>
<tr><td>細胞培養加工施設</td><td>{F3}<br>（FA3080412{KASO}）</td><td>{OP3}</td><td>茨城県つくば市研究学園五丁目12番地1</td><td>令和7年7月31日</td><td>許可の有効期間満了前の廃止</td></tr>
</table>
""", crumbs=("健康福祉部", "医事課", "再生医療等")),
     [N("closure_filing", "関東信越厚生局", "2025-09-19", [],
        [S(CL1, "clinic", "東京都新宿区", "東京都新宿区西新宿7-12-3 新宿GAIAタワー5F", OP1),
         S(OP1, "operator"),
         S(F1, "cell_processing_facility", "東京都新宿区", "東京都新宿区西新宿7-12-3 新宿GAIAタワー5F", OP1,
           [], "FC3130915"),
         S(CL2, "clinic", "東京都台東区", "東京都台東区上野3丁目5番地 上野ルリビル2階", OP2),
         S(OP2, "operator"),
         S(F3, "cell_processing_facility", "茨城県つくば市", "茨城県つくば市研究学園五丁目12番地1", OP3,
           [], "FA3080412"),
         S(OP3, "operator")],
        closures=[C(CL1, "2025-08-25"), C(F1, "2025-08-25"), C(CL2, "2025-08-08"),
                  C(F3, "2025-07-31")])])

# ====================================================================== p13
OP1 = "医療法人社団 翠明会"
CL = "医療法人社団 翠明会 桜ヶ丘メディカルクリニック"
OP2 = "有限会社多摩バイオサービス"
FAC = "有限会社多摩バイオサービス 桜ケ丘細胞加工所"
PL = "自己脂肪由来間葉系幹細胞を用いた間質性肺炎の治療"
page("p13_mhlw_ol_two_orders_ga_ke_yugen.html",
     "MHLW emergency order: two orders in an <ol> (法第22条 to a clinic's manager, 法第47条 to the 設置者 of an outside facility); ヶ in the clinic name (桜ヶ丘) and ケ in the facility name (桜ケ丘) in the same town; 有限会社 as facility operator, printed only inside the facility name; 施設番号 in the facility's parenthesis; the plan in a table (計画の名称｜区分); 法第18条 report and 施行規則第107条 report not articles",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和7年4月11日", f"""
<p>厚生労働大臣は、本日、下記の医療機関の管理者及び細胞培養加工施設の設置者に対し、{LAW}に基づき、次の命令を行いました。</p>
<ol>
<li>「{CL}」（東京都多摩市）の管理者に対する、法第22条に基づく再生医療等の提供の一時停止の命令</li>
<li>「{FAC}」（東京都多摩市。施設番号：FA3130528{KASO}）の設置者に対する、法第47条に基づく特定細胞加工物の製造の一時停止の命令</li>
</ol>
<h3>経緯</h3>
<p>令和7年4月9日、上記1の医療機関から法第18条に基づく疾病等報告が、同日、上記2の施設から再生医療等の安全性の確保等に関する法律施行規則第107条に基づく重大事態報告が、それぞれなされました。投与を受けた者1名に、投与の翌日、呼吸不全が生じ、現在も入院加療中です。同一ロットの特定細胞加工物の参考品からは、真菌が検出されています。</p>
<h3>一時停止の対象となる再生医療等提供計画</h3>
<table border="1">
<tr><th>計画の名称</th><th>区分</th></tr>
<tr><td>{PL}</td><td>第二種再生医療等</td></tr>
</table>
""", "2025年4月", ["室長　嵯峨山", "室長補佐　宇多津"]),
     [N("emergency_order", "厚生労働省", "2025-04-11", ["法第22条", "法第47条"],
        [S(CL, "clinic", "東京都多摩市", None, OP1, [PL]),
         S(OP1, "operator"),
         S(FAC, "cell_processing_facility", "東京都多摩市", None, OP2, [], "FA3130528"),
         S(OP2, "operator")],
        plans=[PL])])

# ====================================================================== p14
CL = "ふくい駅前整形外科クリニック"
page("p14_tokai_hokuriku_sole_practice_closed_reopened_as_corp.html",
     "東海北陸 closure page: a clinic opened by an individual doctor (開設者 X（個人開設）: no operator subject, the doctor is a person with title 開設者) closed, and on the next day a 医療法人 opened a clinic of the same name at the same address with a new plan (context, not a subject: the linking hazard of SOURCES §3); ・ bullet label lines; 廃止日 before the page date",
     bureau("東海北陸厚生局", "再生医療等提供機関の廃止の届出について", "令和7年10月3日", f"""
<p>次の再生医療等提供機関の開設者から、廃止の届出がありましたので、お知らせします。</p>
<p>・医療機関名　{CL}</p>
<p>・開設者　敦賀 信吾（個人開設）</p>
<p>・所在地　福井県福井市中央１丁目４番３号 駅前中央ビル１階</p>
<p>・廃止日　令和7年9月30日</p>
<p>・備考　同所では、令和7年10月1日から医療法人 九頭竜会が「医療法人 九頭竜会 ふくい駅前整形外科クリニック」を開設し、再生医療等提供計画を新たに提出しています（計画番号は従前のものと異なります）。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("closure_filing", "東海北陸厚生局", "2025-10-03", [],
        [S(CL, "clinic", "福井県福井市", "福井県福井市中央１丁目４番３号 駅前中央ビル１階")],
        persons=[P("敦賀 信吾", "開設者", CL)],
        closures=[C(CL, "2025-09-30")])])

# ====================================================================== p15
OP1 = "医療法人 羊蹄会"
CL1 = "おたる運河クリニック"
OP2 = "医療法人社団 蝦夷富士会"
CL2 = "ニセコ・ウェルネスクリニック"
PL1 = "自己脂肪由来間葉系幹細胞を用いた肝硬変の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症に対する治療"
page("p15_hokkaido_discontinued_plans_table_gun.html",
     "北海道 discontinuation page: two clinics of two operators each discontinued a plan (再生医療等提供計画の中止), in a table (医療機関｜開設者｜所在地｜中止した計画｜中止年月日); an address in a 郡 (北海道虻田郡倶知安町…, place with 郡 and 町); ・ in a clinic name; the reason names p05's revoked facility as context (not a subject); nothing is closed",
     bureau("北海道厚生局", "再生医療等提供計画の中止の届出について（令和8年4月）", "令和8年4月24日", f"""
<p>下記の医療機関から、再生医療等提供計画の中止の届出がありましたので、お知らせします。</p>
<table border="1" class="chushi">
<tr><th>医療機関</th><th>開設者</th><th>所在地</th><th>中止した計画</th><th>中止年月日</th></tr>
<tr><td>{CL1}</td><td>{OP1}</td><td>北海道小樽市色内１丁目６番３０号</td><td>{PL1}</td><td>令和8年4月10日</td></tr>
<tr><td>{CL2}</td><td>{OP2}</td><td>北海道虻田郡倶知安町北1条西2丁目18番地</td><td>{PL2}</td><td>令和8年4月15日</td></tr>
</table>
<p>※ いずれも、計画に記載された細胞培養加工施設「Aurora Cell Factory 札幌」（札幌市白石区）の特定細胞加工物の製造の許可が令和8年3月27日付けで取り消されたことに伴う中止です。両医療機関とも、他の診療は継続しています。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("discontinuation_filing", "北海道厚生局", "2026-04-24", [],
        [S(CL1, "clinic", "北海道小樽市", "北海道小樽市色内１丁目６番３０号", OP1, [PL1]),
         S(OP1, "operator"),
         S(CL2, "clinic", "北海道虻田郡倶知安町", "北海道虻田郡倶知安町北1条西2丁目18番地", OP2, [PL2]),
         S(OP2, "operator")],
        plans=[PL1, PL2])])

# ====================================================================== p16
OP = "医療法人社団 出雲会"
CL = "医療法人社団 出雲会 いずも大社通りクリニック"
PL = "自己骨髄由来単核球を用いた慢性腰痛の治療"
page("p16_chugoku_shikoku_a_i_u_items_zenmeisho.html",
     "中国四国 improvement order (法第23条第1項) in katakana items ア イ ウ エ オ; the heading and title say only 命令 (…第23条第1項に基づく命令について), the body says 改善を命じた; 「被命令者　X（前名称：Y）　管理者　Z」 on one line (前名称, no date); 番地 address 二丁目3番地5",
     bureau("中国四国厚生局", "再生医療等の安全性の確保等に関する法律第23条第1項に基づく命令について", "令和7年8月1日", f"""
<p>中国四国厚生局長は、令和7年8月1日、再生医療等の安全性の確保等に関する法律第23条第1項の規定により、下記の再生医療等提供機関の管理者に対し、再生医療等の提供の方法の改善を命じた。</p>
<p>ア　被命令者　{CL}（前名称：出雲ペインクリニック）　管理者　斐川 直人</p>
<p>イ　所在地　島根県出雲市今市町北本町二丁目3番地5</p>
<p>ウ　計画名　{PL}</p>
<p>エ　命令の内容　細胞の採取に係る手順書を整備すること、及び同意の撤回に係る手続を説明文書に記載すること。</p>
<p>オ　理由　令和7年6月の立入検査において、骨髄液の採取が手順書によらずに行われていたこと、及び説明文書に同意の撤回に関する記載がなかったことが確認されたため。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("improvement_order", "中国四国厚生局", "2025-08-01", ["法第23条第1項"],
        [S(CL, "clinic", "島根県出雲市", "島根県出雲市今市町北本町二丁目3番地5", OP, [PL]),
         S(OP, "operator")],
        persons=[P("斐川 直人", "管理者", CL)],
        plans=[PL],
        renames=[R("出雲ペインクリニック", CL, None)])])

# ====================================================================== p17
OPC = "医療法人 石鎚会"
CLC = "医療法人 石鎚会 さいじょう駅前クリニック"
page("p17_shikoku_shikyoku_correction_gosei.html",
     "四国厚生支局 correction notice (訂正) of p10: a 箇所｜誤｜正 table with the wrong name (石槌会) and the right one (石鎚会) — not a rename, the wrong name is no subject — followed by the corrected entry in full (＜label＞ rows and 処分内容 with the original order's date as history); read as the improvement order it restates, issued_on = this page's date line",
     bureau("四国厚生支局", "「再生医療等の安全性の確保等に関する法律に基づく改善命令について」の一部訂正について", "令和7年7月25日",
            f"""
<p>令和7年7月18日に掲載した「再生医療等の安全性の確保等に関する法律に基づく改善命令について」において、被処分者である医療機関の開設者の名称に誤りがありました。お詫びして、下記のとおり訂正いたします。</p>
<table border="1">
<tr><th>箇所</th><th>誤</th><th>正</th></tr>
<tr><td>医療機関の名称</td><td>{CLW}</td><td>{CLC}</td></tr>
</table>
<h2>訂正後の内容</h2>
{SHIKOKU_BODY.format(cl=CLC, pl=PL10)}
<p>＜処分内容＞　再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令（令和7年7月18日付け）</p>
""", crumbs=("医事課",), org_line="中国四国厚生局 四国厚生支局",
            parents=("中国四国厚生局",)),
     [N("improvement_order", "四国厚生支局", "2025-07-25", ["法第23条第1項"],
        [S(CLC, "clinic", "愛媛県西条市", "愛媛県西条市神拝甲１５０番地２ 西条駅前ビル２階", OPC, [PL10]),
         S(OPC, "operator")],
        persons=[P("丹原 博之", "管理者", CLC)],
        plans=[PL10])])

# ====================================================================== p18
OP = "一般社団法人 関西細胞医療機構"
FAC = "関西細胞医療機構 千里ラボ"
page("p18_kinki_facility_closed_aratame_daihyo_riji.html",
     "近畿 closure page: 細胞培養加工施設の廃止 told in sentences; 一般社団法人 operator with （代表理事 X）; the closure date 「令和8年1月20日をもって廃止」 and the filing date 「令和8年1月26日付けの届出」 both before the page date (issued_on stays the date line); rename 「名称を「Y」から「X」に改めています」 (改め); facility details in a <ul> (施設番号, 所在地 with 一丁目4番2号)",
     bureau("近畿厚生局", "細胞培養加工施設の廃止について", "令和8年2月2日", f"""
<p>{OP}（代表理事　箕面 怜）から、同法人が設置する下記の細胞培養加工施設を令和8年1月20日をもって廃止した旨の届出（令和8年1月26日付け）がありましたので、お知らせします。</p>
<p>当該施設は、令和5年11月1日付けで、名称を「北摂セルプロセッシング室」から「{FAC}」に改めています。</p>
<ul>
<li>施設の名称：{FAC}</li>
<li>施設番号：FA5270233{KASO}</li>
<li>所在地：大阪府豊中市新千里東町一丁目4番2号 千里中央ＫＭビル8階</li>
</ul>
<p>当該施設に特定細胞加工物の製造を委託していた医療機関は、再生医療等提供計画の変更の手続が必要です。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("closure_filing", "近畿厚生局", "2026-02-02", [],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "大阪府豊中市", "大阪府豊中市新千里東町一丁目4番2号 千里中央ＫＭビル8階",
           OP, [], "FA5270233")],
        persons=[P("箕面 怜", "代表理事", OP)],
        renames=[R("北摂セルプロセッシング室", FAC, "2023-11-01")],
        closures=[C(FAC, "2026-01-20")])])

# ====================================================================== p19
OP = "(株)ざおうセルサイエンス"
FAC = "(株)ざおうセルサイエンス 山形細胞加工センター"
page("p19_tohoku_partial_suspension_kanji_sections_minus_sign.html",
     "東北 suspension order (法第49条: 製造の業務の一部の停止) in kanji-numbered sections 一 二 三 四; (株) with half-width parentheses in the operator's and the facility's names; 代表取締役 after the operator on one line; address with U+2212 minus signs (香澄町3−8−12); the period (令和7年11月17日から…) not issued_on",
     bureau("東北厚生局", "特定細胞加工物製造事業者に対する製造業務の一部停止命令について", "令和7年11月14日", f"""
<p>東北厚生局長は、本日、再生医療等の安全性の確保等に関する法律第49条の規定に基づき、下記のとおり、特定細胞加工物の製造の業務の一部の停止を命じました。</p>
<p>一　処分の相手方</p>
<p>　{OP}　代表取締役　蔵王 悠</p>
<p>二　対象施設</p>
<p>　{FAC}（施設番号　FA2060071{KASO}）</p>
<p>　山形県山形市香澄町3−8−12 ざおうビル2階</p>
<p>三　処分の内容</p>
<p>　令和7年11月17日から令和7年12月16日までの間、対象施設における無菌操作を伴う工程に係る特定細胞加工物の製造の業務を停止すること。</p>
<p>四　処分の理由</p>
<p>　令和7年10月の立入検査において、安全キャビネットの定期点検が2年以上行われていなかったこと、及び無菌操作の作業者に対する教育訓練の記録がなかったことが確認されたため。</p>
""", crumbs=("健康福祉部", "医事課")),
     [N("suspension_order", "東北厚生局", "2025-11-14", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "山形県山形市", "山形県山形市香澄町3−8−12 ざおうビル2階",
           OP, [], "FA2060071")],
        persons=[P("蔵王 悠", "代表取締役", OP)])])

# ====================================================================== p20
page("p20_mhlw_other_council_summary.html",
     "MHLW page that is not a notice: summary of a council meeting (厚生科学審議会 再生医療等評価部会 議事要旨) in which the secretariat cites p13's and p04's clinics as examples of emergency orders (法第22条, 法第47条), mentions improvement orders, closures and discontinuations, and committee members are named (○○委員)",
     f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="UTF-8"><title>厚生科学審議会再生医療等評価部会（第１０７回）議事要旨｜厚生労働省</title></head>
<body>
<div id="header"><p class="site-title">厚生労働省</p></div>
<ol class="breadcrumb"><li>ホーム</li><li>政策について</li><li>審議会・研究会等</li><li>厚生科学審議会（再生医療等評価部会）</li><li>議事要旨</li></ol>
<div id="content">
<p class="fiction">{FICTION}</p>
<h1>厚生科学審議会再生医療等評価部会（第１０７回）議事要旨</h1>
<p>医政局研究開発政策課</p>
<h2>日時</h2>
<p>令和7年10月20日（月）15:00～17:00</p>
<h2>場所</h2>
<p>厚生労働省 専用第22会議室（オンライン併用）</p>
<h2>出席委員</h2>
<p>阿賀野委員（部会長）、入来院委員、蕪木委員、久慈川委員、比企委員</p>
<h2>議題</h2>
<p>1．最近の行政処分等の状況について<br>2．再生医療等提供計画の審査の状況について<br>3．その他</p>
<h2>議事の概要</h2>
<p>（1）事務局から、令和7年4月以降に厚生労働大臣が行った緊急命令2件（例えば、「医療法人社団 翠明会 桜ヶ丘メディカルクリニック」（東京都多摩市）に対する法第22条に基づく提供の一時停止、「医療法人社団 恒青会 ＧＡＩＡ ＣＬＩＮＩＣ 新宿」（東京都新宿区）に対する提供の一時停止及び同院内の施設に対する法第47条に基づく製造の一時停止）並びに地方厚生局が行った改善命令の概要について報告があった。</p>
<p>（2）委員から、緊急命令の対象となった医療機関が命令後間もなく廃止の届出を行う例があり、患者の追跡が困難になるとの指摘があった。事務局から、廃止届及び提供計画の中止の届出の際に、患者への連絡の状況を確認する運用を検討するとの回答があった。</p>
<p>（3）提供計画の審査の状況については、事務局の報告を了承した。</p>
<p>（文責：事務局）</p>
</div>
<div id="footer"><p>ページの先頭へ戻る</p></div>
</body>
</html>
""",
     [], what="other")

# ====================================================================== p21
page("p21_kyushu_other_qanda.html",
     "九州 page that is not a notice: a Q&A (Ｑ１…Ｑ４ / Ａ) on improvement orders (法第23条第1項, 法第48条第2項), emergency orders, closure and discontinuation filings and facility numbers, with an example facility number marked invented; no party is named",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に関するよくある質問（Ｑ＆Ａ）", "令和7年7月1日更新", """
<dl class="faq">
<dt>Ｑ１　改善命令とはどのようなものですか。</dt>
<dd>Ａ　再生医療等の提供が再生医療等提供基準に適合していない場合等に、地方厚生局長が再生医療等提供機関の管理者に対して行う命令です（法第23条第1項）。細胞培養加工施設の構造設備や製造管理に問題がある場合には、特定細胞加工物製造事業者に対して法第48条第2項に基づく改善命令が行われます。命令を行った場合は、当局のホームページでお知らせします。</dd>
<dt>Ｑ２　緊急命令は誰が行いますか。</dt>
<dd>Ａ　保健衛生上の危害の発生又は拡大を防止するため必要があるときに、厚生労働大臣が行います。提供の一時停止は法第22条、製造の一時停止は法第47条に基づきます。</dd>
<dt>Ｑ３　医療機関を閉院する場合や、計画に基づく再生医療等をやめる場合は、どのような手続が必要ですか。</dt>
<dd>Ａ　再生医療等の提供をやめる場合は、再生医療等提供計画の中止の届出を行ってください。院内に細胞培養加工施設がある場合は、その廃止の届出も必要です。</dd>
<dt>Ｑ４　施設番号はどこで確認できますか。</dt>
<dd>Ａ　施設番号は、許可証又は届出の受理の通知に記載されています（例：FC4400000（テスト用の架空の番号））。提供計画には、この施設番号を記載してください。</dd>
</dl>
<p>このページに関するお問い合わせ先：九州厚生局 健康福祉部 医事課</p>
""", crumbs=("健康福祉部", "医事課", "よくある質問")),
     [], what="other")

# ====================================================================== p22
page("p22_kinki_other_recruitment.html",
     "近畿 page that is not a notice: a recruitment notice (期間業務職員の募集) whose duties name 立入検査, 改善命令, 廃止届 and 中止の届出, with a dated application period, a workplace and a named contact person (担当：X)",
     bureau("近畿厚生局", "期間業務職員（再生医療等指導専門職）の募集について", "令和8年1月6日", """
<p>近畿厚生局では、次のとおり期間業務職員を募集します。</p>
<h2>1　職務内容</h2>
<p>再生医療等の安全性の確保等に関する法律に基づく業務の補助（再生医療等提供機関及び細胞培養加工施設への立入検査の補助、改善命令等の行政処分に係る資料の作成、廃止届及び再生医療等提供計画の中止の届出の受付・確認、提供計画の記載事項の確認 等）</p>
<h2>2　応募資格</h2>
<p>医師、歯科医師、薬剤師、看護師又は臨床検査技師の免許を有する方で、細胞培養加工又は品質管理の実務経験がある方</p>
<h2>3　勤務条件</h2>
<p>勤務地：近畿厚生局 健康福祉部 医事課（大阪市中央区）<br>任期：令和8年4月1日から令和9年3月31日まで（更新の可能性あり）<br>勤務時間：9時30分～17時15分（週4日）</p>
<h2>4　応募方法</h2>
<p>令和8年1月30日（金）必着で、履歴書及び職務経歴書を郵送してください。</p>
<h2>5　問い合わせ先</h2>
<p>近畿厚生局 健康福祉部 医事課　担当：茨木</p>
""", crumbs=("総務課", "採用情報")),
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
