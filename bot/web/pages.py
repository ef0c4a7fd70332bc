"""The staff pages: ask, check, reader, feedback, eval (server-rendered, Chinese UI).

Forms work without JavaScript; `static/app.js` only turns the ask form into a chat that
appends server-rendered turns. Every page but /login needs a session when a token is set.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal
from urllib.parse import quote

import anyio
from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, RedirectResponse, Response
from wenzheng.bot.web import exports, runs, views
from wenzheng.bot.web.app import Core
from wenzheng.bot.web.auth import COOKIE, require_login, safe_next
from wenzheng.bot.web.uploads import read_draft
from wenzheng.corpus.model import Document

MAX_FIELD = 2000
router = APIRouter(include_in_schema=False)
pages = APIRouter(dependencies=[Depends(require_login)])

log = logging.getLogger(__name__)


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    """A page from its template, with the app's root path and whether login is on."""
    context.setdefault("page", name.split(".")[0])
    context["root"] = request.scope.get("root_path", "")
    context["auth"] = request.app.state.auth.enabled
    context["history_turns"] = request.app.state.settings.history_turns
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _core(request: Request) -> Core:
    shared: Core = request.app.state.core
    return shared


# --- login -----------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    """The token form (straight on when no token is configured)."""
    if not request.app.state.auth.enabled:
        return RedirectResponse(request.scope.get("root_path", "") + "/", status_code=303)
    return _render(request, "login.html", next=safe_next(next))


