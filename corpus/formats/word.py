"""Word (.docx) files: the body's paragraphs and tables in document order, one a line."""

from __future__ import annotations

import io

from wenzheng.corpus.formats.table import table_lines


def docx_text(data: bytes) -> str:
    """Paragraph texts, and each table row as a line (`table_lines`), in reading order."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            rows: list[list[str]] = []
            for row in block.rows:
                cells: list[str] = []
                grid = row.cells
                for i, cell in enumerate(grid):  # a merged cell repeats: blank its copies
                    merged = i and cell._tc is grid[i - 1]._tc
                    cells.append("" if merged else " ".join(cell.text.split()))
                rows.append(cells)
            lines.extend(table_lines(rows))
    return "\n".join(line.replace("\v", "\n") for line in lines)
