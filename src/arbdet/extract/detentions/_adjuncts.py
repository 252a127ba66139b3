"""People named after an adjunct: a place or date set between a detention word and them.

Translated and formal prose often puts where and when before whom:

- a noun whose "of" comes late: "the arrest in Vancouver, on 1 December 2018, of Meng";
- an active verb whose object comes late: "police arrested on 1 December at the airport
  of Vancouver the finance chief of Huawei, Meng Wanzhou".

Both readings start only when the word after the detention word opens an adjunct (a
preposition of place or time, class ``adjunct_opener``, or a comma), and stop at a new
clause or another detention word.
"""

from __future__ import annotations

from ._lexicon import words
from ._reading import PersonSlot, Reading
from ._syntax import object_after

__all__ = ["late_object", "late_of"]

_MAX_ADJUNCT = 14  # tokens of the place and date phrases before the late words
_OF_OBJECT = 6  # words between a late "of" and the name


def _adjunct(view: Reading, index: int) -> range:
    """The tokens to search after an adjunct opening at ``index``, or an empty range."""
    if index >= view.stop or view.lower(index) not in words("adjunct_opener"):
        return range(0)
    end = min(view.stop, index + _MAX_ADJUNCT)
    for position in range(index + 1, end):
        if view.is_boundary(position) or view.starts_trigger(position):
            return range(index + 1, position)
    return range(index + 1, end)


def late_of(view: Reading, index: int) -> list[PersonSlot]:
    """The person of a late "of" after the noun ending before token ``index``."""
    for position in _adjunct(view, index):
        if view.person(position) is not None:
            return []
        if view.lower(position) in words("of"):
            found = object_after(view, position + 1, _OF_OBJECT)
            if found:
                return found
    return []


def late_object(view: Reading, index: int) -> list[PersonSlot]:
    """The object of an active verb ending before token ``index``, after its adjuncts.

    The object opens with a determiner or a name that no preposition governs: "at the
    airport of Vancouver the finance chief ..., Meng Wanzhou".
    """
    for position in _adjunct(view, index):
        previous = position - 1
        if view.is_class(previous, "preposition") or view.is_class(previous, "determiner"):
            continue
        if view.text(previous) in (",", "."):
            continue
        slot = view.person(position)
        if slot is not None and slot.first == position:
            return object_after(view, position)
        if slot is None and view.is_class(position, "article"):
            return object_after(view, position)
    return []
