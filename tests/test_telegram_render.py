"""Tests of the pure Telegram rendering: HTML, splitting, buttons and callback keys."""

from __future__ import annotations

import re

import pytest
from wenzheng.bot.core.types import Answer, CheckResult, Citation, FigureDifference, Retrieved
from wenzheng.bot.telegram.render import (
    EXAMPLE_QUESTIONS,
    MAX_CALLBACK_BYTES,
    CallbackRegistry,
    answer_keyboard,
    help_keyboard,
    parse_callback,
    passage_text,
    render_answer,
    render_check,
    render_help,
    render_passage,
    shorten_quote,
    split_html,
    utf16_len,
)
from wenzheng.corpus.model import DocumentMeta

from tests.fake_bot_api import GDP_CITATION, parse_telegram_html

HOSTILE = '<script>alert("x")</script> & <b>粗体</b> &amp; 1 < 2 > 0'


def well_formed(text: str) -> str:
    """The visible text of `text`, failing the test if Telegram would reject the HTML."""
    visible, errors = parse_telegram_html(text)
    assert errors == [], errors
    return visible


def test_answer_puts_direct_answer_first_then_numbered_citations() -> None:
    """An answer renders its text first, then "[n] section — «quote»" lines in order."""
    second = Citation("gulou-2020:aa", "报告", "二、目标", "增长7.5%以上")
    answer = Answer("GDP?", "2019年增长8%。", False, (GDP_CITATION, second))
    visible = well_formed(render_answer(answer))
    assert visible.startswith("2019年增长8%。")
    first_at = visible.index(f"[1] {GDP_CITATION.section} — «{GDP_CITATION.quote}»")
    assert first_at < visible.index("[2] 二、目标 — «增长7.5%以上»")


def test_everything_from_users_and_documents_is_escaped() -> None:
    """HTML-looking text in answers, sections and quotes comes out as literal text."""
    citation = Citation("d:1", "doc", HOSTILE, HOSTILE)
    answer = Answer(HOSTILE, HOSTILE, False, (citation,))
    visible = well_formed(render_answer(answer, note=HOSTILE))
    assert visible.count('<script>alert("x")</script>') == 4  # note, text, section, quote
    check = CheckResult(
        HOSTILE, "refuted", (citation,), HOSTILE, (FigureDifference(HOSTILE, HOSTILE, HOSTILE),)
    )
    # claim, three figures, explanation, section, quote
    assert well_formed(render_check(check)).count("<b>粗体</b>") == 7


def test_refused_answer_says_the_report_does_not_mention_it() -> None:
    """A refusal reads "报告未提及" with the core's message and lists no sources."""
    visible = well_formed(render_answer(Answer("天气", "报告没有谈到天气。", True)))
    assert "报告未提及" in visible and "报告没有谈到天气。" in visible
    assert "出处" not in visible
    assert "报告中没有找到" in well_formed(render_answer(Answer("q", "", True)))


@pytest.mark.parametrize(
    ("verdict", "label"),
    [("supported", "✅ 属实"), ("refuted", "❌ 与报告不符"), ("not_found", "❔ 报告未提及")],
)
def test_check_verdicts_are_shown_in_chinese(verdict: str, label: str) -> None:
    """Each fact-check verdict has its Chinese label at the top."""
    visible = well_formed(render_check(CheckResult("说法", verdict)))  # type: ignore[arg-type]
    assert visible.startswith(label)


def test_check_shows_claimed_figure_next_to_reported_and_the_quotes() -> None:
    """A refuted claim shows the claimed and the report's figure and the deciding quote."""
    result = CheckResult(
        "增长9%",
        "refuted",
        (GDP_CITATION,),
        "增速不符。",
        (FigureDifference("地区生产总值增速", "9%", "8%"),),
    )
    visible = well_formed(render_check(result))
    assert "地区生产总值增速：说法为 9%，报告为 8%" in visible
    assert GDP_CITATION.quote in visible and "增速不符。" in visible


def test_long_quotes_are_shortened_without_cutting_a_number() -> None:
    """Quotes over the limit end with "…", at punctuation if possible, never inside a number."""
    assert shorten_quote("短句。") == "短句。"
    with_marks = "前言" * 40 + "，" + "后文" * 40
    assert shorten_quote(with_marks, 120).endswith("，…")
    digits = "增" * 118 + "1620亿元"
    short = shorten_quote(digits, 120)
    assert short.endswith("…") and not re.search(r"\d…", short)


