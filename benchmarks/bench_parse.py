r"""Parse throughput, side by side with one regular-expression pass over the same text.

Run it with ``python benchmarks/bench_parse.py`` (or ``nox -s bench``). For each set of
articles (the seeds and the real development set when ``../shared/eval`` is beside the
checkout, the bundled corpus, the held-out articles) it prints the parse speed in MB/s and
its ratio to one ``re.finditer(r"\w+")`` pass; then the time of each pipeline step as a
multiple of that pass; then the time per 1,000 characters of longer texts (10 KB to 10 MB
with ``--long``), which should stay about flat since every step is linear. Times are the
process's CPU time (the best of ``--repeat`` runs), so other work on the machine does not
count. Nothing is asserted: it measures.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import arbdet
from arbdet.extract.pipeline import STEPS
from arbdet.io import read_source
from arbdet.text import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
WORD = re.compile(r"\w+")


def _sets() -> list[tuple[str, list[str]]]:
    folders = [
        ("seeds", SHARED / "seeds"),
        ("real development set", SHARED / "real" / "articles"),
        ("example corpus", ROOT / "src" / "arbdet" / "corpus" / "articles"),
        ("held-out articles", ROOT / "tests" / "data" / "heldout" / "articles"),
    ]
    return [
        (label, [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))])
        for label, folder in folders
        if folder.is_dir()
    ]


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _word_pass(texts: list[str]) -> float:
    return _best(lambda: [sum(1 for _ in WORD.finditer(t)) for t in texts], 20)


def throughput(repeat: int) -> None:
    """Parse MB/s of each set and the ratio to one regular-expression pass."""
    header = ("set", "articles", "MB", "parse MB/s", "x word pass")
    print(f"{header[0]:24} {header[1]:>8} {header[2]:>7} {header[3]:>11} {header[4]:>11}")
    for label, texts in _sets():
        size = sum(len(t.encode()) for t in texts)
        for text in texts[:3]:
            arbdet.parse(text)  # load the vocabularies first
        parse = _best(lambda texts=texts: [arbdet.parse(t) for t in texts], repeat)
        ratio = parse / _word_pass(texts)
        speed = size / parse / 1e6
        print(f"{label:24} {len(texts):8} {size / 1e6:7.3f} {speed:11.2f} {ratio:11.1f}")


def steps(repeat: int) -> None:
    """The time of reading, the document and each pipeline step, as a multiple of the pass."""
    texts = [t for _, found in _sets()[:2] for t in found]
    totals: dict[str, float] = {}
    for _ in range(repeat):
        times: dict[str, float] = {}
        for text in texts:
            started = time.process_time()
            source = read_source(text)
            middle = time.process_time()
            doc = Document.from_source(source)
            done = time.process_time()
            times["read"] = times.get("read", 0.0) + middle - started
            times["document"] = times.get("document", 0.0) + done - middle
            for step in STEPS:
                started = time.process_time()
                step.run(doc)
                times[step.key.name] = times.get(step.key.name, 0.0) + time.process_time() - started
        for name, spent in times.items():
            totals[name] = min(totals.get(name, float("inf")), spent)
    base = _word_pass(texts)
    print(f"\nsteps over the first two sets ({len(texts)} articles), as multiples of the pass:")
    for name, spent in totals.items():
        print(f"  {name:14} {spent * 1000:8.1f} ms {spent / base:7.1f}x")
    total = sum(totals.values())
    print(f"  {'total':14} {total * 1000:8.1f} ms {total / base:7.1f}x")


def _news(size: int) -> str:
    """Corpus sentences shuffled into one long article."""
    rng = random.Random(size)
    sentences = [s.strip() + "." for _, texts in _sets() for t in texts for s in t.split(".")]
    sentences = [s for s in sentences if len(s) > 20]
    out: list[str] = []
    length = 0
    while length < size:
        out.append(rng.choice(sentences))
        length += len(out[-1]) + 1
        if rng.random() < 0.2:
            out.append("\n\n")
    return " ".join(out)


def scaling(sizes: tuple[int, ...]) -> None:
    """Time per 1,000 characters as the text grows 4x at a time."""
    print("\nlong articles (shuffled sentences): time per 1,000 characters should stay flat")
    previous = None
    for size in sizes:
        text = _news(size)
        spent = _best(lambda text=text: arbdet.parse(text), 1)
        step = "" if previous is None else f"  x{spent / previous:4.1f} time for x4 size"
        print(f"  {size:>11,} chars {spent:8.2f} s {1e6 * spent / size:7.2f} ms/1k{step}")
        previous = spent


def main() -> None:
    """Print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--long", action="store_true", help="scale up to 10 MB (slow)")
    arguments = parser.parse_args()
    throughput(arguments.repeat)
    steps(arguments.repeat)
    scaling((10_000, 40_000, 160_000, 640_000, 2_560_000, 10_240_000)[: 6 if arguments.long else 3])


if __name__ == "__main__":
    main()
