"""The rules docs/architecture.md works through are the rules the tables hold."""

from __future__ import annotations

import re
from pathlib import Path

import arbdet

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(arbdet.__file__).parent / "data"

# A rule line of the page: an id with a dot, a tab, then the pattern.
_RULE_LINE = re.compile(r"^[a-z_]+\.[a-z_.]+\t.+$", re.MULTILINE)


def _table_lines() -> set[str]:
    return {
        line
        for table in DATA.glob("*/rules.tsv")
        for line in table.read_text(encoding="utf-8").splitlines()
    }


def test_every_worked_rule_of_the_page_is_a_rule_of_a_table() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    shown = _RULE_LINE.findall(page)
    assert len(shown) >= 2
    assert sorted(set(shown) - _table_lines()) == []


def test_the_worked_exchange_reads_as_the_page_says() -> None:
    facts = arbdet.parse(
        "Viktor Bout, a Russian arms dealer jailed in the United States, was traded last "
        "December for Brittney Griner, the American basketball star held in Russia.",
        published="2023-01-05",
    )
    [link] = facts.links
    assert (link.detainee.name, link.relation.value, link.linked_to.name) == (
        "Viktor Bout",
        "exchange",
        "Brittney Griner",
    )
    assert [e.extractor for e in link.evidence] == ["link.exchange.traded_for"]
