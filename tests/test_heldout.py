"""Guards against regressions on the project's own sets written blind to the rules.

``tests/data/heldout`` is never tuned on; ``tests/data/blind`` has a tune half (odd file
numbers) and a check half (even). These tests score with :mod:`arbdet.eval`, so they run
without the shared evaluation folder; each floor sits a few points under the figure
measured when it was set, to catch a large drop, not to pin a number.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import arbdet
import arbdet.eval

DATA = Path(__file__).parent / "data"

FLOORS = {
    "heldout": 0.84,  # overall F1 0.888 when set
    "blind": 0.72,  # overall F1 0.775 when the set was added, before tuning on it
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_overall_f1_stays_above_its_floor(name: str) -> None:
    folder = DATA / name
    facts = [arbdet.to_facts(arbdet.parse(s)) for s in arbdet.read_sources(folder / "articles")]
    result = arbdet.eval.score(folder / "gold", facts)
    print(f"{name}: overall F1 {result.overall_f1:.3f}, field accuracy {result.field_accuracy}")
    assert result.articles_predicted == result.articles
    assert result.overall_f1 >= FLOORS[name]
