"""What a document's layout says about its quotations: signatures and dated headings.

- A press release signs its quotations on the line after them ("- The Honourable Mélanie
  Joly, Minister of Foreign Affairs"): the quotation paragraphs right before a short line
  that opens with a dash are that person's.
- A timeline heads each entry with its date ("June 19, 2020", "Late January 2019"), and a
  live blog each post with a time of day ("4:52 p.m. ET", "21:52"), the day being the
  blog's own: what is said under a heading was said on the heading's date. Headings often
  reach the text as site chrome, so the source behind the gaps between paragraphs is read
  for times of day too. A heading without a date ("Background") closes the dated part.
- A transcript opens each turn with its speaker's label ("MR. MILLER:", "Host:", "Q:"); the
  paragraphs after a label, up to the next one, are the same speaker's turn. It takes two
  labelled paragraphs to make a transcript (one is a headline: "Minister: Lisbon will ...").
- A byline ("By Peter Walsh") names the author, the "I" of an opinion piece.

Only short paragraphs can be headings or signatures, so a paragraph's length in tokens
decides at once for most of them.
"""

from __future__ import annotations

import itertools
import re

import attrs

from ...model import DateRange, PartialDate
from ...text import Paragraph
from ..people.vocabulary import honorifics
from ._context import Context
from ._lexicon import words
from ._titles import word_count

__all__ = ["Layout", "is_headline", "precise", "read_layout"]

MAX_SIGNATURE_WORDS = 16  # words of a line that signs a press release's quotation
MAX_HEADING_WORDS = 8  # words of a dated heading ("March 19 and 22, 2021")
MAX_TITLE_WORDS = 10  # words of a heading without a date ("What comes next")
MAX_HEADLINE_WORDS = 25  # words of a headline, which may quote someone
MAX_LABEL_WORDS = 4  # words of a transcript's label ("SENIOR STATE DEPARTMENT OFFICIAL:")
_LABEL_TOKENS = 2 * MAX_LABEL_WORDS  # tokens before a label's colon ("MS. SMITH": three)
_MIN_TURNS = 2  # labelled paragraphs that make a transcript
BYLINE_REACH = 6  # opening paragraphs (headline, standfirst, date lines) a byline may be in
_SHORT = 3  # tokens per word a short paragraph may hold at most (punctuation included)
# A time of day alone on its line: "4:52 p.m. ET", "21:52", "10.05 am".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[aApP]\.? ?[mM]\.?)?(?: [A-Z]{2,5})?")
_SHORTEST_CLOCK = 4  # characters of a time of day ("4:52")
_LONGEST_CLOCK = 24  # characters of a line that is only a time of day ("10.05 a.m. GMT")
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_ENTRY_MARKS = _DASHES | {":"}  # after a date that opens a timeline's entry
_YEAR = re.compile(r"\b\d{4}\b")


@attrs.frozen
class Layout:
    """Per paragraph (by index): the line that signs it, its heading's date, its turn's label.

    Signatures and labels are token spans; a label leaves out an honorific ("MS.").
    """

    signatures: dict[int, tuple[int, int]]
    dates: dict[int, PartialDate]
    turns: dict[int, tuple[int, int]] = attrs.field(factory=dict)
    author: tuple[int, int] | None = None
    """The name in the byline ("By Peter Walsh"): the "I" of the article's own words."""


def precise(value: PartialDate | DateRange | None) -> PartialDate | None:
    """A date at the precision a value really has (a range within one month is that month)."""
    if value is None or isinstance(value, PartialDate):
        return value
    start, end = value.start, value.end
    if start == end:
        return start
    if start.year != end.year:
        return None
    if start.month is None or start.month != end.month:
        return PartialDate(start.year)
    return PartialDate(start.year, start.month)


def _tokens(paragraph: Paragraph) -> tuple[int, int]:
    return paragraph.sentences[0].first, paragraph.sentences[-1].stop


def _short(paragraph: Paragraph, most: int) -> bool:
    first, stop = _tokens(paragraph)
    return 0 < stop - first <= most * _SHORT


