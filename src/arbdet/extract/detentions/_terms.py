"""Prison terms: "sentenced to 16 years", "an 11-year sentence", "six and a half years".

A term is read by the rules ``detention.term.*`` of ``rules.tsv``, anchored on its unit
(``unit``: "years", "months", an "11-year" compound, "death", "life"):

- a number of years or months after "to", "given", "handed", "serving", "got" (a person
  may stand between: "gave X six years"), after "for" when a sentencing word comes
  shortly before ("jailed for 10 years"), or after "a sentence of";
- "N-year" before "sentence", "term", "prison term" ("an 11-year sentence");
- death and life sentences ("sentenced to death", "a life sentence", "life in prison")
  are terms of a kind, with no number of years.

Rules with ``term=none`` claim numbers that are not terms: a maximum ("up to 20 years"),
a request ("prosecutors asked for 18 years"), time already spent ("more than three years
after"). "and a half" adds half a year; months count as twelfths of a year.
"""

from __future__ import annotations

import enum
import re

import attrs

from .._numbers import number_at
from ..patterns import Match
from ._lexicon import words
from ._reading import Reading
from ._rules import layers_of, number_value, rules

__all__ = ["TermKind", "TermMention", "find_terms", "is_term_word"]

_COMPOUND = re.compile(r"(.+?)-(?:year|month)s?\b", re.IGNORECASE)
_MONTHS_A_YEAR = 12
_HALF = 0.5
_MAX_YEARS = 100  # a larger number before "years" is no prison term


class TermKind(enum.Enum):
    """What kind of sentence a term is."""

    YEARS = "years"
    LIFE = "life"
    DEATH = "death"


@attrs.frozen
class TermMention:
    """A prison term over tokens ``[first, end)``; ``years`` is ``None`` for death or life."""

    years: float | None
    first: int
    end: int
    start: int
    stop: int
    kind: TermKind = TermKind.YEARS
    rule: str = ""


def _number(text: str) -> float | None:
    """The value of a number written in one token or in words ("twenty five")."""
    value = number_value(text)
    if value is not None:
        return value
    found = number_at(text + " ", 0)
    return None if found is None else float(found.value)


def _value(view: Reading, match: Match) -> float | None:
    """The number of years a term's match states."""
    number = match.get("n")
    unit = match.get("unit")
    assert unit is not None
    if number is None and unit[1] - unit[0] == 1 and view.is_class(unit[0], "term_single"):
        value: float | None = 1.0  # "sentenced to a year in prison"
    elif number is None:  # "an 11-year sentence": the number is inside the unit's token
        compound = _COMPOUND.fullmatch(view.text(unit[0]))
        value = None if compound is None else _number(compound.group(1))
    else:
        start, end = view.span(number[0], number[1])
        value = _number(view.doc.text[start:end])
    if value is None:
        return None
    if match.get("half") is not None:
        value += _HALF
    if view.lower(unit[0]).rstrip("s").endswith("month"):
        value /= _MONTHS_A_YEAR
    extra = match.get("extra")  # "eight years and eight months"
    if extra is not None:
        months = _number(view.doc.text[slice(*view.span(extra[0], extra[1]))])
        value += 0 if months is None else months / _MONTHS_A_YEAR
    return value if 0 < value <= _MAX_YEARS else None


def is_term_word(view: Reading, index: int) -> bool:
    """Whether token ``index`` can end a term: "years", "11-year", "death", "life"."""
    return view.lower(index) in words("term_anchor") or (
        view.inside(index) and _COMPOUND.fullmatch(view.whole.text[index]) is not None
    )


def _units(view: Reading) -> list[int]:
    """Tokens of the sentence that can end a term (see :func:`is_term_word`)."""
    found = {*view.among(words("term_anchor")), *view.among(_compounds(view))}
    return sorted(found)


def _compounds(view: Reading) -> frozenset[str]:
    """The document's words that end a term by themselves ("11-year"), found once."""
    whole = view.whole
    found: frozenset[str] | None = whole.memo.get(_COMPOUNDS)
    if found is None:
        found = whole.memo[_COMPOUNDS] = frozenset(
            word
            for word in whole.columns.vocabulary
            if "-" in word and _COMPOUND.fullmatch(word) is not None
        )
    return found


_COMPOUNDS = "term_compounds"  # the document's memo of them


def find_terms(view: Reading) -> list[TermMention]:
    """Every prison term of a sentence, in order."""
    found: list[TermMention] = []
    layers = layers_of(view.whole)
    bounds = (view.first, view.stop)
    taken = view.first
    for unit in _units(view):
        if unit < taken:
            continue
        for match in rules().anchored(view.doc, layers, bounds, (unit, unit + 1), "unit"):
            term = _term(view, match, unit)
            if match.rule.value("term") == "none" or term is not None:
                if term is not None:
                    found.append(term)
                    taken = term.end
                break
    return found


def _term(view: Reading, match: Match, unit: int) -> TermMention | None:
    """The term a rule's match states, if it states one."""
    kind = match.rule.value("term")
    if kind not in {k.value for k in TermKind}:
        return None
    if kind != TermKind.YEARS.value:
        start, stop = view.span(match.first, match.stop)
        return TermMention(
            None, match.first, match.stop, start, stop, TermKind(kind), match.rule.id
        )
    years = _value(view, match)
    if years is None:
        return None
    number = match.get("n")
    first = unit if number is None else number[0]
    last = unit + 1 if match.get("extra") is None else match.stop
    start, stop = view.span(first, last)
    return TermMention(years, first, last, start, stop, TermKind.YEARS, match.rule.id)
