#!/usr/bin/env python3
"""Seventh held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout7/make_heldout7.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout6's generator was read only as the model of
a held-out set's layout).
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


def mhlw(title, date, body, month, contact, published=None):
    """MHLW press release: breadcrumb, date line, 【照会先】, 報道関係者各位, title, body."""
    pub = f'<p class="m-pubDate">公開日：{published}</p>' if published else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}｜厚生労働省</title>
</head>
<body>
<div id="header"><p class="siteName">厚生労働省</p>
<ul class="globalNav"><li>ホーム</li><li>テーマ別に探す</li><li>報道・広報</li><li>政策について</li><li>厚生労働省について</li><li>統計情報・白書</li><li>所管の法令等</li></ul></div>
<div class="breadcrumb"><p><a>ホーム</a> &gt; <a>報道・広報</a> &gt; <a>報道発表資料</a> &gt; <a>{month}</a> &gt; {title}</p></div>
<div id="content">
<p class="fiction">{FICTION}</p>
<div class="l-pressRelease">
<p class="date">{date}</p>
<div class="contact">
<p>【照会先】</p>
<p>{contact}</p>
</div>
<p class="addressee">報道関係者各位</p>
<h1 class="title">{title}</h1>
<div class="body">
{body}
</div>
</div>
{pub}
<p class="pageTop">ページの先頭へ戻る</p>
</div>
<div id="footer"><p>厚生労働省（テスト用の架空の連絡先）</p></div>
</body>
</html>
"""


def bureau(org, title, date, body, crumbs=("業務内容", "医事", "再生医療等"), date_pos="top",
           title_tag=None, top=None):
    """A regional bureau page. date_pos: top (under the heading), right (above it),
    bottom (with the bureau's name after the body)."""
    top = top or org
    trail = " &gt; ".join([f"<a>{top}</a>", *[f"<a>{c}</a>" for c in crumbs], title])
    above = f'<p class="txt_right">{date}</p>' if date_pos == "right" else ""
    below = f'<p class="date">{date}</p>' if date_pos == "top" else ""
    after = f'<p class="txt_right">{date}<br>{org}</p>' if date_pos == "bottom" else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title_tag or title}｜{org}</title>
</head>
<body>
<div id="header"><p class="logo">厚生労働省 {org}</p>
<ul class="gnav"><li>ホーム</li><li>組織案内</li><li>業務内容</li><li>申請・届出</li><li>報道発表</li></ul></div>
<div id="pankuzu">{trail}</div>
<div id="main">
<p class="fiction">{FICTION}</p>
{above}
<h1>{title}</h1>
{below}
<div class="box_text">
{body}
</div>
{after}
</div>
<div id="footer"><p>{org}（テスト用の架空の連絡先）</p><p>Copyright (C) {org} All Rights Reserved.</p></div>
</body>
</html>
"""


LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"
LAW_FW = "再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）"

# ====================================================================== r01
CL = "はるかぜ再生医療クリニック"
OP = "医療法人社団 藍泉会"
FAC = "コスモセルテック株式会社 細胞加工センター大阪"
FOP = "コスモセルテック株式会社"
PL = "自己脂肪由来間葉系幹細胞を用いた皮膚の老化に対する治療"
page("r01_mhlw_emergency_gen_paren_kaisetsu_houjin_dl_postal.html",
     "MHLW emergency order (法第22条 and 法第47条) to a clinic and an outside facility; the clinic first named by its old name with the new one in the party parenthesis 「Y（現：X）」 (no date), then by the new name; the facility's operator with the legal form after the name (コスモセルテック株式会社); the operator 開設法人： and the 設置者： with （理事長 …）／（代表取締役 …） only in a 【参考】 definition list; addresses with 〒 postal codes (not part of the address), 四丁目８番１７号 and 一丁目２３番地の５; the 実施責任者 named in a parenthesised sentence with 医師 beside the 管理者; full-width digits; 法第18条 and 施行規則第107条 reports not articles",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について", "令和７年１１月２８日", f"""
<p>　令和７年１１月２６日、「はるかぜ美容クリニック（現：{CL}）」（大阪府大阪市北区）から、{LAW_FW}第１８条に基づく疾病等報告が、また、翌２７日、同院に特定細胞加工物を提供していた「{FAC}」（大阪府吹田市）から、同法施行規則第１０７条に基づく重大事態報告がなされました。</p>
<p>　保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、同院の管理者 春日 冬彦 医師に対し法第２２条に基づき再生医療等の提供の一時停止を、同センターに対し法第４７条に基づき特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>「{CL}」<br>　当該再生医療等を受けた者のうち２名が、投与の翌日に発熱及び血圧低下を来し、入院した。</p>
<p>「{FAC}」<br>　当該２名に投与された特定細胞加工物と同一ロットの参考品から細菌が検出された。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>　「{PL}」</p>
<p>　（同計画の実施責任者である桐生 彩 医師に対しても、当該再生医療等を受けた者への連絡を指示しています。）</p>
<h2>【参考】</h2>
<dl class="m-dl">
<dt>医療機関</dt>
<dd>{CL}<br>開設法人：{OP}（理事長 鷺沼 千景）<br>所在地：〒530-0047 大阪府大阪市北区西天満四丁目８番１７号 西天満ＡＸビル６階</dd>
<dt>細胞培養加工施設</dt>
<dd>{FAC}（施設番号 FA5270207{KASO}）<br>設置者：{FOP}（代表取締役 真砂 慶一）<br>所在地：〒564-0063 大阪府吹田市江坂町一丁目２３番地の５</dd>
</dl>
""", "2025年11月", "医政局研究開発政策課 再生医療等研究推進室<br>室長　仁淀<br>専門官　四万十<br>（代表電話）03(5253)1111（内線 4051）"),
     [N("emergency_order", "厚生労働省", "2025-11-28", ["法第22条", "法第47条"],
        [S(CL, "clinic", "大阪府大阪市北区", "大阪府大阪市北区西天満四丁目８番１７号 西天満ＡＸビル６階", OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "大阪府吹田市", "大阪府吹田市江坂町一丁目２３番地の５", FOP, [], "FA5270207"),
         S(FOP, "operator")],
        persons=[P("春日 冬彦", "管理者", CL), P("桐生 彩", "実施責任者", CL),
                 P("鷺沼 千景", "理事長", OP), P("真砂 慶一", "代表取締役", FOP)],
        plans=[PL],
        renames=[R("はるかぜ美容クリニック", CL, None)])])

# ====================================================================== r02
CL1 = "さいたま新都心ペインクリニック"
OP1 = "医療法人財団 欅径会"
CL2 = "ちば幕張再生クリニック"
OP2 = "一般社団法人 幕張先端医療推進機構"
PL1 = "自己多血小板血漿を用いた変形性膝関節症の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた慢性腰痛の治療"
PL3 = "自己脂肪由来間葉系幹細胞を用いた肩関節周囲炎の治療"
page("r02_kantoshinetsu_table_kyumeisho_column_gannen_weekday.html",
     "関東信越 improvement order (法第23条第1項) to the managers of two clinics of two corporations in one th/td table with a 旧名称 column (名称｜旧名称｜開設者｜管理者｜所在地｜計画名): the rename only there, 「Y<br>（令和元年１０月１日変更）」 (元年, full width), the other row 「－」; operators only in the 開設者 column (医療法人財団, 一般社団法人); a manager written with a U+3000 space; 〒 codes in the address cell before a <br>; two plans in one cell; date line right-aligned above the heading with a weekday （金）",
     bureau("関東信越厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年12月5日（金）", f"""
