"""Build the three corpus files of the hefei eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/hefei/source/make_corpus.py
  source/shushan-2023.txt -> corpus/shushan-2023.docx (python-docx; the 2022 indicator table is a real Word table)
  source/shushan-2024.txt -> corpus/shushan-2024.html (saved web page, UTF-8, portal furniture)
  source/feixi-2024.txt   -> corpus/feixi-2024.pdf    (reportlab, A4, CJK TTF, fixed-width lines, header + footer)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
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
LEAD_RE = re.compile(r"^([^。：；，]{2,16}。)")
DASH_LEAD_RE = re.compile(r"^(——[^。：；，]{2,14}。)")
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ PDF (feixi-2024)
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
    paras = paragraphs("feixi-2024.txt")
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    W, H = A4
    left, right, top, bottom = 80, 80, 92, 78
    width = W - left - right
    c = canvas.Canvas(str(OUT / "feixi-2024.pdf"), pagesize=A4)
    c.setTitle("肥西县2024年政府工作报告")
    c.setAuthor("肥西县人民政府办公室")
    c.setSubject("肥西县第十八届人民代表大会第三次会议")
    page = [1]
    y = [H - top]

    def furniture():
        c.setFont(F, 9)
        c.drawString(left, H - 52, "肥西县人民政府")
        c.drawRightString(W - right, H - 52, "政府工作报告（2024年）")
        c.setLineWidth(0.6)
        c.line(left, H - 58, W - right, H - 58)
        c.setFont(F, 10.5)
        c.drawCentredString(W / 2, 40, f"— {page[0]} —")

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


# ------------------------------------------------------------------ HTML (shushan-2024, UTF-8)
HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="合肥市蜀山区人民政府">
<meta name="SiteDomain" content="www.shushan.gov.cn">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2024年蜀山区政府工作报告">
<meta name="PubDate" content="2024-01-16 10:05">
<meta name="ContentSource" content="区政府办公室">
<title>2024年蜀山区政府工作报告_政府工作报告_合肥市蜀山区人民政府</title>
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/xxgk-detail.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container">
<span class="welcome">您好，欢迎访问合肥市蜀山区人民政府网站！</span>
<span class="today">2024年1月16日 星期二</span>
<span class="links"><a href="javascript:;" class="wza">无障碍</a> | <a href="javascript:;" class="older">适老化模式</a> | <a href="javascript:;" class="jft">繁體</a> | <a href="/wap/">手机版</a> | <a href="/weixin/">微信</a> | <a href="/weibo/">微博</a> | <a href="/user/login">个人登录</a> | <a href="/corp/login">法人登录</a></span>
</div></div>
<div class="header"><div class="container">
<a class="logo" href="/"><img src="/static/img/logo.png" alt="合肥市蜀山区人民政府"></a>
<form class="search" action="/site/search" method="get"><input type="text" name="q" placeholder="请输入您要搜索的内容"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><div class="container"><ul>
<li><a href="/">首页</a></li><li><a href="/zjss/">走进蜀山</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li><li><a href="/yshj/">营商环境</a></li>
</ul></div></div>
<div class="container">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/public/">法定主动公开内容</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<table class="gk-meta">
<tr><th>索引号：</th><td>003196212/202401-00007</td><th>信息分类：</th><td>政府工作报告</td></tr>
<tr><th>发布机构：</th><td>蜀山区人民政府办公室</td><th>生成日期：</th><td>2024-01-16</td></tr>
<tr><th>信息名称：</th><td colspan="3">2024年蜀山区政府工作报告</td></tr>
<tr><th>文号：</th><td></td><th>关键词：</th><td>政府工作报告</td></tr>
<tr><th>发布日期：</th><td>2024-01-16</td><th>有效性：</th><td>有效</td></tr>
</table>
<div class="detail">
<h1 class="detail-title">2024年蜀山区政府工作报告</h1>
<div class="detail-info">
<span>发布时间：2024-01-16 10:05</span><span>来源：区政府办公室</span><span>浏览次数：<em id="hits">3862</em></span>
<span class="fontsize">字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</span>
<span class="share">分享：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></span>
</div>
<div class="j-fontContent article-content" id="zoom">
"""

