#!/usr/bin/env python3
"""Fourth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout4/make_heldout4.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set.
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


def mhlw(title, date, body, month, staff, office="医政局研究開発政策課 再生医療等研究推進室",
         date_after_title=False, h1=None, crumb=None):
    """MHLW press release. `title` goes into <title>; `h1` (default: title) is the body
    heading and `crumb` (default: h1) the last breadcrumb item."""
    h1 = h1 or title
    crumb = crumb or h1
    staff_html = "\n".join(f"<p>{s}</p>" for s in staff)
    date_html = f'<p class="date">{date}</p>'
    head = "" if date_after_title else date_html
    tail = date_html if date_after_title else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title}｜報道発表資料｜厚生労働省</title></head>
<body>
<header><div class="logo">厚生労働省</div><nav><a href="/">ホーム</a> <a href="/stf/houdou/">報道・広報</a> <a href="/stf/seisakunitsuite/">政策について</a> <a href="/stf/kouhou/">厚生労働省について</a></nav></header>
<div class="breadcrumb">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; {month} &gt; {crumb}</div>
<main>
<p class="test-note">{FICTION}</p>
{head}
<div class="contact">
<p>【照会先】</p>
<p>{office}</p>
{staff_html}
<p>（代表電話）03（0000）0000　（内線）0000</p>
</div>
<p>報道関係者各位</p>
<h1>{h1}</h1>
{tail}
{body}
</main>
<footer><p>ページの先頭へ戻る</p><p>厚生労働省携帯サイト</p></footer>
</body>
</html>
"""


def bureau(name, title, date, body, section="健康福祉部 医事課", date_first=True):
    d = f'<p class="date">{date}</p>\n<p class="org">{name}</p>'
    h = f"<h1>{title}</h1>"
    top = f"{d}\n{h}" if date_first else f"{h}\n{d}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title}｜{name}</title></head>
<body>
<header><div class="site-name">{name}</div><nav><a href="/">ホーム</a> <a href="/news/">新着情報</a> <a href="/gyomu/">業務内容</a> <a href="/access/">所在地</a></nav></header>
<div class="breadcrumb">{name} &gt; {section} &gt; {title}</div>
<main>
<p class="test-note">{FICTION}</p>
{top}
{body}
</main>
<footer><p>ページの先頭へ戻る</p></footer>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"
T_E = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
T_I = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
PAGES = []


def page(fname, covers, html, notices, what="notices"):
    PAGES.append((fname, covers, html, notices, what))


# ---------------------------------------------------------------- m01
PL1 = "自己脂肪由来間葉系幹細胞を用いた慢性疼痛の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"
CL = "医療法人社団 柊光会 ひいらぎ銀座クリニック"
page("m01_mhlw_kyumeisho_kaisho_in_place_paren.html",
     "MHLW emergency order (法第22条), one clinic; rename inside the place parenthesis written 「（東京都中央区。旧名称「Y」、令和７年９月１日改称）」 (old name quoted, date after it, new name only as the clinic's own name); date line full-width and printed after the title; two plans on one line joined by 及び; full-width article numbers in the narrative (第１８条 report, 第２４条第１項 inspection: not articles); an unnamed 管理者 (no person)",
     mhlw(T_E, "令和７年１０月１７日", f"""
<p>令和７年１０月１５日、「{CL}」（東京都中央区。旧名称「柊光会クリニック銀座」、令和７年９月１日改称）から、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）第１８条に基づく疾病等報告がなされました。翌１６日には、法第２４条第１項に基づく立入検査を実施しています。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第２２条に基づき、同クリニックの管理者に対し、下記の再生医療等の提供を一時停止するよう命じましたのでお知らせいたします。</p>
<h2>【報告された事案】</h2>
<p>当該再生医療等を受けた者２名に、投与直後の呼吸困難及び血圧低下が生じ、いずれも救急搬送の上、入院した。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL1}」及び「{PL2}」</p>
""", "2025年10月", ["室長補佐　篠宮", "専門官　久世"], date_after_title=True),
     [N("emergency_order", "厚生労働省", "2025-10-17", ["法第22条"],
        [S(CL, "clinic", "東京都中央区", None, "医療法人社団 柊光会", [PL1, PL2]),
         S("医療法人社団 柊光会", "operator")],
        plans=[PL1, PL2],
        renames=[R("柊光会クリニック銀座", CL, "2025-09-01")])])

# ---------------------------------------------------------------- m02
PL1 = "自己脂肪由来間葉系幹細胞を用いた変形性関節症の治療"
PL2 = "自己培養線維芽細胞を用いた皮膚のしわの治療"
CL = "医療法人社団 翠嵐会 たまプラーザ再生クリニック"
page("m02_kantoshinetsu_table_kyushogo.html",
     "関東信越 improvement order (法第23条第1項 and 法第48条第2項) in a horizontal `<table>` (区分｜被処分者｜医療機関・施設の名称｜所在地｜根拠条項); the facility operator with 旧商号 in its cell (株式会社X（旧商号：株式会社Y）, no date) and 代表取締役 after a <br>; 管理者 written 「管理者　X」 in the 被処分者 cell; facility number after a <br> in the name cell; clinic plans listed ①② under a heading that names the clinic by its short name; 番地 address with building, hyphen address with 3F; the facility reappears in m12 under its old names",
     bureau("関東信越厚生局", T_I, "令和7年6月27日", f"""
<p>関東信越厚生局長は、令和7年6月27日付けで、下記の再生医療等提供機関の管理者及び特定細胞加工物製造事業者に対し、{LAW}に基づく改善命令を発出しました。</p>
<p>記</p>
<h2>1 被処分者</h2>
<table class="list">
<tr><th>区分</th><th>被処分者</th><th>医療機関・施設の名称</th><th>所在地</th><th>根拠条項</th></tr>
<tr><td>再生医療等提供機関</td><td>管理者　榊原 雅臣</td><td>{CL}</td><td>神奈川県横浜市青葉区美しが丘2丁目21番地5 美しが丘メディカルモール3階</td><td>法第23条第1項</td></tr>
<tr><td>細胞培養加工施設</td><td>株式会社ルミエールセル（旧商号：株式会社ルミエール研究所）<br>代表取締役　真柴 伸吾</td><td>ルミエールセル 八王子加工センター<br>施設番号：FA3130777{KASO}</td><td>東京都八王子市明神町4-7-2 ルミエールビル3F</td><td>法第48条第2項</td></tr>
</table>
<h2>2 対象となる再生医療等提供計画（たまプラーザ再生クリニック）</h2>
<p>①{PL1}</p>
<p>②{PL2}</p>
<h2>3 経緯</h2>
<p>令和7年3月、上記医療機関から、上記施設で製造された特定細胞加工物の投与後に発熱及び投与部位の化膿が生じた旨の疾病等報告が2件なされた。当局が立入検査を行ったところ、医療機関においては特定細胞加工物の受入れ時の確認記録がなく、施設においては無菌試験の陽性結果について原因の調査が行われないまま出荷が続けられていたことが判明した。</p>
<h2>4 命令の内容</h2>
<p>(1) 管理者は、特定細胞加工物の受入れ及び保管の手順を定め、従業者に周知すること。</p>
<p>(2) 特定細胞加工物製造事業者は、逸脱及び品質情報の処理の手順を整備すること。</p>
<p>(3) いずれも、令和7年7月31日までに改善計画を提出すること。</p>
"""),
     [N("improvement_order", "関東信越厚生局", "2025-06-27", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "神奈川県横浜市青葉区",
           "神奈川県横浜市青葉区美しが丘2丁目21番地5 美しが丘メディカルモール3階",
           "医療法人社団 翠嵐会", [PL1, PL2]),
         S("医療法人社団 翠嵐会", "operator"),
         S("株式会社ルミエールセル", "operator"),
         S("ルミエールセル 八王子加工センター", "cell_processing_facility", "東京都八王子市",
           "東京都八王子市明神町4-7-2 ルミエールビル3F", "株式会社ルミエールセル", [], "FA3130777")],
        persons=[P("榊原 雅臣", "管理者", CL),
                 P("真柴 伸吾", "代表取締役", "株式会社ルミエールセル")],
        plans=[PL1, PL2],
        renames=[R("株式会社ルミエール研究所", "株式会社ルミエールセル", None)])])

