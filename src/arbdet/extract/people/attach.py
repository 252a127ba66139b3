"""What the words around a name say about the person: roles, nationalities, companions.

The word sequences that decide are token patterns in ``people/rules.tsv``, each rule with
its id (:mod:`arbdet.extract.patterns`):

- a role phrase right before a name is its title: "Canadian Foreign Minister Marc
  Garneau", "British-Iranian aid worker Nazanin Zaghari-Ratcliffe", "his wife Evgenia";
- appositions: "Cong Peiwu, China's ambassador to Canada," and "Trevor Reed, a U.S.
  student and former Marine," after the name, "X, a Canadian," and "China's ambassador to
  Canada, Cong Peiwu," before it (the name must then close its clause);
- a copula: "Kovrig is a former Canadian diplomat", "Spavor and Kovrig are Canadian
  citizens", "X is Canadian";
- citizenship: "X, who holds both US and Russian citizenship".

What patterns cannot say is code here:

- names joined by "and" or commas (roles and places between them allowed) are mentioned
  together: "ex-diplomat Michael Kovrig and businessman Michael Spavor";
- a plural demonym or nationality before such a list gives each its nationality:
  "Canadians Michael Spavor and Michael Kovrig", "two Canadians - ex-diplomat X and
  businessman Y", "two Swedish citizens: X, a diplomat, and Y"; a singular demonym before
  one name too ("Canadian Michael Kovrig");
- a body after the name completes its title ("professor X of the University of Y").
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, NamedTuple

import attrs

from ...model import Role, State
from ...text import Document, Layer, LayerKey
from ..patterns import Match, RuleSet, Vocabulary, load_rules, word_classes
from .names import NameSpan
from .orgs import OrgSpan
from .roles import RolePhrase
from .view import Words, is_demonym
from .vocabulary import Gender, word_class

__all__ = ["Attachments", "attach"]

_MAX_GAP = 15  # tokens between two names listed together ("X, a former diplomat, and Y")
_NAME: LayerKey[Layer[Any]] = LayerKey("people.name")
_ROLE: LayerKey[Layer[Any]] = LayerKey("people.role")
_DEMONYM: LayerKey[Layer[Any]] = LayerKey("people.demonym")
_PLACE: LayerKey[Layer[Any]] = LayerKey("people.place")


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


class _Item(NamedTuple):
    """A span of the document's text (a name or role phrase) for the pattern matcher.

    A named tuple: one is made per name and role phrase of every document.
    """

    start: int
    end: int


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


def _is_lower(doc: Document, index: int) -> bool:
    return doc.tokens.text[index][0].islower()


@functools.cache
def _rules() -> RuleSet:
    labels = {"NAME": _NAME, "ROLE": _ROLE, "DEMONYM": _DEMONYM, "PLACE": _PLACE}
    vocabulary = Vocabulary(
        classes=word_classes(("people/words.tsv", 0, 1)),
        layers=labels,
        predicates={"LOWER": _is_lower},
    )
    return load_rules("people/rules.tsv", vocabulary)


@attrs.frozen
class _Context:
    """The names, role phrases and companions a rule's match is read against."""

    words: Words
    names: Sequence[NameSpan]
    phrases: Sequence[RolePhrase]
    name_at: dict[int, int]  # a name's lead token -> its index
    role_at: dict[int, int]  # a role phrase's first token -> its index
    subjects: dict[int, tuple[int, ...]]  # a name -> the list it closes
    lists: dict[int, tuple[int, ...]]  # a name -> the list it begins
    starts: list[int] = attrs.field(init=False)  # the first token of each role phrase

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "starts", [phrase.first for phrase in self.phrases])

    def titles(self, phrase: RolePhrase) -> bool:
        """Whether a role phrase is the title of the name after it.

        Right before it ("Barton, China's Ambassador Cong Peiwu"), or joined by "and" to
        another title of it ("X, former justice minister and UN ambassador Allan Rock").
        """
        if phrase.end in self.name_at:
            return True
        following = self.role_at.get(phrase.end + 1)
        return (
            following is not None
            and self.words.low(phrase.end) == "and"
            and self.phrases[following].end in self.name_at
        )

    def introduced(self, token: int) -> tuple[State, ...]:
        """The states of the last plural demonym in the sentence before token ``token``'s.

        ("The four Iranian-Americans were freed", "two Swedish citizens were freed")
        """
        sentences = self.words.doc.sentences
        number = self.words.sentence[token] - 1
        if number < 0:
            return ()
        sentence = sentences[number]
        states: tuple[State, ...] = ()
        for _, place in self.words.places.within(sentence.first, sentence.stop):
            if is_demonym(place) and place.text.endswith("s"):
                states = place.states
        position = bisect_left(self.starts, sentence.first)
        while position < len(self.phrases) and self.phrases[position].first < sentence.stop:
            phrase = self.phrases[position]
            if phrase.plural:
                states = phrase.nationality or states
            position += 1
        return states

    def closes(self, match: Match) -> bool:
        """Whether no word follows the match in its sentence."""
        stop = match.stop
        return not self.words.same(stop - 1, stop) or not self.words.is_word(stop)


