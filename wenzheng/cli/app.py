"""The `wenzheng` command: index, ask, chat, check, eval, bench, bot, serve.

The only place (with the Telegram entry) that turns errors into text for people: one line
on stderr and an exit status: 0 done, 1 an error (bad setting, corpus, index, model), 2 bad
input (empty question, unreadable batch file), 3 a server is unreachable or was lost
(Chroma, the Telegram Bot API), 130 interrupted. Only `wenzheng index` changes an index.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from wenzheng.batch import BatchItem, read_items, results
from wenzheng.errors import BotApiUnavailable, InputError, StoreUnavailable, WenzhengError
from wenzheng.settings import Settings, load_settings

log = logging.getLogger(__name__)

EXIT_ERROR, EXIT_USAGE, EXIT_UNAVAILABLE, EXIT_INTERRUPTED = 1, 2, 3, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `wenzheng` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = load_settings()
        return int(args.handler(args, settings) or 0)
    except InputError as exc:
        return _fail(exc, EXIT_USAGE)
    except StoreUnavailable as exc:
        return _fail(f"{exc} (start it, or unset WENZHENG_CHROMA_HOST)", EXIT_UNAVAILABLE)
    except BotApiUnavailable as exc:
        return _fail(exc, EXIT_UNAVAILABLE)
    except WenzhengError as exc:
        return _fail(exc, EXIT_ERROR)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`wenzheng ask ... | head`): leave quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        if args.verbose:
            raise  # -v: the whole traceback, for a bug report
        first = str(exc).splitlines()[0] if str(exc) else ""
        return _fail(f"unexpected {type(exc).__name__}: {first} (run with -v for details)", 1)


def _fail(message: object, status: int) -> int:
    """Print one line for people on stderr and return the exit status."""
    print(f"wenzheng: {' '.join(str(message).split())}", file=sys.stderr)
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="wenzheng", description="问政: ask government work reports, with cited passages."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (INFO)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser(
        "index",
        help="build or update the index (the only command that changes it)",
        description="Check the corpus and the embedding model, build a new index beside the "
        "current one (re-embedding only changed passages) and swap it in. On any error the "
        "current index stays as it was.",
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="index the usable reports and name the unusable ones (default: stop, change nothing)",
    )
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser(
        "add",
        help="copy report files into the corpus, show their metadata, and index",
        description="Copy report files (.txt, .docx, .pdf, .html; a NAME.json sidecar beside "
        "one is copied with it) into the corpus folder, print the metadata read for each, then "
        "run `wenzheng index`. A file already in the corpus with other content is refused.",
    )
    p.add_argument("files", nargs="+", type=Path, help="report files")
    p.add_argument("--replace", action="store_true", help="overwrite files of the same name")
    p.set_defaults(handler=cmd_add, skip_bad=False)

    p = sub.add_parser("ask", help="answer a question with cited passages")
    p.add_argument("question", nargs="?", help="the question (omit with --batch)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--batch", type=Path, help="JSONL file: one {id, question, history} a line; streamed"
    )
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
    """`wenzheng index`: build a new index aside and swap it in; say what changed."""
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.index.build import build_index
    from wenzheng.index.embedders import load_embedder
    from wenzheng.index.keyword import in_dictionary, use_cache_dir

    use_cache_dir(settings.cache_dir)  # before the dictionary is read (domain words)
    report = build_index(
        settings,
        lambda: load_embedder(settings.embedding_model, settings.models_dir),
        domain_words=Lexicon.load().domain_words(in_dictionary),
        progress=_progress,
        skip_bad=args.skip_bad,
    )
    print(report.summary())
    return 0


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    """`wenzheng add FILE...`: check and copy reports into the corpus, then index."""
    import shutil

    from wenzheng.corpus.formats import SUFFIXES, supported
    from wenzheng.corpus.loader import load_document

    corpus = settings.corpus_dir
    plan: list[tuple[Path, Path]] = []
    for src in args.files:
        if not src.is_file():
            raise InputError(f"no such file: {src}")
        if not supported(src):
            raise InputError(f"{src}: not a report file ({', '.join(SUFFIXES)})")
        for path in (src, src.with_suffix(".json")):
            target = corpus / path.name
            if not path.is_file() or (path != src and path.suffix == src.suffix):
                continue
            if target.exists() and target.read_bytes() != path.read_bytes() and not args.replace:
                raise InputError(f"{target} exists with other content (use --replace)")
            plan.append((path, target))
    metas = [load_document(src).meta for src in args.files]  # every file usable before copying
    corpus.mkdir(parents=True, exist_ok=True)
    for path, target in plan:
        if path.resolve() != target.resolve():
            shutil.copyfile(path, target)
    for src, m in zip(args.files, metas, strict=True):
        print(
            f"{src.name}: id={m.id} title={m.title} region={m.region or '?'} year={m.year} "
            f"date={m.date} speaker={m.speaker or '?'} issuer={m.issuer}"
        )
    return cmd_index(args, settings)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """`wenzheng ask`: one question, or a JSONL batch answered line by line as it goes."""
    if args.batch is None and (args.question is None or not args.question.strip()):
        raise InputError('the question is empty: wenzheng ask "问题"')
    items = read_items(args.batch, "question") if args.batch else None
    if items is not None:
        items = _peek(items)  # a file that cannot be decoded fails before the models load
    service = load_service(settings)
    if items is None:
        answer = service.answer(args.question, args.history)
        print(
            json.dumps(answer.to_json(), ensure_ascii=False) if args.json else render_answer(answer)
        )
        return 0

    def handle(item: BatchItem) -> str:
        history = _history(item.fields.get("history"))
        answer = service.answer(item.fields["question"], history)
        if args.json:
            return json.dumps({"id": item.id, **answer.to_json()}, ensure_ascii=False)
        return f"## {item.id}: {item.fields['question']}\n{render_answer(answer)}\n"

    for line in results(items, handle, args.json):
        print(line, flush=True)
    return 0


def _peek(items: Iterator[BatchItem]) -> Iterator[BatchItem]:
    """Start reading a batch now (decoding the whole file), hand back every item."""
    first = next(items, None)
    return itertools.chain([first] if first is not None else [], items)


def _history(value: Any) -> list[str]:
    """A batch item's earlier questions: a list of strings (or nothing)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(h, str) for h in value):
        got = type(value).__name__ if not isinstance(value, list) else "a list with non-strings"
        raise InputError(f'"history" must be a list of earlier questions (strings), got {got}')
    return value


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
        try:
            answer = service.answer(question, history)
        except InputError as exc:
            print(f"（{exc}）", flush=True)
            continue
        print(render_answer(answer) + "\n", flush=True)
        history = [*history, question][-settings.history_turns :]
    return 0


def _configure_logging(verbose: bool) -> None:
    """Log to stderr; quiet chatty libraries."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in (
        "httpx",
        "httpx2",
        "openai",
        "chromadb",
        "jieba",
        "sentence_transformers",
        "urllib3",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
