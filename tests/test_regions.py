"""A corpus of two places: a question naming a place or a year is answered from that report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import service_over

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "documents"

# A short report of another district and year, written for this test (figures invented).
OTHER = """江宁区人民政府
2021年1月8日

政 府 工 作 报 告

区人民政府区长   张 三
2021年1月8日

各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
2020年政府主要工作回顾
刚刚过去的2020年，是极不平凡的一年。
——经济发展稳中有进。全年实现地区生产总值2750亿元、增长5.1%；一般公共预算收入210亿元。
——民生事业持续改善。全年城镇新增就业4.1万人，新建社区卫生服务站6家。
2021年政府主要工作任务
今年全区经济社会发展的主要预期目标为：地区生产总值增长7%以上；一般公共预算收入增长4%。
"""
OTHER_META = {
    "id": "jiangning-2021",
    "title": "南京市江宁区2021年政府工作报告",
    "issuer": "南京市江宁区人民政府",
    "region": "南京市江宁区",
    "year": 2021,
    "date": "2021-01-08",
    "speaker": "张三",
}


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory):
    """The service over the Gulou 2020 report and a Jiangning 2021 report (fake embedder)."""
    return _service(
        tmp_path_factory,
        {"jiangning-2021.txt": OTHER, "jiangning-2021.json": json.dumps(OTHER_META)},
    )


def _service(tmp_path_factory: pytest.TempPathFactory, files: dict[str, str]):
    """The service over the shipped report and the given files (fake embedder)."""
    shipped = {f.name: f.read_text(encoding="utf-8") for f in DOCS.iterdir()}
    return service_over(tmp_path_factory, {**shipped, **files})


def _docs_cited(answer) -> set[str]:
    return {c.id.split(":", 1)[0] for c in answer.citations}


def test_a_question_naming_a_place_is_answered_from_that_places_report(two_places):
    """江宁's GDP comes from the Jiangning report, 鼓楼's from the Gulou one, each named."""
    jn = two_places.answer("江宁区2020年地区生产总值是多少？")
    gl = two_places.answer("鼓楼区2019年地区生产总值是多少？")
    assert not jn.refused and "2750亿元" in jn.text and "江宁" in jn.text
    assert _docs_cited(jn) == {"jiangning-2021"}
    assert not gl.refused and "1620亿元" in gl.text and "鼓楼" in gl.text
    assert _docs_cited(gl) == {"gulou-2020"}


def test_a_year_only_one_report_covers_picks_that_report(two_places):
    """2020's results are only in the 2021 report; 2019's only in the 2020 report."""
    answer = two_places.answer("江宁2020年新增就业多少人？")
    assert not answer.refused and "4.1万人" in answer.text
    assert _docs_cited(answer) == {"jiangning-2021"}


def test_a_place_no_report_covers_is_refused_naming_the_places_covered(two_places):
    """A district the corpus lacks is refused, and the refusal lists the places it has."""
    answer = two_places.answer("玄武区2020年地区生产总值是多少？")
    assert answer.refused
    assert "鼓楼区" in answer.text and "江宁区" in answer.text


def test_a_reports_province_is_read_from_its_text_not_from_its_street_names():
    from wenzheng.corpus.places import province_named

    assert province_named("建设“强富美高”新江苏，整治山西路、云南北路和湖南路") == "江苏省"
    assert province_named("对口支援新疆和西藏") == ""  # two provinces: none is the report's


def test_a_report_naming_no_province_takes_the_one_of_its_citys_other_report():
    from wenzheng.corpus.places import with_provinces

    regions = [("南京市鼓楼区", "新江苏"), ("南京市江宁区", "没有省名"), ("苏州市吴江区", "")]
    assert with_provinces(regions) == ["江苏省南京市鼓楼区", "江苏省南京市江宁区", "苏州市吴江区"]


def test_one_place_named_two_ways_is_one_region_to_every_layer(tmp_path):
    """The 2023 report says 南京市建邺区, the 2024 one only 建邺区: one place, named the fuller
    way for both; a short name two cities share (鼓楼区) is left alone."""
    from wenzheng.corpus.loader import read_corpus
    from wenzheng.corpus.places import fullest_names

    assert fullest_names(["鼓楼区", "南京市鼓楼区", "福州市鼓楼区"])["鼓楼区"] == "鼓楼区"
    assert fullest_names(["建邺区", "江苏省南京市建邺区", "南京市建邺区"])["建邺区"] == (
        "江苏省南京市建邺区"
    )
    meeting = "——{}年1月9日在建邺区第五届人民代表大会第{}次会议上\n"
    heads = {
        "jy-2023.txt": "南京市建邺区2023年政府工作报告\n" + meeting.format(2023, "一"),
        "jy-2024.txt": "建邺区2024年政府工作报告\n" + meeting.format(2024, "二"),
    }
    for name, head in heads.items():
        (tmp_path / name).write_text(head + "一、过去一年的工作\n地区生产总值增长5%。\n", "utf-8")
    docs, problems = read_corpus(tmp_path)
    assert not problems
    assert [d.meta.region for d in docs] == ["南京市建邺区", "南京市建邺区"]


def test_a_claim_naming_a_place_is_checked_against_that_places_report_only(two_places):
    """Gulou's 2019 GDP grew 8%; Jiangning's 2020 GDP grew 5.1%: the claim is Jiangning's."""
    result = two_places.check("江宁区2020年地区生产总值增长8%")
    assert result.verdict == "refuted"
    assert {c.id.split(":", 1)[0] for c in result.evidence} == {"jiangning-2021"}


