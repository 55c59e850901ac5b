"""timeline: political news articles in, timelines out.

    >>> import timeline
    >>> tl = timeline.build(["data/jlm-letter-2019.txt"])       # files, directories, JSONL, HTML
    >>> [e.summary for e in tl.events if e.time]                 # dated events, oldest first
    >>> timeline.tag("It comes 35 years after ...", "2019-02-26")  # time expressions only
    >>> tl.statements(speaker="Corbyn"); tl.to_dataframe(); tl.to_networkx()
    >>> tl.save("out", ["json", "html"]); timeline.load("out/timeline.json")
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import Iterable, Optional, Union

from .version import __version__


def build(inputs: Union[str, "os.PathLike[str]", "Document", Iterable[Union[str, "os.PathLike[str]", "Document"]]],
          published: Union[str, date, None] = None, model: Optional[str] = None, title: Optional[str] = None,
          max_bytes: Optional[int] = None, merge_reports: bool = True, story: Optional[dict] = None) -> "Timeline":
    """A timeline from paths (files, directories, JSONL, HTML) or `Document`s.

    `inputs` is one path or `Document`, or a list (any iterable) of them: a bare string is one
    path (`build("a.txt")` is `build(["a.txt"])`), never a sequence of characters. Anything else
    is a TypeError.

    Inputs that cannot be read are skipped; their reasons are in `Timeline.failures`. Every
    document gets an id of its own in the run (two `story.txt` in different folders become
    `a/story` and `b/story`). `max_bytes` bounds each file, JSONL line and standard input
    (default `timeline.ingest.DEFAULT_MAX_BYTES`, 10 MB). An event several articles tell is one
    event with every report in its `sources`; `merge_reports=False` keeps each article's own.
    `story` holds the story's options (SPEC 3.5): `{"query": "BP, oil spill", "dates": 20, "per_date": 2, "date_from": date(2010, 4, 20),
    "date_to": None}`; without it, defaults chosen for the collection.
    """
    from .ingest import Failure, parse_date, read_inputs
    from .model import Document
    from .pipeline import build as _build

    pub = parse_date(published) if published is not None else None
    inputs = _input_list(inputs)
    docs, failures = [], []
    for item in read_inputs(list(inputs), pub, max_bytes=max_bytes):
        if isinstance(item, Failure):
            failures.append(str(item))
        elif isinstance(item, Document):
            docs.append(item)
    tl = _build(docs, model=model, title=title, merge_reports=merge_reports, story=story)
    return replace(tl, failures=tuple(failures))


def _input_list(inputs) -> list:
    """`inputs` as a list of paths and Documents, or a TypeError that says what is accepted."""
    from .model import Document

    accepted = (str, os.PathLike, Document)
    if isinstance(inputs, bytes):
        inputs = os.fsdecode(inputs)
    if isinstance(inputs, accepted):
        return [inputs]
    if isinstance(inputs, dict) or not isinstance(inputs, Iterable):
        raise TypeError(f"build() takes a path, a Document, or a list of them; not {type(inputs).__name__}")
    items = [os.fsdecode(x) if isinstance(x, bytes) else x for x in inputs]
    wrong = [x for x in items if not isinstance(x, accepted)]
    if wrong:
        raise TypeError(f"build() inputs must be paths or Documents; not {type(wrong[0]).__name__} ({wrong[0]!r:.60})")
    return items


def load(path: Union[str, "os.PathLike[str]"]) -> "Timeline":
    """The Timeline saved in a `NAME.json` (by `timeline build` or `Timeline.save`):
    `load(tl.save(folder)[0]) == tl`. Raises `timeline.export.json_in.TimelineFileError` (a
    ValueError) naming the file when it is not a timeline."""
    from .export.json_in import load as _load

    return _load(path)


def tag(text: str, published: Union[str, date, None] = None) -> list["TimeExpr"]:
    """The time expressions of `text`, resolved against the publication date."""
    from .ingest import parse_date
    from .temporal import tag_text

    return tag_text(text, parse_date(published) if published is not None else None)


from .model import Actor, Document, Event, Relation, TimeExpr, Timeline  # noqa: E402

__all__ = [f.__name__ for f in (build, load, tag)] + ["Actor", "Document", "Event", "Relation", "TimeExpr", "Timeline", "__version__"]