<p>関東信越厚生局長は、本日、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第23条第1項の規定に基づき、次の再生医療等提供機関の管理者に対し、改善命令を行いました。</p>
<table class="datatable">
<caption>改善命令の対象</caption>
<tr><th>No.</th><th>名称</th><th>旧名称</th><th>開設者</th><th>管理者</th><th>所在地</th><th>計画名</th></tr>
<tr><td>1</td><td>{CL1}</td><td>大宮けやき整形外科<br>（令和元年１０月１日変更）</td><td>{OP1}</td><td>与野　真琴</td><td>〒330-0081<br>埼玉県さいたま市中央区新都心１１番地２　新都心スクエアビル１５階</td><td>{PL1}</td></tr>
<tr><td>2</td><td>{CL2}</td><td>－</td><td>{OP2}</td><td>検見川 智</td><td>〒261-0023<br>千葉県千葉市美浜区中瀬二丁目６番地１　幕張ベイテラス３Ｆ</td><td>{PL2}<br>{PL3}</td></tr>
</table>
<h2>改善命令の内容</h2>
<ol>
<li>再生医療等を受ける者に対する説明及び同意の取得を、提供計画に記載した説明文書により行うこと。</li>
<li>細胞の採取及び投与に関する記録を、提供計画に定める項目に従って作成し、保存すること。</li>
<li>上記1及び2の措置を講じた結果を、令和8年1月9日までに当局に報告すること。</li>
</ol>
<h2>経緯</h2>
<p>当局が令和7年9月から10月にかけて両機関に対して実施した立入検査において、提供計画に記載のない説明文書を用いて同意を取得していた事例、及び細胞の投与記録に必要な事項が記載されていない事例が確認された。</p>
""", date_pos="right"),
     [N("improvement_order", "関東信越厚生局", "2025-12-05", ["法第23条第1項"],
        [S(CL1, "clinic", "埼玉県さいたま市中央区", "埼玉県さいたま市中央区新都心１１番地２ 新都心スクエアビル１５階", OP1, [PL1]),
         S(OP1, "operator"),
         S(CL2, "clinic", "千葉県千葉市美浜区", "千葉県千葉市美浜区中瀬二丁目６番地１ 幕張ベイテラス３Ｆ", OP2, [PL2, PL3]),
         S(OP2, "operator")],
        persons=[P("与野 真琴", "管理者", CL1), P("検見川 智", "管理者", CL2)],
        plans=[PL1, PL2, PL3],
        renames=[R("大宮けやき整形外科", CL1, "2019-10-01")])])

# ====================================================================== r03
FAC = "からすまセルファクトリー"
OP = "(株)ラクチュウ・バイオ"
page("r03_kinki_facility_meisho_henko_rireki_chain_kyoto_date_bottom.html",
     "近畿 improvement order to a licensed facility (法第48条第2項) in a th/td table with a 名称変更履歴 column: a chain of two renames written 「Y」→「X」 with dates (the first line, a 平成29年 licence under the first name, is not a rename); (株) with half-width parentheses, the 代表取締役 in a parenthesis in the lead; a Kyoto street address (烏丸通姉小路下る場之町…番地) printed without the prefecture; the date and the bureau's name at the bottom of the page, mixed-width digits",
     bureau("近畿厚生局", "細胞培養加工施設の設置者に対する改善命令について", "令和８年1月30日", f"""
<p>近畿厚生局長は、{OP}（代表取締役 堀川 透）が設置する下記の細胞培養加工施設について、再生医療等の安全性の確保等に関する法律第４８条第２項に基づき、改善命令を行いました。</p>
<table class="tbl">
<tr><th>施設名</th><th>施設番号</th><th>設置者</th><th>名称変更履歴</th><th>所在地</th></tr>
<tr><td>{FAC}</td><td>FA5260143{KASO}</td><td>{OP}</td><td>平成29年4月　「洛中セルプロセシング室」として許可取得<br>令和2年4月1日　「洛中セルプロセシング室」→「京都からすま細胞培養センター」<br>令和6年8月1日　「京都からすま細胞培養センター」→「{FAC}」</td><td>京都市中京区烏丸通姉小路下る場之町６０２番地　からすまＫＳビル４階</td></tr>
</table>
<h2>命令の内容</h2>
<p>（１）無菌操作区域の環境モニタリングの結果が基準を超えた場合の措置手順を定め、これに従って逸脱の処理を行うこと。<br>（２）原料の受入試験の項目及び判定基準を定めること。<br>（３）以上の措置の結果を令和８年２月２７日までに報告すること。</p>
<h2>経緯</h2>
<p>当局が令和７年１１月に当該施設に立ち入ったところ、環境モニタリングにおいて浮遊菌数が基準を超えた記録が複数あるにもかかわらず逸脱として処理されていなかったこと、及び原料の受入試験が行われていなかったことが確認された。</p>
""", date_pos="bottom"),
     [N("improvement_order", "近畿厚生局", "2026-01-30", ["法第48条第2項"],
        [S(FAC, "cell_processing_facility", "京都市中京区", "京都市中京区烏丸通姉小路下る場之町６０２番地 からすまＫＳビル４階",
           OP, [], "FA5260143"),
         S(OP, "operator")],
        persons=[P("堀川 透", "代表取締役", OP)],
        renames=[R("洛中セルプロセシング室", "京都からすま細胞培養センター", "2020-04-01"),
                 R("京都からすま細胞培養センター", FAC, "2024-08-01")])])

# ====================================================================== r04
CL = "もりおか幹細胞クリニック"
PL = "自己脂肪由来幹細胞を用いた変形性膝関節症の治療"
page("r04_tohoku_dl_individual_kaisetsusha_same_manager_footnote_seireki.html",
     "東北 improvement order (法第23条第1項) in a <dl>: a clinic opened by an individual doctor (開設者 紫波 恭一郎（個人開設）, no operator) who is also its 管理者 (one person, two titles, U+3000 spaces); the rename only in a ※ footnote with a Western date (2024年7月1日に「Y」から名称を変更); ※ mark after the name; 三丁目２番地の８ with a building; the class of the plan in its own row",
     bureau("東北厚生局", "再生医療等提供機関に対する改善命令について", "令和8年2月10日", f"""
