"""JSON Lines corpora: one document a line (`{"id", "text", "published" or "dct", "title",
"source", "url"}`), split on line feeds only; a bad line is reported and the others are read.
Also the `{id, text, dct}` records of `timeline tag`."""
from __future__ import annotations

import codecs
import json
from dataclasses import replace
from datetime import date
from pathlib import PurePath
from typing import BinaryIO, Iterator, Optional, Union

from ..model import DOCUMENT_TEXT_FIELDS, Document
from .decoding import BOMS, decode
from .limits import MAX_LINE_FAILURES, too_large
from .problems import Failure, InputWarning, Item
from .published import given_date, published_by_head

_OPTIONAL_TEXT_FIELDS = DOCUMENT_TEXT_FIELDS[2:5]          # title, source, url


def jsonl_lines(f: BinaryIO, max_bytes: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line number, bytes) for each line of a binary stream, split on b"\\n" only (U+2028 and
    U+0085 inside a JSON string do not end a line); None for a line longer than max_bytes,
    whose rest is skipped without being held in memory."""
    n = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(1 << 20)
            yield n, None
            continue
        yield n, line


def json_object(line: str) -> dict:
    """One JSONL line as an object; ValueError with the reason a user can act on (malformed, nested
    too deeply, an integer of more digits than Python converts, not an object)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"malformed JSON ({str(exc).split(';')[0]})") from None
    if not isinstance(rec, dict):
        raise ValueError("a line must be a JSON object")
    return rec


def from_jsonl(where: str, f: BinaryIO, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    refused = _refused_head(where, f)
    if refused is not None:
        yield refused
        return
    stem = PurePath(where).stem
    seen: dict[str, int] = {}
    good = failed = 0
    recoded: list[int] = []
    for n, raw in jsonl_lines(f, max_bytes):
        at = f"{where}:{n}"
        problems: list[Item] = []
        doc = _jsonl_record(at, n, raw, stem, published, max_bytes, problems, recoded)
        for p in problems:
            if isinstance(p, Failure):
                failed += 1
                if failed > MAX_LINE_FAILURES:
                    continue
            yield p
        if doc is None:
            continue
        if doc.id in seen:
            yield InputWarning(at, f"id {doc.id!r} is also on line {seen[doc.id]}; both are read, with ids "
                                   "made unique")
        else:
            seen[doc.id] = n
        good += 1
        yield replace(doc, path=where)
    yield from _file_notes(where, good, failed, recoded)


def _refused_head(where: str, f: BinaryIO) -> Optional[Failure]:
    """A file that is not UTF-8 text at all, told by its first bytes."""
    head = f.peek(8192)[:8192] if hasattr(f, "peek") else b""
    if any(head.startswith(bom) for bom, _, name in BOMS if name != "UTF-8"):
        return Failure(where, "JSON Lines must be UTF-8 (this file is UTF-16 or UTF-32)")
    if b"\x00" in head:
        return Failure(where, "binary file, not text")
    return None


def _file_notes(where: str, good: int, failed: int, recoded: list[int]) -> Iterator[Item]:
    """What is said of the whole file once its lines are read: bad lines not named, lines recoded,
    no document at all."""
    if failed > MAX_LINE_FAILURES:
        yield Failure(where, f"{failed - MAX_LINE_FAILURES} more bad lines (not listed)")
    if recoded:
        lines = ", ".join(map(str, recoded[:5])) + (", …" if len(recoded) > 5 else "")
        yield InputWarning(where, f"{len(recoded)} line{'s' * (len(recoded) != 1)} not valid UTF-8 "
                                  f"(line {lines}); undecodable bytes replaced or read as Windows-1252")
    if not good and not failed:
        yield Failure(where, "no documents in this JSONL file")


def _jsonl_record(at: str, n: int, raw: Optional[bytes], stem: str, published: Optional[date], max_bytes: int,
                  problems: list, recoded: list) -> Optional[Document]:
    rec = _line_object(at, n, raw, max_bytes, problems, recoded)
    if rec is None:
        return None
    body = rec.get("text")
    if body is None or (isinstance(body, str) and not body.strip()):
        problems.append(Failure(at, "no \"text\" field with article text"))
        return None
    if not isinstance(body, str):
        problems.append(Failure(at, f"\"text\" must be a string, not {_json_type(body)}"))
        return None
    doc_id = _record_id(rec.get("id"), at, f"{stem}-{n}", problems)
    fields = {key: _text_field(rec.get(key), at, key, problems) for key in _OPTIONAL_TEXT_FIELDS}
    pub = published
    raw_date = rec.get("published") or rec.get("dct")
    if pub is None and raw_date:
        pub = _record_date(raw_date, at, problems)
    return Document(id=doc_id, text=body, published=pub or published_by_head(body), **fields)


def _line_object(at: str, n: int, raw: Optional[bytes], max_bytes: int, problems: list,
                 recoded: list) -> Optional[dict]:
    """One line's JSON object; None for a blank line or one that is not an object (a problem)."""
    if raw is None:
        problems.append(Failure(at, too_large(max_bytes, "line")))
        return None
    if n == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if not raw.strip():
        return None
    decoded = decode(raw, at)
    if isinstance(decoded, Failure):
        problems.append(decoded)
        return None
    line, note = decoded
    if note:
        recoded.append(n)
    try:
        return json_object(line)
    except ValueError as exc:
        problems.append(Failure(at, str(exc)))
        return None


def _record_id(raw_id: object, at: str, default: str, problems: list) -> str:
    """The record's id: a string or a whole number; else the file's stem and the line number."""
    if isinstance(raw_id, str) and raw_id.strip():
        return raw_id.strip()
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        return str(raw_id)
    if raw_id not in (None, ""):
        problems.append(InputWarning(at, f"\"id\" ignored: {_json_type(raw_id)}, not a string"))
    return default


def _record_date(raw_date: object, at: str, problems: list) -> Optional[date]:
    """The record's `published` (or `dct`): a date, or None with a warning saying why not."""
    if not isinstance(raw_date, (str, int)) or isinstance(raw_date, bool):
        problems.append(InputWarning(at, f"'published' ignored: {_json_type(raw_date)}, not a date"))
        return None
    pub, problem = given_date(raw_date)
    if problem:
        problems.append(InputWarning(at, f"'published' ignored: {problem}"))
    return pub


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number",
            str: "a string"}.get(type(value), type(value).__name__)


