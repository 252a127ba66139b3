"""Fuzzers: hypothesis properties (run with pytest) and atheris harnesses (nox -s fuzz)."""
