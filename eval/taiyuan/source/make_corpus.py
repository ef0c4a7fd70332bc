"""Build the three corpus files of the taiyuan eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/taiyuan/source/make_corpus.py
  source/xiaodian-2021.txt -> corpus/xiaodian-2021.docx (Word document with an AUTOMATIC TABLE OF CONTENTS written as a
                                                       field (TOC \\o "1-2" \\h \\z \\u, its cached result = one paragraph
                                                       per heading in styles TOC1 / TOC2 with a hyperlink to the heading's
                                                       _Toc bookmark, a dot-leader tab and a PAGEREF field holding the page
                                                       number), not wrapped in a content control, so that every heading
                                                       occurs twice in the body, once followed by a page number; and
                                                       HIDDEN TEXT (w:vanish): drafting notes and superseded draft
                                                       figures left in the file as hidden runs, plus one hidden
                                                       paragraph (its paragraph mark hidden too); Heading 1 / Heading 2
                                                       styles; one Word table (5 columns))
  source/xiaodian-2023.txt -> corpus/xiaodian-2023.pdf  (reportlab, A4; the body font's text layer maps a set of common
                                                       ideographs to KANGXI RADICALS (U+2F00 block, e.g. 一 -> U+2F00,
                                                       人 -> U+2F08, 小 -> U+2F29, 生 -> U+2F63), to CJK RADICALS
                                                       SUPPLEMENT code points (U+2E80 block: 长 -> U+2ED3, 门 -> U+2ED4,
                                                       民 -> U+2EA0, 龙 -> U+2EF0 …, which NFKC does NOT fold) and to a few
                                                       CJK COMPATIBILITY IDEOGRAPHS (U+F900 block), as PDFs exported by
                                                       some tools extract; the glyphs drawn are the ordinary ones, so
                                                       the page looks normal; title, part headings, running header and
                                                       page numbers use a second, clean font; FULL-WIDTH digits, 。/％
                                                       in the date line and three paragraphs; running header on pages 2+
                                                       and "— n —" page numbers alternating right / left)
  source/yingze-2024.txt   -> corpus/yingze-2024.html   (page saved from an old government CMS: UTF-8 bytes WITH A BYTE
                                                       ORDER MARK, while the only charset declaration is
                                                       <meta http-equiv="Content-Type" content="text/html;
                                                       charset=gb2312">; per the HTML standard the BOM wins, a reader
                                                       that trusts the meta gets mojibake; CRLF; table layout; the
                                                       report as <p> paragraphs indented with &#12288; references inside
                                                       a layout-table cell; navigation, breadcrumb, 相关文章 list and
                                                       footer with figures of other places and years)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). The sources are the published READING of the
files: xiaodian-2021.txt without the table of contents and without hidden text; xiaodian-2023.txt with the ordinary
ideographs and ASCII digits (the NFKC + radical-supplement-folded reading of the PDF text layer); yingze-2024.txt
without page furniture.
Byte-reproducible: fixed PDF dates / ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties and
zip entry dates, no timestamps in the HTML.
Technique adapted from eval/chongqing/source/make_corpus.py and eval/lanzhou/source/make_corpus.py.
"""
import html
import io
import os
import re
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ====================================================================== PDF (xiaodian-2023): radicals in the text layer
def _kangxi():
    """Kangxi radicals (U+2F00–U+2FD5) whose NFKC form is a character we map (simplified forms only)."""
    out = {}
    for cp in range(0x2F00, 0x2FD6):
        base = unicodedata.normalize("NFKC", chr(cp))
        out[base] = chr(cp)
    return out


KANGXI_BASES = "一二人入八力十口土大子小山工干广心文方无日月比水火生用田白目石示立米老而自至色行走身里金高面首食非"
# CJK Radicals Supplement (U+2E80–U+2EFF): simplified forms; NFKC leaves these unchanged (no decomposition)
SUPPLEMENT = {"长": "\u2ED3", "门": "\u2ED4", "见": "\u2EC5", "车": "\u2ECB", "马": "\u2EE2", "页": "\u2EDA",
              "风": "\u2EDB", "飞": "\u2EDC", "龙": "\u2EF0", "黄": "\u2EE9", "齐": "\u2EEC", "民": "\u2EA0",
              "贝": "\u2EC9", "鱼": "\u2EE5", "西": "\u2EC4"}
