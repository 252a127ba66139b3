"""``statements(speaker=..., about=..., between=...)``: quotations, filtered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..errors import UnknownNameError
from ..kb import (
    DeclarationRecord,
    DetentionRecord,
    Indexed,
    PersonRecord,
    StatementRecord,
    fold,
    quote_words,
)
from ..model import PartialDate, State
from ._dates import DateLike, as_date
from ._results import Statements
from ._subjects import Subject, find_subject

__all__ = ["statements"]

Matcher = Callable[[StatementRecord], bool]

_MIN_BODY_NAME = 4
"""The shortest part of an organisation's name a speaker filter matches on."""


def _speaker_matcher(kb: Indexed, speaker: Subject | str) -> Matcher:
    try:
        found = find_subject(kb, speaker)
    except UnknownNameError:
        if not isinstance(speaker, str) or len(speaker.strip()) < _MIN_BODY_NAME:
            raise
        label = fold(speaker.strip())
        bodies = {fold(a) for s in kb.index.statements for a in s.affiliation.values}
        if not any(label in body for body in bodies):
            raise
        return lambda s: any(label in fold(a) for a in s.affiliation.values)
    if isinstance(found, DetentionRecord):
        found = found.detainee
    if isinstance(found, PersonRecord):
        return lambda s: s.speaker == found
    if isinstance(found, State):
        return lambda s: found.code in s.affiliation.values
    raise UnknownNameError(found.title, kind="speaker")


def _mentions(record: StatementRecord, words: set[str], label: str) -> bool:
    if label in record.about:
        return True
    return bool(words) and words <= set(quote_words(record.quote))


def _about_matcher(kb: Indexed, about: Subject | str) -> Matcher:
    found = find_subject(kb, about)
    if isinstance(found, DetentionRecord):
        found = found.detainee
    if isinstance(found, PersonRecord):
        surnames = [set(quote_words(s.split()[-1])) for s in found.spellings]
        return lambda s: found.name in s.about or any(_mentions(s, w, found.name) for w in surnames)
    if isinstance(found, DeclarationRecord):
        return lambda s: "declaration" in quote_words(s.quote)
    words = set(quote_words(found.name))
    return lambda s: _mentions(s, words, found.code)


def _within(date: PartialDate | None, start: dt.date | None, end: dt.date | None) -> bool:
    if date is None:
        return False
    return (start is None or date.last_day >= start) and (end is None or date.first_day <= end)


def statements(
    kb: Indexed,
    *,
    speaker: Subject | str | None = None,
    about: Subject | str | None = None,
    between: tuple[DateLike | None, DateLike | None] | None = None,
) -> Statements:
    """Quotations (each merged across the sources that print it), filtered.

    ``speaker``: a person, or a state or organisation for everyone speaking for it, named
    or not (``"CN"``, ``"State Department"``). ``about``: a person, state or declaration
    the quotation names (or is recorded as being about). ``between``: ``(start, end)``
    dates, either ``None`` for open; a quotation whose date is unknown is left out when
    ``between`` is given.
    """
    records = list(kb.index.statements)
    title = "Statements"
    if speaker is not None:
        match = _speaker_matcher(kb, speaker)
        records = [s for s in records if match(s)]
        title += f" by {getattr(speaker, 'name', speaker)}"
    if about is not None:
        match = _about_matcher(kb, about)
        records = [s for s in records if match(s)]
        title += f" about {getattr(about, 'name', about)}"
    if between is not None:
        start, end = (
            as_date(d, last=i == 1) if d is not None else None for i, d in enumerate(between)
        )
        records = [s for s in records if _within(s.date.best, start, end)]
        title += f" between {between[0] or '...'} and {between[1] or '...'}"
    return Statements(tuple(records), title)
