"""A county's reports (全县, 我县) beside a county-level city's: a place's name in any of its
characters' readings (中牟 is read Zhongmu and often written Zhongmou), China's top-100
rankings asked in English, a look-back's years asked as a range when one report reviews the
last of them and a later one plans it, and two years asked side by side. Made-up reports (no
model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

COUNTY_2024 = """中牟县2024年政府工作报告
——2024年1月9日在中牟县第十七届人民代表大会第三次会议上
县长 赵清

一、2023年工作回顾
全县实现地区生产总值488.2亿元，增长5.9%。粮食产量达到30.6万吨。大蒜种植面积稳定在36.5万亩。
二、2024年工作安排
全县地区生产总值增长6%左右。
"""

COUNTY_2025 = """中牟县2025年政府工作报告
——2025年1月7日在中牟县第十七届人民代表大会第四次会议上
县长 赵清

一、2024年工作回顾
全县实现地区生产总值518.6亿元，增长6.2%。粮食产量达到31.8万吨。大蒜种植面积38.2万亩。
回顾“十四五”以来的四年，全县地区生产总值年均增长6.5%，累计改造老旧小区118个。
二、2025年工作安排
PM2.5年均浓度控制在39微克/立方米以内。
"""

CITY_2025 = """新郑市2025年政府工作报告
——2025年1月10日在新郑市第十六届人民代表大会第四次会议上
市长 马瑾

一、2024年工作回顾
全市实现地区生产总值1186.7亿元，增长5.6%，综合实力位居全国百强县（市）第二十六位。粮食产量达到28.6万吨。
二、2025年工作安排
全市地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory,
        {
            "zhongmou-2024.txt": COUNTY_2024,
            "zhongmou-2025.txt": COUNTY_2025,
            "xinzheng-2025.txt": CITY_2025,
        },
    )


@pytest.mark.parametrize("spelling", ["Zhongmu", "Zhongmou"])
def test_a_county_is_found_by_any_reading_of_its_name(service, spelling):
    answer = service.answer(f"How much grain did {spelling} produce in 2024?")
    assert not answer.refused and "31.8万吨" in answer.text and "28.6万吨" not in answer.text


def test_china_in_an_english_question_is_no_place_the_corpus_lacks(service):
    answer = service.answer("Where did Xinzheng rank among China's top 100 counties in 2024?")
    assert not answer.refused and "第二十六位" in answer.text


def test_a_range_ending_in_a_year_reviewed_and_planned_is_the_look_back(service):
    answer = service.answer("中牟县2021-2024年累计改造老旧小区多少个")
    assert not answer.refused and "118个" in answer.text


def test_two_years_side_by_side_are_each_searched_in_their_own_report(service):
    answer = service.answer("中牟县2024年大蒜种植面积比2023年扩大了吗？")
    assert "38.2万亩" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("中牟县2024年大蒜种植面积比2023年扩大", "supported"),
        ("中牟县2024年大蒜种植面积比2023年减少了", "refuted"),
        ("中牟县2024年粮食产量比2023年多", "supported"),
        ("中牟县粮食产量2024年较2023年下降", "refuted"),
    ],
)
def test_one_thing_compared_across_two_years_is_decided_by_each_year_s_figure(
    service, claim, verdict
):
    result = service.check(claim)
    assert result.verdict == verdict
    # both years' figures are quoted, each from the report reviewing its year
    assert "36.5万亩" in result.explanation or "30.6万吨" in result.explanation
    assert {c.id.split(":")[0] for c in result.evidence} == {"zhongmou-2024", "zhongmou-2025"}


def test_a_yes_no_question_comparing_two_years_opens_with_the_answer(service):
    answer = service.answer("中牟县2024年大蒜种植面积比2023年扩大了吗？")
    assert answer.text.startswith("是") and "36.5万亩" in answer.text and "38.2万亩" in answer.text
