"""People and organisations: who a document names, their roles, and every mention of them.

:func:`find_people` reads a document once and returns a :class:`PeopleIndex`:

- ``people``: one :class:`~arbdet.model.Person` per real person named in the document,
  with the fullest name it gives, the other names it uses (``aliases``) and every role it
  gives them, each with the state or organisation the role is held for ("foreign
  minister" of Canada, "spokesperson" of the Chinese Foreign Ministry);
- ``mentions``: every :class:`~arbdet.extract.mentions.PersonMention` in text order and
  never overlapping: full names, surnames ("Garneau", "Ms. Meng"), roles alone ("the
  foreign minister", "a spokesperson from the Chinese embassy"), groups ("the two
  Michaels", "the pair", with ``group`` set) and pronouns ("he", "her", "they"; only those
  it can resolve);
- ``organizations``: every :class:`~arbdet.extract.mentions.OrganizationMention`
  ("State Department", "China's embassy in Canada", "a Russian court"), also available
  alone from :func:`find_organizations`.

A state written before an office is the office's state (``affiliation``: "Canadian
Foreign Minister Marc Garneau" is Canada's); written before an occupation or "citizen" it
is the person's nationality (``nationalities``: "British-Iranian aid worker Nazanin
Zaghari-Ratcliffe", "X, a U.S. citizen", "Canadians Michael Spavor and Michael Kovrig").

How names, roles, groups and coreference are read is described in the modules of
:mod:`arbdet.extract._people`. Offsets are into :attr:`arbdet.text.Document.text`.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence

import attrs

from ..model import Organization, PartialDate, Person, Role, State
from ..text import Document, Layer, LayerKey
from ._people.anaphors import find_groups, find_pronouns
from ._people.attach import attach
from ._people.bodies import is_government, is_state_body, state_organ_nouns
from ._people.coref import Entity, resolve
from ._people.names import find_names
from ._people.officials import official_state, official_state_by_office
from ._people.orgs import find_org_spans
from ._people.roles import find_role_phrases
from ._people.tables import RoleKind, role_titles
from ._people.tokens import Text
from .mentions import OrganizationMention, PersonMention, PlaceMention
from .places import PLACES

__all__ = [
    "PEOPLE",
    "PeopleIndex",
    "PeopleLayer",
    "find_organizations",
    "find_people",
    "is_government",
    "is_state_body",
    "known_state",
    "state_organ_nouns",
    "tag",
]

_FORMER = "former "


def _kind(role: Role) -> RoleKind | None:
    """The kind of a role's title, past "former" and kept modifiers ("acting president")."""
    words = role.title.split()
    for first in range(len(words)):
        word = role_titles().get(" ".join(words[first:]))
        if word is not None:
            return word.kind
    return None


