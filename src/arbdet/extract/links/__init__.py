"""Claimed connections between detentions: retaliation and exchange, asserted and denied.

:func:`read` is the pipeline's reader. It reads the sentences the gate marks for links
(their cue words live in ``data/links/cues.tsv``), matching the rules of
``data/links/rules.tsv`` over the document's tokens and the parties it names. A link
joins two of the document's detainees (the detention reader's facts) held by different
states; it carries who claims it (``asserted_by``: a state, a body or a person; an
official speaks for their state) and who denies it (``denied_by``: "China says the cases
are not connected"). Each piece of a link's evidence names the rule that read it
(``link.exchange.traded_for``, ``link.claim.according_to``, ``link.denial.verb``...).
"""

from __future__ import annotations

from ...model import Link
from ...text import Document, FactKey
from ..cues import Family, sentences_with
from ..detentions import DETENTIONS
from ..people import PEOPLE
from ..places import PLACES
from ..quotes import STATEMENTS
from ._parties import Parties
from ._reader import Reading
from ._sides import Detainees

__all__ = ["LINKS", "read"]

LINKS: FactKey[Link] = FactKey("links")
"""The links between detentions a document claims."""


def read(doc: Document) -> list[Link]:
    """Every claimed link between two of ``doc``'s detentions.

    Needs the places, people and cue layers, the detentions and the statements (whose
    speakers claim or deny what their quotations say).
    """
    marked = sentences_with(doc, Family.LINK)
    if not marked:
        return []
    people = doc.layer(PEOPLE)
    detainees = Detainees(doc, people, doc.facts(DETENTIONS))
    if not detainees.can_link():
        return []
    parties = Parties(doc, people, doc.layer(PLACES), doc.facts(STATEMENTS))
    sentences = [doc.sentences[i] for i in sorted(marked) if not doc.sentences[i].duplicate]
    reading = Reading(doc, detainees, parties, sentences)
    for sentence in sentences:
        reading.read(sentence)
    return reading.links()
