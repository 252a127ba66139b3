"""Example rows for each family of date rules: every mention a text has and its value.

A row lists *all* the date mentions of its text, in order, as ``(text, value)`` pairs
(``None`` where the expression honestly has no date), so a row fails on a spurious
mention as well as on a wrong value. Rows named in ``XFAIL`` are known misses: they must
fail, so a change that mends one shows (and the row then leaves the list).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from arbdet.extract.dates import find_dates_in_text
from arbdet.extract.dates._calendar import CLAUSE_WINDOW
from arbdet.extract.dates._relative import MAX_COUNT_WORDS
from arbdet.extract.dates._resolve import UPDATE_SLACK_DAYS
from arbdet.extract.dates._scan import LOOKBACK
from arbdet.extract.dates._story import STORY_REACH_DAYS
from arbdet.model import PartialDate

PUBLISHED = "2021-02-16"  # a Tuesday
_REACHED = dt.date(1990, 3, 1) + dt.timedelta(days=STORY_REACH_DAYS)
_PAST_REACH = _REACHED + dt.timedelta(days=1)
_UPDATED = dt.date.fromisoformat(PUBLISHED) + dt.timedelta(days=UPDATE_SLACK_DAYS)
_TOO_LATE = _UPDATED + dt.timedelta(days=1)


@attrs.frozen
class Case:
    """A text, the date mentions expected in it, and the publication date to read it by."""

    name: str
    text: str
    expected: tuple[tuple[str, str | None], ...]
    published: str | None = PUBLISHED


CALENDAR = [
    Case(
        "month day year", "The trial opened on March 22, 2021.", (("March 22, 2021", "2021-03-22"),)
    ),
    Case(
        "day month year",
        "He was detained on 10 December 2018.",
        (("10 December 2018", "2018-12-10"),),
    ),
    Case(
        "abbreviated",
        "The hearing was set for Sept. 25, 2021.",
        (("Sept. 25, 2021", "2021-09-25"),),
    ),
    Case("month and year", "She was arrested in December 2018.", (("December 2018", "2018-12"),)),
    Case("year alone", "The law was passed in 2016.", (("2016", "2016"),)),
    Case("iso", "The ruling is dated 2021-02-15.", (("2021-02-15", "2021-02-15"),)),
    Case("dotted", "Das Urteil vom 23.05.2021 wurde verlesen.", (("23.05.2021", "2021-05-23"),)),
    Case("slashed either way", "The visa expired on 12/01/2018.", (("12/01/2018", None),)),
    Case("slashed one way", "The visa expired on 25/12/2019.", (("25/12/2019", "2019-12-25"),)),
    Case(
        "ordinal of",
        "The talks began on the 3rd of May 2019.",
        (("3rd of May 2019", "2019-05-03"),),
    ),
    Case(
        "day span", "Talks ran 1-3 May 2019 in Doha.", (("1-3 May 2019", "2019-05-01/2019-05-03"),)
    ),
    Case(
        "weekday with date",
        "It ended on Friday, November 22, 2024.",
        (("Friday, November 22, 2024", "2024-11-22"),),
    ),
    Case("old year licensed", "The treaty dates from 1850.", (("1850", "1850"),)),
]

NAMES_WITHOUT_YEAR = [
    Case("weekday past", "The embassy protested on Monday.", (("Monday", "2021-02-15"),)),
    Case("weekday today", "The court sat on Tuesday.", (("Tuesday", "2021-02-16"),)),
    Case("weekday future", "The minister will travel on Friday.", (("Friday", "2021-02-19"),)),
    Case("weekday part", "He was moved on Sunday night.", (("Sunday night", "2021-02-14"),)),
    Case("month past", "The appeal was lost in July.", (("July", "2020-07"),)),
    Case("month future", "The verdict is expected in July.", (("July", "2021-07"),)),
    Case("month day past", "She was charged on March 3.", (("March 3", "2020-03-03"),)),
    Case("was due", "The trial was due to open in March.", (("March", "2021-03"),)),
    Case(
        "deferral",
        "The court extended his detention until June 30.",
        (("June 30", "2021-06-30"),),
    ),
    Case(
        "a page updated after its date",
        f"The last of the four left the country on {_UPDATED:%B %-d}.",
        ((f"{_UPDATED:%B %-d}", f"{_UPDATED:%Y-%m-%d}"),),
    ),
    Case(
        "past the update slack",
        f"The last of the four left the country on {_TOO_LATE:%B %-d}.",
        ((f"{_TOO_LATE:%B %-d}", f"2020-{_TOO_LATE:%m-%d}"),),
    ),
    Case("last july", "Talks collapsed last July.", (("last July", "2020-07"),)),
    Case("last friday", "He was freed last Friday.", (("last Friday", "2021-02-12"),)),
    Case(
        "year lent",
        "He was arrested on March 29 last year.",
        (("March 29 last year", "2020-03-29"),),
    ),
    Case("weekend", "Protests grew over the weekend.", (("the weekend", "2021-02-13/2021-02-14"),)),
]

FROM_PUBLICATION = [
    Case("last week", "Ottawa summoned the envoy last week.", (("last week", "2021-02"),)),
    Case("this year", "The case went to trial this year.", (("this year", "2021"),)),
    Case(
        "earlier this month",
        "He was moved earlier this month.",
        (("earlier this month", "2021-02"),),
    ),
    Case("years ago", "They were detained two years ago.", (("two years ago", "2019"),)),
    Case("yesterday", "The statement came yesterday.", (("yesterday", "2021-02-15"),)),
    Case("this morning", "Officials confirmed it this morning.", (("this morning", "2021-02-16"),)),
    Case("last night", "She landed last night.", (("last night", "2021-02-15"),)),
    Case("vague", "He was seized more than two years ago.", (("more than two years ago", None),)),
]

OFFSETS = [
    Case(
        "days later",
        "Meng was held on December 1, 2018, and the men vanished nine days later.",
        (("December 1, 2018", "2018-12-01"), ("nine days later", "2018-12-10")),
    ),
    Case(
        "count of words",
        "The envoy left on June 2, 2020. Twenty seven days later he came back.",
        (("June 2, 2020", "2020-06-02"), ("Twenty seven days later", "2020-06-29")),
    ),
    Case(
        "the following day",
        "The verdict came on 5 March 2021. The embassy replied the following day.",
        (("5 March 2021", "2021-03-05"), ("the following day", "2021-03-06")),
    ),
    Case(
        "the day before",
        "She was freed on 4 April 2020. Her trial had ended the day before.",
        (("4 April 2020", "2020-04-04"), ("the day before", "2020-04-03")),
    ),
    Case(
        "after a date",
        "He was charged three days after December 1, 2018.",
        (("three days after December 1, 2018", "2018-12-04"),),
    ),
    Case(
        "that year",
        "The pair were detained in 2018. Both were indicted that year.",
        (("2018", "2018"), ("that year", "2018")),
    ),
    Case(
        "later that day",
        "The plane landed on 25 September 2021. Later that day the men spoke.",
        (("25 September 2021", "2021-09-25"), ("Later that day", "2021-09-25")),
    ),
    Case(
        "the following month",
        "The arrest came in May 2019. The following month, charges were laid.",
        (("May 2019", "2019-05"), ("The following month", "2019-06")),
    ),
    Case("no anchor", "Two days later, the men were moved.", (("Two days later", None),)),
    Case(
        "month of that year",
        "He was seized in 2017 and tried in March of that year.",
        (("2017", "2017"), ("March of that year", "2017-03")),
    ),
]

RANGES_AND_MODIFIERS = [
    Case("from to", "He lived there from 2018 to 2021.", (("from 2018 to 2021", "2018/2021"),)),
    Case(
        "between months",
        "Talks ran between March and May 2022.",
        (("between March and May 2022", "2022-03/2022-05"),),
    ),
    Case("joined months", "Hearings ran March-May 2022.", (("March-May 2022", "2022-03/2022-05"),)),
    Case("year span", "The 2018-19 season was cancelled.", (("2018-19", "2018/2019"),)),
    Case("decade", "It began in the 1990s.", (("1990s", "1990/1999"),)),
    Case("mid year", "Talks resumed in mid-2019.", (("mid-2019", "2019"),)),
    Case("mid month", "He was held from mid-December 2018.", (("mid-December 2018", "2018-12"),)),
    Case("late month", "The trial ended in late December.", (("late December", "2020-12"),)),
    Case(
        "end of last year",
        "It closed at the end of last year.",
        (("the end of last year", "2020"),),
    ),
]

NOT_DATES = [
    Case("duration", "He was sentenced to 16 years in prison.", ()),
    Case("sentence", "She received an 11-year sentence.", ()),
    Case("period ahead", "Talks may drag on over the next year.", ()),
    Case("given name", "Theresa May spoke to reporters.", ()),
    Case("newspaper", "The Sunday Times broke the story.", ()),
    Case("every monday", "Families gather every Monday.", ()),
    Case("count", "About 2018 people signed the letter.", ()),
    Case("figures of a phone", "Call 613 555 2018 for help.", ()),
    Case("too wide a span", "Records from 1000-2021 were burned.", ()),
    Case("old figure unlicensed", "The 1850 delegates voted.", ()),
]

STORY_TIME = [
    Case(
        "story in the past",
        "On 30 August 1986 a reporter was seized in Moscow. On 29 September he flew home.",
        (("30 August 1986", "1986-08-30"), ("29 September", "1986-09-29")),
        published="2016-08-30",
    ),
    Case(
        "looking back",
        "On 30 August 1986 a reporter was seized. A week before, on 23 August, agents had "
        "detained a physicist.",
        (
            ("30 August 1986", "1986-08-30"),
            ("A week before", "1986-08-23"),
            ("23 August", "1986-08-23"),
        ),
        published="2016-08-30",
    ),
    Case(
        "flashback with had",
        "On 30 August 1986 a reporter was seized. On 23 August the FBI had arrested a physicist.",
        (("30 August 1986", "1986-08-30"), ("23 August", "1986-08-23")),
        published="2016-08-30",
    ),
    Case(
        "story moves forward",
        "Talks opened on 2 June 1994. In July the delegations met again.",
        (("2 June 1994", "1994-06-02"), ("July", "1994-07")),
        published="2014-06-02",
    ),
    Case(
        "a month later in the story",
        "The envoy was held on 3 May 1999. On 14 June he was expelled.",
        (("3 May 1999", "1999-05-03"), ("14 June", "1999-06-14")),
        published="2019-05-01",
    ),
    Case(
        "no publication date",
        "The convoy was stopped on 2 March 2003. On 9 March its crew was freed.",
        (("2 March 2003", "2003-03-02"), ("9 March", "2003-03-09")),
        published=None,
    ),
    Case(
        "offset from the story",
        "On 4 July 1976 the hostages were freed. Two days later the crew flew home.",
        (("4 July 1976", "1976-07-04"), ("Two days later", "1976-07-06")),
        published="2016-07-04",
    ),
    Case(
        "offset across sentences",
        "The aid worker was seized on 8 January 2015. He was moved to a camp. He spent "
        "months there. Three weeks later he was charged.",
        (("8 January 2015", "2015-01-08"), ("Three weeks later", "2015-01-29")),
    ),
    Case(
        "since keeps the story",
        "On 12 April 1985 the talks collapsed. The writer, in exile since 1979, was freed on "
        "20 April.",
        (("12 April 1985", "1985-04-12"), ("1979", "1979"), ("20 April", "1985-04-20")),
        published="2015-04-12",
    ),
    Case(
        "apposition",
        "The writer was freed in 1986. Today, thirty years later, he lives in Boston.",
        (("1986", "1986"), ("Today", "2016-03-01"), ("thirty years later", "2016-03-01")),
        published="2016-03-01",
    ),
    # The counter-cases: the story returns to the present, or never left it.
    Case(
        "present anchor resets",
        "On 30 August 1986 a reporter was seized. Today his case is studied. On 29 September "
        "a panel discussed it.",
        (("30 August 1986", "1986-08-30"), ("Today", "2016-08-30"), ("29 September", "2015-09-29")),
        published="2016-08-30",
    ),
    Case(
        "weekday stays present",
        "He was arrested on 28 December 2018. On Monday he was freed.",
        (("28 December 2018", "2018-12-28"), ("Monday", "2021-02-15")),
    ),
    Case(
        "month background",
        "The teacher was detained in December 2014 and first sentenced in November.",
        (("December 2014", "2014-12"), ("November", "2020-11")),
    ),
    Case(
        "year background",
        "The dealer was convicted in 2011. The player was arrested on Feb. 3.",
        (("2011", "2011"), ("Feb. 3", "2021-02-03")),
    ),
    Case(
        "beyond the reach",
        "The executive was held on 1 December 2018. On 27 May a judge ruled against her.",
        (("1 December 2018", "2018-12-01"), ("27 May", "2020-05-27")),
    ),
    Case(
        "no looking back without had",
        "He was arrested on 24 February 2022. In January a court sentenced him.",
        (("24 February 2022", "2022-02-24"), ("January", "2021-01")),
    ),
    Case(
        "story at the present",
        "Talks opened on February 1, 2021. On January 20 the envoys had met.",
        (("February 1, 2021", "2021-02-01"), ("January 20", "2021-01-20")),
    ),
    Case(
        "a newer year moves on",
        "The reporter was seized on 30 August 1986. In 2016 he wrote about it. In October "
        "he spoke in Berlin.",
        (("30 August 1986", "1986-08-30"), ("2016", "2016"), ("October", "2016-10")),
        published="2017-02-01",
    ),
]

TUNING = [
    Case(
        f"a future cue {CLAUSE_WINDOW} words back",
        "He will " + "very " * (CLAUSE_WINDOW - 4) + "likely leave on Friday.",
        (("Friday", "2021-02-19"),),
    ),
    Case(
        f"a future cue {CLAUSE_WINDOW + 1} words back",
        "He will " + "very " * (CLAUSE_WINDOW - 3) + "likely leave on Friday.",
        (("Friday", "2021-02-12"),),
    ),
    Case(
        f"an expression {LOOKBACK - 1} tokens before its head",
        "The fund closed at the end of last year.",
        (("the end of last year", "2020"),),
    ),
    Case(
        f"a count of {MAX_COUNT_WORDS} words",
        "It began on 1 March 2000. One hundred five days later it ended.",
        (("1 March 2000", "2000-03-01"), ("One hundred five days later", "2000-06-14")),
    ),
    Case(
        "at the story's reach",
        f"The ship was seized on 1 March 1990. On {_REACHED:%-d %B} the crew was freed.",
        (("1 March 1990", "1990-03-01"), (f"{_REACHED:%-d %B}", f"{_REACHED:%Y-%m-%d}")),
        published="2010-01-01",
    ),
    Case(
        "past the story's reach",
        f"The ship was seized on 1 March 1990. On {_PAST_REACH:%-d %B} the crew was freed.",
        (("1 March 1990", "1990-03-01"), (f"{_PAST_REACH:%-d %B}", f"2009-{_PAST_REACH:%m-%d}")),
        published="2010-01-01",
    ),
]

# Known misses, each for a reason the tagger cannot yet see.
KNOWN_MISSES = [
    # A year-less month after a past year in the same narrative: the project's own articles
    # show the present-year reading far more often, so the year is not lent.
    Case(
        "year lent to a month",
        "In 1986 the reporter was seized. In September he was freed.",
        (("1986", "1986"), ("September", "1986-09")),
    ),
    # The story moves on a month past the end of a year: a month-precision story date
    # does not set the story's time.
    Case(
        "month into the next year",
        "Meng was arrested in December 2018. In January the charges were unsealed.",
        (("December 2018", "2018-12"), ("January", "2019-01")),
    ),
    # News about the present that recalls a past day close before a year-less date.
    Case(
        "present news after a past day",
        "Meng was arrested on December 1, 2018. On Jan. 10, her lawyers filed again.",
        (("December 1, 2018", "2018-12-01"), ("Jan. 10", "2021-01-10")),
        published="2021-01-12",
    ),
]
XFAIL = {case.name for case in KNOWN_MISSES}

ALL = CALENDAR + NAMES_WITHOUT_YEAR + FROM_PUBLICATION + OFFSETS + RANGES_AND_MODIFIERS
ALL += NOT_DATES + STORY_TIME + TUNING + KNOWN_MISSES


def _read(case: Case) -> tuple[tuple[str, str | None], ...]:
    published = None if case.published is None else PartialDate.parse(case.published)
    return tuple(
        (m.text, None if m.value is None else str(m.value))
        for m in find_dates_in_text(case.text, published)
    )


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case, id=case.name, marks=[pytest.mark.xfail(strict=True)] if case.name in XFAIL else []
        )
        for case in ALL
    ],
)
def test_case(case: Case) -> None:
    assert _read(case) == case.expected


def test_names_are_unique() -> None:
    names = [case.name for case in ALL]
    assert len(names) == len(set(names))
