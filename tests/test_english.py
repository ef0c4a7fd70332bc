"""English answers to figure questions open with one English sentence, units converted exactly."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from wenzheng.bot.core.english import EnglishOpener, figure_in_english, place_in_english
from wenzheng.bot.core.grounding import ungrounded_numbers
from wenzheng.bot.core.lexicon import Lexicon
from wenzheng.bot.core.query import understand
from wenzheng.bot.core.types import Answer, Citation
from wenzheng.corpus.loader import parse_document
from wenzheng.corpus.model import DocumentMeta
from wenzheng.corpus.quantities import extract_quantities
from wenzheng.corpus.time import year_frames

# A short report of an invented district, written for these tests (figures invented).
REPORT = """政 府 工 作 报 告
2021年政府主要工作回顾
——经济发展稳中有进。预计全年实现地区生产总值2750亿元、增长5.1%；一般公共预算收入2.65亿元。
——民生事业持续改善。全年城镇新增就业4.1万人，城镇登记失业率1.9%，新建社区卫生服务站6家。
2022年政府主要工作任务
今年全区经济社会发展的主要预期目标为：地区生产总值增长7%以上；外贸进出口总额超过400亿元。
"""
META = DocumentMeta(
    id="jiangning-2022",
    title="南京市江宁区2022年政府工作报告",
    issuer="南京市江宁区人民政府",
    year=2022,
    date="2022-01-08",
    region="南京市江宁区",
)


def _english(text: str) -> str | None:
    """The one figure of a text, in English."""
    (q,) = [q for q in extract_quantities(text) if not q.attributive]
    return figure_in_english(q)


@pytest.mark.parametrize(
    ("written", "english"),
    [
        ("1620亿元", "162 billion yuan"),
        ("2.65亿元", "265 million yuan"),
        ("164.5亿元", "16.45 billion yuan"),
        ("2.6亿美元", "260 million US dollars"),
        ("3.5万元", "35,000 yuan"),
        ("5千万元", "50 million yuan"),
        ("1.2万亿元", "1.2 trillion yuan"),
        ("3.2万人", "32,000 people"),
        ("180万人次", "1.8 million person-times"),
        ("12.5万平方米", "125,000 square metres"),
        ("8%", "8%"),
        ("7.5%以上", "at least 7.5%"),
        ("超过400亿元", "more than 40 billion yuan"),
        ("0.5个百分点", "0.5 percentage points"),
    ],
)
def test_figures_are_converted_to_english_magnitudes_exactly(written, english):
    """亿 is 100 million and 万 ten thousand: 1620亿元 is 162 billion yuan, 3.5万元 35,000 yuan."""
    assert _english(written) == english


@pytest.mark.parametrize("written", ["272家", "一千亿元", "5-10%", "第三", "43.4微克/立方米"])
def test_figures_without_a_sure_english_form_have_none(written):
    """Counted things, Chinese numerals, ranges and ranks are not put into English."""
    assert _english(written) is None


def test_converted_figures_are_grounded_by_the_chinese_quote():
    """The grounding rule reads "162 billion" as the quote's 1620亿, and nothing looser."""
    quote = ["预计全年实现地区生产总值1620亿元、增长8%，3.5万元"]
    assert ungrounded_numbers("GDP was 162 billion yuan, up 8% [1]; 35,000 yuan", quote) == []
    assert ungrounded_numbers("GDP was 16.2 billion yuan", quote) == ["16.2"]
    assert ungrounded_numbers("GDP was 162 yuan", quote) == ["162"]


def test_the_place_is_the_regions_own_short_name_in_pinyin():
    """南京市鼓楼区 is Gulou, read from the region name, not from a list."""
    assert place_in_english("南京市鼓楼区") == "Gulou"
    assert place_in_english("南京市江宁区") == "Jiangning"


@pytest.fixture(scope="module")
def report():
    """The invented report, parsed, with the lexicon its questions are read by."""
    doc = parse_document(REPORT, META)
    return doc, Lexicon.load()


def _sentence(report, question: str, lexicon: Lexicon | None = None) -> str | None:
    """The English sentence for a question, every passage with a figure cited and bound to it."""
    doc, default = report
    lexicon = lexicon or default
    query = understand(question, (), lexicon, year_frames([doc]))
    passages = [p for p in doc.passages if p.kind == "sentence" and re.search(r"\d", p.text)]
    citations = tuple(Citation(p.id, META.title, p.section_path, p.text) for p in passages)
    answer = Answer(question, "…", refused=False, citations=citations)
    opener = EnglishOpener(lexicon, [doc])
    return opener.sentence(query, answer, passages, lambda text: 1.0)


