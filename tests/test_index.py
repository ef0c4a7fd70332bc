"""Index building: vectors of unchanged passages reused, stale ones dropped, server mode."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from wenzheng.corpus.text import normalize
from wenzheng.index import generations as gen
from wenzheng.index.build import build_index, open_index
from wenzheng.index.builder import PROBE
from wenzheng.index.embedders import FakeEmbedder
from wenzheng.index.search import BM25Retriever, DenseRetriever, FusionRetriever

from tests.servers import start_chroma
from wenzheng.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


class CountingEmbedder(FakeEmbedder):
    """A fake embedder that counts how many passages it embedded (not the model probe)."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def embed_passages(self, texts):
        if list(texts) != [PROBE]:
            self.embedded += len(texts)
        return super().embed_passages(texts)


def settings_for(tmp_path: Path, corpus: Path = CORPUS, **kw) -> Settings:
    return Settings(
        _env_file=None, data_dir=tmp_path / "data", corpus_dir=corpus, embedding_model="fake", **kw
    )


def test_second_run_embeds_nothing(tmp_path):
    """Re-indexing an unchanged corpus embeds no passage and reports no change."""
    first = CountingEmbedder()
    report = build_index(settings_for(tmp_path), lambda: first)
    assert first.embedded == report.passages == report.added
    second = CountingEmbedder()
    again = build_index(settings_for(tmp_path), lambda: second)
    assert second.embedded == 0 and again.added == again.removed == 0


def test_an_edit_reembeds_only_the_changed_passage(tmp_path):
    """Changing one sentence adds one passage and removes its stale predecessor."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    build_index(settings_for(tmp_path, corpus), CountingEmbedder)
    doc = next(corpus.glob("*.txt"))
    doc.write_text(
        doc.read_text(encoding="utf-8").replace("1620亿元", "1621亿元"), encoding="utf-8"
    )
    counter = CountingEmbedder()
    report = build_index(settings_for(tmp_path, corpus), lambda: counter)
    assert (report.added, report.removed, counter.embedded) == (1, 1, 1)
    index = open_index(settings_for(tmp_path, corpus), CountingEmbedder)
    assert index.store.count() == len(index.passages)
    assert any("1621亿元" in p.text for p in index.passages)


def test_the_speller_words_are_cut_once_at_build_and_read_back(tmp_path):
    """Opening the index reads each passage's words (the speller's vocabulary) from the build.

    They keep every character of the normalized passage, as the speller's quoted names need;
    an index written before words were kept is re-cut in memory, to the same words.
    """
    build_index(settings_for(tmp_path), CountingEmbedder)
    index = open_index(settings_for(tmp_path), CountingEmbedder)
    assert set(index.words) == {p.id for p in index.passages}
    assert all("".join(index.words[p.id]) == normalize(p.text) for p in index.passages)
    tokens = next((tmp_path / "data").rglob(gen.TOKENS))
    data = json.loads(tokens.read_text(encoding="utf-8"))
    del data["words"]
    tokens.write_text(json.dumps(data), encoding="utf-8")
    older = open_index(settings_for(tmp_path), CountingEmbedder)
    assert older.words == index.words


def test_retrievers_rank_the_obvious_passage_first(tmp_path):
    """BM25, dense (fake vectors) and fusion all find the GDP sentence among their top 3."""
    index = open_index(settings_for(tmp_path), CountingEmbedder)
    for retriever in (BM25Retriever(index), DenseRetriever(index), FusionRetriever(index)):
        hits = retriever.search("预计全年实现地区生产总值1620亿元", 3)
        assert any("1620亿元" in h.passage.text for h in hits)


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on 127.0.0.1, stopped after the test."""
    port, proc = start_chroma(tmp_path / "server")
    yield port
    proc.terminate()
    proc.wait(timeout=20)


@pytest.mark.server
def test_server_mode_indexes_and_searches(tmp_path, chroma_server):
    """With WENZHENG_CHROMA_HOST/PORT set, vectors live in the server; re-indexing reuses them."""
    settings = settings_for(tmp_path, chroma_host="127.0.0.1", chroma_port=chroma_server)
    index = open_index(settings, CountingEmbedder)
    assert index.store.count() == len(index.passages)
    counter = CountingEmbedder()
    report = build_index(settings, lambda: counter)
    assert counter.embedded == 0 and report.added == 0
    again = open_index(settings, CountingEmbedder)
    hits = DenseRetriever(again).search("预计全年实现地区生产总值1620亿元", 3)
    assert any("1620亿元" in h.passage.text for h in hits)


@pytest.mark.parametrize("page", [2_000, 7])
def test_the_embedded_store_returns_the_exact_nearest_passages(tmp_path, monkeypatch, page):
    """A served embedded collection is searched exhaustively: the true top k by cosine, in
    order, whether its vectors are read in one page or in many."""
    import numpy as np
    from wenzheng.index import store

    monkeypatch.setattr(store, "READ_PAGE", page)
    index = open_index(settings_for(tmp_path), CountingEmbedder)
    ids = [p.id for p in index.passages]
    rows = index.store.vectors(ids)
    query = FakeEmbedder().embed_queries(["预计全年实现地区生产总值1620亿元"])[0]
    sims = rows @ query
    best = sorted(range(len(ids)), key=lambda i: (-sims[i], ids[i]))[:40]
    hits = index.store.query(query, 40)
    assert [i for i, _ in hits] == [ids[i] for i in best]
    assert np.allclose([s for _, s in hits], sims[best], atol=1e-6)
    assert len(index.store.query(query, 10_000)) == len(ids)
