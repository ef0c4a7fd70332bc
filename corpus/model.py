"""Plain data types of the corpus layer: documents and their passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Time frames a passage can speak of. A report delivered in year Y reviews Y-1 ("results"),
# sets targets and plans for Y ("targets"), and may look back over five years ("span").
FRAME_RESULTS = "results"
FRAME_TARGETS = "targets"
FRAME_SPAN = "span"
FRAME_NONE = "none"  # front matter, notices, closing formulas


@dataclass(frozen=True)
class DocumentMeta:
    """What a document is: read from the JSON sidecar next to its text."""

    id: str
    title: str
    issuer: str
    year: int
    date: str
    speaker: str = ""
    region: str = ""
    meeting: str = ""
    published: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def review_year(self) -> int:
        """The year whose results the report reviews (the year before delivery)."""
        return int(self.extra.get("review_year", self.year - 1))


@dataclass(frozen=True)
class Passage:
    """One sentence of a document, verbatim, with where it sits and when it speaks of.

    `text == document.text[start:end]` always holds; `section` is the heading path from the
    part down to the numbered section; `lead` is the paragraph's lead phrase
    ("产业结构更趋完善。") or "" when the paragraph has none.
    """

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    section: tuple[str, ...]
    lead: str
    paragraph: int
    frame: str  # one of FRAME_*
    years: str  # the year(s) the passage speaks of: "2019", "2020", "2015-2019" or ""
    kind: str = "sentence"  # "sentence" | "heading" | "meta"
    bullet: bool = False  # paragraph starts with a "——" bullet

    @property
    def section_path(self) -> str:
        """The section headings joined for display."""
        return " › ".join(self.section)


@dataclass(frozen=True)
class Document:
    """A parsed document: its metadata, full text and passages in reading order."""

    meta: DocumentMeta
    text: str
    passages: tuple[Passage, ...]

    def passage(self, passage_id: str) -> Passage:
        """Return the passage with this id (KeyError if absent)."""
        for p in self.passages:
            if p.id == passage_id:
                return p
        raise KeyError(passage_id)
