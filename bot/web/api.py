"""The JSON API: the same objects as `wenzheng ask --json` and `wenzheng check --json`.

Every route but /healthz needs the bearer token when one is configured. Response models
allow extra fields, so what the core adds to its JSON (`reason`, `mode`, …) passes through.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from wenzheng.bot.web.app import Core
from wenzheng.bot.web.auth import require_token
from wenzheng.bot.web.views import filter_feedback, reader_url

MAX_QUESTION = 2000  # characters; the core reads the first 300 of a question
Text = Annotated[str, Field(max_length=MAX_QUESTION)]

router = APIRouter()
api = APIRouter(prefix="/api", dependencies=[Depends(require_token)], tags=["api"])


class AskRequest(BaseModel):
    """A question, with the chat's earlier questions for follow-ups."""

    question: Text = Field(examples=["去年地区生产总值是多少？"])
    history: list[Text] = Field(default_factory=list, max_length=20, examples=[[]])


class ClaimRequest(BaseModel):
    """One claim to fact-check."""

    claim: Text = Field(examples=["去年软件业务收入同比增长14%。"])


class DraftRequest(BaseModel):
    """A draft; each factual sentence is checked (at most WENZHENG_WEB_MAX_DRAFT_CHARS)."""

    text: str = Field(examples=["去年地区生产总值增长8%。软件业务收入增长41%。成绩来之不易。"])


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class CitationOut(_Open):
    id: str
    document: str
    section: str
    quote: str


class RetrievedOut(_Open):
    id: str
    text: str
    score: float


class AnswerOut(_Open):
    """`wenzheng ask --json`; may carry `reason` (why refused) and `mode`."""

    question: str
    answer: str
    refused: bool
    citations: list[CitationOut]
    retrieved: list[RetrievedOut]


class EvidenceOut(_Open):
    id: str
    section: str
    quote: str
    document: str


class DifferenceOut(_Open):
    indicator: str
    claimed: str
    reported: str


class CheckOut(_Open):
    """`wenzheng check --json`."""

    claim: str
    verdict: Literal["supported", "refuted", "not_found"]
    evidence: list[EvidenceOut]
    explanation: str
    differences: list[DifferenceOut]


class DocumentOut(BaseModel):
    id: str
    title: str
    issuer: str
    year: int
    date: str
    speaker: str
    region: str
    meeting: str
    published: str
    passages: int
    url: str


class PassageOut(BaseModel):
    id: str
    doc_id: str
    document: str
    text: str
    section: list[str]
    lead: str
    paragraph: int
    frame: str
    years: str
    kind: str
    start: int
    end: int
    url: str


class FeedbackOut(BaseModel):
    created_at: str
    verdict: Literal["helpful", "not_helpful"]
    question: str
    answer: str


class Health(BaseModel):
    status: str


def core(request: Request) -> Core:
    """The shared core of this app."""
    shared: Core = request.app.state.core
    return shared


CoreDep = Annotated[Core, Depends(core)]


@router.get("/healthz", response_model=Health, tags=["health"])
def healthz() -> dict[str, str]:
    """Liveness: no token needed, says nothing about the data."""
    return {"status": "ok"}


@api.post("/ask", response_model=AnswerOut)
async def ask(body: AskRequest, shared: CoreDep) -> dict[str, Any]:
    """Answer a question from the reports, or say plainly that they do not say."""
    answer = await shared.answer(body.question, list(body.history))
    return answer.to_json()


@api.post("/check", response_model=CheckOut)
async def check(body: ClaimRequest, shared: CoreDep) -> dict[str, Any]:
    """Fact-check one claim: supported, refuted or not_found, with the deciding passage."""
    result = await shared.check(body.claim)
    return result.to_json()


@api.post("/check-draft", response_model=list[CheckOut])
async def check_draft(body: DraftRequest, request: Request, shared: CoreDep) -> list[Any]:
    """Fact-check every factual sentence of a draft: one result per sentence."""
    limit = request.app.state.settings.web_max_draft_chars
    if len(body.text) > limit:
        raise HTTPException(413, f"草稿过长（最多 {limit} 字）")
    return [r.to_json() for r in await shared.check_draft(body.text)]


@api.get("/documents", response_model=list[DocumentOut])
def documents(request: Request, shared: CoreDep) -> list[dict[str, Any]]:
    """The reports the service knows."""
    root = request.scope.get("root_path", "")
    return [
        {
            **{k: getattr(d.meta, k) for k in DocumentOut.model_fields if hasattr(d.meta, k)},
            "passages": len(d.passages),
            "url": f"{root}/reader/{d.meta.id}",
        }
        for d in shared.service.index.documents
    ]


@api.get("/passages/{passage_id}", response_model=PassageOut)
def passage(passage_id: str, request: Request, shared: CoreDep) -> dict[str, Any]:
    """One passage (a sentence of a report) with where it sits and when it speaks of."""
    index = shared.service.index
    p = index.by_id.get(passage_id)
    if p is None:
        raise HTTPException(404, "没有这个段落")
    title = next((d.meta.title for d in index.documents if d.meta.id == p.doc_id), "")
    return {
        "id": p.id,
        "doc_id": p.doc_id,
        "document": title,
        "text": p.text,
        "section": list(p.section),
        "lead": p.lead,
        "paragraph": p.paragraph,
        "frame": p.frame,
        "years": p.years,
        "kind": p.kind,
        "start": p.start,
        "end": p.end,
        "url": reader_url(request.scope.get("root_path", ""), p.id),
    }


@api.get("/feedback", response_model=list[FeedbackOut])
async def feedback(
    request: Request,
    verdict: Literal["helpful", "not_helpful"] | None = None,
    q: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> list[dict[str, str]]:
    """Citizens' 👍/👎 from the Telegram bot, newest first, filtered by verdict and text."""
    store = request.app.state.feedback.store()
    rows = filter_feedback(await anyio.to_thread.run_sync(store.rows), verdict or "", q)
    return [
        {
            "created_at": r.created_at,
            "verdict": r.verdict,
            "question": r.question,
            "answer": r.answer,
        }
        for r in rows[:limit]
    ]


router.include_router(api)
