# Second held-out gold set (issue 5): writes pages/*.html and gold.json.
#
# Written without looking at crawler/src, at ../make_gold.py's pages or at the
# first held-out set's pages. Every page is invented; the wording and the page
# shapes imitate how MHLW press releases and the regional bureaus' pages vary
# across years and bureaus. Annotated by hand from what each page states,
# following ../README.md; readings those conventions leave open are listed in
# README.md ("Ambiguous cases"). Do NOT tune the extractor on this set.
# Run: python3 crawler/tests/gold/heldout2/make_heldout2.py  (then check.py)
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
REL = "crawler/tests/gold/heldout2/pages/"
FICTION = "（テスト用の架空の例です。実在の医療機関・法人とは関係ありません。）"
FAKE_NO = "（テスト用の架空の番号）"
T_EO = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
T_IO = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"


# ------------------------------------------------------------ annotation helpers
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


# ------------------------------------------------------------ page shells
# Three shells (current MHLW press release, regional bureau page, pre-2019 MHLW
# table layout); bodies are written per page.
def press(title, date_line, month, body, contact, head_extra="", lang_title=None):
    t = lang_title or title
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t}</title>
{head_extra}</head>
<body>
<div class="l-header"><a class="m-logo">厚生労働省</a><form class="m-search"><input type="text" name="q"></form></div>
<nav class="m-breadcrumb" aria-label="パンくずリスト">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; {month} &gt; {title}</nav>
<div class="l-contents">
<div class="m-grid">
<div class="m-grid__col1"><p class="m-txtRight">{date_line}</p></div>
<div class="m-grid__col2"><div class="m-box">【照会先】<br>{contact}</div></div>
</div>
<p>報道関係者各位</p>
<h1 class="m-hdgLv1">{title}</h1>
<div class="m-section">
{body}
</div>
<p class="note">{FICTION}</p>
</div>
<div class="l-footer"><a href="#top">ページの先頭へ戻る</a><p>厚生労働省</p></div>
</body>
</html>
"""


def bureau(name, section, title, body, date_line=None, footer=""):
    dl = f'<p class="date">{date_line}</p>\n<p class="org">{name}</p>\n' if date_line else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{title}｜{name}</title>
</head>
<body>
<div id="top"><p class="site">{name}</p><ul class="menu"><li>ホーム</li><li>業務内容</li><li>申請・届出</li><li>お知らせ</li></ul></div>
<div class="pankuzu">{name} &gt; {section} &gt; {title}</div>
<div id="main">
{dl}<h1>{title}</h1>
<p class="fiction">{FICTION}</p>
{body}
</div>
<div id="footer">{footer}<p>このページのトップへ</p></div>
</body>
</html>
"""


def P(*lines):
    return "\n".join(f"<p>{l}</p>" for l in lines)


pages = []


def page(fname, html, what, covers, notices):
    pages.append((fname, html, {"file": REL + fname, "what": what, "covers": covers,
                                "notices": notices}))


CONTACT = "医政局研究開発政策課 再生医療等研究推進室<br>室長　木場（内線4100）<br>専門官　青海（内線4101）<br>（代表電話）03-0000-0000"

# =========================================================== g01
g01_plan = "変形性膝関節症に対する自己脂肪由来間葉系幹細胞の関節内投与"
page("g01_mhlw_oyobi_narabini_izuremo.html", press(
    T_EO, "令和7年2月14日", "2025年2月", P(
        "令和7年2月10日、「医療法人社団星陵会 すずらん再生クリニック」から、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第18条に基づく疾病等報告が、同月12日、「株式会社ホシノバイオ 港北細胞加工センター」（神奈川県横浜市港北区）から、再生医療等の安全性の確保等に関する法律施行規則第107条に基づく重大事態報告がなされました。",
        "保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、「医療法人社団星陵会 すずらん再生クリニック」及び「医療法人社団星陵会 じゆうが丘セルクリニック」（いずれも東京都目黒区）に対し法第22条に基づく再生医療等の提供の一時停止を、並びに「株式会社ホシノバイオ 港北細胞加工センター」に対し法第47条に基づく特定細胞加工物等の製造の一時停止を命じましたので、お知らせいたします。",
    ) + "\n<h2>報告された事案</h2>\n" + P(
        "・当該再生医療等を受けた患者1名が、投与の翌日に発熱及び血圧低下を来し、入院を要した。",
        "・当該特定細胞加工物等の参考品から細菌が検出された。",
    ) + "\n<h2>【提供の一時停止を命じた再生医療等】</h2>\n" + P(
        f"「{g01_plan}」（両医療機関が同一の提供計画により提供していたもの）",
        "なお、両医療機関は、「株式会社ホシノバイオ 港北細胞加工センター」で製造された特定細胞加工物等を用いていました。",
    ), CONTACT),
    "notices",
    "MHLW press release; three parties in running text joined by 及び and 並びに; "
    "「A」及び「B」（いずれも東京都目黒区） (one place parenthesis for two names); first mention of a clinic without a place; "
    "one plan shared by two clinics; 特定細胞加工物等; 法第18条 / 施行規則第107条 reports not articles",
    [N("emergency_order", "厚生労働省", "2025-02-14", ["法第22条", "法第47条"], [], [g01_plan], [
        S("医療法人社団星陵会 すずらん再生クリニック", "clinic", "東京都目黒区", operator="医療法人社団星陵会"),
        S("医療法人社団星陵会 じゆうが丘セルクリニック", "clinic", "東京都目黒区", operator="医療法人社団星陵会"),
        S("株式会社ホシノバイオ 港北細胞加工センター", "cell_processing_facility", "神奈川県横浜市港北区",
          operator="株式会社ホシノバイオ"),
        OP("医療法人社団星陵会"), OP("株式会社ホシノバイオ")])])

