"""The demo tells the truth: every row ``arbdet demo`` prints, checked against the gold.

The demo builds the bundled corpus into a knowledge base and prints the detentions, the
links and one person's timeline. The same knowledge base built from the corpus's gold
facts is the yardstick: a printed row the gold does not support is wrong, and a gold row
the demo leaves out is missing. Rows wrong today are listed in ``KNOWN_WRONG``, each an
xfail that must keep failing (strict); the rest must all hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from arbdet import KnowledgeBase
from arbdet.corpus_files import corpus_articles
from arbdet.demo import main_person
from arbdet.eval import name_match, party_match, quote_overlap
from arbdet.io import source_from_text
from arbdet.kb import DetentionRecord, LinkRecord
from arbdet.model import PartialDate
from arbdet.query import Event

GOLD = Path(__file__).resolve().parents[1] / "src" / "arbdet" / "corpus" / "gold"
_STEPS = frozenset({"charged", "tried", "convicted", "sentenced"})


def _date(value: PartialDate | None) -> str:
    return "-" if value is None else str(value)


def _agrees(shown: PartialDate | None, gold: PartialDate | None) -> bool:
    """Whether a shown date is the gold's, or coarser and containing it ("2014-07").

    No date shown is missing information, not a wrong row; a date the gold does not give
    is not supported.
    """
    if shown is None or gold is None:
        return shown is None
    return shown == gold or shown.contains(gold)


def _status(record: DetentionRecord) -> str:
    return {True: "released", False: "held", None: "-"}[record.released]


def _label(record: DetentionRecord) -> str:
    state = record.detaining_state.code if record.detaining_state else "-"
    return f"detention {record.detainee.name!r} held by {state}"


def _same_detention(a: DetentionRecord, b: DetentionRecord) -> bool:
    return name_match(a.detainee.name, b.detainee.name) and a.detaining_state == b.detaining_state


def _detention_rows(shown: Iterable[DetentionRecord], gold: list[DetentionRecord]) -> Iterator[str]:
    matched: set[int] = set()
    for record in shown:
        found = [i for i, g in enumerate(gold) if _same_detention(record, g)]
        if not found:
            yield f"{_label(record)}: unsupported"
            continue
        matched.update(found)
        truth = gold[found[0]]
        for field in ("start", "end"):
            value, expected = getattr(record, field).best, getattr(truth, field).best
            if not _agrees(value, expected):
                yield f"{_label(record)}: {field} {_date(value)}, gold {_date(expected)}"
        if record.released is not None and record.released != truth.released:
            yield f"{_label(record)}: {_status(record)}, gold {_status(truth)}"
    for i, record in enumerate(gold):
        if i not in matched:
            yield f"{_label(record)}: missing"


def _link_label(link: LinkRecord) -> str:
    return f"link {link.detainee.name!r} {link.relation} {link.linked_to.name!r}"


def _same_link(a: LinkRecord, b: LinkRecord) -> bool:
    pair = name_match(a.detainee.name, b.detainee.name) and name_match(
        a.linked_to.name, b.linked_to.name
    )
    crossed = name_match(a.detainee.name, b.linked_to.name) and name_match(
        a.linked_to.name, b.detainee.name
    )
    return a.relation == b.relation and (pair or crossed)


def _link_rows(shown: Iterable[LinkRecord], gold: list[LinkRecord]) -> Iterator[str]:
    matched: set[int] = set()
    for link in shown:
        found = [i for i, g in enumerate(gold) if _same_link(link, g)]
        if not found:
            yield f"{_link_label(link)}: unsupported"
            continue
        matched.update(found)
        truth = gold[found[0]]
        for side in ("asserted_by", "denied_by"):
            known = [str(c.value) for c in getattr(truth, side)]
            for claim in getattr(link, side):
                if not any(party_match(str(claim.value), k) for k in known):
                    who = side.replace("_", " ")
                    yield f"{_link_label(link)}: {who} {claim.value} unsupported"
    for i, link in enumerate(gold):
        if i not in matched:
            yield f"{_link_label(link)}: missing"


def _event_label(event: Event) -> str:
    return f"timeline {event.subject!r}: {event.event} {event.date} {event.detail}"


def _same_event(a: Event, b: Event) -> bool:
    if a.event != b.event or not name_match(a.subject, b.subject):
        return False
    if a.event == "statement":
        return quote_overlap(b.detail or "", a.detail or "") >= 0.6
    if a.event == "exchanged":
        theirs = (b.detail or "").removeprefix("exchanged for ").split(", ")
        return all(
            any(name_match(x, y) for y in theirs)
            for x in (a.detail or "").removeprefix("exchanged for ").split(", ")
        )
    return a.detail == b.detail


def _timeline_rows(
    shown: Iterable[Event], gold: list[Event], detentions: list[DetentionRecord]
) -> Iterator[str]:
    matched: set[int] = set()
    holders = {
        (r.detainee.name, f"held by {r.detaining_state.name}")
        for r in detentions
        if r.detaining_state
    }
    for event in shown:
        if event.event in _STEPS:  # the facts format has no steps: check whose they are
            if not any(name_match(event.subject, n) and event.detail == h for n, h in holders):
                yield f"{_event_label(event)}: no such detention"
            continue
        found = [i for i, g in enumerate(gold) if _same_event(event, g)]
        if not found:
            yield f"{_event_label(event)}: unsupported"
            continue
        matched.update(found)
        if not any(_agrees(event.date, gold[i].date) for i in found):
            yield f"{_event_label(event)}: gold {gold[found[0]].date}"
    for i, event in enumerate(gold):
        if i not in matched:
            yield f"{_event_label(event)}: missing"


def _demo_person(kb: KnowledgeBase) -> str:
    person = main_person(kb)
    assert person is not None
    return person.name


def _wrong_rows() -> list[str]:
    sources = [
        source_from_text(path.read_text(encoding="utf-8"), name=path.name)
        for path in corpus_articles()
    ]
    demo = KnowledgeBase.build(sources, progress=False)
    gold = KnowledgeBase.from_facts(GOLD)
    person = _demo_person(demo)
    rows = [
        *_detention_rows(demo.detentions(), list(gold.detentions())),
        *_link_rows(demo.links, list(gold.links)),
        *_timeline_rows(
            demo.timeline(person), list(gold.timeline(person)), list(gold.detentions())
        ),
    ]
    return sorted(set(rows))


@pytest.fixture(scope="module")
def wrong_rows() -> list[str]:
    return _wrong_rows()


KNOWN_WRONG: list[str] = [
    # wrong today; the extractors' fixes take them off (an xfail that passes fails the run)
    "detention 'Amir Hekmati' held by IR: held, gold released",
    "detention 'Assadollah Assadi' held by BE: start 2018-07, gold -",
    "detention 'Assadollah Assadi' held by DE: missing",
    "detention 'Evan Gershkovich' held by RU: start 2023-03-30, gold 2023-03-29",
    "detention 'Julia Garratt' held by CN: end 2016-09-15, gold -",
    "detention 'Kim Dong-chul' held by KP: end 2017-06, gold -",
    "detention 'Kim Hak-song' held by KP: end 2017-06, gold -",
    "detention 'Kim Sang-duk' held by KP: end 2017-06, gold -",
    "detention 'Leonard Glenn Francis' held by US: missing",
    "detention 'Leonard Glenn Francis' held by VE: released, gold -",
    "detention 'Morad Tahbaz' held by IR: held, gold released",
    "detention 'Nosratollah Khosravi-Roodsari' held by IR: end 2016-01-17, gold -",
    "detention 'Nader Modanlo' held by US: end 2016-01-17, gold -",
    "detention 'Olivier Vandecasteele' held by IR: released, gold held",
    "detention 'Peter Humphrey' held by CN: missing",
    "detention 'Roman Protasevich' held by BY: missing",
    "detention 'Roxana Saberi' held by US: unsupported",
    "detention 'Saeid Moradi' held by TH: missing",
    "detention 'Su Bin' held by US: missing",
    "detention 'Viktor Bout' held by DE: unsupported",
    "detention 'Yuri Orlov' held by SU: missing",
    "detention 'Yuri Orlov' held by US: unsupported",
    "link 'Alex Saab' exchange 'Leonard Glenn Francis': missing",
    "link 'Amir Hekmati' exchange 'Nader Modanlo': denied by US unsupported",
    "link 'Frederic Pryor' exchange 'Rudolf Abel': missing",
    "link 'Gennadi Zakharov' exchange 'Nicholas Daniloff': denied by Ronald Reagan unsupported",
    "link 'Jason Rezaian' exchange 'Nader Modanlo': missing",
    # "used Johan and Saeed as bargaining chips to get Noury out": given names now name
    # them, and the link reader reads the leverage as retaliation
    "link 'Johan Floderus' retaliation 'Hamid Nouri': unsupported",
    "link 'Saeed Azizi' retaliation 'Hamid Nouri': unsupported",
    "link 'Kevin Garratt' retaliation 'Su Bin': missing",
    "link 'Kylie Moore-Gilbert' exchange 'Mohammad Khazaei': missing",
    "link 'Kylie Moore-Gilbert' exchange 'Saeid Moradi': missing",
    "link 'Meng Wanzhou' exchange 'Michael Kovrig': asserted by CA unsupported",
    "link 'Meng Wanzhou' exchange 'Michael Spavor': asserted by CA unsupported",
    "link 'Nosratollah Khosravi-Roodsari' exchange 'Nader Modanlo': missing",
    "link 'Olivier Vandecasteele' exchange 'Assadollah Assadi': asserted by IR unsupported",
    "link 'Olivier Vandecasteele' exchange 'Assadollah Assadi': denied by IR unsupported",
    "link 'Olivier Vandecasteele' retaliation 'Assadollah Assadi': missing",
    "link 'Paul Whelan' exchange 'Viktor Bout': missing",
    # a claim by "regard" whose subject the claim rule takes for Canada
    "link 'Robert Schellenberg' retaliation 'Meng Wanzhou': asserted by CA unsupported",
    "link 'Saeed Abedini' exchange 'Nader Modanlo': denied by US unsupported",
    "link 'Vladimir Kara-Murza' exchange 'Vadim Krasikov': missing",
    "link 'Yuri Orlov' exchange 'Gennadi Zakharov': missing",
    "link 'Yuri Orlov' exchange 'Nicholas Daniloff': unsupported",
]


def test_no_new_wrong_rows(wrong_rows: list[str]) -> None:
    new = [row for row in wrong_rows if row not in KNOWN_WRONG]
    assert not new, "rows the demo gets wrong, not in KNOWN_WRONG:\n" + "\n".join(new)


@pytest.mark.parametrize(
    "row", [pytest.param(r, marks=pytest.mark.xfail(strict=True)) for r in KNOWN_WRONG]
)
def test_known_wrong_row_is_fixed(row: str, wrong_rows: list[str]) -> None:
    assert row not in wrong_rows


if __name__ == "__main__":
    print("\n".join(_wrong_rows()))