def test_a_result_level_opens_with_its_year_place_indicator_and_growth(report):
    """A level given with its growth: year, place, English indicator, converted figure, up x%."""
    sentence = _sentence(report, "What was the GDP in 2021?")
    assert sentence == "In 2021, Jiangning's GDP was an estimated 275 billion yuan, up 5.1% [1]."


def test_a_target_rate_reads_as_the_years_target(report):
    """A target frame: "The 2022 target for … is growth of at least 7%"."""
    sentence = _sentence(report, "What GDP growth target was set for 2022?")
    assert sentence == "The 2022 target for Jiangning's GDP is growth of at least 7% [3]."


def test_people_and_rates_keep_their_units(report):
    """万人 become people; a rate stays a percentage."""
    jobs = _sentence(report, "How many new urban jobs were created in 2021?")
    assert jobs == "In 2021, Jiangning's new urban employment was 41,000 people [2]."
    rate = _sentence(report, "What was the registered urban unemployment rate in 2021?")
    assert rate == "In 2021, Jiangning's registered urban unemployment rate was 1.9% [2]."


def test_an_indicator_without_an_english_name_gives_no_sentence(report):
    """With GDP missing from the glossary there is no English sentence, not a guessed name."""
    lexicon = report[1]
    glossary = {k: v for k, v in lexicon.glossary.items() if k != "地区生产总值"}
    unnamed = replace(lexicon, glossary=glossary)
    assert _sentence(report, "What was the GDP in 2021?", unnamed) is None


def test_a_year_the_passage_does_not_speak_of_gives_no_sentence(report):
    """A question about another year never gets this year's figure in English."""
    assert _sentence(report, "What was the GDP in 2020?") is None


def test_an_english_gdp_question_opens_with_a_grounded_english_sentence(fake_service):
    """The whole answer: the English sentence first, then the Chinese clauses, all grounded."""
    from wenzheng.eval.metrics import ungrounded

    answer = fake_service.answer("What was Gulou's GDP in 2019?")
    assert answer.text.startswith(
        "In 2019, Gulou's GDP was an estimated 162 billion yuan, up 8% [1]. 2019: "
    )
    assert "1620亿元" in answer.citations[0].quote
    assert not ungrounded(answer)


def test_chinese_questions_get_no_english_sentence(fake_service):
    """The same question in Chinese is answered as before, in Chinese only."""
    answer = fake_service.answer("2019年鼓楼区地区生产总值是多少？")
    assert answer.text.startswith("2019年：") and "billion" not in answer.text


def test_joined_answers_renumber_their_markers_to_the_joined_citations():
    """Two answers in one reply: the second's "[1]" becomes the number of its own citation."""
    from wenzheng.bot.core.compose import combine

    gdp, jobs = (Citation(str(i), "r", "s", q) for i, q in enumerate(["1620亿元", "3.2万人"]))
    first = Answer("q1", "In 2019, Gulou's GDP was 162 billion yuan [1]. 2019: …", False, (gdp,))
    second = Answer("q2", "In 2019, … was 32,000 people [1]. 2019: …", False, (jobs,))
    joined = combine("q1 q2", [first, second])
    assert joined.citations == (gdp, jobs)
    assert "162 billion yuan [1]." in joined.text and "32,000 people [2]." in joined.text


