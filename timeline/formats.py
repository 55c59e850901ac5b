"""Every output format: its name on the command line, its file suffix and its writer.

Writers are pure functions of a `Timeline` and write atomically.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Optional

from .model import Timeline


class Format(NamedTuple):
    suffix: str
    write: Callable[..., Path]     # write(timeline, path, **shown): shown = what `show` says
    what: str
    also: tuple[str, ...] = ()     # suffixes of the other files the writer puts beside NAME+suffix
    show: bool = False             # takes the inclusion policy (`policy=`) and the chart `width=`

    def files(self, name: str) -> list[str]:
        """The names of every file this format writes for the base name `name`."""
        return [f"{name}{s}" for s in (self.suffix, *self.also)]


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
    "story": Format(".story.csv", _lazy("story_csv", "write_story_csv"), "the story: the dates that matter, "
                    "each told by a few sentences"),
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
    "html": Format(".html", _lazy("html_page", "write_html", True), "interactive page: zoom, search, filters (offline)",
                   show=True),
    "parquet": Format("-events.parquet", _lazy("parquet", "write_parquet"),
                      "events, statements, actors, relations tables (pyarrow)",
                      also=("-statements.parquet", "-actors.parquet", "-relations.parquet")),
}
DEFAULT = ("json", "csv", "png", "graphml")


def save(tl: Timeline, folder, formats: Iterable[str] = ("json",), name: str = "timeline") -> list[Path]:
    """`Timeline.save`: each format written into `folder` as `name` + its suffix, all moved into
    place together as `timeline build` does; the files written. A format that fails raises its
    error once the others are written; the files it would have replaced are untouched."""
    from .export.outdir import OutputError, check_name
    chosen = [f.strip() for f in formats.split(",")] if isinstance(formats, str) else list(formats)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(map(repr, unknown))}; choose from {', '.join(FORMATS)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        name = check_name(name)
    except OutputError as exc:
        raise ValueError(str(exc)) from None
    failures: list[BaseException] = []
    written = write_all(tl, folder, name, list(dict.fromkeys(chosen)), None, lambda _, exc: failures.append(exc))
    if failures:
        raise failures[0]
    return written


def output_paths(out: Path, name: str, formats: list[str]) -> list[Path]:
    """Every file the formats write, those beside the main one (NAME.alt.txt, Parquet tables) included."""
    return list(dict.fromkeys(out / n for f in formats for n in FORMATS[f].files(name)))


def write_all(tl: Timeline, out: Path, name: str, formats: list[str], shown: Optional[dict],
              on_failure: Callable[[Path, BaseException], None]) -> list[Path]:
    """Every format into a temporary folder inside `out`, then all moved into place together
    (export/outdir.py), so that a reader never sees half a run. A file that cannot be written is
    given to `on_failure(path, exc)` as it fails, and the others are still written. Returns the
    files written; raises OSError when the output folder itself cannot be written."""
    from .export.outdir import commit, staging

    with staging(out) as tmp:
        staged: list[tuple[Path, Path]] = []
        for fmt in formats:
            _stage(tl, fmt, tmp, out, name, shown, staged, on_failure)
        written, not_moved = commit(staged, out)
        for path, exc in not_moved:
            on_failure(path, exc)
    return written


def _stage(tl: Timeline, fmt: str, tmp: Path, out: Path, name: str, shown: Optional[dict],
           staged: list[tuple[Path, Path]], on_failure: Callable[[Path, BaseException], None]) -> None:
    """One format written into the temporary folder, its files added to `staged` (where each is, where it goes)."""
    final = out / f"{name}{FORMATS[fmt].suffix}"
    try:
        extra = (shown or {}) if FORMATS[fmt].show else {}
        staged.append((FORMATS[fmt].write(tl, tmp / final.name, **extra), final))
        staged += [(tmp / n, out / n) for n in FORMATS[fmt].files(name)[1:]      # files beside it
                   if (tmp / n).exists() and out / n not in (f for _, f in staged)]
    except Exception as exc:        # noqa: BLE001 - any writer failure is this file's
        on_failure(final, exc)
