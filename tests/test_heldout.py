"""The held-out articles: a guard against regressions, not a target to tune on."""

from pathlib import Path

import arbdet
from tests.conftest import Scorer

HELDOUT = Path(__file__).parent / "data" / "heldout"
FLOOR = 0.75  # overall F1 measured at 0.82 when the set was written


def test_heldout_overall_f1(scorer: Scorer, tmp_path: Path) -> None:
    facts = [arbdet.to_facts(arbdet.parse(s)) for s in arbdet.read_sources(HELDOUT / "articles")]
    summary = scorer.summary(HELDOUT / "gold", facts, tmp_path)
    print(
        f"held-out overall F1 {summary['overall_f1']}, field accuracy {summary['field_accuracy']}"
    )
    assert summary["overall_f1"] >= FLOOR
