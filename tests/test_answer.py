"""The answering core: direct answers, time frames, follow-ups, refusals and grounding."""

from __future__ import annotations

import pytest
from wenzheng.eval.metrics import ungrounded_numbers

from wenzheng.errors import InputError


def test_empty_question_is_an_input_error(fake_service):
    """An empty or whitespace-only question raises InputError (the CLI turns it into exit 2)."""
    with pytest.raises(InputError):
        fake_service.answer("   \n ")


@pytest.mark.parametrize(
    "question",
    [
        "好" * 10_000,
        "😀🎉🏛️",
        "\x00\x07GDP\x1b[31m",
        "鼓楼GDP多少？what about 2019 年 <b>x</b>",
        "？？？",
    ],
)
def test_hostile_input_gets_an_answer_or_a_refusal(fake_service, question):
    """Huge, emoji, control-character and mixed-script questions never raise."""
    answer = fake_service.answer(question)
    assert answer.text
    assert answer.refused or answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("吴炜区长的手机号是多少？", "personal"),
        ("营业执照怎么办理？", "procedure"),
        ("玄武区2019年地区生产总值是多少？", "place"),
        ("2021年鼓楼区地区生产总值目标是多少？", "year"),
        ("2016年鼓楼的一般公共预算收入是多少？", "year"),
    ],
)
def test_out_of_scope_questions_are_refused_with_a_reason(fake_service, question, reason):
    """Personal data, procedures, other places and other years are refused, saying why."""
    answer = fake_service.answer(question)
    assert answer.refused and answer.reason == reason
    assert not answer.citations


def test_road_names_are_not_taken_for_other_cities(fake_service):
    """ "上海路" is a road in the report, not the city of Shanghai."""
    assert (
        fake_service.ranker.foreign_place(
            __import__("wenzheng.bot.core.query", fromlist=["understand"]).understand(
                "上海路整治了吗", (), fake_service.lexicon, fake_service.ranker.known_years
            )
        )
        is None
    )


