"""`NAME.json`, schema `timeline/1` (SPEC §3.1)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Union

from ..model import Event, StoryDate, Timeline
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


def _story_date(s: StoryDate) -> dict:
    """One date of the story (SPEC 3.5); `score` is its weighted support across documents."""
    return {"date": s.date.isoformat(), "sentences": list(s.sentences), "events": list(s.events),
            "sources": [{"doc": x.doc, "start": x.start, "end": x.end} for x in s.sources], "score": s.score}


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
        "story": [_story_date(s) for s in tl.story],
    }


def write_json(tl: Timeline, path: Union[str, Path]) -> Path:
    text = json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2) + "\n"
    return atomic_write(path, text)
