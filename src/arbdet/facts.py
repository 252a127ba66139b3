"""The ``arbdet-facts/1`` interchange format: a flat JSON view of what one article states.

:func:`to_facts` writes an :class:`~arbdet.model.ArticleFacts` in that shape (the shape
the evaluation's gold files use); :func:`from_facts` reads such a document back into
model objects, so curated facts and gold files can feed the knowledge base. Facts read
this way point, as evidence, at their own record in a canonical rendering of the document.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ArbdetError, SerializationError
from .model import (
    ArticleFacts,
    CountQualifier,
    Declaration,
    Detention,
    DetentionStatus,
    Evidence,
    Link,
    LinkRelation,
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

__all__ = ["FACTS_FORMAT", "KINDS", "from_facts", "read_facts", "to_facts"]

FACTS_FORMAT = "arbdet-facts/1"
"""The format tag of a facts document."""

KINDS = ("detentions", "statements", "declarations", "links")
"""The kinds of record a facts document holds, in order."""

_EXTRACTOR = "facts-file"
_STATUS_TO_RELEASED = {
    DetentionStatus.RELEASED: True,
    DetentionStatus.HELD: False,
    DetentionStatus.UNKNOWN: None,
}


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def party_label(party: Party) -> str:
    """How a facts document names a party: a state's code, or a person's or body's name."""
    return party.code if isinstance(party, State) else party.name


def _detention_record(detention: Detention) -> dict[str, Any]:
    return {
        "detainee": detention.detainee.name,
        "nationality": [s.code for s in detention.nationalities],
        "detaining_state": None
        if detention.detaining_state is None
        else detention.detaining_state.code,
        "start": _date(detention.start),
        "end": _date(detention.end),
        "released": _STATUS_TO_RELEASED[detention.status],
        "charges": list(detention.charges),
        "sentence_years": detention.sentence_years,
    }


def _statement_record(statement: Statement) -> dict[str, Any]:
    speaker = statement.speaker
    affiliation = statement.affiliation
    if isinstance(speaker, Organization):
        # a body speaking for itself: unnamed speaker, the body as affiliation
        affiliation, speaker = speaker, None
    return {
        "quote": statement.text,
        "speaker": None if speaker is None else speaker.name,
        "speaker_affiliation": None if affiliation is None else party_label(affiliation),
        "date": _date(statement.date),
    }


def _declaration_record(declaration: Declaration) -> dict[str, Any]:
    count = declaration.counts[0].count if declaration.counts else None
    signatories = list(dict.fromkeys(s.state.code for s in declaration.signatories))
    return {
        "name": declaration.name,
        "initiator": None if declaration.initiator is None else declaration.initiator.code,
        "launched": _date(declaration.launched),
        "signatory_count": count,
        "signatories": signatories,
        "binding": declaration.binding,
    }


def _link_record(link: Link) -> dict[str, Any]:
    return {
        "detainee": link.detainee.name,
        "linked_to": link.linked_to.name,
        "relation": link.relation.value,
        "asserted_by": [party_label(p) for p in link.asserted_by],
        "denied_by": [party_label(p) for p in link.denied_by],
    }


def to_facts(facts: ArticleFacts) -> dict[str, Any]:
    """The ``arbdet-facts/1`` document of one article's facts.

    Only direct quotations are written as statements; the first reported signatory count
    is the declaration's ``signatory_count``.
    """
    source = facts.source
    return {
        "format": FACTS_FORMAT,
        "article": source.name or source.id,
        "published": _date(source.published),
        "detentions": [_detention_record(d) for d in facts.detentions],
        "statements": [
            _statement_record(s) for s in facts.statements if s.kind is StatementKind.DIRECT
        ],
        "declarations": [_declaration_record(d) for d in facts.declarations],
        "links": [_link_record(link) for link in facts.links],
    }


# ---------------------------------------------------------------- reading


@functools.cache
def _body_words() -> frozenset[str]:
    """Words that make a name a body's: organisation heads and the named organisations."""
    words: set[str] = {"family", "international", "watch", "press", "news", "times", "group"}
    data = resources.files("arbdet").joinpath("data/people")
    for table in ("org_heads.tsv", "organizations.tsv"):
        for line in data.joinpath(table).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(line.split("\t")[0].split()[-1].casefold())
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


