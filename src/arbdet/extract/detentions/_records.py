"""From detention events to :class:`~arbdet.model.Detention` records: one per person and state.

A person's events are grouped by the state that holds them. An event that names no state
joins the person's record open at the time (the latest one begun before it in the text);
a transfer ("extradited to Miami") ends one record and begins the next. A person whose
events never name a state takes the state of the detentions told beside theirs, or the
state that holds the other people of the article (not their own), or is left out.

Each record then reads, from its events: the start (arrests, "held since"), the end
(releases), whether the person is free or still held, the charges, the prison term and
the place of detention, and keeps as evidence every phrase that supports a field, each
with the id of the rule that read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from ...model import (
    Detention,
    DetentionEvent,
    DetentionStatus,
    EventKind,
    Evidence,
    PartialDate,
    Person,
    SentenceKind,
    State,
)
from ...text import Document
from ._event import Event, Modality, Voice
from ._lexicon import Kind, is_official, phrases
from ._reading import DateSlot
from ._terms import TermKind

__all__ = ["build_records"]

_WEAK_RANK = 3  # a state read this far from the event does not make a record of its own
_BORROW = 2  # sentences over which a release date carries
_NEWS_DAYS = 14  # an arrest this recent, told with no release, is the article's news
_STORY_REACH = 2  # sentences back to the detention whose state an unplaced person shares
_PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its"]
)
_CHARGED = (Kind.CHARGE, Kind.CONVICT, Kind.SENTENCE, Kind.HOLD, Kind.ARREST, Kind.TRANSFER)
_SENTENCING = (Kind.SENTENCE, Kind.HOLD, Kind.CONVICT)
_CAPTOR = (Kind.SENTENCE, Kind.HOLD, Kind.CONVICT, Kind.DIED)  # what the holding state does


@attrs.define
class _Bucket:
    """The events of one person's detention by one state."""

    state: State
    opened: tuple[int, int]
    events: list[Event] = attrs.Factory(list)
    arrived: Event | None = None
    left: Event | None = None

    @property
    def rank(self) -> int:
        ranks = [e.state.rank for e in self.events if e.state and e.state.state == self.state]
        if self.arrived is not None:
            ranks.append(0)
        return min(ranks, default=99)


Keyed = tuple[tuple[int, int], Event]


def _state_of(event: Event) -> State | None:
    return None if event.state is None else event.state.state


def _buckets(person: Person, events: list[Keyed]) -> tuple[list[_Bucket], list[Keyed]]:
    """A person's buckets by state, and the events that name no state."""
    buckets: dict[State, _Bucket] = {}
    pending: list[Keyed] = []

    def bucket(state: State, key: tuple[int, int]) -> _Bucket:
        if state not in buckets:
            buckets[state] = _Bucket(state, key)
        return buckets[state]

    for key, event in events:
        if event.kind is Kind.TRANSFER and event.modality is not Modality.IRREALIS:
            _transfer(key, event, events, buckets, bucket)
            continue
        state = _state_of(event) if event.kind is not Kind.CHARGE else None
        if state is None:
            pending.append((key, event))
        else:
            bucket(state, key).events.append(event)
    return list(buckets.values()), pending


def _transfer(
    key: tuple[int, int],
    event: Event,
    events: list[Keyed],
    buckets: dict[State, _Bucket],
    bucket: object,
) -> None:
    """A transfer closes the record it leaves and opens one with the state it goes to."""
    assert callable(bucket)
    source = _state_of(event)
    dest = None if event.dest is None else event.dest.state
    if dest is not None and event.date is None:
        # "seized in Liberia and flown to the United States": one detention, by the latter
        for other_key, other in events:
            if other_key[0] == key[0] and other.kind is Kind.ARREST and other is not event:
                old = _state_of(other)
                if old is not None and old != dest and old in buckets:
                    buckets[old].events.remove(other)
                    if not buckets[old].events:
                        del buckets[old]
                other.state = event.dest
                bucket(dest, other_key).events.append(other)
    leaving = buckets.get(source) if source is not None else None
    if leaving is None and buckets:
        leaving = max(buckets.values(), key=lambda b: b.opened)
    if leaving is not None and leaving.state != dest:
        leaving.left = event
    if dest is not None:
        arriving = bucket(dest, key)
        arriving.arrived = arriving.arrived or event
        arriving.events.append(event)


