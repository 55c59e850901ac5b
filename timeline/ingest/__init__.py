"""Reading inputs into `Document`s (SPEC §1).

Each input yields documents or `Failure`s: one bad file (or one bad JSONL line) is reported
and the rest are still read. Hostile inputs are bounded: every read stops at `max_bytes`
(a file, standard input, or one JSONL line), only regular files are opened (a FIFO or a
device is refused unless given as `-`), folders are walked without following links out of
the tree, into output folders of the tool (marked by `.timeline-output`) or deeper than
`MAX_DEPTH`, and every document of a run gets an id of its own (`unique_ids`).

This module is the entry: every input in order, each document checked. The readers are its
modules, one a job: `sources` (what an input names), `folders`, `files` (the suffixes and the
reader each chooses), `plain_text` (front matter), `html_pages`, `json_lines`, `decoding`,
`published` (the publication date), `limits`, `problems` (`Failure`, `InputWarning`) and `ids`.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from typing import Iterable, Iterator, Optional, Union

from ..dates import DateError, parse_date  # noqa: F401  (re-exported: callers import them from here)
from ..model import DOCUMENT_TEXT_FIELDS, Document
from .decoding import decode  # noqa: F401  (re-exported)
from .files import HTML_SUFFIXES, JSONL_SUFFIXES, SUPPORTED, TEXT_SUFFIXES, open_regular  # noqa: F401
from .folders import OUTPUT_MARKER  # noqa: F401
from .ids import unique_ids
from .json_lines import json_object, jsonl_lines, tag_records  # noqa: F401
# MAX_CHARS is read here, from this module's globals, so that a test can lower it on `timeline.ingest`.
from .limits import DEFAULT_MAX_BYTES, MAX_CHARS, MAX_DEPTH, MAX_LINE_FAILURES, parse_size  # noqa: F401
from .problems import Failure, InputWarning, Item, display  # noqa: F401
from .published import published_by_head  # noqa: F401
from .sources import expected_documents, read_input  # noqa: F401


def read_inputs(inputs: Iterable[Union[str, "os.PathLike[str]", Document]], published: Optional[date] = None,
                max_bytes: Optional[int] = None) -> Iterator[Item]:
    """Documents from files, directories, JSONL corpora, `-` (stdin) and `Document`s, in the order
    given, each with an id unique in the run (`unique_ids`). Reading stops at `max_bytes` (default
    DEFAULT_MAX_BYTES) per file, per JSONL line and for standard input."""
    yield from unique_ids(_read_all(inputs, published, max_bytes or DEFAULT_MAX_BYTES))


def read_stream(inputs: Iterable[Union[str, "os.PathLike[str]", Document]], published: Optional[date] = None,
                max_bytes: Optional[int] = None) -> Iterator[Item]:
    """As `read_inputs`, one item at a time as it is read, so that a corpus is never held whole;
    but with the ids as the inputs give them. A caller makes them unique once all are read, by
    `unique_ids` over the documents with their texts left out (only ids and paths count)."""
    return _read_all(inputs, published, max_bytes or DEFAULT_MAX_BYTES)


def _read_all(inputs, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    for raw in inputs:
        if isinstance(raw, Document):
            yield _within_parser_limit(raw)
            continue
        for item in read_input(os.fsdecode(raw), published, max_bytes):
            if isinstance(item, Document):
                item, warning = _representable(item)
                if not any(c.isalnum() for c in item.text):
                    yield Failure(item.path or "<stdin>", f"document {item.id!r}: no article text (no letter or digit)")
                    continue
                if warning:
                    yield warning
                item = _within_parser_limit(item)
            yield item


def _within_parser_limit(doc: Document) -> Item:
    if len(doc.text) <= MAX_CHARS:
        return doc
    return Failure(doc.path or doc.id, f"document {doc.id!r} has {len(doc.text):,} characters, more than the "
                                       f"{MAX_CHARS:,} read as one document; split it into articles")


# Halves of UTF-16 pairs (a JSON string can escape one, a file name can hold undecodable bytes)
# that no UTF-8 output can encode: each becomes U+FFFD, one for one, so that every offset stays
# the same. Control characters are kept: JSON holds them, and the XML formats replace them when
# they write (`export.safe`).
_UNPAIRED_SURROGATE = re.compile("[\ud800-\udfff]")


def _representable(doc: Document) -> tuple[Document, Optional[InputWarning]]:
    """The document with every field encodable as UTF-8, and a warning when characters had to
    be replaced."""
    changed, count = {}, 0
    for key in DOCUMENT_TEXT_FIELDS:
        value = getattr(doc, key)
        if isinstance(value, str) and _UNPAIRED_SURROGATE.search(value):
            changed[key] = _UNPAIRED_SURROGATE.sub("\ufffd", value)
            count += len(_UNPAIRED_SURROGATE.findall(value))
    if not changed:
        return doc, None
    warning = InputWarning(doc.path or "<stdin>", f"document {changed.get('id', doc.id)!r}: {count} unpaired "
                           f"surrogate{'s' * (count != 1)} (no UTF-8 output can hold one) replaced by U+FFFD")
    return replace(doc, **changed), warning
