"""The vector store: Chroma collections of passage vectors, embedded or on a server.

A collection is created once, filled, and then only read: `wenzheng index` builds a new
collection beside the old one and swaps (see `build.py`), so nothing here ever drops one
except `drop`, which the builder calls for generations it has replaced.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from wenzheng.corpus.model import Passage

from wenzheng.errors import IndexError_, StoreUnavailable, WenzhengError

log = logging.getLogger(__name__)

T = TypeVar("T")
UPSERT_CHUNK = 1024  # passages per Chroma call (each call commits once)
EXACT_SEARCH_MAX = 50_000  # up to this many passages a query scans every vector (exact)
READ_PAGE = 2_000  # vectors read per call when reading them all


def _chroma_settings():  # type: ignore[no-untyped-def]
    """Chroma client settings: no telemetry (this machine has no internet anyway)."""
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def server_address(host: str, port: int | None) -> str:
    """`host:port` of a Chroma server, with Chroma's default port."""
    return f"{host}:{port or 8000}"


def open_client(path: Path | None, host: str | None = None, port: int | None = None) -> Any:
    """A Chroma client: an HTTP client when `host` is given, else a persistent folder."""
    import chromadb

    if host:
        try:
            client = chromadb.HttpClient(host=host, port=port or 8000, settings=_chroma_settings())
            client.heartbeat()
        except Exception as exc:  # chromadb raises several transport errors
            raise StoreUnavailable(
                f"cannot reach the Chroma server at {server_address(host, port)}"
            ) from exc
        return client
    assert path is not None
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    except Exception as exc:
        raise IndexError_(f"the vector store in {path} cannot be opened: {exc}") from exc


