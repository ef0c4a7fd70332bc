"""`wenzheng bench --reports N`: what indexing and answering cost over corpora of N reports.

For each N the corpus is N reports derived from the shipped ones (`eval/synth.py`), in a
temporary folder with its own data dir. Figures, each from its own child process (peak RSS
is that process's ru_maxrss): the full build (`wenzheng index`), passages per second, a
no-change re-index (the work it reports), opening the index and loading the service, and
warm answer latency (median, p95) over a spread of the gold questions.

Embedding: up to `--real-embed` reports (default 10) the build runs the real model, so its
passages per second is the real cost. Larger corpora would take hours on 2 cores (~50
passages/s), so their build gives each derived passage the real vector of the source passage
it came from, slightly perturbed (`synth.SourceVectors`): everything else in the build
(parsing, tokenizing, BM25 tokens, storing and indexing the vectors, writing the generation)
is measured for real, the model's compute is not; its cost is N × passages ÷ the real rate.
Answering always uses the real model's query side.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wenzheng.settings import Settings, load_settings

DEFAULT_REPORTS = (10, 100, 1000)
REAL_EMBED_MAX = 10
VECTORS = "source-vectors.npz"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The scale options of `wenzheng bench`."""
    p.add_argument(
        "--reports",
        type=report_counts,
        nargs="?",
        action="append",
        const=list(DEFAULT_REPORTS),
        metavar="N[,N...]",
        help="scale run over synthetic corpora of N reports (alone: 10,100,1000); repeatable",
    )
    p.add_argument(
        "--real-embed",
        type=int,
        default=REAL_EMBED_MAX,
        metavar="N",
        help="embed with the real model up to N reports (larger: source vectors reused)",
    )
    p.add_argument(
        "--scale-questions",
        type=int,
        default=200,
        help="gold questions timed per corpus size (0: build and re-index only)",
    )


