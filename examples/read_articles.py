"""Read the example corpus and show, for each article, what arbdet read.

Run from the checkout: ``python examples/read_articles.py``.
"""

from __future__ import annotations

from pathlib import Path

import arbdet
from arbdet.text import Document

CORPUS = Path(__file__).resolve().parent.parent / "src" / "arbdet" / "corpus" / "articles"


def main() -> None:
    """Print each article's date, title, paragraph count and first sentence."""
    for source in arbdet.read_sources(CORPUS):
        document = Document.from_source(source)
        first = next(document.sentences(), None)
        lead = "" if first is None else document.text[first.start : first.end]
        print(f"{source.name}  {source.published or '-'}  {len(document.paragraphs)} paragraphs")
        print(f"    {lead[:100]}")


if __name__ == "__main__":
    main()
