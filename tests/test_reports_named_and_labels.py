"""A report named as the source picks the report ("2025年政府工作报告中的…"), an amount is no
year ("突破2000亿元"), a list's label names the figure after its colon ("规模以上工业增加值：增长
9.1%"), 规上 is 规模以上, a park named in the report's sentence and the claim's indicator is one
park, a word pointing back ("那个") is no word of a claim, and a 片区 the asker lives in names
what follows. Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.corpus.time import YEAR

REPORT_2025 = """岚山区2025年政府工作报告
——2025年1月9日在岚山区第五届人民代表大会第四次会议上
区长 韦川

一、2024年工作回顾
全年实现地区生产总值802.6亿元，增长5.5%。
民生支出占一般公共预算支出的比重达到78.2%。
注：民生支出包括教育、社会保障和就业、卫生健康等支出。
二、2025年工作安排
星谷数字产业园二期年底前建成投用，新增入驻企业60家。
年接待游客力争突破4200万人次。
到2030年，全区地区生产总值力争突破1100亿元。
"""

REPORT_2026 = """岚山区2026年政府工作报告
——2026年1月8日在岚山区第五届人民代表大会第五次会议上
区长 韦川

一图读懂｜2025年岚山区成绩单
规模以上工业增加值：增长9.1%
政府工作报告
一、2025年工作回顾
全年实现地区生产总值851.3亿元，增长5.6%。
星谷数字产业园新增入驻企业58家，累计达到376家；产业园二期完成工程量的七成。
全年接待游客4150万人次。城镇新增就业3.51万人。
回顾“十四五”这五年，累计新增城镇就业16.8万人。
青桐片区城市更新一期工程于2025年6月完工。
二、2026年工作安排
全区地区生产总值增长5.5%左右。
展望“十五五”，到2030年，国家高新技术企业突破900家。
高标准建成云谷创新基地、青桐科创港等载体，建成面积不少于12万平方米。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"lanshan-2025.txt": REPORT_2025, "lanshan-2026.txt": REPORT_2026}
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("到2030年地区生产总值突破2000亿元吗", ["2030"]),
        ("2000多家企业", []),
        ("in 2024, how many", ["2024"]),
    ],
)
def test_an_amount_or_a_count_is_no_year(text, years):
    assert YEAR.findall(text) == years


def test_a_report_named_by_its_year_is_the_source_not_the_time(service):
    answer = service.answer("岚山区2025年政府工作报告中的民生支出包括哪些方面？")
    assert answer.reason != "year" and "社会保障和就业" in answer.text, answer.text


def test_a_goal_to_2030_with_an_amount_like_a_year_is_answered(service):
    answer = service.answer("岚山区到2030年的目标是地区生产总值突破1000亿元吗？")
    assert answer.text.startswith("否") and "1100亿元" in answer.text, answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("岚山区2025年规上工业增加值增速超过9%。", "supported"),
        ("岚山区2025年规模以上工业增加值增长9.5%。", "refuted"),
        # the plan's 60 of the park named at the head of its sentence, against 58 done
        ("岚山区星谷数字产业园2025年新增入驻企业达到计划的60家。", "refuted"),
        # the park named in the sentence before its second phase's "七成"
        ("岚山区星谷数字产业园二期到2025年底完成了工程量的百分之七十。", "supported"),
        # a target named by who set it, then its figure: 4150万 missed 4200万
        ("岚山区2025年接待游客达到了年初提出的4200万人次目标。", "refuted"),
        # a five-year sum in "回顾“十四五”这五年" is no one year's
        ("岚山区2025年新增城镇就业16.8万人。", "refuted"),
        ("岚山区提出到2030年国家高新技术企业突破900家。", "supported"),
        ("岚山区2025年地区生产总值达851.3亿元，经济运行总体平稳。", "supported"),
    ],
)
def test_labels_short_forms_and_parks_named_in_the_sentence(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_the_area_an_asker_lives_in_names_the_project_they_point_at(service):
    answer = service.answer("住青桐的 那个城市更新一期完工没有")
    assert answer.text.startswith("是"), answer.text


def test_one_thing_of_a_list_closed_by_deng_does_not_take_the_lists_figure(service):
    """ "云谷创新基地、青桐科创港等载体，建成面积不少于12万平方米": all of them, not one's."""
    answer = service.answer("青桐科创港建成以后面积有多大？")
    assert answer.refused, answer.text
    listed = service.answer("岚山区2026年载体建成面积计划多少？")
    assert not listed.refused and "12万平方米" in listed.text, listed.text
