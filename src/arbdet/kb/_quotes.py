"""Matching quotations across sources by word overlap, with blocking by shared words.

Two quotations are the same words when at least 60% of each one's words appear in the
other (the measure the evaluation uses) and they share a run of four words (or, under four
words long, are the same words): formulaic phrases that merely share function words
("deeply troubled by this verdict", "deeply disappointed by this decision") stay apart. A
caller can veto a pair (quotes made at different times, about unrelated cases).

Candidates are only the pairs that share a word that is neither unique to one quotation
nor common to many, so the work grows with the number of near-duplicates, not with the
square of the number of quotations.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from ._names import fold

__all__ = ["OVERLAP", "overlap", "quote_groups", "quote_words", "same_words"]

OVERLAP = 0.6
"""The share of each quotation's words the other must contain."""

_WORD = re.compile(r"[a-z0-9]+")
_COMMON = 50
_MIN_KEY_LENGTH = 4
_RUN = 4


def quote_words(text: str) -> list[str]:
    """A quotation's words, folded (letters and digits only)."""
    return _WORD.findall(fold(text))


def overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """The smaller of the shares of each word list found in the other."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    in_b = sum(1 for w in a if w in set_b) / len(a)
    in_a = sum(1 for w in b if w in set_a) / len(b)
    return min(in_a, in_b)


def _runs(words: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))


def same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two quotations' words are the same quotation (overlap and a shared run)."""
    if len(a) < _RUN or len(b) < _RUN:
        return list(a) == list(b) and bool(a)
    return overlap(a, b) >= OVERLAP and bool(_runs(a) & _runs(b))


def quote_groups(
    texts: Sequence[str], allowed: Callable[[int, int], bool] | None = None
) -> list[list[int]]:
    """Indices of ``texts`` grouped into the same quotation (singletons included), sorted.

    ``allowed(i, j)``, if given, must also hold for two quotations to be grouped.
    """
    words = [quote_words(t) for t in texts]
    frequency: Counter[str] = Counter()
    for ws in words:
        frequency.update(set(ws))
    common = max(_COMMON, len(texts) // 20)
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, ws in enumerate(words):
        shared = {w for w in ws if 2 <= frequency[w] <= common}
        keys = {w for w in shared if len(w) >= _MIN_KEY_LENGTH} or shared
        for key in sorted(keys):
            blocks[key].append(index)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    checked: set[tuple[int, int]] = set()
    for members in blocks.values():
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if (i, j) in checked:
                    continue
                checked.add((i, j))
                if same_words(words[i], words[j]) and (allowed is None or allowed(i, j)):
                    ri, rj = find(i), find(j)
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(texts)):
        groups[find(index)].append(index)
    return sorted(groups.values())
