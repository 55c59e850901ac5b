"""The data that flows between stages: small immutable dataclasses.

Character offsets are Python string offsets into `Document.text`, end exclusive.
Dates are `datetime.date`; the exporters turn them into ISO strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Union

from .dates import parse_date

if TYPE_CHECKING:
    import networkx
    import pandas

GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown")
STATUSES = ("past", "present", "future")
# Granularities that are calendar units, as measured lengths count them ("35 years", "a week").
CALENDAR_UNITS = tuple(g for g in GRANULARITIES if g not in ("quarter", "season", "unknown"))
# Anchors that say the text itself placed the date (not another event or a duration).
TEXT_ANCHORS = ("absolute", "dct", "context")
# A document's fields that hold text from the input.
DOCUMENT_TEXT_FIELDS = ("id", "text", "title", "source", "url", "path")


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    published: Optional[date] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None

    def __post_init__(self):
        # A date given as text ("2019-02-26") is read here, so that a wrong one fails where it is
        # given, not deep inside the tagger.
        p = self.published
        if p is None or (isinstance(p, date) and not isinstance(p, datetime)):
            return
        if not isinstance(p, (str, datetime)):
            raise TypeError(f"Document {self.id!r}: published must be a datetime.date, a date string "
                            f"such as '2019-02-26', or None; not {type(p).__name__}")
        try:
            object.__setattr__(self, "published", parse_date(p))
        except ValueError as exc:
            raise ValueError(f"Document {self.id!r}: published: {exc}") from None


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeExpr:
    """A TIMEX3 expression with the interval it denotes.

    `earliest`/`latest` are None when the expression has no position in time
    (a bare duration, a set) or when its anchor is unknown (no publication date).
    """
    start: int
    end: int
    text: str
    type: str                      # DATE, TIME, DURATION, SET
    value: str
    mod: Optional[str] = None
    earliest: Optional[date] = None
    latest: Optional[date] = None
    granularity: str = "unknown"
    approximate: bool = False
    anchor: str = "absolute"       # absolute, dct, context, none

    def to_dict(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "mod": self.mod,
            "earliest": _iso(self.earliest), "latest": _iso(self.latest),
            "granularity": self.granularity, "approximate": self.approximate,
            "anchor": self.anchor,
        }


@dataclass(frozen=True)
class EventTime:
    """When an event happened, and how that was worked out (SPEC 3.1 `time`)."""
    value: Optional[str]
    earliest: Optional[date]
    latest: Optional[date]
    granularity: str = "unknown"
    approximate: bool = False
    anchor: str = "none"           # absolute, dct, event:<id>, duration, context, none
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None

    def to_dict(self) -> dict:
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": self.value,
            "earliest": _iso(self.earliest), "latest": _iso(self.latest),
            "granularity": self.granularity, "approximate": self.approximate,
            "anchor": self.anchor,
        }


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str                      # PERSON, ORG, GPE, NORP
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    doc: Optional[str] = None
    generic: bool = False          # named by what it is ("officials"), not who: not merged across stories

    def names(self) -> set[str]:
        return {self.name.lower(), *(a.lower() for a in self.aliases)}

    @property
    def line_name(self) -> str:
        """The name as it opens a shown line: a description capitalised ("The town: …")."""
        return self.name[:1].upper() + self.name[1:] if self.generic else self.name


@dataclass(frozen=True)
class Participant:
    actor: str                     # actor id
    role: str                      # agent, patient, speaker, addressee, other


@dataclass(frozen=True)
class Source:
    """Where something is told: a sentence (or a quote) of a document, by character offsets."""
    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    doc: str
    kind: str                      # event or statement
    summary: str
    trigger: Span
    sentence: Span
    time: Optional[EventTime]
    status: str
    actors: tuple[Participant, ...] = ()
    quote: Optional[str] = None
    quote_span: Optional[tuple[int, int]] = None
    direct: Optional[bool] = None
    speaker: Optional[str] = None
    addressee: Optional[str] = None
    # The other reports of the same event or statement, when several articles tell it and the
    # story step merged them into this one (its own `doc` and `sentence` are not repeated here).
    sources: tuple[Source, ...] = ()

    def placed_by_text(self) -> bool:
        """Dated by what the text says: not only by the publication date standing in for a
        statement's or a present-tense clause's time. These are what a chart or a list shows."""
        t = self.time
        if t is None or t.earliest is None or t.latest is None or t.anchor == "context":
            return False
        return not (self.kind == "statement" and t.anchor == "dct")


@dataclass(frozen=True)
class Relation:
    source: str                    # actor id
    target: str                    # actor id
    type: str
    event: Optional[str]
    doc: str
    start: int
    end: int
    hypothetical: bool = False     # "should sever ties": said as possible, not as done


@dataclass(frozen=True)
class TemporalLink:
    """Event-to-event order: `source` is `type` (before/after/includes) `target`."""
    source: str
    target: str
    type: str
    offset: Optional[str] = None   # e.g. "P35Y" for "35 years after"
    text: Optional[str] = None


@dataclass(frozen=True)
class StoryDate:
    """One date of a story (SPEC 3.5): what a timeline editor would publish for that day."""
    date: date
    sentences: tuple[str, ...]
    events: tuple[str, ...]            # event ids supporting the date
    sources: tuple[Source, ...]        # the sentences used, in the order of `sentences`
    score: float = 0.0


@dataclass(frozen=True)
class Timeline:
    documents: tuple[Document, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    links: tuple[TemporalLink, ...] = ()
    title: Optional[str] = None
    failures: tuple[str, ...] = field(default=(), compare=False)
    story: tuple[StoryDate, ...] = ()  # best date first; empty when no story was made

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    # --- for notebooks ------------------------------------------------------------------------

    def __repr__(self) -> str:
        statements = sum(1 for e in self.events if e.kind == "statement")
        n = len(self.documents)
        return (f"<Timeline {self.title or 'untitled'!r}: {n} document{'s' * (n != 1)}, "
                f"{len(self.events) - statements} events, {statements} statements, {len(self.actors)} actors, "
                f"{len(self.relations)} relations>")

    def actors_named(self, name: str) -> tuple[Actor, ...]:
        """The actors `name` denotes: its id, its name or one of its aliases (any case); failing
        those, the actors whose name has every word of `name` ("Corbyn" is "Jeremy Corbyn")."""
        wanted = " ".join(name.split()).casefold()
        exact = tuple(a for a in self.actors if a.id == name or wanted in {n.casefold() for n in a.names()})
        if exact:
            return exact
        words = set(wanted.split())
        return tuple(a for a in self.actors
                     if words and any(words <= set(n.casefold().split()) for n in a.names()))

    def statements(self, speaker: Optional[str] = None) -> tuple[Event, ...]:
        """The statements, or those of one speaker given by any of their names ("Corbyn",
        "Jeremy Corbyn", "corbyn") or by id."""
        said = tuple(e for e in self.events if e.kind == "statement")
        if speaker is None:
            return said
        ids = {a.id for a in self.actors_named(speaker)}
        return tuple(e for e in said if e.speaker in ids)

    def to_dataframe(self) -> "pandas.DataFrame":
        """One row per event, flat: actor names (not ids), the sentence and the article it comes
        from, `earliest`/`latest` as dates. Needs pandas (`pip install 'timeline-builder[pandas]'`)."""
        return _exporter("frame", "to_dataframe")(self)

    def to_networkx(self) -> "networkx.MultiDiGraph":
        """The actor-event graph (SPEC §3.3): actor and event nodes, participant, relation and
        temporal edges."""
        return _exporter("graph", "to_networkx")(self)

    def save(self, folder: Union[str, Path], formats: Iterable[str] = ("json",), name: str = "timeline") -> list[Path]:
        """Write the timeline into `folder` as `name` + each format's suffix (the formats of
        `timeline build --format`); returns the files written. `timeline.load` reads the JSON back."""
        return _exporter("formats", "save")(self, folder, formats, name)


def _exporter(module: str, name: str):
    """A function of the modules above the model, found when called: they import the model, so the
    model does not import them (no import cycle); its methods are shortcuts to them."""
    import importlib
    package = "timeline" if module == "formats" else "timeline.export"
    return getattr(importlib.import_module(f"{package}.{module}"), name)


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d else None
