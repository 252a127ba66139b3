"""Fuzz ``parse``: facts or an ArbdetError, and every piece of evidence slices its text."""

from __future__ import annotations

from hypothesis import event, given
from hypothesis import strategies as st

from arbdet import ArbdetError, parse
from fuzz.inputs import assert_provenance, corpus_texts, mutated_bytes, mutated_text


@given(mutated_text(corpus_texts()) | st.text(max_size=1000))
def test_parse_text(text: str) -> None:
    try:
        facts = parse(text)
    except ArbdetError as error:
        event(f"refused: {type(error).__name__}")
        return
    assert_provenance(facts)


@given(mutated_bytes(corpus_texts(), max_edits=3))
def test_parse_bytes(data: bytes) -> None:
    try:
        facts = parse(data)
    except ArbdetError as error:
        event(f"refused: {type(error).__name__}")
        return
    assert_provenance(facts)
