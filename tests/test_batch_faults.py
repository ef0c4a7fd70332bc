"""Fault injection with real processes: the Chroma server is killed in the middle of a batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import start_chroma

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "2019年鼓楼区地区生产总值是多少？",
    "2020年经济增长的预期目标是多少？",
    "今年要改造多少个老旧小区？",
]


@pytest.fixture
def chroma(tmp_path) -> Iterator[tuple[int, subprocess.Popen]]:
    """A real `chroma run` server on 127.0.0.1: (port, process); killed at the end if alive."""
    port, proc = start_chroma(tmp_path / "server")
    yield port, proc
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)


def env_for(data_dir: Path, port: int) -> dict[str, str]:
    """Environment of a `wenzheng` process using the server and the fake embedder."""
    return {
        **os.environ,
        "WENZHENG_DATA_DIR": str(data_dir),
        "WENZHENG_EMBEDDING_MODEL": "fake",
        "WENZHENG_CHROMA_HOST": "127.0.0.1",
        "WENZHENG_CHROMA_PORT": str(port),
    }


@pytest.mark.server
@pytest.mark.parametrize(("command", "key"), [("ask", "question"), ("check", "claim")])
def test_killing_chroma_mid_batch_keeps_what_was_done_and_exits_3(tmp_path, chroma, command, key):
    """Lines stream out as items finish; the server's death ends the batch with exit 3, one line."""
    port, server = chroma
    env = env_for(tmp_path / "data", port)
    built = subprocess.run(
        [sys.executable, "-m", "wenzheng", "index"], cwd=ROOT, env=env, capture_output=True
    )
    assert built.returncode == 0, built.stderr
    batch = tmp_path / "batch.jsonl"
    rows = [{"id": f"q{n}", key: QUESTIONS[n % 3]} for n in range(400)]
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")

    proc = subprocess.Popen(
        [sys.executable, "-m", "wenzheng", command, "--batch", str(batch), "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    early = [proc.stdout.readline() for _ in range(3)]  # streamed before the batch is over
    os.killpg(server.pid, signal.SIGKILL)
    server.wait(timeout=20)
    rest, stderr = proc.communicate(timeout=120)

    lines = [json.loads(line) for line in early + rest.splitlines()]
    assert proc.returncode == 3, stderr
    assert 3 <= len(lines) < len(rows)
    assert [r["id"] for r in lines] == [f"q{n}" for n in range(len(lines))]
    assert all("error" not in r for r in lines), "a lost server is not the items' fault"
    [message] = stderr.strip().splitlines()
    assert f"lost the Chroma server at 127.0.0.1:{port}" in message
    assert f"the last 'q{len(lines) - 1}'" in message and "Traceback" not in stderr
