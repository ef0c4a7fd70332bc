"""Checks of the hand-written evaluation gold set (questions and fact-check claims)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DOC_PATH = ROOT / "corpus/documents/gulou-2020-government-work-report.txt"
GOLD = ROOT / "eval" / "gold"
SPLITS = ("dev", "test")

QUESTION_TYPES = {
    "result_2019": 30,
    "target_2020": 25,
    "five_year": 8,
    "list": 10,
    "report_fact": 8,
    "followup": 20,
    "traditional": 12,
    "english": 15,
    "colloquial": 25,
    "unanswerable": 0,  # checked as a share of the whole set, see test_unanswerable_share
}
MIN_QUESTIONS = 220
MIN_UNANSWERABLE_SHARE = 0.20
MIN_CLAIMS = 70
LABELS = {"supported", "refuted", "not_found"}
MAX_EVIDENCE_CHARS = 200

# Characters that only occur in traditional script (each differs from its simplified form).
TRADITIONAL_ONLY = set(
    "樓區預實際產總長幾個舊鎮業貿進額標處達擁張養軟計劃記從優報這財務運車"
    "經濟給對導與們會開關門間發區現這為應學習鄉縣資優圖號電話聯網齊歲萬億"
)
CJK = re.compile(r"[\u3400-\u9fff]")


def _read_jsonl(path: Path) -> list[dict]:
    """Parse a JSON-lines file, failing with the line number on a bad line."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except ValueError as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{path.name}:{n} is not valid JSON: {exc}")
    return rows


@pytest.fixture(scope="module")
def doc() -> str:
    """The full text of the report the gold set is written against."""
    return DOC_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def questions_by_split() -> dict[str, list[dict]]:
    """Questions of each split, in file order."""
    return {s: _read_jsonl(GOLD / f"questions_{s}.jsonl") for s in SPLITS}


@pytest.fixture(scope="module")
def questions(questions_by_split) -> list[dict]:
    """All questions of dev and test."""
    return [q for s in SPLITS for q in questions_by_split[s]]


@pytest.fixture(scope="module")
def claims_by_split() -> dict[str, list[dict]]:
    """Claims of each split, in file order."""
    return {s: _read_jsonl(GOLD / f"claims_{s}.jsonl") for s in SPLITS}


@pytest.fixture(scope="module")
def claims(claims_by_split) -> list[dict]:
    """All claims of dev and test."""
    return [c for s in SPLITS for c in claims_by_split[s]]


def _despace(text: str) -> str:
    """Drop all whitespace (the report spaces out some names, e.g. '吴 炜')."""
    return re.sub(r"\s+", "", text)


def _content_lines(doc: str) -> list[str]:
    """The document's non-empty lines, stripped."""
    return [line.strip() for line in doc.splitlines() if line.strip()]


def _check_evidence(doc: str, ev: str, where: str) -> None:
    """Assert one evidence string is a verbatim, single-line, short, unambiguous quote."""
    assert isinstance(ev, str) and ev.strip(), f"{where}: empty evidence"
    assert "\n" not in ev, f"{where}: evidence crosses a line break: {ev!r}"
    assert len(ev) <= MAX_EVIDENCE_CHARS, f"{where}: evidence longer than one sentence: {ev!r}"
    count = doc.count(ev)
    assert count >= 1, f"{where}: evidence not verbatim in the document: {ev!r}"
    assert count == 1 or ev.strip() in _content_lines(doc), (
        f"{where}: evidence occurs {count} times and is not a whole line: {ev!r}"
    )


def _section(doc: str, start: str, end: str | None) -> tuple[int, int]:
    """Character span of the document from marker `start` up to marker `end`."""
    a = doc.index(start)
    b = doc.index(end, a) if end else len(doc)
    return a, b


