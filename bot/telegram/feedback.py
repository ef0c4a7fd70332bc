"""Users' 👍 / 👎 on answers, kept in a small SQLite file; chats only as salted hashes."""

from __future__ import annotations

import hashlib
import logging
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


class FeedbackStore:
    """Thread-safe store of feedback votes: one connection, every use under a lock."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        with self._locked() as conn:
            conn.execute("PRAGMA journal_mode=WAL")  # other readers never block the bot
            conn.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a vote is not a ledger
            conn.executescript(_SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)",
                (secrets.token_hex(16),),
            )
            self._salt = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[0]

    @classmethod
    def in_dir(cls, data_dir: Path) -> FeedbackStore:
        """The store at `<data_dir>/feedback.sqlite3`."""
        return cls(Path(data_dir) / FILENAME)

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        """The connection, held alone, inside a transaction."""
        with self._lock, self._conn:
            yield self._conn

    def chat_hash(self, chat_id: int) -> str:
        """sha256 of the chat id with this store's salt; the raw id is never stored."""
        return hashlib.sha256(f"{self._salt}:{chat_id}".encode()).hexdigest()

    def record(self, chat_id: int, question: str, answer: str, verdict: FeedbackVerdict) -> None:
        """Store one vote with the current UTC time."""
        if verdict not in ("helpful", "not_helpful"):
            raise ValueError(f"unknown verdict {verdict!r}")
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"),
            self.chat_hash(chat_id),
            question,
            answer,
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
