"""Build the three corpus files of the nanning eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/nanning/source/make_corpus.py
  source/qingxiu-2026.txt   -> corpus/qingxiu-2026.pdf    (reportlab, A4, CJK TTF; page 1 single column with the title
                                                         block, the opening paragraph and table 1 drawn as a ruled
                                                         grid; the review, the plans and the rest alternate between
                                                         TWO-COLUMN pages (text drawn column by column: the whole left
                                                         column, then the whole right column) and single-column pages;
                                                         "— n —" page numbers centred at the foot; no running header)
  source/liangqing-2025.txt -> corpus/liangqing-2025.docx (python-docx; part headings in style Heading 1 whose
                                                         numbering comes from the STYLE (numPr in styles.xml), the
                                                         "（一）" headings Normal paragraphs with a direct numPr; both
                                                         levels of one multilevel list in numbering.xml (chineseCounting,
                                                         "%1、" / "（%2）"), so the numbers are not in the text; one Word
                                                         table; five footnotes (word/footnotes.xml, circled numbers);
                                                         header + PAGE footer; fixed core properties and zip dates)
  source/qingxiu-2024.txt   -> corpus/qingxiu-2024.html   (saved WeChat public-account article, UTF-8; the report as
                                                         <section data-role="paragraph"> blocks of <span> fragments
                                                         inside div#js_content (style visibility: hidden), text split
                                                         across spans, also inside numbers; images with data-src only
                                                         and captions; "点击上方蓝字关注我们" header, editor's lead,
                                                         来源 / 编辑 / 审核 lines, 往期推荐, 阅读原文 / 分享 / 在看 bar)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). In liangqing-2025.txt the paragraphs that
start with a circled number (①…⑤) are the footnotes (the text after the mark is the footnote text); the part and
section headings are written with their rendered numbers ("一、…", "（一）…"), which the .docx keeps in numbering.
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties and
zip entry dates, no timestamps in the HTML. Technique adapted from eval/xian/source/make_corpus.py.
"""
import html
import io
import os
import re
import zipfile
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
FN_RE = re.compile(r"^[①②③④⑤⑥⑦⑧⑨]")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def table_runs(paras):
    """Yield ('p', text) or ('t', rows)."""
    i = 0
    while i < len(paras):
        if SEP in paras[i]:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            yield "t", rows
        else:
            yield "p", paras[i]
            i += 1


# ------------------------------------------------------------------ PDF (qingxiu-2026)
PDF_TITLE = "南宁市青秀区2026年政府工作报告"
LEFT, RIGHT, TOP, BOTTOM = 70, 70, 770, 78
GAP = 22
# sections: (first paragraph prefix, columns); every section starts on a new page
PDF_SECTIONS = [("政府工作报告", 1), ("对照区五届人大四次会议", 2), ("二、“十五五”", 1), ("三、2026年重点工作", 2),
                ("四、建设人民满意政府", 1)]
TABLE_COLS = [150, 72, 115, 114]


def wrap(text, font, size, width, first_indent=0.0):
    lines, cur, w = [], "", first_indent
    hang = set("，。；：、”）！？%")
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size)
        if not cur and lines and ch in hang:  # never start a line with closing punctuation
            lines[-1] += ch
            continue
        if w + cw > width and cur:
            if ch in hang:
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


