"""Who can claim or deny a link, and whom each speaks for.

A party is a state ("Canada", "Beijing"), a state's organ ("Chinese officials", "Iranian
state media", "the Chinese" as a people), a body ("Amnesty International", "Russia's
Foreign Ministry") or a person. A current official speaks for their state; a former
official, and anyone else, for themselves. A quotation speaks for its speaker.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import attrs

from ...model import Organization, Party, Person, State, Statement
from ...text import Document, Layer, Sentence
from ..mentions import PlaceKind, PlaceMention
from ..people import PeopleLayer, known_state
from ._words import phrases, words

__all__ = ["Claimant", "Parties"]

_OVERLAPPING = 4  # statements that may begin before an offset and still hold it


@attrs.frozen
class Claimant:
    """A party named at ``[start, end)`` of a document's text."""

    start: int
    end: int
    party: Party


def organization_party(organization: Organization) -> Party:
    """A body speaks for its state when it has one ("Russia's Foreign Ministry")."""
    return organization.state if organization.state is not None else organization


class Parties:
    """The parties of one document: who each mention speaks for, and who said each quotation."""

    def __init__(
        self,
        doc: Document,
        people: PeopleLayer,
        places: Layer[PlaceMention],
        statements: Sequence[Statement],
    ) -> None:
        self.doc = doc
        self.people = people
        self.places = places
        self.statements = statements
        self._organization_starts = [o.start for o in people.index.organizations]
        self._parties: dict[Person, Party] = {}
        self._affiliations: dict[Person, State | Organization | None] = {}

    def party_of(self, person: Person) -> Party:
        """A current official speaks for their state; anyone else for themselves.

        The state is the one the text gives the office, or else the gazetteer of officials'.
        """
        party = self._parties.get(person)
        if party is None:
            affiliation = self.affiliation(person)
            if isinstance(affiliation, Organization):
                affiliation = affiliation.state
            if affiliation is None:
                affiliation = known_state(person, self.doc.published)
            former = any(_former(r.title) for r in person.roles)
            party = affiliation if isinstance(affiliation, State) and not former else person
            self._parties[person] = party
        return party

    def affiliation(self, person: Person) -> State | Organization | None:
        """The state or body ``person`` acts for."""
        if person not in self._affiliations:
            self._affiliations[person] = self.people.index.affiliation(person)
        return self._affiliations[person]

    # ------------------------------------------------------------ claimants

    def _government_after(self, stop: int, sentence: Sentence) -> int | None:
        """The end of a noun of government right after token ``stop`` ("officials")."""
        lower = self.doc.tokens.lower
        if stop < sentence.stop and lower[stop] == "'s":
            stop += 1  # "Venezuela's government"
        for phrase in _governments().get(lower[stop] if stop < sentence.stop else "", ()):
            end = stop + len(phrase)
            if end <= sentence.stop and tuple(lower[stop:end]) == phrase:
                return end
        return None

    def _state_claimant(
        self, number: int, place: PlaceMention, sentence: Sentence
    ) -> Claimant | None:
        """A place mention that names a claiming state, with the noun of government after it.

        A demonym claims only as a state's organ ("Chinese officials") or as a people
        ("the Chinese deny"), never as an adjective ("a Chinese court").
        """
        if len(place.states) != 1:
            return None
        tokens = self.doc.tokens
        first, stop = self.places.tokens_of(number)
        government = self._government_after(stop, sentence)
        end = place.end if government is None else tokens.end[government - 1]
        if place.kind is PlaceKind.DEMONYM and government is None:
            as_people = (
                first > sentence.first
                and tokens.lower[first - 1] == "the"
                and (stop >= sentence.stop or not tokens.text[stop][:1].isupper())
            )
            if not as_people:
                return None
        return Claimant(place.start, end, place.states[0])

    def claimants(self, sentences: Iterable[Sentence]) -> list[Claimant]:
        """Every party named in ``sentences``."""
        found: list[Claimant] = []
        organizations = self.people.index.organizations
        for sentence in sentences:
            for number, place in self.places.within(sentence.first, sentence.stop):
                claimant = self._state_claimant(number, place, sentence)
                if claimant is not None:
                    found.append(claimant)
            for _, mention in self.people.within(sentence.first, sentence.stop):
                if mention.person is not None:
                    party = self.party_of(mention.person)
                    found.append(Claimant(mention.start, mention.end, party))
            at = bisect_left(self._organization_starts, sentence.start)
            while at < len(organizations) and organizations[at].start < sentence.end:
                body = organizations[at]
                found.append(Claimant(body.start, body.end, organization_party(body.organization)))
                at += 1
        return found

    # ------------------------------------------------------------ quotations

    @functools.cached_property
    def _quoted(self) -> list[tuple[int, int, Party]]:
        """Where each statement's words stand in the document's text, and who said them.

        In order of where they begin.
        """
        spans: list[tuple[int, int, Party]] = []
        offsets = self.doc.offsets
        for statement in self.statements:
            party = self._statement_party(statement)
            quote = next((e for e in statement.evidence if e.field == "text"), None)
            if party is not None and quote is not None:
                start = offsets.to_document(quote.span.start)
                spans.append((start, offsets.to_document(quote.span.end, end=True), party))
        return sorted(spans, key=lambda span: span[0])

    def _statement_party(self, statement: Statement) -> Party | None:
        speaker = statement.speaker
        if isinstance(speaker, Person):
            return self.party_of(speaker)
        if isinstance(speaker, Organization):
            return organization_party(speaker)
        return statement.affiliation if isinstance(statement.affiliation, State) else None

    @functools.cached_property
    def _quote_starts(self) -> list[int]:
        return [start for start, _, _ in self._quoted]

    def speaker_at(self, offset: int) -> Claimant | None:
        """Who said the statement holding character ``offset``, with the statement's words.

        Of statements that overlap there (a quotation inside a reported statement), the
        one that begins last, among the few before the offset.
        """
        at = bisect_right(self._quote_starts, offset)
        for start, end, party in reversed(self._quoted[max(0, at - _OVERLAPPING) : at]):
            if offset < end:
                return Claimant(start, end, party)
        return None

    def fold(self, parties: Sequence[Party]) -> tuple[Party, ...]:
        """Drop a person whose state is listed too (an ambassador beside their country)."""
        states = {p for p in parties if isinstance(p, State)}
        if not states:
            return tuple(parties)
        return tuple(
            p for p in parties if not (isinstance(p, Person) and self.affiliation(p) in states)
        )


@functools.cache
def _governments() -> dict[str, list[tuple[str, ...]]]:
    """The nouns of government by their first word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases("government"), key=len, reverse=True):
        found.setdefault(phrase[0], []).append(phrase)
    return found


def _former(title: str) -> bool:
    """Whether a role's title is a former one ("former ambassador", "ex-diplomat")."""
    lower = title.lower()
    return lower.startswith("ex-") or not words("former").isdisjoint(lower.split())
