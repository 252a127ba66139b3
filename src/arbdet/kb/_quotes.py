"""Matching quotations across sources by word overlap, with blocking by shared words.

Two quotations are the same words when at least 60% of each one's words appear in the
other (the measure the evaluation uses) and they share a run of four words (or, under four
words long, are the same words): formulaic phrases that merely share function words
("deeply troubled by this verdict", "deeply disappointed by this decision") stay apart. A
quotation's context can keep a pair apart (quotes made at different times, about
unrelated cases).

Identical reports (the same words in the same context) are one node, and distinct
quotations are compared only in pairs that share a word that is neither unique to one
quotation nor common to many, so the work grows with the distinct near-duplicates, not
with the square of the number of quotations or of their reprints.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

import attrs

from ._names import fold

__all__ = ["OVERLAP", "QuoteContext", "overlap", "quote_groups", "quote_words", "same_words"]

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


@attrs.frozen
class QuoteContext:
    """When a quotation can have been made, and the people its source is about."""

    first: dt.date = dt.date.min
    last: dt.date = dt.date.max
    people: frozenset[str] = frozenset()

    def fits(self, other: QuoteContext) -> bool:
        """Whether two quotations can be one: not at different times, not about others."""
        if self.last < other.first or other.last < self.first:
            return False
        return not (self.people and other.people) or bool(self.people & other.people)


class _Groups:
    """Union-find over indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        self.parent[max(ri, rj)] = min(ri, rj)


def _join_fitting(nodes: Sequence[int], contexts: Sequence[QuoteContext], groups: _Groups) -> None:
    """Union every two of ``nodes`` whose contexts fit, without comparing every pair.

    Two contexts fit when their windows overlap and either names nobody or they share a
    person. Sharing a person: for each person, the windows of the nodes naming them are
    swept in order of start, and each node joins the run of overlapping windows before
    it. Naming nobody: in the same sweep, a node naming nobody joins every window still
    open when it starts (these then stay open as one), and a node naming someone joins
    the group of the windows naming nobody still open. Each node enters and leaves the
    sweep once, so this takes time in proportion to the nodes (and their people), not to
    their pairs.
    """
    ordered = sorted(nodes, key=lambda n: contexts[n].first)
    _join_sharing_a_person(ordered, contexts, groups)
    _join_naming_nobody(ordered, contexts, groups)


def _join_sharing_a_person(
    ordered: Sequence[int], contexts: Sequence[QuoteContext], groups: _Groups
) -> None:
    """Union the overlapping windows of the nodes naming each person (``ordered`` by start)."""
    by_person: dict[str, list[int]] = defaultdict(list)
    for node in ordered:
        for person in contexts[node].people:
            by_person[person].append(node)
    for members in by_person.values():
        run, reach = members[0], contexts[members[0]].last
        for node in members[1:]:
            if contexts[node].first <= reach:
                groups.union(run, node)
                reach = max(reach, contexts[node].last)
            else:
                run, reach = node, contexts[node].last


def _join_naming_nobody(
    ordered: Sequence[int], contexts: Sequence[QuoteContext], groups: _Groups
) -> None:
    """Union the nodes naming nobody with every window open when they start, and after."""
    open_windows: list[tuple[dt.date, int]] = []  # a heap by end: who a later node can reach
    nobody: int | None = None  # the group of windows naming nobody still open, and its reach
    nobody_reach = dt.date.min
    for node in ordered:
        context = contexts[node]
        while open_windows and open_windows[0][0] < context.first:
            heapq.heappop(open_windows)
        if context.people:
            if nobody is not None and context.first <= nobody_reach:
                groups.union(nobody, node)
            heapq.heappush(open_windows, (context.last, node))
            continue
        reach = context.last
        for end, other in open_windows:
            groups.union(node, other)
            reach = max(reach, end)
        open_windows = [(reach, node)]
        if nobody is None or nobody_reach < context.first:
            nobody_reach = context.last
        else:
            nobody_reach = max(nobody_reach, context.last)
        nobody = node


def _matching_pairs(words: Sequence[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Pairs of distinct quotations with the same words, found within blocks of shared words."""
    frequency: Counter[str] = Counter()
    for ws in words:
        frequency.update(set(ws))
    common = max(_COMMON, len(words) // 20)
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, ws in enumerate(words):
        shared = {w for w in ws if 2 <= frequency[w] <= common}
        keys = {w for w in shared if len(w) >= _MIN_KEY_LENGTH} or shared
        for key in keys:
            blocks[key].append(index)
    checked: set[tuple[int, int]] = set()
    for members in blocks.values():
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if (i, j) not in checked:
                    checked.add((i, j))
                    if same_words(words[i], words[j]):
                        yield i, j


def quote_groups(
    texts: Sequence[str], contexts: Sequence[QuoteContext] | None = None
) -> list[list[int]]:
    """Indices of ``texts`` grouped into the same quotation (singletons included), sorted.

    With ``contexts``, two quotations are one only where their contexts fit. Reports of
    the same words in the same context are interchangeable and compared once, so reprints
    of a quotation cost no more than the distinct ways it is reported.
    """
    where = contexts if contexts is not None else [QuoteContext()] * len(texts)
    nodes: dict[tuple[tuple[str, ...], QuoteContext], list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        nodes[tuple(quote_words(text)), where[index]].append(index)
    keys = list(nodes)
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for node, (ws, _) in enumerate(keys):
        by_words[ws].append(node)
    distinct = list(by_words)
    groups = _Groups(len(keys))
    node_contexts = [context for _, context in keys]
    for ws, members in by_words.items():
        if ws:  # a quotation with no words is no one's words
            _join_fitting(members, node_contexts, groups)
    for i, j in _matching_pairs(distinct):
        _join_fitting(by_words[distinct[i]] + by_words[distinct[j]], node_contexts, groups)
    found: dict[int, list[int]] = defaultdict(list)
    for node, key in enumerate(keys):
        found[groups.find(node)].extend(nodes[key])
    return sorted(sorted(members) for members in found.values())
