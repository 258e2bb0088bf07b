# Held-out gold set (issue 5): writes pages/*.html and gold.json.
#
# Written independently of the extractor and of ../make_gold.py: the pages are
# invented, worded in the way MHLW press releases and the regional bureaus'
# pages are worded, and annotated by hand from what each page states, following
# the conventions of ../README.md. Do NOT tune the extractor on this set.
# Run: python3 crawler/tests/gold/heldout/make_heldout.py  (then check.py)
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
REL = "crawler/tests/gold/heldout/pages/"
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
FAKE_NO = "（テスト用の架空の番号）"
LAW = "再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）"
TITLE_EO = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
TITLE_IO = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"


# ------------------------------------------------------------------ annotations
def S(name, role, place=None, address=None, operator=None, plans=(), fn=None):
    return {"name": name, "role": role, "place": place, "address": address,
            "operator": operator, "plans": list(plans), "facility_number": fn}

def OP(name):
    return S(name, "operator")

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


# ------------------------------------------------------------------ page shells
# Two shells, shaped differently from the existing set's template on purpose.
def mhlw(title, date_line, month, body, heading="h1", wrap="main", office="医政局研究開発政策課 再生医療等研究推進室",
         staff=("室長補佐　架空 太郎（内線0000）", "専門官　　仮名 花子（内線0000）")):
    staff_html = "".join(f"<p>{s}</p>\n" for s in staff)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{title}｜報道発表資料｜厚生労働省</title>
</head>
<body>
<div id="header"><p class="logo">厚生労働省</p><ul class="gnav"><li>ホーム</li><li>テーマ別に探す</li><li>報道・広報</li><li>政策について</li></ul></div>
<div id="breadcrumb"><ol><li>ホーム</li><li>報道・広報</li><li>報道発表資料</li><li>{month}</li><li>{title}</li></ol></div>
<{wrap} id="content">
<p class="fiction">{FICTION}</p>
<div class="release-head">
<p class="date">{date_line}</p>
<div class="inquiry"><p>【照会先】</p>
<p>{office}</p>
{staff_html}<p>（代表電話）03（0000）0000</p></div>
</div>
<p>報道関係者各位</p>
<{heading}>{title}</{heading}>
{body}
</{wrap}>
<div id="footer"><p>ページの先頭へ戻る</p><p>Copyright © Ministry of Health, Labour and Welfare (test fixture)</p></div>
</body>
</html>
"""

def bureau(site, slug, title, date_line, body, heading="h1", wrap="main", date_after_heading=False):
    head = f"<{heading}>{title}</{heading}>\n"
    date = f"<p class=\"right\">{date_line}</p>\n<p class=\"right\">{site}</p>\n"
    top = head + date if date_after_heading else date + head
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{title}｜{site}</title>
</head>
<body>
<div class="site-header"><a href="/{slug}/" class="site-title">{site}</a><ul class="menu"><li>トップページ</li><li>業務内容</li><li>お知らせ</li></ul></div>
<div class="topicpath"><a href="/{slug}/">トップ</a> ＞ <a href="/{slug}/iji/">医療・福祉</a> ＞ {title}</div>
<{wrap} class="contents">
<p class="fiction">{FICTION}</p>
{top}{body}
</{wrap}>
<div class="site-footer"><p>このページのトップへ</p></div>
</body>
</html>
"""

def p(*lines):
    return "".join(f"<p>{l}</p>\n" for l in lines)


PAGES_OUT = []   # (filename, html, annotation)

def page(fname, html, what, covers, notices):
    PAGES_OUT.append((fname, html, {"file": REL + fname, "what": what, "covers": covers,
                                    "notices": notices}))


# ================================================================== h01
page("h01_mhlw_meisho_henkogo_h2_bullets.html",
     mhlw(TITLE_EO, "令和6年6月14日", "2024年6月", p(
        f"令和6年6月11日、医療法人社団光輪会が開設する「こうりん再生クリニック」（大阪府大阪市北区）から、{LAW}第18条に基づく疾病等報告が厚生労働省に対してなされました。",
        "保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、同クリニックに対して下記の再生医療等の提供の一時停止を命じましたので、お知らせいたします。",
        "【報告された事案】",
        "名称変更後の「こうりん再生クリニック」(旧名称「梅田エイジングケアクリニック」)において、自己脂肪由来の間葉系幹細胞を静脈内に投与された患者1名に、肺塞栓症が疑われる症状が生じ、救急搬送された。",
        "【提供の一時停止を命じた再生医療等】",
        "・第二種再生医療等提供計画「自己脂肪由来間葉系幹細胞の静脈内投与による慢性関節痛の治療」",
        "・第二種再生医療等提供計画「自己脂肪由来間葉系幹細胞の静脈内投与による肝機能の改善」",
     ), heading="h2"),
     "notices",
     "heading in <h2>; rename 名称変更後の「X」(旧名称「Y」) with half-width parentheses in a later section, the first mention carrying only the place; operator stated as 「Zが開設する」; two plans as ・ bullets with the 第二種再生医療等提供計画 prefix; two staff names in 【照会先】 (not persons)",
     [N("emergency_order", "厚生労働省", "2024-06-14", ["法第22条"], [],
        ["自己脂肪由来間葉系幹細胞の静脈内投与による慢性関節痛の治療",
         "自己脂肪由来間葉系幹細胞の静脈内投与による肝機能の改善"],
        [S("こうりん再生クリニック", "clinic", "大阪府大阪市北区", None, "医療法人社団光輪会",
           ["自己脂肪由来間葉系幹細胞の静脈内投与による慢性関節痛の治療",
            "自己脂肪由来間葉系幹細胞の静脈内投与による肝機能の改善"]),
         OP("医療法人社団光輪会")],
        [], [RN("梅田エイジングケアクリニック", "こうりん再生クリニック")])])

