"""The `wenzheng eval` command: run a gold set through the service, score it, report it.

Every question goes through `service.answer(question, history)`, the call users get;
the eval never reaches around it. Baselines run the service's naive retrievers and a
plain LangChain + Chroma recipe over the same raw questions for comparison.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from wenzheng.bot.core.types import Answer, CheckResult
from wenzheng.eval import baselines as bl
from wenzheng.eval.metrics import (
    LABELS,
    Claim,
    Question,
    QuestionScore,
    score_claim,
    score_question,
    score_retrieval,
    summarize_claims,
    summarize_modes,
    summarize_questions,
    summarize_retrieval,
)
from wenzheng.eval.report import claim_row, fmt, metrics_document, question_row, write_report

from wenzheng.errors import ConfigError, InputError
from wenzheng.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `eval --questions FILE [--claims FILE] --out DIR [--no-baselines]`."""
    parser = subparsers.add_parser(
        "eval",
        help="score the bot on a gold set and write a report",
        description="Run gold questions (and claims) through the bot and write "
        "metrics.json, results.jsonl, report.md and retrieval.png into --out.",
    )
    parser.add_argument("--questions", type=Path, required=True, help="gold questions JSONL")
    parser.add_argument("--claims", type=Path, help="gold claims JSONL (optional)")
    parser.add_argument("--drafts", type=Path, help="gold drafts JSONL (optional)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the report")
    parser.add_argument(
        "--no-baselines", action="store_true", help="skip the bm25/dense/fusion/langchain runs"
    )
    parser.add_argument(
        "--llm",
        action="store_true",
        help="score the model's answers and the extractive ones side by side "
        "(needs WENZHENG_LLM_BASE_URL, see docs/llm.md)",
    )
    return parser


# --- reading gold files ------------------------------------------------------------------


