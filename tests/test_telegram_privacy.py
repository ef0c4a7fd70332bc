"""Privacy of the Telegram adapter: private files, keyed hashes, masking, checked votes, logs."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from wenzheng.bot.core.feedback import FeedbackStore, mask_personal

from tests.fake_bot_api import FakeBotApiServer
from tests.test_telegram_handlers import feed, run_scenario

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAE-privacy-token_abcdefghijklmnopq"


def mode(path: Path) -> int:
    """Permission bits of a file or folder."""
    return stat.S_IMODE(path.stat().st_mode)


def feedback_data(message: dict, verdict: str = "1") -> str:
    """The callback data of a message's 👍 (or 👎) button."""
    buttons = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
    return next(
        b["callback_data"]
        for b in buttons
        if b["callback_data"].startswith("f:") and b["callback_data"].endswith(f":{verdict}")
    )


def test_feedback_files_are_private_in_a_private_data_dir(tmp_path):
    """The data dir is 0700; the database, its WAL and the key file are 0600."""
    data = tmp_path / "data"

    async def scenario(app, api, service) -> None:
        await feed(app, api.text_update(41, "GDP多少"))
        message = api.sent(41)[-1].result
        await feed(app, api.callback_update(message, feedback_data(message)))

    run_scenario(data, scenario)
    assert mode(data) == 0o700
    for name in ("feedback.sqlite3", "feedback.key"):
        assert mode(data / name) == 0o600, name
    for extra in data.glob("feedback.sqlite3-*"):
        assert mode(extra) == 0o600, extra.name
    assert len(FeedbackStore.in_dir(data).rows()) == 1


def test_the_hash_key_is_not_in_the_database(tmp_path):
    """Chat hashes are HMACs under a key kept outside the database (or given in settings)."""
    store = FeedbackStore.in_dir(tmp_path, key="a key from settings")
    store.record(77, "问", "答", "helpful")
    expected = hmac.new(b"a key from settings", b"77", hashlib.sha256).hexdigest()
    assert store.rows()[0].chat_hash == expected
    dump = "\n".join(sqlite3.connect(tmp_path / "feedback.sqlite3").iterdump())
    assert "a key from settings" not in dump and "salt" not in dump
    assert not (tmp_path / "feedback.key").exists()


def test_an_old_store_loses_the_salt_kept_beside_its_hashes(tmp_path):
    """A database from an earlier version has its salt row deleted on opening."""
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('salt', 'abc123')")
    FeedbackStore(path)
    dump = "\n".join(sqlite3.connect(path).iterdump())
    assert "abc123" not in dump


def test_personal_numbers_and_addresses_are_masked_before_storing():
    """Phone, ID card and e-mail in a question are masked; the report's figures are kept."""
    masked = mask_personal(
        "我手机13912345678、身份证32010219900101123X、邮箱a.b@c.cn，GDP 1620亿元？"
    )
    assert "13912345678" not in masked and "32010219900101123" not in masked
    assert "a.b@c.cn" not in masked and "1620亿元" in masked


def test_forged_or_foreign_votes_are_rejected(tmp_path):
    """`f:<key>:2` and a key sent to another chat are refused and record nothing."""

    async def scenario(app, api, service) -> None:
        await feed(app, api.text_update(51, "GDP多少"))
        message = api.sent(51)[-1].result
        key = feedback_data(message).split(":")[1]
        await feed(app, api.callback_update(message, f"f:{key}:2"))
        other_chat = {**message, "chat": {"id": 52, "type": "private", "first_name": "x"}}
        await feed(app, api.callback_update(other_chat, f"f:{key}:1", user_id=52))
        answers = [c for c in api.calls if c.method == "answerCallbackQuery"]
        assert len(answers) == 2 and all(c.params.get("show_alert") for c in answers)

    run_scenario(tmp_path, scenario)
    assert FeedbackStore.in_dir(tmp_path).rows() == []


def test_debug_logs_hold_no_message_text_or_ids_unless_asked(tmp_path):
    """`wenzheng bot --log-level DEBUG` logs no text, name or id; --log-messages does."""
    secret, user = "我的秘密问题XYZ", 918273645

    def run(*flags: str) -> str:
        log = tmp_path / f"bot{len(flags)}.log"
        with FakeBotApiServer(TOKEN) as server, log.open("w") as out:
            env = {
                **os.environ,
                "WENZHENG_TELEGRAM_TOKEN": TOKEN,
                "WENZHENG_TELEGRAM_BASE_URL": server.base_url,
                "WENZHENG_DATA_DIR": str(tmp_path / "data"),
                "WENZHENG_EMBEDDING_MODEL": "fake",
            }
            proc = subprocess.Popen(
                [sys.executable, "-m", "wenzheng", "bot", "--log-level", "DEBUG", *flags],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=out,
            )
            try:
                server.api.push(server.api.text_update(user, secret))
                server.api.wait_for(lambda: bool(server.api.sent(user)), timeout=120)
            finally:
                proc.terminate()
                proc.wait(timeout=30)
        return log.read_text(encoding="utf-8")

    quiet = run()
    assert "DEBUG" in quiet and secret not in quiet and str(user) not in quiet
    assert TOKEN not in quiet
    loud = run("--log-messages")
    assert secret in loud and TOKEN not in loud
