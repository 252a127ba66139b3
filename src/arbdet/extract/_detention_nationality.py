"""Nationalities the people layer leaves unread, from the phrasings common in detention news.

- a list of states before "citizenship", "nationality", "passports", "citizens",
  "nationals" ("who holds U.S. and Russian citizenship", "a Kremlin critic with Russian
  and British citizenship", "Swedish citizens X and Y", "two British-Iranian dual
  nationals"), or "a citizen of Russia";
- a demonym before a name, with at most a few occupation words between ("Canadian Robert
  Schellenberg", "Canadians X and Y", "Belarusian opposition journalist X");
- a demonym that introduces names after a comma, a colon or "among them" ("two
  Canadians, X and Y", "Three other Americans remain in custody: X, Y and Z", "another
  Australian held in China, the writer X");
- a demonym in an apposition after a name ("X, a Swedish-Iranian, was detained", "X and
  Y, the two Canadians held ...", "X, the Iranian diplomat");
- a demonym inside a mention of the person ("the British-Iranian charity worker").

A demonym of a former office ("a former Chinese official") or before an office ("Chinese
Foreign Minister", "Canadian foreign ministry spokeswoman") is not a nationality.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Person, State
from ._detention_lexicon import cue_class
from ._detention_syntax import (
    antecedent,
    coordinated_left,
    coordinated_right,
    list_after,
    subject_before,
)
from ._detention_view import PersonSlot, SentenceView, StateSlot
from .mentions import PlaceKind, PlaceMention

__all__ = ["read_nationalities"]

_CITIZENSHIP = frozenset(
    [
        "citizenship",
        "citizenships",
        "nationality",
        "nationalities",
        "passport",
        "passports",
        "citizen",
        "citizens",
        "national",
        "nationals",
    ]
)
_PLURAL = frozenset(["citizens", "nationals"])
_OF_FORMS = frozenset(["citizen", "citizens", "national", "nationals"])
_LIST_WORDS = frozenset([",", "and", "both", "dual", "also"])
_OPENERS = frozenset(
    ["a", "an", "the", "another", "two", "three", "four", "five", "both", "fellow", "other"]
)
_FORMER = frozenset(["former", "ex", "ex-"])
_COPULA = frozenset(["is", "was", "became", "becomes", "are", "were"])
_GROUP_NOUNS = frozenset(["detainees", "citizens", "nationals", "men", "women", "prisoners"])
_COMMAS = frozenset([",", "-"])
_MAX_ROLE = 3  # occupation words between a demonym and a name
_MAX_DESCRIPTION = 8  # words between a demonym noun and the comma before the name
_MAX_WITH = 12  # tokens between a name and "with ... citizenship"
_MAX_VERB = 3  # words between "who" and the nationality ("who also holds")
_PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"]
)

Found = tuple[list[PersonSlot], tuple[State, ...]]


def _states(slots: Sequence[StateSlot]) -> tuple[State, ...]:
    return tuple(dict.fromkeys(s for slot in slots for s in slot.states))


def _attributive(slot: StateSlot) -> bool:
    """A demonym, or a short name used as one ("U.S.", "UK")."""
    if slot.kind == "demonym":
        return True
    letters = slot.text.replace(".", "")
    return slot.kind == "name" and letters.isupper() and len(letters) <= 3


def _list_before(view: SentenceView, index: int) -> list[StateSlot]:
    """The states written as a list before token ``index`` ("U.S., British and Irish")."""
    found: list[StateSlot] = []
    position = index - 1
    while position >= 0:
        slot = view.place(position)
        if slot is not None and slot.kind in ("demonym", "name"):
            found.insert(0, slot)
            position = slot.first - 1
            continue
        if view.lower(position) in _LIST_WORDS:
            position -= 1
            continue
        break
    return found


def _nearest_before(view: SentenceView, index: int, limit: int) -> PersonSlot | None:
    for position in range(index - 1, max(-1, index - 1 - limit), -1):
        if view.tokens[position].text in ";:()":
            return None
        slot = view.person(position)
        if slot is not None and slot.people and not view.is_possessor(slot.end):
            return slot
    return None


def _owners(view: SentenceView, first: int, noun: int) -> list[PersonSlot]:
    """Whose nationality the words ``[first, noun]`` give."""
    plural = view.lower(noun) in _PLURAL
    following = view.person(noun + 1)
    if following is not None and following.first == noun + 1:
        return coordinated_right(view, following)
    if plural:
        listed = list_after(view, noun + 1)
        if listed:
            return listed
    if view.lower(noun + 1) == ",":
        named = _name_after(view, noun + 2)
        if named is not None:
            return [named]
    opening = first - 1
    while opening >= 0 and view.lower(opening) in _OPENERS:
        opening -= 1
    if opening >= 0 and view.tokens[opening].text in _COMMAS:
        owner = view.person_ending(opening)
        if owner is not None:
            return coordinated_left(view, owner) if plural else [owner]
    if view.lower(opening) in _COPULA:
        return subject_before(view, opening)
    start = view.clause_start(first)
    if start > 0 and view.lower(start - 1) in ("who", "whom") and first - start <= _MAX_VERB:
        return antecedent(view, start - 1)
    if view.lower(first - 1) in ("with", "holding", "holds", "has"):
        owner = _nearest_before(view, first, _MAX_WITH)
        return [owner] if owner is not None else []
    return []


def _name_after(view: SentenceView, position: int) -> PersonSlot | None:
    """A name (not a pronoun) within a few words of ``position`` ("the writer Yang")."""
    for index in range(position, min(len(view), position + _MAX_ROLE)):
        slot = view.person(index)
        if slot is not None:
            text = slot.mention.text
            named = slot.people and text[:1].isupper() and text.lower() not in _PRONOUNS
            return slot if named and slot.first == index else None
        if not view.tokens[index].text[:1].isalpha():
            return None
    return None


def _citizenship(view: SentenceView) -> Iterator[Found]:
    for index, token in enumerate(view.tokens):
        if token.lower not in _CITIZENSHIP:
            continue
        listed = _list_before(view, index)
        if listed:
            yield _owners(view, listed[0].first, index), _states(listed)
        elif token.lower in _OF_FORMS and view.lower(index + 1) == "of":
            slot = view.place(index + 2)
            if slot is not None and slot.kind == "name":
                yield _owners(view, index, index), slot.states


def _office_after(view: SentenceView, index: int) -> bool:
    return view.lower(index) in cue_class("office")


def _before_names(view: SentenceView) -> Iterator[Found]:
    """A demonym before names: "Canadian Robert Schellenberg", "Belarusian journalist X"."""
    for slot in view.states:
        if slot.kind != "demonym" or view.lower(slot.first - 1) in _FORMER:
            continue
        position = slot.end
        for _ in range(_MAX_ROLE + 1):
            person = view.person(position)
            if person is not None:
                if person.first == position:
                    plural = slot.text.endswith("s")
                    owners = coordinated_right(view, person) if plural else [person]
                    yield owners, slot.states
                break
            token = view.tokens[position] if position < len(view) else None
            if (
                token is None
                or not token.text.islower()
                or _office_after(view, position)
                or view.is_class(position, "preposition")
                or view.is_class(position, "be")
                or view.in_trigger(position)
            ):
                break
            position += 1


def _introducing(view: SentenceView) -> Iterator[Found]:
    """A demonym that names come after: "two Canadians, X and Y"."""
    for slot in view.states:
        if slot.kind != "demonym" or view.lower(slot.first - 1) not in _OPENERS:
            continue
        if view.lower(slot.first - 2) == "the":
            continue
        position = slot.end
        if view.lower(position) in _GROUP_NOUNS:
            position += 1
        for index in range(position, min(len(view), position + _MAX_DESCRIPTION)):
            text = view.tokens[index].text
            if text in _COMMAS:
                following = _name_after(view, index + 1)
                if following is not None:
                    yield coordinated_right(view, following), slot.states
                break
            if view.person(index) is not None or view.is_boundary(index):
                break


def _listed(view: SentenceView) -> Iterator[Found]:
    """The first plural demonym of a list: "Other Canadians remain held, among them X"."""
    for slot in view.states:
        if slot.kind == "demonym" and slot.text.endswith("s"):
            if any(view.person(i) is not None for i in range(slot.first)):
                return
            people = list_after(view, slot.end)
            if people:
                yield people, slot.states
            return


def _apposition(view: SentenceView) -> Iterator[Found]:
    """A demonym in an apposition: "X, a Swedish-Iranian, was detained".

    "former" may stand before a demonym whose noun is no office ("X, the former U.S.
    Marine"): it qualifies the noun, not the nationality.
    """
    for slot in view.states:
        if not _attributive(slot):
            continue
        last = slot.first - 1
        if view.lower(last) in _FORMER and not _office_after(view, slot.end):
            last -= 1
        position = last
        while position >= 0 and view.lower(position) in _OPENERS:
            position -= 1
        if position == last or view.tokens[position].text not in _COMMAS:
            continue
        owner = view.person_ending(position)
        if owner is None:
            continue
        yield coordinated_left(view, owner), slot.states


def _appositive_owner(view: SentenceView, first: int) -> PersonSlot | None:
    """The named person before ", a" / ", another" that opens tokens from ``first``."""
    position = first - 1
    while position >= 0 and view.lower(position) in _OPENERS:
        position -= 1
    if position == first - 1 or position < 0 or view.tokens[position].text not in _COMMAS:
        return None
    owner = view.person_ending(position)
    return owner if owner is not None and owner.people else None


def _inside(view: SentenceView, places: Sequence[PlaceMention]) -> Iterator[Found]:
    """A demonym inside a mention of the person ("the British-Iranian charity worker").

    A description the people layer left unresolved gives its nationality to the name it
    stands in apposition to ("Trevor Reed, another American veteran, ...").
    """
    for mention in view.persons:
        slot = mention if mention.people else _appositive_owner(view, mention.first)
        if slot is None:
            continue
        start, end = view.span(mention.first, mention.end)
        for place in places:
            if start <= place.start and place.end <= end and place.kind is PlaceKind.DEMONYM:
                before = view.doc.text[start : place.start].lower().split()
                after = view.doc.text[place.end : end].split()
                if (before and before[-1] in _FORMER) or (
                    after and after[0].lower() in cue_class("office")
                ):
                    continue
                yield [slot], place.states


def read_nationalities(
    view: SentenceView, places: Sequence[PlaceMention]
) -> list[tuple[Person, tuple[State, ...]]]:
    """The nationalities one sentence gives its people, in the order read."""
    found: list[tuple[Person, tuple[State, ...]]] = []
    readers = (
        _citizenship(view),
        _before_names(view),
        _introducing(view),
        _listed(view),
        _apposition(view),
        _inside(view, places),
    )
    for reader in readers:
        for owners, states in reader:
            for slot in owners:
                found.extend((person, states) for person in slot.people)
    return found
