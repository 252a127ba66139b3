"""Claimed connections between detentions: retaliation and exchange, asserted and denied.

A link is read from a sentence that names two or more detainees held by different states
next to a relation cue ("in retaliation for", "widely seen as retribution", "swapped",
"on simultaneous flights"). Whoever the sentence says claims it (the subject of "accused",
"claimed", "calls"; the speaker of a quotation) asserts it. A denial is a sentence or a
quotation that negates a connection ("insisted the cases are not connected", "downplayed
any connection", "there's nothing connecting"); it counts against every link of its
relation (an exchange if it speaks of a release, a swap or a negotiation, a retaliation
otherwise) between the detainees it names, or all of them if it names none.
An exchange built as "X (was) swapped / traded for Y" or "freed X and Y in exchange for
Z" pairs only the two sides of the construction; a strong exchange cue with nobody named
beside it ("the swap", "as part of the deal") refers back to an exchange already found
among the recent detainees rather than pairing them anew. A strong cue that finds no pair
among the detainees of its sentence and the ones before reads on into the next sentence
("described the arrangement as a prisoner swap. Those pardoned include ...").
The cue words live in ``data/links/cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from ..model import (
    Detention,
    Evidence,
    Link,
    LinkRelation,
    Organization,
    Party,
    Person,
    State,
    Statement,
)
from ..text import Document, FactKey, Sentence
from ._cue_tables import cue_patterns
from .detentions import DETENTIONS
from .mentions import PlaceKind, PlaceMention
from .people import PEOPLE, PeopleIndex
from .places import PLACES
from .quotes import STATEMENTS

__all__ = ["EXTRACTOR", "find_links"]

EXTRACTOR = "links"
"""The extractor name recorded in the evidence of every link."""

_EXCHANGE_TOPIC = re.compile(
    r"\b(?:releas\w*|free[ds]?|freeing|swap\w*|exchang\w*|negotiat\w*|return\w*|deal|trade[ds]?)\b",
    re.I,
)
# what may stand between a claimant and its verb: "Canada and other nations have"
_SUBJECT_GAP = re.compile(
    r"[\s,]*(?:(?:and|or)\s+(?:other|several|many|some|its|their)\s+[\w-]+\s*)?"
    r"(?:(?:has|have|had|is|are|was|were|also|repeatedly|long|publicly|previously|now|"
    r"itself|themselves|openly|consistently|always|never|strongly|flatly|firmly|quickly)\s+)*$",
    re.I,
)
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and\s+|&\s+)?(?:the\s+)?$", re.I)
_PRONOUN_BEFORE = re.compile(
    r"\b(?:it|they|he|she|which|who)\s+(?:(?:has|have|had|also)\s+)*$", re.I
)
_GOVERNMENT_NOUN = re.compile(
    r"\s+(?:government|officials?|authorities|diplomats?|ministry|side|embassy|leaders?)\b", re.I
)
_CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b", re.I)
_ASSERT_REACH = 100  # characters back from a cue that a claiming verb may stand
_CONTEXT_SENTENCES = 3  # sentences back searched for the detainees "the arrests" refers to
_FOR = re.compile(r"\bfor\b", re.I)
_FOR_REACH = 60  # characters after an exchange cue that its "for" may stand
_SIDE_BREAK = re.compile(r"[;:]")
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)", re.I)


def _cues() -> dict[str, re.Pattern[str]]:
    return cue_patterns("data/links/cues.tsv")


@attrs.frozen
class _Mention:
    """A detainee named (or included in a group) at ``start`` of the text."""

    start: int
    end: int
    person: Person


@attrs.frozen
class _Claimant:
    """A party that speaks, with where it is named."""

    start: int
    end: int
    party: Party


@attrs.define
class _Draft:
    """A link being gathered from several sentences."""

    detainee: Person
    linked_to: Person
    relation: LinkRelation
    asserted_by: list[Party] = attrs.Factory(list)
    denied_by: list[Party] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)

    def key(self) -> tuple[frozenset[str], LinkRelation]:
        return frozenset({self.detainee.name, self.linked_to.name}), self.relation


class _Reader:
    """Everything the link rules look up in one document."""

    def __init__(
        self,
        doc: Document,
        people: PeopleIndex,
        places: Sequence[PlaceMention],
        detentions: Sequence[Detention],
        statements: Sequence[Statement],
    ) -> None:
        self.doc = doc
        self.people = people
        self.held_by = {d.detainee.name: d.detaining_state for d in detentions}
        self.nationals = {d.detainee.name: set(d.nationalities) for d in detentions}
        self.detainees = list({d.detainee.name: d.detainee for d in detentions}.values())
        self.starts = {d.detainee.name: d.start for d in detentions}
        self.claimants = self._claimants(places)
        self.quotes = self._quote_spans(statements)

    # ------------------------------------------------------------ lookups

    def _claimants(self, places: Sequence[PlaceMention]) -> list[_Claimant]:
        found: list[_Claimant] = []
        text = self.doc.text
        for place in places:
            if len(place.states) != 1:
                continue
            is_government = _GOVERNMENT_NOUN.match(text, place.end) is not None
            if place.kind is not PlaceKind.DEMONYM or is_government:
                end = place.end
                if is_government:
                    match = _GOVERNMENT_NOUN.match(text, place.end)
                    assert match is not None
                    end = match.end()
                found.append(_Claimant(place.start, end, place.states[0]))
        for mention in self.people.mentions:
            if mention.person is not None:
                found.append(_Claimant(mention.start, mention.end, self.party_of(mention.person)))
        for organization in self.people.organizations:
            found.append(
                _Claimant(
                    organization.start,
                    organization.end,
                    _organization_party(organization.organization),
                )
            )
        return sorted(found, key=lambda c: (c.end, c.start))

    def _quote_spans(self, statements: Sequence[Statement]) -> list[tuple[int, int, Party]]:
        """Where each quotation stands in the normalised text, and who said it."""
        spans: list[tuple[int, int, Party]] = []
        for statement in statements:
            party = _statement_party(statement, self)
            quote = next((e for e in statement.evidence if e.field == "text"), None)
            if party is None or quote is None:
                continue
            start, end = self._doc_offsets(quote.span.start, quote.span.end)
            spans.append((start, end, party))
        return spans

    def _doc_offsets(self, start: int, end: int) -> tuple[int, int]:
        offsets = self.doc.offsets
        return offsets.to_document(start), offsets.to_document(end, end=True)

    def party_of(self, person: Person) -> Party:
        """A current official speaks for their state; anyone else for themselves."""
        affiliation = self.people.affiliation(person)
        if isinstance(affiliation, Organization):
            affiliation = affiliation.state
        if isinstance(affiliation, State) and not any(
            _FORMER.search(r.title) for r in person.roles
        ):
            return affiliation
        return person

    def detainees_in(self, start: int, end: int) -> list[_Mention]:
        found: list[_Mention] = []
        for mention in self.people.mentions_in(start, end):
            members = mention.group or ((mention.person,) if mention.person is not None else ())
            for person in members:
                if person.name in self.held_by:
                    found.append(_Mention(mention.start, mention.end, person))
        return found

    def speaker_at(self, offset: int) -> Party | None:
        for start, end, party in self.quotes:
            if start <= offset < end:
                return party
        return None

    def claimants_before(self, sentence: Sentence, verb_start: int) -> list[Party]:
        """Who governs the verb at ``verb_start``.

        The party right before it, with those coordinated with it ("Russia and the United
        States carried out").
        """
        text = self.doc.text
        found: list[Party] = []
        end = verb_start
        gap_pattern = _SUBJECT_GAP
        for claimant in reversed(self.claimants):
            if claimant.end > end or claimant.start < sentence.start:
                continue
            if not gap_pattern.match(text[claimant.end : end]):
                break
            found.append(claimant.party)
            end, gap_pattern = claimant.start, _COORDINATION
        return found[::-1]

    def subjects_of(self, sentence: Sentence, verb_start: int) -> list[Party]:
        """The parties that govern the verb at ``verb_start``.

        A pronoun right before the verb ("as it downplayed") stands for the subject of the
        sentence's main clause, its first party.
        """
        before = self.doc.text[sentence.start : verb_start]
        if _PRONOUN_BEFORE.search(before) is None:
            return self.claimants_before(sentence, verb_start)
        first = next(
            (c for c in self.claimants if sentence.start <= c.start and c.end <= verb_start),
            None,
        )
        return [] if first is None else [first.party]

    def counterparts(self, people: Iterable[Person]) -> list[_Mention]:
        """Detainees held by the home state of ``people`` (a hostage for a hostage).

        A state holding another's nationals in retaliation, or to trade them, answers a
        detention by that other state: Canadians held by China answer China's national
        held by Canada.
        """
        found: list[_Mention] = []
        for person in people:
            holder, home = self.held_by.get(person.name), self.nationals.get(person.name, set())
            for other in self.detainees:
                their_holder = self.held_by.get(other.name)
                their_home = self.nationals.get(other.name, set())
                if (
                    their_holder in home
                    and their_holder != holder
                    and (not their_home or holder in their_home)
                ):
                    found.append(_Mention(len(self.doc.text), len(self.doc.text), other))
        return found

    def different_states(self, a: Person, b: Person) -> bool:
        first, second = self.held_by.get(a.name), self.held_by.get(b.name)
        return first is not None and second is not None and first != second


def _organization_party(organization: Organization) -> Party:
    return organization.state if organization.state is not None else organization


def _statement_party(statement: Statement, reader: _Reader) -> Party | None:
    speaker = statement.speaker
    if isinstance(speaker, Person):
        return reader.party_of(speaker)
    if isinstance(speaker, Organization):
        return _organization_party(speaker)
    return statement.affiliation if isinstance(statement.affiliation, State) else None


def _add(parties: list[Party], party: Party | None) -> None:
    if party is None or party in parties:
        return
    parties.append(party)


def _fold(parties: list[Party], reader: _Reader) -> tuple[Party, ...]:
    """Drop a person whose state is listed too (an ambassador beside their country)."""
    states = {p for p in parties if isinstance(p, State)}
    kept = [
        p for p in parties if not (isinstance(p, Person) and reader.people.affiliation(p) in states)
    ]
    return tuple(kept)


def _pairs(
    reader: _Reader, mentions: list[_Mention], cue_start: int, relation: LinkRelation
) -> list[tuple[Person, Person]]:
    """The (detainee, linked_to) pairs a cue connects: detainees of different states."""
    people = list({m.person.name: m.person for m in mentions}.values())
    if len(people) < 2:
        return []
    if relation is LinkRelation.EXCHANGE:
        # an exchange has no direction: pair everyone across the two sides, in text order
        return [
            (a, b)
            for i, a in enumerate(people)
            for b in people[i + 1 :]
            if reader.different_states(a, b)
        ]
    after = [m.person for m in mentions if m.start > cue_start]
    if after:
        answered = {p.name for p in after}
    else:
        nearest = max(
            (m for m in mentions if m.start < cue_start), key=lambda m: m.start, default=None
        )
        near_group = {
            m.person.name for m in mentions if nearest is not None and m.start == nearest.start
        }
        answered = {p.name for p in people if p.name not in near_group}
    return [
        (detainee, other)
        for detainee in people
        if detainee.name not in answered
        for other in people
        if other.name in answered and reader.different_states(detainee, other)
    ]


def _relation_cues(text: str) -> list[tuple[int, int, LinkRelation, bool]]:
    """Relation cues in ``text``: start, end, relation, and whether the cue is strong.

    A weak cue ("a deal", "hostage diplomacy") links only detainees named beside it; a
    strong one ("in retaliation for", "swapped") may reach back to detainees named in the
    sentences before ("the arrests were retaliation for Meng's detention"). A weak cue
    inside a strong one ("exchange" in "in exchange for") is the strong one.
    """
    cues = _cues()
    found: list[tuple[int, int, LinkRelation, bool]] = []
    for kind, relation in (
        ("retaliation", LinkRelation.RETALIATION),
        ("exchange", LinkRelation.EXCHANGE),
    ):
        strong = [(m.start(), m.end(), relation, True) for m in cues[kind].finditer(text)]
        found += strong
        found += [
            (m.start(), m.end(), relation, False)
            for m in cues[f"{kind}-weak"].finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e, _, _ in strong)
        ]
    return sorted(found, key=lambda item: item[0])


def _side(reader: _Reader, mentions: Sequence[_Mention]) -> list[Person]:
    """The detainees coordinated with the first of ``mentions``: those of the same holder."""
    side: list[Person] = []
    holder = None
    for mention in mentions:
        their_holder = reader.held_by.get(mention.person.name)
        if holder is None:
            holder = their_holder
        elif their_holder != holder:
            break
        if mention.person not in side:
            side.append(mention.person)
    return side


def _traded_for(
    reader: _Reader, sentence: Sentence, mentions: Sequence[_Mention], cue: int, cue_end: int
) -> list[tuple[Person, Person]] | None:
    """The pairs of an exchange construction: "X (was) swapped / traded / exchanged for Y".

    One side is the detainees named right before the cue, coordinated and held by one
    state ("freed X, Y and Z in exchange for A and B"); the other those named after the
    "for" that follows it, within the clause. ``None`` when the sentence is not so built
    (no "for", or nobody named on one side).
    """
    text = reader.doc.text
    for_match = _FOR.search(text, cue, min(sentence.end, cue_end + _FOR_REACH))
    if for_match is None or _SIDE_BREAK.search(text, cue, for_match.start()):
        return None
    if any(cue_end <= m.start < for_match.start() for m in mentions):
        return None
    clause_start = max(
        (b.end() for b in _SIDE_BREAK.finditer(text, sentence.start, cue)), default=sentence.start
    )
    next_break = _SIDE_BREAK.search(text, for_match.end(), sentence.end)
    clause_end = sentence.end if next_break is None else next_break.start()
    before = [m for m in mentions if clause_start <= m.start and m.end <= cue]
    after = [m for m in mentions if for_match.end() <= m.start < clause_end]
    left = _side(reader, before[::-1])
    right = _side(reader, after)
    if not left or not right:
        return None
    return [(a, b) for a in left for b in right if reader.different_states(a, b)]


def _assertion(
    reader: _Reader, sentence: Sentence, cue: int, relation: LinkRelation
) -> list[Party]:
    """Who the sentence says claims the connection its cue at ``cue`` names."""
    speaker = reader.speaker_at(cue)
    if speaker is not None:
        return [speaker]
    text = reader.doc.text
    kinds = ("assert", "act") if relation is LinkRelation.EXCHANGE else ("assert",)
    start = max(sentence.start, cue - _ASSERT_REACH)
    verbs = sorted(
        (m.start(), kind)
        for kind in kinds
        for m in _cues()[kind].finditer(text, start, cue)
        if not _CLAUSE_BREAK.search(text, m.end(), cue)
    )
    for verb, kind in reversed(verbs):
        # those who carry out an exchange are states or bodies, not the people released
        parties = [
            p
            for p in reader.subjects_of(sentence, verb)
            if not (kind == "act" and isinstance(p, Person))
        ]
        if parties:
            return parties
    return []


def _denial(reader: _Reader, sentence: Sentence) -> tuple[list[Party], LinkRelation] | None:
    """Who a sentence says denies a connection, and which kind, if it denies one.

    A denial negates a connection ("not connected", "no link") or rejects one with a verb
    on either side of it ("denied any connection", "a reprisal, which Beijing refuted").
    """
    cues = _cues()
    text = reader.doc.text
    body = text[sentence.start : sentence.end]
    connection = cues["connection"].search(body) or cues["retaliation"].search(body)
    if connection is None:
        return None
    at = sentence.start + connection.start()
    window = text[max(sentence.start, at - 40) : at]
    deny_verbs = [m.start() for m in cues["deny"].finditer(text, sentence.start, sentence.end)]
    if not deny_verbs and not cues["negation"].search(window):
        return None
    relation = LinkRelation.EXCHANGE if _EXCHANGE_TOPIC.search(body) else LinkRelation.RETALIATION
    speaker = reader.speaker_at(at)
    if speaker is not None:
        return [speaker], relation
    verbs = deny_verbs or [m.start() for m in cues["assert"].finditer(text, sentence.start, at)]
    for verb in sorted(verbs, reverse=True):
        parties = reader.subjects_of(sentence, verb)
        if parties:
            return parties, relation
    return [], relation


def _known_exchange(
    drafts: dict[tuple[frozenset[str], LinkRelation], _Draft], mentions: Sequence[_Mention]
) -> bool:
    """Whether an exchange already found involves one of the detainees ``mentions`` name."""
    named = {m.person.name for m in mentions}
    return any(relation is LinkRelation.EXCHANGE and names & named for names, relation in drafts)


def find_links(
    doc: Document,
    people: PeopleIndex,
    places: Sequence[PlaceMention],
    detentions: Sequence[Detention],
    statements: Iterable[Statement] = (),
) -> list[Link]:
    """Every claimed connection between two of the document's detentions.

    ``statements`` (quotations and reported statements with their speakers) tell who
    asserts or denies a connection said inside a quotation.
    """
    if len({d.detainee.name for d in detentions}) < 2:
        return []
    reader = _Reader(doc, people, places, detentions, tuple(statements))
    drafts: dict[tuple[frozenset[str], LinkRelation], _Draft] = {}
    denials: list[tuple[list[Party], LinkRelation, set[str], Evidence]] = []
    recent: list[list[_Mention]] = []
    sentences = list(doc.reading())
    named = [reader.detainees_in(s.start, s.end) for s in sentences]
    for index, sentence in enumerate(sentences):
        mentions = named[index]
        following = named[index + 1] if index + 1 < len(named) else []
        body = doc.text[sentence.start : sentence.end]
        cues = _relation_cues(body)
        constructions = [
            _traded_for(reader, sentence, mentions, sentence.start + start, sentence.start + end)
            for start, end, relation, strong in cues
            if strong and relation is LinkRelation.EXCHANGE
        ]
        built = [pairs for pairs in constructions if pairs is not None]
        for offset, _, relation, strong in cues:
            cue = sentence.start + offset
            exchange = relation is LinkRelation.EXCHANGE
            if built and exchange:
                # the sentence says who was traded for whom: nothing else is paired
                pairs = [pair for found in built for pair in found]
            else:
                pairs = _pairs(reader, mentions, cue, relation)
            if not pairs and strong and not (built and exchange):
                earlier = [m for previous in recent for m in previous]
                if exchange and _known_exchange(drafts, earlier + mentions):
                    # "the swap", "the deal": the exchange already reported
                    continue
                pairs = _pairs(reader, earlier + mentions, cue, relation)
                if not pairs and not (exchange and _known_exchange(drafts, following)):
                    # "described it as a prisoner swap. The five freed include A and B."
                    pairs = _pairs(reader, earlier + mentions + following, cue, relation)
                side = mentions or earlier or following
                if not pairs and side:
                    # the other side is not named nearby: the detainees of the side's home state
                    counterparts = reader.counterparts(m.person for m in side)
                    pairs = _pairs(reader, side + counterparts, cue, relation)
            for detainee, linked_to in pairs:
                draft = _Draft(detainee, linked_to, relation)
                draft = drafts.setdefault(draft.key(), draft)
                for party in _assertion(reader, sentence, cue, relation):
                    _add(draft.asserted_by, party)
                draft.evidence.append(
                    doc.evidence(sentence.start, sentence.end, EXTRACTOR, "relation")
                )
        denial = _denial(reader, sentence)
        if denial is not None:
            denied = {m.person.name for m in mentions}
            evidence = doc.evidence(sentence.start, sentence.end, EXTRACTOR, "denied_by")
            denials.append((denial[0], denial[1], denied, evidence))
        recent = [*recent, mentions][-_CONTEXT_SENTENCES:]
    for parties, relation, denied, evidence in denials:
        for draft in drafts.values():
            involved = {draft.detainee.name, draft.linked_to.name}
            if draft.relation is relation and (not denied or denied & involved):
                for party in parties:
                    _add(draft.denied_by, party)
                draft.evidence.append(evidence)
    return [
        Link(
            detainee=draft.detainee,
            linked_to=draft.linked_to,
            relation=draft.relation,
            asserted_by=_fold([p for p in draft.asserted_by if p not in draft.denied_by], reader),
            denied_by=_fold(draft.denied_by, reader),
            evidence=tuple(dict.fromkeys(draft.evidence)),
        )
        for draft in drafts.values()
    ]


LINKS: FactKey[Link] = FactKey("links")
"""The links between detentions a document claims."""


def read(doc: Document) -> list[Link]:
    """Every claimed link between the document's detentions (:func:`find_links`)."""
    return find_links(
        doc,
        doc.layer(PEOPLE).index,
        list(doc.layer(PLACES)),
        doc.facts(DETENTIONS),
        doc.facts(STATEMENTS),
    )
