"""The facts arbdet reads from sources; every one carries the evidence it was read from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypedDict

import attrs

from ..errors import ModelError
from ._dates import PartialDate
from ._entities import Organization, Party, Person, State, check_party
from ._enums import ValueEnum
from ._html import (
    FactView,
    article_html,
    confidence_field,
    fact_html,
    rule_field,
    short,
    text_of,
)
from ._provenance import Evidence
from ._source import Source
from ._validate import at_least, instance_of, non_empty, optional, probability, to_tuple, tuple_of

__all__ = [
    "ArticleFacts",
    "ConfidentFacts",
    "CountQualifier",
    "Declaration",
    "Detention",
    "DetentionEvent",
    "DetentionStatus",
    "EventKind",
    "Fact",
    "HoldsFacts",
    "Link",
    "LinkRelation",
    "SentenceKind",
    "Signatory",
    "SignatoryCount",
    "Statement",
    "StatementKind",
    "Venue",
    "confident",
    "confident_facts",
]


class DetentionStatus(ValueEnum):
    """Whether a detainee is held or free, as of the source's publication."""

    HELD = "held"
    RELEASED = "released"
    UNKNOWN = "unknown"


class SentenceKind(ValueEnum):
    """What a court sentenced a detainee to: a prison term (of some years), life, or death."""

    TERM = "term"
    LIFE = "life"
    DEATH = "death"


class EventKind(ValueEnum):
    """What happened in a detention: the steps a timeline shows."""

    DETAINED = "detained"
    CHARGED = "charged"
    TRIED = "tried"
    CONVICTED = "convicted"
    SENTENCED = "sentenced"
    RELEASED = "released"
    EXCHANGED = "exchanged"
    DIED = "died"


