"""Build the three corpus files of the nanchang eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/nanchang/source/make_corpus.py
  source/donghu-2024.txt  -> corpus/donghu-2024.docx  (python-docx; Normal-style paragraphs with bold runs for the
                                                       title and headings; one Word table (Table Grid) right after
                                                       the paragraph ending "见下表。"; a page header
                                                       "东湖区第十六届人民代表大会第四次会议文件" and a footer
                                                       "第 <PAGE field> 页"; fixed core properties and zip dates)
  source/donghu-2025.txt  -> corpus/donghu-2025.pdf   (reportlab, A4, WenQuanYi Micro Hei; lines of a fixed width
                                                       that break inside words and numbers; running header
                                                       "南昌市东湖区人民政府" left / "政府工作报告" right over a rule;
                                                       footer "第 n 页")
  source/xinjian-2025.txt -> corpus/xinjian-2025.html (saved portal page, UTF-8, <meta charset="utf-8">; report
                                                       paragraphs separated by <br> inside one content div, no <p>;
                                                       curly quotes as &ldquo; / &rdquo; entities; navigation,
                                                       breadcrumb, "字号：大 中 小 | 打印 | 关闭" bar, 相关链接,
                                                       footer)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties and
zip entry dates, no timestamps in the HTML.
Technique adapted from eval/xian/source/make_corpus.py (PDF part); the docx and the <br> page are new.
"""
import datetime as dt
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

PDF_HEAD_L = "南昌市东湖区人民政府"
PDF_HEAD_R = "政府工作报告"
DOCX_HEAD = "东湖区第十六届人民代表大会第四次会议文件"


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


def is_heading(p):
    return bool(PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 20))


# ------------------------------------------------------------------ PDF (donghu-2025)
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


LEFT, RIGHT, TOP, BOTTOM = 83, 83, 100, 80


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawString(LEFT, H - 58, PDF_HEAD_L)
        c.drawRightString(W - RIGHT, H - 58, PDF_HEAD_R)
        c.setLineWidth(0.6)
        c.line(LEFT, H - 64, W - RIGHT, H - 64)
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 42, f"第 {page[0]} 页")

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = H - TOP
        furniture()

    furniture()
    n = 0
    for kind, p in table_runs(paras):
        assert kind == "p"
        n += 1
        if n == 1:
            c.setFont(F, 22)
            c.drawCentredString(W / 2, y[0] - 10, p)
            y[0] -= 52
            continue
        if n in (2, 3):
            c.setFont(F, 12)
            c.drawCentredString(W / 2, y[0], p)
            y[0] -= 24 if n == 2 else 36
            continue
        if PART_RE.match(p):
            size, lead, indent = 15, 26, 0.0
        else:
            size, lead, indent = 12, 20.5, 2 * 12
        if p.startswith("各位代表："):
            indent = 0.0
        lines = wrap(p, F, size, width, indent)
        if y[0] - lead * (len(lines) - 1) < BOTTOM and len(lines) <= 2:
            newpage()  # keep a heading / a two-line paragraph together
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()
            c.setFont(F, size)
            c.drawString(LEFT + (indent if k == 0 else 0), y[0], ln)
            y[0] -= lead
        y[0] -= 3
    return page[0]


