"""Build the three corpus files of the wuxi eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/wuxi/source/make_corpus.py
  source/binhu-2021.txt  -> corpus/binhu-2021.pdf   (reportlab, A4, CJK TTF, running header + "— n —" footer)
  source/binhu-2022.txt  -> corpus/binhu-2022.html  (saved web page, GB2312 bytes, <meta charset="gb2312">)
  source/yixing-2022.txt -> corpus/yixing-2022.docx (python-docx)
"""
import html
import re
from pathlib import Path

from docx import Document
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
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ PDF
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
    paras = paragraphs("binhu-2021.txt")
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    W, H = A4
    left, right, top, bottom = 82, 78, 90, 80
    width = W - left - right
    c = canvas.Canvas(str(OUT / "binhu-2021.pdf"), pagesize=A4)
    c.setTitle("无锡市滨湖区2021年政府工作报告")
    c.setAuthor("滨湖区人民政府办公室")
    c.setSubject("无锡市滨湖区第三届人民代表大会第五次会议")
    page = [1]
    y = [H - top]

    def furniture():
        c.setFont(F, 9)
        c.drawString(left, H - 50, "无锡市滨湖区人民政府")
        c.drawRightString(W - right, H - 50, "政府工作报告（2021年）")
        c.setLineWidth(0.6)
        c.line(left, H - 56, W - right, H - 56)
        c.setFont(F, 10.5)
        c.drawCentredString(W / 2, 42, f"— {page[0]} —")

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
            size, lead, indent = 14.5, 24, 0.0
        elif SUB_RE.match(p) and len(p) < 40:
            size, lead, indent = 12.5, 21, 2 * 12.5
        else:
            size, lead, indent = 12, 20.5, 2 * 12
        if p.startswith("各位代表"):
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


