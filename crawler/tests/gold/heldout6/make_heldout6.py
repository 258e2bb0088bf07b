#!/usr/bin/env python3
"""Sixth held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout6/make_heldout6.py
Every page is invented; none of its text is copied from a real page. The pages
were written blind: without opening the extractor's code and without reading the
pages of any other gold set (heldout5's generator was read only as the model of
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


def mhlw(title, date, body, month, contact):
    """MHLW press release, 2020s style but with its own markup."""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}｜厚生労働省</title>
</head>
<body>
<header class="l-header"><div class="l-header__logo">厚生労働省</div>
<nav class="l-gnav"><a>ホーム</a> <a>テーマ別に探す</a> <a>報道・広報</a> <a>政策について</a> <a>厚生労働省について</a> <a>統計情報・白書</a></nav></header>
<nav class="l-breadcrumb"><ul><li>ホーム</li><li>報道・広報</li><li>報道発表資料</li><li>{month}</li><li>{title}</li></ul></nav>
<main class="l-main">
<p class="m-note">{FICTION}</p>
<section class="m-release">
<div class="m-release__head">
<p class="m-release__date">{date}</p>
<div class="m-release__contact"><p class="m-release__contact-title">【照会先】</p><p>{contact}</p></div>
<p class="m-release__to">報道関係者各位</p>
</div>
<h1 class="m-release__title">{title}</h1>
<div class="m-release__body">
{body}
</div>
</section>
</main>
<footer class="l-footer"><p>ページの先頭へ戻る</p><p>厚生労働省（テスト用の架空の連絡先）</p></footer>
</body>
</html>
"""


def bureau(org, title, date, body, trail=("健康福祉部", "医事課"), title_tag=None, date_first=False):
    """A regional bureau page; `date_first` puts the date above the heading."""
    crumbs = " ＞ ".join(["トップページ", *trail, title])
    date_html = f'<p class="hiduke">{date}</p>'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title_tag or title}｜{org}</title></head>
<body>
<div id="tmp_header"><p id="tmp_hlogo">{org}</p>
<ul id="tmp_gnavi"><li>組織案内</li><li>各種申請・届出</li><li>お知らせ</li><li>アクセス</li></ul></div>
<div id="tmp_pankuzu"><p>{crumbs}</p></div>
<div id="tmp_contents">
<p class="kasou">{FICTION}</p>
{date_html if date_first else ""}
<h1>{title}</h1>
{"" if date_first else date_html}
{body}
</div>
<div id="tmp_footer"><p>{org}（テスト用の架空の連絡先）</p></div>
</body>
</html>
"""


LAW_FW = "再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）"
LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"

# ====================================================================== q01
OP = "医療法人社団 潮鳴会"
CL = "さざなみ再生クリニック"
PL = "自己血由来培養リンパ球を用いたがん免疫療法"
page("q01_mhlw_nao_paragraph_rename_riji_nospace.html",
     "MHLW emergency order (法第22条) for one clinic; operator before the clinic (「医療法人社団 潮鳴会（理事長　七里篤）が開設する「X」」), 理事長 name without a space; the manager named in the sentence with 医師 (管理者 汐見 航太郎 医師); the rename only in a separate closing paragraph 「なお、X は、令和６年９月１日に「Y」から名称を変更している。」; full-width digits; the street address only in a 【参考】 line with kanji 丁目 and 番地の; 法第18条 report and inspection not articles",
     mhlw("再生医療等の安全性の確保等に関する法律第２２条に基づく再生医療等の提供の一時停止命令について",
          "令和７年８月８日", f"""
<p>　厚生労働大臣は、本日、{OP}（理事長　七里篤）が開設する「{CL}」（神奈川県藤沢市）の管理者 汐見 航太郎 医師に対し、{LAW_FW}第２２条に基づき、下記の再生医療等の提供を一時停止するよう命じました。</p>
<h2>１．経過</h2>
<p>　令和７年７月２９日、同院から、法第１８条に基づき、培養リンパ球の投与後に敗血症性ショックを来した症例が２例発生した旨の報告がありました。翌日以降、関東信越厚生局と合同で同院に立ち入り、細胞の培養工程及び投与時の記録を確認したところ、培養液の無菌試験の結果を待たずに投与していた事例が複数確認されました。</p>
<h2>２．一時停止を命じた再生医療等</h2>
<p>　「{PL}」</p>
<h2>３．今後の対応</h2>
<p>　原因の究明及び再発防止策が講じられたことを確認するまでの間、一時停止の状態が継続されます。</p>
<h2>【参考】</h2>
<p>　医療機関の所在地：神奈川県藤沢市鵠沼石上一丁目７番地の２　鵠沼メディカルプラザ３階</p>
<p>　なお、{CL}は、令和６年９月１日に「しおさい美容皮膚科クリニック」から名称を変更している。</p>
""", "2025年8月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　鳴門（内線4103）<br>専門官　　小豆島（内線4164）<br>（代表電話）03-5253-1111"),
     [N("emergency_order", "厚生労働省", "2025-08-08", ["法第22条"],
        [S(CL, "clinic", "神奈川県藤沢市", "神奈川県藤沢市鵠沼石上一丁目７番地の２ 鵠沼メディカルプラザ３階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("汐見 航太郎", "管理者", CL), P("七里篤", "理事長", OP)],
        plans=[PL],
        renames=[R("しおさい美容皮膚科クリニック", CL, "2024-09-01")])])

# ====================================================================== q02
CL1 = "かすみ台ステムセルクリニック"
OP1 = "医療法人社団 朧月会"
CL2 = "医療法人 蒼穹会 みなかみ整形外科"
OP2 = "医療法人 蒼穹会"
PL1 = "自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"
PL2 = "自己多血小板血漿（ＰＲＰ）を用いた腱鞘炎の治療"
page("q02_kantoshinetsu_table_operator_column_bikou_henkoumae.html",
     "関東信越 improvement order (法第23条第1項) to the managers of two clinics of two corporations, given only as a th/td table (医療機関名｜開設者｜管理者｜所在地｜計画名｜備考): each operator only in the 開設者 column; the rename only in the 備考 cell 「令和７年４月１日付けで名称変更（変更前の名称：Y）」 (new name not printed); one manager written without a space (利根川悠真); a 郡 address (群馬県利根郡みなかみ町…番地); full-width building and floor (つくばＳＫビル２Ｆ)",
     bureau("関東信越厚生局", "再生医療等提供機関の管理者に対する改善命令について", "令和7年12月19日", f"""
