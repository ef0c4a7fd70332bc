"""Build the three corpus files of the lanzhou eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/lanzhou/source/make_corpus.py
  source/chengguan-2022.txt -> corpus/chengguan-2022.txt  (plain text as Notepad saves a "Unicode" file: UTF-16 LE
                                                        with a BOM, CRLF line ends; the text HARD-WRAPPED at 38
                                                        characters (every character counts one) inside paragraphs, so that
                                                        lines also break inside numbers and words; paragraphs
                                                        separated by an empty line, body paragraphs indented with
                                                        two U+3000 on their first line only; title / date / 区长
                                                        lines padded with U+3000)
  source/chengguan-2024.txt -> corpus/chengguan-2024.docx (python-docx + lxml: part of the body inside CONTENT
                                                        CONTROLS — block-level w:sdt around the verdict paragraphs,
                                                        the whole part two and the government part; inline w:sdt
                                                        around single figures and around the date; one w:sdt that
                                                        still shows its PLACEHOLDER text "单击或点击此处输入文字。",
                                                        which is not report text —; section (七) of the review
                                                        inside a TEXT BOX (w:txbxContent, written twice as Word does:
                                                        wps:txbx in mc:Choice and v:textbox in mc:Fallback) anchored
                                                        in an empty paragraph; one Word table of the 2023 main
                                                        indicators)
  source/qilihe-2023.txt    -> corpus/qilihe-2023.html    (page saved from a district portal, UTF-8; the article body
                                                        as <p> paragraphs whose text is cut into many <span>s as a
                                                        Word paste leaves it — Latin digits in their own
                                                        lang="EN-US" spans, key figures bold red, and span
                                                        boundaries inside numbers ("612" | ".4"); indents written
                                                        as &nbsp; (part one) or U+3000 (parts two to four);
                                                        breadcrumb, info and share bars, a "相关新闻" / "图解" sidebar
                                                        and a footer whose figures belong to OTHER years or places)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). The sources are the reading order of the
corpus files: placeholder text of content controls, the VML fallback copy of the text box and all page furniture are
not report text.
Byte-reproducible: fixed docx core properties and zip entry dates, no timestamps in the TXT or HTML.
Technique adapted from eval/chongqing/source/make_corpus.py and eval/nanning/source/make_corpus.py.
"""
import html
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"

SEP = " | "
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")


