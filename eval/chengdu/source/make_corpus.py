"""Build the three corpus files of the chengdu eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/chengdu/source/make_corpus.py
  source/wuhou-2022.txt   -> corpus/wuhou-2022.txt    (plain text, **GB18030** bytes, CRLF line ends, paragraphs
                                                       indented with two ideographic spaces, title centred with
                                                       ideographic spaces, blank line between paragraphs, no BOM)
  source/wuhou-2023.txt   -> corpus/wuhou-2023.docx   (python-docx; heading styles, the 2022 indicator table is a real
                                                       Word table with a unit column, header/footer, core properties)
  source/jinjiang-2023.txt -> corpus/jinjiang-2023.pdf (reportlab, A4, CJK TTF, fixed-width lines that break inside
                                                       words and numbers, running header, footer "第 n 页 共 N 页",
                                                       document info)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Adapted from eval/shenzhen/source/make_corpus.py.
"""
import datetime
import io
import os
import re
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
LEAD_RE = re.compile(r"^([^。：；，“]{2,14}。)")
DASH_LEAD_RE = re.compile(r"^(——[^。：；，]{2,16}。)")
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
IDSP = "\u3000"

PDF_HEAD_L = "成都市锦江区人民政府"
PDF_HEAD_R = "2023年政府工作报告"


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ TXT (wuhou-2022, GB18030)
def build_txt():
    paras = paragraphs("wuhou-2022.txt")
    lines = []
    for i, p in enumerate(paras):
        if i == 0:
            lines.append(IDSP * 14 + p)  # centred-looking title
        else:
            lines.append(IDSP * 2 + p)
    text = "\r\n\r\n".join(lines) + "\r\n"
    data = text.encode("gb18030")
    (OUT / "wuhou-2022.txt").write_bytes(data)


# ------------------------------------------------------------------ PDF (jinjiang-2023)
def wrap(text, font, size, width, first_indent=0.0):
    """Greedy character wrap with a fixed line width: breaks anywhere, also inside numbers and words.
    A closing punctuation mark that would start a line is hung at the end of the previous line."""
    lines, cur, w = [], "", first_indent
    hang = set("，。；：、”）！？%")
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size)
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


LEFT, RIGHT, TOP, BOTTOM = 80, 80, 100, 84


def layout_pdf(paras, c, total, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawString(LEFT, H - 58, PDF_HEAD_L)
        c.drawRightString(W - RIGHT, H - 58, PDF_HEAD_R)
        c.setLineWidth(0.5)
        c.line(LEFT, H - 64, W - RIGHT, H - 64)
        c.setFont(F, 9.5)
        c.drawCentredString(W / 2, 46, f"第 {page[0]} 页 共 {total} 页")

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = H - TOP
        furniture()

    furniture()
    for i, p in enumerate(paras):
        if i == 0:
            c.setFont(F, 22)
            c.drawCentredString(W / 2, y[0] - 10, p)
            y[0] -= 52
            continue
        if i in (1, 2):
            c.setFont(F, 12)
            c.drawCentredString(W / 2, y[0], p)
            y[0] -= 24 if i == 1 else 36
            continue
        if PART_RE.match(p):
            size, lead, indent = 15, 26, 0.0
        elif SUB_RE.match(p) and len(p) < 40:
            size, lead, indent = 12.5, 21, 2 * 12.5
        elif p.startswith("——") and len(p) < 24:
            size, lead, indent = 13, 22, 2 * 13
        else:
            size, lead, indent = 12, 20.5, 2 * 12
        if p.startswith("各位代表："):
            indent = 0.0
        lines = wrap(p, F, size, width, indent)
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()
            c.setFont(F, size)
            c.drawString(LEFT + (indent if k == 0 else 0), y[0], ln)
            y[0] -= lead
        y[0] -= 3
    return page[0]


def build_pdf():
    paras = paragraphs("jinjiang-2023.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1673226000"  # document dates 2023-01-09 (reproducible build)
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    probe = canvas.Canvas(io.BytesIO(), pagesize=A4)  # pass 1: count pages (footer needs the total)
    total = layout_pdf(paras, probe, 0, F)
    c = canvas.Canvas(str(OUT / "jinjiang-2023.pdf"), pagesize=A4)
    c.setTitle("成都市锦江区2023年政府工作报告")
    c.setAuthor("锦江区人民政府办公室")
    c.setSubject("成都市锦江区第十九届人民代表大会第二次会议")
    c.setKeywords("政府工作报告;锦江区;2023")
    c.setCreator("锦江区人民政府办公室")
    n = layout_pdf(paras, c, total, F)
    assert n == total
    c.save()


# ------------------------------------------------------------------ DOCX (wuhou-2023)
def set_east_asian_font(run, font="宋体"):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def add_page_number(paragraph):
    paragraph.add_run("第 ")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        r = paragraph.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r._element.append(el)
    paragraph.add_run(" 页")


def add_table(doc, rows):
    cells = [r.split(SEP) for r in rows]
    t = doc.add_table(rows=len(cells), cols=len(cells[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(cells):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            para = cell.paragraphs[0]
            r = para.add_run(val)
            r.font.size = Pt(11)
            set_east_asian_font(r, "仿宋_GB2312")
            if i == 0:
                r.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER


def build_docx():
    paras = paragraphs("wuhou-2023.txt")
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(15)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr()
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        normal.element.rPr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    cp = doc.core_properties
    cp.title = "2023年武侯区政府工作报告"
    cp.author = "武侯区人民政府办公室"
    cp.subject = "成都市武侯区第十九届人民代表大会第二次会议"
    cp.keywords = "政府工作报告;武侯区;2023"
    cp.created = datetime.datetime(2023, 1, 10, 9, 0, 0)
    cp.modified = datetime.datetime(2023, 1, 16, 15, 20, 0)
    cp.last_modified_by = "武侯区人民政府办公室"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "成都市武侯区人民政府　2023年政府工作报告"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(fp)

    part = 0
    i = 0
    n = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i])
                i += 1
            add_table(doc, rows)
            continue
        i += 1
        n += 1
        if n == 1:
            h = doc.add_paragraph(style="Title")
            r = h.add_run(p)
            set_east_asian_font(r, "方正小标宋简体")
            h.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if n in (2, 3):
            q = doc.add_paragraph()
            r = q.add_run(p)
            r.font.size = Pt(13)
            set_east_asian_font(r, "楷体_GB2312")
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if PART_RE.match(p):
            part += 1
            h = doc.add_heading(level=1)
            r = h.add_run(p)
            set_east_asian_font(r, "黑体")
            continue
        if SUB_RE.match(p) and len(p) < 40:
            if part == 1:  # review sections: Heading 2
                h = doc.add_heading(level=2)
                r = h.add_run(p)
                set_east_asian_font(r, "楷体_GB2312")
            else:  # plan sections: plain paragraph with a bold run
                q = doc.add_paragraph()
                r = q.add_run(p)
                r.bold = True
                set_east_asian_font(r, "楷体_GB2312")
            continue
        q = doc.add_paragraph()
        q.paragraph_format.first_line_indent = Pt(30)
        m = LEAD_RE.match(p) or DASH_LEAD_RE.match(p)
        if m and not p.startswith(("各位代表", "现在", "2022年是", "2023年是", "实现上述目标", "一年来")):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        else:
            q.add_run(p)
    doc.save(OUT / "wuhou-2023.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_txt()
    build_pdf()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
