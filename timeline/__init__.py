"""timeline: political news articles in, timelines out.

    >>> import timeline
    >>> tl = timeline.build(["data/jlm-letter-2019.txt"])       # files, directories, JSONL, HTML
    >>> [e.summary for e in tl.events if e.time]                 # dated events, oldest first
    >>> timeline.tag("It comes 35 years after ...", "2019-02-26")  # time expressions only
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Optional, Union

__version__ = "0.1.0"


def build(inputs: Iterable[Union[str, "Document"]], published: Union[str, date, None] = None,
          model: Optional[str] = None, title: Optional[str] = None) -> "Timeline":
    """A timeline from paths (files, directories, JSONL, HTML) or `Document`s.

    Inputs that cannot be read are skipped; their reasons are in `Timeline.failures`.
    """
    from .ingest import Failure, parse_date, read_inputs
    from .model import Document, Timeline
    from .pipeline import build as _build

    pub = parse_date(published) if published is not None else None
    docs, failures, paths = [], [], []
    for item in inputs:
        (docs if isinstance(item, Document) else paths).append(item)
    for item in read_inputs([str(p) for p in paths], pub):
        if isinstance(item, Failure):
            failures.append(str(item))
        elif isinstance(item, Document):
            docs.append(item)
    tl = _build(docs, model=model, title=title)
    return Timeline(tl.documents, tl.actors, tl.events, tl.relations, tl.links, tl.title, tuple(failures))


def tag(text: str, published: Union[str, date, None] = None) -> list["TimeExpr"]:
    """The time expressions of `text`, resolved against the publication date."""
    from .ingest import parse_date
    from .temporal import tag_text

    return tag_text(text, parse_date(published) if published is not None else None)


from .model import Actor, Document, Event, Relation, TimeExpr, Timeline  # noqa: E402

__all__ = ["build", "tag", "Actor", "Document", "Event", "Relation", "TimeExpr", "Timeline", "__version__"]
