"""Detention events of one sentence: who was arrested, held, tried, sentenced or freed.

Each detention word the gate found becomes an :class:`~._event.Event` through the first
rule of ``rules.tsv`` that holds on it: the rule says how the people are found
(:mod:`._finders`), and the event then learns whether it happened, is only wished for or
is denied, whether it describes the present, and the state that holds the person
(:mod:`._holders`). Dates (:mod:`._dating`), charges and prison terms of the sentence are
then given to the nearest event they can belong to.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ...model import Person, State
from ...text import Sentence
from ..patterns import Match, Rule
from ._charges import ChargeMention, find_charges
from ._dating import attach_dates
from ._event import Event, Modality, Voice
from ._finders import FINDERS, Finder, both, heading_people, opening
from ._holders import destination, holder, location, place_after
from ._lexicon import Kind, Syntax, TriggerEntry, words
from ._reading import DateSlot, DocumentReading, PersonSlot, Reading, Trigger
from ._rules import layers_of, rules
from ._states import StateCue
from ._syntax import elided, object_after, skip_adverbs, subject_before
from ._terms import TermMention, find_terms

__all__ = ["Group", "named_next", "nationals_named", "read_events", "unnamed_group"]

_WINDOW = 8  # tokens before a trigger searched for modal and wish words
_NEGATION_WINDOW = 3  # tokens before a trigger searched for a negation
_FURLOUGH_REACH = 8  # tokens after a release searched for "on furlough", "on bail"
_OWNED = 3  # a detention noun this close after another event's word is part of it
_TERM_REACH = 4  # tokens between "given" and the term that makes it a sentence
_SENTENCE_REACH = 5  # tokens between "given" and "sentence" ("given a long sentence")
_MODIFIED = 2  # tokens between a term and the sentencing word it modifies
_GROUP_LIST = 4  # words before the first name of a group's list ("They were journalist X")
_COMPANION = 8  # words before a companion's name after "along with" ("fellow Canadian ...")
_CHARGE_RULE = "detention.charge"


# ---------------------------------------------------------------- rules


_VOICES = {voice.value: voice for voice in Voice}


def _voice(match: Match) -> Voice:
    return _VOICES[match.rule.value("voice", "subject")]


def _entry(trigger: Trigger, match: Match) -> TriggerEntry:
    """The trigger's entry, with the kind and syntax a custody rule gives it."""
    kind = match.rule.value("kind")
    if not kind:
        return trigger.entry
    return TriggerEntry((), Kind(kind), Syntax.CUSTODY, new=True)


def _needs_term(view: Reading, trigger: Trigger, terms: list[TermMention]) -> bool:
    """Whether "given" and the like lack the term that makes them a sentence."""
    if not trigger.entry.needs_term:
        return False
    after = trigger.end
    slot = object_after(view, after, _TERM_REACH)
    if slot:  # "handed the tourist X a sentence of eight years"
        after = slot[-1].end
    return not (
        any(after <= term.first <= after + _TERM_REACH for term in terms)
        or any(view.is_class(after + k, "sentence_noun") for k in range(_SENTENCE_REACH))
    )


def _chosen(
    view: Reading,
    trigger: Trigger,
    matches: Iterable[Match],
    earlier: list[Event],
    roles: list[Match],
) -> tuple[Match, list[PersonSlot], int | None] | None:
    """The first rule that holds on a trigger, with the people it finds.

    Matches are read only as far as that rule; the matches of rules with a ``role``
    (which ``rules.tsv`` lists first) are kept in ``roles`` on the way.
    """
    for match in matches:
        plan = _plan(match.rule)
        if plan.role:
            roles.append(match)
            continue
        if plan.opening and not opening(view, trigger):
            continue
        if plan.no_event:
            return None
        found, owner = plan.finder(view, trigger, match, earlier)
        if found or not plan.if_people:
            return match, found, owner
    return None


@attrs.frozen
class _Plan:
    """What a rule's values tell :func:`_chosen` (read once a rule)."""

    role: bool
    opening: bool
    no_event: bool
    finder: Finder
    if_people: bool


_PLANS: dict[Rule, _Plan] = {}


