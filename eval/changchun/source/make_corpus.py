"""Build the three corpus files of the changchun eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/changchun/source/make_corpus.py
  source/nanguan-2023.txt -> corpus/nanguan-2023.docx (Word document whose body carries WORD FIELD CODES: complex fields
                                                     built from w:fldChar begin / w:instrText / separate / result runs /
                                                     end — a DOCPROPERTY field whose cached result is the delivery date,
                                                     a SEQ field numbering the table caption "表1", a REF field to the
                                                     caption's _Ref bookmark ("见表1"), a HYPERLINK field whose result is
                                                     the title of an implementation plan —, a w:fldSimple REF field in
                                                     the table note, and a w:hyperlink element (r:id, external URL)
                                                     wrapping the title of a planning document inside a sentence; the
                                                     instrText (" REF _Ref118226391 \\h ", " SEQ 表 \\* ARABIC " …) is not
                                                     text a reader sees, the result runs are; several figures are split
                                                     over two or three w:r with different rPr (as Word leaves them after
                                                     editing); header part with the running title, footer part with a
                                                     PAGE field and a w:fldSimple NUMPAGES field; Heading 1 / Heading 2;
                                                     one Word table after the caption paragraph)
  source/lvyuan-2025.txt  -> corpus/lvyuan-2025.pdf  (reportlab, A4, text layer; a DIAGONAL WATERMARK "长春市绿园区人民政府门户
                                                     网站" and a download stamp, rotated 45 degrees, light grey, large
                                                     font, drawn BEFORE the body on odd pages and AFTER it on even pages;
                                                     footer "第 n 页 共 N 页"; ragged lines that break inside words and
                                                     numbers; paragraphs run on across pages)
  source/nanguan-2025.txt -> corpus/nanguan-2025.html (saved portal page, UTF-8: parts of the article written as HTML
                                                     NUMERIC CHARACTER REFERENCES (one whole paragraph in decimal &#NNNNN;,
                                                     the title and some spans in hex &#xNNNN;), ZERO-WIDTH SPACES (U+200B,
                                                     literal and as &#8203;), SOFT HYPHENS (&shy;) and NON-BREAKING SPACES
                                                     (&nbsp;) inside words and numbers, figures split across inline tags
                                                     (<span>5</span><span>.4</span>%); nav, breadcrumb, sidebar headlines
                                                     with figures of other places and years, footer, PubDate 2025-01-15)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). The sources are the published READING of the
files: the docx body text as Word shows it (field results, not field instructions; header / footer left out); the PDF
text without watermark and footers, lines and pages joined; the page's article with character references decoded and
zero-width spaces, soft hyphens and non-breaking spaces removed, without any furniture.
Byte-reproducible: fixed PDF dates (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties and zip
entry dates, no timestamps in the HTML.
Technique adapted from eval/taiyuan/source/make_corpus.py.
"""
import html
import io
import os
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

FONT_CANDIDATES = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"]
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def is_heading(p):
    return bool(PART_RE.match(p)) or (bool(SUB_RE.match(p)) and len(p) < 30)


