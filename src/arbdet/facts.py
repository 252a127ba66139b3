"""The ``arbdet-facts/1`` interchange format: a flat JSON view of what articles state.

``to_facts`` means one thing throughout arbdet: *the arbdet-facts/1 document of an
object*. For one article's facts that is :func:`to_facts` here (the shape the
evaluation's gold files use); for a whole knowledge base it is
:meth:`arbdet.KnowledgeBase.to_facts`, the merged records with ``"article": "*"``.

Both are written by :data:`facts_converter`: a copy of the model's cattrs converter with
the format as its strategy (people by name, parties by code or name, detention status as
``released``, a declaration's first count as ``signatory_count`` and its qualifier).
:func:`from_facts` reads a document back through the same converter, so curated facts and
gold files can feed the knowledge base; each fact read this way points, as evidence, at
its own record in a canonical rendering of the document.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import data
from .errors import ArbdetError, SerializationError
from .io import read_json_documents
from .model import (
    ArticleFacts,
    CountQualifier,
    Declaration,
    Detention,
    DetentionStatus,
    Evidence,
    Link,
    Organization,
    PartialDate,
    Party,
    Person,
    Signatory,
    SignatoryCount,
    Source,
    Span,
    State,
    Statement,
    StatementKind,
)
from .serialize import converter, structure

__all__ = [
    "FACTS_FORMAT",
    "KINDS",
    "facts_converter",
    "from_facts",
    "party_label",
    "read_facts",
    "to_facts",
]

FACTS_FORMAT = "arbdet-facts/1"
"""The format tag of a facts document."""

KINDS = ("detentions", "statements", "declarations", "links")
"""The kinds of record a facts document holds, in order."""

_EXTRACTOR = "facts-file"
_KEYS = {
    "nationalities": "nationality",
    "status": "released",
    "text": "quote",
    "affiliation": "speaker_affiliation",
}
"""The facts document's key for each model attribute it names otherwise."""
_RELEASED = {DetentionStatus.RELEASED: True, DetentionStatus.HELD: False}
_STATUS = {
    True: DetentionStatus.RELEASED,
    False: DetentionStatus.HELD,
    None: DetentionStatus.UNKNOWN,
}


def party_label(party: Party) -> str:
    """How a facts document names a party: a state's code, or a person's or body's name."""
    return party.code if isinstance(party, State) else party.name


# ---------------------------------------------------------------- reading parties


@functools.cache
def _body_words() -> frozenset[str]:
    """Words that make a name a body's: organisation heads and the named organisations."""
    words: set[str] = {"family", "international", "watch", "press", "news", "times", "group"}
    for table in ("people/org_heads.tsv", "people/organizations.tsv"):
        words.update(row[0].split()[-1].casefold() for row in data.rows(table))
    return frozenset(words)


def _names_a_body(text: str) -> bool:
    """Whether a party's label names an organisation rather than a person."""
    words = text.split()
    return (
        not words
        or len(words) > 4
        or not text[:1].isupper()
        or any(w.casefold().strip(".,'") in _body_words() for w in words)
        or any(
            w.islower() and w not in {"de", "van", "von", "al", "bin", "da", "del"}
            for w in words[1:]
        )
    )


def _is_state_code(text: str) -> bool:
    """Whether a party's label is a state code (rather than a body's short name)."""
    if len(text) != 2 or not (text.isascii() and text.isalpha() and text.isupper()):
        return False
    try:
        State(text)
    except ArbdetError:
        return False
    return True


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise SerializationError(f"expected a string, got {value!r}")
    return value


def _party(value: Any, _: Any) -> Party:
    text = _text(value)
    if _is_state_code(text):
        return State(text)
    return Organization(text) if _names_a_body(text) else Person(text)


def _affiliation(value: Any, _: Any) -> State | Organization | None:
    if isinstance(value, list):  # a gold file may list acceptable alternatives
        value = value[0] if value else None
    if value is None:
        return None
    text = _text(value)
    return State(text) if _is_state_code(text) else Organization(text)


