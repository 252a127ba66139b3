"""The vocabularies of attribution and its rules, from the tables in ``arbdet/data/quotes/``.

- ``speech_verbs.tsv``: verbs and phrases of saying by class (``say``, ``tell``, ``ask``,
  ``characterize``, ``deny``, ``accuse``, ``according``, ``read``, ``quote``);
- ``speaker_nouns.tsv``: head nouns of a speaker described without a name, by kind;
- ``venues.tsv``, ``media.tsv``, ``title_cues.tsv``: where something was said, news outlets
  (an audience that makes an interview), words that make a quoted stretch a title;
- ``function_words.tsv``: small closed classes of words, by kind;
- ``attribution.tsv``: the attribution constructions, as patterns of
  :mod:`arbdet.extract.patterns` over the classes of the two first tables.

Every table is read once. Phrases are kept as lower-case token tuples indexed by their
first (or last) token, so looking one up at a token is a dictionary access.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

from ... import data
from ...model import Venue
from ...text import Document, LayerKey, tokenize
from ..dates import DATES
from ..patterns import RuleSet, Vocabulary, load_rules, word_classes
from ..people import PEOPLE

__all__ = [
    "SPEECH_CLASSES",
    "Phrases",
    "any_of",
    "in_phrase",
    "media",
    "phrases",
    "rules",
    "scanned",
    "speaker_nouns",
    "speech_verbs",
    "title_cues",
    "venues",
    "words",
]

V = TypeVar("V")

SPEECH_CLASSES = frozenset(
    {"say", "tell", "ask", "characterize", "deny", "accuse", "according", "read", "quote"}
)
"""The classes of ``speech_verbs.tsv``."""

_PHRASE_GLUE = frozenset({"-", "/", "&", "'"})  # inside a name: "RFE/RL", "AT&T"
_SHORT_TITLE = 3  # letters of an abbreviation whose full stop stays in a name: "Sen.", "Dr."


class Phrases(Generic[V]):
    """Phrases of a table as lower-case token tuples, each with a value."""

    __slots__ = ("_by_first", "_by_last", "firsts")

    def __init__(self, entries: Mapping[tuple[str, ...], V]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        by_last: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for words, value in entries.items():
            by_first.setdefault(words[0], []).append((words, value))
            by_last.setdefault(words[-1], []).append((words, value))
        self._by_first = {k: sorted(v, key=lambda e: -len(e[0])) for k, v in by_first.items()}
        self._by_last = {k: sorted(v, key=lambda e: -len(e[0])) for k, v in by_last.items()}
        self.firsts = frozenset(by_first)
        """The tokens a phrase may begin with."""

    def entries(self) -> list[tuple[tuple[str, ...], V]]:
        """Every phrase and its value."""
        return [entry for group in self._by_first.values() for entry in group]

    def at(self, lower: Sequence[str], index: int, stop: int) -> tuple[int, V] | None:
        """The longest phrase beginning at token ``index`` (within ``stop``): its end and value."""
        for words, value in self._by_first.get(lower[index], ()):
            end = index + len(words)
            if end <= stop and (len(words) == 1 or tuple(lower[index:end]) == words):
                return end, value
        return None

    def ending(self, lower: Sequence[str], stop: int, floor: int) -> tuple[int, V] | None:
        """The longest phrase whose last token is ``stop - 1`` (from ``floor`` on): start, value."""
        if stop <= floor:
            return None
        for words, value in self._by_last.get(lower[stop - 1], ()):
            start = stop - len(words)
            if start >= floor and (len(words) == 1 or tuple(lower[start:stop]) == words):
                return start, value
        return None


def _phrases(table: str, value_column: int | None = 1) -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for row in data.rows(table):
        key = tuple(word.lower() for word in tokenize(row[0]))
        if key:
            found[key] = "" if value_column is None else row[value_column]
    return found


@functools.cache
def speech_verbs() -> Phrases[str]:
    """Verbs and phrases of saying, with their class."""
    table = _phrases("quotes/speech_verbs.tsv")
    unknown = set(table.values()) - SPEECH_CLASSES
    if unknown:
        raise ValueError(f"quotes/speech_verbs.tsv: unknown classes {sorted(unknown)}")
    return Phrases(table)


@functools.cache
def speaker_nouns() -> Phrases[str]:
    """Head nouns of unnamed speakers: ``person``, ``generic``, ``organization``, ``document``."""
    return Phrases(_phrases("quotes/speaker_nouns.tsv"))


@functools.cache
def venues() -> Phrases[Venue]:
    """Phrases that say where or how something was said, with the venue each names."""
    return Phrases({k: Venue[v] for k, v in _phrases("quotes/venues.tsv").items()})


@functools.cache
def media() -> Phrases[str]:
    """News organisations ("told Reuters" is an interview)."""
    return Phrases(_phrases("quotes/media.tsv", None))


@functools.cache
def title_cues() -> Phrases[str]:
    """Words right before a quoted stretch that make it a name or a title ("dubbed")."""
    return Phrases(_phrases("quotes/title_cues.tsv", None))


@functools.cache
def words(kind: str) -> frozenset[str]:
    """The small words of one kind of ``function_words.tsv`` (see the table's header)."""
    found = frozenset(row[0] for row in data.rows("quotes/function_words.tsv") if row[1] == kind)
    if not found:
        raise ValueError(f"quotes/function_words.tsv has no words of kind {kind!r}")
    return found


@functools.cache
def any_of(*kinds: str) -> frozenset[str]:
    """The small words of any of several kinds of ``function_words.tsv``."""
    return frozenset().union(*(words(kind) for kind in kinds))


@functools.cache
def phrases(kind: str) -> Phrases[str]:
    """The words of one kind of ``function_words.tsv`` as phrases (several words each)."""
    return Phrases(
        {
            tuple(w.lower() for w in tokenize(row[0])): kind
            for row in data.rows("quotes/function_words.tsv")
            if row[1] == kind
        }
    )


@functools.cache
def scanned() -> frozenset[str]:
    """The words that may begin a phrase of a table the reader looks for all over a document.

    (Verbs of saying, venues, the words before an audience, parts of a day and "at the
    time": one pass over a document's tokens finds them all.)
    """
    tables = (
        speech_verbs(),
        venues(),
        phrases("audience"),
        phrases("day_part"),
        phrases("back_then"),
    )
    return frozenset().union(*(table.firsts for table in tables))


@functools.cache
def _outside_phrase() -> frozenset[str]:
    """Words that end the noun phrase naming a speaker: verbs, auxiliaries, conjunctions."""
    verbs = {entry[0] for entry, _ in speech_verbs().entries()}
    return frozenset(verbs | (words("boundary") - words("coordination")) | words("aux"))


def in_phrase(doc: Document, index: int) -> bool:
    """Whether token ``index`` may stand in the noun phrase that names a speaker.

    Words other than verbs of saying, auxiliaries and conjunctions ("and" excepted: "Ana
    and Luis Ortega"), outside dates; a possessive; the glue inside a name ("RFE/RL",
    "Zaghari-Ratcliffe"); the full stop of a short abbreviation ("Sen.", "Dr.").
    """
    tokens = doc.tokens
    text = tokens.text[index]
    if text[:1].isalnum():
        return tokens.lower[index] not in _outside_phrase() and (
            doc.layer(DATES).index_at(index) < 0
        )
    if text == "'s" or (text in _PHRASE_GLUE and tokens.glued(index)):
        return True
    if text == "." and tokens.glued(index):
        before = tokens.text[index - 1]
        return before[:1].isupper() and len(before) <= _SHORT_TITLE
    return False


QUOTE = "QUOTE"
"""The label of the layer of quotations the rules match (marks included)."""


@functools.cache
def vocabulary() -> Vocabulary:
    """What the attribution rules' names mean."""
    classes = word_classes(
        ("quotes/speech_verbs.tsv", 0, 1),
        ("quotes/function_words.tsv", 0, 1),
        ("quotes/speaker_nouns.tsv", 0, 1),
    )
    return Vocabulary(
        classes=classes,
        layers={QUOTE: LayerKey("quotes.quotations"), "PERSON": PEOPLE, "DATE": DATES},
        predicates={"NP": in_phrase},
    )


@functools.cache
def rules() -> RuleSet:
    """The attribution constructions of ``attribution.tsv``."""
    return load_rules("quotes/attribution.tsv", vocabulary())
