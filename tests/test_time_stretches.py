"""A question's time, read where the reports put it (reports written for these tests; the
district and figures are made up): a follow-up naming its own year leaves the earlier
look-back, a goal's year keeps the subject of its sentence, a review's table row stating next
year's target is no result of that year, a thing asked of several years is asked of each."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.message import each_year
from wenzheng.bot.core.slot import figures_with_context
from wenzheng.corpus.time import year_stretches

REPORT_2025 = """河东区2025年政府工作报告
——2025年1月8日在河东区第三届人民代表大会第五次会议上
区长 王平

一、2024年工作回顾
全区地区生产总值921.5亿元，增长5.8%。
城镇新增就业2024年目标1.2万人；城镇新增就业2024年完成1.26万人；城镇新增就业2025年目标1.2万人。
二、2025年工作安排
今年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%以上，城镇新增就业1.2万人。
推进公共充电设施建设，新增公共充电桩1200个。
"""

REPORT_2026 = """河东区2026年政府工作报告
——2026年1月7日在河东区第四届人民代表大会第一次会议上
区长 王平

一、过去一年和“十四五”时期工作回顾
2025年，全区地区生产总值968.2亿元，增长5.1%；城镇新增就业1.41万人，城镇登记失业率保持在较低水平。
五年来，全区五年累计新增城镇就业6.32万人；五年累计改造老旧小区81个，新建高标准农田15.2万亩，新改建农村公路430公里。
二、“十五五”时期奋斗目标和2026年主要预期目标
“十五五”时期全区发展的主要目标是：经济保持稳定增长，地区生产总值年均增长5%左右，到2030年突破1250亿元；规上工业总产值年均增长8%以上。
今年全区经济社会发展的主要预期目标是：地区生产总值增长5%左右，新建高标准农田3万亩，城镇新增就业1.2万人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"hedong-2025.txt": REPORT_2025, "hedong-2026.txt": REPORT_2026}
    )


def test_a_year_asked_after_a_five_year_total_gets_that_years_figure(service):
    """ "2025年一年新增多少" after a five-year total: that year's result, not the five years'
    (the look-back's frame and its 十四五 are not carried over), nor the review's table row
    naming 2025's target."""
    answer = service.answer("河东区“十四五”五年累计新增城镇就业多少人？2025年一年新增多少？")
    assert "6.32万人" in answer.text and "1.41万人" in answer.text


def test_a_goal_year_asked_in_a_follow_up_finds_the_figure_after_its_subject(service):
    answer = service.answer("到2030年要达到多少？", ["河东区今年地区生产总值目标是多少？"])
    assert not answer.refused
    assert "1250亿元" in answer.text


def test_a_five_year_follow_up_asking_the_total_built(service):
    """ "一共" asks a total (no topic of its own), "过去五年" is a time."""
    answer = service.answer("过去五年一共建了多少？", ["河东区今年要新建多少亩高标准农田？"])
    assert not answer.refused and "15.2万亩" in answer.text


def test_the_stretch_of_a_year_opens_with_its_sentence_parts_subject():
    text = (
        "经济保持稳定增长，地区生产总值年均增长5%左右，到2030年突破1250亿元；"
        "规上工业总产值到2031年翻番"
    )
    # up to the next part naming another year
    assert year_stretches(text, 2030) == [
        "经济保持稳定增长，地区生产总值年均增长5%左右，到2030年突破1250亿元；"
    ]
    # another year named before it in the part: from the year itself
    assert year_stretches("2015年，地区生产总值突破千亿；2017年，收入突破百亿", 2017) == [
        "2017年，收入突破百亿"
    ]
    assert year_stretches("2016年增长5%，2017年增长6%", 2017) == ["2017年增长6%"]
    assert year_stretches("全年增长5%", 2017) == []


def test_a_year_named_twice_has_a_stretch_each_and_a_change_keeps_its_subject():
    text = (
        "高新技术企业总数从2016年的412家增加到2021年的905家；"
        "研发投入占地区生产总值比重从2016年的1.92%提高到2021年的2.86%"
    )
    assert year_stretches(text, 2021) == [
        "高新技术企业总数从2016年的412家增加到2021年的905家；",
        "研发投入占地区生产总值比重从2016年的1.92%提高到2021年的2.86%",
    ]


