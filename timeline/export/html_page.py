"""`NAME.html`: one self-contained page that works offline: the events and statements on a
zoomable time axis with a lane per actor, a search box, filters by actor and kind, and each item
opening to its sentence, quote, speaker, source and date.

The page is a Jinja2 template (templates/page.html.j2) with a small script of our own
(templates/page.js) and its style (templates/page.css) written into it; nothing is loaded from
the network. Everything from the articles reaches the page as JSON inside a
`<script type="application/json">` element (escaped by `safe.script_json`) and is put on the page
by the script as text (`textContent`), never as HTML; links are made only from http(s) URLs. A
Content-Security-Policy lets only this page's own script and style run.

A collection's story (selection.story_shown) is the page's first view: its dates in time order,
each with its sentences and their articles, written by the template (escaped by Jinja2), each
date a button that brings the axis to that day.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Union

from ..version import __version__
from ..model import Event, EventTime, Timeline
from .atomic import atomic_write
from .safe import page_text, script_json, web_url

MAX_LANES = 10          # actors with a lane of their own; the others share one
ROLE_ORDER = ("speaker", "agent", "patient", "addressee", "other")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def page_events(tl: Timeline, policy=None) -> tuple[Event, ...]:
    """What the page shows: the inclusion policy's choice (the one every shown output uses),
    with no budget of its own: a page has room for every item, its filters narrow them."""
    from ..selection import select

    return select(tl, policy).shown


def _day(d) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def when_text(t: EventTime) -> str:
    """A date as a reader says it: "26 Feb 2019", "Feb 2019", "1984", "1980s", "c. 2004"."""
    a, b = t.earliest, t.latest
    c = "c. " if t.approximate and t.anchor != "dct" else ""
    if a == b:
        return c + _day(a)
    if t.granularity == "decade" and b.year - a.year == 9:
        return f"{c}{a.year}s"
    if a.year == b.year and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
        return f"{c}{a.year}"
    if a.year == b.year and a.month == b.month and a.day == 1 and b.month != (b.replace(day=28) + _four_days()).month:
        return f"{c}{MONTHS[a.month - 1]} {a.year}"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
        return f"{c}{a.year}–{b.year}"
    return f"{c}{_day(a)} – {_day(b)}"


def _four_days():
    from datetime import timedelta
    return timedelta(days=4)


def _lane_actor(e: Event) -> Optional[str]:
    """The actor whose lane an item goes in: the speaker, else the agent, and so on."""
    for role in ROLE_ORDER:
        for p in e.actors:
            if p.role == role:
                return p.actor
    return e.speaker


def _lanes(events: tuple[Event, ...], names: dict[str, str]) -> tuple[list[dict], dict[str, int]]:
    counts = Counter(a for a in (_lane_actor(e) for e in events) if a in names)
    top = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:MAX_LANES]]
    lanes = [{"name": names[a], "actor": a} for a in top]
    lanes += [{"name": "Other actors", "actor": None}, {"name": "No named actor", "actor": None}]
    return lanes, {a: i for i, a in enumerate(top)}


def _item(e: Event, actor_index: dict[str, int], lane: int, doc_index: dict[str, int]) -> dict:
    t = e.time
    item = {"id": e.id, "k": e.kind, "s": e.summary, "a": t.earliest.isoformat(), "b": t.latest.isoformat(),
            "w": when_text(t), "st": e.status, "se": e.sentence.text, "d": doc_index.get(e.doc, -1), "l": lane,
            "ac": [[actor_index[p.actor], p.role] for p in e.actors if p.actor in actor_index]}
    if t.text:
        item["tx"] = t.text
    if e.kind == "statement":
        item.update({"q": e.quote or "", "dr": bool(e.direct), "sp": actor_index.get(e.speaker, -1),
                     "to": actor_index.get(e.addressee, -1), "cue": e.trigger.text})
    return item


def page_data(tl: Timeline, events: tuple[Event, ...]) -> dict:
    """The page's data: documents, actors, lanes and one compact record per item."""
    names = {a.id: a.name for a in tl.actors}
    used = Counter(p.actor for e in events for p in e.actors if p.actor in names)
    used.update(e.speaker for e in events if e.speaker in names and e.speaker not in {p.actor for p in e.actors})
    actors = sorted(used, key=lambda a: (-used[a], names[a]))
    actor_index = {a: i for i, a in enumerate(actors)}
    lanes, lane_of = _lanes(events, names)
    other, nobody = len(lanes) - 2, len(lanes) - 1
    doc_index = {d.id: i for i, d in enumerate(tl.documents)}
    items = []
    for e in events:
        actor = _lane_actor(e)
        lane = lane_of.get(actor, other if actor in names else nobody)
        items.append(_item(e, actor_index, lane, doc_index))
    for lane in lanes:
        lane["actor"] = actor_index.get(lane["actor"], -1)
    return {
        "docs": [{"t": d.title or d.id, "s": d.source or "", "u": web_url(d.url) or "",
                  "p": d.published.isoformat() if d.published else ""} for d in tl.documents],
        "actors": [{"n": names[a], "c": used[a]} for a in actors],
        "lanes": lanes, "items": items,
    }


