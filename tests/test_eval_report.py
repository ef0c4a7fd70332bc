"""The eval runner end to end with a fake service, the gold reader, the LangChain baseline."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from wenzheng.bot.core.types import Answer, CheckResult, Citation, Retrieved
from wenzheng.corpus.model import Document, DocumentMeta
from wenzheng.eval import runner
from wenzheng.eval.baselines import CHUNK_SIZE, LangChainBaseline, embeddings_for, split_documents
from wenzheng.eval.report import METRICS_KEYS
from wenzheng.index.embedders import FakeEmbedder

from wenzheng.errors import InputError
from wenzheng.settings import Settings, packaged_corpus_dir

GDP = "预计全年实现地区生产总值1620亿元、增长8%"
REVENUE = "一般公共预算收入164.5亿元"
PASSAGES = [
    "——经济发展稳健前行。",
    GDP + "，其中服务业增加值增长9%；",
    REVENUE + "；固定资产投资302亿元、增长8%；",
]
QUESTIONS = [
    {
        "id": "q1",
        "type": "result_2019",
        "question": "2019年GDP多少？",
        "history": [],
        "answerable": True,
        "answer_facts": [["1620亿元"]],
        "evidence": [GDP],
    },
    {
        "id": "q2",
        "type": "followup",
        "question": "那财政收入呢？",
        "history": ["2019年GDP多少？"],
        "answerable": True,
        "answer_facts": [["164.5亿元"]],
        "evidence": [REVENUE],
    },
    {"id": "q10", "type": "unanswerable", "question": "福州GDP多少？", "answerable": False},
    {"id": "q3", "question": "固定资产投资多少？"},  # only the required fields
]
CLAIMS = [
    {"id": "c1", "claim": "2019年地区生产总值1620亿元。", "label": "supported", "evidence": [GDP]},
    {"id": "c2", "claim": "2019年有外星人。", "label": "not_found", "evidence": []},
]


class FakeService:
    """A canned service: fixed answers per question, recording how it was called."""

    def __init__(self) -> None:
        self.embedder = FakeEmbedder()
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """q1 right, q2 refused (wrong), q10 answered (wrong), q3 raises."""
        self.calls.append((question, tuple(history)))
        ranking = tuple(Retrieved(f"p{i}", t, 1.0) for i, t in enumerate(PASSAGES))
        if question.startswith("2019年GDP"):
            quote = Citation("p1", "gulou-2020", "回顾", PASSAGES[1])
            return Answer(question, "1620亿元，增长8%。", False, (quote,), ranking)
        if question.startswith("福州"):
            return Answer(question, "大约2000亿元。", False, (), ranking)
        if question.startswith("固定资产"):
            raise RuntimeError("index is on fire")
        return Answer(question, "报告没有提到。", True, (), ranking[::-1])

    def check(self, claim: str) -> CheckResult:
        """Every claim comes back supported, quoting the GDP passage."""
        return CheckResult(claim, "supported", (Citation("p1", "d", "s", PASSAGES[1]),))

    def baseline_retrievers(self):  # type: ignore[no-untyped-def]
        """Three naive rankings: passage order, reversed, and empty."""
        hits = [Retrieved(f"p{i}", t, 1.0) for i, t in enumerate(PASSAGES)]
        return {"bm25": lambda q: hits, "dense": lambda q: hits[::-1], "fusion": lambda q: []}


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    """Write rows as JSONL."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse a command line with the eval subcommand registered."""
    parser = argparse.ArgumentParser(prog="wenzheng")
    runner.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings over the packaged corpus and a throwaway data folder."""
    return Settings(
        corpus_dir=packaged_corpus_dir(),
        data_dir=tmp_path / "data",
        embedding_model="fake",
        _env_file=None,
    )


def test_run_writes_every_report_file(tmp_path: Path, settings: Settings) -> None:
    """A full run with claims and baselines writes metrics, results, claims, report and plot."""
    questions = write_jsonl(tmp_path / "q.jsonl", QUESTIONS)
    claims = write_jsonl(tmp_path / "c.jsonl", CLAIMS)
    out = tmp_path / "out"
    service = FakeService()
    args = parse(
        ["eval", "--questions", str(questions), "--claims", str(claims), "--out", str(out)]
    )
    assert runner.run(args, settings, service) == 0

    # questions reach the service exactly as written, history included
    assert ("那财政收入呢？", ("2019年GDP多少？",)) in service.calls
    metrics = json.loads((out / "metrics.json").read_text("utf-8"))
    assert set(metrics) == set(METRICS_KEYS)
    assert metrics["answer_accuracy"] == 1 / 3  # q1 right; q2 refused; q3 errored
    assert metrics["refusal_accuracy"] == 0.0
    assert metrics["verdict_accuracy"] == 1 / 2
    assert set(metrics["baselines"]) == {"pipeline", "bm25", "dense", "fusion", "langchain"}
    assert metrics["baselines"]["bm25"]["mrr"] == (1 / 2 + 1 / 3) / 2  # GDP at 2, revenue at 3
    assert metrics["baselines"]["fusion"]["recall_at_5"] == 0.0
    assert metrics["counts"]["errors"] == 1

    rows = [json.loads(line) for line in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["q2", "q3", "q10", "q1"]  # failures first, natural id order
    assert rows[1]["why"].startswith("wrong: the service failed")
    assert (out / "claims_results.jsonl").exists()
    report = (out / "report.md").read_text("utf-8")
    assert "## Failures (3 of 4)" in report and "那财政收入呢？" in report
    assert (out / "retrieval.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_without_baselines_or_claims(tmp_path: Path, settings: Settings, capsys) -> None:
    """--no-baselines keeps only the pipeline ranking; no claims gives a null verdict accuracy."""
    questions = write_jsonl(tmp_path / "q.jsonl", QUESTIONS[:2])
    out = tmp_path / "out"
    args = parse(["eval", "--questions", str(questions), "--out", str(out), "--no-baselines"])
    assert runner.run(args, settings, FakeService()) == 0
    metrics = json.loads((out / "metrics.json").read_text("utf-8"))
    assert list(metrics["baselines"]) == ["pipeline"]
    assert metrics["verdict_accuracy"] is None
    assert not (out / "claims_results.jsonl").exists()
    assert "answer accuracy 50.0%" in capsys.readouterr().out


def test_optional_fields_take_defaults(tmp_path: Path) -> None:
    """A question with only id and question is answerable, untyped, without facts or history."""
    (q,) = runner.load_questions(write_jsonl(tmp_path / "q.jsonl", [QUESTIONS[3]]))
    assert (q.type, q.answerable, q.history, q.answer_facts, q.evidence) == (
        "untyped",
        True,
        (),
        (),
        (),
    )


def test_a_chat_history_keeps_what_the_user_said(tmp_path: Path) -> None:
    """History written as chat turns reaches the service as the user's own messages."""
    turns = [
        {"role": "user", "content": "2019年GDP多少？"},
        {"role": "assistant", "content": "1620亿元。"},
    ]
    row = {"id": "f1", "question": "增长多少？", "history": turns}
    (q,) = runner.load_questions(write_jsonl(tmp_path / "q.jsonl", [row]))
    assert q.history == ("2019年GDP多少？",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "q.jsonl:2:"),
        ('{"id": "x"}', "'question'"),
        ('{"id": "x", "question": "?", "answer_facts": "1620"}', "answer_facts"),
        ('{"id": "q1", "question": "?"}', "duplicate id 'q1'"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_bad_line_names_the_line(tmp_path: Path, line: str, message: str) -> None:
    """A bad second line raises InputError naming the file, the line and the problem."""
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(QUESTIONS[0]) + "\n" + line + "\n", "utf-8")
    with pytest.raises(InputError, match=r"q\.jsonl:2: ") as info:
        runner.load_questions(path)
    assert message in str(info.value)


