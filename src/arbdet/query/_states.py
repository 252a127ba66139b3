"""States as queries take them: a :class:`State`, a code, or a name in everyday form."""

from __future__ import annotations

from ..errors import ModelError
from ..extract.places import state_for
from ..model import State

__all__ = ["as_state", "state_named"]


def state_named(text: str) -> State | None:
    """The one state ``text`` names ("CA", "Canada", "Russia", "the U.S."), else ``None``."""
    name = text.strip()
    if len(name) == 2 and name.isalpha():
        try:
            return State(name.upper())
        except ModelError:
            return None
    found = state_for(name)
    if len(found) == 1:
        return found[0]
    try:
        return State.from_name(name)
    except ModelError:
        return None


def as_state(value: State | str) -> State:
    """``value`` as a state; :class:`~arbdet.ModelError` if it names none."""
    if isinstance(value, State):
        return value
    state = state_named(value)
    if state is None:
        raise ModelError(f"no state is named {value!r}")
    return state
