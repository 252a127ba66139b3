"""arbdet: news articles about state-to-state arbitrary detention, as typed facts with provenance.

>>> import arbdet
>>> facts = arbdet.parse(" date 2021-02-16 Canada arrested Meng Wanzhou in December 2018.")
>>> [(d.detainee.name, str(d.detaining_state), str(d.start)) for d in facts.detentions]
[('Meng Wanzhou', 'CA', '2018-12')]
"""

from .errors import (
    ArbdetError,
    ArbdetWarning,
    InputError,
    MissingExtraError,
    ModelError,
    SerializationError,
    SkippedInputWarning,
    UndatedArticleWarning,
    UnknownNameError,
)
from .extract.pipeline import parse
from .facts import from_facts, read_facts, to_facts
from .io import read_source, read_sources
from .knowledge_base import KnowledgeBase
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
    SentenceKind,
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
    "ArbdetWarning",
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
    "KnowledgeBase",
    "Link",
    "LinkRelation",
    "MissingExtraError",
    "ModelError",
    "Organization",
    "PartialDate",
    "Party",
    "Person",
    "Role",
    "SentenceKind",
    "SerializationError",
    "Signatory",
    "SignatoryCount",
    "SkippedInputWarning",
    "Source",
    "Span",
    "State",
    "Statement",
    "StatementKind",
    "UndatedArticleWarning",
    "UnknownNameError",
    "Venue",
    "__version__",
    "dumps",
    "from_dict",
    "from_facts",
    "loads",
    "parse",
    "read_facts",
    "read_source",
    "read_sources",
    "to_dict",
    "to_facts",
]