def report_counts(value: str) -> list[int]:
    """ "10,100" → [10, 100]; each a positive number."""
    try:
        counts = [int(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of report counts: {value!r}") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"report counts must be positive: {value!r}")
    return counts


def requested(args: argparse.Namespace) -> list[int]:
    """The distinct report counts asked for, smallest first."""
    return sorted({n for group in args.reports or [] for n in group})


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Build, re-index and answer over each corpus size; print the figures."""
    from wenzheng.eval.bench import _questions

    questions = _spread(_questions(args.questions), args.scale_questions)
    sources = sorted(p for p in settings.corpus_dir.iterdir() if p.suffix == ".txt")
    rows = []
    with tempfile.TemporaryDirectory(prefix="wenzheng-scale-") as tmp:
        work = Path(tmp)
        qfile = work / "questions.json"
        qfile.write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
        for n in requested(args):
            rows.append(measure(settings, sources, n, work, qfile, n <= args.real_embed))
            print(_progress_line(rows[-1]), file=sys.stderr, flush=True)
    print(json.dumps(rows, indent=2) if args.json else table(rows))
    return 0


def measure(
    settings: Settings, sources: Sequence[Path], n: int, work: Path, qfile: Path, real: bool
) -> dict[str, Any]:
    """All figures for one corpus of n derived reports."""
    from wenzheng.eval.bench import _reported_seconds, bench_models
    from wenzheng.eval.synth import save_source_vectors, synthesize

    corpus, data = work / f"corpus-{n}", work / f"data-{n}"
    bench = settings.model_copy(
        update={"data_dir": data, "corpus_dir": corpus, "chroma_host": None}
    )
    t = time.perf_counter()
    variants = synthesize(sources, corpus, n)
    figures: dict[str, Any] = {"reports": n, "embedding": "real" if real else "source vectors"}
    build = ["-m", "wenzheng", "index"]
    if not real:
        vectors = work / f"vectors-{n}.npz"
        figures["unmatched_passages"] = save_source_vectors(
            variants, _source_vectors(settings, sources, work), vectors
        )
        build = ["-m", "wenzheng.eval.scale", "build", str(vectors)]
    figures["synthesis_s"] = time.perf_counter() - t
    bench_models(settings, bench)
    figures["build_s"], figures["build_rss_mb"], out = child(build, bench)
    figures["passages"] = _passages(out)
    figures["passages_per_s"] = figures["passages"] / figures["build_s"]
    figures["noop_process_s"], figures["noop_rss_mb"], out = child(
        ["-m", "wenzheng", "index"], bench
    )
    figures["noop_reindex_s"] = _reported_seconds(out)
    if json.loads(qfile.read_text(encoding="utf-8")):
        figures.update(_answering(bench, qfile))
    return figures


def _answering(bench: Settings, qfile: Path) -> dict[str, Any]:
    """Load time, answer latencies and peak RSS of a process answering the questions."""
    _, rss, out = child(["-m", "wenzheng.eval.scale", "answer", str(qfile)], bench)
    answered = json.loads(out)
    latencies, rest = answered["latencies"], answered["without_embedding"]
    return {
        "serve_rss_mb": rss,
        "load_s": answered["load_s"],
        "questions": len(latencies),
        "answer_median_ms": statistics.median(latencies) * 1000,
        "answer_p95_ms": _percentile(latencies, 95) * 1000,
        "rest_median_ms": statistics.median(rest) * 1000,
        "rest_p95_ms": _percentile(rest, 95) * 1000,
    }


def _source_vectors(settings: Settings, sources: Sequence[Path], work: Path) -> dict[Path, Any]:
    """The real model's vectors of every source passage (embedded once per bench run).

    Embedded in a child process: a parent that loaded torch would pass its size on to the
    peak RSS of every child it forks.
    """
    import numpy as np

    cached = work / "sources.npz"
    if not cached.exists():
        child(["-m", "wenzheng.eval.scale", "sources", str(cached)], settings)
    data = np.load(cached)
    return {s: data[f"s{i}"] for i, s in enumerate(sources)}


def child(argv: list[str], settings: Settings) -> tuple[float, float, str]:
    """Wall time, peak RSS (MB) and stdout of `python ARGV` over the given data and corpus."""
    env = {
        **os.environ,
        "WENZHENG_DATA_DIR": str(settings.data_dir),
        "WENZHENG_CORPUS_DIR": str(settings.corpus_dir),
    }
    env.pop("WENZHENG_CHROMA_HOST", None)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, *argv], env=env, stdout=subprocess.PIPE, stderr=err, text=True
        )
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS
        elapsed = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            tail = err.read().strip().splitlines()[-1:] or [""]
            raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {tail[0]}")
    return elapsed, usage.ru_maxrss / 1024, out


def _passages(summary: str) -> int:
    """The passage count in `wenzheng index`'s summary line."""
    match = re.search(r"(\d+) passages", summary)
    return int(match.group(1)) if match else 0


def _spread(items: list[Any], count: int) -> list[Any]:
    """`count` items spread evenly over the list (all of them when it is shorter)."""
    if count <= 0:
        return []
    if count >= len(items):
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def _percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[k]


def _cell(cell: Any, figures: dict[str, Any]) -> str:
    """A table cell, or "–" for a figure not measured (no questions asked)."""
    try:
        return str(cell(figures))
    except KeyError:
        return "–"


def _progress_line(f: dict[str, Any]) -> str:
    answers = f"{f['answer_median_ms']:.0f} ms median" if "questions" in f else "not timed"
    return f"{f['reports']} reports: built in {f['build_s']:.1f} s, answers {answers}"


def table(rows: list[dict[str, Any]]) -> str:
    """One column per corpus size, one line per figure."""
    lines = [
        ("reports", lambda f: f"{f['reports']}", ""),
        ("passages", lambda f: f"{f['passages']}", ""),
        ("embedding", lambda f: f["embedding"], ""),
        ("full build (s)", lambda f: f"{f['build_s']:.1f}", ""),
        ("passages per second (build)", lambda f: f"{f['passages_per_s']:.0f}", ""),
        ("no-change re-index: work reported (s)", lambda f: f"{f['noop_reindex_s']:.2f}", "≤ 1 s"),
        ("no-change re-index: whole process (s)", lambda f: f"{f['noop_process_s']:.2f}", ""),
        ("open index + load service (s)", lambda f: f"{f['load_s']:.1f}", ""),
        ("answer latency median (ms)", lambda f: f"{f['answer_median_ms']:.1f}", "≤ 100 ms"),
        ("answer latency p95 (ms)", lambda f: f"{f['answer_p95_ms']:.1f}", ""),
        ("  without query embedding: median", lambda f: f"{f['rest_median_ms']:.1f}", ""),
        ("  without query embedding: p95", lambda f: f"{f['rest_p95_ms']:.1f}", ""),
        ("peak RSS: build (MB)", lambda f: f"{f['build_rss_mb']:.0f}", ""),
        ("peak RSS: answering (MB)", lambda f: f"{f['serve_rss_mb']:.0f}", ""),
    ]
    width = max(len(name) for name, _, _ in lines)
    cols = max(12, *(len(f["embedding"]) for f in rows)) if rows else 12
    out = []
    for name, cell, target in lines:
        cells = "".join(f"{_cell(cell, f):>{cols + 2}}" for f in rows)
        out.append(f"{name:<{width}}{cells}  {target}".rstrip())
    questions = max((f.get("questions", 0) for f in rows), default=0)
    timed = f"{questions} gold questions per size, after 10 warm-up" if questions else "not timed"
    out.append(
        f"(answers: {timed}; "
        "'source vectors': derived passages reuse the real vector of the passage they "
        "come from, so the build excludes the model's compute)"
    )
    return "\n".join(out)


# --- child processes ------------------------------------------------------------------------


def child_build(vectors: Path) -> int:
    """`wenzheng index` with source vectors standing in for the passage model."""
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.eval.synth import SourceVectors
    from wenzheng.index.build import build_index
    from wenzheng.index.keyword import in_dictionary, use_cache_dir

    settings = load_settings()
    use_cache_dir(settings.cache_dir)  # before the dictionary is read (domain words)
    words = Lexicon.load().domain_words(in_dictionary)
    report = build_index(settings, lambda: SourceVectors.load(vectors), domain_words=words)
    print(report.summary())
    return 0


def child_answer(qfile: Path) -> int:
    """Load the service, answer the questions; print load time and per-question latencies."""
    from wenzheng.bot.service import Wenzheng

    questions = json.loads(qfile.read_text(encoding="utf-8"))
    t = time.perf_counter()
    service = Wenzheng.from_settings(load_settings())
    load_s = time.perf_counter() - t
    for q, h in questions[:10]:
        service.answer(q, h)
    embedder = service.index.embedder
    embed, spent = embedder.embed_queries, [0.0]

    def timed_embed(texts: Any) -> Any:  # the query model's share of each answer
        t = time.perf_counter()
        try:
            return embed(texts)
        finally:
            spent[0] += time.perf_counter() - t

    embedder.embed_queries = timed_embed  # type: ignore[method-assign]
    latencies, without = [], []
    for q, h in questions:
        spent[0] = 0.0
        t = time.perf_counter()
        service.answer(q, h)
        latencies.append(time.perf_counter() - t)
        without.append(latencies[-1] - spent[0])
    print(json.dumps({"load_s": load_s, "latencies": latencies, "without_embedding": without}))
    return 0


def child_sources(out: Path) -> int:
    """Embed the source reports' passages with the real model into `out` (.npz)."""
    import numpy as np
    from wenzheng.eval.synth import source_texts
    from wenzheng.index.embedders import load_embedder

    settings = load_settings()
    embedder = load_embedder(settings.embedding_model, settings.models_dir)
    sources = sorted(p for p in settings.corpus_dir.iterdir() if p.suffix == ".txt")
    arrays = {f"s{i}": embedder.embed_passages(source_texts(s)) for i, s in enumerate(sources)}
    np.savez(out, **arrays)  # type: ignore[arg-type]
    return 0


CHILDREN = {"build": child_build, "answer": child_answer, "sources": child_sources}

if __name__ == "__main__":
    sys.exit(CHILDREN[sys.argv[1]](Path(sys.argv[2])))
