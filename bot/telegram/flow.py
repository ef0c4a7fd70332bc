"""Flow control: a per-chat rate limit and a fair, bounded queue in front of the core.

One chat sending hundreds of messages must not delay anyone else. Each chat gets a token
bucket (`ChatLimiter`): a burst of questions, then one more every few seconds; beyond that
the chat gets one short notice per flood, not an answer to each message. Work accepted goes
to `FairQueue`: chats take turns (round robin), a chat has at most one question in the core
at a time (its answers stay in order, follow-ups see their history) and a few waiting, and
the number of jobs waiting overall is capped.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


class Admission(Enum):
    """What to do with a chat's next message."""

    ALLOW = "allow"
    NOTIFY = "notify"  # refused; tell the chat once
    DROP = "drop"  # refused; the chat has been told


@dataclass
class _Bucket:
    tokens: float
    updated: float
    told: bool = False


class ChatLimiter:
    """Token bucket per chat: `burst` messages at once, then one every `interval` seconds."""

    def __init__(
        self,
        burst: int,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        max_chats: int = 10_000,
    ) -> None:
        self.burst, self.interval, self.clock, self.max_chats = burst, interval, clock, max_chats
        self._buckets: OrderedDict[int, _Bucket] = OrderedDict()

    def admit(self, chat_id: int) -> Admission:
        """Take a token for the chat's message, or say how to refuse it."""
        now = self.clock()
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            bucket = self._buckets[chat_id] = _Bucket(float(self.burst), now)
            while len(self._buckets) > self.max_chats:
                self._buckets.popitem(last=False)
        self._buckets.move_to_end(chat_id)
        if self.interval > 0:
            refill = (now - bucket.updated) / self.interval
            bucket.tokens = min(float(self.burst), bucket.tokens + refill)
        else:
            bucket.tokens = float(self.burst)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.told = False
            return Admission.ALLOW
        if bucket.told:
            return Admission.DROP
        bucket.told = True
        return Admission.NOTIFY

    def wait_seconds(self, chat_id: int) -> float:
        """Seconds until the chat may send again."""
        bucket = self._buckets.get(chat_id)
        if bucket is None or bucket.tokens >= 1:
            return 0.0
        return (1 - bucket.tokens) * self.interval


class Busy(Exception):
    """The queue is full: the caller should ask the chat to try again later."""


@dataclass
class _Job:
    fn: Callable[[], Any]
    future: asyncio.Future


class FairQueue:
    """Blocking calls run in an executor, chats taking turns, at most one per chat at a time."""

    def __init__(
        self, executor: Executor, workers: int, per_chat: int = 3, max_waiting: int = 256
    ) -> None:
        self.executor, self.workers = executor, workers
        self.per_chat, self.max_waiting = per_chat, max_waiting
        self._waiting: dict[int, deque[_Job]] = {}
        self._turns: deque[int] = deque()  # chats with waiting jobs and none running
        self._running: set[int] = set()
        self._count = 0  # jobs waiting, all chats

    @property
    def waiting(self) -> int:
        """Jobs accepted and not yet started."""
        return self._count

    @property
    def running(self) -> int:
        """Jobs running now."""
        return len(self._running)

    async def run(self, chat_id: int, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` in the executor when it is this chat's turn; Busy when full."""
        queue = self._waiting.setdefault(chat_id, deque())
        if len(queue) >= self.per_chat or self._count >= self.max_waiting:
            if not queue:
                del self._waiting[chat_id]
            raise Busy(chat_id)
        job = _Job(functools.partial(fn, *args), asyncio.get_running_loop().create_future())
        queue.append(job)
        self._count += 1
        if len(queue) == 1 and chat_id not in self._running:
            self._turns.append(chat_id)
        self._dispatch()
        return await job.future

    def _dispatch(self) -> None:
        """Start jobs while workers are free, one chat after the other."""
        loop = asyncio.get_running_loop()
        while self._turns and len(self._running) < self.workers:
            chat_id = self._turns.popleft()
            queue = self._waiting[chat_id]
            job = queue.popleft()
            self._count -= 1
            if not queue:
                del self._waiting[chat_id]
            if job.future.cancelled():  # the handler gave up while waiting
                if chat_id in self._waiting:
                    self._turns.append(chat_id)
                continue
            self._running.add(chat_id)
            done = loop.run_in_executor(self.executor, job.fn)
            done.add_done_callback(functools.partial(self._finished, chat_id, job))

    def _finished(self, chat_id: int, job: _Job, done: asyncio.Future) -> None:
        """Hand the result over, give the chat its next turn, start more work."""
        self._running.discard(chat_id)
        if not job.future.done():
            if done.cancelled():
                job.future.cancel()
            elif done.exception() is not None:
                job.future.set_exception(done.exception())  # type: ignore[arg-type]
            else:
                job.future.set_result(done.result())
        if chat_id in self._waiting:
            self._turns.append(chat_id)  # to the back: every other waiting chat goes first
        self._dispatch()
