"""Telegram handlers: commands, questions, buttons and errors, over a QAService.

Edited messages are answered again: the edited text is treated as a new question and the
reply says so. The core is synchronous and CPU-bound, so every call to it runs in a small
thread pool, off the event loop, while Telegram shows "typing…".
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from wenzheng.bot.core.feedback import FeedbackStore
from wenzheng.bot.core.query import MAX_QUESTION_CHARS
from wenzheng.bot.core.types import Answer, CheckResult, Citation, QAService
from wenzheng.bot.telegram import render
from wenzheng.bot.telegram.flow import Admission, Busy, ChatLimiter, FairQueue
from wenzheng.bot.telegram.history import ChatHistory
from wenzheng.bot.telegram.lifecycle import token_rejected

from wenzheng.errors import InputError

logger = logging.getLogger(__name__)

T = TypeVar("T")
Context = ContextTypes.DEFAULT_TYPE

TYPING_EVERY = 4.0  # seconds; Telegram shows "typing…" for about 5 s (a model may take 20+)
TRUNCATED_NOTE = f"问题过长，只按前 {MAX_QUESTION_CHARS} 字处理。"

COMMANDS = (
    BotCommand("ask", "提问，例如 /ask 2019年地区生产总值是多少？"),
    BotCommand("check", "核对一句话是否与报告一致"),
    BotCommand("reset", "清空追问记录"),
    BotCommand("help", "使用说明和示例问题"),
)


@dataclass(frozen=True)
class Target:
    """Where a reply goes: the chat, the message to quote (groups) and the forum topic."""

    chat_id: int
    reply_to: int | None = None
    thread_id: int | None = None


def _is_group(message: Message) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def _thread(message: object) -> int | None:
    """The forum topic of a (possibly inaccessible) message, if any."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None


def _target(message: Message) -> Target:
    """Reply in the message's chat; quote the message in groups so it is clear who is meant."""
    reply_to = message.message_id if _is_group(message) else None
    return Target(message.chat_id, reply_to, _thread(message))


def _message(update: Update) -> Message:
    """The update's message; every message handler here is registered for message updates."""
    if update.effective_message is None:
        raise TypeError("handler registered for messages got an update without one")
    return update.effective_message


def prepare_question(text: str | None) -> tuple[str, str]:
    """The question to send to the core (whitespace collapsed, truncated) and a note if cut."""
    question = " ".join((text or "").split())
    if len(question) > MAX_QUESTION_CHARS:
        return question[:MAX_QUESTION_CHARS], TRUNCATED_NOTE
    return question, ""


def command_payload(message: Message) -> str:
    """The text after "/command", or else the replied-to message's text."""
    text = message.text or ""
    entity = next(iter(message.entities), None)
    payload = text[entity.length :] if entity and entity.type == MessageEntity.BOT_COMMAND else ""
    if not payload.strip() and message.reply_to_message:
        replied = message.reply_to_message
        payload = replied.text or replied.caption or ""
    return payload.strip()


def addressed_text(message: Message, bot: Bot) -> str | None:
    """The question in a message meant for the bot, or None if it is not for the bot."""
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    if not _is_group(message):
        return None
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == bot.id:
        return text
    mention = f"@{bot.username}".lower()
    at = text.lower().find(mention) if bot.username else -1
    return None if at < 0 else text[:at] + text[at + len(mention) :]


