"""The link reader's rules, read once from ``data/links/rules.tsv``.

They are matched over the document's tokens and a layer of the parties that can claim
something (see :mod:`arbdet.extract.patterns`).
"""

from __future__ import annotations

import functools

from ...text import Layer, LayerKey
from ..patterns import RuleSet, Vocabulary, load_rules
from ._parties import Claimant
from ._words import classes

__all__ = ["PARTIES", "rules"]

PARTIES: LayerKey[Layer[Claimant]] = LayerKey("link-parties")
"""The parties named in the sentences the link reader reads (made by the reader itself)."""


@functools.cache
def rules() -> RuleSet:
    """The compiled rules of ``rules.tsv``."""
    return load_rules("links/rules.tsv", Vocabulary(classes=classes(), layers={"PARTY": PARTIES}))
