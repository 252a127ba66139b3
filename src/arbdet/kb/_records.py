"""What the knowledge base holds after merging: records with every value their sources give.

One record per person, detention, quotation, link and declaration.

Sources are named by their *label* (the article's file name where known, else its content
id); evidence names the source by content id and points at the exact characters.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..display import cell, html_table
from ..model import (
    CountQualifier,
    DetentionStatus,
    EventKind,
    Evidence,
    LinkRelation,
    PartialDate,
    SentenceKind,
    State,
    StatementKind,
)
from ._values import Claim, Field

__all__ = [
    "CountReport",
    "DeclarationRecord",
    "DetentionRecord",
    "Length",
    "LinkRecord",
    "PersonRecord",
    "SignatoryRecord",
    "StatementRecord",
]


def _html_fields(title: str, fields: list[tuple[str, object]]) -> str:
    return html_table(title, ["field", "value"], [[k, v] for k, v in fields])


def _claims_text(claims: tuple[Claim[Any], ...]) -> str:
    return "; ".join(f"{c.value} [{', '.join(c.sources)}]" for c in claims)


def _field_text(field: Field[Any]) -> str:
    if not field:
        return "-"
    if not field.disputed and len(field.claims) == 1:
        return f"{field.best} [{', '.join(field.sources)}]"
    flag = "disputed: " if field.disputed else ""
    return f"{field.best} ({flag}{_claims_text(field.claims)})"


@attrs.frozen
class PersonRecord:
    """One person across sources: the fullest name, and every spelling with its sources."""

    id: str
    name: str
    names: tuple[Claim[str], ...] = attrs.field(repr=False)
    roles: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source that names this person."""
        return tuple(sorted({s for c in self.names for s in c.sources}))

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The words of every fact that names this person."""
        return tuple(e for c in self.names for e in c.evidence)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way the sources write the name."""
        return tuple(c.value for c in self.names)

    def __repr__(self) -> str:
        others = [n for n in self.spellings if n != self.name]
        also = f" (also {', '.join(repr(n) for n in others)})" if others else ""
        return f"<PersonRecord {self.name!r}{also}, {len(self.sources)} sources>"

    def _repr_html_(self) -> str:
        return _html_fields(
            self.name,
            [
                ("id", self.id),
                ("names", _claims_text(self.names)),
                ("roles", self.roles),
            ],
        )


@attrs.frozen
class Length:
    """How long a detention lasted, in days: a range where the dates are not to the day."""

    minimum_days: int
    maximum_days: int

    @classmethod
    def between(cls, start: PartialDate, end: PartialDate) -> Length:
        """The length from ``start`` to ``end`` at their precision."""
        shortest = max(0, (end.first_day - start.last_day).days)
        longest = max(0, (end.last_day - start.first_day).days)
        return cls(shortest, longest)

    @property
    def days(self) -> int:
        """The middle of the range, in days."""
        return (self.minimum_days + self.maximum_days) // 2

    @property
    def timedelta(self) -> dt.timedelta:
        """The middle of the range as a :class:`datetime.timedelta`."""
        return dt.timedelta(days=self.days)

    def __str__(self) -> str:
        years = self.days / 365.25
        if self.minimum_days == self.maximum_days:
            return f"{self.days:,} days ({years:.1f} years)"
        return f"{self.minimum_days:,}-{self.maximum_days:,} days (about {years:.1f} years)"


_RELEASED = {DetentionStatus.RELEASED: True, DetentionStatus.HELD: False}


