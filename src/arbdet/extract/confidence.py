"""Each fact's confidence: the measured precision of the rule that read it.

The rule that read a fact is the extractor of its first evidence (``Evidence.extractor``,
a dotted id such as ``detention.release.freed``). Its precision was measured on arbdet's
own gold corpus by ``scripts/measure_confidence.py`` and ships as ``data/confidence.tsv``;
a rule measured too rarely to say falls back to its family, the id without its last
part (``detention.release``, then ``detention``). Reported statements have no gold to
be measured against, so their confidence stays ``None``; so does a fact whose rule and
families are all unmeasured.

The corpus is what the rules were written against, so these are upper bounds: on new
text expect less (the held-out articles score lower, see the README's quality table).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources

import attrs

from ..errors import ArbdetError
from ..model import ArticleFacts, Fact, Statement, StatementKind

__all__ = ["assign_confidence", "confidence_of", "confidence_table", "rule_of"]

_TABLE = "data/confidence.tsv"


def rule_of(fact: Fact) -> str | None:
    """The id of the rule that read a fact: the extractor of its first evidence."""
    return fact.evidence[0].extractor if fact.evidence else None


def confidence_of(rule: str | None, table: Mapping[str, float]) -> float | None:
    """The precision of ``rule`` in ``table``, else of its nearest measured family."""
    while rule:
        if rule in table:
            return table[rule]
        rule = rule.rpartition(".")[0]
    return None


@functools.cache
def confidence_table() -> Mapping[str, float]:
    """The shipped table: each measured rule or family id and its precision."""
    text = resources.files("arbdet").joinpath(_TABLE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    rule, precision = header.index("rule"), header.index("precision")
    table: dict[str, float] = {}
    for number, row in enumerate(body, start=2):
        try:
            table[row[rule]] = float(row[precision])
        except (IndexError, ValueError):
            raise ArbdetError(f"{_TABLE}: row {number} is not 'rule<TAB>precision...'") from None
    return table


def _measured(fact: Fact, table: Mapping[str, float]) -> float | None:
    if isinstance(fact, Statement) and fact.kind is StatementKind.INDIRECT:
        return None
    return confidence_of(rule_of(fact), table)


def assign_confidence(facts: ArticleFacts, table: Mapping[str, float]) -> ArticleFacts:
    """``facts`` with each fact's confidence looked up in ``table`` (by its rule's id)."""

    def rated(items: tuple[Fact, ...]) -> tuple[Fact, ...]:
        return tuple(attrs.evolve(f, confidence=_measured(f, table)) for f in items)

    return attrs.evolve(
        facts,
        detentions=rated(facts.detentions),
        statements=rated(facts.statements),
        declarations=rated(facts.declarations),
        links=rated(facts.links),
    )