def test_question_schema(questions):
    """Every question line parses and has the schema fields with the right types."""
    assert questions, "no questions"
    keys = {"id", "type", "question", "history", "answerable", "answer_facts", "evidence"}
    for q in questions:
        assert set(q) == keys, f"{q.get('id')}: fields {sorted(q)}"
        assert isinstance(q["id"], str) and re.fullmatch(r"q\d{3,}", q["id"]), q["id"]
        assert q["type"] in QUESTION_TYPES, f"{q['id']}: unknown type {q['type']!r}"
        assert isinstance(q["question"], str) and q["question"].strip(), q["id"]
        assert isinstance(q["history"], list), q["id"]
        assert all(isinstance(h, str) and h.strip() for h in q["history"]), q["id"]
        assert isinstance(q["answerable"], bool), q["id"]
        assert isinstance(q["answer_facts"], list), q["id"]
        for alts in q["answer_facts"]:
            assert isinstance(alts, list) and alts, f"{q['id']}: empty fact alternatives"
            assert all(isinstance(a, str) and a.strip() for a in alts), q["id"]
        assert isinstance(q["evidence"], list), q["id"]
        assert all(isinstance(e, str) for e in q["evidence"]), q["id"]


def test_claim_schema(claims):
    """Every claim line parses and has the schema fields with the right types."""
    assert claims, "no claims"
    for c in claims:
        assert set(c) == {"id", "claim", "label", "evidence"}, f"{c.get('id')}: fields {sorted(c)}"
        assert isinstance(c["id"], str) and re.fullmatch(r"c\d{3,}", c["id"]), c["id"]
        assert isinstance(c["claim"], str) and c["claim"].strip(), c["id"]
        assert isinstance(c["label"], str), c["id"]
        assert isinstance(c["evidence"], list), c["id"]
        assert all(isinstance(e, str) for e in c["evidence"]), c["id"]


def test_ids_unique(questions, claims):
    """Question ids and claim ids are unique across dev and test."""
    for rows in (questions, claims):
        dupes = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
        assert not dupes, f"duplicate ids: {dupes}"


def test_no_duplicate_questions(questions, claims):
    """No question (with its history) and no claim text is written twice."""
    keys = Counter((q["question"], tuple(q["history"])) for q in questions)
    assert not [k for k, n in keys.items() if n > 1], "duplicate questions"
    texts = Counter(c["claim"] for c in claims)
    assert not [k for k, n in texts.items() if n > 1], "duplicate claims"


def test_question_evidence_verbatim(doc, questions):
    """Every question evidence string is a verbatim, one-line, unambiguous quote of the report."""
    for q in questions:
        for ev in q["evidence"]:
            _check_evidence(doc, ev, q["id"])


def test_claim_evidence_verbatim(doc, claims):
    """Every claim evidence string is a verbatim, single-line, unambiguous quote of the report."""
    for c in claims:
        for ev in c["evidence"]:
            _check_evidence(doc, ev, c["id"])


def test_answer_facts_in_document(doc, questions):
    """Every answer-fact alternative appears in the report (whitespace-insensitively)."""
    flat = _despace(doc)
    for q in questions:
        for alts in q["answer_facts"]:
            for alt in alts:
                assert alt in doc or _despace(alt) in flat, f"{q['id']}: {alt!r} not in document"


def test_answer_facts_backed_by_evidence(questions):
    """Each required fact has an alternative inside the question's own evidence."""
    for q in questions:
        ev = _despace("".join(q["evidence"]))
        for alts in q["answer_facts"]:
            assert any(_despace(a) in ev for a in alts), f"{q['id']}: {alts} not in its evidence"


def test_answerable_consistency(questions):
    """Unanswerable questions carry no facts or evidence; answerable ones carry both."""
    for q in questions:
        assert q["answerable"] == (q["type"] != "unanswerable"), q["id"]
        if q["answerable"]:
            assert q["answer_facts"] and q["evidence"], f"{q['id']}: answerable, no facts/evidence"
        else:
            assert q["answer_facts"] == [] and q["evidence"] == [], f"{q['id']}: has facts"


def test_followups_have_history(questions):
    """Follow-up questions have a non-empty history of earlier questions."""
    for q in questions:
        if q["type"] == "followup":
            assert q["history"], f"{q['id']}: follow-up without history"


def test_type_minimums(questions):
    """The set is large enough and each question type reaches its minimum count."""
    assert len(questions) >= MIN_QUESTIONS, len(questions)
    counts = Counter(q["type"] for q in questions)
    for t, minimum in QUESTION_TYPES.items():
        assert counts[t] >= minimum, f"{t}: {counts[t]} < {minimum}"


def test_unanswerable_share(questions):
    """At least a fifth of the questions are unanswerable from the report."""
    share = sum(not q["answerable"] for q in questions) / len(questions)
    assert share >= MIN_UNANSWERABLE_SHARE, f"unanswerable share {share:.2%}"


