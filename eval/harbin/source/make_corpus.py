"""Build the three corpus files of the harbin eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/harbin/source/make_corpus.py
  source/nangang-2025.txt -> corpus/nangang-2025.docx (Word draft with tracked changes left in: w:del / w:ins pairs,
                                                      deletion-only and insertion-only changes; soft line breaks
                                                      <w:br/> inside body paragraphs; three comments whose text is
                                                      not report text; w:trackRevisions on; fixed core properties
                                                      and zip entry dates)
  source/nangang-2026.txt -> corpus/nangang-2026.pdf  (reportlab, A4: cover page (title, meeting, date), a "目　录"
                                                      page with dotted leaders and page numbers, body pages numbered
                                                      from 1 with alternating running headers and outer-corner
                                                      page numbers "- n -", the appendix "附件：名词解释" on its own page)
  source/daoli-2026.txt   -> corpus/daoli-2026.html   (page saved from an old government CMS: GB2312 bytes, charset
                                                      only in <meta http-equiv>, nested layout <table>s, the report
                                                      as <br>-separated lines in one <td>, &nbsp; / U+3000 indents,
                                                      entities for quotes and dashes, one data table; print / close
                                                      / font-size bars, 附件下载, 上一篇 / 下一篇, 主办 / 承办 / ICP footer)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row).
The sources hold the ACCEPTED reading of the docx (deleted text is not in the source, inserted text is).
Byte-reproducible: fixed docx core properties, comment / revision dates and zip entry dates; fixed PDF dates / ID
(SOURCE_DATE_EPOCH + reportlab invariant mode); no timestamps in the HTML.
Technique adapted from eval/xian/source/make_corpus.py.
"""
import html
import io
import os
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")


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


# ------------------------------------------------------------------ DOCX (nangang-2025, tracked changes)
# (context before, inserted text, deleted text): context + inserted text is unique in the accepted source text; the
# deleted text is placed right before the inserted text. inserted "" = deletion only; deleted "" = insertion only.
EDITS = [
    ("全年实现地区生产总值1286.4亿元，增长", "5.2%", "5.4%"),
    ("新认定国家高新技术企业", "186家", "172家"),
    ("技术合同成交额达到", "186.3亿元", "178.6亿元"),
    ("入驻数字经济企业138家", "", "，年营业收入超过50亿元"),
    ("其中马家沟冰雪嘉年华接待游客", "286万人次", "260万人次"),
    ("惠及居民1.36万户", "，其中和兴路街道9个", ""),
    ("改造老旧供热管网76公里", "，供热室温达标率达到98.6%", ""),
    ("新建改造城市绿地18公顷", "", "，新建口袋公园9个"),
    ("2025年全区经济社会发展的主要预期目标是：地区生产总值增长", "5.5%左右", "6%左右"),
    ("哈西数智港二期工程", "年底前竣工", "9月底前竣工"),
    ("马家沟冰雪运动公园一期工程", "10月底前建成开放", "11月底前建成开放"),
]
EDIT_AUTHOR = "区政府办 文稿组"
EDIT_DATE = "2025-01-03T16:20:00Z"
# (commented span in the accepted text, comment text, author, initials)
COMMENTS = [
    ("旅游总收入462.3亿元", "建议补充：冰雪嘉年华期间带动周边餐饮住宿消费约3.2亿元，数据待区商务局确认。", "区发改局 刘晓东", "刘"),
    ("主次干道清雪作业在降雪停止后12小时内完成",
     "请与区城管局核对时限表述，2023年冬季为降雪停止后16小时内完成。", "区政府办 文稿组", "文"),
    ("新增养老床位380张", "区民政局意见：其中普惠型养老床位260张，是否写入请定。", "区民政局 赵敏", "赵"),
]
COMMENT_DATE = "2025-01-04T09:15:00Z"
BREAK_EVERY = 38  # soft line break before every 38th character of a long body paragraph (normal text only)
DOCX_STAMP = (2025, 1, 6, 17, 30, 0)


