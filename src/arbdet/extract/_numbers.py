"""Numbers written in words or figures: "nine", "Fifty-eight", "twenty-seven", "a dozen", "1,000".

Shared by the extractors that count (dates, sentences, signatories). Number words and
how they combine come from the package's ``data/numbers.tsv``. Only whole numbers are read.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

__all__ = ["NumberMatch", "find_numbers", "number_at", "word_value"]

# One word or numeral: a run of letters, or figures with optional thousands separators.
# Figures are bounded (at most 15, or 7 groups of three): longer runs are not counts.
_PIECE = re.compile(r"[^\W\d_]+|\d{1,3}(?:,\d{3}){1,6}(?!\d|,\d)|\d{1,15}(?!\d|,\d)")
_ARTICLES = frozenset(["a", "an"])
_MAX_WORDS = 12

# Which kind of number word may follow which ("start" and "article" begin a number).
_NEXT: dict[str, frozenset[str]] = {
    "start": frozenset(["unit", "teen", "tens"]),
    "article": frozenset(["hundred", "dozen", "scale"]),
    "unit": frozenset(["hundred", "dozen", "scale"]),
    "teen": frozenset(["hundred", "scale"]),
    "tens": frozenset(["unit", "hundred", "dozen", "scale"]),
    "tens_unit": frozenset(["hundred", "scale"]),
    "hundred": frozenset(["unit", "teen", "tens", "scale"]),
    "dozen": frozenset(),
    "scale": frozenset(["unit", "teen", "tens"]),
}
_AND_AFTER = frozenset(["hundred", "scale"])  # "two hundred and five", "a thousand and one"


@attrs.frozen
class NumberMatch:
    """A number written in a text: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    value: int


@functools.cache
def number_words() -> dict[str, tuple[int, str]]:
    """Cardinal number words (lower case): their value and kind (unit, teen, tens...)."""
    table: dict[str, tuple[int, str]] = {}
    data = resources.files("arbdet").joinpath("data/numbers.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            word, value, kind = line.split("\t")
            table[word] = (int(value), kind)
    return table


def _numeral(piece: str) -> int | None:
    digits = piece.replace(",", "")
    return int(digits) if digits.isascii() and digits.isdigit() else None


class _Reader:
    """Adds number words one at a time, refusing one that cannot continue the number."""

    def __init__(self, article: bool = False) -> None:
        self.state = "article" if article else "start"
        self.total = 0
        self.current = 0
        self.after_and = False

    def add(self, word: str) -> bool:
        entry = number_words().get(word)
        if entry is None:
            return False
        value, kind = entry
        if kind == "unit" and self.state == "tens":
            self.state, self.current = "tens_unit", self.current + value
            return True
        allowed = _NEXT[self.state] - ({"hundred", "dozen", "scale"} if self.after_and else set())
        if kind not in allowed:
            return False
        self.after_and = False
        if kind in ("hundred", "dozen"):
            self.current = (self.current or 1) * value
        elif kind == "scale":
            self.total, self.current = self.total + (self.current or 1) * value, 0
        else:
            self.current += value
        self.state = kind
        return True

    def add_and(self) -> bool:
        if self.state not in _AND_AFTER or self.after_and:
            return False
        self.after_and = True
        return True

    @property
    def value(self) -> int:
        return self.total + self.current


def word_value(word: str) -> int | None:
    """The value of one written number: ``"nine"`` is 9, ``"Fifty-eight"`` 58, ``"1,000"`` 1000.

    A hyphenated word counts only if its parts make one number (``"twenty-seven"``);
    anything else is ``None``.
    """
    value = _numeral(word)
    if value is not None:
        return value
    reader = _Reader()
    if not all(reader.add(part) for part in word.lower().split("-")):
        return None
    return reader.value


def number_at(text: str, start: int) -> NumberMatch | None:
    """The number written from ``start`` on, if one starts there.

    Reads figures (``"11"``, ``"1,000"``), number words joined by spaces or hyphens
    (``"twenty-seven"``, ``"two hundred and five"``) and ``"a dozen"``/``"a hundred"``.
    It stops before anything that is not part of the number, so ``"11-year"`` gives 11
    and ``"Fifty-eight-year-old"`` gives 58. A number glued to letters or figures before
    or after it (``"G7"``, ``"7G"``, ``"1st"``, ``"COVID-19"``) is not read.
    """
    if not 0 <= start < len(text) or (start > 0 and text[start - 1].isalnum()):
        return None
    match = _PIECE.match(text, start)
    if match is None:
        return None
    figure = _numeral(match.group())
    if figure is not None:
        if match.end() < len(text) and text[match.end()].isalnum():
            return None
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            return None  # the figure of a name: "COVID-19", "MH-17"
        return NumberMatch(start, match.end(), figure)
    return _words_at(text, start)


def _words_at(text: str, start: int) -> NumberMatch | None:
    first = _PIECE.match(text, start)
    assert first is not None
    article = first.group().lower() in _ARTICLES
    reader = _Reader(article)
    position = _next_word(text, first.end()) if article else start
    end = None
    for _ in range(_MAX_WORDS):
        if position is None:
            break
        match = _PIECE.match(text, position)
        if match is None:
            break
        word = match.group().lower()
        if word == "and" and text[position - 1] == " ":
            if not reader.add_and():
                break
        elif reader.add(word):
            end = match.end()
        else:
            break
        position = _next_word(text, match.end())
    if end is None or reader.state in ("start", "article"):
        return None
    return NumberMatch(start, end, reader.value)


def _next_word(text: str, end: int) -> int | None:
    """Where the next word starts if only one space or hyphen follows ``end``."""
    if end + 1 < len(text) and text[end] in " -" and text[end + 1].isalpha():
        return end + 1
    return None


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number written in ``text``, in order, not overlapping."""
    found: list[NumberMatch] = []
    position = 0
    for match in _PIECE.finditer(text):
        if match.start() < position:
            continue
        number = number_at(text, match.start())
        if number is not None:
            found.append(number)
            position = number.end
    return found
