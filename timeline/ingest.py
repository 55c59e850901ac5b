"""Reading inputs into `Document`s (SPEC §1).

Each input yields documents or `Failure`s: one bad file (or one bad JSONL line) is reported
and the rest are still read. Hostile inputs are bounded: every read stops at `max_bytes`
(a file, standard input, or one JSONL line), only regular files are opened (a FIFO or a
device is refused unless given as `-`), folders are walked without following links out of
the tree, into output folders of the tool (marked by `.timeline-output`) or deeper than
`MAX_DEPTH`, and every document of a run gets an id of its own (`unique_ids`).
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from .dates import DateError, parse_date  # noqa: F401  (re-exported: callers import them from here)
from .lexicon import page as P
from .model import DOCUMENT_TEXT_FIELDS, Document
from .temporal import head_date_of

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

DEFAULT_MAX_BYTES = 10_000_000      # per file, per JSONL line, and for standard input
OUTPUT_MARKER = ".timeline-output"  # written into every --out folder; such folders are never read
MAX_CHARS = 10_000_000              # a text is parsed in parts (nlp_parts.PART_CHARS); a longer one is refused
MAX_DEPTH = 64                      # folder levels below an input folder
MAX_LINE_FAILURES = 10              # bad JSONL lines named one by one; the rest are counted

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_OPENS_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:")


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
        for item in _read_input(os.fsdecode(raw), published, max_bytes):
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


def _read_input(raw: str, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    if raw == "-":
        data = _bounded_read(sys.stdin.buffer, max_bytes)
        if len(data) > max_bytes:
            yield Failure("<stdin>", _too_large(max_bytes))
            return
        yield from _from_bytes("<stdin>", data, "stdin", None, published, as_text=True)
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
        yield from _read_folder(Path(raw), published, max_bytes)
    else:
        yield from _read_file(Path(raw), published, max_bytes)


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


def display(path: Union[str, "os.PathLike[str]"]) -> str:
    """A path as text that can be printed and written to any output: a file name that is not
    UTF-8 (undecodable bytes kept by Python as surrogates) gets U+FFFD for each bad byte."""
    return os.fsencode(path).decode("utf-8", "replace")


_OPTIONAL_TEXT_FIELDS = DOCUMENT_TEXT_FIELDS[2:5]          # title, source, url
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


def _too_large(max_bytes: int, what: str = "input") -> str:
    return f"{what} larger than the limit of {_human(max_bytes)}; not read (raise it with --max-bytes)"


def _bounded_read(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes, so that a caller can tell "exactly the limit" from "more"."""
    chunks, left = [], max_bytes + 1
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# --- folders -------------------------------------------------------------------------------------

def _is_project_file(path: Path) -> bool:
    """A corpus folder's README or LICENSE describes the corpus; it is not an article in it."""
    return path.stem.lower() in P.CORPUS_DESCRIPTION_FILES


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _visit(path: Path, entry: os.DirEntry, depth: int, real_root: Path, where: str,
           files: list[Path], issues: list[Item], pending: list[tuple[Path, int]]) -> None:
    """One entry of a folder: a file to read, a folder to walk, or a problem to report."""
    try:
        if entry.is_symlink():
            _visit_link(path, real_root, where, files, issues)
        elif entry.is_dir(follow_symlinks=False):
            if depth + 1 > MAX_DEPTH:
                issues.append(Failure(display(path), f"folders nested more than {MAX_DEPTH} levels deep; "
                                                     "nothing below read"))
                return
            pending.append((path, depth + 1))
        elif entry.is_file(follow_symlinks=False) and path.suffix.lower() in SUPPORTED and not _is_project_file(path):
            files.append(path)
    except OSError as exc:
        issues.append(Failure(display(path), f"cannot read: {exc.strerror or exc}"))


