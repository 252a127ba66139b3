"""Typed query results, each item with its sources and evidence.

Each collection prints as a table (``__repr__``), renders in notebooks (``_repr_html_``)
and has a JSON form (``to_json``), written by :data:`results_converter`: a copy of
:data:`arbdet.kb.record_converter` that also knows the results.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar, Generic, TypeVar, overload

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from .. import extras
from ..display import html_table, text_table
from ..errors import MissingExtraError
from ..kb import (
    Claim,
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    LinkRecord,
    SignatoryRecord,
    StatementRecord,
    record_converter,
)
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
    "results_converter",
    "to_json",
]

T = TypeVar("T")


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

    def to_json(self) -> list[dict[str, Any]]:
        """The results as JSON-ready data (see :func:`to_json`)."""
        found: list[dict[str, Any]] = results_converter.unstructure(self)
        return found

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


_EVENT_COLUMNS = ("date", "event", "subject", "detail", "dates", "disputed", "sources")


@attrs.frozen(repr=False)
class Timeline(Results[Event]):
    """Dated events in order; where sources give different dates for one, it is flagged."""

    headers: ClassVar[tuple[str, ...]] = ("date", "event", "subject", "detail", "sources")

    def row(self, item: Event) -> Sequence[object]:
        """One event as table cells."""
        date = f"{item.date} (disputed)" if item.disputed else str(item.date)
        return (date, item.event, item.subject, item.detail, item.sources)

    def to_pandas(self) -> Any:
        """The events as a :class:`pandas.DataFrame` (extra ``tabular``), one row each.

        The columns are those of :meth:`to_json`, and ``day``: the first day of ``date``,
        as a timestamp to sort and plot by.
        """
        pandas = extras.pandas()
        frame = pandas.DataFrame(self.to_json(), columns=[*_EVENT_COLUMNS])
        frame.insert(1, "day", pandas.to_datetime([e.date.first_day for e in self.items]))
        return frame

    def plot(self, ax: Any = None) -> Any:
        """Draw the timeline with matplotlib (extra ``viz``); returns the axes.

        Raises :class:`~arbdet.MissingExtraError` where matplotlib is not installed.
        """
        try:
            import matplotlib.pyplot as plt
        except ImportError:
            raise MissingExtraError("Timeline.plot()", "viz", "matplotlib") from None

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


# ---------------------------------------------------------------- statements


@attrs.frozen(repr=False)
class Statements(Results[StatementRecord]):
    """Quotations, each merged across the sources that print it."""

    headers: ClassVar[tuple[str, ...]] = ("date", "speaker", "kind", "quote", "sources")

    def row(self, item: StatementRecord) -> Sequence[object]:
        """One quotation as table cells (kind: direct, or indirect for reported speech)."""
        return (item.date.best, item.speaker_label, item.kind, item.quote, item.sources)


# ---------------------------------------------------------------- detentions


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

    def counts_json(self) -> list[dict[str, Any]]:
        """The reported counts as JSON-ready data."""
        found: list[dict[str, Any]] = results_converter.unstructure(self.counts)
        return found

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


# ---------------------------------------------------------------- JSON


def _linked_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(found: Linked) -> list[dict[str, Any]]:
        return [
            {
                **conv.unstructure(link),
                "asserted_by_sources": conv.unstructure(link.asserted_by),
                "denied_by_sources": conv.unstructure(link.denied_by),
            }
            for link in found.items
        ]

    return unstructure


def _statements_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(found: Statements) -> list[dict[str, Any]]:
        return [
            {
                **conv.unstructure(s),
                "kind": s.kind.value,
                "variants": conv.unstructure(s.texts),
                "disputed": {"date": conv.unstructure(s.date.claims)} if s.date.disputed else {},
            }
            for s in found.items
        ]

    return unstructure


def _signatories_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(found: Signatories) -> list[dict[str, Any]]:
        return [
            {
                "state": s.state.code,
                "date": conv.unstructure(s.dates.best, PartialDate | None),
                "sources": [x for x in s.sources if x not in found.references],
                "reference": [x for x in s.sources if x in found.references],
            }
            for s in found.items
        ]

    return unstructure


def _items_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(found: Results[Any]) -> list[Any]:
        return [conv.unstructure(item) for item in found.items]

    return unstructure


def _make_results_converter() -> cattrs.Converter:
    conv = record_converter.copy()
    conv.register_unstructure_hook(
        Event,
        make_dict_unstructure_fn(Event, conv, evidence=override(omit=True)),
    )
    conv.register_unstructure_hook(
        ConflictValue, make_dict_unstructure_fn(ConflictValue, conv, evidence=override(omit=True))
    )
    conv.register_unstructure_hook(Conflict, make_dict_unstructure_fn(Conflict, conv))
    conv.register_unstructure_hook(Linked, _linked_unstructurer(conv))
    conv.register_unstructure_hook(Statements, _statements_unstructurer(conv))
    conv.register_unstructure_hook(Signatories, _signatories_unstructurer(conv))
    for results in (Timeline, Detentions, Conflicts):
        conv.register_unstructure_hook(results, _items_unstructurer(conv))
    return conv


results_converter = _make_results_converter()
"""Query results as JSON: a copy of :data:`arbdet.kb.record_converter`.

Each collection is a list of its items: records in ``arbdet-facts/1`` names with their
best values and ``sources`` (links add each party's sources, quotations their variants
and disputed dates), events with every date their sources give, conflicts with every
side's value and sources. Evidence is left out; the tables of :mod:`arbdet.export`
keep it.
"""


def to_json(found: Results[Any] | Event | Conflict | CountReport) -> Any:
    """A query result (a collection or one of its items) as JSON-ready data."""
    return results_converter.unstructure(found)
