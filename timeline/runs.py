"""Streaming corpus runs: each document's findings written to a run folder as it is analysed.

`timeline build` writes every document's result to `NAME.parts/` the moment it is done: JSONL
shards of findings (`shard-N.jsonl`, one line a document) and a manifest (`manifest.jsonl`, one
line per document done: the hash of its input, and where its line is). A run that is killed
leaves every finished document behind; `--resume` reads the manifest and analyses only what is
missing or changed. The merged outputs are made from the shards, one document read back at a
time, so a run's memory holds the findings being merged, never the texts or parses of a corpus.

A result is written as compact JSON (a record is the list of its fields' values) and read back
by the types the records declare, so that it comes back equal, field for field, and the outputs
made from it are the same bytes.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import typing
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional, TextIO

from .ingest import OUTPUT_MARKER
from .findings import ActorIndex
from .model import Document
from .pipeline import DocumentResult

PARTS_SUFFIX = ".parts"
MANIFEST = "manifest.jsonl"
SHARD_PREFIX = "shard-"
FORMAT = 1                      # the layout of a record; a run folder of another is started again


# --- records as JSON -----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _fields(cls) -> tuple[dataclasses.Field, ...]:
    """The fields a record is written with (not the caches, whose names begin with _)."""
    return tuple(f for f in dataclasses.fields(cls) if not f.name.startswith("_"))


@lru_cache(maxsize=None)
def _hints(cls) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def encode(value: Any) -> Any:
    """A record as JSON values: a dataclass is the list of its fields' values, a date its ISO text."""
    if _is_record(type(value)):
        return [encode(getattr(value, f.name)) for f in _fields(type(value))]
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@lru_cache(maxsize=None)
def _is_record(kind: type) -> bool:
    """Whether values of this type are dataclass instances: asked once a type, not once a value
    (a corpus's findings are millions of values of a few dozen types)."""
    return dataclasses.is_dataclass(kind)


def decode(data: Any, hint: Any) -> Any:
    """The value of type `hint` that `encode` wrote as `data`."""
    return _decoder(hint)(data)


Decoder = typing.Callable[[Any], Any]


@lru_cache(maxsize=None)
def _decoder(hint: Any) -> Decoder:
    """The function that reads back values of type `hint`, made once a type: reading a corpus's
    findings back inspected the type hints of every one of its millions of values otherwise.
    Every decoder reads None as None."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union:
        return _decoder(next(a for a in args if a is not type(None)))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record_decoder(hint)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _each(_decoder(args[0]), tuple)
        return _tuple_decoder(tuple(_decoder(a) for a in args))
    if origin is list:
        return _each(_decoder(args[0]), list)
    if hint is date:
        return lambda data: None if data is None else _date(data)
    return _shared


def _record_decoder(cls: type) -> Decoder:
    """A dataclass from the list of its fields' values. Its fields' decoders are made at its
    first record, not before, so that a record type may hold records of its own type."""
    parts: list[Decoder] = []

    def read(data: Any) -> Any:
        if data is None:
            return None
        if not parts:
            hints = _hints(cls)
            parts.extend(_decoder(hints[f.name]) for f in _fields(cls))
        return cls(*[part(v) for part, v in zip(parts, data)])
    return read


def _each(part: Decoder, collection: type) -> Decoder:
    """A list, or a tuple of any length, of values of one type."""
    return lambda data: None if data is None else collection([part(v) for v in data])


def _tuple_decoder(parts: tuple[Decoder, ...]) -> Decoder:
    """A tuple of a fixed length, each place of its own type."""
    return lambda data: None if data is None else tuple([part(v) for part, v in zip(parts, data)])


def _shared(data: Any) -> Any:
    """A plain value; short texts and small ints read back as one object each (see SHARED_CHARS)."""
    if isinstance(data, str) and len(data) <= SHARED_CHARS:
        return sys.intern(data)
    if type(data) is int and 0 <= data < SHARED_INTS:
        return _shared_ints.setdefault(data, data)
    return data


@lru_cache(maxsize=1 << 16)
def _date(text: str) -> date:
    """One object for each date however many findings name it: a corpus's events fall on a few
    thousand days (dates are immutable, so sharing them changes nothing else)."""
    return date.fromisoformat(text)


def release_parser() -> None:
    """The parser is not needed once every document is analysed: its memory is given back before
    the merge takes its own, so that a run's peak is the larger of the two, not their sum."""
    from .nlp import load

    load.cache_clear()
    give_back_memory()


