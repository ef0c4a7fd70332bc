"""Scale: synthetic corpora, postings-based BM25, the no-change re-index, `bench --reports`."""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from wenzheng.corpus import loader
from wenzheng.corpus.loader import load_document
from wenzheng.eval.synth import synthesize
from wenzheng.index.build import build_index
from wenzheng.index.embedders import FakeEmbedder
from wenzheng.index.keyword import BM25Index

from wenzheng.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
SOURCES = sorted(CORPUS.glob("*.txt"))


def test_variants_are_different_reports_with_their_own_place_year_and_speaker(tmp_path):
    """Each derived report names its own place, year and speaker, in its text and metadata."""
    variants = synthesize(SOURCES, tmp_path, 4)
    source = load_document(SOURCES[0])
    docs = [load_document(v.path) for v in variants]
    assert docs[0].text == source.text and docs[0].meta.id == source.meta.id
    assert len({d.text for d in docs}) == len({d.meta.id for d in docs}) == 4
    for v, d in zip(variants[1:], docs[1:], strict=True):
        assert (d.meta.region, d.meta.year, d.meta.speaker) == (v.region, v.year, v.speaker)
        assert d.meta.region != source.meta.region and "鼓楼" not in d.text
        assert d.meta.review_year == v.year - 1 and f"{v.year}年" in d.meta.title
        assert f"{v.year - 1}年政府主要工作回顾" in d.text  # the review part's heading moved too
        assert len(d.passages) == len(source.passages)  # same structure: vectors line up


def test_figures_move_but_dates_and_ordinals_stay():
    """A variant's figures differ from the source's; month-day dates and ordinals do not."""
    from wenzheng.eval.synth import derive_text

    text = "2019年1月3日，第2次会议：地区生产总值1620亿元、增长8.5%，新增企业115家。"
    out = derive_text(text, [], "", "", 2, random.Random(3))
    assert out.startswith("2021年1月3日，第2次会议：") and out != text
    assert "1620亿元" not in out and "8.5%" not in out and "115家" not in out
    assert any(c.isdigit() for c in out.split("总值")[1].split("亿元")[0])


def _exact_bm25(index: BM25Index, tokens: list[str], weights: list[float]) -> dict[int, float]:
    """The former scoring: every passage, term by term, in plain Python."""
    tfs = [Counter(toks) for toks in index.doc_tokens]
    lengths = [len(toks) for toks in index.doc_tokens]
    avg = sum(lengths) / len(lengths)
    n = len(tfs)
    out: dict[int, float] = {}
    for tok, w in zip(tokens, weights, strict=True):
        df = sum(1 for tf in tfs if tok in tf)
        if not df:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        for i, tf in enumerate(tfs):
            if tok in tf:
                f = tf[tok]
                k1, b = index.k1, index.b
                norm = f * (k1 + 1) / (f + k1 * (1 - b + b * lengths[i] / avg))
                out[i] = out.get(i, 0.0) + w * idf * norm
    return out


def test_postings_scoring_gives_the_same_floats_and_order_as_exact_scoring():
    """Scores from the postings equal per-passage scoring bit for bit; top-k ties by position."""
    rng = random.Random(7)
    vocab = [f"词{i}" for i in range(40)]
    docs = [[rng.choice(vocab) for _ in range(rng.randint(1, 25))] for _ in range(300)]
    index = BM25Index([f"p{i}" for i in range(300)], docs)
    for _ in range(200):
        tokens = [rng.choice([*vocab, "无此词"]) for _ in range(rng.randint(1, 8))]
        weights = [rng.uniform(0.2, 2.0) for _ in tokens]
        exact = _exact_bm25(index, tokens, weights)
        assert index.scores(tokens, weights) == exact
        ranked = sorted(exact.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        assert index.best(tokens, 10, weights) == ranked


def test_a_no_change_reindex_parses_no_report(tmp_path, monkeypatch):
    """With files, parser, model and lexicon unchanged, re-indexing reads no report at all."""
    settings = Settings(
        _env_file=None, data_dir=tmp_path / "data", corpus_dir=CORPUS, embedding_model="fake"
    )
    first = build_index(settings, FakeEmbedder)

    def no_parsing(*args, **kwargs):
        raise AssertionError("the corpus was parsed")

    monkeypatch.setattr("wenzheng.index.builder.read_corpus", no_parsing)
    monkeypatch.setattr(loader, "read_corpus", no_parsing)
    again = build_index(settings, FakeEmbedder)
    assert (again.added, again.removed, again.passages) == (0, 0, first.passages)
    assert again.documents == first.documents


def test_an_edited_report_still_goes_the_long_way(tmp_path):
    """Once a file's bytes change, the re-index parses and re-embeds what changed."""
    corpus = tmp_path / "corpus"
    synthesize(SOURCES, corpus, 2)
    settings = Settings(
        _env_file=None, data_dir=tmp_path / "data", corpus_dir=corpus, embedding_model="fake"
    )
    build_index(settings, FakeEmbedder)
    doc = sorted(corpus.glob("*.txt"))[1]
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace("各位代表：", "各位代表，"), encoding="utf-8")
    report = build_index(settings, FakeEmbedder)
    assert (report.added, report.removed) == (1, 1)


def test_bench_reports_runs_end_to_end_and_prints_its_figures(tmp_path):
    """`wenzheng bench --reports 1,3` builds, re-indexes and answers over both corpus sizes."""
    env = {
        **os.environ,
        "WENZHENG_DATA_DIR": str(tmp_path / "data"),
        "WENZHENG_EMBEDDING_MODEL": "fake",
    }
    env.pop("WENZHENG_CORPUS_DIR", None)
    env.pop("WENZHENG_CHROMA_HOST", None)
    argv = ["bench", "--reports", "1,3", "--real-embed", "1", "--scale-questions", "3"]
    proc = subprocess.run(
        [sys.executable, "-m", "wenzheng", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    for figure in (
        "full build (s)",
        "passages per second",
        "no-change re-index: work reported",
        "answer latency median",
        "answer latency p95",
        "peak RSS: answering",
    ):
        assert figure in proc.stdout
    assert "source vectors" in proc.stdout and "real" in proc.stdout


def test_substring_index_answers_as_a_search_of_the_joined_texts():
    """`s in SubstringIndex(texts)` is `s in` each text, for words present, absent and odd."""
    from wenzheng.index.substrings import SubstringIndex

    texts = [load_document(p).text for p in SOURCES] + ["青山区财政收入增长", "云州"]
    index = SubstringIndex(texts)
    rng = random.Random(5)
    probes = ["", "青", "鼓楼区", "云州市", "财政收入增长", "常住人口", "区财", "消费券", "增长8%"]
    for _ in range(300):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        probes.append(text[start : start + rng.randint(1, 6)])
        probes.append("".join(rng.choice(text) for _ in range(rng.randint(2, 4))))
    for s in probes:
        assert (s in index) == any(s in t for t in texts), s


def test_there_are_invented_place_names_for_a_thousand_reports():
    """`bench --reports 1000` gets a distinct district name for every derived report."""
    from wenzheng.eval.synth import place_names

    names = place_names(SOURCES)
    stems = [stem for stem, _ in names]
    assert len(stems) >= 1000 and len(set(stems)) == len(stems)