# ---------------------------------------------------------------- m03
page("m03_kinki_vertical_table_kyumeisho_row.html",
     "近畿 improvement order to a facility only (法第48条第2項) in a vertical th/td table; the rename given as table rows (旧名称｜Y and 名称変更日｜令和6年12月1日), not as a phrase; operator 一般社団法人 with its 理事長 in a 代表者 row; Kyoto 通り名 address (…通烏丸西入…町250番地) with building and floor; the clinic that reported is context only (「X」（京都市上京区）), not a subject; findings ①②③",
     bureau("近畿厚生局", "細胞培養加工施設に係る改善命令について", "令和8年2月13日", f"""
<p>近畿厚生局長は、本日、下記の特定細胞加工物等製造事業者に対し、再生医療等の安全性の確保等に関する法律第48条第2項の規定により、特定細胞加工物等の製造及び品質管理の方法の改善を命じました。</p>
<table class="vertical">
<tr><th>特定細胞加工物等製造事業者</th><td>一般社団法人 洛陽再生医科学研究会</td></tr>
<tr><th>代表者</th><td>理事長　嵯峨野 篤</td></tr>
<tr><th>細胞培養加工施設の名称</th><td>洛陽セルプロセッシングラボ</td></tr>
<tr><th>旧名称</th><td>四条烏丸細胞培養センター</td></tr>
<tr><th>名称変更日</th><td>令和6年12月1日</td></tr>
<tr><th>施設番号</th><td>FA5260314{KASO}</td></tr>
<tr><th>所在地</th><td>京都府京都市下京区仏光寺通烏丸西入釘隠町250番地 烏丸仏光寺ビル7階</td></tr>
<tr><th>処分の内容</th><td>法第48条第2項に基づく改善命令</td></tr>
</table>
<h2>経緯</h2>
<p>令和7年11月、当該施設に特定細胞加工物の製造を委託している「医療法人 月白会 にしじん整形外科」（京都市上京区）から、投与後の感染症が疑われる疾病等報告がなされた。これを受けて当局が当該施設に立入検査を行ったところ、次の事項が確認された。</p>
<p>① 清浄度管理区域の微生物モニタリングで処置基準値を超えた記録があるにもかかわらず、逸脱として処理されていなかったこと</p>
<p>② 原料となる細胞の受入れ時の試験が行われていなかったこと</p>
<p>③ 製造所の自己点検が一度も実施されていなかったこと</p>
<p>なお、上記医療機関に対する処分は行っていない。</p>
"""),
     [N("improvement_order", "近畿厚生局", "2026-02-13", ["法第48条第2項"],
        [S("一般社団法人 洛陽再生医科学研究会", "operator"),
         S("洛陽セルプロセッシングラボ", "cell_processing_facility", "京都府京都市下京区",
           "京都府京都市下京区仏光寺通烏丸西入釘隠町250番地 烏丸仏光寺ビル7階",
           "一般社団法人 洛陽再生医科学研究会", [], "FA5260314")],
        persons=[P("嵯峨野 篤", "理事長", "一般社団法人 洛陽再生医科学研究会")],
        renames=[R("四条烏丸細胞培養センター", "洛陽セルプロセッシングラボ", "2024-12-01")])])

# ---------------------------------------------------------------- m04
PL1 = "自己脂肪由来幹細胞を用いた変形性膝関節症の治療"
PL2 = "自己脂肪由来幹細胞を用いた肩腱板損傷の治療"
PL3 = "自己培養線維芽細胞を用いた皮膚の老化の治療"
CL1 = "医療法人 潮音会 はかた駅前ステムセルクリニック"
CL2 = "ひのくに美容皮膚科クリニック"
page("m04_kyushu_maru_numbered_halfwidth_colon.html",
     "九州 improvement order (法第23条第1項) to two clinics of two operators; entries numbered ① ② with half-width colons (医療機関名:… 管理者:… 所在地:… 計画名:…); rename with half-width parentheses 「(令和7年10月1日付けで「Y」より現名称に変更)」 (new name only as 現名称); a manager's name without a space (久留島真澄); two quoted plans joined by 、; a plan whose closing 」 is missing; operator on its own 開設者: line for the second clinic; full-width ＫＳ and 8F in a building; one 処分内容 line shared by both entries",
     bureau("九州厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年12月12日", f"""
<p>九州厚生局長は、令和7年12月12日、再生医療等の安全性の確保等に関する法律（以下「法」という。）第23条第1項の規定により、下記の2医療機関の管理者に対し、改善命令を行いました。</p>
<p>記</p>
<p>①医療機関名:{CL1}(令和7年10月1日付けで「潮音会クリニック博多」より現名称に変更)</p>
<p>　管理者:久留島真澄</p>
<p>　所在地:福岡県福岡市博多区博多駅前3丁目22-8 博多駅前ＫＳビル8F</p>
<p>　計画名:「{PL1}」、「{PL2}」</p>
<p>②医療機関名:{CL2}</p>
<p>　開設者:医療法人社団 肥国会</p>
<p>　管理者:阿蘇谷 彩</p>
<p>　所在地:熊本県熊本市中央区下通1丁目8番15号 下通スクエア4階</p>
<p>　計画名:「{PL3}</p>
<p>処分内容:いずれも法第23条第1項に基づく改善命令</p>
<h2>処分の理由</h2>
<p>①の医療機関では、提供計画に記載されていない医師が再生医療等を行っていたほか、認定再生医療等委員会への定期報告が行われていなかった。②の医療機関では、説明文書に記載されていない費用を徴収していたほか、細胞の採取に係る記録が保存されていなかった。</p>
"""),
     [N("improvement_order", "九州厚生局", "2025-12-12", ["法第23条第1項"],
        [S(CL1, "clinic", "福岡県福岡市博多区",
           "福岡県福岡市博多区博多駅前3丁目22-8 博多駅前ＫＳビル8F", "医療法人 潮音会", [PL1, PL2]),
         S("医療法人 潮音会", "operator"),
         S(CL2, "clinic", "熊本県熊本市中央区",
           "熊本県熊本市中央区下通1丁目8番15号 下通スクエア4階", "医療法人社団 肥国会", [PL3]),
         S("医療法人社団 肥国会", "operator")],
        persons=[P("久留島真澄", "管理者", CL1), P("阿蘇谷 彩", "管理者", CL2)],
        plans=[PL1, PL2, PL3],
        renames=[R("潮音会クリニック博多", CL1, "2025-10-01")])])

