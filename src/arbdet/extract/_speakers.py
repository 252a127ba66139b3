"""Who a stretch of text names as a speaker: a person, an unnamed official, a body or a state.

A stretch is a noun phrase found by :mod:`._attribution` ("Canadian Foreign Minister Marc
Garneau", "he", "a spokesperson from the Chinese embassy", "the committee", "China").
The people layer's mentions say who is named; the head noun says whether an unnamed
speaker is a person ("the official") or a body speaking for itself ("the committee").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..model import Organization, Person, State
from ..text import Document
from ._quote_lexicon import function_words, phrase_pattern, speaker_nouns
from .mentions import OrganizationMention, PersonMention, PlaceKind, PlaceMention
from .people import PeopleIndex, is_government, known_state, state_organ_nouns
from .places import demonym_states, state_for

__all__ = ["Speaker", "SpeakerResolver"]

_RECALL = 32  # organisation mentions looked back on for "the committee"
_NEXT_WORD = 24  # characters after a name read for the word that follows it
_INDEFINITE = frozenset({"a", "an", "one", "another"})


@attrs.frozen
class Speaker:
    """Who said something, as far as the text tells.

    ``party`` is a person, a body speaking for itself, or ``None`` for a speaker the text
    does not name (then ``affiliation`` holds what it says about them, such as the state
    of "a Canadian official"); ``start`` and ``end`` cover the words that name them and
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


def _names_state(word: str) -> bool:
    """Whether a word is a state's name or demonym ("Canadian", "China")."""
    return bool(demonym_states(word) or state_for(word))


def _state_of(value: State | Organization | None) -> State | None:
    if isinstance(value, Organization):
        return value.state
    return value


