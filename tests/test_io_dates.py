"""Publication dates: header forms read, ``published=`` wins, an undated article is said."""

import json
import warnings
from pathlib import Path

import pytest

from arbdet import InputError, PartialDate, UndatedArticleWarning, parse, read_source, read_sources

BODY = "Canada welcomed Michael Kovrig home on Saturday, a day after his release."


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Date: 2024-08-02", "2024-08-02"),
        ("date: 2024-08-02", "2024-08-02"),
        ("DATE: 2024-08-02T09:15:00Z", "2024-08-02"),
        ("Date: Fri, 02 Aug 2024 14:03:00 +0000", "2024-08-02"),
        ("Published: 2024-08-02T09:15:00+02:00", "2024-08-02"),
        ("Published: August 2, 2024", "2024-08-02"),
        ("Posted Fri, 2 Aug 2024 10:00:00 GMT", "2024-08-02"),
        ("Updated: 2 August 2024", "2024-08-02"),
        ("Last updated Aug. 2, 2024 at 4:10 p.m.", "2024-08-02"),
        ("WASHINGTON, Aug. 2, 2024 (AP) - The families waited.", "2024-08-02"),
        ("OTTAWA, 2 August 2024 /Wire/ - The families waited.", "2024-08-02"),
        ("ST. JOHN'S, Aug 2, 2024 \u2014 The families waited.", "2024-08-02"),
    ],
)
def test_header_forms(header: str, date: str) -> None:
    assert str(read_source(f"{header}\n\n{BODY}").published) == date


def test_published_wins_over_updated_and_the_dateline() -> None:
    text = f"Updated: 3 August 2024\nOTTAWA, Aug. 1, 2024 - x\nPublished: 2 August 2024\n{BODY}"
    assert str(read_source(text).published) == "2024-08-02"
    assert str(read_source(f"Updated: 3 August 2024\nOTTAWA, Aug. 1, 2024 - {BODY}").published) == (
        "2024-08-01"
    )


@pytest.mark.parametrize(
    "text",
    [
        f"The date: March 3, 2020, is one they remember.\n{BODY}",  # "date" not at the start
        f"In Washington, Aug. 2, 2024 was a quiet day.\n{BODY}",  # not a dateline in capitals
        f"{BODY} He had been held since December 2018.",  # dates in the story are not its date
    ],
)
def test_dates_in_the_story_are_not_its_date(text: str) -> None:
    with pytest.warns(UndatedArticleWarning):
        assert read_source(text).published is None


def test_a_date_header_is_left_out_of_the_body() -> None:
    source = read_source(f"Date: 2024-08-02T09:15:00Z\n{BODY}")
    assert source.body_text == BODY


def test_published_overrides_every_date_the_article_gives(tmp_path: Path) -> None:
    text = f"Published: 2 August 2024\n{BODY}"
    assert read_source(text, published="2024-08-05").published == PartialDate(2024, 8, 5)
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"text": BODY, "published": "2024-08-02"}) + "\n")
    (source,) = read_sources(jsonl, published="2024-08-05")
    assert source.published == PartialDate(2024, 8, 5)
    assert parse(text, published="2024-08-05").source.published == PartialDate(2024, 8, 5)


def test_an_undated_article_is_warned_about_and_a_given_date_is_not() -> None:
    with pytest.warns(UndatedArticleWarning, match=r"<text>: no publication date .*published="):
        facts = parse("Iran released the aid worker on Friday after 455 days in Evin prison.")
    assert facts.source.published is None
    with warnings.catch_warnings():
        warnings.simplefilter("error", UndatedArticleWarning)
        parse("Iran released the aid worker on Friday.", published="2023-05-26")


def test_rfc_2822_and_bad_dates_in_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": BODY, "date": "Fri, 02 Aug 2024 14:03:00 +0000"})
        + "\n"
        + json.dumps({"text": BODY, "date": "last week"})
        + "\n"
    )
    reader = read_sources(path)
    assert str(next(reader).published) == "2024-08-02"
    with pytest.raises(InputError, match=r"line 2: publication date 'last week' is not an ISO"):
        next(reader)


# ---------------------------------------------------------------- file names or text


@pytest.mark.parametrize(
    "name", ["article.txt", "reports/2021/kovrig.html", "feed.jsonl", "facts.JSON", " page.htm "]
)
def test_a_missing_file_name_is_an_error_not_text(name: str) -> None:
    with pytest.raises(InputError, match="no such file; a one-line string ending like a file"):
        parse(name)


def test_existing_paths_are_files_and_other_strings_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(f"Date: 2024-08-02\n{BODY}", encoding="utf-8")
    assert parse("article.txt").source.name == "article.txt"
    assert read_source(Path("article.txt")).text.startswith("Date:")
    one_line = "Canada welcomed Michael Kovrig home in 2021."
    with pytest.warns(UndatedArticleWarning):
        assert read_source(one_line).text == one_line
    with pytest.raises(InputError, match="no such file"):
        read_source(Path("missing"))
