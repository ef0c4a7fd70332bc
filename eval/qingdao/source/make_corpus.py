"""Build the three corpus files of the qingdao eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/qingdao/source/make_corpus.py
  source/laoshan-2023.txt -> corpus/laoshan-2023.html (saved portal page, UTF-8, "saved from url" comment; navigation,
                                                       breadcrumb, info line, share bar, 相关链接, footer; report text
                                                       in Word-pasted <p><span> markup with &ldquo;/&rdquo; entities;
                                                       the " | " rows become one HTML <table>)
  source/laoshan-2024.txt -> corpus/laoshan-2024.pdf  (reportlab, A4, CJK TTF, fixed-width lines that break inside words
                                                       and numbers, right-aligned running header over a rule, footer
                                                       "— n —")
  source/jimo-2024.txt    -> corpus/jimo-2024.txt     (plain text, GB18030 bytes, CRLF, centred title block closed by a
                                                       rule line, one line per paragraph indented with two U+3000)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (reportlab invariant mode), no timestamps elsewhere.
Technique adapted from eval/hangzhou/source/make_corpus.py.
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
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
DASH_LEAD_RE = re.compile(r"^(——[^。：；，]{2,16}。)")

PDF_HEAD = "2024年崂山区政府工作报告"
TXT_RULE = "━" * 32


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ HTML (laoshan-2023, UTF-8)
HTML_HEAD = """<!DOCTYPE html>
<!-- saved from url=(0072)http://www.laoshan.gov.cn/n206250/n17777080/n17777083/230113094517642.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="青岛市崂山区人民政府">
<meta name="SiteDomain" content="www.laoshan.gov.cn">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2023年崂山区政府工作报告">
<meta name="PubDate" content="2023-01-13 09:45">
<meta name="ContentSource" content="崂山区人民政府办公室">
<meta name="Keywords" content="政府工作报告 崂山区 2023">
<title>2023年崂山区政府工作报告-青岛市崂山区人民政府</title>
<link rel="stylesheet" href="./2023年崂山区政府工作报告_files/style.css">
<script src="./2023年崂山区政府工作报告_files/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<span class="fl">您好，欢迎访问青岛市崂山区人民政府网站！</span>
<span class="fr"><a href="http://www.laoshan.gov.cn/wza/">无障碍浏览</a> | <a href="javascript:void(0);">关怀版</a> |
<a href="javascript:void(0);" id="StranLink">繁體</a> | <a href="http://www.laoshan.gov.cn/m/">移动版</a> |
<a href="http://www.laoshan.gov.cn/weixin/">政务微信</a></span>
</div></div>
<div class="header"><div class="wrap">
<a class="logo" href="http://www.laoshan.gov.cn/"><img src="./2023年崂山区政府工作报告_files/logo.png" alt="青岛市崂山区人民政府"></a>
<div class="search"><input type="text" id="searchword" placeholder="请输入关键词"><button type="button">搜索</button></div>
</div></div>
<div class="nav"><ul>
<li><a href="http://www.laoshan.gov.cn/">首页</a></li><li><a href="http://www.laoshan.gov.cn/zjls/">走进崂山</a></li>
<li><a href="http://www.laoshan.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.laoshan.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.laoshan.gov.cn/hdjl/">政民互动</a></li><li><a href="http://www.laoshan.gov.cn/tzls/">投资崂山</a></li>
<li><a href="http://www.laoshan.gov.cn/lyls/">旅游崂山</a></li>
</ul></div>
<div class="wrap main">
<div class="position">您当前的位置：<a href="http://www.laoshan.gov.cn/">首页</a> &gt; <a href="http://www.laoshan.gov.cn/zwgk/">政务公开</a> &gt;
<a href="http://www.laoshan.gov.cn/zwgk/zfgzbg/">政府工作报告</a> &gt; 正文</div>
<div class="article">
<h1 class="article-title">2023年崂山区政府工作报告</h1>
<div class="article-info"><span>发布日期：2023-01-13 09:45</span><span>来源：崂山区人民政府办公室</span>
<span>浏览次数：<em id="visitcount">5217</em></span><span>字号：<a href="javascript:doZoom(18);">大</a>
<a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span></div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina" title="分享到新浪微博">微博</a>
<a class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>
<div class="article-content" id="zoom">
"""

HTML_TAIL = """</div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a>
<a href="#top">【返回顶部】</a></div>
<div class="prev-next"><p>上一篇：<a href="http://www.laoshan.gov.cn/zwgk/zfgzbg/2022.html">2022年崂山区政府工作报告</a></p>
<p>下一篇：<a href="http://www.laoshan.gov.cn/zwgk/zfgzbg/jd2023.html">图解：一图读懂2023年崂山区政府工作报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.laoshan.gov.cn/zwgk/zfgzbg/2022.html">2022年崂山区政府工作报告</a></li>
<li><a href="http://www.qingdao.gov.cn/">2023年青岛市政府工作报告</a></li>
<li><a href="http://www.jimo.gov.cn/">2023年即墨区政府工作报告</a></li>
<li><a href="http://www.laoshan.gov.cn/zwgk/ghjh/">崂山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></li>
</ul></div>
</div></div>
<div class="footer"><div class="wrap">
<p><a href="http://www.laoshan.gov.cn/lxwm/">联系我们</a> | <a href="http://www.laoshan.gov.cn/wzdt/">网站地图</a> |
<a href="http://www.laoshan.gov.cn/sybz/">使用帮助</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：青岛市崂山区人民政府办公室　承办单位：崂山区大数据发展管理局</p>
<p>版权所有：青岛市崂山区人民政府　地址：青岛市崂山区株洲路</p>
<p><a href="https://beian.miit.gov.cn/">鲁ICP备05002164号-1</a>　鲁公网安备 37021202000318号　网站标识码：3702120004</p>
</div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def esc(s):
    return html.escape(s, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")


def span(s):
    return f'<span style="font-family: 仿宋_GB2312; font-size: 16pt;">{s}</span>'


def build_html():
    paras = paragraphs("laoshan-2023.txt")
    body = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            t = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" '
                 'style="border-collapse: collapse; width: 90%;"><tbody>']
            for k, row in enumerate(rows):
                cells = "".join(
                    f'<td style="border: 1px solid #000; padding: 3px 6px;"><p align="center">'
                    f'{"<b>" + esc(c) + "</b>" if k == 0 else esc(c)}</p></td>' for c in row)
                t.append(f"<tr>{cells}</tr>")
            t.append("</tbody></table>")
            body.append("\n".join(t))
            continue
        i += 1
        e = esc(p)
        if i == 1:
            body.append(f'<p style="text-align: center;"><strong>{span(e)}</strong></p>')
        elif i in (2, 3):
            body.append(f'<p style="text-align: center;">{span(e)}</p>')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            body.append(f'<p style="text-indent: 2em;"><strong>{span(e)}</strong></p>')
        elif DASH_LEAD_RE.match(p):
            m = DASH_LEAD_RE.match(p)
            body.append(f'<p style="text-indent: 2em;">{span("<strong>" + esc(m.group(1)) + "</strong>" + esc(p[len(m.group(1)):]))}</p>')
        else:
            body.append(f'<p style="text-indent: 2em;">{span(e)}</p>')
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "laoshan-2023.html").write_bytes(text.encode("utf-8"))


