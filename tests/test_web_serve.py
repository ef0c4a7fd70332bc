"""`wenzheng serve` as a process: refuses a public host without a token; serves and stops."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.test_cli import ROOT, run_cli

TOKEN = "serve-test-token-8d1e-very-secret"


def test_serve_refuses_a_public_host_without_a_token(tmp_path: Path):
    """Without WENZHENG_WEB_TOKEN, `serve --host 0.0.0.0` exits 1 with one line, loading nothing."""
    out = run_cli(["serve", "--host", "0.0.0.0"], tmp_path, WENZHENG_WEB_TOKEN="")
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0
    assert "WENZHENG_WEB_TOKEN" in out.stderr and "0.0.0.0" in out.stderr
    assert not (tmp_path / "index").exists()  # refused before the index was opened


@pytest.mark.server
def test_serve_answers_with_the_token_and_never_logs_it(tmp_path: Path):
    """Served: answers /healthz, wants the token on /api, stops on Ctrl-C, logs no token."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "WENZHENG_DATA_DIR": str(tmp_path),
        "WENZHENG_EMBEDDING_MODEL": "fake",
        "WENZHENG_WEB_TOKEN": TOKEN,
    }
    env.pop("WENZHENG_CHROMA_HOST", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "wenzheng", "serve", "--port", str(port), "--log-level", "debug"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:  # bounded wait until the server answers
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert httpx.post(base + "/api/ask", json={"question": "GDP"}).status_code == 401
        ok = httpx.post(
            base + "/api/ask",
            json={"question": "2019年地区生产总值是多少？"},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=30,
        )
        assert ok.status_code == 200 and "1620亿元" in ok.json()["answer"]
        login = httpx.post(base + "/login", data={"token": TOKEN})
        assert login.status_code == 303
    finally:
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert "Uvicorn running on" in output and "POST /api/ask" in output
    assert TOKEN not in output
