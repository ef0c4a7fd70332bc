"""The year before last's target is in the report two back, and a follow-up comparing with
"the target" asks that year's; a follow-up asking when a project can be used reads plans as
well as reviews; a clause sharing one character with a project's name does not count for it.
Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2023 = """溪山区2023年政府工作报告
——2023年1月6日在溪山区第二届人民代表大会第三次会议上
区长 陆远

一、2022年工作回顾
全年接待游客1520万人次。西街步行街客流恢复至2019年同期的78%。
二、2023年工作安排
全年接待游客1800万人次。
"""

REPORT_2024 = """溪山区2024年政府工作报告
——2024年1月8日在溪山区第二届人民代表大会第四次会议上
区长 陆远

一、2023年工作回顾
全年接待游客1850万人次，增长21.7%。西街步行街客流恢复至2019年同期的115%。
二、2024年工作安排
全年接待游客2000万人次。
"""

REPORT_2025 = """溪山区2025年政府工作报告
——2025年1月7日在溪山区第二届人民代表大会第五次会议上
区长 陆远

一、2024年工作回顾
全年接待游客2080万人次。
区人民医院新院区主体结顶。
举办第三届溪山桃花节，全年接待游客2080万人次，其中乡村旅游点接待游客410万人次。
南环路快速化改造工程完成桥梁施工，新改建农村公路64公里。
二、2025年工作安排
全年接待游客2200万人次。区人民医院新院区年内建成投用。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory,
        {
            "xishan-2023.txt": REPORT_2023,
            "xishan-2024.txt": REPORT_2024,
            "xishan-2025.txt": REPORT_2025,
        },
    )


def test_the_year_before_lasts_target_is_in_the_report_two_back(service):
    answer = service.answer("溪山区前年接待游客的目标是多少？")
    assert not answer.refused and "1800万人次" in answer.text, answer.text


def test_a_follow_up_comparing_with_the_target_asks_that_years(service):
    answer = service.answer("溪山区前年接待游客多少 比目标多还是少")
    first, second = answer.text.split("\n")[:2]
    assert "1850万人次" in first, answer.text
    assert "1800万人次" in second and "2000万人次" not in second, answer.text


def test_a_follow_up_asking_when_reads_the_plans_too(service):
    answer = service.answer("啥时候能用", history=["溪山区人民医院新院区现在建到哪一步了"])
    assert "年内建成投用" in answer.text, answer.text


def test_one_shared_character_does_not_bind_a_figure_to_a_project(service):
    answer = service.answer("南环路快速化改造工程全长多少公里？")
    assert answer.refused, answer.text


def test_a_target_asked_of_a_year_only_reviewed_is_not_its_result(service):
    """No report sets 2022's targets: the 2022 review's 1520万 is no target."""
    answer = service.answer("溪山区2022年接待游客目标是多少？")
    assert answer.refused, answer.text


def test_a_change_asked_is_not_filled_by_a_level(service):
    answer = service.answer("溪山区2024年接待游客比上年增加了多少？")
    assert answer.refused, answer.text  # the 2024 review gives 2080万, no change
    grew = service.answer("溪山区2023年接待游客比上年增长了多少？")
    assert not grew.refused and "21.7%" in grew.text, grew.text


def test_the_year_a_figure_recovers_to_is_no_year_asked(service):
    answer = service.answer("溪山区2022年西街步行街客流恢复到2019年的多少？")
    assert not answer.refused and "78%" in answer.text, answer.text
