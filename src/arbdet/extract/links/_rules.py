"""The link reader's rules, read once from ``data/links/rules.tsv``.

They are matched over the document's tokens, its people (``PERSON``) and a layer of the
parties that can claim something (``PARTY``; see :mod:`arbdet.extract.patterns`). The claim
rules are kept apart: they are read only in a sentence where a cue made a link or a denial
was found.
"""

from __future__ import annotations

import functools

import attrs

from ...text import Layer, LayerKey
from ..patterns import RuleSet, Vocabulary, load_rules
from ..people import PEOPLE
from ._parties import Claimant
from ._words import classes

__all__ = ["PARTIES", "Rules", "rules"]

PARTIES: LayerKey[Layer[Claimant]] = LayerKey("link-parties")
"""The parties named in the sentences the link reader reads (made by the reader itself)."""


@attrs.frozen
class Rules:
    """The rules of relations and denials, and the rules of claims."""

    cues: RuleSet
    claims: RuleSet


@functools.cache
def rules() -> Rules:
    """The compiled rules of ``rules.tsv``."""
    vocabulary = Vocabulary(classes=classes(), layers={"PARTY": PARTIES, "PERSON": PEOPLE})
    loaded = load_rules("links/rules.tsv", vocabulary).rules
    claims = [rule for rule in loaded if rule.value("field") == "claim"]
    return Rules(RuleSet(r for r in loaded if r not in claims), RuleSet(claims))
