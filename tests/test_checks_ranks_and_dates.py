"""Fact-check of a rank worded with another verb ("勇夺全市第一" for the report's "位居全市
第三"), of a delivery date given only as a month or a part of one ("2025年1月上旬"), of a
claim whose 区长 names nobody ("区长在会议上作报告"), and the English "A of B" read in
Chinese order ("总产值 of 规上工业企业" → 规上工业企业总产值). Made-up reports (no model)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.query import _EN_OF, _of_reordered

REPORT = """青湖区2025年政府工作报告
——2025年1月9日在青湖区第三届人民代表大会第五次会议上
区长 周明川

一、2024年工作回顾
全年实现地区生产总值612.7亿元，增长6.8%，增速位居全市第三；一般公共预算收入41.3亿元，增长5.6%。
二、2025年工作安排
新增国家高新技术企业60家。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"qinghu-2025.txt": REPORT})


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("青湖区2024年地区生产总值增速勇夺全市第一，经济总量达612.7亿元。", "refuted"),
        ("青湖区2024年地区生产总值增速排名全市第三。", "supported"),
        ("青湖区2024年地区生产总值增速稳居全市第三，总量612.7亿元。", "supported"),
    ],
)
def test_a_rank_is_compared_whatever_verb_states_it(service, claim, verdict):
    assert service.check(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("青湖区政府工作报告于2025年1月上旬在区人代会上作出。", "supported"),
        ("青湖区政府工作报告于2025年1月在区人代会上作出。", "supported"),
        ("青湖区政府工作报告于2025年1月下旬在区人代会上作出。", "refuted"),
        ("青湖区政府工作报告于2025年2月在区人代会上作出。", "refuted"),
    ],
)
def test_a_delivery_month_or_part_of_one_is_checked_against_the_day(service, claim, verdict):
    result = service.check(claim)
    assert result.verdict == verdict
    if verdict == "refuted":
        assert "2025年1月9日" in result.explanation


def test_a_role_without_a_name_is_no_wrong_speaker(service):
    result = service.check("2025年1月9日，青湖区区长在会议上作政府工作报告。")
    assert result.verdict == "supported", result.explanation


def test_english_of_puts_the_owner_first_as_chinese_does():
    text = "what was the 总产值 of 宝安  规上工业企业 in 2024?"
    # (a value the enterprises of an industry produce is the industry's: 规上工业总产值)
    assert _EN_OF.sub(_of_reordered, text) == "what was the 宝安  规上工业总产值 in 2024?"
    assert _EN_OF.sub(_of_reordered, "数量 of 规上工业企业") == "规上工业企业数量"
    # nothing Chinese on one side: left as it is
    assert _EN_OF.sub(_of_reordered, "the number of 企业") == "the number of 企业"
