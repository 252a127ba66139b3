"""Time the date tagger on long adversarial inputs, to see that it stays linear.

Run it with ``python benchmarks/bench_dates.py``: for each kind of input it prints the
time at several lengths and the time per 1,000 characters, which should stay about flat
as the length doubles. Nothing here is asserted; it is a measurement, not a test.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from arbdet.extract.dates import find_dates
from arbdet.model import PartialDate, Source
from arbdet.text import Document

SIZES = (25_000, 50_000, 100_000, 200_000)
PUBLISHED = PartialDate(2021, 2, 16)
PIECES = [
    *"0123456789",
    *[",", " ", "-", "/", ".", "'"],
    *["December", "Dec", "May", "Monday", "last", "week", "the", "following", "day"],
    *["nine", "days", "later", "from", "to", "between", "and", "a", "more", "than", "years"],
    *["ago", "mid", "1,000", "2018", "will", "until", "earlier", "this", "month"],
]


def _mixed(size: int) -> str:
    """Digits, commas, month names, date words and spaces in random order."""
    rng = random.Random(size)
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(PIECES)
        out.append(piece)
        length += len(piece)
    return "".join(out)


def _repeated(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


INPUTS: dict[str, Callable[[int], str]] = {
    "mixed date words": _mixed,
    "one run of digits": _repeated("7"),
    "thousands separators": _repeated("1,000,"),
    "years and spaces": _repeated("2018 "),
    "years and dashes": _repeated("2018-"),
    "joined modifiers": _repeated("mid-2019 "),
    "one joined run": _repeated("mid-2019-"),
    "month names": _repeated("December "),
    "day month year": _repeated("1 December 2018, "),
    "offsets": _repeated("nine days later "),
}


def seconds(text: str) -> float:
    """The time find_dates takes on ``text`` (the document built beforehand)."""
    document = Document.from_source(Source.create(text, published=PUBLISHED))
    start = time.perf_counter()
    find_dates(document)
    return time.perf_counter() - start


def main() -> None:
    """Print the timings."""
    for name, make in INPUTS.items():
        cells = []
        for size in SIZES:
            elapsed = seconds(make(size))
            cells.append(f"{size // 1000:>4}k {elapsed:6.3f}s ({elapsed / size * 1e6:5.2f} ms/1k)")
        print(f"{name:22} " + "  ".join(cells))


if __name__ == "__main__":
    main()
