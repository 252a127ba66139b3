"""What the statements reader knows of one document: its quotations, verbs of saying, layers.

Built once per document from what the steps before it found: the quotation regions of
:class:`~arbdet.text.Document`, the gate's speech cues (the verbs of saying outside
quotations, each with its class), and the layers of people, organisations, places and
dates. Every look-up after that is by token index.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import compress
from typing import Any, NamedTuple

from ...errors import ArbdetError
from ...text import Document, Layer, Quotation, Sentence
from ..dates import DATES
from ..mentions import DateMention, OrganizationMention, PlaceMention
from ..people import PEOPLE, PeopleIndex, PeopleLayer
from ..places import PLACES
from ._lexicon import QUOTE, Phrases, scanned, speech_verbs

__all__ = ["Context", "Quoted", "Verb"]


class Quoted(NamedTuple):
    """A quotation with its tokens.

    ``[first, stop)`` are its tokens with its marks, ``[inner, inner_stop)`` without;
    ``start`` and ``end`` its characters, marks included; ``sentence`` the sentence it
    begins in; ``number`` its place among the document's quotations.
    """

    quotation: Quotation
    start: int
    end: int
    first: int
    stop: int
    inner: int
    inner_stop: int
    sentence: int
    number: int


class Verb(NamedTuple):
    """A verb or phrase of saying outside quotations: tokens ``[first, stop)`` and its class."""

    first: int
    stop: int
    cls: str

    @property
    def last(self) -> int:
        """Its last token."""
        return self.stop - 1


class Context:
    """One document as the statements reader reads it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.lower = doc.tokens.lower
        people: PeopleLayer = doc.layer(PEOPLE)
        self.people: PeopleIndex = people.index
        self.persons: PeopleLayer = people
        self.orgs: Layer[OrganizationMention] = doc.new_layer(list(self.people.organizations))
        self.places: Layer[PlaceMention] = doc.layer(PLACES)
        self.dates: Layer[DateMention] = doc.layer(DATES)
        self.quotes = self._quotations()
        self.quote_layer: Layer[Quoted] = doc.new_layer(self.quotes)
        self.layers: dict[str, Layer[Any]] = {
            QUOTE: self.quote_layer,
            "PERSON": people,
            "DATE": self.dates,
        }
        inside = [-1] * len(self.tokens)
        for quoted in self.quotes:
            inside[quoted.first : quoted.stop] = [quoted.number] * (quoted.stop - quoted.first)
        self._inside = inside
        self._starts: dict[int, list[int]] = {}
        self.subjects: dict[int, tuple[int, int] | None] = {}
        """The subject phrase of each verb of saying looked up, by its first token."""
        lower = self.lower
        self._candidates = [
            i
            for i in compress(range(len(lower)), map(scanned().__contains__, lower))
            if inside[i] < 0
        ]
        self.verbs = self._verbs()
        self._verb_at = {verb.first: verb for verb in self.verbs}
        self._verb_firsts = [verb.first for verb in self.verbs]

    def _quotations(self) -> list[Quoted]:
        doc = self.doc
        covering = doc.tokens.covering
        found: list[Quoted] = []
        for quotation in doc.quotations:  # in text order
            start, end = quotation.outer_start, quotation.outer_end
            first, stop = covering(start, end)
            inner, inner_stop = covering(quotation.start, quotation.end)
            holder = doc.sentence_at(start)
            if holder is None or stop <= first:
                continue
            found.append(
                Quoted(
                    quotation,
                    start,
                    end,
                    first,
                    stop,
                    inner,
                    inner_stop,
                    holder.index,
                    len(found),
                )
            )
        return found

    def _verbs(self) -> list[Verb]:
        """The verbs of saying outside quotations, in text order.

        These are the gate's speech cues (:mod:`arbdet.extract.cues` reads the same table
        the same way), found here with their class.
        """
        table = speech_verbs()
        lower, text = self.lower, self.tokens.text
        found: list[Verb] = []
        for first in self.starts(table, 0, len(lower)):
            hit = table.at(lower, first, len(lower))
            if hit is None:
                continue
            stop, cls = hit
            if text[first] != lower[first] and cls != "according":
                continue  # "States", "Notes": a name or a heading, not a verb
            found.append(Verb(first, stop, cls))
        return found

    # ------------------------------------------------------------ look-ups

    def starts(self, table: Phrases[Any], first: int, stop: int) -> list[int]:
        """The tokens in ``[first, stop)``, outside quotations, where a phrase may begin.

        ``table`` is one of the tables the reader scans (:func:`._lexicon.scanned`): the
        tokens that may begin a phrase of any of them are picked out in one pass in C when
        the context is built, and those of one table the first time it is asked for.
        """
        found = self._starts.get(id(table))
        if found is None:
            if not table.firsts <= scanned():
                raise ArbdetError("the statements reader does not scan this table")
            lower, firsts = self.lower, table.firsts
            found = [i for i in self._candidates if lower[i] in firsts]
            self._starts[id(table)] = found
        return found[bisect_left(found, first) : bisect_left(found, stop)]

    def quote_of(self, index: int) -> Quoted | None:
        """The quotation (marks included) holding token ``index``, if any."""
        number = self._inside[index] if 0 <= index < len(self._inside) else -1
        return None if number < 0 else self.quotes[number]

    def quoted(self, index: int) -> bool:
        """Whether token ``index`` lies in a quotation, its marks included."""
        return 0 <= index < len(self._inside) and self._inside[index] >= 0

    def verb_at(self, index: int) -> Verb | None:
        """The verb of saying whose first token is ``index``, if any."""
        return self._verb_at.get(index)

    def speech_sentences(self) -> set[int]:
        """The sentences the gate marks for speech: those with a quotation or a verb of saying.

        (The same as :func:`arbdet.extract.cues.sentences_with` for
        :attr:`~arbdet.extract.cues.Family.SPEECH`, read from what this context holds.)
        """
        owner = self.tokens.sentence
        found = {quoted.sentence for quoted in self.quotes}
        found.update(owner[verb.first] for verb in self.verbs)
        return found

    def verbs_in(self, first: int, stop: int) -> list[Verb]:
        """The verbs of saying that begin in tokens ``[first, stop)``."""
        firsts = self._verb_firsts
        return self.verbs[bisect_left(firsts, first) : bisect_left(firsts, stop)]

    def sentence(self, index: int) -> Sentence:
        """The sentence of token ``index``."""
        return self.doc.sentences[self.tokens.sentence[index]]

    def dated(self, index: int) -> bool:
        """Whether token ``index`` lies in a date expression."""
        return self.dates.index_at(index) >= 0

    def dates_in(self, first: int, stop: int) -> Iterator[tuple[int, DateMention]]:
        """The date mentions that begin in tokens ``[first, stop)``, outside quotations."""
        for number, mention in self.dates.within(first, stop):
            begin = self.dates.first[number]
            if not self.quoted(begin) and self.dates.stop[number] <= stop:
                yield begin, mention

    def span(self, first: int, stop: int) -> tuple[int, int]:
        """The characters of tokens ``[first, stop)``."""
        return self.tokens.start[first], self.tokens.end[stop - 1]

    def words(self, first: int, stop: int) -> str:
        """The text of tokens ``[first, stop)``."""
        start, end = self.span(first, stop)
        return self.doc.text[start:end]
