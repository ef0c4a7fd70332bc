"""Build the three corpus files of the wuhan eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/wuhan/source/make_corpus.py
  source/jianghan-2024.txt -> corpus/jianghan-2024.html (saved portal page, **GBK bytes**, meta charset=gb2312,
                                                         "saved from url" comment; navigation, breadcrumb, info line,
                                                         share bar, 相关链接, footer; report text in Word-pasted
                                                         <p><span> markup, the date line's dashes as &mdash;; the " | "
                                                         rows become one HTML <table>)
  source/jianghan-2025.txt -> corpus/jianghan-2025.docx (python-docx: Title / Heading 1 / Heading 2 styles, the " | "
                                                         rows become one real Word table, fixed core properties and
                                                         fixed zip timestamps)
  source/caidian-2025.txt  -> corpus/caidian-2025.pdf   (reportlab, A4, CJK TTF, fixed-width lines that break inside
                                                         words and numbers, centred running header over a rule,
                                                         footer "— n —")

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (reportlab invariant mode), fixed docx properties and zip entry dates, no
timestamps in the HTML. Technique adapted from eval/qingdao/source/make_corpus.py.
"""
import datetime
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

PDF_HEAD = "2025年蔡甸区政府工作报告"


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


# ------------------------------------------------------------------ HTML (jianghan-2024, GBK)
HTML_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0064)http://www.jianghan.gov.cn/zwgk/zfgzbg/202401/t20240115_2341187.shtml -->
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="SiteName" content="武汉市江汉区人民政府">
<meta name="SiteDomain" content="www.jianghan.gov.cn">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2024年江汉区政府工作报告">
<meta name="PubDate" content="2024-01-15 10:20">
<meta name="ContentSource" content="江汉区人民政府办公室">
<meta name="Keywords" content="政府工作报告 江汉区 2024">
<title>2024年江汉区政府工作报告_政府工作报告_武汉市江汉区人民政府</title>
<link rel="stylesheet" type="text/css" href="./2024年江汉区政府工作报告_files/common.css">
<script type="text/javascript" src="./2024年江汉区政府工作报告_files/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="left">欢迎访问武汉市江汉区人民政府门户网站</span>
<span class="right"><a href="http://www.jianghan.gov.cn/wza/">无障碍</a> | <a href="javascript:void(0);">长者模式</a> |
<a href="javascript:void(0);" id="StranLink">繁體版</a> | <a href="http://www.jianghan.gov.cn/wap/">手机版</a> |
<a href="http://www.jianghan.gov.cn/wb/">官方微博</a></span>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="http://www.jianghan.gov.cn/"><img src="./2024年江汉区政府工作报告_files/logo.png" alt="武汉市江汉区人民政府"></a>
<form class="search" action="http://www.jianghan.gov.cn/search/"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form>
</div></div>
<div class="nav"><ul>
<li><a href="http://www.jianghan.gov.cn/">首页</a></li><li><a href="http://www.jianghan.gov.cn/zjjh/">走进江汉</a></li>
<li><a href="http://www.jianghan.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.jianghan.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.jianghan.gov.cn/hdjl/">互动交流</a></li><li><a href="http://www.jianghan.gov.cn/tzjh/">投资江汉</a></li>
<li><a href="http://www.jianghan.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="http://www.jianghan.gov.cn/">首页</a> &gt; <a href="http://www.jianghan.gov.cn/zwgk/">政务公开</a> &gt;
<a href="http://www.jianghan.gov.cn/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="detail">
<h2 class="detail-title">2024年江汉区政府工作报告</h2>
<div class="detail-info"><span>发布时间：2024-01-15 10:20</span> <span>信息来源：江汉区人民政府办公室</span>
<span>阅读次数：<font id="hits">8342</font></span> <span>【字体：<a href="javascript:setFont(18);">大</a>
<a href="javascript:setFont(16);">中</a> <a href="javascript:setFont(14);">小</a>】</span></div>
<div class="share">分享到：<a class="wx" title="微信">微信</a> <a class="wb" title="新浪微博">微博</a> <a class="qq" title="QQ空间">QQ空间</a></div>
<div class="TRS_Editor" id="zoom">
"""

HTML_TAIL = """</div>
<div class="detail-tools"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a>
<a href="#top">[返回顶部]</a></div>
<div class="pager"><p>上一篇：<a href="http://www.jianghan.gov.cn/zwgk/zfgzbg/202301/">2023年江汉区政府工作报告</a></p>
<p>下一篇：<a href="http://www.jianghan.gov.cn/zwgk/zcjd/202401/">图解：2024年江汉区政府工作报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.jianghan.gov.cn/zwgk/zfgzbg/202301/">2023年江汉区政府工作报告</a></li>
<li><a href="http://www.wuhan.gov.cn/">2024年武汉市政府工作报告</a></li>
<li><a href="http://www.jiangan.gov.cn/">2024年江岸区政府工作报告</a></li>
<li><a href="http://www.caidian.gov.cn/">2024年蔡甸区政府工作报告</a></li>
<li><a href="http://www.jianghan.gov.cn/zwgk/ghjh/">江汉区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></li>
</ul></div>
</div></div>
<div class="footer"><div class="w1200">
<p><a href="http://www.jianghan.gov.cn/lxwm/">联系我们</a> | <a href="http://www.jianghan.gov.cn/wzdt/">网站地图</a> |
<a href="http://www.jianghan.gov.cn/sysm/">使用说明</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办：武汉市江汉区人民政府办公室　承办：江汉区政务服务和大数据管理局</p>
<p>版权所有：武汉市江汉区人民政府　地址：武汉市江汉区新华路</p>
<p><a href="https://beian.miit.gov.cn/">鄂ICP备05003321号-1</a>　鄂公网安备 42010302000457号　网站标识码：4201030005</p>
</div></div>
<script type="text/javascript">function setFont(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def esc(s):
    return html.escape(s, quote=False).replace("——", "&mdash;&mdash;")


def span(s):
    return f'<span style="font-family: 仿宋_GB2312; font-size: 16pt;">{s}</span>'


def build_html():
    body = []
    n = 0
    for kind, x in table_runs(paragraphs("jianghan-2024.txt")):
        if kind == "t":
            t = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" '
                 'style="border-collapse: collapse;"><tbody>']
            for k, row in enumerate(x):
                cells = "".join(
                    f'<td width="140" valign="center"><p class="MsoNormal" align="center">'
                    f'{"<b>" + esc(c) + "</b>" if k == 0 else esc(c)}</p></td>' for c in row)
                t.append(f"<tr>{cells}</tr>")
            t.append("</tbody></table>")
            body.append("\n".join(t))
            continue
        n += 1
        p, e = x, esc(x)
        if n == 1:
            body.append(f'<p class="MsoNormal" align="center"><b>{span(e)}</b></p>')
        elif n in (2, 3):
            body.append(f'<p class="MsoNormal" align="center">{span(e)}</p>')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            body.append(f'<p class="MsoNormal" style="text-indent: 32pt;"><b>{span(e)}</b></p>')
        else:
            body.append(f'<p class="MsoNormal" style="text-indent: 32pt;">{span(e)}</p>')
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "jianghan-2024.html").write_bytes(text.encode("gbk"))


