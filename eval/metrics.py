"""Scoring of the gold set: per-question and per-claim scores, and their aggregates.

Pure and deterministic: string containment only, no model and no LLM judge. Every text
comparison goes through `canon` (NFKC, case-folded, all whitespace removed), so layout
spaces, full-width digits and "GDP"/"gdp" never decide a score. docs/eval.md defines
each metric in words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from wenzheng.bot.core.grounding import numbers_in as numbers_in  # re-exported
from wenzheng.bot.core.grounding import ungrounded_numbers as _ungrounded_in
from wenzheng.bot.core.types import Answer, CheckResult

RECALL_KS = (1, 5)
BUDGETS = (200, 500, 1000)
# A quote shorter than the evidence still hits when it covers at least this share of it.
MIN_QUOTE_SHARE = 0.6
LABELS = ("supported", "refuted", "not_found")

T = TypeVar("T")

_WS = re.compile(r"\s+")
# Numbers are read by `numbers_in` (wenzheng.bot.core.grounding): the one rule shared with
# the check of generated answers, so the eval and the guard agree on what is grounded. A
# number is grounded as digits or as the same value with its magnitude ("162 billion" by
# "1620亿"), which is how the English opening of an English answer is checked.


@dataclass(frozen=True)
class Question:
    """One gold question; `answer_facts` holds groups of alternatives, one per fact."""

    id: str
    type: str
    question: str
    history: tuple[str, ...] = ()
    answerable: bool = True
    answer_facts: tuple[tuple[str, ...], ...] = ()
    evidence: tuple[str, ...] = ()
    expected_yesno: str | None = None  # "yes" / "no" when the report decides a yes/no question
    reason: str | None = None  # why an unanswerable question has no answer (not_stated, ...)
    docs: tuple[str, ...] = ()  # in a corpus of several reports: the ones that answer it


@dataclass(frozen=True)
class Claim:
    """One gold claim with its expected verdict and the report's deciding text."""

    id: str
    claim: str
    label: str
    evidence: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()  # the reports that decide it, when the corpus holds several


@dataclass(frozen=True)
class RetrievalScore:
    """Where the evidence turned up in one ranking: its rank and the budget windows hit."""

    rank: int | None
    budget_hits: tuple[tuple[int, bool], ...]

    def hit_within(self, budget: int) -> bool:
        """True when the evidence lies wholly inside the first `budget` characters."""
        return dict(self.budget_hits).get(budget, False)


@dataclass(frozen=True)
class QuestionScore:
    """Everything the eval concludes about one answered question."""

    id: str
    type: str
    answerable: bool
    refused: bool
    correct: bool
    missing_facts: tuple[tuple[str, ...], ...]
    citation_hit: bool | None  # None when not scored (refused, unanswerable, no evidence)
    ungrounded_numbers: tuple[str, ...]
    retrieval: RetrievalScore | None  # None for unanswerable questions or without evidence
    why: str
    error: str = ""
    other_report: bool | None = None  # cites a report other than the gold ones (None: unscored)
    other_place: bool | None = None  # cites a report of a region none of the gold ones covers


@dataclass(frozen=True)
class ClaimScore:
    """What the eval concludes about one fact-checked claim."""

    id: str
    label: str
    verdict: str
    correct: bool
    evidence_quoted: bool | None  # None for not_found claims or claims without evidence
    other_report: bool | None = None  # quotes a report other than the gold ones
    other_place: bool | None = None  # quotes a report of a region none of the gold ones covers
    # numbers of the explanation that neither the claim nor a quoted passage holds
    ungrounded_numbers: tuple[str, ...] = ()


def explanation_ungrounded(claim: str, result: CheckResult) -> list[str]:
    """The numbers of a verdict's explanation held by no quoted passage (its section
    included) nor the claim it answers: the grounding rule of answers, for explanations."""
    quotes = [claim, *(f"{c.section}\n{c.quote}" for c in result.evidence)]
    return _ungrounded_in(result.explanation, quotes)


def canon(text: str) -> str:
    """Comparison key of a text: NFKC, case-folded, whitespace removed."""
    return _WS.sub("", unicodedata.normalize("NFKC", text).casefold())