# ---------------------------------------------------------------- m05
PL1 = "自己脂肪由来幹細胞を用いた変形性足関節症の治療"
CL = "かなざわ香林坊クリニック"
page("m05_tokai_hokuriku_dl_operator_heisei_yori.html",
     "東海北陸 improvement order (法第23条第1項) in a `<dl>` (dt/dd); the article also in the title; full-width date line; the operator's own former name in its dd: 「医療法人 X（平成30年7月 医療法人社団 Yより名称変更）」 (平成, year-month without day, より); 管理者 and 実施責任者 each as a dt with 「氏名　…」 in the dd; 番地 address with building; plan unquoted in a dd",
     bureau("東海北陸厚生局", "再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令について", "令和７年９月５日", f"""
<p>東海北陸厚生局長は、令和７年９月５日、下記の再生医療等提供機関の管理者に対し、改善命令を行った。</p>
<dl class="entry">
<dt>医療機関の名称</dt><dd>{CL}</dd>
<dt>開設者</dt><dd>医療法人 犀星会（平成30年7月 医療法人社団 鷺山会より名称変更）</dd>
<dt>所在地</dt><dd>石川県金沢市香林坊1丁目2番地24 香林坊プレイス5階</dd>
<dt>管理者</dt><dd>氏名　犀川 智之</dd>
<dt>実施責任者</dt><dd>氏名　浅野 みちる</dd>
<dt>再生医療等提供計画</dt><dd>{PL1}</dd>
<dt>命令の内容</dt><dd>１　特定細胞加工物の製造を委託する細胞培養加工施設を変更する場合は、あらかじめ提供計画の変更の手続を行うこと。<br>２　疾病等の報告の体制を整備すること。<br>３　令和７年１０月３１日までに改善の状況を報告すること。</dd>
</dl>
<p>（参考）令和７年６月の立入検査において、提供計画に記載のない細胞培養加工施設で製造された特定細胞加工物を用いていたこと、及び投与後の発熱事例が報告されていなかったことが確認されたもの。</p>
"""),
     [N("improvement_order", "東海北陸厚生局", "2025-09-05", ["法第23条第1項"],
        [S(CL, "clinic", "石川県金沢市", "石川県金沢市香林坊1丁目2番地24 香林坊プレイス5階",
           "医療法人 犀星会", [PL1]),
         S("医療法人 犀星会", "operator")],
        persons=[P("犀川 智之", "管理者", CL), P("浅野 みちる", "実施責任者", CL)],
        plans=[PL1],
        renames=[R("医療法人社団 鷺山会", "医療法人 犀星会", "2018-07")])])

# ---------------------------------------------------------------- m06
PL1 = "自己脂肪由来間葉系幹細胞を用いた脳梗塞後遺症の治療"
CL = "医療法人 讃陽会 たかまつ中央クリニック"
page("m06_chugoku_shikoku_provision_stop_23_2.html",
     "中国四国 suspension order: 再生医療等の提供の停止命令 for a period under 法第23条第2項 (after an ignored improvement order); the earlier 法第23条第1項 order is history, not an article; sections １．２．３．４．; 氏名：X（Y 管理者） with full-width colon and a space before 管理者; 一丁目 address with building; the plan quoted inside 再生医療等提供計画「…」に基づく再生医療等; the stop period's dates are not issued_on",
     bureau("中国四国厚生局", "再生医療等の提供の停止命令について", "令和8年3月19日", f"""
<p>中国四国厚生局長は、本日、{LAW}第23条第2項の規定に基づき、下記の再生医療等提供機関の管理者に対し、期間を定めて再生医療等の提供の停止を命じましたので、お知らせします。</p>
<p>１．被処分者</p>
<p>　氏名：琴平 和宏（{CL} 管理者）</p>
<p>　所在地：香川県高松市番町一丁目6番8号 番町メディカルビル2階</p>
<p>２．提供の停止を命じた再生医療等</p>
<p>　再生医療等提供計画「{PL1}」に基づく再生医療等</p>
<p>３．停止の期間</p>
<p>　令和8年3月23日から令和8年6月22日まで</p>
<p>４．経緯</p>
<p>　当局は、令和7年10月10日付けで、同管理者に対し、法第23条第1項に基づく改善命令を行った。しかし、改善計画の提出期限である令和7年11月28日を過ぎても改善計画が提出されず、令和8年2月に実施した立入検査においても、説明同意文書の不備及び疾病等の記録の欠落が改められていないことが確認された。</p>
"""),
     [N("suspension_order", "中国四国厚生局", "2026-03-19", ["法第23条第2項"],
        [S(CL, "clinic", "香川県高松市", "香川県高松市番町一丁目6番8号 番町メディカルビル2階",
           "医療法人 讃陽会", [PL1]),
         S("医療法人 讃陽会", "operator")],
        persons=[P("琴平 和宏", "管理者", CL)],
        plans=[PL1])])

# ---------------------------------------------------------------- m07
page("m07_hokkaido_licence_revoked_legal_form_after.html",
     "北海道 licence revocation (許可を取り消しました, 法第49条); entries (1)…(6) with two-word labels; the operator's legal form after the name (ノースバイオ株式会社) and its former name 「（旧名称：北斗メディカルサイエンス株式会社）」 (no date); 代表者 row reading 「代表取締役：北見誠司」 (full-width colon, no space in the name); Sapporo address 北3条西4丁目1番地1 with building; facility number; an earlier improvement order date as history",
     bureau("北海道厚生局", "特定細胞加工物の製造の許可の取消しについて", "令和8年1月9日", f"""
<p>北海道厚生局長は、令和8年1月9日付けで、再生医療等の安全性の確保等に関する法律第49条の規定に基づき、下記の者が受けていた特定細胞加工物の製造の許可を取り消しました。</p>
<p>記</p>
<p>(1) 許可を受けていた者　ノースバイオ株式会社（旧名称：北斗メディカルサイエンス株式会社）</p>
<p>(2) 代表者　代表取締役：北見誠司</p>
<p>(3) 細胞培養加工施設の名称　ノースバイオ 札幌細胞培養所</p>
<p>(4) 施設番号　FA1010005{KASO}</p>
<p>(5) 所在地　北海道札幌市中央区北3条西4丁目1番地1 北三条ビル11階</p>
<p>(6) 取消しの理由</p>
<p>　許可に係る細胞培養加工施設の構造設備が基準に適合しなくなり、令和7年8月22日付けで行った改善命令に従わず、その後も基準に適合しない区域で特定細胞加工物の製造を続けていたため。</p>
<p>なお、当該施設で製造された特定細胞加工物を用いていた医療機関に対しては、別途、提供計画の変更等について周知を行っている。</p>
"""),
     [N("licence_revocation", "北海道厚生局", "2026-01-09", ["法第49条"],
        [S("ノースバイオ株式会社", "operator"),
         S("ノースバイオ 札幌細胞培養所", "cell_processing_facility", "北海道札幌市中央区",
           "北海道札幌市中央区北3条西4丁目1番地1 北三条ビル11階", "ノースバイオ株式会社", [], "FA1010005")],
        persons=[P("北見誠司", "代表取締役", "ノースバイオ株式会社")],
        renames=[R("北斗メディカルサイエンス株式会社", "ノースバイオ株式会社", None)])])