<p>関東信越厚生局長は、令和7年12月19日、{LAW}第23条第1項の規定に基づき、下表の再生医療等提供機関の管理者に対して改善命令を行いましたので、公表します。</p>
<h2>第1　命令の相手方</h2>
<table border="1" summary="命令の相手方">
<thead><tr><th>No.</th><th>医療機関名</th><th>開設者</th><th>管理者</th><th>所在地</th><th>計画名</th><th>備考</th></tr></thead>
<tbody>
<tr><td>1</td><td>{CL1}</td><td>{OP1}</td><td>常陸 眞澄</td><td>茨城県つくば市研究学園５丁目１２番地３　つくばＳＫビル２Ｆ</td><td>{PL1}</td><td>令和７年４月１日付けで名称変更（変更前の名称：研究学園ペインクリニック）</td></tr>
<tr><td>2</td><td>{CL2}</td><td>{OP2}</td><td>利根川悠真</td><td>群馬県利根郡みなかみ町月夜野１７４４番地</td><td>{PL2}</td><td>&nbsp;</td></tr>
</tbody>
</table>
<h2>第2　命令の内容</h2>
<p>(1) 再生医療等提供計画に記載のない者に細胞の採取を行わせないこと。<br>(2) 認定再生医療等委員会への定期報告を、法定の期限までに行うこと。<br>(3) 上記(1)及び(2)に関する改善計画書を令和8年1月23日までに提出すること。</p>
<h2>第3　経緯</h2>
<p>当局が令和7年10月から11月にかけて実施した立入検査において、両機関とも、計画に記載のない医師が細胞の採取を行っていたこと、及び定期報告が期限までに提出されていなかったことが確認された。</p>
""", trail=("健康福祉部", "医事課", "再生医療等の安全性の確保等に関する法律")),
     [N("improvement_order", "関東信越厚生局", "2025-12-19", ["法第23条第1項"],
        [S(CL1, "clinic", "茨城県つくば市", "茨城県つくば市研究学園５丁目１２番地３ つくばＳＫビル２Ｆ", OP1, [PL1]),
         S(OP1, "operator"),
         S(CL2, "clinic", "群馬県利根郡みなかみ町", "群馬県利根郡みなかみ町月夜野１７４４番地", OP2, [PL2]),
         S(OP2, "operator")],
        persons=[P("常陸 眞澄", "管理者", CL1), P("利根川悠真", "管理者", CL2)],
        plans=[PL1, PL2],
        renames=[R("研究学園ペインクリニック", CL1, "2025-04-01")])])

# ====================================================================== q03
OP = "株式会社淡海バイオテック"
FAC = "びわこセルプロセッシングセンター"
page("q03_kinki_facility_setchisha_rename_chain_keii.html",
     "近畿 improvement order to a licensed facility (法第48条第2項): the operator after the name as 「（設置者：株式会社X、代表取締役　Y）」; facility number in its own row; a chain of two renames told only in the 経緯 section (平成31年に「A」の名称で許可 → 令和3年4月1日に「B」に → 令和6年10月1日に現在の名称に; the first is not a rename, the last prints no new name); address with a kanji 丁目 and a full-width hyphen (におの浜四丁目１－５１)",
     bureau("近畿厚生局", "細胞培養加工施設に係る改善命令について", "令和8年2月13日", f"""
