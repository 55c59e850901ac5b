"""timeline: political news articles in, timelines out.

    >>> import timeline
    >>> tl = timeline.build(["data/jlm-letter-2019.txt"])       # files, directories, JSONL, HTML
    >>> [e.summary for e in tl.events if e.time]                 # dated events, oldest first
    >>> timeline.tag("It comes 35 years after ...", "2019-02-26")  # time expressions only
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import Iterable, Optional, Union

__version__ = "0.1.0"


def build(inputs: Union[str, "os.PathLike[str]", "Document", Iterable[Union[str, "os.PathLike[str]", "Document"]]],
          published: Union[str, date, None] = None, model: Optional[str] = None, title: Optional[str] = None,
          max_bytes: Optional[int] = None, story: Optional[dict] = None) -> "Timeline":
    """A timeline from paths (files, directories, JSONL, HTML) or `Document`s.

    Inputs that cannot be read are skipped; their reasons are in `Timeline.failures`. Every
    document gets an id of its own in the run (two `story.txt` in different folders become
    `a/story` and `b/story`). `max_bytes` bounds each file, JSONL line and standard input
    (default `timeline.ingest.DEFAULT_MAX_BYTES`, 10 MB). `story` holds the story's options
    (SPEC 3.5): `{"query": "BP, oil spill", "dates": 20, "per_date": 2, "date_from": date(2010, 4, 20),
    "date_to": None}`; without it, defaults chosen for the collection.
    """
    from .ingest import Failure, parse_date, read_inputs
    from .model import Document
    from .pipeline import build as _build

    pub = parse_date(published) if published is not None else None
    if isinstance(inputs, (str, bytes, os.PathLike, Document)):
        inputs = [inputs]
    docs, failures = [], []
    for item in read_inputs(list(inputs), pub, max_bytes=max_bytes):
        if isinstance(item, Failure):
            failures.append(str(item))
        elif isinstance(item, Document):
            docs.append(item)
    tl = _build(docs, model=model, title=title, story=story)
    return replace(tl, failures=tuple(failures))


def tag(text: str, published: Union[str, date, None] = None) -> list["TimeExpr"]:
    """The time expressions of `text`, resolved against the publication date."""
    from .ingest import parse_date
    from .temporal import tag_text

    return tag_text(text, parse_date(published) if published is not None else None)


from .model import Actor, Document, Event, Relation, TimeExpr, Timeline  # noqa: E402

__all__ = ["build", "tag", "Actor", "Document", "Event", "Relation", "TimeExpr", "Timeline", "__version__"]
