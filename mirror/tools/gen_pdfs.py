# Generates the PDF attachments of tadoru's bundled demo mirror and the bad
# PDFs of the crawler's test fixtures (run once with python3; output committed).
#
# The attachments are text PDFs the way government offices make them: a
# Type0 font over a CIDFontType0 of the Adobe-Japan1 collection that is NOT
# embedded (the reader substitutes a Japanese font), with a ToUnicode CMap so
# that the text can be extracted. Two encodings are written:
#   - Identity-H, the codes being Adobe-Japan1 CIDs: both pdf-extract and
#     poppler's pdftotext read it;
#   - UniJIS-UCS2-H, a predefined CMap named but not included: pdftotext (with
#     poppler-data) reads it, pdf-extract 0.12 panics on it, which is what
#     tadoru's fallback is for.
# The Unicode -> CID table is read from poppler-data's UniJIS-UCS2-H CMap
# (Debian: poppler-data; set POPPLER_CMAP to use another copy).
#
# Bad fixtures for tests (tests/fixtures/pdf-site/content): a file that is
# not a PDF at all, a truncated PDF, a PDF encrypted with a user password
# (RC4, standard security handler revision 2), and an image-only PDF with no
# text. The too-large one is made by the test itself.
import hashlib
import os
import re
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "..", "site")
FIXTURES = os.path.join(HERE, "..", "..", "tests", "fixtures", "pdf-site")
CMAP = os.environ.get("POPPLER_CMAP", "/usr/share/poppler/cMap/Adobe-Japan1/UniJIS-UCS2-H")
DEMO = "［tadoru デモ再構成］この文書は、公表された事実をもとに tadoru が独自の文章で作成したデモ用の別添であり、厚生労働省の公表資料そのものではありません。"


def unicode_to_cid():
    """Unicode code point -> Adobe-Japan1 CID, from the UniJIS-UCS2-H CMap."""
    table = {}
    try:
        text = open(CMAP, encoding="latin-1").read()
    except OSError as e:
        raise SystemExit(f"cannot read {CMAP} ({e}): install poppler-data or set POPPLER_CMAP")
    for block in re.findall(r"begincidrange(.*?)endcidrange", text, re.S):
        for lo, hi, cid in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\d+)", block):
            for i, u in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[u] = int(cid) + i
    for block in re.findall(r"begincidchar(.*?)endcidchar", text, re.S):
        for u, cid in re.findall(r"<([0-9a-fA-F]+)>\s*(\d+)", block):
            table[int(u, 16)] = int(cid)
    return table


def width(ch):
    """Advance in thousandths of an em: half width for ASCII, full otherwise."""
    return 500 if ord(ch) < 0x80 else 1000


def wrap(line, limit=42000):
    """Breaks a line so that it fits the page (limit in thousandths of an em)."""
    out, cur, w = [], "", 0
    for ch in line:
        if w + width(ch) > limit and cur:
            out.append(cur)
            cur, w = "", 0
        cur += ch
        w += width(ch)
    out.append(cur)
    return out


class Pdf:
    """A minimal PDF writer: numbered objects, a cross-reference table."""

    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data, extra=""):
        packed = zlib.compress(data)
        return (f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
                + packed + b"\nendstream")

    def bytes(self, root, encrypt=None, file_id=None):
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            if isinstance(body, str):
                body = body.encode()
            if encrypt:
                body = encrypt(i, body)
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        trailer = f"<< /Size {len(self.objects) + 1} /Root {root} 0 R"
        if file_id:
            trailer += f" /ID [<{file_id.hex()}> <{file_id.hex()}>]"
        if encrypt:
            trailer += f" /Encrypt {encrypt.ref} 0 R"
        out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)