def _is_abduction(event: Event) -> bool:
    """Whether an event tells a seizure ("snatched", "abducted"), which any state's agents do."""
    view = event.view
    said = " ".join(view.lower(i) for i in range(event.trigger.first, event.trigger.end))
    return event.kind is Kind.ARREST and said in phrases("abduction")


def _merge_abducted(buckets: list[_Bucket]) -> list[_Bucket]:
    """Fold a seizure abroad into the detention of the state that then holds the person.

    "Snatched in Thailand in 2015, X was given ten years in China": where a person was
    seized is not who holds them when another state tries, jails or holds them.
    """
    holding = [
        b
        for b in buckets
        if any(e.kind in _CAPTOR and e.modality is Modality.FACT for e in b.events)
    ]
    if len(holding) != 1:
        return buckets
    captor = holding[0]
    kept = []
    for bucket in buckets:
        if bucket is not captor and bucket.left is None and all(map(_is_abduction, bucket.events)):
            captor.events.extend(bucket.events)
            continue
        kept.append(bucket)
    return kept


def _merge_weak(buckets: list[_Bucket]) -> list[_Bucket]:
    """Fold a record whose state is only read far from its events into the strongest one."""
    if len(buckets) < 2:
        return buckets
    strongest = min(buckets, key=lambda b: (b.rank, -len(b.events)))
    kept = []
    for bucket in buckets:
        if bucket is not strongest and bucket.rank >= _WEAK_RANK and bucket.left is None:
            strongest.events.extend(bucket.events)
            continue
        kept.append(bucket)
    return kept


def _place_pending(buckets: list[_Bucket], pending: list[Keyed]) -> None:
    ordered = sorted(buckets, key=lambda b: b.opened)
    for key, event in pending:
        target = ordered[0]
        for bucket in ordered:
            if bucket.opened <= key:
                target = bucket
        target.events.append(event)


def _pick(dates: Iterable[PartialDate], *, earliest: bool) -> PartialDate | None:
    """The earliest (or latest) date, made as precise as a date within it allows."""
    found = sorted(set(dates), key=lambda d: (d.first_day, d.last_day))
    if not found:
        return None
    base = found[0] if earliest else max(found, key=lambda d: (d.last_day, d.first_day))
    finer = [d for d in found if base.contains(d)]
    precision = max(len(str(d)) for d in finer)
    best = [d for d in finer if len(str(d)) == precision]
    return best[0] if earliest else best[-1]


def _start(bucket: _Bucket) -> tuple[PartialDate | None, list[Event]]:
    used = [
        e
        for e in bucket.events
        if e.date is not None
        and e.modality is Modality.FACT
        and (e.kind is Kind.ARREST or (e.kind is Kind.HOLD and e.since) or e is bucket.arrived)
    ]
    value = _pick((e.date.value for e in used if e.date), earliest=True)
    return value, [e for e in used if e.date and e.date.value == value]


def _precision(event: Event) -> int:
    """How precise an event's date is: longer is finer ("2021-09-24" over "2021-09")."""
    return len(str(event.date.value)) if event.date is not None else 0


def _freed(bucket: _Bucket) -> list[Event]:
    """The events that say the person was set free.

    A journey ("landed in Calgary", "arrived in Doha") is a homecoming only after a
    detention the text has already told, or one dated or told in the past perfect before
    it ("... had been held in Iran"); otherwise it is how the person came.
    """
    held = [e for e in bucket.events if not e.released]
    first = min((e.trigger.first for e in held), default=None)
    before = any(e.pluperfect for e in held)
    earliest = min((e.date.value for e in held if e.date is not None), default=None)
    return [
        e
        for e in bucket.events
        if e.released
        and (
            not e.trigger.entry.after
            or before
            or (first is not None and first < e.trigger.first)
            or (earliest is not None and e.date is not None and earliest < e.date.value)
        )
    ]


def _spans(bucket: _Bucket) -> list[Event]:
    """Detentions told with their end ("held in Iran from 2015 to 2019", "until 2021")."""
    return [
        e
        for e in bucket.events
        if _until(e) is not None
        and e.kind in (Kind.ARREST, Kind.HOLD)
        and e.modality is Modality.FACT
    ]