def build_pdf():
    paras = paragraphs("donghu-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736294400"  # 2025-01-08 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "donghu-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("南昌市东湖区2025年政府工作报告")
    c.setAuthor("东湖区人民政府办公室")
    c.setSubject("南昌市东湖区第十六届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;东湖区;2025")
    c.setCreator("东湖区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ------------------------------------------------------------------ DOCX (donghu-2024)
ZIP_DATE = (2024, 1, 10, 9, 30, 0)


def _font(run, east, size=None, bold=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def build_docx():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(hp.add_run(DOCX_HEAD), "宋体", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("第 "), "宋体", 10.5)
    _page_field(fp)
    _font(fp.add_run(" 页"), "宋体", 10.5)

    n = 0
    for kind, x in table_runs(paragraphs("donghu-2024.txt")):
        if kind == "t":
            t = doc.add_table(rows=len(x), cols=len(x[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(x):
                for j, cell in enumerate(row):
                    cp = t.cell(i, j).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 and i else WD_ALIGN_PARAGRAPH.CENTER
                    _font(cp.add_run(cell), "仿宋_GB2312", 12, bold=(i == 0))
            continue
        n += 1
        par = doc.add_paragraph()
        if n == 1:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(par.add_run(x), "方正小标宋简体", 22, bold=True)
        elif n in (2, 3):
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(par.add_run(x), "楷体_GB2312", 16)
        elif PART_RE.match(x):
            _font(par.add_run(x), "黑体", 16, bold=True)
            par.paragraph_format.first_line_indent = Pt(32)
        elif SUB_RE.match(x) and len(x) < 20:
            _font(par.add_run(x), "楷体_GB2312", 16, bold=True)
            par.paragraph_format.first_line_indent = Pt(32)
        elif x.startswith("各位代表："):
            _font(par.add_run(x), "仿宋_GB2312")
        else:
            _font(par.add_run(x), "仿宋_GB2312")
            par.paragraph_format.first_line_indent = Pt(32)

    cp = doc.core_properties
    when = dt.datetime(2024, 1, 10, 9, 30, 0)
    cp.title = "南昌市东湖区2024年政府工作报告"
    cp.author = "东湖区人民政府办公室"
    cp.subject = "南昌市东湖区第十六届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;东湖区;2024"
    cp.last_modified_by = "东湖区人民政府办公室"
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the current time)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    (OUT / "donghu-2024.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ HTML (xinjian-2025, UTF-8, <br> paragraphs)
URL = "https://www.xinjian.gov.cn/xjqrmzf/zfgzbg/202501/6f3c2a9e81d44b7c9a05e2d1b8c47f30.shtml"
HTML_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="南昌市新建区人民政府">
<meta name="SiteDomain" content="www.xinjian.gov.cn">
<meta name="SiteIDCode" content="3601120002">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="新建区2025年政府工作报告">
<meta name="PubDate" content="2025-01-16 15:20">
<meta name="ContentSource" content="新建区人民政府办公室">
<meta name="Keywords" content="政府工作报告,新建区">
<title>新建区2025年政府工作报告_政府工作报告_南昌市新建区人民政府</title>
<link rel="stylesheet" href="./新建区2025年政府工作报告_files/common.css">
<link rel="stylesheet" href="./新建区2025年政府工作报告_files/article.css">
<script src="./新建区2025年政府工作报告_files/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<span class="welcome">欢迎访问南昌市新建区人民政府网站</span>
<span class="links"><a href="https://www.xinjian.gov.cn/">设为首页</a> | <a href="javascript:;">加入收藏</a> |
<a href="javascript:;" id="jft">繁體</a> | <a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;">关怀版</a> |
<a href="https://www.xinjian.gov.cn/m/">移动端</a></span>
</div></div>
<div class="header"><div class="wrap">
<a href="https://www.xinjian.gov.cn/" class="logo"><img src="./新建区2025年政府工作报告_files/logo.png" alt="南昌市新建区人民政府"></a>
<form class="search" action="https://www.xinjian.gov.cn/search/" method="get"><input name="keyword" placeholder="请输入关键字">
<button type="submit">搜索</button></form>
</div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="https://www.xinjian.gov.cn/">首页</a></li><li><a href="https://www.xinjian.gov.cn/zjxj/">走进新建</a></li>
<li class="cur"><a href="https://www.xinjian.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.xinjian.gov.cn/zwfw/">政务服务</a></li>
<li><a href="https://www.xinjian.gov.cn/gzhd/">公众互动</a></li><li><a href="https://www.xinjian.gov.cn/tzxj/">投资新建</a></li>
<li><a href="https://www.xinjian.gov.cn/xcly/">乡村旅游</a></li><li><a href="https://www.xinjian.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="wrap main">
<div class="crumb">您当前的位置：<a href="https://www.xinjian.gov.cn/">首页</a> &gt; <a href="https://www.xinjian.gov.cn/zwgk/">政务公开</a> &gt;
<a href="https://www.xinjian.gov.cn/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="https://www.xinjian.gov.cn/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article">
<h2 class="art-title">新建区2025年政府工作报告</h2>
<div class="art-info">发布时间：2025-01-16 15:20　来源：新建区人民政府办公室　浏览次数：<span id="hits">2417</span></div>
<div class="art-tools">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> | <a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div>
<div class="art-content" id="zoom">
"""

HTML_TAIL = """</div>
<div class="art-share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qz">QQ空间</a></div>
<div class="art-page"><div>上一篇：<a href="https://www.xinjian.gov.cn/zwgk/zfgzbg/202401/">新建区2024年政府工作报告</a></div>
<div>下一篇：<a href="https://www.xinjian.gov.cn/zwgk/zcjd/202501/">图解：新建区2025年政府工作报告</a></div></div>
</div>
<div class="related"><div class="hd">相关链接</div><ul>
<li><a href="https://www.xinjian.gov.cn/zwgk/zfgzbg/202401/">新建区2024年政府工作报告</a></li>
<li><a href="https://www.nc.gov.cn/ncszf/zfgzbg/">南昌市2025年政府工作报告</a></li>
<li><a href="https://www.ncdh.gov.cn/">东湖区2025年政府工作报告</a></li>
<li><a href="https://www.ncxh.gov.cn/">西湖区2025年政府工作报告</a></li>
<li><a href="https://www.xinjian.gov.cn/zwgk/ghjh/">南昌市新建区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></li>
</ul></div>
</div>
<div class="footer"><div class="wrap">
<p><a href="https://www.xinjian.gov.cn/gywm/">关于我们</a> | <a href="https://www.xinjian.gov.cn/wzdt/">网站地图</a> | <a href="https://www.xinjian.gov.cn/lxwm/">联系我们</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：南昌市新建区人民政府办公室　承办单位：新建区融媒体中心</p>
<p>地址：江西省南昌市新建区长堎大道999号　联系电话：0791-83712345</p>
<p>网站标识码：3601120002　<a href="https://beian.miit.gov.cn/">赣ICP备05008231号-1</a>　赣公网安备 36012202000153号</p>
</div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def esc(s):
    return html.escape(s, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")


def build_html():
    body = []
    n = 0
    for kind, x in table_runs(paragraphs("xinjian-2025.txt")):
        assert kind == "p"
        n += 1
        e = esc(x)
        if n == 1:
            body.append(f"<br>\n<strong>{e}</strong><br>")
        elif n in (2, 3):
            body.append(f"{e}<br>" + ("\n<br>" if n == 3 else ""))
        elif PART_RE.match(x):
            body.append(f"<br>\n<strong>{e}</strong><br>")
        elif SUB_RE.match(x) and len(x) < 20:
            body.append(f"\u3000\u3000<strong>{e}</strong><br>")
        elif x.startswith("各位代表："):
            body.append(f"{e}<br>")
        else:
            body.append(f"\u3000\u3000{e}<br>")
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "xinjian-2025.html").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_docx()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
