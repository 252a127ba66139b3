"""The state that holds the people of one event, and where a transfer takes them.

The agent comes first ("by China", "Beijing detained", "Canada's arrest of", an official
who grants clemency), then institutions and places near the event in its clause, then in
the stretch of sentence around it (:mod:`._states`). A release is read only from what the
person is let out of ("freed from Evin prison", "released by Iran").
"""

from __future__ import annotations

from bisect import bisect_left

from ..patterns import Match
from ._event import Modality, Voice
from ._lexicon import Kind, Syntax, custody_role
from ._reading import PersonSlot, Reading, Trigger
from ._states import (
    StateCue,
    agent_after_by,
    agent_before,
    institution_cues,
    place_cues,
    relative_place,
)

__all__ = ["destination", "granted", "holder", "location", "place_after"]

_REACH = 15  # tokens either side of an event searched for a state when its clause has none
_AFTER_WEIGHT = 1.2  # a state before the event counts this much farther than one after it
_FAR = 4  # the rank of a state read outside the event's clause
_TO_REACH = 4  # tokens between a transfer word and its "to" ("extradited last week to")
_GRANT_REACH = 3  # tokens between a verb and the release noun it makes a fact


def place_after(view: Reading, position: int) -> StateCue | None:
    """The state named at token ``position`` (after an optional "the"), as a cue."""
    if view.is_class(position, "article") and not view.is_class(position + 1, "country"):
        position += 1
    slot = view.place(position)
    if slot is None or slot.first != position:
        return None
    if slot.kind == "demonym" and not view.is_class(slot.end, "territory"):
        return None
    state = slot.state
    if state is None:
        return None
    start, end = view.span(slot.first, slot.end)
    return StateCue(state, start, end, 1, slot.first)


def _nearest(cues: list[tuple[int, StateCue]], trigger: Trigger) -> StateCue | None:
    def distance(item: tuple[int, StateCue]) -> tuple[float, int]:
        position, cue = item
        if position >= trigger.end:
            return position - trigger.end, cue.rank
        return (trigger.first - position) * _AFTER_WEIGHT, cue.rank

    return min(cues, key=distance)[1] if cues else None


def _description(view: Reading, trigger: Trigger, slots: list[PersonSlot]) -> range:
    """The apposition between a subject and its verb, whose places describe the person.

    In "X, a former official at Gohardasht prison, was arrested in Sweden", the prison is
    where X worked, not where X is held.
    """
    before = [s for s in slots if s.end <= trigger.first]
    if not before or view.lower(before[-1].end) != ",":
        return range(0)
    return range(before[-1].end, trigger.first)


def _first_state(view: Reading) -> StateCue | None:
    """The first state named in the sentence outside a prepositional phrase (what "its" is)."""
    for slot in view.states():
        if slot.kind == "name" and slot.state is not None:
            if view.is_class(slot.first - 1, "preposition"):
                continue
            start, end = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, end, 1, slot.first)
    return None


def destination(view: Reading, trigger: Trigger, match: Match | None) -> StateCue | None:
    """Where a transfer takes its people.

    The state after "flown to", "extradited to", "handed over to U.S. authorities".
    """
    place = match.get("place") if match is not None else None
    if trigger.syntax is Syntax.PLACE:
        return place_after(view, place[0]) if place is not None else None
    start = trigger.end - 1 if view.is_class(trigger.end - 1, "destination") else trigger.end
    reach = _TO_REACH
    if view.is_class(trigger.first, "handover"):  # "handed over X, a fugitive, to the U.S."
        reach = max(reach, view.clause_end(trigger.first) - trigger.end)
    for position in range(start, min(view.stop, trigger.end + reach)):
        if view.is_class(position, "destination"):
            following = position + 2 if view.is_class(position + 1, "article") else position + 1
            slot = view.place(following)
            if slot is None or slot.state is None:
                return None
            if slot.kind == "demonym" and custody_role(view.text(slot.end)) != "institution":
                return None  # "to U.S. authorities", not "to Swiss diplomats"
            start, end = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, end, 1, slot.first)
    return None