def test_a_modified_indicator_asked_gets_no_sentence_of_the_plain_one(report):
    """Per-capita GDP asked: the GDP total is not put into English as if it answered."""
    assert _sentence(report, "What was the per capita GDP in 2021?") is None


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What is Zhangjiagang's GDP growth target for 2024?", "Zhangjiagang"),
        ("How many jobs were created in Kunshan?", "Kunshan"),
        ("What was Gulou's GDP in 2019?", ""),  # the corpus's own place
        ("What changed in Gulou District?", ""),
        ("Did Nanjing's economy grow?", ""),  # its city
    ],
)
def test_a_place_in_pinyin_the_corpus_does_not_cover_is_named(question, place):
    """A capitalized word used as a place that reads as pinyin syllables and is none of the
    corpus's places (nor their cities) names another place; no list of places is kept."""
    from wenzheng.bot.core.pinyin_places import foreign_pinyin_place

    assert foreign_pinyin_place(question, ["gulou", "nanjing"], []) == place


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did gulou's GDP top 160 billion yuan in 2019?", "2019年鼓楼地区生产总值超过1600亿元"),
        ("Did new urban jobs in 2019 exceed 30,000 people?", "2019年城镇新增就业超过3万人"),
        ("Was the 2020 GDP growth target above 8%?", "2020年地区生产总值增长目标超过8%"),
    ],
)
def test_an_english_yes_no_question_is_the_chinese_claim_it_asks_about(question, claim):
    """Figures are converted exactly (160 billion = 1600亿), comparisons become the hedges the
    fact-checker reads, the rest is the lexicon's translation (a stand-in here)."""
    from wenzheng.bot.core.yesno import english_claim, is_yes_no_english

    words = {
        "gulou": "鼓楼", "'s": "", "gdp": "地区生产总值", "growth": "增长", "target": "目标",
        "new urban jobs": "城镇新增就业",
    }  # fmt: skip

    def translate(text: str) -> str:
        for en, zh in sorted(words.items(), key=lambda w: -len(w[0])):
            text = text.replace(en, f" {zh} ")
        return text

    assert is_yes_no_english(question)
    assert english_claim(question, translate) == claim
    assert not is_yes_no_english("What was Gulou's GDP in 2019?")


def test_contractions_and_possessives_name_no_term(fake_service):
    """ "what's" and "Gulou's" leave no stray "s" to be looked for in the report: the
    follow-up asks for the target of the indicator before it."""
    answer = fake_service.answer(
        "and what's the target for 2020?",
        ["How much foreign investment did Gulou actually use in 2019?"],
    )
    assert not answer.refused and "2.6亿美元" in answer.text


def test_an_english_growth_question_asks_for_a_rate(fake_service):
    """ "growth" asks for a rate though the lexicon turns the indicator into Chinese."""
    answer = fake_service.answer("What's the retail sales growth target for 2020?")
    assert not answer.refused and "社会消费品零售总额增长7%以上" in answer.text


def test_which_year_a_mark_was_passed_is_read_from_the_look_back(fake_service):
    """ "In which year did … pass 100 billion" is 哪一年…突破1000亿: the past tense names
    no one year's review, so the five-year look-back that dates the mark answers."""
    answer = fake_service.answer("In which year did Gulou's GDP first pass 100 billion yuan?")
    assert not answer.refused and "2015" in answer.text


def test_did_beside_a_plan_or_a_span_word_is_no_result_word():
    """ "did … plan to add" asks the plan; "did … create over the five years" the look-back:
    "did" is the tense, not the year's review."""
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import detect_frame
    from wenzheng.corpus.model import FRAME_SPAN, FRAME_TARGETS

    lexicon = Lexicon.load()
    plan = "how many 养老床位 did 鼓楼 plan to add"
    assert detect_frame(plan, lexicon) == FRAME_TARGETS
    assert detect_frame("how many jobs did 鼓楼 create over the five years", lexicon) == FRAME_SPAN


def test_english_words_the_reports_never_write_are_no_terms(fake_service):
    """ "create", "over" stay untranslated: as terms they would lower every passage's
    coverage; the report's own terms ("PM2.5") stay."""
    query = fake_service._understand("How many jobs did Gulou create over the year?", ())
    assert not {"create", "over"} & set(query.terms)
    pm = fake_service._understand("What was the PM2.5 concentration in 2019?", ())
    assert any("pm2.5" in t.lower() for t in pm.terms)


@pytest.mark.parametrize(
    "question",
    [
        "What was the average annual GDP growth over the five years to 2021?",
        "What was the average annual GDP growth in the past 5 years through 2021?",
    ],
)
def test_the_years_to_the_reviewed_year_ask_the_look_back_not_that_year(report, question):
    """ "over the five years to 2019" is the look-back ending in the year reviewed (过去五年),
    and "was" is its tense, no frame of its own."""
    doc, lexicon = report
    query = understand(question, (), lexicon, year_frames([doc]))
    assert query.frame == "span" and query.years == ()
    assert "过去五年" in query.text
