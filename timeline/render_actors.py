"""A picture of the actor network: who stands in what relation to whom (`NAME-actors.png`).

Actors are nodes (sized by mentions, coloured by type), relations are arrows labelled with
their types. The layout is seeded, so the same timeline gives the same picture.
"""
from __future__ import annotations

import textwrap
from collections import defaultdict

import networkx as nx

from .model import Timeline
from .render import save

MAX_ACTORS = 30
# Okabe-Ito colours (told apart by colour-blind readers too) and a shape for each type as a second cue.
TYPE_COLOURS = {"PERSON": "#0072B2", "ORG": "#D55E00", "GPE": "#009E73", "NORP": "#CC79A7"}
TYPE_SHAPES = dict(zip(TYPE_COLOURS, "os^D"))
OTHER_COLOUR = "#8C8C8C"


def actor_graph(tl: Timeline) -> nx.DiGraph:
    """The actors that stand in a relation (the most mentioned first, at most MAX_ACTORS);
    parallel relations between two actors are merged into one labelled arrow."""
    in_relation = {r.source for r in tl.relations} | {r.target for r in tl.relations}
    ranked = sorted((a for a in tl.actors if a.id in in_relation), key=lambda a: (-len(a.mentions), a.id))[:MAX_ACTORS]
    keep = {a.id for a in ranked}
    g = nx.DiGraph()
    for a in ranked:
        g.add_node(a.id, label=a.name, type=a.type, mentions=len(a.mentions), generic=a.generic)
    types = defaultdict(list)
    for r in tl.relations:
        if r.source in keep and r.target in keep:
            label = r.type.replace("_", " ") + (" (?)" if r.hypothetical else "")
            if label not in types[(r.source, r.target)]:
                types[(r.source, r.target)].append(label)
    for (s, t), labels in types.items():
        g.add_edge(s, t, label=", ".join(labels))
    return g


def actors_figure(tl: Timeline):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    g = actor_graph(tl)
    fig = Figure(figsize=(12, 9), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.08, 0.96, 0.84))
    ax.set_axis_off()
    fig.text(0.02, 0.97, f"Actors: {tl.title or 'timeline'}", fontsize=13, fontweight="bold", va="top")
    # "the town", "analysts": described, not named (`Actor.generic`), and not listed as names
    others = [a.name for a in sorted(tl.actors, key=lambda a: -len(a.mentions)) if a.id not in g and not a.generic]
    if others:
        shown = ", ".join(others[:12]) + (f" and {len(others) - 12} more" if len(others) > 12 else "")
        fig.text(0.02, 0.935, textwrap.fill("Also named, in no relation found: " + shown, 160), fontsize=9,
                 color="#555555", va="top")
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No relations between actors were found.", ha="center", va="center", transform=ax.transAxes)
        return fig
    if g.number_of_nodes() <= 10:
        pos = nx.circular_layout(g)
    else:
        pos = nx.spring_layout(g.to_undirected(), seed=7, k=2.5 / g.number_of_nodes() ** 0.5, iterations=300)
    ax.margins(0.18)
    sizes = [400 + 90 * min(20, g.nodes[n]["mentions"]) for n in g.nodes]
    for kind in sorted({g.nodes[n]["type"] for n in g.nodes}):
        nodes = [n for n in g.nodes if g.nodes[n]["type"] == kind]
        scale = 1.0 if TYPE_SHAPES.get(kind, "o") == "o" else 0.7     # a square of the same size looks larger
        colour = TYPE_COLOURS.get(kind, OTHER_COLOUR)
        for described in (False, True):         # a described actor ("the town") is drawn hollow
            some = [n for n in nodes if g.nodes[n]["generic"] == described]
            nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=some,
                                   node_size=[scale * (400 + 90 * min(20, g.nodes[n]["mentions"])) for n in some],
                                   node_color="white" if described else colour, edgecolors=colour,
                                   node_shape=TYPE_SHAPES.get(kind, "o"), alpha=0.85, linewidths=2 if described else 0)
    nx.draw_networkx_edges(g, pos, ax=ax, node_size=sizes, arrows=True, arrowstyle="-|>", arrowsize=16,
                           edge_color="#555555", width=1.3, connectionstyle="arc3,rad=0.08")
    label_pos = {n: (x, y - 0.09) for n, (x, y) in pos.items()}
    nx.draw_networkx_labels(g, label_pos, ax=ax, labels={n: textwrap.fill(g.nodes[n]["label"], 18) for n in g.nodes},
                            font_size=10, verticalalignment="top")
    nx.draw_networkx_edge_labels(g, pos, ax=ax, edge_labels=nx.get_edge_attributes(g, "label"), font_size=8,
                                 font_color="#333333", label_pos=0.5, rotate=False,
                                 bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1})
    handles = [Line2D([], [], marker=TYPE_SHAPES[t], linestyle="none", color=c, label=t.lower()) for t, c in TYPE_COLOURS.items()]
    handles.append(Line2D([], [], marker="o", linestyle="none", markerfacecolor="white", markeredgecolor=OTHER_COLOUR,
                          markeredgewidth=2, label="described, not named"))
    fig.legend(handles=handles, loc="lower left", ncol=5, frameon=False, fontsize=9)
    fig.text(0.98, 0.02, "(?) said as possible, not as done", fontsize=8, color="#555555", ha="right")
    return fig


def render_actors(tl: Timeline, fmt: str = "png") -> bytes:
    return save(actors_figure(tl), fmt)
