"""Tests of the date tagger: the dev set, the seed cases, non-dates, the CLI and properties."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet.cli import cli
from arbdet.errors import ArbdetError
from arbdet.extract.dates import find_dates, find_dates_in_text
from arbdet.extract.mentions import DateMention
from arbdet.io import source_from_text
from arbdet.model import DateRange, PartialDate, Source
from arbdet.text import Document

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dates" / "seeds.json"
BAR = 0.95

MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _published(case: dict[str, Any]) -> PartialDate | None:
    return PartialDate.parse(case["published"]) if case.get("published") else None


def score(cases: list[dict[str, Any]]) -> tuple[int, int, list[str]]:
    """Found and expected non-null values, scored as ``score_dates.py`` does, and the misses."""
    found = total = 0
    misses: list[str] = []
    for case in cases:
        text = case["text"]
        mentions = find_dates_in_text(text, _published(case))
        position = 0
        for expression, value in case["expect"]:
            at = text.find(expression, position if text.find(expression, position) >= 0 else 0)
            at = at if at >= 0 else text.find(expression)
            position = at + len(expression)
            if value is None:
                continue
            total += 1
            end = at + len(expression)
            if any(m.start < end and m.end > at and str(m.value) == value for m in mentions):
                found += 1
            else:
                got = [(m.text, str(m.value)) for m in mentions if m.start < end and m.end > at]
                misses.append(f"{expression!r} -> {value} ({case['published']}): got {got}")
    return found, total, misses


def _check_accuracy(path: Path) -> None:
    cases = json.loads(path.read_text(encoding="utf-8"))
    found, total, misses = score(cases)
    accuracy = found / total
    print(f"{path.name}: {found}/{total} = {accuracy:.3f}")
    for miss in misses:
        print("miss:", miss)
    assert accuracy >= BAR, misses


def test_dev_set_accuracy() -> None:
    _check_accuracy(DATA / "dates.json")


@pytest.mark.skipif(not SEEDS.exists(), reason="the shared seed cases are not checked out")
def test_seed_cases_accuracy() -> None:
    _check_accuracy(SEEDS)


def test_dev_set_is_large_and_well_formed() -> None:
    cases = json.loads((DATA / "dates.json").read_text(encoding="utf-8"))
    expressions = [e for case in cases for e in case["expect"]]
    assert len(expressions) >= 160
    for case in cases:
        assert set(case) == {"published", "text", "expect", "article"}
        for expression, _ in case["expect"]:
            assert expression in case["text"]


NOT_DATES = json.loads((DATA / "not_dates.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", NOT_DATES, ids=[c["text"][:40] for c in NOT_DATES])
def test_durations_and_non_dates_are_not_mentions(case: dict[str, Any]) -> None:
    text = case["text"]
    mentions = find_dates_in_text(text, _published(case))
    for phrase in case["not_dates"]:
        at = text.index(phrase)
        overlapping = [m.text for m in mentions if m.start < at + len(phrase) and m.end > at]
        assert not overlapping, f"{phrase!r} read as a date: {overlapping}"


def _values(text: str, published: PartialDate | None) -> list[tuple[str, str | None]]:
    return [
        (m.text, None if m.value is None else str(m.value))
        for m in find_dates_in_text(text, published)
    ]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    text = (
        "Meng was arrested on December 1, 2018, and the men were detained nine days later. "
        "On Monday, Ottawa protested; last week it had warned Beijing."
    )
    assert _values(text, None) == [
        ("December 1, 2018", "2018-12-01"),
        ("nine days later", "2018-12-10"),
        ("Monday", None),
        ("last week", None),
    ]


def test_years_ago_today_is_the_day_of_publication_years_back() -> None:
    published = PartialDate(2023, 2, 15)
    assert _values("Two years ago today, Ottawa unveiled the pact.", published) == [
        ("Two years ago today", "2021-02-15")
    ]
    assert _values("A month ago today the talks began.", published) == [
        ("A month ago today", "2023-01-15")
    ]
    assert _values("Two years ago Today show hosts", published) == [("Two years ago", "2021")]
    assert _values("A year ago today it began.", PartialDate(2024, 2, 29)) == [
        ("A year ago today", None)
    ]


def test_future_tense_takes_the_next_day() -> None:
    published = PartialDate(2021, 2, 16)  # a Tuesday
    assert _values(
        "The minister said on Monday that she will fly to Geneva on Friday.", published
    ) == [
        ("Monday", "2021-02-15"),
        ("Friday", "2021-02-19"),
    ]
    assert _values("The verdict is expected on Monday.", published) == [("Monday", "2021-02-22")]


def test_an_offset_counts_from_the_last_date_of_the_story() -> None:
    text = (
        "Reed was detained in August 2019. He was tried in Moscow. A year later, he was convicted."
    )
    mentions = find_dates_in_text(text, PartialDate(2021, 2, 16))
    assert [(m.text, m.value) for m in mentions] == [
        ("August 2019", PartialDate(2019, 8)),
        ("A year later", PartialDate(2020, 8)),  # two sentences on: still the story's date
    ]
    assert mentions[1].anchor == mentions[0].start
    alone = find_dates_in_text("A year later, he was convicted.", PartialDate(2021, 2, 16))
    assert [(m.text, m.value, m.anchor) for m in alone] == [("A year later", None, None)]


def test_offsets_point_into_the_text_given() -> None:
    text = (
        " date 2021-02-16 Two Canadians\u2014ex-diplomat Kovrig and Spavor\u2014were detained"
        " in December 2018 and tried last week."
    )
    mentions = find_dates_in_text(text, None)
    assert [(m.text, str(m.value)) for m in mentions] == [
        ("December 2018", "2018-12"),
        ("last week", "2021-02"),
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_blank_text_has_no_dates() -> None:
    assert find_dates_in_text("   \n", PartialDate(2021, 2, 16)) == []


def test_cli_prints_source_offsets(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    text = (
        " date 2021-09-28 The men\u2014freed on Friday\u2014landed in Calgary on Sept. 25, 2021.\n"
    )
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", str(article), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["text"], r["value"]) for r in rows] == [
        ("Friday", "2021-09-24"),
        ("Sept. 25, 2021", "2021-09-25"),
    ]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
    overridden = CliRunner().invoke(
        cli, ["dates", str(article), "--published", "2021-10-05", "--json"]
    )
    assert json.loads(overridden.output)[0]["value"] == "2021-10-01"
    table = CliRunner().invoke(cli, ["dates", str(article)])
    assert table.exit_code == 0 and "2021-09-24" in table.output


# -- properties ---------------------------------------------------------------------------

DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))

FRAGMENTS = st.sampled_from(
    [
        "The court",
        "said",
        "Kovrig",
        "was detained",
        "in Beijing",
        "and",
        "released",
        "on",
        "in",
        "since",
        "the two men\u2019s",
        "\u201cillegal\u201d",
        "asretaliation",
        "16 years in jail",
        "an 11-year sentence",
        "Monday",
        "Monday morning",
        "last week",
        "earlier this month",
        "nine days later",
        "Dec. 1",
        "mid-2019",
        "2018\u20132021",
        "from 2018 to 2021",
        "the following day",
        "last Friday",
        "more than two years ago",
        "between March and May 2022",
        "2018-12-01",
        "12/01/2018",
    ]
)
WRITTEN_DATES = DAYS.map(lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}") | DAYS.map(
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}"
)
JOINERS = st.sampled_from([" ", " ", ", ", ". ", "\u2014", " \u2013 ", "\n", "\u2019s "])


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Texts made of news fragments and dates, joined with typographic punctuation."""
    pieces = draw(st.lists(FRAGMENTS | WRITTEN_DATES, min_size=1, max_size=25))
    joiners = draw(st.lists(JOINERS, min_size=len(pieces), max_size=len(pieces)))
    return "".join(piece + joiner for piece, joiner in zip(pieces, joiners, strict=True))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _assert_valid(doc: Document, mentions: list[DateMention]) -> None:
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(doc.text)
        assert mention.text == doc.text[mention.start : mention.end]
        assert mention.value is None or isinstance(mention.value, (PartialDate, DateRange))


