"""`NAME.json`, schema `timeline/1` (SPEC §3.1)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator, Optional, Union

from ..model import Actor, Document, Event, StoryDate, Timeline
from .atomic import atomic_write

SCHEMA = "timeline/1"


def _event(e: Event, doc: Optional[Document] = None) -> dict:
    out = {
        "id": e.id, "doc": e.doc, "kind": e.kind, "summary": e.summary,
        "trigger": {"text": e.trigger.text, "start": e.trigger.start, "end": e.trigger.end},
        "sentence": {"start": e.sentence.start, "end": e.sentence.end, "text": e.sentence.text},
        "time": e.time.to_dict() if e.time else None,
        "status": e.status,
        "actors": [{"actor": p.actor, "role": p.role} for p in e.actors],
        "quote": e.quote, "speaker": e.speaker,
    }
    if doc is not None:     # what a fact-checker cites, on the row itself
        out["document"] = {"title": doc.title, "source": doc.source, "url": doc.url,
                           "published": doc.published.isoformat() if doc.published else None}
    if e.sources:
        out["sources"] = [{"doc": s.doc, "start": s.start, "end": s.end} for s in e.sources]
    if e.kind == "statement":
        out["quote_span"] = {"start": e.quote_span[0], "end": e.quote_span[1]} if e.quote_span else None
        out["direct"] = e.direct
        out["addressee"] = e.addressee
    if e.sources:       # told by several articles (SPEC 3.5): the other reports, and how many documents
        out["sources"] = [{"doc": s.doc, "start": s.start, "end": s.end} for s in e.sources]
        out["support"] = len({e.doc, *(s.doc for s in e.sources)})
    return out


def _actor(a: Actor) -> dict:
    return {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases), "mentions": len(a.mentions),
            "generic": a.generic, "doc": a.doc,
            "mention_spans": [{"start": m.start, "end": m.end, "text": m.text, "label": m.label} for m in a.mentions]}


def _story_date(s: StoryDate) -> dict:
    """One date of the story (SPEC 3.5); `score` is its weighted support across documents."""
    return {"date": s.date.isoformat(), "sentences": list(s.sentences), "events": list(s.events),
            "sources": [{"doc": x.doc, "start": x.start, "end": x.end} for x in s.sources], "score": s.score}


def timeline_to_dict(tl: Timeline) -> dict:
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _parts(tl).items()}


def _parts(tl: Timeline) -> dict:
    """The timeline's JSON object, each list a generator of its items (made as they are written)."""
    docs = {d.id: d for d in tl.documents}
    return {
        "schema": SCHEMA,
        "title": tl.title,
        "documents": ({"id": d.id, "title": d.title, "published": d.published.isoformat() if d.published else None,
                       "source": d.source, "url": d.url, "path": d.path, "text": d.text} for d in tl.documents),
        "actors": (_actor(a) for a in tl.actors),
        "events": (_event(e, docs.get(e.doc)) for e in tl.events),
        "relations": ({"source": r.source, "target": r.target, "type": r.type, "event": r.event,
                       "hypothetical": r.hypothetical,
                       "evidence": {"doc": r.doc, "start": r.start, "end": r.end}} for r in tl.relations),
        "temporal_links": ({"source": l.source, "target": l.target, "type": l.type, "offset": l.offset,
                            "text": l.text} for l in tl.links),
        "story": (_story_date(s) for s in tl.story),
    }


def write_json(tl: Timeline, path: Union[str, Path]) -> Path:
    """The bytes of `json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2)` and a line
    break, each record made and written in turn: neither the text of a corpus's timeline nor its
    records as dicts are ever held whole."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            for chunk in _json_chunks(_parts(tl)):
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
    return atomic_write(path, write)


def _json_chunks(data: dict) -> Iterator[str]:
    """A dict of scalars and lists (or iterators of items) as json.dumps(indent=2) writes it,
    each list item on its own."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, indent=2)
    yield "{"
    for n, (key, value) in enumerate(data.items()):
        yield ("," if n else "") + "\n  " + dump(key) + ": "
        if not isinstance(value, (list, Iterator)):
            yield dump(value).replace("\n", "\n  ")
            continue
        empty = True
        for i, item in enumerate(value):
            empty = False
            yield ("," if i else "[") + "\n    " + dump(item).replace("\n", "\n    ")
        yield "[]" if empty else "\n  ]"
    yield "\n}\n" if data else "}\n"
