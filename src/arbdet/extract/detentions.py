"""Detentions: who is held by which state, since when, on what charges, and whether freed.

:func:`find_detentions` reads a document sentence by sentence. Detention words
(``data/detentions/triggers.tsv``: "arrested", "held", "sentenced", "freed", "the
release of", "behind bars", custody phrases such as "in Chinese custody") are read with
the people they are about, found from the shape of the sentence (passive subject, active
object, apposition, "X's arrest", "who was detained", groups such as "the two Michaels"
and pronouns through the people index), the state that holds them (agent, institution
or place), their dates, charges and prison terms. A person's events then make one
:class:`~arbdet.model.Detention` per detaining state (two for someone extradited from one
state to another), with evidence for every field it supports.

Who counts: any named person the text says was arrested, held, sentenced or freed,
mentioned in passing or not, and named at least once in such a sentence (a pronoun alone
is too easily misread). Unnamed detainees ("two Canadian citizens") are left out, as are
people only accused of something, people who detain others, and people who hold an
office (a president, a minister, a spokesperson, a judge).

A state is read from the sentence (an agent, an institution, a place: see
:mod:`arbdet.extract._detention_states`); a person whose sentences name none takes the
state of a detention told without names beside theirs, else the state that holds most of
the article's other detainees, never their only nationality. A date alone in a paragraph
("Dec. 10, 2018" in a timeline) dates the first event of the paragraph after it.

Conventions: ``start`` is the arrest or the start of the detention, never a trial or a
sentencing; ``end`` is the release or return home; ``status`` is ``RELEASED`` when the
text says the person is free, ``HELD`` when it says they are still held (or their release
is demanded, or a prison term runs past publication), else ``UNKNOWN``; a death or life
sentence has no ``sentence_years``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Generic, TypeVar

from ..model import Detention, Person, State
from ..text import Document, FactKey
from ._detention_eras import in_their_time
from ._detention_events import Event, heading_date, read_events
from ._detention_nationality import read_nationalities
from ._detention_records import EXTRACTOR, build_records
from ._detention_view import DateSlot, SentenceView
from .mentions import DateMention, Mention, PlaceMention
from .people import PEOPLE, PeopleIndex
from .places import PLACES
from .timex import DATES

__all__ = ["EXTRACTOR", "MAX_SENTENCE", "find_detentions"]

MAX_SENTENCE = 3000
"""The longest sentence read, in characters; a longer one is a list or page chrome, not
prose, and reading it would cost more than its length."""

_M = TypeVar("_M", bound=Mention)
_RECENT = 4  # people remembered for "both" and "all three"


class _Index(Generic[_M]):
    """A document's mentions of one kind, sorted, to take those of one sentence."""

    def __init__(self, mentions: Sequence[_M]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[_M]:
        """The mentions lying wholly within characters ``[start, end)``."""
        found = []
        for mention in self.mentions[bisect.bisect_left(self.starts, start) :]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found


def find_detentions(
    doc: Document,
    people: PeopleIndex,
    places: Sequence[PlaceMention],
    dates: Sequence[DateMention],
) -> list[Detention]:
    """Every detention ``doc`` reports of a named person, one per person and detaining state.

    ``people``, ``places`` and ``dates`` are what :func:`~arbdet.extract.people.find_people`,
    :func:`~arbdet.extract.places.find_places` and :func:`~arbdet.extract.timex.find_dates`
    found in ``doc``.
    """
    persons = _Index(people.mentions)
    orgs = _Index(people.organizations)
    states = _Index(places)
    when = _Index(dates)
    keyed: list[tuple[tuple[int, int], Event]] = []
    nationalities: dict[Person, list[State]] = {}
    for person in people.people:
        nationalities[person] = list(people.nationalities(person))
    heading: DateSlot | None = None
    recent: tuple[Person, ...] = ()
    number = 0
    for paragraph in doc.paragraphs:
        if paragraph.duplicate_of is not None:
            continue
        found_heading: DateSlot | None = None
        for sentence in paragraph.sentences:
            start, end = sentence.start, sentence.end
            if end - start > MAX_SENTENCE:
                continue
            view = SentenceView(
                doc,
                sentence,
                persons=persons.within(start, end),
                places=states.within(start, end),
                orgs=orgs.within(start, end),
                dates=when.within(start, end),
            )
            if len(paragraph.sentences) == 1:
                found_heading = heading_date(view)
            for event in read_events(view, people, heading, recent):
                keyed.append(((number, event.trigger.first), event))
                if event.people:
                    kept = tuple(p for p in recent if p not in event.people)
                    recent = (*kept, *event.people)[-_RECENT:]
            for person, found in read_nationalities(view, states.within(start, end)):
                known = nationalities.setdefault(person, [])
                known.extend(s for s in found if s not in known)
            number += 1
        heading = found_heading
    records = build_records(doc, keyed, {p: tuple(s) for p, s in nationalities.items()})
    return in_their_time(records, places, doc.published)


DETENTIONS: FactKey[Detention] = FactKey("detentions")
"""The detentions a document reports."""


def read(doc: Document) -> list[Detention]:
    """Every detention of ``doc`` (:func:`find_detentions`)."""
    return find_detentions(
        doc, doc.layer(PEOPLE).index, list(doc.layer(PLACES)), list(doc.layer(DATES))
    )
