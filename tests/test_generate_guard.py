"""The check of generated answers, on passages of the real report (pure: no model, no server)."""

from __future__ import annotations

import pytest
from wenzheng.bot.generate.guard import check_reply, clean_reply
from wenzheng.corpus.loader import load_corpus
from wenzheng.corpus.model import Passage

from wenzheng.settings import packaged_corpus_dir

YEAR = 2020  # the report's year: 今年 = 2020, 去年 = 2019


@pytest.fixture(scope="module")
def passages() -> dict[str, Passage]:
    """A 2019 result, a 2020 target, a five-year one and the two part headings."""
    doc = load_corpus(packaged_corpus_dir())[0]

    def first(pred) -> Passage:  # type: ignore[no-untyped-def]
        return next(p for p in doc.passages if pred(p))

    return {
        "gdp": first(lambda p: "地区生产总值1620亿元" in p.text),
        "target": first(lambda p: "地区生产总值增长7.5%以上" in p.text),
        "span": first(lambda p: p.frame == "span" and "亿元" in p.text),
        "h2019": first(lambda p: p.text == "2019年政府主要工作回顾"),
        "h2020": first(lambda p: p.text == "2020年政府主要工作任务"),
    }


def test_grounded_reply_passes_and_cites_the_heading_that_names_its_year(passages):
    """A reply whose figures are in [1] passes; the heading printing "2019" is cited too."""
    given = [passages["gdp"], passages["h2019"]]
    checked = check_reply("2019年，鼓楼区地区生产总值为1620亿元，增长8%[1]。", given, YEAR)
    assert checked.ok, checked.violations
    assert checked.cited == (0, 1)
    assert checked.text == "2019年，鼓楼区地区生产总值为1620亿元，增长8%[1]。"


def test_figures_no_cited_passage_holds_are_named(passages):
    """A figure that is in no cited passage is a violation naming that figure."""
    given = [passages["gdp"], passages["h2019"]]
    checked = check_reply("2019年，地区生产总值为1680亿元，增长8%[1]。", given, YEAR)
    assert not checked.ok
    assert any("1680" in v for v in checked.violations)
    assert not any("1620" in v or " 8" in v for v in checked.violations)


def test_a_figure_in_a_given_but_uncited_passage_is_still_ungrounded(passages):
    """Numbers must be in the passages the reply cites, not merely in those it was shown."""
    given = [passages["h2019"], passages["gdp"]]
    checked = check_reply("2019年，地区生产总值为1620亿元[1]。", given, YEAR)
    assert any("1620" in v for v in checked.violations)


def test_reply_without_markers_fails(passages):
    """A reply that cites nothing fails, whatever it says."""
    checked = check_reply("2019年地区生产总值1620亿元。", [passages["gdp"]], YEAR)
    assert not checked.ok and "[n]" in checked.violations[0]


def test_marker_of_a_passage_not_given_fails(passages):
    """[3] when two passages were given is a violation naming [3]."""
    given = [passages["gdp"], passages["h2019"]]
    checked = check_reply("2019年，地区生产总值1620亿元[1][3]。", given, YEAR)
    assert any("[3]" in v for v in checked.violations)


def test_year_outside_the_cited_passages_fails(passages):
    """A 2019 result told as 2020 breaks the year frame (and 2020 is in no cited quote)."""
    given = [passages["gdp"], passages["h2019"], passages["h2020"]]
    checked = check_reply("2020年，地区生产总值1620亿元[1]。", given, YEAR)
    assert any("年份 2020" in v for v in checked.violations)


def test_relative_years_are_read_with_the_report_year(passages):
    """ "去年" in a 2020 report is 2019: wrong for a target, right for a result."""
    target = [passages["target"], passages["h2020"]]
    assert not check_reply("去年地区生产总值目标是增长7.5%以上[1]。", target, YEAR).ok
    assert check_reply("今年地区生产总值的预期目标是增长7.5%以上[1]。", target, YEAR).ok
    assert check_reply("去年地区生产总值1620亿元[1]。", [passages["gdp"]], YEAR).ok


def test_a_target_told_as_a_result_fails(passages):
    """A 2020 target must be called a target or plan, not stated as done."""
    given = [passages["target"], passages["h2020"]]
    checked = check_reply("2020年地区生产总值增长7.5%以上[1]。", given, YEAR)
    assert any("目标" in v for v in checked.violations)


def test_an_answer_that_names_no_year_fails(passages):
    """Figures of a dated passage without the year they belong to are a violation."""
    checked = check_reply("地区生产总值1620亿元[1]。", [passages["gdp"]], YEAR)
    assert any("哪一年" in v for v in checked.violations)


def test_five_year_passages_may_be_named_as_the_past_five_years(passages):
    """ "过去五年" names the frame of a five-year passage without printing a year."""
    span = passages["span"]
    figure = next(n for n in __import__("re").findall(r"\d+(?:\.\d+)?亿元", span.text))
    assert check_reply(f"过去五年，累计{figure}[1]。", [span], YEAR).ok


def test_markers_are_cleaned_and_renumbered_in_citation_order(passages):
    """Reasoning is dropped; 【2】 and [2,1] become [n]s counting the cited passages from 1."""
    given = [passages["h2019"], passages["gdp"]]
    reply = "<think>先看[2]。</think>2019年，地区生产总值1620亿元【2】，增长8%[2,1]。"
    checked = check_reply(reply, given, YEAR)
    assert checked.ok, checked.violations
    assert checked.cited == (1, 0)
    assert checked.text == "2019年，地区生产总值1620亿元[1]，增长8%[1][2]。"


def test_clean_reply_keeps_the_answer_after_a_dangling_think_tag():
    """Servers that drop the opening <think> still leave only the answer."""
    assert clean_reply("想一想……</think>\n\n答案[1]。") == "答案[1]。"