def _visit_link(path: Path, real_root: Path, where: str, files: list[Path], issues: list[Item]) -> None:
    """A symbolic link is followed only to a file inside the tree."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        issues.append(InputWarning(display(path), "broken or looping symbolic link; skipped"))
        return
    if not _inside(target, real_root):
        issues.append(InputWarning(display(path), f"symbolic link to {display(target)}, outside {where}; not followed"))
        return
    if target.is_dir():
        return                        # inside the tree: its files are read where they are
    if target.is_file() and path.suffix.lower() in SUPPORTED and not _is_project_file(path):
        files.append(path)


def _read_folder(root: Path, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    """Every supported file below `root`, in sorted order. Hidden entries are skipped, and so are
    folders the tool wrote (they hold OUTPUT_MARKER): its outputs are never read back as inputs.
    Symbolic links are followed only to files inside the tree; each problem is one line."""
    where = display(root)
    if (root / OUTPUT_MARKER).exists():
        yield Failure(where, f"an output folder of timeline (it holds {OUTPUT_MARKER}); not read as input")
        return
    try:
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield Failure(where, f"cannot read folder: {getattr(exc, 'strerror', None) or exc}")
        return
    files: list[Path] = []
    issues: list[Item] = []
    pending = [(root, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            issues.append(Failure(display(folder), f"cannot read folder: {exc.strerror or exc}"))
            continue
        if depth and any(e.name == OUTPUT_MARKER for e in entries):
            continue                                    # an output folder of the tool inside the input
        for entry in entries:
            if entry.name.startswith("."):
                continue
            _visit(Path(entry.path), entry, depth, real_root, where, files, issues, pending)
    yield from issues
    if not files and not any(isinstance(i, Failure) for i in issues):
        yield Failure(where, "directory holds no .txt, .md, .html or .jsonl files")
    for f in sorted(files):
        yield from _read_file(f, published, max_bytes)


# --- files ---------------------------------------------------------------------------------------

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


def _read_file(path: Path, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    where = display(path)
    f = open_regular(path, where)
    if isinstance(f, Failure):
        yield f
        return
    suffix = path.suffix.lower()
    try:
        with f:
            if suffix in JSONL_SUFFIXES:
                yield from _from_jsonl(where, f, published, max_bytes)
                return
            data = _bounded_read(f, max_bytes)
    except OSError as exc:
        yield Failure(where, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield Failure(where, _too_large(max_bytes, "file"))
        return
    yield from _from_bytes(where, data, display(path.stem), suffix, published, path=where)


def _from_bytes(where: str, data: bytes, doc_id: str, suffix: Optional[str], published: Optional[date],
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
    if not as_text and (suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text))):
        yield from _from_html(where, text, doc_id, published)
    else:
        yield from _from_text(where, text, doc_id, published, path)


# --- decoding ------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
_ESCAPED = re.compile("[\udc80-\udcff]")       # bytes that were not UTF-8, as surrogateescape keeps them


def decode(data: bytes, where: str) -> Union[tuple[str, Optional[InputWarning]], Failure]:
    """Text from bytes, honestly: a byte order mark says UTF-8, UTF-16 or UTF-32; otherwise UTF-8,
    with the few bytes that are not UTF-8 replaced by U+FFFD (and counted in a warning), unless
    the bytes are clearly in a legacy encoding (more invalid bytes than valid UTF-8 characters),
    which are read as Windows-1252, else Latin-1. NUL bytes without a BOM mean binary."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, "replace")
            if "\x00" in text[:4096]:
                return Failure(where, f"binary file, not text (it starts like {name} but is not)")
            try:
                data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                bad = text.count("\ufffd")
                return text, InputWarning(where, f"{bad} invalid {name} sequence{'s' * (bad != 1)} replaced by U+FFFD")
            return text, None
    if b"\x00" in data[:8192]:
        return Failure(where, "binary file, not text")
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if not bad:
        return text, None
    good = sum(1 for c in text if c > "\x7f") - bad
    if good >= bad:
        plural = "s" * (bad != 1)
        return (_ESCAPED.sub("\ufffd", text),
                InputWarning(where, f"{bad} byte{plural} not valid UTF-8, replaced by U+FFFD"))
    try:
        return data.decode("cp1252"), InputWarning(where, "not UTF-8; read as Windows-1252")
    except UnicodeDecodeError:
        return data.decode("latin-1"), InputWarning(where, "not UTF-8; read as Latin-1")


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