# ------------------------------------------------------------------ PDF (laoshan-2024)
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


LEFT, RIGHT, TOP, BOTTOM = 85, 85, 100, 84


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 9)
        c.drawRightString(W - RIGHT, H - 58, PDF_HEAD)
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
    paras = paragraphs("laoshan-2024.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1704758400"  # 2024-01-09 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "laoshan-2024.pdf"), pagesize=A4, invariant=1)
    c.setTitle("青岛市崂山区2024年政府工作报告")
    c.setAuthor("崂山区人民政府办公室")
    c.setSubject("青岛市崂山区第九届人民代表大会第二次会议")
    c.setKeywords("政府工作报告;崂山区;2024")
    c.setCreator("崂山区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ------------------------------------------------------------------ TXT (jimo-2024, GB18030, CRLF)
def build_txt():
    paras = paragraphs("jimo-2024.txt")
    lines = ["", "\u3000" * 14 + paras[0], "", "\u3000" * 2 + paras[1], "", "\u3000" * 16 + paras[2], TXT_RULE, ""]
    for p in paras[3:]:
        lines.append(p if p.startswith("各位代表：") else "\u3000\u3000" + p)
    lines.append("")
    data = "\r\n".join(lines).encode("gb18030")
    (OUT / "jimo-2024.txt").write_bytes(data)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_html()
    build_pdf()
    build_txt()
    print("built", sorted(x.name for x in OUT.iterdir()))
