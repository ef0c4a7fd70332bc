"""A count asked as it stands is the total, not a year's new ones; a clause naming the same
thing in another scope, or only a measure of it, is of the thing before; a list's items are
no sum asked of them; a place's own names pick its reports when no place is named; a later
result past an earlier mark is no frame swap; the head of a place asked by name is said
against the report; water classes are grades; the summer holidays are July and August; web
pages lose what a browser hides; a PDF pasted into Word is read by its indentation.
Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import io

import pytest
from wenzheng.bot.core.query import _TARGET_SOURCE
from wenzheng.bot.core.slot import figures_with_context, read_slot
from wenzheng.corpus.formats.html import html_text
from wenzheng.corpus.formats.word import docx_text
from wenzheng.corpus.quantities import extract_quantities, has_figure
from wenzheng.corpus.time import plan_name, span_plan, times_within_year
from wenzheng.index.substrings import SubstringIndex

NORTH_2023 = """北岸区2023年政府工作报告
——2023年1月9日在北岸区第三届人民代表大会第二次会议上
区长 周启明

一、2022年工作回顾
云港数字产业园新入驻企业78家，累计入驻企业236家。
改造老旧小区42个，其中临江路街道9个。
二、2023年工作安排
“北岸快办”上线事项突破450项。
"""

NORTH_2025 = """北岸区2025年政府工作报告
——2025年1月8日在北岸区第三届人民代表大会第四次会议上
区长 许文澜

一、2024年工作回顾
“北岸快办”上线事项达到512项。
月湾乡西甜瓜种植面积达到1.6万亩，产量8.9万吨。
人才驿站累计服务专家4人、企业家13人、创业者221人。
区实验中学南湖校区于2024年8月建成投用，全年新增学位4,050个。
北湖水质稳定保持Ⅲ类，黄河北岸段出境断面水质保持Ⅱ类。
二、2025年工作安排
启动城市更新三年行动（2025—2027年），三年累计改造老旧小区150个、加装电梯120台。
"""

SOUTH_2024 = """南岭区2024年政府工作报告
——2024年1月11日在南岭区第七届人民代表大会第三次会议上
区长 韩立

一、2023年工作回顾
阅江湾中央商务区新入驻企业186家，累计达到1,420家。
二、2024年工作安排
力争阅江湾中央商务区实现税收突破40亿元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory,
        {
            "beian-2023.txt": NORTH_2023,
            "beian-2025.txt": NORTH_2025,
            "nanling-2024.txt": SOUTH_2024,
        },
    )


def _scopes():
    return (("新增", "新入驻"), ("累计", "总数"))


def test_a_count_standing_at_a_time_asks_the_total():
    slot = read_slot("截至2024年底产业园有多少家企业", True, scopes=_scopes())
    assert slot.asked_scope() == frozenset({1})
    assert read_slot("产业园新入驻多少家企业", True, scopes=_scopes()).asked_scope() == {0}
    english = read_slot(
        "how many companies were in the park by the end of 2024", True, False, _scopes()
    )
    assert english.asked_scope() == frozenset({1})


def test_the_same_thing_in_another_scope_or_a_measure_of_it_is_of_the_thing_before():
    figures = dict(
        (q.raw, ctx)
        for q, ctx in figures_with_context(
            "云港数字产业园新入驻企业78家，累计入驻企业236家", _scopes()
        )
    )
    assert "云港数字产业园" in figures["236家"]
    measured = dict(
        (q.raw, ctx)
        for q, ctx in figures_with_context("月湾乡西甜瓜种植面积达到1.6万亩，产量8.9万吨")
    )
    assert "西甜瓜" in measured["8.9万吨"]
    # after a semicolon, a clause is a part of its own
    apart = dict(
        (q.raw, ctx)
        for q, ctx in figures_with_context(
            "片区新签约亿元以上项目21个；新开工亿元以上项目46个", _scopes()
        )
    )
    assert "片区" not in apart["46个"]


def test_the_total_asked_quotes_the_total(service):
    answer = service.answer("截至2022年底云港数字产业园有多少家企业")
    assert not answer.refused and "236家" in answer.text


def test_one_item_of_a_list_is_no_sum_asked_of_it(service):
    assert service.answer("人才驿站一共服务了多少名人才").refused


def test_a_list_summed_over_years_fills_each_item(service):
    answer = service.answer("北岸区城市更新三年行动（2025—2027年）计划累计加装多少台电梯？")
    assert not answer.refused and "120台" in answer.text


def test_a_measure_after_its_thing_answers(service):
    answer = service.answer("月湾乡西甜瓜2024年产量是多少？")
    assert not answer.refused and "8.9万吨" in answer.text


def test_a_year_wide_figure_is_no_schools(service):
    assert service.answer("北岸区实验中学南湖校区提供了多少个学位？").refused


def test_a_name_only_one_place_writes_picks_that_place(service):
    answer = service.answer("阅江湾中央商务区今年税收目标是多少")
    assert not answer.refused and "40亿元" in answer.text and "南岭区" in answer.text


