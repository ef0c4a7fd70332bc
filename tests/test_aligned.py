"""Figures compared in place: a claim repeating a report sentence with a number changed."""

from __future__ import annotations

from wenzheng.bot.factcheck.aligned import align, numbers, without_numbers


def test_numbers_include_small_numerals_before_time_words_and_skip_years():
    found = [n.raw for n in numbers("2019年提前一年达到1500亿元，早八点带班")]
    assert found == ["一年", "1500亿元", "八点"]


def test_a_changed_number_in_the_same_wording_is_paired_and_disagrees():
    pairs, unpaired = align(
        "提前两年实现“十三五”末1500亿元的目标", "提前一年达到并超过“十三五”末1500亿元的目标"
    )
    assert [(p.claim.raw, p.report.raw, p.agrees) for p in pairs] == [
        ("两年", "一年", False),
        ("1500亿元", "1500亿元", True),
    ]
    assert unpaired == []


def test_an_amount_facing_a_rate_is_not_the_same_figure():
    pairs, unpaired = align("服务业增加值9亿元", "服务业增加值增长9%")
    assert pairs == [] and [n.raw for n in unpaired] == ["9亿元"]


def test_without_numbers_keeps_the_wording():
    assert without_numbers("新增就业3.2万人，增长5%").replace(" ", "") == "新增就业，增长"


def test_titles_in_a_row_are_counted():
    """ "八连冠" for the report's "七连冠" is a changed number in the same wording."""
    pairs, _ = align("江阴市实现了全国双拥模范城“八连冠”", "江阴市成功创成全国双拥模范城“七连冠”")
    assert [(p.claim.value, p.report.value, p.agrees) for p in pairs] == [(8.0, 7.0, False)]
