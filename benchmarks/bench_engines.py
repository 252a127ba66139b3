r"""Why arbdet tokenises with one regular expression and matches vocabularies by first token.

Run it with ``python benchmarks/bench_engines.py`` after ``pip install spacy pyahocorasick``
(neither is a dependency of arbdet; a missing one is skipped). It times, over the bundled
corpus and the real development set when ``../shared/eval`` is beside the checkout, as
multiples of one ``re.finditer(r"\w+")`` pass: spaCy's blank English tokenizer, arbdet's
tokeniser (one compiled regular expression and plain column lists), and three ways to find
the place and role vocabularies in text (spaCy's ``PhraseMatcher``, a pyahocorasick
automaton over the raw text, and arbdet's look-up of each token in a dictionary of first
tokens). Nothing is asserted: it measures.
"""

from __future__ import annotations

import importlib.util
import re
import time
from collections.abc import Callable
from pathlib import Path

from arbdet import data
from arbdet.text import TOKEN_PATTERN

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    ROOT / "src" / "arbdet" / "corpus" / "articles",
    ROOT.parent / "shared" / "eval" / "real" / "articles",
)
WORD = re.compile(r"\w+")


def _best(run: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _columns(text: str) -> list[str]:
    """What the document layer keeps of each token: its offsets and lower-case text."""
    matches = list(TOKEN_PATTERN.finditer(text))
    offsets = [(m.start(), m.end()) for m in matches]
    return [text[start:end].lower() for start, end in offsets]


def main() -> None:
    """Print the measurements."""
    texts = [
        p.read_text(encoding="utf-8")
        for f in FOLDERS
        if f.is_dir()
        for p in sorted(f.glob("*.txt"))
    ]
    size = sum(len(t.encode()) for t in texts)
    base = _best(lambda: [sum(1 for _ in WORD.finditer(t)) for t in texts], 20)
    speed = size / base / 1e6
    print(f"{len(texts)} articles, {size / 1e6:.2f} MB; one word pass runs {speed:.1f} MB/s")
    phrases = [
        row[0]
        for table in (
            "places/names.tsv",
            "places/demonyms.tsv",
            "places/metonyms.tsv",
            "people/roles.tsv",
        )
        for row in data.rows(table)
        if row and row[0]
    ]
    ours = _best(lambda: [_columns(t) for t in texts])
    print(f"arbdet tokeniser (regex + columns): {ours / base:5.1f}x the pass")
    firsts = {phrase.split()[0].lower() for phrase in phrases}
    columns = [_columns(t) for t in texts]
    lookup = _best(lambda: [[i for i, w in enumerate(c) if w in firsts] for c in columns])
    print(f"first-token dictionary look-up ({len(phrases)} phrases): {lookup / base:5.1f}x")
    if importlib.util.find_spec("spacy") is not None:
        import spacy
        from spacy.matcher import PhraseMatcher

        nlp = spacy.blank("en")
        tokenised = _best(lambda: [nlp.make_doc(t) for t in texts])
        print(
            f"spaCy blank tokenizer: {tokenised / base:5.1f}x ({size / tokenised / 1e6:.2f} MB/s)"
        )
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("VOCABULARY", [nlp.make_doc(p) for p in phrases])
        docs = [nlp.make_doc(t) for t in texts]
        matched = _best(lambda: [matcher(d) for d in docs])
        print(f"spaCy PhraseMatcher on tokenised docs: {matched / base:5.1f}x")
    else:
        print("spaCy: not installed, skipped")
    if importlib.util.find_spec("ahocorasick") is not None:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for phrase in phrases:
            automaton.add_word(phrase.lower(), phrase)
        automaton.make_automaton()
        lowered = [t.lower() for t in texts]
        found = _best(lambda: [list(automaton.iter(t)) for t in lowered])
        print(
            f"pyahocorasick over the raw text (before word-boundary checks): {found / base:5.1f}x"
        )
    else:
        print("pyahocorasick: not installed, skipped")


if __name__ == "__main__":
    main()
