"""Questions that ask for less than, or other than, what a clause on their topic states: an
indicator narrowed by a word before its name (城镇居民 of 居民人均可支配收入), one site's
figure (a scenic area's visitors, not the district's), the whole asked of a count of new ones
(总共 vs 新增), a part asked after 中 that the question's cutter glues to 中; and plans asked
about in a citizen's words (按计划…了吗, 达到…的计划了吗, 啥时候能用, No. 15 Middle School).
Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.message import questions_in
from wenzheng.bot.core.yesno import as_claim

REPORT_2024 = """青岚区2024年政府工作报告
——2024年1月8日在青岚区第三届人民代表大会第三次会议上
区长 周宁

一、2023年工作回顾
全区实现地区生产总值912.4亿元，增长6.1%。居民人均可支配收入68420元，增长5.2%。
全年接待游客3260万人次，增长9.1%，其中翠屏湖景区接待游客1180万人次。
新增入驻基金管理机构28家，金融机构总数达到214家。
技术合同成交额216.5亿元，增长15.2%。
二、2024年工作安排
全年新签约亿元以上项目80个，其中10亿元以上项目12个。
新增公办学位5000个，区第十五中学2024年秋季学期投入使用；区人民医院门诊楼年内主体完工。
"""

REPORT_2025 = """青岚区2025年政府工作报告
——2025年1月9日在青岚区第三届人民代表大会第四次会议上
区长 周宁

一、2024年工作回顾
全区实现地区生产总值968.0亿元，增长5.8%。
全年新签约项目150个，其中亿元以上项目86个、10亿元以上项目10个。
新增公办学位5600个；区第十五中学主体完工，投入使用时间调整至2025年秋季学期。
区人民医院门诊楼完成主体结构施工的六成。
二、2025年工作安排
区人民医院门诊楼年底前主体完工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qinglan-2024.txt": REPORT_2024, "qinglan-2025.txt": REPORT_2025}
    )


def test_an_indicator_narrowed_by_a_word_its_figure_lacks_is_not_stated(service):
    answer = service.answer("青岚区2023年城镇居民人均可支配收入是多少？")
    assert answer.refused and "68420元" not in answer.text.split("报告提到")[0]


def test_the_indicator_itself_is_still_answered(service):
    answer = service.answer("青岚区2023年居民人均可支配收入是多少？")
    assert not answer.refused and "68420元" in answer.text


def test_a_site_s_figure_is_not_another_site_s_nor_the_district_s(service):
    asked = service.answer("青岚区2023年望江山景区接待游客多少人次？")
    assert asked.refused
    own = service.answer("青岚区2023年翠屏湖景区接待游客多少人次？")
    assert not own.refused and "1180万人次" in own.text


def test_the_whole_asked_is_not_filled_by_the_new_ones(service):
    answer = service.answer("青岚区现在总共入驻了多少家基金管理机构？")
    assert answer.refused


def test_a_part_asked_after_zhong_is_found_when_the_cutter_glues_zhong_to_it(service):
    answer = service.answer("青岚区2023年技术合同成交额中在岚高校贡献了多少？")
    assert answer.refused


def test_a_plan_s_figure_asked_reached_is_the_result_against_the_plan():
    assert as_claim("2024年新签约10亿元以上项目达到12个的计划了吗？") == (
        "2024年新签约10亿元以上项目达到12个的计划"
    )


def test_a_plan_asked_reached_is_answered_no_when_the_result_falls_short(service):
    answer = service.answer("青岚区2024年新签约10亿元以上项目达到12个的计划了吗？")
    assert answer.text.startswith("否")


def test_as_planned_asks_whether_it_happened_then():
    # before a time finer than a year, "按计划" is kept as 按期: done by then, a deadline
    assert as_claim("区第十五中学是按计划在2024年秋季学期投入使用的吗？") == (
        "区第十五中学按期在2024年秋季学期投入使用"
    )
    assert as_claim("区人民医院门诊楼按2024年的计划实现主体完工了吗？") == (
        "区人民医院门诊楼2024年实现主体完工"
    )


def test_a_stage_put_off_answers_no_to_as_planned(service):
    answer = service.answer("青岚区第十五中学是按计划在2024年秋季学期投入使用的吗？")
    assert answer.text.startswith("否")


def test_when_can_it_be_used_is_asked_as_when_it_is_put_in_use(service):
    answer = service.answer("孩子想上青岚区第十五中学 那个学校到底啥时候能用啊")
    assert not answer.refused and "2025年秋季学期" in answer.text


def test_what_the_answer_would_help_with_is_no_part_of_the_question():
    assert questions_in("区人民医院门诊楼啥时候能用 看病方便点") == ["区人民医院门诊楼啥时候能用"]


def test_a_numbered_name_in_english_is_the_report_s_ordinal(service):
    answer = service.answer("When is Qinglan's No. 15 Middle School expected to open?")
    assert not answer.refused and "第十五中学" in answer.text
