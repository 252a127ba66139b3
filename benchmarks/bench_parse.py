"""Time the whole pipeline: the example corpus, and long or hostile inputs.

Run it with ``python benchmarks/bench_parse.py``. It prints the time per article on the
corpus, then the time per 1,000 characters of texts that double in length, which should
stay about flat (every extractor is linear). Nothing is asserted: it measures.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import arbdet
from arbdet.corpus_files import corpus_articles

SIZES = (20_000, 40_000, 80_000, 160_000)


def _corpus() -> None:
    texts = [a.read_text(encoding="utf-8") for a in corpus_articles()]
    started = time.perf_counter()
    for text in texts:
        arbdet.parse(text)
    elapsed = time.perf_counter() - started
    print(f"corpus: {len(texts)} articles, {1000 * elapsed / len(texts):.1f} ms per article")


def _news(size: int) -> str:
    """Corpus sentences shuffled into one long article."""
    rng = random.Random(size)
    sentences = [
        s.strip() + "."
        for a in corpus_articles()
        for s in a.read_text(encoding="utf-8").split(".")
        if len(s.strip()) > 20
    ]
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(rng.choice(sentences))
        if rng.random() < 0.2:
            out.append("\n\n")
    return " ".join(out)


def _quotes_and_names(size: int) -> str:
    """Unbalanced quotation marks, capitalised words and speech verbs."""
    rng = random.Random(size)
    pieces = ['"', "'", "“", "”", "Michael", "Kovrig", "said", "he", "told", "Reuters", ",", " "]
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(rng.choice(pieces) + " ")
    return "".join(out)


def _measure(label: str, make: Callable[[int], str]) -> None:
    for size in SIZES:
        text = make(size)
        started = time.perf_counter()
        arbdet.parse(text)
        elapsed = time.perf_counter() - started
        per_thousand = 1_000_000 * elapsed / size
        print(f"{label:18} {size:>8,} chars  {elapsed:7.2f} s  {per_thousand:6.2f} ms/1k")


def main() -> None:
    """Print the measurements."""
    _corpus()
    _measure("shuffled news", _news)
    _measure("quotes and names", _quotes_and_names)


if __name__ == "__main__":
    main()
