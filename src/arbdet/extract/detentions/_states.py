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

import functools
from collections.abc import Callable, Collection

import attrs

from ...model import Organization, State
from ._lexicon import custody_role, custody_words, is_official, words
from ._reading import PersonSlot, Reading, StateSlot

__all__ = ["StateCue", "agent_after_by", "agent_before", "institution_cues", "place_cues"]

_MODIFIERS = 3  # words between a demonym and its institution noun ("Chinese state security")
_PLACE_GAP = 2  # words between "in" and a place ("in northeastern China", "in a Moscow hotel")
_BY_WINDOW = 6  # words between "by" and the agent's last word ("by the Belarusian KGB")


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


def _institution_at(view: Reading, index: int) -> tuple[State, int] | None:
    """A state written before the custody or institution noun at ``index``."""
    if not view.inside(index) or custody_role(view.text(index)) is None:
        return None
    for back in range(index - 1, max(view.first - 1, index - 1 - _MODIFIERS), -1):
        if view.is_class(back, "possessive_mark"):
            continue
        slot = view.place(back)
        if slot is not None:
            return (slot.state, slot.first) if slot.state is not None else None
        text = view.text(back)
        if not text[:1].isalpha() and text not in ("-", "."):
            return None
        if (
            view.person(back) is not None
            or view.is_class(back, "preposition")
            or view.is_class(back, "determiner")
            or view.is_class(back, "be")
            or view.is_class(back, "have")
            or view.is_boundary(back)
            or (text.islower() and text.endswith(("ed", "ing")))
        ):
            return None
    return None


def official_state(view: Reading, index: int) -> State | None:
    """The state an official whose name ends at token ``index`` acts for ("Biden granted")."""
    slot = view.person_ending(index + 1)
    if slot is None or len(slot.people) != 1 or not is_official(slot.people[0]):
        return None
    affiliation = view.whole.index.affiliation(slot.people[0])
    if isinstance(affiliation, Organization):
        return affiliation.state
    return affiliation


def _cue_ends(view: Reading) -> frozenset[int]:
    """The tokens of the document that can end a cue (see :func:`_cue_ending`).

    The last token of an organisation, a place or a person, and a custody or institution
    noun: no other token ends a cue, so a search for one passes over them unasked.
    """
    whole = view.whole
    found: frozenset[int] | None = whole.memo.get(_CUE_ENDS)
    if found is None:
        ends = set(whole.columns.of_words(custody_words()))
        for layer in (whole.orgs, whole.named, whole.demonyms, whole.persons):
            ends.update(stop - 1 for stop in layer.stop)
        found = whole.memo[_CUE_ENDS] = frozenset(ends)
    return found


_CUE_ENDS = "cue_ends"  # the document's memo of the tokens that can end a cue


def _cue_ending(view: Reading, index: int, rank: int, *, officials: bool) -> StateCue | None:
    """A cue whose last token is ``index``: an institution, organisation, place or official."""
    if index not in _cue_ends(view):
        return None
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
        if state is not None and not view.is_class(slot.end, "possessive_mark"):
            start, end = view.span(slot.first, slot.end)
            return StateCue(state, start, end, rank, slot.first)
    if officials:
        state = official_state(view, index)
        if state is not None:
            person = view.person(index)
            assert person is not None
            start, end = view.span(person.first, index + 1)
            return StateCue(state, start, end, rank, person.first)
    return None


def agent_after_by(view: Reading, end: int, rank: int = 0) -> StateCue | None:
    """The agent after "by" following a passive verb that ends at token ``end``."""
    position = end
    while position < view.stop and (view.is_class(position, "adverb") or view.date(position)):
        position += 1
    if not view.is_class(position, "agent_by"):
        return None
    for index in range(position + 1, min(view.stop, position + 1 + _BY_WINDOW)):
        if view.is_boundary(index) or view.text(index) == ",":
            return None
        cue = _cue_ending(view, index, rank, officials=True)
        if cue is not None:
            return cue
        if custody_role(view.text(index)) == "institution" and view.is_class(index + 1, "locative"):
            return _place_at(view, index + 2, rank)  # "by a court in Kazan"
    return None


