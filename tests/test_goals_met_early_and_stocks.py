"""A goal for a later year ("力争到2025年…达到300家") asked met at an earlier year-end, or met
before its year; a count at a year's end or by a year is the total, not the year's new ones;
a year's new ones claimed where only totals are stated. Made-up reports (no model:
`service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2023 = """松原区2023年政府工作报告
——2023年1月10日在松原区第五届人民代表大会第一次会议上
区长 林岚

一、过去五年工作回顾
全区持牌金融机构从2017年的180家增加到2022年的226家。
二、今后五年的奋斗目标
力争到2025年，世界500强企业落户达到300家，持牌金融机构达到250家，国家高新技术企业达到600家。
三、2023年工作安排
新增国家高新技术企业40家；新增上市企业2家。
"""

REPORT_2025 = """松原区2025年政府工作报告
——2025年1月8日在松原区第五届人民代表大会第三次会议上
区长 林岚

一、2024年工作回顾
全年实现地区生产总值806.5亿元，增长4.8%；一般公共预算收入52.3亿元，增长3.1%。
对照区五届人大二次会议确定的目标，一般公共预算收入完成年度目标；地区生产总值增速未达到年初预期。
总部经济加速集聚，新落户世界500强企业15家，累计达到312家，提前一年实现“十四五”规划目标。
新引进持牌金融机构7家，全区持牌金融机构达到244家。
国家高新技术企业总数达到566家。
松岚科技在深交所创业板上市，全区上市企业累计达到18家。
二、2025年工作安排
力争新增上市企业2家。
"""

REPORT_2024 = """松原区2024年政府工作报告
——2024年1月9日在松原区第五届人民代表大会第二次会议上
区长 林岚

一、2023年工作回顾
松川物流在上交所主板上市，全区上市企业累计达到17家。
二、2024年工作安排
力争新增上市企业2家。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory,
        {
            "songyuan-2023.txt": REPORT_2023,
            "songyuan-2024.txt": REPORT_2024,
            "songyuan-2025.txt": REPORT_2025,
        },
    )


def test_a_count_at_a_year_end_is_the_total_not_the_new_ones(service):
    checker = service.fact_checker
    ok = checker.check("松原区持牌金融机构到2024年底达到244家")
    assert ok.verdict == "supported", ok.explanation
    wrong = checker.check("松原区世界500强企业落户到2024年底达到300家")
    assert wrong.verdict == "refuted" and "312家" in wrong.explanation, wrong.explanation
    assert "15家" not in wrong.explanation


def test_the_noun_restated_without_its_scope_counts_all_of_them(service):
    figures = service.fact_checker.figures_of("新引进持牌金融机构7家，全区持牌金融机构达到244家。")
    assert [(f.quantity.raw, f.indicator) for f in figures] == [
        ("7家", "新引进持牌金融机构"),
        ("244家", "持牌金融机构"),
    ]


def test_a_goal_asked_met_at_an_earlier_year_end_is_decided_by_that_years_result(service):
    met = service.answer(
        "松原区提出力争到2025年世界500强企业落户达到300家，这个目标到2024年底实现了吗？"
    )
    assert met.text.startswith("是"), met.text
    assert any("累计达到312家" in c.quote for c in met.citations)
    missed = service.answer("松原区持牌金融机构到2024年底达到“十四五”目标定的250家了吗？")
    assert missed.text.startswith("否"), missed.text
    assert any("244家" in c.quote for c in missed.citations)


def test_a_goal_met_before_its_year_is_met_and_one_not_yet_met_is_not_decided(service):
    checker = service.fact_checker
    early = checker.check("松原区力争到2025年世界500强企业落户达到300家的目标已经实现")
    assert early.verdict == "supported", early.explanation
    assert "2024年实绩为312家" in early.explanation
    # 244 of 250 at the end of 2024, no report reviewing 2025: not reached yet, as the latest
    # review tells (2025 may still reach it; "已经实现" says it has)
    open_goal = checker.check("松原区力争到2025年持牌金融机构达到250家的目标已经实现")
    assert open_goal.verdict == "refuted", open_goal.explanation
    assert "2024年实绩为244家" in open_goal.explanation


def test_a_years_own_target_is_not_met_early_by_the_year_before(service):
    # the 2023 target of 40 new firms is that year's alone; no report reviews 2023's new ones
    result = service.fact_checker.check("松原区2023年新增国家高新技术企业40家的目标完成了")
    assert result.verdict != "supported", result.explanation


def test_new_ones_claimed_where_only_totals_are_stated_are_decided_by_the_totals(service):
    checker = service.fact_checker
    refuted = checker.check("松原区2024年新增上市企业不低于2家")
    assert refuted.verdict == "refuted", refuted.explanation
    supported = checker.check("松原区2024年新增上市企业1家")
    assert supported.verdict == "supported", supported.explanation
    for result in (refuted, supported):
        quotes = [c.quote for c in result.evidence]
        assert any("累计达到17家" in q for q in quotes) and any("累计达到18家" in q for q in quotes)


def test_a_target_said_missed_in_words_is_answered_with_the_years_result_quoted(service):
    answer = service.answer("松原区2024年GDP增速达到年初预期了吗？")
    assert answer.text.startswith("否"), answer.text
    quotes = [c.quote for c in answer.citations]
    assert any("增速未达到年初预期" in q for q in quotes)
    assert any("增长4.8%" in q for q in quotes), quotes
