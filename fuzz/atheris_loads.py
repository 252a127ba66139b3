"""Coverage-guided fuzzing of ``arbdet.loads`` and ``KnowledgeBase.loads`` with atheris.

``nox -s fuzz`` runs it; by hand: ``python -m fuzz.atheris_loads -max_total_time=60 SEEDS``.
Any exception but an :class:`~arbdet.ArbdetError` is a crash.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports(include=["arbdet"]):
    import arbdet


def one_input(data: bytes) -> None:
    """Load ``data`` as one article's facts and as a knowledge base."""
    with contextlib.suppress(arbdet.ArbdetError):
        arbdet.loads(data, arbdet.ArticleFacts)
    with contextlib.suppress(arbdet.ArbdetError):
        arbdet.KnowledgeBase.loads(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