# ====================================================================== DOCX (nanguan-2023): field codes
REF_BM = "_Ref118226391"
HL_FIELD_URL = "http://www.nanguan.gov.cn/zwgk/zcwj/202212/t20221228_2860417.html"
HL_ELEM_URL = "http://gxj.changchun.gov.cn/zcfg/202203/t20220316_2994315.html"
# complex fields: (paragraph prefix, result text inside the paragraph (occurrence: last), instruction)
FIELDS = [
    ("——2023年1月10日在", "2023年1月10日", ' DOCPROPERTY "会议日期" \\* MERGEFORMAT '),
    ("过去五年，是南关发展进程中", "表1", f" REF {REF_BM} \\h "),
    ("表1　过去五年全区主要指标", "1", " SEQ 表 \\* ARABIC "),
    ("同时，实施老旧小区改造提升两年行动", "《南关区老旧小区改造提升两年行动实施方案》", f' HYPERLINK "{HL_FIELD_URL}" '),
]
# simple fields (w:fldSimple): (paragraph prefix, result text, instruction)
SIMPLE_FIELDS = [
    ("注：表1中", "表1", f" REF {REF_BM} \\h  \\* MERGEFORMAT "),
]
# w:hyperlink elements (external relationship): (paragraph prefix, link text)
HYPERLINKS = [
    ("对照《长春市数字经济发展", "《长春市数字经济发展“十四五”规划》"),
]
# figures split over several runs: (paragraph prefix, text (must occur once in the paragraph), pieces)
SPLITS = [
    ("过去五年，是南关发展进程中", "年均增长5.1%", ["年均增长", "5", ".1", "%"]),
    ("2022年是党的二十大胜利召开之年", "1038.6亿元，增长1.2%", ["10", "38.6亿元，增长", "1", ".2%"]),
    ("对照区十八届人大六次会议", "低于预期目标4.8个百分点", ["低于预期目标", "4", ".8", "个百分点"]),
    ("坚持项目为王，全年新签约", "签约总额612亿元", ["签约总额", "61", "2亿元"]),
    ("新认定国家高新技术企业68家", "总数达到356家", ["总数达到3", "56家"]),
    ("改造老旧小区68个", "惠及居民2.3万户", ["惠及居民", "2.3", "万户"]),
    ("城镇新增就业1.36万人", "80.6%", ["8", "0.6", "%"]),
    ("2023年是全面贯彻党的二十大精神的开局之年", "地区生产总值增长6%左右", ["地区生产总值增长", "6", "%左右"]),
    ("同时，实施老旧小区改造提升两年行动", "加装电梯100台", ["加装电梯", "10", "0台"]),
    ("到2027年", "突破1300亿元", ["突破13", "00亿元"]),
    ("城镇新增就业1.3万人，其中高校毕业生4500人以上", "新增床位600张", ["新增床位", "600", "张"]),
]
DOCX_STAMP = (2023, 1, 9, 16, 42, 0)
RSIDS = ["00A31F2C", "004B7D15", "00E62A90", "0017C3F8"]


