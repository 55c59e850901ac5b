"""The arguments of `timeline tag`: a JSONL input, an output, and the longest line read."""
from __future__ import annotations

from .value_types import _size


def add_tag_parser(sub) -> None:
    t = sub.add_parser("tag", help="time expressions only (TIMEX3) for a JSONL corpus",
                       description="Read {id, text, dct} lines and write {id, timexes} lines.")
    t.add_argument("input", metavar="IN.jsonl", help="JSONL input, or - for standard input")
    t.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    t.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                   help="the longest line read (default 10MB)")
