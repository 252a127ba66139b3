"""Claims and fields: the values sources give, the best-supported one, and disagreements.

A claim is a value and every source that gives it; a field is all claims about one field,
the best-supported value and whether the sources disagree.

Everything here is ordered canonically (values by their text, sources by id, evidence by
position), so merging the same claims in any order gives equal results.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Generic, TypeVar

import attrs

from ..model import Evidence, PartialDate

__all__ = [
    "Claim",
    "Field",
    "date_field",
    "evidence_key",
    "exact_field",
    "gather",
    "latest_field",
    "sorted_evidence",
]

T = TypeVar("T", bound=Hashable)

Dates = Mapping[str, PartialDate | None]
"""The effective date of each source, by id (``None`` where unknown)."""


def evidence_key(evidence: Evidence) -> tuple[str, int, int, str, str, str]:
    """The canonical sort key of a piece of evidence."""
    span = evidence.span
    return (
        evidence.source_id,
        span.start,
        span.end,
        evidence.extractor,
        evidence.field or "",
        evidence.text,
    )


def sorted_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence without repeats, in canonical order."""
    return tuple(sorted(set(evidence), key=evidence_key))


def _latest(dates: Iterable[PartialDate | None]) -> PartialDate | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None


@attrs.frozen
class Claim(Generic[T]):
    """One value of a field, the sources that give it and the words they give it in.

    ``as_of`` is the latest date among those sources (publication, or the latest date
    the source's facts mention), ``None`` where none is known.
    """

    value: T
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)
    as_of: PartialDate | None = None

    @property
    def support(self) -> int:
        """How many sources give this value."""
        return len(self.sources)


def gather(
    items: Iterable[tuple[T, str, Iterable[Evidence]]],
    dates: Dates,
    *,
    key: Callable[[T], str] = str,
) -> tuple[Claim[T], ...]:
    """Claims from ``(value, source id, evidence)`` triples: one claim per distinct value."""
    sources: dict[T, set[str]] = {}
    evidence: dict[T, set[Evidence]] = {}
    for value, source_id, found in items:
        sources.setdefault(value, set()).add(source_id)
        evidence.setdefault(value, set()).update(found)
    claims = [
        Claim(
            value,
            tuple(sorted(ids)),
            sorted_evidence(evidence[value]),
            _latest(dates.get(i) for i in ids),
        )
        for value, ids in sources.items()
    ]
    return tuple(sorted(claims, key=lambda c: (key(c.value), c.sources)))


@attrs.frozen
class Field(Generic[T]):
    """Every claim about one field, the best-supported value, and whether sources disagree."""

    claims: tuple[Claim[T], ...] = ()
    best: T | None = None
    disputed: bool = False

    @property
    def values(self) -> tuple[T, ...]:
        """Every value given, in canonical order."""
        return tuple(c.value for c in self.claims)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source that gives a value."""
        return tuple(sorted({s for c in self.claims for s in c.sources}))

    def __bool__(self) -> bool:
        return bool(self.claims)


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    return a.contains(b) or b.contains(a)


def _precision(value: PartialDate) -> int:
    return (value.month is not None) + (value.day is not None)


def _date_support(claims: tuple[Claim[PartialDate], ...], value: PartialDate) -> int:
    return sum(c.support for c in claims if _compatible(c.value, value))


def _as_of_key(claim: Claim[T]) -> tuple[int, int, int]:
    day = claim.as_of
    return (0, 0, 0) if day is None else (day.year, day.month or 0, day.day or 0)


def _disagree(claims: tuple[Claim[PartialDate], ...]) -> bool:
    return any(
        not _compatible(a.value, b.value) for i, a in enumerate(claims) for b in claims[i + 1 :]
    )


def date_field(claims: tuple[Claim[PartialDate], ...]) -> Field[PartialDate]:
    """A date field: the best value is the most precise of the values most sources agree with.

    Dates agree when one contains the other ("2018-12" and "2018-12-10").
    """
    if not claims:
        return Field()
    best = max(
        claims,
        key=lambda c: (
            _date_support(claims, c.value),
            _precision(c.value),
            c.support,
            _as_of_key(c),
            [-n for n in (c.value.year, c.value.month or 0, c.value.day or 0)],
        ),
    )
    return Field(claims, best.value, _disagree(claims))


def latest_field(claims: tuple[Claim[PartialDate], ...]) -> Field[PartialDate]:
    """A date that later sources know better (an end).

    The best value is the latest source's, made as precise as the values agreeing with it.
    """
    if not claims:
        return Field()
    latest = max(claims, key=lambda c: (_as_of_key(c), c.support, _precision(c.value)))
    agreeing = [c for c in claims if _compatible(c.value, latest.value)]
    best = max(agreeing, key=lambda c: (_precision(c.value), c.support, _as_of_key(c)))
    return Field(claims, best.value, _disagree(claims))


def exact_field(
    claims: tuple[Claim[T], ...], *, by_latest: bool = False, disputable: bool = True
) -> Field[T]:
    """A field of plain values: the value most sources give.

    With ``by_latest``, the latest source's value; disputed where sources give different
    values (if ``disputable``).
    """
    if not claims:
        return Field()
    if by_latest:
        best = max(claims, key=lambda c: (_as_of_key(c), c.support))
    else:
        best = max(claims, key=lambda c: (c.support, _as_of_key(c)))
    return Field(claims, best.value, disputable and len(claims) > 1)
