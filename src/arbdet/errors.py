"""The exception hierarchy: every error arbdet raises on purpose is an :class:`ArbdetError`.

Warnings go through Python's :mod:`warnings` as :class:`ArbdetWarning` subclasses, so a
caller can turn them into errors or silence them by class
(``warnings.simplefilter("error", arbdet.ArbdetWarning)``).
"""

from __future__ import annotations

__all__ = ["ArbdetError", "InputError", "MissingExtraError", "ModelError", "OutputError"]
__all__ += ["SerializationError", "UnknownNameError"]
__all__ += ["ArbdetWarning", "SkippedInputWarning", "UndatedArticleWarning"]


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


class MissingExtraError(ArbdetError, ImportError):
    """An optional feature needs a package that is not installed.

    ``feature`` is what was asked for, ``extra`` the arbdet extra that brings the missing
    ``module``; the message ends with the ``pip install`` line that fixes it.
    """

    def __init__(self, feature: str, extra: str, module: str) -> None:
        self.feature = feature
        self.extra = extra
        self.module = module
        super().__init__(
            f"{feature}: needs the '{extra}' extra ({module} is not installed); "
            f"pip install 'arbdet[{extra}]'",
            name=module,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.feature, self.extra, self.module))


class ArbdetWarning(UserWarning):
    """Base class of every warning arbdet gives: something was read, but not all of it."""


class UndatedArticleWarning(ArbdetWarning):
    """An article with no publication date: its relative dates ("on Monday") stay unresolved.

    Give the date with ``published=`` (``--published`` on the command line).
    """


class SkippedInputWarning(ArbdetWarning):
    """An input left unread on purpose, such as a symbolic link inside a folder."""


class OutputError(ArbdetError, OSError):
    """An output (a file or a folder) cannot be written.

    The message names the output and the problem.
    """


class UnknownNameError(ArbdetError, LookupError):
    """A name the knowledge base does not know, or that fits more than one of its entries.

    ``name`` is the name asked for; ``candidates`` the closest known names (or, where the
    name is ambiguous, every entry it fits), best first.
    """

    def __init__(
        self,
        name: str,
        candidates: tuple[str, ...] = (),
        *,
        kind: str = "person, state or declaration",
        ambiguous: bool = False,
    ) -> None:
        self.name = name
        self.candidates = tuple(candidates)
        self.kind = kind
        self.ambiguous = ambiguous
        listed = ", ".join(self.candidates)
        if ambiguous:
            message = f"{name!r} fits more than one {kind}: {listed}"
        else:
            closest = f"; closest known names: {listed}" if listed else ""
            message = f"no {kind} named {name!r} in the knowledge base{closest}"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _unknown_name,
            (self.name, self.candidates, self.kind, self.ambiguous),
        )


def _unknown_name(
    name: str, candidates: tuple[str, ...], kind: str, ambiguous: bool
) -> UnknownNameError:
    return UnknownNameError(name, candidates, kind=kind, ambiguous=ambiguous)
