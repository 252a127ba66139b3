"""Which sentences of a document speak of the declaration, and what the rules find in them.

The gate marks the sentences that hold the declaration's words ("declaration",
"initiative", "signed", "endorsers"...). An article discusses a declaration when it is
about detention and one of those sentences names the declaration with a word of signing,
its title or "against arbitrary detention". The reader then reads every sentence of the
paragraphs the gate marked, except paragraphs that name another instrument (a treaty, a
convention), so "signed by 133 of the 164 countries" of a mine-ban treaty is no count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ...text import Document, Layer, Sentence
from .._numbers import number_words, word_value
from ..cues import Family, sentences_with
from ..dates import DATES
from ..patterns import Match
from ..people import PEOPLE
from ..places import PLACES
from ._vocabulary import Number, rules, words

__all__ = ["Scope", "scope"]

_LONGEST_NUMBER = 3  # tokens of a number in words: "two hundred five"


@attrs.frozen
class Scope:
    """The sentences the declaration reader reads, and every rule's match in them.

    ``named`` are the indices (among ``sentences``) of the sentences that name the
    declaration itself; ``matches`` are grouped by the ``field`` their rule reads.
    """

    doc: Document
    sentences: tuple[Sentence, ...]
    named: frozenset[int]
    layers: Mapping[str, Layer[Any]]
    matches: Mapping[str, tuple[Match, ...]]

    def of(self, field: str) -> tuple[Match, ...]:
        """The matches of the rules that read ``field``, in text order."""
        return self.matches.get(field, ())

    def words(self, sentence: Sentence) -> list[str]:
        """The lower-case tokens of ``sentence``."""
        return self.doc.tokens.lower[sentence.first : sentence.stop]

    def paragraph_names(self, sentence: Sentence) -> bool:
        """Whether ``sentence``'s paragraph names the declaration."""
        return any(self.sentences[i].paragraph == sentence.paragraph for i in self.named)


def _numbers(doc: Document, sentences: Iterable[Sentence]) -> list[Number]:
    """Every number written in ``sentences`` ("58", "1,000", "Fifty-eight", "two hundred")."""
    tokens = doc.tokens
    lower = tokens.lower
    known = number_words()
    found: list[Number] = []
    for sentence in sentences:
        candidates = [
            i
            for i in range(sentence.first, sentence.stop)
            if lower[i][:1].isdigit() or lower[i].partition("-")[0] in known
        ]
        end = -1
        for first in candidates:
            if first < end:
                continue
            best: tuple[int, int] | None = None
            for stop in range(first + 1, min(first + _LONGEST_NUMBER, sentence.stop) + 1):
                value = word_value("-".join(lower[first:stop]))
                if value is None:
                    break
                best = (stop, value)
            if best is not None:
                end = best[0]
                found.append(Number(tokens.start[first], tokens.end[end - 1], best[1]))
    return found


def _kept(doc: Document, marked: Sequence[Sentence]) -> list[Sentence]:
    """Every sentence of the marked sentences' paragraphs, but those naming another instrument."""
    other = words("other")
    lower = doc.tokens.lower
    kept: list[Sentence] = []
    seen: set[int] = set()
    for sentence in marked:
        paragraph = doc.paragraphs[sentence.paragraph]
        if paragraph.index in seen or paragraph.duplicate_of is not None:
            continue
        seen.add(paragraph.index)
        first, stop = paragraph.sentences[0].first, paragraph.sentences[-1].stop
        if other.isdisjoint(lower[first:stop]):
            kept.extend(paragraph.sentences)
    return kept


def scope(doc: Document) -> Scope | None:
    """The sentences that speak of the declaration, if the document discusses one."""
    marked = sorted(sentences_with(doc, Family.DECLARATION))
    if not marked or not sentences_with(doc, Family.DETENTION):
        return None
    sentences = tuple(_kept(doc, [doc.sentences[i] for i in marked]))
    nouns = words("noun")
    lower = doc.tokens.lower
    named = frozenset(
        number
        for number, sentence in enumerate(sentences)
        if not nouns.isdisjoint(lower[sentence.first : sentence.stop])
    )
    if not named:
        return None
    layers: dict[str, Layer[Any]] = {
        "STATE": doc.layer(PLACES),
        "PERSON": doc.layer(PEOPLE),
        "DATE": doc.layer(DATES),
        "NUMBER": doc.new_layer(_numbers(doc, sentences)),
    }
    ruleset = rules().sentences
    grouped: dict[str, list[Match]] = {}
    for sentence in sentences:
        for match in ruleset.scan(doc, sentence.first, sentence.stop, layers):
            grouped.setdefault(match.rule.value("field"), []).append(match)
    found = Scope(doc, sentences, named, layers, {k: tuple(v) for k, v in grouped.items()})
    return found if _anchored(found) else None


def _anchored(found: Scope) -> bool:
    """Whether a sentence names the declaration with a word of signing, its title or topic."""
    signing = words("sign")
    lower = found.doc.tokens.lower
    anchors = {found.doc.tokens.sentence[m.first] for m in (*found.of("name"), *found.of("anchor"))}
    return any(
        sentence.index in anchors or not signing.isdisjoint(lower[sentence.first : sentence.stop])
        for number, sentence in enumerate(found.sentences)
        if number in found.named
    )
