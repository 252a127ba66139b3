"""Time ``parse`` on hostile input as it grows: it should grow linearly, not with the square.

Run it with ``python benchmarks/bench_hostile.py`` (``--help`` for options). Families:

- ``run of X``: one punctuation mark or quote character repeated with no space, for every
  ASCII punctuation mark and the common typographic quotes, dashes and marks;
- ``capitalised words``: a run of capitalised words with no punctuation;
- ``places``: declaration text naming many states;
- ``one line``: news sentences on a single line, up to one 10 MB line.

Sizes go from 16 KB to 1 MB in 4x steps. For each family it prints the time of each size,
the ratio to the size before, and the worst 4x step (linear time is about 4x; the square
is 16x). Each measurement runs in its own process (the least CPU time of two parses, or
of five where one takes under a second), killed after ``--timeout`` seconds; once one
takes longer than ``--skip-after`` seconds the family's larger sizes are skipped, and the
summary says so.
Nothing is asserted: it measures.
"""

from __future__ import annotations

import argparse
import multiprocessing
import queue
import random
import string
import time
from collections.abc import Callable
from multiprocessing.queues import Queue

SIZES = (16_384, 65_536, 262_144, 1_048_576)
LONG_LINE = 10 * 1_048_576
_REPEATS = 5
# Quotes, primes, dashes, the ellipsis, bullets, inverted marks: one family each.
_TYPOGRAPHIC = (
    "\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d"
    "\u2032\u2033\u2013\u2014\u2026\u00b7\u2022\u00bf\u00a1"
)
_WORD_LIST = (
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu Ottawa "
    "Beijing Michael Kovrig Spavor Meng Wanzhou Global Affairs Canada Foreign Ministry"
)
_WORDS = _WORD_LIST.split()
_SENTENCES = (
    "China detained Michael Kovrig in Beijing on December 10, 2018.",
    '"We will keep pressing for their release," the minister told reporters in Ottawa.',
    "Canada arrested Meng Wanzhou in Vancouver at the request of the United States.",
    "Beijing denied that the two cases were linked, calling the charges a matter of law.",
    "The families said they had not been allowed consular visits for months.",
)


def _places() -> list[str]:
    import pycountry

    return sorted(country.name for country in pycountry.countries if "," not in country.name)


def punctuation_run(mark: str) -> Callable[[int], str]:
    """A family: ``mark`` repeated to the size, with no space."""

    def make(size: int) -> str:
        return "Canada said " + mark * (size // len(mark.encode("utf-8"))) + " today."

    return make


def _spaced(size: int, piece: Callable[[random.Random], str]) -> str:
    """Pieces drawn by ``piece`` (seeded by the size), joined by spaces up to ``size``."""
    rng = random.Random(size)
    out: list[str] = []
    length = 0
    while length < size:
        drawn = piece(rng)
        out.append(drawn)
        length += len(drawn) + 1
    return " ".join(out)


def capitalised_words(size: int) -> str:
    """Capitalised words with no punctuation, in a seeded random order."""
    return _spaced(size, lambda rng: rng.choice(_WORDS))


def places(size: int) -> str:
    """Declaration text: sentences that name many states as signatories."""
    names = _places()

    def sentence(rng: random.Random) -> str:
        listed = rng.sample(names, 30)
        return (
            f"The Declaration Against Arbitrary Detention in State-to-State Relations was "
            f"endorsed by {', '.join(listed[:-1])} and {listed[-1]}, officials said."
        )

    return _spaced(size, sentence)


def one_line(size: int) -> str:
    """News sentences on one line, with no newline at all."""
    return _spaced(size, lambda rng: rng.choice(_SENTENCES))


def families() -> dict[str, tuple[Callable[[int], str], tuple[int, ...]]]:
    """Every family by name, with its sizes."""
    found: dict[str, tuple[Callable[[int], str], tuple[int, ...]]] = {}
    for mark in string.punctuation + _TYPOGRAPHIC:
        found[f"run of {mark}"] = (punctuation_run(mark), SIZES)
    found["capitalised words"] = (capitalised_words, SIZES)
    found["places"] = (places, SIZES)
    found["one line"] = (one_line, (*SIZES, LONG_LINE))
    return found


def _timed(name: str, size: int, results: Queue[float]) -> None:
    """In a child process: warm up, then time parses of family ``name`` at ``size``.

    Every size is parsed at least twice and the fastest kept (the first parse of a large
    text also pays for the memory the process grows to hold it); a parse under a second is
    repeated five times in all, so that small sizes are not ratios of noise. Times are the
    process's CPU time, so that other work on the machine does not count.
    """
    import arbdet

    arbdet.parse("Canada arrested Meng Wanzhou in December 2018.", published="2021-02-16")
    text = families()[name][0](size)
    best = float("inf")
    for run in range(_REPEATS):
        started = time.process_time()
        arbdet.parse(text, published="2021-02-16")
        best = min(best, time.process_time() - started)
        if run >= 1 and best >= 1.0:
            break
    results.put(best)


def measure(name: str, size: int, timeout: float) -> float | None:
    """Seconds to parse family ``name`` at ``size``, or ``None`` if killed after ``timeout``."""
    context = multiprocessing.get_context("spawn")
    results: Queue[float] = context.Queue()
    child = context.Process(target=_timed, args=(name, size, results))
    child.start()
    try:
        return results.get(timeout=timeout)
    except queue.Empty:
        return None
    finally:
        child.kill()
        child.join()


def _size(size: int) -> str:
    return f"{size // 1_048_576} MB" if size >= 1_048_576 else f"{size // 1024} KB"


def run_family(
    name: str, sizes: tuple[int, ...], *, skip_after: float, timeout: float
) -> tuple[float | None, str]:
    """Print one family's times; its worst 4x-step ratio and what was skipped."""
    previous: float | None = None
    worst: float | None = None
    note = ""
    for index, size in enumerate(sizes):
        seconds = measure(name, size, timeout)
        if seconds is None:
            print(f"  {name:20} {_size(size):>7}  killed after {timeout:.0f} s")
            note = f"killed at {_size(size)}"
            break
        step = ""
        if previous and index and size == 4 * sizes[index - 1]:
            ratio = seconds / previous
            worst = ratio if worst is None else max(worst, ratio)
            step = f"  x{ratio:5.1f}"
        print(f"  {name:20} {_size(size):>7}  {seconds:8.2f} s{step}", flush=True)
        previous = max(seconds, 1e-3)
        if seconds > skip_after and index + 1 < len(sizes):
            note = f"{_size(size)} took {seconds:.0f} s; larger sizes skipped"
            break
    return worst, note


def main() -> None:
    """Print the measurements and a summary of the worst 4x steps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="family names to run (default: all)")
    parser.add_argument("--skip-after", type=float, default=60.0, metavar="SECONDS")
    parser.add_argument("--timeout", type=float, default=180.0, metavar="SECONDS")
    args = parser.parse_args()
    summary: list[tuple[str, float | None, str]] = []
    for name, (_, sizes) in families().items():
        if args.only and name not in args.only:
            continue
        worst, note = run_family(name, sizes, skip_after=args.skip_after, timeout=args.timeout)
        summary.append((name, worst, note))
    print("\nworst 4x-size step per family (linear is about x4, quadratic x16):")
    for name, worst, note in sorted(summary, key=lambda row: -(row[1] or 0.0)):
        shown = "   -  " if worst is None else f"x{worst:5.1f}"
        print(f"  {name:20} {shown}  {note}")


if __name__ == "__main__":
    main()