<p>近畿厚生局長は、令和8年2月13日付けで、下記の細胞培養加工施設について、再生医療等の安全性の確保等に関する法律第48条第2項の規定に基づき、改善命令を行いました。</p>
<p style="text-align:center">記</p>
<h3>１　対象施設</h3>
<p>細胞培養加工施設「{FAC}」（設置者：{OP}、代表取締役　堅田 泰造）</p>
<p>所在地：滋賀県大津市におの浜四丁目１－５１　湖岸テクノビル３階</p>
<p>施設番号：FA5250044{KASO}</p>
<h3>２　命令の内容</h3>
<p>（１）清浄度管理区域の差圧の記録を毎日作成し、逸脱時の措置を定めること。<br>（２）製造指図書及び製造記録の様式を改め、工程ごとの担当者を明記すること。<br>（３）以上の措置の状況を令和8年3月13日までに報告すること。</p>
<h3>３　経緯</h3>
<p>当該施設は、平成31年3月に「大津細胞培養ラボ」の名称で特定細胞加工物の製造の許可を受けた後、令和3年4月1日に「淡海セルラボ 大津」に、令和6年10月1日に現在の名称に、それぞれ名称を変更している。令和7年12月、当局が当該施設に立ち入ったところ、差圧の記録が約3か月にわたり作成されておらず、製造記録にも担当者の記載がないものが多数認められた。</p>
""", trail=("健康福祉部", "医事課", "再生医療等"), date_first=True),
     [N("improvement_order", "近畿厚生局", "2026-02-13", ["法第48条第2項"],
        [S(FAC, "cell_processing_facility", "滋賀県大津市", "滋賀県大津市におの浜四丁目１－５１ 湖岸テクノビル３階",
           OP, [], "FA5250044"),
         S(OP, "operator")],
        persons=[P("堅田 泰造", "代表取締役", OP)],
        renames=[R("大津細胞培養ラボ", "淡海セルラボ 大津", "2021-04-01"),
                 R("淡海セルラボ 大津", FAC, "2024-10-01")])])

# ====================================================================== q04
OP = "株式会社ありあけ再生医科学研究所"
FAC = "ありあけ細胞加工センター 久留米"
page("q04_kyushu_suspension_aratame_kanji_banchi.html",
     "九州 suspension order (法第49条: 製造の業務の停止 for a period) in numbered sections １．…５．; the operator renamed with 「株式会社A改め株式会社B（令和６年１２月１日商号変更）」; 代表取締役 after the operator on one line with U+3000 spaces; all-kanji address 東町三十四番地の五; facility number after the facility name; the stop period (令和７年７月１４日から…) not issued_on; an earlier improvement order (法第48条第2項) as history",
     bureau("九州厚生局", "特定細胞加工物製造事業者に対する業務停止命令について", "令和７年７月１１日", f"""
<p>　九州厚生局長は、本日、下記の特定細胞加工物製造事業者に対し、再生医療等の安全性の確保等に関する法律第４９条の規定に基づき、特定細胞加工物の製造の業務の停止を命じました。</p>
<p>１．処分を受けた者</p>
<p>　株式会社有明セルテック改め{OP}（令和６年１２月１日商号変更）　代表取締役　筑後川 蓮</p>
<p>２．対象となる細胞培養加工施設</p>
<p>　{FAC}　施設番号 FA7400128{KASO}</p>
<p>　福岡県久留米市東町三十四番地の五</p>
<p>３．処分の内容</p>
<p>　令和７年７月１４日から同年８月１２日までの３０日間、上記施設における特定細胞加工物の製造の業務を停止すること。</p>
<p>４．処分の理由</p>
<p>　同社は、令和６年１０月２２日付けで法第４８条第２項に基づく改善命令を受けたにもかかわらず、その後の立入検査においても、培養工程の逸脱を記録せずに出荷を継続していたことが確認されたため。</p>
<p>５．その他</p>
<p>　同施設に製造を委託している医療機関には、患者への説明等の対応を依頼している。</p>
""", trail=("健康福祉部", "医事課", "報道発表")),
     [N("suspension_order", "九州厚生局", "2025-07-11", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "福岡県久留米市", "福岡県久留米市東町三十四番地の五", OP, [], "FA7400128")],
        persons=[P("筑後川 蓮", "代表取締役", OP)],
        renames=[R("株式会社有明セルテック", OP, "2024-12-01")])])

# ====================================================================== q05
CL = "いぬやま内科・再生医療クリニック"
PL = "自己脂肪由来間葉系幹細胞を用いた糖尿病性足潰瘍の治療"
page("q05_tokai_hokuriku_individual_kaisetsusha_sumikakko_rows.html",
     "東海北陸 improvement order (法第23条第1項) to a clinic opened by an individual doctor: 【】-labelled rows 【開設者】犬山 剛（医師・個人開設） (no operator subject, operator null, person title 開設者) and 【管理者】 a different doctor; clinic name with ・; 大字…字…番地 address; the kind given as 改善を命じた in the body, title 行政処分について",
     bureau("東海北陸厚生局", "再生医療等提供機関に対する行政処分について", "令和8年3月6日", f"""
<p>東海北陸厚生局長は、令和8年3月6日、下記の再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項の規定により、再生医療等の提供の方法について改善を命じました。</p>
<div class="waku">
<p>【医療機関名】{CL}</p>
<p>【開設者】犬山 剛（医師・個人開設）</p>
<p>【管理者】各務 詩織</p>
<p>【所在地】愛知県犬山市大字犬山字東古券６０７番地</p>
<p>【対象計画】{PL}</p>
</div>
<p>【命令の内容】</p>
<ul><li>細胞の投与前に行う検査の項目及び判定基準を定めること。</li><li>再生医療等を受ける者への説明文書を計画に沿ったものに改めること。</li><li>令和8年4月3日までに改善の結果を報告すること。</li></ul>
<p>【理由】</p>
<p>令和8年1月に実施した立入検査において、投与前の検査を省略して細胞を投与していた事例、及び計画と異なる説明文書を用いていた事例が確認されたため。</p>
""", trail=("健康福祉部", "医事課")),
     [N("improvement_order", "東海北陸厚生局", "2026-03-06", ["法第23条第1項"],
        [S(CL, "clinic", "愛知県犬山市", "愛知県犬山市大字犬山字東古券６０７番地", None, [PL])],
        persons=[P("犬山 剛", "開設者", CL), P("各務 詩織", "管理者", CL)],
        plans=[PL])])

# ====================================================================== q06
OP = "合同会社港南ライフサイエンス"
FAC = "みなと再生細胞プロセッシング室"
page("q06_mhlw_manufacturing_stop_table_kyu_in_cell.html",
     "MHLW emergency order, manufacturing stop only (法第47条), the party given in a table (区分｜名称｜設置者｜所在地｜施設番号): the former name only as 「（旧：Y）」 inside the name cell (no date); the operator only in the 設置者 column, its 代表社員 named in a later sentence with 氏; address with en dashes (港南２–１６–４); 施行規則第107条 report not an article; client clinics as context",
     mhlw("特定細胞加工物の製造の一時停止を命じる緊急命令について",
          "令和8年1月16日", f"""
