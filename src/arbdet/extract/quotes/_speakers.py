"""Who a phrase names as a speaker: a person, an unnamed official, a body or a state.

A phrase is a run of tokens the attribution found ("Canadian Foreign Minister Marc
Garneau", "he", "a spokesperson from the Chinese embassy", "the committee", "China").
The people layer says who is named; the head noun (``speaker_nouns.tsv``) says whether an
unnamed speaker is a person ("the official"), a body speaking for itself ("the
ministry") or a document whose issuer speaks ("the brother's statement").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TypeVar

import attrs

from ...model import Organization, Person, State
from ...text import Layer, Spanned, tokenize
from ..mentions import PersonMention, PlaceKind
from ..people import (
    RoleKind,
    is_government,
    known_state,
    office_state,
    role_kind,
    state_organ_nouns,
)
from ._context import Context
from ._lexicon import Phrases, any_of, media, speaker_nouns, words

__all__ = ["Speaker", "SpeakerResolver"]

_RECALL = 32  # organisation mentions looked back on for "the committee", "the ministry"
MAX_LABEL = 3  # words of a transcript's speaker label ("SECRETARY BLINKEN:")
COURT_REACH = 2  # tokens between a place and the court it qualifies ("Tehran 's Revolutionary")
_POSSESSIVE = frozenset({"'s", "'"})
_MODIFIED = frozenset({"organization", "person", "generic"})  # nouns a name may describe

M = TypeVar("M", bound=Spanned)


@attrs.frozen
class Speaker:
    """Who said something, as far as the text tells.

    ``party`` is a person, a body speaking for itself, or ``None`` for a speaker the text
    does not name (then ``affiliation`` holds what it says about them, such as the state
    of "a Canadian official"); ``start`` and ``end`` are the characters that name them and
    ``noun`` is an unnamed speaker's head noun ("official").
    """

    party: Person | Organization | None
    affiliation: State | Organization | None
    start: int
    end: int
    noun: str | None = None

    @property
    def key(self) -> str:
        """A key equal for the same speaker: a name, or an unnamed speaker's description."""
        if isinstance(self.party, Person):
            return "person:" + self.party.name
        if isinstance(self.party, Organization):
            return "body:" + self.party.name
        return f"unnamed:{self.noun or ''}:{self.affiliation or ''}"

    @property
    def is_person(self) -> bool:
        """Whether the speaker is a person, named or not (not a body or a state)."""
        return isinstance(self.party, Person) or self.noun is not None

    def at(self, start: int, end: int) -> Speaker:
        """The same speaker, named by the characters ``[start, end)``."""
        return attrs.evolve(self, start=start, end=end)


def _state_of(value: State | Organization | None) -> State | None:
    return value.state if isinstance(value, Organization) else value