@settings(max_examples=150, deadline=None)
@given(articles(), st.none() | DAYS)
def test_mention_spans_slice_the_same_words_from_text_and_source(
    text: str, published: dt.date | None
) -> None:
    date = None if published is None else PartialDate.from_date(published)
    doc = Document.from_source(source_from_text(text, published=date))
    mentions = find_dates(doc)
    _assert_valid(doc, mentions)
    for mention in mentions:
        assert _words(doc.source_text(mention.start, mention.end)) == _words(mention.text)
    for mention in find_dates_in_text(text, date):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=150, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=400), st.booleans())
def test_days_later_resolve_after_the_anchor(anchor: dt.date, days: int, in_words: bool) -> None:
    count = NUMBER_WORDS[days - 1] if in_words and days <= len(NUMBER_WORDS) else str(days)
    text = (
        f"Kovrig was detained on {MONTHS[anchor.month - 1]} {anchor.day}, {anchor.year}. "
        f"{count.capitalize()} days later, he was formally charged."
    )
    first, later = find_dates_in_text(text, PartialDate(2095, 1, 1))
    assert first.value == PartialDate.from_date(anchor)
    assert isinstance(later.value, PartialDate)
    assert later.value > first.value
    assert later.value == PartialDate.from_date(anchor + dt.timedelta(days=days))
    assert later.anchor == first.start


