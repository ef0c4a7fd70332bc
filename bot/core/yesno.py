"""Yes/no questions: recognise them and restate them as the claim they ask about.

"鼓楼去年gdp是不是过了1600亿" asks whether "鼓楼去年gdp超过1600亿" holds; the fact-checker
decides that claim, and the answer opens with 是 or 否 when the report decides it.
"""

from __future__ import annotations

import re

_ASKS = re.compile(
    r"([\u4e00-\u9fff])[不没]\1|是否|有木有|是?真的吗|真的假的|(?:吗|嘛|么|没有?|了没|不)[?？!！。]*$"
)
# (not "这几年", "近几年", "好几个": they ask nothing)
_OTHER_ASK = re.compile(
    r"多少|(?<![这近前那好])几(?!年来)|什么|啥|哪|谁|怎么|如何|怎样|为什么|为啥|何时"
)
_REWRITES = (
    (re.compile(r"是不是|是否|对不对"), ""),
    # hearsay before the claim: "听说鼓楼建了…是真的吗" asks whether 鼓楼建了…
    (re.compile(r"^(?:我)?(?:听说|据说|听人说|网上说|有人说|新闻说|看新闻说)"), ""),
    # "有没有超过160亿", "有没有到70%": the comparison is the claim ("超过160亿", "不低于70%")
    (re.compile(r"(?:有没有|有木有|有无)(?=超过|突破|达到|高于|低于|不到|不足|过)"), ""),
    (
        re.compile(r"(?:有没有|有木有|有无|到没到|达没达到)到?(?=[\d一二三四五六七八九十百千两])"),
        "达到",
    ),
    # reaching a mark is at least it: "有没有到70%" is answered yes by 73%
    (re.compile(r"(?:达到|到了|达)(?=[\d一二三四五六七八九十百千两])"), "不低于"),
    (re.compile(r"有没有|有木有"), "有"),
    (re.compile(r"([\u4e00-\u9fff])[不没]\1"), r"\1"),
    (re.compile(r"(?:了吗|吗|嘛|么|了没有?|没有?|不|是?真的吗|真的假的)([?？!！。]*)$"), r"\1"),
    (re.compile(r"过了(?=[\d一二三四五六七八九十百千两])"), "超过"),
    (re.compile(r"(?<![\u4e00-\u9fff])过(?=[\d一二三四五六七八九十百千两])"), "超过"),
    (re.compile(r"不到(?=[\d一二三四五六七八九十百千两])"), "不足"),
    (re.compile(r"[?？]+$"), ""),
)


def is_yes_no(text: str) -> bool:
    """True for a question answered by yes or no ("…是不是…", "…了吗"), not "多少" or "哪"."""
    return bool(_ASKS.search(text)) and not _OTHER_ASK.search(_ASKS.sub("", text))


def as_claim(text: str) -> str:
    """The statement a yes/no question asks about ("GDP是不是过了1600亿" → "GDP超过1600亿")."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    return text.strip(" ，,")