# ---------------------------------------------------------------- m08
FAC = "もりのみやこセルセンター"
page("m08_tohoku_facility_closed_kaishomae.html",
     "東北 closure page: 細胞培養加工施設の廃止 of one facility; rename in the name's parenthesis 「（令和7年4月に「Y」から改称。廃止の届出は改称前の名称で行われた。）」 (year-month, から, 改称; the filing was under the old name but the page prints the new one); numbered １．…５． label rows; 代表取締役 on the operator's line without colon; 四丁目…番…号 address with building; closure date (廃止年月日) before the page date",
     bureau("東北厚生局", "細胞培養加工施設の廃止について", "令和7年11月7日", f"""
<p>再生医療等の安全性の確保等に関する法律に基づく細胞培養加工施設について、特定細胞加工物等製造事業者から廃止の届出がありましたので、お知らせします。</p>
<p>１．施設の名称　{FAC}（令和7年4月に「仙台東口細胞加工室」から改称。廃止の届出は改称前の名称で行われた。）</p>
<p>２．施設番号　FA2040219{KASO}</p>
<p>３．製造事業者　株式会社杜都メディカル　代表取締役　青葉 里沙</p>
<p>４．所在地　宮城県仙台市宮城野区榴岡四丁目5番22号 宮城野セントラルビル6階</p>
<p>５．廃止年月日　令和7年10月31日</p>
<p>※ 当該施設で製造された特定細胞加工物等を用いていた医療機関は、提供計画の変更の手続を行う必要があります。</p>
"""),
     [N("closure_filing", "東北厚生局", "2025-11-07", [],
        [S(FAC, "cell_processing_facility", "宮城県仙台市宮城野区",
           "宮城県仙台市宮城野区榴岡四丁目5番22号 宮城野セントラルビル6階", "株式会社杜都メディカル",
           [], "FA2040219"),
         S("株式会社杜都メディカル", "operator")],
        persons=[P("青葉 里沙", "代表取締役", "株式会社杜都メディカル")],
        renames=[R("仙台東口細胞加工室", FAC, "2025-04")],
        closures=[C(FAC, "2025-10-31")])])

# ---------------------------------------------------------------- m09
PL1 = "自己脂肪由来間葉系幹細胞を用いた糖尿病の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた慢性疼痛の治療"
CL1 = "医療法人社団 玲瓏会 みなとみらい幹細胞クリニック"
CL2 = "こまち再生美容クリニック"
FAC = "株式会社セルフォース 川崎培養センター"
page("m09_mhlw_three_parties_gen_missing_bracket.html",
     "MHLW emergency order to two clinics (法第22条) and one facility (法第47条); spaced half-width date line 令和8年 2 月 27 日; the facility's name first printed with its closing 」 missing (「株式会社セルフォース 川崎培養センター（…）で…); the second clinic printed under its old name with 「（東京都渋谷区。現「X」。開設者：…）」 (現, no date, operator after the rename); plans in a list, each followed by the short name of its clinic in （）; the facility named again under its own heading",
     mhlw(T_E, "令和8年 2 月 27 日", f"""
<p>令和8年2月24日、「{CL1}」（神奈川県横浜市西区）から、{LAW}第18条に基づく疾病等報告がなされました。当該再生医療等に用いられた特定細胞加工物は「{FAC}（神奈川県川崎市川崎区）で製造されたものであり、同センターが同じ時期に製造した特定細胞加工物は、「こまち美容外科クリニック」（東京都渋谷区。現「{CL2}」。開設者：一般社団法人 こまち医療会）にも出荷されていました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき上記の2医療機関に対し再生医療等の提供の一時停止を、法第47条に基づき上記センターに対し特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>投与を受けた者1名が、投与の2日後に敗血症性ショックにより集中治療を要する状態となった。同一ロットの保存検体から細菌が検出されている。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<ul>
<li>「{PL1}」（みなとみらい幹細胞クリニック）</li>
<li>「{PL2}」（{CL2}）</li>
</ul>
<h2>【製造の一時停止を命じた施設】</h2>
<p>{FAC}</p>
""", "2026年2月", ["室長　瀬戸口", "専門官　朝比奈", "専門官　御手洗"]),
     [N("emergency_order", "厚生労働省", "2026-02-27", ["法第22条", "法第47条"],
        [S(CL1, "clinic", "神奈川県横浜市西区", None, "医療法人社団 玲瓏会", [PL1]),
         S("医療法人社団 玲瓏会", "operator"),
         S(FAC, "cell_processing_facility", "神奈川県川崎市川崎区", None, "株式会社セルフォース"),
         S("株式会社セルフォース", "operator"),
         S(CL2, "clinic", "東京都渋谷区", None, "一般社団法人 こまち医療会", [PL2]),
         S("一般社団法人 こまち医療会", "operator")],
        plans=[PL1, PL2],
        renames=[R("こまち美容外科クリニック", CL2, None)])])