# ------------------------------------------------------------------ HTML
HTML_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="gb2312">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="无锡市滨湖区人民政府">
<meta name="SiteDomain" content="www.wxbh.gov.cn">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2022年滨湖区政府工作报告">
<meta name="PubDate" content="2022-01-14 09:20">
<meta name="ContentSource" content="区政府办公室">
<title>2022年滨湖区政府工作报告-政府工作报告-无锡市滨湖区人民政府</title>
<link href="/static/css/base.css" rel="stylesheet" type="text/css">
<link href="/static/css/xxgk.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<span class="fl">欢迎访问无锡市滨湖区人民政府门户网站</span>
<span class="fl date">2022年1月14日 星期五</span>
<span class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="lnms">长者模式</a> | <a href="javascript:;" id="jft">繁体版</a> | <a href="/en/">English</a> | <a href="/wap/">手机版</a> | <a href="/user/login.shtml">登录</a> | <a href="/user/reg.shtml">注册</a></span>
</div></div>
<div class="head"><div class="wrap">
<a class="logo" href="/"><img src="/static/images/logo.png" alt="无锡市滨湖区人民政府"></a>
<div class="search"><form action="/search/" method="get"><input type="text" name="keyword" value="请输入关键字"><input type="submit" value="搜索"></form></div>
</div></div>
<div class="menu"><div class="wrap"><ul>
<li><a href="/">首页</a></li><li><a href="/zjbh/">走进滨湖</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li><li><a href="/tzbh/">投资滨湖</a></li>
</ul></div></div>
<div class="wrap">
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a> &gt; 正文</div>
<table class="xxgk_table" cellpadding="0" cellspacing="0">
<tr><td class="t">索 引 号：</td><td>014162631/2022-00018</td><td class="t">信息分类：</td><td>政府工作报告</td></tr>
<tr><td class="t">发布机构：</td><td>滨湖区人民政府办公室</td><td class="t">生成日期：</td><td>2022-01-14</td></tr>
<tr><td class="t">文件名称：</td><td colspan="3">2022年滨湖区政府工作报告</td></tr>
<tr><td class="t">文　　号：</td><td>无</td><td class="t">有 效 性：</td><td>有效</td></tr>
</table>
<div class="article">
<h1 class="art-title">2022年滨湖区政府工作报告</h1>
<div class="art-info">
<span>发布日期：2022-01-14 09:20</span> <span>来源：区政府办公室</span> <span>访问量：<script>document.write(5274)</script></span>
<span>【字号：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a>】</span>
<span class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信">微信</a> <a class="bds_tsina" title="分享到新浪微博">微博</a></span>
</div>
<div class="art-con TRS_Editor" id="zoom">
"""

HTML_TAIL = """</div>
<div class="art-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a>
<span class="art-tool"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a> <a href="javascript:scroll(0,0)">【返回顶部】</a></span></div>
</div>
<div class="related">
<div class="related-tit">相关链接</div>
<ul>
<li><a href="/zwgk/zfgzbg/202101/t20210118_3316512.shtml">2021年滨湖区政府工作报告</a> <span>2021-01-18</span></li>
<li><a href="/zwgk/zfgzbg/202001/t20200117_2895106.shtml">2020年滨湖区政府工作报告</a> <span>2020-01-17</span></li>
<li><a href="/zwgk/zcjd/202201/t20220115_3702261.shtml">图解：2022年滨湖区政府工作报告</a> <span>2022-01-15</span></li>
<li><a href="/zwgk/ghjh/202201/t20220114_3701988.shtml">关于滨湖区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告</a> <span>2022-01-14</span></li>
<li><a href="/zwgk/ghjh/202101/t20210120_3318840.shtml">无锡市滨湖区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要</a> <span>2021-01-20</span></li>
</ul>
</div>
</div>
<div class="foot"><div class="wrap">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/syzn/">使用帮助</a> | <a href="/jcyj/">纠错</a></p>
<p>主办单位：无锡市滨湖区人民政府办公室　承办单位：无锡市滨湖区大数据管理局</p>
<p>版权所有：无锡市滨湖区人民政府　地址：无锡市滨湖区观山路118号　邮编：214071</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备10208876号-2</a>　苏公网安备 32021102000731号　网站标识码：3202110003</p>
</div></div>
<script type="text/javascript" src="/static/js/common.js"></script>
</body>
</html>
"""


def build_html():
    paras = paragraphs("binhu-2022.txt")
    out = [HTML_HEAD]
    e = html.escape
    sub_heads = 0
    for i, p in enumerate(paras):
        if i == 0:
            out.append(f'<p align="center"><strong>{e(p)}</strong></p>\n')
        elif i in (1, 2):
            out.append(f'<p align="center">{e(p)}</p>\n')
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 40):
            out.append(f'<p style="text-indent:2em"><strong>{e(p)}</strong></p>\n')
        elif len(p) < 20 and "，" in p and "。" not in p:  # unnumbered review sub-headings
            sub_heads += 1
            out.append(f'<p style="text-indent:2em"><strong>{e(p)}</strong></p>\n')
        else:
            m = LEAD_RE.match(p) or re.match(r"^(——[^。]{2,12}。)", p)
            if m and not p.startswith("各位代表") and not p.startswith("一是") and not re.match(r"^[二三四五六七]是", p):
                k = len(m.group(1))
                out.append(f'<p style="text-indent:2em"><strong>{e(p[:k])}</strong>{e(p[k:])}</p>\n')
            else:
                out.append(f'<p style="text-indent:2em">{e(p)}</p>\n')
    out.append(HTML_TAIL)
    text = "".join(out)
    for ch in set(text):  # every character except the em dash must be a GB2312 character
        if ch != "\u2014":
            ch.encode("gb2312")
    # U+2014 is written as A1AA, the GB2312 dash byte pair (Python's gb2312 codec maps it to U+2015)
    (OUT / "binhu-2022.html").write_bytes(text.encode("gbk"))


# ------------------------------------------------------------------ DOCX
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


def build_docx():
    paras = paragraphs("yixing-2022.txt")
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
    cp.title = "2022年宜兴市政府工作报告"
    cp.author = "宜兴市人民政府办公室"
    cp.subject = "宜兴市第十七届人民代表大会第二次会议"
    cp.keywords = "政府工作报告;宜兴市;2022"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "宜兴市人民政府"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(fp)

    in_plan = False
    for i, p in enumerate(paras):
        if i == 0:
            h = doc.add_paragraph(style="Title")
            r = h.add_run(p)
            set_east_asian_font(r, "方正小标宋简体")
            h.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if i in (1, 2):
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
        m = LEAD_RE.match(p)
        if m and not p.startswith("各位代表") and not p.startswith("过去一年"):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        else:
            q.add_run(p)
    doc.save(OUT / "yixing-2022.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_pdf()
    build_html()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