# CJK Compatibility Ideographs (U+F900–U+FAFF): canonical singletons, folded already by NFC
COMPAT = {"不": "\uF967", "六": "\uF9D1", "利": "\uF9DD", "率": "\uF9DB"}


def radical_map():
    kx = _kangxi()
    m = {b: kx[b] for b in KANGXI_BASES}
    assert all(unicodedata.normalize("NFKC", v) == k for k, v in m.items())
    assert all(unicodedata.normalize("NFKC", v) == v for v in SUPPLEMENT.values())
    assert all(unicodedata.normalize("NFC", v) == k for k, v in COMPAT.items())
    m.update(SUPPLEMENT)
    m.update(COMPAT)
    return m


RADICALS = radical_map()
UNFOLD_SUPPLEMENT = {v: k for k, v in SUPPLEMENT.items()}  # what a reader must add to NFKC


def fold(text):
    """The reading of the PDF text layer with the mapped code points folded back: Kangxi radicals and compatibility
    ideographs by NFKC (per character), the radicals supplement by table, full-width digits / ． / ％ to ASCII. (Plain
    NFKC over the whole text would also turn the report's full-width punctuation into ASCII, and still leave the
    radicals-supplement characters.)"""
    out = []
    for ch in text:
        o = ord(ch)
        if 0x2F00 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF or ch in "０１２３４５６７８９．％":
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(UNFOLD_SUPPLEMENT.get(ch, ch))
    return "".join(out)


# paragraphs (by prefix) typeset with full-width digits, full-width full stop and per-cent sign
FULLWIDTH = ["——2023年1月10日在", "2023年是全面贯彻党的二十大精神的开局之年", "同时，启动城市更新三年行动",
             "我们将坚持党的全面领导"]
FW = {ch: chr(ord(ch) + 0xFEE0) for ch in "0123456789.%"}

PDF_TITLE = "政府工作报告"
PDF_HEADER = "太原市小店区2023年政府工作报告"
LEFT, RIGHT, TOP, BOTTOM = 79, 74, 735, 100   # 公文 margins: 28 mm left, 26 mm right
HEAD_Y, FOOT_Y = 790, 56
BODY_SIZE, BODY_LEAD = 12, 22
HANG = set("，。；：、”）！？%％")


def _wrap(text, font, size, width, first_indent=0.0):
    from reportlab.pdfbase import pdfmetrics
    lines, cur, w = [], "", first_indent
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size)
        if not cur and lines and ch in HANG:  # never start a line with closing punctuation
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


def pdf_text(p):
    """The characters put into the PDF for a source paragraph (before the body font's radical mapping)."""
    if any(p.startswith(k) for k in FULLWIDTH):
        p = "".join(FW.get(ch, ch) for ch in p)
    return p


def pdf_layout(paras, BODY, HEAD):
    """Returns pages: lists of (font, size, x, y, text, align)."""
    from reportlab.lib.pagesizes import A4
    W, _H = A4
    width = W - LEFT - RIGHT
    pages = [[]]
    y = [TOP]

    def newpage():
        pages.append([])
        y[0] = TOP

    for n, p in enumerate(paras, 1):
        assert SEP not in p
        p = pdf_text(p)
        if n == 1:
            pages[-1].append((HEAD, 22, W / 2, y[0] - 10, p, "centre"))
            y[0] -= 56
            continue
        if n in (2, 3):
            pages[-1].append((HEAD, 12.5, W / 2, y[0], p, "centre"))
            y[0] -= 24 if n == 2 else 40
            continue
        if PART_RE.match(p):
            font, size, lead, indent = HEAD, 14, 28, 2 * BODY_SIZE
        elif p.startswith("各位代表："):
            font, size, lead, indent = BODY, BODY_SIZE, BODY_LEAD, 0.0
        else:
            font, size, lead, indent = BODY, BODY_SIZE, BODY_LEAD, 2 * BODY_SIZE
        lines = _wrap(p, font, size, width, indent)
        if y[0] - lead * (min(len(lines), 2) - 1) < BOTTOM:
            newpage()
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()
            pages[-1].append((font, size, LEFT + (indent if k == 0 else 0.0), y[0], ln, "left"))
            y[0] -= lead
        y[0] -= 4
    return pages