def location(view: Reading, trigger: Trigger, state: StateCue | None) -> str | None:
    """A city, prison or place of detention the event names, if any."""
    if state is None or trigger.kind not in (Kind.ARREST, Kind.HOLD):
        return None
    slot = view.place(state.token)
    org = view.org(state.token)
    if slot is not None and slot.kind in ("location", "metonym"):
        return view.doc.text[state.start : state.end]
    if org is not None and custody_role(view.text(org.end - 1)) == "custody":
        return org.text
    return None


def granted(view: Reading, trigger: Trigger) -> int | None:
    """The verb right before a release noun that makes it a fact, if there is one.

    "granted him clemency", "secured the release of".
    """
    position = trigger.first - 1
    for _ in range(_GRANT_REACH):
        if position < view.first:
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


def _released_from(view: Reading, token: int) -> bool:
    """Whether a place at ``token`` is where someone was let out of.

    "from Iran", "out of Evin prison", "from detention in Iran".
    """
    before = token - 1
    if view.is_class(before, "article"):
        before -= 1
    if view.is_class(before, "locative") and custody_role(view.text(before - 1)):
        before -= 2
        while before >= view.first and (
            view.is_class(before, "article") or view.is_class(before, "custody_qualifier")
        ):
            before -= 1
    return view.is_class(before, "release_place_opener") or (
        view.is_class(before, "of") and view.is_class(before - 1, "out")
    )


def _segment(view: Reading, index: int) -> tuple[int, int]:
    """The stretch of sentence around ``index`` searched when its clause names no state.

    It stops at strong punctuation (";", ":"), at relative pronouns (a relative clause
    after ``index`` describes something else; one before it, "who taught at a Brussels
    university and who was convicted", ends at the next) and :data:`_REACH` tokens
    either side.
    """
    low, high = max(view.first, index - _REACH), min(view.stop, index + _REACH)
    stops: list[int] | None = view.memo.get(_SEGMENT_STOPS)
    if stops is None:
        found = {*view.positions("segment_stop"), *view.positions("relative")}
        stops = view.memo[_SEGMENT_STOPS] = sorted(found)
    before = bisect_left(stops, index) - 1  # the last stop before ``index``
    after = before + 1  # the first at or after it
    return (
        stops[before] + 1 if before >= 0 and stops[before] >= low else low,
        stops[after] if after < len(stops) and stops[after] < high else high,
    )


_SEGMENT_STOPS = ("segment_stops",)  # the sentence's memo of the tokens that end a segment


def _agent(
    view: Reading, trigger: Trigger, voice: Voice, owner: int | None, slots: list[PersonSlot]
) -> StateCue | None:
    """The state that acts in the event: after "by", a possessor, "its", a granting verb."""
    cue = agent_after_by(view, trigger.end)
    if cue is None and voice is Voice.NOUN and slots and slots[0].first >= trigger.end:
        cue = agent_after_by(view, slots[-1].end)  # "the arrest of X by the U.S."
    if cue is not None:
        return cue
    if owner is not None:
        slot = view.place(owner)
        if slot is not None and slot.state is not None:
            start, end = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, end, 1, slot.first)
    if voice is Voice.NOUN and view.is_class(trigger.first - 1, "its"):
        cue = _first_state(view)
        if cue is not None:
            return cue
    verb = granted(view, trigger) if voice is Voice.NOUN else None
    if verb is not None and view.is_class(verb, "granting"):  # "Biden granted him clemency"
        cue = agent_before(view, verb, view.clause_start(verb), skip=slots)
        if cue is not None:
            return cue
    clause = view.clause_start(trigger.first)
    if trigger.syntax is Syntax.GER and view.is_class(trigger.first - 1, "clause"):
        clause = trigger.first  # "after convicting him": the agent is the main verb's
    if voice is Voice.ACTIVE:
        return agent_before(view, trigger.first, clause, skip=slots)
    return None


