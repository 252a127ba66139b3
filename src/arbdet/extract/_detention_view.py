"""One sentence as the detention reader sees it: tokens, and the mentions that cover them.

A :class:`SentenceView` holds a sentence's tokens and, token by token, the person, state,
organisation and date mentions the other extractors found there, plus places of detention
from ``locations.tsv`` ("Evin", "Vancouver"). It also knows where clauses begin, which is
all the grammar the reader needs: a clause opens after ``;``, ``:``, brackets and quotation
marks, at a subordinator or relative pronoun ("after", "who") and after a reporting verb
("said").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..model import DateRange, PartialDate, Person, State
from ..text import Document, Sentence
from ._detention_lexicon import (
    Kind,
    Syntax,
    TriggerEntry,
    cue_class,
    custody_words,
    locations,
    split_words,
    triggers,
)
from .mentions import DateMention, OrganizationMention, PersonMention, PlaceKind, PlaceMention

__all__ = ["DateSlot", "PersonSlot", "SentenceView", "StateSlot", "Token", "Trigger"]

_STRONG = frozenset(";:()[]{}")
_GERUND = "ing"
_MAX_LOCATION = 4


@attrs.frozen
class Token:
    """A token: ``text`` is the document's text from ``start`` to ``end``."""

    start: int
    end: int
    text: str
    lower: str


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
class DateSlot:
    """A date mention over tokens ``[first, end)`` with a usable value."""

    first: int
    end: int
    value: PartialDate
    start: int
    stop: int


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


def _covering(first: int, end: int, tokens: Sequence[Token], start: int, stop: int) -> range:
    """The tokens of ``tokens[first:end]`` that overlap characters ``[start, stop)``."""
    starts = [t.start for t in tokens]
    low = max(first, bisect.bisect_right(starts, start) - 1)
    if low < len(tokens) and tokens[low].end <= start:
        low += 1
    high = bisect.bisect_left(starts, stop)
    return range(low, min(end, high))


def _date_value(mention: DateMention) -> PartialDate | None:
    value = mention.value
    if isinstance(value, DateRange):
        return value.start if value.start == value.end else None
    return value


def _named_after_place(mention: PersonMention, first: Token) -> bool:
    """Whether a person's own name begins with the place word (a place taken for a name)."""
    people = (mention.person,) if mention.person is not None else mention.group
    return any(person.name.split()[0] == first.text for person in people) or not people


def _is_institution(name: str) -> bool:
    words = custody_words()
    return any(
        words.get(word.lower()) is not None or words.get(word) is not None
        for _, _, word in split_words(name)
    )


