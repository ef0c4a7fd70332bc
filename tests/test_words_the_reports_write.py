"""Words jieba cuts badly: a measure word glued to the noun it counts ("多少家首店"), and a
company's name the reports write whole, which a passage holds whole or not at all. A made-up
report (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT = """明湖区2024年政府工作报告
——2024年1月9日在明湖区第二届人民代表大会第三次会议上
区长 赵明

一、2023年工作回顾
社会消费品零售总额842.6亿元，增长6.1%。发放政府消费券1.2亿元，新引进各类首店96家。
蓉新智联在上交所科创板上市；湖锦文旅在深交所主板上市，区域资本市场“明湖板块”不断壮大。
二、2024年工作安排
发放政府消费券8000万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"minghu-2024.txt": REPORT})


def test_a_measure_word_is_not_glued_to_the_noun_it_counts(service):
    query = service._understand("去年新引进了多少家首店", ())
    assert "首店" in query.terms and not any(len(t) > 1 and t[0] == "家" for t in query.terms)
    query = service._understand("去年新引进了多少家首店和多少家商业综合体", ())
    assert not any(len(t) > 1 and t[0] == "家" for t in query.terms)


def test_a_name_the_reports_write_whole_picks_its_own_sentence(service):
    answer = service.answer("蓉新智联是在哪个板块上市的？")
    assert not answer.refused and "科创板" in answer.text
