"""A plan asked as first made is the oldest report's; a count met is compared as a count; a
year is told by a definition in an appendix; figures after 分别 are each their own noun's;
towns listed together share one figure; a share asked is no growth; a kind named by an amount
is no other kind's count. Made-up reports (no model: `service_over` builds the usual small
service)."""

from __future__ import annotations

import pytest

REPORT_2024 = """松岭区2024年政府工作报告
——2024年1月9日在松岭区第三届人民代表大会第四次会议上
区长 韩冬

一、2023年工作回顾
新增省级专精特新中小企业40家、国家级专精特新“小巨人”企业4家，累计分别达到210家和24家。
二、2024年工作安排
冰河科创园二期工程年底前建成投用。新签约亿元以上项目50个，其中10亿元以上项目8个。
"""

REPORT_2025 = """松岭区2025年政府工作报告
——2025年1月8日在松岭区第三届人民代表大会第五次会议上
区长 韩冬

一、2024年工作回顾
冰河科创园二期工程完成工程量的七成，投用时间调整至2025年6月。
新签约亿元以上项目56个，其中10亿元以上项目7个；新开工亿元以上项目30个，竣工项目19个。
全年对俄进出口总额86.4亿元，增长12.5%。
青松镇、白桦镇建成美丽乡村示范村6个。
二、2025年工作安排
冰河科创园二期工程6月底前建成投用。“松岭快办”上线事项突破600项。
附件：名词解释
1．“松岭快办”：松岭区政务服务品牌，于2021年上线，提供“一网通办”服务。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"songling-2024.txt": REPORT_2024, "songling-2025.txt": REPORT_2025}
    )


def test_a_plan_asked_as_first_made_is_the_oldest_reports(service):
    answer = service.answer("松岭区冰河科创园二期原计划什么时候建成投用？")
    assert "年底前建成投用" in answer.text.splitlines()[0], answer.text


def test_now_after_the_first_plan_asks_what_was_done(service):
    answer = service.answer("松岭区冰河科创园二期原计划什么时候建成投用？现在进展如何？")
    assert "完成工程量的七成" in answer.text, answer.text


def test_a_count_met_is_compared_as_the_count_of_the_kind_asked(service):
    answer = service.answer("松岭区2024年10亿元以上签约项目达到计划数了吗？")
    assert answer.text.startswith("否"), answer.text


def test_a_year_asked_is_told_by_an_appendixs_definition(service):
    answer = service.answer("松岭快办是哪年上线的？")
    assert not answer.refused and "2021年" in answer.text, answer.text


def test_figures_after_fenbie_are_each_their_own_nouns_total(service):
    answer = service.answer("截至2023年底，松岭区国家级专精特新小巨人企业累计有多少家？")
    assert not answer.refused and "24家" in answer.text, answer.text


def test_one_town_of_towns_listed_together_does_not_take_their_figure(service):
    assert service.answer("松岭区青松镇2024年单独建成几个美丽乡村示范村？").refused
    both = service.answer("松岭区青松镇和白桦镇2024年建成几个美丽乡村示范村？")
    assert not both.refused and "6个" in both.text, both.text


def test_a_share_asked_is_not_filled_by_a_growth(service):
    answer = service.answer("松岭区对俄进出口占全区外贸的比重是多少？")
    assert answer.refused, answer.text


def test_the_checker_keeps_towns_listed_together_to_themselves(service):
    assert service.check("松岭区白桦镇2024年建成美丽乡村示范村6个。").verdict == "not_found"
    assert service.check("松岭区青松镇和白桦镇2024年建成美丽乡村示范村6个。").verdict == "supported"


def test_a_kind_named_by_an_amount_is_not_another_figures_kind(service):
    # "竣工项目19个" is all completed projects: no count of those of 亿元以上
    assert service.check("松岭区2024年竣工亿元以上项目19个。").verdict == "not_found"
    assert service.check("松岭区2024年新开工亿元以上项目30个。").verdict == "supported"


def test_a_due_date_in_another_part_of_the_year_clashes():
    from wenzheng.bot.factcheck.statements import _event_due_clash

    plan = "冰河科创园二期工程年底前建成投用。"
    assert _event_due_clash("冰河科创园二期工程计划于2024年上半年建成投用", plan) == (
        "上半年建成投用",
        "年底前建成投用",
    )
    assert _event_due_clash("冰河科创园二期工程于2024年年底建成投用", plan) is None
    # "年内" is some time in the year: no part of it to clash with
    assert _event_due_clash("二期工程上半年主体完工", "二期工程年内主体完工") is None


def test_a_thing_claimed_done_by_a_month_is_judged_by_its_review(service):
    result = service.check("冰河科创园二期工程已于2024年10月底前建成投用。")
    assert result.verdict == "refuted", result.explanation


def test_still_is_no_part_of_an_indicators_name(service):
    result = service.check("松岭区2024年对俄进出口总额仍是86.4亿元。")
    assert result.verdict == "supported", result.explanation
