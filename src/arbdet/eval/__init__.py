"""Scoring facts against gold facts, both in the ``arbdet-facts/1`` format.

Anyone can score arbdet, or any other system, on their own hand-made gold: write one
facts document per article (see :mod:`arbdet.facts`), then

>>> import arbdet.eval
>>> gold = {"article": "a.txt", "links": [{"detainee": "Michael Spavor",
...         "linked_to": "Meng Wanzhou", "relation": "retaliation", "asserted_by": ["CA"]}]}
>>> arbdet.eval.score(gold, {"article": "a.txt"}).kinds["links"].recall
0.0

Records are matched as the format says (detentions by detainee and detaining state,
quotes by shared words, links by the pair of names and the relation); the fields the gold
gives are then checked on matched records. From the shell: ``arbdet score GOLD PRED``.
"""

from ._compare import name_match, party_match, quote_overlap
from ._documents import Document, Documents, read_documents
from ._match import KINDS
from ._report import report
from ._score import FieldScore, KindScore, Mismatch, Score, score, verdicts

__all__ = [
    "KINDS",
    "Document",
    "Documents",
    "FieldScore",
    "KindScore",
    "Mismatch",
    "Score",
    "name_match",
    "party_match",
    "quote_overlap",
    "read_documents",
    "report",
    "score",
    "verdicts",
]
