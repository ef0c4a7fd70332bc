"""Shared fixtures: services over the real report with a fake or the real embedding model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wenzheng.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"


def service_over(tmp_path_factory: pytest.TempPathFactory, reports: dict[str, str]):
    """The whole service (fake embedder, no model) over reports written for a test, given as
    file name → text."""
    from wenzheng.bot.service import Wenzheng

    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in reports.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path_factory.mktemp("data"),
        corpus_dir=corpus,
        embedding_model="fake",
        chroma_host=None,
    )
    return Wenzheng.from_settings(settings)


def read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSONL file."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.fixture(scope="session")
def fake_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with the deterministic fake embedder and a fresh data folder."""
    return Settings(
        _env_file=None,
        data_dir=tmp_path_factory.mktemp("fake-data"),
        embedding_model="fake",
        chroma_host=None,
    )


@pytest.fixture(scope="session")
def fake_service(fake_settings: Settings):
    """The answering core over the report, with the fake embedder (no model needed)."""
    from wenzheng.bot.service import Wenzheng

    return Wenzheng.from_settings(fake_settings)


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with the default (materialized multilingual-e5-small) model."""
    return Settings(_env_file=None, data_dir=tmp_path_factory.mktemp("real-data"), chroma_host=None)


@pytest.fixture(scope="session")
def real_service(real_settings: Settings):
    """The answering core exactly as users get it, default model and all."""
    from wenzheng.bot.service import Wenzheng

    return Wenzheng.from_settings(real_settings)


@pytest.fixture(scope="session")
def gold_questions() -> list[dict]:
    """Every gold question: dev, test and holdout."""
    return [q for path in sorted(GOLD.glob("questions_*.jsonl")) for q in read_jsonl(path)]
