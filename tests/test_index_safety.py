"""Operator mistakes never lose the index: serving leaves it as it is, building swaps only
a complete, checked generation, and bad files or models leave the old one serving."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest
from wenzheng.index import generations as gen
from wenzheng.index.build import build_index, open_index
from wenzheng.index.embedders import FakeEmbedder

from tests.test_index import CORPUS, CountingEmbedder, chroma_server, settings_for
from wenzheng.errors import ConfigError, CorpusError, ModelError
from wenzheng.settings import Settings

__all__ = ["chroma_server"]  # a fixture, imported for the server test


class FailingEmbedder(FakeEmbedder):
    """Embeds `good` batches of passages, then fails: a crash in the middle of a build."""

    def __init__(self, good: int) -> None:
        super().__init__()
        self.good = good

    def embed_passages(self, texts):
        if len(texts) > 1:
            if self.good <= 0:
                raise RuntimeError("killed in the middle of the build")
            self.good -= 1
        return super().embed_passages(texts)


class WrongSizeEmbedder(FakeEmbedder):
    """Claims 64 dimensions but returns 32: a model that loads yet is unusable."""

    def embed_passages(self, texts):
        return np.ones((len(texts), 32), dtype=np.float32) / np.sqrt(32)


def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the packaged corpus to edit."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    return corpus


def serving_state(settings: Settings) -> tuple[str, int]:
    """The serving generation and how many vectors its collection holds."""
    manifest = gen.read_current(settings)
    assert manifest is not None
    return manifest.generation, gen.open_store(settings, manifest).count()


@pytest.fixture
def built(tmp_path) -> Settings:
    """Settings over a corpus copy whose index has been built once."""
    settings = settings_for(tmp_path, corpus_copy(tmp_path))
    build_index(settings, CountingEmbedder)
    return settings


def test_a_mistyped_model_is_refused_by_serving_and_the_index_is_kept(built):
    """Serving with another WENZHENG_EMBEDDING_MODEL stops with one line; nothing is dropped."""
    before = serving_state(built)
    typo = built.model_copy(update={"embedding_model": "no-such-model"})
    with pytest.raises(ConfigError, match="no-such-model") as caught:
        open_index(typo, CountingEmbedder)
    assert "\n" not in str(caught.value) and "wenzheng index" in str(caught.value)
    assert serving_state(built) == before and before[1] == 276


def test_index_with_a_model_that_cannot_load_keeps_the_old_index(built):
    """`wenzheng index` with an unloadable model fails before touching the serving index."""
    before = serving_state(built)

    def missing() -> FakeEmbedder:
        raise ModelError("embedding model 'no-such-model' is not in the local cache")

    typo = built.model_copy(update={"embedding_model": "no-such-model"})
    with pytest.raises(ModelError):
        build_index(typo, missing)
    assert serving_state(built) == before


def test_index_with_a_model_giving_wrong_vectors_is_refused_by_the_probe(built):
    """A model whose vectors have the wrong size is rejected by the probe; the index stays."""
    before = serving_state(built)
    other = built.model_copy(update={"embedding_model": "fake-but-broken"})
    with pytest.raises(ModelError, match="unusable vectors"):
        build_index(other, WrongSizeEmbedder)
    assert serving_state(built) == before


def test_a_crash_in_the_middle_of_a_build_leaves_the_old_index_serving(built):
    """A build that dies after some batches swaps nothing and leaves no half-built folder."""
    before = serving_state(built)
    other = built.model_copy(update={"embedding_model": "fake-2"})
    with pytest.raises(RuntimeError):
        build_index(other, lambda: FailingEmbedder(good=3))
    assert serving_state(built) == before
    assert sorted(p.name for p in built.index_dir.glob("g*")) == [before[0]]


def test_serving_after_an_interrupted_build_answers_at_once(built):
    """A build killed before its swap (folder left behind) does not make serving re-embed."""
    before = serving_state(built)
    leftover = gen.start_generation(built, gen.new_generation())  # as a SIGKILL leaves it
    counter = CountingEmbedder()
    index = open_index(built, lambda: counter)
    assert counter.embedded == 0 and len(index.passages) == 276
    assert leftover.exists(), "serving never deletes anything"
    build_index(built, CountingEmbedder)
    assert not leftover.exists(), "the next `wenzheng index` removes the unfinished build"
    assert serving_state(built) == before


def test_pointing_the_corpus_elsewhere_warns_but_serves_the_index_as_built(built, tmp_path, caplog):
    """Serving with WENZHENG_CORPUS_DIR at another folder keeps every vector, warns in one line."""
    before = serving_state(built)
    other = tmp_path / "other-corpus"
    other.mkdir()
    report = next(CORPUS.glob("*.txt"))
    (other / "short.txt").write_text("政府工作报告\n2020年政府工作任务\n今年要办好十件实事。\n")
    meta = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    (other / "short.json").write_text(json.dumps({**meta, "id": "short"}), encoding="utf-8")
    caplog.set_level(logging.WARNING)
    index = open_index(built.model_copy(update={"corpus_dir": other}), CountingEmbedder)
    assert len(index.passages) == 276 and serving_state(built) == before
    [warning] = [r.getMessage() for r in caplog.records if "changed since" in r.getMessage()]
    assert "\n" not in warning and "wenzheng index" in warning


def test_a_bad_file_stops_index_without_touching_it_and_serving_goes_on(built):
    """An unreadable sidecar: `index` names the file and changes nothing; `ask` still works."""
    before = serving_state(built)
    (built.corpus_dir / "broken.txt").write_text("政府工作报告\n2019年政府工作回顾\n一句话。\n")
    (built.corpus_dir / "broken.json").write_text(
        '{"id": "b", "title": "t", "issuer": "i", "year": "2020年", "date": "2020-01-01"}'
    )
    with pytest.raises(CorpusError, match=r"broken\.json.*2020年.*--skip-bad") as caught:
        build_index(built, CountingEmbedder)
    assert "\n" not in str(caught.value)
    assert serving_state(built) == before
    assert len(open_index(built, CountingEmbedder).passages) == 276


def test_skip_bad_indexes_the_rest_and_names_the_skipped_file(built):
    """`wenzheng index --skip-bad` builds from the usable reports and reports the bad one."""
    (built.corpus_dir / "empty.txt").write_text("  \n")
    (built.corpus_dir / "empty.json").write_text(
        '{"id": "e", "title": "t", "issuer": "i", "year": 2021, "date": "2021-01-01"}'
    )
    report = build_index(built, CountingEmbedder, skip_bad=True)
    assert report.skipped == ("empty.txt",) and report.passages == 276
    assert "empty.txt" in report.summary()


def test_only_the_serving_and_the_replaced_generation_are_kept(built):
    """Each rebuild keeps the generation it replaced (running processes use it) and no older."""
    first = serving_state(built)[0]
    for n, model in enumerate(("fake-a", "fake-b"), start=1):
        build_index(built.model_copy(update={"embedding_model": model}), CountingEmbedder)
        names = sorted(p.name for p in built.index_dir.glob("g*"))
        assert len(names) == min(n + 1, 2)
    assert first not in names


def test_first_use_builds_the_index_when_there_is_none(tmp_path):
    """Serving with no index yet builds one (the only time serving writes to the data dir)."""
    counter = CountingEmbedder()
    index = open_index(settings_for(tmp_path), lambda: counter)
    assert counter.embedded == len(index.passages) == 276


@pytest.mark.server
def test_a_mistyped_model_leaves_the_shared_server_collection_whole(tmp_path, chroma_server):
    """On a Chroma server, serving with a mistyped model drops nothing: 276 vectors stay."""
    import chromadb

    settings = settings_for(tmp_path, chroma_host="127.0.0.1", chroma_port=chroma_server)
    build_index(settings, CountingEmbedder)
    typo = settings.model_copy(update={"embedding_model": "no-such-model"})
    with pytest.raises(ConfigError):
        open_index(typo, CountingEmbedder)
    with pytest.raises(ModelError):
        build_index(typo, lambda: WrongSizeEmbedder())
    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server)
    [collection] = client.list_collections()
    assert client.get_collection(collection.name).count() == 276
