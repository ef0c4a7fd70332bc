"""Build the three corpus files of the hohhot eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/hohhot/source/make_corpus.py
  source/saihan-2023.txt   -> corpus/saihan-2023.htm   (a Word "Save as Web Page" file, Word-generated HTML, declared
                                                       AND encoded as gb2312 (<meta http-equiv=Content-Type
                                                       content="text/html; charset=gb2312">); xmlns:o / w / v / m
                                                       namespaces, <meta name=ProgId content=Word.Document>, Word's
                                                       <!--[if gte mso 9]><xml>…</xml><![endif]--> blocks (document
                                                       properties, Word settings) and a <style> block with
                                                       p.MsoNormal / @page WordSection1; every paragraph is a
                                                       <p class=MsoNormal>, headings included (bold <b><span> runs, no
                                                       <h1>–<h6>); digits and Latin text sit in
                                                       <span lang=EN-US style='font-family:"Times New Roman"'> runs and
                                                       a number with a decimal point / thousands comma / per-cent sign
                                                       is SPLIT over several such spans ("986" ".4"; "1" ",460"; "%");
                                                       body paragraphs start with a "&nbsp;&nbsp;…" indent run; empty
                                                       paragraphs <o:p>&nbsp;</o:p> between the parts; every paragraph
                                                       ends with <o:p></o:p>; "—" (not in GB2312 as Python maps it) is
                                                       written as the reference &#8212;; CRLF line ends, long lines
                                                       broken inside tags as Word does)
  source/saihan-2025.txt   -> corpus/saihan-2025.docx  (Word document whose ENTIRE BODY is laid out inside ONE
                                                       single-cell layout table (one w:tbl / w:tr / w:tc without
                                                       borders) holding every paragraph of the report, including a
                                                       NESTED real data table (表1, 6 columns, 11 rows, Table Grid);
                                                       the body outside the layout table is one empty paragraph; a
                                                       running HEADER part ("赛罕区人民政府工作报告") and a FOOTER part
                                                       with a PAGE field ("— PAGE —"), neither of which is body text)
  source/xincheng-2025.txt -> corpus/xincheng-2025.pdf (a "scanned and OCRed" PDF: every page is one full-page
                                                       raster image (PIL, 100 dpi, light-gray paper with a few specks,
                                                       the page's text rendered into the image) and on top of it an
                                                       INVISIBLE text layer (text render mode 3), one BT…ET text object
                                                       per line, each positioned absolutely (Tm) with a slightly
                                                       irregular horizontal scale (Tz 97–103) and small x / baseline
                                                       offsets, as OCR engines write it; the page numbers "- n -" are
                                                       in the text layer too; the text itself is correct)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). The sources are the published READING of
the files (see README.md, "What a correct reader gets").
Byte-reproducible: no timestamps in the HTML, fixed docx core properties and zip entry dates, fixed PDF dates / ID
(SOURCE_DATE_EPOCH + reportlab invariant mode), deterministic rasters (PIL, fixed seeds).
Technique adapted from eval/taiyuan/source/make_corpus.py.
"""
import datetime as dt
import html
import io
import os
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）[^。]*。")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ====================================================================== HTM (saihan-2023): Word "Save as Web Page"
EN = "<span lang=EN-US style='font-family:\"Times New Roman\"'>"
CJK_BODY = "<span style='font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>"
ASCII_RUN = re.compile(r"[0-9A-Za-z.,%/+\-Ⅳ]+")


def _ascii_pieces(run):
    """Split an ASCII run as Word's run boundaries do: integer part, '.5' / ',460' groups, '%' alone."""
    return [x for x in re.split(r"([.,]\d+|%)", run) if x]


def _esc(s):
    return html.escape(s, quote=False).replace("—", "&#8212;")


def htm_runs(text, cjk_open, bold=False):
    out = []
    pos = 0
    b0, b1 = ("<b>", "</b>") if bold else ("", "")
    for m in ASCII_RUN.finditer(text):
        if m.start() > pos:
            out.append(f"{b0}{cjk_open}{_esc(text[pos:m.start()])}</span>{b1}")
        for piece in _ascii_pieces(m.group()):
            out.append(f"{b0}{EN}{_esc(piece)}</span>{b1}")
        pos = m.end()
    if pos < len(text):
        out.append(f"{b0}{cjk_open}{_esc(text[pos:])}</span>{b1}")
    return "".join(out)


