"""The example corpus shipped with arbdet: articles written for the project, with gold facts."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

__all__ = ["corpus_articles", "corpus_gold"]


def _folder(name: str) -> Traversable:
    return resources.files("arbdet").joinpath("corpus").joinpath(name)


def corpus_articles() -> list[Traversable]:
    """The example articles, sorted by name."""
    return sorted(
        (f for f in _folder("articles").iterdir() if f.name.endswith(".txt")),
        key=lambda f: f.name,
    )


def corpus_gold() -> list[Traversable]:
    """The gold facts files (format ``arbdet-facts/1``) of the example articles, sorted."""
    return sorted(
        (f for f in _folder("gold").iterdir() if f.name.endswith(".json")), key=lambda f: f.name
    )
