"""The knowledge base: many articles' facts, resolved across sources and merged.

:class:`KnowledgeBase` resolves the same person, detention, quotation, link and declaration
across articles, keeps every value with its sources and evidence, and never flattens a
disagreement. Queries (:mod:`arbdet.query`) are also its methods.
"""

from ._build import Input, Parser
from ._demo import demo_report
from ._kb import KB_FORMAT, KnowledgeBase
from ._merge import Index
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
from ._values import Claim, Field

__all__ = [
    "KB_FORMAT",
    "Claim",
    "CountReport",
    "DeclarationRecord",
    "DetentionRecord",
    "Field",
    "Index",
    "Input",
    "KnowledgeBase",
    "Length",
    "LinkRecord",
    "Parser",
    "PersonRecord",
    "SignatoryRecord",
    "StatementRecord",
    "demo_report",
]
