"""Find `wenzheng eval` runs (folders holding metrics.json) for the Eval page."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EvalRun:
    """One eval run folder and its metrics."""

    name: str
    path: Path
    mtime: float
    metrics: dict[str, Any]

    @property
    def plot(self) -> Path | None:
        """The retrieval chart, when the run wrote one."""
        png = self.path / "retrieval.png"
        return png if png.is_file() else None


def find_runs(eval_dir: Path) -> list[EvalRun]:
    """Runs in `eval_dir` itself or its sub-folders, newest first (unreadable ones skipped)."""
    if not eval_dir.is_dir():
        return []
    candidates = [eval_dir / "metrics.json", *sorted(eval_dir.glob("*/metrics.json"))]
    runs = []
    for path in candidates:
        try:
            metrics = json.loads(path.read_text(encoding="utf-8"))
            mtime = path.stat().st_mtime
        except (OSError, ValueError):
            continue
        if isinstance(metrics, dict):
            name = path.parent.name if path.parent != eval_dir else eval_dir.name
            runs.append(EvalRun(name, path.parent, mtime, metrics))
    return sorted(runs, key=lambda r: r.mtime, reverse=True)


def pick_run(runs: list[EvalRun], name: str | None) -> EvalRun | None:
    """The run named (only names found on disk are accepted), else the newest."""
    for run in runs:
        if run.name == name:
            return run
    return runs[0] if runs else None


HEADLINE = (
    ("answer_accuracy", "回答准确率"),
    ("refusal_accuracy", "拒答准确率"),
    ("citation_hit", "引用命中率"),
    ("recall_at_1", "检索 recall@1"),
    ("recall_at_5", "检索 recall@5"),
    ("mrr", "MRR"),
    ("verdict_accuracy", "核查结论准确率"),
)


def headline(metrics: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, formatted value) for the headline metrics present in a run."""
    rows = []
    for key, label in HEADLINE:
        value = metrics.get(key)
        if isinstance(value, int | float):
            rows.append((label, pct(value) if key != "mrr" else f"{value:.3f}"))
    ungrounded = metrics.get("ungrounded_answers")
    if isinstance(ungrounded, dict) and "count" in ungrounded:
        rows.append(("无依据回答", str(ungrounded["count"])))
    return rows


def pct(value: Any) -> str:
    """0.941 → 94.1%; anything not a number → –."""
    return f"{value * 100:.1f}%" if isinstance(value, int | float) else "–"
