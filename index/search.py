"""Plain retrievers over a PassageIndex: BM25, dense, and their reciprocal-rank fusion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from wenzheng.corpus.model import Passage
from wenzheng.index.build import PassageIndex
from wenzheng.index.keyword import tokenize

RRF_K = 60


@dataclass(frozen=True)
class Hit:
    """A passage and its retrieval score (higher is better)."""

    passage: Passage
    score: float


class BM25Retriever:
    """Keyword retrieval: jieba tokens scored with BM25."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index

    def search(self, query: str, k: int = 5) -> list[Hit]:
        """The k best passages for a query string."""
        return self.search_tokens(tokenize(query), k)

    def search_tokens(
        self, tokens: Sequence[str], k: int, weights: Sequence[float] | None = None
    ) -> list[Hit]:
        """The k best passages for pre-tokenized (optionally weighted) query tokens."""
        ranked = self.index.bm25.best(tokens, k, weights)
        return [Hit(self.index.passages[i], s) for i, s in ranked]


class DenseRetriever:
    """Vector retrieval: the query embedded, nearest passages from the Chroma store."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index

    def embed(self, query: str) -> np.ndarray:
        """The query's vector."""
        return self.index.embedder.embed_queries([query])[0]

    def search(self, query: str, k: int = 5) -> list[Hit]:
        """The k nearest passages for a query string."""
        return self.search_vector(self.embed(query), k)

    def search_vector(self, vector: np.ndarray, k: int) -> list[Hit]:
        """The k nearest passages for a query vector."""
        by_id = self.index.by_id
        return [Hit(by_id[i], s) for i, s in self.index.store.query(vector, k) if i in by_id]


class FusionRetriever:
    """Reciprocal-rank fusion of BM25 and dense rankings."""

    def __init__(self, index: PassageIndex, depth: int = 50) -> None:
        self.bm25 = BM25Retriever(index)
        self.dense = DenseRetriever(index)
        self.depth = depth

    def search(self, query: str, k: int = 5) -> list[Hit]:
        """The k best passages by fused rank."""
        return rrf([self.bm25.search(query, self.depth), self.dense.search(query, self.depth)], k)


def rrf(rankings: Sequence[Sequence[Hit]], k: int) -> list[Hit]:
    """Fuse rankings: each passage scores the sum of 1 / (RRF_K + rank)."""
    scores: dict[str, float] = {}
    passages: dict[str, Passage] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking, start=1):
            scores[hit.passage.id] = scores.get(hit.passage.id, 0.0) + 1.0 / (RRF_K + rank)
            passages[hit.passage.id] = hit.passage
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [Hit(passages[i], s) for i, s in ranked]
