"""One input file: opened only when it is a regular file (a FIFO or a device could hang the run),
read up to the byte limit, and handed to the reader its suffix (or, for an unknown suffix, its
content) chooses: JSON Lines, HTML, or plain text."""
from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from .decoding import decode
from .html_pages import from_html, looks_like_html
from .json_lines import from_jsonl
from .limits import bounded_read, too_large
from .plain_text import from_text
from .problems import Failure, Item, display

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def _kind(mode: int) -> Optional[str]:
    """What a file that is not a regular file is, or None for a regular file."""
    for test, name in ((stat.S_ISREG, None), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def open_regular(path: Path, where: str):
    """A binary file object for a regular file, or a Failure. The file is opened without blocking
    and checked again once open, so a FIFO put in its place cannot hang the run."""
    try:
        kind = _kind(os.stat(path).st_mode)
        if kind is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
            kind = _kind(os.fstat(fd).st_mode)
            if kind is None:
                if hasattr(os, "set_blocking"):
                    os.set_blocking(fd, True)
                return os.fdopen(fd, "rb")
            os.close(fd)
    except OSError as exc:
        return Failure(where, f"cannot read: {exc.strerror or exc}")
    return Failure(where, f"{kind}, not a regular file; refused (give - to read standard input)")


def read_file(path: Path, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    where = display(path)
    f = open_regular(path, where)
    if isinstance(f, Failure):
        yield f
        return
    suffix = path.suffix.lower()
    try:
        with f:
            if suffix in JSONL_SUFFIXES:
                yield from from_jsonl(where, f, published, max_bytes)
                return
            data = bounded_read(f, max_bytes)
    except OSError as exc:
        yield Failure(where, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield Failure(where, too_large(max_bytes, "file"))
        return
    yield from from_bytes(where, data, display(path.stem), suffix, published, path=where)


def from_bytes(where: str, data: bytes, doc_id: str, suffix: Optional[str], published: Optional[date],
               path: Optional[str] = None, as_text: bool = False) -> Iterator[Item]:
    if not data.strip():
        yield Failure(where, "empty file")
        return
    decoded = decode(data, where)
    if isinstance(decoded, Failure):
        yield decoded
        return
    text, warning = decoded
    if warning:
        yield warning
    if not as_text and (suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text))):
        yield from from_html(where, text, doc_id, published)
    else:
        yield from from_text(where, text, doc_id, published, path)
