"""Build the three corpus files of the kunming eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/kunming/source/make_corpus.py
  source/wuhua-2024.txt     -> corpus/wuhua-2024.docx     (python-docx; part headings in Word style "Heading 1", section
                                                          headings in "Heading 2", both numbered by Word automatic list
                                                          numbering (numbering.xml abstractNum, chineseCounting, "%1、" /
                                                          "（%2）"), so the number is NOT in the paragraph text; one Word
                                                          table; page header + "— PAGE —" footer field)
  source/wuhua-2025.txt     -> corpus/wuhua-2025.pdf      (reportlab, A4, CJK TTF; official-document layout: fixed line
                                                          width, lines break inside numbers and words, 22 lines a page,
                                                          paragraphs run on over page breaks, footer "— n —" centred)
  source/chenggong-2025.txt -> corpus/chenggong-2025.html (saved portal page, charset=gb2312 declared, GBK/GB2312 bytes;
                                                          article body pasted from Word: MsoNormal paragraphs, text split
                                                          over many <span> runs, figures split across spans, <o:p>,
                                                          &nbsp;, an <!--[if gte mso 9]><xml> block; portal furniture)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). In wuhua-2024.txt the Heading 1 / Heading 2
paragraphs are listed in HEAD1 / HEAD2 below (their text carries no number).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode); fixed docx core properties and
zip entry dates; no timestamps in the HTML. Technique adapted from eval/xian/source/make_corpus.py.
"""
import html
import io
import os
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")

# wuhua-2024: heading paragraphs (text without the auto number)
HEAD1 = ["2023年工作回顾", "2024年工作安排", "加强政府自身建设"]
HEAD2 = ["商贸消费加快回暖", "文旅融合持续深化", "科技创新动能增强", "城市更新扎实推进", "民生福祉不断增进",
         "提振商贸消费活力", "推动文旅深度融合", "培育科技创新动能", "提升城市功能品质", "增进民生福祉"]
NUM_ID = 20  # w:numId / w:abstractNumId of the heading list


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


