"""What the detention reader looks at: a document's tokens and layers, one sentence at a time.

:class:`DocumentReading` gathers, once per document, the layers the reader needs (people,
places, dates, organisations, and places of detention from ``locations.tsv``); a
:class:`Reading` is one sentence of it, addressed by the document's own token indices and
bounded by the sentence, so a look-up outside the sentence finds nothing. Nothing here
copies or re-splits tokens: each question ("which person covers token ``i``", "does a
clause open here") is answered from the document's columns and layers when asked.

A clause opens after ``;``, ``:``, brackets and quotation marks, at a subordinator or
relative pronoun ("after", "who") and after a reporting verb ("said").
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs

from ...model import DateRange, PartialDate, Person, State
from ...text import Document, Layer, Sentence
from ..dates import DATES
from ..mentions import DateMention, OrganizationMention, PersonMention, PlaceKind
from ..people import PEOPLE, PeopleIndex
from ..places import PLACES
from ._columns import columns, covering
from ._lexicon import (
    Kind,
    Syntax,
    TriggerEntry,
    custody_role,
    governed,
    location_firsts,
    locations,
    not_holders,
)

__all__ = ["DateSlot", "DocumentReading", "PersonSlot", "Reading", "StateSlot", "Trigger"]

_MAX_LOCATION = 4  # tokens of the longest place of detention ("Quebec City", "St. Petersburg")


@attrs.frozen
class PersonSlot:
    """A person mention over tokens ``[first, end)``; ``people`` is empty if unresolved."""

    first: int
    end: int
    people: tuple[Person, ...]
    mention: PersonMention


@attrs.frozen
class StateSlot:
    """Words over tokens ``[first, end)`` that name a state.

    ``kind`` is ``"name"``, ``"metonym"``, ``"demonym"``, ``"location"`` (a city or
    prison) or ``"org"`` (an organisation with a state); ``institution`` is set for an
    organisation that can hold people (a court, the police, a security service).
    """

    first: int
    end: int
    states: tuple[State, ...]
    kind: str
    text: str
    institution: bool = False

    @property
    def state(self) -> State | None:
        """The state named, or ``None`` where the words name several ("British-Iranian")."""
        return self.states[0] if len(self.states) == 1 else None


@attrs.frozen
class _Named:
    """A state slot in a layer: its characters ``[start, end)``."""

    start: int
    end: int
    slot: StateSlot


@attrs.frozen
class DateSlot:
    """A date mention over tokens ``[first, end)`` with a usable value.

    ``until`` is the end of a range ("from 2015 to 2019"), whose ``value`` is its start.
    """

    first: int
    end: int
    value: PartialDate
    start: int
    stop: int
    until: PartialDate | None = None


@attrs.frozen
class Trigger:
    """A trigger phrase over tokens ``[first, end)``."""

    first: int
    end: int
    entry: TriggerEntry

    @property
    def kind(self) -> Kind:
        """What the trigger reports."""
        return self.entry.kind

    @property
    def syntax(self) -> Syntax:
        """Where its person stands."""
        return self.entry.syntax


def _date_value(mention: DateMention) -> tuple[PartialDate, PartialDate | None] | None:
    """A mention's date, and the end of its range if it is one."""
    value = mention.value
    if isinstance(value, DateRange):
        return (value.start, None) if value.start == value.end else (value.start, value.end)
    return None if value is None else (value, None)


def _is_institution(name: str) -> bool:
    return any(custody_role(word) is not None for word in name.split())


