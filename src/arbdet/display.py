"""Plain-text and HTML tables: how records, query results and the knowledge base display.

The ``__repr__`` and ``_repr_html_`` of results use them (the command line has its own
tables, which cut nothing). HTML tables show every value whole, a list one item a line.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

__all__ = ["cell", "html_table", "text_table"]

_WIDTH = 48


def _whole(value: object) -> str:
    """A value as table text: ``-`` for nothing, lists joined, ``yes`` or ``no``."""
    if value is None or (isinstance(value, (list, tuple)) and not value):
        return "-"
    if isinstance(value, (list, tuple)):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    return " ".join(text.split())


def cell(value: object, width: int = _WIDTH) -> str:
    """A value as table text (see :func:`_whole`), long text shortened to ``width``."""
    text = _whole(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def text_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A titled plain-text table."""
    cells = [[cell(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = [title]
    if rows:
        lines.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        lines.extend(
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in cells
        )
    return "\n".join(lines)


def _html_cell(value: object) -> str:
    """A value as escaped HTML, whole: a list's items one a line."""
    if isinstance(value, (list, tuple)) and value:
        return "<br>".join(html.escape(_whole(v)) for v in value)
    return html.escape(_whole(value))


def html_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A titled HTML table (escaped), for notebooks; nothing is cut."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{_html_cell(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        f"<div><p><b>{html.escape(title)}</b></p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )
