"""Build the three corpus files of the yinchuan eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/yinchuan/source/make_corpus.py
  source/xingqing-2023.txt -> corpus/xingqing-2023.html (a government web page saved from the browser, UTF-8, whose
                              article text carries ANTI-SCRAPING HIDDEN CHARACTERS: random CJK / ASCII characters in
                              <span style="display:none">…</span>, <span style="display: none;">…</span> and
                              <font class="hide-x">…</font> (the head's <style> block says .hide-x{display:none}),
                              sprinkled inside sentences and inside numbers ("827<font class="hide-x">3</font>.4亿元");
                              plus page furniture: top bar, nav, breadcrumb, info line, share bar, 相关链接 with other
                              years' / places' figures, footer with 备案号)
  source/jinfeng-2024.txt  -> corpus/jinfeng-2024.docx (a PDF pasted into Word: every visual line of the PDF is one run
                              ended by a soft line break <w:br/>, one Word paragraph per PDF page (the title block is a
                              centred paragraph of its own), so report paragraphs continue across Word paragraphs and
                              start only with a literal full-width indent "　　"; lines are cut mid-sentence and, three
                              times, inside a number)
  source/xingqing-2025.txt -> corpus/xingqing-2025.pdf (an official red-header document (红头文件): page 1 carries
                              "银川市兴庆区人民政府文件" in large red type, the document number "兴政发〔2025〕1号" and a
                              red rule, then the title and the report; "— n —" folios (odd pages right, even pages
                              left); "（此件公开发布）" and the 版记 (抄送 / 印发 lines between rules) on the last page;
                              one text object per line)

Source convention: paragraphs separated by one blank line. The sources are the published READING of the files: the page's
article without hidden elements and furniture; the docx lines joined (a line starting with "　　" starts a paragraph);
the PDF text layer without the red header, document number, 版记 and folios, lines joined.
Byte-reproducible: no timestamps in the HTML, fixed docx core properties and zip entry dates, fixed PDF dates / ID
(SOURCE_DATE_EPOCH + reportlab invariant mode), all randomness from seeded random.Random.
"""
import html
import io
import os
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")
NUM_RE = re.compile(r"\d[\d,.]*\d|\d")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ====================================================================== HTML (xingqing-2023): hidden characters
HTML_SEED = 20230109
HIDE_FORMS = ['<span style="display:none">{}</span>', '<font class="hide-x">{}</font>',
              '<span style="display: none;">{}</span>']
HIDE_RE = re.compile(r'<span style="display:\s?none;?">[^<]*</span>|<font class="hide-x">[^<]*</font>')
POOL_CJK = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
            "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
            "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
            "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活"
            "设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则")
POOL_ASC = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
NUM_INSERT_P = 0.45      # probability that a number of two or more characters gets a hidden digit inside
GAP_INSERT_P = 1 / 21    # probability of a hidden element in any other gap between two characters
HTML_NOISE = ["兴庆区2023年地区生产总值突破880亿元", "兴庆区2023年新签约亿元以上项目42个", "金凤区2022年实现地区生产总值680.2亿元",
              "西夏区2022年城镇新增就业1.16万人", "银川市2022年地区生产总值2,535.6亿元", "2022年兴庆区引进品牌首店25家",
              "解放东街139号", "750001", "0951-6712345", "6401040001", "宁ICP备05001386号", "64010402000127",
              "4786", "1593208"]
PAGE_URL = "http://www.ycxq.gov.cn/xxgk/zfxxgk/fdzdgknr/zfgzbg/202301/t20230116_3952174.html"


def hidden_text(rng, in_number):
    if in_number:
        return rng.choice("0123456789" * 4 + ".,")
    k = rng.choice((1, 1, 1, 2, 2, 3))
    if rng.random() < 0.7:
        return "".join(rng.choice(POOL_CJK) for _ in range(k))
    return "".join(rng.choice(POOL_ASC) for _ in range(k))


def hide_plan(paras):
    """For every paragraph the list of (gap index, hidden text, in_number): a hidden element is inserted before
    character index `gap`. Deterministic (seeded)."""
    plans = []
    for n, p in enumerate(paras):
        rng = random.Random(HTML_SEED * 1000 + n)
        if n == 0:            # the title line stays clean
            plans.append([])
            continue
        num_gaps = {}
        for m in NUM_RE.finditer(p):
            if m.end() - m.start() >= 2 and rng.random() < NUM_INSERT_P:
                gap = rng.randrange(m.start() + 1, m.end())
                num_gaps[gap] = True
        inside = set()
        for m in NUM_RE.finditer(p):
            inside.update(range(m.start() + 1, m.end()))
        plan = []
        for gap in range(1, len(p)):
            if gap in num_gaps:
                plan.append((gap, hidden_text(rng, True), True))
            elif gap not in inside and rng.random() < GAP_INSERT_P:
                plan.append((gap, hidden_text(rng, False), False))
        plans.append(plan)
    return plans


