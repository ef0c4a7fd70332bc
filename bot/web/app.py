"""`create_app(settings, service)`: the FastAPI app, its guards and its error pages.

One process holds one loaded core. Answers and checks run in worker threads, at most
`web_core_threads` at once (the core is read-only once loaded; the fact-checker is built
under a lock), so the event loop stays free for other requests.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import asynccontextmanager
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from wenzheng.bot.core.cache import AnswerCache, effective_history, service_scope
from wenzheng.bot.core.feedback import FeedbackStore
from wenzheng.bot.core.types import Answer, CheckResult
from wenzheng.bot.web.auth import Auth, LoginRequired, require_login

from wenzheng.errors import InputError, WenzhengError
from wenzheng.settings import Settings

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
T = TypeVar("T")

# Pages allow only our own files: nothing inline, so even markup that slipped through
# escaping could not run. Swagger UI (/docs) needs its inline start-up script.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
)
_login = Depends(require_login)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class Core:
    """The shared service behind a capacity limit: at most N answers or checks at once.

    Answers to questions asked again come from a bounded cache (`web_answer_cache` entries,
    keyed by question, history, index generation and settings: see `bot/core/cache.py`), and
    a question already being answered for another client is awaited, not computed twice.
    """

    def __init__(self, service: Any, threads: int, cache_size: int = 0) -> None:
        self.service = service
        self.limiter = anyio.CapacityLimiter(max(1, threads))
        self.cache = AnswerCache(cache_size)
        self._pending: dict[tuple[Hashable, str, tuple[str, ...]], asyncio.Future[Answer]] = {}

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a blocking call of the core in a worker thread."""
        return await anyio.to_thread.run_sync(fn, *args, limiter=self.limiter)

    async def answer(self, question: str, history: list[str]) -> Answer:
        """Answer a question (with earlier questions for follow-ups)."""
        if not self.cache.size:
            return await self._compute(question, history)
        scope = service_scope(self.service)
        # with a model configured, the generator reads the whole chat; else the core's turns
        generator = getattr(self.service, "generator", None)
        turns = getattr(self.service, "history_turns", None) if generator is None else None
        earlier = effective_history(history, turns)
        cached = self.cache.get(scope, question, earlier)
        if cached is not None:
            return cached
        key = (scope, question, earlier)
        pending = self._pending.get(key)  # only the event loop's thread touches _pending
        if pending is not None:
            try:
                return await asyncio.shield(pending)
            except asyncio.CancelledError:
                if not pending.cancelled():
                    raise  # this request was cancelled, not the one it waited for
            return await self._compute(question, history)
        future: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            answer = await self._compute(question, history)
        except asyncio.CancelledError:
            future.cancel()  # its waiters compute their own answer
            raise
        except BaseException as exc:  # the same question fails the same way for its waiters
            future.set_exception(exc)
            future.exception()  # marked as retrieved: there may be no waiter
            raise
        finally:
            del self._pending[key]
        self.cache.put(scope, question, earlier, answer)
        future.set_result(answer)
        return answer

    async def _compute(self, question: str, history: list[str]) -> Answer:
        answer: Answer = await self.run(self.service.answer, question, history)
        return answer

    async def check(self, claim: str) -> CheckResult:
        """Fact-check one claim."""
        result: CheckResult = await self.run(self.service.check, claim)
        return result

    async def check_draft(self, text: str) -> list[CheckResult]:
        """Fact-check each factual sentence of a draft."""
        results: list[CheckResult] = await self.run(self.service.check_draft, text)
        return results

    def warm_up(self) -> None:
        """Load what the first request would otherwise load (query model, fact-checker)."""
        self.service.answer("2019年地区生产总值是多少？")
        self.service.check("2019年地区生产总值增长8%。")


class Feedback:
    """The Telegram feedback store, opened on first use (reading never blocks the bot)."""

    def __init__(self, data_dir: Path, store: FeedbackStore | None = None) -> None:
        self._data_dir = data_dir
        self._store = store
        self._lock = threading.Lock()

    def store(self) -> FeedbackStore:
        """The store at `<data_dir>/feedback.sqlite3`."""
        with self._lock:
            if self._store is None:
                self._store = FeedbackStore.in_dir(self._data_dir)
            return self._store