INDENT = EN + "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
P_BODY = "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>"
P_CENTER = "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
EMPTY_P = "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
END_P = "<span lang=EN-US><o:p></o:p></span></p>"


def htm_paragraph(i, p):
    if i == 0:  # title
        return (P_CENTER + "<b><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:"
                "\"Times New Roman\"'>" + _esc(p) + "</span></b>" + END_P)
    if p.startswith("——") or p.startswith("区长 "):
        kai = "<span style='font-family:楷体_GB2312;mso-hansi-font-family:\"Times New Roman\"'>"
        if p.startswith("区长 "):
            return P_CENTER + kai + "区长</span>" + EN + "&nbsp;</span>" + kai + _esc(p[3:]) + "</span>" + END_P
        return P_CENTER + htm_runs(p, kai) + END_P
    if PART_RE.match(p) and len(p) < 30:
        hei = "<span style='font-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>"
        return P_BODY + INDENT + htm_runs(p, hei, bold=True) + END_P
    m = SUB_RE.match(p)
    if m:
        kai = "<span style='font-family:楷体_GB2312;mso-hansi-font-family:\"Times New Roman\"'>"
        return P_BODY + INDENT + htm_runs(m.group(), kai, bold=True) + htm_runs(p[m.end():], CJK_BODY) + END_P
    if p in ("各位代表：",):
        return P_BODY + htm_runs(p, CJK_BODY) + END_P
    return P_BODY + INDENT + htm_runs(p, CJK_BODY) + END_P


def wrap_in_tags(s, width=76):
    """Break long lines only at spaces inside tags (as Word's HTML writer does), with CRLF."""
    lines, cur, in_tag, quote, last_space = [], [], False, None, -1
    for ch in s:
        if in_tag:
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == ">":
                in_tag = False
            elif ch == " ":
                last_space = len(cur)
        elif ch == "<":
            in_tag = True
        cur.append(ch)
        if len(cur) > width and last_space > 0:
            lines.append("".join(cur[:last_space]))
            cur = cur[last_space + 1:]
            last_space = -1
    lines.append("".join(cur))
    return "\r\n".join(lines)


HTM_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="saihan-2023.files/filelist.xml">
<title>政府工作报告</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>赛罕区政府办</o:Author>
  <o:LastAuthor>综合科</o:LastAuthor>
  <o:Revision>12</o:Revision>
  <o:TotalTime>486</o:TotalTime>
  <o:LastPrinted>2023-01-04T09:12:00Z</o:LastPrinted>
  <o:Created>2022-12-20T02:30:00Z</o:Created>
  <o:LastSaved>2023-01-06T08:40:00Z</o:LastSaved>
  <o:Pages>14</o:Pages>
  <o:Words>1120</o:Words>
  <o:Characters>6385</o:Characters>
  <o:Company>呼和浩特市赛罕区人民政府办公室</o:Company>
  <o:Lines>53</o:Lines>
  <o:Paragraphs>15</o:Paragraphs>
  <o:CharactersWithSpaces>7490</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;}
@font-face
	{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}
@font-face
	{font-family:楷体_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}
@font-face
	{font-family:方正小标宋简体;
	panose-1:2 1 6 1 3 1 1 1 1 1;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:16.0pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:仿宋_GB2312;
	mso-font-kerning:1.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	mso-bidi-font-family:"Times New Roman";}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 87.9pt 87.9pt 87.9pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	mso-paper-source:0;
	layout-grid:28.95pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:28.95pt'>

"""
HTM_TAIL = """
</div>

</body>

