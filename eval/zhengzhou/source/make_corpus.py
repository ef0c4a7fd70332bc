"""Build the three corpus files of the zhengzhou eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/zhengzhou/source/make_corpus.py
  source/zhongmou-2024.txt  -> corpus/zhongmou-2024.docx (python-docx: title in the Title style, date line and "县长 …"
                                                          centred, part headings "一、…" in Heading 1, "（一）…" headings
                                                          in Heading 2 — headings are separate paragraphs —, body
                                                          paragraphs with a 32 pt first-line indent; the " | " rows
                                                          become one real Word table; fixed core properties and zip
                                                          entry dates)
  source/zhongmou-2025.txt  -> corpus/zhongmou-2025.pdf  (reportlab, A4, CJK TTF, fixed-width lines that break inside
                                                          words and numbers, centred running header over a rule,
                                                          footer "- n -")
  source/xinzheng-2025.txt  -> corpus/xinzheng-2025.html (saved portal page, **GB2312 bytes**, <meta charset="gb2312">,
                                                          "saved from url" comment; top bar, navigation, breadcrumb,
                                                          info line, share bar, 相关链接, footer; report text one <p>
                                                          per paragraph; characters outside GB2312 ("—", "·") written as
                                                          named entities; the " | " rows become one HTML <table>)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties and zip
entry dates, no timestamps in the HTML. Technique adapted from eval/wuhan/source/make_corpus.py and
eval/changsha/source/make_corpus.py.
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

PDF_HEAD = "中牟县2025年政府工作报告"


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


def is_heading2(p):
    return bool(SUB_RE.match(p)) and len(p) < 30 and not p.endswith("。")


# ------------------------------------------------------------------ DOCX (zhongmou-2024)
FIXED = datetime.datetime(2024, 1, 9, 9, 0, 0)


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
    for kind, x in table_runs(paragraphs("zhongmou-2024.txt")):
        if kind == "t":
            tb = doc.add_table(rows=len(x), cols=len(x[0]))
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(x):
                for c, val in enumerate(row):
                    cell = tb.cell(r, c)
                    cell.text = val
                    para = cell.paragraphs[0]
                    para.alignment = WD_ALIGN_PARAGRAPH.LEFT if (c == 0 and r > 0) else WD_ALIGN_PARAGRAPH.CENTER
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
        elif is_heading2(p):
            doc.add_paragraph(p, style="Heading 2")
        else:
            para = doc.add_paragraph(p)
            if not p.startswith("各位代表："):
                para.paragraph_format.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "中牟县2024年政府工作报告"
    cp.author = "中牟县人民政府办公室"
    cp.last_modified_by = "中牟县人民政府办公室"
    cp.subject = "中牟县第十七届人民代表大会第三次会议"
    cp.keywords = "政府工作报告;中牟县;2024"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 2
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry dates: byte-reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 9, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "zhongmou-2024.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ PDF (zhongmou-2025)
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


LEFT, RIGHT, TOP, BOTTOM = 91, 91, 100, 84


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawCentredString(W / 2, H - 58, PDF_HEAD)
        c.setLineWidth(0.5)
        c.line(LEFT, H - 63, W - RIGHT, H - 63)
        c.setFont(F, 11)
        c.drawCentredString(W / 2, 46, f"- {page[0]} -")

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
        elif is_heading2(p):
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
    paras = paragraphs("zhongmou-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736208000"  # 2025-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "zhongmou-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("中牟县2025年政府工作报告")
    c.setAuthor("中牟县人民政府办公室")
    c.setSubject("中牟县第十七届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;中牟县;2025")
    c.setCreator("中牟县人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ------------------------------------------------------------------ HTML (xinzheng-2025, GB2312)
URL = "http://www.xinzheng.gov.cn/zwgk/zfgzbg/202501/t20250115_3186425.html"
HTML_HEAD = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta charset="gb2312">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="新郑市人民政府">
<meta name="SiteDomain" content="www.xinzheng.gov.cn">
<meta name="SiteIDCode" content="4101840014">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2025年新郑市政府工作报告">
<meta name="PubDate" content="2025-01-15 17:05">
<meta name="ContentSource" content="新郑市人民政府办公室">
<meta name="Keywords" content="政府工作报告,新郑市,2025">
<title>2025年新郑市政府工作报告 - 新郑市人民政府</title>
<link rel="stylesheet" type="text/css" href="./2025年新郑市政府工作报告_files/style.css">
<script type="text/javascript" src="./2025年新郑市政府工作报告_files/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap">
<span class="welcome">您好，欢迎访问新郑市人民政府网站！</span>
<span class="links"><a href="http://www.xinzheng.gov.cn/wza/">无障碍浏览</a> | <a href="javascript:void(0);">关怀版</a> |
<a href="javascript:void(0);" id="fjt">繁体</a> | <a href="http://www.xinzheng.gov.cn/m/">手机版</a> |
<a href="http://www.xinzheng.gov.cn/wx/">政务微信</a></span>
</div></div>
<div class="head"><div class="wrap">
<a class="logo" href="http://www.xinzheng.gov.cn/"><img src="./2025年新郑市政府工作报告_files/logo.png" alt="新郑市人民政府"></a>
<form class="sform" action="http://www.xinzheng.gov.cn/search/" method="get"><input type="text" name="q" value="站内搜索"><button type="submit">搜索</button></form>
</div></div>
<div class="menu"><ul>
<li><a href="http://www.xinzheng.gov.cn/">网站首页</a></li><li><a href="http://www.xinzheng.gov.cn/zjxz/">走进新郑</a></li>
<li><a href="http://www.xinzheng.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.xinzheng.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.xinzheng.gov.cn/hdjl/">互动交流</a></li><li><a href="http://www.xinzheng.gov.cn/hdwh/">黄帝文化</a></li>
<li><a href="http://www.xinzheng.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="wrap main">
<div class="position">您现在的位置：<a href="http://www.xinzheng.gov.cn/">首页</a> &gt; <a href="http://www.xinzheng.gov.cn/zwgk/">政务公开</a> &gt;
<a href="http://www.xinzheng.gov.cn/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article">
<h2 class="art-title">2025年新郑市政府工作报告</h2>
<div class="art-info"><span>发布日期：2025-01-15 17:05</span> <span>来源：新郑市人民政府办公室</span>
<span>浏览量：<em id="views">6217</em></span> <span>字号：<a href="javascript:fontZoom(18);">大</a>
<a href="javascript:fontZoom(16);">中</a> <a href="javascript:fontZoom(14);">小</a></span></div>
<div class="share-bar">分享到：<a class="wx" title="微信">微信</a> <a class="wb" title="微博">微博</a> <a class="qzone" title="QQ空间">QQ空间</a></div>
<div class="art-con" id="zoom">
"""

