"""The people of one document, every mention of them, and what the text says of each."""

from __future__ import annotations

import bisect
import html

import attrs

from ...model import Organization, PartialDate, Person, Role, State
from ..mentions import OrganizationMention, PersonMention
from .bodies import is_government
from .officials import held_office, leader_state, official_state, surname_state
from .vocabulary import RoleClass, RoleKind, RoleWord, role_titles

__all__ = ["PeopleIndex", "known_state", "role_class", "role_kind"]

_FORMER = "former "


def _word(role: Role) -> RoleWord | None:
    """The meaning of a role's title, past "former" and kept modifiers ("acting president")."""
    words = role.title.split()
    for first in range(len(words)):
        word = role_titles().get(" ".join(words[first:]))
        if word is not None:
            return word
    return None


def role_kind(role: Role) -> RoleKind | None:
    """What kind of role a title is: an office, an occupation, a residence; ``None`` if unknown."""
    word = _word(role)
    return None if word is None else word.kind


def role_class(role: Role) -> RoleClass:
    """What a role makes of its holder in a story of detention.

    An official, an envoy or negotiator, a lawyer, a relative of someone, or
    :attr:`RoleClass.OTHER` ("journalist", "businessman", a title the vocabulary lacks).
    A detention reader can tell from it who is not a detainee.
    """
    word = _word(role)
    return RoleClass.OTHER if word is None else word.role_class


@attrs.frozen(repr=False)
class PeopleIndex:
    """The people and organisations of one document, and every mention of them.

    ``people`` are in order of first mention; ``mentions`` and ``organizations`` are in
    text order. Nationalities, read from demonyms and citizenship words attached to a
    person, are given by :meth:`nationalities`; the state or body a person acts for by
    :meth:`affiliation`; what their roles make of them by :meth:`role_classes`.
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
        offices = [r for r in person.roles if role_kind(r) is RoleKind.OFFICE and r.affiliation]
        offices.sort(key=lambda r: r.title.startswith(_FORMER))
        for role in offices:
            affiliation = role.affiliation
            if isinstance(affiliation, Organization) and is_government(affiliation):
                return affiliation.state or affiliation
            return affiliation
        for role in person.roles:
            if role_kind(role) is RoleKind.OCCUPATION and isinstance(
                role.affiliation, Organization
            ):
                return role.affiliation
        return None

    def nationalities(self, person: Person) -> tuple[State, ...]:
        """The nationalities the text gives ``person``; an office's state is not one.

        Read from demonyms and citizenship words attached to the person: "Canadians X and
        Y", "X, a U.S. citizen", "British-Iranian aid worker X", "X, who holds both US and
        Russian citizenship"; never from an employer ("a Chinese company executive") or a
        residence ("a U.S. permanent resident").
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

    def role_classes(self, person: Person) -> frozenset[RoleClass]:
        """What the roles the text gives ``person`` make of them (see :func:`role_class`).

        A relative ("her brother David"), a lawyer, an envoy or an official; past roles
        ("former diplomat") count too.
        """
        return frozenset(role_class(role) for role in person.roles)

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
    of someone who served more than one state (a national post, then an EU one). A surname
    alone counts with the title of the office the official held at ``when`` ("President
    Biden" in 2022), or without a title when one listed official of that surname held an
    office then ("Peskov said"). ``None`` for anyone the gazetteer does not list.
    """
    found = official_state((person.name, *person.aliases), when)
    if found is not None or when is None or len(person.name.split()) != 1:
        return found
    for role in person.roles:
        if not role.title.startswith(_FORMER):
            found = surname_state(person.name, role.title, when)
            if found is not None:
                return found
    if not person.roles:  # "Peskov said": the one listed official of that name in office
        return leader_state(person.name, when)
    return None


def office_state(person: Person, title: str, when: PartialDate | None = None) -> State | None:
    """The state for which a well-known official held the office ``title`` at ``when``.

    World knowledge for "the Foreign Secretary said" when the text names the person
    elsewhere without the title; ``None`` for anyone the gazetteer does not list so.
    """
    return held_office((person.name, *person.aliases), title, when)
