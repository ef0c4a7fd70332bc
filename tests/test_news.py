"""Claims as press releases write them, and changes stated year by year.

A press release opens with where its news comes from ("记者从青山区获悉，", "青山发布：")
and closes its figures with praise ("创新动能持续增强"): the figures get the verdict. A rise
or fall the report states for one year says nothing of another year.

Two short reports written for these tests (a district's 2023 and 2024 reports).
"""

from __future__ import annotations

import pytest
from wenzheng.bot.factcheck.drafts import attribution, is_evaluation

from tests.conftest import service_over

REPORT_2023 = """南京市青山区2023年政府工作报告
——2023年1月10日在青山区第三届人民代表大会第二次会议上
一、2022年工作回顾
全年实现地区生产总值960亿元、增长4.1%；全年新认定高新技术企业150家。
安全生产形势总体平稳，全区生产安全事故起数和死亡人数实现“双下降”。
新增市级文物保护单位4处。
二、2023年主要任务
新增养老床位200张，推进居家社区养老服务网络建设; 新增学位2500个，巩固义务教育优质均衡发展成果。
"""

REPORT_2024 = """青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
一、过去一年的工作
全年实现地区生产总值1020亿元、增长5.9%；全年新认定高新技术企业171家。
安全生产形势稳定，生产安全事故起数同比下降。
二、2024年主要任务
新增学位3000个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):
    return service_over(
        tmp_path_factory, {"qingshan-2023.txt": REPORT_2023, "qingshan-2024.txt": REPORT_2024}
    )


@pytest.mark.parametrize(
    ("text", "source", "news"),
    [
        ("记者从青山区获悉，2023年该区新增学位2500个", "青山区", "2023年该区新增学位2500个"),
        ("青山发布：2023年全区将新增养老床位200张", "青山", "2023年全区将新增养老床位200张"),
        ("据区统计局消息，2023年GDP增长5.9%", "区统计局", "2023年GDP增长5.9%"),
        ("本报讯 2023年GDP增长5.9%", "", "2023年GDP增长5.9%"),
        ("本报讯（记者 王某）2023年GDP增长5.9%", "", "2023年GDP增长5.9%"),
        ("据了解，2023年GDP增长5.9%", "", "2023年GDP增长5.9%"),
        ("令人振奋的是，2023年GDP增长5.9%", "", "2023年GDP增长5.9%"),
        ("值得一提的是，2023年GDP增长5.9%", "", "2023年GDP增长5.9%"),
        # a headline over the figures, its place kept
        ("青山区民生答卷温暖人心：2023年新增学位2500个", "青山区", "2023年新增学位2500个"),
        # a short exclamation before the news, no fact of its own
        ("振奋人心！2023年新增学位2500个", "", "2023年新增学位2500个"),
    ],
)
def test_a_press_release_lead_is_split_from_its_news(text, source, news):
    assert attribution(text) == (source, news)


@pytest.mark.parametrize(
    "text",
    [
        "2023年青山区GDP增长5.9%",
        "区政府印发通知，新增5家",
        "2023年，全区新增就业2万人",
        "惠企政策集中发布，全年减税降费10亿元",  # 发布 in the news itself
        "全区新增就业：1.2万人",  # the indicator before its figure, no headline
        "GDP破千亿！2023年增长5.9%",  # an exclamation with a figure in words is a fact
    ],
)
def test_a_claim_without_a_source_lead_has_none(text):
    assert attribution(text) is None


def test_praise_is_no_fact_but_a_rise_is():
    rises = ("增长", "下降", "提升")
    assert is_evaluation("创新动能持续增强", rises)
    assert is_evaluation("持续织密民生保障网", rises)
    assert not is_evaluation("空气质量持续提升", rises)  # a rise: checked as one
    assert not is_evaluation("低于全市平均水平", rises)  # a comparison: checked as a fact


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the source lead and the praise do not hide the supported figures
        (
            "记者从青山区获悉，2023年该区实现地区生产总值1020亿元，全年新认定高新技术企业171家，"
            "创新动能持续增强。",
            "supported",
        ),
        # two figures listed with 、 are two claims, not a list of the count's items
        (
            "青山发布：2023年全区将新增养老床位200张、新增学位2500个，持续织密民生保障网。",
            "supported",
        ),
        ("记者从青山区获悉，2023年该区新认定高新技术企业150家。", "refuted"),
    ],
)
def test_press_release_claims_are_checked_by_their_figures(service, claim, verdict):
    result = service.check(claim)
    assert result.verdict == verdict, result.explanation
    assert result.evidence


@pytest.mark.parametrize(
    "claim",
    [
        "青山区2023年生产安全事故死亡人数下降了",  # 2022's "双下降"; 2023's report: 起数下降
        "2023年青山区没有新增市级文物保护单位",  # 2022's "新增…4处"; 2023's report: silent
    ],
)
def test_what_is_stated_year_by_year_for_another_year_does_not_decide_this_one(service, claim):
    """A rise or fall, or the year's new ones, stated for 2022 say nothing of 2023."""
    result = service.check(claim)
    assert result.verdict == "not_found"
    assert "2022年" in result.explanation


