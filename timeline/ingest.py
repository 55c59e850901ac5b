"""Reading inputs into `Document`s (SPEC §1).

Each input yields documents or `Failure`s: one bad file (or one bad JSONL line) is reported
and the rest are still read.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .dates import DateError, parse_date  # noqa: F401  (re-exported: callers import them from here)
from .model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read; `where` names the file (and line), `reason` says why."""
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class InputWarning:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: warning: {self.message}"


Item = Union[Document, Failure, InputWarning]


def read_inputs(inputs: Iterable[str], published: Optional[date] = None) -> Iterator[Item]:
    """Documents from files, directories, JSONL corpora and `-` (stdin), in the order given."""
    for raw in inputs:
        if raw == "-":
            yield from _from_text("<stdin>", _decode_stream(sys.stdin.buffer.read(), "<stdin>"), "stdin", published, None)
            continue
        path = Path(raw)
        if not path.exists():
            yield Failure(raw, "no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                           and not _is_project_file(p) and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield Failure(raw, "directory holds no .txt, .md, .html or .jsonl files")
            for f in files:
                yield from _read_file(f, published)
        else:
            yield from _read_file(path, published)


_PROJECT_FILES = ("readme", "license", "licence", "changelog", "contributing", "copying", "notice")


def _is_project_file(path: Path) -> bool:
    """A corpus folder's README or LICENSE describes the corpus; it is not an article in it."""
    return path.stem.lower() in _PROJECT_FILES


def _read_file(path: Path, published: Optional[date]) -> Iterator[Item]:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(where, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Failure(where, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield Failure(where, "binary file, not text")
        return
    decoded = _decode_stream(data, where)
    if isinstance(decoded, Failure):
        yield decoded
        return
    text, warning = decoded
    if warning:
        yield warning
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(where, text, published)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield from _from_html(where, text, path.stem, published)
    else:
        yield from _from_text(where, (text, None), path.stem, published, str(path))


def _decode_stream(data: bytes, where: str):
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        return Failure(where, "binary file, not text")
    try:
        text = data.decode("cp1252")
        return text, InputWarning(where, "not UTF-8; read as Windows-1252")
    except UnicodeDecodeError:
        return data.decode("latin-1"), InputWarning(where, "not UTF-8; read as Latin-1")


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text.lstrip("\ufeff")
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def _from_text(where: str, decoded, doc_id: str, published: Optional[date], path: Optional[str]) -> Iterator[Item]:
    if isinstance(decoded, Failure):
        yield decoded
        return
    text, warning = decoded
    if warning:
        yield warning
    meta, body = _front_matter(text)
    if not body.strip():
        yield Failure(where, "no article text (only front matter)" if meta else "empty file")
        return
    pub = published
    if pub is None and (meta.get("published") or meta.get("date")):
        try:
            pub = parse_date(meta.get("published") or meta.get("date"))
        except DateError as exc:
            yield InputWarning(where, f"front matter 'published' ignored: {exc}")
    yield Document(id=meta.get("id") or doc_id, text=body, published=pub, title=meta.get("title"),
                   source=meta.get("source"), url=meta.get("url"), path=path)


def _from_jsonl(where: str, text: str, published: Optional[date]) -> Iterator[Item]:
    seen: set[str] = set()
    good = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        at = f"{where}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(at, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield Failure(at, "a line must be a JSON object")
            continue
        body = rec.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Failure(at, "no \"text\" field with article text")
            continue
        doc_id = str(rec.get("id") or f"{Path(where).stem}-{n}")
        if doc_id in seen:
            yield Failure(at, f"duplicate id {doc_id!r}")
            continue
        seen.add(doc_id)
        pub = published
        raw_date = rec.get("published") or rec.get("dct")
        if pub is None and raw_date:
            try:
                pub = parse_date(raw_date)
            except DateError as exc:
                yield InputWarning(at, f"'published' ignored: {exc}")
        good += 1
        yield Document(id=doc_id, text=body, published=pub, title=rec.get("title"), source=rec.get("source"),
                       url=rec.get("url"), path=where)
    if not good and not seen:
        yield Failure(where, "no documents in this JSONL file")


def _from_html(where: str, html: str, doc_id: str, published: Optional[date]) -> Iterator[Item]:
    from .html import extract_article

    article = extract_article(html)
    if not article.text.strip():
        yield Failure(where, "no article text found in the HTML page")
        return
    pub = published or article.published
    yield Document(id=doc_id, text=article.text, published=pub, title=article.title,
                   source=article.source, url=article.url, path=where)
