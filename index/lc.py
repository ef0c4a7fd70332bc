"""LangChain adapters: our embedder as `Embeddings`, our ranking as a `BaseRetriever`.

They let the index slot into a LangChain chain (a reranker, an LLM answer stage) without
the rest of the code depending on LangChain.
"""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict
from wenzheng.corpus.model import Passage
from wenzheng.index.embedders import Embedder
from wenzheng.index.store import passage_metadata


class EmbedderEmbeddings(Embeddings):
    """An `Embedder` seen as LangChain `Embeddings` (query and passage roles kept apart)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages."""
        return self.embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one query."""
        return self.embedder.embed_queries([text])[0].tolist()


def to_document(p: Passage, score: float | None = None) -> LCDocument:
    """A passage as a LangChain Document, with its id, section and time frame as metadata."""
    meta = {"id": p.id, **passage_metadata(p)}
    if score is not None:
        meta["score"] = score
    return LCDocument(page_content=p.text, metadata=meta, id=p.id)


class PassageRetriever(BaseRetriever):
    """Any `query -> [(Passage, score)]` search as a LangChain retriever (a Runnable)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    search: Callable[[str, int], list[tuple[Passage, float]]]
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        return [to_document(p, s) for p, s in self.search(query, self.k)]
