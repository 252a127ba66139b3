"""arbdet: news articles about state-to-state arbitrary detention, as typed facts with provenance.

>>> import arbdet
>>> source = arbdet.read_source("Canada arrested Meng Wanzhou in December 2018.")
>>> source.body_text
'Canada arrested Meng Wanzhou in December 2018.'
"""

from .errors import ArbdetError, InputError, ModelError, SerializationError
from .io import read_source, read_sources
from .model import (
    ArticleFacts,
    CountQualifier,
    DatePrecision,
    DateRange,
    Declaration,
    Detention,
    DetentionEvent,
    DetentionStatus,
    EventKind,
    Evidence,
    Link,
    LinkRelation,
    Organization,
    PartialDate,
    Party,
    Person,
    Role,
    Signatory,
    SignatoryCount,
    Source,
    Span,
    State,
    Statement,
    StatementKind,
    Venue,
)
from .serialize import dumps, from_dict, loads, to_dict

__version__ = "0.1.0"

__all__ = [
    "ArbdetError",
    "ArticleFacts",
    "CountQualifier",
    "DatePrecision",
    "DateRange",
    "Declaration",
    "Detention",
    "DetentionEvent",
    "DetentionStatus",
    "EventKind",
    "Evidence",
    "InputError",
    "Link",
    "LinkRelation",
    "ModelError",
    "Organization",
    "PartialDate",
    "Party",
    "Person",
    "Role",
    "SerializationError",
    "Signatory",
    "SignatoryCount",
    "Source",
    "Span",
    "State",
    "Statement",
    "StatementKind",
    "Venue",
    "__version__",
    "dumps",
    "from_dict",
    "loads",
    "read_source",
    "read_sources",
    "to_dict",
]

# The knowledge base and its lookup error, imported after the model they are built on.
from .errors import UnknownNameError
from .kb import KnowledgeBase

__all__ += ["KnowledgeBase", "UnknownNameError"]
