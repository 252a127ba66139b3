"""The word lists quotation finding and attribution read, from ``arbdet/data/quotes/``.

Each table is loaded once; phrases are matched on whole words through one compiled
alternation of literal phrases (no nested quantifiers, so matching stays linear).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from ..model import Venue

__all__ = [
    "SPEECH_CLASSES",
    "function_words",
    "media_names",
    "phrase_pattern",
    "speaker_nouns",
    "speech_verbs",
    "title_cues",
    "venues",
]

SPEECH_CLASSES = frozenset({"say", "characterize", "deny", "accuse", "ask", "according"})
"""The classes of :func:`speech_verbs`."""


def _rows(name: str) -> list[list[str]]:
    text = resources.files("arbdet").joinpath(f"data/quotes/{name}").read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@functools.cache
def speech_verbs() -> dict[str, str]:
    """Speech verbs and phrases (lower case) and their class: say, characterize, deny, ..."""
    table = {row[0]: row[1] for row in _rows("speech_verbs.tsv")}
    unknown = set(table.values()) - SPEECH_CLASSES
    assert not unknown, f"unknown speech verb classes {unknown}"
    return table


@functools.cache
def venues() -> dict[str, Venue]:
    """Venue phrases (lower case) and the venue each names."""
    return {row[0]: Venue[row[1]] for row in _rows("venues.tsv")}


@functools.cache
def media_names() -> frozenset[str]:
    """News organisations, case-folded ("told Reuters" is an interview)."""
    return frozenset(row[0].casefold() for row in _rows("media.tsv"))


@functools.cache
def speaker_nouns() -> dict[str, str]:
    """Head nouns of unnamed speakers and their kind: person, generic or organization."""
    return {row[0]: row[1] for row in _rows("speaker_nouns.tsv")}


@functools.cache
def title_cues() -> tuple[str, ...]:
    """Words before a quoted stretch that make it a name or a nickname ("dubbed")."""
    return tuple(row[0] for row in _rows("title_cues.tsv"))


@functools.cache
def function_words(kind: str) -> frozenset[str]:
    """Small words of one kind (``title``, ``opener``, ``aux``, ...; see the table's header)."""
    return frozenset(row[0] for row in _rows("function_words.tsv") if row[1] == kind)


@functools.cache
def phrase_pattern(table: str) -> re.Pattern[str]:
    """A case-insensitive pattern for the phrases of a table, longest first, on whole words.

    ``table`` is ``speech_verbs``, ``venues`` or ``speaker_nouns``.
    """
    phrases: tuple[str, ...]
    if table == "speech_verbs":
        phrases = tuple(speech_verbs())
    elif table == "venues":
        phrases = tuple(venues())
    elif table == "speaker_nouns":
        phrases = tuple(speaker_nouns())
    else:
        raise KeyError(table)
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    alternation = "|".join(re.escape(p).replace(r"\ ", " +") for p in ordered)
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w-])", re.IGNORECASE)
