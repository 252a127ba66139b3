"""Detentions told of a time before today's states: a Soviet arrest, not a Russian one.

A place or institution names today's state ("in Moscow", "a Moscow court"), but a
detention dated before the former state ended was a detention by that state
(``data/detentions/predecessors.tsv``). An article that names the former state ("the
Soviet Union", "the USSR") and never today's ("Russia") tells of the former one's time;
otherwise a record is dated by the earliest of its start, end and steps, an undated one
by the article's other detentions when all of them begin on the same side of the end,
else by the article's publication date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ...model import Detention, PartialDate
from ..mentions import PlaceKind, PlaceMention
from ._lexicon import predecessors

__all__ = ["in_their_time"]


def _dates(record: Detention) -> list[PartialDate]:
    found = [d for d in (record.start, record.end) if d is not None]
    found.extend(e.date for e in record.events if e.date is not None)
    return found


def _before(dates: Iterable[PartialDate], last: PartialDate) -> bool | None:
    """Whether the dates lie before ``last`` (``None`` without dates, or when they differ)."""
    verdicts = {date <= last for date in dates}
    return verdicts.pop() if len(verdicts) == 1 else None


def _earliest(record: Detention) -> list[PartialDate]:
    return sorted(_dates(record))[:1]


def _former(
    record: Detention,
    last: PartialDate,
    everything: Sequence[PartialDate],
    published: PartialDate | None,
) -> bool:
    """Whether ``record`` is dated before ``last``: by itself, the article, or its date."""
    before = _before(_earliest(record), last)
    if before is None:
        before = _before(everything, last)
    if before is None and published is not None:
        before = published <= last
    return bool(before)


def in_their_time(
    records: Sequence[Detention], places: Sequence[PlaceMention], published: PartialDate | None
) -> list[Detention]:
    """``records`` with each detaining state that ended since replaced by the former state.

    ``places`` are the document's place mentions.
    """
    named = {state for place in places if place.kind is PlaceKind.NAME for state in place.states}
    everything = [date for record in records for date in _earliest(record)]
    found: list[Detention] = []
    for record in records:
        state = record.detaining_state
        former = predecessors().get(state) if state is not None else None
        if former is not None and (
            (former[0] in named and state not in named)
            or _former(record, former[1], everything, published)
        ):
            found.append(attrs.evolve(record, detaining_state=former[0]))
        else:
            found.append(record)
    return found
