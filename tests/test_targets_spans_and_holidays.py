"""A claim that every target of something was met is refuted by a review telling one missed;
fractions and tenths in words are percentages; a holiday or a quarter is a deadline of its
own; a level target of a year no report reviews is not yet met while the latest result falls
short; an action's total is compared with the action's target, not with one year's; a
question naming a span of years, or asking a target and a result with no year, finds the
span's passages. Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.corpus.quantities import extract_quantities
from wenzheng.corpus.time import times_within_year

REPORT_2023 = """青岚区2023年政府工作报告
——2023年1月10日在青岚区第五届人民代表大会第二次会议上
区长 林澈

一、2022年工作回顾
改造老旧小区48个，加装电梯70台。全区接待游客2860万人次，增长12.4%。
二、2023年工作安排
同时，启动城市更新两年行动（2023—2024年），两年累计改造老旧小区100个、加装电梯150台、新增公共停车泊位6000个。
今年改造老旧小区50个、加装电梯80台。
雁湖文旅街区二期国庆节前开街，云栖商业中心第三季度末开业。
对照“十四五”规划目标，力争到2025年，数字经济核心产业增加值占地区生产总值的比重达到10%。
"""

REPORT_2025 = """青岚区2025年政府工作报告
——2025年1月9日在青岚区第五届人民代表大会第四次会议上
区长 林澈

一、2024年工作回顾
对照区五届人大三次会议确定的目标，一般公共预算收入、城镇新增就业等主要指标完成年度目标；地区生产总值增长5.1%，低于预期目标0.9个百分点；固定资产投资未完成年度目标。
城市更新两年行动圆满收官，两年累计改造老旧小区104个、新增公共停车泊位6,350个，均超额完成目标；加装电梯126台，完成目标的八成以上。
改造老旧小区54个，加装电梯46台。全区接待游客3520万人次，增长9.8%。
数字经济核心产业增加值占地区生产总值的比重达到8.9%，服务业增加值占地区生产总值的比重超过四分之三。
雁湖文旅街区二期于2024年4月28日开街。
石门里历史文化街区二期于2024年9月开街。街区夜间客流占全天客流的比重超过六成。
二、2025年工作安排
改造老旧小区45个、加装电梯60台。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qinglan-2023.txt": REPORT_2023, "qinglan-2025.txt": REPORT_2025}
    )


def test_fractions_in_words_are_percentages():
    assert [(q.value, q.qualifier) for q in extract_quantities("比重超过四分之三")] == [
        (75.0, "超过")
    ]
    assert [q.value for q in extract_quantities("三分之一以上")] == [33.33]
    assert extract_quantities("百分之七十五")[0].value == 75.0  # a percentage, not 七十五 of 百


def test_fixed_day_holidays_are_dates_and_a_bare_name_is_none():
    (before_may_day,) = times_within_year("2023年“五一”前开街")
    assert (before_may_day.low, before_may_day.high) == ((1, 1), (4, 31))
    (national_day,) = times_within_year("国庆节前开街")
    assert national_day.high == (9, 31)
    assert times_within_year("五一广场改造提升") == []  # a square's name, no date


@pytest.mark.parametrize(
    "claim",
    [
        "青岚区城市更新两年行动各项指标全部超额完成。",
        "青岚区2024年各项主要经济指标全部完成年度目标。",
    ],
)
def test_every_target_claimed_met_is_refuted_by_one_the_review_tells_missed(service, claim):
    result = service.check(claim)
    assert result.verdict == "refuted", result.explanation
    assert "并非全部完成目标" in result.explanation


def test_an_average_over_years_is_no_every_word(service):
    # 年均 holds 均, which is no "all of them"
    result = service.check("青岚区2024年服务业增加值占地区生产总值的比重超过75%。")
    assert result.verdict == "supported", result.explanation


def test_a_sites_figure_is_told_in_the_sentence_after_the_one_naming_it(service):
    result = service.check("青岚区石门里历史文化街区夜间客流占全天客流的比重超过60%。")
    assert result.verdict == "supported", result.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("青岚区雁湖文旅街区二期计划在2023年五一前开街。", "refuted"),
        ("青岚区雁湖文旅街区二期计划在2023年国庆前开街。", "supported"),
        ("青岚区云栖商业中心计划在2023年年底前开业。", "refuted"),
        ("青岚区云栖商业中心计划在2023年第三季度末开业。", "supported"),
    ],
)
def test_a_holiday_or_a_quarter_is_a_deadline_of_its_own(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_level_target_of_a_later_year_is_not_yet_met_while_the_latest_result_falls_short(
    service,
):
    result = service.check("青岚区数字经济核心产业增加值占地区生产总值比重达到10%的目标已经实现。")
    assert result.verdict == "refuted", result.explanation
    assert "8.9%" in result.explanation


def test_an_actions_figure_is_the_actions_target_not_one_years(service):
    result = service.check("青岚区城市更新两年行动计划改造老旧小区100个。")
    assert result.verdict == "supported", result.explanation


def test_years_compared_by_a_verb_read_each_years_level(service):
    assert service.check("青岚区2024年接待游客人次超过了2022年。").verdict == "supported"
    assert service.check("青岚区2024年接待游客人次低于2022年。").verdict == "refuted"


def test_a_question_naming_an_actions_years_is_answered_from_the_action(service):
    answer = service.answer("青岚区两年行动新增停车泊位的目标和结果分别是多少？")
    assert "6000个" in answer.text and "6,350个" in answer.text, answer.text


def test_a_years_figure_is_not_the_sum_over_years_its_sentence_opens_with(service):
    # "两年累计…；加装电梯126台" is the action's, not 2024's 46台
    answer = service.answer("青岚区2024年加装电梯的数量比2022年多吗？")
    assert answer.text.startswith("否"), answer.text
