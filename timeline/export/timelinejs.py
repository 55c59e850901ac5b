"""Knight Lab TimelineJS: the JSON that TimelineJS3 loads, and the Google-spreadsheet CSV its
authoring template reads, so that a timeline can be published in minutes.

TimelineJS renders headlines, texts, display dates and group names as HTML: every text from the
articles is HTML-escaped, and a source is linked only when its URL is http(s)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Optional, Union

from ..model import Event, EventTime, Timeline
from ..selection import Policy, date_label, headline, main_actor, select
from .atomic import atomic_write
from .safe import csv_cell, html_attr, html_text, web_url

SHEET_COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                 "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                 "Background"]


def _parts(t: EventTime, which: str) -> dict:
    d = t.earliest if which == "start" else t.latest
    parts = {"year": d.year}
    if t.granularity in ("day", "week", "month", "quarter", "season") or (t.earliest.year == t.latest.year and t.granularity != "year"):
        parts["month"] = d.month
        if t.granularity in ("day", "week") or t.earliest == t.latest:
            parts["day"] = d.day
    return parts


MAX_SLIDES = 100      # slides when the policy sets no budget: a TimelineJS page stays navigable
MAX_GROUPS = 6        # groups named after actors; the rest are "Other"
OTHER_GROUP = "Other"


def _display(t: EventTime) -> Optional[str]:
    """A display date only for an approximate date, said at the precision it has ("c. 25–26 Feb
    2019", "c. 2004"); exact dates need none. A date that stands in for the publication day is
    exact enough."""
    if t.approximate and t.anchor != "dct":
        return date_label(t)
    return None


def _has_end(t: EventTime) -> bool:
    return t.earliest != t.latest and (t.granularity not in ("year", "month", "day")
                                        or t.earliest.year != t.latest.year or t.approximate)


def _groups(tl: Timeline, events) -> dict[str, str]:
    """Each slide's group: its main actor when that actor is among the MAX_GROUPS with most
    slides, else "Other"; none for a slide without an actor."""
    types = {a.id: a.type for a in tl.actors}
    names = {a.id: a.name for a in tl.actors}
    owner = {e.id: main_actor(e, types) for e in events}
    counts: dict[str, int] = {}
    for a in owner.values():
        if a in names:
            counts[a] = counts.get(a, 0) + 1
    top = set(sorted(counts, key=lambda a: (-counts[a], a))[:MAX_GROUPS])
    return {eid: names[a] if a in top else OTHER_GROUP for eid, a in owner.items() if a in names}


def _text(e: Event, documents: dict) -> str:
    doc = documents.get(e.doc)
    body = html_text(f"“{e.quote}”" if e.quote else (e.sentence.text or e.summary))
    source = ""
    if doc is not None:
        label = html_text(doc.source or doc.title or doc.id)
        url = web_url(doc.url)
        source = f' <a href="{html_attr(url)}">{label}</a>' if url else f" ({label})"
    return f"{body}{source}"


def timelinejs(tl: Timeline, policy: Optional[Policy] = None) -> dict:
    """One slide per item the inclusion policy keeps (selection.py), in time order."""
    documents = {d.id: d for d in tl.documents}
    shown = select(tl, policy, limit=MAX_SLIDES).shown
    groups = _groups(tl, shown)
    events = []
    for e in shown:
        t = e.time
        item = {"unique_id": e.id, "start_date": _parts(t, "start"),
                "text": {"headline": html_text(headline(e, tl)), "text": _text(e, documents)}}
        if _has_end(t):
            item["end_date"] = _parts(t, "end")
        display = _display(t)
        if display:
            item["display_date"] = html_text(display)
        if e.id in groups:
            item["group"] = html_text(groups[e.id])
        events.append(item)
    published = [d.published for d in tl.documents if d.published]
    sources = sorted({d.source for d in tl.documents if d.source})
    intro_parts = [", ".join(sources)] if sources else []
    if published:
        intro_parts.append(f"published {max(published).isoformat()}")
    intro = " · ".join(intro_parts)
    return {"title": {"text": {"headline": html_text(tl.title or "Timeline"), "text": html_text(intro)}},
            "events": events}


def write_timelinejs(tl: Timeline, path: Union[str, Path], policy: Optional[Policy] = None) -> Path:
    return atomic_write(path, json.dumps(timelinejs(tl, policy), ensure_ascii=False, indent=1) + "\n")


class _SafeWriter:
    """Rows whose cells cannot start a spreadsheet formula."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        self.writer.writerow([csv_cell(c) for c in row])


def write_timelinejs_sheet(tl: Timeline, path: Union[str, Path], policy: Optional[Policy] = None) -> Path:
    data = timelinejs(tl, policy)
    buf = io.StringIO(newline="")
    w = _SafeWriter(csv.writer(buf, lineterminator="\r\n"))
    w.writerow(SHEET_COLUMNS)
    w.writerow(["", "", "", "", "", "", "", "", "", data["title"]["text"]["headline"], data["title"]["text"]["text"],
                "", "", "", "", "title", "", ""])
    for ev in data["events"]:
        s, e = ev["start_date"], ev.get("end_date", {})
        w.writerow([s.get("year", ""), s.get("month", ""), s.get("day", ""), "", e.get("year", ""), e.get("month", ""),
                    e.get("day", ""), "", ev.get("display_date", ""), ev["text"]["headline"], ev["text"]["text"],
                    "", "", "", "", "", ev.get("group", ""), ""])
    return atomic_write(path, buf.getvalue())
