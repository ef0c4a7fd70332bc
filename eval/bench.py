"""`wenzheng bench`: speed and memory figures on this machine (printed, never asserted).

Measures a full index build into a fresh data folder, a no-change re-index, a cold `ask`
in a new process with the index present, warm per-question latency over the gold questions
(and their follow-up histories), peak resident memory, and `/api/ask` latency of
`wenzheng serve` (its own process, on 127.0.0.1) under concurrent clients.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wenzheng.eval import scale

from wenzheng.settings import Settings

NEEDS_SERVICE = False
GOLD = Path(__file__).resolve().parent / "gold"


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """Register `bench`."""
    p = sub.add_parser("bench", help="print speed and memory figures")
    p.add_argument("--questions", type=Path, action="append", help="JSONL question files")
    p.add_argument("--rounds", type=int, default=2, help="passes over the questions (warm)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--web-requests", type=int, default=300, help="/api/ask requests to time (0: skip)"
    )
    p.add_argument("--web-clients", type=int, default=20, help="concurrent API clients")
    p.add_argument(
        "--web-repeat",
        type=int,
        default=5,
        help="a second load with each question asked this many times, answer cache on (0: skip)",
    )
    p.add_argument(
        "--web-rate",
        type=float,
        help="requests per second offered in all (default: each client asks again at once)",
    )
    scale.add_arguments(p)
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the benchmark and print its figures (`--reports`: the scale run instead)."""
    if args.reports:
        return scale.run(args, settings)
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="wenzheng-bench-") as tmp:
        bench = settings.model_copy(update={"data_dir": Path(tmp), "chroma_host": None})
        bench_models(settings, bench)
        figures["full_build_s"], figures["build_rss_mb"], _ = _child(["index"], bench)
        figures["noop_reindex_process_s"], _, out = _child(["index"], bench)
        figures["noop_reindex_s"] = _reported_seconds(out)
        question = "2019年鼓楼区地区生产总值是多少？"
        figures["cold_ask_s"], figures["ask_rss_mb"], _ = _child(["ask", question, "--json"], bench)
        from wenzheng.bot.service import Wenzheng

        service = Wenzheng.from_settings(bench)
        figures["passages"] = service.index.report.passages
        questions = _questions(args.questions)
        distinct = min(args.web_requests, len(questions))
        latencies, answers = _warm(service, questions, args.rounds, keep=distinct)
        figures["serve_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if args.web_requests > 0 and answers:
            figures["web"] = bench_web(
                bench, questions, answers, args.web_requests, args.web_clients, args.web_rate
            )
            if args.web_repeat > 1:
                figures["web_repeated"] = bench_web(
                    bench,
                    questions,
                    answers,
                    args.web_requests,
                    args.web_clients,
                    args.web_rate,
                    repeat=args.web_repeat,
                )
    figures["warm_questions"] = len(latencies)
    figures["warm_median_ms"] = statistics.median(latencies) * 1000
    figures["warm_p95_ms"] = _percentile(latencies, 95) * 1000
    print(json.dumps(figures, indent=2) if args.json else _table(figures))
    return 0


def bench_models(settings: Settings, bench: Settings) -> None:
    """Share the already materialized models folder, so the build measures indexing only."""
    src = settings.models_dir
    if src.exists():
        bench.models_dir.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(src, bench.models_dir)


def _child(args: list[str], settings: Settings) -> tuple[float, float, str]:
    """Wall time, peak RSS (MB) and stdout of `wenzheng ARGS` in a fresh process."""
    env = {**os.environ, "WENZHENG_DATA_DIR": str(settings.data_dir)}
    env.pop("WENZHENG_CHROMA_HOST", None)
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "wenzheng", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"wenzheng {' '.join(args)} failed with status {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024, out


def _reported_seconds(summary: str) -> float:
    """The seconds `wenzheng index` reports for its own work ("… (0.12 s)")."""
    match = re.search(r"\(([\d.]+) s\)", summary)
    return float(match.group(1)) if match else float("nan")


def _questions(files: list[Path] | None) -> list[tuple[str, list[str]]]:
    """Questions (with histories) from the gold files."""
    paths = files or sorted(GOLD.glob("questions_*.jsonl"))
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item["question"], item.get("history") or []))
    return out or [("2019年鼓楼区地区生产总值是多少？", [])]


def _warm(
    service: Any, questions: list[tuple[str, list[str]]], rounds: int, keep: int = 0
) -> tuple[list[float], list[Any]]:
    """Per-question latency with everything loaded (one warm-up pass first).

    Also returns the answers to the first `keep` questions (as JSON), for checking the API.
    """
    for q, h in questions[:10]:
        service.answer(q, h)
    latencies, kept = [], []
    for r in range(rounds):
        for i, (q, h) in enumerate(questions):
            t = time.perf_counter()
            answer = service.answer(q, h)
            latencies.append(time.perf_counter() - t)
            if r == 0 and i < keep:
                kept.append(answer.to_json())
    return latencies, kept


