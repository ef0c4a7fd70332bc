"""A fake OpenAI-compatible chat-completions server on 127.0.0.1, with scripted behaviours.

`FakeLLMServer` serves `POST /v1/chat/completions`, plain or streamed (server-sent events,
`"stream": true`), from a thread. Each request takes the next behaviour of the script
(`server.llm.script(...)`), or `default` when the script is empty:

- "grounded"   a reply written from passage [1] of the prompt: its time label, its text, [1]
- "ungrounded" the same shape with figures no passage holds (9876.5亿元, 23%)
- "no_markers" the grounded reply without any [n]
- "bad_marker" the grounded reply citing [9]
- "wrong_year" the grounded reply about 2031
- "http500"    HTTP 500 with an OpenAI-style error body
- "echo_key"   HTTP 401 whose error message quotes the Authorization header it got
- "not_json"   HTTP 200 with an HTML body
- "empty"      a well-formed reply with no content
- "slow"       no reply until `slow_seconds` pass (or the server closes), then "grounded"
- "stall"      streamed: the first piece of a grounded reply, then silence as "slow"

Every request is recorded (`requests`: the Authorization header and the JSON body).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_PASSAGE = re.compile(r"^\[(\d+)\] 时间：(.*?)；出处：.*?\n(.+)$", re.MULTILINE)
CHUNK_CHARS = 6


@dataclass
class Request:
    """One request the client made."""

    authorization: str
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages sent."""
        return list(self.body.get("messages") or [])

    @property
    def prompt(self) -> str:
        """All message contents joined."""
        return "\n".join(str(m.get("content")) for m in self.messages)


@dataclass
class FakeLLM:
    """The scripted behaviours and the recorded requests."""

    default: str = "grounded"
    slow_seconds: float = 30.0
    requests: list[Request] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    _script: deque[str] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, *behaviours: str) -> None:
        """Queue behaviours for the next requests, in order."""
        with self._lock:
            self._script.extend(behaviours)

    def next_behaviour(self, request: Request) -> str:
        """Record a request and take its behaviour."""
        with self._lock:
            self.requests.append(request)
            return self._script.popleft() if self._script else self.default

    def wait(self) -> None:
        """Stay silent for `slow_seconds`, or until the server closes."""
        self.release.wait(self.slow_seconds)


def reply_text(behaviour: str, prompt: str) -> str:
    """The reply content of a behaviour, written from the passages in the prompt."""
    passages = {int(n): (label, text) for n, label, text in _PASSAGE.findall(prompt)}
    label, text = passages.get(1, ("—", "报告没有提到。"))
    lead = _lead(label)
    body = text.strip().rstrip("。")
    if behaviour == "ungrounded":
        return f"{lead}地区生产总值达到9876.5亿元，同比增长23%[1]。"
    if behaviour == "no_markers":
        return f"{lead}{body}。"
    if behaviour == "bad_marker":
        return f"{lead}{body}[9]。"
    if behaviour == "wrong_year":
        return f"2031年，{body}[1]。"
    if behaviour == "empty":
        return ""
    return f"{lead}{body}[1]。"


def _lead(label: str) -> str:
    """How a reply opens for a passage's time label ("2019年（已完成的工作）" → "2019年，")."""
    year = re.match(r"(\d{4})年", label)
    if "目标和计划" in label and year:
        return f"{year.group(1)}年的目标和计划是："
    if year:
        return f"{year.group(1)}年，"
    if "五年" in label:
        return "过去五年，"
    return ""


def completion(content: str, model: str) -> dict[str, Any]:
    """A chat.completion object."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def chunk(delta: dict[str, Any], model: str, finish: str | None = None) -> bytes:
    """One server-sent event carrying a chat.completion.chunk."""
    payload = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": "not found"}})
            return
        body = json.loads(raw or b"{}")
        request = Request(self.headers.get("Authorization") or "", body)
        llm = self.server.llm
        behaviour = llm.next_behaviour(request)
        model = str(body.get("model"))
        try:
            self._respond(llm, behaviour, request, model, bool(body.get("stream")))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout), as it should

    def _respond(
        self, llm: FakeLLM, behaviour: str, request: Request, model: str, stream: bool
    ) -> None:
        if behaviour == "http500":
            self._json(500, {"error": {"message": "internal error", "type": "server_error"}})
            return
        if behaviour == "echo_key":
            message = f"invalid key: {request.authorization}"
            self._json(401, {"error": {"message": message, "type": "invalid_request_error"}})
            return
        if behaviour == "not_json":
            self._send(200, "text/html", b"<html><body>502 Bad Gateway</body></html>")
            return
        if behaviour == "slow":
            llm.wait()
            behaviour = "grounded"
        content = reply_text(behaviour, request.prompt)
        if not stream:
            if behaviour == "stall":
                llm.wait()
            self._json(200, completion(content, model))
            return
        self._stream(llm, behaviour, content, model)

    def _stream(self, llm: FakeLLM, behaviour: str, content: str, model: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        self.wfile.write(chunk({"role": "assistant", "content": ""}, model))
        for i in range(0, len(content), CHUNK_CHARS):
            self.wfile.write(chunk({"content": content[i : i + CHUNK_CHARS]}, model))
            self.wfile.flush()
            if behaviour == "stall":
                llm.wait()
                return
        self.wfile.write(chunk({}, model, finish="stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        self._send(status, "application/json", json.dumps(payload, ensure_ascii=False).encode())

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silent."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    llm: FakeLLM

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet about clients that went away."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class FakeLLMServer:
    """The fake endpoint on a free 127.0.0.1 port; `base_url` ends in /v1."""

    def __init__(self, default: str = "grounded") -> None:
        self.llm = FakeLLM(default=default)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.llm = self.llm
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.llm.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