def test_a_fall_said_as_a_rise_is_refuted(two_places):
    assert two_places.check("江宁区2020年地区生产总值增长5.1%").verdict == "supported"
    assert two_places.check("江宁区2020年地区生产总值下降5.1%").verdict == "refuted"


def test_a_year_one_report_reviews_and_another_plans_takes_the_frame_from_the_words(two_places):
    """2020 is Gulou's target year and Jiangning's review year: 目标 asks for the target."""
    answer = two_places.answer("江宁区2020年一般公共预算收入是多少？")
    assert not answer.refused and "210亿元" in answer.text
    target = two_places.answer("鼓楼区2020年地区生产总值的目标是多少？")
    assert not target.refused and _docs_cited(target) == {"gulou-2020"}


def test_a_county_no_report_mentions_is_refused_by_name(two_places):
    answer = two_places.answer("丰县2020年地区生产总值多少")
    assert answer.refused and answer.reason == "place" and "丰县" in answer.text


def test_a_place_named_with_its_city_is_that_places_report(two_places):
    answer = two_places.answer("南京鼓楼区2019年地区生产总值是多少")
    assert not answer.refused and "1620亿元" in answer.text


# A made-up next-year report of the same district, stating 2020's results (figures invented)
NEXT_YEAR = """政府工作报告
——2021年1月9日在南京市鼓楼区第二届人民代表大会第五次会议上
区人民政府区长 吴 炜

各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。

一、过去一年的工作
全年实现地区生产总值1700亿元、增长4.4%；一般公共预算收入170亿元。
全年城镇新增就业2.9万人。
二、2021年主要目标任务
今年全区经济社会发展的主要预期目标为：地区生产总值增长6.5%左右。
"""


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory):
    """The Gulou 2020 report and a made-up Gulou 2021 report (no sidecar; fake embedder)."""
    return _service(tmp_path_factory, {"gulou-2021.txt": NEXT_YEAR})


def test_a_year_with_a_target_and_a_later_result_shows_both_from_their_reports(two_years):
    answer = two_years.answer("鼓楼区2020年地区生产总值增长多少")
    assert not answer.refused
    assert "7.5%" in answer.text and "4.4%" in answer.text
    assert _docs_cited(answer) == {"gulou-2020", "gulou-2021"}


