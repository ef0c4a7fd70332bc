"""The `wenzheng check` subcommand: fact-check a claim, a JSONL batch of claims, or a draft."""

from __future__ import annotations

import argparse
import itertools
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from wenzheng.bot.core.types import CheckResult

from wenzheng.batch import BatchItem, read_items, read_text, results
from wenzheng.errors import InputError

VERDICT_LABELS = {"supported": "属实", "refuted": "不符", "not_found": "报告未提及"}
QUOTE_WIDTH = 60  # characters of a quote shown in the draft table


class CheckService(Protocol):
    """What the subcommand needs from the service."""

    def check(self, claim: str) -> CheckResult:
        """Fact-check one claim."""
        ...

    def check_draft(self, text: str) -> list[CheckResult]:
        """Fact-check each factual sentence of a draft."""
        ...


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `check` on the `wenzheng` subparsers and return its parser."""
    p = subparsers.add_parser(
        "check", help="fact-check a claim against the reports (supported / refuted / not_found)"
    )
    p.add_argument("claim", nargs="?", help="the claim (omit with --batch or --file)")
    p.add_argument("--json", action="store_true", help="print JSON")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--batch", type=Path, help="JSONL file: one {id, claim} a line")
    source.add_argument("--file", type=Path, help="a draft: check each factual sentence")
    return p


def run(args: argparse.Namespace, settings: Any, service: CheckService) -> int:
    """Run `wenzheng check` with the given service; print results on stdout as they come."""
    if args.batch is not None:
        for line in run_batch(service, args.batch, as_json=args.json):
            print(line, flush=True)
        return 0
    if args.file is not None:
        results = service.check_draft(read_text(args.file, "draft"))
        if args.json:
            print(json.dumps([r.to_json() for r in results], ensure_ascii=False))
        else:
            print(render_table(results))
        return 0
    if args.claim is None or not args.claim.strip():
        raise InputError('the claim is empty: wenzheng check "声明"')
    result = service.check(args.claim)
    print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else render_result(result))
    return 0


def run_batch(service: CheckService, path: Path, as_json: bool) -> Iterator[str]:
    """Check each `{id, claim}` line of a JSONL file, yielding one output line per item.

    A bad line or claim yields `{"id": …, "error": "…"}` and the batch goes on; a lost
    service stops it (see `wenzheng.batch.results`).
    """

    def handle(item: BatchItem) -> str:
        claim = item.fields["claim"]
        result = service.check(claim)
        if as_json:
            return json.dumps({"id": item.id, **result.to_json()}, ensure_ascii=False)
        return f"## {item.id}: {claim}\n{render_result(result)}\n"

    items = read_items(path, "claim")
    first = next(items, None)  # decodes the file: an unreadable one fails before any output
    if first is None:
        return iter(())
    return results(itertools.chain([first], items), handle, as_json)


def render_result(result: CheckResult) -> str:
    """A readable verdict: label, explanation, differing figures and quoted passages."""
    lines = [f"结论：{VERDICT_LABELS[result.verdict]}（{result.verdict}）"]
    if result.explanation:
        lines.append(f"说明：{result.explanation}")
    for d in result.differences:
        lines.append(f"差异：{d.indicator}  声明【{d.claimed}】≠ 报告【{d.reported}】")
    if result.evidence:
        lines.append("依据：")
    reported = [d.reported for d in result.differences]
    for i, c in enumerate(result.evidence, 1):
        lines.append(f"  [{i}] {c.section}  ({c.id})")
        lines.append(f"      “{mark(c.quote, reported)}”")
    return "\n".join(lines)


def render_table(results: list[CheckResult]) -> str:
    """The draft table: sentence, verdict, differing figure, evidence."""
    if not results:
        return "草稿中没有可核查的事实陈述。"
    header = ("句子", "结论", "差异（声明 → 报告）", "依据")
    rows = [header]
    for r in results:
        diff = "；".join(f"{d.indicator} 【{d.claimed}】→【{d.reported}】" for d in r.differences)
        quote = ""
        if r.evidence:
            quote = _shorten(mark(r.evidence[0].quote, [d.reported for d in r.differences]))
            quote = f"{r.evidence[0].section}：“{quote}”"
        rows.append((r.claim, VERDICT_LABELS[r.verdict], diff or "—", quote or "—"))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    lines = [" | ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def mark(quote: str, figures: list[str]) -> str:
    """Bracket the first occurrence of each figure in a quote: 增长【14%】."""
    for fig in figures:
        at = quote.find(fig)
        if fig and at >= 0 and not quote[:at].endswith("【"):
            quote = f"{quote[:at]}【{fig}】{quote[at + len(fig) :]}"
    return quote


def _shorten(quote: str) -> str:
    """Keep a quote short around its first marked figure."""
    if len(quote) <= QUOTE_WIDTH:
        return quote
    at = max(quote.find("【"), 0)
    start = max(0, min(at - QUOTE_WIDTH // 3, len(quote) - QUOTE_WIDTH))
    text = quote[start : start + QUOTE_WIDTH]
    return ("…" if start else "") + text + ("…" if start + QUOTE_WIDTH < len(quote) else "")


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    """Pad text with spaces to a display width."""
    return text + " " * (width - _width(text))
