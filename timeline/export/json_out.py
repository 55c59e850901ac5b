"""`NAME.json`, schema `timeline/1` (SPEC §3.1)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator, Union

from ..model import Event, Timeline
from .atomic import atomic_write

SCHEMA = "timeline/1"


def _event(e: Event) -> dict:
    out = {
        "id": e.id, "doc": e.doc, "kind": e.kind, "summary": e.summary,
        "trigger": {"text": e.trigger.text, "start": e.trigger.start, "end": e.trigger.end},
        "sentence": {"start": e.sentence.start, "end": e.sentence.end},
        "time": e.time.to_dict() if e.time else None,
        "status": e.status,
        "actors": [{"actor": p.actor, "role": p.role} for p in e.actors],
        "quote": e.quote, "speaker": e.speaker,
    }
    if e.kind == "statement":
        out["quote_span"] = {"start": e.quote_span[0], "end": e.quote_span[1]} if e.quote_span else None
        out["direct"] = e.direct
        out["addressee"] = e.addressee
    return out


def timeline_to_dict(tl: Timeline) -> dict:
    return {
        "schema": SCHEMA,
        "title": tl.title,
        "documents": [{"id": d.id, "title": d.title, "published": d.published.isoformat() if d.published else None,
                       "source": d.source, "url": d.url, "path": d.path} for d in tl.documents],
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
                    "mentions": len(a.mentions), "generic": a.generic} for a in tl.actors],
        "events": [_event(e) for e in tl.events],
        "relations": [{"source": r.source, "target": r.target, "type": r.type, "event": r.event,
                       "hypothetical": r.hypothetical,
                       "evidence": {"doc": r.doc, "start": r.start, "end": r.end}} for r in tl.relations],
        "temporal_links": [{"source": l.source, "target": l.target, "type": l.type, "offset": l.offset,
                            "text": l.text} for l in tl.links],
    }


def write_json(tl: Timeline, path: Union[str, Path]) -> Path:
    """The bytes of `json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2)` and a line
    break, written a record at a time: the text of a corpus's timeline is never held whole."""
    data = timeline_to_dict(tl)

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            for chunk in _json_chunks(data):
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
    return atomic_write(path, write)


def _json_chunks(data: dict) -> Iterator[str]:
    """A dict of scalars and lists as json.dumps(indent=2) writes it, each list item on its own."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, indent=2)
    yield "{"
    for n, (key, value) in enumerate(data.items()):
        yield ("," if n else "") + "\n  " + dump(key) + ": "
        if not isinstance(value, list) or not value:
            yield dump(value).replace("\n", "\n  ")
            continue
        yield "["
        for i, item in enumerate(value):
            yield ("," if i else "") + "\n    " + dump(item).replace("\n", "\n    ")
        yield "\n  ]"
    yield "\n}\n" if data else "}\n"
