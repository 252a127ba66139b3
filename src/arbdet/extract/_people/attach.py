"""What the words around a name say about the person: roles, nationalities, companions.

- A role phrase right before a name is its title: "Canadian Foreign Minister Marc
  Garneau", "British-Iranian aid worker Nazanin Zaghari-Ratcliffe", "President Xi"; a
  body after the name completes it ("professor X of the University of Y").
- Appositions: "Cong Peiwu, China's ambassador to Canada," and "Trevor Reed, a U.S.
  student and former Marine," after the name; "China's ambassador to Canada, Cong
  Peiwu," before it (the name must then be followed by a comma or the sentence's end).
- A copula: "Kovrig is a former Canadian diplomat", "Spavor and Kovrig are Canadian
  citizens", "X is Canadian".
- Names joined by "and" or commas (roles between them allowed) are mentioned together:
  "ex-diplomat Michael Kovrig and businessman Michael Spavor".
- A plural demonym or nationality before such a list gives each its nationality:
  "Canadians Michael Spavor and Michael Kovrig", "two Canadians - ex-diplomat X and
  businessman Y", "Canadian citizens X and Y"; a singular demonym before one name too
  ("Canadian Michael Kovrig").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...model import Role, State
from .names import NameSpan
from .orgs import OrgSpan
from .roles import RolePhrase
from .tables import Gender
from .tokens import Text, is_demonym

__all__ = ["Attachments", "attach"]

_COPULAS = frozenset(["is", "was", "are", "were", "remains", "remain", "became", "become"])
_ADVERBS = frozenset(["now", "also", "still", "himself", "herself", "both"])
_ARTICLES = frozenset(["a", "an", "the"])
_JOINERS = frozenset([",", "and", "&"])
_SEPARATORS = frozenset([",", "-", ":", "(", "\u2014"])
_NAME_ENDS = frozenset([",", ".", ")", "-", ";", ":"])
_MAX_GAP = 15


@attrs.frozen
class Attachments:
    """Per name (by index in the name list): roles, nationalities and gender shown.

    ``used`` holds the indices of role phrases that describe a name (they are not
    mentions of their own); ``together`` lists names mentioned together, in order.
    """

    roles: tuple[tuple[Role, ...], ...]
    nationalities: tuple[tuple[State, ...], ...]
    genders: tuple[Gender, ...]
    used: frozenset[int]
    together: tuple[tuple[int, ...], ...]


@attrs.define
class _Builder:
    roles: list[list[Role]]
    nationalities: list[list[State]]
    genders: list[Gender]
    used: set[int] = attrs.Factory(set)

    def give(self, name: int, phrase: RolePhrase, index: int) -> None:
        self.used.add(index)
        if phrase.role is not None and phrase.role not in self.roles[name]:
            self.roles[name].append(phrase.role)
        self.nationality(name, phrase.nationality)
        if phrase.gender is not Gender.UNKNOWN:
            self.genders[name] = phrase.gender

    def nationality(self, name: int, states: Sequence[State]) -> None:
        for state in states:
            if state not in self.nationalities[name]:
                self.nationalities[name].append(state)


def _skip(text: Text, index: int, words: frozenset[str]) -> int:
    while text.lower(index) in words:
        index += 1
    return index


def _appositions(
    text: Text, names: Sequence[NameSpan], phrases: Sequence[RolePhrase], build: _Builder
) -> None:
    starting = {p.first: i for i, p in enumerate(phrases)}
    ending = {p.end: i for i, p in enumerate(phrases)}
    lead = {n.lead: i for i, n in enumerate(names)}
    for number, name in enumerate(names):
        before = ending.get(name.lead)
        if before is not None and text.same_sentence(phrases[before].first, name.first):
            build.give(number, phrases[before], before)
        if text.text(name.end) == "," and text.same_sentence(name.end, name.end + 1):
            position = name.end + 1
            while True:
                position = _skip(text, position, _ARTICLES)
                place = text.place_after(position)
                if place is not None and place[0] in starting and not is_demonym(place[1]):
                    position = place[0]  # "X, China director at Human Rights Watch"
                found = starting.get(position)
                if found is not None and phrases[found].end in lead:
                    break  # the title of the next name: "Barton, China's Ambassador Cong"
                if found is None:
                    _demonym_apposition(text, position, number, build)
                    break
                build.give(number, phrases[found], found)
                if text.lower(phrases[found].end) != "and":
                    break
                position = phrases[found].end + 1
    for index, phrase in enumerate(phrases):
        name_index = lead.get(phrase.end + 1)
        if name_index is None or text.text(phrase.end) != "," or index in build.used:
            continue  # "X, a former diplomat, Y ...": the title is X's
        name = names[name_index]
        closing = text.text(name.end)
        if closing in _NAME_ENDS or not text.same_sentence(name.end - 1, name.end):
            build.give(name_index, phrase, index)


def _demonym_apposition(text: Text, position: int, name: int, build: _Builder) -> None:
    """Read a demonym alone after a name's comma: "X, a Canadian, ..."."""
    found = text.place_after(position)
    if found is None or not is_demonym(found[1]):
        return
    if text.text(found[0]) in _NAME_ENDS or not text.same_sentence(position, found[0]):
        build.nationality(name, found[1].states)


