"""Build the three corpus files of the shijiazhuang eval set from the plain UTF-8 sources (byte-reproducible).

Run: /work/main/.venv/bin/python eval/shijiazhuang/source/make_corpus.py

* yuhua-2022.docx  — Word document whose explanatory notes are Word ENDNOTES (word/endnotes.xml, default lower-roman
                      marks i, ii, …), six of them; the reference marks sit right after the figures they explain. The
                      endnote texts carry figures that are nowhere in the body (ENDNOTE_ONLY). One ordinary Word table.
* yuhua-2024.pdf   — PDF whose content stream draws each page FONT BY FONT: running header and page number, then every
                      line (or line piece) set in the regular face, then every piece set in the bold face (the title,
                      the part headings and the bold lead sentence "（一）…。" of each section paragraph). A reader that
                      follows the text layer's order (pypdf plain mode, most text dumps) gets the headings and lead
                      sentences after the page's body text; sorting by position gives the reading order.
* qiaoxi-2024.html — saved portal page whose article is split by the CMS into three pages inside the one file
                      (<div class="page-item" id="page_N">, pages 2 and 3 with style="display:none", pager
                      "共3页 上一页 1 2 3 下一页" driven by a script). The CMS splits by length: page 1 ends inside a
                      paragraph, page 2 ends inside a number ("增长5." | "5%左右"). Portal furniture (sidebar, footer)
                      carries figures of other places and years (HTML_NOISE).

The sources are the published reading: source/<stem>.txt, paragraphs separated by one blank line; the docx table as
" | " rows; the docx endnote texts as the last paragraphs (in reference order, without their marks).
"""
import html
import io
import os
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
Y2, Y4, Q4 = "yuhua-2022", "yuhua-2024", "qiaoxi-2024"


