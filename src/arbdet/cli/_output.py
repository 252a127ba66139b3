"""Output helpers shared by the commands: JSON and plain tables.

Tables are never cut: piped or with ``--wide``, each row is one line whatever its
length; on a terminal, long cells wrap within their column (lists one item a line) so
the table fits the terminal's width.
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

__all__ = ["echo_json", "echo_table", "wide_option"]

F = TypeVar("F", bound=Callable[..., Any])

_GAP = "  "
_NARROWEST = 8


def wide_option(function: F) -> F:
    """The ``--wide`` flag: one line a row on a terminal too."""
    return click.option(
        "--wide", is_flag=True, help="One line a row, however long (as when piped)."
    )(function)


def echo_json(data: Any) -> None:
    """Print ``data`` as indented JSON (non-ASCII kept)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _lines(value: object, *, stacked: bool) -> list[str]:
    """A cell's lines: ``-`` for nothing; a list's items stacked one a line, or joined."""
    if value is None or (isinstance(value, (list, tuple)) and not value):
        return ["-"]
    if isinstance(value, (list, tuple)):
        items = [" ".join(str(v).split()) for v in value]
        return items if stacked else [", ".join(items)]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return [" ".join(str(value).split())]


def _fit(natural: list[int], floors: list[int], limit: int) -> list[int]:
    """Column widths that fit ``limit`` in all.

    The columns most above their floor narrow first; only when every column is at its
    floor do they go below it.
    """
    widths = list(natural)
    for floor in (floors, [min(f, _NARROWEST) for f in floors]):
        while sum(widths) + len(_GAP) * (len(widths) - 1) > limit:
            column = max(range(len(widths)), key=lambda i: widths[i] - floor[i])
            if widths[column] <= floor[column]:
                break
            widths[column] -= 1
    return widths


def _is_list(value: object) -> bool:
    return isinstance(value, (list, tuple)) and len(value) > 1


def _floor(header: str, cells: list[list[str]], *, stacked: bool) -> int:
    """The narrowest a column should go: its header, its longest word, or list item."""
    pieces = [
        len(line) if stacked else max(map(len, line.split()), default=0)
        for lines in cells
        for line in lines
    ]
    return max(len(header), _NARROWEST, *pieces)


def _wrapped(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for line in lines:
        out += textwrap.wrap(line, width, break_on_hyphens=False) or [""]
    return out


def echo_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], *, wide: bool = False
) -> None:
    """Print rows under a header line, nothing cut (see the module's note on wrapping)."""
    terminal = not wide and sys.stdout.isatty()
    cells = [[_lines(value, stacked=terminal) for value in row] for row in rows]
    natural = [len(h) for h in headers]
    for row_cells in cells:
        natural = [max(w, *map(len, c)) for w, c in zip(natural, row_cells, strict=True)]
    widths = natural
    if terminal:
        columns = list(zip(*cells, strict=True)) or [() for _ in headers]
        stacked = [any(_is_list(row[i]) for row in rows) for i in range(len(headers))]
        floors = [
            min(n, _floor(h, list(c), stacked=s))
            for h, c, s, n in zip(headers, columns, stacked, natural, strict=True)
        ]
        widths = _fit(natural, floors, shutil.get_terminal_size().columns)
        cells = [[_wrapped(c, w) for c, w in zip(row, widths, strict=True)] for row in cells]
    click.echo(_GAP.join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    click.echo(_GAP.join("-" * w for w in widths))
    tall = any(len(c) > 1 for row_cells in cells for c in row_cells)
    for number, row_cells in enumerate(cells):
        if tall and number:
            click.echo()
        for index in range(max(len(c) for c in row_cells)):
            parts = [c[index] if index < len(c) else "" for c in row_cells]
            click.echo(_GAP.join(p.ljust(w) for p, w in zip(parts, widths, strict=True)).rstrip())
