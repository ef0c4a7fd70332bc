"""Flow control: per-chat rate limit with a notice, fair turns across chats, bounded work."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from telegram.ext import Application
from wenzheng.bot.telegram import render
from wenzheng.bot.telegram.flow import Admission, Busy, ChatLimiter, FairQueue

from tests.fake_bot_api import FakeBotApi, FakeQAService, parse_telegram_html
from tests.test_telegram_e2e import poll, until


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_chat_gets_its_burst_then_one_notice_then_silence():
    """Five allowed, the sixth told to wait, the rest dropped; other chats are unaffected."""
    clock = Clock()
    limiter = ChatLimiter(burst=5, interval=3.0, clock=clock)
    decisions = [limiter.admit(1) for _ in range(10)]
    assert decisions == [Admission.ALLOW] * 5 + [Admission.NOTIFY] + [Admission.DROP] * 4
    assert limiter.admit(2) is Admission.ALLOW
    assert limiter.wait_seconds(1) == pytest.approx(3.0)


def test_a_limited_chat_recovers_one_message_per_interval():
    """After `interval` seconds one more message is allowed, and a later flood is told again."""
    clock = Clock()
    limiter = ChatLimiter(burst=2, interval=3.0, clock=clock)
    assert [limiter.admit(1) for _ in range(3)][-1] is Admission.NOTIFY
    clock.now += 3.0
    assert limiter.admit(1) is Admission.ALLOW
    assert limiter.admit(1) is Admission.NOTIFY


def test_chats_take_turns_and_each_runs_one_job_at_a_time():
    """With one worker, chat A's second job waits behind chat B's first (round robin)."""
    order: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def job(name: str) -> str:
        if name == "A1":
            started.set()
            release.wait(10)
        order.append(name)
        return name

    async def scenario() -> list[str]:
        queue = FairQueue(ThreadPoolExecutor(1), workers=1, per_chat=5)
        first = asyncio.create_task(queue.run(1, job, "A1"))
        await asyncio.to_thread(started.wait, 10)
        rest = [asyncio.create_task(queue.run(1, job, n)) for n in ("A2", "A3")]
        rest.append(asyncio.create_task(queue.run(2, job, "B1")))
        await asyncio.sleep(0)  # let the tasks enqueue (no timing involved)
        assert (queue.running, queue.waiting) == (1, 3)
        release.set()
        return await asyncio.gather(first, *rest)

    assert asyncio.run(scenario()) == ["A1", "A2", "A3", "B1"]
    assert order == ["A1", "B1", "A2", "A3"]


def test_a_full_queue_refuses_more_work():
    """Jobs beyond a chat's share or the overall cap raise Busy instead of piling up."""
    release = threading.Event()

    async def scenario() -> tuple[int, int]:
        queue = FairQueue(ThreadPoolExecutor(1), workers=1, per_chat=2, max_waiting=3)
        tasks = [asyncio.create_task(queue.run(1, release.wait, 10)) for _ in range(3)]
        tasks += [asyncio.create_task(queue.run(c, release.wait, 10)) for c in (2, 3, 4)]
        await asyncio.sleep(0)
        busy = [t for t in tasks if t.done() and isinstance(t.exception(), Busy)]
        waiting = queue.waiting
        release.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        return len(busy), waiting

    busy, waiting = asyncio.run(scenario())
    assert waiting == 3 and busy == 2  # chat 1's third job, and chat 4's beyond the cap


def test_another_chat_is_answered_within_3_s_while_one_chat_sends_200(tmp_path: Path) -> None:
    """200 messages from one chat: another chat's answer arrives within 3 s; the flooder is told."""
    service = FakeQAService(cost=0.2)  # 200 answers would keep 4 workers busy for 10 s
    flooder, citizen = 500, 600
    timing: dict[str, float] = {}

    async def scenario(app: Application, api: FakeBotApi) -> None:
        api.push(*(api.text_update(flooder, f"第{n}次问：GDP多少？") for n in range(200)))
        pushed = time.monotonic()
        api.push(api.text_update(citizen, "2019年GDP是多少？"))
        await until(api, lambda: bool(api.sent(citizen)), timeout=30)
        timing["citizen"] = time.monotonic() - pushed
        await until(api, lambda: len(api.sent(flooder)) >= 2, timeout=30)

    api = poll(tmp_path, service, scenario, telegram_chat_burst=8, telegram_chat_interval=3.0)
    assert timing["citizen"] < 3.0
    assert "1620亿元" in api.sent(citizen)[0].params["text"]
    texts = [parse_telegram_html(c.params["text"])[0] for c in api.sent(flooder)]
    notices = [t for t in texts if t.startswith(render.RATE_LIMITED.split("，")[0])]
    assert len(notices) == 1, "told once, not 190 times, and not left in silence"
    assert len(texts) <= 10 and len(service.questions) <= 10
    assert service.max_active <= 4, "work in flight is bounded by the worker threads"
