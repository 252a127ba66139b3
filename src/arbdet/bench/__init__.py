"""Synthetic news archives, to measure arbdet on as many articles as a year of a wire.

:class:`Archive` draws articles of realistic shape and length from templates and the
project's own vocabularies, deterministic from a seed, so the same 1,000, 10,000 or
100,000 articles can be made on any machine::

    python -m arbdet.bench 10000 archive/ --seed 1

writes ``archive/0000000.txt`` ... (or JSON Lines shards with ``--per-file``).

>>> name, text = Archive(120, seed=1).article(0)
>>> name, len(text) > 500
('0000000.txt', True)
"""

from ._archive import REPORTS_PER_CASE, Archive, Case
from ._write import write_archive

__all__ = ["REPORTS_PER_CASE", "Archive", "Case", "write_archive"]
