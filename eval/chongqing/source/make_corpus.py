"""Build the three corpus files of the chongqing eval set from the plain UTF-8 sources.

Run: /work/main/.venv/bin/python eval/chongqing/source/make_corpus.py
  source/yuzhong-2023.txt  -> corpus/yuzhong-2023.html  (page saved from an old government CMS: GBK bytes — it uses
                                                       characters outside GB2312 (赟, —, ·) —, charset declared ONLY
                                                       in <meta http-equiv="Content-Type">, CRLF; the report sits in
                                                       one layout-table cell, paragraphs separated by <br> (no <p>),
                                                       indented with &nbsp; (parts one and two) or two U+3000 (parts
                                                       three and four); navigation, breadcrumb "当前位置：首页 > 政务公开
                                                       > …", 【字体：大 中 小】【打印本页】【关闭窗口】 bar, 相关链接,
                                                       footer with 网站标识码 / ICP / 公网安备 numbers, address and
                                                       phone number — noise numbers that are not report figures)
  source/yuzhong-2025.txt  -> corpus/yuzhong-2025.pdf   (reportlab, A4, WenQuanYi Micro Hei; body text drawn GLYPH BY
                                                       GLYPH (every character placed with its own text matrix),
                                                       justified lines with inter-character spacing, lines breaking
                                                       inside numbers and words; running header = report title and
                                                       footer "第 n 页 共 N 页" on every page; table 1 drawn as
                                                       positioned text without any rules, columns aligned by x)
  source/jiangbei-2024.txt -> corpus/jiangbei-2024.docx (Word document saved WITH TRACKED CHANGES still in it: w:ins /
                                                       w:del (w:delText) by two authors, several inside numbers (one
                                                       or two digits replaced), deletion-only and insertion-only
                                                       changes, one whole inserted paragraph and one whole deleted
                                                       paragraph (paragraph marks tracked too); four comments
                                                       (comments.xml, comment ranges) whose text holds figures and
                                                       remarks that are not report text; w:trackRevisions on)

Source convention: paragraphs separated by one blank line; a run of consecutive paragraphs containing " | " is a table
(one paragraph per row, cells separated by " | ", first row = header row). jiangbei-2024.txt holds the ACCEPTED reading
of the .docx (insertions kept, deletions dropped, comments not report text).
Byte-reproducible: fixed PDF dates / ID (SOURCE_DATE_EPOCH + reportlab invariant mode), fixed docx core properties,
revision and comment dates and zip entry dates, no timestamps in the HTML.
Technique adapted from eval/nanning/source/make_corpus.py and eval/harbin/source/make_corpus.py.
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


# ------------------------------------------------------------------ HTML (yuzhong-2023, old CMS, GBK)
URL = "http://www.cqyz.gov.cn/zwgk_229/zfxxgkml/zfgzbg/202301/t20230116_11503621.html"
FILES = "2023年渝中区政府工作报告_重庆市渝中区人民政府_files"
HTML_HEAD = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>2023年渝中区政府工作报告_重庆市渝中区人民政府</title>
<meta name="SiteName" content="重庆市渝中区人民政府" />
<meta name="SiteDomain" content="www.cqyz.gov.cn" />
<meta name="SiteIDCode" content="5001030001" />
<meta name="ColumnName" content="政府工作报告" />
<meta name="ArticleTitle" content="2023年渝中区政府工作报告" />
<meta name="PubDate" content="2023-01-16 15:30" />
<link href="{FILES}/base.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{FILES}/jquery-1.7.2.min.js"></script>
<script type="text/javascript">
function setFontSize(s){{document.getElementById('zoom').style.fontSize=s+'px';}}
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td height="28" class="topbar">您好，欢迎访问重庆市渝中区人民政府网站！&nbsp;&nbsp;今天是：<span id="today"></span></td>
    <td align="right" class="topbar"><a href="http://www.cqyz.gov.cn/">网站首页</a> | <a href="javascript:void(0)">设为首页</a> | <a href="javascript:void(0)">加入收藏</a> | <a href="http://www.cqyz.gov.cn/wza/">无障碍浏览</a></td>
  </tr>
  <tr>
    <td colspan="2"><img src="{FILES}/banner.jpg" width="1000" height="150" alt="重庆市渝中区人民政府" /></td>
  </tr>
  <tr>
    <td colspan="2" class="nav" height="40" align="center"><a href="http://www.cqyz.gov.cn/">首页</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="http://www.cqyz.gov.cn/zjyz/">走进渝中</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="http://www.cqyz.gov.cn/zwgk_229/">政务公开</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="http://www.cqyz.gov.cn/bsfw/">办事服务</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="http://www.cqyz.gov.cn/hdjl/">互动交流</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="http://www.cqyz.gov.cn/ztzl/">专题专栏</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr>
          <td height="36" class="position">当前位置：<a href="http://www.cqyz.gov.cn/">首页</a> &gt; <a href="http://www.cqyz.gov.cn/zwgk_229/">政务公开</a> &gt; <a href="http://www.cqyz.gov.cn/zwgk_229/zfxxgkml/">政府信息公开目录</a> &gt; <a href="http://www.cqyz.gov.cn/zwgk_229/zfxxgkml/zfgzbg/">政府工作报告</a></td>
        </tr>
        <tr>
          <td>
            <table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
              <tr>
                <td height="60" align="center" class="bt_title"><font size="5" color="#B40000"><b>2023年渝中区政府工作报告</b></font></td>
              </tr>
              <tr>
                <td height="30" align="center" class="bt_info">发布时间：2023-01-16 15:30&nbsp;&nbsp;&nbsp;&nbsp;来源：渝中区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">8632</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td>
              </tr>
              <tr>
                <td height="1" bgcolor="#D7D7D7"></td>
              </tr>
              <tr>
                <td class="bt_content" id="zoom" style="font-size:16px; line-height:30px; padding:20px 10px;">
"""