<p>東北厚生局長は、令和8年2月10日付けで、再生医療等の安全性の確保等に関する法律第23条第1項に基づき、下記の再生医療等提供機関の管理者に対し、改善命令を発出しました。</p>
<dl class="meirei">
<dt>医療機関の名称</dt><dd>{CL}※</dd>
<dt>開設者</dt><dd>紫波　恭一郎（個人開設）</dd>
<dt>管理者</dt><dd>紫波　恭一郎（開設者が管理者を兼ねる）</dd>
<dt>所在地</dt><dd>岩手県盛岡市大通三丁目２番地の８　ＭＯビル２階</dd>
<dt>対象となる再生医療等提供計画</dt><dd>{PL}</dd>
<dt>再生医療等の区分</dt><dd>第二種再生医療等</dd>
</dl>
<h2>命令の内容</h2>
<p>１　脂肪組織の採取を、提供計画に記載された医師以外の者に行わせないこと。<br>２　認定再生医療等委員会への定期報告を、期限までに行うこと。<br>３　令和8年3月13日までに改善の状況を報告すること。</p>
<h2>理由</h2>
<p>令和7年12月に実施した立入検査において、計画に記載されていない医師が脂肪組織を採取していたこと、及び令和6年度の定期報告が行われていなかったことが確認されたため。</p>
<p class="note">※　当該医療機関は、2024年7月1日に「盛岡大通り美容皮膚科」から名称を変更している。</p>
""", crumbs=("健康福祉部", "医事課", "再生医療")),
     [N("improvement_order", "東北厚生局", "2026-02-10", ["法第23条第1項"],
        [S(CL, "clinic", "岩手県盛岡市", "岩手県盛岡市大通三丁目２番地の８ ＭＯビル２階", None, [PL])],
        persons=[P("紫波 恭一郎", "開設者", CL), P("紫波 恭一郎", "管理者", CL)],
        plans=[PL],
        renames=[R("盛岡大通り美容皮膚科", CL, "2024-07-01")])])

# ====================================================================== r05
OP = "社会医療法人 玄海清和会"
CL1 = "社会医療法人 玄海清和会 はかた再生医療センター"
CL2 = "くまもと関節クリニック"
FAC = "はかた再生医療センター 細胞培養室"
PL1 = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"
PL2 = "自己多血小板血漿を用いた膝関節の軟骨損傷の治療"
page("r05_kyushu_three_orders_keii_gannen_tsuke_same_jisshi_two_clinics.html",
     "九州 improvement orders on one page: 法第23条第1項 to two clinics' managers and 法第48条第2項 to a 社会医療法人 for its in-clinic facility, in numbered entries with spaced labels (氏　　名 / （…管理者） / 所 在 地 / 計 画 名 / 処分内容; 名　　称 / （理事長：…） / 施 設 名 with the facility number in a parenthesis); the second clinic's rename only in the 経緯 paragraph (令和元年5月7日付けで「Y」から名称を変更: 元年, 付け) and its operator only there (開設者が…に変更された); one 実施責任者 named for both clinics in a sentence with 医師; one plan shared, one per clinic; full-width hyphens (六丁目２３－９)",
     bureau("九州厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和8年3月19日", f"""
<p>九州厚生局長は、本日、下記のとおり、{LAW}に基づき、再生医療等提供機関2機関及び細胞培養加工施設1施設に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第1　被処分者等</p>
<div class="entry">
<p>１　氏　　名　香椎 遼</p>
<p>　　　　　　（{CL1} 管理者）</p>
<p>　　所 在 地　福岡県福岡市博多区博多駅東二丁目１７番５号</p>
<p>　　計 画 名　{PL1}</p>
<p>　　処分内容　法第23条第1項による改善命令</p>
</div>
<div class="entry">
<p>２　氏　　名　水前寺 葵</p>
<p>　　　　　　（{CL2}管理者）</p>
<p>　　所 在 地　熊本県熊本市中央区水前寺六丁目２３－９</p>
<p>　　計 画 名　{PL1}<br>　　　　　　　{PL2}</p>
<p>　　処分内容　法第23条第1項による改善命令</p>
</div>
<div class="entry">
<p>３　名　　称　{OP}</p>
<p>　　　　　　（理事長：香椎 良平）</p>
<p>　　所 在 地　福岡県福岡市博多区博多駅東二丁目１７番５号</p>
<p>　　施 設 名　{FAC}（施設番号 FC7400311{KASO}）</p>
<p>　　処分内容　法第48条第2項による改善命令</p>
</div>
<p>第2　経緯</p>
<p>　{CL2}は、令和元年5月7日付けで「水前寺整形外科医院」から名称を変更し、令和2年4月、開設者が{OP}に変更された。同院は、{FAC}で加工された細胞を用いて再生医療等を提供している。</p>
<p>　令和7年12月、当局が両院及び同室に対して立入検査を行ったところ、両院の計画の実施責任者である博多 一誠 医師の指示により、同室で培養された細胞が出荷判定を経ずに両院に搬送され、投与されていたことが確認された。</p>
<p>第3　命令の内容</p>
<p>　出荷判定の手順の遵守、及び令和8年4月17日までの改善状況の報告。</p>
""", crumbs=("健康福祉部", "医事課", "再生医療等の安全性の確保")),
     [N("improvement_order", "九州厚生局", "2026-03-19", ["法第23条第1項", "法第48条第2項"],
        [S(CL1, "clinic", "福岡県福岡市博多区", "福岡県福岡市博多区博多駅東二丁目１７番５号", OP, [PL1]),
         S(CL2, "clinic", "熊本県熊本市中央区", "熊本県熊本市中央区水前寺六丁目２３－９", OP, [PL1, PL2]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "福岡県福岡市博多区", "福岡県福岡市博多区博多駅東二丁目１７番５号",
           OP, [], "FC7400311")],
        persons=[P("香椎 遼", "管理者", CL1), P("水前寺 葵", "管理者", CL2), P("香椎 良平", "理事長", OP),
                 P("博多 一誠", "実施責任者", CL1), P("博多 一誠", "実施責任者", CL2)],
        plans=[PL1, PL2],
        renames=[R("水前寺整形外科医院", CL2, "2019-05-07")])])

# ====================================================================== r06
FAC = "やまと細胞加工センター橿原"
OP = "（株）ヤマトセルサイエンス"
page("r06_mhlw_facility_improvement_houjinmei_row_henkoumae_shogo_seireki_fw.html",
     "MHLW improvement order to a facility (法第48条第2項) in a th/td key-value table: 法人名 row with （株）, a 変更前の商号 row 「株式会社Y（２０２５年４月１日商号変更）」 (Western date in full width, new name not in the phrase), 代表者 row 「代表取締役　X」; facility number row; 五丁目３番２７号; spaced date line 令和8年 2月 27日; 施行規則第107条 report not an article",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく改善命令について（細胞培養加工施設）", "令和8年 2月 27日", f"""