def test_a_claim_of_that_year_without_target_words_is_the_result(two_years):
    assert two_years.check("2020年鼓楼区地区生产总值增长7.5%").verdict == "refuted"
    assert two_years.check("2020年鼓楼区地区生产总值增长4.4%").verdict == "supported"
    assert two_years.check("2020年鼓楼区地区生产总值预期增长7.5%以上").verdict == "supported"


def test_last_year_is_the_newest_reports_review_year(two_years):
    answer = two_years.answer("鼓楼区去年城镇新增就业多少人")
    assert not answer.refused and "2.9万人" in answer.text
    assert _docs_cited(answer) == {"gulou-2021"}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("鼓楼区2020年城镇新增就业2.9万人，超额完成年初确定的2.68万人目标", "supported"),
        ("鼓楼区2020年城镇新增就业未完成年初确定的2.68万人目标", "refuted"),
        ("鼓楼区2020年地区生产总值增长达到了年初预期的7.5%以上", "refuted"),  # 4.4%
        ("鼓楼区2020年地区生产总值增长4.4%，超过了7.5%以上的预期目标", "refuted"),
        ("鼓楼区2020年地区生产总值增长4.4%，低于7.5%以上的预期目标", "supported"),
        ("鼓楼区2020年城镇新增就业2.9万人，完成2.68万人的年度计划", "supported"),
        ("鼓楼区2020年城镇新增就业2.9万人，没有完成2.68万人的年度计划", "refuted"),
    ],
)
def test_a_target_named_by_its_figure_is_checked_against_the_years_result(
    two_years, claim, expected
):
    """ "达到年初计划的N" names the year's target (its report) and says the result (the next
    report) reached it: both are checked."""
    assert two_years.check(claim).verdict == expected


def test_words_holding_now_are_no_time():
    """体现在/实现在 hold 现在 but name no time; a year word says more than 现在."""
    from wenzheng.bot.core.query import relative_report

    assert relative_report("主要体现在哪些方面") is None
    assert relative_report("目前有多少家") == 0
    assert relative_report("现在看去年定的目标完成了吗", "targets") == 1


@pytest.mark.parametrize("now", ["目前", "现在"])
def test_now_is_the_newest_report(two_years, now):
    """ "目前…多少" asks the latest figure: the newest report's, not an older one ranked first."""
    answer = two_years.answer(f"鼓楼区{now}一般公共预算收入多少")
    assert not answer.refused and "170亿元" in answer.text
    assert _docs_cited(answer) == {"gulou-2021"}


def test_the_target_set_last_year_is_in_the_report_before_the_newest(two_years):
    """ "去年定的…目标" is 2020's target (the 2020 report), not the newest report's plan."""
    answer = two_years.answer("鼓楼区去年定的地区生产总值增长目标是多少")
    assert not answer.refused and "7.5%" in answer.text
    assert _docs_cited(answer) == {"gulou-2020"}


def test_the_second_question_asking_last_years_target_leans_on_the_first(two_years):
    """ "今年…增长目标是多少 去年定的目标是多少": this year's target (2021 report), then the one
    set for 2020 (2020 report); 定 names no topic of its own."""
    answer = two_years.answer("鼓楼区今年地区生产总值增长目标是多少 去年定的目标是多少")
    assert "6.5%" in answer.text and "7.5%" in answer.text
    assert _docs_cited(answer) == {"gulou-2020", "gulou-2021"}


def test_a_target_and_a_result_asked_in_one_breath_are_each_answered(two_years):
    """ "年度目标和实际增速分别是多少": each frame is asked without the other's words."""
    answer = two_years.answer("鼓楼区2020年地区生产总值的年度目标和实际增速分别是多少")
    assert "7.5%" in answer.text and "4.4%" in answer.text
    assert _docs_cited(answer) == {"gulou-2020", "gulou-2021"}


def test_each_asks_like_respectively_and_names_no_topic():
    """ "目标和实际各是多少", "各有多少家": 各是/各有 ask, as 分别 does, so they are no noun the
    reports would have to hold."""
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import content_terms

    lexicon = Lexicon.load()
    terms = content_terms("地区生产总值的目标和实际完成各是多少", lexicon)
    assert "".join(terms) == "地区生产总值"  # (one word or two, as the tokenizer has learnt)
    assert "各有" not in content_terms("科技型企业各有多少家", lexicon)


