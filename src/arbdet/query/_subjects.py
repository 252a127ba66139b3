"""Finding what a query is about: a person, a detention, a state or a declaration, by name.

A name is matched case- and accent-insensitively against every spelling sources give,
tolerating a missing middle name or initial and a bare surname where only one person fits.
An unknown or ambiguous name raises :class:`~arbdet.UnknownNameError` with the closest
known names.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from ..errors import UnknownNameError
from ..kb import (
    DeclarationRecord,
    DetentionRecord,
    Indexed,
    NameKey,
    NameRelation,
    PersonRecord,
    compare,
    fold,
    given_compatible,
)
from ..model import Person, State
from ._states import state_named

__all__ = ["Subject", "closest_names", "find_declaration", "find_person", "find_subject"]

Subject = PersonRecord | DetentionRecord | DeclarationRecord | State | Person
"""What a timeline or a filter can be about (or its name, as a string)."""

_CLOSEST = 5
_CUTOFF = 70.0
_DECLARATION_SIMILARITY = 70.0


def _fits(query: NameKey, spelling: str) -> bool:
    known = NameKey.of(spelling)
    if not query.words or not known.words:
        return False
    if query.single:
        return query.whole == known.whole or (not known.single and query.whole in known.tail_keys)
    if known.single:
        return False
    if query.initial_only or known.initial_only:
        return query.surname == known.surname and given_compatible(
            query.given or "", known.given or ""
        )
    return compare(query, known) is NameRelation.SAME


def closest_names(kb: Indexed, name: str) -> tuple[str, ...]:
    """The known names (people, states, declarations, bodies) closest to ``name``."""
    choices: dict[str, str] = {}
    for person in kb.index.people:
        for spelling in person.spellings:
            choices.setdefault(fold(spelling), person.name)
    states = {r.detaining_state for r in kb.index.detentions if r.detaining_state}
    for state in states:
        choices.setdefault(fold(state.name), state.name)
    for declaration in kb.index.declarations:
        choices.setdefault(fold(declaration.title), declaration.title)
    for statement in kb.index.statements:
        for body in statement.affiliation.values:
            if len(body) > 2:  # not a state's code
                choices.setdefault(fold(body), body)
    found = process.extract(
        fold(name), list(choices), scorer=fuzz.WRatio, limit=_CLOSEST * 2, score_cutoff=_CUTOFF
    )
    names = dict.fromkeys(choices[match] for match, _, _ in found)
    return tuple(list(names)[:_CLOSEST])


def _people_fitting(kb: Indexed, name: str) -> list[PersonRecord]:
    folded = fold(" ".join(name.split()))
    exact = [p for p in kb.index.people if any(fold(s) == folded for s in p.spellings)]
    if exact:
        return exact
    query = NameKey.of(name)
    return [p for p in kb.index.people if any(_fits(query, s) for s in p.spellings)]


def find_person(kb: Indexed, name: str) -> PersonRecord:
    """The one person ``name`` refers to; :class:`~arbdet.UnknownNameError` if none or many."""
    people = _people_fitting(kb, name)
    if len(people) == 1:
        return people[0]
    if people:
        raise UnknownNameError(name, tuple(p.name for p in people), kind="person", ambiguous=True)
    raise UnknownNameError(name, closest_names(kb, name), kind="person")


def find_declaration(kb: Indexed, name: str | None = None) -> DeclarationRecord:
    """The declaration a name refers to (by default the one most sources mention)."""
    declarations = sorted(kb.index.declarations, key=lambda d: (-len(d.sources), d.id))
    if name is not None and fold(name.strip()) not in {"declaration", "the declaration"}:
        folded = fold(name)
        declarations = [
            d
            for d in declarations
            if any(
                fuzz.token_set_ratio(folded, fold(n)) >= _DECLARATION_SIMILARITY
                for n in d.name.values
            )
            or d.id == name
        ]
    if not declarations:
        raise UnknownNameError(
            name or "declaration", closest_names(kb, name or ""), kind="declaration"
        )
    return declarations[0]


def find_subject(
    kb: Indexed, subject: Subject | str
) -> PersonRecord | DetentionRecord | DeclarationRecord | State:
    """What ``subject`` names: a person first, then a state, then a declaration."""
    if isinstance(subject, (PersonRecord, DetentionRecord, DeclarationRecord, State)):
        return subject
    name = subject.name if isinstance(subject, Person) else subject
    people = _people_fitting(kb, name)
    if len(people) == 1:
        return people[0]
    if people:
        raise UnknownNameError(name, tuple(p.name for p in people), kind="person", ambiguous=True)
    state = None if isinstance(subject, Person) else state_named(name)
    if state is not None:
        return state
    if "declaration" in fold(name) or any(d.id == name for d in kb.index.declarations):
        try:
            return find_declaration(kb, name)
        except UnknownNameError:
            pass
    raise UnknownNameError(name, closest_names(kb, name))
