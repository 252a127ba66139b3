"""Statements: direct quotations and reported statements, with who said them, when and where.

:func:`read` is the pipeline's reader (``read(doc) -> list[Statement]``): it reads the
sentences the gate marks for speech (quotation regions and verbs of saying) and attributes
each quotation by the constructions of ``arbdet/data/quotes/attribution.tsv``; the id of
the rule that attributed a statement is the ``extractor`` of its evidence. See
:mod:`arbdet.extract.quotes._reader` for the order in which speakers and dates are sought.

Direct quotations come first, in text order (the same words quoted twice make one
statement with every occurrence's evidence), then reported statements
(:attr:`~arbdet.model.StatementKind.INDIRECT`: "China says the men are suspected of ...").
"""

from __future__ import annotations

from ...model import Statement
from ...text import Document, FactKey
from ._reader import read_statements

__all__ = ["STATEMENTS", "find_quotes", "find_reported_statements", "read"]

STATEMENTS: FactKey[Statement] = FactKey("statements")
"""The statements a document reports: direct quotations, then reported statements."""


def find_quotes(doc: Document) -> list[Statement]:
    """Every direct quotation of ``doc`` as a :class:`~arbdet.model.Statement`, in text order.

    ``doc`` holds the layers of the steps before this reader (places, dates, people, cues).
    """
    return read_statements(doc)[0]


def find_reported_statements(doc: Document) -> list[Statement]:
    """Indirect statements: a named person, a body or a state saying, denying or accusing."""
    return read_statements(doc)[1]


def read(doc: Document) -> list[Statement]:
    """The direct quotations and the reported statements of ``doc``."""
    quotes, reported = read_statements(doc)
    return [*quotes, *reported]