def _matches(words: Words, names: Sequence[NameSpan], phrases: Sequence[RolePhrase]) -> list[Match]:
    """Every rule's match, in the order of the rule table, then of the text."""
    tokens = words.doc.tokens
    places = words.places
    layers: dict[str, Layer[Any]] = {
        "NAME": Layer([_Item(n.start, n.stop) for n in names], tokens),
        "ROLE": Layer(
            [_Item(tokens.start[p.first], tokens.end[p.end - 1]) for p in phrases], tokens
        ),
        "DEMONYM": Layer([p for p in places if is_demonym(p)], tokens),
        "PLACE": places,
    }
    rules = _rules()
    order = {rule.id: number for number, rule in enumerate(rules.rules)}
    found = list(rules.scan(words.doc, 0, words.size, layers))
    found.sort(key=lambda match: (order[match.rule.id], match.first))
    return found


def _apply(context: _Context, match: Match, build: _Builder) -> None:
    """Give the person a match names what the match says about them."""
    who = match.get("who")
    if (
        who is None
        or not context.words.same(match.first, match.stop - 1)
        or (match.rule.value("close") == "yes" and not context.closes(match))
    ):
        return  # a match runs within one sentence
    subject = _subject(context, match, context.name_at[who[0]])
    give = match.rule.value("give")
    if give == "introduced":
        for member in subject:
            build.nationality(member, context.introduced(match.first))
    elif give == "nationality":
        _give_nationalities(context, match, subject, build)
    else:
        _give_role(context, match, subject, build)


def _subject(context: _Context, match: Match, name: int) -> tuple[int, ...]:
    """The names a match speaks of: its name, or the list the name closes or begins."""
    subject: tuple[int, ...] = (name,)
    if match.rule.value("subject") == "group":
        return context.subjects.get(name, subject)
    if match.rule.value("subject") == "list":
        return context.lists.get(name, subject)
    return subject


def _give_nationalities(
    context: _Context, match: Match, subject: tuple[int, ...], build: _Builder
) -> None:
    """Give the subject the states of the places a match captured as ``nat`` and ``nat2``."""
    for capture in ("nat", "nat2"):
        span = match.get(capture)
        place = None if span is None else context.words.place(span[0])
        if place is not None:
            for member in subject:
                build.nationality(member, place.states)


def _give_role(context: _Context, match: Match, subject: tuple[int, ...], build: _Builder) -> None:
    """Give the subject the role phrase a match captured as ``role``, unless the rule says not."""
    role = match.get("role")
    if role is None:
        return
    index = context.role_at[role[0]]
    phrase = context.phrases[index]
    unless = match.rule.value("unless")
    if (unless == "title" and context.titles(phrase)) or (unless == "used" and index in build.used):
        return
    if phrase.plural != (len(subject) > 1):
        return  # "Paula Reed, thanked officials": a plural role names no one person
    for member in subject:
        build.give(member, phrase, index)


def _joined(words: Words, left: NameSpan, right: NameSpan, covered: bytearray) -> bool:
    """Whether two names are listed together: only joiners, articles, roles and places between."""
    if not words.same(left.end - 1, right.lead) or right.lead - left.end > _MAX_GAP:
        return False
    joiners = word_class("joiner")
    articles = word_class("article")
    gap = range(left.end, right.lead)
    if not any(words.lower[k] in joiners for k in gap):
        return False
    return all(words.lower[k] in joiners or words.lower[k] in articles or covered[k] for k in gap)