def paras(stem):
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ============================================================================ DOCX with endnotes
# (anchor: the body text right after which the endnote reference mark stands, endnote text = a source paragraph)
ENDNOTES = [
    ("从2016年的612.4亿元增加到2021年的856.3亿元，年均增长6.4%",
     "地区生产总值及其增速为初步核算数，增速按可比价格计算；最终数据以统计年鉴公布的数据为准。"),
    ("槐安数智港一期建成运营",
     "槐安数智港位于槐安东路与东二环交口，一期建筑面积18.6万平方米，于2020年9月投入运营，由区产业投资集团建设运营。"),
    ("“四上”企业数量稳步增长",
     "“四上”企业指规模以上工业企业、有资质的建筑业企业、限额以上批发零售业和住宿餐饮业企业、规模以上服务业企业。"
     "截至2021年底，全区共有“四上”企业1126家，比2016年底增加378家。"),
    ("数字经济核心产业增加值占地区生产总值的比重达到8.9%",
     "数字经济核心产业包括数字产品制造业、数字产品服务业、数字技术应用业和数字要素驱动业四大类，统计口径依据国家统计局"
     "《数字经济及其核心产业统计分类（2021）》。"),
    ("东岗里文创街区一期开街运营",
     "东岗里文创街区一期占地约120亩，2021年10月开街，当年接待游客186万人次。"),
    ("建成“一刻钟便民生活圈”示范社区",
     "“一刻钟便民生活圈”是以社区居民为服务对象、服务半径为步行15分钟左右的范围内，以满足居民日常生活基本消费和品质消费"
     "为目标的社区商圈。截至2021年底，全区建成示范生活圈8个。"),
]
# figures that only the endnotes give (checked: in no body paragraph of any report)
ENDNOTE_ONLY = ["1126家", "378家", "18.6万平方米", "2020年9月", "120亩", "186万人次", "示范生活圈8个", "区产业投资集团"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
DOCX_DATE = (2022, 1, 5, 18, 20, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_parts():
    """Split the yuhua-2022 source into body paragraphs, table rows and endnote texts."""
    ps = paras(Y2)
    notes = [t for _a, t in ENDNOTES]
    assert ps[-len(notes):] == notes, "the endnote texts must be the last source paragraphs, in order"
    body = ps[:-len(notes)]
    return body, notes


def build_docx():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    import datetime

    body, notes = _docx_parts()
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)

    def east(style_or_run, name):
        rpr = style_or_run.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = parse_xml(f'<w:rFonts xmlns:w="{W_NS}"/>')
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), name)
        fonts.set(qn("w:ascii"), "Times New Roman")
        fonts.set(qn("w:hAnsi"), "Times New Roman")

    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    east(normal, "仿宋_GB2312")
    normal.paragraph_format.line_spacing = Pt(28)
    for name, face, size in (("Heading 1", "黑体", 16), ("Heading 2", "楷体_GB2312", 16)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = False
        st.font.color.rgb = None
        east(st, face)
        st.paragraph_format.first_line_indent = Pt(32)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = Pt(28)
    # endnote styles as Word writes them
    doc.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/>'
        '<w:basedOn w:val="Normal"/><w:link w:val="EndnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>'))
    doc.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{W_NS}" w:type="character" w:styleId="EndnoteTextChar"><w:name w:val="尾注文本 字符"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="EndnoteText"/><w:uiPriority w:val="99"/>'
        '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>'))
    doc.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{W_NS}" w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'))

    anchors = {a: k for k, (a, _t) in enumerate(ENDNOTES, 1)}

    def add_text(p, text):
        """Add text to paragraph p, inserting an endnote reference run right after each anchor it holds."""
        hits = sorted((text.find(a) + len(a), k) for a, k in anchors.items() if a in text)
        pos = 0
        for end, k in hits:
            p.add_run(text[pos:end])
            r = p.add_run()
            r.style = "endnote reference"
            r._r.append(parse_xml(f'<w:endnoteReference xmlns:w="{W_NS}" w:id="{k}"/>'))
            pos = end
        if pos < len(text):
            p.add_run(text[pos:])

    head = re.compile(r"^[一二三四五六七八九十]+、")
    sub = re.compile(r"^（[一二三四五六七八九十]+）")
    i = 0
    while i < len(body):
        t = body[i]
        if i == 0:  # title
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(t)
            r.font.size = Pt(22)
            east(r, "方正小标宋简体")
        elif i in (1, 2):  # date line, 区长
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(t)
            east(r, "楷体_GB2312")
        elif " | " in t:  # the table: consecutive rows
            rows = []
            while i < len(body) and " | " in body[i]:
                rows.append(body[i].split(" | "))
                i += 1
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, cells in enumerate(rows):
                for ci, txt in enumerate(cells):
                    cp = tbl.cell(ri, ci).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER
                    cp.paragraph_format.first_line_indent = Pt(0)
                    cp.paragraph_format.line_spacing = Pt(20)
                    rr = cp.add_run(txt)
                    rr.font.size = Pt(12)
                    rr.bold = ri == 0
            continue
        elif head.match(t):
            p = doc.add_paragraph(style="Heading 1")
            p.add_run(t)
        elif sub.match(t) and len(t) < 30:
            p = doc.add_paragraph(style="Heading 2")
            p.add_run(t)
        else:
            p = doc.add_paragraph()
            if t != "各位代表：":
                p.paragraph_format.first_line_indent = Pt(32)
            add_text(p, t)
        i += 1
    cp = doc.core_properties
    cp.title = "石家庄市裕华区2022年政府工作报告"
    cp.author = "裕华区人民政府办公室"
    cp.last_modified_by = "区政府办 综合科"
    cp.subject = "石家庄市裕华区第十届人民代表大会第一次会议"
    cp.keywords = "政府工作报告; 裕华区; 2022"
    cp.category = "政府工作报告"
    cp.comments = "大会印发稿（含尾注）"
    cp.created = datetime.datetime(2021, 12, 28, 9, 0, 0)
    cp.modified = datetime.datetime(2022, 1, 5, 18, 12, 0)
    cp.last_printed = datetime.datetime(2022, 1, 5, 17, 50, 0)
    cp.revision = 9
    buf = io.BytesIO()
    doc.save(buf)
    return _add_endnotes(buf.getvalue(), notes)


