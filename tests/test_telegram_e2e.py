"""End-to-end: the real Application, built by build_application, polling the fake Bot API.

Nothing here sleeps for timing: every wait is on a condition of the fake server (checked
after each call it receives) with a timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import socket
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram.ext import Application
from wenzheng.bot.core.types import Answer
from wenzheng.bot.telegram import cli as telegram_cli
from wenzheng.bot.telegram.app import (
    ALLOWED_UPDATES,
    REDACTED,
    build_application,
    run_bot,
    webhook_options,
)

from tests.fake_bot_api import (
    FakeBotApi,
    FakeBotApiServer,
    FakeQAService,
    hermetic_settings,
    parse_telegram_html,
)
from wenzheng.errors import ConfigError
from wenzheng.settings import Settings

TOKEN = "987654321:AAE-e2e-secret-token_abcdefghijklmn"
Scenario = Callable[[Application, FakeBotApi], Awaitable[None]]


class LeakyService(FakeQAService):
    """A fake core whose failure message quotes the token, to prove logs redact it."""

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """Fail with the token in the message for "boom", else behave like the fake."""
        if "boom" in question:
            raise RuntimeError(f"request to http://127.0.0.1/bot{TOKEN}/getMe failed")
        return super().answer(question, history)


def settings_for(
    server: FakeBotApiServer, tmp_path: Path, token: str = TOKEN, **values: Any
) -> Settings:
    """Settings pointing the bot at the fake server."""
    return hermetic_settings(
        telegram_token=token, telegram_base_url=server.base_url, data_dir=tmp_path, **values
    )


def poll(tmp_path: Path, service: FakeQAService, scenario: Scenario, **values: Any) -> FakeBotApi:
    """Run the application in polling mode against a fresh fake server during `scenario`."""

    async def main() -> FakeBotApi:
        with FakeBotApiServer(TOKEN) as server:
            app = build_application(settings_for(server, tmp_path, **values), service)
            async with app:
                await app.post_init(app)  # run_polling would call it; the manual start does not
                await app.start()
                await app.updater.start_polling(
                    poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES
                )
                try:
                    await scenario(app, server.api)
                finally:
                    await app.updater.stop()
                    await app.stop()
            return server.api

    return asyncio.run(main())


async def until(api: FakeBotApi, predicate: Callable[[], bool], timeout: float = 15) -> None:
    """Wait (off the event loop) until the fake server's state satisfies `predicate`."""
    await asyncio.to_thread(api.wait_for, predicate, timeout)


async def say(api: FakeBotApi, update: dict[str, Any], chat_id: int) -> str:
    """Send one update and return the visible text of the bot's next message to that chat."""
    before = len(api.sent(chat_id))
    api.push(update)
    await until(api, lambda: len(api.sent(chat_id)) > before)
    return parse_telegram_html(api.sent(chat_id)[-1].params["text"])[0]


def test_conversation_over_polling(tmp_path: Path, caplog: Any) -> None:
    """/start, a question, a follow-up, /check, a button and hostile input all work over HTTP."""
    caplog.set_level(logging.DEBUG)
    service = LeakyService()
    chat = 4242

    async def scenario(app: Application, api: FakeBotApi) -> None:
        assert "鼓楼区2020年政府工作报告" in await say(api, api.text_update(chat, "/start"), chat)
        assert "1620亿元" in await say(api, api.text_update(chat, "2019年GDP是多少？"), chat)
        answer_message = api.sent(chat)[-1].result
        assert "7.5%以上" in await say(api, api.text_update(chat, "那今年呢"), chat)
        checked = await say(api, api.text_update(chat, "/check 2019年地区生产总值增长9%"), chat)
        assert checked.startswith("❌ 与报告不符") and "说法为 9%，报告为 8%" in checked
        data = answer_message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        press = api.callback_update(answer_message, data)
        assert "综合实力稳步提升" in await say(api, press, chat)
        hostile = await say(api, api.text_update(chat, "<i>x</i> &amp; <script>"), chat)
        assert "<i>x</i> &amp; <script>" in hostile
        assert "问题过长" in await say(api, api.text_update(chat, "问" * 6000), chat)
        assert "请发送您的问题" in await say(api, api.text_update(chat, " "), chat)
        assert "收到您的表情" in await say(api, api.sticker_update(chat), chat)
        assert "抱歉" in await say(api, api.text_update(chat, "boom"), chat)
        assert api.callback_answers[press["callback_query"]["id"]] == 1

    api = poll(tmp_path, service, scenario)
    assert api.errors == []
    assert "setMyCommands" in api.methods()
    assert service.questions[1] == ("那今年呢", ("2019年GDP是多少？",))
    assert_no_token_logged(caplog)


