"""Which state holds a person, read from the words around a detention word.

The cues, strongest first:

- an agent after a passive verb: "arrested by the RCMP", "detained by China";
- the subject of an active verb: "Beijing detained", "a Russian court sentenced", "Biden
  granted him clemency" (a person's office gives the state); a possessor before a noun:
  "Canada's arrest of";
- an institution in the clause: a state or demonym with a custody or institution noun
  ("Chinese custody", "Tehran's Evin prison", "Belarusian authorities") or an
  organisation that holds people ("the Dandong Intermediate People's Court");
- a place in the clause: "in China", "at Vancouver's airport", "in Yekaterinburg";
- the same, anywhere in the sentence.

A demonym alone names a nationality, not a detaining state ("a Russian assassin jailed in
Germany"), and a place after "to" is a destination, not where someone is held.
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from ..model import Organization, State
from ._detention_lexicon import custody_words, is_official
from ._detention_view import PersonSlot, SentenceView, StateSlot
from .people import PeopleIndex

__all__ = ["StateCue", "agent_after_by", "agent_before", "institution_cues", "place_cues"]

_MODIFIERS = 3  # words between a demonym and its institution noun ("Chinese state security")
_PLACE_GAP = 2  # words between "in" and a place ("in northeastern China", "in a Moscow hotel")
_BY_WINDOW = 6
_LOCATIVE = frozenset(["in", "at", "inside", "into", "within"])
_NOT_AGENT = frozenset(
    [
        "in",
        "at",
        "into",
        "to",
        "from",
        "of",
        "for",
        "with",
        "about",
        "against",
        "near",
        "by",
        "after",
        "before",
        "than",
        "like",
        "over",
        "toward",
        "towards",
        "between",
        "among",
    ]
)


@attrs.frozen
class StateCue:
    """A state and the characters ``[start, end)`` that name it; lower ``rank`` is stronger."""

    state: State
    start: int
    end: int
    rank: int
    token: int = 0  # the first token of the words


def _usable(slot: StateSlot) -> State | None:
    return slot.state if slot.kind != "demonym" else None


def _institution_at(view: SentenceView, index: int) -> tuple[State, int] | None:
    """A state written before the custody or institution noun at ``index``."""
    if (
        custody_words().get(view.lower(index)) is None
        and custody_words().get(view.tokens[index].text) is None
    ):
        return None
    for back in range(index - 1, max(-1, index - 1 - _MODIFIERS), -1):
        if view.lower(back) == "'s":
            continue
        slot = view.place(back)
        if slot is not None:
            return (slot.state, slot.first) if slot.state is not None else None
        token = view.tokens[back]
        if not token.text[:1].isalpha() and token.text not in ("-", "."):
            return None
        if (
            view.person(back) is not None
            or view.is_class(back, "preposition")
            or view.is_class(back, "determiner")
            or view.is_class(back, "be")
            or view.is_class(back, "have")
            or view.is_boundary(back)
            or (token.text.islower() and token.text.endswith(("ed", "ing")))
        ):
            return None
    return None


def _person_state(people: PeopleIndex, view: SentenceView, index: int) -> State | None:
    """The state an official acts for ("Biden granted him clemency")."""
    slot = view.person_ending(index + 1)
    if slot is None or len(slot.people) != 1 or not is_official(slot.people[0]):
        return None
    affiliation = people.affiliation(slot.people[0])
    if isinstance(affiliation, Organization):
        return affiliation.state
    return affiliation


def _cue_ending(
    view: SentenceView, people: PeopleIndex | None, index: int, rank: int
) -> StateCue | None:
    """A cue whose last token is ``index``: an institution, organisation, place or official."""
    org = view.org(index)
    if org is not None and org.end == index + 1 and org.institution and org.state is not None:
        start, end = view.span(org.first, org.end)
        return StateCue(org.state, start, end, rank, org.first)
    found = _institution_at(view, index)
    if found is not None:
        start, end = view.span(found[1], index + 1)
        return StateCue(found[0], start, end, rank, found[1])
    slot = view.place(index)
    if slot is not None and slot.end == index + 1:
        state = _usable(slot)
        if state is not None and view.lower(slot.end) != "'s":
            start, end = view.span(slot.first, slot.end)
            return StateCue(state, start, end, rank, slot.first)
    if people is not None:
        state = _person_state(people, view, index)
        if state is not None:
            person = view.person(index)
            assert person is not None
            start, end = view.span(person.first, index + 1)
            return StateCue(state, start, end, rank, person.first)
    return None


def agent_after_by(
    view: SentenceView, people: PeopleIndex, end: int, rank: int = 0
) -> StateCue | None:
    """The agent after "by" following a passive verb that ends at token ``end``."""
    position = end
    while position < len(view) and (
        view.is_class(position, "adverb") or view.date_at[position] is not None
    ):
        position += 1
    if view.lower(position) != "by":
        return None
    for index in range(position + 1, min(len(view), position + 1 + _BY_WINDOW)):
        if view.is_boundary(index) or view.tokens[index].text == ",":
            return None
        cue = _cue_ending(view, people, index, rank)
        if cue is not None:
            return cue
    return None


def agent_before(
    view: SentenceView,
    people: PeopleIndex,
    first: int,
    start: int,
    *,
    skip: Collection[PersonSlot] = (),
    rank: int = 1,
) -> StateCue | None:
    """The nearest agent before token ``first`` (back to ``start``): "Beijing detained".

    People in ``skip`` (those the event is about) are not agents.
    """
    for index in range(first - 1, start - 1, -1):
        if any(slot.first <= index < slot.end for slot in skip):
            continue
        cue = _cue_ending(view, people, index, rank)
        if cue is None:
            continue
        before = view.lower(cue.token - 1) if cue.token > start else ""
        if before in _NOT_AGENT or view.is_possessor(index + 1) or _in_phrase(view, cue.token):
            continue
        if _joined_states(view, cue.token, index + 1):
            return None
        return cue
    return None


def _in_phrase(view: SentenceView, first: int) -> bool:
    """Whether a name after "and" is the second of a prepositional pair ("of Kohler and X")."""
    if view.lower(first - 1) != "and":
        return False
    position = first - 2
    while position >= 0 and view.tokens[position].text[:1].isupper():
        position -= 1
    return view.lower(position) in _NOT_AGENT


def _joined_states(view: SentenceView, first: int, end: int) -> bool:
    """Whether the state at tokens ``[first, end)`` is one of two joined by "and".

    "Russia and the United States carried out an exchange" names no single agent.
    """
    before = first - 2 if view.lower(first - 1) == "the" else first - 1
    if view.lower(before) == "and" and view.place(before - 1) is not None:
        return True
    if view.lower(end) != "and":
        return False
    following = end + 2 if view.lower(end + 1) == "the" else end + 1
    return view.place(following) is not None


def institution_cues(
    view: SentenceView, first: int, end: int, rank: int, *, release: bool = False
) -> list[tuple[int, StateCue]]:
    """Institutions in tokens ``[first, end)`` that hold people, with their token positions."""
    found: list[tuple[int, StateCue]] = []
    blocked = _NOT_AGENT - _LOCATIVE - {"by"} - ({"from", "of"} if release else set())
    for index in range(first, end):
        org = view.org(index)
        cue = None
        if org is not None and org.end == index + 1 and org.institution and org.state:
            start, stop = view.span(org.first, org.end)
            cue = StateCue(org.state, start, stop, rank, org.first)
        else:
            at = _institution_at(view, index)
            if at is not None:
                start, stop = view.span(at[1], index + 1)
                cue = StateCue(at[0], start, stop, rank, at[1])
        if cue is None:
            continue
        before = view.lower(cue.token - 1)
        if before in ("the", "a", "an"):
            before = view.lower(cue.token - 2)
        if before in blocked or any(view.is_class(index + k, "speech") for k in (1, 2)):
            continue
        found.append((index, cue))
    return found


def place_cues(
    view: SentenceView, first: int, end: int, rank: int, *, release: bool = False
) -> list[tuple[int, StateCue]]:
    """Places in tokens ``[first, end)`` where someone is held: "in China", "at Evin"."""
    found: list[tuple[int, StateCue]] = []
    openers = _LOCATIVE | ({"from"} if release else set())
    for index in range(first, end):
        if view.lower(index) not in openers:
            continue
        position = index + 1
        for _ in range(_PLACE_GAP + 1):
            slot = view.place(position)
            if slot is not None:
                state = _usable(slot)
                if state is not None and slot.first == position:
                    start, stop = view.span(slot.first, slot.end)
                    found.append((slot.first, StateCue(state, start, stop, rank, slot.first)))
                break
            word = view.tokens[position] if position < len(view) else None
            if (
                word is None
                or view.is_class(position, "preposition")
                or not (word.lower in ("the", "a", "an") or word.text.islower())
            ):
                break
            position += 1
    return found
