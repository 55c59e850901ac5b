"""A build's files written (`formats.write_all`: all moved into place together), each file that
cannot be written named on stderr."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from .messages import err, os_reason


def write_outputs(timeline, out: Path, name: str, formats: list[str],
                  shown: Optional[dict] = None) -> tuple[list[Path], list[Path]]:
    """Every format into `out`; a format that cannot be written is one line on stderr naming its
    file, and the others are still written. Returns the files written and the files that failed."""
    from ..formats import write_all

    failed: list[Path] = []

    def on_failure(path: Path, exc: BaseException) -> None:
        failed.append(path)
        err(f"error: {path}: cannot write ({os_reason(exc)})")

    try:
        written = write_all(timeline, out, name, formats, shown, on_failure)
    except OSError as exc:
        err(f"error: {out}: cannot write to the output directory ({exc.strerror or exc})")
        return [], failed
    return written, failed
