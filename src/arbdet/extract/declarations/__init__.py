"""The declaration against arbitrary detention: its name, initiator, launch, counts and signatories.

:func:`read` is the pipeline's reader: it reads the sentences the gate marks for the
declaration (and their paragraphs), matching the rules of ``data/declarations/rules.tsv``
over the document's tokens and its places, people, dates and numbers. Every part of the
declaration carries evidence whose ``extractor`` is the id of the rule that read it
(``declaration.initiator.possessive``, ``declaration.count.noun``...).
"""

from __future__ import annotations

from ...model import Declaration, Evidence, StatementKind
from ...text import Document, FactKey
from ..quotes import STATEMENTS
from ._counts import counts
from ._details import binding, launched, name
from ._initiator import initiator
from ._scope import scope
from ._signatories import signatories

__all__ = ["DECLARATIONS", "MENTION", "read"]

DECLARATIONS: FactKey[Declaration] = FactKey("declarations")
"""The declarations a document discusses."""

MENTION = "declaration.mention"
"""The extractor of the evidence that a sentence speaks of the declaration."""


def read(doc: Document) -> list[Declaration]:
    """The declaration ``doc`` discusses (at most one), with every part the text gives.

    Needs the places, dates, people and cue layers, and the statements: a speaker who says
    "I was pleased to join the initiative" makes their state a signatory.
    """
    found = scope(doc)
    if found is None:
        return []
    named = name(found)
    title = None if named is None else named[0]
    state = initiator(found)
    launch = launched(found)
    binds = binding(found)
    quotes = [s for s in doc.facts(STATEMENTS) if s.kind is StatementKind.DIRECT]
    evidence: list[Evidence] = [
        doc.evidence(s.start, s.end, MENTION)
        for n, s in enumerate(found.sentences)
        if n in found.named
    ]
    return [
        Declaration(
            name=title,
            initiator=None if state is None else state[0],
            launched=None if launch is None else launch[0],
            binding=None if binds is None else binds[0],
            counts=tuple(counts(found, None if launch is None else launch[0])),
            signatories=tuple(
                signatories(found, quotes, title, None if state is None else state[0])
            ),
            evidence=tuple(
                evidence
                + ([] if named is None else [named[1]])
                + ([] if state is None else state[1])
                + ([] if launch is None else [launch[1]])
                + ([] if binds is None else [binds[1]])
            ),
        )
    ]