# ================================================================== h02
page("h02_mhlw_article_kyu_colon_dated.html",
     mhlw(TITLE_IO, "令和5年9月8日", "2023年9月", p(
        f"厚生労働大臣は、本日、株式会社ルミナセルが設置する「ルミナセル川崎細胞加工センター」（神奈川県川崎市川崎区。旧：「ルミナセル京浜細胞加工室」、令和5年4月1日名称変更。施設番号：FC3140231{FAKE_NO}）に対し、{LAW}第48条第2項に基づき、改善命令を行いましたので、お知らせします。",
        "【経緯】",
        "令和5年6月、当該細胞培養加工施設から、法施行規則第107条に基づく重大事態報告がなされた。これを受けて、法第52条第1項に基づく立入検査を令和5年7月に実施したところ、以下の事項が確認された。",
        "・無菌操作区域の環境モニタリングにおいて基準値を超える微生物が検出されていたにもかかわらず、逸脱の処理が行われていなかったこと",
        "・原料の受入試験の手順が定められていなかったこと",
        "【改善命令の内容】",
        "上記の事項について原因を究明し、再発防止策を講じた上で、令和5年10月6日までに改善計画を提出すること。",
     ), wrap="article"),
     "notices",
     "body inside <article> (no <main>); facility-only improvement order by the Minister; rename 「X」（place。旧：「Y」、令和5年4月1日名称変更。施設番号：…） — place, former name with date and facility number in one parenthesis; operator stated as 「Zが設置する」; 施行規則第107条 and an inspection article mentioned only as context",
     [N("improvement_order", "厚生労働省", "2023-09-08", ["法第48条第2項"], [], [],
        [S("ルミナセル川崎細胞加工センター", "cell_processing_facility", "神奈川県川崎市川崎区", None,
           "株式会社ルミナセル", fn="FC3140231"),
         OP("株式会社ルミナセル")],
        [], [RN("ルミナセル京浜細胞加工室", "ルミナセル川崎細胞加工センター", "2023-04-01")])])

# ================================================================== h03
page("h03_kinki_numbered_list_toshite.html",
     bureau("近畿厚生局", "kinki", TITLE_IO, "令和6年3月22日", p(
        f"近畿厚生局長は、本日、{LAW}第23条第1項の規定に基づき、下記の再生医療等提供機関の管理者に対し、改善命令を行いましたので、お知らせします。",
        "記",
        "第1　被処分者",
        "１．医療法人和泉会 いずみ再生クリニック",
        "　　所在地　大阪府堺市堺区南瓦町3番1号 堺東メディカルビル4階",
        "　　管理者　和泉 智之",
        "　　計画名　第三種再生医療等提供計画「多血小板血漿を用いた変形性膝関節症の治療」",
        "２．医療法人和泉会 きしわだ再生クリニック",
        "　　所在地　大阪府岸和田市宮本町1番10号",
        "　　管理者　岸田ゆかり",
        "　　計画名　第三種再生医療等提供計画「多血小板血漿を用いた変形性膝関節症の治療」",
        "３．ひがし生駒セルクリニック",
        "　　所在地　奈良県生駒市元町一丁目6番12号 生駒駅前ビル2階",
        "　　管理者　生駒　隆",
        "　　計画名　第二種再生医療等提供計画「自己脂肪由来幹細胞を用いた皮膚の再生治療」",
        "第2　処分の内容",
        "法第23条第1項に基づく改善命令",
        "第3　経緯",
        "「生駒美容再生クリニック」は令和6年1月から「ひがし生駒セルクリニック」として診療を行っている。令和5年12月から令和6年2月にかけて、上記３機関に対し法第24条第1項に基づく立入検査を実施したところ、いずれの機関においても、認定再生医療等委員会への定期報告が行われていなかったことが確認された。",
     )),
     "notices",
     "three clinics in a numbered list （１．２．３．） with indented 所在地／管理者／計画名 lines; manager names with a half-width space, with no space, and with a full-width space; plans with 第三種／第二種 prefixes (the same plan for two clinics); rename 「Y」は令和6年1月から「X」として (year-month, no day); place outside 東京 (堺市堺区, 岸和田市, 生駒市)",
     [N("improvement_order", "近畿厚生局", "2024-03-22", ["法第23条第1項"], [],
        ["多血小板血漿を用いた変形性膝関節症の治療", "自己脂肪由来幹細胞を用いた皮膚の再生治療"],
        [S("医療法人和泉会 いずみ再生クリニック", "clinic", "大阪府堺市堺区",
           "大阪府堺市堺区南瓦町3番1号 堺東メディカルビル4階", "医療法人和泉会",
           ["多血小板血漿を用いた変形性膝関節症の治療"]),
         S("医療法人和泉会 きしわだ再生クリニック", "clinic", "大阪府岸和田市",
           "大阪府岸和田市宮本町1番10号", "医療法人和泉会",
           ["多血小板血漿を用いた変形性膝関節症の治療"]),
         S("ひがし生駒セルクリニック", "clinic", "奈良県生駒市",
           "奈良県生駒市元町一丁目6番12号 生駒駅前ビル2階", None,
           ["自己脂肪由来幹細胞を用いた皮膚の再生治療"]),
         OP("医療法人和泉会")],
        [PER("和泉 智之", "管理者", "医療法人和泉会 いずみ再生クリニック"),
         PER("岸田ゆかり", "管理者", "医療法人和泉会 きしわだ再生クリニック"),
         PER("生駒 隆", "管理者", "ひがし生駒セルクリニック")],
        [RN("生駒美容再生クリニック", "ひがし生駒セルクリニック", "2024-01")])])