def test_bad_claim_label_is_rejected(tmp_path: Path) -> None:
    """A claim label outside supported/refuted/not_found is an error naming the line."""
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "c", "claim": "x", "label": "true"}])
    with pytest.raises(InputError, match=r"c\.jsonl:1: .*label"):
        runner.load_claims(path)


def test_langchain_baseline_finds_a_chunk_by_its_own_text() -> None:
    """Chunks stay within 500 characters and a chunk's own text ranks it first of k=4."""
    paragraphs = [
        f"第{i}段。" + "".join(f"事项{i}-{j}进展顺利，" for j in range(40)) + "完成。"
        for i in range(6)
    ]
    meta = DocumentMeta(id="toy", title="玩具报告", issuer="区政府", year=2020, date="2020-01-01")
    doc = Document(meta=meta, text="\n\n".join(paragraphs), passages=())
    chunks = split_documents([doc])
    assert len(chunks) > 3 and all(len(text) <= CHUNK_SIZE for _, text, _ in chunks)
    baseline = LangChainBaseline([doc], embeddings_for(FakeEmbedder()))
    try:
        hits = baseline(chunks[2][1])
        assert len(hits) == 4 and hits[0].id == chunks[2][0]
    finally:
        baseline.close()


def test_the_decision_curve_counts_answerable_questions_above_each_threshold():
    """Precision and recall of answering at a threshold come from confidence and the gold."""
    from wenzheng.eval.report import decision_curve

    rows = [
        {"answerable": True, "confidence": 0.9},
        {"answerable": True, "confidence": 0.35},
        {"answerable": False, "confidence": 0.55},
        {"answerable": False, "confidence": None},  # refused before the decision
    ]
    curve = {round(t, 1): (p, r, n) for t, p, r, n in decision_curve(rows)}
    assert curve[0.3] == (2 / 3, 1.0, 3)
    assert curve[0.6] == (1.0, 0.5, 1)


def test_drafts_are_scored_by_sentence_detection_and_verdict():
    """A draft's factual sentences must get their verdict; its opinions none."""
    from wenzheng.bot.core.types import CheckResult
    from wenzheng.eval.drafts import score_drafts

    class Checker:
        def check_draft(self, text):
            return [
                CheckResult(claim="GDP增长8%。", verdict="supported"),
                CheckResult(claim="GDP是1500亿元。", verdict="supported"),
            ]

    draft = {
        "id": "d",
        "text": "GDP增长8%。GDP是1500亿元。成绩令人振奋。",
        "sentences": [
            {"text": "GDP增长8%。", "label": "supported"},
            {"text": "GDP是1500亿元。", "label": "refuted"},
            {"text": "成绩令人振奋。", "label": "opinion"},
        ],
    }
    got = score_drafts(Checker(), [draft])
    assert got["factual_found"] == 1.0 and got["opinions_skipped"] == 1.0
    assert got["verdict_accuracy"] == 0.5 and got["false_supported"] == 1
