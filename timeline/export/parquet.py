"""`--format parquet`: the timeline as four Parquet tables beside each other, which pandas,
Polars, DuckDB and Spark read directly:

- `NAME-events.parquet` and `NAME-statements.parquet`: the rows of export/rows.py (the CSV's
  columns, typed: `earliest`, `latest` and `published` are dates), one per event or statement;
  statements add `speaker_id`, `addressee`, `direct`, `quote_start`, `quote_end`;
- `NAME-actors.parquet`: id, name, type, aliases (a list), mentions, generic, doc;
- `NAME-relations.parquet`: source and target (ids and names), type, event_id, hypothetical, and
  the evidence (doc, start, end).

Needs pyarrow (`pip install 'timeline-builder[parquet]'`)."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..model import Timeline
from .atomic import atomic_write
from .rows import COLUMNS, event_rows

SUFFIXES = {"events": "-events.parquet", "statements": "-statements.parquet", "actors": "-actors.parquet",
            "relations": "-relations.parquet"}


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ModuleNotFoundError:
        raise ModuleNotFoundError("--format parquet needs pyarrow: pip install 'timeline-builder[parquet]'",
                                  name="pyarrow") from None
    return pyarrow


def _schemas(pa) -> dict:
    text, day = pa.string(), pa.date32()
    typed = {"earliest": day, "latest": day, "published": day, "approximate": pa.bool_(),
             "sentence_start": pa.int64(), "sentence_end": pa.int64()}
    rows = [(c, typed.get(c, text)) for c in COLUMNS]
    said = [("speaker_id", text), ("addressee", text), ("direct", pa.bool_()), ("quote_start", pa.int64()),
            ("quote_end", pa.int64())]
    return {
        "events": pa.schema(rows), "statements": pa.schema(rows + said),
        "actors": pa.schema([("id", text), ("name", text), ("type", text), ("aliases", pa.list_(text)),
                             ("mentions", pa.int64()), ("generic", pa.bool_()), ("doc", text)]),
        "relations": pa.schema([("source_id", text), ("source", text), ("target_id", text), ("target", text),
                                ("type", text), ("event_id", text), ("hypothetical", pa.bool_()), ("doc", text),
                                ("start", pa.int64()), ("end", pa.int64())]),
    }


def tables(tl: Timeline) -> dict[str, list[dict]]:
    """The rows of the four tables."""
    names = {a.id: a.name for a in tl.actors}
    statements = {e.id: e for e in tl.events if e.kind == "statement"}
    said = []
    for row in event_rows(tl, "statement"):
        e = statements[row["event_id"]]
        span = e.quote_span or (None, None)
        said.append({**row, "speaker_id": e.speaker, "addressee": names.get(e.addressee) if e.addressee else None,
                     "direct": e.direct, "quote_start": span[0], "quote_end": span[1]})
    return {
        "events": event_rows(tl, "event"), "statements": said,
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
                    "mentions": len(a.mentions), "generic": a.generic, "doc": a.doc} for a in tl.actors],
        "relations": [{"source_id": r.source, "source": names.get(r.source), "target_id": r.target,
                       "target": names.get(r.target), "type": r.type, "event_id": r.event,
                       "hypothetical": r.hypothetical, "doc": r.doc, "start": r.start, "end": r.end}
                      for r in tl.relations],
    }


def write_parquet(tl: Timeline, path: Union[str, Path]) -> Path:
    """Writes the four tables; `path` is the events table's (`NAME-events.parquet`), the others
    are put beside it. Returns `path`."""
    pa = _pyarrow()
    path = Path(path)
    base = path.name[:-len(SUFFIXES["events"])] if path.name.endswith(SUFFIXES["events"]) else path.stem
    schemas = _schemas(pa)
    for table, rows in tables(tl).items():
        data = pa.Table.from_pylist(rows, schema=schemas[table])
        target = path if table == "events" else path.with_name(base + SUFFIXES[table])
        atomic_write(target, lambda tmp, data=data: pa.parquet.write_table(data, tmp))
    return path
