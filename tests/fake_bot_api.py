"""Fakes for the Telegram tests: a small Bot API server on 127.0.0.1 and a fake QA core.

`FakeBotApi` holds the state (queued updates, recorded calls, validation errors) and is
served over HTTP by `FakeBotApiServer` (stdlib `http.server` in a thread), so the real
python-telegram-bot `Application` talks to it exactly as it would to api.telegram.org.
Every sendMessage is validated as Telegram would: HTML well-formed with only allowed tags
and entities, at most 4096 characters after entity parsing, buttons' callback_data at most
64 bytes. Problems are answered with a 400 and collected in `FakeBotApi.errors`.
"""

from __future__ import annotations

import html
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from wenzheng.bot.core.types import Answer, CheckResult, Citation, FigureDifference, Retrieved
from wenzheng.corpus.model import DocumentMeta

from wenzheng.settings import Settings

BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "问政",
    "username": "wenzheng_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}

ALLOWED_TAGS = set(
    "b strong i em u ins s strike del span tg-spoiler a tg-emoji code pre blockquote".split()
)
CHAT_ACTIONS = set(
    "typing upload_photo record_video upload_video record_voice upload_voice upload_document"
    " choose_sticker find_location".split()
)
JSON_PARAMS = set(
    "reply_markup reply_parameters link_preview_options commands allowed_updates entities".split()
)
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64