# ---------------------------------------------------------------- m10
PL1 = "自己脂肪由来間葉系幹細胞を用いた変形性股関節症の治療"
CL = "医療法人社団紫苑会 しおんクリニック表参道"
FAC = "医療法人社団紫苑会 しおんクリニック表参道 細胞培養室"
page("m10_mhlw_kind_only_in_title_he.html",
     "MHLW improvement order (法第23条第1項 to the clinic's manager, 法第48条第2項 to the operator of its in-clinic facility) whose kind (改善命令) is only in the browser `<title>`: the heading and breadcrumb say 行政処分, the body says 命令を行いました and never 改善; rename in the place parenthesis 「（東京都港区。令和7年2月、「Y」から「X」へ名称変更）」 (へ, year-month, new name shorter than the subject name); 医療法人社団 without a space inside the names; violation 法第4条第1項 among the findings; findings （1）（2）（3）",
     mhlw(T_I, "令和8年3月6日", f"""
<p>厚生労働大臣は、本日付けで、「{CL}」（東京都港区。令和7年2月、「紫苑会表参道クリニック」から「しおんクリニック表参道」へ名称変更）の管理者に対し、{LAW}第23条第1項に基づき、また、同院内の「{FAC}」（東京都港区）に係る特定細胞加工物製造事業者である医療法人社団紫苑会に対し、法第48条第2項に基づき、下記のとおり命令を行いましたのでお知らせいたします。</p>
<h2>1．対象となる再生医療等提供計画</h2>
<p>「{PL1}」</p>
<h2>2．確認された事項</h2>
<p>（1）再生医療等提供計画を提出せずに、自己脂肪由来間葉系幹細胞を用いた美容目的の再生医療等を提供していたこと（法第4条第1項違反）</p>
<p>（2）上記1の計画に記載された細胞の投与量を超えて投与していたこと</p>
<p>（3）細胞培養室において、培養に用いる血清の規格が定められておらず、清浄度の確認記録も作成されていなかったこと</p>
<h2>3．命令の内容</h2>
<p>管理者及び特定細胞加工物製造事業者は、上記事項の原因を究明し、再発防止のために必要な措置を講じた上で、その結果を令和8年4月3日までに報告すること。</p>
""", "2026年3月", ["室長　鬼頭", "室長補佐　神保"], h1="医療法人社団紫苑会に対する行政処分について"),
     [N("improvement_order", "厚生労働省", "2026-03-06", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "東京都港区", None, "医療法人社団紫苑会", [PL1]),
         S(FAC, "cell_processing_facility", "東京都港区", None, "医療法人社団紫苑会"),
         S("医療法人社団紫苑会", "operator")],
        plans=[PL1],
        violations=["法第4条第1項"],
        renames=[R("紫苑会表参道クリニック", "しおんクリニック表参道", "2025-02")])])

# ---------------------------------------------------------------- m11
CL = "医療法人社団 葵光会 こうべ元町再生クリニック"
page("m11_kinki_provider_closed_merger.html",
     "近畿 closure page: 再生医療等提供機関の廃止 of one clinic, in a `<ul>` of 「label：value」 items; the operator was absorbed in a merger (吸収合併) the day after the closure: the surviving 医療法人 and the new clinic it opened at the same address are context, not subjects, and no rename; a 届出日 printed beside the page date (issued_on stays the date line); 廃止年月日 before both",
     bureau("近畿厚生局", "再生医療等提供機関の廃止について", "令和7年5月16日", f"""
<p>再生医療等の安全性の確保等に関する法律に基づき再生医療等提供計画を提出していた下記の医療機関について、開設者から廃止の届出がありましたので、お知らせします。</p>
<ul class="kv">
<li>医療機関の名称：{CL}</li>
<li>開設者：医療法人社団 葵光会</li>
<li>所在地：兵庫県神戸市中央区元町通3丁目17番6号 元町ヒルズ5階</li>
<li>廃止年月日：令和7年3月31日</li>
<li>届出日：令和7年5月9日</li>
</ul>
<p>（備考）医療法人社団 葵光会は、令和7年4月1日付けで医療法人 六甲会に吸収合併された。同所では、医療法人 六甲会が開設する「六甲会 こうべ元町クリニック」が新たに再生医療等提供計画を提出している。</p>
"""),
     [N("closure_filing", "近畿厚生局", "2025-05-16", [],
        [S(CL, "clinic", "兵庫県神戸市中央区",
           "兵庫県神戸市中央区元町通3丁目17番6号 元町ヒルズ5階", "医療法人社団 葵光会"),
         S("医療法人社団 葵光会", "operator")],
        closures=[C(CL, "2025-03-31")])])

# ---------------------------------------------------------------- m12
F1 = "ルミエール研究所 八王子細胞加工室"
F2 = "医療法人 朱鷺会 にいがた駅南クリニック 細胞調製室"
page("m12_kantoshinetsu_facility_closures_old_names.html",
     "関東信越 closure page: 廃止届 of two facilities in （１）（２） entries with full-width colons (施設名：… 施設番号：… 届出者：… 所在地：… 廃止年月日：…); the first is m02's facility (same number FA3130777) printed under its old facility name and its operator's old trade name, the new ones not given; same street as m02 written 明神町四丁目7番2号 … 3階 instead of 4-7-2 … 3F; 届出者 as the operator label; an in-clinic facility whose clinic is part of its name only",
     bureau("関東信越厚生局", "細胞培養加工施設の廃止の届出について", "令和8年3月4日", f"""
<p>再生医療等の安全性の確保等に関する法律に基づく細胞培養加工施設のうち、下記の施設について廃止届が提出されましたので、お知らせします。</p>
<p>（１）施設名：{F1}</p>
<p>　　　施設番号：FA3130777{KASO}</p>
<p>　　　届出者：株式会社ルミエール研究所</p>
<p>　　　所在地：東京都八王子市明神町四丁目7番2号 ルミエールビル3階</p>
<p>　　　廃止年月日：令和8年2月27日</p>
<p>（２）施設名：{F2}</p>
<p>　　　施設番号：FC3110532{KASO}</p>
<p>　　　届出者：医療法人 朱鷺会</p>
<p>　　　所在地：新潟県新潟市中央区米山2丁目5番地8</p>
<p>　　　廃止年月日：令和8年2月13日</p>
<p>※ 廃止届に記載された名称のとおり掲載しています。</p>
"""),
     [N("closure_filing", "関東信越厚生局", "2026-03-04", [],
        [S(F1, "cell_processing_facility", "東京都八王子市",
           "東京都八王子市明神町四丁目7番2号 ルミエールビル3階", "株式会社ルミエール研究所", [], "FA3130777"),
         S("株式会社ルミエール研究所", "operator"),
         S(F2, "cell_processing_facility", "新潟県新潟市中央区",
           "新潟県新潟市中央区米山2丁目5番地8", "医療法人 朱鷺会", [], "FC3110532"),
         S("医療法人 朱鷺会", "operator")],
        closures=[C(F1, "2026-02-27"), C(F2, "2026-02-13")])])

# ---------------------------------------------------------------- m13
PL1 = "自己多血小板血漿を用いた脱毛症の治療"
PL2 = "自己培養表皮細胞を用いた尋常性白斑の治療"
CL = "医療法人 錦江会 かごしま天文館クリニック"
page("m13_kyushu_plans_discontinued_gannen.html",
     "九州 discontinuation page: two plans of one clinic discontinued (再生医療等提供計画の中止の届出), listed (1)(2) under a label ending with ：; rename 「（令和元年5月7日に「Y」から名称変更）」 (元年); full-width date line and full-width 中止年月日 (not issued_on); 管理者：X; 番号 address with 2F; the clinic stays open (nothing closed)",
     bureau("九州厚生局", "再生医療等提供計画の中止の届出について", "令和７年７月１１日", f"""
<p>下記の再生医療等提供機関の管理者から、再生医療等提供計画の中止の届出がありました。なお、同医療機関は、中止した計画以外の診療を継続しています。</p>
<p>医療機関名：{CL}（令和元年5月7日に「天文館スキンクリニック」から名称変更）</p>
<p>管理者：伊集院 正義</p>
<p>所在地：鹿児島県鹿児島市東千石町13番1号 天文館センタービル2F</p>
<p>中止した再生医療等提供計画：</p>
<p>(1) {PL1}</p>
<p>(2) {PL2}</p>
<p>中止年月日：令和７年６月３０日</p>
"""),
     [N("discontinuation_filing", "九州厚生局", "2025-07-11", [],
        [S(CL, "clinic", "鹿児島県鹿児島市", "鹿児島県鹿児島市東千石町13番1号 天文館センタービル2F",
           "医療法人 錦江会", [PL1, PL2]),
         S("医療法人 錦江会", "operator")],
        persons=[P("伊集院 正義", "管理者", CL)],
        plans=[PL1, PL2],
        renames=[R("天文館スキンクリニック", CL, "2019-05-07")])])

