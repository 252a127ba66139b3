"""Normalise article text: typographic characters, masked chrome, run-together words.

Every step replaces characters one for one or inserts characters, so an
:class:`~arbdet.text._offsets.OffsetMap` can map every offset back to the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._offsets import OffsetMap

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

_DASHES = frozenset("\u2013\u2014\u2015")

Insertion = tuple[int, str]
"""Insert ``text`` before the source character at ``offset``."""


def mask(text: str, keep: Iterable[tuple[int, int]]) -> str:
    """``text`` with every character outside the ``keep`` ranges replaced by a newline."""
    out = ["\n"] * len(text)
    for start, end in keep:
        out[start:end] = text[start:end]
    return "".join(out)


def dash_spacing(text: str) -> list[Insertion]:
    """Spaces around em and en dashes that join two words ("Canadians—ex-diplomat")."""
    inserts: list[Insertion] = []
    for index, char in enumerate(text):
        if char not in _DASHES:
            continue
        if (
            index > 0
            and text[index - 1].isalnum()
            and index + 1 < len(text)
            and text[index + 1].isalpha()
        ):
            inserts.append((index, " "))
            inserts.append((index + 1, " "))
    return inserts


def apply(text: str, inserts: Iterable[Insertion]) -> tuple[str, OffsetMap]:
    """Apply insertions (source offsets) to ``text``; the result and its offset map."""
    pieces: list[str] = []
    inserted: list[int] = []
    position = 0
    length = 0
    for offset, insert in sorted(inserts, key=lambda item: item[0]):
        pieces.append(text[position:offset])
        length += offset - position
        position = offset
        pieces.append(insert)
        inserted.extend(range(length, length + len(insert)))
        length += len(insert)
    pieces.append(text[position:])
    return "".join(pieces), OffsetMap(tuple(inserted))


Splitter = Callable[[str], list[Insertion]]


def normalize(
    text: str, body: Iterable[tuple[int, int]], splitters: Iterable[Splitter] = ()
) -> tuple[str, OffsetMap]:
    """The normalised text of the ``body`` ranges of ``text``, and its offset map.

    Characters outside the body become newlines; typographic characters become plain
    ones; each splitter proposes insertions (such as spaces between run-together words).
    """
    masked = mask(text, body)
    inserts = dash_spacing(masked)
    plain = masked.translate(CHARACTER_MAP)
    for splitter in splitters:
        inserts.extend(splitter(plain))
    return apply(plain, inserts)
