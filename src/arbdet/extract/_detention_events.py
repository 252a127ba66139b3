"""Detention events of one sentence: who was arrested, held, tried, sentenced or freed.

Each trigger of ``triggers.tsv`` (and each custody phrase, "in Chinese custody", "behind
bars") becomes an :class:`Event` with the people it is about (:mod:`._detention_syntax`),
whether it happened, is only wished for or is denied, whether it describes the present,
and the state that holds the person (:mod:`._detention_states`). Dates, charges and
prison terms of the sentence are then given to the nearest event they can belong to.
"""

from __future__ import annotations

import enum

import attrs

from ..model import Person
from ._charges import ChargeMention, find_charges
from ._detention_adjuncts import late_object, late_of
from ._detention_lexicon import Kind, Syntax, TriggerEntry, custody_words
from ._detention_states import (
    StateCue,
    agent_after_by,
    agent_before,
    institution_cues,
    place_cues,
)
from ._detention_syntax import (
    antecedent,
    coordinated_left,
    elided,
    inverted_subject,
    is_noun_use,
    list_after,
    object_after,
    reduced_relative,
    skip_adverbs,
    subject_before,
)
from ._detention_view import DateSlot, PersonSlot, SentenceView, Trigger
from ._sentences_served import TermMention, find_terms
from .mentions import PersonMention
from .people import PeopleIndex

__all__ = ["Event", "Modality", "Voice", "heading_date", "read_events"]

_CUSTODY_OPENERS = {"in": Kind.HOLD, "inside": Kind.HOLD, "into": Kind.ARREST}
_MAX_CUSTODY = 4
_TO_OBJECT = 4  # words between "clemency to" and the name ("to Canadian X")
_CLOSE = 6  # words between an event and a bare participle that goes with it
_IMMEDIATE = 7  # words between an active past tense and its object
_WINDOW = 8  # tokens before a trigger searched for modal and wish words
_NEGATION_WINDOW = 3
_MAX_DATE_DISTANCE = 16
_BEFORE_PENALTY = 1.5
_FAR = 4  # the rank of a state read outside the event's clause
_SEGMENT_ENDS = frozenset([";", ":"])
_RELATIVE_OPENERS = frozenset(["which", "whose", "who", "whom", "that", "where"])
_REACH = 15
_OPENING = 2  # words before a date that opens a sentence ("In", "On")
_FURLOUGH_REACH = 8
_OWNED = 3  # a detention noun this close after another event's word is part of it
_BEFORE_COST = 3.0  # a date before an event is its date only if none comes before it
_BROKEN = 5.0  # a comma or a new clause between an event and a date after it
_PRESENT = frozenset(["is", "are", "am", "remains", "remain", "stand", "stands", "still"])
_PAST = frozenset(["was", "were", "had", "remained", "stood"])
_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their", "its"])
_DOUBLE_OBJECT = frozenset(["granted", "grant", "gave", "give", "offered", "offer", "denied"])
_HOMECOMING = frozenset(["home", "the"])
_AIRSPACE = frozenset(["airspace", "soil", "territory"])
_CALLS = frozenset(["call", "calls", "called", "calling"])
_SWAPS = frozenset([("swapped",), ("traded",), ("exchanged",)])
_MAX_COUNTERPART = 8
_COUNTERPART_ENTRY = TriggerEntry(("for",), Kind.RELEASE, Syntax.OBJ, True, False, False)
_CHARGE_ENTRY = TriggerEntry((), Kind.CHARGE, Syntax.NOUN, False, False, False)
_CUSTODY_ENTRY = {
    kind: TriggerEntry((), kind, Syntax.INTR, True, False, False)
    for kind in (Kind.HOLD, Kind.ARREST)
}


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
    """One detention event: a trigger, its people and what the sentence says about it."""

    view: SentenceView
    trigger: Trigger
    slots: tuple[PersonSlot, ...]
    voice: Voice
    kind: Kind = Kind.HOLD
    modality: Modality = Modality.FACT
    present: bool = False
    creates: bool = False
    state: StateCue | None = None
    dest: StateCue | None = None
    location: str | None = None
    date: DateSlot | None = None
    since: bool = False
    charges: list[ChargeMention] = attrs.Factory(list)
    terms: list[TermMention] = attrs.Factory(list)

    @property
    def people(self) -> tuple[Person, ...]:
        """The named people the event is about, in order."""
        return tuple(dict.fromkeys(p for slot in self.slots for p in slot.people))

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
        position = skip_adverbs(self.view, self.trigger.first - 1)
        while self.view.is_class(position, "be") or self.view.is_class(position, "have"):
            position -= 1
        token = self.view.tokens[position] if position >= 0 else None
        return (
            token is not None
            and token.text[:1].isupper()
            and self.view.person(position) is None
            and self.view.place(position) is None
            and self.view.org(position) is None
            and not self.view.is_class(position, "determiner")
        )

    @property
    def counterpart(self) -> bool:
        """Whether the event is the other side of a swap ("traded for X")."""
        return self.trigger.entry is _COUNTERPART_ENTRY

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
            and self.kind
            in (
                Kind.ARREST,
                Kind.HOLD,
            )
        )


