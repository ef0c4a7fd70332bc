"""Build the three corpus files of the haikou eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/haikou/source/make_corpus.py
  source/longhua-2023.txt -> corpus/longhua-2023.docx (Word document as an office that still works with a Word 2007-era
                                                      template saves it: LEGACY SMART TAGS (w:smartTag, Office
                                                      "chsdate" Chinese-date tags around four full dates, "chmetcnv"
                                                      measurement-conversion tags around ten quantities with a metric
                                                      unit, one "PersonName" tag around the 区长's name) — the text
                                                      sits in w:r children of w:smartTag, which python-docx's
                                                      Paragraph.text / runs never visit; SYMBOL-FONT CHARACTERS
                                                      (w:sym w:font="Symbol" w:char="F0D6" = √, "F0B4" = ×) in the
                                                      完成情况 column and in the note, which have no w:t at all; and a
                                                      MERGED-CELL table: a two-row header with a horizontally merged
                                                      "2022年" cell (w:gridSpan 2) over 预期目标 / 实际完成 and
                                                      vertically merged (w:vMerge) header cells, and a 类别 column
                                                      whose cells are vertically merged over each group of rows)
  source/longhua-2025.txt -> corpus/longhua-2025.pdf  (reportlab, A4 portrait, WenQuanYi Micro Hei; the 主要指标 table
                                                      sits on its own LANDSCAPE PAGE made the way page-rotating tools
                                                      do it: portrait MediaBox, content drawn turned by 90 degrees,
                                                      and /Rotate 90 in the page dictionary, so the page shows upright
                                                      in a viewer; the body text before and after it continues on
                                                      portrait pages; "— n —" page numbers)
  source/meilan-2025.txt  -> corpus/meilan-2025.html  (page saved from a portal CMS: UTF-8, div layout with site
                                                      navigation, breadcrumb, share bar, 相关链接 / 热点推荐 blocks and a
                                                      footer; the article carries RUBY annotations (<ruby>埠<rp>（
                                                      </rp><rt>bù</rt><rp>）</rp></ruby>) on 埠 / 疍 / 寨, NOTE MARKERS
                                                      <sup class="fn-ref"><a href="#fn1">[1]</a></sup> glued to figures
                                                      and names, the notes as an <ol> with back links, PM<sub>2.5</sub>,
                                                      and <wbr> break hints inside grouped numbers and long names)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). The sources are the published READING of the
files: longhua-2023.txt is what Word shows (smart-tag text included, Symbol characters as √ / ×, the two header rows of
the table read as one row — "2022年" + "预期目标" = "2022年预期目标" —, a vertically merged cell's text in every row it
spans); longhua-2025.txt is the page text with the page numbers dropped (the table page read as a landscape page, one
row per line); meilan-2025.txt is the article without ruby readings, note markers and back links, the notes as the last
paragraphs after "注释：".
Byte-reproducible: fixed PDF dates / ID (SOURCE_DATE_EPOCH + reportlab invariant mode; the pypdf writer that sets
/Rotate derives its /ID from the content), fixed docx core properties and zip entry dates, no timestamps in the HTML.
Technique adapted from eval/taiyuan/source/make_corpus.py.
"""
import copy
import html
import io
import os
import re
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


# ====================================================================== DOCX (longhua-2023): smart tags, w:sym, merges
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ST_URI = "urn:schemas-microsoft-com:office:smarttags"
# (text in the source, smart-tag element, attributes) — each text occurs exactly once in the source
SMART_TAGS = [
    ("2023年1月11日", "chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", "11"), ("Month", "1"),
                                ("Year", "2023")]),
    ("云少峰", "PersonName", [("ProductID", "云少峰")]),
    ("2022年12月30日", "chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", "30"), ("Month", "12"),
                                 ("Year", "2022")]),
    ("2022年9月28日", "chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", "28"), ("Month", "9"),
                                ("Year", "2022")]),
    ("2023年9月28日", "chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", "28"), ("Month", "9"),
                                ("Year", "2023")]),
]
METRIC = ["32000平方米", "12.6公里", "3200亩", "1500吨", "860米", "1200亩", "1800亩", "8.5公里", "2000亩", "1200米"]
for _m in METRIC:
    _v, _u = re.match(r"([\d.]+)(\D+)", _m).groups()
    SMART_TAGS.append((_m, "chmetcnv", [("TCSC", "0"), ("NumberType", "1"), ("Negative", "False"),
                                        ("HasSpace", "False"), ("SourceValue", _v), ("UnitName", _u)]))
