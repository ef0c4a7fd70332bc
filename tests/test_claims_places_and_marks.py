"""Claims over two places' reports of one year: a date is the named place's, a report named
by its year dates 去年, a mark its own year's words hold is no other frame's, a season
contrasts with the other, a rate is no changed unit of an amount."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.yesno import as_claim
from wenzheng.bot.factcheck.scope import PlaceScope
from wenzheng.corpus.formats.table import table_lines

from tests.conftest import service_over

# Two short reports written for this test (places real, figures and names invented).
EAST = """政府工作报告

——2031年1月6日在东岭区第五届人民代表大会第二次会议上

区长 周明远

各位代表：

一、过去一年工作回顾

过去一年，全区实现地区生产总值812.4亿元，增长5.6%；实际使用外资3.2亿美元；粮食总产量11.6万吨，连续三年稳定在11万吨以上。

新增学位1800个，东岭实验中学新校区秋季投入使用，东岭第三小学开工建设。

数字经济核心产业营业收入两年翻了一番；滨河碧道提升二期主体工程完工。

二、2031年主要目标和重点工作

今年主要预期目标是：地区生产总值增长5%左右；粮食总产量稳定在11万吨以上。一是新增学位2100个，东岭第二实验小学新校区2031年秋季学期投入使用。二是区人民医院新院区年底前建成投用。
"""

WEST = """政府工作报告

——2031年1月9日在西川区第五届人民代表大会第二次会议上

区长 吴清和

各位代表：

一、过去一年工作回顾

过去一年，全区实现地区生产总值655.8亿元，增长4.9%；实际使用外资1.7亿美元。

二、2031年主要目标和重点工作

今年主要预期目标是：地区生产总值增长5.5%左右。
"""


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory):
    """The service over the two reports alone (no sidecars; fake embedder)."""
    return service_over(tmp_path_factory, {"dongling-2031.txt": EAST, "xichuan-2031.txt": WEST})


def test_a_date_claimed_is_the_named_places_not_another_reports(two_places):
    """西川's report was delivered on 1月9日: a claim giving 东岭's report that day is refuted."""
    east = two_places.check("东岭区2031年政府工作报告是在2031年1月9日的区人代会上作的。")
    assert east.verdict == "refuted"
    assert "1月6日" in east.explanation
    west = two_places.check("西川区2031年政府工作报告是在2031年1月9日的区人代会上作的。")
    assert west.verdict == "supported"


def test_last_year_in_a_claim_naming_a_report_is_that_reports_review_year(two_places):
    said = "据东岭区2031年政府工作报告，去年全区地区生产总值增长5.6%。"
    assert two_places.check(said).verdict == "supported"
    wrong = "据东岭区2031年政府工作报告，去年全区地区生产总值增长5%。"
    assert two_places.check(wrong).verdict == "refuted"


def test_a_mark_the_years_own_words_hold_is_no_frame_swap(two_places):
    """ "超过11万吨" is the target's wording too, but the result's sentence says it as well."""
    result = two_places.check("东岭区2030年粮食总产量超过11万吨。")
    assert result.verdict == "supported"


def test_a_season_claimed_is_refuted_by_the_other_season(two_places):
    spring = two_places.check("东岭第二实验小学新校区计划2031年春季学期投入使用。")
    assert spring.verdict == "refuted"
    autumn = two_places.check("东岭第二实验小学新校区计划2031年秋季学期投入使用。")
    assert autumn.verdict == "supported"


def test_a_rate_claimed_for_an_indicator_stated_as_an_amount_is_not_found(two_places):
    """The report gives 实际使用外资 as 3.2亿美元 and no growth: "增长3.2%" is not stated."""
    assert two_places.check("东岭区2030年实际使用外资增长3.2%。").verdict == "not_found"
    assert two_places.check("东岭区2030年实际使用外资3.2亿元。").verdict == "refuted"


def test_a_place_of_the_same_city_no_report_covers_is_refused(two_places):
    answer = two_places.answer("相城区去年地区生产总值是多少？")
    assert answer.refused
    assert "相城区" in answer.text


def test_reaching_a_target_asked_stays_a_target_reached():
    """ "达到3.6%的目标了吗" asks whether the target was reached, not "不低于…的目标"."""
    assert as_claim("研发投入占比达到3.6%的目标了吗") == "研发投入占比达到3.6%的目标"
    assert as_claim("覆盖率达到70%了吗") == "覆盖率不低于70%"


def test_a_report_named_by_its_year_dates_the_claims_relative_years():
    dated = PlaceScope.dated_by_report("据东岭区2031年政府工作报告，去年增长5.6%，今年力争6%")
    assert dated == "据东岭区政府工作报告，2030年增长5.6%，2031年力争6%"
    assert PlaceScope.dated_by_report("2030年增长5.6%") == "2030年增长5.6%"


def test_a_negative_cell_under_a_growth_heading_is_a_fall():
    rows = [["指标", "2030年", "增速（%）"], ["外贸进出口总额（亿元）", "412.6", "-4.6"]]
    assert table_lines(rows)[1] == "外贸进出口总额2030年412.6亿元；外贸进出口总额下降4.6%。"


def test_before_a_time_said_at_length_is_the_reports_before(two_places):
    said = "东岭区要求区人民医院新院区在2031年年底以前建成投用。"
    assert two_places.check(said).verdict == "supported"


def test_a_project_said_further_along_than_its_clause_is_refuted(two_places):
    """ "第三小学已经投入使用" against "东岭第三小学开工建设" (the other school opened)."""
    assert two_places.check("东岭第三小学已经投入使用。").verdict == "refuted"
    assert two_places.check("东岭第三小学2030年开工建设。").verdict == "supported"


def test_a_place_in_pinyin_is_read_with_its_syllable_mark():
    """ "Bao'an" (宝安), as English writes it, is the corpus's place, as "Baoan" is."""
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.service import with_place_names
    from wenzheng.corpus.model import Document, DocumentMeta

    meta = DocumentMeta(
        id="baoan-2025", title="t", issuer="i", year=2025, date="2025", region="深圳市宝安区"
    )
    lexicon = with_place_names(Lexicon.load(), [Document(meta=meta, text="", passages=())])
    assert lexicon.english["bao'an"] == lexicon.english["baoan"] == "宝安"


def test_a_doubling_counted_in_words_is_compared(two_places):
    """ "翻了两番" against the report's "翻了一番": the count of doublings differs."""
    doubled_twice = two_places.check("东岭区数字经济核心产业营业收入两年翻了两番。")
    assert doubled_twice.verdict == "refuted"
    doubled = two_places.check("东岭区数字经济核心产业营业收入两年翻了一番。")
    assert doubled.verdict == "supported"


def test_a_denial_of_the_event_is_no_agreement_with_a_rise_in_a_name(two_places):
    """ "提升" in "碧道提升二期" is a name, not a rise: "二期主体工程未能完工" denies what the
    report says was done."""
    said = "东岭区滨河碧道提升二期2030年主体工程未能完工。"
    assert two_places.check(said).verdict == "refuted"


def test_a_claim_of_stages_in_several_years_is_not_read_as_one_stage(two_places):
    """ "2030年开工建设，2031年9月建成投用": each stage its year; not refuted by 2030's 开工."""
    said = "东岭第三小学2030年开工建设，2031年9月建成投用。"
    assert two_places.check(said).verdict != "refuted"