def hide_form(n, gap, k):
    return HIDE_FORMS[(n * 7 + gap * 3 + k) % len(HIDE_FORMS)]


def html_article_paragraph(n, p, plan):
    out, pos = [], 0
    for k, (gap, hid, _num) in enumerate(plan):
        out.append(html.escape(p[pos:gap], quote=False))
        out.append(hide_form(n, gap, k).format(html.escape(hid, quote=False)))
        pos = gap
    out.append(html.escape(p[pos:], quote=False))
    body = "".join(out)
    if n == 0:
        return f'<p style="text-align:center;text-indent:0"><strong><span style="font-size:22px">{body}</span></strong></p>'
    if n in (1, 2):
        return f'<p style="text-align:center;text-indent:0"><span style="font-family:楷体">{body}</span></p>'
    if p.startswith("各位代表："):
        return f'<p style="text-indent:0">{body}</p>'
    if PART_RE.match(p):
        return f"<p><strong>{body}</strong></p>"
    if SUB_RE.match(p) and len(p) < 40:
        return f'<p><strong><span style="font-family:楷体">{body}</span></strong></p>'
    return f"<p>{body}</p>"


HTML_HEAD = """<!DOCTYPE html>
<!-- saved from url=({n:04d}){url} -->
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2023年兴庆区政府工作报告_政府工作报告_银川市兴庆区人民政府</title>
<meta name="SiteName" content="银川市兴庆区人民政府">
<meta name="SiteDomain" content="www.ycxq.gov.cn">
<meta name="SiteIDCode" content="6401040001">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2023年兴庆区政府工作报告">
<meta name="PubDate" content="2023-01-16 10:32">
<meta name="ContentSource" content="兴庆区人民政府办公室">
<link rel="stylesheet" href="./2023年兴庆区政府工作报告_files/common.css">
<link rel="stylesheet" href="./2023年兴庆区政府工作报告_files/article.css">
<style>
.hide-x{{display:none}}
.TRS_Editor p{{text-indent:2em;line-height:2;font-size:16px;margin:0 0 6px 0}}
.art-info span{{margin:0 8px}}
</style>
<script src="./2023年兴庆区政府工作报告_files/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问银川市兴庆区人民政府网站</span><span class="links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></span></div></div>
<div class="header"><div class="w1200"><img src="./2023年兴庆区政府工作报告_files/logo.png" alt="银川市兴庆区人民政府"><form class="search" action="#"><input type="text" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="#">首页</a></li><li><a href="#">走进兴庆</a></li><li><a href="#">信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="crumb w1200">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府工作报告</a></div>
<div class="main w1200">
<div class="article">
<h1 class="art-title">2023年兴庆区政府工作报告</h1>
<div class="art-info"><span>发布时间：2023-01-16 10:32</span><span>来源：兴庆区人民政府办公室</span><span>浏览次数：<em id="views">4786</em></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qz">QQ空间</a><a href="#" class="print">打印</a></div>
<div class="TRS_Editor" id="zoom">
"""
HTML_TAIL = """</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="art-page"><p>上一篇：<a href="#">2022年兴庆区政府工作报告</a></p><p>下一篇：<a href="#">图解：2023年兴庆区政府工作报告</a></p></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="#">兴庆区2023年地区生产总值突破880亿元</a><span>2024-01-12</span></li>
<li><a href="#">兴庆区2023年新签约亿元以上项目42个</a><span>2024-01-05</span></li>
<li><a href="#">金凤区2022年实现地区生产总值680.2亿元</a><span>2023-01-13</span></li>
<li><a href="#">西夏区2022年城镇新增就业1.16万人</a><span>2023-01-11</span></li>
<li><a href="#">银川市2022年地区生产总值2,535.6亿元</a><span>2023-01-18</span></li>
<li><a href="#">2022年兴庆区引进品牌首店25家</a><span>2023-01-03</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a> | <a href="#">隐私保护</a></p>
<p>主办单位：银川市兴庆区人民政府办公室　地址：银川市兴庆区解放东街139号　邮编：750001　联系电话：0951-6712345</p>
<p>网站标识码：6401040001　<a href="#">宁ICP备05001386号</a>　<a href="#">宁公网安备 64010402000127号</a></p>
<p>您是本站第 1593208 位访问者</p>
</div></div>
<script>
$(function(){{ $("#zoom p").each(function(){{ $(this).attr("data-idx", $(this).index()); }}); }});
</script>
</body></html>
"""


