"""Which date of a sentence belongs to which of its events.

Dates come from the document's date layer, already resolved against the story's time;
nothing is scanned for dates here. Each date goes to the nearest event it can belong to,
a date after an event (in its clause) counting nearer than one before it; a date opening
the sentence ("In December 2018, Beijing detained ...") or heading its paragraph in a
timeline goes to the first event.
"""

from __future__ import annotations

from ._event import Event, Modality
from ._holders import granted
from ._lexicon import Kind
from ._reading import DateSlot, Reading
from ._syntax import skip_adverbs

__all__ = ["attach_dates", "heading_date"]

_MAX_DATE_DISTANCE = 16  # the farthest a date may stand from its event, in weighted tokens
_BEFORE_PENALTY = 1.5  # each token of a date before its event counts this much
_BEFORE_COST = 3.0  # a date before an event is its date only if none comes after it
_BROKEN = 5.0  # a comma or a new clause between an event and a date after it
_OPENING = 2  # words before a date that opens a sentence ("In", "On")


def _distance(view: Reading, event: Event, first: int, end: int) -> float:
    """How far a date at tokens ``[first, end)`` is from an event: after it is nearer."""
    trigger = event.trigger
    if trigger.end <= first:
        stop = max([trigger.end, *(s.end for s in event.slots if s.end <= first)])
        # "until" before a date governs the date, it opens no clause of its own
        last = first - 1 if view.is_class(first - 1, "until") else first
        if view.breaks(stop, last, speech=False):
            return _MAX_DATE_DISTANCE + 1.0
        broken = view.commas(stop, first)
        return float(first - stop) + (_BROKEN if broken else 0.0)
    if trigger.first >= end:
        broken = view.commas(end, trigger.first)
        cost = _BEFORE_COST + (_BROKEN if broken and first > view.first else 0.0)
        return (trigger.first - end) * _BEFORE_PENALTY + cost
    return 0.0


def _joined(view: Reading, earlier: Event, later: Event) -> bool:
    """Whether two events are coordinated in one clause ("... and were sent back")."""
    between = range(earlier.trigger.end, later.trigger.first)
    return not any(view.is_boundary(i) for i in between) and any(
        view.is_class(i, "coordinator") for i in between
    )


def _since(view: Reading, event: Event, date: DateSlot) -> bool:
    """Whether a date is where a detention runs from.

    "held since 2018", "held since their arrest in December 2018", "held from 2015 to
    2019".
    """
    if view.is_class(date.first - 1, "since") or date.until is not None:
        return True
    if event.trigger.end > date.first:
        return False
    between = range(event.trigger.end, date.first)
    return any(view.is_class(i, "since") for i in between) and not view.breaks(
        event.trigger.end, date.first
    )


def _past(view: Reading, slot: DateSlot) -> bool:
    """Whether a date lies wholly before the story's publication."""
    published = view.doc.published
    return published is not None and slot.value.last_day < published.first_day


def _leading(view: Reading, dates: list[DateSlot], events: list[Event]) -> DateSlot | None:
    """A date that opens the sentence, given to its first event.

    A timeline line ("3 April 2016 - X is detained") or an opening adverbial ("In
    December 2018, Beijing detained ...").
    """
    if not dates or dates[0].first > view.first + _OPENING:
        return None
    slot = dates[0]
    if any(not view.is_class(i, "preposition") for i in range(view.first, slot.first)):
        return None
    if not view.is_class(slot.end, "date_closer"):
        return None
    first = next((e for e in events if e.slots and e.trigger.first > slot.end), None)
    if first is None or any(view.is_boundary(i) for i in range(slot.end, first.trigger.first)):
        return None
    first.date = slot
    return slot


def _same_clause(view: Reading, one: Event, other: Event) -> bool:
    """Whether two events' words stand in one clause ("swapped for X in April")."""
    first, end = sorted((one.trigger.first, other.trigger.first))
    return not view.breaks(first + 1, end)


_GROUP_KINDS = (Kind.RELEASE, Kind.ARREST)  # events a group told without names may share


def _date_unnamed_releases(
    view: Reading, events: list[Event], slots: list[DateSlot], used: set[int]
) -> None:
    """Give a release or an arrest told without names the nearest date no named event took.

    A group is often told first without names and its people named after ("Five
    Americans were freed on Monday. Among those freed was X", "Two Britons were arrested
    on Sunday. State media identified them as X and Y"): they take this date.
    """
    for event in events:
        if event.slots or event.kind not in _GROUP_KINDS or event.date is not None:
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


def _share_dates(view: Reading, events: list[Event]) -> None:
    """An undated arrest joined to a dated one, or a release in a dated release's clause."""
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
            previous = _before_owner(view, skip_adverbs(view, event.trigger.first - 1))
            if (
                event.date is not None
                or view.is_class(previous, "release_after")
                or view.is_class(event.trigger.end, "release_happened")
                or granted(view, event.trigger) is not None
            ):
                event.modality = Modality.FACT


def _before_owner(view: Reading, position: int) -> int:
    """The token before an owner or article that ends at ``position``, else ``position``.

    "since his", "after Meng's", "after the".
    """
    if view.is_class(position, "possessive_mark"):
        owner = view.person_ending(position)
        return position - 1 if owner is None else owner.first - 1
    owner = view.person_ending(position + 1)
    if owner is not None:
        return owner.first - 1  # "his" is a mention of the person
    return position - 1 if view.is_class(position, "article") else position


def attach_dates(view: Reading, events: list[Event], heading: DateSlot | None) -> None:
    """Give each event of a sentence its date (see the module's notes)."""
    dates = view.dates()
    leading = _leading(view, dates, events)
    slots = [d for d in dates if d is not leading]
    if not dates and heading is not None:
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
        slot = slots[number]
        if view.is_class(slot.first - 1, "until") and event.kind in (Kind.ARREST, Kind.HOLD):
            if _past(view, slot):
                event.until = slot  # "held for 1,019 days until September 2021"
            continue  # "ordered held until May 29": a term in custody, not its end
        event.date = slot
        event.since = _since(view, event, slot)
    _date_unnamed_releases(view, events, slots, used)
    _share_dates(view, events)


def heading_date(view: Reading) -> DateSlot | None:
    """The date a sentence consists of, if it is only a date ("Dec. 10, 2018")."""
    dates = view.dates()
    if len(dates) != 1:
        return None
    slot = dates[0]
    rest = [i for i in range(view.first, view.stop) if not slot.first <= i < slot.end]
    if all(not view.text(i)[:1].isalnum() for i in rest):
        return slot
    return None
