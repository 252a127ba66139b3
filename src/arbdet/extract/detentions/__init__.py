"""Detentions: who is held by which state, since when, on what charges, and whether freed.

:func:`read` reads the sentences the gate marks for detention and release words
(``data/detentions/triggers.tsv``: "arrested", "held", "sentenced", "freed", "the release
of", custody nouns such as "in Chinese custody") with the layers the taggers added: the
people each word is about, found by the first rule of ``data/detentions/rules.tsv`` that
holds on it (passive subject, active object, apposition, "X's arrest", "who was
detained", "in exchange for X", groups such as "the two Michaels" and pronouns through
the people layer), the state that holds them (agent, institution or place), their dates
(from the date layer), charges and prison terms. A person's events then make one
:class:`~arbdet.model.Detention` per detaining state (two for someone extradited from one
state to another), with evidence for every field it supports, each piece naming the rule
that read it (``detention.passive``, ``detention.term.after``...).

Who counts: any named person the text says was arrested, held, sentenced or freed,
mentioned in passing or not, and named at least once in such a sentence (a pronoun alone
is too easily misread). Unnamed detainees ("two Canadian citizens") are left out, as are
people only accused of something, people who detain others, and people who hold an
office (a president, a minister, a spokesperson, a judge).

A state is read from the sentence (an agent, an institution, a place: see
:mod:`arbdet.extract.detentions._states`); a person whose sentences name none takes the
state of a detention told without names beside theirs, else the state that holds most of
the article's other detainees, never their only nationality. A date alone in a paragraph
("Dec. 10, 2018" in a timeline) dates the first event of the paragraph after it.

Conventions: ``start`` is the arrest or the start of the detention, never a trial or a
sentencing; ``end`` is the release or return home; ``status`` is ``RELEASED`` when the
text says the person is free, ``HELD`` when it says they are still held (or their release
is demanded, or a prison term runs past publication), else ``UNKNOWN``; a death or life
sentence has no ``sentence_years``, and ``sentence_kind`` says which it is.
"""

from __future__ import annotations

from ...model import Detention, Person, State
from ...text import Document, FactKey, Sentence
from ..cues import CUES, Family, sentences_with
from ..mentions import PlaceKind
from ..people import RoleClass, role_class
from ..places import PLACES
from ._dating import heading_date
from ._eras import in_their_time
from ._event import Event
from ._events import Group, named_next, nationals_named, read_events, unnamed_group
from ._lexicon import Syntax, triggers
from ._lists import listed
from ._nationality import read_nationalities
from ._reading import DateSlot, DocumentReading, Reading, Trigger
from ._records import build_records

__all__ = ["DETENTIONS", "FAMILY", "MAX_SENTENCE", "read"]

FAMILY = "detention"
"""The prefix of the id of every detention rule, and so of every evidence's extractor."""

MAX_SENTENCE = 3000
"""The longest sentence read, in characters; a longer one is a list or page chrome, not
prose, and reading it would cost more than its length."""

DETENTIONS: FactKey[Detention] = FactKey("detentions")
"""The detentions a document reports."""

_FORMER = "former "
_RECENT = 4  # people remembered for "both" and "all three"
_FAMILIES = (Family.DETENTION, Family.RELEASE)


def _triggers(doc: Document, whole: DocumentReading, view: Reading) -> list[Trigger]:
    """The detention words the gate found in a sentence, longest first, not overlapping.

    A word inside a person's or an organisation's name is none ("Free Russia
    Foundation"), except a custody noun ("an Indian prison" held by India).
    """
    cues = doc.layer(CUES)
    table = triggers()
    found: list[Trigger] = []
    end = view.first
    for number, cue in cues.within(view.first, view.stop):
        if cue.family not in _FAMILIES:
            continue
        first, stop = cues.tokens_of(number)
        entry = table.get(tuple(whole.lower[first:stop]))
        if (
            entry is None
            or first < end
            or whole.persons.index_at(first) >= 0
            or (whole.orgs.index_at(first) >= 0 and entry.syntax is not Syntax.CUSTODY)
        ):
            continue
        found.append(Trigger(first, stop, entry))
        end = stop
    return found


def _heading(whole: DocumentReading, sentence: Sentence) -> DateSlot | None:
    """The date that heads a sentence's paragraph in a timeline ("Dec. 10, 2018")."""
    doc = whole.doc
    if sentence.paragraph == 0:
        return None
    previous = doc.paragraphs[sentence.paragraph - 1]
    if len(previous.sentences) != 1:
        return None
    return heading_date(Reading(whole, previous.sentences[0]))


