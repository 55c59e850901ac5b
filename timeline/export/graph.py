"""The actor–event graph (SPEC §3.3) as a networkx MultiDiGraph, and its GraphML file."""
from __future__ import annotations

from pathlib import Path
from typing import Union

import networkx as nx

from ..model import Timeline
from .atomic import atomic_write


def _scalars(attrs: dict) -> dict:
    """GraphML holds scalars only: lists are joined, None is left out."""
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            v = "; ".join(str(x) for x in v)
        out[k] = v
    return out


def to_networkx(tl: Timeline) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name=tl.title or "timeline")
    for a in tl.actors:
        g.add_node(a.id, **_scalars({"kind": "actor", "label": a.name, "type": a.type, "aliases": list(a.aliases),
                                     "mentions": len(a.mentions)}))
    for e in tl.events:
        t = e.time
        g.add_node(e.id, **_scalars({
            "kind": "event", "event_kind": e.kind, "label": e.summary, "status": e.status,
            "date": t.value if t else None, "earliest": t.earliest.isoformat() if t and t.earliest else None,
            "latest": t.latest.isoformat() if t and t.latest else None, "anchor": t.anchor if t else None,
            "doc": e.doc, "quote": e.quote}))
        for p in e.actors:
            g.add_edge(p.actor, e.id, key=f"participant:{p.role}", kind="participant", role=p.role)
    for r in tl.relations:
        g.add_edge(r.source, r.target, key=f"{r.type}:{r.event or ''}",
                   **_scalars({"kind": "relation", "type": r.type, "event": r.event, "hypothetical": r.hypothetical,
                               "doc": r.doc, "start": r.start, "end": r.end}))
    for l in tl.links:
        g.add_edge(l.source, l.target, key=f"temporal:{l.type}",
                   **_scalars({"kind": "temporal", "type": l.type, "offset": l.offset, "text": l.text}))
    return g


def write_graphml(tl: Timeline, path: Union[str, Path]) -> Path:
    g = to_networkx(tl)
    return atomic_write(path, lambda tmp: nx.write_graphml(g, tmp))
