"""The actor–event graph (SPEC §3.3) as a networkx MultiDiGraph, and its files: GraphML,
GEXF (for Gephi) and node-link JSON.

GraphML and GEXF are XML, which cannot hold some characters an article can (form feed, vertical
tab, other control characters): in those two files they become a space (see `safe.xml_text`).
The node-link JSON keeps the text exactly."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Union

import networkx as nx

from ..model import Timeline
from .atomic import atomic_write
from .safe import xml_text


def _scalars(attrs: dict) -> dict:
    """GraphML and GEXF hold scalars only: lists are joined, None is left out."""
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
                                     "mentions": len(a.mentions), "generic": a.generic}))
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


def _xml_safe(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with every text attribute made XML-safe, in place."""
    def clean(attrs: dict) -> None:
        for k, v in attrs.items():
            if isinstance(v, str):
                attrs[k] = xml_text(v)
    clean(g.graph)
    for _, data in g.nodes(data=True):
        clean(data)
    for *_, data in g.edges(data=True):
        clean(data)
    return g


def write_graphml(tl: Timeline, path: Union[str, Path]) -> Path:
    g = _xml_safe(to_networkx(tl))
    return atomic_write(path, lambda tmp: nx.write_graphml(g, tmp))


def _gexf_time(g: nx.MultiDiGraph) -> None:
    """Gephi's timeline, in place: an event node lives over its dates (a spell from `earliest` to
    `latest`), and so do its participant edges; actors and the relations between them are static.
    The character offsets of a relation's evidence are not times: they are left out here (the
    GraphML and node-link files keep them)."""
    spells = {}
    for node, data in g.nodes(data=True):
        if data.get("kind") == "event" and (data.get("earliest") or data.get("latest")):
            spells[node] = [(data.get("earliest"), data.get("latest"))]
            data["spells"] = spells[node]
    for _, target, data in g.edges(data=True):
        data.pop("start", None)
        data.pop("end", None)
        if data.get("kind") == "participant" and target in spells:
            data["spells"] = spells[target]


def write_gexf(tl: Timeline, path: Union[str, Path]) -> Path:
    """GEXF for Gephi. GEXF reserves `type` on edges (directed/undirected), so the relation type
    travels as `relation`; the file's date is the newest publication date, not today's, so that
    the same timeline always gives the same bytes."""
    g = _xml_safe(to_networkx(tl))
    _gexf_time(g)
    for *_, data in g.edges(data=True):
        if "type" in data:
            data["relation"] = data.pop("type")
        data.setdefault("label", data.get("relation") or data.get("role") or data.get("kind"))
    published = max((d.published for d in tl.documents if d.published), default=None)
    stamp = published.isoformat() if published else "1970-01-01"
    text = "\n".join(nx.generate_gexf(g))
    text = re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{stamp}"', text, count=1)
    return atomic_write(path, text + "\n")


def node_link(tl: Timeline) -> dict:
    return nx.node_link_data(to_networkx(tl), edges="links")


def write_node_link(tl: Timeline, path: Union[str, Path]) -> Path:
    return atomic_write(path, json.dumps(node_link(tl), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