HTML_TAIL = """</div>
<div class="detail-share"><span>分享到：</span><a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a>
<div class="detail-tools"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a> <a href="javascript:window.scrollTo(0,0);">[顶部]</a></div></div>
<div class="doc-prev-next"><p>上一篇：<a href="/zwgk/zfgzbg/202301/t20230116_5410832.html">2023年蜀山区政府工作报告</a></p><p>下一篇：无</p></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="/zwgk/zfgzbg/202301/t20230116_5410832.html">2023年蜀山区政府工作报告</a><span>2023-01-16</span></li>
<li><a href="/zwgk/zcjd/202401/t20240117_5872301.html">一图读懂2024年蜀山区政府工作报告</a><span>2024-01-17</span></li>
<li><a href="/zwgk/ghjh/202401/t20240116_5871866.html">关于蜀山区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告</a><span>2024-01-16</span></li>
<li><a href="/zwgk/ghjh/202101/t20210121_3988215.html">合肥市蜀山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a><span>2021-01-21</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="container">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/sybz/">使用帮助</a> | <a href="/jcjy/">我要纠错</a></p>
<p>主办：合肥市蜀山区人民政府办公室　承办：蜀山区数据资源管理局</p>
<p>版权所有：合肥市蜀山区人民政府　地址：合肥市蜀山区长江西路599号</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05012817号-1</a>　皖公网安备 34010402700815号　网站标识码：3401040006</p>
</div></div>
<script src="/static/js/share.js"></script>
<script src="/static/js/fontsize.js"></script>
</body>
</html>
"""


def build_html():
    paras = paragraphs("shushan-2024.txt")
    out = [HTML_HEAD]
    e = html.escape
    for i, p in enumerate(paras):
        if i == 0:
            out.append(f'<p style="text-align:center;"><strong>{e(p)}</strong></p>\n')
        elif i in (1, 2):
            out.append(f'<p style="text-align:center;">{e(p)}</p>\n')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 40):
            out.append(f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>\n')
        elif len(p) < 20 and "，" in p and "。" not in p:  # unnumbered review sub-headings
            out.append(f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>\n')
        else:
            m = LEAD_RE.match(p) or DASH_LEAD_RE.match(p)
            if m and not p.startswith("各位代表") and not re.match(r"^[一二三四五六七]是", p):
                k = len(m.group(1))
                out.append(f'<p style="text-indent:2em;"><strong>{e(p[:k])}</strong>{e(p[k:])}</p>\n')
            else:
                out.append(f'<p style="text-indent:2em;">{e(p)}</p>\n')
    out.append(HTML_TAIL)
    (OUT / "shushan-2024.html").write_bytes("".join(out).encode("utf-8"))


# ------------------------------------------------------------------ DOCX (shushan-2023)
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
            r.font.size = Pt(11)
            set_east_asian_font(r, "仿宋_GB2312")
            if i == 0:
                r.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER


def build_docx():
    paras = paragraphs("shushan-2023.txt")
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
    cp.title = "2023年蜀山区政府工作报告"
    cp.author = "蜀山区人民政府办公室"
    cp.subject = "合肥市蜀山区第十九届人民代表大会第一次会议"
    cp.keywords = "政府工作报告;蜀山区;2023"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "合肥市蜀山区人民政府"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(fp)

    in_plan = False
    i = 0
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
        if i == 1:
            h = doc.add_paragraph(style="Title")
            r = h.add_run(p)
            set_east_asian_font(r, "方正小标宋简体")
            h.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if i in (2, 3):
            q = doc.add_paragraph()
            r = q.add_run(p)
            r.font.size = Pt(13)
            set_east_asian_font(r, "楷体_GB2312")
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if PART_RE.match(p):
            in_plan = not p.startswith("一、")
            h = doc.add_heading(level=1)
            r = h.add_run(p)
            set_east_asian_font(r, "黑体")
            continue
        if SUB_RE.match(p) and len(p) < 40:
            if not in_plan:
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
        if m and not p.startswith("各位代表") and not re.match(r"^[一二三四五六七]是", p):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        else:
            q.add_run(p)
    doc.save(OUT / "shushan-2023.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_html()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
