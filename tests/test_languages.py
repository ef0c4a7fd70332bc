"""Questions the core cannot read are told which languages it understands; escapes are dropped."""

from __future__ import annotations

import pytest

GDP = "2019年鼓楼区地区生产总值是多少？"


@pytest.mark.parametrize(
    "question",
    [
        "鼓楼区の2019年のGDPはいくらですか？",
        "2019년 구러우구의 GDP는 얼마입니까?",
        "ما هو الناتج المحلي الإجمالي لمنطقة قولو في عام 2019؟",
        "Какой ВВП района Гулоу в 2019 году?",
    ],
)
def test_other_languages_are_told_which_are_understood(fake_service, question):
    """Japanese, Korean, Arabic or Russian: "Chinese and English only", not "not in the report"."""
    answer = fake_service.answer(question)
    assert answer.refused and answer.reason == "language"
    assert "中文和英文" in answer.text and "Chinese and English" in answer.text


def test_terminal_escape_codes_are_dropped_not_read(fake_service):
    """A question wrapped in colour codes is answered exactly like the plain question."""
    coloured = fake_service.answer(f"\x1b[1;31m{GDP}\x1b[0m\x1b]0;title\x07")
    plain = fake_service.answer(GDP)
    assert not coloured.refused and coloured.text == plain.text


def test_a_chinese_follow_up_after_a_japanese_question_is_answered(fake_service):
    """The language refusal of an earlier question does not block the next Chinese one."""
    answer = fake_service.answer(GDP, ["鼓楼区のGDPはいくらですか？"])
    assert not answer.refused and "1620" in answer.text


def test_hong_kong_and_taiwan_words_are_the_reports_words(fake_service):
    """長者 (老人), 安老 (养老) and 成長 (增长) as written in Hong Kong and Taiwan find the
    report's figures."""
    beds = fake_service.answer("長者每一千人有幾張安老床位？")
    assert not beds.refused and "43.4" in beds.text
    growth = fake_service.answer("今年GDP成長目標訂多少？")
    assert not growth.refused and "7.5%" in growth.text
