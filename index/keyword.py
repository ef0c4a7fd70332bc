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

import numpy as np
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


def in_dictionary(word: str) -> bool:
    """True when jieba's dictionary holds the word ("中小学", not "中在麓")."""
    dt = _jieba().dt
    dt.check_initialized()
    return bool(dt.FREQ.get(word))


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
    """Teach the tokenizer domain terms so they stay whole ("一般公共预算收入"). A term its
    dictionary lacks is tagged a noun, as the reports' terms are ("首店"): untagged, the
    part-of-speech cut would call it "x", no word at all."""
    from jieba import posseg

    jieba = _jieba()
    tags = posseg.dt.word_tag_tab
    for word in words:
        if len(word) >= 2:
            word = normalize(word)
            jieba.add_word(word, freq=20000, tag=None if word in tags else "n")


def cut_words(text: str) -> list[str]:
    """Words of a text as jieba cuts them (every character kept, no stopword removal)."""
    return _jieba().lcut(text)


def tokenize(text: str) -> list[str]:
    """Search tokens of a text: normalized, jieba search-mode words, stopwords dropped."""
    tokens = _jieba().lcut_for_search(normalize(text))
    return [t for t in tokens if t.strip() and _TOKEN_OK.search(t) and t not in STOPWORDS]


@dataclass
class BM25Index:
    """Okapi BM25 over pre-tokenized passages, scored from an inverted index.

    Each term keeps its postings: the passages holding it and, precomputed, the length- and
    frequency-normalized part of its BM25 weight there. A query touches only the postings of
    its own terms (numpy arrays), never the whole corpus; the sums are taken in the query's
    term order, so scores are the same floats exact per-passage scoring gives.
    """

    ids: list[str]
    doc_tokens: list[list[str]]
    k1: float = 0.8  # sentences are short: a repeated term is weak evidence
    b: float = 0.75

    def __post_init__(self) -> None:
        lengths = np.fromiter((len(t) for t in self.doc_tokens), np.float64, len(self.ids))
        self._avg = float(sum(len(t) for t in self.doc_tokens) / len(self.ids)) if self.ids else 1.0
        docs: dict[str, list[int]] = {}
        freqs: dict[str, list[int]] = {}
        for i, toks in enumerate(self.doc_tokens):
            for t, f in Counter(toks).items():
                docs.setdefault(t, []).append(i)
                freqs.setdefault(t, []).append(f)
        n = len(self.ids)
        self.idf = {t: math.log(1 + (n - len(d) + 0.5) / (len(d) + 0.5)) for t, d in docs.items()}
        self._docs = {t: np.asarray(d, dtype=np.int64) for t, d in docs.items()}
        self._norm = {
            t: self._weights(np.asarray(freqs[t], np.float64), lengths[self._docs[t]]) for t in docs
        }

    def _weights(self, tf: np.ndarray, length: np.ndarray) -> np.ndarray:
        """The BM25 term-frequency part, in the same operation order as the formula."""
        return tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self._avg))

    def max_idf(self) -> float:
        """IDF a term absent from the corpus would get (it occurs in no passage)."""
        n = len(self.ids)
        return math.log(1 + (n + 0.5) / 0.5)

    def matched(
        self, query_tokens: Sequence[str], weights: Sequence[float] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Passages sharing a token with the query (ascending indices) and their BM25 scores."""
        weights = weights or [1.0] * len(query_tokens)
        docs, parts = [], []
        for tok, w in zip(query_tokens, weights, strict=True):
            idf = self.idf.get(tok)
            if idf is not None:
                docs.append(self._docs[tok])
                parts.append(w * idf * self._norm[tok])
        if not docs:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        found, where = np.unique(np.concatenate(docs), return_inverse=True)
        # bincount adds in array order: each passage's terms in query order, as a loop would
        return found, np.bincount(where, weights=np.concatenate(parts), minlength=len(found))

    def scores(
        self, query_tokens: Sequence[str], weights: Sequence[float] | None = None
    ) -> dict[int, float]:
        """BM25 score of every passage sharing a token with the query (index → score)."""
        found, sums = self.matched(query_tokens, weights)
        return dict(zip(found.tolist(), sums.tolist(), strict=True))

    def best(
        self, query_tokens: Sequence[str], k: int, weights: Sequence[float] | None = None
    ) -> list[tuple[int, float]]:
        """The k best (passage index, score) pairs: higher score first, then lower index."""
        found, sums = self.matched(query_tokens, weights)
        if k <= 0 or not len(found):
            return []
        if len(found) > k:  # keep the k best and every passage tied with the k-th
            kth = np.partition(sums, len(sums) - k)[len(sums) - k]
            keep = sums >= kth
            found, sums = found[keep], sums[keep]
        order = np.lexsort((found, -sums))[:k]
        return list(zip(found[order].tolist(), sums[order].tolist(), strict=True))

    def top(self, query_tokens: Sequence[str], k: int) -> list[tuple[str, float]]:
        """The k best (passage id, score) pairs for a tokenized query."""
        return [(self.ids[i], s) for i, s in self.best(query_tokens, k)]
