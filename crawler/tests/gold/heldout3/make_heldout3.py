#!/usr/bin/env python3
"""Third held-out gold set (issue 5): invented pages + hand-written annotations.

Writes pages/*.html and gold.json beside this file. Edit this file, not the
generated ones. Run: python3 crawler/tests/gold/heldout3/make_heldout3.py
Every page is invented; none of its text is copied from a real page.
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
         date_after_title=False):
    staff_html = "\n".join(f"<p>{s}</p>" for s in staff)
    date_html = f'<p class="date">{date}</p>'
    head = "" if date_after_title else date_html
    tail = date_html if date_after_title else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title}｜報道発表資料｜厚生労働省</title></head>
<body>
<header><div class="logo">厚生労働省</div><nav><a href="/">ホーム</a> <a href="/stf/houdou/">報道・広報</a> <a href="/stf/seisakunitsuite/">政策について</a></nav></header>
<div class="breadcrumb">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; {month} &gt; {title}</div>
<main>
<p class="test-note">{FICTION}</p>
{head}
<div class="contact">
<p>【照会先】</p>
<p>{office}</p>
{staff_html}
<p>（代表電話）03（0000）0000</p>
</div>
<p>報道関係者各位</p>
<h1>{title}</h1>
{tail}
{body}
</main>
<footer><p>ページの先頭へ戻る</p></footer>
</body>
</html>
"""


def bureau(name, title, date, body, section="医事課", date_first=True):
    d = f"<p>{date}</p>\n<p>{name}</p>"
    h = f"<h1>{title}</h1>"
    top = f"{d}\n{h}" if date_first else f"{h}\n{d}"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{title}｜{name}</title></head>
<body>
<header><div class="site-name">{name}</div><nav><a href="/">ホーム</a> <a href="/news/">新着情報</a> <a href="/gyomu/">業務内容</a></nav></header>
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
PAGES = []


def page(fname, covers, html, notices, what="notices"):
    PAGES.append((fname, covers, html, notices, what))


# ---------------------------------------------------------------- k01
T = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
page("k01_mhlw_emergency_youbi_date.html",
     "ordinary MHLW press release; date line with 曜日 （金）; an earlier day with 曜日 （水） in the narrative as history; 医療法人社団 with spaces; one clinic, one plan; 法第18条 report and 法第24条第1項 inspection not articles",
     mhlw(T, "令和7年11月14日（金）", f"""
<p>令和7年11月12日（水）、「医療法人社団 朋和会 あさぎ台クリニック」（東京都世田谷区）から、{LAW}第18条に基づく疾病等報告がなされました。同日、法第24条第1項に基づく立入検査を実施しました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第22条に基づき、同クリニックに対し再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>「医療法人社団 朋和会 あさぎ台クリニック」</p>
<p>当該再生医療等を受けた者1名に、投与の翌日、入院治療を要する肺塞栓症が発生した。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「変形性膝関節症に対する自己脂肪由来間葉系幹細胞の関節内投与」</p>
""", "2025年11月", ["室長　山吹", "専門官　小豆沢", "専門官　日下部"]),
     [N("emergency_order", "厚生労働省", "2025-11-14", ["法第22条"],
        [S("医療法人社団 朋和会 あさぎ台クリニック", "clinic", "東京都世田谷区", None, "医療法人社団 朋和会",
           ["変形性膝関節症に対する自己脂肪由来間葉系幹細胞の関節内投与"]),
         S("医療法人社団 朋和会", "operator")],
        plans=["変形性膝関節症に対する自己脂肪由来間葉系幹細胞の関節内投与"])])

# ---------------------------------------------------------------- k02
T = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("k02_kantoshinetsu_rows_2chome_nichome.html",
     "関東信越 labelled rows one per line (like the real page); clinic address with 2丁目 and in-clinic facility address with 二丁目 at the same street number; two plans on two lines under one 計 画 名 label; （理事長：…）; facility number",
     bureau("関東信越厚生局", T, "令和7年12月5日", f"""
<p>関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、再生医療等提供機関及び細胞培養加工施設に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p>記</p>
<p>第1 被処分者等</p>
<p>氏 名 真壁 透</p>
<p>（医療法人 蒼樹会 かわごえ再生医療クリニック管理者）</p>
<p>所 在 地 埼玉県川越市新富町2丁目8番3号 川越メディカルビル3階</p>
<p>計 画 名 慢性疼痛に対する自己脂肪由来間葉系幹細胞を用いた治療</p>
<p>　　　　 変形性関節症に対する自己脂肪由来間葉系幹細胞を用いた治療</p>
<p>処分内容 再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>名 称 医療法人 蒼樹会</p>
<p>（理事長：真壁 恭子）</p>
<p>所 在 地 埼玉県川越市新富町二丁目8番3号 川越メディカルビル4階</p>
<p>施 設 名 医療法人蒼樹会 かわごえ再生医療クリニック 細胞培養加工室</p>
<p>施設番号 FC3110207{KASO}</p>
<p>処分内容 再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</p>
<p>第2 経緯</p>
<p>令和7年9月、上記医療機関から、細胞培養加工室で製造された特定細胞加工物の投与後に発熱及び注射部位の腫脹が生じた旨の疾病等報告がなされた。当局が立入検査を行ったところ、無菌試験の結果を確認する前に出荷を判定していたこと、提供計画に記載のない部位への投与が行われていたことが確認された。</p>
<p>第3 改善命令の内容</p>
<p>1 製造及び品質管理の手順を見直し、出荷判定の体制を整備すること。</p>
<p>2 改善計画を令和8年1月9日までに提出すること。</p>
"""),
     [N("improvement_order", "関東信越厚生局", "2025-12-05", ["法第23条第1項", "法第48条第2項"],
        [S("医療法人 蒼樹会 かわごえ再生医療クリニック", "clinic", "埼玉県川越市",
           "埼玉県川越市新富町2丁目8番3号 川越メディカルビル3階", "医療法人 蒼樹会",
           ["慢性疼痛に対する自己脂肪由来間葉系幹細胞を用いた治療",
            "変形性関節症に対する自己脂肪由来間葉系幹細胞を用いた治療"]),
         S("医療法人 蒼樹会", "operator"),
         S("医療法人蒼樹会 かわごえ再生医療クリニック 細胞培養加工室", "cell_processing_facility", "埼玉県川越市",
           "埼玉県川越市新富町二丁目8番3号 川越メディカルビル4階", "医療法人 蒼樹会", [], "FC3110207")],
        persons=[P("真壁 透", "管理者", "医療法人 蒼樹会 かわごえ再生医療クリニック"),
                 P("真壁 恭子", "理事長", "医療法人 蒼樹会")],
        plans=["慢性疼痛に対する自己脂肪由来間葉系幹細胞を用いた治療",
               "変形性関節症に対する自己脂肪由来間葉系幹細胞を用いた治療"])])

