"""Normalise article text: typographic characters, masked chrome, run-together words.

Every step replaces characters one for one or inserts characters, so an
:class:`~arbdet.text.OffsetMap` can map every offset back to the source. Each step is a
regular-expression pass or a C-level ``str`` method, so normalising is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ._offsets import OffsetMap

__all__ = [
    "CHARACTER_MAP",
    "Insertion",
    "Splitter",
    "dash_spacing",
    "mask",
    "normalize",
    "plain",
]

# One-for-one replacements: typographic quotes, dashes and spaces to their plain forms.
CHARACTER_MAP = str.maketrans(
    {
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u201f": '"',
        "\u00ab": '"',  # guillemets, as in translated pieces
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u00ad": " ",  # soft hyphen: a break opportunity, never a letter
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",  # byte-order mark
        "\t": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
    }
)

_LONG_DASH = re.compile("[\u2013\u2014\u2015]")
# The characters CHARACTER_MAP replaces, found in C: most texts hold few of them, and
# replacing them one match at a time is faster than translating every character.
_SPECIAL = re.compile("[" + re.escape("".join(chr(code) for code in CHARACTER_MAP)) + "]")

Insertion = tuple[int, str]
"""Insert ``text`` before the source character at ``offset``."""

Splitter = Callable[[str], list[Insertion]]
"""A function that proposes insertions (such as spaces between run-together words)."""


def mask(text: str, keep: Sequence[tuple[int, int]]) -> str:
    """``text`` with every character outside the ``keep`` ranges replaced by a newline."""
    if len(keep) == 1 and keep[0] == (0, len(text)):
        return text
    pieces: list[str] = []
    position = 0
    for start, end in keep:
        pieces.append("\n" * (start - position))
        pieces.append(text[start:end])
        position = end
    pieces.append("\n" * (len(text) - position))
    return "".join(pieces)


def dash_spacing(text: str) -> list[Insertion]:
    """Spaces around em and en dashes that join two words ("Canadians—ex-diplomat")."""
    inserts: list[Insertion] = []
    for match in _LONG_DASH.finditer(text):
        at = match.start()
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if (before.isalnum() or before == "_") and after.isalpha():
            inserts.append((at, " "))
            inserts.append((at + 1, " "))
    return inserts


def plain(text: str) -> str:
    """``text`` with :data:`CHARACTER_MAP` applied: plain quotes, dashes and spaces."""
    return _SPECIAL.sub(_replacement, text)


def _replacement(match: re.Match[str]) -> str:
    return str(CHARACTER_MAP[ord(match.group())])


def apply(text: str, inserts: Iterable[Insertion]) -> tuple[str, OffsetMap]:
    """Apply insertions (source offsets) to ``text``; the result and its offset map."""
    ordered = sorted(inserts, key=lambda item: item[0])
    if not ordered:
        return text, OffsetMap(())
    pieces: list[str] = []
    inserted: list[int] = []
    position = 0
    length = 0
    for offset, insert in ordered:
        pieces.append(text[position:offset])
        length += offset - position
        position = offset
        pieces.append(insert)
        inserted.extend(range(length, length + len(insert)))
        length += len(insert)
    pieces.append(text[position:])
    return "".join(pieces), OffsetMap(tuple(inserted))


def normalize(
    text: str, body: Iterable[tuple[int, int]], splitters: Iterable[Splitter] = ()
) -> tuple[str, OffsetMap]:
    """The normalised text of the ``body`` ranges of ``text``, and its offset map.

    Characters outside the body become newlines; typographic characters become plain
    ones; each splitter proposes insertions (such as spaces between run-together words).
    """
    masked = mask(text, tuple(body))
    inserts = dash_spacing(masked)
    readable = plain(masked)
    for splitter in splitters:
        inserts.extend(splitter(readable))
    return apply(readable, inserts)
