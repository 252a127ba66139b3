"""The detainees a link connects: who is named where, and which of them a cue pairs.

A link joins two detainees held by different states (a person the detention reader finds
held twice, by two states, counts as held by both). An exchange has no direction: every
detainee on one side is paired with every detainee on the other. A retaliation does: the
detainees named after its cue ("in retaliation for the arrest of Meng Wanzhou") are the
ones answered, and those before it answer them. A trade built as "X (was) swapped /
traded for Y" or "freed A and B in exchange for C" pairs only the two sides of the
construction, each side the detainees named together and held by the same states.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ...model import Detention, Person, State
from ...text import Document, Sentence
from ..people import PeopleLayer
from ._words import words

__all__ = ["Detainees", "Named", "Pair"]

Pair = tuple[Person, Person]
"""A link's detainee and the detainee it is linked to."""


@attrs.frozen
class Named:
    """A detainee named (or included in a group: "the two Michaels") at tokens ``[first, stop)``."""

    first: int
    stop: int
    person: Person


class Detainees:
    """The document's detainees, where each is named, and who holds them."""

    def __init__(self, doc: Document, people: PeopleLayer, detentions: Sequence[Detention]) -> None:
        self.doc = doc
        self.people = people
        self.held_by: dict[str, set[State]] = {}
        self.nationals: dict[str, set[State]] = {}
        known: dict[str, Person] = {}
        for detention in detentions:
            name = detention.detainee.name
            holders = self.held_by.setdefault(name, set())
            if detention.detaining_state is not None:
                holders.add(detention.detaining_state)
            self.nationals.setdefault(name, set()).update(detention.nationalities)
            known.setdefault(name, detention.detainee)
        self.people_held = list(known.values())
        self._named: dict[int, list[Named]] = {}
        self._focus = self._main_detainee()

    def __len__(self) -> int:
        return len(self.people_held)

    def can_link(self) -> bool:
        """Whether two detainees are held by different states: without them, no link."""
        holders = [held for held in self.held_by.values() if held]
        return any(held != holders[0] for held in holders[1:])

    def named_in(self, sentence: Sentence) -> list[Named]:
        """The detainees named in ``sentence``, in text order.

        "the case" stands for the article's main detainee when the sentence names another
        detainee but not them ("China denied the case was linked to the arrest of X").
        """
        found = self._named.get(sentence.index)
        if found is None:
            found = []
            layer = self.people
            for number, mention in layer.within(sentence.first, sentence.stop):
                members = mention.group or ((mention.person,) if mention.person else ())
                first, stop = layer.tokens_of(number)
                found += [Named(first, stop, p) for p in members if p.name in self.held_by]
            case = self._case_reference(sentence) if found else None
            if case is not None and self._focus not in [n.person for n in found]:
                found = sorted([*found, case], key=lambda n: n.first)
            self._named[sentence.index] = found
        return found

    def _main_detainee(self) -> Person | None:
        """The detainee the article names first: news names its subject first."""
        for mention in self.people:
            if mention.person is not None and mention.person.name in self.held_by:
                return mention.person
        return None

    def _case_reference(self, sentence: Sentence) -> Named | None:
        """A mention of the main detainee's case ("the case", "this case"), if one is here.

        Only in a sentence that ties the case to another ("linked the case with the arrest
        of X"); not "the case of X" (someone else's), nor "as is the case" (no case at all).
        """
        lower = self.doc.tokens.lower
        if self._focus is None or words("case_link").isdisjoint(
            lower[sentence.first : sentence.stop]
        ):
            return None  # only where the sentence ties the case to another detention
        owners, nouns, after = words("case_owner"), words("case_noun"), words("case_other")
        for index in range(sentence.first + 1, sentence.stop):
            if (
                lower[index] in nouns
                and lower[index - 1] in owners
                and lower[index - 2] not in words("be")
                and (index + 1 >= sentence.stop or lower[index + 1] not in after)
            ):
                return Named(index - 1, index + 1, self._focus)
        return None

    def different_states(self, a: Person, b: Person) -> bool:
        """Whether ``a`` and ``b`` are both held, not only by one and the same state."""
        first, second = self.held_by.get(a.name), self.held_by.get(b.name)
        return bool(first) and bool(second) and first != second

    def holders(self, *people: Person) -> list[State]:
        """The states that hold ``people``, each held by one state only."""
        found: list[State] = []
        for person in people:
            held = self.held_by.get(person.name, set())
            if len(held) == 1:
                found.extend(held - set(found))
        return found

    def counterparts(self, people: Iterable[Person], *, answered: bool = False) -> list[Named]:
        """Detainees held by the home state of ``people`` (a hostage for a hostage).

        A state holding another's nationals in retaliation, or to trade them, answers a
        detention by that other state: Canadians held by China answer China's national
        held by Canada. They are placed after the end of the text, where a retaliation's
        answered detainees stand, or before its start when ``people`` are the ones
        ``answered`` ("retaliation for Su's arrest": the counterparts answer him).
        """
        end = -1 if answered else len(self.doc.tokens)
        found: list[Named] = []
        for person in people:
            holders = self.held_by.get(person.name, set())
            home = self.nationals.get(person.name, set())
            for other in self.people_held:
                their_holders = self.held_by.get(other.name, set())
                their_home = self.nationals.get(other.name, set())
                if (
                    not their_holders.isdisjoint(home)
                    and their_holders != holders
                    and (not their_home or not holders.isdisjoint(their_home))
                ):
                    found.append(Named(end, end, other))
        return found

    # ------------------------------------------------------------ pairing

    def pairs(
        self,
        named: Sequence[Named],
        cue: int,
        *,
        exchange: bool,
        answered: tuple[int, int] | None = None,
        fronted: bool = True,
    ) -> list[Pair]:
        """The (detainee, linked_to) pairs a cue at token ``cue`` connects.

        ``answered``, if the cue's rule gives it, holds the detention a retaliation answers
        ("Days after her arrest, ..."); ``fronted`` reads a cue that names all of them after
        it as fronted: the first side named is answered.
        """
        people = list({n.person.name: n.person for n in named}.values())
        if len(people) < 2:
            return []
        if exchange:
            return [
                (a, b)
                for i, a in enumerate(people)
                for b in people[i + 1 :]
                if self.different_states(a, b) and not self._sent_home_together(a, b)
            ]
        inside = set() if answered is None else _within(named, answered)
        answered_names = inside or self._answered(named, cue)
        if fronted and answered_names >= {p.name for p in people}:
            answered_names = self._answered_first(named, cue)
        return [
            (detainee, other)
            for detainee in people
            if detainee.name not in answered_names
            for other in people
            if other.name in answered_names and self.different_states(detainee, other)
        ]

    def _sent_home_together(self, a: Person, b: Person) -> bool:
        """Whether ``a`` and ``b`` go home on the same side of an exchange.

        Two nationals of one state, each held by another state (Russians freed by the US
        and by Germany in one swap), are traded for others, not for each other.
        """
        home = self.nationals.get(a.name, set())
        holders = self.held_by.get(a.name, set()) | self.held_by.get(b.name, set())
        return bool(home) and home == self.nationals.get(b.name) and home.isdisjoint(holders)

    def _answered(self, named: Sequence[Named], cue: int) -> set[str]:
        """The names of the detainees a retaliation cue says are answered: those after it."""
        after = {n.person.name for n in named if n.first >= cue}
        if after:
            return after
        # nobody after it: those named nearest before it, with the detainees coordinated with
        # them ("Kovrig and Spavor were then detained in retaliation"), answer the others
        near = {p.name for p in self.side(n for n in reversed(named) if n.first < cue)}
        return {n.person.name for n in named if n.person.name not in near}

    def _answered_first(self, named: Sequence[Named], cue: int) -> set[str]:
        """The detainees answered when all are named after the cue.

        "In retaliation for the arrest of Meng, China detained Kovrig": what the cue is
        for comes first. A cue that is no answer "for" anything says nothing of which side
        answers: all are taken as answered, and nobody is paired.
        """
        after = [n for n in named if n.first >= cue]
        first = {p.name for p in self.side(after)}
        lower = self.doc.tokens.lower
        if not words("answer_for").isdisjoint(lower[cue : after[0].first]):
            return first
        return {n.person.name for n in after}

    def side(self, named: Iterable[Named]) -> list[Person]:
        """The detainees coordinated with the first of ``named``: those of the same holders."""
        side: list[Person] = []
        holders: set[State] | None = None
        for mention in named:
            theirs = self.held_by.get(mention.person.name, set())
            if holders is None:
                holders = theirs
            elif theirs != holders:
                break
            if mention.person not in side:
                side.append(mention.person)
        return side

    def traded(
        self,
        sentence: Sentence,
        named: Sequence[Named],
        cue: tuple[int, int],
        other: tuple[int, int],
    ) -> list[Pair] | None:
        """The pairs of a trade: the detainees before the cue against those after its "for".

        ``None`` when the sentence is not so built: a side break (";", ":") between the cue
        and "for", a detainee named between them, or nobody named on one side.
        """
        lower = self.doc.tokens.lower
        breaks = words("side_break")
        if not breaks.isdisjoint(lower[cue[1] : other[0]]):
            return None
        if any(cue[1] <= n.first < other[0] for n in named):
            return None
        start = max(
            (i + 1 for i in range(sentence.first, cue[0]) if lower[i] in breaks),
            default=sentence.first,
        )
        end = next((i for i in range(other[1], sentence.stop) if lower[i] in breaks), sentence.stop)
        left = self.side(n for n in reversed(named) if start <= n.first and n.stop <= cue[0])
        right = self.side(n for n in named if other[1] <= n.first < end)
        if not left or not right:
            return None
        return [(a, b) for a in left for b in right if self.different_states(a, b)]


def _within(named: Iterable[Named], span: tuple[int, int]) -> set[str]:
    """The names of the detainees named inside tokens ``span``."""
    first, stop = span
    return {n.person.name for n in named if first <= n.first and n.stop <= stop}