# --- plain text ----------------------------------------------------------------------------------

def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text.lstrip("\ufeff")
    meta = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def _from_text(where: str, text: str, doc_id: str, published: Optional[date], path: Optional[str]) -> Iterator[Item]:
    meta, body = _front_matter(text)
    if not meta and _OPENS_FRONT_MATTER.match(text):
        yield InputWarning(where, "front matter opened with --- but never closed by a --- line; "
                                  "read as article text (its title and date are not used)")
    if not body.strip():
        yield Failure(where, "no article text (only front matter)" if meta else "empty file")
        return
    pub = published
    if pub is None and (meta.get("published") or meta.get("date")):
        try:
            pub = parse_date(meta.get("published") or meta.get("date"))
        except (DateError, ValueError, OverflowError) as exc:
            yield InputWarning(where, f"front matter 'published' ignored: {exc}")
    yield Document(id=meta.get("id") or doc_id, text=body, published=pub or published_by_head(body), title=meta.get("title") or None,
                   source=meta.get("source") or None, url=meta.get("url") or None, path=path)


def published_by_head(text: str) -> Optional[date]:
    """The day a text's head says it was filed ("Detroit, March 3, 2009", "WASHINGTON, March 12,
    2009 (Reuters) -", "Published: 4 May 2010"), for a text no date came with; None without one."""
    line = head_date_of(text, None)
    if line is None or line.granularity != "day" or line.earliest != line.latest:
        return None
    return line.earliest


# --- JSON Lines ----------------------------------------------------------------------------------

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


