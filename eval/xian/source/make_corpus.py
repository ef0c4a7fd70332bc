"""Build the three corpus files of the xian eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/xian/source/make_corpus.py
  source/yanta-2025.txt   -> corpus/yanta-2025.pdf    (reportlab, A4, CJK TTF; lines of a fixed width that break inside
                                                      words and numbers; centred running header "雁塔区人民政府公报"
                                                      over a double rule on every page; footer "— n —")
  source/changan-2024.txt -> corpus/changan-2024.txt  (plain text, GB18030 bytes, CRLF, no BOM, no charset note;
                                                      saved-from-Word look: centred title block with U+3000 padding,
                                                      one line per paragraph, body lines indented with two U+3000,
                                                      an empty line before each part heading)
  source/changan-2025.txt -> corpus/changan-2025.html (saved portal page, GBK bytes, <meta ... charset=gbk>, "saved
                                                      from url" comment; top bar, navigation, breadcrumb, info line,
                                                      share bar, 打印 / 关闭, 上一篇 / 下一篇, 相关链接, footer; report
                                                      text as <p>; the " | " rows become one HTML <table>)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), no timestamps in the TXT / HTML.
Technique adapted from eval/xiamen/source/make_corpus.py.
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

PDF_HEAD = "雁塔区人民政府公报"


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


# ------------------------------------------------------------------ PDF (yanta-2025)
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


LEFT, RIGHT, TOP, BOTTOM = 79, 79, 104, 84


def layout_pdf(paras, c, F):
    W, H = A4
    width = W - LEFT - RIGHT
    page = [1]
    y = [H - TOP]

    def furniture():
        c.setFont(F, 10)
        c.drawCentredString(W / 2, H - 56, PDF_HEAD)
        c.setLineWidth(1.0)
        c.line(LEFT, H - 63, W - RIGHT, H - 63)
        c.setLineWidth(0.3)
        c.line(LEFT, H - 66, W - RIGHT, H - 66)
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 44, f"— {page[0]} —")

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
    paras = paragraphs("yanta-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736380800"  # 2025-01-09 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "yanta-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("西安市雁塔区2025年政府工作报告")
    c.setAuthor("雁塔区人民政府办公室")
    c.setSubject("西安市雁塔区第十八届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;雁塔区;2025")
    c.setCreator("雁塔区人民政府办公室")
    layout_pdf(paras, c, "WQY")
    c.save()


# ------------------------------------------------------------------ TXT (changan-2024, GB18030, CRLF)
IDS = "\u3000"


def build_txt():
    paras = paragraphs("changan-2024.txt")
    lines = []
    for n, p in enumerate(paras, 1):
        if n == 1:
            lines += [IDS * 12 + p, ""]
        elif n == 2:
            lines += [IDS * 2 + p, ""]
        elif n == 3:
            lines += [IDS * 14 + p, ""]
        elif PART_RE.match(p):
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(p)
        elif p.startswith("各位代表："):
            lines.append(p)
        else:
            lines.append(IDS * 2 + p)
    text = "\r\n".join(lines) + "\r\n"
    (OUT / "changan-2024.txt").write_bytes(text.encode("gb18030"))


# ------------------------------------------------------------------ HTML (changan-2025, GBK)
URL = "http://www.changan.gov.cn/xxgk/zfgzbg/202501/t20250115_3318426.html"
HTML_HEAD = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="西安市长安区人民政府">
<meta name="SiteDomain" content="www.changan.gov.cn">
<meta name="SiteIDCode" content="6101160003">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2025年长安区政府工作报告">
<meta name="PubDate" content="2025-01-15 10:36">
<meta name="ContentSource" content="长安区人民政府办公室">
<meta name="Keywords" content="政府工作报告,长安区,2025">
<title>2025年长安区政府工作报告 - 西安市长安区人民政府</title>
<link href="./2025年长安区政府工作报告 - 西安市长安区人民政府_files/base.css" rel="stylesheet" type="text/css">
<link href="./2025年长安区政府工作报告 - 西安市长安区人民政府_files/content.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./2025年长安区政府工作报告 - 西安市长安区人民政府_files/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="fl">您好，欢迎访问西安市长安区人民政府门户网站！今天是：<span id="today"></span></span>
<span class="fr"><a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zhs">长者模式</a> |
<a href="javascript:void(0);" id="fjt">繁體</a> | <a href="http://www.changan.gov.cn/wap/">手机版</a> |
<a href="http://weibo.com/changangov">官方微博</a> | <a href="http://www.changan.gov.cn/wx/">微信公众号</a></span>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="http://www.changan.gov.cn/"><img src="./2025年长安区政府工作报告 - 西安市长安区人民政府_files/logo.png" alt="西安市长安区人民政府"></a>
<div class="search"><form action="http://www.changan.gov.cn/search/" method="get" target="_blank">
<input type="text" name="q" class="txt" value="请输入关键词"><input type="submit" class="btn" value="搜 索"></form>
<p class="hot">热门搜索：<a>政府工作报告</a> <a>秦岭保护</a> <a>招聘公告</a></p></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="http://www.changan.gov.cn/">首页</a></li><li><a href="http://www.changan.gov.cn/zjca/">走进长安</a></li>
<li class="on"><a href="http://www.changan.gov.cn/xxgk/">信息公开</a></li><li><a href="http://www.changan.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.changan.gov.cn/hdjl/">互动交流</a></li><li><a href="http://www.changan.gov.cn/tzca/">投资长安</a></li>
<li><a href="http://www.changan.gov.cn/qlbh/">秦岭保护</a></li><li><a href="http://www.changan.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="w1200 main">
<div class="location">当前位置：<a href="http://www.changan.gov.cn/">首页</a> &gt; <a href="http://www.changan.gov.cn/xxgk/">信息公开</a>
&gt; <a href="http://www.changan.gov.cn/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://www.changan.gov.cn/xxgk/zfgzbg/">政府工作报告</a></div>
<div class="detail">
<h1 class="detail-title">2025年长安区政府工作报告</h1>
<div class="detail-info"><span>发布时间：2025-01-15 10:36</span> <span>信息来源：长安区人民政府办公室</span>
<span>浏览次数：<b id="clicks">3186</b></span>
<span class="zh">【字体：<a href="javascript:setFont(18);">大</a> <a href="javascript:setFont(16);">中</a> <a href="javascript:setFont(14);">小</a>】</span></div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信">微信</a> <a class="bds_tsina" title="分享到新浪微博">微博</a>
<a class="bds_qzone" title="分享到QQ空间">QQ空间</a> <a class="bds_sqq" title="分享到QQ好友">QQ好友</a></div>
<div class="detail-con" id="zoom">
"""

