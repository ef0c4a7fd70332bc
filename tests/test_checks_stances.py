"""Fact-check: a target said beaten ("超额完成") decided by the target and the result, a
contrasting word at a claim's end ("难度减小" for the report's "难度加大"), an indicator per
unit of another ("单位地区生产总值能耗" is not 地区生产总值), visitors drawn as visitors
received, a stage in the clause after a project's that names another project, a doubling
("翻番") against the report's change from one figure to another, and a press release's
flourish ("发展势头强劲") that states no fact. Made-up reports (no model: `service_over`
builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2023 = """明湖区2023年政府工作报告
——2023年1月10日在明湖区第二届人民代表大会第二次会议上
区长 赵明

一、2022年工作回顾
全区实现地区生产总值812.4亿元，增长5.2%。
二、2023年工作安排
新增国家高新技术企业90家，城镇新增就业1.5万人。
"""

REPORT_2024 = """明湖区2024年政府工作报告
——2024年1月9日在明湖区第二届人民代表大会第三次会议上
区长 赵明

一、2023年工作回顾
全区实现地区生产总值861.5亿元，增长5.1%。
新增国家高新技术企业94家，总数达到706家。
税收过亿元楼宇从20座增加到45座。
区人民医院东院区主体完工，区第三中学建成投用；区图书馆新馆完成主体结构施工的七成。
全区接待游客1286万人次；成功举办第十二届油菜花节，接待游客186万人次。
我们也清醒地认识到，全区经济总量不大，农民持续增收难度加大，湖泊治理任务依然繁重。
二、2024年工作安排
新增国家高新技术企业100家。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"minghu-2023.txt": REPORT_2023, "minghu-2024.txt": REPORT_2024}
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("明湖区2023年计划新增国家高新技术企业90家，实际新增94家，超额完成。", "supported"),
        ("明湖区2023年新增国家高新技术企业94家，超额完成。", "supported"),
    ],
)
def test_a_target_said_met_is_borne_out_by_the_target_and_the_result(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_target_said_missed_that_the_figures_say_met_is_not_supported(service):
    result = service.check("明湖区2023年新增国家高新技术企业94家，未完成年度目标。")
    assert result.verdict != "supported"


def test_a_contrasting_word_at_the_end_of_a_claim_refutes_it(service):
    result = service.check("明湖区2023年农民持续增收难度减小。")
    assert result.verdict == "refuted" and "加大" in result.explanation


def test_an_indicator_per_unit_of_another_is_not_that_other(service):
    # the report gives no energy use per unit of GDP: GDP's 5.1% neither refutes nor
    # supports it
    assert service.check("明湖区2023年单位地区生产总值能耗下降3%。").verdict == "not_found"


def test_visitors_drawn_are_visitors_received(service):
    result = service.check("明湖区2023年举办第十二届油菜花节，吸引游客186万人次。")
    assert result.verdict == "supported"
    assert service.check("明湖区2023年举办第十二届油菜花节，吸引游客200万人次。").verdict == (
        "refuted"
    )


def test_a_flourish_states_no_fact_to_find(service):
    result = service.check("明湖区2023年地区生产总值增长5.1%，发展势头强劲。")
    assert result.verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("明湖区税收过亿元楼宇翻番。", "supported"), ("明湖区税收过亿元楼宇翻了两番。", "refuted")],
)
def test_a_doubling_is_decided_by_the_change_the_report_states(service, claim, verdict):
    result = service.check(claim)
    assert result.verdict == verdict and "从20座增加到45座" in result.explanation


def test_a_stage_in_the_next_clause_is_another_project_s_when_that_clause_names_one(service):
    # "区人民医院东院区主体完工，区第三中学建成投用": the hospital is not said to be in use
    result = service.check("明湖区区人民医院东院区2023年建成投用。")
    assert result.verdict == "refuted" and "主体完工" in result.explanation