<p>厚生労働大臣は、本日、下記の細胞培養加工施設を設置する特定細胞加工物製造事業者に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第48条第2項に基づき、改善命令を行いました。</p>
<h2>１．対象</h2>
<table class="m-tableFlex">
<tr><th>法人名</th><td>{OP}</td></tr>
<tr><th>変更前の商号</th><td>株式会社あすかバイオロジクス（２０２５年４月１日商号変更）</td></tr>
<tr><th>代表者</th><td>代表取締役　橿原　悠斗</td></tr>
<tr><th>施設の名称</th><td>{FAC}</td></tr>
<tr><th>施設番号</th><td>FA5290118{KASO}</td></tr>
<tr><th>所在地</th><td>奈良県橿原市内膳町五丁目３番２７号</td></tr>
</table>
<h2>２．命令の内容</h2>
<ul>
<li>製品の出荷前に行う無菌試験の方法を定め、その結果を確認した上で出荷すること。</li>
<li>製造管理及び品質管理に関する年次の照査を実施すること。</li>
<li>令和8年3月27日までに改善計画を提出すること。</li>
</ul>
<h2>３．経緯</h2>
<p>令和7年12月、同施設から、施行規則第107条に基づき、製造した特定細胞加工物の参考品から真菌が検出された旨の報告がありました。その後の調査で、無菌試験の結果を待たずに出荷していた事例が確認されたことから、改善を命じたものです。</p>
""", "2026年2月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　那賀川（内線4103）<br>（代表電話）03-5253-1111"),
     [N("improvement_order", "厚生労働省", "2026-02-27", ["法第48条第2項"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "奈良県橿原市", "奈良県橿原市内膳町五丁目３番２７号", OP, [], "FA5290118")],
        persons=[P("橿原 悠斗", "代表取締役", OP)],
        renames=[R("株式会社あすかバイオロジクス", OP, "2025-04-01")])])

# ====================================================================== r07
OP = "一般社団法人 瀬戸内細胞医療機構"
FAC = "しまなみセルラボ尾道"
page("r07_chugoku_shikoku_suspension_ippan_shadan_houjin_meisho_henko.html",
     "中国四国 suspension order (法第49条, 製造の業務の停止 for 30 days; the period is not issued_on) to a 一般社団法人 whose rename is in the parenthesis after its name 「（令和６年１０月１日付け法人名称変更。旧法人名称：Y）」; 代表理事 on its own line with U+3000 spaces; the facility in 名　称：/施設番号：/所在地： lines; 東御所町１０番地の６; full-width digits; an earlier 法第48条第2項 order as history",
     bureau("中国四国厚生局", "特定細胞加工物製造事業者に対する業務停止命令について", "令和８年１月９日", f"""
<p>　中国四国厚生局長は、令和８年１月９日、下記の者に対し、再生医療等の安全性の確保等に関する法律第４９条の規定に基づき、特定細胞加工物の製造の業務の停止を命じました。</p>
<p>１　処分対象者</p>
<p>　{OP}（令和６年１０月１日付け法人名称変更。旧法人名称：一般社団法人 しまなみ再生医療研究会）</p>
<p>　代表理事　因島　尚子</p>
<p>２　対象施設</p>
<p>　名　称：{FAC}<br>　施設番号：FA6340052{KASO}<br>　所在地：広島県尾道市東御所町１０番地の６　尾道ポートビル２階</p>
<p>３　処分の内容</p>
<p>　令和８年１月１３日から令和８年２月１１日までの間（３０日間）、上記施設における特定細胞加工物の製造の業務を停止すること。</p>
<p>４　処分の理由</p>
<p>　同法人は、令和７年６月２０日付けで法第４８条第２項に基づく改善命令を受けたにもかかわらず、その後の立入検査においても、培養記録の不備及び無菌試験の未実施が改善されていないことが確認されたため。</p>
""", crumbs=("健康福祉部", "医事課", "報道発表資料")),
     [N("suspension_order", "中国四国厚生局", "2026-01-09", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "広島県尾道市", "広島県尾道市東御所町１０番地の６ 尾道ポートビル２階", OP, [], "FA6340052")],
        persons=[P("因島 尚子", "代表理事", OP)],
        renames=[R("一般社団法人 しまなみ再生医療研究会", OP, "2024-10-01")])])

# ====================================================================== r08
OP = "株式会社北斗バイオ研究所"
FAC = "北斗セルプロセッシングラボ札幌"
ADDR = "北海道札幌市中央区北3条西12丁目2番地1 北3条メディカルビル5F"
page("r08_hokkaido_revocation_yugen_soshiki_henko_jo_chome_doujou.html",
     "北海道 licence revocation (法第49条): the operator's organisational change from 有限会社 to 株式会社 in the parenthesis after its name (平成２８年１１月に有限会社Yから組織変更: year-month); a Hokkaido 条・丁目 address with 〒 on the operator's 所在地 line, the facility's own 所在地 written 「同上」; the 代表取締役 only in a 経緯 sentence with 氏; the 平成29年 licence as history; half-width digits",
     bureau("北海道厚生局", "特定細胞加工物の製造の許可の取消しについて", "令和8年3月2日", f"""
<p>北海道厚生局長は、令和8年3月2日、再生医療等の安全性の確保等に関する法律第49条の規定により、下記の特定細胞加工物製造事業者に対する特定細胞加工物の製造の許可を取り消しました。</p>
<h3>1 処分を受けた者</h3>
<p>{OP}（平成２８年１１月に有限会社北斗バイオ研究所から組織変更）</p>
<p>所在地：〒060-0003 北海道札幌市中央区北3条西12丁目2番地1　北3条メディカルビル5F</p>
<h3>2 許可を取り消した施設</h3>
<p>{FAC}（施設番号：FA1010422{KASO}、所在地：同上）</p>
<h3>3 経緯</h3>
<p>同社は、平成29年2月に当局から特定細胞加工物の製造の許可を受け、当該施設において製造を行ってきた。令和7年10月以降の立入検査において、許可の要件である清浄度管理区域の空調設備が撤去されたまま製造が続けられていたことが判明したため、同社の代表取締役である手稲 俊介 氏に対し聴聞を行った上で、許可を取り消すこととした。</p>
<h3>4 その他</h3>
<p>当該施設に特定細胞加工物の製造を委託していた医療機関に対しては、患者への説明等を依頼している。</p>
""", crumbs=("健康福祉部", "医事課", "お知らせ")),
     [N("licence_revocation", "北海道厚生局", "2026-03-02", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道札幌市中央区", ADDR, OP, [], "FA1010422")],
        persons=[P("手稲 俊介", "代表取締役", OP)],
        renames=[R("有限会社北斗バイオ研究所", OP, "2016-11")])])

# ====================================================================== r09
CL = "ぎふ長良川ステムセルクリニック"
OP = "医療法人社団 長良清流会"
PL = "自己血由来培養リンパ球を用いたがんの再発予防療法"
page("r09_tokai_hokuriku_merger_kaisetsusha_row_tono_copy.html",
     "東海北陸 improvement order (法第23条第1項): a th/td key-value table with a 開設者 row 「医療法人社団 X（理事長　Y）」 and a ※ note that X absorbed the former 開設者 医療法人 金華会 by merger (context: no subject, no rename); the manager only in the attached copy of the order, 「X<br>管理者　鵜飼　明彦　殿」; 字 and 番地の address; 「」-quoted plan in the table; the kind only as 改善を命じました / 命令書",
     bureau("東海北陸厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年10月17日", f"""
