"""``conflicts()``: every place where sources contradict each other, each side with evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from ..kb import (
    Claim,
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    Field,
    Indexed,
    PersonRecord,
    StatementRecord,
    fold,
    name_parts,
)
from ._counts import contradicting
from ._results import Conflict, Conflicts, ConflictValue

__all__ = ["conflicts"]


def _value_text(value: object) -> str:
    code = getattr(value, "code", None)
    if isinstance(code, str):
        return code
    enum_value = getattr(value, "value", None)
    return enum_value if isinstance(enum_value, str) else str(value)


def _sides(claims: Sequence[Claim[Any]], references: frozenset[str]) -> tuple[ConflictValue, ...]:
    return tuple(
        ConflictValue(
            _value_text(c.value),
            c.sources,
            c.evidence,
            reference=bool(c.sources) and all(s in references for s in c.sources),
        )
        for c in claims
    )


def _field_conflicts(
    subject: str, fields: dict[str, Field[Any]], references: frozenset[str]
) -> Iterator[Conflict]:
    for name, field in fields.items():
        if field.disputed:
            kind = "date" if name in {"start", "end", "date", "launched"} else "value"
            yield Conflict(kind, subject, name, _sides(field.claims, references))


def _detention_conflicts(record: DetentionRecord, refs: frozenset[str]) -> Iterator[Conflict]:
    state = record.detaining_state.code if record.detaining_state else "?"
    subject = f"{record.detainee.name} (held by {state})"
    fields: dict[str, Field[Any]] = {
        "start": record.start,
        "end": record.end,
        "released": record.status,
        "sentence_years": record.sentence_years,
        "sentence_kind": record.sentence_kind,
    }
    yield from _field_conflicts(subject, fields, refs)


def _count_conflicts(record: DeclarationRecord) -> Iterator[Conflict]:
    """Signatory counts that contradict (of the same time, or a later one smaller).

    A reference table's counts stay a side of their own.
    """
    involved = contradicting(record.counts)
    if len({c.text for c in involved}) < 2:
        return
    sides: dict[tuple[str, bool], list[CountReport]] = defaultdict(list)
    for count in involved:
        sides[count.text, count.reference].append(count)
    values = tuple(
        ConflictValue(
            text,
            tuple(sorted({c.source for c in counts})),
            tuple(e for c in counts for e in c.evidence),
            reference=reference,
        )
        for (text, reference), counts in sorted(
            sides.items(), key=lambda item: (item[1][0].count, item[0][0], item[0][1])
        )
    )
    reference_counts = sorted({c.text for c in involved if c.reference})
    note = f"reference sources give {' and '.join(reference_counts)}" if reference_counts else None
    yield Conflict("signatory_count", record.title, "signatory_count", values, note)


def _signatory_conflicts(
    kb: Indexed, record: DeclarationRecord, refs: frozenset[str]
) -> Iterator[Conflict]:
    if not record.reference_sources:
        return
    reference_evidence = tuple(e for e in record.evidence if kb.index.label(e.source_id) in refs)
    for signatory in record.signatories:
        if any(s in refs for s in signatory.sources):
            continue
        later = [
            s
            for s in signatory.sources
            if (d := kb.index.dates.get(s)) is not None
            and any(c.as_of is not None and d > c.as_of for c in record.counts if c.reference)
        ]
        note = "named by articles, not in the reference list"
        if later:
            note += " (some articles are later than the list: it may have joined since)"
        yield Conflict(
            "signatory",
            f"{record.title}: {signatory.state.code} ({signatory.state.name})",
            "signatories",
            (
                ConflictValue("signed", signatory.sources, signatory.evidence),
                ConflictValue(
                    "not listed", record.reference_sources, reference_evidence, reference=True
                ),
            ),
            note,
        )


def _attribution_conflicts(
    group: tuple[StatementRecord, ...], refs: frozenset[str]
) -> Iterator[Conflict]:
    shortest = min((r.quote for r in group), key=len)
    values = tuple(
        ConflictValue(r.speaker_label, r.sources, r.evidence, reference=False) for r in group
    )
    subject = shortest if len(shortest) <= 70 else shortest[:67] + "..."
    yield Conflict(
        "quote_attribution", subject, "speaker", values, "the same words, different speakers"
    )


def _person_values(person: PersonRecord) -> tuple[ConflictValue, ...]:
    return tuple(ConflictValue(c.value, c.sources, c.evidence) for c in person.names)


def _name_conflicts(pair: tuple[PersonRecord, PersonRecord]) -> Iterator[Conflict]:
    a, b = pair
    values = _person_values(a) + _person_values(b)
    note = "same surname, another given name: not merged; one may be a mistake for the other"
    yield Conflict("name", f"{a.name} / {b.name}", "name", values, note)


def _spelling_conflicts(person: PersonRecord) -> Iterator[Conflict]:
    """Spellings of one (merged) person that differ by more than missing parts."""
    token_sets = [frozenset(name_parts(c.value)) for c in person.names]
    differ = any(
        not (a <= b or b <= a) for i, a in enumerate(token_sets) for b in token_sets[i + 1 :]
    )
    if differ:
        yield Conflict(
            "spelling",
            person.name,
            "name",
            _person_values(person),
            "spelling variants merged as one person",
        )


def _sorted(found: list[Conflict]) -> tuple[Conflict, ...]:
    order = ["signatory_count", "signatory", "quote_attribution", "date", "value", "name"]
    return tuple(
        sorted(
            found,
            key=lambda c: (
                order.index(c.kind) if c.kind in order else len(order),
                fold(c.subject),
                c.field or "",
            ),
        )
    )


def conflicts(kb: Indexed) -> Conflicts:
    """Every place where sources contradict each other.

    Kinds: ``signatory_count`` (different counts for one declaration, reference tables
    included), ``signatory`` (a state articles name that the reference list lacks),
    ``quote_attribution`` (the same words given to different speakers), ``date`` and
    ``value`` (different dates or values for one detention, statement or declaration
    field), ``name`` (a suspicious variant of a name, not merged) and ``spelling``
    (spellings merged as one person). Each side carries its sources and evidence.
    """
    index = kb.index
    refs = index.references
    found: list[Conflict] = []
    for declaration in index.declarations:
        found += _count_conflicts(declaration)
        found += _signatory_conflicts(kb, declaration, refs)
        fields: dict[str, Field[Any]] = {
            "launched": declaration.launched,
            "initiator": declaration.initiator,
            "binding": declaration.binding,
        }
        found += _field_conflicts(declaration.title, fields, refs)
    for group in index.misattributed:
        found += _attribution_conflicts(group, refs)
    for record in index.detentions:
        found += _detention_conflicts(record, refs)
    for statement in index.statements:
        found += _field_conflicts(
            f"{statement.speaker_label}: {statement.quote[:50]}", {"date": statement.date}, refs
        )
    for pair in index.suspects:
        found += _name_conflicts(pair)
    for person in index.people:
        found += _spelling_conflicts(person)
    return Conflicts(_sorted(found), "Conflicts")