def _endnotes_xml(notes):
    x = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes xmlns:w="{W_NS}" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
         '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
         'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>',
         '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
         'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for k, t in enumerate(notes, 1):
        x.append(f'<w:endnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
                 '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
                 '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
                 f'<w:r><w:t>{html.escape(t, quote=False)}</w:t></w:r></w:p></w:endnote>')
    x.append("</w:endnotes>")
    return "".join(x).encode("utf-8")


def _add_endnotes(data, notes):
    """Add word/endnotes.xml (+ relationship, content type, settings) and re-date every zip entry."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = {n: zin.read(n) for n in zin.namelist()}
    order = [n for n in zin.namelist() if n != "docProps/thumbnail.jpeg"]
    files["word/endnotes.xml"] = _endnotes_xml(notes)
    order.insert(order.index("word/settings.xml"), "word/endnotes.xml")
    ct = files["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace('<Default Extension="jpeg" ContentType="image/jpeg"/>', "")
    ct = ct.replace("</Types>", '<Override PartName="/word/endnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode("utf-8")
    rels = files["_rels/.rels"].decode("utf-8")
    rels = re.sub(r'<Relationship Id="[^"]+" Type="[^"]+/thumbnail" Target="docProps/thumbnail.jpeg"/>', "", rels)
    files["_rels/.rels"] = rels.encode("utf-8")
    dr = files["word/_rels/document.xml.rels"].decode("utf-8")
    dr = dr.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = dr.encode("utf-8")
    st = files["word/settings.xml"].decode("utf-8")
    st = st.replace("<w:compat>", '<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/>'
                    '<w:endnote w:id="0"/></w:endnotePr><w:compat>', 1)
    files["word/settings.xml"] = st.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=DOCX_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, files[n])
    return out.getvalue()


# ============================================================================ PDF drawn font by font
PDF_HEADER = "石家庄市裕华区2024年政府工作报告"
PDF_TITLE = "政府工作报告"
PDF_EPOCH = "1704758400"  # 2024-01-09 00:00 UTC
PAGE_W, PAGE_H = 595.2756, 841.8898
LEFT, RIGHT = 79.0, 74.0
TOP_Y, BOTTOM_Y = 736.0, 104.0
BODY_PT, LEAD = 12.0, 22.0
NO_LINE_START = set("，。、；：？！）》”’％%…—·")
NO_LINE_END = set("（《“‘")
LEAD_RE = re.compile(r"^（[一二三四五六七八九十]+）[^。]*。")
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")


def pdf_spans(i, t):
    """(font, text) spans of source paragraph i: 'B' = bold face, 'R' = regular face."""
    if i == 0 or PART_RE.match(t):
        return [("B", t)]
    m = LEAD_RE.match(t)
    if m:
        return [("B", m.group(0)), ("R", t[m.end():])]
    return [("R", t)]


def _layout_pdf():
    """Lay the yuhua-2024 source out on pages. Returns pages: lists of (font, size, x, y, text) pieces in reading
    order, plus alignment kind per piece."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    ps = paras(Y4)
    width = PAGE_W - LEFT - RIGHT
    pages, cur = [], []
    y = TOP_Y
    state = {"y": y}

    def newpage():
        pages.append(cur[:])
        cur.clear()
        state["y"] = TOP_Y

    for i, t in enumerate(ps):
        if i == 0:  # title
            size = 22.0
            w = stringWidth(t, "R", size)
            cur.append(("B", size, (PAGE_W - w) / 2, state["y"], t))
            state["y"] -= 44
            continue
        if i in (1, 2):  # date line, 区长 (centred)
            size = 12.5
            w = stringWidth(t, "R", size)
            cur.append(("R", size, (PAGE_W - w) / 2, state["y"], t))
            state["y"] -= LEAD + (12 if i == 2 else 0)
            continue
        indent = 0.0 if t == "各位代表：" else 2 * BODY_PT
        chars = [(f, ch) for f, s in pdf_spans(i, t) for ch in s]
        k = 0
        first = True
        while k < len(chars):
            if state["y"] < BOTTOM_Y:
                newpage()
            avail = width - (indent if first else 0)
            line, w = [], 0.0
            while k < len(chars):
                f, ch = chars[k]
                cw = stringWidth(ch, "R", BODY_PT)
                if w + cw > avail + 0.01 and line:
                    if ch in NO_LINE_START:  # hang the punctuation
                        line.append(chars[k])
                        k += 1
                    elif line[-1][1] in NO_LINE_END:
                        k -= 1
                        line.pop()
                    break
                line.append(chars[k])
                w += cw
                k += 1
            x = LEFT + (indent if first else 0)
            # split the line into pieces by font
            pieces = []
            for f, ch in line:
                if pieces and pieces[-1][0] == f:
                    pieces[-1][1].append(ch)
                else:
                    pieces.append((f, [ch]))
            for f, cs in pieces:
                s = "".join(cs)
                cur.append((f, BODY_PT, x, state["y"], s))
                x += stringWidth(s, "R", BODY_PT)
            state["y"] -= LEAD
            first = False
    pages.append(cur[:])
    return pages


