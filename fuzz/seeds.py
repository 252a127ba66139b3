"""Write the atheris seed folders: ``python -m fuzz.seeds FOLDER`` makes FOLDER/parse and /loads."""

from __future__ import annotations

import sys
from pathlib import Path

from fuzz.inputs import corpus_texts, seed_documents


def write_seeds(folder: Path) -> None:
    """The corpus articles (for parse) and serialised facts and a knowledge base (for loads)."""
    for name, texts in (("parse", corpus_texts()), ("loads", seed_documents())):
        target = folder / name
        target.mkdir(parents=True, exist_ok=True)
        for number, text in enumerate(texts):
            # parse's harness reads a first byte as "text or bytes"
            prefix = b"\x01" if name == "parse" else b""
            (target / f"{number:03}").write_bytes(prefix + text.encode("utf-8"))


if __name__ == "__main__":
    write_seeds(Path(sys.argv[1]))
