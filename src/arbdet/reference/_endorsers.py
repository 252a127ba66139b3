"""The Declaration's founding endorsers, a curated table shipped with arbdet, read as a source.

The table (``data/declaration_founding_endorsers.csv``, written by
``scripts/convert_endorsers.py``) opens with ``# key: value`` lines naming the
declaration, the publisher, the URL, the as-of date and the total the page states; then one
CSV row per endorser. Its text is the source's text, so each signatory's evidence is its
row and each count's evidence the words or rows it was read from. The page lists 58 states
and the European Union but says "There are 59 states total": both counts are kept.
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

from ..errors import ModelError
from ..model import (
    ArticleFacts,
    CountQualifier,
    Declaration,
    Evidence,
    Organization,
    PartialDate,
    Signatory,
    SignatoryCount,
    Source,
    Span,
    State,
)

__all__ = ["ENDORSERS_FILE", "REFERENCE_EXTRACTOR", "founding_endorsers"]

ENDORSERS_FILE = "declaration_founding_endorsers.csv"
"""The shipped table's file name (in ``arbdet/reference/data/``)."""

REFERENCE_EXTRACTOR = "reference"
"""The ``extractor`` of every piece of evidence read from a reference table."""

_NUMBER = re.compile(r"\d+")
_EU = "EU"


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with the offset it starts at."""
    offset, out = 0, []
    for line in text.splitlines(keepends=True):
        out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


class _Table:
    def __init__(self, text: str) -> None:
        self.text = text
        self.meta: dict[str, Span] = {}
        self.rows: list[tuple[Span, dict[str, str]]] = []
        header: list[str] | None = None
        for offset, line in _lines(text):
            if line.startswith("# "):
                key, sep, value = line[2:].partition(": ")
                if sep:
                    start = offset + 2 + len(key) + 2
                    self.meta[key] = Span(start, start + len(value))
            elif line.strip() and header is None:
                header = next(csv.reader([line]))
            elif line.strip() and header is not None:
                values = next(csv.reader([line]))
                self.rows.append(
                    (Span(offset, offset + len(line)), dict(zip(header, values, strict=True)))
                )

    def value(self, key: str) -> str:
        if key not in self.meta:
            raise ModelError(f"{ENDORSERS_FILE}: no '# {key}:' line")
        return self.text[self.meta[key].start : self.meta[key].end]


def _evidence(source: Source, span: Span, field: str) -> Evidence:
    return Evidence(source.id, span, source.slice(span), REFERENCE_EXTRACTOR, field)


@functools.cache
def founding_endorsers() -> ArticleFacts:
    """The founding endorsers as a source and its facts.

    One declaration with its signatories (one per row) and two counts: the states listed,
    and the total the page states.
    """
    text = resources.files("arbdet").joinpath(f"reference/data/{ENDORSERS_FILE}").read_text("utf-8")
    table = _Table(text)
    as_of = PartialDate.parse(table.value("as_of"))
    publisher = Organization(table.value("publisher"))
    name = table.value("declaration")
    source = Source.create(
        text,
        name=ENDORSERS_FILE,
        title=f"{name}: founding endorsers",
        outlet=publisher.name,
        url=table.value("url"),
    )
    signatories = tuple(
        Signatory(
            State(row["code"]),
            name,
            PartialDate.parse(row["as_of"]),
            (_evidence(source, span, "signatories"),),
        )
        for span, row in table.rows
    )
    rows = Span(table.rows[0][0].start, table.rows[-1][0].end)
    stated_span = table.meta["stated_total"]
    stated = _NUMBER.search(table.value("stated_total"))
    if stated is None:
        raise ModelError(f"{ENDORSERS_FILE}: the stated total has no number")
    listed = sum(1 for s in signatories if s.state.code != _EU)
    counts = (
        SignatoryCount(
            listed,
            CountQualifier.EXACT,
            reported_by=publisher,
            as_of=as_of,
            evidence=(_evidence(source, rows, "signatory_count"),),
        ),
        SignatoryCount(
            int(stated.group()),
            CountQualifier.EXACT,
            reported_by=publisher,
            as_of=as_of,
            evidence=(_evidence(source, stated_span, "signatory_count"),),
        ),
    )
    declaration = Declaration(
        name=name,
        counts=counts,
        signatories=signatories,
        evidence=(_evidence(source, table.meta["declaration"], "name"),),
    )
    return ArticleFacts(source, declarations=(declaration,))