# Symbol-font characters: the character in the source -> (w:font, w:char)
SYM = {"√": ("Symbol", "F0D6"), "×": ("Symbol", "F0B4")}
SYM_READ = {v: k for k, v in SYM.items()}
TABLE_GROUP_COL = 0        # 类别: vertically merged over each group
HEAD_SPAN = ("2022年", ("预期目标", "实际完成"))   # the horizontally merged header cell and the cells under it
DOCX_STAMP = (2023, 1, 9, 18, 24, 0)


def _el(tag, attrs=None, text=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    e = OxmlElement(tag)
    for k, v in (attrs or {}).items():
        e.set(qn(k), v)
    if text is not None:
        e.text = text
        e.set(qn("xml:space"), "preserve")
    return e


def _run(text, rpr=None):
    r = _el("w:r")
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    for k, piece in enumerate(re.split(r"([√×])", text)):
        if not piece:
            continue
        if piece in SYM:
            font, char = SYM[piece]
            r.append(_el("w:sym", {"w:font": font, "w:char": char}))
        else:
            r.append(_el("w:t", text=piece))
    return r


def _smart(text, element, attrs, rpr=None):
    st = _el("w:smartTag", {"w:uri": ST_URI, "w:element": element})
    pr = _el("w:smartTagPr")
    for name, val in attrs:
        pr.append(_el("w:attr", {"w:name": name, "w:val": val}))
    st.append(pr)
    st.append(_run(text, rpr))
    return st


def fill_paragraph(p_el, text, rpr=None):
    """Append runs for text to the w:p element: smart-tagged pieces inside w:smartTag, √ / × as w:sym."""
    cuts = []
    for s, element, attrs in SMART_TAGS:
        k = text.find(s)
        if k >= 0:
            cuts.append((k, s, element, attrs))
    pos = 0
    for k, s, element, attrs in sorted(cuts):
        if k > pos:
            p_el.append(_run(text[pos:k], rpr))
        p_el.append(_smart(s, element, attrs, rpr))
        pos = k + len(s)
    if pos < len(text):
        p_el.append(_run(text[pos:], rpr))


def _rpr(face=None, size=None, bold=False):
    from docx.oxml.ns import qn
    rpr = _el("w:rPr")
    if face:
        rpr.append(_el("w:rFonts", {"w:ascii": face, "w:hAnsi": face, "w:eastAsia": face}))
    if bold:
        rpr.append(_el("w:b"))
    if size:
        rpr.append(_el("w:sz", {"w:val": str(int(size * 2))}))
        rpr.append(_el("w:szCs", {"w:val": str(int(size * 2))}))
    assert qn
    return rpr


def build_docx():
    import datetime as dt
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    paras = paragraphs("longhua-2023.txt")
    for s, _e, _a in SMART_TAGS:
        assert sum(p.count(s) for p in paras) == 1, s
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

    i = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            _docx_table(doc, rows, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, Pt)
            continue
        i += 1
        if i <= 3:
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 1:
                para.paragraph_format.space_before = Pt(120)
                fill_paragraph(para._p, p, _rpr("方正小标宋简体", 26, True))
            else:
                fill_paragraph(para._p, p, _rpr("楷体_GB2312"))
            continue
        if PART_RE.match(p):
            para = doc.add_paragraph(style=doc.styles["Heading 1"])
        elif SUB_RE.match(p) and len(p) < 30:
            para = doc.add_paragraph(style=doc.styles["Heading 2"])
        elif p.startswith("表1"):
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fill_paragraph(para._p, p, _rpr("黑体", 14))
            continue
        elif p.startswith("注："):
            para = doc.add_paragraph()
            fill_paragraph(para._p, p, _rpr(None, 12))
            continue
        else:
            para = doc.add_paragraph()
            if p.startswith("各位代表："):
                para.paragraph_format.page_break_before = True
            else:
                para.paragraph_format.first_line_indent = Pt(32)
        fill_paragraph(para._p, p)

    cp = doc.core_properties
    cp.title = "海口市龙华区2023年政府工作报告"
    cp.author = "龙华区人民政府办公室"
    cp.last_modified_by = "区政府办 秘书科"
    cp.subject = "海口市龙华区第七届人民代表大会第二次会议"
    cp.keywords = "政府工作报告;龙华区;2023"
    cp.category = "政府工作报告"
    cp.comments = "大会印发稿"
    cp.revision = 12
    cp.created = dt.datetime(2022, 12, 26, 9, 30, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    cp.last_printed = dt.datetime(2023, 1, 9, 18, 10, 0)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/settings.xml":
                data = _settings_with_smart_tag_types(data)
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    (OUT / "longhua-2023.docx").write_bytes(out.getvalue())


def _settings_with_smart_tag_types(data):
    """Declare the smart-tag types as Word does (w:smartTagType in settings.xml, before w:shapeDefaults /
    w:decimalSymbol)."""
    from lxml import etree
    root = etree.fromstring(data)
    w = "{%s}" % W_NS
    names = []
    for _s, element, _a in SMART_TAGS:
        if element not in names:
            names.append(element)
    anchor = None
    for tag in ("shapeDefaults", "decimalSymbol", "listSeparator"):
        anchor = root.find(w + tag)
        if anchor is not None:
            break
    for name in names:
        e = etree.Element(w + "smartTagType")
        e.set(w + "namespaceuri", ST_URI)
        e.set(w + "name", name)
        if anchor is not None:
            anchor.addprevious(e)
        else:
            root.append(e)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def table_layout(rows):
    """From the source rows (flattened header + data rows) derive the Word layout: two header rows (the 2022年 cell
    spanning two columns, the other header cells merged vertically) and the 类别 groups."""
    head = rows[0]
    top, bottom = [], []
    for cell in head:
        if cell.startswith(HEAD_SPAN[0]) and cell[len(HEAD_SPAN[0]):] in HEAD_SPAN[1]:
            top.append(HEAD_SPAN[0])
            bottom.append(cell[len(HEAD_SPAN[0]):])
        else:
            top.append(cell)
            bottom.append(None)  # vertically merged with the top cell
    groups = []
    for r, row in enumerate(rows[1:]):
        if groups and groups[-1][0] == row[TABLE_GROUP_COL]:
            groups[-1][2] = r
        else:
            groups.append([row[TABLE_GROUP_COL], r, r])
    return top, bottom, groups


def _docx_table(doc, rows, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, Pt):
    top, bottom, groups = table_layout(rows)
    ncol = len(rows[0])
    data = rows[1:]
    tbl = doc.add_table(rows=2 + len(data), cols=ncol)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER

    def put(r, c, text, bold=False):
        cell = tbl.cell(r, c)
        cp = cell.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if c != 1 else WD_ALIGN_PARAGRAPH.LEFT
        cp.paragraph_format.line_spacing = Pt(20)
        cp.paragraph_format.first_line_indent = Pt(0)
        fill_paragraph(cp._p, text, _rpr("仿宋_GB2312", 12, bold))

    # header: merge first, then write (python-docx merge() would otherwise join the texts)
    c = 0
    while c < ncol:
        if bottom[c] is None:
            tbl.cell(0, c).merge(tbl.cell(1, c))
            c += 1
        else:
            k = c
            while k + 1 < ncol and top[k + 1] == top[c] and bottom[k + 1] is not None:
                k += 1
            tbl.cell(0, c).merge(tbl.cell(0, k))
            c = k + 1
    for g, a, b in groups:
        if b > a:
            tbl.cell(2 + a, TABLE_GROUP_COL).merge(tbl.cell(2 + b, TABLE_GROUP_COL))
    done = set()
    for c in range(ncol):
        if top[c] in done:
            continue
        put(0, c, top[c], True)
        if bottom[c] is not None:
            done.add(top[c])
    for c in range(ncol):
        if bottom[c] is not None:
            put(1, c, bottom[c], True)
    for r, row in enumerate(data):
        for c, cell in enumerate(row):
            if c == TABLE_GROUP_COL and not any(a == r for _g, a, _b in groups):
                continue
            put(2 + r, c, cell)
    # python-docx merge() leaves empty extra paragraphs in merged cells: keep one paragraph per cell
    for tc in tbl._tbl.iter("{%s}tc" % W_NS):
        ps = tc.findall("{%s}p" % W_NS)
        if len(ps) > 1:
            with_text = [p for p in ps if len(p) > (1 if p.find("{%s}pPr" % W_NS) is not None else 0)]
            keep = with_text[0] if with_text else ps[0]
            for p in ps:
                if p is not keep:
                    tc.remove(p)


def docx_reading(path):
    """What Word shows: paragraphs in order, every w:t and w:sym (mapped) of runs anywhere in the paragraph (inside
    w:smartTag too), the table read with merges resolved (header rows joined, vertically merged text repeated).
    Returns (texts, info)."""
    from lxml import etree
    w = "{%s}" % W_NS
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(w + "body")
    texts, info = [], {"tables": [], "naive": []}

    def ptext(p):
        out = []
        for e in p.iter(w + "t", w + "sym"):
            if e.tag == w + "t":
                out.append(e.text or "")
            else:
                out.append(SYM_READ.get((e.get(w + "font"), e.get(w + "char")), "\ufffd"))
        return "".join(out)

    for ch in body:
        if ch.tag == w + "p":
            t = ptext(ch)
            if t:
                texts.append(t)
        elif ch.tag == w + "tbl":
            grid = []
            for tr in ch.iter(w + "tr"):
                row = []
                for tc in tr.findall(w + "tc"):
                    tcpr = tc.find(w + "tcPr")
                    span, vm = 1, None
                    if tcpr is not None:
                        gs = tcpr.find(w + "gridSpan")
                        span = int(gs.get(w + "val")) if gs is not None else 1
                        v = tcpr.find(w + "vMerge")
                        if v is not None:
                            vm = v.get(w + "val") or "continue"
                    t = "".join(ptext(p) for p in tc.findall(w + "p"))
                    for k in range(span):
                        row.append((t, vm, k > 0))
                grid.append(row)
            resolved = []
            for r, row in enumerate(grid):
                out = []
                for c, (t, vm, spanned) in enumerate(row):
                    if vm == "continue":
                        t = resolved[r - 1][c]
                    out.append(t)
                resolved.append(out)
            head = [a if a == b else a + b for a, b in zip(resolved[0], resolved[1])]
            rows = [SEP.join(head)] + [SEP.join(r) for r in resolved[2:]]
            info["tables"].append({"grid": grid, "rows": rows})
            texts.extend(rows)
    return texts, info


# ====================================================================== PDF (longhua-2025): landscape /Rotate 90 page
PDF_TITLE = "政府工作报告"
LEFT, RIGHT, TOP, BOTTOM = 79, 74, 760, 96
FOOT_Y = 52
BODY_SIZE, BODY_LEAD = 12, 22
HANG = set("，。；：、”）！？%")
ROTATED_PAGE_ROTATE = 90
TABLE_COLS = [190, 62, 92, 92, 112, 92]   # column widths of the landscape table (pt)


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


def pdf_layout(paras):
    """Returns pages: each ("portrait", ops) with ops (font, size, x, y, text, align), or ("table", rows, caption,
    note)."""
    from reportlab.lib.pagesizes import A4
    W, _H = A4
    width = W - LEFT - RIGHT
    pages = [("portrait", [])]
    y = [TOP]

    def newpage():
        pages.append(("portrait", []))
        y[0] = TOP

    i = 0
    n = 0
    while i < len(paras):
        p = paras[i]
        if p.startswith("表1"):   # caption, rows, note -> one landscape page
            rows = []
            k = i + 1
            while SEP in paras[k]:
                rows.append(paras[k].split(SEP))
                k += 1
            assert paras[k].startswith("注：")
            pages.append(("table", rows, p, paras[k]))
            newpage()
            i = k + 1
            continue
        i += 1
        n += 1
        ops = pages[-1][1]
        if n == 1:
            ops.append(("R", 22, W / 2, y[0] - 10, p, "centre"))
            y[0] -= 56
            continue
        if n in (2, 3):
            ops.append(("R", 12.5, W / 2, y[0], p, "centre"))
            y[0] -= 24 if n == 2 else 40
            continue
        if PART_RE.match(p):
            size, lead, indent = 14, 28, 2 * BODY_SIZE
        elif p.startswith("各位代表："):
            size, lead, indent = BODY_SIZE, BODY_LEAD, 0.0
        else:
            size, lead, indent = BODY_SIZE, BODY_LEAD, 2 * BODY_SIZE
        lines = _wrap(p, "R", size, width, indent)
        if y[0] - lead * (min(len(lines), 2) - 1) < BOTTOM:
            newpage()
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()
            pages[-1][1].append(("R", size, LEFT + (indent if k == 0 else 0.0), y[0], ln, "left"))
            y[0] -= lead
        y[0] -= 4
    if not pages[-1][1]:
        pages.pop()
    return pages


def _draw_table_page(c, rows, caption, note, folio):
    """Draw the table turned by 90 degrees on a portrait page: in the turned system x runs along the long side."""
    from reportlab.lib.pagesizes import A4
    W, H = A4
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)            # now (x, y) in a landscape system H x W, y up
    LW, LH = H, W
    c.setFont("R", 16)
    c.drawCentredString(LW / 2, LH - 70, caption)
    total = sum(TABLE_COLS)
    x0 = (LW - total) / 2
    row_h = 26
    ytop = LH - 95
    c.setLineWidth(0.6)
    nrow = len(rows)
    for r in range(nrow + 1):
        yy = ytop - r * row_h
        c.line(x0, yy, x0 + total, yy)
    xx = x0
    for cw in TABLE_COLS + [0]:
        c.line(xx, ytop, xx, ytop - nrow * row_h)
        xx += cw
    for r, row in enumerate(rows):
        yy = ytop - r * row_h - 17
        xx = x0
        c.setFont("R", 11.5)
        for k, cell in enumerate(row):
            if k == 0:
                c.drawString(xx + 6, yy, cell)
            else:
                c.drawCentredString(xx + TABLE_COLS[k] / 2, yy, cell)
            xx += TABLE_COLS[k]
    c.setFont("R", 10.5)
    c.drawString(x0, ytop - nrow * row_h - 22, note)
    c.setFont("R", 12)
    c.drawCentredString(LW / 2, 34, folio)
    c.restoreState()


def build_pdf():
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    paras = paragraphs("longhua-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736380800"  # 2025-01-09 00:00 UTC
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("R", FONT_PATH, subfontIndex=0))
    W, _H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("龙华区人民政府办公室")
    c.setSubject("海口市龙华区第七届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;龙华区;2025")
    c.setCreator("龙华区人民政府办公室")
    rotated = []
    for n, page in enumerate(pdf_layout(paras), 1):
        folio = f"— {n} —"
        if page[0] == "table":
            _kind, rows, caption, note = page
            _draw_table_page(c, rows, caption, note, folio)
            rotated.append(n - 1)
        else:
            for font, size, x, yy, text, how in page[1]:
                c.setFont(font, size)
                if how == "centre":
                    c.drawCentredString(x, yy, text)
                else:
                    c.drawString(x, yy, text)
            c.setFont("R", 12)
            c.drawCentredString(W / 2, FOOT_Y, folio)
        c.showPage()
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for k in rotated:
        w.pages[k][NameObject("/Rotate")] = NumberObject(ROTATED_PAGE_ROTATE)
    out = io.BytesIO()
    w.write(out)
    (OUT / "longhua-2025.pdf").write_bytes(out.getvalue())
    return rotated


# ====================================================================== HTML (meilan-2025): ruby, note markers, wbr
RUBY = {"埠": "bù", "疍": "dàn", "寨": "zhài"}
# note markers: (anchor text in the source, after which the marker stands — first occurrence in the article)
NOTE_ANCHORS = ["增速位居全市第二", "实现销售额186.4亿元", "接待入境游客18.6万人次", "白沙门数字产业园新入驻企业78家",
                "新埠岛椰风里文旅街区一期"]
NOTE_ANCHOR_CUT = {"白沙门数字产业园新入驻企业78家": "白沙门数字产业园", "新埠岛椰风里文旅街区一期": "新埠岛椰风里文旅街区"}
WBR_WORDS = ["白沙门数字产业园", "桂林洋国家级海洋牧场示范区"]
URL = "https://www.meilan.gov.cn/meilan/zfgzbg/202501/t20250116_3318207.html"
HTML_NOISE = ["龙华区2024年接待游客突破1,600万人次", "琼山区2024年地区生产总值增长5.4%", "海口市2024年新增经营主体18.9万户",
              "美兰区2023年地区生产总值突破760亿元", "秀英区2024年新认定国家高新技术企业57家", "2023年美兰区离岛免税销售额213.3亿元",
              "海甸五西路86号", "570208", "0898-65321786", "4601080003", "琼ICP备05001862号", "46010802000317",
              "6138", "2025-01-16"]
HTML_HEAD = """<!DOCTYPE html>
<!-- saved from url=({n:04d}){url} -->
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>美兰区2025年政府工作报告_政府工作报告_海口市美兰区人民政府</title>
<meta name="SiteName" content="海口市美兰区人民政府">
<meta name="SiteDomain" content="www.meilan.gov.cn">
<meta name="SiteIDCode" content="4601080003">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="美兰区2025年政府工作报告">
<meta name="PubDate" content="2025-01-16 17:05">
<meta name="ContentSource" content="美兰区人民政府办公室">
<link rel="stylesheet" href="美兰区2025年政府工作报告_files/common.css">
<style>ruby rt{{font-size:50%;color:#666}} .fn-ref a{{text-decoration:none}} .footnotes{{font-size:14px;border-top:1px solid #ccc}}</style>
<script src="美兰区2025年政府工作报告_files/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问海口市美兰区人民政府门户网站</span><span class="fr"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="#"><img src="美兰区2025年政府工作报告_files/logo.png" alt="海口市美兰区人民政府"></a>
<form class="search" action="#"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="#">首页</a></li><li><a href="#">走进美兰</a></li><li class="on"><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">自贸港建设</a></li><li><a href="#">专题专栏</a></li>
</ul></div>
<div class="w1200 crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府工作报告</a></div>
<div class="w1200 main">
<div class="left-col">
<div class="article">
<h1 class="art-title">美兰区2025年政府工作报告</h1>
<div class="art-info"><span>发布日期：2025-01-16</span><span>来源：美兰区人民政府办公室</span><span>浏览次数：6138</span><span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　<span class="qr">扫一扫在手机打开当前页</span></div>
<div class="art-content" id="zoom">
"""
HTML_TAIL = """</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="art-page"><p>上一篇：<a href="#">美兰区2024年政府工作报告</a></p><p>下一篇：<a href="#">【图解】美兰区2025年政府工作报告</a></p></div>
</div>
</div>
<div class="right-col">
<div class="side-box"><h3>相关链接</h3><ul>
<li><a href="#">龙华区2024年接待游客突破1,600万人次</a></li>
<li><a href="#">琼山区2024年地区生产总值增长5.4%</a></li>
<li><a href="#">海口市2024年新增经营主体18.9万户</a></li>
<li><a href="#">美兰区2023年地区生产总值突破760亿元</a></li>
</ul></div>
<div class="side-box"><h3>热点推荐</h3><ul>
<li><a href="#">秀英区2024年新认定国家高新技术企业57家</a></li>
<li><a href="#">2023年美兰区离岛免税销售额213.3亿元</a></li>
<li><a href="#">【解读】一图读懂美兰区2025年重点工作</a></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a> | <a href="#">隐私政策</a></p>
<p>主办：海口市美兰区人民政府　承办：美兰区人民政府办公室　地址：海口市美兰区海甸五西路86号　邮编：570208</p>
<p>联系电话：0898-65321786　网站标识码：4601080003　<a href="#">琼ICP备05001862号</a>　<a href="#">琼公网安备 46010802000317号</a></p>
</div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def _mark_text(s):
    """html-escaped text with <sub>, <wbr> and <ruby> markup (placeholders \\x01k\\x02 turn into note markers)."""
    s = html.escape(s, quote=False)
    s = s.replace("PM2.5", "PM<sub>2.5</sub>")
    s = re.sub(r"(\d),(\d{3})", r"\1,<wbr>\2", s)
    for word in WBR_WORDS:
        cut = 5 if word.startswith("白沙门") else 3   # 白沙门数字<wbr>产业园, 桂林洋<wbr>国家级…
        s = s.replace(word, word[:cut] + "<wbr>" + word[cut:])
    for ch, py in RUBY.items():
        s = s.replace(ch, f"<ruby>{ch}<rp>（</rp><rt>{py}</rt><rp>）</rp></ruby>")
    s = re.sub("\x01(\\d)\x02", lambda m: f'<sup class="fn-ref" id="fnref{m.group(1)}"><a href="#fn{m.group(1)}">'
               f"[{m.group(1)}]</a></sup>", s)
    return s


def html_article(paras):
    k = paras.index("注释：")
    body, notes = paras[:k], paras[k + 1:]
    assert len(notes) == len(NOTE_ANCHORS)
    placed = set()
    out = []
    for n, p in enumerate(body, 1):
        for j, anchor in enumerate(NOTE_ANCHORS, 1):
            if j in placed or anchor not in p:
                continue
            cut = NOTE_ANCHOR_CUT.get(anchor, anchor)
            at = p.index(anchor) + len(cut)
            p = p[:at] + f"\x01{j}\x02" + p[at:]
            placed.add(j)
        m = _mark_text(p)
        if n == 1:
            out.append(f'<p class="tc"><strong>{m}</strong></p>')
        elif n in (2, 3):
            out.append(f'<p class="tc kaiti">{m}</p>')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            out.append(f'<p class="ti2"><strong>{m}</strong></p>')
        elif p.startswith("各位代表："):
            out.append(f"<p>{m}</p>")
        else:
            out.append(f'<p class="ti2">{m}</p>')
    assert placed == set(range(1, len(NOTE_ANCHORS) + 1)), placed
    out.append('<div class="footnotes">')
    out.append('<p class="fn-title">注释：</p>')
    out.append("<ol>")
    for j, note in enumerate(notes, 1):
        out.append(f'<li id="fn{j}">{_mark_text(note)} <a class="fn-back" href="#fnref{j}">↩</a></li>')
    out.append("</ol>")
    out.append("</div>")
    return out


def build_html():
    paras = paragraphs("meilan-2025.txt")
    assert not any(SEP in p for p in paras)
    head = HTML_HEAD.format(n=len(URL), url=URL)
    body = "\n".join(html_article(paras)) + "\n"
    (OUT / "meilan-2025.html").write_bytes((head + body + HTML_TAIL).encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    print("rotated pages (0-based):", build_pdf())
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