def _plan(rule: Rule) -> _Plan:
    plan = _PLANS.get(rule)
    if plan is None:
        plan = _PLANS[rule] = _Plan(
            bool(rule.value("role")),
            rule.value("when") == "opening",
            rule.value("event") == "none",
            FINDERS[rule.value("people", "subject")],
            rule.value("if") == "people",
        )
    return plan


def _counterparts(
    view: Reading, trigger: Trigger, matches: list[Match], recent: tuple[Person, ...]
) -> list[Event]:
    """The other side of a swap: in "swapped for X", "traded for X", X is released too."""
    for match in matches:
        other = match.get("other")
        if match.rule.value("role") != "counterpart" or other is None:
            continue
        entry = TriggerEntry(words_of_span(view, other), Kind.RELEASE, Syntax.OBJ, new=True)
        side = Trigger(other[0], other[1], entry)
        slots = FINDERS["object_after"](view, side, match, [])[0]
        if not slots:
            continue
        event = _event(view, side, (match, slots, None), [], recent)
        event.counterpart = True
        return [event]
    return []


def _with_companions(
    view: Reading, slots: list[PersonSlot], matches: list[Match]
) -> list[PersonSlot]:
    """The people of an event and those it names as sharing it ("along with X")."""
    if not slots:
        return slots
    for match in matches:
        other = match.get("other")
        if match.rule.value("role") != "companion" or other is None:
            continue
        for slot in object_after(view, other[1], _COMPANION):
            if slot not in slots:
                slots = [*slots, slot]
        break
    return slots


def words_of_span(view: Reading, span: tuple[int, int]) -> tuple[str, ...]:
    """The lower-case tokens of ``span``."""
    return tuple(view.lower(i) for i in range(*span))


# ---------------------------------------------------------------- modality


def _got_released(view: Reading, trigger: Trigger, voice: Voice) -> bool:
    """Whether a participle follows the object of "get": "to get the two men released"."""
    if voice is not Voice.REDUCED:
        return False
    slot = view.person_ending(trigger.first)
    return slot is not None and view.is_class(slot.first - 1, "causative")


def _modality(view: Reading, trigger: Trigger, voice: Voice) -> Modality:
    first = trigger.first
    start = max(view.first, min(view.clause_start(first) - 1, first - 1), first - _WINDOW)
    before = view.whole.text[start:first]
    if "," in before:  # the clause after the last comma before the trigger
        start += len(before) - before[::-1].index(",")
    if view.has("negation", first - _NEGATION_WINDOW, first):
        return Modality.NEGATED
    previous = skip_adverbs(view, first - 1)
    infinitive = view.is_class(previous, "infinitive") or (
        view.is_class(previous, "bare_be")
        and (view.is_class(previous - 1, "infinitive") or previous - 1 < view.first)
    )
    modal = _undated(view, view.positions("modal", start, first))
    wish = _undated(view, view.positions("wish", start, first)) or any(
        view.date(i) is None and view.is_class(i + 1, "call_for")
        for i in view.positions("call", start, first)
    )
    if trigger.kind in (Kind.RELEASE, Kind.TRANSFER):
        if modal or wish or infinitive or _got_released(view, trigger, voice):
            return Modality.IRREALIS
        return Modality.NEUTRAL if voice is Voice.NOUN else Modality.FACT
    if modal or (infinitive and (voice is Voice.ACTIVE or trigger.kind is Kind.DIED)):
        return Modality.IRREALIS
    return Modality.FACT


def _undated(view: Reading, positions: list[int]) -> bool:
    """Whether a token at one of ``positions`` is not part of a date ("May" the month)."""
    # most lists are empty: no generator is started for them
    return bool(positions) and any(view.date(position) is None for position in positions)


def _present(view: Reading, trigger: Trigger) -> bool:
    previous = skip_adverbs(view, trigger.first - 1)
    if view.is_class(trigger.first - 1, "still") and not view.is_class(previous, "past"):
        return True
    still = view.positions("still", view.clause_start(trigger.first), trigger.first)
    if still and not view.has("past", still[-1] - 1, trigger.first):
        return True  # "are still believed to be in Taliban hands"
    if view.is_class(previous, "perfect_been"):
        return view.is_class(skip_adverbs(view, previous - 1), "present_have")
    if view.is_class(previous, "past"):
        return False
    if view.is_class(previous, "present"):
        return True
    return trigger.entry.present


