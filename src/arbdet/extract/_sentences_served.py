"""Prison terms: "sentenced to 16 years", "an 11-year sentence", "six and a half years".

A number of years is a prison term only where a sentence is meant:

- "N-year" before "sentence", "term", "prison term" ("an 11-year sentence");
- "N years" after "to", "given", "handed", "serving", "got", "received", or after "for"
  when a sentence or jailing comes shortly before it ("jailed for 10 years");
- death and life sentences ("sentenced to death", "a life sentence", "life in prison")
  are terms with no number of years.

Numbers that are not terms are left alone: a maximum ("up to 20 years"), a request
("prosecutors asked for 18 years"), time already spent ("more than three years after").
Numbers are read with :mod:`arbdet.extract._numbers`; "and a half" adds half a year and
figures with a decimal point ("6.5 years") are read too.
"""

from __future__ import annotations

import re

import attrs

from ._detention_view import SentenceView
from ._numbers import number_at

__all__ = ["TermMention", "find_terms"]

_HALF = re.compile(r" and a half\b", re.I)
_DECIMAL = re.compile(r"\d+\.\d+")
_YEARS_AFTER = re.compile(r"-year\b|\s+years?\b", re.I)
_AFTER_ADJECTIVE = frozenset(["sentence", "sentences", "term", "prison", "jail", "stint"])
_BEFORE = frozenset(
    [
        "to",
        "given",
        "handed",
        "serving",
        "serve",
        "got",
        "get",
        "gets",
        "received",
        "receive",
        "receiving",
        "condemned",
    ]
)
_JAILED = frozenset(["jailed", "imprisoned", "sentenced", "locked", "condemned"])
_NOT_TERM = frozenset(
    [
        "up",
        "asked",
        "sought",
        "demanded",
        "requested",
        "seeking",
        "faces",
        "face",
        "facing",
        "maximum",
        "than",
        "nearly",
        "almost",
        "about",
        "over",
        "least",
        "after",
        "spent",
        "spend",
        "past",
        "threaten",
    ]
)
_DEATH = (
    ("to", "death"),
    ("death", "sentence"),
    ("death", "penalty"),
    ("life", "sentence"),
    ("life", "imprisonment"),
    ("life", "in"),
    ("to", "life"),
)
_MAX_JAILED = 6


@attrs.frozen
class TermMention:
    """A prison term over tokens ``[first, end)``; ``years`` is ``None`` for death or life."""

    years: float | None
    first: int
    end: int
    start: int
    stop: int


def _read_years(view: SentenceView, index: int) -> tuple[float, int] | None:
    """The number of years written from token ``index`` and where it ends (characters)."""
    text = view.doc.text
    start = view.tokens[index].start
    decimal = _DECIMAL.match(text, start)
    if decimal is not None:
        value, end = float(decimal.group()), decimal.end()
    else:
        number = number_at(text, start)
        if number is None:
            return None
        value, end = float(number.value), number.end
    half = _HALF.match(text, end)
    if half is not None:
        value, end = value + 0.5, half.end()
    unit = _YEARS_AFTER.match(text, end)
    if unit is None or value <= 0 or value > 100:
        return None
    return value, unit.end()


def _is_term(view: SentenceView, index: int, adjectival: bool, after: int) -> bool:
    before = index - 1
    if view.lower(before) in ("a", "an"):
        before -= 1
    person = view.person_ending(before + 1)
    if person is not None:  # "gave Alsu Kurmasheva six and a half years"
        before = person.first - 1
    if view.lower(before) in _NOT_TERM or view.lower(before - 1) in _NOT_TERM:
        return False
    if adjectival:
        return any(view.lower(after + k) in _AFTER_ADJECTIVE for k in range(3))
    word = view.lower(before)
    if word in _BEFORE:
        return True
    if word == "for":
        return any(
            view.lower(back) in _JAILED for back in range(before - 1, before - _MAX_JAILED, -1)
        )
    return word == "of" and view.lower(before - 1) in ("sentence", "term")


def find_terms(view: SentenceView) -> list[TermMention]:
    """Every prison term of a sentence, in order."""
    found: list[TermMention] = []
    index = 0
    while index < len(view):
        pair = (view.lower(index), view.lower(index + 1))
        if pair in _DEATH and view.lower(index - 1) not in _NOT_TERM:
            start, stop = view.span(index, index + 2)
            found.append(TermMention(None, index, index + 2, start, stop))
            index += 2
            continue
        read = _read_years(view, index)
        if read is None:
            index += 1
            continue
        value, stop = read
        after = view.token_at(stop)
        adjectival = view.doc.text[stop - 5 : stop].lower() == "-year"
        if _is_term(view, index, adjectival, after):
            found.append(TermMention(value, index, after, view.tokens[index].start, stop))
        index = max(after, index + 1)
    return found
