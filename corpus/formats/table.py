"""A table's rows as sentences: each cell after the first carries its column's heading.

Reports put an indicator table in Word files and web pages ("指标 | 2022年目标 | 2022年完成 |
2023年目标"). A row read as bare cells ("地区生产总值增速 6.5%左右 2.6% 6%左右") loses which
figure is the target and which the result; read with its headings it says so, in the words
the report's own sentences use: "地区生产总值增速：2022年目标6.5%左右，2022年完成2.6%，
2023年目标6%左右。"
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_YEAR = re.compile(r"(?:19|20)\d\d年?")
_DIGIT = re.compile(r"\d")


def is_heading_row(cells: Sequence[str]) -> bool:
    """True for a row of column headings: two or more cells, no figure but years."""
    return len(cells) >= 2 and not any(_DIGIT.search(_YEAR.sub("", c)) for c in cells)


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """One line a row; with a heading row first, each later cell prefixed by its heading.

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
    for row in rows[1:]:
        label, cells = row[0], row[1:]
        parts = [
            f"{heads[i + 1] if i + 1 < len(heads) else ''}{cell}"
            for i, cell in enumerate(cells)
            if cell
        ]
        if not parts:
            lines.append(label)
        elif label:
            lines.append(f"{label}：{'，'.join(parts)}。")
        else:
            lines.append(f"{'，'.join(parts)}。")
    return lines
