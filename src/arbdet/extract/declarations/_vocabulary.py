"""The declaration reader's word classes and rules, read once from ``data/declarations/``.

``words.tsv`` holds the word classes, ``qualifiers.tsv`` the words that bound a count
("more than", "some") and ``rules.tsv`` the patterns; the reader matches them over the
document's tokens and layers (see :mod:`arbdet.extract.patterns`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs

from ... import data
from ...model import CountQualifier
from ...text import Document, Layer, LayerKey, tokenize
from ..dates import DATES
from ..patterns import Rule, RuleSet, Vocabulary, load_rules, word_classes
from ..people import PEOPLE
from ..places import PLACES

__all__ = [
    "NUMBERS",
    "Number",
    "Rules",
    "qualifiers",
    "rules",
    "words",
]

_WORDS = "declarations/words.tsv"
_QUALIFIERS = "declarations/qualifiers.tsv"
_RULES = "declarations/rules.tsv"


@attrs.frozen
class Number:
    """A number written in words or figures at ``[start, end)`` of a document's text."""

    start: int
    end: int
    value: int


NUMBERS: LayerKey[Layer[Number]] = LayerKey("declaration-numbers")
"""The numbers of the sentences the declaration reader reads (made by the reader itself)."""

LABELS: Mapping[str, LayerKey[Layer[Any]]] = {
    "STATE": PLACES,
    "PERSON": PEOPLE,
    "DATE": DATES,
    "NUMBER": NUMBERS,
}
"""The layers the rules name, by label."""


def _name_word(doc: Document, index: int) -> bool:
    """A capitalised word that is not part of a date: a word of a declaration's title."""
    return doc.tokens.text[index][:1].isupper() and doc.layer(DATES).index_at(index) < 0


@functools.cache
def qualifiers() -> Mapping[tuple[str, ...], CountQualifier]:
    """The words that bound a count, as lower-case tokens, and the qualifier they give."""
    return {
        tuple(word.lower() for word in tokenize(row[0])): CountQualifier(row[1])
        for row in data.rows(_QUALIFIERS)
    }


@functools.cache
def _classes() -> Mapping[str, frozenset[tuple[str, ...]]]:
    return word_classes((_WORDS, 0, 1))


def words(name: str) -> frozenset[str]:
    """The one-word members of word class ``name``."""
    return _one_word(name)


@functools.cache
def _one_word(name: str) -> frozenset[str]:
    return frozenset(member[0] for member in _classes()[name] if len(member) == 1)


@attrs.frozen
class Rules:
    """The reader's rules: those read over its sentences, and those read over quotations."""

    sentences: RuleSet
    quotations: RuleSet


@functools.cache
def rules() -> Rules:
    """The compiled rules of ``rules.tsv``."""
    vocabulary = Vocabulary(
        classes={**_classes(), "qualifier": frozenset(qualifiers())},
        layers=LABELS,
        predicates={"NAMEWORD": _name_word},
    )
    loaded = load_rules(_RULES, vocabulary).rules
    quoted: list[Rule] = [r for r in loaded if r.value("field") == "first_person"]
    return Rules(RuleSet(r for r in loaded if r not in quoted), RuleSet(quoted))
