import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from arbdet import ArticleFacts, SerializationError
from arbdet.facts import from_facts, read_facts, to_facts
from arbdet.strategies import article_facts
from tests.conftest import Scorer


def test_gold_survives_reading_and_writing(
    shared_eval: Path, scorer: Scorer, tmp_path: Path
) -> None:
    gold = shared_eval / "gold" / "seeds"
    summary = scorer.summary(gold, [to_facts(a) for a in read_facts(gold)], tmp_path)
    assert summary["overall_f1"] == 1.0
    assert summary["field_accuracy"] == 1.0


def test_facts_evidence_points_at_its_record() -> None:
    document: dict[str, Any] = {
        "format": "arbdet-facts/1",
        "article": "whelan.txt",
        "published": "2020-06-15",
        "detentions": [
            {
                "detainee": "Paul Whelan",
                "detaining_state": "RU",
                "nationality": ["US"],
                "start": "2018-12-28",
                "released": False,
                "charges": ["espionage"],
                "sentence_years": 16,
            }
        ],
        "statements": [
            {
                "quote": "a grave injustice here",
                "speaker": None,
                "speaker_affiliation": "State Department",
                "date": None,
            }
        ],
    }
    facts = from_facts(document)
    detention = facts.detentions[0]
    (evidence,) = detention.evidence
    assert facts.source.slice(evidence.span) == evidence.text
    assert json.loads(evidence.text)["detentions"]["detainee"] == "Paul Whelan"
    assert facts.source.published is not None and str(facts.source.published) == "2020-06-15"
    assert to_facts(facts)["statements"][0]["speaker_affiliation"] == "State Department"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "arbdet-facts/9"}, "arbdet-facts/9"),
        ({"detentions": {"detainee": "x"}}, "'detentions' must be a list"),
        ({"detentions": [{"detaining_state": "CN"}]}, r"missing @ \$\.detentions\[0\]\.detainee"),
        (
            {"detentions": [{"detainee": "A B", "detaining_state": "XX"}]},
            r"State.code .* @ \$\.detentions\[0\]\.detaining_state",
        ),
        ({"published": "Feb 2021"}, r"'Feb 2021' @ \$\.published"),
        (
            {"links": [{"detainee": "A", "linked_to": "B", "relation": "friendship"}]},
            r"@ \$\.links\[0\]\.relation",
        ),
        (
            {"detentions": [{"detainee": 5}]},
            r"expected a string, got 5 @ \$\.detentions\[0\]\.detainee",
        ),
        ({"detentions": [{"detainee": None}]}, r"@ \$\.detentions\[0\]\.detainee"),
        ({"detentions": [{"detainee": "A B", "released": "no"}]}, r"\$\.detentions\[0\]\.released"),
        (
            {"declarations": [{"signatory_count": "60"}]},
            r"expected int, got '60' @ \$\.declarations\[0\]\.signatory_count",
        ),
        (
            {"declarations": [{"signatory_count": 60, "signatory_count_qualifier": "roughly"}]},
            r"\$\.declarations\[0\]\.signatory_count_qualifier",
        ),
        ({"declarations": [{"binding": "false"}]}, r"\$\.declarations\[0\]\.binding"),
        ({"statements": [{"quote": ["a"]}]}, r"\$\.statements\[0\]\.quote"),
    ],
)
def test_bad_documents_name_the_record(document: dict[str, Any], message: str) -> None:
    with pytest.raises(SerializationError, match=message):
        from_facts(document)


def test_read_facts_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(SerializationError, match="bad.json: not valid JSON"):
        list(read_facts(bad))


def test_read_facts_jsonl_and_list(tmp_path: Path) -> None:
    one = {"format": "arbdet-facts/1", "article": "a.txt", "detentions": []}
    (tmp_path / "x.jsonl").write_text(
        json.dumps(one) + "\n" + json.dumps({**one, "article": "b.txt"}) + "\n"
    )
    (tmp_path / "y.json").write_text(json.dumps([{**one, "article": "c.txt"}]))
    assert [f.source.name for f in read_facts(tmp_path)] == ["a.txt", "b.txt", "c.txt"]


@settings(max_examples=100)
@given(article_facts())
def test_to_facts_is_stable_through_from_facts(facts: ArticleFacts) -> None:
    document = to_facts(facts)
    assert to_facts(from_facts(document)) == document


@pytest.mark.parametrize(
    ("qualifier", "count"), [(None, 58), ("more than", 60), ("about", 71), ("at least", 57)]
)
def test_signatory_count_qualifier_round_trip(qualifier: str | None, count: int) -> None:
    record: dict[str, Any] = {
        "name": None,
        "initiator": "CA",
        "launched": None,
        "signatory_count": count,
        "signatory_count_qualifier": qualifier,
        "signatories": [],
        "binding": None,
    }
    facts = from_facts({"declarations": [record]})
    (reported,) = facts.declarations[0].counts
    assert (reported.count, reported.qualifier.value) == (count, qualifier or "exact")
    assert to_facts(facts)["declarations"] == [record]