<p>本日、厚生労働大臣は、下表の細胞培養加工施設について、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第47条に基づき、特定細胞加工物の製造を一時停止するよう命じました。</p>
<table class="m-table">
<tr><th>区分</th><th>名称</th><th>設置者</th><th>所在地</th><th>施設番号</th></tr>
<tr><td>細胞培養加工施設</td><td>{FAC}（旧：港南セルラボラトリー）</td><td>{OP}</td><td>東京都港区港南２–１６–４　品川シーサイドテラス１１階</td><td>FA3130402{KASO}</td></tr>
</table>
<h2>命令に至った経緯</h2>
<p>令和8年1月9日、同施設から、施行規則第107条に基づき、出荷した特定細胞加工物の一部から真菌が検出された旨の重大事態報告がありました。同施設から特定細胞加工物の提供を受けていた医療機関（都内の診療所4機関）においては、既に投与を見合わせています。</p>
<p>同月13日に行った立入検査では、同社の代表社員である高輪 圭 氏の立会いの下、無菌操作を行う区域の清浄度の管理が不十分であることが確認されたため、保健衛生上の危害の発生又は拡大を防止する観点から、製造の一時停止を命じたものです。</p>
""", "2026年1月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　角島（内線4172）<br>（代表電話）03-5253-1111"),
     [N("emergency_order", "厚生労働省", "2026-01-16", ["法第47条"],
        [S(FAC, "cell_processing_facility", "東京都港区", "東京都港区港南２–１６–４ 品川シーサイドテラス１１階",
           OP, [], "FA3130402"),
         S(OP, "operator")],
        persons=[P("高輪 圭", "代表社員", OP)],
        renames=[R("港南セルラボラトリー", FAC, None)])])

# ====================================================================== q07
OP = "医療法人 瀬波会"
CL = "医療法人 瀬波会 くらしき再生医療クリニック"
PL = "自己脂肪組織由来幹細胞を用いた慢性腰痛症の治療"
page("q07_chugoku_shikoku_footnote_operator_and_clinic_renamed.html",
     "中国四国 improvement order (法第23条第1項) in the bureau's spaced-label rows (氏 名 / （… 管理者） / 所 在 地 / 計 画 名 / 処分内容); the operator AND the clinic renamed, both only in one ※ footnote (operator: 「医療法人 瀬波会は令和６年４月１日に「医療法人 白壁会」から」; clinic: 「当該医療機関は同年６月１日に「Y」から」: new name not printed, date with 同年); the 理事長 named in the 経緯 sentence with 氏, no space; kanji 丁目 with full-width 番/号",
     bureau("中国四国厚生局", "再生医療等の安全性の確保等に関する法律に基づく改善命令について", "令和7年9月26日", f"""
<p>中国四国厚生局長は、本日、下記のとおり、再生医療等の安全性の確保等に関する法律に基づき、再生医療等提供機関の管理者に対し、同法第23条第1項に基づく改善命令を行いました。</p>
<p style="text-align:center">記</p>
<p>第1　被処分者等</p>
<p>氏　　名　玉島 伸之</p>
<p>　　　　　（{CL}管理者）※</p>
<p>所 在 地　岡山県倉敷市阿知二丁目２３番１０号　くらしきアチビル５階</p>
<p>計 画 名　{PL}</p>
<p>処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>第2　経緯</p>
<p>令和7年7月、患者の家族から当局に相談が寄せられたことを受け、同年8月に立入検査を行ったところ、細胞の投与後の経過観察が計画に定める期間行われていなかったこと、及び疾病等の報告の体制が整備されていなかったことが確認された。当局は、開設者の理事長酒津孝明氏からも事情を聴取した。</p>
<p>第3　命令の内容</p>
<p>1　経過観察の実施状況を点検し、未実施の者について速やかに実施すること。<br>2　疾病等報告の手順書を作成すること。<br>3　令和7年10月31日までに改善の状況を報告すること。</p>
<p class="chuki">※　当該医療機関の開設者である{OP}は令和６年４月１日に「医療法人 白壁会」から、当該医療機関は同年６月１日に「くらしき駅前ペインクリニック」から、それぞれ名称を変更している。</p>
""", trail=("健康福祉部", "医事課", "再生医療等の安全性の確保")),
     [N("improvement_order", "中国四国厚生局", "2025-09-26", ["法第23条第1項"],
        [S(CL, "clinic", "岡山県倉敷市", "岡山県倉敷市阿知二丁目２３番１０号 くらしきアチビル５階", OP, [PL]),
         S(OP, "operator")],
        persons=[P("玉島 伸之", "管理者", CL), P("酒津孝明", "理事長", OP)],
        plans=[PL],
        renames=[R("医療法人 白壁会", OP, "2024-04-01"),
                 R("くらしき駅前ペインクリニック", CL, "2024-06-01")])])

# ====================================================================== q08
OP = "株式会社十勝バイオメディカル"
FAC = "とかちセルファーム帯広"
page("q08_hokkaido_revocation_keii_genshogo_halfwidth_hyphen.html",
     "北海道 licence revocation (法第49条) with 第1 処分の内容 / 第2 対象 / 第3 経緯 sections; the operator's rename only in 経緯 (「商号を株式会社Y から現商号に変更」: new name not printed); 代表取締役 named in a sentence with 氏; a numeric 条 address with half-width hyphens (西19条南3丁目41-12); half-width digits; the licence date (平成30年) as history",
     bureau("北海道厚生局", "特定細胞加工物の製造の許可の取消しについて（お知らせ）", "令和8年2月27日", f"""