class _Reader:
    """Turns one facts document into model objects, each with evidence for its record."""

    def __init__(self, document: Mapping[str, Any], where: str) -> None:
        self.where = where
        self.document = document
        lines = [
            json.dumps({k: v for k, v in document.items() if k not in KINDS}, ensure_ascii=False)
        ]
        self.spans: dict[tuple[str, int], Span] = {}
        offset = len(lines[0]) + 1
        for kind in KINDS:
            for index, record in enumerate(self._records(kind)):
                line = json.dumps({kind: record}, ensure_ascii=False, sort_keys=True)
                self.spans[kind, index] = Span(offset, offset + len(line))
                lines.append(line)
                offset += len(line) + 1
        self.source = Source.create(
            "\n".join(lines),
            name=str(document.get("article") or "facts"),
            published=self._date(document.get("published"), "published"),
            outlet=FACTS_FORMAT,
        )

    def _records(self, kind: str) -> list[Mapping[str, Any]]:
        records = self.document.get(kind) or []
        if not isinstance(records, list) or not all(isinstance(r, Mapping) for r in records):
            raise SerializationError(f"{self.where}: '{kind}' must be a list of objects")
        return records

    def _date(self, value: Any, field: str) -> PartialDate | None:
        if value is None:
            return None
        try:
            return PartialDate.parse(str(value))
        except ArbdetError:
            raise SerializationError(
                f"{self.where}: {field} {value!r} is not an ISO partial date"
            ) from None

    def _evidence(self, kind: str, index: int) -> tuple[Evidence, ...]:
        span = self.spans[kind, index]
        return (Evidence(self.source.id, span, self.source.slice(span), _EXTRACTOR),)

    def _state(self, value: Any) -> State | None:
        return None if value is None else State(str(value).upper())

    def _party(self, value: Any) -> Party:
        text = str(value)
        if _is_state_code(text):
            return State(text)
        return Organization(text) if _names_a_body(text) else Person(text)

    def _affiliation(self, value: Any) -> State | Organization | None:
        if isinstance(value, list):  # a gold file may list acceptable alternatives
            value = value[0] if value else None
        if value is None:
            return None
        text = str(value)
        return State(text) if _is_state_code(text) else Organization(text)

    def read(self) -> ArticleFacts:
        kinds = {
            "detentions": self._detention,
            "statements": self._statement,
            "declarations": self._declaration,
            "links": self._link,
        }
        built: dict[str, list[Any]] = {}
        for kind, build in kinds.items():
            built[kind] = []
            for index, record in enumerate(self._records(kind)):
                try:
                    built[kind].append(build(record, self._evidence(kind, index)))
                except (ArbdetError, KeyError, TypeError, ValueError) as error:
                    detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
                    raise SerializationError(f"{self.where}: {kind}[{index}]: {detail}") from None
        return ArticleFacts(self.source, **built)

    def _detention(self, r: Mapping[str, Any], evidence: tuple[Evidence, ...]) -> Detention:
        released = r.get("released")
        status = (
            DetentionStatus.RELEASED
            if released is True
            else DetentionStatus.HELD
            if released is False
            else DetentionStatus.UNKNOWN
        )
        return Detention(
            detainee=Person(str(r["detainee"])),
            detaining_state=self._state(r.get("detaining_state")),
            nationalities=tuple(State(str(c).upper()) for c in r.get("nationality") or ()),
            start=self._date(r.get("start"), "start"),
            end=self._date(r.get("end"), "end"),
            charges=tuple(str(c) for c in r.get("charges") or ()),
            sentence_years=r.get("sentence_years"),
            status=status,
            evidence=evidence,
        )

    def _statement(self, r: Mapping[str, Any], evidence: tuple[Evidence, ...]) -> Statement:
        speaker = r.get("speaker")
        return Statement(
            text=str(r["quote"]),
            kind=StatementKind.DIRECT,
            speaker=None if speaker is None else Person(str(speaker)),
            affiliation=self._affiliation(r.get("speaker_affiliation")),
            date=self._date(r.get("date"), "date"),
            evidence=evidence,
        )

    def _declaration(self, r: Mapping[str, Any], evidence: tuple[Evidence, ...]) -> Declaration:
        count = r.get("signatory_count")
        counts = (
            ()
            if count is None
            else (SignatoryCount(int(count), CountQualifier.EXACT, evidence=evidence),)
        )
        name = r.get("name")
        launched = self._date(r.get("launched"), "launched")
        return Declaration(
            name=None if name is None else str(name),
            initiator=self._state(r.get("initiator")),
            launched=launched,
            binding=r.get("binding"),
            counts=counts,
            signatories=tuple(
                Signatory(
                    State(str(c).upper()),
                    declaration=None if name is None else str(name),
                    evidence=evidence,
                )
                for c in r.get("signatories") or ()
            ),
            evidence=evidence,
        )

    def _link(self, r: Mapping[str, Any], evidence: tuple[Evidence, ...]) -> Link:
        return Link(
            detainee=Person(str(r["detainee"])),
            linked_to=Person(str(r["linked_to"])),
            relation=LinkRelation(str(r["relation"])),
            asserted_by=tuple(self._party(p) for p in r.get("asserted_by") or ()),
            denied_by=tuple(self._party(p) for p in r.get("denied_by") or ()),
            evidence=evidence,
        )


def from_facts(document: Mapping[str, Any], *, where: str = "facts document") -> ArticleFacts:
    """Model objects for an ``arbdet-facts/1`` document (one article's facts).

    Each fact's evidence is its own record in a canonical rendering of the document (the
    source's text). Raises :class:`~arbdet.SerializationError` naming the record at fault.
    """
    if not isinstance(document, Mapping):
        raise SerializationError(f"{where}: expected a JSON object, got {type(document).__name__}")
    if document.get("format", FACTS_FORMAT) != FACTS_FORMAT:
        raise SerializationError(
            f"{where}: format is {document.get('format')!r}; this arbdet reads {FACTS_FORMAT!r}"
        )
    return _Reader(document, where).read()


def read_facts(path: str | Path) -> Iterator[ArticleFacts]:
    """Every article's facts in a facts file (one object, a list, or JSON Lines) or folder."""
    path = Path(path)
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix in (".json", ".jsonl"):
                yield from read_facts(child)
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SerializationError(f"{path}: cannot be read ({error})") from None
    documents: list[tuple[str, Any]]
    try:
        if path.suffix == ".jsonl":
            documents = [
                (f"{path}, line {n}", json.loads(line))
                for n, line in enumerate(text.splitlines(), start=1)
                if line.strip()
            ]
        else:
            data = json.loads(text)
            items = data if isinstance(data, list) else [data]
            documents = [
                (f"{path}[{i}]" if isinstance(data, list) else str(path), d)
                for i, d in enumerate(items)
            ]
    except json.JSONDecodeError as error:
        raise SerializationError(
            f"{path}: not valid JSON ({error.msg}, line {error.lineno})"
        ) from None
    for where, document in documents:
        yield from_facts(document, where=where)
