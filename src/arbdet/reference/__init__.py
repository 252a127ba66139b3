"""Reference sources: curated tables shipped with arbdet, read like articles.

Each has its own provenance (publisher, URL, as-of date) in its text, and every fact read
from it carries :class:`~arbdet.model.Evidence` pointing at its row. The knowledge base
keeps them apart from article claims (:attr:`arbdet.kb.KnowledgeBase.references`) and
reports where articles disagree with them.

>>> from arbdet.reference import founding_endorsers
>>> facts = founding_endorsers()
>>> [count.count for count in facts.declarations[0].counts]
[58, 59]
"""

from ..model import ArticleFacts
from ._endorsers import ENDORSERS_FILE, REFERENCE_EXTRACTOR, founding_endorsers

__all__ = ["ENDORSERS_FILE", "REFERENCE_EXTRACTOR", "founding_endorsers", "references"]


def references() -> tuple[ArticleFacts, ...]:
    """Every reference source shipped with arbdet, with its facts."""
    return (founding_endorsers(),)