def test_a_figure_after_a_goal_year_counts_its_sentences_subject():
    text = "地区生产总值年均增长5%左右，到2030年突破1250亿元"
    (context,) = [ctx for q, ctx in figures_with_context(text) if q.unit == "元"]
    assert "地区生产总值" in context


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "累计数2022年底和2024年底分别是多少？",
            ["累计数2022年底是多少？", "累计数2024年底是多少？"],
        ),
        (
            "累计数从2022年到2024年分别是多少",
            ["累计数2022年是多少", "累计数2023年是多少", "累计数2024年是多少"],
        ),
        ("去年和前年GDP各增长多少", ["去年GDP增长多少", "前年GDP增长多少"]),
        (
            "老旧小区2023年和2024年各改了多少个",
            ["老旧小区2023年改了多少个", "老旧小区2024年改了多少个"],
        ),
        ("总数从2023年底到2024年底有什么变化", ["总数2023年底是多少", "总数2024年底是多少"]),
        # 各 as a determiner asks nothing of each year
        ("2023年和2024年各类企业共有多少家", ["2023年和2024年各类企业共有多少家"]),
        ("去年新增高企比前年多了几家", ["去年新增高企几家", "前年新增高企几家"]),
        # one change asked, or a yes/no comparison: one question
        ("2019年比2015年增长多少", ["2019年比2015年增长多少"]),
        ("2020年的目标比2019年完成的多吗？", ["2020年的目标比2019年完成的多吗？"]),
    ],
)
def test_a_thing_asked_of_several_years_is_asked_once_per_year(question, asked):
    assert each_year(question) == asked


def test_each_years_figure_comes_from_the_report_reviewing_it(service):
    answer = service.answer("河东区2024年和2025年地区生产总值分别是多少")
    assert "921.5亿元" in answer.text and "968.2亿元" in answer.text
    answer = service.answer("河东区2025年地区生产总值比2024年多了多少")
    assert "921.5亿元" in answer.text and "968.2亿元" in answer.text


def test_a_claim_of_a_reviewed_year_is_not_supported_by_the_plan_for_it(service):
    """2025 is reviewed by the 2026 report, which says nothing of charging piles: a claim of
    what 2025 did is not found, though the 2025 plan set the same figure."""
    assert service.check("河东区2025年新增公共充电桩1200个。").verdict == "not_found"
    assert service.check("河东区2025年计划新增公共充电桩1200个。").verdict == "supported"


def test_a_target_met_with_no_result_reported_is_not_found(service):
    result = service.check("河东区2025年完成了新增公共充电桩1200个的目标。")
    assert result.verdict == "not_found"
    assert "没有给出这一年的实绩" in result.explanation


def test_an_english_question_whether_a_target_was_met_compares_target_and_result(service):
    """GDP grew 5.1% in 2025 against a target of 5.5%以上: no."""
    answer = service.answer("Did Hedong meet its 2025 target for GDP growth?")
    assert answer.text.startswith("No.")


def test_a_look_backs_later_figures_bind_to_what_they_count(service):
    """The look-back's years and 累计 are named once at its opening: "建成高标准农田…多少
    万亩" binds to its own clause's 15.2万亩, and the unit asked (万亩) names no topic."""
    answer = service.answer("河东区“十四五”五年累计新建高标准农田多少万亩？")
    assert not answer.refused and "15.2万亩" in answer.text


def test_how_a_figure_changed_between_two_year_ends_is_each_end(service):
    """ "从2024年到2025年有什么变化": the figure of each year, each from its own report."""
    answer = service.answer("河东区地区生产总值从2024年到2025年有什么变化？")
    assert "921.5亿元" in answer.text and "968.2亿元" in answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("河东区十四五期间累计改造老旧小区多少个", "81个"),  # the plan's period, reviewed
        ("河东区2021-2025年新建高标准农田多少万亩", "15.2万亩"),  # its years, as a range
    ],
)
def test_a_five_year_plans_period_asks_the_look_back_over_it(service, question, figure):
    answer = service.answer(question)
    assert not answer.refused and figure in answer.text


@pytest.mark.parametrize(
    ("question", "frame", "years"),
    [
        # a range ending in the year reviewed: the report's look-back over those years
        ("2017—2021年一般公共预算收入累计多少", "span", ()),
        ("2019-2021年新增就业累计多少", "span", ()),
        # a five-year plan's period keeps its name; a range the reports do not review stays
        ("2016-2020年地区生产总值年均增长多少", "span", ()),
        ("2012-2014年地区生产总值多少", None, (2012, 2014)),
    ],
)
def test_a_range_of_years_ending_in_the_year_reviewed_asks_the_look_back(question, frame, years):
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import understand

    known = {2020: "results", 2021: "results", 2022: "targets"}
    query = understand(question, [], Lexicon.load(), known)
    assert (query.frame, query.years) == (frame, years)


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("2021年新签约亿元以上项目数及其中10亿元以上项目数", True),  # X数 asked bare
        ("上市企业累计数量", True),
        ("新签约亿元以上项目有哪些", False),
    ],
)
def test_a_bare_noun_phrase_ending_in_a_count_asks_its_figure(question, wants):
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import understand

    assert understand(question, [], Lexicon.load(), {2021: "results"}).wants_number is wants
