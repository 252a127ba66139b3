"""HTML pages the project wrote (tests/data/html), read for real with trafilatura.

These tests need the ``html`` extra. Without it they fail, so that a run without the
extra cannot pass unnoticed; set ``ARBDET_ALLOW_MISSING_EXTRAS=1`` to skip them instead.
"""

import os
import sys
from pathlib import Path

import pytest

from arbdet import (
    MissingExtraError,
    PartialDate,
    UndatedArticleWarning,
    parse,
    read_source,
    read_sources,
)
from arbdet.io._html import published_in_metadata

try:
    import trafilatura
except ImportError:
    if not os.environ.get("ARBDET_ALLOW_MISSING_EXTRAS"):
        raise
    pytest.skip("the 'html' extra is not installed", allow_module_level=True)

PAGES = Path(__file__).parent / "data" / "html"


def test_article_text_without_the_page_furniture() -> None:
    source = read_source(PAGES / "release_meta.html")
    assert source.title == "Two Canadians home after 1,019 days"
    assert source.outlet == "Northern Ledger"
    assert "landed in Calgary on Saturday morning" in source.body_text
    for furniture in ("Subscribe", "Most read", "Hockey season", "All rights reserved"):
        assert furniture not in source.text


def test_the_date_comes_from_meta_tags() -> None:
    assert read_source(PAGES / "release_meta.html").published == PartialDate(2021, 9, 25)


def test_the_date_comes_from_json_ld() -> None:
    source = read_source(PAGES / "sentence_jsonld.html")
    assert source.published == PartialDate(2021, 8, 11)
    assert "Share this article" not in source.body_text


def test_no_date_is_guessed_from_the_body() -> None:
    """trafilatura alone would date this timeline by a date in its text."""
    path = PAGES / "undated_body_dates.html"
    with pytest.warns(UndatedArticleWarning, match="looked for the page's metadata"):
        source = read_source(path)
    assert source.published is None
    assert parse(source).source.published is None  # warned once, when read


def test_published_overrides_the_metadata() -> None:
    source = read_source(PAGES / "release_meta.html", published="2021-09-27")
    assert source.published == PartialDate(2021, 9, 27)


def test_facts_from_a_page() -> None:
    facts = parse(read_source(PAGES / "sentence_jsonld.html"))
    detainees = {d.detainee.name for d in facts.detentions}
    assert "Michael Spavor" in detainees
    spavor = next(d for d in facts.detentions if d.detainee.name == "Michael Spavor")
    assert spavor.sentence_years == 11
    for evidence in spavor.evidence:
        assert facts.source.slice(evidence.span) == evidence.text


def test_a_folder_of_pages() -> None:
    with pytest.warns(UndatedArticleWarning):
        names = [s.name for s in read_sources(PAGES)]
    assert names == ["release_meta.html", "sentence_jsonld.html", "undated_body_dates.html"]


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ('<meta name="date" content="Tue, 02 Aug 2024 10:00:00 +0000">', "2024-08-02"),
        ('<meta itemprop="datePublished" content="2024-08-02">', "2024-08-02"),
        ('<meta property="article:modified_time" content="2024-08-03T01:00:00Z">', "2024-08-03"),
        ('<meta name="date" content="not a date">', "None"),
        ('<script type="application/ld+json">{"datePublished": [[[</script>', "None"),
        (
            '<meta property="article:modified_time" content="2024-08-03">'
            '<meta name="dcterms.issued" content="2024-08-01">',
            "2024-08-01",
        ),
    ],
)
def test_metadata_forms(head: str, date: str) -> None:
    tree = trafilatura.load_html(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert str(published_in_metadata(tree, "page")) == date


def test_without_the_extra_the_error_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(
        MissingExtraError, match=r"release_meta\.html: reading HTML: needs the 'html' extra"
    ):
        read_source(PAGES / "release_meta.html")
