"""Running the Application: start (retrying an unreachable Bot API), serve, stop for good.

python-telegram-bot's `run_polling` turns an unreachable Bot API at start into a long
traceback, and when the token is revoked while polling it logs the error and keeps the
process alive with nothing polling. Here a start failure is one error (ConfigError for a
rejected token, BotApiUnavailable after the retries), and a token rejected later stops the
bot with ConfigError, so a supervisor sees the process exit non-zero.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any

from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from wenzheng.errors import BotApiUnavailable, ConfigError
from wenzheng.settings import Settings

logger = logging.getLogger(__name__)

STOP = "wenzheng.stop"  # bot_data key: an asyncio.Event that ends `serve`
REVOKED = "wenzheng.revoked"  # bot_data key: set when Telegram rejected the token while running
FAILED = "wenzheng.failed"  # bot_data key: why polling ended by itself
POLLING_TASK = "Updater:start_polling:polling_task"  # the name PTB 22 gives its polling task
MAX_PAUSE = 30.0

REJECTED = "Telegram rejected WENZHENG_TELEGRAM_TOKEN (check it with @BotFather)"
REVOKED_MESSAGE = (
    "Telegram rejected WENZHENG_TELEGRAM_TOKEN while the bot was running (revoked with "
    "@BotFather?); the bot stopped"
)


def api_address(settings: Settings) -> str:
    """Where the Bot API is, for messages: the base URL without the token."""
    return settings.telegram_base_url or "https://api.telegram.org/bot"


async def start(app: Application, settings: Settings, token: str) -> None:
    """Initialize the application (getMe), retrying an unreachable Bot API with growing pauses."""
    attempts = settings.telegram_start_retries + 1
    pause = 1.0
    for attempt in range(1, attempts + 1):
        try:
            await app.initialize()
            return
        except InvalidToken:
            raise ConfigError(REJECTED) from None  # PTB's message quotes the token
        except NetworkError as exc:  # TimedOut is a NetworkError too
            reason = str(exc).replace(token, "<telegram-token>")
            if attempt == attempts:
                raise BotApiUnavailable(
                    f"cannot reach the Telegram Bot API at {api_address(settings)} "
                    f"after {attempts} attempt(s): {reason}"
                ) from None
            logger.warning(
                "The Telegram Bot API at %s is unreachable (%s); retrying in %.0f s "
                "(attempt %d of %d)",
                api_address(settings),
                reason,
                pause,
                attempt + 1,
                attempts,
            )
            await asyncio.sleep(pause)
            pause = min(pause * 2, MAX_PAUSE)


async def serve(app: Application, settings: Settings, token: str, **updater: Any) -> None:
    """Start, poll (or serve the webhook given in `updater`) until stopped, then shut down.

    Stops on SIGINT/SIGTERM, when `app.bot_data[STOP]` is set, or when polling ends because
    Telegram rejected the token; the last raises ConfigError after a clean shutdown.
    """
    await start(app, settings, token)
    stop = asyncio.Event()
    app.bot_data[STOP] = stop
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not main thread, Windows
            loop.add_signal_handler(sig, stop.set)
    try:
        if app.post_init:
            await app.post_init(app)
        if "webhook_url" in updater:
            await app.updater.start_webhook(**updater)  # type: ignore[union-attr]
        else:
            await app.updater.start_polling(  # type: ignore[union-attr]
                error_callback=_polling_error, **updater
            )
        await app.start()
        await _wait_until_stopped(app, stop, _polling_task())
    except InvalidToken:
        raise ConfigError(REJECTED) from None
    finally:
        await _shut_down(app)
    if app.bot_data.get(REVOKED):
        raise ConfigError(REVOKED_MESSAGE)
    if app.bot_data.get(FAILED):
        raise BotApiUnavailable(app.bot_data[FAILED])


def _polling_task() -> asyncio.Task | None:
    """PTB's polling task (it ends for good when the token is rejected), if polling."""
    return next((t for t in asyncio.all_tasks() if t.get_name() == POLLING_TASK), None)


async def _wait_until_stopped(
    app: Application, stop: asyncio.Event, polling: asyncio.Task | None
) -> None:
    """Until `stop` is set or polling ended (a rejected token: recorded, to exit non-zero)."""
    stopping = asyncio.create_task(stop.wait())
    watched = {stopping} | ({polling} if polling else set())
    await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if polling is not None and polling.done() and not polling.cancelled():
        error = polling.exception()
        if isinstance(error, InvalidToken):
            token_rejected(app)
        elif error is not None:
            app.bot_data[FAILED] = f"polling stopped: {type(error).__name__}: {error}"


def _polling_error(exc: TelegramError) -> None:
    """A failed getUpdates: PTB retries with growing pauses; say so in one line."""
    logger.warning("Polling failed (%s: %s); retrying", type(exc).__name__, exc)


async def _shut_down(app: Application) -> None:
    """Stop the updater and the application, whatever state they are in."""
    if app.updater is not None and app.updater.running:
        with contextlib.suppress(TelegramError):  # re-raised from a polling task that died
            await app.updater.stop()
    if app.running:
        await app.stop()
    if app.post_stop:
        await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


def token_rejected(app: Application) -> None:
    """Record that Telegram rejected the token while running and stop the bot."""
    app.bot_data[REVOKED] = True
    stop = app.bot_data.get(STOP)
    if stop is not None:
        stop.set()
