"""The `wenzheng` command: index, ask, chat, check, eval, bench, bot, serve.

The only place (with the Telegram entry) that turns errors into text for people.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wenzheng.errors import InputError, StoreUnavailable, WenzhengError
from wenzheng.settings import Settings

EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `wenzheng` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = Settings()
        return int(args.handler(args, settings) or 0)
    except InputError as exc:
        print(f"wenzheng: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreUnavailable as exc:
        print(f"wenzheng: {exc} (start it, or unset WENZHENG_CHROMA_HOST)", file=sys.stderr)
        return 3
    except WenzhengError as exc:
        print(f"wenzheng: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`wenzheng ask ... | head`): leave quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="wenzheng", description="问政: ask government work reports, with cited passages."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (INFO)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("index", help="build or update the index (incremental)")
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser("ask", help="answer a question with cited passages")
    p.add_argument("question", nargs="?", help="the question (omit with --batch)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--batch", type=Path, help="JSONL file: one {id, question, history} a line")
    p.add_argument(
        "--history", action="append", default=[], help="an earlier question (repeatable)"
    )
    p.set_defaults(handler=cmd_ask)

    p = sub.add_parser("chat", help="interactive questions with follow-ups")
    p.set_defaults(handler=cmd_chat)

    _add_optional(sub, "wenzheng.bot.factcheck.cli")
    _add_optional(sub, "wenzheng.eval.runner")
    _add_optional(sub, "wenzheng.eval.bench")
    _add_optional(sub, "wenzheng.bot.telegram.cli")
    _add_optional(sub, "wenzheng.bot.web.cli")
    return parser


def _add_optional(sub: Any, module: str) -> None:
    """Register a subcommand defined by an adapter module (`add_parser` + `run`)."""
    import importlib

    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return  # an adapter not installed in this build

    parser = mod.add_parser(sub)
    parser.set_defaults(handler=lambda args, settings: _run_adapter(mod, args, settings))


def _run_adapter(mod: Any, args: argparse.Namespace, settings: Settings) -> int:
    """Run an adapter's subcommand; adapters that need the service get it built here."""
    if getattr(mod, "NEEDS_SERVICE", True):
        return int(mod.run(args, settings, load_service(settings)) or 0)
    return int(mod.run(args, settings) or 0)


def load_service(settings: Settings) -> Any:
    """Build the answering service, reporting first-use index building on stderr."""
    from wenzheng.bot.service import Wenzheng

    return Wenzheng.from_settings(settings, progress=_progress)


def _progress(stage: str, done: int, total: int) -> None:
    """Progress of index building, on one stderr line."""
    end = "\n" if done >= total else "\r"
    print(f"{stage}: {done}/{total} passages", end=end, file=sys.stderr, flush=True)


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    """`wenzheng index`: bring the index up to date and say what changed."""
    service = load_service(settings)
    print(service.index.report.summary())
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """`wenzheng ask`: one question, or a JSONL batch with the models loaded once."""
    if args.batch is None and (args.question is None or not args.question.strip()):
        raise InputError('the question is empty: wenzheng ask "问题"')
    questions = _read_batch(args.batch) if args.batch else None
    service = load_service(settings)
    if questions is None:
        answer = service.answer(args.question, args.history)
        print(
            json.dumps(answer.to_json(), ensure_ascii=False) if args.json else render_answer(answer)
        )
        return 0
    for item in questions:
        answer = _answer_item(service, item)
        if args.json:
            print(json.dumps({"id": item.get("id"), **answer}, ensure_ascii=False), flush=True)
        else:
            print(f"## {item.get('id')}: {item['question']}\n{answer['rendered']}\n", flush=True)
    return 0


def _answer_item(service: Any, item: dict[str, Any]) -> dict[str, Any]:
    """Answer one batch item; an empty question becomes an error field, not a crash."""
    try:
        answer = service.answer(item["question"], item.get("history") or [])
    except InputError as exc:
        return {
            "question": item.get("question", ""),
            "error": str(exc),
            "answer": "",
            "refused": True,
            "citations": [],
            "retrieved": [],
            "rendered": str(exc),
        }
    return {**answer.to_json(), "rendered": render_answer(answer)}


def _read_batch(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL batch of {id, question, history}."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    items = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc})") from exc
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            raise InputError(f'{path}:{n}: needs a "question" string')
        items.append(item)
    return items


def render_answer(answer: Any) -> str:
    """Readable answer: the direct answer, then numbered citations with their quotes."""
    lines = [answer.text]
    for n, c in enumerate(answer.citations, start=1):
        lines.append(f"\n[{n}] {c.document} › {c.section}\n    “{c.quote}”")
    return "\n".join(lines)


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """`wenzheng chat`: a question-and-answer session that remembers recent questions."""
    service = load_service(settings)
    history: list[str] = []
    print("问政 · 输入问题，/reset 清空上下文，/quit 退出", file=sys.stderr)
    for line in sys.stdin:
        question = line.strip()
        if question in ("/quit", "/exit"):
            break
        if question == "/reset":
            history.clear()
            print("（已清空上下文）", flush=True)
            continue
        if not question:
            continue
        print(render_answer(service.answer(question, history)) + "\n", flush=True)
        history = [*history, question][-settings.history_turns :]
    return 0


def _configure_logging(verbose: bool) -> None:
    """Log to stderr; quiet chatty libraries."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "chromadb", "jieba", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
