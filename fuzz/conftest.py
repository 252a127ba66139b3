"""Hypothesis settings for fuzzing: many examples, no deadline, reproducible in CI.

``ARBDET_FUZZ_EXAMPLES`` sets the examples per fuzzer (default 200). In CI (``CI`` set)
the run is derandomised, so a failure there can be repeated.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("ARBDET_FUZZ_EXAMPLES", "200")),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("fuzz")

# The atheris harnesses are scripts for ``nox -s fuzz``, not test modules.
collect_ignore_glob = ["atheris_*.py"]