def test_the_year_before_last_is_the_review_of_the_report_before_the_newest(two_years):
    """前年 (2019, from the newest report's 2021) is what the 2020 report reviews."""
    answer = two_years.answer("鼓楼区前年地区生产总值是多少")
    assert not answer.refused and "1620亿元" in answer.text
    assert _docs_cited(answer) == {"gulou-2020"}


def test_a_follow_up_keeps_the_relative_year_it_leans_on(two_years):
    """ "去年…多少" then "前年呢" moves back a year; "今年…" then a bare "一般公共预算收入呢"
    stays with this year's report."""
    back = two_years.answer("那前年呢", ["鼓楼区去年城镇新增就业多少人"])
    assert not back.refused and _docs_cited(back) == {"gulou-2020"}
    same = two_years.answer("一般公共预算收入呢", ["鼓楼区去年地区生产总值多少"])
    assert not same.refused and "170亿元" in same.text
    assert _docs_cited(same) == {"gulou-2021"}


def test_a_follow_up_asking_the_target_set_for_that_year_goes_to_the_report_setting_it(
    two_years,
):
    """ "去年城镇新增就业多少人" (2020, from the 2021 report), then "年初定的目标是多少": the
    target set for 2020, in the 2020 report, not the 2021 report's new target."""
    answer = two_years.answer("年初定的目标是多少", ["鼓楼区去年城镇新增就业多少人"])
    assert "2.68万人" in answer.text
    assert _docs_cited(answer) == {"gulou-2020"}


def test_the_year_before_last_before_the_first_report_is_a_year_refusal(two_places):
    """Gulou's only report is of 2020: its 前年 (2018) has no report reviewing it."""
    answer = two_places.answer("鼓楼区前年地区生产总值是多少")
    assert answer.refused and answer.reason.startswith("year")


def test_a_covered_place_named_with_another_city_is_that_other_place(two_places):
    """南京市江宁区's report: "苏州市江宁区" is not it; "南京市江宁区" is."""
    assert two_places.answer("苏州市江宁区2020年一般公共预算收入是多少？").refused
    answer = two_places.answer("南京市江宁区2020年一般公共预算收入是多少？")
    assert not answer.refused and "210亿元" in answer.text


def test_target_words_of_another_clause_do_not_make_a_result_a_target(two_years):
    claim = "2020年各项目标任务圆满完成，鼓楼区地区生产总值增长4.4%"
    assert two_years.check(claim).verdict == "supported"
    assert two_years.check("2020年鼓楼区地区生产总值增长将近4.5%").verdict == "supported"


@pytest.mark.parametrize(
    "question", ["超市价格管理有什么措施？", "去年楼市怎么样？", "学区房政策是什么？"]
)
def test_ordinary_nouns_ending_in_shi_or_qu_are_no_foreign_place(two_places, question):
    assert two_places.answer(question).reason != "place"


def test_a_city_named_before_a_same_named_district_of_another_city_is_refused(two_places):
    answer = two_places.answer("福州市鼓楼区2019年的地区生产总值是多少？")
    assert answer.refused and answer.reason == "place"


def test_a_second_question_naming_no_place_stays_with_the_first_ones(two_places):
    """ "江宁区…新增就业多少人？新建了几家社区卫生服务站？": the second is Jiangning's too, in
    one message and as the next message of a chat."""
    answer = two_places.answer("江宁区2020年城镇新增就业多少人？社区卫生服务站新建了几家？")
    assert "4.1万人" in answer.text and "6家" in answer.text
    assert _docs_cited(answer) == {"jiangning-2021"}
    earlier = ["江宁区2020年城镇新增就业多少人？"]
    later = two_places.answer("社区卫生服务站新建了几家？", history=earlier)
    assert "6家" in later.text and _docs_cited(later) == {"jiangning-2021"}


