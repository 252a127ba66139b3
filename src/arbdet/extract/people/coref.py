"""Coreference inside one document: who each name, role, group and pronoun refers to.

- Full names are one person when their last words agree and their first words agree
  (or one is the other's initial), or when one name's words run inside the other's;
  hyphens do not count ("Kara-Murza" and "Kara Murza"), a generational suffix does
  ("Francis Gary Powers" and "Francis Gary Powers Jr." are father and son). A name seen
  only after a preposition of place ("in Los Angeles") is a place unless a given name,
  honorific, role, nationality or lone surname shows a person.
- A given name before "and" and a full name shares its surname: "Joey and Paula Reed".
- A single word ("Garneau", "Ms. Meng", "Kara-Murza", "Powers Jr.") is the person whose
  surname it is (the last words of their name, or the first of a two-word name whose first
  word is not a given name: "Meng" of "Meng Wanzhou"); failing that, the person whose given
  name it is ("Trevor", "Paul"). Among several, a title given with it picks; then people
  who are not someone's relative come first (a relative is named in full or by given
  name: "Whelan" is Paul, not "his sister, Elizabeth Whelan"), and of those the one last
  named in full before it. A single word with an honorific or title that fits nobody is a
  person of its own.
- A role alone ("the foreign minister", "the Chinese ambassador", "the secretary") is
  the most recent person, or anonymous role mention, whose role has that title or a
  narrower one, with a compatible state or organisation; failing that, in a definite
  phrase, the next named person who holds it. "A spokesperson ..." is a new, unnamed
  person: later "the spokesperson" refers back to it and stays unresolved. A role owned
  by a person ("the Prime Minister's spokesman") takes the owner's state.
- A group phrase ("the two Michaels", "the pair", "both men") is the most recent set of
  people mentioned together that fits its number, given name, nationality and gender.
- "he"/"she" is the most recent person in the same or the previous sentence whose known
  gender matches, else the most recent whose gender is unknown; a pronoun that opens a
  sentence, or has no one named before it in its sentence, looks first at the previous
  sentence's subject. It may be an unnamed person ("the spokesman ... He argued"), then
  it carries their role. "They" is the most recent group in the same or the previous
  sentence.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Sequence

import attrs

from ...model import Organization, PartialDate, Role, State
from ...text import occurrences
from ..mentions import OrganizationMention
from .anaphors import Epithet, GroupPhrase, Pronoun
from .attach import Attachments
from .names import NameSpan
from .officials import leader_state, official_state
from .roles import RolePhrase
from .view import Words
from .vocabulary import (
    Gender,
    HeadKind,
    RoleClass,
    given_names,
    org_heads,
    role_titles,
    surnames,
    word_class,
)

__all__ = ["Entity", "Reference", "owned_bodies", "resolve"]

_LOOK_BACK = 60  # people (or groups) a mention looks back on, most recent first
_FORMER = "former "
_SENIOR = "Sr"  # a father's suffix, often left out: "X Sr." and "X" are one person


@functools.lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    """A word in lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=4096)
def _words(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words for comparison: folded, hyphenated words split ("Kara-Murza")."""
    return tuple(piece for part in parts for piece in _fold(part).replace("-", " ").split())


@functools.lru_cache(maxsize=4096)
def _joined(parts: tuple[str, ...]) -> str:
    """Name parts run together, folded, without hyphens: "kara murza" is "karamurza"."""
    return "".join(_fold(part).replace("-", "") for part in parts)


def _suffix_key(suffix: str | None) -> str | None:
    return None if suffix == _SENIOR else suffix


@attrs.define
class Entity:
    """A person as the document builds it up: names seen, roles, nationalities, gender."""

    parts: tuple[str, ...]
    names: list[str]
    suffix: str | None = None
    roles: list[Role] = attrs.Factory(list)
    nationalities: list[State] = attrs.Factory(list)
    gender: Gender = Gender.UNKNOWN

    @property
    def words(self) -> tuple[str, ...]:
        """The name's words for comparison, without its suffix."""
        parts = self.parts[:-1] if self.suffix is not None else self.parts
        return _words(parts)

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
    possessive: bool = False  # "Siamak's | father": an owner, not the sentence's subject


# --- names ---------------------------------------------------------------------------


def _is_relative(roles: Sequence[Role]) -> bool:
    titles = role_titles()
    return any(
        (word := titles.get(_base(role.title)[0])) is not None
        and word.role_class is RoleClass.RELATIVE
        for role in roles
    )


def _same_person(
    first: tuple[str, ...], first_suffix: str | None, second: tuple[str, ...], suffix: str | None
) -> bool:
    if _suffix_key(first_suffix) != _suffix_key(suffix) or not first or not second:
        return False
    a, b = list(first), list(second)
    if a[-1] != b[-1]:
        return _runs_inside(a, b) or _runs_inside(b, a)
    if a[0] == b[0] or _runs_inside(a, b) or _runs_inside(b, a):
        return True
    short, long = (a[0], b[0]) if len(a[0]) <= len(b[0]) else (b[0], a[0])
    return len(short) == 1 and long.startswith(short)


def _runs_inside(short: list[str], long: list[str]) -> bool:
    size = len(short)
    return size < len(long) and any(
        long[i : i + size] == short for i in range(len(long) - size + 1)
    )


def _surname_keys(entity: Entity) -> list[str]:
    """What a single word naming this person may read.

    The last words of the name, run together ("murza", "karamurza"), or the first of two
    when it is not a given name ("meng" of "Meng Wanzhou").
    """
    parts = entity.parts[:-1] if entity.suffix is not None else entity.parts
    keys = [_joined(parts[k:]) for k in range(1, len(parts))]
    if len(parts) == 2 and parts[0] not in given_names():
        keys.append(_joined(parts[:1]))  # "Meng" of "Meng Wanzhou"
    return keys


@attrs.frozen
class _Names:
    """The names of a document and what was attached to each."""

    words: Words
    names: Sequence[NameSpan]
    parts: list[tuple[str, ...]]  # per name, the parts it stands for ("Joey" -> Joey Reed)
    attached: Attachments

    def full(self, number: int) -> bool:
        return len(self.parts[number]) > 1 + (self.names[number].suffix is not None)


def _shared_surnames(words: Words, names: Sequence[NameSpan]) -> list[tuple[str, ...]]:
    """Each name's parts, a given name before "and" taking the full name's surname.

    The full name's first word need not be a known given name ("Siamak and Baquer
    Namazi"); it must only not be a family name ("Paul and Whelan Reed" is no pair).
    """
    parts = [name.parts for name in names]
    for number in range(len(names) - 1):
        name, following = names[number], names[number + 1]
        if (
            len(name.parts) == 1
            and name.parts[0] in given_names()
            and words.low(name.end) == "and"
            and following.lead == name.end + 1
            and following.full
            and (
                following.words[0] in given_names()
                or (following.words[0] not in surnames() and len(following.parts) == 2)
            )
        ):
            parts[number] = (name.parts[0], *following.parts[1:])
    return parts


def _cluster(found: _Names) -> tuple[list[Entity], list[int | None]]:
    """One entity per person among the full names."""
    entities: list[Entity] = []
    of_name: list[int | None] = [None] * len(found.names)
    by_word: dict[str, list[int]] = {}
    for number, name in enumerate(found.names):
        if not found.full(number):
            continue
        parts = found.parts[number]
        words = _words(parts[:-1] if name.suffix is not None else parts)
        keys = sorted({words[0], words[-1]})
        entity = next(
            (
                e
                for key in keys
                for e in reversed(by_word.get(key, [])[-_LOOK_BACK:])
                if _same_person(entities[e].words, entities[e].suffix, words, name.suffix)
            ),
            None,
        )
        if entity is None:
            entity = len(entities)
            entities.append(Entity(parts, [], name.suffix))
        elif len(parts) > len(entities[entity].parts):
            entities[entity].parts = parts
        for key in keys:
            bucket = by_word.setdefault(key, [])
            if entity not in bucket[-_LOOK_BACK:]:
                bucket.append(entity)
        of_name[number] = entity
    return entities, of_name


@attrs.define
class _Singles:
    """What picking among several people for a single word goes by."""

    titles: dict[int, set[str]] = attrs.Factory(dict)  # entity -> titles given with full names
    relatives: set[int] = attrs.Factory(set)  # entities who are someone's relative
    genders: dict[int, Gender] = attrs.Factory(dict)  # entity -> gender its full names show
    last_full: dict[int, int] = attrs.Factory(dict)  # entity -> its last full name so far
    taken: dict[str, int] = attrs.Factory(dict)  # a single word -> whom it named before

    def pick(self, fits: list[int], number: int, word: str, found: _Names) -> int | None:
        """The one person among ``fits`` the single word ``word`` names, or ``None``.

        A title given with it picks among them; a word that named someone before names them
        again; then people who are not someone's relative come first, and of those the one
        last named in full.
        """
        if len(fits) > 1 and found.attached.roles[number]:
            given = {r.title for r in found.attached.roles[number]}
            fits = [e for e in fits if given & self.titles.get(e, set())] or fits
        if len(fits) > 1 and self.taken.get(word) in fits:
            return self.taken[word]
        if len(fits) > 1:
            fits = [e for e in fits if e not in self.relatives] or fits
        if len(fits) > 1:
            before = [e for e in fits if e in self.last_full]
            fits = [max(before, key=self.last_full.__getitem__)] if before else fits
        return fits[0] if len(fits) == 1 else None

    def learn(self, found: _Names, of_name: Sequence[int | None]) -> None:
        """Read the titles, relations and genders the full names show."""
        for number, entity in enumerate(of_name):
            if entity is None:
                continue
            roles = found.attached.roles[number]
            self.titles.setdefault(entity, set()).update(r.title for r in roles)
            if _is_relative(roles):
                self.relatives.add(entity)
            gender = found.attached.genders[number]
            if gender is Gender.UNKNOWN:
                gender = given_names().get(found.names[number].parts[0], Gender.UNKNOWN)
            if gender is not Gender.UNKNOWN:
                self.genders.setdefault(entity, gender)


def _resolve_singles(found: _Names, entities: list[Entity], of_name: list[int | None]) -> None:
    """Resolve one-word names to the full name they shorten, or make them people."""
    surnames: dict[str, list[int]] = {}
    given: dict[str, list[int]] = {}
    for index, entity in enumerate(entities):
        for key in _surname_keys(entity):
            surnames.setdefault(key, []).append(index)
        given.setdefault(_joined(entity.parts[:1]), []).append(index)
    known = _Singles()
    known.learn(found, of_name)
    singles: dict[tuple[str, str | None], int] = {}
    for number, name in enumerate(found.names):
        entity_index = of_name[number]
        if entity_index is not None:
            known.last_full[entity_index] = number
            continue
        word = _joined(name.words)
        fits = [e for e in surnames.get(word, []) if entities[e].suffix == name.suffix]
        if not fits and name.suffix is None:
            fits = surnames.get(word, [])  # "Powers" may be the son, if only he is named
        if not fits and name.words[0] in given_names():
            fits = given.get(word, [])
        gender = found.attached.genders[number]
        if gender is not Gender.UNKNOWN:  # "Mr. Gross" is not Judy Gross
            fits = [e for e in fits if known.genders.get(e, gender) in (gender, Gender.UNKNOWN)]
        chosen = known.pick(fits, number, word, found)
        if chosen is not None:
            of_name[number] = known.taken[word] = chosen
        elif not fits and (
            name.honorific is not None
            or (
                (found.attached.roles[number] or found.attached.nationalities[number])
                and found.words.low(name.lead - 1) not in word_class("place_preposition")
            )
            or leader_state(word, found.words.doc.published) is not None
        ):  # "In Yekaterinburg, a judge ...": a city; "Peskov said": a listed official
            single = (word, name.suffix)
            if single not in singles:
                singles[single] = len(entities)
                entities.append(Entity(name.parts, [], name.suffix))
            of_name[number] = singles[single]


def _supported(found: _Names, of_name: Sequence[int | None], count: int) -> list[bool]:
    """Whether each entity reads as a person rather than a place.

    A capitalised pair after a preposition of place ("officials in Los Angeles") is no
    person unless some mention shows one: a given name, an honorific, a role or a
    nationality, or a surname used alone ("Meng Wanzhou" ... "Meng").
    """
    places = word_class("place_preposition")
    supported = [False] * count
    for number, name in enumerate(found.names):
        entity = of_name[number]
        if entity is not None and (
            not name.full
            or name.honorific is not None
            or name.parts[0] in given_names()
            or bool(found.attached.roles[number])
            or bool(found.attached.nationalities[number])
            or found.words.low(name.lead - 1) not in places
        ):
            supported[entity] = True
    return supported


def _entities_of_names(found: _Names) -> tuple[list[Entity], list[int | None]]:
    entities, of_name = _cluster(found)
    _resolve_singles(found, entities, of_name)
    supported = _supported(found, of_name, len(entities))
    renumber: dict[int, int] = {}
    for index in range(len(entities)):
        if supported[index]:
            renumber[index] = len(renumber)
    entities = [e for i, e in enumerate(entities) if supported[i]]
    of_name = [None if e is None else renumber.get(e) for e in of_name]
    attached = found.attached
    for number, name in enumerate(found.names):
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


def _state_of(entity: Entity, when: PartialDate | None) -> State | None:
    """The state a person acts for: an office's state, else the gazetteer's."""
    for role in entity.roles:
        affiliation = role.affiliation
        if isinstance(affiliation, Organization):
            affiliation = affiliation.state
        if affiliation is not None and not role.title.startswith(_FORMER):
            return affiliation
    return official_state((" ".join(entity.parts), *entity.names), when)


# --- the pass in text order ----------------------------------------------------------


@attrs.define
class _Pass:
    words: Words
    entities: list[Entity]
    recent: list[_Candidate] = attrs.Factory(list)
    groups: list[tuple[int, tuple[int, ...]]] = attrs.Factory(list)  # (sentence, entities)
    references: list[Reference] = attrs.Factory(list)

    def sentence(self, token: int) -> int:
        return self.words.sentence[token]

    def candidates(self) -> list[_Candidate]:
        return self.recent[-1 : -_LOOK_BACK - 1 : -1]

    def named(self, name: NameSpan, entity: int, role: Role | None) -> None:
        self.references.append(Reference(name.start, name.stop, entity, role))
        gender = self.entities[entity].gender
        owner = self.words.word(name.end) in ("'s", "'") and self.words.glued(name.end)
        self.recent.append(_Candidate(self.sentence(name.first), entity, None, gender, owner))

    def _held(self, role: Role, later: Sequence[int]) -> tuple[int | None, Role | None]:
        """Who holds ``role``: a recent person or unnamed role, else the next named holder."""
        for candidate in self.candidates():
            if candidate.entity is not None:
                roles = self.entities[candidate.entity].roles
            else:
                roles = [candidate.role] if candidate.role is not None else []
            held = _holds(roles, role)
            if held is not None:
                return candidate.entity, held
        for index in later:
            held = _holds(self.entities[index].roles, role)
            if held is not None:
                return index, held
        return None, None

    def _owner_state(self, phrase: RolePhrase) -> State | None:
        """The state of the person who owns a role: "the Prime Minister's spokesman"."""
        if phrase.possessor is None or not self.references:
            return None
        owner = self.references[-1]
        if owner.end != self.words.end[phrase.possessor - 1]:
            return None
        if owner.entity is not None:
            return _state_of(self.entities[owner.entity], self.words.doc.published)
        affiliation = owner.role.affiliation if owner.role is not None else None
        return affiliation.state if isinstance(affiliation, Organization) else affiliation

    def role_only(self, phrase: RolePhrase, start: int, end: int, later: Sequence[int]) -> None:
        role = phrase.role
        assert role is not None
        entity: int | None = None
        held: Role | None = None
        if phrase.determiner not in word_class("indefinite"):
            if phrase.relative or not phrase.definite:
                # "her daughter": whose, the next named daughter does not say; "the first
                # Iranian official to ...": no determiner of its own points ahead
                later = ()
            entity, held = self._held(role, later)
        if (
            held is not None
            and entity is not None
            and held.affiliation is None
            and role.affiliation
        ):
            self.entities[entity].add_role(Role(held.title, role.affiliation))
        if role.affiliation is None and held is not None and held.affiliation is not None:
            role = Role(role.title, held.affiliation)
        if role.affiliation is None and not phrase.relative:
            owner_state = self._owner_state(phrase)
            if owner_state is not None:
                role = Role(role.title, owner_state)
        self.references.append(Reference(start, end, entity, role))
        gender = phrase.gender if entity is None else self.entities[entity].gender
        owner = self.words.word(phrase.end) in ("'s", "'") and self.words.glued(phrase.end)
        sentence = self.sentence(phrase.head_first)
        self.recent.append(_Candidate(sentence, entity, role, gender, owner))

    def group(self, phrase: GroupPhrase, start: int, end: int) -> None:
        for _, members in reversed(self.groups[-_LOOK_BACK:]):
            if members and self._fits(phrase, members):
                self.references.append(Reference(start, end, None, None, members))
                self.groups.append((self.sentence(phrase.first), members))
                return
        members = self._sharing(phrase)
        if len(members) > 1:
            self.references.append(Reference(start, end, None, None, members))
            self.groups.append((self.sentence(phrase.first), members))

    def _sharing(self, phrase: GroupPhrase) -> tuple[int, ...]:
        """The people named lately who share the name of "the Namazis" (none for others).

        For people not mentioned together ("Siamak Namazi and his father, Baquer Namazi").
        """
        if phrase.shared is None:
            return ()
        named = (c.entity for c in reversed(self.candidates()) if c.entity is not None)
        return tuple(
            entity
            for entity in dict.fromkeys(named)
            if phrase.shared in (self.entities[entity].parts[0], self.entities[entity].parts[-1])
        )

    def _fits(self, phrase: GroupPhrase, members: tuple[int, ...]) -> bool:
        if phrase.count is not None and len(members) != phrase.count:
            return False
        people = [self.entities[m] for m in members]
        if phrase.given is not None and any(p.parts[0] != phrase.given for p in people):
            return False
        if phrase.shared is not None and any(
            phrase.shared not in (p.parts[0], p.parts[-1]) for p in people
        ):
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

    def _gender(self, candidate: _Candidate) -> Gender:
        if candidate.entity is None:
            return candidate.gender
        return self.entities[candidate.entity].gender

    def _subject_first(self, near: list[_Candidate], sentence: int) -> list[_Candidate]:
        """The candidates with the previous sentence's subject first, if none is in this one."""
        if all(c.sentence < sentence for c in near):
            before = [c for c in reversed(near) if c.sentence < sentence]
            before.sort(key=lambda c: c.possessive)
            return before + near
        return near

    def epithet(self, epithet: Epithet, start: int, end: int) -> None:
        """Resolve an epithet: the person named last, or the previous sentence's subject."""
        sentence = self.sentence(epithet.first)
        near = [c for c in self.candidates() if c.sentence >= sentence - 1 and c.entity is not None]
        near = self._subject_first(near, sentence)
        if near and near[0].entity is not None:
            chosen = near[0]
            self.references.append(Reference(start, end, chosen.entity))
            self.recent.append(_Candidate(sentence, chosen.entity, None, chosen.gender))

    def pronoun(self, pronoun: Pronoun, start: int, end: int) -> None:
        sentence = self.sentence(pronoun.index)
        if pronoun.gender is None:
            if self.groups and self.groups[-1][0] >= sentence - 1 and self.groups[-1][1]:
                self.references.append(Reference(start, end, None, None, self.groups[-1][1]))
            return
        near = [c for c in self.candidates() if c.sentence >= sentence - 1]
        if pronoun.subject:
            # "He said": the previous sentence's subject comes first
            before = [c for c in reversed(near) if c.sentence < sentence]
            before.sort(key=lambda c: c.possessive)
            near = before + near
        else:
            # no one named yet in this sentence ("A court sentenced her"): the same
            near = self._subject_first(near, sentence)
        chosen = next((c for c in near if self._gender(c) is pronoun.gender), None)
        if chosen is None:
            chosen = next((c for c in near if self._gender(c) is Gender.UNKNOWN), None)
        if chosen is None:
            return
        if chosen.entity is None:
            if chosen.role is not None and pronoun.subject:
                # "the Prime Minister's spokesman said ... He argued": the unnamed speaker
                self.references.append(Reference(start, end, None, chosen.role))
            return
        self.entities[chosen.entity].show_gender(pronoun.gender)
        self.references.append(Reference(start, end, chosen.entity))
        self.recent.append(_Candidate(sentence, chosen.entity, None, pronoun.gender))


def _role_only(phrase: RolePhrase) -> bool:
    """Whether an unattached role phrase is a mention of a person ("the foreign minister")."""
    if phrase.role is None or phrase.plural:
        return False
    return phrase.determiner is not None or phrase.affiliated or phrase.possessor is not None


_NAMED, _ROLE, _GROUP, _PRONOUN, _PLURAL, _EPITHET = range(6)


@attrs.frozen
class _Others:
    """The mentions other than names, by kind."""

    phrases: Sequence[RolePhrase]
    groups: Sequence[GroupPhrase]
    pronouns: Sequence[Pronoun]
    epithets: Sequence[Epithet]


def resolve(
    words: Words,
    *,
    names: Sequence[NameSpan],
    phrases: Sequence[RolePhrase],
    groups: Sequence[GroupPhrase],
    pronouns: Sequence[Pronoun],
    epithets: Sequence[Epithet] = (),
    attached: Attachments,
) -> tuple[list[Entity], list[Reference]]:
    """The document's people and every mention of them, in text order."""
    found = _Names(words, names, _shared_surnames(words, names), attached)
    entities, of_name = _entities_of_names(found)
    events: list[tuple[int, int, int]] = []  # (token, kind, index)
    for number, name in enumerate(names):
        if of_name[number] is not None:
            events.append((name.lead, _NAMED, number))
    for index, phrase in enumerate(phrases):
        if index not in attached.used and _role_only(phrase):
            events.append((phrase.first, _ROLE, index))
        elif phrase.plural and phrase.role is not None:
            events.append((phrase.head_first, _PLURAL, index))  # "officials": plural people
    events.extend((group.first, _GROUP, index) for index, group in enumerate(groups))
    events.extend((pronoun.index, _PRONOUN, index) for index, pronoun in enumerate(pronouns))
    events.extend((epithet.first, _EPITHET, index) for index, epithet in enumerate(epithets))
    events.sort()
    run = _Pass(words, entities)
    _walk(run, events, found, of_name, _Others(phrases, groups, pronouns, epithets))
    _family_names(run, found, of_name, phrases)
    return entities, run.references


_POSSESSIVE_GENDER = {"his": Gender.MALE, "her": Gender.FEMALE}


def _named_last(
    references: Sequence[Reference], entities: Sequence[Entity], start: int, gender: Gender | None
) -> int | None:
    """The person with a full name named last before ``start`` whose gender may be ``gender``.

    ``references`` are in text order.
    """
    end = bisect.bisect_left([reference.start for reference in references], start)
    for reference in reversed(references[max(0, end - _LOOK_BACK) : end]):
        entity = reference.entity
        if entity is None:
            continue
        found = entities[entity]
        if len(found.parts) > 1 and (gender is None or found.gender in (gender, Gender.UNKNOWN)):
            return entity
    return None


def _family_names(
    run: _Pass, found: _Names, of_name: Sequence[int | None], phrases: Sequence[RolePhrase]
) -> None:
    """A relative named by a given name alone takes the family name of whose relative they are.

    ("Paul Whelan ... His sister Elizabeth said": Elizabeth Whelan; "Paul's brother, David,".)
    The owner is the name before the possessive, or whom the possessive pronoun refers to.
    """
    words = found.words
    owners = {ref.start: ref.entity for ref in run.references if ref.entity is not None}
    owners_by_end = {ref.end: ref.entity for ref in run.references if ref.entity is not None}
    relatives = {phrase.end: phrase for phrase in phrases if phrase.relative}
    ordered = sorted(run.references, key=lambda reference: reference.start)
    for number, name in enumerate(found.names):
        index = of_name[number]
        entity = None if index is None else run.entities[index]
        if entity is None or len(entity.parts) != 1:
            continue
        lead = name.lead - 1 if words.word(name.lead - 1) == "," else name.lead
        phrase = relatives.get(lead)
        if phrase is None:
            continue
        if phrase.possessor is not None:  # "Paul's sister Elizabeth"
            owner = owners_by_end.get(words.end[phrase.possessor - 1])
        elif phrase.first > 0:  # "his sister Elizabeth"
            start = words.start[phrase.first - 1]
            owner = owners.get(start)
            if owner is None:
                gender = _POSSESSIVE_GENDER.get(words.low(phrase.first - 1))
                owner = _named_last(ordered, run.entities, start, gender)
        else:
            owner = None
        family = None if owner is None or owner == index else run.entities[owner].parts
        if family is not None and len(family) > 1 and family[-1] != entity.parts[0]:
            entity.parts = (entity.parts[0], family[-1])


def _walk(
    run: _Pass,
    events: list[tuple[int, int, int]],
    found: _Names,
    of_name: list[int | None],
    others: _Others,
) -> None:
    """Read every mention in text order, resolving each against those before it."""
    phrases, groups, pronouns = others.phrases, others.groups, others.pronouns
    words, names = found.words, found.names
    starts, ends = words.start, words.end
    spans = word_class("span_determiner")
    listed_at = {names[g[-1]].end: g for g in found.attached.together}
    later = [(names[n].lead, e) for n, e in enumerate(of_name) if e is not None]
    position = 0
    for token, kind, index in events:
        while position < len(later) and later[position][0] <= token:
            position += 1
        if kind == _NAMED:
            name = names[index]
            entity = of_name[index]
            assert entity is not None
            roles = found.attached.roles[index]
            run.named(name, entity, roles[0] if roles else None)
            listed = listed_at.get(name.end)
            if listed is not None:
                members = tuple(
                    dict.fromkeys(e for e in (of_name[g] for g in listed) if e is not None)
                )
                run.together(name.first, members)
        elif kind == _ROLE:
            phrase = phrases[index]
            first = phrase.first - 1 if phrase.determiner in spans else phrase.first
            following = [entity for _, entity in later[position : position + _LOOK_BACK]]
            run.role_only(phrase, starts[first], ends[phrase.end - 1], following)
        elif kind == _GROUP:
            group = groups[index]
            run.group(group, starts[group.first], ends[group.end - 1])
        elif kind == _PRONOUN:
            pronoun = pronouns[index]
            run.pronoun(pronoun, starts[pronoun.index], ends[pronoun.index])
        elif kind == _EPITHET:
            epithet = others.epithets[index]
            run.epithet(epithet, starts[epithet.first], ends[epithet.end - 1])
        else:
            run.together(token, ())


def owned_bodies(
    words: Words, entities: Sequence[Entity], references: Sequence[Reference]
) -> list[OrganizationMention]:
    """Bodies named by whose they are: "the president's office", "Trudeau's office".

    The person's possessive and a government head after it make a mention of that
    person's office, with the state they act for (an office's state, or the gazetteer's).
    """
    heads = org_heads()
    found: list[OrganizationMention] = []
    ending = {reference.end: reference for reference in references}
    for index in occurrences(words.text, "'s"):
        head = index + 1
        owner = ending.get(words.end[index - 1]) if index > 0 else None
        if (
            owner is None
            or not words.glued(index)
            or heads.get(words.low(head)) not in (HeadKind.GOVERNMENT,)
            or not words.text[head][0].islower()
        ):
            continue
        if owner.entity is not None:
            state = _state_of(entities[owner.entity], words.doc.published)
        else:
            affiliation = owner.role.affiliation if owner.role is not None else None
            state = affiliation.state if isinstance(affiliation, Organization) else affiliation
        start, end = owner.start, words.end[head]
        if words.doc.text[start:end].lower().startswith("the "):
            start += len("the ")
        text = words.doc.text[start:end]
        found.append(OrganizationMention(start, end, text, Organization(text, state)))
    return found
