"""Write an eval run to a folder: metrics.json, results.jsonl, report.md, retrieval.png.

metrics.json has exactly the top-level keys of `METRICS_KEYS` (plus "llm" after
`eval --llm`); finer numbers (false refusals, the claims confusion matrix, per-label
accuracy) sit under "counts".
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from wenzheng.bot.core.types import Answer, CheckResult
from wenzheng.eval.metrics import BUDGETS, Claim, ClaimScore, Question, QuestionScore

log = logging.getLogger(__name__)

METRICS_KEYS = (
    "answer_accuracy",
    "refusal_accuracy",
    "citation_hit",
    "ungrounded_answers",
    "recall_at_1",
    "recall_at_5",
    "mrr",
    "by_type",
    "verdict_accuracy",
    "baselines",
    "counts",
)
RETRIEVAL_COLUMNS = ("recall_at_1", "recall_at_5", "mrr") + tuple(
    f"budget_recall_{b}" for b in BUDGETS
)
_QUOTE_PREVIEW = 80


def question_row(question: Question, answer: Answer, score: QuestionScore) -> dict[str, Any]:
    """One results.jsonl line: what was asked, what came back, and the verdict."""
    return {
        "id": question.id,
        "type": question.type,
        "question": question.question,
        "history": list(question.history),
        "answerable": question.answerable,
        "answer": answer.text,
        "refused": answer.refused,
        "citations": [asdict(c) for c in answer.citations],
        "expected_facts": [list(g) for g in question.answer_facts],
        "missing_facts": [list(g) for g in score.missing_facts],
        "correct": score.correct,
        "why": score.why,
        "rank": score.retrieval.rank if score.retrieval else None,
        "citation_hit": score.citation_hit,
        "ungrounded_numbers": list(score.ungrounded_numbers),
        "evidence": list(question.evidence),
        "retrieved_ids": [r.id for r in answer.retrieved[:5]],
        "reason": answer.reason,
        "confidence": answer.confidence,
        "mode": answer.mode,
        "error": score.error,
    }


def claim_row(claim: Claim, result: CheckResult, score: ClaimScore) -> dict[str, Any]:
    """One claims_results.jsonl line."""
    return {
        "id": claim.id,
        "claim": claim.claim,
        "label": claim.label,
        "verdict": result.verdict,
        "correct": score.correct,
        "evidence_quoted": score.evidence_quoted,
        "evidence": list(claim.evidence),
        "quotes": [c.quote for c in result.evidence],
        "explanation": result.explanation,
        "ungrounded_numbers": list(score.ungrounded_numbers),
    } | (
        {"other_report": score.other_report, "other_place": score.other_place}
        if score.other_report is not None
        else {}
    )


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort key that orders q2 before q10."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def failures_first(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Rows with wrong results first, then right ones; each part by id."""
    return sorted(rows, key=lambda r: (bool(r["correct"]), natural_key(str(r["id"]))))


def metrics_document(
    summary: Mapping[str, Any],
    baselines: Mapping[str, Mapping[str, Any]],
    claims: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The metrics.json object: the headline keys, baselines and counts."""
    counts = dict(summary["counts"])
    counts["false_refusal_rate"] = summary["false_refusal_rate"]
    counts["claims"] = dict(claims) if claims else None
    doc = {key: summary.get(key) for key in METRICS_KEYS}
    doc["verdict_accuracy"] = claims["verdict_accuracy"] if claims else None
    doc["baselines"] = {name: dict(values) for name, values in baselines.items()}
    doc["counts"] = counts
    return doc


def write_report(
    out_dir: Path,
    metrics: Mapping[str, Any],
    rows: Sequence[Mapping[str, Any]],
    claim_rows: Sequence[Mapping[str, Any]] | None = None,
    title: str = "wenzheng eval",
) -> dict[str, Path]:
    """Write every report file into `out_dir` (created if needed); return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "metrics": out_dir / "metrics.json",
        "results": out_dir / "results.jsonl",
        "report": out_dir / "report.md",
        "plot": out_dir / "retrieval.png",
    }
    text = json.dumps(metrics, ensure_ascii=False, indent=2)
    paths["metrics"].write_text(text + "\n", encoding="utf-8")
    ordered = failures_first(rows)
    write_jsonl(paths["results"], ordered)
    if claim_rows is not None:
        paths["claims"] = out_dir / "claims_results.jsonl"
        write_jsonl(paths["claims"], failures_first(claim_rows))
    markdown = render_markdown(title, metrics, ordered, claim_rows or [])
    paths["report"].write_text(markdown, encoding="utf-8")
    plot_retrieval(paths["plot"], metrics)
    log.info("eval report written to %s", out_dir)
    return paths


