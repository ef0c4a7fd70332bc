"""The Gulou report as published (Word, PDF, web page, GB18030 text) reads like the .txt.

Every form is made here from corpus/documents' .txt and loaded with no sidecar. Allowed
difference between a form's passages and the .txt's: runs of whitespace inside a passage may
collapse to one space (the .txt's "区长   吴 炜" is "区长 吴 炜" in the PDF and the page);
texts, order, kinds, sections, frames and years must otherwise be equal.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from wenzheng.corpus.formats import read_text
from wenzheng.corpus.loader import load_corpus, load_document

from wenzheng.errors import CorpusError
from wenzheng.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "corpus" / "documents" / "gulou-2020-government-work-report.txt"
SIDECAR = json.loads(REPORT.with_suffix(".json").read_text(encoding="utf-8"))
LINES = [x.strip() for x in REPORT.read_text(encoding="utf-8").splitlines() if x.strip()]
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
QUESTIONS = [
    "2019年鼓楼区地区生产总值是多少？",
    "2019年新增高新技术企业多少家？",
    "2020年地区生产总值预期增长多少？",
    "2019年外贸进出口总额是多少？",
    "鼓楼区2019年减税降费多少？",
]
PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>
<style>.nav{{color:red}}</style><script>var menu = "首页";</script></head><body>
<div class="header"><img src="logo.png">鼓楼区人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main"><h1 class="article-title">{title}</h1>
<div class="info">发布时间：2020-01-19 来源：区政府办</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div id="zoom" class="article-content">{body}</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">2019年政府工作报告</a></li></ul></div>
</div><div class="footer">主办：南京市鼓楼区人民政府 苏ICP备05000000号</div></body></html>
"""


def make_docx(path: Path) -> None:
    from docx import Document

    document = Document()
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(path))


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    style = ParagraphStyle(
        "body", fontName="wqy", fontSize=12, leading=18, firstLineIndent=24, wordWrap="CJK"
    )

    def furniture(canvas, doc) -> None:  # noqa: ANN001 (reportlab callback)
        canvas.setFont("wqy", 9)
        canvas.drawString(72, A4[1] - 40, "鼓楼区人民政府门户网站")
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    pdf = SimpleDocTemplate(str(path), pagesize=A4)
    pdf.build([Paragraph(x, style) for x in LINES], onFirstPage=furniture, onLaterPages=furniture)


def make_html(path: Path, encoding: str, breaks: bool = False) -> None:
    body = "\n".join(f"<p>{x}</p>" for x in LINES)
    if breaks:  # paragraphs set apart by <br> in one element, headings in <strong>, indented
        body = "<br>\n".join(
            f"<strong>{x}</strong>" if len(x) < 20 else f"\u3000\u3000{x}" for x in LINES
        )
    page = PAGE.format(charset=encoding, title="鼓楼区2020年政府工作报告", body=body)
    # GB2312 lacks some marks ("—", U+2014): saved pages write those as character references
    path.write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each published form of the report, alone in its own folder with no sidecar."""
    base = tmp_path_factory.mktemp("forms")
    makers = {
        "gulou.txt": lambda p: shutil.copy(REPORT, p),
        "gulou-gb.txt": lambda p: p.write_bytes(REPORT.read_text("utf-8").encode("gb18030")),
        "gulou.docx": make_docx,
        "gulou-utf8.html": lambda p: make_html(p, "utf-8"),
        "gulou-gb2312.html": lambda p: make_html(p, "gb2312"),
        "gulou-br.html": lambda p: make_html(p, "utf-8", breaks=True),
    }
    if FONT.exists():
        makers["gulou.pdf"] = make_pdf
    out = {}
    for name, make in makers.items():
        folder = base / name.replace(".", "_")
        folder.mkdir()
        make(folder / name)
        out[name] = folder / name
    return out


FORMS = [
    "gulou-gb.txt",
    "gulou.docx",
    "gulou.pdf",
    "gulou-utf8.html",
    "gulou-gb2312.html",
    "gulou-br.html",
]


def need(forms: dict[str, Path], name: str) -> Path:
    if name not in forms:
        pytest.skip(f"no CJK TrueType font at {FONT} (apt-get install fonts-wqy-microhei)")
    return forms[name]


def shape(path: Path) -> list[tuple]:
    doc = load_document(path)
    return [(" ".join(p.text.split()), p.kind, p.section, p.frame, p.years) for p in doc.passages]


@pytest.mark.parametrize("name", FORMS)
def test_each_form_gives_the_txt_passages(forms, name):
    """Each form, with no sidecar, parses into the .txt's passages (whitespace runs aside)."""
    assert shape(need(forms, name)) == shape(forms["gulou.txt"])