def _spent(view: Reading, trigger: Trigger) -> bool:
    """Whether a detention is told as time spent and over: "spent 544 days in Evin prison".

    "has spent" tells time still running, and "had spent" time up to some later event,
    not always the end; only the simple past with a length of time tells a detention
    that ended ("spent Christmas in a penal colony" tells nothing of the kind).
    """
    if trigger.kind not in (Kind.ARREST, Kind.HOLD):
        return False
    clause = view.clause_start(trigger.first)
    for position in view.positions("spent_past", clause, trigger.first):
        if not view.is_class(skip_adverbs(view, position - 1), "have") and view.has(
            "duration_unit", position, trigger.first
        ):
            return True
    return False


def _kind(view: Reading, trigger: Trigger) -> Kind:
    """A release "on furlough" or "on bail" is not a release."""
    if trigger.kind is not Kind.RELEASE:
        return trigger.kind
    for position in range(trigger.end, min(view.stop, trigger.end + _FURLOUGH_REACH)):
        if view.is_class(position, "furlough_word"):
            return Kind.FURLOUGH
        if view.is_class(position, "bail_word"):
            return Kind.BAIL
        if view.is_boundary(position):
            break
    return trigger.kind


# ---------------------------------------------------------------- events


def _handover(view: Reading, trigger: Trigger, match: Match) -> StateCue | None:
    """The state a handover gives someone to, if it names one.

    Someone "handed over" is freed ("handed over to Swiss diplomats in Muscat"), unless
    a state takes them ("handed over to Belgium", "to U.S. authorities").
    """
    if trigger.kind is not Kind.RELEASE or not view.is_class(trigger.first, "handover"):
        return None
    return destination(view, trigger, match)


def _named_here(slot: PersonSlot) -> bool:
    """Whether a slot names its people (not a pronoun or an unresolved description)."""
    return bool(slot.people) and slot.mention.text.lower() not in words("subject_pronoun")


def _event(
    view: Reading,
    trigger: Trigger,
    chosen: tuple[Match, list[PersonSlot], int | None],
    earlier: list[Event],
    recent: tuple[Person, ...],
) -> Event:
    match, slots, owner = chosen
    voice = _voice(match)
    entry = _entry(trigger, match)
    if match.rule.value("span") == "match":
        trigger = Trigger(match.first, match.stop, entry)
    elif entry is not trigger.entry:
        trigger = Trigger(trigger.first, trigger.end, entry)
    if not slots and voice in (Voice.PASSIVE, Voice.SUBJECT):
        slots = both(view, trigger, recent)
    if voice in (Voice.PASSIVE, Voice.SUBJECT) and not any(
        _named_here(slot) for slot in slots
    ):  # "Matthew Hedges - UAE, 2018" and then "The doctoral student was detained ..."
        slots = heading_people(view, trigger) or slots
    modality = _modality(view, trigger, voice)
    if match.rule.value("modality") == Modality.IRREALIS.value:
        modality = Modality.IRREALIS
    dest = _handover(view, trigger, match)
    if dest is not None:  # "handed over to Belgium": from one state's custody to another's
        trigger = Trigger(
            trigger.first, trigger.end, attrs.evolve(trigger.entry, kind=Kind.TRANSFER)
        )
    elif trigger.kind is Kind.TRANSFER:
        dest = destination(view, trigger, match)
    state: StateCue | None
    if trigger.syntax is Syntax.PLACE:
        held = match.get(match.rule.value("holder")) if match.rule.value("holder") else None
        state = place_after(view, held[0]) if held is not None else None
    else:
        state = holder(
            view, trigger, voice=voice, modality=modality, owner=owner, slots=slots, dest=dest
        )
    creates = trigger.entry.new and (
        modality in (Modality.FACT, Modality.NEUTRAL)
        or (modality is Modality.IRREALIS and trigger.kind is Kind.RELEASE)
    )
    event = Event(
        view,
        trigger,
        tuple(slots),
        voice,
        match.rule.id,
        _kind(view, trigger),
        modality,
        _present(view, trigger),
        creates,
        state,
        dest,
        location(view, trigger, state),
    )
    event.ended = modality is Modality.FACT and _spent(view, trigger)
    return event