class StatementKind(ValueEnum):
    """A direct quotation (the speaker's own words) or a reported, indirect statement."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Venue(ValueEnum):
    """Where or how a statement was made."""

    PHONE_CALL = "phone call"
    PRESS_BRIEFING = "press briefing"
    PRESS_CONFERENCE = "press conference"
    INTERVIEW = "interview"
    CONFERENCE = "conference"
    SPEECH = "speech"
    STATEMENT = "statement"
    SOCIAL_MEDIA = "social media"
    COURT = "court"
    OTHER = "other"


class LinkRelation(ValueEnum):
    """How two detentions are said to be connected."""

    RETALIATION = "retaliation"
    EXCHANGE = "exchange"
    OTHER = "other"


class CountQualifier(ValueEnum):
    """How exact a reported number is ("58", "more than 60", "about 60", "nearly 60")."""

    EXACT = "exact"
    MORE_THAN = "more than"
    AT_LEAST = "at least"
    ABOUT = "about"
    NEARLY = "nearly"
    FEWER_THAN = "fewer than"


def _evidence_field() -> tuple[Evidence, ...]:
    return attrs.field(default=(), converter=to_tuple, validator=tuple_of(Evidence), repr=False)


def _confidence_field() -> float | None:
    field: float | None = attrs.field(default=None, validator=probability)
    return field


def _parties_field() -> tuple[Party, ...]:
    return attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Person, Organization, State)
    )


@attrs.frozen
class DetentionEvent:
    """One dated step of a detention ("convicted of espionage in July 2020")."""

    kind: EventKind = attrs.field(validator=instance_of(EventKind))
    date: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    evidence: tuple[Evidence, ...] = _evidence_field()


@attrs.frozen
class Detention:
    """A person held by a state: since when, until when, on what charges, with what sentence.

    ``events`` are the dated steps the source reports (charged, convicted, sentenced...).
    ``sentence_kind`` says what the sentence was: a prison term (``sentence_years`` long,
    where the source says), life, or death; it is a term whenever ``sentence_years`` is
    given, and ``None`` when no sentence is reported.
    ``confidence`` is the measured precision of the rule that read it (see
    :attr:`Statement.confidence`).
    """

    detainee: Person = attrs.field(validator=instance_of(Person))
    detaining_state: State | None = attrs.field(default=None, validator=optional(State))
    nationalities: tuple[State, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(State)
    )
    start: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    end: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    location: str | None = attrs.field(default=None, validator=optional(str))
    charges: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    sentence_years: float | None = attrs.field(
        default=None, validator=[optional(int, float), at_least(0)]
    )
    sentence_kind: SentenceKind | None = attrs.field(validator=optional(SentenceKind))
    status: DetentionStatus = attrs.field(
        default=DetentionStatus.UNKNOWN, validator=instance_of(DetentionStatus)
    )
    events: tuple[DetentionEvent, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(DetentionEvent)
    )
    evidence: tuple[Evidence, ...] = _evidence_field()
    confidence: float | None = _confidence_field()

    @sentence_kind.default
    def _term_if_years(self) -> SentenceKind | None:
        return None if self.sentence_years is None else SentenceKind.TERM

    def _repr_html_(self) -> str:
        return fact_html(_detention_view(self, "D"))

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if start is not None and end is not None and end < start and not start.contains(end):
            raise ModelError(f"Detention.end ({end}) is before Detention.start ({start})")
        if self.sentence_years is not None and self.sentence_kind is not SentenceKind.TERM:
            raise ModelError(
                f"Detention.sentence_years ({self.sentence_years:g}) is given for a sentence "
                f"of {self.sentence_kind}; only a prison term has years"
            )


@attrs.frozen
class Statement:
    """Something a party said or wrote: a direct quotation or an indirect statement.

    ``confidence``, on every kind of fact, is the measured precision of the rule that read
    it: the share of its findings on arbdet's own gold corpus that were right, or ``None``
    where it was not measured (facts read from facts files, reported statements).
    """

    text: str = attrs.field(validator=non_empty)
    kind: StatementKind = attrs.field(
        default=StatementKind.DIRECT, validator=instance_of(StatementKind)
    )
    speaker: Person | Organization | None = attrs.field(
        default=None, validator=optional(Person, Organization)
    )
    affiliation: State | Organization | None = attrs.field(
        default=None, validator=optional(State, Organization)
    )
    date: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    venue: Venue | None = attrs.field(default=None, validator=optional(Venue))
    audience: str | None = attrs.field(default=None, validator=optional(str))
    about: tuple[Party, ...] = _parties_field()
    evidence: tuple[Evidence, ...] = _evidence_field()
    confidence: float | None = _confidence_field()

    def _repr_html_(self) -> str:
        return fact_html(_statement_view(self, "S"))


@attrs.frozen
class SignatoryCount:
    """A number of signatories a source reports, how exact it is, and who reported it."""

    count: int = attrs.field(validator=[instance_of(int), at_least(0)])
    qualifier: CountQualifier = attrs.field(
        default=CountQualifier.EXACT, validator=instance_of(CountQualifier)
    )
    reported_by: Party | None = attrs.field(default=None)
    as_of: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    evidence: tuple[Evidence, ...] = _evidence_field()

    def __attrs_post_init__(self) -> None:
        if self.reported_by is not None:
            check_party(self, "reported_by", self.reported_by)


@attrs.frozen
class Signatory:
    """A state a source names as having signed or endorsed a declaration."""

    state: State = attrs.field(validator=instance_of(State))
    declaration: str | None = attrs.field(default=None, validator=optional(str))
    date: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    evidence: tuple[Evidence, ...] = _evidence_field()


@attrs.frozen
class Declaration:
    """A declaration states sign: who launched it, when, whether binding, and who signed.

    ``confidence``: see :attr:`Statement.confidence`.
    """

    name: str | None = attrs.field(default=None, validator=optional(str))
    initiator: State | None = attrs.field(default=None, validator=optional(State))
    launched: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    binding: bool | None = attrs.field(default=None, validator=optional(bool))
    counts: tuple[SignatoryCount, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(SignatoryCount)
    )
    signatories: tuple[Signatory, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Signatory)
    )
    evidence: tuple[Evidence, ...] = _evidence_field()
    confidence: float | None = _confidence_field()

    def _repr_html_(self) -> str:
        return fact_html(_declaration_view(self, "Dec"))


@attrs.frozen
class Link:
    """A claimed connection between two detentions, with who asserts and who denies it.

    ``confidence``: see :attr:`Statement.confidence`.
    """

    detainee: Person = attrs.field(validator=instance_of(Person))
    linked_to: Person = attrs.field(validator=instance_of(Person))
    relation: LinkRelation = attrs.field(validator=instance_of(LinkRelation))
    asserted_by: tuple[Party, ...] = _parties_field()
    denied_by: tuple[Party, ...] = _parties_field()
    evidence: tuple[Evidence, ...] = _evidence_field()
    confidence: float | None = _confidence_field()

    def _repr_html_(self) -> str:
        return fact_html(_link_view(self, "L"))


Fact = Detention | Statement | Declaration | Link
"""A fact read from a source: each carries its evidence and its confidence."""


def confident(fact: Fact, min_confidence: float) -> bool:
    """Whether a fact's confidence is at least ``min_confidence`` (an unmeasured one is not)."""
    return fact.confidence is not None and fact.confidence >= min_confidence