def docx_pieces(p, extra=()):
    """Cut an accepted paragraph into pieces: (kind, text, comment index or None), kind in t / ins / del, plus the
    break positions (before character i of the accepted text)."""
    marks = []  # (pos, inserted, deleted)
    for ctx, new, old in EDITS:
        k = p.find(ctx + new)
        if k >= 0:
            assert p.count(ctx + new) == 1, (ctx, new)
            marks.append((k + len(ctx), new, old))
    cuts = {0, len(p)} | set(extra)
    for pos, new, _ in marks:
        cuts |= {pos, pos + len(new)}
    com = []
    for n, (span, *_rest) in enumerate(COMMENTS):
        k = p.find(span)
        if k >= 0:
            com.append((k, k + len(span), n))
            cuts |= {k, k + len(span)}
    breaks = set()
    if len(p) > 60 and not PART_RE.match(p):
        breaks = {i for i in range(BREAK_EVERY, len(p), BREAK_EVERY)}
    ins_ranges = [(pos, pos + len(new)) for pos, new, _ in marks if new]
    breaks = {i for i in breaks if not any(a < i <= b for a, b in ins_ranges) and not any(a < i < b for a, b, _ in com)}
    cuts |= breaks
    cuts = sorted(cuts)
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        for pos, new, old in marks:
            if pos == a and old:
                pieces.append(("del", old, None, False))
        kind = "ins" if any(x <= a < y for x, y in ins_ranges) else "t"
        cn = next((n for x, y, n in com if x <= a < y), None)
        pieces.append((kind, p[a:b], cn, b in breaks))
    for pos, new, old in marks:
        if pos == len(p) and old:
            pieces.append(("del", old, None, False))
    return pieces


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    import datetime as dt

    paras = paragraphs("nangang-2025.txt")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.line_spacing = Pt(28)

    rev = [100]  # revision ids kept apart from the comment ids

    def next_id():
        rev[0] += 1
        return str(rev[0])

    def set_font(run, east=None, size=None, bold=False):
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if east:
            run.font.name = east
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)

    comment_runs = {}
    for n, p in enumerate(paras, 1):
        para = doc.add_paragraph()
        fmt = para.paragraph_format
        if n == 1:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(para.add_run(p), "方正小标宋简体", 22, True)
            continue
        if n in (2, 3):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(para.add_run(p), "楷体_GB2312")
            continue
        if PART_RE.match(p):
            set_font(para.add_run(p), "黑体", None, True)
            continue
        if not p.startswith("各位代表："):
            fmt.first_line_indent = Pt(32)
        head = len(p.split("。")[0]) + 1 if SUB_RE.match(p) else 0  # "（一）…。" heading sentence in bold 楷体
        pos = 0
        for kind, text, cn, brk in docx_pieces(p, [head] if head else []):
            if kind == "del":
                run = para.add_run()
                dtext = OxmlElement("w:delText")
                dtext.set(qn("xml:space"), "preserve")
                dtext.text = text
                run._r.append(dtext)
                wrap = OxmlElement("w:del")
            else:
                run = para.add_run(text)
                if pos < head:
                    assert pos + len(text) <= head, text
                    set_font(run, "楷体_GB2312", None, True)
                pos += len(text)
                if brk:
                    run.add_break()
                wrap = OxmlElement("w:ins") if kind == "ins" else None
                if cn is not None:
                    comment_runs.setdefault(cn, []).append(run)
            if wrap is not None:
                wrap.set(qn("w:id"), next_id())
                wrap.set(qn("w:author"), EDIT_AUTHOR)
                wrap.set(qn("w:date"), EDIT_DATE)
                para._p.remove(run._r)
                wrap.append(run._r)
                para._p.append(wrap)
    for cn, (span, text, author, initials) in enumerate(COMMENTS):
        runs = comment_runs[cn]
        c = doc.add_comment(runs=[runs[0], runs[-1]] if len(runs) > 1 else runs[0], text=text, author=author,
                            initials=initials)
        c._comment_elm.set(qn("w:date"), COMMENT_DATE)
    # tracked changes left switched on in the draft
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.find(qn("w:defaultTabStop")).addprevious(tr)
    cp = doc.core_properties
    cp.title = "哈尔滨市南岗区2025年政府工作报告（审议稿）"
    cp.author = "南岗区人民政府办公室"
    cp.last_modified_by = EDIT_AUTHOR
    cp.subject = "哈尔滨市南岗区第十七届人民代表大会第四次会议"
    cp.keywords = "政府工作报告;南岗区;2025;修订稿"
    cp.category = "政府工作报告"
    cp.comments = "修订稿，请各单位于1月6日前反馈意见"
    cp.revision = 7
    cp.created = dt.datetime(2024, 12, 20, 9, 0, 0)
    cp.modified = dt.datetime(2025, 1, 6, 17, 30, 0)
    cp.last_printed = dt.datetime(2025, 1, 6, 17, 0, 0)
    buf = io.BytesIO()
    doc.save(buf)
    # re-date every zip entry so that the file is byte-reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / "nangang-2025.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ PDF (nangang-2026: cover, contents, appendix)
