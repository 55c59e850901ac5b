"""What the command says on stderr: one line each, `timeline: error: …` or `timeline: warning: …`,
naming the input, document or file, and the reason in words (no traceback for a user error)."""
from __future__ import annotations

import sys
from pathlib import Path

PROG = "timeline"


class UsageError(Exception):
    """A usage error or a refusal: said in one line, exit code 2."""


def err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def printable(text: str) -> str:
    """The text as it is, or quoted with its escapes shown: no escape sequence reaches a terminal."""
    return text if text.isprintable() else repr(text)


def where(document) -> str:
    """A document as the user can find it: its file, and its id when the file holds several."""
    shown = printable(document.id)
    if not document.path:
        return shown
    if Path(document.path).stem == document.id:
        return document.path
    return f"{document.path}: {shown}"


def reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return reason(exc)


def warn_unknown_actors(timeline, names) -> None:
    from ..selection import actor_ids

    for name in actor_ids(timeline, names)[1]:
        err(f"warning: --actor {name!r}: no actor of this timeline has that name; nothing of theirs is shown")