def _joined(text: Text, left: NameSpan, right: NameSpan, covered: Sequence[bool]) -> bool:
    """Whether two names are listed together: only joiners, articles and roles between."""
    if not text.same_sentence(left.end - 1, right.lead) or right.lead - left.end > _MAX_GAP:
        return False
    gap = range(left.end, right.lead)
    if not any(text.lower(k) in _JOINERS for k in gap):
        return False
    return all(text.lower(k) in _JOINERS or text.lower(k) in _ARTICLES or covered[k] for k in gap)


def _together(
    text: Text, names: Sequence[NameSpan], phrases: Sequence[RolePhrase]
) -> list[tuple[int, ...]]:
    covered = [False] * len(text)
    for phrase in phrases:
        for index in range(phrase.first, phrase.end):
            covered[index] = True
    groups: list[tuple[int, ...]] = []
    current: list[int] = []
    for number, name in enumerate(names):
        if current and _joined(text, names[current[-1]], name, covered):
            current.append(number)
            continue
        if len(current) > 1:
            groups.append(tuple(current))
        current = [number]
    if len(current) > 1:
        groups.append(tuple(current))
    return groups


def _copulas(
    text: Text,
    names: Sequence[NameSpan],
    phrases: Sequence[RolePhrase],
    groups: Sequence[tuple[int, ...]],
    build: _Builder,
) -> None:
    starting = {p.first: i for i, p in enumerate(phrases)}
    subjects: dict[int, tuple[int, ...]] = {n: (n,) for n in range(len(names))}
    for group in groups:
        subjects[group[-1]] = group
    for last, subject in subjects.items():
        verb = names[last].end
        if text.lower(verb) in ("has", "had") and text.lower(verb + 1) == "been":
            verb += 1
        elif text.lower(verb) not in _COPULAS:
            continue
        position = _skip(text, _skip(text, verb + 1, _ADVERBS), _ARTICLES)
        if not text.same_sentence(verb, position):
            continue
        found = starting.get(position)
        if found is not None:
            if len(subject) == 1 or phrases[found].plural:
                for name in subject:
                    build.give(name, phrases[found], found)
            continue
        place = text.place_after(position)
        if place is not None and is_demonym(place[1]) and not text.tokens[place[0] - 1].glued:
            following = text.tokens[place[0]] if place[0] < len(text) else None
            if following is None or not following.is_word or not text.same_sentence(verb, place[0]):
                for name in subject:
                    build.nationality(name, place[1].states)


def _introductions(
    text: Text,
    names: Sequence[NameSpan],
    phrases: Sequence[RolePhrase],
    groups: Sequence[tuple[int, ...]],
    build: _Builder,
) -> None:
    """Give nationalities and roles to the names listed after a demonym or plural role.

    "Canadians X and Y", "two Canadians - ex-diplomat X and businessman Y", "Canadian
    businessmen X and Y".
    """
    starting = {p.first: p for p in phrases}
    by_lead = {n.lead: i for i, n in enumerate(names)}
    listed = {group[0]: group for group in groups}
    for index, phrase in enumerate(phrases):
        if phrase.plural:
            name = by_lead.get(phrase.end)
            for member in listed.get(name, ()) if name is not None else ():
                build.give(member, phrase, index)
    for index in range(len(text)):
        found = text.place_after(index)
        if found is None or not is_demonym(found[1]):
            continue
        end, place = found
        plural = place.text.endswith("s")
        position = end + 1 if plural and text.text(end) in _SEPARATORS else end
        if not text.same_sentence(end - 1, position):
            continue
        title = starting.get(position)
        if title is not None:
            position = title.end
        name = by_lead.get(position)
        if name is not None:
            for member in listed.get(name, (name,)) if plural else (name,):
                build.nationality(member, place.states)


def _employers(
    text: Text, names: Sequence[NameSpan], orgs: Sequence[OrgSpan], build: _Builder
) -> None:
    """Complete a title with the body after the name: "professor X of the University of Y"."""
    starting = {org.first: org for org in orgs}
    for number, name in enumerate(names):
        roles = build.roles[number]
        if text.lower(name.end) not in ("of", "at") or not roles or roles[-1].affiliation:
            continue
        first = name.end + 2 if text.lower(name.end + 1) == "the" else name.end + 1
        org = starting.get(first)
        if org is not None and text.same_sentence(name.end, first):
            roles[-1] = Role(roles[-1].title, org.mention.organization)


def attach(
    text: Text, names: Sequence[NameSpan], phrases: Sequence[RolePhrase], orgs: Sequence[OrgSpan]
) -> Attachments:
    """The roles, nationalities and companions the text gives each name."""
    build = _Builder(
        [[] for _ in names],
        [[] for _ in names],
        [n.honorific or Gender.UNKNOWN for n in names],
    )
    _appositions(text, names, phrases, build)
    _employers(text, names, orgs, build)
    groups = _together(text, names, phrases)
    _copulas(text, names, phrases, groups, build)
    _introductions(text, names, phrases, groups, build)
    return Attachments(
        tuple(tuple(r) for r in build.roles),
        tuple(tuple(n) for n in build.nationalities),
        tuple(build.genders),
        frozenset(build.used),
        tuple(groups),
    )