</html>
"""


def build_htm():
    paras = paragraphs("saihan-2023.txt")
    parts = []
    for i, p in enumerate(paras):
        if PART_RE.match(p) and len(p) < 30 or p == "各位代表：":
            parts.append(EMPTY_P)
        parts.append(wrap_in_tags(htm_paragraph(i, p)))
        if i == 2:  # after the date line
            parts.append(EMPTY_P)
    body = "\r\n\r\n".join(parts)
    text = HTM_HEAD.replace("\n", "\r\n") + body + "\r\n" + HTM_TAIL.replace("\n", "\r\n")
    (OUT / "saihan-2023.htm").write_bytes(text.encode("gb2312"))


# ====================================================================== DOCX (saihan-2025): single-cell layout table
DOCX_STAMP = (2025, 1, 6, 18, 30, 0)


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    paras = paragraphs("saihan-2025.txt")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def set_font(run, face="仿宋_GB2312", size=16, bold=False):
        run.font.size = Pt(size)
        run.font.bold = bold or None
        run.font.name = "Times New Roman"
        rpr = run._r.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), face)

    # running header and footer (separate parts)
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run("赛罕区人民政府工作报告"), "宋体", 10.5)
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    hp._p.get_or_add_pPr().append(pbdr)
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = fp.add_run()
        set_font(r, "宋体", 14)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._r.append(it)
        elif kind == "text":
            r.text = text
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
    set_font(fp.add_run(" —"), "宋体", 14)

    # the layout table: one row, one cell, no borders, full text width
    outer = doc.add_table(rows=1, cols=1)
    tblpr = outer._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "pct")
    tblw.set(qn("w:w"), "5000")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    cell = outer.cell(0, 0)
    cell.width = Cm(15.6)
    doc.add_paragraph()  # the only body paragraph outside the layout table (empty; Word needs it before sectPr)

    slot = [cell.paragraphs[0]]  # an empty paragraph to fill next (the cell's first one, then the one after 表1)

    def para():
        if slot:
            return slot.pop()
        return cell.add_paragraph()

    i = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            t = cell.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = doc.styles["Table Grid"]
            for r, row in enumerate(rows):
                for k, txt in enumerate(row):
                    c = t.cell(r, k)
                    cp = c.paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if k == 0 else WD_ALIGN_PARAGRAPH.CENTER
                    set_font(cp.add_run(txt), "宋体", 10.5, bold=(r == 0))
            slot.append(cell.paragraphs[-1])  # the empty paragraph python-docx adds after a nested table
            continue
        q = para()
        pf = q.paragraph_format
        pf.line_spacing = Pt(28)
        if i == 0:
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(q.add_run(p), "方正小标宋简体", 22)
        elif p.startswith("——") or p.startswith("区长 "):
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(q.add_run(p), "楷体_GB2312", 16)
        elif p.startswith("表1"):
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(q.add_run(p), "黑体", 14)
        elif PART_RE.match(p) and len(p) < 30:
            pf.first_line_indent = Pt(32)
            set_font(q.add_run(p), "黑体", 16)
        elif SUB_RE.match(p):
            m = SUB_RE.match(p)
            pf.first_line_indent = Pt(32)
            set_font(q.add_run(m.group()), "楷体_GB2312", 16, bold=True)
            set_font(q.add_run(p[m.end():]), "仿宋_GB2312", 16)
        elif p.startswith("注："):
            set_font(q.add_run(p), "仿宋_GB2312", 12)
        else:
            if p != "各位代表：":
                pf.first_line_indent = Pt(32)
            set_font(q.add_run(p), "仿宋_GB2312", 16)
        i += 1
    assert not slot

    cp = doc.core_properties
    cp.title = "呼和浩特市赛罕区2025年政府工作报告"
    cp.author = "赛罕区人民政府办公室"
    cp.subject = "呼和浩特市赛罕区第十一届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;赛罕区;2025"
    cp.category = "政府工作报告"
    cp.comments = "大会印发稿"
    cp.last_modified_by = "综合科"
    cp.revision = 9
    cp.created = dt.datetime(2024, 12, 18, 9, 0, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    cp.last_printed = dt.datetime(2025, 1, 5, 16, 10, 0)
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
    (OUT / "saihan-2025.docx").write_bytes(out.getvalue())


# ====================================================================== PDF (xincheng-2025): scanned + OCR text layer
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 79.0, 74.0, 96.0, 90.0
BODY_SIZE, LEAD = 15.0, 27.0
TITLE_SIZE = 22.0
DPI = 100
NO_START = "，。、；：？！）》”’％,.;:%"
PDF_TITLE = "呼和浩特市新城区2025年政府工作报告（扫描件）"


def _tokens(text):
    """Characters, but an ASCII run (a number, PM2.5) stays one unbreakable token."""
    return re.findall(r"[0-9A-Za-z.,%/+\-]+|.", text)


def pdf_lines(text, font, size, width, indent):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur, first = [], "", True
    for tok in _tokens(text):
        avail = width - (indent if first else 0)
        if cur and stringWidth(cur + tok, font, size) > avail and tok[0] not in NO_START:
            lines.append((cur, indent if first else 0.0))
            cur, first = "", False
        cur += tok
    if cur:
        lines.append((cur, indent if first else 0.0))
    return lines


def pdf_layout(paras, font):
    """Pages as lists of (x, y, size, text) in PDF points (y = baseline from the bottom)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    width = PAGE_W - LEFT - RIGHT
    pages, cur = [], []
    y = PAGE_H - TOP

    def newpage():
        nonlocal cur, y
        pages.append(cur)
        cur = []
        y = PAGE_H - TOP

    for i, p in enumerate(paras):
        if i == 0:
            w = stringWidth(p, font, TITLE_SIZE)
            cur.append(((PAGE_W - w) / 2, y - 10, TITLE_SIZE, p))
            y -= 2.2 * LEAD
            continue
        if p.startswith("——") or p.startswith("区长 "):
            w = stringWidth(p, font, BODY_SIZE)
            cur.append(((PAGE_W - w) / 2, y, BODY_SIZE, p))
            y -= LEAD * (1.6 if p.startswith("区长 ") else 1.0)
            continue
        indent = 0.0 if p == "各位代表：" else 2 * BODY_SIZE
        for line, ind in pdf_lines(p, font, BODY_SIZE, width, indent):
            if y < BOTTOM + 10:
                newpage()
            cur.append((LEFT + ind, y, BODY_SIZE, line))
            y -= LEAD
    if cur:
        pages.append(cur)
    return pages


