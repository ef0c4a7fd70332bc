"""Tests of the Telegram handlers: hand-built updates through the real Application.

Each test builds the application with `build_application`, points it at the fake Bot API
server on 127.0.0.1 and feeds it hand-built `Update`s with `Application.process_update`,
which runs the handlers to completion, so no waiting is needed.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application
from wenzheng.bot.core.feedback import FeedbackStore
from wenzheng.bot.telegram import render
from wenzheng.bot.telegram.app import build_application
from wenzheng.bot.telegram.handlers import MAX_QUESTION_CHARS, ChatHistory

from tests.fake_bot_api import (
    BOT_USER,
    GDP_CITATION,
    FakeBotApi,
    FakeBotApiServer,
    FakeQAService,
    hermetic_settings,
    parse_telegram_html,
)

TOKEN = "123456789:AAH-fake-token-for-tests_0123456789"
Scenario = Callable[[Application, FakeBotApi, FakeQAService], Awaitable[None]]


def run_scenario(tmp_path: Path, scenario: Scenario, **settings: Any) -> FakeQAService:
    """Run `scenario` against an initialized application talking to a fresh fake server."""
    service = FakeQAService()

    async def main() -> None:
        with FakeBotApiServer(TOKEN) as server:
            config = hermetic_settings(
                telegram_token=TOKEN,
                telegram_base_url=server.base_url,
                data_dir=tmp_path,
                **settings,
            )
            app = build_application(config, service)
            async with app:
                await scenario(app, server.api, service)
            assert server.api.errors == []

    asyncio.run(main())
    return service


async def feed(app: Application, update: dict[str, Any]) -> None:
    """Process one hand-built update to completion."""
    await app.process_update(Update.de_json(update, app.bot))


def visible(api: FakeBotApi, chat_id: int, index: int = -1) -> str:
    """The visible text of a message the bot sent to a chat."""
    return parse_telegram_html(api.sent(chat_id)[index].params["text"])[0]


def test_start_lists_reports_and_offers_example_buttons(tmp_path: Path) -> None:
    """/start names each report with year and issuer and offers example-question buttons."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(1, "/start"))
        text = visible(api, 1)
        assert "南京市鼓楼区2020年政府工作报告（2020年，南京市鼓楼区人民政府）" in text
        keyboard = api.sent(1)[-1].params["reply_markup"]["inline_keyboard"]
        assert [row[0]["callback_data"] for row in keyboard] == ["q:0", "q:1", "q:2"]

    run_scenario(tmp_path, scenario)


def test_question_gets_typing_then_answer_with_sources_and_buttons(tmp_path: Path) -> None:
    """A private question shows "typing…", then the answer, its sources and 原文/👍/👎 buttons."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(5, "2019年GDP是多少？"))
        assert api.methods(5) == ["sendChatAction", "sendMessage"]
        text = visible(api, 5)
        assert text.startswith("2019年，鼓楼区地区生产总值1620亿元、增长8%。")
        assert f"[1] {GDP_CITATION.section}" in text
        rows = api.sent(5)[-1].params["reply_markup"]["inline_keyboard"]
        assert rows[0][0]["text"] == "📄 原文 1"
        assert [b["text"][0] for b in rows[-1]] == ["👍", "👎"]

    run_scenario(tmp_path, scenario)


def test_follow_up_uses_history_and_reset_forgets_it(tmp_path: Path) -> None:
    """ "那今年呢" after a GDP question gets the 2020 answer; after /reset it is refused."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(7, "2019年地区生产总值多少"))
        await feed(app, api.text_update(7, "那今年呢"))
        assert "7.5%以上" in visible(api, 7)
        assert service.questions[-1] == ("那今年呢", ("2019年地区生产总值多少",))
        await feed(app, api.text_update(7, "/reset"))
        await feed(app, api.text_update(7, "那今年呢"))
        assert service.questions[-1][1] == ()
        assert "报告未提及" in visible(api, 7)

    run_scenario(tmp_path, scenario)


def test_history_keeps_only_the_configured_number_of_turns(tmp_path: Path) -> None:
    """With history_turns=2 only the two latest questions are passed, oldest first."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        for question in ("一", "二", "三", "四"):
            await feed(app, api.text_update(8, question))
        assert service.questions[-1] == ("四", ("二", "三"))

    run_scenario(tmp_path, scenario, history_turns=2)


def test_history_expires_after_ttl() -> None:
    """A question older than the TTL is no longer part of the chat's history."""
    now = [1000.0]
    history = ChatHistory(turns=3, ttl=60, clock=lambda: now[0])
    history.add(1, "旧问题")
    now[0] += 30
    history.add(1, "新问题")
    assert history.get(1) == ["旧问题", "新问题"]
    now[0] += 31
    assert history.get(1) == ["新问题"]
    assert history.get(2) == []