def agent_before(
    view: Reading,
    first: int,
    start: int,
    *,
    skip: Collection[PersonSlot] = (),
    rank: int = 1,
) -> StateCue | None:
    """The nearest agent before token ``first`` (back to ``start``): "Beijing detained".

    People in ``skip`` (those the event is about) are not agents.
    """
    ends = _cue_ends(view)
    for index in range(first - 1, start - 1, -1):
        if index not in ends or any(slot.first <= index < slot.end for slot in skip):
            continue
        cue = _cue_ending(view, index, rank, officials=True)
        if cue is None:
            continue
        if (
            (cue.token > start and view.is_class(cue.token - 1, "not_agent"))
            or view.is_possessor(index + 1)
            or _in_phrase(view, cue.token)
        ):
            continue
        if _joined_states(view, cue.token, index + 1):
            return None
        return cue
    return None


def _in_phrase(view: Reading, first: int) -> bool:
    """Whether a name after "and" is the second of a prepositional pair ("of Kohler and X")."""
    if not view.is_class(first - 1, "coordinator"):
        return False
    position = first - 2
    while position >= view.first and view.text(position)[:1].isupper():
        position -= 1
    return view.is_class(position, "not_agent")


def _joined_states(view: Reading, first: int, end: int) -> bool:
    """Whether the state at tokens ``[first, end)`` is one of two joined by "and".

    "Russia and the United States carried out an exchange" names no single agent.
    """
    before = first - 2 if view.is_class(first - 1, "article") else first - 1
    if view.is_class(before, "coordinator") and view.place(before - 1) is not None:
        return True
    if not view.is_class(end, "coordinator"):
        return False
    following = end + 2 if view.is_class(end + 1, "article") else end + 1
    return view.place(following) is not None


Found = tuple[int, State, int, int, int]  # position, state, start, end, first token


def _institutions(view: Reading, release: bool) -> list[Found]:
    """Every institution of the sentence that holds people (see :func:`institution_cues`)."""
    found: list[Found] = []
    blocked = _blocked(release=release)
    for index, state, token in _holding(view):
        before = token - 1
        if view.is_class(before, "article"):
            before -= 1
        if view.lower(before) in blocked or any(view.is_class(index + k, "speech") for k in (1, 2)):
            continue
        if view.in_charge(token):
            continue  # "for collaborating with the hostile American government"
        start, stop = view.span(token, index + 1)
        found.append((index, state, start, stop, token))
    return found


@functools.cache
def _blocked(*, release: bool) -> frozenset[str]:
    """Words before an institution that make it no holder ("against the Iranian regime")."""
    blocked = words("not_agent") - words("locative") - words("agent_by")
    return blocked - words("release_institution_opener") if release else blocked


def _holding(view: Reading) -> list[tuple[int, State, int]]:
    """The institutions of the sentence with a state: last token, state and first token.

    Worked out once a sentence (:func:`_institutions` reads them for a release and for
    any other event).
    """
    found: list[tuple[int, State, int]] | None = view.memo.get(_HOLDING)
    if found is not None:
        return found
    found = view.memo[_HOLDING] = []
    for index in _institution_words(view):
        org = view.org(index)
        if org is not None and org.end == index + 1 and org.institution and org.state:
            found.append((index, org.state, org.first))
            continue
        at = _institution_at(view, index)
        if at is not None:
            found.append((index, *at))
    return found


_HOLDING = ("holding",)  # the sentence's memo of its institutions


def _institution_words(view: Reading) -> list[int]:
    """The tokens of the sentence that can end an institution (a noun, an organisation)."""
    found = set(view.among(custody_words()))
    orgs = view.whole.orgs
    found.update(orgs.stop[number] - 1 for number, _ in orgs.within(view.first, view.stop))
    return sorted(i for i in found if view.first <= i < view.stop)


def _found(
    view: Reading, find: Callable[[Reading, bool], list[Found]], release: bool
) -> list[Found]:
    """What ``find`` finds in the sentence, worked out once a sentence."""
    key = (find.__name__, release)
    found: list[Found] | None = view.memo.get(key)
    if found is None:
        found = view.memo[key] = find(view, release)
    return found