def assert_no_token_logged(caplog: Any) -> None:
    """The token is absent from every log line and traceback, and was actually redacted."""
    assert TOKEN not in caplog.text
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in (record.exc_text or "")
    assert any(REDACTED in r.getMessage() for r in caplog.records)  # PTB logs the API URL
    assert any(REDACTED in (r.exc_text or "") for r in caplog.records)  # the leaky failure


def test_twenty_chats_are_answered_while_a_slow_question_is_still_running(tmp_path: Path) -> None:
    """20 chats at once all get answers while another chat's slow question blocks a worker."""
    service = FakeQAService()
    chats = range(1000, 1020)

    async def scenario(app: Application, api: FakeBotApi) -> None:
        api.push(api.text_update(999, "慢一点的GDP问题"))
        assert await asyncio.to_thread(service.slow_started.wait, 15)
        api.push(*(api.text_update(c, f"第{c}号：GDP多少？") for c in chats))
        await until(api, lambda: all(api.sent(c) for c in chats))
        assert api.sent(999) == []  # still thinking, yet nobody else waited for it
        service.gate.set()
        await until(api, lambda: bool(api.sent(999)))

    api = poll(tmp_path, service, scenario)
    assert api.errors == []
    for chat in chats:
        [message] = api.sent(chat)
        assert "1620亿元" in message.params["text"]
        assert api.methods(chat) == ["sendChatAction", "sendMessage"]


def test_rejected_token_becomes_a_config_error_without_the_token(
    tmp_path: Path, caplog: Any
) -> None:
    """run_bot with a token the server rejects raises ConfigError that never quotes the token."""
    caplog.set_level(logging.DEBUG)
    wrong = "111111111:AAE-wrong-token_zyxwvutsrqponmlkji"
    with FakeBotApiServer(TOKEN) as server, pytest.raises(ConfigError) as caught:
        run_bot(settings_for(server, tmp_path, token=wrong), lambda s: FakeQAService())
    assert wrong not in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert wrong not in caplog.text


def test_bot_command_requires_a_token(tmp_path: Path) -> None:
    """`wenzheng bot` without WENZHENG_TELEGRAM_TOKEN fails with a one-line ConfigError."""
    parser = argparse.ArgumentParser()
    telegram_cli.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["bot", "--log-level", "WARNING"])
    assert args.command == "bot"
    called = []
    with pytest.raises(ConfigError, match="WENZHENG_TELEGRAM_TOKEN") as caught:
        telegram_cli.run(
            args, hermetic_settings(telegram_token=None, data_dir=tmp_path), called.append
        )
    assert "\n" not in str(caught.value) and called == []


def test_webhook_mode_listens_on_all_interfaces_with_a_secret(tmp_path: Path) -> None:
    """Webhook options: 0.0.0.0, the configured port, the URL's path and a valid secret."""
    settings = hermetic_settings(
        telegram_token=TOKEN,
        data_dir=tmp_path,
        telegram_webhook_port=8443,
        telegram_webhook_url="https://bot.example.org/wenzheng/hook",
    )
    options = webhook_options(settings)
    assert (options["listen"], options["port"]) == ("0.0.0.0", 8443)
    assert options["url_path"] == "wenzheng/hook"
    assert options["webhook_url"] == "https://bot.example.org/wenzheng/hook"
    assert re.fullmatch(r"[A-Za-z0-9_-]{32,256}", options["secret_token"])
    assert webhook_options(settings)["secret_token"] != options["secret_token"]


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_webhook_accepts_only_updates_carrying_the_secret(tmp_path: Path) -> None:
    """In webhook mode the bot registers its URL and secret and rejects posts without it."""
    service = FakeQAService()

    async def main() -> FakeBotApi:
        with FakeBotApiServer(TOKEN) as server:
            settings = settings_for(server, tmp_path).model_copy(
                update={
                    "telegram_webhook_url": "https://bot.example.org/wenzheng/hook",
                    "telegram_webhook_port": free_port(),
                }
            )
            options = {**webhook_options(settings), "listen": "127.0.0.1"}  # tests stay local
            app = build_application(settings, service)
            url = f"http://127.0.0.1:{options['port']}/wenzheng/hook"
            update = server.api.text_update(31, "GDP是多少")
            async with app, httpx.AsyncClient() as client:
                await app.start()
                await app.updater.start_webhook(**options)
                try:
                    refused = await client.post(url, json=update)
                    header = {"X-Telegram-Bot-Api-Secret-Token": options["secret_token"]}
                    accepted = await client.post(url, json=update, headers=header)
                    await until(server.api, lambda: bool(server.api.sent(31)))
                finally:
                    await app.updater.stop()
                    await app.stop()
            assert (refused.status_code, accepted.status_code) == (403, 200)
            return server.api

    api = asyncio.run(main())
    [registered] = [c.params for c in api.calls if c.method == "setWebhook"]
    assert registered["url"] == "https://bot.example.org/wenzheng/hook"
    assert registered["secret_token"] and "1620亿元" in api.sent(31)[0].params["text"]
    assert len(service.questions) == 1
