"""What each chat asked recently, for follow-up questions (memory only, bounded)."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable


class ChatHistory:
    """The last questions of each chat, each forgotten `ttl` seconds after it was asked."""

    def __init__(
        self,
        turns: int,
        ttl: float,
        clock: Callable[[], float] = time.monotonic,
        max_chats: int = 10_000,
    ) -> None:
        self.turns, self.ttl, self.clock, self.max_chats = turns, ttl, clock, max_chats
        self._chats: OrderedDict[int, deque[tuple[float, str]]] = OrderedDict()

    def get(self, chat_id: int) -> list[str]:
        """The chat's unexpired questions, oldest first."""
        entries = self._chats.get(chat_id)
        if not entries:
            return []
        cutoff = self.clock() - self.ttl
        while entries and entries[0][0] <= cutoff:
            entries.popleft()
        return [question for _, question in entries]

    def add(self, chat_id: int, question: str) -> None:
        """Remember a question, keeping only the last `turns` ones."""
        if self.turns <= 0:
            return
        entries = self._chats.setdefault(chat_id, deque(maxlen=self.turns))
        entries.append((self.clock(), question))
        self._chats.move_to_end(chat_id)
        while len(self._chats) > self.max_chats:
            self._chats.popitem(last=False)

    def clear(self, chat_id: int) -> None:
        """Forget the chat's questions."""
        self._chats.pop(chat_id, None)