class HoldsFacts(Protocol):
    """Anything holding an article's four kinds of facts (``ArticleFacts``, a stored article)."""

    @property
    def detentions(self) -> tuple[Detention, ...]: ...
    @property
    def statements(self) -> tuple[Statement, ...]: ...
    @property
    def declarations(self) -> tuple[Declaration, ...]: ...
    @property
    def links(self) -> tuple[Link, ...]: ...


class ConfidentFacts(TypedDict):
    """The facts of an article that a confidence filter keeps, by kind."""

    detentions: tuple[Detention, ...]
    statements: tuple[Statement, ...]
    declarations: tuple[Declaration, ...]
    links: tuple[Link, ...]


def confident_facts(facts: HoldsFacts, min_confidence: float) -> ConfidentFacts:
    """The facts of ``facts`` whose confidence is at least ``min_confidence``, by kind.

    The keyword arguments of ``attrs.evolve`` for a holder that keeps only those.
    """
    return ConfidentFacts(
        detentions=tuple(d for d in facts.detentions if confident(d, min_confidence)),
        statements=tuple(s for s in facts.statements if confident(s, min_confidence)),
        declarations=tuple(d for d in facts.declarations if confident(d, min_confidence)),
        links=tuple(link for link in facts.links if confident(link, min_confidence)),
    )


@attrs.frozen
class ArticleFacts:
    """Everything read from one source."""

    source: Source = attrs.field(validator=instance_of(Source))
    detentions: tuple[Detention, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Detention)
    )
    statements: tuple[Statement, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Statement)
    )
    declarations: tuple[Declaration, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Declaration)
    )
    links: tuple[Link, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Link))

    def filter(self, *, min_confidence: float) -> ArticleFacts:
        """The facts whose confidence is at least ``min_confidence``.

        Facts of unmeasured confidence (``None``) are left out: nothing vouches for them.

        >>> from arbdet.model import Person, Source
        >>> facts = ArticleFacts(
        ...     Source.create("..."),
        ...     detentions=[
        ...         Detention(detainee=Person("A"), confidence=0.9),
        ...         Detention(detainee=Person("B"), confidence=0.5),
        ...     ],
        ... )
        >>> [d.detainee.name for d in facts.filter(min_confidence=0.8).detentions]
        ['A']
        """
        return attrs.evolve(self, **confident_facts(self, min_confidence))

    def to_html(self, *, page: bool = False, unresolved: Sequence[Evidence] = ()) -> str:
        """The article with every fact's evidence highlighted by kind, beside its facts.

        Detentions, releases, quotations and their speakers, declarations and links each
        have a colour; hovering a highlight shows its fact's fields, and the list beside
        the text gives every fact with its unresolved fields marked. ``unresolved``: mentions
        that could not be resolved (a pronoun, an undated "Monday"), marked apart. With
        ``page``, a whole self-contained HTML document; else a fragment (what notebooks
        show). Every text is escaped.
        """
        return article_html(self.source, _views(self), page=page, unresolved=unresolved)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{len(getattr(self, kind))} {kind}"
            for kind in ("detentions", "statements", "declarations", "links")
        )
        return f"<ArticleFacts {self.source.name or self.source.id}: {counts}>"


# ---------------------------------------------------------------- HTML views

_RELEASE_FIELDS = frozenset({"end", "status", "released"})
_SPEAKER_FIELDS = frozenset({"speaker", "affiliation"})


def _sentence_text(detention: Detention) -> str | None:
    """The sentence as a view shows it: "11 years", "life", "death", "a prison term"."""
    if detention.sentence_years is not None:
        return f"{detention.sentence_years:g} years"
    if detention.sentence_kind is SentenceKind.TERM:
        return "a prison term"
    return None if detention.sentence_kind is None else str(detention.sentence_kind)


