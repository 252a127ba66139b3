"""Guess an article's title from its first line."""

from __future__ import annotations

_MAX_TITLE = 200


def guess_title(text: str, start: int) -> str | None:
    """The first line after ``start`` if it reads as a headline (short, no final full stop)."""
    rest = text[start:]
    line, newline, _ = rest.partition("\n")
    line = line.strip()
    if not newline or not line or len(line) > _MAX_TITLE or line.endswith((".", ":", ",")):
        return None
    return line
