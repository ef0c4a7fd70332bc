"""The real `wenzheng bot` process, over the real core, against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotApiServer

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAE-process-test-token_zyxwvutsrqponm"


@pytest.fixture
def bot_process(tmp_path):
    """`python -m wenzheng bot` polling a fake server; yields (api, log path); stops it after."""
    with FakeBotApiServer(TOKEN) as server:
        log = tmp_path / "bot.log"
        env = {
            **os.environ,
            "WENZHENG_TELEGRAM_TOKEN": TOKEN,
            "WENZHENG_TELEGRAM_BASE_URL": server.base_url,
            "WENZHENG_DATA_DIR": str(tmp_path / "data"),
            "WENZHENG_EMBEDDING_MODEL": "fake",
        }
        env.pop("WENZHENG_TELEGRAM_WEBHOOK_URL", None)
        with log.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "wenzheng", "bot"], cwd=ROOT, env=env, stdout=out, stderr=out
            )
            try:
                yield server.api, log, proc
            finally:
                proc.terminate()
                proc.wait(timeout=30)


def replies(api, chat_id):
    """Texts the bot sent to a chat."""
    return [c.params.get("text", "") for c in api.sent(chat_id) if c.method == "sendMessage"]


def test_bot_process_answers_follows_up_checks_and_keeps_the_token_secret(bot_process):
    """Start, a question, a follow-up and /check are answered by the real process; no token leak."""
    api, log, proc = bot_process
    api.push(api.text_update(11, "/start"))
    api.wait_for(lambda: len(replies(api, 11)) >= 1, timeout=120)
    api.push(api.text_update(11, "2019年鼓楼区地区生产总值是多少？"))
    api.wait_for(lambda: len(replies(api, 11)) >= 2, timeout=60)
    assert "1620" in replies(api, 11)[1]
    api.push(api.text_update(11, "那今年的目标呢？"))
    api.wait_for(lambda: len(replies(api, 11)) >= 3, timeout=60)
    assert "7.5%" in replies(api, 11)[2]
    api.push(api.text_update(11, "/check 2020年固定资产投资预期增长9%以上"))
    api.wait_for(lambda: len(replies(api, 11)) >= 4, timeout=60)
    assert "7.5%" in replies(api, 11)[3]
    assert proc.poll() is None, "the bot process must still be running"
    assert api.errors == []
    assert TOKEN not in log.read_text(encoding="utf-8")
