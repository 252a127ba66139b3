"""The detention rules of ``data/detentions/rules.tsv``, compiled once.

Every rule is a token pattern anchored on a detention word (its capture ``verb``), a
prison term (``unit``) or a charge cue (``cue``), with values that tell the reader what
the construction means:

- ``voice``: how the people were found (``passive``, ``active``, ``reduced``, ``shared``,
  ``subject``, ``noun``, ``object``);
- ``people``: the finder that reads them (:data:`arbdet.extract.detentions._events.FINDERS`);
- ``if=people``: the rule holds only when its finder finds someone, else the next one is
  tried; ``when``: a condition no pattern can state (``opening``: the word opens its
  sentence);
- ``kind``: what the event reports when the rule decides it ("in custody" holds, "into
  custody" arrests); ``event=none``: the words make no event;
- ``holder``: a capture naming the state that held the person ("left Iran");
- ``span=match``: the event's words are the whole match, not only the anchor;
- ``role=counterpart``: the capture ``other`` is the other side of a swap ("traded for X");
- ``reach=paragraph``: a group's naming that may open the next paragraph.

Patterns name layers (``PERSON``, ``STATE`` for a state's name or a place of detention,
``DEMONYM``, ``DATE``), word classes of the detention tables (``@be``, ``@part``,
``@custody_noun``...) and the predicates defined here (``NUMBER``, ``NOUNMOD``,
``CUSTODYMOD``, ``LOWERWORD``, ``NOBREAK``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from ...text import Document, Layer, LayerKey
from .._numbers import word_value
from ..dates import DATES
from ..patterns import Predicate, RuleSet, Vocabulary, load_rules
from ..people import PEOPLE
from ._columns import columns
from ._lexicon import classes, custody_role
from ._reading import DocumentReading

__all__ = ["LAYERS", "PREDICATES", "layers_of", "noun_modifier", "number_value", "rules"]

_TABLE = "detentions/rules.tsv"
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_HALF = re.compile(r"(.+)-and-a-half", re.IGNORECASE)

LAYERS: Mapping[str, LayerKey[Layer[Any]]] = {
    "PERSON": PEOPLE,
    "STATE": LayerKey("detentions.states"),
    "DEMONYM": LayerKey("detentions.demonyms"),
    "DATE": DATES,
}
"""The layer labels the rules may name."""


def number_value(text: str) -> float | None:
    """The value of a number token: "11", "6.5", "six", "twenty-five", "six-and-a-half"."""
    if _DECIMAL.fullmatch(text) is not None:
        return float(text)
    half = _HALF.fullmatch(text)
    whole = word_value(half.group(1) if half else text) if text[:1].isalpha() else None
    if whole is None:
        return None
    return whole + (0.5 if half else 0.0)


def _is_number(doc: Document, index: int) -> bool:
    """A number in figures ("11", "6.5") or words ("six", "twenty-five", "six-and-a-half")."""
    return number_value(doc.tokens.text[index]) is not None


_NOT_MODIFIER = ("determiner", "preposition", "be", "have", "modal", "clause", "speech")
_NOT_MODIFIER_CLASSES = frozenset((*_NOT_MODIFIER, "not_modifier"))


def noun_modifier(doc: Document, index: int) -> bool:
    """A word that may stand between a determiner and a noun ("his immediate release")."""
    found = columns(doc)
    tags = found.tags[index]
    text = doc.tokens.text[index]
    if "modifier" in tags or text.isdigit() or text in ("-", "."):
        return True
    if found.dates_at[index] >= 0:
        return True
    return text.islower() and tags.isdisjoint(_NOT_MODIFIER_CLASSES)


def _is_custody_modifier(doc: Document, index: int) -> bool:
    """A word between "in" and a custody noun ("in Chinese state custody")."""
    found = columns(doc)
    text = doc.tokens.text[index]
    tags = found.tags[index]
    return (
        found.persons_at[index] < 0
        and not found.boundary[index]
        and "preposition" not in tags
        and "be" not in tags
        and (text[:1].isalnum() or text in ("'s", "-", "."))
        and custody_role(text) != "custody"
    )


def _is_lower_word(doc: Document, index: int) -> bool:
    """A lower-case word that is not a determiner ("to help", not "to the")."""
    text = doc.tokens.text[index]
    return text.islower() and text[:1].isalpha() and "determiner" not in columns(doc).tags[index]


def _no_break(doc: Document, index: int) -> bool:
    """Any token that does not open a new clause."""
    return not columns(doc).boundary[index]


PREDICATES: Mapping[str, Predicate] = {
    "NUMBER": _is_number,
    "NOUNMOD": noun_modifier,
    "CUSTODYMOD": _is_custody_modifier,
    "LOWERWORD": _is_lower_word,
    "NOBREAK": _no_break,
}
"""The token tests the rules may name."""


@functools.cache
def rules() -> RuleSet:
    """The compiled rules of ``rules.tsv``."""
    return load_rules(_TABLE, Vocabulary(classes(), LAYERS, PREDICATES))


def layers_of(whole: DocumentReading) -> dict[str, Layer[Any]]:
    """The layers the rules' labels stand for in one document."""
    return {
        "PERSON": whole.persons,
        "STATE": whole.named,
        "DEMONYM": whole.demonyms,
        "DATE": whole.dates,
    }
