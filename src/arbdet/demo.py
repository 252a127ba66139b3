"""A plain-text report of a knowledge base: what ``arbdet demo`` prints."""

from __future__ import annotations

from .kb import PersonRecord
from .knowledge_base import KnowledgeBase

__all__ = ["demo_report", "main_person"]


def main_person(kb: KnowledgeBase) -> PersonRecord | None:
    """The detainee with linked cases whom most sources mention (else any detainee)."""
    linked = {p for link in kb.links for p in (link.detainee, link.linked_to)}
    detainees = [r.detainee for r in kb.detention_records]
    candidates = [p for p in detainees if p in linked] or detainees
    if not candidates:
        return None
    return max(candidates, key=lambda p: (len(p.sources), p.name))


def demo_report(kb: KnowledgeBase, subject: str | None = None) -> str:
    """A summary, one person's timeline and linked cases, the detentions and the conflicts.

    ``subject`` names the person to follow; by default the detainee with linked cases
    whom most sources mention.
    """
    parts = [kb.describe()]
    person = kb.person(subject) if subject is not None else main_person(kb)
    if person is not None:
        parts += [repr(kb.timeline(person)), repr(kb.linked(person))]
    parts += [repr(kb.detentions()), repr(kb.conflicts())]
    return "\n\n".join(parts) + "\n"