def test_a_ranking_among_the_citys_districts_is_the_reports_whole_city(two_places):
    """ "在南京各区中排名第一" is the report's "全市第一": 南京 is 江宁's city, no other place."""
    from wenzheng.bot.factcheck.scope import _SCOPE_FOLLOWS

    assert re.sub(rf"南京{_SCOPE_FOLLOWS}", "全市", "在南京各区中排名第一") == "在全市排名第一"


@pytest.mark.parametrize(
    ("question", "name", "doc"),
    [
        ("江宁区的政府工作报告是谁作的？", "张三", "jiangning-2021"),
        ("鼓楼区2020年的报告是哪位区长作的", "吴炜", "gulou-2020"),
        ("Who delivered Jiangning's report?", "张三", "jiangning-2021"),
    ],
)
def test_who_delivered_a_report_is_quoted_from_its_speaker_line(two_places, question, name, doc):
    answer = two_places.answer(question)
    assert not answer.refused and name in answer.text and answer.reason == "speaker"
    assert _docs_cited(answer) == {doc}
    assert any(name in c.quote.replace(" ", "") for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("鼓楼区2020年地区生产总值增长目标完成了吗", "否，未完成。"),  # 7.5%以上 set, 4.4%
        ("鼓楼区2020年城镇新增就业目标达没达到", "是，达到了。"),  # 2.68万人 set, 2.9万人
    ],
)
def test_whether_a_target_was_met_compares_the_target_with_the_later_result(
    two_years, question, opening
):
    """Asked whether a year's target was met, the answer quotes the target (its report) and
    the result (the next report) and opens with 是/否 from comparing the two figures."""
    answer = two_years.answer(question)
    assert answer.text.startswith(opening)
    assert _docs_cited(answer) == {"gulou-2020", "gulou-2021"}


def test_a_ceiling_is_met_at_or_below_it_and_a_growth_target_at_or_above():
    from wenzheng.bot.core.slot import Fill, target_met
    from wenzheng.corpus.quantities import extract_quantities

    def fill(text: str) -> Fill:
        return Fill(None, extract_quantities(text)[0], text)  # type: ignore[arg-type]

    assert (
        target_met(
            fill("PM2.5年均浓度控制在27微克/立方米以内"), fill("PM2.5年均浓度28.3微克/立方米")
        )
        is False
    )
    assert target_met(fill("地区生产总值增长6%左右"), fill("地区生产总值增长5.6%")) is False
    assert target_met(fill("一般公共预算收入增长5%左右"), fill("一般公共预算收入增长6.3%")) is True
    assert target_met(fill("单位能耗下降3%"), fill("单位能耗下降3.6%")) is True
    assert target_met(fill("外贸进出口总额超过400亿元"), fill("外贸进出口总额412亿元")) is True


def test_the_result_asked_after_a_target_is_of_the_same_year(two_years):
    """ "2020年GDP目标增长多少 实际做到多少了": the second asks the result of 2020, not of the
    newest report's year."""
    answer = two_years.answer("鼓楼区2020年地区生产总值目标增长多少 实际做到多少了")
    assert "7.5%" in answer.text and "4.4%" in answer.text


def test_a_question_asking_the_plan_and_the_actual_gets_both(two_years):
    """ "计划多少人，实际新增多少人": both frames asked in words, both answered."""
    answer = two_years.answer("鼓楼区2020年城镇新增就业计划多少人，实际新增多少人？")
    assert "2.68万人" in answer.text and "2.9万人" in answer.text
    assert _docs_cited(answer) == {"gulou-2020", "gulou-2021"}


def test_the_city_the_reports_places_lie_in_is_not_covered_as_a_whole(two_places):
    """南京市 without 鼓楼 or 江宁 asks about the whole city, which no report is of; named
    with one of them, it is that place's city."""
    whole = two_places.answer("南京市2020年城镇新增就业多少人？")
    assert whole.refused and "南京市" in whole.text and "江宁区" in whole.text
    assert not two_places.answer("南京市江宁区2020年新增就业多少人？").refused