HTML_TAIL = """                </td>
              </tr>
              <tr>
                <td align="right" height="40" class="bt_tools">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td>
              </tr>
              <tr>
                <td class="bt_share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ空间</a>&nbsp;&nbsp;&nbsp;&nbsp;扫一扫在手机打开当前页</td>
              </tr>
              <tr>
                <td class="bt_related"><b>相关链接：</b><br />
                <a href="http://www.cqyz.gov.cn/zwgk_229/zfxxgkml/zfgzbg/202201/t20220118_10311592.html">2022年渝中区政府工作报告</a><br />
                <a href="http://www.cqyz.gov.cn/zwgk_229/zfxxgkml/zfgzbg/202401/t20240122_12783406.html">2024年渝中区政府工作报告</a><br />
                <a href="http://www.cq.gov.cn/zwgk/zfxxgkml/zfgzbg/202301/t20230118_11512290.html">2023年重庆市政府工作报告</a><br />
                <a href="http://www.cqyz.gov.cn/zwgk_229/zfxxgkml/ghjh/202103/t20210330_9043178.html">重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</a></td>
              </tr>
            </table>
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr>
    <td align="center" height="30"><a href="http://www.cqyz.gov.cn/wzdt/">网站地图</a> | <a href="http://www.cqyz.gov.cn/lxwm/">联系我们</a> | <a href="http://www.cqyz.gov.cn/wzsm/">网站声明</a> | <a href="http://www.cqyz.gov.cn/jiucuo/">我要纠错</a></td>
  </tr>
  <tr>
    <td align="center" height="24">主办：重庆市渝中区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办：重庆市渝中区大数据应用发展管理局</td>
  </tr>
  <tr>
    <td align="center" height="24">地址：重庆市渝中区人民路232号&nbsp;&nbsp;邮编：400015&nbsp;&nbsp;联系电话：023-63891234</td>
  </tr>
  <tr>
    <td align="center" height="24">网站标识码：5001030001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">渝ICP备05003216号-1</a>&nbsp;&nbsp;<img src="FILES/gaba.png" alt="" />渝公网安备 50010302000418号</td>
  </tr>
</table>
<script type="text/javascript">
var d=new Date();document.getElementById('today').innerHTML=d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日';
</script>
</body>
</html>
""".replace("FILES/", FILES + "/")

