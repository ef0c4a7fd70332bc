"""Build and open the index: incremental sync of passages into the vector and keyword stores."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wenzheng.corpus.loader import load_corpus
from wenzheng.corpus.model import Document, Passage
from wenzheng.index.embedders import Embedder
from wenzheng.index.keyword import BM25Index, add_words, tokenize
from wenzheng.index.store import VectorStore, forget_clients, open_client

from wenzheng.errors import IndexError_, StoreUnavailable
from wenzheng.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
TOKENS_FILE = "keyword-tokens.json"
# Bump when what is indexed for a passage changes (embedding_text, tokenizer): a version
# change re-embeds and re-tokenizes everything even though passage ids stay the same.
INDEX_VERSION = "2"
EMBED_BATCH = 32


@dataclass(frozen=True)
class SyncReport:
    """What an index run changed."""

    documents: int
    passages: int
    added: int
    removed: int
    unchanged: int
    seconds: float

    def summary(self) -> str:
        """One line for people."""
        if not self.added and not self.removed:
            return (
                f"index up to date: {self.passages} passages from {self.documents} document(s), "
                f"nothing changed ({self.seconds:.2f} s)"
            )
        return (
            f"indexed {self.passages} passages from {self.documents} document(s): "
            f"{self.added} added, {self.removed} removed, {self.unchanged} unchanged "
            f"({self.seconds:.2f} s)"
        )


@dataclass
class PassageIndex:
    """Everything retrieval needs, loaded once: documents, passages, BM25 and vectors."""

    documents: list[Document]
    passages: list[Passage]
    bm25: BM25Index
    store: VectorStore
    embedder_factory: Callable[[], Embedder]
    report: SyncReport
    _embedder: Embedder | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.by_id = {p.id: p for p in self.passages}
        self.position = {p.id: i for i, p in enumerate(self.passages)}

    @property
    def embedder(self) -> Embedder:
        """The embedding model, loaded on first use."""
        if self._embedder is None:
            self._embedder = self.embedder_factory()
        return self._embedder


def embedding_text(p: Passage) -> str:
    """What is embedded for a passage: its lead phrase gives a sentence its topic."""
    if p.kind == "meta":
        return " ".join(x for x in (p.section_path, p.lead, p.text) if x)
    if p.lead and p.lead != p.text:
        return f"{p.lead}{p.text}"
    return p.text


def open_index(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    *,
    domain_words: Sequence[str] = (),
    progress: Progress | None = None,
) -> PassageIndex:
    """Load the corpus and bring the index up to date (built on first use), then open it."""
    try:
        return _open(settings, embedder_factory, domain_words, progress)
    except StoreUnavailable:
        raise
    except IndexError_ as exc:
        if settings.uses_chroma_server:
            raise
        damaged = settings.index_dir / "chroma"
        log.warning("index damaged (%s); rebuilding it from the corpus", exc)
        forget_clients()
        shutil.rmtree(damaged, ignore_errors=True)
        return _open(settings, embedder_factory, domain_words, progress)


def _open(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    domain_words: Sequence[str],
    progress: Progress | None,
) -> PassageIndex:
    """Open the stores and sync them with the corpus."""
    started = time.perf_counter()
    documents = load_corpus(settings.corpus_dir)
    passages = [p for d in documents for p in d.passages]
    client = open_client(settings.index_dir / "chroma", settings.chroma_host, settings.chroma_port)
    store = VectorStore(client, settings.collection, f"{settings.embedding_model}|v{INDEX_VERSION}")
    holder: dict[str, Embedder] = {}

    def embedder() -> Embedder:
        if "e" not in holder:
            holder["e"] = embedder_factory()
        return holder["e"]

    added, removed = _sync_vectors(store, passages, embedder, progress)
    release = getattr(holder.get("e"), "release_passages", None)
    if release:
        release()  # answering needs only the query side
    bm25 = _keyword_index(settings.index_dir, passages, domain_words)
    report = SyncReport(
        documents=len(documents),
        passages=len(passages),
        added=added,
        removed=removed,
        unchanged=len(passages) - added,
        seconds=time.perf_counter() - started,
    )
    index = PassageIndex(documents, passages, bm25, store, embedder, report)
    index._embedder = holder.get("e")
    return index


def _sync_vectors(
    store: VectorStore,
    passages: Sequence[Passage],
    embedder: Callable[[], Embedder],
    progress: Progress | None,
) -> tuple[int, int]:
    """Embed new passages, drop stale ones; ids are content hashes, so unchanged text is skipped."""
    try:
        existing = store.ids()
    except Exception as exc:
        raise IndexError_(f"cannot read the vector store: {exc}") from exc
    wanted = {p.id for p in passages}
    stale = sorted(existing - wanted)
    new = [p for p in passages if p.id not in existing]
    store.delete(stale)
    if new:
        model = embedder()
        for lo in range(0, len(new), EMBED_BATCH):
            batch = new[lo : lo + EMBED_BATCH]
            vectors = model.embed_passages([embedding_text(p) for p in batch])
            store.upsert(batch, vectors)
            if progress:
                progress("embedding", min(lo + EMBED_BATCH, len(new)), len(new))
    return len(new), len(stale)


def _keyword_index(index_dir: Path, passages: Sequence[Passage], words: Sequence[str]) -> BM25Index:
    """BM25 over cached passage tokens; only new passages (or a new lexicon) are re-tokenized."""
    key = "\n".join([INDEX_VERSION, *sorted(words)])
    fingerprint = hashlib.sha1(key.encode("utf-8")).hexdigest()
    path = index_dir / TOKENS_FILE
    cache: dict[str, list[str]] = {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("fingerprint") == fingerprint:
            cache = data["tokens"]
    except (OSError, ValueError, KeyError):
        pass
    missing = [p for p in passages if p.id not in cache]
    if missing:
        add_words(words)
        for p in missing:
            cache[p.id] = tokenize(embedding_text(p))
    tokens = {p.id: cache[p.id] for p in passages}
    if missing or len(tokens) != len(cache):
        index_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({"fingerprint": fingerprint, "tokens": tokens}, ensure_ascii=False)
        )
        tmp.replace(path)
    return BM25Index(ids=[p.id for p in passages], doc_tokens=[tokens[p.id] for p in passages])
