"""`wenzheng bot`: run the Telegram bot (polling, or a webhook when one is configured)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import Any

from wenzheng.bot.core.types import QAService

from wenzheng.settings import Settings

# `wenzheng.cli` builds the service for adapters unless told otherwise; this one checks the
# token first (so a missing token fails in a second, not after the models load) and then
# builds the service itself.
NEEDS_SERVICE = False

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the `bot` subcommand and return its parser."""
    parser = subparsers.add_parser(
        "bot",
        help="run the Telegram bot",
        description="Run the Telegram bot: polling by default, a webhook when "
        "WENZHENG_TELEGRAM_WEBHOOK_URL is set. See docs/telegram.md.",
    )
    parser.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log level of the running bot (default INFO)",
    )
    parser.add_argument(
        "--log-messages",
        action="store_true",
        help="with --log-level DEBUG, also log updates as received: message texts, names and "
        "ids (personal data; also WENZHENG_TELEGRAM_LOG_MESSAGES=true)",
    )
    return parser


def configure_logging(level: str, log_messages: bool = False) -> None:
    """Log to stderr at `level`; keep httpx at WARNING (it logs URLs holding the token).

    python-telegram-bot logs whole updates at DEBUG (texts, names, ids): its loggers stay
    at INFO unless message logging is asked for explicitly.
    """
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format=LOG_FORMAT, stream=sys.stderr)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    quiet = level == "DEBUG" and not log_messages
    logging.getLogger("telegram").setLevel(logging.INFO if quiet else logging.NOTSET)


def _default_factory(settings: Settings) -> QAService:
    """The real answering service (imported here: it loads models)."""
    from wenzheng.bot.service import Wenzheng

    return Wenzheng.from_settings(settings)


def run(
    args: argparse.Namespace,
    settings: Settings,
    service_factory: Callable[[Settings], QAService] | None = None,
) -> int:
    """Check the token, configure logging, build the service and run the bot until stopped."""
    from wenzheng.bot.telegram.app import require_token, run_bot

    require_token(settings)  # ConfigError with a one-line message if missing
    log_messages = getattr(args, "log_messages", False) or settings.telegram_log_messages
    configure_logging(getattr(args, "log_level", "INFO"), log_messages)
    run_bot(settings, service_factory or _default_factory)
    return 0