@attrs.frozen(repr=False)
class PeopleIndex:
    """The people and organisations of one document, and every mention of them.

    ``people`` are in order of first mention; ``mentions`` and ``organizations`` are in
    text order. Nationalities, read from demonyms attached to a person, are given by
    :meth:`nationalities`; the state or body a person acts for by :meth:`affiliation`.
    """

    people: tuple[Person, ...]
    mentions: tuple[PersonMention, ...]
    organizations: tuple[OrganizationMention, ...]
    person_nationalities: tuple[tuple[State, ...], ...]
    """Per person in ``people``, the nationalities the text gives (see :meth:`nationalities`)."""
    person_genders: tuple[str, ...] = ()
    """Per person in ``people``, the gender the text shows: ``m``, ``f`` or ``-``."""
    _starts: tuple[int, ...] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(m.start for m in self.mentions))

    def person_at(self, offset: int) -> PersonMention | None:
        """The person mention covering character ``offset`` of the text, if any."""
        position = bisect.bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self.mentions[position].end:
            return self.mentions[position]
        return None

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        """The person mentions lying wholly within ``[start, end)``, in text order."""
        position = bisect.bisect_left(self._starts, start)
        found: list[PersonMention] = []
        for mention in self.mentions[position:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def resolve(self, name: str) -> Person | None:
        """The person with this full name or alias, or the only one with this surname."""
        wanted = " ".join(name.split()).casefold()
        for person in self.people:
            if wanted in (n.casefold() for n in (person.name, *person.aliases)):
                return person
        by_surname = [p for p in self.people if p.name.split()[-1].casefold() == wanted]
        return by_surname[0] if len(by_surname) == 1 else None

    def affiliation(self, person: Person) -> State | Organization | None:
        """The state or body ``person`` acts for, or ``None``.

        An office's state comes first (a current office before a former one; an office
        held for an organ of government gives its state when it has one, and one held for
        any other body, a news outlet or a rights group, gives that body), then the
        organisation of an occupation ("CBC chief political correspondent").
        """
        offices = [r for r in person.roles if _kind(r) is RoleKind.OFFICE and r.affiliation]
        offices.sort(key=lambda r: r.title.startswith(_FORMER))
        for role in offices:
            affiliation = role.affiliation
            if isinstance(affiliation, Organization) and is_government(affiliation):
                return affiliation.state or affiliation
            return affiliation
        for role in person.roles:
            if _kind(role) is RoleKind.OCCUPATION and isinstance(role.affiliation, Organization):
                return role.affiliation
        return None

    def nationalities(self, person: Person) -> tuple[State, ...]:
        """The nationalities the text gives ``person``; an office's state is not one.

        Read from demonyms attached to the person: "Canadians X and Y", "X, a U.S.
        citizen", "British-Iranian aid worker X".
        """
        for known, states in zip(self.people, self.person_nationalities, strict=True):
            if known == person:
                return states
        return ()

    def gender(self, person: Person) -> str | None:
        """The gender the text shows for ``person`` (``"m"`` or ``"f"``), or ``None``.

        Shown by an honorific ("Ms. Meng"), a gendered role word ("spokeswoman"), a common
        given name, or a pronoun the people layer resolved to them.
        """
        for known, gender in zip(self.people, self.person_genders, strict=False):
            if known == person:
                return gender if gender in ("m", "f") else None
        return None

    def __repr__(self) -> str:
        lines = [
            f"<PeopleIndex: {len(self.people)} people, {len(self.mentions)} mentions, "
            f"{len(self.organizations)} organizations>"
        ]
        for person, states in zip(self.people, self.person_nationalities, strict=True):
            roles = "; ".join(str(r) for r in person.roles)
            nationality = ",".join(s.code for s in states)
            lines.append(
                f"  {person.name}"
                + (f" [{roles}]" if roles else "")
                + (f" nationality={nationality}" if nationality else "")
            )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = []
        for person, states in zip(self.people, self.person_nationalities, strict=True):
            affiliation = self.affiliation(person)
            count = sum(1 for m in self.mentions if m.person == person or person in m.group)
            cells = [
                person.name,
                ", ".join(person.aliases),
                "; ".join(str(r) for r in person.roles),
                "" if affiliation is None else str(affiliation),
                ", ".join(s.code for s in states),
                str(count),
            ]
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        head = "".join(
            f"<th>{h}</th>"
            for h in ("person", "aliases", "roles", "affiliation", "nationalities", "mentions")
        )
        return (
            f"<table><caption>{len(self.people)} people, {len(self.organizations)} "
            f"organization mentions</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )


def known_state(person: Person, when: PartialDate | None = None) -> State | None:
    """The state a well-known official acts for, from a gazetteer of officials.

    World knowledge for when the text names an official without saying whose office they
    hold ("Prime Minister Justin Trudeau"); ``when`` (the article's date) picks the office
    of someone who served more than one state (a national post, then an EU one). ``None``
    for anyone the gazetteer does not list. A surname alone ("President Biden") is enough
    with an office the text gives them, when one listed official fits both.
    """
    state = official_state((person.name, *person.aliases), when)
    if state is None and len(person.name.split()) == 1:
        titles = tuple(role.title for role in person.roles)
        state = official_state_by_office(person.name, titles, when)
    return state


def _person(entity: Entity) -> Person:
    name = " ".join(entity.parts)
    return Person(name, tuple(n for n in entity.names if n != name), tuple(entity.roles))


def _places(doc: Document, places: Sequence[PlaceMention] | None) -> Sequence[PlaceMention]:
    if places is not None:
        return places
    from .places import find_places

    return find_places(doc)


def find_organizations(
    doc: Document, places: Sequence[PlaceMention] | None = None
) -> list[OrganizationMention]:
    """Every organisation mention in ``doc``, in text order, never overlapping.

    ``places`` are the document's place mentions if already found
    (:func:`arbdet.extract.places.find_places`); they are found here otherwise.
    """
    text = Text.read(doc, _places(doc, places))
    return [span.mention for span in find_org_spans(doc.text, text)]


def find_people(doc: Document, places: Sequence[PlaceMention] | None = None) -> PeopleIndex:
    """The people of ``doc``, every mention of them, and its organisations.

    ``places`` are the document's place mentions if already found
    (:func:`arbdet.extract.places.find_places`); they are found here otherwise.
    """
    text = Text.read(doc, _places(doc, places))
    orgs = find_org_spans(doc.text, text)
    phrases = find_role_phrases(text, orgs)
    groups = find_groups(text)
    blocked = [found is not None for found in text.place_at]
    for first, end in [
        *((o.first, o.end) for o in orgs),
        *((p.first, p.end) for p in phrases),
        *((g.first, g.end) for g in groups),
    ]:
        for index in range(first, end):
            blocked[index] = True
    names = find_names(doc.text, text, blocked)
    pronouns = [p for p in find_pronouns(text) if not blocked[p.index]]
    attached = attach(text, names, phrases, orgs)
    entities, references = resolve(
        text, names=names, phrases=phrases, groups=groups, pronouns=pronouns, attached=attached
    )
    people = [_person(entity) for entity in entities]
    first_seen: dict[int, int] = {}
    for reference in references:
        if reference.entity is not None:
            first_seen[reference.entity] = min(
                reference.start, first_seen.get(reference.entity, reference.start)
            )
    order = sorted(range(len(entities)), key=lambda e: first_seen.get(e, len(doc.text)))
    mentions: list[PersonMention] = []
    for reference in sorted(references, key=lambda r: (r.start, -r.end)):
        if mentions and reference.start < mentions[-1].end:
            continue
        person = None if reference.entity is None else people[reference.entity]
        mentions.append(
            PersonMention(
                reference.start,
                reference.end,
                doc.text[reference.start : reference.end],
                person,
                reference.role,
                tuple(people[m] for m in reference.group),
            )
        )
    return PeopleIndex(
        tuple(people[e] for e in order),
        tuple(mentions),
        tuple(span.mention for span in orgs),
        tuple(tuple(entities[e].nationalities) for e in order),
        tuple(entities[e].gender.value for e in order),
    )


class PeopleLayer(Layer[PersonMention]):
    """The person mentions of a document, with the :class:`PeopleIndex` they come from."""

    __slots__ = ("index",)

    def __init__(self, index: PeopleIndex, doc: Document) -> None:
        super().__init__(index.mentions, doc.tokens)
        self.index = index


PEOPLE: LayerKey[PeopleLayer] = LayerKey("people")
"""The layer of person mentions (and, through it, the document's people and bodies)."""


def tag(doc: Document) -> PeopleLayer:
    """The people layer: every person mention, the people and the organisations."""
    return PeopleLayer(find_people(doc, list(doc.layer(PLACES))), doc)