class DocumentReading:
    """A document's tokens and the layers the detention reader reads, gathered once.

    Each layer is also kept as a column of slots, one per token, so that "which person
    covers token ``i``" is one list look-up (see :mod:`._columns`).
    """

    def __init__(self, doc: Document, sentences: Sequence[Sentence]) -> None:
        self.doc = doc
        tokens = doc.tokens
        size = len(tokens)
        self.text = tokens.text
        self.lower = tokens.lower
        self.starts = tokens.start
        self.ends = tokens.end
        self.columns = columns(doc)
        self.memo: dict[str, Any] = {}  # what a reader worked out for the document
        people = doc.layer(PEOPLE)
        self.index: PeopleIndex = people.index
        self.persons: Layer[PersonMention] = people
        self.dates: Layer[DateMention] = doc.layer(DATES)
        self.orgs: Layer[OrganizationMention] = doc.new_layer(list(people.index.organizations))
        named = self._state_slots(sentences)
        self.named: Layer[_Named] = doc.new_layer([n for n in named if n.slot.kind != "demonym"])
        self.demonyms: Layer[_Named] = doc.new_layer([n for n in named if n.slot.kind == "demonym"])
        self.person_at = _slots(self.persons, self._person_slots(), size)
        self.date_at = _slots(self.dates, self._date_slots(), size)
        self.orgs_at = covering(self.orgs, size)
        self.org_at = _slots(self.orgs, self._org_slots(), size)
        # a place's name where there is one, else a demonym
        self.place_at = _slots(self.demonyms, [n.slot for n in self.demonyms.items], size)
        _fill(self.place_at, self.named, [n.slot for n in self.named.items])

    def _state_slots(self, sentences: Sequence[Sentence]) -> list[_Named]:
        """Places naming states, and the places of detention of the sentences read."""
        found: list[_Named] = []
        persons = self.columns.persons_at
        kinds = {PlaceKind.NAME: "name", PlaceKind.METONYM: "metonym", PlaceKind.DEMONYM: "demonym"}
        places = self.doc.layer(PLACES)
        barred = not_holders()
        rulers = governed()
        taken: set[int] = set()
        for number, place in enumerate(places.items):
            first, stop = places.tokens_of(number)
            states = tuple(s for s in place.states if s not in barred)
            if states and all(persons[i] < 0 for i in range(first, stop)):
                kind = kinds[place.kind]
                if place.kind is not PlaceKind.DEMONYM and len(states) == 1 and states[0] in rulers:
                    states, kind = (rulers[states[0]],), "location"  # Hong Kong: China's
                slot = StateSlot(first, stop, states, kind, place.text)
                found.append(_Named(place.start, place.end, slot))
                taken.update(range(first, stop))
        table = locations()
        heads = location_firsts()
        text = self.text
        # the tokens that can begin a place of detention, from the index of lower-case words
        starts = [i for i in self.columns.of_words(_lower_firsts()) if text[i] in heads]
        for sentence in sentences:
            end = sentence.first
            low, high = bisect_left(starts, sentence.first), bisect_left(starts, sentence.stop)
            for index in starts[low:high]:
                if index < end:
                    continue
                size = next(
                    (
                        size
                        for size in range(min(_MAX_LOCATION, sentence.stop - index), 0, -1)
                        if tuple(text[index : index + size]) in table
                    ),
                    0,
                )
                if size and all(
                    i not in taken and persons[i] < 0 for i in range(index, index + size)
                ):
                    state = table[tuple(text[index : index + size])]
                    start, stop = self.starts[index], self.ends[index + size - 1]
                    slot = StateSlot(
                        index, index + size, (state,), "location", self.doc.text[start:stop]
                    )
                    found.append(_Named(start, stop, slot))
                    end = index + size
        return found

    def _person_slots(self) -> list[PersonSlot]:
        persons = self.persons
        return [
            PersonSlot(
                persons.first[number],
                persons.stop[number],
                (mention.person,) if mention.person is not None else mention.group,
                mention,
            )
            for number, mention in enumerate(persons.items)
        ]

    def _org_slots(self) -> list[StateSlot | None]:
        found: list[StateSlot | None] = []
        for number, org in enumerate(self.orgs.items):
            owner = org.organization.state
            first, stop = self.orgs.tokens_of(number)
            found.append(
                None
                if owner is None
                else StateSlot(
                    first, stop, (owner,), "org", org.text, _is_institution(org.organization.name)
                )
            )
        return found

    def _date_slots(self) -> list[DateSlot | None]:
        found: list[DateSlot | None] = []
        for number, mention in enumerate(self.dates.items):
            value = _date_value(mention)
            first, stop = self.dates.tokens_of(number)
            found.append(
                None
                if value is None
                else DateSlot(first, stop, value[0], mention.start, mention.end, value[1])
            )
        return found

    def person_slot(self, index: int) -> PersonSlot | None:
        """The person mention covering token ``index``."""
        return self.person_at[index] if 0 <= index < len(self.person_at) else None


@functools.cache
def _lower_firsts() -> frozenset[str]:
    """The first tokens of the places of detention, in lower case."""
    return frozenset(word.lower() for word in location_firsts())


S = TypeVar("S")


def _slots(layer: Layer[Any], slots: Sequence[S | None], size: int) -> list[S | None]:
    """For each of ``size`` tokens, the slot of the layer's mention covering it."""
    column: list[S | None] = [None] * size
    _fill(column, layer, slots)
    return column


