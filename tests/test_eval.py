"""The facts scorer: its rules, its files, its command, and agreement with the reference."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from arbdet import InputError, SerializationError, parse, to_facts
from arbdet.cli import cli
from arbdet.eval import (
    KINDS,
    name_match,
    party_match,
    quote_overlap,
    read_documents,
    report,
    score,
)
from arbdet.io import read_sources

from .conftest import SHARED_EVAL

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "arbdet" / "corpus"
HELDOUT = ROOT / "tests" / "data" / "heldout"


def _doc(article: str = "a.txt", **kinds: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "arbdet-facts/1", "article": article, **kinds}


# ---------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Michael Kovrig", "Michael Kovrig", True),
        ("Michael Kovrig", "Kovrig", True),
        ("Kovrig", "Michael Kovrig", True),
        ("Michael Kovrig", "michael KOVRIG", True),
        ("Mr. Kovrig", "Michael Kovrig", True),
        ("M. Kovrig", "Michael Kovrig", True),
        ("Michael John Kovrig", "Michael Kovrig", True),
        ("Cécile Kohler", "Cecile Kohler", True),
        ("Michael", "Michael Spavor", True),  # a bare given name matches too
        ("Michael Kovrig", "Michael Spavor", False),
        ("Paul Whelan", "David Whelan", False),
        ("Dr", "Dr", False),  # honorifics only: no name at all
        (None, "Kovrig", False),
    ],
)
def test_name_match(a: str | None, b: str, same: bool) -> None:
    assert name_match(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("CA", "ca", True),
        ("CA", "Canada", False),  # a code is only ever equal to a code
        ("State Department", "the State Department", True),
        ("Global Times", "Times", True),
        ("Justin Trudeau", "Trudeau", True),
        ("Huawei", "Global Times", False),
        (None, None, True),
        (None, "CA", False),
    ],
)
def test_party_match(a: str | None, b: str | None, same: bool) -> None:
    assert party_match(a, b) is same


def test_quote_overlap_is_the_smaller_share() -> None:
    gold = "we will not trade people like bargaining chips"
    assert quote_overlap(gold, gold) == 1.0
    assert quote_overlap(gold, "we will not trade people") == pytest.approx(5 / 8)
    assert quote_overlap(gold, "") == 0.0


def test_a_quote_matches_at_sixty_percent_and_needs_its_speaker() -> None:
    gold = _doc(statements=[{"quote": "one two three four five", "speaker": "Marc Garneau"}])
    close = _doc(statements=[{"quote": "one two three", "speaker": "Garneau"}])
    far = _doc(statements=[{"quote": "one two", "speaker": "Garneau"}])
    wrong_speaker = _doc(statements=[{"quote": "one two three", "speaker": "Chrystia Freeland"}])
    assert score(gold, close).kinds["statements"].found == 1
    assert score(gold, far).kinds["statements"].found == 0
    result = score(gold, wrong_speaker)
    assert result.kinds["statements"].found == 0
    assert result.kinds["statements"].speaker is not None
    assert (result.kinds["statements"].speaker.right, result.kinds["statements"].speaker.total) == (
        0,
        1,
    )
    assert [m.problem for m in result.mismatches] == ["speaker"]


def test_unnamed_speakers_match_by_affiliation() -> None:
    gold = _doc(statements=[{"quote": "a b c d", "speaker": None, "speaker_affiliation": "CN"}])
    right = _doc(statements=[{"quote": "a b c d", "speaker": None, "speaker_affiliation": "CN"}])
    named = _doc(statements=[{"quote": "a b c d", "speaker": "Zhao Lijian"}])
    other = _doc(statements=[{"quote": "a b c d", "speaker_affiliation": "CA"}])
    assert score(gold, right).kinds["statements"].f1 == 1.0
    assert score(gold, named).kinds["statements"].found == 0
    assert score(gold, other).kinds["statements"].found == 0


def test_affiliation_alternatives() -> None:
    gold = _doc(statements=[{"quote": "x y z", "speaker_affiliation": ["GB", "Foreign Office"]}])
    for given_affiliation in ("GB", "the Foreign Office"):
        found = _doc(statements=[{"quote": "x y z", "speaker_affiliation": given_affiliation}])
        assert score(gold, found).field_accuracy == 1.0


def test_detention_fields_at_the_gold_precision() -> None:
    record = {
        "detainee": "Michael Kovrig",
        "detaining_state": "CN",
        "nationality": ["CA"],
        "start": "2018-12",
        "end": None,
        "released": True,
        "charges": ["espionage"],
        "sentence_years": 11,
    }
    found: dict[str, Any] = {
        **record,
        "detainee": "Kovrig",
        "start": "2018-12-10",
        "end": "2021-09-24",
    }
    found["charges"] = ["spying", "espionage"]
    found["sentence_years"] = 11.0
    result = score(_doc(detentions=[record]), _doc(detentions=[found]))
    fields = result.kinds["detentions"].fields
    assert result.kinds["detentions"].f1 == 1.0
    assert "end" not in fields  # a gold null is not scored
    assert (fields["start"].right, fields["charges"].right) == (0, 0)
    assert (fields["sentence_years"].right, fields["nationality"].right) == (1, 1)
    lenient = score(_doc(detentions=[record]), _doc(detentions=[found]), lenient_dates=True)
    assert lenient.kinds["detentions"].fields["start"].right == 1


def test_a_detention_by_another_state_is_another_detention() -> None:
    gold = _doc(detentions=[{"detainee": "Paul Whelan", "detaining_state": "RU"}])
    found = _doc(detentions=[{"detainee": "Paul Whelan", "detaining_state": "US"}])
    result = score(gold, found)
    assert (result.kinds["detentions"].found, result.kinds["detentions"].predicted) == (0, 1)
    assert [m.problem for m in result.mismatches] == ["missed", "spurious"]


def test_optional_records_are_neither_required_nor_held_against() -> None:
    gold = _doc(
        links=[
            {"detainee": "A Ba", "linked_to": "C Da", "relation": "exchange"},
            {"detainee": "A Ba", "linked_to": "E Fa", "relation": "exchange", "optional": True},
        ]
    )
    both = _doc(
        links=[
            {"detainee": "C Da", "linked_to": "A Ba", "relation": "exchange"},
            {"detainee": "A Ba", "linked_to": "E Fa", "relation": "exchange"},
        ]
    )
    links = score(gold, both).kinds["links"]
    assert (links.gold, links.predicted, links.found) == (1, 1, 1)
    links = score(gold, _doc()).kinds["links"]
    assert (links.gold, links.found, links.recall) == (1, 0, 0.0)


def test_declaration_count_and_its_qualifier() -> None:
    gold = _doc(
        declarations=[
            {
                "name": "Declaration Against Arbitrary Detention in State-to-State Relations",
                "signatory_count": 60,
                "signatory_count_qualifier": "more than",
                "signatories": ["CA", "GB"],
                "binding": False,
            }
        ]
    )
    found = _doc(
        declarations=[
            {
                "name": "Declaration Against Arbitrary Detention",
                "signatory_count": 60,
                "signatory_count_qualifier": None,
                "signatories": ["GB", "CA"],
                "binding": False,
            }
        ]
    )
    fields = score(gold, found).kinds["declarations"].fields
    assert {name: f.right for name, f in fields.items()} == {
        "name": 1,
        "signatory_count": 1,
        "signatory_count_qualifier": 0,
        "signatories": 1,
        "binding": 1,
    }
    found["declarations"][0]["signatory_count_qualifier"] = "More than"
    assert score(gold, found).field_accuracy == 1.0


def test_nothing_expected_nothing_found_is_perfect_per_kind() -> None:
    result = score(_doc(), _doc())
    assert all(k.precision == k.recall == 1.0 for k in result.kinds.values())
    assert result.overall_f1 == 0.0  # no gold records: nothing to weigh
    assert result.field_accuracy is None


def test_a_gold_article_without_prediction_counts_as_empty() -> None:
    gold = [_doc("a.txt", links=[{"detainee": "A", "linked_to": "B", "relation": "exchange"}])]
    gold.append(_doc("b.txt"))
    result = score(gold, [_doc("b.txt"), _doc("c.txt")])
    assert (result.articles, result.articles_predicted) == (2, 1)
    assert result.by_article["a.txt"].kinds["links"].recall == 0.0
    assert list(result.by_article) == ["a.txt", "b.txt"]


def test_report_lists_errors_last_before_the_headline() -> None:
    gold = _doc(detentions=[{"detainee": "Paul Whelan", "detaining_state": "RU"}])
    text = report(score(gold, _doc()), by_article=True, show_errors=True)
    lines = text.splitlines()
    assert lines[0] == "1 gold articles, 1 predicted"
    assert "  a.txt: F1 0.000" in lines
    assert "  - a.txt: missed detention 'Paul Whelan' by RU" in lines
    assert lines[-1] == "overall F1 0.000  field accuracy -"


# ---------------------------------------------------------------- files


def test_read_documents_from_folders_files_and_lines(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(_doc("x/one.txt")), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([_doc("two.txt"), _doc("three.txt")]))
    (tmp_path / "lines.jsonl").write_text(json.dumps(_doc("four.txt")) + "\n\n")
    (tmp_path / "notes.txt").write_text("not read")
    assert sorted(read_documents(tmp_path)) == ["four.txt", "one.txt", "three.txt", "two.txt"]
    assert list(read_documents(tmp_path / "lines.jsonl")) == ["four.txt"]
    assert list(read_documents(_doc("five.txt"))) == ["five.txt"]


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        ("bad.json", "{", SerializationError, "bad.json: not valid JSON"),
        ("bad.jsonl", '{"article": "a"}\n[', SerializationError, "bad.jsonl, line 2: not valid"),
        ("no_article.json", '{"detentions": []}', SerializationError, "no_article.json: not a"),
        ("listed.json", "[1]", SerializationError, "listed.json[0]: not a facts document"),
        ("records.json", '{"article": "a", "links": {}}', SerializationError, "a: 'links' must"),
    ],
)
def test_bad_documents_are_named(
    tmp_path: Path, name: str, content: str, error: type[Exception], message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=message.replace("[", r"\[")):
        score(path, path)


def test_missing_and_empty_inputs_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_documents(tmp_path / "absent")
    with pytest.raises(InputError, match=r"no facts documents here; looked for \*\.json"):
        read_documents(tmp_path)


# ---------------------------------------------------------------- command


def _write(path: Path, documents: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    return path


def test_score_command(tmp_path: Path) -> None:
    gold = _write(
        tmp_path / "gold.jsonl",
        [_doc(detentions=[{"detainee": "Paul Whelan", "detaining_state": "RU", "start": "2018"}])],
    )
    pred = _write(
        tmp_path / "pred.jsonl",
        [_doc(detentions=[{"detainee": "Whelan", "detaining_state": "RU", "start": "2019"}])],
    )
    result = CliRunner().invoke(cli, ["score", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "overall F1 1.000  field accuracy 0.0"
    result = CliRunner().invoke(cli, ["score", str(gold), str(pred), "--json", "--show-errors"])
    data = json.loads(result.output)
    assert data["kinds"]["detentions"]["fields"] == {"start": {"right": 0, "total": 1}}
    assert data["errors"] == ["a.txt: detention 'Paul Whelan' by RU: start = '2019', gold '2018'"]


def test_score_command_refuses_predictions_for_no_gold_article(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_doc("a.txt")])
    pred = _write(tmp_path / "pred.jsonl", [_doc("b.txt")])
    result = CliRunner().invoke(cli, ["score", str(gold), str(pred)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"arbdet: {pred}: no document for any gold article; ")


# ---------------------------------------------------------------- agreement


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    """``score.py`` of the shared evaluation, the scorer this one must agree with."""
    path = SHARED_EVAL / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval is not beside this checkout")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference_run(
    reference: ModuleType, gold: Path, pred: Path, *args: str, capsys: pytest.CaptureFixture[str]
) -> str:
    assert reference.main([str(gold), str(pred), *args]) == 0
    return capsys.readouterr().out


def _agree(
    reference: ModuleType, gold: Path, pred: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runs: list[list[str]] = [
        [],
        ["--json", "--by-article", "--lenient-dates"],
        ["--show-errors", "--by-article"],
    ]
    for args in runs:
        expected = _reference_run(reference, gold, pred, *args, capsys=capsys)
        mine = CliRunner().invoke(cli, ["score", str(gold), str(pred), *args])
        assert mine.exit_code == 0, mine.output
        assert mine.output == expected, args


SETS = {
    "corpus": (CORPUS / "articles", CORPUS / "gold"),
    "held-out": (HELDOUT / "articles", HELDOUT / "gold"),
    "seeds": (SHARED_EVAL / "seeds", SHARED_EVAL / "gold" / "seeds"),
    "real": (SHARED_EVAL / "real" / "articles", SHARED_EVAL / "real" / "gold"),
}


@pytest.mark.parametrize("name", list(SETS))
def test_agrees_with_the_reference_scorer(
    name: str, reference: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles, gold = SETS[name]
    if not articles.is_dir():
        pytest.skip(f"{articles} is not here")
    predicted = [to_facts(parse(source)) for source in read_sources([articles])]
    pred = _write(tmp_path / "pred.jsonl", predicted)
    _agree(reference, gold, pred, capsys)


_NAMES = ["Michael Kovrig", "Kovrig", "M. Kovrig", "Michael Spavor", "Dr Spavor", "Meng Wanzhou"]
_NAMES += ["Meng", "Paul Whelan", "José Núñez", "Jose Nunez", "Global Times", "State Department"]
_STATES = st.sampled_from(["CA", "CN", "US", "ru", "EU"])
_DATES = st.sampled_from([None, "2018", "2018-12", "2018-12-10", "2019-01"])
_WORDS = st.lists(st.sampled_from(["we", "will", "not", "trade", "people", "free", "them"]))


def _optional(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), values)


_RECORDS: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "detentions": st.fixed_dictionaries(
        {"detainee": st.sampled_from(_NAMES), "detaining_state": _optional(_STATES)},
        optional={
            "nationality": _optional(st.lists(_STATES, max_size=2)),
            "start": _DATES,
            "end": _DATES,
            "released": st.sampled_from([None, True, False]),
            "charges": st.lists(st.sampled_from(["espionage", "spying", "fraud", "state secrets"])),
            "sentence_years": st.sampled_from([None, 11, 11.0, 3.5, 8]),
            "optional": st.booleans(),
        },
    ),
    "statements": st.fixed_dictionaries(
        {"quote": _WORDS.map(" ".join)},
        optional={
            "speaker": _optional(st.sampled_from(_NAMES)),
            "speaker_affiliation": _optional(
                st.one_of(_STATES, st.sampled_from(_NAMES), st.lists(_STATES, max_size=2))
            ),
            "date": _DATES,
        },
    ),
    "declarations": st.fixed_dictionaries(
        {},
        optional={
            "name": _optional(st.sampled_from(["Declaration", "Declaration Against Detention"])),
            "initiator": _optional(_STATES),
            "launched": _DATES,
            "signatory_count": st.sampled_from([None, 58, 60, 60.0]),
            "signatory_count_qualifier": st.sampled_from([None, "more than", "About"]),
            "signatories": st.lists(_STATES, max_size=3),
            "binding": st.sampled_from([None, False, True]),
        },
    ),
    "links": st.fixed_dictionaries(
        {
            "detainee": st.sampled_from(_NAMES),
            "linked_to": st.sampled_from(_NAMES),
            "relation": st.sampled_from(["exchange", "retaliation", "Exchange"]),
        },
        optional={
            "asserted_by": st.lists(st.one_of(_STATES, st.sampled_from(_NAMES)), max_size=2),
            "denied_by": st.lists(st.one_of(_STATES, st.sampled_from(_NAMES)), max_size=2),
            "optional": st.booleans(),
        },
    ),
}

_DOCUMENTS = st.lists(
    st.builds(
        lambda article, records: {"article": article, **records},
        st.sampled_from(["a.txt", "b.txt", "c.txt"]),
        st.fixed_dictionaries({}, optional={k: st.lists(_RECORDS[k], max_size=4) for k in KINDS}),
    ),
    max_size=3,
)


@given(gold=_DOCUMENTS, predicted=_DOCUMENTS, lenient=st.booleans())
def test_agrees_with_the_reference_scorer_on_any_documents(
    reference: ModuleType,
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    lenient: bool,
) -> None:
    if not gold:
        gold = [_doc()]
    mine = score(gold, predicted, lenient_dates=lenient)
    gold_docs = {d["article"]: d for d in gold}
    predicted_docs = {d["article"]: d for d in predicted}
    tallies = {kind: reference.Tally() for kind in reference.KINDS}
    for article in sorted(gold_docs):
        reference.score_doc(
            article, gold_docs[article], predicted_docs.get(article, {}), tallies, lenient
        )
    expected = reference.summarise(tallies)
    assert mine.to_json()["kinds"] == expected["kinds"]
    assert mine.to_json()["overall_f1"] == expected["overall_f1"]
    assert mine.to_json()["field_accuracy"] == expected["field_accuracy"]
    assert [str(m) for m in mine.mismatches] == [e for t in tallies.values() for e in t.errors]