<h2>第1　処分の内容</h2>
<p>再生医療等の安全性の確保等に関する法律第49条の規定に基づき、下記の細胞培養加工施設に係る特定細胞加工物の製造の許可を取り消す。</p>
<h2>第2　対象</h2>
<p>許可事業者　{OP}</p>
<p>施設の名称　{FAC}（施設番号 FA1010317{KASO}）</p>
<p>施設の所在地　北海道帯広市西19条南3丁目41-12</p>
<h2>第3　経緯</h2>
<p>同社は、平成30年6月に当局の許可を受けて当該施設において特定細胞加工物の製造を行ってきた。同社は、令和5年10月1日、商号を株式会社とかち細胞研究所から現商号に変更した。</p>
<p>令和7年11月以降、当局が行った立入検査において、許可の基準となる構造設備を撤去したまま製造を続けていたことが判明し、同社代表取締役 音更 拓真 氏に対して弁明の機会を付与したが、改善の見込みがないと判断した。</p>
""", trail=("健康福祉部", "医事課", "お知らせ")),
     [N("licence_revocation", "北海道厚生局", "2026-02-27", ["法第49条"],
        [S(OP, "operator"),
         S(FAC, "cell_processing_facility", "北海道帯広市", "北海道帯広市西19条南3丁目41-12", OP, [], "FA1010317")],
        persons=[P("音更 拓真", "代表取締役", OP)],
        renames=[R("株式会社とかち細胞研究所", OP, "2023-10-01")])])

# ====================================================================== q09
OP = "医療法人社団 二荒蒼生会"
CL1 = "しもつけ幹細胞クリニック"
FAC = "しもつけ幹細胞クリニック 細胞調製室"
CL3 = "あさま高原クリニック"
page("q09_kantoshinetsu_monthly_closures_bikou_year_month_individual.html",
     "関東信越 closure filings of one month in a table (区分｜名称｜開設者・設置者｜所在地｜廃止年月日｜備考): a clinic and its in-clinic facility of one 医療法人社団 (facility number in the name cell), the clinic's rename only in 備考 with a year and month (令和7年3月に「Y」から名称変更); a clinic opened by an individual (開設者 column 「浅間 慎吾（個人）」); a 郡 address with 大字 and 番地; dates in 廃止年月日",
     bureau("関東信越厚生局", "再生医療等提供機関及び細胞培養加工施設の廃止について（令和7年10月受理分）", "令和7年11月10日", f"""
<p>令和7年10月中に当局が受理した再生医療等提供機関の廃止及び細胞培養加工施設の廃止の届出は、次のとおりです。</p>
<table border="1">
<tr><th>区分</th><th>名称</th><th>開設者・設置者</th><th>所在地</th><th>廃止年月日</th><th>備考</th></tr>
<tr><td>再生医療等提供機関</td><td>{CL1}</td><td>{OP}</td><td>栃木県宇都宮市駅前通り１丁目４番６号</td><td>令和7年10月15日</td><td>令和7年3月に「壬生ペインクリニック」から名称変更</td></tr>
<tr><td>細胞培養加工施設</td><td>{FAC}<br>（FC3090061{KASO}）</td><td>{OP}</td><td>栃木県宇都宮市駅前通り１丁目４番６号</td><td>令和7年10月15日</td><td>院内施設</td></tr>
<tr><td>再生医療等提供機関</td><td>{CL3}</td><td>浅間 慎吾（個人）</td><td>長野県北佐久郡軽井沢町大字軽井沢１３２３番地</td><td>令和7年10月31日</td><td>－</td></tr>
</table>
<p>※ 再生医療等提供計画の中止の届出は、本表には掲載していません。</p>
""", trail=("健康福祉部", "医事課", "届出受理状況")),
     [N("closure_filing", "関東信越厚生局", "2025-11-10", [],
        [S(CL1, "clinic", "栃木県宇都宮市", "栃木県宇都宮市駅前通り１丁目４番６号", OP),
         S(FAC, "cell_processing_facility", "栃木県宇都宮市", "栃木県宇都宮市駅前通り１丁目４番６号", OP, [], "FC3090061"),
         S(OP, "operator"),
         S(CL3, "clinic", "長野県北佐久郡軽井沢町", "長野県北佐久郡軽井沢町大字軽井沢１３２３番地", None)],
        persons=[P("浅間 慎吾", "開設者", CL3)],
        renames=[R("壬生ペインクリニック", CL1, "2025-03")],
        closures=[C(CL1, "2025-10-15"), C(FAC, "2025-10-15"), C(CL3, "2025-10-31")])])

# ====================================================================== q10
OP = "医療法人 月山会"
CL = "つるおか皮膚再生クリニック"
PL1 = "自己培養表皮細胞を用いた尋常性白斑の治療"
PL2 = "自己多血小板血漿を用いた皮膚潰瘍の治療"
page("q10_tohoku_discontinuation_wo_kaisetsu_suru_incho.html",
     "東北 discontinuation filing (提供計画の中止): operator phrase 「山形県鶴岡市の「X」を開設する医療法人 月山会（理事長：Y）」; the 院長 named in a parenthesis after 同院; two plans; address with U+2212 minus signs (本町一丁目８−１２); the filing date before the page date; the clinic keeps operating (nothing closed); the plan's 平成30年 submission as history",
     bureau("東北厚生局", "再生医療等提供計画の中止の届出について", "令和7年6月20日", f"""