# ------------------------------------------------------------------ DOCX (wuhua-2024)
def build_docx():
    from docx import Document
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()

    def east(run_or_style_font_el, name):
        rpr = run_or_style_font_el.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
            rpr.insert(0, rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(a), name)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]

    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    east(normal.element, "仿宋_GB2312")
    for name, font in (("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312")):
        st = doc.styles[name]
        st.font.size = Pt(16)
        st.font.bold = name == "Heading 2"
        st.font.color.rgb = RGBColor(0, 0, 0)
        east(st.element, font)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.first_line_indent = Pt(32)

    # ---- automatic heading numbering: abstractNum with chineseCounting, "%1、" and "（%2）"
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
        '<w:nsid w:val="5A3C2B10"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="1E2A7C44"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="1"/>'
        '<w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        "</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("五华区第十八届人民代表大会第四次会议文件（5）")
    hr.font.size = Pt(10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def frun(par, xml=None, text=None):
        r = par.add_run(text) if text is not None else par.add_run()
        r.font.size = Pt(14)
        if xml:
            r._r.append(parse_xml(xml))
        return r

    frun(fp, text="— ")
    frun(fp, f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>')
    r = frun(fp)
    it = parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
    r._r.append(it)
    frun(fp, f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>')
    frun(fp, text="1")
    frun(fp, f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>')
    frun(fp, text=" —")

    def numbered(par, ilvl):
        numpr = par._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = NUM_ID

    n = 0
    for kind, x in table_runs(paragraphs("wuhua-2024.txt")):
        if kind == "t":
            t = doc.add_table(rows=len(x), cols=len(x[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cp = cell.paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if (j == 0 and i > 0) else WD_ALIGN_PARAGRAPH.CENTER
                    rr = cp.add_run(c)
                    rr.font.size = Pt(12)
                    rr.bold = i == 0
            continue
        n += 1
        p = x
        if n == 1:
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = par.add_run(p)
            rr.font.size = Pt(22)
            east(rr._r, "方正小标宋简体")
        elif n in (2, 3):
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = par.add_run(p)
            east(rr._r, "楷体_GB2312")
        elif p in HEAD1:
            par = doc.add_paragraph(p, style="Heading 1")
            numbered(par, 0)
        elif p in HEAD2:
            par = doc.add_paragraph(p, style="Heading 2")
            numbered(par, 1)
        elif p.startswith("各位代表："):
            par = doc.add_paragraph(p)
        else:
            par = doc.add_paragraph(p)
            par.paragraph_format.first_line_indent = Pt(32)
        par.paragraph_format.line_spacing = Pt(28)

    cp = doc.core_properties
    cp.title = "昆明市五华区2024年政府工作报告"
    cp.author = "五华区人民政府办公室"
    cp.last_modified_by = "五华区人民政府办公室"
    cp.subject = "昆明市五华区第十八届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;五华区;2024"
    cp.comments = ""
    cp.category = "政府工作报告"
    cp.revision = 3
    cp.created = datetime(2024, 1, 8, 9, 0, 0)
    cp.modified = datetime(2024, 1, 8, 9, 30, 0)
    cp.last_printed = datetime(2024, 1, 8, 9, 30, 0)

    buf = io.BytesIO()
    doc.save(buf)
    # re-date the zip entries (python-docx stamps the current time): byte-reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    (OUT / "wuhua-2024.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ PDF (wuhua-2025), official-document layout
def wrap(text, font, size, width, first_indent=0.0):
    from reportlab.pdfbase import pdfmetrics
    lines, cur, w = [], "", first_indent
    hang = set("，。；：、”）！？%")
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size)
        if not cur and lines and ch in hang:  # never start a line with closing punctuation (避头点)
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


# GB/T 9704-like page: A4, text block 156 mm wide from 28 mm left, 37 mm top margin, 22 lines of 16 pt a page
LEFT, TOP, LINE_W, LEAD, LINES_PER_PAGE = 79.4, 104.9, 442.0, 28.9, 22


def layout_pdf(paras, c, F):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    page = [1]
    slot = [0]  # line slot on the current page
    breaks = []  # (page, paragraph index) of paragraphs that run on over a page break

    def footer():
        c.setFont(F, 14)
        c.drawCentredString(W / 2, 62, f"— {page[0]} —")

    def newpage():
        c.showPage()
        page[0] += 1
        slot[0] = 0
        footer()

    def y():
        return H - TOP - 16 - slot[0] * LEAD

    footer()
    n = 0
    for kind, p in table_runs(paras):
        assert kind == "p"
        n += 1
        if n == 1:
            c.setFont(F, 22)
            c.drawCentredString(W / 2, y() - 6, p)
            slot[0] += 2
            continue
        if n in (2, 3):
            c.setFont(F, 16)
            c.drawCentredString(W / 2, y(), p)
            slot[0] += 1 if n == 2 else 2
            continue
        indent = 0.0 if p.startswith("各位代表：") else 32.0
        lines = wrap(p, F, 16, LINE_W, indent)
        if PART_RE.match(p) and slot[0] >= LINES_PER_PAGE - 1:
            newpage()  # no part heading on the last line of a page
        for k, ln in enumerate(lines):
            if slot[0] >= LINES_PER_PAGE:
                if k > 0:
                    breaks.append((page[0], n))
                newpage()
            c.setFont(F, 16)
            c.drawString(LEFT + (indent if k == 0 else 0), y(), ln)
            slot[0] += 1
    return page[0], breaks


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    paras = paragraphs("wuhua-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736208000"  # 2025-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "wuhua-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("昆明市五华区2025年政府工作报告")
    c.setAuthor("五华区人民政府办公室")
    c.setSubject("昆明市五华区第十八届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;五华区;2025")
    c.setCreator("五华区人民政府办公室")
    pages, breaks = layout_pdf(paras, c, "WQY")
    c.save()
    return pages, breaks


# ------------------------------------------------------------------ HTML (chenggong-2025), GB2312 page, Word-pasted body
URL = "http://www.kmcg.gov.cn/c/2025-01-16/7312654.shtml"
SPAN_C = '<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">'
SPAN_E = '<span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">'
TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[A-Za-z]+|[^\dA-Za-z]+")
MSO_XML = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false" LatentStyleCount="375">
 </w:LatentStyles>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-style-noshow:yes;}
</style>
<![endif]-->"""


def word_runs(text, rng):
    """Word-pasted runs: CJK text in 仿宋 spans (split at random places), ASCII in lang=EN-US spans, most decimals
    split at the point into three spans ("12" "." "5"), some long integers split into two spans."""
    out = []
    for tok in TOKEN_RE.findall(text):
        if tok[0].isdigit():
            if "." in tok and rng.random() < 0.75:
                a, b = tok.split(".")
                out.append(f"{SPAN_E}{a}</span>{SPAN_C}.</span>{SPAN_E}{b}</span>")
            elif "." not in tok and len(tok) >= 3 and rng.random() < 0.25:
                k = rng.randint(1, len(tok) - 1)
                out.append(f"{SPAN_E}{tok[:k]}</span>{SPAN_E}{tok[k:]}</span>")
            else:
                out.append(f"{SPAN_E}{tok}</span>")
        elif tok[0].isascii() and tok[0].isalpha():
            out.append(f"{SPAN_E}{tok}</span>")
        else:
            pieces, rest = [], tok
            while len(rest) > 14:
                k = rng.randint(4, 14)
                pieces.append(rest[:k])
                rest = rest[k:]
            pieces.append(rest)
            out += [f"{SPAN_C}{html.escape(s, quote=False)}</span>" for s in pieces]
    return "".join(out)


EMPTY_P = '<p class=MsoNormal><span lang=EN-US style="font-size:16.0pt"><o:p>&nbsp;</o:p></span></p>'
IND = ' style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"'


def word_body(paras):
    rng = random.Random(20250109)
    body = [MSO_XML]
    for n, p in enumerate(paras, 1):
        e = html.escape(p, quote=False)
        if n == 1:
            body.append('<p class=MsoNormal align=center style="text-align:center;line-height:28.0pt;'
                        'mso-line-height-rule:exactly"><span style="font-size:22.0pt;font-family:方正小标宋简体">'
                        f'{e}</span><span lang=EN-US style="font-size:22.0pt"><o:p></o:p></span></p>')
            body.append(EMPTY_P)
        elif n == 2:
            body.append('<p class=MsoNormal align=center style="text-align:center"><span style="font-size:16.0pt;'
                        f'font-family:楷体_GB2312">{word_runs(p, rng)}</span><span lang=EN-US><o:p></o:p></span></p>')
        elif n == 3:
            a, b = p.split(" ")
            body.append('<p class=MsoNormal align=center style="text-align:center"><span style="font-size:16.0pt;'
                        f'font-family:楷体_GB2312">{a}<span style="mso-spacerun:yes">&nbsp;</span>{b}</span>'
                        '<span lang=EN-US><o:p></o:p></span></p>')
            body.append(EMPTY_P)
        elif PART_RE.match(p):
            body.append(f'<p class=MsoNormal{IND}><b style="mso-bidi-font-weight:normal"><span style="font-size:16.0pt;'
                        f'font-family:黑体">{e}</span></b><span lang=EN-US style="font-size:16.0pt;font-family:黑体">'
                        '<o:p></o:p></span></p>')
        elif SUB_RE.match(p) and len(p) < 30:
            body.append(f'<p class=MsoNormal{IND}><b><span style="font-size:16.0pt;font-family:楷体_GB2312">{e}'
                        '</span></b><span lang=EN-US style="font-size:16.0pt"><o:p></o:p></span></p>')
        elif p.startswith("各位代表："):
            body.append('<p class=MsoNormal style="line-height:28.0pt;mso-line-height-rule:exactly">'
                        f'{word_runs(p, rng)}<span lang=EN-US style="font-size:16.0pt"><o:p></o:p></span></p>')
        else:
            body.append(f'<p class=MsoNormal{IND}>{word_runs(p, rng)}'
                        '<span lang=EN-US style="font-size:16.0pt"><o:p></o:p></span></p>')
    body.append(EMPTY_P)
    return "\n".join(body)


HTML_HEAD = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="SiteName" content="昆明市呈贡区人民政府">
<meta name="SiteDomain" content="www.kmcg.gov.cn">
<meta name="SiteIDCode" content="5301140001">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="呈贡区2025年政府工作报告">
<meta name="PubDate" content="2025-01-16 16:20">
<meta name="ContentSource" content="呈贡区人民政府办公室">
<meta name="Keywords" content="政府工作报告,呈贡区,2025">
<title>呈贡区2025年政府工作报告_昆明市呈贡区人民政府</title>
<link rel="stylesheet" type="text/css" href="./呈贡区2025年政府工作报告_昆明市呈贡区人民政府_files/common.css">
<link rel="stylesheet" type="text/css" href="./呈贡区2025年政府工作报告_昆明市呈贡区人民政府_files/article.css">
<script type="text/javascript" src="./呈贡区2025年政府工作报告_昆明市呈贡区人民政府_files/jquery.min.js"></script>
</head>
<body>
<div id="top"><div class="wrap">
<div class="top-l">欢迎访问昆明市呈贡区人民政府门户网站</div>
<div class="top-r"><a href="javascript:;">简体</a>|<a href="javascript:;">繁体版</a>|<a href="javascript:;">无障碍阅读</a>|<a href="javascript:;">关怀版</a>|<a href="http://www.kmcg.gov.cn/m/">手机版</a>|<a href="http://www.kmcg.gov.cn/wx/">政务微信</a></div>
</div></div>
<div id="header"><div class="wrap">
<a class="logo" href="http://www.kmcg.gov.cn/"><img src="./呈贡区2025年政府工作报告_昆明市呈贡区人民政府_files/logo.png" alt="昆明市呈贡区人民政府"></a>
<form class="search" action="http://www.kmcg.gov.cn/search/" method="get" target="_blank"><input type="text" name="keyword" value="请输入搜索内容"><input type="submit" value="搜索"></form>
</div></div>
<div id="nav"><div class="wrap"><ul>
<li><a href="http://www.kmcg.gov.cn/">网站首页</a></li><li><a href="http://www.kmcg.gov.cn/zjcg/">走进呈贡</a></li>
<li class="cur"><a href="http://www.kmcg.gov.cn/zfxxgk/">政府信息公开</a></li><li><a href="http://www.kmcg.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.kmcg.gov.cn/hdjl/">互动交流</a></li><li><a href="http://www.kmcg.gov.cn/dxc/">大学城</a></li>
<li><a href="http://www.kmcg.gov.cn/zsyz/">招商引资</a></li><li><a href="http://www.kmcg.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="wrap main">
<div class="crumb">您当前的位置：<a href="http://www.kmcg.gov.cn/">首页</a> &gt;&gt; <a href="http://www.kmcg.gov.cn/zfxxgk/">政府信息公开</a> &gt;&gt; <a href="http://www.kmcg.gov.cn/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt;&gt; <a href="http://www.kmcg.gov.cn/zfxxgk/zfgzbg/">政府工作报告</a></div>
<div class="article">
<h2 class="art-title">呈贡区2025年政府工作报告</h2>
<div class="art-info">发布时间：2025-01-16 16:20&nbsp;&nbsp;&nbsp;来源：呈贡区人民政府办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">2417</span>&nbsp;&nbsp;&nbsp;字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="share">分享到：<a title="微信">微信</a> <a title="新浪微博">新浪微博</a> <a title="QQ空间">QQ空间</a></div>
<div class="art-con" id="zoomcon">
<div class="WordSection1" style="layout-grid:15.6pt">
"""

HTML_TAIL = """</div>
</div>
<div class="art-tools"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a> <a href="#top">[返回顶部]</a></div>
<div class="art-pn"><p>上一篇：<a href="http://www.kmcg.gov.cn/c/2025-01-16/7312650.shtml">呈贡区第三届人民代表大会第五次会议胜利闭幕</a></p>
<p>下一篇：<a href="http://www.kmcg.gov.cn/c/2025-01-17/7312701.shtml">图解：呈贡区2025年政府工作报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.kmcg.gov.cn/c/2024-01-18/6650213.shtml">呈贡区2024年政府工作报告</a></li>
<li><a href="http://www.km.gov.cn/">昆明市2025年政府工作报告</a></li>
<li><a href="http://www.wuhua.gov.cn/">五华区2025年政府工作报告</a></li>
<li><a href="http://www.kmgd.gov.cn/">官渡区2025年政府工作报告</a></li>
<li><a href="http://www.kmcg.gov.cn/zfxxgk/ghjh/">昆明市呈贡区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要</a></li>
</ul></div>
</div>
</div>
<div id="footer"><div class="wrap">
<p><a href="http://www.kmcg.gov.cn/gywm/">关于我们</a> | <a href="http://www.kmcg.gov.cn/wzdt/">网站地图</a> | <a href="http://www.kmcg.gov.cn/lxwm/">联系我们</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：昆明市呈贡区人民政府办公室&nbsp;&nbsp;承办单位：呈贡区融媒体中心</p>
<p>地址：云南省昆明市呈贡区龙城街道锦绣大街&nbsp;&nbsp;联系电话：0871-67482345</p>
<p>网站标识码：5301140001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">滇ICP备05001234号-1</a>&nbsp;&nbsp;滇公网安备 53011402000123号</p>
</div></div>
<script type="text/javascript">function doZoom(s){document.getElementById('zoomcon').style.fontSize=s+'px';}</script>
</body></html>
"""


def build_html():
    text = HTML_HEAD + word_body(paragraphs("chenggong-2025.txt")) + "\n" + HTML_TAIL
    (OUT / "chenggong-2025.html").write_bytes(text.encode("gbk"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    pages, breaks = build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()), f"pdf pages {pages}, run-on paragraphs {breaks}")
