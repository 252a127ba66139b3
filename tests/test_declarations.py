from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import CountQualifier, Declaration, Person, Source, State, Statement, read_source
from arbdet.extract.declarations import find_declarations
from arbdet.extract.places import find_places
from arbdet.extract.timex import find_dates
from arbdet.facts import to_facts
from arbdet.model import ArticleFacts, Evidence, Span
from arbdet.text import Document


def _declarations(text: str, statements: tuple[Statement, ...] = ()) -> list[Declaration]:
    doc = Document.from_source(read_source(text))
    return find_declarations(doc, find_places(doc), find_dates(doc), statements)


def _record(text: str) -> dict[str, Any] | None:
    source = read_source(text)
    found = _declarations(text)
    if not found:
        return None
    facts = to_facts(ArticleFacts(source, declarations=tuple(found)))
    record: dict[str, Any] = facts["declarations"][0]
    return record


CASES = [
    (
        " date 2021-02-16 Ottawa unveiled a pact on Monday against the arbitrary detention of "
        "foreigners. Forty-two nations, among them France, Italy and Sweden, have signed the "
        "declaration, which is not legally binding.",
        {
            "initiator": None,
            "signatory_count": 42,
            "signatories": ["FR", "IT", "SE"],
            "binding": False,
        },
    ),
    (
        "The Declaration Against Arbitrary Detention in State-to-State Relations was launched by "
        "Canada on February 15, 2021. It has since been endorsed by more than 70 countries and the "
        "European Union.",
        {
            "name": "Declaration Against Arbitrary Detention in State-to-State Relations",
            "initiator": "CA",
            "launched": "2021-02-15",
            "signatory_count": 70,
            "signatories": ["EU"],
        },
    ),
    (
        "Norway and Denmark signed the Canadian-led declaration against hostage diplomacy this "
        "year, bringing the number of endorsers to 66.",
        {"initiator": "CA", "signatory_count": 66, "signatories": ["NO", "DK"]},
    ),
    (
        "Mexico became one of the 60 countries that endorsed Canada's initiative against arbitrary "
        "detention. The text is non-binding.",
        {"initiator": "CA", "signatory_count": 60, "signatories": ["MX"], "binding": False},
    ),
    (
        "About 50 governments backed the declaration on arbitrary detention, though the 27-nation "
        "European Union spoke as one.",
        {"signatory_count": 50, "signatories": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_declaration_fields(text: str, expected: dict[str, Any]) -> None:
    record = _record(text)
    assert record is not None
    for field, value in expected.items():
        got = record[field]
        assert (sorted(got) if isinstance(got, list) else got) == (
            sorted(value) if isinstance(value, list) else value
        ), field


def test_qualifiers() -> None:
    (declaration,) = _declarations(
        "Canada's declaration against arbitrary detention was signed by more than 60 countries."
    )
    assert [(c.count, c.qualifier) for c in declaration.counts] == [(60, CountQualifier.MORE_THAN)]


@pytest.mark.parametrize(
    "text",
    [
        "In a declaration sent on Thursday by her family, the academic thanked her supporters.",
        "The Mine Ban Treaty has been signed by 133 of the 164 countries taking part in talks.",
        "Two Canadians were detained in China in December 2018.",
    ],
)
def test_no_declaration(text: str) -> None:
    assert _declarations(text) == []


def test_treaty_counts_are_not_declaration_counts() -> None:
    text = (
        "Canada's declaration against arbitrary detention was signed by 58 countries.\n\n"
        "Canada also led the Ottawa Treaty in 1997. It has been signed by 164 countries."
    )
    (declaration,) = _declarations(text)
    assert [c.count for c in declaration.counts] == [58]


def test_a_speaker_joining_makes_their_state_a_signatory() -> None:
    text = (
        "He praised Canada's declaration against arbitrary detention in state-to-state relations."
    )
    source = read_source(text)
    quote = Statement(
        "I was proud to join the Canadian initiative",
        speaker=Person("Antony Blinken"),
        affiliation=State("US"),
        evidence=(Evidence(source.id, Span(0, 2), "He", "quotes", "text"),),
    )
    (declaration,) = _declarations(text, (quote,))
    assert [s.state for s in declaration.signatories] == [State("US")]


def test_evidence_slices_the_source() -> None:
    text = CASES[1][0]
    source = read_source(text)
    (declaration,) = _declarations(text)
    for evidence in declaration.evidence:
        assert source.slice(evidence.span) == evidence.text


@settings(max_examples=100)
@given(st.text(max_size=300))
def test_total_over_any_text(text: str) -> None:
    doc = Document.from_source(Source.create(text))
    for declaration in find_declarations(doc, find_places(doc), find_dates(doc)):
        assert len(declaration.evidence) > 0
