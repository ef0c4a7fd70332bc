"""The `wenzheng bot` process when Telegram is unreachable at start or revokes the token later.

Real processes against the fake Bot API on 127.0.0.1: the bot must exit non-zero with one
line of its own (never a traceback, never the token), not linger with nothing polling.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from wenzheng.bot.telegram.app import run_bot

from tests.fake_bot_api import FakeBotApiServer, FakeQAService, hermetic_settings
from wenzheng.errors import BotApiUnavailable

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAE-lifecycle-token_zyxwvutsrqponmlk"


def closed_port() -> int:
    """A port nothing listens on (bound and released a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_env(tmp_path: Path, base_url: str, **extra: str) -> dict[str, str]:
    """Environment of a bot process with the fake embedder and its own data folder."""
    env = {
        **os.environ,
        "WENZHENG_TELEGRAM_TOKEN": TOKEN,
        "WENZHENG_TELEGRAM_BASE_URL": base_url,
        "WENZHENG_DATA_DIR": str(tmp_path / "data"),
        "WENZHENG_EMBEDDING_MODEL": "fake",
        **extra,
    }
    env.pop("WENZHENG_TELEGRAM_WEBHOOK_URL", None)
    return env


def last_line(stderr: str) -> str:
    """The bot's own final line (log lines may come before it)."""
    return stderr.strip().splitlines()[-1]


def test_unreachable_bot_api_at_start_exits_3_with_one_line(tmp_path):
    """No Bot API at the base URL: after the retries, exit 3 with one line naming it."""
    base = f"http://127.0.0.1:{closed_port()}/bot"
    env = bot_env(tmp_path, base, WENZHENG_TELEGRAM_START_RETRIES="1")
    proc = subprocess.run(
        [sys.executable, "-m", "wenzheng", "bot"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3, proc.stderr
    line = last_line(proc.stderr)
    assert line.startswith("wenzheng: cannot reach the Telegram Bot API at " + base)
    assert "after 2 attempt(s)" in line
    assert "retrying in 1 s (attempt 2 of 2)" in proc.stderr, "the retry is announced"
    assert "Traceback" not in proc.stderr and TOKEN not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 4


def test_run_bot_without_retries_raises_one_line_error(tmp_path, caplog):
    """run_bot with no retries raises BotApiUnavailable at once, logging no traceback."""
    caplog.set_level(logging.DEBUG)
    settings = hermetic_settings(
        telegram_token=TOKEN,
        telegram_base_url=f"http://127.0.0.1:{closed_port()}/bot",
        telegram_start_retries=0,
        data_dir=tmp_path,
    )
    with pytest.raises(BotApiUnavailable) as caught:
        run_bot(settings, lambda s: FakeQAService())
    assert "\n" not in str(caught.value) and "after 1 attempt(s)" in str(caught.value)
    assert TOKEN not in caplog.text


def test_a_token_revoked_while_running_stops_the_bot_with_one_line(tmp_path):
    """After /revoke the bot stops polling and exits 1 with one line, not a silent zombie."""
    with FakeBotApiServer(TOKEN) as server:
        api = server.api
        log = tmp_path / "bot.log"
        with log.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "wenzheng", "bot"],
                cwd=ROOT,
                env=bot_env(tmp_path, server.base_url),
                stdout=out,
                stderr=out,
            )
            try:
                api.push(api.text_update(7, "/start"))
                api.wait_for(lambda: bool(api.sent(7)), timeout=120)
                api.revoke()
                returncode = proc.wait(timeout=60)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    stderr = log.read_text(encoding="utf-8")
    assert returncode == 1, stderr
    assert last_line(stderr).startswith("wenzheng: Telegram rejected WENZHENG_TELEGRAM_TOKEN while")
    assert "Traceback" not in stderr and TOKEN not in stderr
