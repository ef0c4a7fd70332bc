"""Generated answers through the service against a fake OpenAI-compatible server on 127.0.0.1.

Each scripted behaviour of the endpoint ends in a correct, grounded answer with the right
`mode`, plain and streamed; refusals never reach the model; the key goes out as a bearer
token and never into a log.
"""

from __future__ import annotations

import copy
import logging
import socket
import time
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

import pytest
from langchain_core.runnables import RunnablePassthrough
from pydantic import SecretStr
from wenzheng.bot.generate import load_generator
from wenzheng.bot.generate.chain import build_chain, chat_model
from wenzheng.eval.metrics import ungrounded_numbers

from tests.fake_llm import FakeLLMServer
from wenzheng.errors import ConfigError
from wenzheng.settings import Settings

pytestmark = pytest.mark.server

KEY = "sk-test-Zq8vN3kLw2-never-show-me"
GDP = "2019年鼓楼区地区生产总值是多少？"
TIMEOUT = 1.5  # seconds: long enough for the fake, short enough for "slower than the timeout"


@pytest.fixture
def llm() -> Iterator[FakeLLMServer]:
    """A fresh fake endpoint whose slow replies outlast the timeout."""
    with FakeLLMServer() as server:
        server.llm.slow_seconds = 10 * TIMEOUT
        yield server


def llm_settings(base: Settings, base_url: str, **values: Any) -> Settings:
    """`base` with the model endpoint configured."""
    update = {
        "llm_base_url": base_url,
        "llm_model": "fake-qwen",
        "llm_api_key": SecretStr(KEY),
        "llm_timeout": TIMEOUT,
        **values,
    }
    return base.model_copy(update=update)


def generating(fake_service: Any, settings: Settings, stream: bool = True) -> Any:
    """The loaded fake-embedder service, answering through the configured endpoint."""
    service = copy.copy(fake_service)  # shares the index; only `generator` differs
    service.generator = load_generator(settings)
    service.generator.stream = stream
    return service


SCRIPTS = [
    # behaviours the endpoint plays, in order -> the mode the user gets, requests made
    (("grounded",), "generated", 1),
    (("ungrounded", "grounded"), "generated", 2),
    (("ungrounded", "ungrounded"), "fallback", 2),
    (("no_markers", "no_markers"), "fallback", 2),
    (("bad_marker", "wrong_year"), "fallback", 2),
    (("http500",), "fallback", 1),
    (("not_json",), "fallback", 1),
    (("empty",), "fallback", 1),
    (("slow",), "fallback", 1),
    (("stall",), "fallback", 1),
]


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "plain"])
@pytest.mark.parametrize(("script", "mode", "requests"), SCRIPTS, ids=lambda v: str(v))
def test_every_endpoint_behaviour_ends_in_a_grounded_answer_with_its_mode(
    fake_service, fake_settings, llm, script, mode, requests, stream
):
    """Whatever the endpoint does, the user gets a grounded answer, and `mode` says which."""
    extractive = fake_service.answer(GDP)
    llm.llm.script(*script)
    service = generating(fake_service, llm_settings(fake_settings, llm.base_url), stream)
    answer = service.answer(GDP)
    assert answer.mode == mode
    assert len(llm.llm.requests) == requests
    assert not answer.refused and "1620亿元" in answer.text
    assert ungrounded_numbers(answer) == []  # the eval's own rule
    if mode == "fallback":
        assert (answer.text, answer.citations) == (extractive.text, extractive.citations)
    else:
        assert "[1]" in answer.text and answer.text != extractive.text
        # it cites only what it was given: the extractive answer's passages, and the part
        # heading naming each one's year
        given = {s.passage.id for s in fake_service.sources(extractive)}
        assert {c.id for c in answer.citations} <= given
    assert answer.to_json()["mode"] == mode and answer.basis == extractive


def test_the_retry_names_the_violation(fake_service, fake_settings, llm):
    """After a reply with invented figures, the second request says which figures were wrong."""
    llm.llm.script("ungrounded", "grounded")
    generating(fake_service, llm_settings(fake_settings, llm.base_url)).answer(GDP)
    first, second = llm.llm.requests
    retry = second.messages[-1]["content"]
    assert "9876.5" in retry and "23" in retry
    assert second.messages[-2]["content"] == first_reply(first)
    assert second.messages[:-2] == first.messages


def first_reply(request: Any) -> str:
    """What the fake answered to a request in the "ungrounded" behaviour."""
    from tests.fake_llm import reply_text

    return reply_text("ungrounded", request.prompt)