<p>東海北陸厚生局長は、令和7年10月17日、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づき、下記の再生医療等提供機関の管理者に対し、再生医療等の提供について改善を命じました。</p>
<table class="tbl_kv">
<tr><th>医療機関名</th><td>{CL}</td></tr>
<tr><th>開設者</th><td>{OP}（理事長　長良 剛史）<br>※令和７年４月１日、旧開設者である医療法人 金華会を吸収合併</td></tr>
<tr><th>所在地</th><td>岐阜県岐阜市長良福光字大野２５６５番地の１</td></tr>
<tr><th>計画の名称</th><td>「{PL}」</td></tr>
</table>
<h2>命令書（写し）</h2>
<div class="copy">
<p class="txt_right">東海北厚発1017第5号<br>令和7年10月17日</p>
<p>{CL}<br>管理者　鵜飼　明彦　殿</p>
<p class="txt_right">東海北陸厚生局長</p>
<p>　貴院における上記計画に係る再生医療等の提供について、令和7年8月に実施した立入検査の結果、細胞の培養を委託する細胞培養加工施設との契約が締結されていないこと、及び投与した細胞の記録が保存されていないことが認められたので、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づき、次の措置を講じるよう命ずる。</p>
<p>１　細胞培養加工施設との委託契約を締結し、提供計画の記載と一致させること。<br>２　投与した細胞の記録を作成し、保存すること。<br>３　令和7年11月21日までに改善の結果を報告すること。</p>
</div>
""", crumbs=("健康福祉部", "医事課")),
     [N("improvement_order", "東海北陸厚生局", "2025-10-17", ["法第23条第1項"],
        [S(CL, "clinic", "岐阜県岐阜市", "岐阜県岐阜市長良福光字大野２５６５番地の１", OP, [PL]),
         S(OP, "operator")],
        persons=[P("長良 剛史", "理事長", OP), P("鵜飼 明彦", "管理者", CL)],
        plans=[PL])])

# ====================================================================== r10
OP = "医療法人社団 白根会"
CL = "医療法人社団 白根会 くさつ温泉リハビリ再生クリニック"
FAC = "医療法人社団 白根会 くさつ温泉リハビリ再生クリニック 細胞培養室"
PL = "自己脂肪由来間葉系幹細胞を用いた脳梗塞後遺症の治療"
ADDR = "群馬県吾妻郡草津町大字草津字白根４６４番地の３"
page("r10_kantoshinetsu_rows_kyu_heisei_rijicho_is_manager_gun_oaza_aza.html",
     "関東信越 improvement orders (法第23条第1項 and 法第48条第2項) in the bureau's spaced-label rows one per line; the clinic's former name on its own line under the （…管理者） line: 「（旧：Y、平成31年３月１日名称変更）」 (平成, mixed width, new name not printed); the 理事長 of the operator is the clinic's manager (one person, two titles, two subjects); 郡 + 大字 + 字 + 番地の address for both entries; facility number in its own row; full-width digits",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和７年１２月２２日", f"""
<p>関東信越厚生局長は、本日、下記のとおり、{LAW_FW}に基づき、再生医療等提供機関及び細胞培養加工施設に対し、法第２３条第１項及び第４８条第２項に基づく改善命令を行いましたので、お知らせします。</p>
<p class="center">記</p>
<p>第１　被処分者等</p>
<p>氏　　名　碓氷 直哉</p>
<p>（{CL}管理者）</p>
<p>（旧：草津スポーツ整形クリニック、平成31年３月１日名称変更）</p>
<p>所 在 地　{ADDR}</p>
<p>計 画 名　{PL}</p>
<p>処分内容　再生医療等の安全性の確保等に関する法律第２３条第１項による改善命令</p>
<p>&nbsp;</p>
<p>名　　称　{OP}</p>
<p>（理事長：碓氷 直哉）</p>
<p>所 在 地　{ADDR}</p>
<p>施 設 名　{FAC}</p>
<p>施設番号　FC3100264{KASO}</p>
<p>処分内容　再生医療等の安全性の確保等に関する法律第４８条第２項による改善命令</p>
<p>第２　経緯</p>
<p>令和７年１０月、当局が同院及び同室に立入検査を行ったところ、細胞培養室の清浄度の確認が行われないまま細胞の培養が行われていたこと、及び脳梗塞後遺症の患者に対し、提供計画に定める適格基準を満たさない者にも投与していたことが確認された。</p>
<p>第３　命令の内容</p>
<p>（１）提供計画に定める適格基準に従って対象者を選定すること。<br>（２）細胞培養室の清浄度を定期的に確認し、記録すること。<br>（３）令和８年１月３０日までに改善計画を提出すること。</p>
""", crumbs=("健康福祉部", "医事課", "再生医療等の安全性の確保等に関する法律")),
     [N("improvement_order", "関東信越厚生局", "2025-12-22", ["法第23条第1項", "法第48条第2項"],
        [S(CL, "clinic", "群馬県吾妻郡草津町", ADDR, OP, [PL]),
         S(OP, "operator"),
         S(FAC, "cell_processing_facility", "群馬県吾妻郡草津町", ADDR, OP, [], "FC3100264")],
        persons=[P("碓氷 直哉", "管理者", CL), P("碓氷 直哉", "理事長", OP)],
        plans=[PL],
        renames=[R("草津スポーツ整形クリニック", CL, "2019-03-01")])])

# ====================================================================== r11
CL = "こうべ元町再生医療クリニック"
OLD = "元町ビューティーエイジングクリニック"
OP = "一般社団法人 六甲メディカルフォーラム"
page("r11_mhlw_emergency_violation_addendum_renamed_after_order.html",
     "MHLW emergency order (法第22条) with 法第4条第1項違反 after an inspection (法第24条第2項, not an article); the clinic addressed by the name it bore on the order date; a 【追記】 reports that it was renamed after the order (令和8年2月2日付けで名称を「X」に変更: rename after the order; subject named by the current name); operator in the sentence 「一般社団法人 X が開設する」 and in a 開設者： line with （代表理事 …）; the manager only as 「管理者（須磨 由紀子）」; U+2010 hyphen in 元町通３丁目１７‐６; unplanned treatment (no plan); a 公開日 line later than the date line",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について（再生医療等の提供の一時停止）", "令和8年1月16日", f"""
<p>令和8年1月14日、{OP}が開設する「{OLD}」（兵庫県神戸市中央区）に対し、{LAW}第24条第2項に基づく立入検査を行ったところ、下記の法律違反が確認されました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、同院の管理者（須磨 由紀子）に対し、法第22条に基づき、再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<h2>【確認された法律違反】</h2>
<p>「{OLD}」</p>
<p>・第一種再生医療等提供計画を提出せず、美容を目的として他人の臍帯血由来の細胞を用いた再生医療等を提供していたこと（法第4条第1項違反）</p>
<h2>【医療機関の概要】</h2>
<p>名称：{OLD}<br>所在地：兵庫県神戸市中央区元町通３丁目１７‐６　元町ＳＴビル４Ｆ<br>開設者：{OP}（代表理事 摩耶 圭吾）</p>
<h2>【追記】（令和8年2月6日）</h2>
<p>同院から、令和8年2月2日付けで名称を「{CL}」に変更した旨の届出がありました。上記の一時停止の命令は、名称の変更後も引き続き効力を有します。</p>
""", "2026年1月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　安芸（内線4172）<br>専門官　吉備（内線4164）<br>（代表電話）03-5253-1111",
          published="2026年1月19日"),
     [N("emergency_order", "厚生労働省", "2026-01-16", ["法第22条"],
        [S(CL, "clinic", "兵庫県神戸市中央区", "兵庫県神戸市中央区元町通３丁目１７‐６ 元町ＳＴビル４Ｆ", OP),
         S(OP, "operator")],
        persons=[P("須磨 由紀子", "管理者", CL), P("摩耶 圭吾", "代表理事", OP)],
        violations=["法第4条第1項"],
        renames=[R(OLD, CL, "2026-02-02")])])

# ====================================================================== r12
FAC = "よこはまベイ細胞加工センター"
OP = "合同会社ベイサイドセルテック"
ADDR = "神奈川県横浜市中区山下町１２３番地１ ベイサイドラボ棟３階"
page("r12_mhlw_manufacturing_stop_godo_kaisha_addendum_closure_dated.html",
     "MHLW emergency order, manufacturing stop only (法第47条), to a facility of a 合同会社 named in the lead 「合同会社X（代表社員　Y）が設置する「Z」（神奈川県横浜市中区）」; facility in 名称/施設番号/所在地 lines; a 【追記】 at the end: filed 令和８年３月６日, closed 令和８年２月２７日付け, posted （令和８年３月１０日追記） (closure part: issued_on = filing date); 施行規則第１０７条 report not an article; full-width digits",
     mhlw("特定細胞加工物の製造の一時停止命令について", "令和８年２月１３日", f"""
