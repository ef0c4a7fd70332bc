"""Word (.docx) files: the body's paragraphs and tables in document order, one a line."""

from __future__ import annotations

import io


def docx_text(data: bytes) -> str:
    """Paragraph texts, and each table row's cells joined by a space, in reading order."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat: keep each text once per row
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                lines.append(" ".join(cells))
    return "\n".join(line.replace("\v", "\n") for line in lines)
