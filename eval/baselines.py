"""Retrieval configurations compared in the same eval run.

"bm25", "dense" and "fusion" are the service's naive retrievers over sentence passages;
"pipeline" is the ranking the full answering pipeline returns in `Answer.retrieved`
(collected by the runner, not re-run here); "langchain" is the recipe most users reach
for: recursive character chunks of 500 in Chroma, `similarity_search(question, k=4)`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.embeddings import Embeddings
from wenzheng.bot.core.types import Retrieved
from wenzheng.corpus.model import Document

log = logging.getLogger(__name__)

Retriever = Callable[[str], list[Retrieved]]

PIPELINE = "pipeline"
LANGCHAIN = "langchain"
SEPARATORS = ["\n\n", "\n", "。", "！", "？", "；", "，", ""]
CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
LANGCHAIN_K = 4


def split_documents(documents: Sequence[Document]) -> list[tuple[str, str, dict[str, Any]]]:
    """Chunk each document's text the LangChain way: (id, text, metadata) per chunk."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        separators=SEPARATORS, chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP
    )
    chunks = []
    for doc in documents:
        for i, text in enumerate(splitter.split_text(doc.text)):
            meta = {"doc_id": doc.meta.id, "title": doc.meta.title, "chunk": i}
            chunks.append((f"{doc.meta.id}:lc{i:04d}", text, meta))
    return chunks


class LangChainBaseline:
    """Chroma over recursive character chunks, searched with `similarity_search`."""

    def __init__(self, documents: Sequence[Document], embeddings: Embeddings, k: int = LANGCHAIN_K):
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        self._client = chromadb.EphemeralClient(settings=settings)
        # Ephemeral clients share one in-process store: a unique name keeps runs apart.
        self._name = f"eval-langchain-{uuid.uuid4().hex[:12]}"
        self._k = k
        # Our embeddings are always passed: Chroma's default function downloads a model.
        self._store = Chroma(
            collection_name=self._name,
            embedding_function=embeddings,
            client=self._client,
            client_settings=settings,
        )
        chunks = split_documents(documents)
        if chunks:
            ids, texts, metas = zip(*chunks, strict=True)
            self._store.add_texts(list(texts), metadatas=list(metas), ids=list(ids))
        log.info("langchain baseline: %d chunks in collection %s", len(chunks), self._name)

    def __call__(self, question: str) -> list[Retrieved]:
        """The top k chunks for a raw question; score is the negated Chroma distance."""
        hits = self._store.similarity_search_with_score(question, k=self._k)
        return [
            Retrieved(
                id=str(doc.id or doc.metadata.get("chunk", "")),
                text=doc.page_content,
                score=-float(distance),
            )
            for doc, distance in hits
        ]

    def close(self) -> None:
        """Drop the collection from the in-process store."""
        try:
            self._client.delete_collection(self._name)
        except Exception:  # noqa: BLE001 - cleanup of a throwaway store must not fail a run
            log.debug("could not delete collection %s", self._name, exc_info=True)


def service_retrievers(service: Any) -> dict[str, Retriever]:
    """The service's naive retrievers ("bm25", "dense", "fusion"), or none if it has none."""
    factory = getattr(service, "baseline_retrievers", None)
    if factory is None:
        log.warning("service has no baseline_retrievers(); skipping bm25/dense/fusion")
        return {}
    return dict(factory())


def rank_all(retriever: Retriever, questions: Sequence[str]) -> list[list[str]]:
    """Run a retriever over each question; the ranked passage texts per question."""
    return [[r.text for r in retriever(q)] for q in questions]


def embeddings_for(embedder: Any) -> Embeddings:
    """LangChain `Embeddings` over one of our embedders."""
    from wenzheng.index.lc import EmbedderEmbeddings

    return EmbedderEmbeddings(embedder)