<p>山形県鶴岡市の「{CL}」を開設する{OP}（理事長：羽黒 直人）から、同院（院長　湯野浜 梓）において提供していた下記の第三種再生医療等提供計画について、令和7年6月13日付けで中止の届出がありましたので、お知らせします。</p>
<h2>中止された計画</h2>
<ol><li>{PL1}（平成30年12月提出）</li><li>{PL2}（令和2年4月提出）</li></ol>
<h2>医療機関の所在地</h2>
<p>山形県鶴岡市本町一丁目８−１２</p>
<h2>備考</h2>
<p>同院は、上記の計画に係る再生医療等の提供を終了したものであり、医療機関としての診療は引き続き行われています。上記計画により治療を受けた方の経過観察は、同院で継続されます。</p>
""", trail=("健康福祉部", "医事課", "再生医療")),
     [N("discontinuation_filing", "東北厚生局", "2025-06-20", [],
        [S(CL, "clinic", "山形県鶴岡市", "山形県鶴岡市本町一丁目８−１２", OP, [PL1, PL2]),
         S(OP, "operator")],
        persons=[P("羽黒 直人", "理事長", OP), P("湯野浜 梓", "院長", CL)],
        plans=[PL1, PL2])])

# ====================================================================== q11
OP = "医療法人社団 紬葉会"
CL = "つむぎ再生医療クリニック 銀座"
CLQ = f"{OP} {CL}"
page("q11_mhlw_emergency_violation_addendum_closed_kaimei.html",
     "MHLW emergency order (法第22条) with a violation (法第４条第１項違反) and a dated closure addendum: 【追記】 posted 令和７年５月２３日 says the filing came on 令和７年５月２０日 and the clinic closed 令和７年５月１６日 (part issued_on = filing date, closure on = closing date); the rename only in 【参考】 「同院は、令和６年１月に「Y」から現在の名称に改めている」 (year-month, new name not printed); labelled lines 命令の相手方 / 管理者 / 所在地; full-width digits",
     mhlw("再生医療等の安全性の確保等に関する法律に基づく緊急命令について（再生医療等の提供の一時停止）",
          "令和７年４月２５日", f"""
<p>　本日、厚生労働大臣は、下記の再生医療等提供機関の管理者に対し、{LAW_FW}第２２条に基づき、再生医療等の提供の一時停止を命じました。</p>
<h2>１．命令の相手方</h2>
<p>　医療機関名：{CLQ}<br>
　管理者：木挽 隆一<br>
　所在地：東京都中央区銀座六丁目１３番１６号　銀座ＴＳビル８Ｆ</p>
<h2>２．一時停止を命じた再生医療等</h2>
<p>　第一種再生医療等提供計画を提出することなく提供されていた、他人の臍帯血由来の細胞を用いた再生医療等</p>
<h2>３．確認された法律違反</h2>
<p>　第一種再生医療等提供計画を厚生労働大臣に提出せずに、美容を目的として、他人の臍帯血由来の細胞を用いた再生医療等を提供していたこと（法第４条第１項違反）</p>
<h2>【参考】</h2>
<p>　同院は、令和６年１月に「銀座みゆき通り美容外科」から現在の名称に改めている。</p>
<h2>【追記】（令和７年５月２３日）</h2>
<p>　令和７年５月２０日、開設者から、同院を令和７年５月１６日をもって廃止した旨の届出がありました。</p>
""", "2025年4月", "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　弓削（内線4120）<br>（代表電話）03-5253-1111"),
     [N("emergency_order", "厚生労働省", "2025-04-25", ["法第22条"],
        [S(CLQ, "clinic", "東京都中央区", "東京都中央区銀座六丁目１３番１６号 銀座ＴＳビル８Ｆ", OP),
         S(OP, "operator")],
        persons=[P("木挽 隆一", "管理者", CLQ)],
        violations=["法第4条第1項"],
        renames=[R("銀座みゆき通り美容外科", CLQ, "2024-01")]),
      N("closure_filing", "厚生労働省", "2025-05-20", [],
        [S(CLQ, "clinic", "東京都中央区", "東京都中央区銀座六丁目１３番１６号 銀座ＴＳビル８Ｆ", OP)],
        renames=[R("銀座みゆき通り美容外科", CLQ, "2024-01")],
        closures=[C(CLQ, "2025-05-16")], part="closure")])

# ====================================================================== q12
OP = "医療法人 桜洲会"
CL = "医療法人 桜洲会 さつまＰＲＰクリニック"
PL1 = "自己多血小板血漿を用いた変形性足関節症の治療"
PL2 = "自己多血小板血漿を用いたアキレス腱付着部症の治療"
page("q12_kyushu_jisshi_sekininsha_ishi_nao_dou_in.html",
     "九州 improvement order (法第23条第1項) in prose sections (1)(2)(3); the manager in a parenthesis without a space （管理者：伊集院誠）; the 実施責任者 named in a sentence with 医師; plans 「A」及び「B」; address with half-width katakana ｰ as hyphens (中央町２２ｰ１６); the rename in a separate paragraph with 同院 (「なお、同院は、令和５年１１月１日付けで「Y」から名称を変更している。」: new name not printed)",
     bureau("九州厚生局", "再生医療等提供機関の管理者に対する改善命令の発出について", "令和7年10月3日", f"""
