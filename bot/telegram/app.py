"""Wiring of the Telegram bot: the Application, its settings, token redaction, run modes."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import AIORateLimiter, Application
from wenzheng.bot.core.feedback import FeedbackStore
from wenzheng.bot.core.types import QAService
from wenzheng.bot.telegram.flow import ChatLimiter
from wenzheng.bot.telegram.handlers import ChatHistory, TelegramHandlers
from wenzheng.bot.telegram.lifecycle import serve

from wenzheng.errors import ConfigError
from wenzheng.settings import Settings

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
CONCURRENT_UPDATES = 64  # updates handled at once; the core calls share a smaller thread pool
REDACTED = "<telegram-token>"


class TokenRedactingFilter(logging.Filter):
    """Replaces the bot token in log messages and tracebacks (httpx and PTB put it in URLs).

    Expected Telegram failures (a rejected token, the network) lose their traceback: the
    message says what happened, and a 40-line stack says nothing more about it.
    """

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drops it."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let the handler report it as usual
            return True
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, InvalidToken | NetworkError):
            message = f"{message} ({type(error).__name__}: {error})"
            record.msg, record.args, record.exc_info, record.exc_text = message, None, None, None
        if self.token in message:
            record.msg, record.args = message.replace(self.token, REDACTED), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, REDACTED)
        if record.stack_info and self.token in record.stack_info:
            record.stack_info = record.stack_info.replace(self.token, REDACTED)
        return True


def install_token_filter(token: str) -> None:
    """Put a redacting filter on every root handler (once each) and quiet httpx to WARNING."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    handlers = [*logging.getLogger().handlers, logging.lastResort]  # lastResort: no config
    for handler in filter(None, handlers):
        if not any(
            isinstance(f, TokenRedactingFilter) and f.token == token for f in handler.filters
        ):
            handler.addFilter(TokenRedactingFilter(token))


def require_token(settings: Settings) -> str:
    """The bot token, or ConfigError if it is not set."""
    token = settings.telegram_token.get_secret_value().strip() if settings.telegram_token else ""
    if not token:
        raise ConfigError(
            "WENZHENG_TELEGRAM_TOKEN is not set: create a bot with @BotFather and set the token"
            " (see docs/telegram.md)"
        )
    return token


def build_application(
    settings: Settings, service: QAService, *, feedback: FeedbackStore | None = None
) -> Application:
    """The configured Application: handlers, rate limiter, concurrency, base URL."""
    token = require_token(settings)
    install_token_filter(token)
    handlers = TelegramHandlers(
        service,
        feedback or _feedback_store(settings),
        ChatHistory(settings.history_turns, settings.telegram_history_ttl),
        limiter=ChatLimiter(settings.telegram_chat_burst, settings.telegram_chat_interval),
    )
    builder = (
        Application.builder()
        .token(token)
        .concurrent_updates(CONCURRENT_UPDATES)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(handlers.post_init)
        .post_shutdown(handlers.close)
    )
    if settings.telegram_base_url:
        # PTB appends the token to base_url ("http://host:8081/bot" -> ".../bot<token>/getMe")
        # unless the URL holds a "{token}" placeholder.
        builder = builder.base_url(settings.telegram_base_url)
        if settings.telegram_base_url.endswith("/bot"):  # a local Bot API server's layout
            builder = builder.base_file_url(settings.telegram_base_url[: -len("bot")] + "file/bot")
    app = builder.build()
    handlers.register(app)
    return app


def _feedback_store(settings: Settings) -> FeedbackStore:
    """The feedback store in the (0700) data dir, keyed by WENZHENG_FEEDBACK_KEY if set."""
    settings.ensure_data_dir()
    key = settings.feedback_key.get_secret_value() if settings.feedback_key else None
    return FeedbackStore.in_dir(settings.data_dir, key)


def webhook_options(settings: Settings, secret_token: str | None = None) -> dict[str, Any]:
    """Arguments of `Application.run_webhook` for the configured public webhook URL."""
    url = settings.telegram_webhook_url or ""
    return {
        "listen": "0.0.0.0",  # a webhook server must accept outside connections
        "port": settings.telegram_webhook_port,
        "url_path": urlsplit(url).path.lstrip("/"),
        "webhook_url": url,
        "secret_token": secret_token or secrets.token_urlsafe(32),
        "allowed_updates": ALLOWED_UPDATES,
    }


def run_bot(settings: Settings, service_factory: Callable[[Settings], QAService]) -> None:
    """Load the service, then poll (default) or serve a webhook until stopped.

    ConfigError when Telegram rejects the token (at start or later: the bot then stops);
    BotApiUnavailable when the Bot API cannot be reached at start after the retries.
    """
    token = require_token(settings)
    service = service_factory(settings)
    app = build_application(settings, service)
    if settings.telegram_webhook_url:
        logger.info("Starting webhook on port %d", settings.telegram_webhook_port)
        options = webhook_options(settings)
    else:
        logger.info("Starting polling")
        options = {"allowed_updates": ALLOWED_UPDATES}
    asyncio.run(serve(app, settings, token, **options))