# ---------------------------------------------------------------- k03
T = "特定細胞加工物等の製造を行う細胞培養加工施設に対する改善命令について"
page("k03_mhlw_university_hospital_facility.html",
     "improvement order (法第48条第2項) by the Minister against a facility inside a university hospital; operator 学校法人 (「Zが設置する「X」」); the hospital itself is context, not a subject; 施設番号 inside the place parenthesis; date with 曜日 （金）; ・ bullets of findings",
     mhlw(T, "令和8年1月30日（金）", f"""
<p>厚生労働大臣は、本日、学校法人 緑陵学園が設置する「緑陵医科大学病院 細胞プロセッシングセンター」（大阪府高槻市。施設番号 FC5270031{KASO}）に対し、{LAW}第48条第2項に基づき、改善命令を行いましたのでお知らせいたします。</p>
<p>当該施設は緑陵医科大学病院の院内に設置された細胞培養加工施設であり、同病院のほか複数の医療機関から特定細胞加工物等の製造を受託していました。</p>
<h2>【確認された事項】</h2>
<ul>
<li>・清浄度管理区域の環境モニタリングにおいて基準値の超過が繰り返し記録されていたにもかかわらず、逸脱としての処理が行われていなかったこと</li>
<li>・製造に用いる試薬の受入試験が実施されていなかったこと</li>
<li>・委託元医療機関への品質情報の提供が行われていなかったこと</li>
</ul>
<h2>【改善命令の内容】</h2>
<p>上記の事項について原因を究明し、再発防止策を含む改善計画を令和8年2月27日までに提出すること。</p>
<p>なお、緑陵医科大学病院における再生医療等の提供については、本件の命令の対象とはしていません。</p>
""", "2026年1月", ["室長　新発田", "室長補佐　宇佐美"]),
     [N("improvement_order", "厚生労働省", "2026-01-30", ["法第48条第2項"],
        [S("緑陵医科大学病院 細胞プロセッシングセンター", "cell_processing_facility", "大阪府高槻市", None,
           "学校法人 緑陵学園", [], "FC5270031"),
         S("学校法人 緑陵学園", "operator")])])

# ---------------------------------------------------------------- k04
T = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("k04_kinki_honin_bunin.html",
     "the same clinic under two branches (本院 and 分院), each its own entry with its own address and manager; 管理者 X（医師）; 丁 (no 目) address in 堺市 and 4丁目 address; one plan shared by both branches, listed in each entry; a second plan only at the 分院 on a continuation line",
     bureau("近畿厚生局", T, "令和7年10月10日", f"""
<p>近畿厚生局長は、本日、医療法人 松籟会が開設する「なぎさ再生クリニック」の本院及び分院の各管理者に対し、{LAW}第23条第1項に基づき、改善命令を行いました。</p>
<p>記</p>
<p>1　被処分者</p>
<p>（1）医療法人 松籟会 なぎさ再生クリニック 本院</p>
<p>　　所在地　大阪府堺市堺区北花田口町2丁3番8号 なぎさビル2階</p>
<p>　　管理者　潮田 玲奈（医師）</p>
<p>　　計画名　自己脂肪由来幹細胞を用いた慢性疼痛の治療</p>
<p>（2）医療法人 松籟会 なぎさ再生クリニック 分院</p>
<p>　　所在地　大阪府和泉市府中町4丁目6番18号</p>
<p>　　管理者　浜野 恵介（医師）</p>
<p>　　計画名　自己脂肪由来幹細胞を用いた慢性疼痛の治療</p>
<p>　　　　　　自己多血小板血漿を用いた毛髪再生治療</p>
<p>2　処分内容</p>
<p>　法第23条第1項に基づく改善命令</p>
<p>3　経緯</p>
<p>令和7年7月、当局が本院に対して立入検査を行ったところ、本院の細胞培養加工施設で製造された特定細胞加工物を、分院において提供計画に記載のない方法で投与していたことが確認された。また、分院では、毛髪再生治療について、同意説明文書の交付が行われていない事例が確認された。</p>
"""),
     [N("improvement_order", "近畿厚生局", "2025-10-10", ["法第23条第1項"],
        [S("医療法人 松籟会 なぎさ再生クリニック 本院", "clinic", "大阪府堺市堺区",
           "大阪府堺市堺区北花田口町2丁3番8号 なぎさビル2階", "医療法人 松籟会",
           ["自己脂肪由来幹細胞を用いた慢性疼痛の治療"]),
         S("医療法人 松籟会 なぎさ再生クリニック 分院", "clinic", "大阪府和泉市",
           "大阪府和泉市府中町4丁目6番18号", "医療法人 松籟会",
           ["自己脂肪由来幹細胞を用いた慢性疼痛の治療", "自己多血小板血漿を用いた毛髪再生治療"]),
         S("医療法人 松籟会", "operator")],
        persons=[P("潮田 玲奈", "管理者", "医療法人 松籟会 なぎさ再生クリニック 本院"),
                 P("浜野 恵介", "管理者", "医療法人 松籟会 なぎさ再生クリニック 分院")],
        plans=["自己脂肪由来幹細胞を用いた慢性疼痛の治療", "自己多血小板血漿を用いた毛髪再生治療"])])

