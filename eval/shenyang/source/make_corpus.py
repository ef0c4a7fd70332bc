"""Build the three corpus files of the shenyang eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/shenyang/source/make_corpus.py
  source/heping-2025.txt -> corpus/heping-2025.docx (python-docx; every paragraph in the Normal style; title, part
                                                    headings typed in the text ("一、2024年工作回顾") and the
                                                    "（一）…。" section lead-ins as bold runs at the start of a body
                                                    paragraph; body paragraphs carry manual line breaks <w:br/> in the
                                                    middle of sentences (as text pasted from an e-mail); a final
                                                    appendix block "附件：名词解释"; fixed core properties and zip dates)
  source/heping-2026.txt -> corpus/heping-2026.pdf  (reportlab, A4, CJK TTF; running header "沈阳市和平区人民政府工作报告"
                                                    on every page, footer "第 n 页 共 m 页"; lines of a fixed width that
                                                    break inside words and numbers; paragraphs run on over page breaks;
                                                    ONE two-column indicator table drawn as text between rules)
  source/hunnan-2026.txt -> corpus/hunnan-2026.html (saved page of an older portal: HTML 4.01 doctype, GBK bytes, charset
                                                    declared only in <meta http-equiv>; upper-case layout tables; the
                                                    article in nested <table> cells; paragraphs separated by <br>, indents
                                                    as &nbsp;&nbsp;&nbsp;&nbsp; or U+3000 U+3000; nav, breadcrumb, share
                                                    bar, related links, footer with 辽ICP备…)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
Byte-reproducible: fixed PDF dates/ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties and zip
entry dates, seeded line-break positions, no timestamps in the HTML.
Technique adapted from eval/xian/source/make_corpus.py.
"""
import datetime as dt
import html
import io
import os
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")

PDF_HEAD = "沈阳市和平区人民政府工作报告"
DOCX_DATE = (2025, 1, 8, 9, 30, 0)


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


# ------------------------------------------------------------------ DOCX (heping-2025)
def soft_break_chunks(text, rng):
    """Cut a body text into chunks of 30-44 characters; a <w:br/> follows every chunk but the last."""
    cuts, pos = [], 0
    while True:
        pos += rng.randint(30, 44)
        if pos >= len(text) - 6:
            break
        cuts.append(pos)
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return out


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    rng = random.Random(20250108)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)

    def font(run, name, size=None, bold=False):
        run.font.name = name
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
        if size:
            run.font.size = Pt(size)
        run.bold = bold or None

    def body_runs(p, text):
        chunks = soft_break_chunks(text, rng)
        for k, ch in enumerate(chunks):
            r = p.add_run(ch)
            if k < len(chunks) - 1:
                r.add_break()

    n, appendix = 0, False
    for kind, t in table_runs(paragraphs("heping-2025.txt")):
        assert kind == "p"
        n += 1
        p = doc.add_paragraph()
        if n == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(t), "方正小标宋简体", 22, bold=True)
            continue
        if n in (2, 3):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(t), "楷体_GB2312")
            continue
        if t.startswith("附件："):
            appendix = True
            font(p.add_run(t), "黑体", bold=True)
            continue
        if PART_RE.match(t):
            p.paragraph_format.first_line_indent = Pt(32)
            font(p.add_run(t), "黑体", bold=True)
            continue
        if t.startswith("各位代表：") or t == "各位代表：":
            p.add_run(t)
            continue
        p.paragraph_format.first_line_indent = Pt(32)
        if SUB_RE.match(t) and not appendix:
            head, rest = t.split("。", 1)
            font(p.add_run(head + "。"), "楷体_GB2312", bold=True)
            body_runs(p, rest)
        elif len(t) > 50:
            body_runs(p, t)
        else:
            p.add_run(t)
    cp = doc.core_properties
    cp.title = "沈阳市和平区2025年政府工作报告"
    cp.author = "和平区人民政府办公室"
    cp.last_modified_by = "和平区人民政府办公室"
    cp.subject = "沈阳市和平区第十八届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;和平区;2025"
    cp.category = "政府工作报告"
    cp.comments = ""
    cp.revision = 2
    cp.created = dt.datetime(2025, 1, 8, 9, 0, 0)
    cp.modified = dt.datetime(2025, 1, 8, 9, 30, 0)
    cp.last_printed = dt.datetime(2025, 1, 8, 9, 30, 0)
    buf = io.BytesIO()
    doc.save(buf)
    # re-date every zip entry: byte-reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "heping-2025.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ PDF (heping-2026)
def wrap(text, font, size, width, first_indent=0.0):
    from reportlab.pdfbase import pdfmetrics
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


LEFT, RIGHT, TOP, BOTTOM = 73, 73, 108, 88
COL2 = 250  # x offset of the value column of the text-drawn table


