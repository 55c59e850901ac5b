"""Every output format: its name on the command line, its file suffix and its writer.

Writers are pure functions of a `Timeline` and write atomically.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

from .model import Timeline


class Format(NamedTuple):
    suffix: str
    write: Callable[..., Path]     # write(timeline, path, **shown): shown = what `show` says
    what: str
    companions: tuple[str, ...] = ()   # suffixes of files the writer also writes beside its own
    show: bool = False                 # takes the inclusion policy (`policy=`) and the chart `width=`


ALT_SUFFIX = ".alt.txt"


def _chart(fmt: str):
    def write(tl: Timeline, path: Path, policy=None, width=None) -> Path:
        from .export.atomic import atomic_write
        from .render import alt_text, chart, save
        drawn = chart(tl, policy, width)
        atomic_write(Path(path).with_suffix(ALT_SUFFIX), alt_text(drawn))
        return atomic_write(path, save(drawn.figure, fmt))
    return write


def _actors(tl: Timeline, path: Path) -> Path:
    from .export.atomic import atomic_write
    from .render_actors import render_actors
    return atomic_write(path, render_actors(tl))


def _lazy(module: str, name: str, show: bool = False):
    def write(tl: Timeline, path: Path, policy=None, width=None) -> Path:
        import importlib
        writer = getattr(importlib.import_module(f"timeline.export.{module}"), name)
        return writer(tl, path, policy=policy) if show else writer(tl, path)
    return write


FORMATS: dict[str, Format] = {
    "json": Format(".json", _lazy("json_out", "write_json"), "the timeline (schema timeline/1)"),
    "csv": Format(".csv", _lazy("csv_out", "write_csv"), "one row per event"),
    "png": Format(".png", _chart("png"), "the timeline chart (and NAME.alt.txt)", (ALT_SUFFIX,), True),
    "svg": Format(".svg", _chart("svg"), "the timeline chart, vector", (ALT_SUFFIX,), True),
    "pdf": Format(".pdf", _chart("pdf"), "the timeline chart, for print", (ALT_SUFFIX,), True),
    "graphml": Format(".graphml", _lazy("graph", "write_graphml"), "actor–event graph, GraphML"),
    "gexf": Format(".gexf", _lazy("graph", "write_gexf"), "actor–event graph for Gephi"),
    "nodelink": Format(".nodelink.json", _lazy("graph", "write_node_link"), "actor–event graph, node-link JSON"),
    "actors": Format("-actors.png", _actors, "picture of the actor network"),
    "timelinejs": Format(".timelinejs.json", _lazy("timelinejs", "write_timelinejs", True),
                         "Knight Lab TimelineJS3 JSON", show=True),
    "sheet": Format(".timelinejs.csv", _lazy("timelinejs", "write_timelinejs_sheet", True),
                    "Knight Lab TimelineJS spreadsheet (CSV)", show=True),
    "md": Format(".md", _lazy("markdown", "write_markdown", True), "dated list with sources, Markdown", show=True),
}
DEFAULT = ("json", "csv", "png", "graphml")
