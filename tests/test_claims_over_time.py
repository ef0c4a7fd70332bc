"""Claims and questions whose time is not the first year they write: a change from one year
to another, a comparison's base year, a date put off to, a plan's verb that governs a list.
Two made-up reports of one district (no model: `service_over` builds the usual small
service)."""

from __future__ import annotations

import pytest

REPORT_2023 = """云溪区2023年政府工作报告
——2023年1月10日在云溪区第三届人民代表大会第二次会议上
区长 李青

一、过去五年和2022年工作回顾
五年来，全区地区生产总值从2017年的512.4亿元增加到2022年的700.6亿元，年均增长6.4%；国家高新技术企业总数从2017年的160家增加到2022年的352家，翻了一番多。
2022年，全区实现旅游总收入86.5亿元，较2021年增长12.3%；改造老旧小区26个、惠及居民9800户。
二、2023年工作安排
2023年计划改造老旧小区30个，新增学位3000个；区第六中学秋季学期投入使用。
三、加强政府自身建设
2022年，“云溪快办”上线事项达到420项，12345热线按时办结率98.4%。2023年，我们将上线事项扩大到500项。
"""

REPORT_2024 = """云溪区2024年政府工作报告
——2024年1月9日在云溪区第三届人民代表大会第三次会议上
区长 李青

一、2023年工作回顾
改造老旧小区31个、惠及居民1.2万户；新增学位3100个，区第六中学建成投用。
区中医院新院区完成主体结构施工的七成；区体育中心主体完工。
地铁6号线云溪段完成前期工作，开工时间调整至2025年。
滨江公园二期建成开放。
二、2024年工作安排
地区生产总值增长5%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"yunxi-2023.txt": REPORT_2023, "yunxi-2024.txt": REPORT_2024}
    )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a change from one year to another: both figures are the later year's sentence's
        ("云溪区地区生产总值从2017年的512.4亿元增加到2022年的700.6亿元", "supported"),
        ("云溪区地区生产总值从2017年的512.4亿元增加到2022年的750.6亿元", "refuted"),
        # and its yearly average is the look-back's, whatever lead the claim opens with
        (
            "云溪区五年成就瞩目：地区生产总值从2017年的512.4亿元增加到2022年的700.6亿元，"
            "年均增长8.4%",
            "refuted",
        ),
        # doubled, said with or without its numeral; the look-back's years are its time
        ("云溪区国家高新技术企业总数五年间翻了一番多", "supported"),
        ("云溪区国家高新技术企业总数翻番了", "supported"),
        ("云溪区国家高新技术企业总数五年间翻了两番", "refuted"),
        # the year compared with is not the figure's
        ("云溪区2022年实现旅游总收入86.5亿元，较2021年增长12.3%", "supported"),
        # 受益 is the report's 惠及
        ("云溪区2022年改造老旧小区26个，9800户居民受益", "supported"),
        # a plan's verb after the year governs the list after it
        ("云溪区2023年计划改造老旧小区30个，新增学位3000个", "supported"),
        ("云溪区2023年计划改造老旧小区30个，实际改造31个", "supported"),
        # a date put off to is compared, and is not the claim's time
        ("云溪区地铁6号线云溪段的开工时间推迟到了2025年", "supported"),
        ("云溪区地铁6号线云溪段的开工时间推迟到了2026年", "refuted"),
        # the stage the project reached
        ("云溪区体育中心2023年已经主体完工", "supported"),
    ],
)
def test_the_time_a_claim_speaks_of(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_a_sentence_opening_with_the_review_year_after_the_plans_is_a_result(service):
    """ "三、加强政府自身建设" follows the plans; its "2022年，…达到420项" is a 2022 result."""
    answer = service.answer("云溪区2022年12345热线按时办结率是多少？")
    assert not answer.refused and "98.4%" in answer.text
    assert service.check("云溪区2022年12345热线按时办结率98.4%").verdict == "supported"


def test_a_relative_year_weighs_the_look_back_as_the_year_it_names(service):
    """ "前年" is 2022 here (the newest report reviews 2023): the look-back's "到2022年的352家"
    answers it as it answers "2022年"."""
    answer = service.answer("云溪区前年国家高新技术企业总数是多少家？")
    assert not answer.refused and "352家" in answer.text


def test_a_follow_up_asks_the_earlier_thing_in_its_own_frame(service):
    answer = service.answer("2023年的计划呢？", ["云溪区2022年改造了多少个老旧小区？"])
    assert not answer.refused and "30个" in answer.text


def test_a_numbered_part_the_report_does_not_name_is_not_supported_by_its_neighbour(service):
    """滨江公园二期 opened; its 三期 is another thing, however alike the sentences."""
    assert service.check("云溪区滨江公园二期2023年建成开放").verdict == "supported"
    assert service.check("云溪区滨江公园三期2023年建成开放").verdict != "supported"