# ================================================================== h04
page("h04_kantoshinetsu_kyushogo_genshogo.html",
     bureau("関東信越厚生局", "kantoshinetsu", TITLE_IO, "令和7年2月7日", p(
        f"関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、細胞培養加工施設に対し、法第48条第2項に基づく改善命令を行いましたので、お知らせします。",
        "記",
        "第1　被処分者等",
        "名　　称　株式会社セルブリッジ（旧商号：株式会社湘南バイオラボ）",
        "（代表取締役　相模 圭一）",
        "所 在 地　神奈川県藤沢市辻堂神台二丁目2番2号 辻堂テクノスクエア6階",
        "施 設 名　セルブリッジ藤沢細胞培養センター",
        f"施設番号　FC3140412{FAKE_NO}",
        "処分内容　再生医療等の安全性の確保等に関する法律第48条第2項による改善命令",
        "第2　経緯",
        "令和6年7月1日、株式会社湘南バイオラボは現商号「株式会社セルブリッジ」に商号を変更した。令和6年11月、当局が当該施設に立入検査を行ったところ、製造管理及び品質管理の記録の一部が作成されておらず、また、自己点検が実施されていなかったことが確認された。",
        "第3　改善命令の内容",
        "1　製造管理及び品質管理の手順を見直し、記録を適切に作成・保存すること。",
        "2　改善の状況を令和7年3月7日までに報告すること。",
     )),
     "notices",
     "旧商号 in the 名 称 row （旧商号：Y）, and 現商号「X」 with the date in a separate sentence of 第2 経緯; （代表取締役　…） without colon; 名　　称 label padded with full-width spaces; facility number; facility name without the legal form of its operator",
     [N("improvement_order", "関東信越厚生局", "2025-02-07", ["法第48条第2項"], [], [],
        [S("セルブリッジ藤沢細胞培養センター", "cell_processing_facility", "神奈川県藤沢市",
           "神奈川県藤沢市辻堂神台二丁目2番2号 辻堂テクノスクエア6階", "株式会社セルブリッジ",
           fn="FC3140412"),
         OP("株式会社セルブリッジ")],
        [PER("相模 圭一", "代表取締役", "株式会社セルブリッジ")],
        [RN("株式会社湘南バイオラボ", "株式会社セルブリッジ", "2024-07-01")])])

# ================================================================== h05
page("h05_tokai_hokuriku_kaisetsusha_paragraph.html",
     bureau("東海北陸厚生局", "tokaihokuriku", TITLE_IO, "令和5年11月17日",
        p(f"東海北陸厚生局長は、本日、{LAW}第23条第1項に基づき、下記の再生医療等提供機関の管理者に対し、改善命令を行いました。",
          "記",
          "１　被処分者") +
        "<p>氏名：栄真理子<br>（医療法人社団なごみ会 さかえ再生クリニック　管理者）<br>"
        "所在地：愛知県名古屋市中区栄三丁目15番8号 栄セントラルスクエア7階<br>"
        "計画名：自己培養線維芽細胞を用いた皮膚のしわの治療<br>"
        "処分内容：法第23条第1項に基づく改善命令</p>\n" +
        p("２　経緯",
          "当局が令和5年9月に実施した立入検査において、当該医療機関では、特定細胞加工物の投与を受けた者に係る記録が保存されておらず、また、提供計画に記載のない医師が再生医療等を行っていたことが確認された。",
          "なお、当該医療機関の開設者は、令和5年8月1日に、その名称を「医療法人社団金鯱会」から「医療法人社団なごみ会」に変更している。",
          "３　改善命令の内容",
          "（１）再生医療等の提供に係る記録の作成及び保存を徹底すること。",
          "（２）提供計画の変更の手続を適切に行うこと。")),
     "notices",
     "開設者の名称変更 stated in its own paragraph (なお、…開設者は、…その名称を「Y」から「X」に変更している), the clinic's own name unchanged; one entry in a single <p> split by <br>, colon labels; manager name without a space; （… 管理者） with a space before 管理者; plan name unquoted",
     [N("improvement_order", "東海北陸厚生局", "2023-11-17", ["法第23条第1項"], [],
        ["自己培養線維芽細胞を用いた皮膚のしわの治療"],
        [S("医療法人社団なごみ会 さかえ再生クリニック", "clinic", "愛知県名古屋市中区",
           "愛知県名古屋市中区栄三丁目15番8号 栄セントラルスクエア7階", "医療法人社団なごみ会",
           ["自己培養線維芽細胞を用いた皮膚のしわの治療"]),
         OP("医療法人社団なごみ会")],
        [PER("栄真理子", "管理者", "医療法人社団なごみ会 さかえ再生クリニック")],
        [RN("医療法人社団金鯱会", "医療法人社団なごみ会", "2023-08-01")])])

