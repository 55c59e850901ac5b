"""`NAME.md`: the events as a dated list with their sources, to paste into a story draft."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..model import Event, Timeline
from .atomic import atomic_write


def _when(e: Event) -> str:
    t = e.time
    if t is None or t.earliest is None:
        return "undated"
    if t.granularity == "day" and t.earliest == t.latest:
        return t.earliest.isoformat()
    if t.earliest.year != t.latest.year:
        return f"{'c. ' if t.approximate else ''}{t.earliest.year}–{t.latest.year}"
    return ("c. " if t.approximate and t.anchor != "dct" else "") + (t.value or t.earliest.isoformat())


def markdown(tl: Timeline) -> str:
    names = {a.id: a.name for a in tl.actors}
    docs = {d.id: d for d in tl.documents}
    out = [f"# {tl.title or 'Timeline'}", ""]
    for d in tl.documents:
        label = f"[{d.title or d.id}]({d.url})" if d.url else (d.title or d.id)
        bits = [x for x in (d.source, d.published.isoformat() if d.published else None) if x]
        out.append(f"- {label}" + (f" — {', '.join(bits)}" if bits else ""))
    out += ["", "## What happened when", ""]
    for e in tl.events:
        if e.kind != "event" or e.time is None or e.time.earliest is None:
            continue
        future = " *(future)*" if e.status == "future" else ""
        how = f" — “{e.time.text}”" if e.time.text else ""
        out.append(f"- **{_when(e)}**{future} {e.summary}{how} ({docs[e.doc].source or e.doc if e.doc in docs else e.doc})")
    statements = [e for e in tl.events if e.kind == "statement"]
    if statements:
        out += ["", "## Who said what", ""]
        for e in statements:
            who = names.get(e.speaker, "Unattributed")
            to = f" to {names[e.addressee]}" if e.addressee in names else ""
            quote = (e.quote or "").replace("\n", " ")
            if len(quote) > 300:
                quote = quote[:297].rsplit(" ", 1)[0] + "…"
            mark = f"“{quote}”" if e.direct else quote
            out.append(f"- **{who}** {e.trigger.text}{to} ({_when(e)}): {mark}")
    if tl.actors:
        out += ["", "## Who is who", ""]
        for a in tl.actors:
            also = f" — also {', '.join(a.aliases)}" if a.aliases else ""
            out.append(f"- {a.name} ({a.type}){also}")
    return "\n".join(out) + "\n"


def write_markdown(tl: Timeline, path: Union[str, Path]) -> Path:
    return atomic_write(path, markdown(tl))