def _patch_body_font(font):
    """Make the body font's cmap send every mapped code point to the glyph of its ordinary character, as a font whose
    radicals share glyphs with the unified ideographs does; reportlab then writes the mapped code point into the
    ToUnicode CMap, which is what text extraction returns."""
    face = font.face
    for base, cp in RADICALS.items():
        g = face.charToGlyph[ord(base)]
        face.charToGlyph[ord(cp)] = g
        face.charWidths[ord(cp)] = face.charWidths[ord(base)]


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    paras = paragraphs("xiaodian-2023.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1673308800"  # 2023-01-10 00:00 UTC: fixed dates
    rl_config.invariant = 1
    body = TTFont("WQYBody", FONT_PATH, subfontIndex=0)
    head = TTFont("WQYHead", FONT_PATH, subfontIndex=0)
    assert body.face is not head.face
    _patch_body_font(body)
    pdfmetrics.registerFont(body)
    pdfmetrics.registerFont(head)
    W, _H = A4
    c = canvas.Canvas(str(OUT / "xiaodian-2023.pdf"), pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("小店区人民政府办公室")
    c.setSubject("太原市小店区第十七届人民代表大会第二次会议")
    c.setKeywords("政府工作报告;小店区;2023")
    c.setCreator("小店区人民政府办公室")
    pages = pdf_layout(paras, "WQYBody", "WQYHead")
    for n, ops in enumerate(pages, 1):
        if n > 1:
            c.setFont("WQYHead", 9)
            c.drawCentredString(W / 2, HEAD_Y, PDF_HEADER)
            c.setLineWidth(0.5)
            c.line(LEFT, HEAD_Y - 5, W - RIGHT, HEAD_Y - 5)
        for font, size, x, yy, text, how in ops:
            if font == "WQYBody":
                text = "".join(RADICALS.get(ch, ch) for ch in text)
            c.setFont(font, size)
            if how == "centre":
                c.drawCentredString(x, yy, text)
            else:
                c.drawString(x, yy, text)
        c.setFont("WQYHead", 12)
        folio = f"— {n} —"
        if n % 2:
            c.drawRightString(W - RIGHT - 14, FOOT_Y, folio)  # odd pages: right, even pages: left (公文 layout)
        else:
            c.drawString(LEFT + 14, FOOT_Y, folio)
        c.showPage()
    c.save()
    return len(pages)


# ====================================================================== DOCX (xiaodian-2021): TOC field + hidden text
# hidden runs: (paragraph prefix, context (the hidden run follows it), hidden text)
HIDDEN = [
    ("“十三五”时期，是小店发展进程", "年均增长6.8%", "（按2020年快报数计算，统计年报公布后再核）"),
    ("2020年是极不平凡的一年", "全年实现地区生产总值1126.8亿元", "【初稿：1131.2亿元，增长3.5%，待区统计局核定】"),
    ("对照区十六届人大五次会议", "低于预期目标3.3个百分点", "（原定预期目标6.5%左右）"),
    ("坚持项目为王，实行重点项目", "签约总额865亿元", "【另签框架协议32个、总额约410亿元，不宜写入】"),
    ("2021年是中国共产党成立100周年", "地区生产总值增长8%左右", "【原稿为8.5%左右，经区政府常务会议研究调整】"),
    ("今年完成城中村改造6个", "新建城市书房12个", "（是否保留此项，请乔区长定）"),
    ("城镇新增就业2.5万人。新增学位5000个", "新增学位5000个", "【区教育局报6000个，统稿时压减】"),
]
# hidden paragraphs: (prefix of the paragraph they follow, hidden text)
HIDDEN_PARAS = [
    ("加快汾东数字港二期建设", "汾东数字港三期力争2021年底前开工建设，总投资46亿元，建成后可容纳企业500家。"),
]
# figures that exist only in hidden text (checked: in no source)
HIDDEN_ONLY = ["1131.2亿元", "8.5%左右", "410亿元", "46亿元", "6000个", "预期目标6.5%"]
TOC_INSTR = ' TOC \\o "1-2" \\h \\z \\u '
DOCX_STAMP = (2021, 1, 8, 17, 36, 0)
CHARS_PER_PAGE = 560  # for the cached page numbers of the table of contents (16 pt 仿宋, 公文 page)


def toc_entries(paras):
    """(level, text, bookmark, cached page) for every heading; pages estimated from the text length (cover = page 1,
    contents = page 2, body from page 3)."""
    out, chars = [], 0
    for p in paras[4:]:
        lvl = 1 if PART_RE.match(p) else 2 if (SUB_RE.match(p) and len(p) < 30) else 0
        if lvl:
            out.append((lvl, p, f"_Toc{60412800 + 37 * len(out)}", 3 + chars // CHARS_PER_PAGE))
        chars += len(p) + 20
    return out


def build_docx():
    import datetime as dt
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    paras = paragraphs("xiaodian-2021.txt")
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
    h2 = doc.styles["Heading 2"]
    h2.paragraph_format.first_line_indent = Pt(32)
    toc_styles = {}
    for sid, name, indent in (("TOC1", "toc 1", 0), ("TOC2", "toc 2", 32), ("TOCHeading", "TOC Heading", 0)):
        try:
            s = doc.styles[name]
        except KeyError:
            s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.element.set(qn("w:styleId"), sid)
        s.base_style = doc.styles["Normal"]
        s.paragraph_format.left_indent = Pt(indent)
        s.paragraph_format.line_spacing = Pt(28)
        toc_styles[sid] = s
    toc_styles["TOCHeading"].font.size = Pt(22)
    toc_styles["TOCHeading"].font.bold = True

    def set_font(run, face=None, size=None, bold=False):
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if face:
            run.font.name = face
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)

    def fld(run_parent, kind, instr=None):
        r = OxmlElement("w:r")
        if instr is not None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r.append(it)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
        run_parent.append(r)

    def text_run(parent, text):
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        parent.append(r)

    entries = toc_entries(paras)
    marks = {text: bm for _l, text, bm, _pg in entries}

    # ---- cover block
    for n, p in enumerate(paras[:3], 1):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if n == 1:
            para.paragraph_format.space_before = Pt(120)
            set_font(para.add_run(p), "方正小标宋简体", 26, True)
        else:
            set_font(para.add_run(p), "楷体_GB2312")
    # ---- table of contents: field result paragraphs directly in the body (no content control)
    title = doc.add_paragraph("目　录", style=toc_styles["TOCHeading"])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.page_break_before = True
    for k, (lvl, text, bm, page) in enumerate(entries):
        para = doc.add_paragraph(style=toc_styles[f"TOC{lvl}"])
        ppr = para._p.get_or_add_pPr()
        tabs = OxmlElement("w:tabs")
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "right")
        tab.set(qn("w:leader"), "dot")
        tab.set(qn("w:pos"), "8834")
        tabs.append(tab)
        ppr.append(tabs)
        if k == 0:
            fld(para._p, "begin")
            fld(para._p, None, TOC_INSTR)
            fld(para._p, "separate")
        hl = OxmlElement("w:hyperlink")
        hl.set(qn("w:anchor"), bm)
        hl.set(qn("w:history"), "1")
        text_run(hl, text)
        r = OxmlElement("w:r")
        r.append(OxmlElement("w:tab"))
        hl.append(r)
        fld(hl, "begin")
        fld(hl, None, f" PAGEREF {bm} \\h ")
        fld(hl, "separate")
        text_run(hl, str(page))
        fld(hl, "end")
        para._p.append(hl)
        if k == len(entries) - 1:
            fld(para._p, "end")
    # ---- body
    bm_id = [0]
    i = 3
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
                    set_font(cp.add_run(cell), "仿宋_GB2312", 12, r == 0)
            continue
        i += 1
        if p in marks:
            para = doc.add_paragraph(style=doc.styles["Heading 1" if PART_RE.match(p) else "Heading 2"])
            bs = OxmlElement("w:bookmarkStart")
            bs.set(qn("w:id"), str(bm_id[0]))
            bs.set(qn("w:name"), marks[p])
            para._p.append(bs)
            para.add_run(p)
            be = OxmlElement("w:bookmarkEnd")
            be.set(qn("w:id"), str(bm_id[0]))
            para._p.append(be)
            bm_id[0] += 1
            continue
        para = doc.add_paragraph()
        if p.startswith("各位代表："):
            para.paragraph_format.page_break_before = True
        elif p.startswith("注："):
            set_font(para.add_run(p), None, 12)
            continue
        else:
            para.paragraph_format.first_line_indent = Pt(32)
        cuts = []
        for pre, ctx, hid in HIDDEN:
            if p.startswith(pre):
                assert p.count(ctx) == 1, ctx
                cuts.append((p.index(ctx) + len(ctx), hid))
        pos = 0
        for at, hid in sorted(cuts):
            para.add_run(p[pos:at])
            hr = para.add_run(hid)
            hr.font.hidden = True
            pos = at
        para.add_run(p[pos:])
        for pre, hid in HIDDEN_PARAS:
            if p.startswith(pre):
                hp = doc.add_paragraph()
                hp.paragraph_format.first_line_indent = Pt(32)
                hr = hp.add_run(hid)
                hr.font.hidden = True
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:vanish"))
                hp._p.get_or_add_pPr().append(rpr)
    cp = doc.core_properties
    cp.title = "太原市小店区2021年政府工作报告"
    cp.author = "小店区人民政府办公室"
    cp.last_modified_by = "区政府办 文稿科"
    cp.subject = "太原市小店区第十六届人民代表大会第六次会议"
    cp.keywords = "政府工作报告;小店区;2021"
    cp.category = "政府工作报告"
    cp.comments = "大会印发稿"
    cp.revision = 7
    cp.created = dt.datetime(2020, 12, 20, 9, 0, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    cp.last_printed = dt.datetime(2021, 1, 8, 17, 20, 0)
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
    (OUT / "xiaodian-2021.docx").write_bytes(out.getvalue())


# ====================================================================== HTML (yingze-2024): UTF-8 + BOM vs meta gb2312
URL = "http://www.tyyingze.gov.cn/zwgk/zfxxgk/zfgzbg/202401/t20240122_1046518.shtml"
HTML_NOISE = ["小店区2023年地区生产总值突破1400亿元", "杏花岭区2023年接待游客1,350万人次", "太原市2023年地区生产总值达到5,602.3亿元",
              "迎泽区2022年地区生产总值678.5亿元", "万柏林区2023年城镇新增就业1.63万人", "2022年迎泽区引进品牌首店31家",
              "新建南路72号", "030002", "0351-4046725", "1401060001", "晋ICP备05002867号", "14010602000215", "5218",
              "3862154"]
HTML_HEAD = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=({len(URL):04d}){URL} -->
<HTML><HEAD><TITLE>2024年迎泽区政府工作报告_迎泽区人民政府</TITLE>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="SiteName" content="太原市迎泽区人民政府">
<meta name="SiteDomain" content="www.tyyingze.gov.cn">
<meta name="SiteIDCode" content="1401060001">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2024年迎泽区政府工作报告">
<meta name="PubDate" content="2024-01-22 09:40">
<meta name="ContentSource" content="迎泽区人民政府办公室">
<link href="2024年迎泽区政府工作报告_迎泽区人民政府_files/style.css" type="text/css" rel="stylesheet">
<script src="2024年迎泽区政府工作报告_迎泽区人民政府_files/jquery.min.js" type="text/javascript"></script>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bar">
  <tr>
    <td align="left">欢迎访问太原市迎泽区人民政府网站　今天是：<span id="today"></span></td>
    <td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">繁体版</a></td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="2024年迎泽区政府工作报告_迎泽区人民政府_files/banner.jpg" width="1002" height="160" alt="太原市迎泽区人民政府"></td></tr>
  <tr>
    <td class="nav"><a href="#">首　页</a> <a href="#">走进迎泽</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">文旅迎泽</a> <a href="#">专题专栏</a></td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="location">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">政府工作报告</a></td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="730" valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="art_title" align="center"><font size="5"><b>2024年迎泽区政府工作报告</b></font></td></tr>
        <tr><td class="art_info" align="center">发布时间：2024-01-22　来源：迎泽区人民政府办公室　点击数：5218　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
        <tr>
          <td class="art_content" id="zoom">
"""
HTML_TAIL = """          </td>
        </tr>
        <tr><td class="art_tools" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td class="art_page">上一篇：<a href="#">2023年迎泽区政府工作报告</a><br>下一篇：<a href="#">图解：2024年迎泽区政府工作报告</a></td></tr>
      </table>
    </td>
    <td width="12"></td>
    <td width="260" valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="side">
        <tr><td class="side_title">相关文章</td></tr>
        <tr><td><a href="#">小店区2023年地区生产总值突破1400亿元</a></td></tr>
        <tr><td><a href="#">杏花岭区2023年接待游客1,350万人次</a></td></tr>
        <tr><td><a href="#">太原市2023年地区生产总值达到5,602.3亿元</a></td></tr>
        <tr><td><a href="#">迎泽区2022年地区生产总值678.5亿元</a></td></tr>
        <tr><td><a href="#">万柏林区2023年城镇新增就业1.63万人</a></td></tr>
        <tr><td><a href="#">图解：2023年迎泽区政府工作报告</a></td></tr>
        <tr><td class="side_title">图片新闻</td></tr>
        <tr><td><a href="#">钟楼街历史文化街区迎来客流高峰</a></td></tr>
        <tr><td><a href="#">2022年迎泽区引进品牌首店31家</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center"><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a> | <a href="#">我要纠错</a></td></tr>
  <tr><td align="center">主办：太原市迎泽区人民政府　承办：迎泽区人民政府办公室　地址：太原市迎泽区新建南路72号　邮编：030002</td></tr>
  <tr><td align="center">联系电话：0351-4046725　网站标识码：1401060001　<a href="#">晋ICP备05002867号</a>　<a href="#">晋公网安备 14010602000215号</a></td></tr>
  <tr><td align="center">您是本站第 3862154 位访问者</td></tr>
</table>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
</script>
</BODY></HTML>
"""
BOM = b"\xef\xbb\xbf"


def html_paragraph(n, p):
    body = html.escape(p, quote=False)
    if n == 1:
        return f'<p align="center"><font size="5"><b>{body}</b></font></p>'
    if n in (2, 3):
        return f'<p align="center"><font face="楷体_GB2312">{body}</font></p>'
    if PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
        return f"<p>&#12288;&#12288;<b>{body}</b></p>"
    if p.startswith("各位代表："):
        return f"<p>{body}</p>"
    return f"<p>&#12288;&#12288;{body}</p>"


def build_html():
    paras = paragraphs("yingze-2024.txt")
    assert not any(SEP in p for p in paras)
    body = "\n".join("            " + html_paragraph(n, p) for n, p in enumerate(paras, 1)) + "\n"
    text = (HTML_HEAD + body + HTML_TAIL).replace("\n", "\r\n")
    (OUT / "yingze-2024.html").write_bytes(BOM + text.encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