def test_check_names_the_differing_figure(tmp_path: Path) -> None:
    """/check on a wrong figure says 与报告不符 and shows 9% against the report's 8%."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(9, "/check 2019年鼓楼区地区生产总值增长9%"))
        text = visible(api, 9)
        assert text.startswith("❌ 与报告不符")
        assert "说法为 9%，报告为 8%" in text and GDP_CITATION.quote in text
        assert service.claims == ["2019年鼓楼区地区生产总值增长9%"]

    run_scenario(tmp_path, scenario)


def test_check_in_reply_checks_the_replied_message(tmp_path: Path) -> None:
    """/check sent as a reply checks the replied-to text; bare /check explains usage."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        claim = api.message(10, text="鼓楼区GDP增长9%")
        await feed(app, api.text_update(10, "/check", reply_to=claim))
        assert service.claims == ["鼓楼区GDP增长9%"]
        await feed(app, api.text_update(10, "/check"))
        assert "用法：/check" in visible(api, 10)
        assert len(service.claims) == 1

    run_scenario(tmp_path, scenario)


def test_groups_answer_only_mentions_replies_and_ask(tmp_path: Path) -> None:
    """In a group, plain chatter is ignored; @mention, reply to the bot and /ask are answered."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        group = -100200
        await feed(app, api.text_update(group, "大家好，GDP怎么样", chat_type="supergroup"))
        assert api.sent(group) == [] and service.questions == []
        mention = f"@{BOT_USER['username']} 2019年GDP是多少"
        await feed(app, api.text_update(group, mention, user_id=11))
        assert service.questions[-1][0] == "2019年GDP是多少"
        assert api.sent(group)[-1].params["reply_parameters"]["message_id"] > 0
        bot_message = api.sent(group)[-1].result
        await feed(app, api.text_update(group, "那今年呢", user_id=11, reply_to=bot_message))
        assert "7.5%以上" in visible(api, group)
        await feed(app, api.text_update(group, "/ask@wenzheng_test_bot 天气如何", user_id=12))
        assert service.questions[-1][0] == "天气如何"
        await feed(app, api.sticker_update(group, user_id=12))
        assert len(api.sent(group)) == 3

    run_scenario(tmp_path, scenario)


def test_non_text_messages_get_a_polite_request_for_text(tmp_path: Path) -> None:
    """Stickers and voice notes in a private chat are answered with a request for text."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.sticker_update(12))
        assert "收到您的表情" in visible(api, 12) and "文字" in visible(api, 12)
        await feed(app, api.voice_update(12))
        assert "收到您的语音" in visible(api, 12)
        assert service.questions == []

    run_scenario(tmp_path, scenario)


def test_edited_question_is_answered_again_with_a_note(tmp_path: Path) -> None:
    """An edited message is answered as a new question and the reply says so."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(13, "2019年GDP是多少", edited=True))
        text = visible(api, 13)
        assert text.startswith("已按修改后的内容重新回答") and "1620亿元" in text

    run_scenario(tmp_path, scenario)


def test_hostile_text_is_escaped_truncated_or_rejected(tmp_path: Path) -> None:
    """HTML-looking text is echoed literally, 6,000 chars are cut with a note, blanks get a hint."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(14, "<b>粗体</b> & <a href='x'>链接</a>"))
        assert "<b>粗体</b> & <a href='x'>链接</a>" in visible(api, 14)
        await feed(app, api.text_update(14, "GDP" + "很" * 6000))
        assert len(service.questions[-1][0]) == MAX_QUESTION_CHARS
        assert f"问题过长，只按前 {MAX_QUESTION_CHARS} 字处理。" in visible(api, 14)
        asked = len(service.questions)
        await feed(app, api.text_update(14, "   "))
        assert "请发送您的问题" in visible(api, 14)
        await feed(app, api.text_update(14, "/ask"))
        assert "用法：/ask" in visible(api, 14)
        assert len(service.questions) == asked

    run_scenario(tmp_path, scenario)


