"""Keyword side of retrieval: jieba tokenization and an Okapi BM25 index over passages."""

from __future__ import annotations

import atexit
import logging
import math
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wenzheng.corpus.text import normalize

log = logging.getLogger(__name__)

_TOKEN_OK = re.compile(r"[\w%.]")
# Function words that carry no topic; numbers and domain words stay.
STOPWORDS = frozenset(
    "的 了 和 与 及 等 在 是 为 对 将 把 被 由 以 向 从 于 并 也 都 而 或 其 之 这 那 个 "
    "我们 我 你 他 她 它 吗 呢 吧 啊 呀 么 什么 多少 几 哪 哪些 哪个 怎么 怎样 如何 有 有没有 "
    "没有 请问 一下 一些 进一步 不断 持续 积极 全面 深入 大力 加快 推动 推进 实现 完成 开展 "
    "the a an of in on to and or is are was were what how which who did does do for by "
    "with this that it its be".split()
)


_cache_dir: Path | None = None


def use_cache_dir(path: Path) -> None:
    """Keep jieba's dictionary cache in `path` (the data dir), not the shared temp folder.

    jieba loads `$TMPDIR/jieba.cache` if it exists: a file another user puts there would
    change how every text is cut. Call before the first tokenization; later calls only
    matter for a process that has not tokenized yet.
    """
    global _cache_dir
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    _cache_dir = path
    if _jieba.cache_info().currsize:
        _jieba().dt.tmp_dir = str(path)


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    """Import jieba once, quietly, with its cache in our own folder."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    if _cache_dir is not None:
        jieba.dt.tmp_dir = str(_cache_dir)
    else:  # no data dir given (library use): a private folder of this process
        private = tempfile.mkdtemp(prefix="wenzheng-jieba-")
        atexit.register(shutil.rmtree, private, True)
        jieba.dt.tmp_dir = private
    return jieba


def add_words(words: Iterable[str]) -> None:
    """Teach the tokenizer domain terms so they stay whole ("一般公共预算收入")."""
    jieba = _jieba()
    for word in words:
        if len(word) >= 2:
            jieba.add_word(normalize(word), freq=20000)


def cut_words(text: str) -> list[str]:
    """Words of a text as jieba cuts them (every character kept, no stopword removal)."""
    return _jieba().lcut(text)


def tokenize(text: str) -> list[str]:
    """Search tokens of a text: normalized, jieba search-mode words, stopwords dropped."""
    tokens = _jieba().lcut_for_search(normalize(text))
    return [t for t in tokens if t.strip() and _TOKEN_OK.search(t) and t not in STOPWORDS]


@dataclass
class BM25Index:
    """Okapi BM25 over pre-tokenized passages (small corpora: exact scoring in Python)."""

    ids: list[str]
    doc_tokens: list[list[str]]
    k1: float = 0.8  # sentences are short: a repeated term is weak evidence
    b: float = 0.75

    def __post_init__(self) -> None:
        self._tf = [Counter(toks) for toks in self.doc_tokens]
        self._len = [len(toks) for toks in self.doc_tokens]
        self._avg = (sum(self._len) / len(self._len)) if self._len else 1.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(self.ids)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self._postings: dict[str, list[int]] = {}
        for i, tf in enumerate(self._tf):
            for t in tf:
                self._postings.setdefault(t, []).append(i)

    def max_idf(self) -> float:
        """IDF a term absent from the corpus would get (it occurs in no passage)."""
        n = len(self.ids)
        return math.log(1 + (n + 0.5) / 0.5)

    def scores(
        self, query_tokens: Sequence[str], weights: Sequence[float] | None = None
    ) -> dict[int, float]:
        """BM25 score of every passage sharing a token with the query (index → score)."""
        weights = weights or [1.0] * len(query_tokens)
        out: dict[int, float] = {}
        for tok, w in zip(query_tokens, weights, strict=True):
            idf = self.idf.get(tok)
            if idf is None:
                continue
            for i in self._postings[tok]:
                tf = self._tf[i][tok]
                norm = (
                    tf
                    * (self.k1 + 1)
                    / (tf + self.k1 * (1 - self.b + self.b * self._len[i] / self._avg))
                )
                out[i] = out.get(i, 0.0) + w * idf * norm
        return out

    def top(self, query_tokens: Sequence[str], k: int) -> list[tuple[str, float]]:
        """The k best (passage id, score) pairs for a tokenized query."""
        ranked = sorted(self.scores(query_tokens).items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.ids[i], s) for i, s in ranked[:k]]