def layout_pdf(paras, F, W, H):
    """Return a list of pages; a page is a list of draw operations (kind, x, y, size, text)."""
    width = W - LEFT - RIGHT
    pages = [[]]
    y = [H - TOP]

    def newpage():
        pages.append([])
        y[0] = H - TOP

    def op(*a):
        pages[-1].append(a)

    n = 0
    for kind, p in table_runs(paras):
        if kind == "t":
            rows = p
            need = 22 * len(rows) + 16
            if y[0] - need < BOTTOM:
                newpage()
            y[0] -= 4
            op("line", LEFT, y[0] + 16, W - RIGHT, 0.8)
            for k, row in enumerate(rows):
                op("text", LEFT + 12, y[0], 11, row[0])
                op("text", LEFT + COL2, y[0], 11, row[1])
                y[0] -= 22
                op("line", LEFT, y[0] + 16, W - RIGHT, 0.8 if k in (0, len(rows) - 1) else 0.3)
            y[0] -= 10
            continue
        n += 1
        if n == 1:
            op("ctext", W / 2, y[0] - 10, 22, p)
            y[0] -= 52
            continue
        if n in (2, 3):
            op("ctext", W / 2, y[0], 12, p)
            y[0] -= 24 if n == 2 else 36
            continue
        if PART_RE.match(p):
            size, lead, indent = 15, 26, 0.0
        else:
            size, lead, indent = 12, 21, 2 * 12
        if p.startswith("各位代表："):
            indent = 0.0
        lines = wrap(p, F, size, width, indent)
        if y[0] - lead * (len(lines) - 1) < BOTTOM and len(lines) <= 2:
            newpage()  # keep a heading / a two-line paragraph together
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()  # long paragraphs run on over the page break
            op("text", LEFT + (indent if k == 0 else 0), y[0], size, ln)
            y[0] -= lead
        y[0] -= 4
    return pages


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    paras = paragraphs("heping-2026.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1767744000"  # 2026-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    W, H = A4
    pages = layout_pdf(paras, "WQY", W, H)
    c = canvas.Canvas(str(OUT / "heping-2026.pdf"), pagesize=A4, invariant=1)
    c.setTitle("沈阳市和平区2026年政府工作报告")
    c.setAuthor("和平区人民政府办公室")
    c.setSubject("沈阳市和平区第十八届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;和平区;2026;十四五")
    c.setCreator("和平区人民政府办公室")
    m = len(pages)
    for i, ops in enumerate(pages, 1):
        c.setFont("WQY", 10.5)
        c.drawCentredString(W / 2, H - 58, PDF_HEAD)
        c.setLineWidth(0.6)
        c.line(LEFT, H - 66, W - RIGHT, H - 66)
        c.setFont("WQY", 10)
        c.drawCentredString(W / 2, 46, f"第 {i} 页 共 {m} 页")
        for o in ops:
            if o[0] == "line":
                c.setLineWidth(o[4])
                c.line(o[1], o[2], o[3], o[2])
            elif o[0] == "ctext":
                c.setFont("WQY", o[3])
                c.drawCentredString(o[1], o[2], o[4])
            else:
                c.setFont("WQY", o[3])
                c.drawString(o[1], o[2], o[4])
        c.showPage()
    c.save()


# ------------------------------------------------------------------ HTML (hunnan-2026, GBK, older portal)
URL = "http://www.hunnan.gov.cn/zwgk/zfgzbg/202601/t20260116_1467823.html"
SITE = "http://www.hunnan.gov.cn"
HTML_HEAD = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=({len(URL):04d}){URL} -->
<HTML><HEAD><TITLE>浑南区2026年政府工作报告_沈阳市浑南区人民政府</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gbk">
<META content="MSHTML 6.00.2900.6550" name=GENERATOR>
<META name=ColumnName content=政府工作报告>
<META name=ArticleTitle content=浑南区2026年政府工作报告>
<META name=PubDate content="2026-01-16 15:42">
<LINK href="浑南区2026年政府工作报告_沈阳市浑南区人民政府_files/style.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="浑南区2026年政府工作报告_沈阳市浑南区人民政府_files/common.js"></SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginwidth="0" marginheight="0">
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TBODY>
<TR><TD class=top_bar height=28>&nbsp;欢迎访问沈阳市浑南区人民政府网站！&nbsp;&nbsp;<A href="{SITE}/">设为首页</A> | <A href="javascript:;">加入收藏</A> | <A href="{SITE}/wza/">无障碍浏览</A> | <A href="{SITE}/ft/">繁体版</A></TD></TR>
<TR><TD><IMG height=120 src="浑南区2026年政府工作报告_沈阳市浑南区人民政府_files/banner.jpg" width=980 border=0 alt=沈阳市浑南区人民政府></TD></TR>
<TR><TD class=nav_bg height=36>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0><TBODY><TR>
<TD align=middle><A class=nav href="{SITE}/">首 页</A></TD><TD align=middle><A class=nav href="{SITE}/zjhn/">走进浑南</A></TD>
<TD align=middle><A class=nav href="{SITE}/zwgk/">政务公开</A></TD><TD align=middle><A class=nav href="{SITE}/zwfw/">政务服务</A></TD>
<TD align=middle><A class=nav href="{SITE}/hdjl/">互动交流</A></TD><TD align=middle><A class=nav href="{SITE}/tzhn/">投资浑南</A></TD>
<TD align=middle><A class=nav href="{SITE}/ztzl/">专题专栏</A></TD></TR></TBODY></TABLE></TD></TR>
</TBODY></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TBODY>
<TR><TD class=position height=32>&nbsp;&nbsp;当前位置：<A href="{SITE}/">首页</A> &gt;&gt; <A href="{SITE}/zwgk/">政务公开</A> &gt;&gt; <A href="{SITE}/zwgk/fdzdgknr/">法定主动公开内容</A> &gt;&gt; <A href="{SITE}/zwgk/zfgzbg/">政府工作报告</A></TD></TR>
<TR><TD vAlign=top>
<TABLE cellSpacing=0 cellPadding=0 width="96%" align=center border=0>
<TBODY>
<TR><TD class=art_title align=middle height=60><FONT size=5><B>浑南区2026年政府工作报告</B></FONT></TD></TR>
<TR><TD class=art_info align=middle height=30>发布日期：2026-01-16&nbsp;&nbsp;&nbsp;&nbsp;来源：浑南区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;点击数：<SPAN id=hits>2741</SPAN>&nbsp;&nbsp;&nbsp;&nbsp;【字号：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】</TD></TR>
<TR><TD><HR color=#cccccc SIZE=1></TD></TR>
<TR><TD>
<TABLE cellSpacing=0 cellPadding=10 width="100%" border=0>
<TBODY>
<TR><TD class=art_content id=zoom style="FONT-SIZE: 14px; LINE-HEIGHT: 28px">
<!--ContentStart-->"""

HTML_TAIL = f"""<!--ContentEnd-->
</TD></TR></TBODY></TABLE></TD></TR>
<TR><TD class=share height=36 align=right>分享到：<A href="javascript:;" title=分享到微信>微信</A> <A href="javascript:;" title=分享到新浪微博>新浪微博</A> <A href="javascript:;" title=分享到QQ空间>QQ空间</A>&nbsp;&nbsp;【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>
<TR><TD class=related>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0><TBODY>
<TR><TD class=related_title height=30><B>相关链接：</B></TD></TR>
<TR><TD>·<A href="{SITE}/zwgk/zfgzbg/202501/">浑南区2025年政府工作报告</A></TD></TR>
<TR><TD>·<A href="http://www.shenyang.gov.cn/zwgk/zfgzbg/">沈阳市2026年政府工作报告</A></TD></TR>
<TR><TD>·<A href="http://www.syhp.gov.cn/">和平区2026年政府工作报告</A></TD></TR>
<TR><TD>·<A href="http://www.shenhe.gov.cn/">沈河区2026年政府工作报告</A></TD></TR>
<TR><TD>·<A href="{SITE}/zwgk/ghjh/">沈阳市浑南区国民经济和社会发展第十五个五年规划纲要（草案）</A></TD></TR>
</TBODY></TABLE></TD></TR>
</TBODY></TABLE></TD></TR>
</TBODY></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TBODY>
<TR><TD align=middle height=28><A href="{SITE}/gywm/">关于我们</A> | <A href="{SITE}/wzdt/">网站地图</A> | <A href="{SITE}/lxwm/">联系我们</A> | <A href="{SITE}/wzsm/">网站声明</A></TD></TR>
<TR><TD align=middle height=24>主办：沈阳市浑南区人民政府办公室&nbsp;&nbsp;承办：浑南区大数据管理中心&nbsp;&nbsp;地址：沈阳市浑南区沈营路29-1号</TD></TR>
<TR><TD align=middle height=24>网站标识码：2101120017&nbsp;&nbsp;<A href="https://beian.miit.gov.cn/" target=_blank>辽ICP备05012836号</A>&nbsp;&nbsp;辽公网安备 21011202000169号</TD></TR>
</TBODY></TABLE>
<SCRIPT language=javascript>function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</SCRIPT>
</BODY></HTML>
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    body = []
    n = 0
    for kind, p in table_runs(paragraphs("hunnan-2026.txt")):
        assert kind == "p"
        n += 1
        e = esc(p)
        if n == 1:
            body.append(f"<DIV align=center><FONT size=4><B>{e}</B></FONT></DIV><BR>")
        elif n in (2, 3):
            body.append(f"<DIV align=center>{e}</DIV><BR>")
        elif p.startswith("各位代表："):
            body.append(f"<BR>{e}<BR>")
        elif PART_RE.match(p) or (SUB_RE.match(p) and len(p) < 30):
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<B>{e}</B><BR>")
        elif n % 2:
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{e}<BR>")
        else:
            body.append(f"\u3000\u3000{e}<BR>")
    text = HTML_HEAD + "\n" + "\n".join(body) + "\n" + HTML_TAIL
    (OUT / "hunnan-2026.html").write_bytes(text.replace("\n", "\r\n").encode("gbk"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