def give_back_memory() -> None:
    """Memory freed by the process (the parser's model, a stage's indexes) handed back to the
    system, so that what the merge takes next is not added on top of it: the C allocator (glibc)
    keeps freed blocks for the process otherwise. Nothing where the C library is another."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


# Character offsets below this are read back as one object each: every event holds six or eight,
# and the documents of a corpus use the same few thousand (Python itself shares only 0 to 256).
SHARED_INTS = 1 << 16
_shared_ints: dict[int, int] = {}


# Strings up to this length are read back as one object each however often they occur: a corpus's
# findings repeat the same roles, kinds, labels and names hundreds of thousands of times.
SHARED_CHARS = 64


def result_line(result: DocumentResult) -> str:
    return json.dumps(encode(result), ensure_ascii=False, separators=(",", ":")) + "\n"


def result_from_line(line: str) -> DocumentResult:
    return decode(json.loads(line), DocumentResult)


# What the merge does not read of a result, left out when results are read back for it: the
# time expressions (the events carry their times) and where each actor is mentioned in the text
# (the actors carry their mentions).
NOT_MERGED = ("timexes", "actors.spans")


def result_for_merge(line: str) -> DocumentResult:
    """A result as the merge reads it (NOT_MERGED left empty): the findings of a whole corpus
    are held at once for the merge, so each is held without what it does not need."""
    data = json.loads(line)
    names = [f.name for f in _fields(DocumentResult)]
    data[names.index("timexes")] = []
    actors = data[names.index("actors")]
    actors[[f.name for f in _fields(ActorIndex)].index("spans")] = []
    return decode(data, DocumentResult)


# --- what a document's result depends on ---------------------------------------------------------

@lru_cache(maxsize=1)
def code_key() -> str:
    """The package's own source: a result from other code is not reused."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def attribution_key() -> Optional[str]:
    """The attribution model in use (`--attribution-model`), as text: None for the rules alone."""
    from .attribution import configured

    model = configured()
    return None if model is None else json.dumps(encode(model), sort_keys=True)