_HTML_TOKEN = re.compile(r"<[^<>]*>|&[^;\s<>&]*;?|[<>&]|[^<>&]+")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(@\w+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{5,}")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts."""
    return len(text.encode("utf-16-le")) // 2


def parse_telegram_html(text: str) -> tuple[str, list[str]]:
    """The visible text of Telegram HTML and the problems Telegram would reject it for."""
    visible: list[str] = []
    errors: list[str] = []
    stack: list[str] = []
    for token in _HTML_TOKEN.findall(text):
        if token.startswith("<") and len(token) > 1:
            match = _TAG.fullmatch(token)
            if not match:
                errors.append(f"malformed tag {token!r}")
                continue
            closing, name = match.group(1), match.group(2).lower()
            if name not in ALLOWED_TAGS:
                errors.append(f"unsupported tag {name!r}")
            elif closing and (not stack or stack[-1] != name):
                errors.append(f"unexpected end tag {name!r}")
            elif closing:
                stack.pop()
            else:
                stack.append(name)
        elif token.startswith("&"):
            if not _ENTITY.fullmatch(token):
                errors.append(f"unsupported entity {token!r}")
            visible.append(html.unescape(token))
        elif token in "<>":
            errors.append(f"bare {token!r}")
        else:
            visible.append(token)
    errors += [f"unclosed tag {name!r}" for name in stack]
    return "".join(visible), errors


def validate_markup(markup: Any) -> list[str]:
    """Problems of an inline keyboard as Telegram would see them."""
    if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
        return ["reply_markup is not an inline keyboard"]
    errors = []
    for row in markup["inline_keyboard"]:
        if not isinstance(row, list) or not row:
            errors.append("keyboard row is not a non-empty list")
            continue
        for button in row:
            if not button.get("text"):
                errors.append("button without text")
            data = button.get("callback_data")
            if data is None and not button.get("url"):
                errors.append("button without action")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA:
                errors.append(f"callback_data of {len(data.encode('utf-8'))} bytes")
    return errors


def _entities(text: str) -> list[dict[str, Any]]:
    """The bot_command / mention entities Telegram would attach to a text."""
    found = []
    match = _COMMAND.match(text)
    if match:
        found.append({"type": "bot_command", "offset": 0, "length": utf16_len(match.group(0))})
    for match in _MENTION.finditer(text):
        offset = utf16_len(text[: match.start()])
        found.append({"type": "mention", "offset": offset, "length": utf16_len(match.group(0))})
    return found


@dataclass
class ApiCall:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    ok: bool = True
    result: Any = None


@dataclass
class FakeBotApi:
    """State of the fake Bot API: queued updates, recorded calls, validation errors."""

    token: str
    calls: list[ApiCall] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    callback_answers: Counter = field(default_factory=Counter)
    chat_types: dict[int, str] = field(default_factory=dict)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _next_update: int = 1
    _next_message: int = 1
    _next_query: int = 1
    _cond: threading.Condition = field(default_factory=threading.Condition)

    # --- building and queueing updates ----------------------------------------------------

    def _chat(self, chat_id: int, chat_type: str | None) -> dict[str, Any]:
        kind = chat_type or self.chat_types.get(chat_id) or ("private" if chat_id > 0 else "group")
        self.chat_types[chat_id] = kind
        chat = {"id": chat_id, "type": kind}
        chat.update({"first_name": "市民"} if kind == "private" else {"title": "测试群"})
        return chat

    def _update(self, key: str, payload: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            update_id, self._next_update = self._next_update, self._next_update + 1
        return {"update_id": update_id, key: payload}

    def message(
        self,
        chat_id: int,
        *,
        chat_type: str | None = None,
        user_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """A user's message as Telegram sends it (content: text=..., sticker=..., ...)."""
        with self._cond:
            message_id, self._next_message = self._next_message, self._next_message + 1
        sender = user_id or abs(chat_id)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat(chat_id, chat_type),
            "from": {"id": sender, "is_bot": False, "first_name": "用户"},
            **content,
        }
        if "text" in content and _entities(content["text"]):
            message["entities"] = _entities(content["text"])
        if reply_to:
            message["reply_to_message"] = reply_to
        return message

    def text_update(
        self, chat_id: int, text: str, *, edited: bool = False, **kwargs: Any
    ) -> dict[str, Any]:
        """An update carrying a (possibly edited) text message."""
        message = self.message(chat_id, text=text, **kwargs)
        if edited:
            message["edit_date"] = int(time.time())
        return self._update("edited_message" if edited else "message", message)

    def sticker_update(self, chat_id: int, **kwargs: Any) -> dict[str, Any]:
        """An update carrying a sticker."""
        sticker = {
            "file_id": "stk1",
            "file_unique_id": "u1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        return self._update("message", self.message(chat_id, sticker=sticker, **kwargs))

    def voice_update(self, chat_id: int, **kwargs: Any) -> dict[str, Any]:
        """An update carrying a voice note."""
        voice = {"file_id": "v1", "file_unique_id": "v1", "duration": 3}
        return self._update("message", self.message(chat_id, voice=voice, **kwargs))

    def callback_update(
        self, message: dict[str, Any], data: str, user_id: int | None = None
    ) -> dict[str, Any]:
        """A button press on one of the bot's messages."""
        with self._cond:
            query_id, self._next_query = str(self._next_query), self._next_query + 1
        sender = user_id or abs(message["chat"]["id"])
        query = {
            "id": query_id,
            "chat_instance": "ci",
            "data": data,
            "message": message,
            "from": {"id": sender, "is_bot": False, "first_name": "用户"},
        }
        return self._update("callback_query", query)

    def revoke(self) -> None:
        """Revoke the token, as @BotFather's /revoke does: every later request gets a 401."""
        with self._cond:
            self.token = "revoked"
            self._cond.notify_all()

    def push(self, *updates: dict[str, Any]) -> None:
        """Queue updates for getUpdates."""
        with self._cond:
            self._updates.extend(updates)
            self._cond.notify_all()

    # --- inspecting ------------------------------------------------------------------------

    def sent(self, chat_id: int | None = None) -> list[ApiCall]:
        """Successful sendMessage calls, optionally to one chat."""
        with self._cond:
            return [
                c
                for c in self.calls
                if c.method == "sendMessage"
                and c.ok
                and (chat_id is None or c.params["chat_id"] == chat_id)
            ]

    def methods(self, chat_id: int | None = None) -> list[str]:
        """Names of the methods called, in order, optionally for one chat."""
        with self._cond:
            return [
                c.method
                for c in self.calls
                if chat_id is None or c.params.get("chat_id") == chat_id
            ]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Block until `predicate()` holds (checked after every call); AssertionError on timeout."""
        with self._cond:
            if not self._cond.wait_for(predicate, timeout):
                raise AssertionError(
                    f"condition not met within {timeout}s; calls: "
                    f"{[c.method for c in self.calls][-20:]}"
                )

    # --- serving ---------------------------------------------------------------------------

    def handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, dict]:
        """Answer one Bot API request; (HTTP status, JSON body)."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            return self._fail(method, params, 404, f"Not Found: method {method} not found")
        if method.lower() == "getupdates":
            return 200, {"ok": True, "result": handler(params)}
        with self._cond:
            problem, result = handler(params)
            if problem:
                return self._fail(method, params, 400, f"Bad Request: {problem}")
            self.calls.append(ApiCall(method, params, True, result))
            self._cond.notify_all()
        return 200, {"ok": True, "result": result}

    def _fail(self, method: str, params: dict, code: int, description: str) -> tuple[int, dict]:
        with self._cond:
            self.errors.append(f"{method}: {description}")
            self.calls.append(ApiCall(method, params, False))
            self._cond.notify_all()
        return code, {"ok": False, "error_code": code, "description": description}

    def _api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), 0.5)
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and wait:
                self._cond.wait_for(lambda: bool(self._updates), wait)
            return list(self._updates[: int(params.get("limit") or 100)])

    def _api_getme(self, params: dict) -> tuple[str, Any]:
        return "", BOT_USER

    def _ok(self, params: dict) -> tuple[str, Any]:
        return "", True

    _api_deletewebhook = _api_setwebhook = _api_setmycommands = _api_logout = _api_close = _ok

    def _api_sendchataction(self, params: dict) -> tuple[str, Any]:
        return ("" if params.get("action") in CHAT_ACTIONS else "bad action"), True

    def _api_answercallbackquery(self, params: dict) -> tuple[str, Any]:
        query_id = params.get("callback_query_id")
        self.callback_answers[query_id] += 1
        if self.callback_answers[query_id] > 1:
            return "query is too old and response timeout expired or query ID is invalid", None
        return "", True

    def _api_sendmessage(self, params: dict) -> tuple[str, Any]:
        text = params.get("text") or ""
        if params.get("parse_mode") == "HTML":
            visible, problems = parse_telegram_html(text)
        else:
            visible, problems = text, []
        if not visible.strip():
            problems.append("message text is empty")
        if utf16_len(visible) > MAX_TEXT:
            problems.append(f"message is too long ({utf16_len(visible)})")
        if "reply_markup" in params:
            problems += validate_markup(params["reply_markup"])
        if problems:
            return "; ".join(problems), None
        chat_id = params["chat_id"]
        message_id, self._next_message = self._next_message, self._next_message + 1
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "from": BOT_USER,
            "chat": self._chat(chat_id, None),
            "text": visible,
        }
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return "", message


