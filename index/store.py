"""The vector store: a Chroma collection of passage vectors, embedded or on a server."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from wenzheng.corpus.model import Passage

from wenzheng.errors import IndexError_, StoreUnavailable

log = logging.getLogger(__name__)


def _chroma_settings():  # type: ignore[no-untyped-def]
    """Chroma client settings: no telemetry (this machine has no internet anyway)."""
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=True)


def open_client(path: Path | None, host: str | None = None, port: int | None = None) -> Any:
    """A Chroma client: an HTTP client when `host` is given, else a persistent folder."""
    import chromadb

    if host:
        port = port or 8000
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=_chroma_settings())
            client.heartbeat()
        except Exception as exc:  # chromadb raises several transport errors
            raise StoreUnavailable(f"cannot reach the Chroma server at {host}:{port}") from exc
        return client
    assert path is not None
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    except Exception as exc:
        raise IndexError_(f"the vector store in {path} cannot be opened: {exc}") from exc


def forget_clients() -> None:
    """Drop Chroma's per-process client cache (needed before reopening a rebuilt folder)."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


class VectorStore:
    """Passage vectors in one Chroma collection; the embedder's name is kept with them."""

    def __init__(self, client: Any, name: str, embedder_name: str) -> None:
        self.client = client
        self.name = name
        self.embedder_name = embedder_name
        self.collection = self._collection()

    def _collection(self) -> Any:
        """Get or create the collection, dropping it when it was built by another model."""
        # We always pass vectors ourselves: Chroma's default embedding function would try to
        # download an ONNX model, which fails offline.
        meta = {"hnsw:space": "cosine", "embedder": self.embedder_name}
        try:
            coll = self.client.get_or_create_collection(
                self.name, metadata=meta, embedding_function=None
            )
        except Exception as exc:
            raise IndexError_(f"cannot open collection {self.name!r}: {exc}") from exc
        if (coll.metadata or {}).get("embedder") != self.embedder_name:
            log.info("collection %s was built with another model; rebuilding", self.name)
            self.client.delete_collection(self.name)
            coll = self.client.create_collection(self.name, metadata=meta, embedding_function=None)
        return coll

    def ids(self) -> set[str]:
        """Ids of the passages stored."""
        return set(self.collection.get(include=[])["ids"])

    def count(self) -> int:
        """Number of stored passages."""
        return int(self.collection.count())

    def upsert(self, passages: Sequence[Passage], vectors: np.ndarray) -> None:
        """Insert or replace passages with their vectors."""
        for lo in range(0, len(passages), 256):
            chunk = passages[lo : lo + 256]
            self.collection.upsert(
                ids=[p.id for p in chunk],
                embeddings=vectors[lo : lo + 256].tolist(),
                documents=[p.text for p in chunk],
                metadatas=[passage_metadata(p) for p in chunk],
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Remove passages that no longer exist."""
        if ids:
            self.collection.delete(ids=list(ids))

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest passages as (id, cosine similarity)."""
        k = min(k, self.count())
        if k <= 0:
            return []
        res = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=k, include=["distances"]
        )
        return [
            (i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)
        ]

    def vectors(self, ids: Sequence[str]) -> np.ndarray:
        """Stored vectors for these ids, in the same order."""
        res = self.collection.get(ids=list(ids), include=["embeddings"])
        by_id = dict(zip(res["ids"], res["embeddings"], strict=True))
        return np.asarray([by_id[i] for i in ids], dtype=np.float32)


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
