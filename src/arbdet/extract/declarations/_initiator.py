"""The state that launched the declaration: "Canada-led", "launched by", "Canada's initiative".

Each initiator rule names a state (or an official, who stands for their state); the state
named most often wins, the first named on a tie. Some rules need a check the pattern
cannot make: that the state is written "Canadian-led" (``needs=led_suffix``), or as a
demonym (``needs=demonym``: "the Canadian initiative").
"""

from __future__ import annotations

from collections import Counter

from ...model import Evidence, Organization, Person, State
from ..mentions import PersonMention, PlaceKind, PlaceMention
from ..patterns import Match
from ..people import PeopleLayer, known_state
from ._scope import Scope
from ._vocabulary import words

__all__ = ["initiator"]


def _led(scope: Scope, stop: int) -> bool:
    """Whether the state's last token is a compound like "Canadian-led"."""
    token = scope.doc.tokens.lower[stop - 1]
    head, dash, tail = token.rpartition("-")
    return bool(dash and head) and tail in words("led_suffix")


def _official_state(scope: Scope, person: Person) -> State | None:
    """The state an official acts for, from the text or the gazetteer of officials."""
    people = scope.layers["PERSON"]
    affiliation = people.index.affiliation(person) if isinstance(people, PeopleLayer) else None
    if isinstance(affiliation, Organization):
        affiliation = affiliation.state
    if isinstance(affiliation, State):
        return affiliation
    return known_state(person, scope.doc.published)


def _state(scope: Scope, match: Match) -> tuple[State, int, int] | None:
    """The state a rule's ``who`` names, with its tokens, if the rule's checks pass."""
    who = match.get("who")
    if who is None:
        return None
    first, stop = who
    mention = scope.layers["STATE"].starting(first) or scope.layers["PERSON"].starting(first)
    if isinstance(mention, PersonMention):
        state = None if mention.person is None else _official_state(scope, mention.person)
        return None if state is None else (state, first, stop)
    if not isinstance(mention, PlaceMention) or len(mention.states) != 1:
        return None
    needs = match.rule.value("needs")
    if (needs == "led_suffix" and not _led(scope, stop)) or (
        needs == "demonym" and mention.kind is not PlaceKind.DEMONYM
    ):
        return None
    return mention.states[0], first, stop


def initiator(scope: Scope) -> tuple[State, list[Evidence]] | None:
    """The state that launched the declaration, and where the text says so."""
    votes: Counter[State] = Counter()
    evidence: dict[State, list[Evidence]] = {}
    for match in scope.of("initiator"):
        found = _state(scope, match)
        if found is None:
            continue
        state, first, stop = found
        votes[state] += 1
        evidence.setdefault(state, []).append(
            scope.doc.token_evidence(first, stop, match.rule.id, "initiator")
        )
    if not votes:
        return None
    state = max(votes, key=lambda s: (votes[s], -evidence[s][0].span.start))
    return state, evidence[state]
