"""Hypothesis strategies for every model type, for property tests here and downstream.

Needs hypothesis (``pip install 'arbdet[strategies]'``); without it, importing this module
raises :class:`~arbdet.MissingExtraError`. Each function returns a strategy
named after its type in lower-case plural::

    from hypothesis import given
    from arbdet.strategies import detentions

    @given(detentions())
    def test_round_trip(detention): ...
"""

from __future__ import annotations

import calendar

from .errors import MissingExtraError

try:
    from hypothesis import strategies as st
except ImportError:
    raise MissingExtraError("arbdet.strategies", "strategies", "hypothesis") from None

from .model import (
    ArticleFacts,
    CountQualifier,
    DateRange,
    Declaration,
    Detention,
    DetentionEvent,
    DetentionStatus,
    EventKind,
    Evidence,
    Link,
    LinkRelation,
    Organization,
    PartialDate,
    Party,
    Person,
    Role,
    SentenceKind,
    Signatory,
    SignatoryCount,
    Source,
    Span,
    State,
    Statement,
    StatementKind,
    Venue,
)

__all__ = [
    "article_facts",
    "confidences",
    "date_ranges",
    "declarations",
    "detention_events",
    "detentions",
    "evidences",
    "links",
    "organizations",
    "partial_dates",
    "parties",
    "people",
    "roles",
    "signatories",
    "signatory_counts",
    "sources",
    "spans",
    "statements",
    "states",
]

_CODES = ("AU", "CA", "CN", "DE", "EU", "FR", "GB", "IR", "JP", "KP", "RU", "SE", "US", "VE")
_NAME_PARTS = st.sampled_from(
    [
        "Michael",
        "Kovrig",
        "Spavor",
        "Meng",
        "Wanzhou",
        "Paul",
        "Whelan",
        "Nazanin",
        "Zaghari-Ratcliffe",
        "Hua",
        "Chunying",
        "Marc",
        "Garneau",
        "Cheng",
        "Lei",
        "Évelyne",
        "O'Neil",
        "al-Hassan",
    ]
)
_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.strip() != "")


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Partial dates of every precision, from year 1 to 9999."""
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Date ranges whose end does not come before their start."""
    first, second = draw(partial_dates()), draw(partial_dates())
    start, end = (first, second) if first.first_day <= second.last_day else (second, first)
    if end.last_day < start.first_day:
        end = start
    return DateRange(start, end)


def states() -> st.SearchStrategy[State]:
    """States by ISO code, the EU included."""
    return st.sampled_from(_CODES).map(State)


def organizations() -> st.SearchStrategy[Organization]:
    """Organisations with or without a state."""
    return st.builds(Organization, name=_WORDS, state=st.none() | states())


def roles() -> st.SearchStrategy[Role]:
    """Roles with a state, an organisation or no affiliation."""
    return st.builds(Role, title=_WORDS, affiliation=st.none() | states() | organizations())


def people() -> st.SearchStrategy[Person]:
    """People with one to three name parts, aliases and roles."""
    names = st.lists(_NAME_PARTS, min_size=1, max_size=3).map(" ".join)
    return st.builds(
        Person,
        name=names,
        aliases=st.lists(names, max_size=2).map(tuple),
        roles=st.lists(roles(), max_size=2).map(tuple),
    )


def parties() -> st.SearchStrategy[Party]:
    """A person, an organisation or a state."""
    return st.one_of(people(), organizations(), states())


@st.composite
def spans(draw: st.DrawFn, max_offset: int = 10_000) -> Span:
    """Spans with ``0 <= start <= end <= max_offset``."""
    start = draw(st.integers(0, max_offset))
    return Span(start, draw(st.integers(start, max_offset)))


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """Sources with arbitrary text and metadata; body spans ordered and disjoint."""
    text = draw(st.text(min_size=1, max_size=400))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    body = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    optional_text = st.none() | _WORDS
    return Source.create(
        text,
        name=draw(optional_text),
        title=draw(optional_text),
        outlet=draw(optional_text),
        byline=draw(optional_text),
        url=draw(st.none() | st.just("https://example.org/article")),
        published=draw(st.none() | partial_dates()),
        retrieved=draw(st.none() | partial_dates()),
        body=tuple(body),
    )


@st.composite
def evidences(draw: st.DrawFn, source: Source | None = None) -> Evidence:
    """Evidence whose text is the slice of its span (of ``source``'s text, if given)."""
    if source is None:
        text = draw(st.text(max_size=60))
        start = draw(st.integers(0, 5_000))
        span = Span(start, start + len(text))
        source_id = draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
    else:
        span = draw(spans(max_offset=len(source.text)))
        text, source_id = source.slice(span), source.id
    extractor = draw(st.sampled_from(["quotes", "detentions", "timex", "links", "reference"]))
    field = draw(st.none() | st.sampled_from(["text", "speaker", "date", "start", "charges"]))
    return Evidence(source_id, span, text, extractor, field)


