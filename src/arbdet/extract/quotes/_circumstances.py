"""When, where and to whom a verb of saying was said, read from the words around it.

The words bound to a verb are its sentence's words before it (back to the sentence start)
and after it up to what it reports ("that ...", a quotation, a comma). There stand the
date it was said ("on Monday"), a day named before ("that evening", "the same day"), the
venue ("in a statement", "told a news conference") and the audience ("told Reuters",
"in an interview with CNN"). A sentence without a verb of saying may still say that
someone spoke somewhere ("Trudeau addressed the General Assembly on Tuesday") or acted
on a day of the news ("Peskov declined on Friday to ...").
"""

from __future__ import annotations

import functools

from ...model import Venue
from ...text import Sentence
from ..mentions import DateMention
from ._context import Context, Quoted, Verb
from ._lexicon import Phrases, media, phrases, venues, words
from ._phrases import Phrase, main_subject, phrase_after

__all__ = [
    "audience",
    "back_then",
    "date_of",
    "dated_subject",
    "described_subject",
    "is_media",
    "occasion",
    "regions",
    "same_day",
    "venue_of",
]

MAX_BEFORE_VERB = 40  # tokens before a verb that may still say when or where
MAX_AFTER_VERB = 14  # tokens after a verb (twice that after a quotation) that may too
INTRODUCED_REACH = 3  # tokens before a venue where "at", "in" or "during" may stand


@functools.cache
def _kind(kind: str) -> frozenset[str]:
    return words(kind)


@functools.cache
def _audience_leads() -> Phrases[str]:
    return phrases("audience")


@functools.cache
def _day_parts() -> Phrases[str]:
    return phrases("day_part")


@functools.cache
def _back_then() -> Phrases[str]:
    return phrases("back_then")


def regions(
    ctx: Context, verb: Verb, quoted: Quoted | None, trailing: bool, floor: int | None = None
) -> list[Phrase]:
    """The tokens that may say when, where and to whom ``verb`` was said.

    Before the verb back to the sentence start (or to ``floor``: the subject of a verb that
    closes the clause it reports, "CLAUSE, X said", whose words are not its own), and
    after it up to the reported clause ("that ...", a quotation, a comma) or, after a
    quotation, to the sentence's end.
    """
    sentence = ctx.sentence(verb.first)
    start = sentence.first if floor is None else max(sentence.first, floor)
    before = (max(start, verb.first - MAX_BEFORE_VERB), verb.first)
    end = sentence.stop
    if quoted is not None and not trailing:
        end = min(end, quoted.first)
    index = verb.stop
    limit = min(end, index + (2 if trailing else 1) * MAX_AFTER_VERB)
    stops = _kind("after_verb")
    while index < limit and ctx.lower[index] not in stops:
        index += 1
    return [before, (verb.stop, index)]


def _distance(verb: Verb, first: int, stop: int) -> int:
    return min(abs(stop - verb.first), abs(first - verb.stop))


def date_of(
    ctx: Context, verb: Verb, subject: Phrase | None, spans: list[Phrase]
) -> DateMention | None:
    """The date expression bound to a verb's speaking, the nearest the verb.

    Not a date in the subject's appositive, however long ("X, jailed until his release in
    January 2016, said"): a subject closed by a comma reaches the verb.
    """
    subject = described_subject(ctx, verb, subject)
    best: DateMention | None = None
    best_distance = 0
    for first, stop in spans:
        for begin, mention in ctx.dates_in(first, stop):
            if _starts_duration(ctx, begin) or _in_apposition(ctx, subject, begin):
                continue  # "X, held since 2018, said": not when it was said
            distance = _distance(verb, begin, ctx.dates.stop[ctx.dates.index_at(begin)])
            if best is None or distance < best_distance:
                best, best_distance = mention, distance
    return best


def described_subject(ctx: Context, verb: Verb, subject: Phrase | None) -> Phrase | None:
    """A verb's subject with the description a comma closes before the verb, if any.

    ("X, jailed until his release in January 2016, said": the words from X to the verb.)
    """
    if subject is not None and verb.first > 0 and ctx.tokens.text[verb.first - 1] == ",":
        return subject[0], verb.first
    return subject


def _starts_duration(ctx: Context, begin: int) -> bool:
    """Whether a date follows "since" or "until" (a duration's bound, not an event)."""
    return begin > 0 and ctx.lower[begin - 1] in _kind("duration")


def _in_apposition(ctx: Context, subject: Phrase | None, begin: int) -> bool:
    """Whether a date lies in an appositive or relative clause of the verb's subject."""
    if subject is None or not subject[0] <= begin < subject[1]:
        return False
    between = ctx.lower[subject[0] : begin]
    if "," in between:
        # "X, speaking in Vienna on Saturday, called it": the appositive tells of the occasion
        after = len(between) - between[::-1].index(",")
        return not (after < len(between) and between[after] in _kind("occasion"))
    return any(word in _kind("relative") for word in between)


