"""A PDF page set in two columns reads column by column; a table's figures written with
thousands separators keep their unit; a comma between thousands ends no clause."""

from __future__ import annotations

from pathlib import Path

from wenzheng.corpus.formats import read_text
from wenzheng.corpus.formats.table import table_lines
from wenzheng.corpus.text import split_at, split_clauses

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

LEFT = [
    "——开放平台能级跃升。全年举办各类展会",
    "158场，展览总面积186万平方米。东盟商务区",
    "新引进区域性总部和功能性机构27家。",
    "——创新动能持续增强。新认定国家高新",
    "技术企业88家，总数达到836家。",
]
RIGHT = [
    "——城市功能品质提升。改造老旧小区62",
    "个，惠及居民1.71万户，其中中山街道15个；",
    "加装电梯168台，新增公共停车泊位4,800个。",
    "——生态环境持续改善。PM2.5年均浓度",
    "24微克/立方米。",
]


def _two_column_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("wqy", 11)
    page.drawString(150, A4[1] - 60, "一、2025年工作回顾")
    for column, x in ((LEFT, 70), (RIGHT, 310)):  # drawn one column after the other
        y = A4[1] - 90
        for line in column:
            indent = 22 if line.startswith("——") else 0
            page.drawString(x + indent, y, line)
            y -= 17
    page.drawCentredString(A4[0] / 2, 40, "— 2 —")
    page.save()


def test_a_page_in_two_columns_reads_column_by_column(tmp_path):
    path = tmp_path / "report.pdf"
    _two_column_pdf(path)
    text = read_text(path)
    left = "".join(LEFT).replace("——创新", "\n——创新")
    right = "".join(RIGHT).replace("——生态", "\n——生态")
    assert text.splitlines() == ["一、2025年工作回顾", *left.splitlines(), *right.splitlines()]


def test_a_tables_figure_with_thousands_separators_keeps_its_unit():
    rows = [
        ["指标", "单位", "2025年", "比上年增长（%）"],
        ["地区生产总值", "亿元", "1,612.5", "5.2"],
        ["城镇居民人均可支配收入", "元", "56,430", "3.9"],
    ]
    lines = table_lines(rows)
    assert "地区生产总值2025年1,612.5亿元" in lines[1]
    assert "城镇居民人均可支配收入2025年56,430元" in lines[2]


def test_a_comma_between_thousands_ends_no_clause():
    text = "加装电梯146台，新增公共停车泊位5,200个,打通断头路6条"
    clauses = [text[s:e] for s, e in split_clauses(text)]
    assert clauses == ["加装电梯146台，", "新增公共停车泊位5,200个,", "打通断头路6条"]
    assert split_at("停车泊位5,200个；学位6,300个", "，,；") == ["停车泊位5,200个", "学位6,300个"]
