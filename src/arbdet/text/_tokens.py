"""The one tokeniser, and a document's tokens kept column by column.

A token is a dotted initialism ("U.S."), a number with inner separators ("1,000", "6.5",
"10:30"), a word with inner hyphens or apostrophes ("Zaghari-Ratcliffe", "O'Neil",
"ex-diplomat", "2021-02-15"), a possessive ending ("'s") or any other single character.
The columns are plain lists, built by one regular-expression pass per sentence, so every
later step reads tokens by index without building an object per token.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import attrs

__all__ = ["TOKEN_PATTERN", "Tokens", "occurrences", "tokenize"]

TOKEN_PATTERN = re.compile(
    r"[A-Z](?:\.[A-Z])+\."  # dotted initialisms: U.S., U.K.
    r"|\d+(?:[.,:]\d+)+"  # numbers with separators: 1,000 6.5 10:30
    r"|\w+(?:-\w+|'(?!s\b)\w+)*"  # words, with inner hyphens and apostrophes
    r"|'s\b"  # the possessive ending
    r"|\S"  # any other character
)
"""What one token is; see the module's notes."""


def tokenize(text: str) -> list[str]:
    """The token texts of a short phrase (how vocabulary entries are compared with text)."""
    return TOKEN_PATTERN.findall(text)


def occurrences(
    column: list[str], value: str, first: int = 0, stop: int | None = None
) -> list[int]:
    """Where ``value`` stands in a token column (within ``[first, stop)``), in order.

    ``list.index`` compares in C, so a value is found far faster than by a loop in Python.
    """
    end = len(column) if stop is None else stop
    found: list[int] = []
    try:
        at = column.index(value, first, end)
        while True:
            found.append(at)
            at = column.index(value, at + 1, end)
    except ValueError:
        return found


@attrs.frozen(eq=False, repr=False)
class Tokens:
    """The tokens of a document: token ``i`` is ``text[start[i]:end[i]]``.

    ``lower`` holds each token in lower case; ``sentence`` the index of the sentence it
    belongs to. Every list has one entry a token.
    """

    start: list[int]
    end: list[int]
    text: list[str]
    lower: list[str]
    sentence: list[int]

    def __len__(self) -> int:
        return len(self.start)

    def glued(self, index: int) -> bool:
        """Whether token ``index`` follows the token before it with no space between."""
        return index > 0 and self.start[index] == self.end[index - 1]

    def at(self, offset: int) -> int:
        """The first token that ends after character ``offset`` (``len(self)`` if none)."""
        return bisect_right(self.end, offset)

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """The tokens ``[first, stop)`` that overlap characters ``[start, end)``."""
        first = bisect_right(self.end, start)
        stop = bisect_left(self.start, end, lo=first)
        return first, max(first, stop)

    def span(self, first: int, stop: int) -> tuple[int, int]:
        """The characters ``[start, end)`` of tokens ``[first, stop)`` (``stop > first``)."""
        return self.start[first], self.end[stop - 1]

    def words(self, first: int, stop: int) -> tuple[str, ...]:
        """The lower-case texts of tokens ``[first, stop)``."""
        return tuple(self.lower[first:stop])

    def __repr__(self) -> str:
        shown = " ".join(self.text[:12])
        more = " ..." if len(self) > 12 else ""
        return f"<Tokens {len(self)}: {shown}{more}>"
