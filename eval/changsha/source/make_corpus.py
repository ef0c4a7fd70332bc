"""Build the three corpus files of the changsha eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/changsha/source/make_corpus.py
  source/yuelu-2024.txt   -> corpus/yuelu-2024.pdf     (reportlab, A4, CJK TTF, fixed-width lines that break inside
                                                        words and numbers, left-aligned running header over a rule,
                                                        footer "— n —")
  source/yuelu-2025.txt   -> corpus/yuelu-2025.txt     (plain text as saved from Word as "纯文本": GB18030 bytes, CRLF,
                                                        one line per paragraph, body paragraphs indented with two
                                                        U+3000, a blank line before each part heading; the " | " rows
                                                        become a text table whose cells are separated by two spaces)
  source/tianxin-2025.txt -> corpus/tianxin-2025.html  (saved portal page, UTF-8, "saved from url" comment; top bar,
                                                        navigation, breadcrumb, info line with 【字体：大 中 小】, share
                                                        bar, 打印本页 / 关闭窗口, 相关链接, footer with 网站标识码 and ICP
                                                        备案; report text in <p> tags inside the content div, body
                                                        paragraphs indented with two U+3000 inside the <p>; the " | "
                                                        rows become one HTML <table>)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), no timestamps elsewhere.
Technique adapted from eval/qingdao/source/make_corpus.py and eval/wuhan/source/make_corpus.py.
"""
import html
import os
import re
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
TXT_SEP = "  "  # two ASCII spaces between the cells of the text table
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")

PDF_HEAD = "长沙市岳麓区2024年政府工作报告"


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


# ------------------------------------------------------------------ PDF (yuelu-2024)
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