def forget_clients() -> None:
    """Drop Chroma's per-process client cache (needed before reopening a rebuilt folder)."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


class VectorStore:
    """Passage vectors in one Chroma collection; the embedder's name is kept with them.

    `server` is "host:port" when the collection lives on a Chroma server: a failure there is
    reported as StoreUnavailable when the server stopped answering, so callers can tell a
    lost service from a bad request.
    """

    def __init__(self, client: Any, collection: Any, server: str | None = None) -> None:
        self.client = client
        self.collection = collection
        self.name = str(collection.name)
        self.server = server
        self._size: int | None = None  # served collections never change: count once
        self._exact_rows: tuple[list[str], np.ndarray] | None = None  # ids, vectors

    @classmethod
    def create(
        cls, client: Any, name: str, embedder_name: str, server: str | None = None
    ) -> VectorStore:
        """A new, empty collection (an existing one of that name is an error)."""
        # We always pass vectors ourselves: Chroma's default embedding function would try to
        # download an ONNX model, which fails offline.
        meta = {"hnsw:space": "cosine", "embedder": embedder_name}
        coll = _guarded(
            client,
            server,
            f"create collection {name!r}",
            lambda: client.create_collection(name, metadata=meta, embedding_function=None),
        )
        return cls(client, coll, server)

    @classmethod
    def open(cls, client: Any, name: str, server: str | None = None) -> VectorStore:
        """An existing collection; IndexError_ when it is missing or unreadable."""
        coll = _guarded(
            client,
            server,
            f"open collection {name!r}",
            lambda: client.get_collection(name, embedding_function=None),
        )
        return cls(client, coll, server)

    @property
    def embedder_name(self) -> str:
        """The name of the embedder whose vectors the collection holds."""
        return str((self.collection.metadata or {}).get("embedder", ""))

    def _call(self, what: str, fn: Callable[[], T]) -> T:
        return _guarded(self.client, self.server, what, fn)

    def ids(self) -> set[str]:
        """Ids of the passages stored."""
        return set(self._call("list ids", lambda: self.collection.get(include=[])["ids"]))

    def count(self) -> int:
        """Number of stored passages."""
        return int(self._call("count", self.collection.count))

    def upsert(self, passages: Sequence[Passage], vectors: np.ndarray) -> None:
        """Insert or replace passages with their vectors."""
        for lo in range(0, len(passages), UPSERT_CHUNK):
            chunk = passages[lo : lo + UPSERT_CHUNK]
            upsert = functools.partial(
                self.collection.upsert,
                ids=[p.id for p in chunk],
                embeddings=vectors[lo : lo + UPSERT_CHUNK].tolist(),
                documents=[p.text for p in chunk],
                metadatas=[passage_metadata(p) for p in chunk],
            )
            self._call("store vectors", upsert)
        self._size, self._exact_rows = None, None

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest passages as (id, cosine similarity)."""
        if self._size is None:
            self._size = self.count()
        k = min(k, self._size)
        if k <= 0:
            return []
        if self.server is None and self._size <= EXACT_SEARCH_MAX:
            return self._exact(vector, k)
        res = self._call(
            "search",
            lambda: self.collection.query(
                query_embeddings=[vector.tolist()], n_results=k, include=["distances"]
            ),
        )
        return [
            (i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)
        ]

    def _exact(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest by exact cosine over every stored vector, read once.

        An embedded collection is served read-only, and a scan of a few thousand vectors
        costs microseconds, where Chroma's approximate (HNSW) search costs milliseconds and
        its graph, rebuilt when a process opens the store, can differ from process to
        process: the same question then got other candidates. Exact search gives every
        process the same, true nearest passages. (A Chroma server keeps its own search:
        the vectors live there, and losing it must be noticed.)
        """
        if self._exact_rows is None:
            self._exact_rows = self._read_all(self._size or self.count())
        ids, rows = self._exact_rows
        sims = rows @ np.asarray(vector, dtype=np.float32)
        top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
        order = sorted(top.tolist(), key=lambda i: (-sims[i], ids[i]))
        return [(ids[i], float(sims[i])) for i in order]

    def _read_all(self, n: int) -> tuple[list[str], np.ndarray]:
        """Every stored id and vector, read a page at a time: reading them in one call
        builds the whole result at once besides the array (at 27,600 passages ~0.5 GB more
        peak memory than pages of `READ_PAGE`)."""
        ids: list[str] = []
        pages = []
        for offset in range(0, n, READ_PAGE):
            res = self._call(
                "read vectors",
                lambda o=offset: self.collection.get(  # type: ignore[misc]
                    include=["embeddings"], limit=READ_PAGE, offset=o
                ),
            )
            ids += list(res["ids"])
            pages.append(
                np.asarray(res["embeddings"], dtype=np.float32).reshape(len(res["ids"]), -1)
            )
        rows = np.concatenate(pages) if pages else np.zeros((0, 0), dtype=np.float32)
        return ids, rows

    def vectors(self, ids: Sequence[str]) -> np.ndarray:
        """Stored vectors for these ids, in the same order."""
        res = self._call(
            "read vectors", lambda: self.collection.get(ids=list(ids), include=["embeddings"])
        )
        by_id = dict(zip(res["ids"], res["embeddings"], strict=True))
        return np.asarray([by_id[i] for i in ids], dtype=np.float32)


def drop_collection(client: Any, name: str) -> None:
    """Delete a collection if it exists (a replaced generation's); never raises."""
    try:
        client.delete_collection(name)
    except Exception as exc:  # noqa: BLE001 - already gone, or the server is down: both fine
        log.info("collection %s not dropped: %s", name, exc)


def _guarded(client: Any, server: str | None, what: str, fn: Callable[[], T]) -> T:
    """Run a Chroma call; failures become StoreUnavailable (server gone) or IndexError_."""
    try:
        return fn()
    except WenzhengError:
        raise
    except Exception as exc:
        if server is not None and not _alive(client):
            raise StoreUnavailable(f"lost the Chroma server at {server}") from exc
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IndexError_(f"the vector store cannot {what}: {reason}") from exc


def _alive(client: Any) -> bool:
    """True when a server client still gets an answer."""
    try:
        client.heartbeat()
    except Exception:  # noqa: BLE001 - any failure means the same here
        return False
    return True


def passage_metadata(p: Passage) -> dict[str, Any]:
    """Flat metadata Chroma can store for a passage."""
    return {
        "doc_id": p.doc_id,
        "section": p.section_path,
        "lead": p.lead,
        "frame": p.frame,
        "years": p.years,
        "kind": p.kind,
        "start": p.start,
        "end": p.end,
    }
