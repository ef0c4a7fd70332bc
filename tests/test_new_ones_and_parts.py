"""A target of new ones ("力争新增上市企业2家") is decided by the totals the reviews state at
two year ends, or by the ones a review names (which can only show it met), never by a
figure the explanation does not quote; a count of things asked in a question that names a
ranking asks a count. Made-up reports (no model:
`service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.tally import counted_thing, is_total_of, named_ones
from wenzheng.eval.metrics import explanation_ungrounded

REPORT_2024 = """枫林区2024年政府工作报告
——2024年1月9日在枫林区第二届人民代表大会第四次会议上
区长 秦岭

一、2023年工作回顾
枫晓电子在深交所创业板上市，全区上市企业累计达到11家。
二、2024年工作安排
力争新增上市企业2家；新增国家高新技术企业50家。
"""

REPORT_2025 = """枫林区2025年政府工作报告
——2025年1月8日在枫林区第二届人民代表大会第五次会议上
区长 秦岭

一、2024年工作回顾
枫岚智造于2024年7月在北交所上市，全区上市企业累计达到12家。
在全市9个城区中比较，地区生产总值增速排名第二。
二、2025年工作安排
力争新增上市企业1家；新增国家高新技术企业60家。
"""

REPORT_2026 = """枫林区2026年政府工作报告
——2026年1月7日在枫林区第二届人民代表大会第六次会议上
区长 秦岭

一、2025年工作回顾
枫川生物于2025年6月在上交所科创板上市。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory,
        {
            "fenglin-2024.txt": REPORT_2024,
            "fenglin-2025.txt": REPORT_2025,
            "fenglin-2026.txt": REPORT_2026,
        },
    )


def test_the_thing_a_count_of_new_ones_counts():
    assert counted_thing("新增上市企业") == "上市企业"
    assert counted_thing("上市企业") == ""
    assert is_total_of("累计上市企业", "上市企业")
    assert is_total_of("国家高新技术企业总数", "国家高新技术企业")
    assert not is_total_of("境内外上市企业", "上市企业")
    assert not is_total_of("新增上市企业", "上市企业")


def test_a_named_one_is_read_from_its_clause_and_only_of_its_year():
    text = "枫岚智造于2024年7月在北交所上市，全区上市企业累计达到12家。"
    assert [name for name, _ in named_ones(text, "上市企业", "2024")] == ["枫岚智造"]
    assert named_ones(text, "上市企业", "2023") == []
    assert named_ones("推动3家企业在北交所上市。", "上市企业", "2024") == []


def test_totals_at_two_year_ends_show_a_target_of_new_ones_missed(service):
    answer = service.answer("枫林区2024年新增上市企业达到力争的2家了吗？")
    assert answer.text.startswith("否"), answer.text
    quotes = [c.quote for c in answer.citations]
    assert any("累计达到11家" in q for q in quotes) and any("累计达到12家" in q for q in quotes)


def test_a_claim_that_such_a_target_was_met_is_refuted_with_the_totals_quoted(service):
    result = service.check("枫林区实现了2024年新增上市企业2家的目标。")
    assert result.verdict == "refuted", result.explanation
    assert not explanation_ungrounded(result.claim, result), result.explanation


def test_a_named_one_shows_a_target_of_one_met(service):
    answer = service.answer("枫林区2025年实现了新增1家上市企业的计划吗？")
    assert answer.text.startswith("是"), answer.text
    assert any("枫川生物" in c.quote for c in answer.citations)


def test_a_count_of_things_in_a_question_naming_a_ranking_is_a_count(service):
    from wenzheng.bot.core.slot import asks_rank

    assert asks_rank("枫林区地区生产总值增速全市排名第几？")
    assert not asks_rank("地区生产总值增速的排名是在多少个城区中比较的？")