# ---------------------------------------------------------------- triggers


def _custody_phrases(view: SentenceView) -> list[Trigger]:
    """Custody phrases: "in Chinese custody", "in Tehran's Evin prison" (held), "into custody"."""
    found: list[Trigger] = []
    for index, token in enumerate(view.tokens):
        kind = _CUSTODY_OPENERS.get(token.lower)
        if kind is None or _after_release(view, index):
            continue
        for position in range(index + 1, min(len(view), index + 2 + _MAX_CUSTODY)):
            word = view.tokens[position]
            if custody_words().get(word.lower) == "custody" and view.place(position) is None:
                if view.lower(position + 1) != "of":
                    found.append(Trigger(index, position + 1, _CUSTODY_ENTRY[kind]))
                break
            if (
                view.person(position) is not None
                or view.is_boundary(position)
                or view.is_class(position, "preposition")
                or view.is_class(position, "be")
                or not (word.text[:1].isalnum() or word.text in ("'s", "-", "."))
            ):
                break
    return found


def _counterparts(view: SentenceView) -> list[Trigger]:
    """The other side of a swap: in "swapped for X", "traded for X", X is released too."""
    found: list[Trigger] = []
    for trigger in view.triggers:
        if trigger.entry.words not in _SWAPS:
            continue
        for position in range(trigger.end, min(len(view), trigger.end + _MAX_COUNTERPART)):
            if view.is_boundary(position):
                break
            if view.lower(position) == "for":
                found.append(Trigger(position, position + 1, _COUNTERPART_ENTRY))
                break
    return found