# =========================================================== g02
g02_p1 = "腰部脊柱管狭窄症に対する自家脂肪組織由来幹細胞の局所投与"
g02_p2 = "しわ・たるみに対する自家線維芽細胞の皮内移植"
page("g02_kinki_nakaguro_bullets_two_clinics.html", bureau(
    "近畿厚生局", "医事・薬事 &gt; 再生医療等", T_IO, P(
        "近畿厚生局長は、本日、下記の再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第23条第1項に基づく改善命令を行いました。",
        "記") + "\n<h2>１　被処分者</h2>\n" + P(
        "・ふしみ桃山再生クリニック（京都府京都市伏見区、開設者：医療法人 桃山会）　管理者　伏見 直人",
        "・やましなセルクリニック（京都府京都市山科区、開設者：医療法人 桃山会）　管理者　山科 里美",
    ) + "\n<h2>２　改善命令の対象となった再生医療等提供計画</h2>\n" + P(
        f"・ふしみ桃山再生クリニック：「{g02_p1}」",
        f"・やましなセルクリニック：「{g02_p2}」",
    ) + "\n<h2>３　命令の内容</h2>\n" + P(
        "・細胞培養加工施設から受け取った特定細胞加工物の品質の確認を、提供計画に記載したとおりに行うこと。",
        "・疾病等の報告の手順を定め、従業者に周知すること。",
        "・令和6年12月27日までに改善の状況を報告すること。",
    ) + "\n<h2>４　経緯</h2>\n" + P(
        "令和6年10月3日、法第24条第1項に基づき両医療機関に立入検査を行ったところ、上記の不備が確認された。"),
        date_line="令和6年11月29日"),
    "notices",
    "bureau page with parties as ・ bullets: 「X（place、開設者：Z）　管理者　Y」 on one line; plans in a second ・ list keyed by clinic; "
    "a plan name that itself contains ・ (しわ・たるみ); two clinics of one operator; an inspection article that is not an order article",
    [N("improvement_order", "近畿厚生局", "2024-11-29", ["法第23条第1項"], [], [g02_p1, g02_p2], [
        S("ふしみ桃山再生クリニック", "clinic", "京都府京都市伏見区", operator="医療法人 桃山会", plans=[g02_p1]),
        S("やましなセルクリニック", "clinic", "京都府京都市山科区", operator="医療法人 桃山会", plans=[g02_p2]),
        OP("医療法人 桃山会")], [
        PER("伏見 直人", "管理者", "ふしみ桃山再生クリニック"),
        PER("山科 里美", "管理者", "やましなセルクリニック")])])

# =========================================================== g03
g03_f1 = "株式会社オリーブセルワークス 高松細胞加工センター"
g03_f2 = "株式会社オリーブセルワークス 丸亀細胞加工センター"
page("g03_mhlw_maru_bullets_shisetsu_bango_in_quote.html", press(
    "再生医療等の安全性の確保等に関する法律に基づく緊急命令（特定細胞加工物等の製造の一時停止）について",
    "令和７年６月２０日", "2025年6月", P(
        "令和７年６月１６日、下記の細胞培養加工施設を設置する株式会社オリーブセルワークスから、再生医療等の安全性の確保等に関する法律施行規則第１０７条に基づく重大事態報告がなされました。",
        "同社の細胞培養加工施設では、無菌試験で陽性の結果が得られた後も出荷が続けられていたことが確認されたため、保健衛生上の危害の発生又は拡大を防止する必要があると判断し、本日付けで、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号）第４７条に基づき、下記の施設における特定細胞加工物等（特定核酸等を含む。）の製造の一時停止を命じました。",
    ) + "\n<h2>製造の一時停止を命じた細胞培養加工施設</h2>\n" + P(
        f"○「{g03_f1}（施設番号：FA6370012）」<br>　所在地：香川県高松市朝日町五丁目3番14号",
        f"○「{g03_f2}（施設番号：FA6370013）」<br>　所在地：香川県丸亀市港町22番地1",
        "○ 特定細胞加工物等製造事業者：株式会社オリーブセルワークス（代表取締役　小豆 勝之）",
        "※施設番号はいずれもテスト用の架空の番号です。",
    ), "医政局研究開発政策課 再生医療等研究推進室<br>室長補佐　潮見（内線4102）<br>専門官　塩江（内線4103）"),
    "notices",
    "MHLW manufacturing stop only (第４７条, full-width digits throughout); ○ bullets; the facility number INSIDE the quotes "
    "「X（施設番号：…）」; address on the next line after <br>; 特定核酸等; operator and 代表取締役 in a ○ line; "
    "番地 address with a trailing number",
    [N("emergency_order", "厚生労働省", "2025-06-20", ["法第47条"], [], [], [
        S(g03_f1, "cell_processing_facility", "香川県高松市", "香川県高松市朝日町五丁目3番14号",
          "株式会社オリーブセルワークス", fn="FA6370012"),
        S(g03_f2, "cell_processing_facility", "香川県丸亀市", "香川県丸亀市港町22番地1",
          "株式会社オリーブセルワークス", fn="FA6370013"),
        OP("株式会社オリーブセルワークス")], [
        PER("小豆 勝之", "代表取締役", "株式会社オリーブセルワークス")])])

