"""English words in the plural, and a concentration asked as a level: the glossary's "hotline"
also reads "hotlines" (not "news" for "new"), and "PM2.5年均浓度是多少" is not filled by its fall,
though with no year asked a look-back's level up to now fills it. Made-up reports (no model:
`service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.lexicon import Lexicon
from wenzheng.bot.core.query import translate

REPORT_2025 = """桐岭区2025年政府工作报告
——2025年1月9日在桐岭区第三届人民代表大会第五次会议上
区长 周岩

一、2024年工作回顾
全年实现地区生产总值701.5亿元，增长5.4%。
PM2.5年均浓度27.6微克/立方米，完成年度控制目标，空气质量优良天数比例84.2%。
PM2.5年均浓度同比下降4.1%。
新引进各类金融机构12家，金融机构总数达到286家。
新增高新技术企业131家，总数达到640家。
二、2025年工作安排
充分发挥12345、96180等热线作用，做到接诉即办。
"""

REPORT_FALL_ONLY = """柘溪区2025年政府工作报告
——2025年1月10日在柘溪区第二届人民代表大会第五次会议上
区长 孙禾

一、2024年工作回顾
全年实现地区生产总值512.5亿元，增长5.1%。
PM2.5年均浓度同比下降3.2%，空气质量持续改善。
过去五年，PM2.5年均浓度从41.6微克/立方米下降到30.2微克/立方米。
二、2025年工作安排
新增学位2000个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"tongling-2025.txt": REPORT_2025})


@pytest.fixture(scope="module")
def fall_only(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"zhexi-2025.txt": REPORT_FALL_ONLY})


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("which hotlines", "热线"),  # the glossary has "hotline"
        ("how many listings", "上市"),  # and "listing"
    ],
)
def test_a_glossary_phrase_is_also_read_in_the_plural(english, chinese):
    assert chinese in translate(english, Lexicon.load())


def test_news_is_not_read_as_new():
    assert "新增" not in translate("any news about the park", Lexicon.load())


def test_hotlines_in_the_plural_find_the_hotlines(service):
    answer = service.answer("Which hotlines does the government promise to make full use of?")
    assert not answer.refused and "12345" in answer.text


def test_in_total_is_the_total_the_report_writes(service):
    answer = service.answer(
        "How many financial institutions did Tongling have in total at the end of 2024?"
    )
    assert not answer.refused and "286家" in answer.text


def test_a_concentration_asked_is_its_level_not_its_fall(service):
    answer = service.answer("What was the average PM2.5 concentration in Tongling in 2024?")
    # the fall ranks first: the level, from the runner-up, or no answer; never the fall alone
    assert answer.refused or "27.6微克/立方米" in answer.text, answer.text


def test_no_year_asked_a_look_backs_level_up_to_now_answers(fall_only):
    answer = fall_only.answer("柘溪区PM2.5年均浓度降到多少了")
    assert not answer.refused and "30.2微克/立方米" in answer.text, answer.text


def test_a_concentration_only_said_to_fall_is_not_given(fall_only):
    answer = fall_only.answer("柘溪区2024年PM2.5年均浓度是多少？")
    assert answer.refused, answer.text
    fell = fall_only.answer("柘溪区2024年PM2.5年均浓度下降了多少？")
    assert not fell.refused and "3.2%" in fell.text