# ---------------------------------------------------------------- m14
PL1 = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた慢性腰痛症の治療"
CL = "ぎふ長良川クリニック"
FAC = "ぎふ長良川クリニック 細胞加工センター"
page("m14_tokai_hokuriku_merger_spaced_labels.html",
     "東海北陸 improvement order (法第23条第1項 and 法第48条第2項) with labels spaced by U+3000 (名　　称, 開 設 者, 管 理 者, 所 在 地, 計 画 名, 施 設 名); the operator absorbed another corporation (「医療法人　X（令和7年4月1日に医療法人社団 Yを吸収合併）」): the absorbed one is context, not a rename and not a subject; U+3000 inside the operator's name; clinic whose name does not embed its operator; two plans on one line separated by ／; （理事長　…） without colon; the facility address adds 別棟2階 to the clinic's",
     bureau("東海北陸厚生局", T_I, "令和8年1月23日", f"""
<p>東海北陸厚生局長は、本日、{LAW}に基づき、下記のとおり改善命令を行いましたので、お知らせします。</p>
<p>記</p>
<p>第１　被処分者</p>
<p>１．</p>
<p>名　　称　{CL}</p>
<p>開 設 者　医療法人　長良会（令和7年4月1日に医療法人社団 金華会を吸収合併）</p>
<p>管 理 者　各務 奈緒子</p>
<p>所 在 地　岐阜県岐阜市長良福光2丁目11番地3</p>
<p>計 画 名　{PL1}／{PL2}</p>
<p>処分内容　法第23条第1項に基づく改善命令</p>
<p>２．</p>
<p>名　　称　医療法人　長良会（理事長　長良 英明）</p>
<p>所 在 地　岐阜県岐阜市長良福光2丁目11番地3 別棟2階</p>
<p>施 設 名　{FAC}</p>
<p>施設番号　FC4210088{KASO}</p>
<p>処分内容　法第48条第2項に基づく改善命令</p>
<p>第２　経緯</p>
<p>当該医療機関及び細胞培養加工施設は、合併前は医療法人社団 金華会が開設し、又は設置していたものである。令和7年10月に実施した立入検査において、合併に伴う提供計画及び細胞培養加工施設の届出事項の変更の手続が行われないまま再生医療等の提供及び特定細胞加工物の製造が続けられていたこと、並びに製造記録の一部が作成されていなかったことが確認された。</p>
"""),
     [N("improvement_order", "東海北陸厚生局", "2026-01-23", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "岐阜県岐阜市", "岐阜県岐阜市長良福光2丁目11番地3", "医療法人 長良会", [PL1, PL2]),
         S("医療法人 長良会", "operator"),
         S(FAC, "cell_processing_facility", "岐阜県岐阜市", "岐阜県岐阜市長良福光2丁目11番地3 別棟2階",
           "医療法人 長良会", [], "FC4210088")],
        persons=[P("各務 奈緒子", "管理者", CL), P("長良 英明", "理事長", "医療法人 長良会")],
        plans=[PL1, PL2])])

# ---------------------------------------------------------------- m15
FAC = "ステラ細胞加工センター大宮"
page("m15_mhlw_manufacturing_stop_henkomae_setchisha.html",
     "MHLW emergency order, manufacturing stop only (法第47条), to a facility of a 合同会社 written 「Xが設置する「Y」」; the place parenthesis holds the place without prefecture (さいたま市大宮区), the 施設番号 and a rename 「令和7年5月1日に旧名称「Z」から名称を変更」; the clinic that reported is context only, and the page says it is not covered; title 緊急命令（製造の一時停止）; 法第18条 and 施行規則第107条 reports not articles",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令（製造の一時停止）について", "令和7年8月8日", f"""
<p>厚生労働大臣は、本日、合同会社ステラバイオが設置する「{FAC}」（さいたま市大宮区。施設番号：FA3110461{KASO}。令和7年5月1日に旧名称「大宮セルラボ」から名称を変更）に対し、{LAW}第47条に基づき、特定細胞加工物の製造の一時停止を命じましたのでお知らせいたします。</p>
<h2>【経緯】</h2>
<p>令和7年8月5日、同センターから特定細胞加工物の提供を受けていた医療機関（医療法人 桜環会 おおみや整形外科）から法第18条に基づく疾病等報告が、同センターから同法施行規則第107条に基づく重大事態報告が、それぞれなされました。</p>
<h2>【確認された事項】</h2>
<p>・無菌試験の結果が判明する前に特定細胞加工物を出荷していたこと</p>
<p>・保存検体から、投与を受けた者の血液から検出された菌と同一の菌が検出されたこと</p>
<p>なお、上記医療機関については、同センター以外で製造された特定細胞加工物を用いた再生医療等の提供を継続しているため、本命令の対象としていません。</p>
""", "2025年8月", ["室長　鬼頭", "専門官　神保"]),
     [N("emergency_order", "厚生労働省", "2025-08-08", ["法第47条"],
        [S(FAC, "cell_processing_facility", "さいたま市大宮区", None, "合同会社ステラバイオ", [], "FA3110461"),
         S("合同会社ステラバイオ", "operator")],
        renames=[R("大宮セルラボ", FAC, "2025-05-01")])])

# ---------------------------------------------------------------- m16
HOKKAIDO = "北海道厚生局"
H16 = "特定細胞加工物製造事業者に対する業務停止命令について"
FAC = "オホーツクセルテック 旭川細胞培養所"
page("m16_hokkaido_suspension_kind_in_header_shogo.html",
     "北海道 suspension order (業務の全部の停止, 法第49条) whose kind-bearing heading (…業務停止命令について) sits inside `<header>`, with a generic `<title>` (お知らせ); 【label】value rows (【事業者】【代表者】【施設名】【施設番号】【所在地】【停止の期間】【理由】); operator renamed 「株式会社X（令和6年4月1日付けで株式会社Yから商号変更）」; 代表取締役 in a 【代表者】 row; period dates and an earlier 法第48条第2項 order are not issued_on / articles",
     f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>お知らせ｜{HOKKAIDO}</title></head>
<body>
<header><div class="site-name">{HOKKAIDO}</div><nav><a href="/">ホーム</a> <a href="/news/">新着情報</a></nav>
<div class="page-title"><p class="date">令和8年2月6日</p><h1>{H16}</h1></div></header>
<div class="breadcrumb">{HOKKAIDO} &gt; 新着情報 &gt; お知らせ</div>
<main>
<p class="test-note">{FICTION}</p>
<p>北海道厚生局長は、本日、下記の特定細胞加工物製造事業者に対し、再生医療等の安全性の確保等に関する法律第49条の規定に基づき、期間を定めて特定細胞加工物の製造の業務の全部を停止するよう命じました。</p>
<p>【事業者】株式会社オホーツクセルテック（令和6年4月1日付けで株式会社北見バイオラボから商号変更）</p>
<p>【代表者】代表取締役　網走 拓海</p>
<p>【施設名】{FAC}</p>
<p>【施設番号】FA1010027{KASO}</p>
<p>【所在地】北海道旭川市宮下通8丁目3番1号 宮下ビル4階</p>
<p>【停止の期間】令和8年2月16日から令和8年3月15日まで</p>
<p>【理由】令和7年9月に受けた法第48条第2項に基づく命令に係る改善計画を履行せず、無菌操作区域の環境モニタリングを実施しないまま製造を継続していたため。</p>
</main>
<footer><p>ページの先頭へ戻る</p></footer>
</body>
</html>
""",
     [N("suspension_order", "北海道厚生局", "2026-02-06", ["法第49条"],
        [S("株式会社オホーツクセルテック", "operator"),
         S(FAC, "cell_processing_facility", "北海道旭川市", "北海道旭川市宮下通8丁目3番1号 宮下ビル4階",
           "株式会社オホーツクセルテック", [], "FA1010027")],
        persons=[P("網走 拓海", "代表取締役", "株式会社オホーツクセルテック")],
        renames=[R("株式会社北見バイオラボ", "株式会社オホーツクセルテック", "2024-04-01")])])