@pytest.mark.parametrize("name", ["gulou.txt", *FORMS])
def test_metadata_is_inferred_as_the_sidecar_states_it(forms, name):
    """Title, region (less the city the text never names), year, date, speaker: from the text."""
    meta = load_document(need(forms, name)).meta
    assert meta.year == SIDECAR["year"] and meta.date == SIDECAR["date"]
    assert SIDECAR["region"].endswith(meta.region) and meta.region == "鼓楼区"
    assert SIDECAR["title"].endswith(meta.title) and "2020" in meta.title
    assert meta.speaker == SIDECAR["speaker"] and meta.meeting == SIDECAR["meeting"]
    assert meta.id == Path(name).stem


@pytest.mark.parametrize("name", ["gulou-utf8.html", "gulou-gb2312.html"])
def test_a_page_s_publication_date_outside_the_article_is_its_published_date(forms, name):
    """ "发布时间：2020-01-19" in the page's info bar is the notice's date, not a passage."""
    doc = load_document(need(forms, name))
    assert doc.meta.published == "2020-01-19"
    assert not any("发布时间" in p.text for p in doc.passages)


def test_page_furniture_is_dropped(forms):
    """Navigation, breadcrumbs, share bar, related links, footer, page numbers and headers go."""
    texts = [read_text(forms["gulou-utf8.html"]), read_text(forms["gulou-gb2312.html"])]
    if "gulou.pdf" in forms:
        texts.append(read_text(forms["gulou.pdf"]))
    for text in texts:
        for noise in ("门户网站", "首页", "当前位置", "分享到", "相关链接", "ICP", "- 2 -"):
            assert noise not in text


def test_the_same_questions_get_the_same_answers_from_every_form(forms, tmp_path):
    """Five questions asked of each form alone (fake embedder) get the .txt's answer texts."""
    from wenzheng.bot.service import Wenzheng

    def answers(path: Path) -> list[str]:
        settings = Settings(
            _env_file=None,
            data_dir=tmp_path / path.name,
            corpus_dir=path.parent,
            embedding_model="fake",
            chroma_host=None,
        )
        service = Wenzheng.from_settings(settings)
        return [service.answer(q, []).text for q in QUESTIONS]

    expected = answers(forms["gulou.txt"])
    assert any("1620" in a for a in expected)
    for name in FORMS:
        if name in forms:
            assert answers(forms[name]) == expected, name


