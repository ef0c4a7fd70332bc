"""The documents a fact-checker checks against: citations, time frames and region names."""

from __future__ import annotations

from wenzheng.bot.core.figures import ClaimTime
from wenzheng.bot.core.types import Citation
from wenzheng.corpus.model import (
    FRAME_NONE,
    FRAME_SPAN,
    FRAME_TARGETS,
    Document,
    Passage,
)
from wenzheng.corpus.places import level_names
from wenzheng.corpus.text import tidy
from wenzheng.corpus.time import cited_section, span_length
from wenzheng.corpus.time import frame_label as time_frame_label


class Reports:
    """Loaded documents with lookups by passage: whose it is, how to cite it, its time."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents
        self.doc_of = {p.id: d for d in documents for p in d.passages}
        # the passage before each in its document (None for a document's first)
        self._before = {
            p.id: (d.passages[i - 1] if i else None)
            for d in documents
            for i, p in enumerate(d.passages)
        }
        self.known_text = "".join(tidy(d.text) for d in documents).replace(" ", "")
        self.known_lower = self.known_text.lower()  # "pm2.5" of a lower-cased question
        # (place, year) of every review: asked for each report figure a claim is compared with
        self._reviewed = {(d.meta.region, str(d.meta.review_year)) for d in documents}
        self._newest: dict[str, int] = {}  # the year of each place's newest report
        for d in documents:
            self._newest[d.meta.region] = max(self._newest.get(d.meta.region, 0), d.meta.year)

    def is_target_time(self, time: ClaimTime) -> bool:
        """True when a claim speaks of targets (今年, 目标, a year reports only set targets for)."""
        if time.frame == FRAME_TARGETS:
            return True
        if not time.year or not time.year.isdigit():
            return False
        year = int(time.year)
        reviewed = {d.meta.review_year for d in self.documents}
        return year in {d.meta.year for d in self.documents} and year not in reviewed

    def before(self, p: Passage) -> Passage | None:
        """The passage right before p in its document, if any."""
        return self._before.get(p.id)

    def before_newest(self, year: str, doc: Document | None) -> bool:
        """Whether a year is before that of the newest report of the document's place (a
        year whose plan is past: what a plain claim of it states is a result)."""
        return (
            doc is not None and year.isdigit() and int(year) < self._newest.get(doc.meta.region, 0)
        )

    def reviews(self, year: str, doc: Document | None) -> bool:
        """Whether a report of the document's place reviews the year."""
        return doc is not None and (doc.meta.region, year) in self._reviewed

    def cite(self, p: Passage) -> Citation:
        """A citation of a passage: id, document title, section path and verbatim quote."""
        doc = self.doc_of[p.id]
        return Citation(
            p.id, doc.meta.title, cited_section(p.section_path, p.frame, p.years), p.text
        )

    def cites(self, *passages: Passage | None) -> tuple[Citation, ...]:
        """Citations of the given passages, skipping None."""
        return tuple(self.cite(p) for p in passages if p is not None)

    @staticmethod
    def passage_with(doc: Document, value: str) -> Passage | None:
        """The first passage whose whitespace-free text contains value."""
        return next((p for p in doc.passages if value in p.text.replace(" ", "")), None)

    def time_matches(self, time: ClaimTime, p: Passage | None, year: str = "") -> bool:
        """True when a passage (or its part opening with `year`) speaks of the claim's time."""
        if p is None or p.frame == FRAME_NONE:
            return True
        if time.year:
            if year:
                return year == time.year
            doc = self.doc_of.get(p.id)
            if p.frame == FRAME_TARGETS and not time.planned and self.reviews(time.year, doc):
                # "2024年新增充电桩1200个" says what 2024 did, and a report of the place
                # reviews 2024: the plan set for it says nothing of that
                return False
            if p.years == time.year:
                return True
            return (
                p.frame == FRAME_SPAN and doc is not None and time.year == str(doc.meta.review_year)
            )
        if time.frame == FRAME_SPAN:
            # "五年间" is not a look-back over four years ("“十四五”以来的四年")
            return p.frame == FRAME_SPAN and (not time.span or span_length(p.years) == time.span)
        return not time.frame or p.frame == time.frame


def frame_label(p: Passage, doc: Document, year: str = "") -> str:
    """A passage's time in words ("2019年实绩", "2020年目标", "2017年")."""
    if year:
        return f"{year}年"
    return time_frame_label(p.frame, p.years, review_year=doc.meta.review_year, year=doc.meta.year)


def region_names(documents: list[Document]) -> tuple[str, ...]:
    """Names of the documents' regions and their short forms (南京市鼓楼区 → 鼓楼区, 鼓楼)."""
    names = set().union(*(level_names(tidy(d.meta.region)) for d in documents))
    return tuple(sorted(names, key=len, reverse=True))
