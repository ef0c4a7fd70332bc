"""Build the three corpus files of the suzhou eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/suzhou/source/make_corpus.py
  source/gusu-2024.txt    -> corpus/gusu-2024.pdf     (reportlab, A4, CJK TTF, fixed-width lines, running header,
                                                       footer "第 n 页", document info)
  source/gusu-2025.txt    -> corpus/gusu-2025.docx    (python-docx; heading styles, the 2024 indicator table is a
                                                       real Word table, header/footer)
  source/wujiang-2025.txt -> corpus/wujiang-2025.html (saved web page, GBK bytes, <meta charset="gb2312">, portal noise)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Adapted from eval/hefei/source/make_corpus.py.
"""
import html
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

PDF_HEAD_L = "苏州市姑苏区人民政府"
PDF_HEAD_R = "2024年政府工作报告"


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ PDF (gusu-2024)
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


def build_pdf():
    paras = paragraphs("gusu-2024.txt")
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    W, H = A4
    left, right, top, bottom = 84, 84, 96, 80
    width = W - left - right
    c = canvas.Canvas(str(OUT / "gusu-2024.pdf"), pagesize=A4)
    c.setTitle("苏州市姑苏区2024年政府工作报告")
    c.setAuthor("姑苏区人民政府办公室")
    c.setSubject("苏州市姑苏区第三届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;姑苏区;2024")
    c.setCreator("姑苏区人民政府办公室")
    page = [1]
    y = [H - top]

    def furniture():
        c.setFont(F, 9)
        c.drawString(left, H - 54, PDF_HEAD_L)
        c.drawRightString(W - right, H - 54, PDF_HEAD_R)
        c.setLineWidth(0.6)
        c.line(left, H - 60, W - right, H - 60)
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 42, f"第 {page[0]} 页")

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
            y[0] -= 50
            continue
        if i in (1, 2):
            c.setFont(F, 12)
            c.drawCentredString(W / 2, y[0], p)
            y[0] -= 24 if i == 1 else 34
            continue
        if PART_RE.match(p):
            size, lead, indent = 15, 25, 0.0
        elif SUB_RE.match(p) and len(p) < 40:
            size, lead, indent = 12.5, 21, 2 * 12.5
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
    c.save()


