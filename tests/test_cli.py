"""The `wenzheng` command-line contract, end to end in fresh processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: list[str], data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run `python -m wenzheng ARGS` with the fake embedder and a given data folder."""
    full_env = {
        **os.environ,
        "WENZHENG_DATA_DIR": str(data_dir),
        "WENZHENG_EMBEDDING_MODEL": "fake",
        **env,
    }
    full_env.pop("WENZHENG_CHROMA_HOST", None) if "WENZHENG_CHROMA_HOST" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "wenzheng", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose index the first test builds."""
    return tmp_path_factory.mktemp("cli-data")


def test_index_builds_then_reports_no_change(data_dir):
    """`wenzheng index` embeds every passage once; a second run changes nothing."""
    first = run_cli(["index"], data_dir)
    assert first.returncode == 0, first.stderr
    assert "added" in first.stdout and "0 removed" in first.stdout
    second = run_cli(["index"], data_dir)
    assert second.returncode == 0
    assert "nothing changed" in second.stdout


def test_ask_json_prints_one_object_with_the_contract(data_dir):
    """`ask --json` prints one JSON object with question, answer, refused, citations, retrieved."""
    out = run_cli(["ask", "2019年鼓楼区地区生产总值是多少？", "--json"], data_dir)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["question"] == "2019年鼓楼区地区生产总值是多少？"
    assert isinstance(data["refused"], bool)
    assert {"answer", "citations", "retrieved"} <= set(data)


def test_ask_readable_output_numbers_its_citations(data_dir):
    """Plain `ask` prints the answer then "[1] document › section" citation blocks."""
    out = run_cli(["ask", "2019年鼓楼区地区生产总值是多少？"], data_dir)
    assert out.returncode == 0
    assert "[1]" in out.stdout and "›" in out.stdout


def test_batch_answers_every_line_with_its_id(data_dir, tmp_path):
    """`ask --batch FILE --json` prints one object a line, in order, each with its id."""
    batch = tmp_path / "b.jsonl"
    lines = [
        {"id": "a", "question": "2019年鼓楼区地区生产总值是多少？"},
        {"id": "b", "question": "那今年呢？", "history": ["2019年鼓楼区地区生产总值是多少？"]},
        {"id": "c", "question": "吴炜的手机号是多少"},
    ]
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out = run_cli(["ask", "--batch", str(batch), "--json"], data_dir)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[2]["refused"] is True


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_exits_2_with_one_line(data_dir, question):
    """An empty question prints a one-line message and exits with status 2."""
    out = run_cli(["ask", question], data_dir)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1


def test_chroma_server_down_names_host_and_port(tmp_path):
    """With WENZHENG_CHROMA_HOST pointing at a closed port: one line naming it, non-zero exit."""
    out = run_cli(
        ["ask", "GDP"], tmp_path, WENZHENG_CHROMA_HOST="127.0.0.1", WENZHENG_CHROMA_PORT="9"
    )
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "127.0.0.1:9" in lines[0]


def test_damaged_index_is_rebuilt(tmp_path):
    """A corrupted vector store folder is rebuilt from the corpus instead of crashing."""
    assert run_cli(["index"], tmp_path).returncode == 0
    assert list((tmp_path / "index").glob("g*/chroma/*.sqlite3"))
    for f in (tmp_path / "index").glob("g*/chroma/*.sqlite3"):
        f.write_bytes(b"this is not a database")
    out = run_cli(["ask", "2019年鼓楼区地区生产总值是多少？", "--json"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["citations"]


def test_chat_keeps_follow_up_context(data_dir):
    """`wenzheng chat` answers line by line and /reset clears the context."""
    proc = subprocess.run(
        [sys.executable, "-m", "wenzheng", "chat"],
        input="2019年鼓楼区地区生产总值是多少？\n/reset\n/quit\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "WENZHENG_DATA_DIR": str(data_dir), "WENZHENG_EMBEDDING_MODEL": "fake"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "已清空上下文" in proc.stdout
