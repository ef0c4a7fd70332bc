"""Build the three corpus files of the hangzhou eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/hangzhou/source/make_corpus.py
  source/tonglu-2024.txt -> corpus/tonglu-2024.html (saved portal page, **GBK bytes**, <meta charset="gbk"> and an
                                                     http-equiv Content-Type gbk; navigation, breadcrumb, metadata line,
                                                     share bar, 相关链接, footer with 版权所有 / ICP备案)
  source/tonglu-2025.txt -> corpus/tonglu-2025.docx (python-docx; "第一部分 …" part headings in Heading 1, review
                                                     headings "（一）…" in Heading 2, plan headings plain bold, one
                                                     5-column target/result table, header, footer PAGE field)
  source/linan-2024.txt  -> corpus/linan-2024.pdf   (reportlab, A4, CJK TTF, fixed-width lines that break inside words
                                                     and numbers, centred running header, footer "- n -")

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Technique adapted from eval/chengdu/source/make_corpus.py.
"""
import datetime
import html
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

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^(第[一二三四五六七八九十]+部分 |[一二三四五六七八九十]+、)")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
LEAD_RE = re.compile(r"^([^。：；，“]{2,14}。)")
DASH_LEAD_RE = re.compile(r"^(——[^。：；，]{2,16}。)")
NUM_LEAD_RE = re.compile(r"^(\d{1,2}\.[^。：；，“]{2,14}。)")

