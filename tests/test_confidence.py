"""Each fact's confidence: the measured precision of its rule, looked up, kept and filtered."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from click.testing import CliRunner

from arbdet import ArticleFacts, KnowledgeBase, ModelError, StatementKind, parse, read_source
from arbdet.cli import cli
from arbdet.extract.confidence import (
    assign_confidence,
    confidence_of,
    confidence_table,
    rule_of,
)
from arbdet.model import (
    Detention,
    Evidence,
    Fact,
    Link,
    LinkRelation,
    Person,
    Source,
    Span,
    Statement,
)
from arbdet.serialize import dumps, loads

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "date 2021-09-25\n"
    'China released Michael Kovrig on Friday. "We are glad he is home," Prime Minister '
    "Justin Trudeau said. Beijing denied that the case was retaliation for the arrest of "
    "Meng Wanzhou in Canada."
)


def _measure_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_confidence", ROOT / "scripts" / "measure_confidence.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _evidence(source: Source, extractor: str) -> Evidence:
    return Evidence(source.id, Span(0, 4), source.text[:4], extractor)


def test_a_rule_falls_back_to_its_nearest_measured_family() -> None:
    table = {"detention": 0.9, "detention.release": 0.8, "detention.release.freed": 0.7}
    assert confidence_of("detention.release.freed", table) == 0.7
    assert confidence_of("detention.release.swapped", table) == 0.8
    assert confidence_of("detention.arrest", table) == 0.9
    assert confidence_of("quote.colon", table) is None
    assert confidence_of(None, table) is None


def test_assign_confidence_rates_every_fact_by_its_first_evidence() -> None:
    source = Source.create("Some text about Kovrig and Meng.")
    facts = ArticleFacts(
        source,
        detentions=[
            Detention(
                detainee=Person("Michael Kovrig"),
                evidence=(_evidence(source, "detention.release"), _evidence(source, "timex")),
            ),
            Detention(detainee=Person("Nobody")),
        ],
        statements=[
            Statement("one two three", evidence=(_evidence(source, "quote.said"),)),
            Statement(
                "reported words",
                kind=StatementKind.INDIRECT,
                evidence=(_evidence(source, "quote.said"),),
            ),
        ],
        links=[
            Link(
                detainee=Person("Michael Kovrig"),
                linked_to=Person("Meng Wanzhou"),
                relation=LinkRelation.RETALIATION,
                evidence=(_evidence(source, "link"),),
            )
        ],
    )
    rated = assign_confidence(facts, {"detention": 0.75, "quote": 0.5, "link.cue": 0.1})
    assert [d.confidence for d in rated.detentions] == [0.75, None]  # no evidence: no rule
    assert [s.confidence for s in rated.statements] == [0.5, None]  # reported: unmeasured
    assert rated.links[0].confidence is None  # only a finer rule is measured
    assert attrs.evolve(rated, detentions=facts.detentions).detentions == facts.detentions
    assert assign_confidence(facts, {}) == facts  # nothing measured: all None, as before


def test_parsed_facts_carry_the_shipped_precision_of_their_rule() -> None:
    facts = parse(TEXT)
    table = confidence_table()
    rated: list[Fact] = [*facts.detentions, *facts.declarations, *facts.links]
    rated += [s for s in facts.statements if s.kind is StatementKind.DIRECT]
    assert facts.detentions
    assert facts.statements
    for fact in rated:
        assert fact.confidence is not None
        assert fact.confidence == confidence_of(rule_of(fact), table)
    for statement in facts.statements:
        if statement.kind is StatementKind.INDIRECT:
            assert statement.confidence is None


def test_confidence_round_trips_and_is_validated() -> None:
    facts = parse(TEXT)
    assert loads(dumps(facts), ArticleFacts) == facts
    assert loads(dumps(facts.detentions[0]), Detention).confidence == facts.detentions[0].confidence
    for bad in (1.5, -0.1, "high", True):
        with pytest.raises(ModelError, match="confidence must be a number from 0 to 1"):
            Detention(detainee=Person("A"), confidence=bad)  # type: ignore[arg-type]


def test_filters_keep_only_facts_at_or_above_the_threshold() -> None:
    facts = parse(TEXT)
    everything: list[Fact] = [
        *facts.detentions,
        *facts.statements,
        *facts.declarations,
        *facts.links,
    ]
    measured = sorted({f.confidence for f in everything if f.confidence is not None})
    threshold = measured[-1]
    kept = facts.filter(min_confidence=threshold)
    kept_all: list[Fact] = [*kept.detentions, *kept.statements, *kept.declarations, *kept.links]
    assert kept_all
    assert all(f.confidence is not None and f.confidence >= threshold for f in kept_all)
    assert len(kept_all) == sum(
        1 for f in everything if f.confidence is not None and f.confidence >= threshold
    )
    assert facts.filter(min_confidence=0).statements == tuple(
        s for s in facts.statements if s.confidence is not None
    )
    kb = KnowledgeBase([facts])
    strict = kb.filter(min_confidence=1.01)
    assert len(strict) == 1
    assert not strict.detention_records
    assert strict.references == kb.references


def test_min_confidence_on_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    kb_path = tmp_path / "kb.json"
    assert CliRunner().invoke(cli, ["build", str(article), "-o", str(kb_path)]).exit_code == 0
    every = CliRunner().invoke(cli, ["detentions", "--kb", str(kb_path), "--json"])
    assert every.exit_code == 0, every.output
    for threshold in (0.5, 0.95, 1.0):
        result = CliRunner().invoke(
            cli,
            ["detentions", "--kb", str(kb_path), "--json", "--min-confidence", str(threshold)],
        )
        expected = KnowledgeBase([parse(read_source(article))]).filter(min_confidence=threshold)
        assert len(json.loads(result.stdout)) == len(expected.detention_records)
        assert result.exit_code == (0 if expected.detention_records else 1)  # 1: nothing found
    assert len(json.loads(every.stdout)) > 0
    bad = CliRunner().invoke(cli, ["detentions", "--kb", str(kb_path), "--min-confidence", "2"])
    assert bad.exit_code == 2
    assert bad.stderr.startswith("arbdet: --min-confidence: 2.0 is not in the range 0<=x<=1")


def test_the_shipped_table_is_well_formed_and_covers_todays_rules() -> None:
    script = _measure_script()
    lines = [
        line.split("\t")
        for line in (ROOT / "src/arbdet/data/confidence.tsv").read_text().splitlines()
        if not line.startswith("#")
    ]
    assert lines[0] == ["rule", "precision", "right", "counted"]
    for rule, precision, right, counted in lines[1:]:
        assert int(counted) >= script.MIN_SUPPORT, rule
        assert float(precision) == pytest.approx(int(right) / int(counted), abs=5e-4)
    facts = parse(TEXT)
    linked: list[Fact] = [*facts.detentions, *facts.links]
    for fact in linked:
        assert confidence_of(rule_of(fact), confidence_table()) is not None