def _together(
    words: Words, names: Sequence[NameSpan], phrases: Sequence[RolePhrase]
) -> list[tuple[int, ...]]:
    covered = bytearray(words.size)
    for phrase in phrases:
        covered[phrase.first : phrase.end] = b"\x01" * (phrase.end - phrase.first)
    places = words.places
    for number in range(len(places)):
        first, stop = places.tokens_of(number)
        covered[first:stop] = b"\x01" * (stop - first)
    groups: list[tuple[int, ...]] = []
    current: list[int] = []
    for number, name in enumerate(names):
        if current and _joined(words, names[current[-1]], name, covered):
            current.append(number)
            continue
        if len(current) > 1:
            groups.append(tuple(current))
        current = [number]
    if len(current) > 1:
        groups.append(tuple(current))
    return groups


def _introductions(
    words: Words,
    names: Sequence[NameSpan],
    phrases: Sequence[RolePhrase],
    groups: Sequence[tuple[int, ...]],
    build: _Builder,
) -> None:
    """Give nationalities and roles to the names listed after a demonym or plural role.

    "Canadians X and Y", "two Canadians - ex-diplomat X and businessman Y", "Canadian
    businessmen X and Y", "two Swedish citizens: X and Y".
    """
    introducers = word_class("introducer")
    starting = {p.first: p for p in phrases}
    by_lead = {n.lead: i for i, n in enumerate(names)}
    listed = {group[0]: group for group in groups}
    for index, phrase in enumerate(phrases):
        if not phrase.plural:
            continue
        position = phrase.end
        if words.low(position) in introducers and words.same(position, position + 1):
            position += 1
        name = by_lead.get(position)
        for member in listed.get(name, ()) if name is not None else ():
            build.give(member, phrase, index)
    places = words.places
    for number, place in enumerate(places):
        if not is_demonym(place):
            continue
        end = places.stop[number]
        plural = place.text.endswith("s")
        position = end + 1 if plural and words.low(end) in introducers else end
        if not words.same(end - 1, position):
            continue
        title = starting.get(position)
        if title is not None:
            position = title.end
        name = by_lead.get(position)
        if name is not None:
            for member in listed.get(name, (name,)) if plural else (name,):
                build.nationality(member, place.states)


def _employers(
    words: Words, names: Sequence[NameSpan], orgs: Sequence[OrgSpan], build: _Builder
) -> None:
    """Complete a title with the body after the name: "professor X of the University of Y"."""
    starting = {org.first: org for org in orgs}
    employers = word_class("employer")
    for number, name in enumerate(names):
        roles = build.roles[number]
        if words.low(name.end) not in employers or not roles or roles[-1].affiliation:
            continue
        first = name.end + 2 if words.low(name.end + 1) == "the" else name.end + 1
        org = starting.get(first)
        if org is not None and words.same(name.end, first):
            roles[-1] = Role(roles[-1].title, org.mention.organization)


def attach(
    words: Words,
    names: Sequence[NameSpan],
    phrases: Sequence[RolePhrase],
    orgs: Sequence[OrgSpan],
) -> Attachments:
    """The roles, nationalities and companions the text gives each name."""
    build = _Builder(
        [[] for _ in names],
        [[] for _ in names],
        [n.honorific or Gender.UNKNOWN for n in names],
    )
    groups = _together(words, names, phrases)
    subjects = {group[-1]: group for group in groups}
    context = _Context(
        words,
        names,
        phrases,
        {n.lead: i for i, n in enumerate(names)},
        {p.first: i for i, p in enumerate(phrases)},
        subjects,
        {group[0]: group for group in groups},
    )
    for match in _matches(words, names, phrases):
        _apply(context, match, build)
    _employers(words, names, orgs, build)
    _introductions(words, names, phrases, groups, build)
    return Attachments(
        tuple(tuple(r) for r in build.roles),
        tuple(tuple(n) for n in build.nationalities),
        tuple(build.genders),
        frozenset(build.used),
        tuple(groups),
    )