def text_pdf(lines, encoding, cids):
    """A text PDF of `lines` in a non-embedded Adobe-Japan1 font."""
    pdf = Pdf()
    catalog = pdf.add("<< /Type /Catalog /Pages 2 0 R >>")
    pdf.add(None)  # the page tree, filled in below
    used = sorted({ch for line in lines for ch in line})
    missing = [ch for ch in used if ord(ch) not in cids]
    if missing:
        raise SystemExit(f"no Adobe-Japan1 glyph for {missing!r}")
    if encoding == "Identity-H":
        code = lambda ch: cids[ord(ch)]
    else:  # UniJIS-UCS2-H: the code is the UCS-2 value itself
        code = ord
    # Widths are per CID.
    widths = " ".join(f"{cids[ord(ch)]} [{width(ch)}]" for ch in used)
    descriptor = pdf.add("<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 "
                         "/FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 880 /Descent -120 "
                         "/CapHeight 700 /StemV 80 >>")
    cidfont = pdf.add(f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
                      f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 5 >> "
                      f"/FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] >>")
    pairs = sorted({(code(ch), ord(ch)) for ch in used})
    chunks = [pairs[i:i + 100] for i in range(0, len(pairs), 100)]
    bf = "".join(f"{len(c)} beginbfchar\n" + "".join(f"<{k:04X}> <{u:04X}>\n" for k, u in c)
                 + "endbfchar\n" for c in chunks)
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{bf}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    to_unicode = pdf.add(pdf.stream(cmap.encode()))
    font = pdf.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /{encoding} "
                   f"/DescendantFonts [{cidfont} 0 R] /ToUnicode {to_unicode} 0 R >>")
    wrapped = [w for line in lines for w in wrap(line)]
    per_page = 46
    pages = []
    for start in range(0, len(wrapped), per_page):
        ops = ["BT", "/F1 10.5 Tf", "15 TL", "1 0 0 1 56 780 Tm"]
        for line in wrapped[start:start + per_page]:
            ops.append("<" + "".join(f"{code(ch):04X}" for ch in line) + "> Tj T*")
        ops.append("ET")
        content = pdf.add(pdf.stream("\n".join(ops).encode()))
        pages.append(pdf.add(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                             f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"))
    kids = " ".join(f"{p} 0 R" for p in pages)
    pdf.objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>"
    return pdf, catalog


def image_only_pdf():
    """One page holding a small grey image and no text at all (a scan)."""
    pdf = Pdf()
    catalog = pdf.add("<< /Type /Catalog /Pages 2 0 R >>")
    pdf.add("<< /Type /Pages /Kids [5 0 R] /Count 1 >>")
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(64) for x in range(64))
    pdf.add(pdf.stream(pixels, "/Type /XObject /Subtype /Image /Width 64 /Height 64 "
                               "/ColorSpace /DeviceGray /BitsPerComponent 8 "))
    pdf.add(pdf.stream(b"q 480 0 0 480 56 300 cm /Im1 Do Q"))
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            "/Resources << /XObject << /Im1 3 0 R >> >> /Contents 4 0 R >>")
    return pdf.bytes(catalog)


