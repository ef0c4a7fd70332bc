"""Build the three corpus files of the guiyang eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/guiyang/source/make_corpus.py
  source/yunyan-2025.txt     -> corpus/yunyan-2025.docx     (python-docx; part and section headings are Normal
                                                            paragraphs numbered by Word automatic numbering — direct
                                                            <w:numPr> to a chineseCounting list in numbering.xml, so
                                                            "一、" / "（一）" are NOT in the paragraph text; five
                                                            footnotes in word/footnotes.xml; one Word table with
                                                            vertically merged category cells and a horizontally merged
                                                            note row)
  source/yunyan-2026.txt     -> corpus/yunyan-2026.pdf      (reportlab, A4, official-document look: spaced-out title
                                                            "政 府 工 作 报 告", left running header over a rule, page
                                                            numbers "－ n －" centred at the bottom, fixed-width lines
                                                            that break inside numbers; some paragraphs are written with
                                                            full-width digits and ％ in the source itself)
  source/guanshanhu-2026.txt -> corpus/guanshanhu-2026.html (saved WeChat public-account article, UTF-8: nested
                                                            <section>s, no <p>, text split over many styled <span>s,
                                                            "点击蓝字 关注我们" header, images with data-src only, a
                                                            "一图读懂" list of key figures as short lines, 来源 / 编辑 /
                                                            审核 footer, 往期推荐, 阅读原文, 赞 / 在看)

Source conventions: paragraphs separated by one blank line. In yunyan-2025.txt a run of consecutive paragraphs
containing " | " is the table (first row = header row; a merged category cell is written in every row it spans), the
paragraph starting "注：" right after it is the table's merged note row; "[^n]" marks a footnote reference and a
paragraph "[^n]: text" is the text of footnote n (footnote texts follow the report). The headings that Word numbers are
listed in DOCX_PARTS / DOCX_SECTIONS below, written without their numbers.
Byte-reproducible: docx core properties fixed and every zip entry re-dated to 2025-01-08 09:30; PDF dates / ID fixed
(SOURCE_DATE_EPOCH + reportlab invariant mode); HTML span splitting from random.Random(20260109), no clock.
Technique adapted from eval/xian/source/make_corpus.py.
"""
import copy
import html
import io
import os
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"
SEP = " | "
FN_DEF = re.compile(r"^\[\^(\d+)\]: (.+)$")
FN_REF = re.compile(r"\[\^(\d+)\]")
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def read_source(name):
    """-> (body paragraphs with footnote markers, {n: footnote text})."""
    text = (HERE / name).read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = [p for p in paras if not FN_DEF.match(p)]
    notes = {int(m.group(1)): m.group(2) for m in (FN_DEF.match(p) for p in paras) if m}
    return body, notes


def plain(p):
    return FN_REF.sub("", p)


def source_paragraphs(name):
    """The reference text used by the gold files: body paragraphs without markers, then the footnote texts."""
    body, notes = read_source(name)
    return [plain(p) for p in body] + [notes[k] for k in sorted(notes)]


# ====================================================================== DOCX (yunyan-2025)
DOCX_PARTS = ["2024年工作回顾", "2025年目标任务", "2025年重点工作", "建设人民满意政府"]
DOCX_SECTIONS = ["商贸消费稳步回暖", "数字经济加快壮大", "项目建设提质增效", "城市品质持续提升", "民生福祉不断增进",
                 "提振商贸消费", "壮大数字经济", "狠抓项目建设", "提升城市品质", "增进民生福祉"]
NUM_ID = 30
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = f'xmlns:w="{W}"'
DOCX_DATE = (2025, 1, 8, 9, 30, 0)

ABSTRACT_NUM = f"""<w:abstractNum {WNS} w:abstractNumId="{NUM_ID}">
<w:nsid w:val="5A3C21E7"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2E4A7B90"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="1"/>
<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312" w:hint="eastAsia"/><w:b/></w:rPr></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {WNS} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'

FOOTNOTE_STYLES = [
    f"""<w:style {WNS} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>