def _from_jsonl(where: str, f: BinaryIO, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    stem = PurePath(where).stem
    head = f.peek(8192)[:8192] if hasattr(f, "peek") else b""
    if any(head.startswith(bom) for bom, _, name in _BOMS if name != "UTF-8"):
        yield Failure(where, "JSON Lines must be UTF-8 (this file is UTF-16 or UTF-32)")
        return
    if b"\x00" in head:
        yield Failure(where, "binary file, not text")
        return
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
    if failed > MAX_LINE_FAILURES:
        yield Failure(where, f"{failed - MAX_LINE_FAILURES} more bad lines (not listed)")
    if recoded:
        lines = ", ".join(map(str, recoded[:5])) + (", …" if len(recoded) > 5 else "")
        yield InputWarning(where, f"{len(recoded)} line{'s' * (len(recoded) != 1)} not valid UTF-8 "
                                  f"(line {lines}); undecodable bytes replaced or read as Windows-1252")
    if not good and not failed:
        yield Failure(where, "no documents in this JSONL file")


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


def _jsonl_record(at: str, n: int, raw: Optional[bytes], stem: str, published: Optional[date], max_bytes: int,
                  problems: list, recoded: list) -> Optional[Document]:
    if raw is None:
        problems.append(Failure(at, _too_large(max_bytes, "line")))
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
        rec = json_object(line)
    except ValueError as exc:
        problems.append(Failure(at, str(exc)))
        return None
    body = rec.get("text")
    if body is None or (isinstance(body, str) and not body.strip()):
        problems.append(Failure(at, "no \"text\" field with article text"))
        return None
    if not isinstance(body, str):
        problems.append(Failure(at, f"\"text\" must be a string, not {_json_type(body)}"))
        return None
    raw_id = rec.get("id")
    if isinstance(raw_id, str) and raw_id.strip():
        doc_id = raw_id.strip()
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        if raw_id not in (None, ""):
            problems.append(InputWarning(at, f"\"id\" ignored: {_json_type(raw_id)}, not a string"))
        doc_id = f"{stem}-{n}"
    fields = {key: _text_field(rec.get(key), at, key, problems) for key in _OPTIONAL_TEXT_FIELDS}
    pub = published
    raw_date = rec.get("published") or rec.get("dct")
    if pub is None and raw_date:
        if isinstance(raw_date, (str, int)) and not isinstance(raw_date, bool):
            try:
                pub = parse_date(raw_date)
            except (DateError, ValueError, OverflowError) as exc:
                problems.append(InputWarning(at, f"'published' ignored: {exc}"))
        else:
            problems.append(InputWarning(at, f"'published' ignored: {_json_type(raw_date)}, not a date"))
    return Document(id=doc_id, text=body, published=pub or published_by_head(body), **fields)


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


# --- HTML ----------------------------------------------------------------------------------------

def _from_html(where: str, html: str, doc_id: str, published: Optional[date]) -> Iterator[Item]:
    from .html import extract_article

    try:
        article = extract_article(html)
    except RecursionError:
        yield Failure(where, "HTML nested too deeply to read")
        return
    except Exception as exc:     # a third-party parser on a hostile page: one line, not a traceback
        yield Failure(where, f"cannot read the HTML page ({type(exc).__name__}: {str(exc)[:200]})")
        return
    if not article.text.strip():
        yield Failure(where, "no article text found in the HTML page")
        return
    pub = published or article.published or published_by_head(article.text)
    yield Document(id=doc_id, text=article.text, published=pub, title=article.title,
                   source=article.source, url=article.url, path=where)


# --- ids -----------------------------------------------------------------------------------------

def unique_ids(items: Iterable[Item]) -> list[Item]:
    """The items, with every `Document` given an id no other document of the run has.

    Two documents with one id would share actor and event keys when the run is merged (one
    story's speaker given to the other's quote). An id many documents share is made unique,
    visibly: by the shortest part of their paths that tells them apart (`a/story` and
    `b/story` for a/story.txt and b/story.txt; `one.jsonl:7` and `two.jsonl:7` for JSONL ids),
    else by a number (`story#2`). Ids used once are left as they are.
    """
    items = list(items)
    docs = [(i, it) for i, it in enumerate(items) if isinstance(it, Document)]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, doc in docs:
        groups[doc.id].append(i)
    wanted: dict[int, str] = {}
    for doc_id, members in groups.items():
        if len(members) > 1:
            wanted.update(zip(members, _distinct_labels([items[i] for i in members])))
    if not wanted:
        return items
    taken = {doc.id for i, doc in docs if i not in wanted}
    next_number: dict[str, int] = defaultdict(lambda: 2)      # per label: thousands of one id stay linear
    for i in sorted(wanted):
        new = base = wanted[i]
        while new in taken:
            new = f"{base}#{next_number[base]}"
            next_number[base] += 1
        taken.add(new)
        items[i] = replace(items[i], id=new)
    return items


def _distinct_labels(group: list[Document]) -> list[str]:
    """Labels for documents sharing one id, from the fewest path parts that tell them apart."""
    options = [_label_options(d) for d in group]
    longest = max(len(o) for o in options)
    best, best_count = None, 0
    for level in range(longest):
        labels = [o[min(level, len(o) - 1)] for o in options]
        count = len(set(labels))
        if count > best_count:
            best, best_count = labels, count
        if count == len(group):
            break
    return best


def _label_options(doc: Document) -> list[str]:
    """Ever longer names for a document: its id, then with its folders (a file named after its id)
    or its file's name and folders (`file.jsonl:id`) in front."""
    if not doc.path:
        return [doc.id]
    path = PurePath(doc.path)
    parts = [p for p in path.parts if p != path.anchor]
    if not parts:
        return [doc.id]
    options = [doc.id]
    if doc.id == path.stem:
        folders = parts[:-1]
        options += ["/".join(folders[-k:] + [path.stem]) for k in range(1, len(folders) + 1)]
        options += ["/".join(parts[-k:]) for k in range(1, len(parts) + 1)]
    else:
        options += ["/".join(parts[-k:]) + f":{doc.id}" for k in range(1, len(parts) + 1)]
    return options
