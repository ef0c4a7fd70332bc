"""A project whose review says part of its main structure is done ("完成主体结构施工的八成"):
a claim that the main structure is finished is refuted, the report's own words supported,
and the question whether it is finished answered 否; a school's grade asked ("几星级") is
its grade, of the school named by its number. Made-up report (no model: `service_over`
builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2026 = """枫亭区2026年政府工作报告
——2026年1月8日在枫亭区第三届人民代表大会第六次会议上
区长 何川

一、2025年工作回顾
区第三人民医院门诊综合楼完成主体结构施工的八成。
枫亭区文化中心主体结构完工，完成投资4.2亿元。
新增学位2200个，枫亭区第二中学创成省四星级高中。
二、2026年工作安排
区第三人民医院门诊综合楼年底前主体结构完工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"fengting-2026.txt": REPORT_2026})


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("2025年，区第三人民医院门诊综合楼主体结构已完成施工。", "refuted"),
        ("2025年区第三人民医院门诊综合楼完成了主体结构施工。", "refuted"),
        ("2025年，区第三人民医院门诊综合楼完成主体结构施工的八成。", "supported"),
        ("2025年枫亭区文化中心主体结构已经完工。", "supported"),
        # "提前" says more than that it was done: the report does not say so
        ("2025年枫亭区文化中心主体结构提前完工。", "not_found"),
    ],
)
def test_part_of_a_main_structure_done_is_not_all_of_it(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_whether_the_main_structure_is_finished_is_answered_no(service):
    answer = service.answer("区第三人民医院门诊综合楼主体结构完工了吗？")
    assert answer.text.startswith("否"), answer.text


def test_a_grade_asked_is_the_grade_of_the_school_named_by_its_number(service):
    answer = service.answer("枫亭区第二中学是几星级高中啊 孩子要考")
    assert not answer.refused and "四星级" in answer.text, answer.text
    other = service.answer("枫亭区第一中学是几星级高中？")  # the report names no 第一中学
    assert other.refused, other.text


def test_ahead_of_time_asked_is_not_answered_yes_by_done_alone(service):
    answer = service.answer("枫亭区文化中心主体结构完工是不是提前完成的？")
    assert not answer.text.startswith("是"), answer.text