<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr>
<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    f"""<w:style {WNS} w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">
<w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/>
<w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    f"""<w:style {WNS} w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>""",
]


def _footnotes_xml(notes):
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {WNS}>',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k in sorted(notes):
        t = html.escape(notes[k], quote=False)
        parts.append(
            f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r>'
            f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>{t}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def _set_font(run, east, size=None, bold=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = east
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _add_text_with_notes(par, text, east="仿宋_GB2312"):
    from docx.oxml import parse_xml
    pos = 0
    for m in FN_REF.finditer(text):
        if m.start() > pos:
            _set_font(par.add_run(text[pos:m.start()]), east)
        par._p.append(parse_xml(f'<w:r {WNS}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                                f'<w:footnoteReference w:id="{m.group(1)}"/></w:r>'))
        pos = m.end()
    if pos < len(text):
        _set_font(par.add_run(text[pos:]), east)


def _docx_table(doc, rows, note):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows) + 1, cols=ncol)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # vertical merges of the category column (column 0) over equal consecutive values
    k = 1
    while k < len(rows):
        j = k
        while j + 1 < len(rows) and rows[j + 1][0] == rows[k][0]:
            j += 1
        if j > k:
            t.cell(k, 0).merge(t.cell(j, 0))
        k = j + 1
    t.cell(len(rows), 0).merge(t.cell(len(rows), ncol - 1))  # the note row spans all columns
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if c == 0 and r > 1 and rows[r - 1][0] == val:
                continue  # continuation of a vertically merged category cell
            cell = t.cell(r, c)
            par = cell.paragraphs[0]
            par.paragraph_format.first_line_indent = Pt(0)
            par.alignment = WD_ALIGN_PARAGRAPH.LEFT if (c == 1 and r) else WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(val), "仿宋_GB2312", 12, bold=(r == 0))
    par = t.cell(len(rows), 0).paragraphs[0]
    par.paragraph_format.first_line_indent = Pt(0)
    _set_font(par.add_run(note), "仿宋_GB2312", 10.5)


def _redate_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx():
    import datetime as dt

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    body, notes = read_source("yunyan-2025.txt")
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    pf = normal.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    for x in FOOTNOTE_STYLES:
        doc.styles.element.append(parse_xml(x))
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(ABSTRACT_NUM))
    numbering.append(parse_xml(NUM))

    paras = list(body)
    i = 0
    n = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            assert paras[i].startswith("注：")
            _docx_table(doc, rows, paras[i])
            i += 1
            continue
        i += 1
        n += 1
        par = doc.add_paragraph()
        fmt = par.paragraph_format
        if n == 1:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.line_spacing = Pt(40)
            _set_font(par.add_run(p), "方正小标宋简体", 22, bold=True)
        elif n in (2, 3):
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(par.add_run(p), "楷体_GB2312")
        elif p in DOCX_PARTS or p in DOCX_SECTIONS:
            lvl = 0 if p in DOCX_PARTS else 1
            par._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {WNS}><w:ilvl w:val="{lvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
            _set_font(par.add_run(p), "黑体" if lvl == 0 else "楷体_GB2312", bold=(lvl == 1))
        elif p.startswith("各位代表："):
            _set_font(par.add_run(p), "仿宋_GB2312")
        else:
            fmt.first_line_indent = Pt(32)
            _add_text_with_notes(par, p)

    # footnotes part + settings
    fpart = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_xml(notes), doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)
    settings = doc.settings.element
    settings.find(qn("w:compat")).addprevious(parse_xml(
        f'<w:footnotePr {WNS}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'))

    cp = doc.core_properties
    cp.title = "贵阳市云岩区2025年政府工作报告"
    cp.author = cp.last_modified_by = "云岩区人民政府办公室"
    cp.subject = "贵阳市云岩区第十八届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;云岩区;2025"
    cp.category = "政府工作报告"
    cp.comments = ""
    cp.revision = 4
    cp.created = dt.datetime(2025, 1, 8, 9, 0, 0)
    cp.modified = cp.last_printed = dt.datetime(2025, 1, 8, 9, 30, 0)
    buf = io.BytesIO()
    doc.save(buf)
    (OUT / "yunyan-2025.docx").write_bytes(_redate_zip(buf.getvalue()))


# ====================================================================== PDF (yunyan-2026)
PDF_HEAD = "云岩区第十八届人民代表大会第五次会议文件"
PDF_TITLE = "政 府 工 作 报 告"
LEFT, RIGHT, TOP, BOTTOM = 79, 86, 112, 96
HANG = set("，。；：、”）！？%％")


def wrap(text, font, size, width, first_indent=0.0):
    from reportlab.pdfbase import pdfmetrics
    lines, cur, w = [], "", first_indent
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size)
        if not cur and lines and ch in HANG:  # never start a line with closing punctuation: hang it
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


def layout_pdf(paras, c, F):
    from reportlab.lib.pagesizes import A4
    Wd, H = A4
    width = Wd - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 10.5)
        c.drawString(LEFT, H - 66, PDF_HEAD)
        c.setLineWidth(0.6)
        c.line(LEFT, H - 72, Wd - RIGHT, H - 72)
        c.setFont(F, 12)
        c.drawCentredString(Wd / 2, 52, f"－ {page[0]} －")

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = H - TOP
        furniture()

    furniture()
    for n, p in enumerate(paras, 1):
        if n == 1:
            c.setFont(F, 22)
            c.drawCentredString(Wd / 2, y[0] - 8, PDF_TITLE)
            y[0] -= 50
            continue
        if n == 2:
            c.setFont(F, 12)
            c.drawCentredString(Wd / 2, y[0], p)
            y[0] -= 24
            continue
        if n == 3:
            c.setFont(F, 14)
            c.drawCentredString(Wd / 2, y[0], p.replace(" ", "\u3000"))
            y[0] -= 38
            continue
        if PART_RE.match(p):
            size, lead, indent = 15, 27, 2 * 15
        else:
            size, lead, indent = 14, 25, 2 * 14
        if p.startswith("各位代表："):
            indent = 0.0
        lines = wrap(p, F, size, width, indent)
        need = lead * (len(lines) - 1) if len(lines) <= 2 else 0
        if PART_RE.match(p):
            need = lead + 2 * 25  # keep a part heading with the first two lines of what follows
        if y[0] - need < BOTTOM:
            newpage()
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()
            c.setFont(F, size)
            c.drawString(LEFT + (indent if k == 0 else 0), y[0], ln)
            y[0] -= lead
        y[0] -= 2
    return page[0]


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    paras = source_paragraphs("yunyan-2026.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1767744000"  # 2026-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "yunyan-2026.pdf"), pagesize=A4, invariant=1)
    c.setTitle("贵阳市云岩区2026年政府工作报告")
    c.setAuthor("云岩区人民政府办公室")
    c.setSubject("贵阳市云岩区第十八届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;云岩区;2026;十五五")
    c.setCreator("云岩区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ====================================================================== HTML (guanshanhu-2026, WeChat article)
WX_TITLE = "重磅！2026年观山湖区政府工作报告全文来了"
WX_NICK = "观湖时讯"
WX_BIZ = "MzI0NTc2ODQ1Mw=="
WX_URL = f"http://mp.weixin.qq.com/s?__biz={WX_BIZ}&amp;mid=2247531862&amp;idx=1&amp;sn=7c1e0b5d94a2f3e86b1d7a0c5e9f4b21"
IMG = "https://mmbiz.qpic.cn/mmbiz_{k}/Qx3kW9vZgH2u{key}/640?wx_fmt={k}"
LIST_HEAD = "一图读懂｜2025年观山湖区成绩单"
WX_FURNITURE = ["点击蓝字 关注我们", "▲会议现场", "来源：观山湖区融媒体中心", "编辑：罗静怡", "审核：陈建国",
                "往期推荐", "观山湖区2025年政府工作报告全文", "云岩区2026年政府工作报告全文发布",
                "贵阳市2026年政府工作报告（全文）", "分享、点赞、在看，三连走起↓"]
SPAN_STYLES = ["font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);",
               "font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);font-family: 微软雅黑, sans-serif;",
               "font-size: 15px;color: rgb(62, 62, 62);letter-spacing: 1.5px;",
               "color: rgb(62, 62, 62);font-size: 15px;letter-spacing: 1px;caret-color: red;"]
BLUE = "rgb(30, 111, 217)"


def _spans(text, rng, lo=3, hi=16):
    out, i = [], 0
    while i < len(text):
        k = rng.randint(lo, hi)
        chunk = html.escape(text[i:i + k], quote=False)
        style = SPAN_STYLES[rng.randrange(len(SPAN_STYLES))]
        if rng.random() < 0.3:
            out.append(f'<span style="{style}"><span leaf="">{chunk}</span></span>')
        else:
            out.append(f'<span style="{style}">{chunk}</span>')
        i += k
    return "".join(out)


def _img(kind, key, ratio, w=1080):
    src = IMG.format(k=kind, key=key)
    return (f'<section style="text-align: center;margin-bottom: 8px;"><img class="rich_pages wxw-img" '
            f'data-src="{src}" data-ratio="{ratio}" data-s="300,640" data-type="{kind}" data-w="{w}" '
            f'style="width: 100%;height: auto;vertical-align: middle;"></section>')


def _list_line(p):
    label, value = p.split("：", 1)
    parts = re.split(r"(\d+(?:\.\d+)?)", value)
    v = []
    for k, x in enumerate(parts):
        if not x:
            continue
        if k % 2 == 1:
            v.append(f'<span style="font-size: 22px;color: rgb(212, 56, 13);"><strong>{x}</strong></span>')
        else:
            v.append(f'<span style="font-size: 14px;color: rgb(89, 89, 89);">{html.escape(x, quote=False)}</span>')
    return (f'<section style="line-height: 2em;text-align: center;border-bottom: 1px dashed rgb(166, 200, 245);">'
            f'<span style="font-size: 14px;color: rgb(89, 89, 89);">{html.escape(label, quote=False)}：</span>'
            + "".join(v) + "</section>")


def build_html():
    rng = random.Random(20260109)
    paras = source_paragraphs("guanshanhu-2026.txt")
    body = ['<section style="margin: 0px 8px;">', _img("gif", "aHk1Wq0LxdJ8", "0.1562", 640),
            '<section style="text-align: center;margin-bottom: 16px;"><span style="color: rgb(0, 112, 192);'
            'font-size: 14px;letter-spacing: 2px;"><strong>点击蓝字</strong></span><span style="font-size: 14px;'
            'color: rgb(136, 136, 136);letter-spacing: 2px;"> 关注我们</span></section>']
    i = 0
    while i < len(paras):
        p = paras[i]
        e = html.escape(p, quote=False)
        if i == 0:  # editor's lead
            body.append('<section style="margin-bottom: 16px;"><section style="line-height: 1.75em;">'
                        + _spans(p, rng) + "</section></section>")
            body.append(_img("jpg", "mT7cVn2RbE4p", "0.6667"))
            body.append('<section style="text-align: center;margin-bottom: 20px;"><span style="font-size: 12px;'
                        'color: rgb(136, 136, 136);">▲会议现场</span></section>')
        elif p == LIST_HEAD:
            card = ['<section style="margin: 10px 0px 24px;padding: 12px 10px;border: 1px solid rgb(30, 111, 217);'
                    'border-radius: 8px;background-color: rgb(240, 247, 255);">',
                    f'<section style="text-align: center;margin-bottom: 10px;"><section style="display: inline-block;'
                    f'padding: 4px 16px;background-color: {BLUE};border-radius: 14px;"><span style="color: '
                    f'rgb(255, 255, 255);font-size: 16px;letter-spacing: 1px;"><strong>{e}</strong></span></section>'
                    '</section>']
            while i + 1 < len(paras) and "：" in paras[i + 1] and paras[i + 1][:2] not in ("政府", "——"):
                i += 1
                card.append(_list_line(paras[i]))
            card.append("</section>")
            body.append("\n".join(card))
            body.append(_img("png", "Zr8bYw1NcK6s", "0.2222"))
        elif p == "政府工作报告":
            body.append('<section style="text-align: center;margin: 20px 0px 8px;"><span style="font-size: 20px;'
                        f'color: rgb(0, 0, 0);letter-spacing: 2px;"><strong>{e}</strong></span></section>')
        elif p.startswith("——") and "会议上" in p or p.startswith("区长 "):
            body.append('<section style="text-align: center;margin-bottom: 6px;"><span style="font-size: 14px;'
                        f'color: rgb(89, 89, 89);">{e}</span></section>')
        elif PART_RE.match(p):
            body.append('<section style="margin: 24px 0px 12px;text-align: center;"><section style="display: '
                        f'inline-block;padding: 4px 14px;background-color: {BLUE};border-radius: 4px;"><span '
                        f'style="color: rgb(255, 255, 255);font-size: 16px;"><strong>{e}</strong></span></section>'
                        "</section>")
        elif SUB_RE.match(p) and len(p) < 24:
            body.append(f'<section style="margin: 16px 0px 8px;"><span style="color: {BLUE};font-size: 16px;">'
                        f"<strong>{e}</strong></span></section>")
        elif p.startswith("——"):
            lead, rest = p.split("。", 1)
            body.append('<section style="margin-bottom: 16px;"><section style="line-height: 1.75em;text-indent: '
                        f'2em;"><span style="color: {BLUE};font-size: 15px;letter-spacing: 1px;"><strong>'
                        f'{html.escape(lead, quote=False)}。</strong></span>' + _spans(rest, rng)
                        + "</section></section>")
        else:
            indent = "0em" if p.startswith("各位代表：") else "2em"
            body.append('<section style="margin-bottom: 16px;"><section style="line-height: 1.75em;'
                        f'text-indent: {indent};">' + _spans(p, rng) + "</section></section>")
        i += 1
    body += ['<section style="margin-top: 32px;font-size: 13px;color: rgb(136, 136, 136);text-align: right;">',
             '<section><span style="font-size: 13px;">来源：观山湖区融媒体中心</span></section>',
             '<section><span style="font-size: 13px;">编辑：罗静怡</span></section>',
             '<section><span style="font-size: 13px;">审核：陈建国</span></section></section>',
             f'<section style="margin-top: 24px;border-top: 1px solid {BLUE};padding-top: 10px;">',
             f'<section><span style="color: {BLUE};font-size: 15px;"><strong>往期推荐</strong></span></section>',
             '<section><a href="https://mp.weixin.qq.com/s/8kR2tQxW0fLh3mZc9vYb1A" target="_blank" '
             'data-linktype="2">观山湖区2025年政府工作报告全文</a></section>',
             '<section><a href="https://mp.weixin.qq.com/s/Jd4nP7sQe2uXv6wR1kTg5B" target="_blank" '
             'data-linktype="2">云岩区2026年政府工作报告全文发布</a></section>',
             '<section><a href="https://mp.weixin.qq.com/s/Vb9cM3hLq8yTz2eN6pXa0C" target="_blank" '
             'data-linktype="2">贵阳市2026年政府工作报告（全文）</a></section></section>',
             _img("gif", "Lp3sUe9TqA7w", "0.2778", 640),
             '<section style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">'
             "分享、点赞、在看，三连走起↓</span></section>", "</section>"]
    page = WX_HEAD + "\n".join(body) + "\n" + WX_TAIL
    (OUT / "guanshanhu-2026.html").write_bytes(page.encode("utf-8"))


WX_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(WX_URL.replace("&amp;", "&")):04d}){WX_URL.replace("&amp;", "&")} -->
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="{WX_TITLE}">
<meta property="og:url" content="{WX_URL}">
<meta property="og:image" content="{IMG.format(k='jpg', key='cV0rT5yHn8Qa')}">
<meta property="og:description" content="2025年观山湖区地区生产总值增长6.3%，增速位居全市第二">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="{WX_NICK}">
<meta property="twitter:card" content="summary">
<title>{WX_TITLE}</title>
<link rel="stylesheet" href="./{WX_TITLE}_files/weui.min.css">
<link rel="stylesheet" href="./{WX_TITLE}_files/appmsg.css">
<script type="text/javascript">
var biz = "{WX_BIZ}"; var mid = "2247531862"; var idx = "1";
var msg_title = '{WX_TITLE}'.html(false);
var nickname = htmlDecode("{WX_NICK}");
var ct = "1767954600"; var publish_time = "2026-01-09" || "";
var user_name = "gh_3b7e91c2d4a6"; var round_head_img = "{IMG.format(k='png', key='hd0Rq2Ls7Tve')}";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{WX_TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">观山湖区融媒体中心</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{WX_NICK}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年01月09日 18:30</em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp"><span id="js_ip_wording">贵州</span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
"""

