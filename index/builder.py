"""Building a new index generation: check the corpus and the model, build aside, swap.

Only `wenzheng index` calls `build_index`; serving paths call `build_generation` when no
index exists yet (with `cleanup=False`: they may add a generation, never delete one).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from wenzheng.corpus.loader import bad_files_error, read_corpus
from wenzheng.corpus.model import Document, Passage
from wenzheng.index import generations as gen
from wenzheng.index.build import (
    INDEX_VERSION,
    Progress,
    SyncReport,
    cut_passages,
    embedding_text,
    lexicon_print,
)
from wenzheng.index.embedders import Embedder
from wenzheng.index.generations import Manifest
from wenzheng.index.keyword import use_cache_dir
from wenzheng.index.store import VectorStore, drop_collection

from wenzheng.errors import CorpusError, IndexError_, ModelError, StoreUnavailable, WenzhengError
from wenzheng.settings import Settings

log = logging.getLogger(__name__)

EMBED_BATCH = 32
STORE_BATCH = 1024
PROBE = "2019年全区实现地区生产总值1620亿元，增长8%。"


def build_index(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    *,
    domain_words: Sequence[str] = (),
    progress: Progress | None = None,
    skip_bad: bool = False,
) -> SyncReport:
    """`wenzheng index`: check corpus and model, build a new generation aside, then swap."""
    started = time.perf_counter()
    settings.ensure_data_dir()
    use_cache_dir(settings.cache_dir)
    unchanged = _unchanged(settings, domain_words, skip_bad)
    if unchanged is not None:
        return replace(unchanged, seconds=time.perf_counter() - started)
    documents, problems = read_corpus(settings.corpus_dir)
    if (problems and not skip_bad) or not documents:
        raise corpus_error(settings.corpus_dir, problems, hint=bool(problems))
    skipped = tuple(problems)
    with gen.build_lock(settings.index_dir):
        try:
            current = gen.read_current(settings)
        except IndexError_ as exc:
            log.warning("the serving index cannot be read (%s); building a new one", exc)
            current = None
        passages = [p for d in documents for p in d.passages]
        if current is not None and _up_to_date(settings, current, documents, domain_words):
            gen.drop_stale(settings)
            n = len(passages)
            seconds = time.perf_counter() - started
            return SyncReport(len(documents), n, 0, 0, n, seconds, skipped)
        _, report, _ = build_generation(
            settings, embedder_factory, documents, skipped, current, domain_words, progress, started
        )
        return report


def corpus_error(
    corpus_dir: Path, problems: dict[str, CorpusError], hint: bool = True
) -> CorpusError:
    """The error for a corpus that cannot be indexed as it is; nothing was changed."""
    if not problems:
        return CorpusError(f"no reports (.txt, .docx, .pdf, .html) in {corpus_dir}")
    advice = " (fix it, or run `wenzheng index --skip-bad` to index the rest)" if hint else ""
    return CorpusError(f"{bad_files_error(corpus_dir, problems)}; index unchanged{advice}")


def _unchanged(
    settings: Settings, domain_words: Sequence[str], skip_bad: bool
) -> SyncReport | None:
    """The report of a no-change re-index, decided without parsing the corpus, or None.

    The serving generation is up to date when it was made from files of the same bytes, by
    the same parser code, with the same model, format and lexicon: hashing the files is the
    only work proportional to the corpus. Its vectors are not counted again (that alone
    imports and opens Chroma, ~1 s): a manifest is written only after its store was checked
    complete, and serving checks the count when it opens the store, rebuilding a damaged
    one. Anything else (an older manifest without these fingerprints) goes the long way.
    """
    with gen.build_lock(settings.index_dir):
        try:
            current = gen.read_current(settings)
        except IndexError_:
            return None
        if current is None or (current.skipped and not skip_bad):
            return None  # a bad file must still be reported as the long way does
        same = (
            current.model == settings.embedding_model.strip()
            and current.index_version == INDEX_VERSION
            and current.parser == gen.parser_print()
            and current.lexicon == lexicon_print(domain_words)
            and current.files == gen.corpus_files(settings.corpus_dir)
        )
        folder = settings.index_dir / current.generation
        files = [gen.DOCUMENTS, gen.TOKENS] + ([] if settings.uses_chroma_server else ["chroma"])
        if not same or not all((folder / f).exists() for f in files):
            return None
        gen.drop_stale(settings)
    n = current.passages
    return SyncReport(current.documents, n, 0, 0, n, 0.0, tuple(current.skipped))


def _up_to_date(
    settings: Settings, current: Manifest, documents: list[Document], domain_words: Sequence[str]
) -> bool:
    """True when the serving generation already indexes exactly these documents this way."""
    if (current.model, current.index_version) != (settings.embedding_model.strip(), INDEX_VERSION):
        return False
    if current.files != gen.corpus_files(settings.corpus_dir):
        return False
    folder = settings.index_dir / current.generation
    try:
        indexed = gen.read_documents(folder / gen.DOCUMENTS)
        store = gen.open_store(settings, current)
        complete = store.count() == current.passages
        tokens = json.loads((folder / gen.TOKENS).read_text(encoding="utf-8"))
    except StoreUnavailable:
        raise
    except (IndexError_, OSError, ValueError):
        return False
    same_docs = [asdict(d) for d in indexed] == [asdict(d) for d in documents]
    return complete and same_docs and tokens.get("fingerprint") == lexicon_print(domain_words)


def build_generation(
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    documents: list[Document],
    skipped: Sequence[str],
    previous: Manifest | None,
    domain_words: Sequence[str],
    progress: Progress | None,
    started: float | None = None,
    cleanup: bool = True,
) -> tuple[Manifest, SyncReport, Embedder]:
    """Build a new generation beside `previous`, verify it, swap it in, drop older ones.

    Serving paths pass `cleanup=False`: they may add a generation but never delete one.
    """
    started = time.perf_counter() if started is None else started
    passages = [p for d in documents for p in d.passages]
    try:
        embedder = embedder_factory()
        probe(embedder, settings.embedding_model)
    except ModelError as exc:
        raise ModelError(f"{exc}; the index is unchanged") from exc
    generation = gen.new_generation()
    folder = gen.start_generation(settings, generation)
    client = None
    try:
        client = gen.client_for(settings, folder)
        store = VectorStore.create(
            client,
            gen.collection_name(settings, generation),
            f"{settings.embedding_model}|v{INDEX_VERSION}",
            gen.server_of(settings),
        )
        reused, old_ids = _reusable(settings, previous, {p.id for p in passages})
        kept = [p for p in passages if p.id in reused]
        if kept:
            store.upsert(kept, np.asarray([reused[p.id] for p in kept], dtype=np.float32))
        new = [p for p in passages if p.id not in reused]
        _embed_into(store, new, embedder, progress)
        if store.count() != len(passages):
            raise IndexError_(f"the new index holds {store.count()} of {len(passages)} vectors")
        old_folder = settings.index_dir / previous.generation if previous else None
        gen.write_json(folder / gen.TOKENS, cut_passages(passages, domain_words, old_folder))
        gen.write_documents(folder / gen.DOCUMENTS, documents)
        manifest = Manifest(
            generation=generation,
            store=gen.store_key(settings),
            collection=store.name,
            model=settings.embedding_model.strip(),
            index_version=INDEX_VERSION,
            built_at=datetime.now(UTC).isoformat(timespec="seconds"),
            corpus_dir=str(settings.corpus_dir),
            files=gen.corpus_files(settings.corpus_dir),
            documents=len(documents),
            passages=len(passages),
            skipped=list(skipped),
            parser=gen.parser_print(),
            lexicon=lexicon_print(domain_words),
        )
        gen.write_json(folder / gen.MANIFEST, asdict(manifest))
    except BaseException:
        if client is not None and settings.uses_chroma_server:
            drop_collection(client, gen.collection_name(settings, generation))
        gen.remove_folder(folder)
        raise
    gen.write_current(settings, manifest, previous.generation if previous else None)
    if cleanup:
        gen.drop_stale(settings)
    release = getattr(embedder, "release_passages", None)
    if release:
        release()  # answering needs only the query side
    removed = len(old_ids - {p.id for p in passages})
    report = SyncReport(
        len(documents),
        len(passages),
        len(new),
        removed,
        len(kept),
        time.perf_counter() - started,
        tuple(skipped),
    )
    return manifest, report, embedder


def probe(embedder: Embedder, model: str) -> None:
    """Embed a probe sentence both ways; ModelError unless unit vectors of the right size."""
    try:
        vectors = [embedder.embed_passages([PROBE]), embedder.embed_queries([PROBE])]
    except WenzhengError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the model does wrong, it is unusable
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(f"embedding model {model!r} fails on a test sentence: {reason}") from exc
    for v in vectors:
        shape_ok = np.shape(v) == (1, embedder.dim)
        if not shape_ok or not np.all(np.isfinite(v)) or abs(float(np.linalg.norm(v)) - 1) > 1e-3:
            raise ModelError(
                f"embedding model {model!r} returns unusable vectors "
                f"(shape {np.shape(v)}, expected (1, {embedder.dim}) of unit length)"
            )


def _reusable(
    settings: Settings, previous: Manifest | None, wanted: set[str]
) -> tuple[dict[str, np.ndarray], set[str]]:
    """Vectors of the previous generation that can be copied (same model, format and store)."""
    if previous is None:
        return {}, set()
    same = (previous.model, previous.index_version, previous.store) == (
        settings.embedding_model.strip(),
        INDEX_VERSION,
        gen.store_key(settings),
    )
    try:
        old = gen.open_store(settings, previous)
        old_ids = old.ids()
        if not same:
            return {}, old_ids
        ids = sorted(old_ids & wanted)
        vectors: dict[str, np.ndarray] = {}
        for lo in range(0, len(ids), 256):
            chunk = ids[lo : lo + 256]
            vectors.update(zip(chunk, old.vectors(chunk), strict=True))
        return vectors, old_ids
    except StoreUnavailable:
        raise
    except IndexError_ as exc:
        log.info("previous index not reusable (%s); embedding everything", exc)
        return {}, set()


def _embed_into(
    store: VectorStore, new: Sequence[Passage], embedder: Embedder, progress: Progress | None
) -> None:
    """Embed passages in batches and store them in larger chunks, reporting progress.

    Each store call commits (and updates the vector index) once; a chunk of STORE_BATCH
    passages costs about what a batch of 32 does, so storing per embedding batch would make
    Chroma, not the model, the cost of a large build.
    """
    pending: list[Passage] = []
    vectors: list[np.ndarray] = []
    for lo in range(0, len(new), EMBED_BATCH):
        batch = new[lo : lo + EMBED_BATCH]
        vectors.append(embedder.embed_passages([embedding_text(p) for p in batch]))
        pending.extend(batch)
        done = min(lo + EMBED_BATCH, len(new))
        if len(pending) >= STORE_BATCH or done == len(new):
            store.upsert(pending, np.concatenate(vectors))
            pending, vectors = [], []
        if progress:
            progress("embedding", done, len(new))