def build_html():
    paras = paragraphs("xingqing-2023.txt")
    plans = hide_plan(paras)
    body = "\n".join(html_article_paragraph(n, p, plans[n]) for n, p in enumerate(paras)) + "\n"
    text = HTML_HEAD.format(n=len(PAGE_URL), url=PAGE_URL) + body + HTML_TAIL.format()
    (OUT / "xingqing-2023.html").write_bytes(text.encode("utf-8"))


# ====================================================================== DOCX (jinfeng-2024): a PDF pasted into Word
LINE_UNITS = 28          # a 公文 line: 28 ideographs (ASCII counts one half)
LINES_PER_PAGE = 22
FIRST_PAGE_LINES = 16    # page 1 carries the title block
INDENT = "\u3000\u3000"
HEAD_PUNCT = set("，。；：、！？）”’》」%")      # may not start a line: hangs at the end of the previous one
TAIL_PUNCT = set("（“‘《「")                    # may not end a line
# the only three numbers the paste cuts across a line end: (context, the number, characters of the number left on the
# first line). Every other number and every gold evidence string of jinfeng-2024 is kept on one line (see
# layout_paragraph); the evidence strings holding a cut number are deliberately left crossing the line end.
NUMBER_CUTS = [("累计达到1,420家", "1,420", 3), ("实现旅游总收入98.7亿元", "98.7", 3),
               ("总投资达到860亿元", "860", 2)]
DELIBERATE_CROSS_MARKS = [c for c, _n, _k in NUMBER_CUTS]
DOCX_STAMP = (2024, 1, 15, 16, 48, 0)


def units(s):
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in s)


def forced_cuts(p):
    out = set()
    for ctx, num, k in NUMBER_CUTS:
        at = p.find(ctx)
        if at >= 0:
            out.add(at + ctx.index(num) + k)
    return out


def protected_spans(p, keep):
    """Spans (start, end) of paragraph p that must stay on one line: every number (with a trailing %) except the
    three declared cuts, and every gold evidence string of jinfeng-2024 except those holding a declared cut."""
    cuts = forced_cuts(p)
    spans = []
    for m in NUM_RE.finditer(p):
        if any(m.start() < f < m.end() for f in cuts):
            continue
        e = m.end() + (1 if m.end() < len(p) and p[m.end()] == "%" else 0)
        spans.append((m.start(), e))
    for s in keep:
        if any(c in s for c in DELIBERATE_CROSS_MARKS):
            continue
        start = 0
        while True:
            k = p.find(s, start)
            if k < 0:
                break
            spans.append((k, k + len(s)))
            start = k + 1
    return spans


def layout_paragraph(p, indent, keep):
    """Greedy fixed-width lines (28 units). A declared number cut ends its line when it falls 35 %–110 % into it. A
    nominal cut falling inside protected spans moves to the start or the end of their union, whichever is nearer
    the nominal width (a line may then be shorter, or up to 6 units longer); closing punctuation hangs at the line
    end, opening punctuation never ends a line."""
    spans = protected_spans(p, keep)
    cuts = sorted(forced_cuts(p))
    lines, pos, first = [], 0, True
    while pos < len(p):
        width = (LINE_UNITS - 2 if indent else LINE_UNITS) if first else LINE_UNITS
        e, w = pos, 0.0
        while e < len(p) and w + units(p[e]) <= width:
            w += units(p[e])
            e += 1
        forced = [f for f in cuts if f > pos and 0.35 * width <= units(p[pos:f]) <= width + 3]
        if forced:
            e = forced[0]
        elif e < len(p):
            e0 = e
            for _ in range(30):
                inside = [(a, b) for a, b in spans if a < e < b]
                if not inside:
                    break
                a = min(x for x, _y in inside)
                b = max(y for _x, y in inside)
                ua, ub = units(p[pos:a]), units(p[pos:b])
                ok_a, ok_b = a > pos and ua >= 0.45 * width, ub <= width + 6
                if ok_b and (not ok_a or ub - width <= width - ua):
                    e = b
                elif ok_a or a > pos:
                    e = a          # (a short line rather than a cut evidence string)
                else:
                    e = e0
                    break
            while e < len(p) and p[e] in HEAD_PUNCT:
                e += 1
            while e - 1 > pos and p[e - 1] in TAIL_PUNCT:
                e -= 1
        lines.append((INDENT if (first and indent) else "") + p[pos:e])
        pos = e
        first = False
    return lines