class Flow:
    """Flows lines into frames: one full-width frame, or two columns filled left column first."""

    def __init__(self, c, font):
        self.c, self.F = c, font
        self.W, self.H = A4
        self.page = 0
        self.cols = 1
        self.fi = 0
        self.y = TOP

    def frames(self):
        full = self.W - LEFT - RIGHT
        if self.cols == 1:
            return [(LEFT, full)]
        cw = (full - GAP) / 2
        return [(LEFT, cw), (LEFT + cw + GAP, cw)]

    def new_page(self, cols=None):
        if self.page:
            self.c.showPage()
        self.page += 1
        if cols:
            self.cols = cols
        self.fi, self.y = 0, TOP
        self.c.setFont(self.F, 10.5)
        self.c.drawCentredString(self.W / 2, 46, f"— {self.page} —")
        if self.cols == 2:
            x = LEFT + (self.W - LEFT - RIGHT) / 2
            self.c.setLineWidth(0.4)
            self.c.line(x, BOTTOM - 8, x, TOP + 12)

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames()):
            self.new_page()
        self.y = TOP

    def room(self, h):
        return self.y - h >= BOTTOM

    def line(self, text, size, lead, indent=0.0, align="left"):
        if self.y < BOTTOM:
            self.next_frame()
        x, w = self.frames()[self.fi]
        self.c.setFont(self.F, size)
        if align == "center":
            self.c.drawCentredString(x + w / 2, self.y, text)
        else:
            self.c.drawString(x + indent, self.y, text)
        self.y -= lead

    def para(self, text, size, lead, indent):
        x, w = self.frames()[self.fi]
        lines = wrap(text, self.F, size, w, indent)
        if not self.room(lead * min(len(lines), 2)):
            self.next_frame()  # keep a heading / the first two lines together
        for k, ln in enumerate(lines):
            self.line(ln, size, lead, indent if k == 0 else 0.0)
        self.y -= 4

    def table(self, rows):
        rh = 21
        if not self.room(rh * len(rows) + 6):
            self.next_frame()
        x0, _w = self.frames()[self.fi]
        top = self.y + 14
        c = self.c
        c.setLineWidth(0.8)
        width = sum(TABLE_COLS)
        for r in range(len(rows) + 1):
            c.setLineWidth(0.8 if r in (0, 1, len(rows)) else 0.4)
            c.line(x0, top - r * rh, x0 + width, top - r * rh)
        xs = [x0]
        for cw in TABLE_COLS:
            xs.append(xs[-1] + cw)
        c.setLineWidth(0.4)
        for xv in xs:
            c.line(xv, top, xv, top - len(rows) * rh)
        for r, row in enumerate(rows):  # row by row, cells left to right
            base = top - r * rh - 14.5
            c.setFont(self.F, 10.5 if r == 0 else 10)
            for k, cell in enumerate(row):
                if k == 0 and r > 0:
                    c.drawString(xs[0] + 6, base, cell)
                else:
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, base, cell)
        self.y = top - len(rows) * rh - 16


def layout_pdf(paras, c, F):
    starts = {}
    for pre, cols in PDF_SECTIONS:
        hits = [i for i, p in enumerate(paras) if p.startswith(pre)]
        assert len(hits) == 1, (pre, hits)
        starts[hits[0]] = cols
    fl = Flow(c, F)
    i = 0
    n = 0
    while i < len(paras):
        if i in starts:
            fl.new_page(starts[i])
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            fl.table(rows)
            continue
        n += 1
        two = fl.cols == 2
        if n == 1:
            fl.line(p, 24, 46, align="center")
        elif n == 2:
            fl.line(p, 12, 22, align="center")
        elif n == 3:
            fl.line(p, 12, 34, align="center")
        elif p.startswith("表1"):
            fl.y -= 4
            fl.line(p, 11, 24, align="center")
        elif p.startswith("注："):
            fl.para(p, 9, 14, 0.0)
        elif PART_RE.match(p):
            fl.para(p, 12.5 if two else 14, 22 if two else 26, 0.0)
        elif p.startswith("各位代表："):
            fl.para(p, 11, 19, 0.0)
        else:
            size = 10.5 if two else 11
            fl.para(p, size, 17 if two else 19, 2 * size)
        i += 1
    return fl.page


