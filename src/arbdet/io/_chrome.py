"""Find an article's body in plain text: the date header, and site chrome to leave out."""

from __future__ import annotations

import re

from ..model import PartialDate, Span

# A leading " date 2021-02-16" header, as news archives export it, or "Date: 2021-02-16"
# (an ISO time after the day is part of the header).
DATE_HEADER = re.compile(
    r"\A[ \t]*date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b[ \t]*\n?",
    re.IGNORECASE,
)

# Lines that are site furniture rather than article text. Each pattern is anchored and
# matches one whole line, so none can backtrack across the text.
_CHROME_LINES = [
    r"duration\s+\d{1,2}(?::\d{2}){1,2}",
    r"\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago",
    r"watch\s*\|.*",
    r"(?:share|tweet|email|print|copy link|save)(?:\s+(?:this|on|via)\b.*)?",
    r"share\s+(?:this|on|via)\b.*",
    r"(?:advertisement|sponsored content|skip to (?:main )?content|open navigation menu)",
    r"(?:sign up|subscribe|log ?in|sign in|register)\b.{0,60}",
    r"(?:read more|related(?: stories| articles| coverage| content)?|more from \w+|recommended"
    r"|trending(?: now)?|most popular|top stories|see also)\s*:?",
    r"(?:read more|related(?: \w+)?|see also)\s*:.{0,120}",
    r"(?:©|\(c\)|copyright\b).*",
    r"all rights reserved\.?.*",
    r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|email)(?:\s*[|·•]\s*(?:facebook|twitter|x|linkedin|whatsapp|reddit|email))+",
    r"(?:home|menu|search)(?:\s*[|·•>]\s*\w[\w ]{0,30}){2,}.*",
    r"[^|]*\|[^|]*\|[^|]*\|.*",  # a menu or status bar: three or more separators on one line
    r"(?:report (?:a )?typo(?: or error)?|comments?|key points:?|key events|live updates?"
    r"|listen(?: to this article)?|print this page|skip to \w+|menu|sections?)",
    r"(?:last )?updated\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}",
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?",  # a live-blog timestamp alone
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in _CHROME_LINES), re.IGNORECASE)
_MAX_CHROME_LINE = 300
# Navigation rows: several short items set apart by wide spaces or separator glyphs.
_NAV_SEPARATOR = re.compile(r"\s{2,}|\s*[\u00b7\u2022\u203a\u00bb\u2630\u25b6]\s*")
_TEMPERATURE = re.compile(r"-?\d{1,3}(?:\.\d)?\s?°[CF]?")
_SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]?$")


def read_date_header(text: str) -> tuple[PartialDate | None, int]:
    """The date of a leading ``date YYYY-MM-DD`` or ``Date: ...`` header; where the body starts."""
    match = DATE_HEADER.match(text)
    if match is None:
        return None, 0
    try:
        return PartialDate.parse(match.group(1)), match.end()
    except ValueError:
        return None, 0


def _is_navigation(line: str) -> bool:
    if _SENTENCE_END.search(line) is not None:
        return False  # a sentence, not a row of links
    items = [item for item in _NAV_SEPARATOR.split(line) if item]
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items)


def is_chrome(line: str) -> bool:
    """Whether a whole line is site furniture (navigation, video length, share buttons...)."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_CHROME_LINE:
        return False
    if _CHROME.fullmatch(stripped) is not None or _is_navigation(stripped):
        return True
    # a weather or clock bar: a temperature on a short line that is not a sentence
    return (
        len(stripped) < 160
        and _TEMPERATURE.search(stripped) is not None
        and _SENTENCE_END.search(stripped) is None
    )


def body_spans(text: str, start: int = 0) -> tuple[Span, ...]:
    """The spans of ``text`` from ``start`` on that are article text: every line not chrome.

    Adjacent kept lines are merged into one span, so the spans are few and ordered.
    """
    spans: list[Span] = []
    position = start
    run_start: int | None = None
    for line in text[start:].split("\n"):
        line_end = position + len(line)
        if is_chrome(line):
            if run_start is not None:
                spans.append(Span(run_start, position))
                run_start = None
        elif run_start is None:
            run_start = position
        position = line_end + 1
    if run_start is not None and run_start < len(text):
        spans.append(Span(run_start, len(text)))
    return tuple(_trim(text, s) for s in spans if text[s.start : s.end].strip())


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