def page_raster(n, lines, seed):
    """A grayscale 'scan' of the page: light-gray paper, the text drawn in near-black, a few specks."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = round(PAGE_W / 72 * DPI), round(PAGE_H / 72 * DPI)
    img = Image.new("L", (W, H), 244)
    d = ImageDraw.Draw(img)
    rng = random.Random(seed)
    k = DPI / 72
    fonts = {}
    for x, y, size, text in lines + [(None, None, None, None)]:
        if x is None:
            break
        if size not in fonts:
            fonts[size] = ImageFont.truetype(FONT_PATH, round(size * k), index=0)
        d.text((x * k, (PAGE_H - y) * k), text, font=fonts[size], fill=28, anchor="ls")
    pn = f"- {n} -"
    f = ImageFont.truetype(FONT_PATH, round(13 * k), index=0)
    d.text((W / 2, (PAGE_H - 52) * k), pn, font=f, fill=28, anchor="ms")
    for _ in range(60):
        cx, cy = rng.randrange(W), rng.randrange(H)
        d.point((cx, cy), fill=rng.choice((120, 160, 200)))
    for _ in range(3):  # faint scanner streaks at the margin
        cx = rng.randrange(8, 30)
        d.line((cx, 0, cx, H), fill=232)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    paras = paragraphs("xincheng-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736380800"  # 2025-01-09 00:00 UTC: fixed dates
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("OCRText", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "xincheng-2025.pdf"), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("新城区人民政府办公室")
    c.setSubject("呼和浩特市新城区第十三届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;新城区;2025")
    c.setCreator("扫描识别一体机")
    pages = pdf_layout(paras, "OCRText")
    rng = random.Random(20250109)
    for n, lines in enumerate(pages, 1):
        png = page_raster(n, lines, 1000 + n)
        c.drawImage(ImageReader(io.BytesIO(png)), 0, 0, width=PAGE_W, height=PAGE_H)
        for x, y, size, text in lines + [(None, PAGE_H - 52, 13.0, f"- {n} -")]:
            t = c.beginText()
            t.setTextRenderMode(3)  # invisible: the OCR layer over the image
            t.setFont("OCRText", size)
            t.setHorizScale(97 + rng.randrange(0, 7))
            if x is None:
                x = PAGE_W / 2 - pdfmetrics.stringWidth(text, "OCRText", size) / 2
            t.setTextOrigin(round(x + rng.uniform(-0.8, 0.8), 2), round(y + rng.uniform(-0.6, 0.6), 2))
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()


def main():
    OUT.mkdir(exist_ok=True)
    build_htm()
    build_docx()
    build_pdf()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