def _detention_view(detention: Detention, key: str) -> FactView:
    """The view of a detention: the release's words marked apart from the arrest's."""
    released = str(detention.status) == "released"
    marks: list[tuple[Evidence, str]] = []
    for evidence in detention.evidence:
        release = released and evidence.field in _RELEASE_FIELDS
        marks.append((evidence, "release" if release else "detention"))
    for event in detention.events:
        kind = "release" if str(event.kind) in ("released", "exchanged") else "detention"
        marks.extend((evidence, kind) for evidence in event.evidence)
    events = [f"{e.kind} {e.date}" if e.date else str(e.kind) for e in detention.events]
    return FactView(
        key=key,
        kind="release" if released else "detention",
        title=detention.detainee.name,
        fields=(
            ("held by", text_of(detention.detaining_state)),
            ("nationality", text_of(detention.nationalities)),
            ("start", text_of(detention.start)),
            ("end", text_of(detention.end)),
            ("status", str(detention.status)),
            ("charges", text_of(detention.charges)),
            ("sentence", _sentence_text(detention)),
            ("location", detention.location),
            ("events", "; ".join(events) or None),
            confidence_field(detention.confidence),
            rule_field(detention.evidence),
        ),
        evidence=tuple(marks),
        required=frozenset({"held by"}),
    )


def _statement_view(statement: Statement, key: str) -> FactView:
    """The view of a statement: the quotation and, apart, the words naming its speaker."""
    marks = tuple(
        (e, "speaker" if e.field in _SPEAKER_FIELDS else "quote") for e in statement.evidence
    )
    return FactView(
        key=key,
        kind="quote",
        title=f"{statement.kind}: “{short(statement.text)}”",
        fields=(
            ("speaker", text_of(statement.speaker)),
            ("affiliation", text_of(statement.affiliation)),
            ("date", text_of(statement.date)),
            ("venue", text_of(statement.venue)),
            ("about", text_of(statement.about)),
            confidence_field(statement.confidence),
            rule_field(statement.evidence),
        ),
        evidence=marks,
        required=frozenset({"speaker"}),
    )


def _declaration_view(declaration: Declaration, key: str) -> FactView:
    """The view of a declaration, its counts' and signatories' evidence marked too."""
    evidence = [*declaration.evidence]
    for count in declaration.counts:
        evidence.extend(count.evidence)
    for signatory in declaration.signatories:
        evidence.extend(signatory.evidence)
    counts = [
        f"{c.count}" if str(c.qualifier) == "exact" else f"{c.qualifier} {c.count}"
        for c in declaration.counts
    ]
    return FactView(
        key=key,
        kind="declaration",
        title=declaration.name or "a declaration",
        fields=(
            ("initiator", text_of(declaration.initiator)),
            ("launched", text_of(declaration.launched)),
            ("binding", text_of(declaration.binding)),
            ("signatories", ", ".join(counts) or None),
            ("named", ", ".join(s.state.code for s in declaration.signatories) or None),
            confidence_field(declaration.confidence),
            rule_field(declaration.evidence),
        ),
        evidence=tuple((e, "declaration") for e in evidence),
    )


def _link_view(link: Link, key: str) -> FactView:
    """The view of a link between two detentions."""
    return FactView(
        key=key,
        kind="link",
        title=f"{link.detainee.name} ↔ {link.linked_to.name}",
        fields=(
            ("relation", str(link.relation)),
            ("asserted by", text_of(link.asserted_by)),
            ("denied by", text_of(link.denied_by)),
            confidence_field(link.confidence),
            rule_field(link.evidence),
        ),
        evidence=tuple((e, "link") for e in link.evidence),
    )


def _views(facts: ArticleFacts) -> list[FactView]:
    views = [_detention_view(d, f"D{i}") for i, d in enumerate(facts.detentions, 1)]
    views += [_statement_view(s, f"S{i}") for i, s in enumerate(facts.statements, 1)]
    views += [_declaration_view(d, f"Dec{i}") for i, d in enumerate(facts.declarations, 1)]
    views += [_link_view(link, f"L{i}") for i, link in enumerate(facts.links, 1)]
    return views
