"""How the command line fails: one line on stderr and an exit status.

Every failure prints ``arbdet: <what>: <why>[; <what to do>]`` and exits 2 for bad input
or usage, 1 when a query finds nothing.
"""

from __future__ import annotations

import errno
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import click

from ..errors import ArbdetError, UnknownNameError

__all__ = ["BAD_INPUT", "NOTHING_FOUND", "ArbdetGroup", "NothingFoundError", "fail"]

BAD_INPUT = 2
"""The exit status for bad input or usage."""

NOTHING_FOUND = 1
"""The exit status when a query finds nothing."""


class NothingFoundError(Exception):
    """A command found nothing: ``what`` was asked for, ``why`` says what was looked at."""

    def __init__(self, what: str, why: str = "nothing found", todo: str | None = None) -> None:
        self.what = what
        self.why = why
        self.todo = todo
        super().__init__(f"{what}: {why}")


class _FailureError(Exception):
    """A failure already worded: what went wrong, why, what to do, and the exit status."""

    def __init__(self, what: str | None, why: str, todo: str | None, status: int) -> None:
        self.what = what
        self.why = why
        self.todo = todo
        self.status = status
        super().__init__(why)

    def line(self) -> str:
        what = f"{self.what}: " if self.what else ""
        todo = f"; {self.todo}" if self.todo else ""
        return f"arbdet: {what}{self.why}{todo}"


def fail(what: str, why: str, todo: str | None = None, *, status: int = BAD_INPUT) -> NoReturn:
    """Stop the command with ``arbdet: what: why[; todo]`` on stderr and exit ``status``."""
    raise _FailureError(what, why, todo, status)


_MISSING_PATH = re.compile(r"(File|Directory|Path) '(.*)' does not exist\.?")


def _sentence(text: str) -> str:
    """A click message as the middle of a line: no final full stop, lower-case first word."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def _help_hint(context: click.Context | None) -> str:
    path = context.command_path if context is not None else "arbdet"
    return f"see '{path} --help'"


def _parameter_name(error: click.BadParameter) -> str | None:
    param = error.param
    if isinstance(param, click.Option) and param.opts:
        return max(param.opts, key=len)
    if param is not None:
        return (param.human_readable_name or str(param.name)).rstrip(".").upper()
    if error.param_hint:
        hint = error.param_hint
        hints: Sequence[str] = [hint] if isinstance(hint, str) else hint
        return " / ".join(h.strip("'\"") for h in hints)
    return None


def _usage_failure(error: click.UsageError) -> _FailureError:
    context = error.ctx
    command = context.info_name if context is not None and context.parent is not None else None
    todo = _help_hint(context)
    if isinstance(error, click.MissingParameter):
        kind = error.param_type or (
            "option" if isinstance(error.param, click.Option) else "argument"
        )
        name = _parameter_name(error)
        return _FailureError(command, f"missing {kind} {name}", todo, BAD_INPUT)
    if isinstance(error, click.BadParameter):
        missing = _MISSING_PATH.fullmatch(error.message)
        if missing:
            return _FailureError(missing.group(2), "no such file or folder", None, BAD_INPUT)
        why = _sentence(error.message)
        return _FailureError(_parameter_name(error), why, None if ";" in why else todo, BAD_INPUT)
    if isinstance(error, click.NoSuchOption):
        why = "no such option"
        if error.possibilities:
            why += f" (did you mean {' or '.join(sorted(error.possibilities))}?)"
        return _FailureError(error.option_name, why, todo, BAD_INPUT)
    no_command = re.fullmatch(r"No such command '(.*)'\.?", error.message)
    if no_command:
        return _FailureError(no_command.group(1), "no such command", todo, BAD_INPUT)
    return _FailureError(command, _sentence(error.message), todo, BAD_INPUT)


def _unknown_name_failure(error: UnknownNameError) -> _FailureError:
    listed = ", ".join(error.candidates)
    if error.ambiguous:
        why = f"fits more than one {error.kind}: {listed}"
        return _FailureError(repr(error.name), why, "give a fuller name", BAD_INPUT)
    todo = f"closest known names: {listed}" if listed else None
    why = f"no {error.kind} of that name in the knowledge base"
    return _FailureError(repr(error.name), why, todo, NOTHING_FOUND)


def _os_failure(error: OSError) -> _FailureError | None:
    if error.errno == errno.EPIPE:  # a closed pipe ("| head") is no failure to report
        return None
    what = None if error.filename is None else str(error.filename)
    return _FailureError(what, _sentence(error.strerror or str(error)), None, BAD_INPUT)


# Each kind of error the command line words, most specific first: the first that fits wins.
_WORDINGS: tuple[tuple[type[BaseException], Callable[[Any], _FailureError | None]], ...] = (
    (_FailureError, lambda error: error),
    (NothingFoundError, lambda e: _FailureError(e.what, e.why, e.todo, NOTHING_FOUND)),
    (click.UsageError, _usage_failure),
    (
        click.FileError,
        lambda e: _FailureError(e.ui_filename, _sentence(e.message), None, BAD_INPUT),
    ),
    (
        click.ClickException,
        lambda e: _FailureError(None, _sentence(e.format_message()), None, e.exit_code),
    ),
    (UnknownNameError, _unknown_name_failure),
    (ArbdetError, lambda e: _FailureError(None, str(e), None, BAD_INPUT)),
    (OSError, _os_failure),
)


def _failure(error: BaseException) -> _FailureError | None:
    """The worded failure for an error the command line reports, else ``None``."""
    for kind, word in _WORDINGS:
        if isinstance(error, kind):
            return word(error)
    return None


class ArbdetGroup(click.Group):
    """A click group whose every failure is one ``arbdet: ...`` line and an exit status."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; in standalone mode, exit with its status."""
        try:
            result = super().main(
                args,
                prog_name or "arbdet",
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
        except click.exceptions.Abort:
            if not standalone_mode:
                raise
            click.echo("arbdet: interrupted", err=True)
            status = 130
        except Exception as error:
            failure = _failure(error)
            if failure is None or not standalone_mode:
                raise
            click.echo(failure.line(), err=True)
            status = failure.status
        else:
            if not standalone_mode:
                return result
            status = result if isinstance(result, int) else 0
        sys.exit(status)
