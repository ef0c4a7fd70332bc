"""Telegram HTML for answers, fact-checks and help; message splitting; button data.

Pure: no network, no Telegram calls. Every piece of text that comes from a user, a
document or the core is passed through `html.escape` before it is put between tags.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit
from wenzheng.bot.core.types import Answer, CheckResult, Citation
from wenzheng.corpus.model import DocumentMeta

MAX_MESSAGE = int(MessageLimit.MAX_TEXT_LENGTH)  # 4096
MAX_CALLBACK_BYTES = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)  # 64
QUOTE_LIMIT = 120

# Examples that fit any government work report: no place, and years relative to the report
# ("去年" is the year it reviews, "今年" the year it plans), so a new corpus needs no edit.
EXAMPLE_QUESTIONS = (
    "去年地区生产总值是多少？",
    "今年经济增长的预期目标是多少？",
    "报告分成哪几部分？",
)

VERDICT_LABELS = {
    "supported": "✅ 属实",
    "refuted": "❌ 与报告不符",
    "not_found": "❔ 报告未提及",
}

REFUSAL_DEFAULT = "报告中没有找到能回答这个问题的内容。"

# Fixed replies (plain text; escaped when sent).
APOLOGY = "抱歉，处理您的请求时出了点问题，请稍后再试。"
EMPTY_HINT = f"请发送您的问题，例如：{EXAMPLE_QUESTIONS[0]}"
ASK_USAGE = f"用法：/ask 问题，例如 /ask {EXAMPLE_QUESTIONS[0]}"
CHECK_USAGE = (
    "用法：/check 要核对的说法，例如 /check 去年地区生产总值增长9%；也可以回复一条消息发送 /check。"
)
UNUSABLE = "没能处理这个问题，请换个说法再试。"
EXPIRED = "这个按钮已过期，请重新提问。"
ALREADY_VOTED = "已收到过您对这条回答的反馈。"
THANKS = "感谢反馈！"
RESET_DONE = "已清空本对话的追问记录。"
UNKNOWN_COMMAND = "不认识这个命令。发送 /help 查看用法。"
EDITED_NOTE = "已按修改后的内容重新回答。"
RATE_LIMITED = "您发得太快了，请 {seconds} 秒后再提问。"
BUSY = "现在提问的人较多，请稍后再试。"

_MEDIA_NAMES = (("sticker", "表情"), ("photo", "图片"), ("voice", "语音"), ("video", "视频"))

_CUT_AFTER = "。！？；，、："
_NUMBER_CHARS = "0123456789.%％０１２３４５６７８９"


def esc(text: str) -> str:
    """Escape text for Telegram HTML."""
    return html.escape(text, quote=True)


def shorten_quote(quote: str, limit: int = QUOTE_LIMIT) -> str:
    """Shorten a long quote with "…", at a punctuation mark if possible, never inside a number."""
    quote = quote.strip()
    if len(quote) <= limit:
        return quote
    window = quote[limit // 2 : limit]
    marks = [i for i, ch in enumerate(window) if ch in _CUT_AFTER]
    if marks:
        return quote[: limit // 2 + marks[-1] + 1] + "…"
    cut = limit
    while cut > 1 and quote[cut - 1] in _NUMBER_CHARS and quote[cut] in _NUMBER_CHARS:
        cut -= 1
    return quote[:cut] + "…"


def _citation_line(number: int, citation: Citation) -> str:
    section = esc(citation.section) if citation.section else esc(citation.document)
    return f"[{number}] {section} — «{esc(shorten_quote(citation.quote))}»"


def _citations_block(title: str, citations: Sequence[Citation]) -> str:
    lines = [f"<b>{title}</b>"]
    lines += [_citation_line(i, c) for i, c in enumerate(citations, start=1)]
    return "\n".join(lines)


def _with_note(body: str, note: str) -> str:
    return f"<i>{esc(note)}</i>\n\n{body}" if note else body


def render_answer(answer: Answer, note: str = "") -> str:
    """The short direct answer first, then numbered citations; a clear refusal if refused."""
    if answer.refused:
        body = (
            f"❔ <b>报告未提及</b>\n{esc(answer.text.strip() or REFUSAL_DEFAULT)}\n\n"
            "可以换个问法，或发送 /help 查看示例问题。"
        )
        return _with_note(body, note)
    parts = [esc(answer.text.strip())]
    if answer.citations:
        parts.append(_citations_block("出处", answer.citations))
    return _with_note("\n\n".join(parts), note)


def render_check(result: CheckResult, note: str = "") -> str:
    """A fact-check verdict in Chinese, the differing figures, the explanation and the quotes."""
    parts = [
        f"<b>{VERDICT_LABELS.get(result.verdict, result.verdict)}</b>\n"
        f"说法：«{esc(result.claim.strip())}»"
    ]
    if result.differences:
        lines = ["<b>数字差异</b>"]
        lines += [
            f"• {esc(d.indicator)}：说法为 <b>{esc(d.claimed)}</b>，报告为 <b>{esc(d.reported)}</b>"
            for d in result.differences
        ]
        parts.append("\n".join(lines))
    if result.explanation.strip():
        parts.append(esc(result.explanation.strip()))
    if result.evidence:
        parts.append(_citations_block("依据", result.evidence))
    return _with_note("\n\n".join(parts), note)


def passage_text(answer_or_check: Answer | CheckResult, citation: Citation) -> str:
    """The fullest text known for a cited passage: the retrieved passage if it holds the quote."""
    for hit in getattr(answer_or_check, "retrieved", ()):
        if hit.id == citation.id and citation.quote.strip() in hit.text:
            return hit.text
    return citation.quote


def render_passage(citation: Citation, text: str) -> str:
    """A cited passage in full, with the quoted words in bold."""
    header = f"📄 <b>{esc(citation.section or citation.document)}</b>"
    if citation.document and citation.section:
        header += f"\n<i>{esc(citation.document)}</i>"
    quote = citation.quote.strip()
    at = text.find(quote) if quote and len(quote) < len(text) else -1
    if at < 0:
        body = esc(text)
    else:
        end = at + len(quote)
        body = f"{esc(text[:at])}<b>{esc(quote)}</b>{esc(text[end:])}"
    return f"{header}\n\n{body}"


def text_only_reply(message: object) -> str:
    """A polite request for text, naming what was sent (sticker, photo, voice...)."""
    kind = next((name for attr, name in _MEDIA_NAMES if getattr(message, attr, None)), "消息")
    return f"收到您的{kind}，不过我只能读懂文字。请用文字发送问题，例如：{EXAMPLE_QUESTIONS[0]}"


def render_help(documents: Sequence[DocumentMeta]) -> str:
    """The /start and /help text: known reports, how to ask, commands."""
    docs = (
        "\n".join(f"• {esc(d.title)}（{d.year}年，{esc(d.issuer)}）" for d in documents)
        or "• （暂未载入报告）"
    )
    examples = "\n".join(f"• {esc(q)}" for q in EXAMPLE_QUESTIONS)
    return (
        "<b>问政 · 政府工作报告问答</b>\n"
        "我根据以下报告回答问题，并附上报告原文出处：\n"
        f"{docs}\n\n"
        "<b>怎么问</b>\n"
        "直接发送问题即可，也可以接着追问（例如先问 2019 年，再问“那今年呢？”）。\n"
        "在群聊中，请 @我、回复我的消息，或使用 /ask 问题。\n\n"
        "<b>命令</b>\n"
        "/ask 问题 — 提问\n"
        "/check 说法 — 核对一句话是否与报告一致（也可回复一条消息发送 /check）\n"
        "/reset — 清空追问记录\n"
        "/help — 查看本说明\n\n"
        f"<b>示例问题</b>（点下方按钮试试）\n{examples}"
    )


# --- buttons -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassageRecord:
    """What a "原文" button opens."""

    citation: Citation
    text: str


@dataclass
class AnswerRecord:
    """What a feedback button refers to; `voters` keeps one vote per user in memory."""

    question: str
    answer: str
    chat_id: int | None = None  # the chat it was sent to: only votes from there count
    voters: set[int] = field(default_factory=set)


class CallbackRegistry:
    """Bounded maps from short callback keys to passages and answers (oldest dropped first)."""

    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._passages: OrderedDict[str, PassageRecord] = OrderedDict()
        self._answers: OrderedDict[str, AnswerRecord] = OrderedDict()

    @staticmethod
    def passage_key(passage_id: str) -> str:
        """A short, stable key for a passage id (8 url-safe characters)."""
        digest = hashlib.blake2b(passage_id.encode("utf-8"), digest_size=6).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii")

    def add_passage(self, citation: Citation, text: str) -> str:
        """Remember a passage; return its callback data."""
        key = self.passage_key(citation.id)
        self._put(self._passages, key, PassageRecord(citation, text))
        return f"p:{key}"

    def add_answer(self, question: str, answer: str, chat_id: int | None = None) -> str:
        """Remember an answer (and the chat it goes to) for feedback; return its key."""
        key = secrets.token_urlsafe(6)
        self._put(self._answers, key, AnswerRecord(question, answer, chat_id))
        return key

    def passage(self, key: str) -> PassageRecord | None:
        """The passage behind a key, or None if unknown or expired."""
        return self._passages.get(key)

    def answer(self, key: str) -> AnswerRecord | None:
        """The answer behind a key, or None if unknown or expired."""
        return self._answers.get(key)

    def _put(self, store: OrderedDict, key: str, value: object) -> None:
        store[key] = value
        store.move_to_end(key)
        while len(store) > self.capacity:
            store.popitem(last=False)


def parse_callback(data: str | None) -> tuple[str, list[str]]:
    """Split callback data "kind:arg:arg" into its kind and arguments."""
    kind, *args = (data or "").split(":")
    return kind, args


def _button(text: str, data: str) -> InlineKeyboardButton:
    # Every callback_data we build is ASCII and short; fail loudly if that ever changes.
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback_data too long: {len(data.encode('utf-8'))} bytes")
    return InlineKeyboardButton(text, callback_data=data)


def answer_keyboard(
    passage_data: Sequence[str], feedback_key: str | None = None
) -> InlineKeyboardMarkup | None:
    """One "📄 原文 n" button per citation (4 a row), then 👍 / 👎 if a feedback key is given."""
    buttons = [_button(f"📄 原文 {i}", d) for i, d in enumerate(passage_data, start=1)]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    if feedback_key:
        rows.append(
            [
                _button("👍 有帮助", f"f:{feedback_key}:1"),
                _button("👎 没帮助", f"f:{feedback_key}:0"),
            ]
        )
    return InlineKeyboardMarkup(rows) if rows else None


def help_keyboard() -> InlineKeyboardMarkup:
    """One button per example question."""
    return InlineKeyboardMarkup([[_button(q, f"q:{i}")] for i, q in enumerate(EXAMPLE_QUESTIONS)])


# --- splitting -----------------------------------------------------------------------------

# Atoms never split: a whole tag, a whole entity, or one character.
_ATOM = re.compile(r"<[^<>]*>|&#?[A-Za-z0-9]+;|.", re.S)
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][\w-]*)")
_SENTENCE_END = "。！？；.!?;"


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram counts in."""
    return len(text.encode("utf-16-le")) // 2