def test_a_yearly_figure_of_another_year_says_nothing_of_the_year_claimed(service):
    """4处 is 2022's count: claimed for 2023 (which states none) it is not_found, with the
    year it belongs to; a mark passed once (首次突破…大关) is refuted instead (test_factcheck)."""
    result = service.check("2023年青山区新增市级文物保护单位4处。")
    assert result.verdict == "not_found"
    assert "2022年" in result.explanation and "4处" in result.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("2023年青山区地区生产总值未达到1000亿元。", "refuted"),  # 1020亿元
        ("2023年青山区地区生产总值没有超过1100亿元。", "supported"),  # a bound, not a denial
        ("2023年青山区地区生产总值没有突破1000亿元。", "refuted"),
    ],
)
def test_a_mark_not_reached_is_the_figure_s_bound(service, claim, verdict):
    result = service.check(claim)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("2023年青山区安全生产形势逐步变差。", "refuted"),
        ("2023年青山区安全生产形势没有好转。", "refuted"),
    ],
)
def test_a_state_said_to_worsen_against_a_report_saying_it_improved(
    tmp_path_factory, claim, verdict
):
    report = REPORT_2024.replace("安全生产形势稳定", "安全生产形势持续好转")
    service = service_over(tmp_path_factory, {"qingshan-2024.txt": report})
    result = service.check(claim)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("青山区2024年政府工作报告于1月9日在区人代会上作出。", "supported"),
        ("青山区2024年政府工作报告于1月19日作出。", "refuted"),
    ],
)
def test_a_report_s_day_without_its_year_is_of_the_year_the_claim_names(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_view_opening_a_claim_is_dropped_but_a_place_before_de_shi_stays():
    assert attribution("令人振奋的是，2023年GDP增长5.9%") == ("", "2023年GDP增长5.9%")
    assert attribution("浦口区最亮眼的是，2023年GDP增长5.9%") is None


def test_a_target_not_reached_keeps_its_own_figure():
    """ "未达到6%的预期目标" names the target's figure; "没突破1000亿元" bounds a result."""
    from wenzheng.corpus.quantities import extract_quantities

    assert [q.bound for q in extract_quantities("增长5.5%，未达到6%的预期目标")] == [
        "exact",
        "exact",
    ]
    assert [q.bound for q in extract_quantities("总额没突破1000亿元")] == ["below"]


def test_a_worsening_held_back_is_no_worsening():
    from wenzheng.bot.core.lexicon import CheckLexicon
    from wenzheng.bot.factcheck.directions import Qualities

    qualities = Qualities.from_lexicon(CheckLexicon.load())
    assert qualities.of("生态环境恶化趋势得到有效遏制") is None
    assert qualities.of("生态环境逐步恶化")[0] == "worse"
    assert qualities.of("空气质量逐步向好")[0] == "better"
