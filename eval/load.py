"""A bounded HTTP load: N concurrent clients send a fixed list of requests, once each.

Used by `wenzheng bench` (API latency under concurrency) and by the load test. Only ever
aimed at a server on this machine; every client stops when the list is done.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class Outcome:
    """One request's status, JSON body (None if not JSON) and wall time."""

    status: int
    body: Any
    seconds: float


def drive(
    base_url: str,
    requests: Sequence[tuple[str, Mapping[str, Any]]],
    clients: int = 20,
    headers: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    rate: float | None = None,
) -> list[Outcome]:
    """POST each (path, json) once, `clients` at a time; outcomes in the order of `requests`.

    Without `rate` each client sends its next request as soon as the last is answered (the
    server's saturation). With `rate`, request i is due at i/rate seconds: a client waits
    for that moment, and latency counts from it, so time spent queued for a free client
    is included too (no coordinated omission).
    """
    outcomes: list[Outcome | None] = [None] * len(requests)
    counter = iter(range(len(requests)))
    lock = threading.Lock()
    start = time.perf_counter()

    def client() -> None:
        with httpx.Client(base_url=base_url, headers=dict(headers or {}), timeout=timeout) as http:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                path, payload = requests[i]
                started = time.perf_counter()
                if rate:
                    due = start + i / rate
                    if due > started:
                        time.sleep(due - started)
                    started = due
                try:
                    response = http.post(path, json=dict(payload))
                    status, body = response.status_code, _json(response)
                except httpx.HTTPError as exc:
                    status, body = 0, str(exc)
                outcomes[i] = Outcome(status, body, time.perf_counter() - started)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout * len(requests))
    return [o if o is not None else Outcome(0, None, float("nan")) for o in outcomes]


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def percentile(values: Sequence[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[k]


def summary(outcomes: Sequence[Outcome], wall: float) -> dict[str, float]:
    """p50/p95/max latency in ms and throughput over the run."""
    times = [o.seconds for o in outcomes if o.status == 200]
    if not times:
        return {
            "ok": 0,
            "p50_ms": float("nan"),
            "p95_ms": float("nan"),
            "max_ms": float("nan"),
            "rps": 0.0,
        }
    return {
        "ok": len(times),
        "p50_ms": statistics.median(times) * 1000,
        "p95_ms": percentile(times, 95) * 1000,
        "max_ms": max(times) * 1000,
        "rps": len(outcomes) / wall if wall else float("nan"),
    }


def repeated(count: int, repeat: int, seed: int = 0) -> list[int]:
    """Indices of `count` requests over the first count // repeat questions, each asked
    `repeat` times, in a fixed shuffled order (so repeats are not back to back)."""
    pool = max(1, count // max(1, repeat))
    picked = [i % pool for i in range(count)]
    random.Random(seed).shuffle(picked)
    return picked