def missing_facts(text: str, facts: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """The fact groups none of whose alternatives appears in the text."""
    key = canon(text)
    return [tuple(group) for group in facts if not any(canon(alt) in key for alt in group)]


def answer_correct(answer: Answer, facts: Sequence[Sequence[str]]) -> bool:
    """Not refused, and every fact group has an alternative inside the answer text."""
    return not answer.refused and not missing_facts(answer.text, facts)


# How an answer to a yes/no question must open (after any "2019年：" frame label).
YESNO_OPENINGS = {"yes": ("是", "yes"), "no": ("否", "no")}
_FRAME_LABEL = re.compile(r"^[^：:]{0,16}[：:]")


def yesno_correct(answer: Answer, expected: str | None) -> bool:
    """For a question the report decides, the answer opens with the right 是/否 (Yes/No)."""
    if expected is None:
        return True
    text = canon(answer.text)
    body = _FRAME_LABEL.sub("", text, count=1)
    return any(t.startswith(o) for o in YESNO_OPENINGS[expected] for t in (text, body))


def refusal_correct(answerable: bool, refused: bool) -> bool:
    """A refusal is right exactly when the report does not answer the question."""
    return refused != answerable


def quote_hits(quote: str, evidence: str) -> bool:
    """The quote contains the evidence, or is a part of it covering >= 60% of it."""
    q, e = canon(quote), canon(evidence)
    if not q or not e:
        return False
    return e in q or (q in e and len(q) >= MIN_QUOTE_SHARE * len(e))


def any_hit(text: str, evidence: Iterable[str]) -> bool:
    """True when the text hits at least one evidence string (see `quote_hits`)."""
    return any(quote_hits(text, e) for e in evidence)


def citation_hit(answer: Answer, evidence: Sequence[str]) -> bool:
    """Some cited quote hits some evidence string."""
    return any(any_hit(c.quote, evidence) for c in answer.citations)


def ungrounded_numbers(answer: Answer) -> list[str]:
    """Numbers of a non-refused answer's text (markers aside) that no citation states.

    A citation states its quote and its section, which names the year answers are labelled
    with where the part heading does not ("一、过去一年的工作（2023年）").
    """
    if answer.refused:
        return []
    return _ungrounded_in(answer.text, [f"{c.section}\n{c.quote}" for c in answer.citations])


def ungrounded(answer: Answer) -> bool:
    """Not refused, and some number in the answer text is absent from the quotes."""
    return bool(ungrounded_numbers(answer))


def rank(evidence: Sequence[str], texts: Sequence[str]) -> int | None:
    """1-based rank of the first retrieved text hitting the evidence, None if none does."""
    for i, text in enumerate(texts, start=1):
        if any_hit(text, evidence):
            return i
    return None


def budget_hit(evidence: Sequence[str], texts: Sequence[str], budget: int) -> bool:
    """Some evidence string lies wholly inside the first `budget` characters of the texts."""
    window = canon("".join(texts)[:budget])
    keys = [canon(e) for e in evidence]
    return any(key and key in window for key in keys)


def score_retrieval(evidence: Sequence[str], texts: Sequence[str]) -> RetrievalScore:
    """Rank and budget hits of the evidence in one ranking of passage texts."""
    hits = tuple((b, budget_hit(evidence, texts, b)) for b in BUDGETS)
    return RetrievalScore(rank=rank(evidence, texts), budget_hits=hits)


def score_question(
    question: Question,
    answer: Answer,
    error: str = "",
    regions: Mapping[str, str] | None = None,
) -> QuestionScore:
    """Score one answer against its gold question."""
    scored = question.answerable and not answer.refused and bool(question.evidence)
    missing = missing_facts(answer.text, question.answer_facts) if question.answerable else []
    if error:
        correct = False
    elif question.answerable:
        correct = answer_correct(answer, question.answer_facts) and yesno_correct(
            answer, question.expected_yesno
        )
    else:
        correct = answer.refused
    texts = [r.text for r in answer.retrieved]
    with_evidence = question.answerable and bool(question.evidence)
    return QuestionScore(
        id=question.id,
        type=question.type,
        answerable=question.answerable,
        refused=answer.refused,
        correct=correct,
        missing_facts=tuple(missing),
        citation_hit=citation_hit(answer, question.evidence) if scored else None,
        ungrounded_numbers=tuple(ungrounded_numbers(answer)),
        retrieval=score_retrieval(question.evidence, texts) if with_evidence else None,
        why=explain(question, answer.refused, missing, error, answer.text),
        error=error,
        other_report=_other_report(question.docs, [c.id for c in answer.citations])
        if question.docs and not answer.refused
        else None,
        other_place=_other_place(question.docs, [c.id for c in answer.citations], regions)
        if question.docs and regions and not answer.refused
        else None,
    )


def _other_report(docs: Sequence[str], passage_ids: Sequence[str]) -> bool:
    """True when a cited passage belongs to none of the gold reports (ids are doc:hash)."""
    return any(pid.split(":", 1)[0] not in docs for pid in passage_ids)


def _other_place(
    docs: Sequence[str], passage_ids: Sequence[str], regions: Mapping[str, str]
) -> bool:
    """True when a cited passage belongs to a report of a region no gold report is of.

    Unlike `_other_report`, a target's and its result's reports (one place, two years) and an
    explanation quoting the same place's other year are not counted."""
    asked = {regions.get(d, d) for d in docs}
    return any(regions.get(d := pid.split(":", 1)[0], d) not in asked for pid in passage_ids)


def explain(
    question: Question,
    refused: bool,
    missing: Sequence[Sequence[str]],
    error: str,
    text: str = "",
) -> str:
    """Why an answer counts as right or wrong, in plain words."""
    if error:
        return f"wrong: the service failed on this question ({error})"
    if not question.answerable:
        if refused:
            return "right: refused, and the report does not say"
        return "wrong: answered, but the report does not say this, so it should refuse"
    if refused:
        return "wrong: refused, but the report answers this question"
    if missing:
        lacks = "; ".join(" or ".join(f"“{alt}”" for alt in group) for group in missing)
        return f"wrong: the answer lacks {lacks}"
    yes_no = question.expected_yesno
    if yes_no and not yesno_correct(Answer(question.question, text, refused), yes_no):
        opening = YESNO_OPENINGS[yes_no][0]
        return f"wrong: the report decides this yes/no question: open with {opening}"
    n = len(question.answer_facts)
    return f"right: the answer states all {n} expected fact(s)" if n else "right: answered"


def score_claim(
    claim: Claim, result: CheckResult, regions: Mapping[str, str] | None = None
) -> ClaimScore:
    """Score one fact-check verdict against its gold claim."""
    quoted: bool | None = None
    if claim.label != "not_found" and claim.evidence:
        quotes = [canon(c.quote) for c in result.evidence]
        keys = [canon(e) for e in claim.evidence]
        quoted = any(key and key in q for key in keys for q in quotes)
    return ClaimScore(
        id=claim.id,
        label=claim.label,
        verdict=result.verdict,
        correct=result.verdict == claim.label,
        evidence_quoted=quoted,
        other_report=_other_report(claim.docs, [c.id for c in result.evidence])
        if claim.docs
        else None,
        other_place=_other_place(claim.docs, [c.id for c in result.evidence], regions)
        if claim.docs and regions
        else None,
        ungrounded_numbers=tuple(explanation_ungrounded(claim.claim, result)),
    )


def share(items: Sequence[T], pred: Callable[[T], bool]) -> float | None:
    """Share of items satisfying `pred`, or None for an empty sequence."""
    return sum(1 for x in items if pred(x)) / len(items) if items else None


def summarize_retrieval(scores: Sequence[RetrievalScore]) -> dict[str, Any]:
    """recall@1, recall@5, MRR and budget recall over the scored rankings."""
    out: dict[str, Any] = {"n": len(scores)}
    for k in RECALL_KS:
        out[f"recall_at_{k}"] = share([s.rank is not None and s.rank <= k for s in scores], bool)
    out["mrr"] = sum(1 / s.rank for s in scores if s.rank) / len(scores) if scores else None
    for b in BUDGETS:
        out[f"budget_recall_{b}"] = share([s.hit_within(b) for s in scores], bool)
    return out


def summarize_questions(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Aggregate question scores: accuracies, citations, grounding, retrieval, by type."""
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    cited = [s for s in answerable if s.citation_hit is not None]
    answered = [s for s in scores if not s.refused]
    ungrounded_n = sum(1 for s in answered if s.ungrounded_numbers)
    retrieval = summarize_retrieval([s.retrieval for s in scores if s.retrieval is not None])
    return {
        "answer_accuracy": share(answerable, lambda s: s.correct),
        "refusal_accuracy": share(unanswerable, lambda s: s.correct),
        "false_refusal_rate": share(answerable, lambda s: s.refused),
        "citation_hit": share(cited, lambda s: bool(s.citation_hit)),
        "ungrounded_answers": {
            "count": ungrounded_n,
            "rate": ungrounded_n / len(answered) if answered else None,
        },
        "recall_at_1": retrieval["recall_at_1"],
        "recall_at_5": retrieval["recall_at_5"],
        "mrr": retrieval["mrr"],
        "pipeline_retrieval": retrieval,
        "by_type": summarize_by_type(scores),
        "counts": {
            "questions": len(scores),
            "answerable": len(answerable),
            "unanswerable": len(unanswerable),
            "answered": len(answered),
            "refused": len(scores) - len(answered),
            "false_refusals": sum(1 for s in answerable if s.refused),
            "citation_scored": len(cited),
            "retrieval_scored": retrieval["n"],
            "errors": sum(1 for s in scores if s.error),
            "other_report_answers": sum(1 for s in scores if s.other_report),
            "other_place_answers": sum(1 for s in scores if s.other_place),
        },
    }


def summarize_by_type(scores: Sequence[QuestionScore]) -> dict[str, dict[str, Any]]:
    """Per question type: n, answer and refusal accuracy, pipeline recall@5."""
    out: dict[str, dict[str, Any]] = {}
    for qtype in sorted({s.type for s in scores}):
        group = [s for s in scores if s.type == qtype]
        answerable = [s for s in group if s.answerable]
        ranked = [s.retrieval for s in group if s.retrieval is not None]
        out[qtype] = {
            "n": len(group),
            "answer_accuracy": share(answerable, lambda s: s.correct),
            "refusal_accuracy": share([s for s in group if not s.answerable], lambda s: s.correct),
            "recall_at_5": summarize_retrieval(ranked)["recall_at_5"],
        }
    return out


def summarize_claims(scores: Sequence[ClaimScore]) -> dict[str, Any]:
    """Verdict accuracy, confusion matrix (gold → predicted), per-label accuracy, quoting."""
    pairs = Counter((s.label, s.verdict) for s in scores)
    predicted = list(LABELS) + sorted({s.verdict for s in scores} - set(LABELS))
    confusion = {g: {p: pairs[(g, p)] for p in predicted} for g in LABELS}
    per_label = {g: share([s for s in scores if s.label == g], lambda s: s.correct) for g in LABELS}
    quotable = [s for s in scores if s.evidence_quoted is not None]
    return {
        "n": len(scores),
        "verdict_accuracy": share(scores, lambda s: s.correct),
        "confusion": confusion,
        "per_label_accuracy": per_label,
        "evidence_quoted": share(quotable, lambda s: bool(s.evidence_quoted)),
        "evidence_scored": len(quotable),
        "other_report_verdicts": sum(1 for s in scores if s.other_report),
        "other_place_verdicts": sum(1 for s in scores if s.other_place),
        "ungrounded_explanations": sum(1 for s in scores if s.ungrounded_numbers),
    }


def summarize_modes(
    served: Sequence[QuestionScore], extractive: Sequence[QuestionScore], modes: Sequence[str]
) -> dict[str, Any]:
    """Answers as served with a model endpoint next to the extractive ones, and the modes.

    `served` scores what users get (generated answers, fallbacks and refusals), `extractive`
    the extractive answers of the same questions; the fallback rate is over the questions
    the model was asked (those the core answered).
    """
    count = Counter(modes)
    asked = count["generated"] + count["fallback"]
    return {
        "extractive": _side(extractive),
        "generated": _side(served),
        "modes": {mode: count[mode] for mode in ("generated", "fallback", "extractive")},
        "fallback_rate": count["fallback"] / asked if asked else None,
    }


def _side(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """The figures compared between extractive and generated answers."""
    summary = summarize_questions(scores)
    return {
        "answer_accuracy": summary["answer_accuracy"],
        "refusal_accuracy": summary["refusal_accuracy"],
        "citation_hit": summary["citation_hit"],
        "ungrounded_answers": summary["ungrounded_answers"]["count"],
    }
