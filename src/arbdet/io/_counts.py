"""How much a reading found: files, articles, and how many of those are distinct."""

from __future__ import annotations

import attrs

__all__ = ["ReadCounts"]


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


@attrs.frozen
class ReadCounts:
    """The files read, the articles in them, and the distinct ones (by content) among those.

    >>> print(ReadCounts(files=500, articles=500, distinct=50))
    500 files, 50 distinct articles (450 duplicates)
    >>> print(ReadCounts(files=1, articles=3, distinct=3))
    1 file, 3 articles
    """

    files: int
    articles: int
    distinct: int

    @property
    def duplicates(self) -> int:
        """Articles whose text an earlier article already had."""
        return self.articles - self.distinct

    def __str__(self) -> str:
        parts = [_plural(self.files, "file")] if self.files else []
        duplicates = f"({_plural(self.duplicates, 'duplicate')})"
        if not self.duplicates:
            parts.append(_plural(self.articles, "article"))
        elif self.articles == self.files:
            parts.append(f"{_plural(self.distinct, 'distinct article')} {duplicates}")
        else:
            parts += [_plural(self.articles, "article"), f"{self.distinct:,} distinct {duplicates}"]
        return ", ".join(parts)