HTML_NOISE = ["5001030001", "渝ICP备05003216号-1", "50010302000418", "023-63891234", "人民路232号", "400015", "8632",
              "2023-01-16 15:30"]
NB4 = "&nbsp;" * 4
IDS2 = "\u3000" * 2


def build_html():
    paras = paragraphs("yuzhong-2023.txt")
    assert not any(SEP in p for p in paras)
    lines = []
    part = 0
    for n, p in enumerate(paras, 1):
        e = html.escape(p, quote=False)
        if n == 1:
            lines.append("&nbsp;" * 30 + f"<font size=\"4\"><b>{e}</b></font><br />")
        elif n == 2:
            lines.append("&nbsp;" * 10 + f"{e}<br />")
        elif n == 3:
            lines.append("&nbsp;" * 34 + f"{e}<br />")
        elif PART_RE.match(p):
            part += 1
            lines.append(f"<br />{NB4}<strong>{e}</strong><br />")
        elif p.startswith("各位代表："):
            lines.append(f"<br />{e}<br />")
        else:
            # parts one and two were typed with &nbsp; indents, parts three and four pasted with full-width spaces
            ind = NB4 if part <= 2 else IDS2
            lines.append(f"{ind}{e}<br />")
    text = HTML_HEAD + "\n".join(lines) + "\n" + HTML_TAIL
    (OUT / "yuzhong-2023.html").write_bytes(text.replace("\n", "\r\n").encode("gbk"))


# ------------------------------------------------------------------ PDF (yuzhong-2025, glyph by glyph)
PDF_TITLE = "重庆市渝中区2025年政府工作报告"
PDF_HEADER = "重庆市渝中区2025年政府工作报告"
LEFT, RIGHT, TOP, BOTTOM = 72, 72, 760, 84
HEAD_Y, FOOT_Y = 800, 42
BODY_SIZE, BODY_LEAD = 11.5, 21
TRACK = 0.16  # letter spacing (em) added after every glyph of the body text, as in a typeset official report
# table columns: (x, alignment) — first column left-aligned at x, the others right-aligned at x (no rules drawn)
TABLE_COLS = [(LEFT + 24, "left"), (LEFT + 250, "centre"), (LEFT + 340, "right"), (LEFT + 445, "right")]
HANG = set("，。；：、”）！？%")