def _joined(view: Reading, earlier: Event, later: Event) -> bool:
    """Whether two events are coordinated in one clause ("... and were sent back")."""
    between = range(earlier.trigger.end, later.trigger.first)
    return not any(view.is_boundary(i) for i in between) and any(
        view.is_class(i, "coordinator") for i in between
    )


def _drop_borrowed(events: list[Event]) -> None:
    """Forget a state that is another event's own agent or place.

    In "arrested in 2019; exchanged for X, jailed in the U.S." the U.S. is X's jailer, as
    in "Y was arrested in retaliation for the jailing of X in the U.S.": a state read far
    from the event, or after another event's word that stands between them.
    """
    for event in events:
        cue = event.state
        if cue is None:
            continue
        for other in events:
            near = other.state
            if (
                other is not event
                and near is not None
                and near.rank < _FAR_RANK
                and (near.start, near.end) == (cue.start, cue.end)
                and set(other.people) != set(event.people)
                and (cue.rank >= _FAR_RANK or _between(event, other, cue))
            ):
                event.state = None
                break


def _between(event: Event, other: Event, cue: StateCue) -> bool:
    """Whether ``other``'s word, about someone else, stands between ``event``'s and the state."""
    return (
        bool(other.people)
        and set(other.people).isdisjoint(event.people)
        and event.trigger.end <= other.trigger.first
        and other.trigger.end <= cue.token
    )


_FAR_RANK = 4  # the rank of a state read outside the event's clause (see _holders)


def _drop_journeys(view: Reading, events: list[Event]) -> None:
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


def _told_over(journey: Event, orphan: Event) -> bool:
    """Whether a detention is told as over when a journey is made.

    "landed at Brize Norton after six years in Iranian detention": the journey home.
    """
    first, end = journey.trigger.end, orphan.trigger.first
    return first <= end and journey.view.has("over_after", first, end)


def _upgrade(events: list[Event]) -> None:
    """A homecoming ("returned home") in a sentence about a detention makes a detainee.

    An arrival ("landed in", "arrived at") is a homecoming only after a detention the
    sentence tells as over before it ("after two years in Evin"); other arrivals are how
    a person came ("arrived in Tehran to press for the release of ...").
    """
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
            not event.slots
            or event.kind is not Kind.RELEASE
            or event.modality is not Modality.FACT
            or event.creates
        ):
            continue
        if event.trigger.entry.after:
            if not any(_told_over(event, o) for o in orphans):
                continue
            entry = attrs.evolve(event.trigger.entry, after=False)
            event.trigger = attrs.evolve(event.trigger, entry=entry)
        event.creates = True
        if event.state is None:
            event.state = next(
                (o.state for o in orphans if o.state is not None and o.state.rank < _FAR_RANK),
                None,
            )


def _news_days(view: Reading, events: list[Event]) -> None:
    """Date an undated release or execution told as the article's news with the publication day.

    A headline or summary line ("X released by Russia as part of deal", "Iran frees four
    Americans", "Iran executes X") tells the day's news without a date: it is of that day.
    """
    published = view.doc.published
    if published is None or published.day is None:
        return
    sentence = view.whole.lower[view.first : view.stop]
    auxiliaries = not (
        words("be").isdisjoint(sentence)
        and words("have").isdisjoint(sentence)
        and words("modal").isdisjoint(sentence)
    )
    for event in events:
        died = event.kind is Kind.DIED and event.modality is Modality.FACT
        if event.date is not None or not (event.released or died) or not event.slots:
            continue
        headline = (
            event.voice is Voice.REDUCED
            and not auxiliaries
            and ("," not in view.whole.lower[event.trigger.end : view.stop])
        )  # "X, Y released by Russia as part of deal", not "X, freed by Russia, dies"
        if headline or event.trigger.syntax is Syntax.FIN:
            start, stop = view.span(event.trigger.first, event.trigger.end)
            event.date = DateSlot(event.trigger.first, event.trigger.end, published, start, stop)


