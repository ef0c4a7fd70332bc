"""Index generations on disk: each build goes into a new one, then a pointer swaps it in.

    DATA_DIR/index/
      current-<store>.json     which generation serves one store (replaced atomically)
      build.lock               held while a generation is built: one builder at a time
      g<time>-<random>/
        partial.json           written first: the store and collection the build fills
        documents.json         the documents and passages exactly as indexed
        keyword-tokens.json    BM25 tokens per passage and the lexicon they were cut with
        chroma/                the vectors (embedded store; a server holds
                               collection `<WENZHENG_COLLECTION>-<generation>`)
        manifest.json          written last: what the generation was built from

A folder without manifest.json is a build that never finished; the next build removes it
(and the collection its partial.json names). Serving reads a generation and never writes.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wenzheng.corpus.formats import supported
from wenzheng.corpus.model import Document, DocumentMeta, Passage
from wenzheng.index.store import VectorStore, drop_collection, open_client, server_address

from wenzheng.errors import IndexError_
from wenzheng.settings import Settings

log = logging.getLogger(__name__)

FORMAT = 1  # layout of a generation folder; bump when files change shape
MANIFEST, PARTIAL, DOCUMENTS, TOKENS = (
    "manifest.json",
    "partial.json",
    "documents.json",
    "keyword-tokens.json",
)
_GENERATION = re.compile(r"^g\d{8}t\d{6}-[0-9a-f]{6}$")


@dataclass(frozen=True)
class Manifest:
    """What a generation was built from; compared with the settings before serving it."""

    generation: str
    store: str  # "embedded", or the "host:port" of a Chroma server
    collection: str
    model: str  # WENZHENG_EMBEDDING_MODEL the vectors were made with
    index_version: str
    built_at: str
    corpus_dir: str
    files: dict[str, str]  # corpus file name -> sha1 of its bytes
    documents: int
    passages: int
    skipped: list[str] = field(default_factory=list)  # unusable files left out (--skip-bad)
    format: int = FORMAT
    # what else the indexed passages depend on: the corpus parser's code and the lexicon the
    # tokens were cut with (empty in generations built before these were recorded)
    parser: str = ""
    lexicon: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        """Read a manifest; IndexError_ when it is not one this version can read."""
        if data.get("format") != FORMAT:
            raise IndexError_(f"index format {data.get('format')!r} is not {FORMAT}")
        try:
            return cls(**data)
        except TypeError as exc:
            raise IndexError_(f"unreadable index manifest: {exc}") from exc


def store_key(settings: Settings) -> str:
    """Which store the settings name: "embedded" or a server's "host:port"."""
    if settings.chroma_host:
        return server_address(settings.chroma_host, settings.chroma_port)
    return "embedded"


def collection_name(settings: Settings, generation: str) -> str:
    """The Chroma collection of a generation."""
    return f"{settings.collection}-{generation}"


def new_generation() -> str:
    """A fresh generation name: sortable by time, unique by a random tail."""
    return time.strftime("g%Y%m%dt%H%M%S", time.gmtime()) + "-" + secrets.token_hex(3)


def _pointer(settings: Settings) -> Path:
    slug = re.sub(r"[^A-Za-z0-9.-]+", "_", store_key(settings))
    return settings.index_dir / f"current-{slug}-{settings.collection}.json"