<p>　厚生労働大臣は、本日、{OP}（代表社員　本牧 恵）が設置する「{FAC}」（神奈川県横浜市中区）に対し、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号）第４７条に基づき、特定細胞加工物の製造の一時停止を命じました。</p>
<h2>１．経緯</h2>
<p>　令和８年２月９日、同施設から、施行規則第１０７条に基づき、出荷した特定細胞加工物を投与された患者２名に重篤な感染症が発生した旨の重大事態報告がありました。翌１０日に実施した立入検査において、無菌操作区域の清浄度の管理が不十分であることが確認されたため、製造の一時停止を命じたものです。</p>
<h2>２．対象施設</h2>
<p>　名称　{FAC}<br>　施設番号　FA3140290{KASO}<br>　所在地　神奈川県横浜市中区山下町１２３番地１　ベイサイドラボ棟３階</p>
<h2>３．今後の対応</h2>
<p>　同施設から特定細胞加工物の提供を受けている医療機関に対し、投与を見合わせるよう要請しています。</p>
<h2>【追記】</h2>
<p>　令和８年３月６日、同社から、当該施設を令和８年２月２７日付けで廃止した旨の届出がありました。（令和８年３月１０日追記）</p>
""", "2026年2月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　那賀川（内線4103）<br>（代表電話）03-5253-1111"),
     [N("emergency_order", "厚生労働省", "2026-02-13", ["法第47条"],
        [S(FAC, "cell_processing_facility", "神奈川県横浜市中区", ADDR, OP, [], "FA3140290"),
         S(OP, "operator")],
        persons=[P("本牧 恵", "代表社員", OP)]),
      N("closure_filing", "厚生労働省", "2026-03-06", [],
        [S(FAC, "cell_processing_facility", "神奈川県横浜市中区", ADDR, OP, [], "FA3140290")],
        closures=[C(FAC, "2026-02-27")], part="closure")])

# ====================================================================== r13
OP = "医療法人財団 祇園会"
CL = "しじょう再生医療クリニック"
FAC = "しじょう再生医療クリニック 細胞加工室"
page("r13_kinki_heisei_closure_clinic_and_facility_yori_kyoto_higashi_iru.html",
     "近畿 closure filing dated 平成31年 (half width): a clinic and its in-clinic facility closed on 平成31年3月31日 (filing 平成31年4月5日付け before the date line); the operator 医療法人財団 with （理事長 八坂紀子） (name without a space) in the lead; the clinic's rename in its 名称： item 「（平成２８年１０月１日に「Y」より名称変更）」 (平成, full width); Kyoto street address with 東入 and the prefecture; <ul> items; the facility has no address of its own",
     bureau("近畿厚生局", "再生医療等提供機関及び細胞培養加工施設の廃止について", "平成31年4月12日", f"""
<p>{OP}（理事長 八坂紀子）から、平成31年4月5日付けで、同法人が開設する下記の再生医療等提供機関の廃止及び同院内に設置していた細胞培養加工施設の廃止の届出がありましたので、お知らせします。</p>
<h4>廃止した再生医療等提供機関</h4>
<ul>
<li>名称：{CL}（平成２８年１０月１日に「四条烏丸美容外科」より名称変更）</li>
<li>所在地：京都府京都市下京区四条通烏丸東入長刀鉾町２０番地　四条ＫＹビル７階</li>
<li>廃止年月日：平成31年3月31日</li>
</ul>
<h4>廃止した細胞培養加工施設</h4>
<ul>
<li>名称：{FAC}</li>
<li>施設番号：FC5260177{KASO}</li>
<li>廃止年月日：平成31年3月31日</li>
</ul>
<p>同院で再生医療等を受けた方の経過観察については、同法人が開設する別の医療機関で引き続き行われます。</p>
""", crumbs=("健康福祉部", "医事課", "再生医療等")),
     [N("closure_filing", "近畿厚生局", "2019-04-12", [],
        [S(CL, "clinic", "京都府京都市下京区", "京都府京都市下京区四条通烏丸東入長刀鉾町２０番地 四条ＫＹビル７階", OP),
         S(FAC, "cell_processing_facility", None, None, OP, [], "FC5260177"),
         S(OP, "operator")],
        persons=[P("八坂紀子", "理事長", OP)],
        renames=[R("四条烏丸美容外科", CL, "2016-10-01")],
        closures=[C(CL, "2019-03-31"), C(FAC, "2019-03-31")])])

# ====================================================================== r14
CL = "さぬき再生整形クリニック"
OP = "医療法人 琴弾会"
PL = "自己多血小板血漿を用いた足底腱膜炎の治療"
page("r14_shikoku_shikyoku_discontinuation_gannen_henkoumae_unei_houjin.html",
     "四国厚生支局 discontinuation filing (提供計画の中止), date line 令和元年１２月２０日 (元年, full width); a table whose name column is headed 医療機関名（変更前） with 「X<br>（変更前：Y、平成30年7月）」 (year-month); the operator only in a 運営法人 column; the manager in a sentence with 医師; the clinic keeps operating (nothing closed); the stop date in the table (令和元年１２月１３日) not issued_on",
     bureau("四国厚生支局", "再生医療等提供計画の中止の届出について", "令和元年１２月２０日", f"""
<p>再生医療等提供機関から、次のとおり再生医療等提供計画の中止の届出がありましたので、お知らせします。</p>
<table class="tbl">
<tr><th>医療機関名（変更前）</th><th>運営法人</th><th>所在地</th><th>中止した計画</th><th>中止年月日</th></tr>
<tr><td>{CL}<br>（変更前：高松中央整形外科クリニック、平成30年7月）</td><td>{OP}</td><td>香川県高松市番町一丁目６番地１２</td><td>{PL}</td><td>令和元年１２月１３日</td></tr>
</table>
<p>同院の管理者である屋島 恭平 医師からは、当該計画に係る再生医療等を受けた者の経過観察を引き続き同院で行う旨の説明がありました。なお、同院は医療機関としての診療を継続しています。</p>
""", crumbs=("四国厚生支局", "医事", "再生医療等"), top="中国四国厚生局"),
     [N("discontinuation_filing", "四国厚生支局", "2019-12-20", [],
        [S(CL, "clinic", "香川県高松市", "香川県高松市番町一丁目６番地１２", OP, [PL]),
         S(OP, "operator")],
        persons=[P("屋島 恭平", "管理者", CL)],
        plans=[PL],
        renames=[R("高松中央整形外科クリニック", CL, "2018-07")])])

# ====================================================================== r15
FAC = "しおかぜバイオラボ 那覇細胞加工センター"
FOP = "㈱しおかぜバイオラボ"
C1, O1 = "渋谷神南クリニック", "医療法人社団 桜丘会"
C2, O2 = "天神けやき通りクリニック", "一般社団法人 九州先進医療協会"
C3 = "なは久茂地クリニック"
PL1 = "自己脂肪由来間葉系幹細胞を用いた慢性疼痛の治療"
PL2 = "自己脂肪由来間葉系幹細胞を用いた皮膚のしわ・たるみの治療"
page("r15_mhlw_several_parties_besshi_tables_circled_kabu_individual.html",
     "MHLW emergency orders to several parties on one page: 法第47条 to a facility of ㈱X (代表取締役 in the lead) and 法第22条 to the managers of three clinics listed in 別紙 tables (医療機関名｜所在地｜開設者｜管理者 and 施設名｜施設番号｜設置者｜所在地); one clinic renamed 「X（旧：Y、令和６年４月１日変更）」 in its name cell; one clinic opened by an individual who is its manager (久茂地 達也（個人）); one list of two plans for all clinics (notice only); spaced date line 令和7年 7 月 4 日; full-width hyphens and 番地の",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について（３医療機関及び１細胞培養加工施設）", "令和7年 7 月 4 日", f"""