def _add_elided(view: Reading, events: list[Event]) -> None:
    """Events for people who share a verb without repeating it ("..., and Y since 2019")."""
    for event in list(events):
        if not event.slots or event.voice not in (Voice.PASSIVE, Voice.SUBJECT):
            continue
        found = elided(view, event.trigger.end)
        if found is None or any(found[0].people == e.people for e in events):
            continue
        slot, date = found
        since = date is not None and view.is_class(date.first - 1, "since")
        events.append(
            attrs.evolve(event, slots=(slot,), date=date, since=since, charges=[], terms=[])
        )


def _charged(view: Reading, charge: ChargeMention) -> Event | None:
    """An event for a charge that no detention word carries: the subject is charged."""
    slots = subject_before(view, charge.cue)
    start = view.clause_start(charge.cue)
    if not slots and start > view.first and view.is_class(start - 1, "clause"):
        slots = subject_before(view, start - 1)
    if not slots:
        return None
    entry = TriggerEntry((), Kind.CHARGE, Syntax.NOUN)
    trigger = Trigger(charge.cue, charge.cue + 1, entry)
    return Event(view, trigger, tuple(slots), Voice.SUBJECT, _CHARGE_RULE, Kind.CHARGE)


def _someone_else(view: Reading, event: Event, first: int, stop: int) -> bool:
    """Whether another clause about someone else lies in tokens ``[first, stop)``.

    In "X spent months in custody before she was traded for Y, who had served part of a
    25-year sentence", the term is Y's, not X's; in "X was sentenced on the same day as Y
    to six years" it is X's.
    """
    own = set(event.people)
    return view.breaks(first, stop) and any(
        slot.people and not own.intersection(slot.people)
        for slot in view.persons()
        if first <= slot.first < stop
    )


