"""Answerer behaviours found on a fresh district's reports (written for these tests; the
district, streets, projects and figures are made up): a street's part is not the
district's figure, a bare second question keeps the first one's year, the time a message's
asking clause names is the time asked, figures in Latin units."""

from __future__ import annotations

import pytest

REPORT_2024 = """青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
区长 李明

一、2023年工作回顾
全区地区生产总值812.6亿元，增长5.6%。全年新增高新技术企业148家，总数达到826家。
二、2024年工作安排
今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，新增高新技术企业160家，新增上市企业2家。
"""

REPORT_2025 = """青山区2025年政府工作报告
——2025年1月8日在青山区第三届人民代表大会第四次会议上
区长 李明

一、过去一年的主要工作
对照年初确定的目标任务，全年主要指标完成情况是：全区地区生产总值856.3亿元，增长5.2%，低于年初确定的6%左右的预期目标；一般公共预算收入64.9亿元，增长5%，完成年度目标；固定资产投资增长2.8%，未完成增长6%以上的目标；新增高新技术企业173家，超过160家的目标任务，总数达到961家；新增上市企业1家；城镇新增就业1.53万人，完成年度目标。
高新技术企业培育成效明显，其中永宁街道新增高新技术企业52家，占全区新增数的三成。
全年新增省级专精特新中小企业23家；新增国家级专精特新“小巨人”企业4家，累计达到17家。
青山智算中心一期建成投入运营，算力规模达到1200P。
新增省级众创空间3家。城镇和农村居民人均可支配收入分别增长4.5%和6.2%。
二、2025年工作安排
新建改扩建学校6所，新增学位5000个，集团化办学覆盖率达到95%。区人民医院新院区年内建成投用。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qingshan-2024.txt": REPORT_2024, "qingshan-2025.txt": REPORT_2025}
    )


def test_a_district_count_is_not_one_streets_part_of_it(service):
    """The short sentence on one street's new firms ranks first on its words; the district's
    own figure sits in the long summary paragraph, and is the answer."""
    answer = service.answer("青山区2024年新增高新技术企业多少家")
    assert not answer.refused
    assert "173家" in answer.text and "52家" not in answer.text


def test_a_streets_part_answers_a_question_naming_the_street(service):
    answer = service.answer("永宁街道2024年新增高新技术企业多少家")
    assert not answer.refused and "52家" in answer.text


def test_a_bare_second_question_keeps_the_first_ones_year_and_thing(service):
    """ "实际新增多少家" names no thing of its own: it asks the 2024 result of what the first
    question asked, not the best match of its own words (专精特新 firms, 新增…家)."""
    answer = service.answer("青山区2024年计划新增高新技术企业多少家？实际新增多少家？")
    assert "160家" in answer.text and "173家" in answer.text
    assert "23家" not in answer.text


def test_the_time_of_the_asking_clause_is_the_time_asked(service):
    """明年 is when the asker's child starts school; the question asks 今年's plan."""
    answer = service.answer("老师好，我孩子明年要上学，青山区今年计划新增多少学位呀😊")
    assert not answer.refused and "5000个" in answer.text


def test_next_year_asked_in_the_asking_clause_is_still_refused(service):
    answer = service.answer("我孩子今年上学了，青山区明年计划新增多少学位？")
    assert answer.refused and answer.reason == "year"


def test_a_figure_in_a_latin_unit_fills_a_size_question(service):
    answer = service.answer("青山智算中心一期算力规模多大")
    assert not answer.refused and "1200P" in answer.text


def test_last_years_plan_and_actual_come_from_their_own_reports(service):
    """去年 is the newest report's review year: its target is in the report before."""
    answer = service.answer("青山区去年新增高新技术企业计划多少家，实际新增多少家？")
    assert "160家" in answer.text and "173家" in answer.text


def test_whether_last_years_plan_was_met_compares_the_two_reports(service):
    answer = service.answer("青山区去年新增上市企业的数量达到当年计划了吗？")
    assert answer.text.startswith("否")
    assert "2家" in answer.text and "1家" in answer.text


def test_a_follow_up_in_the_other_frame_reads_the_year_word_in_its_own_frame(service):
    """ "去年…目标是多少？实际新增多少？": the target of 去年 is in the 2024 report, the result
    in the 2025 one (not the 2025 report's review of 2023's successor, nor 2023's result)."""
    answer = service.answer("青山区去年新增高新技术企业的目标是多少？实际新增多少？")
    assert "160家" in answer.text and "173家" in answer.text
    assert "148家" not in answer.text


def test_a_street_asked_is_not_answered_by_the_district_or_another_street(service):
    """The report gives the district's 173 and 永宁街道's 52: 永安街道's own count it does
    not give."""
    answer = service.answer("永安街道2024年新增高新技术企业多少家")
    assert answer.refused
    assert "永安" not in answer.text.split("报告提到")[-1]


def test_a_same_sounding_slip_in_the_districts_full_name_is_read_as_the_district(service):
    """ "青杉区" sounds as 青山区: jieba cuts the region's name in two, so the speller is given
    the regions' names whole."""
    answer = service.answer("请问青杉区2024年新增高新技术企业多少家")
    assert not answer.refused and "173家" in answer.text


def test_a_name_asked_by_jiao_shenme_is_the_speaker_line(service):
    """ "叫什么名字" asks; it names no topic the report would have to hold."""
    answer = service.answer("请问青山区的区长叫什么名字")
    assert not answer.refused and "李明" in answer.text


def test_urban_and_rural_residents_are_the_reports_town_and_country_ones(service):
    """城乡居民 is the report's 城镇和农村居民: both figures answer."""
    answer = service.answer("青山去年城乡居民收入涨了多少")
    assert not answer.refused
    assert "4.5%" in answer.text and "6.2%" in answer.text


def test_built_said_colloquially_asks_when_it_is_built(service):
    """ "啥时候建好" asks when it is 建成; the plan's 年内 tells it."""
    answer = service.answer("青山区人民医院新院区啥时候建好")
    assert not answer.refused and "年内建成投用" in answer.text


def test_a_count_at_one_level_is_no_count_at_another(service):
    """The report counts 省级 makerspaces; a question about 国家级 ones is not answered with
    that figure."""
    answer = service.answer("青山区2024年新增国家级众创空间多少家")
    assert answer.refused
    provincial = service.answer("青山区2024年新增省级众创空间多少家")
    assert not provincial.refused and "3家" in provincial.text


@pytest.mark.parametrize(
    ("question", "said", "quoted"),
    [
        ("青山区2025年政府工作报告是哪天作的", "2025年1月8日", "2025年1月8日"),
        (
            "When was Qingshan's 2024 government work report delivered?",
            "January 9, 2024",
            "2024年1月9日",
        ),
    ],
)
def test_when_the_report_was_delivered_is_its_date_line(service, question, said, quoted):
    """A question about the report itself is told by its date line, of the report asked."""
    answer = service.answer(question)
    assert not answer.refused and said in answer.text
    assert any(quoted in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question", ["青山区去年固定资产投资是涨了还是跌了", "青山区去年固定资产投资增加了还是减少了"]
)
def test_which_way_a_figure_went_asked_as_a_choice_is_a_rate_asked(service, question):
    """ "涨了还是跌了" asks the change: neither word is a topic the passage must hold, and
    neither is a premise the report could contradict."""
    answer = service.answer(question)
    assert not answer.refused and "增长2.8%" in answer.text