class SentenceView:
    """The tokens of one sentence and the mentions over them."""

    def __init__(
        self,
        doc: Document,
        sentence: Sentence,
        *,
        persons: Sequence[PersonMention],
        places: Sequence[PlaceMention],
        orgs: Sequence[OrganizationMention],
        dates: Sequence[DateMention],
    ) -> None:
        self.doc = doc
        self.sentence = sentence
        self.tokens = tuple(
            Token(s, e, w, w.lower())
            for s, e, w in split_words(doc.text[sentence.start : sentence.end], sentence.start)
        )
        self._starts = [t.start for t in self.tokens]
        located = self._locations()
        self.person_at: list[int | None] = [None] * len(self.tokens)
        self.persons: list[PersonSlot] = []
        self._add_persons(persons, places, located)
        self.state_at: list[int | None] = [None] * len(self.tokens)
        self.states: list[StateSlot] = []
        for place in places:
            if place.states:
                self._add_place(place)
        self._add_located(located)
        self.in_org = [False] * len(self.tokens)
        self.orgs: list[StateSlot] = []
        self._add_orgs(orgs)
        self.org_at = self._index(self.orgs)
        self.dates: list[DateSlot] = []
        for when in dates:
            value = _date_value(when)
            rows = self._rows(when.start, when.end)
            if value is not None and rows:
                self.dates.append(DateSlot(rows[0], rows[-1] + 1, value, when.start, when.end))
        self.date_at = self._index(self.dates)
        self.triggers = self._find_triggers()
        self.trigger_at = self._index(self.triggers)
        self._boundary = [self._opens_clause(i) for i in range(len(self.tokens))]
        self._count_breaks()

    # ------------------------------------------------------------ building

    def _rows(self, start: int, end: int) -> range:
        return _covering(0, len(self.tokens), self.tokens, start, end)

    def _index(self, slots: Sequence[DateSlot | StateSlot | Trigger]) -> list[int | None]:
        """Per token, the index of the slot covering it."""
        table: list[int | None] = [None] * len(self.tokens)
        for number, slot in enumerate(slots):
            for row in range(slot.first, slot.end):
                table[row] = number
        return table

    def _add_persons(
        self,
        persons: Sequence[PersonMention],
        places: Sequence[PlaceMention],
        located: list[tuple[int, int, State]],
    ) -> None:
        named = {
            row
            for place in places
            if place.kind is not PlaceKind.DEMONYM
            for row in self._rows(place.start, place.end)
        } | {row for first, end, _ in located for row in range(first, end)}
        for mention in persons:
            rows = self._rows(mention.start, mention.end)
            if rows and rows[0] in named and _named_after_place(mention, self.tokens[rows[0]]):
                continue  # a place read as a name ("Yekaterinburg", "Los Angeles")
            span = self._claim(mention.start, mention.end, self.person_at, len(self.persons))
            if span is not None:
                people = (mention.person,) if mention.person is not None else mention.group
                self.persons.append(PersonSlot(span[0], span[1], people, mention))

    def _add_located(self, located: list[tuple[int, int, State]]) -> None:
        for first, end, state in located:
            rows = range(first, end)
            if all(self.person_at[r] is None and self.state_at[r] is None for r in rows):
                for row in rows:
                    self.state_at[row] = len(self.states)
                text = self.doc.text[self.tokens[first].start : self.tokens[end - 1].end]
                self.states.append(StateSlot(first, end, (state,), "location", text))

    def _add_orgs(self, orgs: Sequence[OrganizationMention]) -> None:
        for org in orgs:
            rows = self._rows(org.start, org.end)
            for row in rows:
                self.in_org[row] = True
            owner = org.organization.state
            if rows and owner is not None:
                institution = _is_institution(org.organization.name)
                self.orgs.append(
                    StateSlot(rows[0], rows[-1] + 1, (owner,), "org", org.text, institution)
                )

    def _count_breaks(self) -> None:
        """Running counts of clause boundaries and commas, for quick range questions."""
        count = len(self.tokens)
        self._breaks = [0] * (count + 1)
        self._hard_breaks = [0] * (count + 1)
        self._commas = [0] * (count + 1)
        for index, token in enumerate(self.tokens):
            boundary = self._boundary[index]
            hard = boundary and not self.is_class(index, "speech")
            comma = token.text == "," or boundary
            self._breaks[index + 1] = self._breaks[index] + boundary
            self._hard_breaks[index + 1] = self._hard_breaks[index] + hard
            self._commas[index + 1] = self._commas[index] + comma

    def _claim(
        self, start: int, end: int, table: list[int | None], value: int
    ) -> tuple[int, int] | None:
        rows = _covering(0, len(self.tokens), self.tokens, start, end)
        if not rows or any(table[row] is not None for row in rows):
            return None
        for row in rows:
            table[row] = value
        return rows[0], rows[-1] + 1

    def _add_place(self, place: PlaceMention) -> None:
        rows = _covering(0, len(self.tokens), self.tokens, place.start, place.end)
        if not rows or any(self.person_at[row] is not None for row in rows):
            return
        kind = {
            PlaceKind.NAME: "name",
            PlaceKind.METONYM: "metonym",
            PlaceKind.DEMONYM: "demonym",
        }[place.kind]
        index = len(self.states)
        for row in rows:
            if self.state_at[row] is None:
                self.state_at[row] = index
        self.states.append(StateSlot(rows[0], rows[-1] + 1, place.states, kind, place.text))

    def _locations(self) -> list[tuple[int, int, State]]:
        """Places of detention from ``locations.tsv``: tokens ``[first, end)`` and state."""
        table = locations()
        found: list[tuple[int, int, State]] = []
        index = 0
        while index < len(self.tokens):
            size = next(
                (
                    size
                    for size in range(min(_MAX_LOCATION, len(self.tokens) - index), 0, -1)
                    if tuple(t.text for t in self.tokens[index : index + size]) in table
                ),
                0,
            )
            if size:
                key = tuple(t.text for t in self.tokens[index : index + size])
                found.append((index, index + size, table[key]))
                index += size
            else:
                index += 1
        return found

    def _find_triggers(self) -> list[Trigger]:
        table = triggers()
        found: list[Trigger] = []
        index = 0
        while index < len(self.tokens):
            entries = table.get(self.tokens[index].lower, ())
            match = None
            for entry in entries:
                size = len(entry.words)
                words = tuple(t.lower for t in self.tokens[index : index + size])
                if (
                    words == entry.words
                    and self.person_at[index] is None
                    and not self.in_org[index]
                ):
                    match = Trigger(index, index + size, entry)
                    break
            if match is None:
                index += 1
                continue
            found.append(match)
            index = match.end
        return found

    # ------------------------------------------------------------ look-ups

    def __len__(self) -> int:
        return len(self.tokens)

    def lower(self, index: int) -> str:
        """The lower-case text of token ``index``, or ``""`` outside the sentence."""
        return self.tokens[index].lower if 0 <= index < len(self.tokens) else ""

    def is_class(self, index: int, name: str) -> bool:
        """Whether token ``index`` belongs to the word class ``name`` of ``cues.tsv``."""
        return self.lower(index) in cue_class(name)

    def person(self, index: int) -> PersonSlot | None:
        """The person mention covering token ``index``."""
        found = self.person_at[index] if 0 <= index < len(self.tokens) else None
        return None if found is None else self.persons[found]

    def person_ending(self, end: int) -> PersonSlot | None:
        """The person mention whose last token is ``end - 1``."""
        slot = self.person(end - 1)
        return slot if slot is not None and slot.end == end else None

    def place(self, index: int) -> StateSlot | None:
        """The state-naming words (place, demonym or location) covering token ``index``."""
        found = self.state_at[index] if 0 <= index < len(self.tokens) else None
        return None if found is None else self.states[found]

    def org(self, index: int) -> StateSlot | None:
        """The organisation with a state covering token ``index``."""
        found = self.org_at[index] if 0 <= index < len(self.tokens) else None
        return None if found is None else self.orgs[found]

    def in_trigger(self, index: int) -> bool:
        """Whether token ``index`` is part of a detention word."""
        return 0 <= index < len(self.tokens) and self.trigger_at[index] is not None

    def starts_trigger(self, index: int) -> bool:
        """Whether a detention word begins at token ``index``."""
        found = self.trigger_at[index] if 0 <= index < len(self.tokens) else None
        return found is not None and self.triggers[found].first == index

    def token_at(self, offset: int) -> int:
        """The first token that starts at or after character ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def is_possessor(self, end: int) -> bool:
        """Whether the words ending at token ``end - 1`` own what follows ("Meng's")."""
        return self.lower(end) in ("'s", "'")

    def _opens_clause(self, index: int) -> bool:
        token = self.tokens[index]
        if token.text in _STRONG:
            return True
        if self.is_class(index, "clause"):
            following = self.lower(index + 1)
            return not (following.endswith(_GERUND) and len(following) > 4)
        return self.is_class(index, "speech") and self.person_at[index] is None

    def is_boundary(self, index: int) -> bool:
        """Whether token ``index`` closes the clause before it.

        Strong punctuation, a subordinator or relative pronoun, or a reporting verb; a
        subordinator before an -ing word ("after spending") keeps the clause open.
        """
        return self._boundary[index]

    def breaks(self, first: int, end: int, *, speech: bool = True) -> bool:
        """Whether a clause boundary lies in tokens ``[first, end)``.

        Reporting verbs count only if ``speech``.
        """
        if first >= end:
            return False
        table = self._breaks if speech else self._hard_breaks
        return table[end] - table[first] > 0

    def commas(self, first: int, end: int) -> bool:
        """Whether a comma or a clause boundary lies in tokens ``[first, end)``."""
        return first < end and self._commas[end] - self._commas[first] > 0

    def clause_start(self, index: int) -> int:
        """The first token of the clause that token ``index`` belongs to."""
        position = index - 1
        while position >= 0 and not self.is_boundary(position):
            position -= 1
        return position + 1

    def clause_end(self, index: int) -> int:
        """The end (exclusive) of the clause that token ``index`` belongs to."""
        position = index + 1
        while position < len(self.tokens) and not self.is_boundary(position):
            position += 1
        return position

    def span(self, first: int, end: int) -> tuple[int, int]:
        """The character span of tokens ``[first, end)``."""
        return self.tokens[first].start, self.tokens[end - 1].end
