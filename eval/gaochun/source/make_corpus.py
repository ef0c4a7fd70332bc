"""Build the Gaochun corpus from the plain UTF-8 reference sources.

    /work/main/.venv/bin/python eval/gaochun/source/make_corpus.py

Inputs:  source/gaochun-2023.txt, source/gaochun-2024.txt, source/gaochun-2025.txt
         (paragraphs separated by one blank line)
Outputs: corpus/gaochun-2023.pdf   reportlab, A4, WenQuanYi Micro Hei, fixed line width,
                                   running header + "— n —" footer on every page
         corpus/gaochun-2024.html  saved government web page, GBK bytes, <meta charset="gbk">
         corpus/gaochun-2025.txt   UTF-8 with BOM, LF, one paragraph per line,
                                   a few lines with stray full-width spaces in front
"""
from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "corpus"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def paragraphs(name: str) -> list[str]:
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    paras = [p for p in text.strip("\n").split("\n\n")]
    for p in paras:
        assert p and "\n" not in p, repr(p[:40])
    return paras


# Part headings ("一、…"), review sub-headings "（一）…" on their own line, plan headings "1.…"
PART_RE = re.compile(r"^[一二三四五六七八九十]、")
SECTION_RE = re.compile(r"^（[一二三四五六七八九十]）[^。]{2,30}$")
NUMHEAD_RE = re.compile(r"^\d\.[^。]{2,30}$")


def is_heading(p: str) -> bool:
    return bool(PART_RE.match(p) or SECTION_RE.match(p) or NUMHEAD_RE.match(p))


# ---------------------------------------------------------------------------------------
# PDF (2023)
# ---------------------------------------------------------------------------------------
CLOSING = set("，。、；：？！）》」』”’%")


def wrap_fixed(text: str, font: str, size: float, width: float, first_indent: float) -> list[str]:
    """Break at a fixed line width, ignoring word/number boundaries; closing punctuation
    may hang past the margin (one char)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur, cur_w = [], "", first_indent
    for ch in text:
        w = stringWidth(ch, font, size)
        if cur and cur_w + w > width and ch not in CLOSING:
            lines.append(cur)
            cur, cur_w = ch, w
        else:
            cur += ch
            cur_w += w
    if cur:
        lines.append(cur)
    return lines


def make_pdf(paras: list[str], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    W, H = A4
    left, right, top, bottom = 72, 72, 84, 80
    body_w = W - left - right
    size = 12
    lead = 21
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("2023年高淳区政府工作报告")
    c.setAuthor("高淳区人民政府办公室")
    c.setSubject("南京市高淳区第十八届人民代表大会第三次会议")
    page = [1]
    y = [H - top]

    def header_footer():
        c.setFont("WQY", 9)
        c.setFillGray(0.35)
        c.drawString(left, H - 50, "高淳区人民政府")
        c.drawRightString(W - right, H - 50, "2023年政府工作报告")
        c.setLineWidth(0.6)
        c.line(left, H - 56, W - right, H - 56)
        c.setFont("WQY", 10.5)
        c.drawCentredString(W / 2, 42, f"— {page[0]} —")
        c.setFillGray(0)

    def new_page():
        c.showPage()
        page[0] += 1
        y[0] = H - top
        header_footer()

    def need(h):
        if y[0] - h < bottom:
            new_page()

    header_footer()
    for i, p in enumerate(paras):
        if i == 0:  # title
            y[0] -= 18
            c.setFont("WQY", 24)
            c.drawCentredString(W / 2, y[0], p)
            y[0] -= 40
            continue
        if i in (1, 2):  # date/meeting line and speaker
            c.setFont("WQY", 11)
            for ln in wrap_fixed(p, "WQY", 11, body_w, 0):
                need(lead)
                c.drawCentredString(W / 2, y[0], ln)
                y[0] -= lead
            if i == 2:
                y[0] -= 12
            continue
        if PART_RE.match(p):
            need(lead * 3)
            y[0] -= 8
            c.setFont("WQY", 14)
            for ln in wrap_fixed(p, "WQY", 14, body_w, 0):
                c.drawString(left, y[0], ln)
                y[0] -= lead + 4
            y[0] -= 2
            continue
        if SECTION_RE.match(p):
            need(lead * 2)
            c.setFont("WQY", 12.5)
            for ln in wrap_fixed(p, "WQY", 12.5, body_w, 2 * size):
                c.drawString(left + 2 * size, y[0], ln)
                y[0] -= lead
            continue
        c.setFont("WQY", size)
        indent = 0 if p == "各位代表：" else 2 * size
        lines = wrap_fixed(p, "WQY", size, body_w, indent)
        for k, ln in enumerate(lines):
            need(lead)
            c.setFont("WQY", size)
            c.drawString(left + (indent if k == 0 else 0), y[0], ln)
            y[0] -= lead
    c.save()


# ---------------------------------------------------------------------------------------
# HTML (2024), GBK
# ---------------------------------------------------------------------------------------
LEAD_RE = re.compile(r"^([^，。；：“”]{4,12}。)(.+)$")
BULLET_LEAD_RE = re.compile(r"^(——[^。]{4,16}。)(.+)$")


def para_html(p: str, idx: int) -> str:
    e = html.escape
    if idx == 0:
        return f'<p style="text-align:center;"><strong><span style="font-size:22px;">{e(p)}</span></strong></p>'
    if idx in (1, 2):
        return f'<p style="text-align:center;">{e(p)}</p>'
    if PART_RE.match(p):
        return f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>'
    if NUMHEAD_RE.match(p):
        return f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>'
    # unnumbered review sub-headings of the 2024 report ("坚持产业强区，现代产业体系加快构建")
    if len(p) <= 22 and "。" not in p and "：" not in p and "，" in p:
        return f'<p style="text-indent:2em;"><strong>{e(p)}</strong></p>'
    m = BULLET_LEAD_RE.match(p)
    if m:
        return f'<p style="text-indent:2em;"><strong>{e(m.group(1))}</strong>{e(m.group(2))}</p>'
    m = LEAD_RE.match(p)
    if m and idx % 3 != 0:  # lead phrases only *sometimes* in <strong>
        return f'<p style="text-indent:2em;"><strong>{e(m.group(1))}</strong>{e(m.group(2))}</p>'
    return f'<p style="text-indent:2em;">{e(p)}</p>'


HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="南京市高淳区人民政府">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2024年高淳区政府工作报告">
<meta name="PubDate" content="2024-01-17 16:30">
<title>2024年高淳区政府工作报告_政府工作报告_南京市高淳区人民政府</title>
<link rel="stylesheet" href="/images/gc_common.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="wrap">
    <span class="welcome">欢迎访问南京市高淳区人民政府门户网站！</span>
    <span class="today">2024年01月17日 星期三</span>
    <ul class="tools">
      <li><a href="javascript:void(0);" id="wza">无障碍浏览</a></li>
      <li><a href="javascript:void(0);" id="zzms">长者模式</a></li>
      <li><a href="javascript:void(0);" id="jfzh">繁體</a></li>
      <li><a href="/en/">English</a></li>
      <li><a href="/wap/">手机版</a></li>
      <li><a href="/login.html">登录</a> | <a href="/register.html">注册</a></li>
    </ul>
  </div>
</div>
<div class="header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/images/gc_logo.png" alt="南京市高淳区人民政府"></a>
    <form class="search" action="/search/" method="get">
      <input type="text" name="q" placeholder="请输入关键字">
      <button type="submit">搜索</button>
    </form>
  </div>
</div>
<div class="nav">
  <ul class="wrap">
    <li><a href="/">首页</a></li>
    <li><a href="/zjgc/">走进高淳</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
    <li><a href="/mcly/">慢城旅游</a></li>
  </ul>
</div>
<div class="wrap main">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
  <table class="xxgk_table" cellspacing="0" cellpadding="0">
    <tr><th>索引号：</th><td>11320118014212345X/2024-00037</td><th>分类：</th><td>综合政务 \\ 政府工作报告</td></tr>
    <tr><th>发布机构：</th><td>高淳区人民政府办公室</td><th>发布日期：</th><td>2024-01-17</td></tr>
    <tr><th>名称：</th><td colspan="3">2024年高淳区政府工作报告</td></tr>
    <tr><th>文号：</th><td>无</td><th>来源：</th><td>高淳区人民政府办公室</td></tr>
  </table>
  <div class="article">
    <h1 class="article-title">2024年高淳区政府工作报告</h1>
    <div class="article-info">
      <span>发布时间：2024-01-17 16:30</span>
      <span>来源：高淳区人民政府办公室</span>
      <span>浏览次数：<em id="hits">3682</em></span>
      <span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
      <span class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a></span>
    </div>
    <div class="article-content TRS_Editor" id="zoom">
"""

