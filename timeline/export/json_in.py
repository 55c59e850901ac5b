"""`NAME.json` read back into the `Timeline` it was written from (`timeline.load`).

The JSON holds everything the model does (the documents' texts, the sentences, the actors'
mentions), so that `load(save(t)) == t`. Fields added for readers (an event's `document`, an
actor's mention count) are derived and not read back.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Optional, Union

from ..model import (Actor, Document, Event, EventTime, Mention, Participant, Relation, Source, Span, StoryDate,
                     TemporalLink, Timeline)
from .json_out import SCHEMA


class TimelineFileError(ValueError):
    """A file that is not a timeline JSON: the message names the file and the reason."""


def _day(value: Optional[str]) -> Optional[date]:
    return date.fromisoformat(value) if value else None


def _time(t: Optional[dict]) -> Optional[EventTime]:
    if t is None:
        return None
    return EventTime(t["value"], _day(t["earliest"]), _day(t["latest"]), t["granularity"], t["approximate"],
                     t["anchor"], t.get("text"), t.get("start"), t.get("end"))


def _span(d: dict, text: Optional[str]) -> Span:
    return Span(d["start"], d["end"], text if text is not None else d.get("text", ""))


def _event(e: dict) -> Event:
    quote_span = e.get("quote_span")
    return Event(
        e["id"], e["doc"], e["kind"], e["summary"], _span(e["trigger"], e["trigger"]["text"]),
        _span(e["sentence"], e["sentence"].get("text", "")), _time(e["time"]), e["status"],
        tuple(Participant(p["actor"], p["role"]) for p in e["actors"]), quote=e.get("quote"),
        quote_span=(quote_span["start"], quote_span["end"]) if quote_span else None, direct=e.get("direct"),
        speaker=e.get("speaker"), addressee=e.get("addressee"),
        sources=tuple(Source(s["doc"], s["start"], s["end"]) for s in e.get("sources", ())))


def _actor(a: dict) -> Actor:
    mentions = tuple(Mention(m["start"], m["end"], m["text"], m["label"]) for m in a.get("mention_spans", ()))
    return Actor(a["id"], a["name"], a["type"], tuple(a.get("aliases", ())), mentions, a.get("doc"),
                 generic=a.get("generic", False))


def _story(s: dict) -> StoryDate:
    return StoryDate(date.fromisoformat(s["date"]), tuple(s.get("sentences", ())), tuple(s.get("events", ())),
                     tuple(Source(x["doc"], x["start"], x["end"]) for x in s.get("sources", ())),
                     s.get("score", 0.0))


def timeline_from_dict(data: dict) -> Timeline:
    """The Timeline a `timeline/1` dictionary describes (KeyError/TypeError if it is malformed)."""
    documents = tuple(Document(d["id"], d.get("text") or "", _day(d.get("published")), d.get("title"),
                               d.get("source"), d.get("url"), d.get("path")) for d in data["documents"])
    relations = tuple(Relation(r["source"], r["target"], r["type"], r.get("event"), r["evidence"]["doc"],
                               r["evidence"]["start"], r["evidence"]["end"], r.get("hypothetical", False))
                      for r in data.get("relations", ()))
    links = tuple(TemporalLink(x["source"], x["target"], x["type"], x.get("offset"), x.get("text"))
                  for x in data.get("temporal_links", ()))
    return Timeline(documents, tuple(_actor(a) for a in data.get("actors", ())),
                    tuple(_event(e) for e in data.get("events", ())), relations, links, data.get("title"),
                    story=tuple(_story(s) for s in data.get("story") or ()))


def load(path: Union[str, Path]) -> Timeline:
    """The Timeline in a `NAME.json` written by `timeline build` or `Timeline.save`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TimelineFileError(f"{path}: cannot read a timeline ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise TimelineFileError(f"{path}: not a timeline JSON (no \"schema\": \"{SCHEMA}\")")
    try:
        return timeline_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TimelineFileError(f"{path}: malformed timeline ({type(exc).__name__}: {exc})") from None