# ---------------------------------------------------------------- k05
T = "再生医療等提供機関に対する改善命令について"
page("k05_kyushu_footnote_rename.html",
     "rename stated only in a ※ footnote (「Y」から名称を変更, dated 付けで) whose new name is the entry's name; ※ glued to the name; 医療機関名：／管理者：／所在地：／計画名： rows; 2丁目 address with full-width ＳＫ in the building name; 政令市 ward 北九州市小倉北区",
     bureau("九州厚生局", T, "令和7年9月19日", f"""
<p>九州厚生局長は、令和7年9月19日付けで、下記の再生医療等提供機関の管理者に対し、{LAW}第23条第1項の規定に基づき、改善命令を行いました。</p>
<h2>被処分者</h2>
<div class="entry">
<p>医療機関名：医療法人 澄川会 かわせみクリニック※</p>
<p>管理者：藤波 隼人</p>
<p>所在地：福岡県北九州市小倉北区魚町2丁目3番10号 小倉ＳＫビル5階</p>
<p>計画名：自己歯髄由来幹細胞を用いた歯周組織再生治療</p>
<p>処分内容：法第23条第1項に基づく改善命令</p>
</div>
<h2>処分の理由</h2>
<p>当該医療機関では、提供計画に記載された特定細胞加工物の製造施設とは異なる施設で製造された特定細胞加工物を用いて再生医療等を提供していたほか、疾病等の発生について法第18条に基づく報告を行っていなかった。</p>
<p class="note">※ 当該医療機関は、令和7年4月1日付けで「こくら幹細胞クリニック」から名称を変更している（上記の計画は変更前の名称で提出されたものである。）。</p>
"""),
     [N("improvement_order", "九州厚生局", "2025-09-19", ["法第23条第1項"],
        [S("医療法人 澄川会 かわせみクリニック", "clinic", "福岡県北九州市小倉北区",
           "福岡県北九州市小倉北区魚町2丁目3番10号 小倉ＳＫビル5階", "医療法人 澄川会",
           ["自己歯髄由来幹細胞を用いた歯周組織再生治療"]),
         S("医療法人 澄川会", "operator")],
        persons=[P("藤波 隼人", "管理者", "医療法人 澄川会 かわせみクリニック")],
        plans=["自己歯髄由来幹細胞を用いた歯周組織再生治療"],
        renames=[R("こくら幹細胞クリニック", "医療法人 澄川会 かわせみクリニック", "2025-04-01")])])

# ---------------------------------------------------------------- k06
T = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("k06_chugoku_shikoku_merged_header_table.html",
     "第1／第2／第3 structure; parties in a `<table>` whose header has merged cells (rowspan/colspan: 被処分者 over 名称｜代表者等); operator 社会医療法人 (a hospital as provider); 管理者 and 理事長 written with the name in a 代表者等 cell; the 理事長 printed in the facility row belongs to the operator; same street address as 二丁目5番7号 and 2丁目5番7号; facility number in its own column; date with 曜日 （金）",
     bureau("中国四国厚生局", T, "令和8年2月6日（金）", f"""
<p>中国四国厚生局長は、本日、{LAW}に基づき、下記の再生医療等提供機関の管理者及び細胞培養加工施設に係る特定細胞加工物等製造事業者に対し、改善命令を行いましたので、お知らせします。</p>
<p>記</p>
<h2>第1　被処分者</h2>
<table class="list">
<tr><th rowspan="2">区分</th><th colspan="2">被処分者</th><th rowspan="2">所在地</th><th rowspan="2">施設番号</th><th rowspan="2">根拠条項</th></tr>
<tr><th>名称</th><th>代表者等</th></tr>
<tr><td>再生医療等提供機関</td><td>社会医療法人 瀬音会 せおと記念病院</td><td>管理者　岩城 直人</td><td>広島県福山市霞町二丁目5番7号</td><td>－</td><td>法第23条第1項</td></tr>
<tr><td>細胞培養加工施設</td><td>社会医療法人 瀬音会 せおと記念病院 細胞加工室</td><td>理事長　岩城 千鶴</td><td>広島県福山市霞町2丁目5番7号 別館3階</td><td>FC6340015{KASO}</td><td>法第48条第2項</td></tr>
</table>
<p>（注）細胞培養加工施設の特定細胞加工物等製造事業者は、社会医療法人 瀬音会である。</p>
<h2>第2　処分の内容</h2>
<p>1　再生医療等提供機関の管理者に対し、再生医療等提供計画「難治性皮膚潰瘍に対する自己骨髄由来単核球を用いた治療」に基づく再生医療等の提供について、説明及び同意の手続並びに記録の保存の体制を改善すること。</p>
<p>2　特定細胞加工物等製造事業者に対し、製造管理及び品質管理の体制を改善すること。</p>
<h2>第3　経緯</h2>
<p>令和7年11月、当局は当該病院に対し、法第24条第1項及び法第52条第1項に基づく立入検査を実施した。その結果、同意書の欠落した症例が複数確認されたほか、細胞加工室において製造記録の一部が作成されていないことが確認された。</p>
""", date_first=True),
     [N("improvement_order", "中国四国厚生局", "2026-02-06", ["法第23条第1項", "法第48条第2項"],
        [S("社会医療法人 瀬音会 せおと記念病院", "clinic", "広島県福山市", "広島県福山市霞町二丁目5番7号",
           "社会医療法人 瀬音会", ["難治性皮膚潰瘍に対する自己骨髄由来単核球を用いた治療"]),
         S("社会医療法人 瀬音会 せおと記念病院 細胞加工室", "cell_processing_facility", "広島県福山市",
           "広島県福山市霞町2丁目5番7号 別館3階", "社会医療法人 瀬音会", [], "FC6340015"),
         S("社会医療法人 瀬音会", "operator")],
        persons=[P("岩城 直人", "管理者", "社会医療法人 瀬音会 せおと記念病院"),
                 P("岩城 千鶴", "理事長", "社会医療法人 瀬音会")],
        plans=["難治性皮膚潰瘍に対する自己骨髄由来単核球を用いた治療"])])