# =========================================================== g04
g04_plan = "皮膚の光老化に対する自家線維芽細胞の皮内投与"
page("g04_tokai_hokuriku_table_bikou_rdot_date.html", bureau(
    "東海北陸厚生局", "業務内容 &gt; 医事・薬事 &gt; 再生医療", T_IO, P(
        "東海北陸厚生局長は、下記のとおり、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第23条第1項に基づき、再生医療等提供機関の管理者に対して改善命令を行いました。")
    + """
<table class="datatable">
<tr><th>番号</th><th>医療機関の名称／管理者</th><th>所在地</th><th>処分の内容</th><th>処分年月日</th><th>備考</th></tr>
<tr><td>1</td><td>錦セルメディカルクリニック<br>管理者　熱田 昌平</td><td>名古屋市中区錦三丁目15番8号 錦パークビル4階</td><td>法第23条第1項に基づく改善命令</td><td>R7.3.5</td><td>開設者：医療法人 金城会<br>令和6年9月1日に「錦エイジングクリニック」から名称変更</td></tr>
<tr><td>2</td><td>大須リペアクリニック<br>管理者　大須 恵美</td><td>名古屋市中区大須二丁目1番30号</td><td>同上</td><td>R7.3.5</td><td>開設者：医療法人 金城会<br>平成30年6月にも文書による指導を実施</td></tr>
</table>
""" + P(f"対象となった再生医療等提供計画（２医療機関共通）：「{g04_plan}」"),
    footer="<p>更新日：2025年3月11日</p>"),
    "notices",
    "bureau <table> with a header row AND a 備考 column (operator and rename in 備考); no date line: the order date only as R7.3.5 "
    "in the table, a later 更新日 in the footer; designated-city ward without prefecture (名古屋市中区); name and 管理者 in one cell "
    "split by <br>; 同上 in 処分の内容; a 平成 history date in 備考; one plan for both clinics",
    [N("improvement_order", "東海北陸厚生局", "2025-03-05", ["法第23条第1項"], [], [g04_plan], [
        S("錦セルメディカルクリニック", "clinic", "名古屋市中区", "名古屋市中区錦三丁目15番8号 錦パークビル4階", "医療法人 金城会"),
        S("大須リペアクリニック", "clinic", "名古屋市中区", "名古屋市中区大須二丁目1番30号", "医療法人 金城会"),
        OP("医療法人 金城会")], [
        PER("熱田 昌平", "管理者", "錦セルメディカルクリニック"),
        PER("大須 恵美", "管理者", "大須リペアクリニック")], [
        RN("錦エイジングクリニック", "錦セルメディカルクリニック", "2024-09-01")])])

# =========================================================== g05
g05_f1 = "さいたまセルファクトリー 大宮加工室"
g05_f2 = "ちばベイセル 幕張細胞培養センター"
page("g05_kantoshinetsu_row_per_party_slash_date.html", bureau(
    "関東信越厚生局", "健康福祉部 &gt; 医事課 &gt; 再生医療", "特定細胞加工物等製造事業者に対する改善命令について",
    P("公表日：2025/3/14",
      "関東信越厚生局長は、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第48条第2項に基づき、下表の細胞培養加工施設について、特定細胞加工物等製造事業者に対し改善命令を行いました。")
    + f"""
<table>
<thead><tr><th>根拠条項</th><th>細胞培養加工施設の名称（施設番号）</th><th>所在地</th><th>特定細胞加工物等製造事業者の名称及び代表者</th><th>処分日</th></tr></thead>
<tbody>
<tr><td>法第48条第2項</td><td>{g05_f1}（FC3110207）</td><td>埼玉県さいたま市大宮区桜木町二丁目3番地 大宮セルビル3階</td><td>株式会社さいたまセルファクトリー 代表取締役 秩父 和也</td><td>2025/3/14</td></tr>
<tr><td>法第48条第2項</td><td>{g05_f2}（FC3120118）</td><td>千葉県千葉市美浜区中瀬一丁目5番1号</td><td>ちばベイセル株式会社 代表取締役 稲毛 美穂</td><td>2025/3/14</td></tr>
</tbody>
</table>
""" + P("※施設番号はテスト用の架空の番号です。") + "\n<h2>命令の主な理由</h2>\n" + P(
        "・清浄度管理区域の環境モニタリングで基準を超える結果が続いたにもかかわらず、逸脱の処理が行われていなかったこと（両施設）。",
        f"・{g05_f1}では、原料の受入試験の記録が作成されていなかったこと。")),
    "notices",
    "one row per party with the article FIRST and the operator LAST (cell order unlike other tables); operator and its "
    "代表取締役 in one cell 「株式会社X 代表取締役 Y」; post-positioned legal form (ちばベイセル株式会社); facility number in "
    "（） after the facility name with no label; dates only as 2025/3/14 (公表日 line and 処分日 column); ward of a designated city "
    "(さいたま市大宮区, 千葉市美浜区)",
    [N("improvement_order", "関東信越厚生局", "2025-03-14", ["法第48条第2項"], [], [], [
        S(g05_f1, "cell_processing_facility", "埼玉県さいたま市大宮区",
          "埼玉県さいたま市大宮区桜木町二丁目3番地 大宮セルビル3階", "株式会社さいたまセルファクトリー", fn="FC3110207"),
        S(g05_f2, "cell_processing_facility", "千葉県千葉市美浜区", "千葉県千葉市美浜区中瀬一丁目5番1号",
          "ちばベイセル株式会社", fn="FC3120118"),
        OP("株式会社さいたまセルファクトリー"), OP("ちばベイセル株式会社")], [
        PER("秩父 和也", "代表取締役", "株式会社さいたまセルファクトリー"),
        PER("稲毛 美穂", "代表取締役", "ちばベイセル株式会社")])])