def paragraphs(name):
    text = (HERE / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------ TXT (chengguan-2022, UTF-16 LE, hard-wrapped)
TXT_COLS = 38  # characters per line (the line counts characters, not display columns: digits count one too)
HANG = set("，。、；：？！）》”’%")
IDS = "\u3000\u3000"


def col_width(ch):
    return 1


def hard_wrap(text, first=""):
    """Wrap text at TXT_COLS characters like Word's "insert line breaks" export; closing punctuation may hang."""
    lines, cur, w = [], first, sum(col_width(c) for c in first)
    for ch in text:
        cw = col_width(ch)
        if w + cw > TXT_COLS and cur.strip("\u3000"):
            if ch in HANG:
                cur += ch
                lines.append(cur)
                cur, w = "", 0
                continue
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def txt_lines(paras):
    out = []
    for n, p in enumerate(paras, 1):
        if n == 1:
            out.append("\u3000" * 16 + p)
        elif n == 2:
            out.append("\u3000" * 2 + p)
        elif n == 3:
            out.append("\u3000" * 16 + p)
        elif PART_RE.match(p) or p.startswith("各位代表："):
            out += hard_wrap(p)
        else:
            out += hard_wrap(p, IDS)
        out.append("")
    return out


def build_txt():
    paras = paragraphs("chengguan-2022.txt")
    assert not any(SEP in p for p in paras)
    text = "\r\n".join(txt_lines(paras))
    (OUT / "chengguan-2022.txt").write_bytes(("\ufeff" + text).encode("utf-16-le"))


# ------------------------------------------------------------------ DOCX (chengguan-2024, content controls + text box)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (f'xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
PLACEHOLDER = "单击或点击此处输入文字。"
# inline content controls: (prefix of the paragraph, exact span inside it, alias, tag)
INLINE_SDT = [
    ("——2024年1月9日", "2024年1月9日", "会议日期", "hyrq"),
    ("2023年是全面贯彻党的二十大精神的开局之年", "1,826.4亿元", "地区生产总值", "gdp"),
    ("2023年是全面贯彻党的二十大精神的开局之年", "92.7亿元", "一般公共预算收入", "ybggys"),
    ("2024年是中华人民共和国成立75周年", "6%左右", "GDP预期目标", "gdpmb"),
    ("2024年是中华人民共和国成立75周年", "3.6万人", "就业预期目标", "jymb"),
    ("我们将坚持党的全面领导", "688项", "上线事项", "sxsx"),
]
# block content controls: (first paragraph prefix, last paragraph prefix (inclusive), alias, tag, locked)
BLOCK_SDT = [
    ("对照区十八届人大二次会议", "对照“十四五”规划目标", "目标完成情况", "mbwc", False),
    ("二、2024年目标任务", "同时，启动黄河风情线", "2024年目标任务", "mbrw", True),
    ("四、建设人民满意政府", "我们将旗帜鲜明讲政治", "政府自身建设", "zfjs", False),
]
# the text box: from the heading paragraph up to (not including) the paragraph with the second prefix
TEXTBOX = ("（七）十件民生实事全面完成", "（八）安全发展底线更加牢固")
DOCX_STAMP = (2024, 1, 5, 16, 40, 0)


def _font(run, east, size=None, bold=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = east
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _sdt_inline(run_el, alias, tag, sid, date=None):
    from docx.oxml import parse_xml
    extra = ('<w:date w:fullDate="2024-01-09T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
             '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
             if date else "<w:text/>")
    sdt = parse_xml(f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                    f'<w:id w:val="{sid}"/>{extra}</w:sdtPr><w:sdtContent/></w:sdt>')
    run_el.addprevious(sdt)
    sdt[1].append(run_el)


def _sdt_block(elements, alias, tag, sid, locked):
    from docx.oxml import parse_xml
    lock = '<w:lock w:val="sdtContentLocked"/>' if locked else '<w:lock w:val="sdtLocked"/>'
    sdt = parse_xml(f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                    f'<w:id w:val="{sid}"/>{lock}<w:richText/></w:sdtPr><w:sdtContent/></w:sdt>')
    elements[0].addprevious(sdt)
    for el in elements:
        sdt[1].append(el)


def _box_paras(paras):
    """w:p elements (as XML text) for the text box: heading bold 黑体, body 仿宋 12 pt."""
    out = []
    for k, p in enumerate(paras):
        font, bold = ("黑体", "<w:b/>") if k == 0 else ("仿宋_GB2312", "")
        jc = '<w:jc w:val="center"/>' if k == 0 else '<w:ind w:firstLine="480"/>'
        out.append(f'<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/>{jc}</w:pPr><w:r><w:rPr>'
                   f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{bold}<w:sz w:val="24"/>'
                   f'</w:rPr><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>')
    return "".join(out)


def _text_box_run(paras):
    from docx.oxml import parse_xml
    body = _box_paras(paras)
    cx, cy = 5580000, 3060000
    xml = f"""<w:r {NSDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>\
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" \
behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>\
<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>\
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>\
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>\
<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>\
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>\
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>\
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>\
<a:ln w="12700"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>\
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>\
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" \
anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>\
</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" \
path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>\
</v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;\
margin-left:0;margin-top:0;width:439.35pt;height:240.95pt;z-index:251659264;mso-position-horizontal:center;\
mso-position-horizontal-relative:margin" fillcolor="#f2f2f2" strokecolor="#7f7f7f" strokeweight="1pt">\
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>\
</mc:Fallback></mc:AlternateContent></w:r>"""
    return parse_xml(xml)


def build_docx():
    import datetime as dt
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    paras = paragraphs("chengguan-2024.txt")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.line_spacing = Pt(28)

    # placeholder content control before the title (document number field left empty: shows placeholder text)
    ph = doc.add_paragraph()
    ph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = ph.add_run(PLACEHOLDER)
    _font(run, "仿宋_GB2312", 14)
    run._r.get_or_add_rPr().append(parse_xml(f'<w:color xmlns:w="{W_NS}" w:val="808080"/>'))
    sdt = parse_xml(f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="文号"/><w:tag w:val="wh"/>'
                    f'<w:id w:val="-1873255210"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent/></w:sdt>')
    ph._p.addprevious(sdt)
    sdt[1].append(ph._p)

    els = {}  # source paragraph index -> body element (paragraph or table)
    sid = [1200]
    i = 0
    n = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for k, cell in enumerate(row):
                    cp = t.cell(r, k).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if (k == 0 and r) else WD_ALIGN_PARAGRAPH.CENTER
                    cp.paragraph_format.line_spacing = Pt(20)
                    _font(cp.add_run(cell), "仿宋_GB2312", 12, bold=(r == 0))
            continue
        if p.startswith(TEXTBOX[0]):
            box = []
            while not paras[i].startswith(TEXTBOX[1]):
                box.append(paras[i])
                i += 1
            anchor = doc.add_paragraph()
            anchor._p.append(_text_box_run(box))
            els[("box", len(box))] = anchor._p
            continue
        n += 1
        i += 1
        para = doc.add_paragraph()
        els[i - 1] = para._p
        fmt = para.paragraph_format
        if n == 1:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(para.add_run(p), "方正小标宋简体", 22)
            continue
        if n in (2, 3) and not p.startswith("——"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(para.add_run(p), "楷体_GB2312")
            continue
        if PART_RE.match(p):
            _font(para.add_run(p), "黑体", None, True)
            continue
        if SUB_RE.match(p) and len(p) < 30:
            fmt.first_line_indent = Pt(32)
            _font(para.add_run(p), "楷体_GB2312", None, True)
            continue
        if p.startswith("注："):
            _font(para.add_run(p), "仿宋_GB2312", 12)
            continue
        if p.startswith("——"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif not p.startswith("各位代表："):
            fmt.first_line_indent = Pt(32)
        font = "楷体_GB2312" if p.startswith("——") else "仿宋_GB2312"
        spans = sorted((p.index(s), s, alias, tag) for pre, s, alias, tag in INLINE_SDT if p.startswith(pre))
        cuts, pos = [], 0
        for k, s, alias, tag in spans:
            cuts.append((p[pos:k], None))
            cuts.append((s, (alias, tag)))
            pos = k + len(s)
        cuts.append((p[pos:], None))
        for text, ctl in cuts:
            if not text:
                continue
            if ctl:
                run = para.add_run(text)
                _font(run, font)
                sid[0] += 1
                _sdt_inline(run._r, ctl[0], ctl[1], sid[0], date=(ctl[1] == "hyrq"))
            else:
                for k in range(0, len(text), 61):  # Word-like run boundaries
                    _font(para.add_run(text[k:k + 61]), font)
    # block content controls
    for first, last, alias, tag, locked in BLOCK_SDT:
        a = next(k for k, p in enumerate(paras) if p.startswith(first))
        b = next(k for k, p in enumerate(paras) if p.startswith(last))
        group = [els[k] for k in range(a, b + 1)]
        sid[0] += 1
        _sdt_block(group, alias, tag, sid[0], locked)
    cp = doc.core_properties
    cp.title = "兰州市城关区2024年政府工作报告"
    cp.author = "城关区人民政府办公室"
    cp.last_modified_by = "城关区人民政府办公室"
    cp.subject = "兰州市城关区第十八届人民代表大会第三次会议"
    cp.keywords = "政府工作报告;城关区;2024"
    cp.category = "政府工作报告"
    cp.comments = "由“区政府公文模板（内容控件版）”生成"
    cp.revision = 4
    cp.created = dt.datetime(2023, 12, 28, 9, 30, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    cp.last_printed = dt.datetime(2024, 1, 5, 16, 0, 0)
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
    (OUT / "chengguan-2024.docx").write_bytes(out.getvalue())


# ------------------------------------------------------------------ HTML (qilihe-2023, portal page, spans in numbers)
URL = "http://www.qlh.gov.cn/zwgk/zfgzbg/202301/t20230116_1042763.html"
FILES = "2023年七里河区政府工作报告_兰州市七里河区人民政府_files"
CN = '<span style="font-family:仿宋_GB2312;font-size:16pt;">'
EN = '<span lang="EN-US" style="font-family:\'Times New Roman\';font-size:16pt;">'
EN_RED = '<span lang="EN-US" style="font-family:\'Times New Roman\';font-size:16pt;color:#C00000;">'
# forced span boundaries inside figures ("A|B": a new <span> starts at the bar); the first n in the opening paragraph
# are key figures written bold red, the "A" part inside <strong>
HTML_CUTS = ["612|.4", "2|.8", "31|.6", "286|.5", "45,|830", "21,6|40", "132|.6", "12|.4", "1,2|60", "98|.2",
             "1|.92", "78|.4", "2,1|80", "8|.6", "238|", "45|0"]
RED_IN = "2022年是党的二十大胜利召开之年"
# sidebar / footer figures of other years / places (noise: none of them is a report figure)
HTML_NOISE = ["595.7", "986万", "3392.8", "1.76万", "2,300", "西津西路289号", "730050", "0931-2335412",
              "6201030006", "陇ICP备12001468号-2", "62010302000571", "3,417", "3,862,145"]


def _num_tokens(text):
    """Split text into (kind, piece): kind 'en' for runs of Latin characters / digits, 'cn' otherwise."""
    return [(("en" if re.match(r"[0-9A-Za-z.,%\-/]", m.group()) else "cn"), m.group())
            for m in re.finditer(r"[0-9A-Za-z.,%\-/]+|[^0-9A-Za-z.,%\-/]+", text)]


def _html_para(p, red):
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    out = []
    for kind, piece in _num_tokens(p):
        if kind == "cn":
            # Chinese text: cut every 53 characters, as Word paste leaves style runs
            for k in range(0, len(piece), 53):
                out.append(f"{CN}{e(piece[k:k + 53])}</span>")
            continue
        cut = next((c for c in HTML_CUTS if c.replace("|", "") in piece and c.split("|")[1]), None)
        if cut:
            a, b = cut.split("|")
            k = piece.index(a + b) + len(a)
            left, right = piece[:k], piece[k:]
            if red:
                out.append(f"{EN_RED}<strong>{e(left)}</strong></span>{EN_RED}{e(right)}</span>")
            else:
                out.append(f"{EN}{e(left)}</span>{EN}{e(right)}</span>")
        else:
            out.append(f"{EN}{e(piece)}</span>")
    return "".join(out)


HTML_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2023年七里河区政府工作报告_兰州市七里河区人民政府</title>
<meta name="SiteName" content="兰州市七里河区人民政府">
<meta name="SiteDomain" content="www.qlh.gov.cn">
<meta name="SiteIDCode" content="6201030006">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2023年七里河区政府工作报告">
<meta name="PubDate" content="2023-01-16 10:25">
<meta name="ContentSource" content="七里河区人民政府办公室">
<link rel="stylesheet" href="./{FILES}/common.css">
<link rel="stylesheet" href="./{FILES}/article.css">
<script src="./{FILES}/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>您好，欢迎访问兰州市七里河区人民政府网站！</span><span class="fr"><a href="javascript:void(0)">无障碍</a> | <a href="javascript:void(0)">长者模式</a> | <a href="javascript:void(0)">繁體</a> | <a href="javascript:void(0)">手机版</a></span></div></div>
<div class="header"><div class="w1200"><img src="./{FILES}/logo.png" alt="兰州市七里河区人民政府"><form class="search" action="http://www.qlh.gov.cn/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><div class="w1200"><a href="http://www.qlh.gov.cn/">首页</a><a href="http://www.qlh.gov.cn/zjqlh/">走进七里河</a><a href="http://www.qlh.gov.cn/xwzx/">新闻中心</a><a href="http://www.qlh.gov.cn/zwgk/">政务公开</a><a href="http://www.qlh.gov.cn/zwfw/">政务服务</a><a href="http://www.qlh.gov.cn/hdjl/">互动交流</a><a href="http://www.qlh.gov.cn/ztzl/">专题专栏</a></div></div>
<div class="w1200 main">
<div class="crumb">您当前的位置：<a href="http://www.qlh.gov.cn/">首页</a> &gt; <a href="http://www.qlh.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.qlh.gov.cn/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://www.qlh.gov.cn/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article-left">
<h1 class="article-title">2023年七里河区政府工作报告</h1>
<div class="article-info"><span>发布时间：2023-01-16 10:25</span><span>来源：七里河区人民政府办公室</span><span>浏览次数：<em id="views">3,417</em></span><span class="fontsize">字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span><span class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></span></div>
<div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qq" href="javascript:void(0)">QQ空间</a><a class="copy" href="javascript:void(0)">复制链接</a></div>
<div class="article-con" id="zoom">
"""

HTML_TAIL = f"""</div>
<div class="article-foot"><div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qq" href="javascript:void(0)">QQ空间</a></div><div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#top">【返回顶部】</a></div><div class="prev-next"><p>上一篇：<a href="http://www.qlh.gov.cn/zwgk/zfgzbg/202201/t20220114_981327.html">2022年七里河区政府工作报告</a></p><p>下一篇：<a href="http://www.qlh.gov.cn/zwgk/zfgzbg/202301/t20230117_1042981.html">图解：2023年七里河区政府工作报告</a></p></div></div>
</div>
<div class="article-right sidebar">
<div class="side-box"><div class="side-title">相关新闻</div><ul>
<li><a href="http://www.qlh.gov.cn/xwzx/qlhyw/202201/t20220120_982104.html">七里河区2021年实现地区生产总值595.7亿元</a><span>2022-01-20</span></li>
<li><a href="http://www.qlh.gov.cn/xwzx/qlhyw/202301/t20230112_1041566.html">兰州市2022年地区生产总值达到3392.8亿元</a><span>2023-01-12</span></li>
<li><a href="http://www.qlh.gov.cn/xwzx/zbxw/202301/t20230109_1040913.html">安宁区2022年接待游客986万人次</a><span>2023-01-09</span></li>
<li><a href="http://www.qlh.gov.cn/xwzx/qlhyw/202212/t20221228_1039870.html">七里河区召开2023年经济工作会议</a><span>2022-12-28</span></li>
</ul></div>
<div class="side-box tujie"><div class="side-title">图解</div><a href="http://www.qlh.gov.cn/zwgk/zfgzbg/202201/t20220117_981562.html"><img src="./{FILES}/tujie2022.jpg" alt="一图读懂2022年七里河区政府工作报告"></a><p>一图读懂2022年七里河区政府工作报告</p><ul><li>2021年城镇新增就业1.76万人</li><li>2021年新增学位2,300个</li><li>2021年PM2.5年均浓度37微克/立方米</li></ul></div>
<div class="side-box"><div class="side-title">热点专题</div><ul><li><a href="http://www.qlh.gov.cn/ztzl/esd/">学习宣传贯彻党的二十大精神</a></li><li><a href="http://www.qlh.gov.cn/ztzl/yshj/">优化营商环境</a></li><li><a href="http://www.qlh.gov.cn/ztzl/bhwh/">兰州百合 七里河名片</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.qlh.gov.cn/gywm/">关于我们</a> | <a href="http://www.qlh.gov.cn/wzdt/">网站地图</a> | <a href="http://www.qlh.gov.cn/lxwm/">联系我们</a> | <a href="http://www.qlh.gov.cn/wzsm/">网站声明</a></p>
<p>主办：兰州市七里河区人民政府办公室　承办：七里河区融媒体中心</p>
<p>地址：兰州市七里河区西津西路289号　邮编：730050　电话：0931-2335412</p>
<p>网站标识码：6201030006　<a href="https://beian.miit.gov.cn/">陇ICP备12001468号-2</a>　甘公网安备 62010302000571号　本站访问量：3,862,145</p>
</div></div>
<script>
function setFont(s){{document.getElementById('zoom').style.fontSize=s+'px';}}
</script>
</body>
</html>
"""

NB4 = "&nbsp;" * 4


def build_html():
    paras = paragraphs("qilihe-2023.txt")
    assert not any(SEP in p for p in paras)
    lines = []
    part = 0
    for n, p in enumerate(paras, 1):
        e = html.escape(p, quote=False)
        if n == 1:
            lines.append(f'<p style="text-align:center;"><strong><span style="font-family:方正小标宋简体;'
                         f'font-size:22pt;">{e}</span></strong></p>')
        elif n in (2, 3):
            lines.append(f'<p style="text-align:center;"><span style="font-family:楷体_GB2312;font-size:16pt;">'
                         f'{_html_para(p, False)}</span></p>')
        elif PART_RE.match(p):
            part += 1
            lines.append(f'<p>{NB4}<strong><span style="font-family:黑体;font-size:16pt;">{e}</span></strong></p>')
        elif SUB_RE.match(p) and len(p) < 30:
            ind = NB4 if part <= 1 else "\u3000\u3000"
            lines.append(f'<p>{ind}<strong><span style="font-family:楷体_GB2312;font-size:16pt;">{e}</span>'
                         f'</strong></p>')
        elif p.startswith("各位代表："):
            lines.append(f"<p>{_html_para(p, False)}</p>")
        else:
            # part one (and the introduction) typed with &nbsp; indents, parts two to four with two U+3000
            ind = NB4 if part <= 1 else "\u3000\u3000"
            lines.append(f"<p>{ind}{_html_para(p, p.startswith(RED_IN))}</p>")
    text = HTML_HEAD + "\n".join(lines) + "\n" + HTML_TAIL
    (OUT / "qilihe-2023.html").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_txt()
    build_docx()
    build_html()
    print("built", sorted(x.name for x in OUT.iterdir()))
