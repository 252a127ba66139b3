"""A gazetteer of well-known public officials: whose state a named official acts for.

News text often names an official by office alone ("Prime Minister Justin Trudeau",
"Press Secretary Jen Psaki", "the foreign minister, Marc Garneau") and leaves the state
to the reader's knowledge. ``officials.tsv`` holds that knowledge for the officials of
the affairs arbdet reads; it is the last resort, after everything the text itself says.

Names are compared without accents, case, hyphens or full stops, and a name with its
middle names left out still matches ("Joseph R. Biden" and "Joseph Biden").
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

import attrs

from ...model import PartialDate, State

__all__ = ["Official", "is_official_name", "official_state", "official_state_by_office"]

_OPEN = 9999  # the last year of an office still held


@attrs.frozen
class Official:
    """One office a listed person held: the state, a short description and the years."""

    state: State
    office: str
    first_year: int
    last_year: int


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


@functools.cache
def _table() -> tuple[dict[tuple[str, ...], list[Official]], dict[tuple[str, ...], list[Official]]]:
    """Offices by full name, and by first and last name."""
    text = (
        resources.files("arbdet").joinpath("data/people/officials.tsv").read_text(encoding="utf-8")
    )
    full: dict[tuple[str, ...], list[Official]] = {}
    short: dict[tuple[str, ...], list[Official]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, code, office, first, last = line.split("\t")
        official = Official(State(code), office, int(first), _OPEN if last == "-" else int(last))
        for name in names.split("|"):
            words = _fold(name)
            full.setdefault(words, []).append(official)
            key = _short(words)
            if key is not None:
                short.setdefault(key, []).append(official)
    return full, short


def _offices(name: str) -> list[Official]:
    words = _fold(name)
    if len(words) < 2:
        return []  # a surname alone is not enough to know who is meant
    full, short = _table()
    found = full.get(words)
    if found is None:
        key = _short(words)
        found = short.get(key, []) if key is not None else []
    return found


def is_official_name(words: tuple[str, ...]) -> bool:
    """Whether the words, as written, are the full name of a listed official ("Penny Wong")."""
    return len(words) > 1 and _fold(" ".join(words)) in _table()[0]


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


def official_state_by_office(
    surname: str, titles: tuple[str, ...], when: PartialDate | None = None
) -> State | None:
    """The state of the one listed official with this surname who held one of ``titles``.

    For an official a text names by office and surname alone ("President Biden"): the
    surname is not enough, but with the office and the article's date it picks one person.
    ``None`` unless exactly one state fits.

    >>> official_state_by_office("Biden", ("president",), PartialDate(2022))
    State('US')
    """
    words = _fold(surname)
    wanted = tuple(title.casefold() for title in titles if title)
    if len(words) != 1 or not wanted:
        return None
    states = {
        official.state
        for name, offices in _table()[0].items()
        if name[-1] == words[0]
        for official in offices
        if any(title in official.office for title in wanted)
        and (when is None or official.first_year <= when.year <= official.last_year)
    }
    return next(iter(states)) if len(states) == 1 else None