def _until(event: Event) -> PartialDate | None:
    """The day a detention told with its end ended."""
    if event.until is not None:
        return event.until.value
    return None if event.date is None else event.date.until


def _end(bucket: _Bucket) -> tuple[PartialDate | None, list[Event]]:
    used = [e for e in _freed(bucket) if e.date is not None]
    freed = [_precision(e) for e in used if e.trigger.entry.new]
    if freed:  # the day of the release, not of the flight home, unless only it is exact
        used = [e for e in used if e.trigger.entry.new or _precision(e) > max(freed)]
    if bucket.left is not None and bucket.left.date is not None:
        used.append(bucket.left)
    used.extend(e for e in _deaths(bucket) if e.date is not None)
    ends = {id(e): e.date.value for e in used if e.date}
    ends.update({id(e): until for e in _spans(bucket) if (until := _until(e)) is not None})
    # the release's own day is the latest told; of journeys home only, the first is nearest it
    value = _pick(ends.values(), earliest=not freed and not _spans(bucket) and bucket.left is None)
    return value, [e for e in [*used, *_spans(bucket)] if ends.get(id(e)) == value]


def _deaths(bucket: _Bucket) -> list[Event]:
    """The events that say the person died in custody or was executed."""
    return [e for e in bucket.events if e.kind is Kind.DIED and e.modality is Modality.FACT]


def _status(
    bucket: _Bucket, start: PartialDate | None, years: float | None, published: PartialDate | None
) -> tuple[DetentionStatus, list[Event]]:
    ended = [
        e
        for e in _spans(bucket)
        if (until := _until(e)) is not None and (published is None or until < published)
    ]
    released = _freed(bucket) + ended + [e for e in bucket.events if e.ended]
    died = bool(_deaths(bucket))  # neither free nor still held: the detention ended with a death
    if released and not died:
        return DetentionStatus.RELEASED, released
    if died or bucket.left is not None:
        return DetentionStatus.UNKNOWN, []
    held = [e for e in bucket.events if e.held] or _news_of_arrest(bucket, published)
    if held:
        return DetentionStatus.HELD, held
    sentenced = [
        e
        for e in bucket.events
        if e.terms and e.modality is Modality.FACT and e.kind in _SENTENCING
    ]
    if sentenced and published is not None:
        if years is None and any(t.years is None for e in sentenced for t in e.terms):
            return DetentionStatus.HELD, sentenced
        dated = [e.date.value.year for e in sentenced if e.date is not None]
        since = start.year if start is not None else min(dated, default=None)
        if years is not None and since is not None and since + years > published.year:
            return DetentionStatus.HELD, sentenced
    return DetentionStatus.UNKNOWN, []


def _news_of_arrest(bucket: _Bucket, published: PartialDate | None) -> list[Event]:
    """An arrest the article reports as news: dated to its last days, with no release.

    "X was arrested on Friday in Moscow" in a report of the next Tuesday: still held.
    """
    if published is None or published.day is None:
        return []
    today = published.first_day
    return [
        e
        for e in bucket.events
        if e.kind is Kind.ARREST
        and e.modality is Modality.FACT
        and e.date is not None
        and e.date.value.day is not None
        and 0 <= (today - e.date.value.first_day).days <= _NEWS_DAYS
        and not any(o.kind in (Kind.BAIL, Kind.FURLOUGH, Kind.TRANSFER) for o in bucket.events)
    ]


def _charges(bucket: _Bucket) -> tuple[tuple[str, ...], list[tuple[int, int, str]]]:
    found: dict[str, tuple[int, int, str]] = {}
    for event in bucket.events:
        if event.kind not in _CHARGED or event.modality is Modality.NEGATED:
            continue
        for charge in event.charges:
            found.setdefault(charge.label, (charge.start, charge.end, event.rule))
    words = {name: set(name.split()) for name in found}
    kept = [
        name
        for name in found
        if not any(other != name and words[name] < words[other] for other in found)
    ]
    return tuple(kept), [found[name] for name in kept]


Sentenced = tuple[SentenceKind | None, float | None]  # a sentence's kind and years

_KINDS = {
    TermKind.YEARS: SentenceKind.TERM,
    TermKind.LIFE: SentenceKind.LIFE,
    TermKind.DEATH: SentenceKind.DEATH,
}


