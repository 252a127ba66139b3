"""Coverage-guided fuzzing of ``arbdet.parse`` with atheris: ``nox -s fuzz`` runs it.

Run by hand with libFuzzer's options after the seed folder, for example
``python -m fuzz.atheris_parse -max_total_time=60 SEEDS``. Any exception but an
:class:`~arbdet.ArbdetError`, or evidence that does not slice its text, is a crash.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["arbdet"]):
    import arbdet

from fuzz.inputs import assert_provenance


def one_input(data: bytes) -> None:
    """Parse ``data`` as bytes and, decoded leniently, as text."""
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    rest = provider.ConsumeBytes(len(data))
    article: str | bytes = rest.decode("utf-8", errors="surrogateescape") if as_text else rest
    try:
        facts = arbdet.parse(article)
    except arbdet.ArbdetError:
        return
    assert_provenance(facts)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
