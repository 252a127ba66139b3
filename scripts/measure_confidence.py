"""Measure each extraction rule's precision on the gold corpus; write data/confidence.tsv.

    python scripts/measure_confidence.py [--output PATH] [--check]

Every fact arbdet reads from the bundled corpus (src/arbdet/corpus) is judged by the
arbdet-facts/1 scorer against the corpus gold: right (found), wrong (counts against
precision) or not counted (it found a record the gold marks optional; reported
statements, which the gold does not hold). The rule that read a fact is the extractor of
its first evidence; each rule's count also goes to every family above it (the id
without its last dotted part, and so on), so a rule measured fewer than MIN_SUPPORT
times is left out and falls back to its family. Run it at release time, after the
rules change; --check fails if the shipped table is out of date.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from arbdet import StatementKind, UndatedArticleWarning, parse, to_facts
from arbdet.eval import KINDS, read_documents, verdicts
from arbdet.extract.confidence import rule_of
from arbdet.io import read_sources
from arbdet.model import ArticleFacts, Fact

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "arbdet" / "corpus"
TABLE = ROOT / "src" / "arbdet" / "data" / "confidence.tsv"
MIN_SUPPORT = 5

HEADER = """\
# The measured precision of each extraction rule (and rule family) on arbdet's gold corpus:
# right / counted, where counted is every fact the rule read that the gold can judge.
# Written by scripts/measure_confidence.py; do not edit by hand.
"""


def _families(rule: str) -> list[str]:
    """The rule's id and every family above it: a.b.c, a.b, a."""
    parts = rule.split(".")
    return [".".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _scored_facts(facts: ArticleFacts, kind: str) -> Sequence[Fact]:
    """The facts written as records of ``kind`` by to_facts, in the same order."""
    if kind == "statements":
        return [s for s in facts.statements if s.kind is StatementKind.DIRECT]
    found: Sequence[Fact] = getattr(facts, kind)
    return found


def measure(corpus: Path = CORPUS) -> dict[str, tuple[int, int]]:
    """Each rule and family id: (right, counted)."""
    gold = read_documents(corpus / "gold")
    right: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    with warnings.catch_warnings():
        # Some corpus articles are undated on purpose; that is no news while measuring.
        warnings.simplefilter("ignore", UndatedArticleWarning)
        sources = list(read_sources([corpus / "articles"]))
    for source in sources:
        facts = parse(source)
        predicted = to_facts(facts)
        article = gold.get(str(predicted["article"]), {"article": predicted["article"]})
        for kind in KINDS:
            judged = verdicts(article, predicted, kind)
            for fact, verdict in zip(_scored_facts(facts, kind), judged, strict=True):
                rule = rule_of(fact)
                if verdict is None or rule is None:
                    continue
                for family in _families(rule):
                    counted[family] += 1
                    right[family] += verdict
    return {rule: (right[rule], n) for rule, n in counted.items() if n >= MIN_SUPPORT}


def render(measured: dict[str, tuple[int, int]]) -> str:
    """The table's text."""
    lines = [HEADER + "rule\tprecision\tright\tcounted"]
    for rule in sorted(measured):
        right, counted = measured[rule]
        lines.append(f"{rule}\t{right / counted:.3f}\t{right}\t{counted}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=TABLE, help="where to write the table")
    parser.add_argument("--check", action="store_true", help="fail if the table is out of date")
    args = parser.parse_args(argv)
    text = render(measure())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(
                f"{args.output} is out of date; run scripts/measure_confidence.py", file=sys.stderr
            )
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