def _fill(column: list[S | None], layer: Layer[Any], slots: Sequence[S | None]) -> None:
    """Put in ``column`` the slot of each mention over its tokens.

    Where mentions overlap a token belongs to the first, as :meth:`Layer.index_at` says:
    the last mention is put first, so that the first one's slot stays.
    """
    first, stop = layer.first, layer.stop
    for number in range(len(first) - 1, -1, -1):
        begin, end = first[number], stop[number]
        column[begin:end] = [slots[number]] * (end - begin)


class Reading:
    """One sentence of a :class:`DocumentReading`: tokens ``[first, stop)`` of the document.

    Every look-up by token answers nothing (``""``, ``None``, ``False``) outside the
    sentence.
    """

    __slots__ = (
        "_boundaries",
        "_boundary",
        "_charged",
        "_dates",
        "_lower",
        "_orgs",
        "_persons",
        "_places",
        "_tags",
        "_text",
        "_trigger_at",
        "doc",
        "first",
        "memo",
        "sentence",
        "stop",
        "triggers",
        "whole",
    )

    def __init__(self, whole: DocumentReading, sentence: Sentence) -> None:
        self.whole = whole
        self.doc = whole.doc
        self.sentence = sentence
        self.first = sentence.first
        self.stop = sentence.stop
        self._lower = whole.lower
        self._text = whole.text
        self._tags = whole.columns.tags
        self._boundary = whole.columns.boundary
        self._boundaries = whole.columns.boundaries
        self._persons = whole.person_at
        self._dates = whole.date_at
        self._orgs = whole.org_at
        self._places = whole.place_at
        self.triggers: list[Trigger] = []
        self._trigger_at: dict[int, Trigger] = {}
        self._charged: frozenset[int] = frozenset()
        self.memo: dict[tuple[Any, ...], Any] = {}  # what a reader worked out for the sentence

    def set_triggers(self, triggers: list[Trigger]) -> None:
        """The detention words of the sentence, in order, not overlapping."""
        self.triggers = triggers
        self._trigger_at = {i: t for t in triggers for i in range(t.first, t.end)}

    def set_charged(self, spans: list[tuple[int, int]]) -> None:
        """The characters ``[start, end)`` of the charges of the sentence."""
        tokens = self.doc.tokens
        self._charged = frozenset(
            index for start, end in spans for index in range(*tokens.covering(start, end))
        )

    def in_charge(self, index: int) -> bool:
        """Whether token ``index`` is part of a charge's words ("for spying for the U.S.")."""
        return index in self._charged

    def trigger(self, index: int) -> Trigger | None:
        """The detention word covering token ``index``."""
        return self._trigger_at.get(index)

    def in_trigger(self, index: int) -> bool:
        """Whether token ``index`` is part of a detention word."""
        return index in self._trigger_at

    def starts_trigger(self, index: int) -> bool:
        """Whether a detention word begins at token ``index``."""
        found = self._trigger_at.get(index)
        return found is not None and found.first == index

    # ------------------------------------------------------------ tokens

    def inside(self, index: int) -> bool:
        """Whether token ``index`` belongs to the sentence."""
        return self.first <= index < self.stop

    def lower(self, index: int) -> str:
        """The lower-case text of token ``index``, or ``""`` outside the sentence."""
        return self._lower[index] if self.first <= index < self.stop else ""

    def text(self, index: int) -> str:
        """The text of token ``index``, or ``""`` outside the sentence."""
        return self._text[index] if self.first <= index < self.stop else ""

    def is_class(self, index: int, name: str) -> bool:
        """Whether token ``index`` belongs to the word class ``name`` of ``words.tsv``."""
        return self.first <= index < self.stop and name in self._tags[index]

    def is_any(self, index: int, *names: str) -> bool:
        """Whether token ``index`` belongs to any of the word classes ``names``."""
        return self.first <= index < self.stop and not self._tags[index].isdisjoint(names)

    def positions(self, name: str, first: int = 0, stop: int | None = None) -> list[int]:
        """The tokens of the word class ``name`` in ``[first, stop)`` of the sentence."""
        at = self.whole.columns.where(name)
        low = bisect_left(at, max(first, self.first))
        high = bisect_left(at, self.stop if stop is None else min(stop, self.stop))
        return at[low:high]

    def among(self, members: frozenset[str]) -> list[int]:
        """The tokens of the sentence whose lower-case word is one of ``members``, in order.

        ``members`` should be a set kept for reuse (a word class, a table's words): the
        tokens of each set are found once a document.
        """
        at = self.whole.columns.of_words(members)
        return at[bisect_left(at, self.first) : bisect_left(at, self.stop)]

    def has(self, name: str, first: int, stop: int) -> bool:
        """Whether a token of the word class ``name`` lies in ``[first, stop)``."""
        at = self.whole.columns.where(name)
        low = bisect_left(at, max(first, self.first))
        return low < len(at) and at[low] < min(stop, self.stop)

    def span(self, first: int, end: int) -> tuple[int, int]:
        """The character span of tokens ``[first, end)``."""
        return self.whole.starts[first], self.whole.ends[end - 1]

    def token_at(self, offset: int) -> int:
        """The first token that ends after character ``offset``."""
        return self.doc.tokens.at(offset)

    # ------------------------------------------------------------ layers

    def person(self, index: int) -> PersonSlot | None:
        """The person mention covering token ``index``."""
        return self._persons[index] if self.first <= index < self.stop else None

    def person_ending(self, end: int) -> PersonSlot | None:
        """The person mention whose last token is ``end - 1``."""
        slot = self._persons[end - 1] if self.first < end <= self.stop else None
        return slot if slot is not None and slot.end == end else None

    def place(self, index: int) -> StateSlot | None:
        """The state-naming words (place, demonym or location) covering token ``index``."""
        return self._places[index] if self.first <= index < self.stop else None

    def org(self, index: int) -> StateSlot | None:
        """The organisation with a state covering token ``index``."""
        return self._orgs[index] if self.first <= index < self.stop else None

    def in_org(self, index: int) -> bool:
        """Whether token ``index`` is part of an organisation's name."""
        return self.first <= index < self.stop and self.whole.orgs_at[index] >= 0

    def date(self, index: int) -> DateSlot | None:
        """The date with a usable value covering token ``index``."""
        return self._dates[index] if self.first <= index < self.stop else None

    def dates(self) -> list[DateSlot]:
        """The dates of the sentence with a usable value, in order."""
        return self._distinct("dates", self._dates)

    def states(self) -> list[StateSlot]:
        """The state-naming words of the sentence, in order."""
        return self._distinct("states", self._places)

    def persons(self) -> list[PersonSlot]:
        """The person mentions of the sentence, in order."""
        return self._distinct("persons", self._persons)

    def _distinct(self, name: str, column: Sequence[S | None]) -> list[S]:
        """The distinct slots of ``column`` over the sentence, in order, worked out once."""
        found = self.memo.get((name, False))
        if found is None:
            found = self.memo[name, False] = list(
                dict.fromkeys(s for s in column[self.first : self.stop] if s is not None)
            )
        return list(found)

    # ------------------------------------------------------------ clauses

    def is_possessor(self, end: int) -> bool:
        """Whether the words ending at token ``end - 1`` own what follows ("Meng's")."""
        return self.first <= end < self.stop and "possessive_mark" in self._tags[end]

    def is_boundary(self, index: int) -> bool:
        """Whether token ``index`` closes the clause before it.

        Strong punctuation, a subordinator or relative pronoun, or a reporting verb; a
        subordinator before an -ing word ("after spending") keeps the clause open.
        """
        return self.first <= index < self.stop and self._boundary[index]

    def breaks(self, first: int, end: int, *, speech: bool = True) -> bool:
        """Whether a clause boundary lies in tokens ``[first, end)``.

        Reporting verbs count only if ``speech``.
        """
        first, end = max(first, self.first), min(end, self.stop)
        if speech:
            return any(self._boundary[first:end])
        tags = self._tags
        return any(self._boundary[i] and "speech" not in tags[i] for i in range(first, end))

    def commas(self, first: int, end: int) -> bool:
        """Whether a comma or a clause boundary lies in tokens ``[first, end)``."""
        first, end = max(first, self.first), min(end, self.stop)
        return "," in self._lower[first:end] or any(self._boundary[first:end])

    def clause_start(self, index: int) -> int:
        """The first token of the clause that token ``index`` belongs to."""
        position = min(index, self.stop) - 1
        if position < self.first:
            return position + 1
        bounds = self._boundaries
        before = bisect_right(bounds, position) - 1  # the last boundary at or before it
        return bounds[before] + 1 if before >= 0 and bounds[before] >= self.first else self.first

    def clause_end(self, index: int) -> int:
        """The end (exclusive) of the clause that token ``index`` belongs to."""
        position = max(index + 1, self.first)
        if position >= self.stop:
            return position
        bounds = self._boundaries
        after = bisect_left(bounds, position)  # the first boundary at or after it
        return bounds[after] if after < len(bounds) and bounds[after] < self.stop else self.stop
