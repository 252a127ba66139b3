"""JSON input: a bounded depth, lines split on newlines only, facts told by their format."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import (
    ArbdetError,
    Detention,
    InputError,
    KnowledgeBase,
    SerializationError,
    loads,
    read_facts,
    read_sources,
)
from arbdet.io import MAX_JSON_DEPTH, decode_json, json_lines

DEEP = "[" * 100_000 + "]" * 100_000
FACTS = {"format": "arbdet-facts/1", "article": "a.txt", "published": "2021-09-25"}


def test_deep_json_is_an_error_not_a_recursion_error() -> None:
    with pytest.raises(InputError, match=f"x: JSON nested more than {MAX_JSON_DEPTH} levels"):
        decode_json(DEEP, "x")
    nested = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert decode_json(nested, "x") is not None
    with pytest.raises(InputError, match="nested more than"):
        decode_json("[" + nested + "]", "x")


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"text": "[" * 500 + '{"\\"' + "}" * 3})
    assert decode_json(text, "x") == json.loads(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": "unterminated', r"x: not valid JSON at column 7 \(Unterminated string starting\)"),
        ("{\n\n  oops", r"x: not valid JSON at line 3, column 3 \(Expecting property name"),
        ('{"n": ' + "9" * 5000 + "}", r"x: not valid JSON \(Exceeds the limit"),
        (b"\xff\xfe\x00", "x: not valid JSON"),
    ],
)
def test_bad_json_names_where_and_what(text: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_json(text, "x")


@settings(max_examples=50)
@given(st.recursive(st.none() | st.booleans() | st.text(), st.lists))
def test_decode_json_agrees_with_json(value: Any) -> None:
    text = json.dumps(value)
    try:
        expected = json.loads(text)
    except RecursionError:  # pragma: no cover - hypothesis keeps values far shallower
        return
    assert decode_json(text, "x") == expected


def test_deep_jsonl_article_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(DEEP + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.jsonl, line 1: JSON nested more than"):
        list(read_sources(path))


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_deep_facts_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text('{"format": "arbdet-facts/1", "detentions": ' + DEEP + "}\n")
    with pytest.raises(SerializationError, match="nested more than"):
        list(read_facts(path))


def test_deep_serialised_documents() -> None:
    with pytest.raises(SerializationError, match="nested more than"):
        loads(DEEP, Detention)
    with pytest.raises(SerializationError, match="nested more than"):
        KnowledgeBase.loads(DEEP)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x1c", "\x0b", "\x0c"])
def test_jsonl_lines_end_at_newline_only(tmp_path: Path, separator: str) -> None:
    text = f"Canada welcomed Michael Kovrig home.{separator}He thanked his family."
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": text, "published": "2021-09-25"}, ensure_ascii=False) + "\r\n",
        encoding="utf-8",
    )
    (source,) = read_sources(path)
    assert source.text == text


def test_json_lines_numbers_and_skips_blank_lines() -> None:
    assert list(json_lines('{"a": 1}\r\n\n  \n{"b": "\u2028"}')) == [
        (1, '{"a": 1}'),
        (4, '{"b": "\u2028"}'),
    ]


def test_read_facts_jsonl_with_line_separators(tmp_path: Path) -> None:
    record = {
        **FACTS,
        "statements": [{"quote": "We are\u2028overjoyed today\u0085truly", "speaker": None}],
    }
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (facts,) = read_facts(path)
    assert facts.statements[0].text == "We are\u2028overjoyed today\u0085truly"


# ---------------------------------------------------------------- facts in article input


@pytest.mark.parametrize("fmt", ["arbdet-facts/1", "arbdet-facts/99", "arbdet/1"])
@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".txt"])
def test_arbdet_documents_are_not_articles(tmp_path: Path, fmt: str, suffix: str) -> None:
    path = tmp_path / f"a{suffix}"
    path.write_text(json.dumps({**FACTS, "format": fmt}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"format '{fmt}'.*not an article"):
        list(read_sources(path))


def test_a_later_facts_line_in_an_article_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        {"text": "Canada welcomed Michael Kovrig home."},
        {**FACTS, "format": "arbdet-facts/2"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    with pytest.raises(InputError, match=r"mixed\.jsonl, line 2: is a facts record"):
        list(read_sources(path))


def test_build_names_an_unsupported_facts_version(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps({**FACTS, "format": "arbdet-facts/99"}) + "\n", encoding="utf-8")
    with pytest.raises(
        SerializationError, match=r"line 1: format is 'arbdet-facts/99'; this arbdet reads"
    ):
        KnowledgeBase.build(path, references=False)


def test_a_json_file_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"text": "One story.", "date": "2021-09-25"}, {"body": "Two."}]))
    sources = list(read_sources(path))
    assert [s.name for s in sources] == ["articles.json:0", "articles.json:1"]
    assert str(sources[0].published) == "2021-09-25"


# ---------------------------------------------------------------- facts field types


@pytest.mark.parametrize(
    ("kind", "record", "problem", "path"),
    [
        ("detentions", {"detainee": 5}, "expected a string, got 5", "detentions[0].detainee"),
        ("detentions", {"detainee": None}, "expected a string, got None", "detentions[0].detainee"),
        (
            "detentions",
            {"detainee": "A B", "nationality": ["CA", 7]},
            "expected a string, got 7",
            "detentions[0].nationality[1]",
        ),
        (
            "detentions",
            {"detainee": "A B", "released": "yes"},
            "expected true, false or null, got 'yes'",
            "detentions[0].released",
        ),
        (
            "detentions",
            {"detainee": "A B", "sentence_years": True},
            "expected float, got True",
            "detentions[0].sentence_years",
        ),
        (
            "detentions",
            {"detainee": "A B", "charges": "espionage"},
            "expected a list, got 'espionage'",
            "detentions[0].charges",
        ),
        (
            "statements",
            {"quote": "words here now", "speaker": {"name": "X"}},
            "expected a string",
            "statements[0].speaker",
        ),
        (
            "links",
            {"detainee": "A", "linked_to": "B", "relation": "exchange", "asserted_by": "CN"},
            "expected a list",
            "links[0].asserted_by",
        ),
    ],
)
def test_wrong_types_in_facts_name_file_line_and_path(
    tmp_path: Path, kind: str, record: dict[str, Any], problem: str, path: str
) -> None:
    facts = tmp_path / "facts.jsonl"
    good = {**FACTS, kind: []}
    facts.write_text(json.dumps(good) + "\n" + json.dumps({**FACTS, kind: [record]}) + "\n")
    message = rf"facts\.jsonl, line 2: {re.escape(problem)}.* @ \$\.{re.escape(path)}"
    with pytest.raises(SerializationError, match=message):
        list(read_facts(facts))


def test_wrong_top_level_type(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({**FACTS, "published": 20210925}))
    with pytest.raises(SerializationError, match=r"facts\.json: .*20210925 @ \$\.published"):
        list(read_facts(path))


def test_gold_style_alternatives_and_extra_fields_are_accepted(tmp_path: Path) -> None:
    record = {
        **FACTS,
        "statements": [
            {"quote": "a grave injustice", "speaker_affiliation": ["GB", "Foreign Office"]}
        ],
        "declarations": [{"signatory_count": 58, "signatory_count_qualifier": "more than"}],
        "detentions": [{"detainee": "A B", "optional": True, "sentence_years": 6.5}],
        "notes": {"anything": [1, 2]},
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(record))
    (facts,) = read_facts(path)
    assert facts.detentions[0].sentence_years == 6.5


def test_facts_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no facts files in this folder \(looked for \.json"):
        list(read_facts(tmp_path))
    (tmp_path / "utf16.json").write_bytes("\ufeff".encode("utf-16-le") + b"{\x00")
    with pytest.raises(ArbdetError, match="utf16.json: not valid JSON"):
        list(read_facts(tmp_path))
