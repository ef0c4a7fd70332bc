"""A bounded cache of answers for questions asked again (stdlib only; adapters use it).

An answer depends on the message, the earlier questions the core reads, the index
generation and the service's settings, and on nothing else: the core is deterministic and
reads the index only. The cache is keyed by exactly those. The message is the key as sent,
not a normalized form: the core reads greetings, emoji and punctuation, and echoes the
message in the answer, so even a folded key could return an answer the core would not give.

The *scope* (index generation and settings) is one value for all entries: when a request
comes with another scope (the service was reloaded over a new generation), every entry is
dropped, so no answer outlives the index it came from.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence

from wenzheng.bot.core.types import Answer

Key = tuple[str, tuple[str, ...]]


class AnswerCache:
    """The `size` most recently used answers of one scope, by (message, history)."""

    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._entries: OrderedDict[Key, Answer] = OrderedDict()
        self._scope: Hashable = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, scope: Hashable, question: str, history: Sequence[str]) -> Answer | None:
        """The cached answer, or None (also when the scope changed: then all is dropped)."""
        if not self.size:
            return None
        with self._lock:
            self._enter(scope)
            answer = self._entries.get((question, tuple(history)))
            if answer is None:
                self.misses += 1
                return None
            self._entries.move_to_end((question, tuple(history)))
            self.hits += 1
            return answer

    def put(self, scope: Hashable, question: str, history: Sequence[str], answer: Answer) -> None:
        """Keep an answer, unless it is a transient one (the model failed: `fallback`)."""
        if not self.size or answer.mode == "fallback":
            return
        with self._lock:
            self._enter(scope)
            self._entries[(question, tuple(history))] = answer
            self._entries.move_to_end((question, tuple(history)))
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def _enter(self, scope: Hashable) -> None:
        """Make `scope` the current one, dropping every entry of another (lock held)."""
        if scope != self._scope:
            self._entries.clear()
            self._scope = scope


def service_scope(service: object) -> Hashable:
    """What besides the question an answer of this service depends on.

    The index generation (a loaded index never changes; a new generation comes with a new
    `PassageIndex`) and the settings the service was built with. A service without a
    manifest (tests, stubs) is its own scope.
    """
    index = getattr(service, "index", None)
    manifest = getattr(index, "manifest", None)
    generation = manifest.generation if manifest is not None else f"object-{id(index or service)}"
    generator = getattr(service, "generator", None)
    return (
        generation,
        getattr(service, "top_k", None),
        getattr(service, "history_turns", None),
        None if generator is None else id(generator),
    )


def effective_history(history: Sequence[str], turns: int | None) -> tuple[str, ...]:
    """The earlier questions the core reads: the last `turns` (None: all of them)."""
    if turns is None:
        return tuple(history)
    return tuple(history)[-turns:] if turns > 0 else ()