<p>九州厚生局長は、令和7年10月3日付けで、再生医療等の安全性の確保等に関する法律第23条第1項に基づき、次のとおり改善命令を発出しました。</p>
<p>(1) 命令の相手方</p>
<p>　鹿児島県鹿児島市中央町２２ｰ１６　さつまビル３階の{CL}（管理者：伊集院誠）</p>
<p>(2) 命令の対象となった再生医療等提供計画</p>
<p>　「{PL1}」及び「{PL2}」</p>
<p>(3) 命令の理由及び内容</p>
<p>　当局の立入検査において、両計画の実施責任者である 指宿 和香 医師が、計画に定める採血量を超えて採血を行っていたこと、及び多血小板血漿の調製記録が作成されていなかったことが確認された。このため、採血及び調製の手順の遵守を徹底するとともに、令和7年10月31日までに改善計画を提出するよう命じた。</p>
<p>　なお、同院は、令和５年１１月１日付けで「中央町スポーツ整形クリニック」から名称を変更している。</p>
""", trail=("健康福祉部", "医事課", "再生医療等")),
     [N("improvement_order", "九州厚生局", "2025-10-03", ["法第23条第1項"],
        [S(CL, "clinic", "鹿児島県鹿児島市", "鹿児島県鹿児島市中央町２２ｰ１６ さつまビル３階", OP, [PL1, PL2]),
         S(OP, "operator")],
        persons=[P("伊集院誠", "管理者", CL), P("指宿 和香", "実施責任者", CL)],
        plans=[PL1, PL2],
        renames=[R("中央町スポーツ整形クリニック", CL, "2023-11-01")])])

# ====================================================================== q13
OP = "医療法人 泉北会"
FAC = "せんぼく再生医療クリニック 細胞加工室"
page("q13_kinki_facility_closure_kyu_houjinmei_cell.html",
     "近畿 closure filing of an in-clinic facility, given in a th/td table (施設名｜施設番号｜設置者｜所在地｜廃止年月日): the operator's former name only as 「（旧法人名：医療法人 泉ヶ丘会）」 in the 設置者 cell (no date); the 理事長 in the lead sentence in a parenthesis; half-width hyphen address (茶山台1-2-3); the clinic that housed the facility keeps operating (context, not a subject); filing date in the lead, before the page date",
     bureau("近畿厚生局", "細胞培養加工施設の廃止の届出について", "令和8年3月13日", f"""
<p>設置者である{OP}（理事長　槇塚 祐介）から、令和8年3月4日付けで、下記の細胞培養加工施設を廃止した旨の届出がありました。</p>
<table border="1">
<tr><th>施設名</th><th>施設番号</th><th>設置者</th><th>所在地</th><th>廃止年月日</th></tr>
<tr><td>{FAC}</td><td>FC5270233{KASO}</td><td>{OP}（旧法人名：医療法人 泉ヶ丘会）</td><td>大阪府堺市南区茶山台1-2-3 泉ヶ丘メディカルモール2階</td><td>令和8年2月28日</td></tr>
</table>
<p>なお、せんぼく再生医療クリニックは引き続き診療を行っており、同院の再生医療等提供計画については、外部の細胞培養加工施設に製造を委託する内容に変更されています。</p>
""", trail=("健康福祉部", "医事課", "届出")),
     [N("closure_filing", "近畿厚生局", "2026-03-13", [],
        [S(FAC, "cell_processing_facility", "大阪府堺市南区", "大阪府堺市南区茶山台1-2-3 泉ヶ丘メディカルモール2階",
           OP, [], "FC5270233"),
         S(OP, "operator")],
        persons=[P("槇塚 祐介", "理事長", OP)],
        renames=[R("医療法人 泉ヶ丘会", OP, None)],
        closures=[C(FAC, "2026-02-28")])])

# ====================================================================== q14
OP = "医療法人社団 立葵会"
CL1 = "立葵会 とやま再生クリニック"
CL2 = "立葵会 かなざわ再生クリニック"
PL = "自己脂肪由来幹細胞を用いた変形性股関節症の治療"
page("q14_tokai_hokuriku_two_clinics_keii_kaisho_shi.html",
     "東海北陸 improvement order (法第23条第1項) to two clinics of one 医療法人社団, named in one sentence each with its manager and 氏; the 理事長 in a later sentence without a space (理事長 八尾正明); one plan shared by both clinics (on the notice only); the rename of one clinic only in the 経緯 section (「かなざわ再生クリニックは、令和６年７月に「Y」から改称しており」: year-month, new name shorter than the subject name); half-width hyphens (総曲輪3-7-15) and kanji 番地 (片町二丁目二番地)",
     bureau("東海北陸厚生局", "再生医療等提供機関2機関に対する改善命令について", "令和7年12月5日", f"""