# ---------------------------------------------------------------- m17
CL = "おかやま再生医療クリニック"
FAC = "おかやま再生医療クリニック 培養室"
page("m17_chugoku_shikoku_clinic_and_facility_closed_table.html",
     "中国四国 closure page: a clinic (再生医療等提供機関) and its in-clinic facility closed the same day; the clinic in a horizontal `<table>` (医療機関の名称｜開設者｜所在地｜廃止日) with its former name on a second line of the name cell 「（旧名称：Y）」 (no date); the facility in a sentence with 施設番号 and 設置者 inside its parenthesis and no address of its own; 一般社団法人 operator",
     bureau("中国四国厚生局", "再生医療等提供機関等の廃止について", "令和7年12月26日", f"""
<p>下記のとおり、再生医療等提供機関及び細胞培養加工施設の廃止の届出がありました。</p>
<table class="list">
<tr><th>医療機関の名称</th><th>開設者</th><th>所在地</th><th>廃止日</th></tr>
<tr><td>{CL}<br>（旧名称：岡山駅前幹細胞クリニック）</td><td>一般社団法人 吉備医療会</td><td>岡山県岡山市北区駅元町15番1号 駅元ビル3階</td><td>令和7年12月1日</td></tr>
</table>
<p>併せて、同クリニック内に設置されていた細胞培養加工施設「{FAC}」（施設番号 FC6330120{KASO}。設置者 一般社団法人 吉備医療会）についても、令和7年12月1日付けで廃止した旨の届出がありました。</p>
"""),
     [N("closure_filing", "中国四国厚生局", "2025-12-26", [],
        [S(CL, "clinic", "岡山県岡山市北区", "岡山県岡山市北区駅元町15番1号 駅元ビル3階", "一般社団法人 吉備医療会"),
         S("一般社団法人 吉備医療会", "operator"),
         S(FAC, "cell_processing_facility", None, None, "一般社団法人 吉備医療会", [], "FC6330120")],
        renames=[R("岡山駅前幹細胞クリニック", CL, None)],
        closures=[C(CL, "2025-12-01"), C(FAC, "2025-12-01")])])

# ---------------------------------------------------------------- m18
PL1 = "自己脂肪由来間葉系幹細胞を用いた関節リウマチの治療"
CL = "医療法人 瑞穂会 みずほ台ペインクリニック"
FAC = "株式会社瑞穂セルテクノ 富士見培養所"
page("m18_mhlw_emergency_addendum_facility_closed.html",
     "MHLW emergency order (法第22条 and 法第47条) to a clinic and an outside facility of a 株式会社 (both in 埼玉県富士見市), in the 2024 release layout (報告された事案 per party); 【追記】 headed by its own posting date （令和8年2月10日掲載） reporting that the facility (not the clinic) was closed: filed 令和8年2月6日付けで (the part's issued_on), closed 令和8年1月31日をもって (the closure date)",
     mhlw(T_E, "令和7年12月19日", f"""
<p>令和7年12月17日、「{CL}」（埼玉県富士見市）から、{LAW}第18条に基づく疾病等報告が、「{FAC}」（埼玉県富士見市）から、同法施行規則（平成26年厚生労働省令第110号）第107条に基づく重大事態報告が、それぞれなされました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条及び法第47条に基づき、再生医療等の提供及び当該特定細胞加工物の製造の一時停止を命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>「{CL}」</p>
<p>投与を受けた者2名に発熱及び意識障害が生じ、入院治療を要した。</p>
<p>「{FAC}」</p>
<p>当該特定細胞加工物の参考品の無菌試験で陽性が確認された。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL1}」</p>
<h2>【追記】（令和8年2月10日掲載）</h2>
<p>株式会社瑞穂セルテクノから、令和8年2月6日付けで、「{FAC}」を令和8年1月31日をもって廃止した旨の届出がありました。</p>
""", "2025年12月", ["室長　九条", "専門官　日向"]),
     [N("emergency_order", "厚生労働省", "2025-12-19", ["法第22条", "法第47条"],
        [S(CL, "clinic", "埼玉県富士見市", None, "医療法人 瑞穂会", [PL1]),
         S("医療法人 瑞穂会", "operator"),
         S(FAC, "cell_processing_facility", "埼玉県富士見市", None, "株式会社瑞穂セルテクノ"),
         S("株式会社瑞穂セルテクノ", "operator")],
        plans=[PL1]),
      N("closure_filing", "厚生労働省", "2026-02-06", [],
        [S(FAC, "cell_processing_facility", "埼玉県富士見市", None, "株式会社瑞穂セルテクノ")],
        closures=[C(FAC, "2026-01-31")], part="closure")])

