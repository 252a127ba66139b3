"""The arbdet test suite."""
