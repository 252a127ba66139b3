"""Who a sentence says claims a link, and who denies one.

The claim rules find each verb of claiming with its subject ("Canada and its allies
have accused", "it has long said"), a claim after the fact (", Russia's Foreign Ministry
said", ", which Venezuela's government confirmed") and "according to X". A cue inside a
statement (a quotation or a reported statement) is claimed by its speaker; otherwise by
the subject of the nearest verb of claiming before it in the same clause, and by any
claim after it. A state that only carries out an exchange in the narration ("Venezuela
freed them in exchange for ...") claims nothing: the narrator states the link.

A denial negates a connection ("not connected", "no link") or rejects one ("denied any
connection", "a reprisal, which Beijing refuted"): the speaker of its statement denies
it, or the subject of the rejecting verb, or of the verb of saying before the negation.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Evidence, Party, State
from ...text import Document, Layer, Sentence
from ..patterns import Match
from ._parties import Claimant, Parties
from ._words import phrases, words

__all__ = ["ASSERT_REACH", "SPEAKER", "Claims"]

ASSERT_REACH = 20
"""How many tokens before a cue its verb of claiming may stand (about a clause)."""

SPEAKER = "link.claim.speaker"
"""The extractor of the evidence that a cue stands in a statement, whose speaker claims it."""


class Claims:
    """The claims of one sentence, and who makes them."""

    def __init__(
        self,
        doc: Document,
        parties: Parties,
        layer: Layer[Claimant],
        sentence: Sentence,
        matches: Sequence[Match],
    ) -> None:
        self.doc = doc
        self.parties = parties
        self.layer = layer
        self.sentence = sentence
        claims = [m for m in matches if m.rule.value("field") == "claim"]
        self.matches = [m for m in claims if m.rule.value("parties") != "both"]
        self.both = [m for m in claims if m.rule.value("parties") == "both"]

    def _antecedent(self, pronoun: int) -> Party | None:
        """The party a pronoun stands for.

        A relative pronoun ("which", "who") stands for the party named right before it; a
        personal one ("it", "they") for the sentence's first party outside quotations.
        """
        before = [c for _, c in self.layer.within(self.sentence.first, pronoun)]
        if self.doc.tokens.lower[pronoun] in words("relative"):
            return before[-1].party if before else None
        outside = (c for c in before if self.parties.speaker_at(c.start) is None)
        return next((c.party for c in outside), None)

    def _who(self, match: Match) -> list[Party]:
        """The parties a claim's ``who`` names."""
        first, stop = match.captures["who"]
        if stop == first + 1 and self.doc.tokens.lower[first] in words("pronoun"):
            antecedent = self._antecedent(first)
            named = [] if antecedent is None else [antecedent]
        else:
            named = [claimant.party for _, claimant in self.layer.within(first, stop)]
        return list(dict.fromkeys(named))

    def _verb(self, match: Match) -> tuple[str, ...]:
        first, stop = match.captures["verb"]
        return tuple(self.doc.tokens.lower[first:stop])

    def claimants(self, cue: int) -> tuple[list[Party], list[Evidence]]:
        """Who claims the link whose cue begins at token ``cue``, and where the text says so."""
        speaker = self.parties.speaker_at(self.doc.tokens.start[cue])
        if speaker is not None:
            evidence = self.doc.evidence(speaker.start, speaker.end, SPEAKER, "asserted_by")
            return [speaker.party], [evidence]
        lower = self.doc.tokens.lower
        clause = words("clause")
        found: list[Party] = []
        used: list[Match] = []
        before = [
            m
            for m in self.matches
            if m.rule.value("place") == ""
            and cue - ASSERT_REACH <= m.captures["verb"][0] < cue
            and clause.isdisjoint(lower[m.captures["verb"][1] : cue])
            and self._verb(m) not in phrases("deny")
        ]
        # the nearest verb, and of the claims sharing it the one naming the most parties
        for match in sorted(before, key=lambda m: (-m.captures["verb"][0], m.first)):
            parties = self._who(match)
            if parties:
                found, used = parties, [match]
                break
        for match in self.matches:
            place = match.rule.value("place")
            if place == "any" or (place == "after" and match.first >= cue):
                for party in self._who(match):
                    if party not in found:
                        found.append(party)
                used.append(match)
        return found, [self._evidence(m) for m in used]

    def by_both(self) -> list[Evidence]:
        """Where the sentence says both states of its links claim them ("both governments")."""
        return [self._evidence(m) for m in self.both]

    def _evidence(self, match: Match) -> Evidence:
        return self.doc.token_evidence(match.first, match.stop, match.rule.id, "asserted_by")

    def deniers(self, denial: Match, connection: int) -> list[Party]:
        """Who denies the connection at token ``connection`` that ``denial`` found.

        Inside a statement, a state it names before the connection denies it ("Beijing spent
        years telling us the cases had nothing to do with each other," he said), else its
        speaker; outside, the subject of the rejecting verb or of the verb of saying, else
        the state the sentence names first.
        """
        speaker = self.parties.speaker_at(self.doc.tokens.start[connection])
        if speaker is not None:
            quoted = self.doc.tokens.at(speaker.start)
            named: list[Party] = [
                c.party
                for _, c in self.layer.within(max(quoted, self.sentence.first), connection)
                if isinstance(c.party, State)
            ]
            return named[-1:] or [speaker.party]
        verb = denial.get("verb")
        if verb is not None:  # the subject of the rejecting verb, the fullest claim first
            chosen = sorted((m for m in self.matches if m.captures["verb"] == verb), key=_start)
        else:  # the subject of the nearest verb of saying before the negation
            chosen = [
                m
                for m in self.matches
                if m.rule.value("place") == "" and m.captures["verb"][0] < connection
            ]
            chosen.sort(key=lambda m: -m.captures["verb"][0])
        for match in chosen:
            parties = self._who(match)
            if parties:
                return parties
        # "Beijing, for its part, spent years insisting ...": the state the sentence opens with
        opening = next(iter(self.layer.within(self.sentence.first, connection)), None)
        if opening is not None and isinstance(opening[1].party, State):
            return [opening[1].party]
        return []


def _start(match: Match) -> int:
    return match.first
