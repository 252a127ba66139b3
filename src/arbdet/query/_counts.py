"""When two reported signatory counts contradict each other.

A declaration gains signatories over time, so counts contradict only where they speak of
the same time, or where a later count is smaller than an earlier one: 58 in February and
"more than 60" in September are growth. A count's time is the date it is given for, else
its source's publication date; a count with neither is compared with nothing.

The words that bound a count make it a range: "more than 60" is 61 and up, "about 60"
and "nearly 60" a few either side or below. Two counts of the same time contradict when
their ranges do not meet ("58" and "more than 60"; not "58" and "about 60").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from itertools import combinations

from ..kb import CountReport
from ..model import CountQualifier, PartialDate

__all__ = ["ABOUT_SLACK", "SAME_TIME", "contradicting", "count_range", "same_time"]

SAME_TIME = dt.timedelta(days=31)
"""How far apart two counts may be dated and still speak of the same time (about a month:
articles a few days after a launch report the launch's count)."""

ABOUT_SLACK = 0.1
"""How far "about 60" or "nearly 60" may be from 60, as a share of it (at least 2)."""


def count_range(count: int, qualifier: CountQualifier) -> tuple[float, float]:
    """The numbers a count with its qualifier allows, lowest and highest."""
    slack = max(2.0, ABOUT_SLACK * count)
    return {
        CountQualifier.EXACT: (count, count),
        CountQualifier.MORE_THAN: (count + 1, math.inf),
        CountQualifier.AT_LEAST: (count, math.inf),
        CountQualifier.ABOUT: (count - slack, count + slack),
        CountQualifier.NEARLY: (count - slack, count),
        CountQualifier.FEWER_THAN: (0, count - 1),
    }[qualifier]


def same_time(first: PartialDate, second: PartialDate) -> bool:
    """Whether two dates speak of the same time: one holds the other, or they are close."""
    if first.contains(second) or second.contains(first):
        return True
    gap = max(first.first_day, second.first_day) - min(first.last_day, second.last_day)
    return gap <= SAME_TIME


def _contradict(first: CountReport, second: CountReport) -> bool:
    if first.as_of is None or second.as_of is None:
        return False
    low, high = count_range(first.count, first.qualifier)
    other_low, other_high = count_range(second.count, second.qualifier)
    if same_time(first.as_of, second.as_of):
        return high < other_low or other_high < low
    # a later count below an earlier one: the declaration does not shrink
    earlier, later = (first, second) if first.as_of < second.as_of else (second, first)
    earlier_range = count_range(earlier.count, earlier.qualifier)
    return count_range(later.count, later.qualifier)[1] < earlier_range[0]


def contradicting(counts: Sequence[CountReport]) -> list[CountReport]:
    """The counts that contradict at least one other, in their order."""
    involved: set[int] = set()
    for (i, first), (j, second) in combinations(enumerate(counts), 2):
        if _contradict(first, second):
            involved |= {i, j}
    return [count for number, count in enumerate(counts) if number in involved]