# ================================================================== h06
page("h06_kyushu_seireki_gappei.html",
     bureau("九州厚生局", "kyushu", TITLE_IO, "2025年6月18日", p(
        f"九州厚生局長は、本日、{LAW}第23条第1項及び第48条第2項に基づき、下記の再生医療等提供機関及び細胞培養加工施設に対し改善命令を行いました。",
        "記",
        "１．被処分者等",
        "氏名：筑紫 雅人（医療法人筑前会 ちくぜん再生医療クリニック管理者）　所在地：福岡県福岡市博多区祇園町7番20号 祇園メディカルプラザ3階　計画名：自己脂肪由来幹細胞を用いた慢性疼痛の治療　処分内容：法第23条第1項による改善命令",
        "名称：医療法人筑前会（理事長：前原宗一郎）　所在地：福岡県福岡市博多区祇園町7番20号 祇園メディカルプラザ3階　施設名：ちくぜん再生医療クリニック細胞培養加工室　処分内容：法第48条第2項による改善命令",
        "２．経緯",
        "医療法人筑前会は、2024年10月1日に医療法人宗像会を吸収合併した。合併に伴い、医療法人宗像会が開設していた「宗像リジェネクリニック」は、同日付けで「ちくぜん再生医療クリニック」に名称を変更している。",
        "2025年4月に当局が実施した立入検査において、当該医療機関が提供計画に記載された細胞培養加工施設以外の施設で製造された特定細胞加工物を用いていたこと、及び当該細胞培養加工施設で製造記録が作成されていなかったことが確認された。",
     )),
     "notices",
     "date line in 西暦 (2025年6月18日) and 西暦 dates in the narrative; 九州 one-line entries (clinic entry with 管理者, facility entry 名称：…（理事長：…）… 施設名：…); 理事長 name without a space; 法人の合併 (医療法人筑前会 absorbed 医療法人宗像会) with a clinic rename on the same day (同日付けで「Y」…から「X」に名称を変更 — the old name comes first)",
     [N("improvement_order", "九州厚生局", "2025-06-18", ["法第23条第1項", "法第48条第2項"], [],
        ["自己脂肪由来幹細胞を用いた慢性疼痛の治療"],
        [S("医療法人筑前会 ちくぜん再生医療クリニック", "clinic", "福岡県福岡市博多区",
           "福岡県福岡市博多区祇園町7番20号 祇園メディカルプラザ3階", "医療法人筑前会",
           ["自己脂肪由来幹細胞を用いた慢性疼痛の治療"]),
         OP("医療法人筑前会"),
         S("ちくぜん再生医療クリニック細胞培養加工室", "cell_processing_facility", "福岡県福岡市博多区",
           "福岡県福岡市博多区祇園町7番20号 祇園メディカルプラザ3階", "医療法人筑前会")],
        [PER("筑紫 雅人", "管理者", "医療法人筑前会 ちくぜん再生医療クリニック"),
         PER("前原宗一郎", "理事長", "医療法人筑前会")],
        [RN("宗像リジェネクリニック", "ちくぜん再生医療クリニック", "2024-10-01")])])

# ================================================================== h07
page("h07_kantoshinetsu_iten_plans_bullets.html",
     bureau("関東信越厚生局", "kantoshinetsu", TITLE_IO, "令和7年10月3日", p(
        f"関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、再生医療等提供機関に対し、法第23条第1項に基づく改善命令を行いましたので、お知らせします。",
        "記",
        "第1　被処分者等",
        "氏　　名　碧海　亮",
        "（医療法人社団 碧水会 みなとみらい再生クリニック　管理者）",
        "所 在 地　神奈川県横浜市西区みなとみらい三丁目6番1号 みなとみらいセンタービル12階",
        "計 画 名　・自己多血小板血漿を用いた脱毛症の治療（第三種）",
        "　　　　　・自己多血小板血漿を用いた皮膚のしわの治療（第三種）",
        "処分内容　再生医療等の安全性の確保等に関する法律第23条第1項による改善命令",
        "第2　経緯",
        "同クリニックは、令和7年4月1日、神奈川県横浜市中区山下町1番地 山下町ビル3階から現在の所在地に移転した。移転前の令和7年2月に当局が実施した立入検査において、再生医療等を受ける者への説明及び同意の記録が保存されていないことが確認されたが、移転後も改善が図られていなかった。",
        "第3　改善命令の内容",
        "説明及び同意に関する手順書を整備し、令和7年11月4日までに改善状況を報告すること。",
     )),
     "notices",
     "移転: the 所 在 地 row gives the new address, the old address is in 第2 経緯 (…から現在の所在地に移転); plans as ・ bullets on two lines with the class as a suffix （第三種）; 氏　　名 label padded; manager name with a full-width space",
     [N("improvement_order", "関東信越厚生局", "2025-10-03", ["法第23条第1項"], [],
        ["自己多血小板血漿を用いた脱毛症の治療", "自己多血小板血漿を用いた皮膚のしわの治療"],
        [S("医療法人社団 碧水会 みなとみらい再生クリニック", "clinic", "神奈川県横浜市西区",
           "神奈川県横浜市西区みなとみらい三丁目6番1号 みなとみらいセンタービル12階",
           "医療法人社団 碧水会",
           ["自己多血小板血漿を用いた脱毛症の治療", "自己多血小板血漿を用いた皮膚のしわの治療"]),
         OP("医療法人社団 碧水会")],
        [PER("碧海 亮", "管理者", "医療法人社団 碧水会 みなとみらい再生クリニック")])])

# ================================================================== h08
TABLE08 = """<table class="datatable">
<caption>被処分者一覧</caption>
<thead><tr><th>医療機関名</th><th>所在地</th><th>管理者</th><th>処分内容</th></tr></thead>
<tbody>
<tr><td>医療法人社団 吉備会 きびセルクリニック</td><td>岡山県岡山市北区駅前町一丁目8番18号 岡山駅前タワー4階</td><td>吉備 健太郎</td><td>法第23条第1項に基づく改善命令</td></tr>
<tr><td>倉敷リジェネクリニック</td><td>岡山県倉敷市阿知二丁目23番10号</td><td>倉敷由美</td><td>同上</td></tr>
</tbody>
</table>
"""
page("h08_chugoku_shikoku_header_table_h2.html",
     bureau("中国四国厚生局", "chugokushikoku", TITLE_IO, "令和2年2月14日",
        p(f"中国四国厚生局長は、本日、{LAW}第23条第1項に基づき、以下の再生医療等提供機関の管理者に対して改善命令を行いましたので、お知らせします。") +
        TABLE08 +
        p("【経緯】",
          "上記２機関は、いずれも第二種再生医療等提供計画「自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療」に基づき再生医療等を提供していたが、令和元年11月に当局が実施した立入検査において、細胞の採取に係る記録及び疾病等の発生に係る記録が作成されていないことが確認された。"),
        heading="h2", date_after_heading=True),
     "notices",
     "heading in <h2> with the date line after it; <table> with a header row 医療機関名｜所在地｜管理者｜処分内容 (one row per clinic, 同上 in the second row); one plan shared by both clinics (notice plans only); one clinic with and one without its operator",
     [N("improvement_order", "中国四国厚生局", "2020-02-14", ["法第23条第1項"], [],
        ["自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療"],
        [S("医療法人社団 吉備会 きびセルクリニック", "clinic", "岡山県岡山市北区",
           "岡山県岡山市北区駅前町一丁目8番18号 岡山駅前タワー4階", "医療法人社団 吉備会"),
         OP("医療法人社団 吉備会"),
         S("倉敷リジェネクリニック", "clinic", "岡山県倉敷市", "岡山県倉敷市阿知二丁目23番10号")],
        [PER("吉備 健太郎", "管理者", "医療法人社団 吉備会 きびセルクリニック"),
         PER("倉敷由美", "管理者", "倉敷リジェネクリニック")])])

