"""Generated answers over Telegram: the real Application polling the fake Bot API, the real
service (fake embedder) asking the fake OpenAI-compatible endpoint."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application
from wenzheng.bot.telegram import handlers

from tests.fake_bot_api import FakeBotApi, parse_telegram_html
from tests.fake_llm import FakeLLMServer
from tests.test_generate import GDP, KEY, TIMEOUT, generating, llm_settings
from tests.test_telegram_e2e import poll, say, until

pytestmark = pytest.mark.server


def test_generated_answers_in_telegram_keep_buttons_and_fall_back_cleanly(
    tmp_path: Path, fake_service: Any, fake_settings: Any, caplog: Any
) -> None:
    """Generated, fallback and refused answers reach the chat with source buttons; no key."""
    caplog.set_level(logging.DEBUG)
    chat = 5151
    extractive = fake_service.answer(GDP)

    with FakeLLMServer() as llm:
        service = generating(fake_service, llm_settings(fake_settings, llm.base_url))

        async def scenario(app: Application, api: FakeBotApi) -> None:
            generated = await say(api, api.text_update(chat, GDP), chat)
            text, sources = generated.split("\n\n出处\n")
            assert "[1]" in text and "1620亿元" in text and sources.startswith("[1] ")
            message = api.sent(chat)[-1].result
            keyboard = message["reply_markup"]["inline_keyboard"]
            press = api.callback_update(message, keyboard[0][0]["callback_data"])
            assert "1620亿元" in await say(api, press, chat)

            llm.llm.script("ungrounded", "ungrounded")
            fallback = await say(api, api.text_update(chat, GDP), chat)
            assert fallback.startswith(f"{extractive.text}\n\n出处") and "9876.5" not in fallback
            assert api.sent(chat)[-1].params["reply_markup"]["inline_keyboard"]

            asked = len(llm.llm.requests)
            refused = await say(api, api.text_update(chat, "吴炜的手机号是多少"), chat)
            assert "报告未提及" in refused and len(llm.llm.requests) == asked

        api = poll(tmp_path, service, scenario)

    assert api.errors == []
    assert api.methods(chat)[:2] == ["sendChatAction", "sendMessage"]
    assert KEY not in caplog.text
    assert all(KEY not in (r.exc_text or "") for r in caplog.records)


def test_typing_is_renewed_while_the_model_is_slow(
    tmp_path: Path, fake_service: Any, fake_settings: Any, monkeypatch: Any
) -> None:
    """While a slow endpoint is awaited, "typing…" is sent again; then the fallback answer."""
    monkeypatch.setattr(handlers, "TYPING_EVERY", TIMEOUT / 5)
    chat = 5252

    with FakeLLMServer(default="slow") as llm:
        llm.llm.slow_seconds = 10 * TIMEOUT
        service = generating(fake_service, llm_settings(fake_settings, llm.base_url))

        async def scenario(app: Application, api: FakeBotApi) -> None:
            api.push(api.text_update(chat, GDP))
            await until(api, lambda: bool(api.sent(chat)))

        api = poll(tmp_path, service, scenario)

    methods = api.methods(chat)
    assert methods[-1] == "sendMessage" and methods.count("sendMessage") == 1
    assert methods.count("sendChatAction") >= 2
    text = parse_telegram_html(api.sent(chat)[0].params["text"])[0]
    assert text.startswith(f"{fake_service.answer(GDP).text}\n\n出处")  # the extractive one
