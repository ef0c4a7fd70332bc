"""Times within a year: read as stretches, compared for claims, bound to their event for answers.

Two short reports written for these tests: a district's 2023 report (reviewing 2022, setting
2023's targets) and its 2024 report stating 2023's results, some targets met, some missed.
"""

from __future__ import annotations

import pytest
from wenzheng.bot.core.yesno import opening
from wenzheng.corpus.time import times_within_year

from tests.conftest import service_over

REPORT_2023 = """南京市青山区2023年政府工作报告
——2023年1月10日在青山区第三届人民代表大会第二次会议上
一、2022年工作回顾
滨江湿地公园二期于9月26日建成开放，全年新增绿地面积40公顷。
二、2023年主要任务
全年经济社会发展主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业2万人；实际使用外资3亿美元；新增上市企业2家；PM2.5年均浓度控制在30微克/立方米以内。
开工建设区儿童医院新院，积极争创省级文明城区。
"""

REPORT_2024 = """青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
一、过去一年的工作
全年实现地区生产总值1020亿元、增长5.9%；城镇新增就业2.3万人。
PM2.5年均浓度31微克/立方米，较上年下降2微克/立方米，未达到年度目标。
实际使用外资2.6亿美元，未完成3亿美元的年度目标；外贸进出口总额有所回落。
新增上市企业1家，未实现年初提出的新增2家目标。
生产安全事故起数有所下降，未发生较大及以上生产安全事故。
二氧化氮年均浓度25微克/立方米，创有监测以来最好水平；受臭氧污染影响，优良天数比例有所下降。
区儿童医院新院于4月开工建设。
二、2024年主要任务
力争年内区儿童医院新院主体结构封顶。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):
    return service_over(
        tmp_path_factory, {"qingshan-2023.txt": REPORT_2023, "qingshan-2024.txt": REPORT_2024}
    )


@pytest.mark.parametrize(
    ("text", "year", "low", "high"),
    [
        ("于2022年9月下旬建成", 2022, (9, 21), (9, 31)),
        ("于9月26日建成", 0, (9, 26), (9, 26)),
        ("2023年下半年开工", 2023, (7, 1), (12, 31)),
        ("第三季度", 0, (7, 1), (9, 31)),
        ("元月9日", 0, (1, 9), (1, 9)),
        ("十二月底", 0, (12, 21), (12, 31)),
    ],
)
def test_a_time_within_a_year_is_read_as_a_stretch(text, year, low, high):
    (found,) = times_within_year(text)
    assert (found.year, found.low, found.high) == (year, low, high)


def test_counts_of_months_and_ordinals_are_no_times():
    assert times_within_year("用3个月时间，两个月内完成") == []


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("滨江湿地公园二期于2022年9月下旬建成开放。", "supported"),  # 9月26日 lies inside
        ("滨江湿地公园二期于2022年10月建成开放。", "refuted"),
        ("青山区儿童医院新院于2023年上半年开工建设。", "supported"),
        ("青山区儿童医院新院于2023年下半年开工建设。", "refuted"),  # 4月 is apart
    ],
)
def test_a_time_said_otherwise_is_compared_as_a_stretch(service, claim, expected):
    result = service.check(claim)
    assert result.verdict == expected
    assert result.evidence  # the passage with the report's time is quoted


def test_a_when_question_is_answered_only_by_the_time_of_its_event(service):
    """The report says when the park opened, and when the hospital's building began, not
    when the hospital opens."""
    assert "9月26日" in service.answer("滨江湿地公园二期什么时候建成开放的？").text
    opens = service.answer("区儿童医院新院什么时候建成开诊？")
    assert opens.refused


@pytest.mark.parametrize("asked", ["几月份", "哪个月", "几月"])
def test_asking_for_the_month_is_a_when_question(service, asked):
    """ "几月份建成开放的" is answered by the date of its event, as "什么时候" is."""
    answer = service.answer(f"滨江湿地公园二期是{asked}建成开放的？")
    assert not answer.refused and "9月26日" in answer.text


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年青山区未能完成城镇新增就业目标。", "refuted"),  # 2.3万人 against 2万人
        ("2023年青山区完成了城镇新增就业目标。", "supported"),
    ],
)
def test_a_target_met_or_missed_without_figures_is_decided_by_the_figures(service, claim, expected):
    result = service.check(claim)
    assert result.verdict == expected
    assert len(result.evidence) == 2  # the target's passage and the result's
    assert "2万人" in result.explanation and "2.3万人" in result.explanation


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the ceiling set for PM2.5 in the same sentence of targets is not 外资's
        ("2023年青山区实际使用外资完成了3亿美元的年度目标。", "refuted"),
        # the counted noun between the figure and 的目标: the figure is the target's
        ("2023年青山区没有实现新增2家上市企业的目标。", "supported"),
    ],
)
def test_a_target_named_by_its_figure_is_decided_by_the_years_result(service, claim, expected):
    result = service.check(claim)
    assert result.verdict == expected
    quotes = " ".join(c.quote for c in result.evidence)
    assert "3亿美元" in quotes or "2家" in quotes  # the target
    assert "2.6亿美元" in quotes or "1家" in quotes  # and the result that decides it


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年青山区发生了较大生产安全事故。", "refuted"),
        ("2023年青山区未发生较大生产安全事故。", "supported"),
    ],
)
def test_what_the_report_denies_is_refuted_when_affirmed(service, claim, expected):
    """ "未发生较大及以上生产安全事故" denies a major accident: claiming one is refuted."""
    result = service.check(claim)
    assert result.verdict == expected
    assert "未发生较大及以上生产安全事故" in result.evidence[0].quote


def test_a_target_met_or_missed_is_said_back_with_the_questions_verb(service):
    """PM2.5 was 31 against a ceiling of 30: "达到…目标了吗" opens "否，未达到"."""
    answer = service.answer("2023年青山区PM2.5年均浓度达到30微克的目标了吗？")
    assert answer.text.startswith("否，未达到。")
    assert "31微克" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2023年青山区城镇新增就业超过年初目标了吗？", "是"),  # 2.3万人 against 2万人
        ("2023年青山区GDP增速完成年初定的5.5%左右的目标了吗？", "是"),  # the target quoted
        ("2023年青山区PM2.5年均浓度完成年初定的30微克以内的目标了吗？", "否"),
    ],
)
def test_a_target_asked_about_in_other_words_is_compared_with_the_result(
    service, question, expected
):
    """超过…目标了吗 asks whether a target was met, and a question quoting the target's
    figure compares that target, not a figure the report must state again."""
    answer = service.answer(question)
    assert answer.text.startswith(expected), answer.text


def test_a_yes_no_question_on_a_year_with_a_target_and_a_result_opens_with_the_result(service):
    """2023 has a target (its report) and a result (the next one's): "是增长的吗" is
    decided by the result, and both are shown."""
    answer = service.answer("2023年青山区地区生产总值是增长的吗？")
    assert answer.text.startswith("是"), answer.text
    assert "5.9%" in answer.text


@pytest.mark.parametrize(
    ("holds", "asked", "expected"),
    [
        (True, "城镇新增就业目标完成了吗", "是，完成了。"),
        (False, "GDP有没有突破1100亿", "否，未突破。"),
        (True, "是不是每个社区都有", "是。"),
        (True, "城镇新增就业目标达没达到", "是，达到了。"),
        (False, "固定资产投资目标完成情况怎么样", "否，未完成。"),
        (False, "今年目标是不是比去年实际完成的多", "否。"),  # 完成 names what is compared
        (False, "did GDP top 110 billion yuan", "No. "),
    ],
)
def test_a_yes_no_answer_opens_with_the_verb_asked(holds, asked, expected):
    assert opening(holds, asked, english=asked.isascii()) == expected


def test_the_second_question_of_a_message_asking_what_happened_in_the_end_is_the_result(
    service,
):
    """ "计划…多少人？最后新增了多少人？": the plan (2万人), then the result (2.3万人)."""
    answer = service.answer("2023年青山区计划城镇新增就业多少人？最后新增了多少人？")
    assert "2万人" in answer.text and "2.3万人" in answer.text


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the 2024 report's date line, not the 2023 one's (第二次), decides
        ("青山区2024年政府工作报告是在第三届人民代表大会第二次会议上作出的。", "refuted"),
        ("青山区2024年政府工作报告是在第三届人民代表大会第三次会议上作出的。", "supported"),
        ("青山区2023年政府工作报告是在第三届人民代表大会第二次会议上作出的。", "supported"),
    ],
)
def test_a_report_named_by_its_year_is_the_one_checked(service, claim, expected):
    assert service.check(claim).verdict == expected


@pytest.mark.parametrize(
    "claim",
    [
        "本报讯 青山区交出亮眼成绩单：2023年全区实现地区生产总值1020亿元，增长5.9%。",
        "喜讯！青山区2023年城镇新增就业2.3万人，就业形势日益稳固。",
        # a headline naming the year: the year is the facts'
        "青山区2023年经济成绩单出炉：全区实现地区生产总值1020亿元，增长5.9%。",
        "记者从青山区获悉，2023年全区实现地区生产总值1020亿元，增长5.9%，发展态势稳中向好。",
        "青山区2023年地区生产总值为1020亿元人民币。",  # (元人民币 is 元)
    ],
)
def test_cheers_headlines_and_praise_around_a_fact_are_no_facts(service, claim):
    assert service.check(claim).verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("青山区拿到了省级文明城区称号。", "not_found"),  # the report only strives for it
        ("青山区今年要争创省级文明城区。", "supported"),
    ],
)
def test_what_a_plan_strives_for_is_not_said_to_be_done(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_a_figure_lacking_the_asked_things_rarest_word_does_not_answer(service):
    """Beside "受臭氧污染影响", the 25微克 of 二氧化氮 is no figure of 臭氧."""
    asked = service.answer("2023年青山区臭氧年均浓度是多少？")
    assert asked.refused
    own = service.answer("2023年青山区二氧化氮年均浓度是多少？")
    assert not own.refused and "25微克" in own.text


def test_a_manner_word_before_a_change_is_no_part_of_the_indicator(service):
    """ "实现较快增长" against "有所回落": a rise claimed, a fall stated."""
    result = service.check("2023年青山区外贸进出口总额实现较快增长。")
    assert result.verdict == "refuted"
    assert "外贸进出口总额有所回落" in result.evidence[0].quote


def test_a_yes_no_on_a_target_quotes_the_target_and_the_result(service):
    """Whether 2023's jobs target (2万人) was passed is decided by the 2024 report's 2.3万人:
    the answer shows both."""
    answer = service.answer("2023年青山区城镇新增就业超过了年初定的2万人目标吗？")
    assert answer.text.startswith("是")
    assert "2万人" in answer.text and "2.3万人" in answer.text


def test_a_yes_no_on_what_a_plan_only_strives_for_says_it_is_not_said_done(service):
    """ "拿到…了吗" when the report only plans to 争创 it: no 是, the plan shown."""
    won = service.answer("青山区拿到省级文明城区称号了吗？")
    assert won.refused and won.reason == "not_found: only planned"
    assert "积极争创省级文明城区" in won.text
    assert not service.answer("青山区今年要争创省级文明城区吗？").refused
