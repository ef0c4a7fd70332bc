"""Substring search over the reports without scanning them all: bigram postings per document."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from itertools import islice

import numpy as np


class SubstringIndex:
    """Whether any of a set of texts contains a string (`s in index`), like `s in joined`.

    Each character pair maps to the texts holding it; a string is looked for only in the
    texts holding all of its pairs, so a word the corpus never uses is usually settled by
    the postings alone. Texts are searched one by one, so a string never spans two texts.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        postings: dict[str, list[int]] = {}
        chars: set[str] = set()
        for i, text in enumerate(self.texts):
            chars.update(text)
            for pair in set(map(operator.add, text, islice(text, 1, None))):
                postings.setdefault(pair, []).append(i)
        self._chars = chars
        self._postings = {p: np.asarray(d, dtype=np.int32) for p, d in postings.items()}

    def __contains__(self, s: object) -> bool:
        if not isinstance(s, str):
            return False
        if len(s) < 2:
            return not s or s in self._chars
        return any(s in self.texts[i] for i in self._candidates(s))

    def holding(self, s: str) -> list[int]:
        """The indexes of the texts that contain `s` (of two characters or more)."""
        return [i for i in self._candidates(s) if s in self.texts[i]] if len(s) >= 2 else []

    def _candidates(self, s: str) -> list[int]:
        """The texts holding every character pair of `s`."""
        lists = []
        for pair in {s[i : i + 2] for i in range(len(s) - 1)}:
            docs = self._postings.get(pair)
            if docs is None:
                return []
            lists.append(docs)
        lists.sort(key=len)
        candidates = lists[0]
        for docs in lists[1:]:
            candidates = np.intersect1d(candidates, docs, assume_unique=True)
            if not len(candidates):
                return []
        return list(candidates.tolist())