# ---------------------------------------------------------------- m19
PL1 = "自己脂肪由来幹細胞による慢性疼痛の治療"
CL = "医療法人 出羽会 あきた川反クリニック"
FAC = "あきた川反クリニック 細胞加工室"
page("m19_tohoku_fullwidth_colon_mixed_digits_ni.html",
     "東北 improvement order (法第23条第1項 and 法第48条第2項) with 第１／第２／第３ and １．２． entries in full-width-colon rows (氏名：… 所在地：… 計画名：… 根拠条文：…; 名称：…（理事長：…） 所在地：… 施設名：… 施設番号：…); a manager's name without a space; mixed-width address (大町５丁目3-28 … ２階 / ３階); rename in a ※ line under the clinic: 「令和6年１０月１日、名称を「Y」から「X」に変更」 (date in front, mixed-width digits, に); 法第18条 mentioned as a finding only",
     bureau("東北厚生局", "再生医療等提供機関及び細胞培養加工施設に対する改善命令について", "令和8年3月10日", f"""
<p>東北厚生局長は、本日付けで、下記の者に対し、再生医療等の安全性の確保等に関する法律（以下「法」という。）に基づく改善命令を行いました。</p>
<p>第１　被処分者</p>
<p>１．再生医療等提供機関</p>
<p>　氏名：大曲綾乃（{CL} 管理者）</p>
<p>　所在地：秋田県秋田市大町５丁目3-28 川反メディカルビル２階</p>
<p>　計画名：「{PL1}」</p>
<p>　根拠条文：法第23条第1項</p>
<p>　※ 同医療機関は、令和6年１０月１日、名称を「川反ペインクリニック」から「あきた川反クリニック」に変更している。</p>
<p>２．細胞培養加工施設</p>
<p>　名称：医療法人 出羽会（理事長：男鹿 重信）</p>
<p>　所在地：秋田県秋田市大町５丁目3-28 川反メディカルビル３階</p>
<p>　施設名：{FAC}</p>
<p>　施設番号：FC2050044{KASO}</p>
<p>　根拠条文：法第48条第2項</p>
<p>第２　命令の内容</p>
<p>（１）提供機関の管理者は、疾病等の発生時の報告の手順を定め、従業者に周知すること。</p>
<p>（２）製造事業者は、細胞加工室の衛生管理及び製造記録の作成の手順を整備すること。</p>
<p>第３　経緯</p>
<p>令和8年1月、当局が立入検査を行ったところ、投与後の発熱等の疾病等が法第18条に基づき報告されていなかったこと、及び細胞加工室において製造記録が作成されていなかったことが確認された。</p>
"""),
     [N("improvement_order", "東北厚生局", "2026-03-10", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "秋田県秋田市", "秋田県秋田市大町５丁目3-28 川反メディカルビル２階",
           "医療法人 出羽会", [PL1]),
         S("医療法人 出羽会", "operator"),
         S(FAC, "cell_processing_facility", "秋田県秋田市", "秋田県秋田市大町５丁目3-28 川反メディカルビル３階",
           "医療法人 出羽会", [], "FC2050044")],
        persons=[P("大曲綾乃", "管理者", CL), P("男鹿 重信", "理事長", "医療法人 出羽会")],
        plans=[PL1],
        renames=[R("川反ペインクリニック", "あきた川反クリニック", "2024-10-01")])])

# ---------------------------------------------------------------- m20
page("m20_mhlw_other_statistics_release.html",
     "MHLW press release that is not a notice: statistics of filed plans, counts of orders (緊急命令／改善命令), closures (廃止) and discontinuations (中止), and a pointer to an earlier emergency-order release naming m01's clinic with its date; contact staff in 【照会先】",
     mhlw("再生医療等の提供状況（令和７年４月～１２月）の公表について", "令和８年１月１６日", """
<p>厚生労働省では、再生医療等の安全性の確保等に関する法律に基づき提出された再生医療等提供計画の件数等を取りまとめましたので、公表いたします。</p>
<h2>1．提出されている再生医療等提供計画の件数（令和７年１２月末時点）</h2>
<table class="list">
<tr><th>区分</th><th>治療</th><th>研究</th></tr>
<tr><td>第一種再生医療等</td><td>１８件</td><td>４２件</td></tr>
<tr><td>第二種再生医療等</td><td>１，０４１件</td><td>１０３件</td></tr>
<tr><td>第三種再生医療等</td><td>４，８７０件</td><td>６１件</td></tr>
</table>
<h2>2．法に基づく命令</h2>
<p>令和７年４月から１２月までに厚生労働大臣及び地方厚生局長が行った命令は、緊急命令３件、改善命令６件でした。個別の事案については、各報道発表資料をご覧ください（例：令和７年１０月１７日「再生医療等の安全性の確保等に関する法律に基づく緊急命令について」（医療法人社団 柊光会 ひいらぎ銀座クリニック））。</p>
<h2>3．廃止及び中止の届出</h2>
<p>同じ期間に、再生医療等提供機関の廃止の届出が１２件、細胞培養加工施設の廃止の届出が５件、再生医療等提供計画の中止の届出が８７件ありました。</p>
<p>（参考）提出された提供計画の一覧は、e-再生医療のウェブサイトで公表しています。</p>
""", "2026年1月", ["室長補佐　篠宮", "専門官　久世"]),
     [], what="other")

# ---------------------------------------------------------------- m21
page("m21_kantoshinetsu_other_briefing_session.html",
     "関東信越 announcement that is not a notice: a briefing session (説明会) with a date and 曜日, a venue address with 丁目/番/号 and building, topics naming 中止／廃止の届出 and 改善命令, and a speaker 「講師：X 氏（医療法人 Y Zクリニック 院長）」 (a person with a clinic, no notice)",
     bureau("関東信越厚生局", "再生医療等安全性確保法に関する説明会の開催について", "令和8年1月20日", """
<p>再生医療等を提供する医療機関及び細胞培養加工施設の関係者を対象に、下記のとおり説明会を開催します。</p>
<p>記</p>
<p>１　日時　令和8年2月18日（水）14時00分～16時30分</p>
<p>２　会場　長野県長野市中御所3丁目9番1号 ながの市民会館2階 大会議室</p>
<p>３　内容</p>
<p>（１）提供計画の変更及び中止並びに再生医療等提供機関の廃止の届出の手続</p>
<p>（２）最近の改善命令等の事例から見た留意点</p>
<p>（３）事例発表「院内細胞培養加工施設の品質管理」　講師：戸隠 宏 氏（医療法人 善光会 ながの再生クリニック 院長）</p>
<p>４　申込方法　令和8年2月10日（火）までに、所定の申込書を電子メールで送付してください。</p>
<p>５　定員　80名（先着順）</p>
""", section="健康福祉部 医事課 お知らせ"),
     [], what="other")

# ---------------------------------------------------------------- m22
page("m22_kyushu_other_public_advisory.html",
     "九州 advisory to patients that is not a notice: what to check before treatment, and one sentence recalling an improvement order of 令和7年12月12日 against m04's second clinic (「当局は、…改善命令を行いました」) as history, pointing to that notice",
     bureau("九州厚生局", "再生医療等を受けようとする皆様へ", "令和8年1月15日", """
<p>再生医療等は、法律に基づく手続を経て提供される必要があります。治療を受ける前に、次の点をご確認ください。</p>
<ul>
<li>医療機関が再生医療等提供計画を提出しているか（e-再生医療で確認できます）</li>
<li>説明文書を受け取り、費用、効果及びリスクについて十分な説明を受けたか</li>
<li>投与後に体調の変化があった場合の連絡先を知らされているか</li>
</ul>
<p>当局は、令和7年12月12日、説明文書に記載のない費用の徴収等が確認された医療機関（ひのくに美容皮膚科クリニックほか1機関）の管理者に対し、改善命令を行いました（詳細は、同日付けのお知らせをご覧ください）。</p>
<p>ご不明な点は、九州厚生局 健康福祉部 医事課までお問い合わせください。</p>
"""),
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
