"""Generated answers: ask the model, check the reply, retry once, else the extractive answer.

Everything here runs inside one deadline (`WENZHENG_LLM_TIMEOUT` seconds): the first
request, and the retry with whatever time is left. Whatever the endpoint does (an HTTP
error, a body that is not JSON, silence, a refused connection, an empty reply) ends in the
extractive answer with `mode="fallback"` and one log line without a traceback; the API key
is scrubbed from that line.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage
from wenzheng.bot.core.types import Answer, Citation
from wenzheng.bot.generate.chain import RETRY, build_chain
from wenzheng.bot.generate.guard import Checked, check_reply
from wenzheng.corpus.model import Passage
from wenzheng.index.lc import to_document

log = logging.getLogger(__name__)

MIN_RETRY_SECONDS = 1.0  # a retry with less time left than this is not worth starting
_DETAIL_CHARS = 160


@dataclass(frozen=True)
class Source:
    """A passage shown to the model, and how it is cited when the answer uses it."""

    passage: Passage
    citation: Citation


class EndpointFailure(Exception):
    """The model endpoint gave no usable reply (internal: always ends in a fallback)."""


class AnswerGenerator:
    """Writes an answer from the passages the core chose, and lets only checked ones out."""

    def __init__(
        self, llm: BaseChatModel, timeout: float, *, stream: bool = True, secret: str = ""
    ) -> None:
        self.llm = llm
        self.timeout = timeout
        # Streaming lets the deadline cut off a model that is still writing; plain requests
        # are kept for servers that do not stream.
        self.stream = stream
        self._secret = secret

    def answer(
        self,
        basis: Answer,
        history: Sequence[str],
        sources: Sequence[Source],
        report_year: int | None,
    ) -> Answer:
        """The checked generated answer, or `basis` (the extractive answer) as a fallback."""
        deadline = time.monotonic() + self.timeout
        passages = [s.passage for s in sources]
        inputs: dict[str, Any] = {
            "question": basis.question,
            "history": list(history),
            "documents": [to_document(p) for p in passages],
        }
        checked: Checked | None = None
        for attempt in (1, 2):
            try:
                reply = self._ask(inputs, deadline)
            except Exception as exc:  # noqa: BLE001 - any endpoint trouble ends in the fallback
                why = self._describe(exc)
                log.warning("Model endpoint failed (%s); answering extractively", why)
                return _fallback(basis, f"endpoint: {why}")
            checked = check_reply(reply, passages, report_year)
            if checked.ok:
                return _generated(basis, checked, sources)
            if attempt == 1 and deadline - time.monotonic() >= MIN_RETRY_SECONDS:
                log.info("Generated answer failed the check, retrying: %s", _join(checked))
                inputs["retry"] = [
                    AIMessage(reply),
                    HumanMessage(RETRY.format(violations="；".join(checked.violations))),
                ]
            else:
                break
        why = _join(checked) if checked else "no reply"
        log.warning("Generated answer failed the check (%s); answering extractively", why)
        return _fallback(basis, f"check: {why}")

    def _ask(self, inputs: dict[str, Any], deadline: float) -> str:
        """One request within the deadline; the reply text (EndpointFailure if empty)."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no time left")
        chain = build_chain(self.llm.bind(timeout=remaining))
        if self.stream:
            text = "".join(self._stream(chain, inputs, deadline))
        else:
            text = chain.invoke(inputs)
        if not text.strip():
            raise EndpointFailure("empty reply")
        return text

    @staticmethod
    def _stream(chain: Any, inputs: dict[str, Any], deadline: float) -> Iterator[str]:
        """The reply's pieces as they arrive; TimeoutError once the deadline passes."""
        with closing(chain.stream(inputs)) as pieces:
            for piece in pieces:
                if time.monotonic() > deadline:
                    raise TimeoutError("the model was still writing at the deadline")
                yield piece

    def _describe(self, exc: BaseException) -> str:
        """A one-line reason for the log, without the API key."""
        status = getattr(exc, "status_code", None)
        kind = type(exc).__name__
        if isinstance(status, int):
            text = f"HTTP {status}"
        elif isinstance(exc, TimeoutError) or "Timeout" in kind:
            text = f"no reply within {self.timeout:g} s"
        elif "Connection" in kind:
            cause = exc.__cause__ or exc.__context__
            text = f"cannot connect ({type(cause).__name__ if cause else kind})"
        else:
            # a body that is not a chat completion, a broken stream, an empty reply, ...
            detail = " ".join(str(exc).split())[:_DETAIL_CHARS]
            text = f"unusable reply: {kind}: {detail}" if detail else f"unusable reply: {kind}"
        return text.replace(self._secret, "***") if self._secret else text


def _join(checked: Checked) -> str:
    """The violations on one line."""
    return "；".join(checked.violations)


def _generated(basis: Answer, checked: Checked, sources: Sequence[Source]) -> Answer:
    """The generated answer: its text, and the cited passages in marker order."""
    return Answer(
        question=basis.question,
        text=checked.text,
        refused=False,
        citations=tuple(sources[i].citation for i in checked.cited),
        retrieved=basis.retrieved,
        years=basis.years,
        reason=f"{basis.reason}; generated",
        mode="generated",
        basis=basis,
    )


def _fallback(basis: Answer, why: str) -> Answer:
    """The extractive answer, marked as standing in for a generated one."""
    return replace(basis, reason=f"{basis.reason}; fallback: {why}", mode="fallback", basis=basis)