# =========================================================== g06
g06_p1 = "歯周組織再生のための自己骨髄由来間葉系幹細胞移植"
g06_p2 = "肌の再生を目的とした自家脂肪由来幹細胞の皮下投与"
page("g06_chugoku_shikoku_kyu_shin_meisho_table.html", bureau(
    "中国四国厚生局", "医事・薬事 &gt; 再生医療等の安全性の確保", T_IO, P(
        "中国四国厚生局長は、本日、下記の再生医療等提供機関の管理者に対し、再生医療等の安全性の確保等に関する法律第23条第1項の規定に基づき改善命令を行いました。",
        "記", "第1　被処分者等",
        "◆ 出雲セルクリニック（開設者：医療法人 八雲会）",
        "　管理者：出雲 清",
        "　所在地：島根県出雲市今市町北本町一丁目2番地8",
        f"　計画名：「{g06_p1}」",
        "◆ 松江リジェネクリニック（開設者：医療法人 八雲会）",
        "　管理者：宍道 香織",
        "　所在地：島根県松江市朝日町480番地5 松江駅前ビル2階",
        f"　計画名：「{g06_p2}」",
        "第2　名称等の変更",
        "被処分者等の名称は、処分の原因となった事実の発生後、次のとおり変更されている。")
    + """
<table>
<tr><th>区分</th><th>旧名称</th><th>新名称</th><th>変更年月日</th></tr>
<tr><td>医療機関</td><td>八雲エイジングクリニック</td><td>出雲セルクリニック</td><td>R6.4.1</td></tr>
<tr><td>開設者</td><td>医療法人 出雲会</td><td>医療法人 八雲会</td><td>R5.10.2</td></tr>
</table>
""" + P("第3　経緯",
        "令和6年2月、八雲エイジングクリニックにおいて特定細胞加工物の投与後に感染症が発生し、法第18条に基づく疾病等報告がなされた。その後の立入検査で、両医療機関において提供計画に記載のない製造所から特定細胞加工物を受け入れていたことが確認された。"),
        date_line="令和6年7月19日"),
    "notices",
    "renames as a table with 旧名称／新名称 columns (and a 区分 column: clinic vs operator); rename dates as R6.4.1 / R5.10.2; "
    "◆ entries 「X（開設者：Z）」 followed by 管理者：／所在地：／計画名： lines; the old name used in the narrative; 番地 addresses",
    [N("improvement_order", "中国四国厚生局", "2024-07-19", ["法第23条第1項"], [], [g06_p1, g06_p2], [
        S("出雲セルクリニック", "clinic", "島根県出雲市", "島根県出雲市今市町北本町一丁目2番地8", "医療法人 八雲会", [g06_p1]),
        S("松江リジェネクリニック", "clinic", "島根県松江市", "島根県松江市朝日町480番地5 松江駅前ビル2階", "医療法人 八雲会", [g06_p2]),
        OP("医療法人 八雲会")], [
        PER("出雲 清", "管理者", "出雲セルクリニック"),
        PER("宍道 香織", "管理者", "松江リジェネクリニック")], [
        RN("八雲エイジングクリニック", "出雲セルクリニック", "2024-04-01"),
        RN("医療法人 出雲会", "医療法人 八雲会", "2023-10-02")])])

# =========================================================== g07
g07_plan = "脱毛症に対する自家毛乳頭細胞の頭皮内投与"
g07_clinic = "医療法人 白鷺会 ひめじ再生医療クリニック"
page("g07_kinki_aratame.html", bureau(
    "近畿厚生局", "医事・薬事 &gt; 再生医療等", T_IO, P(
        "近畿厚生局長は、本日、下記のとおり、再生医療等の安全性の確保等に関する法律（以下「法」という。）第23条第1項に基づく改善命令を行いましたので、お知らせします。",
        "記", "第1　被処分者等",
        "氏　　名　書写 紀子",
        f"（{g07_clinic}管理者）",
        "所 在 地　兵庫県姫路市南駅前町100番地 プラザ姫路6階",
        f"計 画 名　{g07_plan}",
        "処分内容　法第23条第1項による改善命令",
        "第2　経緯",
        "播磨セルクリニック改め ひめじ再生医療クリニック（令和7年10月1日付けで名称変更。以下「本院」という。）は、同年7月から9月までの間、提供計画に記載された細胞培養加工施設とは異なる施設で製造された特定細胞加工物を用いて再生医療等を提供していた。",
        "本院の開設者である医療法人 書写会改め医療法人 白鷺会（令和7年4月1日付け）は、当局の報告徴収に対し、当該事実を報告しなかった。"),
        date_line="令和8年1月30日"),
    "notices",
    "renames written with 改め (「Y改め X」 with a space, and 「医療法人 Y会改め医療法人 X会」 without one), each with a 付け date "
    "in a parenthesis; the full current name only in the （…管理者） line; labelled rows (氏　　名 with U+3000 spaces)",
    [N("improvement_order", "近畿厚生局", "2026-01-30", ["法第23条第1項"], [], [g07_plan], [
        S(g07_clinic, "clinic", "兵庫県姫路市", "兵庫県姫路市南駅前町100番地 プラザ姫路6階", "医療法人 白鷺会", [g07_plan]),
        OP("医療法人 白鷺会")], [
        PER("書写 紀子", "管理者", g07_clinic)], [
        RN("播磨セルクリニック", "ひめじ再生医療クリニック", "2025-10-01"),
        RN("医療法人 書写会", "医療法人 白鷺会", "2025-04-01")])])

# =========================================================== g08
g08_fac = "とかちセルラボ 帯広細胞培養加工センター"
page("g08_hokkaido_yugen_to_kabushiki.html", bureau(
    "北海道厚生局", "業務内容 &gt; 医事 &gt; 再生医療", "細胞培養加工施設に対する改善命令について", P(
        "北海道厚生局長は、本日、再生医療等の安全性の確保等に関する法律第48条第2項に基づき、下記の細胞培養加工施設について改善命令を行いました。",
        "記", "１．被処分者",
        "名　称　株式会社とかちセルラボ（令和5年7月3日、有限会社とかちセルラボから商号変更し株式会社に移行）",
        "（代表取締役：幕別 健吾）",
        "所在地　北海道帯広市西5条南12丁目3番地",
        f"施設名　{g08_fac}",
        f"施設番号　FC1100031{FAKE_NO}",
        "処分内容　法第48条第2項に基づく改善命令",
        "２．命令の内容",
        "（１）製造管理及び品質管理の手順書を整備し、従業員に教育訓練を行うこと。",
        "（２）令和6年4月30日までに改善計画を提出すること。"),
        date_line="令和6年3月8日"),
    "notices",
    "a change of legal form 有限会社X → 株式会社X (商号変更し株式会社に移行), dated, inside the operator's 名称 parenthesis; "
    "facility-only improvement order by a bureau; 施設番号 row; 丁目/番地 address",
    [N("improvement_order", "北海道厚生局", "2024-03-08", ["法第48条第2項"], [], [], [
        S(g08_fac, "cell_processing_facility", "北海道帯広市", "北海道帯広市西5条南12丁目3番地", "株式会社とかちセルラボ",
          fn="FC1100031"),
        OP("株式会社とかちセルラボ")], [
        PER("幕別 健吾", "代表取締役", "株式会社とかちセルラボ")], [
        RN("有限会社とかちセルラボ", "株式会社とかちセルラボ", "2023-07-03")])])