PDF_HEAD = "杭州市临安区2024年政府工作报告"


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ HTML (tonglu-2024, GBK)
HTML_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta charset="gbk" />
<meta name="SiteName" content="桐庐县人民政府门户网站" />
<meta name="ColumnName" content="政府工作报告" />
<meta name="ArticleTitle" content="2024年桐庐县政府工作报告" />
<meta name="PubDate" content="2024-01-15 16:30" />
<meta name="ContentSource" content="桐庐县人民政府办公室" />
<meta name="Keywords" content="政府工作报告,桐庐县,2024" />
<title>2024年桐庐县政府工作报告_政府工作报告_桐庐县人民政府门户网站</title>
<link rel="stylesheet" type="text/css" href="/css/common.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="welcome">欢迎访问桐庐县人民政府门户网站！</span>
<span class="today">2024年1月15日 星期一</span>
<a href="/wza/">无障碍</a> | <a href="/elder/">长者模式</a> | <a href="javascript:;" id="fanti">繁體版</a> |
<a href="/en/">English</a> | <a href="/wap/">手机版</a> | <a href="/login/">登录</a>
</div></div>
<div class="header"><div class="w1200">
<a href="/" class="logo"><img src="/images/logo.png" alt="桐庐县人民政府" /></a>
<form action="/search/" method="get" class="search"><input type="text" name="q" value="请输入关键字" />
<input type="submit" value="搜索" /></form>
</div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zjtl/">走进桐庐</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/tzzn/">投资桐庐</a></li>
<li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
<a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article">
<h1 class="art-title">2024年桐庐县政府工作报告</h1>
<div class="art-info">发布时间：2024-01-15 16:30　　来源：桐庐县人民政府办公室　　浏览次数：<span id="hits">
<script type="text/javascript">document.write(3862);</script></span>　　【字体：<a href="javascript:;">大</a>
<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a>
<a href="javascript:;" class="qq">QQ空间</a></div>
<div class="art-con" id="zoom">
"""

HTML_TAIL = """</div>
<div class="share share-bottom">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a>
<a href="javascript:;" class="qq">QQ空间</a>　【<a href="javascript:window.print();">打印本页</a>】
【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="prevnext"><p>上一篇：<a href="/zwgk/zfgzbg/2023.html">2023年桐庐县政府工作报告</a></p>
<p>下一篇：<a href="/zwgk/jhzx/2024.html">关于桐庐县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zfgzbg/2023.html">2023年桐庐县政府工作报告</a></li>
<li><a href="https://www.hangzhou.gov.cn/">2024年杭州市政府工作报告</a></li>
<li><a href="/zwgk/zfgzbg/tj2024.html">图解：一图读懂2024年桐庐县政府工作报告</a></li>
<li><a href="/zwgk/ghjh/">桐庐县国民经济和社会发展第十四个五年规划纲要</a></li>
</ul></div>
</div></div>
<div class="footer"><div class="w1200">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/syxz/">使用帮助</a> |
<a href="/jc/">我要纠错</a></p>
<p>主办单位：桐庐县人民政府办公室　承办单位：桐庐县数据资源管理局</p>
<p>版权所有：桐庐县人民政府　地址：浙江省杭州市桐庐县</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备05011289号-1</a>　浙公网安备 33012202000123号　网站标识码：3301220001</p>
</div></div>
</body>
</html>
"""


def build_html():
    paras = paragraphs("tonglu-2024.txt")
    body = []
    for i, p in enumerate(paras):
        e = html.escape(p, quote=False)
        if i == 0:
            body.append(f'<p style="text-align:center;"><strong>{e}</strong></p>')
        elif i in (1, 2):
            body.append(f'<p style="text-align:center;">{e}</p>')
        elif PART_RE.match(p):
            body.append(f"<p><strong>{e}</strong></p>")
        elif NUM_LEAD_RE.match(p) and i < 30:  # numbered review items: lead phrase bold
            m = NUM_LEAD_RE.match(p)
            body.append(f"<p>　　<strong>{html.escape(m.group(1), quote=False)}</strong>"
                        f"{html.escape(p[len(m.group(1)):], quote=False)}</p>")
        else:
            body.append(f"<p>　　{e}</p>")
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    data = text.replace("\n", "\r\n").encode("gbk")
    (OUT / "tonglu-2024.html").write_bytes(data)


# ------------------------------------------------------------------ PDF (linan-2024)
def wrap(text, font, size, width, first_indent=0.0):
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


LEFT, RIGHT, TOP, BOTTOM = 84, 84, 104, 86


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawCentredString(W / 2, H - 56, PDF_HEAD)
        c.setLineWidth(0.8)
        c.line(LEFT, H - 62, W - RIGHT, H - 62)
        c.setLineWidth(0.3)
        c.line(LEFT, H - 64.5, W - RIGHT, H - 64.5)
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 44, f"- {page[0]} -")

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
    paras = paragraphs("linan-2024.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1704844800"  # 2024-01-10 (reproducible build)
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    c = canvas.Canvas(str(OUT / "linan-2024.pdf"), pagesize=A4)
    c.setTitle("杭州市临安区2024年政府工作报告")
    c.setAuthor("临安区人民政府办公室")
    c.setSubject("杭州市临安区第二届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;临安区;2024")
    c.setCreator("临安区人民政府办公室")
    layout_pdf(paras, c, F)
    c.save()


# ------------------------------------------------------------------ DOCX (tonglu-2025)
def set_east_asian_font(run, font="宋体"):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def add_page_number(paragraph):
    paragraph.add_run("— ")
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
    paragraph.add_run(" —")


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
            r.font.size = Pt(10.5)
            set_east_asian_font(r, "仿宋_GB2312")
            if i == 0:
                r.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER


def build_docx():
    paras = paragraphs("tonglu-2025.txt")
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
    cp.title = "2025年桐庐县政府工作报告"
    cp.author = "桐庐县人民政府办公室"
    cp.subject = "桐庐县第十八届人民代表大会第五次会议"
    cp.keywords = "政府工作报告;桐庐县;2025"
    cp.created = datetime.datetime(2025, 1, 8, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 14, 10, 5, 0)
    cp.last_modified_by = "桐庐县人民政府办公室"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "桐庐县人民政府　2025年政府工作报告"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
            if part == 1:
                h = doc.add_heading(level=2)
                r = h.add_run(p)
                set_east_asian_font(r, "楷体_GB2312")
            else:
                q = doc.add_paragraph()
                r = q.add_run(p)
                r.bold = True
                set_east_asian_font(r, "楷体_GB2312")
            continue
        q = doc.add_paragraph()
        q.paragraph_format.first_line_indent = Pt(30)
        m = LEAD_RE.match(p) or DASH_LEAD_RE.match(p)
        if m and not p.startswith(("各位代表", "现在", "2024年是", "2025年是", "对照", "同时", "全年", "新增", "城镇",
                                   "一是")):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        else:
            q.add_run(p)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry dates so that the build is byte-reproducible
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT / "tonglu-2025.docx", "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_html()
    build_pdf()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
