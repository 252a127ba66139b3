"""Typed query results, each item with its sources and evidence.

Each collection prints as a table (``__repr__``), renders in notebooks (``_repr_html_``)
and has a JSON form (``to_json``).
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar, Generic, TypeVar, overload

import attrs

from ..kb._display import html_table, text_table
from ..kb._records import (
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    LinkRecord,
    SignatoryRecord,
    StatementRecord,
)
from ..kb._values import Claim, Field
from ..model import Evidence, PartialDate

__all__ = [
    "Conflict",
    "ConflictValue",
    "Conflicts",
    "Detentions",
    "Event",
    "Linked",
    "Results",
    "Signatories",
    "Statements",
    "Timeline",
    "detention_json",
]

T = TypeVar("T")


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _values(claims: Sequence[Claim[Any]]) -> list[dict[str, Any]]:
    return [{"value": _plain(c.value), "sources": list(c.sources)} for c in claims]


def _plain(value: object) -> Any:
    if isinstance(value, PartialDate):
        return str(value)
    code = getattr(value, "code", None)
    if isinstance(code, str):
        return code
    enum_value = getattr(value, "value", None)
    if isinstance(enum_value, str):
        return enum_value
    return value


@attrs.frozen
class Results(abc.ABC, Generic[T]):
    """A sequence of results that prints as a table."""

    items: tuple[T, ...]
    title: str

    headers: ClassVar[tuple[str, ...]] = ()

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        return self.items[index]

    def __bool__(self) -> bool:
        return bool(self.items)

    @abc.abstractmethod
    def row(self, item: T) -> Sequence[object]:
        """One item as table cells (in the order of :attr:`headers`)."""

    @abc.abstractmethod
    def to_json(self) -> list[dict[str, Any]]:
        """The results as JSON-ready data."""

    def __repr__(self) -> str:
        rows = [self.row(item) for item in self.items]
        title = f"{self.title} ({len(rows)})"
        return text_table(title, self.headers, rows)

    def _repr_html_(self) -> str:
        return html_table(self.title, self.headers, [self.row(item) for item in self.items])


# ---------------------------------------------------------------- timeline


@attrs.frozen
class Event:
    """A dated event: what happened, to whom, when (every date sources give), and where read."""

    date: PartialDate
    event: str
    subject: str
    detail: str | None
    dates: tuple[Claim[PartialDate], ...] = attrs.field(repr=False)
    disputed: bool
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)

    def to_json(self) -> dict[str, Any]:
        """The event as JSON-ready data."""
        return {
            "date": str(self.date),
            "event": self.event,
            "subject": self.subject,
            "detail": self.detail,
            "disputed": self.disputed,
            "dates": _values(self.dates),
            "sources": list(self.sources),
        }


@attrs.frozen(repr=False)
class Timeline(Results[Event]):
    """Dated events in order; where sources give different dates for one, it is flagged."""

    headers: ClassVar[tuple[str, ...]] = ("date", "event", "subject", "detail", "sources")

    def row(self, item: Event) -> Sequence[object]:
        """One event as table cells."""
        date = f"{item.date} (disputed)" if item.disputed else str(item.date)
        return (date, item.event, item.subject, item.detail, item.sources)

    def to_json(self) -> list[dict[str, Any]]:
        """The events as JSON-ready data."""
        return [event.to_json() for event in self.items]

    def plot(self, ax: Any = None) -> Any:
        """Draw the timeline with matplotlib (extra ``viz``); returns the axes."""
        import matplotlib.pyplot as plt

        if ax is None:
            _, ax = plt.subplots(figsize=(10, 1.2 + 0.35 * max(1, len(self.items))))
        kinds = sorted({e.event for e in self.items})
        for position, event in enumerate(self.items):
            day = event.date.first_day
            marker = "x" if event.disputed else "o"
            ax.plot([day], [position], marker=marker, color=f"C{kinds.index(event.event) % 10}")
            label = f"{event.event}: {event.subject}"
            ax.annotate(label, (day, position), xytext=(6, -3), textcoords="offset points")
        ax.set_yticks([])
        ax.invert_yaxis()
        ax.set_title(self.title)
        ax.margins(x=0.25)
        return ax


# ---------------------------------------------------------------- linked


@attrs.frozen(repr=False)
class Linked(Results[LinkRecord]):
    """Links between detentions: relation, who asserts, who denies, and the sources."""

    headers: ClassVar[tuple[str, ...]] = (
        "detainee",
        "linked to",
        "relation",
        "asserted by",
        "denied by",
        "sources",
    )

    def row(self, item: LinkRecord) -> Sequence[object]:
        """One link as table cells."""
        return (
            item.detainee.name,
            item.linked_to.name,
            item.relation.value,
            [c.value for c in item.asserted_by],
            [c.value for c in item.denied_by],
            item.sources,
        )

    def to_json(self) -> list[dict[str, Any]]:
        """The links as JSON-ready data (``arbdet-facts/1`` names, plus sources)."""
        return [
            {
                "detainee": link.detainee.name,
                "linked_to": link.linked_to.name,
                "relation": link.relation.value,
                "asserted_by": [c.value for c in link.asserted_by],
                "denied_by": [c.value for c in link.denied_by],
                "sources": list(link.sources),
                "asserted_by_sources": _values(link.asserted_by),
                "denied_by_sources": _values(link.denied_by),
            }
            for link in self.items
        ]


# ---------------------------------------------------------------- statements


@attrs.frozen(repr=False)
class Statements(Results[StatementRecord]):
    """Quotations, each merged across the sources that print it."""

    headers: ClassVar[tuple[str, ...]] = ("date", "speaker", "quote", "sources")

    def row(self, item: StatementRecord) -> Sequence[object]:
        """One quotation as table cells."""
        return (item.date.best, item.speaker_label, item.quote, item.sources)

    def to_json(self) -> list[dict[str, Any]]:
        """The quotations as JSON-ready data (``arbdet-facts/1`` names, plus sources)."""
        return [
            {
                "quote": s.quote,
                "speaker": None if s.speaker is None else s.speaker.name,
                "speaker_affiliation": s.affiliation.best,
                "date": _date(s.date.best),
                "sources": list(s.sources),
                "variants": _values(s.texts),
                "disputed": {"date": _values(s.date.claims)} if s.date.disputed else {},
            }
            for s in self.items
        ]


# ---------------------------------------------------------------- detentions


def detention_json(record: DetentionRecord) -> dict[str, Any]:
    """A merged detention in ``arbdet-facts/1`` field names, with its best-supported values.

    Beside them: ``sources`` and ``disputed`` (every disputed field's values with their
    sources) and ``length_days`` (shortest and longest, where start and end are known).
    """
    fields: dict[str, Field[Any]] = {
        "start": record.start,
        "end": record.end,
        "released": record.status,
        "sentence_years": record.sentence_years,
    }
    disputed = {}
    for name, field in fields.items():
        if field.disputed:
            values = _values(field.claims)
            if name == "released":
                for value in values:
                    value["value"] = value["value"] == "released"
            disputed[name] = values
    length = record.length
    return {
        "detainee": record.detainee.name,
        "nationality": [c.value.code for c in record.nationalities],
        "detaining_state": None if record.detaining_state is None else record.detaining_state.code,
        "start": _date(record.start.best),
        "end": _date(record.end.best),
        "released": record.released,
        "charges": [c.value for c in record.charges],
        "sentence_years": record.sentence_years.best,
        "length_days": None if length is None else [length.minimum_days, length.maximum_days],
        "sources": list(record.sources),
        "disputed": disputed,
    }


@attrs.frozen(repr=False)
class Detentions(Results[DetentionRecord]):
    """Merged detentions with the length of each where start and end are known."""

    headers: ClassVar[tuple[str, ...]] = (
        "detainee",
        "held by",
        "start",
        "end",
        "length",
        "status",
        "disputed",
        "sources",
    )

    def row(self, item: DetentionRecord) -> Sequence[object]:
        """One detention as table cells."""
        status = {True: "released", False: "held", None: None}[item.released]
        state = item.detaining_state.code if item.detaining_state else None
        return (
            item.detainee.name,
            state,
            item.start.best,
            item.end.best,
            item.length,
            status,
            item.disputed,
            item.sources,
        )

    def to_json(self) -> list[dict[str, Any]]:
        """The detentions as JSON-ready data (see :func:`detention_json`)."""
        return [detention_json(record) for record in self.items]


# ---------------------------------------------------------------- signatories


@attrs.frozen(repr=False)
class Signatories(Results[SignatoryRecord]):
    """A declaration's named signatories, and the counts each source reported."""

    declaration: DeclarationRecord | None = None
    counts: tuple[CountReport, ...] = ()
    references: frozenset[str] = frozenset()

    headers: ClassVar[tuple[str, ...]] = ("state", "signed", "named by", "reference")

    def row(self, item: SignatoryRecord) -> Sequence[object]:
        """One signatory as table cells."""
        articles = [s for s in item.sources if s not in self.references]
        listed = [s for s in item.sources if s in self.references]
        return (f"{item.state.code} ({item.state.name})", item.dates.best, articles, listed)

    def count_rows(self) -> list[Sequence[object]]:
        """The reported counts as table cells: count, as of, reported by, source."""
        return [
            (c.text, c.as_of, c.reported_by, f"{c.source}{' (reference)' if c.reference else ''}")
            for c in self.counts
        ]

    def to_json(self) -> list[dict[str, Any]]:
        """The signatories as JSON-ready data."""
        return [
            {
                "state": s.state.code,
                "date": _date(s.dates.best),
                "sources": [x for x in s.sources if x not in self.references],
                "reference": [x for x in s.sources if x in self.references],
            }
            for s in self.items
        ]

    def counts_json(self) -> list[dict[str, Any]]:
        """The reported counts as JSON-ready data."""
        return [
            {
                "count": c.count,
                "qualifier": c.qualifier.value,
                "as_of": _date(c.as_of),
                "reported_by": c.reported_by,
                "source": c.source,
                "reference": c.reference,
            }
            for c in self.counts
        ]

    def __repr__(self) -> str:
        counts = text_table(
            "Reported counts", ("count", "as of", "reported by", "source"), self.count_rows()
        )
        return super().__repr__() + "\n\n" + counts

    def _repr_html_(self) -> str:
        counts = html_table(
            "Reported counts", ("count", "as of", "reported by", "source"), self.count_rows()
        )
        return super()._repr_html_() + counts


