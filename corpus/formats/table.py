"""A table's rows as sentences: each cell says its year, its row and its column.

Reports put an indicator table in Word files and web pages ("指标 | 2022年目标 | 2022年完成 |
2023年目标"). A row read as bare cells ("地区生产总值增速 6.5%左右 2.6% 6%左右") loses which
figure is the target and which the result; read with its headings, one clause a cell, it
says so in the words the report's own sentences use, each clause whole on its own: "地区生产
总值增速2022年目标6.5%左右；地区生产总值增速2022年完成2.6%；地区生产总值增速2023年目标
6%左右。" A unit given in the row's label ("实际使用外资（亿美元）") or in a 单位 column
goes with each of the row's figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_YEAR = re.compile(r"(?:19|20)\d\d年?")
_DIGIT = re.compile(r"\d")
# A column heading opening with its year ("2022年目标", "2023年完成情况")
_HEAD_YEAR = re.compile(r"^((?:19|20)\d\d年)(.*)$")
_UNIT_WORDS = r"(?:万|亿|千|百)?(?:%|％|元|美元|人|人次|家|个|项|所|张|套|户|亩|公里|吨)"
# A row label's unit in brackets at its end ("实际使用外资（亿美元）", "增长（%）", "（万人）")
_LABEL_UNIT = re.compile(rf"[（(]({_UNIT_WORDS})[)）]$")
# A column heading ending with its own unit ("增长%", "增速（%）", "2022年（亿元）"): the
# unit of that column's figures, whatever the row's label says
_HEAD_UNIT = re.compile(rf"[（(]?({_UNIT_WORDS})[)）]?$")
# A cell saying there is no figure ("—", "-", "/", "无")
_NO_FIGURE = re.compile(r"^(?:[—–\-－/／…·.]+|无|暂无|空)$")
# A column of units ("单位", "计量单位")
_UNIT_HEADING = re.compile(r"^(?:计量)?单位$")
# The column naming each row's indicator, when a grouping column stands before it ("类别 |
# 指标 | 单位 | 2024年"): its heading
_LABEL_HEADING = re.compile(r"^(?:主要)?(?:指标|项目)(?:名称)?$|^名称$")
# A negative cell ("-4.6", "－4.6") and a heading of growth, which it is a fall of
_NEGATIVE = re.compile(r"^[-−－–]\s*(\d.*)$")
_GROWTH_HEAD = re.compile(r"(?:比上年|同比)?(?:增长率?|增速|增幅)$")
# A cell's figure with no unit of its own, before any hedge ("6左右", "5.5以上", "3")
# (thousands written apart: "1,612.5")
_BARE_FIGURE = re.compile(
    r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.,%％万亿千百元人家个项所张套户亩公里吨])"
)


def is_heading_row(cells: Sequence[str]) -> bool:
    """True for a row of column headings: two or more cells, no figure but years."""
    return len(cells) >= 2 and not any(_DIGIT.search(_YEAR.sub("", c)) for c in cells)


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """One line a row; with a heading row first, each later cell a clause of its own
    (`_cell_clause`).

    Empty cells are left out; a table without a heading row keeps its cells joined by a
    space, as before.
    """
    rows = [[" ".join(c.split()) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    if len(rows) < 2 or not is_heading_row(rows[0]):
        return [" ".join(c for c in row if c) for row in rows]
    heads, lines = rows[0], [" ".join(c for c in rows[0] if c)]
    unit_column = next((i for i, h in enumerate(heads) if _UNIT_HEADING.match(h)), None)
    at = next((i for i, h in enumerate(heads) if _LABEL_HEADING.match(h)), 0)
    for row in rows[1:]:
        label, unit = (row[at] if at < len(row) else ""), ""
        if not label.strip():  # a note across the table ("注：…") in one merged cell
            lines.append(" ".join(c for c in row if c))
            continue
        found = _LABEL_UNIT.search(label)
        if found:
            label, unit = label[: found.start()], found.group(1)
        if unit_column is not None and unit_column < len(row):
            unit = unit or row[unit_column]
        parts = [
            _cell_clause(heads[i] if i < len(heads) else "", label, cell, unit)
            for i, cell in enumerate(row)
            if i != at
            and i != unit_column
            and cell
            and not _NO_FIGURE.match(cell)
            and (i > at or _DIGIT.search(cell))  # (a grouping column before the label)
        ]
        lines.append(f"{'；'.join(parts)}。" if parts else label)
    return lines


def _cell_clause(head: str, label: str, cell: str, unit: str) -> str:
    """One cell as a clause: "实际使用外资2024年目标3亿美元" for the cell 3 under "2024年
    目标" in the row "实际使用外资（亿美元）"; "地区生产总值增长3.8%" for 3.8 under "增长%"."""
    own = _HEAD_UNIT.search(head) if head else None
    if own:
        head, unit = head[: own.start()], own.group(1)
    fall = _NEGATIVE.match(cell)
    if fall and _GROWTH_HEAD.search(head):
        # "-4.6" under "增速（%）" is said as reports say it: "下降4.6%"
        head, cell = _GROWTH_HEAD.sub("下降", head), fall.group(1)
    fell = ""
    if fall and not head.endswith("下降") and _GROWTH_HEAD.search(label):
        # and in the row "社会消费品零售总额增长", under "2022年实际完成": "…实际完成下降2.3%"
        label, cell, fell = _GROWTH_HEAD.sub("", label), fall.group(1), "下降"
    if unit:
        cell = _BARE_FIGURE.sub(lambda m: m.group(0) + unit, cell, count=1)
    cell = fell + cell
    year = _HEAD_YEAR.match(head)
    if year:
        return f"{label}{year.group(1)}{year.group(2)}{cell}"
    return f"{label}{head}{cell}"
