"""The exception hierarchy: every error arbdet raises on purpose is an :class:`ArbdetError`."""

from __future__ import annotations

__all__ = ["ArbdetError", "InputError", "ModelError", "SerializationError"]


class ArbdetError(Exception):
    """Base class of every error arbdet raises on purpose.

    Catch this to handle any bad input to arbdet in one place.
    """


class ModelError(ArbdetError, ValueError):
    """A model value is invalid: the message names the field and the value."""


class SerializationError(ArbdetError, ValueError):
    """A serialised document is malformed, of another format version, or of another type.

    The message says where in the document it went wrong (a path such as ``$.span.start``).
    """


class InputError(ArbdetError, ValueError):
    """An input (file, bytes or text) cannot be read as an article.

    The message names the input and the problem.
    """
