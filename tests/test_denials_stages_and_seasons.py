"""Claims that deny something happened ("没有新增上市企业", "2024年未能开通运营") or that
something exists ("2024年有企业上市"), a project's stages claimed year by year, a stage
claimed that the year's review puts the project short of, times of a year said loosely
(a season, a school term, "年初", "年中", "按计划在9月"), a province's name that is part of
a thing's name ("云南首店"), a school misnumbered, a target and its result asked in one
message, an event's own visitors, and a year's plan that is no answer to what the review of
the year leaves out.
Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2023 = """滇池区2023年政府工作报告
——2023年1月9日在滇池区第三届人民代表大会第三次会议上
区长 何远

一、2022年工作回顾
全年实现地区生产总值512.6亿元，增长5.1%。
区第十中学松林校区开工建设；松林路北延线开工建设。
二、2023年工作安排
松林路北延线年内建成通车；新建口袋公园12个。
"""

REPORT_2024 = """滇池区2024年政府工作报告
——2024年1月8日在滇池区第三届人民代表大会第四次会议上
区长 何远

一、2023年工作回顾
全年实现地区生产总值540.2亿元，增长5.4%；固定资产投资增长2.1%；社会消费品零售总额420.3亿元，增长6.6%。
松林路北延线于2023年10月建成通车；区第十中学松林校区于2023年8月建成投用；橘园夜游项目于2023年4月建成开放。
区人民医院东院区主体完工；青石里历史文化街区二期改造工程完成工程量的八成，完工时间调整至2024年6月。
云花科技于2023年6月在北交所上市，全区上市企业累计达到4家。
新引进品牌首店57家，其中云南首店21家。
全年接待游客1860万人次，其中青石里历史文化街区接待游客214万人次，成功举办第十九届梨园冲梨花节。
发放消费券4200万元，带动消费超过5亿元。
未发生较大及以上生产安全事故。
二、2024年工作安排
全区地区生产总值增长6%左右；固定资产投资增长6%；PM2.5年均浓度控制在25微克/立方米以内。
"""

REPORT_2025 = """滇池区2025年政府工作报告
——2025年1月7日在滇池区第三届人民代表大会第五次会议上
区长 何远

一、2024年工作回顾
全年实现地区生产总值561.8亿元，增长4.0%；固定资产投资增长2.1%。
PM2.5年均浓度22微克/立方米。
青石里历史文化街区二期改造工程于2024年6月完工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory,
        {
            "dianchi-2023.txt": REPORT_2023,
            "dianchi-2024.txt": REPORT_2024,
            "dianchi-2025.txt": REPORT_2025,
        },
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a listing in the year is a new listed company
        ("滇池区2023年没有新增上市企业", "refuted"),
        ("滇池区2023年没有企业上市", "refuted"),
        ("滇池区2023年有企业上市", "supported"),
        # the province's name is part of the kind of shop the report counts
        ("滇池区2023年没有引进任何云南首店", "refuted"),
        # a stage denied: the review of the year puts the project short of it
        ("区人民医院东院区2023年尚未建成投用", "supported"),
        ("区第十中学松林校区2023年未能建成投用", "refuted"),
        # the report denies it too: no refutation of the denial
        ("滇池区2023年未发生较大生产安全事故", "supported"),
        # a stage claimed that the year's review says was put off
        ("青石里历史文化街区二期改造工程在2023年底前完工", "refuted"),
        # stages year by year, each from the review of its year
        ("松林路北延线2022年开工建设，2023年建成通车", "supported"),
        ("松林路北延线2022年开工建设，2024年建成通车", "refuted"),
    ],
)
def test_denials_existence_and_stages(service, claim, verdict):
    assert service.check(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("橘园夜游项目于2023年春季建成开放", "supported"),
        ("区第十中学松林校区于2023年秋季建成投用", "supported"),
        ("区第十中学松林校区赶在2023年秋季开学前建成投用", "supported"),
        ("区第十中学松林校区于2023年春季学期投入使用", "refuted"),
        ("云花科技于2023年初在北交所上市", "refuted"),
        ("云花科技于2023年年中在北交所上市", "supported"),
        # on schedule by a month is done by then: built in August is in use "按计划在9月"
        ("区第十中学松林校区按计划在2023年9月投入使用", "supported"),
    ],
)
def test_times_of_a_year_said_loosely(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_school_misnumbered_in_the_sentence_stating_it_is_refuted(service):
    # the district's schools go by number: the report's school at that place is 第十中学
    result = service.check("区第十一中学松林校区于2023年8月建成投用")
    assert result.verdict == "refuted" and "第十中学" in result.explanation


def test_a_sites_part_asked_by_its_short_name_in_a_follow_up(service):
    # "青石里街区" is the report's 青石里历史文化街区; its 里 is no "of"; 自己 and 占 ask a part
    answer = service.answer("青石里街区自己占了多少？", history=("滇池区2023年接待游客多少？",))
    assert not answer.refused and "214万人次" in answer.text


def test_a_domain_word_stays_whole_in_a_messenger_question(service):
    answer = service.answer("滇池前年消费券发了多少钱")
    assert not answer.refused and "4200万元" in answer.text


def test_an_events_visitors_are_not_the_districts(service):
    # the festival's own visitors are not given: the year's total does not refute them
    assert service.check("滇池区第十九届梨园冲梨花节吸引游客19万人次").verdict == "not_found"


def test_a_target_and_its_result_asked_in_one_message(service):
    answer = service.answer("滇池区2024年PM2.5的控制目标是多少，实际是多少？")
    assert not answer.refused
    assert "25微克/立方米" in answer.text and "22微克/立方米" in answer.text


def test_a_figure_asked_is_matched_whole_not_inside_another(service):
    # "6%" is the target quoted; the result is investment's 2.1%, not retail's 6.6%
    answer = service.answer("滇池区2024年固定资产投资实现了增长6%的目标吗？")
    assert answer.text.startswith("否") and "2.1%" in answer.text


def test_a_years_plan_is_no_answer_when_its_review_does_not_say(service):
    answer = service.answer("滇池区2023年新建口袋公园多少个？")
    assert answer.refused and "口袋公园12个" in answer.text
