"""Shared test configuration: hypothesis profiles and paths to the evaluation data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import arbdet.eval

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
    """The facts scorer (:mod:`arbdet.eval`), with the summary the shared ``score.py`` prints."""

    def summary(
        self,
        gold: Path,
        predicted: list[dict[str, Any]],
        tmp: Path,
        kinds: tuple[str, ...] | None = None,
    ) -> dict[str, Any]:
        """The summary of ``predicted`` facts documents against a gold folder.

        ``kinds`` limits the scoring to those kinds of record (the others count as empty).
        """
        del tmp  # kept so callers read the same as with the shared scorer
        wanted = set(kinds or arbdet.eval.KINDS)
        gold_docs = [
            {k: v for k, v in document.items() if k not in arbdet.eval.KINDS or k in wanted}
            for document in arbdet.eval.read_documents(gold).values()
        ]
        summary: dict[str, Any] = arbdet.eval.score(gold_docs, predicted).to_json()
        return summary


@pytest.fixture
def scorer() -> Scorer:
    """The facts scorer, for tests that score extraction against gold."""
    return Scorer()
