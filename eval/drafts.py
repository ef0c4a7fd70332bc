"""Scoring draft checking: which sentences of a draft get a verdict, and which verdict.

A gold draft lists its sentences with a label: `supported`, `refuted`, `not_found`, or
`opinion` (no verdict expected). `wenzheng check --file` and the web Check page give one
result per factual sentence; here they are matched to the gold sentences by text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wenzheng.eval.metrics import canon, share

FACT_LABELS = ("supported", "refuted", "not_found")


def load_drafts(path: Path) -> list[dict[str, Any]]:
    """Gold drafts: {id, text, sentences: [{text, label}]}."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score_drafts(service: Any, drafts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Sentence detection (a verdict exactly for factual sentences) and verdict accuracy."""
    rows = []
    for draft in drafts:
        results = {canon(r.claim): r.verdict for r in service.check_draft(draft["text"])}
        for sentence in draft["sentences"]:
            key = canon(sentence["text"])
            verdict = results.get(key) or next(
                (v for k, v in results.items() if key in k or k in key), None
            )
            rows.append({"draft": draft["id"], "label": sentence["label"], "verdict": verdict})
    factual = [r for r in rows if r["label"] in FACT_LABELS]
    opinions = [r for r in rows if r["label"] not in FACT_LABELS]
    return {
        "sentences": len(rows),
        "factual_found": share(factual, lambda r: r["verdict"] is not None),
        "opinions_skipped": share(opinions, lambda r: r["verdict"] is None),
        "verdict_accuracy": share(factual, lambda r: r["verdict"] == r["label"]),
        "false_supported": sum(
            1 for r in factual if r["verdict"] == "supported" and r["label"] != "supported"
        ),
    }