def _described(
    whole: DocumentReading, detainees: set[Person], gated: frozenset[int]
) -> list[Sentence]:
    """The other sentences that name a detainee beside a demonym ("X, the American student")."""
    doc = whole.doc
    places = doc.layer(PLACES)
    found: set[int] = set()
    for number, mention in enumerate(whole.persons.items):
        people = (mention.person,) if mention.person is not None else mention.group
        if not detainees.intersection(people):
            continue
        sentence = doc.tokens.sentence[whole.persons.first[number]]
        if sentence not in gated and sentence not in found:
            first, stop = doc.sentences[sentence].first, doc.sentences[sentence].stop
            if any(p.kind is PlaceKind.DEMONYM for _, p in places.within(first, stop)):
                found.add(sentence)
    return [doc.sentences[i] for i in sorted(found) if not doc.sentences[i].duplicate]


_UNLIKELY = frozenset({RoleClass.COUNSEL, RoleClass.RELATIVE})


def _doubtful(person: Person) -> bool:
    """Whether a role makes a person an unlikely detainee: a lawyer or a relative.

    Lawyers and relatives speak for detainees far more often than they are held, but
    some are held too ("the human rights lawyer X was arrested", "her brother, jailed
    in 2021"); a former role does not count.
    """
    current = [r for r in person.roles if not r.title.startswith(_FORMER)]
    return any(role_class(r) in _UNLIKELY for r in current)


def _nationalities(
    whole: DocumentReading, read_here: dict[Person, list[State]]
) -> dict[Person, tuple[State, ...]]:
    """Each person's nationalities: the people layer's, else those this reader found.

    The people layer reads appositions and citizenship words about the person; the
    detention sentences' own readings (:mod:`._nationality`) only fill its gaps, since
    they also see states that are no one's nationality ("a Swiss plane").
    """
    found = {person: tuple(states) for person, states in read_here.items()}
    for person in whole.index.people:
        given = whole.index.nationalities(person)
        if given:
            found[person] = given
    return found


def read(doc: Document) -> list[Detention]:
    """Every detention ``doc`` reports of a named person, one per person and detaining state.

    Reads the sentences the gate marks (:func:`arbdet.extract.cues.sentences_with`) with
    the people, places, dates and cues layers.
    """
    gated = sentences_with(doc, *_FAMILIES)
    sentences = [s for s in doc.reading() if s.index in gated and s.end - s.start <= MAX_SENTENCE]
    whole = DocumentReading(doc, sentences)
    keyed: list[tuple[tuple[int, int], Event]] = []
    nationalities: dict[Person, list[State]] = {}  # read here, where the people layer reads none
    recent: tuple[Person, ...] = ()
    group: Group | None = None  # a group told without names in the sentence before
    for sentence in sentences:
        view = Reading(whole, sentence)
        view.set_triggers(_triggers(doc, whole, view))
        heading = _heading(whole, sentence)
        events = read_events(view, heading, recent)
        named, groups = named_next(whole, sentence, events)
        events.extend(named)
        groups.extend(nationals_named(group, sentence, events))
        group = None if named else unnamed_group(sentence, events)
        for person, found in groups:
            known = nationalities.setdefault(person, [])
            known.extend(s for s in found if s not in known)
        for line, event in listed(whole, sentence, events):
            keyed.append(((line.index, line.first), event))
        for event in events:
            keyed.append(((sentence.index, event.trigger.first), event))
            if event.people:
                kept = tuple(p for p in recent if p not in event.people)
                recent = (*kept, *event.people)[-_RECENT:]
        for person, found in read_nationalities(view):
            known = nationalities.setdefault(person, [])
            known.extend(s for s in found if s not in known)
    keyed.sort(key=lambda item: item[0])
    detainees = {person for _, event in keyed if event.creates for person in event.people}
    for sentence in _described(whole, detainees, gated):
        for person, found in read_nationalities(Reading(whole, sentence)):
            known = nationalities.setdefault(person, [])
            known.extend(s for s in found if s not in known)
    doubtful = frozenset(p for p in whole.index.people if _doubtful(p))
    records = build_records(doc, keyed, _nationalities(whole, nationalities), doubtful)
    return in_their_time(records, list(doc.layer(PLACES)), doc.published)