def institution_cues(
    view: Reading, first: int, end: int, rank: int, *, release: bool = False
) -> list[tuple[int, StateCue]]:
    """Institutions in tokens ``[first, end)`` that hold people, with their token positions."""
    key = ("institutions", release, rank)
    cues: list[tuple[int, StateCue]] | None = view.memo.get(key)
    if cues is None:
        cues = view.memo[key] = [
            (index, StateCue(state, start, stop, rank, token))
            for index, state, start, stop, token in _found(view, _institutions, release)
        ]
    return [cue for cue in cues if first <= cue[0] < end]


def _places(view: Reading, release: bool) -> list[Found]:
    """Every place of the sentence a locative opens (see :func:`place_cues`)."""
    found: list[Found] = []
    opened: dict[int, StateCue | None] = view.memo.setdefault(_OPENED, {})
    for index in view.among(_openers(release=release)):
        if index not in opened:  # the same for a release and any other event
            opened[index] = _place_at(view, index + 1, 0)
        cue = opened[index]
        if cue is not None and not view.in_charge(cue.token):
            found.append((index, cue.state, cue.start, cue.end, cue.token))
    for index in view.among(words("there")):
        cue = _named_before(view, index)
        if cue is not None:  # "arrested there": the place named before
            found.append((index, cue.state, cue.start, cue.end, cue.token))
    return found


_OPENED = ("opened",)  # the sentence's memo of the place each opener opens


@functools.cache
def _openers(*, release: bool) -> frozenset[str]:
    """The words that open a place where someone is held (or, for a release, let out of)."""
    return words("locative") | (words("release_place_opener") if release else frozenset())


def _named_before(view: Reading, index: int) -> StateCue | None:
    """The last state named (not as a demonym) before token ``index`` in the sentence."""
    for slot in reversed(view.states()):
        if slot.end <= index and slot.kind != "demonym" and slot.state is not None:
            start, stop = view.span(slot.first, slot.end)
            return StateCue(slot.state, start, stop, 0, slot.first)
    return None


def relative_place(view: Reading, clause: int) -> StateCue | None:
    """The place a relative "where" opening the clause at ``clause`` stands for."""
    where = clause - 1
    if not view.is_class(where, "place_relative"):
        return None
    position = where - 1 if view.text(where - 1) == "," else where
    slot = view.place(position - 1)
    if slot is None or slot.end != position or slot.kind == "demonym" or slot.state is None:
        return None
    start, stop = view.span(slot.first, slot.end)
    return StateCue(slot.state, start, stop, 1, slot.first)


def place_cues(
    view: Reading, first: int, end: int, rank: int, *, release: bool = False
) -> list[tuple[int, StateCue]]:
    """Places in tokens ``[first, end)`` where someone is held: "in China", "at Evin"."""
    key = ("places", release, rank)
    cues: list[tuple[int, int, StateCue]] | None = view.memo.get(key)
    if cues is None:
        cues = view.memo[key] = [
            (index, token, StateCue(state, start, stop, rank, token))
            for index, state, start, stop, token in _found(view, _places, release)
        ]
    return [(token, cue) for index, token, cue in cues if first <= index < end]


def _place_at(view: Reading, position: int, rank: int) -> StateCue | None:
    """The place a locative opens at ``position``.

    "China", "a Moscow hotel", "the central city of Kazan", "the Norwegian city of
    Tromso"; not the state of a mission ("at the U.S. embassy in Tehran").
    """
    gap = 0
    while gap <= _PLACE_GAP:
        slot = view.place(position)
        if slot is not None:
            state = _usable(slot)
            if slot.kind == "demonym" and view.is_class(slot.end, "place_noun"):
                state = slot.state  # "in the Norwegian city of Tromso", "the Iranian capital"
            if state is None or slot.first != position or view.is_class(slot.end, "mission"):
                return None
            start, stop = view.span(slot.first, slot.end)
            return StateCue(state, start, stop, rank, slot.first)
        text = view.text(position)
        if view.is_class(position, "place_noun") and view.is_class(position + 1, "of"):
            position += 2  # "the central city of Kazan"
            continue
        if (
            not text
            or view.is_class(position, "preposition")
            or not (view.is_class(position, "article") or text.islower())
        ):
            return None
        position += 1
        gap += 1
    return None
