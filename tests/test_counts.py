"""Which reported signatory counts contradict: only those of the same time, or a count
smaller than an earlier one; a count's qualifier makes it a range."""

from __future__ import annotations

import pytest

from arbdet.kb import CountReport
from arbdet.model import CountQualifier, PartialDate
from arbdet.query._counts import contradicting, count_range, same_time

Q = CountQualifier


def _count(count: int, as_of: str | None, qualifier: Q = Q.EXACT, source: str = "a") -> CountReport:
    date = None if as_of is None else PartialDate.parse(as_of)
    return CountReport(count, qualifier, date, None, source, False, ())


@pytest.mark.parametrize(
    ("first", "second", "contradict"),
    [
        (_count(58, "2021-02-15"), _count(60, "2021-09-20", Q.MORE_THAN), False),  # growth
        (_count(58, "2021-02-15"), _count(57, "2021-02-16"), True),  # the same launch
        (_count(58, "2021-02-15"), _count(60, "2021-02-20", Q.MORE_THAN), True),
        (_count(58, "2021-02-15"), _count(60, "2021-02-20", Q.ABOUT), False),
        (_count(58, "2021-02-15"), _count(60, "2021-02-20", Q.NEARLY), False),
        (_count(58, "2021-02-15"), _count(57, "2021-02", Q.AT_LEAST), False),
        (_count(70, "2022-02-15"), _count(58, "2023-02-15"), True),  # a later, smaller count
        (_count(70, "2022-02-15"), _count(75, "2023-02-15", Q.FEWER_THAN), False),
        (_count(58, "2021-02-15"), _count(57, None), False),  # no time: compared with nothing
    ],
)
def test_counts_contradict(first: CountReport, second: CountReport, contradict: bool) -> None:
    assert (contradicting([first, second]) == [first, second]) is contradict
    assert contradicting([second, first]) == ([second, first] if contradict else [])


def test_ranges() -> None:
    assert count_range(60, Q.MORE_THAN) == (61, float("inf"))
    assert count_range(60, Q.ABOUT) == (54, 66)
    assert count_range(10, Q.NEARLY) == (8, 10)
    assert count_range(60, Q.FEWER_THAN) == (0, 59)


def test_same_time() -> None:
    assert same_time(PartialDate.parse("2021"), PartialDate.parse("2021-09-27"))
    assert same_time(PartialDate.parse("2021-02-15"), PartialDate.parse("2021-03-10"))
    assert not same_time(PartialDate.parse("2021-02-15"), PartialDate.parse("2021-09-27"))


def test_only_the_counts_that_contradict_are_kept() -> None:
    counts = [
        _count(58, "2021-02-15", source="launch"),
        _count(59, "2021-02-15", source="list"),
        _count(60, "2021-09-27", Q.MORE_THAN, source="later"),
    ]
    assert [c.source for c in contradicting(counts)] == ["launch", "list"]