class SpeakerResolver:
    """Resolves the phrases of one document to speakers."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._people = ctx.people
        self._affiliations: dict[Person, State | Organization | None] = {}
        self._names: dict[tuple[int, int], Speaker | None] = {}
        self._known: dict[Person, State | None] = {}
        self._titles: dict[str, list[tuple[Person, State | None]]] = {}
        for person in ctx.people.people:
            for role in person.roles:
                entry = (person, _state_of(role.affiliation))
                self._titles.setdefault(role.title.casefold(), []).append(entry)

    # ------------------------------------------------------------ small tests

    def _possessor(self, stop: int) -> bool:
        """Whether the mention ending before token ``stop`` owns what follows ("Canada's")."""
        return stop < len(self._ctx.lower) and self._ctx.lower[stop] in _POSSESSIVE

    def _modifier(self, stop: int) -> bool:
        """Whether a name ending before token ``stop`` modifies the noun after it.

        ("a Biden administration official", "the Reed family", "a Trump spokeswoman": not
        Biden, not Reed, not Trump.)
        """
        lower = self._ctx.lower
        if stop >= len(lower):
            return False
        found = speaker_nouns().at(lower, stop, len(lower))
        return lower[stop] in state_organ_nouns() or (found is not None and found[1] in _MODIFIED)

    def _complement(self, first: int, begin: int) -> bool:
        """Whether a name inside a phrase follows "of" or "for" ("the sister of Cécile")."""
        return begin > first and self._ctx.lower[begin - 1] in ("of", "for")

    def _new_person(self, first: int, mention: PersonMention) -> bool:
        """Whether an indefinite description names someone new ("one former official")."""
        if self._ctx.lower[first] not in words("indefinite") or mention.person is None:
            return False
        written = {w.casefold() for w in mention.text.split()}
        return not any(part.casefold() in written for part in mention.person.name.split())

    def person_affiliation(
        self, mention: PersonMention, person: Person, phrase: tuple[int, int] | None = None
    ) -> State | Organization | None:
        """A person's state, or the body they speak for.

        The state of an office the text gives comes first (an organ of government gives
        its state); then, for a well-known official, the gazetteer's state; then a body
        that is not an organ of government ("RFE/RL's acting president"); then, for the
        holder of an office, a state named in the words that name them (``phrase``: "New
        Zealand Prime Minister X", where "Canadian teacher X" is only a nationality);
        then, for a judge or a prosecutor, the state of the court named before them.
        """
        value = self._affiliation(person)
        if value is None and mention.role is not None:
            value = mention.role.affiliation
        body = isinstance(value, Organization) and not is_government(value)
        state = None if body else _state_of(value)
        if state is not None:
            return state
        state = self._known_state(person)
        if state is None and body:
            return value
        if state is None and phrase is not None and self._holds_office(person, phrase):
            state = self._state_in(*phrase)  # not the nationality of "Canadian teacher X"
        if (
            state is None
            and value is None
            and any(role.title.casefold() in words("judicial") for role in person.roles)
        ):
            state = self._bench_state(self._ctx.tokens.at(mention.start))
        return state if state is not None else value

    def _bench_state(self, index: int) -> State | None:
        """The state of the court named last before token ``index``.

        A court the passage describes ("A Moscow court", "Tehran's Revolutionary Court")
        has the state named just before its noun; else a court named earlier.
        """
        ctx = self._ctx
        lower = ctx.lower
        paragraph = ctx.sentence(index).paragraph
        floor = ctx.doc.paragraphs[max(0, paragraph - 1)].sentences[0].first
        courts = words("court")
        for at in range(index - 1, floor - 1, -1):
            if lower[at] not in courts or ctx.quoted(at):
                continue
            named = ctx.orgs.at(at)
            if named is not None:  # "the International Court of Justice" is no state's
                return named.organization.state
            place = self._place_before(at)
            if place is not None:
                return place
        for org_mention in _named_before(ctx.orgs, index):
            org = org_mention.organization
            if org.state is not None and not courts.isdisjoint(org.name.casefold().split()):
                return org.state
        return None

    def _holds_office(self, person: Person, phrase: tuple[int, int]) -> bool:
        """Whether a person holds an office, whose state a state before their name gives.

        A title the vocabulary does not know may be one, and so may a title the words
        that name them hold ("A spokesman for the Iranian judiciary, X"); an occupation
        ("Canadian teacher X") or no title at all ("Canadian X") is not.
        """
        if not person.roles:
            return self._head_noun(*phrase) is not None
        return any(
            role_kind(role) not in (RoleKind.OCCUPATION, RoleKind.NATIONALITY, RoleKind.RESIDENCE)
            for role in person.roles
        )

    def _affiliation(self, person: Person) -> State | Organization | None:
        if person not in self._affiliations:
            self._affiliations[person] = self._people.affiliation(person)
        return self._affiliations[person]

    def _known_state(self, person: Person) -> State | None:
        if person not in self._known:
            self._known[person] = known_state(person, self._ctx.doc.published)
        return self._known[person]

    def _state_before(self, first: int) -> State | None:
        """The state named last before token ``first`` in its paragraph or the one before."""
        ctx = self._ctx
        paragraph = ctx.sentence(first).paragraph
        floor = ctx.doc.paragraphs[max(0, paragraph - 1)].start
        places = ctx.places
        number = bisect_left(places.first, first) - 1
        while number >= 0 and places.items[number].start >= floor:
            if not ctx.quoted(places.first[number]):
                return places.items[number].states[0]
            number -= 1
        return None

    def _place_before(self, index: int) -> State | None:
        """The state of a place that qualifies the noun at token ``index`` ("A Moscow court").

        The place ends at most ``COURT_REACH`` tokens before it ("Tehran's Revolutionary").
        """
        places = self._ctx.places
        number = bisect_left(places.first, index) - 1
        if number >= 0 and index - places.stop[number] <= COURT_REACH:
            return places.items[number].states[0]
        return None

    def _state_in(self, first: int, stop: int) -> State | None:
        for _, place in self._ctx.places.within(first, stop):
            return place.states[0]
        return None

    # ------------------------------------------------------------ resolution

    def resolve(self, first: int, stop: int, recent: Sequence[Speaker]) -> Speaker | None:
        """The speaker tokens ``[first, stop)`` name, or ``None`` if they name nobody.

        ``recent`` holds the speakers found before, most recent last: descriptions ("the
        official", "the committee") refer back to them.
        """
        text = self._ctx.tokens.text
        while first < stop and not text[first][:1].isalnum():
            first += 1
        while stop > first and not text[stop - 1][:1].isalnum() and text[stop - 1] != ".":
            stop -= 1
        if first >= stop:
            return None
        named = self._named(first, stop) or self._labelled(first, stop)
        if named is not None:
            return named
        head = self._head_noun(first, stop)
        if head is not None:
            found = self._described(first, stop, head, recent)
            if found is not None:
                return found
        return self._body_or_state(first, stop)

    def _named(self, first: int, stop: int) -> Speaker | None:
        """The person a phrase names, past possessors, modifiers and complements."""
        key = (first, stop)
        if key not in self._names:
            self._names[key] = self._name_in(first, stop)
        return self._names[key]

    def _name_in(self, first: int, stop: int) -> Speaker | None:
        persons = self._ctx.persons
        pronouns = any_of("pronoun", "possessive", "object")
        candidates = [
            mention
            for number, mention in persons.within(first, stop)
            if mention.person is not None
            and persons.stop[number] <= stop
            and mention.text.casefold() not in pronouns
            and not self._possessor(persons.stop[number])
            and not self._complement(first, persons.first[number])
            and not self._modifier(persons.stop[number])
            and not self._new_person(first, mention)
        ]
        if not candidates:
            return None
        # a name before a bare role: "The press secretary of the President Dmitry Peskov"
        chosen = next((m for m in candidates if _names(m)), candidates[0])
        assert chosen.person is not None
        # a state written before the name may be its office's ("New Zealand Prime Minister
        # X", and "Prime Minister X of Japan"); one further on belongs to what the sentence
        # goes on to say
        end = self._ctx.tokens.at(chosen.end)
        if end + 1 < stop and self._ctx.lower[end] == "of":
            end += 2
        # a body that owns the title ("Amnesty International's Iran researcher X") employs
        # them, whatever state the title names; an organ of a state gives way to the office
        employer = self._employer(first, self._ctx.tokens.at(chosen.start))
        affiliation: State | Organization | None = None
        if isinstance(employer, Organization) and not is_government(employer):
            affiliation = employer
        if affiliation is None:
            affiliation = self.person_affiliation(chosen, chosen.person, (first, end))
        return Speaker(chosen.person, affiliation or employer, chosen.start, chosen.end)

    def _labelled(self, first: int, stop: int) -> Speaker | None:
        """The person a transcript's label in capitals names ("BLINKEN:").

        The label's words are the name of a person the text names, or a title and their
        surname ("SECRETARY BLINKEN:"); a full name the text does not write otherwise
        ("YAFFA LEVI:", after "Noa Levi") is a person of its own.
        """
        text = self._ctx.tokens.text
        if stop - first > MAX_LABEL or not all(
            text[i].isalpha() and text[i].isupper() and len(text[i]) > 1 for i in range(first, stop)
        ):
            return None
        people = self._people
        name = " ".join(text[i].title() for i in range(first, stop))
        person = people.resolve(name)
        if person is None and self._titles_only(first, stop - 1):  # "SECRETARY BLINKEN"
            person = people.resolve(text[stop - 1].title())
        elif person is None:
            person = Person(name)
        if person is None:
            return None
        start, end = self._ctx.span(first, stop)
        return Speaker(person, self._affiliation(person) or self._known_state(person), start, end)

    def _titles_only(self, first: int, stop: int) -> bool:
        """Whether tokens ``[first, stop)`` are titles, no given name ("PRIME MINISTER")."""
        lower = self._ctx.lower
        nouns = speaker_nouns()
        return all(
            lower[i] in words("title_word") or nouns.at(lower, i, i + 1) is not None
            for i in range(first, stop)
        )

    def _employer(self, first: int, name: int) -> State | Organization | None:
        """The body a possessive before a name makes its employer.

        ("The newspaper's publisher X" works for the newspaper named before; a person's
        relative or aide has no employer this way.)
        """
        lower = self._ctx.lower
        for index in range(name - 1, first - 1, -1):
            if lower[index] in _POSSESSIVE:
                body = self.resolve(first, index, ()) if index > first else None
                owner = self._ctx.orgs.ending(index)
                if body is None and owner is not None:  # "Amnesty International's researcher"
                    return owner.organization
                if body is not None and not body.is_person:
                    return body.affiliation
                return None
        return None

    def _described(
        self, first: int, stop: int, head: tuple[int, int, str], recent: Sequence[Speaker]
    ) -> Speaker | None:
        noun_first, noun_stop, kind = head
        noun = " ".join(self._ctx.lower[noun_first:noun_stop])
        if kind in ("person", "generic"):
            named = None if kind == "generic" else self._by_title(first, noun_stop)
            if named is not None and self._unnamed_since(named, noun, first, recent):
                named = None  # "A Chinese spokesperson said ... . "...," the spokesperson said"
            return named or self._unnamed(first, stop, noun, recent)
        if kind == "document":
            return self._issuer(first, noun_first, recent) or self._issued_by(
                noun_stop, stop, recent
            )
        if kind == "outlet":
            outlet = self._outlet(first, stop, noun, recent)
            if outlet is not None:
                return outlet
        return self._organization(first, stop, noun_stop, noun, recent)

    def _unnamed_since(
        self, named: Speaker, noun: str, first: int, recent: Sequence[Speaker]
    ) -> bool:
        """Whether an unnamed speaker of this noun spoke since the named one was last named."""
        unnamed = next((s for s in reversed(recent) if s.party is None and s.noun == noun), None)
        if unnamed is None:
            return False
        persons = self._ctx.persons
        last = next((m.start for m in _named_before(persons, first) if m.person == named.party), -1)
        return unnamed.start > last

    def _outlet(
        self, first: int, stop: int, noun: str, recent: Sequence[Speaker]
    ) -> Speaker | None:
        """The news outlet "the newspaper" or "the Journal" is: the one named last.

        One whose name holds the noun comes first ("the Journal" is The Wall Street
        Journal, though the Washington Post spoke after it).
        """
        ctx = self._ctx
        start, end = ctx.span(first, stop)
        names = media()
        outlets = [
            speaker.party
            for speaker in reversed(recent)
            if isinstance(speaker.party, Organization) and _is_outlet(names, speaker.party.name)
        ]
        outlets.extend(
            mention.organization
            for mention in _named_before(ctx.orgs, first)
            if _is_outlet(names, mention.organization.name)
        )
        if not outlets:
            return None
        org = next((o for o in outlets if noun in o.name.casefold().split()), outlets[0])
        return Speaker(org, org, start, end)

    def _body_or_state(self, first: int, stop: int) -> Speaker | None:
        ctx = self._ctx
        for number, org_mention in ctx.orgs.within(first, stop):
            if not self._possessor(ctx.orgs.stop[number]):
                org = org_mention.organization
                return Speaker(org, org, org_mention.start, org_mention.end)
        for _, place in ctx.places.within(first, stop):
            if place.kind is not PlaceKind.DEMONYM:
                return Speaker(None, place.states[0], place.start, place.end)
        return None

    def _head_noun(self, first: int, stop: int) -> tuple[int, int, str] | None:
        """The head noun of a phrase: its last speaker noun before a preposition or a comma."""
        lower = self._ctx.lower
        cut_words = any_of("preposition", "relative")
        cut = stop
        for index in range(first + 1, stop):
            if lower[index] in cut_words or lower[index] == ",":
                cut = index
                break
        nouns = speaker_nouns()
        found: tuple[int, int, str] | None = None
        index = first
        while index < cut:
            hit = nouns.at(lower, index, cut)
            if hit is not None:
                found = (index, hit[0], hit[1])
                index = hit[0]
            else:
                index += 1
        return found

    def _issuer(self, first: int, noun_first: int, recent: Sequence[Speaker]) -> Speaker | None:
        """Who issued a document: "the brother's statement", "the Bureau of Prisons website".

        The person or body named right before the possessive, else whoever the words
        before the noun name.
        """
        ctx = self._ctx
        stop = noun_first
        if stop > first and ctx.lower[stop - 1] in _POSSESSIVE:
            stop -= 1
            owner = ctx.persons.ending(stop)
            if owner is not None and owner.person is not None:
                affiliation = self.person_affiliation(owner, owner.person)
                return Speaker(owner.person, affiliation, owner.start, owner.end)
        return self.resolve(first, stop, recent) if stop > first else None

    def _issued_by(self, noun_stop: int, stop: int, recent: Sequence[Speaker]) -> Speaker | None:
        """Who issued a document named after it: "a statement from the family of X"."""
        if noun_stop + 1 >= stop or self._ctx.lower[noun_stop] not in words("issuer"):
            return None
        return self.resolve(noun_stop + 1, stop, recent)

    def _by_title(self, first: int, noun_stop: int) -> Speaker | None:
        """The one named person a definite description's title fits ("the foreign minister")."""
        ctx = self._ctx
        lower = ctx.lower
        determiners = words("determiner")
        marks = [i for i in range(first, noun_stop) if lower[i] in determiners or lower[i] == "'s"]
        if not marks:
            return None
        title = " ".join(
            lower[i] for i in range(marks[-1] + 1, noun_stop) if ctx.places.index_at(i) < 0
        )
        if not title:
            return None
        states = {s for _, p in ctx.places.within(first, noun_stop) for s in p.states}
        matches = {
            person.name: person
            for person, role_state in self._titles.get(title, ())
            if not states or role_state in states
        }
        if not matches:  # named elsewhere without the title: the gazetteer knows the office
            when = ctx.doc.published
            for person in self._people.people:
                held = office_state(person, title, when)
                if held is not None and (not states or held in states):
                    matches[person.name] = person
        if len(matches) != 1:
            return None
        person = next(iter(matches.values()))
        value = self._affiliation(person)
        state = _state_of(value) or self._known_state(person)
        start, end = ctx.span(first, noun_stop)
        return Speaker(person, state or value, start, end)

    def _unnamed(self, first: int, stop: int, noun: str, recent: Sequence[Speaker]) -> Speaker:
        """An unnamed person ("a Canadian official") and the state their description gives.

        A person described by a body that is not an organ of government ("a historian at
        the Allied Museum", "an editor of the Post") speaks for that body; one described
        by a person ("the Prime Minister's spokesman") for that person's state.
        """
        affiliation: State | Organization | None = self._own_body(first, stop)
        if affiliation is None:
            affiliation = self._state_in(first, stop)
        if affiliation is None:
            affiliation = self._described_by_person(first, stop)
        if affiliation is None:
            for _, org_mention in self._ctx.orgs.within(first, stop):
                affiliation = org_mention.organization.state
                if affiliation is not None:
                    break
        if affiliation is None:
            affiliation = self._organ_named_before(first, stop)
        if affiliation is None and not words("executive").isdisjoint(self._ctx.lower[first:stop]):
            affiliation = self._leader_state(first)
        if affiliation is None:
            for speaker in reversed(recent):
                if speaker.noun == noun and speaker.party is None:
                    affiliation = speaker.affiliation
                    break
        start, end = self._ctx.span(first, stop)
        return Speaker(None, affiliation, start, end, noun)

    def _leader_state(self, first: int) -> State | None:
        """The state of the head of state or government named last before token ``first``."""
        leaders = words("leader")
        persons = self._ctx.persons
        for mention in _named_before(persons, first):
            person = mention.person
            if person is not None and any(role.title in leaders for role in person.roles):
                found = self.person_affiliation(mention, person)
                if isinstance(found, State):
                    return found
        return None

    def _described_by_person(self, first: int, stop: int) -> State | Organization | None:
        """The state of the person a description names ("a Biden administration official")."""
        persons = self._ctx.persons
        for number, mention in persons.within(first, stop):
            if mention.role is not None and mention.role.affiliation is not None:
                return _state_of(mention.role.affiliation) or mention.role.affiliation
            end = persons.stop[number]
            if mention.person is not None and (
                self._modifier(end)
                or self._possessor(end)
                or self._complement(first, persons.first[number])
            ):
                leader = self.person_affiliation(mention, mention.person)
                return leader if isinstance(leader, State) else None
        return None

    def _own_body(self, first: int, stop: int) -> Organization | None:
        """The first body in a description that is not an organ of government, if any."""
        orgs = self._ctx.orgs
        for number, org_mention in orgs.within(first, stop):
            org = org_mention.organization
            if not is_government(org) and not self._possessor(orgs.stop[number]):
                return org
        return None

    def _organ_named_before(self, first: int, stop: int) -> State | None:
        """The state of the organ a description names without one ("a ministry spokesperson").

        It is the organ of that kind named last before the description ("China's foreign
        ministry said ... . "...," a ministry spokesperson said"); a judge or a prosecutor
        belongs to the court or prosecution named last ("a Russian court ... the judge").
        """
        written = set(self._ctx.lower[first:stop])
        wanted = written & state_organ_nouns()
        if written & words("judicial"):
            wanted |= words("judicial")
        if not wanted:
            return None
        orgs = self._ctx.orgs
        for org_mention in _named_before(orgs, first):
            org = org_mention.organization
            if org.state is not None and wanted & {w.casefold() for w in org.name.split()}:
                return org.state
        return None

    def _organization(
        self, first: int, stop: int, noun_stop: int, noun: str, recent: Sequence[Speaker]
    ) -> Speaker | None:
        """A body speaking for itself: a mention in the phrase, or one named before.

        Failing both, the body the phrase describes, by its words up to the head noun; an
        organ or a state-run body that a state describes is that state speaking ("a Russian
        court", "Iranian state TV").
        """
        ctx = self._ctx
        for number, org_mention in ctx.orgs.within(first, stop):
            if not self._possessor(ctx.orgs.stop[number]):
                org = org_mention.organization
                return Speaker(org, org, org_mention.start, org_mention.end)
        start, end = ctx.span(first, stop)
        for speaker in reversed(recent):
            party = speaker.party
            if isinstance(party, Organization) and noun in party.name.casefold():
                return speaker.at(start, end)
        for org_mention in _named_before(ctx.orgs, first):
            if noun in org_mention.organization.name.casefold():
                org = org_mention.organization
                return Speaker(org, org, start, end)
        index = first
        while index < noun_stop and (
            ctx.lower[index] in words("determiner") or ctx.lower[index] in words("article")
        ):
            index += 1
        if index >= noun_stop:
            return None
        state = self._state_in(first, stop)
        state_run = any(w in words("state_run") for w in ctx.lower[first:stop])
        if state is None and state_run:
            state = self._state_before(first)  # "State television" in a story from Iran
        if state is not None and (noun in state_organ_nouns() or state_run):
            return Speaker(None, state, start, end)  # "a Russian court", "Iranian state TV"
        name = ctx.doc.source_text(*ctx.span(index, noun_stop))
        org = Organization(name, state)
        return Speaker(org, org, start, end)

    # ------------------------------------------------------------ agreement

    def agrees(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether "he" or "she" can refer to a speaker: no gender the text shows says not.

        An unnamed speaker's noun may show one ("his son", "a spokeswoman").
        """
        if isinstance(speaker.party, Person):
            return self.gender_fits(speaker.party, pronoun)
        noun = speaker.noun or ""
        return noun not in words("female" if pronoun == "he" else "male")

    def gender_fits(self, person: Person, pronoun: str) -> bool:
        """Whether the gender the text shows for ``person`` fits "he" or "she"."""
        gender = self._people.gender(person)
        return gender is None or gender == ("m" if pronoun == "he" else "f")


def _is_outlet(names: Phrases[str], name: str) -> bool:
    """Whether a body's name is a news outlet's ("Global Times", "The Washington Post")."""
    words_of = tuple(w.lower() for w in tokenize(name))
    return bool(words_of) and names.at(words_of, 0, len(words_of)) is not None


def _named_before(layer: Layer[M], first: int) -> Iterator[M]:
    """The mentions of a layer that begin before token ``first``, the nearest first."""
    end = bisect_left(layer.first, first)
    for number in range(end - 1, max(-1, end - 1 - _RECALL), -1):
        yield layer.items[number]


def _names(mention: PersonMention) -> bool:
    """Whether a mention gives its person's name, not only a role ("the press secretary")."""
    if mention.person is None:
        return False
    name = {word.casefold() for word in mention.person.name.split()}
    return any(word.strip(".,'").casefold() in name for word in mention.text.split())
