"""Generated answers through the real `wenzheng` command, in fresh processes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_llm import FakeLLMServer
from tests.test_cli import ROOT, run_cli
from tests.test_generate import GDP, KEY

pytestmark = pytest.mark.server

TIMEOUT = "2"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the fake-embedder index built."""
    path = tmp_path_factory.mktemp("gen-cli-data")
    assert run_cli(["index"], path).returncode == 0
    return path


@pytest.fixture
def llm() -> Iterator[FakeLLMServer]:
    """A fresh fake endpoint whose slow replies outlast the timeout."""
    with FakeLLMServer() as server:
        server.llm.slow_seconds = 30
        yield server


def llm_env(base_url: str) -> dict[str, str]:
    """Environment configuring the model endpoint."""
    return {
        "WENZHENG_LLM_BASE_URL": base_url,
        "WENZHENG_LLM_MODEL": "fake-qwen",
        "WENZHENG_LLM_API_KEY": KEY,
        "WENZHENG_LLM_TIMEOUT": TIMEOUT,
    }


BATCH = [
    # id, question, what the endpoint plays for it, the mode the user gets
    ("grounded", GDP, ["grounded"], "generated"),
    ("invented", GDP, ["ungrounded", "ungrounded"], "fallback"),
    ("retried", GDP, ["no_markers", "grounded"], "generated"),
    ("http500", GDP, ["http500"], "fallback"),
    ("not_json", GDP, ["not_json"], "fallback"),
    ("slow", GDP, ["slow"], "fallback"),
    ("refused", "吴炜的手机号是多少", [], "extractive"),
]


def test_batch_through_every_endpoint_behaviour(data_dir, llm, tmp_path):
    """`ask --batch --json -v`: each behaviour ends in a grounded answer with its mode; the
    failures are logged once each without a traceback, and the key is printed nowhere."""
    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": i, "question": q}, ensure_ascii=False) for i, q, _, _ in BATCH]
    batch.write_text("\n".join(lines), encoding="utf-8")
    for _, _, script, _ in BATCH:
        llm.llm.script(*script)
    out = run_cli(["-v", "ask", "--batch", str(batch), "--json"], data_dir, **llm_env(llm.base_url))
    assert out.returncode == 0, out.stderr
    rows = {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}
    for name, _, _, mode in BATCH:
        assert rows[name]["mode"] == mode, name
    for name in ("grounded", "invented", "retried", "http500", "not_json", "slow"):
        assert "1620亿元" in rows[name]["answer"] and not rows[name]["refused"]
    assert "[1]" in rows["grounded"]["answer"] and "[1]" not in rows["http500"]["answer"]
    assert rows["refused"]["refused"]
    assert len(llm.llm.requests) == sum(len(s) for _, _, s, _ in BATCH)
    warnings = [line for line in out.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 4  # invented, http500, not_json, slow
    assert "Traceback" not in out.stderr
    assert KEY not in out.stdout + out.stderr


def test_plain_ask_prints_the_generated_answer_with_numbered_sources(data_dir, llm):
    """`wenzheng ask`: the generated text with [1], then the [1] … source blocks."""
    out = run_cli(["ask", GDP], data_dir, **llm_env(llm.base_url))
    assert out.returncode == 0 and out.stderr == ""
    answer, _, sources = out.stdout.partition("\n\n[1] ")
    assert answer.endswith("[1]。") and "1620亿元" in answer and "›" in sources
    assert llm.llm.requests[0].authorization == f"Bearer {KEY}"


def test_connection_refused_prints_one_line_and_the_extractive_answer(data_dir):
    """No server at the endpoint: exit 0, the extractive answer, one warning line."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = run_cli(["ask", GDP, "--json"], data_dir, **llm_env(f"http://127.0.0.1:{port}/v1"))
    assert out.returncode == 0
    assert json.loads(out.stdout)["mode"] == "fallback"
    assert len(out.stderr.strip().splitlines()) == 1 and "cannot connect" in out.stderr
    assert KEY not in out.stdout + out.stderr


def test_without_an_endpoint_the_model_libraries_are_never_imported(data_dir):
    """Unset WENZHENG_LLM_*: `ask` is extractive and never imports openai or langchain_openai."""
    code = (
        "import sys\n"
        "from wenzheng.cli.app import main\n"
        f"assert main(['ask', {GDP!r}, '--json']) == 0\n"
        "loaded = [m for m in ('openai', 'langchain_openai', 'wenzheng.bot.generate.chain')"
        " if m in sys.modules]\n"
        "print(loaded, file=sys.stderr)\n"
    )
    env = {"WENZHENG_DATA_DIR": str(data_dir), "WENZHENG_EMBEDDING_MODEL": "fake"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**_clean_env(), **env},
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["mode"] == "extractive"
    assert out.stderr.strip().splitlines()[-1] == "[]"


def _clean_env() -> dict[str, str]:
    """This process's environment without any WENZHENG_* setting."""
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("WENZHENG_")}


def test_eval_llm_scores_generated_and_extractive_side_by_side(data_dir, llm, tmp_path):
    """`eval --llm`: both sides scored, modes counted, the model's fallbacks reported."""
    gold = [
        {"id": "g1", "question": GDP, "answer_facts": [["1620亿元"]]},
        {"id": "g2", "question": "2020年经济增长的预期目标是多少？", "answer_facts": [["7.5%"]]},
        {"id": "u1", "question": "吴炜的手机号是多少", "answerable": False},
    ]
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold), "utf-8")
    llm.llm.script("grounded", "http500")
    out_dir = tmp_path / "run"
    args = ["eval", "--llm", "--no-baselines", "--questions", str(questions), "--out", str(out_dir)]
    out = run_cli(args, data_dir, **llm_env(llm.base_url))
    assert out.returncode == 0, out.stderr
    metrics = json.loads((out_dir / "metrics.json").read_text("utf-8"))["llm"]
    assert metrics["modes"] == {"generated": 1, "fallback": 1, "extractive": 1}
    assert metrics["fallback_rate"] == 0.5
    for side in ("extractive", "generated"):
        assert metrics[side]["ungrounded_answers"] == 0
        assert metrics[side]["refusal_accuracy"] == 1.0
    assert "model: 1 generated, 1 fallbacks" in out.stdout
    assert "## Generated and extractive answers" in (out_dir / "report.md").read_text("utf-8")
    rows = {r["id"]: r for r in map(json.loads, (out_dir / "results.jsonl").open(encoding="utf-8"))}
    assert rows["g1"]["mode"] == "generated" and "[1]" in rows["g1"]["answer"]
    assert "[1]" not in rows["g1"]["extractive_answer"]


def test_eval_llm_without_an_endpoint_is_a_one_line_error(data_dir, tmp_path):
    """`eval --llm` with no endpoint configured says what to set and exits 1."""
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": 1, "question": GDP}), "utf-8")
    out = run_cli(
        ["eval", "--llm", "--questions", str(questions), "--out", str(tmp_path / "o")], data_dir
    )
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1 and "WENZHENG_LLM_BASE_URL" in out.stderr
