"""Find an article's publication date in its own text ("Posted: Aug 11, 2021").

Read: header lines (``Date:``, ``Published:``, ``Posted``, ``Updated:`` with a date in
words, ISO 8601 or RFC 2822 form), a wire dateline (``OTTAWA, Sept. 24, 2021 -``) and a
masthead's edition date. Nothing is guessed from dates in the story itself.
"""

from __future__ import annotations

import re

from ..errors import ModelError
from ..model import PartialDate

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<{0}>[A-Za-z]{{3,9}})\.?"
# "Date:" only opens a line (a story may say "the date, March 3, 2020"); the others may
# follow a byline on the same line ("By Staff · Posted: Aug 11, 2021").
_CUE = (
    r"(?P<cue>first published|published|posted|updated|last updated|^[ \t]*date(?=[ \t]*:))"
    r"\b:?\s*(?:on\s+)?"
)
_WEEKDAY = r"(?:[A-Za-z]{3,9},?\s+)?"
_DATE = (
    "(?:"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})"
    + r"|(?P<d2>\d{1,2})\s+"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    + ")"
)
_DATELINE = re.compile(_CUE + _WEEKDAY + _DATE, re.IGNORECASE)
# A wire dateline: a place in capitals, a comma, the date, then a dash, a slash or an
# agency in brackets ("WASHINGTON, Aug. 2, 2024 (AP) -", "OTTAWA, 24 September 2021 /CNW/").
_WIRE_DATELINE = re.compile(
    r"^[ \t]*(?P<cue>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}),\s+"
    + _DATE
    + r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-\u2013\u2014/]|$)"
)
_PREFERENCE = {"first published": 0, "published": 0, "posted": 0, "date": 0}
_PREFERENCE.update({"updated": 2, "last updated": 2})
_WIRE_PREFERENCE = 1
_MASTHEAD_PREFERENCE = 3
# A masthead's edition date: "Thursday, December 8, 2022" on a line of its own or in a
# status bar. One followed by a clock time ("Friday, November 22, 2024, 04:02 PM") is the
# site's clock at the time the page was saved, not the article's date.
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MASTHEAD = re.compile(
    r"(?:^|[|\u00b7\u2022]\s*)"
    + _WEEKDAYS
    + r",?\s+"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})(?P<m2>)(?P<d2>)(?P<y2>)(?P<y3>)(?P<m3>)(?P<d3>)"
    + r"(?![,\s\u00b7|\u2022-]*\d{1,2}:\d{2})",
    re.IGNORECASE,
)
_SEARCHED_LINES = 25
_TWO_FIGURES = re.compile(r"\d\d")


def _date_of(match: re.Match[str]) -> PartialDate | None:
    groups = match.groupdict()
    try:
        if groups["y3"]:
            return PartialDate(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
        month_name = (groups["m1"] or groups["m2"]).lower()
        month = _MONTHS.get(month_name)
        if month is None:
            return None
        day = int(groups["d1"] or groups["d2"])
        return PartialDate(int(groups["y1"] or groups["y2"]), month, day)
    except ModelError:
        return None


def published_in_text(text: str) -> PartialDate | None:
    """The date an article's first or last lines say it was posted, published or updated.

    "Date", "posted" and "published" win over a wire dateline, which wins over "updated",
    which wins over a masthead's edition date ("Thursday, December 8, 2022" with no clock
    time); among equals, the first line wins.
    """
    lines = text.split("\n")
    searched = lines[:_SEARCHED_LINES] + lines[-5:]
    found: list[tuple[int, int, PartialDate]] = []
    for index, line in enumerate(searched):
        if _TWO_FIGURES.search(line, 0, 400) is None:
            continue  # every date form holds a year, so two figures at least
        for match in _DATELINE.finditer(line[:400]):
            date = _date_of(match)
            if date is not None:
                found.append((_PREFERENCE[match.group("cue").strip().lower()], index, date))
        wire = _WIRE_DATELINE.match(line[:400]) if index < _SEARCHED_LINES else None
        date = None if wire is None else _date_of(wire)
        if date is not None:
            found.append((_WIRE_PREFERENCE, index, date))
        for match in _MASTHEAD.finditer(line[:400].strip()):
            date = _date_of(match)
            if date is not None and index < _SEARCHED_LINES:
                found.append((_MASTHEAD_PREFERENCE, index, date))
    return min(found)[2] if found else None