def build_pdf():
    os.environ["SOURCE_DATE_EPOCH"] = PDF_EPOCH
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "R" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("R", FONT, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("B", FONT, subfontIndex=0))
    pages = _layout_pdf()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("裕华区人民政府办公室")
    c.setSubject("石家庄市裕华区第十届人民代表大会第三次会议")
    c.setKeywords("政府工作报告 裕华区 2024")
    c.setCreator("裕华区人民政府办公室")
    n = len(pages)
    for pno, items in enumerate(pages, 1):
        # pass 0: page furniture (running header from page 2, page number)
        if pno > 1:
            c.setFont("R", 10.5)
            c.drawCentredString(PAGE_W / 2, 792, PDF_HEADER)
            c.setLineWidth(0.6)
            c.line(LEFT, 786, PAGE_W - RIGHT, 786)
        c.setFont("R", 12)
        num = f"— {pno} —"
        if pno % 2:
            c.drawRightString(PAGE_W - RIGHT, 56, num)
        else:
            c.drawString(LEFT, 56, num)
        # pass 1: every piece in the regular face; pass 2: every piece in the bold face
        for face in ("R", "B"):
            for f, size, x, y, s in items:
                if f != face:
                    continue
                to = c.beginText()
                to.setFont(f, size)
                if f == "B":
                    c.setLineWidth(0.35)
                    to.setTextRenderMode(2)
                to.setTextOrigin(x, y)
                to.textOut(s)
                c.drawText(to)
        c.showPage()
    c.save()
    return buf.getvalue(), n


# ============================================================================ HTML article split into pages
# (source paragraph start, text after which the CMS cut the page): page 1 ends inside a paragraph (after "；"),
# page 2 ends inside a number.
PAGE_BREAKS = [("改造老旧小区62个，惠及居民1.71万户", "改造老旧小区62个，惠及居民1.71万户，其中振头街道13个；"),
               ("2024年是中华人民共和国成立75周年", "地区生产总值增长5.")]
HTML_NOISE = [
    "长安区2023年地区生产总值突破1100亿元",
    "新华区2023年接待游客1790万人次",
    "石家庄市2023年城镇新增就业11.2万人",
    "桥西区2022年地区生产总值981.4亿元",
    "裕华区2023年引进品牌首店36家",
    "桥西区2023年新增停车泊位3100个",
    "地址：石家庄市桥西区新石中路175号",
    "邮编：050051",
    "电话：0311-87025610",
    "网站标识码：1301040003",
    "冀ICP备05016893号",
    "冀公网安备 13010402001357号",
    "浏览次数：3127",
]
HTML_PUBDATE = "2024-01-17 10:20"