def bench_web(
    settings: Settings,
    questions: list[tuple[str, list[str]]],
    answers: list[Any],
    count: int,
    clients: int,
    rate: float | None = None,
    repeat: int = 1,
) -> dict[str, Any]:
    """`/api/ask` latency of `wenzheng serve` in its own process under `clients` at once.

    With `repeat` 1, request i asks question i mod len(answers) and the server's answer
    cache is off: every request is computed. With `repeat` > 1 the requests ask
    count // repeat questions `repeat` times each, shuffled, with the cache on (as served),
    after a warm-up on other questions. `answers` are the in-process answers to the first
    questions. Every response is compared with the in-process one: the same answer text,
    refusal and cited passages.
    """
    from wenzheng.eval.load import drive, repeated, summary

    picked = repeated(count, repeat) if repeat > 1 else [i % len(answers) for i in range(count)]
    requests = [
        ("/api/ask", {"question": questions[i][0], "history": questions[i][1]}) for i in picked
    ]
    warm = [("/api/ask", {"question": q, "history": h}) for q, h in questions[-clients:]]
    cache = {} if repeat > 1 else {"WENZHENG_WEB_ANSWER_CACHE": "0"}
    with _served(settings, cache) as base_url:
        drive(base_url, warm, clients=clients)  # connections and threads warm
        started = time.perf_counter()
        outcomes = drive(base_url, requests, clients=clients, rate=rate)
        wall = time.perf_counter() - started
    expected = [answers[i] for i in picked]
    figures = summary(outcomes, wall)
    figures["clients"] = clients
    figures["rate"] = rate
    figures["requests"] = count
    figures["repeat"] = repeat
    figures["correct"] = sum(
        _essentials(o.body) == _essentials(e) for o, e in zip(outcomes, expected, strict=True)
    )
    return figures


def _essentials(answer: Any) -> tuple[Any, ...]:
    """What makes an answer the same answer: text, refusal, cited passage ids."""
    if not isinstance(answer, dict):
        return (None,)
    ids = tuple(c.get("id") for c in answer.get("citations", []))
    return answer.get("answer"), answer.get("refused"), ids


@contextmanager
def _served(settings: Settings, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """`wenzheng serve` on a free 127.0.0.1 port for the duration; yields its base URL."""
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "WENZHENG_DATA_DIR": str(settings.data_dir)}
    for name in ("WENZHENG_CHROMA_HOST", "WENZHENG_WEB_TOKEN", "WENZHENG_WEB_ANSWER_CACHE"):
        env.pop(name, None)
    env.update(extra_env or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "wenzheng", "serve", "--port", str(port), "--log-level", "warning"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:  # bounded wait for the server to answer /healthz
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("wenzheng serve did not start")
            try:
                if httpx.get(base_url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base_url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[k]


def _table(f: dict[str, Any]) -> str:
    """The figures as a small table with the targets."""
    rows = [
        (
            "full index build (`wenzheng index`, new data dir)",
            f"{f['full_build_s']:.2f} s",
            "≤ 30 s",
            f"{f['passages']} passages",
        ),
        ("no-change re-index: work reported", f"{f['noop_reindex_s']:.2f} s", "≤ 1 s", ""),
        (
            "no-change re-index: whole process",
            f"{f['noop_reindex_process_s']:.2f} s",
            "",
            "incl. interpreter and imports",
        ),
        ("cold `wenzheng ask` (new process)", f"{f['cold_ask_s']:.2f} s", "≤ 5 s", "index present"),
        (
            "warm latency median",
            f"{f['warm_median_ms']:.1f} ms",
            "≤ 50 ms",
            f"{f['warm_questions']} questions",
        ),
        ("warm latency p95", f"{f['warm_p95_ms']:.1f} ms", "", ""),
        ("peak RSS: answering (warm loop)", f"{f['serve_rss_mb']:.0f} MB", "≤ 1024 MB", ""),
        ("peak RSS: cold ask process", f"{f['ask_rss_mb']:.0f} MB", "≤ 1024 MB", ""),
        ("peak RSS: full build process", f"{f['build_rss_mb']:.0f} MB", "≤ 1024 MB", "loads torch"),
    ]
    for web in (f.get("web"), f.get("web_repeated")):
        if not web:
            continue
        label = f"{web['clients']} clients"
        label += f", each question {web['repeat']}×" if web.get("repeat", 1) > 1 else ", no cache"
        if web.get("rate"):
            label += f", {web['rate']:g} req/s"
        rows += [
            (f"/api/ask p50 ({label})", f"{web['p50_ms']:.1f} ms", "", "wenzheng serve, 127.0.0.1"),
            (
                f"/api/ask p95 ({label})",
                f"{web['p95_ms']:.1f} ms",
                "≤ 150 ms",
                f"{web['rps']:.0f} req/s, {web['correct']}/{web['requests']} correct",
            ),
        ]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{r[0]:<{width}}  {r[1]:>10}  {r[2]:>10}  {r[3]}" for r in rows)
