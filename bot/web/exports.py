"""Downloads: a checked draft as CSV or Markdown, feedback as CSV.

CSV is written with a byte-order mark (so spreadsheet programs read the Chinese right) and
cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are quoted with a
leading apostrophe: drafts and citizens' questions are untrusted text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from wenzheng.bot.core.types import CheckResult
from wenzheng.bot.web.views import FEEDBACK_LABELS, verdict_label

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A cell value a spreadsheet shows as text, never evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV text with a BOM, every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return "\ufeff" + out.getvalue()


def _differences(r: CheckResult) -> str:
    return "；".join(f"{d.indicator}：声明 {d.claimed} → 报告 {d.reported}" for d in r.differences)


def check_csv(results: Sequence[CheckResult]) -> str:
    """One row per sentence: sentence, verdict, explanation, figures, deciding passage."""
    header = ("句子", "结论", "verdict", "说明", "差异", "依据章节", "依据原文", "段落编号")
    rows = []
    for r in results:
        first = r.evidence[0] if r.evidence else None
        rows.append(
            (
                r.claim,
                verdict_label(r.verdict),
                r.verdict,
                r.explanation,
                _differences(r),
                first.section if first else "",
                first.quote if first else "",
                first.id if first else "",
            )
        )
    return to_csv(header, rows)


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip() or "—"


def check_markdown(results: Sequence[CheckResult], title: str = "草稿核查结果") -> str:
    """A Markdown report: counts, then a table of sentences and verdicts."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    summary = "，".join(f"{verdict_label(v)} {n} 句" for v, n in counts.items())
    summary = summary or "没有可核查的句子"
    lines = [f"# {title}", "", summary + "。", ""]
    lines += ["| # | 句子 | 结论 | 差异（声明 → 报告） | 依据 |", "|---|---|---|---|---|"]
    for n, r in enumerate(results, 1):
        first = r.evidence[0] if r.evidence else None
        evidence = f"{first.section}：“{first.quote}”" if first else ""
        row = (str(n), r.claim, verdict_label(r.verdict), _differences(r), evidence)
        lines.append("| " + " | ".join(_md(c) for c in row) + " |")
    return "\n".join(lines) + "\n"


def feedback_csv(rows: Iterable[Any]) -> str:
    """Votes: time, verdict, question, answer (no chat identifiers, not even hashed)."""
    return to_csv(
        ("时间", "评价", "verdict", "问题", "回答"),
        (
            (
                r.created_at,
                FEEDBACK_LABELS.get(r.verdict, r.verdict),
                r.verdict,
                r.question,
                r.answer,
            )
            for r in rows
        ),
    )