def same_day(ctx: Context, spans: list[Phrase]) -> int | None:
    """The token where a verb's words refer to the day named before ("that evening")."""
    lower = ctx.lower
    for first, stop in spans:
        for part in ctx.starts(_day_parts(), first + 1, stop):
            index = part - 1
            if lower[index] == "that" or (
                lower[index] == "same" and index > 0 and lower[index - 1] == "the"
            ):
                return index
    return None


def back_then(ctx: Context, spans: list[Phrase]) -> int | None:
    """The token where a verb's words refer to a time named before ("at the time")."""
    table = _back_then()
    for first, stop in spans:
        for index in ctx.starts(table, first, stop):
            if table.at(ctx.lower, index, stop) is not None:
                return index
    return None


def venue_of(
    ctx: Context, verb: Verb, subject: Phrase | None, spans: list[Phrase]
) -> tuple[Venue, Phrase, bool] | None:
    """The venue a verb's words name ("in a statement"), its tokens and whether definite.

    A venue between the subject and the reported words counts; one further before only
    where a preposition introduces it ("At a briefing on Monday, X said").
    """
    near = verb.first if subject is None else min(subject[0], verb.first)
    table = venues()
    best: tuple[Venue, Phrase, bool] | None = None
    best_distance = 0
    for first, stop in spans:
        for index in ctx.starts(table, first, stop):
            hit = table.at(ctx.lower, index, stop)
            if hit is None:
                continue
            end, venue = hit
            if index >= near or _introduced(ctx, index):
                distance = _distance(verb, index, end)
                if best is None or distance < best_distance:
                    definite = index > 0 and ctx.lower[index - 1] == "the"
                    best, best_distance = (venue, (index, end), definite), distance
    return best


def _introduced(ctx: Context, index: int) -> bool:
    """Whether a preposition of place opens, or stands just before, token ``index``."""
    locative = _kind("locative")
    first = max(0, index - INTRODUCED_REACH)
    return any(ctx.lower[i] in locative for i in range(first, min(index + 1, len(ctx.lower))))


def audience(ctx: Context, verb: Verb, spans: list[Phrase]) -> Phrase | None:
    """Whom a verb was addressed to: "told Reuters", "in an interview with X"."""
    sentence = ctx.sentence(verb.first)
    index: int | None = verb.stop if verb.cls == "tell" else None
    if index is None:
        leads = _audience_leads()
        for first, stop in spans:
            for position in ctx.starts(leads, first, stop):
                hit = leads.at(ctx.lower, position, stop)
                if hit is not None:
                    index = hit[0]
                    break
            if index is not None:
                break
    if index is None:
        return None
    while index < sentence.stop and ctx.lower[index] in _kind("article"):
        index += 1
    found = phrase_after(ctx, index, sentence.stop)
    if found is None:
        return None
    table = venues()
    if any(table.at(ctx.lower, i, found[1]) is not None for i in range(*found)):
        return None  # "told a news conference": a venue, not an audience
    return found


def is_media(ctx: Context, phrase: Phrase) -> bool:
    """Whether an audience is a news organisation ("Reuters", "CBC chief correspondent")."""
    return media().at(ctx.lower, phrase[0], phrase[1]) is not None


def occasion(
    ctx: Context, sentence: Sentence
) -> tuple[Phrase, Venue, DateMention | None, bool] | None:
    """A sentence's venue, its subject, the date nearest the venue, and whether definite.

    The subject stands before the venue, or after it when a phrase of place opens the
    sentence ("At the same news conference, X did not hold back."); a definite venue
    ("the same news conference") is one named before.
    """
    table = venues()
    for index in ctx.starts(table, sentence.first, sentence.stop):
        hit = table.at(ctx.lower, index, sentence.stop)
        if hit is None:
            continue
        end, venue = hit
        subject = main_subject(ctx, sentence, index)
        if subject is None and _introduced(ctx, index):
            subject = main_subject(ctx, sentence, sentence.stop)
        if subject is None:
            return None
        nearest: DateMention | None = None
        distance = 0
        for begin, mention in ctx.dates_in(sentence.first, sentence.stop):
            stop = ctx.dates.stop[ctx.dates.index_at(begin)]
            gap = min(abs(begin - end), abs(index - stop))
            if nearest is None or gap < distance:
                nearest, distance = mention, gap
        before = ctx.lower[max(sentence.first, index - 1) : index]
        definite = before in (["the"], ["same"])
        return subject, venue, nearest, definite
    return None


def dated_subject(ctx: Context, sentence: Sentence) -> tuple[Phrase, DateMention] | None:
    """A sentence's subject and the day of the news it dates itself to, if it does.

    ("Kremlin spokesman Dmitry Peskov declined on Friday to discuss any talks.") Only a day
    of the news counts ("on Friday", "today"), not a date of the past.
    """
    days = _kind("newsday")
    for begin, mention in ctx.dates_in(sentence.first, sentence.stop):
        stop = ctx.dates.stop[ctx.dates.index_at(begin)]
        if any(ctx.lower[i] in days for i in range(begin, stop)) and not _starts_duration(
            ctx, begin
        ):
            subject = main_subject(ctx, sentence, sentence.stop)
            return None if subject is None else (subject, mention)
    return None