def test_a_mark_named_by_where_it_was_set_is_no_year_asked():
    assert _TARGET_SOURCE.sub(r"\g<verb>", "是否突破了2023年提出的450项") == "是否突破了450项"
    assert _TARGET_SOURCE.sub(r"\g<verb>", "已经达到五年目标的8家了吗") == "已经达到8家了吗"


def test_a_later_result_past_an_earlier_mark_is_supported(service):
    assert service.check("北岸区“北岸快办”上线事项2024年突破450项。").verdict == "supported"


def test_the_head_of_a_place_asked_by_name(service):
    assert service.answer("北岸区现在的区长还是周启明吗？").text.startswith("否")
    assert service.answer("北岸区现在的区长是许文澜吗？").text.startswith("是")


def test_water_classes_are_grades(service):
    assert [(q.value, q.unit) for q in extract_quantities("水质保持Ⅲ类，劣Ⅴ类水体清零")] == [
        (3, "类"),
        (6, "类"),
    ]
    assert service.check("北岸区北湖2024年水质稳定保持在Ⅱ类。").verdict == "refuted"
    assert service.check("北岸区北湖2024年水质稳定保持在Ⅲ类。").verdict == "supported"


def test_counts_in_chinese_numerals_with_their_measure_words_are_figures():
    assert has_figure("举办线上线下招聘会三十六场")
    assert has_figure("新增充电桩一百二十台")


def test_the_summer_holidays_are_july_and_august():
    (summer,) = times_within_year("2024年暑期")
    assert (summer.year, summer.low, summer.high) == (2024, (7, 1), (8, 31))


def test_a_five_year_plan_is_named_by_its_years():
    assert plan_name(2021, 2025) == "十四五"
    assert plan_name(2016, 2020) == "十三五"
    assert plan_name(2022, 2026) is None
    assert span_plan("2021-2025") == "十四五" and span_plan("2023") is None


def test_the_texts_holding_a_string():
    index = SubstringIndex(["阅江湾中央商务区", "云港数字产业园", "中央商务区"])
    assert index.holding("中央商务") == [0, 2]
    assert index.holding("阅江湾") == [0]
    assert index.holding("没有") == [] and "没有" not in index


def test_a_web_page_loses_what_a_browser_hides():
    page = """<html><head><style>.hx{display:none} p.t { color: red }</style></head><body>
    <div class="article"><p>全年实现地区生产总值12<span style="display:none">7</span>.5亿元，
    增长<font class="hx">9</font>3.1%。</p><p>正文<span hidden>隐藏段落</span></p>
    <p>一般公共预算收入4.2亿元<span style="visibility: hidden">乱码</span>。</p>
    </div></body></html>"""
    text = html_text(page.encode("utf-8"))
    assert "12.5亿元" in text and "增长3.1%" in text
    assert "隐藏段落" not in text and "乱码" not in text


def test_a_pdf_pasted_into_word_is_read_by_its_indentation():
    from docx import Document

    document = Document()
    pages = [
        [
            "　　一、2023年工作回顾",
            "　　全年实现地区生产总值718.9亿元，增长",
            "6.1%；一般公共预算收入35.72亿元。",
            "社会消费品零售总额",
        ],
        ["328.4亿元，增长5.8%。", "　　（一）总部经济提质增效", "　　新入驻企业186家。"],
    ]
    for lines in pages:
        paragraph = document.add_paragraph()
        for i, line in enumerate(lines):
            run = paragraph.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
    data = io.BytesIO()
    document.save(data)
    lines = [line.strip("　") for line in docx_text(data.getvalue()).splitlines()]
    assert lines == [
        "一、2023年工作回顾",
        "全年实现地区生产总值718.9亿元，增长6.1%；一般公共预算收入35.72亿元。社会消费品零售总额328.4亿元，增长5.8%。",
        "（一）总部经济提质增效",
        "新入驻企业186家。",
    ]


def test_a_thing_only_another_places_reports_name_is_refused_as_theirs(service):
    answer = service.answer("北岸区阅江湾中央商务区入驻了多少家企业？")
    assert answer.refused and answer.public_reason == "other_place"
    assert "阅江湾" in answer.text and "南岭区" in answer.text
    assert not service.answer("南岭区阅江湾中央商务区累计入驻了多少家企业？").refused


def test_the_place_of_a_speaker_asked(service):
    answer = service.answer("区长韩立是哪个区的？")
    assert not answer.refused and "南岭区" in answer.text


def test_a_region_level_title_is_no_national_one(tmp_path_factory):
    from tests.conftest import service_over

    report = NORTH_2025.replace(
        "二、2025年工作安排", "月湾乡获评自治区级乡村振兴示范乡。\n二、2025年工作安排"
    )
    checker = service_over(tmp_path_factory, {"beian-2025.txt": report})
    assert checker.check("北岸区月湾乡获评全国乡村振兴示范乡。").verdict == "refuted"
    assert checker.check("北岸区月湾乡获评自治区级乡村振兴示范乡。").verdict == "supported"