def _only_quotes(ctx: Context, paragraph: Paragraph) -> bool:
    """Whether a paragraph holds nothing but quotation (and it opens with one)."""
    first, stop = _tokens(paragraph)
    if first >= stop or not ctx.quoted(first):
        return False
    text = ctx.tokens.text
    return all(ctx.quoted(i) or not text[i][:1].isalnum() for i in range(first, stop))


def _signature(ctx: Context, paragraph: Paragraph) -> tuple[int, int] | None:
    """The tokens of a line that signs a quotation (after its dash), if it is one.

    A short line with no closing punctuation and no quotation that opens with a dash, or
    that names a person ("The Foreign Secretary, Liz Truss"), not as an owner.
    """
    if not _short(paragraph, MAX_SIGNATURE_WORDS):
        return None
    first, stop = _tokens(paragraph)
    text = ctx.tokens.text
    if any(ctx.quoted(i) for i in range(first, stop)):
        return None
    if word_count(ctx, first, stop) > MAX_SIGNATURE_WORDS or text[stop - 1] in (".", "?", "!"):
        return None
    if text[first] in _DASHES:
        return (first + 1, stop) if first + 1 < stop else None
    return (first, stop) if _names_signer(ctx, first, stop) else None


def _names_signer(ctx: Context, first: int, stop: int) -> bool:
    """Whether tokens ``[first, stop)`` are a person's name and title, as a signature is.

    A name and a title set apart by a comma ("The Foreign Secretary, Liz Truss"), or a
    name that ends the line after a title in capitals ("Prime Minister Boris Johnson",
    "The Rt Hon Liz Truss MP"), owning nothing ("X's"): a live blog's "Kovrig lands in
    Calgary" is a title, no signature.
    """
    lower = ctx.lower
    if any(lower[i] in ("'s", "'") for i in range(first, stop)):
        return False
    persons = ctx.persons
    for number, mention in persons.within(first, stop):
        person = mention.person
        if person is None or persons.stop[number] > stop:
            continue
        written = {word.casefold() for word in mention.text.split()}
        if any(part.casefold() in written for part in person.name.split()) and (
            "," in lower[first:stop] or _titled(ctx, first, persons.first[number], stop)
        ):
            return True
    return False


def _titled(ctx: Context, first: int, name: int, stop: int) -> bool:
    """Whether a name ends its line after a title in capitals ("Foreign Secretary X MP").

    ``name`` is the name's first token; one word may follow it (a suffix, "MP").
    """
    text = ctx.tokens.text
    ends = ctx.persons.stop[ctx.persons.index_at(name)]
    return stop - ends <= 1 and all(text[i][:1].isupper() for i in range(first, name))


def _signatures(ctx: Context) -> dict[int, tuple[int, int]]:
    """The signature line of each quotation paragraph that has one, by paragraph.

    Only a line right after a paragraph that opens with a quotation may sign it.
    """
    found: dict[int, tuple[int, int]] = {}
    paragraphs = ctx.doc.paragraphs
    opening = {quoted.first for quoted in ctx.quotes}
    for before, paragraph in itertools.pairwise(paragraphs):
        if _tokens(before)[0] not in opening:
            continue
        signer = _signature(ctx, paragraph)
        if signer is None:
            continue
        index = paragraph.index - 1
        while index >= 0 and _only_quotes(ctx, paragraphs[index]):
            found[index] = signer
            index -= 1
    return found


def _date_heading(ctx: Context, paragraph: Paragraph) -> PartialDate | None:
    """The date of a paragraph that is only a date ("Sept. 24, 2021")."""
    if not _short(paragraph, MAX_HEADING_WORDS):
        return None
    first, stop = _tokens(paragraph)
    if word_count(ctx, first, stop) > MAX_HEADING_WORDS:
        return None
    inside = [
        (begin, ctx.dates.stop[number], mention)
        for number, mention in ctx.dates.within(first, stop)
        for begin in (ctx.dates.first[number],)
    ]
    if not inside:
        return None
    position = first
    for begin, end, _ in inside:
        if not _filler(ctx, position, begin):
            return None
        position = end
    if not _filler(ctx, position, stop):
        return None
    return precise(inside[0][2].value)