def test_short_text_is_one_message() -> None:
    """Text within the limit is returned unchanged as a single message."""
    assert split_html("<b>短</b>") == ["<b>短</b>"]


def test_long_text_splits_at_paragraphs_within_the_limit() -> None:
    """Long text splits between paragraphs, each part within the limit and well-formed."""
    paragraphs = [f"第{i}段。" + "内容" * 300 for i in range(20)]
    text = "\n\n".join(paragraphs)
    parts = split_html(text)
    assert len(parts) > 1
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert "\n\n".join(parts) == text  # breaks fell exactly on paragraph boundaries


def test_split_never_breaks_tags_or_entities_and_reopens_open_tags() -> None:
    """A long bold run of escaped text splits into parts that are each valid HTML."""
    text = "<b>" + "&amp;&lt;数据1620亿元" * 800 + "</b>"
    parts = split_html(text, limit=1000)
    assert len(parts) > 1
    visible = ""
    for part in parts:
        assert utf16_len(part) <= 1000
        assert part.startswith("<b>") and part.endswith("</b>")
        visible += well_formed(part)
    assert visible == well_formed(text)


def test_split_counts_utf16_units() -> None:
    """Emoji count as two units, so a line of emoji splits earlier than its length suggests."""
    parts = split_html("👍" * 3000)
    assert len(parts) == 2 and all(utf16_len(p) <= 4096 for p in parts)


def test_answer_keyboard_has_one_source_button_per_citation_and_feedback() -> None:
    """Buttons: "📄 原文 n" per citation then 👍/👎, all callback_data under 64 bytes."""
    registry = CallbackRegistry()
    long_id = "gulou-2020:" + "f" * 200
    data = [registry.add_passage(Citation(long_id + str(i), "d", "s", "q"), "q") for i in range(6)]
    markup = answer_keyboard(data, registry.add_answer("问", "答"))
    buttons = [b for row in markup.inline_keyboard for b in row]
    assert [b.text for b in buttons[:6]] == [f"📄 原文 {i}" for i in range(1, 7)]
    assert buttons[-2].text.startswith("👍") and buttons[-1].text.startswith("👎")
    all_buttons = buttons + [b for row in help_keyboard().inline_keyboard for b in row]
    assert all(len(b.callback_data.encode()) < MAX_CALLBACK_BYTES for b in all_buttons)


def test_registry_maps_short_keys_back_and_forgets_the_oldest() -> None:
    """Short keys resolve to the stored passage/answer; beyond capacity the oldest expire."""
    registry = CallbackRegistry(capacity=2)
    keys = [
        parse_callback(registry.add_passage(Citation(f"id{i}", "d", "s", f"q{i}"), f"t{i}"))
        for i in range(3)
    ]
    assert all(kind == "p" for kind, _ in keys)
    assert registry.passage(keys[0][1][0]) is None
    assert registry.passage(keys[2][1][0]).text == "t2"
    answer_key = registry.add_answer("问", "答")
    assert registry.answer(answer_key).question == "问"
    assert parse_callback(None) == ("", [])


def test_passage_view_uses_the_retrieved_passage_and_bolds_the_quote() -> None:
    """Opening a source shows the full retrieved passage with the quoted words in bold."""
    full = "综合实力稳步提升。全区实现地区生产总值1620亿元、增长8%，位居前列。"
    answer = Answer("q", "a", False, (GDP_CITATION,), (Retrieved(GDP_CITATION.id, full, 1.0),))
    text = passage_text(answer, GDP_CITATION)
    assert text == full
    rendered = render_passage(GDP_CITATION, text)
    assert f"<b>{GDP_CITATION.quote}</b>" in rendered
    assert full in well_formed(rendered)
    bare = Answer("q", "a", False, (GDP_CITATION,))
    assert passage_text(bare, GDP_CITATION) == GDP_CITATION.quote


def test_help_lists_documents_and_example_questions() -> None:
    """/help names each report's title, year and issuer and shows the example questions."""
    doc = DocumentMeta("d", "<某>区2021年政府工作报告", "某区人民政府", 2021, "2021-01-05")
    visible = well_formed(render_help([doc]))
    assert "<某>区2021年政府工作报告（2021年，某区人民政府）" in visible
    assert "/check" in visible and EXAMPLE_QUESTIONS[0] in visible
