"""Build the three corpus files of the xiamen eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/xiamen/source/make_corpus.py
  source/siming-2025.txt -> corpus/siming-2025.pdf  (reportlab, A4, CJK TTF; lines of a fixed width that break inside
                                                     words and numbers; centred running header over a single rule;
                                                     footer "第 n 页"; the " | " rows become a two-column indicator
                                                     table drawn as text between horizontal rules)
  source/huli-2024.txt   -> corpus/huli-2024.html   (saved portal page, UTF-8, "saved from url" comment; top bar,
                                                     navigation, breadcrumb, info line, share bar, 打印 / 关闭,
                                                     相关链接, footer; report text as <p> inside nested <div>s; the
                                                     " | " rows become one HTML <table>)
  source/huli-2025.txt   -> corpus/huli-2025.docx   (python-docx; every paragraph in the Normal style — the title, the
                                                     part headings and the "（一）…" headings are ordinary paragraphs
                                                     with bold runs, no Heading styles —; the " | " rows become one
                                                     Word table; fixed core properties and zip entry dates)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx properties and zip
entry dates, no timestamps in the HTML.
Technique adapted from eval/changsha/source/make_corpus.py and eval/wuhan/source/make_corpus.py.
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

PDF_HEAD = "厦门市思明区2025年政府工作报告"


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


# ------------------------------------------------------------------ PDF (siming-2025)
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


LEFT, RIGHT, TOP, BOTTOM = 73, 73, 100, 82


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawCentredString(W / 2, H - 58, PDF_HEAD)
        c.setLineWidth(0.5)
        c.line(LEFT, H - 64, W - RIGHT, H - 64)
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 46, f"第 {page[0]} 页")

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = H - TOP
        furniture()

    furniture()
    n = 0
    for kind, x in table_runs(paras):
        if kind == "t":
            # a two-column indicator table drawn as text between horizontal rules
            lead = 19
            if y[0] - lead * (len(x) + 1) < BOTTOM:
                newpage()
            c.setLineWidth(0.8)
            c.line(LEFT + 12, y[0] + 14, W - RIGHT - 12, y[0] + 14)
            for k, row in enumerate(x):
                c.setFont(F, 11)
                c.drawString(LEFT + 24, y[0], row[0])
                c.drawString(LEFT + 196, y[0], row[1])
                if k == 0:
                    c.setLineWidth(0.4)
                    c.line(LEFT + 12, y[0] - 6, W - RIGHT - 12, y[0] - 6)
                y[0] -= lead
            c.setLineWidth(0.8)
            c.line(LEFT + 12, y[0] + 13, W - RIGHT - 12, y[0] + 13)
            y[0] -= 8
            continue
        p = x
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
    paras = paragraphs("siming-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736208000"  # 2025-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "siming-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("厦门市思明区2025年政府工作报告")
    c.setAuthor("思明区人民政府办公室")
    c.setSubject("厦门市思明区第十八届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;思明区;2025")
    c.setCreator("思明区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ------------------------------------------------------------------ HTML (huli-2024, UTF-8)
URL = "https://www.huli.gov.cn/xxgk/zfxxgkzl/zfgzbg/202401/t20240116_1028754.htm"
HTML_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="厦门市湖里区人民政府">
<meta name="SiteDomain" content="www.huli.gov.cn">
<meta name="SiteIDCode" content="3502060004">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2024年湖里区政府工作报告">
<meta name="PubDate" content="2024-01-16 09:12">
<meta name="ContentSource" content="湖里区人民政府办公室">
<meta name="Keywords" content="政府工作报告 湖里区 2024">
<title>2024年湖里区政府工作报告_政府工作报告_厦门市湖里区人民政府</title>
<link rel="stylesheet" type="text/css" href="./2024年湖里区政府工作报告_files/common.css">
<link rel="stylesheet" type="text/css" href="./2024年湖里区政府工作报告_files/article.css">
<script type="text/javascript" src="./2024年湖里区政府工作报告_files/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<span class="welcome">欢迎访问厦门市湖里区人民政府网站</span>
<span class="top-links"><a href="https://www.huli.gov.cn/">网站首页</a> | <a href="javascript:;" id="StranLink">繁體版</a> |
<a href="javascript:;" class="wza">无障碍浏览</a> | <a href="javascript:;" class="lnb">关怀版</a> |
<a href="https://www.huli.gov.cn/m/">移动版</a> | <a href="https://www.huli.gov.cn/zwwx/">政务微信</a></span>
</div></div>
<div class="head"><div class="wrap">
<a class="logo" href="https://www.huli.gov.cn/"><img src="./2024年湖里区政府工作报告_files/logo.png" alt="厦门市湖里区人民政府"></a>
<div class="search"><form action="https://www.huli.gov.cn/search/" method="get" target="_blank">
<input type="text" name="keyword" value="" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div>
</div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="https://www.huli.gov.cn/">首页</a></li><li><a href="https://www.huli.gov.cn/zjhl/">走进湖里</a></li>
<li class="cur"><a href="https://www.huli.gov.cn/xxgk/">政府信息公开</a></li><li><a href="https://www.huli.gov.cn/zwfw/">政务服务</a></li>
<li><a href="https://www.huli.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.huli.gov.cn/tzhl/">投资湖里</a></li>
<li><a href="https://www.huli.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="wrap main">
<div class="crumb">您现在的位置：<a href="https://www.huli.gov.cn/">首页</a> &gt; <a href="https://www.huli.gov.cn/xxgk/">政府信息公开</a>
&gt; <a href="https://www.huli.gov.cn/xxgk/zfxxgkzl/">政府信息公开专栏</a> &gt; <a href="https://www.huli.gov.cn/xxgk/zfxxgkzl/zfgzbg/">政府工作报告</a></div>
<div class="article-box">
<h2 class="article-title">2024年湖里区政府工作报告</h2>
<div class="article-info"><span>发布日期：2024-01-16</span> <span>来源：湖里区人民政府办公室</span>
<span>访问量：<em id="hits">2751</em></span>
<span class="font-ctrl">字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span></div>
<div class="share">分享到：<a class="bds_weixin" title="分享到微信">微信</a> <a class="bds_tsina" title="分享到新浪微博">新浪微博</a>
<a class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>
<div class="article-content" id="Zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
"""