# =========================================================== g09
g09_plan = "脳梗塞後遺症に対する自己骨髄由来間葉系幹細胞の静脈内投与"
g09_clinic = "医療法人社団 楓葉会 かえでリジェネクリニック"
g09_fac = "株式会社ルピナスバイオ 川口細胞培養加工施設"
page("g09_mhlw_two_orders_same_day.html", press(
    "再生医療等の安全性の確保等に関する法律に基づく緊急命令及び改善命令について", "令和8年2月6日", "2026年2月", P(
        "厚生労働大臣は、本日、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）に基づき、下記の２件の命令を行いましたので、お知らせいたします。両件は別の事案であり、相互に関係はありません。")
    + "\n<h2>１．緊急命令（再生医療等の提供の一時停止）</h2>\n" + P(
        f"対象：「{g09_clinic}」（東京都千代田区神田須田町一丁目8番地 神田楓ビル5階）",
        "根拠：法第22条",
        f"一時停止を命じた再生医療等：「{g09_plan}」",
        "概要：令和8年1月30日、同クリニックから法第18条に基づく疾病等報告があり、投与後に肺塞栓症を発症した症例が確認されたもの。")
    + "\n<h2>２．改善命令</h2>\n" + P(
        f"対象：「{g09_fac}」（埼玉県川口市）",
        "根拠：法第48条第2項",
        "概要：令和7年12月に実施した立入検査において、製造管理及び品質管理の不備が確認されたもの。"),
    CONTACT),
    "notices",
    "one page, two unrelated orders of different kinds on the same date (緊急命令 to a clinic, 改善命令 to a facility), "
    "each in its own numbered section with 対象：／根拠：／概要： lines; full street address inside the quote parenthesis",
    [N("emergency_order", "厚生労働省", "2026-02-06", ["法第22条"], [], [g09_plan], [
        S(g09_clinic, "clinic", "東京都千代田区", "東京都千代田区神田須田町一丁目8番地 神田楓ビル5階",
          "医療法人社団 楓葉会", [g09_plan]),
        OP("医療法人社団 楓葉会")]),
     N("improvement_order", "厚生労働省", "2026-02-06", ["法第48条第2項"], [], [], [
         S(g09_fac, "cell_processing_facility", "埼玉県川口市", operator="株式会社ルピナスバイオ"),
         OP("株式会社ルピナスバイオ")])])

# =========================================================== g10
g10_plan = "糖尿病に対する自己脂肪由来間葉系幹細胞の点滴投与"
page("g10_mhlw_english_summary_kyu_nakaguro.html", press(
    T_EO, "令和7年9月12日", "2025年9月", P(
        "令和7年9月8日、医療法人 清流会が開設する「みなも再生医療クリニック」（大阪市北区。旧・天満セルクリニック）に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号。以下「法」という。）第24条第2項に基づく立入検査を行ったところ、提供計画を提出せずに第二種再生医療等を提供していたこと（法第4条第1項違反）が確認されました。",
        "保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、同クリニックにおける再生医療等の提供の一時停止を命じましたので、お知らせいたします。",
        "【提供の一時停止を命じた再生医療等】",
        f"「{g10_plan}」")
    + """
<section lang="en" class="m-en">
<h2>Summary in English</h2>
<p>On 12 September 2025, the Ministry of Health, Labour and Welfare ordered Minamo Regenerative Medicine Clinic (Kita-ku, Osaka City; formerly Temma Cell Clinic), operated by the medical corporation Seiryukai, to suspend the provision of regenerative medicine under Article 22 of the Act on the Safety of Regenerative Medicine (Act No. 85 of 2013). An on-site inspection on 8 September 2025 found that the clinic had provided Class II regenerative medicine without submitting a provision plan, in violation of Article 4(1) of the Act.</p>
</section>
""" + P("【追記】（令和7年10月3日掲載）",
        "「みなも再生医療クリニック」の開設者から、令和7年9月30日付けで再生医療等提供機関の廃止の届出がありました。",
        "(Update, 3 October 2025: the clinic filed a notification of closure dated 30 September 2025.)"),
    CONTACT, lang_title=T_EO + " / Emergency order under the Act on the Safety of Regenerative Medicine"),
    "notices",
    "English summary beside the Japanese text (English names, article numbers and dates are not separate parties); "
    "「Zが開設する「X」」; rename 旧・Y (nakaguro) inside the place parenthesis; place 大阪市北区 without prefecture; "
    "violation 法第4条第1項; closure addendum 【追記】 with its own posting date and a filing date",
    [N("emergency_order", "厚生労働省", "2025-09-12", ["法第22条"], ["法第4条第1項"], [g10_plan], [
        S("みなも再生医療クリニック", "clinic", "大阪市北区", operator="医療法人 清流会", plans=[g10_plan]),
        OP("医療法人 清流会")], [], [
        RN("天満セルクリニック", "みなも再生医療クリニック", None)]),
     N("closure_filing", "厚生労働省", "2025-09-30", [], [], [], [
         S("みなも再生医療クリニック", "clinic", "大阪市北区", operator="医療法人 清流会")], [], [
         RN("天満セルクリニック", "みなも再生医療クリニック", None)], [
         CL("みなも再生医療クリニック", "2025-09-30")], part="closure")])

