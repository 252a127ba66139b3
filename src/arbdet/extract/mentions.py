"""What the extractors find in a document before it becomes a fact: mentions with offsets.

Every mention's ``start`` and ``end`` are offsets into :attr:`arbdet.text.Document.text`
(the normalised text); :meth:`arbdet.text.Document.evidence` turns them into evidence
that points into the source.
"""

from __future__ import annotations

import enum

import attrs

from ..model import DateRange, Organization, PartialDate, Person, Role, State

__all__ = [
    "DateMention",
    "Mention",
    "OrganizationMention",
    "PersonMention",
    "PlaceKind",
    "PlaceMention",
]


@attrs.frozen
class Mention:
    """A stretch ``[start, end)`` of a document's normalised text, and that text."""

    start: int
    end: int
    text: str


@attrs.frozen
class DateMention(Mention):
    """A date expression and what it resolves to (``None`` where it honestly cannot be).

    ``anchor`` is the start offset of the date mention it was counted from ("nine days
    later" after "December 1, 2018"), or ``None`` when it was resolved against the
    publication date or is absolute.
    """

    value: PartialDate | DateRange | None
    anchor: int | None = None


class PlaceKind(enum.Enum):
    """How a text refers to a state."""

    NAME = "name"  # "Canada", "the U.S.", "North Korea"
    DEMONYM = "demonym"  # "Canadian", "British-Iranian"
    METONYM = "metonym"  # "Beijing", "the Kremlin", "Ottawa"


@attrs.frozen
class PlaceMention(Mention):
    """A mention of one or more states (a compound demonym names several)."""

    states: tuple[State, ...]
    kind: PlaceKind


@attrs.frozen
class PersonMention(Mention):
    """A mention of a person: a name, a surname, a role alone, a group or a pronoun.

    ``person`` is the document-level entity it refers to (fullest name, every role the
    document gives), or ``None`` where it cannot be resolved; ``role`` is the role this
    mention itself states ("Canadian Foreign Minister").
    """

    person: Person | None
    role: Role | None = None
    group: tuple[Person, ...] = ()  # "the two Michaels" -> both people


@attrs.frozen
class OrganizationMention(Mention):
    """A mention of an organisation ("the State Department", "Global Times", "Huawei")."""

    organization: Organization