@attrs.frozen
class DetentionRecord:
    """One person held by one state, merged across sources; every field keeps all values."""

    id: str
    detainee: PersonRecord
    detaining_state: State | None
    nationalities: tuple[Claim[State], ...] = attrs.field(repr=False)
    start: Field[PartialDate] = attrs.field(repr=False)
    end: Field[PartialDate] = attrs.field(repr=False)
    status: Field[DetentionStatus] = attrs.field(repr=False)
    charges: tuple[Claim[str], ...] = attrs.field(repr=False)
    sentence_years: Field[float] = attrs.field(repr=False)
    sentence_kind: Field[SentenceKind] = attrs.field(repr=False)
    locations: tuple[Claim[str], ...] = attrs.field(repr=False)
    sources: tuple[str, ...] = attrs.field(repr=False)
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)
    steps: tuple[tuple[EventKind, Field[PartialDate]], ...] = attrs.field(default=(), repr=False)
    """The dated steps between start and end (charged, convicted, sentenced), merged."""

    @property
    def released(self) -> bool | None:
        """Whether the latest source that says so has the detainee free (``None``: unknown)."""
        return None if self.status.best is None else _RELEASED.get(self.status.best)

    @property
    def length(self) -> Length | None:
        """How long the detention lasted, where its start and end are known."""
        start, end = self.start.best, self.end.best
        return None if start is None or end is None else Length.between(start, end)

    @property
    def disputed(self) -> tuple[str, ...]:
        """The fields (``arbdet-facts/1`` names, and ``sentence_kind``) sources disagree on."""
        fields: dict[str, Field[Any]] = {
            "start": self.start,
            "end": self.end,
            "released": self.status,
            "sentence_years": self.sentence_years,
            "sentence_kind": self.sentence_kind,
        }
        return tuple(name for name, field in fields.items() if field.disputed)

    def __repr__(self) -> str:
        state = self.detaining_state.code if self.detaining_state else "?"
        span = f"{self.start.best or '?'} to {self.end.best or '?'}"
        status = {True: "released", False: "held", None: "status unknown"}[self.released]
        disputed = f", disputed: {', '.join(self.disputed)}" if self.disputed else ""
        return (
            f"<DetentionRecord {self.detainee.name!r} held by {state}, {span}, {status}"
            f"{disputed}; {len(self.sources)} sources>"
        )

    def _repr_html_(self) -> str:
        return _html_fields(
            f"{self.detainee.name}, held by {self.detaining_state or '?'}",
            [
                ("nationality", _claims_text(self.nationalities)),
                ("start", _field_text(self.start)),
                ("end", _field_text(self.end)),
                ("length", self.length),
                ("status", _field_text(self.status)),
                ("charges", _claims_text(self.charges)),
                ("sentence", _field_text(self.sentence_kind)),
                ("sentence (years)", _field_text(self.sentence_years)),
                ("sources", self.sources),
            ],
        )


@attrs.frozen
class StatementRecord:
    """One quotation by one speaker, merged across the sources that print it."""

    id: str
    quote: str
    texts: tuple[Claim[str], ...] = attrs.field(repr=False)
    speaker: PersonRecord | None = attrs.field(repr=False)
    affiliation: Field[str] = attrs.field(repr=False)
    date: Field[PartialDate] = attrs.field(repr=False)
    about: tuple[str, ...] = attrs.field(repr=False)
    sources: tuple[str, ...] = attrs.field(repr=False)
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)
    kind: StatementKind = attrs.field(default=StatementKind.DIRECT, repr=False)
    """Direct where any source quotes the words, else indirect (reported speech)."""

    @property
    def speaker_label(self) -> str:
        """The speaker's name, or the unnamed speaker's affiliation ("unnamed (CA)")."""
        if self.speaker is not None:
            return self.speaker.name
        return f"unnamed ({self.affiliation.best})" if self.affiliation.best else "unnamed"

    def __repr__(self) -> str:
        date = f" on {self.date.best}" if self.date.best else ""
        return (
            f"<StatementRecord {self.speaker_label}{date}: {cell(self.quote, 60)!r}; "
            f"{len(self.sources)} sources>"
        )

    def _repr_html_(self) -> str:
        return _html_fields(
            self.speaker_label,
            [
                ("quote", self.quote),
                ("date", _field_text(self.date)),
                ("affiliation", _field_text(self.affiliation)),
                ("sources", self.sources),
            ],
        )