# =========================================================== g11
g11_clinic = "医療法人 有明会 ＡＲＩＡＫＥ ＳＴＥＭ ＣＥＬＬ ＣＬＩＮＩＣ"
g11_fac = "ＡＲＩＡＫＥ ＣＰＣ"
g11_plan = "変形性膝関節症に対するＡＤＳＣの関節内投与"
g11_addr = "熊本県荒尾市緑ケ丘二丁目１番５号 ＡＲＩＡＫＥビル２階"
page("g11_kyushu_fullwidth_alnum.html", bureau(
    "九州厚生局", "医事 &gt; 再生医療等安全性確保法関係", T_IO, P(
        "九州厚生局長は、本日、下記の再生医療等提供機関及び細胞培養加工施設に対し、再生医療等の安全性の確保等に関する法律第２３条第１項及び第４８条第２項に基づく改善命令を行いました。",
        "記",
        "１　再生医療等提供機関",
        "　名　　称　医療法人　有明会　ＡＲＩＡＫＥ　ＳＴＥＭ　ＣＥＬＬ　ＣＬＩＮＩＣ",
        "　開 設 者　医療法人　有明会　理事長　荒尾　哲也",
        "　管 理 者　長洲　まどか",
        "　所 在 地　熊本県荒尾市緑ケ丘二丁目１番５号　ＡＲＩＡＫＥビル２階",
        f"　計 画 名　{g11_plan}",
        "　根拠条項　法第２３条第１項",
        "２　細胞培養加工施設",
        "　施 設 名　ＡＲＩＡＫＥ　ＣＰＣ",
        f"　施設番号　ＦＣ７４３００１９{FAKE_NO}",
        "　製造事業者　医療法人　有明会（理事長　荒尾　哲也）",
        "　所 在 地　熊本県荒尾市緑ケ丘二丁目１番５号　ＡＲＩＡＫＥビル２階",
        "　根拠条項　法第４８条第２項"),
        date_line="令和７年１１月２８日"),
    "notices",
    "full-width Latin letters and digits in clinic, facility and plan names, in the address and in the facility number; "
    "U+3000 spaces inside names and between label and value; operator and 理事長 on one line (開設者 X 理事長 Y) and again as "
    "X（理事長 Y）; clinic and its in-house facility at one address",
    [N("improvement_order", "九州厚生局", "2025-11-28", ["法第23条第1項", "法第48条第2項"], [], [g11_plan], [
        S(g11_clinic, "clinic", "熊本県荒尾市", g11_addr, "医療法人 有明会", [g11_plan]),
        S(g11_fac, "cell_processing_facility", "熊本県荒尾市", g11_addr, "医療法人 有明会", fn="ＦＣ７４３００１９"),
        OP("医療法人 有明会")], [
        PER("長洲 まどか", "管理者", g11_clinic),
        PER("荒尾 哲也", "理事長", "医療法人 有明会")])])

# =========================================================== g12
page("g12_kinki_haishi_tsuke_wards.html", bureau(
    "近畿厚生局", "医事・薬事 &gt; 再生医療等", "改善命令を行った再生医療等提供機関の廃止について", P(
        "当局が令和7年4月11日に再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令を行った下記の再生医療等提供機関について、開設者である医療法人 淀川会から、再生医療等提供機関の廃止の届出がありました。",
        "○ なかのしま再生クリニック（大阪市北区中之島三丁目2番4号 中之島フロントタワー11階）<br>　廃止（令和7年11月30日付け）",
        "○ てんのうじセルクリニック（大阪市天王寺区上本町六丁目5番13号）<br>　廃止（令和7年12月5日付け）",
        "なお、両医療機関が提供していた再生医療等提供計画は、いずれも廃止に伴い効力を失っています。"),
        date_line="令和7年12月19日"),
    "notices",
    "closure page where each party's status is 廃止（令和…付け） on the line after its name; two closures with different dates; "
    "designated-city wards without prefecture (大阪市北区, 大阪市天王寺区) in full addresses with a tower floor; "
    "the earlier order's article (法第23条第1項) is history, not an article",
    [N("closure_filing", "近畿厚生局", "2025-12-19", [], [], [], [
        S("なかのしま再生クリニック", "clinic", "大阪市北区", "大阪市北区中之島三丁目2番4号 中之島フロントタワー11階", "医療法人 淀川会"),
        S("てんのうじセルクリニック", "clinic", "大阪市天王寺区", "大阪市天王寺区上本町六丁目5番13号", "医療法人 淀川会"),
        OP("医療法人 淀川会")], [], [], [
        CL("なかのしま再生クリニック", "2025-11-30"),
        CL("てんのうじセルクリニック", "2025-12-05")])])