@settings(max_examples=150, deadline=None)
@given(DAYS, st.sampled_from(range(7)), st.sampled_from(["on ", "", "late "]))
def test_bare_weekday_is_within_the_week_up_to_publication(
    published: dt.date, weekday: int, before: str
) -> None:
    text = f"The ministry said {before}{WEEKDAYS[weekday]} that the two men had been moved."
    (mention,) = find_dates_in_text(text, PartialDate.from_date(published))
    assert isinstance(mention.value, PartialDate)
    day = mention.value.first_day
    assert mention.value.day is not None
    assert published - dt.timedelta(days=6) <= day <= published
    assert day.weekday() == weekday


@settings(max_examples=200, deadline=None)
@given(st.text(), st.none() | DAYS)
def test_find_dates_is_total_over_any_text(text: str, published: dt.date | None) -> None:
    date = None if published is None else PartialDate.from_date(published)
    doc = Document.from_source(Source.create(text, published=date))
    _assert_valid(doc, find_dates(doc))


DATEISH_PIECES = [
    *"0123456789,-/. '",
    *["Dec", "May", "Monday", "last", "week", "the", "next", "day", "days", "later", "ago"],
    *["from", "to", "between", "and", "a", "nine", "mid", "late", "2018", "2021", "1,000"],
    *["1st", "s", "of", "this", "year", "will", "until", "\u2013"],
]
DATEISH = st.lists(
    st.sampled_from(DATEISH_PIECES),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(DATEISH, st.none() | DAYS)
def test_find_dates_is_total_over_date_like_text(text: str, published: dt.date | None) -> None:
    date = None if published is None else PartialDate.from_date(published)
    try:
        mentions = find_dates_in_text(text, date)
    except ArbdetError:
        return
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_a_date_heading_dates_the_paragraph_after_it() -> None:
    text = (
        "Dec. 10, 2018\n"
        "Security agents detain Kovrig in Beijing. They arrive at his flat at night. "
        "Spavor is detained the same day in Dandong.\n"
        "Jan. 14, 2019\n"
        "A court in Dalian sentences Schellenberg to death."
    )
    values = _values(text, PartialDate(2021, 9, 27))
    assert ("the same day", "2018-12-10") in values


def test_a_date_the_court_moves_to_is_ahead() -> None:
    published = PartialDate(2023, 3, 30)
    text = "The court ordered him held for a term until May 29, and on Friday his lawyers appealed."
    assert _values(text, published) == [("May 29", "2023-05-29"), ("Friday", "2023-03-24")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plane was forced down in Minsk on 23.05.2021 by a fighter jet.", "2021-05-23"),
        ("Er wurde am 1.12.2018 in Vancouver festgenommen.", "2018-12-01"),
    ],
)
def test_dotted_dates_are_day_first(text: str, value: str) -> None:
    (mention,) = find_dates_in_text(text, PartialDate(2021, 6, 1))
    assert str(mention.value) == value
