"""The CLI under operator mistakes and bad input: one line, the right status, nothing lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_cli import run_cli

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
GDP = "2019年鼓楼区地区生产总值是多少？"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a built index."""
    folder = tmp_path_factory.mktemp("ops-data")
    out = run_cli(["index"], folder)
    assert out.returncode == 0, out.stderr
    return folder


def pointer(data_dir: Path) -> str:
    """The serving generation's pointer file, as text."""
    [path] = (data_dir / "index").glob("current-*.json")
    return path.read_text(encoding="utf-8")


def one_line(stderr: str) -> str:
    """The single line a failing command printed (fails if there are more)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_mistyped_model_refuses_to_answer_and_keeps_the_index(data_dir):
    """`WENZHENG_EMBEDDING_MODEL=no-such-model wenzheng ask` exits 1 with one line; index intact."""
    before = pointer(data_dir)
    out = run_cli(["ask", GDP], data_dir, WENZHENG_EMBEDDING_MODEL="no-such-model")
    assert out.returncode == 1 and "no-such-model" in one_line(out.stderr)
    assert pointer(data_dir) == before
    assert run_cli(["ask", GDP, "--json"], data_dir).returncode == 0


@pytest.mark.parametrize(
    ("name", "value"),
    [("CHROMA_PORT", "abc"), ("TOP_K", "-1"), ("HISTORY_TURNS", "many"), ("CHROMA_PORT", "0")],
)
def test_a_bad_setting_is_one_line_naming_it_and_its_value(data_dir, name, value):
    """WENZHENG_CHROMA_PORT=abc or WENZHENG_TOP_K=-1: one line with the variable and the value."""
    out = run_cli(["ask", GDP], data_dir, **{f"WENZHENG_{name}": value})
    assert out.returncode == 1
    line = one_line(out.stderr)
    assert f"WENZHENG_{name}" in line and repr(value) in line


def test_bad_batch_lines_get_error_objects_and_the_rest_is_answered(data_dir, tmp_path):
    """Not JSON, a string history, no question, an empty one: each an {id, error}; others answer."""
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok1", "question": GDP}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "h", "question": "那今年呢", "history": "去年GDP"}),
                json.dumps({"id": "n"}),
                json.dumps({"id": "e", "question": "   "}),
                json.dumps({"id": "ok2", "question": GDP}, ensure_ascii=False),
            ]
        ),
        encoding="utf-8",
    )
    out = run_cli(["ask", "--batch", str(batch), "--json"], data_dir)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["ok1", "line 2", "h", "n", "e", "ok2"]
    for row in rows[1:5]:
        assert set(row) == {"id", "error"} and row["error"]
    assert "history" in rows[2]["error"] and "1620" in rows[5]["answer"]


@pytest.mark.parametrize("command", ["ask", "check"])
def test_a_gbk_batch_file_is_refused_whole_with_one_line(data_dir, tmp_path, command):
    """A batch saved in GBK: exit 2, one line naming the file, nothing on stdout."""
    batch = tmp_path / "gbk.jsonl"
    key = "question" if command == "ask" else "claim"
    batch.write_bytes(json.dumps({"id": 1, key: GDP}, ensure_ascii=False).encode("gbk"))
    out = run_cli([command, "--batch", str(batch), "--json"], data_dir)
    assert out.returncode == 2 and out.stdout == ""
    assert "gbk.jsonl" in one_line(out.stderr) and "UTF-8" in out.stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_batch_with_a_bom_is_read(data_dir, tmp_path, encoding):
    """UTF-8 with a BOM and UTF-16 (which always has one) are read like plain UTF-8."""
    batch = tmp_path / "bom.jsonl"
    batch.write_text(json.dumps({"id": "x", "question": GDP}, ensure_ascii=False), encoding)
    out = run_cli(["ask", "--batch", str(batch), "--json"], data_dir)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["id"] == "x"


def test_check_batch_gives_error_objects_for_bad_lines(data_dir, tmp_path):
    """`check --batch`: a bad line and a too long claim get errors, the good claim a verdict."""
    batch = tmp_path / "claims.jsonl"
    lines = [
        json.dumps({"id": "a", "claim": "2019年鼓楼区地区生产总值增长9%"}, ensure_ascii=False),
        json.dumps({"id": "b", "claim": ["not", "a", "string"]}),
        json.dumps({"id": "c", "claim": "增长9%，" * 2000}, ensure_ascii=False),
    ]
    batch.write_text("\n".join(lines), encoding="utf-8")
    out = run_cli(["check", "--batch", str(batch), "--json"], data_dir)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows[0]["verdict"] == "refuted"
    assert set(rows[1]) == set(rows[2]) == {"id", "error"}
    assert "characters" in rows[2]["error"]


def test_a_bad_report_stops_index_but_not_the_answers(tmp_path):
    """A sidecar with "year": "2020年": `index` names it and exits 1; `ask` keeps answering."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    data = tmp_path / "data"
    assert run_cli(["index"], data, WENZHENG_CORPUS_DIR=str(corpus)).returncode == 0
    (corpus / "bad.txt").write_text(
        "政府工作报告\n2019年政府工作回顾\n一句话。\n", encoding="utf-8"
    )
    meta = {"id": "bad", "title": "t", "issuer": "i", "year": "2020年", "date": "2020-01-01"}
    (corpus / "bad.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    out = run_cli(["index"], data, WENZHENG_CORPUS_DIR=str(corpus))
    assert out.returncode == 1 and "bad.json" in one_line(out.stderr)
    asked = run_cli(["ask", GDP, "--json"], data, WENZHENG_CORPUS_DIR=str(corpus))
    assert asked.returncode == 0 and json.loads(asked.stdout)["citations"]
    assert "changed since the index was built" in one_line(asked.stderr)
    skipped = run_cli(["index", "--skip-bad"], data, WENZHENG_CORPUS_DIR=str(corpus))
    assert skipped.returncode == 0 and "bad.txt" in skipped.stdout


def test_a_very_long_claim_is_refused_with_one_line(data_dir):
    """A claim of thousands of characters exits 2 with one line instead of checking for long."""
    out = run_cli(["check", "增长9%，" * 1_000], data_dir)
    assert out.returncode == 2 and "characters" in one_line(out.stderr)


def test_a_draft_without_sentence_marks_is_refused_with_one_line(data_dir, tmp_path):
    """A 420 k character draft with no sentence break exits 2 at once (it took 278 s before)."""
    draft = tmp_path / "draft.txt"
    draft.write_text("全区地区生产总值增长9%，" * 35_000, encoding="utf-8")
    out = run_cli(["check", "--file", str(draft)], data_dir)
    assert out.returncode == 2 and "characters" in one_line(out.stderr)


def test_a_planted_jieba_cache_in_the_temp_folder_is_ignored(data_dir, tmp_path):
    """Another user's `$TMPDIR/jieba.cache` does not change tokenization: ours is in DATA_DIR."""
    import marshal

    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir()
    with (shared_tmp / "jieba.cache").open("wb") as out:
        marshal.dump(({"鼓": 1}, 1), out)  # a dictionary that knows one character
    out = run_cli(["ask", GDP, "--json"], data_dir, TMPDIR=str(shared_tmp))
    assert out.returncode == 0, out.stderr
    assert "1620" in json.loads(out.stdout)["answer"]
    assert (data_dir / "cache" / "jieba.cache").is_file()