# =========================================================== g13
g13_clinic = "医療法人社団 嵐山会 四条烏丸クリニック"
g13_fac = "四条烏丸クリニック 細胞培養室"
g13_addr = "京都府京都市下京区綾小路通室町西入ル白楽町135番地"
g13_html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>報道発表資料｜厚生労働省</title>
</head>
<body bgcolor="#FFFFFF">
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td class="breadcrumb"><font size="2">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; 2018年7月 &gt; 再生医療等の安全性の確保等に関する法律に基づく緊急命令について</font></td></tr>
<tr><td align="right">平成３０年７月６日</td></tr>
<tr><td>
<table border="1" cellpadding="4" align="right"><tr><td>
【照会先】<br>
医政局研究開発振興課<br>
再生医療等研究推進室<br>
室長補佐　嵯峨（内線2685）<br>
専門官　　桂（内線4162）
</td></tr></table>
</td></tr>
<tr><td>報道関係者各位</td></tr>
<tr><td align="center"><font size="4"><b>再生医療等の安全性の確保等に関する法律に基づく緊急命令について</b></font></td></tr>
<tr><td>
<p>{FICTION}</p>
<p>　平成３０年７月２日から同月４日にかけて、「{g13_clinic}」（京都府京都市下京区）及び同クリニック内の細胞培養加工施設「{g13_fac}」に対し、再生医療等の安全性の確保等に関する法律（平成２５年法律第８５号。以下「法」という。）第２４条第２項等に基づく立入検査を行ったところ、下記の法律違反が確認されました。</p>
<p>　このため、保健衛生上の危害の発生又は拡大を防止するため必要があると判断し、本日付けで、同クリニックの管理者に対し法第２２条に基づく再生医療等の提供の一時停止を、同施設に対し法第４７条に基づく特定細胞加工物の製造の一時停止を、それぞれ命じましたので、お知らせします。</p>
<p align="center">記</p>
<p>１．命令の対象</p>
<p>（１）再生医療等提供機関<br>　「{g13_clinic}」（管理者：烏丸 俊介）<br>　所在地：{g13_addr}</p>
<p>（２）細胞培養加工施設（設置者：医療法人社団 嵐山会）<br>　「{g13_fac}」（所在地：同上）</p>
<p>２．確認された法律違反</p>
<p>「{g13_clinic}」<br>・再生医療等提供計画を提出せず、美容目的で自己脂肪由来幹細胞を用いた第二種再生医療等を提供していたこと（法第４条第１項違反）</p>
<p>「{g13_fac}」<br>・特定細胞加工物の製造の届出をせずに、特定細胞加工物を製造していたこと（法第４０条第１項違反）</p>
</td></tr>
<tr><td><font size="2">PDFファイルを見るためには、Adobe Readerというソフトが必要です。</font></td></tr>
<tr><td align="right"><a href="#top">ページの先頭へ戻る</a></td></tr>
</table>
</body>
</html>
"""
page("g13_mhlw_heisei_old_table_layout_dojo.html", g13_html, "notices",
     "pre-2019 MHLW page laid out in nested <table>/<font> (no <main>, no <h1>, title in <b>); 研究開発振興課; 平成 date in "
     "full-width digits; clinic and in-clinic facility joined by 及び in running text; 管理者 in a （管理者：…） parenthesis; "
     "facility address given as （所在地：同上）; Kyoto street address with 通/西入ル; two violations (法第4条第1項, 法第40条第1項)",
     [N("emergency_order", "厚生労働省", "2018-07-06", ["法第22条", "法第47条"], ["法第4条第1項", "法第40条第1項"], [], [
         S(g13_clinic, "clinic", "京都府京都市下京区", g13_addr, "医療法人社団 嵐山会"),
         S(g13_fac, "cell_processing_facility", "京都府京都市下京区", g13_addr, "医療法人社団 嵐山会"),
         OP("医療法人社団 嵐山会")], [
         PER("烏丸 俊介", "管理者", g13_clinic)])])

# =========================================================== g14
g14_p1 = "頸部・腰部の慢性疼痛に対する自己脂肪由来幹細胞の静脈内投与"
g14_p2 = "毛髪の再生を目的とした自己多血小板血漿の頭皮内注射"
page("g14_tohoku_chushi_table_slash_dates.html", bureau(
    "東北厚生局", "医事 &gt; 再生医療", "再生医療等提供計画の中止の届出について（改善命令対象医療機関）", P(
        "令和7年8月22日に再生医療等の安全性の確保等に関する法律第23条第1項に基づく改善命令を行った下記の再生医療等提供機関から、再生医療等提供計画の中止の届出がありましたので、お知らせします。なお、同機関は引き続き診療を行っています。",
        "医療機関名：やまがた再生クリニック",
        "開設者：医療法人 最上会　理事長　蔵王 一郎",
        "所在地：山形県山形市香澄町三丁目4番10号")
    + f"""
<table>
<tr><th>中止した再生医療等提供計画の名称</th><th>区分</th><th>中止日</th></tr>
<tr><td>{g14_p1}</td><td>第二種</td><td>2025/10/31</td></tr>
<tr><td>{g14_p2}</td><td>第三種</td><td>2025/11/7</td></tr>
</table>
""", date_line="令和7年11月14日"),
    "notices",
    "discontinuation of two plans (中止の届出; the clinic stays open) listed in a table with a 区分 column and 2025/10/31-style "
    "dates; operator and 理事長 in one line without a separator (開設者：X　理事長　Y); labelled 医療機関名：／所在地： lines; "
    "the earlier improvement order as history",
    [N("discontinuation_filing", "東北厚生局", "2025-11-14", [], [], [g14_p1, g14_p2], [
        S("やまがた再生クリニック", "clinic", "山形県山形市", "山形県山形市香澄町三丁目4番10号", "医療法人 最上会", [g14_p1, g14_p2]),
        OP("医療法人 最上会")], [
        PER("蔵王 一郎", "理事長", "医療法人 最上会")])])

# =========================================================== g15
g15_fac = "ほくりくジーンセル 富山細胞加工センター"
page("g15_tokai_hokuriku_revocation_vertical_table.html", bureau(
    "東海北陸厚生局", "業務内容 &gt; 医事・薬事 &gt; 再生医療",
    "再生医療等の安全性の確保等に関する法律に基づく特定細胞加工物等の製造の許可の取消しについて", P(
        "東海北陸厚生局長は、本日、下記の特定細胞加工物等製造事業者に対し、再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第49条の規定に基づき、特定細胞加工物等の製造の許可を取り消しました。")
    + f"""
