"""Build and open the index: build aside, validate, then swap; serving never mutates.

`build_index` (`wenzheng index`; the work is in `builder.py`) reads every document and
tries the embedding model on a probe sentence before it touches anything, builds a new
generation beside the serving one (reusing the vectors of unchanged passages), checks it,
and only then swaps the pointer; the replaced generation stays one more round for
processes still reading it. A crash, a typo in the model name or a bad file therefore
never leaves an empty index.

`open_index` (`ask`, `check`, `chat`, `bot`, `eval`, ...) opens the serving generation as
it is: it builds one only when none exists (or the one there is damaged), warns when the
corpus folder changed since the build, and refuses an index made with another model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wenzheng.corpus.loader import read_corpus
from wenzheng.corpus.model import Document, Passage
from wenzheng.corpus.text import normalize
from wenzheng.index import generations as gen
from wenzheng.index.embedders import Embedder
from wenzheng.index.generations import Manifest
from wenzheng.index.keyword import BM25Index, add_words, cut_words, tokenize, use_cache_dir
from wenzheng.index.store import VectorStore, forget_clients

from wenzheng.errors import ConfigError, IndexError_, StoreUnavailable
from wenzheng.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
# Bump when what is indexed for a passage changes (embedding_text, tokenizer): a version
# change makes `wenzheng index` re-embed everything, and serving refuse the old index.
INDEX_VERSION = "2"


@dataclass(frozen=True)
class SyncReport:
    """What an index run changed."""

    documents: int
    passages: int
    added: int
    removed: int
    unchanged: int
    seconds: float
    skipped: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line for people."""
        skipped = (
            f"; skipped {len(self.skipped)} unusable file(s): {', '.join(self.skipped)}"
            if self.skipped
            else ""
        )
        if not self.added and not self.removed:
            return (
                f"index up to date: {self.passages} passages from {self.documents} document(s), "
                f"nothing changed ({self.seconds:.2f} s){skipped}"
            )
        return (
            f"indexed {self.passages} passages from {self.documents} document(s): "
            f"{self.added} added, {self.removed} removed, {self.unchanged} unchanged "
            f"({self.seconds:.2f} s){skipped}"
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
    manifest: Manifest | None = None
    # each passage's words as jieba cuts them, read with the tokens: the answerer takes them
    # (`take_words`) when it builds its speller's vocabulary
    words: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def take_words(self) -> dict[str, list[str]]:
        """The passages' words, handed over once (they are needed only to build the speller's
        vocabulary; kept, they would hold memory for nothing)."""
        words, self.words = self.words, {}
        return words

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


# --- serving ---------------------------------------------------------------------------------


def open_index(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    *,
    domain_words: Sequence[str] = (),
    progress: Progress | None = None,
) -> PassageIndex:
    """Open the serving index as it is; build it only when there is none (or it is damaged)."""
    started = time.perf_counter()
    settings.ensure_data_dir()
    use_cache_dir(settings.cache_dir)
    try:
        manifest = gen.read_current(settings)
    except IndexError_ as exc:
        log.warning("the index pointer is damaged (%s); building a new index", exc)
        manifest = None
    embedder = None
    if manifest is None:
        manifest, embedder = _build_first(settings, embedder_factory, domain_words, progress)
    check_servable(settings, manifest)
    try:
        return _load(settings, manifest, embedder_factory, domain_words, embedder, started)
    except StoreUnavailable:
        raise
    except IndexError_ as exc:
        if embedder is not None:
            raise  # just built and already unreadable: building again would not help
        log.warning(
            "index generation %s is damaged (%s); building a new one beside it",
            manifest.generation,
            exc,
        )
        forget_clients()
        manifest, embedder = _build_first(
            settings, embedder_factory, domain_words, progress, damaged=manifest.generation
        )
        return _load(settings, manifest, embedder_factory, domain_words, embedder, started)


def check_servable(settings: Settings, manifest: Manifest) -> None:
    """Refuse an index of another model or format; warn (one line) when the corpus changed."""
    if manifest.model != settings.embedding_model.strip():
        raise ConfigError(
            f"the index was built with WENZHENG_EMBEDDING_MODEL={manifest.model!r}, not "
            f"{settings.embedding_model!r}: set it back, or run `wenzheng index` to rebuild "
            "with the new model (the current index stays until that succeeds)"
        )
    if manifest.index_version != INDEX_VERSION:
        raise IndexError_(
            f"the index was built by another version of wenzheng (index version "
            f"{manifest.index_version}, this one reads {INDEX_VERSION}): run `wenzheng index`"
        )
    changed = gen.corpus_changes(manifest, settings.corpus_dir)
    if changed:
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        log.warning(
            "the corpus in %s changed since the index was built (%s%s); answers use the index "
            "built %s from %s until you run `wenzheng index`",
            settings.corpus_dir,
            ", ".join(changed[:3]),
            more,
            manifest.built_at,
            manifest.corpus_dir,
        )


def _build_first(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    domain_words: Sequence[str],
    progress: Progress | None,
    damaged: str | None = None,
) -> tuple[Manifest, Embedder | None]:
    """Build an index because none can be served (unless another process just did)."""
    from wenzheng.index.builder import build_generation, corpus_error

    with gen.build_lock(settings.index_dir):
        try:
            current = gen.read_current(settings)
        except IndexError_:
            current = None
        if current is not None and current.generation != damaged:
            return current, None  # built by another process while we waited
        log.info("no index to serve yet: building one from %s", settings.corpus_dir)
        documents, problems = read_corpus(settings.corpus_dir)
        if problems or not documents:
            raise corpus_error(settings.corpus_dir, problems)
        manifest, _, embedder = build_generation(
            settings, embedder_factory, documents, (), None, domain_words, progress, cleanup=False
        )
        return manifest, embedder


def build_index(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    *,
    domain_words: Sequence[str] = (),
    progress: Progress | None = None,
    skip_bad: bool = False,
) -> SyncReport:
    """`wenzheng index`: check corpus and model, build a new generation aside, then swap."""
    from wenzheng.index import builder

    return builder.build_index(
        settings, embedder_factory, domain_words=domain_words, progress=progress, skip_bad=skip_bad
    )


def _load(
    settings: Settings,
    manifest: Manifest,
    embedder_factory: Callable[[], Embedder],
    domain_words: Sequence[str],
    embedder: Embedder | None,
    started: float,
) -> PassageIndex:
    """Read a generation: documents, vectors (checked complete) and keyword index."""
    folder = settings.index_dir / manifest.generation
    documents = gen.read_documents(folder / gen.DOCUMENTS)
    passages = [p for d in documents for p in d.passages]
    store = gen.open_store(settings, manifest)
    stored = store.count()
    if stored != len(passages) or len(passages) != manifest.passages:
        raise IndexError_(f"it holds {stored} vectors for {manifest.passages} passages")
    cut = _cut(folder, passages, domain_words)
    bm25 = BM25Index(
        ids=[p.id for p in passages], doc_tokens=[cut["tokens"][p.id] for p in passages]
    )
    n = len(passages)
    report = SyncReport(len(documents), n, 0, 0, n, time.perf_counter() - started)
    index = PassageIndex(documents, passages, bm25, store, embedder_factory, report)
    index._embedder, index.manifest, index.words = embedder, manifest, cut["words"]
    return index


# --- keyword tokens --------------------------------------------------------------------------


def lexicon_print(words: Sequence[str]) -> str:
    """Fingerprint of what tokens depend on besides the text: the format and domain words."""
    key = "\n".join([INDEX_VERSION, *sorted(words)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _read_cut(folder: Path | None, fingerprint: str) -> dict[str, dict[str, list[str]]]:
    """A generation's cached tokens and words, if cut with the same lexicon, else nothing.

    A generation written before words were kept has tokens only: its words are cut again.
    """
    if folder is None:
        return {"tokens": {}, "words": {}}
    try:
        data = json.loads((folder / gen.TOKENS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"tokens": {}, "words": {}}
    if data.get("fingerprint") != fingerprint:
        return {"tokens": {}, "words": {}}
    return {"tokens": dict(data.get("tokens", {})), "words": dict(data.get("words", {}))}


def passage_words(p: Passage) -> list[str]:
    """A passage's words as jieba cuts its normalized text (every character kept)."""
    return cut_words(normalize(p.text))


def cut_passages(
    passages: Sequence[Passage], words: Sequence[str], old: Path | None
) -> dict[str, Any]:
    """Tokens (for BM25) and words (for the speller's vocabulary) of every passage.

    The previous generation's are reused when cut with the same lexicon.
    """
    fingerprint = lexicon_print(words)
    cache = _read_cut(old, fingerprint)
    untokenized = [p for p in passages if p.id not in cache["tokens"]]
    uncut = [p for p in passages if p.id not in cache["words"]]
    if untokenized or uncut:
        add_words(words)
        cache["tokens"].update({p.id: tokenize(embedding_text(p)) for p in untokenized})
        cache["words"].update({p.id: passage_words(p) for p in uncut})
    return {
        "fingerprint": fingerprint,
        "tokens": {p.id: cache["tokens"][p.id] for p in passages},
        "words": {p.id: cache["words"][p.id] for p in passages},
    }


def _cut(folder: Path, passages: Sequence[Passage], words: Sequence[str]) -> dict[str, Any]:
    """The generation's tokens and words; re-cut in memory if the lexicon changed since."""
    cache = _read_cut(folder, lexicon_print(words))
    if any(p.id not in cache["tokens"] for p in passages):
        log.info("the lexicon changed since the index was built; re-cutting its passages")
        return cut_passages(passages, words, folder)
    if any(p.id not in cache["words"] for p in passages):
        log.info(
            "the index keeps no words for the speller (built by an older version); cutting them"
        )
        return cut_passages(passages, words, folder)
    return cache