HTML_TAIL = """</div>
<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="art-pager"><p>上一篇：<a href="http://www.xinzheng.gov.cn/zwgk/zfgzbg/202401/">2024年新郑市政府工作报告</a></p>
<p>下一篇：<a href="http://www.xinzheng.gov.cn/zwgk/zcjd/202501/">图解：2025年新郑市政府工作报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.xinzheng.gov.cn/zwgk/zfgzbg/202401/">2024年新郑市政府工作报告</a></li>
<li><a href="http://www.zhengzhou.gov.cn/">2025年郑州市政府工作报告</a></li>
<li><a href="http://www.zhongmou.gov.cn/">2025年中牟县政府工作报告</a></li>
<li><a href="http://www.xinmi.gov.cn/">2025年新密市政府工作报告</a></li>
<li><a href="http://www.xinzheng.gov.cn/zwgk/ghjh/">新郑市国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要</a></li>
</ul></div>
</div></div>
<div class="foot"><div class="wrap">
<p><a href="http://www.xinzheng.gov.cn/lxwm/">联系我们</a> | <a href="http://www.xinzheng.gov.cn/wzdt/">网站地图</a> |
<a href="http://www.xinzheng.gov.cn/wzsm/">网站声明</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：新郑市人民政府办公室　承办单位：新郑市大数据管理局</p>
<p>地址：新郑市人民路　联系电话：0371-62691234</p>
<p><a href="https://beian.miit.gov.cn/">豫ICP备05016688号-1</a>　豫公网安备 41018402000123号　网站标识码：4101840014</p>
</div></div>
<script type="text/javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""

ENT = {"—": "&mdash;", "·": "&middot;"}


def esc(s):
    s = html.escape(s, quote=False)
    for ch, e in ENT.items():
        s = s.replace(ch, e)
    return s


def build_html():
    body = []
    n = 0
    for kind, x in table_runs(paragraphs("xinzheng-2025.txt")):
        if kind == "t":
            t = ['<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">']
            for k, row in enumerate(x):
                cells = "".join(
                    f'<td align="{"left" if (j == 0 and k > 0) else "center"}">'
                    f'{"<strong>" + esc(c) + "</strong>" if k == 0 else esc(c)}</td>' for j, c in enumerate(row))
                t.append(f"<tr>{cells}</tr>")
            t.append("</table>")
            body.append("\n".join(t))
            continue
        n += 1
        p, e = x, esc(x)
        if n == 1:
            body.append(f'<p align="center"><strong>{e}</strong></p>')
        elif n in (2, 3):
            body.append(f'<p align="center">{e}</p>')
        elif PART_RE.match(p) or is_heading2(p):
            body.append(f'<p><strong>{e}</strong></p>')
        elif p.startswith("各位代表："):
            body.append(f"<p>{e}</p>")
        else:
            body.append(f'<p style="text-indent: 2em;">{e}</p>')
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "xinzheng-2025.html").write_bytes(text.encode("gb2312"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