<p>厚生労働省は、本日、{FOP}（代表取締役 糸満 玲奈）が設置する細胞培養加工施設「{FAC}」（沖縄県那覇市）に対し、{LAW}第47条に基づき特定細胞加工物の製造の一時停止を、また、同施設から特定細胞加工物の提供を受けていた別紙１の３医療機関の管理者に対し、法第22条に基づき再生医療等の提供の一時停止を、それぞれ命じました。</p>
<p>同施設では、無菌試験の結果が判明する前に特定細胞加工物を出荷していたことが、令和7年7月2日の立入検査で確認されています。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「{PL1}」及び「{PL2}」</p>
<h2>別紙１　命令の対象となった医療機関</h2>
<table class="m-table">
<tr><th>No.</th><th>医療機関名</th><th>所在地</th><th>開設者</th><th>管理者</th></tr>
<tr><td>1</td><td>{C1}（旧：神南スキンクリニック、令和６年４月１日変更）</td><td>東京都渋谷区神南一丁目１９番１１号</td><td>{O1}</td><td>道玄 正樹</td></tr>
<tr><td>2</td><td>{C2}</td><td>福岡県福岡市中央区警固二丁目１３番７号　けやき通りビル２階</td><td>{O2}</td><td>警固 沙織</td></tr>
<tr><td>3</td><td>{C3}</td><td>沖縄県那覇市久茂地三丁目２１－１</td><td>久茂地 達也（個人）</td><td>久茂地 達也</td></tr>
</table>
<h2>別紙２　命令の対象となった細胞培養加工施設</h2>
<table class="m-table">
<tr><th>施設名</th><th>施設番号</th><th>設置者</th><th>所在地</th></tr>
<tr><td>{FAC}</td><td>FA7470033{KASO}</td><td>{FOP}</td><td>沖縄県那覇市前島二丁目１２番地の１５</td></tr>
</table>
""", "2025年7月", "医政局研究開発政策課 再生医療等研究推進室<br>室長　石狩<br>専門官　天塩<br>（代表電話）03(5253)1111（内線 4051）"),
     [N("emergency_order", "厚生労働省", "2025-07-04", ["法第22条", "法第47条"],
        [S(FAC, "cell_processing_facility", "沖縄県那覇市", "沖縄県那覇市前島二丁目１２番地の１５", FOP, [], "FA7470033"),
         S(FOP, "operator"),
         S(C1, "clinic", "東京都渋谷区", "東京都渋谷区神南一丁目１９番１１号", O1),
         S(O1, "operator"),
         S(C2, "clinic", "福岡県福岡市中央区", "福岡県福岡市中央区警固二丁目１３番７号 けやき通りビル２階", O2),
         S(O2, "operator"),
         S(C3, "clinic", "沖縄県那覇市", "沖縄県那覇市久茂地三丁目２１－１", None)],
        persons=[P("糸満 玲奈", "代表取締役", FOP), P("道玄 正樹", "管理者", C1), P("警固 沙織", "管理者", C2),
                 P("久茂地 達也", "開設者", C3), P("久茂地 達也", "管理者", C3)],
        plans=[PL1, PL2],
        renames=[R("神南スキンクリニック", C1, "2024-04-01")])])

# ====================================================================== r16
OP = "医療法人杜の都会"
CL1 = "医療法人杜の都会 仙台再生医療クリニック"
FAC = "仙台再生医療クリニック 細胞加工室"
CL3 = "やまがた蔵王内科"
ADDR = "宮城県仙台市青葉区一番町2-4-1 杜の都ビル3F"
page("r16_tohoku_monthly_closures_table_abbrev_dates_doujou_individual.html",
     "東北 monthly closure filings in a table (区分｜名称｜開設者／設置者｜所在地｜廃止日｜備考) with abbreviated era dates (R7.11.4, R7.11.28) and a rename only in 備考 「旧名称：Y（H30.4変更）」 (abbreviated era, year-month, new name not printed); r17's clinic closing with its operator written without a space and a half-width address (一番町2-4-1 杜の都ビル3F); its in-clinic facility's number in the name cell and its address 「同上」; a clinic opened by an individual (蔵王 慎也（個人）) with a 字 + 番地の address",
     bureau("東北厚生局", "再生医療等提供機関等の廃止の届出について（令和７年１１月受理分）", "令和７年１２月１日", f"""
<p>令和７年１１月中に当局が受理した再生医療等提供機関及び細胞培養加工施設の廃止の届出は、下表のとおりです。</p>
<table class="tbl" border="1">
<tr><th>区分</th><th>名称</th><th>開設者／設置者</th><th>所在地</th><th>廃止日</th><th>備考</th></tr>
<tr><td>提供機関</td><td>{CL1}</td><td>{OP}</td><td>{ADDR}</td><td>R7.11.4</td><td>旧名称：仙台一番町クリニック（H30.4変更）</td></tr>
<tr><td>細胞培養加工施設</td><td>{FAC}<br>（FC2040088{KASO}）</td><td>{OP}</td><td>同上</td><td>R7.11.4</td><td>院内施設</td></tr>
<tr><td>提供機関</td><td>{CL3}</td><td>蔵王 慎也（個人）</td><td>山形県山形市蔵王温泉字川原９４０番地の１</td><td>R7.11.28</td><td>－</td></tr>
</table>
<p>※ 再生医療等提供計画の中止の届出は、本表に含みません。</p>
""", crumbs=("健康福祉部", "医事課", "届出受理状況")),
     [N("closure_filing", "東北厚生局", "2025-12-01", [],
        [S(CL1, "clinic", "宮城県仙台市青葉区", ADDR, OP),
         S(FAC, "cell_processing_facility", "宮城県仙台市青葉区", ADDR, OP, [], "FC2040088"),
         S(OP, "operator"),
         S(CL3, "clinic", "山形県山形市", "山形県山形市蔵王温泉字川原９４０番地の１", None)],
        persons=[P("蔵王 慎也", "開設者", CL3)],
        renames=[R("仙台一番町クリニック", CL1, "2018-04")],
        closures=[C(CL1, "2025-11-04"), C(FAC, "2025-11-04"), C(CL3, "2025-11-28")])])

# ====================================================================== r17
OP = "医療法人 杜の都会"
CL = "医療法人 杜の都会 仙台再生医療クリニック"
PL = "自己脂肪由来幹細胞を用いた慢性疼痛の治療"
page("r17_tohoku_meireisho_copy_bunsho_bango_tono_sama.html",
     "東北 improvement order (法第23条第1項) published as the order letter: a document number and date (東北厚発1003第2号 / 令和7年10月3日), the addressee block 「address<br>clinic<br>管理者　X　殿」, 命　令　書, the plan in 「」 inside the sentence, 記 and items, 教示, and a copy line to the operator 「開設者　医療法人 X　理事長　Y　様」; 二丁目４番１号 with a building (r16 closes this clinic)",
     bureau("東北厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年10月3日", f"""