def test_language_types(questions):
    """English questions contain no Chinese; traditional ones use traditional characters."""
    for q in questions:
        if q["type"] == "english":
            assert not CJK.search(q["question"]), q["id"]
        if q["type"] == "traditional":
            assert TRADITIONAL_ONLY & set(q["question"]), f"{q['id']}: no traditional characters"


def test_time_frames(doc, questions):
    """2019-result, 2020-target and five-year questions quote the matching part of the report."""
    spans = {
        "result_2019": _section(doc, "2019年政府主要工作回顾", "2019年是习近平总书记提出"),
        "five_year": _section(doc, "2019年是习近平总书记提出", "这些成绩的取得"),
        "target_2020": _section(doc, "2020年政府主要工作任务", None),
    }
    for q in questions:
        if q["type"] not in spans:
            continue
        a, b = spans[q["type"]]
        for ev in q["evidence"]:
            assert ev in doc[a:b], f"{q['id']}: evidence outside the {q['type']} part: {ev!r}"


def test_every_paragraph_covered(doc, questions):
    """Every non-empty line of the report is quoted by at least one question's evidence."""
    evidence = {ev for q in questions for ev in q["evidence"]}
    missing = [line for line in _content_lines(doc) if not any(ev in line for ev in evidence)]
    assert not missing, f"lines without a question: {[m[:30] for m in missing]}"


def test_claim_labels(claims):
    """Claim labels are valid; supported/refuted claims cite evidence, not_found ones none."""
    for c in claims:
        assert c["label"] in LABELS, f"{c['id']}: label {c['label']!r}"
        if c["label"] == "not_found":
            assert c["evidence"] == [], f"{c['id']}: not_found with evidence"
        else:
            assert c["evidence"], f"{c['id']}: {c['label']} without evidence"


def test_claim_mix(claims):
    """There are enough claims, with a real mix of supported, refuted and not_found."""
    assert len(claims) >= MIN_CLAIMS, len(claims)
    counts = Counter(c["label"] for c in claims)
    assert counts["supported"] >= 0.3 * len(claims), counts
    assert counts["refuted"] >= 0.3 * len(claims), counts
    assert counts["not_found"] >= 0.1 * len(claims), counts


def test_dev_test_disjoint(questions_by_split, claims_by_split):
    """Dev and test share no question and no claim."""
    dev_q = {(q["question"], tuple(q["history"])) for q in questions_by_split["dev"]}
    test_q = {(q["question"], tuple(q["history"])) for q in questions_by_split["test"]}
    assert not dev_q & test_q, f"shared questions: {sorted(dev_q & test_q)[:5]}"
    dev_c = {c["claim"] for c in claims_by_split["dev"]}
    test_c = {c["claim"] for c in claims_by_split["test"]}
    assert not dev_c & test_c, f"shared claims: {sorted(dev_c & test_c)[:5]}"


def test_splits_stratified(questions_by_split, claims_by_split):
    """Every question type and claim label appears in both splits in similar numbers."""
    for key, by_split in (("type", questions_by_split), ("label", claims_by_split)):
        dev = Counter(r[key] for r in by_split["dev"])
        test = Counter(r[key] for r in by_split["test"])
        for value in set(dev) | set(test):
            total = dev[value] + test[value]
            assert dev[value] and test[value], f"{key} {value} missing from a split"
            balanced = abs(dev[value] - test[value]) <= max(2, total // 5)
            assert balanced, f"{key} {value}: {dev[value]} dev / {test[value]} test"


def test_holdout_questions_are_valid_and_verbatim(doc):
    """The held-out questions parse, have unique ids, and quote the document verbatim."""
    holdout = _read_jsonl(GOLD / "questions_holdout.jsonl")
    assert len(holdout) >= 100
    assert len({q["id"] for q in holdout}) == len(holdout)
    for q in holdout:
        assert isinstance(q["question"], str) and q["question"].strip()
        assert bool(q["answer_facts"]) == q["answerable"] == bool(q["evidence"])
        for ev in q["evidence"]:
            assert ev in doc, (q["id"], ev)
        for group in q["answer_facts"]:
            assert any(alt in doc for alt in group), (q["id"], group)