@router.post("/login")
def login(
    request: Request,
    token: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form(max_length=1000)] = "/",
) -> Response:
    """Check the token; on success set the signed HttpOnly session cookie."""
    auth = request.app.state.auth
    if not auth.token_matches(token):
        log.warning("failed login from %s", request.client.host if request.client else "unknown")
        return _render(request, "login.html", 401, next=safe_next(next), error="令牌不正确")
    root = request.scope.get("root_path", "")
    response = RedirectResponse(root + safe_next(next), status_code=303)
    response.set_cookie(
        COOKIE,
        auth.new_session(),
        max_age=auth.max_age,
        path=root or "/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    """Forget the session cookie."""
    root = request.scope.get("root_path", "")
    response = RedirectResponse(root + "/login", status_code=303)
    response.delete_cookie(COOKIE, path=root or "/")
    return response


# --- ask -------------------------------------------------------------------------------


@pages.get("/")
def ask_page(request: Request) -> Response:
    """An empty chat."""
    return _render(request, "ask.html", turns=[], history=[], page="ask")


@pages.post("/ask")
async def ask(
    request: Request,
    question: Annotated[str, Form(max_length=MAX_FIELD)] = "",
    history: Annotated[list[str], Form(max_length=20)] = [],  # noqa: B006 - FastAPI reads it
) -> Response:
    """One turn; a fragment for the chat script, else the whole page with the turn."""
    settings = request.app.state.settings
    history = [h for h in history if h.strip() and len(h) <= MAX_FIELD][-settings.history_turns :]
    if not question.strip():
        raise HTTPException(400, "请输入问题")
    answer = await _core(request).answer(question, history)
    root = request.scope.get("root_path", "")
    turn = {"question": question, "answer": views.answer_view(answer.to_json(), root)}
    new_history = [*history, question][-settings.history_turns :]
    if request.headers.get("x-wenzheng-fragment"):
        return _render(request, "_turn.html", turn=turn, n=len(history) + 1)
    return _render(request, "ask.html", turns=[turn], history=new_history, page="ask")


# --- check -----------------------------------------------------------------------------


@pages.get("/check")
def check_page(request: Request) -> Response:
    """The draft form."""
    return _render(request, "check.html", text="", rows=None)


async def _draft_text(request: Request, text: str, file: UploadFile | None) -> str:
    """The pasted draft, or the uploaded file's text when a file was chosen."""
    if file is not None and file.filename:
        data = await file.read()
        text = read_draft(file.filename, data)
    limit = request.app.state.settings.web_max_draft_chars
    if len(text) > limit:
        raise HTTPException(413, f"草稿过长（最多 {limit} 字）")
    if not text.strip():
        raise HTTPException(400, "请粘贴草稿或上传 .txt / .docx 文件")
    return text


@pages.post("/check")
async def check(
    request: Request,
    text: Annotated[str, Form()] = "",
    file: UploadFile | None = None,
) -> Response:
    """Check every factual sentence of the draft; verdicts next to the report's passages."""
    draft = await _draft_text(request, text, file)
    results = await _core(request).check_draft(draft)
    root = request.scope.get("root_path", "")
    return _render(
        request,
        "check.html",
        text=draft,
        rows=views.check_rows(results, root),
        counts=views.verdict_counts(results),
    )


@pages.post("/check/export")
async def check_export(
    request: Request,
    text: Annotated[str, Form()] = "",
    format: Annotated[Literal["csv", "md"], Form()] = "csv",
) -> Response:
    """The checked draft as a CSV or Markdown download."""
    draft = await _draft_text(request, text, None)
    results = await _core(request).check_draft(draft)
    if format == "md":
        body, media, name = exports.check_markdown(results), "text/markdown", "check.md"
    else:
        body, media, name = exports.check_csv(results), "text/csv", "check.csv"
    return _download(body, media, name)


def _download(body: str, media: str, filename: str) -> Response:
    return Response(
        body.encode("utf-8"),
        media_type=f"{media}; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


# --- reader ----------------------------------------------------------------------------


def _documents(request: Request) -> list[Document]:
    docs: list[Document] = _core(request).service.index.documents
    return docs


@pages.get("/reader")
def reader_index(request: Request) -> Response:
    """The reports; with one report, that report."""
    docs = _documents(request)
    if len(docs) == 1:
        root = request.scope.get("root_path", "")
        return RedirectResponse(f"{root}/reader/{quote(docs[0].meta.id, safe='')}", 303)
    return _render(request, "documents.html", documents=docs, page="reader")


@pages.get("/reader/{doc_id}")
def reader(
    request: Request, doc_id: str, q: Annotated[str, Query(max_length=200)] = ""
) -> Response:
    """A report: parts and sections, every passage anchored by its id, search within it."""
    doc = next((d for d in _documents(request) if d.meta.id == doc_id), None)
    if doc is None:
        raise HTTPException(404, "没有这份报告")
    toc, blocks = views.reader_blocks(doc, q)
    hits = views.search_hits(doc, q) if q.strip() else []
    return _render(
        request, "reader.html", doc=doc, toc=toc, blocks=blocks, q=q, hits=hits, page="reader"
    )


# --- feedback --------------------------------------------------------------------------

Verdict = Literal["", "helpful", "not_helpful"]


async def _feedback_rows(request: Request, verdict: str, q: str) -> list[Any]:
    store = request.app.state.feedback.store()
    return views.filter_feedback(await anyio.to_thread.run_sync(store.rows), verdict, q)


@pages.get("/feedback")
async def feedback_page(
    request: Request, verdict: Verdict = "", q: Annotated[str, Query(max_length=200)] = ""
) -> Response:
    """Citizens' votes from Telegram, newest first, filterable."""
    rows = await _feedback_rows(request, verdict, q)
    return _render(
        request, "feedback.html", rows=rows, verdict=verdict, q=q, labels=views.FEEDBACK_LABELS
    )


@pages.get("/feedback.csv")
async def feedback_csv(
    request: Request, verdict: Verdict = "", q: Annotated[str, Query(max_length=200)] = ""
) -> Response:
    """The filtered votes as CSV."""
    rows = await _feedback_rows(request, verdict, q)
    return _download(exports.feedback_csv(rows), "text/csv", "feedback.csv")


# --- eval ------------------------------------------------------------------------------


@pages.get("/eval")
def eval_page(request: Request, run: Annotated[str, Query(max_length=200)] = "") -> Response:
    """The newest `wenzheng eval` run's metrics and chart (or how to make one)."""
    settings = request.app.state.settings
    found = runs.find_runs(settings.eval_dir)
    chosen = runs.pick_run(found, run or None)
    return _render(
        request,
        "eval.html",
        runs=found,
        run=chosen,
        headline=runs.headline(chosen.metrics) if chosen else [],
        eval_dir=str(settings.eval_dir),
        run_time=_local_time(chosen.mtime) if chosen else "",
        pct=runs.pct,
    )


def _local_time(timestamp: float) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


@pages.get("/eval/retrieval.png")
def eval_plot(request: Request, run: Annotated[str, Query(max_length=200)] = "") -> Response:
    """A run's retrieval chart (only from runs found in WENZHENG_EVAL_DIR)."""
    chosen = runs.pick_run(runs.find_runs(request.app.state.settings.eval_dir), run or None)
    if chosen is None or chosen.plot is None:
        raise HTTPException(404, "没有图表")
    return FileResponse(chosen.plot, media_type="image/png")


router.include_router(pages)
