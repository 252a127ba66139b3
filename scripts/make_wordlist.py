"""Write ``src/arbdet/data/words.tsv``: common English words with their frequencies.

The words come from pyspellchecker's English frequency list (MIT licence), which is
built from the OpenSubtitles corpus and SCOWL. arbdet uses them to split words that ran
together in scraped text ("asretaliation"). Run with pyspellchecker installed::

    python scripts/make_wordlist.py
"""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path

MIN_FREQUENCY = 150
OUT = Path(__file__).resolve().parent.parent / "src" / "arbdet" / "data" / "words.tsv"


def main() -> None:
    data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    words = sorted(
        (w, n) for w, n in counts.items() if n >= MIN_FREQUENCY and re.fullmatch(r"[a-z]+", w)
    )
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# word\tfrequency (pyspellchecker en, MIT; see scripts/make_wordlist.py)\n")
        for word, count in words:
            out.write(f"{word}\t{count}\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