def test_answer_json_has_the_contract_fields(fake_service):
    """to_json() gives question, answer, refused, mode, citations and ranked retrieved passages."""
    data = fake_service.answer("2019年鼓楼区地区生产总值是多少？").to_json()
    assert set(data) == {
        "question",
        "answer",
        "refused",
        "reason",
        "mode",
        "citations",
        "retrieved",
    }
    assert data["mode"] == "extractive"  # no model endpoint configured
    assert all(set(c) == {"id", "document", "section", "quote"} for c in data["citations"])
    assert all(set(r) == {"id", "text", "score"} for r in data["retrieved"])
    scores = [r["score"] for r in data["retrieved"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.model
class TestWithTheRealModel:
    """Behaviour that depends on retrieval quality, checked with the default model."""

    def test_2019_result_names_its_year_and_figures(self, real_service):
        """A 2019 question gets the 2019 figures and says 2019."""
        a = real_service.answer("去年鼓楼的GDP是多少？")
        assert not a.refused
        assert "1620亿元" in a.text and "2019" in a.text

    def test_the_year_a_part_heading_gives_is_the_section_not_a_quote(self, real_service):
        """ "2019年：…" is grounded by the citation's section "2019年政府主要工作回顾"; the part
        heading is not cited again as a quote of its own."""
        a = real_service.answer("2019年鼓楼区地区生产总值是多少？")
        assert a.text.startswith("2019年") and "2019" in a.citations[0].section
        assert all(c.quote != c.section for c in a.citations)
        assert not ungrounded_numbers(a)

    def test_2020_target_is_not_confused_with_the_2019_result(self, real_service):
        """The software-revenue target for 2020 is 12%, the 2019 result 14%."""
        target = real_service.answer("今年软件业务收入计划增长多少？")
        result = real_service.answer("2019年软件业务收入增长了多少？")
        assert "12%" in target.text and "2020" in target.text
        assert "14%" in result.text and "12%" not in result.text

    def test_follow_up_uses_the_previous_question(self, real_service):
        """ "那计划是多少？" after a GDP question answers with the 2020 GDP target."""
        a = real_service.answer("那今年的目标呢？", ["2019年鼓楼的地区生产总值是多少？"])
        assert not a.refused and "7.5%" in a.text

    def test_traditional_characters_are_understood(self, real_service):
        """A question in traditional characters is answered like its simplified twin."""
        a = real_service.answer("去年鼓樓區的一般公共預算收入是多少？")
        assert "164.5亿元" in a.text

    def test_english_question_is_answered(self, real_service):
        """An English question finds the Chinese passage and answers in English framing."""
        a = real_service.answer("How much foreign capital did Gulou actually use in 2019?")
        assert not a.refused and "2.65" in a.text

    def test_colloquial_words_reach_report_terms(self, real_service):
        """ "加装电梯" finds "既有住宅增设电梯"; "菜市场" finds "农贸市场"."""
        assert "增设电梯" in real_service.answer("今年老小区加装电梯有什么打算？").text
        assert "农贸市场" in real_service.answer("去年改造了多少家菜市场？").text

    def test_list_intro_is_answered_with_its_items(self, real_service):
        """A question about "以下六个方面工作" lists the six section headings."""
        a = real_service.answer("今年政府重点要做哪六个方面的工作？")
        assert not a.refused
        assert "凝心聚力稳增长" in a.text and "坚持不懈保安全" in a.text

    def test_facts_the_report_lacks_are_refused(self, real_service):
        """The report never gives the district's population: say so rather than quote nearby."""
        assert real_service.answer("鼓楼区常住人口有多少？").refused

    def test_every_number_in_every_answer_is_in_its_citations(self, real_service, gold_questions):
        """The grounding rule, over every gold question (dev, test and holdout)."""
        offenders = []
        for q in gold_questions:
            a = real_service.answer(q["question"], q.get("history") or [])
            if not a.refused and ungrounded_numbers(a):
                offenders.append((q["id"], a.text, ungrounded_numbers(a)))
        assert offenders == []

    def test_dev_set_accuracy_does_not_regress(self, real_service):
        """Answer and refusal accuracy on the dev set stay at or above the recorded floor."""
        from tests.conftest import GOLD, read_jsonl

        rows = read_jsonl(GOLD / "questions_dev.jsonl")
        right = [
            (
                a.refused
                if not q["answerable"]
                else (not a.refused and all(any(x in a.text for x in g) for g in q["answer_facts"]))
            )
            for q in rows
            for a in [real_service.answer(q["question"], q.get("history") or [])]
        ]
        assert sum(right) / len(right) >= 0.80


def test_pipeline_is_a_langchain_runnable(fake_service):
    """service.retriever() is a LangChain retriever: invoke() returns Documents with metadata."""
    docs = fake_service.retriever(k=3).invoke("2019年鼓楼区地区生产总值是多少？")
    assert 1 <= len(docs) <= 3
    assert all(d.metadata["id"] and d.metadata["section"] for d in docs)
    assert docs[0].metadata["score"] >= docs[-1].metadata["score"]


def test_structure_question_lists_the_parts(fake_service):
    """ "报告分成哪几部分" is answered with the report's part headings, cited."""
    a = fake_service.answer("这份报告分成哪几个部分？")
    assert not a.refused
    assert "2019年政府主要工作回顾" in a.text and "2020年政府主要工作任务" in a.text
    assert {c.quote for c in a.citations} >= {"2019年政府主要工作回顾", "2020年政府主要工作任务"}


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("去年一般公共预算收入有没有超过160亿？", "去年一般公共预算收入超过160亿"),
        ("去年垃圾分类集中处理率有没有到70%", "去年垃圾分类集中处理率不低于70%"),
        ("去年gdp到没到1600亿", "去年gdp不低于1600亿"),
    ],
)
def test_a_yes_no_question_with_a_comparison_is_that_comparison_claimed(question, claim):
    from wenzheng.bot.core.yesno import as_claim, is_yes_no

    assert is_yes_no(question)
    assert as_claim(question) == claim


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("听说金陵饭店拿了市长质量奖 真的吗", "金陵饭店拿了市长质量奖"),
        ("听说鼓楼建了退役军人服务站是真的吗", "鼓楼建了退役军人服务站"),
    ],
)
def test_hearsay_asked_about_is_the_claim_without_the_hearsay(question, claim):
    from wenzheng.bot.core.yesno import as_claim, is_yes_no

    assert is_yes_no(question)
    assert as_claim(question).replace(" ", "") == claim


def test_a_target_compared_with_last_years_result_is_answered_yes_or_no(real_service):
    """The target and the result are each answered in their own frame; 2.68万 < 3.2万."""
    a = real_service.answer("今年城镇新增就业目标是不是比去年实际完成的多")
    assert a.text.startswith("否。")
    assert "2.68万人" in a.text and "3.2万人" in a.text


def test_a_yes_no_question_in_other_words_for_the_same_act_opens_with_yes(fake_service):
    """ "结成友城" is the report's "缔结友城关系": the passage states every word of the claim."""
    answer = fake_service.answer("鼓楼和意大利索伦托结成友城了吗？")
    assert answer.text.startswith("是") and "索伦托" in answer.text
