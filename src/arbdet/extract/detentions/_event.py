"""A detention event: a detention word, the people it is about, and what the sentence says."""

from __future__ import annotations

import enum

import attrs

from ...model import Person
from ._charges import ChargeMention
from ._lexicon import Kind
from ._reading import DateSlot, PersonSlot, Reading, Trigger
from ._states import StateCue
from ._syntax import skip_adverbs
from ._terms import TermMention

__all__ = ["Event", "Modality", "Voice"]


class Modality(enum.Enum):
    """Whether an event happened, is wished for or possible, is denied, or cannot tell."""

    FACT = "fact"
    IRREALIS = "irrealis"
    NEGATED = "negated"
    NEUTRAL = "neutral"


class Voice(enum.Enum):
    """How the people of an event were found."""

    PASSIVE = "passive"
    ACTIVE = "active"
    REDUCED = "reduced"
    SHARED = "shared"
    SUBJECT = "subject"
    NOUN = "noun"
    OBJECT = "object"


@attrs.define
class Event:
    """One detention event: a trigger, its people and what the sentence says about it.

    ``rule`` is the id of the rule that read it (the evidence's ``extractor``).
    """

    view: Reading
    trigger: Trigger
    slots: tuple[PersonSlot, ...] = attrs.field(
        on_setattr=lambda event, _, value: event._forget(value)
    )
    voice: Voice
    rule: str
    kind: Kind = Kind.HOLD
    modality: Modality = Modality.FACT
    present: bool = False
    creates: bool = False
    state: StateCue | None = None
    dest: StateCue | None = None
    location: str | None = None
    date: DateSlot | None = None
    since: bool = False
    until: DateSlot | None = None  # "held until September 2021": the day it ended
    ended: bool = False  # told as over: "spent 544 days in Evin prison"
    counterpart: bool = False
    exchange: bool = False  # told in a sentence about an exchange ("In exchange, ...")
    listed: bool = False  # a line of a list under a header ("Among those freed were:")
    companions: bool = False  # people it names as sharing it ("freed along with X")
    other_side: bool = False  # told after "in exchange for": the other side's
    charges: list[ChargeMention] = attrs.Factory(list)
    terms: list[TermMention] = attrs.Factory(list)
    # the people, worked out when first asked and forgotten when ``slots`` change
    _people: tuple[Person, ...] | None = attrs.field(default=None, init=False, eq=False)

    def _forget(self, slots: tuple[PersonSlot, ...]) -> tuple[PersonSlot, ...]:
        self._people = None
        return slots

    @property
    def people(self) -> tuple[Person, ...]:
        """The named people the event is about, in order."""
        found = self._people
        if found is None:
            found = self._people = tuple(
                dict.fromkeys(p for slot in self.slots for p in slot.people)
            )
        return found

    @property
    def span(self) -> tuple[int, int]:
        """Characters from the first of the trigger and its people to the last."""
        firsts = [self.trigger.first, *(s.first for s in self.slots)]
        ends = [self.trigger.end, *(s.end for s in self.slots)]
        return self.view.span(min(firsts), max(ends))

    @property
    def trigger_span(self) -> tuple[int, int]:
        """The characters of the trigger."""
        return self.view.span(self.trigger.first, self.trigger.end)

    @property
    def named_subject(self) -> bool:
        """Whether a word just before the trigger looks like a name nobody recognised.

        In "Bout was serving ..." the event is someone's, not a nameless group's.
        """
        view = self.view
        position = skip_adverbs(view, self.trigger.first - 1)
        while view.is_class(position, "be") or view.is_class(position, "have"):
            position -= 1
        text = view.text(position)
        return (
            text[:1].isupper()
            and view.person(position) is None
            and view.place(position) is None
            and view.org(position) is None
            and not view.is_class(position, "determiner")
        )

    @property
    def pluperfect(self) -> bool:
        """Whether the event is told in the past perfect ("had been held"), before a past."""
        view = self.view
        been = skip_adverbs(view, self.trigger.first - 1)
        return view.is_class(been, "perfect_been") and view.is_class(
            skip_adverbs(view, been - 1), "past"
        )

    @property
    def released(self) -> bool:
        """Whether the event says the people were set free."""
        return self.kind is Kind.RELEASE and self.modality is Modality.FACT

    @property
    def held(self) -> bool:
        """Whether the event says the people are still held."""
        if self.kind is Kind.FURLOUGH:
            return True
        if self.kind in (Kind.RELEASE, Kind.TRANSFER):
            return self.modality in (Modality.IRREALIS, Modality.NEGATED)
        return (
            self.present
            and self.modality is Modality.FACT
            and self.kind in (Kind.ARREST, Kind.HOLD)
        )
