"""Coreference inside one document: who each name, role, group and pronoun refers to.

- Full names are one person when their last words agree and their first words agree
  (or one is the other's initial), or when one name's words run inside the other's. A
  name seen only after a preposition of place ("in Los Angeles") is a place unless a
  given name, honorific, role, nationality or lone surname shows a person.
- A single word ("Garneau", "Ms. Meng", "President Xi") is the person whose last word it
  is, or whose first word it is when that word is not a given name ("Meng" of "Meng
  Wanzhou"), if exactly one person fits (a title given with it may pick among several);
  among several who share a surname, the one whose full name came first, the story's
  principal (a relative is named in full or by given name).
  A single word with an honorific or title that fits nobody is a person of its own.
- A role alone ("the foreign minister", "the Chinese ambassador", "the secretary") is
  the most recent person, or anonymous role mention, whose role has that title or a
  narrower one, with a compatible state or organisation; failing that, in a definite
  phrase, the next named person who holds it. "A spokesperson ..." is a new, unnamed
  person: later "the spokesperson" refers back to it and stays unresolved.
- A group phrase ("the two Michaels", "the pair", "both men") is the most recent set of
  people mentioned together that fits its number, given name, nationality and gender.
- "he"/"she" is the most recent person in the same or the previous sentence whose known
  gender matches, else the most recent whose gender is unknown; a pronoun that opens a
  sentence, or has no one named before it in its sentence, looks first at the previous
  sentence's subject. "They" is the most recent group in the same or the previous sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...model import Organization, Role, State
from .anaphors import GroupPhrase, Pronoun
from .attach import Attachments
from .names import NameSpan
from .roles import RolePhrase
from .tables import Gender, given_names, role_titles
from .tokens import Text

__all__ = ["Entity", "Reference", "resolve"]

_LOOK_BACK = 60
_SPAN_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])
_FORMER = "former "
# Words before a place's name: "officials in Los Angeles said" names no one.
_PLACE_WORDS = frozenset(["in", "at", "near", "into", "outside", "inside", "across", "around"])


@attrs.define
class Entity:
    """A person as the document builds it up: names seen, roles, nationalities, gender."""

    parts: tuple[str, ...]
    names: list[str]
    roles: list[Role] = attrs.Factory(list)
    nationalities: list[State] = attrs.Factory(list)
    gender: Gender = Gender.UNKNOWN

    def add_name(self, name: str) -> None:
        """Record a name the document uses for the person."""
        if name not in self.names:
            self.names.append(name)

    def add_role(self, role: Role) -> None:
        """Record a role, unless the same title with a state or body is already known."""
        if role in self.roles:
            return
        if role.affiliation is None and any(r.title == role.title for r in self.roles):
            return
        if role.affiliation is not None:
            self.roles = [r for r in self.roles if r.title != role.title or r.affiliation]
        self.roles.append(role)

    def show_gender(self, gender: Gender) -> None:
        """Record the gender a pronoun, honorific or role word shows, if still unknown."""
        if self.gender is Gender.UNKNOWN:
            self.gender = gender


@attrs.frozen
class Reference:
    """A mention over ``[start, end)`` and whom it refers to (entity indices)."""

    start: int
    end: int
    entity: int | None
    role: Role | None = None
    group: tuple[int, ...] = ()


@attrs.frozen
class _Candidate:
    """A person-like mention earlier in the text, for role and pronoun resolution."""

    sentence: int
    entity: int | None
    role: Role | None  # the role of an unnamed person ("a spokesperson from ...")
    gender: Gender


# --- names ---------------------------------------------------------------------------


def _same_person(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    a = [p.casefold() for p in first]
    b = [p.casefold() for p in second]
    if a[-1] != b[-1]:
        return _runs_inside(a, b) or _runs_inside(b, a)
    if a[0] == b[0] or _runs_inside(a, b) or _runs_inside(b, a):
        return True
    short, long = (a[0], b[0]) if len(a[0]) <= len(b[0]) else (b[0], a[0])
    return short.endswith(".") and long.startswith(short[:-1])


def _runs_inside(short: list[str], long: list[str]) -> bool:
    size = len(short)
    return size < len(long) and any(
        long[i : i + size] == short for i in range(len(long) - size + 1)
    )


def _keys(parts: tuple[str, ...]) -> list[str]:
    keys = [parts[-1].casefold()]
    if len(parts) == 2 and parts[0] not in given_names():
        keys.append(parts[0].casefold())  # "Meng" of "Meng Wanzhou"
    return keys


def _cluster(names: Sequence[NameSpan]) -> tuple[list[Entity], list[int | None]]:
    """One entity per person among the full names."""
    entities: list[Entity] = []
    of_name: list[int | None] = [None] * len(names)
    by_word: dict[str, list[int]] = {}
    for number, name in enumerate(names):
        if not name.full:
            continue
        words = {name.parts[-1].casefold(), name.parts[0].casefold()}
        found = next(
            (
                e
                for word in sorted(words)
                for e in reversed(by_word.get(word, [])[-_LOOK_BACK:])
                if _same_person(entities[e].parts, name.parts)
            ),
            None,
        )
        if found is None:
            found = len(entities)
            entities.append(Entity(name.parts, []))
        elif len(name.parts) > len(entities[found].parts):
            entities[found].parts = name.parts
        for word in words:
            bucket = by_word.setdefault(word, [])
            if found not in bucket[-_LOOK_BACK:]:
                bucket.append(found)
        of_name[number] = found
    return entities, of_name


def _resolve_singles(
    names: Sequence[NameSpan],
    attached: Attachments,
    entities: list[Entity],
    of_name: list[int | None],
) -> None:
    """Resolve one-word names to the full name they shorten, or make them people."""
    keys: dict[str, list[int]] = {}
    for index, entity in enumerate(entities):
        for key in _keys(entity.parts):
            keys.setdefault(key, []).append(index)
    titles: dict[int, set[str]] = {}
    for number, entity_index in enumerate(of_name):
        if entity_index is not None:
            titles.setdefault(entity_index, set()).update(r.title for r in attached.roles[number])
    introduced: dict[int, int] = {}  # entity -> the first of its full names
    for number, entity_index in enumerate(of_name):
        if entity_index is not None:
            introduced.setdefault(entity_index, number)
    singles: dict[str, int] = {}
    for number, name in enumerate(names):
        if name.full:
            continue
        word = name.parts[0].casefold()
        fits = keys.get(word, [])
        if len(fits) > 1 and attached.roles[number]:
            given = {r.title for r in attached.roles[number]}
            fits = [e for e in fits if given & titles.get(e, set())]
        if len(fits) > 1:  # "Whelan" of Paul, David and Elizabeth Whelan: the one named first
            before = [e for e in fits if introduced.get(e, number) < number]
            fits = [min(before, key=lambda e: introduced[e])] if before else fits
        if len(fits) == 1:
            of_name[number] = fits[0]
        elif not fits and (
            name.honorific is not None or attached.roles[number] or attached.nationalities[number]
        ):
            if word not in singles:
                singles[word] = len(entities)
                entities.append(Entity(name.parts, []))
            of_name[number] = singles[word]


def _supported(
    text: Text,
    names: Sequence[NameSpan],
    attached: Attachments,
    of_name: Sequence[int | None],
    count: int,
) -> list[bool]:
    """Whether each entity reads as a person rather than a place.

    A capitalised pair after a preposition of place ("officials in Los Angeles") is no
    person unless some mention shows one: a given name, an honorific, a role or a
    nationality, or a surname used alone ("Meng Wanzhou" ... "Meng").
    """
    supported = [False] * count
    for number, name in enumerate(names):
        entity = of_name[number]
        if entity is not None and (
            not name.full
            or name.honorific is not None
            or name.parts[0] in given_names()
            or bool(attached.roles[number])
            or bool(attached.nationalities[number])
            or text.lower(name.lead - 1) not in _PLACE_WORDS
        ):
            supported[entity] = True
    return supported


def _entities_of_names(
    text: Text, names: Sequence[NameSpan], attached: Attachments
) -> tuple[list[Entity], list[int | None]]:
    entities, of_name = _cluster(names)
    _resolve_singles(names, attached, entities, of_name)
    supported = _supported(text, names, attached, of_name, len(entities))
    renumber: dict[int, int] = {}
    for index in range(len(entities)):
        if supported[index]:
            renumber[index] = len(renumber)
    entities = [e for i, e in enumerate(entities) if supported[i]]
    of_name = [None if e is None else renumber.get(e) for e in of_name]
    for number, name in enumerate(names):
        entity_index = of_name[number]
        if entity_index is None:
            continue
        entity = entities[entity_index]
        entity.add_name(" ".join(name.parts))
        for role in attached.roles[number]:
            entity.add_role(role)
        for state in attached.nationalities[number]:
            if state not in entity.nationalities:
                entity.nationalities.append(state)
        gender = attached.genders[number]
        if gender is Gender.UNKNOWN and name.full:
            gender = given_names().get(name.parts[0], Gender.UNKNOWN)
        entity.show_gender(gender)
    return entities, of_name


# --- roles -------------------------------------------------------------------------------


def _base(title: str) -> tuple[str, bool]:
    return (title[len(_FORMER) :], True) if title.startswith(_FORMER) else (title, False)


def _title_fits(wanted: str, held: str) -> tuple[bool, bool]:
    """Whether a held title fits the wanted one, and whether it is the same title."""
    base, former = _base(wanted)
    have, was = _base(held)
    if former and not was:
        return False, False
    if base == have:
        return True, True
    word = role_titles().get(have)
    return word is not None and base in word.broader, False


def _affiliation_fits(
    wanted: State | Organization | None, held: State | Organization | None, *, same_title: bool
) -> bool:
    if wanted is None or wanted == held:
        return True
    if held is None:
        # "the Chinese ambassador" after "the ambassador, Cong Peiwu"; but "the Huawei
        # official" is no spokesperson of unknown allegiance
        return isinstance(wanted, State) or same_title
    if isinstance(wanted, Organization):
        return (
            isinstance(held, Organization)
            and wanted.name == held.name
            and (wanted.state is None or held.state is None or wanted.state == held.state)
        )
    held_state = held if isinstance(held, State) else held.state
    return wanted == held_state


def _holds(roles: Sequence[Role], wanted: Role) -> Role | None:
    for role in roles:
        fits, same = _title_fits(wanted.title, role.title)
        if fits and _affiliation_fits(wanted.affiliation, role.affiliation, same_title=same):
            return role
    return None


# --- the pass in text order ----------------------------------------------------------


@attrs.define
class _Pass:
    text: Text
    entities: list[Entity]
    recent: list[_Candidate] = attrs.Factory(list)
    groups: list[tuple[int, tuple[int, ...]]] = attrs.Factory(list)  # (sentence, entities)
    references: list[Reference] = attrs.Factory(list)

    def sentence(self, token: int) -> int:
        return self.text.tokens[token].sentence

    def candidates(self) -> list[_Candidate]:
        return self.recent[-1 : -_LOOK_BACK - 1 : -1]

    def named(self, token: int, start: int, end: int, entity: int, role: Role | None) -> None:
        self.references.append(Reference(start, end, entity, role))
        gender = self.entities[entity].gender
        self.recent.append(_Candidate(self.sentence(token), entity, None, gender))

    def role_only(self, phrase: RolePhrase, start: int, end: int, later: Sequence[int]) -> None:
        role = phrase.role
        assert role is not None
        entity: int | None = None
        held: Role | None = None
        if phrase.determiner not in ("a", "an"):
            for candidate in self.candidates():
                roles = (
                    self.entities[candidate.entity].roles
                    if candidate.entity is not None
                    else [candidate.role]
                    if candidate.role is not None
                    else []
                )
                held = _holds(roles, role)
                if held is not None:
                    entity = candidate.entity
                    break
            else:
                for index in later:
                    held = _holds(self.entities[index].roles, role)
                    if held is not None:
                        entity = index
                        break
        if (
            held is not None
            and entity is not None
            and held.affiliation is None
            and role.affiliation
        ):
            self.entities[entity].add_role(Role(held.title, role.affiliation))
        if role.affiliation is None and held is not None and held.affiliation is not None:
            role = Role(role.title, held.affiliation)
        self.references.append(Reference(start, end, entity, role))
        gender = phrase.gender if entity is None else self.entities[entity].gender
        self.recent.append(_Candidate(self.sentence(phrase.head_first), entity, role, gender))

    def group(self, phrase: GroupPhrase, start: int, end: int) -> None:
        for _, members in reversed(self.groups[-_LOOK_BACK:]):
            if members and self._fits(phrase, members):
                self.references.append(Reference(start, end, None, None, members))
                self.groups.append((self.sentence(phrase.first), members))
                return

    def _fits(self, phrase: GroupPhrase, members: tuple[int, ...]) -> bool:
        if phrase.count is not None and len(members) != phrase.count:
            return False
        people = [self.entities[m] for m in members]
        if phrase.given is not None and any(p.parts[0] != phrase.given for p in people):
            return False
        if phrase.states and any(
            p.nationalities and not set(phrase.states) & set(p.nationalities) for p in people
        ):
            return False
        return phrase.gender is Gender.UNKNOWN or all(
            p.gender in (phrase.gender, Gender.UNKNOWN) for p in people
        )

    def together(self, token: int, members: tuple[int, ...]) -> None:
        """People mentioned together, or (with no members) other plural people."""
        if len(members) != 1:
            self.groups.append((self.sentence(token), members))

    def pronoun(self, pronoun: Pronoun, start: int, end: int) -> None:
        sentence = self.sentence(pronoun.index)
        if pronoun.gender is None:
            if self.groups and self.groups[-1][0] >= sentence - 1 and self.groups[-1][1]:
                self.references.append(Reference(start, end, None, None, self.groups[-1][1]))
            return
        near = [
            (c, c.gender if c.entity is None else self.entities[c.entity].gender)
            for c in self.candidates()
            if c.sentence >= sentence - 1
        ]
        if pronoun.subject or all(n[0].sentence < sentence for n in near):
            # "He said", or no one named yet in this sentence ("A court sentenced her"):
            # the previous sentence's subject comes first
            near = [n for n in reversed(near) if n[0].sentence < sentence] + near
        chosen = next((c for c, gender in near if gender is pronoun.gender), None)
        if chosen is None:
            chosen = next((c for c, gender in near if gender is Gender.UNKNOWN), None)
        if chosen is None or chosen.entity is None:
            return
        self.entities[chosen.entity].show_gender(pronoun.gender)
        self.references.append(Reference(start, end, chosen.entity))
        self.recent.append(_Candidate(sentence, chosen.entity, None, pronoun.gender))


def _role_only(phrase: RolePhrase) -> bool:
    """Whether an unattached role phrase is a mention of a person ("the foreign minister")."""
    if phrase.role is None or phrase.plural:
        return False
    return phrase.determiner is not None or phrase.affiliated


def resolve(
    text: Text,
    *,
    names: Sequence[NameSpan],
    phrases: Sequence[RolePhrase],
    groups: Sequence[GroupPhrase],
    pronouns: Sequence[Pronoun],
    attached: Attachments,
) -> tuple[list[Entity], list[Reference]]:
    """The document's people and every mention of them, in text order."""
    entities, of_name = _entities_of_names(text, names, attached)
    tokens = text.tokens
    events: list[tuple[int, int, int]] = []  # (token, kind, index)
    for number, name in enumerate(names):
        if of_name[number] is not None:
            events.append((name.lead, 0, number))
    for index, phrase in enumerate(phrases):
        if index not in attached.used and _role_only(phrase):
            events.append((phrase.first, 1, index))
        elif phrase.plural and phrase.role is not None:
            events.append((phrase.head_first, 4, index))  # "officials": plural people
    for index, group in enumerate(groups):
        events.append((group.first, 2, index))
    for index, pronoun in enumerate(pronouns):
        events.append((pronoun.index, 3, index))
    ends = {names[g[-1]].end: g for g in attached.together}
    events.sort()
    later = [(names[n].lead, e) for n, e in enumerate(of_name) if e is not None]
    position = 0
    run = _Pass(text, entities)
    for token, kind, index in events:
        while position < len(later) and later[position][0] <= token:
            position += 1
        if kind == 0:
            name = names[index]
            entity = of_name[index]
            assert entity is not None
            roles = attached.roles[index]
            run.named(name.first, name.start, name.stop, entity, roles[0] if roles else None)
            listed = ends.get(name.end)
            if listed is not None:
                members = tuple(
                    dict.fromkeys(e for e in (of_name[g] for g in listed) if e is not None)
                )
                run.together(name.first, members)
        elif kind == 1:
            phrase = phrases[index]
            first = phrase.first
            if phrase.determiner in _SPAN_DETERMINERS:
                first -= 1
            following = [entity for _, entity in later[position : position + _LOOK_BACK]]
            run.role_only(phrase, tokens[first].start, tokens[phrase.end - 1].end, following)
        elif kind == 2:
            group_phrase = groups[index]
            run.group(
                group_phrase, tokens[group_phrase.first].start, tokens[group_phrase.end - 1].end
            )
        elif kind == 3:
            pronoun = pronouns[index]
            run.pronoun(pronoun, tokens[pronoun.index].start, tokens[pronoun.index].end)
        else:
            run.together(token, ())
    return entities, run.references