LEFT, RIGHT, TOP, BOTTOM = 83, 83, 104, 86


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawString(LEFT, H - 60, PDF_HEAD)
        c.setLineWidth(0.8)
        c.line(LEFT, H - 65, W - RIGHT, H - 65)
        c.setLineWidth(0.3)
        c.line(LEFT, H - 67.5, W - RIGHT, H - 67.5)
        c.setFont(F, 11)
        c.drawCentredString(W / 2, 48, f"— {page[0]} —")

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
    paras = paragraphs("yuelu-2024.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1704844800"  # 2024-01-10 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "yuelu-2024.pdf"), pagesize=A4, invariant=1)
    c.setTitle("长沙市岳麓区2024年政府工作报告")
    c.setAuthor("岳麓区人民政府办公室")
    c.setSubject("长沙市岳麓区第十八届人民代表大会第四次会议")
    c.setKeywords("政府工作报告;岳麓区;2024")
    c.setCreator("岳麓区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ------------------------------------------------------------------ TXT (yuelu-2025, GB18030, CRLF)
def build_txt():
    paras = paragraphs("yuelu-2025.txt")
    lines = ["\u3000" * 12 + paras[0], "", "\u3000\u3000" + paras[1], "", "\u3000" * 14 + paras[2], ""]
    for kind, x in table_runs(paras[3:]):
        if kind == "t":
            for row in x:
                lines.append("\u3000\u3000" + TXT_SEP.join(row))
            continue
        if PART_RE.match(x):
            lines += ["", x]
        elif x.startswith("各位代表："):
            lines.append(x)
        else:
            lines.append("\u3000\u3000" + x)
    lines.append("")
    data = "\r\n".join(lines).encode("gb18030")
    (OUT / "yuelu-2025.txt").write_bytes(data)


# ------------------------------------------------------------------ HTML (tianxin-2025, UTF-8)
URL = "http://www.tianxin.gov.cn/zwgk/zfgzbg/202501/t20250116_11652873.html"
HTML_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="长沙市天心区人民政府">
<meta name="SiteDomain" content="www.tianxin.gov.cn">
<meta name="SiteIDCode" content="4301030002">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2025年天心区政府工作报告">
<meta name="PubDate" content="2025-01-16 16:30">
<meta name="ContentSource" content="天心区人民政府办公室">
<meta name="Keywords" content="政府工作报告,天心区,2025">
<title>2025年天心区政府工作报告 - 长沙市天心区人民政府</title>
<link rel="stylesheet" href="./2025年天心区政府工作报告 - 长沙市天心区人民政府_files/index.css">
<script src="./2025年天心区政府工作报告 - 长沙市天心区人民政府_files/jquery-3.5.1.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container">
<div class="topbar-l">您好，欢迎访问长沙市天心区人民政府门户网站！今天是：<span id="today"></span></div>
<div class="topbar-r"><a href="http://www.tianxin.gov.cn/wza/">无障碍阅读</a> | <a href="javascript:void(0);">长者版</a> |
<a href="javascript:void(0);" id="fanti">繁體</a> | <a href="http://www.tianxin.gov.cn/m/">手机版</a> |
<a href="http://www.tianxin.gov.cn/wx/">微信</a> | <a href="http://www.tianxin.gov.cn/wb/">微博</a></div>
</div></div>
<div class="header"><div class="container">
<a class="logo" href="http://www.tianxin.gov.cn/"><img src="./2025年天心区政府工作报告 - 长沙市天心区人民政府_files/logo.png" alt="长沙市天心区人民政府"></a>
<form class="search-box" action="http://www.tianxin.gov.cn/so/" target="_blank"><input type="text" name="qt" placeholder="请输入搜索内容"><button type="submit">搜索</button></form>
</div></div>
<div class="navbar"><ul class="container">
<li><a href="http://www.tianxin.gov.cn/">首页</a></li><li><a href="http://www.tianxin.gov.cn/zjtx/">走进天心</a></li>
<li class="on"><a href="http://www.tianxin.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.tianxin.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.tianxin.gov.cn/hdjl/">互动交流</a></li><li><a href="http://www.tianxin.gov.cn/tztx/">投资天心</a></li>
<li><a href="http://www.tianxin.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="container main">
<div class="location">当前位置：<a href="http://www.tianxin.gov.cn/">首页</a> &gt; <a href="http://www.tianxin.gov.cn/zwgk/">政务公开</a> &gt;
<a href="http://www.tianxin.gov.cn/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article">
<h1 class="article-tit">2025年天心区政府工作报告</h1>
<div class="article-attr"><span>发布时间：2025-01-16 16:30</span><span>来源：天心区人民政府办公室</span>
<span>浏览次数：<b id="views">3926</b></span>
<span class="fontsize">【字体：<a href="javascript:setSize(18);">大</a> <a href="javascript:setSize(16);">中</a> <a href="javascript:setSize(14);">小</a>】</span></div>
<div class="share-bar">分享到：<a class="share-wx" title="分享到微信">微信</a> <a class="share-wb" title="分享到新浪微博">微博</a>
<a class="share-qq" title="分享到QQ空间">QQ空间</a> <a class="share-qqf" title="分享到QQ好友">QQ好友</a></div>
<div class="article-con" id="UCAP-CONTENT">
"""

HTML_TAIL = """</div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="article-page"><p>上一篇：<a href="http://www.tianxin.gov.cn/zwgk/zfgzbg/202401/">2024年天心区政府工作报告</a></p>
<p>下一篇：<a href="http://www.tianxin.gov.cn/zwgk/zcjd/202501/">一图读懂：2025年天心区政府工作报告</a></p></div>
<div class="related"><div class="related-tit">相关链接</div><ul>
<li><a href="http://www.tianxin.gov.cn/zwgk/zfgzbg/202401/">2024年天心区政府工作报告</a></li>
<li><a href="http://www.changsha.gov.cn/">2025年长沙市政府工作报告</a></li>
<li><a href="http://www.yuhua.gov.cn/">2025年雨花区政府工作报告</a></li>
<li><a href="http://www.yuelu.gov.cn/">2025年岳麓区政府工作报告</a></li>
<li><a href="http://www.tianxin.gov.cn/zwgk/ghjh/">长沙市天心区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></li>
</ul></div>
</div></div>
<div class="footer"><div class="container">
<p><a href="http://www.tianxin.gov.cn/lxwm/">联系我们</a> | <a href="http://www.tianxin.gov.cn/wzdt/">网站地图</a> |
<a href="http://www.tianxin.gov.cn/wzsm/">网站声明</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：长沙市天心区人民政府办公室　承办单位：天心区数据资源局</p>
<p>地址：长沙市天心区湘府中路　联系电话：0731-85899000</p>
<p>网站标识码：4301030002　<a href="https://beian.miit.gov.cn/">湘ICP备05004871号-1</a>　湘公网安备 43010302000589号</p>
</div></div>
<script>function setSize(s){document.getElementById('UCAP-CONTENT').style.fontSize=s+'px';}</script>
</body></html>
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    body = []
    n = 0
    for kind, x in table_runs(paragraphs("tianxin-2025.txt")):
        if kind == "t":
            t = ['<table border="1" cellspacing="0" cellpadding="4" width="600" align="center" '
                 'style="border-collapse: collapse; font-size: 14px;">', "<tbody>"]
            for k, row in enumerate(x):
                if k == 0:
                    cells = "".join(f'<td align="center"><strong>{esc(c)}</strong></td>' for c in row)
                else:
                    cells = "".join(f'<td align="{"left" if j == 0 else "center"}">{esc(c)}</td>'
                                    for j, c in enumerate(row))
                t.append(f"<tr>{cells}</tr>")
            t.append("</tbody></table>")
            body.append("\n".join(t))
            continue
        n += 1
        p, e = x, esc(x)
        if n == 1:
            body.append(f'<p style="text-align: center;"><strong>{e}</strong></p>')
        elif n in (2, 3):
            body.append(f'<p style="text-align: center;">{e}</p>')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            body.append(f"<p>\u3000\u3000<strong>{e}</strong></p>")
        elif p.startswith("各位代表："):
            body.append(f"<p>{e}</p>")
        else:
            body.append(f"<p>\u3000\u3000{e}</p>")
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "tianxin-2025.html").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_txt()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
