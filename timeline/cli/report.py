"""What a build tells on stdout: a line per document as it is done (-v), the one line a run ends
with, and for a few documents their dated events."""
from __future__ import annotations

from .messages import printable


def summary(name: str, timeline, counts, elapsed: float) -> str:
    """The one line a run ends with: what was read and found, how long it took, and a hint when
    documents had no publication date."""
    statements = sum(1 for e in timeline.events if e.kind == "statement")
    plural = lambda n, word: f"{n:,} {word}{'s' * (n != 1)}"
    line = (f"{name}: {plural(counts.documents, 'document')}, {plural(len(timeline.events) - statements, 'event')}, "
            f"{plural(statements, 'statement')}, {plural(len(timeline.actors), 'actor')} in {elapsed:.1f} s")
    if counts.reused:
        line += f" ({counts.reused:,} done by an earlier run)"
    if counts.undated:
        line += (f"; {plural(counts.undated, 'document')} without a publication date: relative dates "
                 f"left unresolved (give --published)")
    return line


def document_line(result) -> str:
    d = result.document
    when = d.published.isoformat() if d.published else "no publication date: relative dates left unresolved"
    return (f"{printable(d.id)}: {len(result.events)} events, {len(result.actors.actors)} actors, "
            f"{len(result.relations)} relations ({when})")


def report(timeline, documents: int) -> None:
    """For a few documents, their events dated by the text, one a line."""
    from ..selection import listed

    statements = sum(1 for e in timeline.events if e.kind == "statement")
    dated = listed(timeline)
    if documents > 3 or not dated:
        return
    for e in dated:
        t = e.time
        print(f"  {t.value or '':<12} {e.status:<7} {e.summary}")
    rest = len(timeline.events) - len(dated) - statements
    print(f"  + {statements} statements and {rest} more events (undated, dated only by publication, or parts of those above)"
          f" in the files; {len(timeline.actors)} actors, {len(timeline.relations)} relations")