def _speaker(value: Any, _: Any) -> Person | None:
    return None if value is None else Person(_text(value))


def _released(value: Any, _: Any) -> DetentionStatus:
    if value is not None and not isinstance(value, bool):
        raise SerializationError(f"expected true, false or null, got {value!r}")
    return _STATUS[value]


# ---------------------------------------------------------------- the converter


def _many(conv: cattrs.Converter, kind: type[Any]) -> Any:
    """A list of ``kind`` in which ``null`` stands for none."""

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise SerializationError(f"expected a list, got {value!r}")
        # a type made at run time, which mypy cannot check
        found: tuple[Any, ...] = conv.structure(value, tuple[kind, ...])  # type: ignore[valid-type]
        return found

    return structure


def _parties(value: Any, _: Any) -> tuple[Party, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise SerializationError(f"expected a list, got {value!r}")
    return tuple(_party(item, Party) for item in value)


def _declaration_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(declaration: Declaration) -> dict[str, Any]:
        first = declaration.counts[0] if declaration.counts else None
        qualifier = None if first is None or first.qualifier is CountQualifier.EXACT else first
        return {
            "name": declaration.name,
            "initiator": conv.unstructure(declaration.initiator, State | None),
            "launched": conv.unstructure(declaration.launched, PartialDate | None),
            "signatory_count": None if first is None else first.count,
            "signatory_count_qualifier": None if qualifier is None else qualifier.qualifier.value,
            "signatories": list(dict.fromkeys(s.state.code for s in declaration.signatories)),
            "binding": declaration.binding,
        }

    return unstructure


def _statement_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(statement: Statement) -> dict[str, Any]:
        speaker, affiliation = statement.speaker, statement.affiliation
        if isinstance(speaker, Organization):
            # a body speaking for itself: unnamed speaker, the body as affiliation
            affiliation, speaker = speaker, None
        return {
            "quote": statement.text,
            "speaker": None if speaker is None else speaker.name,
            "speaker_affiliation": None if affiliation is None else party_label(affiliation),
            "date": conv.unstructure(statement.date, PartialDate | None),
        }

    return unstructure


def _article_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(facts: ArticleFacts) -> dict[str, Any]:
        source = facts.source
        direct = tuple(s for s in facts.statements if s.kind is StatementKind.DIRECT)
        return {
            "format": FACTS_FORMAT,
            "article": source.name or source.id,
            "published": conv.unstructure(source.published, PartialDate | None),
            "detentions": conv.unstructure(facts.detentions, tuple[Detention, ...]),
            "statements": conv.unstructure(direct, tuple[Statement, ...]),
            "declarations": conv.unstructure(facts.declarations, tuple[Declaration, ...]),
            "links": conv.unstructure(facts.links, tuple[Link, ...]),
        }

    return unstructure


@attrs.frozen
class _Signing:
    """The fields of a declaration record the model keeps as counts and signatories."""

    signatory_count: int | None = None
    signatory_count_qualifier: CountQualifier | None = None
    signatories: tuple[State, ...] = ()


def _structure_declaration(conv: cattrs.Converter) -> Any:
    fields = make_dict_structure_fn(
        Declaration,
        conv,
        _cattrs_forbid_extra_keys=False,
        counts=override(omit=True),
        signatories=override(omit=True),
        evidence=override(omit=True),
    )
    signing = make_dict_structure_fn(
        _Signing,
        conv,
        _cattrs_forbid_extra_keys=False,
        signatories=override(struct_hook=_many(conv, State)),
    )

    def structure(record: Any, _: Any) -> Declaration:
        declaration = fields(record, Declaration)
        found = signing(record, _Signing)
        count = found.signatory_count
        qualifier = found.signatory_count_qualifier or CountQualifier.EXACT
        return attrs.evolve(
            declaration,
            counts=() if count is None else (SignatoryCount(count, qualifier),),
            signatories=tuple(
                Signatory(s, declaration=declaration.name) for s in found.signatories
            ),
        )

    return structure


@attrs.frozen
class _Records:
    """What a facts document holds, as the converter reads it."""

    published: PartialDate | None = None
    detentions: tuple[Detention, ...] = ()
    statements: tuple[Statement, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    links: tuple[Link, ...] = ()


def _make_facts_converter() -> cattrs.Converter:
    conv = converter.copy()
    conv.register_unstructure_hook(Person, lambda person: person.name)
    conv.register_unstructure_hook(Organization, lambda body: body.name)
    conv.register_unstructure_hook(
        Detention,
        make_dict_unstructure_fn(
            Detention,
            conv,
            nationalities=override(rename=_KEYS["nationalities"]),
            status=override(rename=_KEYS["status"], unstruct_hook=_RELEASED.get),
            location=override(omit=True),
            events=override(omit=True),
            evidence=override(omit=True),
        ),
    )
    conv.register_unstructure_hook(
        Link,
        make_dict_unstructure_fn(Link, conv, evidence=override(omit=True)),
    )
    conv.register_unstructure_hook(Statement, _statement_unstructurer(conv))
    conv.register_unstructure_hook(Declaration, _declaration_unstructurer(conv))
    conv.register_unstructure_hook(ArticleFacts, _article_unstructurer(conv))

    conv.register_structure_hook(Person, lambda value, _: Person(_text(value)))
    conv.register_structure_hook(State, lambda value, _: State(_text(value).upper()))
    conv.register_structure_hook(
        Detention,
        make_dict_structure_fn(
            Detention,
            conv,
            _cattrs_forbid_extra_keys=False,
            nationalities=override(rename=_KEYS["nationalities"], struct_hook=_many(conv, State)),
            charges=override(struct_hook=_many(conv, str)),
            status=override(rename=_KEYS["status"], struct_hook=_released),
            location=override(omit=True),
            events=override(omit=True),
            evidence=override(omit=True),
        ),
    )
    conv.register_structure_hook(
        Statement,
        make_dict_structure_fn(
            Statement,
            conv,
            _cattrs_forbid_extra_keys=False,
            text=override(rename=_KEYS["text"]),
            speaker=override(struct_hook=_speaker),
            affiliation=override(rename=_KEYS["affiliation"], struct_hook=_affiliation),
            kind=override(omit=True),
            venue=override(omit=True),
            audience=override(omit=True),
            about=override(omit=True),
            evidence=override(omit=True),
        ),
    )
    conv.register_structure_hook(Declaration, _structure_declaration(conv))
    conv.register_structure_hook(
        Link,
        make_dict_structure_fn(
            Link,
            conv,
            _cattrs_forbid_extra_keys=False,
            asserted_by=override(struct_hook=_parties),
            denied_by=override(struct_hook=_parties),
            evidence=override(omit=True),
        ),
    )
    conv.register_structure_hook(
        _Records, make_dict_structure_fn(_Records, conv, _cattrs_forbid_extra_keys=False)
    )
    return conv


facts_converter = _make_facts_converter()
"""The ``arbdet-facts/1`` strategy: a copy of :data:`arbdet.serialize.converter`.

It unstructures model facts to flat facts records (an :class:`~arbdet.ArticleFacts` to a
whole document) and structures them back (without evidence: :func:`from_facts` adds it).
"""


def to_facts(facts: ArticleFacts) -> dict[str, Any]:
    """The ``arbdet-facts/1`` document of one article's facts.

    Only direct quotations are written as statements; the first reported signatory count
    is the declaration's ``signatory_count`` (with ``signatory_count_qualifier``, ``null``
    for an exact count).
    """
    document: dict[str, Any] = facts_converter.unstructure(facts, ArticleFacts)
    return document


# ---------------------------------------------------------------- reading


def _record_lists(document: Mapping[str, Any], where: str) -> dict[str, list[Mapping[str, Any]]]:
    lists = {}
    for kind in KINDS:
        records = document.get(kind) or []
        if not isinstance(records, list) or not all(isinstance(r, Mapping) for r in records):
            raise SerializationError(f"{where}: '{kind}' must be a list of objects")
        lists[kind] = records
    return lists


def _rendering(
    document: Mapping[str, Any], lists: Mapping[str, list[Mapping[str, Any]]]
) -> tuple[str, dict[tuple[str, int], Span]]:
    """The document's canonical text, one line per record, and the span of each record."""
    lines = [json.dumps({k: v for k, v in document.items() if k not in KINDS}, ensure_ascii=False)]
    spans: dict[tuple[str, int], Span] = {}
    offset = len(lines[0]) + 1
    for kind in KINDS:
        for index, record in enumerate(lists[kind]):
            line = json.dumps({kind: record}, ensure_ascii=False, sort_keys=True)
            spans[kind, index] = Span(offset, offset + len(line))
            lines.append(line)
            offset += len(line) + 1
    return "\n".join(lines), spans


def _with_evidence(fact: Any, evidence: tuple[Evidence, ...]) -> Any:
    if isinstance(fact, Declaration):
        return attrs.evolve(
            fact,
            counts=tuple(attrs.evolve(c, evidence=evidence) for c in fact.counts),
            signatories=tuple(attrs.evolve(s, evidence=evidence) for s in fact.signatories),
            evidence=evidence,
        )
    return attrs.evolve(fact, evidence=evidence)


def from_facts(document: Mapping[str, Any], *, where: str = "facts document") -> ArticleFacts:
    """Model objects for an ``arbdet-facts/1`` document (one article's facts).

    Each fact's evidence is its own record in a canonical rendering of the document (the
    source's text). Raises :class:`~arbdet.SerializationError` naming the record and the
    field at fault (``$.detentions[0].detainee``).
    """
    if not isinstance(document, Mapping):
        raise SerializationError(f"{where}: expected a JSON object, got {type(document).__name__}")
    if document.get("format", FACTS_FORMAT) != FACTS_FORMAT:
        raise SerializationError(
            f"{where}: format is {document.get('format')!r}; this arbdet reads {FACTS_FORMAT!r}"
        )
    lists = _record_lists(document, where)
    records: _Records = structure(
        {**lists, "published": document.get("published")},
        _Records,
        using=facts_converter,
        what=where,
        keys=_KEYS,
    )
    text, spans = _rendering(document, lists)
    article = document.get("article")
    source = Source.create(
        text,
        name=article if isinstance(article, str) and article else "facts",
        published=records.published,
        outlet=FACTS_FORMAT,
    )

    def with_evidence(kind: str) -> tuple[Any, ...]:
        found = []
        for index, fact in enumerate(getattr(records, kind)):
            span = spans[kind, index]
            evidence = (Evidence(source.id, span, source.slice(span), _EXTRACTOR),)
            found.append(_with_evidence(fact, evidence))
        return tuple(found)

    return ArticleFacts(source, **{kind: with_evidence(kind) for kind in KINDS})


def read_facts(
    path: str | os.PathLike[str], *, follow_symlinks: bool = False
) -> Iterator[ArticleFacts]:
    """Every article's facts in a facts file (one object, a list, or JSON Lines) or folder.

    Files are read and folders walked as :func:`arbdet.io.read_json_documents` does: a
    problem in a file is a :class:`~arbdet.SerializationError` naming it (and the line),
    a folder that cannot be read or holds no facts file an :class:`~arbdet.InputError`.
    """
    for where, document in read_json_documents(
        path, error=SerializationError, follow_symlinks=follow_symlinks, looking_for="facts files"
    ):
        yield from_facts(document, where=where)