class TelegramHandlers:
    """The bot's behaviour; `register` adds its handlers to an Application."""

    def __init__(
        self,
        service: QAService,
        feedback: FeedbackStore,
        history: ChatHistory,
        workers: int = 4,
        limiter: ChatLimiter | None = None,
    ) -> None:
        self.service = service
        self.feedback = feedback
        self.history = history
        self.registry = render.CallbackRegistry()
        self.limiter = limiter or ChatLimiter(burst=8, interval=3.0)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="wenzheng")
        # questions and claims: chats take turns, one each in the core at a time
        self.queue = FairQueue(self._executor, workers, per_chat=self.limiter.burst)

    def register(self, app: Application) -> None:
        """Add every handler and the error handler to the application."""
        messages = filters.UpdateType.MESSAGES  # new and edited messages
        app.add_handler(CommandHandler(["start", "help"], self.help))
        app.add_handler(CommandHandler("reset", self.reset))
        app.add_handler(CommandHandler("ask", self.ask))
        app.add_handler(CommandHandler("check", self.check))
        app.add_handler(CallbackQueryHandler(self.button))
        app.add_handler(MessageHandler(messages & filters.TEXT & ~filters.COMMAND, self.text))
        app.add_handler(MessageHandler(messages & filters.COMMAND, self.unknown_command))
        other = messages & ~filters.TEXT & ~filters.StatusUpdate.ALL
        app.add_handler(MessageHandler(other, self.not_text))
        app.add_error_handler(self.error)

    async def post_init(self, app: Application) -> None:
        """Publish the command menu."""
        await app.bot.set_my_commands(list(COMMANDS))

    async def close(self, app: Application | None = None) -> None:
        """Stop the worker threads."""
        self._executor.shutdown(wait=False, cancel_futures=True)

    # --- commands and messages -------------------------------------------------------------

    async def help(self, update: Update, context: Context) -> None:
        """/start and /help: the known reports, how to ask, example question buttons."""
        target = _target(_message(update))
        if not await self._admit(context.bot, target):
            return
        documents = await self._run(self.service.documents)
        html_text = render.render_help(documents)
        await self._send(context.bot, target, html_text, render.help_keyboard())

    async def reset(self, update: Update, context: Context) -> None:
        """/reset: forget the chat's earlier questions."""
        message = _message(update)
        self.history.clear(message.chat_id)
        await self._say(context.bot, _target(message), render.RESET_DONE)

    async def ask(self, update: Update, context: Context) -> None:
        """/ask <question>, or /ask in reply to a message."""
        message = _message(update)
        edited = update.edited_message is not None
        await self._answer(
            context.bot, _target(message), command_payload(message), render.ASK_USAGE, edited
        )

    async def text(self, update: Update, context: Context) -> None:
        """A text message: answer it if it is meant for the bot."""
        message = _message(update)
        question = addressed_text(message, context.bot)
        if question is not None:
            edited = update.edited_message is not None
            await self._answer(context.bot, _target(message), question, edited=edited)

    async def check(self, update: Update, context: Context) -> None:
        """/check <claim>, or /check in reply to a message: fact-check against the reports."""
        message = _message(update)
        target = _target(message)
        if not await self._admit(context.bot, target):
            return
        claim, note = prepare_question(command_payload(message))
        if not claim:
            await self._say(context.bot, target, render.CHECK_USAGE)
            return
        await self._typing(context.bot, target)
        try:
            result = await self.queue.run(target.chat_id, self.service.check, claim)
        except InputError:
            logger.info("Unusable claim", exc_info=True)
            await self._say(context.bot, target, render.UNUSABLE)
            return
        except Busy:
            await self._say(context.bot, target, render.BUSY)
            return
        markup = render.answer_keyboard(self._passage_buttons(result, result.evidence))
        await self._send(context.bot, target, render.render_check(result, note), markup)

    async def unknown_command(self, update: Update, context: Context) -> None:
        """Unknown commands: a hint in private chats, silence in groups (may be another bot's)."""
        message, target = _message(update), _target(_message(update))
        if message.chat.type == ChatType.PRIVATE and await self._admit(context.bot, target):
            await self._say(context.bot, target, render.UNKNOWN_COMMAND)

    async def not_text(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice and the like: ask for text (private chats only)."""
        message, target = _message(update), _target(_message(update))
        if message.chat.type == ChatType.PRIVATE and await self._admit(context.bot, target):
            await self._say(context.bot, target, render.text_only_reply(message))

    # --- buttons ---------------------------------------------------------------------------

    async def button(self, update: Update, context: Context) -> None:
        """Inline buttons: every query is answered exactly once, before any slow work."""
        query, chat = update.callback_query, update.effective_chat
        if query is None:
            return
        if chat is None:  # buttons of inline-mode messages; this bot sends none
            await query.answer()
            return
        kind, args = render.parse_callback(query.data)
        target = Target(chat.id, thread_id=_thread(query.message))
        if kind == "p" and args and (passage := self.registry.passage(args[0])):
            await query.answer()
            html_text = render.render_passage(passage.citation, passage.text)
            await self._send(context.bot, target, html_text)
        elif kind == "f" and self._votable(args, chat.id):
            await self._vote(query, chat.id, args[0], args[1] == "1")
        elif kind == "q" and args and args[0] in map(str, range(len(render.EXAMPLE_QUESTIONS))):
            await query.answer()
            await self._answer(context.bot, target, render.EXAMPLE_QUESTIONS[int(args[0])])
        else:
            await query.answer(render.EXPIRED, show_alert=True)

    def _votable(self, args: list[str], chat_id: int) -> bool:
        """`f:<key>:0|1` on an answer this bot sent to this very chat (forged data is not)."""
        if len(args) != 2 or args[1] not in ("0", "1"):
            return False
        record = self.registry.answer(args[0])
        return record is not None and record.chat_id in (None, chat_id)

    async def _vote(self, query: CallbackQuery, chat_id: int, key: str, helpful: bool) -> None:
        """Record one 👍/👎 per user and answer; the query is answered first."""
        record = self.registry.answer(key)
        if record is None or query.from_user.id in record.voters:
            await query.answer(render.ALREADY_VOTED if record else render.EXPIRED)
            return
        record.voters.add(query.from_user.id)
        await query.answer(render.THANKS)
        verdict = "helpful" if helpful else "not_helpful"
        await self._run(self.feedback.record, chat_id, record.question, record.answer, verdict)

    # --- errors ----------------------------------------------------------------------------

    async def error(self, update: object, context: Context) -> None:
        """Log the traceback and, if there is a chat, reply a short Chinese apology.

        A rejected token (revoked while running) stops the bot instead: nothing can be sent.
        """
        if isinstance(context.error, InvalidToken):
            logger.error("Telegram rejected the token; stopping")
            token_rejected(context.application)
            return
        if isinstance(context.error, NetworkError):
            logger.warning("Bot API request failed: %s", context.error)
            return
        logger.error("Exception while handling an update", exc_info=context.error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            return
        try:
            await context.bot.send_message(chat.id, render.APOLOGY)
        except TelegramError:
            logger.warning("Could not send the apology", exc_info=True)

    # --- helpers ---------------------------------------------------------------------------

    async def _answer(
        self,
        bot: Bot,
        target: Target,
        text: str | None,
        usage: str = render.EMPTY_HINT,
        edited: bool = False,
    ) -> None:
        """Answer a question with the chat's history, then remember the question."""
        if not await self._admit(bot, target):
            return
        question, note = prepare_question(text)
        if not question:
            await self._say(bot, target, usage)
            return
        note = f"{render.EDITED_NOTE}{note}" if edited else note
        await self._typing(bot, target)
        try:
            answer = await self._while_typing(
                bot,
                target,
                self.queue.run(target.chat_id, self._answer_with_history, target, question),
            )
        except InputError:
            logger.info("Unusable question", exc_info=True)
            await self._say(bot, target, render.UNUSABLE)
            return
        except Busy:
            await self._say(bot, target, render.BUSY)
            return
        logger.info("Answered (refused=%s, reason=%s)", answer.refused, answer.reason)
        markup = self._markup(answer, target.chat_id)
        await self._send(bot, target, render.render_answer(answer, note), markup)

    def _answer_with_history(self, target: Target, question: str) -> Answer:
        """In a worker: answer with the chat's history, then remember the question.

        The chat's questions run one at a time (FairQueue), so history is read and written
        in the order they were asked.
        """
        answer = self.service.answer(question, tuple(self.history.get(target.chat_id)))
        self.history.add(target.chat_id, question)
        return answer

    async def _admit(self, bot: Bot, target: Target) -> bool:
        """Whether the chat may be served now; a flooding chat is told once, then ignored."""
        decision = self.limiter.admit(target.chat_id)
        if decision is Admission.NOTIFY:
            seconds = max(1, round(self.limiter.wait_seconds(target.chat_id)))
            logger.info("Rate-limited a chat for %d s", seconds)
            await self._say(bot, target, render.RATE_LIMITED.format(seconds=seconds))
        return decision is Admission.ALLOW

    def _markup(self, answer: Answer, chat_id: int) -> InlineKeyboardMarkup | None:
        """Source buttons and feedback buttons for an answer."""
        feedback_key = self.registry.add_answer(answer.question, answer.text, chat_id)
        return render.answer_keyboard(self._passage_buttons(answer, answer.citations), feedback_key)

    def _passage_buttons(
        self, result: Answer | CheckResult, citations: Sequence[Citation]
    ) -> list[str]:
        """Callback data of one source button per citation."""
        return [self.registry.add_passage(c, render.passage_text(result, c)) for c in citations]

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a blocking core call in the worker threads."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args))

    async def _typing(self, bot: Bot, target: Target) -> None:
        """Show "typing…" (Telegram shows it for about five seconds or until we reply)."""
        await bot.send_chat_action(target.chat_id, ChatAction.TYPING, target.thread_id)

    async def _while_typing(self, bot: Bot, target: Target, work: Awaitable[T]) -> T:
        """Await `work`, renewing "typing…" while it runs (generated answers take seconds)."""
        task = asyncio.ensure_future(work)
        while not (await asyncio.wait({task}, timeout=TYPING_EVERY))[0]:
            try:
                await self._typing(bot, target)
            except TelegramError:
                logger.debug("Could not renew the typing action", exc_info=True)
        return task.result()

    async def _say(self, bot: Bot, target: Target, text: str) -> None:
        """Send a plain (not yet escaped) text."""
        await self._send(bot, target, render.esc(text))

    async def _send(
        self, bot: Bot, target: Target, html_text: str, markup: InlineKeyboardMarkup | None = None
    ) -> None:
        """Send HTML, split into several messages if long; buttons go on the last one."""
        chunks = render.split_html(html_text)
        for i, chunk in enumerate(chunks):
            quote = target.reply_to if i == 0 else None
            await bot.send_message(
                target.chat_id,
                chunk,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if i == len(chunks) - 1 else None,
                reply_parameters=ReplyParameters(quote, allow_sending_without_reply=True)
                if quote
                else None,
                message_thread_id=target.thread_id,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
