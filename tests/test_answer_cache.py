"""The answer cache of `wenzheng serve`: repeated questions, scopes, coalesced requests."""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from wenzheng.bot.core.cache import AnswerCache, effective_history, service_scope
from wenzheng.bot.core.types import Answer
from wenzheng.bot.web.app import Core
from wenzheng.index.build import build_index

from wenzheng.errors import InputError
from wenzheng.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
GDP = "2019年鼓楼区地区生产总值是多少？"


def _answer(question: str, text: str = "答", mode: str = "extractive") -> Answer:
    return Answer(question, text, False, mode=mode)  # type: ignore[arg-type]


@dataclass
class CountingService:
    """A stand-in core over one index generation: answers name the generation, calls counted."""

    generation: str = "g1"
    history_turns: int = 3
    top_k: int = 5
    generator: object = None
    calls: int = 0
    gate: threading.Event | None = None  # when set, answering waits for it
    fail: bool = False

    @property
    def index(self) -> SimpleNamespace:
        return SimpleNamespace(manifest=SimpleNamespace(generation=self.generation))

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        self.calls += 1
        if self.gate is not None:
            self.gate.wait(30)
        if self.fail:
            raise InputError("bad question")
        return _answer(question, f"{self.generation}:{question}:{'|'.join(history)}")


async def _inside(service: CountingService) -> None:
    """Until the first request is inside the core (a sync point, bounded)."""
    for _ in range(30_000):
        if service.calls:
            return
        await asyncio.sleep(0.001)
    raise AssertionError("no request reached the core")


def test_the_cache_keeps_the_most_recently_used_answers_up_to_its_size():
    """Beyond `size` entries the least recently used answer goes; a hit refreshes an entry."""
    cache = AnswerCache(2)
    for q in ("a", "b"):
        cache.put("s", q, (), _answer(q))
    assert cache.get("s", "a", ()) is not None  # "a" is now the most recent
    cache.put("s", "c", (), _answer("c"))
    assert [cache.get("s", q, ()) is not None for q in ("a", "b", "c")] == [True, False, True]
    assert (cache.hits, cache.misses, len(cache)) == (3, 1, 2)


def test_another_scope_drops_every_entry():
    """A request in a new scope (another index generation) finds nothing and clears the old."""
    cache = AnswerCache(10)
    cache.put("g1", "a", (), _answer("a"))
    assert cache.get("g2", "a", ()) is None and len(cache) == 0
    assert cache.get("g1", "a", ()) is None  # gone for good, not kept aside


def test_history_is_part_of_the_key_and_fallback_answers_are_not_kept():
    """The same question after other questions is another entry; a model failure is not cached."""
    cache = AnswerCache(10)
    cache.put("s", "那今年呢？", ("去年GDP",), _answer("q", "2019"))
    assert cache.get("s", "那今年呢？", ("去年财政收入",)) is None
    cache.put("s", "x", (), _answer("x", mode="fallback"))
    assert cache.get("s", "x", ()) is None
    assert AnswerCache(0).get("s", "x", ()) is None


def test_the_scope_names_the_generation_and_the_settings():
    """Services over other generations, other top_k or history turns do not share answers."""
    base = service_scope(CountingService())
    assert service_scope(CountingService()) == base
    assert service_scope(CountingService(generation="g2")) != base
    assert service_scope(CountingService(top_k=3)) != base
    assert service_scope(CountingService(history_turns=1)) != base
    assert effective_history(["a", "b", "c", "d"], 3) == ("b", "c", "d")
    assert effective_history(["a"], 0) == () and effective_history(["a"], None) == ("a",)


def test_core_answers_a_repeated_question_from_the_cache():
    """The second ask of a question does not reach the core; history the core ignores is equal."""
    service = CountingService(history_turns=1)
    core = Core(service, threads=4, cache_size=100)

    async def asks() -> list[Answer]:
        return [
            await core.answer("问", ["早", "前"]),
            await core.answer("问", ["更早", "前"]),  # the core reads only the last turn
            await core.answer("问", ["后"]),
        ]

    first, second, third = asyncio.run(asks())
    assert first is second and third.text == "g1:问:后" and service.calls == 2


def test_core_recomputes_after_the_service_moves_to_a_new_generation():
    """A reloaded service over another generation never gets the old generation's answers."""
    core = Core(CountingService("g1"), threads=4, cache_size=100)
    assert asyncio.run(core.answer("问", [])).text == "g1:问:"
    core.service = CountingService("g2")
    assert asyncio.run(core.answer("问", [])).text == "g2:问:"
    assert len(core.cache) == 1


def test_concurrent_requests_for_one_question_are_answered_once():
    """Ten clients asking the same question at once share one computation of it."""
    gate = threading.Event()
    service = CountingService(gate=gate)
    core = Core(service, threads=4, cache_size=100)

    async def ten() -> list[Answer]:
        tasks = [asyncio.create_task(core.answer("问", [])) for _ in range(10)]
        await _inside(service)
        gate.set()
        return await asyncio.gather(*tasks)

    answers = asyncio.run(ten())
    assert service.calls == 1 and all(a is answers[0] for a in answers)


def test_an_error_reaches_every_waiting_request_and_is_not_cached():
    """A question that fails fails for each request waiting on it; the next ask tries again."""
    gate = threading.Event()
    service = CountingService(gate=gate, fail=True)
    core = Core(service, threads=4, cache_size=100)

    async def three() -> list[object]:
        tasks = [asyncio.create_task(core.answer("问", [])) for _ in range(3)]
        await _inside(service)
        gate.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    assert all(isinstance(r, InputError) for r in asyncio.run(three()))
    service.fail = False
    assert asyncio.run(core.answer("问", [])).text == "g1:问:" and service.calls == 2


def test_without_a_cache_every_request_reaches_the_core():
    """`web_answer_cache=0` turns caching and coalescing off."""
    service = CountingService()
    core = Core(service, threads=4, cache_size=0)

    async def twice() -> None:
        await core.answer("问", [])
        await core.answer("问", [])

    asyncio.run(twice())
    assert service.calls == 2


def test_a_rebuilt_index_gives_the_new_figure_not_the_cached_one(tmp_path: Path):
    """Real generations: after `wenzheng index` swaps in an edited report, a service reloaded
    over it answers from it, though the old generation's answer sat in the cache."""
    from wenzheng.bot.service import Wenzheng

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        embedding_model="fake",
        chroma_host=None,
    )
    old = Wenzheng.from_settings(settings)
    core = Core(old, threads=2, cache_size=100)
    assert "1620亿元" in asyncio.run(core.answer(GDP, [])).text
    doc = next(corpus.glob("*.txt"))
    doc.write_text(doc.read_text(encoding="utf-8").replace("1620亿元", "1621亿元"), "utf-8")
    from wenzheng.index.embedders import FakeEmbedder

    build_index(settings, FakeEmbedder)
    core.service = Wenzheng.from_settings(settings)
    assert service_scope(core.service) != service_scope(old)
    assert "1621亿元" in asyncio.run(core.answer(GDP, [])).text
