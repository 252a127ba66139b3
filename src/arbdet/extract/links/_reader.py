"""Reading links sentence by sentence: cues, the detainees they pair, claims and denials.

The reader reads the sentences the gate marks for links. In each, the relation rules
find the cues; a cue pairs the detainees named beside it. A strong cue that names nobody
to pair reaches back to the detainees of the sentences before ("the arrests were
retaliation"), then on into the next sentence ("described it as a prisoner swap. The five
freed include ..."), and for a lone side to the detainees of that side's home state. A
strong exchange cue, or an anaphor ("the exchange", "this swap"), that names nobody new
refers back to an exchange already found: it adds who claims it rather than pairing anew.
Denials are gathered as they come and applied at the end to every link of their relation
between the detainees they name, or to all of them if they name none.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import attrs

from ...model import Evidence, Link, LinkRelation, Party, Person, State
from ...text import Document, Layer, Sentence
from ..patterns import Match
from ._claims import Claims
from ._parties import Claimant, Parties
from ._rules import rules
from ._sides import Detainees, Named, Pair
from ._words import words

__all__ = ["CONTEXT_SENTENCES", "DENIAL_EVIDENCE", "Reading"]

CONTEXT_SENTENCES = 3
"""How many sentences back a strong cue looks for the detainees it refers to."""

DENIAL_EVIDENCE = 8
"""How many denials naming nobody each link keeps as evidence (all their deniers are kept):
a text denying "any link" in every sentence would otherwise give every link every one."""

_RANK = {"anaphor": 0, "weak": 1, "strong": 2, "mediation": 4}  # which overlapping cue is read


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

    def claim(self, parties: Sequence[Party], evidence: Sequence[Evidence]) -> None:
        self.asserted_by.extend(p for p in parties if p not in self.asserted_by)
        self.evidence.extend(evidence)

    def deny(self, parties: Sequence[Party], evidence: Sequence[Evidence]) -> None:
        self.denied_by.extend(p for p in parties if p not in self.denied_by)
        self.evidence.extend(evidence)


@attrs.frozen
class _Denial:
    """A denial of the links of one relation between the detainees ``named`` (or all)."""

    parties: list[Party]
    relation: LinkRelation
    named: set[str]
    evidence: list[Evidence]

    def deny(self, parties: Sequence[Party], evidence: Sequence[Evidence]) -> None:
        """Merge another denial into this one."""
        self.parties.extend(p for p in parties if p not in self.parties)
        self.evidence.extend(evidence)


def _asserts(draft: _Draft, party: Party) -> bool:
    """Whether ``party`` stays among a link's claimants.

    Not when it denies the link too, nor when it is one of the people traded: they report
    their exchange, they do not claim it.
    """
    traded = draft.relation is LinkRelation.EXCHANGE and party in (draft.detainee, draft.linked_to)
    return party not in draft.denied_by and not traded


def _traded(draft: _Draft, party: Party) -> bool:
    """Whether ``party`` is one of the two people a link connects.

    A detainee who "denies the charge" denies the accusation against them, not the link.
    """
    return party in (draft.detainee, draft.linked_to)


def _rank(match: Match) -> int:
    return _RANK[match.rule.value("strength")] + (match.rule.value("sides") == "for")


def _cues(matches: Sequence[Match]) -> list[Match]:
    """The relation cues of a sentence.

    A cue inside a stronger one ("exchange" in "in exchange for") is the stronger one.
    """
    cues = [m for m in matches if m.rule.value("field") == "relation"]
    kept: list[Match] = []
    for cue in cues:
        first, stop = cue.captures["cue"]
        if not any(
            other is not cue
            and other.captures["cue"][0] <= first
            and stop <= other.captures["cue"][1]
            and (_rank(other), -other.captures["cue"][0]) > (_rank(cue), -first)
            for other in cues
        ):
            kept.append(cue)
    return kept


class Reading:
    """The links of one document, read one marked sentence at a time."""

    def __init__(
        self, doc: Document, detainees: Detainees, parties: Parties, marked: Sequence[Sentence]
    ) -> None:
        self.doc = doc
        self.detainees = detainees
        self.people = detainees.people
        self.parties = parties
        self.marked = marked
        self.drafts: dict[tuple[frozenset[str], LinkRelation], _Draft] = {}
        self.exchanges: dict[str, list[_Draft]] = {}  # the exchanges of each detainee
        # the links each relation's last cue made, and the sentence it stood in
        self.latest: dict[LinkRelation, tuple[int, list[_Draft]]] = {}
        self.denials: list[_Denial] = []
        self.last_cue: tuple[int, LinkRelation] | None = None  # the sentence and relation

    # ------------------------------------------------------------ helpers

    @functools.cached_property
    def layers(self) -> dict[str, Layer[Any]]:
        """The layers the relation and denial rules match: the people."""
        return {"PERSON": self.people}

    @functools.cached_property
    def claimants(self) -> Layer[Claimant]:
        """The parties named in the marked sentences (made when a claim is first read)."""
        return self.doc.new_layer(self.parties.claimants(self.marked))

    def _named(self, number: int) -> list[Named]:
        sentences = self.doc.sentences
        if 0 <= number < len(sentences) and not sentences[number].duplicate:
            return self.detainees.named_in(sentences[number])
        return []

    def _earlier(self, sentence: Sentence) -> list[Named]:
        return [
            n
            for number in range(sentence.index - CONTEXT_SENTENCES, sentence.index)
            for n in self._named(number)
        ]

    def _known(self, named: Sequence[Named]) -> list[_Draft]:
        """The exchanges already found that involve one of the detainees ``named``."""
        found: dict[int, _Draft] = {}
        for mention in named:
            for draft in self.exchanges.get(mention.person.name, ()):
                found.setdefault(id(draft), draft)
        return list(found.values())

    def _evidence(self, match: Match, field: str) -> Evidence:
        return self.doc.token_evidence(match.first, match.stop, match.rule.id, field)

    def _link(self, pairs: Sequence[Pair], relation: LinkRelation) -> list[_Draft]:
        made: dict[int, _Draft] = {}
        for detainee, linked_to in pairs:
            draft = _Draft(detainee, linked_to, relation)
            key = draft.key()
            if key not in self.drafts:
                self.drafts[key] = draft
                if relation is LinkRelation.EXCHANGE:
                    for name in key[0]:
                        self.exchanges.setdefault(name, []).append(draft)
            draft = self.drafts[key]
            made.setdefault(id(draft), draft)
        return list(made.values())

    # ------------------------------------------------------------ reading

    def _reach(self, sentence: Sentence, cue: Match, named: list[Named]) -> list[_Draft] | None:
        """The links a strong cue with no pair beside it makes, reaching back and on.

        ``None`` when it refers to an exchange already found instead.
        """
        exchange = cue.rule.value("relation") == "exchange"
        first = cue.captures["cue"][0]
        relation = LinkRelation(cue.rule.value("relation"))
        answered = cue.get("answered")
        earlier = self._earlier(sentence)
        if exchange and self._known(earlier + named):
            return None
        pairs = self.detainees.pairs(earlier + named, first, exchange=exchange, answered=answered)
        following = self._named(sentence.index + 1)
        if not pairs and not (exchange and self._known(following)):
            pairs = self.detainees.pairs(
                earlier + named + following, first, exchange=exchange, answered=answered
            )
        if pairs:
            return self._link(pairs, relation)
        return self._with_counterparts(named or earlier or following, first, relation)

    def _with_counterparts(
        self, side: Sequence[Named], cue: int, relation: LinkRelation
    ) -> list[_Draft]:
        """The links between the detainees of one side and those their home state holds."""
        if not side:
            return []
        answered = all(n.first >= cue for n in side)
        counterparts = self.detainees.counterparts((n.person for n in side), answered=answered)
        exchange = relation is LinkRelation.EXCHANGE
        return self._link(
            self.detainees.pairs([*side, *counterparts], cue, exchange=exchange), relation
        )

    def _drafts_for(
        self, sentence: Sentence, cue: Match, named: list[Named], built: list[Pair] | None
    ) -> tuple[list[_Draft], bool]:
        """The links one cue makes, or the exchange already found that it refers to.

        The flag says whether the cue paired the detainees itself (rather than referring
        back to an exchange already found).
        """
        relation = LinkRelation(cue.rule.value("relation"))
        exchange = relation is LinkRelation.EXCHANGE
        first = cue.captures["cue"][0]
        if exchange and built is not None:
            return self._link(built, relation), True
        pairs = self.detainees.pairs(named, first, exchange=exchange, answered=cue.get("answered"))
        if pairs:
            return self._link(pairs, relation), True
        strength = cue.rule.value("strength")
        if strength != "strong":
            return self._weak(sentence, cue, named)
        reached = self._reach(sentence, cue, named)
        if reached is None:
            return self._known(self._earlier(sentence) + named), False
        return reached, True

    def _weak(
        self, sentence: Sentence, cue: Match, named: list[Named]
    ) -> tuple[list[_Draft], bool]:
        """The links a cue that is not strong makes when it names no pair.

        A third party's part in an exchange makes none; "the exchange" is the one reported,
        however far back; a weak cue adds its claimants to the links just made ("Canada has
        accused China of hostage diplomacy"), or for a lone side links it to its
        counterparts ("X was held as a bargaining chip").
        """
        relation = LinkRelation(cue.rule.value("relation"))
        strength = cue.rule.value("strength")
        if strength == "mediation":
            return [], False
        if strength == "anaphor":  # the last made, else (a link a denial made) any so far
            latest = self.latest.get(relation)
            if latest is not None:
                return latest[1], False
            return [d for d in self.drafts.values() if d.relation is relation], False
        latest = self.latest.get(relation)
        if latest is not None and sentence.index - latest[0] <= CONTEXT_SENTENCES:
            return latest[1], False
        if cue.rule.value("counterparts") == "yes":
            drafts = self._with_counterparts(named, cue.captures["cue"][0], relation)
            return drafts, bool(drafts)
        return [], False

    def _built(
        self, sentence: Sentence, cues: Sequence[Match], named: list[Named]
    ) -> list[Pair] | None:
        """The pairs of the sentence's trades ("X was swapped for Y"), if it is so built."""
        found: list[Pair] | None = None
        for cue in cues:
            other = cue.get("other")
            if other is None:
                continue
            pairs = self.detainees.traded(sentence, named, cue.captures["cue"], other)
            if pairs is not None:
                found = (found or []) + pairs
        return found

    def read(self, sentence: Sentence) -> None:
        """Read the links, claims and denials of one marked sentence."""
        doc = self.doc
        matches = list(rules().cues.scan(doc, sentence.first, sentence.stop, self.layers))
        if not matches:
            return
        named = self._named(sentence.index)
        cues = _cues(matches)
        built = self._built(sentence, cues, named)
        made: list[tuple[Match, list[_Draft]]] = []
        for cue in cues:
            relation = LinkRelation(cue.rule.value("relation"))
            self.last_cue = (sentence.index, relation)
            drafts, paired = self._drafts_for(sentence, cue, named, built)
            if drafts:
                made.append((cue, drafts))
            if paired:
                self.latest[relation] = (sentence.index, drafts)
        denial = self._denial(sentence, matches)
        if not made and denial is None:
            return
        layers: dict[str, Layer[Any]] = {"PARTY": self.claimants, "PERSON": self.people}
        found = rules().claims.scan(doc, sentence.first, sentence.stop, layers)
        claims = Claims(doc, self.parties, self.claimants, sentence, list(found))
        both = claims.by_both()
        for cue, drafts in made:
            parties, claimed = claims.claimants(cue.captures["cue"][0])
            evidence = [self._evidence(cue, "relation"), *claimed]
            for draft in drafts:
                draft.claim(parties, evidence)
                if both:
                    draft.claim(self.detainees.holders(draft.detainee, draft.linked_to), both)
        if denial is not None:
            self._deny(sentence, denial, claims, named, linked=bool(made))

    def _denial(self, sentence: Sentence, matches: Sequence[Match]) -> tuple[Match, int] | None:
        """The sentence's first denial, and the token of the connection it denies.

        A denial of "it" needs a claim in this sentence or the one before; a rejecting
        verb whose connection comes before it ("a charge the Chinese deny") needs one there.
        """
        recent = self.last_cue is not None and self.last_cue[0] >= sentence.index - 1
        lower = self.doc.tokens.lower
        connections = words("connection") | words("retaliation")
        for match in matches:
            if match.rule.value("field") != "denial":
                continue
            if match.rule.value("refers") == "previous" and not recent:
                continue
            if match.rule.value("conn") == "before":
                verb = match.first
                before = [i for i in range(sentence.first, verb) if lower[i] in connections]
                if before:
                    return match, before[-1]
                continue
            return match, match.captures["conn"][0]
        return None

    def _denied_relation(self, sentence: Sentence) -> LinkRelation:
        """What a denial denies: an exchange if its sentence speaks of one, else the last claim."""
        lower = self.doc.tokens.lower
        if not words("topic").isdisjoint(lower[sentence.first : sentence.stop]):
            return LinkRelation.EXCHANGE
        if self.last_cue and self.last_cue[0] >= sentence.index - CONTEXT_SENTENCES:
            return self.last_cue[1]
        return LinkRelation.RETALIATION

    def _connection_relation(self, sentence: Sentence, connection: int) -> LinkRelation:
        """What a denied connection is: its own word says ("no trade"), else the last claim."""
        word = self.doc.tokens.lower[connection]
        if word in words("exchange_noun"):
            return LinkRelation.EXCHANGE
        if word in words("retaliation"):
            return LinkRelation.RETALIATION
        if self.last_cue and self.last_cue[0] >= sentence.index - CONTEXT_SENTENCES:
            return self.last_cue[1]
        return LinkRelation.RETALIATION

    def _deny(
        self,
        sentence: Sentence,
        denial: tuple[Match, int],
        claims: Claims,
        named: list[Named],
        *,
        linked: bool,
    ) -> None:
        """Keep a denial; one of a connection no cue of its sentence ``linked`` links it first."""
        relation = self._denied_relation(sentence)
        match, connection = denial
        names = {n.person.name for n in named}
        if not linked and match.rule.value("makes") == "link":
            denied = self._connection_relation(sentence, connection)
            made = self._denied_links(sentence, named, connection, denied)
            for draft in made:
                draft.evidence.append(self._evidence(match, "relation"))
                names.update(draft.key()[0])
            relation = denied if made else relation
        self.denials.append(
            _Denial(
                claims.deniers(match, connection),
                relation,
                names,
                [self._evidence(match, "denied_by")],
            )
        )

    def _denied_links(
        self, sentence: Sentence, named: list[Named], connection: int, relation: LinkRelation
    ) -> list[_Draft]:
        """The links a denial speaks of: between the detainees it names, or those just before.

        A detainee the relation already links is left alone: "there was no deal for Paul"
        after a swap that freed another is no link of Paul's.
        """
        exchange = relation is LinkRelation.EXCHANGE
        linked = {name for names, kind in self.drafts if kind is relation for name in names}
        lower = self.doc.tokens.lower
        reach = named and (
            exchange or not words("both_cases").isdisjoint(lower[sentence.first : sentence.stop])
        )
        for candidates in (named, [*self._earlier(sentence), *named] if reach else []):
            pairs = [
                (a, b)
                for a, b in self.detainees.pairs(
                    candidates, connection, exchange=exchange, fronted=False
                )
                if a.name not in linked and b.name not in linked
            ]
            if pairs:
                return self._link(pairs, relation)
        return []

    def _party_to(self, draft: _Draft, party: Party) -> bool:
        """Whether a denial naming nobody can be ``party``'s denial of ``draft``.

        A state denies the links it is part of, as a holder or a home of their detainees
        ("Rome denies any trade" is no denial of a swap between Kabul and Washington).
        """
        if not isinstance(party, State):
            return True
        detainees = self.detainees
        involved: set[State] = set()
        for person in (draft.detainee, draft.linked_to):
            involved |= detainees.held_by.get(person.name, set())
            involved |= detainees.nationals.get(person.name, set())
        return party in involved

    def links(self) -> list[Link]:
        """The links read, with their denials applied."""
        by_name: dict[str, list[_Draft]] = {}
        for draft in self.drafts.values():
            for name in {draft.detainee.name, draft.linked_to.name}:
                by_name.setdefault(name, []).append(draft)
        general: dict[LinkRelation, _Denial] = {}  # the denials naming nobody, merged
        for denial in self.denials:
            if not denial.named:
                merged = general.setdefault(
                    denial.relation, _Denial([], denial.relation, set(), [])
                )
                merged.deny(denial.parties, denial.evidence)
                continue
            touched = {id(d): d for name in denial.named for d in by_name.get(name, ())}
            for draft in touched.values():
                if draft.relation is denial.relation:
                    draft.deny(denial.parties, denial.evidence)
        for draft in self.drafts.values():
            if draft.relation in general:
                merged = general[draft.relation]
                parties = [p for p in merged.parties if self._party_to(draft, p)]
                if parties:
                    draft.deny(parties, merged.evidence[:DENIAL_EVIDENCE])
        fold = self.parties.fold
        return [
            Link(
                detainee=draft.detainee,
                linked_to=draft.linked_to,
                relation=draft.relation,
                asserted_by=fold([p for p in draft.asserted_by if _asserts(draft, p)]),
                denied_by=fold([p for p in draft.denied_by if not _traded(draft, p)]),
                evidence=tuple(dict.fromkeys(draft.evidence)),
            )
            for draft in self.drafts.values()
        ]