def alt_text(tl: Timeline, events: tuple[Event, ...]) -> str:
    """A description of the page's time axis for readers who cannot see it."""
    if not events:
        return "An empty timeline: no dated events or statements were found."
    statements = sum(1 for e in events if e.kind == "statement")
    first = min(e.time.earliest for e in events)
    last = max(e.time.latest for e in events)
    names = {a.id: a.name for a in tl.actors}
    busiest = Counter(names[a] for a in (_lane_actor(e) for e in events) if a in names).most_common(3)
    who = ", ".join(f"{n} ({c})" for n, c in busiest)
    text = (f"A timeline of {len(events) - statements} events and {statements} statements "
            f"from {first.year} to {last.year}")
    latest = max(events, key=lambda e: (e.time.earliest, e.id))
    return text + (f"; most items involve {who}" if who else "") + f". The latest: {latest.summary} ({when_text(latest.time)})."


def story_view(tl: Timeline, policy=None) -> list[dict]:
    """The story's dates for the page, in time order: the date as said, its rank, and each
    sentence with its article's title and (http(s) only) URL."""
    from ..selection import story_shown

    documents = {d.id: d for d in tl.documents}
    days = story_shown(tl, policy)
    out = []
    for rank, day in sorted(enumerate(days, 1), key=lambda rd: rd[1].date):
        told = []
        for sentence, source in zip(day.sentences, day.sources):
            doc = documents.get(source.doc)
            title = " — ".join(x for x in (doc.title, doc.source) if x) or doc.id if doc else source.doc
            told.append({"text": " ".join(sentence.split()), "title": title, "url": web_url(doc.url) if doc else None})
        out.append({"iso": day.date.isoformat(), "when": _day(day.date), "rank": rank, "told": told})
    return out


def _subtitle(tl: Timeline) -> str:
    sources = sorted({d.source for d in tl.documents if d.source})
    published = sorted(d.published for d in tl.documents if d.published)
    n = len(tl.documents)
    parts = [f"{n} article{'s' * (n != 1)}"]
    if sources:
        parts.append(", ".join(sources[:5]) + (f" and {len(sources) - 5} more" if len(sources) > 5 else ""))
    if published:
        span = _day(published[0]) if published[0] == published[-1] else f"{_day(published[0])} – {_day(published[-1])}"
        parts.append(f"published {span}")
    return " · ".join(parts)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("timeline.export").joinpath("templates", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@lru_cache(maxsize=None)
def _template():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("timeline.export", "templates"),
                             autoescape=True, keep_trailing_newline=True)
    return env.get_template("page.html.j2")


def html_page(tl: Timeline, policy=None) -> str:
    events = page_events(tl, policy)
    script, style = _asset("page.js"), _asset("page.css")
    statements = sum(1 for e in events if e.kind == "statement")
    page = _template().render(
        title=tl.title or "Timeline", subtitle=_subtitle(tl), alt=alt_text(tl, events),
        data=script_json(page_data(tl, events)), script=script, style=style, version=__version__,
        script_hash=_sha256(script), style_hash=_sha256(style), total=len(events), statements=statements,
        left_out=len(tl.events) - len(events), story=story_view(tl, policy))
    return page_text(page)


def write_html(tl: Timeline, path: Union[str, Path], policy=None) -> Path:
    return atomic_write(path, html_page(tl, policy))
