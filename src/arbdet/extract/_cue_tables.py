"""Cue-word tables (``cue<TAB>kind`` lines) compiled into one pattern per kind."""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["cue_patterns"]


@functools.cache
def cue_patterns(table: str) -> dict[str, re.Pattern[str]]:
    """One case-insensitive pattern per kind of the package data file ``table``.

    A cue matches as a whole word (hyphens count as part of a word, so "led" is not found
    in "Canadian-led"); longer cues are tried first.
    """
    rows: dict[str, list[str]] = {}
    text = resources.files("arbdet").joinpath(table).read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            cue, kind = line.split("\t")
            rows.setdefault(kind, []).append(cue)
    return {
        kind: re.compile(
            r"(?<![\w-])(?:"
            + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
            + r")(?![\w-])",
            re.I,
        )
        for kind, cues in rows.items()
    }
