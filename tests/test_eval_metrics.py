"""Eval metrics on a hand-made toy set whose expected values are computed by hand below."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.types import Answer, CheckResult, Citation, Retrieved
from wenzheng.eval import metrics as m
from wenzheng.eval.metrics import Claim, Question

E1 = "预计全年实现地区生产总值1620亿元、增长8%"  # canon length 23
P1 = "预计全年实现地区生产总值1620亿元、增长8%，其中服务业增加值增长9%。"
E2 = "一般公共预算收入164.5亿元"  # canon length 15
P2 = "一般公共预算收入164.5亿元。"
E6 = "固定资产投资302亿元"  # canon length 11
P6 = "固定资产投资 302亿元，增长5%。"  # a layout space: canon drops it
FILLER150 = "甲" * 150
FILLER100 = "乙" * 100


def cite(quote: str) -> Citation:
    """A citation of a quote (id/document/section do not matter to the metrics)."""
    return Citation(id="p", document="doc", section="s", quote=quote)


def ranked(*texts: str) -> tuple[Retrieved, ...]:
    """A ranking of passage texts."""
    return tuple(Retrieved(id=f"r{i}", text=t, score=1.0 / i) for i, t in enumerate(texts, 1))


def answer(text: str, refused: bool = False, quotes=(), retrieved=()) -> Answer:
    """An Answer as the service would return it."""
    return Answer(
        question="q",
        text=text,
        refused=refused,
        citations=tuple(cite(q) for q in quotes),
        retrieved=tuple(retrieved),
    )


TOY = [
    # q1 right; rank 2; quote contains E1; "2019" is in the answer but not in the quotes.
    (
        Question(
            "q1",
            "number",
            "2019年GDP多少？",
            answer_facts=(("1620亿元", "1620亿"), ("8%",)),
            evidence=(E1,),
        ),
        answer(
            "2019年地区生产总值预计1620亿元，增长8%。", quotes=[P1], retrieved=ranked(FILLER150, P1)
        ),
    ),
    # q2 right; rank 1; the quote is a 14/15 part of E2 (>= 60%); grounded.
    (
        Question("q2", "number", "财政收入？", answer_facts=(("164.5亿元",),), evidence=(E2,)),
        answer(
            "一般公共预算收入164.5亿元。", quotes=["一般公共预算收入164.5亿"], retrieved=ranked(P2)
        ),
    ),
    # q3 answerable but refused (a false refusal); nothing retrieved.
    (
        Question(
            "q3",
            "followup",
            "那增速呢？",
            history=("2019年GDP多少？",),
            answer_facts=(("8%",),),
            evidence=(E1,),
        ),
        answer("报告没有提到。", refused=True),
    ),
    # q4 unanswerable and refused: right.
    (Question("q4", "out_of_scope", "福州GDP？", answerable=False), answer("报告没有提到。", True)),
    # q5 unanswerable but answered: wrong; "120" is in no quote.
    (
        Question("q5", "out_of_scope", "学校几所？", answerable=False),
        answer("全区共有学校120所。", quotes=["学校建设加快推进。"]),
    ),
    # q6 wrong figure; the 6-char quote is < 60% of E6's 11 chars; "300" ungrounded;
    # evidence at rank 6, starting at character 500 of the ranking.
    (
        Question("q6", "number", "固定资产投资？", answer_facts=(("302亿元",),), evidence=(E6,)),
        answer(
            "固定资产投资300亿元。", quotes=["固定资产投资"], retrieved=ranked(*[FILLER100] * 5, P6)
        ),
    ),
]


@pytest.fixture(scope="module")
def scores() -> list[m.QuestionScore]:
    """The toy set, scored."""
    return [m.score_question(q, a) for q, a in TOY]


def test_canon_ignores_whitespace_width_and_case() -> None:
    """Comparison keys drop spaces, map full-width forms and fold case."""
    assert m.canon(" 吴 炜\n") == "吴炜"
    assert m.canon("ＧＤＰ１６２０％") == "gdp1620%"


def test_numbers_in_keeps_decimals_and_drops_thousands_commas() -> None:
    """Digit strings come out whole: decimals kept, 1,620 read as 1620, full-width digits read."""
    text = "增长7.5%，2.65亿美元，1,620亿元，２０１９年"
    assert m.numbers_in(text) == ["7.5", "2.65", "1620", "2019"]


def test_quote_hit_rule_has_a_sixty_percent_floor() -> None:
    """A part of the evidence hits at exactly 60% of its length, not below."""
    evidence = "一二三四五六七八九十"  # 10 chars
    assert m.quote_hits("一二三四五六", evidence)  # 6/10 = 60%
    assert not m.quote_hits("一二三四五", evidence)  # 5/10 = 50%
    assert m.quote_hits("前文" + evidence + "后文", evidence)  # contains the evidence
    assert not m.quote_hits("", evidence)


def test_per_question_correctness(scores) -> None:
    """Right: q1, q2 (facts present), q4 (refused unanswerable); wrong: q3, q5, q6."""
    assert [s.correct for s in scores] == [True, True, False, True, False, False]
    assert scores[5].missing_facts == (("302亿元",),)
    assert "lacks “302亿元”" in scores[5].why
    assert scores[2].why.startswith("wrong: refused")
    assert scores[4].why.startswith("wrong: answered")


def test_answer_and_refusal_helpers() -> None:
    """answer_correct needs every fact group and no refusal; refusal_correct pairs the two."""
    a = answer("1620亿元，增长8%")
    assert m.answer_correct(a, [["1620亿"], ["8%"]])
    assert not m.answer_correct(a, [["1620亿"], ["9%"]])
    assert not m.answer_correct(answer("1620亿元", refused=True), [["1620亿"]])
    assert m.refusal_correct(answerable=False, refused=True)
    assert not m.refusal_correct(answerable=True, refused=True)


def test_citation_hit_ungrounded_and_rank_per_question(scores) -> None:
    """Citation hits, ungrounded numbers and ranks match the comments on TOY."""
    assert [s.citation_hit for s in scores] == [True, True, None, None, None, False]
    assert [s.ungrounded_numbers for s in scores] == [("2019",), (), (), (), ("120",), ("300",)]
    ranks = [s.retrieval.rank if s.retrieval else None for s in scores]
    assert ranks == [2, 1, None, None, None, 6]


def test_budget_recall_needs_the_whole_evidence_inside_the_window() -> None:
    """Evidence cut by the window edge does not count; a later window holds it."""
    texts = ["甲" * 190, P1]  # E1 spans characters 190..213
    assert not m.budget_hit([E1], texts, 200)
    assert m.budget_hit([E1], texts, 500)


def test_aggregates(scores) -> None:
    """Every aggregate equals the hand computation in the comments."""
    s = m.summarize_questions(scores)
    assert s["answer_accuracy"] == 2 / 4  # answerable q1 q2 q3 q6; right q1 q2
    assert s["refusal_accuracy"] == 1 / 2  # unanswerable q4 q5; refused q4
    assert s["false_refusal_rate"] == 1 / 4  # q3 of the 4 answerable
    assert s["citation_hit"] == 2 / 3  # answered answerable q1 q2 q6; hits q1 q2
    # answered: q1 q2 q5 q6; ungrounded: q1 (2019), q5 (120), q6 (300)
    assert s["ungrounded_answers"] == {"count": 3, "rate": 3 / 4}
    # ranks over the 4 answerable with evidence: q1=2, q2=1, q3=None, q6=6
    assert s["recall_at_1"] == 1 / 4
    assert s["recall_at_5"] == 2 / 4
    assert s["mrr"] == pytest.approx((1 / 2 + 1 + 0 + 1 / 6) / 4)  # = 5/12
    r = s["pipeline_retrieval"]
    # q1: E1 ends at 150+23=173; q2: at 15; q6: starts at 500, ends at 512 (with the space)
    assert (r["budget_recall_200"], r["budget_recall_500"], r["budget_recall_1000"]) == (
        2 / 4,
        2 / 4,
        3 / 4,
    )
    assert s["counts"] == {
        "questions": 6,
        "answerable": 4,
        "unanswerable": 2,
        "answered": 4,
        "refused": 2,
        "false_refusals": 1,
        "citation_scored": 3,
        "retrieval_scored": 4,
        "errors": 0,
        "other_report_answers": 0,
        "other_place_answers": 0,
    }


def test_by_type(scores) -> None:
    """Per type: number q1 q2 q6, followup q3, out_of_scope q4 q5."""
    by_type = m.summarize_questions(scores)["by_type"]
    assert by_type["number"] == {
        "n": 3,
        "answer_accuracy": 2 / 3,
        "refusal_accuracy": None,
        "recall_at_5": 2 / 3,
    }  # ranks 2, 1, 6
    assert by_type["followup"] == {
        "n": 1,
        "answer_accuracy": 0.0,
        "refusal_accuracy": None,
        "recall_at_5": 0.0,
    }
    assert by_type["out_of_scope"] == {
        "n": 2,
        "answer_accuracy": None,
        "refusal_accuracy": 1 / 2,
        "recall_at_5": None,
    }


def test_service_error_counts_as_wrong() -> None:
    """A question the service failed on is wrong and says why."""
    q = Question("e1", "number", "?", answer_facts=(), evidence=())
    s = m.score_question(q, answer(""), error="RuntimeError: boom")
    assert not s.correct and "failed" in s.why
    assert m.summarize_questions([s])["counts"]["errors"] == 1


def verdict(label: str, *quotes: str) -> CheckResult:
    """A fact-check result with quotes."""
    return CheckResult(claim="c", verdict=label, evidence=tuple(cite(q) for q in quotes))


def test_claims_summary() -> None:
    """verdict accuracy, confusion, per-label accuracy and evidence quoting by hand."""
    partial = "一般公共预算收入164.5亿"
    scored = [
        # right, quoted
        m.score_claim(Claim("c1", "…", "supported", (E1,)), verdict("supported", P1)),
        # wrong; the partial quote does not contain E2 (strict containment): not quoted
        m.score_claim(Claim("c2", "…", "refuted", (E2,)), verdict("supported", partial)),
        m.score_claim(Claim("c3", "…", "not_found"), verdict("not_found")),  # right, not scored
        m.score_claim(Claim("c4", "…", "refuted", (E1,)), verdict("refuted", P1)),  # right, quoted
    ]
    s = m.summarize_claims(scored)
    assert s["verdict_accuracy"] == 3 / 4
    assert s["confusion"] == {
        "supported": {"supported": 1, "refuted": 0, "not_found": 0},
        "refuted": {"supported": 1, "refuted": 1, "not_found": 0},
        "not_found": {"supported": 0, "refuted": 0, "not_found": 1},
    }
    assert s["per_label_accuracy"] == {"supported": 1.0, "refuted": 1 / 2, "not_found": 1.0}
    assert s["evidence_quoted"] == 2 / 3 and s["evidence_scored"] == 3  # c1 c2 c4; quoted c1 c4


def test_empty_sets_give_none() -> None:
    """Metrics without a denominator are None, not zero."""
    s = m.summarize_questions([])
    assert s["answer_accuracy"] is None and s["mrr"] is None
    assert m.summarize_claims([])["verdict_accuracy"] is None


def test_yes_no_question_needs_the_right_opening_word():
    """A yes/no question the report decides is right only when the answer opens with 是/否."""
    q = m.Question(
        id="y",
        type="yesno",
        question="GDP增长超过10%了吗？",
        answer_facts=(("8%",),),
        expected_yesno="no",
    )
    wrong = Answer(question=q.question, text="2019年：地区生产总值增长8%。", refused=False)
    right = Answer(question=q.question, text="2019年：否，地区生产总值增长8%。", refused=False)
    assert not m.score_question(q, wrong).correct
    assert m.score_question(q, right).correct


def test_an_answer_citing_a_report_other_than_the_gold_one_is_counted() -> None:
    """With `doc` in the gold, a citation of any other report marks the answer."""
    from wenzheng.bot.core.types import Answer, Citation
    from wenzheng.eval.metrics import Question, score_question

    q = Question(id="m1", type="t", question="江宁区GDP", answer_facts=(("1",),), docs=("a",))
    own = Citation(id="a:1", document="A", section="", quote="1")
    other = Citation(id="b:2", document="B", section="", quote="1")
    assert (
        score_question(q, Answer("江宁区GDP", "1", False, citations=(own,))).other_report is False
    )
    both = Answer("江宁区GDP", "1", False, citations=(own, other))
    assert score_question(q, both).other_report is True
    refused = Answer("江宁区GDP", "没有", True, citations=(other,))
    assert score_question(q, refused).other_report is None


def test_another_years_report_of_the_same_place_is_not_another_place() -> None:
    """A target's report and its result's report (one place, two years) count as other
    reports but not as another place; a third region's report counts as both."""
    from wenzheng.bot.core.types import Answer, Citation
    from wenzheng.eval.metrics import Question, score_question

    regions = {"jn-2021": "江宁区", "jn-2022": "江宁区", "gl-2022": "鼓楼区"}
    q = Question(id="m2", type="t", question="江宁区2021年GDP目标和实际", docs=("jn-2021",))
    target = Citation(id="jn-2021:1", document="A", section="", quote="增长7%")
    result = Citation(id="jn-2022:2", document="B", section="", quote="增长8.7%")
    elsewhere = Citation(id="gl-2022:3", document="C", section="", quote="增长8.7%")
    pair = score_question(
        q, Answer(q.question, "7% 8.7%", False, citations=(target, result)), "", regions
    )
    assert (pair.other_report, pair.other_place) == (True, False)
    wrong = score_question(
        q, Answer(q.question, "8.7%", False, citations=(elsewhere,)), "", regions
    )
    assert (wrong.other_report, wrong.other_place) == (True, True)
    assert (
        score_question(q, Answer(q.question, "8.7%", False, citations=(result,))).other_place
        is None
    )