def build_docx():
    import datetime as dt
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    paras = paragraphs("nanguan-2023.txt")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.line_spacing = Pt(28)
    for name, face, bold in (("Heading 1", "黑体", False), ("Heading 2", "楷体_GB2312", True)):
        h = doc.styles[name]
        h.font.size = Pt(16)
        h.font.bold = bold
        h.font.italic = False
        h.font.color.rgb = RGBColor(0, 0, 0)
        h.font.name = face
        h.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
        h.paragraph_format.space_before = Pt(0)
        h.paragraph_format.space_after = Pt(0)
        h.paragraph_format.line_spacing = Pt(28)
    doc.styles["Heading 2"].paragraph_format.first_line_indent = Pt(32)

    def mk_run(text=None, variant=0, style=None, fld=None, instr=None):
        r = OxmlElement("w:r")
        r.set(qn("w:rsidR"), RSIDS[variant % len(RSIDS)])
        rpr = OxmlElement("w:rPr")
        if style:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), style)
            rpr.append(rs)
        if variant % 4 == 1:
            rf = OxmlElement("w:rFonts")
            rf.set(qn("w:hint"), "eastAsia")
            rpr.append(rf)
        if variant % 4 == 2:
            rf = OxmlElement("w:rFonts")
            rf.set(qn("w:ascii"), "Times New Roman")
            rf.set(qn("w:hAnsi"), "Times New Roman")
            rpr.append(rf)
            sz = OxmlElement("w:szCs")
            sz.set(qn("w:val"), "32")
            rpr.append(sz)
        if variant % 4 == 3:
            lg = OxmlElement("w:lang")
            lg.set(qn("w:val"), "en-US")
            lg.set(qn("w:eastAsia"), "zh-CN")
            rpr.append(lg)
        if len(rpr):
            r.append(rpr)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            r.append(fc)
        elif instr is not None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r.append(it)
        else:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
        return r

    # character style for hyperlinks
    from docx.enum.style import WD_STYLE_TYPE
    hs = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    hs.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    hs.font.underline = True

    def spans_for(p):
        """(start, end, kind, data) markers inside paragraph p."""
        out = []
        for pre, res, instr in FIELDS:
            if p.startswith(pre):
                k = p.rindex(res) if pre != "表1　过去五年全区主要指标" else 1
                out.append((k, k + len(res), "fld", instr))
        for pre, res, instr in SIMPLE_FIELDS:
            if p.startswith(pre):
                k = p.index(res)
                out.append((k, k + len(res), "simple", instr))
        for pre, res in HYPERLINKS:
            if p.startswith(pre):
                k = p.index(res)
                out.append((k, k + len(res), "hl", res))
        for pre, txt, pieces in SPLITS:
            if p.startswith(pre):
                assert p.count(txt) == 1 and "".join(pieces) == txt, (pre, txt)
                k = p.index(txt)
                out.append((k, k + len(txt), "split", pieces))
        out.sort()
        for a, b in zip(out, out[1:]):
            assert a[1] <= b[0], (p[:20], a, b)
        return out

    def fill(para_el, p, hl_rid=None):
        pos = 0
        variant = 0
        for a, b, kind, data in spans_for(p):
            if a > pos:
                para_el.append(mk_run(p[pos:a]))
            seg = p[a:b]
            if kind == "split":
                for n, piece in enumerate(data):
                    para_el.append(mk_run(piece, variant=n))
            elif kind == "fld":
                para_el.append(mk_run(fld="begin"))
                para_el.append(mk_run(instr=data))
                para_el.append(mk_run(fld="separate"))
                if data.startswith(" HYPERLINK"):
                    half = len(seg) // 2
                    para_el.append(mk_run(seg[:half], variant=1, style="Hyperlink"))
                    para_el.append(mk_run(seg[half:], variant=3, style="Hyperlink"))
                else:
                    para_el.append(mk_run(seg, variant=1))
                para_el.append(mk_run(fld="end"))
            elif kind == "simple":
                fs = OxmlElement("w:fldSimple")
                fs.set(qn("w:instr"), data)
                fs.append(mk_run(seg, variant=3))
                para_el.append(fs)
            elif kind == "hl":
                hl = OxmlElement("w:hyperlink")
                hl.set(qn("r:id"), hl_rid)
                hl.set(qn("w:history"), "1")
                third = len(seg) // 3
                for n, piece in enumerate((seg[:third], seg[third:2 * third], seg[2 * third:])):
                    hl.append(mk_run(piece, variant=n + 1, style="Hyperlink"))
                para_el.append(hl)
            pos = b
        if pos < len(p):
            para_el.append(mk_run(p[pos:]))

    hl_rid = doc.part.relate_to(HL_ELEM_URL, RT.HYPERLINK, is_external=True)
    # header and footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp._p.append(mk_run("长春市南关区2023年政府工作报告"))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp._p.append(mk_run("— "))
    fp._p.append(mk_run(fld="begin"))
    fp._p.append(mk_run(instr=" PAGE   \\* MERGEFORMAT "))
    fp._p.append(mk_run(fld="separate"))
    fp._p.append(mk_run("1"))
    fp._p.append(mk_run(fld="end"))
    fp._p.append(mk_run(" —　共"))
    fs = OxmlElement("w:fldSimple")
    fs.set(qn("w:instr"), " NUMPAGES  \\* Arabic  \\* MERGEFORMAT ")
    fs.append(mk_run("14"))
    fp._p.append(fs)
    fp._p.append(mk_run("页"))

    bm_id = [0]
    i = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = doc.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for cidx, cell in enumerate(row):
                    cp = tbl.cell(r, cidx).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if cidx == 0 else WD_ALIGN_PARAGRAPH.CENTER
                    cp.paragraph_format.line_spacing = Pt(20)
                    run = cp.add_run(cell)
                    run.font.size = Pt(12)
                    if r == 0:
                        run.bold = True
            continue
        i += 1
        if i <= 3:
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 1:
                para.paragraph_format.space_before = Pt(60)
                run = para.add_run(p)
                run.font.size = Pt(26)
                run.bold = True
                continue
            fill(para._p, p)
            continue
        if is_heading(p):
            para = doc.add_paragraph(style=doc.styles["Heading 1" if PART_RE.match(p) else "Heading 2"])
            para.add_run(p)
            continue
        para = doc.add_paragraph()
        if p.startswith("表1　"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            bs = OxmlElement("w:bookmarkStart")
            bs.set(qn("w:id"), str(bm_id[0]))
            bs.set(qn("w:name"), REF_BM)
            para._p.append(bs)
            para._p.append(mk_run("表"))
            para._p.append(mk_run(fld="begin"))
            para._p.append(mk_run(instr=" SEQ 表 \\* ARABIC "))
            para._p.append(mk_run(fld="separate"))
            para._p.append(mk_run("1", variant=1))
            para._p.append(mk_run(fld="end"))
            be = OxmlElement("w:bookmarkEnd")
            be.set(qn("w:id"), str(bm_id[0]))
            para._p.append(be)
            para._p.append(mk_run(p[2:]))
            bm_id[0] += 1
            continue
        if p.startswith("各位代表："):
            pass
        elif p.startswith("注："):
            para.paragraph_format.first_line_indent = Pt(32)
        else:
            para.paragraph_format.first_line_indent = Pt(32)
        fill(para._p, p, hl_rid)
    cp = doc.core_properties
    cp.title = "长春市南关区2023年政府工作报告"
    cp.author = "南关区人民政府办公室"
    cp.last_modified_by = "区政府办 综合科"
    cp.subject = "长春市南关区第十九届人民代表大会第一次会议"
    cp.keywords = "政府工作报告;南关区;2023"
    cp.category = "政府工作报告"
    cp.comments = "大会印发稿（域代码未更新）"
    cp.revision = 11
    cp.created = dt.datetime(2022, 12, 22, 9, 0, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    cp.last_printed = dt.datetime(2023, 1, 9, 16, 30, 0)
    # custom property "会议日期" used by the DOCPROPERTY field is not stored: the field keeps its cached result
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "nanguan-2023.docx").write_bytes(out.getvalue())


# ====================================================================== PDF (lvyuan-2025): diagonal watermark
WATERMARK = "长春市绿园区人民政府门户网站"
WATERMARK_STAMP = "下载时间：2025-01-16 10:32"
PDF_TITLE = "政府工作报告"
LEFT, RIGHT, TOP, BOTTOM = 79, 74, 760, 92
FOOT_Y = 52
BODY_SIZE, BODY_LEAD = 12, 21
HANG = set("，。；：、”）！？%")


def font_path():
    for f in FONT_CANDIDATES:
        if Path(f).exists():
            return f
    return None


def _wrap(text, font, size, width, first_indent=0.0):
    from reportlab.pdfbase import pdfmetrics
    lines, cur, w = [], "", first_indent
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size)
        if not cur and lines and ch in HANG:
            lines[-1] += ch
            continue
        if w + cw > width and cur:
            if ch in HANG:
                lines.append(cur + ch)
                cur, w = "", 0.0
                continue
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def pdf_layout(paras, BODY):
    from reportlab.lib.pagesizes import A4
    W, _H = A4
    width = W - LEFT - RIGHT
    pages = [[]]
    y = [TOP]
    for n, p in enumerate(paras, 1):
        assert SEP not in p
        if n == 1:
            pages[-1].append((BODY, 22, W / 2, y[0] - 10, p, "centre"))
            y[0] -= 56
            continue
        if n in (2, 3):
            pages[-1].append((BODY, 12.5, W / 2, y[0], p, "centre"))
            y[0] -= 24 if n == 2 else 40
            continue
        if PART_RE.match(p):
            size, lead, indent = 14, 28, 2 * BODY_SIZE
        elif p.startswith("各位代表："):
            size, lead, indent = BODY_SIZE, BODY_LEAD, 0.0
        else:
            size, lead, indent = BODY_SIZE, BODY_LEAD, 2 * BODY_SIZE
        lines = _wrap(p, BODY, size, width, indent)
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                pages.append([])
                y[0] = TOP
            pages[-1].append((BODY, size, LEFT + (indent if k == 0 else 0.0), y[0], ln, "left"))
            y[0] -= lead
        y[0] -= 3
    return pages