<p>当局は、令和7年12月5日、{OP}が開設する次の2機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づく改善命令を行いました。</p>
<p>・「{CL1}」（富山県富山市総曲輪3-7-15）の管理者である岩瀬 陽介 氏</p>
<p>・「{CL2}」（石川県金沢市片町二丁目二番地）の管理者である犀川 京子 氏</p>
<p>両院は、いずれも「{PL}」を提供している。</p>
<h2>経緯</h2>
<p>かなざわ再生クリニックは、令和６年７月に「片町スキンケアクリニック」から改称しており、同年9月以降、とやま再生クリニックで採取した脂肪組織を用いた細胞の投与を行っていた。令和7年10月の立入検査において、両院間での組織の運搬の記録がなく、計画に定める運搬の条件が守られていたか確認できないことが判明した。</p>
<h2>命令の内容</h2>
<p>組織の運搬に関する手順を定め記録を作成すること、及び令和8年1月9日までに改善の状況を報告すること。また、開設者の理事長 八尾正明 に対しても、同法人全体での再発防止策の策定を求めた。</p>
""", trail=("健康福祉部", "医事課")),
     [N("improvement_order", "東海北陸厚生局", "2025-12-05", ["法第23条第1項"],
        [S(CL1, "clinic", "富山県富山市", "富山県富山市総曲輪3-7-15", OP),
         S(CL2, "clinic", "石川県金沢市", "石川県金沢市片町二丁目二番地", OP),
         S(OP, "operator")],
        persons=[P("岩瀬 陽介", "管理者", CL1), P("犀川 京子", "管理者", CL2), P("八尾正明", "理事長", OP)],
        plans=[PL],
        renames=[R("片町スキンケアクリニック", "かなざわ再生クリニック", "2024-07")])])

# ====================================================================== q15
page("q15_mhlw_listing_month.html",
     "MHLW monthly listing of press releases (報道発表資料 2025年8月): q01's title among unrelated releases, each a dated link; a listing, not a notice",
     f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="UTF-8"><title>報道発表資料 2025年8月｜厚生労働省</title></head>
<body>
<header class="l-header"><div class="l-header__logo">厚生労働省</div></header>
<nav class="l-breadcrumb"><ul><li>ホーム</li><li>報道・広報</li><li>報道発表資料</li><li>2025年8月</li></ul></nav>
<main class="l-main">
<p class="m-note">{FICTION}</p>
<h1>報道発表資料 2025年8月</h1>
<ul class="m-listNews">
<li><span class="m-listNews__date">2025年8月29日</span> <a>「医療施設動態調査（令和7年5月末概数）」を公表します</a></li>
<li><span class="m-listNews__date">2025年8月22日</span> <a>第9回 医療現場の働き方改革推進会議を開催します</a></li>
<li><span class="m-listNews__date">2025年8月8日</span> <a>再生医療等の安全性の確保等に関する法律第２２条に基づく再生医療等の提供の一時停止命令について</a></li>
<li><span class="m-listNews__date">2025年8月5日</span> <a>熱中症による救急搬送状況（7月分速報値）</a></li>
<li><span class="m-listNews__date">2025年8月1日</span> <a>特定細胞加工物製造事業者の許可の状況（令和7年7月末現在）を公表します</a></li>
</ul>
<p>≪ 2025年7月　｜　2025年9月 ≫</p>
</main>
<footer class="l-footer"><p>ページの先頭へ戻る</p></footer>
</body>
</html>
""",
     [], what="listing")

# ====================================================================== q16
page("q16_kantoshinetsu_other_procedure_guide_rename_example.html",
     "関東信越 page that is not a notice: a procedure guide for 名称変更, 廃止 and 中止 filings with an example rename (「○○クリニック」から「△△クリニック」へ), an example facility number marked invented, articles named, a 開設者 example and a contact person; no party",
     bureau("関東信越厚生局", "再生医療等提供機関の名称変更・廃止等の手続について", "令和7年4月1日更新", """
<h2>1　名称を変更するとき</h2>
<p>再生医療等提供機関の名称を変更した場合（例：「○○クリニック」から「△△クリニック」へ名称変更した場合）は、変更後30日以内に、再生医療等提供計画の変更の届出を行ってください。開設者（医療法人の名称や理事長）が変わった場合も同様です。</p>
<h2>2　細胞培養加工施設を廃止するとき</h2>
<p>院内の細胞培養加工施設を廃止したときは、廃止の日から30日以内に廃止届を提出してください。届出書には施設番号（例：FC3000000（テスト用の架空の番号））を記載してください。</p>
<h2>3　提供計画を中止するとき</h2>
<p>再生医療等の提供を中止したときは、中止の日から10日以内に中止の届出を行ってください。</p>
<h2>4　行政処分について</h2>
<p>届出を怠った場合、法第23条第1項に基づく改善命令や、法第22条に基づく緊急命令の対象となることがあります。</p>
<p>お問い合わせ：健康福祉部 医事課 再生医療担当（担当：那須塩原）</p>
""", trail=("健康福祉部", "医事課", "手続案内")),
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