def _text_field(value: object, at: str, key: str, problems: list) -> Optional[str]:
    """A metadata field as text: a string as it is, a number written out, a list of those joined
    with "; "; anything else is ignored with a warning."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    scalar = lambda v: isinstance(v, (str, int, float)) and not isinstance(v, bool)
    if scalar(value):
        return str(value)
    if isinstance(value, list) and all(scalar(v) for v in value):
        return "; ".join(str(v).strip() for v in value) or None
    problems.append(InputWarning(at, f"{key!r} ignored: {_json_type(value)}, not text"))
    return None


def tag_records(stream: BinaryIO, where: str, max_bytes: int) -> Iterator[Union[dict, Failure]]:
    """The {id, text, dct} records of a JSONL stream for `timeline tag`, split on line feeds only;
    each bad line is a Failure (too long, not UTF-8, not JSON, nested too deeply, not an object)."""
    for n, raw in jsonl_lines(stream, max_bytes):
        if n == 1 and raw is not None and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]    # as the build reads it: Notepad's files begin so
        if raw is not None and not raw.strip():
            continue
        try:
            if raw is None:
                raise ValueError(f"line longer than the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
            rec = json_object(raw.decode("utf-8"))
            if not isinstance(rec.get("text"), str):
                raise ValueError('a line must be an object with a "text" string')
        except UnicodeDecodeError:
            yield Failure(f"{where}:{n}", "not UTF-8 text")
            continue
        except ValueError as exc:
            yield Failure(f"{where}:{n}", str(exc))
            continue
        yield rec
