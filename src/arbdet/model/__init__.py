"""The domain model: attrs classes, frozen and validated, that every layer of arbdet shares.

This package imports nothing else of arbdet but its errors; it is the public contract.
"""

from ._dates import DatePrecision, DateRange, PartialDate
from ._entities import Organization, Party, Person, Role, State
from ._facts import (
    ArticleFacts,
    ConfidentFacts,
    CountQualifier,
    Declaration,
    Detention,
    DetentionEvent,
    DetentionStatus,
    EventKind,
    Fact,
    HoldsFacts,
    Link,
    LinkRelation,
    SentenceKind,
    Signatory,
    SignatoryCount,
    Statement,
    StatementKind,
    Venue,
    confident,
    confident_facts,
)
from ._provenance import Evidence, Span
from ._source import Source, content_id

__all__ = [
    "ArticleFacts",
    "ConfidentFacts",
    "CountQualifier",
    "DatePrecision",
    "DateRange",
    "Declaration",
    "Detention",
    "DetentionEvent",
    "DetentionStatus",
    "EventKind",
    "Evidence",
    "Fact",
    "HoldsFacts",
    "Link",
    "LinkRelation",
    "Organization",
    "PartialDate",
    "Party",
    "Person",
    "Role",
    "SentenceKind",
    "Signatory",
    "SignatoryCount",
    "Source",
    "Span",
    "State",
    "Statement",
    "StatementKind",
    "Venue",
    "confident",
    "confident_facts",
    "content_id",
]
