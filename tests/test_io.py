import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import InputError, PartialDate, read_source, read_sources
from arbdet.io import MAX_BYTES, is_chrome

ARTICLE = """ date 2022-04-27 Moscow frees U.S. Marine veteran in prisoner exchange

MOSCOW (wire) - Russia released Trevor Reed on Wednesday in exchange for a Russian pilot.

Share this article
Duration 2:31
3 years ago
WATCH | Reed's family speaks after the exchange

"We are overjoyed," his parents said.
"""


def test_date_header_title_and_chrome() -> None:
    source = read_source(ARTICLE, name="reed.txt")
    assert source.published == PartialDate(2022, 4, 27)
    assert source.title == "Moscow frees U.S. Marine veteran in prisoner exchange"
    assert source.name == "reed.txt"
    body = source.body_text
    assert "Share this article" not in body and "Duration" not in body and "years ago" not in body
    assert "WATCH" not in body
    assert '"We are overjoyed," his parents said.' in body
    assert not body.startswith(" date")
    for span in source.body:  # spans still point into the original text
        assert source.text[span.start : span.end] in ARTICLE


def test_published_overrides_header() -> None:
    assert read_source(ARTICLE, published="2022-04-28").published == PartialDate(2022, 4, 28)


@pytest.mark.parametrize(
    "line",
    [
        "Duration 7:45",
        "4 years ago",
        "WATCH |Top diplomat speaks",
        "Home WebMail Friday, 04:02 PM | Calgary | -10.8°C | Regions Advertise Login |",
        "Share this article",
        "© 2024 Example Broadcasting. All rights reserved.",
        "Advertisement",
        "Related stories",
        "Read more: Canada condemns detentions",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related cases include those of two Canadians held since 2018.",
        "The men were detained four years ago, their families say.",
        "Share prices fell after the arrest.",
        "Read the declaration here",
    ],
)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_read_path_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert read_source(path).text == ARTICLE
    assert read_source(str(path)).name == "a.txt"
    assert read_source(ARTICLE.encode("utf-8")).text == ARTICLE


def test_utf8_bom_is_dropped() -> None:
    assert read_source("\ufeffhello world".encode()).text == "hello world"


def test_non_utf8_names_the_file_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 society".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not UTF-8 text \(byte 3"):
        read_source(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        read_source(path)


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        read_source(text)


def test_huge(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="more than"):
        read_source(path)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_sources([tmp_path / "nope.txt"]))
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_sources([str(tmp_path / "nope")]))
    with pytest.raises(InputError, match="is a folder"):
        read_source(tmp_path)
    with pytest.raises(InputError, match="is a folder"):
        read_source(str(tmp_path))


def test_wrong_type() -> None:
    with pytest.raises(InputError, match="cannot read an article from a int"):
        read_source(42)  # type: ignore[arg-type]


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        {"id": "a1", "text": "Canada arrested Meng Wanzhou.", "published": "2018-12-06T10:00:00Z"},
        {
            "text": "China detained Michael Kovrig.",
            "title": "Kovrig held",
            "url": "https://e.org/k",
        },
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    sources = list(read_sources(path))
    assert [s.name for s in sources] == ["a1", "articles.jsonl:2"]
    assert sources[0].published == PartialDate(2018, 12, 6)
    assert sources[1].title == "Kovrig held" and sources[1].url == "https://e.org/k"
    with pytest.raises(InputError, match="holds 2 articles"):
        read_source(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 1: not valid JSON"),
        ("[1, 2]", "line 1: expected a JSON object"),
        ('{"title": "no text"}', "line 1: no article text"),
        ('{"text": "x y z", "published": "yesterday"}', "publication date 'yesterday'"),
    ],
)
def test_jsonl_errors(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_sources(path))


def test_folder_is_read_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second article text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article text.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    assert [s.name for s in read_sources(tmp_path)] == ["a.txt", "b.txt"]


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_reading_any_text_gives_a_source_or_input_error(text: str) -> None:
    try:
        source = read_source(text)
    except InputError:
        return
    assert source.text == text
    previous = 0
    for span in source.body:
        assert previous <= span.start <= span.end <= len(text)
        previous = span.end


@pytest.mark.parametrize(
    "line",
    [
        "Metro News    Menu    Search    Sign In",
        "Home  World  Politics  Business  Video",
        "CANADA · WORLD · POLITICS · BUSINESS · SPORTS",
        "Sydney 24° Fine  |  Melbourne 19° Showers",
        "Stockholm 16°C  Partly cloudy",
        "4:52 p.m. ET",
        "Key points",
    ],
)
def test_navigation_and_status_bars(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Headline\nStaff · Posted: Aug 11, 2021 12:32 AM ET | Updated: Aug 12, 2021\nBody.",
            "2021-08-11",
        ),
        ("Headline\nBy the desk | Updated September 27, 2021\nBody text.", "2021-09-27"),
        (
            "Headline\nPosted Wed 25 Nov 2020 at 11:48pm, updated Thu 26 Nov 2020\nBody.",
            "2020-11-25",
        ),
        ("Body text.\n\nThis report was first published on September 27, 2021.", "2021-09-27"),
    ],
)
def test_publication_date_from_the_page(text: str, date: str) -> None:
    assert str(read_source(text).published) == date


def test_header_wins_over_page_dates() -> None:
    source = read_source(
        " date 2021-09-28 Body.\n\nThis report was first published on September 27, 2021."
    )
    assert str(source.published) == "2021-09-28"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("LIVE: swap\nThursday, December 8, 2022  ·  New York 48°F\nBody text.", "2022-12-08"),
        ("Home Friday, November 22, 2024, 04:02 PM | Calgary | -10.8°C\nBody text.", "None"),
        ("News\nTuesday, March 4, 2025 · 10:14 AM · Detroit 34°F\nBody text.", "None"),
    ],
)
def test_masthead_dates_but_not_clocks(text: str, date: str) -> None:
    assert str(read_source(text).published) == date


def test_a_lone_surrogate_is_refused_at_the_door() -> None:
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D83D\) at character 6"):
        read_source("Kovrig\ud83d home")
