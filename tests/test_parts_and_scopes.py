"""What a figure counts when a clause names a part ("其中超过100万元的村"), a noun phrase a
year splits ("新能源汽车2023年产量"), a target "预期" asked met, English questions asked two
at once, a part asked after 中 ("高层次人才中外籍人才"), and places no report covers (a
province, a district of three characters). Made-up reports (no model: `service_over` builds
the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.message import questions_in

REPORT_2023 = """明湖区2023年政府工作报告
——2023年1月10日在明湖区第二届人民代表大会第二次会议上
区长 赵明

一、2022年工作回顾
全区实现地区生产总值812.4亿元，增长5.2%。
二、2023年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长7%左右，固定资产投资增长6%左右。
"""

REPORT_2024 = """明湖区2024年政府工作报告
——2024年1月9日在明湖区第二届人民代表大会第三次会议上
区长 赵明

一、2023年工作回顾
全区实现地区生产总值861.5亿元，增长6.1%；社会消费品零售总额335.2亿元，增长5.1%；固定资产投资增长3.2%，低于年初预期目标2.8个百分点。
明湖新材在北交所上市，全区上市企业达到5家。
村级集体经营性收入全部超过20万元，其中超过100万元的村达到86个。
规模以上工业总产值增长12.6%，其中新能源汽车产业产值突破600亿元，增长36.4%。
汽车产业整车产量18.6万辆，增长12.3%，新能源汽车产量增长35.7%。
新增国家高新技术企业94家，总数达到706家。
对照区二届人大二次会议确定的目标，地区生产总值完成年度目标；社会消费品零售总额增速未达到年初预期。
二、2024年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长6%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"minghu-2023.txt": REPORT_2023, "minghu-2024.txt": REPORT_2024}
    )


def test_a_part_named_after_qizhong_counts_a_part_of_what_came_before(service):
    answer = service.answer("我是村干部 明湖集体经营性收入超过100万元的村有多少个")
    assert not answer.refused and "86个" in answer.text


def test_a_part_with_a_measure_of_its_own_is_not_the_whole(service):
    # 600亿元 is 新能源汽车产业产值, not 规模以上工业总产值 (given only as a growth)
    answer = service.answer("明湖区2023年规模以上工业总产值是多少亿元？")
    assert answer.refused and "600亿元" not in answer.text.split("报告提到")[0]


def test_a_year_inside_a_noun_phrase_does_not_part_it(service):
    # the asked 新能源汽车…产量 is not 整车产量: the report gives only its growth
    answer = service.answer("明湖区新能源汽车2023年产量是多少辆？")
    assert answer.refused


def test_a_target_met_asked_with_yuqi_shows_the_target_and_the_result(service):
    answer = service.answer("明湖区去年社会消费品零售总额增速达到预期了吗？")
    assert answer.text.startswith("否")
    assert "7%左右" in answer.text and "5.1%" in answer.text


def test_a_clause_saying_a_target_was_missed_stays_with_its_figure(service):
    answer = service.answer("明湖区去年固定资产投资增速完成年初预期目标了吗？")
    assert answer.text.startswith("否")
    assert "增长3.2%，低于年初预期目标2.8个百分点" in answer.text


def test_money_asked_is_not_filled_by_a_count(service):
    # "募集了多少资金" asks an amount: 5家 is no answer to it
    answer = service.answer("明湖新材上市募集了多少资金？")
    assert answer.refused and answer.reason.startswith("not_found")


def test_two_english_questions_joined_by_and_are_asked_one_by_one():
    asked = questions_in(
        "How many new high-tech enterprises did Minghu add in 2023, and what was the total "
        "at the end of that year?"
    )
    assert len(asked) == 2 and asked[1].startswith("what was the total")


def test_an_english_follow_up_of_words_no_report_writes_leans_on_the_question_before(service):
    previous = service._understand("how many new high-tech enterprises did minghu add in 2023", ())
    query = service._understand("what was the total at the end of that year?", (), None, previous)
    assert query.followup and "高新技术企业" in query.terms


@pytest.mark.parametrize(
    "question",
    ["湖北省2024年GDP增长目标是多少？", "东西湖区2023年社会消费品零售总额是多少？"],
)
def test_a_province_or_a_district_no_report_covers_is_refused_as_another_place(service, question):
    answer = service.answer(question)
    assert answer.refused and answer.reason == "place"
    assert "明湖区" in answer.text  # the places the corpus covers are named


def test_a_part_asked_after_zhong_must_be_named_by_the_figure_s_sentence(service):
    # the report counts the new high-tech enterprises, not the foreign-funded ones among them
    answer = service.answer("明湖区2023年新增的国家高新技术企业中外资企业有多少家？")
    assert answer.refused and "94家" not in answer.text.split("报告提到")[0]
    # the whole's figure is no answer for its part: the report gives the part only a growth
    answer = service.answer("明湖区2023年汽车产业整车产量中新能源汽车产量是多少辆？")
    assert answer.refused and "18.6万辆" not in answer.text.split("报告提到")[0]
    # a part the figure's words do name is answered
    answer = service.answer("明湖区村级集体经营性收入中超过100万元的村有多少个？")
    assert not answer.refused and "86个" in answer.text
    answer = service.answer("明湖区2023年规模以上工业总产值中新能源汽车产业产值是多少？")
    assert not answer.refused and "600亿元" in answer.text