def docx_lines(paras, keep):
    """(title lines, body lines) of the pasted PDF."""
    title = paras[:3]
    body = []
    for p in paras[3:]:
        body += layout_paragraph(p, not p.startswith("各位代表："), keep)
    return title, body


def docx_pages(body):
    pages, k = [], 0
    size = FIRST_PAGE_LINES
    while k < len(body):
        pages.append(body[k:k + size])
        k += size
        size = LINES_PER_PAGE
    if len(pages) > 1 and len(pages[-1]) < 6:   # a short last page goes with the one before
        last = pages.pop()
        pages[-1] = pages[-1] + last
    return pages


def jinfeng_keep():
    sys.path.insert(0, str(HERE))
    import build_gold  # noqa: E402  (reads the gold items: their evidence strings are kept on one line)
    return build_gold.evidence_of("jinfeng-2024")


def build_docx(keep=None):
    import datetime as dt
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    if keep is None:
        keep = jinfeng_keep()
    paras = paragraphs("jinfeng-2024.txt")
    title, body = docx_lines(paras, keep)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(25.4), Mm(25.4), Mm(31.8), Mm(31.8)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)

    def add_lines(par, lines, size=None, bold=False):
        for k, ln in enumerate(lines):
            run = par.add_run(ln)
            if size:
                run.font.size = Pt(size)
            if bold:
                run.bold = True
            if k < len(lines) - 1:
                run.add_break()

    tp = doc.add_paragraph()
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_lines(tp, title)
    tp.runs[0].font.size = Pt(18)
    tp.runs[0].bold = True
    for page in docx_pages(body):
        add_lines(doc.add_paragraph(), page)
    cp = doc.core_properties
    cp.title = ""
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.comments = ""
    cp.revision = 3
    cp.created = dt.datetime(2024, 1, 15, 16, 21, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "jinfeng-2024.docx").write_bytes(out.getvalue())


# ====================================================================== PDF (xingqing-2025): red-header document
RED_HEADER = "银川市兴庆区人民政府文件"
DOC_NUMBER = "兴政发〔2025〕1号"
PUBLIC_NOTE = "（此件公开发布）"
CC_LINES = ["抄送：区委各部门，区人大常委会办公室，区政协办公室，", "区法院，区检察院，各人民团体。"]
ISSUE_LINE = "兴庆区人民政府办公室　　　　　　　2025年1月10日印发"
PDF_TITLE = "银川市兴庆区2025年政府工作报告"
PDF_LEFT, PDF_RIGHT = 79.4, 73.7          # 28 mm / 26 mm
PDF_TOP, PDF_BOTTOM = 737.0, 99.0         # 37 mm / 35 mm
BODY_SIZE, BODY_LEAD = 15.5, 28.6
FOLIO_Y = 56.0
RED = (0.86, 0.08, 0.09)


def pdf_wrap(p, width_pt, first_indent_pt, size):
    """Lines of at most width_pt (measured with the font), closing punctuation hanging past the margin, opening
    punctuation never at a line end, ASCII runs (numbers, PM2.5) never broken."""
    from reportlab.pdfbase import pdfmetrics
    cw = {}

    def wid(ch):
        if ch not in cw:
            cw[ch] = pdfmetrics.stringWidth(ch, "WQY", size)
        return cw[ch]

    lines, pos, first = [], 0, True
    while pos < len(p):
        width = width_pt - (first_indent_pt if first else 0)
        e, w = pos, 0.0
        while e < len(p) and w + wid(p[e]) <= width + 0.01:
            w += wid(p[e])
            e += 1
        if e < len(p):
            while e > pos + 1 and p[e - 1].isascii() and p[e].isascii() and (p[e - 1].isalnum() or p[e - 1] in ".,%")\
                    and (p[e].isalnum() or p[e] in ".,%"):
                e -= 1   # ASCII runs (numbers, PM2.5) are never broken
            while e < len(p) and p[e] in HEAD_PUNCT:
                e += 1
            while e - 1 > pos and p[e - 1] in TAIL_PUNCT:
                e -= 1
        lines.append(p[pos:e])
        pos = e
        first = False
    return lines