def draw_watermark(c, W, H, font):
    c.saveState()
    c.setFillColorRGB(0.82, 0.82, 0.82)
    c.translate(W / 2, H / 2)
    c.rotate(45)
    c.setFont(font, 40)
    c.drawCentredString(0, 20, WATERMARK)
    c.setFont(font, 18)
    c.drawCentredString(0, -24, WATERMARK_STAMP)
    c.restoreState()


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    paras = paragraphs("lvyuan-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736380800"  # 2025-01-09 00:00 UTC
    rl_config.invariant = 1
    fp = font_path()
    if fp:
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("WQY", fp, subfontIndex=0))
        font = "WQY"
    else:  # no CJK TrueType font on this machine: the reportlab built-in CID font (not embedded)
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(str(OUT / "lvyuan-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("绿园区人民政府办公室")
    c.setSubject("长春市绿园区第十二届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;绿园区;2025")
    c.setCreator("绿园区人民政府门户网站")
    pages = pdf_layout(paras, font)
    total = len(pages)
    for n, ops in enumerate(pages, 1):
        if n % 2:
            draw_watermark(c, W, H, font)
        for f, size, x, yy, text, how in ops:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(f, size)
            if how == "centre":
                c.drawCentredString(x, yy, text)
            else:
                c.drawString(x, yy, text)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 10.5)
        c.drawCentredString(W / 2, FOOT_Y, f"第 {n} 页 共 {total} 页")
        if not n % 2:
            draw_watermark(c, W, H, font)
        c.showPage()
    c.save()
    return total


# ====================================================================== HTML (nanguan-2025): character references etc.
URL = "http://www.nanguan.gov.cn/zwgk/zfgzbg/202501/t20250115_3186204.html"
PUBDATE = "2025-01-15 09:18"
HTML_NOISE = ["朝阳区2024年地区生产总值突破1600亿元", "宽城区2024年接待游客1,150万人次", "长春市2024年新增市场主体23.8万户",
              "南关区2023年地区生产总值1,083.5亿元", "绿园区2024年接待游客1,310万人次", "2023年南关区引进品牌首店27家",
              "亚泰大街3288号", "130022", "0431-88621530", "2201020002", "吉ICP备05003316号", "22010202000315", "4362"]
# paragraphs written entirely as decimal references (every non-ASCII character): paragraph prefixes
NCR_DEC_PARAS = ["2025年是“十四五”规划收官之年", "对照区十九届人大二次会议确定的目标"]
# paragraphs written entirely as hex references
NCR_HEX_PARAS = ["政府工作报告", "四、建设人民满意政府"]
# spans: (paragraph prefix, text, "hex" | "dec") — the text, inside the paragraph, as references in a <span>
NCR_SPANS = [
    ("对照区十九届人大一次会议确定的五年目标", "南岭数智谷入驻企业累计达到412家，提前一年实现", "hex"),
    ("南岭数智谷二期于2024年9月", "北疆数维在北京证券交易所上市", "hex"),
    ("引进品牌首店31家", "永安里历史文化街区二期于2024年4月28日开街", "dec"),
    ("东岭南街南延工程于2024年11月", "其中全安街道17个", "hex"),
    ("城镇新增就业1.42万人", "区中心医院新院区完成主体结构施工的七成", "dec"),
    ("今年改造老旧小区66个", "加装电梯50台", "hex"),
    ("城镇新增就业1.4万人，其中高校毕业生5,000人以上", "确保区中心医院新院区10月底前建成投用", "dec"),
]
# in-word / in-number noise: (paragraph prefix, text, marked-up html)  — the html, decoded and cleaned, gives the text
MARKUP = [
    ("2024年是中华人民共和国成立75周年", "1126.4亿元", "<span>1</span><span>126</span><span>.4</span>亿元"),
    ("2024年是中华人民共和国成立75周年", "增长5.4%", "增长<span>5</span><span>.4</span>%"),
    ("2024年是中华人民共和国成立75周年", "54.7亿元", "5&shy;4.7亿元"),
    ("2024年是中华人民共和国成立75周年", "618.5亿元", "618&#8203;.5亿元"),
    ("2024年是中华人民共和国成立75周年", "51,260元", "51,&nbsp;260元"),
    ("2024年是中华人民共和国成立75周年", "23,940元", "<span style=\"font-family:仿宋_GB2312\">23</span>,<span>940</span>元"),
    ("对照区十九届人大一次会议确定的五年目标", "498家", "4\u200b98家"),
    ("对照区十九届人大一次会议确定的五年目标", "8.9%", "<span>8</span><span>.9</span>%"),
    ("对照区十九届人大一次会议确定的五年目标", "6,350个", "6,&#8203;350个"),
    ("对照区十九届人大一次会议确定的五年目标", "加装电梯84台", "加装电梯&nbsp;84台"),
    ("深入开展“项目建设攻坚年”活动", "新签约亿元以上项目66个", "新签约亿元以上项目<span>6</span><span>6</span>个"),
    ("深入开展“项目建设攻坚年”活动", "10亿元以上项目12个", "10亿元以上项目1\u200b2个"),
    ("深入开展“项目建设攻坚年”活动", "签约总额738亿元", "签约总额7&shy;38亿元"),
    ("深入开展“项目建设攻坚年”活动", "其中超5亿元楼宇4栋", "其中超5亿元楼宇&nbsp;4栋"),
    ("南岭数智谷二期于2024年9月", "南岭数智谷二期", "南岭\u200b数智谷二期"),
    ("南岭数智谷二期于2024年9月", "总数达到498家", "总数达到<span>49</span><span>8</span>家"),
    ("南岭数智谷二期于2024年9月", "累计达到96家", "累计达到9&shy;6家"),
    ("引进品牌首店31家", "其中吉林首店18家", "其中吉林首店1&#8203;8家"),
    ("引进品牌首店31家", "吸引游客52万人次", "吸引游客<span>52</span>万人次"),
    ("引进品牌首店31家", "大马路步行街", "大马&shy;路步行街"),
    ("东岭南街南延工程于2024年11月", "改造老旧小区76个", "改造老旧小区7\u200b6个"),
    ("东岭南街南延工程于2024年11月", "新增公共停车泊位3,350个", "新增公共停车泊位3,&nbsp;350个"),
    ("PM2.5年均浓度29微克", "PM2.5年均浓度29微克", "PM<span>2.5</span>年均浓度<span>2</span><span>9</span>微克"),
    ("PM2.5年均浓度29微克", "326天", "32&shy;6天"),
    ("城镇新增就业1.42万人", "其中高校毕业生5,100人", "其中高校毕业生5,\u200b100人"),
    ("城镇新增就业1.42万人", "81.4%", "<span>81</span><span>.4</span>%"),
    ("城镇新增就业1.42万人", "新增学位4,600个", "新增学位4,&nbsp;600个"),
    ("“新湖鲜果”种植面积达到2,300亩", "“新湖鲜果”", "“新湖&shy;鲜果”"),
    ("“新湖鲜果”种植面积达到2,300亩", "其中超过50万元的村11个", "其中超过50万元的村1&#8203;1个"),
    ("全年新签约亿元以上项目70个以上", "其中10亿元以上项目12个", "其中10亿元以上项目<span>1</span><span>2</span>个"),
    ("南岭数智谷三期年内开工", "2026年底前建成", "2026年&shy;底前建成"),
    ("引进品牌首店35家以上", "国庆节前开街", "国庆&#8203;节前开街"),
    ("着眼“十四五”规划圆满收官", "突破560家", "突破<span>5</span><span>60</span>家"),
    ("着眼“十四五”规划圆满收官", "突破800万人次", "突破8\u200b00万人次"),
    ("同时，启动城市更新三年行动", "三年累计改造老旧小区200个", "三年累计改造老旧小区2&shy;00个"),
    ("同时，启动城市更新三年行动", "新增公共停车泊位9000个", "新增公共停车泊位9&nbsp;000个"),
    ("城镇新增就业1.4万人，其中高校毕业生5,000人以上", "新增学位4,000个", "新增学位4,\u200b000个"),
    ("“新湖鲜果”种植面积扩大到2,500亩", "达到13个", "达到<span>1</span>3个"),
]


def clean_reading(s):
    """What a reader sees: tags stripped, references decoded, zero-width spaces, soft hyphens and no-break spaces
    (which sit inside words and numbers here) removed."""
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return s.replace("\u200b", "").replace("\u00ad", "").replace("\u00a0", "").strip()


def ncr(text, kind):
    if kind == "hex":
        return "".join(f"&#x{ord(ch):x};" if ord(ch) > 127 else html.escape(ch, quote=False) for ch in text)
    return "".join(f"&#{ord(ch)};" if ord(ch) > 127 else html.escape(ch, quote=False) for ch in text)


def html_paragraph(n, p):
    if any(p.startswith(k) for k in NCR_DEC_PARAS):
        body = ncr(p, "dec")
    elif any(p.startswith(k) for k in NCR_HEX_PARAS):
        body = ncr(p, "hex")
    else:
        marks = []
        for pre, txt, kind in NCR_SPANS:
            if p.startswith(pre):
                assert p.count(txt) == 1, txt
                k = p.index(txt)
                marks.append((k, k + len(txt), f'<span class="ncr">{ncr(txt, kind)}</span>'))
        for pre, txt, rep in MARKUP:
            if p.startswith(pre):
                hits = [m.start() for m in re.finditer(re.escape(txt), p)]
                assert len(hits) == 1, (pre, txt, hits)
                assert clean_reading(rep) == txt, (rep, txt)
                marks.append((hits[0], hits[0] + len(txt), rep))
        marks.sort()
        for a, b in zip(marks, marks[1:]):
            assert a[1] <= b[0], (p[:15], a, b)
        out, pos = [], 0
        for a, b, rep in marks:
            out.append(html.escape(p[pos:a], quote=False))
            out.append(rep)
            pos = b
        out.append(html.escape(p[pos:], quote=False))
        body = "".join(out)
    if n == 1:
        return f'<p style="text-align:center;"><strong><span style="font-size:22px;">{body}</span></strong></p>'
    if n in (2, 3):
        return f'<p style="text-align:center;"><span style="font-family:楷体_GB2312;">{body}</span></p>'
    if is_heading(p):
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{body}</strong></p>"
    if p.startswith("各位代表："):
        return f"<p>{body}</p>"
    return f'<p style="text-indent:2em;">{body}</p>'


HTML_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>长春市南关区2025年政府工作报告_南关区人民政府</title>
<meta name="SiteName" content="长春市南关区人民政府">
<meta name="SiteDomain" content="www.nanguan.gov.cn">
<meta name="SiteIDCode" content="2201020002">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="长春市南关区2025年政府工作报告">
<meta name="PubDate" content="{PUBDATE}">
<meta name="ContentSource" content="南关区人民政府办公室">
<link rel="stylesheet" href="./长春市南关区2025年政府工作报告_南关区人民政府_files/common.css">
<script src="./长春市南关区2025年政府工作报告_南关区人民政府_files/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问长春市南关区人民政府网站</span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div></div>
<div class="header"><div class="w1200"><img src="./长春市南关区2025年政府工作报告_南关区人民政府_files/logo.png" alt="长春市南关区人民政府"></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">走进南关</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li><li><a href="#">数据发布</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府工作报告</a></div>
<div class="left">
<div class="art-title"><h1>长春市南关区2025年政府工作报告</h1></div>
<div class="art-info">发布时间：{PUBDATE}&nbsp;&nbsp;来源：南关区人民政府办公室&nbsp;&nbsp;浏览次数：<span id="hits">4362</span>&nbsp;&nbsp;【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art-content" id="zoom">
<div class="TRS_Editor">
"""
HTML_TAIL = """</div>
</div>
<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="art-page"><p>上一篇：<a href="#">长春市南关区2024年政府工作报告</a></p><p>下一篇：<a href="#">一图读懂2025年南关区政府工作报告</a></p></div>
</div>
<div class="right">
<div class="side-box"><h3>相关阅读</h3><ul>
<li><a href="#">朝阳区2024年地区生产总值突破1600亿元</a></li>
<li><a href="#">宽城区2024年接待游客1,150万人次</a></li>
<li><a href="#">长春市2024年新增市场主体23.8万户</a></li>
<li><a href="#">南关区2023年地区生产总值1,083.5亿元</a></li>
<li><a href="#">一图读懂2025年南关区政府工作报告</a></li>
</ul></div>
<div class="side-box"><h3>图片新闻</h3><ul>
<li><a href="#">绿园区2024年接待游客1,310万人次</a></li>
<li><a href="#">2023年南关区引进品牌首店27家</a></li>
<li><a href="#">伊通河冰雪嘉年华开幕</a></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：长春市南关区人民政府&nbsp;&nbsp;承办单位：南关区人民政府办公室&nbsp;&nbsp;地址：长春市南关区亚泰大街3288号&nbsp;&nbsp;邮编：130022</p>
<p>联系电话：0431-88621530&nbsp;&nbsp;网站标识码：2201020002&nbsp;&nbsp;<a href="#">吉ICP备05003316号</a>&nbsp;&nbsp;<a href="#">吉公网安备 22010202000315号</a></p>
</div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def build_html():
    paras = paragraphs("nanguan-2025.txt")
    assert not any(SEP in p for p in paras)
    body = "\n".join(html_paragraph(n, p) for n, p in enumerate(paras, 1)) + "\n"
    (OUT / "nanguan-2025.html").write_bytes((HTML_HEAD + body + HTML_TAIL).encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    n = build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()), "pdf pages", n, "font", font_path())
