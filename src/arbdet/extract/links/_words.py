"""The link reader's word classes, read once from ``data/links/words.tsv``."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from ..patterns import word_classes

__all__ = ["classes", "phrases", "words"]


@functools.cache
def classes() -> Mapping[str, frozenset[tuple[str, ...]]]:
    """Every word class, its members as lower-case tokens."""
    return word_classes(("links/words.tsv", 0, 1))


@functools.cache
def words(name: str) -> frozenset[str]:
    """The one-word members of word class ``name``."""
    return frozenset(member[0] for member in classes()[name] if len(member) == 1)


def phrases(name: str) -> frozenset[tuple[str, ...]]:
    """Every member of word class ``name``, as lower-case tokens."""
    return classes()[name]
