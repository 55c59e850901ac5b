"""Knight Lab TimelineJS: the JSON that TimelineJS3 loads, and the Google-spreadsheet CSV its
authoring template reads, so that a timeline can be published in minutes.

A collection's story (selection.story_shown) is one slide per story date, in time order: its
sentences, each with the article it comes from, and how many articles date something to that
day. Otherwise a slide per item of the inclusion policy.

TimelineJS renders headlines, texts, display dates and group names as HTML: every text from the
articles is HTML-escaped, and a source is linked only when its URL is http(s)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Optional, Union

from ..model import Event, EventTime, StoryDate, Timeline
from ..selection import Policy, date_label, headline, main_actor, select, story_shown
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


def _cite(doc, label: str) -> str:
    """` <a href="url">label</a>` for a document with an http(s) URL, else ` (label)`; `label` escaped."""
    url = web_url(doc.url)
    return f' <a href="{html_attr(url)}">{html_text(label)}</a>' if url else f" ({html_text(label)})"


def _text(e: Event, documents: dict) -> str:
    doc = documents.get(e.doc)
    body = html_text(f"“{e.quote}”" if e.quote else (e.sentence.text or e.summary))
    source = _cite(doc, doc.source or doc.title or doc.id) if doc is not None else ""
    return f"{body}{source}"


HEADLINE_WORDS = 12   # a story slide's headline: the first words of its first sentence


def _story_text(day: StoryDate, documents: dict, articles: int) -> str:
    """The date's sentences, each with its article (title and publisher, linked when it can be),
    and how many articles date something to that day."""
    paragraphs = []
    for sentence, source in zip(day.sentences, day.sources):
        doc = documents.get(source.doc)
        cite = ""
        if doc is not None:
            cite = _cite(doc, " — ".join(x for x in (doc.title, doc.source) if x) or doc.id)
        paragraphs.append(f"<p>{html_text(' '.join(sentence.split()))}{cite}</p>")
    if articles > 1:
        paragraphs.append(f"<p><em>{articles} articles date something to this day.</em></p>")
    return "".join(paragraphs)


def _story_slides(tl: Timeline, days: tuple[StoryDate, ...]) -> list[dict]:
    """One slide per story date, in time order."""
    documents = {d.id: d for d in tl.documents}
    reports: dict[str, set[str]] = {e.id: {e.doc} | {s.doc for s in e.sources} for e in tl.events}
    slides = []
    for rank, day in sorted(enumerate(days[:MAX_SLIDES], 1), key=lambda rd: rd[1].date):
        articles = set().union(*(reports.get(e, set()) for e in day.events)) if day.events else set()
        words = " ".join(day.sentences[0].split()).split(" ")
        title = " ".join(words[:HEADLINE_WORDS]) + ("…" if len(words) > HEADLINE_WORDS else "")
        slides.append({"unique_id": f"story-{day.date.isoformat()}",
                       "start_date": {"year": day.date.year, "month": day.date.month, "day": day.date.day},
                       "text": {"headline": html_text(title), "text": _story_text(day, documents, len(articles))},
                       "group": html_text(f"Top {_band(rank)}")})
    return slides


def _band(rank: int) -> str:
    """The group of a story slide: how high its date ranks (top 5, top 10, top 20 …)."""
    for top in (5, 10, 20, 50):
        if rank <= top:
            return str(top)
    return str(MAX_SLIDES)


def timelinejs(tl: Timeline, policy: Optional[Policy] = None) -> dict:
    """One slide per story date of a collection's story (selection.story_shown), else one per item
    the inclusion policy keeps (selection.py); in time order."""
    days = story_shown(tl, policy)
    events = _story_slides(tl, days) if days else _event_slides(tl, policy)
    published = [d.published for d in tl.documents if d.published]
    sources = sorted({d.source for d in tl.documents if d.source})
    intro_parts = [", ".join(sources)] if sources else []
    if published:
        intro_parts.append(f"published {max(published).isoformat()}")
    if days:
        intro_parts.append(f"{len(tl.documents)} articles, the story in {len(events)} dates")
    intro = " · ".join(intro_parts)
    return {"title": {"text": {"headline": html_text(tl.title or "Timeline"), "text": html_text(intro)}},
            "events": events}


def _event_slides(tl: Timeline, policy: Optional[Policy]) -> list[dict]:
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
    return events


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