# ================================================================== h09
page("h09_hokkaido_suspension_place_first_dounen.html",
     bureau("北海道厚生局", "hokkaido", "再生医療等の安全性の確保等に関する法律に基づく業務停止命令について", "令和7年11月28日", p(
        f"北海道厚生局長は、本日、下記の特定細胞加工物製造事業者に対し、{LAW}第49条の規定に基づき、令和7年12月1日から令和8年2月28日までの間、特定細胞加工物の製造の業務の停止を命じました。",
        "記",
        "１　処分の対象",
        "所在地　　　北海道旭川市宮下通七丁目2番5号 旭川ステーションビル8階",
        "施設の名称　大雪バイオ旭川細胞培養センター",
        f"施設番号　　FC1010123{FAKE_NO}",
        "製造事業者　大雪バイオ株式会社　代表取締役　旭 雄大",
        "２　処分の理由",
        "当該施設は、令和6年4月に製造の許可を受けた「大雪バイオ旭川加工センター」が、同年10月1日に現在の名称に変更したものである。令和7年8月に当局が実施した立入検査において、令和7年3月に法第48条第2項に基づき命じた改善が行われていないことが確認された。",
     )),
     "notices",
     "業務停止命令 under 法第49条 with a period (dates in the period are not the notice date); 所在地 row before the facility name; 製造事業者 row carrying the operator and 代表取締役 on one line; rename with 同年 (「Y」が、同年10月1日に現在の名称に変更 — the new name is not restated); an earlier 法第48条第2項 order mentioned as history (not an article)",
     [N("suspension_order", "北海道厚生局", "2025-11-28", ["法第49条"], [], [],
        [S("大雪バイオ旭川細胞培養センター", "cell_processing_facility", "北海道旭川市",
           "北海道旭川市宮下通七丁目2番5号 旭川ステーションビル8階", "大雪バイオ株式会社",
           fn="FC1010123"),
         OP("大雪バイオ株式会社")],
        [PER("旭 雄大", "代表取締役", "大雪バイオ株式会社")],
        [RN("大雪バイオ旭川加工センター", "大雪バイオ旭川細胞培養センター", "2024-10-01")])])

# ================================================================== h10
page("h10_kinki_shinryojo_haishi_ni_tomonau.html",
     bureau("近畿厚生局", "kinki", "診療所の廃止に伴う再生医療等提供計画の廃止について", "令和7年7月11日", p(
        "下記の再生医療等提供機関から、診療所の廃止に伴い、再生医療等提供計画を廃止する旨の届出がありましたので、お知らせします。",
        "記",
        "所在地　　　　　兵庫県芦屋市大原町9番1号 芦屋ステーションプラザ2階",
        "医療機関の名称　医療法人社団 六甲会 芦屋セルクリニック",
        "開設者　　　　　医療法人社団 六甲会（理事長 六甲 静香）",
        "診療所の廃止日　令和7年6月30日",
        "廃止した計画",
        "・第二種再生医療等提供計画「自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療」",
        "・第三種再生医療等提供計画「多血小板血漿を用いた皮膚の再生療法」",
        "当該医療機関では、上記計画に基づく再生医療等は既に終了しており、新たな提供は行われません。",
     )),
     "notices",
     "closure page 診療所の廃止に伴う…計画の廃止 (the clinic is closed, not only its plans); 所在地 row before the name; 開設者 row with （理事長 …） without colon; closure date in its own row; two plans as ・ bullets with 第二種／第三種 prefixes",
     [N("closure_filing", "近畿厚生局", "2025-07-11", [], [],
        ["自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療", "多血小板血漿を用いた皮膚の再生療法"],
        [S("医療法人社団 六甲会 芦屋セルクリニック", "clinic", "兵庫県芦屋市",
           "兵庫県芦屋市大原町9番1号 芦屋ステーションプラザ2階", "医療法人社団 六甲会",
           ["自己脂肪由来間葉系幹細胞を用いた変形性膝関節症の治療", "多血小板血漿を用いた皮膚の再生療法"]),
         OP("医療法人社団 六甲会")],
        [PER("六甲 静香", "理事長", "医療法人社団 六甲会")], [],
        [CL("医療法人社団 六甲会 芦屋セルクリニック", "2025-06-30")])])