def test_a_parent_city_inside_a_name_the_reports_write_is_no_other_place(tmp_path_factory):
    """ "China (Nanjing) Software Valley" names the report's 中国（南京）软件谷, not the city;
    "Nanjing's GDP" asks about the city."""
    report = OTHER.replace(
        "——民生事业持续改善。",
        "——数字经济加快发展。中国（南京）软件谷实现软件和信息服务业收入2780亿元。\n"
        "——民生事业持续改善。",
    )
    service = service_over(
        tmp_path_factory,
        {"jiangning-2021.txt": report, "jiangning-2021.json": json.dumps(OTHER_META)},
    )
    named = service.answer(
        "What was the software and information services revenue of the China (Nanjing) "
        "Software Valley in 2020?"
    )
    assert not named.refused and "2780亿元" in named.text
    assert service.answer("What was Nanjing's GDP in 2020?").reason.startswith("place")


def test_a_rank_within_the_parent_city_is_asked_of_the_reports_place(tmp_path_factory):
    """ "在南京排第一", "ranked first in Nanjing" ask for the district's rank within its city,
    which its report gives ("排名全市第一"); the city alone is still not covered."""
    report = OTHER.replace(
        "——民生事业持续改善。",
        "——生态环境持续向好。东山国控点空气质量优良天数排名全市第一。\n——民生事业持续改善。",
    )
    service = service_over(
        tmp_path_factory,
        {"jiangning-2021.txt": report, "jiangning-2021.json": json.dumps(OTHER_META)},
    )
    for asked in (
        "2020年空气质量优良天数在南京排第一的是哪个国控点？",
        "Which monitoring station ranked first in Nanjing for days with good air quality?",
    ):
        answer = service.answer(asked)
        assert not answer.refused and "东山国控点" in answer.text, asked
    assert service.answer("南京市2020年城镇新增就业多少人？").reason.startswith("place")


def test_a_covered_place_typed_in_pinyin_in_a_chinese_question_is_that_place(two_places):
    """ "jiangning区…" is 江宁区 typed with a pinyin keyboard: answered from its report, not
    refused as a place no report covers."""
    answer = two_places.answer("jiangning区2020年地区生产总值是多少")
    assert not answer.refused and "2750亿元" in answer.text
    assert _docs_cited(answer) == {"jiangning-2021"}


EAST = """东湖区2025年政府工作报告
——2025年1月8日在东湖区第三届人民代表大会第五次会议上
区长 王平

一、2024年工作回顾
湖滨街道获评全国“一村一品”示范镇。
二、2025年工作安排
城镇新增就业1.2万人。
"""
WEST = """西岭区2025年政府工作报告
——2025年1月9日在西岭区第二届人民代表大会第五次会议上
区长 李明

一、2024年工作回顾
竹林街道获评全国乡村治理示范乡镇。
二、2025年工作安排
城镇新增就业0.8万人。
"""


def test_the_street_an_asker_lives_in_picks_its_districts_report(tmp_path_factory):
    """ "我是湖滨种西瓜的…我们街道去年评上了啥": the asker's street, named in passing, is a
    place only one report writes; the answer comes from that report."""
    service = service_over(tmp_path_factory, {"donghu-2025.txt": EAST, "xiling-2025.txt": WEST})
    answer = service.answer("我是湖滨种西瓜的 听说我们街道去年评上了个全国的荣誉 是啥来着")
    assert not answer.refused and "一村一品" in answer.text
    assert _docs_cited(answer) == {"donghu-2025"}


@pytest.mark.parametrize(
    ("region", "short"),
    [("肥西县", "肥西"), ("合肥市蜀山区", "蜀山"), ("南京市鼓楼区", "鼓楼"), ("宜兴市", "宜兴")],
)
def test_a_county_and_a_district_are_named_without_their_level(region, short):
    """People say 肥西 for 肥西县 as they say 鼓楼 for 鼓楼区; a two-character county (沛县)
    keeps its level, one character names nothing."""
    from wenzheng.corpus.places import short_names

    assert short in short_names(region)
    assert "沛" not in short_names("徐州市沛县")
