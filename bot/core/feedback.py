"""Users' 👍 / 👎 on answers, kept in a small SQLite file; chats only as keyed hashes.

Privacy: the file is readable by its owner only (0600, in the 0700 data dir); a chat is
stored as HMAC-SHA256(key, chat id), the key kept outside the database (in settings, or a
0600 key file beside it), so a copy of the database alone cannot be linked to chats;
questions are stored with phone, ID and card numbers and e-mail addresses masked.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

logger = logging.getLogger(__name__)

FILENAME = "feedback.sqlite3"
KEY_FILENAME = "feedback.key"
MAX_STORED_CHARS = 500
_LONG_NUMBER = re.compile(r"(?<![\d.])\d(?:[\d\s-]{5,}\d)[\dxX]?(?![\d.])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

FeedbackVerdict = Literal["helpful", "not_helpful"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    chat_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'not_helpful'))
);
"""


@dataclass(frozen=True)
class FeedbackRow:
    """One stored vote."""

    created_at: str
    chat_hash: str
    question: str
    answer: str
    verdict: str


def mask_personal(text: str) -> str:
    """Text to store: long digit runs (phone, ID, card numbers) and e-mails masked, capped."""
    text = _EMAIL.sub("[邮箱]", text)
    text = _LONG_NUMBER.sub("[号码]", text)
    return text[:MAX_STORED_CHARS]


def _private_file(path: Path) -> None:
    """Create `path` readable and writable by its owner only (or tighten it)."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


def load_key(path: Path) -> bytes:
    """The hashing key in a 0600 file, created with 32 random bytes on first use."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_hex(32))
    return path.read_bytes().strip()


class FeedbackStore:
    """Thread-safe store of feedback votes: one connection, every use under a lock."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        """Open (creating, 0600) the store; without `key`, use the key file beside it."""
        self.path = Path(path)
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._key = key or load_key(self.path.with_name(KEY_FILENAME))
        _private_file(self.path)  # SQLite gives its -wal and -shm files the same mode
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        with self._locked() as conn:
            conn.execute("PRAGMA journal_mode=WAL")  # other readers never block the bot
            conn.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a vote is not a ledger
            conn.executescript(_SCHEMA)
            # earlier versions kept a salt here, beside the hashes it protected
            conn.execute("DELETE FROM meta WHERE key = 'salt'")

    @classmethod
    def in_dir(cls, data_dir: Path, key: str | None = None) -> FeedbackStore:
        """The store at `<data_dir>/feedback.sqlite3`, keyed by `key` or the key file."""
        return cls(Path(data_dir) / FILENAME, key.encode("utf-8") if key else None)

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        """The connection, held alone, inside a transaction."""
        with self._lock, self._conn:
            yield self._conn

    def chat_hash(self, chat_id: int) -> str:
        """HMAC-SHA256 of the chat id under the store's key; the raw id is never stored."""
        return hmac.new(self._key, str(chat_id).encode(), hashlib.sha256).hexdigest()

    def record(self, chat_id: int, question: str, answer: str, verdict: FeedbackVerdict) -> None:
        """Store one vote with the current UTC time."""
        if verdict not in ("helpful", "not_helpful"):
            raise ValueError(f"unknown verdict {verdict!r}")
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"),
            self.chat_hash(chat_id),
            mask_personal(question),
            answer[:MAX_STORED_CHARS],
            verdict,
        )
        with self._locked() as conn:
            conn.execute(
                "INSERT INTO feedback (created_at, chat_hash, question, answer, verdict)"
                " VALUES (?, ?, ?, ?, ?)",
                row,
            )
        logger.info("Recorded %s feedback", verdict)

    def rows(self) -> list[FeedbackRow]:
        """All votes, oldest first."""
        with self._locked() as conn:
            cursor = conn.execute(
                "SELECT created_at, chat_hash, question, answer, verdict FROM feedback ORDER BY id"
            )
            return [FeedbackRow(*r) for r in cursor.fetchall()]

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()