def _attach(
    view: Reading, events: list[Event], charges: list[ChargeMention], terms: list[TermMention]
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
        modified = [e for e in sentencing if term.end <= e.trigger.first <= term.end + _MODIFIED]
        before = [
            e
            for e in sentencing
            if e.trigger.first <= term.first
            and not _someone_else(view, e, e.trigger.end, term.first)
        ]
        after = [
            e
            for e in sentencing
            if e.trigger.first > term.first
            and not _someone_else(view, e, term.end, e.trigger.first)
        ]
        chosen = modified or before[-1:] or after[:1]
        if chosen:
            chosen[0].terms.append(term)


def read_events(
    view: Reading, heading: DateSlot | None, recent: tuple[Person, ...] = ()
) -> list[Event]:
    """The detention events of one sentence, with their dates, charges and terms.

    ``heading`` is a date that heads the sentence's paragraph in a timeline, used when
    the sentence gives none of its own; ``recent`` the people of the events before,
    most recent last, whom "Both" and "All three" refer to.
    """
    terms = find_terms(view)
    charges = find_charges(view)
    view.set_charged([(c.start, c.end) for c in charges])
    events: list[Event] = []
    layers = layers_of(view.whole)
    bounds = (view.first, view.stop)
    present = frozenset(view.whole.lower[view.first : view.stop])
    exchange = not words("exchange_cue").isdisjoint(present)
    for trigger in view.triggers:
        if _needs_term(view, trigger, terms):
            continue
        matches = rules().anchored(
            view.doc, layers, bounds, (trigger.first, trigger.end), present=present
        )
        roles: list[Match] = []
        chosen = _chosen(view, trigger, matches, events, roles)
        if chosen is not None:
            match, slots, owner = chosen
            shared = _with_companions(view, slots, roles)
            events.append(_event(view, trigger, (match, shared, owner), events, recent))
            events[-1].companions = len(shared) > len(slots)
        events.extend(_counterparts(view, trigger, roles, recent))
    _drop_borrowed(events)
    _drop_journeys(view, events)
    _upgrade(events)
    attach_dates(view, events, heading)
    _news_days(view, events)
    _add_elided(view, events)
    _attach(view, events, charges, terms)
    sides = [t.end for t in view.triggers if t.syntax is Syntax.OBJ]
    for event in events:
        event.exchange = exchange
        event.other_side = any(end <= event.trigger.first for end in sides)
    return events


def named_next(
    whole: DocumentReading, sentence: Sentence, events: list[Event]
) -> tuple[list[Event], list[tuple[Person, tuple[State, ...]]]]:
    """Events for a group told without names and named in the next sentence.

    "The State Department confirmed the release of four Americans. They were X, Y and
    Z." The people of the list share the event (rules ``detention.group.*``), and the
    nationality the group was given. A group is unnamed when its event names no one
    (none, or only a description: "exchanged for an Iranian businessman and two
    Iranian citizens"); a rule with ``reach=paragraph`` also names it at the start of
    the next paragraph ("Thai media identified two of them as X and Y").
    """
    unnamed = [e for e in events if not e.people and e.creates and e.modality is Modality.FACT]
    doc = whole.doc
    if not unnamed or sentence.index + 1 >= len(doc.sentences):
        return [], []
    following = doc.sentences[sentence.index + 1]
    if following.paragraph > sentence.paragraph + 1 or following.first >= following.stop:
        return [], []
    across = following.paragraph != sentence.paragraph
    view = Reading(whole, following)
    bounds = (following.first, following.stop)
    anchor = (following.first, following.first + 1)
    for match in rules().anchored(doc, layers_of(whole), bounds, anchor, "naming"):
        if across and match.rule.value("reach") != "paragraph":
            continue  # only an explicit naming opens the next paragraph ("identified them as")
        slots = object_after(view, match.stop, _GROUP_LIST)
        if not slots:
            continue
        named = [
            attrs.evolve(
                event,
                slots=tuple(slots),
                voice=Voice.SUBJECT,
                rule=match.rule.id,
                charges=[],
                terms=[],
            )
            for event in unnamed
        ]
        states = _group_nationality(unnamed[0])
        people = [p for slot in slots for p in slot.people]
        return named, [(person, states) for person in people if states]
    return [], []


def _names_people(view: Reading, end: int) -> bool:
    """Whether a demonym ending before ``end`` names several people ("French nationals")."""
    last = view.lower(end - 1)
    return view.is_class(end, "nationality_group") or (
        view.is_class(end - 1, "person_noun") and last.endswith("s")
    )


@attrs.frozen
class Group:
    """A group told without names: its sentence, paragraph, holder and nationality."""

    sentence: int
    paragraph: int
    holder: State
    nationality: tuple[State, ...]


def unnamed_group(sentence: Sentence, events: list[Event]) -> Group | None:
    """The group a sentence tells without names ("Four French nationals are held in Iran")."""
    for event in events:
        if event.people or not event.creates or event.modality is not Modality.FACT:
            continue
        states = _group_nationality(event, people=True)
        if states and event.state is not None:
            return Group(sentence.index, sentence.paragraph, event.state.state, states)
    return None


def nationals_named(
    group: Group | None, sentence: Sentence, events: list[Event]
) -> list[tuple[Person, tuple[State, ...]]]:
    """The nationality of a group for the people the next sentence says are held (by no other).

    "Four French nationals are detained in Iran. X and Y have been held since May": X and
    Y are French.
    """
    if (
        group is None
        or group.sentence != sentence.index - 1
        or group.paragraph != sentence.paragraph
    ):
        return []
    return [
        (person, group.nationality)
        for event in events
        if event.creates and (event.state is None or event.state.state == group.holder)
        for person in event.people
    ]


def _group_nationality(event: Event, *, people: bool = False) -> tuple[State, ...]:
    """The demonym of a group a detention word is about.

    After the word ("the release of four Americans"), or in the subject of a passive one
    ("Two British nationals were arrested"); with ``people``, only a demonym that names
    people ("French nationals", "Americans"), not a place ("in a Chinese jail").
    """
    view = event.view
    trigger = event.trigger
    after = range(trigger.end, min(view.stop, trigger.end + _GROUP_LIST))
    subject = range(view.clause_start(trigger.first), trigger.first)
    for position in [*after, *(subject if event.voice is Voice.PASSIVE else ())]:
        slot = view.place(position)
        if slot is None or slot.kind != "demonym":
            continue
        if not people or _names_people(view, slot.end):
            return slot.states
    return ()
