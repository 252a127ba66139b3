"""People and organisations: who a document names, their roles, and every mention of them.

Two taggers of the pipeline:

- :func:`tag_organizations` adds the :data:`ORGS` layer: every
  :class:`~arbdet.extract.mentions.OrganizationMention` ("State Department", "China's
  embassy in Canada", "a Russian court", and "the ministry" referring back to one);
- :func:`tag` adds the :data:`PEOPLE` layer, whose :class:`PeopleIndex` holds
  ``people`` (one :class:`~arbdet.model.Person` per real person named in the document,
  with the fullest name it gives, the other names it uses and every role it gives them,
  each with the state or organisation the role is held for) and ``mentions`` (every
  :class:`~arbdet.extract.mentions.PersonMention` in text order and never overlapping:
  full names, surnames, given names, roles alone ("the foreign minister", "a Canadian
  official"), groups ("the two Michaels") and pronouns).

A state written before an office is the office's state (``affiliation``: "Canadian
Foreign Minister Marc Garneau" is Canada's); written before an occupation or "citizen" it
is the person's nationality (``nationalities``: "British-Iranian aid worker Nazanin
Zaghari-Ratcliffe", "X, a U.S. citizen", "Canadians Michael Spavor and Michael Kovrig").

Both read the document's tokens (:attr:`arbdet.text.Document.tokens`) and its places
layer; how names, roles, organisations, groups and coreference are read is described in
the modules of this package. Offsets are into :attr:`arbdet.text.Document.text`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Person
from ...text import Document, Layer, LayerKey
from ..mentions import OrganizationMention, PersonMention, PlaceMention
from ..places import PLACES
from ..places import tag as tag_places
from .anaphors import find_epithets, find_groups, find_pronouns
from .attach import attach
from .bodies import is_government, is_state_body, state_organ_nouns
from .coref import Entity, Reference, owned_bodies, resolve
from .index import PeopleIndex, known_state, office_state, role_class, role_kind
from .names import find_names
from .orgs import ORGS, find_org_spans, org_spans
from .orgs import find_organizations as _find_organizations
from .orgs import tag as tag_organizations
from .roles import find_role_phrases
from .view import Words
from .vocabulary import RoleClass, RoleKind

__all__ = [
    "ORGS",
    "PEOPLE",
    "PeopleIndex",
    "PeopleLayer",
    "RoleClass",
    "RoleKind",
    "find_organizations",
    "find_people",
    "is_government",
    "is_state_body",
    "known_state",
    "office_state",
    "role_class",
    "role_kind",
    "state_organ_nouns",
    "tag",
    "tag_organizations",
]


def _places(doc: Document, places: Sequence[PlaceMention] | None) -> Layer[PlaceMention]:
    """The document's places layer: given, added already, or found now."""
    if places is not None:
        return doc.new_layer(list(places))
    return doc.layer(PLACES) if doc.has(PLACES) else tag_places(doc)


def find_organizations(
    doc: Document, places: Sequence[PlaceMention] | None = None
) -> list[OrganizationMention]:
    """Every organisation mention in ``doc``, in text order, never overlapping.

    ``places`` are the document's place mentions if already found; the places layer is
    used (or made) otherwise.
    """
    return _find_organizations(doc, _places(doc, places))


def _person(entity: Entity) -> Person:
    name = " ".join(entity.parts)
    return Person(name, tuple(n for n in entity.names if n != name), tuple(entity.roles))


def find_people(doc: Document, places: Sequence[PlaceMention] | None = None) -> PeopleIndex:
    """The people of ``doc``, every mention of them, and its organisations.

    ``places`` are the document's place mentions if already found; the places layer (and
    the organisations layer) are used, or made, otherwise.
    """
    layer = _places(doc, places)
    words = Words(doc, layer)
    reuse = places is None and doc.has(ORGS)
    orgs = org_spans(doc.layer(ORGS)) if reuse else find_org_spans(words)
    phrases = find_role_phrases(words, orgs)
    groups = find_groups(words)
    blocked = bytearray(words.size)
    for number in range(len(layer)):
        first, stop = layer.tokens_of(number)
        blocked[first:stop] = b"\x01" * (stop - first)
    for first, end in [
        *((o.first, o.end) for o in orgs),
        *((p.first, p.end) for p in phrases),
        *((g.first, g.end) for g in groups),
    ]:
        blocked[first:end] = b"\x01" * (end - first)
    names = find_names(words, blocked)
    pronouns = [p for p in find_pronouns(words) if not blocked[p.index]]
    attached = attach(words, names, phrases, orgs)
    entities, references = resolve(
        words,
        names=names,
        phrases=phrases,
        groups=groups,
        pronouns=pronouns,
        epithets=find_epithets(words),
        attached=attached,
    )
    bodies = [span.mention for span in orgs]
    taken = bytearray(len(doc.text) + 1)
    for body in bodies:
        taken[body.start : body.end] = b"\x01" * (body.end - body.start)
    owned = [
        b for b in owned_bodies(words, entities, references) if not any(taken[b.start : b.end])
    ]
    if owned:
        bodies = sorted([*bodies, *owned], key=lambda mention: mention.start)
    return _index(doc, entities, references, bodies)


def _index(
    doc: Document,
    entities: list[Entity],
    references: list[Reference],
    bodies: list[OrganizationMention],
) -> PeopleIndex:
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
        tuple(bodies),
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
    return PeopleLayer(find_people(doc), doc)
