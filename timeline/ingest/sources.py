"""What one input names: standard input (`-`), a folder, or a file; and how many documents the
inputs hold, when that is known without reading them."""
from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from .files import JSONL_SUFFIXES, from_bytes, read_file
from .folders import read_folder
from .limits import bounded_read, too_large
from .problems import Failure, Item, display


def read_input(raw: str, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    if raw == "-":
        data = bounded_read(sys.stdin.buffer, max_bytes)
        if len(data) > max_bytes:
            yield Failure("<stdin>", too_large(max_bytes))
            return
        yield from from_bytes("<stdin>", data, "stdin", None, published, as_text=True)
        return
    where = display(raw)
    try:
        st = os.stat(raw)
    except FileNotFoundError:
        yield Failure(where, "no such file or directory")
        return
    except OSError as exc:
        yield Failure(where, f"cannot read: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from read_folder(Path(raw), published, max_bytes)
    else:
        yield from read_file(Path(raw), published, max_bytes)


def expected_documents(inputs: list[str]) -> Optional[int]:
    """How many documents the inputs hold, when that is known without reading them: files only
    (a JSONL file is one document a non-blank line); None for a folder or standard input."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or not path.is_file():
            return None
        if path.suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        try:
            with open(path, "rb") as f:
                total += _lines_with_text(f)
        except OSError:
            return None             # said when it is read
    return total


_COUNT_PIECE = 1 << 20      # a line read a megabyte at a time: one without a newline stays small


def _lines_with_text(f) -> int:
    """How many lines of a binary file hold more than white space, in bounded memory."""
    count, has_text = 0, False
    for piece in iter(lambda: f.readline(_COUNT_PIECE), b""):
        has_text = has_text or bool(piece.strip())
        if piece.endswith(b"\n"):
            count, has_text = count + has_text, False
    return count + has_text