def input_hash(document: Document, model: Optional[str], attribution: Optional[str] = None) -> str:
    """What a document's findings depend on: the document as read, the parser's model, the
    attribution model (`attribution_key`) and the code."""
    data = json.dumps([encode(document), model, code_key(), attribution], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


# --- the run folder ------------------------------------------------------------------------------

class RunFolder:
    """NAME.parts/: shards of results and the manifest of what is done.

    Each result is one line appended to this session's shard and flushed before its manifest
    line is, so that a manifest line always points at a whole record, whatever moment the run
    was killed; a last line cut short is ignored on resume."""

    def __init__(self, path: Path, resume: bool = False):
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        # Marked as the tool's output, so that a folder holding it is never read back as input.
        (path / OUTPUT_MARKER).write_text("Findings of a run of `timeline build`, one document a line.\n")
        if not resume:
            self._clear()
        self.done: dict[str, tuple[str, int, int]] = self._read_manifest()
        session = 1 + max((int(p.stem[len(SHARD_PREFIX):]) for p in self._shards()), default=0)
        self._shard_name = f"{SHARD_PREFIX}{session:04d}.jsonl"
        self._shard: Optional[TextIO] = None
        self._manifest: Optional[TextIO] = None
        self._readers: dict[str, Any] = {}

    def _shards(self) -> list[Path]:
        return [p for p in self.path.glob(f"{SHARD_PREFIX}*.jsonl") if p.stem[len(SHARD_PREFIX):].isdigit()]

    def _clear(self) -> None:
        """A fresh run: only the files a run writes are removed."""
        for p in [*self._shards(), self.path / MANIFEST]:
            p.unlink(missing_ok=True)

    def _read_manifest(self) -> dict[str, tuple[str, int, int]]:
        """hash -> (shard, offset, length) for every whole line whose record is all there."""
        done: dict[str, tuple[str, int, int]] = {}
        manifest = self.path / MANIFEST
        if not manifest.exists():
            return done
        sizes = {p.name: p.stat().st_size for p in self._shards()}
        with open(manifest, encoding="utf-8") as f:
            for line in f:
                try:
                    entry = json.loads(line)
                    if entry["format"] != FORMAT:
                        continue
                    where = (entry["shard"], int(entry["offset"]), int(entry["length"]))
                except (ValueError, KeyError, TypeError):
                    continue                        # the last line of a killed run
                if where[1] + where[2] <= sizes.get(where[0], -1):
                    done[entry["hash"]] = where
        return done

    def add(self, doc_hash: str, result: DocumentResult) -> None:
        if self._shard is None:
            self._shard = open(self.path / self._shard_name, "ab")
            self._manifest = open(self.path / MANIFEST, "a", encoding="utf-8")
        data = result_line(result).encode("utf-8", "surrogatepass")
        offset = self._shard.tell()
        self._shard.write(data)
        self._shard.flush()
        self.done[doc_hash] = (self._shard_name, offset, len(data))
        self._manifest.write(json.dumps({"format": FORMAT, "hash": doc_hash, "id": result.document.id,
                                         "shard": self._shard_name, "offset": offset, "length": len(data)},
                                        ensure_ascii=False) + "\n")
        self._manifest.flush()

    def load(self, doc_hash: str, for_merge: bool = False) -> DocumentResult:
        shard, offset, length = self.done[doc_hash]
        reader = self._readers.get(shard)
        if reader is None:
            reader = self._readers[shard] = open(self.path / shard, "rb")
        reader.seek(offset)
        line = reader.read(length).decode("utf-8", "surrogatepass")
        return result_for_merge(line) if for_merge else result_from_line(line)

    def close(self) -> None:
        for f in (self._shard, self._manifest, *self._readers.values()):
            if f is not None:
                f.close()
        self._shard = self._manifest = None
        self._readers = {}

    def __enter__(self) -> "RunFolder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def results_in_order(run: RunFolder, done: list[tuple[str, Document]]) -> Iterator[DocumentResult]:
    """The results of the run's documents, in input order, each read back from its shard and
    given the document as this run names it (ids made unique across the run)."""
    for doc_hash, document in done:
        result = run.load(doc_hash, for_merge=True)
        yield dataclasses.replace(result, document=dataclasses.replace(result.document, id=document.id))


def remove_run_folder(parts: Path) -> None:
    """The run folder, once the outputs are written (--keep-parts keeps it): only what a run writes."""
    for p in [*parts.glob(f"{SHARD_PREFIX}*.jsonl"), parts / MANIFEST, parts / OUTPUT_MARKER]:
        p.unlink(missing_ok=True)
    try:
        parts.rmdir()
    except OSError:
        pass                    # something else is in it: left as it is


# --- a run over a stream of documents ------------------------------------------------------------

@dataclasses.dataclass
class RunCounts:
    documents: int = 0          # read
    analysed: int = 0           # in this run
    reused: int = 0             # done by an earlier run (--resume)
    failed: int = 0
    undated: int = 0            # without a publication date


# An engine analyses documents: each with its result (None when it failed), in any order.
Engine = typing.Callable[[Iterator[Document]], Iterator[tuple[Document, Optional[DocumentResult]]]]


def run_documents(documents: typing.Iterable[Document], run: RunFolder, engine: Engine, model: Optional[str],
                  on_result: Optional[typing.Callable[[DocumentResult], None]] = None,
                  on_reused: Optional[typing.Callable[[], None]] = None
                  ) -> tuple[list[tuple[str, Document]], RunCounts]:
    """Every document not done yet analysed by `engine` and written to the run folder as it
    comes (`on_result` told of each; `on_reused` of each done by an earlier run). Returns the documents to merge, in input order (each with its input hash, its text
    left out and its id made unique in the run), and the counts."""
    from .ingest import unique_ids

    order: list[tuple[str, Document]] = []
    counts = RunCounts()
    attribution = attribution_key()

    def to_analyse() -> Iterator[Document]:
        for document in documents:
            doc_hash = input_hash(document, model, attribution)
            order.append((doc_hash, dataclasses.replace(document, text="")))
            counts.documents += 1
            counts.undated += document.published is None
            if doc_hash in run.done:
                counts.reused += 1
                if on_reused:
                    on_reused()
                continue
            yield document

    for document, result in engine(to_analyse()):
        if result is None:
            counts.failed += 1
            continue
        run.add(input_hash(document, model, attribution), result)
        counts.analysed += 1
        if on_result:
            on_result(result)
    named = unique_ids([stub for _, stub in order])
    return [(doc_hash, stub) for (doc_hash, _), stub in zip(order, named) if doc_hash in run.done], counts