# RC4 and the standard security handler, revision 2 (PDF 1.7, 7.6.3).
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(lines, cids):
    """A text PDF whose user password is not empty: nothing can be read without it."""
    pdf, catalog = text_pdf(lines, "Identity-H", cids)
    file_id = hashlib.md5(b"tadoru encrypted fixture").digest()
    user, owner, perms = b"tadoru-user", b"tadoru-owner", -44
    o = rc4(hashlib.md5((owner + PAD)[:32]).digest()[:5], (user + PAD)[:32])
    key = hashlib.md5((user + PAD)[:32] + o + perms.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    u = rc4(key, PAD)
    ref = len(pdf.objects) + 1

    def encrypt(num, body):
        if num == ref or b"stream\n" not in body:
            return body  # only streams carry content here; no strings to encrypt
        head, rest = body.split(b"stream\n", 1)
        data = rest[: rest.rindex(b"\nendstream")]
        k = hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
        return head + b"stream\n" + rc4(k, data) + b"\nendstream"

    pdf.add(f"<< /Filter /Standard /V 1 /R 2 /O <{o.hex()}> /U <{u.hex()}> /P {perms} >>")
    encrypt.ref = ref
    return pdf.bytes(catalog, encrypt=encrypt, file_id=file_id)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print(f"{os.path.relpath(path)}: {len(data)} bytes")


# 2026-01-23 improvement order (Art. 48(2)) to Kojin Bio's Saitama facility:
# a summary of the findings, in tadoru's own words. Identity-H.
KOJIN_0123 = [
    DEMO,
    "",
    "別添　改善命令の概要",
    "",
    "令和8年1月23日　厚生労働省",
    "",
    "１　命令の相手方",
    "特定細胞加工物製造事業者：コージンバイオ株式会社",
    "細胞培養加工施設：コージンバイオ株式会社 埼玉細胞加工センター（埼玉県坂戸市）",
    "",
    "２　根拠",
    "再生医療等の安全性の確保等に関する法律（平成25年法律第85号）第48条第2項",
    "",
    "３　きっかけ",
    "令和7年8月、東京サイエンスクリニック（旧名称：ティーエスクリニック）で自己脂肪由来の間葉系幹細胞を投与された患者が死亡した事案について、当該特定細胞加工物を製造した本施設を調査した。",
    "",
    "４　確認された製造管理及び品質管理上の不備",
    "(1) 令和7年7月から8月まで、清浄区域の微生物数が基準値を超えていたのに、逸脱管理の手順に沿った処理をしていなかった。",
    "(2) 原料の規格を定めた文書がなかった。",
    "(3) 受け入れる原料の試験をしていなかった。",
    "(4) 年1回の品質照査を一度もしていなかった。",
    "(5) 自己点検をしていなかった。",
    "(6) 死亡事案に用いられた特定細胞加工物の品質に関する記録がなかった。",
    "",
    "５　命じた内容",
    "上記の不備を改め、製造管理及び品質管理の体制を見直すこと（命令書の文言はデモ再構成では省略）。",
]

# 2025-08-29 emergency order: an outline with the course of events, written
# with the predefined UniJIS-UCS2-H CMap (only pdftotext reads it).
TSC_0829 = [
    DEMO,
    "",
    "別添　緊急命令の概要",
    "",
    "令和7年8月29日　厚生労働省",
    "",
    "１　提供の一時停止（法第22条）",
    "医療機関：東京サイエンスクリニック（旧名称：ティーエスクリニック、東京都中央区）",
    "開設者：一般社団法人日本医療会（旧名称：一般社団法人TH）",
    "対象の再生医療等：「慢性疼痛に対する自己脂肪由来間葉系幹細胞による治療」及び同種の計画",
    "",
    "２　製造の一時停止（法第47条）",
    "細胞培養加工施設：コージンバイオ株式会社 埼玉細胞加工センター（埼玉県坂戸市）",
    "",
    "３　事案の経過",
    "令和7年8月20日　再生医療等を受けた患者が死亡",
    "令和7年8月22日　医療機関の名称を東京サイエンスクリニックに変更する届出",
    "令和7年8月25日　開設者の名称を一般社団法人日本医療会に変更",
    "令和7年8月29日　緊急命令",
]

NOTICE_FIXTURE = [
    DEMO,
    "",
    "別添　緊急命令の概要（テスト用）",
    "",
    "平成29年5月8日　厚生労働省",
    "医療機関：医療法人 大手町クリニック（愛媛県松山市）",
    "根拠：再生医療等の安全性の確保等に関する法律第22条",
    "検索語の確認用：松山城下照合語",
]

# Linked without ".pdf" in its address and served as text/plain: only its
# link text (別紙) and its bytes say it is a PDF attachment.
LIST_FIXTURE = [
    DEMO,
    "",
    "別紙　命令の対象となった医療機関（テスト用）",
    "医療法人 大手町クリニック（愛媛県松山市）",
    "検索語の確認用：道後温泉照合語",
]


if __name__ == "__main__":
    cids = unicode_to_cid()
    pdf, root = text_pdf(KOJIN_0123, "Identity-H", cids)
    write(os.path.join(SITE, "content", "001234561.pdf"), pdf.bytes(root))
    pdf, root = text_pdf(TSC_0829, "UniJIS-UCS2-H", cids)
    write(os.path.join(SITE, "content", "001234562.pdf"), pdf.bytes(root))

    content = os.path.join(FIXTURES, "content")
    pdf, root = text_pdf(NOTICE_FIXTURE, "Identity-H", cids)
    good = pdf.bytes(root)
    write(os.path.join(content, "good.pdf"), good)
    pdf, root = text_pdf(LIST_FIXTURE, "Identity-H", cids)
    write(os.path.join(content, "besshi"), pdf.bytes(root))
    # The same file where robots.txt forbids it.
    write(os.path.join(FIXTURES, "private", "internal.pdf"), good)
    write(os.path.join(content, "broken.pdf"),
          b"<!DOCTYPE html><html><body><p>Service Temporarily Unavailable</p></body></html>\n")
    write(os.path.join(content, "truncated.pdf"), good[: len(good) // 2])
    write(os.path.join(content, "encrypted.pdf"), encrypted_pdf(NOTICE_FIXTURE, cids))
    write(os.path.join(content, "scanned.pdf"), image_only_pdf())
