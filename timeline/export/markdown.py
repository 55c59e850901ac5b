"""`NAME.md`: the events as a dated list with their sources, to paste into a story draft.

Markdown renderers pass HTML through and follow links: every text from the articles has its HTML
and its link brackets escaped, and a source is linked only when its URL is http(s)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from ..model import Event, Timeline
from ..selection import Policy, select
from .atomic import atomic_write
from .safe import md_text as _md, md_url

ARTICLES_LISTED_FIRST = 5      # up to this many articles are listed under the title, more at the end


def _when(e: Event) -> str:
    t = e.time
    if t is None or t.earliest is None:
        return "undated"
    if t.granularity == "day" and t.earliest == t.latest:
        return t.earliest.isoformat()
    if t.earliest.year != t.latest.year:
        return f"{'c. ' if t.approximate else ''}{t.earliest.year}–{t.latest.year}"
    return ("c. " if t.approximate and t.anchor != "dct" else "") + _md(t.value or t.earliest.isoformat())


def _story(tl: Timeline, docs: dict) -> list[str]:
    """The story (SPEC 3.5), best date first: each date with the sentences that tell it and where."""
    if not tl.story:
        return []
    out = ["", "## The story", ""]
    for day in tl.story:
        told = [f"{_md(text)} ({_cite(docs.get(src.doc), src.doc)})" for text, src in zip(day.sentences, day.sources)]
        out.append(f"- **{day.date.isoformat()}** " + (" ".join(told) if told else "—"))
    return out


def _cite(doc, doc_id: str) -> str:
    """Where a story sentence comes from: its publisher (else its title, else its id), linked to
    the article when its URL is http(s)."""
    label = _md((doc.source or doc.title or doc.id) if doc else doc_id)
    url = md_url(doc.url) if doc else None
    return f"[{label}]({url})" if url else label


def markdown(tl: Timeline, policy: Optional[Policy] = None) -> str:
    """The items the inclusion policy keeps (selection.py; all of them unless it sets a budget):
    events by date, then who said what."""
    shown = select(tl, policy).shown
    names = {a.id: a.name for a in tl.actors}
    docs = {d.id: d for d in tl.documents}
    out = [f"# {_md(tl.title or 'Timeline')}", ""]
    # A few articles head the page; a collection's list would push its story off the first screen.
    articles_first = len(tl.documents) <= ARTICLES_LISTED_FIRST
    if articles_first:
        out += _articles(tl)
    out += _story(tl, docs)
    out += ["", "## What happened when", ""]
    for e in shown:
        if e.kind != "event":
            continue
        future = " *(future)*" if e.status == "future" else ""
        how = f" — “{_md(e.time.text)}”" if e.time.text else ""
        where = docs[e.doc].source or e.doc if e.doc in docs else e.doc
        out.append(f"- **{_when(e)}**{future} {_md(e.summary)}{how} ({_md(where)})")
    statements = [e for e in shown if e.kind == "statement"]
    if statements:
        out += ["", "## Who said what", ""]
        for e in statements:
            who = _md(names.get(e.speaker, "Unattributed"))
            to = f" to {_md(names[e.addressee])}" if e.addressee in names else ""
            quote = (e.quote or "").replace("\n", " ")
            if len(quote) > 300:
                quote = quote[:297].rsplit(" ", 1)[0] + "…"
            mark = f"“{_md(quote)}”" if e.direct else _md(quote)
            out.append(f"- **{who}** {_md(e.trigger.text)}{to} ({_when(e)}): {mark}")
    if tl.actors:
        out += ["", "## Who is who", ""]
        for a in tl.actors:
            also = f" — also {_md(', '.join(a.aliases))}" if a.aliases else ""
            out.append(f"- {_md(a.name)} ({_md(a.type)}){also}")
    if not articles_first:
        out += ["", "## The articles", ""] + _articles(tl)
    return "\n".join(out) + "\n"


def _articles(tl: Timeline) -> list[str]:
    out = []
    for d in tl.documents:
        url = md_url(d.url)
        label = f"[{_md(d.title or d.id)}]({url})" if url else _md(d.title or d.id)
        bits = [_md(x) for x in (d.source, d.published.isoformat() if d.published else None) if x]
        out.append(f"- {label}" + (f" — {', '.join(bits)}" if bits else ""))
    return out


def write_markdown(tl: Timeline, path: Union[str, Path], policy: Optional[Policy] = None) -> Path:
    return atomic_write(path, markdown(tl, policy))