# ---------------------------------------------------------------- k07
T = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
page("k07_mhlw_ippan_zaidan_unlicensed_kojin.html",
     "emergency order, provision stop (法第22条) and manufacturing stop (法第47条); facility operated by a 一般財団法人 without a licence (violation 法第35条第1項); clinic opened by an individual (個人開設, no operator); full-width date with （金曜日）",
     mhlw(T, "令和７年７月２５日（金曜日）", f"""
<p>厚生労働省は、一般財団法人 北辰細胞医学研究財団が設置する「北辰セルプロセシングセンター」（北海道札幌市中央区）が、法に基づく許可を受けずに特定細胞加工物の製造を行い、個人開設の医療機関である「すずかけ通りクリニック」（北海道札幌市北区）に提供していたことを確認しました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、{LAW}第22条に基づき「すずかけ通りクリニック」に対して再生医療等の提供の一時停止を、法第47条に基づき「北辰セルプロセシングセンター」に対して特定細胞加工物の製造の一時停止を、それぞれ命じましたのでお知らせいたします。</p>
<h2>【確認された法律違反】</h2>
<p>「北辰セルプロセシングセンター」</p>
<p>・法第35条第1項の許可を受けずに、特定細胞加工物の製造を行っていたこと（法第35条第1項違反）</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「アトピー性皮膚炎に対する臍帯由来間葉系幹細胞の静脈内投与」</p>
""", "2025年7月", ["室長補佐　霧島", "専門官　鳴海"]),
     [N("emergency_order", "厚生労働省", "2025-07-25", ["法第22条", "法第47条"],
        [S("北辰セルプロセシングセンター", "cell_processing_facility", "北海道札幌市中央区", None,
           "一般財団法人 北辰細胞医学研究財団"),
         S("一般財団法人 北辰細胞医学研究財団", "operator"),
         S("すずかけ通りクリニック", "clinic", "北海道札幌市北区", None, None,
           ["アトピー性皮膚炎に対する臍帯由来間葉系幹細胞の静脈内投与"])],
        plans=["アトピー性皮膚炎に対する臍帯由来間葉系幹細胞の静脈内投与"],
        violations=["法第35条第1項"])])

# ---------------------------------------------------------------- k08
T = "再生医療等提供機関の管理者に対する改善命令について"
page("k08_tokai_hokuriku_kanrisha_ishi.html",
     "managers written 「管理者 X（医師）」 and a 実施責任者 「実施責任者 X（医師）」 on separate lines; ■ entries with the place in （）; operator on a separate 開設者 line for one clinic and inside the name for the other; 番地の address; 二丁目…番地 address; 再生医療等提供計画の名称 label",
     bureau("東海北陸厚生局", T, "令和7年12月19日", f"""
<p>東海北陸厚生局長は、本日、{LAW}第23条第1項に基づき、下記の再生医療等提供機関の管理者に対して改善命令を行いましたので、お知らせします。</p>
<p>記</p>
<div class="entry">
<p>■　医療法人 若葉会 しずはた幹細胞クリニック（静岡県静岡市葵区）</p>
<p>所在地　静岡県静岡市葵区呉服町1丁目2番地の5 しずはたメディカルスクエア6階</p>
<p>管理者 楠本 有紀（医師）</p>
<p>実施責任者 相良 冬馬（医師）</p>
<p>再生医療等提供計画の名称　脂肪由来幹細胞を用いた変形性股関節症の治療</p>
</div>
<div class="entry">
<p>■　ひだまり整形外科クリニック（愛知県豊橋市）</p>
<p>開設者　医療法人 陽向会</p>
<p>所在地　愛知県豊橋市駅前大通二丁目33番地</p>
<p>管理者 大河内 実（医師）</p>
<p>再生医療等提供計画の名称　多血小板血漿を用いた腱付着部症の治療</p>
</div>
<p>（処分の理由）</p>
<p>いずれの医療機関においても、認定再生医療等委員会の意見を聴かずに提供計画の内容を変更し、変更後の方法で再生医療等を提供していた。</p>
"""),
     [N("improvement_order", "東海北陸厚生局", "2025-12-19", ["法第23条第1項"],
        [S("医療法人 若葉会 しずはた幹細胞クリニック", "clinic", "静岡県静岡市葵区",
           "静岡県静岡市葵区呉服町1丁目2番地の5 しずはたメディカルスクエア6階", "医療法人 若葉会",
           ["脂肪由来幹細胞を用いた変形性股関節症の治療"]),
         S("医療法人 若葉会", "operator"),
         S("ひだまり整形外科クリニック", "clinic", "愛知県豊橋市", "愛知県豊橋市駅前大通二丁目33番地",
           "医療法人 陽向会", ["多血小板血漿を用いた腱付着部症の治療"]),
         S("医療法人 陽向会", "operator")],
        persons=[P("楠本 有紀", "管理者", "医療法人 若葉会 しずはた幹細胞クリニック"),
                 P("相良 冬馬", "実施責任者", "医療法人 若葉会 しずはた幹細胞クリニック"),
                 P("大河内 実", "管理者", "ひだまり整形外科クリニック")],
        plans=["脂肪由来幹細胞を用いた変形性股関節症の治療", "多血小板血漿を用いた腱付着部症の治療"])])

