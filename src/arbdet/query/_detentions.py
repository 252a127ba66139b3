"""``detentions(detaining_state=..., nationality=..., held_on=..., status=...)``."""

from __future__ import annotations

from ..kb import DetentionRecord, Indexed
from ..model import DetentionStatus, PartialDate, State
from ._dates import DateLike, as_partial
from ._results import Detentions
from ._states import as_state

__all__ = ["detentions"]


def _held_on(record: DetentionRecord, day: PartialDate) -> bool:
    """Whether the detention surely covers ``day``: begun by then, not yet ended."""
    start, end = record.start.best, record.end.best
    if start is None or start.first_day > day.first_day:
        return False
    if end is None:
        return record.status.best is not DetentionStatus.RELEASED
    return end.last_day >= day.last_day


def detentions(
    kb: Indexed,
    *,
    detaining_state: State | str | None = None,
    nationality: State | str | None = None,
    held_on: DateLike | None = None,
    status: DetentionStatus | str | None = None,
) -> Detentions:
    """Merged detentions, filtered; each knows its length where start and end are known.

    ``detaining_state`` and ``nationality`` take a state or its code or name; ``held_on``
    keeps detentions that had begun by that date and had not ended (by the best-supported
    dates); ``status`` is ``"held"``, ``"released"`` or ``"unknown"`` (the latest source's).
    """
    records = list(kb.index.detentions)
    title = "Detentions"
    if detaining_state is not None:
        state = as_state(detaining_state)
        records = [r for r in records if r.detaining_state == state]
        title += f" by {state.code}"
    if nationality is not None:
        citizen = as_state(nationality)
        records = [r for r in records if any(c.value == citizen for c in r.nationalities)]
        title += f" of {citizen.code} nationals"
    if held_on is not None:
        day = as_partial(held_on)
        records = [r for r in records if _held_on(r, day)]
        title += f" held on {day}"
    if status is not None:
        wanted = status if isinstance(status, DetentionStatus) else DetentionStatus(status)
        records = [r for r in records if (r.status.best or DetentionStatus.UNKNOWN) is wanted]
        title += f", {wanted.value}"
    return Detentions(tuple(records), title)