def create_app(
    settings: Settings, service: Any, *, feedback: FeedbackStore | None = None, warm: bool = True
) -> FastAPI:
    """The web app over a loaded service (`Wenzheng`); `feedback` defaults to DATA_DIR's store."""
    from wenzheng.bot.web import api, pages

    core = Core(service, settings.web_core_threads, settings.web_answer_cache)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await anyio.to_thread.run_sync(core.warm_up)
        yield

    app = FastAPI(
        title="问政 wenzheng API",
        version=_version(),
        description="Grounded answers and fact-checks over government work reports. "
        "With WENZHENG_WEB_TOKEN set, /api routes need `Authorization: Bearer <token>`.",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.core = core
    app.state.auth = Auth(settings)
    app.state.feedback = Feedback(settings.data_dir, feedback)
    app.state.templates = templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_docs(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=settings.web_max_body_bytes)
    return app


def templates() -> Jinja2Templates:
    """The page templates (autoescaped: everything from users and documents is text)."""
    from wenzheng.bot.web.views import mode_label, verdict_label

    env = Jinja2Templates(directory=HERE / "templates")
    env.env.globals.update(verdict_label=verdict_label, mode_label=mode_label)
    return env


def _version() -> str:
    from wenzheng import __version__

    return __version__


def _add_docs(app: FastAPI) -> None:
    """OpenAPI at /openapi.json and Swagger UI at /docs, served without any CDN."""
    offline = find_spec("fastapi_offline")
    assets = Path(offline.origin).parent / "static" if offline and offline.origin else None

    @app.get("/openapi.json", include_in_schema=False, dependencies=[_login])
    def openapi() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False, dependencies=[_login])
    def docs(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        urls: dict[str, Any] = {}
        if assets is not None:
            urls = {
                "swagger_js_url": f"{root}/docs-assets/swagger-ui-bundle.js",
                "swagger_css_url": f"{root}/docs-assets/swagger-ui.css",
                "swagger_favicon_url": f"{root}/static/favicon.svg",
            }
        page = get_swagger_ui_html(openapi_url=f"{root}/openapi.json", title="问政 API", **urls)
        page.headers["content-security-policy"] = DOCS_CSP
        return page

    if assets is not None:
        app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")


def _wants_html(request: Request) -> bool:
    """Pages get HTML errors; the API and other clients get JSON."""
    path = request.url.path
    if path.startswith("/api/") or path == "/healthz":
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str) -> Response:
    """A short message, as JSON `{"detail": …}` or a small HTML page; never a traceback."""
    if not _wants_html(request):
        return JSONResponse({"detail": message}, status_code=status)
    context = {
        "status": status,
        "message": message,
        "root": request.scope.get("root_path", ""),
        "auth": request.app.state.auth.enabled,
        "page": "error",
    }
    return request.app.state.templates.TemplateResponse(
        request, "error.html", context, status_code=status
    )


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        from urllib.parse import quote

        root = request.scope.get("root_path", "")
        path = request.url.path
        path = path[len(root) :] if root and path.startswith(root + "/") else path
        target = path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"{root}/login?next={quote(target)}", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        response = error_response(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(WenzhengError)
    async def unavailable(request: Request, exc: WenzhengError) -> Response:
        log.error("%s on %s %s: %s", type(exc).__name__, request.method, request.url.path, exc)
        return error_response(request, 503, "服务暂时不可用，请稍后再试")

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, "服务器内部错误")


def _validation_message(exc: RequestValidationError) -> str:
    """The first validation problem in one line: `question: Field required`."""
    errors = exc.errors()
    if not errors:
        return "请求格式不正确"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg"))


class BodyTooLarge(HTTPException):
    """A request body over `web_max_body_bytes`."""

    def __init__(self) -> None:
        super().__init__(413, "请求内容过大")


class BodyLimit:
    """Refuse request bodies over a size: by Content-Length at once, else while reading."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_bytes:
            await JSONResponse({"detail": "请求内容过大"}, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise BodyTooLarge()
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """Add the content security policy and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name for name, _ in headers}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, with_headers)