def test_the_prompt_carries_the_chosen_passages_question_and_history(
    fake_service, fake_settings, llm
):
    """The model sees the numbered passages the core cited, with time frame, and the chat."""
    service = generating(fake_service, llm_settings(fake_settings, llm.base_url))
    basis = fake_service.answer("那今年的目标呢？", ["去年鼓楼GDP多少"])
    service.answer("那今年的目标呢？", ["去年鼓楼GDP多少"])
    [request] = llm.llm.requests
    system, human = request.messages
    assert system["role"] == "system" and "[n]" in system["content"]
    assert "问题：那今年的目标呢？" in human["content"]
    assert "去年鼓楼GDP多少" in human["content"]
    for n, citation in enumerate(basis.citations, start=1):
        assert f"[{n}] 时间：" in human["content"] and citation.quote in human["content"]
    assert "2020年（目标和计划）" in human["content"]
    assert request.body["model"] == "fake-qwen"


@pytest.mark.parametrize("question", ["吴炜的手机号是多少", "上海市2019年地区生产总值是多少？"])
def test_a_question_the_report_cannot_answer_stays_refused_and_the_model_is_never_asked(
    fake_service, fake_settings, llm, question
):
    """Refusing is decided by the core alone: the endpoint gets no request."""
    answer = generating(fake_service, llm_settings(fake_settings, llm.base_url)).answer(question)
    assert answer.refused and answer.mode == "extractive"
    assert llm.llm.requests == []


def closed_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_ends_in_the_extractive_answer(fake_service, fake_settings, caplog):
    """An endpoint that is not there: the extractive answer, one warning, no traceback."""
    caplog.set_level(logging.INFO)
    url = f"http://127.0.0.1:{closed_port()}/v1"
    answer = generating(fake_service, llm_settings(fake_settings, url)).answer(GDP)
    assert answer.mode == "fallback" and "1620亿元" in answer.text
    [warning] = [r for r in caplog.records if r.name.startswith("wenzheng.bot.generate")]
    assert "cannot connect" in warning.getMessage() and warning.exc_info is None


def test_a_slow_endpoint_is_abandoned_at_the_timeout(fake_service, fake_settings, llm):
    """A reply slower than the timeout is not waited for (bounded well below the fake's 15 s)."""
    llm.llm.script("slow")
    service = generating(fake_service, llm_settings(fake_settings, llm.base_url))
    started = time.monotonic()
    assert service.answer(GDP).mode == "fallback"
    assert time.monotonic() - started < 3 * TIMEOUT


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "plain"])
def test_the_key_is_sent_as_bearer_and_never_logged(
    fake_service, fake_settings, llm, caplog, stream
):
    """Authorization carries the key; no log line holds it, even when the server echoes it."""
    caplog.set_level(logging.DEBUG)
    llm.llm.script("echo_key", "grounded", "http500")
    service = generating(fake_service, llm_settings(fake_settings, llm.base_url), stream)
    modes = [service.answer(GDP).mode for _ in range(3)]
    assert modes == ["fallback", "generated", "fallback"]
    assert {r.authorization for r in llm.llm.requests} == {f"Bearer {KEY}"}
    assert KEY not in caplog.text
    assert all(KEY not in (r.exc_text or "") for r in caplog.records)
    warnings = [
        r
        for r in caplog.records
        if r.name.startswith("wenzheng.bot.generate") and r.levelno >= logging.WARNING
    ]
    assert len(warnings) == 2 and all(r.exc_info is None for r in warnings)


def test_no_endpoint_means_no_generator(fake_settings):
    """Unset WENZHENG_LLM_BASE_URL: no generator; a URL without a model is a ConfigError."""
    assert load_generator(fake_settings) is None
    with pytest.raises(ConfigError, match="WENZHENG_LLM_MODEL"):
        load_generator(fake_settings.model_copy(update={"llm_base_url": "http://x/v1"}))


def test_the_chain_composes_with_the_retriever_runnable(fake_service, fake_settings, llm):
    """`Wenzheng.retriever()` feeds the same chain: a plain LangChain RAG pipeline works."""
    settings = llm_settings(fake_settings, llm.base_url)
    rag = RunnablePassthrough.assign(
        documents=itemgetter("question") | fake_service.retriever(k=3)
    ) | build_chain(chat_model(settings))
    reply = rag.invoke({"question": GDP, "history": []})
    assert reply.endswith("[1]。")
    assert "[3] 时间：" in llm.llm.requests[0].prompt
