"""A PDF whose glyphs are drawn one by one on justified lines reads without the spaces
between them; "世界500强" is part of a name, not a figure; a total said after the new ones
("总数达到536家") is kept with them in an answer; a plan's figure said done ("计划新建的15个
口袋公园全部建成") needs the year's result; a 风貌区 is a site of its own. Made-up reports
(no model: `service_over` builds the usual small service)."""

from __future__ import annotations

from pathlib import Path

import pytest
from wenzheng.corpus.formats import read_text
from wenzheng.corpus.quantities import extract_quantities

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

LINES = [
    "    全年实现地区生产总值1752.6亿元，增长5.4%；一般公共预算收",
    "入98.4亿元，增长3.1%；新落户世界500强企业15家，累计达到312",
    "家。",
    "    新认定国家高新技术企业75家，总数达到536家；新增市级专精特",
    "新企业27家。",
]


def _glyph_by_glyph_pdf(path: Path) -> None:
    """Each character placed on its own, lines but the last of a paragraph justified to
    the right margin (as some typesetting tools write their PDFs)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    page = canvas.Canvas(str(path), pagesize=A4)
    size, left, right = 11.5, 72, A4[0] - 72
    y = A4[1] - 80
    for i, line in enumerate(LINES):
        text = line.lstrip()
        x = left + (2 * size if line.startswith(" ") else 0)
        last = i + 1 == len(LINES) or LINES[i + 1].startswith(" ")
        widths = [pdfmetrics.stringWidth(c, "wqy", size) for c in text]
        gap = size * 0.16
        if not last and len(text) > 1:  # justified: the spacing stretched to the margin
            gap = (right - x - sum(widths)) / (len(text) - 1)
        for c, w in zip(text, widths, strict=True):
            page.setFont("wqy", size)
            page.drawString(x, y, c)
            x += w + gap
        y -= 21
    page.save()


def test_glyphs_drawn_one_by_one_read_without_spaces(tmp_path):
    path = tmp_path / "report.pdf"
    _glyph_by_glyph_pdf(path)
    text = read_text(path)
    assert "全年实现地区生产总值1752.6亿元，增长5.4%；一般公共预算收入98.4亿元" in text
    assert "累计达到312家。" in text
    assert "新认定国家高新技术企业75家，总数达到536家；新增市级专精特新企业27家。" in text


def test_a_number_before_qiang_is_part_of_a_name():
    figures = [q.raw for q in extract_quantities("新落户世界500强企业15家，中国500强3家")]
    assert figures == ["15家", "3家"]


REPORT_2024 = """栖山区2024年政府工作报告
——2024年1月10日在栖山区第五届人民代表大会第三次会议上
区长 柳岸

一、2023年工作回顾
新认定国家高新技术企业61家，总数达到461家。全区接待游客3,120万人次，增长9.6%。
二、2024年工作安排
新建口袋公园15个；加装电梯120部。
"""

REPORT_2025 = """栖山区2025年政府工作报告
——2025年1月9日在栖山区第五届人民代表大会第四次会议上
区长 柳岸

一、2024年工作回顾
新认定国家高新技术企业75家，总数达到536家；新增市级专精特新企业27家。
新建口袋公园12个。
二、2025年工作安排
改造老旧小区40个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qishan-2024.txt": REPORT_2024, "qishan-2025.txt": REPORT_2025}
    )


def test_a_total_after_the_new_ones_answers_how_many_in_all(service):
    answer = service.answer("栖山区去年新认定多少家国家高新技术企业 现在总共多少")
    assert "75家" in answer.text and "536家" in answer.text, answer.text


def test_a_plan_said_done_in_a_year_no_report_reviews_is_not_found(service):
    result = service.check("栖山区2025年计划改造的40个老旧小区全部完成。")
    assert result.verdict == "not_found", result.explanation
    assert service.check("栖山区2025年计划改造老旧小区40个。").verdict == "supported"


def test_a_plan_said_done_against_a_result_that_falls_short_is_refuted(service):
    result = service.check("栖山区2024年计划新建的15个口袋公园全部建成。")
    assert result.verdict == "refuted", result.explanation
    assert {"新建口袋公园15个；加装电梯120部。", "新建口袋公园12个。"} <= {
        c.quote for c in result.evidence
    }


def test_a_scenic_quarter_is_a_site_with_visitors_of_its_own(service):
    result = service.check("栖山区老街传统风貌区2023年接待游客300万人次。")
    assert result.verdict == "not_found", result.explanation
