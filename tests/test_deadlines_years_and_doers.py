"""A year-end deadline is met by a date inside the year; a change from one year's figure to
the next's states each year's level, and a rise its values deny is refuted; a street named
和… keeps its first character; "达到力争的N" asks whether the target was met; question words
end a word ("装了多少部" is no word 装部); a firm listed is named by the clause saying so;
"实际上市" names no city; an English yes/no question of mostly unknown words settles nothing;
a sentence opening with "到2030年" sets that year's goals. Made-up reports (no model:
`service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2024 = """松岭区2024年政府工作报告
——2024年1月9日在松岭区第三届人民代表大会第四次会议上
区长 韩冬

一、2023年工作回顾
新认定国家高新技术企业60家，总数达到412家。PM2.5年均浓度31微克/立方米。
二、2024年工作安排
冰河科创园二期工程年底前竣工；区中医医院综合楼年底前主体完工；力争新增上市企业2家。
改造老旧小区35个，加装电梯120部。
"""

REPORT_2025 = """松岭区2025年政府工作报告
——2025年1月8日在松岭区第三届人民代表大会第五次会议上
区长 韩冬

一、2024年工作回顾
新认定国家高新技术企业66家，总数达到468家。PM2.5年均浓度29微克/立方米。
冰河科创园二期工程于2024年11月竣工。新增学位3000个，区第九中学新校区于2024年8月建成投用；区中医医院综合楼完成主体结构施工的七成。
雪松科技于2024年9月在北交所上市，全区上市企业累计达到9家。
改造老旧小区40个，其中和平街道9个；加装电梯136部。
二、2025年工作安排
展望“十五五”，到2030年，全区地区生产总值力争突破900亿元，上市企业达到15家。
2025年全区经济社会发展的主要预期目标是：地区生产总值增长5%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"songling-2024.txt": REPORT_2024, "songling-2025.txt": REPORT_2025}
    )


def test_a_year_end_deadline_is_met_by_a_date_inside_the_year(service):
    result = service.check("松岭区冰河科创园二期工程按2024年计划在年底前竣工")
    assert result.verdict == "supported", result.explanation


def test_as_a_named_years_plan_is_on_schedule_not_a_plan(service):
    # "按2024年的计划": done as that year's plan said, which a date inside the year meets
    result = service.check("松岭区冰河科创园二期工程按2024年的计划在年内如期竣工")
    assert result.verdict == "supported", result.explanation


def test_a_date_of_another_thing_in_the_sentence_meets_no_deadline(service):
    answer = service.answer("松岭区中医医院综合楼2024年年底前主体完工了吗")
    assert answer.text.startswith("否"), answer.text


def test_from_one_years_figure_to_the_next_states_each_years_level(service):
    result = service.check("松岭区国家高新技术企业总数从2023年底的412家增加到2024年底的468家")
    assert result.verdict == "supported", result.explanation
    wrong = service.check("松岭区国家高新技术企业总数从2023年底的412家增加到2024年底的480家")
    assert wrong.verdict == "refuted", wrong.explanation


def test_a_rise_the_values_deny_is_refuted(service):
    result = service.check("松岭区PM2.5年均浓度从2023年的31微克/立方米上升到2024年的29微克/立方米")
    assert result.verdict == "refuted", result.explanation
    assert "下降" in result.explanation


def test_a_street_named_he_keeps_its_first_character(service):
    result = service.check("松岭区和平街道2024年改造老旧小区不低于10个")
    assert result.verdict == "refuted", result.explanation
    assert "和平街道" in result.explanation


def test_reaching_the_striven_for_count_asks_whether_the_target_was_met(service):
    answer = service.answer("松岭区2024年新增上市企业达到力争的2家了吗？")
    assert not answer.text.startswith("是"), answer.text


def test_a_question_word_ends_a_word(service):
    answer = service.answer("实际装了多少部？", ["松岭区2024年加装电梯定了多少部的任务"])
    assert not answer.refused and "136部" in answer.text, answer.text


def test_a_listed_firm_is_named_by_the_clause_saying_so(service):
    answer = service.answer("松岭区2024年上市的是哪家企业？")
    assert not answer.refused and "雪松科技" in answer.text, answer.text
    followup = service.answer("实际上市的是哪家？", ["松岭区2024年力争新增几家上市企业？"])
    assert "雪松科技" in followup.text, followup.text


def test_an_english_yes_no_question_of_mostly_unknown_words_settles_nothing(service):
    answer = service.answer(
        "Has the main structure of the inpatient building of Songling's hospital been topped out?"
    )
    assert not answer.text.startswith(("Yes", "是")), answer.text


def test_a_sentence_opening_with_a_later_year_sets_that_years_goals(service):
    passages = [p for d in service.index.documents for p in d.passages if "到2030年" in p.text]
    assert passages and all(p.years == "2030" for p in passages), passages
    answer = service.answer("松岭区2025年计划新增几家上市企业？")
    assert "15家" not in answer.text, answer.text


def test_deadlines_at_a_years_end_read_as_the_whole_year():
    from wenzheng.corpus.time import by_year_end

    (end,) = by_year_end("按2025年的计划在年底前竣工")
    assert (end.year, end.low, end.high) == (2025, (1, 1), (12, 31))
    assert by_year_end("2024年内建成通车")[0].year == 2024
    assert not by_year_end("年底前竣工")  # no year named: the frames decide
