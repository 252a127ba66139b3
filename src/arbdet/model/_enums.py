"""The base of the model's enums: each prints as its value ("released", not a class path)."""

from __future__ import annotations

import enum

__all__ = ["ValueEnum"]


class ValueEnum(enum.Enum):
    """An enum whose ``str()`` is its value, so tables and f-strings show ``released``."""

    def __str__(self) -> str:
        return str(self.value)