# ------------------------------------------------------------------ HTML (wujiang-2025, GBK bytes, declared gb2312)
HTML_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta charset="gb2312" />
<meta name="SiteName" content="苏州市吴江区人民政府" />
<meta name="SiteDomain" content="www.wujiang.gov.cn" />
<meta name="ColumnName" content="政府工作报告" />
<meta name="ArticleTitle" content="2025年吴江区政府工作报告" />
<meta name="PubDate" content="2025-01-14 09:30" />
<meta name="ContentSource" content="区政府办公室" />
<title>2025年吴江区政府工作报告-苏州市吴江区人民政府</title>
<link type="text/css" rel="stylesheet" href="/images/wj_style.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200">
<span class="wel">欢迎访问苏州市吴江区人民政府门户网站</span>
<span class="date">2025年01月14日 星期二</span>
<span class="tools"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="zz">长者模式</a> | <a href="javascript:void(0);" id="jft">繁體</a> | <a href="/en/">English</a> | <a href="/wap/">手机版</a> | <a href="/login">登录</a> | <a href="/reg">注册</a></span>
</div></div>
<div class="head"><div class="w1200">
<a href="/" class="logo"><img src="/images/logo_wj.png" alt="苏州市吴江区人民政府" /></a>
<div class="sbox"><input type="text" class="stxt" value="请输入关键字" /><input type="button" class="sbtn" value="搜索" /></div>
</div></div>
<div class="menu"><div class="w1200"><ul>
<li><a href="/">首页</a></li><li><a href="/zjwj/">走进吴江</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/tzwj/">投资吴江</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="w1200">
<div class="position">您当前所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgkml/">政府信息公开目录</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a> &gt; 正文</div>
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><td class="t1">索 引 号：</td><td>014135020/2025-00012</td><td class="t1">主题分类：</td><td>综合政务/政府工作报告</td></tr>
<tr><td class="t1">发布机构：</td><td>吴江区人民政府办公室</td><td class="t1">成文日期：</td><td>2025-01-07</td></tr>
<tr><td class="t1">标　　题：</td><td colspan="3">2025年吴江区政府工作报告</td></tr>
<tr><td class="t1">文　　号：</td><td>无</td><td class="t1">发布日期：</td><td>2025-01-14</td></tr>
<tr><td class="t1">有 效 性：</td><td colspan="3">有效</td></tr>
</table>
<div class="article">
<h1 class="art-title">2025年吴江区政府工作报告</h1>
<div class="art-info">
<span>发布日期：2025-01-14 09:30</span> <span>来源：区政府办公室</span> <span>浏览次数：<script type="text/javascript">document.write("5127");</script></span>
<span class="zh">【字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>】</span>
<span class="fx">分享到：<a class="wx" href="javascript:void(0);">微信</a> <a class="wb" href="javascript:void(0);">微博</a></span>
</div>
<div class="art-con TRS_Editor" id="zoom">
"""

HTML_TAIL = """</div>
<div class="art-share">分享到：<a href="javascript:void(0);">微信</a> <a href="javascript:void(0);">微博</a> <a href="javascript:void(0);">QQ空间</a>
<span class="art-tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】【<a href="javascript:scroll(0,0);">返回顶部</a>】</span></div>
</div>
<div class="xglj">
<h3>相关链接</h3>
<ul>
<li><a href="/zwgk/zfgzbg/202401/t20240112_4821630.html">2024年吴江区政府工作报告</a><span>2024-01-12</span></li>
<li><a href="/zwgk/zcjd/202501/t20250115_5390217.html">图解：2025年吴江区政府工作报告</a><span>2025-01-15</span></li>
<li><a href="/zwgk/ghjh/202501/t20250114_5389902.html">关于吴江区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告</a><span>2025-01-14</span></li>
<li><a href="http://www.suzhou.gov.cn/szsrmzf/zfgzbg/202501/t20250116_0000001.html">2025年苏州市政府工作报告</a><span>2025-01-16</span></li>
<li><a href="/zwgk/ghjh/202103/t20210318_2519804.html">苏州市吴江区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要</a><span>2021-03-18</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/sybz/">使用帮助</a> | <a href="/jc/">纠错</a></p>
<p>主办单位：苏州市吴江区人民政府办公室　承办单位：吴江区大数据管理中心</p>
<p>版权所有：苏州市吴江区人民政府　地址：苏州市吴江区松陵街道中山南路1979号</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备05018176号-1</a>　苏公网安备 32058402000563号　网站标识码：3205840001</p>
</div></div>
<script type="text/javascript" src="/js/share.js"></script>
</body>
</html>
"""


def build_html():
    paras = paragraphs("wujiang-2025.txt")
    out = [HTML_HEAD]
    e = html.escape
    for i, p in enumerate(paras):
        if i == 0:
            out.append(f'<p align="center"><strong>{e(p)}</strong></p>\n')
        elif i in (1, 2):
            out.append(f'<p align="center">{e(p)}</p>\n')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 40) or (p.startswith("——") and len(p) < 20):
            out.append(f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>\n')
        else:
            out.append(f'<p style="text-indent:2em;">{e(p)}</p>\n')
    out.append(HTML_TAIL)
    (OUT / "wujiang-2025.html").write_bytes("".join(out).encode("gbk"))


# ------------------------------------------------------------------ DOCX (gusu-2025)
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
    paras = paragraphs("gusu-2025.txt")
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
    cp.title = "2025年姑苏区政府工作报告"
    cp.author = "姑苏区人民政府办公室"
    cp.subject = "苏州市姑苏区第三届人民代表大会第五次会议"
    cp.keywords = "政府工作报告;姑苏区;2025"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "苏州市姑苏区人民政府　2025年政府工作报告"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
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
        if m and not p.startswith(("各位代表", "现在")) and not re.match(r"^[一二三四五六七]是", p):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        else:
            q.add_run(p)
    doc.save(OUT / "gusu-2025.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_html()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