# ================================================================== h11
TABLE11 = f"""<table border="1">
<tr><th>施設番号</th><th>細胞培養加工施設の名称</th><th>所在地</th><th>製造事業者</th><th>失効日</th></tr>
<tr><td>FC7430088{FAKE_NO}</td><td>くまもとセルテック 熊本細胞加工センター</td><td>熊本県熊本市東区健軍本町5番12号</td><td>株式会社くまもとセルテック</td><td>令和6年11月30日</td></tr>
</table>
"""
page("h11_kyushu_kyoka_shikko_table.html",
     bureau("九州厚生局", "kyushu", "特定細胞加工物の製造の許可の失効について", "令和6年12月6日",
        p("下記の細胞培養加工施設について、製造事業者から当該施設を廃止した旨の届出があったため、令和6年11月30日をもって、同施設に係る特定細胞加工物の製造の許可は失効しました。") +
        TABLE11 +
        p("当該施設で製造された特定細胞加工物を用いて再生医療等を提供していた医療機関においては、提供計画の変更等の手続が必要となります。")),
     "notices",
     "許可の失効 because the facility was closed (廃止した旨の届出); <table> whose header row is 施設番号｜名称｜所在地｜製造事業者｜失効日; facility number first; no order article",
     [N("closure_filing", "九州厚生局", "2024-12-06", [], [], [],
        [S("くまもとセルテック 熊本細胞加工センター", "cell_processing_facility", "熊本県熊本市東区",
           "熊本県熊本市東区健軍本町5番12号", "株式会社くまもとセルテック", fn="FC7430088"),
         OP("株式会社くまもとセルテック")],
        [], [], [CL("くまもとセルテック 熊本細胞加工センター", "2024-11-30")])])

# ================================================================== h12
page("h12_kantoshinetsu_haishi_todoke_juri.html",
     bureau("関東信越厚生局", "kantoshinetsu", "細胞培養加工施設の廃止届の受理について", "令和8年1月16日", p(
        "関東信越厚生局は、令和8年1月9日付けで、下記の細胞培養加工施設に係る廃止届を受理しました。",
        "記",
        "施設の名称：セルブリッジ藤沢細胞培養センター",
        f"施設番号：FC3140412{FAKE_NO}",
        "所在地：神奈川県藤沢市辻堂神台二丁目2番2号 辻堂テクノスクエア6階",
        "届出者：株式会社セルブリッジ　代表取締役　相模圭一",
        "廃止年月日：令和7年12月31日",
        "備考：当該施設に対しては、令和7年2月7日付けで改善命令を行っている。",
     )),
     "notices",
     "廃止届の受理 of a facility (same facility and facility number as h04; same 代表取締役, here written without a space); the filing/receipt date (令和8年1月9日) differs from the page date and from the closure date; an earlier order mentioned in 備考 (not an article)",
     [N("closure_filing", "関東信越厚生局", "2026-01-16", [], [], [],
        [S("セルブリッジ藤沢細胞培養センター", "cell_processing_facility", "神奈川県藤沢市",
           "神奈川県藤沢市辻堂神台二丁目2番2号 辻堂テクノスクエア6階", "株式会社セルブリッジ",
           fn="FC3140412"),
         OP("株式会社セルブリッジ")],
        [PER("相模圭一", "代表取締役", "株式会社セルブリッジ")], [],
        [CL("セルブリッジ藤沢細胞培養センター", "2025-12-31")])])

# ================================================================== h13
PLAN13 = "自己脂肪由来間葉系幹細胞を用いたアトピー性皮膚炎の治療"
page("h13_mhlw_dounen_meisho_henko_koushin.html",
     mhlw(TITLE_EO, "令和7年12月12日", "2025年12月", p(
        f"令和7年12月8日、「鴨川リジェネクリニック」（京都府京都市中京区。旧名称「鴨川エイジングケアクリニック」、同年10月1日名称変更。開設者：一般社団法人 洛中メディカル）から、{LAW}第18条に基づく疾病等報告がなされました。",
        "報告によれば、当該再生医療等を受けた患者2名に、投与後に高熱及び血圧の低下が生じ、入院による治療を要したとのことです。",
        "保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、再生医療等の提供の一時停止を命じました。",
        "【提供の一時停止を命じた再生医療等】",
        f"第二種再生医療等提供計画「{PLAN13}」",
        "【更新】（令和8年1月9日）",
        "同クリニックについては、令和7年12月26日付けで診療所の廃止届が提出されたことを確認しました。",
     )),
     "notices",
     "rename 旧名称「Y」、同年10月1日名称変更 inside the place parenthesis (同年 = the year of the sentence's first date, 令和7年); 開設者： with 一般社団法人 and a space; one plan with a 第二種 prefix, not bulleted; closure addendum headed 【更新】 (not 【追記】) with its own posting date and a filing date",
     [N("emergency_order", "厚生労働省", "2025-12-12", ["法第22条"], [], [PLAN13],
        [S("鴨川リジェネクリニック", "clinic", "京都府京都市中京区", None, "一般社団法人 洛中メディカル", [PLAN13]),
         OP("一般社団法人 洛中メディカル")],
        [], [RN("鴨川エイジングケアクリニック", "鴨川リジェネクリニック", "2025-10-01")]),
      N("closure_filing", "厚生労働省", "2025-12-26", [], [], [],
        [S("鴨川リジェネクリニック", "clinic", "京都府京都市中京区", None, "一般社団法人 洛中メディカル")],
        [], [RN("鴨川エイジングケアクリニック", "鴨川リジェネクリニック", "2025-10-01")],
        [CL("鴨川リジェネクリニック", "2025-12-26")], part="closure")])