def pdf_layout(paras):
    """pages: lists of (kind, size, x, y, text, align, colour)."""
    from reportlab.lib.pagesizes import A4
    W, _H = A4
    pages = [[]]
    cw = BODY_SIZE                               # one ideograph
    # page 1: red header, document number, red rule
    pages[0].append(("text", 34, W / 2, 700, RED_HEADER, "centre", RED))
    pages[0].append(("text", BODY_SIZE, W / 2, 640, DOC_NUMBER, "centre", None))
    pages[0].append(("rule", 2.0, PDF_LEFT, 622, W - PDF_RIGHT, "red", RED))
    y = [578.0]

    def newpage():
        pages.append([])
        y[0] = PDF_TOP

    for n, p in enumerate(paras):
        if n == 0:
            pages[-1].append(("text", 22, W / 2, y[0], p, "centre", None))
            y[0] -= 44
            continue
        if n in (1, 2):
            pages[-1].append(("text", 14, W / 2, y[0], p, "centre", None))
            y[0] -= 26 if n == 1 else 40
            continue
        indent = 0 if p.startswith("各位代表：") else 2
        for k, ln in enumerate(pdf_wrap(p, W - PDF_LEFT - PDF_RIGHT, indent * cw, BODY_SIZE)):
            if y[0] < PDF_BOTTOM:
                newpage()
            x = PDF_LEFT + (indent * cw if k == 0 else 0)
            pages[-1].append(("text", BODY_SIZE, x, y[0], ln, "left", None))
            y[0] -= BODY_LEAD
    # 版记 at the foot of the last page (a new page if the body ends too low)
    if y[0] < 230:
        newpage()
    pages[-1].append(("text", BODY_SIZE, PDF_LEFT + 2 * cw, y[0] - 6, PUBLIC_NOTE, "left", None))
    base = 150.0
    pages[-1].append(("rule", 0.75, PDF_LEFT, base + 62, W - PDF_RIGHT, "black", None))
    pages[-1].append(("text", 14, PDF_LEFT + 14, base + 40, CC_LINES[0], "left", None))
    pages[-1].append(("text", 14, PDF_LEFT + 14 + 3 * 14, base + 20, CC_LINES[1], "left", None))
    pages[-1].append(("rule", 0.5, PDF_LEFT, base + 8, W - PDF_RIGHT, "black", None))
    pages[-1].append(("text", 14, PDF_LEFT + 14, base - 14, ISSUE_LINE, "left", None))
    pages[-1].append(("rule", 0.75, PDF_LEFT, base - 26, W - PDF_RIGHT, "black", None))
    return pages


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    os.environ["SOURCE_DATE_EPOCH"] = "1736467200"  # 2025-01-10 00:00 UTC
    rl_config.invariant = 1
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    paras = paragraphs("xingqing-2025.txt")
    W, _H = A4
    c = canvas.Canvas(str(OUT / "xingqing-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("兴庆区人民政府办公室")
    c.setSubject("银川市兴庆区第十一届人民代表大会第四次会议")
    c.setKeywords("兴政发〔2025〕1号;政府工作报告")
    c.setCreator("兴庆区人民政府办公室")
    pages = pdf_layout(paras)
    for n, ops in enumerate(pages, 1):
        for op in ops:
            if op[0] == "rule":
                _k, lw, x0, yy, x1, _kind, col = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*(col or (0, 0, 0)))
                c.line(x0, yy, x1, yy)
                continue
            _k, size, x, yy, text, how, col = op
            c.setFillColorRGB(*(col or (0, 0, 0)))
            if text == RED_HEADER:
                t = c.beginText()
                t.setFont("WQY", size)
                t.setCharSpace(3)
                tw = pdfmetrics.stringWidth(text, "WQY", size) + 3 * (len(text) - 1)
                t.setTextOrigin(x - tw / 2, yy)
                t.textOut(text)
                c.drawText(t)
                continue
            c.setFont("WQY", size)
            if how == "centre":
                c.drawCentredString(x, yy, text)
            else:
                c.drawString(x, yy, text)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("WQY", 14)
        folio = f"— {n} —"
        if n % 2:
            c.drawRightString(W - PDF_RIGHT - 14, FOLIO_Y, folio)
        else:
            c.drawString(PDF_LEFT + 14, FOLIO_Y, folio)
        c.showPage()
    c.save()
    return len(pages)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_html()
    build_docx()
    build_pdf()
    print("built", sorted(x.name for x in OUT.iterdir()))
