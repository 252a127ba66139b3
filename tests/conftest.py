"""Shared test configuration: hypothesis profiles and paths to the evaluation data."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
"""The shared evaluation folder beside the checkout, when there is one."""


@pytest.fixture
def shared_eval() -> Path:
    """The shared evaluation folder; the test is skipped where it is absent."""
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    return SHARED_EVAL


class Scorer:
    """The evaluation's ``score.py``, loaded from ``../shared/eval``, for tests to score with."""

    def __init__(self, shared_eval: Path) -> None:
        spec = importlib.util.spec_from_file_location("arbdet_eval_score", shared_eval / "score.py")
        assert spec is not None
        assert spec.loader is not None
        self.module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.module)

    def summary(
        self,
        gold: Path,
        predicted: list[dict[str, Any]],
        tmp: Path,
        kinds: tuple[str, ...] | None = None,
    ) -> dict[str, Any]:
        """The scorer's summary of ``predicted`` facts documents against a gold folder.

        ``kinds`` limits the scoring to those kinds of record (the others count as empty).
        """
        out = tmp / "predicted.json"
        out.write_text(json.dumps(predicted), encoding="utf-8")
        gold_docs, predicted_docs = self.module.load(gold), self.module.load(out)
        tallies = {kind: self.module.Tally() for kind in self.module.KINDS}
        ignored = set(self.module.KINDS) - set(kinds or self.module.KINDS)
        for name, document in gold_docs.items():
            scored = {k: v for k, v in document.items() if k not in ignored}
            self.module.score_doc(name, scored, predicted_docs.get(name, {}), tallies, False)
        summary: dict[str, Any] = self.module.summarise(tallies)
        return summary


@pytest.fixture
def scorer(shared_eval: Path) -> Scorer:
    """The evaluation's scorer; the test is skipped where ``../shared/eval`` is absent."""
    return Scorer(shared_eval)
