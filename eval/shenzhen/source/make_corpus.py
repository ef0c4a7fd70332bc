"""Build the three corpus files of the shenzhen eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/shenzhen/source/make_corpus.py
  source/nanshan-2024.txt -> corpus/nanshan-2024.html (saved web page, UTF-8, <meta charset="utf-8">, portal noise)
  source/nanshan-2025.txt -> corpus/nanshan-2025.pdf  (reportlab, A4, CJK TTF, fixed-width lines, running header,
                                                       footer "n / N", document info)
  source/baoan-2025.txt   -> corpus/baoan-2025.docx   (python-docx; heading styles, the 2024 indicator table is a
                                                       real Word table, header/footer)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Adapted from eval/suzhou/source/make_corpus.py.
"""
import datetime
import html
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

PDF_HEAD_L = "深圳市南山区人民政府"
PDF_HEAD_R = "2025年政府工作报告"


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ HTML (nanshan-2024, UTF-8)
HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="深圳市南山区人民政府">
<meta name="SiteDomain" content="www.szns.gov.cn">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2024年南山区政府工作报告">
<meta name="PubDate" content="2024-01-16 10:12">
<meta name="ContentSource" content="南山区人民政府办公室">
<meta name="Keywords" content="政府工作报告,南山区,2024">
<title>2024年南山区政府工作报告_政府工作报告_深圳市南山区人民政府门户网站</title>
<link rel="stylesheet" href="/szns/xhtml/css/common.css">
<link rel="stylesheet" href="/szns/xhtml/css/article.css">
<script src="/szns/xhtml/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap">
<span class="welcome">您好，欢迎访问深圳市南山区人民政府门户网站！</span>
<span class="today">2024年1月16日 星期二</span>
<span class="tools"><a href="javascript:;" class="wza">无障碍</a> <a href="javascript:;" class="slh">长者模式</a> <a href="javascript:;" class="jft">繁體</a> <a href="/english/">English</a> <a href="/wap/">手机版</a> <a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="/login/">个人登录</a> | <a href="/login/fr/">法人登录</a></span>
</div></div>
<div class="header"><div class="wrap">
<a class="logo" href="/"><img src="/szns/xhtml/images/logo.png" alt="深圳市南山区人民政府"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div></div>
<nav class="nav"><div class="wrap"><ul>
<li><a href="/">首页</a></li><li><a href="/zjns/">走进南山</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/tzns/">投资南山</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div></nav>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a> &gt; <a href="/zwgk/ghjh/zfgzbg/">政府工作报告</a></div>
<table class="xxgk-meta">
<tr><th>索引号：</th><td>11440305007542817X/2024-00031</td><th>分类：</th><td>政府工作报告</td></tr>
<tr><th>发布机构：</th><td>深圳市南山区人民政府办公室</td><th>成文日期：</th><td>2024-01-09</td></tr>
<tr><th>名称：</th><td colspan="3">2024年南山区政府工作报告</td></tr>
<tr><th>文号：</th><td></td><th>发布日期：</th><td>2024-01-16</td></tr>
<tr><th>主题词：</th><td colspan="3">政府工作报告</td></tr>
</table>
<div class="article">
<h1 class="tit">2024年南山区政府工作报告</h1>
<div class="info">
<span>发布时间：2024-01-16 10:12</span><span>来源：南山区人民政府办公室</span><span>访问量：<em id="hits">8362</em></span>
<span class="fontsize">字体：【<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>】</span>
<span class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ</a></span>
</div>
<div class="news_cont_d_wrap" id="zoom">
"""

HTML_TAIL = """</div>
<div class="share-bar">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a>
<span class="ops">[<a href="javascript:window.print();">打印本页</a>] [<a href="javascript:window.close();">关闭窗口</a>] [<a href="#top">返回顶部</a>]</span></div>
<div class="prev-next"><p>上一篇：<a href="/zwgk/ghjh/zfgzbg/content/post_10398221.html">2023年南山区政府工作报告</a></p><p>下一篇：<a href="/zwgk/ghjh/zfgzbg/content/post_11127390.html">关于南山区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告</a></p></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="/zwgk/ghjh/zfgzbg/content/post_10398221.html">2023年南山区政府工作报告</a><span>2023-01-13</span></li>
<li><a href="http://www.baoan.gov.cn/zwgk/ghjh/zfgzbg/content/post_11120588.html">2024年宝安区政府工作报告</a><span>2024-01-15</span></li>
<li><a href="http://www.sz.gov.cn/zfgb/zfgzbg/content/post_11112364.html">2024年深圳市政府工作报告</a><span>2024-01-19</span></li>
<li><a href="/zwgk/zcjd/content/post_11126801.html">一图读懂2024年南山区政府工作报告</a><span>2024-01-17</span></li>
<li><a href="/zwgk/ghjh/content/post_8617204.html">深圳市南山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a><span>2021-06-02</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/sybz/">使用帮助</a> | <a href="/jc/">我要纠错</a> | <a href="/yszc/">隐私声明</a></p>
<p>主办单位：深圳市南山区人民政府办公室　承办单位：深圳市南山区政务服务和数据管理局</p>
<p>版权所有：深圳市南山区人民政府　地址：深圳市南山区桃园路南山区政府大院</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备06034417号</a>　粤公网安备 44030502000188号　网站标识码：4403050001</p>
</div></div>
<script src="/szns/xhtml/js/share.js"></script>
</body>
</html>
"""


def build_html():
    paras = paragraphs("nanshan-2024.txt")
    out = [HTML_HEAD]
    e = html.escape
    for i, p in enumerate(paras):
        if i == 0:
            out.append(f'<p style="text-align:center;"><strong>{e(p)}</strong></p>\n')
        elif i in (1, 2):
            out.append(f'<p style="text-align:center;">{e(p)}</p>\n')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 40):
            out.append(f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>\n')
        elif DASH_LEAD_RE.match(p):  # "——科技创新动能更加强劲。" lead phrase in bold, rest plain
            m = DASH_LEAD_RE.match(p)
            out.append(f'<p style="text-indent:2em;"><strong>{e(m.group(1))}</strong>{e(p[len(m.group(1)):])}</p>\n')
        else:
            out.append(f'<p style="text-indent:2em;">{e(p)}</p>\n')
    out.append(HTML_TAIL)
    (OUT / "nanshan-2024.html").write_bytes("".join(out).encode("utf-8"))


# ------------------------------------------------------------------ PDF (nanshan-2025)
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


def layout_pdf(paras, c, total, F):
    W, H = A4
    left, right, top, bottom = 74, 74, 98, 82
    width = W - left - right
    page = [1]
    y = [H - top]

    def furniture():
        c.setFont(F, 9)
        c.drawString(left, H - 56, PDF_HEAD_L)
        c.drawRightString(W - right, H - 56, PDF_HEAD_R)
        c.setLineWidth(0.8)
        c.line(left, H - 62, W - right, H - 62)
        c.setLineWidth(0.3)
        c.line(left, H - 65, W - right, H - 65)
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 44, f"{page[0]} / {total}")

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = H - top
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
        elif p.startswith("——") and len(p) < 20:
            size, lead, indent = 13, 22, 2 * 13
        else:
            size, lead, indent = 12, 20.5, 2 * 12
        if p.startswith("各位代表："):
            indent = 0.0
        lines = wrap(p, F, size, width, indent)
        for k, ln in enumerate(lines):
            if y[0] < bottom:
                newpage()
            c.setFont(F, size)
            c.drawString(left + (indent if k == 0 else 0), y[0], ln)
            y[0] -= lead
        y[0] -= 3
    return page[0]


def build_pdf():
    paras = paragraphs("nanshan-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736474400"  # document dates 2025-01-10 (reproducible build)
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    # pass 1: count pages (footer "n / N" needs the total)
    import io
    probe = canvas.Canvas(io.BytesIO(), pagesize=A4)
    total = layout_pdf(paras, probe, 0, F)
    c = canvas.Canvas(str(OUT / "nanshan-2025.pdf"), pagesize=A4)
    c.setTitle("深圳市南山区2025年政府工作报告")
    c.setAuthor("南山区人民政府办公室")
    c.setSubject("深圳市南山区第八届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;南山区;2025")
    c.setCreator("南山区人民政府办公室")
    n = layout_pdf(paras, c, total, F)
    assert n == total
    c.save()


# ------------------------------------------------------------------ DOCX (baoan-2025)
def set_east_asian_font(run, font="宋体"):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def add_page_number(paragraph):
    paragraph.add_run("- ")
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
    paragraph.add_run(" -")


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
    paras = paragraphs("baoan-2025.txt")
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
    cp.title = "2025年宝安区政府工作报告"
    cp.author = "宝安区人民政府办公室"
    cp.subject = "深圳市宝安区第八届人民代表大会第五次会议"
    cp.keywords = "政府工作报告;宝安区;2025"
    cp.created = datetime.datetime(2025, 1, 8, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 14, 16, 30, 0)
    cp.last_modified_by = "宝安区人民政府办公室"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "深圳市宝安区人民政府　2025年政府工作报告"
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
        if m and not p.startswith(("各位代表", "现在", "过去一年")) and not re.match(r"^[一二三四五六七]是", p):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        else:
            q.add_run(p)
    doc.save(OUT / "baoan-2025.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_html()
    build_pdf()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
