"""``linked(person_or_detention)``: the cases said to be connected to a detention."""

from __future__ import annotations

from ..errors import UnknownNameError
from ..kb import DeclarationRecord, DetentionRecord, Indexed, PersonRecord
from ._results import Linked
from ._subjects import Subject, find_subject

__all__ = ["linked"]


def linked(kb: Indexed, subject: Subject | str) -> Linked:
    """Every link (retaliation, exchange) involving a person or a detention's detainee.

    Each gives the relation, who asserts it and who denies it (each party with its
    sources), and the evidence. A name is looked up as in :func:`find_subject`; a state or
    declaration is not a case and raises :class:`~arbdet.UnknownNameError`.
    """
    found = find_subject(kb, subject)
    if isinstance(found, DetentionRecord):
        found = found.detainee
    if not isinstance(found, PersonRecord):
        label = found.title if isinstance(found, DeclarationRecord) else found.name
        detainees = tuple(dict.fromkeys(r.detainee.name for r in kb.index.detentions))
        raise UnknownNameError(label, detainees[:5], kind="person")
    person = found
    links = tuple(link for link in kb.index.links if person in (link.detainee, link.linked_to))
    return Linked(links, f"Linked cases: {person.name}")