def _wrap(text, font, size, width, first_indent=0.0):
    from reportlab.pdfbase import pdfmetrics
    lines, cur, w = [], "", first_indent
    for ch in text:
        cw = pdfmetrics.stringWidth(ch, font, size) + TRACK * size
        if not cur and lines and ch in HANG:  # never start a line with closing punctuation
            lines[-1] += ch
            continue
        if w + cw > width and cur:
            if ch in HANG:
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
    """Lay the report out; returns a list of pages, each a list of ops:
    ("glyphs", size, [(x, y, ch), ...]) for glyph-by-glyph text, ("str", size, x, y, text, align) for table cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    W, _H = A4
    width = W - LEFT - RIGHT
    pages = [[]]
    y = [TOP]

    def newpage():
        pages.append([])
        y[0] = TOP

    def glyph_line(text, size, x0, yy, target=None):
        """Place every glyph; if target is set, spread the line to exactly that width (justification)."""
        ws = [pdfmetrics.stringWidth(ch, F, size) for ch in text]
        extra = TRACK * size
        if target is not None and len(text) > 1:
            extra = (target - sum(ws)) / (len(text) - 1)
        out, x = [], x0
        for ch, cw in zip(text, ws):
            out.append((round(x, 2), yy, ch))
            x += cw + extra
        pages[-1].append(("glyphs", size, out))

    def centred(text, size, lead):
        w = pdfmetrics.stringWidth(text, F, size) + TRACK * size * (len(text) - 1)
        glyph_line(text, size, (W - w) / 2, y[0])
        y[0] -= lead

    n = 0
    i = 0
    while i < len(paras):
        p = paras[i]
        if SEP in p:
            rows = []
            while i < len(paras) and SEP in paras[i]:
                rows.append(paras[i].split(SEP))
                i += 1
            rh = 19
            if y[0] - rh * len(rows) < BOTTOM:
                newpage()
            for r, row in enumerate(rows):
                size = 10.5
                for (x, how), cell in zip(TABLE_COLS, row):
                    pages[-1].append(("str", size, x, y[0], cell, how))
                y[0] -= rh
            y[0] -= 6
            continue
        n += 1
        i += 1
        if n == 1:
            y[0] -= 8
            centred(p, 20, 40)
            continue
        if n in (2, 3):
            centred(p, 12, 22 if n == 2 else 34)
            continue
        if p.startswith("表1"):
            y[0] -= 4
            centred(p, 11, 24)
            continue
        if PART_RE.match(p):
            size, lead, indent = 14, 26, 0.0
        elif p.startswith("注："):
            size, lead, indent = 9.5, 16, 0.0
        elif p.startswith("各位代表："):
            size, lead, indent = BODY_SIZE, BODY_LEAD, 0.0
        else:
            size, lead, indent = BODY_SIZE, BODY_LEAD, 2 * BODY_SIZE
        lines = _wrap(p, F, size, width, indent)
        if y[0] - lead * (min(len(lines), 2) - 1) < BOTTOM:
            newpage()  # keep a heading / the first two lines together
        for k, ln in enumerate(lines):
            if y[0] < BOTTOM:
                newpage()
            x0 = LEFT + (indent if k == 0 else 0.0)
            last = k == len(lines) - 1
            justify = not last and not PART_RE.match(p)
            glyph_line(ln, size, x0, y[0], (LEFT + width - x0) if justify else None)
            y[0] -= lead
        y[0] -= 5
    return pages


def build_pdf():
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    paras = paragraphs("yuzhong-2025.txt")
    os.environ["SOURCE_DATE_EPOCH"] = "1736294400"  # 2025-01-08 00:00 UTC: fixed dates
    rl_config.invariant = 1  # fixed document ID: byte-reproducible
    pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
    F = "WQY"
    W, _H = A4
    c = canvas.Canvas(str(OUT / "yuzhong-2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("渝中区人民政府办公室")
    c.setSubject("重庆市渝中区第十九届人民代表大会第三次会议")
    c.setKeywords("政府工作报告;渝中区;2025")
    c.setCreator("渝中区人民政府办公室")
    pages = pdf_layout(paras, F)
    total = len(pages)
    for n, ops in enumerate(pages, 1):
        c.setFont(F, 9.5)
        c.drawCentredString(W / 2, HEAD_Y, PDF_HEADER)  # running header: the report title (no rule under it)
        for op in ops:
            if op[0] == "glyphs":
                _k, size, glyphs = op
                t = c.beginText()
                t.setFont(F, size)
                for x, yy, ch in glyphs:  # every character with its own text matrix
                    t.setTextOrigin(x, yy)
                    t.textOut(ch)
                c.drawText(t)
            else:
                _k, size, x, yy, text, how = op
                c.setFont(F, size)
                if how == "left":
                    c.drawString(x, yy, text)
                elif how == "right":
                    c.drawRightString(x, yy, text)
                else:
                    c.drawCentredString(x, yy, text)
        c.setFont(F, 9.5)
        c.drawCentredString(W / 2, FOOT_Y, f"第 {n} 页 共 {total} 页")
        c.showPage()
    c.save()
    return total


# ------------------------------------------------------------------ DOCX (jiangbei-2024, tracked changes + comments)
AUTH_A, DATE_A = "区政府办 张文清", "2024-01-05T10:12:00Z"
AUTH_B, DATE_B = "区发展改革委 周立", "2024-01-06T15:40:00Z"
AUTHORS = {AUTH_A: DATE_A, AUTH_B: DATE_B}
# (key identifying the paragraph, context before, inserted text, deleted text, author): context + inserted text is
# unique in that paragraph of the ACCEPTED source; the deleted text sits right before the inserted text.
# inserted "" = deletion only; deleted "" = insertion only. Several edits replace digits inside a number.
EDITS = [
    ("全年实现地区生产总值", "全年实现地区生产总值1,3", "72", "68", AUTH_A),
    ("全年实现地区生产总值", "1,372.5亿元，增长6.", "3", "5", AUTH_B),
    ("全年实现地区生产总值", "96.8亿元，增长8.", "2", "6", AUTH_B),
    ("深入实施创新驱动发展战略，新认定", "新认定国家高新技术企业", "92家", "86家", AUTH_A),
    ("深入实施创新驱动发展战略，新认定", "五里店数智谷新入驻数字经济企业64家", "", "，年营业收入突破300亿元", AUTH_B),
    ("观音桥商圈提档升级", "全年接待游客5,", "860", "620", AUTH_B),
    ("观音桥商圈提档升级", "实现旅游总收入458.3亿元", "，江湾里文旅街区接待游客680万人次", "", AUTH_B),
    ("扎实推进城市更新", "惠及居民1.18万户", "，其中观音桥街道12个", "", AUTH_A),
    ("扎实推进城市更新", "新增公共停车泊位4,", "2", "1", AUTH_A),
    ("扎实推进城市更新", "新建改造城市绿地36公顷", "", "，新建口袋公园12个", AUTH_A),
    ("城镇新增就业3.06万人", "新增养老床位", "400张", "380张", AUTH_B),
    ("2024年全区经济社会发展的主要预期目标是", "地区生产总值增长", "6%左右", "6.5%左右", AUTH_A),
    ("2024年全区经济社会发展的主要预期目标是", "固定资产投资增长", "7%", "8%", AUTH_B),
    ("推动观音桥商圈向世界知名商圈迈进", "寸滩国际消费新城一期", "年底前开业", "9月底前开业", AUTH_A),
]
# whole paragraphs of the source inserted as tracked insertions (runs and paragraph mark): (prefix, author)
INSERTED_PARAS = [("全力做好防汛抗旱工作", AUTH_B)]
# whole paragraphs deleted as tracked deletions, placed after the paragraph that starts with the key: (key, text, author)
DELETED_PARAS = [("2023年是全面贯彻党的二十大精神的开局之年", "全区经济总量首次突破1,400亿元，迈上新台阶。", AUTH_A)]
# (commented span in the accepted text, comment text, author, initials); the comment text is not report text
COMMENTS = [
    ("增速位居中心城区第二", "区统计局：地区生产总值快报数为1,371.9亿元，最终以年报核定数为准。", "区统计局 陈晓", "陈"),
    ("外贸进出口总额468.2亿元", "区商务委：其中对东盟进出口约103亿元，建议补充。", "区商务委 刘敏", "刘"),
    ("新增学位3,200个", "区教委意见：含民办学校学位约540个，是否区分请定。", "区教委 黄蓉", "黄"),
    ("寸滩国际消费新城一期完成主体结构施工", "项目总投资约83亿元，涉及企业商业信息，建议不写入报告。", AUTH_A, "张"),
]
COMMENT_DATE = "2024-01-06T09:30:00Z"
DOCX_STAMP = (2024, 1, 6, 18, 20, 0)


def docx_pieces(p):
    """Cut an accepted paragraph into pieces (kind, text, author, comment index) with kind in t / ins / del."""
    marks = []  # (pos, inserted, deleted, author)
    for key, ctx, new, old, author in EDITS:
        if key not in p:
            continue
        k = p.find(ctx + new)
        assert k >= 0 and p.count(ctx + new) == 1, (ctx, new)
        marks.append((k + len(ctx), new, old, author))
    cuts = {0, len(p)}
    for pos, new, _o, _a in marks:
        cuts |= {pos, pos + len(new)}
    com = []
    for n, (span, *_rest) in enumerate(COMMENTS):
        k = p.find(span)
        if k >= 0:
            assert p.count(span) == 1, span
            assert not any(k < pos + len(new) and pos < k + len(span) for pos, new, _o, _a in marks), span
            com.append((k, k + len(span), n))
            cuts |= {k, k + len(span)}
    cuts = sorted(cuts)
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        for pos, new, old, author in marks:
            if pos == a and old:
                pieces.append(("del", old, author, None))
        ins = [author for pos, new, _o, author in marks if new and pos <= a < pos + len(new)]
        cn = next((n for x, y, n in com if x <= a < y), None)
        pieces.append(("ins" if ins else "t", p[a:b], ins[0] if ins else None, cn))
    for pos, new, old, author in marks:
        if pos == len(p) and old:
            pieces.append(("del", old, author, None))
    return pieces


def build_docx():
    import datetime as dt
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    paras = paragraphs("jiangbei-2024.txt")
    assert not any(SEP in p for p in paras)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.line_spacing = Pt(28)
    rev = [100]

    def mark(tag, author):
        el = OxmlElement(tag)
        rev[0] += 1
        el.set(qn("w:id"), str(rev[0]))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), AUTHORS[author])
        return el

    def set_font(run, east=None, size=None, bold=False):
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if east:
            run.font.name = east
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)

    def mark_paragraph(para, tag, author):
        """Track the paragraph mark itself (inserted / deleted paragraph)."""
        rpr = OxmlElement("w:rPr")
        rpr.append(mark(tag, author))
        para._p.get_or_add_pPr().append(rpr)

    def deleted_paragraph(text, author):
        para = doc.add_paragraph()
        para.paragraph_format.first_line_indent = Pt(32)
        run = para.add_run()
        dtext = OxmlElement("w:delText")
        dtext.set(qn("xml:space"), "preserve")
        dtext.text = text
        run._r.append(dtext)
        wrap = mark("w:del", author)
        para._p.remove(run._r)
        wrap.append(run._r)
        para._p.append(wrap)
        mark_paragraph(para, "w:del", author)

    comment_runs = {}
    ins_paras = dict(INSERTED_PARAS)
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
        if SUB_RE.match(p) and len(p) < 30:
            fmt.first_line_indent = Pt(32)
            set_font(para.add_run(p), "楷体_GB2312", None, True)
            continue
        if not p.startswith("各位代表："):
            fmt.first_line_indent = Pt(32)
        whole = next((a for pre, a in ins_paras.items() if p.startswith(pre)), None)
        for kind, text, author, cn in docx_pieces(p):
            if kind == "del":
                run = para.add_run()
                dtext = OxmlElement("w:delText")
                dtext.set(qn("xml:space"), "preserve")
                dtext.text = text
                run._r.append(dtext)
                wrap = mark("w:del", author)
            else:
                run = para.add_run(text)
                if cn is not None:
                    comment_runs.setdefault(cn, []).append(run)
                wrap = mark("w:ins", author) if kind == "ins" else None
                if whole:
                    wrap = mark("w:ins", whole)
            if wrap is not None:
                para._p.remove(run._r)
                wrap.append(run._r)
                para._p.append(wrap)
        if whole:
            mark_paragraph(para, "w:ins", whole)
        for key, text, author in DELETED_PARAS:
            if p.startswith(key):
                deleted_paragraph(text, author)
    for cn, (span, text, author, initials) in enumerate(COMMENTS):
        runs = comment_runs[cn]
        c = doc.add_comment(runs=[runs[0], runs[-1]] if len(runs) > 1 else runs[0], text=text, author=author,
                            initials=initials)
        c._comment_elm.set(qn("w:date"), COMMENT_DATE)
    settings = doc.settings.element
    settings.find(qn("w:defaultTabStop")).addprevious(OxmlElement("w:trackRevisions"))
    cp = doc.core_properties
    cp.title = "重庆市江北区2024年政府工作报告（修改稿）"
    cp.author = "江北区人民政府办公室"
    cp.last_modified_by = AUTH_B
    cp.subject = "重庆市江北区第十九届人民代表大会第二次会议"
    cp.keywords = "政府工作报告;江北区;2024;修改稿"
    cp.category = "政府工作报告"
    cp.comments = "修改稿（含修订和批注），请区政府办统稿"
    cp.revision = 12
    cp.created = dt.datetime(2023, 12, 26, 9, 0, 0)
    cp.modified = dt.datetime(*DOCX_STAMP)
    cp.last_printed = dt.datetime(2024, 1, 6, 17, 45, 0)
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
    (OUT / "jiangbei-2024.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_html()
    build_pdf()
    build_docx()
    print("built", sorted(x.name for x in OUT.iterdir()))
