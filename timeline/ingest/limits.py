"""The bounds on what is read, so that a hostile input costs a bounded time and memory: bytes per
file, JSONL line and standard input (`--max-bytes`), characters per document, folder depth, and
how many bad JSONL lines are named one by one."""
from __future__ import annotations

import re
from typing import BinaryIO

DEFAULT_MAX_BYTES = 10_000_000      # per file, per JSONL line, and for standard input
MAX_CHARS = 10_000_000              # a text is parsed in parts (nlp_parts.PART_CHARS); a longer one is refused
MAX_DEPTH = 64                      # folder levels below an input folder
MAX_LINE_FAILURES = 10              # bad JSONL lines named one by one; the rest are counted

# Byte-count units: SI (k, M, G) and IEC (KiB, MiB, GiB), with or without the B.
_SIZE_UNITS = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(" + "|".join(
    sorted({*_SIZE_UNITS, *(u + "b" for u in _SIZE_UNITS if not u.endswith("b"))}, key=len, reverse=True)) + r")\s*", re.I)


def parse_size(text: str) -> int:
    """A byte count: `10000000`, `10MB`, `10M`, `512k`, `1GiB` (k/M/G are powers of 1000;
    KiB/MiB/GiB of 1024). Raises ValueError."""
    m = _SIZE.fullmatch(str(text))
    if not m:
        raise ValueError(f"not a size: {text!r} (e.g. 10000000, 50MB, 1GB)")
    unit = m[2].lower()
    scale = _SIZE_UNITS[unit if unit in _SIZE_UNITS else unit[:-1]]
    size = int(float(m[1]) * scale)
    if size < 1:
        raise ValueError(f"not a size: {text!r} (must be at least 1 byte)")
    return size


def _human(size: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} bytes"


def too_large(max_bytes: int, what: str = "input") -> str:
    return f"{what} larger than the limit of {_human(max_bytes)}; not read (raise it with --max-bytes)"


def bounded_read(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes, so that a caller can tell "exactly the limit" from "more"."""
    chunks, left = [], max_bytes + 1
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