def _html_pages():
    """The article paragraphs, cut into three pages. Returns [[(kind, text), …] per page]; kind is 'title',
    'center', 'plain', 'head', 'body' or 'cont' (the rest of a paragraph cut at the previous page's end)."""
    ps = paras(Q4)
    pages, cur = [], []
    brk = {start: cut for start, cut in PAGE_BREAKS}
    for i, t in enumerate(ps):
        if i == 0:
            kind = "title"
        elif i in (1, 2):
            kind = "center"
        elif t == "各位代表：":
            kind = "plain"
        elif re.match(r"^[一二三四五六七八九十]+、", t) or (re.match(r"^（[一二三四五六七八九十]+）", t) and len(t) < 20):
            kind = "head"
        else:
            kind = "body"
        starts = [s for s in brk if t.startswith(s)]
        if starts:
            cut = brk[starts[0]]
            k = t.index(cut) + len(cut)
            cur.append((kind, t[:k]))
            pages.append(cur)
            cur = [("cont", t[k:])]
        else:
            cur.append((kind, t))
    pages.append(cur)
    return pages


def _p(kind, t):
    e = html.escape(t, quote=False)
    if kind == "title":
        return f'<p style="text-align: center;"><strong><span style="font-size: 22px;">{e}</span></strong></p>'
    if kind == "center":
        return f'<p style="text-align: center;"><span style="font-family: 楷体;">{e}</span></p>'
    if kind == "plain":
        return f"<p>{e}</p>"
    if kind == "head":
        return f'<p style="text-indent: 2em;"><strong>{e}</strong></p>'
    if kind == "cont":
        return f"<p>{e}</p>"
    return f'<p style="text-indent: 2em;">{e}</p>'


