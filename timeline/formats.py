"""Every output format: its name on the command line, its file suffix and its writer.

Writers are pure functions of a `Timeline` and write atomically.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

from .model import Timeline


class Format(NamedTuple):
    suffix: str
    write: Callable[[Timeline, Path], Path]
    what: str


def _chart(fmt: str):
    def write(tl: Timeline, path: Path) -> Path:
        from .export.atomic import atomic_write
        from .render import render
        return atomic_write(path, render(tl, fmt))
    return write


def _actors(tl: Timeline, path: Path) -> Path:
    from .export.atomic import atomic_write
    from .render_actors import render_actors
    return atomic_write(path, render_actors(tl))


def _lazy(module: str, name: str):
    def write(tl: Timeline, path: Path) -> Path:
        import importlib
        return getattr(importlib.import_module(f"timeline.export.{module}"), name)(tl, path)
    return write


FORMATS: dict[str, Format] = {
    "json": Format(".json", _lazy("json_out", "write_json"), "the timeline (schema timeline/1)"),
    "csv": Format(".csv", _lazy("csv_out", "write_csv"), "one row per event"),
    "story": Format(".story.csv", _lazy("story_csv", "write_story_csv"), "the story: the dates that matter, "
                    "each told by a few sentences"),
    "png": Format(".png", _chart("png"), "the timeline chart"),
    "svg": Format(".svg", _chart("svg"), "the timeline chart, vector"),
    "pdf": Format(".pdf", _chart("pdf"), "the timeline chart, for print"),
    "graphml": Format(".graphml", _lazy("graph", "write_graphml"), "actor–event graph, GraphML"),
    "gexf": Format(".gexf", _lazy("graph", "write_gexf"), "actor–event graph for Gephi"),
    "nodelink": Format(".nodelink.json", _lazy("graph", "write_node_link"), "actor–event graph, node-link JSON"),
    "actors": Format("-actors.png", _actors, "picture of the actor network"),
    "timelinejs": Format(".timelinejs.json", _lazy("timelinejs", "write_timelinejs"), "Knight Lab TimelineJS3 JSON"),
    "sheet": Format(".timelinejs.csv", _lazy("timelinejs", "write_timelinejs_sheet"),
                    "Knight Lab TimelineJS spreadsheet (CSV)"),
    "md": Format(".md", _lazy("markdown", "write_markdown"), "dated list with sources, Markdown"),
}
DEFAULT = ("json", "csv", "png", "graphml")