# ---------------------------------------------------------------- conflicts


@attrs.frozen
class ConflictValue:
    """One side of a conflict: a value, the sources that give it, and their words."""

    value: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)
    reference: bool = False

    def __str__(self) -> str:
        mark = " (reference)" if self.reference else ""
        return f"{self.value} [{', '.join(self.sources)}]{mark}"


@attrs.frozen
class Conflict:
    """A place where sources contradict each other, with every side's evidence.

    ``kind`` is one of ``signatory_count``, ``signatory``, ``quote_attribution``,
    ``date``, ``value``, ``name`` (a suspicious variant, not merged) and ``spelling``
    (spellings of one person that were merged).
    """

    kind: str
    subject: str
    field: str | None
    values: tuple[ConflictValue, ...]
    note: str | None = None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """Every side's evidence."""
        return tuple(e for v in self.values for e in v.evidence)

    def to_json(self) -> dict[str, Any]:
        """The conflict as JSON-ready data."""
        return {
            "kind": self.kind,
            "subject": self.subject,
            "field": self.field,
            "note": self.note,
            "values": [
                {"value": v.value, "sources": list(v.sources), "reference": v.reference}
                for v in self.values
            ],
        }


@attrs.frozen(repr=False)
class Conflicts(Results[Conflict]):
    """Every contradiction between sources."""

    headers: ClassVar[tuple[str, ...]] = ("kind", "subject", "values", "note")

    def row(self, item: Conflict) -> Sequence[object]:
        """One conflict as table cells."""
        return (item.kind, item.subject, " | ".join(str(v) for v in item.values), item.note)

    def of_kind(self, kind: str) -> Conflicts:
        """Only the conflicts of one kind."""
        return Conflicts(tuple(c for c in self.items if c.kind == kind), f"{self.title}: {kind}")

    def to_json(self) -> list[dict[str, Any]]:
        """The conflicts as JSON-ready data."""
        return [conflict.to_json() for conflict in self.items]