def write_jsonl(path: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write one JSON object a line, UTF-8, Chinese kept readable."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def fmt(value: Any) -> str:
    """A metric for a table: three decimals, or n/a."""
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _cell(text: Any) -> str:
    """Make a value safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def render_markdown(
    title: str,
    metrics: Mapping[str, Any],
    rows: Sequence[Mapping[str, Any]],
    claim_rows: Sequence[Mapping[str, Any]],
) -> str:
    """The human-readable report."""
    lines = [f"# {title}", ""]
    lines += _headline(metrics)
    lines += ["## By question type", ""]
    lines += _table(
        ["type", "n", "answer accuracy", "refusal accuracy", "recall@5"],
        [
            [
                t,
                v["n"],
                fmt(v["answer_accuracy"]),
                fmt(v["refusal_accuracy"]),
                fmt(v["recall_at_5"]),
            ]
            for t, v in metrics["by_type"].items()
        ],
    )
    lines += [
        "## Retrieval: pipeline and baselines",
        "",
        "Evidence found at rank ≤ k, MRR, and evidence wholly inside the first "
        "200/500/1000 characters of the ranked texts.",
        "",
    ]
    lines += _table(
        ["config", "n", "recall@1", "recall@5", "MRR", "≤200 chars", "≤500 chars", "≤1000 chars"],
        [
            [name, v.get("n")] + [fmt(v.get(c)) for c in RETRIEVAL_COLUMNS]
            for name, v in metrics["baselines"].items()
        ],
    )
    lines += _decision_section(rows)
    if metrics.get("llm"):
        lines += _llm_section(metrics["llm"])
    claims = metrics["counts"].get("claims")
    if claims:
        lines += _claims_section(claims, claim_rows)
    failures = [r for r in rows if not r["correct"]]
    lines += [f"## Failures ({len(failures)} of {len(rows)})", ""]
    for row in failures:
        lines += _failure(row)
    return "\n".join(lines)


def decision_curve(rows: Sequence[Mapping[str, Any]]) -> list[tuple[float, float, float, int]]:
    """Answer/refuse precision and recall had the decision answered at each threshold.

    Over the questions that reached the decision (those with a `confidence`): precision is
    the share of answered questions the report answers, recall the share of answerable
    questions answered. (threshold, precision, recall, answered) per row.
    """
    decided = [r for r in rows if r.get("confidence") is not None]
    positives = sum(1 for r in decided if r["answerable"])
    out = []
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        answered = [r for r in decided if r["confidence"] >= t]
        hits = sum(1 for r in answered if r["answerable"])
        precision = hits / len(answered) if answered else 1.0
        recall = hits / positives if positives else 1.0
        out.append((t, precision, recall, len(answered)))
    return out


def _decision_section(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The decision's precision-recall curve over this set (bot/core/decide.py)."""
    curve = decision_curve(rows)
    if not any(n for *_, n in curve):
        return []
    lines = [
        "## Answer or refuse: the decision's precision and recall",
        "",
        "Had the decision answered at each threshold (the fitted one is in "
        "bot/data/decision.json): share of answered questions the report answers, and "
        "share of answerable questions answered.",
        "",
    ]
    return lines + _table(
        ["threshold", "precision", "recall", "answered"],
        [[f"{t:.1f}", fmt(p), fmt(r), n] for t, p, r, n in curve],
    )


def _headline(metrics: Mapping[str, Any]) -> list[str]:
    """The headline table."""
    counts = metrics["counts"]
    ungrounded = metrics["ungrounded_answers"]
    rows = [
        ["answer accuracy", fmt(metrics["answer_accuracy"]), f"{counts['answerable']} answerable"],
        [
            "refusal accuracy",
            fmt(metrics["refusal_accuracy"]),
            f"{counts['unanswerable']} unanswerable",
        ],
        [
            "false refusal rate",
            fmt(counts["false_refusal_rate"]),
            f"{counts['false_refusals']} of {counts['answerable']} answerable",
        ],
        [
            "citation hit",
            fmt(metrics["citation_hit"]),
            f"{counts['citation_scored']} answered answerable",
        ],
        [
            "ungrounded answers",
            fmt(ungrounded["count"]),
            f"rate {fmt(ungrounded['rate'])} of {counts['answered']} answered",
        ],
        [
            "recall@1 (pipeline)",
            fmt(metrics["recall_at_1"]),
            f"{counts['retrieval_scored']} with evidence",
        ],
        ["recall@5 (pipeline)", fmt(metrics["recall_at_5"]), ""],
        ["MRR (pipeline)", fmt(metrics["mrr"]), ""],
        [
            "verdict accuracy",
            fmt(metrics["verdict_accuracy"]),
            f"{(counts.get('claims') or {}).get('n', 0)} claims",
        ],
    ]
    note = f"{counts['questions']} questions, {counts['errors']} service errors."
    return ["## Headline", "", note, ""] + _table(["metric", "value", "over"], rows)


def _llm_section(llm: Mapping[str, Any]) -> list[str]:
    """Generated (as served, fallbacks included) and extractive answers side by side."""
    modes = llm["modes"]
    lines = [
        "## Generated and extractive answers",
        "",
        f"The model was asked {modes['generated'] + modes['fallback']} times: "
        f"{modes['generated']} generated answers passed the check, {modes['fallback']} fell "
        f"back to the extractive answer (fallback rate {fmt(llm['fallback_rate'])}); "
        f"{modes['extractive']} questions were refused by the core without asking it.",
        "",
    ]
    names = ("answer_accuracy", "refusal_accuracy", "citation_hit", "ungrounded_answers")
    return lines + _table(
        ["metric", "extractive", "with the model"],
        [[n.replace("_", " "), fmt(llm["extractive"][n]), fmt(llm["generated"][n])] for n in names],
    )


def _claims_section(claims: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Claims: per-label accuracy, confusion matrix, evidence quoting, wrong verdicts."""
    confusion = claims["confusion"]
    predicted = list(next(iter(confusion.values())).keys())
    lines = [
        "## Claims",
        "",
        f"Verdict accuracy {fmt(claims['verdict_accuracy'])} over {claims['n']} claims; "
        f"evidence quoted {fmt(claims['evidence_quoted'])} over "
        f"{claims['evidence_scored']} supported/refuted claims; "
        f"{claims.get('ungrounded_explanations', 0)} explanations with a number no quote "
        "nor the claim holds.",
        "",
    ]
    lines += _table(
        ["gold \\ predicted", *predicted, "accuracy"],
        [
            [g, *[confusion[g][p] for p in predicted], fmt(claims["per_label_accuracy"][g])]
            for g in confusion
        ],
    )
    for row in rows:
        if not row["correct"]:
            lines.append(
                f"- `{row['id']}` {row['claim']} — expected {row['label']}, got {row['verdict']}"
            )
    return lines + [""]


def _failure(row: Mapping[str, Any]) -> list[str]:
    """One failed question, readably."""
    if row["answerable"]:
        facts = [" or ".join(f"“{a}”" for a in group) for group in row["expected_facts"]]
        expected = "; ".join(facts) or "an answer (no facts listed)"
    else:
        expected = "a refusal (the report does not say)"
    got = ("(refused) " if row["refused"] else "") + (row["answer"] or "(empty)")
    rank = row["rank"] if row["rank"] is not None else "not in the ranking"
    lines = [f"### {row['id']} · {row['type']}", ""]
    if row["history"]:
        lines.append("- **History:** " + " → ".join(row["history"]))
    lines += [
        f"- **Question:** {row['question']}",
        f"- **Expected:** {expected}",
        f"- **Got:** {got}",
        f"- **Why:** {row['why']}",
    ]
    if row["answerable"] and row["evidence"]:
        lines.append(f"- **Evidence rank (pipeline):** {rank}")
    for c in row["citations"]:
        quote = c["quote"][:_QUOTE_PREVIEW] + ("…" if len(c["quote"]) > _QUOTE_PREVIEW else "")
        lines.append(f"- **Cited** `{c['id']}`: {quote}")
    return lines + [""]


def plot_retrieval(path: Path, metrics: Mapping[str, Any]) -> None:
    """Grouped bars of retrieval per configuration, and answer/refusal accuracy."""
    # Figure + the Agg canvas directly: no pyplot global state, no backend selection.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 4.5), layout="constrained")
    FigureCanvasAgg(fig)
    left, right = fig.subplots(1, 2, width_ratios=[3, 1])
    series = ["recall_at_1", "recall_at_5"] + [f"budget_recall_{b}" for b in BUDGETS]
    labels = ["recall@1", "recall@5"] + [f"≤{b} chars" for b in BUDGETS]
    configs = list(metrics["baselines"])
    width = 0.8 / len(series)
    for i, (key, label) in enumerate(zip(series, labels, strict=True)):
        xs = [c + (i - (len(series) - 1) / 2) * width for c in range(len(configs))]
        ys = [metrics["baselines"][name].get(key) or 0.0 for name in configs]
        left.bar(xs, ys, width, label=label)
    left.set_xticks(range(len(configs)), configs)
    left.set_ylim(0, 1.05)
    left.set_title("Evidence retrieval by configuration (answerable questions with evidence)")
    left.legend(
        fontsize="small", ncols=len(series), loc="upper center", bbox_to_anchor=(0.5, -0.08)
    )
    names = ["answer\naccuracy", "refusal\naccuracy", "citation\nhit"]
    values = [metrics["answer_accuracy"], metrics["refusal_accuracy"], metrics["citation_hit"]]
    bars = right.bar(
        names, [v or 0.0 for v in values], color=["tab:green", "tab:purple", "tab:gray"]
    )
    right.bar_label(bars, labels=[fmt(v) for v in values], fontsize="small")
    right.set_ylim(0, 1.1)
    right.set_title("Answers")
    fig.savefig(path, dpi=100)
