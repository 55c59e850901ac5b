"""One flat row per event, as a fact-checker cites it: when (an ISO date or interval), what, who
(actor names, not ids), the sentence that says it, and the article it comes from (title, source,
URL, publication date). The CSV, the DataFrame and the Parquet tables are made of these rows.

Values are typed here (dates are `datetime.date`, flags are bools); each format writes them its
own way.
"""
from __future__ import annotations

from datetime import date
from typing import Iterator, Optional

from ..model import Document, Event, EventTime, Timeline

# SPEC §3.2's columns first, in their order, then the columns added for citing a row.
SPEC_COLUMNS = ["date", "earliest", "latest", "granularity", "approximate", "status", "kind", "summary",
                "actors", "speaker", "quote", "time_text", "trigger", "doc", "sentence_start", "sentence_end",
                "event_id"]
CITE_COLUMNS = ["timex", "sentence", "title", "source", "url", "published"]
COLUMNS = SPEC_COLUMNS + CITE_COLUMNS


def iso_when(t: Optional[EventTime]) -> str:
    """The event's time as ISO 8601: a day (`2019-02-26`), or an interval of days
    (`1984-01-01/1984-12-31`) that sorts by its start; empty when nothing is known."""
    if t is None or (t.earliest is None and t.latest is None):
        return ""
    if t.earliest == t.latest:
        return t.earliest.isoformat()
    start = t.earliest.isoformat() if t.earliest else ".."
    end = t.latest.isoformat() if t.latest else ".."
    return f"{start}/{end}"


def event_row(e: Event, names: dict[str, str], doc: Optional[Document]) -> dict:
    """The flat row of one event; `names` maps actor ids to names."""
    t = e.time
    return {
        "date": iso_when(t), "earliest": t.earliest if t else None, "latest": t.latest if t else None,
        "granularity": t.granularity if t else None, "approximate": t.approximate if t else None,
        "status": e.status, "kind": e.kind, "summary": e.summary,
        "actors": "; ".join(names[p.actor] for p in e.actors if p.actor in names),
        "speaker": names.get(e.speaker, "") if e.speaker else "", "quote": e.quote or "",
        "time_text": (t.text or "") if t else "", "trigger": e.trigger.text, "doc": e.doc,
        "sentence_start": e.sentence.start, "sentence_end": e.sentence.end, "event_id": e.id,
        "timex": (t.value or "") if t else "", "sentence": e.sentence.text,
        "title": (doc.title or "") if doc else "", "source": (doc.source or "") if doc else "",
        "url": (doc.url or "") if doc else "", "published": doc.published if doc else None,
    }


def event_rows(tl: Timeline, kind: Optional[str] = None) -> list[dict]:
    """The rows of every event (or of one `kind`), in the timeline's order."""
    return list(iter_event_rows(tl, kind))


def iter_event_rows(tl: Timeline, kind: Optional[str] = None) -> Iterator[dict]:
    """`event_rows`, each row made when it is asked for (a writer that writes rows as it goes
    never holds a corpus's table)."""
    names = {a.id: a.name for a in tl.actors}
    docs = {d.id: d for d in tl.documents}
    return (event_row(e, names, docs.get(e.doc)) for e in tl.events if kind is None or e.kind == kind)


def cell_text(value) -> str:
    """A typed row value as CSV text: ISO dates, `true`/`false`, empty for unknown."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
