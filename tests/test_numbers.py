"""Tests of the number reader that the extractors share."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet.extract._numbers import NumberMatch, find_numbers, number_at, word_value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("nine", 9),
        ("Fifty-eight", 58),
        ("twenty-seven", 27),
        ("11", 11),
        ("1,000", 1000),
        ("twelve", 12),
        ("eleven-year", None),
        ("nine-five", None),
        ("hostage", None),
    ],
)
def test_word_value(word: str, value: int | None) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    ("text", "read", "value"),
    [
        ("nine days later", "nine", 9),
        ("Fifty-eight nations signed", "Fifty-eight", 58),
        ("twenty seven countries", "twenty seven", 27),
        ("an 11-year sentence", None, None),
        ("11-year sentence", "11", 11),
        ("a dozen countries", "a dozen", 12),
        ("two dozen", "two dozen", 24),
        ("more than 1,000 days", None, None),
        ("1,000 days", "1,000", 1000),
        ("two hundred and five", "two hundred and five", 205),
        ("one hundred twenty-seven", "one hundred twenty-seven", 127),
        ("two thousand five hundred troops", "two thousand five hundred", 2500),
        ("fifty-eight-year-old", "fifty-eight", 58),
        ("a week later", None, None),
        ("G7", None, None),
        ("1st", None, None),
    ],
)
def test_number_at_start(text: str, read: str | None, value: int | None) -> None:
    match = number_at(text, 0)
    if read is None:
        assert match is None
    else:
        assert match == NumberMatch(0, len(read), value or 0)


def test_find_numbers_skips_names_and_codes() -> None:
    text = (
        "58 nations, twenty-seven EU states and a dozen more; COVID-19 and the G7 met 1,000 times."
    )
    assert [(text[m.start : m.end], m.value) for m in find_numbers(text)] == [
        ("58", 58),
        ("twenty-seven", 27),
        ("a dozen", 12),
        ("1,000", 1000),
    ]


def test_long_runs_of_figures_are_not_numbers() -> None:
    assert number_at("9" * 5000, 0) is None
    assert number_at("1," * 5000, 0) is None


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=-2, max_value=50))
def test_number_at_is_total(text: str, start: int) -> None:
    match = number_at(text, start)
    if match is not None:
        assert 0 <= match.start < match.end <= len(text)
        assert match.value >= 0


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_figures_read_back(value: int) -> None:
    assert word_value(str(value)) == value
    assert word_value(f"{value:,}") == value
