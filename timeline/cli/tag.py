"""`timeline tag` (SPEC §2): the time expressions of each `{id, text, dct}` line of a JSONL input,
one `{id, timexes}` line each, to a file or standard output."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .messages import UsageError, err


def run_tag(args) -> int:
    from ..export.atomic import atomic_write
    from ..ingest import DEFAULT_MAX_BYTES
    from ..temporal import tag_documents

    where, source = _tag_source(args)
    with source as stream:
        records, failures = _tag_records(stream, where, args.max_bytes or DEFAULT_MAX_BYTES)
    if not records:
        err("error: nothing could be processed")
        return 2
    out_text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tag_documents(records))
    if args.output:
        atomic_write(args.output, out_text)
    else:
        sys.stdout.write(out_text)
    return 1 if failures else 0


def _tag_source(args):
    """The input's name and a binary stream of it: standard input, or a regular file (a FIFO or
    device is refused, so a run cannot hang), never the file `-o` would replace."""
    import contextlib
    import os

    from ..ingest import Failure, display, open_regular

    if args.input == "-":
        return "<stdin>", contextlib.nullcontext(sys.stdin.buffer)
    path = Path(args.input)
    if not path.exists():
        raise UsageError(f"{display(args.input)}: no such file")
    if args.output and Path(args.output).exists() and os.path.samefile(path, args.output):
        raise UsageError(f"{display(args.output)} is the input: writing it would destroy it; choose another -o")
    stream = open_regular(path, display(args.input))
    if isinstance(stream, Failure):
        raise UsageError(str(stream))
    return display(args.input), stream


def _tag_records(stream, where: str, max_bytes: int) -> tuple[list[dict], int]:
    """The records of the input, and how many of its lines could not be read (each one line on
    stderr)."""
    from ..ingest import Failure, tag_records

    records, failures = [], 0
    for item in tag_records(stream, where, max_bytes):
        if isinstance(item, Failure):
            failures += 1
            err(f"error: {item}")
        else:
            records.append(item)
    return records, failures