def _sentence(bucket: _Bucket) -> tuple[Sentenced, list[tuple[int, int, str]]]:
    """The sentence of the detention (its kind and years) and the spans that give it.

    A life or death sentence outweighs any prison term told beside it (a term commuted
    to, or a sentence appealed); among terms, the most often told length wins.
    """
    terms = [
        t
        for e in bucket.events
        if e.kind in _SENTENCING and e.modality is Modality.FACT
        for t in e.terms
    ]
    if not terms:
        return (None, None), []
    heavy = [t for t in terms if t.years is None]
    if heavy:
        kinds = Counter(t.kind for t in heavy)
        kind = max(kinds, key=lambda k: (kinds[k], k is TermKind.DEATH))
        spans = [(t.start, t.stop, t.rule) for t in heavy if t.kind is kind]
        return (_KINDS[kind], None), spans
    counts = Counter(t.years for t in terms)
    best = max(counts.values())
    value = next(t.years for t in terms if counts[t.years] == best)
    return (SentenceKind.TERM, value), [
        (t.start, t.stop, t.rule) for t in terms if t.years == value
    ]


def _location(bucket: _Bucket) -> str | None:
    for kind in (Kind.ARREST, Kind.HOLD):
        for event in bucket.events:
            if event.kind is kind and event.location and _state_of(event) == bucket.state:
                return event.location
    return None


class _Evidence:
    """Collects a record's evidence without repeats."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.items: dict[tuple[int, int, str], Evidence] = {}

    def add(self, span: tuple[int, int] | None, field: str, rule: str) -> None:
        if span is None or span[0] >= span[1]:
            return
        key = (span[0], span[1], field)
        if key not in self.items:
            self.items[key] = self.doc.evidence(span[0], span[1], rule, field)

    def all(self) -> tuple[Evidence, ...]:
        return tuple(self.items[k] for k in sorted(self.items))


_EVENT_KINDS = {
    Kind.ARREST: EventKind.DETAINED,
    Kind.CHARGE: EventKind.CHARGED,
    Kind.CONVICT: EventKind.CONVICTED,
    Kind.SENTENCE: EventKind.SENTENCED,
    Kind.RELEASE: EventKind.RELEASED,
    Kind.DIED: EventKind.DIED,
}


def _events(doc: Document, bucket: _Bucket) -> tuple[DetentionEvent, ...]:
    """The dated steps that happened (not those only demanded or denied), one per kind and date."""
    steps: dict[tuple[EventKind, PartialDate | None], list[Evidence]] = {}
    for event in bucket.events:
        kind = _EVENT_KINDS.get(event.kind)
        if kind is None or event.modality is not Modality.FACT:
            continue
        date = None if event.date is None else event.date.value
        start, end = event.trigger_span
        steps.setdefault((kind, date), []).append(doc.evidence(start, end, event.rule, kind.value))
    return tuple(
        DetentionEvent(kind, date, tuple(dict.fromkeys(evidence)))
        for (kind, date), evidence in steps.items()
    )


def _record(
    doc: Document, person: Person, bucket: _Bucket, nationalities: tuple[State, ...]
) -> Detention:
    bucket.events.sort(key=lambda e: e.trigger.first)
    evidence = _Evidence(doc)
    start, start_events = _start(bucket)
    end, end_events = _end(bucket)
    if start is not None and end is not None and end < start and not start.contains(end):
        end, end_events = None, []
    (sentence_kind, years), sentence_spans = _sentence(bucket)
    status, status_events = _status(bucket, start, years, doc.published)
    charges, charge_spans = _charges(bucket)
    for event in bucket.events:
        evidence.add(event.span, "detainee", event.rule)
        if event.state is not None and event.state.state == bucket.state:
            evidence.add((event.state.start, event.state.end), "detaining_state", event.rule)
    for event in start_events:
        assert event.date is not None
        evidence.add((event.date.start, event.date.stop), "start", event.rule)
    for event in end_events:
        slot = event.until or event.date
        assert slot is not None
        evidence.add((slot.start, slot.stop), "end", event.rule)
    for event in status_events:
        evidence.add(event.trigger_span, "status", event.rule)
    for first, stop, rule in charge_spans:
        evidence.add((first, stop), "charges", rule)
    sentence_field = "sentence_years" if years is not None else "sentence_kind"
    for first, stop, rule in sentence_spans:
        evidence.add((first, stop), sentence_field, rule)
    return Detention(
        detainee=person,
        detaining_state=bucket.state,
        nationalities=nationalities,
        start=start,
        end=end,
        location=_location(bucket),
        charges=charges,
        sentence_years=years,
        sentence_kind=sentence_kind,
        status=status,
        events=_events(doc, bucket),
        evidence=evidence.all(),
    )


def _majority(settled: Counter[State], nationalities: tuple[State, ...]) -> State | None:
    """The state that holds most of the others, never a person's only nationality."""
    return next((s for s, _ in settled.most_common() if (s,) != nationalities), None)


