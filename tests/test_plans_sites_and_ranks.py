"""A plan's date read as a plan's ("原计划年底完工，…调整至"), a named site's figure not another
site's in the same sentence, a later clause's own year in a look-back claim, the rank of a
growth bound to the thing of the clause before it (and not taken for the rank of its size),
"最后…多少" after a target asked as the result, a thing asked among a scope ("全国首店")
the report names among another, a category asked of a stage's projects when only another
stage's are counted by it, one year of a look-back asked (its from-to figure, not the
period's sum), and a trailing "家长关心" that is no part of the question. Made-up reports
(no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2024 = """赣江区2024年政府工作报告
——2024年1月10日在赣江区第三届人民代表大会第四次会议上
区长 林远

一、2023年工作回顾
全年实现地区生产总值812.6亿元，增长5.6%，增速位居全市第二；一般公共预算收入40.3亿元，增长6.1%。
二、2024年工作安排
滨江历史街区二期改造工程年底前完工；全区接待游客力争突破3500万人次。
"""

REPORT_2025 = """赣江区2025年政府工作报告
——2025年1月8日在赣江区第三届人民代表大会第五次会议上
区长 林远

一、2024年工作回顾
全年实现地区生产总值861.8亿元，增长4.9%。
滨江历史街区二期改造工程原计划年底完工，目前完成工程量的七成，完工时间调整至2025年9月。
全区接待游客3580万人次，增长9.8%。
柳湾工业园规模以上工业企业达到186家；青山电子信息产业园营业收入达到412.6亿元，增长16.3%。
回顾“十四五”以来的四年，全区地区生产总值从2020年的702.4亿元增加到2024年的861.8亿元；全区接待游客从2020年的1740万人次增加到3580万人次；累计新增城镇就业7.4万人；累计新增学位9200个。
新引进品牌首店57家，其中江西首店21家。
新签约项目126个，其中亿元以上项目58个、10亿元以上项目7个；新开工亿元以上项目34个，竣工项目26个。
新增学位2260个。
二、2025年工作安排
新增学位1500个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"ganjiang-2024.txt": REPORT_2024, "ganjiang-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the plan's date ("原计划年底完工") is not the work's: it is 七成 done, put off
        ("滨江历史街区二期改造工程于2024年底完工", "refuted"),
        ("滨江历史街区二期改造工程如期在2024年底完工", "refuted"),
        # one park's revenue in a sentence naming two parks is not the other's
        ("柳湾工业园2024年营业收入达到412.6亿元", "not_found"),
        ("青山电子信息产业园2024年营业收入达到412.6亿元", "supported"),
        # a later clause naming its own year speaks of that year, not of the look-back
        ("赣江区“十四五”以来累计新增学位9200个，仅2024年一年就新增学位9200个", "refuted"),
        ("赣江区“十四五”以来累计新增学位9200个，其中2024年新增学位2260个", "supported"),
    ],
)
def test_claims_of_plans_sites_and_a_look_back(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_project_planned_then_put_off_is_not_said_done(service):
    answer = service.answer("滨江历史街区二期改造工程2024年底完工了吗")
    assert answer.text.startswith("否") and "调整至2025年9月" in answer.text


def test_the_rank_of_a_growth_is_bound_to_the_indicator_of_the_clause_before_it(service):
    answer = service.answer("赣江区2023年地区生产总值增速在全市排第几？")
    assert not answer.refused and "位居全市第二" in answer.text


def test_the_rank_of_a_growth_does_not_answer_the_rank_of_the_size(service):
    answer = service.answer("赣江区2023年经济总量在全市排第几？")
    assert answer.refused


def test_in_the_end_after_a_target_asks_the_result(service):
    answer = service.answer("赣江区2024年接待游客的目标是多少 最后接待了多少")
    assert "3500万人次" in answer.text and "3580万人次" in answer.text


def test_a_thing_asked_among_a_scope_is_not_counted_by_another_scope(service):
    assert service.answer("赣江区2024年引进了几家全国首店").refused
    answer = service.answer("赣江区2024年引进了几家江西首店")
    assert not answer.refused and "21家" in answer.text
    assert service.check("赣江区2024年新引进全国首店21家").verdict == "not_found"


def test_a_category_of_one_stage_is_not_counted_by_another_stages_part(service):
    """ "其中亿元以上项目58个" is a part of the signed projects, not of the finished ones."""
    assert service.answer("赣江区2024年竣工项目中亿元以上的有几个").refused
    answer = service.answer("赣江区2024年签约的亿元以上项目有几个")
    assert not answer.refused and "58个" in answer.text


def test_one_year_of_a_look_back_is_its_figure_of_that_year(service):
    assert service.answer("赣江区2020年城镇新增就业多少人").refused  # only the period's sum
    answer = service.answer("赣江区2020年接待游客多少人次")
    assert not answer.refused and "1740万人次" in answer.text
    gdp = service.answer("赣江区2020年地区生产总值是多少")  # the change is quoted whole
    assert "从2020年的702.4亿元增加到2024年的861.8亿元" in gdp.text


def test_who_cares_said_after_the_question_is_not_part_of_it():
    from wenzheng.bot.core.message import questions_in

    assert questions_in("新建区今年新增学位计划多少 家长关心😅") == ["新建区今年新增学位计划多少"]


def test_a_domain_word_the_dictionary_lacks_is_tagged_a_noun():
    from jieba import posseg
    from wenzheng.index.keyword import add_words

    add_words(["首店"])
    assert ("首店", "n") in [(w.word, w.flag) for w in posseg.cut("引进了几家全国首店")]