def build_html():
    pages = _html_pages()
    n = len(pages)
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN">')
    a("<!-- saved from url=(0064)http://www.sjzqx.gov.cn/col/col3712/art/2024/art_5d1e0c7b9a.html -->")
    a("<head>")
    a('<meta charset="utf-8">')
    a('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    a("<title>2024年桥西区政府工作报告_政府工作报告_石家庄市桥西区人民政府</title>")
    a('<meta name="SiteName" content="石家庄市桥西区人民政府">')
    a('<meta name="SiteDomain" content="www.sjzqx.gov.cn">')
    a('<meta name="SiteIDCode" content="1301040003">')
    a('<meta name="ColumnName" content="政府工作报告">')
    a('<meta name="ColumnType" content="政府工作报告">')
    a('<meta name="ArticleTitle" content="2024年桥西区政府工作报告">')
    a(f'<meta name="PubDate" content="{HTML_PUBDATE}">')
    a('<meta name="ContentSource" content="区政府办公室">')
    a('<link rel="stylesheet" href="./2024年桥西区政府工作报告_files/common.css">')
    a('<link rel="stylesheet" href="./2024年桥西区政府工作报告_files/article.css">')
    a('<script src="./2024年桥西区政府工作报告_files/jquery-1.12.4.min.js"></script>')
    a("</head>")
    a("<body>")
    a('<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问石家庄市桥西区人民政府网站！</span>'
      '<span class="links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a> | '
      '<a href="#">登录</a></span></div></div>')
    a('<div class="header"><div class="w1200"><a class="logo" href="http://www.sjzqx.gov.cn/">'
      '<img src="./2024年桥西区政府工作报告_files/logo.png" alt="石家庄市桥西区人民政府"></a>'
      '<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>')
    a('<div class="nav"><ul class="w1200"><li><a href="#">首页</a></li><li><a href="#">走进桥西</a></li>'
      '<li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li>'
      '<li><a href="#">文旅桥西</a></li><li><a href="#">专题专栏</a></li></ul></div>')
    a('<div class="main w1200">')
    a('  <div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
      '<a href="#">政府信息公开</a> &gt; <a href="#">政府工作报告</a></div>')
    a('  <div class="left-article">')
    a('    <h1 class="art-title">2024年桥西区政府工作报告</h1>')
    a(f'    <div class="art-info"><span>发布时间：{HTML_PUBDATE}</span><span>来源：区政府办公室</span>'
      f'<span>{HTML_NOISE[12]}</span><span class="font">【字号：<a href="#">大</a> <a href="#">中</a> '
      '<a href="#">小</a>】</span></div>')
    a('    <div class="art-content" id="zoom">')
    for k, page in enumerate(pages, 1):
        hidden = "" if k == 1 else ' style="display:none"'
        a(f'      <div class="page-item" id="page_{k}"{hidden}>')
        for kind, t in page:
            a("        " + _p(kind, t))
        a("      </div>")
    a("    </div>")
    links = ['<a href="javascript:void(0);" onclick="showPage(cur-1)">上一页</a>']
    for k in range(1, n + 1):
        cls = ' class="cur"' if k == 1 else ""
        links.append(f'<a href="javascript:void(0);"{cls} onclick="showPage({k})">{k}</a>')
    links.append('<a href="javascript:void(0);" onclick="showPage(cur+1)">下一页</a>')
    a(f'    <div class="fenye" id="fenye"><span>共{n}页</span> ' + " ".join(links) + "</div>")
    a("    <script>")
    a(f"      var cur = 1, total = {n};")
    a("      function showPage(k) {")
    a("        if (k < 1 || k > total) return;")
    a("        for (var i = 1; i <= total; i++) {")
    a("          document.getElementById('page_' + i).style.display = (i == k) ? '' : 'none';")
    a("        }")
    a("        $('#fenye a').removeClass('cur').eq(k).addClass('cur');")
    a("        cur = k; window.scrollTo(0, 0);")
    a("      }")
    a("    </script>")
    a('    <div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> '
      '<a href="javascript:window.close();">【关闭窗口】</a></div>')
    a('    <div class="art-prevnext"><p>上一篇：<a href="#">2023年桥西区政府工作报告</a></p>'
      '<p>下一篇：<a href="#">【图解】2024年桥西区政府工作报告</a></p></div>')
    a("  </div>")
    a('  <div class="right-side">')
    a('    <div class="side-box"><h3>相关阅读</h3><ul>')
    for s in HTML_NOISE[:4]:
        a(f'      <li><a href="#">{s}</a></li>')
    a("    </ul></div>")
    a('    <div class="side-box"><h3>图片新闻</h3><ul>')
    for s in HTML_NOISE[4:6]:
        a(f'      <li><img src="./2024年桥西区政府工作报告_files/pic.jpg" alt=""><a href="#">{s}</a></li>')
    a("    </ul></div>")
    a("  </div>")
    a("</div>")
    a('<div class="footer"><div class="w1200">')
    a("  <p>主办：石家庄市桥西区人民政府办公室　承办：石家庄市桥西区政务服务中心</p>")
    a(f"  <p>{HTML_NOISE[6]}　{HTML_NOISE[7]}　{HTML_NOISE[8]}</p>")
    a(f"  <p>{HTML_NOISE[9]}　<a href=\"#\">{HTML_NOISE[10]}</a>　<a href=\"#\">{HTML_NOISE[11]}</a></p>")
    a("</div></div>")
    a("</body>")
    a("</html>")
    return ("\n".join(L) + "\n").encode("utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    (OUT / f"{Y2}.docx").write_bytes(build_docx())
    pdf, n = build_pdf()
    (OUT / f"{Y4}.pdf").write_bytes(pdf)
    (OUT / f"{Q4}.html").write_bytes(build_html())
    print(f"wrote {Y2}.docx, {Y4}.pdf ({n} pages), {Q4}.html to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