# ---------------------------------------------------------------- k09
T = "特定細胞加工物製造事業者に対する業務停止命令について"
page("k09_tohoku_suspension_kanji_numbered.html",
     "suspension order (業務の停止, 法第49条) with a period (dates not issued_on); sections numbered 一／二／三; licensed facility (class letter A) of a 株式会社 with 代表取締役 without colon; 一丁目 address; facility name printed after the operator with 「の」",
     bureau("東北厚生局", T, "令和8年2月20日", f"""
<p>東北厚生局長は、本日、{LAW}第49条の規定に基づき、下記の特定細胞加工物製造事業者に対し、業務の停止を命じました。</p>
<p>一　処分を受けた者</p>
<p>　株式会社みちのくバイオセル　代表取締役　名取 光彦</p>
<p>　（製造所）株式会社みちのくバイオセルの仙台細胞加工センター</p>
<p>　（所在地）宮城県仙台市青葉区中央一丁目9番12号 青葉テクノビル2階</p>
<p>　（施設番号）FA2040008{KASO}</p>
<p>二　処分の内容</p>
<p>　令和8年3月2日から令和8年5月1日までの間、特定細胞加工物の製造の業務の全部の停止</p>
<p>三　処分の理由</p>
<p>　許可を受けた製造所の構造設備の基準に適合しない区域で特定細胞加工物の製造を行い、また、法第44条に基づく製造の記録を作成していなかったこと。</p>
"""),
     [N("suspension_order", "東北厚生局", "2026-02-20", ["法第49条"],
        [S("株式会社みちのくバイオセル", "operator"),
         S("仙台細胞加工センター", "cell_processing_facility", "宮城県仙台市青葉区",
           "宮城県仙台市青葉区中央一丁目9番12号 青葉テクノビル2階", "株式会社みちのくバイオセル", [], "FA2040008")],
        persons=[P("名取 光彦", "代表取締役", "株式会社みちのくバイオセル")])])

# ---------------------------------------------------------------- k10
T = "細胞培養加工施設の廃止について"
page("k10_kantoshinetsu_facility_closures_table.html",
     "closure page: two facilities closed, in a `<table>` with a header row 施設番号｜施設の名称｜特定細胞加工物等製造事業者｜所在地｜廃止年月日; 合同会社 and 株式会社 operators; two different closure dates, both before the page date; facility numbers marked invented by a ※ note",
     bureau("関東信越厚生局", T, "令和8年3月27日", f"""
<p>再生医療等の安全性の確保等に関する法律に基づき許可を受け、又は届出がなされていた細胞培養加工施設のうち、次の施設について廃止の届出がありましたので、お知らせします。</p>
<table class="list">
<tr><th>施設番号</th><th>施設の名称</th><th>特定細胞加工物等製造事業者</th><th>所在地</th><th>廃止年月日</th></tr>
<tr><td>FA3120044</td><td>ちばセルワークス 柏の葉ラボ</td><td>合同会社ちばセルワークス</td><td>千葉県柏市若柴178番地4</td><td>令和8年2月28日</td></tr>
<tr><td>FC3130561</td><td>メディセルテック 品川加工室</td><td>株式会社メディセルテック</td><td>東京都品川区東五反田1丁目14番10号 五反田スクエア9階</td><td>令和8年3月15日</td></tr>
</table>
<p>※ 施設番号はいずれもテスト用の架空の番号です。</p>
<p>※ 廃止した施設で製造された特定細胞加工物等を用いた再生医療等については、各医療機関において提供計画の変更手続が必要です。</p>
"""),
     [N("closure_filing", "関東信越厚生局", "2026-03-27", [],
        [S("ちばセルワークス 柏の葉ラボ", "cell_processing_facility", "千葉県柏市", "千葉県柏市若柴178番地4",
           "合同会社ちばセルワークス", [], "FA3120044"),
         S("合同会社ちばセルワークス", "operator"),
         S("メディセルテック 品川加工室", "cell_processing_facility", "東京都品川区",
           "東京都品川区東五反田1丁目14番10号 五反田スクエア9階", "株式会社メディセルテック", [], "FC3130561"),
         S("株式会社メディセルテック", "operator")],
        closures=[C("ちばセルワークス 柏の葉ラボ", "2026-02-28"),
                  C("メディセルテック 品川加工室", "2026-03-15")])])

# ---------------------------------------------------------------- k11
T = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
page("k11_mhlw_supplier_and_clinics_annex_table.html",
     "ordinary multi-party emergency order: a facility without a licence (法第47条) and the three clinics it supplied (法第22条) listed in a 別紙 table with place = prefecture + city; spaced date 令和7年 6 月 4 日 with （水）; ㈱ in the facility's operator; violation 法第4条第1項 for the clinics; the only place printed for the facility side is in the operator's parenthesis",
     mhlw(T, "令和7年 6 月 4 日（水）", f"""
<p>厚生労働省は、㈱ネクサスジーン（神奈川県川崎市中原区）が運営する「ネクサスジーン細胞加工室」において、{LAW}に基づく許可を受けずに特定細胞加工物が製造され、別紙の医療機関に提供されていたことを確認しました。また、別紙の医療機関は、再生医療等提供計画を提出せずに当該特定細胞加工物を用いた再生医療等を提供していました（法第4条第1項違反）。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第47条に基づき「ネクサスジーン細胞加工室」に対し特定細胞加工物の製造の一時停止を、法第22条に基づき別紙の医療機関に対し再生医療等の提供の一時停止を命じましたのでお知らせいたします。</p>
<h2>別紙　提供の一時停止を命じた医療機関</h2>
<table class="list">
<tr><th>番号</th><th>医療機関の名称</th><th>所在地</th></tr>
<tr><td>1</td><td>医療法人社団 光彩会 むさしこすぎクリニック</td><td>神奈川県川崎市中原区</td></tr>
<tr><td>2</td><td>あざみ野スキンケアクリニック</td><td>神奈川県横浜市青葉区</td></tr>
<tr><td>3</td><td>医療法人 湧泉会 まちだ美容皮膚科</td><td>東京都町田市</td></tr>
</table>
<p>提供されていた再生医療等は、いずれも「皮膚の老化に対する培養線維芽細胞の皮内投与」として説明されていました。</p>
""", "2025年6月", ["室長　早乙女", "専門官　鷹取"]),
     [N("emergency_order", "厚生労働省", "2025-06-04", ["法第22条", "法第47条"],
        [S("ネクサスジーン細胞加工室", "cell_processing_facility", None, None, "㈱ネクサスジーン"),
         S("㈱ネクサスジーン", "operator"),
         S("医療法人社団 光彩会 むさしこすぎクリニック", "clinic", "神奈川県川崎市中原区", None, "医療法人社団 光彩会"),
         S("医療法人社団 光彩会", "operator"),
         S("あざみ野スキンケアクリニック", "clinic", "神奈川県横浜市青葉区"),
         S("医療法人 湧泉会 まちだ美容皮膚科", "clinic", "東京都町田市", None, "医療法人 湧泉会"),
         S("医療法人 湧泉会", "operator")],
        plans=["皮膚の老化に対する培養線維芽細胞の皮内投与"],
        violations=["法第4条第1項"])])