@pytest.mark.parametrize("year", ["2022年", None])
def test_a_bad_sidecar_year_is_one_line_naming_file_and_field(forms, tmp_path, year):
    """A sidecar beside a .docx with "year": "2022年" or null is one CorpusError line."""
    shutil.copy(forms["gulou.docx"], tmp_path / "r.docx")
    (tmp_path / "r.json").write_text(json.dumps({"year": year}), encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    message = str(caught.value)
    assert "r.json" in message and "'year'" in message and "\n" not in message


def test_a_sidecar_overrides_field_by_field(forms, tmp_path):
    """A sidecar with only a title and id keeps every other inferred field."""
    shutil.copy(forms["gulou.docx"], tmp_path / "r.docx")
    (tmp_path / "r.json").write_text(json.dumps({"id": "g", "title": "T"}), encoding="utf-8")
    [doc] = load_corpus(tmp_path)
    meta = doc.meta
    assert (meta.id, meta.title, meta.year, meta.region) == ("g", "T", 2020, "鼓楼区")


def test_wenzheng_add_copies_shows_metadata_indexes_and_refuses_overwrite(
    forms, tmp_path, monkeypatch, capsys
):
    """`wenzheng add` copies a .docx, prints its metadata line, indexes; a clash is refused."""
    from wenzheng.cli.app import main

    monkeypatch.setenv("WENZHENG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WENZHENG_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("WENZHENG_EMBEDDING_MODEL", "fake")
    monkeypatch.delenv("WENZHENG_CHROMA_HOST", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["add", str(forms["gulou.docx"])]) == 0
    out = capsys.readouterr().out
    assert "gulou.docx: id=gulou title=鼓楼区2020年政府工作报告 region=鼓楼区 year=2020" in out
    assert "indexed" in out and (tmp_path / "corpus" / "gulou.docx").exists()
    other = tmp_path / "elsewhere" / "gulou.docx"
    other.parent.mkdir()
    shutil.copy(forms["gulou.pdf" if "gulou.pdf" in forms else "gulou-gb.txt"], other)
    if other.read_bytes() != forms["gulou.docx"].read_bytes():
        assert main(["add", str(other)]) == 2
        assert "exists with other content" in capsys.readouterr().err


def _numbered_docx(path: Path) -> None:
    """Headings numbered by Word itself (Heading 1 "一、", Heading 2 "（一）"), as offices
    write them: the numbers are in numbering.xml, not in the paragraphs' text."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    items = [
        ("2023年工作回顾", 0),
        ("商贸消费加快回暖", 1),
        ("新引进品牌首店48家。", None),
        ("文旅融合持续深化", 1),
        ("2024年工作安排", 0),
        ("提振商贸消费活力", 1),
        ("列表项", "bullet"),
    ]
    for text, level in items:
        if level is None:
            document.add_paragraph(text)
        elif level == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            p = document.add_paragraph(text, style=f"Heading {level + 1}")
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                    '<w:numId w:val="90"/></w:numPr>'
                )
            )
    document.save(str(path))


def test_headings_word_numbers_itself_are_read_with_their_numbers(tmp_path):
    """Word's own list numbering is written before the heading's text, counted as Word
    counts it (the second level starts again under each first-level heading); a bullet
    adds nothing."""
    path = tmp_path / "numbered.docx"
    _numbered_docx(path)
    lines = read_text(path).splitlines()
    assert lines == [
        "一、2023年工作回顾",
        "（一）商贸消费加快回暖",
        "新引进品牌首店48家。",
        "（二）文旅融合持续深化",
        "二、2024年工作安排",
        "（一）提振商贸消费活力",
        "列表项",
    ]


def test_manual_line_breaks_inside_a_docx_sentence_are_joined(tmp_path):
    """Text pasted from an e-mail keeps its line breaks as Word's manual breaks: inside a
    sentence or a number they are joined; after a full stop, or before a heading's number
    or a dash-led line, they stay line breaks."""
    from docx import Document

    document = Document()
    document.add_paragraph("政府工作报告\n——2025年1月8日在区人民代表大会上")
    document.add_paragraph(
        "成功举办第三届冰雪\n文化节，全年接待游客4680万人次，增长5\n.1%。\n新增学位4200个。"
    )
    document.add_paragraph("GD\nP增长，P\nM2.5达标；打造Smart\nCity品牌。")
    path = tmp_path / "pasted.docx"
    document.save(str(path))
    assert read_text(path).splitlines() == [
        "政府工作报告",
        "——2025年1月8日在区人民代表大会上",
        "成功举办第三届冰雪文化节，全年接待游客4680万人次，增长5.1%。",
        "新增学位4200个。",
        "GDP增长，PM2.5达标；打造Smart City品牌。",
    ]


def test_a_table_drawn_as_text_in_a_pdf_is_read_row_by_row(tmp_path):
    """A PDF table drawn as text (no ruled grid, cells apart on one line) reads as a table:
    each row a line of its own, its cells named by the heading row, as a Word table does;
    the paragraphs around it stay whole."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    path = tmp_path / "table.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("wqy", 12)
    rows = [
        (72, "全区主要指标完成情况如下："),
        (None, ("指标", "完成情况")),
        (None, ("地区生产总值", "1506.2亿元，年均增长4.9%")),
        (None, ("一般公共预算收入", "五年累计486.3亿元")),
        (72, "各位代表！成绩来之不易。"),
    ]
    y = A4[1] - 80
    for x, text in rows:
        if x is not None:
            page.drawString(x, y, text)
        else:
            page.drawString(80, y, text[0])
            page.drawString(300, y, text[1])
        y -= 24
    page.save()
    assert read_text(path).splitlines() == [
        "全区主要指标完成情况如下：",
        "指标 完成情况",
        "地区生产总值完成情况1506.2亿元，年均增长4.9%。",
        "一般公共预算收入完成情况五年累计486.3亿元。",
        "各位代表！成绩来之不易。",
    ]


def test_a_docx_paragraph_reads_as_word_shows_it_with_changes_accepted(tmp_path):
    """Runs inside a tracked insertion, a content control or a smart tag are the paragraph's
    text; a tracked deletion is not (python-docx's `Paragraph.text` reads only direct runs)."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    p = document.add_paragraph("全年实现地区生产总值")
    stamp = 'w:id="1" w:author="办公室" w:date="2025-01-01T00:00:00Z"'
    for xml in (
        f"<w:ins {nsdecls('w')} {stamp}><w:r><w:t>1506.2亿元</w:t></w:r></w:ins>",
        f"<w:del {nsdecls('w')} {stamp}><w:r><w:delText>1500亿元</w:delText></w:r></w:del>",
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:r><w:t>，增长4.6%</w:t></w:r>"
        "</w:sdtContent></w:sdt>",
        f"<w:smartTag {nsdecls('w')} w:uri='u' w:element='e'><w:r><w:t>。</w:t></w:r></w:smartTag>",
    ):
        p._p.append(parse_xml(xml))
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    assert read_text(path) == "全年实现地区生产总值1506.2亿元，增长4.6%。"


def test_a_page_laid_out_in_tables_gives_the_article_alone(tmp_path):
    """An older portal lays the whole page out in tables, the article three tables deep with
    <br> between its paragraphs: the top bar and the info line are not the report's text."""
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>
<body><table><tr><td>欢迎访问松湾区人民政府网站！ <a href="/">设为首页</a></td></tr></table>
<table><tr><td><table><tr><td>松湾区2025年政府工作报告</td></tr>
<tr><td>发布日期：2025-01-16 来源：区政府办公室 点击数：2741</td></tr>
<tr><td><table><tr><td>政府工作报告<br>
——2025年1月8日在松湾区第三届人民代表大会第五次会议上<br>
区长 林青<br>一、2024年工作回顾<br>
&nbsp;&nbsp;&nbsp;&nbsp;全年实现地区生产总值612.4亿元，增长5.2%。<br>
\u3000\u3000外贸进出口总额286亿元，增长6.1%。</td></tr></table></td></tr></table></td></tr></table>
<table><tr><td>版权所有：松湾区人民政府 辽ICP备12345678号</td></tr></table></body></html>"""
    path = tmp_path / "songwan.html"
    path.write_bytes(page.encode("gbk"))
    lines = read_text(path).splitlines()
    assert lines[0] == "发布日期：2025-01-16"
    assert lines[1:] == [
        "政府工作报告",
        "——2025年1月8日在松湾区第三届人民代表大会第五次会议上",
        "区长 林青",
        "一、2024年工作回顾",
        "全年实现地区生产总值612.4亿元，增长5.2%。",
        "外贸进出口总额286亿元，增长6.1%。",
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_text_saved_as_notepads_unicode_reads_like_utf8(tmp_path, encoding):
    """Notepad's "Unicode" is UTF-16, with its byte-order mark or (saved by other tools)
    without one: read as such, not as GB18030 gibberish."""
    path = tmp_path / "gulou-utf16.txt"
    path.write_bytes(REPORT.read_text("utf-8").encode(encoding))
    assert read_text(path) == read_text(REPORT)


def test_a_docx_footnote_is_read_below_the_paragraph_that_cites_it(tmp_path):
    """Word keeps footnotes in a part of their own (python-docx reads none of them): each is
    read as a "注：" line after the paragraph with its reference mark, as a printed page
    shows it below that text."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    p = document.add_paragraph("全年实现地区生产总值612.4亿元，经济总量位居全市第一")
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:footnoteReference w:id='1'/></w:r>"))
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>。</w:t></w:r>"))
    document.add_paragraph("外贸进出口总额286亿元。")
    notes = (
        f"<w:footnotes {nsdecls('w')}><w:footnote w:type='separator' w:id='-1'><w:p><w:r>"
        "<w:separator/></w:r></w:p></w:footnote><w:footnote w:id='1'><w:p><w:r><w:footnoteRef/>"
        "</w:r><w:r><w:t>按市统计部门公布的各区数据排序。</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    )
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, notes.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert read_text(path).splitlines() == [
        "全年实现地区生产总值612.4亿元，经济总量位居全市第一。",
        "注：按市统计部门公布的各区数据排序。",
        "外贸进出口总额286亿元。",
    ]


def test_a_table_with_a_grouping_column_is_read_by_its_indicator_column():
    """ "类别 | 指标 | 单位 | 2024年": each row is its 指标's, not its group's; a note in one
    merged cell across the table stays a line of its own."""
    from wenzheng.corpus.formats.table import table_lines

    rows = [
        ["类别", "指标", "单位", "2024年", "比上年增长（%）"],
        ["经济总量", "地区生产总值", "亿元", "1626.4", "5.4"],
        ["经济总量", "第三产业增加值", "亿元", "1418.7", "6.1"],
        ["注：增速按可比价格计算。", "", "", "", ""],
    ]
    assert table_lines(rows)[1:] == [
        "地区生产总值2024年1626.4亿元；地区生产总值比上年增长5.4%。",
        "第三产业增加值2024年1418.7亿元；第三产业增加值比上年增长6.1%。",
        "注：增速按可比价格计算。",
    ]


WECHAT = """<html><head><meta charset="utf-8">
<title>重磅！松湾区2025年政府工作报告全文来了</title></head>
<body><div id="js_article"><h1>重磅！松湾区2025年政府工作报告全文来了</h1>
<div id="meta_content"><span>松湾发布</span> <em id="publish_time">2025年01月09日 18:30</em></div>
<div id="js_content" style="visibility: hidden;"><section>
<section><span><strong>点击蓝字</strong></span><span> 关注我们</span></section>
<section><span>▲会议现场</span></section>
<section><section><span>一图读懂｜2024年松湾区成绩单</span></section></section>
<section><span>地区生产总值：</span><span><strong>612.4</strong></span><span>亿元 ↑</span>
<span><strong>5.2</strong></span><span>%</span></section>
<section><span>政 府 工 作 报 告</span></section>
<section><span>——2025年1月8日在松湾区第三届人民代表大会第五次会议上</span></section>
<section><span>区长 林青</span></section>
<section><section><span>一、2024年工作回顾</span></section></section>
<section><section><span>全年实现地区生产总值</span><span>612.4亿元，增长5.2%。</span></section></section>
<section><section><span>外贸进出口总额286亿元，</span><span>增长6.1%。</span></section></section>
<section><section><span>二、2025年工作安排</span></section></section>
<section><section><span>全区地区生产总值增长5%左右。</span></section></section>
<section><span>来源：松湾区融媒体中心</span></section><section><span>编辑：王芳</span></section>
<section><span>往期推荐</span></section><section><span>松湾区2024年政府工作报告全文</span></section>
<section><span>分享、点赞、在看，三连走起↓</span></section>
</section></div><div class="rich_media_tool"><a id="js_share_btn">分享</a> 阅读 1.6万</div></div>
</body></html>"""


def test_a_wechat_article_gives_its_text_without_its_furniture(tmp_path):
    """A public-account article nests every paragraph in <section>s of its own, with a call
    to follow, a caption, credits and links to earlier posts around it; an infographic's
    arrows are rises; a title set in spaced-out characters is one word again."""
    path = tmp_path / "songwan-2025.html"
    path.write_text(WECHAT, encoding="utf-8")
    assert read_text(path).splitlines() == [
        "一图读懂｜2024年松湾区成绩单",
        "地区生产总值：612.4亿元 增长5.2%",
        "政府工作报告",
        "——2025年1月8日在松湾区第三届人民代表大会第五次会议上",
        "区长 林青",
        "一、2024年工作回顾",
        "全年实现地区生产总值612.4亿元，增长5.2%。",
        "外贸进出口总额286亿元，增长6.1%。",
        "二、2025年工作安排",
        "全区地区生产总值增长5%左右。",
    ]
    doc = load_document(path)
    assert (doc.meta.region, doc.meta.year) == ("松湾区", 2025)
    frames = {p.text: (p.frame, p.years) for p in doc.passages}
    assert frames["地区生产总值：612.4亿元 增长5.2%"] == ("results", "2024")  # the 成绩单's
    assert frames["——2025年1月8日在松湾区第三届人民代表大会第五次会议上"][0] == "none"


def test_a_text_hard_wrapped_at_one_width_has_its_paragraphs_joined_again(tmp_path):
    """Notepad's "Unicode" with its lines cut every 24 characters, even inside a number
    ("增长5" / ".0%"): each paragraph reads as one line again; a file of paragraph lines of
    all lengths is read as it is."""
    paragraphs = [
        "\u3000\u3000全区地区生产总值从2016年的1286.4亿元增加到2021年的1642.8亿元，年均增长5.0%；"
        "一般公共预算收入五年累计完成398.6亿元，全社会固定资产投资五年累计完成1862亿元。",
        "\u3000\u3000国家高新技术企业从142家增加到365家，省级专精特新中小企业累计达到72家，"
        "上市企业从6家增加到11家，引进世界500强企业区域总部和分支机构18家。",
    ] * 6
    width = 24
    wrapped = "\r\n\r\n".join(
        "\r\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in paragraphs
    )
    path = tmp_path / "wrapped.txt"
    path.write_bytes("\ufeff".encode("utf-16-le") + wrapped.encode("utf-16-le"))
    lines = [line for line in read_text(path).splitlines() if line.strip()]
    assert lines == paragraphs
    from wenzheng.corpus.formats.plain import unwrapped

    report = REPORT.read_text("utf-8")  # a paragraph a line, of all lengths
    assert unwrapped(report) == report


def test_a_docx_reads_its_content_controls_and_text_boxes_once(tmp_path):
    """Paragraphs inside a block content control (python-docx's block list skips them) are
    read in their place, a control still showing its placeholder is not text, and a text
    box, which Word stores twice (the drawing and the copy for old readers), is read once."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    document.add_paragraph("一、2023年工作回顾")
    body = document.element.body
    ns = (
        f"{nsdecls('w', 'wp', 'a')} "
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    sdt = parse_xml(
        f"<w:sdt {ns}><w:sdtPr><w:alias w:val='核定'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>地区生产总值增长6.1%，低于预期目标0.4个百分点。</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    placeholder = parse_xml(
        f"<w:sdt {ns}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    box = (
        "<w:txbxContent><w:p><w:r><w:t>（七）十件民生实事全面完成</w:t></w:r></w:p></w:txbxContent>"
    )
    anchored = parse_xml(
        f"<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        f"<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:txbx>{box}</w:txbx></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    for element in (sdt, placeholder, anchored):
        body.insert(len(body) - 1, element)  # before the section properties
    path = tmp_path / "controls.docx"
    document.save(str(path))
    assert [line for line in read_text(path).splitlines() if line.strip()] == [
        "一、2023年工作回顾",
        "地区生产总值增长6.1%，低于预期目标0.4个百分点。",
        "（七）十件民生实事全面完成",
    ]


def test_a_docx_drops_its_hidden_text_and_word_s_own_table_of_contents(tmp_path):
    """Runs formatted as hidden text (a drafter's note, an old figure) are not the report's
    text, and the table of contents Word builds (each heading, a tab, its page number) is no
    part heading before the report begins."""
    from docx import Document

    document = Document()
    document.add_paragraph("目　录")
    document.add_paragraph("\t一、2020年工作回顾\t3")
    document.add_paragraph("\t二、2021年工作安排\t9")
    document.add_paragraph("一、2020年工作回顾")
    p = document.add_paragraph("全年实现地区生产总值1146.5亿元")
    p.add_run("【初稿：1131.2亿元，待核定】").font.hidden = True
    p.add_run("，增长3.8%。")
    shown = document.add_paragraph().add_run("（按快报数计算）")
    shown.font.hidden = False  # hidden set off explicitly: shown
    path = tmp_path / "draft.docx"
    document.save(str(path))
    assert [line for line in read_text(path).splitlines() if line.strip()] == [
        "一、2020年工作回顾",
        "全年实现地区生产总值1146.5亿元，增长3.8%。",
        "（按快报数计算）",
    ]


def test_an_article_split_into_cms_pages_reads_whole_with_a_cut_number_joined(tmp_path):
    # a portal splits a long article into pages inside one saved file, the later ones hidden
    # until the pager shows them; one cut falls inside a figure ("增长5." | "5%左右")
    page = """<html><head><meta charset="utf-8"><title>2024年青岚区政府工作报告</title></head><body>
<div class="nav">首页 政务公开</div><div class="article">
<div class="page-item" id="page_1"><p>一、2023年工作回顾</p>
<p>全年实现地区生产总值612.4亿元，增长5.6%。</p></div>
<div class="page-item" id="page_2" style="display:none">
<p>二、2024年目标任务</p><p>2024年主要预期目标是：地区生产总值增长5.</p></div>
<div class="page-item" id="page_3" style="display:none"><p>5%左右；城镇新增就业1.5万人。</p></div>
<div class="fenye">共3页 上一页 1 2 3 下一页</div></div></body></html>"""
    path = tmp_path / "qinglan-2024.html"
    path.write_text(page, encoding="utf-8")
    text = read_text(path)
    assert "地区生产总值增长5.5%左右；城镇新增就业1.5万人。" in text
    assert "全年实现地区生产总值612.4亿元" in text  # the shown page too
    # a list item's number opens its line and stays apart from the line before
    listed = tmp_path / "list.txt"
    listed.write_text(
        "主要预期目标是：\n1.地区生产总值增长6%。\n2.城镇新增就业1.2万人。\n", encoding="utf-8"
    )
    assert "\n1.地区生产总值" in read_text(listed) and "增长6%。\n2." in read_text(listed)


def test_a_pdf_s_diagonal_watermark_is_no_part_of_its_text(tmp_path):
    # a portal stamps every page with its name and the download time across the page at 45°,
    # in light grey, over the body on one page and under it on the next; layout mode would set
    # its glyphs inside the lines they cross ("外长春市…门户网站贸进出口")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    path = tmp_path / "stamped.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    lines = [
        [
            "全年实现地区生产总值1126.4亿元，增长5.4%。",
            "外贸进出口增长9.8%，区域发展活力明显增强。",
        ],
        ["新增学位3200个，区实验中学建成投用。", "城镇新增就业1.18万人，其中高校毕业生3900人。"],
    ]
    for number, body in enumerate(lines):

        def stamp() -> None:  # from the middle of a body line, across the lines below it
            page.saveState()
            page.setFillGray(0.8)
            page.translate(200, A4[1] / 2 + 30)
            page.rotate(-45)
            page.setFont("wqy", 40)
            page.drawString(0, 0, "青岚区人民政府门户网站")
            page.restoreState()
            page.saveState()
            page.setFillGray(0.8)
            page.translate(150, A4[1] / 2 + 6)
            page.rotate(45)
            page.setFont("wqy", 18)
            page.drawString(0, 0, "下载时间：2025-01-16 10:32")
            page.restoreState()

        if number == 0:
            stamp()
        page.setFont("wqy", 12)
        for i, line in enumerate(body):
            page.drawString(96, A4[1] / 2 + 30 - 24 * i, line)
        if number == 1:
            stamp()
        page.showPage()
    page.save()
    text = read_text(path)
    assert "门户网站" not in text and "下载时间" not in text
    for line in (x for body in lines for x in body):
        assert line in text


def test_a_page_s_character_references_and_invisible_characters_read_as_its_text(tmp_path):
    # a CMS writes some text as numeric character references and leaves zero-width spaces,
    # soft hyphens and no-break spaces inside words and numbers, a figure split across spans
    page = """<html><head><meta charset="utf-8"><title>青岚区2025年政府工作报告</title></head>
<body><div class="article">
<p>&#20840;&#24180;&#23454;&#29616;&#x5730;&#x533a;生产总值1126.4亿元，增长5.4%。</p>
<p>国家高新技术企业达到4\u200b98家，签约总额7&shy;38亿元，新增公共停车泊位3,&nbsp;350个。</p>
<p>新增学位<span>3</span><span>,200</span>个，南岭\u200b数智谷二期建成投用。</p>
<p>税收超亿元楼宇达到14栋，其中超5亿元楼宇&nbsp;4栋。</p>
</div></body></html>"""
    path = tmp_path / "qinglan-2025.html"
    path.write_text(page, encoding="utf-8")
    assert read_text(path).splitlines() == [
        "全年实现地区生产总值1126.4亿元，增长5.4%。",
        "国家高新技术企业达到498家，签约总额738亿元，新增公共停车泊位3,350个。",
        "新增学位3,200个，南岭数智谷二期建成投用。",
        "税收超亿元楼宇达到14栋，其中超5亿元楼宇4栋。",
    ]


def test_a_pdf_page_turned_to_landscape_reads_its_table_row_by_row(tmp_path):
    # a wide table sits on a portrait page drawn sideways and flagged /Rotate 90, so that a
    # viewer shows it landscape; layout mode reads no sideways text, and the page was lost
    # (a page of nothing left also broke the header and footer count)
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    drawn = tmp_path / "drawn.pdf"
    page = canvas.Canvas(str(drawn), pagesize=A4)
    page.setFont("wqy", 12)
    page.drawString(96, 700, "全年实现地区生产总值1218.6亿元，增长5.1%。")
    page.showPage()
    page.translate(A4[0], 0)
    page.rotate(90)  # drawn across the page's height: the viewer turns the page back
    page.setFont("wqy", 11)
    rows = [
        ("指标", "单位", "2024年", "增长（%）"),
        ("地区生产总值", "亿元", "1218.6", "5.1"),
        ("一般公共预算收入", "亿元", "58.9", "4.6"),
    ]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            page.drawString(72 + 160 * j, A4[0] - 120 - 24 * i, cell)
    page.showPage()
    page.setFont("wqy", 12)
    page.drawString(96, 700, "新增学位3200个，区实验中学建成投用。")
    page.showPage()
    page.save()
    writer = PdfWriter(clone_from=PdfReader(str(drawn)))
    writer.pages[1][NameObject("/Rotate")] = NumberObject(90)
    path = tmp_path / "turned.pdf"
    writer.write(str(path))
    text = read_text(path)
    assert "一般公共预算收入2024年58.9亿元；一般公共预算收入增长4.6%。" in text
    assert "全年实现地区生产总值1218.6亿元" in text and "新增学位3200个" in text


def test_a_page_s_ruby_note_markers_and_break_hints_are_no_part_of_its_text(tmp_path):
    # a reading over a rare character ("埠（bù）"), a note's marker glued to a figure and its
    # link back from the note, and <wbr> inside a number ("2,<wbr>800万元")
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="article">\n'
        "<p>新<ruby>埠<rp>（</rp><rt>bù</rt><rp>）</rp></ruby>岛街区"
        '<sup class="fn-ref"><a href="#fn1">[1]</a></sup>接待游客286万人次。</p>\n'
        "<p>发放消费券2,<wbr>800万元，离岛免税销售额186.4亿元"
        '<sup><a href="#fn2">[2]</a></sup>，下降12.6%。</p>\n'
        '<ol class="footnotes"><li id="fn1">新埠岛街区：位于新埠岛北部。'
        '<a class="fn-back" href="#fnref1">↩</a></li></ol>\n'
        "</div></body></html>"
    )
    path = tmp_path / "meiyu-2025.html"
    path.write_text(page, encoding="utf-8")
    assert read_text(path).splitlines() == [
        "新埠岛街区接待游客286万人次。",
        "发放消费券2,800万元，离岛免税销售额186.4亿元，下降12.6%。",
        "新埠岛街区：位于新埠岛北部。",
    ]


def test_a_docx_table_with_a_two_row_heading_and_symbol_marks_reads_each_cell_named(tmp_path):
    # "2022年" spans the two columns the second heading row names; the other headings are
    # merged down; the completion column holds Symbol-font ticks and crosses (w:sym), which
    # have no text of their own; a fall is said as the reports say it
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    table = document.add_table(rows=4, cols=5)
    for row, cells in enumerate(
        [
            ("指标", "单位", "2022年", "", "完成情况"),
            ("", "", "预期目标", "实际完成", ""),
            ("地区生产总值增长", "%", "6.5", "1.8", None),
            ("社会消费品零售总额增长", "%", "6.0", "-2.3", None),
        ]
    ):
        for col, said in enumerate(cells):
            if said:
                table.cell(row, col).text = said
    table.cell(0, 2).merge(table.cell(0, 3))
    for col in (0, 1, 4):
        table.cell(0, col).merge(table.cell(1, col))
    for row, char in ((2, "F0B4"), (3, "F0D6")):
        run = f"<w:r {nsdecls('w')}><w:sym w:font='Symbol' w:char='{char}'/></w:r>"
        table.cell(row, 4).paragraphs[0]._p.append(parse_xml(run))
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert read_text(path).splitlines()[1:] == [
        "地区生产总值增长2022年预期目标6.5%；地区生产总值增长2022年实际完成1.8%；地区生产总值增长完成情况×。",
        "社会消费品零售总额增长2022年预期目标6.0%；社会消费品零售总额2022年实际完成下降2.3%；"
        "社会消费品零售总额增长完成情况√。",
    ]


def test_a_docx_laid_out_in_a_one_column_table_reads_as_its_paragraphs(tmp_path):
    # the whole report sits in one cell of a layout table, the table of indicators nested
    # inside it; the running header and footer are no part of the body
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "某区人民政府工作报告"
    document.sections[0].footer.paragraphs[0].text = "第1页"
    frame = document.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "一、2024年工作回顾"
    frame.add_paragraph("全年实现地区生产总值1,218.6亿元，增长5.1%。")
    data = frame.add_table(rows=2, cols=3)
    for col, (head, value) in enumerate(
        (("指标", "地区生产总值"), ("单位", "亿元"), ("2024年", "1218.6"))
    ):
        data.cell(0, col).text, data.cell(1, col).text = head, value
    frame.add_paragraph("二、2025年工作安排")
    path = tmp_path / "framed.docx"
    document.save(str(path))
    lines = read_text(path).splitlines()
    assert lines[0] == "一、2024年工作回顾"
    assert lines[1] == "全年实现地区生产总值1,218.6亿元，增长5.1%。"
    assert "地区生产总值2024年1218.6亿元。" in lines  # the nested table, row by row
    assert lines[-1] == "二、2025年工作安排"
    assert not any("某区人民政府工作报告" in line or "第1页" in line for line in lines)
