"""Merged records as JSON: the ``arbdet-facts/1`` field names, best values and sources.

:data:`record_converter` is a copy of :data:`arbdet.facts.facts_converter` that also
knows the records: each one unstructures to its facts record, holding the best-supported
values, plus the sources that give them; an :class:`Index` unstructures to the
``arbdet-facts/1`` document of the whole knowledge base (``"article": "*"``).
"""

from __future__ import annotations

import typing
from collections import Counter
from collections.abc import Sequence
from typing import Any

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from ..facts import FACTS_FORMAT, facts_converter
from ..model import CountQualifier, PartialDate, State, StatementKind
from ._merge import Index
from ._records import (
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    LinkRecord,
    PersonRecord,
    StatementRecord,
)
from ._values import Claim, Field

__all__ = ["record_converter"]


def _is_claim(tp: Any) -> bool:
    """Whether a type is :class:`Claim` (of any value type)."""
    return tp is Claim or typing.get_origin(tp) is Claim


def _claim_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(claim: Claim[Any]) -> dict[str, Any]:
        return {"value": conv.unstructure(claim.value), "sources": list(claim.sources)}

    return unstructure


def _detention_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(record: DetentionRecord) -> dict[str, Any]:
        fields: dict[str, Field[Any]] = {
            "start": record.start,
            "end": record.end,
            "released": record.status,
            "sentence_years": record.sentence_years,
        }
        disputed = {}
        for name, field in fields.items():
            if field.disputed:
                values = conv.unstructure(field.claims, tuple[Claim[Any], ...])
                if name == "released":
                    for value in values:
                        value["value"] = value["value"] == "released"
                disputed[name] = values
        length = record.length
        return {
            "detainee": record.detainee.name,
            "nationality": [c.value.code for c in record.nationalities],
            "detaining_state": conv.unstructure(record.detaining_state, State | None),
            "start": conv.unstructure(record.start.best, PartialDate | None),
            "end": conv.unstructure(record.end.best, PartialDate | None),
            "released": record.released,
            "charges": [c.value for c in record.charges],
            "sentence_years": record.sentence_years.best,
            "length_days": None if length is None else [length.minimum_days, length.maximum_days],
            "sources": list(record.sources),
            "disputed": disputed,
        }

    return unstructure


def _statement_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(record: StatementRecord) -> dict[str, Any]:
        return {
            "quote": record.quote,
            "speaker": None if record.speaker is None else record.speaker.name,
            "speaker_affiliation": record.affiliation.best,
            "date": conv.unstructure(record.date.best, PartialDate | None),
            "sources": list(record.sources),
        }

    return unstructure


def _link_unstructurer(record: LinkRecord) -> dict[str, Any]:
    return {
        "detainee": record.detainee.name,
        "linked_to": record.linked_to.name,
        "relation": record.relation.value,
        "asserted_by": [c.value for c in record.asserted_by],
        "denied_by": [c.value for c in record.denied_by],
        "sources": list(record.sources),
    }


def _best_count(counts: Sequence[CountReport]) -> tuple[int, CountQualifier] | None:
    """The count most article sources report, with its most reported qualifier."""
    if not counts:
        return None
    tally = Counter(c.count for c in counts)
    count = max(tally, key=lambda n: (tally[n], n))
    qualifiers = Counter(c.qualifier for c in counts if c.count == count)
    qualifier = max(qualifiers, key=lambda q: (qualifiers[q], q is CountQualifier.EXACT, q.value))
    return count, qualifier


def _declaration_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(record: DeclarationRecord) -> dict[str, Any]:
        """What articles say of a declaration: reference sources are left out."""
        references = set(record.reference_sources)
        count, qualifier = _best_count([c for c in record.counts if not c.reference]) or (
            None,
            CountQualifier.EXACT,
        )
        return {
            "name": record.name.best,
            "initiator": conv.unstructure(record.initiator.best, State | None),
            "launched": conv.unstructure(record.launched.best, PartialDate | None),
            "signatory_count": count,
            "signatory_count_qualifier": None
            if qualifier is CountQualifier.EXACT
            else qualifier.value,
            "signatories": [
                s.state.code
                for s in record.signatories
                if any(x not in references for x in s.sources)
            ],
            "binding": record.binding.best,
            "sources": [s for s in record.sources if s not in references],
        }

    return unstructure


def _index_unstructurer(conv: cattrs.Converter) -> Any:
    def unstructure(index: Index) -> dict[str, Any]:
        declarations = [
            d for d in index.declarations if any(s not in index.references for s in d.sources)
        ]
        return {
            "format": FACTS_FORMAT,
            "article": "*",
            "published": None,
            "detentions": conv.unstructure(index.detentions),
            "statements": conv.unstructure(
                [s for s in index.statements if s.kind is StatementKind.DIRECT]
            ),
            "declarations": conv.unstructure(declarations),
            "links": conv.unstructure(index.links),
        }

    return unstructure


def _make_record_converter() -> cattrs.Converter:
    conv = facts_converter.copy()
    conv.register_unstructure_hook_func(_is_claim, _claim_unstructurer(conv))
    conv.register_unstructure_hook(PersonRecord, lambda person: person.name)
    conv.register_unstructure_hook(DetentionRecord, _detention_unstructurer(conv))
    conv.register_unstructure_hook(StatementRecord, _statement_unstructurer(conv))
    conv.register_unstructure_hook(LinkRecord, _link_unstructurer)
    conv.register_unstructure_hook(DeclarationRecord, _declaration_unstructurer(conv))
    conv.register_unstructure_hook(
        CountReport, make_dict_unstructure_fn(CountReport, conv, evidence=override(omit=True))
    )
    conv.register_unstructure_hook(Index, _index_unstructurer(conv))
    return conv


record_converter = _make_record_converter()
"""Records in ``arbdet-facts/1`` terms, a copy of :data:`arbdet.facts.facts_converter`.

A claim is ``{"value", "sources"}``; a person their name; a detention, quotation, link or
declaration its facts record with the best-supported values and ``sources``; an
:class:`Index` the facts document of the whole knowledge base.
"""