def _after_release(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` follows a release word: "released into U.S. custody"."""
    previous = skip_adverbs(view, index - 1)
    found = view.trigger_at[previous] if previous >= 0 else None
    return found is not None and view.triggers[found].kind is Kind.RELEASE


def _triggers(view: SentenceView) -> list[Trigger]:
    custody = [*_custody_phrases(view), *_counterparts(view)]
    kept = [
        t
        for t in view.triggers
        if not any(c.first <= t.first < c.end or t.first <= c.first < t.end for c in custody)
    ]
    return sorted([*kept, *custody], key=lambda t: t.first)


def _valid(view: SentenceView, trigger: Trigger, terms: list[TermMention]) -> bool:
    entry = trigger.entry
    if entry.syntax is Syntax.PLACE:
        return _place_after(view, trigger) is not None or view.lower(trigger.end) in _HOMECOMING
    if trigger.kind is Kind.RELEASE and entry.syntax is Syntax.INTR and not entry.new:
        following = view.tokens[trigger.end + 1] if trigger.end + 1 < len(view) else None
        if view.lower(trigger.end) == "to" and following is not None and following.text.islower():
            return view.is_class(trigger.end + 1, "determiner")  # "went home to help": a visit
    if entry.needs_term:
        return any(trigger.end <= term.first <= trigger.end + 4 for term in terms) or any(
            view.lower(trigger.end + k) == "sentence" for k in range(5)
        )
    return True


def _place_after(view: SentenceView, trigger: Trigger) -> StateCue | None:
    position = trigger.end
    if view.lower(position) == "the" and view.lower(position + 1) != "country":
        position += 1
    slot = view.place(position)
    if slot is None or slot.first != position:
        return None
    if slot.kind == "demonym" and view.lower(slot.end) not in _AIRSPACE:
        return None
    state = slot.state
    if state is None:
        return None
    start, end = view.span(slot.first, slot.end)
    return StateCue(state, start, end, 1, slot.first)


# ---------------------------------------------------------------- people


def _shared(view: SentenceView, trigger: Trigger, earlier: list[Event]) -> Event | None:
    """The event whose subject a participle after "and" shares."""
    position = skip_adverbs(view, trigger.first - 1)
    if view.lower(position) not in ("and", "then", "or", ","):
        return None
    for event in reversed(earlier):
        if event.trigger.end > trigger.first:
            continue
        between = range(event.trigger.end, trigger.first)
        if any(view.person(i) is not None for i in between) or any(
            view.tokens[i].text in ";:" for i in between
        ):
            return None
        if event.voice in (Voice.PASSIVE, Voice.REDUCED, Voice.SHARED, Voice.SUBJECT):
            return event
        return None
    return None


def _close_before(view: SentenceView, trigger: Trigger, earlier: list[Event]) -> Event | None:
    """An event just before a bare participle, whose people the participle describes too.

    "X is on trial in Moscow accused of endangering police officers."
    """
    for event in reversed(earlier):
        between = range(event.trigger.end, trigger.first)
        if (
            event.slots
            and event.voice in (Voice.PASSIVE, Voice.SUBJECT, Voice.REDUCED, Voice.SHARED)
            and 0 <= trigger.first - event.trigger.end <= _CLOSE
            and not any(view.is_boundary(i) or view.person(i) is not None for i in between)
        ):
            return event
    return None


def _possessor(view: SentenceView, trigger: Trigger) -> tuple[list[PersonSlot], int | None]:
    """The owner before a noun: "Meng's arrest", "their detention", "whose arrest".

    Returns the people and, when the owner is a state ("Canada's arrest"), its token.
    """
    position = trigger.first - 1
    steps = 0
    while (
        position >= 0
        and steps < 4
        and view.lower(position) not in ("'s", "'", "whose")
        and not view.is_class(position, "determiner")
        and view.person_ending(position + 1) is None
        and not view.is_boundary(position)
        and view.tokens[position].text not in ",;:"
    ):
        position -= 1
        steps += 1
    word = view.lower(position)
    if word in ("'s", "'"):
        owner = view.person_ending(position)
        if owner is not None:
            return coordinated_left(view, owner), None
        place = view.place(position - 1)
        if place is not None and place.state is not None:
            return [], place.first
        return [], None
    if word == "whose":
        return antecedent(view, position), None
    owner = view.person_ending(position + 1)
    if owner is not None and owner.mention.text.lower() in _POSSESSIVE_PRONOUNS:
        return [owner], None
    return [], None


def _noun_people(view: SentenceView, trigger: Trigger) -> tuple[list[PersonSlot], int | None]:
    owners, state = _possessor(view, trigger)
    if view.lower(trigger.end) == "of":
        found = object_after(view, trigger.end + 1)
    else:
        found = late_of(view, trigger.end)
    if found:
        return found, state
    if owners or state is not None:
        return owners, state
    indirect = view.person_ending(trigger.first)
    if indirect is not None and view.lower(indirect.first - 1) in _DOUBLE_OBJECT:
        return [indirect], None
    if view.lower(trigger.end) in ("to", "for"):
        following = object_after(view, trigger.end + 1, _TO_OBJECT)
        if following:
            return following, None
    before = range(max(0, trigger.first - 4), trigger.first)
    if (
        trigger.kind is Kind.SENTENCE
        and any(view.lower(i) in ("year", "years", "death", "life") for i in before)
        and not any(view.in_trigger(i) for i in before)
    ):
        return subject_before(view, trigger.first), None
    return [], None


def _active_object(view: SentenceView, trigger: Trigger) -> list[PersonSlot]:
    """The object of an active verb, right after it or after its place and date."""
    return object_after(view, trigger.end) or late_object(view, trigger.end)


def _participle_people(
    view: SentenceView, trigger: Trigger, earlier: list[Event]
) -> tuple[list[PersonSlot], Voice]:
    previous = skip_adverbs(view, trigger.first - 1)
    if view.is_class(previous, "be"):
        found = subject_before(view, previous + 1)
        if not found and view.lower(trigger.end) != "by":
            found = object_after(view, trigger.end, 6)
        return found, Voice.PASSIVE
    if view.is_class(previous, "have"):
        return _active_object(view, trigger), Voice.ACTIVE
    found = object_after(view, trigger.end, _IMMEDIATE)
    if found:
        return found, Voice.ACTIVE
    shared = _shared(view, trigger, earlier)
    if shared is not None:
        return list(shared.slots), Voice.SHARED
    found = reduced_relative(view, trigger.first)
    if found:
        return found, Voice.REDUCED
    found = inverted_subject(view, trigger)
    if found:
        return found, Voice.SUBJECT
    if any(view.is_class(i, "spend") for i in range(trigger.first - 5, trigger.first)):
        return subject_before(view, trigger.first), Voice.SUBJECT
    near = _close_before(view, trigger, earlier)
    if near is not None:
        return list(near.slots), Voice.SHARED
    return list_after(view, trigger.end), Voice.REDUCED


def _both(view: SentenceView, trigger: Trigger, recent: tuple[Person, ...]) -> list[PersonSlot]:
    """The people last named, when the clause opens with "Both" or "All three".

    "Both remain in custody", "All three went home"; ``recent`` holds the people of the
    last events, most recent last.
    """
    start = view.clause_start(trigger.first)
    words = [view.lower(i) for i in range(start, min(trigger.first, start + 2))]
    size = 0
    if words[:1] == ["both"] or words == ["the", "two"]:
        size = 2
    elif words in (["all", "three"], ["the", "three"]):
        size = 3
    if not size or len(recent) < size:
        return []
    group = recent[-size:]
    first, end = start, start + (1 if words[0] == "both" else 2)
    begin, stop = view.span(first, end)
    mention = PersonMention(begin, stop, view.doc.text[begin:stop], None, None, group)
    return [PersonSlot(first, end, group, mention)]


def _people(
    view: SentenceView, trigger: Trigger, earlier: list[Event], recent: tuple[Person, ...]
) -> tuple[list[PersonSlot], Voice, int | None]:
    """The people a trigger is about, how they were found, and a possessor state's token."""
    found, voice, owner = _own_people(view, trigger, earlier)
    if not found and voice in (Voice.PASSIVE, Voice.SUBJECT):
        found = _both(view, trigger, recent)
    return found, voice, owner


def _own_people(
    view: SentenceView, trigger: Trigger, earlier: list[Event]
) -> tuple[list[PersonSlot], Voice, int | None]:
    syntax = trigger.syntax
    if syntax is Syntax.VN:
        if is_noun_use(view, trigger):
            syntax = Syntax.NOUN
        elif view.is_class(skip_adverbs(view, trigger.first - 1), "be"):
            syntax = Syntax.INTR
        else:
            syntax = Syntax.FIN
    if syntax is Syntax.PART:
        found, voice = _participle_people(view, trigger, earlier)
        return found, voice, None
    if syntax in (Syntax.FIN, Syntax.GER):
        return _active_object(view, trigger), Voice.ACTIVE, None
    if syntax is Syntax.NOUN:
        found, state = _noun_people(view, trigger)
        return found or list_after(view, trigger.end), Voice.NOUN, state
    if syntax is Syntax.OBJ:
        return object_after(view, trigger.end, 6), Voice.OBJECT, None
    found = reduced_relative(view, trigger.first)
    if found:
        return found, Voice.REDUCED, None
    found = subject_before(view, trigger.first)
    if not found:
        found = list_after(view, trigger.end) or inverted_subject(view, trigger)
    return found, Voice.SUBJECT, None


# ---------------------------------------------------------------- modality


def _modality(view: SentenceView, trigger: Trigger, voice: Voice) -> Modality:
    first = trigger.first
    start = max(0, min(view.clause_start(first) - 1, first - 1), first - _WINDOW)
    for index in range(first - 1, start - 1, -1):
        if view.tokens[index].text == ",":
            start = index + 1
            break
    if any(view.is_class(i, "negation") for i in range(first - _NEGATION_WINDOW, first)):
        return Modality.NEGATED
    previous = skip_adverbs(view, first - 1)
    infinitive = view.lower(previous) == "to" or (
        view.lower(previous) == "be" and view.lower(previous - 1) in ("to", "")
    )
    window = [i for i in range(start, first) if view.date_at[i] is None]
    modal = any(view.is_class(i, "modal") for i in window)
    wish = any(
        view.is_class(i, "wish") or (view.lower(i) in _CALLS and view.lower(i + 1) in ("for", "on"))
        for i in window
    )
    if trigger.kind in (Kind.RELEASE, Kind.TRANSFER):
        if modal or wish or infinitive or _got_released(view, trigger, voice):
            return Modality.IRREALIS
        return Modality.NEUTRAL if voice is Voice.NOUN else Modality.FACT
    if modal or (infinitive and voice is Voice.ACTIVE):
        return Modality.IRREALIS
    return Modality.FACT


def _got_released(view: SentenceView, trigger: Trigger, voice: Voice) -> bool:
    """Whether a participle follows the object of "get": "to get the two men released"."""
    if voice is not Voice.REDUCED:
        return False
    slot = view.person_ending(trigger.first)
    return slot is not None and view.lower(slot.first - 1) in ("get", "getting", "see", "want")


def _present(view: SentenceView, trigger: Trigger) -> bool:
    previous = skip_adverbs(view, trigger.first - 1)
    word = view.lower(previous)
    if view.lower(trigger.first - 1) == "still" and word not in _PAST:
        return True
    if word == "been":
        return view.lower(skip_adverbs(view, previous - 1)) in ("has", "have")
    if word in _PAST:
        return False
    if word in _PRESENT:
        return True
    return trigger.entry.present


# ---------------------------------------------------------------- states


def _nearest(cues: list[tuple[int, StateCue]], trigger: Trigger) -> StateCue | None:
    def distance(item: tuple[int, StateCue]) -> tuple[float, int]:
        position, cue = item
        if position >= trigger.end:
            return position - trigger.end, cue.rank
        return (trigger.first - position) * 1.2, cue.rank

    return min(cues, key=distance)[1] if cues else None


def _state(
    view: SentenceView,
    people: PeopleIndex,
    trigger: Trigger,
    *,
    voice: Voice,
    modality: Modality,
    owner: int | None,
    slots: list[PersonSlot],
) -> tuple[StateCue | None, StateCue | None]:
    """The state that holds the people, and (for a transfer) the state they go to."""
    entry = trigger.entry
    release = trigger.kind is Kind.RELEASE
    dest = None
    if trigger.kind is Kind.TRANSFER:
        dest = _destination(view, trigger)
    if entry.syntax is Syntax.PLACE:
        if trigger.kind is Kind.TRANSFER or entry.words != ("left",):
            return None, dest
        return _place_after(view, trigger), dest
    if modality is Modality.IRREALIS:
        if release:
            start = max(0, trigger.first - 3)
            return agent_before(view, people, trigger.first, start, skip=slots), dest
        return None, dest
    if not entry.words:
        inside = [
            cue
            for _, cue in institution_cues(view, trigger.first, trigger.end, 1)
            + place_cues(view, trigger.first, trigger.end, 1)
        ]
        if inside:
            return inside[0], dest
    cue = agent_after_by(view, people, trigger.end)
    if cue is not None:
        return cue, dest
    if owner is not None:
        slot = view.place(owner)
        if slot is not None and slot.state is not None:
            start, end = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, end, 1, slot.first), dest
    if voice is Voice.NOUN and view.lower(trigger.first - 1) == "its":
        cue = _first_state(view)
        if cue is not None:
            return cue, dest
    verb = _granted(view, trigger) if voice is Voice.NOUN else None
    if verb is not None:
        cue = agent_before(view, people, verb, view.clause_start(verb), skip=slots)
        if cue is not None:
            return cue, dest
    clause = view.clause_start(trigger.first)
    if trigger.syntax is Syntax.GER and view.is_class(trigger.first - 1, "clause"):
        clause = trigger.first  # "after convicting him": the agent is the main verb's
    if voice is Voice.ACTIVE:
        cue = agent_before(view, people, trigger.first, clause, skip=slots)
        if cue is not None:
            return cue, dest
    end = view.clause_end(trigger.first)
    if release:
        found = [
            c
            for c in institution_cues(view, clause, end, 2, release=True)
            + place_cues(view, clause, end, 3, release=True)
            if _released_from(view, c[1].token)
        ]
        return _nearest(found, trigger), dest
    if view.lower(clause - 1) in _RELATIVE_OPENERS and view.lower(clause - 2) == ",":
        end = next((i for i in range(trigger.end, end) if view.lower(i) == ","), end)
    segment = _segment(view, trigger.first)
    near = (max(clause, trigger.first - _REACH), min(end, trigger.end + _REACH))
    described = _description(view, trigger, slots)
    for first, stop, rank in ((*near, 2), (*segment, 4)):
        cues = [
            c
            for c in (
                institution_cues(view, first, stop, rank, release=release)
                + place_cues(view, first, stop, rank + 1, release=release)
            )
            if (dest is None or c[1].state != dest.state) and c[0] not in described
        ]
        cue = _nearest(cues, trigger)
        if cue is not None:
            return cue, dest
    return None, dest


def _released_from(view: SentenceView, token: int) -> bool:
    """Whether a place at ``token`` is where someone was let out of.

    "from Iran", "out of Evin prison", "from detention in Iran".
    """
    before = token - 1
    if view.lower(before) in ("the", "a", "an"):
        before -= 1
    if view.lower(before) in ("in", "at") and custody_words().get(view.lower(before - 1)):
        before -= 2
        while before >= 0 and view.lower(before) in ("the", "a", "an", "pre-trial"):
            before -= 1
    word = view.lower(before)
    return word == "from" or (word == "of" and view.lower(before - 1) == "out")


def _segment(view: SentenceView, index: int) -> tuple[int, int]:
    """The stretch of sentence around ``index`` searched when its clause names no state.

    It stops at strong punctuation (";", ":"), at a relative clause opening after
    ``index`` (which describes something else) and a dozen words either side.
    """
    first = index
    while first > max(0, index - _REACH) and view.tokens[first - 1].text not in _SEGMENT_ENDS:
        first -= 1
    end = index
    while (
        end < min(len(view), index + _REACH)
        and view.tokens[end].text not in _SEGMENT_ENDS
        and view.lower(end) not in _RELATIVE_OPENERS
    ):
        end += 1
    return first, end


def _drop_borrowed(events: list[Event]) -> None:
    """Forget a state read far from an event that is another event's own agent or place.

    In "arrested in 2019; exchanged for X, jailed in the U.S." the U.S. is X's jailer.
    """
    for event in events:
        cue = event.state
        if cue is None or cue.rank < _FAR:
            continue
        for other in events:
            near = other.state
            if (
                other is not event
                and near is not None
                and near.rank < _FAR
                and (near.start, near.end) == (cue.start, cue.end)
                and set(other.people) != set(event.people)
            ):
                event.state = None
                break


def _drop_journeys(view: SentenceView, events: list[Event]) -> None:
    """Forget a journey read as a transfer: "freed on Monday and flown to Qatar".

    Someone freed and then flown somewhere travels as a free person, as does someone who
    "had flown to" a place on their own; no state takes them.
    """
    journeys = [
        event
        for event in events
        if event.kind is Kind.TRANSFER
        and event.trigger.entry.syntax is Syntax.PLACE
        and (
            view.is_class(event.trigger.first - 1, "have")
            or any(
                other.trigger.kind is Kind.RELEASE
                and other.modality is not Modality.IRREALIS
                and other.trigger.end <= event.trigger.first
                and _joined(view, other, event)
                for other in events
            )
        )
    ]
    for event in journeys:
        events.remove(event)


def _description(view: SentenceView, trigger: Trigger, slots: list[PersonSlot]) -> range:
    """The apposition between a subject and its verb, whose places describe the person.

    In "X, a former official at Gohardasht prison, was arrested in Sweden", the prison is
    where X worked, not where X is held.
    """
    before = [s for s in slots if s.end <= trigger.first]
    if not before or view.lower(before[-1].end) != ",":
        return range(0)
    return range(before[-1].end, trigger.first)


def _first_state(view: SentenceView) -> StateCue | None:
    """The first state named in the sentence outside a prepositional phrase (what "its" is)."""
    for slot in view.states:
        if slot.kind == "name" and slot.state is not None:
            if view.is_class(slot.first - 1, "preposition"):
                continue
            start, end = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, end, 1, slot.first)
    return None


def _destination(view: SentenceView, trigger: Trigger) -> StateCue | None:
    if trigger.entry.syntax is Syntax.PLACE:
        return _place_after(view, trigger)
    for position in range(trigger.end, min(len(view), trigger.end + 4)):
        if view.lower(position) == "to":
            following = position + 2 if view.lower(position + 1) == "the" else position + 1
            slot = view.place(following)
            if slot is None or slot.state is None or slot.kind == "demonym":
                return None
            start, end = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, end, 1, slot.first)
    return None


def _location(view: SentenceView, trigger: Trigger, state: StateCue | None) -> str | None:
    """A city, prison or place of detention the event names, if any."""
    if state is None or trigger.kind not in (Kind.ARREST, Kind.HOLD):
        return None
    slot = view.place(state.token)
    org = view.org(state.token)
    if slot is not None and slot.kind in ("location", "metonym"):
        return view.doc.text[state.start : state.end]
    if org is not None and custody_words().get(view.lower(org.end - 1)) == "custody":
        return org.text
    return None


# ---------------------------------------------------------------- reading


def _event(
    view: SentenceView,
    people: PeopleIndex,
    trigger: Trigger,
    earlier: list[Event],
    recent: tuple[Person, ...],
) -> Event:
    slots, voice, owner = _people(view, trigger, earlier, recent)
    modality = _modality(view, trigger, voice)
    state, dest = _state(
        view, people, trigger, voice=voice, modality=modality, owner=owner, slots=slots
    )
    creates = trigger.entry.new and (
        modality in (Modality.FACT, Modality.NEUTRAL)
        or (modality is Modality.IRREALIS and trigger.kind is Kind.RELEASE)
    )
    return Event(
        view,
        trigger,
        tuple(slots),
        voice,
        _kind(view, trigger),
        modality,
        _present(view, trigger),
        creates,
        state,
        dest,
        _location(view, trigger, state),
    )


def _kind(view: SentenceView, trigger: Trigger) -> Kind:
    """A release "on furlough" or "on bail" is not a release."""
    if trigger.kind is not Kind.RELEASE:
        return trigger.kind
    for position in range(trigger.end, min(len(view), trigger.end + _FURLOUGH_REACH)):
        word = view.lower(position)
        if word in ("furlough", "furloughed"):
            return Kind.FURLOUGH
        if word == "bail":
            return Kind.BAIL
        if view.is_boundary(position):
            break
    return trigger.kind


def _distance(view: SentenceView, event: Event, first: int, end: int) -> float:
    """How far a date at tokens ``[first, end)`` is from an event: after it is nearer."""
    trigger = event.trigger
    if trigger.end <= first:
        stop = max([trigger.end, *(s.end for s in event.slots if s.end <= first)])
        if view.breaks(stop, first, speech=False):
            return _MAX_DATE_DISTANCE + 1.0
        broken = view.commas(stop, first)
        return float(first - stop) + (_BROKEN if broken else 0.0)
    if trigger.first >= end:
        broken = view.commas(end, trigger.first)
        cost = _BEFORE_COST + (_BROKEN if broken and first > 0 else 0.0)
        return (trigger.first - end) * _BEFORE_PENALTY + cost
    return 0.0


def _joined(view: SentenceView, earlier: Event, later: Event) -> bool:
    """Whether two events are coordinated in one clause ("... and were sent back")."""
    between = range(earlier.trigger.end, later.trigger.first)
    return not any(view.is_boundary(i) for i in between) and any(
        view.lower(i) == "and" for i in between
    )


def _granted(view: SentenceView, trigger: Trigger) -> int | None:
    """The verb right before a release noun that makes it a fact, if there is one.

    "granted him clemency", "secured the release of".
    """
    position = trigger.first - 1
    for _ in range(3):
        if position < 0:
            return None
        if view.is_class(position, "fact"):
            return position
        slot = view.person(position)
        if slot is not None:
            position = slot.first - 1
        elif view.is_class(position, "determiner") or view.is_class(position, "modifier"):
            position -= 1
        else:
            return None
    return None


def _leading(view: SentenceView, events: list[Event]) -> DateSlot | None:
    """A date that opens the sentence, given to its first event.

    A timeline line ("3 April 2016 - X is detained") or an opening adverbial ("In
    December 2018, Beijing detained ...").
    """
    if not view.dates or view.dates[0].first > _OPENING:
        return None
    slot = view.dates[0]
    if any(not view.is_class(i, "preposition") for i in range(slot.first)):
        return None
    if view.lower(slot.end) not in ("-", ":", ","):
        return None
    first = next((e for e in events if e.slots and e.trigger.first > slot.end), None)
    if first is None or any(view.is_boundary(i) for i in range(slot.end, first.trigger.first)):
        return None
    first.date = slot
    return slot


def _same_clause(view: SentenceView, one: Event, other: Event) -> bool:
    """Whether two events' words stand in one clause ("swapped for X in April")."""
    first, end = sorted((one.trigger.first, other.trigger.first))
    return not view.breaks(first + 1, end)


def _date_unnamed_releases(
    view: SentenceView, events: list[Event], slots: list[DateSlot], used: set[int]
) -> None:
    """Give a release told without names the nearest date no named event took.

    A group release is often told first without names and its people named after
    ("Five Americans were freed on Monday. Among those freed was X"): the later,
    undated release borrows this date.
    """
    for event in events:
        if event.slots or event.kind is not Kind.RELEASE or event.date is not None:
            continue
        near = min(
            (
                (_distance(view, event, slot.first, slot.end), number)
                for number, slot in enumerate(slots)
                if number not in used
            ),
            default=None,
        )
        if near is not None and near[0] <= _MAX_DATE_DISTANCE:
            used.add(near[1])
            event.date = slots[near[1]]


def _attach_dates(view: SentenceView, events: list[Event], heading: DateSlot | None) -> None:
    leading = _leading(view, events)
    slots = [d for d in view.dates if d is not leading]
    if not view.dates and heading is not None:
        first = next((e for e in events if e.slots), None)
        if first is not None:
            first.date = heading
    pairs = sorted(
        (_distance(view, event, slot.first, slot.end), number, index)
        for number, slot in enumerate(slots)
        for index, event in enumerate(events)
        if event.slots
    )
    used: set[int] = set()
    for distance, number, index in pairs:
        event = events[index]
        if distance > _MAX_DATE_DISTANCE or number in used or event.date is not None:
            continue
        used.add(number)
        event.date = slots[number]
        event.since = view.lower(slots[number].first - 1) == "since"
    _date_unnamed_releases(view, events, slots, used)
    for index, event in enumerate(events):
        if event.date is None and event.kind is Kind.ARREST:
            for earlier in reversed(events[:index]):
                if earlier.kind is event.kind and earlier.date is not None:
                    if _joined(view, earlier, event):
                        event.date = earlier.date
                    break
        if event.date is None and event.kind is Kind.RELEASE:
            event.date = next(
                (
                    other.date
                    for other in events
                    if other.kind is Kind.RELEASE
                    and other.date is not None
                    and _same_clause(view, event, other)
                ),
                None,
            )
        if event.kind is Kind.RELEASE and event.modality is Modality.NEUTRAL:
            previous = view.lower(skip_adverbs(view, event.trigger.first - 1))
            if (
                event.date is not None
                or previous in ("after", "following", "since", "upon")
                or _granted(view, event.trigger) is not None
            ):
                event.modality = Modality.FACT


def _attach(
    view: SentenceView,
    events: list[Event],
    charges: list[ChargeMention],
    terms: list[TermMention],
) -> None:
    holders = [e for e in events if e.slots and e.kind not in (Kind.RELEASE, Kind.BAIL)]
    for charge in charges:
        own = [e for e in events if e.trigger.first <= charge.cue < e.trigger.end]
        if own and (own[-1].slots or own[-1].voice is not Voice.NOUN):
            if own[-1].slots:
                own[-1].charges.append(charge)
            continue
        before = [e for e in holders if e.trigger.first <= charge.cue]
        target = before[-1] if before else holders[0] if holders else _charged(view, charge)
        if target is not None:
            target.charges.append(charge)
            if target not in events:
                events.append(target)
    sentencing = [
        e for e in events if e.slots and e.kind in (Kind.SENTENCE, Kind.HOLD, Kind.CONVICT)
    ]
    for term in terms:
        modified = [e for e in sentencing if term.end <= e.trigger.first <= term.end + 2]
        before = [e for e in sentencing if e.trigger.first <= term.first]
        after = [e for e in sentencing if e.trigger.first > term.first]
        chosen = modified or before[-1:] or after[:1]
        if chosen:
            chosen[0].terms.append(term)


def _charged(view: SentenceView, charge: ChargeMention) -> Event | None:
    """An event for a charge that no detention word carries: the subject is charged."""
    slots = subject_before(view, charge.cue)
    start = view.clause_start(charge.cue)
    if not slots and start > 0 and view.is_class(start - 1, "clause"):
        slots = subject_before(view, start - 1)
    if not slots:
        return None
    trigger = Trigger(charge.cue, charge.cue + 1, _CHARGE_ENTRY)
    return Event(view, trigger, tuple(slots), Voice.SUBJECT, Kind.CHARGE)


def _upgrade(events: list[Event]) -> None:
    """A homecoming ("returned home") in a sentence about a detention makes a detainee."""
    orphans = [
        e
        for e in events
        if not e.slots
        and e.trigger.entry.new
        and e.kind in (Kind.ARREST, Kind.HOLD, Kind.SENTENCE)
        and e.modality is Modality.FACT
        and not any(
            o.slots and e.trigger.first - _OWNED <= o.trigger.end <= e.trigger.first for o in events
        )
    ]
    if not orphans:
        return
    for event in events:
        if (
            event.slots
            and event.kind is Kind.RELEASE
            and event.modality is Modality.FACT
            and not event.creates
        ):
            event.creates = True
            if event.state is None:
                event.state = next(
                    (o.state for o in orphans if o.state is not None and o.state.rank < _FAR),
                    None,
                )


def _add_elided(view: SentenceView, events: list[Event]) -> None:
    """Events for people who share a verb without repeating it ("..., and Y since 2019")."""
    for event in list(events):
        if not event.slots or event.voice not in (Voice.PASSIVE, Voice.SUBJECT):
            continue
        found = elided(view, event.trigger.end)
        if found is None or any(found[0].people == e.people for e in events):
            continue
        slot, date = found
        since = date is not None and view.lower(date.first - 1) == "since"
        events.append(
            attrs.evolve(event, slots=(slot,), date=date, since=since, charges=[], terms=[])
        )


def read_events(
    view: SentenceView,
    people: PeopleIndex,
    heading: DateSlot | None,
    recent: tuple[Person, ...] = (),
) -> list[Event]:
    """The detention events of one sentence, with their dates, charges and terms.

    ``heading`` is a date that heads the sentence's paragraph in a timeline, used when
    the sentence gives none of its own; ``recent`` the people of the events before,
    most recent last, whom "Both" and "All three" refer to.
    """
    terms = find_terms(view)
    events: list[Event] = []
    for trigger in _triggers(view):
        if _valid(view, trigger, terms):
            events.append(_event(view, people, trigger, events, recent))
    _drop_borrowed(events)
    _drop_journeys(view, events)
    _upgrade(events)
    _attach_dates(view, events, heading)
    _add_elided(view, events)
    _attach(view, events, find_charges(view), terms)
    return events


def heading_date(view: SentenceView) -> DateSlot | None:
    """The date a sentence consists of, if it is only a date ("Dec. 10, 2018")."""
    if len(view.dates) != 1:
        return None
    slot = view.dates[0]
    rest = [t for i, t in enumerate(view.tokens) if not slot.first <= i < slot.end]
    if all(not t.text[:1].isalnum() for t in rest):
        return slot
    return None