def test_source_button_sends_the_full_passage_and_is_answered_once(tmp_path: Path) -> None:
    """Pressing "📄 原文 1" answers the query once and sends the whole retrieved passage."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(15, "GDP"))
        answer_message = api.sent(15)[-1].result
        data = answer_message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        press = api.callback_update(answer_message, data)
        await feed(app, press)
        assert api.callback_answers[press["callback_query"]["id"]] == 1
        text = visible(api, 15)
        assert text.startswith(f"📄 {GDP_CITATION.section}")
        assert "综合实力稳步提升。全区实现地区生产总值1620亿元、增长8%，一般公共预算收入" in text

    run_scenario(tmp_path, scenario)


def test_example_and_expired_buttons_are_answered_once(tmp_path: Path) -> None:
    """An example button asks its question; an unknown key gets an "expired" alert; each once."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(16, "/help"))
        help_message = api.sent(16)[-1].result
        example, stale = (api.callback_update(help_message, d) for d in ("q:0", "p:gone1234"))
        await feed(app, example)
        await feed(app, stale)
        assert service.questions[-1][0] == render.EXAMPLE_QUESTIONS[0]
        assert "1620亿元" in visible(api, 16)
        answers = [c.params for c in api.calls if c.method == "answerCallbackQuery"]
        assert [a["callback_query_id"] for a in answers] == [
            example["callback_query"]["id"],
            stale["callback_query"]["id"],
        ]
        assert answers[1]["text"] == "这个按钮已过期，请重新提问。"
        assert len(api.sent(16)) == 2  # help and the example's answer; nothing for the stale key

    run_scenario(tmp_path, scenario)


def test_feedback_buttons_record_one_vote_per_user_with_hashed_chat(tmp_path: Path) -> None:
    """👍 stores question, answer and verdict under a salted chat hash, once per user."""
    chat_id = 987654321

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(chat_id, "GDP多少"))
        message = api.sent(chat_id)[-1].result
        thumbs_up = message["reply_markup"]["inline_keyboard"][-1][0]["callback_data"]
        presses = [api.callback_update(message, thumbs_up) for _ in range(2)]
        for press in presses:
            await feed(app, press)
        assert [api.callback_answers[p["callback_query"]["id"]] for p in presses] == [1, 1]

    run_scenario(tmp_path, scenario)
    rows = FeedbackStore.in_dir(tmp_path).rows()
    assert [(r.question, r.verdict) for r in rows] == [("GDP多少", "helpful")]
    assert rows[0].answer.startswith("2019年") and rows[0].created_at.endswith("+00:00")
    assert rows[0].chat_hash != str(chat_id) and len(rows[0].chat_hash) == 64
    dump = "\n".join(sqlite3.connect(tmp_path / "feedback.sqlite3").iterdump())
    assert str(chat_id) not in dump


def test_feedback_store_is_thread_safe_and_keeps_its_salt(tmp_path: Path) -> None:
    """Concurrent writers all land; the salt survives reopening, so hashes stay stable."""
    from concurrent.futures import ThreadPoolExecutor

    store = FeedbackStore(tmp_path / "f.sqlite3")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: store.record(i, "问", "答", "not_helpful"), range(80)))
    assert len(store.rows()) == 80
    assert FeedbackStore(tmp_path / "f.sqlite3").chat_hash(5) == store.chat_hash(5)


def test_service_failure_is_logged_and_apologised_for(tmp_path: Path, caplog: Any) -> None:
    """A crash in the core logs the traceback, sends a Chinese apology and the bot carries on."""
    caplog.set_level(logging.ERROR)

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(17, "boom"))
        assert visible(api, 17) == "抱歉，处理您的请求时出了点问题，请稍后再试。"
        await feed(app, api.text_update(17, "GDP"))
        assert "1620亿元" in visible(api, 17)

    run_scenario(tmp_path, scenario)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and errors[0].exc_info and "the core failed" in caplog.text


def test_unknown_commands_get_a_hint_in_private_only(tmp_path: Path) -> None:
    """An unknown /command gets a hint in a private chat and silence in a group."""

    async def scenario(app: Application, api: FakeBotApi, service: FakeQAService) -> None:
        await feed(app, api.text_update(18, "/foo"))
        assert "发送 /help" in visible(api, 18)
        await feed(app, api.text_update(-18, "/foo", chat_type="group"))
        assert api.sent(-18) == []

    run_scenario(tmp_path, scenario)