def decode_params(raw: dict[str, str]) -> dict[str, Any]:
    """PTB sends form fields; objects are JSON strings and ids are numbers in text."""
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in JSON_PARAMS:
            params[key] = json.loads(value)
        elif key == "chat_id" and re.fullmatch(r"-?\d+", value):
            params[key] = int(value)
        else:
            params[key] = value
    return params


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as api.telegram.org does
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        if "json" in (self.headers.get("Content-Type") or ""):
            raw = {
                k: v if isinstance(v, str) else json.dumps(v)
                for k, v in (json.loads(body or "{}")).items()
            }
        else:
            raw = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
        self._reply(*self._dispatch(raw))

    do_GET = do_POST  # noqa: N815

    def _dispatch(self, raw: dict[str, str]) -> tuple[int, dict]:
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", self.path.split("?")[0])
        if not match:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        return self.server.api.handle(match.group(1), match.group(2), decode_params(raw))

    def _reply(self, status: int, payload: dict) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a long poll cancelled at shutdown)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silent: the default would print request paths, which hold the token."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default backlog of 5 resets bursts of connections
    api: FakeBotApi

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet about clients that went away; loud about anything else."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class FakeBotApiServer:
    """The fake Bot API served on 127.0.0.1 (a free port) in a background thread."""

    def __init__(self, token: str) -> None:
        self.api = FakeBotApi(token)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.api = self.api
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """The base_url for PTB: the token is appended to it."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> FakeBotApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def hermetic_settings(**values: Any) -> Settings:
    """Settings from the given values and defaults only: no `.env`, no WENZHENG_* surprises."""
    defaults = {
        "history_turns": 3,
        "telegram_history_ttl": 1800,
        "telegram_webhook_url": None,
        "telegram_chat_burst": 1000,  # functional tests chat fast; flow tests set their own
    }
    return Settings(_env_file=None, **{**defaults, **values})


# --- a fake answering core --------------------------------------------------------------------

GDP_CITATION = Citation(
    id="gulou-2020:3f2a9c1b7e",
    document="南京市鼓楼区2020年政府工作报告",
    section="一、2019年工作回顾 › （一）综合实力稳步提升",
    quote="全区实现地区生产总值1620亿元、增长8%",
)
TARGET_CITATION = Citation(
    id="gulou-2020:7c1d0e5a44",
    document="南京市鼓楼区2020年政府工作报告",
    section="三、2020年主要目标",
    quote="地区生产总值增长7.5%以上",
)
DOCUMENT = DocumentMeta(
    id="gulou-2020",
    title="南京市鼓楼区2020年政府工作报告",
    issuer="南京市鼓楼区人民政府",
    year=2020,
    date="2020-01-03",
)


def mentions_gdp(text: str) -> bool:
    """True when a text asks about GDP."""
    return "GDP" in text.upper() or "地区生产总值" in text


class FakeQAService:
    """Deterministic stand-in for the core: GDP answers, a follow-up, a 9% refutation.

    Questions containing "boom" raise; questions containing "慢" wait for `gate`. `cost`
    seconds of work per answer stand for the real core's CPU time (flood tests); `max_active`
    records how many answers ever ran at once.
    """

    def __init__(self, cost: float = 0.0) -> None:
        self.cost = cost
        self.active = self.max_active = 0
        self.questions: list[tuple[str, tuple[str, ...]]] = []
        self.claims: list[str] = []
        self.gate = threading.Event()
        self.slow_started = threading.Event()
        self._lock = threading.Lock()

    def documents(self) -> list[DocumentMeta]:
        """The one fake document."""
        return [DOCUMENT]

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """GDP → 2019 figure; "那今年呢" after a GDP question → 2020 target; else refuse."""
        with self._lock:
            self.questions.append((question, tuple(history)))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            if self.cost:
                time.sleep(self.cost)  # the work itself, not a wait for something to happen
            return self._answer(question, history)
        finally:
            with self._lock:
                self.active -= 1

    def _answer(self, question: str, history: Sequence[str]) -> Answer:
        if "boom" in question:
            raise RuntimeError("the core failed")
        if "慢" in question:
            self.slow_started.set()
            self.gate.wait(10)
        if mentions_gdp(question):
            return Answer(
                question,
                "2019年，鼓楼区地区生产总值1620亿元、增长8%。",
                False,
                (GDP_CITATION,),
                self._retrieved(GDP_CITATION),
                years="2019",
            )
        if "今年" in question and any(mentions_gdp(h) for h in history):
            return Answer(
                question,
                "2020年，地区生产总值预期增长7.5%以上。",
                False,
                (TARGET_CITATION,),
                years="2020",
            )
        return Answer(
            question, f"报告中没有关于“{question[:40]}”的内容。", True, reason="no-evidence"
        )

    def check(self, claim: str) -> CheckResult:
        """ "9%" → refuted (8% reported); other GDP claims → supported; else not found."""
        with self._lock:
            self.claims.append(claim)
        if "9%" in claim:
            return CheckResult(
                claim,
                "refuted",
                (GDP_CITATION,),
                "报告中的增速为8%。",
                (FigureDifference("地区生产总值增速", "9%", "8%"),),
            )
        if mentions_gdp(claim):
            return CheckResult(claim, "supported", (GDP_CITATION,), "与报告一致。")
        return CheckResult(claim, "not_found", (), "报告中没有相关内容。")

    @staticmethod
    def _retrieved(citation: Citation) -> tuple[Retrieved, ...]:
        text = f"综合实力稳步提升。{citation.quote}，一般公共预算收入完成目标。"
        return (Retrieved(citation.id, text, 0.9),)
