"""Result types of the answering core, shared by the CLI, Telegram and the eval."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from wenzheng.corpus.model import DocumentMeta


@dataclass(frozen=True)
class Citation:
    """A cited passage: where it is and the verbatim quote that backs the answer."""

    id: str
    document: str
    section: str
    quote: str


@dataclass(frozen=True)
class Retrieved:
    """One ranked passage the retriever returned."""

    id: str
    text: str
    score: float


Mode = Literal["extractive", "generated", "fallback"]


_PUBLIC_REASONS = {
    "not_found": "not_stated",
    "place": "other_place",
    "elsewhere": "other_place",
    "year": "other_year",
    "premise": "false_premise",
    "personal": "personal",
    "procedure": "procedure",
}


@dataclass(frozen=True)
class Answer:
    """What a user gets for a question.

    `text` is the short direct answer (or the refusal message). An extractive answer carries
    no citation markers, except the English sentence that opens an English figure answer
    ("In 2019, Gulou's GDP was … [1]."); a generated one marks its sources "[n]", n counting
    `citations` from 1. Either way every number in it (markers aside) is in a cited quote,
    as digits or as the same value ("162 billion" for 1620亿, see `grounding`). `years`
    names the year(s) the answer speaks of ("2019", "2020", "2015-2019" or "").
    `mode`: "extractive" (composed from the report's clauses), "generated" (written by the
    configured model and checked), "fallback" (the model failed or its answer failed the
    check, so this is the extractive answer). `basis` is the extractive answer a generated
    one was written from.
    """

    question: str
    text: str
    refused: bool
    citations: tuple[Citation, ...] = ()
    retrieved: tuple[Retrieved, ...] = ()
    years: str = ""
    reason: str = ""  # why it refused, or which rule shaped the answer (for logs and eval)
    confidence: float | None = None  # the decision's probability that the passages answer
    mode: Mode = "extractive"
    basis: Answer | None = field(default=None, repr=False)

    @property
    def public_reason(self) -> str | None:
        """Why the answer is a refusal, as a stable code (None when it answers).

        not_stated (the report is on the topic but does not say), out_of_scope, other_place,
        other_year, false_premise, personal, procedure.
        """
        if not self.refused:
            return None
        code, _, why = self.reason.partition(":")
        if code == "not_found" and why.strip() == "no topic words":
            return "out_of_scope"
        return _PUBLIC_REASONS.get(code.strip(), "not_stated")

    def to_json(self) -> dict[str, Any]:
        """The `--json` contract: question, answer, refused, reason, mode, citations, retrieved."""
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "reason": self.public_reason,
            "mode": self.mode,
            "citations": [asdict(c) for c in self.citations],
            "retrieved": [asdict(r) for r in self.retrieved],
        }


Verdict = Literal["supported", "refuted", "not_found"]


@dataclass(frozen=True)
class FigureDifference:
    """A figure of a claim next to the report's figure for the same indicator."""

    indicator: str
    claimed: str
    reported: str


@dataclass(frozen=True)
class CheckResult:
    """The fact-check verdict on one claim, with the deciding passages."""

    claim: str
    verdict: Verdict
    evidence: tuple[Citation, ...] = ()
    explanation: str = ""
    differences: tuple[FigureDifference, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """The `check --json` contract: verdict, evidence (id, section, quote), explanation."""
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "evidence": [
                {"id": c.id, "section": c.section, "quote": c.quote, "document": c.document}
                for c in self.evidence
            ],
            "explanation": self.explanation,
            "differences": [asdict(d) for d in self.differences],
        }


class QAService(Protocol):
    """What adapters (CLI, Telegram, eval) need from the loaded core."""

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """Answer a question, using earlier questions of the same chat for follow-ups."""
        ...

    def check(self, claim: str) -> CheckResult:
        """Fact-check one claim against the reports."""
        ...

    def documents(self) -> list[DocumentMeta]:
        """The documents the service knows."""
        ...
