"""A gazetteer of well-known public officials: whose state a named official acts for.

News text often names an official by office alone ("Prime Minister Justin Trudeau",
"Press Secretary Jen Psaki", "the foreign minister, Marc Garneau") and leaves the state
to the reader's knowledge. ``officials.tsv`` holds that knowledge for the officials of
the affairs arbdet reads; it is the last resort, after everything the text itself says.

Names are compared without accents, case, hyphens or full stops, and a name with its
middle names left out still matches ("Joseph R. Biden" and "Joseph Biden"). A surname
alone is matched only with the office it names and at a date within the office's years
("President Biden" in 2022).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

import attrs

from ... import data
from ...model import PartialDate, State
from ...text import tokenize

__all__ = [
    "Official",
    "held_office",
    "known_name_lengths",
    "leader_state",
    "official_state",
    "surname_state",
    "written_name",
]

_OPEN = 9999  # the last year of an office still held


@attrs.frozen
class Official:
    """One office a listed person held: the state, a short description and the years."""

    state: State
    office: str
    first_year: int
    last_year: int


@functools.lru_cache(maxsize=4096)
def _fold(name: str) -> tuple[str, ...]:
    """A name as lower-case words without accents, hyphens, full stops or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("'", "").replace("\u2019", "")
    for mark in "-.":
        plain = plain.replace(mark, " ")
    return tuple(plain.split())


def _short(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A name's first and last words, where it has middle ones."""
    return (words[0], words[-1]) if len(words) > 2 else None


@attrs.frozen
class _Table:
    full: dict[tuple[str, ...], list[Official]]
    short: dict[tuple[str, ...], list[Official]]
    surnames: dict[str, list[Official]]
    lengths: dict[str, frozenset[int]]  # first token of a written name -> its token counts


@functools.cache
def _table() -> _Table:
    """Offices by full name, by first and last name, by surname; name lengths by first token."""
    table = _Table({}, {}, {}, {})
    lengths: dict[str, set[int]] = {}
    for names, code, office, first, last in data.rows("people/officials.tsv"):
        official = Official(State(code), office, int(first), _OPEN if last == "-" else int(last))
        for name in names.split("|"):
            words = _fold(name)
            table.full.setdefault(words, []).append(official)
            key = _short(words)
            if key is not None:
                table.short.setdefault(key, []).append(official)
            table.surnames.setdefault(words[-1], []).append(official)
            tokens = tokenize(name)
            first_word = _fold(tokens[0])
            if first_word:
                lengths.setdefault(first_word[0], set()).add(len(tokens))
    table.lengths.update({word: frozenset(sizes) for word, sizes in lengths.items()})
    return table


@functools.lru_cache(maxsize=4096)
def known_name_lengths(first: str) -> tuple[int, ...]:
    """How many tokens the listed names that begin with the token ``first`` have, longest first."""
    folded = _fold(first)
    lengths = _table().lengths.get(folded[0], frozenset()) if folded else frozenset()
    return tuple(sorted(lengths, reverse=True))


def written_name(words: Sequence[str]) -> bool:
    """Whether the tokens, as written, are the full name of a listed official ("Penny Wong")."""
    return len(words) > 1 and _fold(" ".join(words)) in _table().full


def _offices(name: str) -> list[Official]:
    words = _fold(name)
    if len(words) < 2:
        return []  # a surname alone is not enough to know who is meant
    table = _table()
    found = table.full.get(words)
    if found is None and len(words) > 2:
        # a title or a middle name before a listed name: "Seyyed Ebrahim Raisi"
        found = table.full.get(words[-2:])
    if found is None:
        key = _short(words)
        found = table.short.get(key, []) if key is not None else []
    return found


def _at(offices: list[Official], when: PartialDate | None) -> State | None:
    """The state of the office held at ``when`` (else the latest one begun by then)."""
    states = {o.state for o in offices}
    if len(states) == 1:
        return next(iter(states))
    if when is None:
        return max(offices, key=lambda o: o.first_year).state
    holding = {o.state for o in offices if o.first_year <= when.year <= o.last_year}
    if len(holding) == 1:
        return next(iter(holding))
    begun = [o for o in offices if o.first_year <= when.year]
    if not begun:
        return None
    return max(begun, key=lambda o: (o.first_year, o.last_year)).state


def official_state(names: tuple[str, ...], when: PartialDate | None = None) -> State | None:
    """The state a listed official acts for, by any of their ``names``, at date ``when``.

    ``None`` for a name the gazetteer does not hold.

    >>> official_state(("Justin Trudeau",))
    State('CA')
    >>> official_state(("Josep Borrell",), PartialDate(2022))
    State('EU')
    """
    for name in names:
        offices = _offices(name)
        if offices:
            return _at(offices, when)
    return None


def held_office(names: tuple[str, ...], title: str, when: PartialDate | None) -> State | None:
    """The state for which a listed official by any of ``names`` held office ``title``.

    The office must be held at ``when`` (any time without a date); ``None`` for anyone the
    gazetteer does not list with such an office.

    >>> held_office(("Dominic Raab",), "foreign secretary", PartialDate(2020))
    State('GB')
    """
    for name in names:
        for official in _offices(name):
            if title in official.office and (
                when is None or official.first_year <= when.year <= official.last_year
            ):
                return official.state
    return None


def surname_state(surname: str, title: str, when: PartialDate) -> State | None:
    """The state of the one listed official with this surname holding ``title`` at ``when``.

    "President Biden" in 2022 is the United States'; a surname two listed officials share in
    such an office, or an office held at another time, gives ``None``.

    >>> surname_state("Biden", "president", PartialDate(2022, 4))
    State('US')
    """
    folded = _fold(surname)
    if len(folded) != 1:
        return None
    states = {
        official.state
        for official in _table().surnames.get(folded[0], [])
        if title in official.office and official.first_year <= when.year <= official.last_year
    }
    return next(iter(states)) if len(states) == 1 else None


def leader_state(surname: str, when: PartialDate | None) -> State | None:
    """The state of the listed official with this surname in office at ``when``.

    What "the Biden administration" or "the Trudeau government" belong to; ``None`` without
    a date, for a surname no listed official in office then has, or one two of them share.

    >>> leader_state("Trudeau", PartialDate(2020))
    State('CA')
    """
    folded = _fold(surname)
    if when is None or len(folded) != 1:
        return None
    states = {
        official.state
        for official in _table().surnames.get(folded[0], [])
        if official.first_year <= when.year <= official.last_year
    }
    return next(iter(states)) if len(states) == 1 else None