# ---------------------------------------------------------------- k12
T = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("k12_kantoshinetsu_halfwidth_shamei_henko.html",
     "関東信越 rows like the real page with half-width ( ) and :; clinic + outside licensed facility; facility operator renamed with 社名変更 inside the 名 称 parenthesis (「X(令和7年3月1日に株式会社Yから社名変更)」); (代表取締役:…); hyphen address with 1F; 丁目 in the clinic address",
     bureau("関東信越厚生局", T, "令和8年1月16日", f"""
<p>関東信越厚生局長は、本日、下記のとおり、{LAW}に基づき、再生医療等提供機関及び細胞培養加工施設に対し、法第23条第1項及び第48条第2項に基づく改善命令を行いましたので、お知らせします。</p>
<p>記</p>
<p>第1 被処分者等</p>
<p>氏 名 早瀬 美郷</p>
<p>(医療法人社団 海風会 みなと台ペインクリニック管理者)</p>
<p>所 在 地 千葉県船橋市本町4丁目41番19号 本町メディカルプラザ2階</p>
<p>計 画 名 慢性腰痛に対する自己脂肪由来間葉系幹細胞を用いた治療</p>
<p>処分内容 再生医療等の安全性の確保等に関する法律第23条第1項による改善命令</p>
<p>名 称 株式会社 ひかりセルテック(令和7年3月1日に株式会社 光洋バイオから社名変更)</p>
<p>(代表取締役:氷室 拓真)</p>
<p>所 在 地 群馬県高崎市問屋町3-10-2 1F</p>
<p>施 設 名 株式会社ひかりセルテック 高崎細胞培養センター</p>
<p>施設番号 FA3100023{KASO}</p>
<p>処分内容 再生医療等の安全性の確保等に関する法律第48条第2項による改善命令</p>
<p>第2 経緯</p>
<p>令和7年10月、上記医療機関から、当該施設で製造された特定細胞加工物の投与後に感染症が疑われる症例が生じた旨の疾病等報告がなされた。当局が両者に立入検査を行ったところ、当該施設において培養工程の無菌性を確認するための試験が実施されていなかったこと、上記医療機関において受入れ時の確認が行われていなかったことが判明した。</p>
"""),
     [N("improvement_order", "関東信越厚生局", "2026-01-16", ["法第23条第1項", "法第48条第2項"],
        [S("医療法人社団 海風会 みなと台ペインクリニック", "clinic", "千葉県船橋市",
           "千葉県船橋市本町4丁目41番19号 本町メディカルプラザ2階", "医療法人社団 海風会",
           ["慢性腰痛に対する自己脂肪由来間葉系幹細胞を用いた治療"]),
         S("医療法人社団 海風会", "operator"),
         S("株式会社 ひかりセルテック", "operator"),
         S("株式会社ひかりセルテック 高崎細胞培養センター", "cell_processing_facility", "群馬県高崎市",
           "群馬県高崎市問屋町3-10-2 1F", "株式会社 ひかりセルテック", [], "FA3100023")],
        persons=[P("早瀬 美郷", "管理者", "医療法人社団 海風会 みなと台ペインクリニック"),
                 P("氷室 拓真", "代表取締役", "株式会社 ひかりセルテック")],
        plans=["慢性腰痛に対する自己脂肪由来間葉系幹細胞を用いた治療"],
        renames=[R("株式会社 光洋バイオ", "株式会社 ひかりセルテック", "2025-03-01")])])

# ---------------------------------------------------------------- k13
T = "再生医療等の安全性の確保等に関する法律に基づく緊急命令について"
page("k13_mhlw_emergency_addendum_filing_vs_closing_date.html",
     "ordinary emergency order like the 2024 release (clinic + its culture centre, 疾病等報告 and 重大事態報告, spaced article numbers 第 18 条); 【追記】 closure addendum where the filing date (令和7年11月21日) and the closure date (令和7年11月15日付けで廃止) differ",
     mhlw(T, "令和7年10月3日", f"""
<p>令和7年 9 月 30 日、「医療法人 蓮華会 はすみ再生クリニック」（兵庫県神戸市中央区）から、再生医療等の安全性の確保等に関する法律（平成 25 年法律第 85 号。以下「法」という。）第 18 条に基づく疾病等報告、及び「医療法人 蓮華会 はすみ細胞培養センター」（兵庫県神戸市中央区）から、同法施行規則第 107 条に基づく重大事態報告がなされました。</p>
<p>保健衛生上の危害の発生又は拡大を防止するため必要があると判断したため、本日付けで、法第 22 条及び法第 47 条に基づき、再生医療等の提供及び当該特定細胞加工物の製造の一時停止を命じましたのでお知らせいたします。</p>
<h2>報告された事案</h2>
<p>「医療法人 蓮華会 はすみ再生クリニック」</p>
<p>当該再生医療等の提供を受けた者3名に、投与後の発熱及び血圧低下が生じ、うち1名が入院した。</p>
<p>「医療法人 蓮華会 はすみ細胞培養センター」</p>
<p>同一ロットの特定細胞加工物の保存検体から細菌が検出された。</p>
<h2>【提供の一時停止を命じた再生医療等】</h2>
<p>「がんの再発予防に対する自己活性化リンパ球療法」</p>
<h2>【追記】</h2>
<p>令和7年11月21日、「医療法人 蓮華会 はすみ再生クリニック」の開設者から、同クリニックを令和7年11月15日付けで廃止した旨の届出がなされました。</p>
""", "2025年10月", ["室長　二階堂", "専門官　東雲"]),
     [N("emergency_order", "厚生労働省", "2025-10-03", ["法第22条", "法第47条"],
        [S("医療法人 蓮華会 はすみ再生クリニック", "clinic", "兵庫県神戸市中央区", None, "医療法人 蓮華会",
           ["がんの再発予防に対する自己活性化リンパ球療法"]),
         S("医療法人 蓮華会 はすみ細胞培養センター", "cell_processing_facility", "兵庫県神戸市中央区", None,
           "医療法人 蓮華会"),
         S("医療法人 蓮華会", "operator")],
        plans=["がんの再発予防に対する自己活性化リンパ球療法"]),
      N("closure_filing", "厚生労働省", "2025-11-21", [],
        [S("医療法人 蓮華会 はすみ再生クリニック", "clinic", "兵庫県神戸市中央区", None, "医療法人 蓮華会")],
        closures=[C("医療法人 蓮華会 はすみ再生クリニック", "2025-11-15")], part="closure")])