class SpeakerResolver:
    """Resolves noun phrases of one document to speakers."""

    def __init__(self, doc: Document, people: PeopleIndex, places: Sequence[PlaceMention]):
        self._doc = doc
        self._people = people
        self._persons = sorted(people.mentions, key=lambda m: (m.start, m.end))
        self._person_starts = [m.start for m in self._persons]
        self._orgs = sorted(people.organizations, key=lambda m: (m.start, m.end))
        self._org_starts = [m.start for m in self._orgs]
        self._places = [p for p in places if p.states]
        self._place_starts = [p.start for p in self._places]
        self._titles: dict[str, list[tuple[Person, State | None]]] = {}
        for person in people.people:
            for role in person.roles:
                entry = (person, _state_of(role.affiliation))
                self._titles.setdefault(role.title.casefold(), []).append(entry)

    # ------------------------------------------------------------ look-ups

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        """The people layer's mentions that lie within ``[start, end)``."""
        first = bisect.bisect_left(self._person_starts, start)
        last = bisect.bisect_left(self._person_starts, end)
        return [m for m in self._persons[first:last] if m.end <= end]

    def orgs_in(self, start: int, end: int) -> list[OrganizationMention]:
        """The organisation mentions that lie within ``[start, end)``."""
        first = bisect.bisect_left(self._org_starts, start)
        last = bisect.bisect_left(self._org_starts, end)
        return [m for m in self._orgs[first:last] if m.end <= end]

    def states_in(self, start: int, end: int) -> list[PlaceMention]:
        """The place mentions that lie within ``[start, end)``."""
        first = bisect.bisect_left(self._place_starts, start)
        last = bisect.bisect_left(self._place_starts, end)
        return [m for m in self._places[first:last] if m.end <= end]

    def _modifier(self, end: int) -> bool:
        """Whether a name ending at ``end`` modifies what follows it.

        ("a Biden administration official", "the Reed family": not Biden, not Reed.)
        """
        following = self._doc.text[end : end + _NEXT_WORD].split()
        if not following:
            return False
        word = following[0].strip(",.;:").casefold()
        return word in state_organ_nouns() or speaker_nouns().get(word) == "organization"

    def _new_person(self, start: int, mention: PersonMention) -> bool:
        """Whether an indefinite description names someone new ("one former official").

        The people layer may link a role alone to a named holder of it; after "a" or
        "one" the phrase introduces someone else.
        """
        first = self._doc.text[start : mention.end].split()[:1]
        if not first or first[0].casefold() not in _INDEFINITE or mention.person is None:
            return False
        written = {w.casefold() for w in mention.text.split()}
        return not any(part.casefold() in written for part in mention.person.name.split())

    def _complement(self, phrase_start: int, start: int) -> bool:
        """Whether a name inside a phrase follows "of" or "for" ("the sister of Cécile")."""
        before = self._doc.text[phrase_start:start].split()
        return bool(before) and before[-1].casefold() in ("of", "for")

    def _possessor(self, end: int) -> bool:
        """Whether the mention ending at ``end`` owns what follows ("Canada's minister")."""
        return self._doc.text.startswith("'", end)

    def person_affiliation(
        self, mention: PersonMention, person: Person, phrase: tuple[int, int] | None = None
    ) -> State | Organization | None:
        """A person's state, or the body they speak for.

        The state of an office the text gives comes first (an organ of government gives
        its state); then, for a well-known official, the gazetteer's state (a former
        minister who now heads a rights centre still speaks as his state's); then a body
        that is not an organ of government ("RFE/RL's acting president"); then a state
        named in the words that name them (``phrase``: "New Zealand Prime Minister X").
        """
        value = self._people.affiliation(person)
        if value is None and mention.role is not None:
            value = mention.role.affiliation
        body = isinstance(value, Organization) and not is_government(value)
        state = None if body else _state_of(value)
        if state is not None:
            return state
        state = known_state(person, self._doc.published)
        if state is None and body:
            return value
        if state is None and phrase is not None:
            states = self.states_in(*phrase)
            state = states[0].states[0] if states else None
        return state if state is not None else value

    # ------------------------------------------------------------ resolution

    def resolve(self, start: int, end: int, recent: Sequence[Speaker]) -> Speaker | None:
        """The speaker the words ``[start, end)`` name, or ``None`` if they name nobody.

        ``recent`` holds the speakers found before, most recent last: pronouns and
        descriptions ("the official", "the committee") refer back to them.
        """
        text = self._doc.text
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
            end -= 1
        if start >= end:
            return None
        pronouns = function_words("pronoun") | function_words("possessive")
        words = text[start:end].split()
        if len(words) == 1 and words[0].casefold() in pronouns:
            return self._pronoun(start, end, words[0].casefold(), recent)
        candidates = [
            mention
            for mention in self.persons_in(start, end)
            if mention.person is not None
            and mention.text.casefold() not in pronouns
            and not self._possessor(mention.end)
            and not self._complement(start, mention.start)
            and not self._modifier(mention.end)
            and not self._new_person(start, mention)
        ]
        # a name before a bare role: "The press secretary of the President Dmitry Peskov"
        chosen = next((m for m in candidates if _names(m)), candidates[0] if candidates else None)
        if chosen is not None and chosen.person is not None:
            affiliation = self.person_affiliation(chosen, chosen.person, (start, end))
            return Speaker(chosen.person, affiliation, chosen.start, chosen.end)
        head = self._head_noun(start, end)
        if head is not None:
            noun_end, noun, kind = head
            if kind in ("person", "generic"):
                named = None if kind == "generic" else self._by_title(start, end, noun_end)
                return named or self._unnamed((start, end), noun, recent)
            body = self._organization((start, end), noun_end, noun, recent)
            if body is not None:
                return body
        for org_mention in self.orgs_in(start, end):
            if not self._possessor(org_mention.end):
                org = org_mention.organization
                return Speaker(org, org, org_mention.start, org_mention.end)
        for place in self.states_in(start, end):
            if place.kind is not PlaceKind.DEMONYM:
                return Speaker(None, place.states[0], place.start, place.end)
        return None

    def _pronoun(
        self, start: int, end: int, word: str, recent: Sequence[Speaker]
    ) -> Speaker | None:
        for mention in self.persons_in(start, end):
            if mention.person is not None:
                person = mention.person
                return Speaker(person, self.person_affiliation(mention, person), start, end)
        if word in ("i", "we"):
            return None
        for speaker in reversed(recent):
            person_like = speaker.is_person
            if word in ("he", "she") and person_like and self.agrees(speaker, word):
                return attrs.evolve(speaker, start=start, end=end)
            if word == "it" and not person_like:
                return attrs.evolve(speaker, start=start, end=end)
            if word == "they" and not isinstance(speaker.party, Person):  # never one person
                return attrs.evolve(speaker, start=start, end=end)
        return None

    def agrees(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether "he" or "she" can refer to a speaker: no gender the text shows says not."""
        if not isinstance(speaker.party, Person):
            return True
        gender = self._people.gender(speaker.party)
        return gender is None or gender == ("m" if pronoun == "he" else "f")

    def _head_noun(self, start: int, end: int) -> tuple[int, str, str] | None:
        """The head noun of the phrase: the last speaker noun before its first preposition."""
        text = self._doc.text
        nouns = speaker_nouns()
        found = [
            (m.start(), m.end(), " ".join(m.group(0).casefold().split()))
            for m in phrase_pattern("speaker_nouns").finditer(text, start, end)
        ]
        found = [f for f in found if f[2] in nouns]
        if not found:
            return None
        prepositions = function_words("preposition") | {"which", "who"}
        cut = end
        position = start
        for word in text[start:end].split(" "):
            if word.casefold() in prepositions and position > start:
                cut = position
                break
            if word.endswith(","):  # "X, which often reflects ...": the head is in X
                cut = position + len(word)
                break
            position += len(word) + 1
        before = [f for f in found if f[1] <= cut]
        if not before:
            return None
        _, noun_end, noun = before[-1]
        return noun_end, noun, nouns[noun]

    def _unnamed(self, phrase: tuple[int, int], noun: str, recent: Sequence[Speaker]) -> Speaker:
        """An unnamed person ("a Canadian official") and the state the description gives.

        A person described by a body that is not an organ of government ("a historian at
        the Allied Museum in Berlin", "an editor of the Post") speaks for that body.
        """
        start, end = phrase
        affiliation: State | Organization | None = self._own_body(start, end)
        states = self.states_in(start, end)
        if affiliation is None and states:
            affiliation = states[0].states[0]
        elif affiliation is None:
            for mention in self.persons_in(start, end):
                if mention.role is not None and mention.role.affiliation is not None:
                    affiliation = _state_of(mention.role.affiliation) or mention.role.affiliation
                    break
                if mention.person is not None and (
                    self._modifier(mention.end) or self._complement(start, mention.start)
                ):  # "a Biden administration official", "the press service of Lukashenko"
                    leader = self.person_affiliation(mention, mention.person)
                    affiliation = leader if isinstance(leader, State) else None
                    break
            else:
                for org_mention in self.orgs_in(start, end):
                    affiliation = org_mention.organization.state
                    if affiliation is not None:
                        break
        if affiliation is None:
            affiliation = self._organ_named_before(start, end)
        if affiliation is None:
            for speaker in reversed(recent):
                if speaker.noun == noun and speaker.party is None:
                    affiliation = speaker.affiliation
                    break
        return Speaker(None, affiliation, start, end, noun)

    def _own_body(self, start: int, end: int) -> Organization | None:
        """The first body in a description that is not an organ of government, if any."""
        for org_mention in self.orgs_in(start, end):
            org = org_mention.organization
            if not is_government(org) and not self._possessor(org_mention.end):
                return org
        return None

    def _organ_named_before(self, start: int, end: int) -> State | None:
        """The state of the organ a description names without one ("a ministry spokesperson").

        It is the organ of that kind named last before the description ("China's foreign
        ministry said ... . "...," a ministry spokesperson said").
        """
        nouns = state_organ_nouns()
        words = {w.strip(",.;:'").casefold() for w in self._doc.text[start:end].split()}
        wanted = words & nouns
        if not wanted:
            return None
        first = bisect.bisect_left(self._org_starts, start)
        for org_mention in reversed(self._orgs[max(0, first - _RECALL) : first]):
            org = org_mention.organization
            if org.state is not None and wanted & {w.casefold() for w in org.name.split()}:
                return org.state
        return None

    def _by_title(self, start: int, end: int, noun_end: int) -> Speaker | None:
        """The one named person a definite description's title fits ("the foreign minister")."""
        words = self._doc.text[start:noun_end].split()
        determiners = function_words("determiner")
        marks = [i for i, w in enumerate(words) if w.casefold() in determiners or w.endswith("'s")]
        if not marks:
            return None
        title = " ".join(
            w.casefold() for w in words[marks[-1] + 1 :] if not _names_state(w.strip(",.;:"))
        )
        if not title:
            return None
        states = {s for p in self.states_in(start, end) for s in p.states}
        matches = {
            person.name: person
            for person, role_state in self._titles.get(title, ())
            if not states or role_state in states
        }
        if len(matches) != 1:
            return None
        person = next(iter(matches.values()))
        value = self._people.affiliation(person)
        state = _state_of(value) or known_state(person, self._doc.published)
        return Speaker(person, state or value, start, end)

    def _organization(
        self, phrase: tuple[int, int], noun_end: int, noun: str, recent: Sequence[Speaker]
    ) -> Speaker | None:
        """A body speaking for itself: a mention in the phrase, or one named before.

        Failing both, the body the phrase describes, by its words up to the head noun
        ("the U.K. Parliament's foreign-affairs committee").
        """
        start, end = phrase
        for org_mention in self.orgs_in(start, end):
            if not self._possessor(org_mention.end):
                org = org_mention.organization
                return Speaker(org, org, org_mention.start, org_mention.end)
        for speaker in reversed(recent):
            party = speaker.party
            if isinstance(party, Organization) and noun in party.name.casefold():
                return attrs.evolve(speaker, start=start, end=end)
        first = bisect.bisect_left(self._org_starts, start)
        for org_mention in reversed(self._orgs[max(0, first - _RECALL) : first]):
            if noun in org_mention.organization.name.casefold():
                org = org_mention.organization
                return Speaker(org, org, start, end)
        words = self._doc.text[start:noun_end].split()
        while words and words[0].casefold() in function_words("determiner") | {"a", "an"}:
            words.pop(0)
        if not words:
            return None
        states = self.states_in(start, end)
        org = Organization(" ".join(words), states[0].states[0] if states else None)
        return Speaker(org, org, start, end)


def _names(mention: PersonMention) -> bool:
    """Whether a mention gives its person's name, not only a role ("the press secretary")."""
    if mention.person is None:
        return False
    name = {word.casefold() for word in mention.person.name.split()}
    return any(word.strip(".,'").casefold() in name for word in mention.text.split())
