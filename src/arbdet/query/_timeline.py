"""``timeline(subject)``: the dated events of a person, a detention, a state or a declaration."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..kb import (
    Claim,
    DeclarationRecord,
    DetentionRecord,
    Field,
    Indexed,
    PersonRecord,
    StatementRecord,
    gather,
)
from ..model import Evidence, LinkRelation, PartialDate, State
from ._results import Event, Timeline
from ._subjects import Subject, find_subject

__all__ = ["timeline"]

_ORDER = {
    kind: rank
    for rank, kind in enumerate(
        [
            "detained",
            "charged",
            "convicted",
            "sentenced",
            "statement",
            "launched",
            "signed",
            "count",
            "released",
            "exchanged",
        ]
    )
}


def _event(
    kind: str,
    subject: str,
    detail: str | None,
    field: Field[PartialDate],
    evidence: Iterable[Evidence],
) -> Event:
    assert field.best is not None
    return Event(
        date=field.best,
        event=kind,
        subject=subject,
        detail=detail,
        dates=field.claims,
        disputed=field.disputed,
        sources=field.sources,
        evidence=tuple(e for c in field.claims for e in c.evidence) or tuple(evidence),
    )


def _exchanged_with(kb: Indexed, record: DetentionRecord) -> list[str]:
    """The people a detainee is said (by someone named) to have been exchanged with."""
    others = []
    for link in kb.index.links:
        if link.relation is LinkRelation.EXCHANGE and link.asserted_by:
            if link.detainee == record.detainee:
                others.append(link.linked_to.name)
            elif link.linked_to == record.detainee:
                others.append(link.detainee.name)
    return others


def _detention_events(kb: Indexed, record: DetentionRecord) -> Iterator[Event]:
    name = record.detainee.name
    state = record.detaining_state
    held_by = f"held by {state.name}" if state else None
    if record.start:
        yield _event("detained", name, held_by, record.start, record.evidence)
    for step, dates in record.steps:
        yield _event(step.value, name, held_by, dates, record.evidence)
    if record.end:
        others = _exchanged_with(kb, record)
        kind = "exchanged" if others else "released"
        detail = f"exchanged for {', '.join(others)}" if others else held_by
        yield _event(kind, name, detail, record.end, record.evidence)


def _statement_event(record: StatementRecord) -> Event:
    quote = record.quote if len(record.quote) <= 80 else record.quote[:77] + "..."
    return _event("statement", record.speaker_label, quote, record.date, record.evidence)


def _declaration_events(kb: Indexed, record: DeclarationRecord) -> Iterator[Event]:
    if record.launched:
        yield _event("launched", record.title, None, record.launched, record.evidence)
    signed: dict[str, list[tuple[State, Claim[PartialDate]]]] = defaultdict(list)
    for signatory in record.signatories:
        for claim in signatory.dates.claims:
            signed[str(claim.value)].append((signatory.state, claim))
    for _, found in sorted(signed.items()):
        states = sorted({s.code for s, _ in found})
        claims = gather(
            ((c.value, source, c.evidence) for _, c in found for source in c.sources),
            kb.index.dates,
        )
        detail = f"{len(states)} signatories: {', '.join(states)}"
        yield _event("signed", record.title, detail, Field(claims, claims[0].value), ())
    for count in record.counts:
        if count.as_of is None:
            continue
        claim = Claim(count.as_of, (count.source,), count.evidence, count.as_of)
        who = f" by {count.reported_by}" if count.reported_by else ""
        detail = f"{count.text} signatories reported{who}"
        yield _event("count", record.title, detail, Field((claim,), count.as_of), ())


def _state_events(kb: Indexed, state: State) -> Iterator[Event]:
    for record in kb.index.detentions:
        if record.detaining_state == state or any(c.value == state for c in record.nationalities):
            yield from _detention_events(kb, record)
    for statement in kb.index.statements:
        if statement.date and state.code in statement.affiliation.values:
            yield _statement_event(statement)
    for declaration in kb.index.declarations:
        for signatory in declaration.signatories:
            if signatory.state == state and signatory.dates:
                detail = f"signed {declaration.title}"
                yield _event("signed", state.name, detail, signatory.dates, signatory.evidence)
        if state in declaration.initiator.values and declaration.launched:
            yield _event("launched", declaration.title, None, declaration.launched, ())


def _person_events(kb: Indexed, person: PersonRecord) -> Iterator[Event]:
    for record in kb.index.detentions:
        if record.detainee == person:
            yield from _detention_events(kb, record)
    for statement in kb.index.statements:
        if statement.speaker == person and statement.date:
            yield _statement_event(statement)


def _every_event(kb: Indexed) -> Iterator[Event]:
    index = kb.index
    for record in index.detentions:
        yield from _detention_events(kb, record)
    for statement in index.statements:
        if statement.date:
            yield _statement_event(statement)
    for declaration in index.declarations:
        yield from _declaration_events(kb, declaration)


def timeline(kb: Indexed, subject: Subject | str | None = None) -> Timeline:
    """The dated events of a person, a detention, a state or a declaration, in date order.

    Events are ``detained``, ``charged``, ``convicted``, ``sentenced``, ``released``
    (``exchanged`` where someone is reported to say so), ``statement``, ``launched``,
    ``signed`` and ``count`` (a reported signatory count).
    Each gives every date its sources give and is flagged ``disputed`` where they disagree.
    A name is looked up as in :func:`find_subject`; without a subject, every dated event
    of the knowledge base.
    """
    events: Iterable[Event]
    if subject is None:
        events, title = _every_event(kb), "every event"
    else:
        found = find_subject(kb, subject)
        if isinstance(found, PersonRecord):
            events, title = _person_events(kb, found), found.name
        elif isinstance(found, DetentionRecord):
            events = _detention_events(kb, found)
            title = f"{found.detainee.name}, held by {found.detaining_state or '?'}"
        elif isinstance(found, DeclarationRecord):
            events, title = _declaration_events(kb, found), found.title
        else:
            events, title = _state_events(kb, found), found.name
    ordered = sorted(
        events, key=lambda e: (e.date, _ORDER.get(e.event, len(_ORDER)), e.subject, e.detail or "")
    )
    return Timeline(tuple(ordered), f"Timeline: {title}")