def read_current(settings: Settings) -> Manifest | None:
    """The generation serving the configured store, or None when there is none yet.

    IndexError_ when the pointer names a generation that is missing or unreadable.
    """
    pointer = _pointer(settings)
    try:
        generation = json.loads(pointer.read_text(encoding="utf-8"))["generation"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexError_(f"unreadable index pointer {pointer}: {exc}") from exc
    return read_manifest(settings.index_dir / str(generation))


def read_manifest(folder: Path) -> Manifest:
    """The manifest of a generation folder."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexError_(f"index generation {folder} is incomplete or damaged ({exc})") from exc
    return Manifest.from_json(data)


def write_current(settings: Settings, manifest: Manifest, previous: str | None) -> None:
    """Make `manifest`'s generation the one that serves (an atomic rename).

    `previous` is the generation it replaces, kept one more round for running processes.
    """
    write_json(_pointer(settings), {"generation": manifest.generation, "previous": previous})


def kept_generations(settings: Settings) -> set[str]:
    """The serving generation and the one it replaced: what a clean-up must keep."""
    try:
        data = json.loads(_pointer(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(data[k]) for k in ("generation", "previous") if isinstance(data.get(k), str)}


def write_json(path: Path, data: Any) -> None:
    """Write JSON through a temporary file and a rename: readers see old or new, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(path)


def corpus_files(corpus_dir: Path) -> dict[str, str]:
    """sha1 of every report and sidecar in the corpus folder (empty when it is unreadable)."""
    out = {}
    try:
        paths = sorted(p for p in corpus_dir.iterdir() if supported(p) or p.suffix == ".json")
    except OSError:
        return {}
    for path in paths:
        try:
            out[path.name] = hashlib.sha1(path.read_bytes()).hexdigest()
        except OSError:
            out[path.name] = "unreadable"
    return out


def parser_print() -> str:
    """Fingerprint of the code that turns report files into passages (the corpus package).

    Same file bytes read by the same parser give the same documents, so a no-change
    re-index can stop at comparing file hashes instead of parsing every report again.
    """
    import wenzheng.corpus

    root = Path(wenzheng.corpus.__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def corpus_changes(manifest: Manifest, corpus_dir: Path) -> list[str]:
    """Names of corpus files added, removed or edited since the generation was built."""
    now = corpus_files(corpus_dir)
    names = sorted(set(now) | set(manifest.files))
    return [n for n in names if now.get(n) != manifest.files.get(n)]


def write_documents(path: Path, documents: list[Document]) -> None:
    """The documents and passages as indexed, so serving never re-reads the corpus."""
    write_json(path, [asdict(d) for d in documents])


def read_documents(path: Path) -> list[Document]:
    """Documents written by `write_documents`; IndexError_ when unreadable."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [
            Document(
                meta=DocumentMeta(**row["meta"]),
                text=row["text"],
                passages=tuple(
                    Passage(**{**p, "section": tuple(p["section"])}) for p in row["passages"]
                ),
            )
            for row in rows
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexError_(f"the indexed documents in {path} cannot be read ({exc})") from exc


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's build lock (waiting for another build to finish)."""
    index_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(index_dir / "build.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another process is building the index in %s; waiting for it", index_dir)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def start_generation(settings: Settings, generation: str) -> Path:
    """Create a generation folder, saying first which store and collection it fills."""
    folder = settings.index_dir / generation
    folder.mkdir(mode=0o700, parents=True)
    partial = {"store": store_key(settings), "collection": collection_name(settings, generation)}
    write_json(folder / PARTIAL, partial)
    return folder


def stale_generations(settings: Settings, keep: set[str]) -> list[tuple[Path, str]]:
    """Generation folders of the configured store not in `keep`, with their collections."""
    out = []
    key = store_key(settings)
    for folder in sorted(settings.index_dir.glob("g*")):
        if not folder.is_dir() or not _GENERATION.match(folder.name) or folder.name in keep:
            continue
        try:
            info = json.loads((folder / PARTIAL).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not ours to judge
        if info.get("store") == key and str(info.get("collection", "")).startswith(
            f"{settings.collection}-"
        ):
            out.append((folder, str(info["collection"])))
    return out


def remove_folder(folder: Path) -> None:
    """Delete a generation folder (best effort)."""
    shutil.rmtree(folder, ignore_errors=True)


def drop_stale(settings: Settings) -> None:
    """Remove generations older than the replaced one, unfinished builds, the old layout."""
    keep = kept_generations(settings)
    if not keep:
        return  # no pointer: nothing is known to be safe to remove
    stale = stale_generations(settings, keep)
    server = settings.uses_chroma_server and stale
    client = open_client(None, settings.chroma_host, settings.chroma_port) if server else None
    for folder, collection in stale:
        if client is not None:
            drop_collection(client, collection)
        remove_folder(folder)
        log.info("removed old index generation %s", folder.name)
    if not settings.uses_chroma_server:  # the single-folder layout of earlier versions
        remove_folder(settings.index_dir / "chroma")
        (settings.index_dir / TOKENS).unlink(missing_ok=True)


def client_for(settings: Settings, folder: Path) -> Any:
    """The Chroma client of a generation: its own folder, or the configured server."""
    return open_client(folder / "chroma", settings.chroma_host, settings.chroma_port)


def server_of(settings: Settings) -> str | None:
    """ "host:port" of the configured Chroma server, or None for the embedded store."""
    return store_key(settings) if settings.uses_chroma_server else None


def open_store(settings: Settings, manifest: Manifest) -> VectorStore:
    """The vector collection of a generation."""
    folder = settings.index_dir / manifest.generation
    return VectorStore.open(client_for(settings, folder), manifest.collection, server_of(settings))