HTML_TAIL = """    </div>
    <div class="article-bottom">
      <div class="share-bar">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
      <div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="/zwgk/zfgzbg/202301/t20230116_3801122.html">2023年高淳区政府工作报告</a><span>2023-01-16</span></li>
        <li><a href="/zwgk/zfgzbg/202201/t20220119_3302875.html">2022年高淳区政府工作报告</a><span>2022-01-19</span></li>
        <li><a href="/zwgk/zfgzbg/202101/t20210122_2790416.html">2021年高淳区政府工作报告</a><span>2021-01-22</span></li>
        <li><a href="/zwgk/zcjd/202401/t20240118_4210033.html">图解：一图读懂2024年高淳区政府工作报告</a><span>2024-01-18</span></li>
        <li><a href="/zwgk/ghjh/202401/t20240119_4211508.html">关于高淳区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告</a><span>2024-01-19</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/smsm/">使用帮助</a> | <a href="/jcjb/">纠错</a></p>
    <p>主办单位：南京市高淳区人民政府办公室　承办单位：南京市高淳区大数据管理中心</p>
    <p>版权所有：南京市高淳区人民政府　地址：南京市高淳区淳溪街道宝塔路 邮编：211300</p>
    <p>备案号：苏ICP备05028817号-1　苏公网安备 32011802010456号　网站标识码：3201180001</p>
  </div>
</div>
<script src="/js/gc_article.js"></script>
</body>
</html>
"""


def make_html(paras: list[str], out: Path) -> None:
    body = "\n".join("      " + para_html(p, i) for i, p in enumerate(paras))
    doc = HTML_HEAD + body + "\n" + HTML_TAIL
    out.write_bytes(doc.encode("gbk"))


# ---------------------------------------------------------------------------------------
# TXT (2025), UTF-8 with BOM
# ---------------------------------------------------------------------------------------
STRAY = {  # paragraph index -> prefix of stray full-width spaces
    4: "\u3000\u3000",
    8: "\u3000\u3000",
    12: "\u3000",
    29: "\u3000\u3000",
    40: "\u3000\u3000\u3000",
    49: "\u3000",
}


def make_txt(paras: list[str], out: Path) -> None:
    lines = [STRAY.get(i, "") + p for i, p in enumerate(paras)]
    out.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    make_pdf(paragraphs("gaochun-2023"), CORPUS / "gaochun-2023.pdf")
    make_html(paragraphs("gaochun-2024"), CORPUS / "gaochun-2024.html")
    make_txt(paragraphs("gaochun-2025"), CORPUS / "gaochun-2025.txt")
    for f in sorted(CORPUS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