def _filler(ctx: Context, first: int, stop: int) -> bool:
    allowed = words("heading")
    return all(
        not text[:1].isalnum() or text.lower() in allowed for text in ctx.tokens.text[first:stop]
    )


def _is_clock(line: str) -> bool:
    """Whether a line is only a time of day."""
    return _CLOCK.fullmatch(" ".join(line.split())) is not None


def _clock_before(ctx: Context, previous_end: int, paragraph: Paragraph) -> bool:
    """Whether a time of day heads the paragraph, in the gap before it or as itself.

    The gap is read in the source only where it is long enough to hold one (site chrome
    masked out of the text); between plain paragraphs it is a line break or two.
    """
    if paragraph.start - previous_end >= _SHORTEST_CLOCK:
        gap = ctx.doc.source_text(previous_end, paragraph.start)
        if any(_is_clock(line) for line in gap.splitlines() if line.strip()):
            return True
    return _short(paragraph, 3) and _is_clock(ctx.doc.text[paragraph.start : paragraph.end])


def _is_title(ctx: Context, paragraph: Paragraph) -> bool:
    """Whether a paragraph reads as a heading: a few words with no closing punctuation."""
    if not _short(paragraph, MAX_TITLE_WORDS):
        return False
    first, stop = _tokens(paragraph)
    text = ctx.tokens.text
    return (
        0 < word_count(ctx, first, stop) <= MAX_TITLE_WORDS
        and text[stop - 1] not in (".", "!", "?", '"', ":")
        and text[first] not in ("\u2022", "-", "*")
    )


def is_headline(ctx: Context, paragraph: Paragraph) -> bool:
    """Whether a paragraph reads as a headline: one line of a few words, no full stop.

    ("'We can finally breathe': family of freed teacher", "Minister: Lisbon will 'not
    bargain'".)
    """
    if not _short(paragraph, MAX_HEADLINE_WORDS) or len(paragraph.sentences) > 1:
        return False
    first, stop = _tokens(paragraph)
    text = ctx.tokens.text
    last = stop - 1
    while last > first and text[last] in ('"', "'"):
        last -= 1
    return text[last] != "." and 0 < word_count(ctx, first, stop) <= MAX_HEADLINE_WORDS


def _heading_dates(ctx: Context) -> dict[int, PartialDate]:
    """The date each paragraph's heading gives, in a timeline or a live blog.

    A single date line (a dateline) does not make a timeline: it takes two dated headings,
    or a time of day. The paragraphs that may be dated headings are found from the date
    layer, and those a time of day may head from their length and the gap before them, so
    an article that is neither is told apart without reading its paragraphs.
    """
    paragraphs = ctx.doc.paragraphs
    dated, entries = _dated_headings(ctx)
    previous_ends = [0, *(p.end for p in paragraphs)][:-1]
    clocks = {
        paragraph.index
        for paragraph, previous_end in zip(paragraphs, previous_ends, strict=True)
        if (
            paragraph.start - previous_end >= _SHORTEST_CLOCK
            or paragraph.end - paragraph.start <= _LONGEST_CLOCK
        )
        and _clock_before(ctx, previous_end, paragraph)
    }
    if len(dated) + len(entries) < 2 and not clocks:
        return {}
    found: dict[int, PartialDate] = {}
    current: PartialDate | None = None
    day = ctx.doc.published
    fresh = False  # the paragraph right after a heading (a live-blog post's title)
    for paragraph in paragraphs:
        heading = dated.get(paragraph.index)
        if heading is not None:
            current = day = heading
            fresh = True
            continue
        entry = entries.get(paragraph.index)
        if entry is not None:  # "Sept. 24 — Meng boards a flight ...": dated by its opening
            date, written = entry
            if not written and current is not None:  # the year of the heading above it
                date = PartialDate(current.year, date.month, date.day)
            current = day = date
            fresh = False
            found[paragraph.index] = current
            continue
        if paragraph.index in clocks:
            current, fresh = day, True
            if _short(paragraph, 3) and _is_clock(ctx.doc.text[paragraph.start : paragraph.end]):
                continue
        if _is_title(ctx, paragraph) and not fresh:
            current = None  # "Background": the dated entries are over
        fresh = False
        if current is not None:
            found[paragraph.index] = current
    return found


