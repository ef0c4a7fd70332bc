"""Drafts: a press release or a speech paragraph split into sentences, the factual ones kept.

Only sentences that state a checkable fact (a figure, a year, a concrete assertion) get a
verdict; opinions, greetings and questions do not.
"""

from __future__ import annotations

import re

from wenzheng.corpus.quantities import extract_quantities
from wenzheng.corpus.text import tidy
from wenzheng.corpus.time import CLAIM_YEAR

_DRAFT_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*[”’」』]?")
_OPINION = re.compile(
    r"我认为|我觉得|我们认为|相信|希望|建议|应该|应当|感谢|谢谢|大家好|您好|你好|欢迎|祝愿"
    r"|祝大家|让我们|继续努力|再创佳绩"
)


def split_draft(text: str) -> list[str]:
    """The sentences of a draft (split after 。！？； and at line breaks), stripped."""
    return [m.group(0).strip() for m in _DRAFT_SENTENCE.finditer(text) if m.group(0).strip()]


def is_factual(sentence: str) -> bool:
    """True when a draft sentence states a checkable fact (a figure, or a concrete assertion)."""
    text = tidy(sentence)
    if text.endswith(("?", "？", "吗", "呢")) or _OPINION.search(text):
        return False
    if extract_quantities(text) or CLAIM_YEAR.search(text):
        return True
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    return len(cjk) >= 8
