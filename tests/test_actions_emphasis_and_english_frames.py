"""A multi-year action's target ("城市更新两年行动（2022—2023年），两年累计改造老旧小区150个") is
decided by its total at the action's end; yes/no questions asked with 是…的, …的是… or …里有…
are the plain claims; a public place's address is no personal question; "同口径" between an
amount and its fall is no other noun; an English frame word counts only whole ("plan" is not in
"planting"). Made-up reports."""

from __future__ import annotations

import pytest

REPORT_2022 = """柳岸区2022年政府工作报告
——2022年1月11日在柳岸区第三届人民代表大会第一次会议上
区长 文澜

一、2021年工作回顾
全年实现地区生产总值512.4亿元，增长5.8%；一般公共预算收入31.6亿元，同口径下降4.2%。
二、2022年工作安排
改造老旧小区70个、加装电梯110台。同时，全面启动城市更新两年行动（2022—2023年），两年累计改造老旧小区150个、加装电梯240台，让老城区焕发新活力。
"""

REPORT_2024 = """柳岸区2024年政府工作报告
——2024年1月9日在柳岸区第三届人民代表大会第三次会议上
区长 文澜

一、2023年工作回顾
改造老旧小区84个、加装电梯120台。城市更新两年行动圆满收官，两年累计改造老旧小区158个，超额完成目标；加装电梯226台，完成目标的九成以上。
实施消费提振行动，全年引进品牌首店58家，其中西北首店21家、全国首店3家。
新认定国家高新技术企业92家，总数达到548家。位于柳江路56号的区政务服务中心建成投用。
二、2024年工作安排
改造老旧小区80个。新认定国家高新技术企业80家。地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"liuan-2022.txt": REPORT_2022, "liuan-2024.txt": REPORT_2024}
    )


def test_a_two_year_actions_target_is_decided_by_its_total_at_the_actions_end(service):
    checker = service.fact_checker
    met = checker.check("柳岸区城市更新两年行动改造老旧小区完成150个的目标")
    assert met.verdict == "supported", met.explanation
    assert any("两年累计改造老旧小区158个" in c.quote for c in met.evidence)
    missed = checker.check("柳岸区城市更新两年行动加装电梯完成240台的目标")
    assert missed.verdict == "refuted", missed.explanation
    assert "226台" in missed.explanation and "2023年" in missed.explanation


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("七里河区2022年一般公共预算收入是增长的吗？", "七里河区2022年一般公共预算收入增长"),
        (
            "滨河里街区获评的是国家级夜间文化和旅游消费集聚区吗",
            "滨河里街区获评国家级夜间文化和旅游消费集聚区",
        ),
        ("2023年引进的品牌首店里有全国首店吗？", "2023年引进的品牌首店有全国首店"),
        ("听说柳岸建了退役军人服务站是真的吗", "柳岸建了退役军人服务站"),  # hearsay, no 是…的
    ],
)
def test_emphasis_and_containment_asked_are_the_plain_claim(question, claim):
    from wenzheng.bot.core.yesno import as_claim, is_yes_no

    assert is_yes_no(question)
    assert as_claim(question) == claim


def test_a_fall_said_on_a_comparable_basis_answers_whether_it_grew(service):
    answer = service.answer("柳岸区2021年一般公共预算收入是增长的吗？")
    assert answer.text.startswith("否"), answer.text
    assert any("同口径下降4.2%" in c.quote for c in answer.citations)


def test_some_of_a_kind_among_the_ones_counted_is_a_yes(service):
    answer = service.answer("柳岸区2023年引进的品牌首店里有全国首店吗？")
    assert answer.text.startswith("是"), answer.text


def test_an_english_frame_word_counts_only_whole():
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import detect_frame

    lexicon = Lexicon.load()
    # "planting" holds "plan", "willow" holds "will": neither asks a target
    assert detect_frame("how large was the kiwifruit planting area", lexicon) != "targets"
    assert detect_frame("how many willow trees were planted", lexicon) != "targets"
    assert detect_frame("what is the plan for new schools", lexicon) == "targets"


def test_a_public_places_address_is_answered_from_the_report(service):
    answer = service.answer("柳岸区新的政务服务中心地址在哪")
    assert not answer.refused and "柳江路56号" in answer.text, answer.text


def test_a_year_the_reports_only_plan_bears_out_its_target_alone(service):
    checker = service.fact_checker
    result = checker.check("柳岸区2024年地区生产总值增长6.2%")
    assert result.verdict == "not_found", result.explanation  # no result of 2024 stated
    other = checker.check("柳岸区2024年地区生产总值预期目标增长6.2%")
    assert other.verdict == "refuted", other.explanation  # the target is "6%左右"
    target = checker.check("柳岸区2024年地区生产总值增长6%左右")
    assert target.verdict == "supported", target.explanation