<p>東北厚生局長は、令和7年10月3日付けで、下記の再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令を行いました。命令書の写しを掲載します。</p>
<div class="meireisho">
<p class="txt_right">東北厚発1003第2号<br>令和7年10月3日</p>
<p>宮城県仙台市青葉区一番町二丁目４番１号　杜の都ビル３階<br>{CL}<br>管理者　青葉　一郎　殿</p>
<p class="txt_right">東北厚生局長<br>（公印省略）</p>
<h3 class="center">命　令　書</h3>
<p>　貴院が提出した再生医療等提供計画「{PL}」に基づく再生医療等の提供に関し、令和7年8月26日に実施した立入検査の結果、下記の事項が認められたので、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第23条第1項の規定に基づき、下記のとおり改善を命ずる。</p>
<p class="center">記</p>
<p>１　細胞の投与後の経過観察を、提供計画に定める期間及び方法により行うこと。<br>２　疾病等の発生を把握した場合の報告の手順を定めること。<br>３　令和7年11月7日までに、上記１及び２の改善の結果を報告すること。</p>
<p>（教示）この処分に不服がある場合は、この処分があったことを知った日の翌日から起算して３か月以内に、厚生労働大臣に対して審査請求をすることができます。</p>
<p>（写し送付先）開設者　{OP}　理事長　国分　町子　様</p>
</div>
""", crumbs=("健康福祉部", "医事課", "再生医療")),
     [N("improvement_order", "東北厚生局", "2025-10-03", ["法第23条第1項"],
        [S(CL, "clinic", "宮城県仙台市青葉区", "宮城県仙台市青葉区一番町二丁目４番１号 杜の都ビル３階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("青葉 一郎", "管理者", CL), P("国分 町子", "理事長", OP)],
        plans=[PL])])

# ====================================================================== r18
R02_TITLE = "再生医療等提供機関の管理者に対する改善命令について"
R10_TITLE = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("r18_kantoshinetsu_listing_shobun.html",
     "関東信越 listing of its notices under the Act (dated links), carrying r10's and r02's titles and two older invented entries; an explanatory lead naming 法第23条第1項 and 法第48条第2項; a listing, not a notice",
     bureau("関東信越厚生局", "再生医療等の安全性の確保等に関する法律に基づく行政処分等", "更新日：令和7年12月22日", f"""
<p>再生医療等の安全性の確保等に関する法律第23条第1項（再生医療等提供機関に対する改善命令）及び第48条第2項（細胞培養加工施設に対する改善命令）等に基づき当局が行った処分等を掲載しています。</p>
<ul class="list_news">
<li>令和7年12月22日　<a>{R10_TITLE}</a></li>
<li>令和7年12月5日　<a>{R02_TITLE}</a></li>
<li>令和7年3月14日　<a>細胞培養加工施設の廃止の届出について（令和7年2月受理分）</a></li>
<li>令和6年11月29日　<a>再生医療等提供計画の中止の届出について</a></li>
</ul>
<p>過去の掲載分は<a>こちら</a>をご覧ください。</p>
""", crumbs=("健康福祉部", "医事課")),
     [], what="listing")

# ====================================================================== r19
R11_TITLE = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について（再生医療等の提供の一時停止）"
page("r19_mhlw_listing_month_202601.html",
     "MHLW monthly press-release listing (2026年1月) carrying r11's title among unrelated releases; a listing, not a notice",
     f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="UTF-8"><title>報道発表資料 2026年1月｜厚生労働省</title></head>
<body>
<div id="header"><p class="siteName">厚生労働省</p></div>
<div class="breadcrumb"><p><a>ホーム</a> &gt; <a>報道・広報</a> &gt; <a>報道発表資料</a> &gt; 2026年1月</p></div>
<div id="content">
<p class="fiction">{FICTION}</p>
<h1>報道発表資料 2026年1月</h1>
<ul class="m-listNews">
<li><span class="date">2026年1月30日</span> <a>令和7年度 医療経済実態調査の結果を公表します</a></li>
<li><span class="date">2026年1月23日</span> <a>第12回 がん検診のあり方に関する検討会を開催します</a></li>
<li><span class="date">2026年1月16日</span> <a>{R11_TITLE}</a></li>
<li><span class="date">2026年1月9日</span> <a>インフルエンザの発生状況について（第1週）</a></li>
<li><span class="date">2026年1月6日</span> <a>特定細胞加工物製造事業者の許可等の状況（令和7年12月末現在）</a></li>
</ul>
<p>＜ 2025年12月 ｜ 2026年2月 ＞</p>
</div>
<div id="footer"><p>厚生労働省（テスト用の架空の連絡先）</p></div>
</body>
</html>
""",
     [], what="listing")

# ====================================================================== r20
page("r20_kinki_other_hoken_shitei_torikeshi_dental.html",
     "近畿 page that is not a notice under the Act: the cancellation of a dental clinic's designation as an insurance medical institution (保険医療機関の指定の取消, 健康保険法第80条) with 開設者, 管理者, a Kyoto 上る address, dates and a 名称変更 in 備考; no 再生医療 article, no party of this registry",
     bureau("近畿厚生局", "保険医療機関の指定の取消し等について", "令和7年11月21日", """
<p>近畿厚生局長は、健康保険法（大正11年法律第70号）第80条の規定に基づき、下記の保険医療機関の指定を取り消すとともに、同法第81条の規定に基づき、保険医の登録を取り消すこととしましたので、お知らせします。</p>
<h2>１　保険医療機関</h2>
<table class="tbl_kv">
<tr><th>名称</th><td>ほりかわ通り歯科医院</td></tr>
<tr><th>所在地</th><td>京都市上京区堀川通今出川上る北舟橋町８７６番地</td></tr>
<tr><th>開設者</th><td>医療法人 船橋歯友会（理事長　紫野 貴之）</td></tr>
<tr><th>管理者</th><td>北舟 孝太郎</td></tr>
<tr><th>取消年月日</th><td>令和7年12月1日</td></tr>
<tr><th>備考</th><td>令和4年4月1日に「船橋デンタルクリニック」から名称変更</td></tr>
</table>
<h2>２　取消しの理由</h2>
<p>診療を行っていない歯科補綴について診療報酬を請求していた（不正請求）など。監査は令和7年5月から9月にかけて実施した。</p>
<p>※本件は健康保険法に基づく処分であり、再生医療等の安全性の確保等に関する法律に基づくものではありません。</p>
""", crumbs=("指導監査課", "保険医療機関等の処分")),
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
