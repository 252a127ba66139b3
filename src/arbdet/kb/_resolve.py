"""Cross-article resolution of people's names, by blocking keys rather than all pairs.

Names are first grouped when their words are the same; full names (a given name and a
surname) are then compared only within blocks that share a surname key (its spelling
skeleton, or its consonants for vowel-spelling variants). Bare surnames and
initials join a person only where exactly one person fits. Two full names with the same
surname and unrelated given names ("John Blinken", "Antony Blinken") are never merged;
where no source names both and they appear in the same role, they are a *suspect* pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import attrs

from ._names import NameKey, NameRelation, compare, given_compatible

__all__ = ["NameMention", "Resolution", "resolve"]


@attrs.frozen
class NameMention:
    """A person's name as one source writes it, and the role it has there."""

    name: str
    source_id: str
    context: str | None = None


@attrs.frozen
class Resolution:
    """Names grouped into people, and suspect pairs of people (indices into ``groups``)."""

    groups: tuple[tuple[str, ...], ...]
    suspects: tuple[tuple[int, int], ...]


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}
        self.members = {item: [item] for item in self.parent}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))


def _full(key: NameKey) -> bool:
    return len(key.words) > 1 and not key.initial_only


def _compatible(uf: _UnionFind, keys: dict[str, NameKey], a: str, b: str) -> bool:
    """Whether every full name of one group is the same person as every one of the other."""
    left = [n for n in uf.members[uf.find(a)] if _full(keys[n])]
    right = [n for n in uf.members[uf.find(b)] if _full(keys[n])]
    return all(compare(keys[x], keys[y]) is NameRelation.SAME for x in left for y in right)


def _blocks(names: list[str], keys: dict[str, NameKey]) -> set[tuple[str, str]]:
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in names:
        key = keys[name]
        surname = key.surname
        blocks["s:" + surname].append(name)
        blocks["c:" + key.consonants].append(name)
        blocks["t:" + " ".join(sorted(key.tokens))].append(name)
    pairs: set[tuple[str, str]] = set()
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a != b:
                    pairs.add((a, b) if a < b else (b, a))
    return pairs


def _attach_weak(uf: _UnionFind, keys: dict[str, NameKey], names: list[str]) -> None:
    """Join initials ("M. Kovrig") and bare names ("Kovrig") to the one person they fit."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if _full(keys[name]):
            by_surname[keys[name].surname].add(name)
    for name in names:
        key = keys[name]
        if not key.initial_only:
            continue
        initial = key.given or ""
        roots = {
            uf.find(other)
            for other in by_surname.get(key.surname, ())
            if given_compatible(initial, keys[other].given or "")
        }
        if len(roots) == 1:
            uf.union(name, roots.pop())
    by_tail: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if not keys[name].single:
            for tail in keys[name].tail_keys:
                by_tail[tail].add(name)
    for name in names:
        key = keys[name]
        if not key.single:
            continue
        roots = {uf.find(other) for other in by_tail.get(key.whole, ())}
        if len(roots) == 1:
            uf.union(name, roots.pop())


def _gather(table: dict[str, set[str]], names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for name in names:
        out |= table.get(name, set())
    return out


def _join_same_words(uf: _UnionFind, keys: dict[str, NameKey], names: list[str]) -> None:
    """Union the names spelled with the same words ("Meng Wanzhou", "MENG Wanzhou")."""
    by_tokens: dict[tuple[str, ...], str] = {}
    for name in names:
        tokens = keys[name].tokens
        if tokens and tokens in by_tokens:
            uf.union(name, by_tokens[tokens])
        else:
            by_tokens.setdefault(tokens, name)


def _join_full_names(
    uf: _UnionFind, keys: dict[str, NameKey], names: list[str]
) -> list[tuple[str, str]]:
    """Union full names that name one person; the pairs that only may, for a later look."""
    full = [n for n in names if _full(keys[n])]
    suspects: list[tuple[str, str]] = []
    for a, b in sorted(_blocks(full, keys)):
        relation = compare(keys[a], keys[b])
        if relation is NameRelation.SAME and _compatible(uf, keys, a, b):
            uf.union(a, b)
        elif relation is NameRelation.SUSPECT:
            suspects.append((a, b))
    return suspects


def resolve(mentions: Iterable[NameMention], same_as: Iterable[tuple[str, str]] = ()) -> Resolution:
    """Group the names of ``mentions`` into people; ``same_as`` pairs are known to be one.

    The result depends only on the set of mentions, not on their order.
    """
    sources: dict[str, set[str]] = defaultdict(set)
    contexts: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        sources[mention.name].add(mention.source_id)
        if mention.context is not None:
            contexts[mention.name].add(mention.context)
    pairs = sorted({(a, b) if a < b else (b, a) for a, b in same_as if a != b})
    for a, b in pairs:
        sources.setdefault(a, set())
        sources.setdefault(b, set())
    names = sorted(sources)
    keys = {name: NameKey.of(name) for name in names}
    uf = _UnionFind(names)
    _join_same_words(uf, keys, names)
    for a, b in pairs:
        uf.union(a, b)
    suspects = _join_full_names(uf, keys, names)
    _attach_weak(uf, keys, names)

    roots = sorted({uf.find(n) for n in names}, key=lambda r: sorted(uf.members[r]))
    groups = tuple(tuple(sorted(uf.members[r])) for r in roots)
    index = {r: i for i, r in enumerate(roots)}
    flagged: set[tuple[int, int]] = set()
    for a, b in suspects:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        members_a, members_b = uf.members[ra], uf.members[rb]
        if _gather(sources, members_a) & _gather(sources, members_b) or not (
            _gather(contexts, members_a) & _gather(contexts, members_b)
        ):
            continue  # named side by side, or in unrelated roles: two people
        ia, ib = index[ra], index[rb]
        flagged.add((ia, ib) if ia < ib else (ib, ia))
    return Resolution(groups, tuple(sorted(flagged)))