# ================================================================== h14
page("h14_tokai_hokuriku_revocation_reiwa_gannen.html",
     bureau("東海北陸厚生局", "tokaihokuriku", "特定細胞加工物の製造の許可の取消しについて", "令和元年12月20日", p(
        f"東海北陸厚生局長は、本日付けで、下記の特定細胞加工物製造事業者に対し、{LAW}第49条の規定に基づき、特定細胞加工物の製造の許可を取り消しました。",
        "【製造事業者】株式会社北陸セルサイエンス（代表取締役　加賀 宏明）",
        "【施設の名称】北陸セルサイエンス 金沢細胞培養センター",
        "【所在地】石川県金沢市広岡三丁目1番1号 金沢ラボラトリーズ5階",
        f"【施設番号】FC4170031{FAKE_NO}",
        "【処分の内容】法第49条の規定に基づく許可の取消し",
        "【処分の理由】",
        "当該製造事業者は、平成31年3月に法第48条第2項に基づく改善命令を受けたが、その後の立入検査においても無菌操作の管理体制が改善されておらず、令和元年9月には許可を受けていない施設で特定細胞加工物を製造していたことが判明した。",
     ), wrap="div"),
     "notices",
     "許可の取消し (licence_revocation) dated 令和元年 (元年); 【label】value layout; （代表取締役　…）; a 平成 date and an earlier 法第48条第2項 order as history; no <main> (body in a plain <div>)",
     [N("licence_revocation", "東海北陸厚生局", "2019-12-20", ["法第49条"], [], [],
        [S("北陸セルサイエンス 金沢細胞培養センター", "cell_processing_facility", "石川県金沢市",
           "石川県金沢市広岡三丁目1番1号 金沢ラボラトリーズ5階", "株式会社北陸セルサイエンス",
           fn="FC4170031"),
         OP("株式会社北陸セルサイエンス")],
        [PER("加賀 宏明", "代表取締役", "株式会社北陸セルサイエンス")])])

# ================================================================== h15
PLAN15 = "他家臍帯由来間葉系幹細胞を用いた脳梗塞後遺症の治療"
page("h15_mhlw_incho_seireki_shogo_henko.html",
     mhlw(TITLE_IO, "令和4年7月29日", "2022年7月", p(
        f"厚生労働大臣は、本日、下記の再生医療等提供機関及び細胞培養加工施設に対し、{LAW}第23条第1項及び第48条第2項に基づき、改善命令を行いました。",
        "【改善命令の対象】",
        "１．再生医療等提供機関：「表参道セルメディカルクリニック」（東京都渋谷区）　院長：青山 恵子",
        "２．細胞培養加工施設：「株式会社アークセル 東京細胞加工センター」（東京都大田区）　代表取締役：大森健司",
        "【経緯】",
        f"表参道セルメディカルクリニックが提供する第一種再生医療等提供計画「{PLAN15}」について、令和4年5月に立入検査を実施したところ、特定細胞加工物の受入れ時の確認が行われていなかったこと、及び疾病等報告が遅延していたことが確認されました。",
        "また、株式会社アークセル（2022年4月1日に株式会社アーク再生医療研究所から商号変更）の東京細胞加工センターでは、出荷判定の記録が作成されていませんでした。",
     ), staff=("室長　架空 次郎（内線0000）",)),
     "notices",
     "two parties in a numbered list with a role label before each (再生医療等提供機関：／細胞培養加工施設：) and the person after the place (院長：… with a space, 代表取締役：… without); rename 株式会社X（2022年4月1日に株式会社Yから商号変更） with a 西暦 date in a 令和 page; 第一種 plan prefix in the narrative",
     [N("improvement_order", "厚生労働省", "2022-07-29", ["法第23条第1項", "法第48条第2項"], [], [PLAN15],
        [S("表参道セルメディカルクリニック", "clinic", "東京都渋谷区", None, None, [PLAN15]),
         S("株式会社アークセル 東京細胞加工センター", "cell_processing_facility", "東京都大田区", None, "株式会社アークセル"),
         OP("株式会社アークセル")],
        [PER("青山 恵子", "院長", "表参道セルメディカルクリニック"),
         PER("大森健司", "代表取締役", "株式会社アークセル")],
        [RN("株式会社アーク再生医療研究所", "株式会社アークセル", "2022-04-01")])])

# ================================================================== h16
page("h16_mhlw_heisei_place_first_list.html",
     mhlw(TITLE_EO, "平成30年3月9日", "2018年3月", p(
        f"平成30年3月6日から同月8日にかけて、下記の医療機関及び細胞培養加工施設に対し、{LAW}第24条第2項及び第52条第2項に基づく立入検査を行ったところ、下記の法律違反が確認されました。",
        "保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条及び法第47条に基づき、再生医療等の提供及び特定細胞加工物の製造の一時停止を命じましたのでお知らせいたします。",
        "【対象医療機関等】",
        "１．東京都中央区　「医療法人社団銀嶺会 銀座リジェネクリニック」",
        "２．東京都港区　「新橋エイジングクリニック」",
        "３．東京都品川区　「株式会社オーロラバイオ 品川細胞加工室」（細胞培養加工施設）",
        "【確認された法律違反】",
        "１．及び２．の医療機関",
        "・第一種再生医療等提供計画を提出せずに、美容を目的として他人の臍帯血を用いた第一種再生医療等を提供していたこと（法第4条第1項違反）",
        "３．の施設",
        "・上記１．及び２．の医療機関に提供する目的で、臍帯血の加工を行っていたこと",
     ), office="医政局研究開発振興課 再生医療等研究推進室"),
     "notices",
     "平成 date (平成30年); 研究開発振興課 as the issuing office; three parties in a numbered list with the place BEFORE the quoted name; 同月 in a history date; violation 法第4条第1項 for two of them; inspection articles (法第24条第2項, 第52条第2項) not listed",
     [N("emergency_order", "厚生労働省", "2018-03-09", ["法第22条", "法第47条"], ["法第4条第1項"], [],
        [S("医療法人社団銀嶺会 銀座リジェネクリニック", "clinic", "東京都中央区", None, "医療法人社団銀嶺会"),
         OP("医療法人社団銀嶺会"),
         S("新橋エイジングクリニック", "clinic", "東京都港区"),
         S("株式会社オーロラバイオ 品川細胞加工室", "cell_processing_facility", "東京都品川区", None, "株式会社オーロラバイオ"),
         OP("株式会社オーロラバイオ")])])

