"""The gate: one cheap pass that marks the sentences each reader needs to read.

Every reader's trigger words (detention and release words, speech verbs, the
declaration's words, the words of retaliation and exchange) are gathered into one index
keyed by a phrase's first token; one pass over a document's lower-case tokens finds
every cue, and :func:`sentences_with` tells a reader which sentences hold its cues.
Readers run only there, so the expensive reading is paid only where it can pay off.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping

import attrs

from .. import data
from ..text import Document, Layer, LayerKey, tokenize

__all__ = ["CUES", "Cue", "CueLayer", "Family", "sentences_with", "tag"]


class Family(enum.Enum):
    """Which reader a cue is for."""

    DETENTION = "detention"
    RELEASE = "release"
    SPEECH = "speech"
    DECLARATION = "declaration"
    LINK = "link"


@attrs.frozen
class Cue:
    """A cue phrase at ``[start, end)`` of a document's text, for one family of readers."""

    start: int
    end: int
    family: Family
    sentence: int


class CueLayer(Layer[Cue]):
    """The cues of a document, with the sentences each family's cues stand in."""

    __slots__ = ("by_family",)

    def __init__(self, cues: list[Cue], doc: Document) -> None:
        super().__init__(cues, doc.tokens)
        found: dict[Family, set[int]] = {family: set() for family in Family}
        for cue in cues:
            found[cue.family].add(cue.sentence)
        self.by_family = {family: frozenset(found[family]) for family in Family}


CUES: LayerKey[CueLayer] = LayerKey("cues")
"""The layer of cues."""

# Which tables hold each family's cues: (table, phrase column, kind column, kinds or all).
_SOURCES: tuple[tuple[str, Family, str | None], ...] = (
    ("detentions/triggers.tsv", Family.DETENTION, None),
    ("quotes/speech_verbs.tsv", Family.SPEECH, None),
    ("declarations/cues.tsv", Family.DECLARATION, None),
    ("links/cues.tsv", Family.LINK, None),
)
_RELEASE_KINDS = frozenset({"release", "furlough", "bail", "transfer"})


def _phrases() -> Iterable[tuple[tuple[str, ...], Family]]:
    for table, family, _ in _SOURCES:
        for row in data.rows(table):
            words = tuple(word.lower() for word in tokenize(row[0]))
            if not words:
                continue
            if family is Family.DETENTION and len(row) > 1 and row[1] in _RELEASE_KINDS:
                yield words, Family.RELEASE
            else:
                yield words, family


@functools.cache
def _index() -> Mapping[str, tuple[tuple[tuple[str, ...], Family], ...]]:
    """Cue phrases by first token, longest first."""
    by_first: dict[str, set[tuple[tuple[str, ...], Family]]] = {}
    for words, family in _phrases():
        by_first.setdefault(words[0], set()).add((words, family))
    return {
        first: tuple(sorted(found, key=lambda item: (-len(item[0]), item[1].value)))
        for first, found in by_first.items()
    }


def tag(doc: Document) -> CueLayer:
    """Every cue of ``doc``, with its sentence; quotation marks are speech cues too."""
    index = _index()
    tokens = doc.tokens
    lower = tokens.lower
    cues: list[Cue] = []
    for position in [i for i, word in enumerate(lower) if word in index]:
        sentence = tokens.sentence[position]
        for words, family in index[lower[position]]:
            stop = position + len(words)
            if stop == position + 1 or tuple(lower[position:stop]) == words:
                cues.append(Cue(tokens.start[position], tokens.end[stop - 1], family, sentence))
    for quotation in doc.quotations:
        holder = doc.sentence_at(quotation.start)
        if holder is not None:
            cues.append(Cue(quotation.start, quotation.end, Family.SPEECH, holder.index))
    return CueLayer(cues, doc)


def sentences_with(doc: Document, *families: Family) -> frozenset[int]:
    """The indices of the sentences that hold a cue of any of ``families``."""
    by_family = doc.layer(CUES).by_family
    return frozenset().union(*(by_family[family] for family in families))