<table class="vertical">
<tr><th>処分を受けた者</th><td>株式会社ほくりくジーンセル　代表取締役　立山 雄二</td></tr>
<tr><th>主たる事務所の所在地</th><td>富山県富山市新桜町7番38号</td></tr>
<tr><th>細胞培養加工施設</th><td>「{g15_fac}（施設番号：FA4160007）」</td></tr>
<tr><th>施設の所在地</th><td>富山県富山市高田527番地 とやまバイオパーク2号棟</td></tr>
<tr><th>取消しの理由</th><td>特定核酸等を用いた特定細胞加工物等の製造において許可の基準に適合しなくなり、かつ、改善命令（令和7年10月3日）に従わなかったため。</td></tr>
<tr><th>処分年月日</th><td>令和8年2月27日</td></tr>
</table>
""" + P("※施設番号はテスト用の架空の番号です。"), date_line="2026年2月27日"),
    "notices",
    "licence revocation (許可の取消し, 法第49条) in a vertical th/td table; 西暦 date line; operator and 代表取締役 in one cell; "
    "the operator's head-office address in its own row (not the facility's); facility number inside the quotes; 特定核酸等; "
    "an earlier improvement order as history",
    [N("licence_revocation", "東海北陸厚生局", "2026-02-27", ["法第49条"], [], [], [
        S(g15_fac, "cell_processing_facility", "富山県富山市", "富山県富山市高田527番地 とやまバイオパーク2号棟",
          "株式会社ほくりくジーンセル", fn="FA4160007"),
        OP("株式会社ほくりくジーンセル")], [
        PER("立山 雄二", "代表取締役", "株式会社ほくりくジーンセル")])])

# =========================================================== g16
g16_fac = "さつまセルテック 鹿児島中央細胞加工所"
page("g16_kyushu_suspension_single_paragraph.html", bureau(
    "九州厚生局", "医事 &gt; 再生医療等安全性確保法関係", "特定細胞加工物等の製造業務の停止命令について", P(
        f"九州厚生局長は、本日、株式会社さつまセルテック（代表取締役 桜島 広志）が鹿児島市中央町19番地4に設置する細胞培養加工施設「{g16_fac}」（施設番号 FC4610044。テスト用の架空の番号）に対し、再生医療等の安全性の確保等に関する法律第49条に基づき、令和８年３月９日から同年５月８日までの間、特定細胞加工物等の製造の業務の停止を命じました。",
        "これは、同施設が令和７年１２月に受けた改善命令（法第48条第2項）に係る改善が、期限までに確認されなかったことによるものです。"),
        date_line="令和８年３月２日"),
    "notices",
    "the whole notice in one running paragraph (no 記, no labels): operator（代表取締役 Y）が <address> に設置する「facility」（施設番号 …。…）; "
    "suspension period with 同年; place printed without prefecture (鹿児島市); earlier 法第48条第2項 order as history",
    [N("suspension_order", "九州厚生局", "2026-03-02", ["法第49条"], [], [], [
        S(g16_fac, "cell_processing_facility", "鹿児島市", "鹿児島市中央町19番地4", "株式会社さつまセルテック", fn="FC4610044"),
        OP("株式会社さつまセルテック")], [
        PER("桜島 広志", "代表取締役", "株式会社さつまセルテック")])])

# =========================================================== g17 (listing)
page("g17_tokai_hokuriku_listing_rdot.html", bureau(
    "東海北陸厚生局", "業務内容 &gt; 医事・薬事", "再生医療等の安全性の確保等に関する法律に基づく処分等", P(
        "再生医療等の安全性の確保等に関する法律に基づき当局が行った処分等を掲載しています。")
    + """
<ul class="newslist">
<li><span class="date">R8.2.27</span> <a href="./revocation_20260227.html">特定細胞加工物等の製造の許可の取消しについて（ほくりくジーンセル 富山細胞加工センター）</a></li>
<li><span class="date">R7.3.5</span> <a href="./kaizen_20250305.html">再生医療等の安全性の確保等に関する法律に基づく改善命令について（錦セルメディカルクリニック ほか1施設）</a></li>
<li><span class="date">R6.10.1</span> <a href="./youshiki.html">再生医療等提供計画の様式の変更について</a></li>
</ul>
"""),
    "listing",
    "a bureau index of past measures: R8.2.27-style dates and titles that name parties and kinds; not a notice",
    [])

# =========================================================== g18 (other)
page("g18_mhlw_other_meisho_henko_tetsuzuki.html", press(
    "再生医療等提供機関の名称等を変更する場合の手続について", "令和7年5月30日", "2025年5月", P(
        "再生医療等提供機関の名称、開設者又は管理者を変更した場合には、変更後30日以内に、再生医療等提供計画の記載事項の変更の届出が必要です。緊急命令や改善命令を受けた医療機関が名称を変更した場合も同様です。",
        "記載例：旧名称　すずかけ再生クリニック　→　新名称　すずかけセルクリニック（令和7年4月1日変更）",
        "また、令和7年5月31日からは、特定核酸等を用いる医療技術も法の対象となります（特定細胞加工物製造事業者は特定細胞加工物等製造事業者となります）。",
        "詳しくは、e-再生医療のお知らせを御覧ください。"),
        "医政局研究開発政策課 再生医療等研究推進室<br>（代表電話）03-0000-0000"),
    "other",
    "a procedural notice with an example rename (記載例) and a mention of 緊急命令／改善命令: not a notice, no parties",
    [])


# ------------------------------------------------------------ write
def main():
    os.makedirs(PAGES, exist_ok=True)
    for fn in os.listdir(PAGES):
        if fn.endswith(".html"):
            os.remove(os.path.join(PAGES, fn))
    out = []
    for fname, html, entry in pages:
        assert FICTION in html, fname
        with open(os.path.join(PAGES, fname), "w", encoding="utf-8") as f:
            f.write(html)
        out.append(entry)
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} pages")


if __name__ == "__main__":
    main()