def _apply(stack: list[tuple[str, str]], atom: str) -> list[tuple[str, str]]:
    """The open-tag stack after one atom."""
    if len(atom) < 3 or atom[0] != "<" or atom[-1] != ">":
        return stack
    match = _TAG_NAME.match(atom)
    if not match:
        return stack
    name = match.group(1).lower()
    if atom.startswith("</"):
        return stack[:-1] if stack and stack[-1][0] == name else stack
    return [*stack, (name, atom)]


def _closing(stack: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


def _break_priority(atoms: list[str], i: int) -> int:
    """How good a break is right after atoms[i]: paragraph > line > sentence > anywhere."""
    atom = atoms[i]
    if atom == "\n":
        return 3 if i > 0 and atoms[i - 1] == "\n" else 2
    if atom in _SENTENCE_END:
        return 1
    nxt = atoms[i + 1] if i + 1 < len(atoms) else ""
    if atom in _NUMBER_CHARS and nxt in _NUMBER_CHARS:
        return -1  # never inside a number
    return 0


def _fit(
    atoms: list[str], start: int, reopen: list[tuple[str, str]], limit: int
) -> tuple[int, list[tuple[str, str]]]:
    """Where the chunk starting at `start` should end, and the tags open there."""
    stack, size = reopen, sum(utf16_len(t) for _, t in reopen)
    best: dict[int, tuple[int, int, list[tuple[str, str]]]] = {}
    i = start
    while i < len(atoms):
        new_stack = _apply(stack, atoms[i])
        new_size = size + utf16_len(atoms[i])
        if new_size + utf16_len(_closing(new_stack)) > limit:
            break
        stack, size = new_stack, new_size
        best[_break_priority(atoms, i)] = (i + 1, size, stack)
        i += 1
    else:
        return i, stack
    for priority in (3, 2, 1, 0):
        if priority in best and best[priority][1] >= limit // 4:
            return best[priority][0], best[priority][2]
    for priority in (3, 2, 1, 0, -1):
        if priority in best:
            return best[priority][0], best[priority][2]
    raise ValueError("limit too small for a single tag")


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split Telegram HTML into messages of at most `limit` UTF-16 units.

    Breaks at paragraph, then line, then sentence boundaries; never inside a tag, an entity
    or a number; tags open at a break are closed and reopened in the next message.
    """
    if utf16_len(text) <= limit:
        return [text]
    atoms = _ATOM.findall(text)
    chunks: list[str] = []
    start = 0
    reopen: list[tuple[str, str]] = []  # tags open at `start`
    while start < len(atoms):
        end, stack = _fit(atoms, start, reopen, limit)
        chunk = "".join(t for _, t in reopen) + "".join(atoms[start:end]) + _closing(stack)
        if re.sub(r"<[^<>]*>", "", chunk).strip():
            chunks.append(chunk.strip("\n"))
        start, reopen = end, stack
        while start < len(atoms) and atoms[start] == "\n":
            start += 1
    return chunks