def build_pdf():
    paras = paragraphs("qingxiu-2026.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1767744000"  # 2026-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "qingxiu-2026.pdf"), pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("青秀区人民政府办公室")
    c.setSubject("南宁市青秀区第五届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;青秀区;2026")
    c.setCreator("青秀区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()

# ------------------------------------------------------------------ DOCX (liangqing-2025)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NUM_ID = 90
ABSTRACT_XML = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{NUM_ID}"><w:nsid w:val="5A3C1E27"/>\
<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2C8E6B1A"/>\
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>\
<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>\
<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>\
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>\
<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>\
<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr></w:lvl>\
</w:abstractNum>"""
NUM_XML = f'<w:num xmlns:w="{W_NS}" w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
# footnote k (1-based, document order) is attached right after this text in the paragraph starting with the prefix
FOOTNOTE_AT = [("2024年是实现“十四五”规划目标任务的关键一年", "增速位居全市第一"),
               ("深入实施自由贸易试验区提升战略", "中国（广西）自由贸易试验区南宁片区良庆区域"),
               ("营商环境持续优化", "“五象速办”"),
               ("跨境电商迅猛发展", "全年跨境电商进出口"),
               ("大塘镇、南晓镇、那马镇等乡镇", "“那马红”火龙果")]
DOCX_DATE = (2025, 1, 6, 17, 30, 0)


def _fn_xml(texts):
    sep = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    notes = []
    for k, t in enumerate(texts, 1):
        notes.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" '
                     f'w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/>'
                     f'</w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" '
                     f'w:eastAsia="仿宋_GB2312"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{html.escape(t)}'
                     f'</w:t></w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            + sep + "".join(notes) + "</w:footnotes>").encode("utf-8")


def _set_font(run, name, size=None, bold=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _runs(par, text, font, cut=57):
    """Write text as several runs (Word splits runs at editing boundaries; some cuts fall inside numbers)."""
    for k in range(0, len(text), cut):
        _set_font(par.add_run(text[k:k + cut]), font)


def _footnote_ref(par, k):
    from docx.oxml import parse_xml
    par._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            f'<w:footnoteReference w:id="{k}"/></w:r>'))


def _page_field(par):
    from docx.oxml import parse_xml
    for frag in ('<w:r><w:t xml:space="preserve">— </w:t></w:r>', '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                 '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r><w:t>1</w:t></w:r>',
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>', '<w:r><w:t xml:space="preserve"> —</w:t></w:r>'):
        par._p.append(parse_xml(frag.replace("<w:r>", f'<w:r xmlns:w="{W_NS}">', 1)))


def build_docx():
    import datetime
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    paras = paragraphs("liangqing-2025.txt")
    body = [p for p in paras if not FN_RE.match(p)]
    notes = [p[1:] for p in paras if FN_RE.match(p)]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.font.size = Pt(16)
    normal.paragraph_format.line_spacing = Pt(28)
    h1 = doc.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.bold = "黑体", Pt(16), False
    h1.font.color.rgb = None
    h1_fonts = h1.element.get_or_add_rPr().get_or_add_rFonts()
    for att in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
        h1_fonts.attrib.pop(qn(att), None)  # theme fonts would override 黑体
    h1_fonts.set(qn("w:eastAsia"), "黑体")
    h1.paragraph_format.space_before, h1.paragraph_format.space_after = Pt(0), Pt(0)
    h1_num = h1.element.get_or_add_pPr().get_or_add_numPr()  # numbering carried by the style (schema order kept)
    h1_num.get_or_add_numId().val = NUM_ID
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT_XML)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM_XML))

    fn_iter = iter(FOOTNOTE_AT)
    nxt = next(fn_iter)
    fn_no = 0
    n = 0
    for kind, x in table_runs(body):
        if kind == "t":
            t = doc.add_table(rows=len(x), cols=len(x[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(x):
                for k, cell in enumerate(row):
                    cp = t.cell(r, k).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if (k == 0 and r) else WD_ALIGN_PARAGRAPH.CENTER
                    cp.paragraph_format.first_line_indent = Pt(0)
                    cp.paragraph_format.line_spacing = Pt(20)
                    _set_font(cp.add_run(cell), "仿宋_GB2312", 12, bold=(r == 0))
            continue
        n += 1
        p = x
        if n == 1:
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(p), "方正小标宋简体", 22)
        elif n in (2, 3):
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(p), "楷体_GB2312")
        elif PART_RE.match(p):
            par = doc.add_paragraph(style="Heading 1")  # numbered through the style: no numPr on the paragraph
            _set_font(par.add_run(PART_RE.sub("", p)), "黑体")
        elif SUB_RE.match(p):
            par = doc.add_paragraph()
            npr = par._p.get_or_add_pPr().get_or_add_numPr()  # direct numbering on the paragraph
            npr.get_or_add_ilvl().val = 1
            npr.get_or_add_numId().val = NUM_ID
            _set_font(par.add_run(SUB_RE.sub("", p)), "楷体_GB2312", bold=True)
        else:
            par = doc.add_paragraph()
            if not p.startswith("各位代表："):
                par.paragraph_format.first_line_indent = Pt(32)
            if nxt and p.startswith(nxt[0]):
                k = p.index(nxt[1]) + len(nxt[1])
                fn_no += 1
                _runs(par, p[:k], "仿宋_GB2312")
                _footnote_ref(par, fn_no)
                _runs(par, p[k:], "仿宋_GB2312")
                nxt = next(fn_iter, None)
            else:
                _runs(par, p, "仿宋_GB2312")
    assert fn_no == len(notes) == len(FOOTNOTE_AT), (fn_no, len(notes))
    sect = sec._sectPr
    anchor_el = [el for el in sect if el.tag not in (qn("w:headerReference"), qn("w:footerReference"))][0]
    anchor_el.addprevious(parse_xml(f'<w:footnotePr xmlns:w="{W_NS}"><w:numFmt w:val="decimalEnclosedCircleChinese"/>'
                                    f'</w:footnotePr>'))
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _set_font(hp.add_run("良庆区第四届人民代表大会第四次会议文件"), "仿宋_GB2312", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp)
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    fpr = parse_xml(f'<w:footnotePr xmlns:w="{W_NS}"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)
    fn_part = Part(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   _fn_xml(notes), doc.part.package)
    doc.part.relate_to(fn_part, RT.FOOTNOTES)
    cp = doc.core_properties
    cp.title = "南宁市良庆区2025年政府工作报告"
    cp.author = "良庆区人民政府办公室"
    cp.last_modified_by = "良庆区人民政府办公室"
    cp.subject = "南宁市良庆区第四届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;良庆区;2025"
    cp.category = "政府工作报告"
    cp.comments = ""
    cp.revision = 3
    cp.created = datetime.datetime(2024, 12, 28, 10, 0, 0)
    cp.modified = datetime.datetime(*DOCX_DATE)
    cp.last_printed = datetime.datetime(2025, 1, 6, 17, 0, 0)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "liangqing-2025.docx").write_bytes(out.getvalue())

# ------------------------------------------------------------------ HTML (qingxiu-2024, saved WeChat article)
WX_TITLE = "重磅！2024年青秀区政府工作报告全文来了"
WX_URL = ("https://mp.weixin.qq.com/s?__biz=MzA5MTQ2ODc3Mg==&amp;mid=2651786342&amp;idx=1&amp;sn="
          "7d3c0b1e5a9f42c6b8e1d0a4f3c29e57&amp;chksm=8b9e3c41bce9b557")
IMG = "https://mmbiz.qpic.cn/mmbiz_jpg/Qx8ribL3kVJ0tYc7hG2d5aW1nE4sF6mPq{k}/640?wx_fmt=jpeg&amp;wxfrom=5&amp;wx_lazy=1"
# images (with caption) inserted after the paragraph that starts with the prefix; captions are not report text
WX_IMAGES = [("区长 蒙海川", "▲1月10日，青秀区第五届人民代表大会第三次会议开幕"),
             ("全力以赴服务保障第二十届", "▲南宁国际会展中心（资料图）"),
             ("夜间经济和文旅消费持续升温", "▲南湖里历史文化街区夜景　摄影：梁子轩"),
             ("深入打好蓝天、碧水、净土保卫战", "▲青秀山风景区（资料图）"),
             ("2024年是中华人民共和国成立75周年", "▲东盟商务区一角（资料图）")]
# forced span boundaries inside figures ("A|B": a new <span> starts at the bar)
WX_CUTS = ["1,46|3.8亿元", "增长5.|6%", "986.|5亿元", "3,1|20万人次", "52,16|0元", "146.|2亿元", "168|家",
           "28.|4亿元", "６３|００个", "1.3|8万户", "2.8万|人", "27微克|/立方米", "400亿|元", "586|项"]
SPAN = '<span style="font-size: 15px;color: rgb(62, 62, 62);letter-spacing: 1px;line-height: 1.75em;">'


def _cuts(text, seed):
    pos = set()
    for c in WX_CUTS:
        a, b = c.split("|")
        k = text.find(a + b)
        if k >= 0:
            pos.add(k + len(a))
    step = 41 + seed % 23
    for k in range(step, len(text), step):
        pos.add(k)
    out, last = [], 0
    for k in sorted(pos):
        if 0 < k < len(text):
            out.append(text[last:k])
            last = k
    out.append(text[last:])
    return out


def _wx_para(p, idx):
    e = html.escape
    if idx == 0:
        return ('<section data-role="paragraph" style="text-align: center;margin-bottom: 8px;">'
                f'<span style="font-size: 22px;color: rgb(178, 34, 34);"><strong>{e(p)}</strong></span></section>')
    if idx in (1, 2):
        return ('<section data-role="paragraph" style="text-align: center;margin-bottom: 8px;">'
                f'<span style="font-size: 14px;color: rgb(136, 136, 136);">{e(p)}</span></section>')
    if PART_RE.match(p):
        return ('<section data-role="paragraph" style="margin: 24px 0 12px;padding: 6px 12px;'
                'background-color: rgb(0, 122, 170);border-radius: 4px;">'
                f'<span style="font-size: 17px;color: rgb(255, 255, 255);"><strong>{e(p)}</strong></span></section>')
    if SUB_RE.match(p) and len(p) < 40:
        return ('<section data-role="paragraph" style="margin: 16px 0 8px;">'
                f'<span style="font-size: 16px;color: rgb(0, 122, 170);"><strong>{e(p)}</strong></span></section>')
    spans = "".join(f"{SPAN}{e(fr)}</span>" for fr in _cuts(p, idx))
    style = "text-indent: 2em;" if not p.startswith("各位代表：") else ""
    return f'<section data-role="paragraph" style="{style}margin-bottom: 16px;text-align: justify;">{spans}</section>'


WX_HEAD = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="{WX_TITLE}">
<meta property="og:url" content="{WX_URL}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qx8ribL3kVJ0tYc7hG2d5aW1nE4sF6mPq0/0?wx_fmt=jpeg">
<meta property="og:description" content="奋力推动首府核心区高质量发展">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="青秀发布">
<meta property="twitter:card" content="summary">
<meta property="twitter:title" content="{WX_TITLE}">
<title>{WX_TITLE}</title>
<link rel="stylesheet" type="text/css" href="./{WX_TITLE}_files/appmsg.css">
<link rel="stylesheet" type="text/css" href="./{WX_TITLE}_files/weui.min.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{WX_TITLE}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">青秀区融媒体中心</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">青秀发布</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年1月12日 18:30</em></span>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">广西</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden; opacity: 0;">
<section data-role="title" style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Qx8ribL3kVJ0tYc7hG2d5aW1nE4sF6mPqG/640?wx_fmt=gif" data-ratio="0.1" data-w="640" data-type="gif" style="width: 100%;"><span style="font-size: 12px;color: rgb(0, 122, 170);">点击上方蓝字关注我们</span></section>
<section data-role="outer" style="margin: 12px 0;padding: 12px;background-color: rgb(242, 247, 250);"><span style="font-size: 14px;color: rgb(89, 89, 89);">1月10日上午，南宁市青秀区第五届人民代表大会第三次会议隆重开幕。区长蒙海川代表区人民政府向大会作政府工作报告。报告全文来啦↓↓↓</span></section>
<section data-role="outer" label="edit by 135editor" data-tools="135编辑器">
"""

WX_TAIL = """</section>
<section data-role="outer" style="margin-top: 24px;text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);">— END —</span></section>
<section data-role="outer" style="font-size: 13px;color: rgb(136, 136, 136);"><span>来源：青秀区人民政府办公室</span><br><span>编辑：韦晓琳　审核：黄立新　农俊峰</span></section>
<section data-role="outer" style="margin-top: 16px;"><span style="font-size: 14px;"><strong>往期推荐</strong></span></section>
<section data-role="outer"><a class="weui-wa-hotarea" href="https://mp.weixin.qq.com/s?__biz=MzA5MTQ2ODc3Mg==&amp;mid=2651785917&amp;idx=1">一图读懂｜2023年青秀区政府工作报告</a><br><a class="weui-wa-hotarea" href="https://mp.weixin.qq.com/s?__biz=MzA5MTQ2ODc3Mg==&amp;mid=2651779208&amp;idx=1">第二十届东博会｜青秀交出亮眼“成绩单”</a><br><a class="weui-wa-hotarea" href="https://mp.weixin.qq.com/s?__biz=MzA5MTQ2ODc3Mg==&amp;mid=2651772650&amp;idx=2">今晚，南湖里历史文化街区正式开街！</a></section>
<section data-role="outer" style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx8ribL3kVJ0tYc7hG2d5aW1nE4sF6mPqQ/640?wx_fmt=png" data-ratio="0.45" data-w="1080" data-type="png" style="width: 100%;"><span style="font-size: 12px;color: rgb(136, 136, 136);">长按识别二维码　关注青秀发布</span></section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="rich_media_tool_meta" id="js_toobar3">
<a id="js_view_source" class="media_tool_meta meta_primary" href="http://www.nnqxq.gov.cn/xxgk/zfgzbg/202401/t20240112_58713.html">阅读原文</a>
<span class="media_tool_meta meta_extra" id="js_like_btn"><span class="like_btn_txt">赞</span></span>
<span class="media_tool_meta meta_extra" id="js_share_btn"><span class="share_btn_txt">分享</span></span>
<span class="media_tool_meta meta_extra" id="js_looking_btn"><span class="looking_btn_txt">在看</span></span>
<span class="media_tool_meta meta_extra" id="js_comment_btn"><span>写留言</span></span>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><p>微信扫一扫<br>关注该公众号</p></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
</div>
</div>
</div>
</div>
<div class="wx_expand_article"><span>继续滑动看下一个</span></div>
<div id="js_alert_panel" class="weui-dialog" style="display: none;"><div class="weui-dialog__bd">轻触阅读原文</div><a class="weui-dialog__btn">知道了</a></div>
</div>
<script type="text/javascript" nonce="912738465">
var msg_title = '重磅！2024年青秀区政府工作报告全文来了'.html(false);
var nickname = htmlDecode("青秀发布");
var ct = "1705055400";
var msg_source_url = 'http://www.nnqxq.gov.cn/xxgk/zfgzbg/202401/t20240112_58713.html';
document.getElementById('js_content').style.visibility = 'visible';
</script>
</body>
</html>
"""


def build_html():
    paras = paragraphs("qingxiu-2024.txt")
    assert not any(SEP in p for p in paras)
    imgs = dict(WX_IMAGES)
    body = []
    k = 0
    for idx, p in enumerate(paras):
        body.append(_wx_para(p, idx))
        for pre, cap in imgs.items():
            if p.startswith(pre):
                k += 1
                body.append('<section data-role="img" style="text-align: center;margin: 10px 0 4px;">'
                            f'<img class="rich_pages wxw-img" data-src="{IMG.format(k=k)}" data-ratio="0.6667" '
                            'data-w="1080" data-type="jpeg" style="width: 100%;height: auto;"></section>')
                body.append('<section data-role="caption" style="text-align: center;margin-bottom: 16px;">'
                            f'<span style="font-size: 12px;color: rgb(136, 136, 136);">{html.escape(cap)}</span></section>')
    assert k == len(WX_IMAGES)
    text = WX_HEAD + "\n".join(body) + "\n" + WX_TAIL
    (OUT / "qingxiu-2024.html").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_docx()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