# ------------------------------------------------------------------ DOCX (jianghan-2025)
FIXED = datetime.datetime(2025, 1, 7, 9, 0, 0)


def build_docx():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    n = 0
    for kind, x in table_runs(paragraphs("jianghan-2025.txt")):
        if kind == "t":
            tb = doc.add_table(rows=len(x), cols=len(x[0]))
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(x):
                for c, val in enumerate(row):
                    cell = tb.cell(r, c)
                    cell.text = val
                    para = cell.paragraphs[0]
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if r == 0:
                        for run in para.runs:
                            run.bold = True
            continue
        n += 1
        p = x
        if n == 1:
            doc.add_paragraph(p, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif n in (2, 3):
            doc.add_paragraph(p).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif PART_RE.match(p):
            doc.add_paragraph(p, style="Heading 1")
        elif SUB_RE.match(p) and len(p) < 30:
            doc.add_paragraph(p, style="Heading 2")
        else:
            para = doc.add_paragraph(p)
            if not p.startswith("各位代表："):
                para.paragraph_format.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "武汉市江汉区2025年政府工作报告"
    cp.author = "江汉区人民政府办公室"
    cp.last_modified_by = "江汉区人民政府办公室"
    cp.subject = "武汉市江汉区第十七届人民代表大会第五次会议"
    cp.keywords = "政府工作报告;江汉区;2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry dates: byte-reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "jianghan-2025.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ PDF (caidian-2025)
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


LEFT, RIGHT, TOP, BOTTOM = 83, 83, 100, 84


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawCentredString(W / 2, H - 58, PDF_HEAD)
        c.setLineWidth(0.6)
        c.line(LEFT, H - 63, W - RIGHT, H - 63)
        c.setFont(F, 11)
        c.drawCentredString(W / 2, 46, f"— {page[0]} —")

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
        elif SUB_RE.match(p) and len(p) < 30:
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
    paras = paragraphs("caidian-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736380800"  # 2025-01-09 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "caidian-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("武汉市蔡甸区2025年政府工作报告")
    c.setAuthor("蔡甸区人民政府办公室")
    c.setSubject("武汉市蔡甸区第十届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;蔡甸区;2025")
    c.setCreator("蔡甸区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_html()
    build_docx()
    build_pdf()
    print("built", sorted(x.name for x in OUT.iterdir()))