# ---------------------------------------------------------------- k14
T = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("k14_kinki_vertical_table_one_clinic.html",
     "ordinary bureau order, one clinic, in a vertical th/td table (氏名｜医療機関の名称｜開設者｜所在地｜計画名｜処分内容); two plans 「A」、「B」 in one cell; operator 医療法人 without 社団 in its own row; 三丁目 address",
     bureau("近畿厚生局", T, "令和7年8月8日", f"""
<p>近畿厚生局長は、本日、{LAW}第23条第1項に基づき、下記のとおり改善命令を行いました。</p>
<table class="vertical">
<tr><th>氏名</th><td>葛城 聡子</td></tr>
<tr><th>医療機関の名称</th><td>なら東山クリニック</td></tr>
<tr><th>開設者</th><td>医療法人 東山会</td></tr>
<tr><th>所在地</th><td>奈良県奈良市三条大路三丁目1番6号</td></tr>
<tr><th>計画名</th><td>「自己脂肪由来幹細胞を用いた糖尿病性足潰瘍の治療」、「自己多血小板血漿を用いた難治性創傷の治療」</td></tr>
<tr><th>処分内容</th><td>法第23条第1項に基づく改善命令（上記医療機関の管理者に対するもの）</td></tr>
</table>
<p>（経緯）令和7年5月に実施した立入検査において、提供計画に定めた細胞の採取量を超えて採取していたこと、及び疾病等の記録が保存されていなかったことが確認された。</p>
"""),
     [N("improvement_order", "近畿厚生局", "2025-08-08", ["法第23条第1項"],
        [S("なら東山クリニック", "clinic", "奈良県奈良市", "奈良県奈良市三条大路三丁目1番6号", "医療法人 東山会",
           ["自己脂肪由来幹細胞を用いた糖尿病性足潰瘍の治療", "自己多血小板血漿を用いた難治性創傷の治療"]),
         S("医療法人 東山会", "operator")],
        persons=[P("葛城 聡子", "管理者", "なら東山クリニック")],
        plans=["自己脂肪由来幹細胞を用いた糖尿病性足潰瘍の治療", "自己多血小板血漿を用いた難治性創傷の治療"])])

# ---------------------------------------------------------------- k15
T = "再生医療等の安全性の確保等に関する法律に基づく改善命令について"
page("k15_kyushu_one_line_ippan_zaidan.html",
     "九州 one-line entries (氏名：…（…管理者） 所在地：… 計画名：… 処分内容：…, and 名称：…（理事長：…） 所在地：… 施設名：… 施設番号：… 処分内容：…); facility operator 一般財団法人; 糸島市 address with 番地; 2丁目 address in 熊本市中央区",
     bureau("九州厚生局", T, "令和8年3月6日", f"""
<p>九州厚生局長は、本日、{LAW}第23条第1項及び第48条第2項に基づき、下記の者に対し改善命令を行いました。</p>
<p>記</p>
<p>１　被処分者</p>
<p>（１）氏名：白水 遼（医療法人 玄洋会 いとしま再生クリニック管理者）　所在地：福岡県糸島市前原中央3丁目11番地　計画名：自己脂肪由来間葉系幹細胞を用いた肝機能障害の治療　処分内容：法第23条第1項に基づく改善命令</p>
<p>（２）名称：一般財団法人 有明先端医療財団（理事長：緒方 惣一）　所在地：熊本県熊本市中央区水前寺2丁目20番5号　施設名：有明先端医療財団 細胞培養センター　施設番号：FC7430102{KASO}　処分内容：法第48条第2項に基づく改善命令</p>
<p>２　経緯</p>
<p>令和7年12月、当局が実施した立入検査において、（１）の医療機関では、（２）の施設で製造された特定細胞加工物について、提供計画に定めた保存期間を超えて投与していたことが、また、（２）の施設では、出荷時の品質試験の記録が作成されていなかったことが確認された。</p>
"""),
     [N("improvement_order", "九州厚生局", "2026-03-06", ["法第23条第1項", "法第48条第2項"],
        [S("医療法人 玄洋会 いとしま再生クリニック", "clinic", "福岡県糸島市", "福岡県糸島市前原中央3丁目11番地",
           "医療法人 玄洋会", ["自己脂肪由来間葉系幹細胞を用いた肝機能障害の治療"]),
         S("医療法人 玄洋会", "operator"),
         S("一般財団法人 有明先端医療財団", "operator"),
         S("有明先端医療財団 細胞培養センター", "cell_processing_facility", "熊本県熊本市中央区",
           "熊本県熊本市中央区水前寺2丁目20番5号", "一般財団法人 有明先端医療財団", [], "FC7430102")],
        persons=[P("白水 遼", "管理者", "医療法人 玄洋会 いとしま再生クリニック"),
                 P("緒方 惣一", "理事長", "一般財団法人 有明先端医療財団")],
        plans=["自己脂肪由来間葉系幹細胞を用いた肝機能障害の治療"])])

