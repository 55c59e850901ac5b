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


def _display(t: EventTime) -> Optional[str]:
    """A display date where the start/end fields alone would overstate what is known."""
    if t.granularity == "decade":
        return f"{t.earliest.year}s"
    if t.granularity == "century":
        return f"{t.earliest.year // 100 + 1}th century"
    if t.approximate and t.anchor not in ("dct",):
        if t.earliest.year == t.latest.year:
            return f"c. {t.earliest.year}"
        return f"c. {t.earliest.year}–{t.latest.year}"
    return None


def _has_end(t: EventTime) -> bool:
    return t.earliest != t.latest and (t.granularity not in ("year", "month", "day")
                                        or t.earliest.year != t.latest.year or t.approximate)


def _group(e: Event, names: dict) -> Optional[str]:
    for role in ("speaker", "agent", "patient", "addressee", "other"):
        for p in e.actors:
            if p.role == role and p.actor in names:
                return names[p.actor]
    return None


def _text(e: Event, documents: dict) -> str:
    doc = documents.get(e.doc)
    body = html_text(f"“{e.quote}”" if e.quote else (e.sentence.text or e.summary))
    source = ""
    if doc is not None:
        label = html_text(doc.source or doc.title or doc.id)
        url = web_url(doc.url)
        source = f' <a href="{html_attr(url)}">{label}</a>' if url else f" ({label})"
    return f"{body}{source}"


def timelinejs(tl: Timeline) -> dict:
    names = {a.id: a.name for a in tl.actors}
    documents = {d.id: d for d in tl.documents}
    events = []
    for e in tl.events:
        t = e.time
        if t is None or t.earliest is None or t.latest is None:
            continue
        item = {"unique_id": e.id, "start_date": _parts(t, "start"),
                "text": {"headline": html_text(e.summary), "text": _text(e, documents)}}
        if _has_end(t):
            item["end_date"] = _parts(t, "end")
        display = _display(t)
        if display:
            item["display_date"] = html_text(display)
        group = _group(e, names)
        if group:
            item["group"] = html_text(group)
        events.append(item)
    published = [d.published for d in tl.documents if d.published]
    sources = sorted({d.source for d in tl.documents if d.source})
    intro_parts = [", ".join(sources)] if sources else []
    if published:
        intro_parts.append(f"published {max(published).isoformat()}")
    intro = " · ".join(intro_parts)
    return {"title": {"text": {"headline": html_text(tl.title or "Timeline"), "text": html_text(intro)}},
            "events": events}


def write_timelinejs(tl: Timeline, path: Union[str, Path]) -> Path:
    return atomic_write(path, json.dumps(timelinejs(tl), ensure_ascii=False, indent=1) + "\n")


class _SafeWriter:
    """Rows whose cells cannot start a spreadsheet formula."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        self.writer.writerow([csv_cell(c) for c in row])


def write_timelinejs_sheet(tl: Timeline, path: Union[str, Path]) -> Path:
    data = timelinejs(tl)
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