HTML_TAIL = """</div>
<div class="detail-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a>
<a href="#">【返回顶部】</a></div>
<div class="prev-next"><p>上一篇：<a href="http://www.changan.gov.cn/xxgk/zfgzbg/202401/">2024年长安区政府工作报告</a></p>
<p>下一篇：<a href="http://www.changan.gov.cn/xxgk/zcjd/202501/">一图读懂2025年长安区政府工作报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.changan.gov.cn/xxgk/zfgzbg/202401/">2024年长安区政府工作报告</a></li>
<li><a href="http://www.xa.gov.cn/gk/zfgzbg/">2025年西安市政府工作报告</a></li>
<li><a href="http://www.yanta.gov.cn/">2025年雁塔区政府工作报告</a></li>
<li><a href="http://www.huyi.gov.cn/">2025年鄠邑区政府工作报告</a></li>
<li><a href="http://www.changan.gov.cn/xxgk/ghjh/">西安市长安区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.changan.gov.cn/lxwm/">联系我们</a> | <a href="http://www.changan.gov.cn/wzdt/">网站地图</a> |
<a href="http://www.changan.gov.cn/wzsm/">网站声明</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我要纠错</a></p>
<p>主办单位：西安市长安区人民政府办公室　承办单位：长安区大数据服务中心</p>
<p>地址：西安市长安区韦曲街道长安区行政中心　联系电话：029-85291234</p>
<p>网站标识码：6101160003　<a href="https://beian.miit.gov.cn/">陕ICP备05007215号-1</a>　陕公网安备 61011602000187号</p>
</div></div>
<script type="text/javascript">function setFont(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    body = []
    n = 0
    for kind, x in table_runs(paragraphs("changan-2025.txt")):
        if kind == "t":
            t = ['<table border="1" cellspacing="0" cellpadding="4" align="center" width="92%" '
                 'style="border-collapse: collapse;">', "<tbody>"]
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
            body.append(f'<p align="center"><strong>{e}</strong></p>')
        elif n in (2, 3):
            body.append(f'<p align="center">{e}</p>')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            body.append(f'<p style="text-indent: 2em;"><strong>{e}</strong></p>')
        elif p.startswith("各位代表："):
            body.append(f"<p>{e}</p>")
        else:
            body.append(f'<p style="text-indent: 2em;">{e}</p>')
    text = HTML_HEAD + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "changan-2025.html").write_bytes(text.encode("gbk"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_txt()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