PDF_HEAD_ODD = "南岗区2026年政府工作报告"
PDF_HEAD_EVEN = "哈尔滨市南岗区人民政府"
PDF_COVER = ["政府工作报告", "哈尔滨市南岗区第十七届人民代表大会第五次会议", "2026年1月7日"]
APPX = "附件：名词解释"
LEFT, RIGHT, TOP, BOTTOM = 76, 76, 100, 80


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


def pdf_layout(paras, F):
    """Lay the body out on numbered pages: returns (pages, {heading: page number}); a page is a list of draw ops
    (size, x, y, text, how) with how in left / centre."""
    from reportlab.lib.pagesizes import A4
    W, H = A4
    width = W - LEFT - RIGHT
    pages = [[]]
    y = [H - TOP]
    where = {}

    def newpage():
        pages.append([])
        y[0] = H - TOP

    for n, p in enumerate(paras, 1):
        if n == 1:
            pages[-1].append((22, W / 2, y[0] - 10, p, "centre"))
            y[0] -= 52
            continue
        if n in (2, 3):
            pages[-1].append((12, W / 2, y[0], p, "centre"))
            y[0] -= 24 if n == 2 else 36
            continue
        if p == APPX:
            newpage()
        if PART_RE.match(p) or p == APPX:
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
            if k == 0 and (PART_RE.match(p) or p == APPX):
                where[p] = len(pages)
            pages[-1].append((size, LEFT + (indent if k == 0 else 0), y[0], ln, "left"))
            y[0] -= lead
        y[0] -= 3
    return pages, where


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    paras = paragraphs("nangang-2026.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1767744000"  # 2026-01-07 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    W, H = A4
    c = canvas.Canvas(str(OUT / "nangang-2026.pdf"), pagesize=A4, invariant=1)
    c.setTitle("哈尔滨市南岗区2026年政府工作报告")
    c.setAuthor("南岗区人民政府办公室")
    c.setSubject("哈尔滨市南岗区第十七届人民代表大会第五次会议")
    c.setKeywords("政府工作报告;南岗区;2026;十五五")
    c.setCreator("南岗区人民政府办公室")
    pages, where = pdf_layout(paras, F)
    # cover: title, meeting, date only
    c.setFont(F, 40)
    c.drawCentredString(W / 2, H - 300, PDF_COVER[0])
    c.setFont(F, 16)
    c.drawCentredString(W / 2, H - 520, PDF_COVER[1])
    c.drawCentredString(W / 2, H - 550, PDF_COVER[2])
    c.showPage()
    # contents page: dotted leaders, right-aligned page numbers
    c.setFont(F, 22)
    c.drawCentredString(W / 2, H - 130, "目　录")
    yy = H - 200
    heads = [p for p in paras if PART_RE.match(p) or p == APPX]
    for h in heads:
        num = str(where[h])
        c.setFont(F, 14)
        c.drawString(LEFT, yy, h)
        x0 = LEFT + pdfmetrics.stringWidth(h, F, 14) + 6
        x1 = W - RIGHT - pdfmetrics.stringWidth(num, F, 14) - 6
        dot = pdfmetrics.stringWidth(".", F, 14)
        c.drawString(x0, yy, "." * int((x1 - x0) / dot))
        c.drawRightString(W - RIGHT, yy, num)
        yy -= 34
    c.showPage()
    for n, ops in enumerate(pages, 1):
        c.setFont(F, 10)
        if n % 2:
            c.drawRightString(W - RIGHT, H - 58, PDF_HEAD_ODD)
            c.drawRightString(W - RIGHT, 46, f"- {n} -")
        else:
            c.drawString(LEFT, H - 58, PDF_HEAD_EVEN)
            c.drawString(LEFT, 46, f"- {n} -")
        c.setLineWidth(0.6)
        c.line(LEFT, H - 64, W - RIGHT, H - 64)
        for size, x, yv, text, how in ops:
            c.setFont(F, size)
            if how == "centre":
                c.drawCentredString(x, yv, text)
            else:
                c.drawString(x, yv, text)
        c.showPage()
    c.save()
    return where


# ------------------------------------------------------------------ HTML (daoli-2026, old CMS, GB2312)
URL = "http://www.hrbdl.gov.cn/art/2026/1/15/art_10482_386271.html"
HTML_HEAD = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<!-- saved from url=({len(URL):04d}){URL} -->
<HTML><HEAD><TITLE>道里区2026年政府工作报告--哈尔滨市道里区人民政府</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5512" name=GENERATOR>
<META name=keywords content="道里区,政府工作报告,2026">
<LINK href="道里区2026年政府工作报告--哈尔滨市道里区人民政府.files/style.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="道里区2026年政府工作报告--哈尔滨市道里区人民政府.files/common.js"></SCRIPT>
<SCRIPT language=javascript>
function doZoom(size){{document.getElementById('fontzoom').style.fontSize=size+'px';}}
</SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight=0 marginwidth=0>
<TABLE cellSpacing=0 cellPadding=0 width=990 align=center border=0>
<TR><TD><IMG height=130 src="道里区2026年政府工作报告--哈尔滨市道里区人民政府.files/banner.jpg" width=990 alt="哈尔滨市道里区人民政府"></TD></TR>
<TR><TD class=nav height=36 align=center><A href="http://www.hrbdl.gov.cn/">网站首页</A> | <A href="http://www.hrbdl.gov.cn/col/col10401/">走进道里</A> | <A href="http://www.hrbdl.gov.cn/col/col10410/">政务公开</A> | <A href="http://www.hrbdl.gov.cn/col/col10420/">网上办事</A> | <A href="http://www.hrbdl.gov.cn/col/col10430/">政民互动</A> | <A href="http://www.hrbdl.gov.cn/col/col10440/">冰雪道里</A> | <A href="http://www.hrbdl.gov.cn/col/col10450/">招商引资</A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=990 align=center border=0>
<TR>
<TD vAlign=top width=200 class=leftbar>
<TABLE cellSpacing=0 cellPadding=4 width="100%" border=0>
<TR><TD class=lefttitle>政务公开</TD></TR>
<TR><TD><A href="http://www.hrbdl.gov.cn/col/col10411/">政府文件</A></TD></TR>
<TR><TD><A href="http://www.hrbdl.gov.cn/col/col10482/">政府工作报告</A></TD></TR>
<TR><TD><A href="http://www.hrbdl.gov.cn/col/col10483/">规划计划</A></TD></TR>
<TR><TD><A href="http://www.hrbdl.gov.cn/col/col10484/">财政预决算</A></TD></TR>
</TABLE>
</TD>
<TD vAlign=top width=790>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=position height=30>您现在的位置：<A href="http://www.hrbdl.gov.cn/">首页</A> &gt;&gt; <A href="http://www.hrbdl.gov.cn/col/col10410/">政务公开</A> &gt;&gt; <A href="http://www.hrbdl.gov.cn/col/col10482/">政府工作报告</A></TD></TR>
<TR><TD>
<TABLE cellSpacing=0 cellPadding=0 width="96%" align=center border=0>
<TR><TD class=arttitle align=center height=50><FONT size=5><B>道里区2026年政府工作报告</B></FONT></TD></TR>
<TR><TD align=center class=artinfo>发布日期：2026-01-15&nbsp;&nbsp;信息来源：道里区人民政府办公室&nbsp;&nbsp;浏览次数：<SPAN id=hits>2417</SPAN>&nbsp;&nbsp;【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】&nbsp;&nbsp;<A href="javascript:window.print()">【打印】</A>&nbsp;<A href="javascript:window.close()">【关闭】</A></TD></TR>
<TR><TD height=1 bgColor=#cccccc></TD></TR>
<TR><TD class=content id=fontzoom style="FONT-SIZE: 14px; LINE-HEIGHT: 26px">
"""

HTML_TAIL = """</TD></TR>
<TR><TD class=attach>附件下载：<BR>
<A href="http://www.hrbdl.gov.cn/module/download/downfile.jsp?filename=2026zfgzbg.doc&amp;classid=0">道里区2026年政府工作报告（全文）.doc</A><BR>
<A href="http://www.hrbdl.gov.cn/module/download/downfile.jsp?filename=2026zfgzbg_mcjs.pdf&amp;classid=0">2026年道里区政府工作报告名词解释.pdf</A></TD></TR>
<TR><TD align=right class=tools><A href="javascript:window.print()">【打印本页】</A>&nbsp;<A href="javascript:window.close()">【关闭窗口】</A>&nbsp;<A href="#top">【返回顶部】</A></TD></TR>
<TR><TD class=prevnext>上一篇：<A href="http://www.hrbdl.gov.cn/art/2025/1/16/art_10482_361904.html">道里区2025年政府工作报告</A><BR>
下一篇：<A href="http://www.hrbdl.gov.cn/art/2026/1/16/art_10482_386390.html">图解：2026年道里区政府工作报告</A></TD></TR>
</TABLE>
</TD></TR>
</TABLE>
</TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=990 align=center border=0 class=footer>
<TR><TD align=center height=24><A href="http://www.hrbdl.gov.cn/col/col10501/">关于我们</A> | <A href="http://www.hrbdl.gov.cn/col/col10502/">网站地图</A> | <A href="http://www.hrbdl.gov.cn/col/col10503/">联系我们</A> | <A href="http://www.hrbdl.gov.cn/col/col10504/">网站声明</A></TD></TR>
<TR><TD align=center height=24>主办：哈尔滨市道里区人民政府办公室&nbsp;&nbsp;承办：道里区政务服务和数据管理局</TD></TR>
<TR><TD align=center height=24>地址：哈尔滨市道里区安静街道兆麟街118号&nbsp;&nbsp;电话：0451-84612345&nbsp;&nbsp;网站标识码：2301020001</TD></TR>
<TR><TD align=center height=24>ICP备案：<A href="https://beian.miit.gov.cn/">黑ICP备05003172号</A>&nbsp;&nbsp;黑公网安备 23010202000318号</TD></TR>
</TABLE>
</BODY></HTML>
"""


def cms_esc(s):
    """The old CMS writes quotes and dashes as named entities (the em dash is not in GB2312)."""
    s = html.escape(s, quote=False)
    return s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;")


NBSP4 = "&nbsp;" * 4
IDS2 = "\u3000" * 2


def build_html():
    lines = []
    n = 0
    in_review = False
    for kind, x in table_runs(paragraphs("daoli-2026.txt")):
        if kind == "t":
            t = ["<TABLE cellSpacing=0 cellPadding=2 width=\"90%\" align=center border=1 borderColor=#000000>"]
            for k, row in enumerate(x):
                if k == 0:
                    t.append("<TR>" + "".join(f"<TD align=center><B>{cms_esc(c)}</B></TD>" for c in row) + "</TR>")
                else:
                    t.append("<TR>" + "".join(f"<TD align={'left' if j == 0 else 'center'}>{cms_esc(c)}</TD>"
                                              for j, c in enumerate(row)) + "</TR>")
            t.append("</TABLE>")
            lines.append("\n".join(t))
            continue
        n += 1
        p, e = x, cms_esc(x)
        if n == 1:
            lines.append("&nbsp;" * 36 + f"<FONT size=4><B>{e}</B></FONT><BR>")
        elif n == 2:
            lines.append("&nbsp;" * 8 + f"{e}<BR>")
        elif n == 3:
            lines.append("&nbsp;" * 40 + f"{e}<BR><BR>")
        elif PART_RE.match(p):
            in_review = p.startswith("一、")
            lines.append(f"<BR>{NBSP4}<B>{e}</B><BR>")
        elif SUB_RE.match(p) and len(p) < 20:
            lines.append(f"{IDS2}<B>{e}</B><BR>")
        elif p.startswith("各位代表："):
            lines.append(f"{e}<BR>")
        else:
            # the review part was pasted with full-width indents, the rest typed with &nbsp;
            lines.append((IDS2 if in_review else NBSP4) + f"{e}<BR>")
    text = HTML_HEAD + "\n".join(lines) + "\n" + HTML_TAIL
    (OUT / "daoli-2026.html").write_bytes(text.replace("\n", "\r\n").encode("gb2312"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
