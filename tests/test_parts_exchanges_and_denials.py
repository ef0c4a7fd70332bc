"""A part a claim names beside its whole in one sentence ("其中全国首创4项"), a stock exchange
swapped for another, a denial said with 没能, yes/no questions in the emphatic 是…的 or about
"计划的N个", the asker's own street asked as 我们街道, a shortfall against a target as the
figure of the clause before it. Made-up reports (no model: `service_over` builds the usual
small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.message import questions_in
from wenzheng.bot.core.yesno import as_claim

REPORT_2024 = """海澄区2024年政府工作报告
——2024年1月10日在海澄区第五届人民代表大会第三次会议上
区长 林海

一、2023年工作回顾
全区实现地区生产总值1530.2亿元，增长5.6%。
自贸片区新增制度创新成果18项，其中全国首创5项。
跨境电商进出口额突破200亿元，新增跨境电商企业两百余家。
二、2024年工作安排
地区生产总值增长6%左右。改造老旧小区30个，新建口袋公园20个。
"""

REPORT_2025 = """海澄区2025年政府工作报告
——2025年1月9日在海澄区第五届人民代表大会第四次会议上
区长 林海

一、2024年工作回顾
全区实现地区生产总值1611.4亿元，增长5.3%，低于预期目标0.7个百分点。
自贸片区新增制度创新成果21项，其中全国首创4项。
海光智能在北交所上市，全区上市企业累计达到18家。
跨境电商进出口286.5亿元，增长23.5%。
白鹭洲历史建筑修缮一期工程按期完工。
改造老旧小区34个，惠及居民1.12万户，其中滨海街道9个。
二、2025年工作安排
地区生产总值增长5.5%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"haicheng-2024.txt": REPORT_2024, "haicheng-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("海澄区2024年新增全国首创制度创新成果21项。", "refuted"),  # the part was 4
        ("海澄区2023年新增全国首创制度创新成果5项。", "supported"),
        ("海澄区2024年新增制度创新成果21项。", "supported"),  # the whole, as it says
    ],
)
def test_a_part_the_claim_names_is_what_its_figure_is_compared_with(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_another_stock_exchange_is_refuted(service):
    result = service.check("海澄区的海光智能在深交所上市")
    assert result.verdict == "refuted" and "北交所" in result.explanation
    assert service.check("海光智能在北交所上市").verdict == "supported"


@pytest.mark.parametrize("denial", ["没能按期完工", "没有按期完工", "未能按期完工"])
def test_a_denial_of_what_the_report_says_was_done_is_refuted(service, denial):
    assert service.check(f"海澄区白鹭洲历史建筑修缮一期工程{denial}").verdict == "refuted"


def test_the_emphatic_shi_de_asks_the_plain_statement():
    assert as_claim("海澄区的海光智能是在深交所上市的吗？") == "海澄区的海光智能在深交所上市"


def test_the_answer_to_an_emphatic_question_opens_with_no(service):
    assert service.answer("海澄区的海光智能是在深交所上市的吗？").text.startswith("否")


def test_what_was_planned_asked_done_is_not_answered_yes_by_the_plan(service):
    assert as_claim("海澄区2024年计划的20个口袋公园建成了吗？") == "海澄区2024年20个口袋公园建成"
    answer = service.answer("海澄区2024年计划的20个口袋公园建成了吗？")
    assert not answer.text.startswith("是")


def test_our_street_is_the_street_the_asker_named(service):
    asked = questions_in(
        "滨海街道居民 海澄区去年我们街道改了几个老旧小区",
        names=lambda chunk: "滨海街道" if "滨海街道" in chunk else "",
    )
    assert asked == ["海澄区去年滨海街道改了几个老旧小区"]
    answer = service.answer("滨海街道居民 海澄区去年我们街道改了几个老旧小区")
    assert not answer.refused and "9个" in answer.text


def test_a_street_named_on_its_own_before_the_question_stays_in_it():
    # (no 我们街道, no self-description: the street is what the next words ask about)
    asked = questions_in(
        "滨海街道 海澄区去年老旧小区改了几个",
        names=lambda chunk: " ".join(n for n in ("滨海街道", "海澄区") if n in chunk),
    )
    assert asked == ["滨海街道海澄区去年老旧小区改了几个"]


def test_what_the_asker_does_for_a_living_is_no_part_of_the_question():
    assert questions_in("我做导游的🙋 海澄区今年游客目标多少") == ["海澄区今年游客目标多少"]


@pytest.fixture(scope="module")
def review_only(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"haicheng-2025.txt": REPORT_2025})


def test_a_shortfall_against_the_target_is_the_figure_of_the_clause_before_it(review_only):
    # (the 2024 target itself is in no report here: the review's words are the answer)
    answer = review_only.answer(
        "By how much did Haicheng's 2024 GDP growth fall short of the target?"
    )
    assert not answer.refused and "0.7个百分点" in answer.text