def read_jsonl(path: Path, parse: Callable[[Mapping[str, Any]], T]) -> list[T]:
    """Parse a JSONL file; any bad line raises InputError naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    items: list[T] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("expected a JSON object")
            item = parse(obj)
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            raise InputError(f"{path}:{lineno}: {exc}") from exc
        item_id = _id(obj)
        if item_id in seen:
            raise InputError(
                f"{path}:{lineno}: duplicate id {item_id!r} (first on line {seen[item_id]})"
            )
        seen[item_id] = lineno
        items.append(item)
    if not items:
        raise InputError(f"{path}: no entries")
    return items


def _text(obj: Mapping[str, Any], key: str) -> str:
    """A required non-empty string field."""
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"field {key!r} must be a non-empty string")
    return value


def _id(obj: Mapping[str, Any]) -> str:
    """The entry id: a string or an integer."""
    value = obj.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int) or str(value) == "":
        raise ValueError("field 'id' must be a non-empty string or an integer")
    return str(value)


def _strings(obj: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """An optional list of strings (a lone string counts as a list of one)."""
    value = obj.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"field {key!r} must be a list of strings")
    return tuple(v for v in value if v.strip())


def _user_turns(obj: Mapping[str, Any]) -> tuple[str, ...]:
    """`history`: the asker's earlier messages, as strings or as chat turns
    (`{"role": "user", "content": …}`; the assistant's turns are not what the user said)."""
    value = obj.get("history") or []
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        turns = [v for v in value if v.get("role", "user") == "user"]
        if not all(isinstance(v.get("content"), str) for v in turns):
            raise ValueError("field 'history': every user turn needs a string 'content'")
        return tuple(v["content"] for v in turns if v["content"].strip())
    return _strings(obj, "history")


def _facts(obj: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    """`answer_facts`: a list of alternative lists; a bare string is a group of one."""
    value = obj.get("answer_facts") or []
    if not isinstance(value, list):
        raise ValueError("field 'answer_facts' must be a list of lists of strings")
    groups = []
    for group in value:
        alts = [group] if isinstance(group, str) else group
        if not isinstance(alts, list) or not alts or not all(isinstance(a, str) for a in alts):
            raise ValueError("each entry of 'answer_facts' must be a non-empty list of strings")
        groups.append(tuple(alts))
    return tuple(groups)


def parse_question(obj: Mapping[str, Any]) -> Question:
    """A gold question from its JSON object; optional fields take defaults."""
    answerable = obj.get("answerable", True)
    if not isinstance(answerable, bool):
        raise ValueError("field 'answerable' must be true or false")
    # the first gold sets name a question's kind `type`; the citizens' sets name it `style`
    qtype = obj.get("type") or obj.get("style") or "untyped"
    if not isinstance(qtype, str):
        raise ValueError("field 'type' must be a string")
    yesno = obj.get("expected_yesno")
    if yesno not in (None, "yes", "no"):
        raise ValueError(f"field 'expected_yesno' must be yes, no or null, got {yesno!r}")
    reason = obj.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ValueError("field 'reason' must be a string or null")
    return Question(
        id=_id(obj),
        type=qtype,
        question=_text(obj, "question"),
        history=_user_turns(obj),
        answerable=answerable,
        answer_facts=_facts(obj),
        evidence=_strings(obj, "evidence"),
        expected_yesno=yesno,
        reason=reason,
        docs=_docs(obj),
    )


def _docs(obj: Mapping[str, Any]) -> tuple[str, ...]:
    """The gold `doc` field: a report id, a list of them, or null."""
    doc = obj.get("doc")
    if doc is None:
        return ()
    if isinstance(doc, str):
        return (doc,)
    if isinstance(doc, list) and all(isinstance(d, str) for d in doc):
        return tuple(doc)
    raise ValueError("field 'doc' must be a report id, a list of them, or null")


def parse_claim(obj: Mapping[str, Any]) -> Claim:
    """A gold claim from its JSON object."""
    label = obj.get("label")
    if label not in LABELS:
        raise ValueError(f"field 'label' must be one of {', '.join(LABELS)}, got {label!r}")
    return Claim(
        id=_id(obj),
        claim=_text(obj, "claim"),
        label=label,
        evidence=_strings(obj, "evidence"),
        docs=_docs(obj),
    )


def load_questions(path: Path) -> list[Question]:
    """Read a gold questions JSONL file."""
    return read_jsonl(path, parse_question)


def load_claims(path: Path) -> list[Claim]:
    """Read a gold claims JSONL file."""
    return read_jsonl(path, parse_claim)


# --- running ------------------------------------------------------------------------------


def ask(service: Any, question: Question) -> tuple[Answer, str]:
    """The service's answer to one gold question, and an error text if it failed."""
    try:
        return service.answer(question.question, list(question.history)), ""
    except Exception as exc:  # noqa: BLE001 - one failing question must not end the run
        log.exception("service failed on question %s", question.id)
        error = f"{type(exc).__name__}: {exc}"
        return Answer(question=question.question, text="", refused=False, reason=error), error


def check(service: Any, claim: Claim) -> CheckResult:
    """The service's verdict on one claim; a failure counts as an empty verdict."""
    try:
        return service.check(claim.claim)
    except Exception as exc:  # noqa: BLE001 - one failing claim must not end the run
        log.exception("service failed on claim %s", claim.id)
        return CheckResult(claim=claim.claim, verdict="error", explanation=str(exc))  # type: ignore[arg-type]


def run_baselines(
    service: Any, settings: Settings, questions: list[Question]
) -> dict[str, dict[str, Any]]:
    """Retrieval metrics of bm25/dense/fusion and the LangChain recipe on raw questions."""
    scored = [q for q in questions if q.answerable and q.evidence]
    retrievers = bl.service_retrievers(service)
    langchain = _langchain(service, settings)
    retrievers[bl.LANGCHAIN] = langchain
    out = {}
    try:
        for name, retrieve in retrievers.items():
            log.info("baseline %s over %d questions", name, len(scored))
            rankings = bl.rank_all(retrieve, [q.question for q in scored])
            scores = [score_retrieval(q.evidence, t) for q, t in zip(scored, rankings, strict=True)]
            out[name] = summarize_retrieval(scores)
    finally:
        langchain.close()
    return out


def _langchain(service: Any, settings: Settings) -> bl.LangChainBaseline:
    """The LangChain baseline over the corpus, embedded with the service's embedder."""
    from wenzheng.corpus.loader import load_corpus

    embedder = getattr(service, "embedder", None)
    if embedder is None:
        from wenzheng.index.embedders import load_embedder

        embedder = load_embedder(settings.embedding_model, settings.models_dir)
    documents = load_corpus(settings.corpus_dir)
    return bl.LangChainBaseline(documents, bl.embeddings_for(embedder))


def run(args: argparse.Namespace, settings: Settings, service: Any) -> int:
    """Run the eval described by `args` and write the report; 0 on success."""
    llm = getattr(args, "llm", False)
    if llm and not settings.llm_configured:
        raise ConfigError(
            "eval --llm needs a model endpoint: set WENZHENG_LLM_BASE_URL and "
            "WENZHENG_LLM_MODEL (see docs/llm.md)"
        )
    questions = load_questions(args.questions)
    claims = load_claims(args.claims) if args.claims else None
    rows, scores, extractive, modes = [], [], [], []
    regions = report_regions(service)
    for i, q in enumerate(questions, start=1):
        answer, error = ask(service, q)
        score = score_question(q, answer, error, regions)
        scores.append(score)
        row = question_row(q, answer, score)
        if score.other_report is not None:
            row["other_report"] = score.other_report
        if score.other_place is not None:
            row["other_place"] = score.other_place
        if llm:  # the extractive answer the served one stands on, scored alike
            basis = answer.basis or answer
            extractive.append(score_question(q, basis, error))
            modes.append(answer.mode)
            row |= {"extractive_answer": basis.text, "extractive_correct": extractive[-1].correct}
        rows.append(row)
        log.debug("question %d/%d %s: %s", i, len(questions), q.id, score.why)
        if i % 25 == 0:
            log.info("answered %d of %d questions", i, len(questions))
    summary = summarize_questions(scores)
    retrieval = {bl.PIPELINE: summary["pipeline_retrieval"]}
    if not args.no_baselines:
        retrieval.update(run_baselines(service, settings, questions))
    claims_summary, claim_rows = None, None
    if claims is not None:
        claims_summary, claim_rows = run_claims(service, claims, regions)
    metrics = metrics_document(summary, retrieval, claims_summary)
    if args.drafts:
        from wenzheng.eval.drafts import load_drafts, score_drafts

        metrics["drafts"] = score_drafts(service, load_drafts(args.drafts))
        log.info("drafts: %s", metrics["drafts"])
    if llm:
        metrics["llm"] = summarize_modes(scores, extractive, modes)
    try:
        paths = write_report(
            args.out, metrics, rows, claim_rows, title=f"wenzheng eval: {args.questions.name}"
        )
    except OSError as exc:
        raise InputError(f"cannot write the report to {args.out}: {exc}") from exc
    print_summary(metrics, scores, paths["report"])
    return 0


def report_regions(service: Any) -> dict[str, str]:
    """Each indexed report's id → its region (empty for a service without documents)."""
    docs = getattr(service, "docs", None) or {}
    return {doc_id: doc.meta.region for doc_id, doc in docs.items() if doc.meta.region}


def run_claims(
    service: Any, claims: list[Claim], regions: dict[str, str] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Fact-check every claim; the claims summary and one row per claim."""
    rows, scores = [], []
    for claim in claims:
        result = check(service, claim)
        score = score_claim(claim, result, regions)
        scores.append(score)
        rows.append(claim_row(claim, result, score))
    return summarize_claims(scores), rows


def _pct(value: Any) -> str:
    """A share as a percentage, or n/a."""
    return "n/a" if value is None else f"{100 * value:.1f}%"


def summary_lines(metrics: Mapping[str, Any], scores: list[QuestionScore]) -> Iterator[str]:
    """The short summary printed after a run."""
    c = metrics["counts"]
    yield (
        f"questions {c['questions']} ({c['answerable']} answerable, "
        f"{c['unanswerable']} unanswerable), service errors {c['errors']}"
    )
    yield (
        f"answer accuracy {_pct(metrics['answer_accuracy'])}, refusal accuracy "
        f"{_pct(metrics['refusal_accuracy'])}, false refusals {_pct(c['false_refusal_rate'])}"
    )
    yield (
        f"citation hit {_pct(metrics['citation_hit'])}, ungrounded answers "
        f"{metrics['ungrounded_answers']['count']}"
    )
    if any(s.other_report is not None for s in scores):
        other = metrics["counts"]["other_report_answers"]
        yield f"answers quoting a report other than the one asked about: {other}"
        place = metrics["counts"]["other_place_answers"]
        yield f"answers quoting another place's report: {place}"
    for name, r in metrics["baselines"].items():
        yield (
            f"retrieval {name:<9} R@1 {_pct(r['recall_at_1'])}  R@5 {_pct(r['recall_at_5'])}"
            f"  MRR {fmt(r['mrr'])}"
        )
    if metrics["verdict_accuracy"] is not None:
        claims = metrics["counts"].get("claims") or {}
        yield (
            f"claims verdict accuracy {_pct(metrics['verdict_accuracy'])}, ungrounded "
            f"explanations {claims.get('ungrounded_explanations', 0)}"
        )
        other = claims.get("other_report_verdicts")
        if other:
            place = (metrics["counts"].get("claims") or {}).get("other_place_verdicts")
            yield f"verdicts quoting another report: {other} (another place's: {place})"
    if metrics.get("drafts"):
        d = metrics["drafts"]
        yield (
            f"drafts: factual sentences found {_pct(d['factual_found'])}, opinions skipped "
            f"{_pct(d['opinions_skipped'])}, verdicts {_pct(d['verdict_accuracy'])}, "
            f"false supported {d['false_supported']}"
        )
    if metrics.get("llm"):
        llm, modes = metrics["llm"], metrics["llm"]["modes"]
        yield (
            f"model: {modes['generated']} generated, {modes['fallback']} fallbacks "
            f"(fallback rate {_pct(llm['fallback_rate'])})"
        )
        for side, name in (("extractive", "extractive"), ("generated", "with the model")):
            v = llm[side]
            yield (
                f"  {name:<14} answer accuracy {_pct(v['answer_accuracy'])}, citation hit "
                f"{_pct(v['citation_hit'])}, ungrounded answers {v['ungrounded_answers']}"
            )
    yield f"wrong: {sum(1 for s in scores if not s.correct)} of {len(scores)} questions"


def print_summary(metrics: Mapping[str, Any], scores: list[QuestionScore], report: Path) -> None:
    """Print the summary and where the report is."""
    for line in summary_lines(metrics, scores):
        print(line)
    print(f"report: {report}")
