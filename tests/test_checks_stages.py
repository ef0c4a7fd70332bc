"""How far a project got, and a target against a fall: claims checked on two made-up
reports of one district (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2024 = """青川区2024年政府工作报告
——2024年1月9日在青川区第二届人民代表大会第三次会议上
区长 王平

一、2023年工作回顾
全区地区生产总值612.6亿元，增长5.1%。
二、2024年工作安排
今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%左右，社会消费品零售总额增长8%左右，PM2.5年均浓度控制在35微克/立方米以内。
办好民生实事，新增学位2000个，青川实验学校新校区秋季学期投入使用。
"""

REPORT_2025 = """青川区2025年政府工作报告
——2025年1月8日在青川区第二届人民代表大会第四次会议上
区长 王平

一、2024年工作回顾
全区地区生产总值640.2亿元，增长4.5%。社会消费品零售总额512亿元，下降1.8%。网络零售额保持平稳增长，新引进各类首店68家。
一般公共预算收入56.2亿元，增长3.1%；软件和信息服务业收入增长13.2%。
新增学位2400个，青川实验学校新校区于2024年8月建成投用；区人民医院新院区主体结顶。
新签约亿元以上项目31个，其中10亿元以上项目6个；新开工亿元以上项目25个。
城镇居民人均可支配收入增速2024年完成4.3%。
全区粮食播种面积12.6万亩、总产量5.12万吨，分别比上年增长2.4%和3.1%。
农村居民人均可支配收入49640元，增长7.4%；青川芯片完成上市辅导备案，全区上市企业仍为7家。
青溪生态廊道二期完成总工程量的六成；地铁9号线一期青川段完成全部土建工程，开通运营时间调整至2025年。
二、2025年工作安排
地区生产总值增长5%左右。改造老旧小区30个。
完善公共服务，区人民医院新院区9月建成投用，区中医院迁建工程上半年主体结顶、2026年建成投用。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qingchuan-2024.txt": REPORT_2024, "qingchuan-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # part of the work done is no work finished
        ("青溪生态廊道二期2024年全面完工", "refuted"),
        # the civil works done and the opening put off: not opened that year
        ("地铁9号线一期青川段2024年开通运营", "refuted"),
        # a target of growth against a fall, whatever ceiling the targets' sentence holds
        ("青川区2024年社会消费品零售总额完成了年初预期目标", "refuted"),
        ("青川区2024年社会消费品零售总额未完成年初预期目标", "supported"),
        # a part of the signed projects agrees in number with a claim of started ones
        # a table row's growth column, read after the row's name: "…增速2024年完成4.3%"
        ("青川区2024年城镇居民人均可支配收入增长4.3%", "supported"),
        ("青川区2024年城镇居民人均可支配收入增长5.3%", "refuted"),
        # a measure listed after another indicator's shares its first words (粮食总产量)
        ("青川区2024年粮食总产量比上年增长3.1%", "supported"),
        ("青川区2024年粮食总产量比上年增长2.4%", "refuted"),
        ("青川区2024年新开工10亿元以上项目6个", "not_found"),
        # a total that stayed where it was: none were added
        ("青川区2024年没有新增上市企业", "supported"),
        ("青川区2024年新增了上市企业", "refuted"),
        # where the place lies, said before its name, is a description
        ("地处青江畔的青川区，2024年粮食总产量比上年增长3.1%", "supported"),
        # urban and rural are two things
        ("青川区2024年城镇居民人均可支配收入增长7.4%", "refuted"),
        ("青川区2024年新签约10亿元以上项目6个", "supported"),
        # the year a plan dates an event to
        ("青川区中医院迁建工程计划于2026年建成投用", "supported"),
        ("青川区中医院迁建工程计划于2025年建成投用", "refuted"),
    ],
)
def test_how_far_a_project_got_and_a_target_against_a_fall(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_a_yes_no_question_on_a_project_put_off_is_answered_no(service):
    answer = service.answer("地铁9号线一期青川段2024年开通运营了吗？")
    assert answer.text.startswith("否")


def test_a_look_back_asked_in_words_is_not_filled_by_a_plan(service):
    """No report here looks back over five years: "过去五年累计" is not this year's plan."""
    assert service.answer("青川区过去五年累计改造了多少个老旧小区？").refused
    planned = service.answer("青川区今年计划改造多少个老旧小区？")
    assert not planned.refused and "30个" in planned.text


def test_a_term_the_reports_write_takes_no_synonym_of_its_part(service):
    """网络零售额 is written in the report (without an amount): 零售额's synonym 社会消费品零售
    总额 does not stand in for it, so its amount is not the retail sales figure."""
    answer = service.answer("青川区去年网络零售额是多少亿元？")
    assert answer.refused


def test_first_stores_asked_in_english_are_the_reports_shou_dian(service):
    answer = service.answer("How many first stores did Qingchuan attract in 2024?")
    assert not answer.refused and "68家" in answer.text


def test_a_measure_asked_of_one_indicator_is_not_filled_by_anothers(service):
    """软件和信息服务业收入's amount is not 一般公共预算收入's 56.2亿元 (the report gives only
    its growth), however the tokenizer tags 收入 in the question."""
    assert service.answer("青川区去年软件和信息服务业收入是多少亿元？").refused
    grown = service.answer("青川区去年软件和信息服务业收入增长多少？")
    assert not grown.refused and "13.2%" in grown.text


def _docs_cited(answer) -> set[str]:
    return {c.id.split(":")[0] for c in answer.citations}


def test_a_project_not_yet_open_is_answered_no_with_when_the_newest_plan_says(service):
    answer = service.answer("青川区人民医院新院区去年建成投用了吗？")
    assert answer.text.startswith("否")
    assert "主体结顶" in answer.text  # the outcome of the year asked
    assert "9月建成投用" in answer.text  # and when it is now due, from the newest plan
    assert "2025年目标和计划" in answer.text
    assert len(answer.citations) == 2


def test_a_plan_asked_whether_kept_is_shown_with_the_outcome_the_next_report_states(service):
    answer = service.answer("青川实验学校新校区有没有按计划在2024年秋季学期投入使用？")
    assert not answer.refused
    assert "秋季学期投入使用" in answer.text and "2024年8月建成投用" in answer.text
    assert _docs_cited(answer) == {"qingchuan-2024", "qingchuan-2025"}
    assert answer.text.startswith("是")  # done, and the plan named no month it came after


@pytest.mark.parametrize(
    ("planned", "outcome", "kept"),
    [
        ("新校区2024年9月投入使用", "新校区于2024年8月底建成投用", True),
        ("新校区2024年6月投入使用", "新校区于2024年8月建成投用", False),
        ("新院区年内建成投用", "新院区主体结顶", None),  # not said to be done
        ("地铁年内开通运营", "开通运营时间调整至2025年", None),
    ],
)
def test_a_plan_is_kept_when_the_outcome_says_done_no_later_than_due(planned, outcome, kept):
    from wenzheng.bot.core.status import kept_on_time

    assert kept_on_time(planned, outcome) is kept


def test_a_project_said_done_gets_no_plan_after_it(service):
    answer = service.answer("青川实验学校新校区去年建成投用了吗？")
    assert answer.text.startswith("是")
    assert "秋季学期投入使用" not in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("青川区去年地区生产总值比前年多吗？", "是"),  # 640.2亿元 against 612.6亿元
        ("青川区去年地区生产总值比前年下降了吗？", "否"),
        ("青川区去年地区生产总值增速比前年高吗？", "否"),  # 4.5% against 5.1%
    ],
)
def test_two_years_compared_are_each_answered_and_the_figures_decide(service, question, opening):
    answer = service.answer(question)
    assert answer.text.startswith(opening)
    assert _docs_cited(answer) == {"qingchuan-2024", "qingchuan-2025"}


def test_a_rise_asked_of_two_growth_rates_is_not_decided_by_comparing_them(service):
    # "增长了吗" of a rate asks whether it grew, not whether its growth was faster
    answer = service.answer("青川区去年地区生产总值增速比前年增长了吗？")
    assert not answer.text.startswith(("是", "否"))


def test_an_urban_figure_asked_is_not_filled_by_the_rural_one(service):
    answer = service.answer("青川区去年城镇居民人均可支配收入增长多少？")
    assert "4.3%" in answer.text and "7.4%" not in answer.text