def _fallback(
    events: list[Keyed],
    everyone: Sequence[Keyed],
    settled: Counter[State],
    nationalities: tuple[State, ...],
) -> State | None:
    """A state for a person whose events name none.

    First the state of a detention told without names in the same sentence or the one
    before ("Belarusian authorities arrested ... Together with him was detained X"), then
    the state of the detention told just before ("... held in Tehran's Evin prison. Also
    on the flight was X"), then the state that holds most of the other people of the
    article; never the person's only nationality. Someone told only as freed is not
    placed by the detention told before (in a swap, the other side's), and ``settled``
    then counts the states that free the article's others.
    """
    sentences = {key[0] for key, _ in events}

    def unnamed(distance: int) -> State | None:
        for key, other in everyone:
            state = _state_of(other)
            if (
                state is not None
                and not other.slots
                and other.creates
                and not other.other_side
                and not other.named_subject
                and other.voice is not Voice.NOUN
                and any(s - key[0] == distance for s in sentences)
                and (state,) != nationalities
            ):
                return state
        return None

    def preceding(*, same_sentence: bool) -> State | None:
        first = min(key for key, _ in events)
        for key, other in reversed(everyone):
            state = _state_of(other)
            if key >= first or first[0] - key[0] > _STORY_REACH:
                continue
            if key[0] == first[0] and not same_sentence:
                continue
            if state is not None and not other.counterpart and (state,) != nationalities:
                return state
        return None

    majority = _majority(settled, nationalities)
    if all(event.voice is Voice.NOUN for _, event in events):
        # "Beijing detained two Canadians after the arrest of X": X's arrest is another
        # detention, whose state a noun names or leaves unknown
        return None
    if all(event.released for _, event in events):
        return unnamed(0) or unnamed(1) or majority
    return unnamed(0) or unnamed(1) or preceding(same_sentence=True) or majority


def _shared_state(
    person: Person, events: list[Keyed], grouped: dict[Person, list[_Bucket]]
) -> State | None:
    """The state that holds the others an event is about, when it is one.

    "X was freed along with another American, Y": Y, whose own words name no state, was
    held where X was (not so the two sides of a swap, "X and Y were swapped").
    """
    found = {
        buckets[0].state
        for _, event in events
        if event.companions
        for other in event.people
        if other != person and len(buckets := grouped.get(other, [])) == 1
    }
    return found.pop() if len(found) == 1 else None


def _swapped_against(
    person: Person,
    events: list[Keyed],
    everyone: Sequence[Keyed],
    nationalities: dict[Person, tuple[State, ...]],
) -> State | None:
    """The state that held the other side of a swap ("X was traded for Y"), if clear.

    Y was held by the country X belongs to, not by the one that held X: that is the
    nationality of X's side that is neither the state holding X nor Y's own.
    """
    sentences = {key[0] for key, event in events if event.counterpart}
    partners = [
        e for key, e in everyone if key[0] in sentences and person not in e.people and e.people
    ]
    held = {_state_of(e) for e in partners}
    own = nationalities.get(person, ())
    found = {
        state
        for e in partners
        for partner in e.people
        for state in nationalities.get(partner, ())
        if state not in held and state not in own
    }
    return found.pop() if len(found) == 1 else None


_OUTRIGHT = (Voice.PASSIVE, Voice.REDUCED, Voice.ACTIVE)


def _held_outright(person: Person, event: Event) -> bool:
    """Whether an event says in so many words that the person named is held or freed.

    "X was arrested", "X, jailed in 2019", "Egypt released X", a line of a list of those
    freed; not "the arrest of X" nor a verb whose subject the reader had to find across
    clauses.
    """
    return (
        event.creates
        and event.modality is Modality.FACT
        and (event.voice in _OUTRIGHT or event.listed)
        and _named(person, event)
    )


