"""Build the three corpus files of the jiangning eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/jiangning/source/make_corpus.py
  source/jiangning-2024.txt -> corpus/jiangning-2024.docx  (Word, python-docx)
  source/jiangning-2025.txt -> corpus/jiangning-2025.html  (saved web page, UTF-8)
  source/liuhe-2025.txt     -> corpus/liuhe-2025.txt      (GB18030, CRLF, U+3000 indents)
"""
import html
import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
NUM_RE = re.compile(r"^\d+\.")
LEAD_RE = re.compile(r"^([^。：；，]{2,16}。)")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def set_east_asian_font(run, font="宋体"):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def add_page_number(paragraph):
    run = paragraph.add_run("— ")
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
    return run


def build_docx():
    paras = paragraphs("jiangning-2024.txt")
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(14)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr()
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        normal.element.rPr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    cp = doc.core_properties
    cp.title = "2024年江宁区政府工作报告"
    cp.author = "江宁区人民政府办公室"
    cp.subject = "南京市江宁区第十八届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;江宁区;2024"

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "南京市江宁区人民政府"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(fp)

    in_plan = False
    for i, p in enumerate(paras):
        if i == 0:  # title
            h = doc.add_paragraph(style="Title")
            r = h.add_run(p)
            set_east_asian_font(r, "方正小标宋简体")
            h.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if i in (1, 2):  # date/meeting line, speaker line
            q = doc.add_paragraph()
            r = q.add_run(p)
            r.font.size = Pt(12)
            set_east_asian_font(r, "楷体_GB2312")
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if PART_RE.match(p):
            in_plan = p.startswith("二、") or p.startswith("三、")
            h = doc.add_heading(level=1)
            r = h.add_run(p)
            set_east_asian_font(r, "黑体")
            continue
        if SUB_RE.match(p) and len(p) < 40:
            if not in_plan:
                h = doc.add_heading(level=2)  # review sub-headings: real Word heading style
                r = h.add_run(p)
                set_east_asian_font(r, "楷体_GB2312")
            else:
                q = doc.add_paragraph()  # plan sub-headings: plain bold paragraph
                r = q.add_run(p)
                r.bold = True
            continue
        q = doc.add_paragraph()
        q.paragraph_format.first_line_indent = Pt(28)
        m = LEAD_RE.match(p)
        if m and not p.startswith("各位代表") and not p.startswith("——"):
            r = q.add_run(m.group(1))
            r.bold = True
            q.add_run(p[len(m.group(1)):])
        elif p.startswith("——") and "。" in p:
            k = p.index("。") + 1
            r = q.add_run(p[:k])
            r.bold = True
            q.add_run(p[k:])
        else:
            q.add_run(p)
    doc.save(OUT / "jiangning-2024.docx")


HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="南京市江宁区人民政府">
<meta name="SiteDomain" content="www.jiangning.gov.cn">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2025年江宁区政府工作报告">
<meta name="PubDate" content="2025-01-15 16:30">
<meta name="ContentSource" content="区政府办公室">
<title>2025年江宁区政府工作报告_政府工作报告_南京市江宁区人民政府</title>
<link rel="stylesheet" href="/images/2023/css/common.css">
<link rel="stylesheet" href="/images/2023/css/article.css">
<script src="/images/2023/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="welcome">欢迎访问南京市江宁区人民政府网站！</span>
<span class="today">2025年01月15日 星期三</span>
<a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" id="zhzx">长者模式</a> |
<a href="javascript:void(0)" id="fanti">繁體</a> | <a href="/english/">English</a> | <a href="/wap/">手机版</a> |
<a href="/member/login">登录</a> | <a href="/member/register">注册</a>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="/"><img src="/images/2023/logo.png" alt="南京市江宁区人民政府"></a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zjjn/">走进江宁</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li>
<li><a href="/tzjn/">投资江宁</a></li>
</ul></div>
<div class="w1200 main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<table class="xxgk-meta">
<tr><th>索引号：</th><td>11320115MB1937642R/2025-00013</td><th>分类：</th><td>综合政务 \\ 通知公告</td></tr>
<tr><th>发布机构：</th><td>区政府办公室</td><th>发布日期：</th><td>2025-01-15</td></tr>
<tr><th>名称：</th><td colspan="3">2025年江宁区政府工作报告</td></tr>
<tr><th>文号：</th><td>无</td><th>来源：</th><td>区政府办公室</td></tr>
</table>
<div class="article">
<h1 class="article-title">2025年江宁区政府工作报告</h1>
<div class="article-info">
<span>发布时间：2025-01-15 16:30</span><span>来源：区政府办公室</span><span>浏览次数：<em id="hits">8,216</em></span>
<span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a> <a class="wb" href="javascript:void(0)">微博</a></span>
</div>
<div class="article-content TRS_Editor" id="zoom">
"""

HTML_TAIL = """</div>
<div class="share-bar">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ空间</a>
<span class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></span></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="/zwgk/zfgzbg/202401/t20240116_4120931.html">2024年江宁区政府工作报告</a><span>2024-01-16</span></li>
<li><a href="/zwgk/zfgzbg/202301/t20230113_3791024.html">2023年江宁区政府工作报告</a><span>2023-01-13</span></li>
<li><a href="/zwgk/zfgzbg/202201/t20220114_3310782.html">2022年江宁区政府工作报告</a><span>2022-01-14</span></li>
<li><a href="/zwgk/zcjd/202501/t20250116_4501187.html">图解：一图读懂2025年江宁区政府工作报告</a><span>2025-01-16</span></li>
<li><a href="/zwgk/ghjh/202501/t20250115_4500962.html">关于江宁区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告</a><span>2025-01-15</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/syzn/">使用帮助</a> | <a href="/jc/">纠错</a></p>
<p>主办单位：南京市江宁区人民政府办公室　承办单位：南京市江宁区大数据管理中心</p>
<p>版权所有：南京市江宁区人民政府　地址：南京市江宁区竹山路586号　邮编：211100</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备05018563号-1</a>　<img src="/images/2023/ga.png" alt="">苏公网安备 32011502010387号　网站标识码：3201150002</p>
</div></div>
<script src="/images/2023/js/article.js"></script>
</body>
</html>
"""


def build_html():
    paras = paragraphs("jiangning-2025.txt")
    out = [HTML_HEAD]
    for i, p in enumerate(paras):
        e = html.escape
        if i == 0:
            out.append(f'<p style="text-align: center;"><strong>{e(p)}</strong></p>\n')
        elif i in (1, 2):
            out.append(f'<p style="text-align: center;">{e(p)}</p>\n')
        elif PART_RE.match(p) or (NUM_RE.match(p) and len(p) < 20):
            out.append(f'<p style="text-indent: 2em;"><strong>{e(p)}</strong></p>\n')
        else:
            m = re.match(r"^(（[一二三四五六七八九十]+）[^。]{2,20}。)", p) or (
                re.match(r"^(——[^。]{2,12}。)", p))
            if m:
                k = len(m.group(1))
                out.append(f'<p style="text-indent: 2em;"><strong>{e(p[:k])}</strong>{e(p[k:])}</p>\n')
            else:
                out.append(f'<p style="text-indent: 2em;">{e(p)}</p>\n')
    out.append(HTML_TAIL)
    (OUT / "jiangning-2025.html").write_text("".join(out), encoding="utf-8")


def build_txt():
    paras = paragraphs("liuhe-2025.txt")
    lines = []
    for i, p in enumerate(paras):
        if i == 0:
            lines.append(" " * 20 + p)
        elif i in (1, 2):
            lines.append(" " * 8 + p)
        elif i == 3 or PART_RE.match(p):
            lines.append(p)
        else:
            lines.append("\u3000\u3000" + p)
    data = "\r\n".join(lines) + "\r\n"
    (OUT / "liuhe-2025.txt").write_bytes(data.encode("gb18030"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    build_html()
    build_txt()
    print("built", sorted(x.name for x in OUT.iterdir()))