HTML_TAIL = """</div></div>
</div>
<div class="article-tools"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a>
<a href="#top">[返回顶部]</a></div>
<div class="article-pn"><p>上一篇：<a href="https://www.huli.gov.cn/xxgk/zfxxgkzl/zfgzbg/202301/">2023年湖里区政府工作报告</a></p>
<p>下一篇：<a href="https://www.huli.gov.cn/xxgk/zcjd/202401/">图解：2024年湖里区政府工作报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="https://www.huli.gov.cn/xxgk/zfxxgkzl/zfgzbg/202301/">2023年湖里区政府工作报告</a></li>
<li><a href="https://www.xm.gov.cn/zwgk/zfgzbg/">2024年厦门市政府工作报告</a></li>
<li><a href="https://www.siming.gov.cn/">2024年思明区政府工作报告</a></li>
<li><a href="https://www.xmjm.gov.cn/">2024年集美区政府工作报告</a></li>
<li><a href="https://www.huli.gov.cn/xxgk/ghxx/">厦门市湖里区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></li>
</ul></div>
</div>
<div class="footer"><div class="wrap">
<p><a href="https://www.huli.gov.cn/gywm/">关于我们</a> | <a href="https://www.huli.gov.cn/wzdt/">网站地图</a> |
<a href="https://www.huli.gov.cn/lxwm/">联系我们</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：厦门市湖里区人民政府办公室　承办单位：湖里区大数据服务中心</p>
<p>地址：厦门市湖里区金山路　联系电话：0592-5712345</p>
<p>网站标识码：3502060004　<a href="https://beian.miit.gov.cn/">闽ICP备05018769号-1</a>　闽公网安备 35020602000211号</p>
</div></div>
<script type="text/javascript">function doZoom(s){document.getElementById('Zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    body = []
    n = 0
    for kind, x in table_runs(paragraphs("huli-2024.txt")):
        if kind == "t":
            t = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" '
                 'style="border-collapse: collapse; width: 90%;">', "<tbody>"]
            for k, row in enumerate(x):
                if k == 0:
                    cells = "".join(f'<td style="text-align: center;"><b>{esc(c)}</b></td>' for c in row)
                else:
                    cells = "".join(f'<td style="text-align: {"left" if j == 0 else "center"};">{esc(c)}</td>'
                                    for j, c in enumerate(row))
                t.append(f"<tr>{cells}</tr>")
            t.append("</tbody></table>")
            body.append("\n".join(t))
            continue
        n += 1
        p, e = x, esc(x)
        if n == 1:
            body.append(f'<p style="text-align: center;"><b>{e}</b></p>')
        elif n in (2, 3):
            body.append(f'<p style="text-align: center;">{e}</p>')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            body.append(f'<p style="text-indent: 2em;"><b>{e}</b></p>')
        elif p.startswith("各位代表："):
            body.append(f"<p>{e}</p>")
        else:
            body.append(f'<p style="text-indent: 2em;">{e}</p>')
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "huli-2024.html").write_bytes(text.encode("utf-8"))


# ------------------------------------------------------------------ DOCX (huli-2025)
FIXED = datetime.datetime(2025, 1, 8, 9, 30, 0)


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
    for kind, x in table_runs(paragraphs("huli-2025.txt")):
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
                    for run in para.runs:
                        run.font.size = Pt(12)
                        if r == 0:
                            run.bold = True
            continue
        n += 1
        p = x
        para = doc.add_paragraph()
        if n == 1:
            run = para.add_run(p)
            run.bold = True
            run.font.size = Pt(22)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif n in (2, 3):
            para.add_run(p)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif PART_RE.match(p):
            run = para.add_run(p)
            run.bold = True
            run.font.name = "黑体"
            run.element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
            para.paragraph_format.first_line_indent = Pt(32)
        elif SUB_RE.match(p) and len(p) < 30:
            run = para.add_run(p)
            run.bold = True
            para.paragraph_format.first_line_indent = Pt(32)
        else:
            para.add_run(p)
            if not p.startswith("各位代表："):
                para.paragraph_format.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "厦门市湖里区2025年政府工作报告"
    cp.author = "湖里区人民政府办公室"
    cp.last_modified_by = "湖里区人民政府办公室"
    cp.subject = "厦门市湖里区第十届人民代表大会第五次会议"
    cp.keywords = "政府工作报告;湖里区;2025"
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "huli-2025.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_html()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
