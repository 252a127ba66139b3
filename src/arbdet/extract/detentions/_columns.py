"""Per-token columns the detention reader asks about again and again, built once a document.

The reader's questions about one token ("is it in the class ``be``", "does a clause open
here", "which person mention covers it") are asked hundreds of thousands of times over a
corpus; each is answered here by indexing a list made in one pass over the document's
``lower`` column and layers, not by calling through a chain of accessors.

The columns of the last document asked for are kept, since the reader and the rules'
token tests (:mod:`._rules`) ask about the same document in turn.
"""

from __future__ import annotations

import functools
from itertools import compress, count, repeat
from typing import Any

from ...text import Document, Layer
from ..dates import DATES
from ..people import PEOPLE
from ._lexicon import classes, words

__all__ = ["Columns", "columns", "covering"]

_GERUND_LENGTH = 4  # an -ing word longer than this after "after" keeps the clause open
_NONE: frozenset[str] = frozenset()
_TO = "to"


@functools.cache
def _classes_by_word() -> dict[str, frozenset[str]]:
    """Every one-token member of a word class, with the names of its classes."""
    found: dict[str, set[str]] = {}
    for name, members in classes().items():
        for member in members:
            if len(member) == 1:
                found.setdefault(member[0], set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


def covering(layer: Layer[Any], size: int) -> list[int]:
    """For each of ``size`` tokens, the number of the layer's mention covering it, or -1.

    Where mentions overlap a token belongs to the first, as :meth:`Layer.index_at` says.
    """
    at = [-1] * size
    for number in range(len(layer.first) - 1, -1, -1):
        first, stop = layer.first[number], layer.stop[number]
        at[first:stop] = [number] * (stop - first)
    return at


def _positions(lower: list[str]) -> dict[str, list[int]]:
    """The tokens of each word of a document, in order."""
    found: dict[str, list[int]] = {}
    for index, word in enumerate(lower):
        at = found.get(word)
        if at is None:
            found[word] = [index]
        else:
            at.append(index)
    return found


class Columns:
    """One document's per-token answers: word classes, clause openings, mentions."""

    __slots__ = (
        "_at_word",
        "_of_words",
        "_where",
        "boundaries",
        "boundary",
        "dates_at",
        "persons_at",
        "quoted",
        "tags",
        "vocabulary",
    )

    def __init__(self, doc: Document) -> None:
        lower = doc.tokens.lower
        size = len(lower)
        table = _classes_by_word()
        self.tags: list[frozenset[str]] = list(map(table.get, lower, repeat(_NONE)))
        """The names of the word classes each token belongs to."""
        self.persons_at = covering(doc.layer(PEOPLE), size)
        """The person mention covering each token, or -1."""
        self.dates_at = covering(doc.layer(DATES), size)
        """The date mention covering each token, or -1."""
        self._at_word = _positions(lower)
        self.vocabulary = frozenset(self._at_word)
        """The document's lower-case words."""
        self._of_words: dict[frozenset[str], list[int]] = {}
        self.boundary = self._boundaries(doc)
        """Whether each token closes the clause before it (see :meth:`_boundaries`)."""
        self.boundaries = list(compress(count(), self.boundary))
        """The tokens that close the clause before them, in order."""
        self.quoted = [False] * size
        """Whether each token lies inside a quotation."""
        for quotation in doc.quotations:
            first, stop = doc.tokens.covering(quotation.start, quotation.end)
            self.quoted[first:stop] = [True] * (stop - first)
        self._where: dict[str, list[int]] = {}

    def where(self, name: str) -> list[int]:
        """The tokens of the word class ``name``, in order."""
        found = self._where.get(name)
        if found is None:
            found = self._where[name] = self.of_words(words(name))
        return found

    def of_words(self, members: frozenset[str]) -> list[int]:
        """The tokens whose lower-case word is one of ``members``, in order."""
        found = self._of_words.get(members)
        if found is None:
            found = self._of_words[members] = self._find_words(members)
        return found

    def _find_words(self, members: frozenset[str]) -> list[int]:
        at = self._at_word
        present = members.intersection(self.vocabulary)  # a walk over the smaller set
        if len(present) == 1:
            return at[next(iter(present))]
        return sorted(i for word in present for i in at[word])

    def _boundaries(self, doc: Document) -> list[bool]:
        """Strong punctuation, a subordinator or relative pronoun, or a reporting verb.

        A subordinator before an -ing word ("after spending") keeps the clause open; a
        reporting verb inside a name ("Said") or before "to" ("X is believed to be
        held") opens nothing.
        """
        lower = doc.tokens.lower
        sentence = doc.tokens.sentence
        size = len(lower)
        strong, clause, speech = words("strong"), words("clause"), words("speech")
        found = [False] * size
        for index in self.of_words(strong | clause):
            word = lower[index]
            if word in strong:
                found[index] = True
                continue
            following = index + 1
            if following < size and sentence[following] == sentence[index]:
                after = lower[following]
                found[index] = not (after.endswith("ing") and len(after) > _GERUND_LENGTH)
            else:
                found[index] = True
        persons = self.persons_at
        for index in self.of_words(speech):
            raising = index + 1 < size and lower[index + 1] == _TO  # "believed to be held"
            if lower[index] not in clause:
                found[index] = persons[index] < 0 and not raising
        return found


_LAST: list[tuple[Document, Columns]] = []  # the document last read and its columns


def columns(doc: Document) -> Columns:
    """The columns of ``doc`` (those of the last document asked for are kept)."""
    kept = _LAST[0] if _LAST else None
    if kept is not None and kept[0] is doc:
        return kept[1]
    made = Columns(doc)
    _LAST[:] = [(doc, made)]
    return made