# ================================================================== h17
page("h17_tohoku_article_h2_kyumeisho_row.html",
     bureau("東北厚生局", "tohoku", TITLE_IO, "令和8年3月6日", p(
        f"東北厚生局長は、本日、{LAW}第23条第1項及び第48条第2項に基づき、下記のとおり改善命令を行いましたので、お知らせします。",
        "記",
        "第1　被処分者等",
        "（1）再生医療等提供機関",
        "氏　名　奥州　一馬（医療法人 奥州会 いわて再生クリニック管理者）",
        "所在地　岩手県奥州市水沢大手町4丁目18番地",
        "計画名　自己脂肪由来間葉系幹細胞を用いた糖尿病の治療",
        "処分内容　法第23条第1項による改善命令",
        "（2）細胞培養加工施設",
        "名　称　医療法人 奥州会（理事長：胆沢光子）",
        "所在地　岩手県奥州市水沢大手町4丁目18番地",
        "施設名　医療法人 奥州会 いわて再生クリニック 細胞培養加工室",
        "旧名称　医療法人 奥州会 みずさわ美容クリニック 細胞培養加工室",
        "処分内容　法第48条第2項による改善命令",
        "第2　経緯",
        "令和8年1月、上記医療機関から、糖尿病の治療として特定細胞加工物を投与した患者に重篤な低血糖が生じた旨の疾病等報告がなされた。",
     ), heading="h2", wrap="article"),
     "notices",
     "body inside <article> with an <h2> heading; clinic and in-clinic facility entries under （1）（2） sub-headings; the manager's name and （…管理者） on one line; a separate 旧名称 row after 施設名 (rename of the facility, no date); 理事長 name without a space; 4丁目18番地 address",
     [N("improvement_order", "東北厚生局", "2026-03-06", ["法第23条第1項", "法第48条第2項"], [],
        ["自己脂肪由来間葉系幹細胞を用いた糖尿病の治療"],
        [S("医療法人 奥州会 いわて再生クリニック", "clinic", "岩手県奥州市", "岩手県奥州市水沢大手町4丁目18番地",
           "医療法人 奥州会", ["自己脂肪由来間葉系幹細胞を用いた糖尿病の治療"]),
         OP("医療法人 奥州会"),
         S("医療法人 奥州会 いわて再生クリニック 細胞培養加工室", "cell_processing_facility", "岩手県奥州市",
           "岩手県奥州市水沢大手町4丁目18番地", "医療法人 奥州会")],
        [PER("奥州 一馬", "管理者", "医療法人 奥州会 いわて再生クリニック"),
         PER("胆沢光子", "理事長", "医療法人 奥州会")],
        [RN("医療法人 奥州会 みずさわ美容クリニック 細胞培養加工室",
            "医療法人 奥州会 いわて再生クリニック 細胞培養加工室")])])

# ================================================================== h18
page("h18_shikoku_chushi_todoke_bullets.html",
     bureau("四国厚生支局", "shikoku", "再生医療等の提供の中止の届出について", "令和6年5月24日", p(
        "下記の再生医療等提供機関から、再生医療等提供計画に係る再生医療等の提供を中止した旨の届出がありました。",
        "医療機関名　さぬき再生医療クリニック（香川県高松市）",
        "中止した提供計画",
        "・第三種　自己多血小板血漿を用いた歯周組織の再生",
        "中止年月日　令和6年4月",
        "中止の理由　患者の募集が見込めないため",
        "なお、同クリニックは、他の提供計画に基づく再生医療等の提供を継続しています。",
     )),
     "notices",
     "提供の中止 (discontinuation_filing; the clinic stays open); authority 四国厚生支局 (a branch of 中国四国厚生局); plan with an unquoted 第三種 prefix as a ・ bullet; a year-month date for the discontinuation",
     [N("discontinuation_filing", "四国厚生支局", "2024-05-24", [], [],
        ["自己多血小板血漿を用いた歯周組織の再生"],
        [S("さぬき再生医療クリニック", "clinic", "香川県高松市", None, None,
           ["自己多血小板血漿を用いた歯周組織の再生"])])])

# ================================================================== h19 listing
page("h19_kinki_listing.html",
     bureau("近畿厚生局", "kinki", "再生医療等の安全性の確保等に関する法律に基づく処分等について", "令和7年7月11日更新",
        "<ul class=\"newslist\">\n"
        "<li>令和7年7月11日　<a href=\"h10.html\">診療所の廃止に伴う再生医療等提供計画の廃止について</a></li>\n"
        "<li>令和6年3月22日　<a href=\"h03.html\">再生医療等の安全性の確保等に関する法律に基づく改善命令について</a>（医療法人和泉会 いずみ再生クリニック ほか2機関）</li>\n"
        "<li>令和5年1月20日　<a href=\"x.html\">再生医療等の安全性の確保等に関する法律に基づく緊急命令について</a></li>\n"
        "</ul>\n"),
     "listing",
     "bureau listing page with links and a clinic name in a link caption: must not become a notice",
     [])

# ================================================================== h20 other
page("h20_mhlw_other_chuui_kanki.html",
     mhlw("再生医療等を受けようとする皆様へ（注意喚起）", "令和7年9月12日", "2025年9月", p(
        "最近、再生医療等の提供に伴う重篤な健康被害が報告され、厚生労働省では、緊急命令や改善命令を行っています。",
        "再生医療等を受ける際には、医療機関が再生医療等提供計画を提出しているか、厚生労働省のウェブサイトで確認してください。",
        "例えば「〇〇再生クリニック」のように、名称に「再生」を含むことは、計画の提出を意味するものではありません。",
     )),
     "other",
     "awareness notice that mentions 緊急命令／改善命令 and a placeholder clinic name: not a notice",
     [])


# ------------------------------------------------------------------ write
os.makedirs(PAGES, exist_ok=True)
for fname, html, _ in PAGES_OUT:
    assert FICTION in html, fname
    with open(os.path.join(PAGES, fname), "w", encoding="utf-8") as f:
        f.write(html)
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump({"pages": [a for _, _, a in PAGES_OUT]}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote {len(PAGES_OUT)} pages and gold.json")