WX_TAIL = f"""</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;"></div>
</div>
<div class="rich_media_tool_area" id="js_toobar3">
<div class="rich_media_tool">
<a class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_primary" id="js_view_source" href="https://www.guanshanhu.gov.cn/zwgk/zfgzbg/">阅读原文</a>
<div class="media_tool_meta tips_global_primary meta_primary" id="js_read_area3">阅读 <span id="readNum3">1.6万</span></div>
<span class="media_tool_meta meta_extra meta_praise" id="like_old"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3">328</span></span>
<span class="media_tool_meta meta_extra" id="js_like_btn"><i class="icon_like"></i><span id="js_like_num">86</span> 在看</span>
<span class="media_tool_meta meta_extra" id="js_share_btn">分享</span>
<span class="media_tool_meta meta_extra" id="js_zan_btn">赞</span>
</div>
</div>
<div class="rich_media_area_extra">
<div class="discuss_container" id="js_cmt_area"><div class="discuss_title">写留言</div></div>
<div class="qr_code_pc_outer" id="js_pc_qr_code" style="display:none;"><div class="qr_code_pc">
<img class="qr_code_pc_img" id="js_pc_qr_code_img" data-src="{IMG.format(k='png', key='qr5Vd1Nw8Kcz')}">
<p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</div>
</div>
</div>
</div>
<script type="text/javascript">
document.getElementById("js_content").style.visibility = "visible";
var imgs = document.querySelectorAll("img[data-src]");
for (var i = 0; i < imgs.length; i++) {{ imgs[i].setAttribute("src", imgs[i].getAttribute("data-src")); }}
</script>
</body></html>
"""


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
