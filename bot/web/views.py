"""What the pages show, shaped from the core's results: marked figures, reader blocks, filters.

Pure functions over plain data: the templates only loop and print (autoescaped); whatever
must stand out (a figure, a search hit) is a `Segment` with `marked=True`, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from wenzheng.bot.core.types import CheckResult
from wenzheng.corpus.model import Document, Passage
from wenzheng.corpus.text import normalize

VERDICT_LABELS = {"supported": "属实", "refuted": "不符", "not_found": "报告未提及"}
FEEDBACK_LABELS = {"helpful": "有帮助", "not_helpful": "没帮助"}  # 👍 / 👎 in Telegram
MODE_LABELS = {"extractive": "原文摘录", "generated": "模型生成", "fallback": "兜底回答"}


def verdict_label(verdict: str) -> str:
    """The Chinese word for a verdict."""
    return VERDICT_LABELS.get(verdict, verdict)


def mode_label(mode: str) -> str:
    """The Chinese word for how an answer was made (`mode` in the answer JSON)."""
    return MODE_LABELS.get(mode, mode)


@dataclass(frozen=True)
class Segment:
    """A piece of text; `marked` pieces are shown highlighted."""

    text: str
    marked: bool = False


def mark(text: str, needles: Iterable[str]) -> list[Segment]:
    """Split text so that every occurrence of each needle is its own marked segment."""
    spans: list[tuple[int, int]] = []
    for needle in {n for n in needles if n}:
        at = text.find(needle)
        while at >= 0:
            spans.append((at, at + len(needle)))
            at = text.find(needle, at + len(needle))
    segments, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue  # overlaps a span already marked
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], True))
        pos = end
    if pos < len(text) or not segments:
        segments.append(Segment(text[pos:]))
    return segments


def reader_url(root: str, passage_id: str) -> str:
    """The reader page of a passage's document, at that passage: `…/reader/DOC#ID`."""
    doc_id = passage_id.rsplit(":", 1)[0]
    return f"{root}/reader/{quote(doc_id, safe='')}#{passage_id}"


# --- answers ---------------------------------------------------------------------------


def answer_view(answer: dict[str, Any], root: str) -> dict[str, Any]:
    """An answer's JSON with a reader link on each citation (`reason`/`mode` kept if present)."""
    citations = [{**c, "url": reader_url(root, c["id"])} for c in answer.get("citations", [])]
    return {**answer, "citations": citations}


# --- checks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """A deciding passage, its reported figures marked."""

    id: str
    url: str
    document: str
    section: str
    quote: list[Segment]


@dataclass(frozen=True)
class CheckRow:
    """One sentence of a draft next to the report's passage."""

    claim: list[Segment]
    verdict: str
    label: str
    explanation: str
    differences: list[dict[str, str]]
    evidence: list[Evidence] = field(default_factory=list)


def check_rows(results: Sequence[CheckResult], root: str) -> list[CheckRow]:
    """Rows for the check page: claimed figures marked in the sentence, reported in the quote."""
    rows = []
    for r in results:
        claimed = [d.claimed for d in r.differences]
        reported = [d.reported for d in r.differences]
        evidence = [
            Evidence(c.id, reader_url(root, c.id), c.document, c.section, mark(c.quote, reported))
            for c in r.evidence
        ]
        rows.append(
            CheckRow(
                claim=mark(r.claim, claimed),
                verdict=r.verdict,
                label=verdict_label(r.verdict),
                explanation=r.explanation,
                differences=[
                    {"indicator": d.indicator, "claimed": d.claimed, "reported": d.reported}
                    for d in r.differences
                ],
                evidence=evidence,
            )
        )
    return rows


def verdict_counts(results: Sequence[CheckResult]) -> dict[str, int]:
    """How many sentences got each verdict, in the order the page lists them."""
    counts = dict.fromkeys(VERDICT_LABELS, 0)
    for r in results:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return counts


# --- reader ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A part (level 1) or section (level 2) heading with its anchor."""

    level: int
    title: str
    anchor: str


@dataclass(frozen=True)
class Shown:
    """A passage as the reader shows it."""

    id: str
    text: list[Segment]
    hit: bool


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph of passages, in reading order."""

    heading: Heading | None = None
    passages: list[Shown] = field(default_factory=list)


def search_hits(doc: Document, query: str) -> list[Passage]:
    """Passages containing the query (compared after normalization: 繁/简, widths, spaces)."""
    needle = normalize(query.strip())
    if not needle:
        return []
    return [p for p in doc.passages if needle in normalize(p.text)]


def reader_blocks(doc: Document, query: str = "") -> tuple[list[Heading], list[Block]]:
    """The table of contents and the body: headings, then paragraphs of anchored passages."""
    hits = {p.id for p in search_hits(doc, query)}
    toc: list[Heading] = []
    blocks: list[Block] = []
    section: tuple[str, ...] = ()
    paragraph: list[Shown] = []
    key: tuple[Any, ...] = ()

    def flush() -> None:
        if paragraph:
            blocks.append(Block(passages=list(paragraph)))
            paragraph.clear()

    for p in doc.passages:
        if p.section != section:
            flush()
            heading = _heading(p, section, len(toc))
            if heading is not None:
                toc.append(heading)
                blocks.append(Block(heading=heading))
            section = p.section
            if p.kind == "heading":
                continue
        if (p.paragraph, p.section) != key:
            flush()
            key = (p.paragraph, p.section)
        shown = mark(p.text, [query.strip()]) if p.id in hits else [Segment(p.text)]
        paragraph.append(Shown(p.id, shown, p.id in hits))
    flush()
    return toc, blocks


def _heading(p: Passage, previous: tuple[str, ...], n: int) -> Heading | None:
    """The heading a new section starts with; none when going back up to a parent part."""
    if p.kind == "heading":
        return Heading(len(p.section), p.section[-1], p.id)
    if previous[: len(p.section)] == p.section:
        return None  # the part resumes after a sub-section ("这些成绩的取得…")
    return Heading(len(p.section), p.section[-1], f"sec-{n + 1}")


# --- feedback --------------------------------------------------------------------------


def filter_feedback(rows: Iterable[Any], verdict: str = "", query: str = "") -> list[Any]:
    """Votes of one kind (or all) whose question or answer contains the query; newest first."""
    needle = normalize(query.strip())
    kept = [
        r
        for r in rows
        if (not verdict or r.verdict == verdict)
        and (not needle or needle in normalize(r.question) or needle in normalize(r.answer))
    ]
    return kept[::-1]