# ---------------------------------------------------------------- k16
T = "特定細胞加工物等製造事業者に対する改善命令について"
page("k16_mhlw_facility_improvement_made_no_meisho.html",
     "MHLW improvement order (法第48条第2項) to a facility, rename phrased 「（令和6年9月までの名称は「Y」）」 (year-month, no day, no verb 変更); operator 株式会社 written after the facility with 「の運営する」; findings as （1）（2）; clinic named as context (a customer of the facility, not a subject)",
     mhlw(T, "令和8年3月13日", f"""
<p>厚生労働大臣は、本日、「さがみ野セルセンター」（神奈川県相模原市南区。令和6年9月までの名称は「相模原再生医療ラボ」）を運営する株式会社さがみ野バイオに対し、{LAW}第48条第2項に基づく改善命令を行いましたので、お知らせいたします。</p>
<h2>1．経緯</h2>
<p>令和7年12月、当該施設に製造を委託していた医療機関（医療法人社団 恵和会 ふちのべクリニック）から、特定細胞加工物の投与後に敗血症が疑われる症例が生じた旨の疾病等報告がなされたことを受け、当該施設に対して法第52条第1項に基づく立入検査を行いました。</p>
<h2>2．確認された事項</h2>
<p>（1）培養工程で用いる原料の規格が定められていなかったこと</p>
<p>（2）製造所の自己点検が実施されていなかったこと</p>
<h2>3．命令の内容</h2>
<p>上記事項の改善を図り、改善結果を令和8年4月10日までに報告すること。</p>
""", "2026年3月", ["室長　葛西", "室長補佐　檜垣"]),
     [N("improvement_order", "厚生労働省", "2026-03-13", ["法第48条第2項"],
        [S("さがみ野セルセンター", "cell_processing_facility", "神奈川県相模原市南区", None, "株式会社さがみ野バイオ"),
         S("株式会社さがみ野バイオ", "operator")],
        renames=[R("相模原再生医療ラボ", "さがみ野セルセンター", "2024-09")])])

# ---------------------------------------------------------------- k17
T = "再生医療等提供計画の中止について"
page("k17_tohoku_plan_discontinued_youbi.html",
     "discontinuation of one plan (提供計画の中止の届出); date line 令和7年11月28日（金）; clinic stays open; operator 医療法人社団 on a 開設者 line with 理事長 in （）",
     bureau("東北厚生局", T, "令和7年11月28日（金）", f"""
<p>下記の再生医療等提供機関から、再生医療等提供計画の中止の届出がありましたので、お知らせします。なお、当該医療機関は、その他の診療を引き続き行っています。</p>
<p>記</p>
<p>医療機関名　もりおか北クリニック</p>
<p>開設者　医療法人社団 北斗会（理事長　工藤 千景）</p>
<p>所在地　岩手県盛岡市中ノ橋通二丁目4番20号</p>
<p>中止した計画　自己血清点眼を用いたドライアイの治療</p>
<p>中止年月日　令和7年10月31日</p>
"""),
     [N("discontinuation_filing", "東北厚生局", "2025-11-28", [],
        [S("もりおか北クリニック", "clinic", "岩手県盛岡市", "岩手県盛岡市中ノ橋通二丁目4番20号", "医療法人社団 北斗会",
           ["自己血清点眼を用いたドライアイの治療"]),
         S("医療法人社団 北斗会", "operator")],
        persons=[P("工藤 千景", "理事長", "医療法人社団 北斗会")],
        plans=["自己血清点眼を用いたドライアイの治療"])])

# ---------------------------------------------------------------- k18
page("k18_mhlw_listing_month.html",
     "monthly listing of press releases whose titles name the kinds and a clinic: not a notice",
     f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>報道発表資料 2025年11月｜厚生労働省</title></head>
<body>
<header><div class="logo">厚生労働省</div></header>
<div class="breadcrumb">ホーム &gt; 報道・広報 &gt; 報道発表資料 &gt; 2025年11月</div>
<main>
<p class="test-note">{FICTION}</p>
<h1>報道発表資料 2025年11月</h1>
<ul>
<li>2025年11月28日 <a href="/stf/newpage_90101.html">第12回 医療機器の安全対策に関する検討会の開催について</a></li>
<li>2025年11月14日 <a href="/stf/newpage_90044.html">再生医療等の安全性の確保等に関する法律に基づく緊急命令について（あさぎ台クリニック）</a></li>
<li>2025年11月7日 <a href="/stf/newpage_89977.html">令和7年度 再生医療等提供計画の届出状況について</a></li>
<li>2025年11月4日 <a href="/stf/newpage_89930.html">特定細胞加工物等製造事業者に対する改善命令の結果公表について</a></li>
</ul>
</main>
<footer><p>ページの先頭へ戻る</p></footer>
</body>
</html>
""", [], what="listing")

# ---------------------------------------------------------------- k19
page("k19_kinki_other_kanrisha_henko_guide.html",
     "procedure page (how to notify a change of manager or address) with a 記載例 showing 管理者 X（医師）, a 2丁目 address and a 名称変更 example, and the words 改善命令／廃止: not a notice",
     bureau("近畿厚生局", "再生医療等提供計画の変更の届出について", "令和7年4月1日", f"""
<p>再生医療等提供機関の名称、所在地又は管理者を変更した場合は、変更後30日以内に届出を行ってください。届出を怠った場合、改善命令等の対象となることがあります。</p>
<h2>記載例</h2>
<p>変更前　医療機関の名称：みどり坂クリニック（記載例）</p>
<p>変更後　医療機関の名称：みどり坂再生医療クリニック（記載例）</p>
<p>管理者 近畿 花子（医師）</p>
<p>所在地　大阪府大阪市中央区大手前2丁目1番（記載例）</p>
<p>医療機関を廃止した場合は、廃止の日から30日以内に、再生医療等提供計画の中止の届出を行ってください。</p>
""", section="健康福祉部 医事課"), [], what="other")


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