def _evidence_tuples() -> st.SearchStrategy[tuple[Evidence, ...]]:
    return st.lists(evidences(), max_size=3).map(tuple)


def confidences() -> st.SearchStrategy[float | None]:
    """A fact's confidence: unmeasured, or a precision from 0 to 1."""
    return st.none() | st.floats(0, 1)


def detention_events() -> st.SearchStrategy[DetentionEvent]:
    """Dated and undated detention events."""
    return st.builds(
        DetentionEvent,
        kind=st.sampled_from(EventKind),
        date=st.none() | partial_dates(),
        evidence=_evidence_tuples(),
    )


@st.composite
def detentions(draw: st.DrawFn) -> Detention:
    """Detentions with every field drawn; ``end`` never before ``start``, years only for a term."""
    start = draw(st.none() | partial_dates())
    end = draw(st.none() | partial_dates())
    if start is not None and end is not None and end < start:
        start, end = end, start
    years = draw(st.none() | st.integers(0, 30) | st.sampled_from([6.5, 0.5]))
    kind = (
        SentenceKind.TERM if years is not None else draw(st.none() | st.sampled_from(SentenceKind))
    )
    return Detention(
        detainee=draw(people()),
        detaining_state=draw(st.none() | states()),
        nationalities=tuple(draw(st.lists(states(), max_size=2))),
        start=start,
        end=end,
        location=draw(st.none() | _WORDS),
        charges=tuple(
            draw(st.lists(st.sampled_from(["espionage", "fraud", "subversion"]), max_size=2))
        ),
        sentence_years=years,
        sentence_kind=kind,
        status=draw(st.sampled_from(DetentionStatus)),
        events=tuple(draw(st.lists(detention_events(), max_size=3))),
        evidence=draw(_evidence_tuples()),
        confidence=draw(confidences()),
    )


def statements() -> st.SearchStrategy[Statement]:
    """Direct and indirect statements, with or without speaker, date and venue."""
    return st.builds(
        Statement,
        text=_WORDS,
        kind=st.sampled_from(StatementKind),
        speaker=st.none() | people() | organizations(),
        affiliation=st.none() | states() | organizations(),
        date=st.none() | partial_dates(),
        venue=st.none() | st.sampled_from(Venue),
        audience=st.none() | _WORDS,
        about=st.lists(parties(), max_size=2).map(tuple),
        evidence=_evidence_tuples(),
        confidence=confidences(),
    )


def signatory_counts() -> st.SearchStrategy[SignatoryCount]:
    """Reported signatory counts with qualifiers and reporters."""
    return st.builds(
        SignatoryCount,
        count=st.integers(0, 200),
        qualifier=st.sampled_from(CountQualifier),
        reported_by=st.none() | parties(),
        as_of=st.none() | partial_dates(),
        evidence=_evidence_tuples(),
    )


def signatories() -> st.SearchStrategy[Signatory]:
    """Named signatories of a declaration."""
    return st.builds(
        Signatory,
        state=states(),
        declaration=st.none() | _WORDS,
        date=st.none() | partial_dates(),
        evidence=_evidence_tuples(),
    )


def declarations() -> st.SearchStrategy[Declaration]:
    """Declarations with counts and signatories."""
    return st.builds(
        Declaration,
        name=st.none() | _WORDS,
        initiator=st.none() | states(),
        launched=st.none() | partial_dates(),
        binding=st.none() | st.booleans(),
        counts=st.lists(signatory_counts(), max_size=2).map(tuple),
        signatories=st.lists(signatories(), max_size=3).map(tuple),
        evidence=_evidence_tuples(),
        confidence=confidences(),
    )


def links() -> st.SearchStrategy[Link]:
    """Links between two detainees, with asserting and denying parties."""
    return st.builds(
        Link,
        detainee=people(),
        linked_to=people(),
        relation=st.sampled_from(LinkRelation),
        asserted_by=st.lists(parties(), max_size=2).map(tuple),
        denied_by=st.lists(parties(), max_size=2).map(tuple),
        evidence=_evidence_tuples(),
        confidence=confidences(),
    )


def article_facts() -> st.SearchStrategy[ArticleFacts]:
    """Everything read from one source."""
    return st.builds(
        ArticleFacts,
        source=sources(),
        detentions=st.lists(detentions(), max_size=2).map(tuple),
        statements=st.lists(statements(), max_size=2).map(tuple),
        declarations=st.lists(declarations(), max_size=1).map(tuple),
        links=st.lists(links(), max_size=2).map(tuple),
    )