@attrs.frozen
class LinkRecord:
    """Two detentions said to be connected, with who asserts and who denies it."""

    id: str
    detainee: PersonRecord
    linked_to: PersonRecord
    relation: LinkRelation
    asserted_by: tuple[Claim[str], ...] = attrs.field(repr=False)
    denied_by: tuple[Claim[str], ...] = attrs.field(repr=False)
    sources: tuple[str, ...] = attrs.field(repr=False)
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)

    def __repr__(self) -> str:
        asserted = ", ".join(c.value for c in self.asserted_by) or "nobody named"
        denied = ", ".join(c.value for c in self.denied_by) or "nobody named"
        return (
            f"<LinkRecord {self.detainee.name!r} {self.relation.value} {self.linked_to.name!r}:"
            f" asserted by {asserted}, denied by {denied}; {len(self.sources)} sources>"
        )

    def _repr_html_(self) -> str:
        return _html_fields(
            f"{self.detainee.name} / {self.linked_to.name}: {self.relation.value}",
            [
                ("asserted by", _claims_text(self.asserted_by)),
                ("denied by", _claims_text(self.denied_by)),
                ("sources", self.sources),
            ],
        )


@attrs.frozen
class CountReport:
    """A number of signatories one source reports, how exact, as of when, and by whom."""

    count: int
    qualifier: CountQualifier
    as_of: PartialDate | None
    reported_by: str | None
    source: str
    reference: bool
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)

    @property
    def text(self) -> str:
        """The count as a phrase: ``"58"``, ``"more than 60"``."""
        if self.qualifier is CountQualifier.EXACT:
            return str(self.count)
        return f"{self.qualifier.value} {self.count}"

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class SignatoryRecord:
    """A state named as a signatory, with the signing dates sources give and the sources."""

    state: State
    dates: Field[PartialDate] = attrs.field(repr=False)
    sources: tuple[str, ...] = attrs.field(repr=False)
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)

    def __repr__(self) -> str:
        date = f" on {self.dates.best}" if self.dates.best else ""
        return f"<SignatoryRecord {self.state.code}{date} [{', '.join(self.sources)}]>"


@attrs.frozen
class DeclarationRecord:
    """A declaration across sources: its names, launch, counts and named signatories.

    Reference sources (curated tables shipped with arbdet) take part, but their counts and
    signatories stay marked as theirs (``CountReport.reference``, :attr:`reference_sources`).
    """

    id: str
    name: Field[str] = attrs.field(repr=False)
    initiator: Field[State] = attrs.field(repr=False)
    launched: Field[PartialDate] = attrs.field(repr=False)
    binding: Field[bool] = attrs.field(repr=False)
    counts: tuple[CountReport, ...] = attrs.field(repr=False)
    signatories: tuple[SignatoryRecord, ...] = attrs.field(repr=False)
    reference_sources: tuple[str, ...] = attrs.field(repr=False)
    sources: tuple[str, ...] = attrs.field(repr=False)
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)

    @property
    def title(self) -> str:
        """The best-supported name, or a description."""
        if self.name.best:
            return self.name.best
        initiator = self.initiator.best
        return f"declaration launched by {initiator.name}" if initiator else "declaration"

    def __repr__(self) -> str:
        counts = ", ".join(sorted({c.text for c in self.counts})) or "none"
        return (
            f"<DeclarationRecord {self.title!r}: counts {counts}; "
            f"{len(self.signatories)} named signatories; {len(self.sources)} sources>"
        )

    def _repr_html_(self) -> str:
        return _html_fields(
            self.title,
            [
                ("initiator", _field_text(self.initiator)),
                ("launched", _field_text(self.launched)),
                ("binding", _field_text(self.binding)),
                ("counts", [f"{c.text} [{c.source}]" for c in self.counts]),
                ("signatories", [s.state.code for s in self.signatories]),
                ("sources", self.sources),
            ],
        )
