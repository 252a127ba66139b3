"""Records and merging: many articles' facts resolved across sources into one record each.

:func:`merge` resolves the same person, detention, quotation, link and declaration across
articles into an :class:`Index` of records, keeping every value with its sources and
evidence and never flattening a disagreement. This layer knows nothing of queries,
exports or files; :class:`arbdet.KnowledgeBase` (above it) holds the articles and asks it.
"""

from ._json import record_converter
from ._merge import Article, ArticleSource, Index, Indexed, merge, source_labels
from ._names import NameKey, NameRelation, compare, fold, given_compatible, name_parts
from ._quotes import QuoteContext, quote_groups, quote_words, same_words
from ._records import (
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    Length,
    LinkRecord,
    PersonRecord,
    SignatoryRecord,
    StatementRecord,
)
from ._resolve import NameMention, Resolution, resolve
from ._values import Claim, Field, gather

__all__ = [
    "Article",
    "ArticleSource",
    "Claim",
    "CountReport",
    "DeclarationRecord",
    "DetentionRecord",
    "Field",
    "Index",
    "Indexed",
    "Length",
    "LinkRecord",
    "NameKey",
    "NameMention",
    "NameRelation",
    "PersonRecord",
    "QuoteContext",
    "Resolution",
    "SignatoryRecord",
    "StatementRecord",
    "compare",
    "fold",
    "gather",
    "given_compatible",
    "merge",
    "name_parts",
    "quote_groups",
    "quote_words",
    "record_converter",
    "resolve",
    "same_words",
    "source_labels",
]