def _dated_headings(
    ctx: Context,
) -> tuple[dict[int, PartialDate], dict[int, tuple[PartialDate, bool]]]:
    """The paragraphs that are only a date, and those a date and a dash open, with the dates.

    ("June 19, 2020" alone; "Sept. 24 — Meng boards a flight ...", with whether the entry
    writes its year), found from the date layer.
    """
    paragraphs, sentences = ctx.doc.paragraphs, ctx.doc.sentences
    owner, firsts, stops = ctx.tokens.sentence, ctx.dates.first, ctx.dates.stop
    text = ctx.tokens.text
    headings: dict[int, PartialDate] = {}
    entries: dict[int, tuple[PartialDate, bool]] = {}
    seen: set[int] = set()
    for number, first in enumerate(firsts):
        index = sentences[owner[first]].paragraph
        if index in seen:
            continue
        seen.add(index)
        paragraph = paragraphs[index]
        date = _date_heading(ctx, paragraph)
        if date is not None:
            headings[index] = date
            continue
        stop = stops[number]
        if first == _tokens(paragraph)[0] and stop < len(text) and text[stop] in _ENTRY_MARKS:
            mention = ctx.dates.items[number]
            value = precise(mention.value)
            if value is not None:
                entries[index] = (value, _YEAR.search(mention.text) is not None)
    return headings, entries


def _label(ctx: Context, paragraph: Paragraph) -> tuple[int, int] | None:
    """The speaker label a paragraph opens with, without its honorific, if it has one.

    A few words before a colon, all in capitals ("MR. MILLER", "Q"), or a word that names
    an interviewer ("Host", "Moderator") or a person the text names ("Wong").
    """
    first, stop = _tokens(paragraph)
    text = ctx.tokens.text
    reach = min(stop, first + _LABEL_TOKENS + 1)
    colon = next((i for i in range(first + 1, reach) if text[i] == ":"), None)
    if colon is None:
        return None
    label = text[first:colon]
    named = [token for token in label if token[:1].isalnum()]
    if len(named) > MAX_LABEL_WORDS or any(t != "." and not t[:1].isalnum() for t in label):
        return None
    titles = honorifics()
    while first < colon and (text[first].title() in titles or text[first] == "."):
        first += 1
    if first == colon:
        return None
    if all(token.isupper() for token in named) or (
        colon - first == 1 and ctx.lower[first] in words("interviewer")
    ):
        return first, colon
    mention = ctx.persons.at(first)
    if mention is not None and mention.person is not None and ctx.persons.ending(colon):
        return first, colon
    return None


def _turns(ctx: Context) -> dict[int, tuple[int, int]]:
    """The label of the turn each paragraph of a transcript belongs to, by paragraph."""
    labels = {p.index: label for p in ctx.doc.paragraphs if (label := _label(ctx, p)) is not None}
    if len(labels) < _MIN_TURNS:
        return {}
    found: dict[int, tuple[int, int]] = {}
    current: tuple[int, int] | None = None
    for paragraph in ctx.doc.paragraphs:
        current = labels.get(paragraph.index, current)
        if current is not None:
            found[paragraph.index] = current
    return found


def _author(ctx: Context) -> tuple[int, int] | None:
    """The tokens of the person a byline names ("By Peter Walsh, Diplomatic Editor").

    A short paragraph among the first that opens with "By" and a person's name.
    """
    persons = ctx.persons
    for paragraph in ctx.doc.paragraphs[:BYLINE_REACH]:
        first, stop = _tokens(paragraph)
        if stop - first < 2 or ctx.lower[first] != "by" or not _short(paragraph, MAX_TITLE_WORDS):
            continue
        number = persons.index_at(first + 1)
        if number >= 0 and persons.first[number] == first + 1:
            return persons.tokens_of(number)
    return None


def read_layout(ctx: Context) -> Layout:
    """The signatures, dated headings, transcript turns and byline of a document."""
    return Layout(_signatures(ctx), _heading_dates(ctx), _turns(ctx), _author(ctx))