def _named(person: Person, event: Event) -> bool:
    """Whether the event names the person (not only a pronoun that may be misread)."""
    return any(
        person in slot.people and slot.mention.text.lower() not in _PRONOUNS for slot in event.slots
    )


def _news_exchange(events: Sequence[Keyed], published: PartialDate | None) -> DateSlot | None:
    """The day of the exchange the article reports as its news, if it reports one.

    The first dated release told in a sentence about an exchange, when that day lies in
    the last days before publication.
    """
    swap = next((e.date for _, e in events if e.released and e.exchange and e.date), None)
    if swap is None or published is None:
        return None
    days = (published.first_day - swap.value.first_day).days
    return swap if 0 <= days <= _NEWS_DAYS else None


def _borrow_release_dates(events: Sequence[Keyed], published: PartialDate | None) -> None:
    """Give an undated release the date of a release told just before it.

    News reports a swap or a group release once, with its date, and then its people one
    by one ("Five Americans ... stepped off a jet on Monday, free ... Among those freed
    was X"); everyone released in an exchange is released on the exchange's day ("In
    exchange, the U.S. freed X"), and in an article whose news is an exchange, so is
    everyone else it tells as freed without a day ("The Iranians freed by Washington are
    X and Y", the lines of a list of those released).
    """
    last: Keyed | None = None
    swap = next((e.date for _, e in events if e.released and e.exchange and e.date), None)
    news = _news_exchange(events, published)
    for key, event in events:
        if not event.released:
            continue
        told = event.view.sentence.index  # a list's line is told in its header
        if event.date is not None:
            last = (key, event)
        elif event.listed and news is not None:
            event.date = news
        elif last is not None and told - last[1].view.sentence.index <= _BORROW:
            event.date = last[1].date
        elif event.exchange and swap is not None:
            event.date = swap
        elif news is not None:
            event.date = news


def build_records(
    doc: Document,
    events: Sequence[Keyed],
    nationalities: dict[Person, tuple[State, ...]],
    doubtful: frozenset[Person] = frozenset(),
) -> list[Detention]:
    """One :class:`Detention` per person and detaining state, in order of first mention.

    ``events`` are every event of the document with its key (sentence number, token);
    ``nationalities`` the states each person is a national of; ``doubtful`` the people
    whose role makes them unlikely detainees (a lawyer, a relative), recorded only if
    the text says outright that they are held. People in office are never detainees.
    """
    _borrow_release_dates(events, doc.published)
    by_person: dict[Person, list[Keyed]] = {}
    for key, event in events:
        for person in event.people:
            if not is_official(person):
                by_person.setdefault(person, []).append((key, event))
    grouped: dict[Person, list[_Bucket]] = {}
    waiting: list[tuple[Person, list[Keyed]]] = []
    for person, own in by_person.items():
        if not any(e.creates for _, e in own) or not any(_named(person, e) for _, e in own):
            continue
        if person in doubtful and not any(_held_outright(person, e) for _, e in own):
            continue
        buckets, pending = _buckets(person, own)
        if not buckets:
            waiting.append((person, own))
            continue
        buckets = _merge_weak(_merge_abducted(buckets))
        _place_pending(buckets, pending)
        grouped[person] = buckets
    settled = Counter(b.state for buckets in grouped.values() for b in buckets)
    freed = Counter(b.state for buckets in grouped.values() for b in buckets if _freed(b))
    for person, own in waiting:
        others = settled
        if all(e.released for _, e in own):
            # someone told only as freed: by the state that frees the others, if one does
            ranked = freed.most_common(2)
            clear = len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1])
            others = freed if clear else Counter()
        state = (
            _shared_state(person, own, grouped)
            or _swapped_against(person, own, events, nationalities)
            or _fallback(own, events, others, nationalities.get(person, ()))
        )
        if state is not None:
            bucket = _Bucket(state, own[0][0])
            bucket.events.extend(e for _, e in own)
            grouped[person] = [bucket]
    first_seen = {person: own[0][0] for person, own in by_person.items()}
    records = []
    for person in sorted(grouped, key=lambda p: first_seen[p]):
        for bucket in sorted(grouped[person], key=lambda b: b.opened):
            records.append(_record(doc, person, bucket, nationalities.get(person, ())))
    return records