def _inside(view: Reading, trigger: Trigger) -> StateCue | None:
    """A state inside a custody phrase ("in Chinese custody", "in Tehran's Evin prison")."""
    inside = institution_cues(view, trigger.first, trigger.end, 1) + place_cues(
        view, trigger.first, trigger.end, 1
    )
    return inside[0][1] if inside else None


def _let_out_of(view: Reading, trigger: Trigger, clause: int, end: int) -> StateCue | None:
    """What a release lets the person out of ("freed from Evin prison", "out of Iran")."""
    found = [
        c
        for c in institution_cues(view, clause, end, 2, release=True)
        + place_cues(view, clause, end, 3, release=True)
        if _released_from(view, c[1].token)
    ]
    return _nearest(found, trigger)


def _other_side(view: Reading, trigger: Trigger) -> int | None:
    """Where the other side of an exchange begins after an event ("in exchange for")."""
    return next(
        (t.first for t in view.triggers if t.first >= trigger.end and t.syntax is Syntax.OBJ),
        None,
    )


def _around(
    view: Reading,
    trigger: Trigger,
    span: tuple[int, int],
    slots: list[PersonSlot],
    dest: StateCue | None,
) -> StateCue | None:
    """The nearest institution or place in the event's clause, else around it."""
    clause, end = span
    # a relative clause after a comma, or a detention noun ("Days after her arrest,
    # Chinese authorities detained ..."), ends at the next comma
    noun = trigger.syntax in (Syntax.NOUN, Syntax.VN) and view.is_class(clause - 1, "clause")
    if noun or (view.is_class(clause - 1, "relative") and view.lower(clause - 2) == ","):
        end = next((i for i in range(trigger.end, end) if view.lower(i) == ","), end)
    segment = _segment(view, trigger.first)
    other = _other_side(view, trigger)
    if other is not None:  # "freed X in exchange for a spy held in Norway": Norway is Y's
        end = min(end, other)
        segment = (segment[0], min(segment[1], other))
    near = (max(clause, trigger.first - _REACH), min(end, trigger.end + _REACH))
    described = _description(view, trigger, slots)
    for first, stop, rank in ((*near, 2), (*segment, _FAR)):
        cues = [
            c
            for c in (
                institution_cues(view, first, stop, rank) + place_cues(view, first, stop, rank + 1)
            )
            if (dest is None or c[1].state != dest.state) and c[0] not in described
        ]
        cue = _nearest(cues, trigger)
        if cue is not None:
            return cue
    return None


def holder(
    view: Reading,
    trigger: Trigger,
    *,
    voice: Voice,
    modality: Modality,
    owner: int | None,
    slots: list[PersonSlot],
    dest: StateCue | None,
) -> StateCue | None:
    """The state that holds the people of an event (see the module's notes)."""
    release = trigger.kind is Kind.RELEASE
    if modality is Modality.IRREALIS:  # "urged Tehran to release X": only the one urged
        start = max(view.first, trigger.first - _GRANT_REACH)
        return agent_before(view, trigger.first, start, skip=slots) if release else None
    cue = _inside(view, trigger) if trigger.syntax is Syntax.CUSTODY else None
    cue = cue or _agent(view, trigger, voice, owner, slots)
    if cue is not None:
        return cue
    clause = view.clause_start(trigger.first)
    cue = relative_place(view, clause)  # "Beijing, where X has been held"
    if cue is not None and trigger.kind in (Kind.ARREST, Kind.HOLD):
        return cue
    end = view.clause_end(trigger.first)
    if release:
        return _let_out_of(view, trigger, clause, end)
    return _around(view, trigger, (clause, end), slots, dest)
