"""Shared test configuration: hypothesis profiles and paths to the evaluation data."""

from __future__ import annotations

import os
from pathlib import Path

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
